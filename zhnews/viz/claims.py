"""Charts and the highlighted article of the claims stage.

Charts (functions returning Figures): :func:`plot_quantities_by_kind`, :func:`plot_timeline`,
:func:`plot_money`, :func:`plot_claims_per_paragraph`. :func:`highlight_html` is the article's body
with figures and claim cues marked, all text escaped.
"""

from __future__ import annotations

import html
import re
from datetime import date

import matplotlib.dates as mdates
import pandas as pd

from .. import vocab
from ..claims import describe_figure, find_cues
from ..claims.quantities import Quantity
from .charts import new_figure, reading_order_ticks
from .palette import CLAIM_TYPE, MUTED, QUANTITY_KIND, SERIES

MAX_BARS = 25  # rows in the money and timeline charts, so they stay readable at A4 width


_STYLE = """<style>
.zhc p{line-height:1.9;margin:0 0 .8em 0}.zhc .cap{color:#555;font-style:italic}
.zhc .sent{padding:1px 0}.zhc .cw{background:#fff7d6;border-bottom:2px solid #e0b000}
.zhc .score{font-size:.7em;color:#666;vertical-align:super;margin-left:1px}
.zhc mark{background:#d6eaff;border-radius:3px;padding:0 2px}
.zhc mark.date{background:#ffd9d2}.zhc mark.money{background:#d4f0dc}.zhc mark.percent{background:#d6eaff}
.zhc .cue{border-bottom:2px dotted;font-weight:600}
""" + "".join(f".zhc .cue.{t}{{border-color:{c};color:{c}}}" for t, c in CLAIM_TYPE.items()) + "</style>"


def _legend() -> str:
    cue_items = " ".join(f'<span class="cue {t}">{t}</span>' for t in vocab.CLAIM_TYPES)
    return ('<p><mark>数字 figure</mark> <mark class="date">日期 date</mark> <mark class="money">金额 money</mark> · '
            f'线索 cues: {cue_items} · <span class="sent cw">待核查 check-worthy</span>'
            '<span class="score">分数 score</span></p>')


def _sentence_html(text: str, analysed: str, figures: list, claim) -> str:
    """One sentence with its ``figures`` (rows of the quantities table) and claim cues marked."""
    marks = [(r.start, r.end, f'<mark class="{r.kind}" title="{html.escape(describe_figure(r), quote=True)}">', "</mark>")
             for r in figures]
    if claim is not None:
        for cue in find_cues(analysed, [Quantity(r.start, r.end, r.kind, r.value) for r in figures]):
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
    # The figures of each sentence from one pass over the table: a filtered DataFrame and its own
    # itertuples for every sentence took a large share of the claims notebook's time.
    figures_of: dict = {}
    for r in quantities.itertuples(index=False):
        figures_of.setdefault(r.sent_id, []).append(r)
    paragraphs = []
    shown = sentences[sentences["role"].isin(roles)]
    for para_id, group in shown.groupby("para_id", sort=True):
        parts = [_sentence_html(s.text, s.text_zhs, figures_of.get(s.sent_id, []),
                                claim_by_sentence.get(s.sent_id)) for s in group.itertuples(index=False)]
        css = ' class="cap"' if group["role"].iloc[0] == "caption" else ""
        paragraphs.append(f'<p{css} data-para="{int(para_id)}">{"".join(parts)}</p>')
    return f'<div class="zhc">{_STYLE}{_legend()}{"".join(paragraphs)}</div>'


def _empty_note(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=MUTED)
    ax.set_xticks([])
    ax.set_yticks([])


def plot_quantities_by_kind(quantities: pd.DataFrame):
    counts = quantities["kind"].value_counts()
    kinds = [k for k in vocab.QUANTITY_KINDS if k in counts.index]
    fig, ax = new_figure(height=max(2.5, 0.45 * len(kinds) + 1.2))
    if kinds:
        ax.barh([vocab.QUANTITY_KINDS[k] for k in kinds], [counts[k] for k in kinds], color=[QUANTITY_KIND[k] for k in kinds])
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
    parts = value.split("T")[0].split("-")  # a clock time (2019-12-30T17:48) sits on its day
    if not parts[0].isdigit():
        return None
    year = int(parts[0])
    if len(parts) == 2 and parts[1].startswith("Q"):
        return date(year, 3 * int(parts[1][1:]) - 1, 15)  # the middle of the quarter
    if len(parts) == 2 and parts[1].startswith("H"):
        return date(year, 6 * int(parts[1][1:]) - 3, 1)  # the middle of the half-year
    month = int(parts[1]) if len(parts) > 1 else _NOTE_MONTH.get(note.split(";")[0].strip(), 7)
    day = int(parts[2]) if len(parts) > 2 else 15 if len(parts) > 1 else 1
    return date(year, month, day)


def _event_words(text: str, start: int, end: int, width: int = 16) -> str:
    """What a date dates: the words after it up to the clause end (7月29日上午 → 上午，在第95个…).

    When fewer than four characters follow, or they start with 的, the clause's words before the
    date come first and the next clause is added (会议于2024年5月召开 → 会议于 召开). Cut at a word boundary, never mid-word.
    """
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = text[end:].lstrip("，, ")
    stands_alone = len(_CLAUSE_END.split(after)[0]) >= 4 and not after.startswith("的")  # 2023年的3倍: needs what precedes
    context = after if stands_alone else f"{text[clause_start:start].strip()} {after}".strip()
    return _cut_at_word(context, width)


_CLAUSE_END = re.compile(r"[。；！？;!?\n，,：:]")


