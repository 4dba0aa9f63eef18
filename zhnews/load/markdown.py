"""Markdown articles (WeChat backups, html2text output, Jekyll posts) -> labelled-ready pieces.

No markdown library is used on purpose: these files are not well-formed markdown (bold runs glued
as ``****``, image URLs broken across lines, mangled entities such as ``&from;=appmsg`` inside
URLs, escaped ``javascript:void\\(0\\);`` link targets, HTML fragments). A small line-based reader
keeps exact control of what is text and where it came from:

1. Jekyll front matter gives title/date/author/outlet; the title becomes the title paragraph (a second block of
   keys right under the first, as a clipper writes its record twice, is front matter too). A
   ``#`` heading or one underlined with ``====`` (setext) is a heading, the first one the title. An
   exporter's header lines (Jina Reader's ``Title:``/``URL Source:``) give the title and are chrome.
2. A line with an unclosed ``](`` continues on the next line (a URL broken by the exporter), and so
   does link text whose ``](url)`` starts the next line.
3. html2text output is hard-wrapped at spaces: when the file shows such a wrap (a line ending in a
   Latin word and the next starting with one, ``Security\\nCopilot``), single newlines inside a
   paragraph are joined with a space. Otherwise every line is its own block, as in WeChat backups,
   unless it carries on the line above (``_wrap_glue``: a line cut mid-sentence, inside an open bold
   run or an open 《/（), or is a letter-spaced end of the sentence above (``仿 佛 从 未 停 歇 ！``).
4. Inline markup is removed in one pass per block: images become break points (so captions and
   sentences around them can be told apart), links keep their text, emphasis (``*``/``_`` runs,
   toggled, so ``****`` closes and reopens) is recorded as character spans, URLs and tags vanish,
   entities are unescaped; inline ``<script>``/``<style>`` elements are blanked first, code and all.
5. Above the article, a WeChat export's link to the account's profile (``[法度Law](javascript:void(0);)``)
   names the outlet; a line that is only that link is the account's byline line.
6. Raw HTML inside a line (a feed archiver's <p>…</p><p>…</p>) is cut into one block per block
   element, ``<br>`` and ``<hr>`` (an HTML table stays one block); ``<img>`` is an image. A line that is
   one italic run right under an image is its caption; a block that is one link (a list item of a
   menu too) is link text, as an HTML page's links are.
7. A line that is nothing but one link to a web page, its text short and ending no sentence
   (``_[以10万亿消费券重启经济](https://mp.weixin.qq.com/…)_``), is a related article's headline: chrome.
8. A forum thread copied whole keeps its first floor's post as the article (:mod:`~zhnews.load.threads`).
9. A Wiki.js tab set (a heading marked ``{.tabset}``, its tabs the smaller headings under it: B站,
   YouTube, 播客 over a page's video players, their alerts) is the page's widget down to the next heading
   as large: chrome.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from itertools import islice, takewhile
from pathlib import Path

from zhnews import lexicon
from zhnews.load import threads
from zhnews.load.outlets import outlet_of_url
from zhnews.load.pieces import IMAGE, Clue, Piece, block_pieces, date_in_url, header_field, iso_date, leading_fields, next_block, squeeze
from zhnews.load.roles import HEADING_CHARS, is_report_section
from zhnews.text import SENTENCE_END

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)\s*$")
_UNCLOSED_TARGET = re.compile(r"\]\((?:\\.|[^)\\\n])*$")
_UNCLOSED_TEXT = re.compile(r"\[[^\]\n]*$")  # link text whose "](url)" is on the next line
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
# A thematic break, also a setext underline (====) under a heading or an escaped one (\====): markup.
_RULE = re.compile(r"^\s*\\?([-*_=])(?:\s*\\?\1){2,}\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:={2,}|-{2,})\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_BULLET = re.compile(r"^\s*[-*+]\s+")  # an ordered item keeps its number: "1." is part of what it says
_FLANKED = re.compile(r"^\s*([-*+])\s+\S.{0,20}\s\1\s*$")  # "- END -": a decoration, not a list item
# A heading with Pandoc/Wiki.js attributes opening a tab set (# Tabs {.tabset}): its tabs (video players, alerts)
# up to the next heading of its level are the page's furniture.
_TAB_SET = re.compile(r"^\s{0,3}(#{1,6})\s.*\{[^}]*\.tabset\b[^}]*\}\s*$")
_WRITTEN_DAY = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}(?=[T ]\d)")
_FRONT_FIELDS = ("title", "publish_date", "author", "outlet")
# A YAML block scalar's indicator (|, >, with a chomping sign or an indentation digit): the value is on the lines under it.
_BLOCK_SCALAR = re.compile(r"[|>][-+]?[1-9]?[-+]?")
# A front matter's one category ([ Matters ], or Matters) and the host of its from: address (a repost bot's source).
_SINGLE_CATEGORY = re.compile(r"\[?\s*([^\[\],]+?)\s*\]?")
_FROM_HOST = re.compile(r"[\"']?https?://(?:www\.)?([a-z0-9.-]+)", re.I)
# Header lines of markdown exporters (Jina Reader: Title:, URL Source:, Published Time:, Markdown Content:).
_HEADER_FIELD = re.compile(r"^(Title|URL Source|Published Time|Markdown Content|Description|Author|Source)\s*:\s*(.*)$", re.I)
_QUOTE = re.compile(r"^\s*>\s?")
# A line that is one link to a web page and nothing else (emphasis marks aside): a related article.
_LINK_LINE = re.compile(r"^[\s*_]*\[(?!!\[)[^\[\]]+\]\(\s*https?://(?:\\.|[^)\\])*\)[\s*_]*$")
# A block that is one link and nothing else, perhaps a list item or a heading (- [移动互联网](https://…)).
_WHOLE_LINK = re.compile(r"^\s*(?:>\s*)?(?:[-*+]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)?[*_]*\[(?!!\[)[^\[\]]+\]\(\s*(?:https?:)?//(?:\\.|[^)\\])*\)[*_]*\s*$")
# A WeChat export's link to the account's profile, a script link with no address ([法度Law](javascript:void(0);)):
# above the article it names the account, the outlet.
# The writer's display name before the account's link on WeChat's header line is at most this long.
ACCOUNT_WRITER_CHARS = 20
_ACCOUNT_LINK = re.compile(r"\[\s*([^\[\]\n]{2,30}?)\s*\]\(javascript:void\\?\(0\\?\);?\)")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_BLOCK_START = re.compile(r"^\s*(?:#|>|[-*+]\s|\d{1,3}[.)]\s|\|)")
_EMPHASIS_MARK = re.compile(r"\*\*|__")
_WRAP_EVIDENCE = re.compile(r"[A-Za-z0-9]\n[A-Za-z]")
# Characters that cannot open a paragraph: a line starting with one carries on the line above.
_NEVER_STARTS = frozenset("，。、；：？！）」』”’》,;:)%％")
_UNIT_STARTS = frozenset("%％‰")
# Three or more Han characters each followed by a space (also a no-break or ideographic one), then an
# optional closing mark: 仿 佛 从 未 停 歇 ！
_LETTER_SPACED = re.compile(r"^\s*(?:[\u4e00-\u9fff][ \u00a0\u3000]+){3,}[\u4e00-\u9fff]?\s*[。！？!?…]*\s*$")
_CLAUSE_MARKS = frozenset("，、,")
_CAPTION_MARKS = ("▲", "△")
_BRACKET_PAIRS = (("《", "》"), ("（", "）"))
_ENDS_A_LINE = frozenset(SENTENCE_END + "…”’」』）)】》：:；;")
_HAN = re.compile(r"[\u3400-\u9fff]")
# A line that is one italic run (*…* or _…_, not bold), and how long such a line under a picture may be
# to be its caption.
_ITALIC_LINE = re.compile(r"^\s*([*_])(?![*_\s])[^*_\n]+(?<![*_\s])\1\s*$")
ITALIC_CAPTION_CHARS = 80
# A second-level (or deeper) heading after this many blocks of running text is a section's heading,
# not the headline: a quoted source line may stand above a headline, a paragraph of sentences does not.
SENTENCES_BEFORE_SECTION = 1
# A line at least this long ending in a digit, followed by a unit, was cut inside a number (a short
# line such as a year heading "2024" is not).
NUMBER_LINE_CHARS = 10
# A line at least this long that stops mid-sentence was wrapped by the exporter.
WRAPPED_LINE_CHARS = 25
# Two ideographic spaces open a paragraph in Chinese typesetting; a wrapped line never starts so.
PARAGRAPH_INDENT = "\u3000\u3000"

# A link's target may hold one pair of brackets ([法度Law](javascript:void(0);), a wiki address): the
# target ends at the bracket that closes it, not at the first one.
_TARGET = r"\((?:\\.|[^()\\\n]|\([^()\n]*\))*\)"
_IMAGE_MARKUP = re.compile(r"!\[[^\]\n]*\]" + _TARGET)
_LINK_MARKUP = re.compile(r"\[([^\[\]]*)\]" + _TARGET)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
# A wiki link, as Obsidian vaults and MediaWiki-style exports write it: [[目标]], [[目标|显示文字]], [[zh:大纪元]]
# (an interlanguage or namespace prefix before the colon); what it shows is the alias, else the target without its
# prefix.
# A bare address holding markdown escapes (\\_ \\- \\.) up to its end.
_ESCAPED_URL = re.compile(r"https?://[^\s()<>\[\]]*\\[_\-.~*][^\s()<>\[\]]*")
# A code block's opening or closing fence on its own line, with the code's language after an opening one.
_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*[\w+#.-]*[ \t]*$", re.M)
# Pandoc's markdown (a WeChat post converted by pandoc, fresh37 1049, 1050, 1052): attributes in braces after a bracketed
# span, a link or an image, or closing a heading ([文字]{leaf=""}, ## 小标题 {#id style="font-size: 22px;…"}, {.class});
# a span's brackets around its text; a fenced div's marker line (::: section, :::, ::: {.note}), in a list item too. All markup, never text:
# the CSS words of a style attribute would otherwise be read as the article's (border-bottom, font-size).
_ATTRIBUTE = r"(?:[#.][^\s{}#.=][^\s{}=]*|[A-Za-z_][\w:.-]*=(?:\"[^\"]*\"|'[^']*'|[^\s{}\"']+))"
_ATTRIBUTES = rf"\{{[ \t]*{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*[ \t]*\}}"
_SPAN = re.compile(rf"(?<!!)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]{_ATTRIBUTES}")
_ATTRIBUTES_AFTER_LINK = re.compile(rf"(?<=[)\]]){_ATTRIBUTES}")
_HEADING_ATTRIBUTES = re.compile(rf"^([ \t]{{0,3}}#{{1,6}}[ \t].*?)[ \t]*{_ATTRIBUTES}[ \t]*$", re.M)
_DIV_FENCE = re.compile(r"^([ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?):{3,}[ \t]*(?:\{[^{}\n]*\}|[A-Za-z][\w-]*)?[ \t]*:*[ \t]*$", re.M)
# The same marker filling a cell of a grid table (| ::: section     | :::             |): pandoc writes a table cell's
# blocks inside the cell, so a div there is fenced there (fresh37 1050, a table of four cases). Blanked to spaces, so
# the table's columns stay aligned.
_DIV_FENCE_CELL = re.compile(r"(?<=\|)[ \t]*:{3,}[ \t]*(?:\{[^{}\n|]*\}|[A-Za-z][\w-]*)?[ \t]*(?=\|)")
_WIKILINK = re.compile(r"\[\[(?:[A-Za-z][\w-]{0,15}:)?([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")
# A heading that is only a link to a page of the same site (a relative address: ###  [:house:返回](README.md)), a
# mirror's way back to its index: navigation, never the article's headline.
_NAV_HEADING = re.compile(r"^[*_\s]*\[[^\[\]]+\]\(\s*(?!https?:|//|mailto:)[^)\s]*\)[*_\s]*$")
# A line that is a time stamp and a link to where the text was taken from (`4/2/2024 12:34 PM UTC ` [轉載自GNews](https://…),
# a mirror's dateline, perhaps with a place after the time): the page's furniture, not the article's first sentence.
_STAMPED_LINK_LINE = re.compile(r"^[\s`*_]*\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?"
                                r"(?:\s*[AaPp][Mm])?(?:\s*(?:UTC|GMT|CST)[+-]?\d{0,2})?[^\[\]。！？!?，,]{0,20}?[\s`*_]*"
                                r"\[(?!!\[)[^\[\]]+\]\(\s*https?://(?:\\.|[^)\\])*\)[\s*_]*$")
URL = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+")
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>|<!--.*?-->")
# Raw HTML inside a markdown file (a feed archiver writes a WordPress post's body as one line of
# <p>…</p><p>…</p>): a block element's start or end, or a line break, ends a block there, as in a
# browser; an <img> is an image.
_HTML_BREAK = re.compile(r"</?(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|figure|hr|br)\b[^>\n]*>", re.I)
_HTML_BREAK_AT_END = re.compile(r"</?(?:p|div|section|article|h[1-6]|li|ul|ol|blockquote|figure|hr|br)\b[^>\n]*>\s*$", re.I)
_HTML_PARAGRAPH_OPEN = re.compile(r"<(?:p|h[1-6])\b[^>\n]*>", re.I)
_HTML_PARAGRAPH_CLOSE = re.compile(r"</(?:p|h[1-6])\s*>", re.I)
_HTML_TABLE = re.compile(r"<t[dhr][\s>]|<table", re.I)
# The wrapper a feed archiver writes around an entry's content: a Python list of one dict whose 'value' is the text.
_FEED_VALUE_OPEN = re.compile(r"^\[\{'type': '[^']*',.*?'value': '")
_FEED_VALUE_CLOSE = re.compile(r"'\}\]\s*$")
_HTML_IMAGE = re.compile(r"<img\b[^>\n]*>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>&])")
_EMPHASIS = re.compile(r"\*+|_+|~~")
_HIDDEN = {"*": "\ue001", "_": "\ue002", "~": "\ue003"}  # private-use stand-ins (decode removes real ones)
_SHOWN = {hidden: ch for ch, hidden in _HIDDEN.items()}


NAME = "markdown"
SUFFIXES = frozenset({".md", ".markdown"})
# Bold's opening ** is a sign; asterisks that mask characters in a plain text are not (闽D/**308, 138****1234, 张**，:
# a plate, a phone number, a name a news corpus hid): glued to a Latin letter, a digit, a slash or another asterisk,
# or followed by punctuation. Hugo's front matter opening the file is one too: +++, or a lone { over a "key": line.
_SIGNS = re.compile(r"^#{1,6}\s|!\[[^\]]*\]\(|\]\([^)\s]+\)|(?<![A-Za-z0-9/*])\*\*(?=[^\s*，。、；：！？,.;:!?（）()])|^>\s|^---\s*$"
                    r"|^\s*[-*+]\s\S|\A\s*(?:\+\+\+|\{[ \t]*\n\s*\"[^\"\n]+\"\s*:)", re.M)


def sniff(text: str, name: str) -> bool:
    """Two signs of markdown syntax, or one in a file named .md."""
    # Counted only up to two, which is all the answer needs (a long page's search stops at its second sign).
    signs = sum(1 for _ in islice(_SIGNS.finditer(text, 0, 200000), 2))
    return signs >= 2 or (signs > 0 and Path(name).suffix.lower() in SUFFIXES)


def parse(text: str) -> tuple[list[Piece], list[Clue]]:
    """Pieces in reading order and the meta clues the markup states (front matter, exporter header)."""
    marked = _without_fences(_without_scripts(text))
    lines = _without_pandoc_markup(marked).split("\n")
    front, body_start = _front_matter(lines)
    clues = [Clue(key, front[key], f"front matter {front[key + '_key']}:") for key in _FRONT_FIELDS if front.get(key)]
    # The article's own address (origin_url: https://www.huxiu.com/article/…, sourceUrl:, from:): its site, a weak
    # outlet clue for a post whose text names no outlet, when data/lexicon/outlets.tsv knows the domain.
    site = next(((key, address, site) for key, address in front.get("addresses", ()) if (site := outlet_of_url(address))), None)
    if site:
        clues.append(Clue("outlet", site[2], f"front matter {site[0]}: {site[1][:60]}", "page"))
    account = _account_in_author(front)
    if account:
        clues.append(Clue("outlet", account, f"front matter {front['author_key']}: of a WeChat post or a repost (the account, no writer)"))
    pieces: list[Piece] = []
    if front.get("title"):
        pieces.append(Piece(front["title"], front["title_line"], 0).labelled("title", "headline", "front matter title"))
    body_start = _exporter_header(lines, body_start, pieces, clues)
    blocks = _blocks(lines, body_start)
    _add_block_pieces(blocks, pieces, clues)
    _label_tab_sets(pieces, marked.split("\n"))  # a tab set is told by its heading's attributes
    threads.label_floors(pieces, lines)
    return pieces, clues


def _account_in_author(front: dict) -> str | None:
    """The account a WeChat post's clipper writes as ``author:`` (author: "极客之家" over the text's 公众号: 极客之家,
    fresh4 121; author: "无痕哥", fresh20 642; "HiDream智象未来", 640): when the front matter gives the post's address on
    mp.weixin.qq.com, an author: that is no person's name names the account, the outlet (and so no writer). A person's
    name (诺亚·霍利, fresh3 107; 王兆洋) is the writer, as WeChat's own author field holds it. A repost bot's author: is
    the platform account that posted (:func:`_repost_site`): one that is no person's name (中國勞動透視, an NGO; Movistory
    HK, a channel; C计划, fresh29 880, 885, 884) is the account too, where 翁婉瑩 (882) is the writer."""
    author = front.get("author", "").strip()
    # The address under url: (640-642), or under source: (121), a key that otherwise names the outlet.
    addresses = [address for _, address in front.get("addresses", ())] + [front.get("outlet", "")]
    on_wechat = any(_WECHAT_POST.match(address) for address in addresses)
    return author if (on_wechat or front.get("reposted")) and author and not _reads_as_person(author) else None


_WECHAT_POST = re.compile(r"\s*(?:https?:)?//mp\.weixin\.qq\.com/", re.I)
# A person's name as a clipper writes it: a transliterated one (诺亚·霍利), a Latin one (David Sanger), or Han names with
# a common surname (王兆洋; 张三、李四).
_TRANSLITERATED = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:[·・•‧][\u4e00-\u9fff]{1,8})+$")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ .-]+[A-Z][a-z]*\.?)+$")
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _reads_as_person(value: str) -> bool:
    """Whether an author: value reads as people's names (诺亚·霍利, 王兆洋, 张三、李四), not an account's (无痕哥, 极客之家)."""
    from zhnews.load.meta import has_surname

    names = [name for name in re.split(r"[、,，;；/\s]+", value) if name] if not _LATIN_NAME.match(value) else [value]
    return bool(names) and all(
        _TRANSLITERATED.match(name) or _LATIN_NAME.match(name) or (_HAN_NAME.match(name) and has_surname(name))
        for name in names)


def _label_tab_sets(pieces: list[Piece], lines: list[str]) -> None:
    """The pieces of a tab set (``# Tabs {.tabset}`` and its tabs, up to the next heading of its level) are chrome."""
    for number, line in enumerate(lines, start=1):
        tab_set = _TAB_SET.match(line)
        if not tab_set:
            continue
        level = len(tab_set.group(1))
        end = next((i for i in range(number, len(lines)) if (heading := _HEADING.match(lines[i])) and len(heading.group(1)) <= level),
                   len(lines))
        for index, piece in enumerate(pieces):
            if not piece.role and number <= piece.source_line <= end:
                pieces[index] = piece.labelled("boilerplate", "tabs", "inside a tab set (# … {.tabset}): the page's players and notes")


def _exporter_header(lines: list[str], start: int, pieces: list[Piece], clues: list[Clue]) -> int:
    """``Title: …`` / ``URL Source: …`` / ``Markdown Content:`` lines an exporter (Jina Reader) puts on
    top: the title and date become clues, the address's site a weak outlet clue, every header line is page chrome. Returns the body start."""
    fields, body_start = leading_fields(lines, start, _HEADER_FIELD)
    for index, line, found in fields:
        label, value = found.group(1), found.group(2).strip()
        block = next_block(pieces)
        if label.lower() == "title" and value:
            clues.append(Clue("title", value, f"exporter header {label}:"))
            pieces.append(Piece(line, index, block).labelled("title", "headline", f"exporter header {label}:"))
            continue
        if label.lower().startswith("published") and iso_date(value):
            clues.append(Clue("publish_date", value, f"exporter header {label}:"))
        if label.lower() == "url source" and (site := outlet_of_url(value)):
            # The page's site, for an article whose text names no outlet (data/lexicon/outlets.tsv).
            clues.append(Clue("outlet", site, f"exporter header {label}: {value[:60]}", "page"))
        shown = html.unescape(URL.sub("", line)).strip()
        if shown:
            pieces.append(Piece(shown, index, block).labelled("boilerplate", "metadata", f"exporter header {label}:"))
    return body_start


def reference_content(text: str) -> str:
    """The article's content by a plain regex pass, for the coverage check (no line logic)."""
    lines = _without_pandoc_markup(_without_fences(_without_scripts(text))).split("\n")
    front, body_start = _front_matter(lines)
    body = "\n".join(lines[body_start:])
    body = _WIKILINK.sub(_wikilink_shown, _IMAGE_MARKUP.sub(" ", body))
    # A link target may be broken across lines, but not across a blank line: an unclosed one
    # ([标题](https://…~~ and no ")") must not swallow the paragraphs up to the next ")".
    # Like the reader, a target may hold one pair of brackets (…/S1364-6613/(23/…)00099-2).
    body = re.sub(r"\]\((?:\\.|[^()\\\n]|\([^()\n]*\)|\n(?![ \t]*\n))*\)", "]", body)
    body = URL.sub(" ", _AUTOLINK.sub(" ", _urls_unescaped(body)))
    body = html.unescape(_TAG.sub(" ", body))
    return front.get("title", "") + "\n" + body


def _without_pandoc_markup(text: str) -> str:
    """The text without Pandoc's attributes, span brackets and fenced div markers (_SPAN, _DIV_FENCE, _DIV_FENCE_CELL
    above), every newline kept so line numbers hold; a span's text stays where it stood."""
    text = _DIV_FENCE.sub(r"\1", text)  # a list item opening a div (1.  ::: section) keeps its marker
    text = _DIV_FENCE_CELL.sub(lambda fence: " " * len(fence.group()), text)
    text = _HEADING_ATTRIBUTES.sub(r"\1", text)
    previous = None
    while previous != text:  # spans inside spans: [[加粗]{.b} 文字]{leaf=""}
        previous, text = text, _SPAN.sub(r"\1", text)
    return _ATTRIBUTES_AFTER_LINK.sub("", text)


def _without_fences(text: str) -> str:
    """The text with the fence lines of its code blocks blank (```markdown ⏎ 我断线了么？… ⏎ ```, an X article's
    prompt): the code is a block of its own between them, not text glued to the backticks and the language name."""
    return _FENCE.sub("", text)


def _without_scripts(text: str) -> str:
    """The text with every inline ``<script>``/``<style>`` element blanked, its newlines kept (so line
    numbers hold): a page saved as markdown keeps them (document.write of the title), and their code
    is never text of the article."""
    return _SCRIPT.sub(lambda found: "\n" * found.group().count("\n"), text)


# YAML's escapes inside a double-quoted scalar ("他说：\\"好\\"" is 他说："好").
_YAML_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
_YAML_TAG = re.compile(r"^!!?[\w/.:-]+\s+")
_YAML_ESCAPED_CHARS = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f", "e": "\x1b",
                       "_": "\u00a0", "N": "\u0085", "L": "\u2028", "P": "\u2029"}


