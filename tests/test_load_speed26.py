"""The loader's faster date searches find what the patterns they replace found (speed26).

``_days_written`` tries a day's pattern only near the year's occurrences; it must count what
``len(re.findall(forms, text, re.IGNORECASE))`` counts, on real pages and on made-up texts that put
the day's forms next to each other, far from the year, behind long runs of spaces, or overlapping.
``_NUMERIC_DATE`` opens with a digit now; it must find what the look-behind form found.
"""

import re
import pytest
from conftest import SHARED

from zhnews.load import html

PAGES = sorted(SHARED.glob("corpus/*.html")) + sorted(SHARED.glob("fresh/*.html"))
OLD_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)")
DATES = ("2017-09-08", "2023-12-31", "2005-03-11", "2024-05-14", "1998-01-01", "2009-11-06")


def findall_count(date: str, text: str) -> int:
    return len(re.findall(html._date_forms(date), text, re.IGNORECASE))


@pytest.mark.parametrize("text", [
    "发布于2017年9月8日 10:00，更新于2017-09-08",
    "2017-9-820170908 08/09/2017 9/8/2017 08.09.2017",
    "Posted September 8, 2017 · 8th Sept. 2017 · sept 08TH,   2017 · SEPTEMBER.  031st, 2017",
    "on 8 September,\n\n\n\t          2017 and Sep 8 2017",
    "2017年 9 月 8 日" + " " * 500 + "2017_09_08" + "x" * 300 + "8-9-2017",
    "120170908 2017090812 18/09/2017 08/09/20171 2017年9月81日",  # digits around: no match
    "20172017-09-08 2017 2017 2017-09-082017-09-08",
    "",
])
def test_counts_what_findall_counts(text):
    for date in DATES:
        assert html._days_written(date, html._date_forms(date), text) == findall_count(date, text)
        assert html._days_written(date, html._date_forms(date), text.upper()) == findall_count(date, text.upper())


@pytest.mark.skipif(not PAGES, reason="shared/corpus not found")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_same_counts_and_numeric_dates(page):
    source = page.read_bytes().decode("utf-8", "replace")
    written = {f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in
               re.findall(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", source)
               if 1 <= int(m) <= 12 and 1 <= int(d) <= 28}
    for date in sorted(written)[:20] + list(DATES):
        assert html._days_written(date, html._date_forms(date), source) == findall_count(date, source)
    assert html._NUMERIC_DATE.findall(source) == OLD_NUMERIC_DATE.findall(source)


def test_numeric_date_near_misses():
    text = "11-06-2009 123-06-2009 1-6-2009 a12/31/1999 9.9.19999 07.08.2020x 1/2/2000"
    assert html._NUMERIC_DATE.findall(text) == OLD_NUMERIC_DATE.findall(text)
    assert html._NUMERIC_DATE.findall(text) == [("11", "06", "2009"), ("1", "6", "2009"), ("12", "31", "1999"),
                                                 ("07", "08", "2020"), ("1", "2", "2000")]
