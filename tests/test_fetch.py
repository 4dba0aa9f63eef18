"""A link is an article: fetched from a local server, saved, analysed offline; every failure one line.

The saved WeChat page (tests/data/wechat_suide_veterans.html, title 绥德：33名退役军人被表彰) is
served from 127.0.0.1 under a WeChat-like path; nothing here touches the network. The command line
from a link to a full report is tests/test_report_docx.py.
"""

import pytest

from local_pages import WECHAT_PAGE, serve
from zhnews.errors import ArticleError
from zhnews.load import load_article
from zhnews.load.fetch import fetch, fetch_to_file, is_url

SLUG = "绥德_33名退役军人被表彰"  # the title, its full-width colon made file-safe


@pytest.fixture(scope="module")
def site():
    with serve() as base:
        yield base


def test_is_url_tells_links_from_paths():
    assert is_url("https://mp.weixin.qq.com/s/AbCdEf")
    assert is_url("ftp://example.com/a.html")  # a link, refused later with a reason
    assert not is_url("data/articles/deepseek_sanlian.md")
    assert not is_url("C:\\articles\\a.html")


def test_wechat_link_is_saved_by_title_with_its_provenance(site, tmp_path):
    path = fetch_to_file(f"{site}/s/suide", folder=tmp_path)
    assert path == tmp_path / f"{SLUG}.html"
    assert path.read_bytes() == WECHAT_PAGE.read_bytes()  # the raw page, byte for byte
    meta = load_article(path).meta
    assert meta["source_url"] == f"{site}/s/suide"
    assert meta["fetched_at"].endswith("Z") and meta["fetched_at"][:2] == "20"
    assert meta["title"] == "绥德：33名退役军人被表彰"


def test_same_page_reuses_its_file_and_a_different_page_gets_a_new_name(site, tmp_path):
    first = fetch_to_file(f"{site}/s/suide", folder=tmp_path)
    assert fetch_to_file(f"{site}/s/suide?again=1", folder=tmp_path) == first
    different = tmp_path / f"{SLUG}.html"
    different.write_bytes(b"<html><body><h1>\xe7\xbb\xa5\xe5\xbe\xb7</h1><p>an older, different page</p></body></html>")
    second = fetch_to_file(f"{site}/s/suide", folder=tmp_path)
    assert second == tmp_path / f"{SLUG}_2.html"
    assert b"an older, different page" in different.read_bytes()  # not overwritten


def test_redirect_is_followed_and_the_asked_url_recorded(site):
    raw = fetch(f"{site}/moved")
    assert raw.data == WECHAT_PAGE.read_bytes()
    assert raw.origin == f"{site}/moved"


def test_browser_like_user_agent(site):
    assert b"Mozilla/5.0" in fetch(f"{site}/agent").data


FAILURES = {
    "/missing": "the server answered 404",
    "/loop": "more than 5 redirects",
    "/to-ftp": "redirected to a non-web address",
    "/huge": "over the 5 MB limit",
    "/report.pdf": "is application/pdf, not an HTML page",
    "/blank": "empty page",
    "/s/verify": "asked for a verification instead of the article",
}


@pytest.mark.parametrize("route", sorted(FAILURES))
def test_failures_are_one_line(site, route, tmp_path):
    with pytest.raises(ArticleError) as caught:
        fetch_to_file(f"{site}{route}", folder=tmp_path)
    assert FAILURES[route] in caught.value.reason
    assert caught.value.path == f"{site}{route}"  # the link given, even after redirects
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # nothing saved


def test_slow_reply_times_out(site):
    with pytest.raises(ArticleError) as caught:
        fetch(f"{site}/slow", timeout=0.5)
    assert "no answer within 0.5 s" in caught.value.reason


@pytest.mark.parametrize("url, reason", [
    ("ftp://127.0.0.1/a.html", "only http:// and https://"),
    ("file:///etc/passwd", "only http:// and https://"),
    ("http://127.0.0.1:9/nothing", "could not connect"),
])
def test_refused_before_or_at_connection(url, reason):
    with pytest.raises(ArticleError) as caught:
        fetch(url, timeout=2)
    assert reason in caught.value.reason
