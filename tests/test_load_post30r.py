"""Records written one character a line, headerless CSV rows of a WeChat crawl, a spreadsheet's US dates (post30r)."""

import pytest
from conftest import shared_or_skip

from zhnews.load import load_raw
from zhnews.load.decode import decode
from zhnews.load.readers import RawArticle

BODY = ("据新华社报道，某市统计局日前发布数据显示，今年上半年全市地区生产总值同比增长5.2%，增速比一季度加快0.3个百分点。"
        "分行业看，工业增加值增长6.1%，服务业增加值增长4.8%。专家表示，经济回升向好的态势进一步巩固。")


def _one_char_lines(text: str) -> str:
    """A text as a scraper writes a string it took for a list: each character on a line of its own."""
    return "\n".join(text)


def _load(text: str, name: str = "row.csv"):
    return load_raw(RawArticle(name, text.encode("utf-8"), name))


def _decoded(text: str) -> str:
    return decode(text.encode("utf-8"), "x.txt")[0]


@pytest.mark.parametrize("name", ["964_csvwx_huanqiu_japan_food_exports_drop.csv",
                                  "969_csvwx_huanqiu_editorial_shimizu_hideo_apology.csv"])
def test_real_wechat_crawl_row_in_one_char_lines(name):
    path = shared_or_skip("fresh33", "the fresh33 articles are in ../shared/fresh33") / name
    article = _load(path.read_text(encoding="utf-8"), name)
    body = "".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert article.coverage.ratio == 1.0
    assert article.meta["format"] == "record"
    if name.startswith("964"):
        assert article.meta["title"] == "日本：这项对中国大陆出口“断崖式”下降92.3%"
        assert article.meta["publish_date"] == "2024-08-06"
        assert "2024年上半年，日本农林水产品和其他食品出口额出现4年来首次下滑" in body
    else:  # author field 社评 before the title; Excel's 8/13/24 23:54
        assert article.meta["title"] == "清水英男的鞠躬，也是对日本未来的叩问"
        assert article.meta["publish_date"] == "2024-08-13"


def test_made_up_crawl_row_of_another_scraper_in_one_char_lines():
    # title,content,url,date with the content written down the file; a row of another order and other fields.
    row = "某市上半年经济运行情况发布,\"" + _one_char_lines(BODY) + "\",https://example.com/a/1.html,3/7/23 9:05,120"
    article = _load(row)
    assert article.coverage.ratio == 1.0
    assert article.meta["title"] == "某市上半年经济运行情况发布"
    assert article.meta["publish_date"] == "2023-03-07"
    assert BODY[:40] in "".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])


def test_one_char_lines_rejoined_in_plain_text_with_blank_line_as_break():
    first, second = BODY[:60], BODY[60:]
    text = _one_char_lines(first) + "\n\n\n" + _one_char_lines(second)
    assert _decoded(text) == first + "\n" + second
    article = _load(text, "story.txt")
    assert article.coverage.ratio == 1.0
    assert first in article.paragraphs["text"].str.cat()


def test_text_of_lines_of_several_characters_stays():
    # A poem, a list or a column of short lines: lines of more than one character, or too few single ones.
    poem = "\n".join(["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡"] * 20)
    assert _decoded(poem) == poem
    few = "标题\n" + "\n".join("一二三四五六七八九十") + "\n正文在这里。"
    assert _decoded(few) == few
    # Single-character lines beside many longer ones (a vertical banner inside an article) stay as written.
    mixed = "\n".join(list("竖排标语一二三四五六七八九十" * 3) + [BODY] * 10)
    assert _decoded(mixed) == mixed


def test_headerless_row_title_is_the_first_short_field_that_reads_as_a_headline():
    row = "评论员,某市上半年经济运行情况发布,\"" + BODY + "\",https://example.com/a/1.html,2023-03-07 09:05:00"
    assert _load(row).meta["title"] == "某市上半年经济运行情况发布"
    # A short headline with no field before it stays the title.
    row = "刘某被公诉,\"" + BODY + "\",https://example.com/a/1.html,2023-03-07 09:05:00"
    assert _load(row).meta["title"] == "刘某被公诉"
    # A category after the headline (title,date,category,count,text, fresh18 574's order) stays no title.
    row = "某市上半年经济运行情况发布,2023年03月07日09:05,财经,1234,\"" + BODY + "\""
    assert _load(row).meta["title"] == "某市上半年经济运行情况发布"


@pytest.mark.parametrize("cell, date", [("8/14/24 11:14", "2024-08-14"), ("13/8/24 23:54", "2024-08-13")])
def test_spreadsheet_us_short_date_cell(cell, date):
    row = "某市上半年经济运行情况发布,\"" + BODY + "\",https://example.com/a/1.html," + cell
    assert _load(row).meta["publish_date"] == date


def test_slash_numbers_that_are_no_date_stay():
    # 8/14/24 with no time, or a month 13 either way, is no spreadsheet cell's date form.
    from zhnews.load.records import _spreadsheet_date
    assert _spreadsheet_date("13/14/24 11:14") == ""
    assert _spreadsheet_date("第8/14/24 11:14期") == ""
    assert _spreadsheet_date("8/14/24") == ""
