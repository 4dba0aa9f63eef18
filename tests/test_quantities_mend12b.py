"""Round 12 mends (mend12b), from the NOT rows of the fresh11 scoring: the numbers of bus lines in a clause about
riding them (a name, not a figure), and a Chinese numeral with its measure word that opens a place name of the
article (五台县: not five machines). Every sentence is quoted from fresh11 (file named at each case); every expected
value was read off the article by hand."""

import pandas as pd

from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(zhs)]


def table_of(*texts):
    rows = [{"sent_id": k, "para_id": k, "role": "body", "text": t, "text_zhs": to_simplified(t)}
            for k, t in enumerate(texts)]
    table = quantities_table(pd.DataFrame(rows), None)
    return [(texts[s][a:b], kind, value) for s, a, b, kind, value
            in zip(table["sent_id"], table["start"], table["end"], table["kind"], table["value"])]


def test_bus_lines_in_a_riding_clause_are_names():
    # fresh11 397_jsonrecord_ettoday_calla_lily_yangmingshan: the bus directions to 竹子湖 (gold: no figure)
    assert figures("自捷運石牌站搭乘休閒公車128及小8。") == []
    assert figures("自捷運劍南路站搭乘681路公車至陽明山第二停車場，再轉乘128、129、小8、小9、124、131及131區。") == []
    assert figures("臺北榮民總醫院立體停車場：搭乘小8及128公車前往竹子湖。") == []


def test_a_span_with_its_unit_stays_a_figure_beside_the_bus():
    # the same file (397): the walk after the coach and the free parking hours are figures (gold: 30分鐘 ×2, 3小時)
    assert [f[:2] for f in figures("自公園路公保大樓前搭乘皇家客運「臺北-金山」線直達竹子湖派出所下車，下車後過「湖田橋」後，"
                                   "靠左步行30分鐘可達海芋大道，靠右步行30分鐘可達頂湖地區。")] == [
        ("30分鐘", "duration"), ("30分鐘", "duration")]
    assert ("3小時", "duration", "3") in figures(
        "為鼓勵民眾搭乘大眾運輸工具上山，福林公園地下停車場及百齡高中地下停車場提供轉乘公車上山之民眾當日當次停車前3小時免費之優惠措施")


def test_an_amount_of_buses_is_still_counted():
    # written for the test: 达/共有 before the number say it is an amount, even in a clause about buses
    assert ("1200", "number", "1200") in figures("全市公交车总数达1200")


def test_a_numeral_opening_a_place_name_counts_nothing():
    # fresh11 389_rss_xwlb_cctv_foguang_temple: 五台县, 五台山 (jieba: ns) and the road named by its towns,
    # 繁峙至五台高速公路 (gold: no figure in any of them; 2023年 and 2009年 are dates)
    found = table_of("在山西五台县的群峰环抱中，有一座千年古寺。",
                     "佛光寺坐落于山西省忻州市五台县，其东大殿是我国现存等级最高、保存最完整的唐代木构建筑，硕大的斗拱挑出的屋檐有将近4米",
                     "五台山2009年被认定为文化景观类世界遗产，佛光寺是其核心载体。",
                     "2023年，规划中的繁峙至五台高速公路原方案直抵佛光寺朝山山体。")
    assert not [f for f in found if f[0].startswith("五台")]
    assert ("4米", "measure", "4") in found and ("2009年", "date", "2009") in found


def test_a_numeral_and_measure_word_without_such_a_place_still_count():
    # written for the test: no place name opens with 五台 in this article, five computers are counted
    assert ("五台", "count", "5") in table_of("他买了五台电脑。")


def test_directions_by_bus_line_stay_check_worthy():
    # fresh11 397 (gold: check-worthy yes): no figure left, the bus lines named can be checked
    from zhnews.claims import tag_sentence
    assert tag_sentence(to_simplified("臺北榮民總醫院立體停車場：搭乘小8及128公車前往竹子湖。")).checkworthy


def test_a_span_of_tenths_with_one_cheng():
    # fresh11 397 (gold: 3到7成 percent 30..70): the flowers are 30 to 70 % open
    found = figures("目前竹子湖頂湖社區一帶的花田大部份都有開放摘採，花況雖僅開了3到7成左右，但肉眼看已經是一片盛開的白色花海")
    assert ("3到7成", "percent", "30") in found and not [f for f in found if f[0] == "3"]
    assert [f[:3] for f in figures("约两三成")] == [("两三成", "percent", "20")]  # written for the test


def test_a_slashed_month_and_day_told_as_when_something_opens():
    # fresh11 397 (gold: 3/30 date --03-30, the festival opens on 30 March; the file says 時間：3月30日 too)
    assert ("3/30", "date", "--03-30") in figures("一年一度的陽明山竹子湖海芋季將在3/30正式開跑，但在開幕活動開始前，竹子湖的海芋已經陸續盛開")
    # seen fresh 1/3 (gold ratio): a share stays a share
    assert ("1/3", "ratio", "0.333333") in figures("如果这项技术推广到全世界，至少1/3的腰痛病人无须接受腰椎融合手术便能不再为腰疼忍受痛苦。")


def test_two_decades_of_a_century_are_one_range():
    # fresh11 393_transcript_cctv_xinwenlianbo_underground_pipes (gold: 20世纪80至90年代 date 1980..1999, one row)
    text = "放眼全国，问题同样如此，全国近390万公里的城市地下管网，大量建设于20世纪80至90年代，已然成为城市安全运行的"
    found = [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(text)]
    assert ("20世纪80至90年代", "date", "1980", "1999") in found and len(found) == 2