def _block_scalar(following: list[str]) -> str:
    """The value of a YAML block scalar (title: | or title: >, its text on the indented lines under the key, as an
    Omnivore export writes every field, fresh16 510, 511): those lines joined by a space (a headline of one line is
    that line)."""
    taken = []
    for line in following:
        if line.strip() and not line[:1].isspace():
            break  # the next key
        taken.append(line.strip())
    return " ".join(part for part in taken if part)


# A YAML sequence's item on a line of its own under its key (authors:⏎  - 张三⏎  - 李四).
_SEQUENCE_ITEM = re.compile(r"^\s*-\s+(.+?)\s*$")
# An Obsidian property's value written as a link to a note ("[[王兆洋]]", "[[people/王兆洋|王兆洋]]"): the name it shows.
_WIKI_LINK = re.compile(r"^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$")


def _sequence(value: str, following: list[str]) -> list[str] | None:
    """The items of a YAML sequence written as a key's value: in flow style ([张三, '李四']) or in block style, one
    ``- item`` a line under an empty value (Hugo's and Docusaurus's authors:; the Obsidian web clipper's author:), each
    link to a note ([[王兆洋]]) read as the name it shows; None for any other value."""
    if _WIKI_LINK.match(value):
        return [_WIKI_LINK.sub(r"\1", value)]
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]":
        items = [_scalar(item.strip()) for item in value[1:-1].split(",") if item.strip()]
    elif value:
        return None
    else:
        items = [_scalar(_SEQUENCE_ITEM.match(line).group(1)) for line in takewhile(_SEQUENCE_ITEM.match, following)]
    return [_WIKI_LINK.sub(r"\1", item) for item in items] or None


