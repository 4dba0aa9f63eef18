"""The article's meta: what the format states, what the cues captured, and the file's fingerprint.

Meta values the format states (front matter, WeChat page fields, 【 标  题 】 fields, trafilatura's
page metadata) win over what the cue lexicon captured from the text, except trafilatura's author
(``page_author``, a guess from class names) which only fills in; a full date in the file name
(``[FreeBuf]-2024-1-31-…``) is the last resort for the publish date.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

import zhnews
from zhnews.load.coverage import Coverage
from zhnews.load.fetch import provenance
from zhnews.load.pieces import iso_date
from zhnews.text import traditional_share

# Share of Han characters that simplification changes above which the article is zh-Hant.
TRADITIONAL_SHARE = 0.1


def article_meta(raw, encoding: str, fmt: str, table: pd.DataFrame, paragraphs, stated: dict,
                 measured: Coverage) -> dict:
    """meta.json for a loaded article (``raw`` is its :class:`~zhnews.load.readers.RawArticle`)."""
    captured = _captured_meta(paragraphs)
    titles = table.loc[table["role"] == "title", "text"]
    date = stated.get("publish_date") or iso_date(captured.get("date")) or _date_in_file_name(raw.name)
    body_text = "".join(table["text"])
    return {
        "title": stated.get("title") or (titles.iloc[0] if len(titles) else None),
        "author": stated.get("author") or captured.get("author") or stated.get("page_author"),
        "account": stated.get("account") or captured.get("account"),
        "publish_date": date,
        # The file name only: meta.json and report.html go to editors, local folders are nobody's business.
        "source_path": raw.name,
        **provenance(raw.origin),  # source_url, fetched_at: only for a page saved by `zhnews run URL`
        "sha256": hashlib.sha256(raw.data).hexdigest(),
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


def _date_in_file_name(name: str):
    """A date written with separators in the file name ([FreeBuf]-2024-1-31-…), else None."""
    found = re.search(r"(?:19|20)\d{2}[-_.年]\d{1,2}[-_.月]\d{1,2}", name)
    return iso_date(found.group().replace("_", "-")) if found else None
