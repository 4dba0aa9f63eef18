"""Plain-text articles -> pieces: header fields, hard-wrapped lines, tables, one-line dumps.

Three shapes of plain text occur in Chinese corpora and are handled without format flags (a Sogou
news-corpus record's ``<content>`` among them: :mod:`~zhnews.load.records` reads its fields):

* Header fields ``【 标  题 】X`` / ``【原文出处】X`` / ``【原刊期号】19990407`` at the top (CNKI-style
  reprints): the label is kept as a metadata paragraph, the value becomes the title, the account,
  the date or more metadata.
* Fixed-width hard wrapping (old GBK corpora): when most lines end at about the same display width
  (CJK counts 2), a line that reaches that width continues on the next unless the next is indented;
  indented lines start paragraphs. Lines with several wide gaps in a row of such lines are a table
  of figures, kept as one paragraph with a line per row.
* One line with no newlines at all (scraped datasets): a category label before a tab and a headline
  glued to the first sentence (THUCNews) are split off, bracket groups such as ［我来说两句］ are cut
  out (a run of them is link residue; a round one only when the cue lexicon calls it furniture),
  and the rest is grouped into paragraphs of whole sentences; a subhead set apart by spaces only (。 小标题 正文…)
  is a heading paragraph of its own, not the opening of the sentence after it.

Other text keeps one paragraph per line; a short line with no punctuation between a line that ends its sentence and
body text is a subhead (heading hint).

A text of one line whose paragraphs an export joined with the two characters ``\\`` and ``n`` (``…表示。\\n\\n美国心脏协会…``,
a record's string escaped twice, a database column written out as it is stored) has them read back as line breaks first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from zhnews import lexicon
from zhnews.load.flattened import is_flattened_page, is_link_list, opens_meta_strip, page_lines
from zhnews.load.html import HEADLINE_SECOND_LINE
from zhnews.load.outlets import outlet_of_url
from zhnews.load.pieces import BRACKET_PAIRS, Clue, Piece, dateline_words, header_field, iso_date, leading_fields, next_block, without_spaces
from zhnews.load.roles import SUBSTANTIAL_CHARS, control_groups, cut_site_suffix, first_cue, headline_and_site
from zhnews.text import SENTENCE_END, split_sentences

# A line break an export wrote out as an escape: \\n, \\r\\n or \\r, not a path's backslash before a letter (C:\\news).
ESCAPED_BREAK = re.compile(r"(?<!\\)(?:\\r\\n|\\n|\\r)(?![A-Za-z])")
# A text of at most this many real lines with escaped breaks in it is one record flattened by its export; a text of
# many lines that holds a \\n is an article quoting code (printf("%d\\n")), left as written.
_ESCAPED_TEXT_MAX_LINES = 3
# A page's address alone on a line, what a crawler writes above the page's text (https://www.163.com/…html);
# ASCII only: a headline glued after an image's address is no address.
_ADDRESS_LINE = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+$", re.I)
_LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff][\s\u3000]+){2,}[\u4e00-\u9fff]$")
_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# Two to six names of two to four Han characters (padding inside a two-character name allowed).
_NAME_LINE = re.compile(r"^(?:[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}[\d*＊]*(?:[\s\u3000、，,]+|$)){1,6}$")
# 2019年第5期 / 2019年5月: the issue of a journal, above its title.
# Also with the volume and its Latin twin: 1999年 第19卷 第5期 Vol.19 No.5 1999, … No.6 Vol.18 1998科技期刊.
_ISSUE_LINE = re.compile(r"^((?:19|20)\d{2})\s*年\s*(?:第\s*\d{1,3}\s*卷\s*)?(?:第\s*\d{1,3}(?:\s*[-－]\s*\d{1,3})?\s*期|(\d{1,2})\s*月(?:\s*第\s*\d{1,3}\s*期)?)"
                         r"(?:[\s\u3000]+(?:Vol|No)\.?[\sA-Za-z0-9.,\-]*?)?(?:科技期刊)?$")
# A journal's name in Latin capitals under its Chinese name (AVIATION METROLOGY & MEASUREMENT TECHNOLOGY).
_LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Z&.,'\- ]{3,80}$")
# 【原刊期号】199704: a monthly's issue, dated to its month.
_ISSUE_MONTH = re.compile(r"^((?:19|20)\d{2})(0[1-9]|1[0-2])$")
_AFFILIATION = re.compile(r"^[（(][^（）()]{4,80}[）)]$")
# The title block of a reposted story: 原标题：X 来源：Y (the label, and a source field after the headline).
_TITLE_LABEL = re.compile(r"^(?P<bracket>[（(])?(?:本文)?(?:原标题|原標題|标题|標題)\s*[：:]\s*")
_SOURCE_FIELD = re.compile(r"\s+(?=(?:来源|來源|稿件来源|文章来源|出处|出處)\s*[：:]\s*[^\s：:]{2,20}$)")
# A 【label】 field line; a wire tag (【明報專訊】, 【环球时报报道】) opens the first sentence, it labels no field.
_FIELD_SHAPE = r"^【\s*(?![^】]*(?:{dateline_words})\s*】)([^】]{{1,12}}?)\s*】\s*(.*)$"


@lexicon.cached
def _field() -> re.Pattern:
    """A 【label】 value line; not a lead's dateline in the same brackets (【明報專訊】, 【時報－台北電】, 【环球时报报道】:
    a label ending with a word of data/lexicon/dateline_words.tsv), whose text is the article's first sentence."""
    words = sorted((word for found in dateline_words().values() for word in found), key=len, reverse=True)
    return re.compile(_FIELD_SHAPE.format(dateline_words="|".join(map(re.escape, words))))
