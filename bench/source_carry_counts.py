"""How the claims gold carries a named source into the sentences after it, by context (data/eval/SOURCES_CONVENTION.md).

    PYTHONPATH=. /work/main/.venv/bin/python bench/source_carry_counts.py [--split seen|all|tune|…]  (default seen: every split but the frozen one) [--disagreements FILE]

For every gold sentence that follows a sentence with a named gold source and has no attribution of its own (zhnews
finds no ``attributed:`` cue in it and it opens with no speaker label), the context it stands in, found from
zhnews's paragraphs and quote depth: (a) inside an open quotation, (b) an interview's answers, (c) the passage after a
sentence ending in a colon, (d1–d3) the same paragraph, (e0–e2) a new paragraph; and what the gold gives it: the same
source ("carried"), none, another name, "(unnamed)". With --disagreements, the gold rows of contexts a, c, d1, d2,
e1 and e2 that do the opposite of the convention are written to FILE.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict

import eval_claims
import evalset
from zhnews import claims

UNNAMED = "(unnamed)"
LABEL = re.compile(r"^\s*(问|答|Q|A|记者|主持人|[^\s：:，,。“”「」]{2,8})\s*[：:]\s*\S")
ASKING_LABELS = {"问", "Q", "记者", "主持人"}
# The passage after X表示： is looked for in its paragraph and this many paragraphs after it.
COLON_PASSAGE_PARAGRAPHS = 3
CARRIES = ("a ", "b ", "c ", "d1", "d2", "d3")
LISTED = ("a ", "c ", "d1", "d2", "e1", "e2")


def article_rows(file: str, gold) -> list[dict | None]:
    """For each gold sentence of ``file``: its first aligned program sentence's paragraph, quote depth and cues."""
    run = eval_claims.ArticleRun(evalset.article_path(file))
    table = run.claims.set_index("sent_id")
    depths = dict(zip(run.claims["sent_id"], claims.attribution._quote_depths(list(run.claims["text"]), list(run.claims["para_id"]))))
    rows = []
    for sentence in gold["sentence"]:
        span = run.locate(sentence)
        ids = [i for i in (run.sentences_in(span) if span else []) if i in table.index]
        rows.append(dict(para=int(table.loc[ids[0], "para_id"]), depth=depths[ids[0]],
                         own=any(c.startswith("attributed:") for c in "; ".join(table.loc[ids, "cues"]).split("; ")),
                         answer="answer" in "; ".join(table.loc[ids, "cues"])) if ids else None)
    return rows


def same_source(gold: str, before: str) -> bool:
    a, b = set(gold.split(" | ")), set(before.split(" | "))
    return bool(a & b) or any(x in y or y in x for x in a for y in b)


def context(sentence: str, row: dict, before: tuple, colon: tuple | None, in_answer: bool) -> str:
    before_sentence, before_row = before
    if row["depth"] > 0:
        return "a quote open"
    if row["answer"] or in_answer:
        return "b answer block"
    if colon and colon[0] <= row["para"] <= colon[1]:
        return "c colon passage"
    if row["para"] == before_row["para"]:
        opening = sentence.lstrip()
        if re.match(r"(他|她|其|该|他们|她们)", opening):
            return "d1 same para, pronoun subject"
        if re.match(r"(此外|另外|同时|而且|并且|但|不过|其中|另一方面)", opening):
            return "d2 same para, connective"
        return "d3 same para, other"
    if before_sentence.rstrip().endswith(("”", "」")):
        return "e1 new paragraph after a closed quote"
    if not before_sentence.rstrip().endswith(("。", "！", "？", "!", "?", "；", ";", "…")):
        return "e0 new paragraph after a heading/label"
    return "e2 new paragraph, other"


def classify(split: str):
    """(split, file, sentence, context, outcome, gold source, source before) for every candidate sentence."""
    gold = eval_claims.read_gold("sentences", split)
    for file in dict.fromkeys(gold["file"]):
        if evalset.present(file) is None:
            continue
        labels = gold[gold["file"] == file]
        rows = article_rows(file, labels)
        qa = sum(bool(LABEL.match(s)) for s in labels["sentence"]) >= 2
        before, colon, in_answer = None, None, False
        for sentence, source, row in zip(labels["sentence"], labels["source"], rows):
            label = LABEL.match(sentence)
            if label:
                in_answer = qa and label.group(1) not in ASKING_LABELS
            elif sentence.rstrip().endswith(("？", "?")):
                in_answer = False
            if before and row and not row["own"] and not label:
                cited = before[2]
                outcome = ("carried" if source not in ("", UNNAMED) and same_source(source, cited)
                           else "none" if not source else UNNAMED if source == UNNAMED else "other")
                yield split, file, sentence, context(sentence, row, before[:2], colon, in_answer), outcome, source, cited
            if row and source not in ("", UNNAMED) and sentence.rstrip().endswith(("：", ":")):
                colon = (row["para"], row["para"] + COLON_PASSAGE_PARAGRAPHS)
            elif row and colon and row["para"] > colon[1]:
                colon = None
            before = (sentence, row, source) if row and source not in ("", UNNAMED) else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="seen", choices=evalset.SPLIT_OPTIONS)
    parser.add_argument("--disagreements", help="write the gold rows that disagree with the convention here")
    args = parser.parse_args()
    counts, disagreeing = defaultdict(Counter), []
    for split in evalset.chosen_splits(args.split):
        for row in classify(split):
            counts[row[3]][row[4]] += 1
            carries = row[3].startswith(CARRIES)
            if row[3].startswith(LISTED) and (row[4] == "none" if carries else row[4] == "carried"):
                disagreeing.append(row)
    print("| context | carried | none | other | (unnamed) |\n|---|---:|---:|---:|---:|")
    for name in sorted(counts):
        c = counts[name]
        print(f"| {name} | {c['carried']} | {c['none']} | {c['other']} | {c[UNNAMED]} |")
    if args.disagreements:
        with open(args.disagreements, "w", encoding="utf-8") as out:
            out.write("# claims gold rows that do the opposite of data/eval/SOURCES_CONVENTION.md, written by "
                      "bench/source_carry_counts.py (contexts as there; b and d3 not listed)\n"
                      "split\tfile\tsentence\tcontext\tgold\tconvention\n")
            for split, file, sentence, where, _, source, cited in disagreeing:
                wanted = f"carries {cited}" if where.startswith(CARRIES) else "no source (new paragraph)"
                out.write(f"{split}\t{file}\t{sentence}\t{where}\t{source or '-'}\t{wanted}\n")
        print(f"\n{len(disagreeing)} disagreeing rows written to {args.disagreements}", file=sys.stderr)


if __name__ == "__main__":
    main()
