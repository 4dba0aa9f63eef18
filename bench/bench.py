"""`make bench`: speed and memory of zhnews, measured here and never asserted in tests.

Every figure comes from one run of each command, so the ratios compare runs made minutes apart on the
same machine; wall times on a busy machine move, ratios much less. Sections:

1. The goals of issue 9: a full run (notebooks, charts, report.html) of the default article against
   its ``--tables-only`` run; ``--tables-only --jobs 2`` over 48 corpus articles in articles per second
   and as a share of plain ``jieba.lcut`` on the same text on both cores; 17 articles with full
   reports; the peak memory of the whole process tree (PSS: a page shared by forked workers counts
   once, as the machine pays for it; the sum of RSS, which counts it in every process, beside it).
2. Seconds per MB of article, tables only, for 0.1, 1 and 4.9 MB articles.
3. Load time per article and each stage's throughput (``measure(texts)`` of bench/bench_<stage>.py).
4. Where a warm tables-only worker spends its CPU per article, by stage, and how many times jieba cuts
   each character (bench/bench_profile.py: the map for the next speed change, not a goal).
5. The evaluations: the output of every bench/eval_*.py present, under its own heading.

``--quick`` skips the 17 full reports and the per-stage throughput; ``--sizes`` picks the article sizes.
A change made for speed must leave every table byte-identical: bench/same_tables.py checks that.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from zhnews.errors import ArticleError  # noqa: E402
from zhnews.load import SUFFIXES, load_article  # noqa: E402
from zhnews.paths import DEFAULT_ARTICLE  # noqa: E402
from zhnews.stages import STAGES  # noqa: E402

from evalset import shared_folder  # noqa: E402  (bench/ is this script's folder)
from timing import median_seconds  # noqa: E402  (bench/ is this script's folder)

# This checkout's package first, in the commands and in their notebooks' kernels (a worktree's
# kernel would otherwise import the package installed in the virtualenv).
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
BATCH_ARTICLES = 48
FULL_REPORTS = 17
SIZES_MB = (0.1, 1.0, 4.9)
# A size whose tables-only run takes longer than this is reported as over it, so `make bench` ends.
SIZE_TIME_LIMIT = 600


def article_files(folder: Path | None) -> list[Path]:
    """The articles of a shared folder: every readable file but its provenance list (SOURCES.tsv is no article)."""
    if folder is None:
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES and p.name != "SOURCES.tsv")


def zhnews_command(*args) -> list[str]:
    return [sys.executable, "-m", "zhnews", "run", "--quiet", *map(str, args)]


@dataclass
class Measured:
    seconds: float  # wall
    cpu: float  # user + system seconds of the whole process tree
    pss: float  # peak MB, shared pages split among the processes sharing them
    rss: float  # peak MB, sum of RSS (a shared page counted in every process)


def run_measured(command: list[str], refusals_expected: bool = False) -> Measured:
    """Run ``command`` once: wall and CPU seconds and peak memory of its whole process tree.

    Memory is sampled every 50 ms. PSS splits each shared page among the processes sharing it, so
    forked workers are not charged again for the tokenizers they inherited. CPU time comes from the
    kernel's accounting of the process and every descendant it waited for (``wait4``); on a busy
    machine it moves far less than the wall time.
    """
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(process.pid)
    peak_pss = peak_rss = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        pss = rss = 0
        try:
            for member in [root, *root.children(recursive=True)]:
                try:
                    info = member.memory_full_info()
                except psutil.Error:
                    continue  # a worker ended between listing and reading it
                pss += info.pss
                rss += info.rss
        except psutil.Error:
            pass
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    returncode = os.waitstatus_to_exitcode(status)
    process.returncode = returncode
    if returncode not in ((0, 1) if refusals_expected else (0,)):  # 1: some articles refused
        raise RuntimeError(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return Measured(seconds, usage.ru_utime + usage.ru_stime, peak_pss / 2**20, peak_rss / 2**20)


def batch_folder(sources: list[Path], n: int, into: Path) -> Path:
    """``into`` holding n articles: the sources repeated in order, each copy under its own name."""
    into.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        source = sources[i % len(sources)]
        (into / f"{i:04d}_{source.name}").write_bytes(source.read_bytes())
    return into


# --- 1. the goals of issue 9 ------------------------------------------------------------------


def bench_single_article(tmp: Path) -> list[tuple[str, float, str]]:
    tables = run_measured(zhnews_command(DEFAULT_ARTICLE, "--out", tmp / "tables", "--tables-only"))
    full = run_measured(zhnews_command(DEFAULT_ARTICLE, "--out", tmp / "full"))
    return [
        ("default article, --tables-only: wall", tables.seconds, "s"),
        ("default article, --tables-only: CPU (process tree)", tables.cpu, "s"),
        ("default article, full run (notebooks, charts, report.html): wall", full.seconds, "s"),
        ("default article, full run: CPU (process tree)", full.cpu, "s"),
        ("full run ÷ tables-only, wall (goal ≤ 2.5)", full.seconds / tables.seconds, "×"),
        ("full run ÷ tables-only, CPU", full.cpu / tables.cpu, "×"),
        ("default article, full run: peak memory (PSS, process tree)", full.pss, "MB"),
    ]


def _lcut_all(texts: list[str]) -> float:
    """CPU seconds jieba.lcut takes over ``texts`` in this process."""
    import jieba

    start = time.process_time()
    for text in texts:
        jieba.lcut(text)
    return time.process_time() - start


def jieba_speed(texts: list[str], cores: int = 2) -> tuple[float, float]:
    """Plain jieba.lcut on ``texts`` split over ``cores`` forked processes, its dictionary loaded first:
    (characters per wall second, characters per CPU second)."""
    import jieba

    jieba.initialize()
    shares = [texts[i::cores] for i in range(cores)]
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        start = time.perf_counter()
        cpu = sum(pool.map(_lcut_all, shares, chunksize=1))
        seconds = time.perf_counter() - start
    chars = sum(len(t) for t in texts)
    return chars / seconds, chars / cpu


def article_text(path: Path) -> str:
    """The article's text as the loader found it ("" for an article it refuses)."""
    try:
        return "\n".join(load_article(path).paragraphs["text"])
    except ArticleError:
        return ""


