"""Sentiment stage: the stance each sentence takes toward its subject, aggregated to paragraphs and actors.

Four methods per body or caption sentence, each with its score, label and the cues behind it:

- ``snownlp`` / ``snownlp_score`` (-1..1): SnowNLP's own naive Bayes classifier (trained on shopping
  reviews), applied to OUR jieba tokens after SnowNLP's stopword filter, exactly what ``Sentiment.handle``
  does with its own segmenter but many times faster. The score is the model's mean evidence per token
  (log P(w|pos)/P(w|neg) minus :data:`SNOWNLP_CENTRE`, through tanh), so it does not saturate with length
  as ``SnowNLP(paragraph).sentiments`` does. Kept as the independent second opinion.
- ``lexicon_score`` (-1..1): published sentiment lexicons with negation, degree and cost shifters inside the
  clause (:mod:`zhnews.sentiment.polarity`); ``lexicon_hits`` lists the words.
- ``stance_score`` (-1..1): the news-stance rules (:mod:`zhnews.sentiment.stance`): contrast (the clause
  after 但 dominates), sarcasm and accusing questions, scare-quoted praise, criticism frames, news events,
  hedges and a neutral prior; ``stance_cues`` lists what fired.
- ``model_score``: a logistic regression over the above and character n-grams, trained on all the
  hand-labelled gold (:mod:`zhnews.sentiment.model`, file in data/models/); ``model_cues`` shows the features that
  pushed most toward the label.
- ``score`` = ``model_score`` = P(positive) − P(negative), and ``label`` (:func:`decide`): the model's most
  likely label, except that positive needs a lead of :data:`POSITIVE_MARGIN` over negative, and of
  :data:`CUED_POSITIVE_MARGIN` when a negative stance cue fired (asymmetric cost: criticism read as praise
  is the worst error; short of the lead the sentence reads neutral).

The final method and every threshold were chosen by leave-one-article-out cross-validation over all
labelled sentences (bench/eval_sentiment.py, notebooks/methods_sentiment.ipynb); the neutral bands of the
banded methods are stored in the model file by bench/train_sentiment.py. Nothing here reads the gold:
evaluation lives in :mod:`zhnews.sentiment.evaluate`.

Tables written by :func:`run`:

- ``sentiment``: sent_id, para_id, role, text, n_chars, snownlp (SnowNLP probability 0..1), snownlp_score,
  lexicon_score, stance_score, model_score, score, label (positive|neutral|negative), snownlp_label,
  lexicon_label, stance_label, model_label, lexicon_hits (``不·`` marks a negated word), stance_cues,
  model_cues.
- ``sentiment_paragraphs``: para_id, role, n_sentences, n_chars, score (length-weighted mean of the
  sentence scores), spread (length-weighted standard deviation), label (positive|neutral|negative|mixed:
  mixed when a strong positive and a strong negative sentence meet, :func:`paragraph_label`), n_positive,
  n_negative (sentence labels), snownlp_score, lexicon_score, stance_score (means per method), disagree
  (True where SnowNLP points the other way).
- ``entity_sentiment``: entity, type, count (from the keywords stage), n_sentences, mean, std, min, max,
  n_positive, n_neutral, n_negative: how the article talks about each of its top actors.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .. import io, segment
from ..stages import reuses_fresh_tables
from ..text import to_simplified
from . import model as sentiment_model
from . import polarity as lexicon
from . import stance

LABELS = ("positive", "neutral", "negative")
# Paragraph labels: the sentence labels, plus a paragraph where strong praise and strong criticism meet.
PARAGRAPH_LABELS = (*LABELS, "mixed")
SCORED_ROLES = ("body", "caption")
# Median per-token SnowNLP evidence over the corpus sentences (bench/bench_sentiment.py measures it): the
# review model's lean on neutral news prose, removed so that 0 means "no lean".
SNOWNLP_CENTRE = 0.26
# P(positive) − P(negative) the model must give before a sentence reads positive, and the larger lead
# needed when the stance rules found a negative cue in it; both chosen by leave-one-article-out
# cross-validation over all labelled sentences (bench/eval_sentiment.py, evaluate.margin_sweep).
POSITIVE_MARGIN = 0.3
# 1.0 is out of reach (P(positive) − P(negative) < 1): a sentence with a negative stance cue never reads
# positive. On cross-validation this ties with 0.3–0.5 in macro-F1, and the rule takes the safer side.
CUED_POSITIVE_MARGIN = 1.0
# Stance cue kinds that mark criticism or bad news. Plain negative lexicon words are not among them: the
# lexicon finds one in about a third of the sentences readers call positive.
NEGATIVE_CUE_KINDS = ("criticism", "event_neg", "irony", "sarcasm", "rhetorical")
# A sentence whose |score| reaches this is a strong voice: a paragraph holding a strong positive and a
# strong negative sentence is ``mixed`` whatever its mean.
STRONG = 0.5
METHOD_COLUMNS = ["snownlp", "snownlp_score", "lexicon_score", "stance_score", "model_score", "score", "label",
                  "snownlp_label", "lexicon_label", "stance_label", "model_label", "lexicon_hits", "stance_cues",
                  "model_cues"]
# The private name under which snownlp's classifier modules are imported (see _snownlp).
_SNOWNLP_PARTS = "_zhnews_snownlp_parts"
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


def neutral_bands() -> dict[str, float]:
    """|score| at or below which each banded method reads neutral: chosen on all the labelled gold by
    bench/train_sentiment.py and stored in the model file."""
    return sentiment_model.shipped().info["bands"]


def label_for(score: float, band: float) -> str:
    if score > band:
        return "positive"
    if score < -band:
        return "negative"
    return "neutral"


def negative_cued(values: dict[str, float]) -> bool:
    """Whether a sentence's model features (:func:`sentiment_model.features`) hold a negative stance cue."""
    return any(values.get(f"f:{kind}", 0.0) > 0 for kind in NEGATIVE_CUE_KINDS)


