"""Figures and sources, post29c (after fresh32's scoring): 万千瓦 read as 万 times 千瓦; 伙 (flats) counted and 厘 a
percent after rate words in Hong Kong property pages; a fraction of a percentage point (加息四分一厘); 趙氏 / 郭氏 as
the person of that surname named before; 记者X从Y获悉
(a reporter's name before 从) and 记者今日从Y获悉 naming Y. Each real shape cut small from its article, made-up variants,
and near-misses that must not change."""

from zhnews.claims.quantities import find_quantities
from test_claims_sources10 import sources_of


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.value_high, q.unit) for q in find_quantities(text)]


# --- 1. 万千瓦: 万 is the multiplier before 千瓦 ----------------------------------------------------------------------

def test_power_capacity_in_ten_thousand_kilowatts():
    # fresh32 941 (loader converts to simplified); fresh21 685 and dev_corpus 40 write the same 万千瓦
    got = _figures("运城市缺电百万千瓦，临汾市缺电50万千瓦，晋城市缺电40万千瓦。")
    assert ("50万千瓦", "measure", "500000", "", "千瓦") in got
    assert ("40万千瓦", "measure", "400000", "", "千瓦") in got


def test_power_capacity_variants():
    assert _figures("缺口260至300万千瓦")[0][1:] == ("measure", "2600000", "3000000", "千瓦")
    assert _figures("新增装机3.5万千瓦")[0][1:] == ("measure", "35000", "", "千瓦")
    assert _figures("全年发电量达120万千瓦时")[0][1:] == ("measure", "1200000", "", "千瓦时")


def test_kilowatts_and_tonnes_unchanged():
    assert _figures("发电量达300亿千瓦时。")[0][1:] == ("measure", "30000000000", "", "千瓦时")
    assert _figures("产量达到80万吨，")[0][1:] == ("measure", "800000", "", "吨")
    assert _figures("功率为500千瓦")[0][1:] == ("measure", "500", "", "千瓦")


# --- 2. Hong Kong property and rates ----------------------------------------------------------------------------------

def test_flats_sold():
    # fresh32 940
    got = _figures("全港主要新盘昨天合共售出67伙，较上周末录得售出逾百伙下挫逾三成")
    assert ("67伙", "count", "67", "", "伙") in got
    assert any(t.endswith("百伙") and k == "count" and v == "100" for t, k, v, _, _ in got)
    assert ("12伙", "count", "12", "", "伙") in _figures("其中12伙属低座")


def test_words_with_huo_are_no_flats():
    for text in ("他们是3伙伴", "提供2伙食补贴", "两伙人打架"):
        assert not any(unit == "伙" for *_, unit in _figures(text)), text


def test_li_as_a_percent_after_rate_words():
    # fresh32 940: 淨租金回報5厘, P減2.7厘 (prime minus 2.7 points)
    assert ("5厘", "percent", "5", "", "%") in _figures("推出首两年净租金回报5厘保证")
    assert ("2.7厘", "percent", "2.7", "", "%") in _figures("之后全期P减2.7厘。")
    assert ("2.7厘", "percent", "2.7", "", "%") in _figures("按揭利率为2.7厘")


def test_li_without_a_rate_word_and_centimetres_unchanged():
    assert not any(k == "percent" for _, k, *_ in _figures("这块布料厚5厘"))
    assert _figures("仅有二三十厘米的地方")[0][1:] == ("measure", "20", "30", "厘米")


def test_a_quarter_point_rate_move():
    # fresh32 940: 加息四分一厘 (Hong Kong writes 四分一 for 四分之一)
    assert ("四分一厘", "percent", "0.25", "", "pp") in _figures("美国落实加息四分一厘后的首个周末")
    assert ("四分之一厘", "percent", "0.25", "", "pp") in _figures("减息四分之一厘")
    assert ("四分之一个百分点", "percent", "0.25", "", "pp") in _figures("利率上调四分之一个百分点")


def test_fractions_not_of_a_point_unchanged():
    assert _figures("三分之一的人")[0][1] == "ratio"
    assert _figures("约占四分之一厘米")[0][1] == "ratio"
    assert not any(k == "percent" for _, k, *_ in _figures("三十分一辆车开走"))


# --- 3. sources -----------------------------------------------------------------------------------------------------

def test_surname_and_shi_is_the_person_named_before():
    # fresh32 940 (cut small)
    got = sources_of([["新地副董事總經理趙國雄表示，樓市平穩。", "另一方面，恒基發言人稱，百利達廣場尚餘不足100個貨尾。",
                       "長實高級營業經理郭子威稱，宇晴軒2期昨日售出10伙。"],
                      ["對於香港或有機會加息，趙氏指加息對買家心理影響大於實際。", "郭氏稱，港府擬稍後撤銷租管條例。"]])
    assert got[3:] == ["趙國雄", "郭子威"]


def test_surname_and_shi_in_simplified():
    got = sources_of([["长实高级营业经理郭子威称，长沙湾宇晴轩2期昨日售出10伙。"], ["对于加息，郭氏称影响不大。"]])
    assert got[1] == "郭子威"


def test_surname_and_shi_with_no_one_named_before_stays():
    assert sources_of([["对于加息，赵氏指影响不大。"]]) == ["赵氏"]
    assert sources_of([["王氏家族表示，不会出售股份。"]]) == ["王氏家族"]


def test_time_words_between_name_and_verb_stay_trimmed():
    # guard: 昨 / 前晚 after a name jieba knows are already cut (葉澍堃昨表示 in fresh32 947 fails on the name, not on 昨)
    for time_word in ("昨", "前晚", "昨晚", "今早"):
        assert sources_of([[f"张伟{time_word}表示，房价将上涨。"]]) == ["张伟"], time_word


def test_reporter_learned_from_a_body():
    # fresh32 943: 记者胡果从国家民委获悉; fresh24 787, dev_corpus 40: 记者今日从…获悉
    got = sources_of([["记者胡果从国家民委获悉，2000年民族地区各项经济建设事业蓬勃兴旺。",
                       "预计2000年民族地区国内生产总值比上年增长8.5％左右。"]])
    assert got == ["国家民委", "国家民委"]
    assert sources_of([["记者今日从菏泽市疾病预防控制中心获悉，网传消息不实。"]]) == ["菏泽市疾病预防控制中心"]
    assert sources_of([["记者从国家航天局获悉，嫦娥五号完成轨道修正。"]]) == ["国家航天局"]
