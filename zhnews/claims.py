"""Stage 03_claims: every figure normalised, every body sentence tagged as a claim a checker can verify.

Approach
--------
* Figures come from :mod:`zhnews.quantities` (our rules + cn2an), found in body and caption sentences.
* Claim cues come from ``data/lexicon/claim_cues.tsv`` (ours, documented in its header). Cues marked
  ``word`` must be whole tokens of the shared jieba segmentation (:mod:`zhnews.segment`, with the
  words the keywords stage discovered in this article), so 可能性 is not the hedge 可能, 之所以 is not
  所以 and 之称 is not the say-verb 称. Idioms are matched as text, constructions (比…还, 与…相比,
  按照 X 的测评) as regular expressions.
* Types: comparative, superlative, causal, predictive (including conditionals: 如果, 一旦), attributed
  (with its ``source``), hedged, opinion. A comparative cue that is really a bound on a figure
  (超过1万张) is left to the figure's qualifier. 将 is predictive only before a verb, adverb or
  preposition (将于, 将会, 将进一步, 将推出); written like 把 before its object (将其列为, 以高频交易将
  获利空间放大) it is not.
* Sources: ``按照/根据/据 X 的数据/测评/披露 …`` and ``X 的数据显示`` give X; a say-verb (表示, 称,
  认为, 指出 …) gives the noun phrase before it in its clause, trimmed of adverbs and dates (人社部27日
  公布 → 人社部); X在接受…采访时说 gives X. A relayed source names both, reporter first (路透社援引
  知情人士称 → "路透社; 知情人士"). Generic subjects (人们, 有人) are not sources, and a phrase with no
  noun is not one.
* Check-worthiness is a transparent additive score, clipped to 0..1 (a sentence is ``checkworthy``
  from 0.5): base 0.15; +0.4 with a figure other than a date, else +0.3 with a date (a dated event);
  +0.2 attributed to a named source (+0.1 without one); +0.15 comparative or superlative (+0.25 when
  the sentence names two actors or more); +0.05 causal; +0.1 when it names an actor (jieba entity
  tags or a Latin name); −0.1 hedged; −0.1 predictive (the future cannot be checked yet); −0.2
  opinion; −0.15 a question. Opinion, rhetoric and slogans (星星之火，可以燎原) name no figure, no source
  and no actor, so they stay low.

Tables written by :func:`run`:
    quantities  see :mod:`zhnews.quantities`
    claims      claim_id, para_id, sent_id, text, checkworthy (bool), score (0..1), types
                (semicolon-separated, fixed order), source (who the claim is attributed to, "" if no one),
                q_ids (semicolon-separated q_id of the figures in the sentence), cues (which cue fired for
                each type: "comparative:超越; attributed:按照…测评")
    factcheck   the check-worthy claims ranked by score (ties: reading order), readable bilingual column
                names for Excel, with their figures spelled out, their sources, and empty 核查结果 Verdict
                and 备注 Notes columns for the checker to fill in

Charts and the highlighted article are in :mod:`zhnews.viz.claims`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from . import io, lexicon, segment, vocab
from .quantities import Quantity, find_quantities, quantities_table

CLAIM_TYPES = tuple(vocab.CLAIM_TYPES)
CLAIM_COLUMNS = ["claim_id", "para_id", "sent_id", "text", "checkworthy", "score", "types", "source",
                 "q_ids", "cues"]
CHECKWORTHY_FROM = 0.5
# jieba tags that name an actor: people, places, organisations, products, and Latin names (DeepSeek).
ACTOR_TAGS = frozenset(segment.ENTITY_TYPES) | {"eng"}
# A longer "source" is a whole clause; its head noun after the last 的 is kept.
SOURCE_MAX_CHARS = 20


# ---------------------------------------------------------------------------------------------
# Cue lexicon


@dataclass(frozen=True)
class CueEntry:
    type: str
    cue: str
    match: str
    label: str


@dataclass(frozen=True)
class Cue:
    type: str
    label: str
    start: int
    end: int
    source: str = ""


@lexicon.cached
def cue_entries() -> tuple[CueEntry, ...]:
    return tuple(CueEntry(*row) for row in lexicon.read_rows("claim_cues.tsv", ("type", "cue", "match", "label")))


def _entries(type_: str, match: str | None = None) -> list[CueEntry]:
    return [e for e in cue_entries() if e.type == type_ and (match is None or e.match == match)]


@lexicon.cached
def _compiled_regexes() -> tuple[tuple[CueEntry, re.Pattern], ...]:
    return tuple((e, re.compile(e.cue)) for e in cue_entries() if e.match == "regex")


@lexicon.cached
def _word_cues() -> dict[str, list[CueEntry]]:
    table: dict[str, list[CueEntry]] = {}
    for e in cue_entries():
        if e.match == "word" and e.type in CLAIM_TYPES:
            table.setdefault(e.cue, []).append(e)
    return table


# ---------------------------------------------------------------------------------------------
# Finding cues in a sentence


def _tokens_with_offsets(text: str) -> list[tuple[str, str, int]]:
    tokens, offset = [], 0
    for word, tag in segment.cut_pos(text):
        tokens.append((word, tag, offset))
        offset += len(word)
    return tokens


def _bound_of_figure(end: int, figures: list[Quantity]) -> bool:
    """超过1万张, 高于5%: a comparative word right before a figure is the figure's qualifier."""
    return any(0 <= q.start - end <= 1 for q in figures)


