"""Round 16 (figures16): shapes read in a sweep of 20 new articles (Taiwan and Hong Kong news of NadalChi/AML, 人民日报
pages of leeperfect/PeopleDailyMaterial, 联合早报 / 公视 / 自由时报 items of enxpower/cn-news-hub), whose figures were written
down by hand before zhnews ran on them (/work/sweeps16/figures16/expected.tsv), and the dateline shape of fresh13.

Sentences are quoted from the sweep files (repository, path and commit named beside each); the two articles read whole
are in tests/data/sweep16 (see tests/data/SOURCES.tsv)."""

from pathlib import Path

import pandas as pd

from conftest import shared_or_skip
from zhnews import load, text
from zhnews.claims.quantities import find_quantities, quantities_table

DATA = Path(__file__).parent / "data" / "sweep16"


def _figures(sentence: str) -> list[tuple[str, str, str]]:
    """(kind, text as written, value) of each figure, read on the simplified copy as the pipeline reads it."""
    return [(q.kind, sentence[q.start:q.end], q.value) for q in find_quantities(text.to_simplified(sentence))]


def _article_figures(path: Path) -> pd.DataFrame:
    article = load.load_article(path)
    return quantities_table(text.sentences_table(article.paragraphs), article.meta.get("publish_date"),
                            publish_date_source=article.meta.get("publish_date_source"))


def test_an_ordinal_day_year_round_or_term_is_a_rank():
    # enxpower/cn-news-hub src/content/articles/20260713-6cd293d76cf3.md (a0edebc9): 第1日 is the tide's first day, it
    # was read as the 1st of the month (2026-07-01)
    assert ("rank", "第1", "1") in _figures("地處低窪區的東港鎮東津里碰上今年第1波年度大潮，第1日13日清晨5時左右，水最深一度到成人腳踝，7時左右退去。")
    # NadalChi/AML data/training_set/1200.txt (4af1876a): 第5年, the hotel's fifth year, not a span of five years
    assert _figures("預計將斥資6億元進行裝修，以第5年營收達10億元為目標。")[:2] == [("money", "6億元", "600000000"), ("rank", "第5", "5")]
    # NadalChi/AML data/training_set/250.txt: 第92回合, the auction's 92nd round (was the bare number 92)
    assert ("rank", "第92", "92") in _figures("五大電信業者積極出價，並在第92回合以總暫時得標總標金 502.63億元，一舉突破500億元大關")
    # enxpower/cn-news-hub src/content/articles/20260717-49bf54bfed0d.md: 第二任期 (was no figure)
    assert ("rank", "第二", "2") in _figures("川普第二任期以來陸續緊縮移民政策")


def test_the_hour_after_the_first_one_and_a_day_listed_before_its_day():
    # 20260713-6cd293d76cf3.md (above): 7時左右 is seven o'clock (was the number 7); 14、15日 are two days
    assert ("date", "7時", "T07:00") in _figures("第1日13日清晨5時左右，水最深一度到成人腳踝，7時左右退去。")
    assert [f[:2] for f in _figures("只是今年度第一波年度大潮預估潮位最高在14、15日，屏東縣府及高市府都在轄區內低窪易積淹水區")] \
        == [("rank", "第一"), ("date", "14"), ("date", "15日")]


def test_a_taiwan_quarter_and_units_and_money_of_a_finance_page():
    # NadalChi/AML data/training_set/2049.txt: 第2季 is the second quarter (was the number 2)
    assert ("date", "第2季", "--Q2") in _figures("台虹上半年每股純益1.31元，第2季轉虧為盈。")
    # NadalChi/AML data/training_set/999.txt: 奈米 is a nanometre (the numbers were bare)
    assert [f[:2] for f in _figures("中芯國際在 14 奈米和 16 奈米晶片方面落後台積電約 17 個季度。")][:2] \
        == [("measure", "14 奈米"), ("measure", "16 奈米")]
    # NadalChi/AML data/training_set/250.txt: a frequency band
    assert ("measure", "3.5GHz", "3.5") in _figures("五大電信業者仍聚焦在3.5GHz主流頻段進行價格戰")
    # NadalChi/AML data/training_set/4100.txt: 賺了515.4億, the fund's earnings (was a bare number)
    assert ("money", "515.4億", "51540000000") in _figures("2016年收益率也有3.2303%，賺了515.4億，平均每人可分4,772元。")


def test_a_session_number_is_no_count_and_a_regions_tally_is():
    # leeperfect/PeopleDailyMaterial data/raw/articles_20250305.json (016963ee), the editorial of 2025-03-05 and 吴兴德's
    # commentary: 三次会议, 四次全会 number a session, they count nothing
    assert _figures("3月5日，十四届全国人大三次会议在北京隆重开幕。") == [("date", "3月5日", "--03-05")]
    assert _figures("习近平总书记在二十届中央纪委四次全会上指出，要深入推进风腐同查同治") == []
    # the same file, 沈阳：织密“一老一小”服务网 (第 18 版): a city's tally of kindergartens, not an institute's number
    assert ("count", "288所", "288") in _figures("全市288所小区配套幼儿园全部转为公办或普惠性民办幼儿园，新增托位1.3万个")


def test_a_date_a_span_is_counted_from_dates_nothing():
    # tests/data/sweep16/aml_250_5g_auction_zh-hant.txt: no publish date; its only month is the stray closing line's
    # 創下2011年11月以來新高, which dated 23日 and 8日 to November 2011; they keep no month
    table = _article_figures(DATA / "aml_250_5g_auction_zh-hant.txt")
    days = table[table.text.isin(["23日", "8日"])]
    assert days.value.tolist() == ["---23", "---08"]
    assert (table[table.text == "2011年11月"].value == "2011-11").all()


def test_a_wire_datelines_month_dates_the_days_told_alone():
    # fresh13 440_txt_yangguangwang_change5_orbit_correction.txt: 央广网北京11月25日消息 and no year in the file; the
    # labellers date 北京时间24日晚上10点06分 and 24日 by the dateline's month (--11-24)
    table = _article_figures(shared_or_skip("fresh13", "fresh13 tests need ../shared beside the checkout (or ZHNEWS_SHARED)")
                             / "440_txt_yangguangwang_change5_orbit_correction.txt")
    days = table[table.text == "24日"]
    assert days.value.tolist() and set(days.value) == {"--11-24"}
    assert all("dateline" in anchor for anchor in days.anchor)


def test_a_signed_peoples_daily_edition_line_gives_date_and_author():
    # tests/data/sweep16/rmrb_20250305_signed_commentary_excerpt.md: 吴兴德《人民日报》（2025年03月05日第 13 版）
    article = load.load_article(DATA / "rmrb_20250305_signed_commentary_excerpt.md")
    assert (article.meta.get("publish_date"), article.meta.get("author")) == ("2025-03-05", "吴兴德")
    table = _article_figures(DATA / "rmrb_20250305_signed_commentary_excerpt.md")
    assert table.text.tolist() == ["2024年底", "76.8万件", "62.8万人", "2万人"]  # the page number 第 13 is no figure


def test_a_quoted_plan_named_by_its_year_is_no_figure():
    # NadalChi/AML data/training_set/999.txt (4af1876a): the plan's name holds 2025; the target year after 到 is a date
    figures = _figures("中國將半導體視為「中國製造 2025」計劃的關鍵支柱，不惜斥資數十億美元，企圖到 2025 年，中國可以生產自己所需的 70% 半導體。")
    assert [f[:2] for f in figures] == [("money", "數十億美元"), ("date", "2025 年"), ("percent", "70%")]
