"""Keywords stage: what the article is about, with names kept whole.

Approach
--------
1. Text analysed: the simplified copy (``text_zhs``) of the title, body and caption paragraphs. The
   title and captions are written by the outlet about this article, so they count; bylines, image
   credits (图｜视觉中国) and boilerplate (follow prompts, copyright, ads) never do.
2. Segmentation: :mod:`zhnews.segment` (jieba + our dictionary). :mod:`zhnews.newwords` first finds
   the words of this article that jieba would break (梁文峰, 幻方量化, 深度求索); they are installed
   for the run and written as ``new_words`` so later stages segment the same way
   (``segment.use_run_words``).
3. Keyword candidates are content words: not in our stopword list, not numbers or punctuation, at
   least two characters (single characters carry too little meaning on their own). Latin words count
   and are case-folded (chatGPT = ChatGPT, shown in the article's most frequent casing).
   Keywords and entities are shown in the article's own script: each word found in the simplified copy
   is shown as the original text most often written at the same positions (美樹 for 美树 in a
   traditional-Chinese article). Tables written in that script are read back through
   :func:`keyword_key`, which simplifies and case-folds.
4. Two rankings, both jieba's own implementations fed our segmentation:
   ``jieba.analyse.TFIDF`` (term frequency × jieba's corpus IDF; words it has never seen get the
   median IDF) and ``jieba.analyse.TextRank`` (PageRank over a 5-word co-occurrence window). jieba's
   TextRank keeps only nouns and verbs (ns, n, vn, v): that drops person names (nr), organisations
   (nt) and every Latin word (eng), DeepSeek included, so our POS filter adds them. ``combined`` is
   the mean of the two weights, each scaled to its maximum, over the union of candidates.
5. Per-paragraph keywords: TF-IDF within each analysed paragraph (TextRank needs more text).
6. Entities: words tagged person/place/organisation/product by our dictionary, by new-word
   discovery, or by jieba's POS tagger. jieba's tags alone are noisy on one-off two-character words
   (杜绝 as a person, 的国 as a place), so those need two occurrences or three characters.
   A name still typed ``other`` (a Latin word jieba does not know, a quoted term) is typed by the
   words a reader would look at around it (``data/lexicon/entity_cues.tsv``): AI工具DeepSeek and
   推出DeepSeek say product, 人工智能公司DeepMind and DeepMind开发 say organisation; each occurrence
   votes and a tie keeps ``other``. A plain noun listed among entities of one type takes that type
   (苹果 in 超越苹果、亚马逊和特斯拉: the enumeration needs a 、 and two typed members).
   Co-occurrence: how many sentences contain both of two top keywords.

Tables written by :func:`run` (sorted with explicit tie-breaks, so re-runs give identical CSVs)
---------------------------------------------------------------------------------------------
``keywords``      keyword, weight, method (tfidf | textrank | combined), rank (1 = top), para_id
                  (empty for whole-article rows; set for per-paragraph rows), count (occurrences in
                  the analysed text, or in that paragraph).
``entities``      entity, type (person | organisation | place | product | other), count,
                  first_para_id, source (pos | discovered | dict | list).
``cooccurrence``  source, target (two of the top keywords, source ranked higher), weight (number of
                  sentences in which both occur).
``new_words``     see :mod:`zhnews.newwords` (word, score, method, freq, tag, type, was_cut_as).

Charts are in :mod:`zhnews.viz.keywords`.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import jieba.analyse
import jieba.posseg
import pandas as pd

from . import io, lexicon, newwords, segment
from .text import to_simplified

ANALYSED_ROLES = ("title", "body", "caption")
SKIPPED_KINDS = ("image_credit",)
METHODS = ("tfidf", "textrank", "combined")
WHOLE_ARTICLE_TOP = 50
PER_PARAGRAPH_TOP = 5
COOCCURRENCE_TOP = 20
# jieba's TextRank default ('ns', 'n', 'vn', 'v') plus names, organisations, other proper nouns,
# products and Latin-script words, which it would otherwise drop.
TEXTRANK_POS = ("n", "ns", "vn", "v", "nr", "nrfg", "nrt", "nt", "nz", "nw", "eng")
# Entity tags trusted from jieba's own dictionary and HMM; its 'nz' (other proper noun) is too
# loose there (网络安全 is 'nz') and only counts when our dictionary or discovery gives it.
POS_ENTITY_TAGS = ("nr", "nrfg", "nrt", "ns", "nt", "nw")
ENTITY_CUES = "entity_cues.tsv"
# How many characters on each side of a name are searched for a context cue.
CUE_REACH = 8
# Tokens that join the members of an enumeration (苹果、亚马逊和特斯拉).
LIST_JOINERS = ("、", "和", "与", "及", "以及", "或")
# An untyped list member takes a type only when at least this many other members share it.
MIN_TYPED_LIST_MEMBERS = 2
# Tags of tokens that may be typed by their list: nouns and Latin words (苹果 is 'n').
LIST_MEMBER_TAGS = ("n", "nz", "eng")

KEYWORD_COLUMNS = ["keyword", "weight", "method", "rank", "para_id", "count"]
ENTITY_COLUMNS = ["entity", "type", "count", "first_para_id", "source"]
COOCCURRENCE_COLUMNS = ["source", "target", "weight"]

_NUMBER = re.compile(
    r"[第约近超]?[\d０-９.,．，%％‰+\-]*[\d０-９零〇一二三四五六七八九十百千万亿两几]+[\d０-９.,．%％‰]*"
    r"[个种项年月日号次位家条张倍名岁天周元万亿多余]?"
)
# A unit after a number that jieba split off (59.3 | 万人, 1.2 | 亿美元): a measure, not a topic.
_UNIT_WORD = re.compile(r"[万亿千百]+(?:个|种|人|人次|吨|亩|元|美元|港元|平方米|公里|千克|户|辆|台|部|件|头|只|株|套|间|张|倍|名|家)?|百分点")
_HAS_WORD_CHAR = re.compile(r"[A-Za-z\u4e00-\u9fff]")


# --- the stage -------------------------------------------------------------------------------


def run(ctx) -> dict[str, pd.DataFrame]:
    """Discover this article's words, rank keywords, find entities and co-occurrences; write tables
    into the run folder of ``ctx`` (a :class:`zhnews.stages.RunContext`)."""
    out_dir = ctx.out
    paragraphs = analysed(io.read_table(out_dir, "paragraphs"))
    sentences = sentences_of(paragraphs, io.read_table(out_dir, "sentences"))
    new_words = install_new_words(paragraphs)
    texts, originals = paragraph_texts(paragraphs), paragraph_texts(paragraphs, "text")
    keywords = pd.concat(
        [article_keywords(texts, originals=originals), paragraph_keywords(texts, originals=originals)],
        ignore_index=True,
    )
    tables = {
        "keywords": keywords,
        "entities": entities(paragraphs, new_words),
        "cooccurrence": cooccurrence(sentences, keywords),
        "new_words": new_words,
    }
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables


def analysed(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a paragraphs or sentences table that are analysed: title, body, captions.

    Image credits (图｜视觉中国) are captions about the picture agency, not the story, so they are
    left out too. For sentences use ``sentences_of(analysed(paragraphs), sentences)``.
    """
    keep = table["role"].isin(ANALYSED_ROLES)
    if "kind" in table.columns:
        keep &= ~table["kind"].isin(SKIPPED_KINDS)
    return table[keep].reset_index(drop=True)


