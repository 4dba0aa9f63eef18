"""Pass 2: every other number, read with what follows it — inner qualifiers, multipliers (万, 亿), the rest of a
number written after 万, ranges and signs, then a unit from ``units.tsv`` and the kind it gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from ... import lexicon, segment
from .numerals import (
    CN_DIGITS, CN_MULTIPLIERS, MAGNITUDE_NOTE, MULTIPLIER_VALUE, Quantity, UNIT_CONTEXT_CHARS, Unit, change_cues,
    format_decimal, fx_context_words, one_counted_cues, parse_number, qualifier_cues, service_numbers, units,
)
from .constructions import (
    AR, CN, RANGE_SEP, clause_before, is_han, is_latin, match_unit, money_context_currency, neighbouring_digits,
    skip_space, touches_latin,
)



# ---------------------------------------------------------------------------------------------
# Pass 2: every other number, read with what follows it

# 唯一一份, 统一一个标准, 逐一一条: the first 一 ends the word before it, so a numeral never starts there (一一 is no 11).
NUMBER_TOKEN = re.compile(rf"(?P<ar>{AR})|(?<![唯统逐])(?P<cn>{CN})")


def _latin_name(text: str, start: int, end: int) -> bool:
    """A number touching Latin letters is a name (GPT-4, H800, 5G) unless the letters are its unit (5400GW, 20kg)
    or a percent sign follows it (收购GEE34.9％股权: a share of the company named before it)."""
    if not touches_latin(text, start, end):
        return False
    if text[end:end + 1] in "%％" and not is_latin(text, end + 1):
        return False
    unit = match_unit(text, end)
    latin_unit = unit is not None and unit.surface.isascii() and not is_latin(text, start - 1)
    return not latin_unit


def _read_multipliers(text: str, i: int) -> tuple[int, int]:
    """Multiplier characters at i (万, 亿, 千万), stopping where a unit such as 千克 begins; 兆 before a
    currency is a trillion (新台幣16兆元, Taiwan's and Hong Kong's 万亿; 兆瓦 stays a unit)."""
    factor = 1
    while i < len(text) and (text[i] in CN_MULTIPLIERS and text[i] != "十" or _trillion_before_money(text, i)):
        unit = match_unit(text, i)
        if unit and unit.surface[0] in CN_MULTIPLIERS:
            break
        factor *= TRILLION if text[i] == TRILLION_CHAR else MULTIPLIER_VALUE[text[i]]
        i += 1
    return factor, i


TRILLION_CHAR, TRILLION = "兆", 10**12


def _trillion_before_money(text: str, i: int) -> bool:
    unit = match_unit(text, i + 1) if text[i:i + 1] == TRILLION_CHAR else None
    return unit is not None and unit.kind == "money"


# 4萬845筆, 32萬3千人, 1亿2000万: digits after 万/亿 are the rest of the same number when they are written in
# full (three digits or more, or with a smaller multiplier); a lone 3万5 is said, not written, and stays out. Taiwan's
# copy groups the rest's thousands with a comma: 5萬3,345件 (fresh27 846) is 53345.
_REST_OF_NUMBER = re.compile(r"(?P<n>\d,\d{3}|\d{3,4}|\d{1,4}(?=[千百万]))(?![\d.,]| ?年)")  # not 增至5万2019年


def _rest_after_multiplier(text: str, i: int, factor: int) -> tuple[Decimal, int]:
    """(the rest of the number written after its 万 / 亿, where it ends); (0, i) when none follows."""
    m = _REST_OF_NUMBER.match(text, i) if factor in (10**4, 10**8) else None
    if not m:
        return Decimal(0), i
    rest_factor, end = _read_multipliers(text, m.end())
    rest = Decimal(m["n"].replace(",", "")) * rest_factor
    return (rest, end) if 0 < rest < factor else (Decimal(0), i)


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
    unit = match_unit(text, i + m.end())
    if unit is None or unit.kind not in ("count", "measure"):
        return "", i
    end = i + m.end() + len(unit.surface)
    return "/" + (m[1] or "").strip() + unit.surface, end


@lexicon.cached
def counted_people() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("counted_people.txt"))


def _people_counted_after(text: str, end: int) -> bool:
    """8000多万居民, 4亿农民, 19.5万员工: a noun of people (counted_people.txt) right after a bare 万/亿 number counts
    them (the seen gold's count rows; 14亿人口, a population, stays a number)."""
    return text.startswith(counted_people(), end)


# A version's number N.0 is told by its words (升级到2.0, 2.0版, 工业4.0) or by a name glued to an N.0 in the same
# text (YouBike1.0 … 升級成2.0, fresh16 525); 研发投入强度达到2.0以上 (fresh6) is an amount.
_VERSION_BEFORE = re.compile(r"(?:升级|升級|升级成|升級成|升级到|升級到|升级至|升級至|工业|工業)$")
_VERSION_AFTER = re.compile(r"^(?:版|时代|時代|升级|升級)")
_LATIN_VERSION = re.compile(r"[A-Za-z][1-9]\.0(?![\d.])")


def _version_context(text: str, start: int, end: int) -> bool:
    return bool(_VERSION_BEFORE.search(text[:start]) or _VERSION_AFTER.match(text[end:])
                or _LATIN_VERSION.search(text))


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """“4568”法, “11.10”血案: a bare number that fills its quotes and is followed by the word it names (not by a
    unit: 燃油附加费“６”元 is an amount, tune 58)."""
    return (start > 0 and text[start - 1] in "“「" and text[end:end + 1] in "”」"
            and is_han(text, end + 1) and match_unit(text, end + 1) is None)


# 1 硅谷大佬集体来华直播 (fresh37 1049, a WeChat article's numbered section heading), 01 引言 (fresh8): a line that opens
# with one or two digits, a space and words the digits do not measure; 实测 1：追着它搜马斯克, 步骤2：打开设置 (fresh37 1052): a
# short label, its number and a colon before the heading's words (比分 1:0 and 年龄：27岁 are figures).
_HEADING_NUMBER = re.compile(r"(?:(?<![^\n]) *|(?<![^\n])[\u4e00-\u9fff]{1,4} ?)(?P<n>\d{1,2})(?: (?=[\u4e00-\u9fff])| ?:(?! ?\d))")
# 苹果 17 系列手机, 小米14系列, 华为Mate 60系列: a number right before 系列 names a product line's generation (三个系列,
# 五大系列 count lines).
_SERIES_AFTER = re.compile(r" ?系列")


def _names_a_heading_or_series(text: str, start: int, end: int) -> bool:
    """A bare number that numbers a heading or names a product series (see _HEADING_NUMBER, _SERIES_AFTER)."""
    heading = _HEADING_NUMBER.match(text, max(text.rfind("\n", 0, start) + 1, 0))
    return bool(heading and heading.start("n") == start and heading.end("n") == end) or bool(_SERIES_AFTER.match(text, end))


_POINTS = ("点", "點")


@lexicon.cached
def _index_level_cues() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("index_level_cues.txt"))


