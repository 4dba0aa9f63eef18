"""Charts comparing the articles of a folder run."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .. import vocab
from ..corpus import keyword_overlap, shared_entities
from .charts import new_figure
from .palette import CLAIM_TYPE, MUTED, QUANTITY_KIND, SENTIMENT, SERIES


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


# Charts of the corpus dataset (notebook 06_corpus), drawn from zhnews.trends tables.


def _empty_note(ax, zh: str, en: str) -> None:
    ax.text(0.5, 0.5, f"{zh}\n{en}", ha="center", va="center", color=MUTED)
    ax.set_axis_off()


OTHER_OUTLETS = "其他 other"


def _outlet_colours(outlets) -> dict:
    """A series colour per named outlet; the grouped rest and the unknown outlet in greys."""
    from ..trends import UNKNOWN_OUTLET

    named = sorted(o for o in outlets if o not in (OTHER_OUTLETS, UNKNOWN_OUTLET))
    colours = {outlet: SERIES[i % len(SERIES)] for i, outlet in enumerate(named)}
    return {**colours, OTHER_OUTLETS: "#c8c8c8", UNKNOWN_OUTLET: MUTED}


def articles_over_time_chart(by_month: pd.DataFrame, top_outlets: int = len(SERIES)):
    """Stacked bars: articles per month, one colour per outlet (the rest grouped as 其他 other)."""
    fig, ax = new_figure()
    if by_month.empty:
        _empty_note(ax, "语料中没有文章", "No articles in the corpus")
        return fig
    biggest = by_month.groupby("outlet")["n_articles"].sum().sort_values(ascending=False).head(top_outlets).index
    table = by_month.assign(outlet=by_month["outlet"].where(by_month["outlet"].isin(biggest), OTHER_OUTLETS))
    table = table.pivot_table(index="month", columns="outlet", values="n_articles", aggfunc="sum", fill_value=0)
    colours = _outlet_colours(table.columns)
    table.plot.bar(stacked=True, ax=ax, color=[colours[c] for c in table.columns], width=0.8)
    ax.set_title("各月文章数 · Articles per month, by outlet")
    ax.set_xlabel("月份 · month")
    ax.set_ylabel("文章数 · articles")
    ax.legend(title="媒体 outlet", frameon=False, bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return fig


def keyword_trends_chart(trends: pd.DataFrame):
    """Horizontal bars: change in the share of articles with each keyword, rising up, falling down."""
    fig, ax = new_figure(height=max(3.0, 0.32 * len(trends) + 1.8))
    if trends.empty:
        _empty_note(ax, "有日期的文章不足两个月，无法比较", "Dated articles span fewer than two months")
        return fig
    ordered = trends.sort_values("change")
    colours = [SENTIMENT["positive"] if c > 0 else SENTIMENT["negative"] for c in ordered["change"]]
    ax.barh(ordered["keyword"], ordered["change"] * 100, color=colours)
    ax.axvline(0, color=MUTED, linewidth=0.8)
    ax.set_title("关键词升降 · Keywords rising and falling")
    ax.set_xlabel("含该关键词的文章比例变化（百分点，后半期 − 前半期）· change in share of articles, points")
    ax.set_ylabel("关键词 · keyword")
    return fig


def sentiment_by_outlet_chart(article_scores: pd.DataFrame, top_outlets: int = 12):
    """One box per outlet: the spread of its articles' body sentiment."""
    counts = article_scores["outlet"].value_counts()
    names = sorted(counts.head(top_outlets).index, key=lambda o: (-counts[o], o))
    fig, ax = new_figure(height=max(3.0, 0.45 * len(names) + 1.5))
    if not names:
        _empty_note(ax, "没有可评分的正文段落", "No scored body paragraphs")
        return fig
    ax.boxplot([article_scores.loc[article_scores["outlet"] == o, "score"] for o in names], vert=False)
    ax.set_yticks(range(1, len(names) + 1), [f"{o}（{counts[o]}）" for o in names])
    ax.axvline(0, color=MUTED, linewidth=0.8)
    ax.set_xlim(-1, 1)
    ax.set_title("各媒体文章情感 · Article sentiment by outlet")
    ax.set_xlabel("文章正文情感（-1 负面 … 1 正面）· body sentiment per article")
    ax.set_ylabel("媒体（文章数）· outlet (articles)")
    return fig


def cited_sources_chart(sources: pd.DataFrame):
    """Horizontal bars: claims attributed to each source, most-cited on top."""
    fig, ax = new_figure(height=max(3.0, 0.32 * len(sources) + 1.8))
    if sources.empty:
        _empty_note(ax, "没有注明来源的说法", "No claim names a source")
        return fig
    ordered = sources.iloc[::-1]
    ax.barh(ordered["source"], ordered["n_claims"], color=CLAIM_TYPE["attributed"])
    for y, (n_claims, n_articles) in enumerate(zip(ordered["n_claims"], ordered["n_articles"])):
        ax.text(n_claims, y, f" {n_articles} 篇", va="center", fontsize=8, color=MUTED)
    ax.set_title("被引用最多的来源 · Most-cited sources")
    ax.set_xlabel("说法数（标注：文章数）· claims attributed (label: articles)")
    ax.set_ylabel("来源 · source")
    return fig


def figure_kinds_chart(shares: pd.DataFrame, top_outlets: int = 12):
    """Stacked horizontal bars: each outlet's figures by kind, as shares; most figures on top."""
    table = shares.head(top_outlets).iloc[::-1]
    fig, ax = new_figure(height=max(3.0, 0.45 * len(table) + 1.5))
    if table.empty:
        _empty_note(ax, "没有找到数字", "No figures found")
        return fig
    kinds = [k for k in QUANTITY_KIND if k in table.columns]
    kinds += [k for k in table.columns if k not in QUANTITY_KIND and k != "n_figures"]
    labelled = table[kinds].rename(index=lambda outlet: f"{outlet}（{table.loc[outlet, 'n_figures']}）")
    labelled.plot.barh(stacked=True, ax=ax, width=0.75, color=[QUANTITY_KIND.get(k, MUTED) for k in kinds])
    ax.set_xlim(0, 1)
    ax.set_title("各媒体的数字类型 · Kinds of figures by outlet")
    ax.set_xlabel("占该媒体数字的比例 · share of the outlet's figures")
    ax.set_ylabel("媒体（数字个数）· outlet (figures)")
    ax.legend(title="类型 kind", frameon=False, bbox_to_anchor=(1.0, 1.0), loc="upper left")
    return fig
