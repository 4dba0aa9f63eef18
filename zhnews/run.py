"""Run the pipeline on one article, several, or a folder.

For each article the stages' notebooks (:data:`zhnews.stages.STAGES`) run in order with papermill in
one kernel, each given ``article_path`` and ``out_dir`` through its ``parameters`` cell and saved
executed into ``<run>/notebooks/``; ``--tables-only`` calls the stages' ``run`` functions instead.
Everything is written into a hidden temporary folder beside the final one and moved into place only
when every stage succeeded, so a failed run never leaves a half-written ``reports/<slug>/``.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .load.readers import SUFFIXES as ARTICLE_SUFFIXES
from .paths import NOTEBOOKS, slug_for

COMPARE_NOTEBOOK = "05_compare.ipynb"


@dataclass(frozen=True)
class Failure:
    article: str
    reason: str

    def __str__(self):
        return f"{self.article}: {self.reason}"


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
            self.opened_clients = []

        async def start_kernel(self, **kwargs):
            kwargs.setdefault("stderr", subprocess.DEVNULL)
            return await super().start_kernel(**kwargs)

        def client(self, **kwargs):
            # Remembered so they can be closed: papermill and nbclient leave the clients of a kernel
            # they did not start open, and each open client keeps receiving, and holding, every
            # output the kernel broadcasts afterwards (charts included).
            opened = super().client(**kwargs)
            self.opened_clients.append(opened)
            return opened

    return QuietLocalKernelManager


# Run in the kernel before each notebook: it starts from an empty namespace, pandas' default display
# options and cells counted from 1, as in a kernel of its own, while the modules it imports (pandas,
# matplotlib, jieba with its dictionaries, the word lists) stay loaded.
_FRESH_NAMESPACE = """\
import warnings, matplotlib.pyplot, pandas
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    pandas.reset_option("all")
matplotlib.pyplot.close("all")
get_ipython().reset(new_session=True)
get_ipython().execution_count = 1
"""


# Seconds to wait for the reset, which queues behind the warm-up (imports, jieba's dictionaries).
FRESH_NAMESPACE_TIMEOUT = 300


def _warm_up_code() -> str:
    """What the kernel runs as soon as it starts: every stage's module and charts, and the tokenizers."""
    from .stages import STAGES

    package = Path(__file__).parent
    modules = [f"zhnews.{s.name}" for s in STAGES]
    modules += [f"zhnews.viz.{s.name}" for s in STAGES if (package / "viz" / f"{s.name}.py").exists()]
    return "\n".join([
        "import IPython.display, matplotlib.pyplot, pandas, zhnews.segment, zhnews.viz.charts",
        *(f"import {module}" for module in modules),
        "zhnews.viz.charts.setup_style()",
        "zhnews.segment.pos_tokenizer()",
    ])


