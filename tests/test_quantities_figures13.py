"""Round 13 (figures13): numbers that name something, units read by eye in an unlabelled sweep, and the conventions of
data/eval/FIGURES_CONVENTION.md. Each case quotes a real sentence: a seen split's file, or an excerpt in tests/data/extra
with its row in tests/data/SOURCES.tsv."""

from pathlib import Path

import pandas as pd
import pytest

from zhnews import load, text
from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified

EXTRA = Path(__file__).parent / "data" / "extra"
# Sentences of the THUCNews sample (qianshuang/dl-exp data/cnews/cnews.val.txt, see SOURCES.tsv), in file order.
CNEWS = (EXTRA / "sweep13_cnews_val_figures.txt").read_text(encoding="utf-8").splitlines()


def _sentence(marker: str) -> str:
    return next(line for line in CNEWS if marker in line)


def _figures(sentence: str) -> list[tuple[str, str, str, str, str]]:
    s = to_simplified(sentence)
    return [(s[q.start:q.end], q.kind, q.value, q.value_high, q.unit) for q in find_quantities(s)]


def _article_figures(path: Path) -> pd.DataFrame:
    article = load.load_article(path)
    return quantities_table(text.sentences_table(article.paragraphs), article.meta.get("publish_date"))


def test_a_bus_line_is_no_figure():
    # 关林 page of a Luoyang travel site: 南部坐81路 is line 81 (no transit word in its clause: the 路 after the
    # digits says it); the page's only figures are the festival day and the visit's length
    table = _article_figures(EXTRA / "sweep13_lyta_guanlin_temple.html")
    assert not {"81", "58", "15", "39", "55"} & set(table.text)
    assert list(table.text) == ["9月29日", "1-3小时"]
    assert _figures("步行3公里路程。") == [("3公里", "measure", "3", "", "公里")]  # 路程 is a distance, not a line


def test_an_age_range_in_zhousui_is_a_count_of_years_of_age():
    # 龙门石窟 page: 60-69周岁老人 (as fresh gold's 65周岁 → count 65 岁), not 60 to 69 weeks; and 五一、十一期间 are holidays
    table = _article_figures(EXTRA / "sweep13_lyta_longmen_grottoes.html")
    rows = table[table.text == "60-69周岁"]
    assert rows[["kind", "value", "value_high", "unit"]].values.tolist() == [["count", "60", "69", "岁"]]
    assert not table.text.str.contains("十一").any()
    assert not (table.unit == "week").any()


@pytest.mark.parametrize("marker, expected", [
    # 家居: 十一期间 is the National Day holiday (not eleven periods). (The month in 十一月也很淡 is not read either:
    # a bare Chinese month is read only after 在/今年/截至 …, as before.)
    ("今年十一期间", []),
    # 教育: 大学一、二年级 / 三年级 are school grades (fresh10's 五年级 is NOT), not two or three years
    ("大学一、二年级", []),
])
def test_numbers_that_name_a_holiday_or_a_grade_are_no_figures(marker, expected):
    assert _figures(_sentence(marker)) == expected


def test_a_chinese_year_typed_with_arabic_zeros_is_a_year():
    # 时政 (中新社): 二00八年 is 2008, not a span of 八年
    assert _figures(_sentence("二00八年"))[0] == ("二00八年", "date", "2008", "", "")


@pytest.mark.parametrize("marker, figure, expected", [
    ("98-220平米", "98-220平米", ("measure", "98", "220", "平方米")),        # 平米 is the square metre
    ("均价在25000元/平米", "25000元/平米", ("money", "25000", "", "CNY/平米")),  # a price per square metre
    ("1万到10万法郎", "1万到10万法郎", ("money", "10000", "100000", "FRF")),     # 法郎 is a currency, not yuan
])
def test_units_read_by_eye_in_the_sweep(marker, figure, expected):
    got = {f[0]: f[1:] for f in _figures(_sentence(marker))}
    assert got[figure] == expected


def test_one_in_a_thousand_is_a_ratio():
    # fresh6 261 (gold: ratio 0.001 and 0.0001, upper_bound), the majority reading of 千分之N (FIGURES_CONVENTION.md)
    sentence = ("单从公共卫生方面来看，虽然一些准备没有做得很充分，但是疾病已经表现出了非常强烈的变化，比如感染率大幅度提高，"
                "病死率也是低于千分之一甚至低于万分之一了。")
    assert [(f[0], f[1], f[2]) for f in _figures(sentence)] == [("千分之一", "ratio", "0.001"), ("万分之一", "ratio", "0.0001")]
    assert _figures("同比增长百分之十二点零七。") == [("百分之十二点零七", "percent", "12.07", "", "%")]


