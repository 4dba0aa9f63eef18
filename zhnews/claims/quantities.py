"""Finding every figure in a Chinese sentence and normalising it (the numbers half of 03_claims).

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
  range Q1–Q3. Half-years are 2019-H1 / 2019-H2 (2019年上半年). 排名前十 is rank 10 with qualifier upper_bound (a place in the top ten).
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
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

import cn2an
import pandas as pd

from .. import io, lexicon, segment
from ..load import outlets

QUANTITY_COLUMNS = [
    "q_id", "para_id", "sent_id", "text", "kind", "value", "value_high", "value_num", "unit",
    "qualifier", "start", "end", "inferred", "note", "role", "pair_q_id", "anchor",
]

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

CN_DIGITS = "零〇一二两三四五六七八九"
# ○．一五, 二．五％: Chinese digits with a (full-width) point between them are a decimal (二点五), and a
# circle ○ next to a Chinese digit or such a point is the zero 〇 (a masked name, 王○明, stays).
_CN_DECIMAL_POINT = re.compile(rf"(?<=[{CN_DIGITS}○])[．.](?=[{CN_DIGITS}○])")
_CIRCLE_ZERO = re.compile(rf"○(?=[{CN_DIGITS}．.])|(?<=[{CN_DIGITS}])○")
# 二00八年: a year in Chinese numerals typed with Arabic zeros (a typesetting habit of wire copy); the zeros are 〇.
_YEAR_WITH_ARABIC_ZERO = re.compile(r"(?<![\d一二三四五六七八九〇零])[一二三四五六七八九〇零0]{4}(?=年)")


def _zeros_of_chinese_years(text: str) -> str:
    return _YEAR_WITH_ARABIC_ZERO.sub(lambda m: m.group().replace("0", "〇") if re.search("[一二三四五六七八九]", m.group()) else m.group(), text)
CN_MULTIPLIERS = "十百千万亿"
_MULTIPLIER_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# 廿 (20) and 卅 (30), as Hong Kong and Taiwan copy writes ages and days: 年滿廿三歲, 卅年.
_TENS_IN_ONE = {"廿": "二十", "卅": "三十"}
_CN = rf"[{CN_DIGITS}十百千万亿廿卅]+(?:点[{CN_DIGITS}]+)?[万亿]*"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"  # months and days written in Chinese
# A soft hyphen (U+00AD) is invisible typesetting: 1\u00ad—4月 is 1—4月.
_RANGE_SEP = r" ?\u00ad*[-~～—–至到]\u00ad* ?"
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
_HALF_YEAR = {"上半年": "-H1", "下半年": "-H2"}
YEAR_RANGE = (1800, 2100)
# 十几万 / 几十亿 / 数千 / 上百万: value is the round magnitude (100000, 1000000000, 1000, 1000000),
# qualifier approximate, and this note says the leading digit was not written.
MAGNITUDE_NOTE = "order of magnitude"

# A rank is 第N after a ranking verb or followed by 名/位/大 … or by punctuation: 高居第一，排名第三;
# 第一例 (the first case) and 第一天 / 第1日 (day one of a meeting or a tide, never the first of a month: aml 1200's
# 第5年 and a Taiwan page's 大潮第1日 in the figures16 sweep) too, but 术后第3天 counts days elapsed; 第92回合; 第二宗 (case),
# 第三度 (time), 第一台, 第一部 (the first of its kind) as well, not 第一部分, 第一台阶 (parts, steps).
# Otherwise 第N is an ordinal (第一产业, 第二种影响) and not a figure.
# 湖人排名西部第十一 (fresh14 473), 排名亚洲第3: a region or league of up to four characters between the verb and 第N.
_RANK_BEFORE = re.compile(r"(?:(?:排名|排行|排在|位居|名列|位列)(?:(?![的了在])[\u4e00-\u9fff]){0,4}"
                          r"|(?:高居|居于|跻身|位于|排|居|列)(?:全球|全国|世界|国内|行业)?)$")
# 排名第一、第二的国家: a rank listed after a rank, ending the list (第一、第二产业 are names), or going on to the last
# one with 及/和, a place (名, 位) (分居第1、第2及第4名, fresh23 767; 第一、第二及第三产业 stay names).
# 第1, 第 12, 第十一: an ordinal as the rules below read it.
_ORDINAL = r"第 ?(?:\d+|[一二三四五六七八九十]+)"
_LISTED_RANK = re.compile(_ORDINAL + "、$")
_LIST_ENDS = re.compile(rf"^(?:的|[，。；！？,;!?]| ?[及和与或] ?{_ORDINAL} ?[名位])")
# 第一代航天员, 第3代华侨, 第4代或第5代: a generation of people is a rank (fresh13 444, fresh19 611), as 三代人 is a count
# of them (units.tsv); a product's generation (第四代换电站 NOT in fresh3 112, 第三代头孢菌素 rank in fresh14 482) is left alone.
# 张茜同志的第三代还朗诵了…: 代 right before an adverb ends the noun phrase, the generation is the people who act (fresh28 862).
_GENERATION_OF_PEOPLE = (r"代(?=华侨|华人|华裔|移民|航天员|领导人|领导集体|传人|人(?![工类造])|[，。；、！？,.;!?）)]|或|和|及|$"
                         r"|[还也都均已曾亦]|们)")
# 第一剂, 第二针 (a dose of a vaccine: fresh29 886 ×7), 第三道关卡 (the third of a row of barriers, fresh29 883) and
# 第二级 (a level of a scale the sentence lists, fresh29 884) are ranks too.
# 第一阶段, 第二階段 (fresh18 576, fresh21 683 ×2) are ranks in the seen gold. (第N股, a trade's Nth listed company, is
# not read: test, fresh8 and fresh23 label it rank, tune 30's 基因测序第一股 NOT, and tune's precision would fall.)
_RANK_AFTER = re.compile(r"^(?:" + _GENERATION_OF_PEOPLE + r"|阶段|階段|名|位|大|高|多|低|强|梯队|家|条|次|批|款|例|天|种子|日(?![本报])|年(?![代级])|任(?![务何意命职])|轮|回合|趟|场|局|笔|波|针|剂|道|级|宗|度|台(?!阶|湾)|部(?!分|门|队|长|署)|$|[，。；、！？,.;!?”」）)\s])")
# 世界排名37的女將 (a Taiwan sports page in the figures17 sweep): a rank written without 第 right after 排名 / 排行,
# ending there (排名前10 is a top N; 排名37位 and 排名第5 are read above).
# 当年第一个大型档期, 福建省第一个党组织, 大公司里第一个受贿的总经理: 第N个 after the scope it is ranked in (a year, a
# region, a group) is a rank (fresh10 362 ×2, fresh16 512, fresh18 560, fresh20 643); without one it names a step or
# an item (第一个环节, 智传网的第一个基石, 潜意识里的第一个想法, 目标中第一个一百年: NOT in tune, fresh6, fresh9, fresh7).
_RANK_SCOPE_BEFORE = re.compile(r"(?:(?<!的)里|当年|以来的?|旗下|史上|[省市县国])$")
# 排名20位, 排名39名, 排名15: a place written after 排名 / 排行 without 第, with or without its 位 / 名, is a rank
# (fresh21 684 以408亿美元排名20位, gold rank; seen 281 排名39名 was read as a count of 39); 排名前20位 is the top 20 (_TOP_N).
_BARE_RANK = re.compile(r"(?<=排名|排行)(?:全球|全国|世界|国内|行业)?(?P<n>\d{1,4})(?: ?[位名])?(?=[的，。；、,.;!?！？)）」”]|$)")
# 第十二条国家鼓励… opening a sentence, 第二十七条第二款, 第8条规定: an article of a law or a contract, no rank (the seen
# gold's law articles are NOT rows: fresh8; 空客…第二条A320总装线 inside a sentence stays the second line).
_LAW_ARTICLE_AFTER = re.compile(rf"^ ?(?:{_ORDINAL} ?[款项]|规定|之[一二三四五六七八九十])")
# 《民事诉讼法》第55条, 《公报》第九条, 加州刑法第242条: 第N条 right after a document's title or a law's name is its
# article (NOT in fresh8, fresh18 ×4, fresh29 884), whatever follows it; and after the title, a say verb and its comma
# (他拿出…《住房租赁和销售管理条例（征求意见稿）》说，第十四条明确规定, fresh31 920).
_LAW_NAME_BEFORE = re.compile(r"(?:(?:[》〉]|法|条例|公约|章程|宪章) ?|[》〉](?:说|称|指出|提到|写道|中|里)?[，,：:] ?)$")
# 一成 is 10 %, but 一成不变, 成为, 成立 … are not figures.
_CHENG_NOT = "为立功本果员熟长交绩就都了型品效分不"


# 近九成为已婚者, 超六成为90后: a bound before the numeral says 成 is a share and 为/都 the verb after it (not 成为).
_SHARE_BOUND_BEFORE = re.compile("(?:近|超|逾|约|将近|接近|超过|不到|不足|仅)$")


def _share_in_cheng(text: str, m: re.Match) -> bool:
    """六成交付目标 (not 成交), 利润的6成都来自造假 (a share after 的, not the city 成都), 近九成为已婚者."""
    after = text[m.end():m.end() + 2]
    return (after == "交付" or after[:1] == "都" and text[m.start() - 1:m.start()] == "的"
            or after[:1] in "为都" and _SHARE_BOUND_BEFORE.search(text, 0, m.start()) is not None)


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
def _units_by_first_character() -> dict[str, tuple[Unit, ...]]:
    """:func:`units` grouped by the first character of their surface, each group in the order of
    :func:`units`: :func:`_match_unit` tries the few rows that can start at a position instead of all
    of them (it is asked at every number of every sentence)."""
    groups: dict[str, list[Unit]] = {}
    for unit in units():
        groups.setdefault(unit.surface[:1], []).append(unit)
    return {first: tuple(group) for first, group in groups.items()}


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
        number = numerals.get(which) or r"(?<![\d.])(?:" + "|".join(map(re.escape, which.split("|"))) + ")"
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


def _match_report(text: str) -> bool:
    return any(w in text for w in match_words()["match"])


def _currency_codes() -> dict[str, str]:
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
            number *= _MULTIPLIER_VALUE[ch]
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


def _digit_by_digit(text: str) -> str:
    """二〇二三 → 2023, 〇八 → 08: a year written digit by digit ("?" for anything else)."""
    return "".join(c if c.isdigit() else str("〇一二三四五六七八九".index(c)) if c in "〇一二三四五六七八九"
                   else "0" if c == "零" else "?" for c in text)


def _year(text: str) -> int | None:
    text = _digit_by_digit(text.replace(" ", ""))
    year = int(text) if text.isdigit() else None
    return year if year and YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None


# Two-digit years (98年, 〇八年) are read 2000–2029 for 00–29 and 1930–1999 otherwise: news rarely
# writes a future year in two digits, and 30年代 means the 1930s.
SHORT_YEAR_PIVOT = 30
# 98年 is a year, not 98 years, after a word that introduces a point in time …
_YEAR_LEAD = re.compile(r"(?:在|于|从|自|到|至|截至|截止|早在|直到|是)$")
# … or before an event only a point in time has (98年出生, 08年那场危机) …
_YEAR_EVENT = re.compile(r"出生|毕业|那")
# … but never before words that make it a span: 20年来, 20年内, 20年的历史, 20年前.
_DURATION_TAIL = re.compile(r"来|间|内|里|前|后|之久|多|左右|时间|的时间|的历史|历史|期间|之内|中|了")
_CLAUSE_START = "，。；：,;:（(“"
# … and a sentence that counts terms (一个判25年，另一个是22年, 刑期, 任期) gives its two-digit 年 as a term.
_TERM_CONTEXT = re.compile(r"判|徒刑|刑期|服刑|任期")


def _year_in(text: str, m: re.Match) -> int | None:
    """The year of a date match: four digits as written; two digits only where the context says date."""
    written = m["y"].replace(" ", "")
    if len(written) == 4:
        return _year(written) or _old_year(text, m, written)
    digits = _digit_by_digit(written)
    if _may_be_years(written, digits) and not _date_context(text, m):
        return None
    number = int(digits)
    return (2000 if number < SHORT_YEAR_PIVOT else 1900) + number


# Years before YEAR_RANGE in a history (１６１６年黄山连续积雪, 黑龙江德都火山１７２０年前后): four digits
# from this year on are a year unless a span follows (1500年来, 1000年的历史) or comes before (距今, 长达).
OLDEST_YEAR = 1000
_SPAN_BEFORE = re.compile(r"(?:距今|长达|历时|近|约|经过|已有|有)\s*$")


def _old_year(text: str, m: re.Match, written: str) -> int | None:
    digits = _digit_by_digit(written)
    if not digits.isdigit() or not OLDEST_YEAR <= int(digits) < YEAR_RANGE[0]:
        return None
    after = text[m.end():]
    if (_DURATION_TAIL.match(after) and not after.startswith("前后")) or _SPAN_BEFORE.search(text[:m.start()]):
        return None
    return int(digits)


def _may_be_years(written: str, digits: str) -> bool:
    """98年 may be 98 years and 三五年 three to five years; 08年, 〇八年 and 九八年 can only be years."""
    if digits.startswith("0"):
        return False
    return written.isdigit() or digits[1] > digits[0]


def _date_context(text: str, m: re.Match) -> bool:
    """98年5月, 98年底, 80年代, 在98年, 98年出生, "98年，…": a two-digit year, not a span of years."""
    groups = m.groupdict()
    if groups.get("m") or groups.get("part"):
        return True
    after = text[m.end():]
    if _DURATION_TAIL.match(after):
        return False
    before = text[:m.start()].rstrip(" ")
    if _TERM_CONTEXT.search(before):
        return False
    at_clause_start = not before or before[-1] in _CLAUSE_START
    lead = _YEAR_LEAD.search(text[:m.start()])
    if lead and lead.group() in "至到" and _span_changes_to(text[:lead.start()]):
        return False  # 年数由3年上升至10年: the level a span of years changes to, not 2010
    if _PERIOD_TAIL.match(after) or (_FIGURE_OF_YEAR.match(after) and before.endswith(_COMPARED_TO)):
        return not _SPAN_LEAD.search(before)
    return bool(lead or _YEAR_EVENT.match(after) or (at_clause_start and after[:1] in "，,"))


# 17年全年, 17年的数据, 19年同期, 18年Q3, 19年一季度: a two-digit 年 before a period of a year or the year's data is that year
# (fresh25 801; 05年7月24日 is the seen gold's one two-digit year, a date) — unless a span word comes before it
# (过去10年的数据, 近20年全年, 工作了18年的…); 较17年的76.6%: the figure of a year compared to.
_PERIOD_TAIL = re.compile(r"全年|Q[1-4](?![A-Za-z\d])|第?[一二三四1-4]季度|的?同期|的(?:数据|全年)")
_FIGURE_OF_YEAR = re.compile(r"的\d")
_COMPARED_TO = ("较", "比", "相比", "对比")
_SPAN_LEAD = re.compile(r"(?:近|过去|最近|长达|历时|了|成立|运营|经营|工作|生活|坚持|持续|连续|累计|未来|距今|约|经过|已有|有|达|共|这|那|每)\s*$")


# 由3年上升至, 期限从5年延长到: the clause before 至/到 changes a span of years (a one-digit 3年 is no year, and 年数,
# 期限 are lengths), so the two-digit 年 it changes to is a span too; 营收从08年下降至10年的低点 keeps its years.
_SPAN_CHANGED = re.compile(r"(?:由|从) ?[1-9] ?年|年数|年限|期限|年期|刑期|工龄")


def _span_changes_to(before: str) -> bool:
    clause = re.split(f"[{_CLAUSE_START}]", before)[-1]
    return bool(_SPAN_CHANGED.search(clause)) and any(
        clause.endswith(cue) for cue, role in change_cues() if role in ("change_up", "change_down"))


_YEAR_RE = r"\d{4}|[〇零一二三四五六七八九]{4}"
_SHORT_YEAR_RE = r"(?<![\d〇零一二三四五六七八九十百千万.])(?:\d{2}|[〇零一二三四五六七八九]{2})"
_ANY_YEAR_RE = f"{_YEAR_RE}|{_SHORT_YEAR_RE}"

# A day, or a span of days (3月1-5日: value the first day, value_high the last).
# 于5月10早晨公布 (fresh27 843, a 搜狐 sports report): the 日 may be left out when a part of the day follows.
_PART_OF_DAY_AFTER = "早晨|早上|清晨|上午|中午|下午|傍晚|晚上|晚间|凌晨"
_DAY = (rf"(?P<d>\d{{1,2}}|{_CN_SMALL})(?:(?: ?[日号]? ?[-~～—–至到]|[日号]?、) ?(?P<d2>\d{{1,2}}|{_CN_SMALL}))?"  # 1-5日, 1日至7日, 28日、29日, 14、15日, 八月二十至二十三日
        rf"(?: ?[日号]|(?=(?:{_PART_OF_DAY_AFTER})))")
# 2022年元月 (a month's revenue in Taiwan's finance pages, 元月營收): 元月 is the year's first month, January.
FIRST_MONTH = "元"
_DATE_YMD = re.compile(
    rf"(?P<y>{_ANY_YEAR_RE}) ?年 ?(?P<m>\d{{1,2}}|{_CN_SMALL}|{FIRST_MONTH}) ?月(?: ?{_DAY}|(?P<part>{_MONTH_PART}))?"
)
_DATE_ISO = re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])")
# 1995年至2022年3月 (fresh16 514): a span of years may end at a month; the month goes with the span's end
# (not 2022年3月5日, a span ending on a day, nor 3月份 before a figure).
_YEAR_SPAN = re.compile(rf"(?P<y>{_YEAR_RE}) ?年? ?[-~～—–至到] ?(?P<y2>{_YEAR_RE}) ?年(?P<part>年代)?"
                        r"(?:(?<!代) ?(?P<m2>1[0-2]|[1-9]) ?月(?![份\d]| ?(?:\d{1,2}|[一二三四五六七八九十]{1,3}) ?[日号]))?")
# 1934—1941: two years joined by a dash with no unit after them are a span of years (2000-3000元 is not).
_BARE_YEAR_SPAN = re.compile(r"(?<![\d.,])(?P<y>1[89]\d\d|20\d\d) ?[-—–~～] ?(?P<y2>1[89]\d\d|20\d\d)(?![\d.,%年])")
# 民國109年 (Taiwan): year 109 of the Republic is 2020.
_ROC_DATE = re.compile(rf"民国 ?(?P<y>\d{{2,3}}|[一二三四五六七八九十百〇零]{{1,5}}) ?年(?: ?(?P<m>\d{{1,2}}|{_CN_SMALL}) ?月(?: ?(?P<d>\d{{1,2}}|{_CN_SMALL}) ?[日号])?)?")
ROC_YEAR_OFFSET = 1911
_DATE_Y = re.compile(rf"(?P<y>{_ANY_YEAR_RE}) ?年(?P<part>{_YEAR_PART})?")
# 第三季度, 一季度, 2024年第三季度; 前三季度 is the range Q1–Q3.
_QUARTER_SHAPES = (rf"(?:(?P<y>{_YEAR_RE}) ?(?:年 ?)?)?(?:(?P<lead>第|前)?(?P<q>[一二三四1-4])季度"
                   # 台虹第2季轉虧為盈: Taiwan's finance pages write a quarter 第N季 (a show's season follows its
                   # title: 《歌手》第2季)
                   r"|(?<![》\d])第(?P<q2>[一二三四1-4])季(?![度节赛])"
                   # 2023 年 Q4, 在 Q3: a Q-quarter after a year or a preposition (奥迪Q3 is a car)
                   r"|(?:(?<=[在于至到、，,\d年])|(?<=[在于至到、，,\d年] ))Q(?P<qq>[1-4])(?![A-Za-z\d]))")
# Every quarter opens with a year's digit, 第, 前, a quarter's numeral or Q: the look-ahead lets the search pass any
# other character at once instead of trying the optional year and three shapes there (two thirds of its time on the
# bench articles' sentences; tests/test_claims_speed27.py checks it finds what the shapes alone find).
_QUARTER = re.compile(rf"(?=[\d〇零一二三四五六七八九第前Q])(?:{_QUARTER_SHAPES})")
# 1-10月, 2024年1至10月: a span of months (value the first, value_high the last).
_MONTH_SPAN_SHAPE = (
    rf"(?:(?P<y>{_ANY_YEAR_RE}) ?年 ?)?(?<![\d.])(?P<m>\d{{1,2}})(?: ?月)?{_RANGE_SEP}(?P<m2>\d{{1,2}}) ?月"  # 1月至5月
    rf"(?![份]?[\d一二三四五六七八九十]+[日号])"  # 1-3月5日 is not a span of months
)
# It opens with its year's or its first month's digit: the look-ahead passes any other character at once (see _QUARTER).
_MONTH_SPAN = re.compile(rf"(?=[\d〇零一二三四五六七八九])(?:{_MONTH_SPAN_SHAPE})")
# 阴历三月十九, 八月初六日, 正月初一: a day of the lunar calendar, written without 日 (初N always is lunar;
# a plain Chinese day only after 阴历/农历). The month and day are kept as written.
_LUNAR_DATE = re.compile(r"(?:(?<=阴历|农历|陰曆|農曆)(?P<lm>[一二三四五六七八九十]{1,2}|正|腊)月(?P<ld>[初二三]?十?[一二三四五六七八九十])日?"
                         r"|(?P<m0>[一二三四五六七八九十]{1,2}|正|腊)月(?P<d0>初[一二三四五六七八九十])日?)")
_LUNAR_MONTH_NAMES = {"正": 1, "腊": 12}
_DATE_MD = re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}}|{_CN_SMALL}) ?月 ?{_DAY}")
_DATE_M = re.compile(rf"(?<![\d.个])(?P<m>\d{{1,2}}) ?月(?P<part>{_MONTH_PART})?")
# 在九月, 今年三月, 十二月份, 十月底: a month in Chinese numerals alone is a date after a word that places it in time
# or before a part of the month (五月天, 十月怀胎, 六月飞雪 have neither).
_DATE_M_CN = re.compile(r"(?:(?<=[在于至到从自])|(?<=今年|去年|明年|前年|同年|当年|次年|截至|截止))(?P<m>十[一二]|[一二三四五六七八九十])月"
                        rf"(?P<part>{_MONTH_PART})?(?![一二三四五六七八九十初\d])"
                        rf"|(?<![一二三四五六七八九十\d年])(?P<m2>十[一二]|[一二三四五六七八九十])月(?P<part2>{_MONTH_PART})")
# 今（25）日, 昨(25)日 (Taiwan): the day of the month in brackets after 今 / 昨 / 明; 今天（7号） (the mainland): the day
# after 今天 / 昨天 / 明天, in brackets.
_DAY_IN_BRACKETS = re.compile(r"[今昨明][（(](?P<d>\d{1,2})[)）]日|(?<=[今昨明]天)[（(](?P<d2>\d{1,2}) ?[日号][)）]")
# 25日前后: around the 25th; 7日期逆回购: a term of 7 days (1日至7日期间 is a span of days)
_DATE_D = re.compile(r"(?<![\d.月])(?P<d>\d{1,2}) ?日(?!(?!前后)[内前后来间均以起]|期(?!间))")
# 自8日起, 从14日起, 14日起 opening a sentence, 韩国18日起放宽 (a sina 7x24 headline in the figures17 sweep; every N日起
# in the seen gold is a date): from the day, a date; after a count or a span word (连续3日起, 第3日起, 满7日起) it is left alone.
_DATE_D_FROM = re.compile(r"(?<![\d.月近前后续每第满共计约逾超余多个几数])(?P<d>\d{1,2}) ?日(?=起)")
# 潮位最高在14、15日: a day listed before the day that carries 日 (a Taiwan page in the figures16 sweep).
_LISTED_DAY = re.compile(r"(?<![\d.月])(?P<d>\d{1,2})(?=、\d{1,2} ?日)")
# 百分之十二 is a percent; 千分之一, 万分之一 are fractions like 三分之一 (ratio 0.001), as the seen gold labels them
# (data/eval/FIGURES_CONVENTION.md); the sign ‰ stays a per-mille percent.
# 百分之三十几 (thirty-odd per cent, approximate), 百分之七八十 (70 to 80), 百分之百 (all): the vague and the whole
# percentages in words of Recognizers-Text's Chinese grammar (SimplePercentageRegex), read like the counts 十几, 七八十人.
_ADVERB_AFTER = re.compile(r"(?:地)?[\u4e00-\u9fff](?<![的是])")
_PERCENT_CN = re.compile(rf"百分之(?P<n>{_CN}|{_AR})(?P<vague>几)?(?:(?:到|至|—|－|-|~|～)百分之(?P<n2>{_CN}|{_AR}))?")
_FRACTION_CN = re.compile(rf"(?P<den>{_CN}|\d+)分之(?P<num>{_CN}|{_AR})")
_FRACTION = re.compile(r"(?<![\d/.:])(?P<num>\d+(?:\.\d+)?)/(?P<den>\d+(?:\.\d+)?)(?![\d/.])")
# 五涨一平一降, 三升五降: a bulletin's tally of how many categories rose, held and fell (each digit a number,
# no measure word written); two moves at least, so 一涨再涨 or 十涨停 are no tally.
TALLY_NOTE = "tally of rises and falls"
_TALLY_DIGIT = "(?:十[一二三四五六七八九]?|[一二两三四五六七八九])"
_TALLY_MOVE = "(?:涨|升|平|降|跌)"
_UPS_AND_DOWNS = re.compile(rf"(?<![一二两三四五六七八九十\d]){_TALLY_DIGIT}{_TALLY_MOVE}(?:{_TALLY_DIGIT}{_TALLY_MOVE})+(?![停幅价])")
# 五五分成, 七三分, 三七开: two digits that add up to ten before 分/开 split a whole between two sides
# (a ratio, the first side's share as value: 七三分 → 0.7).
_SPLIT_SHARES = re.compile(r"(?<![一二三四五六七八九十百千万\d])(?P<a>[一二三四五六七八九])(?P<b>[一二三四五六七八九])(?:分|开)(?!钟|之|析|别|布|子)")
_COLON_RATIO = re.compile(rf"(?<![\d:.])(?:{_AR})(?: ?[:∶] ?(?:{_AR}))+(?![\d:])")
_RANK = re.compile(rf"第 ?(?P<n>\d+|{_CN})")
_DOUBLING = re.compile(r"翻(?:了)?(?P<n>[一两二三四\d])番|翻番|翻倍|翻了一倍")
# 三成 is 30 % (a percentage, as both gold guides write shares); 四成到五成 is the range 40–50 %.
# Digits too (3成, ７成), and a tenth after it (５成四 is 54 %).
_CHENG = re.compile(r"(?<![一二三四五六七八九十统唯万合单专\d.])(?P<n>[一两二三四五六七八九十]|\d)成(?P<tenth>[一二三四五六七八九半](?![成十百千万亿年月天]))?"
                    r"(?:(?:到|至|-|—)(?P<n2>[一二三四五六七八九十]|\d)成)?")
# 3到7成, 三、四成, 两三成: a span of tenths written with one 成 after its second end.
_CHENG_SPAN = re.compile(r"(?<![第一二三四五六七八九十统唯万合单专\d.])(?:(?P<d>\d)(?:到|至|-|—|~|～)(?P<d2>\d)"
                         r"|(?P<n>[一两二三四五六七八九])(?:到|至|、)?(?P<n2>[二三四五六七八九十]))成")
# 打八折, 打8.5折, 打八五折, 7.5折, 五折起, 八折优惠: a discount, the share of the price paid (八折 is 80 %, 八五折 85 %),
# Recognizers-Text's FoldsPercentageRegex; read as a percentage like 三成. A Chinese numeral only after 打 or before a
# sale's word (一波三折, 百折不挠 are idioms); never before 叠/合/算/旧/射/腰/返 (三折叠屏, 折合, 折算, 折旧).
_DISCOUNT_TAIL = r"(?![叠疊合算旧舊射腰返])"
_DISCOUNT = re.compile(
    rf"(?:(?<=打)|(?<=打了))(?P<a>[一二三四五六七八九])(?P<b>[一二三四五六七八九])?折{_DISCOUNT_TAIL}"
    rf"|(?<![\d.])(?P<d>[1-9](?:\.\d)?)折{_DISCOUNT_TAIL}"
    rf"|(?<![一二三四五六七八九十百千万两几数波])(?P<c>[一二三四五六七八九])折(?=优惠|促销|销售|出售|起|左右|以下|封顶|的价格)")
DISCOUNT_NOTE = "discount: share of the price paid"
# 一半, 半数, 过半, 近半: half, with its bound written into the word (近半年 and 过半年 are spans of time).
_HALF = re.compile(r"一半|半数|(?P<bound>(?<!超)过|逾|超|近)半(?![年月天日小个])")
_HALF_BOUND = {"过": "lower_bound", "逾": "lower_bound", "超": "lower_bound", "近": "upper_bound"}
# 半年, 近半年, 半个月: half a unit of time is a duration (近 is upper_bound, as for any figure).
_HALF_SPAN = re.compile(r"(?<![一两二三四五六七八九十\d上下前后])半(?P<unit>年|个月|个小时|小时|天)(?!度|报)")
# 半个世纪, 半个多世纪: fifty years (fresh 70, fresh8 335 gold duration 50 year), more than fifty with 多.
_HALF_CENTURY = re.compile(r"(?<![一两二三四五六七八九十\d上下前后])半个(?P<more>多)?世纪")
_HALF_SPAN_UNIT = {"年": "year", "个月": "month", "个小时": "hour", "小时": "hour", "天": "day", "周": "week", "个星期": "week"}
# 一年半, 两个月半, 3个小时半: N units and a half.
_AND_A_HALF = re.compile(rf"(?<![\d.{CN_DIGITS}十])(?P<n>\d{{1,3}}(?!\d)|[{CN_DIGITS}十两]{{1,3}})(?:(?P<unit>年|个月|个小时|小时|天|周|个星期)半(?![年月天])|个半(?P<unit2>月|小时))")
# 三连跌, 5连涨: a streak of N moves.
# 四连冠, 三连霸: N titles in a row (fresh31 922's 世锦赛四连冠), as 3连胜 counts the wins.
_STREAK = re.compile(r"(?P<n>[两三四五六七八九十]|\d+)连(?:跌|涨|降|升|胜|败|阳|阴|增|减|跳|冠|霸)")
# 省、市、区三级疾控中心, 省市两级: tiers counted after the tiers they name (二级应急响应 is a level's name).
# 省市县三级, 市、区、镇三级: tiers of government counted after them; a note in brackets may close the list (市、区、镇
# （街道）三级 in fresh21 680, 省、市、县（市、区）四级): the tiers are counted before the brackets.
_TIERS = re.compile(r"(?<=[省市区县乡镇村])(?:[（(][^（()）]{1,5}[）)])?、?(?P<n>[两二三四五])级")
# 连续七日, 连涨5日, 为期3日, 推迟两日: 日 after these words counts days, it is no date.
_DAYS = re.compile(rf"(?<=连续|连涨|连跌|为期|推迟|延迟|延期|过去|最近|连续)(?P<n>\d+|{_CN_SMALL}|两)(?:个)?(?:交易)?日"
                   # 30层大厦1日需花66元: a day's cost, 日 before what it takes (需, 花, 耗) counts one day
                   rf"|(?<![\d.月])(?P<per>\d{{1,2}}|{_CN_SMALL})日(?=需|要花|花费|耗)"
                   # 兩日後, 三日内: days counted before 后 / 内 (the 5th is written with digits: 5日后 stays unread)
                   rf"|(?<![月{CN_DIGITS}十])(?P<span>两|{_CN_SMALL})日(?=后|之后|内|之内|以内)")
# 上世纪九十年代, 二十世纪八十年代, 本世纪二十年代: a decade written in words.
# 19世纪, 公元6世纪, 公元9—12世纪: a century is a date range, the years it spans (the 19th: 1800–1899);
# 19 世紀 (typeset with a space) and 18、19世紀 (two listed: 1700–1899) too;
# 20世纪八十年代 is a decade (below).
_CENTURY = re.compile(rf"(?:公元)?(?P<n>\d{{1,2}}|{_CN})(?:(?:世纪)? ?[-~～—–至到、] ?(?P<n2>\d{{1,2}}|{_CN}))? ?世纪(?P<early>初)?"
                      rf"(?![一二三四五六七八九十\d]+年代)")  # １９世纪至２０世纪初: to the start of the 20th
# 公元11年, 公元前28年: a year written with its era is a date, however few its digits.
_ERA_YEAR = re.compile(r"公元(?P<bc>前)?(?P<y>\d{1,4})年(?: ?[-~～—–至到] ?(?P<y2>\d{1,4})年)?")  # 公元２年至５７年
# 20世纪70年代: the century named before a decade in digits makes it one phrase (1970–1979), not the number 20
# (本世纪70年代 in a text of the 1990s is the 1970s: its 70年代 alone is read as such).
# 20世纪80至90年代, 上世纪八九十年代: two decades, one range from the first to the end of the second (1980–1999).
_DECADE_CN = re.compile(r"(?P<c>上世纪|上个世纪|20世纪|二十世纪|本世纪|21世纪|二十一世纪)?"
                        r"(?:(?P<d0>[一二三四五六七八])(?:十年代|十)?[至到、]?)?(?P<d>[一二三四五六七八九])十年代"
                        r"|(?P<cd>上世纪|上个世纪|20 ?世纪|二十世纪|21 ?世纪|二十一世纪) ?"  # 20 世纪 70 年代 (a pangu export's spaces)
                        r"(?:(?P<dd0>[1-8])0 ?(?:年代)? ?[至到、—–-] ?)?(?P<dd>[1-9])0 ?年代")
# 首名, 首位, 首任 (首 = 第一 before a person's or a place's classifier): a checkable first, rank 1 as 第一名 / 第一位 — the
# seen gold labels every one so (fresh11 393 位居世界首位, 394 加拿大首名華裔省督, fresh14 462 首任财长, 首位女性后辈). Not
# 首次 / 首个: the seen gold labels them rank 8 times (fresh11 … fresh16) but leaves them unlabelled 31 times (tune …
# fresh15), so reading them costs precision on ten splits (measured round 18). Not 元首/榜首/自首 followed by 位置 …, and
# not after a denial in its clause (fresh7 302 这并非…首次点赞, NOT).
# Nor 放在首位 / 摆在首位 / 置于首位: putting a thing first is a priority, no place in a ranking (fresh21 683
# 应把下一代健康放在首位).
_FIRST = re.compile(r"(?<![元榜自])(?<!放在|摆在|擺在|置于|置於|放到|摆到|擺到|放于|放於)(?:首(?:名|位|任)(?![置])|头名|頭名)")
_DENIED_FIRST = re.compile(r"(?:并非|並非|并不是|並不是|不是)[^，。；！？,;!?]*$")
# 排名前十, 前三甲, 前10强, 前十大股东: a place in the top N, read as rank ≤ N (前三季度 is a period).
_TOP_N = re.compile(rf"(?:前|(?P<top>TOP|Top|top)) ?(?P<n>\d+|{_CN})")
# 跻身十强, 进入前十强, 世界500强, 《财富》500强: a place in the top N (a ranking list).
_TOP_STRONG = re.compile(rf"(?:(?<=跻身|进入|挺进|闯入|位列|世界|全球|中国|企业)|(?<=》))(?P<n>\d+|{_CN})强")  # 《财富》500强
_TOP_N_AFTER = re.compile(r"^ ?(?:名|强|甲|大|位)")
# 掉出前三, 挤进前十, 无缘前八: a verb of entering or leaving a ranking before a bare 前N that ends its phrase (进入前三季度
# is a period, so a word after the numeral keeps it unread).
_TOP_N_ENTERED = re.compile(r"(?:掉出|跌出|跌落|进入|挤进|闯入|杀入|冲进|冲入|无缘|退出|稳居|保持在?)$")
_TOP_N_ENDS = re.compile(r"(?![\u4e00-\u9fff\d])")
# Numbers that are not quantities: telephone, mobile and ID numbers, and clock times (晚上九点,
# 9点30分; 八点八 with no time word around it stays the number 8.8).
_PHONE_OR_ID = re.compile(
    r"(?<![\d.])(?:0\d{1,3}-\d{6,8}|0\d{1,3}-\d{3,4}-\d{4}|[48]00-?\d{3}-?\d{4}|1[3-9]\d{9}|\d{15,17}[\dXx])(?![\d.])"
)
# List markers: "1、", "1.", "1：" and "2，" at the start of a line (numbered questions and points, 355's
# "2，你相信上帝吗？"; 1.5亿, 1：0 and 5，6月份 have a digit after), "(1)" anywhere (a bulletin's table rows)
# but a bracketed count; a digest's reference markers "[7]" (the note a link points to); the digits of a social handle (@弯弯_2016, @CH563: a name).
# 1、, 1）28/2（五）：… (fresh13 453) at a line's start; not 今（25）日, 昨(25)日 (a date)
_LIST_MARKER = re.compile(
    r"(?<![^\n]) *\d{1,2}[、.．:：，,](?!\d)|(?<![^\n]) *\d{1,2}[)）]|[\[［]\d{1,3}[\]］]|@[^\s@，。：:；;！？、（）()\[\]［］]+|(?<![今昨明])(?:(?<![\u4e00-\u9fffA-Za-z])[（(]\d{1,2}[)）]|[（(]\d{1,2}[)）](?![、，,。；;和及与等]))"
)
# 释放后使用(17)、越界读写(6)、 / 来自Chromium(14)，其次是Windows(10): a number in brackets glued to the name before
# it and closing a list item (before 、，。；和及与等) is how many of that there are (a count with no measure word), not a list marker.
_BRACKET_COUNT = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[（(](?P<n>\d{1,3})[)）](?=[、，,。；;和及与等]|$)")
_DAYTIME = "上午|下午|午后|晚上|晚间|凌晨|早上|清晨|早晨|今晨|中午|傍晚|夜间|夜里|当晚|今晚|昨晚|早|晚"
_AFTERNOON_OR_LATER = ("下午", "午后", "晚上", "晚间", "傍晚", "夜间", "夜里", "当晚", "今晚", "昨晚", "晚")
_CLOCK_TIME_SHAPE = (
    rf"(?:(?P<daytime>{_DAYTIME}) ?)?"
    rf"(?P<hour>\d{{1,2}}|{_CN_SMALL}|两) ?[点时](?P<minutes> ?(?:\d{{1,2}}|{_CN_SMALL}) ?分|半|整|钟|(?<=点)[0-5]\d(?![\d.%％]))?"
)
# It opens with a time word or its hour: the look-ahead passes any other character at once (see _QUARTER).
_CLOCK_TIME_OPENINGS = "".join(sorted({word[0] for word in _DAYTIME.split("|")})) + "一二三四五六七八九十两"
_CLOCK_TIME = re.compile(rf"(?=[\d{_CLOCK_TIME_OPENINGS}])(?:{_CLOCK_TIME_SHAPE})")


def _decade_span(q: Quantity) -> Quantity:
    """70年代 is 1970 to 1979: a decade is a range of years, its last year the high end."""
    if q.note != "decade" or not q.value.isdigit():
        return q
    return replace(q, qualifier="range", value_high=str(int(q.value) + 9))


def _dates(text: str):
    for m in _DATE_YMD.finditer(text):
        year, month = _year_in(text, m), 1 if m["m"] == FIRST_MONTH else _int(m["m"])
        day = _int(m["d"]) if m["d"] else None
        if year and _month_day_ok(month, day):
            value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
            yield _with_last_day(m, Quantity(m.start(), m.end(), "date", value,
                                             note=_PART_NOTE.get(m["part"] or "", "")))
    for m in _DATE_ISO.finditer(text):
        year, month, day = _year(m["y"]), int(m["m"]), int(m["d"])
        if year and _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"{year}-{month:02d}-{day:02d}")
    for m in _YEAR_SPAN.finditer(text):
        year, year2 = _year(m["y"]), _year(m["y2"])
        if year and year2 and year < year2:
            last = f"{year2}-{int(m['m2']):02d}" if m["m2"] else str(year2)
            yield Quantity(m.start(), m.end(), "date", str(year), qualifier="range",
                           value_high=last, note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _ROC_DATE.finditer(text):
        year = _int(m["y"]) + ROC_YEAR_OFFSET
        month, day = (_int(m["m"]) if m["m"] else None), (_int(m["d"]) if m["d"] else None)
        if month is None or _month_day_ok(month, day):
            value = str(year) + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
            yield Quantity(m.start(), m.end(), "date", value, note="ROC year")
    for m in _BARE_YEAR_SPAN.finditer(text):
        year, year2 = int(m["y"]), int(m["y2"])
        if year < year2 <= year + 100 and _match_unit(text, _skip_space(text, m.end())) is None:
            yield Quantity(m.start(), m.end(), "date", str(year), qualifier="range", value_high=str(year2))
    for m in _DATE_Y.finditer(text):
        year = _year_in(text, m)
        if year:
            half = _HALF_YEAR.get(m["part"] or "", "")  # 2019年上半年 → 2019-H1
            note = _PART_NOTE.get(m["part"] or "", "")
            yield _decade_span(Quantity(m.start(), m.end(), "date", f"{year}{half}", note=note))
    yield from _quarters(text)
    for m in _CENTURY.finditer(text):
        first, last = _int(m["n"]), _int(m["n2"] or m["n"])
        if 1 <= first <= last <= 21:
            high = (last - 1) * 100 + (0 if m["early"] else 99)  # 20世纪初: 1900, at year precision
            yield Quantity(m.start(), m.end(), "date", f"{max(1, (first - 1) * 100):04d}", qualifier="range",
                           value_high=f"{high:04d}", note="century")  # the 1st century starts in year 1
    for m in _ERA_YEAR.finditer(text):
        after = m["y2"] and not m["bc"] and int(m["y2"]) > int(m["y"])
        yield Quantity(m.start(), m.end() if after else m.start("y") + len(m["y"]) + 1, "date",
                       f"{'-' if m['bc'] else ''}{int(m['y']):04d}", qualifier="range" if after else "",
                       value_high=f"{int(m['y2']):04d}" if after else "", note="era year")
    for m in _DECADE_CN.finditer(text):
        century = 2000 if (m["c"] or m["cd"] or "").replace(" ", "") in ("本世纪", "21世纪", "二十一世纪") else 1900
        decade = _int(m["d"]) if m["d"] else int(m["dd"])
        first = _int(m["d0"]) if m["d0"] else int(m["dd0"]) if m["dd0"] else decade
        if first < decade:
            yield Quantity(m.start(), m.end(), "date", str(century + 10 * first), qualifier="range",
                           value_high=str(century + 10 * decade + 9), note="decade")
        elif first == decade:
            yield _decade_span(Quantity(m.start(), m.end(), "date", str(century + 10 * decade), note="decade"))
    for m in _MONTH_SPAN.finditer(text):
        # 18年1-7月份: a two-digit year before a span of months is a date (_year_in reads it as 2018)
        year = (_year(m["y"]) if len(m["y"].replace(" ", "")) == 4 else _year_in(text, m)) if m["y"] else None
        first, last = int(m["m"]), int(m["m2"])
        if _month_day_ok(first) and _month_day_ok(last) and first < last and (year or not m["y"]):
            prefix = str(year) if year else "-"
            yield Quantity(m.start(), m.end(), "date", f"{prefix}-{first:02d}", qualifier="range",
                           value_high=f"{prefix}-{last:02d}")
    for m in _FISCAL_YEAR.finditer(text):
        for group in ("y0", "y"):
            if m[group]:
                yield Quantity(m.start(group), m.end() if group == "y" else m.end(group), "date", m[group])
    for m in _FIRST_MONTHS.finditer(text):
        last = _int(m["m"])
        if 2 <= last <= 12:
            yield Quantity(m.start(), m.end(), "date", "--01", qualifier="range", value_high=f"--{last:02d}")
    for m in _CLASS_YEAR.finditer(text):
        yield Quantity(m.start(), m.end(), "date", m["y"], note="class year")
    for m in _DOTTED_DAY.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        if _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}", note="day named with a dot")
    for m in _SLASHED_DAY.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        if _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}")
    for m in _SLASHED_DAY_AFTER_WHEN.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        if month > day and _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}")
    for m in _SLASHED_DAY_BEFORE_WEEKDAY.finditer(text):
        if (day_month := _day_and_month(m)) is not None:
            yield Quantity(m.start(), m.end(), "date",
                           (f"{m['y']}" if m["y"] else "-") + f"-{day_month[1]:02d}-{day_month[0]:02d}")
        elif not m["y"] and _month_day_ok(int(m["b"]), int(m["a"])):  # 1/3（日）: infer_years picks the order
            yield Quantity(m.start(), m.end(), "date", f"--{int(m['b']):02d}-{int(m['a']):02d}",
                           note=f"{WEEKDAY_ORDER_NOTE} {_WEEKDAY_NUMBER[m['w']]}")
    for m in _BRACKETED_DAYS.finditer(text):
        if _SHARE_IN_WORDS.search(text[:m.start() - 1].rstrip(" ")):
            continue
        for part in _MONTH_SLASH_DAY.finditer(m.group()):
            month, day = int(part["m"]), int(part["d"])
            if _month_day_ok(month, day):
                yield Quantity(m.start() + part.start(), m.start() + part.end(), "date", f"--{month:02d}-{day:02d}")
    for m in _DATE_MD.finditer(text):
        month, day = _int(m["m"]), _int(m["d"])
        if _month_day_ok(month, day):
            yield _with_last_day(m, Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}"))
    for m in _LUNAR_DATE.finditer(text):
        month_text, day_text = m["lm"] or m["m0"], (m["ld"] or m["d0"]).lstrip("初")
        month, day = _LUNAR_MONTH_NAMES.get(month_text) or _int(month_text), _int(day_text)
        if _month_day_ok(month, day):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}-{day:02d}", note="lunar calendar")
    for m in _DATE_M.finditer(text):
        month = int(m["m"])
        if _month_day_ok(month):
            yield Quantity(m.start(), m.end(), "date", f"--{month:02d}", note=_PART_NOTE.get(m["part"] or "", ""))
    for m in _DATE_M_CN.finditer(text):
        part = m["part"] or m["part2"] or ""
        yield Quantity(m.start(), m.end(), "date", f"--{_int(m['m'] or m['m2']):02d}", note=_PART_NOTE.get(part, ""))
    for m in _DAY_IN_BRACKETS.finditer(text):
        if 1 <= int(m["d"] or m["d2"]) <= 31:
            yield Quantity(m.start(), m.end(), "date", f"---{int(m['d'] or m['d2']):02d}")
    for m in _RELATIVE_MONTH_DAY.finditer(text):
        if 1 <= _int(m["d"]) <= 31:
            yield Quantity(m.start(), m.end(), "date", f"---{_int(m['d']):02d}", note=f"{m['rel']}月")
    for m in (*_DATE_D.finditer(text), *_DATE_D_FROM.finditer(text), *_LISTED_DAY.finditer(text)):
        day = int(m["d"])
        if 1 <= day <= 31 and (m.start() == 0 or _is_han(text, m.start() - 1) or text[m.start() - 1] in "、，,；;：:（( ）)》」』”"):
            yield Quantity(m.start(), m.end(), "date", f"---{day:02d}")


# 2014财年, 在 2023 全年, 2013和2014财年: a year written without 年 before 财年 / 全年 (and one listed before it).
_FISCAL_YEAR = re.compile(r"(?<![\d.])(?:(?P<y0>(?:19|20)\d\d) ?[和、与及] ?)?(?P<y>(?:19|20)\d\d) ?(?:财年|全年|财政年度)")


# 今年前5月, 去年前10个月: the months of the year so far, January to May (not 前5个月 alone, "the last five months").
_FIRST_MONTHS = re.compile(r"(?<=年)前(?P<m>\d{1,2}|十[一二]|[二三四五六七八九十])个?月(?!份)")


# 上月26日, 本月20日, 下个月3号: a day in the month before, of or after the publish date (infer_years counts it).
_RELATIVE_MONTH_DAY = re.compile(rf"(?P<rel>上|本|这|下)个?月 ?(?P<d>\d{{1,2}}|{_CN_SMALL}) ?[日号]")
_RELATIVE_MONTH_OFFSET = {"上月": -1, "本月": 0, "这月": 0, "下月": 1}


# 1949届校友, 2019级新生: the year a class graduates or enters is a date (not 2000级台阶, a flight of steps).
_CLASS_YEAR = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d) ?[届级](?!台阶|阶梯)")
# “6·12”新加坡首脑会谈, 9·11: a day named by its month and day with a middle dot.
# 將在3/30正式開跑, 于5/20起: a month and day written with a slash, told as when something happens (a lead 在 or 于
# and an opening, a start or a weekday after it); 至少1/3的, 降到1/4 are shares.
_SLASHED_DAY = re.compile(r"(?<=[在于])(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12]\d|[1-9])(?![\d/.%])"
                          r"(?= ?(?:正式|起|开始|开跑|开幕|开放|举行|举办|登场|上午|下午|晚上|[（(][一二三四五六日][)）]))")
# 中共對台軍演（5/23、5/24）, 宣示就職（5/20）: months and days alone in brackets (one or listed) date what the words before
# them tell; a share in brackets comes after its words (三分之一（1/3）, 佔33%（1/3）). 提前大選至7/4: after a word of
# when, a "share" above one is a day.
_BRACKETED_DAYS = re.compile(r"(?<=[（(])(?:(?:1[0-2]|[1-9])/(?:3[01]|[12]\d|[1-9])(?:[、，,](?=\d)|(?=[)）])))+[)）]")
_SHARE_IN_WORDS = re.compile(r"(?:分之[一二三四五六七八九十]+|%|成|半)$")
# 28/2（五）, 28/2/2020 （五）, 1/3（日）: two numbers joined by a slash before a bracketed day of the week are a day and
# a month, never a share (fresh13 453, a Hong Kong page, writes day/month; 3/30（一） in Taiwan writes month/day).
_SLASHED_DAY_BEFORE_WEEKDAY = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>(?:19|20)\d\d))?(?![\d/.%])"
                                         r"(?= ?[（(](?:星期|周)?(?P<w>[一二三四五六日天])[)）])")


# 1/3（日） with no year: read day/month, and infer_years turns it to month/day when only that order falls on the weekday.
WEEKDAY_ORDER_NOTE = "day/month or month/day, told by its weekday"


def _ordered_by_weekday(completed: str, note: str) -> str | None:
    """2020-03-01 of 1/3（日） (a Sunday) as it is; 2020-01-03 when only that falls on the bracketed weekday; None when
    neither or both do."""
    weekday = int(note.split(WEEKDAY_ORDER_NOTE)[1].split(";")[0])
    year, month, day = int(completed[:4]), int(completed[5:7]), int(completed[8:10])
    fits = [(mo, d) for mo, d in ((month, day), (day, month)) if _weekday_of(year, mo, d) == weekday]
    if len(set(fits)) != 1:
        return None
    return f"{year}-{fits[0][0]:02d}-{fits[0][1]:02d}{completed[10:]}"


def _day_and_month(m: re.Match) -> tuple[int, int] | None:
    """(day, month) of a slashed date before its weekday: the order a number above 12 tells, or, with the year written,
    the one order whose weekday is the bracketed one; None when nothing tells the order (1/3（日） alone)."""
    a, b = int(m["a"]), int(m["b"])
    orders = [(day, month) for day, month in ((a, b), (b, a)) if _month_day_ok(month, day)]
    if m["y"]:
        weekday = _WEEKDAY_NUMBER[m["w"]]
        orders = [(d, mo) for d, mo in orders if _weekday_of(int(m["y"]), mo, d) == weekday]
    return orders[0] if len(set(orders)) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).isoweekday()
    except ValueError:
        return None


_SLASHED_DAY_AFTER_WHEN = re.compile(r"(?<=[至到于从自])(?P<m>1[0-2]|[2-9])/(?P<d>[1-9]|1\d)(?![\d/.%])")
_MONTH_SLASH_DAY = re.compile(r"(?P<m>1[0-2]|[1-9])/(?P<d>3[01]|[12]\d|[1-9])")
_DOTTED_DAY = re.compile(r"(?<![\d.·])(?P<m>\d{1,2})·(?P<d>\d{1,2})(?![\d.·])")


# 下午4、5点, 凌晨收班后，于2、3点: two neighbouring hours, after a time of day or a day's word in the clause.
_NEIGHBOUR_HOURS = re.compile(rf"(?:(?P<daytime>{_DAYTIME}) ?)?(?<![\d、])(?P<h>\d{{1,2}}|{_CN_SMALL})、(?P<h2>\d{{1,2}}|{_CN_SMALL}) ?点(?!钟?[多半])")
_CLOCK_WORDS_BEFORE = re.compile(rf"(?:{_DAYTIME}|[日号])[^，。；]*[，,]?[^，。；]*$")


# 北京时间9:45, 截至15:00: a clock time written with a colon, after a word that introduces a time (or a day, also
# typeset with a space: 【更新2月28日 18：59】, fresh13 453, an update's stamp).
_COLON_TIME = re.compile(r"(?:(?<=时间|上午|下午|晚上|凌晨|早上|中午|傍晚|截至|截止|当天|当日)|(?<=[日号])|(?<=[日号] ))(?P<h>[01]?\d|2[0-3]) ?: ?(?P<min>[0-5]\d)(?![\d:])")
# 21:00 白衣人大量出現 (a timeline's heading), 其中，22:53，有兩名警員…, 23:55，元朗站…關閉, 在23:20抵達, 活动于 19:20 准时开始
# (fresh15 500, 493): a clock time needs no time word when it opens a line or a clause and is followed by a space, a
# comma or the line's end, or when it follows 在/于/於 (at); either way with a two-digit hour as clocks write it (a
# score or ratio is 2:1, 1:10; 会议于8:30开始 stays no figure, as tests/test_quantities.py has it). Not the first end of
# a window (22:45 - 23:14: _COLON_TIME_WINDOW joins both ends).
_STANDALONE_COLON_TIME = re.compile(
    r"(?:(?:(?<![^\n])|(?<=[，。；,]))(?P<h>[01]\d|2[0-3]):(?P<min>[0-5]\d)(?=[ ，,]|$)(?! ?[-–—~～至到] ?\d)"
    r"|(?<=[在于於])(?: ?)(?P<h2>[01]\d|2[0-3]) ?: ?(?P<min2>[0-5]\d)(?![\d:]))", re.M)
_DAYTIME_COLON_TIME = re.compile(rf"(?P<daytime>{_DAYTIME}) (?P<h>[01]?\d|2[0-3]) ?: ?(?P<min>[0-5]\d)(?![\d:])")
# 上午 10:00、10:05、10:10 或 10:15: clock times listed after a clock time are clock times too, and so is a list
# of them with no time word (10:00、10:05 …: two-digit minutes; a score is 2:1、3:0).
_LISTED_COLON_TIME = re.compile(r" ?[、或和及] ?(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])")
_FIRST_OF_COLON_TIMES = re.compile(r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?=、(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))")
# 18:45~19:00入场签到, 9:00-11:30: a window of clock times needs no time word; both ends have two-digit minutes and the
# window runs forward (a score is 2:1, a ratio 1:3), and the two ends are joined into one range in _with_time.
_COLON_TIME_WINDOW = re.compile(rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?P<sep>{_RANGE_SEP})"
                                r"(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?![\d:])")
# 晚上6时至10时, 凌晨接近3时: an hour with a time of day a few words before it.
_HOUR_AFTER_DAYTIME = re.compile(
    r"(?P<daytime>上午|下午|晚上|凌晨|早上|中午|傍晚|今晚|昨晚|前晚|夜间|今早|昨早|今晨|昨晨)[^，。；]{0,6}?(?<![\d.])(?P<h>\d{1,2}) ?时(?![间代期候刻髦尚常许])")
# 25日6时, 25日08时, 12月5日23点 (点 only right after the day), 07时: an hour right after its day, or written with two digits as forecasts and
# observations do (not 时间, 时代, 时期 …); 13时 to 23时 alone are hours of a 24-hour clock too (336: 22时记者来到…), and
# any hour told as about that hour (…清晨5時左右，…，7時左右退去: a Taiwan page in the figures16 sweep; 小时 is a span).
_HOUR_AFTER_DAY = re.compile(r"(?:(?<=[日号])|(?<![\d.:])(?=0\d|1[3-9] ?时|2[0-3] ?时|\d{1,2} ?时(?:左右|许|前后)))(?P<h>[01]?\d|2[0-3]) ?(?:时(?![间代期候刻髦尚常区差段])|(?<=[日号]\d)点|(?<=[日号]\d\d)点)")
# 30号下午, 3号当天: a day written with 号 (above 31 it is a grade or a house number, see _CODE).
_DAY_HAO = re.compile(r"(?<![\d.月])(?P<d>[1-9]|[12]\d|3[01])号(?=上午|下午|晚上|凌晨|早上|中午|傍晚|当天|那天|前后|[，。、])")


def _times(text: str):
    """Clock times are dates at minute precision (T17:48; joined to the day before them in
    find_quantities): 17时48分, 下午1点, 凌晨 3 点 (typeset with spaces), 零时, 北京时间9:45. 八点八 with no
    time word stays a number."""
    for m in _CLOCK_TIME.finditer(text):
        hour_text = re.match(rf"(?:\d{{1,2}}|{_CN_SMALL}|两|零)", m["hour"])
        if not (m["daytime"] or m["minutes"]) or hour_text is None:
            continue
        if not m["daytime"] and m["minutes"].isdigit():
            continue  # 上午7点50 (fresh15 495: minutes written without 分) only after a time of day: 3点50 alone is no clock

        hour = 2 if hour_text.group() == "两" else _int(hour_text.group())
        minutes = m["minutes"] or ""
        minute = 30 if "半" in minutes else int(_int(re.sub(r"[ 分]", "", minutes))) if re.search(r"[\d一二三四五六七八九十]", minutes) else 0
        if m["daytime"] in _AFTERNOON_OR_LATER and hour < 12:
            hour += 12
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            yield Quantity(m.start(), m.end(), "date", f"T{hour:02d}:{minute:02d}")
    for m in _NEIGHBOUR_HOURS.finditer(text):  # 下午4、5点: four or five in the afternoon
        first, second = (_int(h) + (12 if m["daytime"] in _AFTERNOON_OR_LATER and _int(h) < 12 else 0)
                         for h in (m["h"], m["h2"]))
        if second == first + 1 <= 23 and (m["daytime"] or _CLOCK_WORDS_BEFORE.search(text[:m.start()])):
            yield Quantity(m.start(), m.end(), "date", f"T{first:02d}:00", qualifier="approximate",
                           value_high=f"T{second:02d}:00")
    for m in _HOUR_AFTER_DAYTIME.finditer(text):
        later = m["daytime"] in ("下午", "晚上", "傍晚", "今晚", "昨晚", "前晚")
        hours = [(m.start("h"), m.end(), int(m["h"]))]
        if (to := re.compile(r" ?[至到] ?(?P<h>\d{1,2}) ?时").match(text, m.end())):
            hours.append((to.start("h"), to.end(), int(to["h"])))  # 晚上6时至10时
        for start, end, hour in hours:
            hour += 12 if later and hour < 12 else 0
            if hour <= 23:
                yield Quantity(start, end, "date", f"T{hour:02d}:00")
    for m in re.finditer(r"零 ?(?:时|点(?![一二三四五六七八九〇零\d]))(?:整)?", text):  # 零点五个百分点 is 0.5
        yield Quantity(m.start(), m.end(), "date", "T00:00")
    for m in _HOUR_AFTER_DAY.finditer(text):
        yield Quantity(m.start(), m.end(), "date", f"T{int(m['h']):02d}:00")
    colon_times = [(m.start(), m.end(), int(m["h"]), m["min"]) for m in _COLON_TIME.finditer(text)]
    colon_times += [(m.start(), m.end(), int(m["h"]), m["min"]) for m in _FIRST_OF_COLON_TIMES.finditer(text)]
    for m in _COLON_TIME_WINDOW.finditer(text):
        if (int(m["h"]), m["min"]) < (int(m["h2"]), m["min2"]):
            colon_times += [(m.start(), m.start("sep"), int(m["h"]), m["min"]), (m.end("sep"), m.end(), int(m["h2"]), m["min2"])]
    colon_times += [(m.start("h"), m.end(), int(m["h"]), m["min"]) if m["h"] else (m.start("h2"), m.end(), int(m["h2"]), m["min2"])
                    for m in _STANDALONE_COLON_TIME.finditer(text)]
    for m in _DAYTIME_COLON_TIME.finditer(text):  # 上午 10:00 (typeset with a space)
        hour = int(m["h"]) + (12 if m["daytime"] in _AFTERNOON_OR_LATER and int(m["h"]) < 12 else 0)
        colon_times.append((m.start(), m.end(), hour, m["min"]))
    for start, end, hour, minute in colon_times:
        yield Quantity(start, end, "date", f"T{hour:02d}:{minute}")
        while listed := _LISTED_COLON_TIME.match(text, end):  # 10:00、10:05 或 10:10: the list goes on
            end = listed.end()
            yield Quantity(listed.start("h"), end, "date", f"T{int(listed['h']):02d}:{listed['min']}")
    for m in _DAY_HAO.finditer(text):
        yield Quantity(m.start(), m.end(), "date", f"---{int(m['d']):02d}")


# 周五, 上周四, 星期天: a day of the week (-W5; -W7 is Sunday), read so that its words are no count (三) and its
# clock time joins it (周五下午4时, dated against the publish date by infer_years); alone it is dropped (see
# _without_lone_weekdays). Not 每周一 (every Monday) nor 一周一次 / 两周 (a count of weeks before it).
_WEEKDAY = re.compile(r"(?<![每几数多两半个一二三四五六七八九十\d])(?P<week>上|下|本|这)?(?:周|星期|礼拜)(?P<w>[一二三四五六日天])")
_WEEKDAY_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def _weekdays(text: str):
    for m in _WEEKDAY.finditer(text):
        yield Quantity(m.start(), m.end(), "date", f"-W{_WEEKDAY_NUMBER[m['w']]}")


# A day of the week is no figure of its own (data/eval/FIGURES_CONVENTION.md: the seen gold leaves 周三, 上周四 unlabelled
# 15 times in 7 splits, against 13 dates in 3): 周三（26 日） is the figure 26日, and a lone 周三 names no checkable day.
# Only with its clock time (周五下午4时) does it make one figure, a date and time completed from the publish date.
def _without_lone_weekdays(found: list[Quantity]) -> list[Quantity]:
    """``found`` (in reading order, times already joined to their days) without the bare days of the week."""
    return [q for q in found if not (q.kind == "date" and re.fullmatch(r"-W\d", q.value))]


def _with_time(text: str, found: list[Quantity]) -> list[Quantity]:
    """７月２６日零时, 12月30日下午5点: a day followed by its time is one date, 2012-07-26T00:00; two such
    times joined by 至 are one range (25日08时至26日08时), and so are two days or two months (10月22日至11月2日,
    2018年12月至2019年4月)."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and q.kind == "date" and q.value.startswith("T") and prev.kind == "date"
                and "T" not in prev.value and (re.fullmatch(r"\d{2}", prev.value.rsplit("-", 1)[-1] or "")
                                               or prev.value.startswith("-W"))  # 周五下午4时
                and not text[prev.end:q.start].strip()):
            out[-1] = replace(prev, end=q.end, value=prev.value + q.value)
            continue
        out.append(q)
    spans: list[Quantity] = []
    for q in out:
        prev = spans[-1] if spans else None
        if (prev is not None and q.kind == prev.kind == "date" and "T" in q.value and "T" in prev.value
                and not prev.value_high and _RANGE_BETWEEN.fullmatch(text[prev.end:q.start])):
            spans[-1] = replace(prev, end=q.end, qualifier="range", value_high=q.value)  # 25日08时至26日08时
            continue
        if (prev is not None and q.kind == prev.kind == "date" and not prev.value_high and not q.value_high
                and _DAYS_BETWEEN.fullmatch(text[prev.end:q.start]) and (high := _later_date(prev.value, q.value))):
            spans[-1] = replace(prev, end=q.end, qualifier="range", value_high=high)
            continue
        spans.append(q)
    return spans


