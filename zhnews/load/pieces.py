"""Plumbing shared by the source readers: the ``Piece`` they hand to roles, and small converters.

A source reader (markdown_source, html_source, plaintext_source) turns an input into pieces: clean
text runs in reading order, cut at images (an image is the IMAGE character while a block is being
built), each with the 1-based source line and the index of its block, the spans that were
emphasised, and any label the format itself makes certain (title element, header field, page chrome
outside the main content).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from zhnews import lexicon

IMAGE = "\ue000"  # stands for an image inside a block while its text is assembled
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")  # zero-width characters: dropped
_INVISIBLE_CHAR = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_WHITESPACE_RUN = re.compile(r"\s+")  # \s is what str.isspace accepts
# The brackets and quotation marks a name, a headline or a credit may hold, opening -> closing.
BRACKET_PAIRS = dict(zip("（(《「『【[“‘〔", "）)》」』】]”’〕"))


class NotOneArticle(ValueError):
    """A reader sees what the file is and it is not one article (a whole feed, a dump of many rows, a list's entry):
    the file is refused with this reason, no other reader tries it (their reading of its markup would be no article)."""


@dataclass
class Piece:
    """A run of clean text in reading order, as a source module hands it over."""

    text: str
    source_line: int
    block: int  # index of the source block (line, element); pieces of one block may merge back
    bold_spans: list = field(default_factory=list)  # (start, end) of emphasised text
    after_image: bool = False  # an image stands right before this piece
    glued_to_image: bool = False  # ... inside the same block, with no break in between
    hint: str = ""  # structural label from the parser: heading, list_item, table, quote, image_caption
    role: str = ""
    kind: str = ""
    reason: str = ""
    captures: dict = field(default_factory=dict)  # meta fields a cue pulled out (author, account, date)
    cue: object = field(default=None, repr=False, compare=False)  # the lexicon cue that labelled it
    container: object = field(default=None, repr=False, compare=False)  # HTML: the block element
    linked: bool = False  # HTML: the block's text is mostly link text (a related headline, a menu item)
    set_apart: bool = False  # HTML: set in smaller or grey type than most of the page's text (a caption's look)
    set_large: bool = False  # HTML: set in type well above the page's common size (a headline's look)

    @property
    def n_bold(self) -> int:
        return sum(end - start for start, end in self.bold_spans)

    def labelled(self, role, kind, reason, captures=None) -> "Piece":
        return replace(self, role=role, kind=kind, reason=reason, captures=captures or {})

    def cut(self, start: int, end: int) -> "Piece":
        """The sub-piece text[start:end], emphasis spans shifted along; whitespace trimmed. A cut from
        the piece's start (its indent trimmed: 　　英国…) still follows the image the piece follows."""
        from_start = not self.text[:start].strip()
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        spans = [(max(s, start) - start, min(e, end) - start) for s, e in self.bold_spans if s < end and e > start]
        return replace(
            self, text=self.text[start:end], bold_spans=spans, captures=dict(self.captures),
            after_image=self.after_image and from_start, glued_to_image=self.glued_to_image and from_start,
        )


def squeeze(chars: list[str], flags: list[bool]) -> tuple[str, list[tuple[int, int]]]:
    """Characters with their emphasis flags -> text with whitespace runs as one space, and spans."""
    if not any(flags):
        # No emphasis to follow (most pieces): the same text by two passes in C instead of one in Python.
        return _WHITESPACE_RUN.sub(" ", _INVISIBLE_CHAR.sub("", "".join(chars))), []
    out: list[str] = []
    out_flags: list[bool] = []
    for ch, flag in zip(chars, flags):
        if ch in _INVISIBLE:
            continue
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        out_flags.append(flag)
    spans: list[tuple[int, int]] = []
    for index, flag in enumerate(out_flags):
        if flag and spans and spans[-1][1] == index:
            spans[-1] = (spans[-1][0], index + 1)
        elif flag:
            spans.append((index, index + 1))
    return "".join(out), spans


def block_pieces(text: str, spans, source_line: int, block: int, after_image: bool, hint: str = ""):
    """The pieces of one block whose images are IMAGE characters, and whether it ended on an image.

    ``after_image`` says an image ended the previous block; it carries into the first piece.
    """
    pieces = []
    start = 0
    for position in [*(i for i, ch in enumerate(text) if ch == IMAGE), len(text)]:
        segment = text[start:position]
        if segment.strip():
            glued = start > 0 and text[start - 1] == IMAGE
            piece = Piece(
                segment, source_line, block,
                bold_spans=[(max(s, start) - start, min(e, position) - start) for s, e in spans if s < position and e > start],
                after_image=after_image or glued, glued_to_image=glued, hint=hint,
            )
            pieces.append(piece.cut(0, len(segment)))
            after_image = False
        if position < len(text):
            after_image = True
        start = position + 1
    return pieces, after_image


# 2016-07-01, 2016年7月1日, 2016/7/1, 2016.07.01; 20160701 alone or with its time glued on (20160701103000, a crawler's
# yyyyMMddHHmmss); 01/07/2016.
_DATE = re.compile(
    r"(?<!\d)(?:((?:19|20)\d{2})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|(\d{2})(\d{2})(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?!\d))"
    r"|(\d{1,2})/(\d{1,2})/((?:19|20)\d{2}))"
)
# An ISO timestamp with its UTC offset (2023-09-01T07:49:42+00:00, 2023-09-11T10:30:47.000Z).
_TIMESTAMP = re.compile(r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})")
CHINA = timezone(timedelta(hours=8))
# An RSS feed's date (RFC 2822: Mon, 29 Jun 2020 21:47:00 +0000), which feed-to-text exports keep as written.
_FEED_DATE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                        r"\s+(?:19|20)\d{2}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|GMT|UT)\b")


