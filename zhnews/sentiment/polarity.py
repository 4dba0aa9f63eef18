"""The lexicon method of the sentiment stage: published sentiment words, negation and degree in the clause.

Independent of SnowNLP's shopping-review model, so where the two agree a reader can trust the label more.

- Words: ``data/lexicon/sentiment_words.tsv``, a vote over five published Chinese lexicons (HowNet, NTUSD,
  Tsinghua 褒贬义, a Chinese financial sentiment list, DUTIR); see data/lexicon/SOURCES.md.
- Tokens come from the shared jieba segmentation (:mod:`zhnews.segment`). Because the lexicons list many
  phrases that jieba splits (茁壮成长 → 茁壮 / 成长), up to three adjacent tokens are joined and the longest
  listed phrase wins.
- Negators (不, 没有, 并不, …) flip, and degree adverbs (极, 非常, 略, …) scale, a sentiment word that they
  precede by at most :data:`SCOPE` tokens inside the same clause (a comma or other clause mark ends the scope).
- A negator right before a degree adverb is a partial negation (不完全准确, 不是很好): it flips the word and
  weakens it (:data:`PARTIAL_NEGATION`) instead of strengthening it, and a listed phrase made only of such
  modifiers (不完全) counts as a modifier of the next word, not as a second negative word.
- Direction beats polarity (``data/lexicon/sentiment_shifters.tsv``): a decrease verb with a cost object in the
  same clause is one positive hit (降低成本, 降低产业链风险, 成本大幅降低), an increase verb with one is negative
  (增加负担, 亏损额增加). A cost object is a listed cost word (成本, 能耗) or any negative word (风险, 压力); the
  verb's own polarity (降低 is negative in the lexicons) does not count separately. jieba compounds such as
  降低成本 are split into verb and object first.
- A positive word that stands alone in short quotation marks (at most :data:`SCARE_QUOTE_CHARS`
  characters) is skipped: news puts praise in scare quotes to mean the opposite (美国“恰到好处”地开始围堵);
  negative words in quotes (“裸奔”) and longer quotations or slogans (“推动高质量发展”) count as usual, and so
  do quoted names: a naming word beside the quote (``sentiment_quote_names.tsv``: 授予“…”, “…”称号,
  “雪亮乡村”建设) or a list of quoted titles (“岗位标兵”“新时代好青年”).
- The sentence score is ``(P - N) / (P + N + 1)``, with P and N the summed weights of positive and negative
  hits: 0 without hits, ±0.5 for one plain word, nearer ±1 the more hits agree. The +1 keeps a single word
  from reading as certainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon, segment

WORDS_FILE = "sentiment_words.tsv"
NEGATION_FILE = "sentiment_negation.txt"
DEGREE_FILE = "sentiment_degree.tsv"
SHIFTERS_FILE = "sentiment_shifters.tsv"
QUOTE_NAMES_FILE = "sentiment_quote_names.tsv"

# How many tokens before a sentiment word a negator or degree adverb may stand and still modify it.
SCOPE = 3
# The longest run of jieba tokens joined when looking a phrase up in the lexicon.
MAX_PHRASE_TOKENS = 3
# How many tokens after a shifter verb its object may stand: objects carry modifiers (降低了很多企业的研发成本).
OBJECT_SCOPE = 6
# How many token lists :func:`token_hits` remembers before it starts again (a few articles' sentences).
RECENT_SENTENCES = 4096
# Weight of a word under partial negation (不完全准确 is less negative than 不准确).
PARTIAL_NEGATION = 0.5
# The longest quoted phrase read as a scare quote (“顶流”, “恰到好处”); longer quotes are quotations.
SCARE_QUOTE_CHARS = 6
# The polarity of a shifter verb's direction applied to a cost object.
SHIFT_POLARITY = {"decrease": 1.0, "increase": -1.0}
# Punctuation that closes a clause: modifiers never reach across it.
_OPENING_QUOTES = "“‘「『\""
_CLOSING_QUOTES = "”’」』\""
_CLAUSE_MARK = re.compile(r"^[，,。．.！!？?；;：:、…—\s\"“”‘’「」『』（）()《》【】]+$")


@dataclass(frozen=True)
class Hit:
    word: str
    value: float  # signed contribution: polarity × degree × (−1 per negator)
    negated: bool
    quoted: bool = False  # a positive word standing alone in quotation marks: left out of the lexicon score


@dataclass(frozen=True)
class _Match:
    """A sentiment unit found at some token: a lexicon phrase, or a shifter verb with its cost object."""

    word: str
    value: float
    end: int  # index of the token after the unit
    inner: tuple[str, ...] = ()  # tokens between a verb and its object, where a negator may also stand


@lexicon.cached
def polarity() -> dict[str, int]:
    return {word: int(value) for word, value in lexicon.read_rows(WORDS_FILE, ("word", "polarity"))}


@lexicon.cached
def negators() -> frozenset[str]:
    return frozenset(lexicon.read_lines(NEGATION_FILE))


@lexicon.cached
def degrees() -> dict[str, float]:
    return {word: float(weight) for word, weight in lexicon.read_rows(DEGREE_FILE, ("word", "weight"))}


@lexicon.cached
def shifters() -> dict[str, str]:
    """word → decrease | increase | cost."""
    return dict(lexicon.read_rows(SHIFTERS_FILE, ("word", "kind")))


@dataclass(frozen=True)
class _Words:
    """The word lists one sentence is read with, looked up once per sentence rather than once per token
    (a sentence asks them tens of times a token)."""

    polarity: dict[str, int]
    negators: frozenset[str]
    degrees: dict[str, float]
    shifters: dict[str, str]

    def is_shift_verb(self, token: str) -> bool:
        return self.shifters.get(token) in SHIFT_POLARITY

    def is_cost(self, token: str) -> bool:
        return self.shifters.get(token) == "cost" or self.polarity.get(token, 0) < 0

    def is_modifier(self, token: str) -> bool:
        return token in self.negators or token in self.degrees


@lexicon.cached
def _words() -> _Words:
    return _Words(polarity(), negators(), degrees(), shifters())


def _split_shift_compounds(clause: list[str], words: _Words) -> list[str]:
    """jieba keeps some verb-object pairs as one token (降低成本, 成本上升): split them into their two words
    (each of two characters or more)."""
    tokens = []
    for token in clause:
        halves = next(
            ((token[:k], token[k:]) for k in range(2, len(token) - 1) if _is_shift_pair(token[:k], token[k:], words)),
            (token,),
        )
        tokens.extend(halves)
    return tokens


def _is_shift_pair(first: str, second: str, words: _Words) -> bool:
    return ((words.is_shift_verb(first) and words.is_cost(second))
            or (words.is_cost(first) and words.is_shift_verb(second)))


@lexicon.cached
def quote_name_words() -> dict[str, str]:
    """word → before | after: next to a quotation, the word makes the quoted phrase a name."""
    return dict(lexicon.read_rows(QUOTE_NAMES_FILE, ("word", "side")))


def _names_a_quote(tokens: list[str], opening: int, closing: int) -> bool:
    """Whether the quotation between tokens ``opening`` and ``closing`` (the quote marks) is a name: a naming
    word right before (an aspect 了 may stand between: 成立了“深度求索”) or right after it (“沧州好人”提名奖),
    or another quotation beside it (“岗位标兵”“新时代好青年”)."""
    before = tokens[max(0, opening - 2):opening]
    if before[-1:] == ["了"]:
        before = before[:-1]
    before = before[-1] if before else ""
    after = tokens[closing + 1] if closing + 1 < len(tokens) else ""
    names = quote_name_words()
    return (names.get(before) == "before" or names.get(after) == "after"
            or before[-1:] in tuple(_CLOSING_QUOTES) or after[:1] in tuple(_OPENING_QUOTES)
            or tokens[closing][1:2] in tuple(_OPENING_QUOTES))


def _clauses(tokens: list[str]) -> list[tuple[list[str], bool]]:
    """Clauses in order, each with whether it is a scare quote: a short phrase alone inside quotation
    marks (“恰到好处”). A longer quoted clause is a quotation or a slogan (“推动高质量发展”), and a quoted
    name (“岗位标兵”称号, see :func:`_names_a_quote`) is a name: both read as usual."""
    clauses, current, opened = [], [], None  # opened: index of the opening quote mark of this clause
    for i, token in enumerate(tokens):
        if _CLAUSE_MARK.match(token):
            if current:
                scare = (opened is not None and token[0] in _CLOSING_QUOTES
                         and len("".join(current)) <= SCARE_QUOTE_CHARS and not _names_a_quote(tokens, opened, i))
                clauses.append((current, scare))
            current, opened = [], (i if token[-1] in _OPENING_QUOTES else None)
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


def _word_at(clause: list[str], i: int, words: _Words) -> _Match | None:
    """The lexicon phrase at token ``i``, unless it only modifies the sentiment word after it (不完全|准确)."""
    match = _match_at(clause, i, words.polarity)
    if match is None:
        return None
    word, n_tokens = match
    modifies_next = all(words.is_modifier(t) for t in clause[i : i + n_tokens]) and any(
        _match_at(clause, k, words.polarity) for k in range(i + n_tokens, min(len(clause), i + n_tokens + SCOPE))
    )
    return None if modifies_next else _Match(word, float(words.polarity[word]), i + n_tokens)


def _shift_at(clause: list[str], i: int, words: _Words) -> _Match | None:
    """A shifter verb and its cost object starting at token ``i``, in either order (降低…风险, 成本…上升)."""
    if words.is_shift_verb(clause[i]):
        scope, completes = OBJECT_SCOPE, words.is_cost
    elif words.is_cost(clause[i]):
        scope, completes = SCOPE, words.is_shift_verb
    else:
        return None
    for j in range(i + 1, min(len(clause), i + 1 + scope)):
        if completes(clause[j]):
            verb = clause[i] if words.is_shift_verb(clause[i]) else clause[j]
            word = clause[i] + ("…" if j > i + 1 else "") + clause[j]
            return _Match(word, SHIFT_POLARITY[words.shifters[verb]], j + 1, tuple(clause[i + 1 : j]))
    return None


def _modified(value: float, modifiers: list[str], words: _Words) -> tuple[float, bool]:
    """``value`` after the negators and degree adverbs among ``modifiers``; also whether it was negated."""
    deny, degree = words.negators, words.degrees
    flips = 0
    for k, token in enumerate(modifiers):
        if token in deny:
            flips += 1
        elif token in degree:
            partial = k > 0 and modifiers[k - 1] in deny  # 不|完全, 不是|很: "not fully", weaker
            value *= PARTIAL_NEGATION if partial else degree[token]
    return (-value if flips % 2 else value), bool(flips % 2)


def _clause_hits(clause: list[str], quoted: bool, words: _Words) -> list[Hit]:
    clause = _split_shift_compounds(clause, words)
    hits = []
    i = 0
    while i < len(clause):
        match = _shift_at(clause, i, words) or _word_at(clause, i, words)
        if match is None:
            i += 1
            continue
        value, negated = _modified(match.value, clause[max(0, i - SCOPE) : i] + list(match.inner), words)
        i = match.end
        # praise in scare quotes is usually ironic (美国“恰到好处”地开始围堵): marked, and kept out of the score
        hits.append(Hit(match.word, value, negated, quoted=quoted and value > 0))
    return hits


def token_hits(tokens: list[str]) -> list[Hit]:
    """Every sentiment word in these jieba tokens, scare-quoted praise included (marked ``quoted``)."""
    key = tuple(tokens)
    memo = _recent_hits()
    if key not in memo:
        if len(memo) >= RECENT_SENTENCES:
            memo.clear()
        words = _words()
        memo[key] = tuple(hit for clause, quoted in _clauses(tokens) for hit in _clause_hits(clause, quoted, words))
    return list(memo[key])


@lexicon.cached
def _recent_hits() -> dict[tuple[str, ...], tuple[Hit, ...]]:
    """The hits of the token lists read lately (a new memo whenever a word list changes): the lexicon
    method and the stance method each read every sentence, and most sentences are one stance part."""
    return {}


def hits(text: str) -> list[Hit]:
    """The sentiment words found in ``text`` that count for its score, negation- and degree-adjusted."""
    return [hit for hit in token_hits(segment.cut(text or "")) if not hit.quoted]


def score_hits(found: list[Hit]) -> float:
    positive = sum(h.value for h in found if h.value > 0)
    negative = -sum(h.value for h in found if h.value < 0)
    return (positive - negative) / (positive + negative + 1.0)


def describe(found: list[Hit]) -> str:
    """Hits as a reader sees them, e.g. ``成功+; 不·准确−`` (· marks a negated word)."""
    return "; ".join(f"{'不·' if h.negated else ''}{h.word}{'+' if h.value > 0 else '−'}" for h in found)


def score(text: str) -> float:
    return score_hits(hits(text))
