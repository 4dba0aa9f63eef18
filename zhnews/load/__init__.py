"""Stage 0, load: one article -> meta + a paragraphs table with a role for every paragraph.

    art = load_article(path)     # LoadedArticle(meta, paragraphs, coverage); ArticleError on bad input
    run(ctx)                     # the same for ctx.article, written into ctx.out as meta.json, paragraphs.*, sentences.*

The pipeline, one concern per module, in the order :func:`load_raw` runs it:

1. :mod:`~zhnews.load.readers`: a :class:`RawArticle` (name, bytes, origin) from a file;
2. :mod:`~zhnews.load.decode`: bytes -> text (BOM, strict UTF-8 -> GB18030 -> Big5, UTF-16,
   charset-normalizer last);
3. :mod:`~zhnews.load.readers`: the first reader in the registry whose ``sniff`` accepts the text
   (record, source file, html, markdown, plain text) parses it into pieces (clean text runs with their source line and the
   format's hints) and meta clues (what the format and the page state, each with where);
4. :mod:`~zhnews.load.roles`: every piece gets role, kind and the reason, from the cue lexicon in
   data/lexicon and the article's structure; pieces of one block with one label merge into paragraphs;
5. :mod:`~zhnews.load.coverage`: a regex reference of the input's content must be found, in order, in
   the paragraphs (the tests demand 100%), so no text is dropped silently;
6. :mod:`~zhnews.load.meta`: title, outlet, author, date (each with ``<field>_source``: where it came
   from), fingerprint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from lxml import etree

from zhnews.errors import ArticleError
from zhnews.io import read_json, read_table, with_types, write_json, write_table
from zhnews.load import coverage, roles
from zhnews.load.decode import decode
from zhnews.load.fetch import NOTICE_CHARS, site_notice
from zhnews.load.meta import article_meta, meta_table
from zhnews.load.pieces import NotOneArticle
from zhnews.load.readers import SUFFIXES, RawArticle, reader_named, readers_for
from zhnews.text import SENTENCE_END, sentences_table, to_simplified

# A word: two letters in a row (Han characters, Latin...). Text with none (punctuation, numbers,
# "第1段。" over and over) has nothing to segment or count, and is refused as having no body.
_WORD = re.compile(r"[^\W\d_]{2}")
NO_WORDS = "no body text: no words, only punctuation, numbers or single characters"
# A body of short labels and no sentence is a page's furniture (a template's buttons, a menu), not an article.
NO_PROSE = "no article text: no sentence, only short labels (a page template, a menu)"
PROSE_CHARS = 30

__all__ = ["LoadedArticle", "PARAGRAPH_COLUMNS", "RawArticle", "SUFFIXES", "load_article", "load_raw", "meta_table", "read_raw", "run"]

PARAGRAPH_COLUMNS = ["para_id", "role", "kind", "text", "text_zhs", "bold", "n_chars", "source_line", "reason"]


@dataclass
class LoadedArticle:
    meta: dict
    paragraphs: pd.DataFrame
    coverage: coverage.Coverage


def load_article(path) -> LoadedArticle:
    """Read, decode and label one article file; raises ArticleError (one line, naming the file) on bad input."""
    return load_raw(read_raw(path))


def read_raw(path) -> RawArticle:
    """The file's bytes as the loader reads them; ArticleError with a one-line reason otherwise."""
    try:
        return RawArticle.from_path(path)
    except ArticleError:
        raise
    except Exception as exc:  # noqa: BLE001 - the loader's contract is "ArticleError or a result"
        raise ArticleError(path, f"could not be read ({type(exc).__name__}: {exc})") from exc


def load_raw(raw: RawArticle) -> LoadedArticle:
    """Decode and label an article's bytes; raises ArticleError naming ``raw.origin`` on bad input.

    An unforeseen failure inside a reader is reported the same way rather than as a traceback: the
    caller (notebook, command line) must always get a one-line reason for an input it cannot use.
    """
    try:
        return _load(raw)
    except ArticleError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ArticleError(raw.origin, f"could not be loaded ({type(exc).__name__}: {exc})") from exc


def _load(raw: RawArticle) -> LoadedArticle:
    """The article as the first reader that finds one reads it. A reader that accepted the text but finds no
    article in it (its parse fails, nothing is left once its markup is removed, or every line it found is chrome)
    hands the text to the next reader that accepts it, plain text last (after the HTML reader only when its parser read
    nothing at all: a page whose markup shows no article is no plain text either): a shape nobody foresaw costs the
    reading a format would give, not the article (meta.json's ``format_fallback`` keeps why the first reader
    gave up). Only when no reader finds an article is the file refused, with the first reader's reason (the one
    that knew the format best); a reader that sees the file is no one article (NotOneArticle) refuses it at once."""
    text, encoding = decode(raw.data, raw.origin)
    reasons = []
    for reader in readers_for(text, raw.name):
        try:
            pieces, clues, paragraphs = _read_as(reader, text)
        except _NoArticle as reason:
            reasons.append(str(reason))
            if reader.NAME == "html" and not isinstance(reason, _Unparsed):
                break  # a page's text is what its markup shows: read as plain text, its body would be its tags
            continue
        except NotOneArticle as reason:
            raise ArticleError(raw.origin, f"cannot be read as {reader.NAME}: {reason}") from None
        table = _paragraph_table(paragraphs)
        # A page saved while the site showed a notice in the article's place (WeChat's 环境异常 verification wall, a
        # deleted post): its one line of text is no article, and the reason says what to do, as for a fetched link.
        if reader.NAME == "html" and table.loc[table["role"] == "body", "n_chars"].sum() < NOTICE_CHARS \
                and (notice := site_notice(text)):
            raise ArticleError(raw.origin, notice)
        measured = coverage.measure(reader.reference_content(text), table["text"])
        meta = article_meta(raw, encoding, reader.NAME, table, paragraphs, clues, measured)
        if reasons:
            meta["format_fallback"] = reasons[0]
        return LoadedArticle(meta=meta, paragraphs=table, coverage=measured)
    raise ArticleError(raw.origin, reasons[0])