def _scalar(value: str) -> str:
    """A front-matter value as YAML reads it: a type tag dropped (a Python archiver writes
    !!python/unicode 'worldofboss'), quotes removed, escapes of a "…" value resolved."""
    value = _YAML_TAG.sub("", value)
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _YAML_ESCAPE.sub(
            lambda m: chr(int(m[1][1:], 16)) if len(m[1]) > 1 else _YAML_ESCAPED_CHARS.get(m[1], m[1]), value[1:-1]
        )
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


@lexicon.cached
def _front_keys() -> dict[str, tuple[str, bool]]:
    """front-matter key (lower case) -> (meta field, whether it wins over an earlier key of its field):
    data/lexicon/front_matter_keys.tsv (WeChat exporters and archivers name the account and date in several ways)."""
    rows = lexicon.read_rows("front_matter_keys.tsv", ("key", "field", "overrides"))
    return {key.lower(): (field, overrides == "yes") for key, field, overrides in rows}


def _front_matter(lines: list[str]) -> tuple[dict, int]:
    """Jekyll/Hugo/Hexo/Astro front matter as a dict (title, publish_date, author, outlet; each with the key it
    was written under, and title_line; addresses: the (key, value) of each key naming the article's address)
    and the body start: YAML between --- lines, or TOML between +++ lines (Hugo's own default)."""
    # A bot that writes its posts may put blank lines before the opening --- (a Hexo feed, fresh19 632, 633).
    opening = next((index for index, line in enumerate(lines) if line.strip()), 0)
    if lines and lines[opening].strip() in _TABLE_FRONT_MATTER:
        return _table_front_matter(lines, opening)
    if not lines or lines[opening].strip() != "---":
        return {}, 0
    end = _front_matter_end(lines, opening)
    if end is None:
        return {}, 0
    blocks = [(opening, end)]
    # A clipper that writes its record twice (a wechat-monitor's empty publish_date: "", then a block with the post's
    # publish_date: "2025-12-26 10:00:00", fresh20 640, 641): a second block of keys right under the first is front
    # matter too, never text; its values fill the fields the first left empty.
    while (following := next((index for index in range(blocks[-1][1] + 1, len(lines)) if lines[index].strip()), None)) is not None \
            and lines[following].strip() == "---" and (later := _front_matter_end(lines, following)) is not None \
            and _only_front_keys(lines[following + 1:later]):
        blocks.append((following, later))
    front = {}
    for opening, end in blocks:
        _read_front_block(lines, opening, end, front)
    _repost_site([line for opening, end in blocks for line in lines[opening + 1:end]], front)
    if front.get("made_on") and front.get("publish_date") and iso_date(front["publish_date"]) > iso_date(front["made_on"]):
        # published: 2025-07-11 over created: 2025-05-16 (Obsidian's clipper, fresh10 360, 361): no article is
        # published after the day its page was clipped, so the header the page shows dates it instead.
        del front["publish_date"], front["publish_date_key"]
    return front, blocks[-1][1] + 1


