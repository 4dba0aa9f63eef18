"""Round 9, loader chrome and containers: shapes from fresh7 (seen) on real text."""

import re
from pathlib import Path

from conftest import body, load_text, role_holding, role_of

# fresh7 317: a crawler's text of a 163.com page (address, the page's <title>, the date, then the whole page as
# one line: the team strip, the headline again, the share widget, the story, a related feed), shortened in the middle.
WANGYI_DUMP = (
    "https://www.163.com/sports/article/HNRDUHAV00058780.html\n"
    "中超-林良铭2球侯森送大礼 大连人3-1国安夺3连胜|池忠国_网易体育\n"
    "2022-12-05\n"
    "卡塔尔厄瓜多尔塞内加尔荷兰英格兰伊朗美国威尔士阿根廷沙特阿拉伯墨西哥波兰法国丹麦突尼斯澳大利亚西班牙德国日本哥斯达黎加"
    "比利时加拿大摩洛哥克罗地亚巴西塞尔维亚瑞士喀麦隆葡萄牙加纳乌拉圭韩国中超-林良铭2球侯森送大礼 大连人3-1国安夺3连胜"
    "用微信扫码二维码分享至好友和朋友圈网易体育12月5日报道：12月5日15点30分，2022联赛第29轮北京与的比赛，在日照国际足球中心体育场进行。"
    "最终，大连人客场3-1获胜。第49分钟，替补出场的接费煜任意球助攻头球破门；第60、65分钟，黄嘉辉、林良铭先后射中横梁；"
    "第76分钟，林良铭接孙国文传球远射轰入世界波完成梅开二度；第88分钟，替补出场的吕鹏捡漏得分；补时第2分钟，王子铭为国安打入挽回颜面的一球。"
    "国安2连败，14胜7平8负积49分依旧排名第7。"
    "最终，国安1-3不敌大连人。10-特索涅夫（73’39-阎相闯）；未上场替补：1-张翀、3-单鹏飞、15-赵健博（U23）、20-王腾达（U23）、"
    "24-刘乐、25-俸泽源（U23）、26-崔明安中国新闻周刊 2022-12-05 19:49:08直播吧 2022-12-06 04:03:29乐糕民生资讯 2022-12-06 03:13:40"
    "网易体育 2022-12-06 06:22:58老胡聊球 2022-12-06 09:31:59吴学华看天下 2022-12-06 14:42:21"
)


def test_a_crawled_portal_page_as_one_line_keeps_only_the_story_as_body(tmp_path):
    article = load_text(tmp_path, "163.txt", WANGYI_DUMP)
    # the address is no title; the page title's head, which the page repeats, is; the keywords and site are chrome
    assert article.meta["title"] == "中超-林良铭2球侯森送大礼 大连人3-1国安夺3连胜"
    assert role_of(article, "https://www.163.com/sports/article/HNRDUHAV00058780.html") == ("boilerplate", "address")
    assert role_of(article, "|池忠国_网易体育") == ("boilerplate", "site_suffix")
    assert article.meta["publish_date"] == "2022-12-05"
    # the team strip glued before the repeated headline, and the share widget glued after it
    assert role_holding(article, "卡塔尔厄瓜多尔塞内加尔荷兰英格兰") == ("boilerplate", "nav")
    assert role_of(article, "用微信扫码二维码分享至好友和朋友圈") == ("boilerplate", "cta")
    # the related feed (name + timestamp, six times) at the end
    assert role_holding(article, "直播吧 2022-12-06 04:03:29乐糕民生资讯") == ("boilerplate", "related")
    text = "".join(body(article))
    assert text.startswith("网易体育12月5日报道：12月5日15点30分")
    assert "国安2连败，14胜7平8负积49分依旧排名第7。" in text
    # the last line-up name stays whole in the body though the feed's first name is glued to it
    assert "26-崔明安" in text
    assert "2022-12-06" not in text and "用微信" not in text and "韩国中超" not in text
    assert article.coverage.ratio == 1.0


