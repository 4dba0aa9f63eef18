"""mend27g: fresh27's figure misses — a typesetting space before the decimal point (7 .6%), a finance page's quote widget
(行情7.83 -1.39%,诊股), shopping festivals named by their date (双11, 618大促), the rest of a number after 万 grouped with
a comma (5萬3,345件), 上浮/下浮 as change words, and the base of a comparison after 较. Each real shape from its fresh27
article (or the seen article that shares it), made-up variants, and near-misses that must not change."""

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(text)]


def _roles(text):
    return [(text[q.start:q.end], q.role) for q in find_quantities(text)]


def test_a_typesetting_space_before_the_decimal_point_keeps_the_number_whole():
    # fresh27 850 (a 南方都市報 page via WiseNews): 增長7 .6%, 增加值8296 .63億元, 9254 .00億元
    assert _figures("地区生产总值24221.98亿元，增长7 .6%") == [("24221.98亿元", "money", "2422198000000"),
                                                               ("7 .6%", "percent", "7.6")]
    assert _figures("高新技术产业增加值8296 .63亿元，增长12 .7%")[0] == ("8296 .63亿元", "money", "829663000000")
    assert _roles("全年工业增加值9254 .00亿元，增长9 .5%") == [("9254 .00亿元", "level"), ("9 .5%", "change_up")]
    # made-up: a price and a count
    assert _figures("均价3 .25元") == [("3 .25元", "money", "3.25")]


def test_a_space_and_a_point_that_do_not_make_a_decimal_stay():
    # near-misses: a number ending before an ASCII full stop, a version name, SVG-like number runs
    assert _figures("销量达到2018 . 下一年")[0][:2] == ("2018", "number")
    assert [f[0] for f in _figures("版本1 .NET")] == ["1"]
    assert "1 .567" not in [f[0] for f in _figures("d=0 0 1 .567.485")]


def test_a_quote_widget_after_a_listed_company_is_no_figure():
    # fresh27 851 (金融界's copy of 每日经济新闻): 兴业证券(行情7.83 -1.39%,诊股), 鄂尔多斯(行情13.44 +2.44%,诊股)
    assert _figures("兴业证券(行情7.83 -1.39%,诊股)分析预计，销售额将突破2000亿元") == [("2000亿元", "money", "200000000000")]
    assert _figures("不乏鄂尔多斯(行情13.44 +2.44%,诊股)、安踏、海澜之家(行情9.73 -0.51%,诊股)等") == []
    # made-up: the widget without its second label, a full-width bracket
    assert _figures("海澜之家（行情9.73 -0.51%）") == []
    # near-misses: a price told in words stays; the older widget shape (fresh12 405) stays out
    assert _roles("兴业证券（收盘7.83元，下跌1.39%）") == [("7.83元", "level"), ("1.39%", "change_down")]
    assert _figures("华谊兄弟(36.500, 0.00, 0.00%)") == []


def test_shopping_festivals_named_by_their_date_are_names():
    # fresh27 851: “双11”大战, 今年“双11” (gold NOT ×6); fresh12 400 “双十一”, fresh3 106 古代双11
    assert _figures("迎战“双11”不可回避的话题就是平台之争") == []
    assert _figures("今年双11当天成交额1000亿元") == [("1000亿元", "money", "100000000000")]
    # made-up: 双12, 618 told before 大促 / 购物节
    assert _figures("双12和双十一") == []
    assert _figures("京东618大促，618购物节当天") == []
    # near-misses: a pair of size-11 shoes, 618 counting people, 11 after 双 with more digits
    assert _figures("一双11码的鞋") == [("11码", "measure", "11")]
    assert _figures("618人参加") == [("618人", "count", "618")]
    assert _figures("双115人") == [("115人", "count", "115")]


def test_the_rest_after_wan_grouped_with_a_comma_is_one_number():
    # fresh27 846 (a Taiwan trade paper): 中國共提出5萬3,345件 is 53345
    assert _figures("中国共提出5万3,345件，占全球的21%")[0] == ("5万3,345件", "count", "53345")
    # made-up: 亿 then a grouped rest in 万
    assert _figures("共有4万1,200人")[0] == ("4万1,200人", "count", "41200")
    # near-misses: the rest written whole (unchanged), a comma that groups nothing
    assert _figures("共提出5万3345件") == [("5万3345件", "count", "53345")]
    assert _figures("共5万3,34件")[0] == ("5万", "number", "50000")


def test_floating_above_or_below_a_benchmark_is_a_change():
    # fresh27 845: 首套執行基準上浮5%，二套利率基準上浮10%; fresh24 785 均上浮100元 (gold change_up ×2)
    assert _roles("首套执行基准上浮5%") == [("5%", "change_up")]
    assert _roles("4类会议均上浮100元。")[-1] == ("100元", "change_up")
    assert _roles("利率下浮10%") == [("10%", "change_down")]
    # near-miss: 浮动 names no direction
    assert _roles("价格浮动10%") == [("10%", "")]


def test_the_base_of_a_comparison_leaves_the_level_to_the_figures_before_it():
    # fresh27 844 (a Hong Kong property forecast): 9000 宗及750 億元，較3 月份6428 宗及528.3 億元上升40%及42%
    assert _roles("全月登记预测达9000 宗及750 亿元，较3 月份6428 宗及528.3 亿元上升40%及42%") == [
        ("9000 宗", "level"), ("750 亿元", "level"), ("3 月份", ""), ("6428 宗", ""), ("528.3 亿元", ""),
        ("40%", "change_up"), ("42%", "change_up")]
    roles = dict(_roles("登记宗数会达到4200 宗，金额达到360 亿元，将较3 月的3469 宗及292 亿元上升21.1%及23.3%。"))
    assert (roles["4200 宗"], roles["360 亿元"], roles["3469 宗"], roles["292 亿元"]) == ("level", "level", "", "")
    # made-up: one figure each side
    assert _roles("营收100亿元，较上年的80亿元增长25%") == [("100亿元", "level"), ("80亿元", ""), ("25%", "change_up")]
    # near-misses: no figure before 较 (the base stays the level paired with the change), a date as the base
    # (fresh22 723), a comparison with no figure of the change (fresh3 112)
    assert _roles("较上年的80亿元增长25%") == [("80亿元", "level"), ("25%", "change_up")]
    assert _roles("三、四类会议每人每天550元，较2013年的规定均上浮100元。")[1:] == [
        ("550元", ""), ("2013年", ""), ("100元", "change_up")]
    # a base not read as the level leaves both plain (fresh10 378, gold no role for 103.97 and 90.83)
    assert _roles("2014年台湾的消费者物价指数为103.97，相比2004年的90.83，也上涨了1.14倍。")[1::2] == [
        ("103.97", ""), ("90.83", "")]
    assert _roles("单车毛利率为 11.9%，较第三季度的 11.0% 继续增长") == [("11.9%", ""), ("第三季度", ""), ("11.0%", "")]


def test_a_day_with_its_ri_left_out_before_a_part_of_the_day():
    # fresh27 843 (a 搜狐 sports report): 于5月10早晨公布了…名单 is 10 May
    assert _figures("阿诺德于5月10早晨公布了23人大名单。")[0] == ("5月10", "date", "--05-10")
    # made-up: with its year, before 上午
    assert _figures("2018年5月10上午")[0] == ("2018年5月10", "date", "2018-05-10")
    # near-misses: a count after the month stays a count, 日 written stays as it was
    assert _figures("5月10人") == [("5月", "date", "--05"), ("10人", "count", "10")]
    assert _figures("5月10日早晨")[0] == ("5月10日", "date", "--05-10")
