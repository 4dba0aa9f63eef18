"""`make bench`: speed and memory of zhnews, measured here and never asserted in tests.

Prints, as a table: load time per article (seed and ../shared/corpus), each stage's throughput
(from bench/bench_<stage>.py modules' ``measure(texts)``), the wall time of a full notebook run on
the default article (what `make report` does, warm venv; median of several runs), and articles per
second with peak memory for ``--tables-only`` over the corpus repeated to 500+ articles, with one
worker and with two.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhnews.load import load_article  # noqa: E402
from zhnews.paths import DEFAULT_ARTICLE  # noqa: E402

from timing import median_seconds  # noqa: E402  (bench/ is this script's folder)

CORPUS = ROOT.parent / "shared" / "corpus"


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


def run_with_peak_memory(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of the whole process tree, sampled every 50 ms."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass  # a worker ended between listing and reading it
        time.sleep(0.05)
    return time.perf_counter() - start, peak / 2**20


def bench_corpus(n_articles: int) -> list[tuple[str, float, str]]:
    """`zhnews run FOLDER --tables-only` on the corpus repeated to n_articles files, 1 and 2 workers."""
    sources = articles()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n_articles):
            source = sources[i % len(sources)]
            (folder / f"{i:04d}_{source.name}").write_bytes(source.read_bytes())
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            command = [sys.executable, "-m", "zhnews", "run", str(folder), "--out", str(out), "--tables-only", "--quiet", "--jobs", str(jobs)]
            seconds, peak_mb = run_with_peak_memory(command)
            rows.append((f"--tables-only, {n_articles} articles, {jobs} worker(s): throughput", n_articles / seconds, "articles/s"))
            rows.append((f"--tables-only, {n_articles} articles, {jobs} worker(s): peak memory (process tree)", peak_mb, "MB"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--report-repeats", type=int, default=3)
    parser.add_argument("--corpus-articles", type=int, default=504, help="0 skips the corpus benchmark")
    args = parser.parse_args()
    rows = bench_load(args.repeats) + bench_stages() + bench_report(args.report_repeats)
    if args.corpus_articles:
        rows += bench_corpus(args.corpus_articles)
    width = max(len(name) for name, _, _ in rows)
    for name, value, unit in rows:
        shown = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
        print(f"{name:<{width}}  {shown:>14} {unit}")


if __name__ == "__main__":
    main()
