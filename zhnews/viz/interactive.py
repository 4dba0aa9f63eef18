"""Notebooks that respond in JupyterLab, and stay static everywhere else.

Four pieces, one line each in a notebook: :func:`pick_article` (a drop-down of the files in
``data/articles/`` and the reports already written), :func:`table` (sortable, searchable tables with
itables), :func:`kwic` (a keyword-in-context search box) and :func:`top_n` (a slider for the keyword
chart). Each returns what the cell should display (None: nothing).

They are live only in a kernel that JupyterLab (jupyter_server) started: such a kernel has
``JPY_SESSION_NAME`` in its environment, which papermill, nbclient and nbconvert never set. Under
``zhnews run`` and in ``report.html`` the same calls give static output (an escaped table, the
concordance of the top keyword) or nothing, so an unattended run never waits for a widget and the
report never carries one. ``ZHNEWS_STATIC=1`` forces the static output in JupyterLab too.

Widgets render their content as HTML and PNG values rather than through an Output widget, so what
they show is computed by plain functions (:func:`concordance`) and can be tested without a browser.
"""

from __future__ import annotations

import functools
import html
import io as bytes_io
import json
import os
from pathlib import Path

import pandas as pd

from ..paths import DATA, REPORTS

KWIC_WIDTH = 18  # characters of context either side of a match
KWIC_LINES = 30


def live() -> bool:
    """Whether widgets can respond here: a JupyterLab kernel, widgets installed, static not forced."""
    if not os.environ.get("JPY_SESSION_NAME") or os.environ.get("ZHNEWS_STATIC") == "1":
        return False
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _table_html(df: pd.DataFrame):
    from IPython.display import HTML

    from ..report import table_html

    return HTML(table_html(df))


def table(df: pd.DataFrame, static_rows: int | None = None):
    """Static: the first ``static_rows`` rows as the report's escaped table, returned for display.
    Live: every row, sortable and searchable, displayed by itables (offline, cells escaped)."""
    if not live():
        return _table_html(df if static_rows is None else df.head(static_rows))
    import itables

    _load_datatables()
    return itables.show(df, showIndex=False, allow_html=False, maxBytes="1MB")


@functools.cache
def _load_datatables() -> None:
    """Put DataTables into the page once per kernel (itables bundles it: no CDN, works offline)."""
    import itables

    itables.init_notebook_mode(all_interactive=False)


def concordance(sentences: pd.DataFrame, term: str, width: int = KWIC_WIDTH, limit: int = KWIC_LINES) -> pd.DataFrame:
    """Keyword in context: (para_id, left, match, right) for each occurrence of ``term`` in the body."""
    rows = []
    if term:
        body = sentences[sentences["role"] == "body"] if "role" in sentences else sentences
        for sentence in body.itertuples(index=False):
            start = sentence.text.find(term)
            while start != -1 and len(rows) < limit:
                end = start + len(term)
                rows.append((sentence.para_id, sentence.text[max(0, start - width):start], term, sentence.text[end:end + width]))
                start = sentence.text.find(term, end)
    return pd.DataFrame(rows, columns=["para_id", "left", "match", "right"])


def _concordance_html(lines: pd.DataFrame, term: str) -> str:
    if lines.empty:
        return f"<p>没有找到 · not found: {html.escape(term)}</p>" if term else ""
    rows = "".join(
        f'<tr><td>{int(r.para_id)}</td><td style="text-align:right">{html.escape(r.left)}</td>'
        f"<td><b>{html.escape(r.match)}</b></td><td>{html.escape(r.right)}</td></tr>"
        for r in lines.itertuples(index=False)
    )
    return f'<table class="report-table"><thead><tr><th>段落 para</th><th>前文 before</th><th>词 word</th><th>后文 after</th></tr></thead>{rows}</table>'


def _top_keyword(keywords: pd.DataFrame) -> str:
    whole = keywords[(keywords["method"] == "combined") & keywords["para_id"].isna()].sort_values("rank")
    return whole["keyword"].iloc[0] if len(whole) else ""


def kwic(sentences: pd.DataFrame, keywords: pd.DataFrame):
    """Live: a search box showing every body sentence around the typed word. Static: the top keyword's lines."""
    from IPython.display import HTML

    first = _top_keyword(keywords)
    if not live():
        lines = concordance(sentences, first, limit=10)
        heading = f"<p>关键词“{html.escape(first)}”在文中的上下文 · The top keyword in context</p>" if first else ""
        return HTML(heading + _concordance_html(lines, first))
    import ipywidgets as widgets

    box = widgets.Text(value=first, description="搜索 Search", continuous_update=False)
    shown = widgets.HTML(_concordance_html(concordance(sentences, first), first))
    box.observe(lambda change: setattr(shown, "value", _concordance_html(concordance(sentences, change["new"]), change["new"])), "value")
    return widgets.VBox([box, shown])


def _png(fig) -> bytes:
    import matplotlib.pyplot as plt

    buffer = bytes_io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    return buffer.getvalue()


def top_n(draw, start: int = 20, largest: int = 50):
    """Live: a slider redrawing ``draw(n)`` for n words. Static: None (the saved chart is shown already)."""
    if not live():
        return None
    import ipywidgets as widgets

    slider = widgets.IntSlider(value=start, min=5, max=largest, step=5, description="前 N 个 Top N", continuous_update=False)
    image = widgets.Image(value=_png(draw(start)), format="png")
    slider.observe(lambda change: setattr(image, "value", _png(draw(change["new"]))), "value")
    return widgets.VBox([slider, image])


def article_choices(articles_dir=None, reports_dir=None) -> list[tuple[str, tuple[str, str | None]]]:
    """(label, (article path, run folder or None)): the reports already written, then the article files."""
    from ..load.readers import SUFFIXES

    choices = []
    for meta_file in sorted(Path(reports_dir or REPORTS).glob("*/meta.json")):
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        if meta.get("source_path") and Path(meta["source_path"]).exists():
            choices.append((f"报告 report · {meta.get('title') or meta_file.parent.name}", (meta["source_path"], str(meta_file.parent))))
    for path in sorted(Path(articles_dir or DATA / "articles").iterdir()):
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            choices.append((f"文章 article · {path.name}", (str(path), None)))
    return choices


def pick_article(article_path=None):
    """Live, with no article given: a drop-down that sets ``article_path`` and ``out_dir`` for the cells below.

    None (nothing displayed) when papermill gave the article or outside JupyterLab.
    """
    if article_path is not None or not live():
        return None
    import ipywidgets as widgets
    from IPython import get_ipython

    picker = widgets.Dropdown(options=article_choices(), value=None, description="文章 Article", layout={"width": "90%"})
    hint = widgets.HTML("<i>选好后运行下面的单元格 · pick one, then run the cells below</i>")

    def chosen(change):
        if change["new"] is not None:
            namespace = get_ipython().user_ns
            namespace["article_path"], namespace["out_dir"] = change["new"]

    picker.observe(chosen, "value")
    return widgets.VBox([picker, hint])