def bench_batch(sources: list[Path], tmp: Path) -> list[tuple[str, float, str]]:
    folder = batch_folder(sources, BATCH_ARTICLES, tmp / "batch")
    run = run_measured(zhnews_command(folder, "--out", tmp / "batch_out", "--tables-only", "--jobs", "2"), refusals_expected=True)
    texts = [article_text(p) for p in sorted(folder.iterdir())]
    chars = sum(len(t) for t in texts)
    jieba_wall, jieba_cpu = jieba_speed(texts)
    name = f"--tables-only --jobs 2, {BATCH_ARTICLES} corpus articles"
    return [
        (f"{name}: throughput (goal ≥ 20)", BATCH_ARTICLES / run.seconds, "articles/s"),
        (f"{name}: CPU per article (process tree, startup included)", run.cpu / BATCH_ARTICLES, "s"),
        (f"{name}: as share of plain jieba.lcut on 2 cores, wall (goal ≥ 10)", 100 * (chars / run.seconds) / jieba_wall, "%"),
        (f"{name}: as share of plain jieba.lcut, CPU", 100 * (chars / run.cpu) / jieba_cpu, "%"),
        (f"{name}: peak memory, PSS of the process tree (goal ≤ 1024)", run.pss, "MB"),
        (f"{name}: peak memory, sum of RSS (shared pages counted per process)", run.rss, "MB"),
    ]


def bench_full_reports(sources: list[Path], tmp: Path) -> list[tuple[str, float, str]]:
    folder = tmp / "reports_in"
    folder.mkdir()
    for source in sources[:FULL_REPORTS]:
        (folder / source.name).write_bytes(source.read_bytes())
    run = run_measured(zhnews_command(folder, "--out", tmp / "reports_out", "--jobs", "2"), refusals_expected=True)
    name = f"{FULL_REPORTS} articles, full reports, --jobs 2"
    return [
        (f"{name}: wall time (goal < 180)", run.seconds, "s"),
        (f"{name}: CPU (process tree)", run.cpu, "s"),
        (f"{name}: peak memory, PSS of the process tree", run.pss, "MB"),
        (f"{name}: peak memory, sum of RSS", run.rss, "MB"),
    ]


# --- 2. seconds per MB ------------------------------------------------------------------------


def sized_article(texts: list[str], megabytes: float, path: Path) -> Path:
    """A plain-text article of about ``megabytes``: the corpus articles' paragraphs in turn, repeated
    once they run out, under one title."""
    target = int(megabytes * 2**20)
    paragraphs = [p for text in texts for p in text.split("\n") if p.strip()]
    chunks, size, i = ["测试长文 Benchmark article\n"], 0, 0
    while size < target:
        paragraph = paragraphs[i % len(paragraphs)] + "\n\n"
        chunks.append(paragraph)
        size += len(paragraph.encode("utf-8"))
        i += 1
    path.write_text("".join(chunks), encoding="utf-8")
    return path


