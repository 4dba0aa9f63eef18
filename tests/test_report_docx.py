"""From a link to the documents an editor gets: report.html (printed), report.docx, the corpus report.

One full run starts from a URL: the saved WeChat page (tests/data/wechat_suide_veterans.html, title
绥德：33名退役军人被表彰, four check-worthy sentences by hand: 7月29日…表彰大会, 会上…33名, 同时…500元…9456张,
地方要积极…) is served from 127.0.0.1. The document is read back with python-docx; LibreOffice
(converting the .docx) and Chromium (printing the .html) check the pages where they are installed.
"""

import json
import os
import re
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from local_pages import serve
from zhnews.paths import ROOT

TITLE = "绥德：33名退役军人被表彰"
SLUG = "绥德_33名退役军人被表彰"


@pytest.fixture(scope="module")
def url_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("from_link")
    env = {**os.environ, "ZHNEWS_ARTICLES_DIR": str(folder / "articles")}
    with serve() as site:
        url = f"{site}/s/suide"
        result = subprocess.run(
            [sys.executable, "-m", "zhnews", "run", "--quiet", url, f"{site}/missing", "--out", str(folder / "reports")],
            cwd=ROOT, capture_output=True, text=True, timeout=900, env=env,
        )
    # The broken link fails with one line; the good one still runs.
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {site}/missing: the server answered 404 Not Found"], result.stderr
    assert (folder / "articles" / f"{SLUG}.html").exists()  # saved, so the run can be repeated offline
    return url, folder / "reports" / SLUG


@pytest.fixture(scope="module")
def document(url_run):
    from docx import Document

    return Document(str(url_run[1] / "report.docx"))


def test_the_link_became_a_full_report(url_run):
    url, run = url_run
    meta = json.loads((run / "meta.json").read_text(encoding="utf-8"))
    assert meta["title"] == TITLE and meta["source_url"] == url
    page = (run / "report.html").read_text(encoding="utf-8")
    assert url in page  # the header names the link the report came from
    assert (run / "report.docx").stat().st_size > 50_000


def test_docx_title_meta_and_summary(document, url_run):
    url, _ = url_run
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == TITLE
    meta_cells = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["标题 Title", TITLE] in meta_cells
    assert ["媒体/公众号 Outlet", "掌上绥德"] in meta_cells
    assert ["链接 Link", url] in meta_cells
    assert any(text.startswith("全文 ") and "值得核查" in text for text in texts)


def test_docx_has_every_chart_with_a_numbered_caption(document, url_run):
    charts = sorted((url_run[1] / "charts").glob("*.png"))
    assert len(charts) >= 8
    assert len(document.inline_shapes) == len(charts)
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert [c.split("：")[0] for c in captions] == [f"图 {n}" for n in range(1, len(charts) + 1)]
    assert "图 1：各段长度与角色 · Figure 1: Paragraph lengths and roles in reading order" in captions


def test_docx_factcheck_table_leaves_verdict_and_notes_empty(document, url_run):
    sheet = document.tables[-1]
    header = [cell.text for cell in sheet.rows[0].cells]
    assert header[-2:] == ["核查结果\nVerdict", "备注\nNotes"]
    rows = [[cell.text for cell in row.cells] for row in sheet.rows[1:]]
    # Every check-worthy claim of the run's fact-check sheet, no more, no fewer.
    assert len(rows) == len(pd.read_csv(url_run[1] / "factcheck.csv", encoding="utf-8-sig")) > 0
    assert any("33名" in row[2] for row in rows) and any("9456张" in row[2] for row in rows)
    assert all(row[-2:] == ["", ""] for row in rows)


