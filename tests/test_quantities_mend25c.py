"""mend25c: fresh23's figure misses — change words and levels (a closing price, an intraday high after a move told
without its size, 翻了N倍, 降薪, 减亏, 压低, 推高), money words for a bare amount (花了, 挣, 身价, 采购额), a range after a
level word, a rank inside a list, the end of a yearly span. Each real shape from its
fresh23 article (or the seen article that shares it), made-up variants, and near-misses that must not change."""

import pandas as pd

from zhnews.claims.quantities import find_quantities
from zhnews.claims.quantities import quantities_table


def _roles(text):
    return [(text[q.start:q.end], q.role) for q in find_quantities(text)]


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.value_high) for q in find_quantities(text)]


def test_a_closing_price_after_a_rise_is_its_level():
    # fresh23 740 (a Hong Kong IPO's grey-market day): 涨超10%，每股收盘10.96港元 (gold change_up, level)
    assert _roles("古茗涨超10%，每股收盘10.96港元，总市值为255.64亿港元")[:2] == [("10%", "change_up"), ("10.96港元", "level")]
    assert _roles("该股下跌3%，收盘8.2元") == [("3%", "change_down"), ("8.2元", "level")]
    # near-miss: a closing price with no move told before it stays a plain figure, as 报收3.68港元 does (fresh12 405)
    assert _roles("每股收盘10.96港元") == [("10.96港元", "")]


def test_a_level_after_a_clause_that_ends_on_a_move_word():
    # fresh23 740: 上午开盘再次上涨，每股最高触及10.4港元 (gold level); the move is told without its size
    assert _roles("古茗上午开盘再次上涨，每股最高触及10.4港元，随后开始回落") == [("10.4港元", "level")]
    assert _roles("金价早盘回落，一度触及1900美元") == [("1900美元", "level")]
    # near-misses: a change word inside a noun phrase (fresh2: 经济增长的贡献率达到89%, gold no role), and a
    # rate of change named before (fresh19 632: 增速位居全国第一，达到38.7%, gold change_up) keep their roles
    assert _roles("内需对我国经济增长的贡献率达到89%") == [("89%", "")]
    assert ("38.7%", "change_up") in _roles("同期工业增加值增速位居全国第一，达到38.7%，两年平均增速为17.7%。")


def test_fan_le_n_bei_is_a_rise():
    # fresh23 742: 分别比改造前翻了4.8倍和7.8倍; fresh20 642: 免费额度直接翻了4倍 (gold change_up)
    assert _roles("日均客流与销售额就分别比改造前翻了4.8倍和7.8倍") == [("4.8倍", "change_up"), ("7.8倍", "change_up")]
    assert _roles("免费额度直接翻了4倍。") == [("4倍", "change_up")]
    # unchanged: 翻了一番 is a doubling, 推翻 is no change word
    assert _figures("销售额翻了一番") == [("翻了一番", "multiple", "2", "")]


def test_pay_cuts_raises_and_smaller_losses_are_changes():
    # fresh23 763: 普遍降薪三成 (gold change_down); fresh6: 拒绝加薪19% (gold change_up); fresh23 764: 同比减亏11亿多元
    assert _roles("央企高管在2015年普遍降薪三成") == [("2015年", ""), ("三成", "change_down")]
    assert _roles("英国政府拒绝加薪19%") == [("19%", "change_up")]
    assert _roles("高管减薪20%") == [("20%", "change_down")]
    assert _roles("2015 年前8个月，龙煤集团同比减亏11亿多元。")[-1] == ("11亿多元", "change_down")
    # near-miss: a loss is a plain amount (亏损11亿元)
    assert _roles("龙煤集团亏损11亿元") == [("11亿元", "")]


def _kinds(text):
    return [(text[q.start:q.end], q.kind, q.unit) for q in find_quantities(text)]


def test_a_bare_amount_spent_earned_or_worth_is_money():
    # fresh23 742: 花了一百多万模仿胖东来的装修风格, 原计划挣2000万; fresh16: 几次手术下来花了近10万 (gold money)
    assert ("一百多万", "money", "CNY") in _kinds("2018年，永辉在许昌开店，花了一百多万模仿胖东来的装修风格")
    assert ("2000万", "money", "CNY") in _kinds("2023年原计划挣2000万，没想到最后挣了1.4个亿。")
    assert _kinds("几次手术下来花了近10万。") == [("10万", "money", "CNY")]
    assert _kinds("公司斥资3亿回购股份") == [("3亿", "money", "CNY")]
    # fresh23 741: 开盘身价破百亿; 以近2亿的采购额 (the money word right after the amount)
    assert _kinds("今年开年登上国内主板，开盘身价破百亿。") == [("百亿", "money", "CNY")]
    assert _kinds("霸王茶姬以近2亿的采购额，力压一众海外连锁快餐。") == [("2亿", "money", "CNY")]
    # near-misses: spending time has its unit, a headcount stays a number, a bare amount with no money word too
    assert _kinds("花了3周") == [("3周", "duration", "week")]
    assert _kinds("采购量达2万") == [("2万", "number", "")]
    assert _kinds("粉丝突破200万") == [("200万", "number", "")]


def test_a_range_after_a_level_word_is_one_figure():
    # fresh23 768: 使用者人數將達到6,000萬至9,000萬人 (gold count 60000000..90000000, one row; 达到 is a level word)
    assert _figures("Disney+的使用者人数将达到6,000万至9,000万人。") == [("6,000万至9,000万人", "count", "60000000", "90000000")]
    assert _figures("营收将达到3000万至5000万元。") == [("3000万至5000万元", "money", "30000000", "50000000")]
    # unchanged: after a change verb, 至 ends the change and the level follows (增加2.3万至18.6万人)
    assert _roles("就业人数增加2.3万至18.6万人") == [("2.3万", "change_up"), ("18.6万人", "level")]
    assert _roles("营收增长15%至120亿元") == [("15%", "change_up"), ("120亿元", "level")]


