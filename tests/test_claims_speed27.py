"""Speed changes of round 26 in claims that must change no answer: the say-verb kinds made once per word-list
state, the transliteration test memoised, the trim loop skipped when no trim word opens or ends a source, and the
change cue a text ends in looked up by its ending. Each is checked against the plain scan it replaces."""

import pytest

from zhnews.claims.cues import _opens_or_ends_in_trim_word, _say_verb_kinds, _trim_words, _trimmed, clean_source
from zhnews.claims.cues import entries, _decree_verbs
from zhnews.claims import persons, quantities
from zhnews.text import to_simplified


def test_say_verb_kinds_are_the_sets_the_verb_rules_built_for_every_sentence():
    verbs, findings, needs_actor, told_before_a_clause, acts = _say_verb_kinds()
    say = entries("say_verb")
    before_a_clause = {e.cue for e in say if e.label == "needs_actor_and_clause"} | _decree_verbs()
    assert verbs == {e.cue for e in say}
    assert findings == {e.cue for e in say if e.label == "finding"}
    assert needs_actor == {e.cue for e in say if e.label == "needs_actor"} | findings | before_a_clause
    assert told_before_a_clause == findings | before_a_clause
    assert acts == {e.cue for e in say if e.label == "act_before_verb"}
    assert _say_verb_kinds() is _say_verb_kinds()  # made once while the word lists stay as they are


# Tokens of real sources and clauses (transliterated names, Chinese names, common words, Latin, traditional script)
# and near-misses: one character off a transliteration, empty.
TRANSLITERATION_WORDS = ["蓬佩奥", "卡尔", "弗林", "特朗普", "川普", "布倫南", "安德烈", "李克强", "公司", "表示",
                         "Andrii", "", "奥", "梅", "特索", "拉", "研究所", "巴兹", "奥尔德林"]


@pytest.mark.parametrize("word", TRANSLITERATION_WORDS)
def test_transliterated_from_its_memo_is_the_plain_test(word):
    plain = bool(word) and persons._transliteration_chars().issuperset(to_simplified(word))
    assert persons.transliterated(word) == plain
    assert persons.transliterated(word) == plain  # asked again: from the memo


def _trim_word_scanned(source: str) -> bool:
    return any(source.startswith(word) or source.endswith(word) for word in _trim_words())


# Sources as clean_source receives them (from the comments of claims' trim rules) and shapes that open or end in a
# trim word, a trim word that is the whole source, a source shorter than the longest trim word, and none.
SOURCES = ["人社部27日", "墨子科技今日晚间", "曾光", "据悉", "南方周末 2013 年 9 月 20", "蓬佩奥上周五（6月26日）",
           "尚纬股份（603333.SH）", "而公司", "公司此前", "因此", "但", "所以他", "他", "", "美国商务部一位高级官员",
           "在记者会", "使当时官员金士衡", "大使", "香港《明报》曝光的现场"]


@pytest.mark.parametrize("source", SOURCES)
def test_a_trim_word_at_either_end_is_found_as_the_scan_finds_it(source):
    assert _opens_or_ends_in_trim_word(source) == _trim_word_scanned(source)


@pytest.mark.parametrize("source, trimmed", [("人社部27日", "人社部"), ("墨子科技今日晚间", "墨子科技"),
                                             ("蓬佩奥上周五（6月26日）", "蓬佩奥"), ("尚纬股份（603333.SH）", "尚纬股份"),
                                             ("美国商务部", "美国商务部")])
def test_trimmed_sources_keep_their_answers(source, trimmed):
    assert _trimmed(source) == trimmed


def test_clean_source_of_a_relayed_source_is_unchanged():
    assert clean_source("路透社援引知情人士") == "路透社; (unnamed: 知情人士)"


def _cue_at_end_scanned(core: str):
    return next(((cue, role) for cue, role in quantities.numerals.change_cues() if role != "level_marker" and core.endswith(cue)),
                None)


def _change_texts() -> list[str]:
    """Every cue of change_cues.tsv as a whole text, after words, and with a character after it (a near-miss),
    plus texts that end in no cue."""
    texts = ["", "全国共有", "营收", "同比", "较上年"]
    for cue, _ in quantities.numerals.change_cues():
        texts += [cue, f"公司营收{cue}", f"{cue}了", cue[1:], f"同比{cue}约"]
    return texts