def _names_an_index(text: str, start: int) -> bool:
    """An index is named before the number in its sentence (index_level_cues.txt: 沪指, 道指, 指数 …), so its 点 are the
    index's points."""
    return any(cue in text[:start] for cue in _index_level_cues())


# 8:30, 1:0, 比分2∶两: what stands before a colon that makes the figure after it part of a time or a ratio.
_RATIO_BEFORE_COLON = re.compile(rf"(?:\d|[{CN_DIGITS}十两]) ?$")


def generic_number(text: str, m: re.Match, claimed: list[bool]) -> Quantity | None:
    start, token = m.start(), m.group()
    chinese = m["cn"] is not None
    if not chinese and (_latin_name(text, start, m.end()) or re.match(r"0\d", token)):
        return None  # GPT-4, H800; 0755, 007 are codes (08年 was read as a date in pass 1)
    colon_before = start > 0 and text[start - 1] in ":∶"
    # 年龄：27岁, 价格：30元: digits after a label's full-width colon (written ":") are its figure when a unit follows
    # them (公司代码:600598 and a list's ：1， stay no figure)
    after_label = colon_before and not chinese and is_han(text, start - 2)
    after_colon = colon_before and (_RATIO_BEFORE_COLON.search(text, 0, start - 1) or not chinese and not after_label)
    if (start > 0 and text[start - 1] == "/") or after_colon or re.match(r"/\d|[:∶]\d", text[m.end():m.end() + 2]):
        return None  # part of a slash or colon expression (4/5G, 8:30) that pass 1 rejected; not 风险：两颗圣女果 (a
        # colon ending a clause, the full-width colon written as ":", before a count in words)
    magnitude = _magnitude_prefix(text, start, token) if chinese else ""
    round_figure = bool(magnitude) or (chinese and token[0] in "百千万亿" and (
        _bare_multiplier_count(text, m) or token in _ROUND_BILLIONS))
    order = chinese and _order_of_magnitude(text, m)
    round_figure = round_figure or order
    one_counts = token == "一" and (_one_of_a_span(text, start, m.end()) or _ONE_OPENS_RANGE.match(text, m.end()))
    if chinese and ((token == "一" and not one_counts) or (token[0] in "百千万亿" and not round_figure)):
        return None  # 一方面, 一定, 一家; 千万 (adverb), 万一; but 超过千家, 数千家 are figures
    pair = neighbouring_digits(token) if chinese else None
    low = pair[0] if pair else parse_number("一" + token if token[0] in "百千万亿" else token)
    if low is None:
        return None
    if not chinese and _minus_sign_before(text, start):
        start, low = start - 1, -low
    elif text[max(start - len(BELOW_ZERO), 0):start] == BELOW_ZERO:  # 零下5.2℃: a temperature below zero
        start, low = start - len(BELOW_ZERO), -low
    elif not chinese and _NEGATIVE_WORD.search(text, 0, start):  # 增速为负3.2%, 负5摄氏度
        start, low = start - 1, -low
    start -= len(magnitude)
    low, high, factor, qualifier, i = _read_amount(text, start, m.end(), low, pair[1] if pair else None, claimed)
    if high is None and (listed := _neighbour_listed(text, i, start, low)):
        high, i, qualifier = low + 1, listed, qualifier or "range"  # 北转南风2、3级
    unit_start = skip_space(text, i)
    unit = match_unit(text, unit_start, start)
    if unit is not None and any(claimed[unit_start:unit_start + len(unit.surface)]):
        unit = None
    if unit is not None and unit.surface == "人" and text.startswith("口", unit_start + 1) and re.search("[万亿萬億]", text[start:unit_start]):
        unit = None  # 14亿人口, 8亿人口: a population, a number (FIGURES_CONVENTION, round 28); 两人口角 is two people
    priced = currency_prefix().search(text, 0, start) is not None  # US$999, RMB 100万: an amount
    if priced and unit is not None and unit.kind != "money":
        unit = None  # US$999起: "from", no count of cases
    if unit is not None and unit.surface in _POINTS and _names_an_index(text, start):
        unit = replace(unit, kind="measure")  # 沪指…报3182.38点: an index's level in points, not items counted
    if order and unit is not None and unit.surface in ("级", "級"):
        # 千亿级: the order, no tier counted; the figure keeps its 级 word, so the money word after it is in reach
        unit, qualifier, i = None, qualifier or "approximate", _ORDER_WORD.match(text, m.end()).end()
    if unit is None and after_label and not priced:
        return None
    if unit is None and re.search(r"[A-Za-z] $", text[:start]) and not priced and i == m.end():
        return None  # iPhone 15, Mate 60, Windows 11: a model number after its name (Ig follower 400幾: 几 makes it a figure)
    if unit is None and i == m.end() and re.fullmatch(r"[1-9]\.0", token) and _version_context(text, start, i):
        return None  # 將YouBike1.0全面升級2.0 (fresh16 525), 工业4.0: a version's number, no amount
    if unit is None and not chinese and i == m.end() and _quoted_alone(text, start, i):
        return None  # 鼎鼎大名的“4568”法 (fresh16 510), 城管“11.10”血案 (fresh16 522): digits quoted alone name
        # (“四万亿”刺激 in words stays an amount)
    if unit is None and not chinese and i == m.end() and _names_a_heading_or_series(text, start, i):
        return None  # 1 硅谷大佬集体来华直播, 实测 1：…: a heading's number; 苹果 17 系列: a product's generation
    if unit is None and token in service_numbers() and i == m.end() and not _implied_unit(text, start) and not priced:
        return None  # 拨打120, 110给了她电话: the service, not a figure (120名病人, 时速 120 keep their unit)
    if unit is None and not chinese and i == m.end() and token.isdigit() and len(token) >= 3 and _dialled(text, start, i):
        return None  # 拨打 12329 服务热线 (fresh21 681), 热线电话96333: a telephone number, any service's
    end = unit_start + len(unit.surface) if unit else i
    if unit is not None and high is None:
        high, end = _range_after_unit(text, end, unit, low, claimed)
        qualifier = qualifier or ("range" if high is not None else "")
    if magnitude:
        qualifier = qualifier or "approximate"
    q = _classify(text, start, end, chinese and not round_figure, token, low, high, factor, unit, qualifier)
    if q and q.kind == "number" and not q.unit and (implied := _implied_unit(text, start, low)):
        q = replace(q, kind=implied[0], unit=implied[1])  # 时速 70: km/h
    if q and (magnitude or "几" in text[q.start:q.end]):
        q = replace(q, note=MAGNITUDE_NOTE)
    if q and not q.value_high and start > 0 and text[start - 1] == "±":  # ±2℃: from −2 to 2
        q = replace(q, start=start - 1, value=format_decimal(-Decimal(q.value)), value_high=q.value, qualifier="range")
    return q


