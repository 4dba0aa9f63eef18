"""reStructuredText (a Sphinx source, a blog's .rst) -> the markdown reader, line for line.

The few constructs an article in rst uses are rewritten to their markdown twins, each on the line it came from
(blank lines where markup stood), and the markdown reader parses the result, so its heading, link, quote and
byline handling is the rst file's too:

* a section title, a text line under (and perhaps over) an adornment of one punctuation character at least as
  wide as the text (``======``): a ``#`` heading, levels in the order the adornments first appear; the first
  is the title;
* a paragraph's lines: one line (Han characters joined with nothing between, Latin words with a space);
* an indented paragraph (a block quote): a ``>`` quote; a line block (``| …``): a line each;
* explicit markup (``.. _target:``, ``.. note::``, ``.. comment``): no text; a directive's indented content
  stays, a line each (``作者: 阮一峰`` in a note is the cue lexicon's to read);
* inline: ```text <url>`__`` is a link, the escaped space ``\\ `` that glues it to Han text is nothing, ````lit````
  and ``:role:`text``` are their text.
"""

from __future__ import annotations

import re
from pathlib import Path

from zhnews.load import markdown
from zhnews.load.plaintext import display_width, join_wrapped
from zhnews.load.pieces import Clue, Piece

NAME = "rst"
SUFFIXES = frozenset({".rst", ".rest"})

# A section adornment: one punctuation character repeated (rst allows any of these).
_ADORNMENT = re.compile(r"^([=\-~^*#+`:'\"._!$%&,;<>?@\\|/])\1{2,}\s*$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")
_DIRECTIVE = re.compile(r"^\.\.\s+[\w:-]+::")
_TARGET_OR_DIRECTIVE = re.compile(r"^\.\.\s+(?:_[^:]*:|\[[^\]]*\]|[\w:-]+::|\|[^|]+\|)")
_LINE_BLOCK = re.compile(r"^\s*\|(?:\s|$)")
_LINK = re.compile(r"`([^`<]*?)\s*<([^>`]+)>`__?")
_REFERENCE = re.compile(r"`([^`]+)`_{1,2}")
_LITERAL = re.compile(r"``([^`]+)``")
_ROLE = re.compile(r":[\w-]+:`([^`]+)`")
_ESCAPED_SPACE = re.compile(r"\\ ")
# How far into the text sniffing looks (a regex pass: it must stay cheap beside the parse).
SNIFF_CHARS = 5000
# Signs of rst in a text: a hyperlink reference `text <url>`_, a directive, a target.
_SIGNS = re.compile(r"`[^`\n]+ <[^>\n]+>`_|^\.\. (?:_[^:\n]+:|[\w-]+::)", re.M)


def sniff(text: str, name: str) -> bool:
    """A hyperlink reference, a directive or a target near the text's start, or a file named .rst with a
    section title there."""
    head = text[:SNIFF_CHARS]
    if _SIGNS.search(head):
        return True
    return Path(name).suffix.lower() in SUFFIXES and any(_ADORNMENT.match(line) for line in head.split("\n"))


def parse(text: str) -> tuple[list[Piece], list[Clue]]:
    return markdown.parse(to_markdown(text))


def reference_content(text: str) -> str:
    """The text by a regex pass: explicit markup lines, adornments, link targets and addresses out."""
    text = re.sub(r"^\.\.(?:\s[^\n]*)?$", " ", text, flags=re.M)
    text = re.sub(r"^([=\-~^*#+`:'\"._!$%&,;<>?@\\|/])\1{2,}\s*$", " ", text, flags=re.M)
    text = _LINK.sub(r"\1", text)
    return re.sub(r"https?://\S+", " ", text)


def to_markdown(text: str) -> str:
    """The markdown twin of an rst text, with as many lines, each construct on the line it came from."""
    lines = text.split("\n")
    out = [""] * len(lines)
    levels: list[str] = []
    index = 0
    in_directive = False
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        indented = line[:1].isspace()
        if not indented:
            in_directive = bool(_DIRECTIVE.match(line))
        if _EXPLICIT.match(line):
            if not _TARGET_OR_DIRECTIVE.match(line):  # a comment, and its indented lines
                index = _block_end(lines, index + 1, indented_only=True)
                continue
            index += 1
            continue
        title = _section_title(lines, index)
        if title:
            at, adornment, end = title
            if adornment not in levels:
                levels.append(adornment)
            out[at] = "#" * min(len(levels), 6) + " " + _inline(lines[at].strip())
            index = end
            continue
        if _LINE_BLOCK.match(line) or in_directive:
            # a line block, or a directive's content (a note's 原文地址: / 作者: lines): a line each
            out[index] = _inline(re.sub(r"^\s*\|\s?", "", line) if _LINE_BLOCK.match(line) else line.strip())
            index += 1
            continue
        end = _block_end(lines, index)
        joined = join_wrapped(lines[index:end])
        out[index] = ("> " if indented else "") + _inline(joined)
        index = end
    return "\n".join(out)


def _section_title(lines: list[str], index: int):
    """(line of the title, its adornment character(s), index after it) when a section title starts at ``index``."""
    def adornment(i: int):
        found = _ADORNMENT.match(lines[i]) if 0 <= i < len(lines) else None
        return found.group(1) if found else None

    over = adornment(index)
    if over and index + 2 < len(lines) and adornment(index + 2) == over and lines[index + 1].strip():
        return index + 1, over * 2, index + 3
    under = adornment(index + 1)
    text = lines[index].rstrip()
    if under and not over and text and display_width(text) <= len(lines[index + 1].rstrip()) + 2:
        return index, under, index + 2
    return None


def _block_end(lines: list[str], index: int, indented_only: bool = False) -> int:
    """Index after a paragraph (the lines up to a blank one; a comment's: its indented lines)."""
    first_indented = index < len(lines) and lines[index][:1].isspace()
    while index < len(lines) and lines[index].strip():
        if indented_only and not lines[index][:1].isspace():
            break
        if not indented_only and (lines[index][:1].isspace() != first_indented or _EXPLICIT.match(lines[index])):
            break
        index += 1
    return index


def _inline(text: str) -> str:
    text = _ESCAPED_SPACE.sub("", text)
    text = _LINK.sub(lambda m: f"[{m.group(1)}]({m.group(2)})", text)
    text = _ROLE.sub(r"\1", _LITERAL.sub(r"\1", text))
    return _REFERENCE.sub(r"\1", text)