def find_cues(text: str, figures: list[Quantity] | None = None, tokens=None) -> list[Cue]:
    """The claim cues in one sentence, in order of position (a type may fire more than once)."""
    figures = figures if figures is not None else find_quantities(text)
    tokens = tokens if tokens is not None else _tokens_with_offsets(text)
    cues = []
    for k, (word, _, start) in enumerate(tokens):
        for entry in _word_cues().get(word, ()):
            if entry.type == "comparative" and _bound_of_figure(start + len(word), figures):
                continue
            if word == "将" and _jiang_marks_object(tokens, k):
                continue
            cues.append(Cue(entry.type, entry.label or word, start, start + len(word)))
    for entry in cue_entries():
        if entry.match == "text" and entry.type in CLAIM_TYPES:
            for m in re.finditer(re.escape(entry.cue), text):
                cues.append(Cue(entry.type, entry.label or entry.cue, m.start(), m.end()))
    for entry, pattern in _compiled_regexes():
        for m in pattern.finditer(text):
            cues.append(_regex_cue(entry, m, text))
    cues += _say_verb_cues(text, tokens)
    cues = [c for c in cues if c is not None]
    return _drop_nested(sorted(set(cues), key=lambda c: (c.start, -c.end, c.type, c.label)))


_CLAUSE_BREAK = r"[，。；：！？,;:!?“”「」\s]+"
# A verb that takes a result or direction (放大, 列为, 推高至, 转向): in 将 + noun + such a verb, 将 is 把.
_RESULT_ENDINGS = tuple("为成至到给入进出向大小高低")


def _jiang_marks_object(tokens, k: int) -> bool:
    """将 used like 把 (将其列为…, 将股价推高至…, 以高频交易将获利空间放大) marks an object, not the future.

    将 is the future when a verb, adjective, adverb or preposition follows (将于, 将会, 将进一步, 将推出,
    将更加); 把 when a noun, pronoun or number does. jieba tags some noun modifiers as verbs (获利空间), so a verb followed
    by a noun and then a verb of result (放大) is read as 把 too.
    """
    clause = _clause_tokens_after(tokens, k)
    if not clause:
        return False
    tags = [tag[:1] for _, tag, _ in clause]
    if tags[0] not in "vadpc":  # jieba tags some verbs as adjectives (将落实 → 落实/a)
        return True
    return tags[:3] == ["v", "n", "v"] and clause[2][0].endswith(_RESULT_ENDINGS)


def _clause_tokens_after(tokens, k: int):
    clause = []
    for token in tokens[k + 1:]:
        if re.fullmatch(_CLAUSE_BREAK, token[0]):
            break
        clause.append(token)
    return clause


def _regex_cue(entry: CueEntry, m: re.Match, text: str) -> Cue | None:
    source = ""
    if "source" in entry.cue:
        source = clean_source(m["source"] or "")
        if source is None:
            return None
    label = entry.label or _ellipsis_label(m, text)
    return Cue(entry.type, label, m.start(), m.end(), source)


def _ellipsis_label(m: re.Match, text: str) -> str:
    """按照全球主流机构的测评 → 按照…测评: the cue words, not the source between them."""
    if "source" not in m.re.groupindex or not m["source"]:
        return m.group()
    head, tail = text[m.start():m.start("source")], text[m.end("source"):m.end()].lstrip("的")
    tail = re.sub(r"^(?:最新)?(?:披露|发布|公布|统计|测算|估算)?的?", "", tail) or tail
    return f"{head}…{tail}" if head else f"…{tail}"


