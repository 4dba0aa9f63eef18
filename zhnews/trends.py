"""What a corpus says over time and across outlets, read from the corpus dataset (``_corpus/<table>/``).

Used by notebooks/06_corpus.ipynb; every function takes dataset tables (which carry ``slug``,
``title``, ``outlet`` and ``publish_date`` on every row) and returns a small table, with a ``reason``
column where a row is a judgement (a keyword called rising or falling):

- :func:`articles_by_month`: articles per month and outlet;
- :func:`keyword_trends`: keywords whose share of articles grows or shrinks between the earlier and
  the later half of the months (an article "has" a keyword when it is among its top combined
  keywords for the whole article);
- :func:`sentiment_by_outlet`: each article's body sentiment (paragraph scores weighted by length,
  as ``_corpus/articles`` has it), summarised per outlet;
- :func:`cited_sources`: who the claims are attributed to, most-cited first (the README's DuckDB
  query computes the same table);
- :func:`figure_kinds_by_outlet`: the kinds of figures (money, percent, date ...) each outlet uses.
"""

from __future__ import annotations

import pandas as pd

UNKNOWN_OUTLET = "（未知）unknown"
UNKNOWN_MONTH = "（无日期）undated"
TOP_KEYWORDS = 30
SOURCE_SEPARATOR = "; "  # claims.source names a relayed source after its relay: "路透社; 知情人士"


def month(dates: pd.Series) -> pd.Series:
    """``YYYY-MM`` from an ISO publish date; missing or partial dates give :data:`UNKNOWN_MONTH`."""
    found = dates.astype("string").str.extract(r"^(\d{4}-\d{2})", expand=False)
    return found.fillna(UNKNOWN_MONTH).astype(str)


def outlets(table: pd.DataFrame) -> pd.Series:
    return table["outlet"].fillna(UNKNOWN_OUTLET).astype(str)


def articles_by_month(meta: pd.DataFrame) -> pd.DataFrame:
    """month, outlet, n_articles (undated articles are counted under :data:`UNKNOWN_MONTH`)."""
    counted = meta.assign(month=month(meta["publish_date"]), outlet=outlets(meta))
    table = counted.groupby(["month", "outlet"]).size().rename("n_articles").reset_index()
    return table.sort_values(["month", "outlet"], ignore_index=True)


def _article_keywords(keywords: pd.DataFrame) -> pd.DataFrame:
    whole = keywords[(keywords["method"] == "combined") & keywords["para_id"].isna() & (keywords["rank"] <= TOP_KEYWORDS)]
    return whole[["slug", "publish_date", "keyword"]].drop_duplicates()


