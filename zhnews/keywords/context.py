"""Keywords in their context: co-occurrence in sentences, keyword in context (KWIC), where each keyword stands in
the article, and word frequencies for the word cloud.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pandas as pd

from .. import io, segment
from .tokens import (
    LOWER_LATIN, analysed, content_counts, display_forms, keyword_key, paragraph_texts, token_spans, tokenize,
)
from .ranking import top_keywords


COOCCURRENCE_TOP = 20
COOCCURRENCE_COLUMNS = ["source", "target", "weight"]


def cooccurrence(sentences: pd.DataFrame, keywords: pd.DataFrame, top: int = COOCCURRENCE_TOP) -> pd.DataFrame:
    """Pairs of top combined keywords and the number of sentences containing both."""
    ranked = top_keywords(keywords, top)
    rank_of = {keyword_key(word): rank for rank, word in enumerate(ranked["keyword"])}
    form_of = {keyword_key(word): word for word in ranked["keyword"]}
    pairs: Counter = Counter()
    for text in sentences["text_zhs"]:
        present = sorted((key for key in rank_of if _word_spans(text, key)), key=rank_of.get)
        pairs.update(combinations(present, 2))
    rows = [{"source": form_of[a], "target": form_of[b], "weight": n} for (a, b), n in pairs.items()]
    table = io.with_types(pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS), {"weight": "int64"})
    return table.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="mergesort").reset_index(drop=True)


# --- keyword in context ------------------------------------------------------------------------


def kwic(table: pd.DataFrame, word: str, width: int = 20, sort: str = "position") -> pd.DataFrame:
    """Every occurrence of ``word`` with ``width`` characters of context on each side.

    ``table`` is a sentences or paragraphs table (its ``text_zhs`` is searched, its ``text`` shown,
    so a traditional-Chinese article keeps its script). An occurrence counts only where the
    segmentation has word boundaries at both ends (芯片 in 国产芯片 yes, AI inside OpenAI no); Latin
    case is ignored. ``sort``: "position" (reading order), "left" (by the words just before, read
    right to left, as concordances do) or "right" (by the words just after).
    Columns: left, keyword, right, para_id, sent_id (empty for a paragraphs table).
    """
    target = keyword_key(word.strip())
    rows = []
    for row in table.itertuples(index=False):
        shown = getattr(row, "text", row.text_zhs)
        for start, end in _word_spans(row.text_zhs, target):
            rows.append(
                {
                    "left": shown[max(0, start - width) : start],
                    "keyword": shown[start:end],
                    "right": shown[end : end + width],
                    "para_id": row.para_id,
                    "sent_id": getattr(row, "sent_id", pd.NA),
                    "_start": start,
                }
            )
    frame = pd.DataFrame(rows, columns=["left", "keyword", "right", "para_id", "sent_id", "_start"])
    frame = io.with_types(frame, {"para_id": "int64", "sent_id": "Int64"})
    orders = {
        "position": ["para_id", "sent_id", "_start"],
        "left": ["_left_key", "para_id", "sent_id", "_start"],
        "right": ["right", "para_id", "sent_id", "_start"],
    }
    if sort not in orders:
        raise ValueError(f"sort must be one of {sorted(orders)}, not {sort!r}")
    frame["_left_key"] = frame["left"].str[::-1]
    frame = frame.sort_values(orders[sort], kind="mergesort")
    return frame.drop(columns=["_start", "_left_key"]).reset_index(drop=True)


def _word_spans(text: str, target: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``target`` (folded) aligned with word boundaries."""
    haystack = text.casefold() if target.casefold() == target and LOWER_LATIN.search(target) else text
    spans, start = [], haystack.find(target)
    if not target or start == -1:
        return spans  # most texts asked about hold no occurrence: no need to know their word boundaries
    ends = {0} | {end for _, end in token_spans(segment.cut(text))}
    while start != -1:
        if start in ends and start + len(target) in ends:
            spans.append((start, start + len(target)))
        start = haystack.find(target, start + 1)
    return spans


# --- where keywords occur ------------------------------------------------------------------------


def keyword_positions(paragraphs: pd.DataFrame, keywords: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """Occurrences of the top ``n`` combined keywords in each analysed paragraph (keyword × para_id)."""
    texts = paragraph_texts(analysed(paragraphs))
    top = list(top_keywords(keywords, n)["keyword"])
    matrix = [[len(_word_spans(text, keyword_key(word))) for text in texts.values()] for word in top]
    frame = pd.DataFrame(matrix, index=pd.Index(top, name="keyword"), columns=list(texts))
    frame.columns.name = "para_id"
    return frame


def word_frequencies(paragraphs: pd.DataFrame) -> dict[str, int]:
    """Content-word counts over the analysed paragraphs, keyed by display spelling (for the word cloud)."""
    kept = analysed(paragraphs)
    tokens = tokenize(paragraph_texts(kept))
    forms = display_forms(tokens, paragraph_texts(kept, "text"))
    return {forms[key]: count for key, count in sorted(content_counts(tokens).items())}
