"""Loader rules written for shapes of outlets the project has not labelled: each case is a hand-written line
of the same shape as a page of a public extraction dataset (immortal-autumn/Chinese-Web-Content-Extraction-Dataset,
old Sohu, Sina, Xinhua, CCTV and provincial pages); expected values are read off the line by hand."""

import pytest

from conftest import load_text
from zhnews.load.html import _written_on_page
from zhnews.load.meta import clean_outlet
from zhnews.load.roles import first_cue

STORY = ("公司今年的营收继续增长，管理层在年报中表示，新业务的贡献超过了三成，市场对此反应积极，股价连续上涨。\n\n"
         "分析人士认为，这一增长主要来自海外市场，尤其是东南亚地区的订单大幅增加，带动了整体业绩的提升。")


@pytest.mark.parametrize("credit, author", [
    ("（总台记者 张倩）", "张倩"),  # the desk before 记者
    ("(信报记者 蔡雪婧)", "蔡雪婧"),  # the paper before 记者, ASCII brackets
    ("（姚峰 上海报道）", "姚峰"),  # names, then where they reported from
    ("（记者 张倩 李明）", "张倩、李明"),
])
def test_a_bracketed_reporter_credit_closing_the_story(tmp_path, credit, author):
    article = load_text(tmp_path, "credit.txt", f"某公司营收增长三成\n\n{STORY}{credit}\n")
    assert article.meta["author"] == author
    assert not any(credit in text for text in article.paragraphs.loc[article.paragraphs.role == "body", "text"])


def test_a_bracket_that_is_part_of_the_sentence_stays(tmp_path):
    article = load_text(tmp_path, "interview.txt", f"某公司营收增长三成\n\n{STORY}（接受记者采访）\n")
    assert article.meta["author"] is None


@pytest.mark.parametrize("line, captures", [
    ("□ 本报记者 葛灵丹", {"author": "葛灵丹"}),  # a bullet before the byline
    ("整合 新华日报·交汇点记者 徐睿翔", {"outlet": "新华日报·交汇点", "author": "徐睿翔"}),  # a word before it
    ("新华网黑龙江频道 记者 伊琳 李清芬", {"author": "伊琳 李清芬"}),
    ("2015-11-05 阅读：8169 来源:转载 作者:孙仲旻", {"date": "2015-11-05", "outlet": "转载", "author": "孙仲旻"}),
])
def test_byline_shapes_with_something_in_front(line, captures):
    hit = first_cue(line, "head")
    assert hit is not None and hit[0].role == "byline", hit
    assert {key: value for key, value in hit[1].groupdict().items() if value} == captures


def test_a_phrase_before_a_reporter_is_no_byline():
    assert first_cue("今天上午 记者来到了现场", "head") is None


@pytest.mark.parametrize("value", ["转载", "转载文章", "网友投稿", "佚名", "不详"])
def test_a_source_field_saying_reposted_or_unknown_names_no_outlet(value):
    assert clean_outlet(f"来源：{value}") is None


@pytest.mark.parametrize("date, page, kept", [
    ("2005-01-01", "<p>Copyright 2005 某某网</p>", False),  # htmldate's January 1st for a bare year
    ("2004-07-16", "<font>2004年7月16日08:19 来源：某某报</font>", True),
    ("2005-03-11", "<span>2005-3-11</span>", True),
    ("2022-02-13", '<a href="/news/20220213/123.html">', True),
    ("2023-05-12", '<a href="/2023/05/12/a.html">', True),
    ("2009-11-06", "<span>11/06/2009</span>", True),
    ("2005-03-28", "<span>2005-03-31</span>", False),  # another day of the month
    ("2017-09-08", '<span itemprop="datePublished">September 8, 2017</span>', True),  # the month named in English
    ("2017-09-08", "<p>Posted 8th Sept. 2017</p>", True),
    ("2005-09-19", "<small>September 10th, 2005</small>", False),
    ("2023-05-01", "<p>May 2023</p>", False),  # a month with no day
])
def test_the_extractors_date_only_when_the_page_writes_that_day(date, page, kept):
    assert _written_on_page(date, page) == (date if kept else "")


def test_a_sites_banner_with_its_address_is_no_headline(tmp_path):
    # a government portal: no heading matches the page title; the line above the article is the site's banner
    page = ("<html><head><title>全市春耕备耕工作会议召开——部署今年农业生产重点任务_某某市人民政府网</title></head><body>"
            "<div class='banner'><h2>某某市政府门户网站 www.example.gov.cn</h2></div><div class='content'>"
            f"<p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[-1]}</p></div></body></html>")
    article = load_text(tmp_path, "portal.html", page)
    assert article.meta["title"] == "全市春耕备耕工作会议召开——部署今年农业生产重点任务"