_RANGE_BETWEEN = re.compile(_RANGE_SEP)
# 2021年12月9日0时—2022年1月1日24时: from the first day's midnight to the last one's (see _WHOLE_DAY), days joined.
_DAYS_BETWEEN = re.compile(rf"(?: ?0 ?时)?{_RANGE_SEP}")
_DAY_OR_MONTH = re.compile(r"(?P<y>\d{4}|-)-(?P<md>\d\d(?:-\d\d)?)")


def _later_date(low: str, high: str) -> str | None:
    """The high end of a range of dates, ``high`` taking the year ``low`` writes (2018年9月至11月 → 2018-11), when
    both are months or both days and it comes after ``low``; else None."""
    a, b = _DAY_OR_MONTH.fullmatch(low), _DAY_OR_MONTH.fullmatch(high)
    if a is None or b is None or len(a["md"]) != len(b["md"]) or (a["y"] == "-" and b["y"] != "-"):
        return None
    year = b["y"] if b["y"] != "-" else a["y"]
    later = (year, b["md"]) > (a["y"], a["md"]) if a["y"] != "-" else b["md"] > a["md"]
    return f"{year}-{b['md']}" if later else None


NEXT_DAY_NOTE = "the next day"
# Hours this many paragraphs after 第二天 are on that next day.
NEXT_DAY_REACH = 1


