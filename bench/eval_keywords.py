"""Keyword accuracy against the editors' tags (data/eval/keywords/gold.tsv, keywords_gold.tsv of the frozen rounds data/eval/fresh … fresh8), per method and split.

    PYTHONPATH=. /work/main/.venv/bin/python bench/eval_keywords.py [--split tune|test|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32|fresh34|fresh35|fresh33|fresh37|fresh36|fresh39|fresh38|seen|all] [--folder dev6] [--show] [--diagnose]

For every gold article: load (zhnews.load as it is) → the keywords stage's functions on the analysed
paragraphs, and, on the same simplified text, plain ``jieba.analyse.extract_tags`` and
``jieba.analyse.textrank`` with jieba's own dictionary and IDF. For each method, over the top 10:

* **precision@10**: share of the ten keywords that match a gold tag; **recall@10**: share of the ten
  gold tags matched. Strict matching: the keyword equals the tag or one of its variants after NFKC,
  Traditional→Simplified (zhnews.text.to_simplified), case folding and removing quotes and spaces
  (the GUIDE's rule). Each gold tag is matched at most once (中间价 and 人民币中间价 are one hit).
* Error counts among the unmatched keywords of the top 10 (definitions independent of any method):
  - **generic**: in the GUIDE's and the issue's list of generic words, or present in at least half of
    the 30 dev-corpus gold articles (tune and test; a word every article uses cannot say what one is about);
  - **fragment**: a piece of a gold tag of this article (华远 of 华远制药), or a string that in at
    least three quarters of its (3+) occurrences is extended by the same Han character (华远|制药);
  - **byline**: part of the author, account or outlet (meta.json, SOURCES.tsv's outlet_account), or
    a string whose occurrences are mostly in byline lines (记者/编辑/作者/来源 … lines under 60 chars).

``--diagnose`` classes each missed gold tag (never formed as a candidate, formed but filtered, ranked too
low) and each wrong keyword, and prints the oracle ceiling: the precision@10 of a perfect ordering of the
ranked candidates (gold tags among them, at most ten an article).

Rounds 1-24 (test, fresh … fresh24, fresh23 scored at the start of round 24 with round 23's final code) fresh26 (scored at the start of round 25 with round 24's final code), fresh25 (round 25), fresh28 (scored at the start of round 26 with round 25's final code), fresh27 (round 26) fresh29 (scored at the start of round 27 with round 26's final code), fresh30 (round 27), fresh31 (scored at the start of round 28 with round 27's final code), fresh32 (round 28), fresh34, fresh35 (scored at the start of round 29 with round 28's final code), fresh33 (round 29), fresh37 (scored at the start of round 30 with round 29's final code), fresh36 (round 30) and fresh39 (scored at the start of round 31 with round 30's final code) have all been scored once and are seen; fresh38 (round 31) is held out until the end of its round.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import jieba
import jieba.analyse

from zhnews import keywords, segment
from zhnews.errors import ArticleError
from zhnews.load import load_article
from zhnews.paths import ROOT

sys.path.insert(0, str(Path(__file__).resolve().parent))
import evalset  # noqa: E402  (bench/ is this script's folder)
from zhnews.text import to_simplified

TUNE_AND_TEST_GOLD = ROOT / "data" / "eval" / "keywords" / "gold.tsv"
TOP = 10
# The generic words named by the gold GUIDE ("Not tagged") and by the issue (TextRank's filler).
GENERIC_REFERENCE = set("公司 市场 行业 企业 中国 经济 问题 发展 记者 美国 组织 生产 增长".split())
GENERIC_SHARE = 0.5  # present in at least this share of the gold articles
FRAGMENT_SHARE, FRAGMENT_MIN_COUNT = 0.75, 3
_BYLINE_LINE = re.compile(r"记者|编辑|作者|来源|原文|通讯员|实习生|撰文|摄影|校对|出品|文\s*[/｜|]|[/｜|]\s*文")
_STRIP = re.compile(r"[\s\"'“”‘’「」『』《》]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME_PIECES = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z][A-Za-z0-9]+")


def normalise(word: str) -> str:
    return _STRIP.sub("", to_simplified(unicodedata.normalize("NFKC", word))).casefold()


def held_out_rounds(splits: list[str]) -> list[str]:
    """The held-out rounds among the chosen splits: only their gold files are opened, so a tuning run
    (``--split seen``) never reads the frozen round's tags or outlets, not even into memory."""
    return [split for split in splits if split in evalset.HELD_OUT_ROUNDS]


