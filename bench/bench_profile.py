"""Where a warm tables-only worker spends its time, and how often jieba cuts each character.

What ``zhnews run --tables-only --jobs N`` does in each worker, measured in this process: the stages
are run once on the default article, and the page reader warmed when pages are among the articles (the
warm-up a batch run makes before its workers fork, :func:`zhnews.run._warm_up`), then on
the articles given (default: the default article and shared/corpus, as ``make bench``'s batch). It prints

1. CPU seconds per article for loading and for each stage;
2. jieba's passes per stage: the characters each stage had jieba segment (plain cut and POS cut, through
   :mod:`zhnews.segment`'s per-piece memo, so a piece cut again from the memo does not count), as a
   multiple of the articles' characters. 1.0 means every character was segmented once;
3. with ``--top N``, the N functions of most cumulative time under cProfile (which slows Python code
   about 1.5x, so read its seconds as shares), on the process's CPU clock.

Not a test and not a goal: a map for the next speed change. ``make bench`` gives the goals.

    PYTHONPATH=. python bench/bench_profile.py [--top 40] [ARTICLE_OR_FOLDER ...]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import article_files  # noqa: E402  (bench/ is this script's folder)
from evalset import shared_folder  # noqa: E402

from zhnews import run as batch_run, segment, stages  # noqa: E402
from zhnews.errors import ArticleError  # noqa: E402
from zhnews.load import load_article  # noqa: E402
from zhnews.paths import DEFAULT_ARTICLE  # noqa: E402


def articles_from(paths: list[str]) -> list[Path]:
    if not paths:
        return [DEFAULT_ARTICLE, *article_files(shared_folder("corpus"))]
    found = []
    for path in map(Path, paths):
        found += article_files(path) if path.is_dir() else [path]
    return found


class SegmentationCount:
    """Characters segmented by jieba per stage: wraps segment's two piece cutters while counting."""

    def __init__(self):
        self.stage = "load"
        self.chars: Counter = Counter()
        self._originals = (segment._cut_piece, segment._cut_pos_piece)

    def __enter__(self):
        plain, pos = self._originals
        segment._cut_piece = self._counted(plain, "cut")
        segment._cut_pos_piece = self._counted(pos, "POS cut")
        return self

    def __exit__(self, *exc_info):
        segment._cut_piece, segment._cut_pos_piece = self._originals

    def _counted(self, cut_piece, kind: str):
        def counted(piece: str):
            self.chars[(self.stage, kind)] += len(piece)
            return cut_piece(piece)

        return counted


def run(articles: list[Path], out: Path, counter: SegmentationCount | None = None) -> tuple[Counter, int, int]:
    """Every stage on every article: (CPU seconds by step, articles done, their characters)."""
    cpu: Counter = Counter()
    done = chars = 0
    for i, article in enumerate(articles):
        start = time.process_time()
        try:
            loaded = load_article(article)
        except ArticleError:
            continue
        cpu["load (read and parse the file)"] += time.process_time() - start
        chars += int(loaded.paragraphs["text"].str.len().sum())
        folder = out / f"{i:04d}"
        fingerprint = stages.inputs_fingerprint(article)
        for stage in stages.table_stages():
            if counter is not None:
                counter.stage = stage.name
            start = time.process_time()
            stages.run_stage(stage, article, folder, fingerprint, loaded)
            cpu[f"stage {stage.name}"] += time.process_time() - start
        done += 1
    return cpu, done, chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", help="articles or folders (default: the default article and shared/corpus)")
    parser.add_argument("--top", type=int, default=0, help="also profile, and print the N costliest functions")
    args = parser.parse_args()
    articles = articles_from(args.articles)
    with tempfile.TemporaryDirectory() as scratch:
        batch_run._warm_up(articles)  # what a batch run's parent does before its workers fork
        with SegmentationCount() as counter:
            cpu, done, chars = run(articles, Path(scratch) / "measured", counter)
        print(f"{done} articles, {chars:,} characters, warm worker\n")
        print("CPU per article")
        for step, seconds in cpu.items():
            print(f"  {step:<34} {1000 * seconds / max(done, 1):8.1f} ms")
        print(f"  {'total':<34} {1000 * sum(cpu.values()) / max(done, 1):8.1f} ms")
        print("\njieba passes (characters segmented ÷ characters of the articles)")
        for (stage, kind), segmented in sorted(counter.chars.items()):
            print(f"  {stage:<10} {kind:<8} {segmented / max(chars, 1):6.2f}")
        if args.top:
            # On the CPU clock: on a machine shared with other work, wall time charges a function for the
            # time the process waited for a core.
            profile = cProfile.Profile(time.process_time)
            profile.runcall(run, articles, Path(scratch) / "profiled")
            print()
            pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