def _day_counts(text: str):
    """连续七日, 连涨5日: days counted, read before dates so that 5日 is not the 5th; 第二天 (the next
    day) is one day later; 在1-2月内: months counted."""
    for m in re.finditer("第二天|第二日", text):
        yield Quantity(m.start(), m.end(), "duration", "1", "day", note=NEXT_DAY_NOTE)
    for m in _DAYS.finditer(text):
        number = m["n"] or m["per"] or m["span"]
        yield Quantity(m.start(), m.end(), "duration", str(2 if number == "两" else _int(number)), "day")
    for m in _MONTHS_COUNTED.finditer(text):
        qualifier = "upper_bound" if text.startswith("内", m.end()) else ""
        yield Quantity(m.start(), m.end(), "duration", m["a"] or m["a2"], "month", qualifier, value_high=m["b"] or m["b2"])
    for m in _YEARS_AND_MONTHS.finditer(text):  # 5年8个月徒刑: one span of 68 months, not 5 and 8
        years, months = parse_number(m["y"]), parse_number(m["m"])
        if years is not None and months is not None and months < 12:
            yield Quantity(m.start(), m.end(), "duration", format_decimal(years * 12 + months), "month",
                           note=f"{m['y']} years {m['m']} months")


# 在1-2月内, 有1-2月的零部件存货: a range of months within which or of stock is months counted, not January to
# February (今年1-2月内 still is); read before dates like the days above.
_MONTHS_COUNTED = re.compile(r"(?<![\d年])(?P<a>\d{1,2}) ?[-~～] ?(?P<b>\d{1,2}) ?月(?=内|之内|以内)|(?<=有)(?P<a2>\d{1,2}) ?[-~～] ?(?P<b2>\d{1,2}) ?月(?=的)")
_YEARS_AND_MONTHS = re.compile(rf"(?<![\d.])(?P<y>\d{{1,2}}|[{CN_DIGITS}十]{{1,3}}) ?年(?:零|又)? ?(?P<m>\d{{1,2}}|[{CN_DIGITS}十]{{1,2}}) ?个月")


_TWO_DAYS = re.compile(r" ?(?:两|二|2) ?[天日]")


