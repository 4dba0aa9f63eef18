"""HTML articles (WeChat pages, news sites, blogs) -> pieces, one per block element.

lxml parses the page (it tolerates broken markup, but drops whatever lies deeper than 255 elements:
old pages whose every paragraph opens a ``<font>`` it never closes, or thousands of nested ``<div>``,
lose most of their text that way, so :func:`tame` first unwraps the tags beyond :data:`MAX_DEPTH`, a
block tag becoming a ``<br>``, keeping every character; it also cuts a tag's attributes to
:data:`MAX_ATTRIBUTES`, as libxml2's time grows with the square of their number); template directives (``<%@ … %>``, ``<?php … ?>``) are blanked
first, keeping line numbers, and scripts, styles, noscript, templates and comments are dropped, so
none of their text is ever read. Every other text node (of ``<body>``, or after ``</body>``) ends
up in a piece: one per block element (p, div, li, td, h1 …), with ``<br>`` and images as breaks
inside it; inline elements (span, a, strong) only contribute text and emphasis.

Which pieces are the article:

* WeChat pages (``#js_content``): the body is that element; the title is ``#activity-name`` /
  ``.rich_media_title`` / ``var msg_title``; the account (``#js_name``, ``#post-user``,
  ``.profile_nickname``, ``var nickname``) and date (``#post-date``, ``#publish_time``, or the page
  script's ``var ct = "<epoch>"``/``publish_time``) are read before the scripts are dropped.
* Other pages: trafilatura finds the main text; pieces whose text it kept (a short one only after
  the last long one it kept, in the page's order), between the first and the last long one, are the
  article, less readers' comments it kept all the same (a block whose id or class names comments).
  The headline is the heading that matches the ``<title>``, else a line that is exactly the title's
  longest part, else a heading matching trafilatura's title, else a heading, a block classed
  title or a short line over a date line right above the article.
* Every page: ``<meta>`` tags and microdata itemprops (og:site_name, source, DC.creator, article:published_time,
  PubDate, datePublished …: data/lexicon/meta_tags.tsv), the schema.org JSON-LD most news sites embed (an
  article's author persons, publisher, date), a ``<time>`` that is no edit's and the ``<title>`` suffix give
  *page* clues, used when the text names no outlet, author or date;
  so do the page's own address (canonical link, og:url, the comment a saved page starts with, the
  logo's home link: data/lexicon/outlets.tsv's domains), the logo's alt text, and a
  ``<title>`` ending with the name the copyright line gives.
* Each piece knows whether its block is mostly link text (``linked``): such a line around the article
  is a link to elsewhere, and its date or byline is another article's; and whether it is set in
  smaller or grey type than most of the page (``set_apart``, from inline font-size and color styles):
  under a picture, that is a caption's look.
* A disclosure page's info table (标 题： / 发文机关： with the value in the next cell) states title and
  issuing body as exactly as front matter; a headline printed on two lines whose halves make the
  <title> is one title; 特此通告。 right after the extracted text is the notice's last sentence.

Everything else stays as boilerplate, its kind from the cue lexicon or from its containers'
tag/id/class (nav, comment, related, ad, copyright), so no visible text is dropped.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from itertools import islice
from pathlib import Path

import lxml.html
from lxml import etree

from zhnews import lexicon
from zhnews.load.coverage import content_of
from zhnews.load.roles import (CLOSED_CAPTION_CHARS, OFFICIAL_RESUME_LINE, PICTURE_MARKS, RESUME_POST, SENTENCE_END,
                               SHORT_CAPTION_CHARS, SUBSTANTIAL_CHARS, credited_caption, first_cue, is_figure_label,
                               links_elsewhere)
from zhnews.load.outlets import outlet_of_url
from zhnews.load.pieces import (IMAGE, Clue, Piece, block_pieces, copyright_holders, iso_date, next_block, squeeze,
                                 without_spaces)
from zhnews.text import SENTENCE_END as HARD_SENTENCE_END, split_sentences

# Server-side code of a page template, never shown: JSP/ASP <%…%>, PHP <?php … ?> (to the end when left open, as PHP
# files often are) and <?= … ?>.
_DIRECTIVE = re.compile(r"<%.*?%>|<\?(?:php\b|=).*?(?:\?>|\Z)", re.S | re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Elements whose content no browser shows; an <iframe>'s is the fallback for browsers without frames (old portals put ad
# scripts there), which libxml2 reads as raw text.
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "title", "iframe")
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot "
    "tr td th caption ul option select textarea button".split()
)
_BOLD_TAGS = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_HINTS = {"h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
          "li": "list_item", "td": "table", "th": "table", "blockquote": "quote", "figcaption": "image_caption",
          "caption": "image_caption"}


# A class or id word naming a picture's caption, as pages and CMSs name the element under a photo: sina's
# img_descr and art_img_tit, ifeng's picIntro, the NYT Chinese site's articleImgCaption, WordPress's
# wp-caption-text, toutiao's pgc-img-caption, pictext, pic-txt, photoCaption (seen on the portals of fresh8-fresh27).
# A text-to-speech button's label (tts-caption) is no caption.
_CAPTION_CLASS = re.compile(r"(?<![\w-])(?!tts)[\w-]*?(?i:caption|img_?descr?|pic_?intro|pic_?te?xt|img_?tit)")
# A block that is wholly such an element is a caption when no longer than this (a wrapper holding the story is not).
CAPTION_ELEMENT_CHARS = 160


def _block_hint(container) -> str:
    """The hint of a block element; a paragraph set inside a figure's caption (<figcaption><p>…（图：X/Benarasiyaa）</p>,
    8world, fresh28 864; the crossing.cw.com.tw column's, fresh6 269) captions the picture as the figcaption would,
    and so does a block that is wholly an element named as a caption (<span class="img_descr">, <h2
    class="art_img_tit">): the page says what it is, whatever tag it set it in."""
    if _is_caption_element(container):
        return "image_caption"
    hint = _HINTS.get(container.tag, "")
    if not hint and next(container.iterancestors("figcaption"), None) is not None:
        return "image_caption"
    return hint


def _is_caption_element(container) -> bool:
    """Whether the block's text is all inside one element (the block or one within it) whose class or id names a
    caption (_CAPTION_CLASS), and short as a caption is."""
    whole = "".join(container.itertext()).strip()
    if not whole or len(whole) > CAPTION_ELEMENT_CHARS:
        return False
    return any(_CAPTION_CLASS.search(f"{element.get('class') or ''} {element.get('id') or ''}")
               and "".join(element.itertext()).strip() == whole
               for element in container.iter() if isinstance(element.tag, str))


# An id or class word of a block of readers' comments (post_comment, commentList, cmt_box, replies,
# guestbook, liuyan): one pattern for labelling a zone and for dropping comments the extractor kept.
# The short words only as words of their own, between separators or camelCase humps (cmt_1, goCmt,
# cmtNum2), so that a class such as "recmtd" names none.
_COMMENT_ZONE = re.compile(r"(?i:comment|discuss|guestbook|liuyan)"
                           r"|(?:^|(?<=[-_\s]))(?i:cmt|reply|replies|messages?)(?=$|[-_\s\dA-Z])"
                           r"|(?<=[a-z])(?:Cmt|Reply|Replies|Messages?)(?=$|[-_\s\dA-Z])")
# id/class words of containers -> boilerplate kind (checked from the nearest container outwards)
_ZONE_WORDS = (
    ("comment", _COMMENT_ZONE),
    ("nav", re.compile(r"nav|menu|breadcrumb|crumb|topbar|channel|tab", re.I)),
    ("related", re.compile(r"relat|recommend|hot|rank|more|popular|also|series|tuijian", re.I)),
    ("ad", re.compile(r"(?:^|[-_\s])(?:ad|ads|adv|advert|banner|sponsor|promo|gg)(?:$|[-_\s\d])", re.I)),
    ("copyright", re.compile(r"copyright|footer|foot", re.I)),
)
_ZONE_TAGS = {"nav": "nav", "header": "nav", "footer": "copyright", "aside": "related"}
# Between the parts of a page title: _ | ｜ :: or a spaced dash, or a bare hyphen next to a Han
# character ('…领跑-界面新闻'); a hyphen between Latin letters or digits ('C-919') stays.
# Parts of a page title after the headline that are at most this long are channel or site names.
SITE_PART_CHARS = 12
# With no heading matching the page title, a heading among this many pieces above the article,
# of a headline's length, is the title.
HEADING_LOOKBACK = 6
# Part of a date box (07月 2019, 2019年7月, 18/07): no headline even in a heading or over a date line.
_DATE_FRAGMENT = re.compile(r"^[\d\s年月日号號/.\-:：]+$")
# The address of a site's home page: /, ./, index.html, http://host/ (a banner's link).
_HOME_LINK = re.compile(r"^(?:\.?/|(?:\./)?(?:index|default)\.(?:html?|php|aspx?|shtml)|https?://[^/?#]+/?(?:(?:index|default)\.\w+)?)$", re.I)
HEADLINE_MIN_CHARS = 6
# How the source of a clue read from a WeChat page's own fields (#js_name, var nickname) begins.
WECHAT_SOURCE = "WeChat"
# Type at least this many times the page's most common size is a headline's (24px over 16px text); a 20px
# section heading over 16px text is not.
LARGE_TYPE = 1.4
# A page showing fewer content characters than this may hold its article in a script's data (records.script_record).
SCRIPT_PAGE_MAX_VISIBLE = 200
# id/class words of a headline's block (article-title, rumor-title, news_title, biaoti); not a subtitle.
_TITLE_CLASS = re.compile(r"(?<!sub)(?<!sub[-_])(?:title|headline|biaoti)", re.I)
HEADLINE_MAX_CHARS = 80
# A heading that starts with the page title's headline is the title when that headline is at least
# this share of it (the rest a second deck, not an article's whole first paragraph).
DECK_SHARE = 0.6
# A <title> this short that ends like an outlet's name and is not the headline is the site's name.
SITE_TITLE_CHARS = 16
# A piece this long is found in the extracted text in one place only: it anchors the order of the rest.
ANCHOR_CHARS = 15
# A block whose visible text is at least this share link text is a link (a related headline, a menu item).
LINKED_SHARE = 0.6
_TITLE_SEPARATOR = re.compile(r"\s*(?:_|\||｜| - | -- | — | / |::|(?<=[\u4e00-\u9fff])-|-(?=[\u4e00-\u9fff]))\s*")
_WECHAT_META_IDS = {"post-date": "publish_date", "publish_time": "publish_date", "post-user": "outlet",
                    "js_name": "outlet", "js_author_name": "author", "profileBt": "outlet"}


NAME = "html"
SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# Saved pages keep the server script's suffix; a closing tag then confirms it is a page.
_PAGE_SUFFIXES = SUFFIXES | {".jsp", ".asp", ".aspx", ".php"}
# A page's start, also behind the wrapper a web-extraction corpus puts around each saved page (<text id="url" …>).
_PAGE_START = re.compile(
    r"^(?:\s|<%.*?%>|<!--.*?-->|<\?xml[^>]*>)*(?:<text\b[^<>]*>\s*)?"
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6])\b",
    re.S | re.I,
)
_CLOSING_TAG = re.compile(r"</(?:p|div|span|a|td|li|h[1-6])>", re.I)
# A fragment of a page opened by inline markup (a story cut out of a feed's CDATA: <strong>headline</strong><p>…):
# a page too when it closes its paragraphs, whatever its name.
_FRAGMENT_START = re.compile(r"^\s*<(?:strong|b|em|font|span)\b[^<>]*>", re.I)
# Attributes kept per tag (a real tag has a handful; 100,000 of them take libxml2 minutes).
MAX_ATTRIBUTES = 100
_LONG_ATTRIBUTES = 2000  # characters of attributes beyond which they are counted
_ATTRIBUTE = re.compile(r"\s*[^\s=>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?")
# Deepest element nesting kept: below libxml2's 255 and far below Python's recursion limit (the walk
# below recurses once per level).
MAX_DEPTH = 200
# A tag; comments and the raw text of scripts and styles match as a whole and are passed over, so
# a "<" inside a script is never taken for a tag.
_TAG = re.compile(
    r"<!--.*?-->|<(?P<raw>script|style)\b[^>]*>.*?</(?P=raw)\s*>"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S | re.I,
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# An open element of the first kind (on top) that a start tag of the second kind closes, as parsers do.
_CLOSED_BY = {"p": BLOCK_TAGS, "li": {"li"}, "td": {"td", "th", "tr"}, "th": {"td", "th", "tr"}, "tr": {"tr"},
              "option": {"option"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}}


def sniff(text: str, name: str) -> bool:
    """A page when it starts like one, or when its name says so or inline markup opens it, and it has closing tags."""
    return bool(_PAGE_START.match(text[:5000])) or (
        (Path(name).suffix.lower() in _PAGE_SUFFIXES or bool(_FRAGMENT_START.match(text))) and bool(_CLOSING_TAG.search(text))
    )


def parse(text: str, content_only: bool = False) -> tuple[list[Piece], list[Clue]]:
    """``content_only``: the markup is an article's content already (a feed item's body), not a page: the
    extractor only trims what lies before and after the article, nothing between its first and last blocks."""
    source = tame(_XML_DECLARATION.sub("", _DIRECTIVE.sub(_same_lines, text)))
    root = lxml.html.document_fromstring(source)
    content = root.get_element_by_id("js_content", None)
    clues = _wechat_clues(root, source) if content is not None else []
    page_title = (root.findtext(".//title") or "").strip()
    clues += _page_clues(root, page_title)
    clues += _site_clues(root, source)
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_INVISIBLE_TAGS)):
        element.drop_tree()
    # The whole tree, not only <body>: text a page puts after </body> stays inside <html> and is
    # still the page's text (the coverage check finds it).
    pieces = _pieces(root)
    site = _site_in_footer(page_title, root.text_content())
    if site:
        clues.append(Clue("outlet", site, "<title> suffix that the copyright line names", "page"))
        page_title = page_title[:page_title.rindex(site)].rstrip(" _|｜-—–:：")
    clues += _info_table_clues(pieces)
    wisenews = _wisenews_parts(root) if content is None else None
    if content is not None:
        _label_wechat(pieces, root)
    elif wisenews:
        clues += _label_wisenews(pieces, wisenews)
    else:
        clues += _label_by_trafilatura(pieces, source, page_title, bool(site), content_only)
    if not content_only and len(content_of("".join(piece.text for piece in pieces))) < SCRIPT_PAGE_MAX_VISIBLE:
        # A page that renders its article from its script's data shows (almost) nothing: the data is the article.
        from zhnews.load.records import script_record

        held, held_clues = script_record(text)
        pieces += [replace(piece, block=piece.block + next_block(pieces)) for piece in held]
        clues += held_clues
    return pieces, [clue for clue in clues if clue.value]


# The kind of a headline's second line, which meta joins to the first (roles keep them two paragraphs).
HEADLINE_SECOND_LINE = "headline_second_line"
# The formula closing an official notice or announcement, its last sentence.
_CLOSING_FORMULA = re.compile(r"^特此(?:通告|公告|通知|说明|說明|函告|批复|批復|证明|證明|决定|決定)[。.！!]?$")
# A government disclosure page's info table: a label cell (标 题：, 发文机关：) and its value in the next cell.
_INFO_TABLE_LABELS = {"标题": "title", "標題": "title", "发文机关": "outlet", "發文機關": "outlet",
                      "发布机构": "outlet", "發布機構": "outlet"}
_INFO_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,4})[：:]$")


def _info_table_clues(pieces: list[Piece]) -> list[Clue]:
    """The title and the issuing body a disclosure page's info table states, each a label cell (letter-
    spaced: 标 题：) with its value in the next cell: ``format`` clues, as exact as front matter (the
    heading above the notice may be broken over several lines, 吉林省人民政府关于禁止在 / 吉林省…)."""
    clues = []
    for piece, value in zip(pieces, pieces[1:]):
        label = _INFO_LABEL.match(without_spaces(piece.text))
        key = _INFO_TABLE_LABELS.get(label.group(1)) if label else None
        if key and not _INFO_LABEL.match(without_spaces(value.text)) and not any(clue.key == key for clue in clues):
            clues.append(Clue(key, value.text.strip(), f"{label.group(1)} field of the page's info table"))
    return clues


def _site_in_footer(page_title: str, page_text: str) -> str:
    """The site's name when the <title> ends with the name its copyright line gives ('标题 湖南省某某医院'
    over 版权所有 湖南省某某医院): two places agreeing name the site, whatever its name ends with."""
    title = page_title.strip()
    for name in copyright_holders(page_text):
        if title.endswith(name) and len(title) - len(name) >= HEADLINE_MIN_CHARS:
            return name
    return ""


def reference_content(source_text: str) -> str:
    """The page's visible text by a plain regex pass, for the coverage check (no parser); on a page that shows
    (almost) nothing, the text of the script object it renders its article from as well."""
    text = visible_reference(source_text)
    if len(content_of(text)) < SCRIPT_PAGE_MAX_VISIBLE // 2:
        # parse reads a script's article below SCRIPT_PAGE_MAX_VISIBLE; half that here, so the reference never
        # holds a script's text that parse left unread
        from zhnews.load.records import script_reference

        text += " " + script_reference(source_text)
    return text


def visible_reference(text: str) -> str:
    """The visible text of markup by a plain regex pass: what no browser shows (scripts, styles, the head) and
    tags out, entities decoded."""
    text = _DIRECTIVE.sub(" ", text)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    for tag in _INVISIBLE_TAGS:
        text = re.sub(rf"<{tag}\b[^>]*>.*?</{tag}\s*>", " ", text, flags=re.S | re.I)
    # A tag whose quotes do not pair up (<div class="a" "="" b="c">) still ends at its first '>',
    # as parsers read it.
    return html.unescape(re.sub(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|<[A-Za-z/!][^<>]*>", " ", text))


def tame(source: str) -> str:
    """``source`` without what makes libxml2 drop text or take minutes; the text is left as it is.

    ``</html>`` and ``</body>`` are removed (libxml2 ignores all that follows them, and a page
    assembled from includes may close them halfway). Tags that would open an element deeper than
    :data:`MAX_DEPTH` are removed: a block start tag
    becomes ``<br>`` (its text stays a piece of its own), an inline one (``<font>``, ``<span>``)
    disappears, and so do the matching end tags. A tag keeps its first :data:`MAX_ATTRIBUTES`
    attributes; a tag whose quotes do not pair up ends at its first '>' (:func:`_mend_stray_quotes`). One pass over the tags, each end tag matched by name, so the cost is linear in the
    page's size.
    """
    source = _mend_stray_quotes(source)
    out, last = [], 0
    stack: list[list] = []  # [tag, kept] of the open elements, outermost first
    open_at: dict[str, list[int]] = {}  # tag -> its positions in the stack
    depth = 0  # kept open elements

    def pop() -> None:
        nonlocal depth
        tag, kept = stack.pop()
        open_at[tag].pop()
        depth -= kept

    for match in _TAG.finditer(source):
        if match[3] is None:  # a comment, a script or a style
            continue
        closing, tag = match[2], match[3].lower()
        replacement = _fewer_attributes(match) if len(match[4]) > _LONG_ATTRIBUTES else None
        if closing and tag in ("html", "body"):
            # libxml2 drops everything after </html>; pages built from includes close it early
            # (a header template's own </html>), so these end tags go: the document ends at its end.
            replacement = ""
        elif tag in _VOID_TAGS or match[4].rstrip().endswith("/"):
            pass
        elif not closing:
            if stack and tag in _CLOSED_BY.get(stack[-1][0], ()):
                pop()
            kept = depth < MAX_DEPTH
            stack.append([tag, kept])
            open_at.setdefault(tag, []).append(len(stack) - 1)
            depth += kept
            if not kept:
                replacement = "<br>" if tag in BLOCK_TAGS else ""
        elif open_at.get(tag):  # an end tag with no open element of its name is ignored, as parsers do
            position = open_at[tag][-1]
            kept = stack[position][1]
            while len(stack) > position:  # closes the elements left open inside it too
                pop()
            if not kept:
                replacement = ""
        if replacement is not None:
            out.append(source[last:match.start()])
            out.append(replacement)
            last = match.end()
    out.append(source[last:])
    return "".join(out)


# A tag as the plain reading sees it (to its first '>'), comments and the raw text of scripts and styles passed over.
_PLAIN_TAG = re.compile(r"<!--.*?-->|<(?P<raw>script|style)\b[^>]*>.*?</(?P=raw)\s*>|<(/?[A-Za-z][A-Za-z0-9:-]*)([^<>]*)>", re.S | re.I)
_PAIRED_QUOTES = re.compile(r"(?:[^\"']|\"[^\"]*\"|'[^']*')*")
_QUOTED_READING = re.compile(r"<[^\s>]*((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.S)
_WELL_QUOTED_ATTRIBUTE = re.compile(r"[^\s\"'=<>/]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?")


def _mend_stray_quotes(source: str) -> str:
    """Tags whose quotes do not pair up (<tr bgcolor="#cccccc"">) end at their first '>', their stray quotes dropped:
    libxml2 would read the stray quote's string on across the tags after it, and their text would be lost."""
    def mend(match: re.Match) -> str:
        if match[2] is None or _PAIRED_QUOTES.fullmatch(match[3]):
            return match.group()
        quoted = _QUOTED_READING.match(source, match.start())
        if quoted and "<" not in quoted[1]:
            return match.group()  # a quoted value holding a '>' (onclick="if (a > b)"): the quotes do pair
        return f"<{match[2]}{''.join(' ' + a for a in _WELL_QUOTED_ATTRIBUTE.findall(match[3]))}>"

    return _PLAIN_TAG.sub(mend, source)


def _fewer_attributes(match: re.Match) -> str | None:
    """The tag with its first :data:`MAX_ATTRIBUTES` attributes, or None if it has no more."""
    attributes = _ATTRIBUTE.findall(match[4])
    if len(attributes) <= MAX_ATTRIBUTES:
        return None
    return f"<{match[2]}{match[3]}{''.join(attributes[:MAX_ATTRIBUTES])}>"


def _same_lines(match: re.Match) -> str:
    return "\n" * match.group().count("\n")


# ----------------------------------------------------------------------------------------------
# Blocks -> pieces


def _pieces(body) -> list[Piece]:
    builder = _BlockBuilder()
    builder.walk(body, bold=False, linked=False)
    builder.flush()
    builder.mark_set_apart()
    return builder.pieces


_FONT_SIZE = re.compile(r"(?<![-\w])font-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(?:rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)|#([0-9a-f]{6}|[0-9a-f]{3})\b)", re.I)
# A grey is a colour whose three channels are within this of each other, between these levels.
GREY_SPREAD, GREY_LEVELS = 24, (96, 200)


def _type_look(style: str, inherited: tuple) -> tuple:
    """(font size in px, whether grey) of text under an element with this inline style: what the
    style sets, else what it inherits."""
    size, grey = inherited
    found = _FONT_SIZE.search(style)
    if found:
        size = float(found.group(1))
    colour = _COLOUR.search(style)
    if colour:
        if colour.group(4):
            digits = colour.group(4) if len(colour.group(4)) == 6 else "".join(ch * 2 for ch in colour.group(4))
            channels = [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
        else:
            channels = [int(colour.group(i)) for i in (1, 2, 3)]
        grey = max(channels) - min(channels) <= GREY_SPREAD and GREY_LEVELS[0] <= min(channels) <= GREY_LEVELS[1]
    return size, grey


class _BlockBuilder:
    """Walks the tree, collecting the text of the current block element until the next one starts."""

    def __init__(self):
        self.pieces: list[Piece] = []
        self.chars: list[str] = []
        self.flags: list[bool] = []
        self.linked_chars = 0  # visible characters of the current block inside a link
        self.line = 0
        self.container = None  # block element being read
        self.first_container = None  # block element holding the first text of the current block
        self.has_text = False
        self.after_image = False
        self.looks: dict[tuple, int] = {}  # (font size, grey) of the current block's text -> characters
        self.page_looks: dict[tuple, int] = {}  # ... of the whole page's text
        self.piece_looks: list[tuple] = []  # the main look of each piece's block, in order

    def walk(self, element, bold: bool, linked: bool, look: tuple = (0.0, False)) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "img":
            self.chars.append(IMAGE)
            self.flags.append(False)
            return
        is_block = tag in BLOCK_TAGS
        if is_block or tag == "br":
            self.flush()
        style = element.get("style", "")
        bold = bold or tag in _BOLD_TAGS or bool(_BOLD_STYLE.search(style))
        look = _type_look(style, look)
        if is_block:
            self.container = element
        linked = linked or (tag == "a" and bool(element.get("href")))
        self.add(element.text, bold, element, linked, look)
        for child in element:
            self.walk(child, bold, linked, look)
            if is_block:
                self.container = element
            self.add(child.tail, bold, child, linked, look)
        if is_block:
            self.flush()

    def add(self, text, bold: bool, element, linked: bool, look: tuple = (0.0, False)) -> None:
        if not text:
            return
        if text.strip():
            self.looks[look] = self.looks.get(look, 0) + len(text.strip())
        if not self.has_text and text.strip():
            self.line = element.sourceline or self.line
            self.first_container = self.container
            self.has_text = True
        self.chars.extend(text)
        self.flags.extend([bold] * len(text))
        if linked:
            self.linked_chars += sum(not ch.isspace() for ch in text)

    def flush(self) -> None:
        if not self.chars:
            return
        text, spans = squeeze(self.chars, self.flags)
        visible = sum(not ch.isspace() and ch != IMAGE for ch in text)
        linked = visible > 0 and self.linked_chars >= LINKED_SHARE * visible
        self.chars, self.flags, self.has_text, self.linked_chars = [], [], False, 0
        looks, self.looks = self.looks, {}
        for look, count in looks.items():
            self.page_looks[look] = self.page_looks.get(look, 0) + count
        if not text.replace(IMAGE, "").strip():
            self.after_image = self.after_image or IMAGE in text
            return
        container = self.first_container
        hint = _block_hint(container) if container is not None else ""
        block = next_block(self.pieces)
        new, self.after_image = block_pieces(text, spans, self.line, block, self.after_image, hint)
        look = max(looks, key=looks.get) if looks else (0.0, False)
        for piece in new:
            piece.container, piece.linked = container, linked
        self.pieces.extend(new)
        self.piece_looks.extend([look] * len(new))

    def mark_set_apart(self) -> None:
        """Pieces set in smaller type than the page's most common size, or in grey where most text is
        not: WeChat and news pages print captions so (font-size: 14px; color: rgb(136, 136, 136)); and
        pieces set in type LARGE_TYPE times that size or more, as WeChat's editors print a headline."""
        if not self.page_looks:
            return
        sizes: dict[float, int] = {}
        greys = 0
        for (size, grey), count in self.page_looks.items():
            sizes[size] = sizes.get(size, 0) + count
            greys += count if grey else 0
        common = max(sizes, key=sizes.get)
        mostly_grey = greys * 2 > sum(sizes.values())
        for piece, (size, grey) in zip(self.pieces, self.piece_looks):
            piece.set_apart = bool(common and size and size < common) or (grey and not mostly_grey)
            piece.set_large = bool(common and size and size >= LARGE_TYPE * common)


# ----------------------------------------------------------------------------------------------
# Which pieces are the article


def _label_wechat(pieces: list[Piece], root) -> None:
    content = root.get_element_by_id("js_content", None)
    title = root.get_element_by_id("activity-name", None)
    title_reason = "WeChat title element (#activity-name)"
    if title is None:
        # A page built around a WeChat article's body without WeChat's title element (a hub re-posting the
        # article keeps #js_content): its headline is the page's h1 outside that body.
        title = next((h1 for h1 in root.iter("h1") if content not in set(_ancestors(h1))), None)
        title_reason = "the page's h1 above the WeChat article body (no #activity-name)"
    seen_content = False
    for piece in pieces:
        ancestors = set(_ancestors(piece.container))
        if content in ancestors:
            seen_content = True
            continue
        related = [*ancestors, *piece.container.iter()] if piece.container is not None else []
        meta_kind = next((_WECHAT_META_IDS[e.get("id")] for e in related if e.get("id") in _WECHAT_META_IDS), None)
        if title is not None and title in ancestors:
            piece.role, piece.kind, piece.reason = "title", "headline", title_reason
        elif meta_kind:
            piece.role, piece.kind, piece.reason = "byline", meta_kind, "WeChat meta element"
        else:
            _label_outside(piece, "outside the WeChat article body (#js_content)", "tail" if seen_content else "head")


# A WiseNews (慧科) export, what Hong Kong and Taiwan universities and newsrooms search papers with: each article opens
# with an anchor named after its document id (<a name="body.201905140164540.222">) and ends with a link back to its
# entry in the export's contents (#toc.…). Between them sit a header cell (<nowrap>: "222 .每日經濟新聞 | 發行量/接觸人次:
# 200,000 | 2019-05-14<br>報章 | 09 |鎂刻地產 |By 甄素靜"), the headline in large type (<font size="5">), the
# article's table, then the document id, the link back and the service's notice. The same in the English interface
# (Circulation / Reach, Newspaper, DOCUMENT ID, BACK TO MAIN MENU).
_WISENEWS_ANCHOR = re.compile(r"body\.\d{6,}\.\d+$")
_WISENEWS_BACK_LINK = re.compile(r"#toc\.\d{6,}\.\d+$")
# The header's fields, read as one line: the article's number in the export and the paper first, a date among them,
# and last, on a paper's page, the writer: "By 甄素靜", "By 編譯／趙榮琳" (a role word and a slash before the name).
_WISENEWS_PAPER = re.compile(r"^\s*\d+\s*\.\s*(?P<paper>[^|]+?)\s*\|")
_WISENEWS_DATE = re.compile(r"\|\s*((?:19|20)\d{2}-\d{2}-\d{2})\b")
_WISENEWS_WRITER = re.compile(r"\|\s*By\s+(?:[\u4e00-\u9fff]{1,4}\s*[／/]\s*)?(?P<author>[^|]+?)\s*$")


def _wisenews_parts(root) -> dict | None:
    """The header cell, headline and article table of a WiseNews export page; None for any other page."""
    if not any(_WISENEWS_ANCHOR.match(a.get("name") or "") for a in root.iter("a")) \
            or not any(_WISENEWS_BACK_LINK.match(a.get("href") or "") for a in root.iter("a")):
        return None
    header = next(root.iter("nowrap"), None)
    headline = next((font for font in root.iter("font") if font.get("size") == "5"), None)
    article = max(root.iter("table"), key=lambda table: len(table.findall(".//p")), default=None)
    if header is None or headline is None or article is None:
        return None
    return {"header": header, "headline": headline, "article": article}


def _label_wisenews(pieces: list[Piece], parts: dict) -> list[Clue]:
    """Title from the large-type headline, the article's table as the body, all else (header, document id, the link
    back, the service's notice) chrome; the paper, date and writer from the header cell (a paper named in Latin
    letters by the English interface, Hong Kong Commercial Daily, is only a page clue: the text's dateline names it
    as the gold and readers do, 香港商報)."""
    seen_article = False
    # a piece's block holds the headline when it is the headline's element or one around it (the cell around <font>)
    around_headline = set(_ancestors(parts["headline"]))
    for piece in pieces:
        ancestors = set(_ancestors(piece.container))
        if parts["article"] in ancestors:
            seen_article = True
        elif parts["headline"] in ancestors or piece.container in around_headline:
            piece.role, piece.kind, piece.reason = "title", "headline", "WiseNews headline (large type above the article)"
        else:
            _label_outside(piece, "outside the WiseNews article table", "tail" if seen_article else "head")
    header = visible_text(parts["header"])
    paper, date, writer = _WISENEWS_PAPER.search(header), _WISENEWS_DATE.search(header), _WISENEWS_WRITER.search(header)
    clues = [Clue("title", visible_text(parts["headline"]), "WiseNews headline")]
    if paper:
        named_in_han = bool(re.search(r"[\u4e00-\u9fff]", paper["paper"]))
        clues.append(Clue("outlet", paper["paper"], "WiseNews header (the paper)", "format" if named_in_han else "page"))
    if date:
        clues.append(Clue("publish_date", date.group(1), "WiseNews header (the date)"))
    if writer:
        clues.append(Clue("author", writer["author"], "WiseNews header (By …)"))
    return clues


# A date written with the year last (11-06-2009, 10/27/2009): day and month in an order the page chooses.
# The first digit comes before the test that no digit precedes it, so the pattern opens with a digit and
# re skips to the page's digits instead of trying the pattern at every character of the markup.
_NUMERIC_DATE = re.compile(r"(\d(?<!\d\d)\d?)[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)")


def warm() -> None:
    """Build now what the first page a process reads builds: trafilatura's modules (0.3 s of CPU) and
    dateparser's tables for a date as pages write one, which htmldate's first date string sends it
    (about 0.6 s more on a worker's first page, measured on shared/corpus 16). A batch's parent calls it
    before forking its workers when the batch holds pages (:func:`zhnews.run._warm_up`), so the workers
    share them instead of each building its own. A date no locale reads would build every locale's
    tables (3.6 s, 43 MB): more than the workers ever spent. Answers do not change: htmldate's parser
    does not try the locales of earlier answers first."""
    import trafilatura  # noqa: F401  (imported for the workers)
    from htmldate.extractors import get_external_parser

    get_external_parser().get_date_data("2023年5月6日 10:00")


def _label_by_trafilatura(pieces: list[Piece], source: str, page_title: str, site_cut: bool = False,
                          content_only: bool = False) -> list[Clue]:
    """Label what lies outside trafilatura's main text; returns its title (a page clue) and date (a guess).

    Its author and site name are not used: they are guesses from class names and footers (a
    commenter's name, ``网易版权所有``); the byline cues and the page's meta tags say it better.
    """
    import trafilatura

    document = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False, include_tables=True)
    document = document.as_dict() if hasattr(document, "as_dict") else (document or {})
    main_text = without_spaces(document.get("text") or "")
    title = (document.get("title") or page_title).strip()
    kept = _kept_by_extractor(pieces, main_text)
    # Nothing extracted, or nothing with a sentence in it (a fragment, a very short page, a photo
    # gallery whose captions trafilatura leaves out): every piece stays for the role rules.
    first, last = _main_range(pieces, kept) if main_text else (0, len(pieces) - 1)
    if content_only:
        # A feed item's content has no page around the article: a closing sentence too short for the extractor
        # (2021年7月被查。 under an official's résumé, fresh26 825) ends it, with the lines above it (the résumé's
        # dated entries); the role rules judge them as they judge any line under the text.
        last = max([last, *(index for index, piece in enumerate(pieces) if piece.text.rstrip()[-1:] in HARD_SENTENCE_END)])
    if not main_text or first > last:
        first, last = 0, len(pieces) - 1
        kept = [True] * len(pieces)
    _drop_comments(pieces, kept, first)
    title_index = _title_piece(pieces, page_title, title, site_cut)
    title_reason = "page heading matching the page title"
    if title_index is None:
        title_index, title_reason = _heading_above(pieces, first, not page_title.strip()), "heading right above the article (no heading matches the page title)"
    if title_index and _lines_of_one_heading(pieces[title_index - 1], pieces[title_index]):
        title_index -= 1  # the page title matched the headline's second line better than its first
    second_line = _headline_second_line(pieces, title_index, page_title)
    still_the_article = _article_after_last_sentence(pieces, last)
    for index, piece in enumerate(pieces):
        if index == title_index:
            piece.role, piece.kind, piece.reason = "title", "headline", title_reason
        elif index == second_line:
            piece.role, piece.kind, piece.reason = "title", HEADLINE_SECOND_LINE, \
                "the headline's second line (" + ("one heading element broken by a line break)" if _lines_of_one_heading(pieces[title_index], piece)
                                                  else "the two lines make the page title)" if page_title.strip()
                                                  else "the same large type after a line break)")
        elif piece.hint == "image_caption" and index <= last:
            # trafilatura drops figure captions; above or inside the article they caption its photos
            piece.role, piece.kind, piece.reason = "caption", "image_caption", "figure caption element (figcaption, or a class naming a caption)"
        elif index == last + 1 and _CLOSING_FORMULA.match(piece.text.strip()):
            continue  # 特此通告。 closes a notice: its last sentence, which extractors drop as too short
        elif index in still_the_article:
            continue  # the role rules read it as any line of the article
        elif not (first <= index <= last and (kept[index] or content_only)):
            region = "head" if index < first else "tail" if index > last else "core"
            under_title = title_index is not None and title_index < index < first
            _label_outside(piece, "outside the main content (trafilatura)", region, under_title)
    if title == page_title.strip():
        title = headline_of_page_title(page_title)
    # A <title> that is only the site's name (中國廣播公司全球資訊網 over another headline) names the site.
    site_only = page_title.strip() if title_index is not None and _names_only_the_site(page_title, pieces[title_index].text) else ""
    return [Clue("title", title, "page title (trafilatura)", "page"),
            Clue("title", headline_of_page_title(page_title), "<title>", "page"),
            Clue("outlet", site_only, "<title> naming only the site", "page"),
            # Its date is htmldate's guess from the markup (a sidebar's date can win): weaker than a
            # date the page's text shows next to the headline.
            Clue("publish_date", _not_only_in_article(_written_on_page(_month_first(document.get("date") or "", source), source),
                                                      source, main_text),
                 "page date (trafilatura)", "guess")]


def _headline_second_line(pieces: list[Piece], title_index, page_title: str):
    """The index of the piece right under the headline that completes it, when the page prints the
    headline on two lines (内蒙古延续…助企纾困 / 预计4年为纳税人减负180亿元) and the <title> is the two
    together; else None."""
    if title_index is None or title_index + 1 >= len(pieces):
        return None
    following = pieces[title_index + 1]
    if not page_title.strip() and not following.role and _next_line_of(pieces[title_index], following):
        return title_index + 1  # a headline in large type broken by <br> on a page with no <title>
    if _lines_of_one_heading(pieces[title_index], following):
        return title_index + 1
    whole = without_spaces(headline_of_page_title(page_title))
    joined = without_spaces(pieces[title_index].text + following.text)
    return title_index + 1 if not following.role and joined == whole and len(following.text) >= 4 else None


def _month_first(date: str, source: str) -> str:
    """htmldate reads ``11-06-2009`` day first; a page whose dates of that shape put a number above 12
    second and never first (``10-27-2009``: a WordPress theme's m-d-Y) writes the month first, so
    its ``11-06-2009`` is 6 November."""
    found = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", date)
    if not found:
        return date
    written = {(int(a), int(b), year) for a, b, year in _NUMERIC_DATE.findall(source)}
    month_first = any(b > 12 for _, b, _ in written) and not any(a > 12 for a, _, _ in written)
    year, month, day = found.group(1), int(found.group(2)), int(found.group(3))
    if month_first and (day, month, year) in written and (month, day, year) not in written:
        return f"{year}-{day:02d}-{month:02d}"
    return date


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


def _not_only_in_article(date: str, source: str, main_text: str) -> str:
    """The extractor's date unless the page writes that day only inside the article's text: a day the story tells
    of (2026年5月14日，IBM发布了…; 官方公告（2026.05.14）in its list of sources) on a fragment with no markup
    or date line around the article, where htmldate falls back to the text, is no publication date."""
    forms = _date_forms(date)
    if not forms:
        return date
    return date if _days_written(date, forms, source) > _days_written(date, forms, main_text) else ""


def _written_on_page(date: str, source: str) -> str:
    """The extractor's date when the page writes that day somewhere (2005-3-11, 2005年3月11日, 20050311,
    11/03/2005, a /2005/03/11/ address, September 8, 2017, 8 Sept. 2017), else "": htmldate fills a bare
    year with January 1st (2005-01-01 on a page that only says 2005), a day the page never gives."""
    forms = _date_forms(date)
    return date if not forms or _days_written(date, forms, source) else ""


# Characters other than spaces that a form of _date_forms holds before its year, with room to spare: 16
# at most (a month name, its dot, a day with its suffix and a comma: September. 031st, 2017), 8 in 12.31.2017.
DATE_FORM_BEFORE_YEAR = 24


def _days_written(date: str, forms: str, text: str) -> int:
    """How often ``text`` writes the day ``date``: ``len(re.findall(forms, text, re.IGNORECASE))``, the same count.

    Every form holds the year's four digits, with at most DATE_FORM_BEFORE_YEAR characters other than
    spaces before them. So the pattern is tried only where a match can start, near the year's
    occurrences, left to right, each try after the end of the last match, as findall tries it; a page's
    markup is hundreds of thousands of characters where the pattern, opening with a look-behind and a
    choice of six forms, was tried at every one (the two passes were a tenth of loading a portal page).
    """
    year = date[:4]
    starts, at = set(), text.find(year)
    while at != -1:
        start, before = at, 0
        while start > 0 and (text[start - 1].isspace() or before < DATE_FORM_BEFORE_YEAR):
            start -= 1
            before += not text[start].isspace()
        starts.update(range(start, at + 1))
        at = text.find(year, at + 1)
    pattern, count, end = re.compile(forms, re.IGNORECASE), 0, 0
    for start in sorted(starts):
        if start >= end and (found := pattern.match(text, start)):
            count, end = count + 1, found.end()
    return count


def _date_forms(date: str) -> str:
    """A pattern of the ways a page writes the day ``date`` (YYYY-MM-DD) gives, or "" for any other value.

    Each form holds the year's four digits, after at most DATE_FORM_BEFORE_YEAR characters other than
    spaces: :func:`_days_written` tries the pattern only there.
    """
    found = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", date)
    if not found:
        return ""
    year, month, day = found.group(1), int(found.group(2)), int(found.group(3))
    month_day = rf"0?{month}\s*[-/.月_]\s*0?{day}(?!\d)"
    # An English page (or its markup: <span itemprop="datePublished">September 8, 2017</span>) names the month.
    name = rf"(?:{_ENGLISH_MONTHS[month - 1]}|{_ENGLISH_MONTHS[month - 1][:3]}t?)\.?"
    nth = rf"0?{day}(?:st|nd|rd|th)?"
    forms = (rf"{year}\s*[-/.年_]\s*{month_day}", rf"{year}{month:02d}{day:02d}(?!\d)",
             rf"(?<!\d)0?{day}[-/.]0?{month}[-/.]{year}", rf"(?<!\d)0?{month}[-/.]0?{day}[-/.]{year}",
             rf"\b{name}\s+{nth},?\s+{year}", rf"(?<!\d){nth}\s+{name},?\s+{year}")
    return "|".join(forms)


def _names_only_the_site(page_title: str, headline: str) -> bool:
    """A one-part <title> of at most SITE_TITLE_CHARS that ends like an outlet's name and shares
    nothing with the headline the page shows."""
    title = page_title.strip()
    return (len(_title_parts(title)) == 1 and 2 < len(title) <= SITE_TITLE_CHARS and title.endswith(outlet_suffixes())
            and without_spaces(title) not in without_spaces(headline) and without_spaces(headline) not in without_spaces(title))


def _drop_comments(pieces: list[Piece], kept: list[bool], first: int) -> None:
    """Readers' comments that trafilatura kept all the same (a portal's 跟贴 under the article): a piece
    inside a block whose id or class names comments, unless that block also holds the article's first
    paragraph, is not kept."""
    article_start = pieces[first].container if 0 <= first < len(pieces) else None
    for index, piece in enumerate(pieces):
        if not kept[index] or piece.container is None:
            continue
        zone = next((a for a in _ancestors(piece.container)
                     if _COMMENT_ZONE.search(f"{a.get('id', '')} {a.get('class', '')}")), None)
        if zone is not None and not any(element is article_start for element in zone.iter()):
            kept[index] = False


def _kept_by_extractor(pieces: list[Piece], main_text: str) -> list[bool]:
    """Which pieces trafilatura kept: a long piece when its text is anywhere in the extracted text; a
    short one (a subheading, or a channel name such as 汽车 under the article) only when it is found after
    the last long piece kept, as the extractor keeps the page's order, so that a word the article
    happens to use does not keep a sidebar's label."""
    kept, cursor = [], 0
    for piece in pieces:
        text = without_spaces(piece.text)
        if len(text) >= ANCHOR_CHARS:
            at = main_text.find(text, cursor)
            if at >= 0:
                cursor = at + len(text)
            kept.append(at >= 0 or text in main_text)
        else:
            kept.append(len(text) >= 2 and main_text.find(text, cursor) >= 0)
    return kept


def _title_piece(pieces: list[Piece], page_title: str, extracted_title: str, site_cut: bool = False):
    """Index of the piece that is the article's headline, if any.

    The ``<title>`` and trafilatura's title may each be the wrong one (a site banner's h1 '全新首页
    焕新登场' that trafilatura took; a generic <title> '新闻动态--中国地理学会官网'), so they are tried in
    turn: a heading that matches the <title>; else a line, emphasised or not, that is exactly the
    longest of the <title>'s several parts (<div class="title">标题</div> under '栏目--标题'), or the
    whole <title> once the site's name was cut off its end (``site_cut``); else a heading that matches
    trafilatura's title. A plain line above a matching heading that is that whole part wins over a heading
    that is only a piece of it: the article's first subhead (<strong>出国前后关注点大不同</strong>) under
    the headline <div>海外留学生看两会：出国前后关注点大不同</div> of '海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网'.
    """
    found = _heading_matching(pieces, [page_title])
    parts = _title_parts(page_title)
    longest = without_spaces(max(parts, key=len)) if len(parts) > 1 or site_cut else ""
    exact = [index for index, piece in enumerate(pieces)
             if len(longest) >= HEADLINE_MIN_CHARS and without_spaces(piece.text) == longest]
    if found is not None:
        shorter = len(without_spaces(pieces[found].text)) < len(longest)
        return exact[0] if shorter and exact and exact[0] < found else found
    if exact:
        return exact[0]
    return _heading_matching(pieces, [extracted_title]) if extracted_title != page_title else None


def _heading_matching(pieces: list[Piece], titles: list[str]):
    """Index of the longest heading (or emphasised line) that is part of one of ``titles``, if any.

    A heading that goes on past the page title's headline with a second deck (标题　副标题 under
    <title>标题 - 台視新聞) is the title too. Page titles carry the site name too ('新竹尖石_美樹營地賞楓 (2)
    @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::'), so the heading must make up a fair share of the title, not
    just match the site name.
    """
    compact_titles = [without_spaces(title) for title in titles if title and title.strip()]
    # A page title may hold only the headline's first deck (标题 - 台視新聞 over a heading 标题　副标题).
    headlines = [without_spaces(headline_of_page_title(title)) for title in titles if title and title.strip()]
    site_parts = [without_spaces(part) for title in titles if title for part in _title_parts(title)[1:]]
    best, best_length = None, 0
    for index, piece in enumerate(pieces):
        text = without_spaces(piece.text)
        # A caption the page names so (<h2 class="art_img_tit">, fresh11 382) is none, though trafilatura took it as
        # the title of a record's content that has no <title>.
        emphasised = piece.hint == "heading" or piece.n_bold >= len(piece.text) - 1 and piece.hint != "image_caption"
        part_of_title = any(text in title and len(text) >= 0.3 * len(title) for title in compact_titles) or any(
            len(headline) >= HEADLINE_MIN_CHARS and text.startswith(headline) and len(headline) >= DECK_SHARE * len(text)
            and (text == headline or len(text) - len(headline) >= HEADLINE_MIN_CHARS)  # a deck, not a word (…座谈会强调)
            for headline in headlines)
        # The site's name in a heading (中国地理学会 from '新闻动态--中国地理学会官网') is no headline.
        names_the_site = any(text in part for part in site_parts) and not any(
            text in without_spaces(_title_parts(title)[0]) for title in titles if title)
        if emphasised and len(text) > best_length and part_of_title and not names_the_site and not _links_home(piece):
            best, best_length = index, len(text)
    return best


def _links_home(piece: Piece) -> bool:
    """A heading that is a link to the site's home page (``<h1><a href="index.html">某某的博客</a></h1>``,
    a blog theme's or portal's banner) names the site, not the article."""
    container = piece.container
    if container is None:
        return False
    return any(_HOME_LINK.match((link.get("href") or "").strip()) and without_spaces(link.text_content()) == without_spaces(piece.text)
               for link in container.iter("a"))


# A web address in a line (巴彦淖尔市政府门户网站 www.bynr.gov.cn): a site's banner, not a headline.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[\w.-]+|[\w-]+\.(?:com|net|org|gov|edu)(?:\.[a-z]{2})?\b", re.I)


def _heading_above(pieces: list[Piece], first: int, untitled: bool = False):
    """Index of a heading among the few pieces right above the article's first paragraph, when the
    page title names no headline ('新闻动态--中国地理学会官网' over an <h5>, '科普中国-辟谣文章' over a
    <div class="rumor-title">): a heading element (h1-h6), a block whose class or id says title, or a
    short line right above a date or byline line, or the article's first piece itself when it is a heading
    element; on a page with no <title> at all (a story cut out of a feed: <strong>headline</strong><p>…), also
    a line wholly in bold opening it; never a piece of a date box (07月 2019), nor a line
    with a web address (a site's banner: 某某市政府门户网站 www.example.gov.cn)."""
    # trafilatura may keep the headline as the article's first line (a portal's home page, its top story's
    # <h2> over the lede): a heading element there is looked at first.
    start = first if first < len(pieces) and pieces[first].hint == "heading" else first - 1
    for index in range(start, max(-1, first - HEADING_LOOKBACK - 1), -1):
        piece = pieces[index]
        text = piece.text.strip()
        container = piece.container
        titled = container is not None and bool(_TITLE_CLASS.search(f"{container.get('id', '')} {container.get('class', '')}"))
        following = first_cue(pieces[index + 1].text, "head") if index + 1 < len(pieces) else None
        over_a_date_line = bool(following) and following[0].role == "byline"
        bold_opening = untitled and index == 0 and piece.n_bold >= len(piece.text) - 1
        # A fragment from WeChat's editor (no <title>): the headline in large type in the opening card, perhaps
        # under a kicker in small type (💼 职场预警) and broken by <br> into lines of one block.
        large = untitled and piece.set_large
        if (piece.hint == "heading" or titled or over_a_date_line or bold_opening or large) \
                and HEADLINE_MIN_CHARS <= len(text) <= HEADLINE_MAX_CHARS \
                and "。" not in text and not first_cue(text, "head") and not _DATE_FRAGMENT.match(text) \
                and not _WEB_ADDRESS.search(text):  # an info line in a block classed title_info is no headline; a banner gives its address
            while large and index > 0 and _next_line_of(pieces[index - 1], piece):
                index -= 1
            return index
    return None


def _lines_of_one_heading(first: Piece, following: Piece) -> bool:
    """Whether two pieces are the lines of one heading element broken by <br> (<h2>《关于新乡市2025年预算执行情况<br>
    和2026年预算草案的报告》（摘要）</h2>, fresh35 1006: a long official title set on two lines): one headline."""
    return first.hint == following.hint == "heading" and following.container is not None \
        and following.container is first.container and following.block == first.block + 1


def _next_line_of(first: Piece, following: Piece) -> bool:
    """Whether ``following`` continues ``first``'s headline: the next line of the same block, in the same large type."""
    return following.set_large and first.set_large and following.container is not None \
        and following.container is first.container and following.block == first.block + 1


def _main_range(pieces: list[Piece], kept: list[bool]) -> tuple[int, int]:
    """First and last piece of the article: kept pieces that end a sentence, widened backwards over
    siblings that were kept (a dateline paragraph such as 'TNW中文站 10月14日报道' opens the article)
    or are prose (a lede trafilatura dropped, even above a captioned photo), and forwards over lines of dialogue in
    the last paragraph's element; those are marked in ``kept``."""
    sentences = [i for i, p in enumerate(pieces) if kept[i] and len(p.text) >= 15 and re.search("[。！？!?]", p.text)]
    if not sentences:
        return len(pieces), -1
    first, last = sentences[0], sentences[-1]
    parent = _parent(pieces[first])
    while first > 0 and parent is not None:
        # a photo between the lede and the next paragraph (WordPress's div.wp-caption) does not end the article
        step = 2 if first > 1 and _is_photo_caption(pieces[first - 1]) and _is_prose(pieces[first - 2]) else 1
        before = pieces[first - step]
        if not ((kept[first - step] or _is_prose(before)) and (_parent(before) is parent or _same_kind(before, pieces[first]))):
            break
        for index in range(first - step, first):
            kept[index] = True  # the widened paragraph (and its photo's caption) is article text
        first -= step
    # Forwards too, over the lines of dialogue that close a story (“咳咳，茶座君。” / “也谢谢你……”), too short for the
    # extractor, in the element that holds its last paragraph; and under an official résumé's first line (徐鸣，男，汉族，
    # 1958年1月生，…), over its dated posts (1975.12--1978.03安徽省凤阳县二铺公社知青 … 2021年7月被查。, fresh26 825).
    parent = _parent(pieces[last])
    in_resume = bool(OFFICIAL_RESUME_LINE.match(pieces[last].text.strip()))
    while last + 1 < len(pieces) and parent is not None and _parent(pieces[last + 1]) is parent \
            and (_QUOTED_LINE.fullmatch(pieces[last + 1].text.strip())
                 or (in_resume and RESUME_POST.match(pieces[last + 1].text.strip()))):
        last += 1
        kept[last] = True
    return first, last


# A line that is one quoted utterance: an opening quotation mark, a closing one at its end.
_QUOTED_LINE = re.compile(r"[“「『\"][^\n]*[”」』\"]")


def _is_photo_caption(piece: Piece) -> bool:
    """A short line in the same element as a photo, no sentence of the article's."""
    holder = _parent(piece)
    return piece.hint == "image_caption" or (
        holder is not None and len(piece.text) < SUBSTANTIAL_CHARS and holder.find(".//img") is not None)


def _same_kind(piece: Piece, other: Piece) -> bool:
    """Paragraphs of one template (div.article-paragraph), each wrapped in a container of its own."""
    a, b = piece.container, other.container
    return a is not None and b is not None and a.tag == b.tag and bool(a.get("class")) and a.get("class") == b.get("class")


def _is_prose(piece: Piece) -> bool:
    """A paragraph of sentences (trafilatura sometimes drops an article's first one)."""
    return len(piece.text) >= SUBSTANTIAL_CHARS and bool(re.search("[。！？!?]", piece.text[-3:]))


def _article_after_last_sentence(pieces: list[Piece], last: int) -> set[int]:
    """The lines after the article's last sentence that are still the article's, in its element (the parent of its
    last paragraph) and with no cue of their own: a chart's or a table's numbered label (图4 …, 表6 …: a bulletin's
    e-paper lists its figures after the text, fresh35 1005), and every line up to a byline naming the writer that
    closes the article in that element (a budget report's ● list of measures above □新乡日报全媒体记者 翟京元 整理,
    fresh35 1006). The extractor ends the article at its last sentence; these lines are no furniture."""
    parent = _parent(pieces[last]) if 0 <= last < len(pieces) else None
    if parent is None:
        return set()
    run = []
    for index in range(last + 1, len(pieces)):
        if _parent(pieces[index]) is not parent:
            break
        hit = first_cue(pieces[index].text, "tail")
        if hit and hit[0].role == "byline" and hit[1].groupdict().get("author"):
            return {at for at in run if _unlabelled_line(pieces[at].text)}
        run.append(index)
    return {at for at in run if is_figure_label(pieces[at].text) and _unlabelled_line(pieces[at].text)}


# A credit's label before its separator (出品︱网易科学人栏目组, 监制：张三): a line of the credits around a byline.
_CREDIT_LABEL = re.compile(r"^[^\s：:｜|丨︱/／]{1,6}\s*[：:｜|丨︱/／]")


def _unlabelled_line(text: str) -> bool:
    """A line no cue reads and no label opens: the article's own, not a credit beside its byline."""
    return not first_cue(text, "tail") and not _CREDIT_LABEL.match(text.strip())


def _parent(piece: Piece):
    return piece.container.getparent() if piece.container is not None else None


def _label_outside(piece: Piece, where: str, region: str, under_title: bool = False) -> None:
    """Page chrome, with a kind from the cue lexicon or its containers. ``region`` (head, tail, core:
    before, after or inside the article) keeps positional cues in place: a comment's timestamp under
    the article is no publish date. Between the headline and the article (``under_title``) a byline
    that links to the reporter's page (<a href="/search/記者X／台北報導">) is the article's own."""
    # Inside the article's stretch, a piece trafilatura left out is furniture such as a byline
    # between the headline and the lede: the cues of the head apply to it too.
    hit = first_cue(piece.text, region) or (first_cue(piece.text, "head") if region == "core" else None)
    zone = _zone_kind(piece.container)
    if hit and hit[0].role == "boilerplate" and zone == "comment":
        hit = None  # a reader's comment is a comment, whatever its words or timestamp look like
    if hit and links_elsewhere(hit[0], piece) and not under_title:
        hit = None
    if hit and hit[0].role in ("boilerplate", "byline"):
        piece.role, piece.kind, piece.reason = hit[0].role, hit[0].kind, f"{where}; {hit[0].reason}"
        piece.captures = {k: v for k, v in hit[1].groupdict().items() if v}
    elif region == "core" and credited_caption().match(piece.text.strip()):
        # Between the article's paragraphs, a line closed by a picture's credit is that picture's caption
        # (trafilatura drops an <img>'s caption <div>).
        piece.role, piece.kind, piece.reason = "caption", "image_caption", f"{where}; a line inside the article closed by a picture's credit"
    elif (region == "core" or under_title) and piece.after_image and _is_picture_label(piece.text.strip()):
        # A short line with no sentence end right under a picture between the article's paragraphs is its
        # caption (<p align="center"> under the <img> in a table cell, which trafilatura leaves out).
        piece.role, piece.kind, piece.reason = "caption", "image_caption", f"{where}; a short line right under a picture inside the article"
    elif (region == "core" or under_title) and piece.after_image and _picture_nearby(piece) \
            and (not piece.linked or _link_holds_picture(piece)) and _is_picture_sentence(piece.text.strip()):
        # The text trafilatura leaves out right under a picture in the article's stretch (the lead photo under
        # the headline, a photo between paragraphs) is the picture's caption when it is one or two sentences:
        # news pages caption a photo with a sentence (梁振英同时遭到…议员质问。, ▲屋苑大廈每日處理大量垃圾…).
        piece.role, piece.kind, piece.reason = "caption", "image_caption", f"{where}; one or two sentences right under a picture inside the article"
    else:
        piece.role, piece.kind, piece.reason = "boilerplate", zone, f"{where}; container: {zone}"


def _is_picture_label(text: str) -> bool:
    return 0 < len(text) <= SHORT_CAPTION_CHARS and text[-1] not in SENTENCE_END


def _is_picture_sentence(text: str) -> bool:
    """A caption's shape in sentences: opened by a mark pointing up at the picture (▲), or a statement (its first
    sentence closed by a full stop, not a prompt's ！ or a headline's ？) followed by at most its credit or a note;
    at most twice a closed caption's length."""
    if not text or len(text) > 2 * CLOSED_CAPTION_CHARS:
        return False
    if text[0] in PICTURE_MARKS:
        return True
    sentences = split_sentences(text)
    first_end = text[sentences[0][1] - 1]
    return len(sentences) <= 2 and first_end in "。."


def _link_holds_picture(piece: Piece) -> bool:
    """Whether the link around the piece also wraps a picture (a photo and its caption opening a larger view,
    a.thickbox > img + ul.photoCaption), and is no item of a list (ul > li > a > img + div.des: other stories'
    teasers, each a thumbnail and its text behind one link)."""
    link = next((a for a in _ancestors(piece.container) if a.tag == "a"), None)
    return link is not None and link.find(".//img") is not None and not any(up.tag == "li" for up in _ancestors(link))


def _picture_nearby(piece: Piece) -> bool:
    """Whether an <img> sits in the piece's element or in one of its two nearest ancestors: a caption shares a
    figure's box with its picture (div.image > img + p.caption), a sidebar note only shares the page with one."""
    return any(element.tag == "img" or element.find(".//img") is not None for element in islice(_ancestors(piece.container), 3))


def _zone_kind(element) -> str:
    for ancestor in _ancestors(element):
        if ancestor.tag in _ZONE_TAGS:
            return _ZONE_TAGS[ancestor.tag]
        kind = _zone_named(f"{ancestor.get('id', '')} {ancestor.get('class', '')}")
        if kind:
            return kind
    return "page_chrome"


@lru_cache(maxsize=4096)
def _zone_named(words: str) -> str | None:
    """The zone an element's id and classes name, if any: a page repeats a few class names on every
    element of each piece's ancestry, asked about for every piece outside the article."""
    return next((kind for kind, pattern in _ZONE_WORDS if pattern.search(words)), None)


def _ancestors(element):
    while element is not None:
        yield element
        element = element.getparent()


def _title_parts(page_title: str) -> list[str]:
    """The parts of a page title between separators ('标题_科技_腾讯网' -> 标题, 科技, 腾讯网)."""
    return [part.strip() for part in _TITLE_SEPARATOR.split(page_title) if part.strip()] or [page_title.strip()]


def headline_of_page_title(page_title: str) -> str:
    """'DeepMind新电脑…_科技_腾讯网' -> 'DeepMind新电脑…': the first part, when every other part is short
    (channel and site names), else the whole title."""
    parts = _title_parts(page_title)
    if len(parts) > 1 and all(len(part) <= SITE_PART_CHARS for part in parts[1:]):
        return parts[0]
    return page_title.strip()


def site_from_title(page_title: str) -> str:
    """腾讯网 from 'DeepMind…_科技_腾讯网': a part after the headline in a title split on _ | - ::.

    The last part that ends like an outlet's name (网, 报, 新闻 … in data/lexicon/outlet_cues.tsv) wins;
    with none, the title names no site ('' rather than a guess).
    """
    parts = _title_parts(page_title)
    if len(parts) < 2:
        return ""
    # A bare section word (新闻, 财经) is a channel, not the site; a part that does not end like an
    # outlet's name (文化频道, 評論, The Paper) is not taken for one.
    # A long part longer than the first is the headline after the site's name (克拉玛依日报数字报-…统计公报: 公报 ends
    # like 报, site_before_headline reads the name).
    outlets = [part for part in parts[1:] if part.endswith(outlet_suffixes()) and part not in outlet_suffixes()
               and not len(parts[0]) < len(part) > SITE_PART_CHARS]
    return outlets[-1] if outlets else ""


def site_before_headline(page_title: str) -> str:
    """克拉玛依日报数字报 from '克拉玛依日报数字报-克拉玛依市2025年国民经济和社会发展统计公报' (fresh35 1005): a paper's e-paper and
    news sites put their name first; the first of two parts, when it is short and ends like an outlet's name and the
    other is longer (the headline). '' otherwise (科技_腾讯网 names its site last, site_from_title reads it)."""
    parts = _title_parts(page_title)
    if len(parts) != 2 or len(parts[0]) > SITE_PART_CHARS or len(parts[1]) <= len(parts[0]):
        return ""
    return parts[0] if parts[0].endswith(outlet_suffixes()) and parts[0] not in outlet_suffixes() else ""


def headline_before_site(page_title: str, address_outlet: str) -> tuple[str, str]:
    """(headline, site) of a page title whose last part the page's address names: 网易体育 in
    '日本被淘汰后…字条|点球大战|桌子|克罗地亚_网易体育' under www.163.com (网易), a site's name that need not end like an
    outlet's. The headline runs to the end of the last part longer than SITE_PART_CHARS (the short parts after it
    are the page's tags: 点球大战, 桌子); ('', '') when the last part does not start with the address's outlet."""
    parts = _title_parts(page_title)
    if len(parts) < 2 or not address_outlet or not parts[-1].startswith(address_outlet):
        return "", ""
    last_long = next((part for part in reversed(parts[:-1]) if len(part) > SITE_PART_CHARS), parts[0])
    return page_title[:page_title.rindex(last_long, 0, page_title.rindex(parts[-1])) + len(last_long)].strip(), parts[-1]


@lexicon.cached
def outlet_suffixes(kind: str = "suffix") -> tuple[str, ...]:
    """How an outlet's name ends (data/lexicon/outlet_cues.tsv); kind="issuer": how a public body's does;
    kind="archive": how an archive site's name ends after the account it keeps."""
    return tuple(cue for cue, cue_kind in lexicon.read_rows("outlet_cues.tsv", ("cue", "type")) if cue_kind == kind)


@lexicon.cached
def meta_tag_fields() -> dict[str, str]:
    """<meta> name, property or itemprop (lower case) -> meta field, in order of trust within each field
    (data/lexicon/meta_tags.tsv: Open Graph, Dublin Core, schema.org, the vocabularies trafilatura, htmldate and
    GeneralNewsExtractor read, the metadata of Chinese government sites)."""
    return {_meta_name(name): field for name, field in lexicon.read_rows("meta_tags.tsv", ("name", "field"))}


def _meta_name(name: str) -> str:
    """A tag's name as meta_tags.tsv lists it: lower case, spaces squeezed (凤凰网's name="og:time ")."""
    return " ".join(name.split()).lower()


# An element's itemprop or class that marks an edit's time (dateModified, <time class="updated">): never the publication's.
_EDIT_TIME = re.compile(r"modif|updat|edit", re.I)
# A <time>'s class that marks the publication's time (htmldate's CLASS_ATTRS: date-published, published; WordPress's
# entry-date published; post-date, pubdate).
_PUBLISH_TIME = re.compile(r"publish|entry-date|post-date|pubdate", re.I)


def _page_clues(root, page_title: str) -> list[Clue]:
    """What the page's <meta> tags, microdata, <time> and <title> say (weaker than the text: ``page`` clues)."""
    tags: dict[str, str] = {}
    where: dict[str, str] = {}
    for element in root.iter("meta"):
        content = (element.get("content") or "").strip()
        for attribute in ("name", "property", "itemprop"):
            name = _meta_name(element.get(attribute) or "")
            if name and content and not content.startswith("http") and name not in tags:
                tags[name], where[name] = content, f"<meta {name}>"
    for name, value in _microdata(root):
        if name not in tags:
            tags[name], where[name] = value, f"itemprop={name}"
    structured = _json_ld_clues(root)
    # A person named in the page's structured data is more specific than <meta author>, which portals
    # often fill with their own name; its other fields come after the <meta> tags.
    clues = [clue for clue in structured if clue.key == "author"]
    clues += [Clue(field, tags[name], where[name], "page") for name, field in meta_tag_fields().items() if name in tags]
    clues += [clue for clue in structured if clue.key != "author"]
    clues += _author_element_clues(root)
    times = [(element, (element.get("datetime") or element.text_content()).strip()) for element in root.iter("time")]
    times = [(element, stamp) for element, stamp in times
             if iso_date(stamp) and not _EDIT_TIME.search(f"{element.get('itemprop', '')} {element.get('class', '')}")]
    # The one a page marks as the publication's (HTML5's pubdate attribute, WordPress's class="entry-date published"),
    # else the first.
    marked = [(element, stamp) for element, stamp in times
              if element.get("pubdate") is not None or _PUBLISH_TIME.search(element.get("class") or "")]
    for element, stamp in (marked or times)[:1]:
        clues.append(Clue("publish_date", stamp, "<time pubdate>" if marked else "<time>", "page"))
    site = site_from_title(page_title)
    if site:
        clues.append(Clue("outlet", site, "<title> suffix", "page"))
    elif site := site_before_headline(page_title):
        clues.append(Clue("outlet", site, "<title> prefix", "page"))
    elif (named := _title_suffix_in_tags(page_title, tags)):
        clues.append(Clue("outlet", named, "<title> suffix that the page's <meta> tags name again", "page"))
    elif (named := _title_suffix_on_masthead(root, page_title)):
        clues.append(Clue("outlet", named, "<title> suffix that the page's masthead names again", "page"))
    return clues


# A microdata value longer than this is a block of text, not a name, a date or a headline.
MICRODATA_MAX_CHARS = 120


def _microdata(root):
    """(itemprop, value) of each element outside <meta> whose itemprop data/lexicon/meta_tags.tsv lists
    (<span itemprop="datePublished" content="2021-03-04">, <time itemprop="datePublished" datetime=…>, <h1
    itemprop="headline">, <span itemprop="author" itemscope><span itemprop="name">张三</span></span>), in the page's
    order, when the item it describes is an article (its itemtype one of _ARTICLE_TYPE's) or no item is declared; the
    value is the element's content= or datetime=, else the text of its own itemprop="name", else its text."""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag == "meta":
            continue
        name = _meta_name(element.get("itemprop") or "")
        if not name or name not in meta_tag_fields():
            continue
        owner = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
        if owner is not None and not _ARTICLE_TYPE.match((owner.get("itemtype") or "").rstrip("/").rpartition("/")[2]):
            continue
        named = next((e for e in element.iter() if e is not element and (e.get("itemprop") or "").lower() == "name"), None)
        value = element.get("content") or element.get("datetime") or visible_text(named if named is not None else element)
        value = value.strip()
        if value and len(value) <= MICRODATA_MAX_CHARS and not value.startswith("http"):
            yield name, value


# class names of an element that holds the writer's name alone (<span class="auth">单仁平</span> in a portal's info bar).
_AUTHOR_CLASSES = frozenset({"auth", "author", "writer"})


def _author_element_clues(root) -> list[Clue]:
    """The writer an element classed as the author's holds (<span class="auth">单仁平</span> between the
    paper's name and the comment link of a portal's info bar, fresh10 370): a page clue, when its whole text
    reads as a person's name (two to four Han characters starting with a common surname) and it holds no other
    element."""
    from zhnews.load.meta import has_surname

    for element in root.iter("span", "div", "p", "a", "em", "strong"):
        classes = set((element.get("class") or "").lower().split())
        name = element.text_content().strip()
        # its own text, no child elements: a sidebar's author card (<div class="author"><a><img></a><span><a>吴晓波…)
        # links to a columnist's other pieces
        if classes & _AUTHOR_CLASSES and len(element) == 0 and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and has_surname(name):
            return [Clue("author", name, f"element classed as the author's: {name}", "page")]
    for badge in root.iter("span"):
        # <span class="original">原创</span> <span>紫醉金迷</span> <span>2018-03-06 21:13:18</span> in a 今日头条 page's
        # div.article-sub (fresh14 472, 473): the one name after the badge is the account, which writes its own posts
        following = badge.getnext()
        if "original" in (badge.get("class") or "").split() and visible_text(badge) in ("原创", "Original") \
                and following is not None and following.tag == "span" and len(following) == 0:
            name = visible_text(following)
            if name and len(name) <= 20 and not iso_date(name):
                return [Clue("author", name, f"span after span.original 原创: {name}, {_AFTER_THE_BADGE}", "page",
                             signed=True)]
    for icon in root.iter("i"):
        # <li><i class="bi bi-person"></i> <a>教務處 郭心怡</a></li> in a blog template's entry-meta (a school e-paper,
        # fresh18 562): the item a person icon opens names the writer, after her office; an item naming no person
        # (<i class="fa fa-user"></i>富达传媒 on a portal, dev3 207; a login link, dev4 228) names no writer
        item = icon.getparent()
        if item is None or not set((icon.get("class") or "").lower().split()) & _PERSON_ICONS or icon.getprevious() is not None:
            continue
        words = item.text_content().split()
        if 1 <= len(words) <= 3 and len(" ".join(words)) <= 20:
            names = [word for word in words if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) and has_surname(word)]
            if len(names) == 1 and names[0] == words[-1]:
                return [Clue("author", names[0], f"item opened by a person icon: {' '.join(words)}", "page")]
    return []


