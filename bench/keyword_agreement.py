"""How far two editors agree on keyword tags: the ceiling of issue 16's strict precision@10.

    PYTHONPATH=. /work/main/.venv/bin/python bench/keyword_agreement.py

A second editor tagged 20 of the gold articles (data/eval/keywords/second_editor.tsv: eight of tune, four
from the dev corpus and four from dev4, and three from each of fresh, fresh2, fresh3 and fresh4), independently, under the same rules and without seeing the first editor's tags. Her ten tags are
scored as a keyword list against the first editor's gold, exactly as bench/eval_keywords.py scores zhnews
(strict: her tag or a variant of it equals a gold tag or one of its variants), beside zhnews's own
``combined`` top 10 on the same articles.

Round 6: editor B against editor A 0.84 (168 of 200 tags), zhnews 0.51. Both editors are AI assistant
sessions working from the same written rules, so two human editors would probably agree less; but the
tags are clearly not arbitrary, and a program could come much closer to them than it does.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_keywords  # noqa: E402  (bench/ is this script's folder)
import evalset  # noqa: E402

from zhnews.paths import ROOT

SECOND_EDITOR = ROOT / "data" / "eval" / "keywords" / "second_editor.tsv"


def second_editor_tags() -> dict[str, list[str]]:
    """file -> the second editor's tags in rank order (scored strictly, as zhnews's keywords are: her variants unused)."""
    lines = [line for line in SECOND_EDITOR.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    ranked: dict[str, list[tuple[int, str]]] = {}
    for file, _folder, rank, tag, *_variants in csv.reader(lines, delimiter="\t"):
        ranked.setdefault(file, []).append((int(rank), tag))
    return {file: [tag for _, tag in sorted(tags)] for file, tags in ranked.items()}


def main() -> None:
    seen = list(evalset.chosen_splits("seen"))  # the second editor tagged seen articles only
    gold, outlet_of = eval_keywords.read_gold(seen), eval_keywords.outlets(seen)
    editor_hits = program_hits = 0
    print("| article | split | second editor | zhnews |\n|---|---|---|---|")
    tags_of = second_editor_tags()
    for file, tags in sorted(tags_of.items()):
        first = gold[file]["tags"]
        editor, _ = eval_keywords.score(tags, first)
        article = eval_keywords.Article(file, outlet_of.get(file, ""))
        program, _ = eval_keywords.score(eval_keywords.keyword_lists(article)["combined"], first)
        editor_hits += editor
        program_hits += program
        print(f"| {file} | {gold[file]['split']} | {editor} | {program} |")
    total = eval_keywords.TOP * len(tags_of)
    print(f"\nstrict precision@10 against the first editor, {len(tags_of)} articles: "
          f"second editor {editor_hits / total:.2f}, zhnews {program_hits / total:.2f}")


if __name__ == "__main__":
    main()
