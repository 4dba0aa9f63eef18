"""Round 10 mend, shapes from fresh9 (seen after scoring) on real text, cut small.

Provenance of each source in data/eval/fresh9/SOURCES.tsv."""

import json

from conftest import body, load_text

# fresh9 342 (lijiaocn/wechat, _posts/2015-07-21-WebNotes-1491.md @ f0b21a0b): a Jekyll post of a WeChat archive, the
# raw js_content HTML pretty-printed below the front matter, a <strong> run on lines of its own in mid-sentence.
# Here the front matter's title and one paragraph of the body, its indentation as in the file.
PRETTY_PRINTED_STRONG = (
    "---\ntitle: 给吴晓波们：跟王林合影是很糗的事\n---\n"
    "<div class=\"rich_media_content\" id=\"js_content\">\n"
    "<p style=\"font-family: Avenir, sans-serif; line-height: 1.6em;\">\n"
    "         至于张宝胜，更是一个著名的\n"
    "         <strong>\n"
    "          虚假特异功能大师\n"
    "         </strong>\n"
    "         ，一个骗子，吴晓波难道也不知道这件事? 严新吹牛说大兴安岭的火灾都是他灭的，难道吴晓波也会相信这事儿?\n"
    "        </p>\n"
    "</div>\n"
)

# fresh9 341 (lijiaocn/wechat, _posts/2017-08-21-worldofboss-1671.md @ f0b21a0b): the same archive's format, a 135editor
# paragraph whose sentence runs over three <span> elements (the first a lone opening quote), a <br/> before its end,
# and the empty <p><br/></p> spacer that follows every paragraph.
PRETTY_PRINTED_SPANS = (
    "---\ntitle: 联通混改：恩客们的口水战\n---\n"
    "<p>\n"
    "<span style=\"line-height: 25.6px;\">\n"
    "              “\n"
    "             </span>\n"
    "<span style=\"line-height: inherit;\">\n"
    "              证监会给联通方案开后门，是\n"
    "             </span>\n"
    "<span style=\"line-height: inherit;\">\n"
    "              严重违反既定规则和财经纪律的行为，将监管部门的权威性和一致性视若无物！”某基金大佬在朋友圈里如此评论，"
    "正义凛然，并在数个微信群中舌战同行。\n"
    "             </span>\n"
    "<br/>\n"
    "</p>\n"
    "<p>\n"
    "<br/>\n"
    "</p>\n"
    "<p>\n"
    "<span style=\"line-height: inherit;\">\n"
    "              大佬的心情，想想也可以理解。\n"
    "             </span>\n"
    "</p>\n"
)


def test_an_inline_element_on_lines_of_its_own_stays_inside_its_html_paragraph(tmp_path):
    article = load_text(tmp_path, "2015-07-21-WebNotes-1491.md", PRETTY_PRINTED_STRONG)
    assert body(article) == [
        "至于张宝胜，更是一个著名的虚假特异功能大师，一个骗子，吴晓波难道也不知道这件事? 严新吹牛说大兴安岭的火灾都是他灭的，"
        "难道吴晓波也会相信这事儿?"
    ]
    assert article.coverage.ratio == 1.0


def test_a_sentence_over_several_spans_is_one_paragraph_and_the_next_html_paragraph_another(tmp_path):
    article = load_text(tmp_path, "2017-08-21-worldofboss-1671.md", PRETTY_PRINTED_SPANS)
    assert body(article) == [
        "“证监会给联通方案开后门，是严重违反既定规则和财经纪律的行为，将监管部门的权威性和一致性视若无物！”某基金大佬在朋友圈里如此评论，"
        "正义凛然，并在数个微信群中舌战同行。",
        "大佬的心情，想想也可以理解。",
    ]
    assert article.coverage.ratio == 1.0


# fresh9 345 (cnshot/CNShot, test/data/tencent.html @ 42a139fc): a 2010 腾讯新闻 page, each picture's caption in a
# <P class=pictext> of its own, the photographer's credit closing it after the caption's full stop. Here the headline,
# two of its pictures with their captions and three of its paragraphs.
CREDITED_CAPTIONS_PAGE = (
    "<html><head><meta charset=\"utf-8\"><title>广州番禺成立1700人护校大队 装备警用直升机_新闻国内_新闻_腾讯网</title></head>"
    "<body><h1>广州番禺成立1700人护校大队 装备警用直升机</h1>\n"
    "<div id=\"Cnt-Main-Article-QQ\"><P align=center><IMG alt=\"护校大队\" src=\"34478660.jpg\"></P>"
    "<P class=pictext align=center><SPAN style=\"FONT-SIZE: 12px\">番禺在校园安保中用直升机。信息时报记者 郑启文 摄</SPAN></P>"
    "<P class=pictext align=center><SPAN style=\"FONT-SIZE: 12px\"><IMG alt=\"护校大队\" src=\"34479197.jpg\"></SPAN></P>"
    "<P class=pictext align=center><SPAN style=\"FONT-SIZE: 12px\">放学时分，东城小学门口，治安队员正在守护学生安全。记者黄澄峰摄</SPAN></P>"
    "<P style=\"TEXT-INDENT: 2em\">本报讯 （记者陈翔 通讯员罗裕秋、廖胜权、张勇）昨天，广州番禺正式成立校园安全保卫大队。警方建立派出所、"
    "校园处置突发事件应急联动工作机制。如出现紧急事件，番禺区分局必要时将出动警用直升机和特警队员。</P>"
    "<P style=\"TEXT-INDENT: 2em\">番禺警方介绍，1700名专职保安进驻全区639间公校、民校及幼儿园，其中有寄宿生或全托服务的幼儿园，"
    "每间配置4名保安，其他学校配2名保安。校园安全保卫大队由区公安分局统一管理，并按照处置突发事件的需要统一配备警棍、盾牌、"
    "防割手套、防刺背心等警用装备。</P>"
    "<P style=\"TEXT-INDENT: 2em\">据悉，番禺区将陆续再招募600名校园安保队员，届时番禺校园安保大队将扩充至2300名。</P></div>"
    "</body></html>\n"
)


