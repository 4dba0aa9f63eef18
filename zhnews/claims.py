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

Plots (functions returning Figures, for the notebook): :func:`plot_quantities_by_kind`,
:func:`plot_timeline`, :func:`plot_money`, :func:`plot_claims_per_paragraph`. :func:`highlight_html`
returns the article with figures and cues marked inline, every piece of article text escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import matplotlib.dates as mdates
import pandas as pd

from . import charts, io, segment
from .paths import LEXICON
from .quantities import Quantity, find_quantities, quantities_table

CLAIM_TYPES = ("comparative", "superlative", "causal", "predictive", "attributed", "hedged", "opinion")
CLAIM_COLUMNS = ["claim_id", "para_id", "sent_id", "text", "checkworthy", "score", "types", "source",
                 "q_ids", "cues"]
CHECKWORTHY_FROM = 0.5
MAX_BARS = 25  # rows in the money and timeline charts, so they stay readable at A4 width
# jieba tags that name an actor: people, places, organisations, products, and Latin names (DeepSeek).
ACTOR_TAGS = frozenset(segment.ENTITY_TYPES) | {"eng"}
# A longer "source" is a whole clause; its head noun after the last 的 is kept.
SOURCE_MAX_CHARS = 20

TYPE_COLOURS = {
    "comparative": "#2a7ab0", "superlative": "#1b3a5c", "causal": "#8e44ad", "predictive": "#e08e0b",
    "attributed": "#2e8b57", "hedged": "#9e9e9e", "opinion": "#c0392b", "untyped": "#d9d9d9",
}
KIND_COLOURS = {
    "money": "#2e8b57", "percent": "#2a7ab0", "multiple": "#1b3a5c", "ratio": "#6c5b7b", "count": "#e08e0b",
    "date": "#c0392b", "duration": "#b5651d", "rank": "#8e44ad", "number": "#9e9e9e",
}
KIND_NAMES = {
    "money": "金额 money", "percent": "百分比 percent", "multiple": "倍数 multiple", "ratio": "比例 ratio",
    "count": "数量 count", "date": "日期 date", "duration": "时长 duration", "rank": "排名 rank",
    "number": "数字 number",
}


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


@lru_cache(maxsize=1)
def cue_entries() -> tuple[CueEntry, ...]:
    lines = [ln for ln in (LEXICON / "claim_cues.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    rows = [(ln.split("\t") + [""] * 4)[:4] for ln in lines[1:]]
    return tuple(CueEntry(*row) for row in rows)


def _entries(type_: str, match: str | None = None) -> list[CueEntry]:
    return [e for e in cue_entries() if e.type == type_ and (match is None or e.match == match)]


@lru_cache(maxsize=1)
def _compiled_regexes() -> tuple[tuple[CueEntry, re.Pattern], ...]:
    return tuple((e, re.compile(e.cue)) for e in cue_entries() if e.match == "regex")


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
def _trim_words() -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in _entries("source_trim")), key=len, reverse=True))


@lru_cache(maxsize=1)
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


def run(out_dir) -> dict[str, pd.DataFrame]:
    """Read sentences and meta from the run folder; write quantities, claims and factcheck."""
    segment.use_run_words(out_dir)
    sentences = io.read_table(out_dir, "sentences")
    meta = io.read_json(out_dir, "meta")
    quantities = quantities_table(sentences, meta.get("publish_date"))
    claims = claims_table(sentences, quantities)
    tables = {"quantities": quantities, "claims": claims, "factcheck": factcheck_table(claims, quantities)}
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables


# ---------------------------------------------------------------------------------------------
# Inline highlighting

