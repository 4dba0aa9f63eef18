"""Sentiment stage: a score per sentence from two independent methods, aggregated to paragraphs and actors.

Why not ``SnowNLP(paragraph).sentiments``: SnowNLP's model is naive Bayes trained on shopping reviews. It
adds one log-probability ratio per token, so the probability saturates with length (long paragraphs read
0.99+) and scores of texts of different lengths cannot be compared. Its own segmenter is also slow.

Methods (one row per body or caption sentence):

- ``snownlp``: SnowNLP's own classifier (``snownlp.sentiment.classifier.classifier.classify``) applied to
  OUR jieba tokens (:func:`zhnews.segment.cut`) after SnowNLP's stopword filter, exactly what
  ``Sentiment.handle`` does with its own segmenter. Same model and meaning, many times faster; the
  notebook and ``make bench`` report the rank agreement with ``SnowNLP(text).sentiments`` and the speed-up.
- ``snownlp_score`` (-1..1): the same model's evidence per token instead of summed over tokens: the mean
  log-likelihood ratio log P(w|pos)/P(w|neg) of the tokens the model knows, minus :data:`SNOWNLP_CENTRE`
  (ordinary news prose reads mildly positive to a review model), through tanh. A per-token mean does not
  grow with sentence length, which is what makes it comparable across sentences and paragraphs.
- ``lexicon_score`` (-1..1): published sentiment lexicons with negation and degree adverbs inside the
  clause, see :mod:`zhnews.sentiment_lexicon`.
- ``score``: the weighted mean of the two (:data:`WEIGHTS`), and ``label`` from the neutral band.

Neutral bands (:data:`NEUTRAL_BAND`) were chosen on the hand-labelled gold set
(data/eval/sentiment/gold_corpus.tsv) by :func:`choose_band`; :func:`evaluate` reports accuracy and macro-F1 of
each method there. On news the lexicon is clearly the better method; SnowNLP is kept as a second opinion.

Tables written by :func:`run`:

- ``sentiment``: sent_id, para_id, role, text, n_chars, snownlp (SnowNLP probability 0..1),
  snownlp_score, lexicon_score, score, label (positive|neutral|negative), snownlp_label, lexicon_label,
  lexicon_hits (the sentiment words found, ``不·`` marking a negated one).
- ``sentiment_paragraphs``: para_id, role, n_sentences, n_chars, score (length-weighted mean of the
  sentence scores), spread (length-weighted standard deviation), label, snownlp_score, lexicon_score
  (the same means per method), disagree (True where the two methods point opposite ways).
- ``entity_sentiment``: entity, type, count (from the keywords stage), n_sentences, mean, std, min, max,
  n_positive, n_neutral, n_negative: how the article talks about each of its top actors.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import io, segment
from . import sentiment_lexicon as lexicon
from .paths import ROOT
from .text import to_simplified

LABELS = ("positive", "neutral", "negative")
SCORED_ROLES = ("body", "caption")
GOLD_PATH = ROOT / "data" / "eval" / "sentiment" / "gold_corpus.tsv"

# Median per-token SnowNLP evidence over the corpus sentences (bench/bench_sentiment.py measures it): the
# review model's lean on neutral news prose, removed so that 0 means "no lean".
SNOWNLP_CENTRE = 0.26
# The lexicon carries the combined score: on the gold set it is the stronger method by far.
WEIGHTS = {"snownlp_score": 0.2, "lexicon_score": 0.8}
# |score| below the band reads neutral; chosen on the gold set by choose_band (macro-F1).
NEUTRAL_BAND = {"snownlp_score": 0.2, "lexicon_score": 0.1, "score": 0.2}
# The private name under which snownlp's classifier modules are imported (see _snownlp).
_SNOWNLP_PARTS = "_zhnews_snownlp_parts"
# More paragraph labels than this on the arc's x axis would overlap at A4 width.
MAX_ARC_TICKS = 30
# How many of the keywords stage's entities get a row in entity_sentiment.
TOP_ENTITIES = 12


# --- SnowNLP, fast -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _snownlp():
    """SnowNLP's sentiment classifier (its shipped model) and its stopword filter, loaded once.

    ``import snownlp`` runs the package's ``__init__``, which loads its segmenter and tagger models:
    about 400 MB resident that this path never uses. The same modules are imported here under a
    private package name that points at snownlp's folder, so its own ``Bayes`` class and model file
    are used (identical probabilities) without that ``__init__``.
    """
    import importlib.util
    import sys
    import types

    folder = importlib.util.find_spec("snownlp").submodule_search_locations[0]
    if _SNOWNLP_PARTS not in sys.modules:
        package = types.ModuleType(_SNOWNLP_PARTS)
        package.__path__ = [folder]
        sys.modules[_SNOWNLP_PARTS] = package
    bayes_module = importlib.import_module(f"{_SNOWNLP_PARTS}.classification.bayes")
    normal = importlib.import_module(f"{_SNOWNLP_PARTS}.normal")
    classifier = bayes_module.Bayes()
    classifier.load(str(Path(folder) / "sentiment" / "sentiment.marshal"))  # as snownlp.sentiment does
    return classifier, normal.filter_stop


def snownlp_tokens(text: str) -> list[str]:
    """What ``Sentiment.handle`` feeds the classifier, with jieba in place of SnowNLP's segmenter."""
    _, filter_stop = _snownlp()
    return [w for w in filter_stop(segment.cut(text or "")) if w.strip()]


