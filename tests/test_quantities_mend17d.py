"""Round 17 mend (fresh16's figures, seen from this mend): version numbers, numbers quoted alone as names, a span of
years that ends at a month, and counts of stations and medals. Each case quotes fresh16's text
(data/eval/fresh16/SOURCES.tsv gives the provenance); the expected values were checked by hand against the articles."""
import pytest

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    # fresh16 525 (中國時報, YouBike): 1.0 and 2.0 are the system's versions, no amounts
    "全台掀YouBike之亂，北市府拍板2年內將YouBike1.0全面升級2.0，但因系統不相容",
    "北市交通局指出，YouBike2.0今年初在公館捷運站及台大周邊區域試辦3個月，每日平均周轉率約10人次，市長柯文哲決定將1.0全面升級成2.0，原訂明年設置1.9萬個站位",
    "並於2019年提出2.0升級計畫",
])
def test_a_version_number_is_no_figure(text):
    assert not any(f[0].startswith(("1.0", "2.0")) for f in _figures(text))


def test_a_litre_after_a_decimal_stays_a_measure():
    assert _figures("喝了2.0升水") == [("2.0升", "measure", "2", "")]


@pytest.mark.parametrize("text, name", [
    ("著名的高周转制度就是碧桂园发明的，鼎鼎大名的“4568”法，拿地4个月卖楼5个月回款6个月现金流回正", "4568"),  # fresh16 510
    ("年过5旬的商贩刘高兵与城管“11.10”血案就发生在这里", "11.10"),  # fresh16 522
])
def test_a_number_quoted_alone_before_the_word_it_names_is_no_figure(text, name):
    assert not any(f[0] == name for f in _figures(text))


def test_a_span_of_years_ending_at_a_month():
    # fresh16 514 (中新社, 沈德咏): gold 1995..2022-03, and 3月 is no date of its own
    assert _figures("此次法院通报，经审理查明，1995年至2022年3月，被告人沈德咏利用担任") == [
        ("1995年至2022年3月", "date", "1995", "2022-03")]
    assert _figures("1995年至2022年3月5日")[0][:4] == ("1995年至2022年", "date", "1995", "2022")


@pytest.mark.parametrize("text, expected", [
    # fresh16 526 (中國時報): a medal tally, gold counts
    ("高市教育局依去年全國中等學校運動會高雄市51金、42銀、59銅的奪牌成績計算",
     [("51金", "count", "51", ""), ("42銀", "count", "42", ""), ("59銅", "count", "59", "")]),
    # fresh16 525: stations counted
    ("7月起共享單車全面汰換成YouBike2.0系統，全市共726站", [("7月", "date", "--07", ""), ("726站", "count", "726", "")]),
    ("明年底前將達成全市1000站點", [("1000站點", "count", "1000", "")]),
])
def test_stations_and_medals_are_counted(text, expected):
    assert [f for f in _figures(text) if f[1] != "date" or f[0] == "7月"] == expected


def test_the_may_day_release_slot_is_a_holiday_name():
    # fresh16 523 (法制晚报 via 和讯, IP films): 五一档 is the May Day holiday's films (gold: NOT a figure), like 五一期间
    assert _figures("《何以笙箫默》、《左耳》、《万物生长》……这些五一档上映的国产影片，几乎都不约而同改编自拥趸众多的热门") == []


def test_an_amount_written_n_point_0_stays_a_figure():
    # fresh6 (gold: 2.0 number): an R&D intensity, no version
    assert ("2.0", "number", "2", "") in _figures("预计2019年，我市R&D投入强度达到2.0以上，到2020年有望超过全国平均水平。")


def test_a_quoted_number_before_its_unit_stays_a_figure():
    # tune 58_sogoucs_taxi_fuel_surcharge (gold: “６”元 money 6): the quotes stress an amount, its unit follows
    assert [f[2] for f in _figures("出租车燃油附加费“6”元")] == ["6"]
