"""Round 13 mend after fresh12's scoring: a news hub's Astro content files (fresh12 420, 421: enxpower/cn-news-hub,
provenance in data/eval/fresh12/SOURCES.tsv) date the article only in the front matter's ``pubDate:``, a key the
static-site generators share (Astro ``pubDate``, Hugo ``publishDate``, ``publishedAt`` of CMS exports). Expected
values read off the files by hand: 420's front matter says ``pubDate: 2026-06-09T12:04:00.000Z``.
"""

import pytest
from conftest import load_text

# The opening of 420's body, unchanged (its front matter shortened to the keys the test needs).
DW_LEAD = ("<p>（德国之声中文网）周二（6月9日），中国国家主席习近平结束七年来对朝鲜的首次访问。据中国官方新华社报道，"
           "在临行前的午宴上，习近平表示，此行让“中朝双方相互理解更加深刻全面，未来发展方向更加明确清晰”。</p>\n")


@pytest.mark.parametrize("key", ["pubDate", "publishDate", "publishedAt"])
def test_a_generator_s_publication_key_dates_the_article(tmp_path, key):
    text = (f'---\ntitle: "习近平结束访朝 双方均未提“无核化”"\n{key}: 2026-06-09T12:04:00.000Z\n'
            'category: "international"\n---\n\n' + DW_LEAD)
    meta = load_text(tmp_path, "20260609-0231faa19936.md", text).meta
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2026-06-09", f"front matter {key}:")


def test_a_key_that_only_looks_like_one_names_no_date(tmp_path):
    # updatedDate: is the last edit, not the publication
    text = '---\ntitle: "标题"\nupdatedDate: 2026-06-10\n---\n\n' + DW_LEAD
    assert load_text(tmp_path, "updated.md", text).meta["publish_date"] != "2026-06-10"
