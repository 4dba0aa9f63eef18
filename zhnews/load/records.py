"""Records: one article as a feed, a crawler or a dataset stores it, as named fields -> pieces and clues.

Six containers, told apart by a few checks of their first and last characters (content first, the file's suffix never
decides: a ``.txt`` holding a JSON object is a record, a ``.xml`` holding an XHTML page is not):

* XML: one element (an RSS ``<item>``, an Atom ``<entry>``, a crawler's ``<doc>``/``<news>``, a Sogou corpus
  ``<doc>``) whose children are fields, or a feed of one item; an element of HTML's own (``<html>``, ``<div>``) is
  a page, not a record. A field's value is its text, CDATA unwrapped and entities decoded; a field with child
  elements (Atom's ``<author><name>``) gives their text.
* JSON: one object, at any depth (a Scrapy item, an API's reply), also written as a JavaScript literal or as JSON
  Lines that together are one record (:mod:`zhnews.load.containers`); a list of many records is refused.
* SQL: one INSERT row of a dump, named by its columns.
* CSV/TSV: a header row and one record under it, or one record alone whose fields show what they are
  (a date, an address, a short line, the long text: ``post_time,title,url,content``); a text field may hold
  the separator itself (an unquoted dump), so the cells of a text cut at it are joined back.
* an object copied from a browser's console (``key: "value"`` lines, arrays as ``(3) […]``) that holds a body, at the
  end of a text it was pasted into (a project's README): its fields as any record's, the lines above it chrome;
* a BBS post (PTT): its header lines (作者 … 看板 …, 標題, 時間), the post, and after the signature the site's
  stamps and the push comments; a board's repost template inside the post (1.媒體來源: …) gives a field per label.

What each field is comes from its name, whole or by its words (data/lexicon/record_fields.tsv), checked against the
shape of its value (a title holds words, a body prose, neither is an address): the title, the date, the author and
the outlet become *format* clues (the field's name their source) and their pieces are labelled; the address
gives the outlet by its domain and a date in its path (*page* clues); the body (the longest text field) goes
through the HTML reader when it is markup (CDATA or entity-escaped, as feeds carry it) and through the plain
text reader otherwise (a text flattened to one line keeps its paragraphs where runs of blanks stand for them).
Every other field (ids, crawl times, a teaser beside the full text, whatever lies in another thing's object: an
author's profile, a comment, a share card) is chrome; a record with no field named as a body has its longest text of
sentences, longer than its title, for one, and one with none is refused (a list's entry). A record that does not parse
(broken JSON, stray text between XML fields) is read as plain text, never a traceback.
"""

from __future__ import annotations

import csv
import html as html_entities
import io
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime

from lxml.html import defs as html_defs

from zhnews import lexicon
from zhnews.load import containers, html, plaintext
from zhnews.load.outlets import known_outlet, outlet_of_url, outlet_opening
from zhnews.load.pieces import CHINA, Clue, NotOneArticle, Piece, date_in_url, iso_date, next_block
from zhnews.load.roles import SECOND_COPY_KIND, first_cue, repeats_title
from zhnews.text import SENTENCE_END

NAME = "record"
SUFFIXES = frozenset({".xml", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".rss", ".atom", ".sql"})

# The XML declaration and any processing instruction after it (<?xml-stylesheet href="style.xsl"?> above a feed).
# Comments between them too (a generator's <!-- generator="wordpress" -->, a saver's note of the source).
_DECLARATION = re.compile(r"^\s*(?:<\?[A-Za-z][^>]*\?>\s*|<!--.*?-->\s*)*", re.S)
# A whole feed holds many articles: its items (RSS <item>, Atom <entry>).
_FEED_ITEM = re.compile(r"<(?:item|entry)[\s>]")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_FEED_ITEM_END = re.compile(r"</(?:item|entry)\s*>(?:\s*</channel\s*>)?\Z")
_ONE_ITEM = re.compile(r"<(item|entry)[\s>].*</\1\s*>", re.S)
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)[^<>]*>")
_FIRST_CHILD = re.compile(r"\s*<([A-Za-z][\w:.-]*)")
# A child field: <name attrs>value</name> or <name attrs/>; CDATA passed over whole, so markup inside it is value.
_FIELD = re.compile(r"<([A-Za-z][\w:.-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*?)(?:/>|>((?:<!\[CDATA\[.*?\]\]>|.)*?)</\1\s*>)", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"<[^<>]*>")
_INLINE_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
# font too: a search or monitoring platform's record marks the query's hits in the text (<font color='red'>環球晶</font>)
_MARKUP = re.compile(r"<(?:p|div|br|img|span|a|h[1-6]|figure|iframe|strong|em|font|section|article)\b", re.I)
# Elements only a page has (its scripts and styles; <body> is also a record's field name): a wrapper (<text id=…>) holding them holds a saved page,
# whatever its first child (a <title>, also a record's field name); CDATA left out, where a feed item's body may hold them.
_PAGE_ELEMENT = re.compile(r"<(?:script|style|frameset|noscript)\b", re.I)
_CDATA_OPEN = re.compile(r"<!\[CDATA\[.*?(?:\]\]>|\Z)", re.S)
# A field holding a whole saved page (a crawler's raw response), not an article's content: read as the page it is.
_WHOLE_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
# Markup that makes blocks (paragraphs, line breaks, pictures): a body with none is lines of text, links aside.
_BLOCK_MARKUP = re.compile(r"<(?:p|div|br|img|h[1-6]|figure|iframe|section|article|table|tr|li|ul|ol|blockquote)\b", re.I)
# Markup that makes paragraphs: a text with none of it but with line breaks has its paragraphs in its lines.
_PARAGRAPH_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|section|article|table|tr|li|ul|ol|blockquote)\b", re.I)
_ESCAPED_MARKUP = re.compile(r"&lt;(?:p|div|br|img|span|a|h[1-6]|figure|iframe|section|article)\b", re.I)
# Where a crawler flattened a text to one line, its paragraph breaks left a run of blanks (the indent of the next
# paragraph, 　　, or the &nbsp; runs between them).
_PARAGRAPH_GAP = re.compile(r"\u3000{2,}|[ \xa0\u3000]{3,}")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# Where a record's title ends with its site's name: a spaced dash or bar, or an underscore (标题 - 新华网, 标题_新浪网).
_SITE_SUFFIX = re.compile(r"\s+[-|｜—]\s+|_")
# A BBS post's first line (PTT: 作者: id (暱稱) 看板: Gossiping) and the subject line under it: the poster's id and
# the board on one line tell it from a crawler's 作者：/标题： header, whose 作者 is the writer.
_BBS_POST = re.compile(r"^作者[:：]\s*\S.*?\s看板[:：]\s*\S+[^\n]*\n(?:標題|标题)[:：]")
# The header fields on those lines and under them.
_BBS_HEADER = re.compile(r"^(作者|看板|標題|标题|時間|时间)[:：]\s*(.*?)(?=\s+看板[:：]|$)")
# ESC[1;31m: a BBS's colour escapes, markup around the text.
_ANSI = re.compile(r"\x1b\[[\d;]*[A-Za-z]")
# A push comment: 推/噓/→, the user's id, a colon, the comment, its month/day and time.
_PUSH = re.compile(r"^(?:推|噓|嘘|→)\s*[\w.]+\s*:")
# A numbered label of a board's template line (1.媒體來源:, 5.完整新聞連結 (或短網址):).
_TEMPLATE_LABEL = re.compile(r"^\d{1,2}\s*[.．、]\s*([^\s:：(（]{2,10})[^:：]{0,12}[:：]\s*$")
MIN_TEMPLATE_LABELS = 3
# A CSV record needs a few fields; a text that merely holds commas (a sentence with ASCII ones) is no record.
MIN_CSV_FIELDS = 3
# A table flattened to a cell a line: this many lines in a row of at most CELL_CHARS characters.
CELL_RUN = 4
CELL_CHARS = 12
# A headerless row's field the body signs with holds a name: at most this many characters.
SIGNATURE_MAX_CHARS = 16
# A headerless row's title: a short field that ends no sentence.
TITLE_MAX_CHARS = 120
# Where a page's script hands its data to the browser as an object literal: assigned to a variable
# (var allData = {…}, window.__INITIAL_STATE__ = {…}) or a JSON script alone (<script id="__NEXT_DATA__">{…}).
_SCRIPT_OBJECT = re.compile(r"(?:\b(?:var|let|const)\s+[\w$]+|\bwindow(?:\.[\w$]+|\[\s*[\"'][\w$]+[\"']\s*\]))\s*=\s*(?=\{)"
                            r"|<script\b[^>]*>\s*(?=\{)", re.I)