@lexicon.cached
def _dial_patterns() -> tuple[re.Pattern, re.Pattern]:
    """What stands before a telephone number (拨打, 热线电话：) and what follows it (服务热线), from dial_cues.tsv."""
    words: dict[str, list[str]] = {"before": [], "line": [], "service": []}
    for word, place in lexicon.read_rows("dial_cues.tsv", ("word", "place")):
        words[place].append(re.escape(word))
    # 拨打住房公积金热线“12329”具体咨询 (fresh37 1043): the number may stand in quotes after the line's name
    before = re.compile(rf"(?:{'|'.join(words['before'])})[:：]? ?[“「\"]?$")
    after = re.compile(rf" ?(?:{'|'.join(words['service'])})?(?:{'|'.join(words['line'])})")
    return before, after


def _dialled(text: str, start: int, end: int) -> bool:
    """A telephone number: digits after a verb of dialling or a line's name (拨打 12329, 热线电话：96333, 热线“962269”), or before
    the line's name (12329 服务热线, 12345热线); 热线受理量达12000 and 拨打了3次 are figures (a word between, a unit)."""
    before, after = _dial_patterns()
    return before.search(text[:start]) is not None or after.match(text, end) is not None


@lexicon.cached
def implied_units() -> tuple[tuple[str, str, str, Decimal | None], ...]:
    return tuple((context, kind, unit, Decimal(below) if below else None)
                 for context, kind, unit, below in lexicon.read_rows("implied_units.tsv", ("context", "kind", "unit", "below")))


def _implied_unit(text: str, start: int, value: Decimal | None = None) -> tuple[str, str] | None:
    """(kind, unit) a bare number takes from a word of implied_units.tsv standing within UNIT_CONTEXT_CHARS
    before it (时速 70 还好，80 就…: km/h; 規模6.6: a magnitude, when the number is below the row's bound),
    None without one."""
    before = text[max(0, start - UNIT_CONTEXT_CHARS):start]
    if before.endswith("第"):
        return None  # 车速表显示第3档: an ordinal
    return next(((kind, unit) for context, kind, unit, below in implied_units()
                 if context in before and (below is None or (value is not None and abs(value) < below))), None)


def _neighbour_listed(text: str, i: int, start: int, low: Decimal) -> int | None:
    """风力2、3级: two neighbouring numbers listed before a unit read in its context (the wind-force
    scale) are a range; where the second number ends, else None (1、2号线 is a list)."""
    m = re.match(r"、(\d{1,2})", text[i:])
    if not m or Decimal(m[1]) != low + 1:
        return None
    unit = match_unit(text, i + m.end(), start)
    return i + m.end() if unit is not None and unit.context else None


