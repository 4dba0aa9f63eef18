"""The default article (a WeChat markdown backup of a 三联生活周刊 piece), checked against a reading of it."""

import re

import pytest

from zhnews.load import load_article, run
from zhnews.stages import context

MARKUP = re.compile(r"https?:|!\[|\]\(|\*\*|&from|&wx|wx_fmt|mmbiz|javascript")


@pytest.fixture(scope="module")
def seed(seed_path):
    return load_article(seed_path)


def texts(article, role, kind=None):
    table = article.paragraphs
    rows = table[(table.role == role) & ((table.kind == kind) if kind else True)]
    return rows.text.tolist()


def test_meta(seed):
    meta = seed.meta
    assert meta["title"] == "DeepSeek全球爆火“掀翻”美股，会是改变中国经济的国之重器吗？"
    assert meta["author"] == "谢九"
    assert meta["outlet"] == "三联生活周刊"
    assert meta["publish_date"] is None  # the backup carries no date
    assert meta["format"] == "markdown" and meta["encoding"] == "utf-8" and meta["language"] == "zh-Hans"
    assert len(meta["sha256"]) == 64 and meta["n_paragraphs"] == len(seed.paragraphs)


def test_columns_and_types(seed):
    table = seed.paragraphs
    assert list(table.columns) == ["para_id", "role", "kind", "text", "text_zhs", "bold", "n_chars", "source_line", "reason"]
    assert table.para_id.tolist() == list(range(len(table)))
    assert (table.n_chars == table.text.str.len()).all()
    assert (table.text_zhs.str.len() == table.text.str.len()).all()
    assert table.bold.between(0, 1).all() and (table.source_line >= 1).all()
    assert set(table.role) <= {"title", "byline", "body", "caption", "boilerplate"}
    assert (table.reason != "").all()


def test_coverage_is_complete_without_duplication(seed):
    assert seed.coverage.ratio == 1.0, seed.coverage.missing
    assert seed.coverage.missing == []
    assert seed.coverage.n_paragraph_chars == seed.coverage.n_content_chars


def test_captions(seed):
    assert texts(seed, "caption", "image_credit") == ["图｜视觉中国", "图｜视觉中国"]
    assert texts(seed, "caption", "image_caption") == ["1月20日，梁文峰参加总理座谈会"]


def test_glued_caption_split_from_the_next_paragraph(seed):
    body = texts(seed, "body")
    assert any(text.startswith("量化投资的优势在于，通过计算机收集市场上的海量信息") for text in body)
    assert not any("座谈会" in text for text in body)


def test_credit_glued_to_bold_paragraph(seed):
    assert any(text.startswith("而更让人吃惊的是，DeepSeek以极低的成本实现了最顶尖的性能。") for text in texts(seed, "body"))


def test_first_and_last_body_sentence(seed):
    body = texts(seed, "body")
    assert body[0].startswith("最近，中国的AI工具DeepSeek横空出世")
    assert body[-1].endswith("中国经济也就看到了希望的春天。")


def test_sentence_around_bold_runs_is_whole(seed):
    sentence = "几天之内，DeepSeek在美国应用商店的下载排名高居第一，超越了AI届的头号老大ChatGPT。"
    assert sum(sentence in text for text in texts(seed, "body")) == 1


def test_image_between_sentences_starts_a_new_paragraph(seed):
    assert any(text.startswith("在美国的围堵战略下，中国经济的未来可能面临两种路径") for text in texts(seed, "body"))


def test_boilerplate_kinds(seed):
    kinds = set(seed.paragraphs.loc[seed.paragraphs.role == "boilerplate", "kind"])
    assert {"nav", "source_note", "original_statement", "cta", "editor_credit", "recruit", "copyright", "related"} <= kinds
    assert texts(seed, "boilerplate", "nav") == ["返回列表页"]
    assert "“点赞”“在看”，让更多人看到" in texts(seed, "boilerplate", "cta")
    assert texts(seed, "boilerplate", "editor_credit") == ["排版、审核：同同"]
    assert "招聘｜实习生、撰稿人" in texts(seed, "boilerplate", "recruit")
    assert "未经许可，严禁复制、转载、篡改或再发布。" in texts(seed, "boilerplate", "copyright")
    assert texts(seed, "boilerplate", "related") == ["大家都在看"]
    assert "本文为「三联生活周刊」原创内容" in texts(seed, "boilerplate", "original_statement")


def test_byline_and_title_rows(seed):
    assert texts(seed, "title") == ["DeepSeek全球爆火“掀翻”美股，会是改变中国经济的国之重器吗？"]
    assert texts(seed, "byline", "author") == ["文｜谢九"]


def test_no_markup_in_body_or_captions(seed):
    table = seed.paragraphs
    for text in table[table.role.isin(["body", "caption", "title"])].text:
        assert not MARKUP.search(text), text
    boilerplate = " ".join(texts(seed, "boilerplate"))
    assert "点赞" not in " ".join(texts(seed, "body")) and "点赞" in boilerplate


def test_lexicon_reason_is_recorded(seed):
    table = seed.paragraphs
    assert table.loc[table.text == "返回列表页", "reason"].iloc[0].startswith("lexicon: ")
    assert (table.loc[table.kind == "text", "reason"] == "default").all()


def test_deterministic(seed_path, seed):
    again = load_article(seed_path)
    assert again.paragraphs.equals(seed.paragraphs) and again.meta == seed.meta


def test_run_writes_meta_and_tables(seed_path, tmp_path):
    import json

    article = run(context(tmp_path, seed_path))
    meta = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    assert meta["title"] == article.meta["title"] and meta["coverage"] == 1.0
    for name in ("paragraphs", "sentences"):
        assert (tmp_path / f"{name}.csv").exists() and (tmp_path / f"{name}.parquet").exists()