_FIELD_ROLES = {  # label without spaces -> (role, kind, meta key)
    "标题": ("title", "headline", "title"), "题名": ("title", "headline", "title"),
    "作者": ("byline", "author", "author"), "著者": ("byline", "author", "author"),
    "原文出处": ("byline", "outlet", "outlet"), "出处": ("byline", "outlet", "outlet"),
    "来源": ("byline", "outlet", "outlet"), "媒体": ("byline", "outlet", "outlet"),
    "原刊期号": ("byline", "publish_date", "publish_date"), "日期": ("byline", "publish_date", "publish_date"),
    "发布日期": ("byline", "publish_date", "publish_date"), "出版日期": ("byline", "publish_date", "publish_date"),
}
_BRACKET_GROUP = re.compile(r"(?:［[^［］]{1,20}］|【[^【】]{1,20}】|\[[^\[\]]{1,20}\])+")
_BRACKET_RUN = re.compile(r"［[^［］]{1,20}］|(?:【[^【】]{1,20}】){2,}")
# A photo credit closing a caption: （記者花孟璟攝）, (记者 王明 摄影).
_PHOTO_CREDIT = re.compile(r"[（(](?:記者|记者)?[^（）()。！？，,]{1,12}?(?:攝|摄)(?:影)?[）)]")
# A caption glued at a dump's end is one sentence and its credit, at most this long.
CAPTION_MAX_CHARS = 120
_SENTENCE_END_CHAR = re.compile(f"[{re.escape(SENTENCE_END)}]")
_ROUND_GROUP = re.compile(r"[（(][^（）()]{1,30}[）)]")
# What a sentence goes on with after a bracketed name: a comma, a particle (…【对话大师】，对话包括; 【对话大师】的灵感).
_CONTINUES_SENTENCE = frozenset("，,、；;：:。！？的之是与和在")
# A dataset's category label and a separator before the text (THUCNews: 房产<TAB>…; a tagged corpus record, the
# whole of it one quoted CSV field: "人物;;…").
_DATASET_LABEL = re.compile(r"^\s*\"?([\u4e00-\u9fff]{1,6})(?:\t+|;;)(?=\S)")
# A headline glued to the story's first words: 6-40 characters with no punctuation but a short quoted word
# (绿地测绘安上“天眼” …, fresh13 431) and a column tag in 【】 at its start, ending before the dateline that opens a
# news story (10日，, 6月10日电, 近日，, 本报讯, 记者 …) or a tag in 【】 that opens it (…团伙54个【消息】 本报太原2月14日讯,
# fresh13 436), not inside a date (6月|10日).
# No headline opens with 据 (据美国广播公司2月1日报道，…, fresh14 483): the run before the date is the first clause of
# a sentence that names its source, and the dateline's 报道 closes it.
_GLUED_HEADLINE = re.compile(
    r"(?!据|據)(?P<title>(?:【[^【】\n]{1,12}】)?(?:[^。！？!?，,；;：:、“”\"（()）【】\n]|“[^。！？!?“”\n]{1,12}”){6,40}?)(?<![\d年月])"
    r"(?=(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:[，,电電讯訊]|[上下]午|晚|早|凌晨|消息|报道|報導)"
    r"|(?:近日|日前)[，,]|本报讯|本報訊|新华网|新華網|新华社|新華社|中新网|中新網|中新社|记者|記者|【[^【】\n]{1,8}】)"
)
# …or a headline of clauses, its commas and enumeration commas kept (消杀无人机、红外测温头盔、扫地机器人，深圳地铁防疫消杀
# 有好多“黑科技”5月30日下午，…, fresh13 432; a headline such as fresh12 401's 女子穿行…溺亡，家属向水务局索赔70万, a JSON
# field there, glued the same way), tried only when no headline without commas is found. A comma lets the run reach into the story's own first sentence (面对疫情，本报记者…;
# 今年以来，全市于5月30日下午…), so only the date that opens a story ends it: month and day, perhaps the time of day,
# then a comma or the wire's 电/讯 (受台风影响，深圳地铁集团5月30日宣布… runs on from its subject into the verb). The run
# ends on no comma and on no preposition or particle a sentence runs on from into its date (于 在 从 自 至 到 截止 的 和
# 与 及 将 已 对 向 为).
_GLUED_HEADLINE_OF_CLAUSES = re.compile(
    r"(?!据|據)(?P<title>(?:[^。！？!?；;：:“”\"（()）【】\n]|“[^。！？!?“”\n]{1,12}”){6,40}?)"
    r"(?<![\d年月，,、于在从自至到止的和与及将已对向为])"
    r"(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|中午|晚上?|早上?|凌晨)?[，,电電讯訊])"
)
# A field with nothing in it, a bracket pair alone on its line ([] of a dataset record's empty label list, fresh14 475).
_EMPTY_FIELD = re.compile(r"\[\s*\]|【\s*】|\{\s*\}|［\s*］")
# The mark opening a line in a text whose comment header explains its markup (#, #+, #-, #i, fresh15 494/495).
_LINE_MARKUP = re.compile(r"^#(?:[+\-]|[A-Za-z](?=\s))?\s*")
_STORY_TAG = re.compile(r"\s*【[^【】\n]{1,8}】\s*")
# A crawler's record that glued a series' headline, the series' header and the text (【对话大师】专访…Randy Schekman对话
# 大师 | 专题介绍世间一切…, fresh9 355): the headline opens with the series' name in 【】 and ends where that name
# starts the header again, a bar and a short label after it.
_SERIES_HEADLINE = re.compile(
    r"(?P<title>【(?P<series>[^【】\s]{2,10})】[^。！？!?【】\n]{4,60}?)(?P<header>(?P=series)\s*[|｜丨]\s*[\u4e00-\u9fff]{2,4})")
# A headline glued to the label of the standfirst under it (2016 Code大会精彩回顾:描绘机器智能宏伟蓝图导言：如果你错过了…,
# a tagged corpus record of 机器之心): no sentence ends inside it.
_HEADLINE_BEFORE_STANDFIRST = re.compile(r"(?P<title>[^。！？!?\n]{6,60}?)(?=(?:导言|導言|导语|導語|编者按|編者按|内容提要|內容提要)[：:])")
_ORIGINAL_TITLE_LABEL = re.compile(r"(?:原标题|原標題)\s*[：:]")
# A portal's reprint flattened into one line opens with its headline as 原标题 and the source field right after it
# (原标题：杨利伟再出山！新职务新使命来源：长安街知事卸任…, fresh13 444): the headline is all before 来源：.
_ORIGINAL_TITLE_HEAD = re.compile(rf"(?P<label>{_ORIGINAL_TITLE_LABEL.pattern})(?P<title>[^。\n]{{4,60}}?)(?=(?:来源|來源)\s*[：:])")
# …or 原标题：X 正文… with no source field: the portal's note of the paper's headline, a space, then the story's first
# sentence (新浪 crawl records whose paragraphs are joined by single spaces, fresh24 784-787: 原标题：政解|河北河南出台
# 会议费新规：一类会议每人每天600元 住房应以标间为主 新京报快讯（记者沙璐）近日，…标准。).
_FIRST_SENTENCE_END = re.compile(f"[{SENTENCE_END}]")
ORIGINAL_TITLE_MAX_CHARS = 60
_CLOSING_BRACKETS = frozenset(BRACKET_PAIRS.values())
# Where a page's <title> may be cut: at a separator between its headline and the keywords and site after it.
_PAGE_TITLE_CUT = re.compile(r"\s*[|｜_]\s*")
# A related-items feed glued to a dump's end: a source's name and a timestamp, over and over
# (网易体育 2022-12-06 06:22:58直播吧 2022-12-06 04:03:29…).
_FEED_STAMP = re.compile(r"\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?")
_FEED_NAME = re.compile(r"[^\s\d。！？；，、：“”‘’\"'()（）《》【】\[\]<>|｜_-]{2,16}")
FEED_MIN_ITEMS = 3
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十百]+|\d{1,2})[、.．]\S")
# A subhead a flattened text kept apart from its sentences by white space only: a short run with no punctuation
# after a sentence's end and a gap (…以家中作寫字樓繼續營商。 賣汽車收藏品   據王善豪同袍指出…, fresh9 353; …反映出
# 房地产企业充足的资本和对后市的信心。 信心加资本撬动土地市场全面复苏 从绿地集团…, test 59).
SUBHEAD_MAX_CHARS = 20
# A line under a picture's pointer (▲4700多名考生自信地步入华商学院考场, fresh6 278) is its caption, no subhead.
_SUBHEAD_RUN = rf"[^\s。！？!?，,、；;：:“”‘’「」『』《》（）()【】〔〕\[\]<>▲△↑]{{2,{SUBHEAD_MAX_CHARS}}}"
_SUBHEAD_OPENING = re.compile(rf"(?P<head>{_SUBHEAD_RUN})[ \u3000\xa0]+(?=\S)")
# …or two such runs a space apart (摔下溪谷 昏迷1天1夜, a Taiwanese paper's subhead).
_SUBHEAD_LINE = re.compile(rf"{_SUBHEAD_RUN}(?:[ \u3000]{_SUBHEAD_RUN})?")
_CLOSERS = "”’」』）)"
_SUBHEAD_CLOSING = re.compile(rf"[{re.escape(SENTENCE_END)}][{_CLOSERS}]*[ \u3000\xa0]+(?P<head>{_SUBHEAD_RUN})$")
_INDENT = re.compile(r"^(?:\s{2,}|\t|　)")
# A paragraph indent inside a flattened line: two ideographic spaces or more, text after them.
_INDENT_GAP = re.compile(r"\u3000{2,}")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# A paragraph this long that stops on a bare Han character was cut, not ended (see _cut_mid_word).
CUT_PARAGRAPH_CHARS = 80
_TABLE_GAP = re.compile(r"\S(?: {2,}|\t+)(?=\S)")
_WIDE_GAP = re.compile(r"\S(?: {4,}|\t+)(?=\S)")
_NEVER_STARTS = set("，。、；：？！）」』”’》,;:)")  # punctuation that cannot open a paragraph
# A line longer than this with no newline around it is a dump, split into paragraphs.
LONG_LINE_CHARS = 400
PARAGRAPH_TARGET_CHARS = 200
# A sentence shorter than this (a speech tag after a quote) never opens a paragraph of a dump.
SHORT_SENTENCE_CHARS = 12
TITLE_MAX_CHARS = 60
# A flattened page's headline is a whole line of news, longer than the widget labels above a meta strip (扫描到手机 关闭).
PAGE_HEADLINE_MIN_CHARS = 8
# Headline decks under a title stand at most this many lines above the story's dateline.
DECK_MAX_LINES = 4
# The dateline line that opens a wire or paper story: 新华社北京2月22日电, 中新社…电, 本报北京7月15日讯.
_STORY_DATELINE = re.compile(r"(?:新华社|新華社|中新社|中新网|中新網|本报|本報)[^，,。\s]{0,12}?(?:电|電|讯|訊)")
# A title's first line (its 引题) that leads into the next with a dash: 多地加强农村人居环境数字化管理——
TITLE_DASHES = ("——", "—", "--")
# A column's tag in full-width brackets closing a title line: （深阅读·关注数字乡村建设）, （人民时评）
_COLUMN_TAG_AFTER_TITLE = re.compile(r"（[^（）。，；！？]{2,16}）\s*$")
MASTHEAD_MAX_CHARS = 8