# Excel's US short date and time (m/d/yy h:mm), a whole cell: a two-digit year of this century.
_SPREADSHEET_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}) \d{1,2}:\d{2}")
# Unix time in seconds or milliseconds (an API's "pubDate": 1624128762), between 2001 and 2286; a float's zero
# fraction kept (a dataset's "timestamp": 1590969600.0, or the same as a string).
_EPOCH = re.compile(r"[1-9]\d{9}(?:\d{3})?(?:\.0+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Two letters in a row (Han characters, Latin): a field of digits and dashes holds no words.
_WORDS = re.compile(r"[^\W\d_]{2}")
# Text a reader reads: a Han character, or two Latin words apart (not an id like 348dac82e9 or google-news).
_PROSE = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}[,.;:!?]?\s+[A-Za-z]{2,}")
# A script object holds an article when one of its texts has at least this many Han characters.
SCRIPT_ARTICLE_MIN_HAN = 100


@dataclass
class Field:
    name: str  # as the record writes it ("" for a headerless CSV row's field)
    value: str  # the text, markup of the field's own format removed (HTML in a body field stays)
    line: int  # 1-based line where the value starts
    kind: str = ""  # the meta field it holds (record_fields.tsv), "" for chrome
    depth: int = 0  # how deep in a nested record (JSON): of two fields of one kind, the shallower is the article's own
    group: int = 0  # body fields that are one body (a list of blocks) share a group other than 0


def sniff(text: str, name: str) -> bool:
    return _container(text) is not None


def _container(text: str) -> str | None:
    """'json', 'bbs', 'xml' or 'csv' when the text looks like one record of that kind (a few checks of its ends), else None."""
    head = text[:2000].lstrip("\ufeff \t\r\n")
    tail = text[-200:].rstrip()
    if head.startswith("{") and tail.endswith("}"):
        return "json"
    if head.startswith("<!") or head[:5].lower() == "<html":
        return None  # a page (<!DOCTYPE, a SingleFile save's <!-- {"url": …} --> header): the HTML reader's, never a row
    if containers.starts_literal(head) and isinstance(containers.literal_value(text), (dict, list)):
        return "json"  # a JavaScript literal (var news = {…}, a record cut from a list with its comma), a JSON list
    if containers.sql_row(text):
        return "sql"
    if _BBS_POST.match(head):
        return "bbs"
    if (dumped := containers.console_object(text)) and _holds_a_body(dumped[1]):
        return "console"
    root = _ROOT.match(head, _DECLARATION.match(head).end())
    # A feed cut after its one item (the saver kept the channel and the item, not the closing </channel></rss>)
    # ends with that item's closing tag.
    closed = root and (tail.endswith(f"</{root.group(1)}>")
                       or root.group(1).lower() in _FEED_ROOTS and _FEED_ITEM_END.search(tail) is not None)
    if root and root.group(1).lower() not in html_defs.tags and closed:
        # A field first (<title>, <id>), not a page's element (<html>, <div>), and no element only a page has:
        # a page wrapped in <text id=…> is the HTML reader's.
        child = _FIRST_CHILD.match(head, root.end())
        # <html> is a page even though an API's JSON names a field "html".
        first = child.group(1).lower() if child else ""
        page = first == "html" or _PAGE_ELEMENT.search(_CDATA_OPEN.sub("", head))
        if child and not page and (first in _field_names() or first not in html_defs.tags):
            return "xml"
    return "csv" if _csv_rows(head) else None


def parse(text: str) -> tuple[list[Piece], list[Clue]]:
    kind = _container(text)
    if kind == "bbs":
        return _pieces(_bbs_fields(_ANSI.sub("", text)), kind)
    if kind == "xml":
        root = _ROOT.match(text, _DECLARATION.match(text).end()).group(1).lower()
        items = len(_FEED_ITEM.findall(text))
        if root in _FEED_ROOTS and items > 1:
            # Many articles in one file: analysing them as one would mix them; the user cuts out the one wanted.
            raise NotOneArticle(f"a whole <{root}> feed of {items} items, not one article (cut one <item> or <entry> out to load it)")
        if root in _FEED_ROOTS and items == 1:
            return _feed_item(text, kind)
    fields = {"xml": _xml_fields, "json": _json_fields, "csv": _csv_fields, "sql": _sql_fields, "console": _console_fields}[kind](text) \
        if kind else None
    if not fields:
        return plaintext.parse(text)
    return _pieces(_with_kinds(fields), kind)


def reference_content(text: str) -> str:
    """The record's text by a plain regex pass: XML tags and CDATA brackets out, entities decoded, the
    markup of a body (in CDATA or escaped) removed as the HTML reader's reference removes it; JSON's
    keys and escapes out; a CSV row as it is."""
    kind = _container(text)
    if kind == "json" and _only_pairs_read(text):
        return html.visible_reference(" ".join(plaintext.escaped_breaks_read(_json_unescaped(value or ""))
                                               for value in containers.key_value_lines(text).values()))
    if kind == "json":
        # Every string is matched whole, keys too (a key's closing quote must not open a value), and keys dropped; a
        # JavaScript literal's strings may be single-quoted (body: '近日，…', a monitoring system's export, fresh36 1025).
        tokens = re.findall(r'"((?:[^"\\]|\\.)*)"(\s*:)?|\'((?:[^\'\\]|\\.)*)\'(\s*:)?|:\s*(-?\d[\d.eE+-]*)', text)
        return html.visible_reference(" ".join(plaintext.escaped_breaks_read(_json_unescaped(double or single)) + number
                                               for double, key, single, single_key, number in tokens if not (key or single_key)))
    if kind == "bbs":
        return _ANSI.sub("", text)
    if kind == "console":
        start, pairs = containers.console_object(text)
        above = "\n".join(_lines_above_console(text, start))
        return html.visible_reference(above + " " + " ".join(plaintext.escaped_breaks_read(_json_unescaped(pair.value))
                                                             for pair in pairs))
    if kind == "sql":
        return html.visible_reference(" ".join(map(plaintext.escaped_breaks_read, containers.sql_row(text).values)))
    if kind == "xml":
        parts = _CDATA.split(text)
        outside = (html.visible_reference(html_entities.unescape(_TAG.sub(" ", part))) for part in parts[::2])
        inside = (html.visible_reference(part) for part in parts[1::2])
        return " ".join(part for pair in zip(outside, [*inside, ""]) for part in pair)
    if kind == "csv":
        return plaintext.ESCAPED_BREAK.sub("\n", text)  # the body cell's escaped breaks are read as breaks (_add_body)
    return text


def _only_pairs_read(text: str) -> bool:
    """Whether the record is read from its "key": value lines alone (no parser reads it as JSON or a literal)."""
    try:
        json.loads(text, strict=False)
        return False
    except ValueError:
        return not (containers.json_lines(text) or containers.literal_value(text)) and containers.key_value_lines(text) is not None


def _json_unescaped(value: str) -> str:
    """A JSON string's text with every escape read (\\r, \\", \\/, \\uXXXX: a saved page held in one string
    is full of them); as written when it is no valid JSON string."""
    try:
        return json.loads(f'"{value}"', strict=False)
    except ValueError:
        return value


# ----------------------------------------------------------------------------------------------
# Containers -> fields


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _xml_fields(text: str) -> list[Field] | None:
    start = _DECLARATION.match(text).end()
    root = _ROOT.match(text, start)
    end = text.rstrip().rfind("</")
    fields, position = [], root.end()
    for found in _FIELD.finditer(text, position, end):
        if text[position:found.start()].strip():
            return None  # text between fields: not a record of fields
        raw = found.group(3) or ""
        cdata = _CDATA.fullmatch(raw.strip())
        if cdata:
            value = cdata.group(1)
        elif _TAG.search(_CDATA.sub("", raw)) and not _MARKUP.search(raw):
            value = html_entities.unescape(_TAG.sub("", raw))  # nested fields: <author><name>X</name></author>
        else:
            value = raw if _MARKUP.search(raw) else html_entities.unescape(raw)
        offset = found.start(3) + (len(raw) - len(raw.lstrip())) if found.group(3) else found.start()
        fields.append(Field(found.group(1), value, _line_at(text, offset)))
        position = found.end()
    return fields if fields and not text[position:end].strip() else None


