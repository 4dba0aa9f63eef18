"""Every figure of one sentence: the two passes put together, overlaps resolved (the earlier, then the longer,
then the more specific wins), outer qualifiers attached (:func:`find_quantities`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal

from ... import lexicon, segment
from .numerals import CN_DIGITS, Quantity, YEAR_WITH_ARABIC_ZERO, format_decimal, qualifier_cues, transit_cues
from .constructions import (
    RANGE_BETWEEN, clock_times, counted_by, day_counts, dimension_sizes, match_figures, model_sizes, not_figures,
    race_times, ranks_and_multiples, skip_space, spoken_fractions, spoken_heights, spoken_prices, weekday_dates,
    with_time, without_lone_weekdays, written_dates, zero_levels,
)
from .numbers import AMOUNT_BEFORE, MAGNITUDE_NOTE, NUMBER_TOKEN, currency_prefix, generic_number
from .change_level import JOINED, assign_roles


# Full-width digits and signs (and the Unicode minus −) become ASCII one character for one, so
# offsets stay valid.
# The full-width comma stays ("120，120" is two numbers, not 120120) except between full-width digits
# that group thousands (１，０００).
_FULLWIDTH_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
# １。３８個月: between two full-width digits a full-width 。 is typed for the decimal point (a sentence
# does not end inside a number).
_FULLWIDTH_DECIMAL = re.compile("(?<=[０-９])。(?=[０-９])")
# ２６·５亿美元, ２·４个百分点 (fresh14 460, wire copy of 1990): a middle dot between digits is typed for the decimal
# point when a multiplier, a per cent or points follow the number (a day named with the dot, 6·12, 9·11事件, never
# takes one).
_MIDDLE_DOT_DECIMAL = re.compile("(?<=[0-9０-９])[·・](?=[0-9０-９]+(?:[万亿]|个百分点|個百分點|[%％‰]|倍))")
# 增長7 .6%, 增加值8296 .63億元 (fresh27 850, a 南方都市報 page via WiseNews): a typesetting space before the decimal point
# (spaces from typesetting, issue 12) leaves the number whole. The space moves behind the decimal digits, where a space
# before a unit is read already (8296.63 億元), so offsets stay valid. Only when the decimal digits end the number (a
# mark, a unit or a Han character follows): a number that ends a sentence before an ASCII full stop, SVG path data
# (0 0 1 .567.485) and a version (.NET) stay.
_TYPESET_DECIMAL = re.compile(r"(?<![\d.])(?P<whole>\d+) \.(?P<decimals>\d+)(?![\d.A-Za-z\s])")
# Full-width letters and digits are read in their NFKC form (４００ｇ is 400g, ８ｋｍ is 8km, Ｍ１ is the
# name M1), so units and Latin names are recognised as in half-width text; the figure's text stays as written.
_FULLWIDTH = str.maketrans({**{chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF10, 0xFF5B)
                               if chr(c).isalnum()},
                            **str.maketrans("．％～／：－−＃", ".%~/:--#")})
# ○．一五, 二．五％: Chinese digits with a (full-width) point between them are a decimal (二点五), and a
# circle ○ next to a Chinese digit or such a point is the zero 〇 (a masked name, 王○明, stays).
_CN_DECIMAL_POINT = re.compile(rf"(?<=[{CN_DIGITS}○])[．.](?=[{CN_DIGITS}○])")
_CIRCLE_ZERO = re.compile(rf"○(?=[{CN_DIGITS}．.])|(?<=[{CN_DIGITS}])○")


def _zeros_of_chinese_years(text: str) -> str:
    return YEAR_WITH_ARABIC_ZERO.sub(lambda m: m.group().replace("0", "〇") if re.search("[一二三四五六七八九]", m.group()) else m.group(), text)


# ---------------------------------------------------------------------------------------------
# Putting the passes together


def _outer_qualifier(text: str, q: Quantity) -> str:
    before = text[: q.start].rstrip(" ")
    for cue, qualifier in qualifier_cues()["before"]:
        if before.endswith(cue) or before.endswith(cue + "了"):
            return "" if qualifier == "none" else qualifier
    after = text[skip_space(text, q.end):]
    for cue, qualifier in qualifier_cues()["after"]:
        if after.startswith(cue):
            return qualifier
    return ""


def _choose(candidates: list[Quantity], claimed: list[bool]) -> list[Quantity]:
    """Non-overlapping candidates: earlier first, then longer, then in the order given."""
    chosen = []
    order = sorted(range(len(candidates)), key=lambda k: (candidates[k].start, -(candidates[k].end - candidates[k].start), k))
    for k in order:
        q = candidates[k]
        if not any(claimed[q.start:q.end]):
            chosen.append(q)
            claimed[q.start:q.end] = [True] * (q.end - q.start)
    return chosen


# Memoised: claims reads the dates off the same sources (上海市网信办, 人社部相关负责人) again and again, 449 calls for
# 47 texts on make bench's batch (claims._strip_dates); jieba's tags of the words after a number are read.
@segment.memoised_per_dictionary
def find_quantities(text: str, lone_weekdays: bool = True) -> list[Quantity]:
    """Every figure in one sentence, in order, with spans into ``text``.

    Dates without a year are left in truncated ISO form (--01-28); :func:`infer_years` completes them. A day of the
    week alone (周五, "-W5") is kept as a time word (a source's 发言人周五表示 ends before it) unless ``lone_weekdays`` is
    False, as in the quantities table, where it is no figure.
    """
    norm, found = _read_figures(text)
    found = [_with_outer_qualifier(norm, q) for q in found if not _route_number(norm, q)]
    dated = with_time(norm, _spreads_joined(norm, _magnitudes_joined(norm, _points_shared(norm, sorted(found, key=lambda q: q.start)))))
    return assign_roles(norm, dated if lone_weekdays else without_lone_weekdays(dated))


def _points_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别提高0.9个、2个和10.7个百分点, 增速分别较上年提高7.6个和6个百分点 (fresh15 490, gold percent pp): members of a
    list written with 个 alone share the 百分点 after the last one; each is percentage points, not a count of 个."""
    shared = list(found)
    for k in range(len(shared) - 2, -1, -1):
        q, following = shared[k], shared[k + 1]
        if (q.kind == "count" and q.unit == "个" and text[q.end - 1:q.end] == "个" and following.kind == "percent"
                and following.unit == "pp" and JOINED.match(text[q.end:following.start])):
            shared[k] = replace(q, kind="percent", unit="pp")
    return shared


def _magnitudes_joined(text: str, found: list[Quantity]) -> list[Quantity]:
    """几百到几千Token (fresh20 642, gold one row: count 100..1000 Token, approximate), 粉丝从几万到几十万不等 (fresh12 400,
    unlabelled): two orders of magnitude joined by 到 are one approximate range, in the unit written after the second
    (the first, bare, is read as a number alone)."""
    joined = list(found)
    for k in range(len(joined) - 2, -1, -1):
        q, following = joined[k], joined[k + 1]
        if (q.note == MAGNITUDE_NOTE and following.note == MAGNITUDE_NOTE and q.kind == "number" and not q.value_high
                and not following.value_high and RANGE_BETWEEN.fullmatch(text[q.end:following.start])
                and Decimal(q.value) < Decimal(following.value)):
            joined[k:k + 2] = [replace(following, start=q.start, value=q.value, value_high=following.value,
                                       qualifier="approximate")]
    return joined


# 判处有期徒刑十三年至七年六个月不等, 并处1,000万元至150万元不等罚金 (fresh37 1046, gold one range each): two figures of one
# kind joined by 至/到 before 不等 ("varying"), the larger first, are the spread of several amounts written high to low,
# one range from the smaller to the larger; a term of years and months (七年六个月, 90 months) is counted in the years of
# the other end. Low to high the range is read already (280元到360元不等), and a list's last two (从几万元、几十万元到100多万元
# 不等, test 44: gold three figures) stay apart; without 不等, 从1000万元降至150万元 stays two figures (a move).
_SPREAD_AFTER = re.compile(r" ?不等")
_MONTHS_PER = {("year", "month"): Decimal(12)}


def _in_unit(q: Quantity, unit: str) -> Decimal | None:
    """The value of ``q`` in ``unit`` (its own, or months counted in years), None when they do not convert."""
    if q.unit == unit:
        return Decimal(q.value)
    per = _MONTHS_PER.get((unit, q.unit))
    return Decimal(q.value) / per if per else None


def _spreads_joined(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two figures joined by 至/到, the larger first, and followed by 不等 made one range (see _SPREAD_AFTER)."""
    joined = list(found)
    for k in range(len(joined) - 2, -1, -1):
        q, following = joined[k], joined[k + 1]
        if not (q.kind == following.kind and q.kind != "date" and not q.value_high and not following.value_high
                and RANGE_BETWEEN.fullmatch(text[q.end:following.start]) and _SPREAD_AFTER.match(text, following.end)):
            continue
        unit = q.unit if _in_unit(following, q.unit) is not None else following.unit
        ends = (_in_unit(q, unit), _in_unit(following, unit))
        if None in ends or ends[0] <= ends[1]:
            continue
        joined[k:k + 2] = [replace(q, end=following.end, value=format_decimal(ends[1]), value_high=format_decimal(ends[0]),
                                   unit=unit, qualifier=q.qualifier or "range", note="")]
    return joined


@lexicon.cached
def _currency_of_prefix() -> dict[str, str]:
    return {p.upper(): c for p, c in lexicon.read_rows("currency_prefixes.tsv", ("prefix", "currency"))}


# A figure made only of its number (digits, separators, 万/亿, an inner qualifier) may take a currency written before it.
_BARE_AMOUNT = re.compile(r"[\d.,\s十百千万亿多余几]+")


def _with_currency_prefix(text: str, found: list[Quantity]) -> list[Quantity]:
    """US$999, NT$3,000, ￥30, 收入S$200万: an amount after a currency's sign or code is money in that currency (a money
    context's yuan gives way to the sign written)."""
    out = []
    for q in found:
        prefix = currency_prefix().search(text, 0, q.start) if q.kind in ("number", "money") else None
        if prefix and _BARE_AMOUNT.fullmatch(text[q.start:q.end]):
            q = replace(q, start=prefix.start(), kind="money", unit=_currency_of_prefix()[prefix.group().strip().upper()])
        out.append(q)
    return out


# 人民币壹佰伍拾万元整, 叁仟元: an amount in the financial (capital) numerals of contracts, cheques and notices
# (Recognizers-Text's ZeroToNineMap and RoundNumberMapChar: 壹贰叁肆伍陆柒捌玖, 拾佰仟), read as the everyday ones. Only a
# run of them right before 元/圆 (and 万/亿 before it) that holds an unambiguous capital: 陆 (大陆, a surname), 伍 and 拾
# (收拾) alone are words, not numerals.
_CAPITAL_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟", "一二三四五六七八九十百千")
_CAPITAL_AMOUNT = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆柒捌玖佰仟][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*(?=[元圆])"
                             r"|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2,}(?=[元圆])"
                             r"|(?<=[元圆角])[壹贰叁肆伍陆柒捌玖](?=[角分])")  # 捌拾陆元伍角: the jiao after the yuan


def _capital_numerals(text: str) -> str:
    return _CAPITAL_AMOUNT.sub(lambda m: m.group().translate(_CAPITAL_NUMERALS), text)


def _read_figures(text: str) -> tuple[str, list[Quantity]]:
    """The sentence normalised (full-width digits, 〇, capital numerals before 元) and every number read in it, bus
    lines included."""
    norm = _CN_DECIMAL_POINT.sub("点", _CIRCLE_ZERO.sub("〇", _zeros_of_chinese_years(_capital_numerals(text))))
    norm = _FULLWIDTH_DECIMAL.sub(".", _FULLWIDTH_THOUSANDS.sub(",", norm)).translate(_FULLWIDTH)
    norm = _TYPESET_DECIMAL.sub(r"\g<whole>.\g<decimals> ", _MIDDLE_DOT_DECIMAL.sub(".", norm))
    claimed = [False] * len(norm)
    for start, end in not_figures(norm):
        claimed[start:end] = [True] * (end - start)
    special = [*dimension_sizes(norm), *day_counts(norm), *written_dates(norm), *weekday_dates(norm), *clock_times(norm), *spoken_fractions(norm), *model_sizes(norm), *match_figures(norm), *ranks_and_multiples(norm),
               *spoken_prices(norm), *spoken_heights(norm), *race_times(norm), *counted_by(norm), *zero_levels(norm)]
    found = _choose(special, claimed)
    generic = [q for m in NUMBER_TOKEN.finditer(norm)
               if not any(claimed[m.start():m.end()]) and (q := generic_number(norm, m, claimed))]
    found += _choose(generic, claimed)
    return norm, _with_currency_prefix(norm, found)


def names_a_line(text: str) -> bool:
    """搭乘休闲公车128及小8: the sentence names a bus line (see :func:`_route_number`), a fact a reader can check."""
    if not any(cue in text for cue in transit_cues()):
        return False
    norm, found = _read_figures(text)
    return any(_route_number(norm, q) for q in found)


_CLAUSE = re.compile(r"[^，。；！？：,;!?:]+")


def _route_number(text: str, q: Quantity) -> bool:
    """搭乘休闲公车128及小8, 再转乘128、129、131及131区公车, 搭乘230至阳明山: in a clause about riding a bus line
    (transit_cues.txt) a bare whole number with no unit names the line, it counts nothing (步行30分钟 keeps its unit)."""
    if q.kind != "number" or q.unit or q.value_high or not text[q.start:q.end].isdigit():
        return False
    if q.start > 0 and text[q.start - 1] in AMOUNT_BEFORE:
        return False
    clause = next(m.group() for m in _CLAUSE.finditer(text) if m.start() <= q.start < m.end())
    return any(cue in clause for cue in transit_cues())


def _with_outer_qualifier(text: str, q: Quantity) -> Quantity:
    outer = _outer_qualifier(text, q)
    if outer and q.qualifier in ("", "approximate", "range") and q.kind != "rank":
        return replace(q, qualifier=outer)
    return q
