"""Pass 1: constructions with their own grammar, matched before any bare number — dates, clock times, weekdays,
quarters, fractions and shares (百分之十七, 三分之一, 一成), ranks and multiples, sizes, and the names with numbers that
are no figures (codes, list markers, index names, slogans).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
import cn2an

from ... import lexicon
from .numerals import (
    CN_DIGITS, CN_MULTIPLIERS, EDGE, GENERATION_OF_PEOPLE, MAGNITUDE_NOTE, MULTIPLIER_VALUE, ORDINAL, Quantity,
    SHARE_BOUND_BEFORE, UNIT_CONTEXT_CHARS, Unit, change_cues, currency_codes, format_decimal, index_names,
    match_report, match_words, money_context_words, numbered_names, numbered_outlet_names, numeral_set_phrases,
    parse_number, ratio_of, units, units_by_first_character,
)


AR = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CN = rf"[{CN_DIGITS}十百千万亿廿卅]+(?:点[{CN_DIGITS}]+)?[万亿]*"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"  # months and days written in Chinese
# A soft hyphen (U+00AD) is invisible typesetting: 1\u00ad—4月 is 1—4月.
RANGE_SEP = r" ?\u00ad*[-~～—–至到]\u00ad* ?"
# 2026年半年度 (a listed company's interim period, 预计2026年半年度…净利润; fresh37 1044, gold 2026-H1): the first half
_YEAR_PART = f"年初|年底|年末|年中|上半年|下半年|半年度|代|{EDGE}"
_MONTH_PART = f"份|中旬|上旬|下旬|{EDGE}"
_PART_NOTE = {
    "年初": "early", "初": "early", "上旬": "early",
    "年中": "mid", "中": "mid", "中旬": "mid",
    "年底": "late", "年末": "late", "底": "late", "末": "late", "下旬": "late",
    "上半年": "first half", "半年度": "first half", "下半年": "second half", "代": "decade", "年代": "decade", "份": "",
}
_HALF_YEAR = {"上半年": "-H1", "半年度": "-H1", "下半年": "-H2"}
YEAR_RANGE = (1800, 2100)

# A rank is 第N after a ranking verb or followed by 名/位/大 … or by punctuation: 高居第一，排名第三;
# 第一例 (the first case) and 第一天 / 第1日 (day one of a meeting or a tide, never the first of a month: aml 1200's
# 第5年 and a Taiwan page's 大潮第1日 in the figures16 sweep) too, but 术后第3天 counts days elapsed; 第92回合; 第二宗 (case),
# 第三度 (time), 第一台, 第一部 (the first of its kind) as well, not 第一部分, 第一台阶 (parts, steps); a draft's 第二顺位
# (fresh39 1085, round 31).
# Otherwise 第N is an ordinal (第一产业, 第二种影响) and not a figure.
# 湖人排名西部第十一 (fresh14 473), 排名亚洲第3: a region or league of up to four characters between the verb and 第N.
_RANK_BEFORE = re.compile(r"(?:(?:排名|排行|排在|位居|名列|位列)(?:(?![的了在])[\u4e00-\u9fff]){0,4}"
                          r"|(?:高居|居于|跻身|位于|排|居|列)(?:全球|全国|世界|国内|行业)?)$")
_LISTED_RANK = re.compile(ORDINAL + "、$")
_LIST_ENDS = re.compile(rf"^(?:的|[，。；！？,;!?]| ?[及和与或] ?{ORDINAL} ?[名位])")
# 第一剂, 第二针 (a dose of a vaccine: fresh29 886 ×7), 第三道关卡 (the third of a row of barriers, fresh29 883) and
# 第二级 (a level of a scale the sentence lists, fresh29 884) are ranks too.
# 第一阶段, 第二階段 (fresh18 576, fresh21 683 ×2) are ranks in the seen gold. (第N股, a trade's Nth listed company, is
# not read: test, fresh8 and fresh23 label it rank, tune 30's 基因测序第一股 NOT, and tune's precision would fall.)
# 厦门大学的第一座校舍, 运河上的第二座大桥, 我国第一只…债券, 进校园的第一站, 台中第二店 / 第二間店, 发表的第一份声明: the first
# of its kind by the measure word that counts it is a rank too (seen gold rank ×8 in fresh14, fresh15, fresh16, fresh18,
# fresh25, fresh32; no NOT row; round 31).
_RANK_AFTER = re.compile(r"^(?:" + GENERATION_OF_PEOPLE + r"|阶段|階段|名|位|大|高|多|低|强|梯队|家|条|次|批|款|例|天|种子|日(?![本报])|年(?![代级])|任(?![务何意命职])|轮|回合|趟|场|局|笔|波|针|剂|道|级|宗|度|台(?!阶|湾)|部(?!分|门|队|长|署)|顺位|座|只|站|份|店|[间間](?!隔|距|断|接|歇)|$|[，。；、！？,.;!?”」）)\s])")
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
_LAW_ARTICLE_AFTER = re.compile(rf"^ ?(?:{ORDINAL} ?[款项]|规定|之[一二三四五六七八九十])")
# 《民事诉讼法》第55条, 《公报》第九条, 加州刑法第242条: 第N条 right after a document's title or a law's name is its
# article (NOT in fresh8, fresh18 ×4, fresh29 884), whatever follows it; and after the title, a say verb and its comma
# (他拿出…《住房租赁和销售管理条例（征求意见稿）》说，第十四条明确规定, fresh31 920).
_LAW_NAME_BEFORE = re.compile(r"(?:(?:[》〉]|法|条例|公约|章程|宪章) ?|[》〉](?:说|称|指出|提到|写道|中|里)?[，,：:] ?)$")
# 一成 is 10 %, but 一成不变, 成为, 成立 … are not figures.
_CHENG_NOT = "为立功本果员熟长交绩就都了型品效分不"


def _share_in_cheng(text: str, m: re.Match) -> bool:
    """六成交付目标 (not 成交), 利润的6成都来自造假 (a share after 的, not the city 成都), 近九成为已婚者."""
    after = text[m.end():m.end() + 2]
    return (after == "交付" or after[:1] == "都" and text[m.start() - 1:m.start()] == "的"
            or after[:1] in "为都" and SHARE_BOUND_BEFORE.search(text, 0, m.start()) is not None)


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
    rf"(?:(?P<y>{_ANY_YEAR_RE}) ?年 ?)?(?<![\d.])(?P<m>\d{{1,2}})(?: ?月)?{RANGE_SEP}(?P<m2>\d{{1,2}}) ?月"  # 1月至5月
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
# 今（3 日） (Hong Kong: 日 inside the brackets, fresh39 1081, gold the publish month). Each is the publish day or one beside
# it, never a day of the month the passage is about (see DAY_TOLD_AS_TODAY_NOTE).
_DAY_IN_BRACKETS = re.compile(r"(?P<rel>[今昨明])(?:[（(](?P<d>\d{1,2})[)）]日|[天日]?[（(](?P<d2>\d{1,2}) ?[日号][)）])")
DAY_TOLD_AS_TODAY_NOTE = "day told as today, yesterday or tomorrow"
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
_PERCENT_CN = re.compile(rf"百分之(?P<n>{CN}|{AR})(?P<vague>几)?(?:(?:到|至|—|－|-|~|～)百分之(?P<n2>{CN}|{AR}))?")
_FRACTION_CN = re.compile(rf"(?P<den>{CN}|\d+)分之(?P<num>{CN}|{AR})")
# 加息四分一厘, 减息半厘, 上调四分之一个百分点 (fresh32 940, a Hong Kong paper on a Fed rate move): a fraction of a
# percentage point, percent pp; Hong Kong writes 四分一 for 四分之一 (only a small denominator and numerator, right
# before 厘 or 个百分点: 三十分一 is no fraction). 厘 here is a percentage point, not 厘米.
_POINT_FRACTION = re.compile(r"(?P<den>[二两兩三四五六七八九十]|\d)分之?(?P<num>[一二三四五六七八九]|\d)"
                             r"(?P<unit>厘(?!米)|个百分点|個百分點|百分点|百分點)")
_RATE_WORD = re.compile(r"息|利率|按揭|回报|回報")
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
_COLON_RATIO = re.compile(rf"(?<![\d:.])(?:{AR})(?: ?[:∶] ?(?:{AR}))+(?![\d:])")
_RANK = re.compile(rf"第 ?(?P<n>\d+|{CN})")
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
# 一半, 半数, 过半, 近半: half, with its bound written into the word (近半年 and 过半年 are spans of time); 半边 (half of a
# thing, 拇指半邊指甲: fresh39 1081 ratio 0.5 ×3), not the idiom 半边天 (women).
_HALF = re.compile(r"一半|半数|半边(?!天)|(?P<bound>(?<!超)过|逾|超|近)半(?![年月天日小个])")
_HALF_BOUND = {"过": "lower_bound", "逾": "lower_bound", "超": "lower_bound", "近": "upper_bound"}
# 半年, 近半年, 半个月: half a unit of time is a duration (近 is upper_bound, as for any figure).
_HALF_SPAN = re.compile(r"(?<![一两二三四五六七八九十\d上下前后])半(?P<unit>年|个月|个小时|小时|天)(?!度|报)")
# 半个世纪, 半个多世纪: fifty years (fresh 70, fresh8 335 gold duration 50 year), more than fifty with 多.
_HALF_CENTURY = re.compile(r"(?<![一两二三四五六七八九十\d上下前后])半个(?P<more>多)?世纪")
_HALF_SPAN_UNIT = {"年": "year", "个月": "month", "个小时": "hour", "小时": "hour", "天": "day", "周": "week", "个星期": "week",
                   "分钟": "minute", "分": "minute"}
# 一年半, 两个月半, 3个小时半: N units and a half. 1分半, 两分半钟, 3分钟半 (fresh33 962, a timed scene; a race or a
# countdown writes minutes so): N minutes and a half, 钟 after 半 still part of the span.
_AND_A_HALF = re.compile(rf"(?<![\d.{CN_DIGITS}十])(?P<n>\d{{1,3}}(?!\d)|[{CN_DIGITS}十两]{{1,3}})(?:(?P<unit>年|个月|个小时|小时|天|周|个星期|分钟)半(?![年月天])"
                         rf"|(?P<minute>分)半钟?(?![年月天场信])|个半(?P<unit2>月|小时))")
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


@lexicon.cached
def _days_of_a_course() -> re.Pattern:
    """10 日疗程, 3日聆听会: a count of days right before a noun of a course or a period (day_span_nouns.txt) is its length,
    no day of a month (10月1日假期 keeps its date: the day after 月 is read as a date first)."""
    nouns = "|".join(map(re.escape, lexicon.read_lines("day_span_nouns.txt"))) or "(?!)"
    return re.compile(rf"(?<![\d.月])(?<!月 )(?P<n>\d{{1,2}}|{_CN_SMALL}|两) ?日(?= ?(?:{nouns}))")


# 上世纪九十年代, 二十世纪八十年代, 本世纪二十年代: a decade written in words.
# 19世纪, 公元6世纪, 公元9—12世纪: a century is a date range, the years it spans (the 19th: 1800–1899);
# 19 世紀 (typeset with a space) and 18、19世紀 (two listed: 1700–1899) too;
# 20世纪八十年代 is a decade (below).
_CENTURY = re.compile(rf"(?:公元)?(?P<n>\d{{1,2}}|{CN})(?:(?:世纪)? ?[-~～—–至到、] ?(?P<n2>\d{{1,2}}|{CN}))? ?世纪(?P<early>初)?"
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
_TOP_N = re.compile(rf"(?:前|(?P<top>TOP|Top|top)) ?(?P<n>\d+|{CN})")
# 跻身十强, 进入前十强, 世界500强, 《财富》500强: a place in the top N (a ranking list).
_TOP_STRONG = re.compile(rf"(?:(?<=跻身|进入|挺进|闯入|位列|世界|全球|中国|企业)|(?<=》))(?P<n>\d+|{CN})强")  # 《财富》500强
_TOP_N_AFTER = re.compile(r"^ ?(?:名|强|甲|大|位)")
# 世界頭 8, 打入全港頭三名 (Cantonese 头N = 前N, fresh39 1080 gold rank 8): after a ranking's scope or a verb of being or
# entering, and closing its phrase or before 名/位/强 (头一天, 头2个月 are the first days or months; 镜头 1 a heading).
_TOP_N_CANTONESE = re.compile(rf"(?:(?<=世界|全球|全国|全港|全台|全澳|亚洲|联盟|排名|打入|跻身|位列)|(?<=[是系]))头 ?(?P<n>\d+|{CN})"
                              r"(?= ?(?:名|位|强)| ?(?![\u4e00-\u9fff\d]))")
# 掉出前三, 挤进前十, 无缘前八: a verb of entering or leaving a ranking before a bare 前N that ends its phrase (进入前三季度
# is a period, so a word after the numeral keeps it unread); the league or region may stand between, 稳居西部前八 (fresh39
# 1084, gold rank).
_TOP_N_ENTERED = re.compile(r"(?:掉出|跌出|跌落|进入|挤进|闯入|杀入|冲进|冲入|无缘|退出|稳居|保持在?)"
                            r"(?:东部|西部|南部|北部|联盟|全国|全球|世界|小组|分区|赛区)?$")
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
# 【财联社6月26日早间新闻精选】 1、商务部… (fresh37 1044): a digest's first item after its bracketed heading, on the same line
_LIST_MARKER = re.compile(
    r"(?:(?<![^\n])|(?<=】)) *\d{1,2}[、.．:：，,](?!\d)|(?<![^\n]) *\d{1,2}[)）]|[\[［]\d{1,3}[\]］]|@[^\s@，。：:；;！？、（）()\[\]［］]+|(?<![今昨明])(?:(?<![\u4e00-\u9fffA-Za-z])[（(]\d{1,2}[)）]|[（(]\d{1,2}[)）](?![、，,。；;和及与等]))"
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


def written_dates(text: str):
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
        if year < year2 <= year + 100 and match_unit(text, skip_space(text, m.end())) is None:
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
    for m, start, end in _slashed_days_by_weekday(text):
        if (day_month := _day_and_month(m)) is not None:
            yield Quantity(start, end, "date",
                           (f"{m['y']}" if m["y"] else "-") + f"-{day_month[1]:02d}-{day_month[0]:02d}")
        elif not m["y"] and _month_day_ok(int(m["b"]), int(m["a"])):  # 1/3（日）: infer_years picks the order
            yield Quantity(start, end, "date", f"--{int(m['b']):02d}-{int(m['a']):02d}",
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
            start = m.start() if m["d"] else m.start("d2") - 1  # 今（25）日 whole; 今天（7号）, 今（3 日） from the bracket
            yield Quantity(start, m.end(), "date", f"---{int(m['d'] or m['d2']):02d}",
                           note=f"{DAY_TOLD_AS_TODAY_NOTE}: {m['rel']}")
    for m in _RELATIVE_MONTH_DAY.finditer(text):
        if 1 <= _int(m["d"]) <= 31:
            yield Quantity(m.start(), m.end(), "date", f"---{_int(m['d']):02d}", note=f"{m['rel']}月")
    for m in (*_DATE_D.finditer(text), *_DATE_D_FROM.finditer(text), *_LISTED_DAY.finditer(text)):
        day = int(m["d"])
        if 1 <= day <= 31 and (m.start() == 0 or is_han(text, m.start() - 1) or text[m.start() - 1] in "、，,；;：:（( ）)》」』”"):
            yield Quantity(m.start(), m.end(), "date", f"---{day:02d}")


# 2014财年, 在 2023 全年, 2013和2014财年: a year written without 年 before 财年 / 全年 (and one listed before it).
_FISCAL_YEAR = re.compile(r"(?<![\d.])(?:(?P<y0>(?:19|20)\d\d) ?[和、与及] ?)?(?P<y>(?:19|20)\d\d) ?(?:财年|全年|财政年度)")


# 今年前5月, 去年前10个月: the months of the year so far, January to May (not 前5个月 alone, "the last five months").
_FIRST_MONTHS = re.compile(r"(?<=年)前(?P<m>\d{1,2}|十[一二]|[二三四五六七八九十])个?月(?!份)")


# 上月26日, 本月20日, 下个月3号: a day in the month before, of or after the publish date (infer_years counts it).
_RELATIVE_MONTH_DAY = re.compile(rf"(?P<rel>上|本|这|下)个?月 ?(?P<d>\d{{1,2}}|{_CN_SMALL}) ?[日号]")
RELATIVE_MONTH_OFFSET = {"上月": -1, "本月": 0, "这月": 0, "下月": 1}


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
# 周二 (16/6) 公佈 (fresh39 1082, a Hong Kong page: gold date 2020-06-16): the same day and month in brackets right after
# the weekday they date.
_SLASHED_DAY_AFTER_WEEKDAY = re.compile(r"(?:周|星期|礼拜)(?P<w>[一二三四五六日天]) ?[（(] ?(?P<date>(?P<a>\d{1,2})/(?P<b>\d{1,2})"
                                        r"(?:/(?P<y>(?:19|20)\d\d))?) ?[)）]")


def _slashed_days_by_weekday(text: str):
    """Slashed days told by a weekday beside them, 28/2（五） and 周二 (16/6): (match, start, end) of the date."""
    for m in _SLASHED_DAY_BEFORE_WEEKDAY.finditer(text):
        yield m, m.start(), m.end()
    for m in _SLASHED_DAY_AFTER_WEEKDAY.finditer(text):
        yield m, m.start("date"), m.end("date")


# 1/3（日） with no year: read day/month, and infer_years turns it to month/day when only that order falls on the weekday.
WEEKDAY_ORDER_NOTE = "day/month or month/day, told by its weekday"


def ordered_by_weekday(completed: str, note: str) -> str | None:
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
# 凌晨两三点, 晚上十一二点 is no pair: two neighbouring hours in words right after a time of day (fresh39 1085 凌晨两三点, gold
# 02:00–03:00), as 下午4、5点; 两三点 alone is two or three points.
_NEIGHBOUR_HOURS_IN_WORDS = re.compile(rf"(?P<daytime>{_DAYTIME}) ?(?P<h>[一两二三四五六七八九])(?P<h2>[二三四五六七八九十])点(?!钟?[多半])")
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
# window runs forward (a score is 2:1, a ratio 1:3), and the two ends are joined into one range in with_time.
_COLON_TIME_WINDOW = re.compile(rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?P<sep>{RANGE_SEP})"
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


def clock_times(text: str):
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
    for m in (*_NEIGHBOUR_HOURS.finditer(text), *_NEIGHBOUR_HOURS_IN_WORDS.finditer(text)):  # 下午4、5点, 凌晨两三点
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
# without_lone_weekdays). Not 每周一 (every Monday) nor 一周一次 / 两周 (a count of weeks before it).
_WEEKDAY = re.compile(r"(?<![每几数多两半个一二三四五六七八九十\d])(?P<week>上|下|本|这)?(?:周|星期|礼拜)(?P<w>[一二三四五六日天])")
_WEEKDAY_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


def weekday_dates(text: str):
    for m in _WEEKDAY.finditer(text):
        yield Quantity(m.start(), m.end(), "date", f"-W{_WEEKDAY_NUMBER[m['w']]}")


# A day of the week is no figure of its own (data/eval/FIGURES_CONVENTION.md: the seen gold leaves 周三, 上周四 unlabelled
# 15 times in 7 splits, against 13 dates in 3): 周三（26 日） is the figure 26日, and a lone 周三 names no checkable day.
# Only with its clock time (周五下午4时) does it make one figure, a date and time completed from the publish date.
def without_lone_weekdays(found: list[Quantity]) -> list[Quantity]:
    """``found`` (in reading order, times already joined to their days) without the bare days of the week."""
    return [q for q in found if not (q.kind == "date" and re.fullmatch(r"-W\d", q.value))]


def with_time(text: str, found: list[Quantity]) -> list[Quantity]:
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
                and not prev.value_high and RANGE_BETWEEN.fullmatch(text[prev.end:q.start])):
            spans[-1] = replace(prev, end=q.end, qualifier="range", value_high=q.value)  # 25日08时至26日08时
            continue
        if (prev is not None and q.kind == prev.kind == "date" and not prev.value_high and not q.value_high
                and _DAYS_BETWEEN.fullmatch(text[prev.end:q.start]) and (high := _later_date(prev.value, q.value))):
            spans[-1] = replace(prev, end=q.end, qualifier="range", value_high=high)
            continue
        spans.append(q)
    return spans


RANGE_BETWEEN = re.compile(RANGE_SEP)
# 2021年12月9日0时—2022年1月1日24时: from the first day's midnight to the last one's (see _WHOLE_DAY), days joined.
_DAYS_BETWEEN = re.compile(rf"(?: ?0 ?时)?{RANGE_SEP}")
_DAY_OR_MONTH = re.compile(r"(?P<y>\d{4}|-)-(?P<md>\d\d(?:-\d\d)?)")


def _later_date(low: str, high: str) -> str | None:
    """The high end of a range of dates, ``high`` taking the year ``low`` writes (2018年9月至11月 → 2018-11), when
    both are months or both days (or both write their year: 2011年11月至2016年4月14日, fresh37 1046, one range) and it
    comes after ``low``; else None."""
    a, b = _DAY_OR_MONTH.fullmatch(low), _DAY_OR_MONTH.fullmatch(high)
    if a is None or b is None or (a["y"] == "-" and b["y"] != "-"):
        return None
    if len(a["md"]) != len(b["md"]) and "-" in (a["y"], b["y"]):
        return None
    year = b["y"] if b["y"] != "-" else a["y"]
    later = (year, b["md"]) > (a["y"], a["md"]) if a["y"] != "-" else b["md"] > a["md"]
    return f"{year}-{b['md']}" if later else None


NEXT_DAY_NOTE = "the next day"
# Hours this many paragraphs after 第二天 are on that next day.
NEXT_DAY_REACH = 1


def day_counts(text: str):
    """连续七日, 连涨5日: days counted, read before dates so that 5日 is not the 5th; 第二天 (the next
    day) is one day later; 在1-2月内: months counted."""
    for m in re.finditer("第二天|第二日", text):
        yield Quantity(m.start(), m.end(), "duration", "1", "day", note=NEXT_DAY_NOTE)
    for m in (*_DAYS.finditer(text), *_days_of_a_course().finditer(text)):
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


def spoken_prices(text: str):
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


# 首月就破了四位数美元 (fresh37 1050, gold money 1000 lower_bound), 六位数的年薪: an amount told by how many digits it has,
# at least the smallest such number (10^(N-1)); money only with its currency or a money word right after (增速两位数,
# fresh8 gold percent 10-99, and 个位数 say no amount).
_DIGIT_COUNT = re.compile(r"(?<![\d个])(?P<n>[三四五六七八九]|十|\d{1,2}) ?位数(?P<of>的)?")


def counted_by(text: str):
    for m in _DIGIT_COUNT.finditer(text):
        digits = parse_number(m["n"])
        unit = match_unit(text, skip_space(text, m.end()))
        after_word = text[m.end():m.end() + MONEY_WORD_AFTER_REACH]
        if digits is None or not 2 < digits < 20:
            continue
        if unit is not None and unit.kind == "money" and not m["of"]:
            yield Quantity(m.start(), m.end() + len(unit.surface), "money", format_decimal(10 ** (digits - 1)),
                           unit.unit, "lower_bound", note=MAGNITUDE_NOTE)
        elif any(after_word.startswith(w) for w in money_context_words()):
            yield Quantity(m.start(), m.start("of") if m["of"] else m.end(), "money", format_decimal(10 ** (digits - 1)), "CNY", "lower_bound",
                           note=MAGNITUDE_NOTE)
    for m in _COUNTED_BY.finditer(text):
        number = parse_number(_with_its_one(m["n"]))
        if number is None:
            continue
        unit = match_unit(text, m.end())
        if unit is not None and unit.kind == "count":
            yield Quantity(m.start(), m.end() + len(unit.surface), "count", format_decimal(number), unit.unit, "lower_bound")
        elif currency := money_context_currency(text, m.start(), m.end()):  # 损失数以亿计: money by its context
            yield Quantity(m.start(), m.end(), "money", format_decimal(number), currency, "lower_bound")
        else:
            yield Quantity(m.start(), m.end(), "number", format_decimal(number), qualifier="lower_bound")


# 一米八, 1 米 8, 两米一: a height said the way it is spoken, metres then one digit of tenths (1.8 m). Two Chinese digits
# after 米 (一米二三: 1.23 m, or 1.2 to 1.3 m as fresh12 400's labeller reads it) are left alone; two Arabic ones are
# centimetres (1米79 is 1.79 m: fresh39 1084, gold measure).
_HEIGHT_TAIL = r"(?![\d.一二三四五六七八九十百千万亿零〇个米多余人位名岁年月日天寸尺厘分公毫秒])"
_SPOKEN_HEIGHT = re.compile(r"(?<![\d.一二两三四五六七八九十])(?P<m>[1-2一两]) ?米 ?(?:(?P<dm>[1-9一二三四五六七八九])|(?P<cm>\d\d))"
                            + _HEIGHT_TAIL)
# 身高只有5尺11寸 (fresh39 1084, gold 71 inches): a person's height in feet and inches, as sports pages translate 5'11";
# read only after a word for height and with a plausible height (4 to 7 feet; a Chinese 尺 has ten 寸, 11寸 has none).
_FEET_AND_INCHES = re.compile(r"(?<=身高|个子|身长)[^，。；！？,;!?\d]{0,4}?(?P<ft>[4-7])尺(?P<inch>\d|1[01])寸")


# A race time: 7分48秒87 (swimming, fresh31 922), 9秒58 (a sprint), 2小时8分30秒 (a marathon): minutes, seconds and
# hundredths are one duration in seconds, as the gold gives it (468.87). A clock time's minutes and seconds (9点30分15秒)
# follow 点 or 时 and stay a time; seconds alone (48秒) stay the plain unit.
_RACE_TIME = re.compile(r"(?<![\d.:])(?<![\d一二三四五六七八九十][点點時时])(?<![\d一二三四五六七八九十] [点點時时])(?:(?P<h>\d{1,2})小时)?(?:(?P<m>\d{1,3})分)?(?P<s>[0-5]?\d)秒(?P<cs>\d{1,2})?(?![\d.钟])")


def race_times(text: str):
    for m in _RACE_TIME.finditer(text):
        if not (m["m"] or m["cs"]):
            continue
        seconds = int(m["h"] or 0) * 3600 + int(m["m"] or 0) * 60 + Decimal(m["s"] + "." + (m["cs"] or "0"))
        yield Quantity(m.start(), m.end(), "duration", format_decimal(seconds), "second")


# 净资产几近为零, 边际成本接近零, 今年的出口额则为零 (test 32, fresh4 122, fresh6 279, fresh33 964: gold 0 ×4, round 31): 零
# after 为, 近, 于, 至 or 到 closing its clause is the level zero, money when a currency is named before it in the
# sentence (出口额为223亿日元…则为零), else a number. Not 化整为零 (an idiom), EQ为零班 (a name: a word follows), nor 归零 and
# 清零 (reset: fresh16 510 unlabelled against tune 58's money), 零和 or 零增长 (零 before a noun, labelled both ways).
_ZERO_LEVEL = re.compile(r"(?<!整[为為])(?<=[为為近于於至到])零(?=[，。；！？,.;!?）)]|$)")


def zero_levels(text: str):
    for m in _ZERO_LEVEL.finditer(text):
        currency = currency_named_before(text[:m.start()])
        yield Quantity(m.start(), m.end(), "money" if currency else "number", "0", currency or "")


def spoken_heights(text: str):
    for m in _SPOKEN_HEIGHT.finditer(text):
        metres = parse_number(m["m"])
        fraction = parse_number(m["dm"]) / 10 if m["dm"] else Decimal(m["cm"]) / 100  # one digit: tenths; two: cm
        if metres is not None:
            yield Quantity(m.start(), m.end(), "measure", format_decimal(metres + fraction), "米")
    for m in _FEET_AND_INCHES.finditer(text):
        yield Quantity(m.start("ft"), m.end(), "measure", str(12 * int(m["ft"]) + int(m["inch"])), "英寸")


# 十之四五, 死者十之七八: "four or five in ten", a classical share (十之八九 too).
_TENTHS = re.compile(r"十之(?P<a>[一二三四五六七八九])(?P<b>[一二三四五六七八九])?")


# 20*12*3.2、45*5*贯穿（厘米）, 20×12×3.2厘米: a size written as a product of dimensions is one measure
# (value = the first dimension), its unit written right after it or in the bracket that closes the list.
# 10m×10m (fresh19 623): each dimension may carry the same Latin unit.
_DIMENSIONS = re.compile(r"(?<![\d.])(?P<first>\d+(?:\.\d+)?)(?P<unit>(?:mm|cm|km|m)(?![A-Za-z]))?"
                         r"(?: ?[*×＊] ?\d+(?:\.\d+)?(?(unit)(?P=unit)))+(?![\d.])")
_BRACKETED_UNIT = re.compile(r"^[^，。；]{0,20}?[（(](?P<unit>[^（()）]{1,4})[)）]")


def dimension_sizes(text: str):
    for m in _DIMENSIONS.finditer(text):
        if touches_latin(text, m.start(), m.end()):
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


def model_sizes(text: str):
    if not _MODEL_WORD.search(text):
        return
    for m in _MODEL_SIZE.finditer(text):
        yield Quantity(m.start(), m.end(), "count", format_decimal(Decimal(m["n"]) * _MODEL_SCALE[m["scale"]]),
                       "参数", note="model parameters")


def _of_a_point(text: str, m: re.Match) -> bool:
    """Whether a _POINT_FRACTION match is a fraction of a percentage point: before 个百分点 always, before 厘 only after
    a rate word in the ten characters before it (加息四分一厘; 三分一厘 of anything else is no rate)."""
    return m["unit"] != "厘" or _RATE_WORD.search(text, max(0, m.start() - 10), m.start()) is not None


def spoken_fractions(text: str):
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
        if high is None and (pair := neighbouring_digits(token)):
            (number, high), qualifier = pair, "approximate"
        if number is not None:
            yield Quantity(m.start(), m.end(), "percent", format_decimal(number), "%", qualifier,
                           format_decimal(high) if high is not None else "")
    for m in _POINT_FRACTION.finditer(text):
        num, den = parse_number(m["num"]), parse_number(m["den"])
        if num is not None and den and num < den and _of_a_point(text, m):
            yield Quantity(m.start(), m.end(), "percent", format_decimal(Decimal(num) / Decimal(den)), "pp")
    for m in _FRACTION_CN.finditer(text):
        if (point := _POINT_FRACTION.match(text, m.start())) and _of_a_point(text, point):
            continue  # read above as percentage points
        num, den = parse_number(m["num"]), parse_number(_with_its_one(m["den"]))  # 千分之一: one in a thousand
        if num is not None and den:
            yield Quantity(m.start(), m.end(), "ratio", ratio_of(num, den))
    for m in _FRACTION.finditer(text):
        if (touches_latin(text, m.start(), m.end()) or len(m["num"].split(".")[0]) == 4
                or any(start == m.start() for _, start, _ in _slashed_days_by_weekday(text))):
            continue  # 4/5G is a name; 2023/5 is a date fragment; 1/3（日）, 周二 (16/6) are days, their order told or not
        num, den = Decimal(m["num"]), Decimal(m["den"])
        if den:
            yield Quantity(m.start(), m.end(), "ratio", ratio_of(num, den))
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
        clause = clause_before(text, m.start())
        if len(parts) >= 3 or re.search(r"比|率", clause):  # otherwise it is a time such as 8:30
            value = ratio_of(parts[0], parts[1]) if len(parts) == 2 and parts[1] else ":".join(map(format_decimal, parts))
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
                           _HALF_SPAN_UNIT[m["unit"] or m["minute"] or "个" + m["unit2"]])



# A match report's scores: 3-1, 1:0, 1比3 between two small integers (a time 15:30 has two digits after the
# colon; a range never falls, 3-1, and a match report writes no ranges of goals); a basketball game's reach three
# digits (103－96, the full-width hyphen normalised: fresh39 1083) and come in lists after a colon (比分分别为：30－32、
# 18－21, the colon after a word, not a clock's 12:30-45). Not before a unit, which makes a range of it (出场20-25分钟).
# A score is found outside a match report too when a verb of the lead follows or precedes it (火箭队4－0迅速领先, 热火23-22领先篮网,
# 38－35反超火箭: fresh39 1083, 1086), and a tie reached (比分追成38平, 上升至42平, 战成1平) is the ratio 1, as 2-2 (fresh18 564).
_SCORE = re.compile(r"(?<![\d.])(?<![\d.][:/-])(?P<a>\d{1,3}) ?(?:-|:(?=\d(?!\d))|比) ?(?P<b>\d{1,3})(?![\d.:/%-])"
                    r"(?! ?(?:分钟|秒|小时|天|周|个|年|月|日|岁|场|次|人|名|倍|万|亿|元|米|公里|度))")
_SCORE_LEAD_AFTER = re.compile(r" ?(?:迅速|重新|始终|一度|再度|暂时|继续|仍然|仍)?(?:领先|落后|反超|追平)")
# 首盘落后 3:5 (fresh39 1080, fencing bouts), 一度领先8-2: a verb of the lead right before the score tells it as well.
_SCORE_LEAD_BEFORE = re.compile(r"(?:领先|落后|反超)(?:对手|对方)? ?$")
_TIED_SCORE = re.compile(r"(?<=[成至到])(?P<a>\d{1,3})平(?![方米均局台])")
# Points in a match report, 雷.阿伦32分全场最高，威尔金斯19分 (fresh39 1083; fresh34 985, fresh14 472: count 分, as 积49分):
# N分 is points there, not a minute (8分24秒, 3分钟 and a clock's 17时30分 are read as times), a fraction (三分之一), a
# three-point shot (3分球: NOT in fresh14 472) or the second half of a time written with 分 twice (4分34分, fresh34 985).
_POINTS = re.compile(r"(?<![\d.]分)(?<![\d.])(?P<n>\d+(?:\.\d+)?)分(?![钟鐘之秒半球]|\d+ ?[分秒])")
# 领先七分, 领先两分, 落后三分 (fresh39 1083 ×3): points in words after a verb of the lead, in any text (a one-character
# numeral alone is no points elsewhere: 十分重要 says "very", 三分球 and 一记三分 a shot).
_POINTS_IN_WORDS = re.compile(r"(?<=领先|落后|反超|相差)(?P<n>[两二三四五六七八九十]{1,2})分(?![钟鐘之秒半球])")
# A game's quarters in a match report, 第一节, 第3節 (rank: fresh34 985, fresh39 1083, 1086), 四节, 前三节 (count 节); a
# document's 第二节 (a section) is no rank outside a report, and 春节, 五一节 are holidays (a numeral word before them).
_GAME_QUARTER = re.compile(rf"(?P<first>第 ?)?(?<![{CN_DIGITS}十\d])(?P<n>[一二三四1-4]|\d)节(?![日目课奏能约点气庆])")
# A shooting line written attempts 中 makes, 三分球4中0, 远射5中0, 6中0 (fresh39 1086; fresh34 985's 10投0中): both counts.
_SHOTS_MADE = re.compile(r"(?<![\d.投罚])(?P<a>\d{1,2})中(?P<b>\d{1,2})(?![\d.%])")
# A line-up's substitution minute: 于大宝（51’37-曹永竞）; ’ or ′ right after the number.
_MATCH_MINUTE = re.compile(r"(?<![\d.])(?P<n>\d{1,3})[’′]")
SCORE_NOTE = "match score a:b (a alone when b is 0)"


def match_figures(text: str):
    """In a match report (match_words.tsv): scores as the ratio a/b (1-0, no ratio, is the leading side's
    1 goal; a tie 38平 is 1), points (N分), a shooting line's attempts and makes (4中0), and a line-up's substitution
    minutes (51’) as minutes of the match; a score before a verb of the lead and points in words after one anywhere."""
    report = match_report(text)
    for m in _SCORE.finditer(text):
        if report or _SCORE_LEAD_AFTER.match(text, m.end()) or _SCORE_LEAD_BEFORE.search(text, 0, m.start()):
            a, b = Decimal(m["a"]), Decimal(m["b"])
            yield Quantity(m.start(), m.end(), "ratio", ratio_of(a, b) if b else format_decimal(a), note=SCORE_NOTE)
    for m in _POINTS_IN_WORDS.finditer(text):
        yield Quantity(m.start(), m.end(), "count", format_decimal(parse_number(m["n"])), "分")
    if not report:
        return
    for m in _TIED_SCORE.finditer(text):
        yield Quantity(m.start(), m.end(), "ratio", "1", note=SCORE_NOTE)
    for m in _POINTS.finditer(text):
        yield Quantity(m.start(), m.end(), "count", m["n"], "分")
    for m in _GAME_QUARTER.finditer(text):
        number = format_decimal(parse_number(m["n"]))
        yield Quantity(m.start(), m.end(), *(("rank", number) if m["first"] else ("count", number, "节")))
    for m in _SHOTS_MADE.finditer(text):
        yield Quantity(m.start("a"), m.end("a") + 1, "count", str(int(m["a"])), "投")
        yield Quantity(m.start("b"), m.end("b"), "count", str(int(m["b"])), "中")
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
_DAYS_AFTER = re.compile(rf"后{ORDINAL}天")


def ranks_and_multiples(text: str):
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
    for m in _TOP_N_CANTONESE.finditer(text):
        if (number := parse_number(m["n"])):
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
    rf"|第 ?(?:\d+|{CN}) ?[届期]"
    rf"|第 ?(?:\d+|{CN}) ?次(?=(?:全体)?会议|(?:全国)?代表大会|党代会)"  # 常委会第五次会议: a session's number, like 第六届
    rf"|(?:\d+|{CN}) ?届 ?(?:\d+|{CN}) ?次(?=(?:全体)?会议|全会)"  # 市委八届二次全会: a plenum's term and number
    # 十四届全国人大三次会议, 二十届中央纪委四次全会: the body named between the term and the session's number
    rf"|(?<=届)[\u4e00-\u9fff]{{2,8}}?(?:\d+|{CN}) ?次(?=(?:全体)?会议|全会)"
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
# 聚焦“1+2+4+N”目标任务体系 (fresh35 1006), “1+X”证书, 高考“3+1+2”模式: numbers joined by + alone in quotes name a plan's
# or a scheme's parts by their count, a policy's label; no sum is told and no number is a figure (1+1>2 is no label).
_QUOTED_PLUS_LABEL = re.compile(r"[“「『\"]\d{1,2}(?:[+＋](?:\d{1,2}|[A-Za-z]))+[”」』\"]")
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


@lexicon.cached
def _local_policy_nickname() -> re.Pattern:
    """沪六条, “沪九条”, 深八条: a province's or a city's short name (policy_nickname_places.txt) before a numeral and 条
    nicknames a local package of measures, as 国四条 does the State Council's (fresh37 1043, gold NOT ×2). The short name
    stands alone: at the start, after a mark, or after 的/版/楼市/新 (2024年版“沪九条”, 楼市新沪五条); 北京五条措施 counts."""
    places = "".join(re.escape(c) for c in lexicon.read_lines("policy_nickname_places.txt")) or "(?!)"
    return re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[的版市新]))[{places}][二三四五六七八九十]{{1,2}}条(?![路线航河街])")

# 21世纪教育研究院 (fresh18 582, an institute; gold NOT ×2), 21世纪商业评论 (a magazine, fresh10 371): a century that begins
# an institution's or a publication's name names it, as the outlet 21世纪经济报道 does (tune 250, fresh17 551; outlets.tsv);
# not a century followed by 的/之 or a time word (21世纪的公司, 20世纪初, 21世纪以来).
_CENTURY_INSTITUTION = re.compile(r"(?:\d{1,2}|二十一|二十)世纪(?=(?:(?![的之初末中以])[\u4e00-\u9fff]){0,4}?"
                                  r"(?:研究院|研究所|研究中心|基金会|学院|集团|公司|出版社|评论|周刊|杂志))")

# 1月1日0—24时, 2022年1月1日0时—24时, 5月3日0时至24时, 2021年12月9日0时—2022年1月1日24时: a bulletin's whole day (or days),
# midnight to midnight, is the day itself (the gold writes 2022-01-01); 24 is no hour of the clock, and 0 to 24 no count.
# 9日8时至20时 (a window inside the day) stays a time range.
_WHOLE_DAY = re.compile(rf"(?<=[日号]) ?0 ?时?(?:{RANGE_SEP}24 ?时|(?={RANGE_SEP}(?:\d{{4}} ?年 ?)?(?:\d{{1,2}} ?月 ?)?\d{{1,2}} ?日 ?24 ?时))"
                        r"|(?<=[日号]) ?24 ?时")
# 昏迷1天1夜, 3天2夜: the nights of a stay or an ordeal told after its days, one span (three days, 三天三夜, counts once; its
# Chinese numerals are no figure already).
_NIGHTS_AFTER_DAYS = re.compile(r"(?<=天) ?\d{1,2} ?夜")


def not_figures(text: str):
    """Spans that hold digits but no quantity: telephone and ID numbers, list markers, codes, titles, articles of a law,
    document numbers, stock codes and quotes after a company's name, policy nicknames (国四条, 沪九条), names with numbers (index_names.txt, numbered_names.tsv, outlets.tsv) and set phrases with a numeral
    (numeral_set_phrases.txt)."""
    for m in (*_PHONE_OR_ID.finditer(text), *_LIST_MARKER.finditer(text), *_CODE.finditer(text), *_TITLE.finditer(text), *_QUOTED_NUMBERED_NAME.finditer(text),
              *_QUOTED_PLUS_LABEL.finditer(text),
              *_LAW_ARTICLE.finditer(text), *_DOCUMENT_NUMBER.finditer(text), *_STOCK_CODE.finditer(text),
              *_STOCK_QUOTE.finditer(text), *_POLICY_NICKNAME.finditer(text), *_local_policy_nickname().finditer(text), *_CENTURY_INSTITUTION.finditer(text),
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
    report = match_report(text)
    for m in _STAGE_STRONG.finditer(text):
        if report or event_before.search(text[:m.start()]):
            yield m.start(), m.end()
    if report:
        for m in _SHIRT_NUMBER.finditer(text):
            yield m.start(), m.end()
        for m in _FORMATION.finditer(text):
            if sum(map(int, m.group())) == OUTFIELD_PLAYERS:
                yield m.start(), m.end()


def is_han(text: str, i: int) -> bool:
    return 0 <= i < len(text) and "\u4e00" <= text[i] <= "\u9fff"


def is_latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


def touches_latin(text: str, start: int, end: int) -> bool:
    """GPT-4, H800, 5G, 4/5G, v1.2: a number glued to Latin letters is part of a name."""
    before = start > 0 and (is_latin(text, start - 1) or (text[start - 1] in "-." and is_latin(text, start - 2)))
    return before or is_latin(text, end)


def clause_before(text: str, i: int) -> str:
    return re.split(r"[，。；！？,;!?]", text[:i])[-1]


def match_unit(text: str, i: int, number_start: int | None = None) -> Unit | None:
    """The unit at ``i``; a row with a context only when one of its words stands within
    UNIT_CONTEXT_CHARS before ``number_start`` (the start of the number it follows) or after the unit
    (4～5级偏北风), or, for a context word written →X, when X comes right after the unit (140块。, →
    alone: the text ends there)."""
    for unit in units_by_first_character().get(text[i:i + 1], ()):
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
        if unit.surface[-1].isascii() and is_latin(text, i + len(unit.surface)):
            continue
        return unit
    return None


def skip_space(text: str, i: int) -> int:
    return i + 1 if text[i:i + 1] == " " else i


# Words with 元 that name no yuan: 公元２年全国人口５９００多万 is people, not money.
_NOT_YUAN = re.compile("公元|纪元|元年|元旦|元宵|元素|单元|元首|元老|状元|多元|一元化")


# A money word this many characters after a bare 300亿 at most (百亿的造船订单, 百亿级别的“年度十大并购案”).
MONEY_WORD_AFTER_REACH = 4


@lexicon.cached
def headcount_words() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("headcount_words.txt"))


def counts_heads(text: str, start: int) -> bool:
    """A word for people or visits (headcount_words.txt) stands in the clause before a bare number, after the last
    money word there: 受惠人數將增至140萬 is how many people, even after 醫療費用."""
    clause = clause_before(text, start)
    last_money = max((clause.rfind(w) for w in money_context_words()), default=-1)
    return any(clause.rfind(w) > last_money for w in headcount_words())


# 在原来10万元满仓情况下，又转入10万 (fresh37 1041, gold money ×2): an amount written earlier in the sentence with the same
# multiplier and a currency (10万元, 5亿美元) makes a bare one after it (10万, 3亿) the same money, told again short.
_MULTIPLIER_IN = re.compile("[万亿萬億]")


def _same_money_before(text: str, start: int, end: int) -> bool:
    multiplier = _MULTIPLIER_IN.search(text, start, end)
    if multiplier is None:
        return False
    money = re.compile(rf"\d[\d.,]* ?{multiplier.group()} ?(?:{'|'.join(map(re.escape, _currencies_by_length()))})")
    return money.search(text, 0, start) is not None


@lexicon.cached
def _currencies_by_length() -> tuple[str, ...]:
    """The Chinese currency words of units.tsv (元, 美元, 港元 …), longest first."""
    return tuple(sorted((s for s in currency_codes() if not s[0].isascii()), key=len, reverse=True))


def money_context_currency(text: str, start: int, end: int) -> str | None:
    """The currency of a bare 300亿: money when a money word comes earlier in its clause (市值, 成交额 …)
    or right after it (45亿票房, 300万的费用), or a currency is named before it in the clause
    (约合人民币370亿); the currency is the last one named before it, else CNY; not after a word for people
    (受惠人數將增至140萬)."""
    if counts_heads(text, start):
        return None
    clause = _NOT_YUAN.sub("", clause_before(text, start))
    after = re.sub(r"^[\s“”「」’\"]*(?:规模|级别|量级)?的?[\s“”「」’\"]*", "", text[end:end + 10])  # “4 万亿” 投资, 百亿规模的 “资本"
    money_word_after = any(0 <= after.find(w) <= MONEY_WORD_AFTER_REACH for w in money_context_words())  # 百亿的造船订单
    currency_in_clause = any(s in clause for s in currency_codes() if not s[0].isascii())
    if not (money_word_after or currency_in_clause or any(word in clause for word in money_context_words())
            or _same_money_before(text, start, end)):
        return None
    return currency_named_before(text[:start]) or "CNY"


def currency_named_before(before: str) -> str | None:
    """The code of the currency word that ends last in ``before``, the longest of those (美元 over the 元 inside it)."""
    named = [(before.rfind(s) + len(s), len(s), code) for s, code in currency_codes().items() if s in before]
    return max(named)[2] if named else None


def neighbouring_digits(token: str) -> tuple[Decimal, Decimal] | None:
    """三四, 两三万, 三五: two rising digits side by side mean "three or four", not 34; after a ten too (十五六份,
    二十七八岁: fifteen or sixteen, 27 or 28)."""
    m = re.fullmatch("(?P<tens>[一二三四五六七八九]?十)?([一两二三四五六七八九])([一两二三四五六七八九])([十百千]?[万亿]*)",
                     token)  # 二三十厘米: 20–30
    if not m or m["tens"] and m[4].startswith(("十", "百", "千")):  # 二十三四十 is no pair
        return None
    tens = _int(m["tens"]) if m["tens"] else 0
    scale = math.prod(MULTIPLIER_VALUE[c] for c in m[4])
    low, high = (Decimal((tens + _int(c)) * scale) for c in m.group(2, 3))
    return (low, high) if low < high else None