# Icon classes of a person's glyph (Bootstrap Icons, Font Awesome, Boxicons, IcoFont, Glyphicons).
_PERSON_ICONS = frozenset({"bi-person", "fa-user", "bx-user", "icofont-user", "glyphicon-user", "icon-user"})


# The domain ending of a site's name written as its address (CSDN.NET, cnBeta.COM).
_DOMAIN_ENDING = re.compile(r"\.(?:com|net|org|cn)(?:\.cn)?$", re.I)


def _title_suffix_in_tags(page_title: str, tags: dict[str, str]) -> str:
    """CSDN.NET in '谷歌推出…-CSDN.NET' when <meta author> (or publisher, application-name, copyright)
    says CSDN.NET too: the name a page puts after its headline and in its tags is the site's, even
    when it does not end like an outlet's name; the name without its domain ending when the tags give it so
    (cnBeta.COM after the headline, <meta author> cnBeta: cnBeta, fresh10 368); '' otherwise."""
    parts = _title_parts(page_title)
    if len(parts) < 2 or len(parts[-1]) > SITE_PART_CHARS:
        return ""
    named = {tags.get(name, "").strip().lower() for name in ("author", "publisher", "application-name", "copyright")}
    bare = _DOMAIN_ENDING.sub("", parts[-1])
    return parts[-1] if parts[-1].lower() in named else bare if bare.lower() in named else ""


