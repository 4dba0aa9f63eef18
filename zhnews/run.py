"""Run the pipeline on one article, several, or a folder.

For each article the notebooks in ``notebooks/`` run in order with papermill, each given
``article_path`` and ``out_dir`` through its ``parameters`` cell. Everything is written into a hidden
temporary folder beside the final one and moved into place only when every stage succeeded, so a
failed run never leaves a half-written ``reports/<slug>/``.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .paths import NOTEBOOKS, slug_for

ARTICLE_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml"}
REPORT_NOTEBOOK = "04_report.ipynb"


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


def _execute_notebooks(article: Path, work_dir: Path) -> None:
    import papermill
    from papermill.exceptions import PapermillExecutionError

    executed = work_dir / "notebooks"
    executed.mkdir(parents=True, exist_ok=True)
    for notebook in stage_notebooks():
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed / notebook.name),
                parameters={"article_path": str(article), "out_dir": str(work_dir)},
                kernel_name="python3",
                progress_bar=False,
                cwd=str(NOTEBOOKS),
            )
        except PapermillExecutionError as err:
            raise ArticleError(article, f"{notebook.stem} failed: {err.ename}: {err.evalue}") from None
    report = executed / REPORT_NOTEBOOK
    if report.exists():
        from .report import export_html

        export_html(report, work_dir / "report.html")


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


def run_article(article, out_root, tables_only: bool = False) -> Path:
    """Analyse one article into ``out_root/<slug>/``; raises ArticleError with a one-line reason."""
    from .load import load_article

    article = Path(article).resolve()
    out_root = Path(out_root).resolve()
    # Loading first is cheap and turns bad input into a clear error before any kernel starts.
    load_article(article)
    out_root.mkdir(parents=True, exist_ok=True)
    final = out_root / slug_for(article)
    work_dir = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=out_root))
    try:
        (_execute_tables if tables_only else _execute_notebooks)(article, work_dir)
        _move_into_place(work_dir, final)
    except BaseException:
        shutil.rmtree(work_dir, ignore_errors=True)
        raise
    return final


def _run_one(args) -> tuple[str, str | None]:
    article, out_root, tables_only = args
    try:
        return str(run_article(article, out_root, tables_only)), None
    except ArticleError as err:
        return str(article), err.reason
    except Exception as err:  # a bug, not bad input: still one line, and the run goes on
        return str(article), f"unexpected {type(err).__name__}: {err}"


def run_many(paths, out_root, tables_only: bool = False, jobs: int = 1, progress: bool = True):
    """Run every article; returns (output folders, failures). Goes on past bad articles."""
    from tqdm import tqdm

    articles, failures = expand_articles(paths)
    tasks = [(a, out_root, tables_only) for a in articles]
    bar = tqdm(total=len(tasks), desc="articles", unit="article", disable=not progress or not tasks)
    outputs = []
    if jobs > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = []
            for result in pool.map(_run_one, tasks):
                results.append(result)
                bar.update()
    else:
        results = []
        for task in tasks:
            results.append(_run_one(task))
            bar.update()
    bar.close()
    for (article, _, _), (where, reason) in zip(tasks, results):
        if reason is None:
            outputs.append(Path(where))
        else:
            failures.append(Failure(str(article), reason))
    return outputs, failures
