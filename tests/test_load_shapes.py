"""Byline, outlet, date and chrome shapes of issue 11 (and the round-1 test failures), one realistic
line or short article each.

Lines are the made-up examples of issue 11 or copied from the (now seen) round-1 test articles of
../shared/dev_corpus (named in each case); expected values are read off the text by hand.
"""

from pathlib import Path

import pytest

from conftest import body, load_text, role_of
from zhnews.load import load_article
from zhnews.load.meta import clean_names, clean_outlet
from zhnews.load.roles import first_cue

# Sentences of 59_thucnews_land_market_line.txt and 53_cna_fake_mutton_zh-hant.html.
LAND_A = "经过50次举牌，广州市城市建设有限公司以总价34500万元夺得广州天河区珠江新城一地块，折合楼面地价15324元/平方米。"
LAND_B = "今年2月份以来，随着楼市“小阳春”的到来，沉寂了多个月的土地交易市场再起波澜，开发商们在土地收储上的集体爆发引人关注。"
LAND_C = "“拿地还是要谨慎，现在把地价抬得过高，未来可能心生悔意，就如2007年很多高价拿地企业一样。”"
MUTTON_A = "媒體報導，位於新北市的大台北果菜市場某攤商販售羊肉遠低於市價，涉以豬肉魚目混珠。"
MUTTON_B = "食藥署副署長林金富指出，若送驗後發現確實有摻偽假冒情形，除可依食品安全衛生管理法開罰，另外也可移送檢調偵辦。"


def captured(line, region):
    hit = first_cue(line, region)
    assert hit is not None, f"no cue fires on {line!r} in the {region}"
    return hit[0], {k: v for k, v in hit[1].groupdict().items() if v}


@pytest.mark.parametrize("line, region, fields, names", [
    ("文｜张三", "head", {"author": "张三"}, "张三"),
    ("作者✎张三", "head", {"author": "张三"}, "张三"),
    ("张三/文", "head", {"author": "张三"}, "张三"),
    ("记者 张三 李四 实习生 王五", "head", {"author": "张三 李四 实习生 王五"}, "张三、李四、王五"),
    ("石佳/中国青年报", "head", {"author": "石佳", "outlet": "中国青年报"}, "石佳"),  # 44: name/outlet
    ("张三 李四/某某日报", "head", {"author": "张三 李四", "outlet": "某某日报"}, "张三、李四"),
    ("作者： 记者王敬照", "tail", {"author": "记者王敬照"}, "王敬照"),  # 41: under the article
    ("作者：", "head", {}, None),  # an empty label names no one
])
def test_byline_shapes(line, region, fields, names):
    cue, found = captured(line, region)
    assert cue.role == "byline" and found == fields
    assert clean_names(found.get("author")) == names


def test_a_role_word_or_a_date_label_is_no_name():
    assert first_cue("某某周末记者", "head")[0].role == "byline"
    assert clean_names("某某周末记者") is None
    assert clean_names("发表于") is None  # 38: WeChat's empty meta-line label
    assert clean_names("发布于 2023-05-12") is None


@pytest.mark.parametrize("line, fields", [
    # 41: the site's name, the date in brackets, then the original outlet
    ("新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报", {"date": "2012-06-04", "outlet": "河北日报"}),
    ("2023-05-08 10:15 来源：新民晚报 作者：吴静", {"date": "2023-05-08", "outlet": "新民晚报", "author": "吴静"}),
    ("发布时间：2023-05-12 21:40", {"date": "2023-05-12"}),
])
def test_date_and_source_lines(line, fields):
    cue, found = captured(line, "head")
    assert (cue.role, cue.kind) == ("byline", "publish_date") and found == fields