def _read_amount(text: str, start: int, i: int, low: Decimal, pair_high: Decimal | None, claimed: list[bool]):
    """What follows a numeral up to its unit: 多/余/几, 万/亿, a range's high end (40~65, 3-5万).
    Returns (low, high or None, multiplier, qualifier, position); both ends already multiplied."""
    qualifier, after_inner = _inner_qualifier(text, skip_space(text, i))
    if qualifier:
        i = after_inner
    if text[i:i + 1] == " " and text[i + 1:i + 2] in "万亿千百":
        i += 1  # 市值 318.6 亿元: typesetting puts a space between the number and its multiplier
    factor, i = _read_multipliers(text, i)
    rest, i = _rest_after_multiplier(text, i, factor) if not qualifier else (Decimal(0), i)
    high = None
    if pair_high is not None:  # 三四万: thirty or forty thousand
        high, qualifier = pair_high * factor, qualifier or "approximate"
    else:
        range_end, i_after_range = _range_end(text, start, i, claimed)
        if range_end is not None and range_end[0] * range_end[1] >= low * factor:  # 2019-18 is no range
            high_number, high_factor = range_end
            high = high_number * (high_factor if high_factor != 1 else factor)
            if factor == 1 and low <= high_number:  # 3-5万: the multiplier is written once (not 5000至1萬元)
                factor = high_factor
            i = i_after_range
            qualifier = qualifier or "range"
    if not qualifier:
        qualifier, i = _inner_qualifier(text, i)
    return low * factor + rest, high, factor, qualifier, i


_HIGH_END_AFTER_UNIT = re.compile(RANGE_SEP + rf"(?:(?P<n>{AR})|(?P<cn>[两{CN_DIGITS}十]{{1,3}}))")


def _range_after_unit(text: str, i: int, unit: Unit, low: Decimal, claimed: list[bool]):
    """每斤10元-12元, 10万元至20万元, 三年至五年 (in Chinese numerals: a small number, its unit again): the high end
    written with its own unit. Returns (high or None, end of the figure)."""
    m = _HIGH_END_AFTER_UNIT.match(text, i)
    if not m or any(claimed[m.start(1 if m["n"] else 2):m.end()]):
        return None, i
    if m["cn"]:
        high, j = parse_number(m["cn"]), m.end()
    else:
        after = skip_space(text, m.end()) if text[skip_space(text, m.end()):][:1] in "万亿千百" else m.end()
        factor, j = _read_multipliers(text, after)  # 1,100 萬元至 2,300 萬元: typeset with spaces
        high = Decimal(m["n"].replace(",", "")) * factor
    if high is None or not text.startswith(unit.surface, j) or high < low:
        return None, i
    return high, j + len(unit.surface)


# 用一到两句话, 一至三天: 一 opening a range of Chinese numerals is its low end, never the article.
_ONE_OPENS_RANGE = re.compile(rf"{RANGE_SEP}[两二三四五六七八九十]")


# 过去一年, 不到一年, 一个月, 推迟一周, 早一天: 一 before a unit of time is a duration; 有一天, 这一年,
# 某一天 are not (the indefinite or demonstrative 一).
_ONE_SPAN_UNIT = re.compile(r"(?:年|个月|个多月|周|个星期|个多星期|星期|个礼拜|个多礼拜|天|个小时|个多小时|个钟头|个多钟头|小时|分钟|个季度"
                            r"|个多季度|个世纪|个多世纪|刻钟)(?!级|度|代|轮|一度|四季|到头)")
_ONE_NOT_AFTER = "有某这那同每另任哪统唯万第之"


# 测一次，…, 培训半个月举办一次。: a verb done once, 一次 closing its clause, is a count (在一次会议上, 是一次
# 意外 and 再一次 are not); so is 一次 before what follows from it (只用一次就扔, fresh5 150, 151), the other end of a
# range of penalties (記過一次至記一大過, fresh3 104) or a closing bracket (每8小时静脉注射一次）, fresh14 482). After 的
# it is the occasion described, no count: 规模最大的一次。 (fresh9 349), 就业不足率最低的一次。 (fresh7 302), 历届参加运动员
# 最多的一次。 (fresh20 644): unlabelled in all three.
_ONCE = re.compile(r"次(?=[，。；！？,;!?）)]|就|便|至)")


# 被控一項抗拒警務人員罪, 另被加控一項串謀…罪 (fresh8 332 ×3, fresh39 1081: count 1): a charge laid is counted, as a
# court report tallies the charges; 加控一名分判商東主 is "a" man (fresh8 332, unlabelled), so only 项 counts.
_CHARGE_LAID = re.compile(r"[被加另改]控$")  # not 失控, 掌控
# 只访问了一台, 仅派出了一名: only + a short verb + 了 before 一 stresses that it was one.
_ONLY_DID = re.compile(r"[只仅][\u4e00-\u9fff]{1,3}了$")


def _one_of_a_span(text: str, start: int, end: int) -> bool:
    """过去一年, 推迟一周 (一 before a unit of time), 举办一次。 (a verb done once), 只有一人 / 多留一份 /
    只访问了一台 (an emphasised count, one_counted_cues.txt): 一 that counts."""
    counted = bool(_ONE_SPAN_UNIT.match(text, end)) or (_ONCE.match(text, end) is not None and start > 0
                                                       and text[start - 1] not in "再又是的")
    return (counted and (start == 0 or text[start - 1] not in _ONE_NOT_AFTER)) or _emphasised_one(text, start, end)


