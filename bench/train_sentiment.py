"""Build data/models/sentiment_logreg.json: the sentiment stage's supervised model and neutral bands.

Run: ``PYTHONPATH=. /work/main/.venv/bin/python bench/train_sentiment.py``

Trained on ALL labelled sentences: the tune gold (data/eval/sentiment/gold_corpus.tsv + gold_tune.tsv) and
round 1's test gold (gold_test.tsv), seen since round 1's landing; each row is checked against
data/eval/split.tsv. The fresh held-out articles of data/eval/fresh/ are never read. What it stores (see
zhnews.sentiment.model):

- the logistic regression's weights over stance features and character n-grams;
- the neutral bands of the banded methods (SnowNLP, lexicon, stance), chosen on all these sentences, and
  the band of the combined score used for paragraph labels, chosen on leave-one-article-out scores (the
  model's in-sample scores would be over-confident);
- how it was made: SHA-256 of the training sentences and labels, counts, scikit-learn version.

Deterministic: the same gold, word lists and scikit-learn version rebuild the file byte for byte.
Retrain after editing a sentiment word list (data/lexicon/sentiment_*), since the features use them.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhnews.sentiment import evaluate as sentiment_eval, model as sentiment_model  # noqa: E402


def build() -> sentiment_model.Model:
    gold = sentiment_eval.read_gold("all")
    scores = sentiment_eval.score_gold(gold)
    bands = {column: sentiment_eval.choose_band(scores[column], gold["label"])
             for column in sentiment_eval.BANDED.values()}
    held_out = sentiment_eval.cross_validate(gold, scores)
    bands["score"] = sentiment_eval.choose_band(held_out["score"], gold["label"])
    info = {
        "trained_on": "data/eval/sentiment/gold_corpus.tsv + gold_tune.tsv + gold_test.tsv (tune and seen test splits)",
        "sentences": len(gold),
        "articles": int(gold["source"].nunique()),
        "data_sha256": sentiment_model.data_hash(gold["text_zhs"], gold["label"]),
        "bands": bands,
    }
    return sentiment_model.train(list(scores["features"]), list(gold["label"]), info=info)


if __name__ == "__main__":
    model = build()
    sentiment_model.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sentiment_model.MODEL_PATH.write_text(model.to_json(), encoding="utf-8")
    size = sentiment_model.MODEL_PATH.stat().st_size
    print(f"wrote {sentiment_model.MODEL_PATH} ({size / 1e6:.2f} MB, {len(model.weights)} features); "
          f"bands {model.info['bands']}")
