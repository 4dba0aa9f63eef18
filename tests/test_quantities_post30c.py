"""Figures, post30c: the shapes fresh33's misses showed (scored once), cut small from the article, then made-up variants
of the same shape and near-misses that must not change."""

import pandas as pd

from zhnews.claims.quantities import find_quantities, quantities_table


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


def test_minutes_and_a_half_are_a_duration():
    # fresh33 962: a timed scene counts the minutes
    assert _figures("时间过去1分半了。") == [("1分半", "duration", "1.5", "minute")]
    # made up: 钟 after 半, 分钟 before it, a Chinese numeral
    assert _figures("他用了两分半钟跑完全程。") == [("两分半钟", "duration", "2.5", "minute")]
    assert ("3分钟半", "duration", "3.5", "minute") in _figures("比赛进行到3分钟半时对方进球。")
    assert ("十分半钟", "duration", "10.5", "minute") in _figures("会议只开了十分半钟。")


def test_a_half_after_fen_that_is_no_span_of_minutes():
    # near-misses (made up): 十分 "very" before 半信半疑, a score before 半场, a clock time, 半数 after 得分
    assert not [f for f in _figures("大家对此十分半信半疑。") if f[3] == "minute"]
    assert not [f for f in _figures("他拿下2分半场结束。") if f[3] == "minute"]
    assert _figures("10点30分半开会") == [("10点30分", "date", "T10:30", "")]
    assert not [f for f in _figures("他得分半数以上。") if f[3] == "minute"]
    # the other spans and a half stay as they were
    assert _figures("已经过去一年半。") == [("一年半", "duration", "1.5", "year")]


def _anchored(published, *rows):
    table = quantities_table(pd.DataFrame([{"sent_id": i, "para_id": p, "role": "body", "text": t, "text_zhs": t}
                                           for i, (p, t) in enumerate(rows)]), publish_date=published)
    return {r.text: r.value for r in table.itertuples()}


def test_a_month_before_the_one_a_count_is_dated_looks_back_within_its_year():
    # fresh33 967 (published 2017): a count dated February 1947 over January, in the same sentence
    got = _anchored("2017-03-01", (0, "据 1947 年 2 月统计，法币发行总数，高达 4.5367 万亿元，与元旦前相比，仅 1 月份一个月内，便增发 8100 多万亿元。"))
    assert got["1 月份"] == "1947-01"
    # made up: a report in May on March, and a September figure after the November one
    assert _anchored("2023-06-01", (0, "2020年5月的报告称，3月的销量下降了10%。"))["3月"] == "2020-03"
    assert _anchored("2023-06-01", (0, "2020年11月出货量为5万台，9月为4万台。"))["9月"] == "2020-09"


def test_a_story_that_runs_on_past_new_year_still_moves_into_the_next_year():
    # near-misses (the shape tests/test_quantities.py keeps): December then January, and September then February
    assert _anchored("2020-02-25", (0, "2019年12月30日，样本送检；1月11日，序列公开。"))["1月11日"] == "2020-01-11"
    assert _anchored("2020-05-01", (0, "2019年9月项目启动，2月完成验收。"))["2月"] == "2020-02"


def test_a_story_that_comes_up_to_the_publish_year_runs_into_it():
    # fresh23 740 (published March 2025): 2024年4月 then 截至2月11日, the days just before the article
    got = _anchored("2025-03-01", (0, "2024年4月上市的茶百道随后破发。截至2月11日，市值缩水了45.14%。"))
    assert got["2月11日"] == "2025-02-11"