def _emphasised_one(text: str, start: int, end: int) -> bool:
    """只有一人, 只有这么一个, 多留一份样本, 只访问了一台: a count word follows and an emphasis comes just before;
    多一倍: a multiple; 不到一米: a measure after a bound (qualifiers.tsv)."""
    unit = match_unit(text, end, start)
    if unit is not None and unit.kind == "multiple":
        return True  # 多一倍, 扩大近一倍: 一 before 倍 is never an article
    if unit is not None and unit.kind == "measure" and any(text[:start].endswith(cue) for cue, _ in qualifier_cues()["before"]):
        return True  # 不到一米, 不到一公里: a bound on one unit measures a distance
    if unit is None or unit.kind != "count" or unit.surface == "次":  # 生命只有一次: a saying
        return False
    before = text[max(0, start - 8):start]
    if unit.surface == "项" and _CHARGE_LAID.search(before):
        return True  # 被控一項抗拒警務人員罪: the charges laid are counted
    return before.endswith(one_counted_cues()) or _ONLY_DID.search(before) is not None


def _magnitude_prefix(text: str, start: int, token: str) -> str:
    """几十万, 数千, 上百万: the magnitude cue (qualifiers.tsv) before a numeral made only of
    十/百/千/万/亿, which leaves its leading digit vague; "" when there is none or it ends a word (人数, 线上)."""
    if not re.fullmatch("[十百千万亿]+", token):
        return ""  # 上十二 is not "over twelve"
    for cue, qualifier in qualifier_cues()["magnitude"]:
        if text[:start].endswith(cue):
            return "" if qualifier == "none" else cue
    return ""


@lexicon.cached
def _figure_end() -> re.Pattern:
    """Text that ends with a figure (a numeral, with its unit or %): a hyphen after it joins a range.
    A unit alone is not enough: 全年-0.8% is a fall, 40元-65元 a range."""
    surfaces = "|".join(re.escape(u.surface) for u in units())
    return re.compile(rf"(?:[\d{CN_DIGITS}{CN_MULTIPLIERS}] ?(?:{surfaces})?|[%‰])$")


BELOW_ZERO = "零下"  # before a temperature, and before the high end of a range of them
# 负 right before digits is their sign (Recognizers-Text's NegativeNumberTermsRegex, [负負]): 增速为负3.2%. Not in a
# win-loss tally (5胜3负2平, 1负2平: 负 after a count) nor in 正负3% ("plus or minus").
_NEGATIVE_WORD = re.compile(r"(?<![\d一二三四五六七八九十胜平正])负$")


def _minus_sign_before(text: str, start: int) -> bool:
    """-18.3, 下降-2.1%, a table's "46.46 -18.3": a hyphen before a number is its sign, unless it joins
    two figures (1-2名, 2.09%-3.75%, 40元-65元; the range reader takes those first)."""
    if text[start - 1:start] != "-":
        return False
    before = text[:start - 1]
    return before.endswith(" ") or not _figure_end().search(before)


# 千亿级, 百万级 token, 千万级别的年终奖, 百亿量级: 级 after a numeral of bare multipliers tells an order of magnitude,
# an approximate amount (money by its context, else a number: test 32 百亿级别, fresh5 157, fresh6 268, fresh9 341 in
# the gold), not a count of tiers as after a digit (省市县三级, 四级梯队) or a grade's name (二级应急响应).
_ORDER_WORD = re.compile(r"(?:级别|級別|量级|量級|级|級)")


def _order_of_magnitude(text: str, m: re.Match) -> bool:
    return re.fullmatch("[百千万亿萬億]{2,}", m.group()) is not None and _ORDER_WORD.match(text, m.end()) is not None


# 百亿级别, 千亿目标, 万亿市场: these round magnitudes are figures wherever they stand (千万 may be "by all means").
_ROUND_BILLIONS = ("百亿", "千亿", "万亿")


def _bare_multiplier_count(text: str, m: re.Match) -> bool:
    """超过千家, 近百人, 逾百亿元, 超过百万: a numeral of bare multipliers after such a word is a round
    figure when a measure word follows or it is unmistakable (百万, 千亿); elsewhere (a table header's
    万部, 万人空巷, the adverb 千万) it is not."""
    unit = match_unit(text, m.end())
    # after a bound any measure word counts, a figure-of-speech one too (逾千点: the index's points, a ftv page and
    # the brief's 近百 shape; a bare 三点 stays unread, as it has no bound word before it)
    counted = unit is not None and unit.kind in ("count", "measure", "money")
    after_bound = m.start() > 0 and text[m.start() - 1] in "近约逾达过超"
    if re.fullmatch("[百千万亿]+", m.group()) is None:
        return False
    # 万余名, 百余家, 千余人: 余 or 多 and a measure word after it make it "over ten thousand (people)"
    rounded = re.match(r"[余多]", text[m.end():]) is not None and (after := match_unit(text, m.end() + 1)) is not None \
        and after.kind == "count" and after.single_cn
    # 萬幾, 千幾 (Cantonese 几 = 多: "ten thousand and some", fresh39 1080 follower 400幾變到萬幾): 几 closing the figure
    # after one bare multiplier (万几十 and 千几百 go on to a numeral of their own)
    odd = len(m.group()) == 1 and re.match(rf"几(?![十百千万亿\d{CN_DIGITS}两])", text[m.end():]) is not None
    return rounded or odd or after_bound and (counted or len(m.group()) > 1)


# 4、5名, 三、四个: two consecutive single digits joined by 、 and followed by a unit are an approximate
# range, not a list (a list goes on: 1、2、3, or its items are not consecutive).
_NEXT_DIGIT = re.compile(rf"、(?P<below>(?!))?(?P<n>[1-9]|[{CN_DIGITS}])(?![\d{CN_DIGITS}十百千万亿、.])")


def _next_digit_after_comma(text: str, start: int, j: int):
    m = _NEXT_DIGIT.match(text, j)
    low = text[start:j]
    if not m or len(low) != 1 or low in "零〇" or match_unit(text, m.end()) is None:
        return None
    low_n, high_n = parse_number(low), parse_number(m["n"])
    return m if low_n is not None and high_n == low_n + 1 else None


