"""Word weights from the news domain: document frequencies of a THUCNews sample and of Latin words in news
(news IDF), TF-IDF over the content words, and jieba's TextRank fed our segmentation.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

import jieba.posseg

from .. import lexicon, segment
from .tokens import is_content_word


# jieba's TextRank default ('ns', 'n', 'vn', 'v') plus names, organisations, other proper nouns,
# products and Latin-script words, which it would otherwise drop.
TEXTRANK_POS = ("n", "ns", "vn", "v", "nr", "nrfg", "nrt", "nt", "nz", "nw", "eng")
NEWS_DF = "news_df.tsv"
NEWS_LATIN_DF = "news_latin_df.tsv"
NEWS_DF_DOCUMENTS = "<documents>"
TFIDF_SHARE = 0.05  # TF-IDF in ``combined`` (see combined_weights for what was measured)


class _ContentPosTokenizer:
    """Stands in for jieba's POS tokenizer inside jieba.analyse.TextRank.

    Every token is passed on, so TextRank's co-occurrence window still spans the real text; tokens
    that are not content words get the tag 'x' and are filtered out, Latin words get 'eng'.
    """

    def cut(self, text: str):
        for word, tag in segment.cut_pos(text):
            if not is_content_word(word):
                tag = "x"
            elif segment.is_latin(word) and tag not in TEXTRANK_POS:
                tag = "eng"
            yield jieba.posseg.pair(segment.fold(word), tag)


# The private name under which jieba.analyse's modules are imported (see _textrank_class).
_JIEBA_ANALYSE_PARTS = "jieba._zhnews_analyse"


@lexicon.cached
def _textrank():
    extractor = _textrank_class()()
    extractor.tokenizer = extractor.postokenizer = _ContentPosTokenizer()
    extractor.stop_words = set(segment.stopwords())
    return extractor


@lru_cache(maxsize=1)
def _textrank_class() -> type:
    """jieba's ``TextRank`` class, from its own module, without running ``jieba.analyse``'s ``__init__``.

    That ``__init__`` builds a default TF-IDF extractor, which reads jieba's IDF file (0.45 s of CPU and
    a 350k-entry table in every run); the keywords use news_idf, never that table. The package's modules
    are imported under a private name inside jieba that points at its folder (its relative imports then
    still reach jieba's), so the class and its ranking are jieba's own, as for SnowNLP's classifier in
    :func:`zhnews.sentiment._snownlp`.
    """
    import importlib
    import importlib.util
    import sys
    import types

    if _JIEBA_ANALYSE_PARTS not in sys.modules:
        package = types.ModuleType(_JIEBA_ANALYSE_PARTS)
        package.__path__ = list(importlib.util.find_spec("jieba.analyse").submodule_search_locations)
        sys.modules[_JIEBA_ANALYSE_PARTS] = package
    return importlib.import_module(f"{_JIEBA_ANALYSE_PARTS}.textrank").TextRank


def tfidf_weights(text: str) -> dict[str, float]:
    """Share of the text's content words × news IDF (data/lexicon/news_df.tsv), for each content word."""
    words = [segment.fold(w) for w in segment.cut(text) if is_content_word(w)]
    return {word: n / len(words) * news_idf(word) for word, n in Counter(words).items()}


def textrank_weights(text: str) -> dict[str, float]:
    return dict(_textrank().textrank(text, topK=None, withWeight=True, allowPOS=TEXTRANK_POS))


def combined_weights(phrases: dict, tfidf: dict[str, float]) -> dict[str, float]:
    """Keyphrase weight plus a small share of TF-IDF: kp/max(kp) + TFIDF_SHARE × tfidf/max(tfidf).

    A phrase's TF-IDF is its weakest part's (:func:`phrase_tfidf`). Measured on the tune and seen-test splits: a share of
    0.05 reorders near-ties by frequency (tune 0.46 → 0.47, test 0.33 = keyphrase = TF-IDF), 0.1 and
    more lower precision (0.2: 0.43 / 0.32); TF-IDF of the phrase's own count did no better (0.1:
    0.47 / 0.33, 0.2: 0.43 / 0.31); TextRank centrality lowers it at any share, so it is not part of it.
    Round 14, leave-one-split-out over the fourteen seen splits (shares 0, 0.02, 0.05, 0.1, 0.15): 0.05 is the
    best share on the other splits in 11 of 14 folds (0 in the other three), pooled 1,312 hits of 2,700 at 0.05,
    1,310-1,312 at 0-0.05 and 1,295 at 0.15: flat below 0.05, so it stays.
    Round 31, the 40 seen splits (560 articles, 5,600 tags), shares 0-0.2 (0 is keyphrase order with combined's filters):
    pooled 2,795 hits at 0, 2,808 at 0.05 (best), 2,782 at 0.2; fitted on the even-numbered splits the best share is 0
    (1,447 against 1,446), which loses on the odd ones (1,348 against 1,362); fitted on the odd ones it is 0.05. So 0.05
    stays; fresh39's combined .62 against keyphrase's .64 is two tags of 80.
    """
    top_phrase = max((p.weight for p in phrases.values()), default=1.0) or 1.0
    top_tfidf = max(tfidf.values(), default=1.0) or 1.0
    return {key: p.weight / top_phrase + TFIDF_SHARE * phrase_tfidf(p.parts, tfidf) / top_tfidf for key, p in phrases.items()}


def phrase_tfidf(parts: tuple[str, ...], tfidf: dict[str, float]) -> float:
    """A phrase's TF-IDF: its weakest part's, as a phrase is said at most as often as its rarest part. A part joined after
    segmentation (泛 | 民主派 → 泛民主派) has no TF-IDF of its own and takes that of the strongest token inside it.

    Round 27: the strongest part's TF-IDF credited a phrase with the frequency of the article's main word, so that long
    quoted clauses and contexts of it rose above the tenth slot (立即結束緬甸境內一切暴力 and 緬甸衛生部 took 緬甸's,
    fresh29 886; the four 尘肺病 phrases of 881 尘肺病's). All 31 seen splits (471 articles), combined P@10: pooled 2,334 ->
    2,346 hits of 4,710 (keyphrase alone 2,339), tags gained in 37 articles and lost in 24, better on 13 splits, worse
    on 5 (tune, fresh, fresh3, fresh13, fresh20; 0.01 each)."""
    def of_part(part: str) -> float:
        if part in tfidf or len(part) < 2:
            return tfidf.get(part, 0.0)
        return max((weight for token, weight in tfidf.items() if token in part), default=0.0)
    return min(map(of_part, parts))


# --- news-domain IDF -------------------------------------------------------------------------------


@lexicon.cached
def _news_df() -> tuple[dict[str, int], int]:
    """(word → number of news articles containing it, number of articles) from news_df.tsv."""
    return _document_frequencies(NEWS_DF)


@lexicon.cached
def _latin_df() -> tuple[dict[str, int], int]:
    """The same for Latin words over 2017-2023 news (news_latin_df.tsv, see news_share)."""
    return _document_frequencies(NEWS_LATIN_DF)


def _document_frequencies(name: str) -> tuple[dict[str, int], int]:
    rows = dict(lexicon.read_rows(name, ("word", "df")))
    documents = int(rows.pop(NEWS_DF_DOCUMENTS))
    return {word: int(df) for word, df in rows.items()}, documents


def news_idf(word: str) -> float:
    """log(N / df) / log(N) over the news sample (0 for a word in every article, 1 for one it has
    not seen twice); a word seen in fewer than two articles counts as seen in one.

    Measured on the tune split (keyphrase precision@10): news IDF 0.41, jieba's general IDF 0.37,
    their mean 0.41, jieba's IDF only where the sample has not seen the word 0.39.
    """
    documents = _news_df()[1]
    return math.log(documents / max(1, _document_count(word))) / math.log(documents)


def news_share(word: str) -> float:
    """Share of the news articles that contain ``word`` (0 for a word the sample barely knows)."""
    return _document_count(word) / _news_df()[1]


def _document_count(word: str) -> float:
    """In how many articles of the news sample ``word`` stands (its df).

    A Latin word (letters and digits: AI, App, CEO, GitHub, 5G) takes the larger of that count and its share of 2017-2023
    news (news_latin_df.tsv) times the sample's size: the 2005-2011 sample has almost no Latin words, so each took the
    highest IDF, as rare as a company's own name, and outranked the names and terms beside it in Chinese posts. A name the
    newer news writes rarely (OpenAI, GPT: 34 of 22,391 articles) keeps an IDF near the top. Round 21, the eighteen tune
    splits, combined P@10: pooled 1627 -> 1630 of 3,310 (tags gained in 7 articles of 7 source repositories, lost in 4 of 4).
    """
    folded = segment.fold(word)
    df, documents = _news_df()
    latin_df, latin_documents = _latin_df()
    # The Latin table holds Latin words only (build_news_df.py --latin), so a word it lists is one: no second test of
    # the word's letters on this path, which news_share walks for every token.
    if folded in latin_df:
        return max(df.get(folded, 0), latin_df[folded] / latin_documents * documents)
    return df.get(folded, 0)
