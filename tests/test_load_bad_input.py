"""Bad input: one ArticleError with a one-line reason naming the file, never a traceback, never slow."""


import pytest

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