# 高出 2 至 10 倍, 增长3至5个百分点: a low end with no unit, multiplier or % of its own shares the high end's, so the two
# are a range even after a change verb (a change and its level, 增长15%至120亿元, each carry their own).
_BARE_LOW_END = re.compile(r"-?[\d.,]+ ?")


def _range_end(text: str, start: int, i: int, claimed: list[bool]):
    """The high end of 40~65, 2.09%-3.75%, 三至五: (number, its multiplier) and the new position.

    增长15%至120亿元 and 增加2.3万至18.6万人 are a change and the level it reaches, never a range: 至/到
    after a change verb (change_cues.tsv) ends the figure; after a level word it does not (将达到6,000萬至9,000萬人,
    fresh23 768, is one range). A low end written with % needs a high end
    with % too (15%至120亿元 is no range)."""
    j = i + 1 if text[i:i + 1] in "%‰" else i
    m = re.compile(RANGE_SEP + rf"(?P<below>{BELOW_ZERO})?(?P<n>{AR}|{CN})").match(text, j) \
        or _next_digit_after_comma(text, start, j)
    if not m or any(claimed[m.start("n"):m.end("n")]) or touches_latin(text, m.start("n"), m.end("n")):
        return None, i
    cue = change_cue_before(text, start)
    if re.search("[至到]", text[j:m.start("n")]) and cue and cue[1] != "level" and not _BARE_LOW_END.fullmatch(text[start:i]):
        return None, i
    if j > i and not text.startswith(text[i], skip_space(text, _read_multipliers(text, m.end())[1])):
        return None, i
    if re.fullmatch(r" -", text[j:m.start("n")]):
        return None, i  # "46.46 -18.3" in a table: a minus sign, not a range
    number = parse_number(m["n"])
    if number is None:
        return None, i
    if m["below"]:  # 零下4到零下1℃
        number = -number
    after = m.end() + 1 if text[m.end():m.end() + 2].startswith(" ") and text[m.end() + 1:m.end() + 2] in "万亿千百" else m.end()
    factor, end = _read_multipliers(text, after)  # 28-37 亿元: a space before the multiplier
    return (number, factor), end


# jieba tags of a noun or a proper name: the word after a bare number that makes the number part of a name.
_NAME_WORD_TAGS = ("n", "nr", "ns", "nt", "nz")
# After a bare number these Han characters go on with the figure (到 3000, 左右, 多, 以上), not a name.
_FIGURE_GOES_ON = "到至和或与及跟左多余上下以的"


def _names_what_follows(text: str, end: int, token: str) -> bool:
    """A bare integer of three or four digits written right before a Han word, without a unit (a space
    between is typesetting), is part of that word's name: an event's edition (2020英雄联盟全球总决赛), a
    company or an institute (360 集团, 2050 全球研究院); a counted number has its measure word."""
    after = end + (text[end:end + 1] == " ")
    if re.fullmatch(r"\d{3,4}", token) is None or not is_han(text, after) or text[after] in _FIGURE_GOES_ON:
        return False
    word, tag = segment.cut_pos(text[after:after + 8])[0]
    return len(word) >= 2 and tag.startswith(_NAME_WORD_TAGS)  # not 162票, 500度, 2019届, 2023 全年


# 1997被列入濒危…, 2022選戰即將開打, 2019入伍新兵, ２０１４國內年終調查, 在 2023 全年 (fresh13 441, fresh6 272, fresh7 307,
# tune 69, fresh2 112: gold date): a year written without 年 right before the words it dates; a name it begins
# (2020英雄联盟全球总决赛) is left out before this, an amount goes on (2000多, 2000余, 到 2100) or has its unit.
BARE_YEAR = re.compile(r"(?:19|20)\d\d")


# 今（2017）年, 戊戌（2018）年 (fresh13 430, fresh2 83: gold date): the year glossed in brackets inside its own 年.
_GLOSSED_YEAR = re.compile(r"[（(](?:19|20)\d\d[）)]年")


# 《程序员的呐喊》（人民邮电出版社，2014） (fresh37 1048, gold date), (Smith, 2020): a citation's year closes its brackets
# after the publisher's or the author's name and a comma.
_CITATION_BEFORE_YEAR = re.compile(r"[（(][^（）()]{1,30}[，,] ?$")


def _bare_year(text: str, start: int, end: int, token: str) -> bool:
    if BARE_YEAR.fullmatch(token) is None:
        return False
    if start > 0 and _GLOSSED_YEAR.match(text, start - 1):
        return True
    if text[end:end + 1] in ("）", ")") and _CITATION_BEFORE_YEAR.search(text, 0, start):
        return True
    after = end + (text[end:end + 1] == " ")
    return is_han(text, after) and text[after] not in _FIGURE_GOES_ON and not (start > 0 and text[start - 1] in AMOUNT_BEFORE)