def sentences_of(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences that belong to the given (e.g. analysed) paragraphs."""
    return sentences[sentences["para_id"].isin(paragraphs["para_id"])].reset_index(drop=True)


def install_new_words(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Discover the article's new words against the base dictionary, then install them for the run."""
    segment.set_run_words({})
    found = newwords.discover(list(paragraphs["text_zhs"]))
    segment.set_run_words(dict(zip(found["word"], found["tag"])))
    return found


def paragraph_texts(paragraphs: pd.DataFrame, column: str = "text_zhs") -> dict[int, str]:
    """Each paragraph's text (para_id → text), in reading order: the analysed simplified copy by default,
    ``column="text"`` for the original, whose characters line up with it one to one."""
    return {int(pid): text for pid, text in zip(paragraphs["para_id"], paragraphs[column])}


def tokenize(texts: dict[int, str]) -> dict[int, list[str]]:
    """Every token of each paragraph, in order (para_id → tokens)."""
    return {pid: segment.cut(text) for pid, text in texts.items()}


# --- content words ---------------------------------------------------------------------------


def is_content_word(word: str) -> bool:
    """A keyword candidate: a word of two or more letters or Han characters, not a number or stopword."""
    word = word.strip()
    if len(word) < 2 or not _HAS_WORD_CHAR.search(word) or _NUMBER.fullmatch(word) or _UNIT_WORD.fullmatch(word):
        return False
    if not segment.is_latin(word) and not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return False  # mixed scripts or symbols left over from markup
    return segment.fold(word) not in segment.stopwords()


def keyword_key(word: str) -> str:
    """The key under which a keyword or entity, written in either script, matches the analysed tokens."""
    return segment.fold(to_simplified(word))


def _token_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) offsets of consecutive tokens in the text they were cut from."""
    spans, position = [], 0
    for token in tokens:
        spans.append((position, position + len(token)))
        position += len(token)
    return spans


def _as_written(tokens: list[str], original: str | None) -> list[str]:
    """Each token as the original text writes it at the same offsets (美树 → 美樹); the tokens themselves
    when there is no aligned original (None, or NaN from a table)."""
    if not isinstance(original, str) or len(original) != sum(map(len, tokens)):
        return list(tokens)
    return [original[start:end] for start, end in _token_spans(tokens)]


def _most_frequent_forms(spellings: Counter) -> dict[str, str]:
    """Key → its most frequent spelling, from counts of (key, spelling) pairs (ties: alphabetical)."""
    forms: dict[str, str] = {}
    for (key, word), _ in sorted(spellings.items(), key=lambda item: (-item[1], item[0][1])):
        forms.setdefault(key, word)
    return forms


def display_forms(tokens: dict[int, list[str]], originals: dict[int, str] | None = None) -> dict[str, str]:
    """Folded key → the spelling used most often in the article, in its own script when ``originals``
    (para_id → original text) are given."""
    spellings = Counter(
        (segment.fold(word), shown)
        for pid, words in tokens.items()
        for word, shown in zip(words, _as_written(words, (originals or {}).get(pid)))
        if is_content_word(word)
    )
    return _most_frequent_forms(spellings)


def content_counts(tokens: dict[int, list[str]]) -> Counter:
    """Occurrences of each content word (folded key) over the given paragraphs."""
    return Counter(segment.fold(w) for words in tokens.values() for w in words if is_content_word(w))


class _ContentTokenizer:
    """Stands in for jieba's tokenizer inside jieba.analyse.TFIDF: our segmentation, content words only."""

    def cut(self, text: str) -> list[str]:
        return [segment.fold(w) for w in segment.cut(text) if is_content_word(w)]