def decide(probabilities: dict[str, float], cued: bool = False) -> str:
    """The combined label from the model's probabilities; ``cued``: the sentence holds a negative stance cue.

    The costs are asymmetric: criticism read as praise is the costliest error for news, while praise read
    as neutral costs little. So positive needs a clear lead over negative (:data:`POSITIVE_MARGIN`), and a
    larger one (:data:`CUED_POSITIVE_MARGIN`) when a criticism frame, bad-news event or irony marker is
    present; short of it the sentence reads neutral, never positive.
    """
    best = max(LABELS, key=lambda name: (probabilities[name], name == "neutral"))
    margin = CUED_POSITIVE_MARGIN if cued else POSITIVE_MARGIN
    if best == "positive" and probabilities["positive"] - probabilities["negative"] < margin:
        return "neutral"
    return best


def context_scores(scores, groups) -> list[float]:
    """For each sentence, the mean of ``scores`` over the sentences within ``sentiment_model.CONTEXT``
    places before and after it in the same group (article); 0 when it stands alone."""
    scores, groups = list(scores), list(groups)
    out = []
    for i, group in enumerate(groups):
        near = [scores[j] for j in range(max(0, i - sentiment_model.CONTEXT),
                                         min(len(scores), i + sentiment_model.CONTEXT + 1))
                if j != i and groups[j] == group]
        out.append(sum(near) / len(near) if near else 0.0)
    return out


def article_scores(scores, groups) -> list[float]:
    """For each sentence, the mean of ``scores`` over the other sentences of its group (article); 0 when it
    stands alone, as for the context feature, so a sentence scored on its own is not counted twice."""
    scores, groups = list(scores), list(groups)
    totals: dict = {}
    for score, group in zip(scores, groups):
        total, count = totals.get(group, (0.0, 0))
        totals[group] = (total + score, count + 1)
    return [(totals[group][0] - score) / (totals[group][1] - 1) if totals[group][1] > 1 else 0.0
            for score, group in zip(scores, groups)]


def rule_scores(texts, groups=None) -> pd.DataFrame:
    """The rule methods' scores and cues for each (simplified) text, and its model features.

    ``texts`` are in reading order; ``groups`` names each text's article (default: all one article), so
    the context and article features never reach into another article.
    """
    texts = [text or "" for text in texts]
    groups = [0] * len(texts) if groups is None else list(groups)
    rows, stances = [], []
    for text in texts:
        tokens = snownlp_tokens(text)
        hits = lexicon.hits(text)
        found = stance.stance(text)
        stances.append(found)
        rows.append({
            "snownlp": snownlp_probability(tokens),
            "snownlp_score": snownlp_score(tokens),
            "lexicon_score": lexicon.score_hits(hits),
            "stance_score": found.score,
            "lexicon_hits": lexicon.describe(hits),
            "stance_cues": found.describe(),
        })
    stance_scores = [found.score for found in stances]
    context = context_scores(stance_scores, groups)
    article = article_scores(stance_scores, groups)
    for text, row, found, near, whole in zip(texts, rows, stances, context, article):
        row["features"] = sentiment_model.features(text, row["lexicon_score"], row["stance_score"],
                                                   row["snownlp_score"], found.kinds, near, whole)
    return pd.DataFrame(rows, columns=["snownlp", "snownlp_score", "lexicon_score", "stance_score", "lexicon_hits",
                                       "stance_cues", "features"])