NAME = "text"
SUFFIXES = frozenset({".txt", ".text"})


def sniff(text: str, name: str) -> bool:
    """Plain text is what no other reader claimed: it reads anything."""
    return True


def parse(text: str, titled: bool = False) -> tuple[list[Piece], list[Clue]]:
    """``titled``: the container around the text (a corpus record's <contenttitle>) gave the title already,
    so no line of the text is taken for it."""
    text = escaped_breaks_read(text)
    # A portal page's visible text on one line is read in the lines the page had (see flattened.py).
    flattened = is_flattened_page(text)
    lines = page_lines(text) if flattened else text.split("\n")
    pieces: list[Piece] = []
    clues: list[Clue] = []
    comments_end = _comment_header(lines, pieces)
    body_start = _header_fields(lines, pieces, clues, comments_end)
    for number, paragraph, hint, one_line in _paragraphs(lines, body_start):
        markup = _LINE_MARKUP.match(paragraph) if comments_end and one_line else None
        if markup:
            _split_line_markup(paragraph, markup, number, pieces)
            continue
        if flattened and is_link_list(paragraph) and not first_cue(paragraph, region=None):
            pieces.append(Piece(paragraph, number, next_block(pieces)).labelled(
                "boilerplate", "nav", "a menu or list of links of a page flattened to one line: runs a space apart, no full stop"))
            continue
        # A line with a portal's link residue in full-width square brackets (［我来说两句］, …。［详细］) or a run of
        # 【】 groups is read as a dump is, even when short: a line-break mark kept from a dump (U+E40C) cut it.
        if one_line and (len(paragraph) > LONG_LINE_CHARS or _BRACKET_RUN.search(paragraph)):
            _split_dump(paragraph, number, pieces, clues)
        else:
            pieces.append(Piece(paragraph, number, next_block(pieces), hint=hint))
    _hint_subheads(pieces)
    if flattened:
        _label_below_editor_credit(pieces)
    if not titled and not any(clue.key == "title" for clue in clues):
        _label_title_line(pieces, body_start, clues)
        if flattened:
            _label_page_headline(pieces, clues)
    return pieces, clues


def _hint_subheads(pieces: list[Piece]) -> None:
    """Subheads of a text with a paragraph a line, set apart by white space alone, get the heading hint when body
    text follows: a line that is a short run with no punctuation after a line that ends its sentence (…繼續營商。 /
    女友為前藝員 / 自殺警長王善豪（五十一歲），…, fresh9 353), or such a run a gap after a line's last sentence, cut off
    into a piece of its own (…以家中作寫字樓繼續營商。 賣汽車收藏品 / 據王善豪同袍指出…, fresh9 353)."""
    index = 1
    while index < len(pieces) - 1:
        above, piece, below = pieces[index - 1:index + 2]
        body_below = not below.role and _SENTENCE_END_CHAR.search(below.text)
        closing = _SUBHEAD_CLOSING.search(piece.text)
        if piece.hint or piece.role or not body_below:
            pass
        elif _SUBHEAD_LINE.fullmatch(piece.text.strip()) and above.text.rstrip()[-1:] in SENTENCE_END + _CLOSERS:
            piece.hint = "heading"
        elif closing:
            pieces[index:index + 1] = [replace(piece, text=piece.text[:closing.start("head")].rstrip()),
                                       replace(piece, text=closing.group("head"), hint="heading")]
            index += 1
        index += 1


