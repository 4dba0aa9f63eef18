"""Build data/lexicon/news_df.tsv: in how many news articles each word occurs (news-domain IDF).

    PYTHONPATH=. /work/main/.venv/bin/python scripts/build_news_df.py [--mirror DIR] [--larger OUT]
    PYTHONPATH=. /work/main/.venv/bin/python scripts/build_news_df.py --latin [--not-read SPLIT ...]

DIR (default /work/.mirror) holds bare copies of public repositories as ``owner+name/repo`` (what the
search tool's ``fetch`` brings). Each source is read at its pinned commit with git, so a rebuild from the
same copies is byte-identical; sources, commits and counts go into the output's header, and
data/lexicon/SOURCES.md says what each one is.

The shipped table counts SOURCES (a 1000-article THUCNews sample). ``--larger OUT`` writes, to OUT and not to
data/lexicon, the table of SOURCES + LARGER_SOURCES (23,352 articles: mainland news and WeChat reposts
2020-2023, Hong Kong news 2017-2021), to measure with bench/eval_keywords.py after copying it over
news_df.tsv. Measured in round 8 (combined P@10, tags found of 1,715 over all eight seen splits): the
1000-article table 799, the larger one 755 (tune .472 -> .438, fresh5 .536 -> .500; every split but fresh4
down): words it has never seen twice outrank the topic, and 2020-2023 news makes 武汉, 新冠 common. Tried by hand
on a 3+-article version of it (before markup was blanked, 1000-article table 787): 748; IDF floored at a
thousandth of the articles 780; per-source shares averaged, floored and averaged with the small table's IDF 790
(fresh4 +3 but test and fresh one tag down each). None lifted every split, so the small table stays.

``--latin`` writes data/lexicon/news_latin_df.tsv: the document frequencies of the Latin words (letters and
digits, 2+ characters: ai, gpt, openai, 5g) over LARGER_SOURCES alone. The THUCNews sample (Sina 2005-2011) has
almost none, so every Latin word of a Chinese post took the highest IDF there (AI, App, CEO, GitHub as rare as a
company's own name); the larger sources are 2017-2023 mainland and Hong Kong news that write Latin words as posts now
do. keywords.news_idf reads a Latin word's share from it (the larger of its two shares). Latin words are read with
a regular expression, not the segmenter: jieba keeps a run of Latin letters and digits as one token, so the words
are the same, and 23,000 articles are counted in seconds. ``--not-read SPLIT`` leaves a split's articles and
SOURCES.tsv unread (a frozen split, which no tool may open); the header says which were.

Which articles count: every file of a source's path pattern, but
* files an evaluation round took its articles from (the SOURCES.tsv of each evaluation folder, named by
  ``evaluation_source_tables``: repo + path) never count;
* nor does any article sharing a 20-character run of Han text with an evaluation article of any split
  (``data/eval/split.tsv``, read as the loader reads them), so no gold article's own text shapes the IDF it
  is scored with;
* a source may take every k-th file only (``every``), so one outlet does not outweigh the others.

How: the text (of a file source: front matter, HTML tags, links and a feed item's field wrapper removed) is simplified
(zhnews.text.to_simplified) and cut with zhnews.segment's tokenizer (jieba + data/lexicon/userdict.txt, no
article's discovered words); each folded word counts once per article. Only words seen in at least MIN_DF
articles are written: rarer ones are read as seen once (keywords.news_idf), and leaving them out keeps the
file small. Rows are sorted by word.
"""

from __future__ import annotations

import argparse
import csv
import fnmatch
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from zhnews import keywords, segment
from zhnews.load import load_article
from zhnews.paths import DATA, LEXICON, ROOT
from zhnews.text import to_simplified

sys.path.insert(0, str(ROOT / "bench"))
import evalset  # noqa: E402  (bench/evalset.py: where each evaluation article lives)


