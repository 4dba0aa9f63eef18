"""Round 30 (brief r29r), loader: records and statistical bulletins.

R1: a WordPress REST post object (fresh34 985, 987: /wp-json/wp/v2/posts/<id> as a scraper saves it) holds its title,
content and excerpt as {"rendered": "…"} objects and its site's name in Yoast SEO's "yoast_head_json" ->
"og_site_name". The rendered value is its container's field (content: the body, read as HTML); a key ending in a
name that names a field of its own keeps its name inside a container that names none.
"""
import json

import pytest

from conftest import body, load_text, role_holding

LEAD = "（中央社記者黃巧雯台北24日電）"
FIRST = "台灣職籃P. LEAGUE+台鋼獵鷹今天前3節幾乎一路領先，但在第4節崩盤，台北富邦勇士靠賴廷恩末節獨攬9分，以91比79逆轉勝出。"
SECOND = "獵鷹有5人得分雙位數，白薩15分最多，鉑金14分次之。"
# made up: a city paper's WordPress site, its post as the REST API returns it
OTHER_FIRST = "市政府昨日召开新闻发布会，宣布今年将新建和改扩建中小学二十所，新增学位两万余个，以缓解城区入学压力。"
OTHER_SECOND = "教育局负责人表示，新建学校将优先安排在人口导入较快的新城片区，预计明年秋季全部投入使用。"


def wordpress_post(title: str, content: str, excerpt: str, site: str) -> dict:
    return {
        "id": 37571, "date": "2025-04-24T22:10:00", "date_gmt": "2025-04-24T14:10:00",
        "guid": {"rendered": "https://example.org/?p=37571"},
        "slug": "%e5%8b%87%e5%a3%ab", "status": "publish", "type": "post",
        "link": "https://example.org/%e5%8b%87%e5%a3%ab/",
        "title": {"rendered": title},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": excerpt, "protected": False},
        "author": 8, "featured_media": 71584, "categories": [22], "tags": [352, 351],
        "yoast_head_json": {"title": f"{title} - {site}", "og_locale": "zh_TW", "og_type": "article",
                            "og_title": f"{title} - {site}", "og_site_name": site,
                            "schema": {"@graph": [{"@type": "Article", "author": {"name": "", "@id": ""}, "headline": title}]}},
    }


def test_a_wordpress_rest_post_is_read_by_its_rendered_fields(tmp_path):
    # fresh34 985: the content's HTML was a chrome field named "rendered", the body lost whole
    content = f"\n<p>{LEAD}{FIRST}</p>\n\n\n\n<p></p>\n\n<p>{SECOND}（編輯：管中維）1140424</p>\n"
    post = wordpress_post("PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷", content, f"<p>{FIRST[:40]} [&hellip;]</p>\n", "TSG WingStars")
    article = load_text(tmp_path, "post.json", json.dumps(post, ensure_ascii=False))
    assert article.meta["title"] == "PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷"
    assert FIRST in "".join(body(article)) and SECOND in "".join(body(article))
    # the dateline the body now shows names the wire and its reporter
    assert article.meta["author"] == "黃巧雯"
    assert article.meta["outlet"] == "中央社"
    assert role_holding(article, FIRST[:40] + " [")[0] == "boilerplate"


def test_a_made_up_wordpress_post_of_another_site(tmp_path):
    content = (f'<p>{OTHER_FIRST}</p>\n<figure class="wp-block-image"><img src="a.jpg"/>'
               f'<figcaption class="wp-element-caption">新建的实验小学教学楼</figcaption></figure>\n<p>{OTHER_SECOND}</p>')
    post = wordpress_post("今年新建改扩建中小学二十所", content, f"<p>{OTHER_FIRST[:30]}&hellip;</p>", "江城日报")
    article = load_text(tmp_path, "post.json", json.dumps(post, ensure_ascii=False))
    assert article.meta["title"] == "今年新建改扩建中小学二十所"
    assert article.meta["outlet"] == "江城日报"
    assert body(article) == [OTHER_FIRST, OTHER_SECOND]
    assert role_holding(article, "新建的实验小学教学楼")[0] == "caption"
    assert role_holding(article, "https://example.org/?p=37571")[0] == "boilerplate"


