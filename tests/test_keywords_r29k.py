"""Keywords mends of round 29 (branch r29k): a statistics piece's indicators named whole (statistical_indicators.txt,
phrases._indicator_terms). The shapes of the seen articles, made-up variants and near-misses."""

from zhnews.keywords import phrases as phrase_module

from keyword_helpers import phrase_weights as _phrases, paragraph_texts as _texts, top_keys

INDICATOR = "a statistical indicator"

# A city bulletin's shape (fresh35 1007, fresh6 275): each section names its indicator once or twice, its pieces
# (增加值, 第三产业) in every section.
BULLETIN = _texts(
    "某市2025年国民经济和社会发展统计公报",
    "初步核算，全年地区生产总值1200亿元，比上年增长5.1%。其中，第一产业增加值100亿元，第二产业增加值400亿元，"
    "第三产业增加值700亿元。三次产业结构为8.3:33.3:58.4。",
    "全年规模以上工业增加值比上年增长6.0%。规模以上工业中，第二产业增加值占比提高，第三产业增加值继续增长。",
    "全年固定资产投资比上年增长3.2%。第一产业投资下降，第二产业投资增长，第三产业投资增长。",
    "全年社会消费品零售总额500亿元，比上年增长4.5%。限额以上单位商品零售额增长，第三产业增加值拉动明显。",
    "全年居民人均可支配收入35000元，比上年增长5.0%。全年居民消费价格比上年上涨0.2%。",
)


def _assert_indicators(phrases, names):
    for name in names:
        assert name in phrases and INDICATOR in phrases[name].reason, name


def test_a_bulletin_s_indicators_are_candidates_whole():
    _assert_indicators(_phrases(BULLETIN, title_ids={0}), ("地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "居民人均可支配收入", "固定资产投资"))


def test_a_bulletin_s_indicators_outweigh_their_pieces():
    phrases = _phrases(BULLETIN, title_ids={0})
    assert phrases["地区生产总值"].weight > phrases["第二产业"].weight > phrases["增加值"].weight
    top = top_keys(BULLETIN, title_ids={0})
    assert "社会消费品零售总额" in top and "增加值" not in top


def test_the_document_type_in_the_headline_is_a_candidate():
    phrases = _phrases(BULLETIN, title_ids={0})
    assert "统计公报" in phrases and phrases["统计公报"].in_title


def test_a_budget_report_s_four_budgets_are_indicators():
    # fresh35 1006's shape: a city's budget report names the four budgets of the budget law.
    texts = _texts(
        "关于2025年预算执行情况和2026年预算草案的报告",
        "一般公共预算收入完成80亿元，一般公共预算支出150亿元。政府性基金预算收入40亿元。",
        "国有资本经营预算收入2亿元，社会保险基金预算收入60亿元。财政部门坚持过紧日子。",
    )
    _assert_indicators(_phrases(texts, title_ids={0}), ("一般公共预算收入", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"))


def _unflagged(*paragraphs):
    """The keyphrases of an ordinary story, none flagged an indicator."""
    phrases = _phrases(_texts(*paragraphs), title_ids={0})
    assert all(INDICATOR not in p.reason for p in phrases.values())
    return phrases


def test_a_story_citing_two_indicators_is_no_statistics_piece():
    # Near-miss: a news story naming GDP and CPI in passing keeps its rules (no indicator flag, no candidate said once).
    phrases = _unflagged(
        "某地加快发展夜间经济",
        "某市商务局表示，夜间经济已成为拉动消费的重要力量，全市夜市数量增加到50个。",
        "据介绍，去年全市地区生产总值增长5%，居民消费价格温和上涨，夜间经济贡献明显，夜市客流持续增长。",
    )
    assert "居民消费价格" not in phrases


def test_an_indicator_inside_a_longer_run_is_counted_where_written():
    # 常住居民人均可支配收入, 全市规模以上工业增加值: the runs go past the name, the name is counted inside them.
    texts = _texts(
        "某市经济运行情况",
        "全年常住居民人均可支配收入40000元。全市规模以上工业增加值增长7%。",
        "全市固定资产投资增长2%，社会消费品零售总额增长4%。",
    )
    phrases = _phrases(texts)
    assert phrases["居民人均可支配收入"].count == 1 and INDICATOR in phrases["居民人均可支配收入"].reason
    assert phrases["规模以上工业增加值"].count == 1


def test_the_vocabulary_holds_official_names_only():
    names = phrase_module._indicator_names()
    assert "地区生产总值" in names and "统计公报" in names
    assert "增加值" not in names and "第三产业" not in names  # pieces of many indicators, not an indicator


def test_the_statistics_office_of_a_bulletin_is_flagged_with_its_indicators():
    # fresh35 1005's shape: the bureau signs the bulletin once, at its foot.
    texts = _texts(*BULLETIN.values(), "宜昌市统计局")
    phrases = _phrases(texts, title_ids={0})
    assert "宜昌市统计局" in phrases and INDICATOR in phrases["宜昌市统计局"].reason


def test_a_statistics_office_in_an_ordinary_story_keeps_its_rules():
    # Near-miss: a story quoting the bureau once, with no indicators, does not flag it.
    _unflagged(
        "某市举办夜市文化节",
        "某市夜市文化节昨日开幕，夜市客流明显增加，摊主表示生意红火。",
        "据宜昌市统计局介绍，夜市文化节期间客流同比增长，夜市摊位数量也在增加。",
    )


def test_the_place_a_bulletin_s_headline_names_is_flagged_with_its_indicators():
    # fresh6 275, fresh2 96, fresh35 1002/1005: the headline names the place once, the body says 全市 or 全县.
    for place in ("宜昌市", "万载县"):  # 万载县: jieba tags it a person; the 县 says place
        texts = _texts(f"{place}2025年国民经济和社会发展统计公报", *list(BULLETIN.values())[1:])
        phrases = _phrases(texts, title_ids={0})
        assert place in phrases and INDICATOR in phrases[place].reason, place


def test_a_place_in_the_body_only_or_an_ordinary_headline_is_not_flagged():
    # Near-misses: a place the body of a bulletin names in passing, and a city in the headline of a story.
    phrases = _phrases(_texts(*BULLETIN.values(), "全市与宜昌市签订合作协议，与宜昌市加强交流。"), title_ids={0})
    assert "宜昌市" not in phrases or INDICATOR not in phrases["宜昌市"].reason
    _unflagged(
        "宜昌市举办夜市文化节",
        "宜昌市夜市文化节昨日开幕，夜市客流明显增加，摊主表示生意红火。",
        "据介绍，夜市文化节期间客流同比增长，夜市摊位数量也在增加。",
    )