def snownlp_probability(tokens: list[str]) -> float:
    """SnowNLP's P(positive) for these tokens: its own ``Bayes.classify``, as ``Sentiment.classify`` does."""
    bayes, _ = _snownlp()
    winner, prob = bayes.classify(tokens)
    return prob if winner == "pos" else 1.0 - prob


def snownlp_evidence(tokens: list[str]) -> float:
    """Mean log P(w|pos)/P(w|neg) over the tokens the model has seen (0 when it knows none)."""
    bayes, _ = _snownlp()
    pos, neg = bayes.d["pos"], bayes.d["neg"]
    ratios = [math.log(pos.freq(w) / neg.freq(w)) for w in tokens if pos.exists(w) or neg.exists(w)]
    return sum(ratios) / len(ratios) if ratios else SNOWNLP_CENTRE


def snownlp_score(tokens: list[str]) -> float:
    return math.tanh(snownlp_evidence(tokens) - SNOWNLP_CENTRE)


def snownlp_original(text: str) -> float:
    """The slow reference: ``SnowNLP(text).sentiments`` with SnowNLP's own segmenter."""
    from snownlp import SnowNLP

    return SnowNLP(text).sentiments if text and text.strip() else 0.5


# --- Sentences ---------------------------------------------------------------------------------------


def label_for(score: float, band: float) -> str:
    if score > band:
        return "positive"
    if score < -band:
        return "negative"
    return "neutral"


def score_text(text: str) -> dict:
    """Every method's score for one sentence (any text: empty and punctuation-only give neutral zeros)."""
    tokens = snownlp_tokens(text)
    hits = lexicon.hits(text)
    row = {
        "snownlp": snownlp_probability(tokens),
        "snownlp_score": snownlp_score(tokens),
        "lexicon_score": lexicon.score_hits(hits),
        "lexicon_hits": lexicon.describe(hits),
    }
    row["score"] = sum(row[method] * weight for method, weight in WEIGHTS.items())
    return row


def score_texts(texts) -> pd.DataFrame:
    """Scores and labels for each text, in order (columns as in the ``sentiment`` table's method part)."""
    table = pd.DataFrame([score_text(t) for t in texts],
                         columns=["snownlp", "snownlp_score", "lexicon_score", "lexicon_hits", "score"])
    table["label"] = [label_for(s, NEUTRAL_BAND["score"]) for s in table["score"]]
    table["snownlp_label"] = [label_for(s, NEUTRAL_BAND["snownlp_score"]) for s in table["snownlp_score"]]
    table["lexicon_label"] = [label_for(s, NEUTRAL_BAND["lexicon_score"]) for s in table["lexicon_score"]]
    return table