def _front_matter_end(lines: list[str], opening: int) -> int | None:
    """The line closing the front-matter block opened at ``opening`` (--- or ...), None when none does within 80 lines."""
    return next((end for end in range(opening + 1, min(len(lines), opening + 80)) if _FRONT_MATTER_END.match(lines[end])), None)


_YAML_KEY_LINE = re.compile(r"^[A-Za-z_][\w-]*\s*:(?:\s|$)")


def _only_front_keys(block: list[str]) -> bool:
    """Whether lines between two --- are a front-matter block: each a ``key: value`` line (or a value's indented or
    listed continuation), one key at least naming a meta field of data/lexicon/front_matter_keys.tsv. A thematic break
    above and below a paragraph of text is not one."""
    keys = [line.partition(":")[0].strip().lower() for line in block if _YAML_KEY_LINE.match(line)]
    return bool(keys) and any(key in _front_keys() for key in keys) \
        and all(not line.strip() or _YAML_KEY_LINE.match(line) or line[:1].isspace() or line.lstrip().startswith("- ") for line in block)


def _read_front_block(lines: list[str], opening: int, end: int, front: dict) -> None:
    """The meta fields of the YAML block between ``opening`` and ``end`` into ``front`` (:func:`_take_front_field`)."""
    for number, line in enumerate(lines[opening + 1:end], start=opening + 2):
        key, sep, value = line.partition(":")
        if not sep:
            continue
        value = _block_scalar(lines[number:end]) if _BLOCK_SCALAR.fullmatch(value.strip()) else _scalar(value.strip())
        field, _ = _front_keys().get(key.strip().lower(), (None, False))
        if field in ("author", "outlet") and (items := _sequence(value, lines[number:end])):
            value = "、".join(items)  # authors: [张三, 李四]: a list of writers is one byline
        _take_front_field(front, key.strip(), value, number)


