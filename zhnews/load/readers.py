"""The reader interface, and the one registry of the formats zhnews reads.

An article arrives as a :class:`RawArticle`: its name (what users see in messages and reports, never
an absolute path), its bytes, and where it came from (a path today; a URL reader adds the address).
After decoding, the first reader in :data:`READERS` whose ``sniff`` accepts the text parses it.

A reader is a module with:

``NAME``
    the format's name as written to ``meta.json`` (``record``, ``source``, ``html``, ``rst``, ``markdown``, ``text``)
``SUFFIXES``
    the file suffixes a folder run picks up for it (``.md`` …)
``sniff(text, name) -> bool``
    whether the decoded text is in this format; the content decides, the name only breaks ties
    (a file name can lie). Sniffing needs the decoded text, not the bytes: a UTF-16 or GB18030
    page shows none of its markup to a byte-level test.
``parse(text) -> (pieces, clues)``
    :class:`~zhnews.load.pieces.Piece` runs in reading order with *hints* (what the format says about
    a piece: a heading, an element outside the main content, a front-matter title), and the meta
    :class:`~zhnews.load.pieces.Clue` s the format and the page state, each saying where it was found.
    Readers give hints; :mod:`zhnews.load.roles` decides every role.
``reference_content(text) -> str``
    the content by an independent regex pass, for the coverage check.

A new format (or a URL) is a new module added to :data:`READERS`, not edits across the loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zhnews.load import html, markdown, plaintext, records, rst, sourcefile
from zhnews.load.decode import read_article_bytes
from zhnews.paths import readable_name

# Tried in this order; a record (feed item, crawler record, JSON object, CSV row) before the page, since its
# body may be HTML; a web project's source file (a component, a PHP backup) before the page, whose markup it holds;
# reStructuredText before markdown, whose signs it shares; plain text accepts anything, so it
# comes last.
READERS = (records, sourcefile, html, rst, markdown, plaintext)
SUFFIXES = frozenset().union(*(reader.SUFFIXES for reader in READERS))


@dataclass(frozen=True)
class RawArticle:
    """An article before decoding: ``name`` for messages, ``data`` its bytes, ``origin`` where it came from."""

    name: str
    data: bytes
    origin: str

    @classmethod
    def from_path(cls, path) -> "RawArticle":
        """The file's bytes, after the checks that need no decoding (size, emptiness, existence)."""
        path = Path(path)
        return cls(name=readable_name(path), data=read_article_bytes(path), origin=str(path))


def reader_for(text: str, name: str):
    """The first reader in :data:`READERS` that accepts the decoded text."""
    return next(readers_for(text, name))


def readers_for(text: str, name: str):
    """Every reader that accepts the decoded text, in registry order (plain text, which accepts anything, last):
    when the first cannot find an article in the text, the next one tries; sniffed one at a time, as asked."""
    return (reader for reader in READERS if reader.sniff(text, name))


def reader_named(name: str):
    """The reader whose ``NAME`` is ``name`` (what meta.json's ``format`` holds); plain text for an unknown name."""
    return next((reader for reader in READERS if reader.NAME == name), plaintext)