def test_a_caption_closed_by_its_photographers_credit_is_one_caption(tmp_path):
    article = load_text(tmp_path, "tencent.html", CREDITED_CAPTIONS_PAGE)
    captions = article.paragraphs.loc[article.paragraphs["role"] == "caption", "text"].tolist()
    assert captions == ["番禺在校园安保中用直升机。信息时报记者 郑启文 摄", "放学时分，东城小学门口，治安队员正在守护学生安全。记者黄澄峰摄"]
    assert "据悉，番禺区将陆续再招募600名校园安保队员，届时番禺校园安保大队将扩充至2300名。" in body(article)


# fresh9 352 (TaiwanStat/Taiwan-news-crawlers, mediaParser/udn.json @ 96752d08): a crawler's record of a 聯合報 page,
# its content the page's text run together, the page's poll script among it. Here the record's fields, two of its
# content's paragraphs and the script's first statements, spaced as in the record.
UDN_RECORD = {
    "category": "社會",
    "url": "https://udn.com/news/story/7321/2847878?from=udn-ch1_breaknews-1-0-news",
    "content": (
        "實踐司改重大里程碑！ 司法院 今公布「國民參與刑事審判法」草案初稿，明定最輕本刑七年以上或故意犯罪因而致人於死者等案件，"
        "為國民參審案件，由六名國民法官將與三名職業法官共同決定有罪與否及量刑。   分享       facebook          "
        "司法院上午在高院法庭舉行「國民參與刑事審判法草案初稿」發布記者會，希望藉由草案初稿的公布，讓社會各界一起參與討論。"
        "   分享       facebook          "
        "domready(function() {if ( !countDownStatus ) getCountdown();if ( !highChartsStatus ) getHighcharts();}); "
        "domready(function() {var channelId = 2;var actArea = \"poll_at_story_0_v377\";var actCode = \"v377\";"
    ),
    "date": "2017-11-30",
    "title": "國民法官來了！ 年滿23歲就可能被抽到",
    "website": "聯合報",
}


def test_a_page_scripts_callback_left_in_a_records_text_is_markup(tmp_path):
    article = load_text(tmp_path, "udn.json", json.dumps(UDN_RECORD, ensure_ascii=False))
    assert not any("domready" in text for text in body(article))
    assert any(text.startswith("司法院上午在高院法庭舉行") for text in body(article))
    assert article.coverage.ratio == 1.0


# fresh9 356 (858399075/pachong, 2022-7-8/20220705/20220705-04-07.txt @ d8a66cbd): a 人民日报 page saved as text, its
# title on two lines, the first (the 引题) ending in a dash, the second closed by the column's tag in brackets. Here
# the two title lines and the first lines of the text, indented with ideographic spaces as in the file.
DASHED_TITLE_TEXT = (
    "多地加强农村人居环境数字化管理——\n"
    "技术加力  美丽加分（深阅读·关注数字乡村建设）\n"
    "\n"
    "\u3000\u3000近年来，各地区提升农村人居环境数字化管理水平，改善村容村貌，打造绿色乡村。\n"
    "\u3000\u3000前不久，浙江杭州临安区锦溪河长驿站接到举报，有村民看到河里被人放了捕鱼用的倒笼。"
    "“前不久刚巡完河，又有情况出现。让我看看是怎么回事。”\n"
)


def test_a_title_line_ending_in_a_dash_goes_on_in_the_next(tmp_path):
    article = load_text(tmp_path, "20220705-04-07.txt", DASHED_TITLE_TEXT)
    assert article.meta["title"].replace(" ", "") == "多地加强农村人居环境数字化管理——技术加力美丽加分"
    assert "技术加力  美丽加分" not in "".join(body(article))
    assert "深阅读·关注数字乡村建设" not in "".join(body(article))
    assert body(article)[0] == "近年来，各地区提升农村人居环境数字化管理水平，改善村容村貌，打造绿色乡村。"
    assert article.coverage.ratio == 1.0