def _skip_iri_grammars() -> None:
    """Keep jsonschema from compiling its IRI grammars when papermill imports it (about a second).

    nbformat validates notebooks with jsonschema, which registers the "iri" format checks from
    rfc3987-syntax when that is installed (JupyterLab's jupyter-events brings it in), building some
    forty Lark parsers on import. Notebook validation never checks formats, so an import that
    fails, which jsonschema expects and skips, changes nothing but the time.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


class _Kernel:
    """One kernel for the notebooks of one run: imports and word lists load once, not once a notebook.

    The kernel starts on entering and at once imports what the notebooks need (:func:`_warm_up_code`),
    in parallel with whatever the caller does next (checking the article). Each notebook is then
    executed by papermill with its parameters injected and saved executed; a failing cell becomes an
    ArticleError naming the notebook.
    """

    def __enter__(self):
        _skip_iri_grammars()
        from jupyter_core.utils import run_sync

        self.manager = _quiet_local_kernel_manager()(kernel_name="python3")
        run_sync(self.manager.start_kernel)(cwd=str(NOTEBOOKS), extra_arguments=["--HistoryManager.hist_file=:memory:"])
        self.client = self.manager.blocking_client()
        self.client.start_channels(shell=True, iopub=False, stdin=False, hb=False, control=False)
        # Not waited for: the first notebook's cells queue behind it. Silent: a failure shows up
        # again, with its message, in the notebook cell that needs the module.
        self.client.execute(_warm_up_code(), silent=True, store_history=False)
        return self

    def __exit__(self, *exc_info):
        from jupyter_core.utils import run_sync

        self.client.stop_channels()
        self._close_clients()
        run_sync(self.manager.shutdown_kernel)(now=True)

    def _close_clients(self) -> None:
        while self.manager.opened_clients:
            self.manager.opened_clients.pop().stop_channels()

    def _fresh_namespace(self) -> None:
        """Reset the kernel through the client it already has (a new client costs a third of a second)."""
        request = self.client.execute(_FRESH_NAMESPACE, silent=True, store_history=False)
        while True:
            reply = self.client.get_shell_msg(timeout=FRESH_NAMESPACE_TIMEOUT)
            if reply["parent_header"].get("msg_id") == request:
                break
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"resetting the kernel failed: {reply['content'].get('evalue')}")

    def execute(self, notebook: Path, work_dir: Path, parameters: dict, subject) -> Path:
        import papermill
        from papermill.exceptions import PapermillExecutionError

        self._fresh_namespace()
        executed = work_dir / "notebooks" / notebook.name
        executed.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Saved once, executed (or with the failing cell's error), instead of before and after
            # every cell: the kernel waits while papermill writes.
            papermill.execute_notebook(
                str(notebook), str(executed), parameters=parameters,
                kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOKS), km=self.manager,
                request_save_on_cell_execute=False,
            )
        except PapermillExecutionError as err:
            raise ArticleError(subject, f"{notebook.stem} failed: {err.ename}: {err.evalue}") from None
        finally:
            self._close_clients()
        return executed


def _execute_notebooks(article: Path, work_dir: Path, kernel: _Kernel) -> None:
    from .stages import STAGES

    parameters = {"article_path": str(article), "out_dir": str(work_dir)}
    executed = {stage.name: kernel.execute(stage.notebook_path, work_dir, parameters, article) for stage in STAGES}
    _export_report(executed["report"], work_dir)


def _export_report(executed_report: Path, work_dir: Path) -> None:
    from . import io
    from .report import export_html

    export_html(executed_report, work_dir / "report.html", io.read_json(work_dir, "meta").get("title"))


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
    final = Path(out_root).resolve() / (slug or slug_for(article))
    if tables_only:
        # Loaded once, by the load stage, which raises the same one-line error on bad input.
        final.parent.mkdir(parents=True, exist_ok=True)
        return _build_in_place(final, lambda work_dir: _execute_tables(article, work_dir))
    with _Kernel() as kernel:
        # Loading first turns bad input into a clear error before any notebook runs; the kernel
        # imports the notebooks' modules meanwhile.
        load_article(article)
        final.parent.mkdir(parents=True, exist_ok=True)
        return _build_in_place(final, lambda work_dir: _execute_notebooks(article, work_dir, kernel))


def run_corpus(folders, out_root, tables_only: bool = False) -> Path:
    """``out_root/_corpus/``: the corpus tables and, unless tables only, the comparison notebook."""
    from .corpus import CORPUS_FOLDER, write_corpus

    def build(work_dir: Path) -> None:
        write_corpus(folders, work_dir)
        if not tables_only:
            with _Kernel() as kernel:
                kernel.execute(NOTEBOOKS / COMPARE_NOTEBOOK, work_dir, {"corpus_dir": str(work_dir)}, CORPUS_FOLDER)

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


def _warm_up() -> None:
    """Build, once, everything the stages build from jieba's dictionaries and our word lists.

    The tokenizers, the IDF table, the cue tables and the models take seconds to build and hundreds of
    MB; built in the parent before the worker processes fork, the workers share them (copy-on-write)
    instead of each building its own. Running the stages on the default article builds exactly what a
    run needs, whatever caches the stages add later. ``gc.freeze`` keeps the collector from touching,
    and so copying, those objects in every worker.
    """
    import gc

    from .paths import DEFAULT_ARTICLE
    from .stages import run_tables

    with tempfile.TemporaryDirectory() as scratch:
        run_tables(DEFAULT_ARTICLE, scratch)
    gc.freeze()


def unique_slugs(articles: list[Path]) -> list[str]:
    """Slugs for a batch; articles sharing a stem (a.md, a.html) get their suffix appended."""
    slugs = [slug_for(a) for a in articles]
    return [
        slug if slugs.count(slug) == 1 else f"{slug}_{a.suffix.lstrip('.').lower()}"
        for slug, a in zip(slugs, articles)
    ]


def run_many(paths, out_root, tables_only: bool = False, jobs: int = 1, progress: bool = True):
    """Run every article, then the corpus comparison when there are several; returns (folders, failures).

    Goes on past bad articles. With ``jobs`` > 1 articles run in a pool of forked processes (for
    tables only, forked once the parent has built the tokenizers and word lists: :func:`_warm_up`);
    results are gathered in input order, so outputs do not depend on the parallelism.
    """
    from tqdm import tqdm

    articles, failures = expand_articles(paths)
    tasks = [(a, out_root, tables_only, slug) for a, slug in zip(articles, unique_slugs(articles))]
    results = []
    with tqdm(total=len(tasks), desc="articles", unit="article", disable=not progress or not tasks) as bar:
        if jobs > 1 and len(tasks) > 1:
            from concurrent.futures import ProcessPoolExecutor

            if tables_only:
                _warm_up()
            with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
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
        where, reason = _attempt("_corpus", lambda: run_corpus(outputs, out_root, tables_only))
        if reason is None:
            outputs.append(Path(where))
        else:
            failures.append(Failure(where, reason))
    return outputs, failures