def _classify(text, start, end, chinese, token, low, high, factor, unit, qualifier) -> Quantity | None:
    # ``chinese``: a Chinese numeral that may be a word (十分, 两种); False for 1.5 and round figures (数十种).
    fmt_high = format_decimal(high) if high is not None else ""
    if unit is None:
        large = factor > 1 or re.search("[万亿]", text[start:end])  # 300亿, and round 百亿, 数十亿
        currency = money_context_currency(text, start, end) if large else None
        if currency:
            return Quantity(start, end, "money", format_decimal(low), currency, qualifier, fmt_high)
        if large and _people_counted_after(text, end):
            return Quantity(start, end, "count", format_decimal(low), "人", qualifier, fmt_high)
        # A bare Chinese numeral is a figure only when it is unmistakable (三千万, 两百, 八点八), or when a
        # multiplier follows its inner qualifier (十几万, 十多万, 二十余亿: fresh21 682's 开出的十几万, read as 几万
        # before); 十分, 一一 are words.
        if chinese and factor == 1 and not re.search(f"[{CN_DIGITS}][百千万亿点]", token):
            return None
        if _names_what_follows(text, end, token) and high is None and factor == 1:
            return None  # 2050 全球研究院, 加入 360 集团, 2024高雄愛河端午…嘉年華: a name, not a figure
        if _bare_year(text, start, end, token) and high is None and factor == 1:
            return Quantity(start, end, "date", token)  # 1997被列入…, 2022選戰即將開打, 2019入伍新兵
        if factor == 1 and _rate_without_sign(text, start, token, low, high):
            return Quantity(start, end, "percent", format_decimal(low), "%", qualifier, fmt_high)
        return Quantity(start, end, "number", format_decimal(low), "", qualifier, fmt_high)
    if chinese and start > 0 and text[start - 1] == "第":
        return None  # 第二种影响, 第一产业: an ordinal that is not a rank (pass 1 reads the ranks)
    if chinese and len(token) == 1 and (not (unit.single_cn or _characters_quoted(text, start, unit)
                                             or text.startswith(BELOW_ZERO, start))  # 零下十度: a temperature
                                        or (start > 0 and text[start - 1] in "“「‘\"") or _LIST_FOLLOWS.match(text, end)):
        return None  # 三点: figures of speech; “两个确保”: a slogan in quotes names; 两种路径，一是…: a list's heading
    if chinese and token == "零":
        return None  # 零件, 零售: a word, not zero of something
    if unit.surface == "条" and _LAW_BEFORE.search(text[:start]):
        return None  # 刑法255条: an article of a law names it
    if unit.surface.startswith("大") and not (chinese and len(token) == 1) and not _big_n_in_digits(text, start, token):
        return None  # 三大航空公司 and 七大类 count; 十九大 is a party congress, 3大于2 a comparison
    if unit.surface == "大" and _names_a_list(text, start, end):
        return None  # 年度十大并购案, 十大杰出青年, 十大科学人物榜单: the name of a list or an award, not ten things
    unit_code = unit.unit
    if unit.scale is not None:  # 429.95美分 → 4.2995 USD
        low, high = low * unit.scale, high * unit.scale if high is not None else None
        fmt_high = format_decimal(high) if high is not None else ""
    if unit.kind == "money":
        suffix, end = _per_unit_suffix(text, end)
        unit_code += suffix
    if unit.kind in ("duration", "percent") and "多" in unit.surface:  # 两个多月, 1个多百分点
        qualifier = qualifier or "lower_bound"
    if unit_code == "bp" and _fx_points(text, start):
        return Quantity(start, end, "count", format_decimal(low), "点", qualifier, fmt_high, note="FX points")
    return Quantity(start, end, unit.kind, format_decimal(low), unit_code, qualifier, fmt_high)


# 2016年经济增速在6.7左右, 预计2016年CPI上涨2.0, 2017年CPI为2.2, GDP增速分别为6.5、6.5、6.4 (fresh24 786, gold percent ×10):
# a rate of growth or of prices, then a decimal with no unit, in a list or not: the percent sign is left out, as economists
# say these rates aloud.
_RATE_BEFORE = re.compile(r"(?:增速|增幅|涨幅|增长率|增长|上涨|GDP|CPI|PPI)[^\d，。；：,;:]{0,6}"
                          r"(?:\d{1,2}\.\d(?:左右)? ?[、和及与至到-] ?)*$")


# 分别增长3.3、1.4、1.5倍: a list whose last member carries the unit, the unit of them all.
_UNIT_AT_LIST_END = re.compile(r"(?:左右)?(?: ?[、和及与至到-] ?\d+(?:\.\d+)?)* ?(?:倍|[%％‰]|个百分点|個百分點|[万萬亿億元点點])")


def _rate_without_sign(text: str, start: int, token: str, low, high) -> bool:
    return (re.fullmatch(r"\d{1,2}\.\d", token) is not None and low < 100 and (high is None or high < 100)
            and _RATE_BEFORE.search(clause_before(text, start)) is not None
            and not _UNIT_AT_LIST_END.match(text, start + len(token)))


# 傳統的8大經濟體, 香港的3大憂慮, 國家6大新興產業, 11大部类: the big N in Arabic digits, as 三大 in words (fresh2 87,
# fresh4 131, fresh10 378 in the gold); not a comparison (3大于2, 5大约, 10大小), a word that begins with 大 (70大壽, 3大结局,
# 2大選, 3大地精灵) nor a party congress (中共20大, 党的19大).
_NOT_BIG_AFTER = re.compile("[于於约約概小都多量寿壽选選地]|部分|结局|結局")
_CONGRESS_BEFORE = re.compile(r"(?:党的|黨的|中共|共产党|共產黨)\s*$")


# The big N that names a list or an award (NOT in the gold: test 32 “年度十大并购案”, fresh8 339 感动中国十大新闻人物 and
# 中国十大杰出青年, fresh18 560 2025年度十大科学人物榜单): 年度 before it, or a list's word a few characters after it in
# the same noun phrase (人物, 榜单, 排行, 评选, 杰出青年); 十大行业, 三大期刊, 八大业务板块 stay the number N, and so does
# 三大期刊把自己标榜成 (fresh9 355: a verb's 榜).
_LIST_WORD_AFTER = re.compile(r"(?:(?![把被将在是为的了])[\u4e00-\u9fffA-Za-z]){0,6}?(?:人物|榜单|排行|评选|杰出青年)")


