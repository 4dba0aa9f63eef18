"""Articles per second on a Dask LocalCluster with 1 and 2 workers (``zhnews run --tables-only --cluster local:N``).

    PYTHONPATH=. /work/main/.venv/bin/python bench/bench_cluster.py [FOLDER ...] [--min N]

The input is every article of the given folders (default: the shared corpus and dev corpus, and
data/articles: 39 articles, 4.2 MB), repeated under distinct names up to ``--min`` articles, in a
temporary folder. Each run writes the corpus dataset only (no article folders) into a fresh folder.
The clock starts after the cluster is up and each worker has analysed one article (imports, jieba's
dictionary), so the rate is the steady state a long run sees; the start-up is printed on its own.
Per run it also prints the workers' CPU seconds per article and per MB (read on the workers: the
cost to plan a cluster with, and less disturbed than wall time by other work on the machine) and
each worker's peak memory (resident set size), and the client's CPU per article (reading, hashing,
submitting, writing parts: what bounds one client's rate on a big cluster).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from zhnews.cluster import dask_client, run_dataset
from zhnews.paths import DATA, ROOT

from bench import article_files  # bench/ is this script's folder


def _default_folders() -> list[Path]:
    shared = [ROOT.parent / "shared" / name for name in ("corpus", "dev_corpus")]
    shared += [Path("/work/shared") / name for name in ("corpus", "dev_corpus")]
    found = [folder for folder in shared if folder.is_dir()][:2]
    return found + [DATA / "articles"]


def _input(folders: list[Path], at_least: int, into: Path) -> list[Path]:
    sources = sorted(p for folder in folders for p in article_files(folder))
    copies = []
    while len(copies) < at_least:
        round_ = len(copies) // len(sources)
        for source in sources:
            copies.append(into / f"{round_:03d}_{source.name}")
            shutil.copy(source, copies[-1])
    return copies


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    import time

    return time.process_time()


def bench(workers: int, articles: Path, files: list[Path], warm_up: Path) -> dict:
    started = time.perf_counter()
    with dask_client(f"local:{workers}") as client:
        client.wait_for_workers(workers)
        run_dataset([warm_up], Path(tempfile.mkdtemp(prefix="zhnews-bench-warm-")), cluster=client, progress=False)
        cpu_before = client.run(_cpu_seconds)
        ready, client_cpu = time.perf_counter(), time.process_time()
        out = Path(tempfile.mkdtemp(prefix="zhnews-bench-"))
        run_dataset([articles], out, cluster=client, article_folders=False, progress=False)
        elapsed, client_cpu = time.perf_counter() - ready, time.process_time() - client_cpu
        cpu = sum(client.run(_cpu_seconds)[w] - cpu_before[w] for w in cpu_before)
        memory = client.run(_peak_rss_mb)
    shutil.rmtree(out, ignore_errors=True)
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    return {
        "workers": workers, "start_s": ready - started, "run_s": elapsed, "per_s": len(files) / elapsed,
        "cpu_per_article": cpu / len(files), "cpu_per_MB": cpu / megabytes, "worker_peak_MB": max(memory.values()),
        "client_ms_per_article": 1000 * client_cpu / len(files),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--min", type=int, default=1, help="at least this many articles (copies added)")
    args = parser.parse_args(argv)
    folders = args.folders or _default_folders()
    with tempfile.TemporaryDirectory(prefix="zhnews-bench-input-") as tmp:
        articles, warm_up = Path(tmp) / "articles", Path(tmp) / "warm_up"
        articles.mkdir()
        warm_up.mkdir()
        files = _input(folders, args.min, articles)
        for i, source in enumerate(files[:2]):  # one article per worker before the clock starts
            shutil.copy(source, warm_up / f"warm{i}_{source.name}")
        print(f"input: {len(files)} articles, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB from "
              + ", ".join(str(f) for f in folders))
        print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work slows every number)")
        print(f"{'workers':>7} {'start s':>8} {'run s':>7} {'articles/s':>10} {'worker CPU s/article':>20} "
              f"{'worker CPU s/MB':>15} {'worker peak MB':>14} {'client CPU ms/article':>21}")
        for workers in (1, 2):
            r = bench(workers, articles, files, warm_up)
            print(f"{r['workers']:>7} {r['start_s']:>8.1f} {r['run_s']:>7.1f} {r['per_s']:>10.2f} "
                  f"{r['cpu_per_article']:>20.2f} {r['cpu_per_MB']:>15.1f} {r['worker_peak_MB']:>14.0f} "
                  f"{r['client_ms_per_article']:>21.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