# A BBS post's time as C's ctime writes it (PTT: 時間: Mon Dec 21 19:45:20 2020), local time (Taiwan = China's offset).
# A date in the Republic of China's calendar (中華民國106年07月07日, a Taiwanese government release, fresh13 430;
# 民國110/10/23, 民国110.10.23): year 1 of 民國 is 1912.
_MINGUO_DATE = re.compile(r"(?:中華民國|中华民国|民國|民国)\s*(\d{1,3})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")
# The same date without 民國, only as the value of a date label (發布日期：110-10-23, 發稿日期：110/10/23, 日期：110年10月23日,
# data/lexicon/header_fields.tsv's publish_date labels): a year of three digits, 100 on (2011 on), is the Republic's
# there, as Taiwanese pages write it; anywhere else 110年 is a span or a count, not a date.
_LABELLED_MINGUO = r"(?<![\d.])(1\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"
MINGUO_YEAR_ZERO = 1911
# The Central News Agency's date code (中央社's stories close with the editor's credit and it: （編輯：張瑞芬）1130601 is
# 民國113年6月1日, 2024-06-01), kept by every site that reposts its wire: three digits of the Republic's year, 100 on (the
# code has had seven digits since 2011), then month and day.
_MINGUO_DATE_CODE = re.compile(r"(?<!\d)(1\d{2})(\d{2})(\d{2})$")
_CTIME = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})"
                    r"\s+\d{2}:\d{2}:\d{2}\s+((?:19|20)\d{2})\b")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# A value that is a date written with the month's English name, day first or month first (a crawl's date field:
# 3 Jan 2022, Jan 3, 2022, January 3rd, 2022; fresh12 402, 403), a time perhaps after it. Only a value that opens
# with it: inside a sentence such words are rare in a Chinese article and not its date.
_MONTH_WORD = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?"
               r"|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])")
_ENGLISH_DATE = re.compile(rf"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}"
                           rf"|{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?)\s+((?:19|20)\d{{2}})\b", re.I)