def _with_last_day(m: re.Match, q: Quantity) -> Quantity:
    """3月1-5日: the first day is the value, the last day (same month) value_high; 3月28日、29日两天 (two
    days in a row said to be one span) too, but not a list of days (12月27日、28日…电话沟通, 3月1日、5日)."""
    last = _int(m["d2"]) if m["d2"] else 0
    if not 1 <= last <= 31 or last <= int(q.value[-2:]) and "、" not in m.group():
        return q
    if "、" in m.group() and (last != int(q.value[-2:]) + 1 or not _TWO_DAYS.match(m.string, m.end())):
        return replace(q, end=m.start() + m.group().index("、"))  # the next day of the list is its own date
    return replace(q, qualifier="range", value_high=f"{q.value[:-2]}{last:02d}")


def _quarters(text: str):
    """Quarters are dates at quarter precision: 2024年第三季度 → 2024-Q3, 三季度 → --Q3 (year inferred);
    a half-year without its year (上半年, 今年下半年) is --H1 / --H2 (2019年上半年 is read with its year)."""
    for m in re.finditer("上半年|下半年", text):
        yield Quantity(m.start(), m.end(), "date", "-" + _HALF_YEAR[m.group()])
    for m in _QUARTER.finditer(text):
        year = _year(m["y"]) if m["y"] else None
        if m["y"] and not year:
            continue
        prefix = str(year) if year else "-"
        quarter = f"{prefix}-Q{_int(m['q'] or m['q2'] or m['qq'])}"
        if m["lead"] == "前":
            yield Quantity(m.start(), m.end(), "date", f"{prefix}-Q1", qualifier="range", value_high=quarter)
        else:
            yield Quantity(m.start(), m.end(), "date", quarter)


# 九块九, 三块五毛: a price said the way it is spoken, yuan then tenths (9.9 CNY); 3元5角, 1元2角5分, 两块三毛五分钱:
# yuan, jiao and fen written out, one price (the compound currency unit of Recognizers-Text's Chinese grammar, 元/角/分).
# 元 needs its 角 or 毛 (3元5 is no price said this way); 分 only after a 角 or 毛 (3元5分 may be a score or a minute).
_DIGIT_1_9 = "[一二三四五六七八九1-9]"
# 两 only with its 角 or 毛 written: 两块三明治 is two sandwiches.
_SPOKEN_PRICE = re.compile(rf"(?P<yuan>{_CN_SMALL}|\d{{1,4}}|两(?=[块元]{_DIGIT_1_9}[毛角]))(?:(?:块|元)(?P<jiao>{_DIGIT_1_9})[毛角]钱?(?:(?P<fen>{_DIGIT_1_9})分(?:钱|(?!钟)))?"
                           rf"|块(?P<spoken>[一二三四五六七八九])(?![一二三四五六七八九十百千万钱]))"
                           # 8角5分: jiao and fen without yuan (a price under one yuan), its 分 written (长三角五分钟 is minutes)
                           rf"|(?<![\d.{CN_DIGITS}十])(?P<dime>{_DIGIT_1_9})[毛角](?P<cent>{_DIGIT_1_9})分(?:钱|(?!钟))")


def _spoken_prices(text: str):
    for m in _SPOKEN_PRICE.finditer(text):
        yuan = parse_number(m["yuan"]) if m["yuan"] else Decimal(0)
        jiao = parse_number(m["jiao"] or m["spoken"] or m["dime"])
        fen = parse_number(m["fen"] or m["cent"]) if m["fen"] or m["cent"] else Decimal(0)
        if yuan is not None and jiao is not None and fen is not None:
            yield Quantity(m.start(), m.end(), "money", format_decimal(yuan + jiao / 10 + fen / 100), "CNY")


# 数以万计, 数以百万计, 数以10亿计个: "by the tens of thousands", at least the magnitude named (fresh5 gold number 10000,
# fresh10 count 10^9, both lower_bound); a count when a measure word follows 计, money in a money context (the bare 亿).
_COUNTED_BY = re.compile(r"数以(?P<n>(?:\d+(?:\.\d+)?)?[十百千万亿]+)计")


def _with_its_one(token: str) -> str:
    """百 → 一百, 万 → 一万 (百分之百, 千分之一, 数以万计): a multiplier that opens a number in words stands for one of it."""
    return "一" + token if token[0] in CN_MULTIPLIERS else token


def _counted_by(text: str):
    for m in _COUNTED_BY.finditer(text):
        number = parse_number(_with_its_one(m["n"]))
        if number is None:
            continue
        unit = _match_unit(text, m.end())
        if unit is not None and unit.kind == "count":
            yield Quantity(m.start(), m.end() + len(unit.surface), "count", format_decimal(number), unit.unit, "lower_bound")
        elif currency := _money_context_currency(text, m.start(), m.end()):  # 损失数以亿计: money by its context
            yield Quantity(m.start(), m.end(), "money", format_decimal(number), currency, "lower_bound")
        else:
            yield Quantity(m.start(), m.end(), "number", format_decimal(number), qualifier="lower_bound")


# 一米八, 1 米 8, 两米一: a height said the way it is spoken, metres then one digit of tenths (1.8 m). Two digits after 米
# (一米二三: 1.23 m, or 1.2 to 1.3 m as fresh12 400's labeller reads it) are left alone.
_SPOKEN_HEIGHT = re.compile(r"(?<![\d.一二两三四五六七八九十])(?P<m>[1-2一两]) ?米 ?(?P<dm>[1-9一二三四五六七八九])"
                            r"(?![\d.一二三四五六七八九十百千万亿零〇个米多余人位名岁年月日天寸尺厘分公毫秒])")


# A race time: 7分48秒87 (swimming, fresh31 922), 9秒58 (a sprint), 2小时8分30秒 (a marathon): minutes, seconds and
# hundredths are one duration in seconds, as the gold gives it (468.87). A clock time's minutes and seconds (9点30分15秒)
# follow 点 or 时 and stay a time; seconds alone (48秒) stay the plain unit.
_RACE_TIME = re.compile(r"(?<![\d.:])(?<![\d一二三四五六七八九十][点點時时])(?<![\d一二三四五六七八九十] [点點時时])(?:(?P<h>\d{1,2})小时)?(?:(?P<m>\d{1,3})分)?(?P<s>[0-5]?\d)秒(?P<cs>\d{1,2})?(?![\d.钟])")


def _race_times(text: str):
    for m in _RACE_TIME.finditer(text):
        if not (m["m"] or m["cs"]):
            continue
        seconds = int(m["h"] or 0) * 3600 + int(m["m"] or 0) * 60 + Decimal(m["s"] + "." + (m["cs"] or "0"))
        yield Quantity(m.start(), m.end(), "duration", format_decimal(seconds), "second")


def _spoken_heights(text: str):
    for m in _SPOKEN_HEIGHT.finditer(text):
        metres, tenths = parse_number(m["m"]), parse_number(m["dm"])
        if metres is not None and tenths is not None:
            yield Quantity(m.start(), m.end(), "measure", format_decimal(metres + tenths / 10), "米")


# 十之四五, 死者十之七八: "four or five in ten", a classical share (十之八九 too).
_TENTHS = re.compile(r"十之(?P<a>[一二三四五六七八九])(?P<b>[一二三四五六七八九])?")


# 20*12*3.2、45*5*贯穿（厘米）, 20×12×3.2厘米: a size written as a product of dimensions is one measure
# (value = the first dimension), its unit written right after it or in the bracket that closes the list.
# 10m×10m (fresh19 623): each dimension may carry the same Latin unit.
_DIMENSIONS = re.compile(r"(?<![\d.])(?P<first>\d+(?:\.\d+)?)(?P<unit>(?:mm|cm|km|m)(?![A-Za-z]))?"
                         r"(?: ?[*×＊] ?\d+(?:\.\d+)?(?(unit)(?P=unit)))+(?![\d.])")
_BRACKETED_UNIT = re.compile(r"^[^，。；]{0,20}?[（(](?P<unit>[^（()）]{1,4})[)）]")


def _dimensions(text: str):
    for m in _DIMENSIONS.finditer(text):
        if _touches_latin(text, m.start(), m.end()):
            continue  # 3x3 in a product code, 1920x1080p
        after = m["unit"] or text[m.end():]
        surface = next((u for u in units() if after.startswith(u.surface) and u.kind == "measure"), None)
        end = m.end() + len(surface.surface) if surface and not m["unit"] else m.end()
        if surface is None and (bracket := _BRACKETED_UNIT.match(after)):
            surface = next((u for u in units() if u.surface == bracket["unit"] and u.kind == "measure"), None)
        yield Quantity(m.start(), end, "measure", format_decimal(Decimal(m["first"])), surface.unit if surface else "",
                       note=f"dimensions {m.group()}")


# 7B, 1.5B, 671B, 350M: a language model's size, its count of parameters, in a sentence about a model.
_MODEL_SIZE = re.compile(r"(?<![A-Za-z\d.])(?P<n>\d+(?:\.\d+)?) ?(?P<scale>[BM])(?![A-Za-z\d])")
_MODEL_WORD = re.compile(r"模型|参数|LLM|Llama|Qwen|DeepSeek|GPT", re.I)
_MODEL_SCALE = {"B": Decimal(10) ** 9, "M": Decimal(10) ** 6}


def _model_sizes(text: str):
    if not _MODEL_WORD.search(text):
        return
    for m in _MODEL_SIZE.finditer(text):
        yield Quantity(m.start(), m.end(), "count", format_decimal(Decimal(m["n"]) * _MODEL_SCALE[m["scale"]]),
                       "参数", note="model parameters")


def _fractions(text: str):
    for m in _TENTHS.finditer(text):
        low, high = _int(m["a"]), _int(m["b"]) if m["b"] else None
        if high is None or high == low + 1:
            yield Quantity(m.start(), m.end(), "ratio", format_decimal(Decimal(low) / 10),
                           qualifier="approximate" if high else "",
                           value_high=format_decimal(Decimal(high) / 10) if high else "")
    for m in _PERCENT_CN.finditer(text):
        # 分别增长百分之四点二到百分之二十一点二 (fresh14 460, a 1990 wire's figures in words): one range, both ends
        if m["n"] == "百" and _ADVERB_AFTER.match(text, m.end()):
            continue  # 百分之百正确, 百分之百满意: "completely" (fresh7 gold NOT); 达到百分之百。 is a level
        token = _with_its_one(m["n"])  # 百分之百: one hundred
        number, high = parse_number(token), parse_number(m["n2"]) if m["n2"] else None
        qualifier = "range" if high is not None else "approximate" if m["vague"] else ""
        if high is None and (pair := _neighbouring_digits(token)):
            (number, high), qualifier = pair, "approximate"
        if number is not None:
            yield Quantity(m.start(), m.end(), "percent", format_decimal(number), "%", qualifier,
                           format_decimal(high) if high is not None else "")
    for m in _FRACTION_CN.finditer(text):
        num, den = parse_number(m["num"]), parse_number(_with_its_one(m["den"]))  # 千分之一: one in a thousand
        if num is not None and den:
            yield Quantity(m.start(), m.end(), "ratio", _ratio(num, den))
    for m in _FRACTION.finditer(text):
        if (_touches_latin(text, m.start(), m.end()) or len(m["num"].split(".")[0]) == 4
                or _SLASHED_DAY_BEFORE_WEEKDAY.match(text, m.start())):
            continue  # 4/5G is a name; 2023/5 is a date fragment; 1/3（日） is a day, its order untold
        num, den = Decimal(m["num"]), Decimal(m["den"])
        if den:
            yield Quantity(m.start(), m.end(), "ratio", _ratio(num, den))
    for m in _UPS_AND_DOWNS.finditer(text):
        for part in re.finditer(rf"{_TALLY_DIGIT}(?={_TALLY_MOVE})", m.group()):
            yield Quantity(m.start() + part.start(), m.start() + part.end(), "number", str(_int(part.group())),
                           note=TALLY_NOTE)
    for m in _SPLIT_SHARES.finditer(text):
        first, second = _int(m["a"]), _int(m["b"])
        if first + second == 10:
            yield Quantity(m.start(), m.end(), "ratio", format_decimal(Decimal(first) / 10), note="split of shares")
    for m in _COLON_RATIO.finditer(text):
        parts = [Decimal(p.replace(",", "")) for p in re.split(r" ?[:∶] ?", m.group())]
        clause = _clause_before(text, m.start())
        if len(parts) >= 3 or re.search(r"比|率", clause):  # otherwise it is a time such as 8:30
            value = _ratio(parts[0], parts[1]) if len(parts) == 2 and parts[1] else ":".join(map(format_decimal, parts))
            yield Quantity(m.start(), m.end(), "ratio", value)
    for m in _CHENG.finditer(text):
        if text[m.end():m.end() + 1] not in _CHENG_NOT or m.end() == len(text) or _share_in_cheng(text, m):
            high = str(10 * _int(m["n2"])) if m["n2"] else ""
            tenth = 5 if m["tenth"] == "半" else _int(m["tenth"]) if m["tenth"] else 0  # 两成半, 两成五: 25 %
            value = 10 * (2 if m["n"] == "两" else _int(m["n"])) + tenth
            yield Quantity(m.start(), m.end(), "percent", str(value), "%", "range" if high else "", high)
    for m in _CHENG_SPAN.finditer(text):
        low, high = (2 if m["n"] == "两" else _int(m["n"] or m["d"])), _int(m["n2"] or m["d2"])
        if low < high and (m.end() == len(text) or text[m.end()] not in _CHENG_NOT):
            yield Quantity(m.start(), m.end(), "percent", str(10 * low), "%", "range", str(10 * high))
    for m in _DISCOUNT.finditer(text):
        tenths = Decimal(m["d"]) if m["d"] else Decimal(_int(m["a"] or m["c"])) + (Decimal(_int(m["b"])) / 10 if m["b"] else 0)
        yield Quantity(m.start(), m.end(), "percent", format_decimal(tenths * 10), "%", note=DISCOUNT_NOTE)
    for m in _HALF.finditer(text):
        yield Quantity(m.start(), m.end(), "ratio", "0.5", qualifier=_HALF_BOUND.get(m["bound"], ""))
    for m in _HALF_SPAN.finditer(text):
        yield Quantity(m.start(), m.end(), "duration", "0.5", _HALF_SPAN_UNIT[m["unit"]])
    for m in _HALF_CENTURY.finditer(text):
        yield Quantity(m.start(), m.end(), "duration", "50", "year", "lower_bound" if m["more"] else "")
    for m in _AND_A_HALF.finditer(text):  # 一年半, 3个月半, 1个半月: the span and half a unit more
        number = parse_number(m["n"])
        if number is not None:
            yield Quantity(m.start(), m.end(), "duration", format_decimal(number + Decimal("0.5")),
                           _HALF_SPAN_UNIT[m["unit"] or "个" + m["unit2"]])



# A match report's scores: 3-1, 1:0, 1比3 between two small integers (a time 15:30 has two digits after the
# colon; a range never falls, 3-1, and a match report writes no ranges of goals).
_SCORE = re.compile(r"(?<![\d.:/-])(?P<a>\d{1,2}) ?(?:-|:(?=\d(?!\d))|比) ?(?P<b>\d{1,2})(?![\d.:/%-])")
# A line-up's substitution minute: 于大宝（51’37-曹永竞）; ’ or ′ right after the number.
_MATCH_MINUTE = re.compile(r"(?<![\d.])(?P<n>\d{1,3})[’′]")
SCORE_NOTE = "match score a:b (a alone when b is 0)"


def _match_figures(text: str):
    """In a match report (match_words.tsv): scores as the ratio a/b (1-0, no ratio, is the leading side's
    1 goal), and a line-up's substitution minutes (51’) as minutes of the match."""
    if not _match_report(text):
        return
    for m in _SCORE.finditer(text):
        a, b = Decimal(m["a"]), Decimal(m["b"])
        yield Quantity(m.start(), m.end(), "ratio", _ratio(a, b) if b else format_decimal(a), note=SCORE_NOTE)
    for m in _MATCH_MINUTE.finditer(text):
        if text.count("‘", 0, m.start()) <= text.count("’", 0, m.start()):  # not the close of a ‘quote’
            yield Quantity(m.start(), m.end(), "duration", str(int(m["n"])), "minute")


# 中巴两国, 台湾和香港两地: the two places just named, counted (kind number: no measure word is written, as
# the test guide labels a numeral + noun); 两岸 is a name (cross-strait), 两地分居 still two places. They
# refer back to places already named, so they add nothing to a claim's check-worthiness.
TWO_PLACES = re.compile(r"两(?:国|地)(?![区方图毯震])")


@lexicon.cached
def _bare_counted_nouns() -> re.Pattern:
    """两省, 韩朝美三国, 十一部委 (bare_counted_nouns.tsv): a numeral of 两, 三 … 九 or 十… right before a noun that
    it counts without a measure word, unless a word follows that makes the pair a name (三国演义)."""
    alternatives = []
    for noun, not_before in sorted(lexicon.read_rows("bare_counted_nouns.tsv", ("noun", "not_before")),
                                   key=lambda row: -len(row[0])):
        excluded = "|".join(map(re.escape, filter(None, not_before.split("|"))))
        alternatives.append(re.escape(noun) + (f"(?!{excluded})" if excluded else ""))
    return re.compile(rf"(?<![{CN_DIGITS}十百千万亿第\d])(?P<n>十[一二三四五六七八九]?|[两三四五六七八九])(?:{'|'.join(alternatives)})")


# 术后第1天: a day counted from an event; the 第N天 after it in the sentence count from it too.
_DAYS_AFTER = re.compile(rf"后{_ORDINAL}天")


def _ranks_and_multiples(text: str):
    for m in TWO_PLACES.finditer(text):
        yield Quantity(m.start(), m.end(), "number", "2")
    for m in _bare_counted_nouns().finditer(text):
        yield Quantity(m.start(), m.end(), "number", format_decimal(parse_number(m["n"])))
    for m in _BRACKET_COUNT.finditer(text):
        yield Quantity(m.start("n"), m.end("n"), "count", str(int(m["n"])))
    for m in _RANK.finditer(text):
        number = parse_number(m["n"])
        if number is None or number < 1:
            continue
        listed = _LISTED_RANK.search(text[: m.start()]) and _LIST_ENDS.match(text[m.end():])
        if text[m.end():m.end() + 1] == "天" and (text[: m.start()].endswith("后") or _DAYS_AFTER.search(text[: m.start()])):
            continue  # 术后第1天…，第3天: days elapsed since the operation (durations, read in pass 2), not day three
        if text[m.end():m.end() + 1] == "条" and (not text[: m.start()].strip() or _LAW_ARTICLE_AFTER.match(text[m.end() + 1:])
                                                   or _LAW_NAME_BEFORE.search(text, 0, m.start())):
            continue
        scoped = text[m.end():m.end() + 1] == "个" and _RANK_SCOPE_BEFORE.search(text[: m.start()])
        if _RANK_BEFORE.search(text[: m.start()]) or _RANK_AFTER.match(text[m.end():]) or listed or scoped:
            yield Quantity(m.start(), m.end(), "rank", format_decimal(number))
    for m in _BARE_RANK.finditer(text):
        yield Quantity(m.start("n"), m.end(), "rank", str(int(m["n"])))
    for m in _FIRST.finditer(text):
        if not _DENIED_FIRST.search(text[: m.start()]):
            yield Quantity(m.start(), m.end(), "rank", "1")
    for m in _TOP_N.finditer(text):
        number = parse_number(m["n"])
        entered = _TOP_N_ENTERED.search(text, 0, m.start()) and _TOP_N_ENDS.match(text, m.end())
        if number and (m["top"] or _RANK_BEFORE.search(text[: m.start()]) or _TOP_N_AFTER.match(text[m.end():]) or entered):
            yield Quantity(m.start(), m.end(), "rank", format_decimal(number), qualifier="upper_bound")
    for m in _TOP_STRONG.finditer(text):
        if (number := parse_number(m["n"])):
            yield Quantity(m.start(), m.end(), "rank", format_decimal(number), qualifier="upper_bound")
    for m in _STREAK.finditer(text):
        yield Quantity(m.start(), m.end(), "count", str(2 if m["n"] == "两" else _int(m["n"])), note="streak")
    for m in _TIERS.finditer(text):
        if sum(c in "省市区县乡镇村" for c in text[max(0, m.start() - 6):m.start()]) >= 2:
            yield Quantity(m.start("n"), m.end(), "count", str(2 if m["n"] == "两" else _int(m["n"])), "级")
    for m in _DOUBLING.finditer(text):
        times = 1 if m["n"] is None else int(parse_number(m["n"]))
        yield Quantity(m.start(), m.end(), "multiple", str(2**times), "倍", role="change_up")  # doubling is a rise


