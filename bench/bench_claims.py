"""Claims stage speed, for `make bench` (bench/bench.py calls ``measure``).

Both measures run over the sentences of the given body texts (split with zhnews.text.split_sentences):
finding and normalising figures (zhnews.claims.quantities.find_quantities), and tagging claims
(zhnews.claims.tag_sentence: segmentation, cues, sources, score, with the figures found first).
Throughput is characters per second, median of several repeats.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zhnews.claims import tag_sentence  # noqa: E402
from zhnews.claims.quantities import find_quantities  # noqa: E402
from zhnews.text import split_sentences, to_simplified  # noqa: E402

from timing import median_seconds  # noqa: E402  (bench/ is on sys.path when bench.py runs)


def _sentences(texts: list[str]) -> list[str]:
    # The stage analyses the simplified copy (text_zhs); traditional text would send jieba's HMM into
    # long runs of unknown characters and measure something the pipeline never does.
    return [to_simplified(text[s:e]) for text in texts for s, e in split_sentences(text)]


def _per_sentence(func, sentences: list[str]) -> float:
    func(sentences[0])  # warm caches (lexicons, jieba's dictionary) outside the timing
    return median_seconds(lambda: [func(sentence) for sentence in sentences])


def measure(texts: list[str]) -> list[tuple[str, float, str]]:
    sentences = [s for s in _sentences(texts) if s.strip()]
    if not sentences:
        return []
    chars = sum(len(s) for s in sentences)
    return [
        ("quantities throughput", chars / _per_sentence(find_quantities, sentences), "chars/s"),
        ("claims throughput", chars / _per_sentence(tag_sentence, sentences), "chars/s"),
    ]


if __name__ == "__main__":
    from zhnews import load

    seed = Path(__file__).resolve().parent.parent / "data" / "articles" / "deepseek_sanlian.md"
    corpus = sorted((seed.parents[3] / "shared" / "corpus").glob("[0-9]*"))
    bodies = []
    for path in [seed, *corpus]:
        paragraphs = load.load_article(path).paragraphs
        bodies.append("\n".join(paragraphs[paragraphs.role == "body"].text))
    for name, value, unit in measure(bodies):
        print(f"{name}: {value:,.0f} {unit}")
