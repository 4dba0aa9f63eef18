"""Keywords mends of round 29, second wave (branch r29k2): the place a local publisher is named after (成都市 of
成都市统计局) is the story's subject, not a byline word (phrases._excluded, _named_after). The shapes of the seen
articles, made-up variants and near-misses."""

from zhnews.keywords import phrases as phrase_module

from keyword_helpers import paragraph_texts as _texts

# A city bulletin published by the city's own bureau (fresh35 1003, 1002, 1007): the body names the place and calls it 全市.
BULLETIN = _texts(
    "初步核算，成都市全年地区生产总值24000亿元，比上年增长5.1%。",
    "年末成都市常住人口2150万人。全市城镇化率80.5%。",
    "全年全市社会消费品零售总额10500亿元，比上年增长3.5%。",
)


def _is_byline(texts, publisher, key):
    return phrase_module.byline_test(texts, phrase_module.byline_strings({"outlet": publisher}))(key)


def test_the_place_a_statistics_bureau_is_named_after_is_no_byline_word():
    # fresh35 1003 成都市统计局, 1002 宜昌市统计局, 1007 阿克苏地区统计局.
    assert not _is_byline(BULLETIN, "成都市统计局", "成都市")
    texts = _texts("阿克苏地区全年地区生产总值1300亿元。", "阿克苏地区常住人口270万人。")
    assert not _is_byline(texts, "阿克苏地区统计局", "阿克苏地区")


def test_the_place_a_county_publisher_is_named_after_is_no_byline_word():
    # Made-up variants: a county's government and a district's paper publishing about their own place.
    texts = _texts("万载县今年新建公路120公里，万载县农村公路通车里程居全省前列。")
    assert not _is_byline(texts, "万载县政府", "万载县")
    texts = _texts("浦东新区出台支持政策，浦东新区企业可申请补贴。")
    assert not _is_byline(texts, "浦东新区报", "浦东新区")


def test_the_publisher_itself_and_short_or_plain_names_stay_byline_words():
    # Near-misses: the whole publisher, a name that is no administrative place (财新 of 财新网, 太原 of 太原日报),
    # and a place standing only next to a byline cue.
    assert _is_byline(BULLETIN, "成都市统计局", "成都市统计局")
    assert _is_byline(BULLETIN, "财新网", "财新")
    assert _is_byline(_texts("太原今年经济运行平稳，太原GDP增长。"), "太原日报", "太原")
    cued = _texts("全市地区生产总值增长5.1%。", "来源：成都市统计局")
    assert _is_byline(cued, "成都市统计局", "成都市")
