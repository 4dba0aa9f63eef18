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

from . import io, lexicon

CORPUS_FOLDER = "_corpus"
TOP_KEYWORDS = 30


# What the comparison reads of each article: these columns of these tables, each table read once per
# article and only these columns (a paragraphs table carries the article's whole text, never used here).
READ_COLUMNS = {
    "paragraphs": ["role", "n_chars"],
    "sentiment_paragraphs": ["para_id", "role", "n_chars", "score"],
    "claims": ["checkworthy"],
    "quantities": ["kind"],
    "keywords": ["keyword", "method", "para_id", "weight", "rank"],
    "entities": ["entity", "type", "count"],
}


def compared_tables(folder, article=None) -> dict:
    """What the comparison reads of one article: the READ_COLUMNS of its tables, its combined keyword
    ranking (two tables use it) and, under ``"meta"``, its meta.json.

    ``article``: the article's :class:`~zhnews.article_tables.ArticleTables` when the caller has read
    the folder already (a batch reads every folder back for the corpus dataset just before), so the
    folder is not read a second time; the same columns of the same Parquet files either way.
    """
    if article is None:
        tables = {name: io.read_table(folder, name, columns) for name, columns in READ_COLUMNS.items()}
        tables["meta"] = io.read_json(folder, "meta")
    else:
        tables = {name: article.tables[name][columns] for name, columns in READ_COLUMNS.items()}
        tables["meta"] = article.meta
    tables["combined_keywords"] = _combined_keywords(tables["keywords"])
    return tables


def _combined_keywords(keywords: pd.DataFrame) -> pd.DataFrame:
    whole = keywords[(keywords["method"] == "combined") & keywords["para_id"].isna()]
    return whole.sort_values(["rank", "keyword"]).head(TOP_KEYWORDS)


def _article_row(folder: Path, tables: dict) -> dict:
    meta = tables["meta"]
    paragraphs = tables["paragraphs"]
    body = paragraphs[paragraphs["role"] == "body"]
    sentiment = tables["sentiment_paragraphs"]
    sentiment = sentiment[sentiment["role"] == "body"]
    claims = tables["claims"]
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
        "top_keywords": "；".join(tables["combined_keywords"]["keyword"].head(8)),
        "n_quantities": len(tables["quantities"]),
        "n_claims": len(claims),
        "n_checkworthy": int(claims["checkworthy"].sum()),
    }


def _stacked(articles: dict, build) -> pd.DataFrame:
    frames = [build(tables).assign(slug=folder.name) for folder, tables in articles.items()]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return table[["slug", *[c for c in table.columns if c != "slug"]]]


def corpus_tables(folders, compared: dict | None = None) -> dict[str, pd.DataFrame]:
    """The comparison tables of the articles in ``folders``; ``compared``: folder -> what
    :func:`compared_tables` gave for it, for the folders already read (any other is read here)."""
    compared = compared or {}
    articles = {f: compared.get(f) or compared_tables(f) for f in sorted((Path(f) for f in folders), key=lambda f: f.name)}
    return {
        "articles": pd.DataFrame([_article_row(f, tables) for f, tables in articles.items()]),
        "keywords": _stacked(articles, lambda t: t["combined_keywords"][["keyword", "weight", "rank"]]),
        "entities": _stacked(
            articles,
            lambda t: t["entities"][["entity", "type", "count"]].sort_values(["count", "entity"], ascending=[False, True]),
        ),
        "sentiment": _stacked(articles, lambda t: t["sentiment_paragraphs"][["para_id", "score"]]),
        "quantities": _stacked(articles, lambda t: t["quantities"].groupby("kind").size().rename("n").reset_index()),
    }


def write_corpus(folders, out_dir, compared: dict | None = None) -> dict[str, pd.DataFrame]:
    tables = corpus_tables(folders, compared)
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


@lexicon.cached
def _aliases() -> dict[str, str]:
    """Folded alias → actor, from data/lexicon/actor_aliases.tsv."""
    from .text import to_simplified

    return {to_simplified(alias).casefold(): actor for actor, alias in lexicon.read_rows("actor_aliases.tsv", ("actor", "alias"))}


def actor_names(names: pd.Series) -> pd.Series:
    """One name per actor across scripts, Latin case and aliases: 中國 and 中国 → "中国 / 中國",
    DeepSeek and deepseek → one, Liang Wenfeng and 梁文锋 → one (data/lexicon/actor_aliases.tsv).

    Articles in Traditional and Simplified Chinese name the same actor in two scripts; the key is
    the simplified, case-folded form (an alias's actor when listed). The label is the listed actor's
    name, if any, then every form seen, most frequent first.
    """
    from .text import to_simplified

    def fold(name: str) -> str:
        return to_simplified(name).casefold()

    listed = {fold(actor): actor for actor in _aliases().values()}
    keys = names.map(lambda name: fold(_aliases().get(fold(name), name)))
    forms = pd.DataFrame({"key": keys, "name": names}).value_counts().reset_index()
    forms = forms.sort_values(["key", "count", "name"], ascending=[True, False, True])
    label = {
        key: " / ".join(dict.fromkeys(([listed[key]] if key in listed else []) + list(group["name"])))
        for key, group in forms.groupby("key", sort=False)
    }
    return keys.map(label)


def shared_entities(entities: pd.DataFrame, min_articles: int = 2) -> pd.DataFrame:
    """Actors named in at least ``min_articles`` articles (forms merged by :func:`actor_names`),
    as an actor × article count matrix."""
    entities = entities.assign(entity=actor_names(entities["entity"])) if len(entities) else entities
    matrix = entities.pivot_table(index="entity", columns="slug", values="count", aggfunc="sum", fill_value=0)
    present = (matrix > 0).sum(axis=1)
    matrix = matrix[present >= min_articles]
    order = pd.DataFrame({"entity": matrix.index, "n": present[present >= min_articles].values, "total": matrix.sum(axis=1).values})
    order = order.sort_values(["n", "total", "entity"], ascending=[False, False, True])
    return matrix.loc[order["entity"]]


CORPUS_TABLES = ("articles", "keywords", "entities", "sentiment", "quantities")


def open_corpus(corpus_dir=None) -> tuple[Path, dict[str, pd.DataFrame]]:
    """The corpus folder a notebook compares (default ``reports/_corpus``) and its tables.

    Opened in JupyterLab before any folder run, it says which command writes the folder rather
    than failing on a missing table.
    """
    from .paths import REPORTS

    out = Path(corpus_dir) if corpus_dir else REPORTS / CORPUS_FOLDER
    if not (out / "articles.parquet").exists():
        raise FileNotFoundError(
            f"{out} 还没有对比结果 · holds no comparison yet. 先分析几篇文章 · Run several articles first: "
            "make report ARTICLE=data/articles/  (或 or: python -m zhnews run 文件夹/ folder/)"
        )
    return out, {name: io.read_table(out, name) for name in CORPUS_TABLES}
