"""Issue 10, case 16: does the cost of a run grow linearly with the article's size?

Builds articles of about 0.1, 1 and 4.9 MB from the default article's body paragraphs (repeated,
each copy numbered so that no two paragraphs are equal), and a page of 50,000 tiny paragraphs, then
times the loader and every stage of ``--tables-only`` on each, in this process. Prints seconds per
stage and seconds per MB; linear costs show as about the same seconds per MB for every size.

    PYTHONPATH=. /work/main/.venv/bin/python bench/eval_safety.py [--sizes 0.1,1,4.9]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from zhnews.load import load_article
from zhnews.paths import DEFAULT_ARTICLE
from zhnews.stages import run_tables, table_stages


def synthetic_article(folder: Path, megabytes: float) -> Path:
    """A markdown article of about ``megabytes`` MB made of the default article's body paragraphs."""
    paragraphs = load_article(DEFAULT_ARTICLE).paragraphs
    body = [text for text, role in zip(paragraphs["text"], paragraphs["role"]) if role == "body"]
    parts, size, copy = ["# 合成的长文章\n"], 0, 0
    while size < megabytes * 2**20:
        for text in body:
            part = f"\n第{copy}遍：{text}\n"
            parts.append(part)
            size += len(part.encode())
        copy += 1
    path = folder / f"synthetic_{megabytes:g}mb.md"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def tiny_paragraphs(folder: Path, count: int = 50_000) -> Path:
    path = folder / "tiny_paragraphs.txt"
    path.write_text("标题：很多很短的段落\n\n" + "".join(f"第{i}段说明情况。\n\n" for i in range(count)), encoding="utf-8")
    return path


def time_stages(article: Path, out: Path) -> dict[str, float]:
    """Seconds of each table stage of a ``--tables-only`` run, read at the registry's own checkpoints."""
    seconds, last = {}, [time.perf_counter()]

    def lap(stage) -> None:
        now = time.perf_counter()
        seconds[stage.name] = now - last[0]
        last[0] = now

    run_tables(article, out, after_each=lap)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,4.9", help="article sizes in MB, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        load_article(DEFAULT_ARTICLE)  # imports and word lists, so the first size is not charged for them
        articles = [synthetic_article(folder, float(size)) for size in args.sizes.split(",")] + [tiny_paragraphs(folder)]
        names = [stage.name for stage in table_stages()]
        print(f"{'article':<26}{'MB':>6}" + "".join(f"{name:>10}" for name in names) + f"{'total s':>10}{'s/MB':>8}")
        for article in articles:
            megabytes = article.stat().st_size / 2**20
            seconds = time_stages(article, folder / article.stem)
            total = sum(seconds.values())
            print(f"{article.name:<26}{megabytes:>6.2f}" + "".join(f"{seconds[n]:>10.1f}" for n in names)
                  + f"{total:>10.1f}{total / megabytes:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
