"""Round 12 figure shapes (issue 12, figures12): numbers written on after 萬, 兆 before a currency, a range whose
low end carries no multiplier, 唯一一幢, days of 上月 / 本月, a day of the week dated in brackets, bare 亿 amounts in
an article of money, an earthquake's 規模, 今年前5月, 前晚 / 昨早 hours. Every sentence is quoted from a seen split
(file named at each case); every expected value was read off the article by hand."""

import pandas as pd
import pytest

from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.value_high, q.unit) for q in find_quantities(zhs)]


def _sentences(*rows):
    return pd.DataFrame([{"sent_id": i, "para_id": p, "role": "body", "text": t, "text_zhs": to_simplified(t)}
                         for i, (p, t) in enumerate(rows)])


@pytest.mark.parametrize("text, expected", [
    # fresh10 379_csv_chinatimes_military_service_debate: the digits after 萬 are the rest of the number
    ("阿富汗淪陷後一週起（2021/08/15~2021/08/21），兵役話題的網路聲量共計4萬845筆。",
     ("4萬845筆", "count", "40845", "", "笔")),
    # fresh10 374_json_twreporter_taipei_earthquake_simulation: 3千 after 32萬
    ("這場地震中，總死亡人數32萬3千人，其中23萬人死於海嘯。", ("32萬3千人", "count", "323000", "", "人")),
    # fresh10 378_json_twreporter_opinion_academic_fraud: 兆 before 元 is Taiwan's trillion
    ("每年花的76億元，15年後可望變成16兆元。", ("16兆元", "money", "16000000000000", "", "CNY")),
    # fresh7 301_mingpao_gangnan_indecent_assault_trial: 萬 belongs to the high end only (not 5000萬)
    ("劉其間曾問B有否興趣與「闊太過夜」，每次可獲5000至1萬元。", ("5000至1萬元", "money", "5000", "10000", "CNY")),
    # fresh8 337_thewitness_hk_fire_contractor_lawsuit: typeset with spaces, both ends with 萬元
    ("官引述時任黎姓法團主席指，當時 4 間承辦商就「外牆髹 2 帖紙皮石保護光油」的投標價，介乎 1,100 萬元至 2,300 萬元，"
     "指宏業收費並非最高，而業主最終以 75.6% 議決通過聘用宏業。",
     ("1,100 萬元至 2,300 萬元", "money", "11000000", "23000000", "CNY")),
    # fresh8 337: after 高出, a bare 2 shares the 倍 of 10: a range, not a change and its level
    ("其中就工程合約，他認為合約涉及「非必要」的「美化工程」，又指工程費用不合理，例如「於外牆所有紙皮石位置，髹 2 帖紙皮石保護光油」"
     "費用逾 2,000 萬元，認為有關工程被「圍標報價」，質疑宏業的工程費用，比正常價格高出 2 至 10 倍。",
     ("2 至 10 倍", "multiple", "2", "10", "倍")),
    # fresh9 351_json_ltn_injured_climber_li_minghan: Taiwan's 公尺 is the metre
    ("後來他決定往哈崙工作站移動，他評估，2000公尺的山上，夜間溫度不很冷，因此放棄身上背包，但爬了3天還爬不到哈崙工作站，這段路約2公里多。",
     ("2000公尺", "measure", "2000", "", "米")),
    # fresh5 157_wechat_jiqizhixin_cartesia_mamba_funding: 毫秒 is a duration
    ("Cartesia 选择了「最快、质量最高」作为 Sonic 的宣传语：它可以在仅 90 毫秒内（大约是眨两次眼睛的时间）流式输出第一个音频字节，"
     "完美适用于实时和对话式体验。", ("90 毫秒", "duration", "90", "", "millisecond")),
    # fresh10 372_sina_changsha_li_yang_crazy_english_closure: 学费 is a money word
    ("300个课时，学费5万多", ("5万多", "money", "50000", "", "CNY")),
    # fresh10 368_cnbeta_sohuit_rim_blackberry10_prototype: years before 财年, the first one listed
    ("他还将公司2013和2014财年营收下调，因为三星和苹果会继续夺取份额。", ("2013", "date", "2013", "", "")),
    ("他还将公司2013和2014财年营收下调，因为三星和苹果会继续夺取份额。", ("2014财年", "date", "2014", "", "")),
    # fresh3 112_wechat_geekpark_nio_annual_loss: a year before 全年, typeset with spaces
    ("在 2023 全年，蔚来总营收达 556.179 亿元，创历史新高。", ("2023 全年", "date", "2023", "", "")),
    # fresh5 150_hkej_scaffold_netting: 唯一 + 一幢 is one building (not 11); 唯一 stresses the count like 只有
    ("在唯一一幢未受大火波及的大廈內，發現玻璃窗貼上發泡膠板，一旦遇熱很容易蔓延。", ("一幢", "count", "1", "", "幢")),
    # fresh10 374: 規模 before a magnitude-sized number is an earthquake's magnitude
    ("科學家思考的關鍵是：全段都動，規模高達6.9，但機率不高", ("6.9", "measure", "6.9", "", "magnitude")),
])
def test_round12_number_shapes(text, expected):
    assert expected in figures(text)


