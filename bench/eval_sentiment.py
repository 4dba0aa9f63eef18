"""Sentiment methods against the hand-labelled gold, for `make bench` and the methods notebook.

Run: ``PYTHONPATH=. /work/main/.venv/bin/python bench/eval_sentiment.py [--split seen|fresh|all]``

For each method (SnowNLP, lexicon, stance rules, the supervised model alone, and the combined label the
stage ships) it prints macro-F1, accuracy, the share of negative sentences labelled positive, and the
confusion matrix (rows: the reader's label, columns: the method's):

- over ALL labelled sentences (tune + round 1's seen test split) by leave-one-article-out cross-validation
  (bands and model fitted without the article), the figure for unseen articles, and the combined label's
  figures per held-out article; then the positive margins
  of the combined label against those held-out labels, and the pair the rule picks;
- on the seen test split with bands and model fitted on tune only (round 1's protocol, for comparison):
  all rows, and without the rows marked doubt;
- with ``--split fresh`` or ``all``: on round 2's frozen split (data/eval/fresh/), with bands and model
  fitted on all labelled sentences, as shipped: all rows, and without the rows marked doubt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

from zhnews import sentiment  # noqa: E402
from zhnews.sentiment import evaluate as sentiment_eval  # noqa: E402


def show(title: str, gold: pd.DataFrame, predicted: pd.DataFrame, rows=None) -> None:
    print(f"\n== {title}")
    print(sentiment_eval.summary(gold, predicted, rows).round(3).to_string(index=False))
    mask = slice(None) if rows is None else rows
    for name in sentiment_eval.METHODS:
        print(f"\n{name}:")
        print(sentiment_eval.confusion(gold["label"][mask], predicted[name][mask]).to_string())


def show_held_out(title: str, train: pd.DataFrame, held: pd.DataFrame) -> None:
    """Every method on ``held``, fitted on ``train``: all rows, and without the rows marked doubt."""
    predicted = sentiment_eval.fitted_on(train, held)
    show(f"{title}, all rows ({len(held)} sentences, {held['source'].nunique()} articles)", held, predicted)
    sure = (~held["doubt"]).to_numpy()
    show(f"{title}, without doubt rows ({int(sure.sum())} sentences)", held, predicted, sure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("seen", "fresh", "all"), default="seen",
                        help="seen: cross-validation over tune and round 1's test; fresh: round 2's frozen split only")
    args = parser.parse_args()
    gold = sentiment_eval.read_gold("all")
    if args.split in ("seen", "all"):
        held_out = sentiment_eval.cross_validate(gold)
        show(f"all labelled sentences, leave-one-article-out ({len(gold)} sentences, "
             f"{gold['source'].nunique()} articles)", gold, held_out)
        print("\n== the combined label per held-out article")
        print(sentiment_eval.by_article(gold, held_out).round(3).to_string(index=False))
        sweep = sentiment_eval.margin_sweep(gold, held_out)
        print("\n== the combined label by positive margin (plain, and with a negative stance cue), same held-out labels")
        print(sweep.sort_values("macro_f1", ascending=False).head(15).round(3).to_string(index=False))
        chosen = sentiment_eval.choose_margins(sweep)
        print(f"\nchosen (best macro-F1 with neg→pos ≤ {sentiment_eval.NEG_AS_POS_GOAL}): "
              f"{chosen['positive_margin']:.1f} / {chosen['cued_margin']:.1f}; shipped: "
              f"{sentiment.POSITIVE_MARGIN} / {sentiment.CUED_POSITIVE_MARGIN}")
        show_held_out("seen test, fitted on tune only", sentiment_eval.read_gold("tune"), sentiment_eval.read_gold("test"))
    if args.split in ("fresh", "all"):
        show_held_out("fresh (frozen, round 2), fitted on all labelled sentences as shipped", gold, sentiment_eval.read_gold("fresh"))


if __name__ == "__main__":
    main()