@pytest.mark.parametrize("sentence", [
    # fresh8 329 (gold: both NOT) and fresh8 325 (gold: both NOT): an article of a law is cited by its number
    "针对安全问题，刘龙珠指出，在更衣室内发生窥视、拍摄或性骚扰等，可能构成刑事犯罪，涉及加州刑法第242条（攻击罪）或第243.4条（性骚扰罪）。",
    "香坊区税务局下发的通知书中称，依据《中华人民共和国企业所得税法》第二十七条、《中华人民共和国企业所得 税法实施条例》第八十六条规定的企业所得税优惠政策。",
    "以《刑法》第248條的挖掘墳墓罪為例。",  # fresh6 (gold: NOT)
])
def test_an_article_of_a_law_is_no_rank(sentence):
    assert not [f for f in _figures(sentence) if f[1] == "rank"]


def test_an_ordinal_thing_counted_with_tiao_stays_a_rank():
    assert [f[:3] for f in _figures("机场第二条跑道明年启用。")] == [("第二", "rank", "2")]


@pytest.mark.parametrize("sentence, expected", [
    # fresh11 395 (gold: money CAD): 加币 is the Canadian dollar of overseas Chinese copy
    ("奖品包括IFAMILOVE HOME LTD提供的价值51000加币的礼品和代金劵，饭团外卖提供的3500加币。",
     [("51000加币", "money", "51000", "", "CAD"), ("3500加币", "money", "3500", "", "CAD")]),
    # fresh11 388 (gold: measure 方): 亿方 is 亿 cubic metres of water
    ("截至今天下午3时，浙江平原河网累计排水5.16亿方，大中型水库累计泄洪9亿方。",
     [("下午3时", "date", "T15:00", "", ""), ("5.16亿方", "measure", "516000000", "", "方"), ("9亿方", "measure", "900000000", "", "方")]),
    # fresh11 386 (gold: duration 2 minute, lower_bound)
    ("当日，网上曝出一段2分多钟视频。", [("2分多钟", "duration", "2", "", "minute")]),
    # fresh11 389 and 397 (no figure in the gold): 四周 is the surroundings, not four weeks; a made-up span keeps its weeks
    ("而这个由四周山脊线围合的管控范围，最终被写进2025年5月1日起施行的《忻州市佛光寺文化景观保护条例》。",
     [("2025年5月1日", "date", "2025-05-01", "", "")]),
    ("竹子湖海拔670公尺，位於大屯山、七星山、小觀音山之間，四周群山環繞的景色。", [("670公尺", "measure", "670", "", "米")]),
    ("培训为期四周。", [("四周", "duration", "4", "", "week")]),
    # fresh10 362 (gold: money 2000000000, lower_bound): 大关 is a milestone, not the big N
    ("2017年的国庆假期包含中秋节，双节同庆首次推动档期票房突破20亿大关，达到26.5亿。",
     [("2017年", "date", "2017", "", ""), ("20亿", "money", "2000000000", "", "CNY"), ("26.5亿", "number", "2650000000", "", "")]),
])
def test_units_and_set_phrases_of_the_seen_misses(sentence, expected):
    assert _figures(sentence) == expected


def test_the_measure_word_kuai_names_no_currency():
    # 科技 (cnews sample): 一块 counts the sensor; 1000万 pixels is no money (was CNY, 块 taken for the yuan)
    got = {f[0]: f[1:] for f in _figures(_sentence("有效像素为1000万"))}
    assert got["1000万"] == ("number", "10000000", "", "")
    assert _figures("补漆一个面 140 块。") == [("140 块", "money", "140", "", "CNY")]  # fresh4 123: 块 ending the clause


def test_a_court_rulings_case_numbers_and_law_articles_are_no_figures():
    # a 刑事裁定书 (excerpt in tests/data/extra, see SOURCES.tsv): （2010）成刑初字第292号 names a judgment, 第二百六十二条第二款
    # a law's paragraph; the ruling's figures are its dates, terms and fines
    table = _article_figures(EXTRA / "sweep13_court_ruling_excerpt.txt")
    assert not table[table.kind.isin(["number", "rank"])].text.isin(["2015", "2010", "2011", "2013", "第二", "第一"]).any()
    rows = {t: (k, v) for t, k, v in zip(table.text, table.kind, table.value)}
    assert rows["50万元"] == ("money", "500000") and rows["7年"] == ("duration", "7") and rows["9个月"] == ("duration", "9")
    assert rows["2011年4月8日"] == ("date", "2011-04-08")


def test_a_span_of_years_changed_to_two_digits_stays_a_span():
    # 时政 (cnews sample, 香港暴雨): 年数由3年上升至10年 is ten years, not 2010
    got = {f[0]: f[1:3] for f in _figures(_sentence("由3年上升至10年"))}
    assert got["10年"] == ("duration", "10") and got["4年"] == ("duration", "4")
    assert [f[:3] for f in _figures("到10年，公司上市。")] == [("10年", "date", "2010")]  # a point in time keeps its year


def test_an_ordinal_assembly_line_is_no_law_article():
    # tune 45_sohu_sino_french_trade (gold: 第二 rank 2): 第二条 before a Latin model name is the second line, not Article 2
    sentence = "空客在中国投资建设的第二条A320系列飞机总装线将于2025年底投入运营，中国供应链已成为世界航空制造业不可或缺组成部分。"
    assert ("第二", "rank", "2") in [f[:3] for f in _figures(sentence)]
