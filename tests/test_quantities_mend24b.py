"""mend24b: fresh22's figure misses — a decade after a century typeset with spaces (a SimpRead / pangu export), 元月,
a range in Chinese numerals with its unit written twice, a count in words after a clause's colon. Each real shape from
its fresh22 article, made-up variants, and near-misses that must not change."""

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(text)]


def test_a_decade_after_a_spaced_century_is_one_range():
    # fresh22 705 (pangu spacing): 20 世纪 70 年代 was the century 1900–1999 plus a separate 70 年代
    assert _figures("她研究 20 世纪 70 年代黑人和白人妇女的劳动参与情况。") == [("20 世纪 70 年代", "date", "1970", "1979")]
    assert _figures("21 世纪 20 年代的开局") == [("21 世纪 20 年代", "date", "2020", "2029")]
    # unchanged: unspaced, and a century alone
    assert _figures("20世纪70年代") == [("20世纪70年代", "date", "1970", "1979")]
    assert _figures("在 19 世纪，工厂林立。") == [("19 世纪", "date", "1800", "1899")]


def test_yuan_yue_after_a_year_is_january():
    # fresh22 723 (Taiwan finance page): 2022年元月合併營收 is January's revenue
    assert ("2022年元月", "date", "2022-01", "") in _figures("環球晶8日公告2022年元月合併營收52.16億元。")
    assert ("2021 年元月", "date", "2021-01", "") in _figures("2021 年元月出口增长。")
    # near-misses: 元旦 is a day's name, 元 after a year's amount is money, a lone 元月 has no year
    assert _figures("2019年元旦") == [("2019年", "date", "2019", "")]
    assert _figures("元月营收创新高") == []


def test_a_range_in_chinese_numerals_with_its_unit_twice_is_one_figure():
    # fresh22 723: 很多合約都已簽到三年至五年 (gold 3..5, one row; the 五年 was a second figure)
    assert _figures("很多合約都已簽到三年至五年") == [("三年至五年", "duration", "3", "5")]
    assert _figures("需要两个月到三个月") == [("两个月到三个月", "duration", "2", "3")]
    assert _figures("涨了三成至五成") == [("三成至五成", "percent", "30", "50")]
    # unchanged: digits, and a high end lower than the low
    assert _figures("每斤10元-12元") == [("10元-12元", "money", "10", "12")]
    assert [f[0] for f in _figures("从五年到三年")] == ["五年", "三年"]


def test_a_count_in_words_after_a_clauses_colon_is_read():
    # fresh22 704: 都有类似风险：两颗圣女果也会。 (the colon, normalised to ":", was taken for a ratio's)
    assert ("两颗", "count", "2", "") in _figures("发现凡是葡萄这么大小的含盐含水物体都有类似风险：两颗圣女果也会。")
    assert ("三人", "count", "3", "") in _figures("结果如下：三人受伤。")
    # near-misses: a score and a time keep their reading
    assert _figures("比分为3:2") == [("3:2", "ratio", "1.5", "")]
    assert _figures("8:30开会") == []
    assert _figures("比分二：一") == []