def test_the_change_cue_a_text_ends_in_is_the_first_row_the_scan_finds():
    for text in _change_texts():
        assert quantities.numbers.cue_at_end(text) == _cue_at_end_scanned(text), text


def test_a_level_marker_is_no_change_cue_at_the_end():
    markers = [cue for cue, role in quantities.numerals.change_cues() if role == "level_marker"]
    for cue in markers:
        assert quantities.numbers.cue_at_end(cue) == _cue_at_end_scanned(cue)


# Quarters from the comments beside _QUARTER's shapes, with a year in digits and in Chinese numerals, at a text's start
# and end; near-misses that no shape takes (a show's season, a car's model, a Q-quarter after nothing, 第五季度).
QUARTERS = ["2024年第三季度营收", "三季度", "台虹第2季轉虧為盈", "2023 年 Q4", "在 Q3", "前三季度", "二〇二四年一季度",
            "2019年上半年和第4季度", "今年一季度，"]
NOT_QUARTERS = ["《歌手》第2季", "奥迪Q3", "Q1", "第五季度", "季度报告", "Q5", "第2季节", ""]


def test_the_start_guard_of_quarters_changes_no_match_on_made_up_texts():
    import re

    shapes_alone = re.compile(quantities.constructions._QUARTER_SHAPES)
    for text in QUARTERS + NOT_QUARTERS:
        assert [m.span() for m in quantities.constructions._QUARTER.finditer(text)] == [m.span() for m in shapes_alone.finditer(text)]
    assert [text for text in QUARTERS if not quantities.constructions._QUARTER.search(text)] == []
    assert [text for text in NOT_QUARTERS if quantities.constructions._QUARTER.search(text)] == []


def test_the_start_guard_of_quarters_changes_no_match_on_the_seen_articles():
    import re

    from test_claims_speed26b import seen_lines  # every seen article's lines, as round 26's guard of codes is checked

    shapes_alone = re.compile(quantities.constructions._QUARTER_SHAPES)
    for line in seen_lines():
        assert [m.span() for m in quantities.constructions._QUARTER.finditer(line)] == [m.span() for m in shapes_alone.finditer(line)]


# Spans of months and clock times from the comments beside their patterns (a year in digits and in numerals, a time
# word before the hour, Chinese hours), and near-misses: a day after the span, a decimal, 点 and 时 after no hour.
MONTH_SPANS = ["1-10月", "2024年1至10月", "1月至5月", "二〇二四年3-5月", "24年1~2月", "今年1—6月"]
NOT_MONTH_SPANS = ["1-3月5日", "5月", "3.5-4月", "至10月", ""]
CLOCK_TIMES = ["上午10点", "晚8点半", "下午3点15分", "凌晨两点", "十点整", "今晚七点钟", "早上 9 点", "9点05"]
NOT_CLOCK_TIMES = ["3.5%", "重点", "午饭时", "百分点", "上午好", ""]


@pytest.mark.parametrize("guarded, shapes", [("_MONTH_SPAN", "_MONTH_SPAN_SHAPE"), ("_CLOCK_TIME", "_CLOCK_TIME_SHAPE")])
def test_the_start_guards_of_month_spans_and_clock_times_change_no_match(guarded, shapes):
    import re

    from test_claims_speed26b import seen_lines

    pattern, shapes_alone = getattr(quantities.constructions, guarded), re.compile(getattr(quantities.constructions, shapes))
    for text in MONTH_SPANS + NOT_MONTH_SPANS + CLOCK_TIMES + NOT_CLOCK_TIMES + seen_lines():
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in shapes_alone.finditer(text)], text


def test_made_up_month_spans_and_clock_times_are_found_and_near_misses_are_not():
    assert [t for t in MONTH_SPANS if not quantities.constructions._MONTH_SPAN.search(t)] == []
    assert [t for t in NOT_MONTH_SPANS if quantities.constructions._MONTH_SPAN.search(t)] == []
    assert [t for t in CLOCK_TIMES if not quantities.constructions._CLOCK_TIME.search(t)] == []
    assert [t for t in NOT_CLOCK_TIMES if quantities.constructions._CLOCK_TIME.search(t)] == []
