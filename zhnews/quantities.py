"""Finding every figure in a Chinese sentence and normalising it (the numbers half of 03_claims).

Approach
--------
Rules of our own, in two passes over a sentence:

1. Constructions with their own grammar are matched first by regular expressions: dates (2023年5月,
   2025年年初, 1月28日, 2023-05-12, year ranges 1949～1978年), 百分之十七, 三分之一, 一成, 翻番,
   ranks (排名第三, 高居第一) and colon ratios (1:20).
2. Every other number (Arabic 558 / 1,000 / 1.5, full-width ２．２, Chinese 三千万 / 两) is read with
   what follows it: an inner qualifier (3000多, 20余), multipliers (万, 亿, 千万), a range (40~65,
   2.09%-3.75%), then a unit from ``data/lexicon/units.tsv`` (元, 美元, %, 个百分点, 倍, 年, 张, 家, 吨 …).
   A bare 300亿 counts as money when a money word (``money_context.txt``: 资金, 基金, 市值 …) comes
   earlier in its clause. Qualifiers around the figure (超过, 不到, 约, 左右 …) come from
   ``qualifiers.tsv``. Where spans overlap, the earlier, then the longer, then the more specific wins.

Traps handled on purpose: 1/10 is a fraction, never a date (only yyyy/m/d is); 4/5G, GPT-4, H800 and
5G are names, not figures (numbers touching Latin letters are skipped); 一方面, 一定, 一家, 一是 are
not figures (a lone 一 only counts inside 第一, 一成, 三分之一, 翻一番); 两种, 三点 are figures of
speech (``single_cn = no`` in units.tsv); 春天 is not a date (seasons are not parsed); times are not
parsed, so 八点八 is the number 8.8 and 8:30 is skipped; 第一产业 / 第二种 are ordinals, not ranks.

Libraries: ``cn2an`` turns Chinese numerals into numbers (三千万, 二〇二三, 零点五; "normal" mode, so
两 and 〇 are accepted); everything around the numeral is ours. We decided against ``jionlp``: its
money and time parsers would save a few rules but pull in a large install (dictionaries, many
dependencies) for a narrow gain, and its time parser resolves relative dates against the clock,
whereas we want the article's own publish date and text. Arithmetic is in ``decimal.Decimal`` so
2.2亿 is exactly 220000000.

Values follow DESIGN.md: ``value`` is text, the number a reader would say in ``unit`` (558万美元 →
"5580000" USD, 17% → "17" %, 1/10 → "0.1", 第一 → "1" rank) and, for dates, ISO text at the
precision written (2015, 2023-05, 2025-01-28). Dates without a year are written in ISO 8601's
truncated form ("--01-28", "--07", "---27") by :func:`find_quantities` and completed by
:func:`infer_years`.

The ``quantities`` table (one row per figure in a body or caption sentence):
    q_id        0..n-1 in reading order
    para_id, sent_id
    text        the figure as written in the original sentence (qualifier words outside it excluded)
    kind        money | percent | multiple | ratio | count | date | duration | rank | number
    value       normalised value as text (see above); for ranges the low end
    value_high  the high end of a range ("" otherwise)
    value_num   ``value`` as a float for sorting and charts (NaN for dates and multi-part ratios)
    unit        CNY/USD/… for money (with a per-unit suffix: CNY/千克), % / pp / bp for percent, 倍,
                year/month/day/… for durations, the measure word for counts, "" otherwise
    qualifier   lower_bound | upper_bound | approximate | range | ""
    start, end  offsets of ``text`` in the sentence text
    inferred    True when a date's year (or month) was inferred rather than written
    note        how to read the value: early/mid/late (年初, 年中, 年底), decade (1960年代), or where
                an inferred year came from
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an
import pandas as pd

from .paths import LEXICON

QUANTITY_COLUMNS = [
    "q_id", "para_id", "sent_id", "text", "kind", "value", "value_high", "value_num", "unit",
    "qualifier", "start", "end", "inferred", "note",
]

# Full-width digits and signs become ASCII one character for one, so offsets stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％～／：，－", "0123456789.%~/:,-")

CN_DIGITS = "零〇一二两三四五六七八九"
CN_MULTIPLIERS = "十百千万亿"
_MULTIPLIER_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN = rf"[{CN_DIGITS}十百千万亿]+(?:点[{CN_DIGITS}]+)?[万亿]*"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"  # months and days written in Chinese
_RANGE_SEP = r" ?[-~～—–至到] ?"
# 初/底/末 alone only when they do not start a word: 2020年初步统计, 2020年中国 are not "early", "mid".
_EDGE = "(?:初|底|末)(?![步次期衷始级尾线])"
_YEAR_PART = f"年初|年底|年末|年中|上半年|下半年|代|{_EDGE}"
_MONTH_PART = f"份|中旬|上旬|下旬|{_EDGE}"
_PART_NOTE = {
    "年初": "early", "初": "early", "上旬": "early",
    "年中": "mid", "中": "mid", "中旬": "mid",
    "年底": "late", "年末": "late", "底": "late", "末": "late", "下旬": "late",
    "上半年": "first half", "下半年": "second half", "代": "decade", "年代": "decade", "份": "",
}
YEAR_RANGE = (1800, 2100)

# A rank is 第N after a ranking verb or followed by 名/位/大 … or by punctuation: 高居第一，排名第三.
# Otherwise 第N is an ordinal (第一产业, 第二种影响) and not a figure.
_RANK_BEFORE = re.compile(r"(?:排名|排行|排在|位居|名列|位列|高居|居于|跻身|位于|排|居|列)(?:全球|全国|世界|国内|行业)?$")
_RANK_AFTER = re.compile(r"^(?:名|位|大|高|多|低|强|$|[，。；、！？,.;!?”」）)\s])")
# 一成 is 10%, but 一成不变, 成为, 成立 … are not figures.
_CHENG_NOT = "为立功本果员熟长交绩就都了型品效分不"


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


@dataclass(frozen=True)
class Unit:
    surface: str
    kind: str
    unit: str
    single_cn: bool


# ---------------------------------------------------------------------------------------------
# Lexicons


def _tsv_rows(name: str) -> list[list[str]]:
    """Rows of a data/lexicon TSV: comments (#) skipped, the header row dropped."""
    lines = [ln for ln in (LEXICON / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


@lru_cache(maxsize=1)
def units() -> list[Unit]:
    rows = [Unit(s, k, u, flag == "yes") for s, k, u, flag in _tsv_rows("units.tsv")]
    return sorted(rows, key=lambda u: -len(u.surface))


@lru_cache(maxsize=1)
def qualifier_cues() -> dict[str, list[tuple[str, str]]]:
    """position → [(cue, qualifier)], longest cue first."""
    by_position: dict[str, list[tuple[str, str]]] = {"before": [], "after": [], "inner": []}
    for cue, position, qualifier in _tsv_rows("qualifiers.tsv"):
        by_position[position].append((cue, qualifier))
    for cues in by_position.values():
        cues.sort(key=lambda c: -len(c[0]))
    return by_position


@lru_cache(maxsize=1)
def money_context_words() -> tuple[str, ...]:
    text = (LEXICON / "money_context.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _currency_codes() -> dict[str, str]:
    return {u.surface: u.unit for u in units() if u.kind == "money"}


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
            number *= _MULTIPLIER_VALUE[ch]
        return number
    return _parse_chinese(token)


def _parse_chinese(token: str) -> Decimal | None:
    # cn2an reads 三千万 but not 一点五亿: retry with the trailing 万/亿 taken off and multiplied back.
    for head_len in range(len(token), 0, -1):
        head, tail = token[:head_len], token[head_len:]
        if tail.strip("万亿"):
            break
        try:
            number = Decimal(str(cn2an.cn2an(head, "normal")))
        except (ValueError, KeyError, IndexError):
            continue
        for ch in tail:
            number *= _MULTIPLIER_VALUE[ch]
        return number
    return None


def format_decimal(number: Decimal) -> str:
    """5580000, 0.1, 17.5: plain notation, no trailing zeros."""
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _ratio(numerator: Decimal, denominator: Decimal) -> str:
    return format_decimal(round(numerator / denominator, 6))


# ---------------------------------------------------------------------------------------------
# Pass 1: constructions with their own grammar


def _month_day_ok(month: int, day: int | None = None) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def _int(text: str) -> int:
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "normal"))


def _year(text: str) -> int | None:
    text = text.replace(" ", "")
    if not text.isdigit():  # 二〇二三: digit by digit
        text = "".join(str("〇一二三四五六七八九".index(c)) if c in "〇一二三四五六七八九" else
                       "0" if c == "零" else "?" for c in text)
    year = int(text) if text.isdigit() else None
    return year if year and YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None


_YEAR_RE = r"\d{4}|[〇零一二三四五六七八九]{4}"

_DATE_YMD = re.compile(
    rf"(?P<y>{_YEAR_RE}) ?年 ?(?P<m>\d{{1,2}}|{_CN_SMALL}) ?月"
    rf"(?: ?(?P<d>\d{{1,2}}|{_CN_SMALL}) ?[日号]|(?P<part>{_MONTH_PART}))?"
)
_DATE_ISO = re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
_YEAR_SPAN = re.compile(rf"(?P<y>{_YEAR_RE}) ?年? ?[-~～—–至到] ?(?P<y2>{_YEAR_RE}) ?年(?P<part>年代)?")
_DATE_Y = re.compile(rf"(?P<y>{_YEAR_RE}) ?年(?P<part>{_YEAR_PART})?")
_DATE_MD = re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}}|{_CN_SMALL}) ?月 ?(?P<d>\d{{1,2}}|{_CN_SMALL}) ?[日号]")
_DATE_M = re.compile(rf"(?<![\d.个])(?P<m>\d{{1,2}}) ?月(?P<part>{_MONTH_PART})?")
_DATE_D = re.compile(r"(?<![\d.月])(?P<d>\d{1,2}) ?日(?![内前后来间均以起])")
_PERCENT_CN = re.compile(rf"(?P<scale>百|千)分之(?P<n>{_CN}|{_AR})")
_FRACTION_CN = re.compile(rf"(?P<den>{_CN}|\d+)分之(?P<num>{_CN}|{_AR})")
_FRACTION = re.compile(r"(?<![\d/.:])(?P<num>\d+(?:\.\d+)?)/(?P<den>\d+(?:\.\d+)?)(?![\d/.])")
_COLON_RATIO = re.compile(rf"(?<![\d:.])(?:{_AR})(?: ?[:∶] ?(?:{_AR}))+(?![\d:])")
_RANK = re.compile(rf"第 ?(?P<n>\d+|{_CN})")
_DOUBLING = re.compile(r"翻(?:了)?(?P<n>[一两二三四\d])番|翻番")
_CHENG = re.compile(r"(?<![一二三四五六七八九十统唯万合单专])(?P<n>[一二三四五六七八九十])成")


