"""Where things live: the repository's data folders and the default article."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
LEXICON = DATA / "lexicon"
DEFAULT_ARTICLE = DATA / "articles" / "deepseek_sanlian.md"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"


# A slug's longest length in UTF-8 bytes: file systems allow 255 bytes per name, and the build folder
# ``.<slug>.XXXXXXXX.tmp`` and a disambiguating ``_<8 hex>`` must still fit.
SLUG_MAX_BYTES = 200


def readable_name(path) -> str:
    """The file's name as text a person can read, also for names that are not valid UTF-8.

    Python keeps undecodable bytes of a file name as lone surrogates (a name in GBK bytes from a
    Windows zip, unpacked on Linux), which cannot be written to a UTF-8 file or a terminal. The raw
    bytes are read as GB18030 when they decode that way, else the undecodable bytes show as \\xNN.
    """
    name = Path(path).name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="backslashreplace")


def slug_for(path) -> str:
    """The article's file stem, safe as a folder name on every OS (Chinese characters kept).

    At most :data:`SLUG_MAX_BYTES` bytes of UTF-8, cut between characters.
    """
    stem = unicodedata.normalize("NFKC", Path(readable_name(path)).stem)
    stem = re.sub(r"[\\/:*?\"<>|\s\x00-\x1f]+", "_", stem).strip("._")
    stem = stem.encode("utf-8")[:SLUG_MAX_BYTES].decode("utf-8", errors="ignore").rstrip("._")
    return stem or "article"


def resolve_run(article_path=None, out_dir=None) -> tuple[Path, Path]:
    """The article and the run folder a notebook works on; with no parameters, the default article.

    Notebooks call this from their first code cell, so opened in JupyterLab with the papermill
    parameters left at None they run on ``data/articles/deepseek_sanlian.md``. A relative path is
    read from the working folder when something is there, else from the repository folder: a
    delivered notebook names its report folder relative to the repository (``reports/<slug>``), and
    JupyterLab runs a notebook inside its own folder.
    """
    article = locate(article_path) if article_path else DEFAULT_ARTICLE
    out = locate(out_dir) if out_dir else REPORTS / slug_for(article)
    return article, out


def locate(path) -> Path:
    """A notebook parameter's path: absolute as it is; relative from here if it exists, else from the repository."""
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return ROOT / path
