"""Round 22 (figures22): figure years, values and kinds by shape family. Every expected value was written by hand from
the quoted sentence (made-up variants say so)."""

import pandas as pd

from zhnews.claims.quantities import quantities_table


def _sentences(*rows):
    return pd.DataFrame(
        [{"sent_id": i, "para_id": p, "role": "body", "text": t, "text_zhs": t} for i, (p, t) in enumerate(rows)]
    )


def _value(table, written):
    return table.loc[table.text == written, "value"].tolist()


# An undated text that says 今年 and 去年 is written the year after the latest year it writes with 年; a year it
# writes without 年 before the words it dates (the current edition, season or intake) or glossed in 今（2017）年 is
# its own year.

def test_an_undated_text_that_names_its_own_edition_by_a_bare_year_is_written_that_year():
    # fresh18 576 (HBR Taiwan, no publish date; gold 今年 5 月 = 2018-05, 今年 10 月 1 日 = 2018-10-01): 2018 第三場 GTC
    table = quantities_table(_sentences(
        (0, "在德國慕尼黑，黃仁勳正準備上台發表 2018 第三場的全球 GPU 技術大會。"),
        (1, "2015 年是第 29 名，2016 年就衝到第六名，去年第三名，今年則再上層樓，排第二。"),
        (2, "其實今年 5 月，黃仁勳已被選為全球三十位最佳執行長。"),
        (3, "他也是雜誌評選的「2017 年度企業家」。"),
        (4, "從今年 10 月 1 日創下股價歷史新高 292 美元往回看，在 2012 年中時，股價還在 13 美元徘徊。"),
    ), publish_date=None)
    assert _value(table, "5 月") == ["2018-05"]
    assert _value(table, "10 月 1 日") == ["2018-10-01"]


def test_other_outlets_name_their_current_season_or_intake_without_nian():
    # made up: another company's edition of an event (2023 第二场) and last year's result told with 去年
    table = quantities_table(_sentences(
        (0, "华为 2023 第二场发布会即将开始，各路媒体已到场。"),
        (1, "去年，该队获得亚军；2021年，它排名第五。"),
        (2, "今年3月，俱乐部更换了主教练。"),
    ), publish_date=None)
    assert _value(table, "3月") == ["2023-03"]
    # made up: a cohort of recruits (fresh7 307's 2019入伍新兵), in the order of fresh6 272's 2022選戰
    table = quantities_table(_sentences(
        (0, "2024入伍新兵今天抵达营区。"),
        (1, "去年11月，征兵开始；今年1月，体检结束。"),
    ), publish_date=None)
    assert _value(table, "1月") == ["2024-01"]
    # the PTT shape itself (fresh6 272), simplified
    table = quantities_table(_sentences(
        (0, "2022选战即将开打，民众对六都市长打了分数。"),
        (1, "去年11月，民调显示支持度下滑；今年1月，又回升了。"),
    ), publish_date=None)
    assert _value(table, "1月") == ["2022-01"]


def test_a_year_glossed_in_jin_nian_is_the_year_written():
    # made up on fresh13 430's shape: 今（2017）年 names the current year; 今年6月 is then 2017's, not 2018's
    table = quantities_table(_sentences(
        (0, "今（2017）年有7位同学是第二次获奖，去年只有3位。"),
        (1, "颁奖典礼今年6月举行。"),
    ), publish_date=None)
    assert _value(table, "6月") == ["2017-06"]


def test_a_later_year_with_nian_still_dates_the_text_after_it():
    # near-miss (made up): the bare year is older than a year written with 年; the latter is at most last year
    table = quantities_table(_sentences(
        (0, "1997被列入保护名录。"),
        (1, "2005年7月，两国开始谈判；自去年开始，交流减少。"),
        (2, "今年1月中旬，双方再次会晤。"),
    ), publish_date=None)
    assert _value(table, "1月中旬") == ["2006-01"]


def test_a_publish_date_anchors_this_year_whatever_the_bare_years_say():
    # near-miss (made up): with a publish date, 今年 is its year, even when the text names a later edition
    table = quantities_table(_sentences(
        (0, "2026赛季的报名已经开始。"),
        (1, "去年球队排名第三，今年3月更换了教练。"),
    ), publish_date="2025-05-02")
    assert _value(table, "3月") == ["2025-03"]


# A sentence that says 今年 and names a plan, a report or an event by its year in quotes or title marks says which year
# 今年 is (no publish date).

def test_a_this_year_sentence_that_names_its_plan_by_year_dates_the_text():
    # fresh16 526 (中國時報 JSON record, no date; gold 今年5月 = 2020-05, 去年11月 = 2019-11)
    table = quantities_table(_sentences(
        (0, "去年11月高巿教育局為高雄體育學子爭取訓練輔導金。"),
        (1, "核准案今年5月通過。"),
        (2, "南市今年並制定「2020年台南市菁英選手補助計畫」，提高奪牌選手培訓獎助。"),
    ), publish_date=None)
    assert _value(table, "5月") == ["2020-05"] and _value(table, "11月") == ["2019-11"]
    # fresh5 170 (工人日报 repost, no date, no 去年; gold 今年3月 = 2018-03)
    table = quantities_table(_sentences(
        (0, "在今年3月移动招聘平台BOSS直聘发布的《2018旺季人才趋势报告》中，新一线城市表现亮眼。"),
    ), publish_date=None)
    assert _value(table, "3月") == ["2018-03"]
    # made up: another outlet, an event named in double quotes, the name before 今年
    table = quantities_table(_sentences(
        (0, "“2023中关村论坛”今年5月在北京举行，今年6月起，相关成果陆续发布。"),
    ), publish_date=None)
    assert _value(table, "6月") == ["2023-06"]


def test_a_years_accounts_or_a_long_range_plan_named_this_year_do_not_date_the_text():
    # near-misses (made up): 《2018年度财务报告》 published 今年 is last year's accounts; 《2035年远景目标纲要》 a target
    for name in ("《2018年度财务报告》", "《2035年远景目标纲要》", "《2030年发展规划》"):
        table = quantities_table(_sentences((0, f"公司今年4月发布{name}。"), (1, "今年6月，新厂投产。")), publish_date=None)
        assert _value(table, "6月") == ["--06"], name
    # and with a publish date, the publish year rules
    table = quantities_table(_sentences((0, "今年并制定「2020年菁英选手补助计划」，今年3月公布。")), publish_date="2021-04-01")
    assert _value(table, "3月") == ["2021-03"]
