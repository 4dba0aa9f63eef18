"""The chart helper: Chinese renders with the shipped font, exports are complete and repeatable."""

import re
import warnings

import matplotlib.pyplot as plt
import pytest

from zhnews import vocab
from zhnews.viz import charts, palette
from zhnews.viz.load import paragraph_map

META = {"title": "DeepSeek全球爆火“掀翻”美股", "outlet": "三联生活周刊"}


def draw_chinese_chart():
    fig, ax = charts.new_figure()
    ax.bar(["梁文峰", "英伟达", "幻方量化", "臺灣"], [3, -2, 1, 2])
    ax.set_title("中文标题 · Chinese title")
    ax.set_xlabel("实体 · entity")
    ax.set_ylabel("得分 · score")
    return fig


def test_chinese_text_draws_without_missing_glyph_warnings(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" is a UserWarning
        fig = draw_chinese_chart()
        charts.save_chart(fig, tmp_path, "chinese", META)
        plt.close(fig)


def test_png_only_unless_svg_is_asked_for(tmp_path, monkeypatch):
    monkeypatch.delenv("ZHNEWS_SVG", raising=False)
    fig = draw_chinese_chart()
    assert [p.suffix for p in charts.save_chart(fig, tmp_path, "chart", META)] == [".png"]
    plt.close(fig)


def test_png_and_svg_written_and_svg_identical_on_rerun(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHNEWS_SVG", "1")
    for folder in ("a", "b"):
        fig = draw_chinese_chart()
        written = charts.save_chart(fig, tmp_path / folder, "chart", META)
        plt.close(fig)
        assert sorted(p.suffix for p in written) == [".png", ".svg"]
    svg_a = (tmp_path / "a" / "charts" / "chart.svg").read_bytes()
    assert svg_a == (tmp_path / "b" / "charts" / "chart.svg").read_bytes()
    # Text stays text with the font named, so a designer can edit the labels.
    assert "中文标题 · Chinese title</text>".encode() in svg_a
    assert b"font-family: 'Noto Sans CJK SC'" in svg_a


def test_svg_text_as_paths_on_request(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHNEWS_SVG", "1")
    monkeypatch.setenv("ZHNEWS_SVG_TEXT", "paths")
    fig = draw_chinese_chart()
    (svg,) = [p for p in charts.save_chart(fig, tmp_path, "chart", META) if p.suffix == ".svg"]
    plt.close(fig)
    assert b"<text" not in svg.read_bytes()  # outlines: right without the font, not editable


def test_png_is_200_dpi(tmp_path):
    from PIL import Image

    fig = draw_chinese_chart()
    (png,) = [p for p in charts.save_chart(fig, tmp_path, "chart", META) if p.suffix == ".png"]
    plt.close(fig)
    assert round(Image.open(png).info["dpi"][0]) == charts.PNG_DPI


def test_png_keeps_a_label_reaching_far_past_the_figure(tmp_path):
    """The crop follows everything drawn, however far past the figure: a note placed 3.5 inches right
    of a 7-inch figure widens the PNG past 10 inches rather than being cut off."""
    from PIL import Image

    fig = draw_chinese_chart()
    fig.text(1.5, 0.5, "图外的注释 · a note far right")  # 3.5 inches right of a 7-inch figure
    (png,) = charts.save_chart(fig, tmp_path, "chart", META, formats=("png",))
    plt.close(fig)
    assert Image.open(png).size[0] > 10 * charts.PNG_DPI


def test_pdf_embeds_the_cjk_font_as_type3(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHNEWS_PDF", "1")
    fig = draw_chinese_chart()
    (pdf,) = [p for p in charts.save_chart(fig, tmp_path, "chart", META) if p.suffix == ".pdf"]
    plt.close(fig)
    data = pdf.read_bytes()
    fonts = set(re.findall(rb"/BaseFont /([A-Z]{6}\+)?([\w-]+)", data))
    assert any(name.startswith(b"NotoSansCJK") for _, name in fonts)
    assert b"/Subtype /Type3" in data
    # No CFF font program embedded under a TrueType/CID header: that is the mismatch readers reject.
    assert b"/FontFile3" not in data


@pytest.mark.parametrize("role", sorted(vocab.ROLES))
def test_every_role_has_a_legend_entry(role):
    import pandas as pd

    paragraphs = pd.DataFrame({"para_id": [0, 1], "role": [role, "body"], "n_chars": [10, 50]})
    fig = paragraph_map(paragraphs)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    plt.close(fig)
    assert role in labels


@pytest.mark.parametrize(
    "names, colours",
    [
        (vocab.ROLES, palette.ROLE),
        (vocab.SENTIMENT_LABELS, palette.SENTIMENT),
        ({**vocab.CLAIM_TYPES, vocab.UNTYPED: "untyped"}, palette.CLAIM_TYPE),
        (vocab.QUANTITY_KINDS, palette.QUANTITY_KIND),
        (vocab.ENTITY_TYPES, palette.ENTITY_TYPE),
    ],
    ids=["roles", "sentiment", "claim types", "quantity kinds", "entity types"],
)
def test_every_code_of_a_vocabulary_has_a_name_and_a_colour(names, colours):
    assert set(names) == set(colours)
    assert all(name.strip() for name in names.values())
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in colours.values())
    assert len(set(colours.values())) == len(colours)  # two codes of one vocabulary never share a colour


def test_the_stages_write_only_codes_of_the_vocabulary():
    from zhnews import claims, segment

    assert set(claims.CLAIM_TYPES) == set(vocab.CLAIM_TYPES)
    assert set(segment.ENTITY_TYPES.values()) <= set(vocab.ENTITY_TYPES)


def _tick_boxes(fig, ax):
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [label.get_window_extent(renderer) for label in ax.get_xticklabels() if label.get_text()]


@pytest.mark.parametrize("n_paragraphs", [12, 95, 280, 1400])
def test_reading_order_ticks_never_overlap_and_use_a_round_step(n_paragraphs):
    # A forum thread saved as one article has ~280 scored paragraphs; the arc printed every 10th id
    # ("107117127…") as one unreadable run before the step was fitted to the labels' width.
    fig, ax = charts.new_figure(3.8)
    ids = list(range(4, 4 + n_paragraphs))
    ax.bar(range(n_paragraphs), [0.1] * n_paragraphs)
    charts.reading_order_ticks(ax, ids)
    boxes = _tick_boxes(fig, ax)
    texts = [label.get_text() for label in ax.get_xticklabels()]
    plt.close(fig)
    assert texts[0] == "4"  # the first paragraph is always labelled
    assert all(left.x1 < right.x0 for left, right in zip(boxes, boxes[1:])), texts
    step = int(texts[1]) - int(texts[0])
    assert step in charts.ROUND_STEPS
    assert len(texts) >= 6 or step == 1  # still enough labels to find a paragraph