@pytest.mark.parametrize("page_title", ["1", "A", "2023"])
def test_a_placeholder_page_title_is_no_title(tmp_path, page_title):
    page = f"<html><head><title>{page_title}</title></head><body><p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[-1]}</p></body></html>"
    assert load_text(tmp_path, "placeholder.html", page).meta["title"] is None


# Taiwanese papers' bylines, shapes of the fixtures of lulalala/taiwanese_news_parser (names made up)
@pytest.mark.parametrize("line, captures", [
    ("【王小明／台北報導】配合行政院組織改造，內政部社會司併入衛生福利部。", {"author": "王小明"}),
    ("【陳小華╱綜合外電報導】日本前東京都知事因涉嫌非法收受政治獻金辭職。", {"author": "陳小華"}),  # ╱ read as ／
    ("【聯合報╱本報記者李大同】", {"outlet": "聯合報", "author": "李大同"}),
    ("劉小平／華盛頓4日電", {"author": "劉小平"}),
])
def test_taiwanese_bylines(line, captures):
    hit = first_cue(line, "head")
    assert hit is not None and hit[0].role == "byline", hit
    assert {key: value for key, value in hit[1].groupdict().items() if value} == captures


@pytest.mark.parametrize("line, outlet, author", [
    ("中廣 溫小魁 2013年06月29日 18:24", "中廣", "溫小魁"),  # the paper first, then its reporter
    ("中國時報 張小勳／特稿 2013年07月18日 05:40", "中國時報", "張小勳"),
    ("张三 某某号 2023-05-12 21:40", "某某号", "张三"),  # WeChat: the writer, then the account
])
def test_date_line_names_the_outlet_and_the_writer_in_either_order(tmp_path, line, outlet, author):
    article = load_text(tmp_path, "dateline.md", f"# 某公司營收增長三成\n\n{line}\n\n{STORY}\n")
    assert (article.meta["outlet"], article.meta["author"]) == (outlet, author)


def test_a_byline_linking_to_the_reporters_page_under_the_headline(tmp_path):
    page = ("<html><head><title>柿餅產季到 遊客湧入園區 | 某某新聞</title></head><body><div class='nav'><a href='/'>首頁</a></div>"
            "<h1>柿餅產季到 遊客湧入園區</h1><p><a href='/search/記者房小勤／新竹報導'>記者房小勤／新竹報導</a></p>"
            f"<div class='content'><p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[-1]}</p></div></body></html>")
    assert load_text(tmp_path, "linked.html", page).meta["author"] == "房小勤"


def test_a_big5_page_with_a_stray_bad_byte_is_read_as_big5(tmp_path):
    story = "國光客運今天第二天免費載客前往宜蘭，車站前大排長龍，現場發生零星衝突，警方到場維持秩序，民眾抱怨等候時間太長。"
    text = f"<html><head><title>國光免費去宜蘭第二天 零星衝突</title></head><body><p>{story}</p><p>{story}</p></body></html>"
    data = text.encode("big5")
    cut = data.index(b"</p>")
    path = tmp_path / "udn.html"
    path.write_bytes(data[:cut] + b"\xa4\x80" + data[cut:])  # no Big5 character, a GB18030 one: the whole page reads as GB18030
    from zhnews.load import load_article
    article = load_article(path)
    assert article.meta["encoding"] == "big5hkscs" and article.meta["title"] == "國光免費去宜蘭第二天 零星衝突"


# closing credits and company blurbs of reprints (shapes of dev4's 221, 224 and 228, names made up)
@pytest.mark.parametrize("line, captures", [
    ("某某经济新闻（中文版：某某中文网）佐藤一郎、铃木次郎", {"outlet": "某某经济新闻", "author": "佐藤一郎、铃木次郎"}),
    ("某某网张三、李四", {"outlet": "某某网", "author": "张三、李四"}),
    ("(文/图 刘小东 易小楠)", {"author": "刘小东 易小楠"}),
])
def test_closing_credits(line, captures):
    hit = first_cue(line, "tail")
    assert hit is not None and hit[0].role == "byline", hit
    assert {key: value for key, value in hit[1].groupdict().items() if value} == captures


@pytest.mark.parametrize("line", ["央视新闻客户端", "人民日报评论部", "新华社快讯", "某某网张三"])  # a desk, or no sign of a credit
def test_an_outlet_and_a_word_is_no_closing_credit(line):
    hit = first_cue(line, "tail")
    assert hit is None or hit[0].role != "byline"


