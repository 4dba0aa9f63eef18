"""bench/restore_shared.py: an article cut out of a bigger file is written back byte for byte."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # a bench script, not a module of the package

import restore_shared  # noqa: E402

# The start of data23-24/content_pp_2024.csv (bansky-cl/scnu_wechat_articles_spider), a record further on, the next.
BLOB = ("title,time,tags,content\n"
        "某篇,2023-05-01,\"['华师头条']\",正文一。\n"
        "2407万元！华师获多项捐赠！,2023-07-02,\"['90周年校庆', '华师头条']\",6月30日华师举行90周年校庆捐赠仪式。\n"
        "另一篇,2023-07-03,\"[]\",正文三。\n").encode("utf-8")


def test_an_article_cut_from_two_ranges_is_their_join():
    # fresh19 622's format column: its header line and its one record, two ranges of the same blob
    header = len("title,time,tags,content\n".encode("utf-8"))
    start = BLOB.index("2407万元".encode("utf-8"))
    end = BLOB.index("另一篇".encode("utf-8"))
    note = f"csv record CUT from a crawl. The file = bytes 0-{header} (the header line with its LF) + bytes {start}-{end} (half-open)"
    assert restore_shared.cut_out(BLOB, note).decode("utf-8") == (
        "title,time,tags,content\n"
        "2407万元！华师获多项捐赠！,2023-07-02,\"['90周年校庆', '华师头条']\",6月30日华师举行90周年校庆捐赠仪式。\n")


def test_one_range_and_no_range():
    assert restore_shared.cut_out(b"0123456789", "json record, bytes 2-5 of the dump") == b"234"
    assert restore_shared.cut_out(b"0123456789", "markdown (whole file, 10 bytes)") == b"0123456789"
