"""Charts of the sentiment stage: the arc through the article, method against method, the actors."""

from __future__ import annotations

import math

import pandas as pd

from ..sentiment import LABELS, MAX_ARC_TICKS, NEUTRAL_BAND, label_for
from .charts import new_figure
from .palette import SENTIMENT


def arc_chart(paragraphs: pd.DataFrame, title: str = "情感走向 · Sentiment arc"):
    """One bar per scored paragraph in reading order, coloured by label, spread as error bars."""
    fig, ax = new_figure(3.8)
    order = range(len(paragraphs))
    ax.axhspan(-NEUTRAL_BAND["score"], NEUTRAL_BAND["score"], color=SENTIMENT["neutral"], alpha=0.18,
               label="中性带 neutral band", zorder=0)
    ax.bar(order, paragraphs["score"], color=[SENTIMENT[x] for x in paragraphs["label"]],
           yerr=paragraphs["spread"], error_kw={"elinewidth": 0.8, "ecolor": "#555555", "capsize": 2})
    for i, flagged in zip(order, paragraphs["disagree"]):
        if flagged:
            ax.annotate("≠", (i, 0), ha="center", va="center", fontsize=11, color="#333333")
    ax.axhline(0, color="#333333", linewidth=0.6)
    step = max(1, math.ceil(len(paragraphs) / MAX_ARC_TICKS))  # long articles: label every step-th bar
    ax.set_xticks(list(order)[::step], [str(p) for p in paragraphs["para_id"]][::step], fontsize=8)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("段落（阅读顺序，para_id）· Paragraph in reading order")
    ax.set_ylabel("情感得分 · Score (−1..1)")
    ax.set_title(title)
    ax.legend(loc="lower right", frameon=False)
    return fig


def method_scatter(sentiment: pd.DataFrame, title: str = "两种方法对比 · SnowNLP vs lexicon, per sentence"):
    fig, ax = new_figure(4.6, width=5.6)
    for name in LABELS:
        part = sentiment[sentiment["label"] == name]
        ax.scatter(part["lexicon_score"], part["snownlp_score"], s=22, alpha=0.75,
                   color=SENTIMENT[name], label=name)
    ax.axvspan(-NEUTRAL_BAND["lexicon_score"], NEUTRAL_BAND["lexicon_score"], color="#dddddd", alpha=0.5, zorder=0)
    ax.axhspan(-NEUTRAL_BAND["snownlp_score"], NEUTRAL_BAND["snownlp_score"], color="#dddddd", alpha=0.5, zorder=0)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("词典得分 · Lexicon score")
    ax.set_ylabel("SnowNLP 得分 · SnowNLP score (per token)")
    ax.set_title(title)
    ax.legend(title="综合标签 label", frameon=False, loc="lower right")
    return fig


def entity_chart(entities: pd.DataFrame, title: str = "主要对象的情感 · Sentiment by actor"):
    """Mean score of the sentences that mention each actor, ± their standard deviation."""
    shown = entities.sort_values(["mean", "entity"], kind="stable")
    fig, ax = new_figure(max(2.4, 0.38 * len(shown) + 1.2))
    colours = [SENTIMENT[label_for(m, NEUTRAL_BAND["score"])] for m in shown["mean"]]
    ax.barh(range(len(shown)), shown["mean"], xerr=shown["std"], color=colours,
            error_kw={"elinewidth": 0.8, "ecolor": "#555555", "capsize": 2})
    ax.set_yticks(range(len(shown)), [f"{e}（{n}句）" for e, n in zip(shown["entity"], shown["n_sentences"])])
    ax.axvspan(-NEUTRAL_BAND["score"], NEUTRAL_BAND["score"], color=SENTIMENT["neutral"], alpha=0.18, zorder=0)
    ax.axvline(0, color="#333333", linewidth=0.6)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("提及该对象的句子平均得分 ± 标准差 · Mean score ± std of sentences mentioning it")
    ax.set_ylabel("对象 · Actor")
    ax.set_title(title)
    return fig
