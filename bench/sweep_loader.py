"""The loader over a folder of unlabelled articles, one TSV row per file, to be read by eye.

    PYTHONPATH=. /work/main/.venv/bin/python bench/sweep_loader.py FOLDER [--out sweep.tsv]

A sweep finds what the next unseen article will break: no gold, so nothing is scored; each row shows
what the loader decided (reader, title, outlet, author, date with their sources, the first and last
body paragraph, paragraphs by role, coverage), and a wrong field whose class you can name is a lead.
A file the loader refuses gets its one-line reason in the ``error`` column.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

from zhnews.errors import ArticleError
from zhnews.load import load_article

FIELDS = ("title", "outlet", "author", "publish_date")
ROLES = ("title", "byline", "body", "caption", "boilerplate")
SHOWN_CHARS = 60  # of the first and last body paragraph: enough to judge where the article starts and ends
COLUMNS = ["file", "reader", *[c for f in FIELDS for c in (f, f"{f}_source")], "first_body", "last_body",
           *[f"n_{role}" for role in ROLES], "coverage", "error"]


def sweep_row(path: Path) -> dict:
    """What the loader made of one file, as one row of COLUMNS."""
    row = dict.fromkeys(COLUMNS, "")
    row["file"] = path.name
    try:
        article = load_article(path)
    except ArticleError as error:
        row["error"] = str(error)
        return row
    meta, paragraphs = article.meta, article.paragraphs
    row["reader"] = meta.get("format") or ""
    for field in FIELDS:
        row[field], row[f"{field}_source"] = meta.get(field) or "", meta.get(f"{field}_source") or ""
    body = paragraphs.loc[paragraphs["role"] == "body", "text"].tolist()
    if body:
        row["first_body"], row["last_body"] = body[0][:SHOWN_CHARS], body[-1][-SHOWN_CHARS:]
    counts = Counter(paragraphs["role"])
    for role in ROLES:
        row[f"n_{role}"] = counts.get(role, 0)
    row["coverage"] = f"{article.coverage.ratio:.4f}"
    return row


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="TSV to write (default: standard output)")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.folder.iterdir() if p.is_file() and not p.name.startswith("."))
    out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    for path in files:
        row = sweep_row(path)
        writer.writerow({k: str(v).replace("\t", " ").replace("\n", "⏎") for k, v in row.items()})
    if args.out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
