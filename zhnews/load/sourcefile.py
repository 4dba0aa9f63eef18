"""An article pasted into a source file of a web project -> the markup it holds, read as a page.

Students' exercises and small company sites keep a news story inside the code that shows it: a React component
(``import './App.css'`` … ``return ( <div> <h1>…</h1> <p>…</p> </div> )`` … ``export default App;``), a Vue
single-file component (``<template> … </template> <script> …``), a PHP file whose markup sits in string literals (a
CMS's data backup: ``$db->exe("REPLACE INTO … VALUES('', '…', '<h1 class=\\"artTitle\\">…</h1><p>…</p>', 3)");``,
a JavaScript ``innerHTML = '<p>…</p>'``). A browser never shows the code; the page it renders is the markup. So this
reader keeps the markup where the file has it and blanks the code, every newline kept (the source lines stay
right), and the HTML reader reads what is left:

* markup in the code (JSX, a component's template): the lines from the first that opens a tag to the last that
  starts with one; what lies before and after (imports, the function's head, ``export default``) is code. JSX's
  fragment brackets ``<>``/``</>`` and the component's ``<template>`` wrapper (whose content a page's ``<template>``
  element would hide) are tags only the framework reads, so they go too.
* markup in strings (PHP, a script that builds a page): each string literal that holds a tag, escapes read
  (``\\"`` is ``"``); a literal whose own markup sits in a literal inside it (an SQL statement in a PHP string,
  its values quoted again) gives that inner literal. Strings with no markup (a file name, a form's description)
  are code.

Which of the two: where the file's first tag stands, outside every string or inside one. A file is this reader's
when it opens as code does (``<?php`` that no page follows, ``import``/``export``/``const``…, a component's
``<template>``) and holds markup; a PHP or JSP template that is a page with directives in it stays the HTML
reader's.
"""

from __future__ import annotations

import html as html_entities
import re

from zhnews import lexicon
from zhnews.load import html
from zhnews.load.pieces import Clue, Piece, iso_date
from zhnews.load.records import KEY_WORD, TITLE_MAX_CHARS, epoch_date, field_of_key

NAME = "source"
SUFFIXES = frozenset({".jsx", ".tsx", ".vue", ".svelte"})

# How a source file of a web project opens: PHP code, a JavaScript/TypeScript module's first statement, or a
# single-file component's block.
_CODE_START = re.compile(
    r"\A\ufeff?\s*(?:<\?php\b|<template\b|<script\b[^>]*>"
    r"|(?:import|export)\s|(?:const|let|var|function|class)\s+[\w$]|['\"]use strict['\"]|require\s*\()")
# A tag as markup writes it (not a comparison ``i<n``): a letter-named opening or closing tag, or JSX's fragment.
_TAG = re.compile(r"<(?:/?[A-Za-z][\w.:-]*(?=[\s/>])|/?>)")
# Markup that holds text: an element a page's article is made of.
_ARTICLE_MARKUP = re.compile(r"<(?:p|div|h[1-6]|article|section|span|li|figcaption|br|img)\b", re.I)
_PHP_OPEN = re.compile(r"\A\ufeff?\s*<\?php\b")
_PHP_CLOSE = re.compile(r"\?>")
# A string literal ('…', "…", `…`, backslash escapes inside); with a comment, skipped whole when looking for tags.
_STRING_PATTERN = r"'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.)*\"|`(?:[^`\\]|\\.)*`"
_STRING = re.compile(_STRING_PATTERN, re.S)
_LITERAL_OR_COMMENT = re.compile(_STRING_PATTERN + r"|//[^\n]*|/\*.*?\*/", re.S)
# An escape inside a string: a written line break is a blank in the markup (a real one is kept); any other escaped
# character is itself.
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPED_BLANKS = {"n": " ", "r": " ", "t": " "}
# Tags only a framework reads: JSX fragments, the <template> root of a single-file component.
_FRAMEWORK_TAGS = re.compile(r"</?>|^\s*</?template\b[^>]*>", re.M)
# A component's script and style blocks: code, wherever they stand (Vue 3 puts <script setup> first).
_CODE_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# A line of markup: it starts with a tag.
_MARKUP_LINE = re.compile(r"^\s*<(?:/?[A-Za-z]|/?>)")


def sniff(text: str, name: str) -> bool:
    """Source code holding markup: it opens as code, and its markup is not a page after the code (PHP's ``?>``
    followed by the page)."""
    if not _CODE_START.match(text):
        return False
    if _PHP_OPEN.match(text):
        closed = _PHP_CLOSE.search(text)
        if closed and _ARTICLE_MARKUP.search(text, closed.end()):
            return False  # a page template: its directives are blanked by the HTML reader
    return bool(_ARTICLE_MARKUP.search(text))


