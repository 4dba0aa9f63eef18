"""The timeline a designer would accept: axis over the dates shown, same-day events stacked, no label
under a range bar, labels cut between words. The article below is written for the test."""

from datetime import date

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.transforms import Bbox

from zhnews.viz.claims import plot_timeline

SENTENCES = [
    "2024年3月1日，工厂开始生产新型电池和太阳能面板并出口欧洲。",
    "2024年3月1日，市政府宣布补贴计划。",
    "2024年3月至6月，工厂扩建第二条生产线。",
    "2024年12月，新厂房正式投入使用。",
]


def _quantity(q_id, sent_id, text, value, value_high=""):
    start = SENTENCES[sent_id].index(text)
    return {"q_id": q_id, "sent_id": sent_id, "text": text, "kind": "date", "value": value, "value_high": value_high,
            "note": "", "inferred": False, "start": start, "end": start + len(text)}


QUANTITIES = pd.DataFrame([
    _quantity(0, 0, "2024年3月1日", "2024-03-01"),
    _quantity(1, 1, "2024年3月1日", "2024-03-01"),
    _quantity(2, 2, "2024年3月至6月", "2024-03", "2024-06"),
    _quantity(3, 3, "2024年12月", "2024-12"),
])


def test_timeline_layout():
    fig = plot_timeline(QUANTITIES, pd.DataFrame({"sent_id": range(len(SENTENCES)), "text": SENTENCES}))
    ax = fig.axes[0]
    low, high = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert date(2024, 1, 1) < low <= date(2024, 3, 1) and date(2024, 12, 15) <= high < date(2025, 2, 1)
    labels = [text.get_text() for text in ax.texts]
    # Three rows: the two events of 1 March share one, stacked; the range 3-6月 has its own.
    assert len(labels) == 3
    assert labels[0] == "2024年3月1日 · 工厂开始生产新型电池和太阳能面板…\n2024年3月1日 · 市政府宣布补贴计划"
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    (bar,) = ax.collections  # the one range bar, March to June
    (segment,) = bar.get_segments()
    bar_box = Bbox(ax.transData.transform(segment)).expanded(1.0, 1.0).padded(2)  # plus the line's width
    assert not any(text.get_window_extent(renderer).overlaps(bar_box) for text in ax.texts)
    plt.close(fig)
