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

import re

from zhnews.load import html
from zhnews.load.pieces import Clue, Piece

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
    return html.parse(markup_of(text))


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
    return _FRAMEWORK_TAGS.sub("", "".join(kept))


def _unescaped(value: str) -> str:
    """A string literal's text with its escapes read; an escaped line break as a blank, so the lines stay."""
    return _ESCAPE.sub(lambda m: _ESCAPED_BLANKS.get(m.group(1), m.group(1)), value)


def _newlines(text: str) -> str:
    return "\n" * text.count("\n")
