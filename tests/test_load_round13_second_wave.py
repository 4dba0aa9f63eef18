"""Round 13, second wave (loader13c): shapes the round's sweeps found the loader still broke. A JSON record whose
longest list holds dated items (a news API's answer, a mock database) is many articles, refused like a feed; a
line opened by the ideographic paragraph indent 　　 starts a paragraph, so a 原标题：… line no longer swallows the
story's first sentence; a source note set whole in square brackets ([编译自：…，来源：…]) and a WeChat repost's
原文标题：《…》 are no body.

Files in tests/data/extra/sweep13_* come from repositories swept this round, named with repository, path and commit
in tests/data/SOURCES.tsv; expected values are read off the files by hand.
"""

import json
from pathlib import Path

import pytest

from conftest import body
from zhnews.errors import ArticleError
from zhnews.load import load_article

EXTRA = Path(__file__).parent / "data" / "extra"


@pytest.mark.parametrize("name", [
    # var news = {reason: "成功的返回", result: {stat: "1", data: [{date, img, source, topic, url}, … 18 items]}}:
    # it used to load as one article of a single body line.
    "sweep13_ydl_news_list.js",
    # {"zhongzhuanshuju": [11 rows with riQi], "zhanshishuju": [18 rows], …}: the longest table is named.
    "sweep13_xinwenxitong_dbs.json",
])
def test_a_record_holding_a_list_of_dated_items_is_refused_as_many_items(name):
    with pytest.raises(ArticleError, match=r"18 items, not one article \(cut one out to load it\)"):
        load_article(EXTRA / name)


def test_one_row_cut_out_of_the_database_with_its_dated_comments_is_one_article(tmp_path):
    # What the refusal asks the user to do: one news row of the same file, carrying the file's five dated
    # comments (shijian 2026-06-19T07:36:56.597Z …) as a list. Its body lies outside that list: one article.
    tables = json.loads((EXTRA / "sweep13_xinwenxitong_dbs.json").read_text(encoding="utf-8"))
    row = dict(tables["zhongzhuanshuju"][0], pinglunlist=tables["pinglunlist"])
    path = tmp_path / "row.json"
    path.write_text(json.dumps(row, ensure_ascii=False, indent=2), encoding="utf-8")
    article = load_article(path)
    assert any(text.startswith("近年来，随着城市化进程加快，老旧小区设施老化") for text in body(article))
    assert article.coverage.ratio == 1.0


def test_an_original_title_line_above_an_indented_story_keeps_the_story_as_body():
    # 原标题：达拉斯中国公民遭入室行凶一死一伤 中领馆促破案
    # 　　中国侨网9月23日电 据中国驻美国休斯敦总领馆网站消息，…
    # The headline ends with no mark, so the two lines were joined as a wrapped line and the story's first
    # sentence went into the original_title paragraph; once in the markdown, once inside the digest's HTML <p>.
    article = load_article(EXTRA / "sweep13_digest_original_title_indent.md")
    paragraphs = article.paragraphs
    titles = paragraphs.loc[paragraphs["kind"] == "original_title", "text"].tolist()
    assert titles == ["原标题：达拉斯中国公民遭入室行凶一死一伤 中领馆促破案"] * 2
    opening = [text for text in body(article) if text.startswith("中国侨网9月23日电 据中国驻美国休斯敦总领馆网站消息")]
    assert len(opening) == 2
    assert article.coverage.ratio == 1.0


def test_a_source_note_in_square_brackets_is_no_body():
    # The cnBeta story's last line: [编译自：TechReport，来源：Microsoft]
    article = load_article(EXTRA / "sweep13_cnbeta_bracketed_source_note.sql")
    paragraphs = article.paragraphs
    note = paragraphs.loc[paragraphs["text"] == "[编译自：TechReport，来源：Microsoft]"]
    assert note[["role", "kind"]].values.tolist() == [["boilerplate", "source_note"]]
    assert body(article)[-1].startswith("双方均已意识到、并且正在制作一个更新")


def test_a_wechat_reposts_original_title_line_is_no_body():
    # 原文标题：《“甜宠网文”宇宙里，那些不能触碰的规则》 under the 授权转载 note of a WeChat repost (wechatscope,
    # Vista看天下) was the first body paragraph; 原文标题 says what 原标题 says.
    article = load_article(Path(__file__).parent / "data" / "sweep13" / "wechatscope_repost_original_title_excerpt.txt")
    paragraphs = article.paragraphs
    note = paragraphs.loc[paragraphs["text"] == "原文标题：《“甜宠网文”宇宙里，那些不能触碰的规则》"]
    assert note[["role", "kind"]].values.tolist() == [["boilerplate", "original_title"]]
    assert body(article)[-1].startswith("有些“毒点”是不能碰的。")
