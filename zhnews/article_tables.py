"""Every stage's tables for one article, in memory: what a cluster worker computes and sends back.

A worker gets a :class:`~zhnews.load.readers.RawArticle` (the file's name, bytes and origin), so it
needs the package and nothing else: no shared file system, no access to the client's paths. It runs
the same stage functions as ``zhnews run --tables-only`` in a temporary folder of its own, reads the
tables back from their Parquet files and returns them with the meta. Reading back from Parquet is
what makes a cluster run byte-identical to a local one: both paths hand the corpus dataset the very
DataFrames a run folder's ``.parquet`` files hold.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import io
from .errors import ArticleError
from .load import load_raw
from .load.readers import RawArticle
from .stages import context, fingerprint_of, stamp_all, table_stages
from .text import sentences_table


@dataclass
class ArticleTables:
    """One article's results: ``meta`` (meta.json) and ``tables`` (table name -> DataFrame)."""

    meta: dict
    tables: dict[str, pd.DataFrame]


@dataclass
class ArticleResult:
    """What comes back from a worker: the tables, or the one-line reason the article failed.

    A result, not an exception, because an ArticleError does not survive pickling (its constructor
    takes two arguments) and a failed article is an answer, not a reason for Dask to retry.
    """

    tables: ArticleTables | None = None
    reason: str | None = None


def file_sha256(path) -> str:
    """The SHA-256 of a file's bytes (as meta.json records it), or "" when it cannot be read."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def read_folder(folder) -> ArticleTables:
    """An article's run folder as tables: meta.json and every ``.parquet`` table."""
    folder = Path(folder)
    tables = {path.stem: io.read_parquet(path) for path in sorted(folder.glob("*.parquet"))}
    return ArticleTables(meta=io.read_json(folder, "meta"), tables=tables)


def write_folder(article: ArticleTables, folder) -> None:
    """Write the tables, meta.json and stages.json into a run folder, as the stages would have."""
    io.write_json(article.meta, folder, "meta")
    for name, table in article.tables.items():
        io.write_table(table, folder, name)
    stamp_all(folder, fingerprint_of(article.meta["sha256"]))


def tables_for_raw(raw: RawArticle) -> ArticleTables:
    """Run every stage on the article's bytes in a temporary folder; ArticleError on bad input."""
    with tempfile.TemporaryDirectory(prefix="zhnews-article-") as work:
        loaded = load_raw(raw)
        # The load stage's run() reads a path; the later stages only read the folder.
        io.write_json(loaded.meta, work, "meta")
        io.write_table(loaded.paragraphs, work, "paragraphs")
        io.write_table(sentences_table(loaded.paragraphs), work, "sentences")
        for stage in table_stages()[1:]:  # the load stage's tables are written above, from the bytes
            stage.run(context(work))
        return read_folder(work)


def analyse(raw: RawArticle) -> ArticleResult:
    """The task a worker runs: :func:`tables_for_raw`, with every failure turned into a reason."""
    try:
        return ArticleResult(tables=tables_for_raw(raw))
    except ArticleError as err:
        return ArticleResult(reason=err.reason)
    except Exception as err:  # noqa: BLE001 - a bug, not bad input: still one line, the run goes on
        return ArticleResult(reason=f"unexpected {type(err).__name__}: {err}")
