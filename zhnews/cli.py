"""Command line: ``python -m zhnews run ARTICLE_OR_FOLDER... [--out reports/]``."""

from __future__ import annotations

import argparse
import os
import sys

from .paths import REPORTS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhnews", description="Analyse Chinese news and WeChat articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run every notebook on articles or folders of articles")
    run.add_argument("paths", nargs="+", help="article files (.md .txt .html) or folders of them")
    run.add_argument("--out", default=str(REPORTS), help="where reports/<slug>/ folders go (default: reports/)")
    run.add_argument("--tables-only", action="store_true", help="write the tables only: no notebooks, no charts")
    run.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="articles run in parallel")
    run.add_argument("--svg", action="store_true", help="also write every chart as SVG (text as paths)")
    run.add_argument("--pdf", action="store_true", help="also write every chart as PDF, CJK font embedded")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    from .run import run_many

    for fmt in ("svg", "pdf"):
        if getattr(args, fmt):
            os.environ[f"ZHNEWS_{fmt.upper()}"] = "1"  # read by charts.chart_formats in the notebooks' kernel

    outputs, failures = run_many(args.paths, args.out, args.tables_only, args.jobs, progress=not args.quiet)
    for out in outputs:
        print(f"wrote {out}")
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    if failures:
        print(f"{len(failures)} failed, {len(outputs)} written", file=sys.stderr)
        return 1
    return 0
