"""Corpora past one machine: the tables of many articles on a Dask cluster, into the corpus dataset.

``zhnews run PATHS --tables-only --cluster ADDRESS`` (or ``local``, ``local:N``) and
``--no-article-folders`` come here; a run without them keeps run.py's local path.

How a run goes:

- The input order is split into batches of :data:`zhnews.dataset.PART_SIZE` articles, one batch per
  dataset part. A batch whose part is already written for the same SHA-256s is skipped (resume).
- The client reads a batch's files and submits one task per article. The article's bytes travel
  with the task (a :class:`~zhnews.load.readers.RawArticle`), so a worker needs only the package;
  it runs :func:`zhnews.article_tables.analyse` and sends back DataFrames, or a one-line reason.
- At most :data:`OPEN_BATCHES` batches are in flight (more when the cluster has more workers than
  two batches have articles), so a million paths never become a million tasks or a million
  articles' bytes and tables in memory at once.
- When a batch's last article is back, its part is written (rows in input order, so which worker
  ran what, and when, changes no byte). With article folders, each article's folder is written as
  its tables arrive.
- A worker that dies takes no article with it: the scheduler gives its tasks to another worker
  (Dask's ``distributed.scheduler.allowed-failures``, 3 by default). An article that kills every
  worker it lands on is recorded as a failure.

Executors: Dask's ``Client.get_executor()`` has the ``concurrent.futures`` interface, so a run with
``--no-article-folders`` and no cluster runs the same loop on a local ``ProcessPoolExecutor``.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from pathlib import Path

from . import dataset
from .article_tables import analyse, file_sha256, write_folder
from .errors import ArticleError
from .load import read_raw

OPEN_BATCHES = 3
LOCAL = "local"


def parse_cluster(spec: str) -> tuple[str, int | str]:
    """``local`` -> ("local", cores), ``local:N`` -> ("local", N), anything else -> ("address", spec)."""
    import os

    if spec == LOCAL:
        return LOCAL, os.cpu_count() or 1
    if spec.startswith(LOCAL + ":"):
        count = spec.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--cluster {spec}: the number of local workers must be a positive integer")
        return LOCAL, int(count)
    return "address", spec


def _has_bokeh() -> bool:
    """Whether this process can draw the dashboard (bokeh, an optional package, is installed)."""
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


@contextmanager
def dask_client(spec: str):
    """A ``distributed.Client`` for ``--cluster SPEC``; a ``local`` cluster is started and stopped here.

    Local workers are processes with one thread each (jieba and the stages are not thread-parallel),
    listening on loopback only.
    """
    from distributed import Client, LocalCluster

    kind, value = parse_cluster(spec)
    if kind == LOCAL:
        cluster = LocalCluster(
            n_workers=value, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # any free port; the link is printed
        )
        with cluster, Client(cluster) as client:
            yield client
    else:
        try:
            client = Client(value)
        except (OSError, TimeoutError) as err:  # a one-line reason, not a traceback, as for a bad article
            raise SystemExit(f"error: cannot reach the Dask scheduler at {value} ({type(err).__name__}: {err})") from None
        with client:
            yield client


def dashboard_note(client) -> str:
    """The dashboard's address, or how to get one: the scheduler serves it only with bokeh installed."""
    if client.run_on_scheduler(_has_bokeh):
        return f"Dask dashboard: {client.dashboard_link}"
    return "Dask dashboard: not served (pip install bokeh where the scheduler runs to see one)"


@contextmanager
def executor_for(cluster, jobs: int):
    """(a concurrent.futures executor, a line about its dashboard or None, its number of workers)."""
    if cluster is None:
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            yield pool, None, max(1, jobs)
    elif isinstance(cluster, str):
        with dask_client(cluster) as client:
            yield client.get_executor(pure=False), dashboard_note(client), _n_workers(client)
    else:  # a Client the caller connected and will close
        yield cluster.get_executor(pure=False), dashboard_note(cluster), _n_workers(cluster)


def _n_workers(client) -> int:
    return len(client.scheduler_info().get("workers", {})) or 1