# Full-width digits and date marks (２０２１－０３－０４, ２０２１年３月４日 typed in an input method's full-width mode): read
# as their ASCII twins.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．：　", "0123456789-/.: ")
# A date in Chinese numerals (二〇二一年三月四日, 二○二一年十二月三十一日: the date of issue a government document or a
# letter closes with): the year digit by digit (〇, its look-alike ○ or 零 for nought), month and day as counted.
_HAN_DIGITS = {char: value for value, chars in enumerate(("〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九")) for char in chars}
_HAN_NUMBER = "[一二三四五六七八九十]{1,3}"
_HAN_DATE = re.compile(rf"([〇○零一二三四五六七八九]{{4}})\s*年\s*({_HAN_NUMBER})\s*月\s*({_HAN_NUMBER})\s*[日号號]")


def _han_count(numeral: str) -> int:
    """十二 -> 12, 二十一 -> 21, 三十 -> 30, 九 -> 9 (at most 99, as a month or a day is)."""
    tens, ten, ones = numeral.partition("十")
    if not ten:
        return _HAN_DIGITS.get(numeral, 0) if len(numeral) == 1 else 0
    return (_HAN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGITS.get(ones, 0) if ones else 0)


def without_spaces(text: str) -> str:
    """The text with every whitespace run taken out: how a name or a label is compared when typesetting may have
    spaced it (``经　济　研　究``, ``记者 张三``)."""
    return _WHITESPACE_RUN.sub("", text)


def iso_date(text: str | None) -> str | None:
    """The first full date in ``text`` as 'YYYY-MM-DD', else None.

    Reads 2016-07-01, 2016年7月1日, 中華民國106年07月07日 (2017-07-07), 民國110/10/23 and, after a date label,
    發布日期：110-10-23 (2021-10-23), 19990407 (a time glued on or not: 19990407103000), full-width digits
    (２０１６年７月１日), Chinese numerals when no digits date the text (二〇一六年七月一日), the day-first 01/09/2023 of
    European sites (month first only when the first number cannot be a month) and a value opening with a date in
    English words (3 Jan 2022). A timestamp with a UTC offset is read as the date in China (Asia/Shanghai), the date
    a Chinese reader saw on the page.
    """
    text = (text or "").translate(_FULL_WIDTH)
    stamp = _TIMESTAMP.search(text)
    if stamp:
        year, month, day, hour, minute, offset = stamp.groups()
        sign = -1 if offset.startswith("-") else 1
        digits = offset.replace(":", "").lstrip("+-") if offset != "Z" else "0000"
        zone = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
        try:
            moment = datetime(int(year), int(month), int(day), int(hour), int(minute), tzinfo=zone)
            return moment.astimezone(CHINA).date().isoformat()
        except ValueError:
            pass
    feed = _FEED_DATE.search(text)
    if feed:
        return parsedate_to_datetime(feed.group(0)).astimezone(CHINA).date().isoformat()
    ctime = _CTIME.search(text)
    if ctime:
        return f"{ctime.group(3)}-{_MONTHS.index(ctime.group(1)) + 1:02d}-{int(ctime.group(2)):02d}"
    english = _ENGLISH_DATE.match(text)
    if english:
        day_first, month_after, month_first, day_after, year = english.groups()
        month = _MONTHS.index((month_after or month_first)[:3].title()) + 1
        day = int(day_first or day_after)
        if 1 <= day <= 31:
            return f"{year}-{month:02d}-{day:02d}"
    minguo = _MINGUO_DATE.search(text) or _labelled_minguo().search(text)
    if minguo:
        year, month, day = (int(group) for group in minguo.groups() if group)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year + MINGUO_YEAR_ZERO:04d}-{month:02d}-{day:02d}"
    for found in _DATE.finditer(text):
        if found.group(1):
            year = int(found.group(1))
            month, day = (int(found.group(2)), int(found.group(3))) if found.group(2) else (int(found.group(4)), int(found.group(5)))
        else:
            first, second, year = int(found.group(6)), int(found.group(7)), int(found.group(8))
            day, month = (second, first) if second > 12 else (first, second)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    han = _HAN_DATE.search(text)
    if han:
        year = int("".join(str(_HAN_DIGITS[char]) for char in han.group(1)))
        month, day = _han_count(han.group(2)), _han_count(han.group(3))
        if 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def minguo_date_code(text: str) -> str | None:
    """The date of a wire's seven-digit date code closing ``text`` (…）1130601 -> 2024-06-01), else None (a code
    whose month or day cannot be one, 1234567, is a number)."""
    code = _MINGUO_DATE_CODE.search(text.strip())
    if code is None:
        return None
    year, month, day = (int(group) for group in code.groups())
    try:
        return date(year + MINGUO_YEAR_ZERO, month, day).isoformat()
    except ValueError:
        return None