def test_a_site_name_inside_a_page_object_is_the_outlet(tmp_path):
    # made up: a crawler's item with the page's Open Graph fields in an object of their own
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "page_meta": {"og_site_name": "江城日报", "og_type": "article"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["outlet"] == "江城日报"


def test_an_authors_name_key_is_still_its_containers_value(tmp_path):
    # near miss: {"author": {"author_name": …}} names the author, as before; a user's name (a key naming no field)
    # stays its container's, chrome
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "author": {"author_name": "王小明", "id": 7}, "user": {"user_name": "江城网友"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["author"] == "王小明"
    assert role_holding(article, "江城网友")[0] == "boilerplate"


def test_a_value_keyed_rendered_outside_wordpress_keeps_its_place(tmp_path):
    # near miss: a record whose body is a plain string and whose "rendered" object is a preview card's stays as it was
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "share_card": {"rendered": "<p>江城日报客户端</p>"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert body(article) == [OTHER_FIRST + OTHER_SECOND]


# R2: statistical bulletins and a city's budget report as saved pages (fresh35 1002, 1005, 1006).
GDP = "初步核算，全市实现地区生产总值6464.42亿元，比上年增长6.1%。其中，第一产业增加值696.34亿元，增长3.8%。"
CPI = "全市居民消费价格比上年下降0.1%。分类别看，交通通信价格下降2.9%、医疗保健价格下降1.4%。"


def bulletin_page(title: str, head: str, article: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a> <a href='/d'>宏观数据</a></div>"
            f"{head}<div class='content'>{article}</div><div class='foot'>版权所有：某某信息中心</div></body></html>")


def test_a_bulletins_first_section_heading_is_no_headline(tmp_path):
    # fresh35 1002: the title set in a <span> the extractor leaves out, the body opening with <p>一、综合</p>
    head = "<table><tr><td><span id='bbt'>宜昌市2025年国民经济和社会发展统计公报</span></td></tr></table>"
    article = f"<p>一、综合</p><p>{GDP}</p><p>{CPI}</p><p>二、农业</p><p>全市实现农林牧渔业总产值1243.42亿元，比上年增长4.3%。</p>"
    loaded = load_text(tmp_path, "page.html", bulletin_page("宜昌市2025年国民经济和社会发展统计公报", head, article))
    assert loaded.meta["title"] == "宜昌市2025年国民经济和社会发展统计公报"


@pytest.mark.parametrize("heading", ["第一部分 总体情况", "二、农业"])
def test_a_numbered_section_heading_opening_a_page_without_title_is_no_headline(tmp_path, heading):
    # made up: the same shape with another numbering, and a page whose <title> names only the site
    loaded = load_text(tmp_path, "page.html", bulletin_page("某某市统计局", "", f"<p>{heading}</p><p>{GDP}</p><p>{CPI}</p>"))
    assert loaded.meta["title"] != heading


@pytest.mark.parametrize("label", [
    "图1 2021-2025年全市地区生产总值及其增速",  # fresh35 1002, 1005: a space after the number
    "表6 2025年各种运输方式完成运输量及其增长速度",
    "图2：2021-2025年全市粮食产量",  # the mark after the number, as before
    "表 3 主要农产品产量",  # made up: a space both sides
])
def test_a_bulletins_chart_and_table_labels_are_captions(tmp_path, label):
    article = f"<p>{GDP}</p><p><img src='chart.png'></p><p>{label}</p><p>{CPI}</p>"
    loaded = load_text(tmp_path, "page.html", bulletin_page("宜昌市2025年国民经济和社会发展统计公报", "<h1>宜昌市2025年国民经济和社会发展统计公报</h1>", article))
    assert role_holding(loaded, label)[0] == "caption"


@pytest.mark.parametrize("sentence", [
    "图1显示，全市地区生产总值连续五年保持增长。",  # near miss: a sentence that points at the chart
    "表6 中的数据显示，铁路货运量增长较快。",
])
def test_a_sentence_opened_by_a_figure_number_stays_body(tmp_path, sentence):
    article = f"<p>{GDP}</p><p><img src='chart.png'></p><p>{sentence}</p><p>{CPI}</p>"
    loaded = load_text(tmp_path, "page.html", bulletin_page("宜昌市2025年国民经济和社会发展统计公报", "<h1>宜昌市2025年国民经济和社会发展统计公报</h1>", article))
    assert sentence in body(loaded)


REPORT = "2025年是“十四五”规划收官之年，也是“十五五”规划谋篇布局之年。面对更趋复杂严峻的外部环境，我市深化预算管理制度改革。"
REPORT_2 = "各级人代会批准的2025年全市一般公共预算收入预算250.3亿元，实际完成234.7亿元；支出预算468.9亿元，实际完成481亿元。"


def headed_report(title: str, headings: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a></div><div class='article'>"
            f"{headings}<div class='content'><p>{REPORT}</p><p>{REPORT_2}</p></div></div></body></html>")


def test_a_headline_broken_over_two_lines_of_one_heading_is_joined(tmp_path):
    # fresh35 1006: <h2>《关于…执行情况<br>和…报告》（摘要）</h2>, the <title> holding the <br> as text after the paper's name
    page = headed_report("新乡日报--《关于新乡市2025年预算执行情况&lt;br&gt;和2026年预算草案的报告》（摘要）-",
                         "<h2>《关于新乡市2025年预算执行情况<br>和2026年预算草案的报告》（摘要）</h2><div class='date'>2026年02月09日</div>")
    loaded = load_text(tmp_path, "page.html", page)
    assert "".join(loaded.meta["title"].split()) == "《关于新乡市2025年预算执行情况和2026年预算草案的报告》（摘要）"


def test_a_heading_and_a_separate_deck_stay_apart(tmp_path):
    # near miss: a headline and its deck in two heading elements are not one heading's lines
    page = headed_report("全市预算执行情况良好_新乡日报", "<h1>全市预算执行情况良好</h1><h3>一般公共预算收入完成234.7亿元</h3>")
    loaded = load_text(tmp_path, "page.html", page)
    assert loaded.meta["title"] == "全市预算执行情况良好"


@pytest.mark.parametrize("byline, outlet", [
    ("□新乡日报全媒体记者 翟京元 整理", "新乡日报"),  # fresh35 1006
    ("本报融媒体记者 张三", None),  # near miss: no paper's name before the edition word
])
def test_a_papers_all_media_newsroom_names_the_paper(byline, outlet):
    from zhnews.load.meta import clean_outlet
    name = byline.lstrip("□").split("记者")[0]
    assert clean_outlet(name) == (outlet if outlet else clean_outlet(name))
    if outlet is None:
        assert clean_outlet(name) != "本报"


@pytest.mark.parametrize("name, outlet", [
    ("克拉玛依日报数字报", "克拉玛依日报"),  # fresh35 1005: the e-paper's site
    ("南方日报电子版", "南方日报"),  # made up: the same word kinds
    ("大河全媒体", "大河全媒体"),  # near miss: what is left does not end like an outlet's name
])
def test_an_edition_word_after_a_papers_name_goes(name, outlet):
    from zhnews.load.meta import clean_outlet
    assert clean_outlet(name) == outlet


def test_an_e_papers_name_before_the_headline_in_the_title_is_the_outlet(tmp_path):
    # fresh35 1005: <title>克拉玛依日报数字报-克拉玛依市2025年国民经济和社会发展统计公报</title>; 公报 ending like 报 is no site
    head = "<h1>克拉玛依市2025年国民经济和社会发展统计公报</h1>"
    loaded = load_text(tmp_path, "page.html", bulletin_page("克拉玛依日报数字报-克拉玛依市2025年国民经济和社会发展统计公报", head,
                                                           f"<p>{GDP}</p><p>{CPI}</p>"))
    assert loaded.meta["outlet"] == "克拉玛依日报"
    assert loaded.meta["title"] == "克拉玛依市2025年国民经济和社会发展统计公报"


def test_a_site_after_the_headline_in_the_title_is_read_as_before(tmp_path):
    # near miss: the common order, the site's name last
    head = "<h1>全市经济运行稳中有进</h1>"
    loaded = load_text(tmp_path, "page.html", bulletin_page("全市经济运行稳中有进_科技_江城日报", head, f"<p>{GDP}</p><p>{CPI}</p>"))
    assert loaded.meta["outlet"] == "江城日报"


# Seen: a speech's text as 新华社 prints it (fresh25 803): the date (and place) in brackets, the speaker's office and
# name, then the salutation, glued on one line of a flattened record.
SPEECH = "大家好！很高兴在第四届中国国际进口博览会开幕之际，同大家“云端”相聚。中国历来言必信、行必果。"


@pytest.mark.parametrize("header, speaker", [
    ("（2021年11月4日） 中华人民共和国主席 习近平", "习近平"),  # fresh25 803
    ("（2023年3月5日，北京） 国务院总理 李强", "李强"),  # made up: a place after the date, another office
])
def test_a_speech_header_names_the_speaker(tmp_path, header, speaker):
    record = {"title": "在第四届中国国际进口博览会开幕式上的主旨演讲", "pubTime": "2021-11-04 20:35:57",
              "content": f"   新华社北京11月4日电   {header}  尊敬的各位来宾， 女士们，先生们，朋友们：   {SPEECH}"}
    article = load_text(tmp_path, "speech.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["author"] == speaker
    assert role_holding(article, header)[0] == "byline"
    assert any(text.startswith("尊敬的各位来宾") for text in body(article))


def test_a_dated_sentence_naming_an_office_stays_body(tmp_path):
    # near miss: a sentence opened by a bracketed date that names an office holder is the text's
    sentence = "（2021年11月4日）中华人民共和国主席习近平在上海出席开幕式并发表主旨演讲，强调中国扩大高水平开放的决心不会变。"
    record = {"title": "在第四届中国国际进口博览会开幕式上的主旨演讲", "content": f"{sentence}\n{SPEECH}"}
    article = load_text(tmp_path, "speech.json", json.dumps(record, ensure_ascii=False))
    assert sentence in body(article)


# The lines after the article's last sentence, in its element, that are still the article's (fresh35 1005, 1006).
def report_page(tail: str) -> str:
    return ("<html><head><title>新乡市预算报告（摘要）_新乡日报</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='article'><h1>新乡市预算报告（摘要）</h1><p>{REPORT}</p><p>{REPORT_2}</p><p>{REPORT_2[:-1]}，执行良好。</p>"
            f"{tail}</div><div class='foot'>版权所有 新乡日报社</div></body></html>")


def test_a_list_above_the_closing_byline_is_the_articles(tmp_path):
    # fresh35 1006: a heading and a ● list of measures between the last sentence and □…记者 翟京元 整理
    tail = ("<p>加强预算管理的主要举措</p><p>● 以“开源增收”为基础 夯实财力支撑</p><p>● 以“防化风险”为底线 守牢财政安全</p>"
            "<p>□新乡日报全媒体记者 翟京元 整理</p>")
    loaded = load_text(tmp_path, "page.html", report_page(tail))
    assert "● 以“防化风险”为底线 守牢财政安全" in body(loaded)
    assert loaded.meta["author"] == "翟京元"


def test_a_credit_above_the_closing_byline_stays_furniture(tmp_path):
    # near miss (fresh8 324, 网易科学人): a producer's credit with its label stays out of the body
    tail = "<p>出品︱网易科学人栏目组 胖胖</p><p>作者︱春春</p>"
    loaded = load_text(tmp_path, "page.html", report_page(tail))
    assert not any("出品" in text for text in body(loaded))


def test_without_a_closing_byline_only_figure_labels_are_read_on(tmp_path):
    # fresh35 1005: 表6 and 图4 listed after the bulletin's last note; a continuation note stays furniture
    tail = "<p>表6  2025年各种运输方式完成运输量及其增长速度</p><p>（下转07版）</p>"
    loaded = load_text(tmp_path, "page.html", report_page(tail))
    assert role_holding(loaded, "表6  2025年各种运输方式完成运输量及其增长速度")[0] == "caption"
    assert "（下转07版）" not in body(loaded)