def test_docx_names_an_east_asian_font_on_every_style_it_uses(document):
    from docx.oxml.ns import qn

    used = {p.style.name: p.style for p in document.paragraphs} | {t.style.name: t.style for t in document.tables}
    assert {"Title", "Heading 1", "Caption", "Normal", "Table Grid"} <= set(used)
    for style in used.values():
        fonts = style.element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")), style.name
        assert fonts.get(qn("w:eastAsiaTheme")) is None, style.name  # a theme font would win
        assert style.element.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def _pdf_text(pdf, page=None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _image_pages(pdf) -> list[int]:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [int(line.split()[0]) for line in listing.splitlines()[2:] if line.split()[2] == "image"]


def test_docx_opens_in_libreoffice_with_chinese_and_every_chart(url_run, tmp_path):
    soffice = shutil.which("soffice")
    if not soffice or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice and poppler-utils are not installed (.ci/run installs them when it can)")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(url_run[1] / "report.docx")],
        capture_output=True, timeout=300, check=True,
    )
    pdf = tmp_path / "report.pdf"
    text = re.sub(r"\s+", "", _pdf_text(pdf))
    assert TITLE.replace("：", "") in text.replace("：", "")
    assert "事实核查清单" in text and "核查结果" in text
    assert len(_image_pages(pdf)) == len(list((url_run[1] / "charts").glob("*.png")))


SECTION_HEADINGS = ("段落结构", "关键词", "情感走向", "时间线")


def test_report_prints_with_headings_on_the_page_of_their_charts(url_run, tmp_path):
    """Chromium prints report.html; each section's first chart is on the page of its heading."""
    chromium = shutil.which("chromium")
    if not chromium or not shutil.which("pdftotext"):
        pytest.skip("Debian's chromium and poppler-utils are not installed (.ci/run installs them when it can)")
    page = url_run[1] / "report.html"
    pdf = tmp_path / "printed.pdf"
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=180, check=True,
    )
    html = page.read_text(encoding="utf-8")
    # The order of section headings and images in the page: the first image after each heading.
    order = re.findall(r"<h2[^>]*>([^<]*)|<img ", html)
    image_pages = _image_pages(pdf)
    n_pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
    page_text = {p: re.sub(r"\s+", "", _pdf_text(pdf, p)) for p in range(1, n_pages + 1)}
    images_seen = checked = 0
    for index, heading in enumerate(order):
        if heading == "":
            images_seen += 1
            continue
        if any(h in heading for h in SECTION_HEADINGS) and index + 1 < len(order) and order[index + 1] == "":
            whole = re.sub(r"\s+", "", heading)
            heading_page = next(p for p, text in page_text.items() if whole in text)
            assert heading_page == image_pages[images_seen], f"{heading}: heading on page {heading_page}, chart on {image_pages[images_seen]}"
            checked += 1
    assert checked == len(SECTION_HEADINGS)
    assert "Parquet" not in html and "papermill" not in html  # nothing written for developers


def test_corpus_report(tmp_path):
    """Two articles (tables only) and the comparison notebook: _corpus/report.html and report.docx."""
    from docx import Document
    from zhnews.run import run_article, run_corpus

    hostile = tmp_path / "标题<script>.txt"
    hostile.write_text("<b>加粗</b>的标题\n\n某公司去年营收增长了30%，达到5亿元。\n\n分析人士认为前景乐观。\n", encoding="utf-8")
    folders = [run_article(ROOT / "data" / "articles" / "deepseek_sanlian.md", tmp_path / "reports", tables_only=True)[0],
               run_article(hostile, tmp_path / "reports", tables_only=True)[0]]
    corpus, _ = run_corpus(folders, tmp_path / "reports")
    page = (corpus / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;b&gt;加粗&lt;/b&gt;的标题" in page
    assert page.count("data:image/png;base64,") == 4 and "http://" not in page.replace("http://www.w3.org", "")
    document = Document(str(corpus / "report.docx"))
    assert document.paragraphs[0].text == "2 篇文章对比 · Comparing 2 articles"
    assert len(document.inline_shapes) == 4
    assert "<b>加粗</b>的标题" in [row.cells[0].text for row in document.tables[0].rows]
