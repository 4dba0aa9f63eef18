"""The lexicon method of the sentiment stage: published sentiment words, negation and degree in the clause.

Independent of SnowNLP's shopping-review model, so where the two agree a reader can trust the label more.

- Words: ``data/lexicon/sentiment_words.tsv``, a vote over five published Chinese lexicons (HowNet, NTUSD,
  Tsinghua 褒贬义, a Chinese financial sentiment list, DUTIR); see data/lexicon/SOURCES.md.
- Tokens come from the shared jieba segmentation (:mod:`zhnews.segment`). Because the lexicons list many
  phrases that jieba splits (茁壮成长 → 茁壮 / 成长), up to three adjacent tokens are joined and the longest
  listed phrase wins.
- Negators (不, 没有, 并不, …) flip, and degree adverbs (极, 非常, 略, …) scale, a sentiment word that they
  precede by at most :data:`SCOPE` tokens inside the same clause (a comma or other clause mark ends the scope).
- A positive word that stands alone in quotation marks is skipped: news puts praise in scare quotes to
  mean the opposite (美国“恰到好处”地开始围堵); negative words in quotes (“裸奔”) count as usual.
- The sentence score is ``(P - N) / (P + N + 1)``, with P and N the summed weights of positive and negative
  hits: 0 without hits, ±0.5 for one plain word, nearer ±1 the more hits agree. The +1 keeps a single word
  from reading as certainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import segment
from .paths import LEXICON

WORDS_FILE = LEXICON / "sentiment_words.tsv"
NEGATION_FILE = LEXICON / "sentiment_negation.txt"
DEGREE_FILE = LEXICON / "sentiment_degree.tsv"

# How many tokens before a sentiment word a negator or degree adverb may stand and still modify it.
SCOPE = 3
# The longest run of jieba tokens joined when looking a phrase up in the lexicon.
MAX_PHRASE_TOKENS = 3
# Punctuation that closes a clause: modifiers never reach across it.
_OPENING_QUOTES = "“‘「『\""
_CLOSING_QUOTES = "”’」』\""
_CLAUSE_MARK = re.compile(r"^[，,。．.！!？?；;：:、…—\s\"“”‘’「」『』（）()《》【】]+$")


@dataclass(frozen=True)
class Hit:
    word: str
    value: float  # signed contribution: polarity × degree × (−1 per negator)
    negated: bool


def _data_lines(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _table(path) -> list[list[str]]:
    rows = [line.split("\t") for line in _data_lines(path)]
    return rows[1:]  # the first non-comment line is the column header


@lru_cache(maxsize=1)
def polarity() -> dict[str, int]:
    return {word: int(value) for word, value, *_ in _table(WORDS_FILE)}


@lru_cache(maxsize=1)
def negators() -> frozenset[str]:
    return frozenset(_data_lines(NEGATION_FILE))


@lru_cache(maxsize=1)
def degrees() -> dict[str, float]:
    return {word: float(weight) for word, weight in _table(DEGREE_FILE)}


def _clauses(tokens: list[str]) -> list[tuple[list[str], bool]]:
    """Clauses in order, each with whether it stands alone inside quotation marks (“恰到好处”)."""
    clauses, current, opened = [], [], False
    for token in tokens:
        if _CLAUSE_MARK.match(token):
            if current:
                clauses.append((current, opened and token[0] in _CLOSING_QUOTES))
            current, opened = [], token[-1] in _OPENING_QUOTES
        else:
            current.append(token)
    if current:
        clauses.append((current, False))
    return clauses


def _match_at(clause: list[str], i: int, lexicon: dict[str, int]) -> tuple[str, int] | None:
    """The longest lexicon phrase starting at token ``i`` (joining up to MAX_PHRASE_TOKENS tokens)."""
    for n in range(min(MAX_PHRASE_TOKENS, len(clause) - i), 0, -1):
        phrase = "".join(clause[i : i + n])
        if phrase in lexicon:
            return phrase, n
    return None


def _clause_hits(clause: list[str], quoted: bool) -> list[Hit]:
    lexicon, deny, degree = polarity(), negators(), degrees()
    hits = []
    i = 0
    while i < len(clause):
        match = _match_at(clause, i, lexicon)
        if match is None:
            i += 1
            continue
        word, n_tokens = match
        value = float(lexicon[word])
        window = clause[max(0, i - SCOPE) : i]
        flips = sum(token in deny for token in window)
        for token in window:
            value *= degree.get(token, 1.0)
        if flips % 2:
            value = -value
        i += n_tokens
        if quoted and value > 0:
            continue  # praise in scare quotes is usually ironic: 美国“恰到好处”地开始围堵
        hits.append(Hit(word, value, bool(flips % 2)))
    return hits


def hits(text: str) -> list[Hit]:
    """The sentiment words found in ``text``, each with its negation- and degree-adjusted value."""
    return [hit for clause, quoted in _clauses(segment.cut(text or "")) for hit in _clause_hits(clause, quoted)]


def score_hits(found: list[Hit]) -> float:
    positive = sum(h.value for h in found if h.value > 0)
    negative = -sum(h.value for h in found if h.value < 0)
    return (positive - negative) / (positive + negative + 1.0)


def describe(found: list[Hit]) -> str:
    """Hits as a reader sees them, e.g. ``成功+; 不·准确−`` (· marks a negated word)."""
    return "; ".join(f"{'不·' if h.negated else ''}{h.word}{'+' if h.value > 0 else '−'}" for h in found)


def score(text: str) -> float:
    return score_hits(hits(text))