def parse(text: str) -> tuple[list[Piece], list[Clue]]:
    if _first_tag_in_string(text):
        return html.parse(_strings_markup(text))
    # A component is a fragment that the site's layout wraps (its menus and footer are other components): what it
    # holds between its first and last article blocks is the article's, as a feed item's content is (a list of
    # medal winners under 香港先後產生了11位奧運得獎者：, which the extractor drops from a page, fresh39 1087).
    pieces, clues = html.parse(_code_markup(text), content_only=True)
    return pieces, _data_object_clues(text) + clues


def reference_content(text: str) -> str:
    return html.reference_content(markup_of(text))


def markup_of(text: str) -> str:
    """The markup the source file holds, in place: every other character blanked, every newline kept."""
    if _first_tag_in_string(text):
        return _strings_markup(text)
    return _code_markup(text)


def _first_tag_in_string(text: str) -> bool:
    """Whether the first tag of the text (PHP's opener aside) stands inside a string literal rather than in the code."""
    opener = _PHP_OPEN.match(text)
    position = opener.end() if opener else 0
    while True:
        tag = _TAG.search(text, position)
        literal = _LITERAL_OR_COMMENT.search(text, position)
        if tag is None:
            return False
        if literal is None or tag.start() < literal.start():
            return False
        if literal.group(0)[0] in "'\"`" and _TAG.search(literal.group(0)):
            return True
        position = literal.end()


def _strings_markup(text: str) -> str:
    """The string literals that hold markup, escapes read, where they stand; everything else reduced to its newlines."""
    parts, position = [], 0
    for literal in _STRING.finditer(text):
        parts.append(_newlines(text[position:literal.start()]))
        value = _unescaped(literal.group(0)[1:-1])
        if not _TAG.search(value):
            parts.append(_newlines(value))
        elif _first_tag_in_string(value):
            parts.append(_strings_markup(value))  # an SQL statement in a PHP string: its values hold the markup
        else:
            parts.append(value)
        position = literal.end()
    parts.append(_newlines(text[position:]))
    return "".join(parts)


def _code_markup(text: str) -> str:
    """The lines from the first that opens a tag to the last that starts with one, less the framework's own tags;
    the code before and after, and a component's script and style blocks, reduced to their newlines."""
    text = _CODE_BLOCK.sub(lambda block: _newlines(block.group(0)), text)
    lines = text.splitlines(keepends=True)
    marked = [index for index, line in enumerate(lines) if _MARKUP_LINE.match(line)]
    if not marked:
        return _newlines(text)
    first, last = marked[0], marked[-1]
    kept = [line if first <= index <= last else _newlines(line) for index, line in enumerate(lines)]
    return _component_markup_as_html(_FRAMEWORK_TAGS.sub("", "".join(kept)))


def _unescaped(value: str) -> str:
    """A string literal's text with its escapes read; an escaped line break as a blank, so the lines stay."""
    return _ESCAPE.sub(lambda m: _ESCAPED_BLANKS.get(m.group(1), m.group(1)), value)


def _newlines(text: str) -> str:
    return "\n" * text.count("\n")


# ----------------------------------------------------------------------------------------------
# A component's markup (JSX, a Vue template) as HTML

# A tag's opening: its name (JSX's member names Motion.div, Vue's kebab-case news-photo).
_OPENING_TAG = re.compile(r"<([A-Za-z][\w.:-]*)(?=[\s/>])")
# A prop's name: JSX's and HTML's, Vue's bound (:caption, v-bind:caption), event (@click) and slot (#header) props.
_PROP_NAME = re.compile(r"[^\s=/>{}\"']+")
# What follows a prop's name: an equals sign, then its value quoted, in braces or bare (HTML's width=100).
_PROP_EQUALS = re.compile(r"\s*=\s*")
_QUOTED_VALUE = re.compile(r"\"[^\"]*\"|'[^']*'")
_UNQUOTED_VALUE = re.compile(r"[^\s>]+")
# A prop whose name binds it to a script expression in a Vue template.
_VUE_BINDING = re.compile(r"^(?:v-bind)?:")
# Prose a component is given to show: two Han characters in a row, or Latin words and punctuation only, three words
# or more opening with a capital (not a class list: mx-auto text-lg; not an id, a path or an address).
_PROSE = re.compile(r"[\u4e00-\u9fff]{2}|^[A-Z][A-Za-z'’]*(?:[,.;:!?]?\s+[A-Za-z'’]+){2,}[.!?]?$")
# Elements HTML closes by themselves.
_VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# What each component_props.tsv kind is shown as.
_SHOWN_AS = {"caption": "figcaption", "heading": "h3", "": "p"}


