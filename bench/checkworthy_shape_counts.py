"""How the seen check-worthy gold labels the four shapes rounds 17–19 found drifting (data/eval/CHECKWORTHY_CONVENTION.md,
"Round 19"), split by whether the rules flag the sentence.

    ZHNEWS_SHARED=/work/shared PYTHONPATH=. /work/main/.venv/bin/python bench/checkworthy_shape_counts.py

Every gold sentence of the seen splits named below (never the frozen split, the lead's validation split or an engineer's
check half) is tagged alone by zhnews.claims.tag_sentence, its figures from find_quantities; a sentence may fall in more
than one shape. Prints gold yes / gold no for the flagged and the unflagged sentences of each shape, then per split.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhnews import claims  # noqa: E402
from zhnews.claims import quantities  # noqa: E402
from zhnews.text import to_simplified  # noqa: E402

EVAL = ROOT / "data" / "eval"
SEEN = {"tune": "claims/sentences_tune.tsv", "test": "claims/sentences_test.tsv",
        **{s: f"{s}/sentences.tsv" for s in ["fresh"] + [f"fresh{i}" for i in range(2, 15)]}}

_ACHIEVED = re.compile("(?:促进|提升|满足|实现|加强|推动|提高|改善|增强|带动|助力|丰富|拓展|拓宽|扩大|优化|完善|深化|巩固|激发|"
                       "释放|保障|夯实|筑牢|赢得|彰显|展现|展示|树立|凝聚|汇聚|引领|打造|构建|形成|奠定|增进|密切|促成|见证|开创)了")
_EXHORTED = re.compile(r"(?:表示|指出|强调|提出|要求|说|称)[，,：:]\s*[“「]?(?:要|必须|务必)")
_FELT = re.compile("感到|觉得|希望|期待|期盼|期望|自豪|骄傲|欣慰|高兴|激动|感动|感慨|感谢|感激|担心|担忧|遗憾|荣幸|开心|难过|心情")


def _value(q) -> float:
    try:
        return float(q.value)
    except ValueError:
        return float("inf")


def shapes(text: str, tag, figures) -> list[str]:
    counted = [q for q in figures if q.kind != "date"]
    found = []
    if _ACHIEVED.search(text) and not counted and not tag.source:
        found.append("achievement with 了, no figure, no source")
    if _EXHORTED.search(text):
        found.append("exhortation after a say verb")
    if _FELT.search(text) and "attributed" in tag.types and not counted:
        found.append("wish or feeling, attributed, no figure")
    if counted and tag.score - 0.2 < claims.CHECKWORTHY_FROM and all(
            q.kind in ("count", "duration", "number") and _value(q) <= 3 and not re.search(r"\d", text[q.start:q.end])
            for q in counted):
        found.append("only small counts in Chinese numerals carry the flag")
    return found


def _rows(path: Path) -> list[dict]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def main() -> None:
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for split, path in SEEN.items():
        for row in _rows(EVAL / path):
            text = to_simplified(row["sentence"])
            figures = quantities.find_quantities(text)
            tag = claims.tag_sentence(text, figures)
            for shape in shapes(text, tag, figures):
                table[shape][split][(tag.checkworthy, row["checkworthy"] == "yes")] += 1
    for shape, per_split in table.items():
        total = Counter()
        for counts in per_split.values():
            total.update(counts)
        print(f"{shape}: flagged yes/no {total[(True, True)]}/{total[(True, False)]}, "
              f"unflagged yes/no {total[(False, True)]}/{total[(False, False)]}")
        print("    " + "; ".join(f"{split} flagged {c[(True, True)]}/{c[(True, False)]} unflagged {c[(False, True)]}/{c[(False, False)]}"
                                  for split, c in per_split.items()))


if __name__ == "__main__":
    main()