# The feed's own title, before its item: the channel's (RSS, RSS 1.0) or the feed's (Atom).
_FEED_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S)


def _feed_item(text: str, kind: str) -> tuple[list[Piece], list[Clue]]:
    """A feed of one item read as the item's record, with what the feed adds around it: the item's author field (a
    blog's dc:creator, the poster's handle) is no stronger than a byline in the text (a repost's 作者： line), and
    the channel's title names the outlet only when nothing else does (the blog that relayed the story)."""
    pieces, clues = _pieces(_feed_item_fields(text), kind)
    clues = [replace(clue, strength="page") if clue.key == "author" and clue.strength == "format" else clue for clue in clues]
    item = _ONE_ITEM.search(text)
    channel = _FEED_TITLE.search(text, 0, item.start())
    name = _words(channel.group(1)) if channel else ""
    if name:
        clues.append(Clue("outlet", name, "the feed's channel <title> (the site that carried the item)", "page"))
    return pieces, clues


def _feed_item_fields(text: str) -> list[Field]:
    """A feed of one item (an RSS <item>, an Atom <entry>): the item's fields, at their lines, and the feed's own
    fields around it (the channel's title, address, description, build date), each a chrome field of no kind at its
    line; words around them in no field of their own (a stray text) one more."""
    item = _ONE_ITEM.search(text)
    base = _line_at(text, item.start()) - 1
    fields = _with_kinds([replace(field, line=field.line + base) for field in _xml_fields(item.group(0)) or []])
    before, after = _feed_own_fields(text, 0, item.start()), _feed_own_fields(text, item.end(), len(text))
    return [*before, *fields, *after]


# A leaf element of the feed's own (no child element): <title>…</title>, <lastBuildDate>…</lastBuildDate>.
_LEAF = re.compile(r"<([A-Za-z][\w:.-]*)\b[^<>]*>((?:<!\[CDATA\[.*?\]\]>|[^<])*)</\1\s*>", re.S)


def _words(part: str) -> str:
    return " ".join(html_entities.unescape(_TAG.sub(" ", _CDATA.sub(r"\1", part))).split())


def _feed_own_fields(text: str, start: int, end: int) -> list[Field]:
    """The feed's leaf elements between start and end, each a field of no kind (chrome: the record's kinds are
    the item's, never the channel's), and any words outside them as one field more."""
    fields, rest = [], []
    position = start
    for leaf in _LEAF.finditer(text, start, end):
        rest.append(text[position:leaf.start()])
        position = leaf.end()
        if value := _words(leaf.group(2)):
            fields.append(Field(leaf.group(1), value, _line_at(text, leaf.start(2)), kind=""))
    rest.append(text[position:end])
    if stray := _words(" ".join(rest)):
        fields.append(Field("channel", stray, _line_at(text, start)))
    return fields


def _json_fields(text: str) -> list[Field] | None:
    """The fields of a JSON record: one object (strict JSON, or a JavaScript literal), or the objects of a JSON
    Lines text that together are one record (each line its own keys: a summary, the article). A list of many
    records, or JSON Lines whose lines share a key (a title each), is many articles: refused."""
    try:
        value = json.loads(text, strict=False)
    except ValueError:
        value = containers.json_lines(text) or containers.literal_value(text) or containers.key_value_lines(text)
    records = [value] if isinstance(value, dict) else value
    if not isinstance(records, list) or not records or not all(isinstance(record, dict) for record in records):
        return None
    keys = [key for record in records for key in record]
    if len(records) > 1 and (not containers.json_lines(text) or len(keys) > len(set(keys))):
        raise NotOneArticle(f"{len(records)} records in one file, not one article (cut one out to load it)")
    listed = _listed_articles(records[0]) if len(records) == 1 else 0
    if listed:
        raise NotOneArticle(f"{listed} items, not one article (cut one out to load it)")
    fields = []
    for record in records:
        written = _own_word_dropped(record)
        record = {key: record[name] for key, name in written.items()}
        for name, leaf, depth, kind, group in _json_leaves(record, ""):
            if depth == 1 and written.get(name, name) != name:
                # the field keeps the key as written; its kind is the key's as read (video_title: a title)
                name, kind = written[name], kind or _key_kind(name)[0]
            key = text.find(json.dumps(name, ensure_ascii=False))
            key = key if key >= 0 else text.find(name)
            fields.append(Field(name, "" if leaf is None else str(leaf), _line_at(text, max(key, 0)), kind, depth, group))
    return fields


# A record is the thing its keys' common first word names when at least this many of its keys (and a third) start
# with it: a video list's item {"video_id", "video_title", "video_url", "video_detail": {…}} IS the video.
OWN_WORD_MIN_KEYS = 3


def _own_word_dropped(record: dict) -> dict[str, str]:
    """key read -> key written, for a record's top-level keys: the word most of its keys start with dropped (video_title
    read as title, video_detail as detail) when that word names another thing's field (video, image: record_fields.tsv
    none), since the record is that thing itself, not something it holds; every key as written otherwise, and a key
    whose shorter name the record already has."""
    firsts = [words[0].lower() for key in record if len(words := KEY_WORD.findall(key)) > 1]
    common = max(set(firsts), key=firsts.count, default="")
    if firsts.count(common) < max(OWN_WORD_MIN_KEYS, len(record) / 3) or _field_names().get(common, ("", 0))[0] != "none":
        return {key: key for key in record}
    written = {}
    for key in record:
        words = KEY_WORD.findall(key)
        read = key[key.lower().index(words[1].lower(), len(words[0])):] if len(words) > 1 and words[0].lower() == common else key
        written[read if read not in record and read not in written else key] = key
    return written


# A list of at least this many objects that each carry their own date is a list of articles (a news API's items,
# a database's table), not the blocks of one article's body, which carry none.
LISTED_ARTICLES_MIN = 3


def _listed_articles(record: dict) -> int:
    """How many items the longest list of dated objects in a JSON record holds, when nothing outside such lists
    holds a sentence (a news API's {"result": {"data": [{date, topic, url}, …]}}, a database's tables of dated
    rows); 0 when the record is one article: its body lies outside the list (an article carrying a list of its
    dated comments), or no list holds dated objects (a body of blocks, {"type": "text", "text": "…"})."""
    lists, outside = [], []

    def walk(value) -> None:
        if isinstance(value, dict):
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            if len(value) >= LISTED_ARTICLES_MIN and all(isinstance(item, dict) and _dated(item) for item in value):
                lists.append(len(value))
            else:
                for child in value:
                    walk(child)
        elif isinstance(value, str):
            outside.append(value)

    walk(record)
    if not lists or any(_PROSE.search(text) and _holds_sentence(text) for text in outside):
        return 0
    return max(lists)


def _dated(item: dict) -> bool:
    """Whether one of an object's own strings (not a nested object's) is a date: an item of a list of articles."""
    return any(isinstance(value, str) and len(value) <= TITLE_MAX_CHARS and iso_date(value) for value in item.values())


def _holds_a_body(pairs: list[containers.ConsolePair]) -> bool:
    """Whether an object copied from a console is an article's record: a key that names a body holds sentences."""
    return any(_key_kind(pair.key)[0] == "body" and _holds_sentence(_json_unescaped(pair.value)) for pair in pairs)


def _console_fields(text: str) -> list[Field]:
    """The fields of an object copied from a browser's console (author: "…", drecontent: "…", dretitle: "…"), strings'
    escapes read; each line of the text it was pasted under (a project's README) a field of kind ``preamble``: chrome,
    its headings no headline."""
    start, pairs = containers.console_object(text)
    above = [Field("", line, number, kind="preamble")
             for number, line in enumerate(_lines_above_console(text, start), start=1) if line.strip()]
    return above + [Field(pair.key, _json_unescaped(pair.value), pair.line) for pair in pairs]


def _lines_above_console(text: str, start: int) -> list[str]:
    """The lines of the text an object copied from a console was pasted under (``start``: the object's first line)."""
    return text.lstrip("\ufeff").splitlines()[:start - 1]


