"""Mend after fresh14's scoring (mend15a): loader failures of fresh14, each fixed by class. Provenance of the
articles in data/eval/fresh14/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text

# fresh14 483 (xjl1234/tf-idf-keywords 原文.txt @8bc4c66, line 6): a 生物谷 rewrite flattened into one line, its
# paragraphs split by the literal escape \n\n; it opens on the sentence that names its source, no headline at all
# (first two paragraphs).
SOURCE_FIRST = ("据美国广播公司2月1日报道，健康专家们发出警告称，越来越多乳腺癌疗法可能会产生副作用。这些疗法会拯救患者生命，"
                "但也会损害其心脏。\\n\\n美国心脏协会在当日发表的第一份声明中表示，女性应仔细考虑任何可能伤害心脏的疗法，"
                "考虑它们的风险和益处。并不是所有的治疗都有风险，而且有一些方法可将风险降至最小化或避免某些风险。")


def test_a_one_line_text_opening_with_its_source_has_no_glued_headline(tmp_path):
    article = load_text(tmp_path, "483.txt", SOURCE_FIRST)
    assert article.meta["title"] is None
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "据美国广播公司2月1日报道，健康专家们发出警告称，越来越多乳腺癌疗法可能会产生副作用。" in body