# Before a site's name in its masthead: a decoration (🎬 24帧公众号存档, ▍X).
_MASTHEAD_MARKS = re.compile(r"^[^\w《「“『]+")


def _title_suffix_on_masthead(root, page_title: str) -> str:
    """The site after the headline in a page title that the page's masthead repeats: its logo, brand or
    site-name element, or its home link (<a href="/">), starts with the same name. '纽约时报中文网 国际纵览'
    after '德州茶党支持者… - ' and in the home link (fresh13 452), 'Innora AI' after '… | ' and in the brand
    link 'Innora AI — 支付宝安全研究' (fresh14 481), '24帧公众号存档' after '… - ' and in <span class="site-name">
    (fresh10 362): a name the page gives twice in the places of its own name is the site's, even when it does
    not end like an outlet's. Cleaned as :func:`masthead_outlet` says; '' when no masthead repeats it."""
    parts = _title_parts(page_title)
    if len(parts) < 2 or len(parts[-1]) > SITE_PART_CHARS:
        return ""
    suffix = parts[-1]
    for element in root.iter("a", "span", "div", "p", "h1", "h2", "strong"):
        marked = _LOGO.search(f"{element.get('id', '')} {element.get('class', '')}")
        home = element.tag == "a" and (element.get("href") or "").strip() in ("/", "./", "/index.html", "index.html")
        if (marked or home) and _MASTHEAD_MARKS.sub("", re.sub(r"\s+", " ", element.text_content()).strip()).startswith(suffix):
            return masthead_outlet(suffix)
    return ""