def _component_markup_as_html(markup: str) -> str:
    """JSX or Vue markup rewritten as the HTML it renders: every tag's props read (a component's prose props shown as
    text, its markup props where they stand, code dropped), string-literal children as their text, other children
    in braces out; each newline kept."""
    parts, position = [], 0
    while (opening := _OPENING_TAG.search(markup, position)) is not None:
        parts.append(_children_as_text(markup[position:opening.start()]))
        read = _props(markup, opening.end())
        if read is None:  # a tag that never closes is no tag the framework would render either: left to the HTML parser
            parts.append(markup[opening.start():])
            return "".join(parts)
        props, end, self_closing = read
        parts.append(_tag_as_html(opening.group(1), props, self_closing, markup[opening.start():end]))
        position = end
    parts.append(_children_as_text(markup[position:]))
    return "".join(parts)


def _children_as_text(text: str) -> str:
    """Markup between two tags with its expressions in braces read: a string literal as its text (escaped as markup),
    anything else (a comment, a variable the script fills in: {post.title}, Vue's {{ post.title }}) out, as the page
    shows no code; each newline kept. A brace that does not close here (an expression around elements) stays."""
    parts, position = [], 0
    while (opening := text.find("{", position)) >= 0:
        end = _after_braces(text, opening)
        if end is None:
            break
        expression = text[opening + 1:end - 1].strip()
        if expression.startswith("{") and expression.endswith("}"):
            expression = expression[1:-1].strip()  # Vue's double braces
        literal = _STRING.fullmatch(expression)
        shown = html_entities.escape(_unescaped(expression[1:-1]), quote=False) if literal and "${" not in expression else ""
        parts += [text[position:opening], shown, _newlines(text[opening:end])]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _props(markup: str, position: int) -> tuple[list[tuple[str, str, str]], int, bool] | None:
    """The props of the tag whose name ends at ``position``: [(name, kind, value)] with kind ``text`` (a string,
    quoted or a literal in braces), ``markup`` (elements given as the prop), ``code`` or ``bare`` (no value); the
    position after the tag and whether it closes itself. None when the tag does not end."""
    props = []
    while True:
        while position < len(markup) and markup[position].isspace():
            position += 1
        if markup.startswith("/>", position):
            return props, position + 2, True
        if markup.startswith(">", position):
            return props, position + 1, False
        if markup.startswith("{", position):  # a spread ({...rest}): code
            position = _after_braces(markup, position)
            if position is None:
                return None
            continue
        name = _PROP_NAME.match(markup, position)
        if name is None:
            return None
        position = name.end()
        equals = _PROP_EQUALS.match(markup, position)
        if equals is None:
            props.append((name.group(0), "bare", ""))
            continue
        position = equals.end()
        if markup.startswith("{", position):
            end = _after_braces(markup, position)
            if end is None:
                return None
            props.append((name.group(0), *_expression_value(markup[position + 1:end - 1])))
        elif (quoted := _QUOTED_VALUE.match(markup, position)) is not None:
            end = quoted.end()
            value = quoted.group(0)[1:-1]
            bound = _VUE_BINDING.match(name.group(0)) is not None
            props.append((name.group(0), *(_expression_value(value) if bound else ("text", html_entities.unescape(value)))))
        else:
            unquoted = _UNQUOTED_VALUE.match(markup, position)
            end = unquoted.end() if unquoted else position
            props.append((name.group(0), "text", markup[position:end]))
        position = end


def _after_braces(markup: str, position: int) -> int | None:
    """The position after the brace that closes the one at ``position`` (strings and comments skipped), or None."""
    depth = 0
    while position < len(markup):
        skipped = _LITERAL_OR_COMMENT.match(markup, position)
        if skipped is not None:
            position = skipped.end()
            continue
        depth += {"{": 1, "}": -1}.get(markup[position], 0)
        position += 1
        if depth == 0:
            return position
    return None


def _expression_value(expression: str) -> tuple[str, str]:
    """(kind, value) of a prop's script expression: one string literal is ``text``, markup is ``markup``, anything
    else ``code``."""
    inner = expression.strip()
    literal = _STRING.fullmatch(inner)
    if literal is not None and "${" not in inner:
        return "text", _unescaped(inner[1:-1])
    if inner.startswith("<") and _TAG.match(inner):
        return "markup", inner
    return "code", ""


