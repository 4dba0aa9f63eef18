"""The pipeline's stages, in order: the one list that drives ``run.py``, the report and the tests.

Each :class:`Stage` names its ``run`` function, the ``tables`` it writes into the run folder and the
``notebook`` that tells its story. ``run`` receives a :class:`RunContext` (the article, the run folder,
the article's meta and its new words) made by :func:`context`, which has already installed the new
words in the shared tokenizer, so names found in this article (梁文峰, 幻方量化) stay single tokens in
every stage without the stage asking for it.

``zhnews run --tables-only`` calls the ``run`` functions one after the other (:func:`run_tables`); a
full run executes the notebooks, which call the same functions through the context that
:func:`open_run` gives them, and adds the charts and the narrative. The report stage has a notebook
and no tables of its own: it reads everybody else's (:func:`report_table_names`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Callable

from . import io
from .paths import NOTEBOOKS, resolve_run


@dataclass(frozen=True)
class RunContext:
    """What a stage works on: one article and its run folder."""

    article: Path | None  # None when the run folder is opened without naming its article
    out: Path
    meta: dict = field(default_factory=dict)
    new_words: dict = field(default_factory=dict)  # word -> jieba tag, installed in the tokenizer


def _module_run(module: str) -> Callable[[RunContext], object]:
    """``zhnews.<module>.run``, imported on first call.

    So importing the registry stays cheap: the parent of a full run lists the notebooks without
    loading jieba, pandas and the word lists that only the notebooks' kernel needs.
    """

    def run(ctx: RunContext):
        return import_module(f"{__package__}.{module}").run(ctx)

    run.__qualname__ = run.__name__ = f"{module}.run"
    return run


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[RunContext], object] | None  # None: the stage writes no tables
    tables: tuple[str, ...]
    notebook: str

    @property
    def notebook_path(self) -> Path:
        return NOTEBOOKS / self.notebook


STAGES = (
    Stage("load", _module_run("load"), ("paragraphs", "sentences"), "00_load.ipynb"),
    Stage("keywords", _module_run("keywords"), ("keywords", "entities", "cooccurrence", "new_words"), "01_keywords.ipynb"),
    Stage("sentiment", _module_run("sentiment"), ("sentiment", "sentiment_paragraphs", "entity_sentiment"), "02_sentiment.ipynb"),
    Stage("claims", _module_run("claims"), ("quantities", "claims", "factcheck"), "03_claims.ipynb"),
    Stage("report", None, (), "04_report.ipynb"),
)


def table_stages() -> list[Stage]:
    """The stages that write tables, in order (what ``--tables-only`` runs)."""
    return [s for s in STAGES if s.run is not None]


def report_table_names() -> list[str]:
    """Every table of every stage, in pipeline order: what the report reads."""
    return [name for s in STAGES for name in s.tables]


def _done(out: Path, s: Stage) -> bool:
    return all((out / f"{table}.parquet").exists() for table in s.tables)


def context(out_dir, article=None) -> RunContext:
    """The context for the next stage on ``out_dir``, with the run's new words installed.

    Reads ``meta.json`` and ``new_words`` when earlier stages wrote them (the load stage starts with
    neither; the keywords stage starts from the base dictionary and installs what it discovers).
    """
    from . import segment

    out = Path(out_dir)
    meta = io.read_json(out, "meta") if (out / "meta.json").exists() else {}
    return RunContext(article=Path(article) if article else None, out=out, meta=meta, new_words=segment.use_run_words(out))


def run_stage(s: Stage, article, out_dir):
    """Run one stage on a fresh context; returns what its ``run`` returns."""
    return s.run(context(out_dir, article))


def run_tables(article, out_dir) -> None:
    """Every stage's tables, no notebooks and no charts (``zhnews run --tables-only``)."""
    for s in table_stages():
        run_stage(s, article, out_dir)


def open_run(article_path=None, out_dir=None, stage: str = "load") -> RunContext:
    """A notebook's context: its parameters resolved, the stages before ``stage`` run if they have not.

    Under ``make report`` they always have. Opened on its own in JupyterLab, a later notebook finds the
    earlier tables missing and runs the earlier stages' package code once, instead of failing.
    """
    article, out = resolve_run(article_path, out_dir)
    names = [s.name for s in STAGES]
    for earlier in table_stages()[: names.index(stage)] if stage in names else table_stages():
        if not _done(out, earlier):
            run_stage(earlier, article, out)
    return context(out, article)
