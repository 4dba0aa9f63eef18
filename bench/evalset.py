"""The evaluation articles: where each one lives and which split it belongs to (``data/eval/split.tsv``).

One place for what every ``bench/eval_*.py`` needs, so a new split or folder is one line here:

* ``seed`` articles are in ``data/articles/``; ``corpus``, ``dev_corpus``, ``fresh``, ``fresh2``, ``dev3``, ``fresh3``, ``dev4``,
  ``fresh4``, ``dev5``, ``fresh5``, ``dev6``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``, ``fresh11``, ``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``, ``fresh16``, ``fresh17``, ``fresh18``, ``fresh19``, ``fresh20``, ``fresh21``, ``fresh22``, ``fresh23``, ``fresh24``, ``fresh25``, ``fresh26``, ``fresh27``, ``fresh28``, ``fresh29``, ``fresh30``, ``fresh31``, ``fresh32``, ``fresh33``, ``fresh34``, ``fresh35``, ``fresh36``, ``fresh37``, ``fresh38`` and ``fresh39`` are folders of
  ``shared/`` beside the checkout (or beside one of its parents: worktrees sit deeper).
* Splits: ``tune`` (rules and models may be tuned on it), ``test`` (round 1's frozen split, scored once
  at the first landing and so seen since), ``fresh`` (the frozen split of round 2: twelve articles
  from outlets used nowhere else, labelled before zhnews ever ran on them; gold in ``data/eval/fresh/``;
  scored once at the end of round 2, seen since), ``fresh2`` (round 3's frozen split: seventeen more, gold in
  ``data/eval/fresh2/``; scored once at the end of round 3, seen since), ``fresh3`` (round 4's frozen split: sixteen
  more, gold in ``data/eval/fresh3/``; scored once at the end of round 4, seen since), ``fresh4`` (round 5's frozen
  split: seventeen more, gold in ``data/eval/fresh4/``; scored once at the end of round 5, seen since), ``fresh5`` (round 6's
  frozen split: fourteen more, gold in ``data/eval/fresh5/``; scored once at the end of round 6, seen since), ``fresh6``
  (round 7's frozen split: twenty more, gold in ``data/eval/fresh6/``; scored once at the end of round 7, seen since), ``fresh7``
  (round 8's frozen split: eighteen more, gold in ``data/eval/fresh7/``; seen since), ``fresh8`` (round 9's: twenty more,
  ``data/eval/fresh8/``; seen since), ``fresh9`` (round 10's: sixteen more,
  ``data/eval/fresh9/``; seen since), ``fresh10`` (round 11's: sixteen more,
  ``data/eval/fresh10/``; seen since), ``fresh11`` (round 12's: fifteen more,
  ``data/eval/fresh11/``; seen since), ``fresh12`` (round 13's: fifteen more,
  ``data/eval/fresh12/``; seen since), ``fresh13`` (round 14's: eighteen more,
  ``data/eval/fresh13/``; seen since), ``fresh14`` (round 15's: seventeen more,
  ``data/eval/fresh14/``; seen since), ``fresh15`` (round 16's: eleven more,
  ``data/eval/fresh15/``; seen since), ``fresh16`` (round 17's: fourteen more,
  ``data/eval/fresh16/``; seen since), ``fresh17`` (round 18's: eight more,
  ``data/eval/fresh17/``; seen since), ``fresh18`` (round 19's: sixteen more,
  ``data/eval/fresh18/``; seen since), ``fresh19`` (round 20's: fifteen more,
  ``data/eval/fresh19/``; seen since), ``fresh20`` (round 21's: eleven more,
  ``data/eval/fresh20/``; seen since), ``fresh21`` (round 22's: six more,
  ``data/eval/fresh21/``; seen since), ``fresh22`` (round 23's: twelve more,
  ``data/eval/fresh22/``; seen since), ``fresh23`` (twelve more, scored once at the start of
  round 24 with round 23's final code, ``data/eval/fresh23/``; seen since), ``fresh24`` (round 24's: twelve
  more, ``data/eval/fresh24/``; seen since), ``fresh26`` (eight more, scored once at the start of round 25 with
  round 24's final code, ``data/eval/fresh26/``; seen since), ``fresh25`` (round 25's frozen split: twelve more,
  ``data/eval/fresh25/``; seen since), ``fresh28`` (eight more, scored once at the start of round 26 with round 25's
  final code, ``data/eval/fresh28/``; seen since), ``fresh27`` (round 26's frozen split: twelve more,
  ``data/eval/fresh27/``; seen since), ``fresh29`` (eight more, scored once at the start of round 27 with round 26's
  final code, ``data/eval/fresh29/``; seen since), ``fresh30`` (round 27's frozen split: ten more,
  ``data/eval/fresh30/``; seen since), ``fresh31`` (eight more, scored once at the start of round 28 with round 27's
  final code, ``data/eval/fresh31/``; seen since), ``fresh32`` (round 28's frozen split: ten more,
  ``data/eval/fresh32/``; seen since), ``fresh34`` and ``fresh35`` (nine and eight more, scored once at the start of
  round 29 with round 28's final code; seen since), ``fresh33`` (round 29's frozen split: eleven more,
  ``data/eval/fresh33/``; seen since), ``fresh37`` (thirteen more, scored once at the start of round 30 with round 29's
  final code; seen since), ``fresh36`` (round 30's frozen split: twelve more, ``data/eval/fresh36/``; seen since), ``fresh39`` (eight
  more, scored once at the start of round 31 with round 30's final code; seen since), ``fresh38`` (round 31's frozen
  split: nine more, ``data/eval/fresh38/``; last in the tuple, so it is ``FROZEN``). A frozen round keeps each gold kind in one file of its own folder (``held_out_gold``).
"""

