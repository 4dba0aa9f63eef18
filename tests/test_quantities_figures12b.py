"""Round 12, second wave (figures12b): a window of clock times written HH:MM~HH:MM with no time word, two neighbouring
digits after a ten (十五六份: fifteen or sixteen), and the adverb 四处 "everywhere" before a verb, which counts nothing.
Every sentence is quoted from a seen split (file named at each case); every expected value was read off the article
by hand."""

import pandas as pd

from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(zhs)]


def test_a_window_of_clock_times_is_one_range_each():
    # fresh10 363_wechat_24zhen_broker_screening_notice: a screening's programme, no time word before the times
    text = "2022年7月9日（本周六）18:45~19:00入场签到 19:00~21:00影片放映 21:00~22:00映后交流"
    found = figures(text)
    assert ("18:45~19:00", "date", "T18:45", "T19:00") in found
    assert ("19:00~21:00", "date", "T19:00", "T21:00") in found
    assert ("21:00~22:00", "date", "T21:00", "T22:00") in found


def test_the_window_takes_the_day_written_before_it():
    # the same line through the table: the file has no publish date, the day is the 2022年7月9日 before the times
    text = "2022年7月9日（本周六）18:45~19:00入场签到 19:00~21:00影片放映 21:00~22:00映后交流"
    sentences = pd.DataFrame([{"sent_id": 0, "para_id": 0, "role": "body", "text": text, "text_zhs": text}])
    table = quantities_table(sentences, None)
    windows = table[table["value"].str.contains("T")]
    assert list(zip(windows["value"], windows["value_high"])) == [
        ("2022-07-09T18:45", "2022-07-09T19:00"), ("2022-07-09T19:00", "2022-07-09T21:00"),
        ("2022-07-09T21:00", "2022-07-09T22:00")]


def test_a_pair_that_runs_backwards_is_no_window():
    # two scores side by side run backwards; no clock window is read from them
    assert not [f for f in figures("两场比分分别为3:00-2:00") if f[1] == "date"]


def test_the_adverb_sihu_counts_nothing():
    # fresh4 126_orientaldaily_market_rats: rats running everywhere
    assert not [f for f in figures("土瓜灣街市方面，昨晚收舖後，老鼠四處游走，多數在雞檔、肉檔和海鮮檔出沒。") if f[0] == "四處"]
    # fresh10 374_json_twreporter_taipei_earthquake_simulation: everywhere full of ..., everywhere muddy
    text = "地震瞬間，四處充滿著玻璃爆破和尖銳的剎車聲；古蹟大塊崩落、大樓攔腰坍塌；水管破裂、土壤液化讓四處泥濘不勘。"
    assert not [f for f in figures(text) if f[0] == "四處"]


def test_four_places_still_count():
    # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender (gold: 四处 count 4): four air bases
    text = "在一项历时18个月策划的大胆袭击策划中，乌特工将无人机和炸药运送到俄罗斯腹地，袭击了四处空军基地。"
    assert ("四处", "count", "4", "") in figures(text)


def test_two_neighbouring_digits_after_a_ten_are_a_range():
    # fresh5 170_sina_workercn_campus_hiring_new_tier1: "fifteen or sixteen" CVs, not 156
    assert ("十五六份", "count", "15", "16") in figures("1个半月，邢文已经投递出去十五六份简历。")
    # the same shape with tens before it and a multiplier after it
    assert ("二十七八岁", "count", "27", "28") in figures("二十七八岁的年轻人")
    assert ("十五六万元", "money", "150000", "160000") in figures("十五六万元")


def test_a_ten_and_a_whole_number_stay_one_number():
    # 三十五个 is thirty-five; 二十三四十人 (twenty-three, thirty, forty?) is no pair of neighbours
    assert ("三十五个", "count", "35", "") in figures("三十五个人")
    assert not [f for f in figures("二十三四十人") if f[3]]


def test_a_grant_number_with_letters_among_its_parts_is_a_code():
    # fresh10 378_json_twreporter_opinion_academic_fraud: three grant numbers (gold NOT), the amounts around them figures
    text = ("光其中3項科技部的計畫（MOST 104-2321-B-002-006、MOST 104-2320-B-002-070-MY3、MOST 104-2911-I-002-302），"
            "總經費就高達4,330萬元，還不包括未公開數額的其他6項計畫。")
    assert [f[:3] for f in figures(text)] == [("3項", "count", "3"), ("4,330萬元", "money", "43300000"), ("6項", "count", "6")]
    # a range of wind forces keeps its hyphen
    assert ("2-3级", "measure", "2", "3") in figures("北转南风2-3级")
