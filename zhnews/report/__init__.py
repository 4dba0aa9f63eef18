"""The hand-on report: notebook 04_report exported as one self-contained ``report.html``.

nbconvert's ``basic`` template renders the executed notebook's markdown and outputs with no code
cells and, unlike the ``lab`` template, with no script tags or CDN links (require.js, MathJax,
mermaid); charts are already inline as base64 PNG. We wrap it in a page with its own small
stylesheet, so the file opens offline and runs nothing. Article text reaches the page only through
escaped channels: pandas' ``to_html`` (escape=True), text/plain outputs, and :func:`escape` in our
own HTML snippets. A print stylesheet (A4) keeps each section's heading and text on the page of the
chart or table that follows, and no chart or table row is cut across pages. :mod:`zhnews.report.docx`
writes the same report as ``report.docx``.
"""

from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

STYLE = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.6; color: #222; }
h1, h2, h3 { line-height: 1.3; } h1 { border-bottom: 2px solid #2a7ab0; padding-bottom: .3rem; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: .9rem; margin: .8rem 0; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #f3f6f9; }
pre { white-space: pre-wrap; background: #f7f7f7; padding: .5rem; font-size: .85rem; }
em { color: #555; }
.jp-InputPrompt, .jp-OutputPrompt, .anchor-link { display: none; }
/* Cells with no output (the parameters) would sit between a heading and its chart. */
.celltag_parameters, .celltag_injected-parameters { display: none; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  /* A section's heading and text stay with the chart or table that follows them. */
  h1, h2, h3, .text_cell { break-after: avoid; page-break-after: avoid; }
  .text_cell, img, svg, tr, .output_area { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table { width: 100%; }
  a { color: inherit; text-decoration: none; }
}
"""


def escape(text) -> str:
    """Article text for an HTML snippet: ``<script>`` shows as text, quotes cannot break attributes."""
    return html.escape("" if text is None else str(text), quote=True)


def export_html(notebook_path, html_path, title: str | None = None) -> Path:
    """Write the executed notebook as a self-contained HTML page without code cells."""
    import nbformat

    notebook = nbformat.read(str(notebook_path), as_version=4)
    body, _ = _html_exporter().from_notebook_node(notebook)
    page_title = escape(title or Path(notebook_path).stem)
    page = (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{page_title}</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    html_path = Path(html_path)
    html_path.write_text(page, encoding="utf-8")
    return html_path


@lru_cache(maxsize=1)
def _html_exporter():
    """One exporter per process: its Jinja environment compiles nbconvert's templates on first use
    (most of an export's time), and a new exporter compiled them again for every page, so the head
    start of :func:`warm_html_export` never reached the report's own export. nbconvert's own command
    converts many notebooks with one exporter; each export starts from fresh resources."""
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


def warm_html_export() -> None:
    """Export a small notebook once, so the report's own export later finds nbconvert ready.

    The first export in a process loads nbconvert's templates, Markdown renderer and output filters,
    most of a second; a full run calls this while it only waits for the kernels.
    """
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    outputs = [
        new_output("display_data", data={"text/html": "<b>表</b>", "text/plain": "表", "image/png": ""}),
        new_output("execute_result", data={"text/plain": "0"}, execution_count=1),
        new_output("stream", name="stdout", text="0"),
    ]
    _html_exporter().from_notebook_node(new_notebook(cells=[new_markdown_cell("# 标题 *Title*"), new_code_cell("0", outputs=outputs)]))


META_FIELDS = (
    ("title", "标题 Title"),
    ("outlet", "媒体/公众号 Outlet"),
    ("author", "作者 Author"),
    ("publish_date", "日期 Date"),
    ("source_path", "来源文件 Source"),
    ("source_url", "链接 Link"),
    ("fetched_at", "抓取时间 Fetched (UTC)"),
    ("sha256", "SHA-256"),
)
# Shown as "—" when empty; the others (a link, its fetch time) only when the article has them.
REQUIRED_META = ("title", "outlet", "author", "publish_date", "source_path", "sha256")


def header_html(meta: dict) -> str:
    """The report's head: the article's identity, every value escaped."""
    rows = "".join(
        f"<tr><th>{label}</th><td>{escape(meta.get(key) or '—')}</td></tr>"
        for key, label in META_FIELDS if meta.get(key) or key in REQUIRED_META
    )
    return f"<h1>{escape(meta.get('title') or '（无标题）')}</h1>\n<table>{rows}</table>"


def summary_html(tables: dict) -> str:
    """The summary (see :func:`summary_sentences`) as two escaped paragraphs, the English in italics."""
    zh, en = summary_sentences(tables)
    return f"<p>{escape(zh)}</p>\n<p><em>{escape(en)}</em></p>"


def table_html(df) -> str:
    """A table for the report: no index column, headers left-aligned, every cell escaped."""
    return df.to_html(index=False, escape=True, border=0, justify="left", classes="report-table", na_rep="")


def summary_sentences(tables: dict) -> tuple[str, str]:
    """Two sentences a reader can quote (Chinese, English): size, main topics, tone and how much there is to check."""
    paragraphs, keywords = tables["paragraphs"], tables["keywords"]
    body = paragraphs[paragraphs["role"] == "body"]
    top = keywords[(keywords["method"] == "combined") & keywords["para_id"].isna()].sort_values("rank")
    scored = tables["sentiment_paragraphs"]
    labels = scored.loc[scored["role"] == "body", "label"].value_counts()
    claims = tables["claims"]
    words = "、".join(top["keyword"].head(6))
    zh = (
        f"全文 {len(body)} 段正文、{int(body['n_chars'].sum())} 字，主要谈及{words}。"
        f"正文段落中正面 {labels.get('positive', 0)} 段、中性 {labels.get('neutral', 0)} 段、负面 {labels.get('negative', 0)} 段、"
        f"褒贬兼有 {labels.get('mixed', 0)} 段；"
        f"找到 {len(tables['quantities'])} 个数字，{int(claims['checkworthy'].sum())} 句值得核查。"
    )
    en = (
        f"{len(body)} body paragraphs; {labels.get('positive', 0)} positive, {labels.get('neutral', 0)} neutral, "
        f"{labels.get('negative', 0)} negative, {labels.get('mixed', 0)} mixed; {len(tables['quantities'])} figures and "
        f"{int(claims['checkworthy'].sum())} check-worthy sentences."
    )
    return zh, en


def report_tables(out_dir) -> dict:
    """Every stage's tables from the run folder, by name (the stage registry lists them)."""
    from .. import io
    from ..stages import report_table_names

    return {name: io.read_table(out_dir, name) for name in report_table_names()}