def test_pushing_a_cost_down_or_a_price_up_is_a_change():
    # fresh23 741: 就能把包子的原材料成本压低14% (gold change_down); fresh8 338: 大維修價格被人為推高四成 (gold change_up)
    assert _roles("单馅料一项，就能把包子的原材料成本压低14%。") == [("14%", "change_down")]
    assert _roles("令大维修价格被人为推高四成。") == [("四成", "change_up")]
    assert _roles("把均价拉低了5元") == [("5元", "change_down")]
    # near-miss: a price told high (高) with no verb of pushing stays plain
    assert _roles("价格高达四成") == [("四成", "")]


def test_a_rank_in_the_middle_of_a_list_of_places():
    # fresh23 767: 分居第1、第2及第4名 (gold rank 1, 2, 4; 第2 was read as the number 2)
    assert [(f[0], f[1]) for f in _figures("本人及姊姊分居第1、第2及第4名")] == [("第1", "rank"), ("第2", "rank"), ("第4", "rank")]
    assert [(f[0], f[1]) for f in _figures("分列第一、第二和第三位")] == [("第一", "rank"), ("第二", "rank"), ("第三", "rank")]
    # near-misses: a list of names (第一、第二及第三产业) stays no figure
    assert _figures("第一、第二及第三产业") == []
    assert _figures("第一、第二产业") == []


def _values(publish_date, *texts):
    sentences = pd.DataFrame([{"sent_id": i, "para_id": i, "role": "body", "text": t, "text_zhs": t}
                              for i, t in enumerate(texts)])
    table = quantities_table(sentences, publish_date=publish_date)
    return list(zip(table.text, table.value))


def test_the_end_of_a_span_a_yearly_date_opens_is_yearly_too():
    # fresh23 767 (a tax rule's yearly cycle): 五区国税局订于每年7月1日公布，公告期至12月31日止 (gold --07-01, --12-31)
    got = _values("2019-06-30", "五区国税局订于每年7月1日公布，公告期至12月31日止。")
    assert got == [("7月1日", "--07-01"), ("12月31日", "--12-31")]
    assert _values("2019-06-30", "每年3月1日开放申请，截至5月31日。") == [("3月1日", "--03-01"), ("5月31日", "--05-31")]
    # near-misses: a date after 至 with no yearly date before it in its sentence, and one in the next sentence, keep
    # a year near the publish date (the December just before a June story, as before)
    assert _values("2019-06-30", "公告期至12月31日止。") == [("12月31日", "2018-12-31")]
    assert _values("2019-06-30", "每年7月1日公布。", "公告期至12月31日止。")[-1] == ("12月31日", "2018-12-31")
    # a yearly date, then a dated event told in the same sentence without 至 keeps its year
    assert _values("2019-06-30", "每年7月1日公布，今年6月28日已完成统计。")[-1] == ("6月28日", "2019-06-28")


def test_a_count_that_points_back_stays_a_count():
    # the seen gold labels 上述4家机构 (fresh22 700), 上述两部电话, 以上三个事实 (fresh8), 以上4點 (fresh10), 上述两类企业
    # (fresh15) as counts; fresh23 763's unlabelled 上述四家 is the one against them
    assert _figures("交易商协会对上述4家机构启动自律调查。") == [("4家", "count", "4", "")]
    assert _figures("但上述两部电话均处于无人接听状态。") == [("两部", "count", "2", "")]


def test_growth_written_cheng_zhang_is_a_rise():
    # fresh15 502: 紫光國微營收成長近50%; fresh22 723: 與去年同期相較成長14.7％; fresh10 378: 論文數推估至少成長2倍
    assert _roles("紫光股份营收利润成长30%以上，紫光国微营收成长近50%") == [("30%", "change_up"), ("50%", "change_up")]
    assert _roles("与去年同期相较成长14.7％，改写历年同期新高纪录。") == [("14.7％", "change_up")]
    assert _roles("论文数推估至少成长2倍。") == [("2倍", "change_up")]
    assert ("94％", "change_up") in _roles("2017 年是 97 亿美元，成长率高达 94％")
    # near-miss: growing into a firm of a size (a verb between) is no change
    assert _roles("公司成长为拥有3000名员工的企业") == [("3000名", "")]


def test_a_span_a_change_lands_on_is_a_level():
    # fresh11 381: 待闸时间拉长到220个小时; fresh10 360: 从4个小时缩短到4分钟; tune 227: 从…1小时缩减至5分钟 (gold level)
    assert _roles("时间从传统通用GPU的1小时缩减至5分钟")[-1] == ("5分钟", "level")
    assert _roles("三峡船闸待闸时间拉长到220个小时。") == [("220个小时", "level")]
    assert _roles("从4个小时缩短到4分钟。")[-1] == ("4分钟", "level")
    # fresh9 345: 安保大队将扩充至2300名 (a count, gold level)
    assert _roles("届时番禺校园安保大队将扩充至2300名。") == [("2300名", "level")]
    # near-misses: a span told alone or as how long a change went on, and one counted back from now, take no role
    assert _roles("营收连续增长5年") == [("5年", "")]
    assert _roles("工期为3个月") == [("3个月", "")]
    assert _roles("就业不足率下降至十多年来的最低点") == [("十多年", "")]