def _sql_fields(text: str) -> list[Field] | None:
    """The row of an SQL dump's INSERT as fields named by its columns (the statement's list, or the CREATE TABLE's
    names, a column whose name says nothing taking its COMMENT '标题'); a dump of many rows is refused."""
    row = containers.sql_row(text)
    if row.rows > 1:
        raise NotOneArticle(f"{row.rows} rows of {f'table {row.table}' if row.table else 'an SQL table'}, not one article (cut one row out to load it)")
    line = _line_at(text, text.find(row.values[0]) if row.values[0] else 0)
    return [Field(name if _key_kind(name)[0] or not _key_kind(comment)[0] else comment, value, line)
            for (name, comment), value in zip(row.columns, row.values)]


# A leaf keyed so is its container's value and takes the container's name: ninjs's "bodies": [{"value": "…"}],
# a list of people's "writers": [{"name": "…"}], a WordPress REST post's "content": {"rendered": "<p>…"} (its
# title, excerpt and guid are held the same way).
_CONTAINER_VALUE_KEYS = frozenset({"value", "name", "rendered"})
# ... and so is one whose last word says it is a name (the author's {"userName": "…"}, {"displayName": "…"}).
_NAME_KEY = re.compile(r"(?:[a-z]_?|\b)(?:[Nn]ame|NAME)$")


def _json_leaves(value, name: str, depth: int = 0, blocks: bool = True, other: bool = False, group: int = 0):
    """(name, value, depth, kind, group) of every string or number in a JSON record, nested ones too, in order; the
    kind is "" (given by the name later) but in a list of body blocks. A leaf keyed ``value`` or ``name`` and the
    items of a list take their container's name: an IPTC ninjs record's ``"bodies": [{"role": "main", "value": "…"}]``
    is the field ``bodies``, ``"writers": [{"name": "…"}]`` the field ``writers``. Nothing is left out, so every
    character of the record is in some field (the coverage check reads all of its strings, in order).
    ``blocks=False`` leaves blocks apart (a script object's article, whose body is one string found by its length).
    What lies in an object that is another thing's (an author's or a medium's profile, a user, a comment, a share
    card, a picture: ``"mediaInfo": {"description": "…"}``) is of kind ``other``, never the article's title or body;
    the name of an author or a medium held so is still its field. The leaves of a list (its strings, or texts held
    deeper: ``"content": [{"paragraph": {"text": "…"}}, {"image": …}]``) share a group, one body read whole, when
    they hold sentences and its items are no things with titles of their own (a list of related stories)."""
    if isinstance(value, dict):
        owner = _key_kind(name)[0] in ("author", "outlet") if name else False
        other = other or owner or (bool(name) and _names_another_thing(name))
        for key, item in value.items():
            inherits = bool(name) and (key in _CONTAINER_VALUE_KEYS or bool(_NAME_KEY.search(key)) and not _own_field(key, name))
            yield from _json_leaves(item, name if inherits else key, depth + 1, blocks, other and not (inherits and owner), group)
    elif isinstance(value, list):
        if blocks and _is_block_list(value):
            yield from _block_leaves(value, name, depth)
            return
        # ... of sentences: a list of tags or reasons ({"text": "标题党"}, {"text": "国际社会"}) is no body.
        one_text = blocks and _holds_sentence(str(value)) and not any(
            isinstance(item, dict) and any(key.lower() in _title_names() for key in item) for item in value)
        for item in value:
            yield from _json_leaves(item, name, depth, blocks, other, id(value) if one_text else group)
    elif value is not None and not isinstance(value, bool):
        yield name, value, depth, "other" if other else "", group


def _own_field(key: str, container: str) -> bool:
    """Whether a key ending in a name keeps its own name: it names a meta field and its container names none (Yoast
    SEO's "yoast_head_json": {"og_site_name": "…"}, a page's "meta": {"site_name": "…"}), where the author's
    {"author_name": "…"} is its container's value."""
    return bool(_key_kind(key)[0]) and not _key_kind(container)[0]


def _text_key(block: dict) -> str | None:
    """The key of a block's text: a body field's name (content, text, html …) whose value is a string or a list
    of strings and pictures (objects), else None."""
    for key, item in block.items():
        if _key_kind(key)[0] == "body" and (
                isinstance(item, str) or (isinstance(item, list) and item and all(isinstance(x, (str, dict)) for x in item))):
            return key
    return None


def _is_block_list(value: list) -> bool:
    """A list of objects, each holding its piece of text under a body field's name: an article's body in blocks
    (draft.js ``api_data``: {type, content: ["…"]}; Arc XP ``contentBlocks``: {content, photos: [{caption}]})."""
    return (bool(value) and all(isinstance(item, dict) for item in value) and all(_text_key(item) for item in value)
            and any(_holds_sentence(str(item[_text_key(item)])) for item in value))


def _holds_sentence(text: str) -> bool:
    """Whether a text ends a sentence somewhere: a body's blocks do, a list of tags or reasons ({"text": "标题党"},
    {"text": "国际社会"}) does not."""
    return any(mark in text for mark in SENTENCE_END)


def _block_leaves(blocks: list[dict], name: str, depth: int):
    """The leaves of a list of body blocks, in order: each text a body field holding it as an HTML paragraph (a
    heading when the block's type names a header), each picture's caption (a caption or body field of an object
    among the texts, or of a list of objects beside them) a body field holding it as a figure, every other value
    (ids, types, addresses) a field of its own. The body fields share a group, the list: one body, read whole."""
    names = _field_names()
    group = id(blocks)

    def figure(item: dict, key: str):
        for k, v in item.items():
            if isinstance(v, str) and v.strip() and names.get(k.lower(), ("", 0))[0] in ("caption", "body"):
                yield k, f"<figure><figcaption>{v}</figcaption></figure>", depth + 2, "body", group
            else:
                yield from _json_leaves(v, k, depth + 2)

    for block in blocks:
        text_key = _text_key(block)
        tag = "h2" if "header" in str(block.get("type", "")).lower() else "p"
        for key, item in block.items():
            if key == text_key:
                for text in item if isinstance(item, list) else [item]:
                    if isinstance(text, dict):
                        yield from figure(text, key)
                    elif text.strip():
                        yield name, f"<{tag}>{text}</{tag}>", depth + 1, "body", group
            elif isinstance(item, list) and item and all(isinstance(x, dict) for x in item):
                for picture in item:
                    yield from figure(picture, key)
            else:
                yield from _json_leaves(item, key, depth + 1)


def _separator(first_line: str) -> str:
    """A tab when the first line has enough tabs for a record's fields (TSV), else a comma."""
    return "\t" if first_line.count("\t") >= MIN_CSV_FIELDS - 1 else ","


def _csv_rows(head: str) -> list[list[str]]:
    """The first rows of a CSV or TSV text whose first row has at least MIN_CSV_FIELDS fields and a field
    that is a date or an address, or that names record fields (a header); [] for any other text."""
    first = head.split("\n", 1)[0]
    separator = _separator(first)
    if first.count(separator) < MIN_CSV_FIELDS - 1:
        return []
    rows = list(csv.reader(head.splitlines()[:2], delimiter=separator))
    if not rows:
        return []
    shaped = any(_is_date(cell) or _URL.match(cell.strip()) for cell in rows[0]) or _is_header(rows[0])
    return rows if shaped else []


def _is_header(cells: list[str]) -> bool:
    """A CSV row that names at least two record fields (title, 正文, pubtime …) is a header row."""
    names = _field_names()
    return sum(cell.strip().lower() in names for cell in cells) >= 2


def _csv_fields(text: str) -> list[Field] | None:
    lines = text.lstrip("\ufeff").split("\n")
    separator = _separator(lines[0])
    header = next(csv.reader([lines[0]], delimiter=separator))
    has_header = _is_header(header)
    row_text = "\n".join(lines[1:] if has_header else lines).strip()
    line = 2 if has_header else 1
    quoted = _quoted_cells(row_text, separator, len(header) if has_header else None)
    cells = quoted or row_text.split(separator)  # quotes say where a field ends: a separator inside one is its own
    if not quoted and has_header and len(cells) > len(header):
        cells = _rejoin_longest(cells, len(header), separator)
    elif not quoted and not has_header:
        cells = _rejoin_texts(cells, separator)
    if has_header and len(cells) != len(header):
        return None
    fields = [Field("", lines[0], 1, "header")] if has_header else []
    fields += [Field(header[i].strip() if has_header else "", cell.strip() if quoted else cell.strip().strip('"'), line)
               for i, cell in enumerate(cells)]
    return fields