_STYLE = """<style>
.zhc p{line-height:1.9;margin:0 0 .8em 0}.zhc .cap{color:#555;font-style:italic}
.zhc .sent{padding:1px 0}.zhc .cw{background:#fff7d6;border-bottom:2px solid #e0b000}
.zhc .score{font-size:.7em;color:#666;vertical-align:super;margin-left:1px}
.zhc mark{background:#d6eaff;border-radius:3px;padding:0 2px}
.zhc mark.date{background:#ffd9d2}.zhc mark.money{background:#d4f0dc}.zhc mark.percent{background:#d6eaff}
.zhc .cue{border-bottom:2px dotted;font-weight:600}
""" + "".join(f".zhc .cue.{t}{{border-color:{c};color:{c}}}" for t, c in TYPE_COLOURS.items()) + "</style>"


def _legend() -> str:
    cue_items = " ".join(f'<span class="cue {t}">{t}</span>' for t in CLAIM_TYPES)
    return ('<p><mark>数字 figure</mark> <mark class="date">日期 date</mark> <mark class="money">金额 money</mark> · '
            f'线索 cues: {cue_items} · <span class="sent cw">待核查 check-worthy</span>'
            '<span class="score">分数 score</span></p>')


def _sentence_html(text: str, analysed: str, figures: pd.DataFrame, claim) -> str:
    marks = [(r.start, r.end, f'<mark class="{r.kind}" title="{html.escape(describe_figure(r), quote=True)}">', "</mark>")
             for r in figures.itertuples(index=False)]
    if claim is not None:
        for cue in find_cues(analysed, [Quantity(r.start, r.end, r.kind, r.value) for r in figures.itertuples(index=False)]):
            if not any(s < cue.end and cue.start < e for s, e, _, _ in marks):
                title = html.escape(f"{cue.type}: {cue.label}" + (f" ({cue.source})" if cue.source else ""), quote=True)
                marks.append((cue.start, cue.end, f'<span class="cue {cue.type}" title="{title}">', "</span>"))
    pieces, position = [], 0
    for start, end, opening, closing in _non_overlapping(marks):
        pieces += [html.escape(text[position:start]), opening, html.escape(text[start:end]), closing]
        position = end
    pieces.append(html.escape(text[position:]))
    inner = "".join(pieces)
    if claim is None:
        return f'<span class="sent">{inner}</span>'
    css = "sent cw" if claim.checkworthy else "sent"
    title = html.escape(f"score {claim.score:.2f} · {claim.types or 'untyped'}" + (f" · {claim.source}" if claim.source else ""), quote=True)
    return f'<span class="{css}" title="{title}">{inner}</span><span class="score">{claim.score:.2f}</span>'


def _non_overlapping(marks):
    kept, end = [], -1
    for mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        if mark[0] >= end:
            kept.append(mark)
            end = mark[1]
    return kept


def highlight_html(sentences: pd.DataFrame, quantities: pd.DataFrame, claims: pd.DataFrame,
                   roles=("body", "caption")) -> str:
    """The article's body and captions with figures and claim cues marked; hover for values and types."""
    claim_by_sentence = {c.sent_id: c for c in claims.itertuples(index=False)}
    paragraphs = []
    shown = sentences[sentences["role"].isin(roles)]
    for para_id, group in shown.groupby("para_id", sort=True):
        parts = [_sentence_html(s.text, s.text_zhs, quantities[quantities["sent_id"] == s.sent_id],
                                claim_by_sentence.get(s.sent_id)) for s in group.itertuples(index=False)]
        css = ' class="cap"' if group["role"].iloc[0] == "caption" else ""
        paragraphs.append(f'<p{css} data-para="{int(para_id)}">{"".join(parts)}</p>')
    return f'<div class="zhc">{_STYLE}{_legend()}{"".join(paragraphs)}</div>'


# ---------------------------------------------------------------------------------------------
# Charts


