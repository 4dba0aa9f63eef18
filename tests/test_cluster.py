"""A Dask cluster run gives the local run's tables byte for byte, loses nothing when a worker dies,
resumes, lists its failures, and leaves a dataset pandas and DuckDB read in one line.

The input: the small articles in tests/data, each copied under five names (60 articles), plus
an empty file and a binary one, in dataset parts of 20. One local run (the existing process-pool
path) and one run on a 2-worker LocalCluster, with a worker killed a third of the way through, are
shared by the tests.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from zhnews import dataset
from zhnews.cluster import dask_client, run_dataset
from zhnews.run import run_many

DATA = Path(__file__).parent / "data"
# Twelve, so that 60 copies make exactly three parts of PART_SIZE.
SMALL_ARTICLES = sorted([DATA / "news_portal.html", DATA / "wechat_modern.html", *(DATA / "unseen").iterdir()])
COPIES = 5
PART_SIZE = 20
BAD_FILES = {"zz_empty.txt": b"", "zz_binary.txt": bytes(range(256)) * 8}


@pytest.fixture(scope="module", autouse=True)
def small_parts():
    """Three parts of 20 from 60 articles instead of one of PART_SIZE, so part boundaries are tested."""
    saved, dataset.PART_SIZE = dataset.PART_SIZE, PART_SIZE
    yield
    dataset.PART_SIZE = saved


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for copy in range(COPIES):
        for source in SMALL_ARTICLES:
            shutil.copy(source, folder / f"{copy}_{source.name}")
    for name, data in BAD_FILES.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def local_out(articles, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    run_many([articles], out, tables_only=True, jobs=2, progress=False)
    return out


@pytest.fixture(scope="module")
def client():
    with dask_client("local:2") as client:
        yield client


@dataclass
class ClusterRun:
    out: Path
    killed_pid: int | None  # the worker process killed mid-run
    pids_after: set[int]


@pytest.fixture(scope="module")
def cluster_run(articles, client, tmp_path_factory) -> ClusterRun:
    """The cluster run, with one busy worker killed once the first of the three parts is written."""
    out = tmp_path_factory.mktemp("cluster")
    returned = []
    run = threading.Thread(target=lambda: returned.append(run_dataset([articles], out, cluster=client, progress=False)))
    run.start()
    victim = None
    while victim is None and run.is_alive():
        busy = [worker for worker, keys in client.processing().items() if keys]
        if busy and (out / "_corpus" / "manifest" / "part-00000.csv").exists():
            victim = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(victim, signal.SIGKILL)  # a worker process this test's own cluster started
        time.sleep(0.05)
    run.join(600)  # minutes only on a machine loaded by other work; a hang must still end the test
    assert returned, "the cluster run did not finish"
    client.wait_for_workers(2, timeout=120)
    return ClusterRun(out, victim, set(client.run(os.getpid).values()))


@pytest.fixture(scope="module")
def cluster_out(cluster_run) -> Path:
    return cluster_run.out


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _assert_same_tree(left: Path, right: Path) -> None:
    a, b = _files(left), _files(right)
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert different == []


def test_articles_number_at_least_fifty(articles):
    assert len(SMALL_ARTICLES) * COPIES >= 50
    assert len(list(articles.iterdir())) == len(SMALL_ARTICLES) * COPIES + len(BAD_FILES)


def test_cluster_tables_are_byte_identical_to_the_local_run(local_out, cluster_out):
    # Every article folder (CSV, Parquet, meta.json), every dataset part, manifest and failures.csv,
    # although a worker was killed a third of the way through.
    _assert_same_tree(local_out, cluster_out)
    corpus = cluster_out / "_corpus"
    # 62 files, 20 a part: the fourth part holds only the two bad files, so it has a manifest, no rows.
    assert sorted(p.name for p in (corpus / "manifest").iterdir()) == [f"part-0000{i}.csv" for i in range(4)]
    assert sorted(p.name for p in (corpus / "meta").iterdir()) == [f"part-0000{i}.parquet" for i in range(3)]


def test_failures_csv_lists_the_bad_files(cluster_out, articles):
    failures = pd.read_csv(cluster_out / "_corpus" / "failures.csv", encoding="utf-8-sig")
    assert [Path(f).name for f in failures["file"]] == ["zz_binary.txt", "zz_empty.txt"]
    assert failures["reason"].str.len().gt(0).all()
    assert "empty" in failures["reason"].iloc[1]
    meta = pd.read_parquet(cluster_out / "_corpus" / "meta")
    assert len(meta) == len(SMALL_ARTICLES) * COPIES and not meta["slug"].str.startswith("zz_").any()


def test_a_worker_killed_mid_run_loses_no_article(cluster_run):
    # The tables are those of the local run, byte for byte (the test above); this checks a worker died.
    assert cluster_run.killed_pid is not None, "the run ended before a worker could be killed"
    assert cluster_run.killed_pid not in cluster_run.pids_after
    assert len(cluster_run.pids_after) == 2  # the nanny started a new worker in its place


def test_resume_recomputes_only_the_part_whose_article_changed(articles, client, cluster_out, tmp_path):
    source = tmp_path / "articles"
    shutil.copytree(articles, source)
    out = tmp_path / "resumed"
    shutil.copytree(cluster_out / "_corpus", out / "_corpus")
    # Part 2 holds articles 40..59, the fifth copies among them: change one, as if it was re-downloaded.
    changed = source / "4_wechat_modern.html"
    changed.write_bytes(changed.read_bytes().replace("</body>".encode(), "<p>补充说明：本文已更新。</p></body>".encode()))
    before = {p: p.stat().st_mtime_ns for p in (out / "_corpus").rglob("part-*")}

    run_dataset([source], out, cluster=client, article_folders=False, progress=False)

    rewritten = sorted({p.name for p in before if p.stat().st_mtime_ns != before[p]})
    assert rewritten == ["part-00002.csv", "part-00002.parquet"]
    meta = pd.read_parquet(out / "_corpus" / "meta").set_index("slug")
    assert meta.loc["4_wechat_modern", "sha256"] != meta.loc["3_wechat_modern", "sha256"]
    assert meta.loc["3_wechat_modern", "sha256"] == meta.loc["0_wechat_modern", "sha256"]
    paragraphs = pd.read_parquet(out / "_corpus" / "paragraphs")
    assert paragraphs["text"].str.contains("本文已更新").sum() == 1


def test_dataset_reads_in_one_line_with_pandas_duckdb_and_dask(cluster_out):
    import dask.dataframe as dd
    import duckdb

    corpus = cluster_out / "_corpus"
    claims = pd.read_parquet(corpus / "claims")
    per_article = sum(len(pd.read_parquet(folder / "claims.parquet")) for folder in cluster_out.iterdir() if folder.name != "_corpus")
    assert len(claims) == per_article
    assert list(claims.columns[:4]) == ["slug", "title", "outlet", "publish_date"]
    with duckdb.connect() as con:
        counted = con.sql(f"SELECT count(*) FROM '{corpus}/claims/*.parquet'").fetchall()[0][0]
    assert counted == len(claims)
    assert len(dd.read_parquet(corpus / "claims")) == len(claims)


def _readme_query(corpus: Path) -> str:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    sql = readme.split("```sql\n", 1)[1].split("```", 1)[0]
    return sql.replace("reports/_corpus", str(corpus))


def test_readme_duckdb_query_lists_the_most_cited_sources(cluster_out):
    import duckdb

    from zhnews import trends

    corpus = cluster_out / "_corpus"
    with duckdb.connect() as con:
        answer = con.sql(_readme_query(corpus)).df()
    # Read by hand in tests/data: wechat_modern.html "中国人民银行9月24日宣布…", "据国家统计局数据…";
    # news_portal.html "据商务部统计…"; each article is in the corpus five times, one claim each.
    # people_daily_wire.txt cites 国家统计局 too: "记者从国家统计局获悉…" (the informant is the source) and
    # the "其中，…" sentence that breaks its figures down: two claims more in five more articles.
    cited = answer.set_index("source")
    for source in ("中国人民银行", "商务部"):
        assert (cited.loc[source, "n_claims"], cited.loc[source, "n_articles"]) == (COPIES, COPIES)
    assert (cited.loc["国家统计局", "n_claims"], cited.loc["国家统计局", "n_articles"]) == (3 * COPIES, 2 * COPIES)
    # one_paragraph.txt: "记者5月28日从中国东方航空获悉…东航方面表示": the airline speaks, named as the
    # reporter's informant; the reporter is the outlet's own, no source.
    assert "中国东方航空" in set(cited.index)
    expected = trends.cited_sources(pd.read_parquet(corpus / "claims"))
    assert answer.astype({"n_claims": "int64", "n_articles": "int64"}).equals(expected)


def test_corpus_notebook_reads_the_dataset_and_exports_a_report(cluster_out, tmp_path):
    corpus = tmp_path / "_corpus"
    shutil.copytree(cluster_out / "_corpus", corpus, ignore=shutil.ignore_patterns("*.csv"))
    for name in ("articles", "keywords", "entities", "sentiment", "quantities"):  # the 05 tables: unused
        (corpus / f"{name}.parquet").unlink()
    html = dataset.export_corpus_report(corpus)
    for chart in ("articles_over_time", "keyword_trends", "sentiment_by_outlet", "cited_sources", "figure_kinds_by_outlet"):
        assert (corpus / "charts" / f"{chart}.png").exists(), chart
    page = html.read_text(encoding="utf-8")
    assert "被引用最多的来源" in page and "中国人民银行" in page and "<script" not in page


def test_outlet_column_takes_outlet_or_else_account():
    assert dataset.outlet({"account": "新京报"}) == "新京报"
    assert dataset.outlet({"outlet": "澎湃新闻", "account": "澎湃新闻 The Paper"}) == "澎湃新闻"


def test_keyword_trends_compare_the_earlier_and_later_months():
    from zhnews import trends

    meta = pd.DataFrame({"slug": list("abcde"), "publish_date": ["2024-01-05", "2024-01-20", "2024-02-03", "2024-02-28", None]})
    rows = [("a", "降准"), ("a", "房价"), ("b", "房价"), ("c", "降准"), ("d", "降准"), ("e", "降准")]
    keywords = pd.DataFrame([
        {"slug": s, "publish_date": None, "keyword": k, "method": "combined", "rank": 1, "para_id": None} for s, k in rows
    ])
    table = trends.keyword_trends(keywords, meta, min_articles=2).set_index("keyword")
    # January: 降准 in a (1 of 2 articles), 房价 in a and b (2 of 2); February: 降准 in c and d (2 of 2),
    # 房价 in none. The undated article e does not count.
    assert table.loc["降准", ["direction", "earlier_share", "later_share"]].tolist() == ["rising", 0.5, 1.0]
    assert table.loc["房价", ["direction", "earlier_share", "later_share"]].tolist() == ["falling", 1.0, 0.0]
    assert table.loc["降准", "reason"] == "2024-01…2024-01: 1/2 篇 → 2024-02…2024-02: 2/2 篇"
