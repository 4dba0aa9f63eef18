"""Round 31 figure shapes, third wave (m31c3), grouped from the seen splits' missed and spurious figures: the first of
its kind by its measure word (第一座, 第一只, 第一站, 第二店, 第一份), zero told as a level (几近为零, 接近零) and a military
unit's number (731部队). Real sentences name their split and file; the others are made-up variants of the same shape,
and near-misses that must not change."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs)]


# --- 1. 第N + the measure word of the thing ranked ---------------------------------------------------------------------

@pytest.mark.parametrize("text, written, value", [
    ("这是厦门大学的第一座校舍。", "第一", "1"),                      # fresh16 512_txt_guangmingwang_xiamen_university_centenary
    ("如将建设运河上的第二座大桥、巴拿马城至科隆的高速公路", "第二", "2"),  # fresh32 944_txtgbk_rmrb_panama_economy
    ("开展了我国第一只企业债券的承销", "第一", "1"),                  # fresh32 945_txtgbk_rmrb_cdb_profit_per_head
    ("这是今年腾讯 AI 进校园的第一站，更多校园正在路上。", "第一", "1"),  # fresh15 496_md_tengxunyun_hongkong_ai_talent
    ("而台中第二店將插旗西區美村路", "第二", "2"),                      # fresh25 805_json_ettoday_house_ug_tea_meicun_road
    ("第二間店插旗西區美村路", "第二", "2"),                            # fresh25 805, the same store told again
    ("美国心脏协会在当日发表的第一份声明中表示", "第一", "1"),          # fresh14 483_txt_shengwugu_abc_breast_cancer_heart_risk
    ("該市第三座焚化爐明年啟用", "第三", "3"),                          # made-up: a Taiwan page
    ("这是全省第五只获批的公募REITs", "第五", "5"),                     # made-up: a finance page
    ("巡演的第二站定在成都", "第二", "2"),                              # made-up: a tour
])
def test_first_of_its_kind_by_its_measure_word_is_a_rank(text, written, value):
    assert (written, "rank", value, "") in figures(text)


@pytest.mark.parametrize("text", [
    "两次演出的第一间隔只有十分钟",   # made-up: 间隔, an interval, is no room
    "第二种影响是价格上涨",           # made-up: 种 stays an ordinal of a list (第一产业, 第二种), not one of the new words
])
def test_measure_words_inside_other_words_make_no_rank(text):
    assert all(kind != "rank" for _, kind, _, _ in figures(text))


def test_a_count_of_the_same_measure_word_stays_a_count():
    # near-miss: without 第 the number counts the things
    assert ("3座", "count", "3", "座") in figures("新建3座变电站")


# --- 2. Zero told as a level ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, unit", [
    ("这意味着公司净资产几近为零，天海投资变成了一家全部由负债构成的“壳公司”。", "number", ""),  # test 32_huanghe_hna_debt_crisis
    ("软件不同于实体商品，边际成本接近零，又是长期消费", "number", ""),          # fresh4 122_wechat_ruanyifeng_weekly_pay_twice
    ("日本去年同期对中国大陆的扇贝出口额为223亿日元，今年的出口额则为零。", "money", "JPY"),  # fresh33 964_csvwx_huanqiu_japan_food_exports_drop
    ("該公司庫存已降至零。", "number", ""),                        # made-up: a Taiwan page, 至
    ("首季盈利为120万港元，次季跌到零，", "money", "HKD"),          # made-up: a currency named earlier in the sentence
    ("误差趋近于零。", "number", ""),                              # made-up: 于
])
def test_zero_told_as_a_level_is_the_figure_zero(text, kind, unit):
    assert ("零", kind, "0", unit) in figures(text)


@pytest.mark.parametrize("text", [
    "同样因其“化整为零”式的违规审批而面临质疑。",  # test 32: an idiom
    "化整为零。",                                  # made-up: the idiom closing its sentence
    "大家会心一笑说EQ为零噢",                      # fresh2 89: a coined phrase, a word follows
    "其中一个叫做“EQ为零班”。",                   # fresh2 89: a class's name
    "拿地金额近乎归零，并在年底拿到了国家给予的援助",  # fresh16 510: 归零 (reset), unlabelled
    "彭志铭形容书展“政治书已清零”。",             # fresh26 823: 清零, unlabelled
    "共赢而不是零和的正道",                        # tune 45: 零和
    "政府采购多为零星办公用品",                    # fresh6 279: 零星, sporadic
])
def test_zero_inside_other_words_is_no_figure(text):
    assert all(written != "零" for written, _, _, _ in figures(text))


# --- 3. A military unit's number -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "731部队是人类文明史上极端黑暗的一页。",            # fresh33 969_csvwx_huanqiu_editorial_shimizu_hideo_apology
    "清水英男14岁时作为731部队最后一批“少年队”成员",    # fresh33 969, his age stays a figure (below)
    "8341部队负责中南海的警卫工作",                      # made-up
    "日軍1855部隊在北平設有分部",                        # made-up: a Taiwan page
])
def test_digits_before_budui_name_a_unit(text):
    assert all(not written.endswith(("部队", "部隊")) and written not in ("731", "8341", "1855")
               for written, _, _, _ in figures(text))


def test_a_headcount_of_troops_stays_a_count():
    # near-misses: a measure word between the number and 部队, and the age beside the unit's name
    assert ("3000名", "count", "3000", "名") in figures("出动3000名部队官兵")
    assert ("14岁", "count", "14", "岁") in figures("清水英男14岁时作为731部队最后一批“少年队”成员")