def apply_model(table: pd.DataFrame, model: sentiment_model.Model) -> pd.DataFrame:
    """``table`` (from :func:`rule_scores`) with the model's score, label and cues, and the combined label.

    ``score`` is P(positive) − P(negative) under the model, in −1..1; ``cued`` marks a negative stance cue.
    """
    table = table.copy()
    probabilities = [model.probabilities(values) for values in table["features"]]
    table["model_score"] = [p["positive"] - p["negative"] for p in probabilities]
    table["model_label"] = [max(LABELS, key=lambda name: (p[name], name == "neutral")) for p in probabilities]
    table["cued"] = [negative_cued(values) for values in table["features"]]
    table["label"] = [decide(p, cued) for p, cued in zip(probabilities, table["cued"])]
    table["score"] = table["model_score"]
    table["model_cues"] = [model.reasons(values, label) for values, label in zip(table["features"], table["label"])]
    return table


def score_texts(texts) -> pd.DataFrame:
    """Scores, labels and cues of every method for each text, in order (the ``sentiment`` table's method part)."""
    table = apply_model(rule_scores(texts), sentiment_model.shipped())
    bands = neutral_bands()
    for method in ("snownlp", "lexicon", "stance"):
        table[f"{method}_label"] = [label_for(s, bands[f"{method}_score"]) for s in table[f"{method}_score"]]
    return table[METHOD_COLUMNS].reset_index(drop=True)


def score_text(text: str) -> dict:
    """Every method's score, label and cues for one sentence (empty or punctuation-only reads neutral)."""
    return score_texts([text]).iloc[0].to_dict()


def sentence_sentiment(sentences: pd.DataFrame) -> pd.DataFrame:
    """The ``sentiment`` table for the body and caption sentences of a ``sentences`` table."""
    scored = sentences[sentences["role"].isin(SCORED_ROLES)].reset_index(drop=True)
    methods = score_texts(scored["text_zhs"])
    table = pd.concat([scored[["sent_id", "para_id", "role", "text"]], methods], axis=1)
    table.insert(4, "n_chars", scored["text_zhs"].str.len().astype("int64"))
    columns = ["sent_id", "para_id", "role", "text", "n_chars", *METHOD_COLUMNS]
    return table[columns].sort_values("sent_id", kind="stable").reset_index(drop=True)


# --- Paragraphs and actors ---------------------------------------------------------------------------


def _weighted_mean_std(values: np.ndarray, weights: np.ndarray) -> tuple[float, float]:
    """Length-weighted mean and standard deviation, summed exactly (math.fsum) and rounded to 9 places.

    numpy's pairwise/SIMD sums may differ in the last bit from one process to another, which left a
    one-sentence paragraph's spread at 0 in one run and 1e-16 in the next; tables must be byte-identical.
    """
    pairs = list(zip(values.astype(float), weights.astype(float)))
    total = math.fsum(w for _, w in pairs)
    mean = math.fsum(v * w for v, w in pairs) / total
    variance = math.fsum(w * (v - mean) ** 2 for v, w in pairs) / total
    return round(mean, 9) + 0.0, round(math.sqrt(variance), 9) + 0.0


def _opposite(a: float, b: float, band_a: float, band_b: float) -> bool:
    return (a > band_a and b < -band_b) or (a < -band_a and b > band_b)


def paragraph_label(labels: np.ndarray, scores: np.ndarray, score: float) -> str:
    """``mixed`` when the paragraph holds a strong positive and a strong negative sentence (the minority
    voice is kept, not averaged away); otherwise the label of the length-weighted mean score."""
    strong_positive = ((labels == "positive") & (scores >= STRONG)).any()
    strong_negative = ((labels == "negative") & (scores <= -STRONG)).any()
    if strong_positive and strong_negative:
        return "mixed"
    return label_for(score, neutral_bands()["score"])


