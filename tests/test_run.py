"""The command line end to end: good articles give a complete folder, bad ones a one-line error.

Bad input must exit non-zero with one line naming the file and the reason, print no traceback, and
leave no output folder (not even a hidden temporary one) for that article.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from zhnews.paths import ROOT


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "zhnews", "run", "--quiet", *map(str, args)],
        cwd=cwd, capture_output=True, text=True, timeout=600,
    )


def assert_clean_failure(result, out: Path, name_in_error: str):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and name_in_error in errors[0], result.stderr
    leftovers = list(out.iterdir()) if out.exists() else []
    assert leftovers == [], leftovers


BAD_INPUTS = {
    "empty.md": b"",
    "blank.txt": b"   \n\n\t  \n",
    "binary.txt": bytes(range(256)) * 64,
    "scripts.html": b"<html><head><script>var a = 1;</script><style>p{color:red}</style></head><body><script>alert(1)</script></body></html>",
    "only_boilerplate.md": "预览时标签不可点\n\n微信扫一扫\n关注该公众号\n\n“点赞”“在看”，让更多人看到\n".encode(),
    "undecodable.txt": "中文新闻".encode("utf-8")[:-1] * 200 + b"\xff\xfe\xfd\x81\x30" * 50,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_one_line_error_and_no_output(tmp_path, name):
    article = tmp_path / name
    article.write_bytes(BAD_INPUTS[name])
    out = tmp_path / "reports"
    assert_clean_failure(run_cli(article, "--out", out), out, name)


def test_missing_path(tmp_path):
    out = tmp_path / "reports"
    assert_clean_failure(run_cli(tmp_path / "nope.md", "--out", out), out, "nope.md")


def test_folder_without_articles(tmp_path):
    folder = tmp_path / "empty_folder"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "reports"
    assert_clean_failure(run_cli(folder, "--out", out), out, "empty_folder")


def test_huge_text_is_refused_quickly_with_a_reason(tmp_path):
    article = tmp_path / "huge.txt"
    sentence = "这是一个用于测试超大文件的句子，内容重复。\n".encode()
    article.write_bytes(sentence * (20 * 1024 * 1024 // len(sentence) + 1))
    out = tmp_path / "reports"
    result = run_cli(article, "--out", out)
    assert_clean_failure(result, out, "huge.txt")
    assert "MB" in result.stderr


def test_tables_only_run_writes_the_load_tables(tmp_path):
    out = tmp_path / "reports"
    result = run_cli(ROOT / "data" / "articles" / "deepseek_sanlian.md", "--out", out, "--tables-only")
    assert result.returncode == 0, result.stderr
    folder = out / "deepseek_sanlian"
    for table in ("paragraphs", "sentences"):
        assert (folder / f"{table}.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel
        assert (folder / f"{table}.parquet").exists()
    assert [p.name for p in out.iterdir()] == ["deepseek_sanlian"]


def test_tables_are_byte_identical_on_rerun(tmp_path):
    seed = ROOT / "data" / "articles" / "deepseek_sanlian.md"
    first, second = tmp_path / "a", tmp_path / "b"
    assert run_cli(seed, "--out", first, "--tables-only").returncode == 0
    assert run_cli(seed, "--out", second, "--tables-only").returncode == 0
    csvs = sorted(p.name for p in (first / "deepseek_sanlian").glob("*.csv"))
    assert csvs
    for name in csvs:
        assert (first / "deepseek_sanlian" / name).read_bytes() == (second / "deepseek_sanlian" / name).read_bytes(), name


@pytest.mark.parametrize("names, warms_pages", [(["a.md", "b.html"], True), (["a.md", "b.txt"], False)])
def test_a_batch_warms_the_page_reader_before_forking_only_when_it_holds_pages(monkeypatch, names, warms_pages):
    # trafilatura's import and dateparser's first tables cost each worker ~1 s of CPU on its first page;
    # built in the parent, the forked workers share them. A batch without pages never needs them, so it
    # is not charged for them.
    import gc

    from zhnews import run, stages
    from zhnews.load import html

    warmed = []
    monkeypatch.setattr(stages, "run_tables", lambda article, out: None)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(html, "warm", lambda: warmed.append(True))
    run._warm_up([Path(name) for name in names])
    assert bool(warmed) == warms_pages


def test_warming_the_page_reader_leaves_its_date_answers_unchanged():
    # The warm-up parses a date of its own: safe only because htmldate's parser never tries the locales
    # of earlier answers first (try_previous_locales), so an answer never depends on the last one.
    from htmldate.extractors import get_external_parser

    from zhnews.load import html

    html.warm()
    parser = get_external_parser()
    assert parser.try_previous_locales is False
    assert parser.get_date_data("2023年5月6日")["date_obj"].date().isoformat() == "2023-05-06"