def test_no_number_runs_on_after_wan_when_spoken_short():
    """A lone digit after 萬 is the spoken 3万5 (35,000), not written out: it is not glued on as 30005 (月薪 makes the
    40000 money since round 27's money_context.txt)."""
    assert ("4萬", "money", "40000", "", "CNY") in figures("他說月薪4萬5")


def test_zhi_before_a_verb_is_only_not_a_measure_word():
    """fresh10 378: 76億只佔了1,100億的7％ is "7.6 billion only makes up", not 7.6 billion animals (只 the measure word)."""
    found = figures("根據科技部「全國科技動態調查」的資料，即便不算私人企業與非營利機構的投資，僅是政府與高等教育兩個公部門的研發經費總和，"
                    "從2013年至2017年，每年都有1,100億元左右的水準；2017年甚至已接近1,200億元；計算一下比例，76億只佔了1,100億的7％而已。")
    # bare, and money: the sentence wrote 1,100億元 before it (r31c: an amount in the same multiplier and a currency
    # earlier in the sentence makes a bare one that money; the gold reads money TWD, the article's own currency)
    assert ("76億", "money", "7600000000", "", "CNY") in found


def test_gui_mo_before_a_large_number_is_no_magnitude():
    """規模 before a number of 10 or more names the size of something else (a market's 3000)."""
    assert figures("市场规模 3000")[0][1] == "number"


def test_a_day_of_last_month_and_of_this_month_count_from_the_publish_date():
    """fresh7 302 (published 2019-05-12): 上月26日 is 26 April; fresh9 351 (2017-06-29): 於本月20日獲救 is 20 June."""
    table = quantities_table(_sentences((0, "上月26日，杜特尔特出席在北京召开的第二届“一带一路”国际合作高峰论坛高级别会议。")),
                             publish_date="2019-05-12")
    assert table.loc[0, ["text", "kind", "value"]].tolist() == ["上月26日", "date", "2019-04-26"]
    assert table.loc[0, "anchor"] == "publish date 2019-05-12, 上月"
    table = quantities_table(_sentences((0, "在PTT被封為「登山神人」的29歲李明翰獨攀能高哈崙橫斷，從5月16日起失聯35天，於本月20日獲救，"
                                            "他昨天對外界說明始末。")),
                             publish_date="2017-06-29")
    assert dict(zip(table.text, table.value))["本月20日"] == "2017-06-20"


def test_a_day_of_last_month_without_a_publish_date_stays_without_month():
    table = quantities_table(_sentences((0, "上月26日，杜特尔特出席在北京召开的第二届“一带一路”国际合作高峰论坛高级别会议。")))
    assert table.loc[0, "value"] == "---26"


def test_a_day_of_the_week_leaves_the_figure_to_the_date_in_brackets_after_it():
    """tune 245_dw_npc_hk_security_law (published 2020-06-30): 周三（7月1日） is the coming Wednesday, 1 July, and the
    date in brackets is the figure; fresh8 337's gold labels only `26 日` in 周三（26 日） (data/eval/FIGURES_CONVENTION.md)."""
    table = quantities_table(_sentences(
        (0, "香港电台报导，国务院新闻办公布周三（7月1日）早上10时将举行记者会，介绍港版国安法有关情况，"
            "届时港澳办常务副主任张晓明和全国人大常委会法工委主任沈春耀将会出席，回应传媒提问。")),
        publish_date="2020-06-30")
    by_text = dict(zip(table.text, table.value))
    assert by_text["7月1日"] == "2020-07-01" and "周三" not in by_text
    table = quantities_table(_sentences((0, "大埔宏福苑周三（26 日）發生五級大火，造成過百人死亡，是本港 60 年以來最嚴重火警。")),
                             publish_date="2025-11-28")
    by_text = dict(zip(table.text, table.value))
    assert by_text["26 日"] == "2025-11-26" and "周三" not in by_text


