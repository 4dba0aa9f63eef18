"""Command line: ``python -m zhnews run ARTICLE_OR_FOLDER... [--out reports/]``.

Prints ``wrote <folder>`` per report, ``note: …`` for what the user should know although nothing
failed (text the loader could not place, files kept from an earlier run), and ``error: …``, one line
each, for articles that failed; exits non-zero when any did.
"""

from __future__ import annotations

import argparse
import os
import sys

from .paths import REPORTS


def _parser() -> argparse.ArgumentParser:
    from .run import DEFAULT_TIME_LIMIT

    parser = argparse.ArgumentParser(prog="zhnews", description="Analyse Chinese news and WeChat articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run every notebook on articles or folders of articles")
    run.add_argument("paths", nargs="+", help="article files (.md .txt .html) or folders of them")
    run.add_argument("--out", default=str(REPORTS), help="where reports/<slug>/ folders go (default: reports/)")
    run.add_argument("--tables-only", action="store_true", help="write the tables only: no notebooks, no charts")
    run.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="articles run in parallel")
    run.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                     help=f"seconds one article may take before it is stopped (default: {DEFAULT_TIME_LIMIT}; 0: no limit)")
    run.add_argument("--svg", action="store_true", help="also write every chart as SVG (text kept as editable text; ZHNEWS_SVG_TEXT=paths for outlines)")
    run.add_argument("--pdf", action="store_true", help="also write every chart as PDF, CJK font embedded")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument("--cluster", metavar="ADDRESS|local|local:N",
                     help="analyse the articles (as tables) on a Dask cluster: a scheduler address, or a local one with N workers")
    run.add_argument("--no-article-folders", dest="article_folders", action="store_false",
                     help="no folder per article: the corpus dataset _corpus/<table>/part-*.parquet only")
    return parser


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    from .run import run_many, shown

    for fmt in ("svg", "pdf"):
        if getattr(args, fmt):
            os.environ[f"ZHNEWS_{fmt.upper()}"] = "1"  # read by charts.chart_formats in the notebooks' kernel
    # A path that is not valid UTF-8 must not end the run at the last step, printing it.
    sys.stdout.reconfigure(errors="backslashreplace")

    outputs, failures, notes = run_many(
        args.paths, args.out, args.tables_only, args.jobs, progress=not args.quiet,
        time_limit=args.time_limit or None, cluster=args.cluster, article_folders=args.article_folders,
    )
    for out in outputs:
        print(f"wrote {shown(out)}")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    if failures:
        print(f"{len(failures)} failed, {len(outputs)} written", file=sys.stderr)
        return 1
    return 0
