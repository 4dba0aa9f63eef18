"""Figures and claims against the hand-labelled gold of data/eval/claims and of the frozen rounds data/eval/fresh … fresh8 (issue 12's table).

    PYTHONPATH=. /work/main/.venv/bin/python bench/eval_claims.py [--split tune|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh34|fresh35|fresh33|fresh37|fresh36|fresh39|fresh38|seen|all]
        [--folder dev6] [--errors]

Each gold article runs through the pipeline as the per-article run does: load → sentences →
quantities (with the article's publish date) → claims. Gold and program sentences are aligned on a
normalised copy of the whole article (NFKC, no whitespace, no Markdown marks, no private-use
characters), because the two sentence splits may differ: a gold sentence is located in the article's
normalised text and every program sentence overlapping it is aligned to it. Figures are aligned by
span overlap inside the gold sentence (the gold figure is looked up in reading order).

Measures, per split:
* figures recall: gold figures (not NOT rows) overlapped by a program figure;
* figures precision: program figures inside labelled sentences that match a gold figure, over all
  program figures there (a figure over a NOT row or over nothing is a false positive);
* value / kind / role right: among found figures (value and value_high numerically equal, dates as
  ISO text; role change_up / change_down / level / "");
* check-worthy recall and precision at the program's threshold (a gold sentence is flagged when any
  aligned program sentence is);
* named source right: among gold sentences with a named source, the program's source equals a gold
  variant, lies between the shortest and the longest variant, or is a variant with a title before it;
* unnamed sources: gold "(unnamed)" rows where the program writes "(unnamed: …)" (a named row that lists "(unnamed)"
  among its accepted answers takes "(unnamed: …)" as right too);
* junk sources: program sources that are no name at all (list markers, one character, function words);
  the markers "(unnamed: …)" and "(unresolved: …)" are not junk.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import evalset  # noqa: E402

from zhnews import claims, load, text  # noqa: E402
from zhnews.errors import ArticleError  # noqa: E402
from zhnews.claims import quantities  # noqa: E402

GOLD = ROOT / "data" / "eval" / "claims"
UNNAMED = "(unnamed)"
# A "source" that names no one: function words and demonstratives (the junk class).
JUNK_WORDS = {"有", "那些", "这些", "其", "他", "她", "它", "他们", "她们", "这", "那", "该", "此", "对此", "其中"}


def _dropped(ch: str) -> bool:
    return ch.isspace() or ch in "*#\u00ad" or unicodedata.category(ch) in ("Co", "Cf", "Cc")


def normalise_with_map(raw: str) -> tuple[str, list[int]]:
    """NFKC without whitespace or markup, and for every output character its offset in ``raw``."""
    out, where = [], []
    for i, ch in enumerate(raw):
        if _dropped(ch):
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not _dropped(c):
                out.append(c)
                where.append(i)
    return "".join(out), where


def normalise(raw: str) -> str:
    return normalise_with_map(raw)[0]


def read_gold(name: str, split: str) -> pd.DataFrame:
    """``figures`` or ``sentences`` gold of ``split``: data/eval/claims/<name>_<split>.tsv, or a held-out
    round's data/eval/<split>/<name>.tsv."""
    path = evalset.held_out_gold(split, f"{name}.tsv") if split in evalset.HELD_OUT_ROUNDS else GOLD / f"{name}_{split}.tsv"
    return pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False, quoting=3)


# ---------------------------------------------------------------------------------------------
# Running the pipeline on one article