def _take_front_field(front: dict, key: str, value: str, number: int) -> None:
    """One front-matter key's value (written on line ``number``) into ``front`` under the meta field its key names: a
    field already set stays, unless its key overrides (data/lexicon/front_matter_keys.tsv); an empty value sets nothing."""
    field, overrides = _front_keys().get(key.lower(), (None, False))
    if value and field == "address":
        front.setdefault("addresses", []).append((key, value))
        return
    if not value or not field or (field in front and not overrides):
        return
    if field in ("publish_date", "made_on") and not iso_date(value):
        return
    if field in ("publish_date", "made_on") and (day := _WRITTEN_DAY.match(value)):
        # The day as written: an archiver stamps its own clock in UTC (2025-11-19T17:13:08+00:00), and
        # moving that to China's next day names a date that neither the article nor the archive shows.
        value = day.group()
    front[field], front[field + "_key"] = value, key
    if field == "title":
        front["title_line"] = number


# A TOML key line (title = '…', "author" = "…"), a JSON one ("title": "…") and a TOML table's header ([params]).
_TOML_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
_JSON_KEY_LINE = re.compile(r"""^\s*"([^"]+)"\s*:""")
_TOML_TABLE = re.compile(r"^\s*\[")


def _toml_table(block: list[str]) -> dict | None:
    """The top-level keys of a TOML block (a table such as [params] holds the theme's settings, not the post's); a
    block TOML cannot read as a whole (a hand-written slip on one line) is read line by line, each line that reads
    alone. None when no line reads."""
    top_level = list(takewhile(lambda line: not _TOML_TABLE.match(line), block))
    try:
        return tomllib.loads("\n".join(top_level))
    except tomllib.TOMLDecodeError:
        table = {key: value for line in top_level if (alone := _toml_line(line)) for key, value in alone.items()}
        return table or None


def _toml_line(line: str) -> dict | None:
    """One TOML line read alone, None when it does not read."""
    try:
        return tomllib.loads(line)
    except tomllib.TOMLDecodeError:
        return None


def _json_table(block: list[str]) -> dict | None:
    """A JSON object's keys, None when the block is no JSON object."""
    try:
        table = json.loads("\n".join(["{", *block, "}"]))
    except ValueError:
        return None
    return table if isinstance(table, dict) else None


# Front matter that a table language writes (Hugo's TOML between +++ lines, Hugo's JSON object between a lone { and
# a lone }): its opening line -> (its closing line, the reader of the lines between, the shape of a key's line).
_TABLE_FRONT_MATTER = {"+++": ("+++", _toml_table, _TOML_KEY_LINE), "{": ("}", _json_table, _JSON_KEY_LINE)}


def _table_front_matter(lines: list[str], opening: int) -> tuple[dict, int]:
    """Hugo's front matter in TOML (+++ / title = '…' / date = 2025-03-01T12:43:34+08:00 / +++, fresh23 740-742, the
    default of ``hugo new``) or JSON ({ / "title": "…", / }): the same fields as a YAML block; every line of it is front
    matter, never text. No closing line within 80 lines, or a block its language cannot read: no front matter (a
    paragraph that opens with a brace is text)."""
    closing, read, key_line = _TABLE_FRONT_MATTER[lines[opening].strip()]
    end = next((index for index in range(opening + 1, min(len(lines), opening + 80)) if lines[index].rstrip() == closing), None)
    table = read(lines[opening + 1:end]) if end is not None else None
    if table is None:
        return {}, 0
    numbers = {next(name for name in found.groups() if name): number
               for number, line in enumerate(lines[opening + 1:end], start=opening + 2) if (found := key_line.match(line))}
    front: dict = {}
    for key, value in table.items():
        if not isinstance(value, dict):
            _take_front_field(front, key, _front_value_text(value), numbers.get(key, opening + 2))
    return front, end + 1


def _front_value_text(value) -> str:
    """A TOML or JSON value as front-matter text: an array's items joined by 、 (authors = ["张三", "李四"] is one
    byline), no value (JSON null) none. A TOML date or time is its str() (2024-05-06, 2025-03-01 12:43:34+08:00): a
    date field keeps only the day (_WRITTEN_DAY reads a space as it reads a T)."""
    if isinstance(value, list):
        return "、".join(_front_value_text(item) for item in value)
    return "" if value is None else str(value)


def _repost_site(header: list[str], front: dict) -> None:
    """A repost bot's post names the site it copied from twice: its one category and the host of its ``from:`` address
    (categories: [ Nei.st ] / from: https://nei.st/medium/ft/…; [ Matters ] / https://matters.news/@az/…, fresh15 500,
    501): that category is the outlet, and an author: that repeats it is the site, not a writer."""
    values = {key.strip().lower(): value.strip() for key, sep, value in (line.partition(":") for line in header) if sep}
    category = _SINGLE_CATEGORY.fullmatch(values.get("categories", ""))
    host = _FROM_HOST.match(values.get("from", ""))
    if not category or not host:
        return
    name = category.group(1).strip()
    letters = re.sub(r"[^a-z]", "", name.lower())
    labels = host.group(1).lower().split(".")
    if len(letters) < 2 or letters not in (labels[0], "".join(labels)):
        return
    if front.get("author") == name:
        del front["author"], front["author_key"]
    if not front.get("outlet"):
        front["outlet"], front["outlet_key"] = name, "categories"
    front["reposted"] = True


