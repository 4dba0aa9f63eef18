"""Round 12's leftovers of the loader sweeps (loader12c): a saved page inside a corpus's wrapper tag, a tag whose quotes
do not pair up, a column's name before a record's title bar, the dialogue that closes a story.

Files in tests/data/extra/ are named with their repository, path and commit in tests/data/SOURCES.tsv; expected values
are read off the files by hand.
"""

from pathlib import Path

import pytest

from conftest import body, role_of
from zhnews.load import load_article
from zhnews.load.meta import resolve
from zhnews.load.pieces import Clue

EXTRA = Path(__file__).parent / "data" / "extra"


def test_a_gbk_page_in_a_corpus_wrapper_is_read_as_the_page_it_is():
    # immortal-autumn/Chinese-Web-Content-Extraction-Dataset original/c38e2b2d…: <text id="http://blog.china-pub.com/…"
    # title="China-Pub blog--洞庭一叶" encoding="unset"> then <title>, <script>, <STYLE> and the page. Its first child
    # <title> is also a record's field name, so it was read as an XML record, then as plain text (coverage 0.9963).
    article = load_article(EXTRA / "sweep12_chinapub_wrapped_gbk_page.html")
    assert article.meta["format"] == "html"
    assert article.coverage.ratio == 1.0
    text = "".join(body(article))
    assert "醒来！醒来！快快醒来！" in text  # 陈天华《警世钟》, the post's text
    assert "function CheckForm" not in text and "请输入用户名" not in text  # the login form's script


def test_a_tag_whose_quotes_do_not_pair_up_loses_no_text():
    # the same corpus, original/2bac7fb2…: a 雅虎新闻 sidebar's <tr bgcolor="#cccccc""><td colspan=3><b>雅虎论坛经典推荐</b>:
    # libxml2 read the stray quote's string on across a third of the page, which was lost (coverage 0.7519).
    article = load_article(EXTRA / "sweep12_yahoo_stray_quote_tag.html")
    assert article.coverage.ratio == 1.0
    assert any("雅虎论坛经典推荐" in text for text in article.paragraphs["text"])
    assert body(article)[0].startswith("像许多日本女性一样，顺子一直等到30岁出头才结婚。")


@pytest.mark.parametrize("title_source, outlet, title", [
    # a record is the site's own row: 深一度 is its column, which stays in the headline as shown (mend27a: the seen gold
    # keeps a column's name before the bar, 全球媒体聚焦｜… fresh28 866, 你放假 我在岗丨… fresh7 305)
    ("json record field title", None, "深一度｜周继红，跳水梦之队“家长”的三副面孔"),
    # a repost's heading names the account it copied (后生价值 | … at 中国数字时代): the outlet, dropped from the headline
    ("first heading (#)", "深一度", "周继红，跳水梦之队“家长”的三副面孔"),
])
def test_a_column_s_name_before_a_record_s_title_bar_is_no_outlet(title_source, outlet, title):
    # Haoqi7/news-archive archive/2025/03/27/thepaper.json (ab6f80fd2b6657eac7137df2cef89240501e2aa3), a 澎湃 hot-list entry:
    # "title": "深一度｜周继红，跳水梦之队“家长”的三副面孔"; 深一度 is 澎湃's column of features.
    chosen = resolve([Clue("title", "深一度｜周继红，跳水梦之队“家长”的三副面孔", title_source)], [], None, "a.json")
    assert chosen["title"][0] == title
    assert chosen.get("outlet", (None,))[0] == outlet


def test_a_record_s_column_prefix_that_ends_like_an_outlet_is_one():
    chosen = resolve([Clue("title", "狐度工作室 | 检察官称受贿不办事是道德底线，司法底线在哪里", "xml record <title>")], [], None, "a.xml")
    assert chosen["outlet"][0] == "狐度工作室"  # 工作室 ends an outlet's name (outlet_cues.tsv)


def test_the_dialogue_that_closes_a_story_is_body():
    # tests/data/extra/sweep12_bilibili_column_footer.html: after the last paragraph, in the same element,
    # <p>“咳咳，茶座君。”</p><p>“……嗯……？”</p><p>“非常，谢谢你。”</p><p>“也谢谢你……”</p>, then the footer's
    # 本文为我原创 本文禁止转载或摘编 in a div of its own. trafilatura dropped the four short lines.
    article = load_article(EXTRA / "sweep12_bilibili_column_footer.html")
    assert body(article)[-4:] == ["“咳咳，茶座君。”", "“……嗯……？”", "“非常，谢谢你。”", "“也谢谢你……”"]
    assert role_of(article, "本文为我原创本文禁止转载或摘编")[0] == "boilerplate"


@pytest.mark.parametrize("name, credit, writer", [
    # a 看理想 post's closing credits, glued: 采写：汁儿策划：看理想新媒体部配图：受访者提供
    ("sweep12_kanlixiang_glued_credits.md", "采写：汁儿策划：看理想新媒体部配图：受访者提供", "汁儿"),
    # a 刘润 post, under its 参考资料: ![](…) **观点** / 刘润 **主笔** **** / 景九 **编辑** / ⏎ 二蔓 **版面** / 黄静
    ("sweep12_liurun_other_credit_before_writer.md", "观点 / 刘润 主笔 / 景九 编辑 /", "景九"),
])
def test_the_writer_s_credit_among_other_credits(name, credit, writer):
    article = load_article(EXTRA / name)
    assert role_of(article, credit) == ("byline", "author")
    assert article.meta["author"] == writer


def test_an_iframe_s_fallback_markup_is_not_read_as_text():
    # the same corpus, original/e3f3b532… (新浪读书, 投身外交(3)): <IFRAME … SRC="http://157.adsina.allyes.com/…">
    # <SCRIPT …></SCRIPT><NOSCRIPT><A …><IMG …></a></NOSCRIPT></IFRAME> then <!-- 正文页画中画 begin -->，还 在 香港时，他就为…
    # libxml2 reads an iframe's content as raw text: the markup was a paragraph, with the story's text glued to it.
    article = load_article(EXTRA / "sweep12_sina_iframe_fallback.html")
    assert article.coverage.ratio == 1.0
    assert not any("<SCRIPT" in text or "adsina" in text for text in article.paragraphs["text"])
    assert any(text.startswith("，还 在 香港时，他就为当时地下党对外的宣传刊物《中国文摘》改稿") for text in body(article))
