"""Put the held-out rounds' articles back into ``shared/`` from the public commits recorded for them.

The articles of ``fresh``, ``fresh2`` (and any later round, or an extra development folder) are not
committed: they live in ``shared/<folder>/`` beside the checkout, and their provenance (repo, path,
40-hex commit) is in ``data/eval/<folder>/SOURCES.tsv``. When ``shared/<folder>/`` is missing (a new
machine, a wiped disk), this writes each file back byte for byte from a local git mirror of its
repository (``--mirrors``, one ``owner+name/repo`` git directory per repository; the project's own
tooling keeps them in ``/work/.mirror``). An article cut out of a bigger file (one record of a corpus
dump) says so in its ``format`` column as ``bytes START-END`` (a half-open byte range of the blob), and
only those bytes are written. A file already present is checked against the commit and left alone when
identical. Nothing is fetched from the network.

    python bench/restore_shared.py                 # every data/eval/*/SOURCES.tsv
    python bench/restore_shared.py fresh2 --mirrors /work/.mirror
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
from pathlib import Path

from evalset import EVAL, ROOT, shared_folder

# "bytes 176410-178659" in a SOURCES format column: the article is that slice of the blob (several: their join).
_BYTE_RANGE = re.compile(r"\bbytes (\d+)-(\d+)\b")


def git_dir(mirrors: Path, repo: str) -> Path:
    base = mirrors / repo.replace("/", "+") / "repo"
    return base / ".git" if (base / ".git").is_dir() else base


def cut_out(blob: bytes, format_note: str) -> bytes:
    """The article's bytes: the blob, or the byte ranges the format column names, joined in the order written
    ("bytes 0-24 (the header line with its LF) + bytes 630651-638502": a CSV's header and one record of it)."""
    cuts = _BYTE_RANGE.findall(format_note)
    return b"".join(blob[int(start):int(end)] for start, end in cuts) if cuts else blob


def restore(folder: str, mirrors: Path) -> int:
    """Writes the missing files of ``shared/<folder>``; returns how many could not be restored."""
    target = shared_folder(folder) or ROOT.parent / "shared" / folder
    target.mkdir(parents=True, exist_ok=True)
    failed = 0
    with open(EVAL / folder / "SOURCES.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            show = subprocess.run(["git", "--git-dir", str(git_dir(mirrors, row["repo"])), "show",
                                   f"{row['commit']}:{row['path']}"], capture_output=True)
            if show.returncode != 0:
                failed += 1
                print(f"{folder}/{row['file']}: not restored ({row['repo']} @ {row['commit'][:10]} is not "
                      f"mirrored here: {show.stderr.decode(errors='replace').strip().splitlines()[-1]})",
                      file=sys.stderr)
                continue
            article = show.stdout
            article = cut_out(article, row.get("format") or "")
            path = target / row["file"]
            if not path.exists() or path.read_bytes() != article:
                path.write_bytes(article)
                print(f"{folder}/{row['file']}: restored")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="folders of data/eval with a SOURCES.tsv (default: all)")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    folders = args.folders or sorted(p.parent.name for p in EVAL.glob("*/SOURCES.tsv"))
    return 1 if sum(restore(folder, args.mirrors) for folder in folders) else 0


if __name__ == "__main__":
    sys.exit(main())
