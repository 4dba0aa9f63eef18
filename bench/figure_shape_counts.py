"""How the seen figures gold labels the shapes the guides disagree on (data/eval/FIGURES_CONVENTION.md).

    PYTHONPATH=. /work/main/.venv/bin/python bench/figure_shape_counts.py

For each shape (weekdays, 两市, 千分之一, 千年/百年, 第N号/届/次 …) every occurrence in a labelled sentence of a seen split
is looked up in that sentence's figure rows: the kind of the row that covers it, or "(unlabelled)" when no row does.
The seen splits are named one by one (never the frozen round; fresh12 is seen from round 13's mend on).
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "data" / "eval"
SEEN = {"tune": ("claims/figures_tune.tsv", "claims/sentences_tune.tsv"),
        "test": ("claims/figures_test.tsv", "claims/sentences_test.tsv"),
        **{s: (f"{s}/figures.tsv", f"{s}/sentences.tsv") for s in
           ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12")}}

SHAPES = {
    "weekday (周三, 星期三, 上周一)": r"(?<![每几数多两半个一二三四五六七八九十\d])(?:上|下|本|这|這)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]",
    "两市": r"两市|兩市",
    "千分之N / 万分之N": r"[千万萬]分之[一二三四五六七八九十]",
    "千年 / 百年 (bare)": r"(?<![几數数上近幾])(?:千年|百年)",
    "几千年 / 数百年 / 上百年": r"[几數数上近幾][千百]年",
    "第N号": r"第[\d一二三四五六七八九十百]+[号號](?!线)",
    "第N届": r"第[\d一二三四五六七八九十百、]+[届屆]",
    "第N次": r"第[\d一二三四五六七八九十]+次",
    "一 + measure word (一位, 一次, 一个 …)": r"(?<![\d一二三四五六七八九十百千万统唯逐之这另同])一[个個位名家次件份项項场場起例]",
    "N年级": r"[\d一二三四五六七八九]年级",
    "半年 (bare)": r"(?<![上下前后冬夏近多大])半年",
    "一半 / 过半 / 大半 / 近半": r"(?:一|过|過|大|近|逾|超)半(?![年月天日小])",
    "stock code after a name, 廣明（6188）": r"(?<=[\u4e00-\u9fffA-Za-z])[（(]\d{4,6}[)）]",
    "N号 list, 1号、2号": r"(?<![月\d])\d{1,2}[号號][、和与及]\d{1,2}[号號]",
    "国N条": r"国[三四五六七八九十]{1,2}条",
}


def _rows(path: Path) -> list[dict]:
    return list(csv.DictReader([line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")],
                               delimiter="\t"))


def counts() -> dict[str, dict[str, Counter]]:
    table: dict[str, dict[str, Counter]] = {name: defaultdict(Counter) for name in SHAPES}
    for split, (figures_file, sentences_file) in SEEN.items():
        figures = defaultdict(list)
        for row in _rows(EVAL / figures_file):
            figures[(row["file"], row["sentence"])].append(row)
        sentences = dict.fromkeys((row["file"], row["sentence"]) for row in _rows(EVAL / sentences_file))
        for key in sentences:
            for name, pattern in SHAPES.items():
                for m in re.finditer(pattern, key[1]):
                    rows = [r for r in figures[key] if r["figure"] and (m.group() in r["figure"] or r["figure"] in m.group())]
                    table[name][split][rows[0]["kind"] if rows else "(unlabelled)"] += 1
    return table


def main():
    for name, by_split in counts().items():
        total = sum(by_split.values(), Counter())
        print(f"\n## {name}: {dict(total)}")
        for split in SEEN:
            if by_split.get(split):
                print(f"  {split}: {dict(by_split[split])}")


if __name__ == "__main__":
    main()