class ArticleRun:
    """The program's sentences, figures and claims for one article, on one normalised string."""

    def __init__(self, path: Path):
        article = load.load_article(path)
        self.meta = article.meta
        self.sentences = text.sentences_table(article.paragraphs)
        self.quantities = quantities.quantities_table(self.sentences, article.meta.get("publish_date"),
                                                      publish_date_source=article.meta.get("publish_date_source"))
        self.claims = claims.claims_table(self.sentences, self.quantities, article.meta)
        pieces, self.sentence_span, offset = [], {}, 0
        self.position_of: dict[int, list[int]] = {}
        self.boilerplate: set[int] = set()
        for sent in self.sentences.itertuples(index=False):
            norm, where = normalise_with_map(sent.text)
            pieces.append(norm)
            self.sentence_span[sent.sent_id] = (offset, offset + len(norm))
            self.position_of[sent.sent_id] = where
            if sent.role == "boilerplate":
                self.boilerplate.add(sent.sent_id)
            offset += len(norm)
        self.text = "".join(pieces)
        self.cursor = 0

    def locate(self, sentence: str) -> tuple[int, int] | None:
        """The span of a gold sentence in the article's normalised text (searched forward first).

        An occurrence inside the article's text wins over one inside boilerplate: a record that stores its
        body twice keeps the second copy as one boilerplate paragraph (the JSON records of fresh10 378), and
        the gold sentence is the article's, not the copy's."""
        needle = normalise(sentence)
        for start_at in (self.cursor, 0):
            at = self._find_outside_boilerplate(needle, start_at)
            if at >= 0:
                self.cursor = at + len(needle)
                return at, at + len(needle)
        head, tail = needle[:12], needle[-12:]  # the loader may have changed a character in the middle
        at = self.text.find(head, self.cursor)
        end = self.text.find(tail, at) if at >= 0 else -1
        if at >= 0 and 0 <= end - at <= len(needle) * 1.2:
            self.cursor = end + len(tail)
            return at, end + len(tail)
        return None

    def _find_outside_boilerplate(self, needle: str, start_at: int) -> int:
        """The first occurrence from start_at that is not all boilerplate, else the first occurrence (-1: none)."""
        first = at = self.text.find(needle, start_at)
        while at >= 0:
            if not set(self.sentences_in((at, at + len(needle)))) <= self.boilerplate:
                return at
            at = self.text.find(needle, at + 1)
        return first

    def sentences_in(self, span: tuple[int, int]) -> list[int]:
        return [sid for sid, (s, e) in self.sentence_span.items() if s < span[1] and e > span[0]]

    def figure_span(self, row) -> tuple[int, int]:
        base, where = self.sentence_span[row.sent_id][0], self.position_of[row.sent_id]
        inside = [k for k, orig in enumerate(where) if row.start <= orig < row.end]
        return (base + inside[0], base + inside[-1] + 1) if inside else (base, base)


# ---------------------------------------------------------------------------------------------
# Comparing


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except (InvalidOperation, ValueError):
        return None


def same_value(gold: str, program: str) -> bool:
    if gold == program:
        return True
    g, p = _number(gold), _number(program)
    if g is None or p is None:
        return False
    return abs(g - p) <= max(abs(g), Decimal(1)) * Decimal("0.0005")


def value_right(gold, program) -> bool:
    return same_value(gold["value"], program.value) and same_value(gold["value_high"], program.value_high)


def source_right(variants: list[str], program: str) -> bool:
    names = [normalise(n) for n in program.split("; ") if n]
    variants = [normalise(v) for v in variants]
    shortest, longest = min(variants, key=len), max(variants, key=len)
    # the gold's name with a title before it (河南省委副书记、省长王凯 for 王凯) is the same source
    return any(n in variants or (shortest in n and n in longest) or any(len(v) >= 2 and n.endswith(v) for v in variants)
               for n in names)


def junk_source(source: str) -> bool:
    name = normalise(source)
    return (len(name) < 2 or name in JUNK_WORDS or re.match(r"\d+(?:[、.．:：)）]|$)", name) is not None  # 2、世界银行, not 21世纪经济报道
            or not (name[0].isalnum() or name[0] in "《“「")
            or name[0] in "一二三四五六七八九十" and name[1:2] in "、.")


class Score:
    def __init__(self):
        self.c = Counter()
        self.errors: dict[str, list[str]] = defaultdict(list)

    def add(self, key: str, n: int = 1):
        self.c[key] += n

    def error(self, key: str, line: str):
        self.errors[key].append(line)

    def ratio(self, num: str, den: str) -> str:
        return f"{self.c[num] / self.c[den]:.3f} ({self.c[num]}/{self.c[den]})" if self.c[den] else "n/a"


