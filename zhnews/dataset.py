"""The corpus dataset: every article's tables as one Parquet dataset per table, under ``_corpus/``.

Layout, for a run's ``OUT/_corpus/``::

    meta/part-00000.parquet         one row per article (meta.json flattened)
    paragraphs/part-00000.parquet   every article's paragraphs ... one folder per stage table
    manifest/part-00000.csv         the part's articles: slug, file, sha256, reason ("" = written)
    failures.csv                    file, reason: every article that failed, in input order

Every table starts with the columns ``slug``, ``title``, ``outlet`` and ``publish_date``, so a query
needs no join to group by outlet or month. ``outlet`` is meta's ``outlet`` or, while the loader calls
it so, ``account``. Readable in one line: ``pd.read_parquet("OUT/_corpus/claims")``,
``duckdb.sql("FROM 'OUT/_corpus/claims/*.parquet'")``, ``dd.read_parquet("OUT/_corpus/claims")``.

Parts are batches of the run's input order (articles 0..PART_SIZE-1 are part 0, and so on), rows in
input order, so a part's bytes depend only on its articles, not on which process or machine ran them
or when they finished: a cluster run and a local run write byte-identical parts.

Resume: a part is written table by table and its manifest last, so a manifest is the mark of a whole
part. A re-run skips a batch whose manifest lists the same slugs with the same SHA-256 (failed
articles included: their reason is in the manifest and goes to failures.csv again). A crash loses at
most the parts being filled, never a written one.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path

import pandas as pd

PART_SIZE = 200
CORPUS_NOTEBOOK = "06_corpus.ipynb"
CORPUS_REPORT = "corpus_report.html"
MANIFEST = "manifest"
FAILURES = "failures.csv"
META_TABLE = "meta"
LEADING_COLUMNS = ["slug", "title", "outlet", "publish_date"]
MANIFEST_COLUMNS = ["slug", "file", "sha256", "reason"]


def part_name(index: int) -> str:
    return f"part-{index:05d}"


def outlet(meta: dict):
    """The outlet or WeChat account the article came from (meta key ``outlet``, formerly ``account``)."""
    return meta.get("outlet") or meta.get("account")


def _identity(slug: str, meta: dict) -> dict:
    return {"slug": slug, "title": meta.get("title"), "outlet": outlet(meta), "publish_date": meta.get("publish_date")}


def _meta_row(slug: str, meta: dict) -> dict:
    """meta.json as one row: the identity columns first, then every other key in sorted order."""
    rest = {
        key: json.dumps(value, ensure_ascii=False, sort_keys=True) if isinstance(value, (dict, list)) else value
        for key, value in sorted(meta.items())
        if key not in LEADING_COLUMNS and key not in ("outlet", "account")
    }
    return {**_identity(slug, meta), **rest}


def part_tables(written: list) -> dict[str, pd.DataFrame]:
    """The rows of one part: ``written`` is [(slug, ArticleTables)] in input order."""
    frames: dict[str, list[pd.DataFrame]] = {META_TABLE: []}
    for slug, article in written:
        frames[META_TABLE].append(pd.DataFrame([_meta_row(slug, article.meta)]))
        identity = _identity(slug, article.meta)
        for name, table in article.tables.items():
            frames.setdefault(name, []).append((table, identity))
    return {name: _concat(parts) if name == META_TABLE else _stamped(parts) for name, parts in sorted(frames.items()) if parts}


def _stamped(parts: list[tuple[pd.DataFrame, dict]]) -> pd.DataFrame:
    """One table of several articles, each (table, identity) led by its identity columns: what
    stacking ``table.assign(**identity)`` per article gives, with the four columns stacked once per
    table instead of set on each article's frame (the longest step of writing a part)."""
    def identity_frame(table, identity):
        # From the scalars, as assign would make them: the same dtypes.
        return pd.DataFrame({column: identity[column] for column in LEADING_COLUMNS}, index=range(len(table)))

    def rest(table):
        # drop() copies the frame even when it drops nothing, which no table here needs.
        leading = [c for c in LEADING_COLUMNS if c in table.columns]
        return table.drop(columns=leading) if leading else table

    with_rows = [(table, identity) for table, identity in parts if len(table)]
    if not with_rows:
        table, identity = parts[0]
        return pd.concat([identity_frame(table, identity), rest(table)], axis=1)
    leading = _concat([identity_frame(table, identity) for table, identity in with_rows])
    return pd.concat([leading, _concat([rest(table) for table, _ in with_rows])], axis=1)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Stack the articles' rows; an article with no rows adds none and does not decide a dtype."""
    with_rows = [frame for frame in frames if len(frame)]
    return pd.concat(with_rows, ignore_index=True) if with_rows else frames[0]