class _ContentPosTokenizer:
    """Stands in for jieba's POS tokenizer inside jieba.analyse.TextRank.

    Every token is passed on, so TextRank's co-occurrence window still spans the real text; tokens
    that are not content words get the tag 'x' and are filtered out, Latin words get 'eng'.
    """

    def cut(self, text: str):
        for word, tag in segment.cut_pos(text):
            if not is_content_word(word):
                tag = "x"
            elif segment.is_latin(word) and tag not in TEXTRANK_POS:
                tag = "eng"
            yield jieba.posseg.pair(segment.fold(word), tag)


@lexicon.cached
def _tfidf() -> jieba.analyse.TFIDF:
    # A copy of jieba's default extractor shares the IDF table jieba.analyse parsed on import (TFIDF()
    # would parse the file again: about a second).
    extractor = copy.copy(jieba.analyse.default_tfidf)
    extractor.tokenizer = _ContentTokenizer()
    extractor.stop_words = set(segment.stopwords())
    return extractor


@lexicon.cached
def _textrank() -> jieba.analyse.TextRank:
    extractor = jieba.analyse.TextRank()
    extractor.tokenizer = extractor.postokenizer = _ContentPosTokenizer()
    extractor.stop_words = set(segment.stopwords())
    return extractor


def tfidf_weights(text: str) -> dict[str, float]:
    return dict(_tfidf().extract_tags(text, topK=None, withWeight=True))


def textrank_weights(text: str) -> dict[str, float]:
    return dict(_textrank().textrank(text, topK=None, withWeight=True, allowPOS=TEXTRANK_POS))