def score_article(file: str, figures: pd.DataFrame, sentences: pd.DataFrame, score: Score):
    try:
        run = ArticleRun(evalset.article_path(file))
    except ArticleError as error:  # the reader gets a one-line error and no table: every gold sentence is unaligned
        for sentence in sentences["sentence"]:
            score.add("unaligned")
            score.error("unaligned", f"{file}: unreadable ({error}): {sentence[:40]}")
        return
    q = run.quantities
    claim_by_sent = run.claims.set_index("sent_id")
    for sentence, gold_rows in _in_reading_order(figures, sentences):
        span = run.locate(sentence)
        label = sentences[sentences["sentence"] == sentence]
        if span is None:
            score.add("unaligned")
            score.error("unaligned", f"{file}: {sentence[:60]}")
            continue
        sent_ids = run.sentences_in(span)
        program = [r for r in q[q["sent_id"].isin(sent_ids)].itertuples(index=False)
                   if _overlaps(run.figure_span(r), span)]
        _score_figures(file, sentence, span, gold_rows, program, run, score)
        if len(label):
            _score_sentence(file, label.iloc[0], sent_ids, claim_by_sent, score)


def _in_reading_order(figures: pd.DataFrame, sentences: pd.DataFrame):
    """Every labelled sentence once, in the order of sentences.tsv (figure-only sentences at the end)."""
    seen = []
    for s in list(sentences["sentence"]) + list(figures["sentence"]):
        if s not in seen:
            seen.append(s)
    for s in seen:
        yield s, figures[figures["sentence"] == s]


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and a[1] > b[0]


def _score_figures(file, sentence, span, gold_rows, program, run, score: Score):
    norm_sentence = normalise(sentence)
    cursor, used = 0, set()
    for gold in gold_rows.to_dict("records"):
        needle = normalise(gold["figure"])
        at = norm_sentence.find(needle, cursor)
        if at < 0:
            at = norm_sentence.find(needle)
        if at < 0:
            score.error("gold figure not in sentence", f"{file}: {gold['figure']} | {sentence[:50]}")
            continue
        cursor = at + len(needle)
        g_span = (span[0] + at, span[0] + at + len(needle))
        match = next((k for k, r in enumerate(program) if k not in used and _overlaps(run.figure_span(r), g_span)), None)
        is_figure = gold["kind"] != "NOT"
        if match is None:
            if is_figure:
                score.add("gold")
                score.error("missed", f"{file}: {gold['figure']} [{gold['kind']}] | {sentence[:60]}")
            continue
        used.add(match)
        p = program[match]
        if not is_figure:
            score.add("program")
            score.error("NOT read as figure", f"{file}: {gold['figure']} → {p.kind} {p.value} | {sentence[:50]}")
            continue
        score.add("gold")
        score.add("program")
        score.add("found")
        score.add("real")
        _check(score, "value", value_right(gold, p), f"{file}: {gold['figure']} gold {gold['value']}..{gold['value_high']} "
               f"prog {p.text} {p.value}..{p.value_high} [{p.note}] | {sentence[:50]}")
        _check(score, "kind", gold["kind"] == p.kind, f"{file}: {gold['figure']} gold {gold['kind']} prog {p.kind} {p.unit} | {sentence[:50]}")
        _check(score, "role", gold["role"] == getattr(p, "role", ""),
               f"{file}: {gold['figure']} gold {gold['role'] or '-'} prog {getattr(p, 'role', '') or '-'} | {sentence[:50]}")
    for k, p in enumerate(program):
        if k not in used:
            score.add("program")
            score.error("spurious", f"{file}: {p.text} {p.kind} {p.value} | {sentence[:60]}")


def _check(score: Score, what: str, ok: bool, line: str):
    if ok:
        score.add(f"{what} right")
    else:
        score.error(f"{what} wrong", line)


