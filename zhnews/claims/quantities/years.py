"""Years for dates that do not write one: the publish date, a year in the same sentence or passage, never a
future target year (:func:`infer_years`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from ... import lexicon
from .constructions import (DAY_TOLD_AS_TODAY_NOTE, NEXT_DAY_NOTE, NEXT_DAY_REACH, RELATIVE_MONTH_OFFSET, WEEKDAY_ORDER_NOTE,
                            ordered_by_weekday)
from .numbers import BARE_YEAR


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
# Its latest year may be its own, though, when it is written without 年 right before the words it dates (BARE_YEAR:
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


@lexicon.cached
def _planned_outcome_after() -> re.Pattern:
    """2027年交付, 2030年前建成: a year right before a verb of planned_outcome_verbs.txt (a 前 or 内 may stand between)."""
    verbs = "|".join(map(re.escape, lexicon.read_lines("planned_outcome_verbs.txt"))) or "(?!)"
    return re.compile(rf"^\s*(?:之?前|以前|内|底前)?(?:全面|全部|正式|实现|完成)?(?:{verbs})")


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
# With a publish date, a clock time that opens its sentence in the paragraph right after a full date of this year or the
# last (控罪指，他於去年 10 月 1 日，在屯門… / 下午 1 時 55 分，他在警車內…: fresh39 1081, a court report of 2020, gold
# 2019-10-01T13:55) goes on with that day's account; farther on, or after a day long gone (2003年4月1日，非典暴发 /
# 下午3点，发布会开始 in a text of 2020: history recalled), it keeps no day.
TOLD_DAY_REACH = 1


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


# 12月 … 1月 / 9月 … 2月 runs on into the next year; 2月 … 1月 looks back: a story runs on at most half a year past New Year
_HALF_A_YEAR = 6


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
        """A written year anchors others unless it is a target (after 到/力争 … or after the publish year; without a
        publish date also before 之前 or a planned outcome, 2027年交付), names a
        cohort (2019届, 2019年高考: cohort_words.txt) or is the point a span is counted from (创下2011年11月以来新高)."""
        if self.published and year > self.published.year:
            return False
        if _names_cohort(written, after) or _SINCE.match(after):
            return False
        if not self.published and (_BOUNDARY_AFTER.match(after) or _planned_outcome_after().match(after)):
            return False  # 至少在2027年之前, 2027年交付: a boundary or a target, not the story's year
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
        """2019年12月30日 … 1月11日 in a February 2020 article: the story ran into the next year, as does one that comes
        up to the publish year (2024年4月上市的茶百道…截至2月11日 in a March 2025 article, fresh23 740). A month far
        behind the last one in an older story (据1947年2月统计，…仅1月份一个月内, fresh33 967: a count dated February
        over January) looks back within that year: a story runs on past New Year from its last months, at most half a
        year."""
        last = self.paragraph_month.get(para_id)
        if not (self.published and last and last[0] == year and value[2:4].isdigit()):
            return year
        month = int(value[2:4])
        if (month < last[1] and (month + _HALF_A_YEAR <= last[1] or year + 1 == self.published.year)
                and date(year + 1, month, 1) <= self.published):
            return year + 1
        return year

    def _complete_day(self, row, day: int, before: str, after: str = "") -> tuple[str | None, str, str]:
        """27日: the month of the passage, else the publish month (or the one before, see _month_near_publish). A
        passage month still ahead of the publish date (提前於7月4日舉行大選) does not date a day its sentence tells as
        done (國會已在24日停止運作: this month's 24th). A word of the future anywhere in the sentence (28日預計審議)
        makes a day just after the publish date this month's."""
        if row["note"] in RELATIVE_MONTH_OFFSET:  # 上月26日: counted from the publish month, or unknown without it
            if not self.published:
                return None, "", ""
            months = self.published.year * 12 + self.published.month - 1 + RELATIVE_MONTH_OFFSET[row["note"]]
            return (_complete(row["value"], months // 12, months % 12 + 1), f"month from publish date and {row['note']}",
                    f"publish date {self.published}, {row['note']}")
        if row["note"].startswith(DAY_TOLD_AS_TODAY_NOTE) and self.published:  # 今（3 日）: the publish day's month, whatever
            # the passage says (without a publish date the passage's month stands in for it: 今天（7号）, fresh4 127)
            year, month = _month_near_publish(day, self.published, future=row["note"].endswith("明"))
            return _complete(row["value"], year, month), "month from publish date", f"publish date {self.published}"
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
        if self.last_day and self.published and 0 <= row["para_id"] - self.last_day_para <= TOLD_DAY_REACH \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", self.last_day) and not before.strip() \
                and self.published.year - 1 <= int(self.last_day[:4]) <= self.published.year:
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
        years = [(_year_month(r["value"])[0], BARE_YEAR.fullmatch(str(r["text"])) is not None) for r in latest_rows]
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
            completed = ordered_by_weekday(completed, row["note"])
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