def masthead_outlet(name: str) -> str:
    """The outlet a site's masthead name gives: the name before a spaced slogan when that part ends like an
    outlet's (纽约时报中文网 国际纵览 -> 纽约时报中文网); the account an archive site keeps, before the archive's
    word (24帧公众号存档 -> 24帧, data/lexicon/outlet_cues.tsv type archive); else the name itself."""
    first = name.split()[0]
    if first != name and first.endswith(outlet_suffixes()) and first not in outlet_suffixes():
        return first
    for tail in outlet_suffixes("archive"):
        if name.endswith(tail) and len(name) > len(tail):
            return name[:-len(tail)].strip()
    return name


# A saved page's own address in a comment on top, as browsers and crawlers leave it:
# <!-- saved from url=(0052)https://… -->, <!--https://…-->, SingleFile's "url: https://…".
_SAVED_ADDRESS = re.compile(r"<!--\s*(?:saved from url=\(\d+\)\s*|(?:(?!-->)[^>]){0,200}?\burl:\s*)?(https?://[^\s<>\"']+?)(?=-->|[\s<>\"']|$)", re.I)
# How many characters at the top of a page are searched for that comment.
SAVED_ADDRESS_CHARS = 3000
# id/class words of the site's logo, brand or name element and of its home link.
_LOGO = re.compile(r"logo|home|brand|site-?name", re.I)


