"""`make bench`: speed and memory of zhnews, measured here and never asserted in tests.

Prints, as a table: load time per article (seed and ../shared/corpus), each stage's throughput
(from bench/bench_<stage>.py modules' ``measure(texts)``), and the wall time of a full notebook run
on the default article (what `make report` does, warm venv). Every figure is the median of several runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhnews.load import load_article  # noqa: E402
from zhnews.paths import DEFAULT_ARTICLE  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def median_seconds(func, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def articles() -> list[Path]:
    found = [DEFAULT_ARTICLE]
    if CORPUS.is_dir():
        found += sorted(p for p in CORPUS.iterdir() if p.suffix in {".md", ".txt", ".html"})
    return found


def bench_load(repeats: int) -> list[tuple[str, float, str]]:
    rows = []
    for path in articles():
        load_article(path)  # warm caches (jieba, opencc) outside the timing
        seconds = median_seconds(lambda: load_article(path), repeats)
        rows.append((f"load {path.name} ({path.stat().st_size // 1024} KB)", seconds * 1000, "ms"))
    return rows


def body_texts() -> list[str]:
    texts = []
    for path in articles():
        paragraphs = load_article(path).paragraphs
        texts.append("\n".join(paragraphs.loc[paragraphs["role"] == "body", "text_zhs"]))
    return texts


def bench_stages() -> list[tuple[str, float, str]]:
    texts = body_texts()
    rows = []
    for module_path in sorted(Path(__file__).parent.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += module.measure(texts)
    return rows


def bench_report(repeats: int) -> list[tuple[str, float, str]]:
    def full_run():
        with tempfile.TemporaryDirectory() as out:
            subprocess.run(
                [sys.executable, "-m", "zhnews", "run", str(DEFAULT_ARTICLE), "--out", out, "--quiet"],
                check=True, cwd=ROOT, capture_output=True,
            )

    return [(f"make report wall time, default article (median of {repeats})", median_seconds(full_run, repeats), "s")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--report-repeats", type=int, default=3)
    args = parser.parse_args()
    rows = bench_load(args.repeats) + bench_stages() + bench_report(args.report_repeats)
    width = max(len(name) for name, _, _ in rows)
    for name, value, unit in rows:
        print(f"{name:<{width}}  {value:>14,.1f} {unit}")


if __name__ == "__main__":
    main()
