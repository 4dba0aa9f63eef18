"""Round 9, containers around an article's bytes or text: shapes from fresh8 (seen) on real text, cut small.

Provenance of each source in data/eval/fresh8/SOURCES.tsv."""

import json

import pytest

from conftest import body, load_text, role_of
from zhnews.errors import ArticleError
from zhnews.load import load_article

# fresh8 336 (nlpinaction/learning-nlp, chapter-3/data/news/C000023/1211.txt @ d59fd75b): a SogouC file in GB18030,
# CRLF, padded with NUL bytes up to its record size (3,388 of them); here its headline, first two paragraphs and the
# web page's pager, its &nbsp; left as text.
SOGOU_RECORD = (
    "\u3000\u3000女囚，临刑前的十小时记录\r\n"
    "\u3000\u30006月24日21时武汉市第一看守所。\r\n"
    "\u3000\u3000穿过两扇不大的铁门，记者进入一个小院子，一排平房中，有三间房亮着灯。死囚就关在这里。"
    "头一间的女犯叫李菊花。中间关的叫代冬桂。记者来时，她们正在写遗书和试穿新衣。\r\n\r\n\r\n\r\n"
    "[1]&nbsp;[2]&nbsp;[3]&nbsp;[4]&nbsp;[5]&nbsp;[6]&nbsp;下一页&nbsp;\r\n\r\n"
)


def test_nul_padding_after_a_text_is_no_content(tmp_path):
    path = tmp_path / "1211.txt"
    path.write_bytes(SOGOU_RECORD.encode("gb18030") + b"\x00" * 3388)
    article = load_article(path)
    assert (article.meta["encoding"], article.meta["format"]) == ("gb18030", "text")
    assert "穿过两扇不大的铁门，记者进入一个小院子，一排平房中，有三间房亮着灯。" in "".join(body(article))
    assert not article.paragraphs.text.str.contains("\x00").any()
    assert article.coverage.ratio == 1.0


def test_the_pager_of_a_web_page_copied_as_text_is_chrome(tmp_path):
    article = load_text(tmp_path, "1211.txt", SOGOU_RECORD, encoding="gb18030")
    assert role_of(article, "[1]&nbsp;[2]&nbsp;[3]&nbsp;[4]&nbsp;[5]&nbsp;[6]&nbsp;下一页&nbsp;") == ("boilerplate", "nav")


def test_nul_bytes_inside_a_text_still_make_it_binary(tmp_path):
    path = tmp_path / "1211.txt"
    encoded = SOGOU_RECORD.encode("gb18030")
    path.write_bytes(encoded[:40] + b"\x00" * 8 + encoded[40:] + b"\x00" * 16)
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


# fresh8 339 (AnkorTn/EE208_Lab, lab2-Crawler/partD/html/httpswww.sohu.coma243238415_334514 @ 31a400cd): a crawler
# wrote str(response.content), so the file is one Python bytes literal, b'<!DOCTYPE html>\n…', ASCII only, every
# UTF-8 byte a \xNN escape. Here the page's title, headline and two of its paragraphs (the portal's link back home
# glued to the last), written the same way.
SOHU_PAGE = (
    "<!DOCTYPE html>\n<html>\n<head>\n<title>职业教育需求强劲，湘华学子毕业即可就业_长沙市</title>\n</head>\n<body>\n"
    "<div class=\"text-title\">\n<h1>职业教育需求强劲，湘华学子毕业即可就业</h1>\n</div>\n<article class=\"article\">\n"
    "<p>在很多家长眼里，一般都是成绩不太好考不上大学，不得已才选择上职业学校。但实际上，职业教育为经济社会发展培养了数以千万计的"
    "技术技能人才，为我国产业经济发展做出重要贡献。</p>\n"
    "<p>曾经被评为感动中国十大新闻人物，第十七届中国十大杰出青年的洪战辉，现在已经成为了长沙市湘华职业学院的校长。"
    "“从全球来看，职业教育在国外比在国内更受欢迎。”"
    "<a href=\"//www.sohu.com/?strategyid=00001 \" target=\"_blank\" title=\"点击进入搜狐首页\" id=\"backsohucom\">"
    "<span class=\"backword\"><i class=\"backsohu\"></i>返回搜狐，查看更多</span></a></p>\n"
    "</article>\n</body>\n</html>"
)


