"""mend26h: two-digit years (18年1-7月份, 17年的数据, 17年全年) that fresh25 801 writes for dates and zhnews read as
spans of 18 years. The seen gold's one two-digit year before a month (fresh7 301: 05年7月24日) is a date; every seen
two-digit 年 before 来/前/内/的+noun or after 近/过去/工作了 is a duration. Real shapes, made-up variants, near-misses."""

from zhnews.claims import quantities


def dates(sentence: str) -> list[tuple[str, str, str, str]]:
    return [(sentence[q.start:q.end], q.kind, q.value, q.value_high) for q in quantities.find_quantities(sentence)
            if q.kind in ("date", "duration")]


def test_two_digit_year_before_a_span_of_months_is_a_date():
    # fresh25 801 (gold 2018-01..2018-07, 2017-01..2017-07)
    s = "18年1-7月份乘用车终端累计销售31.8万辆，较17年1-7月份58.2%的比值显著上升。"
    assert dates(s) == [("18年1-7月", "date", "2018-01", "2018-07"), ("17年1-7月", "date", "2017-01", "2017-07")]
    assert dates("按照分类标准，18年1-7月份，销量占比为69.0%。")[0][1:] == ("date", "2018-01", "2018-07")
    assert dates("99年3至5月，工厂停产。")[0][1:] == ("date", "1999-03", "1999-05")  # made up
    assert dates("2018年1-7月销量大增。")[0][1:] == ("date", "2018-01", "2018-07")  # four digits unchanged
    assert dates("05年7月24日与B相遇")[0][1:3] == ("date", "2005-07-24")  # seen gold (fresh7 301)


def test_two_digit_year_before_its_data_or_whole_year_is_a_date():
    assert dates("回顾17年的数据，我国销量相当。") == [("17年", "date", "2017", "")]  # fresh25 801
    assert dates("与17年全年的49.2%相当。") == [("17年", "date", "2017", "")]  # fresh25 801
    assert dates("较17年的76.6%下滑7.6个百分点。") == [("17年", "date", "2017", "")]  # fresh25 801
    assert dates("18年Q3营收增长。")[0] == ("18年", "date", "2018", "")  # made up
    assert dates("相比19年同期下降。")[0] == ("19年", "date", "2019", "")  # made up: 同期, the same period of that year
    assert dates("19年一季度利润翻倍。")[0][1:3] == ("date", "2019")  # made up


def test_two_digit_years_that_stay_spans():
    assert dates("过去10年的数据显示") == [("10年", "duration", "10", "")]
    assert dates("近20年全年平均气温上升。") == [("20年", "duration", "20", "")]
    assert dates("公司成立12年的数据") == [("12年", "duration", "12", "")]
    assert dates("18年来，他一直坚持。")[0][1] == "duration"
    assert dates("流行17年的金曲") == [("17年", "duration", "17", "")]  # seen (fresh16 523)
    assert dates("中央担保了很多30年的地方政府债券") == [("30年", "duration", "30", "")]  # seen (fresh6 260)
    assert dates("较10年前的水平高出一倍。")[0][1] == "duration"
    assert dates("他在上海工作了18年的数据中心。")[0][1] == "duration"