from __future__ import annotations

import csv
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "data" / "eval"
SPLITS = ("tune", "test", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh26", "fresh25", "fresh28", "fresh27", "fresh29", "fresh30", "fresh31", "fresh32", "fresh34", "fresh35", "fresh33", "fresh37", "fresh36", "fresh39", "fresh38")
# The splits collected as a round of their own: folder data/eval/<split>/, one file per gold kind.
HELD_OUT_ROUNDS = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh26", "fresh25", "fresh28", "fresh27", "fresh29", "fresh30", "fresh31", "fresh32", "fresh34", "fresh35", "fresh33", "fresh37", "fresh36", "fresh39", "fresh38")
# The newest round stays frozen until its round ends: ``--split seen`` is every split but this one, for tuning.
FROZEN = HELD_OUT_ROUNDS[-1]
SPLIT_OPTIONS = (*SPLITS, "seen", "all")


def shared_folder(name: str) -> Path | None:
    """``shared/<name>`` beside the checkout or beside one of its parents; None when absent."""
    for parent in ROOT.parents:
        if (parent / "shared" / name).is_dir():
            return parent / "shared" / name
    return None


@lru_cache(maxsize=1)
def _splits() -> dict[str, tuple[str, str]]:
    lines = [line for line in (EVAL / "split.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["file"]: (row["folder"], row["split"]) for row in csv.DictReader(lines, delimiter="\t")}


def held_out_gold(split: str, name: str) -> Path:
    """The gold file ``name`` (e.g. ``loader_meta.tsv``) of a round collected on its own (fresh, fresh2)."""
    if split not in HELD_OUT_ROUNDS:
        raise ValueError(f"{split} is not a held-out round ({', '.join(HELD_OUT_ROUNDS)})")
    return EVAL / split / name


def split_of(file: str) -> str:
    return _splits()[file][1]


def folder_of(file: str) -> str:
    """The folder an article was collected in (seed, corpus, dev3, dev5, fresh4 …)."""
    return _splits()[file][0]


def article_path(file: str) -> Path | None:
    """Where the article is on this machine; None when its folder is not here."""
    folder = folder_of(file)
    base = ROOT / "data" / "articles" if folder == "seed" else shared_folder(folder)
    return base / file if base is not None else None


def present(file: str) -> Path | None:
    """The article's path when it is on this machine; else None, said in a line on stderr (the fresh
    articles live in shared/fresh/, which another machine may not have)."""
    path = article_path(file)
    if path is None or not path.exists():
        print(f"{file}: not on this machine (shared/ beside the checkout), not scored", file=sys.stderr)
        return None
    return path


def files(split: str) -> list[str]:
    """The split's articles in ``split.tsv`` order (``all``: every split; ``seen``: every split but the frozen one)."""
    return [file for file, (_, of) in _splits().items() if of in chosen_splits(split)]


def chosen_splits(option: str) -> list[str]:
    """The splits a ``--split`` option names, in order (``all``: every split; ``seen``: every split but ``FROZEN``)."""
    if option == "all":
        return list(SPLITS)
    if option == "seen":
        return [split for split in SPLITS if split != FROZEN]
    return [option]