def test_a_company_blurb_after_a_reprint_is_no_article(tmp_path):
    text = (f"# 漏洞数量创新高\n\n{STORY}\n\n{STORY}\n\n原文来源：SomeSec\n\n**某某科技简介**\n\n"
            "北京某某科技有限公司是国内工控安全行业领军者，凭借卓越的技术创新能力，为电力、轨道交通等行业提供安全防护。\n\n"
            "稿件合作 微信:abc12345\n")
    article = load_text(tmp_path, "reprint.md", text)
    body_text = "".join(article.paragraphs.loc[article.paragraphs.role == "body", "text"])
    assert "某某科技简介" not in body_text and "领军者" not in body_text and "原文来源" not in body_text
    assert article.meta["outlet"] == "SomeSec"


@pytest.mark.parametrize("heading, section", [
    ("项目简介", "该项目总投资二十亿元，建成后预计年产值超过五十亿元，将带动当地上千人就业，成为区域经济新的增长点。"),
    # an interview's guest (a provincial news site's interview, unlabelled sweep; names made up)
    ("个人简介：", "张某同志现任某某机械有限责任公司党委书记、董事长兼总经理，1978年参加工作，历任技术科长、总工程师。"),
])
def test_a_section_on_the_project_or_person_is_the_article(tmp_path, heading, section):
    text = f"# 某地启动新项目\n\n{STORY}\n\n**{heading}**\n\n{section}\n"
    article = load_text(tmp_path, "project.md", text)
    body = article.paragraphs.loc[article.paragraphs.role == "body", "text"].tolist()
    assert heading in body and section in body


def test_wechat_header_line_and_an_emphasised_standfirst_above_the_byline(tmp_path):
    # a Hugo mirror of a WeChat article (dev4 223's shape, names made up)
    text = ("---\ntitle: \"水电项目被指偷工减料\"\n---\n\n某某罐头 [某某青年](javascript:void(0);)\n\n"
            "**对于媒体曝光的诸多问题，当务之急是要有第三方独立调查，把种种问题都调查清楚，追责到人。**\n\n"
            f"**文**| 半糖某某\n\n{STORY}\n")
    article = load_text(tmp_path, "hugo.md", text)
    table = article.paragraphs
    assert table.loc[table.text == "某某罐头 某某青年", "role"].tolist() == ["byline"]
    assert table.loc[table.text.str.startswith("文"), "role"].tolist() == ["byline"]
    assert article.meta["outlet"] == "某某青年"
    assert "对于媒体曝光的诸多问题" in "".join(table.loc[table.role == "body", "text"])  # the standfirst stays body


def test_a_headline_a_word_longer_than_the_page_title_is_not_preferred(tmp_path):
    # <title> 标题-站名; the page shows 标题 as its heading and, inside the article, 标题强调 (a wire's first deck line)
    page = ("<html><head><title>主持召开深入推进区域一体化发展座谈会-某某网</title></head><body>"
            "<div class='title'><h1>主持召开深入推进区域一体化发展座谈会</h1></div><div class='content'>"
            "<p><strong>主持召开深入推进区域一体化发展座谈会强调</strong></p>"
            f"<p>{STORY.splitlines()[0]}</p><p>{STORY.splitlines()[-1]}</p></div></body></html>")
    assert load_text(tmp_path, "wire.html", page).meta["title"] == "主持召开深入推进区域一体化发展座谈会"


@pytest.mark.parametrize("line", [
    "◎ 专家认为，减肥应该运动和健康饮食相结合，不能一味求快。/图：123rf",  # a caption closed by its credit after a slash
    "资料图。图文无关。",  # under a stock picture
])
def test_captions_by_their_own_words(tmp_path, line):
    article = load_text(tmp_path, "caption.md", f"# 减肥不能一味求快\n\n{STORY}\n\n{line}\n\n{STORY}\n")
    table = article.paragraphs
    assert table.loc[table.role == "caption", "text"].tolist() == [line]


@pytest.mark.parametrize("line", [
    "【打印本稿】", "您是本文第154个阅览者", "是否“确认”跳转到登录页？",
    "转载申请事宜以及报告非法侵权行为，请联系我们：010-12345678",
    "延伸阅读：57岁小学肄业男子演绎25亿美元惊天骗局",
])
def test_page_furniture_lines(tmp_path, line):
    article = load_text(tmp_path, "furniture.md", f"# 某公司营收增长三成\n\n{STORY}\n\n{line}\n\n{STORY}\n")
    assert line not in article.paragraphs.loc[article.paragraphs.role == "body", "text"].tolist()


def test_a_disclaimer_heading_closes_the_article(tmp_path):
    text = (f"# 某公司营收增长三成\n\n{STORY}\n\n{STORY}\n\n某某网版权与免责声明：\n\n"
            "①凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。\n")
    body_text = "".join(load_text(tmp_path, "disclaimer.md", text).paragraphs.query("role == 'body'")["text"])
    assert "凡本网注明" not in body_text and "分析人士认为" in body_text
