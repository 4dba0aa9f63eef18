"""Finding every figure in a Chinese sentence and normalising it (the numbers half of 03_claims).

The package in modules, each reading what the one before gives: :mod:`.numerals` (records, word lists,
numbers as written), :mod:`.constructions` (pass 1), :mod:`.numbers` (pass 2), :mod:`.change_level`,
:mod:`.sentence` (the passes together, :func:`find_quantities`), :mod:`.years` (years for dates that do
not write one); this module builds the ``quantities`` table.

Approach
--------
Rules of our own, in two passes over a sentence:

1. Constructions with their own grammar are matched first by regular expressions: dates (2023年5月,
   2025年年初, 1月28日, 2023-05-12, year ranges 1949～1978年, spans 1-10月 and 3月1-5日, two-digit
   years 98年 / 〇八年, a month in Chinese numerals after 在/今年… or before 份/底 (在九月, 十二月份), a span of
   days in Chinese numerals (八月二十至二十三日), quarters 第三季度, centuries 公元9—12世纪 as year ranges 0800–1199, era years
   公元11年, lunar days 阴历三月十九 / 八月初六日), 百分之十七, 三分之一, 十之四五 (0.4–0.5), 一成 / 3成 /
   五成四 (54 %), 过半, 翻番, splits of a whole (五五分成, 七三分 → ratio 0.5, 0.7),
   tallies of rises and falls (五涨一平一降: the numbers 5, 1, 1), 中巴两国 / 两地 (the number 2), ranks (排名第三, 第一例,
   高居第一, 排名前十), colon ratios (1:20) and sizes written as a product of dimensions (20*12*3.2（厘米）: one
   measure, the first dimension). Telephone and ID numbers, list markers (1、, (1)) and
   clock times (晚上九点, 9时30分) are claimed here too, so that pass 2 does not read them as figures.
2. Every other number (Arabic 558 / 1,000 / 1.5, full-width ２．２, Chinese 三千万 / 两 / 二三十 (20–30) and with a
   point, 二．五 / ○．一五 (○ is the zero), a bare
   multiplier before 余 and a measure word: 万余名) is read with
   what follows it: an inner qualifier (3000多, 20余), multipliers (万, 亿, 千万; 兆 before a currency is a
   trillion, 16兆元), the rest of the number written after 万 / 亿 (4萬845筆 is 40845, 32萬3千人 323000; a
   spoken 3万5 is left alone), a range (40~65, 2.09%-3.75%; 5000至1萬元 keeps 5000 as its low end), then a
   unit from ``data/lexicon/units.tsv`` (元, 美元, %, 个百分点, 倍, 年, 张, 家, 吨 …).
   A bare 300亿 counts as money when a money word (``money_context.txt``: 资金, 基金, 市值 …) comes
   earlier in its clause, and anywhere in an article whose 亿 figures are money (a box-office story's 达到26.5亿). Qualifiers around the figure (超过, 不到, 约, 左右 …) come from
   ``qualifiers.tsv``. A hyphen before a number is its sign (下降-2.1%, a table's "46.46 -18.3") unless
   it joins two figures (1-2名, 2.09%-3.75%, 10元-12元). Where spans overlap, the earlier, then the
   longer, then the more specific wins.

Change and level (``change_cues.tsv``): 营收同比增长15%至120亿元 is two figures, a rise of 15%
(change_up) and the level it reaches (level), never a range; the two point at each other (pair_q_id).
增加2.3万至18.6万人 gives the change the level's unit. 报6.559元 after 跌0.06% is a level; 从129亿元跃升至
238亿元 and 七三分变成五五分 make both levels; 营业额385.7亿元，同比增长42.2% pairs the level with its change.

Names with numbers are not figures: codes (CVE-2022-20427, MTN001, 300676.SZ, 93#, 93号, 8号风球, lanes 216巷),
ordinals numbering a list's points (：第一，…；第二，…), the one before (上一年, 上一季度), a product's name and number
that the article writes again and again (含光800),
edition and phase numbers (第135届, 二期工程), titles (《21世纪经济报道》), index names from
``index_names.txt`` (标普500, 沪深300) and service numbers from ``service_numbers.txt`` (拨打120; 120名
keeps its unit). An emphasised 一 is a count (只有一人, 多留一份, 只访问了一台; ``one_counted_cues.txt``), and so is
a number in brackets glued to a name and closing a list item (释放后使用(17)、, Chromium(14)，), no list marker. Streaks (三连跌), tiers after the tiers they name (省、市、区三级) and the big N (三大航空公司, 七大类:
one Chinese numeral before 大; 十九大 is a congress) are counts; 级 after bare multipliers (千亿级, 百万级 token, 千万级别的年终奖)
is an order of magnitude, an approximate amount (money by its context, else a number), no tier; 三成 is
30 %; 民國109年 is 2020; two years joined by a dash (1934—1941) are a span of years. Physical units
(公里, 平方米, ℃, 千伏, GW) are kind ``measure``; a Latin unit glued to its number (5400GW) is a unit, a
Latin name glued to a number (GPT-4) is a name. Clock times are dates at minute precision (17时48分 →
T17:48, joined to the day before them: ７月２６日零时 → 2012-07-26T00:00; an hour after its day or with
two digits, 25日6时, 07时; two such times joined by 至 are one range, 25日08时至26日08时; an hour after
第二天 is on the day after the last date told). 一 before a unit of time is a duration (过去一年, 推迟一周), and
a verb done once (举办一次。) a count; 半年 is not "half". A unit may need a context word near it
(units.tsv ``context``: 风力6～7级 and 北转南风2、3级 are the wind-force scale, a measure) or be a fraction
of the normalised unit (``scale``: 429.95美分/磅 is 4.2995 USD/磅). A history's years before 1800 are
dates (１６１６年) unless a span is meant (1500年的历史); ±2℃ is the range −2..2; 九块九 is 9.9 CNY; a
full-width 。 between full-width digits is a decimal point (１。３８个月); full-width letters are read in their
NFKC form, so ４００ｇ is a measure and 黄曲霉毒素Ｍ１ a name.

Traps handled on purpose: 1/10 is a fraction, never a date (only yyyy/m/d is); 4/5G, GPT-4, H800,
COVID-19 and 5G are names, not figures (numbers touching Latin letters are skipped), and so are model
numbers after a Latin name and a space (iPhone 15, Mate 60) unless a unit follows; 一方面, 一定,
一家, 一是 are not figures (a lone 一 only counts inside 第一, 一成, 三分之一, 翻一番); 两种, 三点 are figures of
speech (``single_cn = no`` in units.tsv); 春天 is not a date (seasons are not parsed); a colon time
needs a time word before it (北京时间9:45; a bare 8:30 is skipped), and 八点八 with no time word is the number 8.8;
第一产业 / 第二种 are ordinals, not ranks; 工作了8年, 20年来, 60年的历史 are durations, while 98年 is a
year only in a date context (98年5月, 18年1-7月, 17年全年, 17年的数据, 在98年, 98年毕业, "98年，…"; 过去10年的数据
stays a span) and never in a sentence counting terms (一个判25年，另一个是22年); 08年 and 〇八年 are always years; 1日需花66元 is a day's cost, one day.

Conventions chosen for fact-checkers:
* Approximate magnitudes (十几万, 几十亿, 数千, 上百万) have the round magnitude as value (100000,
  1000000000, 1000, 1000000), qualifier approximate and note "order of magnitude"; 两三万 and 三四年
  ("two or three") are value 20000 / value_high 30000, qualifier approximate.
* Two-digit years 00–29 are 2000–2029, 30–99 are 1930–1999 (``SHORT_YEAR_PIVOT``).
* Quarters are dates at quarter precision: 2024-Q3 (--Q3 until the year is inferred); 前三季度 is the
  range Q1–Q3. Half-years are 2019-H1 / 2019-H2 (2019年上半年; a company's 2026年半年度 is 2026-H1). 排名前十 is rank 10 with qualifier upper_bound (a place in the top ten).
* Direction words do not flip a sign: 下降0.3% is 0.3 (the claim's verb says it fell); only a written
  minus sign, or 零下 before a temperature, makes a value negative.

Libraries: ``cn2an`` turns Chinese numerals into numbers (三千万, 二〇二三, 零点五; "normal" mode, so
两 and 〇 are accepted); everything around the numeral is ours. We decided against ``jionlp``: its
money and time parsers would save a few rules but pull in a large install (dictionaries, many
dependencies) for a narrow gain, and its time parser resolves relative dates against the clock,
whereas we want the article's own publish date and text. Arithmetic is in ``decimal.Decimal`` so
2.2亿 is exactly 220000000.

Values follow DESIGN.md: ``value`` is text, the number a reader would say in ``unit`` (558万美元 →
"5580000" USD, 17% → "17" %, 1/10 → "0.1", 第一 → "1" rank) and, for dates, ISO text at the
precision written (2015, 2023-05, 2025-01-28). Dates without a year are written in ISO 8601's
truncated form ("--01-28", "--07", "---27"; a day of the week with its time, 周五下午4时, as "-W5T16:00") by :func:`find_quantities`
and completed by :func:`infer_years` (a yearly 每年5月 keeps "--05").

The ``quantities`` table (one row per figure in a body or caption sentence):
    q_id        0..n-1 in reading order
    para_id, sent_id
    text        the figure as written in the original sentence (qualifier words outside it excluded)
    kind        money | percent | multiple | ratio | count | measure | date | duration | rank | number
    value       normalised value as text (see above); for ranges the low end
    value_high  the high end of a range ("" otherwise)
    value_num   ``value`` as a float for sorting and charts (NaN for dates and multi-part ratios)
    unit        CNY/USD/… for money (with a per-unit suffix: CNY/千克), % / ‰ / pp / ‰pt / bp for percent, 倍,
                year/month/day/… for durations, the measure word for counts, "" otherwise
    qualifier   lower_bound | upper_bound | approximate | range | ""
                (两三万 and 三四年 are approximate with both ends in value and value_high)
    start, end  offsets of ``text`` in the sentence text
    inferred    True when a date's year (or month) was inferred rather than written
    note        how to read the value: early/mid/late (年初, 年中, 年底), decade (1960年代: 1960–1969), order of
                magnitude (几十亿), split of shares (七三分), tally of rises and falls (五涨一平一降: no role), or where an
                inferred year came from
    role        change_up | change_down | level | "" (see "Change and level" above)
    pair_q_id   the q_id of the change this level belongs to, or of the level this change reaches ("" if none)
    anchor      for an inferred date, the anchor used: "publish date 2024-05-08", "same sentence: 2019",
                "passage about 2019-12 (paragraph 5)", "last date written with its year: 2018",
                "latest year in the article: 2012" (see infer_years)
"""

