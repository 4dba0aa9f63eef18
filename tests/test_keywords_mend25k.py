"""Keywords mends of round 24 (branch mend25k), from fresh23's top tens: the shapes of the articles, made-up variants
of each shape, and near-misses that must keep their behaviour."""

from zhnews import keywords, segment
from zhnews.keywords import newwords


def _keys(texts, top=10, method="keyphrase", excluded=()):
    segment.set_run_words({})
    table = keywords.article_keywords(texts, excluded=excluded)
    return list(keywords.top_keywords(table, top, method)["keyword"])


# --- 報導, the Taiwanese and Hong Kong spelling of the reporting verb 报道 (fresh23 768) ---


def test_the_other_spelling_of_the_reporting_verb_is_no_keyword():
    texts = {
        # The stage reads the simplified copy, which keeps the spelling: 報導 → 报导.
        0: "CNBC报导，迪士尼收购漫威娱乐公司，漫威电影在全球累积票房。",
        1: "CNN报导，迪士尼的串流媒体服务即将登场，漫威影集独家播放。",
        2: "美国媒体报导，漫威影业宣布新片计画，迪士尼股价上涨。",
    }
    keys = {keywords.keyword_key(k) for k in _keys(texts, top=30)}
    assert "报导" not in keys and "报道" not in keys
    assert {"迪士尼", "漫威"} <= keys


def test_a_report_is_still_a_keyword():
    # Near-miss: 报告 (a report) is a thing an article can be about, not the reporting verb.
    texts = {0: "中国奶业质量报告发布，报告显示乳品抽检合格。", 1: "这份报告说，奶业振兴取得进展，报告还提到奶源。"}
    assert "报告" in {keywords.keyword_key(k) for k in _keys(texts, top=30)}