def test_a_script_call_left_at_the_end_of_a_crawled_page_is_chrome(tmp_path):
    # fresh7 316: vote(v162268) between the story's last sentence and the related feed
    text = WANGYI_DUMP.replace("最终，国安1-3不敌大连人。", "最终，国安1-3不敌大连人。" * 3).replace(
        "26-崔明安中国新闻周刊", "26-崔明安。vote(v162268)中国新闻周刊")
    article = load_text(tmp_path, "163.txt", text)
    assert role_of(article, "vote(v162268)") == ("boilerplate", "markup")
    assert body(article)[-1].endswith("26-崔明安。")


# fresh7 315: a blog copy of a 中国劳工论坛 article: its links and a subscription address between headline and text.
CHINAWORKER_HEAD = """# 香港：政府打击下教协全面崩溃

中国劳工论坛的原文连结：https://chinaworker.info/zh-hans/2021/08/09/30330/

中国劳工论坛的Twitter连结：https://twitter.com/OctRevolution17

如果有兴趣订阅《社会主义者》杂志，可发电邮至：chinaworker.isa@gmail.com

只有群众有组织的抵抗和团结，才能抵挡住中共独裁政权对工会和民主权利的打击。

2021年7月31日，中共政权控制的媒体对香港最大的工会——香港教育专业人员协会（教协）发起攻击。中共主要喉舌《人民日报》使用法西斯式的语言，称教协为“毒瘤”，必须“铲除”。

在《人民日报》抨击教协仅数小时后，香港的教育局便执行自己主子的意愿，终止了与教协的工作关系，不再承认这个拥有9.5万名成员并代表香港大多数教师的工会。
"""


def test_links_to_the_original_and_a_subscription_address_above_the_article_are_chrome(tmp_path):
    article = load_text(tmp_path, "chinaworker.md", CHINAWORKER_HEAD)
    # markdown makes the addresses links: the labels stay, and are chrome
    assert role_of(article, "中国劳工论坛的原文连结：")[0] == "boilerplate"  # a source line: it names the outlet too
    assert role_of(article, "中国劳工论坛的Twitter连结：") == ("boilerplate", "link")
    assert role_of(article, "如果有兴趣订阅《社会主义者》杂志，可发电邮至：chinaworker.isa@gmail.com") == ("boilerplate", "contact")
    assert body(article)[0] == "只有群众有组织的抵抗和团结，才能抵挡住中共独裁政权对工会和民主权利的打击。"


# fresh7 300: a WeChat account's speech repost: a summary box's label above the text, yesterday's picks and a
# read-more prompt under it (shortened).
DAZAN = """# 时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子

来源：新华社 （2016年4月26日）（节录）

【核心提示】

知识分子有思想、有主见、有责任，愿意对一些问题发表自己的见解。各级党委和政府、各级领导干部要尊重知识分子的这个特点，鼓励他们发表意见和建议。

大家好！我这次来安徽调研，正好是“五一”国际劳动节、“五四”青年节前夕。今天，我们在这里召开知识分子、劳动模范、青年代表座谈会，很有意义。

我就讲这些。最后，祝大家工作顺利、身体健康、阖家幸福，在今后的工作中取得更大成绩。

昨日大案：

[【头条】重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明](http://mp.weixin.qq.com/s?__biz=MzA3MzQ1NzE2Mg==)

[【二条】警示 | 为e租宝站台的经济学家杨晨被批捕](http://mp.weixin.qq.com/s?__biz=MzA3MzQ1NzE2Mg==)

[【三条】犀利 | C刊奇葩文再度爆出：中国学术腐败将动摇国本](http://mp.weixin.qq.com/s?__biz=MzA3MzQ1NzE2Mg==)

点击下方“阅读原文”查看近期热文《重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明》
"""