from __future__ import annotations

from collections import Counter
import math
import re
from dataclasses import replace
from datetime import date

import pandas as pd

from ... import io, lexicon, segment
from .numerals import CN_DIGITS, Quantity
from .constructions import TWO_PLACES, counts_heads
from .numbers import counts_the_quote
from .sentence import find_quantities, names_a_line
from .years import infer_years


QUANTITY_COLUMNS = [
    "q_id", "para_id", "sent_id", "text", "kind", "value", "value_high", "value_num", "unit",
    "qualifier", "start", "end", "inferred", "note", "role", "pair_q_id", "anchor",
]


# ---------------------------------------------------------------------------------------------
# The table


def value_number(kind: str, value: str) -> float:
    if kind == "date":
        return math.nan
    try:
        return float(value)
    except ValueError:
        return math.nan  # a multi-part ratio such as 1.2:49.7:49.1


# 含光800, 玄铁910: two Chinese characters glued to a bare integer name a product when the same string
# comes back in the article; words that lead into a figure (达, 为, 约, 增长 …) are no name.
_NAME_BEFORE_NUMBER = re.compile(r"[\u4e00-\u9fff]{2}$")
_LEADS_INTO_A_FIGURE = set("达为至到涨跌增降减约超近共有是第了和及与占逾余计值价额量数率比年月日号于顶需要用过出入上下等同")