def _empty_note(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_quantities_by_kind(quantities: pd.DataFrame):
    counts = quantities["kind"].value_counts()
    kinds = [k for k in KIND_NAMES if k in counts.index]
    fig, ax = charts.new_figure(height=max(2.5, 0.45 * len(kinds) + 1.2))
    if kinds:
        ax.barh([KIND_NAMES[k] for k in kinds], [counts[k] for k in kinds], color=[KIND_COLOURS[k] for k in kinds])
        ax.invert_yaxis()
        for y, k in enumerate(kinds):
            ax.text(counts[k], y, f" {counts[k]}", va="center", fontsize=9)
        ax.xaxis.get_major_locator().set_params(integer=True)
    else:
        _empty_note(ax, "文中没有数字 · No figures found")
    ax.set_title("文中数字的类别 · Figures by kind")
    ax.set_xlabel("个数 Number of figures")
    ax.set_ylabel("类别 Kind")
    return fig


_NOTE_MONTH = {"early": 2, "mid": 7, "late": 11, "first half": 4, "second half": 10}


def date_position(value: str, note: str = "") -> date | None:
    """Where an ISO date at any precision sits on a time axis (2025 early → 2025-02-01, 2024-Q3 → 2024-08-15)."""
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    year = int(parts[0])
    if len(parts) == 2 and parts[1].startswith("Q"):
        return date(year, 3 * int(parts[1][1:]) - 1, 15)  # the middle of the quarter
    month = int(parts[1]) if len(parts) > 1 else _NOTE_MONTH.get(note.split(";")[0].strip(), 7)
    day = int(parts[2]) if len(parts) > 2 else 15 if len(parts) > 1 else 1
    return date(year, month, day)


def _words_after(text: str, end: int, width: int = 14) -> str:
    """The words after a date, up to the clause end: the event it dates (or the words before it)."""
    after = re.split(r"[，。；！？,;]", text[end:].lstrip("，, "))[0]
    return _shorten(after, width) if len(after) >= 4 else _words_before(text, end - 1, width)


def _words_before(text: str, start: int, width: int = 12) -> str:
    """The clause before a money figure: what the money is (其训练成本只有 558万美元)."""
    before = re.split(r"[，。；！？,;]", text[:start])[-1]
    return before[-width:] if len(before) <= width else "…" + before[-width:]


def _shorten(text: str, width: int) -> str:
    return text[:width] + ("…" if len(text) > width else "")


def plot_timeline(quantities: pd.DataFrame, sentences: pd.DataFrame):
    """The dated events the article mentions, oldest first; hollow markers are inferred years."""
    text_of = dict(zip(sentences["sent_id"], sentences["text"]))
    dated = [(pos, r) for r in quantities[quantities["kind"] == "date"].itertuples(index=False)
             if (pos := date_position(r.value, r.note))]
    dated.sort(key=lambda item: (item[0], item[1].q_id))
    if len(dated) > MAX_BARS:  # keep the first mention of each date, then the earliest dates
        first = {}
        for pos, r in sorted(dated, key=lambda item: item[1].q_id):
            first.setdefault(r.value, (pos, r))
        dated = sorted(first.values(), key=lambda item: (item[0], item[1].q_id))[:MAX_BARS]
    fig, ax = charts.new_figure(height=max(2.8, 0.42 * len(dated) + 1.4))
    if not dated:
        _empty_note(ax, "文中没有日期 · No dates found")
    for y, (pos, r) in enumerate(dated):
        if r.value_high:
            ax.hlines(y, pos, date_position(r.value_high) or pos, color=KIND_COLOURS["date"], linewidth=3, alpha=0.5)
        ax.plot([pos], [y], marker="o", markersize=7, color=KIND_COLOURS["date"],
                markerfacecolor="white" if r.inferred else KIND_COLOURS["date"])
        label = f"{r.text} · {_words_after(text_of.get(r.sent_id, ''), r.end)}"
        ax.annotate(label, (mdates.date2num(pos), y), xytext=(8, 0), textcoords="offset points", va="center", fontsize=8.5)
    if dated:
        ax.set_yticks([])
        ax.set_ylim(len(dated) - 0.5, -0.5)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
        low, high = mdates.date2num(dated[0][0]), mdates.date2num(max(d for d, _ in dated))
        span = max(high - low, 365)
        ax.set_xlim(low - 0.05 * span, high + 0.6 * span)  # room on the right for the labels
    ax.set_title("文中提到的事件时间线 · Timeline of dated events (空心 = 推断年份 hollow = inferred year)")
    ax.set_xlabel("日期 Date")
    ax.set_ylabel("事件 Event")
    return fig


def plot_money(quantities: pd.DataFrame, sentences: pd.DataFrame):
    """Money figures on a log scale, so 558万 and 1000亿 can be read on one axis."""
    text_of = dict(zip(sentences["sent_id"], sentences["text"]))
    money = quantities[(quantities["kind"] == "money") & (quantities["value_num"] > 0)]
    money = money.sort_values(["value_num", "q_id"], ascending=[False, True], kind="stable")
    shown_all = len(money) <= MAX_BARS
    money = money.head(MAX_BARS)  # a statistics bulletin has dozens; the largest stay readable at A4
    # At least 3.8 in tall: on a shorter figure the source line under the chart meets the axis label.
    fig, ax = charts.new_figure(height=max(3.8, 0.34 * len(money) + 1.6))
    if money.empty:
        _empty_note(ax, "文中没有金额 · No money figures found")
    else:
        labels = [f"{_words_before(text_of.get(r.sent_id, ''), r.start)} {r.text}" for r in money.itertuples(index=False)]
        currencies = sorted(set(money["unit"].str.split("/").str[0]))
        palette = ["#2e8b57", "#2a7ab0", "#e08e0b", "#8e44ad", "#c0392b", "#6c5b7b"]
        colour = {c: palette[i % len(palette)] for i, c in enumerate(currencies)}
        units = money["unit"].str.split("/").str[0]
        ax.barh(range(len(money)), money["value_num"], color=[colour[u] for u in units])
        ax.set_yticks(range(len(money)), labels)
        ax.invert_yaxis()
        ax.set_xscale("log")
        for y, r in enumerate(money.itertuples(index=False)):
            ax.text(r.value_num, y, f" {r.value_num:,.0f} {r.unit}", va="center", fontsize=8)
        ax.set_xlim(right=money["value_num"].max() * 200)
        handles = [ax.bar(0, 0, color=colour[c], label=c) for c in currencies]
        ax.legend(handles=handles, title="币种 Currency", loc="lower right", frameon=False)
    top = "" if money.empty or shown_all else f"（最大的 {MAX_BARS} 个 · largest {MAX_BARS}）"
    ax.set_title(f"文中金额（对数刻度）{top}· Money figures, log scale")
    ax.set_xlabel("金额 Amount (log)")
    ax.set_ylabel("数字 Figure")
    return fig


def plot_claims_per_paragraph(claims: pd.DataFrame):
    """How many sentences of each paragraph carry each claim type (a sentence counts once per type)."""
    long = claims.assign(type=claims["types"].replace("", "untyped").str.split(";")).explode("type")
    table = pd.crosstab(long["para_id"], long["type"]) if not long.empty else pd.DataFrame()
    order = [t for t in (*CLAIM_TYPES, "untyped") if t in table.columns]
    fig, ax = charts.new_figure(height=4.0)
    if table.empty:
        _empty_note(ax, "没有正文句子 · No body sentences")
    else:
        table[order].plot.bar(stacked=True, ax=ax, color=[TYPE_COLOURS[t] for t in order], width=0.8)
        ax.legend(title="类型 Type", frameon=False, fontsize=8.5, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.tick_params(axis="x", rotation=0)
    ax.set_title("各段落的论断类型 · Claims per paragraph by type")
    ax.set_xlabel("段落 Paragraph (para_id)")
    ax.set_ylabel("句子数 Sentences")
    return fig