def bench_sizes(texts: list[str], tmp: Path, sizes) -> list[tuple[str, float, str]]:
    rows = []
    for megabytes in sizes:
        article = sized_article(texts, megabytes, tmp / f"size_{megabytes}mb.txt")
        actual = article.stat().st_size / 2**20
        command = zhnews_command(article, "--out", tmp / "sizes", "--tables-only")
        name = f"--tables-only, one {megabytes} MB article ({actual:.2f} MB): seconds per MB"
        try:
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=ENV, check=True, capture_output=True, timeout=SIZE_TIME_LIMIT)
            rows.append((name, (time.perf_counter() - start) / actual, "s/MB"))
        except subprocess.TimeoutExpired:
            rows.append((f"{name} (over the {SIZE_TIME_LIMIT} s limit)", SIZE_TIME_LIMIT / actual, "s/MB"))
        except subprocess.CalledProcessError as err:
            reason = err.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["failed"]
            rows.append((f"{name}: {reason[0]}", float("nan"), ""))
    return rows


# --- 3. load and stages -----------------------------------------------------------------------


def bench_load(paths: list[Path], repeats: int) -> list[tuple[str, float, str]]:
    rows = []
    for path in paths:
        load_article(path)  # warm caches (opencc, word lists) outside the timing
        seconds = median_seconds(lambda: load_article(path), repeats)
        rows.append((f"load {path.name} ({path.stat().st_size // 1024} KB)", seconds * 1000, "ms"))
    return rows


def bench_stages(paths: list[Path]) -> list[tuple[str, float, str]]:
    texts = []
    for path in paths:
        paragraphs = load_article(path).paragraphs
        texts.append("\n".join(paragraphs.loc[paragraphs["role"] == "body", "text_zhs"]))
    rows = []
    for module_path in [BENCH / f"bench_{stage.name}.py" for stage in STAGES]:
        if not module_path.exists():
            continue
        spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += module.measure(texts)
    return rows


# --- 4. where the time goes ---------------------------------------------------------------------


def print_script_output(script: Path, *args: str) -> None:
    """Run a bench script in a process of its own (its imports and caches are its own) and print what it says."""
    result = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, capture_output=True, text=True, env=ENV)
    print(result.stdout.rstrip())
    if result.returncode != 0:
        print(f"(exit {result.returncode}) {result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ''}")


def print_profile() -> None:
    print("\n## Where a warm worker spends its time (bench/bench_profile.py)\n")
    print_script_output(BENCH / "bench_profile.py")


# --- 5. evaluations ---------------------------------------------------------------------------


NO_GOLD_EVALUATIONS = ("eval_safety",)  # bad-input and size checks: no splits


def run_evaluations() -> None:
    """Print the output of each bench/eval_*.py (the accuracy side), each under its own heading."""
    scripts = sorted(BENCH.glob("eval_*.py"))
    if not scripts:
        print("\n(no bench/eval_*.py present)")
    for script in scripts:
        print(f"\n## {script.stem}\n")
        # The evaluations against hand-labelled gold print every split of evalset.SPLITS (tune, the seen test and fresh rounds, the newest frozen round).
        splits = [] if script.stem in NO_GOLD_EVALUATIONS else ["--split", "all"]
        print_script_output(script, *splits)


def print_rows(title: str, rows) -> None:
    print(f"\n## {title}\n")
    if not rows:
        return
    width = max(len(name) for name, _, _ in rows)
    for name, value, unit in rows:
        shown = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
        print(f"{name:<{width}}  {shown:>12} {unit}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="repeats of the load timings (median)")
    parser.add_argument("--quick", action="store_true", help="skip the 17 full reports and stage throughput")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_MB)), help="article sizes in MB for seconds per MB ('' skips)")
    parser.add_argument("--no-eval", action="store_true", help="skip bench/eval_*.py")
    args = parser.parse_args()

    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          "(wall times stretch on a busy machine; CPU times much less)")
    corpus = article_files(shared_folder("corpus"))
    dev_corpus = article_files(shared_folder("dev_corpus"))
    batch_sources = [DEFAULT_ARTICLE, *corpus]
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        print_rows("One article: full run against tables only", bench_single_article(tmp))
        print_rows(f"Batch: {BATCH_ARTICLES} articles (the default article and {len(corpus)} corpus articles, repeated)",
                   bench_batch(batch_sources, tmp))
        if not args.quick:
            reports_from = dev_corpus or batch_sources
            print_rows(f"Full reports: the first {FULL_REPORTS} articles of {'dev_corpus' if dev_corpus else 'the corpus'}",
                       bench_full_reports(reports_from, tmp))
        sizes = [float(size) for size in args.sizes.split(",") if size.strip()]
        if sizes:
            texts = [article_text(p) for p in (dev_corpus or batch_sources)]
            print_rows("Cost by article size (corpus paragraphs, repeated once they run out)", bench_sizes(texts, tmp, sizes))
    print_rows("Load, per article (median)", bench_load(batch_sources, args.repeats))
    if not args.quick:
        print_rows("Stages, warm (bench/bench_<stage>.py)", bench_stages(batch_sources))
    print_profile()
    print(f"\nload average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.no_eval:
        run_evaluations()


if __name__ == "__main__":
    main()
