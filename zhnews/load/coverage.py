"""Did every character of the article land in a paragraph? Checked independently of the parsers.

Each source module has a ``reference_content``: a deliberately simple regex pass over the decoded
input (markup syntax, URLs, tags, scripts and styles removed) that shares no code path with its
parser. Both sides are reduced to *content characters*: letters, digits, CJK and non-ASCII
punctuation. ASCII punctuation is left out on both sides, because in markdown and HTML it is mostly
syntax (``*``, ``_``, ``[``, ``(``, ``#``, ``|``, ``<``) and cannot be told apart from text by a simple
pass. The reference sequence is then matched in order, greedily, against the concatenated paragraph
texts; unmatched runs are reported as missing fragments.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Iterable

# How far ahead in the paragraph text a reference character is looked for before it counts as lost.
SEARCH_WINDOW = 300


@dataclass
class Coverage:
    ratio: float  # n_covered / n_content_chars
    n_content_chars: int  # content characters in the input
    n_covered: int  # ... found, in order, in the paragraphs
    n_paragraph_chars: int  # content characters in all paragraphs (> n_content_chars means duplication)
    missing: list[str] = field(default_factory=list)  # uncovered fragments, in reading order

    def __getitem__(self, key):  # the notebook may treat it as a dict
        return getattr(self, key)

    def as_dict(self) -> dict:
        return asdict(self)


def is_content(ch: str) -> bool:
    return ch.isalnum() or (ord(ch) > 127 and unicodedata.category(ch)[0] in "PS")


def content_of(text: str) -> str:
    """The content characters of ``text`` in order: is_content asked once per distinct character, not per character."""
    kept = {ch for ch in set(text) if is_content(ch)}
    return "".join([ch for ch in text if ch in kept])


def measure(reference: str, paragraph_texts: Iterable[str]) -> Coverage:
    content = content_of(reference)
    covered_text = "".join(content_of(text) for text in paragraph_texts)
    missing: list[str] = []
    position = 0
    run: list[str] = []
    n_covered = 0
    for ch in content:
        found = covered_text.find(ch, position, position + SEARCH_WINDOW)
        if found < 0:
            run.append(ch)
            continue
        if run:
            missing.append("".join(run))
            run = []
        n_covered += 1
        position = found + 1
    if run:
        missing.append("".join(run))
    ratio = n_covered / len(content) if content else 1.0
    return Coverage(round(ratio, 6), len(content), n_covered, len(covered_text), missing)
