"""Entities: names tagged person, place, organisation or product by our dictionary, new-word discovery or jieba,
a name still untyped typed by the words around it (``entity_cues.tsv``) or by the list it stands in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from .. import io, lexicon, segment
from . import newwords
from .tokens import analysed, as_written, is_content_word, most_frequent_forms, token_spans
from .phrases import POS_ENTITY_TAGS


ENTITY_CUES = "entity_cues.tsv"
# How many characters on each side of a name are searched for a context cue.
CUE_REACH = 8
# Tokens that join the members of an enumeration (苹果、亚马逊和特斯拉).
LIST_JOINERS = ("、", "和", "与", "及", "以及", "或")
# An untyped list member takes a type only when at least this many other members share it.
MIN_TYPED_LIST_MEMBERS = 2
# Tags of tokens that may be typed by their list: nouns and Latin words (苹果 is 'n').
LIST_MEMBER_TAGS = ("n", "nz", "eng")
ENTITY_COLUMNS = ["entity", "type", "count", "first_para_id", "source"]


# --- entities and co-occurrence ----------------------------------------------------------------


def entities(paragraphs: pd.DataFrame, new_words: pd.DataFrame) -> pd.DataFrame:
    """People, organisations, places and products named in the analysed paragraphs, with counts."""
    discovered = dict(zip(new_words["word"], new_words["method"]))
    found: dict[str, dict] = {}
    spellings: Counter = Counter()
    votes: dict[str, Counter] = defaultdict(Counter)
    for pid, text, original in zip(paragraphs["para_id"], paragraphs["text_zhs"], paragraphs["text"]):
        for mention in _paragraph_mentions(text, original, discovered):
            spellings[(mention.key, mention.shown)] += 1
            votes[mention.key].update(_cue_votes(mention.before, mention.after))
            entry = found.setdefault(
                mention.key, {"type": mention.type, "count": 0, "first_para_id": int(pid), "source": mention.source}
            )
            entry["count"] += 1
    for key, entry in found.items():
        if entry["type"] == "other":
            entry["type"] = _type_by_context(votes[key])
    forms = most_frequent_forms(spellings)
    rows = [
        {"entity": forms[key], **entry}
        for key, entry in found.items()
        if entry["source"] != "pos" or entry["count"] >= 2 or len(key) >= 3
    ]
    table = io.with_types(pd.DataFrame(rows, columns=ENTITY_COLUMNS), {"count": "int64", "first_para_id": "int64"})
    return table.sort_values(["count", "entity"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


@dataclass(frozen=True)
class _Mention:
    key: str  # folded simplified form
    shown: str  # as the original text writes it
    type: str
    source: str
    before: str  # up to CUE_REACH characters of context on each side
    after: str


def _paragraph_mentions(text: str, original, discovered: dict[str, str]) -> list[_Mention]:
    """The entity mentions of one paragraph, in reading order."""
    pairs = segment.cut_pos(text)
    words = [word for word, _ in pairs]
    sources = [_entity_source(word, tag, discovered) for word, tag in pairs]
    types = [segment.ENTITY_TYPES.get(tag, "other") if source else None for (_, tag), source in zip(pairs, sources)]
    for i, list_type in _list_member_types(pairs, types).items():
        sources[i], types[i] = "list", list_type
    return [
        _Mention(segment.fold(word), shown, types[i], sources[i], text[max(0, start - CUE_REACH) : start], text[end : end + CUE_REACH])
        for i, (word, shown, (start, end)) in enumerate(zip(words, as_written(words, original), token_spans(words)))
        if sources[i]
    ]


def _enumerations(pairs: list[tuple[str, str]]) -> list[list[int]]:
    """Token indices of the members of each enumeration of single tokens (A、B和C) that uses a 、."""
    runs, i = [], 0
    while i < len(pairs):
        members, uses_comma = [i], False
        while i + 2 < len(pairs) and pairs[i + 1][0] in LIST_JOINERS and pairs[i + 2][0] not in LIST_JOINERS:
            uses_comma |= pairs[i + 1][0] == "、"
            i += 2
            members.append(i)
        if len(members) >= 3 and uses_comma:
            runs.append(members)
        i += 1
    return runs


def _list_member_types(pairs: list[tuple[str, str]], types: list[str | None]) -> dict[int, str]:
    """Untyped nouns listed among entities of one type (苹果 in 苹果、亚马逊和特斯拉) → that type, by index."""
    typed = {}
    for members in _enumerations(pairs):
        shared = Counter(types[i] for i in members if types[i] not in (None, "other"))
        if len(shared) != 1 or next(iter(shared.values())) < MIN_TYPED_LIST_MEMBERS:
            continue  # too few typed members, or a mixed list (华为、中国和苹果)
        for i in members:
            word, tag = pairs[i]
            if types[i] is None and tag in LIST_MEMBER_TAGS and is_content_word(word):
                typed[i] = next(iter(shared))
    return typed


@lexicon.cached
def _entity_cues() -> list[tuple[str, str, str]]:
    """(cue, side, type) rows of data/lexicon/entity_cues.tsv (its first line is the header)."""
    return lexicon.read_rows(ENTITY_CUES, ("cue", "side", "type"))


def _cue_votes(before: str, after: str) -> set[str]:
    """The types the cues next to one mention point to (one vote per type)."""
    before, after = before.rstrip().removesuffix("了"), after.lstrip()
    return {
        entity_type
        for cue, side, entity_type in _entity_cues()
        if (before.endswith(cue) if side == "before" else after.startswith(cue))
    }


def _type_by_context(votes: Counter) -> str:
    """The type most of a name's mentions point to; ``other`` without votes or on a tie."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return "other"
    return ranked[0][0]


def _entity_source(word: str, tag: str, discovered: dict[str, str]) -> str | None:
    if len(word) < 2 or segment.fold(word) in segment.stopwords():
        return None
    if word in discovered:
        # A statistically found word of unknown kind (爆红) is a term, not necessarily a name.
        return "discovered" if tag != segment.DEFAULT_NEW_WORD_TAG or discovered[word] != "pmi_entropy" else None
    if segment.fold(word) in _folded_dictionary_words():
        return "dict" if tag in segment.ENTITY_TYPES else None
    if tag in POS_ENTITY_TAGS and is_content_word(word):
        # jieba's dictionary tags many plain words as names (维生素, 养老金): a person needs a name's shape.
        is_person = segment.ENTITY_TYPES[tag] == "person"
        return "pos" if not is_person or newwords.looks_like_person_name(word) else None
    # A Latin word jieba does not know, written with capitals (DeepSeek, DNC): a name of some kind.
    if tag == "eng" and segment.is_latin(word) and any(ch.isupper() for ch in word):
        return "pos"
    return None


@lexicon.cached
def _folded_dictionary_words() -> frozenset[str]:
    return frozenset(segment.fold(w) for w in segment.dictionary_words())