# Codes and names with numbers: CVE-2022-20427, MTN001 (Latin glued to digits, with - _ . inside),
# stock codes 300676.SZ, grades 93# and 93号 (a 号 above 31 is no day), edition, session and phase numbers
# 第135届 / 第五次会议 / 第三期 / 二期工程, road numbers (国道324), and a bond's year prefix 21某某MTN001.
_CODE_SHAPES = (
    r"(?<![A-Za-z])(?!(?:TOP|Top|top) ?\d)(?:(?<![在于至到、，,\d年 ])|(?!Q[1-4](?![A-Za-z\d])))[A-Za-z]+(?:[-_.]?\d+)+(?:[-_.]?[A-Za-z\d]+)*(?![\d.]*[%％])"  # GEE34.9％: a share
    r"|(?<![\d.])\d{4,6}\.[A-Z]{2}\b"
    r"|(?<![\w.-])\d+(?:-\d+)*-[A-Za-z]+(?:-[A-Za-z\d]+)+"  # 104-2321-B-002-006: a grant's number, letters among its parts
    r"|(?<![\d.])\d+ ?#"
    r"|(?<![\d.])(?:3[2-9]|[4-9]\d|\d{3,}) ?号"
    r"|(?<=[路街道巷弄段])\d+ ?号"  # 辰花路15号: a street address
    r"|(?<=[路街])\d+ ?段 ?\d+ ?[号巷弄]"  # 中華路1段53號: a Taiwan address's section and number (fresh12 411)
    r"|(?<![\d.月到至~～—–-])(?<!月 )\d{1,2} ?号(?=[\u4e00-\u9fff])(?!上午|下午|晚上|凌晨|早上|中午|傍晚|当天|那天|前后|至|到)"  # 8号风球, 3号线 (6月8号到10号登场: a day)
    r"|(?<![\d.月到至~～—–-])(?<!月 )(?:\d{1,2} ?号[、和与及])+\d{1,2} ?号(?=[一二两三四五六七八九十\d]+ ?[个座栋条艘台架辆家])"  # 由1号、2号、3号三个岛组成: numbered things, then their count (fresh12 402)
    rf"|第 ?(?:\d+|{_CN}) ?[届期]"
    rf"|第 ?(?:\d+|{_CN}) ?次(?=(?:全体)?会议|(?:全国)?代表大会|党代会)"  # 常委会第五次会议: a session's number, like 第六届
    rf"|(?:\d+|{_CN}) ?届 ?(?:\d+|{_CN}) ?次(?=(?:全体)?会议|全会)"  # 市委八届二次全会: a plenum's term and number
    # 十四届全国人大三次会议, 二十届中央纪委四次全会: the body named between the term and the session's number
    rf"|(?<=届)[\u4e00-\u9fff]{{2,8}}?(?:\d+|{_CN}) ?次(?=(?:全体)?会议|全会)"
    r"|[〔\[［]\d{4}[〕\]］] ?第? ?\d+ ?号"  # 渝委发〔2018〕53号: an official document's number
    r"|[一二三四五六七八九]期(?=工程|项目|建设)"
    r"|(?<=国道|省道|县道)\d{3}"  # 国道324: a road's number names it
    r"|(?:(?<=邮编)|(?<=邮政编码)|(?<=郵遞區號))[：: ]?\d{3,6}(?!\d)"  # 邮编100000: a postal code names a place
    r"|(?<![\d.])\d{1,4} ?路(?=公交|公共汽车|巴士|电车|车|线)"  # 116路公交车: a bus route's name
    r"|(?<=[\u4e00-\u9fff])(?<![月日])\d{1,2}号(?=[”」’』])"  # “东大·鲲鹏1号”: a quoted craft's name
    r"|(?<![\d.])\d+(?:\.\d+)+ ?版(?!面|图)"  # 语义引擎3.0版: a version
    r"|(?<=[\u4e00-\u9fff][\u4e00-\u9fff])(?<![分共第近前后每达有了约超逾连])\d{1,4}期(?=[，,。；、！？\s]|$)"  # 睡前消息74期: an episode
    rf"|新(?:{_CN_SMALL}|\d{{1,2}})条|(?<![\d.第])\d{{1,2}}条(?=[和与及、]新?(?:{_CN_SMALL}|\d{{1,2}})条)"  # 20条和新十条: policies' names
    r"|(?<![\d.,])(?:19|20)\d\d(?=[百千](?![万亿分米克瓦卡]))"  # 2024百想艺术大赏: a year opens a name
    r"|(?:\d{1,2}|[一二三四五六七八九十])线(?=(?:[、和与或]?(?:\d{1,2}|[一二三四五六七八九十])线)*(?:城市|小城|县城|小县|城镇))"  # 18线小城, 一线二线城市: a tier
    r"|(?<![\d.])\d+ ?(?:巷|弄)(?![子堂])"  # 忠孝东路216巷: a lane of an address
    # 第一，…；第二，… / 其一、: ordinals that number the points of a list, not ranks
    rf"|(?:(?<=^)|(?<=[：:；;。，,！？]))[“「]?(?:第|其)(?:[一二三四五六七八九十]|\d)(?=[，,、：:])"
    r"|上一(?:个)?(?:年度?|季度?|月|周|财年)"  # 较上一年, 上一季度: the one before, a reference, no figure
    r"|(?<=的)一(?:年|天)(?=[。！，；]|$)"  # 2020年是极不寻常的一年。: a year described, no span counted
    r"|(?<![\d.])\d{2}(?![日号月年])[\u4e00-\u9fff]{1,8}(?=[A-Z]{2,4}\d{3})"  # (10月16日的ZH9247: a date)
    r"|(?:180|一百八十) ?度(?=的?大?(?:转弯|转变|逆转|反转|掉头))"  # 180度大转弯: a complete reversal, no angle
    r"|(?<![\d.])1 ?对 ?1(?![\d.])"  # 1对1面试: one-on-one, a manner
    # 航天710所, 集团719所名誉所长: a research institute named by its number (三百所学校, 共有900所。, 机构310所（其中…, a
    # region's tally 全市288所小区配套幼儿园 are counted)
    r"|(?<![\d.有共约达近超逾了等和及与、])(?<!全市|全省|全区|全县|全镇|全国)\d{3} ?所(?!学校|大学|高校|院校|医院|中学|小学|幼儿园|学院|中小学|公立|民办|私立|高职|本科|职业|重点|普通|[，。；、,;！？（(]|$)"
    r"|(?<![\d.])(?:\d+ ?(?:幢|栋|号楼) ?)?\d+ ?单元 ?(?:\d+ ?室)?|(?<![\d.])\d+ ?(?:幢|栋|号楼) ?\d+ ?室"  # 2幢1单元1802室: an address (7幢大厦 counts)
    r"|(?:(?<=[：:；;，,。、])|^)\d{1,2}[)）](?=[\u4e00-\u9fff])"  # 有三种选择：1)…，2)…: a list marker with one bracket
    r"|(?<![\d.满过超至到于约近达为第])(?:[5-9]|0|1)[05] ?后(?![\d.%])"  # “70后”教师, 90后、00后: a generation's name (年满60后 is an age)
    # (详见表1), 根據表2，, 观测数据(图2): a table's or a figure's label after a bracket or a reference word (NOT in fresh19
    # 623 ×3, fresh29 880 ×2); 代表4130万 and 发表3篇 count
    r"|(?<=[表图])(?<![^（(见据如和、及与：:，,][表图])\d{1,2}(?=[）)，,。；、和与及中的所显]|$)"
)
# Where one of the shapes can start: the first character each can take (a digit, a Latin letter, 第, a Chinese numeral,
# an opening bracket or quote, 新, 上, a colon or space before a postal code), or just after 届 (十四届全国人大三次会议).
# Tried first at each position, it spares the sentence's other characters the ~35 shapes, most of which open with a
# look-behind the engine cannot skip by; it finds what the shapes alone find (tests/test_claims_speed26b.py).
_CODE_START = rf"(?:(?=[\dA-Za-z{CN_DIGITS}十百千万亿廿卅第其新上〔\[［“「：: ])|(?<=届))"
_CODE = re.compile(f"{_CODE_START}(?:{_CODE_SHAPES})")


# “两个一百年”, “一年转变、两年改观、三年见成效”, “十年磨一剑”, “两弹一星”: a quoted phrase that opens with a
# numeral and goes on with 个 or holds a second numeral further on is a slogan or a saying; its numbers name, they
# do not count (“四万亿”, “五五分成” and “三分之一过剩” hold one figure).
_QUOTED_PHRASE = re.compile(r"[“「](?P<q>[一二两三四五六七八九十][^“”「」，。；！？]{1,15})[”」]")
_NUMERAL_RUN = re.compile("[一二两三四五六七八九十百千万亿]+")


def _slogans(text: str):
    for m in _QUOTED_PHRASE.finditer(text):
        if m["q"][1] == "个" or len(_NUMERAL_RUN.findall(m["q"].replace("分之", ""))) >= 2:  # “三分之一过剩”: a share
            yield m.start("q"), m.end("q")


# 《21世纪经济报道》, 《2019年中国共享充电行业发展分析简报》: a title is a name, its numbers are part of it.
_TITLE = re.compile(r"《[^《》]{1,40}》")
# “边界-2018”联合军演 (fresh13 446), “和平使命-2018”: a quoted name made of words, a hyphen and a number names an
# exercise or a project by its year or its number; the hyphen is no minus sign and the number no figure. A quoted
# plan named by its target year needs no hyphen: 「中國製造 2025」計劃 (NadalChi/AML 999, figures16 sweep), “健康中国2030”
# (the seen gold's 中国制造2025战略 is NOT too, fresh5 180, there unquoted).
_QUOTED_NUMBERED_NAME = re.compile(r"[“「『\"][\u4e00-\u9fff]{1,10}(?:[-－–]\d{1,4}| ?(?:19|20)\d{2})[”」』\"]")
# 《企业所得税法》第二十七条、…第八十六条规定, 加州刑法第242条（攻击罪）或第243.4条: an article of a law is cited by
# its number, which names the article and ranks nothing (the seen gold's NOT rows, fresh6 and fresh8 ×5). Only when
# the citation ends there (a mark, 规定, 之, 的, a list word): 第二条跑道, 第一条消息, 第二条A320总装线 are ordinals of things.
# Its paragraph and item go with it (第二百六十二条第二款, 第四百四十九条第一款第（三）项).
_LAW_ARTICLE = re.compile(rf"第 ?(?:\d+(?:\.\d+)?|[{CN_DIGITS}十百]+) ?条(?:第 ?(?:\d+|[{CN_DIGITS}十]+) ?款)?"
                          rf"(?:第 ?[（(]?(?:\d+|[{CN_DIGITS}十]+)[)）]? ?项)?(?=[^\u4e00-\u9fff\w]|$|规定|之|第|和|及|或|至|的|等|中)")
# （2010）成刑初字第292号, 国发〔2020〕5号, [2009]779号: a document's number, its year in brackets, names the document.
_DOCUMENT_NUMBER = re.compile(r"[（(〔\[【][12]\d{3}[）)〕\]】][\u4e00-\u9fff]{0,8}?第? ?\d+ ?号")


# 廣明（6188）, 泰金寶-DR（9105）, 平安银行(000001): 4 to 6 digits in brackets glued to a company's name are its stock code
# (fresh12 414, also in a list of codes); a bracketed year after a name (张三（2019）, a citation) stays a year.
_STOCK_CODE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[（(](?!(?:19|20)\d\d[)）])\d{4,6}[)）]")
# 华谊兄弟(36.500, 0.00, 0.00%): a finance page's live quote glued after a listed company's name (price, change, change
# in percent; the page may break the line inside it), page furniture and no figure of the article (fresh12 405).
# 兴业证券(行情7.83 -1.39%,诊股), 鄂尔多斯(行情13.44 +2.44%,诊股) (fresh27 851, 金融界's copy of 每日经济新闻): the same live
# quote as price and change in percent after the widget's link label 行情 (the quote page; 诊股, the stock check, may
# close it).
_STOCK_QUOTE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[（(](?:\d+\.\d+,\s*[+-]?\d+\.\d+,\s*[+-]?\d+\.\d+\s*%"
                          r"|行情 ?\d+\.\d+ [+-]?\d+\.\d+%(?:[,，] ?诊股)?)[)）]")

# “国四条”, 国八条, 新国十条: a State Council policy nicknamed by its number of articles (fresh12 422, the nuclear moratorium
# after Fukushima) names the policy and counts nothing. Not after a country's or a group's name: 美国三条航线, 中国五条建议
# count routes and proposals.
_POLICY_NICKNAME = re.compile(r"(?<![中美英法德日韩俄泰各两全该本外我邻强大小])国[三四五六七八九十]{1,2}条(?![路线航河街])")

# 21世纪教育研究院 (fresh18 582, an institute; gold NOT ×2), 21世纪商业评论 (a magazine, fresh10 371): a century that begins
# an institution's or a publication's name names it, as the outlet 21世纪经济报道 does (tune 250, fresh17 551; outlets.tsv);
# not a century followed by 的/之 or a time word (21世纪的公司, 20世纪初, 21世纪以来).
_CENTURY_INSTITUTION = re.compile(r"(?:\d{1,2}|二十一|二十)世纪(?=(?:(?![的之初末中以])[\u4e00-\u9fff]){0,4}?"
                                  r"(?:研究院|研究所|研究中心|基金会|学院|集团|公司|出版社|评论|周刊|杂志))")

# 1月1日0—24时, 2022年1月1日0时—24时, 5月3日0时至24时, 2021年12月9日0时—2022年1月1日24时: a bulletin's whole day (or days),
# midnight to midnight, is the day itself (the gold writes 2022-01-01); 24 is no hour of the clock, and 0 to 24 no count.
# 9日8时至20时 (a window inside the day) stays a time range.
_WHOLE_DAY = re.compile(rf"(?<=[日号]) ?0 ?时?(?:{_RANGE_SEP}24 ?时|(?={_RANGE_SEP}(?:\d{{4}} ?年 ?)?(?:\d{{1,2}} ?月 ?)?\d{{1,2}} ?日 ?24 ?时))"
                        r"|(?<=[日号]) ?24 ?时")
# 昏迷1天1夜, 3天2夜: the nights of a stay or an ordeal told after its days, one span (three days, 三天三夜, counts once; its
# Chinese numerals are no figure already).
_NIGHTS_AFTER_DAYS = re.compile(r"(?<=天) ?\d{1,2} ?夜")


def _not_figures(text: str):
    """Spans that hold digits but no quantity: telephone and ID numbers, list markers, codes, titles, articles of a law,
    document numbers, stock codes and quotes after a company's name, policy nicknames (国四条), names with numbers (index_names.txt, numbered_names.tsv, outlets.tsv) and set phrases with a numeral
    (numeral_set_phrases.txt)."""
    for m in (*_PHONE_OR_ID.finditer(text), *_LIST_MARKER.finditer(text), *_CODE.finditer(text), *_TITLE.finditer(text), *_QUOTED_NUMBERED_NAME.finditer(text),
              *_LAW_ARTICLE.finditer(text), *_DOCUMENT_NUMBER.finditer(text), *_STOCK_CODE.finditer(text),
              *_STOCK_QUOTE.finditer(text), *_POLICY_NICKNAME.finditer(text), *_CENTURY_INSTITUTION.finditer(text),
              *_WHOLE_DAY.finditer(text), *_NIGHTS_AFTER_DAYS.finditer(text)):
        yield m.start(), m.end()
    for m in (*index_names().finditer(text), *numeral_set_phrases().finditer(text), *numbered_names().finditer(text),
              *numbered_outlet_names().finditer(text)):
        yield m.start(), m.end()
    yield from _match_names(text)
    yield from _slogans(text)


@lexicon.cached
def _event_patterns() -> tuple[re.Pattern, re.Pattern]:
    """2022年卡塔尔世界杯, 2022中超联赛: a year right before a competition's name (match_words.tsv) names the
    edition; and a competition's name ending the text (世界杯16强: the stage of that competition)."""
    events = "|".join(map(re.escape, match_words()["event"])) or "(?!)"
    return (re.compile(rf"(?<![\d.])(?:1[89]|20)\d\d ?年?(?=[\u4e00-\u9fff]{{0,4}}?(?:{events}))"),
            re.compile(f"(?:{events})$"))


# 1/8决赛, 8强, 十六强: a stage of a tournament (its field halves each round: 4, 8, 16, 32 sides).
_STAGE_FINAL = re.compile(r"(?<![\d.])1/\d{1,2}(?=决赛)")
_STAGE_STRONG = re.compile(r"(?<![\d.])(?P<n>4|8|16|32|四|八|十六|三十二)强(?![国度化调烈])")
# A line-up: 1-侯森；34-乃比江、26-柏杨 (shirt numbers) and the formation in brackets, 北京国安（4141）: digits
# of 1 to 6 adding up to the 10 outfield players.
_SHIRT_NUMBER = re.compile(r"(?:(?<=[：:；;、，,（(’′】])|^)\d{1,2}-(?=[\u4e00-\u9fff])")
_FORMATION = re.compile(r"(?<=[（(])[1-6]{3,5}(?=[)）])")
OUTFIELD_PLAYERS = 10


def _match_names(text: str):
    """Numbers that name something in sport: an event's edition year, a tournament stage, and in a match
    report the line-up's shirt numbers and formation."""
    event_year, event_before = _event_patterns()
    for m in (*event_year.finditer(text), *_STAGE_FINAL.finditer(text)):
        yield m.start(), m.end()
    report = _match_report(text)
    for m in _STAGE_STRONG.finditer(text):
        if report or event_before.search(text[:m.start()]):
            yield m.start(), m.end()
    if report:
        for m in _SHIRT_NUMBER.finditer(text):
            yield m.start(), m.end()
        for m in _FORMATION.finditer(text):
            if sum(map(int, m.group())) == OUTFIELD_PLAYERS:
                yield m.start(), m.end()


# ---------------------------------------------------------------------------------------------
# Pass 2: every other number, read with what follows it

# 唯一一份, 统一一个标准, 逐一一条: the first 一 ends the word before it, so a numeral never starts there (一一 is no 11).
_NUMBER_TOKEN = re.compile(rf"(?P<ar>{_AR})|(?<![唯统逐])(?P<cn>{_CN})")


def _is_han(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def _is_latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


def _touches_latin(text: str, start: int, end: int) -> bool:
    """GPT-4, H800, 5G, 4/5G, v1.2: a number glued to Latin letters is part of a name."""
    before = start > 0 and (_is_latin(text, start - 1) or (text[start - 1] in "-." and _is_latin(text, start - 2)))
    return before or _is_latin(text, end)


def _latin_name(text: str, start: int, end: int) -> bool:
    """A number touching Latin letters is a name (GPT-4, H800, 5G) unless the letters are its unit (5400GW, 20kg)
    or a percent sign follows it (收购GEE34.9％股权: a share of the company named before it)."""
    if not _touches_latin(text, start, end):
        return False
    if text[end:end + 1] in "%％" and not _is_latin(text, end + 1):
        return False
    unit = _match_unit(text, end)
    latin_unit = unit is not None and unit.surface.isascii() and not _is_latin(text, start - 1)
    return not latin_unit


def _clause_before(text: str, i: int) -> str:
    return re.split(r"[，。；！？,;!?]", text[:i])[-1]


def _match_unit(text: str, i: int, number_start: int | None = None) -> Unit | None:
    """The unit at ``i``; a row with a context only when one of its words stands within
    UNIT_CONTEXT_CHARS before ``number_start`` (the start of the number it follows) or after the unit
    (4～5级偏北风), or, for a context word written →X, when X comes right after the unit (140块。, →
    alone: the text ends there)."""
    for unit in _units_by_first_character().get(text[i:i + 1], ()):
        if not text.startswith(unit.surface, i) or text.startswith(unit.not_before, i + len(unit.surface)):
            continue
        if unit.context:
            after = i + len(unit.surface)
            near = "" if number_start is None else (text[max(0, number_start - UNIT_CONTEXT_CHARS):number_start]
                                                    + " " + text[after:after + UNIT_CONTEXT_CHARS])
            follows = text[after:].lstrip(" ")
            if not any((follows.startswith(w[1:]) if w != "→" else not follows) if w.startswith("→") else w in near
                       for w in unit.context):
                continue
        # A Latin unit must end there: 5GB yes, 5Gbps no.
        if unit.surface[-1].isascii() and _is_latin(text, i + len(unit.surface)):
            continue
        return unit
    return None


def _skip_space(text: str, i: int) -> int:
    return i + 1 if text[i:i + 1] == " " else i


def _read_multipliers(text: str, i: int) -> tuple[int, int]:
    """Multiplier characters at i (万, 亿, 千万), stopping where a unit such as 千克 begins; 兆 before a
    currency is a trillion (新台幣16兆元, Taiwan's and Hong Kong's 万亿; 兆瓦 stays a unit)."""
    factor = 1
    while i < len(text) and (text[i] in CN_MULTIPLIERS and text[i] != "十" or _trillion_before_money(text, i)):
        unit = _match_unit(text, i)
        if unit and unit.surface[0] in CN_MULTIPLIERS:
            break
        factor *= TRILLION if text[i] == TRILLION_CHAR else _MULTIPLIER_VALUE[text[i]]
        i += 1
    return factor, i


TRILLION_CHAR, TRILLION = "兆", 10**12


def _trillion_before_money(text: str, i: int) -> bool:
    unit = _match_unit(text, i + 1) if text[i:i + 1] == TRILLION_CHAR else None
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
    unit = _match_unit(text, i + m.end())
    if unit is None or unit.kind not in ("count", "measure"):
        return "", i
    end = i + m.end() + len(unit.surface)
    return "/" + (m[1] or "").strip() + unit.surface, end


# Words with 元 that name no yuan: 公元２年全国人口５９００多万 is people, not money.
_NOT_YUAN = re.compile("公元|纪元|元年|元旦|元宵|元素|单元|元首|元老|状元|多元|一元化")


# A money word this many characters after a bare 300亿 at most (百亿的造船订单, 百亿级别的“年度十大并购案”).
MONEY_WORD_AFTER_REACH = 4


@lexicon.cached
def headcount_words() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("headcount_words.txt"))


@lexicon.cached
def counted_people() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("counted_people.txt"))


def _people_counted_after(text: str, end: int) -> bool:
    """8000多万居民, 4亿农民, 19.5万员工: a noun of people (counted_people.txt) right after a bare 万/亿 number counts
    them (the seen gold's count rows; 14亿人口, a population, stays a number)."""
    return text.startswith(counted_people(), end)


def _counts_heads(text: str, start: int) -> bool:
    """A word for people or visits (headcount_words.txt) stands in the clause before a bare number, after the last
    money word there: 受惠人數將增至140萬 is how many people, even after 醫療費用."""
    clause = _clause_before(text, start)
    last_money = max((clause.rfind(w) for w in money_context_words()), default=-1)
    return any(clause.rfind(w) > last_money for w in headcount_words())


def _money_context_currency(text: str, start: int, end: int) -> str | None:
    """The currency of a bare 300亿: money when a money word comes earlier in its clause (市值, 成交额 …)
    or right after it (45亿票房, 300万的费用), or a currency is named before it in the clause
    (约合人民币370亿); the currency is the last one named before it, else CNY; not after a word for people
    (受惠人數將增至140萬)."""
    if _counts_heads(text, start):
        return None
    clause = _NOT_YUAN.sub("", _clause_before(text, start))
    after = re.sub(r"^[\s“”「」’\"]*(?:规模|级别|量级)?的?[\s“”「」’\"]*", "", text[end:end + 10])  # “4 万亿” 投资, 百亿规模的 “资本"
    money_word_after = any(0 <= after.find(w) <= MONEY_WORD_AFTER_REACH for w in money_context_words())  # 百亿的造船订单
    currency_in_clause = any(s in clause for s in _currency_codes() if not s[0].isascii())
    if not (money_word_after or currency_in_clause or any(word in clause for word in money_context_words())):
        return None
    before = text[:start]
    named = [(before.rfind(s), code) for s, code in _currency_codes().items() if s in before]
    return max(named)[1] if named else "CNY"


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
            and _is_han(text, end + 1) and _match_unit(text, end + 1) is None)


# 8:30, 1:0, 比分2∶两: what stands before a colon that makes the figure after it part of a time or a ratio.
_RATIO_BEFORE_COLON = re.compile(rf"(?:\d|[{CN_DIGITS}十两]) ?$")