def _drop_nested(cues: list[Cue]) -> list[Cue]:
    """相比之下 contains 相比, 有希望 contains 希望: a cue inside a longer one is not a cue of its own."""
    kept: list[Cue] = []
    for cue in cues:
        if any(k.start <= cue.start and cue.end <= k.end and k.end - k.start > cue.end - cue.start for k in kept):
            continue
        kept.append(cue)
    return kept


_NOT_SAYING_AFTER = {"之", "堪", "简", "俗", "号", "又", "可以", "也就是", "换句话", "比如"}


def _say_verb_cues(text: str, tokens) -> list[Cue]:
    """X表示 / X称 / X认为: attributed to the noun phrase X before the verb in its clause."""
    verbs = {e.cue for e in _entries("say_verb")}
    cues = []
    for k, (word, _, start) in enumerate(tokens):
        if word not in verbs:
            continue
        previous = tokens[k - 1][0] if k else ""
        following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if previous in _NOT_SAYING_AFTER or following == "的":  # 之称; 披露的数据 (the regex handles it)
            continue
        clause_tokens = _clause_tokens_before(tokens, k)
        if not any(tag[:1] in ("n", "r") or tag in ACTOR_TAGS for _, tag, _ in clause_tokens):
            continue
        source = clean_source("".join(w for w, _, _ in clause_tokens))
        if source is not None:
            cues.append(Cue("attributed", f"…{word}", start, start + len(word), source))
    return cues


def _clause_tokens_before(tokens, k: int):
    clause = []
    for word, tag, start in reversed(tokens[:k]):
        if re.fullmatch(_CLAUSE_BREAK, word):
            break
        clause.append((word, tag, start))
    return list(reversed(clause))


@lexicon.cached
def _trim_words() -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in _entries("source_trim")), key=len, reverse=True))


@lexicon.cached
def _generic_subjects() -> frozenset[str]:
    return frozenset(e.cue for e in _entries("generic_subject"))


def clean_source(raw: str) -> str | None:
    """The source named in a cue, trimmed ("人社部27日公布" → "人社部"); "" when none is named,
    None when the 'source' is a generic subject (人们认为) and the sentence is not attributed.
    A relayed source names both, reporter first: 路透社援引知情人士 → "路透社; 知情人士"."""
    relayed = re.split(r"援引|引述|引用", raw)
    if len(relayed) > 1:
        names = [clean_source(part) for part in relayed]
        return "; ".join(name for name in names if name)
    # 人社部在答复热点问题时 → 人社部: an adverbial 在…时/上/中 at the end is the occasion, not the source.
    source = _strip_dates(re.sub(r"在[^在]{1,15}?(?:时|上|中|期间)$", "", raw.strip()))
    changed = True
    while changed and source:
        changed = False
        for word in _trim_words():
            if source.startswith(word) and len(source) > len(word):
                source, changed = source[len(word):], True
            if source.endswith(word) and len(source) > len(word):
                source, changed = source[: -len(word)], True
        source = _strip_dates(source).strip()
    if source in _generic_subjects():
        return None
    if source in _trim_words():
        return ""  # 公开资料显示: attributed, but to no one in particular
    if len(source) > SOURCE_MAX_CHARS and "的" in source:
        source = source.rsplit("的", 1)[1]
    return source


def _strip_dates(text: str) -> str:
    for q in reversed(find_quantities(text)):
        if q.kind == "date" and (q.start == 0 or q.end == len(text)):
            text = (text[: q.start] + text[q.end:]).strip()
    return text


# ---------------------------------------------------------------------------------------------
# Tagging and scoring


@dataclass(frozen=True)
class ClaimTag:
    types: tuple[str, ...]
    cues: tuple[Cue, ...]
    source: str
    score: float
    checkworthy: bool


def _named_actors(tokens) -> set[str]:
    return {word for word, tag, _ in tokens if tag in ACTOR_TAGS and len(word) >= 2}


def score_claim(types: set[str], figures: list[Quantity], has_source: bool, actors: int, question: bool) -> float:
    score = 0.15
    if any(q.kind != "date" for q in figures):
        score += 0.4
    elif figures:
        score += 0.3
    if "attributed" in types:
        score += 0.2 if has_source else 0.1
    if types & {"comparative", "superlative"}:
        score += 0.25 if actors >= 2 else 0.15
    score += 0.05 * ("causal" in types) + 0.1 * (actors >= 1)
    score -= 0.1 * ("hedged" in types) + 0.1 * ("predictive" in types) + 0.2 * ("opinion" in types)
    score -= 0.15 * question
    return round(min(1.0, max(0.0, score)), 3)