def _quoted_cells(row_text: str, separator: str, width: int | None) -> list[str] | None:
    """The cells of a row that quotes a field holding the separator, as a CSV writer does
    (…,"['90周年校庆', '华师头条']",… under title,time,tags,content, fresh19 622; …,16681,"【更新】歸寧宴食物中毒…,2016年04月05日22:45,生活,16681,…"
    a headerless record's text, fresh18 574): one record of ``width`` fields (any width without a header), else None
    (an unquoted row cut at its text's separators is rejoined by guessing)."""
    if not re.search(rf'(?:^|{re.escape(separator)})"', row_text):
        return None
    try:
        rows = list(csv.reader(io.StringIO(row_text), delimiter=separator, strict=True))
    except csv.Error:
        return None
    if len(rows) != 1 or (width is not None and len(rows[0]) != width) or len(rows[0]) < 2:
        return None
    cells = rows[0]
    last = len(cells) - 1
    if width is None and last and cells[last].startswith(repeat := separator.join(cells[:last]) + separator):
        # A crawler that writes the row's fields again at the head of its text cell ("【更新】歸寧宴食物中毒…,2016年04月05日22:45,
        # 生活,16681,（更新：新增業者說法）台南市…", fresh18 574): fields of their own again, the text starts after them.
        return cells[:last] * 2 + [cells[last][len(repeat):]]
    return cells


def _rejoin_texts(cells: list[str], separator: str) -> list[str]:
    """A headerless unquoted row cut at the separators inside its text: dates, addresses and (before the text)
    ids stand alone, the first
    other cell that is short and ends no sentence is the title, and the cells after a text cell up to the next
    date or address are that text cut in pieces, joined back."""
    joined: list[str] = []
    titled, text_at = False, None
    for cell in cells:
        if _URL.match(cell.strip()) or _is_date(cell):
            joined.append(cell)
            text_at = None
        elif text_at is None and not _WORDS.search(cell):
            joined.append(cell)  # an id or counter before any text (0, 1234): a field of its own
        elif text_at is not None:
            joined[text_at] += separator + cell
        elif not titled and _title_shaped(cell):
            joined.append(cell)
            titled = True
        else:
            joined.append(cell)
            text_at = len(joined) - 1
    return joined


def _rejoin_longest(cells: list[str], width: int, separator: str) -> list[str]:
    """An unquoted row cut at the separators inside its text: the cells around the longest cell join it
    until the row has ``width`` fields (the dates, addresses and titles around it hold no separator)."""
    extra = len(cells) - width
    longest = max(range(len(cells)), key=lambda i: len(cells[i]))
    start = max(0, min(longest, len(cells) - 1 - extra))
    return cells[:start] + [separator.join(cells[start:start + extra + 1])] + cells[start + extra + 1:]


def _bbs_fields(text: str) -> list[Field]:
    """A BBS post (PTT): its header lines (作者 … 看板 …, 標題, 時間), the post, and after the signature line
    (``--``) or the site's ``※ 發信站`` stamp the stamps, push comments (推/噓/→ id: …) and whatever the poster
    added between them, all chrome. Inside the post, a board's repost template (1.媒體來源: / 2.記者署名: /
    3.完整新聞標題: / 4.完整新聞內文: …) gives a field per label; without one, the post is the body."""
    lines = text.split("\n")
    names = _field_names()
    fields, index = [], 0
    while index < len(lines) and (_BBS_HEADER.match(lines[index]) or not lines[index].strip()):
        found = _BBS_HEADER.match(lines[index])
        if found:
            # 作者 names the poster's account (and 看板 the board), not the writer of a reposted story.
            name = found.group(1)
            kind = "" if name in ("作者", "看板") else names.get(name, ("", 0))[0]
            fields.append(Field(name, lines[index].strip(), index + 1, "header"))
            fields.append(Field(name, found.group(2).strip(), index + 1, kind))
        index += 1
    end = next((i for i in range(index, len(lines)) if lines[i].strip() == "--" or lines[i].startswith("※ 發信站")), len(lines))
    labels = [i for i in range(index, end) if _TEMPLATE_LABEL.match(lines[i].strip())]
    if len(labels) >= MIN_TEMPLATE_LABELS:
        fields.append(Field("", "\n".join(lines[index:labels[0]]), index + 1, ""))
        for start, stop in zip(labels, [*labels[1:], end]):
            label = _TEMPLATE_LABEL.match(lines[start].strip())
            fields.append(Field(label.group(1), lines[start].strip(), start + 1, "header"))
            fields.append(Field(label.group(1), "\n".join(lines[start + 1:stop]), start + 2, names.get(label.group(1), ("", 0))[0]))
    else:
        fields.append(Field("", "\n".join(lines[index:end]), index + 1, "body"))
    for number in range(end, len(lines)):
        kind = "comment" if _PUSH.match(lines[number]) else "stamp"
        fields.append(Field("", lines[number], number + 1, kind))
    return fields


# ----------------------------------------------------------------------------------------------
# Fields -> what they hold


def script_record(text: str) -> tuple[list[Piece], list[Clue]]:
    """A page whose article is only in its script's data (凤凰网's var allData = {…docData: {title, newsTime,
    source, contentData: {contentList: [{data: "<p>…"}]}}}): the object holding the longest Chinese text is read
    as a record, the innermost object around that text that has a title field being the article's (its other
    fields are meta by their names, data/lexicon/record_fields.tsv; what lies deeper is chrome, the text itself the
    body). ([], []) when no script object holds an article."""
    found = script_article(text)
    if found is None:
        return [], []
    article, body, line = found
    names = _field_names()
    fields = []
    for key, value in article.items():
        if isinstance(value, (dict, list)):
            fields += [Field(f"{key}.{name}", str(leaf), line, "body" if leaf is body else "") for name, leaf, *_ in _json_leaves(value, key, blocks=False)]
        elif value is not None and not isinstance(value, bool):
            kind = "body" if value is body else names.get(key.lower(), ("", 0))[0]
            fields.append(Field(key, str(value), line, "" if kind == "body" and value is not body else kind))
    return _pieces(fields, "script")


def script_article(text: str) -> tuple[dict, str, int] | None:
    """(the article's object, its text, the line of the script) of the script object with the longest Chinese
    text (at least SCRIPT_ARTICLE_MIN_HAN Han characters) inside an object with a title field, else None."""
    best = None
    decoder = json.JSONDecoder()
    for found in _SCRIPT_OBJECT.finditer(text):
        try:
            value, _ = decoder.raw_decode(text, found.end())
        except ValueError:
            continue
        held = _longest_text(value, None)
        if held and (best is None or held[0] > best[0]):
            best = (*held, _line_at(text, found.end()))
    return None if best is None or best[0] < SCRIPT_ARTICLE_MIN_HAN else best[1:]


def script_reference(text: str) -> str:
    """The strings of the script object :func:`script_record` reads, markup removed as the HTML reference removes
    it; '' when no script holds an article. Its values, not its source: a value may hold JSON escaped twice
    (36氪's "extra": "{\\"title\\":\\"\\u65b0…"), which a regex pass over the source would decode once too often."""
    found = script_article(text)
    return html.visible_reference(" ".join(str(value) for _, value, *_ in _json_leaves(found[0], "", blocks=False))) if found else ""


def _longest_text(value, titled: dict | None) -> tuple[int, dict, str] | None:
    """(Han characters, holder, the text) of the string with most Han characters under ``value`` that lies inside
    an object with a title field, ``titled`` being the innermost such object around ``value`` so far; None when
    no string does."""
    if isinstance(value, str):
        return (len(_HAN.findall(value)), titled, value) if titled is not None else None
    if isinstance(value, dict):
        titles = _title_names()
        titled = value if any(key.lower() in titles for key in value) else titled
        items = value.values()
    else:
        items = value if isinstance(value, list) else ()
    best = None
    for item in items:
        held = _longest_text(item, titled)
        if held and (best is None or held[0] > best[0]):
            best = held
    return best


@lexicon.cached
def _title_names() -> frozenset:
    """The names record_fields.tsv gives a title field (lower case)."""
    return frozenset(name for name, (field, _) in _field_names().items() if field == "title")


def names_a_field(word: str) -> bool:
    """Whether ``word`` (a bare Latin word as a record's key is written: time, source, ptime) is a field name of
    data/lexicon/record_fields.tsv."""
    return bool(_LATIN_KEY.fullmatch(word)) and word in _field_names()


