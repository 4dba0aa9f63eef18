"""Charts of the keywords stage: top keywords, word cloud, where keywords occur, co-occurrence, agreement."""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from types import SimpleNamespace

import networkx as nx
import numpy as np
import pandas as pd

from ..keywords import COOCCURRENCE_TOP, top_keywords
from .charts import font_path, new_figure, reading_order_ticks, setup_style
from .palette import ROLE


def bar_chart(keywords: pd.DataFrame, n: int = 20, method: str = "combined"):
    """Horizontal bars of the top ``n`` keywords with their weights written at the bar ends."""
    top = top_keywords(keywords, n, method)
    fig, ax = new_figure(height=0.28 * len(top) + 1.2)
    ax.barh(top["keyword"][::-1], top["weight"][::-1], color=ROLE["body"])
    for y, weight in enumerate(top["weight"][::-1]):
        ax.text(weight, y, f" {weight:.3f}", va="center", fontsize=8)
    ax.set_title(f"关键词 Top {len(top)} · Top keywords ({method})")
    ax.set_xlabel("权重 Weight")
    ax.set_ylabel("关键词 Keyword")
    ax.set_xlim(0, top["weight"].max() * 1.15 if len(top) else 1)
    return fig


# Font sizes kept loaded: wordcloud tries sizes in falling order, so the last two serve half its calls.
# Each loaded size of the CJK font holds about 2 MB; keeping every size would hold hundreds of MB.
FONT_SIZES_KEPT = 2


@lru_cache(maxsize=FONT_SIZES_KEPT)
def _truetype(path: str, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


@contextmanager
def _fonts_loaded_once():
    """wordcloud's ``PIL.ImageFont``, while the block runs, reusing the font sizes loaded last.

    wordcloud loads the 16 MB CJK font again for every size it tries, some 600 times per cloud, half of
    them the size it just loaded; a loaded font is never changed, so those reuse it (a tenth of a second).
    """
    import wordcloud.wordcloud
    from PIL import ImageFont

    wordcloud.wordcloud.ImageFont = SimpleNamespace(truetype=_truetype, TransposedFont=ImageFont.TransposedFont)
    try:
        yield
    finally:
        wordcloud.wordcloud.ImageFont = ImageFont


def word_cloud(frequencies: dict[str, int], max_words: int = 150, seed: int = 7):
    """A word cloud of content-word frequencies, drawn with the shipped CJK font (deterministic)."""
    from wordcloud import WordCloud

    # Laid out on a 700×400 canvas and drawn at twice that size: the same 1400×800 picture, while the
    # layout, whose cost grows with the canvas area, takes a third of the time.
    with _fonts_loaded_once():
        picture = WordCloud(
            font_path=font_path(),
            width=700,
            height=400,
            scale=2,
            background_color="white",
            max_words=max_words,
            random_state=seed,
            colormap="viridis",
        ).generate_from_frequencies(frequencies).to_array()
    fig, ax = new_figure(height=4.2)
    ax.imshow(picture, interpolation="bilinear")
    ax.set_axis_off()
    ax.set_title("词云 · Word cloud (字号 = 词频 size = frequency)")
    return fig


def heatmap_chart(positions: pd.DataFrame):
    """Keyword × paragraph heat map: where in the article each top keyword occurs."""
    fig, ax = new_figure(height=0.32 * len(positions) + 1.6)
    image = ax.imshow(positions.to_numpy(), aspect="auto", cmap="Blues", interpolation="nearest")
    ax.set_yticks(range(len(positions)), positions.index)
    ax.set_xlabel("段落编号（阅读顺序）Paragraph id, in reading order")
    ax.set_ylabel("关键词 Keyword")
    ax.set_title("关键词分布 · Where the top keywords occur")
    fig.colorbar(image, ax=ax, label="出现次数 Occurrences", shrink=0.8)
    reading_order_ticks(ax, positions.columns)
    return fig


def network_chart(cooccurrence_table: pd.DataFrame, keywords: pd.DataFrame, seed: int = 7):
    """Co-occurrence network of the top keywords: node size = weight, edge width = shared sentences."""
    top = top_keywords(keywords, COOCCURRENCE_TOP)
    graph = nx.Graph()
    graph.add_nodes_from(top["keyword"])
    for row in cooccurrence_table.itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=row.weight)
    layout = nx.spring_layout(graph, seed=seed, k=1.2 / np.sqrt(max(len(graph), 1)), weight="weight")
    fig, ax = new_figure(height=6.0)
    sizes = dict(zip(top["keyword"], top["weight"]))
    widths = [0.6 + 1.4 * graph.edges[e]["weight"] / max(cooccurrence_table["weight"].max(), 1) for e in graph.edges]
    nx.draw_networkx_edges(graph, layout, ax=ax, width=widths, edge_color="#9aa7b5", alpha=0.7)
    nx.draw_networkx_nodes(
        graph, layout, ax=ax, node_size=[200 + 1600 * sizes[n] for n in graph.nodes], node_color=ROLE["body"], alpha=0.35
    )
    nx.draw_networkx_labels(graph, layout, ax=ax, font_family=setup_style(), font_size=9)
    ax.set_title("关键词共现网络 · Keywords that share sentences")
    ax.set_xlabel("节点大小 = 关键词权重，连线粗细 = 共现句数 · node size = weight, line width = sentences")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines[["left", "bottom"]].set_visible(False)
    return fig


def agreement_chart(keywords: pd.DataFrame, n: int = 20):
    """TF-IDF rank (left) against TextRank rank (right); a line joins a keyword both methods rank."""
    tfidf = list(top_keywords(keywords, n, "tfidf")["keyword"])
    textrank = list(top_keywords(keywords, n, "textrank")["keyword"])
    shared = set(tfidf) & set(textrank)
    fig, ax = new_figure(height=0.3 * n + 1.4, width=6.0)
    for rank, word in enumerate(tfidf):
        ax.text(0, -rank, word + " ", ha="right", va="center", fontsize=9, color="#222" if word in shared else "#999")
    for rank, word in enumerate(textrank):
        ax.text(1, -rank, " " + word, ha="left", va="center", fontsize=9, color="#222" if word in shared else "#999")
    for word in sorted(shared, key=tfidf.index):  # in rank order: a set's order changes the PNG from run to run
        ax.plot([0, 1], [-tfidf.index(word), -textrank.index(word)], color=ROLE["body"], alpha=0.6)
    ax.set_xlim(-0.6, 1.6)
    ax.set_ylim(-n + 0.3, 0.9)
    ax.set_xticks([0, 1], ["TF-IDF", "TextRank"])
    ax.set_yticks([-r for r in range(0, n, 5)], [str(r + 1) for r in range(0, n, 5)])
    ax.set_ylabel("排名 Rank")
    ax.set_title(f"两种方法的一致性 · TF-IDF vs TextRank: {len(shared)}/{n} shared")
    ax.spines[["left", "bottom"]].set_visible(False)
    return fig
