"""Shared fixtures: where the seed and the corpus are, and a loaded seed run folder.

The seed is also committed as data/articles/deepseek_sanlian.md, so seed tests run on a fresh
clone; corpus tests need ../shared/corpus beside the checkout and skip with a reason without it.
"""

import os
from pathlib import Path

import pytest

from zhnews.paths import DEFAULT_ARTICLE, ROOT
from zhnews.stages import context

# ../shared beside the checkout; ZHNEWS_SHARED names another place (a worktree sits deeper than main).
SHARED = Path(os.environ.get("ZHNEWS_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return DEFAULT_ARTICLE


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent: corpus tests need ../shared beside the checkout")
    return corpus


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