def field_of_key(name: str) -> str:
    """The meta field (title, outlet, author, publish_date, body …) a record's key names by
    data/lexicon/record_fields.tsv, whole or by its words; "" for another thing's field or none."""
    return _key_kind(name)[0]


# A record's key as written in Latin letters: lower case, words joined by underscores (time, site_name).
_LATIN_KEY = re.compile(r"[a-z]+(?:_[a-z]+)*")


@lexicon.cached
def _field_names() -> dict[str, tuple[str, int]]:
    """name (lower case) -> (meta field, rank) of data/lexicon/record_fields.tsv; the rank is the row's place."""
    return {name.lower(): (field, rank) for rank, (name, field) in enumerate(lexicon.read_rows("record_fields.tsv", ("name", "field")))}


# The words of a key: news_title, newsTitle, NewsTitle -> news, title; a run of Han characters is one word (新闻标题).
KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[\u4e00-\u9fff]+")


@lexicon.cached
def _han_names() -> list[str]:
    """The Han names of record_fields.tsv, longest first: a key ending with one (新闻标题, 文章内容) names its field."""
    return sorted((name for name in _field_names() if _HAN.match(name) and len(name) >= 2), key=len, reverse=True)


@lexicon.cached  # asked for each field again when fields are kinded, ranked and checked
def _key_kind(name: str) -> tuple[str, int]:
    """(meta field or "", rank) of a record's key, by data/lexicon/record_fields.tsv: the key itself (title, pubDate,
    正文), else its words, the last that names a field (news_title, author_name, publishedAt) or the Han name it
    ends with (新闻标题), unless two words name different fields (showTimeText: a time's text). A key holding a word
    of field ``none`` (urlToImage, author_id, update_time, 评论内容) names the field of something else and is
    chrome. A key read from its words ranks after every key named whole."""
    names = _field_names()
    unnamed = ("", 2 * len(names))
    found = names.get(name.lower())
    if found:
        return ("", found[1]) if found[0] == "none" else found
    if _names_another_thing(name):
        return unnamed
    named = [names.get(word) or next((names[han] for han in _han_names() if word.endswith(han)), None)
             for word in (word.lower() for word in KEY_WORD.findall(name))]
    named = [found for found in named if found] or _pinyin_key_kind(name)
    if len(named) > 1 and named[0][0] == "body" and len({field for field, _ in named[1:]}) == 1:
        named = named[1:]  # article_title, article_publish_time (We-MP-RSS): the article's title and date, not its text
    if not named or len({field for field, _ in named}) > 1:
        return unnamed  # no word names a field, or two disagree (showTimeText: a time's text)
    return named[-1][0], len(names) + named[-1][1]


@lexicon.cached
def _names_another_thing(name: str) -> bool:
    """Whether a key holds a word of field ``none`` (urlToImage, mediaInfo's share card, 评论内容): another thing's."""
    names = _field_names()
    if names.get(name.lower(), ("", 0))[0] == "none":
        return True
    return any(names.get(word.lower(), ("", 0))[0] == "none" for word in KEY_WORD.findall(name)) or any(
        names[han][0] == "none" and han in name for han in _han_names())


def _pinyin_key_kind(name: str) -> list[tuple[str, int]]:
    """[(field, rank)] of a key in pinyin whose syllables are its words (biaoTi, xinWenBiaoTi, fa_bu_shi_jian): the
    longest run of its last words that record_fields.tsv names (biaoti, fabushijian), else []; none when a run of
    its syllables names another thing's field (gengXinShiJian: an edit time)."""
    words = [word.lower() for word in KEY_WORD.findall(name)]
    runs = ["".join(words[start:end]) for start in range(len(words)) for end in range(start + 2, len(words) + 1)]
    if any(_field_names().get(run, ("", 0))[0] == "none" for run in runs):
        return []
    return next(([found] for start in range(len(words) - 1) if (found := _field_names().get("".join(words[start:])))), [])


def _is_date(value: str) -> bool:
    return len(value.strip()) <= 40 and bool(iso_date(value) or _spreadsheet_date(value))


def _spreadsheet_date(value: str) -> str:
    """The date of a cell a spreadsheet rewrote in its US short form when the CSV was saved from it (Excel's
    m/d/yy h:mm: 8/14/24 11:14 beside 2024-08-06 19:28:42 in other rows of one WeChat crawl, fresh33 965, 969),
    day first only when the first number cannot be a month; '' for any other value."""
    found = _SPREADSHEET_DATE.fullmatch(value.strip())
    if not found:
        return ""
    first, second, year = (int(group) for group in found.groups())
    month, day = (second, first) if first > 12 else (first, second)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{2000 + year:04d}-{month:02d}-{day:02d}"


def _with_kinds(fields: list[Field]) -> list[Field]:
    """Each field's kind: by its name, or for a headerless row by its shape (a date, an address, the
    longest text, a short line before it); of several body fields the longest is the body, the rest chrome."""
    for field in fields:
        if not field.kind:
            field.kind = _key_kind(field.name)[0] if field.name else _kind_by_shape(field, fields)
        if not _holds_its_kind(field):
            field.kind = ""
    # A body is longer than the record's title: a list entry's category, tag or reason (头条, 国际, 标题党) is none.
    title = max((len(field.value.strip()) for field in fields if field.kind == "title"), default=0)
    bodies = [field for field in fields if field.kind == "body"]
    if bodies:
        # A body in blocks is its group's fields together; the same body stored twice (an HTML string and its
        # blocks) is read once: the twin with most text, captions included.
        text = {}
        for field in bodies:
            key = field.group or id(field)
            text[key] = text.get(key, 0) + len(_TAG.sub("", field.value))
        chosen = max(text, key=text.get)
        shown = "".join(_visible(field.value) for field in bodies if (field.group or id(field)) == chosen)
        for field in bodies:
            if text[chosen] <= title:
                field.kind = ""
            elif (field.group or id(field)) != chosen:
                # A feed's contentSnippet beside its content (fresh26 825-827) opens as the body does: the text again,
                # no furniture of the page's own; another article's description in the record is just a field.
                field.kind = "copy" if _visible(field.value)[:COPY_OPENING_CHARS] in shown else ""
        bodies = [field for field in bodies if field.kind == "body"]
    if not bodies:
        # Without a body's name, the body is the longest text of sentences under a key that names nothing else.
        texts = [field for field in fields if field.kind == "" and field.name and not _names_another_thing(field.name)
                 and _PROSE.search(field.value) and _holds_sentence(field.value)
                 and not _URL.match(field.value.strip()) and len(field.value.strip()) > title]
        if not texts:
            raise NotOneArticle("no text in the record, only a title, an address or a date (an entry of a list, not an article)")
        max(texts, key=lambda f: len(f.value)).kind = "body"
    if not any(field.kind == "title" for field in fields):
        # A Scrapy item keyed after the link it was cut from ({"name": headline, "href": url, "details": body}): the
        # record's own name, beside its body and with no title field, is its headline when it reads as one.
        named = next((field for field in fields if field.depth == 1 and field.name.lower() == "name" and not field.kind), None)
        if named and _headline_shaped(named.value):
            named.kind = "title"
    return fields


# A body field that opens with this many characters of the chosen body's text is a copy of it.
COPY_OPENING_CHARS = 30
# A record's name reads as a headline when it holds at least this many Han characters: a person's (王小明, 歐陽娜娜)
# or a desk's (国际) name holds fewer.
NAME_TITLE_MIN_HAN = 6


# A WeChat account's id, as WeChat allows one: 6-20 characters, a Latin letter first, then letters, digits, _ or -.
_ACCOUNT_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{5,19}")


def _account_display_name(value: str, field: Field, fields: list[Field]) -> str | None:
    """The name a reader sees of the account whose id an outlet field holds: a WeChat crawler's item keeps the id under
    account (gqthbgcjsxywyh) and the account's name under a bare name key beside it (&nbsp;共青团河北工程技术学院委员会,
    fresh36 1029, 1030). None when the value is no lowercase id's shape (人民日报, Reuters) or no Han name stands beside it."""
    if not (_ACCOUNT_ID.fullmatch(value) and value == value.lower()):
        return None
    named = next((other for other in fields if other.depth == field.depth and other.name.lower() == "name" and not other.kind), None)
    name = " ".join(html_entities.unescape(_TAG.sub("", named.value)).split()) if named else ""
    return name if _HAN.search(name) and _title_shaped(name) else None


