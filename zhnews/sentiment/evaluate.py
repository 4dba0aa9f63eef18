"""Evaluation of the sentiment methods on the hand-labelled gold: never run per article.

Used by ``bench/eval_sentiment.py`` (``make bench``), ``bench/train_sentiment.py`` and
``notebooks/methods_sentiment.ipynb``.

Gold (``data/eval/sentiment/``, labelled from the text before any program output was seen):

- ``tune``: ``gold_corpus.tsv`` (default article + ../shared/corpus) and ``gold_tune.tsv`` (20 dev articles).
- ``test``: ``gold_test.tsv``, the 10 articles of round 1's frozen test split. Scored once at the end of
  round 1, so now SEEN: it may be used for development and joins the training data of the shipped model.
  Its ``doubt`` column marks sentences the annotator hesitated over.
- ``all``: both (:data:`TRAINING_SPLITS`), what the shipped model and bands are fitted on.
- ``fresh``: ``data/eval/fresh/sentiment.tsv``, round 2's frozen split (12 articles from outlets used nowhere
  else), never trained or tuned on; scored with bands and model fitted on ``all``, as shipped.

``data/eval/split.tsv`` gives each article's split; :func:`read_gold` checks every row against it.

Honest figures come from leave-one-article-out cross-validation over all labelled sentences
(:func:`cross_validate`): for each article, the neutral bands are chosen and the supervised model trained
on the other articles only, then the held-out article is labelled. Every threshold of the shipped label
(:func:`margin_sweep`) is chosen on these held-out labels. The seen test split is also scored with bands
and model fitted on tune only (:func:`fitted_on`), the round-1 protocol, for comparison.

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

EVAL_DIR = ROOT / "data" / "eval"
SPLIT_PATH = EVAL_DIR / "split.tsv"
GOLD_FILES = {"tune": ("sentiment/gold_corpus.tsv", "sentiment/gold_tune.tsv"), "test": ("sentiment/gold_test.tsv",),
              "fresh": ("fresh/sentiment.tsv",)}
# The splits whose gold trains the shipped model: round 1's test split is seen now, so it joins tune.
TRAINING_SPLITS = ("tune", "test")
LABELS = sentiment.LABELS
# Banded methods: a score column and the neutral band chosen on the training articles.
BANDED = {"SnowNLP": "snownlp_score", "lexicon": "lexicon_score", "stance": "stance_score"}
# Every method reported, in order: the banded ones, the supervised model alone, and the shipped label.
METHODS = (*BANDED, "model", "combined")
# Candidate neutral bands (|score| at or below reads neutral).
BANDS = np.round(np.arange(0.0, 0.61, 0.05), 2)
# Candidate positive margins of the combined label (sentiment.POSITIVE_MARGIN), and for sentences with a
# negative stance cue (sentiment.CUED_POSITIVE_MARGIN; 1.0: such a sentence never reads positive).
MARGINS = np.round(np.arange(0.0, 0.61, 0.1), 2)
CUED_MARGINS = np.round(np.arange(0.0, 1.01, 0.1), 2)
# The goal: at most this share of negative sentences labelled positive.
NEG_AS_POS_GOAL = 0.05


# --- Gold ----------------------------------------------------------------------------------------------


def read_split() -> dict[str, str]:
    table = pd.read_csv(SPLIT_PATH, sep="\t", comment="#", dtype=str)
    return dict(zip(table["file"], table["split"]))


def read_gold(split: str = "all") -> pd.DataFrame:
    """The gold sentences of ``split`` (tune | test | fresh | all): source, split, text, label, doubt (bool), text_zhs.

    Raises ValueError when a row's article belongs to another split in split.tsv.
    """
    if split == "all":
        return pd.concat([read_gold(name) for name in TRAINING_SPLITS], ignore_index=True)
    frames = [pd.read_csv(EVAL_DIR / name, sep="\t", comment="#", dtype=str, keep_default_na=False)
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
    gold["split"] = split
    gold["text_zhs"] = [to_simplified(t) for t in gold["text"]]
    return gold[["source", "split", "text", "label", "doubt", "text_zhs"]]


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
    predicted["cued"] = list(applied["cued"])
    return pd.DataFrame(predicted, index=held_scores.index)


def cross_validate(gold: pd.DataFrame, scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Leave-one-article-out labels of every method for every gold sentence (index aligned with ``gold``)."""
    scores = score_gold(gold) if scores is None else scores
    parts = []
    for source in sorted(gold["source"].unique()):
        held = (gold["source"] == source).to_numpy()
        parts.append(predict(gold[~held], scores[~held], scores[held]))
    return pd.concat(parts).loc[gold.index]