def test_a_summary_label_a_picks_list_heading_and_a_read_more_prompt_are_chrome(tmp_path):
    article = load_text(tmp_path, "dazan.md", DAZAN)
    assert role_of(article, "【核心提示】") == ("boilerplate", "label")
    # the summary under the label is the speech's own words: body
    assert body(article)[0].startswith("知识分子有思想、有主见、有责任")
    assert role_of(article, "【二条】警示 | 为e租宝站台的经济学家杨晨被批捕")[0] == "boilerplate"
    assert role_of(article, "昨日大案：") == ("boilerplate", "related")
    assert role_holding(article, "点击下方“阅读原文”查看近期热文")[0] == "boilerplate"
    assert body(article)[-1] == "我就讲这些。最后，祝大家工作顺利、身体健康、阖家幸福，在今后的工作中取得更大成绩。"


def test_a_plea_to_follow_a_papers_fan_page_is_chrome(tmp_path):
    # fresh7 313 (蘋果日報): the last line under the report
    text = ("法官最後則審酌，經函詢台北市警局萬華分局，酈俊睿未曾因「態度不佳」事由遭服務機關懲處，因此酈俊睿發文內容確實與事實不符。"
            "\n\n可抗告。\n\n【更多新聞，請看《蘋果陪審團》粉絲團】\n")
    article = load_text(tmp_path, "apple.txt", text)
    assert role_of(article, "【更多新聞，請看《蘋果陪審團》粉絲團】") == ("boilerplate", "cta")
    assert body(article)[-1] == "可抗告。"


KR36 = Path(__file__).parent / "data" / "extra" / "kr36_singapore_industry40.html"


def _scripts_only(page: str) -> str:
    """The page as a crawler saves it before the browser renders it: the head and the body's scripts, no text."""
    head, body_start = page[:page.index("<body")], page.index("<body")
    scripts = re.findall(r"<script\b[^>]*>.*?</script\s*>", page[body_start:], flags=re.S | re.I)
    return head + "<body>" + "".join(scripts) + "</body></html>"


def test_an_article_held_only_in_a_pages_script_data_is_read_from_it(tmp_path):
    # fresh7 302 (凤凰网, var allData = {…}) and this 36氪 page (window.initialState = {…}): nothing to show
    # until a script renders the data, which holds the article's fields and its HTML.
    article = load_text(tmp_path, "36kr.html", _scripts_only(KR36.read_text(encoding="utf-8")))
    assert article.meta["title"] == "知料 | 新加坡在搞的“工业4.0”，对中国有什么借鉴意义？"
    assert article.meta["title_source"] == "script record field title"
    assert article.meta["publish_date"] == "2019-10-13"
    text = "".join(body(article))
    assert text.startswith("如果提到新加坡，熟悉互联网经济的人士首先会想到的是它的国有资本集团淡马锡。")
    assert "在十一假期期间，36氪作者走访了新加坡的部分创新孵化器以及智能制造公司，以下是对其先进制造业的观察和思考。" in text
    # the data's other fields (ids, the share card, the cover's address) are chrome, and every one is kept
    assert role_of(article, "https://36kr.com/p/5253364.html")[0] == "boilerplate"
    assert article.coverage.ratio == 1.0


def test_a_page_that_shows_its_article_is_read_from_its_text_not_its_script(tmp_path):
    article = load_text(tmp_path, "36kr.html", KR36.read_text(encoding="utf-8"))
    assert not article.paragraphs["reason"].str.startswith("script record").any()
    assert "如果提到新加坡，熟悉互联网经济的人士首先会想到的是它的国有资本集团淡马锡。" in "".join(body(article))


