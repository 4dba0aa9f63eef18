"""Charts comparing the articles of a folder run."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import vocab
from ..corpus import keyword_overlap, shared_entities
from .charts import new_figure
from .palette import QUANTITY_KIND


def _article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Short chart labels: the title cut to 14 characters, or the slug when there is no title."""
    return {
        row.slug: (row.title[:14] + "…" if isinstance(row.title, str) and len(row.title) > 14 else row.title or row.slug)
        for row in articles.itertuples()
    }


def corpus_meta(articles: pd.DataFrame) -> dict:
    """What a corpus chart's source line names: the articles' titles when few, else how many there are."""
    titles = [title or slug for slug, title in zip(articles["slug"], articles["title"])]
    listed = "；".join(titles) if len(titles) <= 3 else f"{len(titles)} 篇文章 · {len(titles)} articles"
    return {"title": f"zhnews 文章对比 · {listed}"}


def overlap_chart(keywords: pd.DataFrame, articles: pd.DataFrame):
    """Jaccard overlap of every pair; the diagonal (an article with itself, always 1) is blank.

    The colour scale runs from 0 to the largest overlap between two *different* articles, so a
    pair sharing a fifth of its keywords is not washed out by the diagonal's ones.
    """
    overlap = keyword_overlap(keywords)
    labels = _article_labels(articles)
    pairs = overlap.mask(np.eye(len(overlap), dtype=bool))
    top = float(np.nanmax(pairs.values)) if len(overlap) > 1 else 0.0
    size = max(4.0, 0.55 * len(overlap) + 2)
    fig, ax = new_figure(height=size, width=size + 1.5)
    cmap = plt.get_cmap("Blues").copy()
    cmap.set_bad("#f0f0f0")
    image = ax.imshow(pairs.values, cmap=cmap, vmin=0, vmax=max(top, 0.05))
    if len(overlap) <= 12:  # the values themselves, while the cells are big enough to hold them
        for (row, col), value in np.ndenumerate(pairs.values):
            if not np.isnan(value):
                dark = value > 0.6 * max(top, 0.05)
                ax.text(col, row, f"{value:.2f}", ha="center", va="center", fontsize=8, color="white" if dark else "#222222")
    ticks = [labels.get(slug, slug) for slug in overlap.index]
    ax.set_xticks(range(len(ticks)), ticks, rotation=45, ha="right")
    ax.set_yticks(range(len(ticks)), ticks)
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, label="Jaccard 重合度 · overlap", shrink=0.8)
    ax.set_title("关键词重合度 · Keyword overlap between articles")
    ax.set_xlabel("文章 · article")
    ax.set_ylabel("文章 · article")
    return fig


def _one_row_per_article(n_articles: int):
    """A figure tall enough for one labelled row per article, its y axis named."""
    fig, ax = new_figure(height=max(3.5, 0.45 * n_articles + 1.5))
    ax.set_ylabel("文章 · article")
    return fig, ax


def sentiment_chart(sentiment: pd.DataFrame, articles: pd.DataFrame):
    labels = _article_labels(articles)
    slugs = sorted(sentiment["slug"].unique())
    fig, ax = _one_row_per_article(len(slugs))
    ax.boxplot([sentiment.loc[sentiment["slug"] == s, "score"] for s in slugs], vert=False)
    ax.set_yticks(range(1, len(slugs) + 1), [labels.get(s, s) for s in slugs])
    ax.invert_yaxis()  # articles top to bottom in the order of the overlap matrix
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_title("各文章段落情感分布 · Paragraph sentiment per article")
    ax.set_xlabel("情感分数（-1 负面 … 1 正面）· score")
    return fig


def quantities_chart(quantities: pd.DataFrame, articles: pd.DataFrame):
    labels = _article_labels(articles)
    table = quantities.pivot_table(index="slug", columns="kind", values="n", aggfunc="sum", fill_value=0)
    kinds = [k for k in vocab.QUANTITY_KINDS if k in table.columns]  # the palette's order and colours
    fig, ax = _one_row_per_article(len(table))
    table[kinds].rename(index=labels, columns=vocab.QUANTITY_KINDS).plot.barh(stacked=True, ax=ax, color=[QUANTITY_KIND[k] for k in kinds], width=0.75)
    ax.invert_yaxis()
    ax.set_ylabel("文章 · article")  # pandas names the axis after the index ("slug")
    ax.set_title("各文章的数字 · Quantities per article, by kind")
    ax.set_xlabel("数量 · number of figures")
    ax.legend(title="类型 kind", frameon=False, bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return fig


def shared_entities_chart(entities: pd.DataFrame, articles: pd.DataFrame, top: int = 20):
    matrix = shared_entities(entities).head(top)
    labels = _article_labels(articles)
    fig, ax = new_figure(height=max(3.0, 0.35 * len(matrix) + 2))
    if matrix.empty:
        ax.text(0.5, 0.5, "没有被两篇以上文章共同提到的实体\nNo entity is shared by two articles", ha="center", va="center")
        ax.set_axis_off()
    else:
        image = ax.imshow(matrix.values, cmap="Oranges", aspect="auto")
        # The counts themselves: one much-named entity (中国) would otherwise leave the rest pale.
        for (row, col), value in np.ndenumerate(matrix.values):
            if value:
                dark = value > 0.6 * matrix.values.max()
                ax.text(col, row, str(int(value)), ha="center", va="center", fontsize=8, color="white" if dark else "#222222")
        ax.set_xticks(range(matrix.shape[1]), [labels.get(s, s) for s in matrix.columns], rotation=45, ha="right")
        ax.set_yticks(range(matrix.shape[0]), matrix.index)
        fig.colorbar(image, ax=ax, label="提及次数 · mentions")
        ax.set_xlabel("文章 · article")
        ax.set_ylabel("实体 · entity")
    ax.set_title("共同提到的实体 · Entities shared across articles")
    return fig
