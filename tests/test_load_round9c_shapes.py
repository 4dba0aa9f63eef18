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
    assert role_of(article, "https://www.163.com/sports/article/HNRDUHAV00058780.html") == ("boilerplate", "url")
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
