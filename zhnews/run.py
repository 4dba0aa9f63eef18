"""Run the pipeline on one article, several, or a folder.

For each article the notebooks in ``notebooks/`` run in order with papermill, each given
``article_path`` and ``out_dir`` through its ``parameters`` cell. Everything is written into a hidden
temporary folder beside the final one and moved into place only when every stage succeeded, so a
failed run never leaves a half-written ``reports/<slug>/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .load.readers import SUFFIXES as ARTICLE_SUFFIXES
from .paths import NOTEBOOKS, slug_for

REPORT_NOTEBOOK = "04_report.ipynb"
COMPARE_NOTEBOOK = "05_compare.ipynb"


@dataclass(frozen=True)
class Failure:
    article: str
    reason: str

    def __str__(self):
        return f"{self.article}: {self.reason}"


def stage_notebooks() -> list[Path]:
    """The per-article notebooks in reading order (00_load ... 04_report)."""
    return sorted(p for p in NOTEBOOKS.glob("0[0-4]_*.ipynb"))


def expand_articles(paths) -> tuple[list[Path], list[Failure]]:
    """Files named directly, plus the article files inside any folder (sorted, not recursive)."""
    articles, failures = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                failures.append(Failure(str(path), "folder holds no article files (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")"))
            articles.extend(found)
        elif not path.exists():
            failures.append(Failure(str(path), "no such file or folder"))
        else:
            articles.append(path)
    return articles, failures


def _quiet_local_kernel_manager():
    """A kernel manager on Unix sockets in the temp folder instead of TCP ports on localhost.

    Nothing leaves the machine either way, but local sockets are not reachable by other users of
    the host. The kernel's own log goes nowhere: ipykernel warns on every start that TCP is
    unencrypted and logs the SIGINT that every shutdown sends, while errors in the notebook's cells
    reach the user through papermill as a one-line reason.
    """
    from jupyter_client.manager import AsyncKernelManager

    class QuietLocalKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            # A path prefix: the kernel creates and removes {ip}-{n} socket files beside it.
            self.ip = os.path.join(tempfile.gettempdir(), f"zhnews-kernel-{os.getpid()}")

        async def start_kernel(self, **kwargs):
            kwargs.setdefault("stderr", subprocess.DEVNULL)
            return await super().start_kernel(**kwargs)

    return QuietLocalKernelManager


def _execute_notebook(notebook: Path, work_dir: Path, parameters: dict, subject) -> Path:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = work_dir / "notebooks" / notebook.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    try:
        papermill.execute_notebook(
            str(notebook), str(executed), parameters=parameters,
            kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOKS),
            kernel_manager_class=_quiet_local_kernel_manager(),
        )
    except PapermillExecutionError as err:
        raise ArticleError(subject, f"{notebook.stem} failed: {err.ename}: {err.evalue}") from None
    return executed


def _execute_notebooks(article: Path, work_dir: Path) -> None:
    from . import io
    from .report import export_html

    parameters = {"article_path": str(article), "out_dir": str(work_dir)}
    for notebook in stage_notebooks():
        executed = _execute_notebook(notebook, work_dir, parameters, article)
        if notebook.name == REPORT_NOTEBOOK:
            export_html(executed, work_dir / "report.html", io.read_json(work_dir, "meta").get("title"))


def _execute_tables(article: Path, work_dir: Path) -> None:
    from .stages import run_tables

    run_tables(article, work_dir)


def _move_into_place(work_dir: Path, final: Path) -> None:
    if final.exists():
        old = final.with_name(f".{final.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        final.rename(old)
        work_dir.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    else:
        work_dir.rename(final)


def _build_in_place(final: Path, build) -> Path:
    """Run ``build(work_dir)`` in a hidden sibling folder and move it to ``final`` only on success."""
    work_dir = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
    try:
        build(work_dir)
        _move_into_place(work_dir, final)
    except BaseException:
        shutil.rmtree(work_dir, ignore_errors=True)
        raise
    return final


def run_article(article, out_root, tables_only: bool = False, slug: str | None = None) -> Path:
    """Analyse one article into ``out_root/<slug>/``; raises ArticleError with a one-line reason."""
    from .load import load_article

    article = Path(article).resolve()
    out_root = Path(out_root).resolve()
    # Loading first is cheap and turns bad input into a clear error before any kernel starts.
    load_article(article)
    out_root.mkdir(parents=True, exist_ok=True)
    execute = _execute_tables if tables_only else _execute_notebooks
    return _build_in_place(out_root / (slug or slug_for(article)), lambda work_dir: execute(article, work_dir))


def run_corpus(folders, out_root, tables_only: bool = False) -> Path:
    """``out_root/_corpus/``: the corpus tables and, unless tables only, the comparison notebook."""
    from .corpus import CORPUS_FOLDER, write_corpus
    from .dataset import carry_over, export_corpus_report

    def build(work_dir: Path) -> None:
        carry_over(Path(out_root).resolve() / CORPUS_FOLDER, work_dir)  # the dataset, written before
        write_corpus(folders, work_dir)
        if not tables_only:
            _execute_notebook(NOTEBOOKS / COMPARE_NOTEBOOK, work_dir, {"corpus_dir": str(work_dir)}, CORPUS_FOLDER)
            export_corpus_report(work_dir)

    return _build_in_place(Path(out_root).resolve() / CORPUS_FOLDER, build)


def _attempt(subject, action) -> tuple[str, str | None]:
    """(output folder, None) on success, (subject, one-line reason) on failure; never raises."""
    try:
        return str(action()), None
    except ArticleError as err:
        return str(subject), err.reason
    except Exception as err:  # a bug, not bad input: still one line, and the run goes on
        return str(subject), f"unexpected {type(err).__name__}: {err}"


def _run_one(task) -> tuple[str, str | None]:
    article, out_root, tables_only, slug = task
    return _attempt(article, lambda: run_article(article, out_root, tables_only, slug))


def unique_slugs(articles: list[Path]) -> list[str]:
    """Slugs for a batch; articles sharing a stem (a.md, a.html) get their suffix appended."""
    slugs = [slug_for(a) for a in articles]
    return [
        slug if slugs.count(slug) == 1 else f"{slug}_{a.suffix.lstrip('.').lower()}"
        for slug, a in zip(slugs, articles)
    ]


def run_many(paths, out_root, tables_only: bool = False, jobs: int = 1, progress: bool = True,
             cluster: str | None = None, article_folders: bool = True):
    """Run every article, then the corpus comparison when there are several; returns (folders, failures).

    Goes on past bad articles. With ``jobs`` > 1 articles run in a process pool; results are
    gathered in input order, so outputs do not depend on the parallelism. A ``cluster`` (Dask) or
    a run without article folders goes through :func:`zhnews.cluster.run_dataset` (the articles'
    tables only; the corpus report unless ``tables_only``).
    """
    from tqdm import tqdm

    if cluster is not None or not article_folders:
        from .cluster import run_dataset

        return run_dataset(paths, out_root, cluster, jobs, article_folders, progress, tables_only)

    articles, failures = expand_articles(paths)
    tasks = [(a, out_root, tables_only, slug) for a, slug in zip(articles, unique_slugs(articles))]
    results = []
    with tqdm(total=len(tasks), desc="articles", unit="article", disable=not progress or not tasks) as bar:
        if jobs > 1 and len(tasks) > 1:
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for result in pool.map(_run_one, tasks):
                    results.append(result)
                    bar.update()
        else:
            for task in tasks:
                results.append(_run_one(task))
                bar.update()
    outputs = [Path(where) for where, reason in results if reason is None]
    failures += [Failure(str(task[0]), reason) for task, (_, reason) in zip(tasks, results) if reason is not None]
    several = len(articles) > 1 or any(Path(p).is_dir() for p in paths)
    if several and outputs:
        from .dataset import write_from_run

        write_from_run(out_root, articles, results, failures)
        where, reason = _attempt("_corpus", lambda: run_corpus(outputs, out_root, tables_only))
        if reason is None:
            outputs.append(Path(where))
        else:
            failures.append(Failure(where, reason))
    return outputs, failures