def _site_clues(root, source: str) -> list[Clue]:
    """The outlet of the site a page belongs to, for a page that names it nowhere else (``page`` clues,
    after <meta> and the <title> suffix): its address (<link rel=canonical>, og:url, <base href>, the
    comment of a saved page) or its logo's home link, looked up in the domains of
    data/lexicon/outlets.tsv; then the logo's alt or title text when it ends like an outlet's name
    (环球网)."""
    addresses = []
    for element in root.iter("link", "meta", "base"):
        if element.tag == "link" and "canonical" in (element.get("rel") or "").lower():
            addresses.append((element.get("href"), "<link rel=canonical>"))
        elif element.tag == "meta" and (element.get("property") or element.get("name") or "").lower() == "og:url":
            addresses.append((element.get("content"), "<meta og:url>"))
        elif element.tag == "base":
            addresses.append((element.get("href"), "<base href>"))
    saved = _SAVED_ADDRESS.search(source[:SAVED_ADDRESS_CHARS])
    if saved:
        addresses.append((saved.group(1), "the saved page's address comment"))
    logos = [element for element in root.iter("a", "img", "div", "span", "h1", "p")
             if _LOGO.search(f"{element.get('id', '')} {element.get('class', '')}")]
    for element in logos:
        link = element if element.tag == "a" else next(element.iterancestors("a"), None)
        if link is None:
            link = next(element.iter("a"), None)
        if link is not None and re.match(r"(?:https?:)?//", link.get("href") or ""):
            addresses.append((link.get("href"), "the logo's home link"))
    clues = []
    for address, where in addresses:
        outlet = outlet_of_url(address or "")
        if outlet:
            clues.append(Clue("outlet", outlet, f"page address {address.strip()[:60]} ({where})", "page"))
    for element in logos:
        for image in (element, *element.iter("img")):
            name = _logo_name(image.get("alt") or image.get("title") or "")
            if name and name.endswith(outlet_suffixes()) and name not in outlet_suffixes():
                clues.append(Clue("outlet", name, f"the logo's {'alt' if image.get('alt') else 'title'} text", "page"))
    return clues


