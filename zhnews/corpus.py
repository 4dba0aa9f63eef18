"""Comparing articles: the ``_corpus`` folder written after a run over several articles.

It reads each article's run folder (never the articles themselves) and writes:
- ``articles``: one row per article: slug, title, outlet, author, publish_date, encoding,
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
        "outlet": meta.get("outlet"),
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