def _name_before_number(text: str, start: int, end: int) -> str | None:
    """含光800 for the number 800 right after 含光 (a name and its number), else None."""
    before = _NAME_BEFORE_NUMBER.search(text[:start])
    if before is None or text[start - 1] in _LEADS_INTO_A_FIGURE or not text[start:end].isdigit():
        return None
    return before.group() + text[start:end]


def _names_with_numbers(texts: list[str]) -> set[str]:
    """The name-and-number strings an article writes more than once (含光800 in every paragraph)."""
    seen: dict[str, int] = {}
    for text in texts:
        for m in re.finditer(r"(?<=[\u4e00-\u9fff]{2})\d+(?![\d.%])", text):
            name = _name_before_number(text, m.start(), m.end())
            if name:
                seen[name] = seen.get(name, 0) + 1
    return {name for name, count in seen.items() if count >= 2}


_OPENS_WITH_NUMERAL = re.compile(f"[{CN_DIGITS}十]")


def _numeral_place_names(texts: list[str]) -> set[str]:
    """The place names of an article that open with a Chinese numeral, as jieba tags them (ns): 五台县, 五台山,
    三门县, 六盘水市."""
    return {word for text in texts if _OPENS_WITH_NUMERAL.search(text)
            for word, tag in segment.cut_pos(text) if tag == "ns" and word[0] in CN_DIGITS + "十"}