class _NoArticle(Exception):
    """A reader found no article in the text (the message says why, in the words of the error a user sees)."""


class _Unparsed(_NoArticle):
    """The reader's parser could not read the text at all (lxml's "Document is empty" for a file that is all server
    code): the text was never what the format shows, so the next reader tries it, even after the HTML reader."""


def _read_as(reader, text: str):
    """``reader``'s pieces, clues and labelled paragraphs of the text; _NoArticle when it finds no body in it."""
    try:
        pieces, clues = reader.parse(text)
    except NotOneArticle:
        raise  # a ValueError, but no failure to read: the reader knows what the file is
    except RecursionError:
        raise _NoArticle("HTML is nested too deeply to read") from None
    except (ValueError, TypeError, LookupError, etree.ParserError) as exc:  # lxml's ParserError: "Document is empty"
        raise _Unparsed(f"cannot be read as {reader.NAME}: {exc}") from None
    if not pieces:
        raise _NoArticle("HTML has no visible text (only scripts, styles or markup)" if reader.NAME == "html" else "no text left once markup is removed")
    if not any(_WORD.search(piece.text) for piece in pieces):
        raise _NoArticle(NO_WORDS)
    paragraphs = roles.paragraphs(roles.label(pieces, text))
    if not any(p.role == "body" for p in paragraphs):
        raise _NoArticle("no body text left after removing boilerplate (page chrome, calls to share ...)")
    if not any(p.role == "body" and _WORD.search(p.text) for p in paragraphs):
        raise _NoArticle(NO_WORDS)
    if not any(p.role == "body" and _holds_prose(p.text) for p in paragraphs):
        raise _NoArticle(NO_PROSE)
    return pieces, clues, paragraphs


def _holds_prose(text: str) -> bool:
    """Whether a body paragraph is a sentence or as long as one, not a label (搜索, 点击加载评论, 请点击新闻类型)."""
    return len(text.strip()) >= PROSE_CHARS or any(mark in text for mark in SENTENCE_END)


def run(ctx) -> LoadedArticle:
    """The load stage (a :class:`zhnews.stages.RunContext`): load_article on ``ctx.article`` (unless the
    caller loaded it already, ``ctx.loaded``), then write meta.json and the paragraphs and sentences
    tables into ``ctx.out``. When they are there and current (``ctx.reuse``, a notebook of a full run)
    they are read back instead (:func:`_read_back`)."""
    if ctx.reuse and ctx.loaded is None:
        return _read_back(ctx)
    article = ctx.loaded or load_article(ctx.article)
    write_json(article.meta, ctx.out, "meta")
    write_table(article.paragraphs, ctx.out, "paragraphs")
    write_table(sentences_table(article.paragraphs), ctx.out, "sentences")
    return article


def _read_back(ctx) -> LoadedArticle:
    """The article as its current meta.json and paragraphs table hold it, with its coverage measured
    again on the file: decoding and the reader's reference text only, not the parse and the roles
    (for a web page, trafilatura and the cue rules: most of a second)."""
    raw = read_raw(ctx.article)
    text, _ = decode(raw.data, raw.origin)
    paragraphs = read_table(ctx.out, "paragraphs")
    meta = read_json(ctx.out, "meta")
    measured = coverage.measure(reader_named(meta.get("format", "")).reference_content(text), paragraphs["text"])
    return LoadedArticle(meta=meta, paragraphs=paragraphs, coverage=measured)


def _paragraph_table(paragraphs) -> pd.DataFrame:
    rows = [
        {
            "para_id": index,
            "role": p.role,
            "kind": p.kind,
            "text": p.text,
            "text_zhs": to_simplified(p.text),
            "bold": round(p.n_bold / len(p.text), 4) if p.text else 0.0,
            "n_chars": len(p.text),
            "source_line": p.source_line,
            "reason": p.reason,
        }
        for index, p in enumerate(paragraphs)
    ]
    table = pd.DataFrame(rows, columns=PARAGRAPH_COLUMNS)
    return with_types(table, {"para_id": "int64", "bold": "float64", "n_chars": "int64", "source_line": "int64"})
