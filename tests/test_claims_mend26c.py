"""mend26c: figure kinds and check-worthiness shapes fresh26 (scored once at round 25's start) and the seen splits
missed or flagged wrongly. Each test holds the real shape, made-up variants of it and near-misses that must not change."""

from zhnews import claims
from zhnews.claims import quantities


def kinds(sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[q.start:q.end], q.kind, q.unit) for q in quantities.find_quantities(sentence)]


def test_books_counted_by_ben_are_a_count():
    # fresh26 823 (gold count 10 本, lower bound): 本 counts books and volumes
    assert ("数十本", "count", "本") in kinds("香港康文署去年7月至今以《香港国安法》为由将数十本书从公共图书馆中下架。")
    assert kinds("他去年读了30本书。") == [("30本", "count", "本")]  # made up
    assert kinds("出版社先后出版了几十本译著。") == [("几十本", "count", "本")]  # made up


def test_words_that_begin_with_ben_and_one_numeral_tiers_stay_no_count():
    assert kinds("她考上了二本以上的大学。") == []  # a university tier
    assert kinds("公司偿还100万本金。")[0][1] != "count"  # 本金: the principal
    assert kinds("2019本科招生计划公布。")[0][1] == "date"
    assert kinds("他把这本书读了三遍。") == []  # 这本: this book


def roles(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[q.start:q.end], q.role) for q in quantities.find_quantities(sentence) if q.kind != "date"]


def test_a_percent_after_a_change_verbs_object_is_the_change():
    # fresh26 821 (gold change_down), fresh21 681 (gold change_up)
    assert ("0.5个百分点", "change_down") in roles(
        "央行上周五公告称，将于本周四（7月15日）全面下调金融机构存款准备金率0.5个百分点，释放长期资金约1万亿元。")
    assert roles("大麻合法化会增加国民的大麻消费量35%。") == [("35%", "change_up")]
    assert roles("多家银行上调房贷利率0.2个百分点。") == [("0.2个百分点", "change_up")]  # made up


def test_a_share_a_gap_or_a_rate_noun_before_the_percent_is_no_change():
    assert roles("第三产业增加值占比50%。") == [("50%", "")]  # 增加值 is a noun, 占比 a share
    assert roles("实际增速和名义增速相差8个百分点以上。") == [("8个百分点", "")]  # fresh17 550: a gap
    assert roles("降低企业负担比例为30%。") == [("30%", "")]  # made up: 为 lands on a level, no verb reading
    assert roles("工业增加值同比增长14.0%。") == [("14.0%", "change_up")]  # the cue right before, as before


def test_only_before_wei_weighs_the_move_not_the_level_reached():
    # fresh26 820 (gold change_down)
    assert ("1%", "change_down") in roles("今年上半年北京新建商品住宅均价为每平方米49778元（人民币，下同，10405.17新元），同比下跌仅为1%。")
    assert roles("今年出口同比增长仅为2%。") == [("2%", "change_up")]  # made up
    assert roles("票价下调为2元。") == [("2元", "level")]  # 为 alone: the level reached
    assert roles("利润下降至仅为1亿元。") == [("1亿元", "level")]  # 至: the level reached


def flagged(sentence: str) -> bool:
    return claims.tag_sentence(sentence).checkworthy


def test_a_first_or_a_record_is_a_checkable_superlative():
    # fresh26 822, fresh9 (both gold yes; were 0.45 and 0.4): the seen first-time superlatives are gold yes 48 of 54
    assert flagged("不过，受疫情影响，网络出行市场交易规模首次出现负增长。")
    assert flagged("这是历史上首次有俄军士兵在完全由机器人系统发起的进攻面前投降。")
    assert flagged("受需求拉动，国内钢材产量首次出现回落。")  # made up
    assert claims.tag_sentence("今年出口额创历史新高。").shape.record


def test_other_superlatives_and_a_first_asked_keep_their_score():
    assert not flagged("而在熟豆的价格中，变动最大的部分往往是它的原材料——生豆的价格。")  # fresh (gold no)
    assert not flagged("起猛了，人类士兵首次向「全是机器人」组成的部队投降？！")  # fresh9 (gold no): a question stays under
    assert not claims.tag_sentence("甲骨文是全球最大的数据库公司。").shape.record


def test_an_unnamed_commentators_view_weighs_as_no_ones():
    # gold no in fresh8, fresh16, fresh22, fresh23 (convention 3: an unnamed one's opinion is no)
    assert not flagged("一些分析人士就此指出，美国在东亚安全上的战略目标已经“非常清晰”。")
    assert not flagged("业内人士分析认为，深圳的操作也意味着，一线城市已经开启了“以购代建”模式，预计京沪后续也有望跟进。")
    assert not flagged("这位业内人士认为，现下电影市场的火爆，让大量热钱涌入。")
    assert not flagged("有专家认为，楼市调控政策短期内不会放松。")  # made up
    tag = claims.tag_sentence("不过，也有观点认为，中国监管层限制互联网公司赴美上市，反倒避免了美国股民被中概股“割韭菜”。")
    assert tag.shape.unnamed_view  # fresh26 824 (gold no): its event still carries it over the threshold


def test_an_insiders_report_and_a_named_commentators_view_keep_their_weight():
    assert flagged("有業界人士透露，由於圍標及種種原因，參與工程競標的建築公司越來越少。")  # fresh5 (gold yes): revealed
    assert flagged("易居研究院智库中心研究总监严跃进认为，北京楼市正在步入周期性反弹的通道。")  # named (convention 3)
    assert not claims.tag_sentence("知情人士认为，该公司已启动裁员。").shape.unnamed_view  # an informant, not a commentator


def test_a_bare_amount_of_credit_or_donations_is_money():
    # fresh16 510 (gold money ×3): 授信 is a credit line
    assert ("3000亿", "money", "CNY") in kinds("要是再给3000亿授信也只能帮碧桂园再续半年命。")
    assert ("500万", "money", "CNY") in kinds("同乡会共筹得500万善款。")  # made up
    assert kinds("该市常住人口为84万。")[0][1] == "number"  # people stay a number (FIGURES_CONVENTION)


def test_a_growth_or_price_rate_told_without_its_percent_sign_is_a_percent():
    # fresh24 786 (gold percent ×10): an economist's forecast says the rates aloud
    assert ("6.7", "percent", "%") in kinds("报告预测，2016年经济增速在6.7左右，增速比上年回落0.2个百分点。")
    assert [k for _, k, _ in kinds("我国GDP增速分别为6.5、6.5、6.4、6.4。")] == ["percent"] * 4
    assert ("2.2", "percent", "%") in kinds("2017年CPI为2.2，依然处于温和上涨状态。")


def test_a_list_that_ends_in_its_unit_or_a_number_past_a_hundred_is_no_bare_rate():
    assert [k for _, k, _ in kinds("前三季度分别增长3.3、1.4、1.5倍。")][1:3] == ["number", "number"]  # fresh19: 倍 ends the list
    assert kinds("销量增长2.5万辆。") == [("2.5万辆", "count", "辆")]
    assert all(k != "percent" for _, k, _ in kinds("当月CPI为102.1。"))  # an index level
