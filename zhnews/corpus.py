"""Comparing articles: the ``_corpus`` folder written after a run over several articles.

It reads each article's run folder (never the articles themselves) and writes:
- ``articles``: one row per article: slug, title, account, author, publish_date, encoding,
  n_paragraphs, n_body_paragraphs, n_body_chars, mean_sentiment (body paragraphs, length-weighted),
  top_keywords (top 8 of the combined ranking, joined by "；"), n_quantities, n_claims, n_checkworthy;
- ``keywords``: slug, keyword, weight, rank (whole-article combined ranking, top 30 per article);
- ``entities``: slug, entity, type, count;
- ``sentiment``: slug, para_id, score (paragraph level);
- ``quantities``: slug, kind, n.
Every table is sorted by slug then a stable key, so the corpus tables are byte-identical whatever
order or parallelism the articles were run in.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import io

CORPUS_FOLDER = "_corpus"
TOP_KEYWORDS = 30


def _combined_keywords(folder: Path) -> pd.DataFrame:
    keywords = io.read_table(folder, "keywords")
    whole = keywords[(keywords["method"] == "combined") & keywords["para_id"].isna()]
    return whole.sort_values(["rank", "keyword"]).head(TOP_KEYWORDS)


def _article_row(folder: Path) -> dict:
    meta = io.read_json(folder, "meta")
    paragraphs = io.read_table(folder, "paragraphs")
    body = paragraphs[paragraphs["role"] == "body"]
    sentiment = io.read_table(folder, "sentiment_paragraphs")
    sentiment = sentiment[sentiment["role"] == "body"]
    claims = io.read_table(folder, "claims")
    weights = sentiment["n_chars"].clip(lower=1)
    return {
        "slug": folder.name,
        "title": meta.get("title"),
        "account": meta.get("account"),
        "author": meta.get("author"),
        "publish_date": meta.get("publish_date"),
        "encoding": meta.get("encoding"),
        "n_paragraphs": len(paragraphs),
        "n_body_paragraphs": len(body),
        "n_body_chars": int(body["n_chars"].sum()),
        "mean_sentiment": float((sentiment["score"] * weights).sum() / weights.sum()) if len(sentiment) else None,
        "top_keywords": "；".join(_combined_keywords(folder)["keyword"].head(8)),
        "n_quantities": len(io.read_table(folder, "quantities")),
        "n_claims": len(claims),
        "n_checkworthy": int(claims["checkworthy"].sum()),
    }


def _stacked(folders, build) -> pd.DataFrame:
    frames = [build(folder).assign(slug=folder.name) for folder in folders]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table[["slug", *[c for c in table.columns if c != "slug"]]]


def corpus_tables(folders) -> dict[str, pd.DataFrame]:
    folders = sorted((Path(f) for f in folders), key=lambda f: f.name)
    return {
        "articles": pd.DataFrame([_article_row(f) for f in folders]),
        "keywords": _stacked(folders, lambda f: _combined_keywords(f)[["keyword", "weight", "rank"]]),
        "entities": _stacked(
            folders,
            lambda f: io.read_table(f, "entities")[["entity", "type", "count"]].sort_values(["count", "entity"], ascending=[False, True]),
        ),
        "sentiment": _stacked(folders, lambda f: io.read_table(f, "sentiment_paragraphs")[["para_id", "score"]]),
        "quantities": _stacked(
            folders,
            lambda f: io.read_table(f, "quantities").groupby("kind").size().rename("n").reset_index(),
        ),
    }


def write_corpus(folders, out_dir) -> dict[str, pd.DataFrame]:
    tables = corpus_tables(folders)
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables


def keyword_overlap(keywords: pd.DataFrame) -> pd.DataFrame:
    """Jaccard overlap of the articles' top keywords: 1 = same keywords, 0 = none shared."""
    sets = {slug: set(group["keyword"]) for slug, group in keywords.groupby("slug", sort=True)}
    slugs = sorted(sets)
    return pd.DataFrame(
        [[len(sets[a] & sets[b]) / max(1, len(sets[a] | sets[b])) for b in slugs] for a in slugs],
        index=slugs, columns=slugs,
    )


def shared_entities(entities: pd.DataFrame, min_articles: int = 2) -> pd.DataFrame:
    """Entities named in at least ``min_articles`` articles, as an entity × article count matrix."""
    matrix = entities.pivot_table(index="entity", columns="slug", values="count", aggfunc="sum", fill_value=0)
    present = (matrix > 0).sum(axis=1)
    matrix = matrix[present >= min_articles]
    order = pd.DataFrame({"entity": matrix.index, "n": present[present >= min_articles].values, "total": matrix.sum(axis=1).values})
    order = order.sort_values(["n", "total", "entity"], ascending=[False, False, True])
    return matrix.loc[order["entity"]]


def _article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """Short chart labels: the title cut to 14 characters, or the slug when there is no title."""
    return {
        row.slug: (row.title[:14] + "…" if isinstance(row.title, str) and len(row.title) > 14 else row.title or row.slug)
        for row in articles.itertuples()
    }


def overlap_chart(keywords: pd.DataFrame, articles: pd.DataFrame):
    from .charts import new_figure

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
    from .charts import new_figure

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
    from .charts import new_figure

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