def _arrow_table(df: pd.DataFrame):
    """An Arrow table whose all-empty columns are typed as strings rather than null.

    A part where every title (or every note) is missing would otherwise store the column as type
    ``null``, and the parts of one table would disagree on its type.
    """
    import pyarrow as pa

    table = pa.Table.from_pandas(df, preserve_index=False)
    for i, field in enumerate(table.schema):
        if pa.types.is_null(field.type):
            table = table.set_column(i, field.with_type(pa.string()), table.column(i).cast(pa.string()))
    return table


def _write_atomically(path: Path, write) -> None:
    """Write through a hidden temporary file renamed into place: a reader never sees half a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    write(partial)
    os.replace(partial, path)


class CorpusDataset:
    """The dataset under ``corpus_dir``, written one part at a time."""

    def __init__(self, corpus_dir, part_size: int | None = None):
        self.dir = Path(corpus_dir)
        self.part_size = part_size or PART_SIZE

    def _manifest_path(self, index: int) -> Path:
        return self.dir / MANIFEST / f"{part_name(index)}.csv"

    def read_manifest(self, index: int) -> list[dict] | None:
        path = self._manifest_path(index)
        if not path.exists():
            return None
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def is_done(self, index: int, identities) -> bool:
        """Whether part ``index`` was written for exactly these (slug, sha256) articles.

        ``identities()`` lists them; it is called only when the part has a manifest, so a fresh run
        does not hash its files twice.
        """
        rows = self.read_manifest(index)
        return rows is not None and [(r["slug"], r["sha256"]) for r in rows] == identities()

    def write_part(self, index: int, entries: list[dict]) -> None:
        """Write part ``index``: ``entries`` in input order, each {slug, file, sha256, reason, tables}.

        ``tables`` is the article's :class:`~zhnews.article_tables.ArticleTables` (None when it
        failed). The manifest goes first out and last in, so an interrupted write leaves no manifest.
        """
        import pyarrow.parquet as pq

        self._manifest_path(index).unlink(missing_ok=True)
        name = part_name(index)
        tables = part_tables([(e["slug"], e["tables"]) for e in entries if e["tables"] is not None])
        existing = {p.parent.name for p in self.dir.glob(f"*/{name}.parquet")}
        for table_name in sorted(existing | set(tables)):
            path = self.dir / table_name / f"{name}.parquet"
            df = tables.get(table_name)
            if df is not None and len(df):
                _write_atomically(path, lambda p, df=df: pq.write_table(_arrow_table(df), p))
            else:  # no rows in this batch (any more): no part, rather than an untyped empty one
                path.unlink(missing_ok=True)
        manifest = pd.DataFrame([{c: e[c] or "" for c in MANIFEST_COLUMNS} for e in entries], columns=MANIFEST_COLUMNS)
        _write_atomically(self._manifest_path(index), lambda p: manifest.to_csv(p, index=False, lineterminator="\n"))

    def drop_parts_from(self, first_unused: int) -> None:
        """Remove parts numbered ``first_unused`` and up: left from an earlier run over more articles."""
        if not self.dir.exists():
            return
        for folder in (p for p in self.dir.iterdir() if p.is_dir()):
            for part in folder.glob("part-*.*"):
                if int(part.stem.split("-")[1]) >= first_unused:
                    part.unlink()

    def write_failures(self, failures: list[tuple[str, str]]) -> Path:
        """``failures.csv``: (file, reason) for every failed article and unusable path, input order."""
        frame = pd.DataFrame(failures, columns=["file", "reason"])
        path = self.dir / FAILURES
        _write_atomically(path, lambda p: frame.to_csv(p, index=False, encoding="utf-8-sig", lineterminator="\n"))
        return path


def batches(n_articles: int, part_size: int) -> list[range]:
    """Index ranges of the input order, one per part."""
    return [range(start, min(start + part_size, n_articles)) for start in range(0, n_articles, part_size)]


def carry_over(old_corpus_dir, new_corpus_dir) -> None:
    """Hard-link the dataset of an existing ``_corpus/`` into the one about to replace it.

    ``_corpus/`` is rebuilt as a whole after a folder run (its comparison tables and notebook); the
    dataset inside it was written article by article and must survive that swap. Links cost no copy
    and leave the old folder removable; a file system without them gets a copy.
    """
    old, new = Path(old_corpus_dir), Path(new_corpus_dir)
    if not old.is_dir():
        return
    for source in sorted([*old.glob("*/part-*"), *old.glob(FAILURES)]):
        target = new / source.relative_to(old)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def read_table(corpus_dir, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One dataset table, every part, as one DataFrame; ``columns`` reads only those (a big corpus)."""
    return pd.read_parquet(Path(corpus_dir) / name, columns=columns)


