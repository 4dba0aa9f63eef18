"""Evaluation of the sentiment methods on the hand-labelled gold: never run per article.

Used by ``bench/eval_sentiment.py`` (``make bench``) and ``notebooks/methods_sentiment.ipynb``.

Gold (``data/eval/sentiment/``, labelled from the text before any program output was seen):

- ``tune``: ``gold_corpus.tsv`` (default article + ../shared/corpus) and ``gold_tune.tsv`` (20 dev articles).
  Rules, bands and the supervised model are tuned on these only.
- ``test``: ``gold_test.tsv``, 10 frozen articles, scored once at the end of a piece of work. Its ``doubt``
  column marks sentences the annotator hesitated over; figures are given with and without them.

``data/eval/split.tsv`` gives each article's split; :func:`read_gold` checks every row against it, so a
sentence of a test article can never end up in the tune gold.

Honest figures on tune come from leave-one-article-out cross-validation (:func:`cross_validate`): for each
article, the neutral bands are chosen and the supervised model trained on the other articles only, then the
held-out article is labelled. The frozen test split (:func:`frozen_test`) uses bands and a model fitted on
all of tune, exactly what ships.

Figures per method (:func:`metrics`): macro-F1 over the three labels, accuracy, the share of negative
sentences labelled positive (the worst error for news: criticism read as praise) and the confusion matrix.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import sentiment
from ..paths import ROOT
from ..text import to_simplified
from . import model as sentiment_model

GOLD_DIR = ROOT / "data" / "eval" / "sentiment"
SPLIT_PATH = ROOT / "data" / "eval" / "split.tsv"
GOLD_FILES = {"tune": ("gold_corpus.tsv", "gold_tune.tsv"), "test": ("gold_test.tsv",)}
LABELS = sentiment.LABELS
# Banded methods: a score column and the neutral band chosen on the training articles.
BANDED = {"SnowNLP": "snownlp_score", "lexicon": "lexicon_score", "stance": "stance_score"}
# Every method reported, in order: the banded ones, the supervised model alone, and the shipped label.
METHODS = (*BANDED, "model", "combined")
# Candidate neutral bands (|score| at or below reads neutral).
BANDS = np.round(np.arange(0.0, 0.61, 0.05), 2)


# --- Gold ----------------------------------------------------------------------------------------------


def read_split() -> dict[str, str]:
    table = pd.read_csv(SPLIT_PATH, sep="\t", comment="#", dtype=str)
    return dict(zip(table["file"], table["split"]))


def read_gold(split: str = "tune") -> pd.DataFrame:
    """The gold sentences of ``split`` (tune | test): source, text, label, doubt (bool), text_zhs.

    Raises ValueError when a row's article belongs to another split in split.tsv.
    """
    frames = [pd.read_csv(GOLD_DIR / name, sep="\t", comment="#", dtype=str, keep_default_na=False)
              for name in GOLD_FILES[split]]
    gold = pd.concat(frames, ignore_index=True)
    gold["doubt"] = gold.get("doubt", pd.Series("", index=gold.index)).fillna("").eq("yes")
    splits = read_split()
    wrong = sorted({s for s in gold["source"] if splits.get(s) != split})
    if wrong:
        raise ValueError(f"gold rows of articles not in the {split} split: {', '.join(wrong)}")
    unknown = set(gold["label"]) - set(LABELS)
    if unknown:
        raise ValueError(f"unknown labels in the {split} gold: {sorted(unknown)}")
    gold["text_zhs"] = [to_simplified(t) for t in gold["text"]]
    return gold[["source", "text", "label", "doubt", "text_zhs"]]


# --- Figures -------------------------------------------------------------------------------------------


def macro_f1(truth, predicted) -> float:
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    scores = []
    for name in LABELS:
        tp = np.sum((predicted == name) & (truth == name))
        wrong = np.sum((predicted == name) != (truth == name))
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores))


def confusion(truth, predicted) -> pd.DataFrame:
    """Rows: the reader's label, columns: the method's."""
    table = pd.crosstab(pd.Categorical(truth, LABELS), pd.Categorical(predicted, LABELS), dropna=False)
    table.index.name, table.columns.name = "gold", "predicted"
    return table


def metrics(truth, predicted) -> dict:
    truth, predicted = np.asarray(truth), np.asarray(predicted)
    negative = truth == "negative"
    return {
        "macro_f1": macro_f1(truth, predicted),
        "accuracy": float(np.mean(truth == predicted)),
        "neg_as_pos": float(np.mean(predicted[negative] == "positive")) if negative.any() else 0.0,
        "n": int(len(truth)),
    }


def choose_band(scores, truth, candidates=BANDS) -> float:
    """The neutral band that maximises macro-F1 on these sentences (ties: the narrower band)."""
    results = [(macro_f1(truth, [sentiment.label_for(s, band) for s in scores]), -band) for band in candidates]
    return float(-max(results)[1])


# --- Methods -------------------------------------------------------------------------------------------


def score_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """Every method's rule-based scores and the model features, once per gold sentence (no model applied)."""
    return sentiment.rule_scores(gold["text_zhs"], gold["source"])