# The lead's sweep, file 14: a 知乎日报 list saved as text (an image's address, the headline, the story's address).
ZHIHU_DAILY = (
    "https://pic1.zhimg.com/v2-840594fd04303c7bfed5f3aae7b9031c.jpg\n"
    "听说草原法院法官都骑马去审判，是真的吗？\n"
    "http://daily.zhihu.com/story/9715330\n"
    "https://pic2.zhimg.com/v2-d3ee8414b508b5d616ea27521c9182cd.jpg\n"
    "如何评价 Google 宣称率先实现量子霸权？\n"
    "http://daily.zhihu.com/story/9715447\n"
    "https://pic3.zhimg.com/v2-4cae55ce0f5bca98e4acf05cabdf6c6e.jpg\n"
    "广播体操真的能强身健体吗?\n"
    "http://daily.zhihu.com/story/9715432\n"
    "https://pic2.zhimg.com/v2-fc387ecde3d8a78669d5ad621b58eec1.jpg\n"
    "如何看待国漫的崛起？\n"
    "http://daily.zhihu.com/story/9715378\n"
)


def test_an_image_address_joined_to_a_headline_is_no_page_address(tmp_path):
    # no crawler's page address is read off an image's address; since mend14a a line holding a URL is never part of
    # a hard wrap, so the first headline is a paragraph of its own (no longer glued to the image's address above it)
    article = load_text(tmp_path, "zhihu.txt", ZHIHU_DAILY)
    assert not (article.paragraphs["kind"] == "url").any()
    assert role_of(article, "听说草原法院法官都骑马去审判，是真的吗？")[0] in ("title", "body")
    assert role_of(article, "https://pic1.zhimg.com/v2-840594fd04303c7bfed5f3aae7b9031c.jpg")[0] == "boilerplate"


def test_a_settings_label_above_teaser_shaped_lines_is_no_related_heading(tmp_path):
    # pre-round mirror ChiangPing70/wechat-articles: a README's settings block (Supabase: / - Project URL: …)
    text = ("# 部署\n\n按照下面的步骤填写配置，每一项都要和你自己服务器上的设置保持一致，否则同步不会成功。\n\n"
            "Supabase:\n- Project URL: https://xxx.supabase.co\n- anon public key: eyJ...\n- service_role key: eyJ...\n")
    article = load_text(tmp_path, "readme.md", text)
    assert role_of(article, "Supabase:")[1] != "related"


def test_names_and_a_date_between_bars_under_the_headline_are_the_byline(tmp_path):
    # fresh7 319: a repost of 韩国中央日报's Chinese edition, the writers and the date on one line under the headline
    text = ("# 特朗普对朝鲜无核化进展缓慢表示大怒\n\n郑效植 刘智惠 | 2018.07.23\n\n"
            "韩美两国7月20日(当地时间)在纽约围绕着朝核问题表现出“合作”中呈现出微妙的立场分歧。当天韩美外交部长举行了会谈。\n")
    article = load_text(tmp_path, "joongang.md", text)
    assert role_of(article, "郑效植 刘智惠 | 2018.07.23")[0] == "byline"
    assert article.meta["author"] == "郑效植、刘智惠"
    assert article.meta["author"] == "郑效植、刘智惠"
    assert body(article)[0].startswith("韩美两国7月20日")


def test_whom_to_ask_about_a_notice_under_it_is_chrome(tmp_path):
    # fresh6 279 (重庆市科学技术局's budget note): the contact person and number close the notice
    text = ("2019年部门预算情况说明\n\n"
            "4、国有资产占有使用情况。截止2018年12月，所属各预算单位共有车辆27辆，其中一般公务用车26辆、执勤执法用车1辆。\n\n"
            "部门预算公开联系人：刘 念\n\n联系方式：023-67515873\n")
    article = load_text(tmp_path, "cstc.txt", text)
    assert role_of(article, "部门预算公开联系人：刘 念") == ("boilerplate", "contact")
    assert role_of(article, "联系方式：023-67515873") == ("boilerplate", "contact")
    assert body(article)[-1].endswith("执勤执法用车1辆。")
