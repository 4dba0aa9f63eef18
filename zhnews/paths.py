"""Where things live: the repository's data folders and the default article."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LEXICON = DATA / "lexicon"
DEFAULT_ARTICLE = DATA / "articles" / "deepseek_sanlian.md"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"


def slug_for(path) -> str:
    """The article's file stem, safe as a folder name on every OS (Chinese characters kept)."""
    stem = unicodedata.normalize("NFKC", Path(path).stem)
    stem = re.sub(r"[\\/:*?\"<>|\s\x00-\x1f]+", "_", stem).strip("._")
    return stem[:80] or "article"


def resolve_run(article_path=None, out_dir=None) -> tuple[Path, Path]:
    """The article and the run folder a notebook works on; with no parameters, the default article.

    Notebooks call this from their first code cell, so opened in JupyterLab with the papermill
    parameters left at None they run on ``data/articles/deepseek_sanlian.md``.
    """
    article = Path(article_path) if article_path else DEFAULT_ARTICLE
    out = Path(out_dir) if out_dir else REPORTS / slug_for(article)
    return article, out
