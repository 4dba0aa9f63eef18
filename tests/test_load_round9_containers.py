"""Round 9, containers around an article's bytes or text: shapes from fresh8 (seen) on real text, cut small.

Provenance of each source in data/eval/fresh8/SOURCES.tsv."""

import json

import pytest

from conftest import body, role_of
from zhnews.errors import ArticleError
from zhnews.load import load_article

# fresh8 336 (nlpinaction/learning-nlp, chapter-3/data/news/C000023/1211.txt @ d59fd75b): a SogouC file in GB18030,
# CRLF, padded with NUL bytes up to its record size (3,388 of them); here its headline and first two paragraphs.
SOGOU_RECORD = (
    "\u3000\u3000女囚，临刑前的十小时记录\r\n"
    "\u3000\u30006月24日21时武汉市第一看守所。\r\n"
    "\u3000\u3000穿过两扇不大的铁门，记者进入一个小院子，一排平房中，有三间房亮着灯。死囚就关在这里。"
    "头一间的女犯叫李菊花。中间关的叫代冬桂。记者来时，她们正在写遗书和试穿新衣。\r\n\r\n"
)


def test_nul_padding_after_a_text_is_no_content(tmp_path):
    path = tmp_path / "1211.txt"
    path.write_bytes(SOGOU_RECORD.encode("gb18030") + b"\x00" * 3388)
    article = load_article(path)
    assert (article.meta["encoding"], article.meta["format"]) == ("gb18030", "text")
    assert "穿过两扇不大的铁门，记者进入一个小院子，一排平房中，有三间房亮着灯。" in "".join(body(article))
    assert not article.paragraphs.text.str.contains("\x00").any()
    assert article.coverage.ratio == 1.0


def test_nul_bytes_inside_a_text_still_make_it_binary(tmp_path):
    path = tmp_path / "1211.txt"
    encoded = SOGOU_RECORD.encode("gb18030")
    path.write_bytes(encoded[:40] + b"\x00" * 8 + encoded[40:] + b"\x00" * 16)
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


# fresh8 339 (AnkorTn/EE208_Lab, lab2-Crawler/partD/html/httpswww.sohu.coma243238415_334514 @ 31a400cd): a crawler
# wrote str(response.content), so the file is one Python bytes literal, b'<!DOCTYPE html>\n…', ASCII only, every
# UTF-8 byte a \xNN escape. Here the page's title, headline and two of its paragraphs, written the same way.
SOHU_PAGE = (
    "<!DOCTYPE html>\n<html>\n<head>\n<title>职业教育需求强劲，湘华学子毕业即可就业_长沙市</title>\n</head>\n<body>\n"
    "<div class=\"text-title\">\n<h1>职业教育需求强劲，湘华学子毕业即可就业</h1>\n</div>\n<article class=\"article\">\n"
    "<p>在很多家长眼里，一般都是成绩不太好考不上大学，不得已才选择上职业学校。但实际上，职业教育为经济社会发展培养了数以千万计的"
    "技术技能人才，为我国产业经济发展做出重要贡献。</p>\n"
    "<p>曾经被评为感动中国十大新闻人物，第十七届中国十大杰出青年的洪战辉，现在已经成为了长沙市湘华职业学院的校长。"
    "“从全球来看，职业教育在国外比在国内更受欢迎。”</p>\n"
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
    assert article.coverage.ratio == 1.0


def test_text_that_only_starts_like_a_bytes_literal_is_read_as_written(tmp_path):
    path = tmp_path / "note.txt"
    text = "b'职业教育' 是本文的关键词。\n\n在很多家长眼里，一般都是成绩不太好考不上大学，不得已才选择上职业学校。'"
    path.write_text(text, encoding="utf-8")
    assert "b'职业教育' 是本文的关键词。" in load_article(path).paragraphs.text.tolist()


# fresh8 332 (mitul-kalariya/scrapping-webs, crwbastillepost/test/data/test_article_2.json @ 7ef23c11, bytes
# 32-104136): a scraper's raw response, {"content_type", "content"}, the content the whole saved page of 巴士的報 as one
# JSON string (\r\n and \" escapes); the rest of the body hidden in display:none blocks behind '- 閱讀更多 -'. Here
# its headline, two paragraphs with a captioned photo between them, one hidden block and the footer's printer line.
BASTILLE_PAGE = (
    "<!DOCTYPE html>\n<html lang=\"zh-HK\">\n<head>\n"
    "<title>機場三跑貪污案 廉署加控一分判商東主3罪涉賄款270萬 | 社會事</title>\n</head>\n<body>\n"
    "<section class=\"single-article\">\n<header><h1>機場三跑貪污案 廉署加控一分判商東主3罪涉賄款270萬</h1></header>\n"
    "<p>被加控罪名的66歲的男子吳啟安，是三跑項目填料供應運輸分判商卡樂工程有限公司（卡樂）東主，他今天被加控兩項向代理人提供利益，"
    "以及一項串謀向代理人提供利益罪名。</p>"
    "<div class=\"wp-caption alignnone\"><img src=\"0.jpg\" alt=\"\" /><p class=\"wp-caption-text\">廉署。資料圖片</p></div>\n"
    "<p>新增控罪指吳啟安涉嫌於2018年1月至2022年1月期間，向一間主要填海工程承建商的一名副總經理及一名項目經理分別提供賄款30萬元"
    "及230萬元，以協助卡樂取得一項拋填及平整工程。</p>\n"
    "<div class=\"div-continue-load\" data-continue=\"continue-12627374-1\" data-category=\"社會事\">\n<p>- 閱讀更多 -</p>\n</div>\n"
    "<div class=\"div-continue-content\" style=\"display:none;\">\n"
    "<p>廉署就三跑項目分判合約貪污案先後起訴共10人，包括該分判商東主及一名機管局前總經理，涉案賄款共約770萬元，"
    "所涉分判合約及物料訂單總值2.6億元。</p>\n</div>\n</section>\n"
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
    text = "".join(body(article))
    assert "向一間主要填海工程承建商的一名副總經理" in text
    assert "廉署就三跑項目分判合約貪污案先後起訴共10人" in text  # hidden behind the button, still the article's
    assert role_of(article, "承印人：巴士的報有限公司（香港九龍觀塘鴻圖道81號Contempo Place 10樓B室）")[0] == "boilerplate"
