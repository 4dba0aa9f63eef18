"""One place for chart style and export, shared by every notebook and the report.

The CJK font comes from the ``mplfonts`` pip package (Noto Sans CJK SC), registered with matplotlib
by file path, so charts render Chinese on a machine with no system CJK font and nothing is fetched at
run time. WordCloud gets the same font file through :func:`font_path`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.transforms import Bbox

from .palette import MUTED

FONT_FILE = "NotoSansCJKsc-Regular.otf"
PNG_DPI = 200
# A4 text width is about 6.3 inches: charts drawn at this width keep their labels readable when pasted.
REPORT_WIDTH = 7.0
# Label every 1st, 2nd, 5th, 10th … bar: a reader can count along a round step.
ROUND_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
# A digit of the tick font is about 0.6 em wide; keep 1.5 em of space between two labels.
DIGIT_EM, LABEL_GAP_EM = 0.6, 1.5



@lru_cache(maxsize=1)
def font_path() -> str:
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / FONT_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} missing: reinstall mplfonts (make venv)")
    return str(path)


# Text sizes remembered across charts (see :func:`_remember_text_sizes`), at most this many.
TEXT_SIZES_KEPT = 1 << 15


def _remember_text_sizes() -> None:
    """Measure each label once per process, not once per chart and resolution.

    matplotlib keeps the sizes of laid-out text per renderer, and every chart gets new renderers (one
    to find the crop, one at 200 dpi to save it), so tick labels, titles and the source line were
    laid out again and again with the CJK font, the largest part of drawing a chart. Agg's size of a
    text depends only on the text, the font properties, the resolution and the hinting setting, which
    is what this cache is keyed on; the charts come out byte for byte the same.
    """
    from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag

    measure = RendererAgg.get_text_width_height_descent
    if getattr(measure, "remembers_sizes", False):
        return
    sizes: dict = {}

    def get_text_width_height_descent(self, s, prop, ismath):
        key = (s, prop.copy(), ismath, self.dpi, get_hinting_flag())
        try:
            return sizes[key]
        except KeyError:
            if len(sizes) >= TEXT_SIZES_KEPT:
                sizes.clear()
            sizes[key] = size = measure(self, s, prop, ismath)
            return size

    get_text_width_height_descent.remembers_sizes = True
    RendererAgg.get_text_width_height_descent = get_text_width_height_descent


@lru_cache(maxsize=1)
def setup_style() -> str:
    """Register the CJK font and set the house style once per process; returns the font name."""
    _remember_text_sizes()
    font_manager.fontManager.addfont(font_path())
    name = font_manager.FontProperties(fname=font_path()).get_name()
    plt.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [name, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "figure.dpi": 100,
            "savefig.dpi": PNG_DPI,
            "savefig.bbox": "tight",
            "axes.titlesize": 13,
            # The shipped font has one weight; asking for bold would trigger a fallback warning.
            "axes.titleweight": "normal",
            "axes.labelsize": 11,
            "xtick.labelsize": 9.5,
            "ytick.labelsize": 9.5,
            "legend.fontsize": 9.5,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "zhnews",
            # PDF: Type 3 glyphs, subset and embedded. Type 42 cannot carry this CFF-flavoured .otf
            # font: matplotlib writes it, but readers flag "Mismatch between font type and embedded
            # font file" and may draw boxes (tests/test_charts.py checks what we write).
            "pdf.fonttype": 3,
        }
    )
    return name


def new_figure(height: float = 4.0, width: float = REPORT_WIDTH):
    setup_style()
    return plt.subplots(figsize=(width, height))


def reading_order_ticks(ax, labels, fontsize: float | None = None) -> None:
    """Label positions 0, step, 2·step … of the x axis with ``labels`` (paragraph ids in reading order).

    ``step`` is the smallest round step whose labels fit side by side in the axes' width at ``fontsize``:
    a 300-paragraph thread would otherwise print its three-digit ids on top of each other.
    Call it once the axes have their final width (after a colour bar is added). ``fontsize``: the style's
    tick size unless given.
    """
    if fontsize is None:
        fontsize = font_manager.FontProperties(size=plt.rcParams["xtick.labelsize"]).get_size_in_points()
    labels = [str(label) for label in labels]
    if not labels:
        return
    width_pt = ax.get_position().width * ax.figure.get_figwidth() * 72
    per_label = (max(map(len, labels)) * DIGIT_EM + LABEL_GAP_EM) * fontsize
    fits = max(1, int(width_pt // per_label))
    step = next((s for s in ROUND_STEPS if -(-len(labels) // s) <= fits), ROUND_STEPS[-1])
    positions = range(0, len(labels), step)
    ax.set_xticks(list(positions), [labels[i] for i in positions], fontsize=fontsize, rotation=0)


def source_line(meta: dict) -> str:
    parts = [meta.get("title") or "", meta.get("outlet") or "", meta.get("publish_date") or ""]
    return "来源 Source: " + " · ".join(p for p in parts if p)


def chart_formats() -> tuple[str, ...]:
    """PNG (200 dpi) always; SVG and PDF as well when the run asked for them.

    ``zhnews run --svg`` / ``--pdf`` set ``ZHNEWS_SVG=1`` / ``ZHNEWS_PDF=1``, which the notebooks'
    kernel inherits, so no notebook needs a parameter of its own for them. SVG is on request because
    encoding every chart a second time was a third of a report's chart time, for a format most
    readers of a report never open.
    """
    asked = {fmt for fmt in ("svg", "pdf") if os.environ.get(f"ZHNEWS_{fmt.upper()}") == "1"}
    return ("png", *(fmt for fmt in ("svg", "pdf") if fmt in asked))


def svg_fonttype() -> str:
    """How SVG charts carry their text: ``none`` (default) or ``path``.

    ``none`` keeps every label a ``<text>`` element with its font named (Noto Sans CJK SC, the
    same glyphs as Source Han Sans), so a designer can edit labels in Illustrator or Inkscape.
    ``ZHNEWS_SVG_TEXT=paths`` draws text as outlines instead: it looks right on a machine without
    the font, but nobody can edit it.
    """
    return "path" if os.environ.get("ZHNEWS_SVG_TEXT") == "paths" else "none"


def save_chart(fig, out_dir, name: str, meta: dict | None = None, formats=None) -> list[Path]:
    """Write ``charts/NAME.png`` (200 dpi), and ``.svg`` (text editable, see :func:`svg_fonttype`) / ``.pdf``
    when asked, into the run folder.

    A source line (article title, outlet, date) goes under the chart so an exported image keeps
    its provenance. Metadata dates are dropped so re-runs give identical files.
    """
    setup_style()
    crop = "tight"
    if meta:
        # Laid out at the resolution the PNG is drawn at, so drawing it finds every label already
        # measured (see _remember_text_sizes) instead of measuring them all again at another size.
        shown_dpi, fig.dpi = fig.dpi, plt.rcParams["savefig.dpi"]
        try:
            # Below everything already drawn (tick labels, axis label, rotated names), whatever the height.
            renderer = fig.canvas.get_renderer()
            drawn = fig.get_tightbbox(renderer)
            y = (drawn.y0 - 0.08) / fig.get_figheight()
            line = fig.text(0.01, y, source_line(meta), fontsize=8, color=MUTED, ha="left", va="top")
            # The tight crop is what was drawn plus the source line, known now: savefig need not lay the
            # whole figure out once more to find it (a third of a chart's time, the text being most of it).
            line_box = line.get_window_extent(renderer).transformed(fig.dpi_scale_trans.inverted())
            crop = Bbox.union([drawn, line_box]).padded(plt.rcParams["savefig.pad_inches"])
        finally:
            fig.dpi = shown_dpi
    charts = Path(out_dir) / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats or chart_formats():
        path = charts / f"{name}.{fmt}"
        if fmt == "png":
            # zlib's fastest level: the same pixels, files about a tenth larger, encoded in half the time.
            fig.savefig(path, format=fmt, bbox_inches=crop, metadata={"Software": None}, pil_kwargs={"compress_level": 1})
        else:
            with plt.rc_context({"svg.fonttype": svg_fonttype()}):
                fig.savefig(path, format=fmt, bbox_inches=crop,
                            metadata={"Date": None} if fmt == "svg" else {"CreationDate": None})
        written.append(path)
    return written


def show(fig, out_dir, name: str, meta: dict | None = None):
    """Save a chart into the run folder (see :func:`save_chart`), then show it in the notebook and free it.

    The one call a notebook's chart cell makes, so saving, displaying and closing stay in step. The
    notebook shows the PNG just written rather than the figure itself, which the inline backend would
    render and encode a second time.
    """
    save_chart(fig, out_dir, name, meta)
    plt.close(fig)
    _display_png(out_dir, name)


def show_saved(out_dir, name: str, meta: dict | None, draw) -> None:
    """Show ``charts/NAME.png`` as its stage notebook saved it; draw and save it first if it is missing.

    The report shows the stage charts without drawing them again; opened on its own, before the stage
    notebooks ran, it draws each chart once with ``draw()`` and saves it like the stage would.
    """
    if not (Path(out_dir) / "charts" / f"{name}.png").exists():
        fig = draw()
        save_chart(fig, out_dir, name, meta)
        plt.close(fig)
    _display_png(out_dir, name)


def _display_png(out_dir, name: str) -> None:
    from IPython.display import Image, display

    display(Image(filename=str(Path(out_dir) / "charts" / f"{name}.png"), width=int(REPORT_WIDTH * 100)))
