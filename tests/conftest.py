"""Shared fixtures: where the seed and the corpus are, and a loaded seed run folder.

The seed is also committed as data/articles/deepseek_sanlian.md, so seed tests run on a fresh
clone; corpus tests need ../shared/corpus beside the checkout and skip with a reason without it.
"""

import os
from functools import lru_cache
from pathlib import Path

import pytest

from zhnews.load import load_article
from zhnews.paths import DEFAULT_ARTICLE, ROOT
from zhnews.stages import context

# ../shared beside the checkout, or beside the nearest parent that has one (a git worktree sits deeper than main; the
# same walk as bench/evalset.py's shared_folder, so a worktree's tests read the articles its evaluations read);
# ZHNEWS_SHARED names another place.
SHARED = Path(os.environ.get("ZHNEWS_SHARED")
              or next((parent / "shared" for parent in ROOT.parents if (parent / "shared").is_dir()), ROOT.parent / "shared"))


def shared_or_skip(name: str, remedy: str) -> Path:
    """The folder ``name`` of ../shared; the test skips, saying ``remedy``, when this machine lacks it."""
    folder = SHARED / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: {remedy}")
    return folder


# Helpers of the loader tests (imported from here: conftest is on the tests' path).
@lru_cache(maxsize=None)
def load(folder: Path, name: str):
    """An article of a shared folder, loaded once per test session (several tests read each one)."""
    return load_article(folder / name)


def load_text(tmp_path: Path, name: str, text: str, encoding: str = "utf-8"):
    """``text`` written as the file ``name`` in ``encoding`` (the bytes exactly, no newline translation), loaded."""
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return load_article(path)


def role_of(article, text):
    """(role, kind) of the paragraph that is exactly ``text``."""
    rows = article.paragraphs[article.paragraphs["text"] == text]
    assert len(rows), f"no paragraph is {text!r}"
    return rows["role"].iloc[0], rows["kind"].iloc[0]


def role_holding(article, text):
    """(role, kind) of the paragraph holding ``text`` (whitespace-insensitive: real pages wrap lines)."""
    squeezed = "".join(text.split())
    rows = article.paragraphs[article.paragraphs["text"].map(lambda t: squeezed in "".join(t.split()))]
    assert len(rows), f"no paragraph holds {text!r}"
    return rows["role"].iloc[0], rows["kind"].iloc[0]


def body(article) -> list[str]:
    """The body paragraphs' text, in order."""
    return article.paragraphs.loc[article.paragraphs["role"] == "body", "text"].tolist()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return DEFAULT_ARTICLE


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return shared_or_skip("corpus", "corpus tests need ../shared beside the checkout")


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """A run folder holding the load stage's tables for the default article."""
    from zhnews import load

    out = tmp_path_factory.mktemp("seed_run")
    load.run(context(out, DEFAULT_ARTICLE))
    return out


def assert_rerun_identical(stage, out, tmp_path, tables):
    """Re-running ``stage.run`` on a copy of a run folder rewrites ``tables`` byte for byte."""
    import shutil

    shutil.copytree(out, tmp_path, dirs_exist_ok=True)
    stage.run(context(tmp_path))
    for name in tables:
        assert (tmp_path / f"{name}.csv").read_bytes() == (Path(out) / f"{name}.csv").read_bytes(), name