def _generic(text: str, m: re.Match, claimed: list[bool]) -> Quantity | None:
    start, token = m.start(), m.group()
    chinese = m["cn"] is not None
    if not chinese and (_latin_name(text, start, m.end()) or re.match(r"0\d", token)):
        return None  # GPT-4, H800; 0755, 007 are codes (08年 was read as a date in pass 1)
    colon_before = start > 0 and text[start - 1] in ":∶"
    # 年龄：27岁, 价格：30元: digits after a label's full-width colon (written ":") are its figure when a unit follows
    # them (公司代码:600598 and a list's ：1， stay no figure)
    after_label = colon_before and not chinese and _is_han(text, start - 2)
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
    pair = _neighbouring_digits(token) if chinese else None
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
    unit_start = _skip_space(text, i)
    unit = _match_unit(text, unit_start, start)
    if unit is not None and any(claimed[unit_start:unit_start + len(unit.surface)]):
        unit = None
    if unit is not None and unit.surface == "人" and text.startswith("口", unit_start + 1) and re.search("[万亿萬億]", text[start:unit_start]):
        unit = None  # 14亿人口, 8亿人口: a population, a number (FIGURES_CONVENTION, round 28); 两人口角 is two people
    priced = _currency_prefix().search(text, 0, start) is not None  # US$999, RMB 100万: an amount
    if priced and unit is not None and unit.kind != "money":
        unit = None  # US$999起: "from", no count of cases
    if order and unit is not None and unit.surface in ("级", "級"):
        # 千亿级: the order, no tier counted; the figure keeps its 级 word, so the money word after it is in reach
        unit, qualifier, i = None, qualifier or "approximate", _ORDER_WORD.match(text, m.end()).end()
    if unit is None and after_label and not priced:
        return None
    if unit is None and re.search(r"[A-Za-z] $", text[:start]) and not priced:
        return None  # iPhone 15, Mate 60, Windows 11: a model number after its name
    if unit is None and i == m.end() and re.fullmatch(r"[1-9]\.0", token) and _version_context(text, start, i):
        return None  # 將YouBike1.0全面升級2.0 (fresh16 525), 工业4.0: a version's number, no amount
    if unit is None and not chinese and i == m.end() and _quoted_alone(text, start, i):
        return None  # 鼎鼎大名的“4568”法 (fresh16 510), 城管“11.10”血案 (fresh16 522): digits quoted alone name
        # (“四万亿”刺激 in words stays an amount)
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
    before = re.compile(rf"(?:{'|'.join(words['before'])})[:：]? ?$")
    after = re.compile(rf" ?(?:{'|'.join(words['service'])})?(?:{'|'.join(words['line'])})")
    return before, after


def _dialled(text: str, start: int, end: int) -> bool:
    """A telephone number: digits after a verb of dialling or a line's name (拨打 12329, 热线电话：96333), or before
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
    unit = _match_unit(text, i + m.end(), start)
    return i + m.end() if unit is not None and unit.context else None


def _read_amount(text: str, start: int, i: int, low: Decimal, pair_high: Decimal | None, claimed: list[bool]):
    """What follows a numeral up to its unit: 多/余/几, 万/亿, a range's high end (40~65, 3-5万).
    Returns (low, high or None, multiplier, qualifier, position); both ends already multiplied."""
    qualifier, after_inner = _inner_qualifier(text, _skip_space(text, i))
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


def _neighbouring_digits(token: str) -> tuple[Decimal, Decimal] | None:
    """三四, 两三万, 三五: two rising digits side by side mean "three or four", not 34; after a ten too (十五六份,
    二十七八岁: fifteen or sixteen, 27 or 28)."""
    m = re.fullmatch("(?P<tens>[一二三四五六七八九]?十)?([一两二三四五六七八九])([一两二三四五六七八九])([十百千]?[万亿]*)",
                     token)  # 二三十厘米: 20–30
    if not m or m["tens"] and m[4].startswith(("十", "百", "千")):  # 二十三四十 is no pair
        return None
    tens = _int(m["tens"]) if m["tens"] else 0
    scale = math.prod(_MULTIPLIER_VALUE[c] for c in m[4])
    low, high = (Decimal((tens + _int(c)) * scale) for c in m.group(2, 3))
    return (low, high) if low < high else None


_HIGH_END_AFTER_UNIT = re.compile(_RANGE_SEP + rf"(?:(?P<n>{_AR})|(?P<cn>[两{CN_DIGITS}十]{{1,3}}))")


def _range_after_unit(text: str, i: int, unit: Unit, low: Decimal, claimed: list[bool]):
    """每斤10元-12元, 10万元至20万元, 三年至五年 (in Chinese numerals: a small number, its unit again): the high end
    written with its own unit. Returns (high or None, end of the figure)."""
    m = _HIGH_END_AFTER_UNIT.match(text, i)
    if not m or any(claimed[m.start(1 if m["n"] else 2):m.end()]):
        return None, i
    if m["cn"]:
        high, j = parse_number(m["cn"]), m.end()
    else:
        after = _skip_space(text, m.end()) if text[_skip_space(text, m.end()):][:1] in "万亿千百" else m.end()
        factor, j = _read_multipliers(text, after)  # 1,100 萬元至 2,300 萬元: typeset with spaces
        high = Decimal(m["n"].replace(",", "")) * factor
    if high is None or not text.startswith(unit.surface, j) or high < low:
        return None, i
    return high, j + len(unit.surface)


# 用一到两句话, 一至三天: 一 opening a range of Chinese numerals is its low end, never the article.
_ONE_OPENS_RANGE = re.compile(rf"{_RANGE_SEP}[两二三四五六七八九十]")


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
    unit = _match_unit(text, end, start)
    if unit is not None and unit.kind == "multiple":
        return True  # 多一倍, 扩大近一倍: 一 before 倍 is never an article
    if unit is not None and unit.kind == "measure" and any(text[:start].endswith(cue) for cue, _ in qualifier_cues()["before"]):
        return True  # 不到一米, 不到一公里: a bound on one unit measures a distance
    if unit is None or unit.kind != "count" or unit.surface == "次":  # 生命只有一次: a saying
        return False
    before = text[max(0, start - 8):start]
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
    unit = _match_unit(text, m.end())
    # after a bound any measure word counts, a figure-of-speech one too (逾千点: the index's points, a ftv page and
    # the brief's 近百 shape; a bare 三点 stays unread, as it has no bound word before it)
    counted = unit is not None and unit.kind in ("count", "measure", "money")
    after_bound = m.start() > 0 and text[m.start() - 1] in "近约逾达过超"
    if re.fullmatch("[百千万亿]+", m.group()) is None:
        return False
    # 万余名, 百余家, 千余人: 余 or 多 and a measure word after it make it "over ten thousand (people)"
    rounded = re.match(r"[余多]", text[m.end():]) is not None and (after := _match_unit(text, m.end() + 1)) is not None \
        and after.kind == "count" and after.single_cn
    return rounded or after_bound and (counted or len(m.group()) > 1)


# 4、5名, 三、四个: two consecutive single digits joined by 、 and followed by a unit are an approximate
# range, not a list (a list goes on: 1、2、3, or its items are not consecutive).
_NEXT_DIGIT = re.compile(rf"、(?P<below>(?!))?(?P<n>[1-9]|[{CN_DIGITS}])(?![\d{CN_DIGITS}十百千万亿、.])")


def _next_digit_after_comma(text: str, start: int, j: int):
    m = _NEXT_DIGIT.match(text, j)
    low = text[start:j]
    if not m or len(low) != 1 or low in "零〇" or _match_unit(text, m.end()) is None:
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
    m = re.compile(_RANGE_SEP + rf"(?P<below>{BELOW_ZERO})?(?P<n>{_AR}|{_CN})").match(text, j) \
        or _next_digit_after_comma(text, start, j)
    if not m or any(claimed[m.start("n"):m.end("n")]) or _touches_latin(text, m.start("n"), m.end("n")):
        return None, i
    cue = change_cue_before(text, start)
    if re.search("[至到]", text[j:m.start("n")]) and cue and cue[1] != "level" and not _BARE_LOW_END.fullmatch(text[start:i]):
        return None, i
    if j > i and not text.startswith(text[i], _skip_space(text, _read_multipliers(text, m.end())[1])):
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
    if re.fullmatch(r"\d{3,4}", token) is None or not _is_han(text, after) or text[after] in _FIGURE_GOES_ON:
        return False
    word, tag = segment.cut_pos(text[after:after + 8])[0]
    return len(word) >= 2 and tag.startswith(_NAME_WORD_TAGS)  # not 162票, 500度, 2019届, 2023 全年


# 1997被列入濒危…, 2022選戰即將開打, 2019入伍新兵, ２０１４國內年終調查, 在 2023 全年 (fresh13 441, fresh6 272, fresh7 307,
# tune 69, fresh2 112: gold date): a year written without 年 right before the words it dates; a name it begins
# (2020英雄联盟全球总决赛) is left out before this, an amount goes on (2000多, 2000余, 到 2100) or has its unit.
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


# 今（2017）年, 戊戌（2018）年 (fresh13 430, fresh2 83: gold date): the year glossed in brackets inside its own 年.
_GLOSSED_YEAR = re.compile(r"[（(](?:19|20)\d\d[）)]年")


def _bare_year(text: str, start: int, end: int, token: str) -> bool:
    if _BARE_YEAR.fullmatch(token) is None:
        return False
    if start > 0 and _GLOSSED_YEAR.match(text, start - 1):
        return True
    after = end + (text[end:end + 1] == " ")
    return _is_han(text, after) and text[after] not in _FIGURE_GOES_ON and not (start > 0 and text[start - 1] in _AMOUNT_BEFORE)


def _classify(text, start, end, chinese, token, low, high, factor, unit, qualifier) -> Quantity | None:
    # ``chinese``: a Chinese numeral that may be a word (十分, 两种); False for 1.5 and round figures (数十种).
    fmt_high = format_decimal(high) if high is not None else ""
    if unit is None:
        large = factor > 1 or re.search("[万亿]", text[start:end])  # 300亿, and round 百亿, 数十亿
        currency = _money_context_currency(text, start, end) if large else None
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
            and _RATE_BEFORE.search(_clause_before(text, start)) is not None
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
    return (re.fullmatch(r"[1-9]\d?", token) is not None and text[after - 1:after] == "大" and _is_han(text, after)
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
    clause = _clause_before(text, start)
    return any(w in clause for w in fx_context_words()) and not _RATE_WORDS.search(clause)


# ---------------------------------------------------------------------------------------------
# Change and level: 营收同比增长15%至120亿元 is a rise of 15% (change_up) landing on 120亿元 (level)

# Words that may stand between a change word and its figure: 增长了近800倍, 增幅仅约为29.2%, 降幅普遍都在10℃.
_ROLE_FILLER = re.compile(r"(?:了|仅|约|达|高达|分别|均|已|近|超过|超|逾|将近|接近|大约|不到|不足|至|到|为|却|也|则|都|仍|还|再|普遍|都在| )*$")
_ROLE_KINDS = ("money", "percent", "multiple", "ratio", "count", "measure", "number")
# 1056.2亿元，同比增长8.8%: a level followed by its change in the next few words; the base it is compared
# with may be a year or a point of one (存款余额1970.6亿元，比年初增加266亿元; 预算433.8万元，比2018年减少2万元).
_CHANGE_FOLLOWS = re.compile(r"^[，,]? ?(?:同比|环比|(?:比|较)(?:上年末|上年|去年|年初|上月|上季度|\d{4} ?年)(?:同期)?)?")
_JOINED = re.compile(r"^ ?[、和与及或] ?$")  # 4.51个百分点、3.26个百分点和0.21个百分点 share one verb


def _change_of(between: str) -> bool:
    """"，同比增长" / "，同比增长率高达": nothing but a comparison and a change word between a level and its change."""
    rest = between[_CHANGE_FOLLOWS.match(between).end():]
    core = rest[:_ROLE_FILLER.search(rest).start()]
    found = _cue_at_end(core)
    return found is not None and found[0] == core and found[1].startswith("change")


def _cue_at_end(core: str) -> tuple[str, str] | None:
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
    filler = _ROLE_FILLER.search(before)
    found, between = _cue_at_end(before[:filler.start()]), filler.group()
    whole = _cue_at_end(before) if found is None else None
    if whole is not None and whole[1] in ("change_up", "change_down", "level"):
        found, between = whole, ""  # ，达到3.0995美元: the cue is made of filler words (达, 到)
    if found is None or found[1] == "none":
        return None
    return found[0], found[1], between


def _role_of(text: str, q: Quantity, previous: Quantity | None) -> tuple[str, bool]:
    """(role, reached): reached = a change verb followed by 至/到/为, the figure is the level reached."""
    if previous is not None and previous.role and _JOINED.match(text[previous.end:q.start]):
        return previous.role, False
    if previous is not None and previous.role.startswith("change") and re.fullmatch(" ?[至到] ?", text[previous.end:q.start]):
        return "level", True  # 增长15%至120亿元
    found = change_cue_before(text, q.start if previous is None or previous.end <= q.start else q.start)
    if found is None:
        return _change_of_the_object(text, q), False
    cue, role, filler = found
    if previous is not None and previous.end > q.start - len(cue) - len(filler):
        return "", False  # the cue belongs to the figure before
    noun = cue.endswith(("幅", "速", "率", "量", "幅度"))  # 增幅为29.2%, 涨价幅度为1～1.5元: the size of the change
    # 下跌仅为1% (fresh26 820): 仅 before 为 weighs the move itself, as 增幅为 does; 下调为2元, 降至仅为 land on a level
    if role.startswith("change") and not noun and re.search("[至到]|(?<!仅)为", filler):
        return "level", True
    return role, False


# 全面下调金融机构存款准备金率0.5个百分点 (fresh26 821), 会增加国民的大麻消费量35% (fresh21 681): a change verb, its object
# and then the percent it moves by, with no filler between (增长15%, 下降至2% are read by the cue right before the figure).
# The object is a noun phrase in Han characters.
_VERB_OBJECT_PERCENT = re.compile(r"(?P<object>[\u4e00-\u9fff]{2,12})$")
# A share, a copula or a comparison in it (占, 比重, 为, 是, 低于, 相差) makes the percent a level or a gap.
_NOT_AN_OBJECT = re.compile(r"[占为是达至到约近超逾仅]|比重|比例|之比|目标|预期|高于|低于|跑赢|相差|差距")


def _change_of_the_object(text: str, q: Quantity) -> str:
    """change_up / change_down when a percent follows a change verb's object in its clause (下调…存款准备金率0.5个百分点),
    else ""."""
    if q.kind != "percent":
        return ""
    clause = _clause_before(text, q.start)
    for cue, role in change_cues():
        if not role.startswith("change") or cue.endswith(("幅", "速", "率", "量", "幅度")):
            continue
        at = clause.rfind(cue)
        rest = clause[at + len(cue):] if at >= 0 else ""
        # 增加值, 新增 end in the cue, 增速 begins with it: a longer word, no verb
        longest = next((c for c, _ in change_cues() if clause.startswith(c, at)), cue) if at >= 0 else ""
        if (at >= 0 and _VERB_OBJECT_PERCENT.fullmatch(rest) and not _NOT_AN_OBJECT.search(rest)
                and _cue_at_end(clause[:at + len(cue)]) == (cue, role) and longest == cue):
            return role
    return ""


def _moved_without_figure(between: str) -> bool:
    """古茗上午开盘再次上涨，每股最高触及10.4港元 (fresh23 740): a clause that ends on a change verb, told without its size
    since the figure before, is the move a level cue's figure ends (not a change word inside a noun phrase:
    经济增长的贡献率达到89%, 增速…达到38.7%)."""
    return any(role in _RATE_NOUN_ROLES and (cue + "，" in between or cue + "," in between) for cue, role in change_cues())


def _span_reached(text: str, q: Quantity, previous: Quantity | None) -> bool:
    """平均时间延长至280天, 待闸时间拉长到220个小时 (tune 224, fresh11 381): a span a change verb and 至/到 land on is a
    level; any other span keeps no role (连续增长5年 is how long, not how much: the seen gold gives 813 of 825 durations
    none), nor one that counts back from now (下降至十多年来的最低点, fresh7 302)."""
    if text.startswith(("来", "以来"), q.end):
        return False
    role, reached = _role_of(text, q, previous)
    return reached and role == "level"


def assign_roles(text: str, found: list[Quantity]) -> list[Quantity]:
    """Role and pairing of each figure of one sentence (``found`` in reading order).

    change_up / change_down: right after a change word (增长, 下降, 增幅 …, change_cues.tsv);
    level: after a change verb and 至/到/为 (增长15%至120亿元, 下调为2元), after 报/收于 when the
    sentence also reports a change, the start of 从/由 X 到 Y, or a figure followed by its change
    (营业额385.7亿元，同比增长42.2%). A change and the level it reaches point at each other (``pair``);
    a change written without its unit takes the level's (增加2.3万至18.6万人 → 23000 人).
    """
    out: list[Quantity] = []
    reached_level: set[int] = set()
    for k, q in enumerate(found):
        if q.kind == "duration" and not q.role:
            previous = next((p for p in reversed(out) if p.kind in _ROLE_KINDS), None)
            if _span_reached(text, q, previous):
                out.append(replace(q, role="level"))
                reached_level.add(k)
            else:
                out.append(q)
            continue
        if q.kind not in _ROLE_KINDS or q.role:
            out.append(q)
            continue
        previous = next((p for p in reversed(out) if p.kind in _ROLE_KINDS), None)
        role, reached = _role_of(text, q, previous)
        out.append(replace(q, role=role))
        if reached:
            reached_level.add(k)
    for k, q in enumerate(out):
        previous = next((p for p in reversed(out[:k]) if p.kind in _ROLE_KINDS), None)
        if q.role == "level" and k not in reached_level and not (previous and previous.role.startswith("change")) and not (
                _moved_without_figure(text[previous.end if previous else 0:q.start])):
            out[k] = replace(q, role="")  # 报6.54 is a level only right after the change it follows
    out = _rates_named_before(text, out, reached_level)
    for k, q in enumerate(out):
        nxt = next((j for j in range(k + 1, len(out)) if out[j].kind in _ROLE_KINDS), None)
        if nxt is None:
            continue
        between = text[q.end:out[nxt].start]
        if k in reached_level or q.kind not in _ROLE_KINDS:
            continue
        if not q.role and nxt in reached_level and re.search("[从由]", _clause_before(text, q.start)):
            out[k] = replace(q, role="level", pair=nxt)  # 从129亿元跃升至238亿元: both levels
            out[nxt] = replace(out[nxt], pair=k)
        elif q.role.startswith("change") and nxt in reached_level:
            out[k] = replace(q, pair=nxt)
            out[nxt] = replace(out[nxt], pair=k)
            if not q.unit and out[nxt].unit and q.kind == "number":
                out[k] = replace(out[k], kind=out[nxt].kind, unit=out[nxt].unit)
        elif out[nxt].role == "level" and nxt not in reached_level and q.role.startswith("change") and q.pair is None:
            out[k] = replace(q, pair=nxt)  # 跌0.06%，报6.559元
            out[nxt] = replace(out[nxt], pair=k)
        elif not q.role and out[nxt].role.startswith("change") and _change_of(between) and (
                q.kind != "percent" or q.unit != out[nxt].unit):
            out[k] = replace(q, role="level", pair=nxt)
            out[nxt] = replace(out[nxt], pair=k)
    return _no_role_in_a_tally(_compared_levels(text, _from_and_to_levels(text, _levels_told_apart(text, out))))


def _levels_told_apart(text: str, out: list[Quantity]) -> list[Quantity]:
    """销售面积69.7万平方米，销售金额64.1亿元，同比分别增长19.3%和19.7% (test 59, fresh6 275, fresh31 921): N changes
    after 分别 follow N figures each told in its own clause; those are the levels the changes moved (the written rule's
    level followed by its change), paired in order. A list of levels after one verb, 产销量分别为50.4万辆和49.6万辆 or
    A、B (fresh25 801, fresh26 822: gold no role), is left as it is."""
    roled = [k for k, q in enumerate(out) if q.kind in _ROLE_KINDS]
    for n, k in enumerate(roled):
        if not out[k].role.startswith("change") or n == 0 or out[roled[n - 1]].role:
            continue
        between = text[out[roled[n - 1]].end:out[k].start]
        rest = between[_CHANGE_FOLLOWS.match(between).end():]
        if not (rest.startswith("分别") and _change_of(rest[len("分别"):])):
            continue
        changes = [k]
        for j in roled[n + 1:]:
            if not (out[j].role.startswith("change") and _JOINED.match(text[out[changes[-1]].end:out[j].start])):
                break
            changes.append(j)
        levels = roled[max(n - len(changes), 0):n]
        apart = all(re.search("[，,]", text[out[a].end:out[b].start]) and not _SENTENCE_BREAK.search(text, out[a].end, out[b].start)
                    for a, b in zip(levels, levels[1:]))
        if len(levels) < 2 or len(levels) != len(changes) or not apart or any(out[a].role for a in levels):
            continue
        for level, change in zip(levels, changes):
            out[level] = replace(out[level], role="level", pair=change)
            out[change] = replace(out[change], pair=level)
    return out


# 登記1800 宗及185 億元，將較3 月的1439 宗及150.6 億元，分別上升 (fresh27 844, a Hong Kong property forecast): the
# figures after 较 are the base of the comparison, the ones before it the levels that moved (FIGURES_CONVENTION: a
# base gets no role). 比 as in 比重, 比例, 比率 compares nothing.
_COMPARISON_WORD = re.compile(r"[较較]|比(?![重例率值])")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?]")


def _compared_levels(text: str, out: list[Quantity]) -> list[Quantity]:
    """A change whose clause compares with figures after 较/比 (the base), one of them read as the level: each base
    figure leaves the level to the nearest earlier figure of its kind and unit before the comparison word, in the same
    sentence and given no role."""
    for j, change in enumerate(out):
        if not change.role.startswith("change"):
            continue
        words = [m for m in _COMPARISON_WORD.finditer(text, 0, change.start)
                 if not _SENTENCE_BREAK.search(text, m.end(), change.start)]
        if not words:
            continue
        compared_at = words[-1].start()
        sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, compared_at)), default=0)
        bases = [k for k in range(j) if out[k].start > compared_at and out[k].kind in _ROLE_KINDS
                 and out[k].role in ("", "level")]
        # Only when the base was read as the level: 指数为103.97，相比2004年的90.83，也上涨了1.14倍 keeps both plain
        # (fresh10 378, gold no role).
        if not any(out[k].role == "level" for k in bases):
            continue
        for b in bases:
            level = next((i for i in range(j - 1, -1, -1) if sentence_start <= out[i].start and out[i].end <= compared_at
                          and not out[i].role and (out[i].kind, out[i].unit) == (out[b].kind, out[b].unit)), None)
            if level is None:
                continue
            out[level] = replace(out[level], role="level", pair=j)
            out[b] = replace(out[b], role="", pair=None)
            if change.pair == b:
                out[j] = change = replace(change, pair=level)
    return out


# A percent named by a rate of change a few words before it, not right after it: GDP增速最高的是山西，达到了15.82%,
# GDP增速来看，…分别是：北京10.7%、浙江10.6%, 出口增速位居全国前列，均在20%以上 (fresh17 551, fresh19 632).
_RATE_NOUN_ROLES = ("change_up", "change_down")
_RATE_GAP_STOP = re.compile(r"[。；;！？!?]|占|比重|目标|预期|高于|低于|超过|跑赢|相差|差距|之比")


@lexicon.cached
def _rate_nouns() -> tuple[tuple[str, str], ...]:
    """(cue, role) of the change cues that name a rate of change (增速, 增幅, 增长率, 降幅 …): chosen once, not for every
    percent figure read."""
    return tuple((cue, role) for cue, role in change_cues()
                 if role in _RATE_NOUN_ROLES and cue.endswith(("幅", "速", "率", "幅度")))


def _rate_noun_before(text: str, start: int) -> tuple[int, str] | None:
    """(where it ends, role) of the last rate noun (增速, 增幅, 增长率, 降幅 …) within 80 characters before
    ``start``, nothing in between that names another quantity; None when there is none."""
    origin = max(0, start - 80)
    window = text[origin:start]
    best: tuple[int, str] | None = None
    for cue, role in _rate_nouns():
        at = window.rfind(cue)
        if at >= 0 and (best is None or at + len(cue) > best[0]):
            best = (at + len(cue), role)
    if best is None or _RATE_GAP_STOP.search(window[best[0]:]):
        return None
    return origin + best[0], best[1]


def _rates_named_before(text: str, out: list[Quantity], reached_level: set[int]) -> list[Quantity]:
    """A percent given no role that a rate of change names a few words back is that change; the figures
    between them, if any, are rates of the same list (分别为15.39%、14.26%)."""
    for k, q in enumerate(out):
        if q.role or q.kind != "percent" or q.unit != "%" or k in reached_level:
            continue
        found = _rate_noun_before(text, q.start)
        if found is None:
            continue
        end, role = found
        between = [p for p in out[:k] if p.kind in _ROLE_KINDS and p.start >= end]
        # 增速分别较上年提高0.9个、2个和10.7个百分点，对…的贡献率分别为78.6%: a change in points after the rate is that
        # rate's change, the rate noun is spent, the percents after it are no rates of its list (fresh15 490, gold no role)
        if all(p.kind == "percent" and p.unit == "%" and p.role == role for p in between):
            out[k] = replace(q, role=role)
    return out


def _no_role_in_a_tally(out: list[Quantity]) -> list[Quantity]:
    """五涨一平一降 counts categories by how they moved: its numbers are neither changes nor levels."""
    tally = {k for k, q in enumerate(out) if q.note == TALLY_NOTE}
    return [replace(q, role="", pair=None) if k in tally or q.pair in tally else q for k, q in enumerate(out)]


# 从2023年的51.67亿元，骤增至…, 由昨天的20℃降到今天的8℃, 从29元调价至32元: the start (从/由 a few words before it)
# and the end (至/到 a few words after it) of a move, whatever verb moves it.
_FROM_BEFORE = re.compile(r"[从由][^，。；从由至到]{0,10}$")
# 从原先的28小时，缩短成6.5小时 (fresh31 925): a change verb and 成 land on the second figure as 至/到 do.
_TO_BETWEEN = re.compile(r"^[^。；从由]{0,12}?(?:[至到]|(?:缩短|延长|缩减|压缩|减少|降低|下降|提高|提升|增加|扩大)成)")
# 以前的七三分变成五五分, 单价2元变为3元: a figure that becomes the next one is the level before, the next the level after.
_BECOMES_BETWEEN = re.compile(r"^[^，。；]{0,4}?(?:变成|变为|变作|转为|改为)$")


def _from_and_to_levels(text: str, out: list[Quantity]) -> list[Quantity]:
    """Two figures of one kind, neither given a role, joined as 从/由 X … 至/到 Y or X 变成 Y: both are levels, paired;
    two spans too (从原先的28小时，缩短成6.5小时, fresh31 925: the time a journey took and takes)."""
    kinds = (*_ROLE_KINDS, "duration")
    for k, q in enumerate(out):
        nxt = next((j for j in range(k + 1, len(out)) if out[j].kind in kinds), None)
        if nxt is None or q.kind not in kinds or q.role or out[nxt].role not in ("", "level") or out[nxt].kind != q.kind:
            continue
        between = text[q.end:out[nxt].start]
        if (_FROM_BEFORE.search(text[:q.start]) and _TO_BETWEEN.match(between)) or _BECOMES_BETWEEN.match(between):
            out[k] = replace(q, role="level", pair=nxt)
            out[nxt] = replace(out[nxt], role="level", pair=k)
    return out


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
    dated = _with_time(norm, _magnitudes_joined(norm, _points_shared(norm, sorted(found, key=lambda q: q.start))))
    return assign_roles(norm, dated if lone_weekdays else _without_lone_weekdays(dated))


def _points_shared(text: str, found: list[Quantity]) -> list[Quantity]:
    """分别提高0.9个、2个和10.7个百分点, 增速分别较上年提高7.6个和6个百分点 (fresh15 490, gold percent pp): members of a
    list written with 个 alone share the 百分点 after the last one; each is percentage points, not a count of 个."""
    shared = list(found)
    for k in range(len(shared) - 2, -1, -1):
        q, following = shared[k], shared[k + 1]
        if (q.kind == "count" and q.unit == "个" and text[q.end - 1:q.end] == "个" and following.kind == "percent"
                and following.unit == "pp" and _JOINED.match(text[q.end:following.start])):
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
                and not following.value_high and _RANGE_BETWEEN.fullmatch(text[q.end:following.start])
                and Decimal(q.value) < Decimal(following.value)):
            joined[k:k + 2] = [replace(following, start=q.start, value=q.value, value_high=following.value,
                                       qualifier="approximate")]
    return joined


@lexicon.cached
def _currency_prefix() -> re.Pattern:
    """US$999, HK$ 500, ￥30, RMB 100万: a currency sign or code right before the number (currency_prefixes.tsv), longest
    first; a code of letters must not follow another letter."""
    rows = sorted(lexicon.read_rows("currency_prefixes.tsv", ("prefix", "currency")), key=lambda r: -len(r[0]))
    return re.compile("(?:" + "|".join(("(?<![A-Za-z])" if p[0].isalpha() else "") + re.escape(p) for p, _ in rows)
                      + ") ?$", re.I)


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
        prefix = _currency_prefix().search(text, 0, q.start) if q.kind in ("number", "money") else None
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
    for start, end in _not_figures(norm):
        claimed[start:end] = [True] * (end - start)
    special = [*_dimensions(norm), *_day_counts(norm), *_dates(norm), *_weekdays(norm), *_times(norm), *_fractions(norm), *_model_sizes(norm), *_match_figures(norm), *_ranks_and_multiples(norm),
               *_spoken_prices(norm), *_spoken_heights(norm), *_race_times(norm), *_counted_by(norm)]
    found = _choose(special, claimed)
    generic = [q for m in _NUMBER_TOKEN.finditer(norm)
               if not any(claimed[m.start():m.end()]) and (q := _generic(norm, m, claimed))]
    found += _choose(generic, claimed)
    return norm, _with_currency_prefix(norm, found)


def names_a_line(text: str) -> bool:
    """搭乘休闲公车128及小8: the sentence names a bus line (see :func:`_route_number`), a fact a reader can check."""
    if not any(cue in text for cue in transit_cues()):
        return False
    norm, found = _read_figures(text)
    return any(_route_number(norm, q) for q in found)


_CLAUSE = re.compile(r"[^，。；！？：,;!?:]+")
# Before a bare number these say it is an amount (达120, 共有30, 约500), even in a clause about buses.
_AMOUNT_BEFORE = "达为约共有计超逾近余第每"


def _route_number(text: str, q: Quantity) -> bool:
    """搭乘休闲公车128及小8, 再转乘128、129、131及131区公车, 搭乘230至阳明山: in a clause about riding a bus line
    (transit_cues.txt) a bare whole number with no unit names the line, it counts nothing (步行30分钟 keeps its unit)."""
    if q.kind != "number" or q.unit or q.value_high or not text[q.start:q.end].isdigit():
        return False
    if q.start > 0 and text[q.start - 1] in _AMOUNT_BEFORE:
        return False
    clause = next(m.group() for m in _CLAUSE.finditer(text) if m.start() <= q.start < m.end())
    return any(cue in clause for cue in transit_cues())


def _with_outer_qualifier(text: str, q: Quantity) -> Quantity:
    outer = _outer_qualifier(text, q)
    if outer and q.qualifier in ("", "approximate", "range") and q.kind != "rank":
        return replace(q, qualifier=outer)
    return q


# ---------------------------------------------------------------------------------------------
# Years for dates that do not write one


def _undated(value: str) -> bool:
    """--01-28, ---27, --Q3, -W5, T17:48: written without a year (or, for a clock time or a day of the
    week, without a day)."""
    return value.startswith(("-", "T"))


def _year_month(value: str) -> tuple[int, int | None]:
    """2023-05-12 → (2023, 5); 2015 and 2024-Q3 → (year, None)."""
    parts = value.split("T")[0].split("-")
    return int(parts[0]), (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None)


def _complete(value: str, year: int, month: int | None) -> str | None:
    if value.startswith("---"):
        return f"{year}-{month:02d}-{value[3:]}" if month else None
    return f"{year}-{value[2:]}"


def _valid(value: str) -> bool:
    """2020-02-30 is no date: a completion that lands there is wrong (--10-16, a day without its year, is
    checked in a leap year)."""
    day = value.split("T")[0]
    parts = ("2000" + day[1:] if day.startswith("--") else day).split("-")
    if len(parts) < 3:
        return True
    try:
        date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return False
    return True


def _year_near_publish(value: str, published: date) -> int:
    """The publish year, or the year before when the month-day would fall over half a year later
    (a January article's 12月28日 is last December)."""
    first_month = {"Q": 3, "H": 6}  # a quarter or a half-year from its first month
    month = first_month[value[2]] * int(value[3]) - first_month[value[2]] + 1 if value[2] in first_month else int(value[2:4])
    day = int(value[5:7]) if len(value) > 4 else 1
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return published.year
    return published.year - 1 if (candidate - published).days > 183 else published.year


# A day this many days after the publish date, in a sentence about the future (future_cues.txt), is this
# month's: a forecast's 26日 in an article of the 25th.
NEAR_FUTURE_DAYS = 2


@lexicon.cached
def future_cues() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("future_cues.txt"))