BOX_OFFICE = (  # fresh10 362_wechat_24zhen_national_day_box_office: amounts in 亿 are box-office takings
    (0, "2013年国庆档票房为6.28亿元，2014年大盘就直接突破10亿，几乎翻倍的票房涨幅也是那几年中国电影市场高速发展的缩影。"),
    (1, "2014年国庆档以11.18亿元的票房成绩收官，正式宣告国庆档10亿＋时代的到来。"),
    (2, "可国庆档的票房却高达43.89亿元，成为仅次于2019年的第二强国庆档。"),
    (3, "2017年的国庆假期包含中秋节，双节同庆首次推动档期票房突破20亿大关，达到26.5亿。"),
    (4, "其中，《长津湖》凭借霸道的排片率在档内报收32亿，将其他影片远远甩在身后。"),
)


def test_bare_billions_in_an_article_of_money_are_money():
    table = quantities_table(_sentences(*BOX_OFFICE), publish_date="2022-10-08")
    by_text = {t: (k, v, u) for t, k, v, u in zip(table.text, table.kind, table.value, table.unit)}
    assert by_text["26.5亿"] == ("money", "2650000000", "CNY")
    assert by_text["32亿"] == ("money", "3200000000", "CNY")


def test_bare_billions_stay_numbers_when_the_articles_billions_are_not_money():
    """fresh2 85_chinanews_qiushi_domestic_demand counts people in 亿 (14亿人口, 176亿人次): a bare 亿 there is no money."""
    table = quantities_table(_sentences(
        (0, "14亿人口使我国每年的粮食消耗量和蔬菜消费量均超过7亿吨，全年完成的营业性客运量高达176亿人次。"),
        (1, "其中，《长津湖》凭借霸道的排片率在档内报收32亿，将其他影片远远甩在身后。")), publish_date="2020-06-01")
    assert dict(zip(table.text, table.kind))["32亿"] == "number"


def test_the_first_months_of_the_year():
    """tune 172_pts_drunk_driving_wugu (發布時間：2023-08-24): 今年前5月 is January to May 2023."""
    table = quantities_table(_sentences((0, "只見酒駕事故頻傳，今年前5月對比去年同期增加，甚至有年輕化趨勢。")),
                             publish_date="2023-08-24")
    row = table[table.text == "前5月"].iloc[0]
    assert (row.value, row.value_high, row.qualifier) == ("2023-01", "2023-05", "range")


def test_hours_of_the_night_before_last_and_of_yesterday_morning():
    """fresh10 376 (paper of 2021-06-20): 昨早近8時 is the 19th, 前晚10時 the 18th; fresh9 353 (2002-03-01):
    前晚十一時 is 27 February."""
    table = quantities_table(_sentences(
        (0, "昨早近8時，法院外已有逾百市民排隊輪候公眾席旁聽，現場至少三部警車、兩隊軍裝藍帽子戒備。"),
        (1, "被扣留40小時，前晚10時始獲准保釋的《蘋果》副社長陳沛敏及動新聞平台總監張志偉，亦到法庭支持張劍虹及羅偉光。")),
        publish_date="2021-06-20")
    values = dict(zip(table.text, table.value))
    assert values["8時"] == "2021-06-19T08:00"
    assert values["晚10時"] == "2021-06-18T22:00"
    table = quantities_table(_sentences((0, "前晚十一時，吉叔原定返C更（十一時十五分至翌日上午八時），他如常返回警署領取佩槍及開簡報會，"
                                            "之後便失去蹤影，並無如常與小隊同袍吃消夜出勤。")), publish_date="2002-03-01")
    assert table.loc[0, ["text", "value"]].tolist() == ["晚十一時", "2002-02-27T23:00"]


def test_a_cohort_year_does_not_anchor_the_dates_around_it():
    """fresh5 170_sina_workercn_campus_hiring_new_tier1 (no publish date, autumn 2018): the 2019 hiring season and the
    class of 2019 (2019年校园招聘季, 2019届毕业生) are named after the year they end in; 进入11月 and 从9月开学 are 2018's,
    the year the article names as a time (cohort_words.txt)."""
    table = quantities_table(_sentences(
        (0, "进入11月，2019年校园招聘季进行得如火如荼，对于新一批高校毕业生来说，找工作已步入关键时期。"),
        (1, "近年来，成都、杭州、重庆、武汉、苏州、西安、天津、南京等新一线城市密集出台引进人才的政策，特别是2018年，"
            "无论是在落户政策还是在购房政策方面，相关优惠政策频频出台。"),
        (2, "带着这样的问题，《工人日报》记者近距离观察2019年校招季。"),
        (3, "从9月开学进入研三以来，来自中国矿业大学2019届毕业生邢文就开始着手寻找心仪的企业。")))
    values = dict(zip(table.text, table.value))
    assert (values["11月"], values["9月"]) == ("2018-11", "2018-09")
    assert set(table[table.text.isin(["11月", "9月"])].anchor) == {"latest year in the article: 2018"}