@lexicon.cached
def _labelled_minguo() -> re.Pattern:
    """A Republic-calendar date with no 民國 right after a publish-date label of data/lexicon/header_fields.tsv and
    its colon (發布日期：110-10-23), the label written before it in the text."""
    labels = "|".join(map(re.escape, sorted((label for label, field in header_labels().items() if field == "publish_date"),
                                           key=len, reverse=True)))
    return re.compile(rf"(?:{labels})\s*[:：]\s*{_LABELLED_MINGUO}")


@dataclass(frozen=True)
class Clue:
    """A value for one meta field (title, outlet, author, publish_date) and where the reader found it.

    ``strength`` ranks the places: ``format`` is a field the format itself states (front matter, the
    WeChat page's fields, a header line of an exporter); ``page`` is a weaker hint (HTML meta tags,
    the page title's suffix, the URL), used only when neither the format nor the text names the field;
    ``guess`` is an extractor's guess (trafilatura's date), used only when nothing else gives the field.

    ``signed`` marks an author clue from a place where the writer signs with a name of their choosing: WeChat's
    author field (#js_author_name, var author) and the name right after the 原创 badge when it is the account's own
    (纯洁的微笑; 今日头条's one name after 原创). The name is kept as written, a pen name (家熙Panda) that no person
    name's shape fits, or the account's, which then names the outlet too.
    """

    key: str
    value: str
    source: str
    strength: str = "format"
    signed: bool = False


# An emoji an exporter sets before a field's label (> 📅 获取时间: …, > 🔗 原文链接: …, wechat-get in fresh18 560/561):
# pictographs, dingbats and arrows, with their variation selector and joiner.
_LABEL_ICON = "[\U0001F300-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]"


@lexicon.cached
def _header_fields() -> tuple[dict, re.Pattern]:
    """label -> (field, whether the label is an exporter's alone) of data/lexicon/header_fields.tsv, and the
    pattern of a line opening with a label and a colon (emphasis marks of a markdown line around the label
    allowed: **标题：** …, and an exporter's emoji before it: 📅 获取时间: …), longest label first."""
    fields = {label: (field, alone == "yes") for label, field, alone in lexicon.read_rows("header_fields.tsv", ("label", "field", "alone"))}
    labels = "|".join(map(re.escape, sorted(fields, key=len, reverse=True)))
    return fields, re.compile(rf"^[*_\s]*(?:{_LABEL_ICON}+[*_\s]*)?({labels})[*_\s]*[:：][*_]*\s*")


def header_labels() -> dict[str, str]:
    """label -> meta field of data/lexicon/header_fields.tsv (来源 -> outlet, 发布机关 -> outlet, 作者 -> author)."""
    return {label: field for label, (field, _) in _header_fields()[0].items()}


