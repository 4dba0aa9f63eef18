"""The loader against its hand-written gold: metadata fields and body/chrome lines, per split.

    PYTHONPATH=. /work/main/.venv/bin/python bench/eval_loader.py [--split tune|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh34|fresh35|fresh33|fresh37|fresh36|fresh39|fresh38|seen|all] [--folder dev6] [--verbose]

Gold: data/eval/loader/meta.tsv (title, outlet, author, publish_date; " | " separates accepted
variants) and data/eval/loader/lines.tsv (chrome lines, body sentences, captions) for the articles of
``shared/dev_corpus/`` and ``shared/dev3/``, and loader_meta.tsv and loader_lines.tsv in data/eval/fresh/, fresh2/
and fresh3/ for the frozen splits of rounds 2 to 4 (``shared/fresh/``, ``shared/fresh2/``, ``shared/fresh3/``). The GUIDE.md beside each explains how they were labelled. The split of each
article comes from data/eval/split.tsv (bench/evalset.py); ``test`` is round 1's split, seen since,
``fresh``, ``fresh2`` and ``fresh3`` were each scored once at the end of their round (rounds 2-4) and are seen
since; the default is ``--split tune``.

How a field is judged right (the same rule for every article):

* both sides normalised: NFKC, whitespace, soft hyphens and private-use code points removed (the loader's decode
  removes them, and reads the Sogou corpora's U+E40C as a line break: a gold sentence copied with it still matches,
  as in eval_claims), Traditional -> Simplified;
* a field is right when it equals any accepted variant; an empty gold field is right only when the
  loader's field is empty too (a guess is wrong);
* author: compared as a set of names (gold joins names with 、; the loader too);
* date: compared at the gold's precision (its first len(gold) characters).

Lines: a chrome text found inside a body paragraph is "chrome kept as body"; a body sentence that is
inside no body paragraph is "body lost"; a caption is "found" when it sits inside a caption
paragraph. Comparisons are whitespace-insensitive, as the GUIDE asks.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from zhnews.load import load_article
from zhnews.paths import DATA
from zhnews.text import to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evalset  # noqa: E402  (bench/ is this script's folder)

# (meta, lines) gold files: every split's rows, told apart by split.tsv.
GOLD_FILES = ((DATA / "eval" / "loader" / "meta.tsv", DATA / "eval" / "loader" / "lines.tsv"),
              *((evalset.held_out_gold(held_out, "loader_meta.tsv"), evalset.held_out_gold(held_out, "loader_lines.tsv"))
                for held_out in evalset.HELD_OUT_ROUNDS))
FIELDS = ("title", "outlet", "author", "publish_date")
_SQUEEZE = re.compile(r"[\s\u00ad\ue000-\uf8ff]+")


def normalise(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or ""))
    return to_simplified(_SQUEEZE.sub("", text))


def field_right(name: str, got, gold: str) -> bool:
    variants = [v.strip() for v in gold.split(" | ")] if gold.strip() else [""]
    got = normalise(got)
    for variant in variants:
        want = normalise(variant)
        if name == "author":
            if set(filter(None, got.split("、"))) == set(filter(None, want.split("、"))):
                return True
        elif name == "publish_date":
            if (got[:len(want)] == want and bool(got) == bool(want)) if want else not got:
                return True
        elif got == want:
            return True
    return False


def read_tsv(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Score:
    file: str
    split: str
    fields: dict  # field -> (right, got, gold)
    chrome_kept: list = field(default_factory=list)
    n_chrome: int = 0
    body_lost: list = field(default_factory=list)
    n_body: int = 0
    captions_found: int = 0
    n_captions: int = 0
    captions_missed: list = field(default_factory=list)  # (caption, the role it got)
    coverage: float = 0.0
    error: str = ""


def score_article(path: Path, gold: dict, lines: list[dict]) -> Score:
    score = Score(path.name, gold["split"], {})
    try:
        article = load_article(path)
    except Exception as exc:  # noqa: BLE001 - a failed article scores zero, the table goes on
        score.error = f"{type(exc).__name__}: {exc}"
        score.fields = {name: (False, None, gold[name]) for name in FIELDS}
        return score
    meta = article.meta
    for name in FIELDS:
        got = meta.get(name)
        score.fields[name] = (field_right(name, got, gold[name]), got, gold[name])
    table = article.paragraphs
    body = [normalise(t) for t in table.loc[table["role"] == "body", "text"]]
    captions = [normalise(t) for t in table.loc[table["role"] == "caption", "text"]]
    for row in lines:
        text = normalise(row["text"])
        if row["kind"] == "chrome":
            score.n_chrome += 1
            if any(text in paragraph for paragraph in body):
                score.chrome_kept.append(row["text"])
        elif row["kind"] == "body":
            score.n_body += 1
            if not any(text in paragraph for paragraph in body):
                score.body_lost.append(row["text"])
        elif row["kind"] == "caption":
            score.n_captions += 1
            found = any(text in paragraph for paragraph in captions)
            score.captions_found += found
            if not found:
                roles = [role for role, paragraph in zip(table["role"], table["text"]) if text in normalise(paragraph)]
                score.captions_missed.append((row["text"], roles[0] if roles else "not one paragraph"))
    score.coverage = article.coverage.ratio
    return score


def print_table(split: str, scores: list[Score]) -> None:
    n = len(scores)
    print(f"\n## {split} split ({n} articles)\n")
    print("| measure | value |")
    print("|---|---|")
    for name in FIELDS:
        print(f"| {name} right | {sum(s.fields[name][0] for s in scores)}/{n} |")
    print(f"| chrome lines kept as body | {sum(len(s.chrome_kept) for s in scores)} of {sum(s.n_chrome for s in scores)} |")
    print(f"| body sentences lost | {sum(len(s.body_lost) for s in scores)} of {sum(s.n_body for s in scores)} |")
    print(f"| captions found | {sum(s.captions_found for s in scores)} of {sum(s.n_captions for s in scores)} |")
    full = sum(s.coverage == 1.0 for s in scores)
    print(f"| coverage 100% | {full}/{n} (min {min((s.coverage for s in scores), default=1.0):.4f}) |")


def print_article(score: Score) -> None:
    right = "".join("✓" if score.fields[name][0] else "✗" for name in FIELDS)
    print(f"\n### {score.file}  [{right}]  chrome kept {len(score.chrome_kept)}/{score.n_chrome}, "
          f"body lost {len(score.body_lost)}/{score.n_body}, captions {score.captions_found}/{score.n_captions}, "
          f"coverage {score.coverage:.4f}")
    if score.error:
        print(f"  ERROR {score.error}")
    for name in FIELDS:
        ok, got, gold = score.fields[name]
        if not ok:
            print(f"  {name}: got {got!r}; gold {gold!r}")
    for text in score.chrome_kept:
        print(f"  chrome kept: {text}")
    for text in score.body_lost:
        print(f"  body lost: {text}")
    for text, role in score.captions_missed:
        print(f"  caption missed ({role}): {text}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=evalset.SPLIT_OPTIONS, default="tune",
                        help="which split to score (a frozen round is scored once, at the end of its round)")
    parser.add_argument("--verbose", action="store_true", help="also print every article's misses")
    parser.add_argument("--only", help="score only files whose name contains this")
    parser.add_argument("--folder", help="only the articles of this folder of data/eval/split.tsv (e.g. dev6, a batch of tune)")
    args = parser.parse_args(argv)
    by_split: dict[str, list[Score]] = {}
    for meta_file, lines_file in GOLD_FILES:
        lines = read_tsv(lines_file)
        for gold in read_tsv(meta_file):
            split = evalset.split_of(gold["file"])
            if (split not in evalset.chosen_splits(args.split) or (args.only and args.only not in gold["file"])
                    or (args.folder and evalset.folder_of(gold["file"]) != args.folder)):
                continue
            path = evalset.present(gold["file"])
            if path is None:
                continue
            gold["split"] = split
            score = score_article(path, gold, [row for row in lines if row["file"] == gold["file"]])
            by_split.setdefault(split, []).append(score)
            if args.verbose:
                print_article(score)
    for split in sorted(by_split, key=evalset.SPLITS.index):
        print_table(split, by_split[split])
    return 0


if __name__ == "__main__":
    sys.exit(main())