def _in_place_name(written: str, places: set[str]) -> bool:
    """A numeral and its measure word (五台) that open a place name of the article (五台县): the place again, also
    where it is written short (繁峙至五台高速公路, the road named by the towns at its ends)."""
    return written[:1] in CN_DIGITS + "十" and any(p.startswith(written) and len(p) > len(written) for p in places)


@lexicon.cached
def regional_currency_cues() -> tuple[tuple[str, str], ...]:
    return tuple(lexicon.read_rows("regional_currency.tsv", ("currency", "cue")))


# A region is the article's own when its places come back at least this often (one 香港上市 is no Hong Kong paper; a Hong Kong paper rarely names 香港 more).
REGION_MIN_MENTIONS = 2
# 人民幣 / RMB / ¥ in the sentence: the yuan is the mainland's even in a Hong Kong paper.
_NAMES_RENMINBI = re.compile(r"人民币|RMB|CNY|[¥￥]")


def _own_currency(chosen: pd.DataFrame) -> str | None:
    """HKD / TWD / MOP for an article printed in Traditional characters about one region (罰款 5,000 元 in a
    Hong Kong paper), else None: its plain 元 is that region's dollar (data/lexicon/regional_currency.tsv)."""
    texts, simplified = list(chosen["text"]), list(chosen["text_zhs"])
    if not texts or sum(t != z for t, z in zip(texts, simplified)) < len(texts) / 2:
        return None
    body = "".join(simplified)
    mentions = Counter()
    for currency, cue in regional_currency_cues():
        mentions[currency] += body.count(cue)
    ranked = mentions.most_common(2) + [("", 0)]
    (first, count), (_, second) = ranked[0], ranked[1]
    return first if count >= REGION_MIN_MENTIONS and count > second else None


def _in_own_currency(unit: str, own: str | None, sentence: str, written: str = "") -> str:
    """CNY read from a plain 元 becomes the article's own currency (see _own_currency), and so does the dollar of a bare
    $ (收據$47336 in a Hong Kong paper is Hong Kong dollars; US$ says whose)."""
    code, slash, per = unit.partition("/")
    if own and code == "CNY" and not _NAMES_RENMINBI.search(sentence):
        return own + slash + per
    if own and code == "USD" and written.startswith("$"):
        return own + slash + per
    return unit


# An article whose amounts in 亿 are money (at least this many written with a currency, and at least this share of
# all its 亿 figures that have a unit) writes money as a bare 亿 too: a box-office story's 突破20亿大关，达到26.5亿,
# a developer's 加入2000亿阵营 (fresh10 362, tune 43). 14亿人口 has a unit of its own and keeps it.
BILLIONS_MONEY_MIN = 3
BILLIONS_MONEY_SHARE = 0.75


def _bare_billions(text: str, q: Quantity) -> bool:
    return q.kind == "number" and not q.unit and "亿" in text[q.start:q.end]


def _billions_are_money(figures: list[tuple[str, Quantity]]) -> bool:
    with_unit = [q.kind for text, q in figures if "亿" in text[q.start:q.end] and q.unit]
    money = with_unit.count("money")
    return money >= BILLIONS_MONEY_MIN and money >= BILLIONS_MONEY_SHARE * len(with_unit)


# The loader's source for a publish date it took from a headerless record by the field's shape alone
# (zhnews.load.records: "headerless sql row: the publish_date by its shape"): a guess, maybe the day the row was stored.
GUESSED_DATE_SOURCE = "by its shape"


