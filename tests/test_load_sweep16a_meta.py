"""Meta shapes from the round-16 mini-gold sweep (loader16a): files of repositories the project had not read, whose
title, outlet, author and date were written down by hand before zhnews ran on them. Each file or excerpt is in
tests/data/sweep16a with its row (repo, path, commit) in tests/data/SOURCES.tsv.
"""

from pathlib import Path

from conftest import role_of
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep16a"


def test_a_section_heading_under_paragraphs_of_text_is_no_headline():
    # awesome-tips/mp-articles 2019/1/content.md (first lines): a translated tutorial that shows no headline (the
    # title is only in its folder's name): | 作者：Audrey Tam, three short paragraphs, then "## 开始".
    article = load_article(SWEEP / "awesome_tips_coreml_translation_excerpt.md")
    assert article.meta["title"] is None
    assert article.meta["author"] == "Audrey Tam"
    assert role_of(article, "开始")[0] == "body"


def test_one_paragraph_of_sentences_above_a_second_level_heading_is_enough():
    # awesome-tips/mp-articles 2019/26/content.md (first lines): 有个朋友问了我一个问题: / a quote / one paragraph
    # ending 。 / "## 思路分析 与 代码实践", the first section's heading.
    article = load_article(SWEEP / "awesome_tips_wkwebview_post_excerpt.md")
    assert article.meta["title"] is None