def _label_title_line(pieces: list[Piece], body_start: int, clues: list[Clue]) -> None:
    """A plain text's first paragraph is its title when it is one short line that ends no sentence.

    That is how a news text copied from a page or an agency wire begins; a first paragraph of
    prose (ending in 。, or long) stays body, and so does a numbered section heading. A masthead
    above it (a letter-spaced journal name ``经　济　研　究``, a site's name ``某某网``) is not the
    title but names the outlet, and an issue line (``2019年第5期``) dates it to the year (or month);
    a line of names right under the title is its byline, and a bracketed line under that the
    authors' affiliation.
    """
    first = next((i for i, p in enumerate(pieces) if not p.role and p.source_line > body_start), None)
    address = None  # the outlet ('' for none listed) of the page's address a crawler's dump opens with
    while first is not None and first < len(pieces) - 1:
        text = pieces[first].text.strip()
        issue = _ISSUE_LINE.match(text)
        if _ADDRESS_LINE.match(text) and address is None:
            # A web address is never a title: a crawler's dump of a page opens with the page's address.
            pieces[first] = pieces[first].labelled("boilerplate", "address", "the page's address above the title")
            address = outlet_of_url(text)
            if address:
                clues.append(Clue("outlet", address, f"the page's address above the title: {text[:40]}", "page"))
        elif issue:
            date = issue.group(1) + (f"-{int(issue.group(2)):02d}" if issue.group(2) else "")
            pieces[first] = pieces[first].labelled("byline", "issue", "a journal issue line above the title", {"date": date})
        elif _is_masthead(text) or _names_a_journal(pieces, first):
            name = without_spaces(text)
            pieces[first] = pieces[first].labelled("byline", "masthead", "a masthead line above the title", {"outlet": name})
        elif _LATIN_MASTHEAD.match(text) and first > 0 and pieces[first - 1].kind == "masthead":
            pieces[first] = pieces[first].labelled("byline", "masthead", "the journal's name in Latin letters")
        elif _EMPTY_FIELD.fullmatch(text):
            # A dataset's empty list field ([]) on a record's first line holds nothing: the title is under it.
            pieces[first] = pieces[first].labelled("boilerplate", "metadata", "an empty field above the title")
        elif (menu := _site_menu(text)) is not None:
            # A copied page's menu, account links and breadcrumb (网站首页时政国际…, 登录注册, 人民网>>天津频道)
            # stand above its headline: the title is under them.
            pieces[first] = pieces[first].labelled("boilerplate", "nav", f"above the title; {menu.reason}")
        else:
            break
        first += 1
    if first is None or first >= len(pieces) - 1 or pieces[first].role:
        return
    candidate = pieces[first]
    if header_field(candidate.text) and header_field(pieces[first + 1].text):
        return  # a crawler's header block (标题:… / 发布时间:…): roles reads it, the site after the headline too
    start, end = _title_span(candidate.text)
    text = candidate.text[start:end]
    shaped_like_title = (
        4 <= len(text) <= TITLE_MAX_CHARS
        and "\n" not in text
        and not any(mark in text for mark in "。；")
        and text[-1] not in "，、：:,;"
        and not _SECTION_HEADING.match(text)
        and pieces[first + 1].source_line > candidate.source_line  # a line of its own, not cut from a dump
        and not _is_date_line(text)
        and not _is_credit_line(text)
    )
    if shaped_like_title:
        # The source line cut off, and a label the cue lexicon names (原标题：), stay unlabelled: the
        # cues label them (the source line's outlet included).
        label = [candidate.cut(0, start)] if start else []
        if label and not first_cue(label[0].text, "head"):
            # a crawler's bare 标题： (原标题： is the cue lexicon's, and says the headline is the original's)
            label = [label[0].labelled("boilerplate", "header_field", "the label before the title")]
        source = [candidate.cut(end, len(candidate.text))] if end < len(candidate.text) else []
        if source and not source[0].text.strip(" ）)"):
            # the bracket closing （原标题：…）: furniture of the label, which the cue lexicon cannot name alone
            source = [source[0].labelled("boilerplate", "original_title", "the bracket closing （原标题：…）")]
        reason = "first short line of a plain text"
        # A crawler's 标题: field copies the page's <title>: the site after the headline is cut off.
        # So does a page's <title> under the page's address, the site there perhaps named only by the address.
        if header_field(candidate.text):
            titled = cut_site_suffix(candidate.cut(start, end), reason, address or "")
        elif address is not None:
            titled = _page_title_line(candidate.cut(start, end), address, pieces[first + 1:], reason)
        else:
            titled = [candidate.cut(start, end).labelled("title", "headline", reason)]
        pieces[first:first + 1] = label + titled + source
        clues.append(Clue("title", titled[0].text, reason))
        below = first + len(label) + len(titled) + len(source)
        if not source and below < len(pieces) - 1 and (second := _title_after_dash(titled[-1], pieces[below])):
            pieces[below:below + 1] = second
            below += len(second)
            clues[-1] = Clue("title", f"{titled[-1].text} {second[0].text}", f"{reason} and its line after the dash")
        following = pieces[below]
        if not following.role and _NAME_LINE.match(following.text) and _all_people(following.text):
            pieces[below] = following.labelled("byline", "author", "a line of names under the title", {"author": following.text})
            after = pieces[below + 1] if below + 1 < len(pieces) else None
            if after is not None and not after.role and _AFFILIATION.match(after.text.strip()):
                pieces[below + 1] = after.labelled("byline", "affiliation", "the authors' affiliation in brackets")
        _label_decks(pieces, below)


def _label_below_editor_credit(pieces: list[Piece]) -> None:
    """A portal closes its article with the editor's credit ((责编：郜碧澄(实习)、盛卉) on 人民网, 责任编辑：NF049 on 网易,
    (责任编辑：UN656) on 搜狐: fresh34 980, 982, 984, 986); on a flattened page what follows it is the page's comment box,
    related news and footer, so a line there that no cue names is page chrome. Only a credit below most of the prose
    counts: the meta strip may hold an empty 责任编辑： above the article (983), a page may credit its editor under the
    standfirst."""
    hits = [None if piece.role else first_cue(piece.text, region=None) for piece in pieces]
    prose = [len(piece.text) if not hit and len(piece.text) >= SUBSTANTIAL_CHARS
             and piece.text.rstrip(_CLOSERS)[-1:] in SENTENCE_END else 0 for piece, hit in zip(pieces, hits)]
    credit = next((index for index, hit in enumerate(hits)
                   if hit and hit[0].kind == "editor_credit" and sum(prose[:index]) > sum(prose[index + 1:])), None)
    if credit is None:
        return
    for index in range(credit + 1, len(pieces)):
        if not pieces[index].role and not hits[index]:
            pieces[index] = pieces[index].labelled("boilerplate", "page_chrome", "below the editor's credit closing a flattened page's article")


def _label_page_headline(pieces: list[Piece], clues: list[Clue]) -> None:
    """A flattened page's headline is the line right above its meta strip (… 人民网 >> 时政 / 法国总统奥朗德第二次到访中国
    中法关系再升温 / 2015年11月02日13:18 / 来源： 中国网, fresh34 980; …正文 / 山西巡视反腐完成全覆盖 党政纪处分1880人 /
    2015-11-04 20:55:01, 983), as on the page it stands above the date and source; a first short line taken for the
    title before it (a teaser under the menus, 983) is not. A name closing that line, a space apart, is the byline the
    page sets between headline and date: the writer (补齐干部能下的制度短板 钟宪章 2015年11月02日07:23, 984) or the
    source (…模式 中国网 2019-11-25 10:37:31, 今日头条's layout)."""
    stamp = next((index for index, piece in enumerate(pieces) if index and opens_meta_strip(piece.text)), None)
    above = pieces[stamp - 1] if stamp else None
    if above is None or above.role not in ("", "title"):
        return
    headline, _, name = above.text.rpartition(" ")
    writer = 2 <= len(name) <= 4 and _all_people(name)
    source = not writer and _is_masthead(name)
    byline = headline.strip() and (writer or source)
    text = headline.strip() if byline else above.text
    if not PAGE_HEADLINE_MIN_CHARS <= len(text) <= TITLE_MAX_CHARS or any(mark in text for mark in "。；") \
            or first_cue(text, region=None) or control_groups(above.text):
        return
    reason = "the line right above a flattened page's meta strip"
    cut = [above.cut(0, len(text)).labelled("title", "headline", reason)]
    if byline:
        kind = "author" if writer else "outlet"
        cut.append(above.cut(len(above.text) - len(name), len(above.text)).labelled(
            "byline", kind, f"a name after the headline, above a flattened page's meta strip: the {kind}", {kind: name}))
    # Above the headline stand the page's menus, teasers and ads (全球10大年平均住房价格涨幅最高城市中，中国有两座城市上榜。>>,
    # 983), and a first short line taken for the title is one of them; the page's own title line, which carries the
    # headline, stays the title.
    for index, piece in enumerate(pieces[:stamp - 1]):
        if not piece.role or piece.role == "title" and without_spaces(piece.text) != without_spaces(text):
            pieces[index] = piece.labelled("boilerplate", "page_chrome", "above a flattened page's headline")
    pieces[stamp - 1:stamp] = cut
    clues[:] = [clue for clue in clues if clue.key != "title"] + [Clue("title", text, reason)]