def write_from_run(out_root, articles: list, results: list, failures: list, on_read=None) -> CorpusDataset:
    """The dataset of a local folder run, from its article folders, and its failures.csv.

    ``results[i]`` is run.py's (folder, None) or (file, reason) for ``articles[i]``. The parts hold
    what a cluster run's parts hold, byte for byte: the same batches, and the tables read from the
    same Parquet files a worker reads back. ``on_read(folder, tables)`` is called with each folder's
    tables as they are read, so the corpus comparison takes what it needs of them instead of reading
    the folders again.
    """
    from .article_tables import file_sha256
    from .corpus import CORPUS_FOLDER
    from .run import shown, unique_slugs

    corpus = CorpusDataset(Path(out_root).resolve() / CORPUS_FOLDER)
    slugs = unique_slugs(articles)
    for index, positions in enumerate(batches(len(articles), corpus.part_size)):
        corpus.write_part(index, [
            {
                "slug": slugs[i], "file": shown(articles[i]), "sha256": file_sha256(articles[i]), "reason": results[i][1],
                "tables": _read(results[i][0], on_read) if results[i][1] is None else None,
            }
            for i in positions
        ])
    corpus.drop_parts_from(len(batches(len(articles), corpus.part_size)))
    corpus.write_failures([(f.article, f.reason) for f in failures])
    return corpus


def _read(folder, on_read):
    """The run folder's tables (:func:`zhnews.article_tables.read_folder`), shown to ``on_read`` first."""
    from .article_tables import read_folder

    tables = read_folder(folder)
    if on_read is not None:
        on_read(folder, tables)
    return tables


def export_corpus_report(corpus_dir) -> Path:
    """Run notebooks/06_corpus on the dataset and export it as ``corpus_report.html`` beside it.

    Like the article report: the executed notebook in ``notebooks/``, its charts in ``charts/``, and
    one self-contained page without code.
    """
    from .paths import NOTEBOOKS
    from .report import export_html
    from .run import _Kernel

    corpus_dir = Path(corpus_dir)
    with _Kernel() as kernel:
        executed = kernel.execute(NOTEBOOKS / CORPUS_NOTEBOOK, corpus_dir, {"corpus_dir": str(corpus_dir)}, corpus_dir.name)
    return export_html(executed, corpus_dir / CORPUS_REPORT, "语料概览 · Corpus overview")