# A wire dateline the loader keeps as a byline line: 新华社北京7月8日电, 央广网北京4月7日消息（记者…）, 路透北京8月31日 -,
# （中央社记者…台北23日电）, …闽南版６月１４日讯. Its date is the story's day, a figure the labellers count.
_DATELINE = re.compile(r"[日号] ?(?:专?电|讯|消息|[-—–](?: |$))")


def _dateline(sentence: str) -> bool:
    """A byline sentence that is a wire dateline: a date with its month or day, then 电 / 讯 / 消息 / a dash."""
    return any(q.kind == "date" and _DATELINE.match(sentence, q.end - 1) for q in find_quantities(sentence))


def quantities_table(sentences: pd.DataFrame, publish_date: str | None = None,
                     roles=("body", "caption"), publish_date_source: str | None = None) -> pd.DataFrame:
    """The ``quantities`` table for the sentences of the given roles (columns in the module docstring), and the date
    of a wire dateline kept as a byline line (新华社北京7月8日电: the story's day, which anchors the days after it);
    ``publish_date_source``: where the loader found the publish date (a guessed one may be set aside, see
    infer_years)."""
    rows = []
    is_byline = sentences["role"].eq("byline")
    # only byline lines are read for a dateline: find_quantities on every sentence twice cost a quarter of the
    # stage, and even on an empty text it costs a call (the other lines were mapped as "")
    datelines = pd.Series([byline and _dateline(text) for byline, text in zip(is_byline, sentences["text_zhs"])],
                          index=sentences.index, dtype=bool)
    chosen = sentences[sentences["role"].isin(roles) | datelines]
    dateline_ids = set(sentences.loc[datelines, "sent_id"])
    names = _names_with_numbers(list(chosen["text_zhs"]))
    places = _numeral_place_names(list(chosen["text_zhs"]))
    own_currency = _own_currency(chosen)
    found = [(sent, [q for q in find_quantities(sent.text_zhs, lone_weekdays=False)
                     if sent.sent_id not in dateline_ids or q.kind == "date"])
             for sent in chosen.itertuples(index=False)]
    billions_are_money = _billions_are_money([(sent.text_zhs, q) for sent, qs in found for q in qs])
    for sent, figures in found:
        first = len(rows)
        for q in figures:
            if q.kind == "number" and not q.unit and _name_before_number(sent.text_zhs, q.start, q.end) in names:
                continue  # 含光800, told again and again: a product's name
            if _in_place_name(sent.text_zhs[q.start:q.end], places):
                continue  # 五台县, 五台山, 繁峙至五台高速公路: a place's name, not five machines
            if billions_are_money and _bare_billions(sent.text_zhs, q) and not counts_heads(sent.text_zhs, q.start):
                q = replace(q, kind="money", unit="CNY")  # 票房…达到26.5亿 in an article of 亿元 amounts
            rows.append({
                "para_id": sent.para_id, "sent_id": sent.sent_id, "text": sent.text[q.start:q.end],
                "kind": q.kind, "value": q.value, "value_high": q.value_high,
                "unit": (_in_own_currency(q.unit, own_currency, sent.text_zhs, sent.text_zhs[q.start:q.end])
                         if q.kind == "money" else q.unit),
                "qualifier": q.qualifier, "start": q.start, "end": q.end, "inferred": q.inferred,
                "note": q.note, "role": q.role, "pair_q_id": "" if q.pair is None else str(first + q.pair),
                "anchor": "",
            })
    table = pd.DataFrame(rows, columns=[c for c in QUANTITY_COLUMNS if c not in ("q_id", "value_num")])
    table = infer_years(table, publish_date, dict(zip(chosen["sent_id"], chosen["text_zhs"])),
                        publish_date_guessed=GUESSED_DATE_SOURCE in (publish_date_source or ""),
                        dateline_sent_ids=frozenset(dateline_ids))
    table.insert(0, "q_id", range(len(table)))
    table["value_num"] = [value_number(k, v) for k, v in zip(table["kind"], table["value"])]
    table = io.with_types(table, {"q_id": "int64", "para_id": "int64", "sent_id": "int64", "start": "int64",
                                  "end": "int64", "inferred": "bool", "value_num": "float64"})
    return table[QUANTITY_COLUMNS]