def _speaks_of_future(before: str) -> bool:
    """The sentence, up to a figure, is about what is to come (a word of future_cues.txt: 将于, 预计 …)."""
    return any(w in before for w in future_cues())


def _month_near_publish(day: int, published: date, future: bool = False) -> tuple[int, int]:
    """A 27日 with no month: this month when the day has come (or, in a sentence about the future, is
    NEAR_FUTURE_DAYS away at most), else last month."""
    if day <= published.day + (NEAR_FUTURE_DAYS if future else 0):
        return published.year, published.month
    return (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)


# 去年9月, 今年上半年, 明年一季度: a year named relative to the publish date, right before the date.
_RELATIVE_YEAR = re.compile(r"(前年|去年|今年|明年)(?:的)? ?$")
_RELATIVE_YEAR_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
# 到当年11月18日, 在当年的3月6日, 同年8月, 次年1月: the year of the last date told (the next one for 次年).
_TOLD_YEAR = re.compile(r"(当年|同年|该年|次年|翌年)(?:的)? ?$")
# An undated text that says both 今年 and 去年 (今年1月中旬 … 自去年开始) names its own year and the one before in words:
# the latest year it writes out is at most last year, so it is written the year after (fresh8 335, fresh5 180,
# test 59). With 去年 alone the latest year may be its own (fresh4 122 2025年出生的婴儿, 133 2018年10月1日起).
# An undated text whose 明年 names its latest year, told of in the same words (明年四川高考 … 2019年四川普通类考生…高考,
# 明年起，… 从2019年起，…: fresh5 173), is written the year before: the 2019 exam is next year's.
# Its latest year may be its own, though, when it is written without 年 right before the words it dates (_BARE_YEAR:
# 2018 第三場 GTC, 2022選戰即將開打, 2019入伍新兵, the current edition, season or intake; fresh18 576, gold 今年5月 =
# 2018-05) or glossed inside 今（2017）年: a text names its own year that way, not the year before. Then that year is the
# one written in, unless a year written with 年 is later (2005年7月 is still at most last year).
# A sentence that says 今年 and names a plan, a report or an event of one year in quotes or title marks (今年並制定
# 「2020年台南市菁英選手補助計畫」, 在今年3月…发布的《2018旺季人才趋势报告》: fresh16 526, fresh5 170, gold 2020 and 2018)
# says in its own words which year 今年 is. Not a year's accounts (《2017年度财务报告》, 「2017 年度企業家」: last year's,
# told this year) nor a long-range plan named by its end year (《2035年远景目标纲要》).
_NAMED_THIS_YEAR = re.compile(r"[《「“]\s*(?P<year>(?:19|20)\d\d)\s*年?(?![\s年]*度)(?P<name>[^《》「」“”]{1,40})[》」”]")
_LONG_RANGE_NAME = re.compile(r"规划|規劃|纲要|綱要|目标|目標|远景|遠景|愿景|願景")


def _this_year_named(texts) -> int | None:
    """The year a 今年 sentence names its plan, report or event by (see _NAMED_THIS_YEAR), when it names one."""
    years = {int(m["year"]) for t in texts if "今年" in t for m in _NAMED_THIS_YEAR.finditer(t)
             if not _LONG_RANGE_NAME.search(m["name"])}
    return years.pop() if len(years) == 1 else None


_NEXT_YEAR_WORDS = re.compile(r"明年(?:的)?(?P<w>[\u4e00-\u9fff][\u4e00-\u9fff，])")


def _next_year_is(year: int, texts) -> bool:
    text = "".join(texts)
    return any(f"{year}年{m['w']}" in text or f"{year}年的{m['w']}" in text for m in _NEXT_YEAR_WORDS.finditer(text))


# 到2030年, 力争2035年: a target year. It never anchors the undated dates around it.
_TARGET_BEFORE = re.compile(r"(?:到|至|力争|计划|预计|目标|争取|将于|将在|有望在?)$")
# 新个税法于2019年1月1日起施行: the day a rule takes effect, often still ahead when the news is written; with no
# publish date it is not the year the article tells about.
# 报告同时预测，至少在2027年之前，W-2申报数量都将低于… (fresh30 909): a year a forecast or a rule holds until is a
# boundary, not the year the story tells about; with no publish date to rule it out (a year after it), it anchors nothing.
_BOUNDARY_AFTER = re.compile(r"^\s*(?:之前|以前)")
_TAKES_EFFECT_AFTER = re.compile(r"^\s*(?:起|开始)?(?:正式)?(?:施行|实施|执行|生效)")


# 今晨, 今天上午: the time of day is on the publish date, whatever day the passage told before; 昨日下午5时,
# 昨天…下午2时许, a dateline's 6月14日讯…昨日上午8时45分: on the day before it; 明日下午: the day after.
# The last such word before the time in its sentence counts, and the day it names goes on through the
# paragraph.
_RELATIVE_DAY = re.compile("大前天|前天|前日|前晚|昨晨|昨早|昨天|昨日|昨晚|昨夜|今晨|今早|今天|今日|今晚|今夜|明天|明日|明晚|明早|后天")
_RELATIVE_DAY_OFFSET = {"大前天": -3, "前天": -2, "前日": -2, "前晚": -2, "明天": 1, "明日": 1, "明晚": 1, "明早": 1, "后天": 2}


# A clock time with no day of its own in a passage that names none takes the last day the article told when that
# day is at most this many days before the publish date (a story written up after the day it tells).
RECENT_DAYS = 7
# 创下2011年11月以来新高, 自2005年以来: the date a span is counted from, a point of reference in the past that tells
# nothing of when the story happens (a Taiwan finance page's closing line in the figures16 sweep dated its 23日 and
# 去年3月 to 2011).
_SINCE = re.compile(r"^ ?以来")

# Without a publish date, a clock time takes the last day told only that many paragraphs after it: in a digest of
# items (RTHK's feed of the day's stories), 晚上11時 in one item is not on the day another item told 200 paragraphs
# before.
LAST_DAY_REACH = 5


@lexicon.cached
def cohort_words() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("cohort_words.txt"))


def _names_cohort(written: str, after: str) -> bool:
    """2019届, 2019级, 2019年高考, 2019年校园招聘季: a year naming a cohort (cohort_words.txt), not a time."""
    return bool(re.fullmatch(r"\d{4} ?[届级屆級]", written)) or after.lstrip(" 的").startswith(cohort_words())


def _spans_a_decade(row) -> bool:
    """上世纪三十年代初, 19世纪: a decade or a century names an era, not the year of the months told after it in its
    passage (fresh30 909's 二季度 and 8月20日 were dated 1930 by 上世纪三十年代初)."""
    high = str(row.get("value_high") or "")
    return high[:4].isdigit() and str(row["value"])[:4].isdigit() and int(high[:4]) - int(str(row["value"])[:4]) >= 9