@dataclass(frozen=True)
class Source:
    repo: str  # owner/name
    pattern: str  # fnmatch pattern of the files taken (one article each), or one file of one article a line
    commit: str
    what: str
    lines: bool = False  # one article a line (channel<TAB>text)
    every: int = 1  # take every k-th matching file (sorted by path)


SOURCES = (
    Source("qianshuang/dl-exp", "data/cnews/cnews.test.txt", "0ff7afa0588c61940868d24099c7cbecc8ee9b54",
           "THUCNews sample: Sina news 2005-2011, ten channels (Tsinghua NLP)", lines=True),
)
LARGER_SOURCES = (
    Source("tomyangsh/news-backup", "*/*.md", "645230356c92c725f41c934dce4c378bfa560d84",
           "China Digital Times feed backup 2020-2023: mainland news, WeChat and commentary reposts"),
    Source("hkarchivist/hkcnews-article-archive", "articles/*/*.md", "635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25",
           "hkcnews.com (眾新聞) archive 2017-2021: Hong Kong news, traditional script", every=5),
)
OUTPUT = LEXICON / "news_df.tsv"
MIN_DF = 2
DOCUMENTS_ROW = "<documents>"
OVERLAP_RUN = 20
BATCH = 1000  # articles a worker cuts before it is replaced (segment memoises every piece it cuts)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % OVERLAP_RUN)
_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A Latin word as jieba cuts it: a run of ASCII letters and digits holding a letter (openai, gpt, 5g).
_LATIN_WORD = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
LATIN_OUTPUT = LEXICON / "news_latin_df.tsv"
# Markup that is not the article's words: front matter, HTML tags, links and images, and the field
# wrapper of an RSS item dumped as a Python literal ([{'type': 'text/html', … 'value': '…).
# Round 22: also the strings that name an account or an address rather than say a word, which the Latin table had
# counted as words (URL-id junk rows such as 2soqhyq4ud, alice2590, 229c11e64226, xa0pexels):
# a link written without its scheme (pic.twitter.com/2soqHYQ4uD, fb.me/DuncanLau), an e-mail address, an @handle
# (@Alice2590, (@CDTChinese)), an identifier joined by underscores (gh_229c11e64226, RFA_Chinese) and a backslash
# escape left in the text (Photo by\xa0Felix: the "xa0" of \xa0 is no word).
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_NOT_WORDS = re.compile(r"<[^>\n]*>|!?\[[^\]\n]*\]\([^)\n]*\)|https?://\S+|\{'type':.*?'value': '"
                        r"|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/[!-~]*|[A-Za-z0-9._%+-]*@[A-Za-z0-9_.-]*"
                        r"|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+|" + keywords.ESCAPE_SEQUENCE)
# A random identifier (a shortened link's or a commenter's generated name, a hash: 0M6dj88umy8ekMb, 8543f02bc0de) is
# long and switches between letters and digits again and again; a name or a model (bnt162b2, h1n1, c6h12o6, iphone15,
# mate30pro) is shorter or switches less. Measured on the table before this rule: 36 rows of 18,413 had this shape, all
# identifiers but kitano17yuki19, a user's name.
RANDOM_ID_MIN_CHARS, RANDOM_ID_MIN_RUNS = 10, 4
_LETTER_OR_DIGIT_RUN = re.compile(r"[A-Za-z]+|[0-9]+")