def _tag_as_html(name: str, props: list[tuple[str, str, str]], self_closing: bool, written: str) -> str:
    """One tag as HTML, on as many lines as it was written: an HTML element keeps its string props as attributes; a
    component keeps its strings that are no prose, shows its prose props as text (component_props.tsv) and its markup
    props where they stand; code props are dropped."""
    component = name[0].isupper() or "-" in name or "." in name
    attributes, shown = [], []
    for prop, kind, value in props:
        plain = _VUE_BINDING.sub("", prop)
        if kind == "markup":
            shown.append(_component_markup_as_html(value))
        elif kind == "text" and component and _PROSE.search(value) and (look := _shown_as(plain)) != "hidden":
            element = _SHOWN_AS[look]
            shown.append(f"<{element}>{html_entities.escape(value, quote=False)}</{element}>")
        elif kind == "text" and _ATTRIBUTE_NAME.fullmatch(plain):
            attributes.append(f' {plain}="{html_entities.escape(value)}"')
        elif kind == "bare" and _ATTRIBUTE_NAME.fullmatch(plain):
            attributes.append(f" {plain}")
    closing = f"</{name}>" if self_closing and name.lower() not in _VOID_ELEMENTS else ""
    rewritten = f"<{name}{''.join(attributes)}>{''.join(shown)}{closing}"
    return rewritten + "\n" * max(0, written.count("\n") - rewritten.count("\n"))


# An attribute name HTML reads (Vue's @click and #slot are none).
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z][\w:.-]*")


def _shown_as(prop: str) -> str:
    """How a component shows a prose prop: component_props.tsv's kind for the prop, whole or by its last word
    (imageCaption, photo_credit), else '' (a paragraph)."""
    kinds = _prop_kinds()
    whole = re.sub(r"[-_]", "", prop).lower()
    if whole in kinds:
        return kinds[whole]
    words = [word for word in KEY_WORD.findall(prop) if word.isascii()]  # its Latin words, as a record's key's
    return kinds.get(words[-1].lower(), "") if words else ""


@lexicon.cached
def _prop_kinds() -> dict[str, str]:
    return dict(lexicon.read_rows("component_props.tsv", ("prop", "shown_as")))


# ----------------------------------------------------------------------------------------------
# The module's data object

# A key and its value in an object literal: a string literal, a date as an array ([2024, 8, 21]) or a number.
_DATA_PAIR = re.compile(r"(?<![\w$.])([\"']?)([A-Za-z_$][\w$]*)\1\s*:\s*(" + _STRING_PATTERN
                        + r"|\[\s*(?:19|20)\d{2}\s*,\s*\d{1,2}\s*,\s*\d{1,2}\s*\]|\d{10,13}(?![\w.]))")
_ARRAY_DATE = re.compile(r"\[\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\]")


def _data_object_clues(text: str) -> list[Clue]:
    """The title, author, outlet and date the module's object literals state under record_fields.tsv's names, the
    first of each: the date as the format's, the others as the page's (weaker than the text); a date under a key
    naming an edit (edit_time_words.txt) is a guess, for a file nothing else dates."""
    clues: dict[str, Clue] = {}
    edited = None
    for pair in _DATA_PAIR.finditer(text):
        key, written = pair.group(2), pair.group(3)
        value = _unescaped(written[1:-1]) if written[0] in "'\"`" else written
        field = field_of_key(key)
        date = _date_of(written, value)
        if date and not field and edited is None and _names_an_edit(key):
            edited = Clue("publish_date", date, f"{key} of the module's data object (an edit's date)", "guess")
        elif field == "publish_date" and date:
            clues.setdefault(field, Clue(field, date, f"{key} of the module's data object"))
        elif field in ("title", "author", "outlet") and written[0] in "'\"`" and _PROSE.search(value) \
                and len(value) <= TITLE_MAX_CHARS and "\n" not in value.strip():
            # a page clue: a component's state names its own screen too (data() { return { title: '页面' } }), so a
            # headline the markup shows wins
            clues.setdefault(field, Clue(field, value.strip(), f"{key} of the module's data object", "page"))
    return [*clues.values(), *([edited] if edited and "publish_date" not in clues else [])]


def _date_of(written: str, value: str) -> str:
    """The date a data value states: an array [year, month, day], a Unix time, or a string holding a date."""
    array = _ARRAY_DATE.fullmatch(written)
    if array:
        return iso_date("-".join(array.groups())) or ""
    return epoch_date(value) or (iso_date(value) if len(value) <= 40 else None) or ""


def _names_an_edit(key: str) -> bool:
    words = [word.lower() for word in KEY_WORD.findall(key)]
    return any(word in _edit_words() for word in words)


@lexicon.cached
def _edit_words() -> frozenset:
    return frozenset(lexicon.read_lines("edit_time_words.txt"))