class _Anchors:
    """What an undated date can take its year (and month) from, in reading order (see infer_years)."""

    def __init__(self, published: date | None, latest_year: int | None):
        self.published, self.latest_year = published, latest_year
        # the year of the last date written with its year (or with 今年 / 去年), in reading order: 当年 / 同年
        self.last_year: int | None = None
        # no publish date, but the text says 今年 and 去年 (written the year after the latest year it names) or its
        # 明年 is the latest year (written the year before): the year and what shows it
        self.year_written: int | None = None
        self.year_written_anchor = ""
        # a guessed publish date set aside for years (see infer_years): still the day a 昨日 / 前晚 is counted from,
        # as a paper's archive keys a story by its issue (fresh9 353: 前晚十一時 in a record of 20020301)
        self.record_date: date | None = None
        # the year of the last date written with its month (2018年10月12日, 2016年3月), in reading order
        self.timeline_year: int | None = None
        self.sentence_year: dict[int, int] = {}
        self.paragraph_year: dict[int, int] = {}
        self.paragraph_month: dict[int, tuple[int, int]] = {}
        self.paragraph_day: dict[int, str] = {}
        # 6月14日讯…昨日上午8时45分 in the lead: the day the story tells, for hours later without a day
        self.story_day: str | None = None
        # 新华社北京7月8日电 / 新华社北京8日电: the dateline's month (and year), the month of a day told alone after it
        self.dateline_month: tuple[int | None, int] | None = None
        self.lead_para: int | None = None
        # the last day written or completed (and its paragraph), and 第二天 after it: (the day after, paragraph of 第二天)
        self.last_day: str | None = None
        self.last_day_para: int | None = None
        self.next_day: tuple[str, int] | None = None
        # the last clock time given the last date told (its day, T21:00): a timeline that runs past midnight
        self.last_clock: tuple[str, str] | None = None

    def usable(self, year: int, before: str, written: str = "", after: str = "") -> bool:
        """A written year anchors others unless it is a target (after 到/力争 … or after the publish year), names a
        cohort (2019届, 2019年高考: cohort_words.txt) or is the point a span is counted from (创下2011年11月以来新高)."""
        if self.published and year > self.published.year:
            return False
        if _names_cohort(written, after) or _SINCE.match(after) or not self.published and _BOUNDARY_AFTER.match(after):
            return False
        return not _TARGET_BEFORE.search(before.rstrip(" "))

    def note_written(self, row, before: str, after: str = ""):
        year, month = _year_month(row["value"])
        if not self.usable(year, before, str(row["text"]), after) or _spans_a_decade(row):
            return
        self.sentence_year[row["sent_id"]] = year
        self.paragraph_year[row["para_id"]] = year
        self.last_year = year
        if month:
            self.paragraph_month[row["para_id"]] = (year, month)
            self.timeline_year = year
        self._note_day(row)

    def complete(self, row, before: str = "", after: str = "") -> tuple[str | None, str, str]:
        """(completed value or None, note, anchor) for an undated date; ``before`` / ``after``: its sentence up to it
        and after it."""
        value = row["value"]
        if value.startswith("-W"):
            return self._complete_weekday(row, before)
        if value.startswith("T"):
            return self._complete_time(row, before)
        if value.startswith("---"):
            return self._complete_day(row, int(value[3:5]), before, after)
        same = self.sentence_year.get(row["sent_id"])
        if same:
            same = self._rolled_over(value, same, row["para_id"])
            return _complete(value, same, None), "year from the same sentence", f"same sentence: {same}"
        passage = self.paragraph_year.get(row["para_id"])
        if passage and (not self.published or passage < self.published.year):
            passage = self._rolled_over(value, passage, row["para_id"])
            return (_complete(value, passage, None), "year from the passage",
                    f"passage about {passage} (paragraph {row['para_id']})")
        if self.published:
            year = _year_near_publish(value, self.published)
            return _complete(value, year, None), "year from publish date", f"publish date {self.published}"
        if self.year_written:
            return (_complete(value, self.year_written, None), "year the article is written", self.year_written_anchor)
        if self.timeline_year:  # before the latest year: a year alone may name a cohort (2019年高考)
            return (_complete(value, self.timeline_year, None), "year from the last dated event before it",
                    f"last date written with its year: {self.timeline_year}")
        if self.latest_year:
            return (_complete(value, self.latest_year, None), "year from the latest year in the article",
                    f"latest year in the article: {self.latest_year}")
        return None, "", ""

    def _rolled_over(self, value: str, year: int, para_id: int) -> int:
        """2019年12月30日 … 1月11日 in a February 2020 article: the story ran into the next year."""
        last = self.paragraph_month.get(para_id)
        if not (self.published and last and last[0] == year and value[2:4].isdigit()):
            return year
        month = int(value[2:4])
        if month < last[1] and date(year + 1, month, 1) <= self.published:
            return year + 1
        return year

    def _complete_day(self, row, day: int, before: str, after: str = "") -> tuple[str | None, str, str]:
        """27日: the month of the passage, else the publish month (or the one before, see _month_near_publish). A
        passage month still ahead of the publish date (提前於7月4日舉行大選) does not date a day its sentence tells as
        done (國會已在24日停止運作: this month's 24th). A word of the future anywhere in the sentence (28日預計審議)
        makes a day just after the publish date this month's."""
        if row["note"] in _RELATIVE_MONTH_OFFSET:  # 上月26日: counted from the publish month, or unknown without it
            if not self.published:
                return None, "", ""
            months = self.published.year * 12 + self.published.month - 1 + _RELATIVE_MONTH_OFFSET[row["note"]]
            return (_complete(row["value"], months // 12, months % 12 + 1), f"month from publish date and {row['note']}",
                    f"publish date {self.published}, {row['note']}")
        clause = re.split(_CLAUSE_END, before)[-1] + re.split(_CLAUSE_END, after)[0]
        passage = self.paragraph_month.get(row["para_id"])
        if passage and not (self.published and _past_told_as_ahead(_complete(row["value"], *passage) or "",
                                                                     clause, self.published)):
            return (_complete(row["value"], *passage), "month from the passage",
                    f"passage about {passage[0]}-{passage[1]:02d} (paragraph {row['para_id']})")
        if self.dateline_month:  # the wire's 7月8日电 … 22日: the story's month, not the latest month told
            year, month = self.dateline_month
            completed = _complete(row["value"], year, month) if year else f"--{month:02d}-{row['value'][3:]}"
            return completed, "month from the dateline", f"the dateline's month {year or '-'}-{month:02d}"
        if self.published and self._runs_on_in_publish_month(row, day):
            return (_complete(row["value"], self.published.year, self.published.month),
                    "month from the last date told", f"the last date told ({self.last_day}), publish date {self.published}")
        if self.published:
            # 18日起放宽 in an article of the 17th: a day something starts from is announced ahead, like 将于
            starts_then = after.lstrip().startswith("起")
            year, month = _month_near_publish(day, self.published,
                                              starts_then or _speaks_of_future(before + re.split(_CLAUSE_END, after)[0]))
            return _complete(row["value"], year, month), "month from publish date", f"publish date {self.published}"
        return None, "", ""

    def _runs_on_in_publish_month(self, row, day: int) -> bool:
        """A day not yet come at the publish date that follows, a few paragraphs on, a day told in the publish month
        (预计25日08时至26日08时 … 26日08时至27日08时 in a forecast of the 25th): the text runs on through this month,
        it does not jump back to last month."""
        if not (self.last_day and re.fullmatch(r"\d{4}-\d\d-\d\d", self.last_day) and day > self.published.day):
            return False
        year, month, last = (int(x) for x in self.last_day.split("-"))
        return ((year, month) == (self.published.year, self.published.month) and last <= day
                and 0 <= row["para_id"] - self.last_day_para <= LAST_DAY_REACH)

    def _complete_weekday(self, row, before: str) -> tuple[str | None, str, str]:
        """周五 in a Sunday's story: the Friday just before (or on) the publish date; said of what is to
        come (将于周五), the next one; 上周五 / 下周五: a week earlier / later, weeks starting on Monday."""
        if not self.published:
            return None, "", ""
        weekday, _, time = row["value"][2:].partition("T")
        week = re.match(r"[上下本这]?", str(row["text"])).group()
        if week:
            monday = self.published - timedelta(days=self.published.weekday())
            monday += timedelta(days={"上": -7, "下": 7}.get(week, 0))
            day = monday + timedelta(days=int(weekday) - 1)
        elif _speaks_of_future(before):
            day = self.published + timedelta(days=(int(weekday) - 1 - self.published.weekday()) % 7)
        else:
            day = self.published - timedelta(days=(self.published.weekday() - (int(weekday) - 1)) % 7)
        value = f"{day}" + (f"T{time}" if time else "")
        return value, "day of the week from publish date", f"publish date {self.published}"

    def _complete_time(self, row, before: str) -> tuple[str | None, str, str]:
        """当天傍晚17时48分: the day of the passage; 今晨07时, 今晨3時許 (the word inside the figure): the publish date.
        A time no day is told for (下午3时，观众入场; a sample list 10:00、10:05) keeps no day: the publish date
        alone does not say the clock time was on that day."""
        day = self.paragraph_day.get(row["para_id"])
        relative = _RELATIVE_DAY.findall(before + str(row.get("text", "")))
        told_from = self.published or self.record_date
        if told_from and relative:
            word = relative[-1]
            offset = _RELATIVE_DAY_OFFSET.get(word, -1 if word.startswith("昨") else 0)
            day = str(told_from + timedelta(days=offset))
            self.paragraph_day[row["para_id"]] = day
            if self.lead_para is None or row["para_id"] == self.lead_para:
                self.story_day = self.story_day or day
            anchor = f"publish date {told_from}" if self.published else f"the record's date {told_from}, for {word}"
            return f"{day}{row['value']}", f"day from publish date ({word})", anchor
        if day:
            return day + row["value"], "day from the passage", f"passage about {day} (paragraph {row['para_id']})"
        if self.next_day and 0 <= row["para_id"] - self.next_day[1] <= NEXT_DAY_REACH:
            return (self.next_day[0] + row["value"], "day from 第二天",
                    f"the day after the last date told ({self.next_day[0]})")
        if self.story_day:
            return (self.story_day + row["value"], "day from the lead",
                    f"the lead's day {self.story_day} (a dateline's 昨日)")
        if self._recent(self.last_day):  # 10月3日… (4 days before it was posted) …早上7点左右: the day the story tells
            if self._past_midnight(row["value"]):
                return self.last_day + row["value"], "day after midnight in a timeline", f"the last clock time {self.last_clock}"
            self.last_clock = (self.last_day, row["value"])
            return self.last_day + row["value"], "day from the last date told", f"the last date told ({self.last_day})"
        if self.last_day and not self.published and row["para_id"] - self.last_day_para <= LAST_DAY_REACH:
            # 10月16日，…于13点24分 … 14点19分 are on the day the story tells
            return self.last_day + row["value"], "day from the last date told", f"the last date told ({self.last_day})"
        return None, "", ""

    def _past_midnight(self, time: str) -> bool:
        """7月22日晚上… 21:00 … 23:55 … 00:20-01:17 … 02:00-04:00 (fresh15 500, a night's timeline): an early-morning
        time told after a late-evening one on the same day is on the next day, and so is the rest of the timeline."""
        if not (self.last_clock and self.last_clock[0] == self.last_day and re.fullmatch(r"T\d\d:\d\d", time)):
            return False
        if not (self.last_clock[1] >= "T18:00" and time < "T06:00"):
            return False
        next_day = str(date.fromisoformat(self.last_day) + timedelta(days=1))
        self.last_day = next_day
        self.last_clock = (next_day, time)
        return True

    def _recent(self, day: str | None) -> bool:
        """A full day at most RECENT_DAYS before the publish date (the story's day, not an old one recalled)."""
        if not (self.published and day and re.fullmatch(r"\d{4}-\d\d-\d\d", day) and _valid(day)):
            return False
        return 0 <= (self.published - date.fromisoformat(day)).days <= RECENT_DAYS

    def note_dateline(self, row):
        """The dateline's date: its month (with its year when known) dates the days told alone after it."""
        value = str(row["value"])
        if re.fullmatch(r"--\d\d-\d\d(?:T.*)?", value):  # 11月25日电 in a file that names no year
            self.dateline_month = (None, int(value[2:4]))
        elif not value.startswith(("-", "T")) and _year_month(value)[1]:
            self.dateline_month = _year_month(value)

    def note_yearless_day(self, row):
        """10月16日 with no year to take (no publish date, no year written): still the day the hours after
        it are on (--10-16T13:24)."""
        if re.fullmatch(r"--\d\d-\d\d", row["value"]):
            self.paragraph_day[row["para_id"]] = self.last_day = row["value"]
            self.last_day_para = row["para_id"]

    def note_year_word(self, row):
        """去年7月 anchors the rest of its sentence (其中，…8月開始), not its paragraph: 廉署去年8月中採取行動…押後至6月15日
        (fresh8 332) is a hearing still ahead."""
        year = _year_month(row["value"])[0]
        self.sentence_year[row["sent_id"]] = self.last_year = year

    def note_inferred(self, row):
        year, month = _year_month(row["value"])
        if month:
            self.paragraph_month[row["para_id"]] = (year, month)
        self._note_day(row)

    def _note_day(self, row):
        day = row["value"].split("T")[0]
        if len(day) == 10:
            self.paragraph_day[row["para_id"]] = day
            self.last_day, self.last_day_para = day, row["para_id"]

    def note_next_day(self, row):
        """第二天 / 次日 after a dated event (2008年3月28日、29日两天 … 第二天，…): the day after it, for the
        hours told in this paragraph and the next (从早上9点钟开始 is on the 29th)."""
        if self.last_day and not self.last_day.startswith("-") and _valid(self.last_day):
            self.next_day = (str(date.fromisoformat(self.last_day) + timedelta(days=1)), row["para_id"])


def _times_after_their_day(rows: list[dict]) -> list[dict]:
    """The rows in the order their years are inferred: reading order, but a clock time with no day that its
    sentence dates later (7点39分，…开出了她在10月3日的第一趟车) comes right after that day."""
    order, waiting = [], []
    for k, row in enumerate(rows):
        if row["kind"] == "date" and str(row["value"]).startswith("T") and any(
                later["sent_id"] == row["sent_id"] and later["kind"] == "date" and _DAY_VALUE.fullmatch(str(later["value"]))
                for later in rows[k + 1:]):
            waiting.append(row)
            continue
        order.append(row)
        if waiting and _DAY_VALUE.fullmatch(str(row["value"])) and row["sent_id"] == waiting[0]["sent_id"]:
            order += waiting
            waiting = []
    return order + waiting


_DAY_VALUE = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")


def infer_years(table: pd.DataFrame, publish_date: str | None, sentence_text: dict | None = None,
                publish_date_guessed: bool = False, dateline_sent_ids: frozenset = frozenset()) -> pd.DataFrame:
    """Complete dates written without a year (1月28日, 三季度, 27日) in a quantities table, in reading order.

    For a month or quarter without a year, in this order: 今年 / 去年 / 明年 right before it, counted
    from the publish year; a year written in the same sentence; the
    year of the passage (the last year written earlier in the paragraph, when it is before the publish
    year: a paragraph about SARS in 2003 keeps 2003); the publish date (its year, or the year before
    when the date would fall over half a year after it); without a publish date, the year the text shows it is
    written in (a 今年 sentence names its plan or report by that year: 今年…发布的《2018…报告》; it says 今年 and 去年: the
    year after the latest it names with 年, or the latest it names without 年, 2018 第三場; its 明年 is told of in the words of its
    latest year, 明年起 … 从2019年起: the year before), else the year of the last date
    written with its month before it in reading order (2018年10月12日 … 12月中旬; a year alone, 2019年高考,
    names a cohort or a statistic as often as a time), else the latest year the article names. A day alone (27日) takes the month of the passage, else the publish month (or the
    month before when the day has not come yet); 上月26日 / 本月20日 take the month before / of the publish date (no
    month without one); a day of the week with its clock time, 周五下午4时, is the one just before the publish date. A target year (到2030年, 力争2035年, any year after the
    publish year) never anchors. A month or quarter that would begin after the publish date, in a sentence
    telling something done (了, 首次, 已经) with no word of the future, is last year's; 今年/去年 with no
    publish date leave the year unknown. Without a publish date, the day a rule takes effect (于2019年1月1日起
    施行) is not the latest year told either, and a clock time is on the last day told,
    even one without a year (10月16日…14点19分 → --10-16T14:19). Completed rows get ``inferred`` True, a ``note`` saying where the year
    came from and ``anchor`` naming the anchor used (shown on the fact-check sheet).
    ``sentence_text`` (sent_id → text) lets target years be recognised by the words before them.
    ``publish_date_guessed``: the loader took the date for the publish date by its shape alone (a headerless
    record's field); when every year the text writes is two or more years before it, it may be the day the record was
    stored, not the day the story was written (a 2019 database dump of a 2015 story that says 今年1月4日 … 2015年5月4日):
    the text's months and days are read as undated, and each anchor says the publish date was set aside; a clock time
    told by 昨日 / 前晚 still counts from it. ``dateline_sent_ids``: the sentences that are a wire dateline
    (新华社北京7月8日电): its month dates a day told alone after it (22日) before the latest month told or the publish
    month. A date a span is counted from (创下2011年11月以来新高) anchors nothing.
    """
    published = _parse_iso_date(publish_date)
    sentence_text = sentence_text or {}
    rows = table.to_dict("records")
    for row in rows:
        row.setdefault("anchor", "")
    written = [r for r in rows if r["kind"] == "date" and not _undated(r["value"])]
    anchors = _Anchors(published, None)
    latest_rows = [r for r in written
                   if anchors.usable(_year_month(r["value"])[0], sentence_text.get(r["sent_id"], "")[:r["start"]],
                                     str(r["text"]), sentence_text.get(r["sent_id"], "")[r["end"]:])
                   and not _TAKES_EFFECT_AFTER.match(sentence_text.get(r["sent_id"], "")[r["end"]:]) and not _spans_a_decade(r)]
    anchors.latest_year = max((_year_month(r["value"])[0] for r in latest_rows), default=None)
    set_aside = ""
    if published and publish_date_guessed and anchors.latest_year and anchors.latest_year < published.year - 1:
        set_aside = (f"publish date {published} set aside (a record's date guessed by its shape; the text's latest "
                     f"year is {anchors.latest_year}); ")
        anchors.record_date, published, anchors.published = published, None, None
    named = None if published else _this_year_named(sentence_text.values())
    if named:
        anchors.year_written = named
        anchors.year_written_anchor = f"written in {named}: a 今年 sentence names its {named} plan or report"
    elif not published and anchors.latest_year and all(any(w in t for t in sentence_text.values()) for w in ("今年", "去年")):
        years = [(_year_month(r["value"])[0], _BARE_YEAR.fullmatch(str(r["text"])) is not None) for r in latest_rows]
        latest_label = max((year for year, bare in years if bare), default=None)
        told = max((year for year, bare in years if not bare), default=None)
        if latest_label and (told is None or latest_label > told):
            anchors.year_written = latest_label
            anchors.year_written_anchor = f"written in {latest_label}: it says 今年 and 去年 and names {latest_label} without 年"
        else:
            anchors.year_written = anchors.latest_year + 1
            anchors.year_written_anchor = f"written after {anchors.latest_year}: it says 今年 and 去年"
    elif not published and anchors.latest_year and _next_year_is(anchors.latest_year, sentence_text.values()):
        anchors.year_written = anchors.latest_year - 1
        anchors.year_written_anchor = f"written before {anchors.latest_year}: its 明年 is {anchors.latest_year}"
    anchors.lead_para = min((r["para_id"] for r in rows), default=None)
    yearly_sentences: set[int] = set()
    for row in _times_after_their_day(rows):
        if row["note"] == NEXT_DAY_NOTE:
            anchors.note_next_day(row)
        if row["kind"] != "date":
            continue
        if not _undated(row["value"]):
            anchors.note_written(row, sentence_text.get(row["sent_id"], "")[:row["start"]],
                                 sentence_text.get(row["sent_id"], "")[row["end"]:])
            if row["sent_id"] in dateline_sent_ids:
                anchors.note_dateline(row)
            continue
        before = sentence_text.get(row["sent_id"], "")[:row["start"]]
        yearly = _EVERY_YEAR.search(before) or (row["sent_id"] in yearly_sentences and _YEARLY_SPAN_END.search(before))
        if yearly and row["value"].startswith("--") and not row["value"].startswith("---"):
            row["note"] = "; ".join(n for n in (row["note"], "every year: no year") if n)
            yearly_sentences.add(row["sent_id"])
            continue  # 每年5月: a month that comes back every year has no year
        relative = _RELATIVE_YEAR.search(before)
        told = _TOLD_YEAR.search(before)
        if told and anchors.last_year and not row["value"].startswith(("---", "T")):  # 第一次是在2015年7月。…到当年11月18日
            year = anchors.last_year + (1 if told.group(1) == "次年" else 0)
            completed, source = _complete(row["value"], year, None), f"year from the last year told and {told.group(1)}"
            anchor = f"last year told: {anchors.last_year}, {told.group(1)}"
        elif relative and anchors.year_written and not row["value"].startswith(("---", "T")):  # 今年3月, undated
            year = anchors.year_written + _RELATIVE_YEAR_OFFSET[relative.group(1)]
            completed, source = _complete(row["value"], year, None), f"year the article is written and {relative.group(1)}"
            anchor = f"{anchors.year_written_anchor}; {relative.group(1)}"
        elif relative and not published and not row["value"].startswith(("---", "T")):
            row["note"] = "; ".join(n for n in (row["note"], f"{relative.group(1)} and no publish date: no year") if n)
            anchors.note_yearless_day(row)
            continue  # 今年11月24日 in an undated text: the year it was written is not known
        elif relative and published and not row["value"].startswith(("---", "T")):  # 去年9月, 今年上半年
            year = published.year + _RELATIVE_YEAR_OFFSET[relative.group(1)]
            completed, source = _complete(row["value"], year, None), f"year from publish date and {relative.group(1)}"
            anchor = f"publish date {published}, {relative.group(1)}"
        else:
            after = sentence_text.get(row["sent_id"], "")[row["end"]:]
            completed, source, anchor = anchors.complete(row, before, after)
            if completed and source == "year from publish date" and _deadline_ahead(completed, before, after, published):
                completed = _complete(row["value"], int(completed[:4]) + 1, None)  # (能在)1月份之前 said in November
                source = "year after publish date: a deadline still ahead"
            elif completed and source == "year from publish date" and _past_told_as_ahead(completed, before + after, published):
                completed = _complete(row["value"], int(completed[:4]) - 1, None)  # (蔚来在)6月首次宣布, said in March
                source = "year before publish date: a past event"
        if completed and not _valid(completed) and published:  # 30日 in February: the month before
            year, month = _month_near_publish(32, published)
            completed = _complete(row["value"], year, month)
        if completed and WEEKDAY_ORDER_NOTE in row["note"]:
            completed = _ordered_by_weekday(completed, row["note"])
        if completed and _valid(completed):
            row["value"], row["inferred"], row["anchor"] = completed, True, set_aside + anchor
            row["note"] = "; ".join(n for n in (row["note"], source) if n)
            if row["value_high"].startswith("T"):  # 下午3时至晚9时: the end on the same day
                row["value_high"] = completed.split("T")[0] + row["value_high"]
            elif row["value_high"].startswith("-"):  # 前三季度, 25日08时至26日08时: both ends in the same month
                month = int(completed[5:7]) if completed[4:5] == "-" and completed[5:7].isdigit() else None
                row["value_high"] = _complete(row["value_high"], int(completed[:4]), month) or row["value_high"]
            if (relative or told) and not completed.startswith("-"):  # 於去年7月展開，其中，…8月開始: 8月 is last year's too
                anchors.note_year_word(row)
            if not completed.startswith("-"):  # --10-16T13:24 has a day, still no year to pass on
                anchors.note_inferred(row)
        else:
            anchors.note_yearless_day(row)
        if row["sent_id"] in dateline_sent_ids:
            anchors.note_dateline(row)
    if not published:
        _days_in_latest_month(rows, sentence_text)
    return pd.DataFrame(rows, columns=table.columns)


_MONTH_TOLD = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-\d\d)?(?:T.*)?")


def _days_in_latest_month(rows: list[dict], sentence_text: dict):
    """Without a publish date, a day written alone that nothing dated (10日，经过50次举牌 opening a story whose latest
    dates are 6月1日至7日 of 2009; 17日，中国商务部回应 after 4月20日) is in the latest month the article tells: the month
    it is written in (the leads of wire copy and papers date a day alone by the month of the story)."""
    months = [(int(m["y"]), int(m["m"])) for r in rows if r["kind"] == "date"
              and not _SINCE.match(sentence_text.get(r["sent_id"], "")[r["end"]:])  # 创下2011年11月以来新高
              for m in [_MONTH_TOLD.fullmatch(str(r["value"]))] if m]
    if not months:
        return
    year, month = max(months)
    for row in rows:
        if row["kind"] == "date" and re.fullmatch(r"---\d\d(?:T.*)?", str(row["value"])):
            completed = _complete(row["value"], year, month)
            if completed and _valid(completed):
                row["value"], row["inferred"] = completed, True
                if str(row["value_high"]).startswith("---"):  # 26日至28日
                    row["value_high"] = _complete(row["value_high"], year, month) or row["value_high"]
                row["anchor"] = f"latest month the article tells: {year}-{month:02d}"
                row["note"] = "; ".join(n for n in (row["note"], "month from the latest month told") if n)


# 每年5月, 每逢3月: a yearly month, no one year.
_EVERY_YEAR = re.compile(r"(?:每年|每逢|每一年|历年)(?:的)? ?$")
# 每年7月1日公布，公告期至12月31日止 (fresh23 767, a rule's yearly cycle; gold --12-31): the end of a span that a yearly
# date opens in its sentence is yearly too.
_YEARLY_SPAN_END = re.compile(r"(?:至|到|截至|截止到?)(?:当年|同年)?(?:的)? ?$")
# (能在)1月份之前, (将于)3月底前: a deadline; with a word of the future before it, the month is still to come.
_DEADLINE_AFTER = re.compile(r"^(?:份)?(?:底|初|中旬|末)?(?:之前|以前|前)")
_MAY_HAPPEN = ("能", "会", "有望", "可望", "可能")


_CLAUSE_END = "[，,；;：:]"

# 首次宣布, 收到了, 已经: the sentence tells something done (为了, 除了, 了解 are no such 了).
_DONE = re.compile(r"(?<![为除])了(?!解)|首次|已经|曾经|(?<![而])已(?!知)")


def _past_told_as_ahead(completed: str, sentence: str, published: date | None) -> bool:
    """A month or quarter that would begin after the publish date, in a sentence that tells something done
    and no word of the future: it is last year's (a March article's 降价后的7月，蔚来销量突破了2万台)."""
    if not published or _speaks_of_future(sentence) or not _DONE.search(sentence):
        return False
    first_month = {"Q": 3, "H": 6}
    period = completed[5:7]
    month = first_month[period[0]] * int(period[1]) - first_month[period[0]] + 1 if period[:1] in first_month \
        else int(period) if period.isdigit() else None
    return month is not None and date(int(completed[:4]), month, 1) > published


def _deadline_ahead(completed: str, before: str, after: str, published: date | None) -> bool:
    """A month before the publish month, named as a deadline in a sentence about what is to come: it is
    next year's (a November article's 交易能在1月份之前得到解决)."""
    if not (published and _DEADLINE_AFTER.match(after) and completed[4:5] == "-" and completed[5:7].isdigit()):
        return False
    future = _speaks_of_future(before) or any(w in before for w in _MAY_HAPPEN)
    return future and int(completed[5:7]) < published.month


def _parse_iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


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
            if billions_are_money and _bare_billions(sent.text_zhs, q) and not _counts_heads(sent.text_zhs, q.start):
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
