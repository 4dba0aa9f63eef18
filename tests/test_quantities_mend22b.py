"""Round 22 mend (mend22b): figure values and kinds from fresh21's misses, by shape. Every expected value was written
by hand from the quoted sentence (the fresh21 lines are the gold's; the others are made-up variants and near-misses).

* 十几万 / 十多万 / 二十余亿 with no unit after it: the numeral, its inner qualifier and the multiplier are one round
  magnitude (fresh21 682, gold 100000), not 几万 alone;
* 分 after a tariff's or a fuel's price (每度, 每千瓦时, 电价, 油价, 每升) is a hundredth of a yuan (fresh21 685 ×4, gold
  money 0.0252 CNY); points (得了2.5分) and 十分 ("very") stay as they were;
* 排名20位: a place after 排名 written without 第, with its 位 / 名, is a rank (fresh21 684); 排名前20位 is the top 20;
* tiers of government counted after a bracketed note (市、区、镇（街道）三级, fresh21 680, gold count 3 级);
* 放在首位: putting a thing first is a priority, no rank (fresh21 683, gold none); 位居世界首位 stays rank 1;
* a telephone number after 拨打 or before 热线 / 电话 is no figure (fresh21 681, gold NOT 12329); 拨打了3次 and a
  hotline's tally with its unit are figures.
"""

import pytest

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # fresh21 682_html_people_bjcb_zhuzhou_overseas_medical_fraud.html (gold: 十几万 100000, approximate)
    ("同时，陪同人员配合给受害人“制造危机”，让其对自身身体状况产生危机意识，接受假教授开出的十几万甚至几百万不等的治疗方案。",
     ("十几万", "number", "100000", "")),
    ("据了解，这类装修一套下来要花十多万，业主普遍难以承受。", ("十多万", "number", "100000", "")),
    ("该项目总投资二十余亿，至今未能回本。", ("二十余亿", "money", "2000000000", "CNY")),
])
def test_an_inner_qualifier_before_a_multiplier_is_one_magnitude(text, expected):
    assert expected in _figures(text)


def test_ten_and_a_qualifier_without_a_multiplier_is_no_figure():
    # near-miss: 十分 is "very"; 十几年 keeps its unit (a duration)
    assert _figures("这里的电价十分昂贵。") == []
    assert ("十几年", "duration", "10", "year") in _figures("十几年来一直如此。")


@pytest.mark.parametrize("text, figure", [
    # fresh21 685_txt_gbk_sogouc_rednet_xxcb_power_price_rumor.txt (gold: 2.52分 money 0.0252 CNY, ×4)
    ("前不久，一则“国家发展改革委决定自5月1日起全国销售电价平均每度涨2.52分”的传言在网上和业内流传，而对此相关部门也未进行确认。",
     "2.52分"),
    ("传言说，自5月1日起全国销售电价水平平均每千瓦时提高2.52分，旨在解决2004年6月以来煤炭价格上涨、部分电厂经营亏损以及取消超发电价等对电价的影响。",
     "2.52分"),
    ("鉴于电价上涨已经没有悬念，未明的只是最后方案公布的时间和上涨幅度，所以一位业内人士对记者分析，此次电价上调2.52分，到底是谣传还是发改委拟订中的草案被提早曝光。",
     "2.52分"),
])
def test_fen_after_a_tariff_is_a_hundredth_of_a_yuan(text, figure):
    assert (figure, "money", "0.0252", "CNY") in _figures(text)


@pytest.mark.parametrize("text, expected", [
    ("据悉，本市92号汽油每升下调18分，明日零时起执行。", ("18分", "money", "0.18", "CNY")),
    ("武汉市居民水价每立方米上调30分。", ("30分", "money", "0.3", "CNY")),
])
def test_fen_after_other_prices_per_unit(text, expected):
    assert expected in _figures(text)


@pytest.mark.parametrize("text, expected", [
    ("他在电价听证会后的知识竞赛中得了2.5分。", ("2.5分", "count", "2.5", "分")),  # points scored
    ("加班2分钟后电价系统恢复。", ("2分钟", "duration", "2", "minute")),
])
def test_fen_as_points_or_minutes_stays(text, expected):
    assert expected in _figures(text)


def test_very_after_a_tariff_is_no_figure():
    assert _figures("居民反映电价十分昂贵。") == []


@pytest.mark.parametrize("text, expected", [
    # fresh21 684_html_qq_finance_india_billionaires_wealth.html (gold: 20位 rank 20)
    ("其中穆克什・安巴尼以408亿美元排名20位。", ("20位", "rank", "20", "")),
    ("该校在今年的榜单中排名35名，较去年上升两位。", ("35名", "rank", "35", "")),
    ("这家车企排名全球7位。", ("7位", "rank", "7", "")),
])
def test_a_place_after_paiming_without_di_is_a_rank(text, expected):
    assert expected in _figures(text)


def test_top_n_after_paiming_stays_the_top_n():
    assert ("前20", "rank", "20", "") in _figures("排名前20位的企业都在东部。")


@pytest.mark.parametrize("text, figure, value", [
    # fresh21 680_md_simpread_sina_yangtze_delta_yiwangtongban.md (gold: 三级 count 3 级)
    ("这台一体机，覆盖市、区、镇（街道）三级的涉及信用办、人社部门、不动产登记中心、公积金中心等 12 类 36 个事项。", "三级", "3"),
    ("建立省、市、县（市、区）四级联动机制。", "四级", "4"),
    ("推动县、乡（镇）两级便民服务中心建设。", "两级", "2"),
])
def test_tiers_counted_after_a_bracketed_note(text, figure, value):
    assert (figure, "count", value, "级") in _figures(text)


def test_a_grade_after_a_bracket_is_no_tier():
    # near-miss: one tier word before the bracket, a grade's name after it
    assert not any(f[0] == "三级" for f in _figures("这家医院（市属）三级甲等资质于去年获批。"))


def test_putting_first_is_no_rank():
    # fresh21 683_html_stnn_singtao_vancouver_cannabis_sales.html (gold: no figure)
    text = "不过，有反对大麻合法化的组织指，各级政府和企业不应仅关注大麻短暂效益，应把下一代健康放在首位，以及未来的社会成本，也应列入考虑的问题(详另文)。"
    assert not any(f[1] == "rank" for f in _figures(text))
    assert _figures("公司始终把安全摆在首位。") == []


def test_a_place_first_in_a_ranking_stays_rank_one():
    assert ("首位", "rank", "1", "") in _figures("我国拥有位居世界首位的地下管网规模。")
    assert ("首位", "rank", "1", "") in _figures("她成为该校首位女性校长。")


@pytest.mark.parametrize("text", [
    # fresh21 681_md_simpread_jschina_changzhou_gjj_kuasheng.md (gold: 12329 NOT)
    "同时，有办理需求的职工可以拨打 12329 服务热线咨询相关信息。",
    "市民如有疑问，可拨打96333热线。",
    "投诉电话：88776655。",
    "消费者可致电 4008123123 咨询。",
])
def test_a_telephone_number_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("他先后拨打了3次，无人接听。", ("3次", "count", "3", "次")),
    ("去年热线共接到1200个来电。", ("1200个", "count", "1200", "个")),
    ("今年热线受理量达12000，", ("12000", "number", "12000", "")),
])
def test_a_tally_beside_a_hotline_stays_a_figure(text, expected):
    assert expected in _figures(text)
