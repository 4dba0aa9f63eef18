"""Runs over many articles: bad files reported and skipped, _corpus built, parallelism invisible."""

import shutil
import subprocess
import sys

import pandas as pd
import pytest

from zhnews.paths import NOTEBOOKS, ROOT

SOME_ARTICLES = ("04_daxianggonghui_pork_price.md", "20_wechat_qzfb_folic_acid.html", "22_fudan_shenzhen_stats_1998_gbk.txt")


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "zhnews", "run", "--quiet", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )


@pytest.fixture(scope="module")
def corpus_run(corpus_dir, tmp_path_factory):
    """The corpus plus an empty and a binary file, run as one folder, tables only, two workers."""
    folder = tmp_path_factory.mktemp("articles")
    good = sorted(p for p in corpus_dir.iterdir() if p.suffix in {".md", ".html", ".txt"})
    for article in good:
        shutil.copy(article, folder)
    (folder / "empty.md").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    out = tmp_path_factory.mktemp("reports")
    return good, out, run_cli(folder, "--out", out, "--tables-only", "--jobs", "2")


def test_bad_files_reported_and_exit_non_zero(corpus_run):
    _, out, result = corpus_run
    assert result.returncode == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert len(errors) == 2
    assert "binary.txt" in errors[0] and "binary" in errors[0].split("binary.txt", 1)[1]
    assert "empty.md" in errors[1] and "empty" in errors[1].split("empty.md", 1)[1]
    assert not (out / "empty").exists() and not (out / "binary").exists()


def test_every_good_article_has_its_folder_and_the_corpus_covers_them(corpus_run):
    good, out, _ = corpus_run
    stems = sorted(p.stem for p in good)
    assert sorted(p.name for p in out.iterdir()) == sorted(stems + ["_corpus"])
    articles = pd.read_csv(out / "_corpus" / "articles.csv", encoding="utf-8-sig")
    assert articles["slug"].tolist() == stems
    # Read by hand from the files: the outlets named in them.
    accounts = dict(zip(articles["slug"], articles["outlet"]))
    assert accounts["04_daxianggonghui_pork_price"] == "大象公会"
    assert accounts["20_wechat_qzfb_folic_acid"] == "衢州妇保"
    assert accounts["22_fudan_shenzhen_stats_1998_gbk"] == "深圳特区报"
    assert (articles["n_body_chars"] > 300).all()
    # The statistics bulletin is the figure-dense one.
    assert articles.set_index("slug")["n_quantities"].idxmax() == "22_fudan_shenzhen_stats_1998_gbk"


def test_comparison_from_the_tables_the_dataset_read_equals_reading_the_folders(corpus_run):
    """A batch hands the comparison the tables it read back for the dataset instead of reading each
    folder twice: the comparison must come out the same as from the folders themselves."""
    from zhnews.article_tables import read_folder
    from zhnews.corpus import compared_tables, corpus_tables

    _, out, _ = corpus_run
    folders = sorted(p for p in out.iterdir() if p.is_dir() and p.name != "_corpus")
    handed = corpus_tables(folders, {folder: compared_tables(folder, read_folder(folder)) for folder in folders})
    read = corpus_tables(folders)
    assert handed.keys() == read.keys()
    for name in read:
        pd.testing.assert_frame_equal(handed[name], read[name], check_exact=True)
    assert handed["articles"]["n_quantities"].sum() > 0  # not two empty tables


def test_compare_notebook_runs_on_the_corpus_tables(corpus_run, tmp_path):
    import papermill

    _, out, _ = corpus_run
    work = tmp_path / "_corpus"
    shutil.copytree(out / "_corpus", work)
    papermill.execute_notebook(
        str(NOTEBOOKS / "05_compare.ipynb"), str(tmp_path / "05_compare.ipynb"),
        parameters={"corpus_dir": str(work)}, kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOKS),
    )
    for chart in ("keyword_overlap", "sentiment_by_article", "quantities_by_article", "shared_entities"):
        assert (work / "charts" / f"{chart}.png").exists(), chart


def test_outputs_do_not_depend_on_parallelism(corpus_dir, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in SOME_ARTICLES:
        shutil.copy(corpus_dir / name, folder)
    for jobs in ("1", "2"):
        assert run_cli(folder, "--out", tmp_path / f"jobs{jobs}", "--tables-only", "--jobs", jobs).returncode == 0
    # Parquet too: a float summed in a different order (a set iterated under another string hash)
    # shows there in the last bit before the CSV's six digits hide it.
    tables = sorted(p.relative_to(tmp_path / "jobs1") for p in (tmp_path / "jobs1").rglob("*")
                    if p.suffix in {".csv", ".parquet"})
    assert len(tables) > 2 * 3 * 10
    for table in tables:
        assert (tmp_path / "jobs1" / table).read_bytes() == (tmp_path / "jobs2" / table).read_bytes(), table


def test_shared_actors_merge_scripts_and_latin_case():
    """中國 in a Traditional article and 中国 in a Simplified one are one actor, as are DeepSeek/deepseek."""
    from zhnews.corpus import shared_entities

    entities = pd.DataFrame({
        "slug": ["hant", "hant", "hans", "hans"],
        "entity": ["中國", "DeepSeek", "中国", "deepseek"],
        "type": ["place", "product", "place", "product"],
        "count": [3, 2, 5, 1],
    })
    matrix = shared_entities(entities)
    assert matrix.to_dict("index") == {"中国 / 中國": {"hans": 5, "hant": 3}, "DeepSeek / deepseek": {"hans": 1, "hant": 2}}


def test_shared_actors_merge_listed_aliases():
    """data/lexicon/actor_aliases.tsv: Liang Wenfeng is 梁文锋, 北大 is 北京大学."""
    from zhnews.corpus import shared_entities

    entities = pd.DataFrame({
        "slug": ["en", "zh", "zh", "hant"],
        "entity": ["Liang Wenfeng", "梁文锋", "北大", "北京大學"],
        "type": ["person", "person", "organisation", "organisation"],
        "count": [2, 4, 1, 3],
    })
    matrix = shared_entities(entities)
    assert matrix.to_dict("index") == {
        "梁文锋 / Liang Wenfeng": {"en": 2, "hant": 0, "zh": 4},
        "北京大学 / 北京大學 / 北大": {"en": 0, "hant": 3, "zh": 1},
    }


def test_compare_without_a_folder_run_names_the_command(tmp_path):
    from zhnews.corpus import open_corpus

    with pytest.raises(FileNotFoundError, match="make report ARTICLE=data/articles/"):
        open_corpus(tmp_path / "_corpus")
