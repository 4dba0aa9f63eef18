"""Reading and writing the tables of the data contract.

Every table is written twice into the run folder: ``NAME.csv`` (UTF-8 with BOM, so Excel opens Chinese
cleanly) and ``NAME.parquet`` (typed, for the next stage). Writing is deterministic: fixed column order,
``\\n`` line ends and fixed float formatting, so a re-run gives byte-identical CSVs.

The CSVs are meant for spreadsheets, so they are formula-safe (the OWASP rule against CSV
injection): a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
leading apostrophe, so Excel shows ``=HYPERLINK(…)`` from an article as text instead of running it.
Only the CSV is changed; the Parquet copy, which the stages read, keeps the text as it is.

Every file is written beside its final name and then renamed into place, so a reader (a notebook on
the other kernel of a full run, an editor) sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import codecs
import csv
import json
import math
import os
from contextlib import contextmanager
from functools import lru_cache
from io import StringIO
from pathlib import Path

import numpy as np
import pandas as pd

CSV_ENCODING = "utf-8-sig"
# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class MissingStageOutput(FileNotFoundError):
    """A stage asked for a table that the previous stage has not written yet."""


def write_table(df: pd.DataFrame, out_dir, name: str) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / f"{name}.csv"
    with _replaced(csv_path) as partial:
        _write_csv(df, partial)
    with _replaced(out_dir / f"{name}.parquet") as partial:
        # What DataFrame.to_parquet(index=False) writes, byte for byte, without pandas' path and
        # engine handling around it (a run writes a dozen small tables). Converted on this thread:
        # pyarrow starts a thread pool for a table of more than a hundred rows a column, which costs
        # more than converting a few thousand cells, and the arrays come out the same.
        import pyarrow
        import pyarrow.parquet

        pyarrow.parquet.write_table(pyarrow.Table.from_pandas(df, preserve_index=False, nthreads=1), partial)
    return csv_path


# How floats are written in the CSVs (six significant digits, as the notebooks show them).
FLOAT_FORMAT = "%.6g"
# The cells of a text column that _write_csv writes itself (None as "", as pandas writes a missing value).
_TEXT_CELLS = {str, type(None)}


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    """``formula_safe(df).to_csv(path, index=False, encoding=CSV_ENCODING, lineterminator="\\n",
    float_format=FLOAT_FORMAT)``, byte for byte, at a fraction of its cost for the column types the stages write.

    pandas' writer spends most of a small table's time setting up (a run writes a dozen tables an
    article, and its per-table cost was half of the table writing). pandas hands each cell to Python's
    csv writer as: a float as FLOAT_FORMAT, a missing value as "", anything else as the object itself
    (ints, bools and text, written by csv as ``str`` does); the same cells go to the same writer here.
    Any other column type (dates, categories, objects that are not text) is left to pandas. The text
    cells are made formula-safe as they are listed, so the frame is not copied for it.
    """
    columns = _csv_columns(df)
    if columns is None:
        formula_safe(df).to_csv(path, index=False, encoding=CSV_ENCODING, lineterminator="\n", float_format=FLOAT_FORMAT)
        return
    # Encoded once, whole: a text file in utf-8-sig runs Python's codec on every row.
    text = StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow([str(name) for name in df.columns])
    writer.writerows(zip(*columns))
    path.write_bytes(codecs.BOM_UTF8 + text.getvalue().encode("utf-8"))


def _csv_columns(df: pd.DataFrame) -> list[list] | None:
    """Each column's cells as pandas' CSV writer gives them to Python's csv writer, text cells
    formula-safe (:func:`formula_safe`); None when a column is of a type :func:`_write_csv` leaves to
    pandas, or the frame is of a shape it does."""
    if not len(df.columns) or not df.columns.is_unique or isinstance(df.columns, pd.MultiIndex):
        return None
    columns = []
    for _, column in df.items():
        kind = column.dtype.kind if isinstance(column.dtype, np.dtype) else None
        if kind in ("i", "u", "b"):
            columns.append(column.tolist())
        elif kind == "f":
            columns.append(["" if math.isnan(x) else FLOAT_FORMAT % x for x in column.tolist()])
        elif str(column.dtype) in ("Int64", "boolean"):
            columns.append(["" if cell is pd.NA else cell for cell in column.astype(object).tolist()])
        elif kind == "O":
            cells = column.tolist()
            if not set(map(type, cells)) <= _TEXT_CELLS:
                return None
            columns.append(["" if cell is None else "'" + cell if cell.startswith(FORMULA_STARTS) else cell
                            for cell in cells])
        else:
            return None
    return columns


@contextmanager
def _replaced(path: Path):
    """A name to write ``path`` under (hidden, in the same folder), renamed to ``path`` once written."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def formula_safe(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with no text cell that can start a spreadsheet formula (a leading apostrophe added).

    A copy when some cell needed the apostrophe; ``df`` itself, unchanged, when none did (most tables).
    """
    safe = df
    # The text columns, as ``df.select_dtypes(include=["object", "string"])`` finds them, without
    # building that frame (a dozen tables an article).
    text_columns = [column for column, dtype in df.dtypes.items()
                    if dtype == object or isinstance(dtype, pd.StringDtype)]
    for column in text_columns:
        if not any(isinstance(cell, str) and cell.startswith(FORMULA_STARTS) for cell in df[column].tolist()):
            continue
        if safe is df:
            safe = df.copy()
        safe[column] = safe[column].map(
            lambda cell: "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
        )
    return safe


def with_types(df: pd.DataFrame, types: dict) -> pd.DataFrame:
    """``df.astype(types)``: the same columns, values and types, converting only the columns not already
    of their type, each on its own.

    The stages build a table from rows, whose values already give most columns their type; the types
    are said for the empty table. pandas' ``astype`` with a dict copies every column, converts the
    named ones (each as ``Series.astype``, as here) and joins them all again, even when nothing
    changes, at a cost per table that showed in the profile. ``df`` itself when nothing changes.
    """
    converted = df
    for column, kind in types.items():
        if df[column].dtype != kind:
            if converted is df:
                converted = df.copy(deep=False)
            converted[column] = df[column].astype(kind)
    return converted


def read_table(out_dir, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """The table ``name`` of the run folder; ``columns``: only those (cheaper than reading all of it)."""
    path = Path(out_dir) / f"{name}.parquet"
    if not path.exists():
        raise MissingStageOutput(
            f"{path} is missing: run the earlier notebooks first (or `make report`)"
        )
    # A copy: the stages read the same table (sentences) one after another, and may change what they are given.
    return _read_parquet(file_version(path), None if columns is None else tuple(columns)).copy()


@lru_cache(maxsize=4)
def _read_parquet(version: tuple, columns: tuple | None) -> pd.DataFrame:
    """The Parquet file at ``version`` (:func:`file_version`), read once while it is not rewritten."""
    return read_parquet(version[0], None if columns is None else list(columns))


def read_parquet(path, columns: list[str] | None = None) -> pd.DataFrame:
    """What ``pd.read_parquet(path, columns=columns)`` returns for the tables written here, at half its cost.

    pandas goes through pyarrow's dataset layer (file-system resolution, a fragment per file) and
    reads with a thread pool; for a run folder's small files that set-up is most of the time, and a
    batch reads every article's dozen tables back once more for the corpus dataset. One file read
    directly, on this thread, converted as pandas converts it (default NumPy dtypes; the pandas
    metadata gives the index and the column types back).
    """
    import pyarrow.parquet

    with pyarrow.parquet.ParquetFile(path) as parquet:
        return parquet.read(columns=columns, use_threads=False, use_pandas_metadata=True).to_pandas()


def file_version(path: Path) -> tuple:
    """(path, inode, modification time, size): a key that changes whenever the file is rewritten or
    replaced, for caching what was read from it."""
    stat = path.stat()
    return str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size


def write_json(obj: dict, out_dir, name: str) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    with _replaced(path) as partial:
        partial.write_text(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_json(out_dir, name: str) -> dict:
    path = Path(out_dir) / f"{name}.json"
    if not path.exists():
        raise MissingStageOutput(f"{path} is missing: run 00_load first (or `make report`)")
    return json.loads(path.read_text(encoding="utf-8"))
