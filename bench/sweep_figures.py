"""The figures of a folder of unlabelled articles, one line a figure, to be read by eye.

    PYTHONPATH=. /work/main/.venv/bin/python bench/sweep_figures.py FOLDER [--out sweep.txt]

A sweep is the guard against tuning to the gold: no labels, so nothing is scored. Each article opens
with its publish date (and where the loader found it); each figure line shows what was read, its
kind, value (and high end), unit, qualifier, role, the date anchor an inferred date took, and the
words around it, so a false figure, a wrong value or a wrong anchor can be counted by class. Two runs
(before and after a change) can be compared with ``diff``. A file the loader refuses gets its one-line
reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zhnews import load, text
from zhnews.claims import quantities
from zhnews.errors import ArticleError

CONTEXT_CHARS = 12  # either side of a figure: enough to see what it counts


def figure_lines(path: Path) -> list[str]:
    """The header and figure lines of one article."""
    try:
        article = load.load_article(path)
    except ArticleError as error:
        return [f"## {path.name}: refused: {error}"]
    published = article.meta.get("publish_date")
    lines = [f"## {path.name}  publish_date={published or '-'} ({article.meta.get('publish_date_source', '')})"]
    sentences = text.sentences_table(article.paragraphs)
    figures = quantities.quantities_table(sentences, published, publish_date_source=article.meta.get("publish_date_source"))
    sentence_text = dict(zip(sentences["sent_id"], sentences["text"]))
    for row in figures.itertuples(index=False):
        sentence = sentence_text[row.sent_id]
        before = sentence[max(0, row.start - CONTEXT_CHARS):row.start]
        after = sentence[row.end:row.end + CONTEXT_CHARS]
        value = row.value + (f"..{row.value_high}" if row.value_high else "")
        extras = " ".join(x for x in (row.unit, row.qualifier, row.role, f"[{row.anchor}]" if row.anchor else "") if x)
        lines.append(f"{row.sent_id:>4} {row.text!s:<14} {row.kind:<9} {value:<22} {extras}  | {before}【{row.text}】{after}"
                     .replace("\n", " "))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    lines = [line for path in sorted(p for p in args.folder.iterdir() if p.is_file()) for line in figure_lines(path)]
    output = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)


if __name__ == "__main__":
    main()