def _visible(value: str) -> str:
    """A field's text as a reader sees it, spaces aside: no markup, entities read."""
    return re.sub(r"\s+", "", html_entities.unescape(_TAG.sub("", value)))


def _headline_shaped(value: str) -> bool:
    """Whether a record's ``name`` is its headline: a short line that ends no sentence, with NAME_TITLE_MIN_HAN Han
    characters or more, neither an address nor a known outlet's name (人民日报海外版)."""
    value = value.strip()
    return (_title_shaped(value) and len(_HAN.findall(value)) >= NAME_TITLE_MIN_HAN and not _URL.match(value)
            and not known_outlet(value))


def _holds_its_kind(field: Field) -> bool:
    """Whether a field's value has the shape of what its name says: a title holds prose (Han characters or Latin
    words apart), an author or an outlet holds words, none is an address; a body holds prose and is no date (an id,
    a number, an address or a time under a body's name is none)."""
    value = field.value.strip()
    if field.kind == "title":  # a slug or an id under a title's name (card-20240804230306) is no headline
        return bool(_PROSE.search(_TAG.sub("", value))) and not _URL.match(value)
    if field.kind in ("author", "outlet"):
        return bool(_WORDS.search(_TAG.sub("", value))) and not _URL.match(value)
    if field.kind == "body":
        return bool(_PROSE.search(_TAG.sub("", value))) and not _URL.match(value) and not _is_date(value)
    return True


def _kind_by_shape(field: Field, fields: list[Field]) -> str:
    value = field.value
    longest = max((f for f in fields if f.kind != "header"), key=lambda f: len(f.value))
    if field is longest:
        return "body"
    if _URL.match(value):
        return "url"
    if _is_date(value) or _EPOCH.fullmatch(value.strip()):
        # a CMS's table keeps the publish time as Unix seconds between its text columns (网易's 1167882678, fresh39 1083)
        return "publish_date"
    if _signs_the_text(value, longest.value):
        return "author"
    if _outlet_with_report_word(value):
        return "outlet"
    others = [f for f in fields if not f.name and f is not longest and not _URL.match(f.value) and not _is_date(f.value)
              and _WORDS.search(f.value)]
    # The first short line that reads as a headline: a scraper's author, column or outlet field before it (社评,清水英男的
    # 鞠躬…, a WeChat crawl's author,title,content, fresh33 969) is a word or a name of fewer Han characters.
    titles = [f for f in others if _title_shaped(f.value)]
    title = next((f for f in titles if _headline_shaped(f.value)), titles[0] if titles else None)
    return "title" if field is title else ""


def _signs_the_text(value: str, body: str) -> bool:
    """Whether the body closes a paragraph with ``value`` in brackets (（长恨水） after the last sentence of a 网易体育
    story, or on a line of its own, whose row stores 长恨水 in a column between its date and its source, fresh39
    1083-1085): the row's writer, whatever the shape of the name (a pen name has no surname). Only markup may follow
    it on its line (an icon's link)."""
    name = _INLINE_TAG.sub("", value).strip()
    if not (0 < len(name) <= SIGNATURE_MAX_CHARS) or not _WORDS.search(name) or any(mark in name for mark in SENTENCE_END):
        return False
    signed = re.compile(r"(?:^|\n|>|[。！？!?”」』])[\s\u3000]*[（(]\s*" + re.escape(name) + r"\s*[)）]([^\n]*)")
    return any(not _INLINE_TAG.sub("", found.group(1)).strip(" \t\r\u3000")
               for found in signed.finditer(plaintext.escaped_breaks_read(body)))


def _outlet_with_report_word(value: str) -> str | None:
    """The known outlet (data/lexicon/outlets.tsv) of a field that is its name and a word of the report's kind after it
    (网易体育专稿, 新华社电, 中央社特稿: data/lexicon/byline_roles.tsv's suffixes): the source column of a CMS's row."""
    value = value.strip()
    opening = outlet_opening(value)
    return opening if opening and value[len(opening):] in _report_words() else None


@lexicon.cached
def _report_words() -> frozenset:
    """Words after an outlet's name that say what kind of report it sent (专稿, 特稿, 讯, 电): byline_roles.tsv's suffixes."""
    return frozenset(word for word, kind in lexicon.read_rows("byline_roles.tsv", ("word", "type")) if kind == "suffix")


def _title_shaped(value: str) -> bool:
    """Short, ends no sentence, and holds words: a row's counter or id (``0``, ``20020301-0``) is no headline."""
    value = value.strip()
    return 0 < len(value) <= TITLE_MAX_CHARS and value[-1] not in SENTENCE_END and bool(_WORDS.search(value))


# ----------------------------------------------------------------------------------------------
# Fields -> pieces and clues

_ROLES = {"title": ("title", "headline"), "author": ("byline", "author"), "outlet": ("byline", "outlet"),
          "publish_date": ("boilerplate", "metadata"), "url": ("boilerplate", "metadata"), "header": ("boilerplate", "metadata"),
          "copy": ("boilerplate", SECOND_COPY_KIND), "comment": ("boilerplate", "comment"), "stamp": ("boilerplate", "metadata"), "preamble": ("boilerplate", "template"),
          "": ("boilerplate", "metadata")}


def _pieces(fields: list[Field], container: str) -> tuple[list[Piece], list[Clue]]:
    pieces: list[Piece] = []
    clues: list[Clue] = []
    ranked = sorted(fields, key=lambda f: (_key_kind(f.name)[1], f.depth))
    listed = None  # the last author clue and the (name, depth) of its field, which a writer of the same list extends
    for field in ranked:
        value = field.value.strip()
        where = _source(field, container)
        if field.kind == "author" and value and listed and clues and clues[-1] is listed[0] and listed[1] == (field.name, field.depth):
            # A list of writers ("authors": ["张三", "李四"], "writers": [{"name": …}, …]): one field each at one depth,
            # one byline.
            clues[-1] = replace(clues[-1], value=f"{clues[-1].value}、{_INLINE_TAG.sub('', value).strip()}")
            listed = (clues[-1], listed[1])
        elif field.kind in ("title", "author", "outlet") and value:
            # An API's title may keep its page's line break (一齊撐　<br/>財金界…): markup, not words; a source column's
            # 网易体育专稿 names 网易体育 (the report's kind after the name is no part of it).
            shown = _INLINE_TAG.sub("", value).strip()
            if field.kind == "outlet" and (display := _account_display_name(shown, field, fields)):
                shown, where = display, f"{where} (the account's id; its name from the record's name field)"
            clues.append(Clue(field.kind, (field.kind == "outlet" and _outlet_with_report_word(shown)) or shown, where))
            listed = (clues[-1], (field.name, field.depth)) if field.kind == "author" else None
            if field.kind == "author":
                clues.extend(_outlet_in_author_field(value, where))
        elif field.kind == "publish_date" and (iso_date(value) or _EPOCH.fullmatch(value) or _spreadsheet_date(value)):
            # A headerless row's date found by its shape may be when the site stored the row (2017-10-31 15:17:00
            # beside a 百家号 story of 2017-04-06, fresh27 848): the date the text shows under its headline wins.
            clues.append(Clue("publish_date", epoch_date(value) or _spreadsheet_date(value) or value, where,
                              "format" if field.name else "guess"))
        elif field.kind == "url":
            clues.append(Clue("outlet", outlet_of_url(value), f"{where}: {value}", "page"))
            clues.append(Clue("publish_date", date_in_url(value), f"{where} path", "page"))
        elif not field.kind and known_outlet(value):
            # "src": "红星新闻" (fresh11 383): a field whose name says nothing, holding a known outlet's whole name
            # (data/lexicon/outlets.tsv), is the record's source
            clues.append(Clue("outlet", value, f"{where} (a known outlet's name)", "page"))
        elif not field.kind and _ends_the_title(value, fields):
            # "post_user": "大象公会" beside "post_title": "体育与阶层 | 大象公会" (a WeChat crawl, fresh27 840-842): a
            # field no listed name explains, whose value the title ends with after a bar, names who posted it
            clues.append(Clue("outlet", value, f"{where} (the name the title ends with)", "page"))
    for field in fields:
        if field.kind == "body":
            _add_body(field, fields, pieces, clues)
        elif field.value.strip():
            role, kind = _ROLES[field.kind if field.kind in _ROLES else ""]
            # Chrome shows its text, not its markup (a teaser's <p>…&ldquo;…</p>).
            value = " ".join(html.visible_reference(field.value).split()) if _TAG.search(field.value) or "&" in field.value else field.value
            if not value.strip():
                # A field of markup that shows nothing (a WordPress post's yoast_head: <title>, <meta> and <script> of the
                # page's head, fresh34 985, 987) holds no content, as the HTML reader drops a page's head; kept as it is
                # written, its attributes made the paragraphs hold text the reference of what a reader sees lacks.
                continue
            piece = Piece(value.strip(), field.line, next_block(pieces))
            pieces.append(piece.labelled(role, kind, _source(field, container)))
    return pieces, [clue for clue in clues if clue.value]


