"""The news-stance method of the sentiment stage: the tone a sentence takes toward its subject.

The lexicon method (:mod:`zhnews.sentiment.polarity`) counts evaluative words. News often says the
opposite of its words, or says nothing evaluative and still reports bad news. This method starts from the
same lexicon hits and adds what news prose uses instead, each from a documented word list in data/lexicon/:

- Contrast (``sentiment_contrast.tsv``): 虽然…但是 — the clause after the last contrast word dominates;
  everything before it, and a clause opened by a concession word, counts :data:`CONCEDED_WEIGHT`.
- Sarcasm and rhetorical questions (``sentiment_sarcasm.tsv``: 难道, 岂不, 所谓, 号称, 居然, 竟然): the
  sentence's praise is read as irony (turned into negative evidence at :data:`IRONY_WEIGHT`) and the marker
  adds its own weight. A yes-no question built on a negation (他不知道…吗？) is an accusing question too.
- Praise in scare quotes (美国“恰到好处”地开始围堵, found by the lexicon's clause splitter): ironic,
  negative at :data:`IRONY_WEIGHT`.
- Criticism frames (``sentiment_criticism.txt``: 被指, 遭质疑, 不作为, 问责, 不可推卸, 过于): one negative unit
  each, read whole: a lexicon word inside a frame (推卸 in 不可推卸, 到位 in 不到位) does not count again.
- News events (``sentiment_events.tsv``: 裁员, 短缺, 泄露, 事故 −; 获奖, 夺冠 +): one unit of their
  polarity each, unless a negator stands right before (未发生事故).
- Hedges (``sentiment_hedges.txt``: 可能, 如果): all evidence scaled by :data:`HEDGE_FACTOR`.
- A neutral prior for plain reporting: the score is ``(P - N) / (P + N + PRIOR)``, so a single weak
  word in a long factual sentence stays near 0, and the neutral band (chosen by cross-validation) does the rest.

Every piece of evidence is listed in ``cues`` (e.g. ``但→; 裁员[事件]−; 所谓[反讽]−``), so a reader sees why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon, segment
from . import polarity as sentiment_lexicon

SARCASM_FILE = "sentiment_sarcasm.tsv"
CRITICISM_FILE = "sentiment_criticism.txt"
EVENTS_FILE = "sentiment_events.tsv"
HEDGES_FILE = "sentiment_hedges.txt"
CONTRAST_FILE = "sentiment_contrast.tsv"

# Weight of the text before the last contrast word, or opened by a concession word (虽然…): the reader
# hears it, but the sentence's stance is in the clause after 但.
CONCEDED_WEIGHT = 0.3
# How much of an ironic sentence's praise turns into criticism.
IRONY_WEIGHT = 0.7
# Evidence of a hedged or conditional sentence counts this much.
HEDGE_FACTOR = 0.6
# The neutral prior: evidence needed before a sentence leaves 0 (1 = one plain word reads ±0.5).
PRIOR = 1.0
# Characters before an event word in which a negator cancels it (未发生事故, 没有人员伤亡).
EVENT_NEGATION_WINDOW = 3
EVENT_NEGATORS = ("未", "没有", "没", "无", "不", "免于", "避免")
# An accusing yes-no question: a negation, then a question particle ending the sentence (不知道…吗？).
_NEGATED_QUESTION = re.compile(r"(不|没有|没|难道|岂)[^。！？!?]*(吗|吧|么|呢)[”」’』\"]*[？?]")


@dataclass
class Stance:
    score: float
    positive: float  # P: summed positive evidence
    negative: float  # N: summed negative evidence
    cues: list[str] = field(default_factory=list)
    kinds: dict[str, float] = field(default_factory=dict)  # evidence per cue kind (model features)

    def describe(self) -> str:
        return "; ".join(self.cues)


@lexicon.cached
def sarcasm_markers() -> dict[str, tuple[str, float]]:
    return {m: (kind, float(w)) for m, kind, w in lexicon.read_rows(SARCASM_FILE, ("marker", "kind", "weight"))}


@lexicon.cached
def criticism_frames() -> tuple[str, ...]:
    return tuple(lexicon.read_lines(CRITICISM_FILE))


@lexicon.cached
def event_words() -> dict[str, int]:
    return {w: int(p) for w, p in lexicon.read_rows(EVENTS_FILE, ("word", "polarity"))}


@lexicon.cached
def hedges() -> tuple[str, ...]:
    return tuple(lexicon.read_lines(HEDGES_FILE))


@lexicon.cached
def connectives() -> dict[str, str]:
    return dict(lexicon.read_rows(CONTRAST_FILE, ("word", "kind")))


def _found(text: str, phrases: _Phrases) -> list[str]:
    """Phrases occurring in ``text``, longest first, a shorter one dropped where a longer one covers it."""
    found, covered = [], []
    for phrase in phrases.occurring(text):
        start = text.find(phrase)
        while start != -1:  # non-overlapping occurrences, left to right
            span = (start, start + len(phrase))
            if not any(a <= span[0] and span[1] <= b for a, b in covered):
                covered.append(span)
                found.append((start, phrase))
            start = text.find(phrase, span[1])
    return [phrase for _, phrase in sorted(found)]


class _Phrases:
    """A word list's phrases, longest first, indexed by their first character: a sentence is searched
    for the phrases that start with one of its characters instead of for every phrase of the list."""

    def __init__(self, phrases):
        ordered = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
        self.rank = {phrase: i for i, phrase in enumerate(ordered)}
        self.by_first: dict[str, list[str]] = {}
        for phrase in ordered:
            self.by_first.setdefault(phrase[0], []).append(phrase)

    def occurring(self, text: str) -> list[str]:
        """The phrases found in ``text``, longest first (then in code-point order)."""
        found = [phrase for char in set(text) for phrase in self.by_first.get(char, ()) if phrase in text]
        return sorted(found, key=self.rank.__getitem__)


@lexicon.cached
def _phrases(word_list) -> _Phrases:
    """The phrases of ``word_list`` (one of this module's word-list readers), indexed."""
    return _Phrases(word_list())


def _weighted_parts(tokens: list[str]) -> list[tuple[list[str], float]]:
    """The sentence cut at its contrast words: the part after the last one weighs 1, earlier parts and a
    part opened by a concession word weigh CONCEDED_WEIGHT."""
    kinds = connectives()
    cuts = [i for i, t in enumerate(tokens) if kinds.get(t) == "contrast" and i > 0]
    if not cuts:
        conceded = bool(tokens) and kinds.get(tokens[0]) == "concession"
        return [(tokens, CONCEDED_WEIGHT if conceded else 1.0)]
    last = cuts[-1]
    return [(tokens[:last], CONCEDED_WEIGHT), (tokens[last:], 1.0)]


def _event_negated(text: str, word: str) -> bool:
    start = text.find(word)
    before = text[max(0, start - EVENT_NEGATION_WINDOW):start]
    return any(n in before for n in EVENT_NEGATORS)


def stance(text: str) -> Stance:
    """The stance evidence of one (simplified) sentence and its score in -1..1."""
    text = text or ""
    tokens = segment.cut(text)
    cues: list[str] = []
    kinds = {"lexicon_pos": 0.0, "lexicon_neg": 0.0, "irony": 0.0, "sarcasm": 0.0, "rhetorical": 0.0,
             "criticism": 0.0, "event_neg": 0.0, "event_pos": 0.0, "contrast": 0.0, "hedge": 0.0}
    positive = negative = 0.0

    parts = _weighted_parts(tokens)
    if len(parts) > 1:
        cues.append(f"{tokens[len(parts[0][0])]}→")
        kinds["contrast"] = 1.0
    markers = _found(text, _phrases(sarcasm_markers))
    if _NEGATED_QUESTION.search(text) and not any(sarcasm_markers()[m][0] == "rhetorical" for m in markers):
        markers.append("反问？")
    ironic = bool(markers)
    frames = _found(text, _phrases(criticism_frames))
    for part, weight in parts:
        for hit in sentiment_lexicon.token_hits(part):
            if any(hit.word in frame for frame in frames):
                continue  # the frame is read whole: 不可推卸 is blame, not the negated word 推卸
            value = hit.value * weight
            if hit.quoted or (ironic and value > 0):  # praise in quotes or in a sarcastic sentence
                negative += IRONY_WEIGHT * value
                kinds["irony"] += IRONY_WEIGHT * value
                cues.append(f"{hit.word}[反讽]−")
            elif value > 0:
                positive += value
                kinds["lexicon_pos"] += value
            else:
                negative -= value
                kinds["lexicon_neg"] -= value
    for marker in markers:
        kind, weight = sarcasm_markers().get(marker, ("rhetorical", 1.0))
        negative += weight
        kinds[kind] += weight
        cues.append(f"{marker}[{'反问' if kind == 'rhetorical' else '反讽'}]−")
    for frame in frames:
        negative += 1.0
        kinds["criticism"] += 1.0
        cues.append(f"{frame}[批评]−")
    events = event_words()
    for word in _found(text, _phrases(event_words)):
        if _event_negated(text, word):
            continue
        if events[word] > 0:
            positive += 1.0
            kinds["event_pos"] += 1.0
        else:
            negative += 1.0
            kinds["event_neg"] += 1.0
        cues.append(f"{word}[事件]{'+' if events[word] > 0 else '−'}")
    hedge = _found(text, _phrases(hedges))
    if hedge:
        positive, negative = positive * HEDGE_FACTOR, negative * HEDGE_FACTOR
        kinds["hedge"] = 1.0
        cues.append(f"{hedge[0]}[存疑]×{HEDGE_FACTOR}")
    score = (positive - negative) / (positive + negative + PRIOR)
    return Stance(score, positive, negative, cues, kinds)
