"""Round 30 figure shapes (r31c), from fresh37's misses read against the seen gold: names that hold a number (a local
policy's nickname 沪九条, a hotline in quotes, a product's generation, a heading's number, 二套房, a digest's first list
marker), ranges written high to low before 不等 and date ranges of mixed precision, 半年度, a planned-outcome year that
anchors nothing, index points as a measure, a bare amount after the same money, an amount told by its digits, lines of
code, a citation's year, and change roles (a verb's short object, 重挫, a move that starts from a rate, 调整为, a span
told against a base). Real sentences name their file; the others are made-up variants of the same shape, and
near-misses that must not change."""

import pytest

from test_quantities import _sentences
from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.value_high, q.unit) for q in find_quantities(zhs)]


def written(text):
    return [figure[0] for figure in figures(text)]


def roles(text):
    zhs = to_simplified(text)
    return {text[q.start:q.end]: q.role for q in find_quantities(zhs)}


# --- 1. names with a number -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # fresh37 1043_mdslice_cls_shanghai_housing_policy_0820
    ("在2025年8月“沪六条”支持缴存人购买本市新建预售商品住房提取住房公积金支付首付款的基础上", "六条"),
    ("优化2024年5月“沪九条”出台的“以旧换新”补贴政策", "九条"),
    ("拨打住房公积金热线“12329”具体咨询。", "12329"),
    ("拨打房地产交易行业服务热线“962269”具体咨询。", "962269"),
    ("《通知》明确优化二套房贷首付款比例。", "二套"),
    ("二套住房商业性个人住房贷款最低首付款比例", "二套"),
    # fresh37 1049_md_wechat_yulong_gpt_image2_fake_livestreams: a product's generation and section headings
    ("在另一个抖音直播间里，卖的是苹果 17 系列手机", "17"),
    ("1 硅谷大佬集体来华直播，带的全是竞品？", "1"),
    ("4 我的一点感受", "4"),
    # fresh37 1052_md_wechat_yulong_tencent_qclaw_test: a label's number before the heading's colon
    ("实测 1：追着它搜马斯克", "1"),
    # fresh37 1044_mdslice_cls_morning_briefing_0626: the digest's first item after its bracketed heading
    ("【财联社6月26日早间新闻精选】 1、商务部新闻发言人何亚东在25日举行的例行新闻发布会上表示", "1"),
    # made-up variants from other outlets
    ("深圳楼市“深八条”发布后，成交回暖", "八条"),
    ("楼市新京五条落地", "五条"),
    ("消费者可致电客服“95588”查询", "95588"),
    ("买二套住房的家庭首付提高", "二套"),
    ("小米14系列首销告罄", "14"),
    ("02 它有何特点", "02"),
    ("步骤2：打开设置页面", "2"),
    ("【本周要闻】 1、央行下调存款准备金率", "1"),
])
def test_names_with_a_number_are_no_figures(text, name):
    assert name not in written(text)


@pytest.mark.parametrize("text, expected", [
    # near-misses: the short name ends a longer place name; a count of homes; a count of series; a sentence opening
    # with its figure; a ratio and a label's figure
    ("北京五条措施出台", ("五条", "count", "5", "", "条")),
    ("上海三条线路开通", ("三条", "count", "3", "", "条")),
    ("他在北京有两套房", ("两套", "count", "2", "", "套")),
    ("今年推出了3个系列", ("3个", "count", "3", "", "个")),
    ("3 人死亡", ("3 人", "count", "3", "", "人")),
    ("21 寸轮毂看起来帅是帅", ("21 寸", "measure", "21", "", "英寸")),
    ("比分 1:0", ("1:0", "ratio", "1:0", "", "")),
    ("年龄：27岁", ("27岁", "count", "27", "", "岁")),
])
def test_counts_near_those_names_stay(text, expected):
    assert expected in figures(text)


# --- 2. ranges ------------------------------------------------------------------------------------------------------

def test_spreads_written_high_to_low_are_one_range_each():
    # fresh37 1046_md_qqnews_shanghai_court_zhengda_fundraising_verdict
    found = figures("分别判处有期徒刑十三年至七年六个月不等刑罚，并处1,000万元至150万元不等罚金。")
    assert ("十三年至七年六个月", "duration", "7.5", "13", "year") in found
    assert ("1,000万元至150万元", "money", "1500000", "10000000", "CNY") in found
    assert len(found) == 2


