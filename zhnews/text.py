"""Text helpers shared by every stage: sentence splitting and the simplified copy for analysis."""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import io

# A sentence ends at Chinese or Western end punctuation (runs such as ？！ or …… included); closing
# quotes and brackets that follow stay with the sentence they close. A Western full stop only counts
# when it is not inside a number (1.5亿) and is followed by a space or the end of the paragraph.
SENTENCE_END = "。！？!?"  # marks that end a sentence wherever they stand
_CLOSERS = "”’」』）)】》\"'"
# …except a full-width 。 between two full-width digits, typed for the decimal point (１。３８個月).
_SENTENCE_END = re.compile(
    rf"(?:(?:(?<![０-９])。|。(?![０-９])|[！？!?])+|…{{2,}}|\.(?!\d)(?=\s|$))[{re.escape(_CLOSERS)}]*"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of ``text``, whitespace around them excluded.

    Text after the last end mark (a heading, a caption without a full stop) is a sentence too, so
    the spans cover every non-space character of the paragraph.
    """
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def sentences_table(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The ``sentences`` table of the data contract, for every paragraph whatever its role.

    Columns: sent_id, para_id, role, text, text_zhs (simplified copy), start, end (offsets in the
    paragraph text). Later stages pick the roles they analyse.
    """
    rows = []
    for para in paragraphs.itertuples(index=False):
        for start, end in split_sentences(para.text):
            rows.append(
                {
                    "para_id": para.para_id,
                    "role": para.role,
                    "text": para.text[start:end],
                    "text_zhs": para.text_zhs[start:end],
                    "start": start,
                    "end": end,
                }
            )
    table = pd.DataFrame(rows, columns=["para_id", "role", "text", "text_zhs", "start", "end"])
    table.insert(0, "sent_id", range(len(table)))
    return io.with_types(table, {"sent_id": "int64", "para_id": "int64", "start": "int64", "end": "int64"})


def occurrences(text: str, word: str) -> list[int]:
    """Offsets of the non-overlapping occurrences of ``word`` in ``text``, left to right: what
    ``re.finditer(re.escape(word), text)`` finds, with str.find. A regex per word (a keyword candidate,
    a new word) overflowed re's cache of compiled patterns on a long article, compiling each again.
    """
    starts, at = [], text.find(word)
    while at != -1:
        starts.append(at)
        at = text.find(word, at + max(len(word), 1))
    return starts


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# Texts up to this long (a token, a name, a line of a page) are converted once per process: the
# stages ask for the same words thousands of times an article (every token of a sentence tested as a
# transliterated name, every line of a page for its byline cue), four times in five a text seen before.
MEMO_LONGEST = 64


def to_simplified(text: str) -> str:
    """A simplified-Chinese copy of ``text`` with the same length, so offsets carry over.

    OpenCC converts phrases, which can change length; when it does, convert character by character.
    """
    return _short_simplified(text) if len(text) <= MEMO_LONGEST else _simplified(text)


def _simplified(text: str) -> str:
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(ch2 if len(ch2 := _t2s().convert(ch)) == 1 else ch for ch in text)


@lru_cache(maxsize=1 << 15)
def _short_simplified(text: str) -> str:
    return _simplified(text)


def traditional_share(text: str) -> float:
    """Share of Han characters that OpenCC changes when simplifying: near 0 for zh-Hans text."""
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    simplified = to_simplified("".join(han))
    return sum(a != b for a, b in zip(han, simplified)) / len(han)
