"""The one reader for the word lists in ``data/lexicon/``, and a cache that notices when one is edited.

Every word list is a UTF-8 text file whose ``#`` lines are comments (each file's header says what it is
for, where it came from and how to add a line). Two shapes:

* a list, one entry a line: :func:`read_lines` (stopwords, negators, money words, the user dictionary);
* a table, tab-separated, whose first non-comment line names the columns: :func:`read_rows` returns
  the requested columns in the requested order, so a file may gain columns without breaking a reader.

Whatever is built from a word list (a cue table, a compiled regex, a tokenizer with the user
dictionary) is memoised with :func:`cached`, which throws the memo away when any word list changes on
disk. "Add a line and it takes effect" then holds in an open JupyterLab kernel too, not only in a new
run. The files' modification times are looked at most once a second, and not while a stage runs
(:func:`held`, :func:`zhnews.stages.run_stage`): the stage reads one state of the word lists and the memos
do not read the clock, so the check costs nothing on hot paths.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time

from .paths import LEXICON

# How often, at most, the files' modification times are read again.
CHECK_SECONDS = 1.0

# The clock, bound once: the memos below read it on every call outside a stage.
_clock = time.monotonic
_look_again_at = float("-inf")  # when the files' times are next read
_stamp: tuple = ()
_memos: list[dict] = []  # every cached function's memo, emptied together when a word list changes
_held = False  # inside a stage: the word lists were looked at when it started, and are not looked at again


def _look() -> None:
    """Read the files' modification times, and empty every memo if one of them changed."""
    global _look_again_at, _stamp
    # One stat a file (scandir knows which entries are files without one).
    with os.scandir(LEXICON) as entries:
        stamp = tuple(sorted((entry.name, stat.st_mtime_ns, stat.st_size)
                             for entry in entries if entry.is_file() for stat in (entry.stat(),)))
    if stamp != _stamp:
        _stamp = stamp
        for memo in _memos:
            memo.clear()
    _look_again_at = _clock() + CHECK_SECONDS


def refresh() -> None:
    """Look at the files now rather than within the next second (after editing one from code)."""
    global _look_again_at
    _look_again_at = float("-inf")


@contextlib.contextmanager
def held():
    """Look at the files if the last look is a second old, then not again until the block ends: a stage runs on
    one state of the word lists. Some memos are asked tens of thousands of times an article; inside the block
    they skip the clock."""
    global _held
    outer = _held
    if not outer and _clock() >= _look_again_at:
        _look()
    _held = True
    try:
        yield
    finally:
        _held = outer


def cached(function):
    """Memoise ``function`` (by its arguments) until a word list changes on disk."""
    memo: dict = {}
    _memos.append(memo)

    @functools.wraps(function)
    def wrapper(*args):
        # The hot path: inside a stage one flag, outside it one clock read and a comparison.
        if not _held and _clock() >= _look_again_at:
            _look()
        try:
            return memo[args]
        except KeyError:
            memo[args] = result = function(*args)
            return result

    wrapper.cache_clear = memo.clear
    return wrapper


def read_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of ``data/lexicon/NAME``, stripped; [] when the file is absent."""
    path = LEXICON / name
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cached
def surnames() -> frozenset[str]:
    """data/lexicon/surnames.txt as a set: the loader's bylines, the keywords' names and the claims' speakers all ask it."""
    return frozenset(read_lines("surnames.txt"))


def read_rows(name: str, columns) -> list[tuple[str, ...]]:
    """The rows of the TSV ``data/lexicon/NAME`` as tuples of ``columns``, in that order.

    A cell the row leaves out is "". A column the header does not name is an error that says which
    file and which column, since it means the file and the code disagree.
    """
    lines = [line for line in (LEXICON / name).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = lines[0].rstrip("\n").split("\t")
    missing = [column for column in columns if column not in header]
    if missing:
        raise ValueError(f"data/lexicon/{name}: no column {', '.join(missing)} (header: {', '.join(header)})")
    index = [header.index(column) for column in columns]
    rows = []
    for line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(tuple(cells[i].strip() for i in index))
    return rows
