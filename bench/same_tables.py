"""Check that a speed change changed no table: ``--tables-only`` over every article here, before and after.

A performance change must leave every table byte-identical. Run once on the code before the change
with ``--save DIR`` (the run folders are kept there), then on the changed code with ``--against DIR``:
every file of every run folder (CSV, Parquet, meta.json) is compared byte for byte, except
``stages.json``, whose fingerprint covers the package's code and so changes with any edit. A differing
Parquet table is named with the columns whose values differ.

The articles: the default article and every article of shared/corpus, shared/dev_corpus and
shared/fresh, fresh2, dev3 and fresh3 (the seen splits; never a held-out one), each once, run with ``--jobs 2`` as the batch
of ``make bench`` runs them. ``--jobs 1`` checks the single-process path instead.

    PYTHONPATH=. python bench/same_tables.py --save /tmp/tables_before
    PYTHONPATH=. python bench/same_tables.py --against /tmp/tables_before
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import article_files, zhnews_command, ENV  # noqa: E402
from evalset import shared_folder  # noqa: E402

from zhnews.paths import DEFAULT_ARTICLE  # noqa: E402

# The seen article folders; the held-out split is never run here.
SEEN_FOLDERS = ("corpus", "dev_corpus", "fresh", "fresh2", "dev3", "fresh3")
# Rewritten by every code change (its fingerprint hashes the package), so not compared.
NOT_COMPARED = {"stages.json"}
ARTICLES_FOLDER = "zhnews_same_tables_articles"


def seen_articles() -> list[Path]:
    articles = [DEFAULT_ARTICLE]
    for name in SEEN_FOLDERS:
        articles += article_files(shared_folder(name))
    return articles


def run_tables(articles: list[Path], out: Path, jobs: int) -> None:
    """``zhnews run --tables-only`` over ``articles`` (linked into one folder) into ``out``.

    The folder of links has the same path every time: the corpus manifest records each article's path.
    """
    folder = Path(tempfile.gettempdir()) / ARTICLES_FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        for i, article in enumerate(articles):
            (folder / f"{i:03d}_{article.name}").symlink_to(article)
        command = zhnews_command(folder, "--out", out, "--tables-only", "--jobs", jobs)
        result = subprocess.run(command, cwd=ROOT, env=ENV, capture_output=True, text=True)
        if result.returncode not in (0, 1):  # 1: some articles refused, which must then match too
            raise SystemExit(f"zhnews run failed:\n{result.stderr[-2000:]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def compared_files(out: Path) -> dict[str, Path]:
    return {p.relative_to(out).as_posix(): p for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in NOT_COMPARED}


def parquet_difference(before: Path, after: Path) -> str:
    import pandas as pd

    old, new = pd.read_parquet(before), pd.read_parquet(after)
    if list(old.columns) != list(new.columns) or len(old) != len(new):
        return f"shape {old.shape} -> {new.shape}, columns {list(old.columns)} -> {list(new.columns)}"
    differing = [c for c in old.columns if not old[c].equals(new[c]) or old[c].dtype != new[c].dtype]
    return f"columns differ: {differing}" if differing else "same values, different bytes (types or metadata)"


def compare(before: Path, after: Path) -> list[str]:
    old, new = compared_files(before), compared_files(after)
    problems = [f"missing now: {name}" for name in sorted(old.keys() - new.keys())]
    problems += [f"new now: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        if old[name].read_bytes() != new[name].read_bytes():
            detail = parquet_difference(old[name], new[name]) if name.endswith(".parquet") else "bytes differ"
            problems.append(f"differs: {name}: {detail}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--save", type=Path, help="run and keep the tables in this folder (the code before)")
    where.add_argument("--against", type=Path, help="run and compare with the tables saved in this folder")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    articles = seen_articles()
    if args.save:
        run_tables(articles, args.save, args.jobs)
        print(f"saved the tables of {len(articles)} articles in {args.save}")
        return
    with tempfile.TemporaryDirectory() as scratch:
        run_tables(articles, Path(scratch), args.jobs)
        problems = compare(args.against, Path(scratch))
        checked = len(compared_files(Path(scratch)))
    for problem in problems:
        print(problem)
    print(f"{len(articles)} articles, {checked} files: " + ("all byte-identical" if not problems else f"{len(problems)} differences"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