def predict(train: pd.DataFrame, train_scores: pd.DataFrame, held_scores: pd.DataFrame) -> pd.DataFrame:
    """Each method's labels for the held-out sentences, fitted on the training sentences only, and the
    combined score (``score``)."""
    predicted = {}
    for name, column in BANDED.items():
        band = choose_band(train_scores[column], train["label"])
        predicted[name] = [sentiment.label_for(s, band) for s in held_scores[column]]
    model = sentiment_model.train(list(train_scores["features"]), list(train["label"]))
    applied = sentiment.apply_model(held_scores, model)
    predicted["model"] = list(applied["model_label"])
    predicted["combined"] = list(applied["label"])
    predicted["score"] = list(applied["score"])
    return pd.DataFrame(predicted, index=held_scores.index)


def cross_validate(gold: pd.DataFrame, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Leave-one-article-out labels of every method for every gold sentence (index aligned with ``gold``)."""
    scores = score_gold(gold) if scores is None else scores
    parts = []
    for source in sorted(gold["source"].unique()):
        held = (gold["source"] == source).to_numpy()
        parts.append(predict(gold[~held], scores[~held], scores[held]))
    return pd.concat(parts).loc[gold.index]


def frozen_test(tune: pd.DataFrame, test: pd.DataFrame) -> pd.DataFrame:
    """Labels of every method on the test sentences, with bands and model fitted on all of tune."""
    return predict(tune, score_gold(tune), score_gold(test))


def summary(gold: pd.DataFrame, predicted: pd.DataFrame, rows=None) -> pd.DataFrame:
    """One row of figures per method (over ``rows``, a boolean mask, or every sentence), plus the
    all-neutral baseline."""
    rows = np.ones(len(gold), bool) if rows is None else np.asarray(rows)
    truth = gold["label"].to_numpy()[rows]
    table = [{"method": "all neutral", **metrics(truth, np.full(len(truth), "neutral"))}]
    table += [{"method": name, **metrics(truth, predicted[name].to_numpy()[rows])} for name in METHODS]
    return pd.DataFrame(table)


def margin_sweep(gold: pd.DataFrame, predicted: pd.DataFrame, margins=np.round(np.arange(0.0, 0.61, 0.1), 2)):
    """Figures of the combined label for each positive margin (sentiment.POSITIVE_MARGIN), from the
    held-out model labels and scores: the margin is chosen here, on tune, by cross-validation."""
    rows = []
    for margin in margins:
        demoted = (predicted["model"] == "positive") & (predicted["score"] < margin)
        labels = predicted["model"].where(~demoted, "neutral")
        rows.append({"positive_margin": float(margin), **metrics(gold["label"], labels)})
    return pd.DataFrame(rows)