def _cut_at_word(text: str, width: int) -> str:
    """The first words of ``text`` that fit in ``width`` characters, with "…" when some were left out."""
    from ..segment import cut

    text = re.split(r"[。；！？;!?\n]", text)[0]
    if len(text) <= width:
        return text
    kept = ""
    for word in cut(text):
        if len(kept) + len(word) > width:
            break
        kept += word
    return (kept or text[:width]).rstrip("，,、 ") + "…"


def _words_before(text: str, start: int, width: int = 12) -> str:
    """The clause before a money figure: what the money is (其训练成本只有 558万美元)."""
    before = re.split(r"[，。；！？,;]", text[:start])[-1]
    return before[-width:] if len(before) <= width else "…" + before[-width:]


MAX_STACKED = 3  # events listed under one date; more are counted


def _timeline_rows(quantities: pd.DataFrame) -> list[tuple[date, date, list]]:
    """(day, last day of any range, the events of that day) per dated day, oldest first.

    Events on the same day share a row, their labels stacked. With more than MAX_BARS days, the days
    the article mentions first are kept (the story's own dates come early; background dates later).
    """
    by_day: dict[date, list] = {}
    for r in quantities[quantities["kind"] == "date"].sort_values("q_id").itertuples(index=False):
        if day := date_position(r.value, r.note):
            by_day.setdefault(day, []).append(r)
    days = sorted(by_day, key=lambda d: by_day[d][0].q_id)[:MAX_BARS]
    return [
        (day, max([day] + [date_position(r.value_high) or day for r in by_day[day] if r.value_high]), by_day[day])
        for day in sorted(days)
    ]


def _row_label(events, text_of: dict) -> str:
    lines = list(dict.fromkeys(f"{r.text} · {_event_words(text_of.get(r.sent_id, ''), r.start, r.end)}" for r in events))
    extra = len(lines) - MAX_STACKED
    return "\n".join(lines[:MAX_STACKED] + ([f"另有 {extra} 处 · {extra} more"] if extra > 0 else []))


def plot_timeline(quantities: pd.DataFrame, sentences: pd.DataFrame):
    """The dated events the article mentions, oldest first; hollow markers are inferred years.

    The axis spans only the dates shown. A label sits after the end of its range bar, or before its
    start on the right half of the axis, so no bar runs through text.
    """
    text_of = dict(zip(sentences["sent_id"], sentences["text"]))
    rows = _timeline_rows(quantities)
    labels = [_row_label(events, text_of) for _, _, events in rows]
    heights = [label.count("\n") + 1 for label in labels]
    fig, ax = new_figure(height=max(2.8, 0.3 * sum(heights) + 0.2 * len(rows) + 1.4))
    if not rows:
        _empty_note(ax, "文中没有日期 · No dates found")
    else:
        low = mdates.date2num(rows[0][0])
        high = max(mdates.date2num(last) for _, last, _ in rows)
        pad = max(0.05 * (high - low), 10)  # days; one date alone still gets a readable axis
        ax.set_xlim(low - pad, high + pad)
        ys = [sum(heights[:i]) + heights[i] / 2 + 0.4 * i for i in range(len(rows))]
        for y, (day, last, events), label in zip(ys, rows, labels):
            start, end = mdates.date2num(day), mdates.date2num(last)
            if end > start:
                ax.hlines(y, start, end, color=QUANTITY_KIND["date"], linewidth=3, alpha=0.5)
            inferred = all(r.inferred for r in events)
            ax.plot([start], [y], marker="o", markersize=7, color=QUANTITY_KIND["date"],
                    markerfacecolor="white" if inferred else QUANTITY_KIND["date"])
            on_left_half = (end - low + pad) / (high - low + 2 * pad) <= 0.55
            anchor, offset, align = (end, 8, "left") if on_left_half else (start, -8, "right")
            ax.annotate(label, (anchor, y), xytext=(offset, 0), textcoords="offset points",
                        va="center", ha=align, fontsize=8.5, linespacing=1.25)
        ax.set_yticks([])
        ax.set_ylim(ys[-1] + heights[-1] / 2 + 0.3, ys[0] - heights[0] / 2 - 0.3)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        # The offset names only the year: "2022-Aug" under an axis from July on would mislead.
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, offset_formats=["", "%Y", "%Y", "%Y", "%Y", "%Y"]))
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
    fig, ax = new_figure(height=max(3.8, 0.34 * len(money) + 1.6))
    if money.empty:
        _empty_note(ax, "文中没有金额 · No money figures found")
    else:
        labels = [f"{_words_before(text_of.get(r.sent_id, ''), r.start)} {r.text}" for r in money.itertuples(index=False)]
        currencies = sorted(set(money["unit"].str.split("/").str[0]))
        colour = {c: SERIES[i % len(SERIES)] for i, c in enumerate(currencies)}
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
    long = claims.assign(type=claims["types"].replace("", vocab.UNTYPED).str.split(";")).explode("type")
    table = pd.crosstab(long["para_id"], long["type"]) if not long.empty else pd.DataFrame()
    order = [t for t in (*vocab.CLAIM_TYPES, vocab.UNTYPED) if t in table.columns]
    fig, ax = new_figure(height=4.0)
    if table.empty:
        _empty_note(ax, "没有正文句子 · No body sentences")
    else:
        table[order].plot.bar(stacked=True, ax=ax, color=[CLAIM_TYPE[t] for t in order], width=0.8)
        ax.legend(title="类型 Type", frameon=False, fontsize=8.5, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        reading_order_ticks(ax, table.index)
    ax.set_title("各段落的论断类型 · Claims per paragraph by type")
    ax.set_xlabel("段落 Paragraph (para_id)")
    ax.set_ylabel("句子数 Sentences")
    return fig