def _label_decks(pieces: list[Piece], below: int) -> None:
    """A wire story's headline decks (the 引题 and 副题 a paper prints over and under its headline: 习近平在会见…时强调 /
    李克强栗战书汪洋王沪宁赵乐际韩正出席活动, fresh14 471) stand between the title and the dateline line that opens the
    story (新华社北京2月22日电, 本报讯): each a short line that ends no sentence. Only when such a dateline comes within
    DECK_MAX_LINES lines; a line a cue names (原标题：…, 记者 …) is left to the cues."""
    dateline = next((i for i in range(below, min(below + DECK_MAX_LINES + 1, len(pieces)))
                     if _STORY_DATELINE.match(pieces[i].text.strip())), None)
    if dateline is None:
        return
    for index in range(below, dateline):
        text = pieces[index].text.strip()
        if pieces[index].role or not text or len(text) > TITLE_MAX_CHARS or _SENTENCE_END_CHAR.search(text) \
                or first_cue(text, None):
            continue
        pieces[index] = pieces[index].labelled("boilerplate", "deck", "a headline deck between the title and the dateline")


def _title_after_dash(title: Piece, following: Piece) -> list[Piece] | None:
    """The shorter line under a title that ends in a dash (多地加强农村人居环境数字化管理—— / 技术加力  美丽加分（深阅读·关注数字乡村建设）):
    the headline's second line, the 引题 above it leading into it. A column's tag in brackets closing it is
    the paper's furniture, not the headline's words."""
    text = following.text.strip()
    if not title.text.rstrip().endswith(TITLE_DASHES) or following.role or following.source_line != title.source_line + 1 \
            or not 2 <= len(text) <= TITLE_MAX_CHARS or any(mark in text for mark in "。；！？"):
        return None
    tag = _COLUMN_TAG_AFTER_TITLE.search(following.text)
    end = tag.start() if tag and tag.start() > 0 else len(following.text)
    if len(following.text[:end].strip()) >= len(title.text.strip()):
        # A longer line under the dash is the title's subtitle, which explains it (如何在美国把贪官送进监狱—— /
        # 法律用美国的：被用来修理黑帮的美国联邦法律也能“顺便”对付中国贪官); a 引题 leads into a shorter headline.
        return None
    second = [following.cut(0, end).labelled("title", HEADLINE_SECOND_LINE, "the title's line after its dash")]
    if end < len(following.text):
        second.append(following.cut(end, len(following.text)).labelled("boilerplate", "column", "a column's tag in brackets after the title"))
    return second


def _page_title_line(line: Piece, address_outlet: str, below: list[Piece], reason: str) -> list[Piece]:
    """The <title> a crawler saved under the page's address (日本被淘汰后…一张字条|点球大战|桌子|克罗地亚_网易体育):
    the headline is its longest head, cut at a separator, that the page's text repeats; the keywords and the
    site after it are chrome, and the site (or the outlet the address names) a weak outlet clue. With no head
    repeated, the page title is read as a crawler's 标题: field is. ``address_outlet``: the outlet the page's
    address names ('' for none listed)."""
    page_text = "".join(piece.text for piece in below)
    cuts = [found.start() for found in _PAGE_TITLE_CUT.finditer(line.text)]
    end = next((cut for cut in reversed(cuts) if cut >= 4 and line.text[:cut] in page_text), None)
    if end is None:
        return cut_site_suffix(line, reason, address_outlet)
    from zhnews.load.html import site_from_title

    return headline_and_site(line, end, site_from_title(line.text) or address_outlet,
                             f"{reason}: the page title's head the page repeats", f"{reason}: the keywords and site after the headline")


def _all_people(text: str) -> bool:
    """Whether every name on a line of names starts with a common surname (两会 特别报道 under a
    headline is a column's label, not two writers)."""
    from zhnews.load.meta import clean_names, has_surname

    names = clean_names(text)
    return bool(names) and all(has_surname(name) for name in names.split("、"))


def _site_menu(text: str):
    """The cue (data/lexicon/boilerplate.tsv, kind nav) of a site's menu, account links or breadcrumb
    line, else None."""
    hit = first_cue(text, "head")
    return hit[0] if hit and hit[0].kind == "nav" else None


def _is_date_line(text: str) -> bool:
    """A first line that is only a date, or a site's name and a date (2014年3月31日, 嘉兴在线新闻网
    2013年07月13日 13:41:01: a page's info line copied above the story), dates the text; it is no title."""
    hit = first_cue(text, "head")
    return bool(hit) and hit[0].role == "byline" and bool(hit[1].groupdict().get("date")) \
        and hit[1].end() - hit[1].start() == len(text.strip())


def _is_credit_line(text: str) -> bool:
    """A first line that credits the text (转自：新京报, 本文来源于澎湃新闻, 记者 张三): the cue lexicon names it a
    source note or a byline; it is no title."""
    hit = first_cue(text, "head")
    return bool(hit) and (hit[0].role == "byline" or hit[0].kind == "source_note")


def _title_span(text: str) -> tuple[int, int]:
    """Where the headline lies in a plain text's first line: after a label (``原标题：``, as a
    reposting portal copies it, perhaps in brackets: ``（原标题：…）``) and before a source field on the
    same line (``… 来源：上游新闻``) or the closing bracket."""
    label = _TITLE_LABEL.match(text)
    source = _SOURCE_FIELD.search(text)
    end = source.start() if source else len(text)
    if label and label["bracket"] and text[:end].rstrip().endswith(("）", ")")):
        end = len(text[:end].rstrip()) - 1
    return (label.end() if label else 0), end


def _names_a_journal(pieces: list[Piece], index: int) -> bool:
    """A short line of Han characters over the journal's issue line, perhaps with its Latin name
    between (航空计测技术 / AVIATION METROLOGY … / 1999年 第19卷 第5期): the journal's masthead."""
    compact = without_spaces(pieces[index].text)
    if not (len(compact) <= MASTHEAD_MAX_CHARS and _HAN_ONLY.match(compact)):
        return False
    following = [piece.text.strip() for piece in pieces[index + 1:index + 3]]
    return any(_ISSUE_LINE.match(text) for text in following[:1]) or (
        len(following) == 2 and bool(_LATIN_MASTHEAD.match(following[0])) and bool(_ISSUE_LINE.match(following[1])))


def _is_masthead(text: str) -> bool:
    """``经　济　研　究`` (Han characters spaced apart) or a short outlet name (某某日报, 某某网)."""
    from zhnews.load.html import outlet_suffixes

    compact = without_spaces(text)
    letter_spaced = bool(_LETTER_SPACED.match(text.strip()))
    return letter_spaced or (len(compact) <= MASTHEAD_MAX_CHARS and _HAN_ONLY.match(compact) is not None
                             and compact.endswith(outlet_suffixes()))


