"""Build data/models/sentiment_logreg.json: the sentiment stage's supervised model and neutral bands.

Run: ``PYTHONPATH=. /work/main/.venv/bin/python bench/train_sentiment.py``

Trained on the TUNE gold only (data/eval/sentiment/gold_corpus.tsv + gold_tune.tsv, checked against
data/eval/split.tsv); the frozen test gold is never read here. What it stores (see zhnews.sentiment.model):

- the logistic regression's weights over stance features and character n-grams;
- the neutral bands of the banded methods (SnowNLP, lexicon, stance), chosen on all tune sentences, and
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
    tune = sentiment_eval.read_gold("tune")
    scores = sentiment_eval.score_gold(tune)
    bands = {column: sentiment_eval.choose_band(scores[column], tune["label"])
             for column in sentiment_eval.BANDED.values()}
    held_out = sentiment_eval.cross_validate(tune, scores)
    bands["score"] = sentiment_eval.choose_band(held_out["score"], tune["label"])
    info = {
        "trained_on": "data/eval/sentiment/gold_corpus.tsv + gold_tune.tsv (tune split)",
        "sentences": len(tune),
        "articles": int(tune["source"].nunique()),
        "data_sha256": sentiment_model.data_hash(tune["text_zhs"], tune["label"]),
        "bands": bands,
    }
    return sentiment_model.train(list(scores["features"]), list(tune["label"]), info=info)


if __name__ == "__main__":
    model = build()
    sentiment_model.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sentiment_model.MODEL_PATH.write_text(model.to_json(), encoding="utf-8")
    size = sentiment_model.MODEL_PATH.stat().st_size
    print(f"wrote {sentiment_model.MODEL_PATH} ({size / 1e6:.2f} MB, {len(model.weights)} features); "
          f"bands {model.info['bands']}")