def fitted_on(train: pd.DataFrame, held: pd.DataFrame) -> pd.DataFrame:
    """Labels of every method on the ``held`` sentences, with bands and model fitted on ``train`` (the
    round-1 protocol for the test split: fitted on tune, scored on test)."""
    return predict(train, score_gold(train), score_gold(held))


def summary(gold: pd.DataFrame, predicted: pd.DataFrame, rows=None) -> pd.DataFrame:
    """One row of figures per method (over ``rows``, a boolean mask, or every sentence), plus the
    all-neutral baseline."""
    rows = np.ones(len(gold), bool) if rows is None else np.asarray(rows)
    truth = gold["label"].to_numpy()[rows]
    table = [{"method": "all neutral", **metrics(truth, np.full(len(truth), "neutral"))}]
    table += [{"method": name, **metrics(truth, predicted[name].to_numpy()[rows])} for name in METHODS]
    return pd.DataFrame(table)


def by_article(gold: pd.DataFrame, predicted: pd.DataFrame, method: str = "combined") -> pd.DataFrame:
    """One row per article: its sentences, the method's macro-F1 and accuracy there, and how many of its
    negative sentences the method labelled positive (where the worst errors come from)."""
    rows = []
    for source, group in gold.groupby("source", sort=True):
        labels = predicted.loc[group.index, method].to_numpy()
        negative = (group["label"] == "negative").to_numpy()
        rows.append({"source": source, "split": group["split"].iloc[0], "n": len(group),
                     "macro_f1": macro_f1(group["label"], labels),
                     "accuracy": float(np.mean(group["label"].to_numpy() == labels)),
                     "n_negative": int(negative.sum()), "neg_as_pos": int((labels[negative] == "positive").sum())})
    return pd.DataFrame(rows)


def margin_sweep(gold: pd.DataFrame, predicted: pd.DataFrame, margins=MARGINS, cued_margins=CUED_MARGINS):
    """Figures of the combined label for each pair of positive margins (sentiment.POSITIVE_MARGIN, and
    sentiment.CUED_POSITIVE_MARGIN for sentences with a negative stance cue, never below the first), from the
    held-out model labels, scores and cues: the margins are chosen here, by cross-validation."""
    rows = []
    for margin in margins:
        for cued_margin in cued_margins[cued_margins >= margin]:
            needed = np.where(predicted["cued"].to_numpy(bool), cued_margin, margin)
            demoted = (predicted["model"] == "positive") & (predicted["score"] < needed)
            labels = predicted["model"].where(~demoted, "neutral")
            rows.append({"positive_margin": float(margin), "cued_margin": float(cued_margin),
                         **metrics(gold["label"], labels)})
    return pd.DataFrame(rows)


def choose_margins(sweep: pd.DataFrame, goal: float = NEG_AS_POS_GOAL) -> pd.Series:
    """The sweep row with the best macro-F1 among those reading at most ``goal`` of negatives as positive
    (ties: the larger margins, the safer side)."""
    allowed = sweep[sweep["neg_as_pos"] <= goal]
    ranked = allowed.assign(f1=allowed["macro_f1"].round(3)).sort_values(
        ["f1", "positive_margin", "cued_margin"], ascending=False, kind="stable")
    return ranked.iloc[0].drop("f1")
