"""Round 19 figure shape (issue 12, claims19): 级 after a numeral of bare multipliers (千亿级, 百万级, 千万级别, 百亿级别)
tells an order of magnitude, an approximate amount: money when its context says money, else a number; never a count
of tiers with the unit 级 (that is 省市县三级, 四级梯队, after a digit). The seen gold labels it so in four repositories:
test 32 (百亿级别, money), fresh5 157 (yangwenmai/weixin-topic-reader: 百万级, number), fresh6 268 (RosenX/readability:
千亿级, 百亿级, number), fresh9 341 (lijiaocn/wechat: 千万级别, money). Each sentence is quoted from the split named at
its case; every expected value was read off the text by hand."""

import pytest

from zhnews.claims.quantities import find_quantities


def figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # test 32_huanghe_hna_debt_crisis.md (gold: 百亿 money 1e10, "百亿级别 = in the 10-billion class; currency implied")
    ("在国内，2015 年百亿级别的 “年度十大并购案” 中，就有三桩是由海航系主导。",
     ("百亿级别", "money", "10000000000", "CNY")),
    # fresh5 157_wechat_jiqizhixin_cartesia_mamba_funding.md (gold: 百万级 number 1e6)
    ("Mamba 通过引入「SSM」，成功将计算量增长从平方级降至线性，不仅能处理百万级 token 的长序列，还实现了 5 倍的推理吞吐量提升。",
     ("百万级", "number", "1000000", "")),
    # fresh6 268_baai_hub_jiqizhixin_yan_shuicheng_kunlun.html (gold: 千亿级 number 1e11)
    ("该模型由昆仑万维与奇点智源联合研发，是一款对标 ChatGPT 的双千亿级大语言模型。",
     ("千亿级", "number", "100000000000", "")),
    # fresh9 341_wechat_fantongdailaoban_unicom_mixed_reform.md (gold: 千万级别 money 1e7, the bonus's order)
    ("停牌前只有70个亿，承诺利润高达10亿量级，500亿的目标市值，意味着千万级别的年终奖和新湖天地的大平层。",
     ("千万级别", "money", "10000000", "CNY")),
])
def test_ji_after_a_round_magnitude_is_its_order(text, expected):
    assert expected in figures(text)
    assert not any(unit == "级" for _, _, _, unit in figures(text))


def test_ji_after_a_numeral_still_counts_tiers_or_names_a_grade():
    # tune 30_caixin_virus_sequencing_origin.md (gold: 三级 count 3, unit 级: the province, city and district tiers)
    assert ("三级", "count", "3", "级") in figures("当日下午，湖北省、武汉市卫健委疾控处通知省、市、区三级疾控中心，"
                                              "新华医院、市中心医院后湖院区收治多名有海鲜市场暴露史的不明肺炎患者，要求启动应急处置工作流程。")
    # 十级 is a grade, not an order of magnitude (十 alone is no round amount): the wind force stays a measure
    assert figures("沿海将出现十级大风。") == [("十级", "measure", "10", "级")]