def evaluation_runs(not_read=()) -> set[str]:
    """Every 20-character run of Han text in the evaluation articles (to spot a shared article), but those of the
    splits ``not_read``."""
    runs: set[str] = set()
    with (DATA / "eval" / "split.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row["split"] in not_read:
                continue
            path = evalset.article_path(row["file"])
            if path is None or not path.exists():
                sys.exit(f"{row['file']}: evaluation article not on this machine; without it the overlap check is blind")
            for text in load_article(path).paragraphs["text_zhs"]:
                for han in _HAN_RUN.findall(text):
                    runs.update(han[i : i + OVERLAP_RUN] for i in range(0, len(han) - OVERLAP_RUN + 1, OVERLAP_RUN))
    return runs


def evaluation_source_tables(not_read=()) -> list[Path]:
    """The SOURCES.tsv of every evaluation folder, by name: the folders of data/eval/split.tsv and every held-out
    round of bench/evalset.py, the frozen one included (its file names must stay out of the corpus too). Named, not
    globbed, so no script walks the split folders; only the repo and path columns are read, never a gold file."""
    with (DATA / "eval" / "split.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        folders = ({row["folder"] for row in rows} | set(evalset.HELD_OUT_ROUNDS)) - set(not_read)
    tables = (DATA / "eval" / folder / "SOURCES.tsv" for folder in sorted(folders))
    return [table for table in tables if table.is_file()]


def evaluation_files(not_read=()) -> set[tuple[str, str]]:
    """(repo, path) of every file an evaluation round took an article from (but the rounds ``not_read``)."""
    taken = set()
    for sources in evaluation_source_tables(not_read):
        lines = [line for line in sources.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        taken.update((row["repo"], row["path"]) for row in csv.DictReader(lines, delimiter="\t") if row.get("path"))
    return taken


def shares_run(text: str, eval_runs: set[str]) -> bool:
    """Whether ``text`` holds, at any offset, one of the evaluation articles' 20-character Han runs."""
    return any(han[i : i + OVERLAP_RUN] in eval_runs
               for han in _HAN_RUN.findall(to_simplified(text)) for i in range(len(han) - OVERLAP_RUN + 1))


def _git(mirror: Path, source: Source, *args: str, data: bytes | None = None) -> bytes:
    git_dir = mirror / source.repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(git_dir), "-c", "core.quotepath=off", *args],
                          input=data, capture_output=True, check=True).stdout


def articles(mirror: Path, source: Source, taken: set[tuple[str, str]]) -> list[str]:
    """The source's article texts at its commit, markup removed, files of an evaluation round left out."""
    listing = _git(mirror, source, "ls-tree", "-r", "--name-only", "-z", source.commit).decode("utf-8")
    paths = sorted(p for p in listing.split("\0") if p and fnmatch.fnmatch(p, source.pattern)
                   and (source.repo, p) not in taken)[:: source.every]
    request = "".join(f"{source.commit}:{p}\n" for p in paths).encode("utf-8")
    batch = _git(mirror, source, "cat-file", "--batch", data=request)
    texts, at = [], 0
    while at < len(batch):
        header_end = batch.index(b"\n", at)
        size = int(batch[at:header_end].split()[2])
        blob = batch[header_end + 1 : header_end + 1 + size].decode("utf-8", errors="replace")
        at = header_end + 1 + size + 1
        if source.lines:  # plain text already (THUCNews): read as it is
            texts.extend(line.partition("\t")[2] for line in blob.splitlines())
        else:
            texts.append(_NOT_WORDS.sub(" ", _FRONT_MATTER.sub("", blob)))
    return texts


def _document_words(texts: list[str]) -> list[frozenset[str]]:
    segment.set_run_words({})
    return [frozenset(segment.fold(w) for w in segment.cut(to_simplified(text))
                      if len(w) >= 2 and _WORD.search(w) and "\t" not in w and not w.isspace()) for text in texts]


def latin_words(text: str) -> frozenset[str]:
    """The Latin words (2+ characters) of one article, case-folded, but random identifiers (is_random_id)."""
    return frozenset(word.casefold() for word in _LATIN_WORD.findall(text) if len(word) >= 2 and not is_random_id(word))


def is_random_id(word: str) -> bool:
    """Whether a run of letters and digits has a generated identifier's shape (RANDOM_ID_MIN_CHARS, RANDOM_ID_MIN_RUNS)."""
    return len(word) >= RANDOM_ID_MIN_CHARS and len(_LETTER_OR_DIGIT_RUN.findall(word)) >= RANDOM_ID_MIN_RUNS


def build(mirror: Path, sources: tuple[Source, ...], latin: bool = False, not_read=()) -> tuple[Counter, list[tuple[Source, int, int]]]:
    eval_runs, taken = evaluation_runs(not_read), evaluation_files(not_read)
    df: Counter = Counter()
    counts = []
    for source in sources:
        texts = [t for t in articles(mirror, source, taken) if t.strip()]
        kept = [t for t in texts if not shares_run(t, eval_runs)]
        if latin:
            for text in kept:
                df.update(latin_words(text))
        else:
            with Pool(2, maxtasksperchild=1) as pool:
                for words in pool.imap(_document_words, [kept[i : i + BATCH] for i in range(0, len(kept), BATCH)]):
                    for document in words:
                        df.update(document)
        counts.append((source, len(kept), len(texts) - len(kept)))
        print(f"{source.repo}: {len(kept)} articles ({len(texts) - len(kept)} left out)", file=sys.stderr)
    return df, counts


def write(df: Counter, counts: list[tuple[Source, int, int]], output: Path, latin: bool = False, not_read=()) -> None:
    documents = sum(used for _, used, _ in counts)
    kept = sorted((word, n) for word, n in df.items() if n >= MIN_DF)
    header = ["# News-domain document frequencies for keyword IDF (zhnews/keywords/), built by scripts/build_news_df.py"
              + (" --latin: Latin words only (letters and digits, read as jieba keeps them), for keywords.news_idf, where"
                 " news_df.tsv's 2005-2011 sample has almost none." if latin else ".")]
    for source, used, skipped in counts:
        header.append(f"# Source: {source.what}: repository {source.repo}, files {source.pattern}"
                      + (f" (every {source.every}th)" if source.every > 1 else "")
                      + f", commit {source.commit}: {used} articles (left out: {skipped} sharing a {OVERLAP_RUN}-character run with an evaluation article).")
    header += [
        "# Files an evaluation round took an article from (data/eval/*/SOURCES.tsv) are never read."
        + (f" Not read, nor checked for shared runs: the splits {', '.join(not_read)} (held out when this was built; their"
           " rounds drew on repositories never used before, so none of their files is in these sources)." if not_read else ""),
        f"# Words: those in at least {MIN_DF} articles, "
        + ("runs of Latin letters and digits as jieba keeps them, case-folded." if latin
           else "cut by zhnews.segment (jieba + userdict.txt), Latin case-folded."),
        f"# The row {DOCUMENTS_ROW} gives the number of articles counted (the N of IDF = log(N / df)).",
        "# Do not edit by hand: re-run the script (a new source needs its provenance in these lines).",
        "word\tdf",
        f"{DOCUMENTS_ROW}\t{documents}",
    ]
    output.write_text("\n".join(header + [f"{w}\t{n}" for w, n in kept]) + "\n", encoding="utf-8")
    print(f"{output}: {len(kept)} words from {documents} articles")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"), help="folder of owner+name/repo copies")
    parser.add_argument("--larger", type=Path, metavar="OUT", help="write the table of every source to OUT instead")
    parser.add_argument("--latin", action="store_true", help=f"write the Latin words' table of LARGER_SOURCES to {LATIN_OUTPUT.name}")
    parser.add_argument("--not-read", nargs="*", default=(), metavar="SPLIT", help="splits whose articles are not read (frozen)")
    args = parser.parse_args()
    if args.latin:
        write(*build(args.mirror, LARGER_SOURCES, latin=True, not_read=args.not_read), LATIN_OUTPUT, latin=True, not_read=args.not_read)
    else:
        chosen = SOURCES + LARGER_SOURCES if args.larger else SOURCES
        write(*build(args.mirror, chosen, not_read=args.not_read), args.larger or OUTPUT, not_read=args.not_read)