def _score_sentence(file, label, sent_ids, claim_by_sent, score: Score):
    rows = claim_by_sent.loc[[s for s in sent_ids if s in claim_by_sent.index]]
    flagged = bool(rows["checkworthy"].any()) if len(rows) else False
    gold_yes = label["checkworthy"] == "yes"
    score.add("sentences")
    score.add("gold yes", gold_yes)
    score.add("flagged", flagged)
    score.add("flagged and yes", flagged and gold_yes)
    short = label["sentence"][:60]
    if gold_yes != flagged:
        score.error("check-worthy missed" if gold_yes else "check-worthy wrongly flagged",
                    f"{file}: {short} [{';'.join(rows['types']) if len(rows) else 'no body row'}"
                    f" {','.join(str(x) for x in rows['score']) if len(rows) else ''}]")
    sources = [s for s in (rows["source"] if len(rows) else []) if s]
    program_source = "; ".join(dict.fromkeys(sources))
    gold_source = label["source"]
    for name in program_source.split("; "):
        if name and not name.startswith("(") and junk_source(name):  # (unnamed: …) and (unresolved: …) are markers
            score.add("junk")
            score.error("junk source", f"{file}: {name!r} | {short}")
    if gold_source and gold_source != UNNAMED:
        score.add("named")
        accepted = gold_source.split(" | ")
        # 中国央行 | 央行官员们 | (unnamed): the labeller accepts an unnamed reading too, whatever words it records
        ok = bool(program_source) and (source_right(accepted, program_source)
                                       or UNNAMED in accepted and program_source.startswith(UNNAMED[:-1]))
        _check(score, "source", ok, f"{file}: gold {gold_source} prog {program_source or '-'} | {short}")
    elif gold_source == UNNAMED:
        score.add("unnamed")
        _check(score, "unnamed", program_source.startswith(UNNAMED[:-1]), f"{file}: prog {program_source or '-'} | {short}")
    elif program_source and not program_source.startswith(UNNAMED[:-1]):
        score.error("source where gold has none", f"{file}: prog {program_source} | {short}")


def evaluate(split: str, folder: str | None = None) -> Score:
    """The split's score; with ``folder`` (dev5), only the split's articles from that folder of split.tsv."""
    figures, sentences = read_gold("figures", split), read_gold("sentences", split)
    score = Score()
    for file in dict.fromkeys(list(sentences["file"]) + list(figures["file"])):
        if folder is not None and evalset.folder_of(file) != folder or evalset.present(file) is None:
            continue
        score_article(file, figures[figures["file"] == file], sentences[sentences["file"] == file], score)
    return score


def table(score: Score) -> list[tuple[str, str]]:
    cw_recall = score.ratio("flagged and yes", "gold yes")
    cw_precision = score.ratio("flagged and yes", "flagged")
    return [
        ("figures found (recall)", score.ratio("found", "gold")),
        ("figures that are real (precision)", score.ratio("real", "program")),
        ("value right, among found", score.ratio("value right", "found")),
        ("kind right, among found", score.ratio("kind right", "found")),
        ("change/level role right, among found", score.ratio("role right", "found")),
        ("check-worthy recall", cw_recall),
        ("check-worthy precision", cw_precision),
        ("named source right", score.ratio("source right", "named")),
        ("unnamed source recorded as (unnamed)", score.ratio("unnamed right", "unnamed")),
        ("junk source strings", str(score.c["junk"])),
        ("gold sentences not aligned", str(score.c["unaligned"])),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=evalset.SPLIT_OPTIONS)
    parser.add_argument("--errors", action="store_true", help="list every error, grouped by class")
    parser.add_argument("--folder", help="only the articles of this folder of split.tsv (dev5: a batch newly labelled)")
    args = parser.parse_args()
    for split in evalset.chosen_splits(args.split):
        score = evaluate(split, args.folder)
        only = f", folder {args.folder}" if args.folder else ""
        print(f"\n## figures and claims, split {split}{only}\n\n| measure | value |\n|---|---|")
        for name, value in table(score):
            print(f"| {name} | {value} |")
        if args.errors:
            for key, lines in sorted(score.errors.items()):
                print(f"\n### {key} ({len(lines)})")
                print("\n".join(lines))


if __name__ == "__main__":
    main()