def _blocks(lines: list[str], start: int) -> list[tuple[int, str]]:
    """(1-based line, raw text) per block: broken URLs rejoined, hard wraps undone."""
    joined: list[tuple[int, str]] = []
    index = start
    while index < len(lines):
        number, line = index + 1, lines[index]
        while index + 1 < len(lines) and (
                _UNCLOSED_TARGET.search(line) or (_UNCLOSED_TEXT.search(line) and lines[index + 1].startswith("]("))):
            index += 1
            line += lines[index]
        while index + 1 < len(lines) and _html_paragraph_open(line) and _inside_html_paragraph(lines[index + 1]) \
                and not _indented_paragraph(lines[index + 1]):
            index += 1
            line = _html_join(line, lines[index])
        for part in _feed_wrapper_parts(line):
            joined.extend(_html_blocks(number, part))
        index += 1
    latin_wraps = bool(_WRAP_EVIDENCE.search("\n".join(line for _, line in joined)))
    written = [line for _, line in joined if line.strip()]
    breaks_everywhere = len(written) >= 2 and all(line.endswith("  ") for line in written)
    blocks: list[tuple[int, str]] = []
    for number, line in joined:
        prev = blocks[-1][1] if blocks else ""
        glue = _wrap_glue(prev, line, latin_wraps, breaks_everywhere)
        if glue is None and _carries_on_spaced(blocks, line):
            while not blocks[-1][1].strip():
                blocks.pop()
            blocks[-1] = (blocks[-1][0], blocks[-1][1].rstrip() + line.strip())
            continue
        if glue is None:
            blocks.append((number, line))
        else:
            # The line's own explicit break (two trailing spaces) still ends the joined line.
            blocks[-1] = (blocks[-1][0], prev.rstrip() + glue + line.strip() + ("  " if line.endswith("  ") else ""))
    return blocks


def _indented_paragraph(line: str) -> bool:
    """A line opened by a Chinese paragraph's indent (after the file's own ASCII indentation): a paragraph of its
    own, even inside a pretty-printed HTML paragraph, where a browser keeps the ideographic spaces (they are no
    whitespace it collapses) and a reader sees a paragraph start."""
    return line.lstrip(" \t").startswith(PARAGRAPH_INDENT)


def _html_paragraph_open(line: str) -> bool:
    """A line that opens an HTML paragraph (<p …> or <h2>) and does not close it: pretty-printed HTML
    (a WeChat archiver's export) sets each inline element of the paragraph on lines of its own."""
    return len(_HTML_PARAGRAPH_OPEN.findall(line)) > len(_HTML_PARAGRAPH_CLOSE.findall(line))


def _inside_html_paragraph(line: str) -> bool:
    """A line that still belongs to an open HTML paragraph: not blank (a blank line ends an HTML block in
    markdown) and opening no other block element (one is never inside a paragraph); <br> and the
    paragraph's own end tag are inside."""
    if not line.strip():
        return False
    return all(re.match(r"</?(?:p|h[1-6])\b|<br\b", tag.group(), re.I) and not _HTML_PARAGRAPH_OPEN.match(tag.group())
               for tag in _HTML_BREAK.finditer(line))


def _html_join(line: str, more: str) -> str:
    """The next line of an HTML paragraph glued on as a browser shows it: the indentation and the
    newline collapse to nothing between Han text (著名的 / <strong> / 虚假特异功能大师), to one space
    between two Latin words."""
    before, after = _TAG.sub("", line).rstrip(), _TAG.sub("", more).lstrip()
    gap = _word_gap(before, after) if before and after else ""
    return line.rstrip() + gap + more.strip()


def _feed_wrapper_parts(line: str) -> list[str]:
    """A line with the wrapper a feed archiver dumps around an entry's content ([{'type': 'text/html', …,
    'value': '作者：鲁莱 … 更严重？」'}]) as parts with blank ones between: the wrapper is a block of its own,
    not glued to the article's first or last line."""
    opening = _FEED_VALUE_OPEN.match(line)
    closing = _FEED_VALUE_CLOSE.search(line, opening.end() if opening else 0)
    if not opening and not closing:
        return [line]
    start, end = opening.end() if opening else 0, closing.start() if closing else len(line)
    parts: list[str] = []
    for part in (line[:start], line[start:end], line[end:]):
        parts += [part, ""] if part.strip() else []
    return parts[:-1]


def _html_blocks(number: int, line: str) -> list[tuple[int, str]]:
    """A line holding raw HTML block elements (<p>…</p><p>…</p>) as one block per element, blank
    lines between them so that none is glued to the next; any other line, and an HTML table (read
    as one, row by row), as it is."""
    parts = [part for part in _HTML_BREAK.split(line) if part.strip()]
    if _HTML_TABLE.search(line):
        return [(number, line)]
    if len(parts) < 2:
        # One element a line (<p>…#</p> above <p>责任编辑：高静</p>): a line that closes a block element is
        # the block's end, as in a browser, not a hard wrap to undo.
        return [(number, line), (number, "")] if _HTML_BREAK_AT_END.search(line) else [(number, line)]
    blocks = []
    for part in parts:
        blocks += [(number, part), (number, "")]
    return blocks[:-1]


def _carries_on_spaced(blocks: list[tuple[int, str]], line: str) -> bool:
    """A letter-spaced line (仿 佛 从 未 停 歇 ！, a WeChat designer's emphasis) set as its own paragraph
    below a line that stops mid-sentence (人类在追求「延长寿命」的路上) ends that sentence."""
    if not _LETTER_SPACED.match(line):
        return False
    above = next((text for _, text in reversed(blocks) if text.strip()), "")
    before = _inline(above)[0].rstrip() if above else ""
    return bool(before) and _HAN.match(before[-1]) is not None and not _HEADING.match(above) \
        and not _BLOCK_START.match(above)


