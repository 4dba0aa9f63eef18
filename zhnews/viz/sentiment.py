"""Charts of the sentiment stage: the arc through the article, method against method, the actors.

The neutral bands drawn are the ones the stage uses (stored in the model file, see
``zhnews.sentiment.neutral_bands``); paragraph bars use every paragraph label, ``mixed`` included.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.patches import Patch

from ..sentiment import LABELS, label_for, neutral_bands
from ..vocab import SENTIMENT_LABELS
from .charts import new_figure, reading_order_ticks
from .palette import SENTIMENT


def arc_chart(paragraphs: pd.DataFrame, title: str = "情感走向 · Sentiment arc"):
    """One bar per scored paragraph in reading order, coloured by label, spread as error bars."""
    fig, ax = new_figure(3.8)
    order = range(len(paragraphs))
    band = neutral_bands()["score"]
    ax.axhspan(-band, band, color=SENTIMENT["neutral"], alpha=0.18,
               label="中性带 neutral band", zorder=0)
    ax.bar(order, paragraphs["score"], color=[SENTIMENT[x] for x in paragraphs["label"]],
           yerr=paragraphs["spread"], error_kw={"elinewidth": 0.8, "ecolor": "#555555", "capsize": 2})
    for i, flagged in zip(order, paragraphs["disagree"]):
        if flagged:
            ax.annotate("≠", (i, 0), ha="center", va="center", fontsize=11, color="#333333")
    ax.axhline(0, color="#333333", linewidth=0.6)
    reading_order_ticks(ax, paragraphs["para_id"], fontsize=8)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("段落（阅读顺序，para_id）· Paragraph in reading order")
    ax.set_ylabel("情感得分 · Score (−1..1)")
    ax.set_title(title)
    present = [name for name in SENTIMENT_LABELS if name in set(paragraphs["label"])]
    handles = [Patch(color=SENTIMENT[name], label=SENTIMENT_LABELS[name]) for name in present]
    # Below the axis label, outside the axes: inside, it covered the bars and error bars of negative paragraphs.
    ax.legend(handles=[*ax.get_legend_handles_labels()[0], *handles], loc="upper center", bbox_to_anchor=(0.5, -0.2),
              frameon=False, fontsize=8, ncol=len(handles) + 1)
    return fig


def method_scatter(sentiment: pd.DataFrame, title: str = "两种看法对比 · News stance vs SnowNLP, per sentence"):
    """The stance rules against SnowNLP, the independent second opinion; colour: the combined label."""
    fig, ax = new_figure(4.6, width=5.6)
    bands = neutral_bands()
    for name in LABELS:
        part = sentiment[sentiment["label"] == name]
        ax.scatter(part["stance_score"], part["snownlp_score"], s=22, alpha=0.75,
                   color=SENTIMENT[name], label=name)
    ax.axvspan(-bands["stance_score"], bands["stance_score"], color="#dddddd", alpha=0.5, zorder=0)
    ax.axhspan(-bands["snownlp_score"], bands["snownlp_score"], color="#dddddd", alpha=0.5, zorder=0)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("新闻立场得分 · News-stance score")
    ax.set_ylabel("SnowNLP 得分 · SnowNLP score (per token)")
    ax.set_title(title)
    ax.legend(title="综合标签 label", frameon=False, loc="lower right")
    return fig


def entity_chart(entities: pd.DataFrame, title: str = "主要对象的情感 · Sentiment by actor"):
    """Mean score of the sentences that mention each actor, ± their standard deviation."""
    shown = entities.sort_values(["mean", "entity"], kind="stable")
    fig, ax = new_figure(max(2.4, 0.38 * len(shown) + 1.2))
    band = neutral_bands()["score"]
    colours = [SENTIMENT[label_for(m, band)] for m in shown["mean"]]
    ax.barh(range(len(shown)), shown["mean"], xerr=shown["std"], color=colours,
            error_kw={"elinewidth": 0.8, "ecolor": "#555555", "capsize": 2})
    ax.set_yticks(range(len(shown)), [f"{e}（{n}句）" for e, n in zip(shown["entity"], shown["n_sentences"])])
    ax.axvspan(-band, band, color=SENTIMENT["neutral"], alpha=0.18, zorder=0)
    ax.axvline(0, color="#333333", linewidth=0.6)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("提及该对象的句子平均得分 ± 标准差 · Mean score ± std of sentences mentioning it")
    ax.set_ylabel("对象 · Actor")
    ax.set_title(title)
    return fig