def paragraph_sentiment(sentiment: pd.DataFrame) -> pd.DataFrame:
    """Length-weighted mean and spread of the sentence scores, per paragraph in reading order.

    Weighting by characters lets a long sentence count for more than a two-word one, without letting a
    paragraph's length push its score to an extreme (a mean stays in -1..1 whatever the length).
    ``n_positive`` and ``n_negative`` count the sentence labels, so a lone critical sentence stays visible.
    ``disagree`` flags a paragraph where SnowNLP, the second opinion, points the other way.
    """
    bands = neutral_bands()
    # Each column once as a numpy array, each paragraph's rows taken from it by position: the same
    # numbers as per-group Series, without pandas' cost per call on a paragraph's few rows.
    column = {name: sentiment[name].to_numpy() for name in
              ("n_chars", "score", "label", "role", "snownlp_score", "lexicon_score", "stance_score")}
    rows = []
    for para_id, at in sorted(sentiment.groupby("para_id", sort=True).indices.items()):
        n_chars, labels, scores = column["n_chars"][at], column["label"][at], column["score"][at]
        weights = np.maximum(n_chars, 1)
        score, spread = _weighted_mean_std(scores, weights)
        means = {name: float(np.average(column[name][at], weights=weights))
                 for name in ("snownlp_score", "lexicon_score", "stance_score")}
        rows.append({
            "para_id": int(para_id),
            "role": column["role"][at[0]],
            "n_sentences": len(at),
            "n_chars": int(n_chars.sum()),
            "score": score,
            "spread": spread,
            "label": paragraph_label(labels, scores, score),
            "n_positive": int((labels == "positive").sum()),
            "n_negative": int((labels == "negative").sum()),
            **means,
            "disagree": _opposite(means["snownlp_score"], score, bands["snownlp_score"], bands["score"]),
        })
    columns = ["para_id", "role", "n_sentences", "n_chars", "score", "spread", "label", "n_positive", "n_negative",
               "snownlp_score", "lexicon_score", "stance_score", "disagree"]
    return io.with_types(pd.DataFrame(rows, columns=columns),
                         {"n_sentences": "int64", "n_positive": "int64", "n_negative": "int64", "disagree": bool})


def entity_sentiment(sentiment: pd.DataFrame, sentences: pd.DataFrame, entities: pd.DataFrame,
                     top: int = TOP_ENTITIES) -> pd.DataFrame:
    """Mean and spread of the scores of the sentences that mention each of the top entities.

    Mentions are looked up in the loader's simplified copy (``text_zhs``), so an entity shown in the
    article's own script (美樹) still finds its sentences.
    """
    columns = ["entity", "type", "count", "n_sentences", "mean", "std", "min", "max",
               "n_positive", "n_neutral", "n_negative"]
    ranked = entities.sort_values(["count", "entity"], ascending=[False, True], kind="stable").head(top)
    texts = sentiment["sent_id"].map(sentences.set_index("sent_id")["text_zhs"]).tolist()
    # Plain lists and one numpy array instead of a filtered frame per entity (pandas' cost per call was
    # most of the stage's time here). numpy's mean and std(ddof=0) are pandas' nanmean and nanstd on a
    # float column without NaN: the same sums in the same order.
    all_scores, all_labels = sentiment["score"].to_numpy(dtype=float), sentiment["label"].tolist()
    rows = []
    for entity in ranked.itertuples(index=False):
        needle = to_simplified(entity.entity)
        at = [i for i, text in enumerate(texts) if needle in text]
        if not at:
            continue
        scores = all_scores[at]
        counts = Counter(all_labels[i] for i in at)
        rows.append({
            "entity": entity.entity, "type": entity.type, "count": int(entity.count),
            "n_sentences": len(at), "mean": float(scores.mean()),
            "std": float(scores.std(ddof=0)), "min": float(scores.min()), "max": float(scores.max()),
            **{f"n_{name}": counts[name] for name in LABELS},
        })
    return pd.DataFrame(rows, columns=columns)


def _entities(out_dir) -> pd.DataFrame:
    try:
        return io.read_table(out_dir, "entities")
    except io.MissingStageOutput:
        return pd.DataFrame(columns=["entity", "type", "count"])


@reuses_fresh_tables
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


# --- Helpers for the notebook and make bench ---------------------------------------------------------


def snownlp_agreement(texts) -> float:
    """Spearman rank correlation between the fast path and ``SnowNLP(text).sentiments`` on ``texts``."""
    fast = pd.Series([snownlp_probability(snownlp_tokens(t)) for t in texts])
    slow = pd.Series([snownlp_original(t) for t in texts])
    return float(fast.rank().corr(slow.rank()))


def extremes(sentiment: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The n most positive and n most negative sentences (ties by sent_id), with the cues that drove them."""
    columns = ["sent_id", "para_id", "score", "label", "text", "lexicon_hits", "stance_cues"]
    ranked = sentiment.sort_values(["score", "sent_id"], ascending=[False, True], kind="stable")
    top = ranked.head(n).assign(end="most positive · 最正面")
    bottom = sentiment.sort_values(["score", "sent_id"], kind="stable").head(n).assign(end="most negative · 最负面")
    return pd.concat([top, bottom])[["end", *columns]].reset_index(drop=True)
