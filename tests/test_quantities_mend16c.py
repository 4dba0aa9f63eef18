"""Round 16 mend (fresh15's figures, seen from this mend): clock times written with a colon and no time word (a
night's timeline in fresh15 500_md_matters_zhangjieping_yuenlong_721_night, 活动于 19:20 in fresh15
493_md_guilinzhongxue_campus_star_final), and a timeline that runs past midnight. Every sentence is quoted from
fresh15 (file named at each case); every expected value was read off the article by hand."""

import pandas as pd
import pytest

from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(zhs)]


@pytest.mark.parametrize("text, expected", [
    # fresh15 500: a timeline's heading opens with the clock time
    ("21:00 白衣人大量出現", ("21:00", "date", "T21:00", "")),
    ("05:15", ("05:15", "date", "T05:15", "")),
    # fresh15 500: a clause opens with it, a comma after
    ("其中，22:53，有兩名軍裝巡邏警員接報到場，目擊白衫人群後，兩名警員轉身離開。", ("22:53", "date", "T22:53", "")),
    ("23:55，元朗站應警方要求關閉。", ("23:55", "date", "T23:55", "")),
    # fresh15 500 and 493: after 在 / 于 (at)
    ("但警方後來表示，他們在23:20抵達元朗站增援，其時白衣人已離開。", ("23:20", "date", "T23:20", "")),
    ("活动于 19:20 准时开始。", ("19:20", "date", "T19:20", "")),
])
def test_colon_clock_time_without_a_time_word(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text", [
    "比例为1:10，",  # a ratio after 为
    "比分2:1，",  # a score
    "22:45 - 23:14 第一輪密集攻擊",  # fresh15 500: a window stays one figure, not its first end alone
])
def test_ratios_scores_and_windows_are_not_lone_clock_times(text):
    assert not any(f[1] == "date" and f[3] == "" for f in figures(text))


def test_a_timeline_past_midnight_goes_on_the_next_day():
    # fresh15 500 (published 2019-07-24): 7月22日晚上 … 23:55，元朗站…關閉 ⏎ 00:20-01:17 第二輪密集攻擊 … 02:00-04:00
    rows = ["7月22日晚上的香港元朗，發生了什麼？", "23:55，元朗站應警方要求關閉。", "00:20-01:17 第二輪密集攻擊，30分鐘無警察",
            "02:00-04:00 警察調查結束，未有逮捕任何人"]
    sentences = pd.DataFrame([{"sent_id": i, "para_id": i, "role": "body", "text": t, "text_zhs": to_simplified(t)}
                              for i, t in enumerate(rows)])
    table = quantities_table(sentences, publish_date="2019-07-24")
    dates = {r.text: (r.value, r.value_high) for r in table.itertuples() if r.kind == "date"}
    assert dates["23:55"] == ("2019-07-22T23:55", "")
    assert dates["00:20-01:17"] == ("2019-07-23T00:20", "2019-07-23T01:17")
    assert dates["02:00-04:00"] == ("2019-07-23T02:00", "2019-07-23T04:00")


def test_minutes_written_without_fen_after_a_time_of_day():
    # fresh15 495_txt_huakeda_xiaoyiyuan_graduate_return_testing: 上午7点50 is 07:50, not 7 o'clock and the number 50
    found = figures("6月8号上午7点50至晚上10点，在南大门东西两侧、南二门、东校区大门四个检测点")
    assert ("50", "number", "50", "") not in found
    assert any(value.endswith("T07:50") and high == "T22:00" for _, kind, value, high in found if kind == "date")
    # 3点50 with no time of day is no clock time
    assert not any(kind == "date" for _, kind, _, _ in figures("3点50"))