def sentence_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``sentiment`` table for the body and caption sentences of a ``sentences`` table."""
    scored = sentences[sentences["role"].isin(SCORED_ROLES)].reset_index(drop=True)
    methods = score_texts(scored["text_zhs"])
    table = pd.concat([scored[["sent_id", "para_id", "role", "text"]], methods], axis=1)
    table.insert(4, "n_chars", scored["text_zhs"].str.len().astype("int64"))
    columns = ["sent_id", "para_id", "role", "text", "n_chars", "snownlp", "snownlp_score", "lexicon_score",
               "score", "label", "snownlp_label", "lexicon_label", "lexicon_hits"]
    return table[columns].sort_values("sent_id", kind="stable").reset_index(drop=True)


# --- Paragraphs and actors ---------------------------------------------------------------------------


def _weighted_mean_std(values: pd.Series, weights: pd.Series) -> tuple[float, float]:
    mean = float(np.average(values, weights=weights))
    return mean, float(math.sqrt(np.average((values - mean) ** 2, weights=weights)))


def _opposite(a: float, b: float, band_a: float, band_b: float) -> bool:
    return (a > band_a and b < -band_b) or (a < -band_a and b > band_b)


def paragraph_sentiment(sentiment: pd.DataFrame) -> pd.DataFrame:
    """Length-weighted mean and spread of the sentence scores, per paragraph in reading order.

    Weighting by characters lets a long sentence count for more than a two-word one, without letting a
    paragraph's length push its score to an extreme (a mean stays in -1..1 whatever the length).
    """
    rows = []
    for para_id, group in sentiment.groupby("para_id", sort=True):
        weights = group["n_chars"].clip(lower=1)
        score, spread = _weighted_mean_std(group["score"], weights)
        snow = float(np.average(group["snownlp_score"], weights=weights))
        lex = float(np.average(group["lexicon_score"], weights=weights))
        rows.append({
            "para_id": int(para_id),
            "role": group["role"].iloc[0],
            "n_sentences": len(group),
            "n_chars": int(group["n_chars"].sum()),
            "score": score,
            "spread": spread,
            "label": label_for(score, NEUTRAL_BAND["score"]),
            "snownlp_score": snow,
            "lexicon_score": lex,
            "disagree": _opposite(snow, lex, NEUTRAL_BAND["snownlp_score"], NEUTRAL_BAND["lexicon_score"]),
        })
    columns = ["para_id", "role", "n_sentences", "n_chars", "score", "spread", "label", "snownlp_score",
               "lexicon_score", "disagree"]
    return pd.DataFrame(rows, columns=columns).astype({"n_sentences": "int64", "disagree": bool})


def entity_sentiment(sentiment: pd.DataFrame, sentences: pd.DataFrame, entities: pd.DataFrame,
                     top: int = TOP_ENTITIES) -> pd.DataFrame:
    """Mean and spread of the scores of the sentences that mention each of the top entities.

    Mentions are looked up in the loader's simplified copy (``text_zhs``), so an entity shown in the
    article's own script (美樹) still finds its sentences.
    """
    columns = ["entity", "type", "count", "n_sentences", "mean", "std", "min", "max",
               "n_positive", "n_neutral", "n_negative"]
    ranked = entities.sort_values(["count", "entity"], ascending=[False, True], kind="stable").head(top)
    texts = sentiment["sent_id"].map(sentences.set_index("sent_id")["text_zhs"])
    rows = []
    for entity in ranked.itertuples(index=False):
        mentions = sentiment[texts.str.contains(to_simplified(entity.entity), regex=False)]
        if mentions.empty:
            continue
        scores = mentions["score"]
        counts = mentions["label"].value_counts()
        rows.append({
            "entity": entity.entity, "type": entity.type, "count": int(entity.count),
            "n_sentences": len(mentions), "mean": float(scores.mean()),
            "std": float(scores.std(ddof=0)), "min": float(scores.min()), "max": float(scores.max()),
            **{f"n_{name}": int(counts.get(name, 0)) for name in LABELS},
        })
    return pd.DataFrame(rows, columns=columns)


def _entities(out_dir) -> pd.DataFrame:
    try:
        return io.read_table(out_dir, "entities")
    except io.MissingStageOutput:
        return pd.DataFrame(columns=["entity", "type", "count"])


def run(ctx) -> dict[str, pd.DataFrame]:
    """Score the article in ``ctx.out`` and write ``sentiment``, ``sentiment_paragraphs``, ``entity_sentiment``.

    ``ctx`` (a :class:`zhnews.stages.RunContext`) has installed the article's new words already.
    """
    out_dir = ctx.out
    sentences = io.read_table(out_dir, "sentences")
    sentiment = sentence_sentiment(sentences)
    tables = {
        "sentiment": sentiment,
        "sentiment_paragraphs": paragraph_sentiment(sentiment),
        "entity_sentiment": entity_sentiment(sentiment, sentences, _entities(out_dir)),
    }
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables


# --- Evaluation on the gold set ----------------------------------------------------------------------


def read_gold(path: Path | str = GOLD_PATH) -> pd.DataFrame:
    """The hand-labelled sentences (source, text, label); see data/eval/sentiment/GUIDE_corpus.md."""
    return pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)


def macro_f1(truth, predicted) -> float:
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    scores = []
    for name in LABELS:
        tp = np.sum((predicted == name) & (truth == name))
        wrong = np.sum((predicted == name) != (truth == name))
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores))


def choose_band(scores, truth, candidates=np.round(np.arange(0.0, 0.61, 0.05), 2)) -> float:
    """The neutral band that maximises macro-F1 (ties: the narrower band)."""
    results = [(macro_f1(truth, [label_for(s, band) for s in scores]), -band) for band in candidates]
    return -max(results)[1]


def cross_validated_f1(gold: pd.DataFrame, scores: pd.Series) -> float:
    """Macro-F1 when each article's band is chosen on the other articles only: an honest out-of-sample figure."""
    predicted, truth = [], []
    for source in sorted(gold["source"].unique()):
        held_out = (gold["source"] == source).to_numpy()
        band = choose_band(scores[~held_out], gold["label"][~held_out])
        predicted += [label_for(s, band) for s in scores[held_out]]
        truth += list(gold["label"][held_out])
    return macro_f1(truth, predicted)


