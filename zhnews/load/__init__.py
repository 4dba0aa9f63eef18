"""Stage 0, load: one article file -> meta + a paragraphs table with a role for every paragraph.

    art = load_article(path)     # LoadedArticle(meta, paragraphs, coverage); ArticleError on bad input
    run(path, out_dir)           # the same, written as meta.json, paragraphs.*, sentences.*

The steps, each in its own module:

* decode: bytes -> text (BOM, strict UTF-8 -> GB18030 -> Big5, UTF-16, charset-normalizer last);
* the format is read from the content (a file name can lie): HTML when it starts like a page,
  markdown when markdown syntax shows, plain text otherwise;
* markdown_source / html_source / plaintext_source: text -> pieces (clean text runs with their
  source line and what the format says about them);
* roles: every piece gets role, kind and the reason, from the cue lexicon in data/lexicon and the
  article's structure; pieces of one block with one label merge back into paragraphs;
* coverage: a regex reference of the input's content must be found, in order, in the paragraphs
  (the tests demand 100%), so no text is dropped silently.

Meta values the format states (front matter, WeChat page fields, 【 标  题 】 fields, trafilatura's
page metadata) win over what the cue lexicon captured from the text, except trafilatura's author
(``page_author``, a guess from class names) which only fills in; a full date in the file name
(``[FreeBuf]-2024-1-31-…``) is the last resort for the publish date.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

import zhnews
from zhnews import coverage, html_source, markdown_source, plaintext_source, roles
from zhnews.decode import decode, read_article_bytes
from zhnews.errors import ArticleError
from zhnews.io import write_json, write_table
from zhnews.pieces import iso_date
from zhnews.text import sentences_table, to_simplified, traditional_share

PARAGRAPH_COLUMNS = ["para_id", "role", "kind", "text", "text_zhs", "bold", "n_chars", "source_line", "reason"]
SOURCES = {"markdown": markdown_source, "html": html_source, "text": plaintext_source}
# Share of Han characters that simplification changes above which the article is zh-Hant.
TRADITIONAL_SHARE = 0.1

_HTML_START = re.compile(
    r"^(?:\s|<%.*?%>|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|h[1-6])\b",
    re.S | re.I,
)
_HTML_TAG = re.compile(r"</(?:p|div|span|a|td|li|h[1-6])>", re.I)
_MARKDOWN_SIGNS = re.compile(r"^#{1,6}\s|!\[[^\]]*\]\(|\]\([^)\s]+\)|\*\*\S|^>\s|^---\s*$|^\s*[-*+]\s\S", re.M)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".jsp", ".asp", ".aspx", ".php"}


@dataclass
class LoadedArticle:
    meta: dict
    paragraphs: pd.DataFrame
    coverage: coverage.Coverage


def load_article(path) -> LoadedArticle:
    """Read, decode and label one article; raises ArticleError (one line, naming the file) on bad input.

    An unforeseen failure inside a reader is reported the same way rather than as a traceback: the
    caller (notebook, command line) must always get a one-line reason for an input it cannot use.
    """
    path = Path(path)
    try:
        return _load(path)
    except ArticleError:
        raise
    except Exception as exc:  # noqa: BLE001 - the loader's contract is "ArticleError or a result"
        raise ArticleError(path, f"could not be loaded ({type(exc).__name__}: {exc})") from exc


def _load(path: Path) -> LoadedArticle:
    raw = read_article_bytes(path)
    text, encoding = decode(raw, path)
    fmt = detect_format(text, path)
    source = SOURCES[fmt]
    try:
        pieces, stated_meta = source.parse(text)
    except RecursionError:
        raise ArticleError(path, "HTML is nested too deeply to read") from None
    except (ValueError, TypeError, LookupError) as exc:  # lxml's ParserError is a ValueError
        raise ArticleError(path, f"cannot be read as {fmt}: {exc}") from None
    if not pieces:
        reason = "HTML has no visible text (only scripts, styles or markup)" if fmt == "html" else "no text left once markup is removed"
        raise ArticleError(path, reason)
    paragraphs = roles.paragraphs(roles.label(pieces, text))
    if not any(p.role == "body" for p in paragraphs):
        raise ArticleError(path, "no body text left after removing boilerplate (page chrome, calls to share ...)")
    table = _paragraph_table(paragraphs)
    measured = coverage.measure(source.reference_content(text), table["text"])
    meta = _meta(path, raw, encoding, fmt, table, paragraphs, stated_meta, measured)
    return LoadedArticle(meta=meta, paragraphs=table, coverage=measured)


def run(article_path, out_dir) -> LoadedArticle:
    """load_article, then write meta.json and the paragraphs and sentences tables into ``out_dir``."""
    article = load_article(article_path)
    write_json(article.meta, out_dir, "meta")
    write_table(article.paragraphs, out_dir, "paragraphs")
    write_table(sentences_table(article.paragraphs), out_dir, "sentences")
    return article


def detect_format(text: str, path) -> str:
    """'html', 'markdown' or 'text', from the content; the file suffix only breaks ties."""
    head = text[:5000]
    if _HTML_START.match(head) or (Path(path).suffix.lower() in _HTML_SUFFIXES and _HTML_TAG.search(text)):
        return "html"
    signs = len(_MARKDOWN_SIGNS.findall(text[:200000]))
    if signs >= 2 or (signs and Path(path).suffix.lower() in {".md", ".markdown"}):
        return "markdown"
    return "text"


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
    return table.astype({"para_id": "int64", "bold": "float64", "n_chars": "int64", "source_line": "int64"})


def _meta(path: Path, raw: bytes, encoding: str, fmt: str, table: pd.DataFrame, paragraphs, stated: dict,
          measured: coverage.Coverage) -> dict:
    captured = _captured_meta(paragraphs)
    titles = table.loc[table["role"] == "title", "text"]
    date = stated.get("publish_date") or iso_date(captured.get("date")) or _date_in_file_name(path)
    body_text = "".join(table["text"])
    return {
        "title": stated.get("title") or (titles.iloc[0] if len(titles) else None),
        "author": stated.get("author") or captured.get("author") or stated.get("page_author"),
        "account": stated.get("account") or captured.get("account"),
        "publish_date": date,
        "source_path": str(path),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "encoding": encoding,
        "format": fmt,
        "language": "zh-Hant" if traditional_share(body_text) >= TRADITIONAL_SHARE else "zh-Hans",
        "n_paragraphs": int(len(table)),
        "coverage": measured.ratio,
        "zhnews_version": zhnews.__version__,
    }


def _captured_meta(paragraphs) -> dict:
    """The first author/account/date that a cue captured, in reading order."""
    captured: dict = {}
    for paragraph in paragraphs:
        for key in ("author", "account", "date"):
            if paragraph.captures.get(key):
                captured.setdefault(key, paragraph.captures[key])
        if paragraph.role == "byline" and paragraph.kind == "publish_date":
            captured.setdefault("date", paragraph.text)
    return captured


def _date_in_file_name(path: Path):
    """A date written with separators in the file name ([FreeBuf]-2024-1-31-…), else None."""
    found = re.search(r"(?:19|20)\d{2}[-_.年]\d{1,2}[-_.月]\d{1,2}", path.name)
    return iso_date(found.group().replace("_", "-")) if found else None