def combined_weights(tfidf: dict[str, float], textrank: dict[str, float]) -> dict[str, float]:
    """Mean of the two weights, each divided by its method's maximum (a missing word scores 0)."""
    top_tfidf = max(tfidf.values(), default=1.0) or 1.0
    top_textrank = max(textrank.values(), default=1.0) or 1.0
    return {
        word: (tfidf.get(word, 0.0) / top_tfidf + textrank.get(word, 0.0) / top_textrank) / 2
        for word in set(tfidf) | set(textrank)
    }


# --- keyword tables ----------------------------------------------------------------------------


def _ranked_rows(weights: dict[str, float], method: str, top: int, forms, counts, para_id=pd.NA) -> list[dict]:
    # Rounded before sorting so float noise never decides a tie; ties go to the alphabetical order.
    ranked = sorted(((round(w, 6), key) for key, w in weights.items()), key=lambda item: (-item[0], item[1]))
    return [
        {
            "keyword": forms.get(key, key),
            "weight": weight,
            "method": method,
            "rank": rank,
            "para_id": para_id,
            "count": counts.get(key, 0),
        }
        for rank, (weight, key) in enumerate(ranked[:top], start=1)
    ]


def _keyword_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=KEYWORD_COLUMNS)
    return frame.astype({"weight": "float64", "rank": "int64", "para_id": "Int64", "count": "int64"})


def article_keywords(texts: dict[int, str], top: int = WHOLE_ARTICLE_TOP, originals: dict[int, str] | None = None) -> pd.DataFrame:
    """Whole-article keywords by TF-IDF, TextRank and their combination (para_id empty).

    ``texts`` are analysed (simplified); keywords are shown as ``originals`` write them (see display_forms).
    """
    text = "\n".join(texts.values())
    tokens = tokenize(texts)
    forms, counts = display_forms(tokens, originals), content_counts(tokens)
    tfidf, textrank = tfidf_weights(text), textrank_weights(text)
    by_method = {"tfidf": tfidf, "textrank": textrank, "combined": combined_weights(tfidf, textrank)}
    rows = [row for method in METHODS for row in _ranked_rows(by_method[method], method, top, forms, counts)]
    return _keyword_frame(rows)


def paragraph_keywords(texts: dict[int, str], top: int = PER_PARAGRAPH_TOP, originals: dict[int, str] | None = None) -> pd.DataFrame:
    """The top TF-IDF keywords of each analysed paragraph (rows carry the para_id)."""
    tokens = tokenize(texts)
    forms = display_forms(tokens, originals)
    rows = []
    for pid in sorted(texts):
        weights = tfidf_weights(texts[pid])
        rows += _ranked_rows(weights, "tfidf", top, forms, content_counts({pid: tokens[pid]}), para_id=pid)
    return _keyword_frame(rows)


def top_keywords(keywords: pd.DataFrame, n: int = 20, method: str = "combined") -> pd.DataFrame:
    """The first ``n`` whole-article keywords of one method, in rank order."""
    rows = keywords[(keywords["method"] == method) & keywords["para_id"].isna()]
    return rows.sort_values("rank", kind="mergesort").head(n).reset_index(drop=True)


def side_by_side(keywords: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """TF-IDF, TextRank and combined rankings next to each other (one row per rank)."""
    columns = {}
    for method in METHODS:
        top = top_keywords(keywords, n, method)
        columns[method] = top["keyword"]
        columns[f"{method}_weight"] = top["weight"].round(3)
    table = pd.DataFrame(columns)
    table.index = pd.RangeIndex(1, len(table) + 1, name="rank")
    return table


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
    forms = _most_frequent_forms(spellings)
    rows = [
        {"entity": forms[key], **entry}
        for key, entry in found.items()
        if entry["source"] != "pos" or entry["count"] >= 2 or len(key) >= 3
    ]
    table = pd.DataFrame(rows, columns=ENTITY_COLUMNS).astype({"count": "int64", "first_para_id": "int64"})
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
        for i, (word, shown, (start, end)) in enumerate(zip(words, _as_written(words, original), _token_spans(words)))
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


def cooccurrence(sentences: pd.DataFrame, keywords: pd.DataFrame, top: int = COOCCURRENCE_TOP) -> pd.DataFrame:
    """Pairs of top combined keywords and the number of sentences containing both."""
    ranked = top_keywords(keywords, top)
    rank_of = {keyword_key(word): rank for rank, word in enumerate(ranked["keyword"])}
    form_of = {keyword_key(word): word for word in ranked["keyword"]}
    pairs: Counter = Counter()
    for text in sentences["text_zhs"]:
        present = sorted({segment.fold(w) for w in segment.cut(text)} & set(rank_of), key=rank_of.get)
        pairs.update(combinations(present, 2))
    rows = [{"source": form_of[a], "target": form_of[b], "weight": n} for (a, b), n in pairs.items()]
    table = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS).astype({"weight": "int64"})
    return table.sort_values(["weight", "source", "target"], ascending=[False, True, True], kind="mergesort").reset_index(drop=True)