def evaluate(gold: pd.DataFrame | None = None, scored: pd.DataFrame | None = None) -> pd.DataFrame:
    """Accuracy and macro-F1 of each method (and the combination) on the gold set, plus the majority baseline."""
    gold = read_gold() if gold is None else gold
    scored = score_texts(gold["text"]) if scored is None else scored
    truth = gold["label"].to_numpy()
    majority = pd.Series(truth).value_counts().index[0]
    rows = [("majority class · 全判为" + majority, np.full(len(truth), majority))]
    rows += [(name, scored[column].to_numpy()) for name, column in
             [("SnowNLP", "snownlp_label"), ("lexicon · 词典", "lexicon_label"), ("combined · 综合", "label")]]
    return pd.DataFrame(
        [{"method": name, "accuracy": float(np.mean(pred == truth)), "macro_f1": macro_f1(truth, pred),
          "n": len(truth)} for name, pred in rows]
    )


def snownlp_agreement(texts) -> float:
    """Spearman rank correlation between the fast path and ``SnowNLP(text).sentiments`` on ``texts``."""
    fast = pd.Series([snownlp_probability(snownlp_tokens(t)) for t in texts])
    slow = pd.Series([snownlp_original(t) for t in texts])
    return float(fast.rank().corr(slow.rank()))


def extremes(sentiment: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The n most positive and n most negative sentences (ties by sent_id), with the cues that drove them."""
    columns = ["sent_id", "para_id", "score", "label", "text", "lexicon_hits"]
    ranked = sentiment.sort_values(["score", "sent_id"], ascending=[False, True], kind="stable")
    top = ranked.head(n).assign(end="most positive · 最正面")
    bottom = sentiment.sort_values(["score", "sent_id"], kind="stable").head(n).assign(end="most negative · 最负面")
    return pd.concat([top, bottom])[["end", *columns]].reset_index(drop=True)
