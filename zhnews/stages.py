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

A stage's tables are reused only while its inputs are unchanged: ``stages.json`` in the run folder
records, per stage, a fingerprint of what it was computed from (the article's bytes, every word list
in data/lexicon and the package's own code). When the article is replaced, a word list edited or the
code changed, the stage and every later one run again instead of serving the old article's keywords
and title. While they are unchanged, a notebook's ``run`` reads its stage's tables back
(:func:`reuses_fresh_tables`): a full run computes every table first, in the parent process while the
kernels start, and the notebooks then only tell the story and draw the charts.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, replace
from importlib import import_module
from pathlib import Path
from typing import Callable

from . import io, lexicon
from .paths import LEXICON, NOTEBOOKS, resolve_run


@dataclass(frozen=True)
class RunContext:
    """What a stage works on: one article and its run folder."""

    article: Path | None  # None when the run folder is opened without naming its article
    out: Path
    meta: dict = field(default_factory=dict)
    new_words: dict = field(default_factory=dict)  # word -> jieba tag, installed in the tokenizer
    # The stage's tables, when open_run found them computed from the current inputs: run reads them back.
    reuse: tuple[str, ...] = ()
    # The article as the caller already loaded it (run.py checks it before making any folder), so the
    # load stage writes it instead of reading the file again.
    loaded: object = None


def reuses_fresh_tables(compute: Callable[[RunContext], dict]) -> Callable[[RunContext], dict]:
    """A stage's ``run`` that reads the stage's tables back instead of computing them again when
    :func:`open_run` found them computed from the current inputs (``ctx.reuse``).

    Same tables either way, since the fingerprint covers everything they are computed from; the
    notebooks of a full run get them at the cost of reading a Parquet file.
    """

    @functools.wraps(compute)
    def run(ctx: RunContext) -> dict:
        if ctx.reuse:
            return {name: io.read_table(ctx.out, name) for name in ctx.reuse}
        return compute(ctx)

    return run


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

# In the run folder: stage name -> fingerprint of the inputs its tables were computed from.
STAMPS = "stages"


def table_stages() -> list[Stage]:
    """The stages that write tables, in order (what ``--tables-only`` runs)."""
    return [s for s in STAGES if s.run is not None]


def report_table_names() -> list[str]:
    """Every table of every stage, in pipeline order: what the report reads."""
    return [name for s in STAGES for name in s.tables]


def inputs_fingerprint(article) -> str | None:
    """The fingerprint of the article file's inputs (see :func:`fingerprint_of`); None without the article."""
    article = Path(article) if article else None
    if article is None or not article.is_file():
        return None
    return fingerprint_of(hashlib.sha256(article.read_bytes()).hexdigest())


def fingerprint_of(article_sha256: str) -> str:
    """SHA-256 over the article's SHA-256 (meta.json's ``sha256``) and the SHA-256 of every word list
    and every module of the package (name and bytes): what a stage's tables are computed from.

    From the article's hash rather than its bytes, so a folder written from tables that came back
    from a cluster worker (:mod:`zhnews.article_tables`) gets the same stamps as one built here.
    """
    return hashlib.sha256(f"{article_sha256}\0{_inputs_digest()}".encode()).hexdigest()


def _inputs_digest() -> str:
    """The SHA-256 of each word list and module, name and bytes, one after the other; the files are
    read and hashed again only when one of them changed on disk (a batch fingerprints every article
    against the same 2 MB of files)."""
    package = Path(__file__).resolve().parent
    inputs = [(LEXICON, p) for p in sorted(LEXICON.iterdir()) if p.is_file()]
    inputs += [(package, p) for p in sorted(package.rglob("*.py"))]
    return _inputs_hashed(tuple(inputs), tuple(io.file_version(path) for _, path in inputs))


@functools.lru_cache(maxsize=1)
def _inputs_hashed(inputs: tuple, versions: tuple) -> str:
    """What :func:`_inputs_digest` returns, for ``inputs`` (folder, file) at ``versions``
    (:func:`zhnews.io.file_version`, the cache's key)."""
    digest = hashlib.sha256()
    for folder, path in inputs:
        digest.update(f"{folder.name}/{path.relative_to(folder).as_posix()}".encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def stamp_all(out_dir, fingerprint: str) -> None:
    """Record every stage as computed from ``fingerprint`` (a folder written whole from its tables)."""
    io.write_json({s.name: fingerprint for s in table_stages()}, out_dir, STAMPS)


def _stamps(out: Path) -> dict:
    return io.read_json(out, STAMPS) if (out / f"{STAMPS}.json").exists() else {}


def _stamp(out: Path, name: str, fingerprint: str | None) -> None:
    """Record that stage ``name`` is (being) computed from ``fingerprint``; later stages are now stale."""
    names = [s.name for s in table_stages()]
    later = set(names[names.index(name) + 1:])
    stamps = {stage: value for stage, value in _stamps(out).items() if stage not in later}
    stamps[name] = fingerprint
    io.write_json(stamps, out, STAMPS)


def _stage_done(out: Path, s: Stage, fingerprint: str | None) -> bool:
    """The stage's tables are there and were computed from these inputs (any, if the article is gone)."""
    if not all((out / f"{table}.parquet").exists() for table in s.tables):
        return False
    return fingerprint is None or _stamps(out).get(s.name) == fingerprint


def context(out_dir, article=None) -> RunContext:
    """The context for the next stage on ``out_dir``, with the run's new words installed.

    Reads ``meta.json`` and ``new_words`` when earlier stages wrote them (the load stage starts with
    neither; the keywords stage starts from the base dictionary and installs what it discovers).
    """
    from . import segment

    out = Path(out_dir)
    meta = io.read_json(out, "meta") if (out / "meta.json").exists() else {}
    return RunContext(article=Path(article) if article else None, out=out, meta=meta, new_words=segment.use_run_words(out))


def run_stage(s: Stage, article, out_dir, fingerprint: str | None = None, loaded=None):
    """Run one stage on a fresh context and stamp it with ``fingerprint``; returns what ``run`` returns."""
    with lexicon.held():
        result = s.run(replace(context(out_dir, article), loaded=loaded))
    _stamp(Path(out_dir), s.name, fingerprint)
    return result


def run_tables(article, out_dir, loaded=None, after_each: Callable[[Stage], object] | None = None):
    """Every stage's tables, no notebooks and no charts (``zhnews run --tables-only``); returns what the
    load stage returned (the loaded article, with its coverage). ``loaded``: the article, if the caller
    has loaded it already; ``after_each(stage)`` is called once a stage's tables are written and stamped
    (a full run starts the stage's notebook then)."""
    fingerprint = inputs_fingerprint(article)
    results = []
    for s in table_stages():
        results.append(run_stage(s, article, out_dir, fingerprint, loaded))
        if after_each is not None:
            after_each(s)
    return results[0]


def open_run(article_path=None, out_dir=None, stage: str = "load") -> RunContext:
    """A notebook's context: its parameters resolved, the stages before ``stage`` run if they have not.

    Under ``make report`` they always have. Opened on its own in JupyterLab, a later notebook finds the
    earlier tables missing, or computed from another version of the article, the word lists or the
    code, and runs the earlier stages' package code once, instead of failing or reading stale tables.
    The notebook's own stage's tables, when they are there and current, are read back by its ``run``
    (the context's ``reuse``); otherwise the stage is recorded as computed from the current inputs
    and its old tables are removed, so that a notebook stopped half-way is not taken for a finished
    stage.
    """
    article, out = resolve_run(article_path, out_dir)
    fingerprint = inputs_fingerprint(article)
    names = [s.name for s in STAGES]
    earlier = table_stages()[: names.index(stage)] if stage in names else table_stages()
    for s in earlier:
        if not _stage_done(out, s, fingerprint):
            run_stage(s, article, out, fingerprint)
    own = next((s for s in table_stages() if s.name == stage), None)
    if own is not None and fingerprint is not None and _stage_done(out, own, fingerprint):
        return replace(context(out, article), reuse=own.tables)
    if own is not None and fingerprint is not None:
        for table in own.tables:
            (out / f"{table}.parquet").unlink(missing_ok=True)
        out.mkdir(parents=True, exist_ok=True)
        _stamp(out, stage, fingerprint)
    return context(out, article)
