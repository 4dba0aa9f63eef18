"""Notebook widgets: live only in a JupyterLab kernel, static (and escaped) under papermill and in reports.

JupyterLab's kernels carry JPY_SESSION_NAME; the tests set it to stand in for one. Widgets keep
their content in HTML and PNG values, so typing into the search box is a value assignment here.
"""

import pandas as pd
import pytest

from zhnews import io
from zhnews.viz import interactive


@pytest.fixture
def jupyterlab(monkeypatch):
    monkeypatch.setenv("JPY_SESSION_NAME", "/notebooks/04_report.ipynb")
    monkeypatch.delenv("ZHNEWS_STATIC", raising=False)


@pytest.fixture
def unattended(monkeypatch):
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)


KEYWORDS = pd.DataFrame({"method": ["combined"], "para_id": [None], "rank": [1], "keyword": ["幻方量化"]})


def test_concordance_of_the_seed(seed_out):
    """幻方量化 occurs three times in the seed's body, the second in 2015年…梁文峰创办了幻方量化基金公司。"""
    lines = interactive.concordance(io.read_table(seed_out, "sentences"), "幻方量化")
    assert len(lines) == 3
    second = lines.iloc[1]
    assert second["left"] == "江大学电子信息工程专业的梁文峰创办了"  # 18 characters before
    assert second["right"].startswith("基金公司")
    assert interactive.concordance(io.read_table(seed_out, "sentences"), "").empty


def test_unattended_runs_get_static_escaped_output(unattended):
    assert not interactive.live()
    sentences = pd.DataFrame({"para_id": [3], "role": ["body"], "text": ["<script>x</script>幻方量化的<b>股东</b>"]})
    page = interactive.kwic(sentences, KEYWORDS).data
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>" not in page
    assert interactive.top_n(lambda n: None) is None
    assert interactive.pick_article(None) is None
    table = interactive.table(pd.DataFrame({"论断 Claim": ["<img src=x onerror=alert(1)>"] * 12}), static_rows=10).data
    assert table.count("<td>") == 10 and "<img" not in table  # 10 rows, escaped


def test_zhnews_static_wins_even_in_jupyterlab(jupyterlab, monkeypatch):
    monkeypatch.setenv("ZHNEWS_STATIC", "1")
    assert not interactive.live()


def test_search_box_responds(jupyterlab, seed_out):
    sentences = io.read_table(seed_out, "sentences")
    box, shown = interactive.kwic(sentences, KEYWORDS).children
    assert box.value == "幻方量化" and shown.value.count("<b>幻方量化</b>") == 3
    box.value = "英伟达"
    assert "<b>英伟达</b>" in shown.value and "幻方量化</b>" not in shown.value
    box.value = "不存在的词"
    assert "not found" in shown.value


def test_slider_redraws(jupyterlab):
    import matplotlib.pyplot as plt

    drawn = []

    def draw(n):
        drawn.append(n)
        fig, ax = plt.subplots(figsize=(2, 1))
        ax.bar(range(n), range(n))
        return fig

    slider, image = interactive.top_n(draw).children
    slider.value = 10
    assert drawn == [20, 10] and bytes(image.value).startswith(b"\x89PNG")


def test_article_picker_lists_reports_and_articles(jupyterlab, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    (articles / "notes.pdf").write_bytes(b"%PDF")
    report = tmp_path / "reports" / "a"
    report.mkdir(parents=True)
    (report / "meta.json").write_text(f'{{"title": "标题", "source_path": "{articles / "a.md"}"}}', encoding="utf-8")
    choices = interactive.article_choices(articles, tmp_path / "reports")
    assert choices == [
        ("报告 report · 标题", (str(articles / "a.md"), str(report))),
        ("文章 article · a.md", (str(articles / "a.md"), None)),
    ]
    assert interactive.pick_article("given.md") is None  # papermill gave the article: nothing to pick