def _ends_the_title(value: str, fields: list[Field]) -> bool:
    """Whether a record's title ends with ``value`` after a bar or dash, a headline before it (… | 大象公会)."""
    after_bar = re.compile(r".{2,}?\s*[|｜丨_\-—–]\s*" + re.escape(value) + r"\s*$", re.S)
    return bool(value) and any(field.kind == "title" and after_bar.match(field.value.strip()) for field in fields)


def _outlet_in_author_field(value: str, where: str) -> list[Clue]:
    """The outlet a record's author field names: a known outlet's whole name there (data/lexicon/outlets.tsv: "author":
    "中央社", a wire's story on 三立新聞網 with no reporter, fresh23 766, 767), or the outlet a whole byline line there
    names by a byline cue of data/lexicon/boilerplate.tsv ("author": "MoneyDJ新聞 2019-07-22 09:39:46 記者 李彥瑾 報導",
    768). A writer's name names none."""
    value = _INLINE_TAG.sub("", value).strip()
    if known_outlet(value):
        return [Clue("outlet", value, f"{where} (a known outlet's name)", "page")]
    hit = first_cue(value, None)
    outlet = hit[1].groupdict().get("outlet") if hit and hit[0].role == "byline" else None
    return [Clue("outlet", outlet.strip(), f"{where} (the outlet its byline names)", "page")] if outlet else []


def _cells_joined(text: str) -> str:
    """A table the dump flattened to a cell a line (a Sogou record's U+E40C after every cell: 当前收费 / 调整情况 /
    青岛 / 无 …): a run of at least CELL_RUN short lines that end no sentence is one line, its cells apart by spaces."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, None]:
        if line is not None and line.strip() and len(line.strip()) <= CELL_CHARS and line.strip()[-1] not in SENTENCE_END:
            run.append(line.strip())
            continue
        out.extend(["  ".join(run)] if len(run) >= CELL_RUN else run)
        run = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _source(field: Field, container: str) -> str:
    """Where a field's value was found, as meta.json's ``<field>_source`` and a piece's reason say it."""
    if field.kind in ("header", "comment", "stamp", "preamble"):
        return {"header": f"{container} field name", "comment": "BBS push comment", "stamp": "BBS signature and stamps",
                "preamble": "text above an object copied from a console"}[field.kind]
    if not field.name:
        return f"headerless {container} row: the {field.kind or 'field'} by its shape"
    return f"{container} record <{field.name}>" if container == "xml" else f"{container} record field {field.name}"


def _add_body(field: Field, fields: list[Field], pieces: list[Piece], clues: list[Clue]) -> None:
    """The body field's pieces, by the HTML reader when it is markup, by the plain text reader otherwise,
    placed after the pieces so far (blocks) and at the field's lines."""
    value = plaintext.escaped_breaks_read(field.value)
    if not _MARKUP.search(value) and _ESCAPED_MARKUP.search(value):
        value = html_entities.unescape(value)
    title = next((f.value.strip() for f in fields if f.kind == "title" and f.value.strip()), "")
    if _MARKUP.search(value) and not _PARAGRAPH_MARKUP.search(value) and "\n" in value.strip():
        # A text whose lines are its paragraphs, with only links or pictures in it (2014年11月21日 04:10<a …> 中國時報</a>
        # <a …>吳垠慧</a>／台北報導⏎…; a crawler's <img>http://….jpg</img>⏎　　2017赛季…): the lines would run together as
        # one HTML paragraph; the links' text stays, a picture's address on a line of its own.
        value = html_entities.unescape(_TAG.sub("", value)).replace("\r", "")
    if _MARKUP.search(value):
        inner, inner_clues = html.parse(value, content_only=not _WHOLE_PAGE.match(value))
    else:
        if "\n" not in value.strip():
            value = _glued_bar_credits(_glued_credits().sub(r"\n\g<credit>\n", _PARAGRAPH_GAP.sub("\n", value)))
        inner, inner_clues = plaintext.parse(_cells_joined(value), titled=bool(title))
        opening = next((i for i, piece in enumerate(inner) if not piece.role), None)
        # The title may carry its site's name (两名泰国公民在巴以冲突中死亡 - 新华网) where the text repeats the headline alone.
        headlines = {title, _SITE_SUFFIX.split(title)[0]}
        if title and opening is not None and any(repeats_title(inner[opening].text, headline) for headline in headlines):
            inner[opening] = inner[opening].labelled("boilerplate", "repeated_title", "the record's title again, opening its text")
    base = next_block(pieces)
    pieces.extend(replace(piece, block=piece.block + base, source_line=piece.source_line + field.line - 1) for piece in inner)
    clues.extend(inner_clues)


@lexicon.cached
def _glued_credits() -> re.Pattern:
    """A writers' credit a flattened text keeps between two sentences, set off by blanks only (…案件。　記者：李家傑、
    黎志偉、江寶龍 警務處處長…): a role word of data/lexicon/byline_roles.tsv, a colon and a list of names up to the
    next blank; it is put on a line of its own, where the byline rules read it."""
    words = sorted((word for word, kind in lexicon.read_rows("byline_roles.tsv", ("word", "type"))
                    if kind == "role" and len(word) >= 2 and _HAN.match(word)), key=len, reverse=True)
    name = r"[\u4e00-\u9fff·]{2,4}"
    return re.compile(rf"(?<=[。！？」”])[ \u3000]+(?P<credit>(?:{'|'.join(words)})[：:]{name}(?:[、，,]{name}){{0,5}})(?:[ \u3000]+|$)")


# The names of a desk's credit before the next label: one to six names, blanks or 、 between them.
_CREDIT_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000、，,]+[\u4e00-\u9fff·]{2,4}){0,5}[ \u3000]*")


@lexicon.cached
def _bar_credit_label() -> re.Pattern:
    """A credit's label and its bar (审核|, 编辑丨, 来源｜): a role, helper or stop word of data/lexicon/byline_roles.tsv,
    longest first, so that 执行编辑 is read whole and not as 编辑 after a name."""
    words = sorted((word for word, kind in lexicon.read_rows("byline_roles.tsv", ("word", "type"))
                    if kind in ("role", "helper", "stop") and len(word) >= 2 and _HAN.match(word)), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(words)})\s*[|｜丨]")


def _glued_bar_credits(text: str) -> str:
    """A desk's credits a flattened text runs together with no blank (…的屏障。”审核|卢长银编辑|吴锦校对|徐璐明了解…,
    a WeChat export's one-line content, fresh33 964-969; 采写丨余忠亮摄影丨吴建国制图丨余逸欣 执行编辑丨…, fresh19 622):
    where two bar credits follow each other (a label, its bar, names, the next label), each starts a line of its own,
    where the credit and source cues read it. The last keeps what follows it (nothing tells where its name ends); a
    lone label and bar (a table's 编辑|时间) starts nothing. Only white space is dropped at a cut."""
    labels = list(_bar_credit_label().finditer(text))
    cuts = sorted({at for this, after in zip(labels, labels[1:]) if _CREDIT_NAMES.fullmatch(text, this.end(), after.start())
                   for at in (this.start(), after.start())})
    lines, position = [], 0
    for at in cuts:
        lines.append(text[position:at].rstrip())
        position = at
    lines.append(text[position:])
    return "\n".join(line for line in lines if line)


def epoch_date(value: str) -> str:
    """The date in China of a Unix time (seconds or milliseconds), '' for any other value."""
    if not _EPOCH.fullmatch(value):
        return ""
    digits = value.partition(".")[0]
    seconds = int(digits) // (1000 if len(digits) == 13 else 1)
    return datetime.fromtimestamp(seconds, tz=CHINA).date().isoformat()

