"""The figures' building blocks: the ``Quantity`` and ``Unit`` records, the word lists they are read with
(units, qualifiers, index names, money words …), and numbers as written (Arabic, full-width, Chinese numerals) turned
into ``Decimal``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
import cn2an

from ... import lexicon
from ...load import outlets


CN_DIGITS = "零〇一二两三四五六七八九"
# 二00八年: a year in Chinese numerals typed with Arabic zeros (a typesetting habit of wire copy); the zeros are 〇.
YEAR_WITH_ARABIC_ZERO = re.compile(r"(?<![\d一二三四五六七八九〇零])[一二三四五六七八九〇零0]{4}(?=年)")
CN_MULTIPLIERS = "十百千万亿"
MULTIPLIER_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
# 廿 (20) and 卅 (30), as Hong Kong and Taiwan copy writes ages and days: 年滿廿三歲, 卅年.
_TENS_IN_ONE = {"廿": "二十", "卅": "三十"}
# 初/底/末 alone only when they do not start a word: 2020年初步统计, 2020年中国 are not "early", "mid".
EDGE = "(?:初|底|末)(?![步次期衷始级尾线])"
# 排名第一、第二的国家: a rank listed after a rank, ending the list (第一、第二产业 are names), or going on to the last
# one with 及/和, a place (名, 位) (分居第1、第2及第4名, fresh23 767; 第一、第二及第三产业 stay names).
# 第1, 第 12, 第十一: an ordinal as the rules below read it.
ORDINAL = r"第 ?(?:\d+|[一二三四五六七八九十]+)"
# 第一代航天员, 第3代华侨, 第4代或第5代: a generation of people is a rank (fresh13 444, fresh19 611), as 三代人 is a count
# of them (units.tsv); a product's generation (第四代换电站 NOT in fresh3 112, 第三代头孢菌素 rank in fresh14 482) is left alone.
# 张茜同志的第三代还朗诵了…: 代 right before an adverb ends the noun phrase, the generation is the people who act (fresh28 862).
GENERATION_OF_PEOPLE = (r"代(?=华侨|华人|华裔|移民|航天员|领导人|领导集体|传人|人(?![工类造])|[，。；、！？,.;!?）)]|或|和|及|$"
                         r"|[还也都均已曾亦]|们)")


# 近九成为已婚者, 超六成为90后: a bound before the numeral says 成 is a share and 为/都 the verb after it (not 成为).
SHARE_BOUND_BEFORE = re.compile("(?:近|超|逾|约|将近|接近|超过|不到|不足|仅)$")


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    kind: str
    value: str
    unit: str = ""
    qualifier: str = ""
    value_high: str = ""
    note: str = ""
    inferred: bool = False
    role: str = ""  # change_up | change_down | level | ""
    pair: int | None = None  # index (in the sentence's figures) of the change/level this one goes with


@dataclass(frozen=True)
class Unit:
    surface: str
    kind: str
    unit: str
    single_cn: bool
    scale: Decimal | None = None  # 美分: 0.01 of the normalised unit (USD)
    context: tuple[str, ...] = ()  # 级 after 风力 is a measure: the words that make this row apply
    not_before: tuple[str, ...] = ()  # 10万包括奖金: a word the unit begins (context written !括) is no unit


# ---------------------------------------------------------------------------------------------
# Lexicons


@lexicon.cached
def units() -> list[Unit]:
    """Longest surface first; of one surface, the rows that need a context word come first."""
    rows = []
    for s, k, u, flag, scale, context in lexicon.read_rows(
            "units.tsv", ("surface", "kind", "unit", "single_cn", "scale", "context")):
        words = [w for w in context.split("|") if w]
        rows.append(Unit(s, k, u, flag == "yes", Decimal(scale) if scale else None,
                         tuple(w for w in words if not w.startswith("!")),
                         tuple(w[1:] for w in words if w.startswith("!"))))
    return sorted(rows, key=lambda u: (-len(u.surface), not u.context))


@lexicon.cached
def units_by_first_character() -> dict[str, tuple[Unit, ...]]:
    """:func:`units` grouped by the first character of their surface, each group in the order of
    :func:`units`: :func:`match_unit` tries the few rows that can start at a position instead of all
    of them (it is asked at every number of every sentence)."""
    groups: dict[str, list[Unit]] = {}
    for unit in units():
        groups.setdefault(unit.surface[:1], []).append(unit)
    return {first: tuple(group) for first, group in groups.items()}


# 十几万 / 几十亿 / 数千 / 上百万 / 四位数美元: value is the round magnitude (100000, 1000000000, 1000, 1000000, 1000),
# and this note says the leading digit was not written.
MAGNITUDE_NOTE = "order of magnitude"


# How far before a number a unit's context word may stand (风力 4～5级, 北转南风2、3级，夜间1、2级).
UNIT_CONTEXT_CHARS = 10


@lexicon.cached
def qualifier_cues() -> dict[str, list[tuple[str, str]]]:
    """position → [(cue, qualifier)], longest cue first."""
    by_position: dict[str, list[tuple[str, str]]] = {"before": [], "after": [], "inner": [], "magnitude": []}
    for cue, position, qualifier in lexicon.read_rows("qualifiers.tsv", ("cue", "position", "qualifier")):
        by_position[position].append((cue, qualifier))
    for cues in by_position.values():
        cues.sort(key=lambda c: -len(c[0]))
    return by_position


@lexicon.cached
def money_context_words() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("money_context.txt"))


@lexicon.cached
def change_cues() -> list[tuple[str, str]]:
    """(cue, role) from change_cues.tsv, longest cue first."""
    return sorted(lexicon.read_rows("change_cues.tsv", ("cue", "role")), key=lambda c: -len(c[0]))


@lexicon.cached
def fx_context_words() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("fx_context.txt"))


@lexicon.cached
def service_numbers() -> frozenset[str]:
    return frozenset(lexicon.read_lines("service_numbers.txt"))


@lexicon.cached
def one_counted_cues() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("one_counted_cues.txt"))


@lexicon.cached
def numeral_set_phrases() -> re.Pattern:
    """Set phrases whose numeral counts nothing (四起, 四面八方, 八项规定), longest first; a pattern that never
    matches when the list is empty."""
    phrases = sorted(lexicon.read_lines("numeral_set_phrases.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases)) or "(?!)")


@lexicon.cached
def transit_cues() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("transit_cues.txt"))


@lexicon.cached
def numbered_names() -> re.Pattern:
    """A number and the word next to it that make a name (numbered_names.tsv): 81路 a bus line, 二年级 a school grade,
    1楼 a floor, 十一期间 a holiday, 软件1803 a school class. One pattern, longest word first; it never matches when
    the list is empty."""
    numerals = {"arabic": r"(?<![\d.])\d+", "any": rf"(?<![\d.{CN_DIGITS}十百千])(?:\d+|[{CN_DIGITS}十百]+)",
                "class": r"\d\d(?:0[1-9]|[1-3]\d)(?![\d.])"}
    rows = sorted(lexicon.read_rows("numbered_names.tsv", ("word", "numerals", "not_before", "side")),
                  key=lambda r: len(r[0]), reverse=True)
    parts = []
    for word, which, not_before, side in rows:
        # 二十一期间, 十二套房: a listed numeral inside a longer one is not that numeral
        number = numerals.get(which) or rf"(?<![\d.{CN_DIGITS}十百千])(?:" + "|".join(map(re.escape, which.split("|"))) + ")"
        # 一双11码的鞋: after a numeral the word before the number is a measure word (a pair of size-11 shoes), no name.
        name = rf"(?<![{CN_DIGITS}几\d])" + re.escape(word) + number if side == "before" else number + re.escape(word)
        parts.append(name + (f"(?![{re.escape(not_before)}])" if not_before else ""))
    return re.compile("|".join(parts) or "(?!)")


@lexicon.cached
def index_names() -> re.Pattern:
    """Names that end in a number (标普500, 沪深300): the number is part of the name (one pattern,
    longest name first)."""
    names = sorted(lexicon.read_lines("index_names.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)) or "(?!)")


@lexicon.cached
def numbered_outlet_names() -> re.Pattern:
    """Outlets whose name holds a number (outlets.tsv: 21世纪经济报道, 36氪, 香港01, 1905电影网): the number names the
    outlet, also unbracketed (21世纪经济报道记者了解到, a lead). A form that is only the start of another form of its
    row (21世纪经济 of 21世纪经济报道) is left out: alone it may be ordinary words (21世纪经济发展). A space may stand
    after the digits (《21 世纪经济报道》, test 32). One pattern, longest form first."""
    forms = set()
    for written in outlets.written_forms():
        forms.update(f for f in written if re.search(r"\d", f) and not any(o != f and o.startswith(f) for o in written))
    parts = [re.sub(r"(\d)(?=\D)", r"\1 ?", re.escape(f), count=1) for f in sorted(forms, key=len, reverse=True)]
    return re.compile(r"(?<![\d.])(?:" + "|".join(parts) + ")" if parts else "(?!)")


@lexicon.cached
def match_words() -> dict[str, tuple[str, ...]]:
    """Words of match_words.tsv by use: "match" (a match report's words), "event" (a competition's name)."""
    rows = lexicon.read_rows("match_words.tsv", ("word", "use"))
    return {use: tuple(w for w, u in rows if u == use) for use in ("match", "event")}


def match_report(text: str) -> bool:
    return any(w in text for w in match_words()["match"])


def currency_codes() -> dict[str, str]:
    """Currency words, surface → code. Not a word that is money only right before the clause ends (块: 140 块。), since
    elsewhere it is a measure word (一块1/2.3英寸的感光元件) that names no currency."""
    return {u.surface: u.unit for u in units() if u.kind == "money" and not u.context}


# ---------------------------------------------------------------------------------------------
# Numerals


def parse_number(token: str) -> Decimal | None:
    """A numeral as written (558, 1,000, 1.5万, 三千万, 一点五亿, 两) → Decimal; None if it is not one."""
    token = token.replace(",", "")
    stripped = token.rstrip(CN_MULTIPLIERS)
    if stripped and stripped[0].isdigit():
        try:
            number = Decimal(stripped)
        except InvalidOperation:
            return None
        for ch in token[len(stripped):]:
            number *= MULTIPLIER_VALUE[ch]
        return number
    return _parse_chinese(token)


def _parse_chinese(token: str) -> Decimal | None:
    # cn2an reads 三千万 but not 一点五亿: retry with the trailing 万/亿 taken off and multiplied back.
    for one, spelled in _TENS_IN_ONE.items():
        token = token.replace(one, spelled)
    for head_len in range(len(token), 0, -1):
        head, tail = token[:head_len], token[head_len:]
        if tail.strip("万亿"):
            break
        try:
            number = Decimal(str(cn2an.cn2an(head, "normal")))
        except (ValueError, KeyError, IndexError):
            continue
        for ch in tail:
            number *= MULTIPLIER_VALUE[ch]
        return number
    return None


def format_decimal(number: Decimal) -> str:
    """5580000, 0.1, 17.5: plain notation, no trailing zeros."""
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def ratio_of(numerator: Decimal, denominator: Decimal) -> str:
    return format_decimal(round(numerator / denominator, 6))
