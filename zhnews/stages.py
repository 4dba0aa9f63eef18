"""The pipeline's stages in order, and how a notebook opens its run folder.

Each stage module has ``run(out_dir)`` (the load stage: ``run(article_path, out_dir)``) that reads the
earlier stages' tables from the run folder and writes its own. ``--tables-only`` runs exactly these
functions; the notebooks call them too and add the charts and the narrative.

A stage's tables are reused only while its inputs are unchanged: ``stages.json`` in the run folder
records, per stage, a fingerprint of what it was computed from (the article's bytes and every word
list in data/lexicon). When the article is replaced or a word list edited, the stage and every later
one run again instead of serving the old article's keywords and title.
"""

from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path

from . import io
from .paths import LEXICON, resolve_run

# (module, the table whose presence shows the stage has run)
STAGES = [
    ("load", "paragraphs"),
    ("keywords", "keywords"),
    ("sentiment", "sentiment"),
    ("claims", "claims"),
]


# In the run folder: stage name -> fingerprint of the inputs its tables were computed from.
STAMPS = "stages"


def inputs_fingerprint(article) -> str | None:
    """The fingerprint of the article file's inputs (see :func:`fingerprint_of`); None without the article."""
    article = Path(article)
    if not article.is_file():
        return None
    return fingerprint_of(hashlib.sha256(article.read_bytes()).hexdigest())


def fingerprint_of(article_sha256: str) -> str:
    """SHA-256 over the article's SHA-256 (meta.json's ``sha256``) and every word list (name and bytes).

    From the article's hash rather than its bytes, so a folder written from tables that came back
    from a cluster worker (:mod:`zhnews.article_tables`) gets the same stamps as one built here.
    """
    digest = hashlib.sha256(article_sha256.encode())
    for path in sorted(p for p in LEXICON.iterdir() if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def stamp_all(out_dir, fingerprint: str) -> None:
    """Record every stage as computed from ``fingerprint`` (a folder written whole from its tables)."""
    io.write_json({name: fingerprint for name, _ in STAGES}, out_dir, STAMPS)


def _stamps(out_dir: Path) -> dict:
    return io.read_json(out_dir, STAMPS) if (out_dir / f"{STAMPS}.json").exists() else {}


def _stamp(out_dir: Path, name: str, fingerprint: str | None) -> None:
    """Record that stage ``name`` is (being) computed from ``fingerprint``; later stages are now stale."""
    names = [stage for stage, _ in STAGES]
    later = set(names[names.index(name) + 1:])
    stamps = {stage: value for stage, value in _stamps(out_dir).items() if stage not in later}
    stamps[name] = fingerprint
    io.write_json(stamps, out_dir, STAMPS)


def _stage_done(out_dir: Path, name: str, table: str, fingerprint: str | None) -> bool:
    """The stage's table is there and was computed from these inputs (any inputs, if the article is gone)."""
    if not (out_dir / f"{table}.parquet").exists():
        return False
    return fingerprint is None or _stamps(out_dir).get(name) == fingerprint


def _run_stage(name: str, article: Path, out_dir: Path, fingerprint: str | None) -> None:
    module = import_module(f"{__package__}.{name}")
    if name == "load":
        module.run(article, out_dir)
    else:
        module.run(out_dir)
    _stamp(out_dir, name, fingerprint)


def run_tables(article, out_dir) -> None:
    """Every stage's tables, no notebooks and no charts (``zhnews run --tables-only``)."""
    fingerprint = inputs_fingerprint(article)
    for name, _ in STAGES:
        _run_stage(name, Path(article), Path(out_dir), fingerprint)


def open_run(article_path=None, out_dir=None, stage: str = "load") -> tuple[Path, Path, dict]:
    """Resolve a notebook's parameters and make sure the stages before ``stage`` have written their tables.

    Under ``make report`` they always have. Opened on its own in JupyterLab, a later notebook finds the
    earlier tables missing, or computed from another version of the article or the word lists, and
    runs the earlier stages' package code once, instead of failing or reading stale tables. The
    notebook's own stage is then recorded as computed from the current inputs, and its old table is
    removed so that a notebook stopped half-way is not taken for a finished stage.
    Returns (article path, run folder, meta).
    """
    article, out = resolve_run(article_path, out_dir)
    fingerprint = inputs_fingerprint(article)
    names = [name for name, _ in STAGES]
    earlier = STAGES[: names.index(stage)] if stage in names else STAGES  # the report needs them all
    for name, table in earlier:
        if not _stage_done(out, name, table, fingerprint):
            _run_stage(name, article, out, fingerprint)
    if stage in names and fingerprint is not None:
        (out / f"{dict(STAGES)[stage]}.parquet").unlink(missing_ok=True)
        out.mkdir(parents=True, exist_ok=True)
        _stamp(out, stage, fingerprint)
    meta = io.read_json(out, "meta") if (out / "paragraphs.parquet").exists() else {}
    return article, out, meta
