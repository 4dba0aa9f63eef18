"""Round 14 (figures14): date anchors and units read by eye in an unlabelled sweep (RTHK and PTS feeds, Xinhua wire
records) and the crawl-day publish date of fresh12. Each case quotes a real sentence: a seen split's file, or a file
or excerpt in tests/data/sweep14 with its row in tests/data/SOURCES.tsv."""

from pathlib import Path

import pandas as pd
import pytest

from conftest import shared_or_skip
from zhnews import load, text
from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified

SWEEP = Path(__file__).parent / "data" / "sweep14"


def _figures(sentence: str) -> list[tuple[str, str, str, str]]:
    s = to_simplified(sentence)
    return [(s[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(s)]


def _line(name: str, marker: str) -> str:
    return next(line for line in (SWEEP / name).read_text(encoding="utf-8").splitlines() if marker in line)


def _article_figures(path: Path) -> pd.DataFrame:
    article = load.load_article(path)
    return quantities_table(text.sentences_table(article.paragraphs), article.meta.get("publish_date"),
                            publish_date_source=article.meta.get("publish_date_source"))


def _row(table: pd.DataFrame, written: str) -> pd.Series:
    return table[table.text == written].iloc[0]


def test_a_rate_in_li_is_a_percent():
    # RTHK finance item: 10年期債息升穿4.5厘，高見4.502厘 — in Hong Kong 厘 after a rate (債息, 息差, 利率, 減息) is per
    # cent, not a bare number
    table = _article_figures(SWEEP / "rthk_finance_bond_yields_item.xml")
    for written in ("4.5厘", "4.502厘", "4.604厘", "4.959厘"):
        assert _row(table, written)[["kind", "value", "unit"]].tolist() == ["percent", written[:-1], "%"]
    assert _figures("中銀香港去年淨息差1.46厘，按年收窄7個基點") == [
        ("1.46厘", "percent", "1.46", "%"), ("7个基点", "percent", "7", "bp")]


def test_a_term_in_days_a_yen_amount_and_a_count_of_travellers():
    # RTHK digest of 2025-04-17: 7日期逆回購 is a 7-day term (not the 7th), 利率維持1.5厘 a percent, 5441億日圓 yen (日圓
    # is the Hong Kong and Taiwan spelling of 日元), 發送旅客逾10億 a number of travellers, not money
    repo = _line("rthk_ch_digest_20250417_lines.txt", "7日期")
    assert ("7日期", "duration", "7", "day") in _figures(repo)
    assert ("1.5厘", "percent", "1.5", "%") in _figures(repo)
    yen = _line("rthk_ch_digest_20250417_lines.txt", "日圓")
    assert ("5441亿日圆", "money", "544100000000", "JPY") in _figures(yen)
    # 1日至7日期间 is still two days
    assert [f[1] for f in _figures("1日至7日期间")] == ["date", "date"]


def test_people_are_counted_after_a_money_word():
    # RTHK digest of 2025-03-26, a headline: 醫療費用減免機制優化 受惠人數將增至140萬 — 受惠人數 comes after 費用: people
    table = _article_figures(SWEEP / "rthk_ch_digest_20250326.md")
    rows = table[table.text == "140萬"]
    assert set(rows.kind) == {"number"} and set(rows.unit) == {""}
    travellers = _line("rthk_ch_digest_20250417_lines.txt", "旅客")
    assert ("10亿", "number", "1000000000", "") in _figures(travellers)
    assert _figures("市值达300亿") == [("300亿", "money", "30000000000", "CNY")]


def test_an_undated_digest_leaves_relative_years_and_far_clock_times_empty():
    # the RTHK digest has no publish date; it says 今年 and 去年, and its only year is 以色列議會批准2025年度國家預算, a
    # budget year (年度), not the year it is written in: 今年1月17日 and 去年11月18日 keep no year (they were 2026 and
    # 2025, both wrong: the digest is of March 2025); the rugby fan village's 晚上11時 is on no day told near it (it took
    # 11月18日 of another story, 275 paragraphs before)
    table = _article_figures(SWEEP / "rthk_ch_digest_20250326.md")
    assert _row(table, "1月17日").value == "--01-17"
    assert _row(table, "11月18日").value == "--11-18"
    assert _row(table, "晚上11時").value == "T23:00"
    assert not table.anchor.str.contains("written after").any()
    assert _row(table, "2025年").value == "2025"  # the budget year itself stays a date


def test_a_weekly_digest_dates_its_sections_by_month_and_day():
    # PTS 一週大事 of 2024-05-26: section heads dated （5/20）, （5/23、5/24）, 提前大選至7/4 are days, not shares
    table = _article_figures(SWEEP / "pts_weekly_digest_item.xml")
    for written, value in (("5/20", "2024-05-20"), ("5/23", "2024-05-23"), ("5/24", "2024-05-24"),
                           ("5/21", "2024-05-21"), ("7/4", "2024-07-04")):
        assert _row(table, written)[["kind", "value"]].tolist() == ["date", value]
    # a share in brackets follows its words, and a share is not after a word of when
    assert _figures("约占三分之一（1/3）")[-1][1] == "ratio"
    assert _figures("降到1/4") == [("1/4", "ratio", "0.25", "")]


def test_days_in_a_weekly_digest_take_the_right_month():
    table = _article_figures(SWEEP / "pts_weekly_digest_item.xml")
    # 英國首相蘇納克（Rishi Sunak）22日突宣布: a day right after a closing bracket is a day
    assert _row(table, "22日")[["kind", "value"]].tolist() == ["date", "2024-05-22"]
    # 提前於7月4日舉行大選，國會已在24日停止運作，30日將開始: July is still ahead of the publish date; 24日 is told as
    # done, so it is this month's (it was 2024-07-24)
    sentence = _row(table, "30日").sent_id
    assert table[(table.sent_id == sentence) & (table.text == "24日")].value.tolist() == ["2024-05-24"]
    assert _row(table, "30日").value == "2024-05-30"
    # 藍白預於28日續拚三讀 / 28日預計審議哪些條文？ in an article of the 26th: days to come, this month (they were April)
    assert list(table[table.text == "28日"].value) == ["2024-05-28", "2024-05-28"]
    # 新航一架波音777-300ER客機: an airliner's model, no figure
    assert "777" not in set(table.text)


@pytest.mark.parametrize("marker, expected", [
    ("《图片报》21日", ("21日", "date", "---21", "")),
    ("（记者赵瑞希）26日", ("26日", "date", "---26", "")),
])
def test_a_day_right_after_a_closing_bracket_is_a_date(marker, expected):
    # Xinhua wire records (UHGEval): 德国《图片报》21日在头版刊出, 新媒体专电（记者赵瑞希）26日，《南方都市报》刊发
    line = _line("xinhua_uhgeval_lines.txt", marker)
    assert expected in _figures(line)


def test_a_crawl_day_guessed_as_publish_date_is_set_aside():
    # fresh12 405 (a headerless SQL row of 2019-10-21, guessed by its shape to be the publish date): the story is of
    # 2015 (称2014年全年…, 去年12月20日, 今年1月): its undated days take the year the text shows, as the gold does, and
    # the anchor says the publish date was set aside
    folder = shared_or_skip("fresh12", "fresh12 tests need ../shared beside the checkout (or ZHNEWS_SHARED)")
    table = _article_figures(folder / "405_sql_sina_zhao_wei_alibaba_pictures_stake.sql")
    assert _row(table, "12月20日").value == "2014-12-20"
    assert _row(table, "4月29日").value == "2015-04-29"
    assert _row(table, "4月29日").anchor.startswith("publish date 2019-10-21 set aside")
    # fresh12 404: 1月28日 is 2015's (its letter is dated 2015年5月4日); 今年1月4日 keeps no year rather than 2019
    table = _article_figures(folder / "404_sql_xinjingbao_sina_li_keqiang_makers_letter.sql")
    assert _row(table, "1月28日").value == "2015-01-28"
    assert _row(table, "1月4日").value == "--01-04"


@pytest.mark.parametrize("sentence, expected", [
    # fresh12 402: 要求相关开发商在10日内自行拆除 — a span of ten days (gold: duration), not the 10th nor a bare 10
    ("近日，儋州市海花岛2号岛39栋楼被确定为违法建筑，要求相关开发商在10日内自行拆除。", ("10日", "duration", "10", "day")),
    # fresh12 410: 臺北燈節已走過逾20個年頭 — twenty years (gold: duration)
    ("蔣萬安表示，臺北燈節已走過逾20個年頭", ("20个年头", "duration", "20", "year")),
    # fresh12 412: 幼儿园的1万粒药, 100瓶 — pills and bottles counted (gold: count)
    ("幼儿园的1万粒药从哪来的?", ("1万粒", "count", "10000", "粒")),
])
def test_days_within_years_told_and_pills_counted(sentence, expected):
    assert expected in _figures(sentence)


def test_a_year_before_taipei_is_no_count_of_machines():
    # fresh12 411: 「2026台北燈節」 — 台 begins 台北, it counts no machines (it was count 2026 台)
    assert not [f for f in _figures("臺北市年度最具代表性的節慶盛事「2026台北燈節」熱鬧開展中") if f[3] == "台"]
    assert _figures("购入3台设备") == [("3台", "count", "3", "台")]


def test_votes_are_counted():
    # tune 245 (DW): 中国全国人大常委会以162票全票通过港版国安法草案 (gold: count 162 票); the sweep's Xinhua record of the
    # Italian presidential vote (UHGEval doc_000046): 获超过半数票（505票）; 票房 is still box office
    assert ("162票", "count", "162", "票") in _figures("中国全国人大常委会以162票全票通过港版国安法草案")
    assert ("505票", "count", "505", "票") in _figures(_line("xinhua_uhgeval_lines.txt", "505票"))
    assert _figures("45亿票房") == [("45亿", "money", "4500000000", "CNY")]


def test_a_year_before_jibie_keeps_its_year():
    # the shape the figures14 brief names as a known lead (no seen article holds it): 2013年级别 is 2013年 then 级别 (a
    # rank), not a school grade 年级 swallowing the year; 五年级 stays a grade's name (fresh10's NOT)
    assert _figures("2013年级别") == [("2013年", "date", "2013", "")]
    assert _figures("五年级女生") == []


def test_a_set_aside_record_date_still_counts_zuori():
    # fresh9 353 (Apple Daily, a headerless CSV row keyed 20020301): its years are a sergeant's life (一九九八年), so the
    # guessed date is set aside for months and days, but 前晚十一時 / 昨日凌晨二時五十分 still count from the record's
    # day, as the gold does (2002-02-27T23:00, 2002-02-28T02:50)
    folder = shared_or_skip("fresh9", "fresh9 tests need ../shared beside the checkout (or ZHNEWS_SHARED)")
    table = _article_figures(folder / "353_csv_appledaily_hk_sergeant_suicide_zh-hant.csv")
    assert _row(table, "晚十一時").value == "2002-02-27T23:00"
    assert _row(table, "凌晨二時五十分").value == "2002-02-28T02:50"
    assert "the record's date 2002-03-01" in _row(table, "凌晨二時五十分").anchor