@pytest.mark.parametrize("text, expected", [
    ("对其余被告人判处罚金50万元至10万元不等", ("50万元至10万元", "money", "100000", "500000", "CNY")),
    ("分别被判处有期徒刑五年至二年不等", ("五年至二年", "duration", "2", "5", "year")),
])
def test_other_spreads_high_to_low(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # a move keeps its two levels; a list's last two stay apart (test 44, gold three figures); low to high as before
    ("罚金从1000万元降至150万元", ("150万元", "money", "1500000", "", "CNY")),
    ("入场费从几万元、几十万元到100多万元不等。", ("100多万元", "money", "1000000", "", "CNY")),
    ("价格根据不同尺码从280元到360元不等", ("280元到360元", "money", "280", "360", "CNY")),
])
def test_moves_lists_and_rising_ranges_unchanged(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh37 1046: one range from a month to a day, both years written
    ("其中，2011年11月至2016年4月14日,“证大系”企业非法募集资金179.60亿余元",
     ("2011年11月至2016年4月14日", "date", "2011-11", "2016-04-14", "")),
    ("2016年4月14日至2018年5月，该公司累计融资", ("2016年4月14日至2018年5月", "date", "2016-04-14", "2018-05", "")),
    ("2019年3月至2020年6月30日期间", ("2019年3月至2020年6月30日", "date", "2019-03", "2020-06-30", "")),
])
def test_date_ranges_of_mixed_precision_with_both_years(text, expected):
    assert expected in figures(text)


def test_date_ranges_without_both_years_keep_their_shape():
    # a month then a day with no year on the day: not joined across precisions (nothing says the day's year)
    assert ("2018年9月至11月", "date", "2018-09", "2018-11", "") in figures("2018年9月至11月")
    assert ("5月7日至6月25日", "date", "--05-07", "--06-25", "") in figures("5月7日至6月25日股价累计上涨")


# --- 3. dates -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # fresh37 1044: a listed company's interim period
    ("预计2026年半年度归属于上市公司股东的净利润为55.00亿元-60.00亿元", ("2026年半年度", "date", "2026-H1", "", "")),
    ("公司披露2025年半年度报告", ("2025年半年度", "date", "2025-H1", "", "")),
])
def test_half_year_period_is_the_first_half(text, expected):
    assert expected in figures(text)


def test_half_year_report_stays_the_year():
    assert ("2026年", "date", "2026", "", "") in figures("沪市公司2026年半年报预约披露时间出炉")


def _dates(rows, publish_date=None):
    table = quantities_table(_sentences(*enumerate(rows)), publish_date=publish_date)
    return dict(zip(table.text, table.value))


def test_a_planned_outcome_year_anchors_nothing():
    # fresh37 1044 (no publish date): 2027年交付 is a contract's target, the digest's days are of 2026
    dates = _dates(["沪市公司2026年半年报预约披露时间出炉。",
                    "永太科技公告，全资子公司与宁德时代签订电解液原材料合作协议，2027年交付2万吨±5%。",
                    "三星集团据悉将于6月29日公布一项为期十年的投资计划。"])
    assert dates["6月29日"] == "2026-06-29"


@pytest.mark.parametrize("planned", ["2028年建成投产", "2027年前完工", "2030年实现量产"])
def test_other_planned_outcomes_anchor_nothing(planned):
    dates = _dates(["该公司2025年营收增长。", f"新工厂预计{planned}。", "5月26日，公司召开股东大会。"])
    assert dates["5月26日"] == "2025-05-26"


def test_a_year_told_as_done_still_anchors():
    # near-miss: with a publish date an earlier year before 投产 is no target (the rule is for texts without one)
    dates = _dates(["该厂2019年投产，当年产值过亿。", "5月26日，工厂扩建。"], publish_date="2019-08-01")
    assert dates["5月26日"] == "2019-05-26"


