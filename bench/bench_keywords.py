"""Throughput of the keywords stage's segmentation and ranking, next to raw ``jieba.lcut``.

``measure(texts)`` is called by bench/bench.py with the body texts of the seed and corpus articles.
Each figure is the median of several repeats, in characters per second.
"""

from __future__ import annotations


import jieba

from zhnews import keywords, segment
from zhnews.keywords import newwords

from timing import median_seconds  # (bench/ is on sys.path when bench.py runs)

REPEATS = 5


def _chars_per_second(action, texts: list[str]) -> float:
    return sum(len(t) for t in texts) / median_seconds(lambda: action(texts), REPEATS)


def _raw_jieba(texts):
    for text in texts:
        jieba.lcut(text)


def _our_segmentation(texts):
    for text in texts:
        segment.cut(text)


def _discovery(texts):
    segment.set_run_words({})
    for text in texts:
        newwords.discover([text])


def _keywords(texts):
    for text in texts:
        keywords.article_keywords({0: text})


def measure(texts: list[str]) -> list[tuple[str, float, str]]:
    jieba.initialize()
    segment.tokenizer()
    keywords.article_keywords({0: "预热"})  # loads jieba's IDF table outside the timing
    return [
        ("jieba.lcut throughput (reference)", _chars_per_second(_raw_jieba, texts), "chars/s"),
        ("segment.cut throughput", _chars_per_second(_our_segmentation, texts), "chars/s"),
        ("new-word discovery throughput", _chars_per_second(_discovery, texts), "chars/s"),
        ("keywords (tfidf+textrank) throughput", _chars_per_second(_keywords, texts), "chars/s"),
    ]


if __name__ == "__main__":
    from pathlib import Path

    from zhnews.paths import DEFAULT_ARTICLE

    sample = [Path(DEFAULT_ARTICLE).read_text(encoding="utf-8")]
    for name, value, unit in measure(sample):
        print(f"{name:40s} {value:12.0f} {unit}")
