"""A whole portal page's visible text flattened to one line -> the lines the page had.

A 舆情 crawler's store, a ``document.body.innerText`` save with its white space collapsed, the text field of a
scraped dataset: the page's title with its site (``X--时政--人民网``, ``X_网易财经``), login widgets, menus of short
words a space apart, breadcrumbs (``人民网 >> 时政``, ``首页 > 财经频道 > 产经 > 正文``), the meta strip
(``2015年11月02日13:18  来源： 中国网``), ``原标题：…``, paragraphs opened by full-width indents, the editor's line, related
news and the footer all run on in ONE line (fresh34 980-984, 986, 988). Read as one dump its menus and strip become
body and no field is found. Such a line is recognised by its menus (runs of many short words, each a link of the
page) and cut back into lines at its structural seams; the plain-text reader then reads those lines as it reads a
portal page copied with its line breaks, so the roles and meta cues that know a standalone breadcrumb, meta strip or
``(责编：…)`` decide. Only white space is dropped at a seam: every other character stays in its line.
"""

from __future__ import annotations

import re

from zhnews import lexicon
from zhnews.load.pieces import header_labels
from zhnews.text import SENTENCE_END

# A link of a menu: a short run with no sentence punctuation (要闻, 强国论坛, NBA, 网站地图, 客户端下载); a headline's
# half set apart by a space (较强冷空气来袭 全国多地…) is longer.
_MENU_WORD = r"[^\s。！？!?，,、；;：:“”\"（）()【】\[\]《》>»＞]{1,6}"
# A menu: this many menu words or more in a row, a space (or a bar between spaces) apart.
MENU_MIN_WORDS = 6
_MENU_GAP = r"[ \t\xa0]+"  # not a full-width indent: that opens a paragraph
# It starts after no label's colon: the value of 来源： 新华网 is no link.
_MENU = re.compile(rf"(?<!\S)(?<![：:] ){_MENU_WORD}(?:{_MENU_GAP}(?:[|｜]{_MENU_GAP})?{_MENU_WORD}){{{MENU_MIN_WORDS - 1},}}(?!\S)")
# A label's colon and a short word of its value right before a menu's first word (作者：周宇 邹春霞 手机看新闻 …).
_LABEL_VALUE_BEFORE = re.compile(r"[：:][ \t\xa0]*[^\s：:]{1,4}[ \t\xa0]+$")
_WORD_AND_GAP = re.compile(r"\S+[ \t\xa0]+")
# A page is recognised by this many menus; an article's one-line dump (a corpus record, THUCNews) has none.
PAGE_MIN_MENUS = 2
# A line of this many runs a space apart with no full stop is a menu or a list of links, not prose.
LIST_MIN_RUNS = 4
# A breadcrumb trail: short steps joined by >, >> or » (人民网 >> 时政, 首页>中国频道>时事要闻>正文,
# 能源资讯 » 节能 » 综合 » 正文).
_CRUMB_STEP = r"[^\s>»＞。！？，,：:]{1,12}"
_BREADCRUMB = re.compile(rf"(?<!\S)(?:{_CRUMB_STEP}\s*(?:>>|>|»|＞)\s*)+{_CRUMB_STEP}(?!\S)")
# White space a page's layout left between blocks: two spaces or more, or full-width indents (　　 a paragraph's).
_LAYOUT_GAP = re.compile(r"[ \t\xa0]{2,}|[ \t\xa0]*\u3000+[ \t\xa0]*")
# A sentence's end (and its closing quote or bracket) with white space after it: the paragraph may end there.
_AFTER_SENTENCE = re.compile(rf"(?<=[{SENTENCE_END}”’」』）)])[ \t\xa0]+")
# A bracketed signature glued after the last sentence, up to the next gap: …新篇章。（慕阳子 中国现代国际关系研究院欧洲所）.
_SIGNATURE_AFTER_SENTENCE = re.compile(rf"(?<=[{SENTENCE_END}])(?=[（(][^（）()]{{2,40}}[）)](?:\s|$))")
# A bracket short enough to be one unit: a credit, an edition line's date (（ 2015年10月12日  第 13 版）).
_SHORT_BRACKET = re.compile(r"[（(][^（）()]{1,30}[）)]")
# The meta strip's time stamp: 2015年11月02日13:18, 2015-11-02 19:34:36, 2015/10/20 11:40:13.
_STAMP = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2})\s*\d{1,2}:\d{2}"
_BEFORE_STAMP = re.compile(rf"[ \t\xa0](?={_STAMP})")
_STAMP_LINE = re.compile(_STAMP)
# …and the end of one the story's first sentence runs on from, a space after it (2019-11-25 10:37:31 综合消息，近日，…).
_STAMP_BEFORE_PROSE = re.compile(rf"{_STAMP}(?::\d{{2}})?(?P<gap>[ \t\xa0]+)(?=[^\s，,。]{{0,12}}[，,。])")
# A site's greeting in its header strip, after the page title (…-国际能源网 欢迎您访问国际能源网!, …-韦博石油网 您好,欢迎来到
# 韦博石油网！): the title line, the page's first, ends before the first greeting. A later one (今天是 2015年10月27日 欢迎您
# 光临本站) stays with the date widget it closes, which dates the crawl, not the story.
_GREETING = re.compile(r"[ \t\xa0](?=(?:您好[,，！!]?\s*)?(?:欢迎|歡迎)您?(?:访问|訪問|光临|光臨|来到|來到))")
# The meta strip's labels: the header labels of data/lexicon/header_fields.tsv (来源：, 作者：, 日期：, 关键词：) and 原标题：.
_EXTRA_LABELS = ("原标题", "原標題")
# After a 关键词：/标签： label, the tags are the short words up to the first that is no tag (the story's first sentence).
_TAG_LABELS = ("关键词", "關鍵詞", "标签", "標籤")
_TAGS_END = re.compile(rf"(?:{'|'.join(_TAG_LABELS)})\s*[：:](?:\s*{_MENU_WORD}(?=\s)){{1,8}}")