def _wrap_glue(prev: str, line: str, latin_wraps: bool, breaks_everywhere: bool = False):
    """What joins ``line`` to the line above when it carries on the same paragraph, else None.

    Lines with no blank line between them carry on when the file shows html2text's wraps at spaces
    (joined with a space), and in any file when the new line cannot start a paragraph (``。``, ``，``,
    a closing quote), when a number is cut from its unit (``530,900`` / ``万元``), or when a long line
    stops mid-sentence (no sentence end, colon or closing mark; a bold run still open at its end, or
    closed after a comma) and the next is plain text, or when a line leaves a 《 or （ open. Two
    trailing spaces are markdown's explicit line break and end the line, unless the exporter wrote them
    after every line of the file (``breaks_everywhere``, a WeChat archiver's export): then they mark
    nothing, the blank lines alone part its paragraphs, and plain lines with none between are one
    paragraph (告诉《正在新闻》 / ，该员工名为倪某…, 倪某表示知道该 / UP主 / 家庭地址…).
    """
    if not prev.strip() or not line.strip() or (prev.endswith("  ") and not breaks_everywhere) \
            or _HEADING.match(prev) or _TABLE_ROW.match(prev):
        return None
    if _BLOCK_START.match(line) or _RULE.match(line) or _RULE.match(prev) or header_field(line) or header_field(prev):
        return None  # a header field (文章作者: 机器之心 / 发布时间: …) is a line of its own, however wrapped the text
    if _indented_paragraph(line):
        return None  # a Chinese paragraph's opening indent starts a paragraph: 原标题：… / 　　中国侨网9月23日电 …
    if latin_wraps:
        return " "
    before, after = _inline(prev)[0].rstrip(), _inline(line)[0].lstrip()
    if not before or not after or IMAGE in (before[-1], after[0]) or before.lstrip().startswith(_CAPTION_MARKS):
        return None  # ▲ opens a picture's caption, a line of its own (▲…楼房被洪水围困 图/视频截图 / 自7月31日…)
    if breaks_everywhere:
        return _word_gap(before, after)
    if after[0] in _NEVER_STARTS:
        return ""
    if before[-1].isdigit() and len(before) >= NUMBER_LINE_CHARS and (after[0] in _UNIT_STARTS or _HAN.match(after[0])):
        return ""
    # A bold run closed at the line's end is a heading (**小标题**) unless a comma leaves the sentence open;
    # one opened and not closed (…伟大公司，  **) carries on below.
    closed_emphasis = _EMPHASIS_MARK.search(prev[-2:]) and len(_EMPHASIS_MARK.findall(prev)) % 2 == 0
    mid_sentence = before[-1] not in _ENDS_A_LINE and (not closed_emphasis or before[-1] in _CLAUSE_MARKS)
    if (mid_sentence and len(before) >= WRAPPED_LINE_CHARS) or _unclosed_bracket(before):
        return _word_gap(before, after)
    return None


def _word_gap(before: str, after: str) -> str:
    """The space a wrap took between two Latin words or numbers (Security / Copilot); none between Han."""
    return " " if before[-1].isascii() and after[0].isascii() and before[-1].isalnum() and after[0].isalnum() else ""


def _unclosed_bracket(text: str) -> bool:
    """A book title or parenthesis opened and not closed (昨晚去看了《疯狂动物城 / 2》…): never the end of a paragraph."""
    return any(text.count(opening) > text.count(closing) for opening, closing in _BRACKET_PAIRS)


def _add_block_pieces(blocks, pieces: list[Piece], clues: list[Clue]) -> None:
    after_image = False
    seen_long_text = False
    seen_sentences = 0  # blocks of running text (ending a sentence) read so far
    addressed = False  # a clipper's note gave the original address (only the first note above the text speaks for it)
    table_rows: list[tuple[int, str]] = []
    setext = _setext_headings(blocks)
    for index, (number, raw) in enumerate(blocks + [(0, "")]):
        if _TABLE_ROW.match(raw):
            if not _TABLE_RULE.match(raw):
                table_rows.append((number, raw.strip().strip("|").replace("|", " ")))
            continue
        if table_rows:
            rows = "\n".join(row for _, row in table_rows)
            after_image = _emit(rows, table_rows[0][0], "table", pieces, after_image)
            table_rows = []
        if not raw.strip() or _RULE.match(raw):
            continue
        hint = ""
        heading = _HEADING.match(raw)
        if heading or index in setext:
            raw, hint = (heading.group(2) or "") if heading else raw.strip(), "heading"
            # A second-level heading under paragraphs of text (| 作者：…, three short paragraphs, then ## 开始) is the
            # first section's heading: the file shows no headline.
            section = heading is not None and len(heading.group(1)) >= 2 and seen_sentences >= SENTENCES_BEFORE_SECTION
            if _NAV_HEADING.match(raw):
                hint = "nav_heading"
            elif not seen_long_text and not section and not any(clue.key == "title" for clue in clues) \
                    and not is_report_section(_inline(raw)[0]):
                clues.append(Clue("title", _inline(raw)[0].replace(IMAGE, "").strip(), "first heading (#)"))
                hint = "title"
        elif _LIST_ITEM.match(raw) and not raw.lstrip().startswith(("**", "__")) and not _FLANKED.match(raw):
            raw, hint = _BULLET.sub("", raw, count=1), "list_item"
        elif _QUOTE.match(raw):
            raw, hint = _QUOTE.sub("", raw, count=1), "quote"
        elif re.search(r"<figcaption", raw, re.I):
            hint = "image_caption"
        elif _STAMPED_LINK_LINE.match(raw):
            hint = "stamped_link"
        elif _LINK_LINE.match(raw) and _is_link_title(_inline(raw)[0]):
            hint = "link_line"
            address = re.search(r"\]\(\s*(\S+?)\s*\)", raw)
            if not seen_long_text and address and date_in_url(address.group(1)):
                # The story's own video or original above its text ([查看视频 ↗](https://tv.cctv.com/2026/06/15/…)):
                # the day its address is filed under, the weakest date clue.
                clues.append(Clue("publish_date", date_in_url(address.group(1)), "address of a link above the article", "guess"))
        elif _EMPHASIS_MARK.search(raw) and _looks_like_heading(raw):
            hint = "heading"
        elif _HTML_TABLE.search(raw):
            hint, raw = "table", re.sub(r"</t[dh]>", " ", re.sub(r"</tr>", "\n", raw, flags=re.I), flags=re.I)
        if not seen_long_text and not addressed and (address := _original_address().search(raw)):
            addressed = _address_clues(address.group(1), clues)
        account = _ACCOUNT_LINK.search(raw)
        if account and not seen_long_text and not any(clue.key == "outlet" for clue in clues):
            clues.append(Clue("outlet", account.group(1), f"account link above the article: {account.group()[:40]}"))
        if account and not seen_long_text \
                and _writer_before_account(_inline(raw)[0].strip(), account.group(1).strip()) is not None:
            hint = "account_line"  # [经视直播](javascript:void(0);) on its line, perhaps after the writer: WeChat's header
        # A picture above: the block before, or only pictures before the text in this one (an exporter joins
        # the image's line and the caption's).
        text_part = _IMAGE_MARKUP.split(raw)[-1]
        under_picture = after_image or (text_part != raw and not _IMAGE_MARKUP.sub("", raw[:len(raw) - len(text_part)]).strip())
        if under_picture and not hint and _ITALIC_LINE.match(text_part) and len(_inline(text_part)[0]) <= ITALIC_CAPTION_CHARS:
            hint = "image_caption"  # *1999-2017年获得中精资格人数* under a chart: markdown's caption, in italics
        after_image = _emit(raw, number, hint, pieces, after_image)
        # A quote block above the heading (> 原文链接：…) is no article text yet, nor is a cover image's long address.
        seen_long_text = seen_long_text or (len(_inline(raw)[0]) > 80 and hint != "quote")
        ends = _inline(raw)[0].strip()
        seen_sentences += bool(not hint and ends and ends[-1] in SENTENCE_END)


