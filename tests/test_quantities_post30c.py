"""Figures, post30c: the shapes fresh33's misses showed (scored once), cut small from the article, then made-up variants
of the same shape and near-misses that must not change."""

from zhnews.claims.quantities import find_quantities


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