def _dates(text: str):
    for m in _DATE_YMD.finditer(text):
        year, month = _year(m["y"]), _int(m["m"])
        day = _int(m["d"]) if m["d"] else None
        if year and _month_day_ok(month, day):
            value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
            yield Quantity(m.start(), m.end(), "date", value, note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _DATE_ISO.finditer(text):
        year, month, day = _year(m["y"]), int(m["m"]), int(m["d"])
        if year and _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"{year}-{month:02d}-{day:02d}")
    for m in _YEAR_SPAN.finditer(text):
        year, year2 = _year(m["y"]), _year(m["y2"])
        if year and year2 and year < year2:
            yield Quantity(m.start(), m.end(), "date", str(year), qualifier="range",
                           value_high=str(year2), note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _DATE_Y.finditer(text):
        year = _year(m["y"])
        if year:
            yield Quantity(m.start(), m.end(), "date", str(year), note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _DATE_MD.finditer(text):
        month, day = _int(m["m"]), _int(m["d"])
        if _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}")
    for m in _DATE_M.finditer(text):
        month = int(m["m"])
        if _month_day_ok(month):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}", note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _DATE_D.finditer(text):
        day = int(m["d"])
        if 1 <= day <= 31 and _is_han(text, m.start() - 1):
            yield Quantity(m.start(), m.end(), "date", f"---{day:02d}")