# --- keyword in context ------------------------------------------------------------------------


def kwic(table: pd.DataFrame, word: str, width: int = 20, sort: str = "position") -> pd.DataFrame:
    """Every occurrence of ``word`` with ``width`` characters of context on each side.

    ``table`` is a sentences or paragraphs table (its ``text_zhs`` is searched, its ``text`` shown,
    so a traditional-Chinese article keeps its script). An occurrence counts only where the
    segmentation has word boundaries at both ends (芯片 in 国产芯片 yes, AI inside OpenAI no); Latin
    case is ignored. ``sort``: "position" (reading order), "left" (by the words just before, read
    right to left, as concordances do) or "right" (by the words just after).
    Columns: left, keyword, right, para_id, sent_id (empty for a paragraphs table).
    """
    target = keyword_key(word.strip())
    rows = []
    for row in table.itertuples(index=False):
        shown = getattr(row, "text", row.text_zhs)
        for start, end in _word_spans(row.text_zhs, target):
            rows.append(
                {
                    "left": shown[max(0, start - width) : start],
                    "keyword": shown[start:end],
                    "right": shown[end : end + width],
                    "para_id": row.para_id,
                    "sent_id": getattr(row, "sent_id", pd.NA),
                    "_start": start,
                }
            )
    frame = pd.DataFrame(rows, columns=["left", "keyword", "right", "para_id", "sent_id", "_start"])
    frame = frame.astype({"para_id": "int64", "sent_id": "Int64"})
    orders = {
        "position": ["para_id", "sent_id", "_start"],
        "left": ["_left_key", "para_id", "sent_id", "_start"],
        "right": ["right", "para_id", "sent_id", "_start"],
    }
    if sort not in orders:
        raise ValueError(f"sort must be one of {sorted(orders)}, not {sort!r}")
    frame["_left_key"] = frame["left"].str[::-1]
    frame = frame.sort_values(orders[sort], kind="mergesort")
    return frame.drop(columns=["_start", "_left_key"]).reset_index(drop=True)


def _word_spans(text: str, target: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of ``target`` (folded) aligned with word boundaries."""
    ends = {0} | {end for _, end in _token_spans(segment.cut(text))}
    haystack = text.casefold() if segment.is_latin(target) else text
    spans, start = [], haystack.find(target)
    while target and start != -1:
        if start in ends and start + len(target) in ends:
            spans.append((start, start + len(target)))
        start = haystack.find(target, start + 1)
    return spans


# --- where keywords occur ------------------------------------------------------------------------


def keyword_positions(paragraphs: pd.DataFrame, keywords: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """Occurrences of the top ``n`` combined keywords in each analysed paragraph (keyword × para_id)."""
    tokens = tokenize(paragraph_texts(analysed(paragraphs)))
    top = list(top_keywords(keywords, n)["keyword"])
    counts = {pid: Counter(segment.fold(w) for w in words) for pid, words in tokens.items()}
    matrix = [[counts[pid][keyword_key(word)] for pid in tokens] for word in top]
    frame = pd.DataFrame(matrix, index=pd.Index(top, name="keyword"), columns=list(tokens))
    frame.columns.name = "para_id"
    return frame


def word_frequencies(paragraphs: pd.DataFrame) -> dict[str, int]:
    """Content-word counts over the analysed paragraphs, keyed by display spelling (for the word cloud)."""
    kept = analysed(paragraphs)
    tokens = tokenize(paragraph_texts(kept))
    forms = display_forms(tokens, paragraph_texts(kept, "text"))
    return {forms[key]: count for key, count in sorted(content_counts(tokens).items())}
