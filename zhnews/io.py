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

import json
import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

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
        formula_safe(df).to_csv(partial, index=False, encoding=CSV_ENCODING, lineterminator="\n", float_format="%.6g")
    with _replaced(out_dir / f"{name}.parquet") as partial:
        # What DataFrame.to_parquet(index=False) writes, byte for byte, without pandas' path and
        # engine handling around it (a run writes a dozen small tables).
        import pyarrow
        import pyarrow.parquet

        pyarrow.parquet.write_table(pyarrow.Table.from_pandas(df, preserve_index=False), partial)
    return csv_path


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
    for column in df.select_dtypes(include=["object", "string"]).columns:
        if not any(isinstance(cell, str) and cell.startswith(FORMULA_STARTS) for cell in df[column].tolist()):
            continue
        if safe is df:
            safe = df.copy()
        safe[column] = safe[column].map(
            lambda cell: "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
        )
    return safe


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