def _names_a_list(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 2):start] == "年度" or _LIST_WORD_AFTER.match(text, end) is not None


def _big_n_in_digits(text: str, start: int, token: str) -> bool:
    after = start + len(token) + 1  # past 大
    return (re.fullmatch(r"[1-9]\d?", token) is not None and text[after - 1:after] == "大" and is_han(text, after)
            and not _NOT_BIG_AFTER.match(text, after) and not _CONGRESS_BEFORE.search(text[:start]))


# “烈士”二字, “国营”、“民营”二字, ‘精准’二字: the characters just quoted, counted (fresh8 326, fresh9 346, fresh11 380 in the
# gold: count 2, unit 字); a bare 二字 or a 十字 anywhere stays a word (一字之差, 红十字会, ”十字路口).
_CLOSING_QUOTES = "”’」』\""


def _after_a_quote(text: str, start: int, unit: str) -> bool:
    """A count of 字 right after a closing quote mark: the characters just quoted."""
    return unit == "字" and start > 0 and text[start - 1] in _CLOSING_QUOTES


def _characters_quoted(text: str, start: int, unit) -> bool:
    return _after_a_quote(text, start, unit.surface) and text[start] != "十"  # ”十字路口


def counts_the_quote(text: str, q: Quantity) -> bool:
    """“烈士”二字: the figure counts the characters just quoted; it refers back to the quote, as 这两家 refers back to
    the two just named, and tells nothing more to check (zhnews.claims leaves it out of the check-worthy score)."""
    return _after_a_quote(text, q.start, q.unit)


_RATE_WORDS = re.compile("利率|收益率|波动率|息差")
# 面临两种路径，一是…: the kinds are told one by one right after, the numeral heads the list (两种产品：A和B still
# counts them).
_LIST_FOLLOWS = re.compile(r"[\u4e00-\u9fff]{0,4}[，,：:]\s*(?:一是|其一|第一)")
# A law or a regulation right before N条: 刑法255条, 食品安全法第28条.
_LAW_BEFORE = re.compile(r"(?:法|条例|规定|办法|细则)第? ?$")


def _fx_points(text: str, start: int) -> bool:
    """人民币中间价上调120个基点: points of an exchange rate, not basis points of an interest rate."""
    clause = clause_before(text, start)
    return any(w in clause for w in fx_context_words()) and not _RATE_WORDS.search(clause)


# ---------------------------------------------------------------------------------------------
# Change and level: 营收同比增长15%至120亿元 is a rise of 15% (change_up) landing on 120亿元 (level)

# Words that may stand between a change word and its figure: 增长了近800倍, 增幅仅约为29.2%, 降幅普遍都在10℃, 性能提升多达50%
# (fresh37 1044, gold change_up).
ROLE_FILLER = re.compile(r"(?:了|仅|约|达|高达|多达|分别|均|已|近|超过|超|逾|将近|接近|大约|不到|不足|至|到|为|却|也|则|都|仍|还|再|普遍|都在| )*$")


def cue_at_end(core: str) -> tuple[str, str] | None:
    """The (cue, role) of the first row of :func:`change_cues` that ``core`` ends in, level markers aside: the longest
    cue, of a cue written twice the row above."""
    lengths, first_rows = _change_cues_by_ending()
    for n in lengths:
        if n <= len(core) and (found := first_rows.get(core[-n:])) is not None:
            return found
    return None


@lexicon.cached
def _change_cues_by_ending() -> tuple[tuple[int, ...], dict[str, tuple[str, str]]]:
    """The cue lengths, longest first, and each cue's first row of :func:`change_cues` but level markers: what a text
    ends in is a slice looked up per length (claims asks it of every figure twice), not an endswith per cue."""
    first_rows: dict[str, tuple[str, str]] = {}
    for cue, role in change_cues():
        if role != "level_marker" and cue:
            first_rows.setdefault(cue, (cue, role))
    return tuple(sorted({len(cue) for cue in first_rows}, reverse=True)), first_rows


def change_cue_before(text: str, start: int) -> tuple[str, str, str] | None:
    """The change word right before a figure: (cue, role, filler between), or None."""
    before = re.split(r"[，。；！？,;!?：:]", text[max(0, start - 40):start])[-1]  # a cue is a few words back at most
    filler = ROLE_FILLER.search(before)
    found, between = cue_at_end(before[:filler.start()]), filler.group()
    whole = cue_at_end(before) if found is None else None
    if whole is not None and whole[1] in ("change_up", "change_down", "level"):
        found, between = whole, ""  # ，达到3.0995美元: the cue is made of filler words (达, 到)
    if found is None or found[1] == "none":
        return None
    return found[0], found[1], between


@lexicon.cached
def currency_prefix() -> re.Pattern:
    """US$999, HK$ 500, ￥30, RMB 100万: a currency sign or code right before the number (currency_prefixes.tsv), longest
    first; a code of letters must not follow another letter."""
    rows = sorted(lexicon.read_rows("currency_prefixes.tsv", ("prefix", "currency")), key=lambda r: -len(r[0]))
    return re.compile("(?:" + "|".join(("(?<![A-Za-z])" if p[0].isalpha() else "") + re.escape(p) for p, _ in rows)
                      + ") ?$", re.I)
# Before a bare number these say it is an amount (达120, 共有30, 约500), even in a clause about buses.
AMOUNT_BEFORE = "达为约共有计超逾近余第每"
