"""The stage registry: one list gives the order, the tables, the notebooks and what each stage is handed."""

import pandas as pd

from zhnews import io, report, segment
from zhnews.paths import NOTEBOOKS, ROOT
from zhnews.stages import STAGES, context, run_tables

PORTAL_PAGE = ROOT / "tests" / "data" / "news_portal.html"


def test_the_pipeline_order_and_its_notebooks():
    assert [stage.name for stage in STAGES] == ["load", "keywords", "sentiment", "claims", "report"]
    assert all(stage.notebook_path.parent == NOTEBOOKS and stage.notebook_path.exists() for stage in STAGES)
    # The notebooks' numbers follow the pipeline, so the folder reads in the order the run executes.
    assert [stage.notebook for stage in STAGES] == sorted(stage.notebook for stage in STAGES)


def test_each_stage_writes_the_tables_it_declares(tmp_path):
    run_tables(ROOT / "data" / "articles" / "deepseek_sanlian.md", tmp_path)
    declared = {f"{table}.csv" for stage in STAGES for table in stage.tables}
    assert {p.name for p in tmp_path.glob("*.csv")} == declared
    assert set(report.report_tables(tmp_path)) == {name.removesuffix(".csv") for name in declared}


def test_a_stage_is_handed_the_articles_new_words_installed(tmp_path):
    run_tables(ROOT / "data" / "articles" / "deepseek_sanlian.md", tmp_path)
    segment.set_run_words({})
    assert "梁文峰" not in segment.cut("幻方量化创始人梁文峰说")  # jieba alone cuts the name apart
    ctx = context(tmp_path)
    found = io.read_table(tmp_path, "new_words")
    assert ctx.new_words == dict(zip(found["word"], found["tag"]))
    assert ctx.meta["outlet"] == "三联生活周刊"
    assert "梁文峰" in segment.cut("幻方量化创始人梁文峰说")
    segment.set_run_words({})


def test_an_article_run_after_another_gives_the_tables_of_a_fresh_run(tmp_path):
    """Caches and the run's words carry nothing from one article to the next in a worker process."""
    seed = ROOT / "data" / "articles" / "deepseek_sanlian.md"
    run_tables(seed, tmp_path / "first")
    run_tables(PORTAL_PAGE, tmp_path / "portal")
    run_tables(seed, tmp_path / "again")
    for stage in STAGES:
        for table in stage.tables:
            first = (tmp_path / "first" / f"{table}.csv").read_bytes()
            assert (tmp_path / "again" / f"{table}.csv").read_bytes() == first, table
    assert not pd.read_csv(tmp_path / "portal" / "paragraphs.csv").empty


def test_a_notebook_reads_its_stages_current_tables_back_and_recomputes_stale_ones(tmp_path, monkeypatch):
    """A full run computes the tables before the notebooks; a notebook's ``run`` then reads them back,
    but computes again once an input (here a word list) has changed."""
    from zhnews import keywords, stages

    article = tmp_path / "news.md"
    article.write_text((ROOT / "data" / "articles" / "deepseek_sanlian.md").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    run_tables(article, out)
    written = io.read_table(out, "keywords")

    def not_again(*args, **kwargs):
        raise AssertionError("keywords computed again from unchanged inputs")

    monkeypatch.setattr(keywords, "article_keywords", not_again)
    ctx = stages.open_run(article, out, stage="keywords")
    assert ctx.reuse == ("keywords", "entities", "cooccurrence", "new_words")
    pd.testing.assert_frame_equal(keywords.run(ctx)["keywords"], written)

    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    for path in stages.LEXICON.iterdir():
        (lexicon / path.name).write_bytes(path.read_bytes())
    with open(lexicon / "stopwords.txt", "a", encoding="utf-8") as words:
        words.write("梁文峰\n")
    monkeypatch.setattr(stages, "LEXICON", lexicon)
    assert stages.open_run(article, out, stage="keywords").reuse == ()


def test_the_load_notebook_reads_the_article_back_as_it_was_loaded(tmp_path):
    """In a full run 00_load reads meta.json and the paragraphs back instead of parsing the page again;
    what it shows (meta, paragraphs, the coverage of the page's text) is what the load computed."""
    from zhnews import load, stages

    loaded = run_tables(PORTAL_PAGE, tmp_path)
    ctx = stages.open_run(PORTAL_PAGE, tmp_path, stage="load")
    assert ctx.reuse == ("paragraphs", "sentences")
    shown = load.run(ctx)
    assert shown.meta == loaded.meta
    pd.testing.assert_frame_equal(shown.paragraphs, loaded.paragraphs)
    assert shown.coverage == loaded.coverage and shown.coverage.ratio == 1