def test_a_python_bytes_literal_is_read_as_the_bytes_it_stands_for(tmp_path):
    path = tmp_path / "httpswww.sohu.coma243238415_334514.html"
    path.write_text(str(SOHU_PAGE.encode("utf-8")), encoding="ascii")
    assert path.read_bytes().startswith(b"b'<!DOCTYPE html>\\n<html>\\n<head>\\n<title>\\xe8\\x81\\x8c")
    article = load_article(path)
    assert (article.meta["encoding"], article.meta["format"]) == ("utf-8", "html")
    assert article.meta["title"] == "职业教育需求强劲，湘华学子毕业即可就业"
    text = "".join(body(article))
    assert text.startswith("在很多家长眼里，一般都是成绩不太好考不上大学")
    assert "长沙市湘华职业学院的校长" in text
    assert role_of(article, "返回搜狐，查看更多") == ("boilerplate", "nav")
    assert article.coverage.ratio == 1.0


def test_text_that_only_starts_like_a_bytes_literal_is_read_as_written(tmp_path):
    path = tmp_path / "note.txt"
    text = "b'职业教育' 是本文的关键词。\n\n在很多家长眼里，一般都是成绩不太好考不上大学，不得已才选择上职业学校。'"
    path.write_text(text, encoding="utf-8")
    assert "b'职业教育' 是本文的关键词。" in load_article(path).paragraphs.text.tolist()