def _logo_name(text: str) -> str:
    """A logo's alt text as a name: whitespace squeezed; '' when it is more than a short name."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if 2 <= len(text) <= 20 else ""


# schema.org types of an article in a page's JSON-LD (<script type="application/ld+json">): Article and the types
# under it, which schema.org names after it or after SocialMediaPosting (NewsArticle, ReportageNewsArticle, TechArticle
# of a research team's page in fresh14 481, ScholarlyArticle, BlogPosting, LiveBlogPosting), and its Report.
_ARTICLE_TYPE = re.compile(r"^(?:\w*Article|\w*Posting|Report)$")


def _json_ld_clues(root) -> list[Clue]:
    """The article's headline, author(s) (persons only), publisher and date in the schema.org data that
    most news sites embed for search engines (``page`` clues, like the <meta> tags). schema.org lets each be written
    several ways: an author as a Person, a list of them, a bare name or an object with no @type (an Organization is no
    writer); a publisher as an Organization or a bare name; the date as datePublished, else dateCreated (dateModified is
    an edit's); the headline as headline, else the article's name."""
    clues = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # a site's malformed JSON-LD is no clue, not an error
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            kind = next((k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str) and _ARTICLE_TYPE.match(k)), None)
            if kind is None:
                continue
            authors = item.get("author")
            persons = [_json_ld_name(a, persons_only=True) for a in (authors if isinstance(authors, list) else [authors])]
            found = (("title", item.get("headline") or item.get("name")), ("author", "、".join(filter(None, persons))),
                     ("outlet", _json_ld_name(item.get("publisher"))),
                     ("publish_date", item.get("datePublished") or item.get("dateCreated")))
            clues += [Clue(key, value.strip(), f"JSON-LD {kind}", "page")
                      for key, value in found if isinstance(value, str) and value.strip()]
    return clues


def _json_ld_name(entity, persons_only: bool = False) -> str | None:
    """The name of a JSON-LD author or publisher: a bare string, or an object's name; with ``persons_only``, an
    object typed as anything but a Person (an Organization credited as the author) names none."""
    if isinstance(entity, str):
        return entity
    if not isinstance(entity, dict):
        return None
    kinds = entity.get("@type")
    if persons_only and kinds is not None and "Person" not in (kinds if isinstance(kinds, list) else [kinds]):
        return None
    name = entity.get("name")
    return name if isinstance(name, str) else None


def _json_ld_items(data):
    """Every object of a JSON-LD document: a list, a @graph, or one object, and the article a page names as its
    mainEntity (a WebPage whose mainEntity is the NewsArticle)."""
    if isinstance(data, list):
        for entry in data:
            yield from _json_ld_items(entry)
    elif isinstance(data, dict):
        yield data
        yield from _json_ld_items(data.get("@graph", []))
        yield from _json_ld_items(data.get("mainEntity", []))


def _wechat_clues(root, source: str) -> list[Clue]:
    """Title, account, author and date of a WeChat page, from its elements or its script variables."""
    def element_text(*ids_or_classes):
        for name in ids_or_classes:
            found = root.get_element_by_id(name, None)
            if found is None:
                hits = root.find_class(name)
                found = hits[0] if hits else None
            text = visible_text(found) if found is not None else ""
            if text:
                return text, f"{WECHAT_SOURCE} #{name}"
        return None

    def script_variable(name):
        found = re.search(rf"var\s+{name}\s*=\s*(?:htmlDecode\()?[\"']([^\"']+)", source)
        return (found.group(1), f"{WECHAT_SOURCE} var {name}") if found else None

    clues = []
    for key, found in (
        ("title", element_text("activity-name", "rich_media_title") or script_variable("msg_title")),
        ("outlet", element_text("js_name", "post-user", "profile_nickname") or script_variable("nickname")),
        ("author", element_text("js_author_name") or script_variable("author")),
        ("publish_date", _wechat_date(element_text, source)),
    ):
        if found:
            # the author field holds what the writer typed as their name (家熙Panda, fresh28 865): taken as written
            clues.append(Clue(key, found[0], found[1], signed=key == "author"))
    outlet = next((clue.value for clue in clues if clue.key == "outlet"), None)
    author = _meta_line_author(root, outlet)
    if author:
        signed = author == outlet
        clues.append(Clue("author", author, "WeChat meta line (#meta_content)" + (f", {_AFTER_THE_BADGE}" if signed else ""),
                          signed=signed))
    return clues


def visible_text(element) -> str:
    """An element's text as a reader sees it, squeezed: these clues are read before the scripts are
    dropped, and a title the page writes twice (``document.write`` inside the heading) is text of a script."""
    parts = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag not in _INVISIBLE_TAGS:  # comments have a function as tag
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    walk(element)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _wechat_date(element_text, source: str):
    shown = element_text("post-date", "publish_time")
    if shown and iso_date(shown[0]):
        return shown
    found = re.search(r"var\s+(publish_time|createTime)\s*=\s*[\"']([^\"']+)", source)
    if found and iso_date(found.group(2)):
        return found.group(2), f"WeChat var {found.group(1)}"
    # The publication's epoch; svr_time is when the page was saved, so it is never read.
    found = re.search(r"var\s+(ct|create_time)\s*=\s*[\"']?(\d{9,10})", source)
    if found:
        china = timezone(timedelta(hours=8))
        return datetime.fromtimestamp(int(found.group(2)), tz=china).date().isoformat(), f"WeChat var {found.group(1)} (epoch)"
    return None


# The day WeChat shows in the meta line of a page saved soon after posting, in its Chinese or English interface
# (Today, Yesterday, 3 days ago, 今天, 昨天, 3天前): the date's place, never a writer.
_RELATIVE_DAY = re.compile(r"^(?:today|yesterday|\d+\s*(?:minutes?|hours?|days?|weeks?)\s+ago|今天|昨天|前天|刚刚|剛剛"
                           r"|\d+\s*(?:分钟|分鐘|小时|小時|天|周|週)前)$", re.I)


# How an author clue's source says that its name stands right after the 原创 badge (Clue.signed).
_AFTER_THE_BADGE = "the name after the 原创 badge"


def _meta_line_author(root, account: str | None) -> str | None:
    """The author in WeChat's meta line (原创 | 王明 | account | date): the text span that is none of the others.
    The account's name is the author only in the author's own span right after the 原创： badge (原创： 纯洁的微笑 beside
    the nickname 纯洁的微笑, fresh18 580; the same markup as 原创： 高渊 and 原创： 刘淑洋, fresh4 131, fresh8 333): a writer
    who signs with the account's name, as 紫醉金迷 does after 原创 on 今日头条 (472, 473)."""
    line = root.get_element_by_id("meta_content", None)
    if line is None:
        return None
    after_badge = False
    for span in line.find_class("rich_media_meta_text"):
        text = visible_text(span)
        if text.rstrip("：: ") in {"原创", "Original"}:
            after_badge = True
            continue
        if text and "rich_media_meta_nickname" not in (span.get("class") or "").split() \
                and (text != account or after_badge) and not iso_date(text) and not _RELATIVE_DAY.match(text) \
                and len(text) <= 20:
            return text
        after_badge = False
    return None
