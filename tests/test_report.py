"""report.html: self-contained, and article text is shown, never run.

The article below carries a script tag, an image with an onerror handler and a tag that rewrites the
page title; the report must show all three as text. A headless Chromium (Debian's package, when the
machine has it) confirms nothing ran.
"""

import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from zhnews.paths import ROOT
from zhnews.report import escape

HOSTILE_ARTICLE = (
    "<script>document.title='PWNED'</script>某公司年报引发质疑\n\n"
    "据<b onmouseover=alert(1)>公司</b>披露，去年营收增长了30%，达到5亿元，比前年多出1.2亿元。\n\n"
    "记者调查发现，<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">这家公司的员工人数"
    "从2019年的200人增加到2023年的500人。\n\n"
    "分析人士认为，这一计划可能面临资金压力，但前景依然乐观。\n"
)


class PageInventory(HTMLParser):
    """Every tag and attribute of the page, and its visible text."""

    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = folder / "reports"
    result = subprocess.run(
        [sys.executable, "-m", "zhnews", "run", "--quiet", str(article), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    return out / "hostile" / "report.html"


@pytest.fixture(scope="module")
def inventory(hostile_report):
    page = PageInventory()
    page.feed(hostile_report.read_text(encoding="utf-8"))
    return page


def test_escape_neutralises_markup():
    assert escape('<img src=x onerror="a()">') == "&lt;img src=x onerror=&quot;a()&quot;&gt;"


def test_report_has_no_scripts_and_no_event_handlers(inventory):
    assert not [tag for tag, _ in inventory.tags if tag in {"script", "iframe", "object", "embed", "link"}]
    handlers = [(tag, name) for tag, attrs in inventory.tags for name in attrs if name.lower().startswith("on")]
    assert handlers == []


def test_article_markup_is_shown_as_text(inventory):
    text = "".join(inventory.text)
    assert "<script>document.title='PWNED'</script>某公司年报引发质疑" in text  # the title
    assert "<b onmouseover=alert(1)>公司</b>披露" in text  # a check-worthy claim
    assert "<img src=x onerror=" in text


def test_every_image_is_embedded_so_the_page_opens_offline(inventory, hostile_report):
    images = [attrs.get("src", "") for tag, attrs in inventory.tags if tag == "img"]
    assert len(images) >= 4  # paragraph map, keywords, word cloud, sentiment arc, timeline
    assert all(src.startswith("data:image/png;base64,") for src in images)
    assert "http://" not in hostile_report.read_text(encoding="utf-8").replace("http://www.w3.org", "")


def test_hostile_report_in_a_headless_browser(hostile_report):
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it when it can)")
    result = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={hostile_report.parent / '.chromium'}", "--dump-dom", hostile_report.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = result.stdout
    assert "<title>" in dom and "PWNED</title>" not in dom
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "营收增长了30%" in dom


def test_one_exporter_per_process_writes_the_page_a_new_exporter_writes(hostile_report, tmp_path):
    """The exporter is kept per process (its compiled templates); a page exported after another one,
    warm-up included, is byte for byte the page a fresh exporter writes."""
    from zhnews import report

    executed = hostile_report.parent / "notebooks" / "04_report.ipynb"
    report.warm_html_export()
    first = report.export_html(executed, tmp_path / "first.html", "t").read_bytes()
    again = report.export_html(executed, tmp_path / "again.html", "t").read_bytes()
    report._html_exporter.cache_clear()  # the next export builds a new exporter
    fresh = report.export_html(executed, tmp_path / "fresh.html", "t").read_bytes()
    assert first == again == fresh