def _fractions(text: str):
    for m in _PERCENT_CN.finditer(text):
        number = parse_number(m["n"])
        if number is not None:
            unit = "%" if m["scale"] == "百" else "‰"
            yield Quantity(m.start(), m.end(), "percent", format_decimal(number), unit)
    for m in _FRACTION_CN.finditer(text):
        num, den = parse_number(m["num"]), parse_number(m["den"])
        if num is not None and den:
            yield Quantity(m.start(), m.end(), "ratio", _ratio(num, den))
    for m in _FRACTION.finditer(text):
        if _touches_latin(text, m.start(), m.end()) or len(m["num"].split(".")[0]) == 4:
            continue  # 4/5G is a name; 2023/5 is a date fragment
        num, den = Decimal(m["num"]), Decimal(m["den"])
        if den:
            yield Quantity(m.start(), m.end(), "ratio", _ratio(num, den))
    for m in _COLON_RATIO.finditer(text):
        parts = [Decimal(p.replace(",", "")) for p in re.split(r" ?[:∶] ?", m.group())]
        clause = _clause_before(text, m.start())
        if len(parts) >= 3 or re.search(r"比|率", clause):  # otherwise it is a time such as 8:30
            value = _ratio(parts[0], parts[1]) if len(parts) == 2 and parts[1] else ":".join(map(format_decimal, parts))
            yield Quantity(m.start(), m.end(), "ratio", value)
    for m in _CHENG.finditer(text):
        if text[m.end():m.end() + 1] not in _CHENG_NOT or m.end() == len(text):
            yield Quantity(m.start(), m.end(), "ratio", _ratio(Decimal(_int(m["n"])), Decimal(10)))