# --- 4. kinds -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # fresh37 1041_md_qqnews_jrj_a_share_close_0629
    ("截至收盘，沪指跌0.22％，报3182.38点，深成指跌0.1％，报10915.5点", ("3182.38点", "measure", "3182.38", "", "点")),
    ("创业板指跌0.09％，报2180.06点，科创50指数跌0.67％，报1001.46点。", ("1001.46点", "measure", "1001.46", "", "点")),
    # made-up variants: a US close, a composite index
    ("道指跌0.6%报38763.45点", ("38763.45点", "measure", "38763.45", "", "点")),
    ("恒指收涨215点", ("215点", "measure", "215", "", "点")),
])
def test_index_points_are_a_measure(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    ("有关伊美谅解备忘录草案的14点内容", ("14点", "count", "14", "", "点")),
    ("在岸与离岸人民币价差报64点。", ("64点", "count", "64", "", "点")),
])
def test_points_without_an_index_stay_counted(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh37 1041
    ("在原来10万元满仓情况下，又转入10万。", ("10万", "money", "100000", "", "CNY")),
    ("“达到20万的仓位，迈出进入股市的第二步”", ("20万", "money", "200000", "", "CNY")),
    # made-up variants
    ("首期投入5亿美元，后期再追加3亿", ("3亿", "money", "300000000", "", "USD")),
    ("他先存了2万元，月底又存了1万", ("1万", "money", "10000", "", "CNY")),
])
def test_a_bare_amount_after_the_same_money_is_money(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    ("该市有人口10万，财政收入5万元", ("10万", "number", "100000", "", "")),
    ("公司投资5亿元，吸引游客3亿人次", ("3亿人次", "count", "300000000", "", "人次")),
])
def test_other_bare_amounts_unchanged(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh37 1050_md_wechat_yulong_openclaw_ai_income
    ("34% 首月就破了四位数美元。", ("四位数美元", "money", "1000", "", "USD")),
    ("他拿到了六位数的年薪", ("六位数", "money", "100000", "", "CNY")),
    ("单笔交易额达到七位数元", ("七位数元", "money", "1000000", "", "CNY")),
])
def test_an_amount_told_by_its_digits(text, expected):
    assert expected in figures(text)


def test_digits_of_a_rate_are_no_money():
    assert not [f for f in figures("通胀降至个位数") if f[1] == "money"]
    assert not [f for f in figures("增速保持两位数") if f[1] == "money"]


@pytest.mark.parametrize("text, expected", [
    # fresh37 1048_md_ruanyf_weekly_issue383_ai_coding_levels
    ("“它有22.5万行 Go 语言代码，我从来没看过它的代码。”", ("22.5万行", "count", "225000", "", "行")),
    ("这段源码只有300行", ("300行", "count", "300", "", "行")),
    ("项目写了5000行Python代码", ("5000行", "count", "5000", "", "行")),
])
def test_lines_of_code_are_counted(text, expected):
    assert expected in figures(text)


def test_lines_without_code_are_no_unit():
    assert ("3", "number", "3", "", "") in figures("银行有3行")


@pytest.mark.parametrize("text, expected", [
    # fresh37 1048
    ("书名就叫《程序员的呐喊》（人民邮电出版社，2014）。", ("2014", "date", "2014", "", "")),
    ("参见《经济学原理》（北京大学出版社，2009）", ("2009", "date", "2009", "", "")),
    ("（Smith, 2020）", ("2020", "date", "2020", "", "")),
])
def test_a_citations_year_is_a_date(text, expected):
    assert expected in figures(text)


# --- 5. roles -------------------------------------------------------------------------------------------------------

def test_amount_after_a_change_verb_and_its_object():
    # fresh37 1042_md_qqnews_jrj_three_airlines_2022_losses
    got = roles("其中，因运力投入减少而减少收入215.11亿元，因载运率上升而增加收入1.86亿元")
    assert got["215.11亿元"] == "change_down" and got["1.86亿元"] == "change_up"
    assert roles("公司增加投资100亿元")["100亿元"] == "change_up"
    assert roles("今年降低成本3000万元")["3000万元"] == "change_down"


def test_amount_after_a_longer_word_is_no_change():
    assert roles("增加值215亿元")["215亿元"] == ""
    assert roles("新增贷款5亿元")["5亿元"] == ""


@pytest.mark.parametrize("text, figure, role", [
    # fresh37 1041
    ("顺丰控股放量一度重挫8%，午后跌幅收窄", "8%", "change_down"),
    ("日经指数大挫3.2%", "3.2%", "change_down"),
    # fresh37 1042: a move from a rate's value to another: both levels
    ("国际货币基金组织预测全球经济增长率从2021年的6.2%降至3.4%。", "6.2%", "level"),
    ("国际货币基金组织预测全球经济增长率从2021年的6.2%降至3.4%。", "3.4%", "level"),
    ("全国增速由去年的5.2%回落到4.6%", "5.2%", "level"),
    # fresh37 1043: 调整为
    ("最低首付款比例从“不低于20%”调整为“不低于15%”", "20%", "level"),
    ("最低首付款比例从“不低于20%”调整为“不低于15%”", "15%", "level"),
    ("利率由4.35%下调为3.85%", "4.35%", "level"),
    # fresh37 1042: a span told against a base
    ("平均飞行时间为5.04小时，比上年同期减少1.92小时", "1.92小时", "change_down"),
    ("平均等待时间较去年缩短3天", "3天", "change_down"),
    # near-misses: a rate named before a percent that opens no move; a span without a base
    ("GDP增速最高的是山西，达到了15.82%", "15.82%", "change_up"),
    ("连续增长5年", "5年", ""),
])
def test_change_roles(text, figure, role):
    assert roles(text)[figure] == role
