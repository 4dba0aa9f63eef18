"""Sentiment stage speed and SnowNLP agreement, for `make bench` (bench/bench.py calls ``measure``).

All methods run on the same sentences (the body texts split with zhnews.text.split_sentences): the old
``SnowNLP(text).sentiments`` path, the fast path (our jieba tokens + SnowNLP's classifier), the lexicon
method, and the whole per-sentence scoring. Also reported: the Spearman rank agreement between the fast
and the old path, and the median per-token SnowNLP evidence (the value behind sentiment.SNOWNLP_CENTRE).
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhnews import sentiment  # noqa: E402
from zhnews.sentiment import polarity as lexicon  # noqa: E402
from zhnews.text import split_sentences  # noqa: E402

from timing import median_seconds  # noqa: E402  (bench/ is on sys.path when bench.py runs)

REPEATS = 3


def _sentences(texts: list[str]) -> list[str]:
    paragraphs = [line for text in texts for line in text.splitlines()]
    return [para[s:e] for para in paragraphs for s, e in split_sentences(para)]


def _median_seconds(func, sentences: list[str]) -> float:
    return median_seconds(lambda: [func(sentence) for sentence in sentences], REPEATS)


def _fast_snownlp(text: str) -> float:
    return sentiment.snownlp_probability(sentiment.snownlp_tokens(text))


def measure(texts: list[str]) -> list[tuple[str, float, str]]:
    sentences = _sentences(texts)
    sentiment.score_text("热身")  # load jieba, SnowNLP's model and the lexicon outside the timing
    sentiment.snownlp_original("热身")
    n = len(sentences)
    old = _median_seconds(sentiment.snownlp_original, sentences)
    fast = _median_seconds(_fast_snownlp, sentences)
    lex = _median_seconds(lexicon.score, sentences)
    whole = _median_seconds(sentiment.score_text, sentences)
    evidence = [sentiment.snownlp_evidence(sentiment.snownlp_tokens(s)) for s in sentences]
    return [
        ("sentiment SnowNLP(text).sentiments (old path)", n / old, "sentences/s"),
        ("sentiment SnowNLP fast path (jieba + its classifier)", n / fast, "sentences/s"),
        ("sentiment SnowNLP fast-path speed-up", old / fast, "x"),
        ("sentiment lexicon method", n / lex, "sentences/s"),
        ("sentiment all methods per sentence", n / whole, "sentences/s"),
        ("sentiment fast vs old SnowNLP Spearman rho", sentiment.snownlp_agreement(sentences), f"rho ({n} sentences)"),
        ("sentiment median SnowNLP evidence per token", statistics.median(evidence), "log-ratio"),
    ]


if __name__ == "__main__":
    from zhnews.paths import DEFAULT_ARTICLE

    for name, value, unit in measure([DEFAULT_ARTICLE.read_text(encoding="utf-8")]):
        print(f"{name:55s} {value:12.3f} {unit}")