def open_batch_limit(n_workers: int, part_size: int) -> int:
    """Batches in flight: :data:`OPEN_BATCHES`, or enough for two tasks per worker on a big cluster."""
    return max(OPEN_BATCHES, -(-2 * n_workers // part_size) + 1)


def _worker_death_reason(err: BaseException) -> str:
    return f"worker died on every try at this article ({type(err).__name__}: {err})"


class _Batch:
    """One part's articles while they are in flight: entries in input order, filled as results arrive."""

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self.waiting = sum(1 for e in entries if e["reason"] is None)


def _read_batch(articles: list[Path], slugs: list[str], positions: range):
    """Each article's bytes (or the reason they cannot be had) and its manifest entry."""
    from .run import shown

    entries, raws = [], []
    for i in positions:
        entry = {"slug": slugs[i], "file": shown(articles[i]), "sha256": "", "reason": None, "tables": None}
        raw = None
        try:
            raw = read_raw(articles[i].resolve())
            entry["sha256"] = hashlib.sha256(raw.data).hexdigest()
        except ArticleError as err:
            entry["reason"] = err.reason
            entry["sha256"] = file_sha256(articles[i])  # an empty file has a hash too
        entries.append(entry)
        raws.append(raw)
    return _Batch(entries), raws


def run_dataset(paths, out_root, cluster=None, jobs: int = 1, article_folders: bool = True, progress: bool = True,
                tables_only: bool = True):
    """Every article's tables into ``out_root/_corpus/`` (and folders when asked); returns (outputs, failures).

    Articles are analysed as tables only, wherever they run; unless ``tables_only``, the corpus
    notebook 06_corpus then runs here on the dataset (and 05_compare on the folders, when written).

    ``cluster``: None (a local process pool of ``jobs``), a ``--cluster`` spec, or a connected
    ``distributed.Client`` (a notebook's or a test's, left running).

    ``outputs`` are the article folders (and ``_corpus``); ``failures`` the run.Failure of
    every path and article that failed, also written to ``_corpus/failures.csv``.
    """
    from tqdm import tqdm

    from .corpus import CORPUS_FOLDER
    from .run import Failure, _build_in_place, expand_articles, run_corpus, unique_slugs

    out_root = Path(out_root).resolve()
    out_root.mkdir(parents=True, exist_ok=True)
    articles, path_failures = expand_articles(paths)
    slugs = unique_slugs(articles)
    corpus = dataset.CorpusDataset(out_root / CORPUS_FOLDER)
    part_size = corpus.part_size
    article_failures: list[tuple[str, str]] = []
    folders: list[Path] = []
    skipped = 0

    with executor_for(cluster, jobs) as (executor, dashboard, n_workers), \
            tqdm(total=len(articles), desc="articles", unit="article", disable=not progress or not articles) as bar:
        if dashboard and progress:
            bar.write(dashboard)
        todo = iter(dataset.batches(len(articles), part_size))
        open_batches: dict[int, _Batch] = {}
        pending = {}  # future -> (batch index, position in batch)

        def submit_more() -> None:
            nonlocal skipped
            while len(open_batches) < open_batch_limit(n_workers, part_size):
                positions = next(todo, None)
                if positions is None:
                    return
                index = positions.start // part_size
                if corpus.is_done(index, lambda: [(slugs[i], file_sha256(articles[i])) for i in positions]):
                    skipped += len(positions)
                    bar.update(len(positions))
                    if article_folders:  # the corpus comparison covers them too
                        folders.extend(out_root / slugs[i] for i in positions if (out_root / slugs[i] / "meta.json").exists())
                    continue
                batch, raws = _read_batch(articles, slugs, positions)
                for position, raw in enumerate(raws):
                    if raw is not None:
                        pending[executor.submit(analyse, raw)] = (index, position)
                bar.update(len(positions) - batch.waiting)  # unreadable files are finished already
                if batch.waiting:
                    open_batches[index] = batch
                else:
                    corpus.write_part(index, batch.entries)

        submit_more()
        while pending:
            done, _ = wait(list(pending), return_when=FIRST_COMPLETED)
            for future in done:
                index, position = pending.pop(future)
                batch = open_batches[index]
                entry = batch.entries[position]
                try:
                    result = future.result()
                    entry["tables"], entry["reason"] = result.tables, result.reason
                except Exception as err:  # noqa: BLE001 - Dask's KilledWorker after its retries
                    entry["reason"] = _worker_death_reason(err)
                if entry["tables"] is not None and article_folders:
                    folders.append(_build_in_place(out_root / entry["slug"], lambda d, t=entry["tables"]: write_folder(t, d))[0])
                batch.waiting -= 1
                bar.update()
                if not batch.waiting:
                    corpus.write_part(index, open_batches.pop(index).entries)
            submit_more()

    n_parts = len(dataset.batches(len(articles), part_size))
    corpus.drop_parts_from(n_parts)
    for index in range(n_parts):
        article_failures += [(row["file"], row["reason"]) for row in corpus.read_manifest(index) or [] if row["reason"]]
    failures = [Failure(f.article, f.reason) for f in path_failures] + [Failure(file, reason) for file, reason in article_failures]
    corpus.write_failures([(f.article, f.reason) for f in failures])
    if progress and skipped:
        print(f"resumed: {skipped} articles already in {corpus.dir} for the same SHA-256")
    outputs = sorted(folders)
    if article_folders and len(folders) > 1:
        run_corpus(outputs, out_root, tables_only)
    elif not tables_only and (corpus.dir / dataset.META_TABLE).is_dir():
        dataset.export_corpus_report(corpus.dir)
    return outputs + [corpus.dir], failures
