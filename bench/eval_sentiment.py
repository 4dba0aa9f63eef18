"""Sentiment methods against the hand-labelled gold, for `make bench` and the methods notebook.

Run: ``PYTHONPATH=. /work/main/.venv/bin/python bench/eval_sentiment.py [--test]``

For each method (SnowNLP, lexicon, stance rules, the supervised model alone, and the combined label the
stage ships) it prints macro-F1, accuracy, the share of negative sentences labelled positive, and the
confusion matrix (rows: the reader's label, columns: the method's):

- on the TUNE gold by leave-one-article-out cross-validation (bands and model fitted without the article);
- with ``--test``, on the frozen TEST gold (all rows, and without the rows marked doubt), with bands and
  model fitted on all of tune. Score the test split once, at the end of a piece of work.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from zhnews.sentiment import evaluate as sentiment_eval  # noqa: E402


def show(title: str, gold: pd.DataFrame, predicted: pd.DataFrame, rows=None) -> None:
    print(f"\n== {title}")
    print(sentiment_eval.summary(gold, predicted, rows).round(3).to_string(index=False))
    mask = slice(None) if rows is None else rows
    for name in sentiment_eval.METHODS:
        print(f"\n{name}:")
        print(sentiment_eval.confusion(gold["label"][mask], predicted[name][mask]).to_string())


def main(test: bool) -> None:
    tune = sentiment_eval.read_gold("tune")
    held_out = sentiment_eval.cross_validate(tune)
    show(f"tune, leave-one-article-out ({len(tune)} sentences, {tune['source'].nunique()} articles)", tune, held_out)
    print("\n== tune, leave-one-article-out: the combined label by positive margin (sentiment.POSITIVE_MARGIN)")
    print(sentiment_eval.margin_sweep(tune, held_out).round(3).to_string(index=False))
    if test:
        frozen = sentiment_eval.read_gold("test")
        predicted = sentiment_eval.frozen_test(tune, frozen)
        show(f"frozen test, all rows ({len(frozen)} sentences)", frozen, predicted)
        sure = (~frozen["doubt"]).to_numpy()
        show(f"frozen test, without doubt rows ({int(sure.sum())} sentences)", frozen, predicted, sure)


if __name__ == "__main__":
    main(test="--test" in sys.argv[1:])
