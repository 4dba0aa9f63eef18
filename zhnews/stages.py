"""The pipeline's stages in order, and how a notebook opens its run folder.

Each stage module has ``run(out_dir)`` (the load stage: ``run(article_path, out_dir)``) that reads the
earlier stages' tables from the run folder and writes its own. ``--tables-only`` runs exactly these
functions; the notebooks call them too and add the charts and the narrative.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from . import io
from .paths import resolve_run

# (module, the table whose presence shows the stage has run)
STAGES = [
    ("load", "paragraphs"),
    ("keywords", "keywords"),
    ("sentiment", "sentiment"),
    ("claims", "claims"),
]


def _stage_done(out_dir: Path, table: str) -> bool:
    return (out_dir / f"{table}.parquet").exists()


def _run_stage(name: str, article: Path, out_dir: Path) -> None:
    module = import_module(f"{__package__}.{name}")
    if name == "load":
        module.run(article, out_dir)
    else:
        module.run(out_dir)


def run_tables(article, out_dir) -> None:
    """Every stage's tables, no notebooks and no charts (``zhnews run --tables-only``)."""
    for name, _ in STAGES:
        _run_stage(name, Path(article), Path(out_dir))


def open_run(article_path=None, out_dir=None, stage: str = "load") -> tuple[Path, Path, dict]:
    """Resolve a notebook's parameters and make sure the stages before ``stage`` have written their tables.

    Under ``make report`` they always have. Opened on its own in JupyterLab, a later notebook finds the
    earlier tables missing and runs the earlier stages' package code once, instead of failing.
    Returns (article path, run folder, meta).
    """
    article, out = resolve_run(article_path, out_dir)
    names = [name for name, _ in STAGES]
    earlier = STAGES[: names.index(stage)] if stage in names else STAGES  # the report needs them all
    for name, table in earlier:
        if not _stage_done(out, table):
            _run_stage(name, article, out)
    meta = io.read_json(out, "meta") if _stage_done(out, "paragraphs") else {}
    return article, out, meta
