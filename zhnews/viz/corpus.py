"""Charts comparing the articles of a folder run."""

from __future__ import annotations

import pandas as pd

from ..corpus import keyword_overlap, shared_entities
from .charts import new_figure


def _article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Short chart labels: the title cut to 14 characters, or the slug when there is no title."""
    return {
        row.slug: (row.title[:14] + "…" if isinstance(row.title, str) and len(row.title) > 14 else row.title or row.slug)
        for row in articles.itertuples()
    }


def overlap_chart(keywords: pd.DataFrame, articles: pd.DataFrame):
    overlap = keyword_overlap(keywords)
    labels = _article_labels(articles)
    size = max(4.0, 0.55 * len(overlap) + 2)
    fig, ax = new_figure(height=size, width=size + 1.5)
    image = ax.imshow(overlap.values, cmap="Blues", vmin=0, vmax=1)
    ticks = [labels.get(slug, slug) for slug in overlap.index]
    ax.set_xticks(range(len(ticks)), ticks, rotation=45, ha="right")
    ax.set_yticks(range(len(ticks)), ticks)
    fig.colorbar(image, ax=ax, label="Jaccard 重合度 · overlap")
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
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_title("各文章段落情感分布 · Paragraph sentiment per article")
    ax.set_xlabel("情感分数（-1 负面 … 1 正面）· score")
    return fig


def quantities_chart(quantities: pd.DataFrame, articles: pd.DataFrame):
    labels = _article_labels(articles)
    table = quantities.pivot_table(index="slug", columns="kind", values="n", aggfunc="sum", fill_value=0)
    fig, ax = _one_row_per_article(len(table))
    table.rename(index=labels).plot.barh(stacked=True, ax=ax, colormap="tab20", width=0.75)
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
        ax.set_xticks(range(matrix.shape[1]), [labels.get(s, s) for s in matrix.columns], rotation=45, ha="right")
        ax.set_yticks(range(matrix.shape[0]), matrix.index)
        fig.colorbar(image, ax=ax, label="提及次数 · mentions")
        ax.set_xlabel("文章 · article")
        ax.set_ylabel("实体 · entity")
    ax.set_title("共同提到的实体 · Entities shared across articles")
    return fig