def tag_sentence(text: str, figures: list[Quantity] | None = None) -> ClaimTag:
    """Claim types, cues, source and check-worthiness of one sentence (analysed in simplified script)."""
    figures = figures if figures is not None else find_quantities(text)
    tokens = _tokens_with_offsets(text)
    cues = find_cues(text, figures, tokens)
    types = {c.type for c in cues}
    sources = [c.source for c in cues if c.type == "attributed" and c.source]
    source = "; ".join(dict.fromkeys(sources))
    question = text.rstrip("”」’\"' ").endswith(("？", "?"))
    score = score_claim(types, figures, bool(source), len(_named_actors(tokens)), question)
    ordered = tuple(t for t in CLAIM_TYPES if t in types)
    return ClaimTag(ordered, tuple(cues), source, score, score >= CHECKWORTHY_FROM)


def cues_text(cues) -> str:
    """comparative:超越; attributed:按照…测评 — each type's cues in type order, then position."""
    labels = dict.fromkeys(f"{c.type}:{c.label}" for t in CLAIM_TYPES for c in cues if c.type == t)
    return "; ".join(labels)


def claims_table(sentences: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """One row per body sentence (columns in the module docstring)."""
    rows = []
    body = sentences[sentences["role"] == "body"]
    for sent in body.itertuples(index=False):
        in_sentence = quantities[quantities["sent_id"] == sent.sent_id]
        figures = [Quantity(r.start, r.end, r.kind, r.value) for r in in_sentence.itertuples(index=False)]
        tag = tag_sentence(sent.text_zhs, figures)
        rows.append({
            "para_id": sent.para_id, "sent_id": sent.sent_id, "text": sent.text,
            "checkworthy": tag.checkworthy, "score": tag.score, "types": ";".join(tag.types),
            "source": tag.source, "q_ids": ";".join(str(q) for q in in_sentence["q_id"]),
            "cues": cues_text(tag.cues),
        })
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS[1:])
    table.insert(0, "claim_id", range(len(table)))
    return table.astype({"claim_id": "int64", "para_id": "int64", "sent_id": "int64",
                         "checkworthy": "bool", "score": "float64"})


def describe_figure(row) -> str:
    """558万美元 = 5580000 USD (upper_bound): a figure as written and as normalised."""
    value = f"{row.value}–{row.value_high}" if row.value_high else row.value
    unit = f" {row.unit}" if row.unit else ""
    extras = [x for x in (row.kind, row.qualifier, row.note) if x]
    return f"{row.text} = {value}{unit} ({', '.join(extras)})"


def factcheck_table(claims: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """Check-worthy claims ranked by score (ties: reading order), with readable column names for Excel."""
    worth = claims[claims["checkworthy"]].sort_values(["score", "claim_id"], ascending=[False, True], kind="stable")
    by_sentence = {sid: "; ".join(describe_figure(r) for r in group.itertuples(index=False))
                   for sid, group in quantities.groupby("sent_id", sort=True)}
    return pd.DataFrame({
        "排序 Rank": range(1, len(worth) + 1),
        "分数 Score": worth["score"].to_numpy(),
        "论断 Claim": worth["text"].to_numpy(),
        "数字 Figures": [by_sentence.get(s, "") for s in worth["sent_id"]],
        "来源 Source": worth["source"].to_numpy(),
        "类型 Types": worth["types"].to_numpy(),
        "线索 Cues": worth["cues"].to_numpy(),
        "段落 Paragraph": worth["para_id"].to_numpy(),
        "句子 Sentence": worth["sent_id"].to_numpy(),
        "核查结果 Verdict": "",
        "备注 Notes": "",
    })


def run(ctx) -> dict[str, pd.DataFrame]:
    """Read sentences and meta from the run folder of ``ctx`` (a :class:`zhnews.stages.RunContext`, with
    the article's new words installed); write quantities, claims and factcheck."""
    out_dir, meta = ctx.out, ctx.meta
    sentences = io.read_table(out_dir, "sentences")
    quantities = quantities_table(sentences, meta.get("publish_date"))
    claims = claims_table(sentences, quantities)
    tables = {"quantities": quantities, "claims": claims, "factcheck": factcheck_table(claims, quantities)}
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables
