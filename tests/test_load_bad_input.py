"""Bad input: one ArticleError with a one-line reason naming the file, never a traceback, never slow."""


import pytest

from conftest import load_text
from zhnews.load.decode import MAX_BYTES
from zhnews.errors import ArticleError
from zhnews.load import load_article

BAD_INPUTS = {
    "empty.md": (b"", "empty"),
    "blank.txt": (b"   \n\n\t  \n", "whitespace"),
    "binary.bin": (bytes(range(256)) * 64, "binary"),
    "controls.txt": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16]) * 100, "binary"),
    "undecodable.txt": ("中文新闻".encode("utf-8")[:-1] * 200 + b"\xff\xfe\xfd\x81\x30" * 50, "encoding"),
    "scripts.html": (
        b"<html><head><script>var a = 1;</script><style>p{color:red}</style></head>"
        b"<body><script>alert(1)</script><noscript>enable js</noscript><!-- note --></body></html>",
        "no visible text",
    ),
    "only_boilerplate.md": (
        "预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n“点赞”“在看”，让更多人看到\n".encode(),
        "no body text",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_raises_article_error_naming_the_file(tmp_path, name):
    data, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError) as error:
        load_article(path)
    message = str(error.value)
    assert name in message and reason in message and "\n" not in message


def test_missing_path(tmp_path):
    with pytest.raises(ArticleError, match="nope.md: no such file"):
        load_article(tmp_path / "nope.md")


def test_directory(tmp_path):
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


def test_huge_file_is_refused_with_the_limit_in_mb(tmp_path):
    path = tmp_path / "huge.txt"
    sentence = "这是一个用于测试超大文件的句子，内容重复。\n".encode()
    path.write_bytes(sentence * (20 * 1024 * 1024 // len(sentence) + 1))
    with pytest.raises(ArticleError, match=r"huge\.txt: file is 20\.0 MB, over the 5 MB limit"):
        load_article(path)


def test_file_just_under_the_limit_loads(tmp_path):
    path = tmp_path / "long.txt"
    paragraph = "这是一个用于测试长文件的段落，内容重复，但每一段都是完整的句子。" * 3 + "\n"
    path.write_bytes(paragraph.encode() * (MAX_BYTES // 4 // len(paragraph.encode())))
    article = load_article(path)
    assert article.coverage.ratio == 1.0


# Issue 10 (runs that never truncate): old and hostile HTML, wordless text, front matter, meta.

PARAGRAPH = "记者从有关部门获悉，今年以来全市经济运行总体平稳，新增就业岗位持续增加，消费市场逐步回暖。"


def test_every_paragraph_of_an_old_page_with_unclosed_font_tags_survives(tmp_path):
    page = "<html><body>" + "".join(f"<p><font>第{i}号段落。{PARAGRAPH}" for i in range(600)) + "</body></html>"
    article = load_text(tmp_path, "font.html", page)
    text = "".join(article.paragraphs["text"])
    assert all(f"第{i}号段落" in text for i in range(600))
    assert article.coverage.ratio == 1.0


def test_text_after_300_nested_divs_survives(tmp_path):
    page = (f"<html><body><p>开头：{PARAGRAPH}</p>" + "<div>" * 300 + f"中间：{PARAGRAPH}" + "</div>" * 300
            + f"<p>结尾：{PARAGRAPH}</p></body></html>")
    texts = list(load_text(tmp_path, "divs.html", page).paragraphs["text"])
    assert [t[:3] for t in texts] == ["开头：", "中间：", "结尾："]


def test_text_inside_5000_nested_divs_is_read(tmp_path):
    page = "<html><body>" + "<div>" * 5000 + f"最深处：{PARAGRAPH}" + "</div>" * 5000 + "</body></html>"
    assert list(load_text(tmp_path, "deep.html", page).paragraphs["text"]) == [f"最深处：{PARAGRAPH}"]


def test_a_tag_with_100000_attributes_keeps_its_first_hundred(tmp_path):
    from zhnews.load import html

    attributes = " ".join(f"a{i}=x" for i in range(100000))
    tamed = html.tame(f"<p {attributes}>文字</p>")
    assert tamed == "<p " + " ".join(f"a{i}=x" for i in range(100)) + ">文字</p>"
    page = f"<html><body><p {attributes}>{PARAGRAPH}</p><p>专家表示，{PARAGRAPH}</p></body></html>"
    assert load_text(tmp_path, "attrs.html", page).paragraphs["text"].str.contains("专家表示").any()


@pytest.mark.parametrize("text", ["。。。！！！\n\n，，，……\n", "".join(f"第{i}段。\n\n" for i in range(5000)), "１２３。\n\n4、5、6\n"])
def test_text_without_words_has_no_body(tmp_path, text):
    with pytest.raises(ArticleError, match="no body text: no words"):
        load_text(tmp_path, "wordless.txt", text)


def test_a_double_quoted_front_matter_title_is_unescaped(tmp_path):
    article = load_text(tmp_path, "quoted.md", f'---\ntitle: "他说：\\"明年再涨\\"，真的吗"\nauthor: \'O\'\'Brien\'\n---\n\n{PARAGRAPH}\n')
    assert article.meta["title"] == "他说：\"明年再涨\"，真的吗"
    assert article.meta["author"] == "O'Brien"
    assert article.paragraphs["text"].iloc[0] == "他说：\"明年再涨\"，真的吗"


def test_meta_names_the_file_not_its_folder(tmp_path):
    article = load_text(tmp_path, "named.md", f"# 标题\n\n{PARAGRAPH}\n")
    assert article.meta["source_path"] == "named.md"