# fresh8 332 (mitul-kalariya/scrapping-webs, crwbastillepost/test/data/test_article_2.json @ 7ef23c11, bytes
# 32-104136): a scraper's raw response, {"content_type", "content"}, the content the whole saved page of 巴士的報 as one
# JSON string (\r\n and \" escapes); the rest of the body hidden in display:none blocks behind '- 閱讀更多 -'. Here
# its description, headline, the body down to the second hidden block (the second inside the first; attributes
# and ad slots left out, but the photos' width styles) and the footer's printer line.
BASTILLE_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"zh-HK\">\n<head>\n"
    "<title>機場三跑貪污案 廉署加控一分判商東主3罪涉賄款270萬 | 社會事</title>\n"
    "<meta name=\"description\" content=\"廉署就機場三跑項目貪污案加控一名項目分判商東主3項貪污罪名，涉賄款270萬元，"
    "他14日在東區裁判法院應訊。\"/>\n</head>\n<body>\n"
    "<section class=\"single-article\">\n<header><h1>機場三跑貪污案 廉署加控一分判商東主3罪涉賄款270萬</h1></header>\n"
    "<p>廉署就機場三跑項目貪污案加控一名項目分判商東主3項貪污罪名，涉賄款270萬元，他14日在東區裁判法院應訊。 </p>"
    "<div class=\"wp-caption alignnone\" style=\"width: 1024px;\"><a><img class=\"wp-image-12566769 size-full\" /></a>"
    "<p class=\"wp-caption-text\">廉署。資料圖片</p></div>"
    "<p>被加控罪名的66歲的男子吳啟安，是三跑項目填料供應運輸分判商卡樂工程有限公司（卡樂）東主，他今天被加控兩項向代理人提供利益，"
    "以及一項串謀向代理人提供利益罪名。新增控罪指吳啟安涉嫌於2018年1月至2022年1月期間，向一間主要填海工程承建商的一名副總經理及"
    "一名項目經理分別提供賄款30萬元及230萬元，以協助卡樂取得一項拋填及平整工程，或協助卡樂要求該承建商就完成的工程付款。"
    "該項工程合約總值8,300萬元。 </p>"
    "<div class=\"wp-caption alignnone\" style=\"width: 704px;\"><a><img class=\"wp-image-12090225 size-full\" /></a>"
    "<p class=\"wp-caption-text\">廉署。資料圖片</p></div>\n"
    "<div class=\"div-continue-load\">\n<p>- 閱讀更多 -</p>\n</div>\n"
    "<div class=\"div-continue-content\" style=\"display:none;\">\n"
    "<p>吳啟安又涉嫌於2022年7月串謀卡樂一名項目經理，向上述承建商一名施工經理提供賄款10萬元，以協助卡樂進行三跑項目主要填海工程的"
    "相關工程。吳啟安上周與機管局前總經理殷國強另被加控一項串謀使公職人員接受利益罪名，涉及購一個內地住宅物業。</p>"
    "<div class=\"wp-caption alignnone\" style=\"width: 704px;\"><a><img class=\"size-full wp-image-10673106\" /></a>"
    "<p class=\"wp-caption-text\">東區裁判法院。資料圖片</p></div>"
    "<p>廉署去年8月中採取「暴雪」執法行動，拘捕多人就三跑項目分判合約涉嫌貪污，經調查後分5宗案件起訴10人多項貪污、清洗黑錢及"
    "盜竊罪名。其中4宗案件涉及吳啟安和殷國強等9名被告，押後至6月15日在東區裁判法院再提訊，以待控方稍後將案件轉介區域法院答辯。</p>"
    "<p>餘下一宗案件涉及三跑項目供應商駿豐工程有限公司，其經營者黃斌漢及獨資董事兼股東黃汝鏗被控一項串謀盜竊罪名。2人14日在東區"
    "裁判法院應訊時並未答辯，案件押後至6月23日再提訊。</p>\n"
    "<div class=\"div-continue-load\">\n<p>- 閱讀更多 -</p>\n</div>\n"
    "<div class=\"div-continue-content\" style=\"display:none;\">\n"
    "<p>廉署就三跑項目分判合約貪污案先後起訴共10人，包括該分判商東主及一名機管局前總經理，涉案賄款共約770萬元，"
    "所涉分判合約及物料訂單總值2.6億元。</p>\n</div>\n</div>\n</section>\n"
    "<footer><p>承印人：巴士的報有限公司（香港九龍觀塘鴻圖道81號Contempo Place 10樓B室）</p></footer>\n</body>\n</html>"
)


def test_a_record_field_holding_a_whole_page_is_read_as_that_page(tmp_path):
    path = tmp_path / "test_article_2.json"
    record = {"content_type": "text/html; charset=UTF-8", "content": BASTILLE_PAGE.replace("\n", "\r\n")}
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert '\\r\\n<html lang=\\"zh-HK\\">' in path.read_text(encoding="utf-8")
    article = load_article(path)
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "機場三跑貪污案 廉署加控一分判商東主3罪涉賄款270萬"
    # every character of the page's text in one paragraph: the escapes (\r, \") are no text of the page
    assert article.coverage.ratio == 1.0
    # the lede, which trafilatura leaves out here, opens the article above its photo and the next paragraph
    text = "".join(body(article))
    assert text.startswith("廉署就機場三跑項目貪污案加控一名項目分判商東主3項貪污罪名")
    assert role_of(article, "廉署。資料圖片") == ("caption", "image_caption")  # the lede's photo (the first of two)
    assert role_of(article, "東區裁判法院。資料圖片") == ("caption", "image_caption")
    assert "向一間主要填海工程承建商的一名副總經理" in text
    assert "廉署就三跑項目分判合約貪污案先後起訴共10人" in text  # hidden behind the button, still the article's
    assert role_of(article, "承印人：巴士的報有限公司（香港九龍觀塘鴻圖道81號Contempo Place 10樓B室）")[0] == "boilerplate"