def escaped_breaks_read(text: str) -> str:
    """The text with the line breaks its export escaped (\\n written as two characters) read back as breaks, when it
    is a record's text of a few lines at most; any other text as it is."""
    if text.count("\n") >= _ESCAPED_TEXT_MAX_LINES or not ESCAPED_BREAK.search(text):
        return text
    return ESCAPED_BREAK.sub("\n", text)


def reference_content(text: str) -> str:
    return escaped_breaks_read(text)


def _split_line_markup(line: str, markup: re.Match, number: int, pieces: list[Piece]) -> None:
    """A line opened by the line markup its comment header explains (#标题, #+副标题, #- a rule, #i an image's file):
    the mark is furniture, and so is the whole line when no Chinese follows it (#-, #i c:\\hho\\data\\news\\news33.565)."""
    block = next_block(pieces)
    if not _HAN_CHAR.search(line):
        pieces.append(Piece(line, number, block).labelled("boilerplate", "markup", "a line of the text's own markup, no words"))
        return
    pieces.append(Piece(markup.group(), number, block).labelled("boilerplate", "markup", "the line markup opening a line"))
    pieces.append(Piece(line[markup.end():], number, block))


def _comment_header(lines: list[str], pieces: list[Piece]) -> int:
    """Boilerplate pieces for the comment lines (// …) that open a text: a program that shows the file wrote its
    notes there (//格式说明 / // #大字体 居中显示 / // #- 画线, a campus kiosk's news file, fresh15 494); returns
    the first line after them. Only at the top: further down, a //… line is a subhead (fresh15 496)."""
    end = 0
    while end < len(lines) and lines[end].lstrip().startswith("//"):
        pieces.append(Piece(lines[end].strip(), end + 1, next_block(pieces)).labelled(
            "boilerplate", "comment", "a comment line (//) opening the text"))
        end += 1
    return end


def _header_fields(lines: list[str], pieces: list[Piece], clues: list[Clue], start: int = 0) -> int:
    """Label/value pieces for the 【field】 lines at the top (from line ``start``); returns the first body line index."""
    fields, body_start = leading_fields(lines, start, _field())
    for index, line, found in fields:
        label, value = found.group(1).replace(" ", "").replace("　", ""), found.group(2).strip()
        block = next_block(pieces)
        label_text = line[: len(line) - len(found.group(2))].strip()
        pieces.append(Piece(label_text, index, block).labelled("boilerplate", "metadata", f"header field 【{label}】"))
        if not value:
            continue
        role, kind, key = _FIELD_ROLES.get(label, ("boilerplate", "metadata", None))
        issue_month = _ISSUE_MONTH.match(value)
        if key == "publish_date" and issue_month and not iso_date(value):
            clues.append(Clue(key, f"{issue_month.group(1)}-{issue_month.group(2)}", f"header field 【{label}】 (the issue's month)"))
        elif key and (key != "publish_date" or iso_date(value)):
            clues.append(Clue(key, value, f"header field 【{label}】"))
        pieces.append(Piece(value, index, block).labelled(role, kind, f"header field 【{label}】"))
    return body_start


def _paragraphs(lines: list[str], start: int):
    """(1-based line, text, hint, from one line) per paragraph: wrapped lines joined, table rows grouped."""
    wrap = _wrap_width(lines[start:])
    current: list[str] = []  # raw lines (right-stripped) of the paragraph being read
    current_line = 0
    table: list[tuple[int, str]] = []
    for index in range(start, len(lines) + 1):
        line = lines[index].rstrip() if index < len(lines) else ""
        if index < len(lines) and _is_table_row(lines, index):
            if current:
                yield current_line, join_wrapped(current), _hint(current), len(current) == 1
                current = []
            table.append((index + 1, re.sub(r"\s{2,}|\t+", " ", line.strip())))
            continue
        if table:
            yield table[0][0], "\n".join(row for _, row in table), "table", False
            table = []
        if current and line.strip() and _continues(current[-1], line, wrap):
            current.append(line)
            continue
        if current:
            yield current_line, join_wrapped(current), _hint(current), len(current) == 1
        current, current_line = ([line], index + 1) if line.strip() else ([], 0)


def _continues(previous: str, line: str, wrap: tuple) -> bool:
    """Whether ``line`` carries on the paragraph of ``previous`` (a hard wrap: ``wrap`` is the measure and the
    length from which a line reaches the wrap, see _wrap_width). A line holding a URL is a link of its own."""
    if line.lstrip()[:1] in _NEVER_STARTS or _cut_mid_word(previous, line):
        return True
    measure, reach = wrap
    return bool(reach) and not _INDENT.match(line) and measure(previous) >= reach and "://" not in previous + line


def _cut_mid_word(previous: str, line: str) -> bool:
    """A long paragraph of prose that stops on a bare Han character, the next indented line going on
    with Han text: a corpus cut one paragraph in two inside a word (…美韩同盟应针对亚 / 　　洲安全环境的变化…,
    a SogouC file, fresh8 335). A heading is short; a paragraph that ends its sentence ends in punctuation;
    a line of furniture (相关新闻：… under a standfirst without its full stop, fresh8 336) starts anew, and so does
    the line after a subhead the text set apart after the last sentence (…繼續營商。 賣汽車收藏品 / 據王善豪…, fresh9 353)."""
    previous, line = previous.strip(), line.strip()
    return len(previous) >= CUT_PARAGRAPH_CHARS and not _SUBHEAD_CLOSING.search(previous) and bool(_HAN_CHAR.fullmatch(previous[-1])) \
        and any(ch in previous for ch in SENTENCE_END) and bool(_HAN_CHAR.fullmatch(line[:1])) \
        and first_cue(line, region=None) is None


def _hint(raw_lines: list[str]) -> str:
    return "heading" if _looks_like_heading(raw_lines[0], join_wrapped(raw_lines)) else ""


# How far below and above the wrap width a wrapped line ends, per measure (a wide character is two columns).
_WRAP_SLACK = {"columns": (6, 2), "characters": (3, 1)}


def _wrap_width(lines: list[str]) -> tuple:
    """(measure, length from which a line reaches the wrap) when the text is hard-wrapped, (display_width, 0) when not.

    Wrapped text has many lines at about one width, and those lines mostly stop mid-sentence;
    text with a paragraph per line has lines of any length that end their sentences. Old corpora wrap at a
    display width (CJK counts 2); a scraper may wrap at a count of characters instead, and then a line with
    Latin digits in it is narrower on screen (every 50 characters, fresh13 443): the measure that puts more lines
    at one width is the one the text was wrapped by. A line holding a URL is a link, never wrapped, and its
    length says nothing.
    """
    lines = [line.rstrip() for line in lines if line.strip() and "://" not in line]
    best = (0, display_width, 0)
    if len(lines) < 5:
        return display_width, 0
    for name, measure in (("columns", display_width), ("characters", len)):
        below, above = _WRAP_SLACK[name]
        widths = sorted(measure(line) for line in lines)
        width = widths[int(len(widths) * 0.9)]
        near = [line for line in lines if width - below <= measure(line) <= width + above]
        mid_sentence = sum(line[-1] not in SENTENCE_END for line in near)
        wrapped = len(near) >= 0.3 * len(lines) and mid_sentence >= 0.5 * len(near)
        in_range = 40 <= (width if measure is display_width else 2 * width) <= 200
        # Lines within one character of the width: a text wrapped by characters is tighter counted so.
        tight = sum(abs(measure(line) - width) <= above for line in lines)
        if wrapped and in_range and tight > best[0]:
            best = (tight, measure, width - below)
    return best[1], best[2]


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def join_wrapped(lines: list[str]) -> str:
    """Wrapped lines joined: no space between CJK, one between Latin words.

    A number is never split at a space by a word-wrapper, so digits on either side of the break
    join directly: fixed-width texts cut 1273.59 into "1273.5" and "9".
    """
    lines = [line.strip() for line in lines]
    text = lines[0]
    for line in lines[1:]:
        glue = " " if _is_latin_letter(text[-1:]) and _is_latin_letter(line[:1]) else ""
        text += glue + line
    return text