def keyword_trends(keywords: pd.DataFrame, meta: pd.DataFrame, top: int = 10, min_articles: int = 3) -> pd.DataFrame:
    """Keywords rising and falling: share of articles with the keyword, earlier half vs later half of the months.

    Columns: keyword, direction (rising/falling), earlier_share, later_share, change, n_articles,
    reason. Only dated articles count; a keyword must be in ``min_articles`` articles. Empty when the
    dated articles span fewer than two months.
    """
    columns = ["keyword", "direction", "earlier_share", "later_share", "change", "n_articles", "reason"]
    dated = meta.assign(month=month(meta["publish_date"]))
    dated = dated[dated["month"] != UNKNOWN_MONTH]
    months = sorted(dated["month"].unique())
    if len(months) < 2:
        return pd.DataFrame(columns=columns)
    split = months[len(months) // 2]  # the later half starts here
    period = dated.set_index("slug")["month"].ge(split).map({False: "earlier", True: "later"})
    totals = period.value_counts()
    has = _article_keywords(keywords)
    has = has[has["slug"].isin(period.index)].assign(period=lambda t: t["slug"].map(period))
    counts = has.groupby(["keyword", "period"]).size().unstack(fill_value=0).reindex(columns=["earlier", "later"], fill_value=0)
    counts = counts[counts.sum(axis=1) >= min_articles]
    table = pd.DataFrame({
        "keyword": counts.index,
        "earlier_share": (counts["earlier"] / totals.get("earlier", 1)).round(4).values,
        "later_share": (counts["later"] / totals.get("later", 1)).round(4).values,
        "n_articles": counts.sum(axis=1).values,
    })
    table["change"] = (table["later_share"] - table["earlier_share"]).round(4)
    table["direction"] = table["change"].map(lambda c: "rising" if c > 0 else "falling")
    table["reason"] = [
        f"{months[0]}…{months[len(months) // 2 - 1]}: {e}/{totals.get('earlier', 0)} 篇 → "
        f"{split}…{months[-1]}: {l}/{totals.get('later', 0)} 篇"
        for e, l in zip(counts["earlier"], counts["later"])
    ]
    table = table[table["change"] != 0]
    rising = table[table["change"] > 0].sort_values(["change", "keyword"], ascending=[False, True]).head(top)
    falling = table[table["change"] < 0].sort_values(["change", "keyword"], ascending=[True, True]).head(top)
    return pd.concat([rising, falling], ignore_index=True)[columns]


def article_sentiment(sentiment_paragraphs: pd.DataFrame) -> pd.DataFrame:
    """slug, outlet, score: each article's body paragraphs' scores weighted by their length."""
    body = sentiment_paragraphs[sentiment_paragraphs["role"] == "body"]
    weights = body["n_chars"].clip(lower=1)
    weighted = body.assign(weighted=body["score"] * weights, weight=weights, outlet=outlets(body))
    per_article = weighted.groupby(["slug", "outlet"])[["weighted", "weight"]].sum().reset_index()
    return per_article.assign(score=(per_article["weighted"] / per_article["weight"]).round(4))[["slug", "outlet", "score"]]


def sentiment_by_outlet(article_scores: pd.DataFrame) -> pd.DataFrame:
    """outlet, n_articles, mean, median, min, max of :func:`article_sentiment`'s scores; most articles first."""
    table = article_scores.groupby("outlet")["score"].agg(n_articles="size", mean="mean", median="median", min="min", max="max")
    return table.round(4).reset_index().sort_values(["n_articles", "outlet"], ascending=[False, True], ignore_index=True)


def cited_sources(claims: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """source, n_claims, n_articles: who claims are attributed to, most-cited first."""
    attributed = claims.loc[claims["source"].fillna("") != "", ["slug", "source"]]
    sources = attributed.assign(source=attributed["source"].str.split(SOURCE_SEPARATOR)).explode("source")
    sources["source"] = sources["source"].str.strip()
    sources = sources[sources["source"] != ""]
    table = sources.groupby("source").agg(n_claims=("slug", "size"), n_articles=("slug", "nunique")).reset_index()
    return table.sort_values(["n_claims", "n_articles", "source"], ascending=[False, False, True], ignore_index=True).head(top)


def figure_kinds_by_outlet(quantities: pd.DataFrame) -> pd.DataFrame:
    """outlet × kind: the share of each outlet's figures of that kind (rows sum to 1), and n_figures.

    Outlets with the most figures come first.
    """
    counts = quantities.assign(outlet=outlets(quantities)).pivot_table(
        index="outlet", columns="kind", values="slug", aggfunc="size", fill_value=0
    )
    totals = counts.sum(axis=1)
    shares = counts.div(totals, axis=0).round(4).assign(n_figures=totals)
    order = sorted(shares.index, key=lambda outlet: (-totals[outlet], outlet))
    return shares.loc[order]


def corpus_label(meta: pd.DataFrame) -> dict:
    """A chart's source line for the whole corpus: how many articles, outlets and which dates."""
    dates = meta["publish_date"].dropna().astype(str).sort_values()
    span = f"{dates.iloc[0]} – {dates.iloc[-1]}" if len(dates) else ""
    return {
        "title": f"语料 {len(meta)} 篇 · corpus of {len(meta)} articles",
        "account": f"{outlets(meta).nunique()} 个媒体/公众号 outlets",
        "publish_date": span,
    }