@pytest.mark.parametrize("line, region, kind", [
    ("我要评论", "tail", "nav"),  # 59
    ("我要評論", "head", "nav"),  # 56
    ("(企业专区,旗下楼盘)", "core", "nav"),  # 59: a portal's link residue
    ("目录", "head", "toc"),  # 32
    ("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "tail", "copyright"),  # 53
])
def test_chrome_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


@pytest.mark.parametrize("line, region, kind", [
    # WeChat archive exports (wangjuns/web_archive) and portal pages (GNE tests, magic-html benchmark)
    ("全文10000字，阅读时间较长，或者你也可以点击右上角“…”选择“听全文”的方式", "head", "reading_time"),
    ("投稿或寻求报道：liyazhou@jiqizhixin.com", "tail", "contact"),
    ("📮交流邮箱：search.platform@meituan.com", "tail", "contact"),
    ("【投稿】：SDNLAB原创文章奖励计划", "tail", "promo"),
    ("原文链接：", "tail", "source_note"),
    ("文章已获授权", "head", "copyright"),
    ("*本文系量子位获授权刊载，观点仅为作者所有。", "tail", "copyright"),
    ("（本文内容仅供参考，不构成任何形式的投资和金融建议；市场有风险，投资须谨慎。）", "tail", "disclaimer"),
    ("文章观点仅代表作者本人，不代表新浪立场。若内容涉及投资建议，仅供参考勿作为投资依据。", "tail", "disclaimer"),
    ("【免责声明】本文仅代表作者本人观点，与和讯网无关。", "tail", "disclaimer"),
    ("——好文推荐——", "tail", "related"),
    ("字号", "head", "page_chrome"),
    ("2018-03-01 14:40:53", "tail", "dateline_chrome"),  # a related link's date under the article
])
def test_more_chrome_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


@pytest.mark.parametrize("line, region, fields, names", [
    ("文 | 巴伦周刊", "tail", {"author": "巴伦周刊"}, None),  # a periodical is no writer
    ("编译：陈陈、泽南", "head", {"author": "陈陈、泽南"}, "陈陈、泽南"),
    ("美团搜推团队 投稿", "head", {"author": "美团搜推团队"}, None),  # a team is no person
    ("（刘通摄）", "tail", {}, None),  # a photo credit, not the (张巨峰) byline
])
def test_more_byline_shapes(line, region, fields, names):
    cue, found = captured(line, region)
    assert {k: v for k, v in found.items() if k == "author"} == fields
    assert clean_names(found.get("author")) == names


def test_unlabelled_names_need_a_surname():
    assert clean_names("作者最新文章") is None  # a sidebar heading
    assert clean_names("name") is None and clean_names("网易") is None  # <meta name=author> placeholders
    assert clean_names("记者陈智 整合") == "陈智"


def test_outlet_keeps_the_name_without_a_permission_note():
    assert clean_outlet("来源：  刘胜军经济学大局观文章已获授权") == "刘胜军经济学大局观"  # 35
    assert clean_outlet("某某日报（已获授权转载）") == "某某日报"
    assert clean_outlet("来源：人民日报2024-05-13") == "人民日报"
    assert clean_outlet("人民网-文化频道") == "人民网"
    assert clean_outlet("来源：内容编译自fortune，谢谢。") == "fortune"
    assert clean_outlet("原作者") is None and clean_outlet("本站原创") is None


def test_a_bracketed_wire_dateline_names_reporter_and_agency(tmp_path):
    # 53: the dateline is glued to the first sentence
    text = f"新北攤商涉用豬肉混充羊肉\n\n（中央社記者沈佩瑤新北23日電）{MUTTON_A}\n\n{MUTTON_B}\n"
    article = load_text(tmp_path, "cna.txt", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("沈佩瑤", "中央社")
    assert role_of(article, "（中央社記者沈佩瑤新北23日電）") == ("byline", "dateline")
    assert body(article)[0] == MUTTON_A


def test_wire_dateline_without_a_reporter_names_the_agency(tmp_path):
    article = load_text(tmp_path, "cna2.txt", f"羊肉混充案調查\n\n（中央社台北23日電）{MUTTON_A}\n\n{MUTTON_B}\n")
    assert (article.meta["author"], article.meta["outlet"]) == (None, "中央社")


def test_a_text_byline_stays_when_the_account_is_named_after_the_writer(tmp_path):
    # 35: 作者：刘胜军 glued to an image, the account 刘胜军经济学大局观
    text = (
        "Title: 中央经济工作会议：消费！消费！消费！\n\nURL Source: https://mp.weixin.qq.com/s/abc\n\nMarkdown Content:\n"
        "![Image 1: Image](assets/a.webp)作者：刘胜军\n\n来源：\u00a0 刘胜军经济学大局观文章已获授权\n\n"
        f"{LAND_B}{LAND_A}\n\n{LAND_A}{LAND_B}\n\n"
        "_[以10万亿消费券重启经济](https://mp.weixin.qq.com/s?__biz=Mzg4&mid=22&idx=1#wechat_redirect)_  \n\n"
        f"{LAND_B}\n"
    )
    article = load_text(tmp_path, "jina.md", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("刘胜军", "刘胜军经济学大局观")
    assert article.meta["author_source"].startswith("header field: 作者：刘胜军")
    # a line that is only a link to another article is a related link, not body
    assert role_of(article, "以10万亿消费券重启经济") == ("boilerplate", "related")


def test_one_line_dataset_text_with_its_title_glued_to_the_body(tmp_path):
    # the THUCNews shape of 59: category<TAB>title+body on one line
    middle = "从绿地集团(企业专区,旗下楼盘)分别以9.57亿元和12亿元的价格接连拿下上海两宗地块。嘉华(中国)投资有限公司总经理表示楼市十分活跃。"
    text = (f"房产\t开发商频频拿地 市场复苏谨防再起炒作风10日，{LAND_A}{LAND_B}{middle}{LAND_B}{LAND_A}{LAND_B}"
            f"{LAND_C}杨红旭说。(记者 罗宇凡 叶锋) 我要评论\n")
    assert len(text) > 400  # a dump, as the dataset's lines are
    article = load_text(tmp_path, "thucnews.txt", text)
    meta = article.meta
    assert (meta["title"], meta["author"], meta["outlet"], meta["publish_date"]) == (
        "开发商频频拿地 市场复苏谨防再起炒作风", "罗宇凡、叶锋", None, None)
    assert role_of(article, "房产") == ("boilerplate", "metadata")
    assert role_of(article, "(企业专区,旗下楼盘)") == ("boilerplate", "nav")
    assert role_of(article, "(记者 罗宇凡 叶锋)") == ("byline", "author")
    assert role_of(article, "我要评论") == ("boilerplate", "nav")
    paragraphs = body(article)
    assert paragraphs[0].startswith("10日，经过50次举牌")
    assert paragraphs[-1].endswith(LAND_C + "杨红旭说。")  # the speech tag stays with its quote
    assert any("嘉华(中国)投资有限公司" in p for p in paragraphs)  # a bracket inside a sentence is no byline
    assert article.coverage.ratio == 1.0


def test_a_dump_that_opens_with_a_date_has_no_glued_title(tmp_path):
    text = f"北京时间6月10日，{LAND_A}{LAND_B}{LAND_A}{LAND_B}{LAND_A}{LAND_B}{LAND_C}杨红旭说。\n"
    article = load_text(tmp_path, "dump.txt", text)
    assert article.meta["title"] is None


@pytest.mark.parametrize("name_line, author", [
    ("顧信之", "顧信之"),  # 56: a column's pen-name on a line of its own
    ("林一鸣 陈思", "林一鸣、陈思"),
    ("不再等待", None),  # 32: a short phrase is no name
    ("编者按", None),
])
def test_a_line_of_bare_names_above_the_article(tmp_path, name_line, author):
    page = (
        "<html><head><title>劉太親自過問事件 - 某某報</title></head><body><div id=\"nav\"><a href=\"/\">首頁</a></div>"
        f"<div class=\"article\"><h1>劉太親自過問事件</h1><p>{name_line}</p><p>{MUTTON_A}{MUTTON_B}</p>"
        f"<p>{MUTTON_B}{MUTTON_A}</p><p>{MUTTON_A}</p></div></body></html>"
    )
    article = load_text(tmp_path, "column.html", page)
    assert article.meta["author"] == author


def test_big5_hkscs_page_decodes(tmp_path):
    # 56: a Hong Kong page in Big5-HKSCS; 喺 and 嘅 are not in plain Big5
    text = "劉太親自過問事件\n\n老友說，「政府今次喺度出手，大家先有可能恢復對來港旅遊嘅信心。」政府介入事件，顯示對問題的重視。\n"
    article = load_text(tmp_path, "hk.txt", text, encoding="big5hkscs")
    assert article.meta["encoding"] == "big5hkscs"
    assert any("喺度出手" in t and "嘅信心" in t for t in article.paragraphs.text)


# Real pages from other outlets (tests/data/extra, provenance in tests/data/SOURCES.tsv); the
# expected fields were read off each page by hand.
EXTRA = Path(__file__).parent / "data" / "extra"


@pytest.mark.parametrize("name, fields", [
    # the <title> names only the channel and the site; the headline is an <h5> right above the article
    ("gsc_geography_conference.html", ("2019年中国人文地理学术年会在重庆•西南大学成功举行！", "中国地理学会", None, "2019-05-18")),
    ("xinhuanet_paris_strike.html", ("法国全国大罢工再次严重影响交通", "新华网", "唐霁", "2019-12-10")),
    ("people_health_bjyouth.html", ("关注青少年心理健康“心成长”服务项目启动", "北京青年报", "叶婉", "2024-05-17")),
    # the <title> is the site's (科普中国-辟谣文章); the headline is a <div class="rumor-title">
    ("kepuchina_rumor_bullet.html", ("徒手抓子弹真的存在吗？", "科普中国", None, "2019-09-24")),
    # the <title> ends with the hospital's name, which the copyright line gives too; 本站讯（职工通讯员 …）
    ("zyyfy_hospital_contest.html", ("【不忘初心 牢记使命】我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛",
                                     "湖南省中医药研究院附属医院", "李琴雯、刘会", "2019-10-31")),
    # og:url on newtalk.tw; 新頭殼newtalk2014.10.24 金名/高雄報導 under the headline, the save date above it
    ("newtalk_kaohsiung_film_festival.html", ("高雄電影節開幕 日星為氣爆災區祈福", "新頭殼", "金名", "2014-10-24")),
    # an izj007 WeChat export: 原创 wangyuhao  [ 58安全应急响应中心 ](…); no date in the text
    ("wechat_58src_iast.md", ("系列 | 58集团IAST/RASP调研与实践：IAST调研", "58安全应急响应中心", "wangyuhao", None)),
])
def test_real_pages_from_other_outlets(name, fields):
    article = load_article(EXTRA / name)
    assert tuple(article.meta[key] for key in ("title", "outlet", "author", "publish_date")) == fields
    assert all(article.meta[f"{key}_source"] for key, value in zip(("title", "outlet", "author", "publish_date"), fields) if value)
    assert article.coverage.ratio == 1.0


def test_account_and_date_line_of_a_wechat_export():
    # '星阑科技   2022-06-16 12:06' under the heading: the account is no person, so it is the outlet
    article = load_article(EXTRA / "wxvuln_xinglan_confluence.md")
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("星阑科技", "2022-06-16")
    assert article.meta["outlet_source"].startswith("date line")
    assert role_of(article, "往期 · 推荐") == ("boilerplate", "related")
    assert any(text.startswith("最近 Confluence 官方通报了一个严重漏洞") for text in body(article))


def test_site_named_by_the_title_and_the_copyright_line():
    article = load_article(EXTRA / "zyyfy_hospital_contest.html")
    assert article.meta["outlet_source"] == "<title> suffix that the copyright line names"
    assert role_of(article, "本站讯（职工通讯员 李琴雯 刘会）") == ("byline", "dateline")
    assert any(text.startswith("为深入推进党建与业务工作紧密结合") for text in body(article))


def test_dated_links_under_a_wire_story_are_chrome():
    article = load_article(EXTRA / "xinhuanet_paris_strike.html")
    assert role_of(article, "新华社巴黎12月9日电（记者唐霁）") == ("byline", "dateline")
    assert "2018-03-01 14:40:53" not in body(article)


def test_credit_lines_between_the_title_and_the_article(tmp_path):
    # the shape of a 新智元 export: an image, the account's own credit, the editor, then the text
    text = (
        "# 万字独家爆光，首揭o1 pro架构\n\n![Image 1](assets/a.webp)\n\n##### 新智元报道\n\n编辑：编辑部 HYZ\n\n"
        f"{LAND_A}{LAND_B}\n\n{LAND_B}{LAND_A}\n\n**— 完 —**\n\n点这里👇关注我，记得标星哦～\n"
    )
    article = load_text(tmp_path, "xinzhiyuan.md", text)
    assert (article.meta["outlet"], article.meta["author"]) == ("新智元", None)
    assert role_of(article, "新智元报道") == ("byline", "outlet")
    assert role_of(article, "— 完 —")[0] == "boilerplate"  # an emphasised end mark is still one


def test_an_outlet_name_under_a_portal_headline(tmp_path):
    # thepaper.cn reprints: the source's name alone under the headline, then the time
    page = (
        "<html><head><title>新年伊始的重要文章_澎湃新闻</title></head><body><div class=\"nav\">首页 &gt; 中南海</div>"
        f"<div class=\"news_txt\"><h1>新年伊始的重要文章</h1><p>新华社</p><p>2020-01-03 18:13</p><p>{LAND_A}{LAND_B}</p>"
        f"<p>{LAND_B}{LAND_A}</p><p>{LAND_A}</p></div></body></html>"
    )
    article = load_text(tmp_path, "thepaper.html", page)
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("新华社", "2020-01-03")


def test_wechat_meta_line_without_the_original_badge(tmp_path):
    # the shape of izj007/wechat exports: <author> [<account>](javascript:void(0);) above the profile card
    text = (
        "#  终端安全系列-计划任务详解\n\n李木  [ 黑白天实验室 ](javascript:void\\(0\\);)\n\n**黑白天实验室** ![]()\n\n"
        "微信号 HBT-SEC\n\n功能介绍 进攻性安全爱好团队\n\n"
        f"{LAND_A}{LAND_B}\n\n{LAND_B}{LAND_A}\n\n#内存马 2\n\n**E ND**\n\n扫码关注了解更多\n"
    )
    article = load_text(tmp_path, "wechat_export.md", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("李木", "黑白天实验室")
    assert role_of(article, "李木 黑白天实验室") == ("byline", "author")
    assert role_of(article, "E ND")[0] == "boilerplate"


@pytest.mark.parametrize("line", ["微信公众号搜索：南风漏洞复现文库", "关注公众号 南风漏洞复现文库 并回复 漏洞复现64 即可获得该POC工具下载地址："])
def test_follow_and_search_prompts(line):
    assert captured(line, "tail")[0].kind == "cta"


@pytest.mark.parametrize("line, names", [
    ("生活中心／賴俊佑報導", "賴俊佑"),  # 三立: desk／name 報導
    ("編輯 陳妍如 報導", "陳妍如"),  # TVBS
])
def test_desk_and_name_before_a_report(line, names):
    cue, found = captured(line, "head")
    assert cue.role == "byline" and clean_names(found["author"]) == names


def test_latin_names_keep_their_words():
    assert clean_names("DAVID E. SANGER, STEVEN LEE MYERS") == "DAVID E. SANGER、STEVEN LEE MYERS"  # nytimes <meta byline>
    assert clean_names("By Li Yuan") == "Li Yuan"


def test_text_after_the_closing_body_tag_is_read(tmp_path):
    # tvbs.com.tw pages put hidden <p> timings after </body>: still text of the page, so in a paragraph
    page = (f"<html><head><title>颱風動態 - TVBS</title></head><body><h1>颱風動態</h1><p>{MUTTON_A}{MUTTON_B}</p>"
            f"<p>{MUTTON_B}{MUTTON_A}</p></body>\n<p style=\"display:none;\">0.1262</p>\n</html>")
    article = load_text(tmp_path, "after_body.html", page)
    assert article.coverage.ratio == 1.0
    assert "0.1262" in article.paragraphs["text"].tolist()


@pytest.mark.parametrize("line, region, kind", [
    ("facebook", "head", "page_chrome"),  # share buttons (轉角國際)
    ("收看更多文章，請訂閱轉角國際facebook專頁：", "tail", "cta"),
    ("（熱門點閱：百年罕見「超級藍月」今晚登場！最佳賞月時間北市天文館直播）", "core", "related"),
])
def test_taiwan_page_chrome(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


def test_whole_paragraph_cues(tmp_path):
    # a ticker item holding a question mark, a related link holding an exclamation mark, and a
    # caption closed by its picture credit are each one paragraph of one role
    ticker = "最新消息 如何解決少子化？ 郭台銘：生1個小孩、讓你多養1隻寵物 2023-09-01 16:06"
    related = "（熱門點閱：百年罕見「超級藍月」今晚登場！最佳賞月時間北市天文館直播）"
    caption = "媒體報導，新北市的大台北果菜市場某攤商販售羊肉遠低於市價，涉以豬肉魚目混珠。（示意圖／圖取自Unsplash圖庫）"
    text = f"羊肉混充案調查\n\n{ticker}\n\n{MUTTON_A}{MUTTON_B}\n\n{caption}\n\n{related}\n\n{MUTTON_B}{MUTTON_A}\n"
    article = load_text(tmp_path, "whole.txt", text)
    assert role_of(article, ticker) == ("boilerplate", "related")
    assert role_of(article, related) == ("boilerplate", "related")
    assert role_of(article, caption) == ("caption", "image_caption")


@pytest.mark.parametrize("line, outlet, title", [
    # Jekyll re-posts (Terminus2049 archive)
    ("原文来自公号 「墨香学术」，始发于爱思想网。", "墨香学术", None),
    ("原文来自微信 那些年的兄弟", "那些年的兄弟", None),
    ("信息源自「新闻实验室」：Will we be equal? Will we be free?", "新闻实验室", "Will we be equal? Will we be free?"),
])
def test_repost_lines(tmp_path, line, outlet, title):
    text = f"---\ntitle: 某某文章\ndate: 2018-04-24\n---\n\n{line}\n\n作者：方可成\n\n{LAND_A}{LAND_B}\n\n{LAND_B}{LAND_A}\n"
    article = load_text(tmp_path, "repost.md", text)
    assert article.meta["outlet"] == outlet
    assert article.meta["author"] == "方可成"
    assert role_of(article, line)[0] == "boilerplate"


@pytest.mark.parametrize("line, kind", [
    ("授权吉言贤食公众号发布", "copyright"), ("敬请大家都同步关注下边的公众号吧！", "cta"), ("首发于端传媒", "source_note"),
    ("本文由声音计划与端传媒联合出品", "credit"), ("“声音计划”为本文创作提供支持", "credit"),
    ("本文有少量删减，点击链接查看全文：", "nav"),
])
def test_repost_furniture(line, kind):
    assert captured(line, "head")[0].kind == captured(line, "tail")[0].kind == kind


def test_a_byline_below_an_editors_note(tmp_path):
    # 端傳媒 re-post: a note about the outlet, then the byline, then the story
    note = "「端传媒」是华语世界里很不错的独立媒体，喜欢、支持端传媒的读者，可以购买会员阅读更多深度报道、参与讨论。"
    text = f"# 北大 vs 北大\n\n{note}\n\n端傳媒記者 楊子琪 發自香港\n\n{MUTTON_A}{MUTTON_B}\n\n{MUTTON_B}{MUTTON_A}\n"
    article = load_text(tmp_path, "initium.md", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("楊子琪", "端傳媒")


def test_a_page_closing_html_halfway_is_read_to_its_end(tmp_path):
    # gov.cn pages are built from includes: the header template closes </html> before the article
    page = ("<html><head><title>关于批准特别国债的决议_中国政府网</title></head><body><div class=\"header\">首页 | 简 | 繁</div>"
            f"</html>\n<!--end header-->\n<div class=\"content\"><h1>关于批准特别国债的决议</h1><p>{MUTTON_A}{MUTTON_B}</p>"
            f"<p>{MUTTON_B}{MUTTON_A}</p></div></body></html>")
    article = load_text(tmp_path, "includes.html", page)
    assert MUTTON_A + MUTTON_B in body(article)
    assert article.coverage.ratio == 1.0


def test_a_tag_with_unpaired_quotes_is_no_text(tmp_path):
    # a video player's <txpdiv class="txp_overlay_play txp_none" "="" data-role="…"> (qq.com)
    page = (f"<html><head><title>儿歌被改_腾讯新闻</title></head><body><h1>儿歌被改</h1><p>{MUTTON_A}{MUTTON_B}</p>"
            "<div class=\"txp_overlay_play txp_none\" \"=\"\" data-role=\"txp_overlay_play\">画中画</div>"
            f"<p>{MUTTON_B}{MUTTON_A}</p><p>关于腾讯 服务协议 隐私政策</p></body></html>")
    assert load_text(tmp_path, "quotes.html", page).coverage.ratio == 1.0


def test_a_photo_gallery_page_keeps_its_captions_as_text(tmp_path):
    # toutiao galleries: no paragraph trafilatura calls the article, only numbered captions
    page = (f"<html><head><title>最不愁吃肉的国家_今日头条</title></head><body><h1>最不愁吃肉的国家</h1>"
            f"<div class=\"gallery\"><div>1/10 {MUTTON_A}{MUTTON_B}</div></div><div>关注</div></body></html>")
    article = load_text(tmp_path, "gallery.html", page)
    assert any(MUTTON_A in text for text in body(article)) and article.meta["author"] is None


def test_news_flash_and_middle_dot_outlets():
    # the byline keeps its role words (记者 tells the reporter from the 通讯员 after it); meta cleans them off
    assert captured("新京报快讯（记者 裴剑飞）", "core")[1] == {"outlet": "新京报", "author": "记者 裴剑飞"}
    assert clean_names("记者 裴剑飞") == "裴剑飞"
    assert clean_outlet("澎湃新闻·澎湃号·政务") == "澎湃新闻"


@pytest.mark.parametrize("line, region, kind", [
    # portal pages of the GNE test set (163, sina, guancha, thepaper)
    ("分享到：", "head", "page_chrome"),
    ("发布", "tail", "page_chrome"),  # the comment box's button
    ("特别声明", "tail", "disclaimer"),
    ("本文为政务等机构在澎湃新闻上传并发布，仅代表该机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。", "tail", "disclaimer"),
    ("本文原标题：《定了！广州南沙邮轮母港即将开通！》", "head", "original_title"),
    ("龙应台的作品应该是中学生的“必读经典”吗？评论 80 赞 95", "tail", "related"),
    ("您可通过新浪首页(www.sina.com.cn)顶部 “我的收藏”， 查看所有收藏过的文章。", "tail", "page_chrome"),
    ("看都看完了，点【在看】试试", "tail", "cta"),
    ("欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）", "tail", "cta"),
])
def test_portal_chrome(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


def test_date_and_source_without_a_space():
    cue, found = captured("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", "head")
    assert found == {"date": "2019-08-13", "outlet": "澎湃新闻·澎湃号·政务"} and clean_outlet(found["outlet"]) == "澎湃新闻"


@pytest.mark.parametrize("label", ["房产", "文化", "时政"])
def test_a_channel_label_under_the_title_is_no_name(tmp_path, label):
    page = (f"<html><head><title>劉太親自過問事件 - 某某報</title></head><body><div class=\"article\"><h1>劉太親自過問事件</h1>"
            f"<p>{label}</p><p>{MUTTON_A}{MUTTON_B}</p><p>{MUTTON_B}{MUTTON_A}</p><p>{MUTTON_A}</p></div></body></html>")
    assert load_text(tmp_path, "channel.html", page).meta["author"] is None


# WeChat shapes met on the fresh split of round 2 after its one scoring (made-up names in the same shapes).
@pytest.mark.parametrize("line, region, role, fields", [
    ("某某安全观察   2024-05-23 20:25", "head", "byline", {"outlet": "某某安全观察", "date": "2024-05-23"}),  # export header
    ("本文来自微信公众号：数据小站，作者：数据小站，题图来自：视觉中国", "head", "boilerplate",
     {"outlet": "数据小站", "author": "数据小站"}),
    ("The following article is from 数据小站 Author 张三", "head", "byline", {"outlet": "数据小站", "author": "张三"}),
    ("8076篇原创内容", "head", "boilerplate", {}),
    ("执笔/张三、李四&王五", "head", "byline", {"author": "张三、李四&王五"}),
    ("本文译自某刊官网文章；于2025年2月26日首发于公众号《某某行动派》。", "tail", "boilerplate", {"outlet": "某某行动派", "date": "2025年2月26日"}),
    ("扫描二维码，参与调查", "tail", "boilerplate", {}),
    ("尊敬的读者：", "tail", "boilerplate", {}),
    ("感谢您花时间阅读我们提供的这篇文章。", "tail", "boilerplate", {}),
])
def test_wechat_header_and_footer_shapes(line, region, role, fields):
    cue, found = captured(line, region)
    assert cue.role == role and found == fields


def test_a_byline_that_is_the_accounts_own_name_names_no_one(tmp_path):
    article = load_text(tmp_path, "repost.md", "# 以后不会再有便宜咖啡了\n\n本文来自微信公众号：数据小站，作者：数据小站\n\n"
                        "2025年刚拉开序幕，国际咖啡市场便迎来了一波迅猛的价格飙升。咖啡豆价格的疯涨引发了广泛关注。\n")
    assert article.meta["outlet"] == "数据小站"
    assert article.meta.get("author") is None


def test_the_author_a_news_page_gives_in_its_structured_data(tmp_path):
    # schema.org JSON-LD, as 中時新聞網 embeds it (fresh split, article 67, after its one scoring); made-up names.
    page = """<html><head><title>某新聞網</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "行動電源爆炸 業者緊急公告", "datePublished": "2023-08-25T21:10:00+08:00",
 "author": {"@type": "Person", "name": "王小明"}, "publisher": {"@type": "Organization", "name": "某新聞網"}}</script>
<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": []}</script>
<script type="application/ld+json">{ not json </script></head>
<body><h1>行動電源爆炸 業者緊急公告</h1>
<p>網紅行動電源日前傳出爆炸事件，業者今日發出緊急公告，宣布舊換新方案，影響約25萬名用戶。</p>
<p>業者表示，目前已經在全台新增25間授權獨立維修中心，以加快更換速度。</p></body></html>"""
    article = load_text(tmp_path, "news.html", page)
    assert article.meta["author"] == "王小明"
    assert article.meta["author_source"] == "JSON-LD NewsArticle"
    assert article.meta["publish_date"] == "2023-08-25"


def test_a_title_loses_the_site_suffix_that_is_the_outlet_and_a_site_word(tmp_path):
    # og:site_name 台視 and og:title '<headline> - 台視新聞' (fresh split, article 69, after its one scoring).
    page = """<html><head><meta property="og:site_name" content="某視"><meta property="og:title" content="年終平均1.38月 三成企業加碼辦 - 某視新聞">
<title>年終平均1.38月 三成企業加碼辦 - 某視新聞</title></head>
<body><p>年終獎金調查出爐，今年平均每個人領到的年終大約1.38個月，比去年多了1.8天。</p>
<p>也有超過3成的老闆表態，願意增加預算請大咖藝人表演，辦一場熱鬧的尾牙。</p></body></html>"""
    article = load_text(tmp_path, "bonus.html", page)
    assert article.meta["outlet"] == "某視"
    assert article.meta["title"] == "年終平均1.38月 三成企業加碼辦"


# Chrome shapes of issue 11 (fresh2 scoring), each written as other outlets of the kind write it.
@pytest.mark.parametrize("line, region, kind", [
    ("字数 1017，阅读大约需 6 分钟", "head", "reading_time"),  # a blog theme's header
    ("本文抓取时间: 2026-03-28 15:09:19", "tail", "crawl_note"),  # an archive's crawl footer
    ("存档时间：2024-01-02", "tail", "crawl_note"),
    ("欢迎分享到朋友圈~", "core", "cta"),
    ("欢迎转发给好友！", "tail", "cta"),
    ("更多好内容请关注“某某法律”，防走丢", "head", "cta"),
    ("請加入成為眾新聞的月費訂戶，長期支持我們的工作。", "tail", "cta"),
    ("月費訂戶 網址：hkcnews.com/aboutus/#subscribe", "tail", "cta"),
    ("扫描上方图片二维码领取骑行礼包！", "core", "cta"),
    ("— 扫码下方微信加入微信会员群 —", "core", "promo"),
    ("扫码加入知识星球会员", "core", "promo"),
    ("扫码备注：群会员", "core", "promo"),
    ("【权益】", "core", "promo"),
    ("【 为什么值得加入 】", "core", "promo"),
    ("本文合作专家", "tail", "credit"),
    ("本文审核专家", "tail", "credit"),
    ("昨天最早留言的前十位网友是：@北街末雨、@李平", "core", "comment"),
    ("詳情>>>", "core", "read_more"),
    ("電話：台北辦公室（02）27089481", "core", "contact"),
    ("網址：http://bjorgaas.org", "core", "contact"),
    ("【蘋果日報慈善基金會作業說明】", "core", "charity"),
])
def test_issue_eleven_chrome_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


@pytest.mark.parametrize("line", [
    "电话：他说自己打了三次都没人接",  # a sentence that starts with 电话 is no contact line
    "欢迎分享你对这件事的看法，我们会选登部分留言。",
    "本文专家认为，这种做法并不可取。",
])
def test_issue_eleven_cues_leave_sentences_alone(line):
    hit = first_cue(line, "core")
    assert hit is None or hit[0].role != "boilerplate"


@pytest.mark.parametrize("line, region, outlet", [
    ("大家记得把丁香医生设为星标🌟哦～", "tail", "丁香医生"),  # a WeChat account asks to be starred
    ("把「三联生活周刊」设为星标，不错过每一篇", "tail", "三联生活周刊"),
    ("請加入成為眾新聞的月費訂戶，長期支持我們的工作。", "tail", "眾新聞"),  # a subscription plea
])
def test_an_account_or_paper_naming_itself_in_a_plea(line, region, outlet):
    assert captured(line, region)[1] == {"outlet": outlet}


def test_a_star_plea_for_us_names_no_outlet():
    hit = first_cue("记得把我们设为星标", "tail")
    assert hit is None or "outlet" not in {k for k, v in hit[1].groupdict().items() if v}


def test_a_copyright_source_line_names_the_outlet():
    # a WeChat backup account's footer (法度Lawbj): 版权来源|<the original account>
    cue, fields = captured("版权来源|法度law", "tail")
    assert (cue.kind, fields) == ("copyright", {"outlet": "法度law"})


def test_a_topic_for_readers_comments():
    # a morning briefing's 【话题】 item (长江日报) and a blog's closing question
    assert captured("又到一年三四月，正是春招火热时。调查显示，不少白领不满3年就频繁跳槽，你怎么看？", "core")[0].kind == "comment"
    assert captured("涨价潮还会持续多久？对此，你怎么看？欢迎留言", "tail")[0].kind == "comment"
    assert first_cue("问：你怎么看？", "core") is None  # an interviewer's question is the article


@pytest.mark.parametrize("line, region, kind, captures", [
    # lines of the round-4 development set (../shared/dev3) and of seen articles the loader kept as body
    ("2019-09-26 12:11来源：证券时报网作者：李在山", "head", "publish_date", {"date": "2019-09-26", "outlet": "证券时报网", "author": "李在山"}),
    ("中青报·中青网记者 魏其濛 来源：中国青年报", "tail", "author", {"outlet": "中青报·中青网", "author": "魏其濛"}),
    ("（德清县发改局）", "tail", "source_note", {}),
    ("5月9日，山东女子学院养老服务管理专业毕业生就业双选会现场。山东女子学院供图", "core", "image_caption", {}),
    ("小编最近文章", "tail", "related", {}),
    ("【详细】", "tail", "read_more", {}),
    ("本文不构成投资建议。", "tail", "disclaimer", {}),
    ("本内容为作者独立观点，不代表虎嗅立场。", "tail", "disclaimer", {}),
    ('如果您喜歡"史蒂文的家"圖文分享 邀請您到 FB 粉絲團 按個"讚"!', "tail", "cta", {}),
    ("衢州市妇幼保健院健康教育科 汪雪梅", "tail", "author", {"author": "汪雪梅"}),
])
def test_round_four_shapes(line, region, kind, captures):
    cue, found = captured(line, region)
    assert (cue.kind, found) == (kind, captures)


@pytest.mark.parametrize("line", [
    "这并不代表美国的立场。",  # a sentence about someone's position, not a disclaimer
    "北京大学光华管理学院 教授",  # an institution and a title, no name
])
def test_round_four_cues_leave_sentences_alone(line):
    hit = first_cue(line, "tail")
    assert hit is None or hit[0].kind not in ("disclaimer", "author")


@pytest.mark.parametrize("line, region, kind", [
    # furniture of portal pages outside every split (GNE and magic-html fixtures), seen kept as body
    ("采访百名“剩女”后，这位美记者是撕开了中国男人最后的伪装还是彻底带上了有色眼镜？评论 151 赞 18", "tail", "related"),
    ("东非国家史上首船出口原油，中企拿下 评论 529", "tail", "related"),
    ("责任编辑: 小婷", "core", "editor_credit"),
    ("本文仅代表作者个人观点。", "core", "disclaimer"),
    ("本文首发于39深呼吸公众号（shenhuxi39）", "core", "source_note"),
    ("本作品为“科普中国-科学原理一点通”原创，转载时务请注明出处。", "tail", "copyright"),
    ("请支持独立网站，转发请注明本文链接：https://www.guancha.cn/x.shtml", "tail", "copyright"),
    ("健康资讯推荐", "tail", "related"),
    ("更多猛料！", "tail", "cta"),
    ("新闻评论", "tail", "comment"),
])
def test_portal_furniture_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


def test_please_like_us_is_a_call_to_action():
    cue, _ = captured("如果您喜歡我們的報導，請幫我們按個讚！", "tail")
    assert (cue.role, cue.kind) == ("boilerplate", "cta")


@pytest.mark.parametrize("line, region, kind, captures", [
    # WeChat exports outside every split (Pincong, web_archive, Terminus2049 archives), seen kept as body
    ("作者丨朱光星", "core", "author", {"author": "朱光星"}),
    ("本文系凤凰网评论部特约原创稿件，仅代表作者立场。", "tail", "disclaimer", {}),
    ("文章已于2020-03-27修改", "core", "edit_note", {}),
    ("欢迎留言评论~", "tail", "cta", {}),
    ("本文来自微信公众号：AGI Hunt，作者：JJJohn，题图来自：AI生成", "head", "source_note", {"outlet": "AGI Hunt", "author": "JJJohn"}),
])
def test_wechat_export_shapes(line, region, kind, captures):
    cue, found = captured(line, region)
    assert (cue.kind, {k: v for k, v in found.items() if k in captures}) == (kind, captures)


@pytest.mark.parametrize("line, region, kind", [
    ("►本文3730字 阅读8分钟", "core", "reading_time"),
    ("编辑 丨陈晓舒", "core", "editor_credit"),
    ("校对 丨陈荻雁", "core", "editor_credit"),
    ("作者简介", "tail", "author_note"),
    ("翻译：纽约时报中文网", "tail", "credit"),
    ("(XYS20251026)", "tail", "page_chrome"),
])
def test_archive_post_furniture_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == ("boilerplate", kind)


def test_byline_label_is_no_part_of_the_outlet():
    from zhnews.load.meta import clean_outlet
    assert clean_outlet("文丨新京报") == "新京报"
    assert clean_outlet("文汇报") == "文汇报"


@pytest.mark.parametrize("line, region, kind", [
    ("作者 王之言 高孜然", "core", "author"),
    ("编辑 周褶褶 ｜ 排版 魏蔚", "core", "editor_credit"),
    ("“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布", "tail", "disclaimer"),
])
def test_self_media_page_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert cue.kind == kind


@pytest.mark.parametrize("line, region, kind", [
    ("《棱镜》作者 周纯", "core", "author"),
    ("推荐新闻", "tail", "related"),
    ("点击进入专题：", "tail", "cta"),
])
def test_portal_column_shapes(line, region, kind):
    cue, _ = captured(line, region)
    assert cue.kind == kind


@pytest.mark.parametrize("line, region, role, kind", [
    ("姚明场边支招周琦。视频截图", "core", "caption", "image_caption"),
    ("华夏杯书法大赛获奖名单，和网络上一份“10000中国普通人名大全”中名字和顺序都一致。 网络截图", "core", "caption", "image_caption"),
    ("如你觉得文章不错，请识别图中二维码关注，并推荐给你的朋友，感谢你的分享。", "tail", "boilerplate", "cta"),
])
def test_screenshot_captions_and_qr_pleas(line, region, role, kind):
    cue, _ = captured(line, region)
    assert (cue.role, cue.kind) == (role, kind)
