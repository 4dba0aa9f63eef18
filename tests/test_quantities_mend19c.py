"""Round 19 mend (mend19c): numbers inside names and idioms that are no figures, from fresh18's false figures, each
shape also seen outside fresh18 (the file is named at each case). Every expected value was written by hand from the
quoted sentence.

* the big N that names a list or an award (年度十大…, 十大…人物, 十大杰出青年, …榜单): gold NOT in test 32, fresh8 339 (×2)
  and fresh18 560; the big N before an ordinary noun (十大行业, 三大期刊) stays the number N;
* the idiom 成千上万 "very many": gold NOT in fresh18 575; the same idiom in the seen articles fresh 64 and fresh12 423
  was read as "over ten thousand";
* a century that begins an institution's or a publication's name (21世纪教育研究院, fresh18 582, gold NOT ×2;
  21世纪商业评论 in fresh10 371; the outlet 21世纪经济报道 of tune 250 and fresh17 551 is the same shape).
"""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def figures(text):
    text = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # test 32_huanghe_hna_debt_crisis.md (gold: 十大 NOT, "年度十大并购案"; 百亿级别 money, 三桩 count)
    ("在国内，2015 年百亿级别的 “年度十大并购案” 中，就有三桩是由海航系主导。",
     [("2015 年", "date", "2015"), ("百亿级别", "money", "10000000000"), ("三桩", "count", "3")]),
    # fresh8 339_sohu_xianghua_vocational_college_pybytes.html (gold: both 十大 NOT, 第十七届 NOT)
    ("曾经被评为感动中国十大新闻人物，第十七届中国十大杰出青年的洪战辉，现在已经成为了长沙市湘华职业学院的一名老师。", []),
    # fresh18 560_wechat_liangziwei_liangwenfeng_nature10.md (gold: 十大 NOT; 2025年 date)
    ("刚刚，权威科学期刊《自然》（Nature）公布了2025年度十大科学人物榜单，而梁文锋赫然在列。", [("2025年", "date", "2025")]),
])
def test_the_big_n_naming_a_list_is_no_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fresh5 180_bjbusiness_zte_export_ban (gold: 十大 number 10, twice)
    ("近期对中国出口进行制裁的十大行业中", ("十大", "number", "10")),
    # fresh9 355_csv_jiqizhixin (gold: 三大 number 3)
    ("他认为，这三大期刊把自己标榜成「奢侈品牌」。", ("三大", "number", "3")),
])
def test_the_big_n_before_an_ordinary_noun_stays_a_figure(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh18 575_txt_tw_brennan_moral_parity_column.txt (gold: 成千上萬 NOT)
    ("小安安知道一旦戰爭爆發，會有成千上萬的人民無辜枉死。", []),
    # fresh 64_cjn_wuhan_golden_week.html (unlabelled sentence of a seen article; 周三 is the weekday, read as before)
    ("早在周三晚上，成千上万中国人就开始通过各种交通工具踏上出行之路。", [("周三", "date", "-W3")]),
    # fresh12 423_jsp_caixin_xinshiji_ebid360_nokia_china_channel_collapse.jsp (unlabelled sentence of a seen article)
    ("改为由大量的第三方开发者利用该操作系统平台，“群策群力”贡献出成千上万个应用。", []),
])
def test_the_idiom_for_very_many_is_no_figure(text, expected):
    assert figures(text) == expected


def test_over_ten_thousand_alone_stays_a_figure():
    assert figures("现场来了上万人。") == [("上万人", "count", "10000")]


@pytest.mark.parametrize("text", [
    # fresh18 582_md_zhongqingbao_university_info_disclosure.md (gold: 21世纪 NOT, twice)
    "几乎与此同时，21世纪教育研究院也进行了同类的评估。",
    "21世纪教育研究院副院长熊丙奇观察到，这几年，推进高校信息公开前进的主要力量，不是师生和普通民众，而是政府部门对公开的要求。",
    # fresh10 371_infzm_nanfangzhoumo_yibin_bus_fire.html (a link to the magazine in the page)
    "21世纪商业评论",
])
def test_a_century_that_begins_a_name_is_no_date(text):
    assert figures(text) == []


def test_a_century_before_de_or_a_time_word_stays_a_date():
    assert figures("21世纪的公司都在变。") == [("21世纪", "date", "2000")]
    assert figures("21世纪以来，研究所增加了。") == [("21世纪", "date", "2000")]