@lexicon.cached
def dateline_words() -> dict[str, tuple[str, ...]]:
    """The words that close a lead's dateline (data/lexicon/dateline_words.tsv), by their ``end``: ``open`` (电, 讯,
    消息: glued to the lead's first sentence too) and ``closed`` (报道, 客户端: only before a colon or a closing
    bracket), each longest first, as a regex's alternatives want them."""
    words: dict[str, list[str]] = {"open": [], "closed": []}
    for word, end in lexicon.read_rows("dateline_words.tsv", ("word", "end")):
        words[end].append(word)
    return {end: tuple(sorted(found, key=len, reverse=True)) for end, found in words.items()}


def header_field(line: str) -> tuple[str, str, int, bool] | None:
    """(label, field, where the value starts, whether the label alone makes a header) of a header field line
    (文章作者: 机器之心, 标题:…, **来源：** X; data/lexicon/header_fields.tsv), else None. A line with a common
    label (来源：…) may be a sentence's; a run of them is an exporter's or a crawler's header block, as roles decides."""
    fields, pattern = _header_fields()
    found = pattern.match(line)
    if not found:
        return None
    field, alone = fields[found.group(1)]
    return found.group(1), field, found.end(), alone


def next_block(pieces: list[Piece]) -> int:
    """The block number of a piece that starts a new source block after ``pieces``."""
    return pieces[-1].block + 1 if pieces else 0


def leading_fields(lines: list[str], start: int, field: re.Pattern) -> tuple[list[tuple[int, str, re.Match]], int]:
    """The ``label: value`` lines a file opens with (an exporter's header, 【标题】 fields).

    Returns (1-based line number, stripped line, match) for each line from ``start`` that ``field``
    matches, blank lines between them skipped, and the index of the first other line (the body's start).
    """
    fields, index = [], start
    while index < len(lines):
        line = lines[index].strip()
        found = field.match(line)
        if not found and line:
            break
        index += 1
        if found:
            fields.append((index, line, found))
    return fields, index


def date_in_url(url: str) -> str:
    """A date written as a path segment of a URL (/20120608/, /2020-02-26/, /2012/12/10/) or opening its file's name
    as a TRS publishing system writes it (government and paper sites: /t20210112_3917256.html), else ''."""
    found = re.search(r"/t?((?:19|20)\d{2})[-/]?(\d{2})[-/]?(\d{2})(?:/|\D)", url)
    return f"{found.group(1)}-{found.group(2)}-{found.group(3)}" if found else ""


# A copyright line's holder: the Han name after 版权所有：/Copyright/© and a span of years, or before 版权所有.
_COPYRIGHT_HOLDER = re.compile(
    r"(?:版权所有|版權所有|copyright|©|\(c\))\s*[：:]?\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—~至]\s*(?:(?:19|20)\d{2})?)?\s*)?"
    r"(?:(?:版权所有|版權所有)\s*[：:]?\s*)?(?:by\s+)?(?P<after>[\u4e00-\u9fff]{2,20})|(?P<before>[\u4e00-\u9fff]{2,20}?)\s*(?:版权所有|版權所有)"
    # 未经万得书面授权许可，任何机构和个人不得…: the one whose leave a reprint needs holds the copyright; not 本站, 我司,
    # 作者 (whoever wrote it) or 许可 itself
    r"|(?:未经|未經)(?![本我该該此贵貴原作著权權版授许許书書同允事])(?P<granter>[\u4e00-\u9fff]{2,12}?)\s*(?:书面|書面|事先|事前)?(?:授权|授權|许可|許可|同意)",
    re.I)
_OWNERSHIP = re.compile(r"(?:版权所有|版權所有|所有)$")


def copyright_holders(text: str) -> list[str]:
    """The Han names a copyright line gives as the holder (版权所有：中国政府网, © 2023 中央通訊社版權所有,
    凤凰新媒体版权所有, © 2020 版权所有 南京大学…中心, 未经某某网书面授权), in reading order; the caller decides which is a
    site's name."""
    names = (_OWNERSHIP.sub("", found.group("after") or found.group("before") or found.group("granter") or "")
             for found in _COPYRIGHT_HOLDER.finditer(text))
    return [name for name in names if len(name) >= 2]
