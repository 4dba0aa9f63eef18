"""Round 22 (figures22): the year an undated text is written in, by shape family. Every expected value was written by
hand from the quoted sentences (made-up variants say so)."""

import pytest

from test_quantities import _sentences
from zhnews.claims.quantities import quantities_table


def _value(written, *texts, publish_date=None):
    """The value of the figure ``written`` in a text of these sentences, one paragraph each."""
    table = quantities_table(_sentences(*enumerate(texts)), publish_date=publish_date)
    return table.loc[table.text == written, "value"].tolist()


# An undated text that says 今年 and 去年 is written the year after the latest year it writes with 年; a year it
# writes without 年 before the words it dates (the current edition, season or intake) or glossed in 今（2017）年 is
# its own year.
@pytest.mark.parametrize("texts, written, expected", [
    # fresh18 576 (HBR Taiwan, no publish date; gold 今年 5 月 = 2018-05, 今年 10 月 1 日 = 2018-10-01): 2018 第三場 GTC
    (("在德國慕尼黑，黃仁勳正準備上台發表 2018 第三場的全球 GPU 技術大會。",
      "2015 年是第 29 名，2016 年就衝到第六名，去年第三名，今年則再上層樓，排第二。",
      "其實今年 5 月，黃仁勳已被選為全球三十位最佳執行長。", "他也是雜誌評選的「2017 年度企業家」。",
      "從今年 10 月 1 日創下股價歷史新高 292 美元往回看，在 2012 年中時，股價還在 13 美元徘徊。"), "10 月 1 日", "2018-10-01"),
    # made up: another company's edition of an event (2023 第二场), last year's result told with 去年
    (("华为 2023 第二场发布会即将开始，各路媒体已到场。", "去年，该队获得亚军；2021年，它排名第五。", "今年3月，俱乐部更换了主教练。"),
     "3月", "2023-03"),
    # made up: a cohort of recruits (fresh7 307's 2019入伍新兵)
    (("2024入伍新兵今天抵达营区。", "去年11月，征兵开始；今年1月，体检结束。"), "1月", "2024-01"),
    # fresh6 272's 2022選戰 (simplified), in a made-up text
    (("2022选战即将开打，民众对六都市长打了分数。", "去年11月，民调显示支持度下滑；今年1月，又回升了。"), "1月", "2022-01"),
    # made up on fresh13 430's shape: 今（2017）年 names the current year
    (("今（2017）年有7位同学是第二次获奖，去年只有3位。", "颁奖典礼今年6月举行。"), "6月", "2017-06"),
    # near-miss (made up): the bare year is older than a year written with 年, which is at most last year
    (("1997被列入保护名录。", "2005年7月，两国开始谈判；自去年开始，交流减少。", "今年1月中旬，双方再次会晤。"), "1月中旬", "2006-01"),
])
def test_an_undated_text_that_names_its_own_year_without_nian_is_written_that_year(texts, written, expected):
    assert _value(written, *texts) == [expected]


def test_a_publish_date_anchors_this_year_whatever_the_bare_years_say():
    # near-miss (made up): with a publish date, 今年 is its year, even when the text names a later edition
    assert _value("3月", "2026 第一场报名已经开始。", "去年球队排名第三，今年3月更换了教练。", publish_date="2025-05-02") == ["2025-03"]


# A sentence that says 今年 and names a plan, a report or an event by its year in quotes or title marks says which year
# 今年 is (no publish date).
@pytest.mark.parametrize("texts, written, expected", [
    # fresh16 526 (中國時報 JSON record, no date; gold 今年5月 = 2020-05, 去年11月 = 2019-11)
    (("去年11月高巿教育局為高雄體育學子爭取訓練輔導金。", "核准案今年5月通過。",
      "南市今年並制定「2020年台南市菁英選手補助計畫」，提高奪牌選手培訓獎助。"), "11月", "2019-11"),
    # fresh5 170 (工人日报 repost, no date, no 去年; gold 今年3月 = 2018-03)
    (("在今年3月移动招聘平台BOSS直聘发布的《2018旺季人才趋势报告》中，新一线城市表现亮眼。",), "3月", "2018-03"),
    # made up: another outlet, an event named in double quotes before 今年
    (("“2023中关村论坛”今年5月在北京举行，今年6月起，相关成果陆续发布。",), "6月", "2023-06"),
])
def test_a_this_year_sentence_that_names_its_plan_by_year_dates_the_text(texts, written, expected):
    assert _value(written, *texts) == [expected]


@pytest.mark.parametrize("name", ["《2018年度财务报告》", "《2035年远景目标纲要》", "《2030年发展规划》"])
def test_a_years_accounts_or_a_long_range_plan_named_this_year_do_not_date_the_text(name):
    # near-misses (made up): a year's accounts published 今年 are last year's; a plan named by its end year is a target
    assert _value("6月", f"公司今年4月发布{name}。", "今年6月，新厂投产。") == ["--06"]


def test_a_publish_date_rules_over_a_named_plan():
    # near-miss (made up): with a publish date, the publish year is 今年
    assert _value("3月", "今年并制定「2020年菁英选手补助计划」，今年3月公布。", publish_date="2021-04-01") == ["2021-03"]
