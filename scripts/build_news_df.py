"""Build data/lexicon/news_df.tsv: in how many news articles each word occurs (news-domain IDF).

    PYTHONPATH=. /work/main/.venv/bin/python scripts/build_news_df.py SOURCE_FILE

Source (recorded in the output's header): a 1000-article sample of THUCNews (Sina news 2005-2011,
Tsinghua NLP group), ten channels, 100 articles each, one article per line as ``channel<TAB>text``:
repository qianshuang/dl-exp, path data/cnews/cnews.test.txt, commit
0ff7afa0588c61940868d24099c7cbecc8ee9b54 (UTF-8). Fetch that repository and pass the file's path
(e.g. ``git -C <mirror> show HEAD:data/cnews/cnews.test.txt > /tmp/cnews.txt``).

How: every article is simplified (zhnews.text.to_simplified) and cut with zhnews.segment's tokenizer
(jieba + data/lexicon/userdict.txt, no article's discovered words); each folded word counts once per
article. Articles that share a 20-character run with any evaluation article (data/eval/split.tsv)
are left out, so no gold article's own text shapes the IDF it is scored with. Only words seen in
at least MIN_DF articles are written (a word seen once carries no more information than an unseen
one, and leaving them out keeps the file small). Rows are sorted by word, so a rebuild is
byte-identical.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

from zhnews import segment
from zhnews.load import load_article
from zhnews.paths import DATA, LEXICON, ROOT
from zhnews.text import to_simplified

SOURCE = ("qianshuang/dl-exp", "data/cnews/cnews.test.txt", "0ff7afa0588c61940868d24099c7cbecc8ee9b54")
OUTPUT = LEXICON / "news_df.tsv"
MIN_DF = 2
DOCUMENTS_ROW = "<documents>"
OVERLAP_RUN = 20
_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def evaluation_runs() -> set[str]:
    """Every 20-character run of Han text in the evaluation articles (to spot a shared article)."""
    shared = ROOT.parent / "shared"
    if not shared.is_dir():
        shared = Path("/work/shared")
    folders = {"seed": DATA / "articles", "corpus": shared / "corpus", "dev_corpus": shared / "dev_corpus"}
    runs: set[str] = set()
    with (DATA / "eval" / "split.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            try:
                paragraphs = load_article(folders[row["folder"]] / row["file"]).paragraphs
            except Exception:  # noqa: BLE001 - an unreadable article cannot leak into the table either
                continue
            for text in paragraphs["text_zhs"]:
                for han in re.findall(r"[\u4e00-\u9fff]{%d,}" % OVERLAP_RUN, text):
                    runs.update(han[i : i + OVERLAP_RUN] for i in range(0, len(han) - OVERLAP_RUN + 1, OVERLAP_RUN))
    return runs


def build(source: Path) -> tuple[Counter, int, int]:
    segment.set_run_words({})
    eval_runs = evaluation_runs()
    df: Counter = Counter()
    used = skipped = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        _, _, text = line.partition("\t")
        text = to_simplified(text)
        if not text:
            continue
        if any(text[i : i + OVERLAP_RUN] in eval_runs for i in range(0, len(text) - OVERLAP_RUN + 1)):
            skipped += 1
            continue
        used += 1
        df.update({segment.fold(w) for w in segment.cut(text) if len(w) >= 2 and _WORD.search(w) and "\t" not in w})
    return df, used, skipped


def write(df: Counter, used: int, skipped: int) -> None:
    repo, path, commit = SOURCE
    kept = sorted((word, n) for word, n in df.items() if n >= MIN_DF and not word.isspace())
    header = [
        "# News-domain document frequencies for keyword IDF (zhnews/keywords/), built by scripts/build_news_df.py.",
        f"# Source: THUCNews sample (Sina news 2005-2011, Tsinghua NLP), repository {repo}, path {path}, commit {commit}.",
        f"# Articles counted: {used} (left out: {skipped} sharing a {OVERLAP_RUN}-character run with an evaluation article).",
        f"# Words: those in at least {MIN_DF} articles, cut by zhnews.segment (jieba + userdict.txt), Latin case-folded.",
        f"# The row {DOCUMENTS_ROW} gives the number of articles counted (the N of IDF = log(N / df)).",
        "# Do not edit by hand: re-run the script (a new source needs its provenance in these lines).",
        "word\tdf",
        f"{DOCUMENTS_ROW}\t{used}",
    ]
    OUTPUT.write_text("\n".join(header + [f"{w}\t{n}" for w, n in kept]) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(kept)} words from {used} articles ({skipped} left out)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write(*build(Path(sys.argv[1])))