@lexicon.cached
def _original_address() -> re.Pattern:
    """A link right after a label of data/lexicon/address_labels.txt, a colon between them or not (SimpRead's banner
    本文由 [简悦 SimpRead](…) 转码， 原文地址 [finance.sina.com.cn](https://…), 原文链接：[…](…)): group 1 is the address."""
    labels = sorted(lexicon.read_lines("address_labels.txt"), key=len, reverse=True)
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(map(re.escape, labels))})\s*[:：]?\s*\[[^\[\]\n]*\]\(\s*(https?://[^)\s]+)\s*\)",
                      re.I)


def _address_clues(address: str, clues: list[Clue]) -> bool:
    """The outlet of the original's address (its host in data/lexicon/outlets.tsv: a weak clue, for a clip whose text
    names none) and the day its path is filed under (/tech/2021-01-26/doc-…, /t20210112_…: the weakest date clue);
    whether the address gave either."""
    site, day = outlet_of_url(address), date_in_url(address)
    if site:
        clues.append(Clue("outlet", site, f"original address in a clipper's note: {address[:60]}", "page"))
    if day:
        clues.append(Clue("publish_date", day, f"original address in a clipper's note: {address[:60]}", "guess"))
    return bool(site or day)


def _writer_before_account(text: str, account: str) -> str | None:
    """The writer's display name on WeChat's header line ("" where the account's link stands alone:
    经视直播; 狐狸罐头 where it follows the writer: 狐狸罐头 四环青年), or None when the line is no header:
    more than ACCOUNT_WRITER_CHARS of text before the link, or text that ends a sentence or clause."""
    if not text.endswith(account):
        return None
    writer = text[:-len(account)].strip()
    return writer if len(writer) <= ACCOUNT_WRITER_CHARS and not re.search(r"[。！？!?，,；;：:]", writer) else None


def _setext_headings(blocks) -> set[int]:
    """Indexes of the blocks underlined with ``====`` or ``----`` right below (a setext heading: Cubox,
    html2text and feed exports write the headline so, a feed's as a link to its page); the underline
    itself is markup and dropped."""
    return {index for index in range(len(blocks) - 1)
            if _SETEXT_UNDERLINE.match(blocks[index + 1][1]) and blocks[index][1].strip()
            and not _RULE.match(blocks[index][1]) and not _HEADING.match(blocks[index][1])}


def _is_link_title(text: str) -> bool:
    """Short and ending no sentence: the headline of another article, not a linked sentence."""
    text = text.strip()
    return 0 < len(text) <= HEADING_CHARS and IMAGE not in text and text[-1] not in SENTENCE_END


def _looks_like_heading(raw: str) -> bool:
    """A short line with emphasis markup and no sentence end (** **“裸奔”的会员信息****)."""
    text = _inline(raw)[0]
    return IMAGE not in text and 0 < len(text.strip()) <= HEADING_CHARS and not re.search(r"[。！？!?，,：:；;]\s*$", text.strip())


def _emit(raw: str, number: int, hint: str, pieces: list[Piece], after_image: bool) -> bool:
    """Append the pieces of one block; returns whether the block ended with an image."""
    text, spans = _inline(raw)
    block = next_block(pieces)
    new, after_image = block_pieces(text, spans, number, block, after_image, hint)
    whole_link = bool(_WHOLE_LINK.match(raw))
    for piece in new:
        piece.linked = whole_link  # a menu item or a related headline, as an HTML page's link text is
        if hint == "title":
            piece = piece.labelled("title", "headline", "first heading")
        elif hint == "link_line":
            piece = piece.labelled("boilerplate", "related", "a line that is only a link to another article")
        elif hint == "nav_heading":
            piece = piece.labelled("boilerplate", "nav", "a heading that is only a link to another page of the site")
        elif hint == "stamped_link":
            piece = piece.labelled("boilerplate", "dateline", "a time stamp and a link to the page the text was taken from")
        elif hint == "account_line":
            # The account is not captured: the link's clue is the format's (above), weaker than a repost
            # line naming the original. The writer's name before it is (李木 黑白天实验室).
            writer = _writer_before_account(piece.text.strip(), _ACCOUNT_LINK.search(raw).group(1).strip())
            piece = piece.labelled("byline", "author", "WeChat's header line: the writer, then the account's link",
                                   {"author": writer}) if writer else \
                piece.labelled("byline", "outlet", "WeChat's header line: the account's link alone")
        pieces.append(piece)
    return after_image


def _inline(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """Clean text of one block (images as IMAGE) and the (start, end) spans that were emphasised."""
    raw = _HTML_IMAGE.sub(IMAGE, _IMAGE_MARKUP.sub(IMAGE, raw))
    raw = re.sub(r"!\[[^\]\n]*\]$", IMAGE, raw)
    raw = _WIKILINK.sub(_wikilink_shown, raw)
    previous = None
    while previous != raw:  # links around links/images: [![](img)](url), [**text**](url)
        previous, raw = raw, _LINK_MARKUP.sub(r"\1", raw)
    raw = URL.sub("", _AUTOLINK.sub("", _urls_unescaped(raw)))
    raw = _TAG.sub("", raw)
    # Escaped emphasis characters are text, never markup: hidden during the emphasis pass.
    raw = _ESCAPE.sub(lambda m: _HIDDEN.get(m.group(1), m.group(1)), raw)
    chars: list[str] = []
    flags: list[bool] = []
    bold = italic = False
    position = 0
    for marker in _EMPHASIS.finditer(raw):
        _append(raw[position:marker.start()], bold or italic, chars, flags)
        run = marker.group()
        if run.startswith("_") and _inside_word(raw, marker.start(), marker.end()) \
                or _unpaired_asterisk(raw, marker, bold or italic):
            _append(run, bold or italic, chars, flags)
        elif run != "~~":
            bold ^= (len(run) // 2) % 2 == 1
            italic ^= len(run) % 2 == 1
        position = marker.end()
    _append(raw[position:], bold or italic, chars, flags)
    return squeeze([_SHOWN.get(ch, ch) for ch in chars], flags)


def _urls_unescaped(text: str) -> str:
    """The text with markdown's escapes read inside a bare address (https://…?utm\\_source=…, an exporter escapes
    every underscore), so the address is removed whole, not up to its first backslash."""
    return _ESCAPED_URL.sub(lambda found: _ESCAPE.sub(r"\1", found.group()), text)


def _wikilink_shown(link: re.Match) -> str:
    return link.group(2) or link.group(1)


def _inside_word(raw: str, start: int, end: int) -> bool:
    """An underscore between letters or digits (snake_case, a page title's 落地_澎湃号·湃客_澎湃新闻) is
    text, not emphasis, as CommonMark has it: ``_`` never opens or closes emphasis inside a word."""
    before = raw[start - 1] if start else " "
    after = raw[end] if end < len(raw) else " "
    return before.isalnum() and after.isalnum()


def _unpaired_asterisk(raw: str, marker: re.Match, emphasised: bool) -> bool:
    """A single asterisk that opens nothing because no asterisk follows in the block is text: a mark glued to a
    word (特瑞伊昂*（Thurein Aung）, the pseudonym mark a note explains; 5.2%*, a footnote mark), not emphasis.
    A longer run is markup even unpaired (an editor's empty bold, ** **标题****)."""
    return marker.group() == "*" and not emphasised and "*" not in raw[marker.end():]


def _append(text: str, emphasised: bool, chars: list[str], flags: list[bool]) -> None:
    text = html.unescape(text)
    chars.extend(text)
    flags.extend([emphasised] * len(text))