def _is_latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _is_table_row(lines: list[str], index: int) -> bool:
    """A row of figures: two gaps of 2+ spaces or one of 4+, next to another such row, figures near."""
    def row_like(i):
        if not 0 <= i < len(lines):
            return False
        text = lines[i].strip()
        return len(_TABLE_GAP.findall(text)) >= 2 or bool(_WIDE_GAP.search(text))
    return row_like(index) and (row_like(index - 1) or row_like(index + 1)) and any(
        ch.isdigit() for i in (index - 1, index, index + 1) if row_like(i) for ch in lines[i]
    )


def _looks_like_heading(raw: str, text: str) -> bool:
    short = len(text) <= 20 and not any(ch in text for ch in SENTENCE_END + "，,")
    return short and (bool(_SECTION_HEADING.match(text)) or raw.startswith(" " * 8))


def _split_dump(text: str, number: int, pieces: list[Piece], clues: list[Clue]) -> None:
    """A very long line: a dataset's category label and a headline glued to the first sentence
    split off (only when the dump opens the text), bracket groups cut out, the rest grouped into
    whole-sentence paragraphs."""
    position = 0
    if not any(not piece.role for piece in pieces):
        position = _split_dump_head(text, number, pieces, clues)
    captions = [(position + start, position + stop) for start, stop in _captions_at_end(text[position:])]
    end = captions[0][0] if captions else len(text)
    for group in _bracket_groups(text[:end], position):
        _add_sentence_paragraphs(text[position:group.start()], number, pieces)
        block = next_block(pieces)
        if group.group().count("］") + group.group().count("】") + group.group().count("]") > 1:
            pieces.append(Piece(group.group(), number, block).labelled("boilerplate", "nav", "run of bracketed links"))
        else:
            pieces.append(Piece(group.group(), number, block, hint="" if group.group()[0] in "（(" else "heading"))
        position = group.end()
    feed = _feed_start(text[:end], position)
    rest = text[position:feed]
    credit = _credit_tail(rest)
    _add_sentence_paragraphs(rest[:credit], number, pieces)
    if rest[credit:].strip():
        pieces.append(Piece(rest[credit:].strip(), number, next_block(pieces)))
    if feed < end:
        pieces.append(Piece(text[feed:end].strip(), number, next_block(pieces)).labelled(
            "boilerplate", "related", f"a feed of {FEED_MIN_ITEMS} or more source names with a timestamp each at the end of a one-line dump"))
    for start, stop in captions:
        pieces.append(Piece(text[start:stop].strip(), number, next_block(pieces)).labelled(
            "caption", "image_caption", "a sentence closed by its photo credit, glued after the last sentence of a one-line dump"))


