"""Named sources, round 19 (sources19): a name that ends in a word the source trimming cuts (所, 中) keeps it when jieba
reads that word as part of the name.
Each expected source read off the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

import pytest

from zhnews import claims


@pytest.mark.parametrize("raw, source", [
    ("港交所", "港交所"),  # fresh12 405: 港交所信息显示，赵薇夫妇是在去年12月20日…购入的
    ("美國地質研究所（USGS）", "美國地質研究所"),  # fresh12 414: 根據美國地質研究所（USGS）…
    ("王德中", "王德中"),  # fresh14 470: 在王德中看来，这在美国并不是个别现象
])
def test_a_tail_word_inside_a_name_is_part_of_the_name(raw, source):
    assert claims.clean_source(raw) == source


def test_a_tail_word_after_a_name_is_still_cut():
    # tune 48: 正如习近平主席在中法欧领导人三方会晤时所指出 (jieba reads 时所 as one short word: still the 所 of 所指出)
    assert claims.clean_source("正如习近平主席在中法欧领导人三方会晤时所") == "习近平主席"
    assert claims.clean_source("他所") == "他"