def _ranks_and_multiples(text: str):
    for m in _RANK.finditer(text):
        number = parse_number(m["n"])
        if number is None or number < 1:
            continue
        if _RANK_BEFORE.search(text[: m.start()]) or _RANK_AFTER.match(text[m.end():]):
            yield Quantity(m.start(), m.end(), "rank", format_decimal(number))
    for m in _DOUBLING.finditer(text):
        times = 1 if m["n"] is None else int(parse_number(m["n"]))
        yield Quantity(m.start(), m.end(), "multiple", str(2**times), "倍")


# ---------------------------------------------------------------------------------------------
# Pass 2: every other number, read with what follows it

_NUMBER_TOKEN = re.compile(rf"(?P<ar>{_AR})|(?P<cn>{_CN})")


def _is_han(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _is_latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


def _touches_latin(text: str, start: int, end: int) -> bool:
    """GPT-4, H800, 5G, 4/5G, v1.2: a number glued to Latin letters is part of a name."""
    before = start > 0 and (_is_latin(text, start - 1) or (text[start - 1] in "-." and _is_latin(text, start - 2)))
    return before or _is_latin(text, end)


def _clause_before(text: str, i: int) -> str:
    return re.split(r"[，。；！？,;!?]", text[:i])[-1]


def _match_unit(text: str, i: int) -> Unit | None:
    for unit in units():
        if text.startswith(unit.surface, i):
            # A Latin unit must end there: 5GB yes, 5Gbps no.
            if unit.surface[-1].isascii() and _is_latin(text, i + len(unit.surface)):
                continue
            return unit
    return None


def _skip_space(text: str, i: int) -> int:
    return i + 1 if text[i:i + 1] == " " else i


def _read_multipliers(text: str, i: int) -> tuple[int, int]:
    """Multiplier characters at i (万, 亿, 千万), stopping where a unit such as 千克 begins."""
    factor = 1
    while i < len(text) and text[i] in CN_MULTIPLIERS and text[i] != "十":
        unit = _match_unit(text, i)
        if unit and unit.surface[0] in CN_MULTIPLIERS:
            break
        factor *= _MULTIPLIER_VALUE[text[i]]
        i += 1
    return factor, i


def _inner_qualifier(text: str, i: int) -> tuple[str, int]:
    for cue, qualifier in qualifier_cues()["inner"]:
        if text.startswith(cue, i):
            return qualifier, i + len(cue)
    return "", i


def _per_unit_suffix(text: str, i: int) -> tuple[str, int]:
    """元 / 千克, 元/500g: a price per quantity."""
    m = re.match(r" ?/ ?(\d+ ?)?", text[i:])
    if not m:
        return "", i
    unit = _match_unit(text, i + m.end())
    if unit is None or unit.kind != "count":
        return "", i
    end = i + m.end() + len(unit.surface)
    return "/" + (m[1] or "").strip() + unit.surface, end


def _money_context_currency(text: str, start: int) -> str | None:
    """The currency of a bare 300亿 in a money clause: the last one named before it, else CNY."""
    if not any(word in _clause_before(text, start) for word in money_context_words()):
        return None
    before = text[:start]
    named = [(before.rfind(s), code) for s, code in _currency_codes().items() if s in before]
    return max(named)[1] if named else "CNY"


def _generic(text: str, m: re.Match, claimed: list[bool]) -> Quantity | None:
    start, token = m.start(), m.group()
    chinese = m["cn"] is not None
    if not chinese and _touches_latin(text, start, m.end()):
        return None
    if (start > 0 and text[start - 1] in "/:∶") or re.match(r"/\d|[:∶]\d", text[m.end():m.end() + 2]):
        return None  # part of a slash or colon expression (4/5G, 8:30) that pass 1 rejected
    if chinese and (token == "一" or (token[0] in "百千万亿" and not _bare_multiplier_count(text, m))):
        return None  # 一方面, 一定, 一家; 千万 (adverb), 万一; but 超过千家 is a figure
    low = Decimal(_MULTIPLIER_VALUE[token]) if token in _MULTIPLIER_VALUE else parse_number(token)
    if low is None:
        return None
    i = m.end()
    qualifier, after_inner = _inner_qualifier(text, _skip_space(text, i))
    if qualifier:
        i = after_inner
    factor, i = _read_multipliers(text, i)
    high, i_after_range = _range_end(text, i, claimed)
    value_high = None
    if high is not None and high[0] * high[1] < low * factor:
        high = None  # ranges run upwards (40~65); 2019-18 is something else
    if high is not None:
        i = i_after_range
        high_number, high_factor = high
        factor = high_factor if factor == 1 else factor  # 3-5万: the multiplier is written once
        value_high = high_number * (high_factor if high_factor != 1 else factor)
        qualifier = qualifier or "range"
    if not qualifier:
        qualifier, i = _inner_qualifier(text, i)
    unit_start = _skip_space(text, i)
    unit = _match_unit(text, unit_start)
    if unit is not None and any(claimed[unit_start:unit_start + len(unit.surface)]):
        unit = None
    end = unit_start + len(unit.surface) if unit else i
    value_low = low * factor
    return _classify(text, start, end, chinese, token, value_low, value_high, factor, unit, qualifier)


def _bare_multiplier_count(text: str, m: re.Match) -> bool:
    """超过千家, 上万人, 近百人: a lone 百/千/万 after such a word and before a measure word is a round
    figure; elsewhere (a table header's 万部, 万人空巷) it is not."""
    unit = _match_unit(text, m.end())
    counted = unit is not None and unit.kind in ("count", "money") and unit.single_cn
    return m.group() in "百千万" and counted and m.start() > 0 and text[m.start() - 1] in "上数近约逾达过超"


def _range_end(text: str, i: int, claimed: list[bool]):
    """The high end of 40~65, 2.09%-3.75%, 三至五: (number, its multiplier) and the new position."""
    j = i + 1 if text[i:i + 1] in "%‰" else i
    m = re.compile(_RANGE_SEP + rf"(?P<n>{_AR}|{_CN})").match(text, j)
    if not m or any(claimed[m.start("n"):m.end("n")]) or _touches_latin(text, m.start("n"), m.end("n")):
        return None, i
    if re.fullmatch(r" -", text[j:m.start("n")]):
        return None, i  # "46.46 -18.3" in a table: a minus sign, not a range
    number = parse_number(m["n"])
    if number is None:
        return None, i
    factor, end = _read_multipliers(text, m.end())
    return (number, factor), end


def _classify(text, start, end, chinese, token, low, high, factor, unit, qualifier) -> Quantity | None:
    fmt_high = format_decimal(high) if high is not None else ""
    if unit is None:
        currency = _money_context_currency(text, start) if factor > 1 else None
        if currency:
            return Quantity(start, end, "money", format_decimal(low), currency, qualifier, fmt_high)
        # A bare Chinese numeral is a figure only when it is unmistakable (三千万, 两百, 八点八);
        # 十分, 一一 are words.
        if chinese and not re.search(f"[{CN_DIGITS}][百千万亿点]", token):
            return None
        return Quantity(start, end, "number", format_decimal(low), "", qualifier, fmt_high)
    if chinese and len(token) == 1 and not unit.single_cn:
        return None  # 两种, 三点, 五个: figures of speech
    unit_code = unit.unit
    if unit.kind == "money":
        suffix, end = _per_unit_suffix(text, end)
        unit_code += suffix
    if unit.kind == "duration" and "多" in unit.surface:
        qualifier = qualifier or "approximate"
    return Quantity(start, end, unit.kind, format_decimal(low), unit_code, qualifier, fmt_high)


# ---------------------------------------------------------------------------------------------
# Putting the passes together


def _outer_qualifier(text: str, q: Quantity) -> str:
    before = text[: q.start].rstrip(" ")
    for cue, qualifier in qualifier_cues()["before"]:
        if before.endswith(cue) or before.endswith(cue + "了"):
            return "" if qualifier == "none" else qualifier
    after = text[_skip_space(text, q.end):]
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


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in one sentence, in order, with spans into ``text``.

    Dates without a year are left in truncated ISO form (--01-28); :func:`infer_years` completes them.
    """
    norm = text.translate(_FULLWIDTH)
    claimed = [False] * len(norm)
    special = [*_dates(norm), *_fractions(norm), *_ranks_and_multiples(norm)]
    found = _choose(special, claimed)
    generic = [q for m in _NUMBER_TOKEN.finditer(norm)
               if not any(claimed[m.start():m.end()]) and (q := _generic(norm, m, claimed))]
    found += _choose(generic, claimed)
    found = [_with_outer_qualifier(norm, q) for q in found]
    return sorted(found, key=lambda q: q.start)


def _with_outer_qualifier(text: str, q: Quantity) -> Quantity:
    outer = _outer_qualifier(text, q)
    if outer and q.qualifier in ("", "approximate", "range") and q.kind != "rank":
        return replace(q, qualifier=outer)
    return q


# ---------------------------------------------------------------------------------------------
# Years for dates that do not write one


def _explicit_year_month(q: Quantity) -> tuple[int, int | None] | None:
    if q.kind != "date" or q.value.startswith("-"):
        return None
    parts = q.value.split("-")
    return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)


def _complete(value: str, year: int, month: int | None) -> str | None:
    if value.startswith("---"):
        return f"{year}-{month:02d}-{value[3:]}" if month else None
    return f"{year}-{value[2:]}"


def _year_near_publish(value: str, published: date) -> int:
    """The publish year, or the year before when the month-day would fall over half a year later
    (a January article's 12月28日 is last December)."""
    month = int(value[2:4])
    day = int(value[5:7]) if len(value) > 4 else 1
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if (candidate - published).days > 183 else published.year


def infer_years(table: pd.DataFrame, publish_date: str | None) -> pd.DataFrame:
    """Complete dates written without a year (1月28日) in a quantities table in reading order.

    The year comes from the publish date when there is one; otherwise from the nearest explicit year
    earlier in the same paragraph; otherwise from the latest year the article names (a news story's
    undated 1月28日 is almost always in its most recent year; an earlier paragraph's 2015年 is history).
    Completed rows get ``inferred`` True and a ``note`` saying where the year came from.
    """
    published = _parse_iso_date(publish_date)
    explicit = [ym for q in _rows_as_quantities(table) if (ym := _explicit_year_month(q))]
    latest_year = max((y for y, _ in explicit), default=None)
    rows = table.to_dict("records")
    last_in_paragraph: dict[int, tuple[int, int | None]] = {}
    for row in rows:
        if row["kind"] != "date":
            continue
        if not row["value"].startswith("-"):
            year, month = row["value"].split("-")[0], (row["value"].split("-") + [None])[1]
            last_in_paragraph[row["para_id"]] = (int(year), int(month) if month else None)
            continue
        completed, source = _infer_one(row["value"], published, last_in_paragraph.get(row["para_id"]), latest_year)
        if completed:
            row["value"], row["inferred"] = completed, True
            row["note"] = "; ".join(n for n in (row["note"], source) if n)
    return pd.DataFrame(rows, columns=table.columns)


def _infer_one(value, published, paragraph_anchor, latest_year) -> tuple[str | None, str]:
    if published:
        return _complete(value, _year_near_publish(value, published) if not value.startswith("---") else published.year,
                         published.month), "year from publish date"
    if paragraph_anchor:
        return _complete(value, *paragraph_anchor), "year from earlier in the paragraph"
    if latest_year and not value.startswith("---"):
        return _complete(value, latest_year, None), "year from the latest year in the article"
    return None, ""


def _parse_iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _rows_as_quantities(table: pd.DataFrame):
    for row in table.itertuples(index=False):
        yield Quantity(row.start, row.end, row.kind, row.value)


# ---------------------------------------------------------------------------------------------
# The table


def value_number(kind: str, value: str) -> float:
    if kind == "date":
        return math.nan
    try:
        return float(value)
    except ValueError:
        return math.nan  # a multi-part ratio such as 1.2:49.7:49.1


def quantities_table(sentences: pd.DataFrame, publish_date: str | None = None,
                     roles=("body", "caption")) -> pd.DataFrame:
    """The ``quantities`` table for the sentences of the given roles (columns in the module docstring)."""
    rows = []
    for sent in sentences[sentences["role"].isin(roles)].itertuples(index=False):
        for q in find_quantities(sent.text_zhs):
            rows.append({
                "para_id": sent.para_id, "sent_id": sent.sent_id, "text": sent.text[q.start:q.end],
                "kind": q.kind, "value": q.value, "value_high": q.value_high, "unit": q.unit,
                "qualifier": q.qualifier, "start": q.start, "end": q.end, "inferred": q.inferred,
                "note": q.note,
            })
    table = pd.DataFrame(rows, columns=[c for c in QUANTITY_COLUMNS if c not in ("q_id", "value_num")])
    table = infer_years(table, publish_date)
    table.insert(0, "q_id", range(len(table)))
    table["value_num"] = [value_number(k, v) for k, v in zip(table["kind"], table["value"])]
    table = table.astype({"q_id": "int64", "para_id": "int64", "sent_id": "int64", "start": "int64",
                          "end": "int64", "inferred": "bool", "value_num": "float64"})
    return table[QUANTITY_COLUMNS]
