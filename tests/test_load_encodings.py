"""Decoding: strict UTF-8 -> GB18030 -> Big5, BOMs and BOM-less UTF-16; the encoding is recorded."""

import pytest

from zhnews.load import load_article

SIMPLIFIED = "标题：经济数据发布\n\n国家统计局今天公布了最新的经济数据，国内生产总值同比增长百分之五。分析人士认为，消费和投资共同推动了增长。\n"
TRADITIONAL = "經濟數據發布\n\n國家統計局今天公布了最新的經濟數據，國內生產總值同比增長百分之五。分析人士認為，消費與投資共同推動了增長。\n"


@pytest.mark.parametrize(
    "text, codec, bom, expected",
    [
        (SIMPLIFIED, "utf-8", b"", "utf-8"),
        (SIMPLIFIED, "utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", b"", "gb18030"),
        (SIMPLIFIED, "gbk", b"", "gb18030"),
        (TRADITIONAL, "big5", b"", "big5"),
        (SIMPLIFIED, "utf-16-le", b"\xff\xfe", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", b"\xfe\xff", "utf-16-be"),
        (SIMPLIFIED, "utf-16-le", b"", "utf-16-le"),
        (SIMPLIFIED, "utf-16-be", b"", "utf-16-be"),
    ],
)
def test_decodes_and_records_encoding(tmp_path, text, codec, bom, expected):
    path = tmp_path / f"article_{codec}.txt"
    path.write_bytes(bom + text.encode(codec))
    article = load_article(path)
    assert article.meta["encoding"] == expected
    body = " ".join(article.paragraphs.text)
    assert "國家統計局" in body if text is TRADITIONAL else "国家统计局" in body


def test_big5_is_traditional_with_simplified_copy(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    article = load_article(path)
    assert article.meta["language"] == "zh-Hant"
    row = article.paragraphs[article.paragraphs.text.str.startswith("國家統計局")].iloc[0]
    assert row.text_zhs.startswith("国家统计局") and len(row.text_zhs) == len(row.text)


def test_declared_charset_is_not_trusted(tmp_path):
    page = (
        '<html><head><meta charset="gb2312"><title>测试</title></head><body><article>'
        "<h1>本地新闻标题</h1><p>这是一段用UTF-8写成的正文，页面却声明自己是gb2312编码。</p>"
        "<p>解码时只看字节本身，所以中文不会变成乱码，第二段也完整保留。</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8"))
    article = load_article(path)
    assert article.meta["encoding"] == "utf-8"
    assert any("这是一段用UTF-8写成的正文" in t for t in article.paragraphs.text)