def _feed_start(text: str, start: int) -> int:
    """Where a related-items feed at the end of a dump starts (…贡献。”网易体育 2022-12-06 06:22:58直播吧
    2022-12-06 04:03:29…): a run of FEED_MIN_ITEMS or more timestamps reaching the end, each after a short
    name and nothing else. The first name is all the name characters after a sentence's end or a bracket;
    glued to other text (…26-崔明安中国新闻周刊 2022-12-05…) it is given the length most names in the feed
    have, so no body text is taken for a name. len(text) when there is no feed."""
    stamps = list(_FEED_STAMP.finditer(text, start))
    if not stamps or text[stamps[-1].end():].strip():
        return len(text)
    run = [stamps[-1]]
    for stamp in reversed(stamps[:-1]):
        if not _FEED_NAME.fullmatch(text[stamp.end():run[0].start()].strip()):
            break
        run.insert(0, stamp)
    if len(run) < FEED_MIN_ITEMS:
        return len(text)
    before = text[start:run[0].start()].rstrip()
    name = re.search(_FEED_NAME.pattern + "$", before)
    if not name:
        return run[0].start()
    if name.start() == 0 or before[name.start() - 1] in SENTENCE_END + "）)]】”」":
        return start + name.start()  # the name stands after a sentence or a script call's bracket: all of it
    names = sorted(len(text[a.end():b.start()].strip()) for a, b in zip(run, run[1:]))
    return start + max(name.start(), len(before) - names[len(names) // 2])


def _captions_at_end(text: str) -> list[tuple[int, int]]:
    """The pictures' captions a crawler glued after a dump's last sentence, each a sentence closed by its photo
    credit in brackets (…送醫。李明翰做完右人工髖關節置換後，…爬山。（記者花孟璟攝）李明翰掀開褲子…（記者花孟璟攝）,
    fresh9 351): spans of the run of them that reaches the end, each a caption paragraph; [] when the dump does not
    end on a credit."""
    captions: list[tuple[int, int]] = []
    credits = list(_PHOTO_CREDIT.finditer(text))
    end = len(text.rstrip())
    while credits and credits[-1].end() == end:
        credit = credits.pop()
        sentences = split_sentences(text[:credit.start()])
        # The caption is the sentence before its credit, and starts after the credit of the caption before it.
        start = max(sentences[-1][0] if sentences else 0, credits[-1].end() if credits else 0)
        if start == 0 or credit.end() - start > CAPTION_MAX_CHARS:
            break
        captions.insert(0, (start, credit.end()))
        end = start
    return captions


def _credit_tail(text: str) -> int:
    """Where a credit glued to a dump's last sentence starts (…不二选择。来源：工人日报): a last run that ends
    no sentence and that the cue lexicon calls furniture or a byline, or that is made of two page control labels or
    more (…本报将继续关注。Save Save, what a crawl kept of a share widget's buttons, fresh24 784 and 787); it stands
    apart, under the article, as its own paragraph. len(text) when there is none."""
    sentences = split_sentences(text)
    if not sentences:
        return len(text)
    start, end = sentences[-1]
    last = text[start:end].strip()
    if not last or last[-1] in SENTENCE_END or start == 0:
        return len(text)
    hit = first_cue(last, "tail")
    controls = control_groups(last) or []
    return start if (hit and hit[0].role in ("boilerplate", "byline")) or len(controls) >= 2 else len(text)


def _bracket_groups(text: str, start: int):
    """Square-bracket groups (［我来说两句］), and round ones the cue lexicon calls furniture (the
    byline ``(记者 罗宇凡 叶锋)`` after the last sentence, a portal's ``(企业专区,旗下楼盘)`` link residue)."""
    from zhnews.load.roles import first_cue

    def furniture(found: re.Match) -> bool:
        hit = first_cue(found.group(), region=None)
        # A byline stands after the last sentence; mid-sentence, 嘉华(中国)投资 is no (王景亮) signature, and between
        # sentences a name in brackets labels the speaker of the next (an interview's …高峰。（梅琳达）同时，…).
        after_sentence = text[:found.start()].rstrip()[-1:] in SENTENCE_END
        last = not _SENTENCE_END_CHAR.search(text, found.end())
        return bool(hit) and (hit[0].role == "boilerplate" or after_sentence and last)

    def inside_sentence(found: re.Match) -> bool:
        # One 【】 group the sentence runs on from (开启全新专题【对话大师】，对话…; 。【对话大师】的灵感…) is the text's
        # own words, a series' name; link residue stands apart, or comes in runs.
        lone = found.group().count("】") == 1 and found.group()[0] == "【"
        return lone and text[found.end():found.end() + 1] in _CONTINUES_SENTENCE

    groups = [*(group for group in _BRACKET_GROUP.finditer(text, start) if not inside_sentence(group)),
              *filter(furniture, _ROUND_GROUP.finditer(text, start))]
    return sorted(groups, key=lambda found: found.start())


def _split_dump_head(text: str, number: int, pieces: list[Piece], clues: list[Clue]) -> int:
    """A dataset line ``房产<TAB>开发商频频拿地 市场复苏谨防再起炒作风10日，经过…`` (THUCNews): the
    category before the tab is metadata, and a headline glued to the first sentence (a short run
    with no punctuation, right before the dateline that opens the story: 10日，/本报讯/记者…) is the
    title. Returns where the rest of the text starts."""
    position = 0
    label = _DATASET_LABEL.match(text)
    if label:
        pieces.append(Piece(label.group(1), number, next_block(pieces)).labelled(
            "boilerplate", "metadata", "a dataset's category label before a tab or ;;"))
        position = label.end()
    series = _SERIES_HEADLINE.match(text, position)
    if series:
        title = series.group("title").strip()
        pieces.append(Piece(title, number, next_block(pieces)).labelled(
            "title", "headline", "a headline opening with its series' tag, glued to the series' header"))
        clues.append(Clue("title", title, "a headline opening with its series' tag, glued to the series' header"))
        pieces.append(Piece(series.group("header"), number, next_block(pieces)).labelled(
            "boilerplate", "column", "the series' header between the headline and the text"))
        return series.end()
    title_end = _original_title_end(text, position)
    if title_end:
        pieces.append(Piece(text[position:title_end].strip(), number, next_block(pieces)).labelled(
            "boilerplate", "original_title", "the 原标题 note of a reprint, a space before the story's first sentence"))
        return title_end
    original = _ORIGINAL_TITLE_HEAD.match(text, position)
    if original:
        pieces.append(Piece(original.group("label"), number, next_block(pieces)).labelled(
            "boilerplate", "original_title", "the 原标题 label of a reprint flattened into one line"))
        position = original.start("title")
    headline = (original or _GLUED_HEADLINE.match(text, position) or _HEADLINE_BEFORE_STANDFIRST.match(text, position)
                or _GLUED_HEADLINE_OF_CLAUSES.match(text, position))
    if headline:
        title = headline.group("title").strip()
        pieces.append(Piece(title, number, next_block(pieces)).labelled(
            "title", "headline", "headline glued to the first sentence of a one-line text"))
        clues.append(Clue("title", title, "headline glued to the first sentence of a one-line text"))
        position = headline.end("title")
        tag = _STORY_TAG.match(text, position)
        if tag:  # 【消息】 between the headline and 本报太原2月14日讯: the story's column tag, no text
            pieces.append(Piece(tag.group().strip(), number, next_block(pieces)).labelled(
                "boilerplate", "column", "a tag in 【】 between a glued headline and the story's dateline"))
            position = tag.end()
    return position


def _original_title_end(text: str, position: int) -> int | None:
    """Where the headline of a ``原标题：`` note opening text[position:] ends when the story's first sentence follows it
    after a space: at the last space outside brackets before that sentence's end (the headline may hold spaces,
    政解|…600元 住房应以标间为主; a credit inside the sentence may too, （记者 孔祥申）). None when no such note opens the text,
    when the note names its source (来源：, read by _ORIGINAL_TITLE_HEAD), or when the headline would be too long or too short."""
    label = _ORIGINAL_TITLE_LABEL.match(text, position)
    sentence_end = _FIRST_SENTENCE_END.search(text, label.end()) if label else None
    if not sentence_end or _ORIGINAL_TITLE_HEAD.match(text, position):
        return None
    depth, last_gap = 0, None
    for index in range(label.end(), sentence_end.start()):
        char = text[index]
        if char in BRACKET_PAIRS:
            depth += 1
        elif char in _CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif char.isspace() and depth == 0 and text[label.end():index].strip():
            last_gap = index
    if last_gap is None or not 4 <= len(text[label.end():last_gap].strip()) <= ORIGINAL_TITLE_MAX_CHARS:
        return None
    return last_gap if _HAN_CHAR.search(text, last_gap, sentence_end.start()) else None


def _add_sentence_paragraphs(text: str, number: int, pieces: list[Piece]) -> None:
    paragraph = ""
    sentences = _split_at_indents(text, split_sentences(text))
    for index, (start, end) in enumerate(sentences):
        if paragraph.strip() and _INDENT_GAP.match(text, start - 2, start):
            pieces.append(Piece(paragraph.strip(), number, next_block(pieces)))  # the dump's own paragraph break
            paragraph = ""
        head = _subhead_opening(text, start, end)
        if head:
            if paragraph.strip():
                pieces.append(Piece(paragraph.strip(), number, next_block(pieces)))
            pieces.append(Piece(text[start:head], number, next_block(pieces), hint="heading"))
            paragraph, start = "", head
        paragraph += text[start:end]
        # A short sentence next (the 杨红旭说。 after a quote) stays with what it closes.
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        short_next = following is not None and len(text[following[0]:following[1]].strip()) < SHORT_SENTENCE_CHARS
        if len(paragraph) >= PARAGRAPH_TARGET_CHARS and not short_next:
            pieces.append(Piece(paragraph.strip(), number, next_block(pieces)))
            paragraph = ""
    if paragraph.strip():
        pieces.append(Piece(paragraph.strip(), number, next_block(pieces)))


def _split_at_indents(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each cut where a paragraph indent of two ideographic spaces stands inside it: a dump that
    kept the indents and lost the line breaks (北京、莫斯科、美国 三次看升旗感受不同　　大郅：北京这次最难忘　　
    《体育天地·mvp》记者朱冲报道　　“起来…, fresh16 521, a SogouC text) runs headline, byline and text into one
    "sentence" with no end mark between them."""
    out = []
    for start, end in sentences:
        for gap in _INDENT_GAP.finditer(text, start, end):
            if text[start:gap.start()].strip():
                out.append((start, gap.start()))
                start = gap.end()
        out.append((start, end))
    return out


def _subhead_opening(text: str, start: int, end: int) -> int | None:
    """Where the subhead ends when the sentence text[start:end] of a dump opens with one: a short run with no
    punctuation, white space before it (the dump's paragraph gap) and after it, and more text after that
    (。 信心加资本撬动土地市场全面复苏 从绿地集团…, test 59). Two Latin words are no subhead and its text.
    None when the sentence opens with no subhead."""
    if start == 0 or not text[start - 1].isspace():
        return None
    found = _SUBHEAD_OPENING.match(text, start, end)
    if not found or not _HAN_CHAR.search(found.group("head")):
        return None
    if _is_latin_letter(text[found.end("head") - 1]) and _is_latin_letter(text[found.end()]):
        return None
    return found.end("head")