@lexicon.cached
def _label_seam() -> re.Pattern:
    """The white space before a Chinese header label and its colon (来源：, 作者：, 原标题：)."""
    labels = [label for label in header_labels() if re.match(r"[\u4e00-\u9fff]", label)] + list(_EXTRA_LABELS)
    alternatives = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return re.compile(rf"[ \t\xa0](?=(?:{alternatives})\s*[：:])")


def is_flattened_page(text: str) -> bool:
    """Whether ``text`` is a whole page's visible text on one line: no line break, and PAGE_MIN_MENUS menus or more."""
    if "\n" in text.strip():
        return False
    return len(_MENU.findall(text)) >= PAGE_MIN_MENUS


def opens_meta_strip(line: str) -> bool:
    """Whether a line of a flattened page starts with the meta strip's time stamp (2015年11月02日13:18, 2015-11-04 20:55:01)."""
    return bool(_STAMP_LINE.match(line))


def is_link_list(line: str) -> bool:
    """Whether a line of a flattened page is a menu or a list of links (related headlines, a footer's links): at least
    LIST_MIN_RUNS runs a space apart and no full stop, which a paragraph of prose has."""
    return "。" not in line and len(line.split()) >= LIST_MIN_RUNS


def _set_apart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has white space (or the text's edge) on both sides."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _after_label_value(text: str, start: int) -> int:
    """Where a menu found at ``start`` begins once a label's value of two words is given its second (作者：周宇 邹春霞
    手机看新闻 保存到博客 …, fresh34 986: 邹春霞 is the label's, not a link)."""
    if not _LABEL_VALUE_BEFORE.search(text, max(start - 8, 0), start):
        return start
    word = _WORD_AND_GAP.match(text, start)
    return word.end() if word else start


def _outside_crumbs(start: int, end: int, crumbs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A menu's span with the breadcrumb steps at its ends left to the trail (… 财经 汽车 房产 人民网 >> 时政; 搜狐评论 >
    时政评论 国内 | 国际 …), None when nothing of it is left."""
    for low, high in crumbs:
        if low <= start < high:
            start = high
        if low < end <= high:
            end = low
    return (start, end) if start < end else None


def page_lines(text: str) -> list[str]:
    """The lines of a flattened page: cut at its layout gaps, after sentence ends followed by a space, before a
    signature in brackets after the last sentence, before the site's greeting, before the meta strip's time stamp and
    labels (and after the stamp when the story runs on from it), around a short bracket set apart, after a tag list,
    and around its menus and breadcrumbs. Nothing but white space is dropped."""
    seams: list[tuple[int, int]] = []  # (start, end) of the white space dropped; start == end: a cut between characters
    for pattern in (_LAYOUT_GAP, _AFTER_SENTENCE, _BEFORE_STAMP, _label_seam()):
        seams += [(found.start(), found.end()) for found in pattern.finditer(text)]
    seams += [(found.start(), found.end()) for found in [_GREETING.search(text)] if found]
    seams += [(found.start("gap"), found.end("gap")) for found in _STAMP_BEFORE_PROSE.finditer(text)]
    seams += [(found.start(), found.start()) for found in _SIGNATURE_AFTER_SENTENCE.finditer(text)]
    # A short bracket set apart by spaces on both sides is a unit of its own: (责编：赵芳、王建) after a share widget.
    seams += [seam for found in _SHORT_BRACKET.finditer(text) if _set_apart(text, found.start(), found.end())
              for seam in ((found.start(), found.start()), (found.end(), found.end()))]
    seams += [(found.end(), found.end()) for found in _TAGS_END.finditer(text)]
    crumbs = [(found.start(), found.end()) for found in _BREADCRUMB.finditer(text)]
    menus = [menu for menu in (_outside_crumbs(_after_label_value(text, found.start()), found.end(), crumbs)
                               for found in _MENU.finditer(text)) if menu]
    for start, end in menus + crumbs:
        seams += [(start, start), (end, end)]
    # A short bracket is one unit however the page spaced it: 《 中国能源报 》（ 2015年10月12日  第 13 版）.
    brackets = [(found.start(), found.end()) for found in _SHORT_BRACKET.finditer(text)]
    lines, position = [], 0
    for start, end in sorted(seams):
        if any(low < start and end < high for low, high in brackets):
            continue
        # A menu is one line however wide the gaps between its links (参考消息      中国     时事 …).
        if start < position or (start < end and any(low < start and end < high for low, high in menus)):
            continue
        lines.append(text[position:start])
        position = end
    lines.append(text[position:])
    return [line.strip() for line in lines if line.strip()]
