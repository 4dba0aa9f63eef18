"""Round 13 mend (mend13b): false figures of fresh12 (scored once, now seen) that name something: a company's stock
code and its live quote in brackets, a school class, numbered islands and a policy's nickname. Each case quotes the
fresh12 sentence (data/eval/fresh12/figures.tsv labels every one of these spans NOT; the file is named with it), and a
near shape that must stay a figure."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def _figures(sentence: str) -> list[tuple[str, str, str]]:
    s = to_simplified(sentence)
    return [(s[q.start:q.end], q.kind, q.value) for q in find_quantities(s)]


@pytest.mark.parametrize("sentence, expected", [
    # fresh12 414_txt_ltn_myanmar_quake_taiwan_odm_factories.txt: a list of Taiwan stock codes after the five makers
    ("對此，電子五哥廣達（2382）、緯創（3231）、英業達（2356）、仁寶（2324）、和碩（4938）位於東南亞的各個廠區皆回報一切均安、正常運作。", []),
    # the same file: a code after a name with a Latin suffix (泰金寶-DR, a depositary receipt)
    ("仁寶近年持續擴大營運佈局，與關係企業金寶（2312）保持密切合作，而旗下泰金寶-DR（9105）位於", []),
    ("廣達目前於泰國春武里府保稅區設有伺服器表面黏著（SMT）產線，緊鄰集團旗下廣明（6188）的自動化製", []),
])
def test_a_stock_code_in_brackets_after_a_company_is_no_figure(sentence, expected):
    assert _figures(sentence) == expected


def test_a_year_in_brackets_after_a_name_stays_a_figure():
    # an author-year citation is not a stock code: 4 digits that read as a year keep their figure
    assert [f[0] for f in _figures("张三（2019）认为，该指数仍被低估。")] == ["2019"]


def test_a_live_stock_quote_after_a_company_is_no_figure():
    # fresh12 405_sql_sina_zhao_wei_alibaba_pictures_stake.sql: 新浪's inline quote (price, change, change %) after
    # 华谊兄弟; the market value in the same sentence stays
    sentence = "完成这几项布局之后，阿里影业的市值一度超过800亿港元，这家新公司的市值，几乎是华谊兄弟(36.500, 0.00, 0.00%)市值的总和。"
    assert _figures(sentence) == [("800亿港元", "money", "80000000000")]


def test_a_school_class_name_is_no_figure():
    # fresh12 413_jsp_axgc_campus_integrity_speech_contest.jsp: 软件1803 is class 03 of the 2018 software intake
    sentence = ("经过激烈的角逐，来自软件1803的曹阳荣获第一名，来自软件1807的童宇、陈忠辉与来自计科1704的鲁锦萍并列第二名，"
                "大数据1803的程啸霆、计科1702的施米山、大数据1802的袁仁斌、黄诗雅、孙睿鹏荣获三等奖。")
    figures = _figures(sentence)
    assert not [f for f in figures if any(d in f[0] for d in "01789")]  # no class number read
    assert ("第一", "rank", "1") in figures and ("第二", "rank", "2") in figures
    # a major's name before an amount or a year is no class
    assert [f[0] for f in _figures("软件1200万元，计算机1000台。")] == ["1200万元", "1000台"]


def test_numbered_islands_in_a_list_are_names():
    # fresh12 402_jsonl_meijingwang_sohu_haihua_island_demolition.txt: islands 1, 2 and 3, then their count
    assert _figures("海花岛是一个人工岛，由1号、2号、3号三个岛组成的。") == [("三个", "count", "3")]
    # days of a month stay dates: after 月, or counted in days
    assert _figures("本月1号、2号三个晚上") == [("本月1号", "date", "---01"), ("三个", "count", "3")]
    assert _figures("1号、2号三天") == [("1号", "date", "---01"), ("三天", "duration", "3")]


@pytest.mark.parametrize("sentence", [
    # fresh12 422_jsp_ebid360_zhongguojingjizhoukan_zhang_guobao_nuclear.jsp (three sentences of it)
    "根据福岛核事故之后国务院出台的“国四条”规定：在核电安全规划出台之前暂停审批新项目。",
    "在福岛核事故发生5天后，国务院就出台了“国四条”。",
    "根据“国四条”规定，由核安全局来牵头做核安全规划。",
    "楼市调控的新国十条出台后，成交量回落。",
])
def test_a_policy_nicknamed_by_its_articles_is_no_count(sentence):
    assert not [f for f in _figures(sentence) if "条" in f[0]]


def test_a_country_and_its_counted_things_stay_counts():
    assert [f[0] for f in _figures("美国三条航线和中国五条建议。")] == ["三条", "五条"]


def test_a_taiwan_address_with_a_section_is_no_figure():
    # fresh12 411_gov_taipei_lantern_festival_visitors.php: 中華路1段53號 is section 1, number 53 of 中華路
    sentence = ("台北燈節3月5日至8日在西門展區《揮出夢想經典熊讚》燈組旁（近中華路1段53號臺北市立國樂團前），設有加油留言牆，"
                "邀請民眾到現場為中華隊加油打氣，將熱血傳給全世界。")
    assert [f[0] for f in _figures(sentence)] == ["3月5日至8日"]
