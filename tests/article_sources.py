"""The source tests' reading of a whole article: each sentence's source, as a run finds it (the loader's paragraphs,
their sentences, the figures, then the claims table with sources carried across sentences)."""

from __future__ import annotations

from pathlib import Path

from zhnews import claims, load, text
from zhnews.claims import quantities


def sources_in_file(path: Path, day: str) -> dict[str, str]:
    """{sentence: its source} of the article in ``path``, published on ``day``."""
    loaded = load.load_article(path)
    sentences = text.sentences_table(loaded.paragraphs)
    table = claims.claims_table(sentences, quantities.quantities_table(sentences, day), loaded.meta)
    return dict(zip(table["text"], table["source"]))


def sources_in_text(tmp_path: Path, article: str, day: str, name: str = "article.txt") -> dict[str, str]:
    """{sentence: its source} of ``article``, written as the UTF-8 file ``name`` and read from there."""
    path = tmp_path / name
    path.write_text(article, encoding="utf-8")
    return sources_in_file(path, day)


def source_of(got: dict[str, str], opening: str) -> str:
    """The source of the sentence that opens with ``opening``."""
    return next(source for sentence, source in got.items() if sentence.startswith(opening))