def read_gold(splits: list[str]) -> dict[str, dict]:
    articles: dict[str, dict] = {}
    gold_files = [TUNE_AND_TEST_GOLD, *(evalset.held_out_gold(r, "keywords_gold.tsv") for r in held_out_rounds(splits))]
    lines = [line for gold in gold_files for line in gold.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and not line.startswith("file\t")]
    for row in csv.DictReader(lines, delimiter="\t", fieldnames=("file", "split", "rank", "tag", "variants")):
        entry = articles.setdefault(row["file"], {"split": row["split"], "tags": []})
        forms = {normalise(row["tag"])} | {normalise(v) for v in (row["variants"] or "").split("|") if v.strip()}
        entry["tags"].append((row["tag"], forms))
    return articles


def outlets(splits: list[str]) -> dict[str, str]:
    """The hand-written outlet of each gold article (the dev corpus has it in shared/dev_corpus/SOURCES.tsv)."""
    found = {}
    table = evalset.shared_folder("dev_corpus") / "SOURCES.tsv"
    with table.open(encoding="utf-8") as handle:
        found.update({row["file"]: row["outlet_account"] for row in csv.DictReader(handle, delimiter="\t")})
    for meta in (evalset.held_out_gold(r, "loader_meta.tsv") for r in held_out_rounds(splits)):
        lines = [line for line in meta.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        found.update({row["file"]: row["outlet"].replace(" | ", "、") for row in csv.DictReader(lines, delimiter="\t")})
    return found


# --- per-article inputs ----------------------------------------------------------------------------


class Article:
    """One gold article: its analysed paragraphs, texts, meta and byline strings."""

    def __init__(self, name: str, outlet: str):
        loaded = load_article(evalset.article_path(name))
        self.name, self.meta = name, loaded.meta
        self.paragraphs = keywords.analysed(loaded.paragraphs)
        self.texts = keywords.paragraph_texts(self.paragraphs)
        self.originals = keywords.paragraph_texts(self.paragraphs, "text")
        self.text = "\n".join(self.texts.values())
        self.title_ids = set(self.paragraphs.loc[self.paragraphs["role"] == "title", "para_id"])
        self.excluded = keywords.byline_strings(self.meta)
        self.normalised_text = normalise(self.text)
        meta_strings = [str(self.meta.get(key) or "") for key in ("author", "account", "outlet")]
        self.byline_strings = [normalise(s) for s in meta_strings + [outlet] if s]
        self.byline_lines = [normalise(t) for t in to_simplified(self.text).splitlines() if len(t) < 60 and _BYLINE_LINE.search(t)]


def keyword_lists(article: Article, diagnose: bool = False) -> dict[str, list[str]]:
    """Top-10 keywords by method, for one article (and, on the article, every keyphrase candidate's normalised
    key: ``formed`` before the count and cohesion filters, ``ranked`` after them; with ``diagnose``, ``dropped``:
    normalised key → the rule that dropped it)."""
    keywords.install_new_words(article.paragraphs)
    table = keywords.article_keywords(
        article.texts, originals=article.originals, title_ids=article.title_ids, excluded=article.excluded
    )
    lists = {method: list(keywords.top_keywords(table, TOP, method)["keyword"]) for method in keywords.METHODS}
    article.formed = {normalise(key) for key in keywords.keyphrase_candidates(article.texts, article.title_ids)}
    article.ranked = {normalise(key) for key in keywords.keyphrase_weights(article.texts, article.title_ids, article.excluded)}
    if diagnose:
        dropped = keywords.dropped_candidates(article.texts, article.title_ids, article.excluded)
        article.dropped = {normalise(key): reason for key, reason in sorted(dropped.items())}
    segment.set_run_words({})
    lists["jieba extract_tags"] = jieba.analyse.extract_tags(article.text, topK=TOP)
    lists["jieba textrank"] = jieba.analyse.textrank(article.text, topK=TOP)
    return lists


# --- scoring ---------------------------------------------------------------------------------------


def _extended_share(text: str, word: str) -> tuple[int, float]:
    """Occurrences of ``word`` and the largest share of them extended by one same Han character."""
    before, after, total = Counter(), Counter(), 0
    start = text.find(word)
    while start != -1:
        total += 1
        if start > 0 and _HAN.match(text[start - 1]):
            before[text[start - 1]] += 1
        end = start + len(word)
        if end < len(text) and _HAN.match(text[end]):
            after[text[end]] += 1
        start = text.find(word, start + 1)
    top = max([0, *before.values(), *after.values()])
    return total, (top / total if total else 0.0)


def classify_misses(word: str, article: Article, gold_forms: set[str], generic_df: dict[str, float]) -> list[str]:
    key = normalise(word)
    kinds = []
    if key in GENERIC_REFERENCE or generic_df.get(key, 0.0) >= GENERIC_SHARE:
        kinds.append("generic")
    total, share = _extended_share(article.normalised_text, key)
    if any(key != form and key in form for form in gold_forms) or (
        _HAN.match(key) and total >= FRAGMENT_MIN_COUNT and share >= FRAGMENT_SHARE
    ):
        kinds.append("fragment")
    in_byline_lines = sum(line.count(key) for line in article.byline_lines)
    if any(key in s for s in article.byline_strings) or (total and in_byline_lines / total >= 0.5):
        kinds.append("byline")
    return kinds


def score(words: list[str], tags: list[tuple[str, set[str]]]):
    """(hits, matched tag indices) for one ranked list."""
    matched: set[int] = set()
    hits = 0
    for word in words[:TOP]:
        key = normalise(word)
        for index, (_, forms) in enumerate(tags):
            if key in forms and index not in matched:
                matched.add(index)
                hits += 1
                break
    return hits, matched


def miss_kind(article: Article, forms: set[str]) -> str:
    """Why a gold tag (its normalised forms) is not in the top 10: ranked too low, filtered or never formed."""
    if forms & article.ranked:
        return "ranked too low"
    return "absent: filtered" if forms & article.formed else "absent: never formed"


def diagnose(article: Article, words: list[str], tags, matched: set[int], gold_forms, generic_df) -> Counter:
    """Why each gold tag missed the top 10 and what each wrong keyword is, plus the oracle ceiling
    (gold tags among the ranked candidates, at most TOP: what a perfect ordering of them would score).

    A missed tag is ``absent: never formed`` (no candidate spells it or a variant), ``absent: filtered``
    (formed, dropped by the count, cohesion, byline or binding rules) or ``ranked too low``.
    A filtered tag is counted again under the rule that dropped it (``filtered by: …``, keywords.dropped_candidates).
    A wrong keyword is ``fragment``, ``generic``, ``byline`` (classify_misses) or ``other``.
    """
    classes: Counter = Counter()
    classes["ceiling"] = min(TOP, sum(1 for _, forms in tags if forms & article.ranked))
    for index, (tag, forms) in enumerate(tags):
        if index not in matched:
            kind = miss_kind(article, forms)
            classes["miss: " + kind] += 1
            if kind == "absent: filtered":
                reasons = sorted(article.dropped[form] for form in forms if form in article.dropped)
                classes["miss: absent: filtered by: " + (reasons[0] if reasons else "unknown")] += 1
    for word in words[:TOP]:
        if normalise(word) not in gold_forms:
            kinds = classify_misses(word, article, gold_forms, generic_df) or ["other"]
            classes["wrong: " + "+".join(kinds)] += 1
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="tune", choices=evalset.SPLIT_OPTIONS)
    parser.add_argument("--show", action="store_true", help="print each article's combined top 10 and misses")
    parser.add_argument("--method", default="combined", help="method shown with --show")
    parser.add_argument("--diagnose", action="store_true",
                        help="count the misses and wrong keywords of --method by class, with the oracle ceiling")
    parser.add_argument("--folder", help="only the articles of this folder of data/eval/split.tsv (e.g. dev5, a batch of tune)")
    args = parser.parse_args()
    splits = list(evalset.chosen_splits(args.split))
    gold, outlet_of = read_gold(splits), outlets(splits)
    # The chosen splits' articles, and the dev corpus that defines a generic word.
    names = sorted(n for n in gold if gold[n]["split"] in {"tune", "test", *evalset.chosen_splits(args.split)})
    names = [n for n in names if evalset.present(n)]
    articles, unreadable = {}, []
    for name in names:
        try:
            articles[name] = Article(name, outlet_of.get(name, ""))
        except ArticleError as error:  # scored as no keyword at all: the reader sees nothing either
            unreadable.append(name)
            print(f"unreadable: {error}", file=sys.stderr)
    for split in evalset.chosen_splits(args.split):
        rows: dict[str, Counter] = defaultdict(Counter)
        diagnosis: Counter = Counter()
        chosen = [n for n in names if gold[n]["split"] == split and (not args.folder or evalset.folder_of(n) == args.folder)]
        lists_of = {}
        for name in chosen:
            lists_of[name] = keyword_lists(articles[name], args.diagnose) if name in articles else {}
        # Document share of each candidate word over the 30 dev-corpus gold articles (substring presence).
        candidates = {normalise(w) for lists in lists_of.values() for words in lists.values() for w in words}
        reference = [a for n, a in articles.items() if gold[n]["split"] in ("tune", "test")]
        generic_df = {w: sum(w in a.normalised_text for a in reference) / len(reference) for w in candidates}
        for name in chosen:
            article, tags = articles.get(name), gold[name]["tags"]
            gold_forms = set().union(*(forms for _, forms in tags))
            if article is None:
                for counts in rows.values():
                    counts.update({"n": TOP, "gold": len(tags)})
                continue
            for method, words in lists_of[name].items():
                hits, matched = score(words, tags)
                counts = rows[method]
                counts["hits"] += hits
                counts["n"] += min(TOP, len(words)) or TOP
                counts["recalled"] += len(matched)
                counts["gold"] += len(tags)
                misses = [w for w in words[:TOP] if normalise(w) not in gold_forms]
                for word in misses:
                    for kind in classify_misses(word, article, gold_forms, generic_df):
                        counts[kind] += 1
                if args.diagnose and method == args.method:
                    diagnosis.update(diagnose(article, words, tags, matched, gold_forms, generic_df))
                if args.show and method == args.method:
                    flagged = {w: classify_misses(w, article, gold_forms, generic_df) for w in misses}
                    print(f"\n{name}  P={hits / TOP:.1f}")
                    print("  top:", " ".join(w + ("" if normalise(w) in gold_forms else "✗" + "/".join(k[0] for k in flagged[w])) for w in words[:TOP]))
                    print("  missed:", " ".join(t + ("[" + miss_kind(article, forms).split()[-1] + "]" if args.diagnose else "")
                                                for i, (t, forms) in enumerate(tags) if i not in matched))
        print(f"\n## split: {split} ({len(chosen)} articles)\n")
        print("| method | precision@10 | recall@10 | generic | fragments | byline/outlet |")
        print("|---|---|---|---|---|---|")
        for method, c in rows.items():
            print(
                f"| {method} | {c['hits'] / c['n']:.2f} | {c['recalled'] / c['gold']:.2f} | "
                f"{c['generic']} | {c['fragment']} | {c['byline']} |"
            )
        if args.diagnose:
            print(f"\n{args.method}: oracle ceiling P@10 {diagnosis.pop('ceiling') / (TOP * len(chosen)):.2f}")
            for kind, n in sorted(diagnosis.items()):
                print(f"- {kind}: {n}")


if __name__ == "__main__":
    sys.exit(main())
