"""Meta shapes from the round-16 mini-gold sweep (loader16a): files of repositories the project had not read, whose
title, outlet, author and date were written down by hand before zhnews ran on them. Each file or excerpt is in
tests/data/sweep16a with its row (repo, path, commit) in tests/data/SOURCES.tsv.
"""

from pathlib import Path

from conftest import role_holding, role_of
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep16a"


def test_a_section_heading_under_paragraphs_of_text_is_no_headline():
    # awesome-tips/mp-articles 2019/1/content.md (first lines): a translated tutorial that shows no headline (the
    # title is only in its folder's name): | 作者：Audrey Tam, three short paragraphs, then "## 开始".
    article = load_article(SWEEP / "awesome_tips_coreml_translation_excerpt.md")
    assert article.meta["title"] is None
    assert article.meta["author"] == "Audrey Tam"
    assert role_of(article, "开始")[0] == "body"


def test_one_paragraph_of_sentences_above_a_second_level_heading_is_enough():
    # awesome-tips/mp-articles 2019/26/content.md (first lines): 有个朋友问了我一个问题: / a quote / one paragraph
    # ending 。 / "## 思路分析 与 代码实践", the first section's heading.
    article = load_article(SWEEP / "awesome_tips_wkwebview_post_excerpt.md")
    assert article.meta["title"] is None


def test_a_byline_glued_before_the_edition_line_names_writer_paper_and_day():
    # leeperfect/PeopleDailyMaterial data/vault/2025/03/2025-03-01/04-要闻/为规范非遗市场不断探索….md (first lines): an
    # Obsidian vault export of 人民日报, the quoted line under the headline "> 本报记者  朱  磊《人民日报》（2025年03月01日第 04 版）".
    article = load_article(SWEEP / "peopledaily_vault_byline_on_edition_line_excerpt.md")
    assert article.meta["outlet"] == "人民日报"
    assert article.meta["outlet_source"].startswith("edition line")
    assert article.meta["author"] == "朱磊"
    assert article.meta["publish_date"] == "2025-03-01"


def test_the_edition_line_alone_gives_the_writers_without_front_matter(tmp_path):
    # The same vault's 湖南大力实施产业育新培强攻坚….md, its headline and edition line as the vault writes them, the
    # front matter left out (first paragraph): two writers, the second's two-character name padded with spaces.
    path = tmp_path / "hunan.md"
    path.write_text("# 湖南大力实施产业育新培强攻坚（坚定信心，打开改革发展新天地）\n\n"
                    "> 本报记者  吴齐强  颜  珂《人民日报》（2025年03月01日第 01 版）\n\n"
                    "开年即满产——湖南长沙市比亚迪汽车有限公司总装车间产线上，搭载新型智驾系统的一款新能源汽车正满负荷生产。\n",
                    encoding="utf-8")
    article = load_article(path)
    assert (article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == ("人民日报", "吴齐强、颜珂", "2025-03-01")


def test_a_closing_excerpt_note_naming_another_paper_is_no_body():
    # leeperfect/PeopleDailyMaterial data/vault/2025/06/2025-06-10/05-评论/一句话里的科学家精神（纵横）.md (whole file):
    # "陈  宁《人民日报》（2025年06月10日第 05 版）" under the headline, "（摘编自《浙江日报》）" closing the column.
    article = load_article(SWEEP / "peopledaily_vault_column_reprint.md")
    assert role_of(article, "（摘编自《浙江日报》）")[0] == "boilerplate"
    assert article.meta["outlet"] in ("浙江日报", "人民日报")
    assert article.meta["author"] == "陈宁"


def test_a_wechat_editor_fragment_gives_its_large_type_headline_and_no_date_from_its_story():
    # MingweiChen/wechat-articles 2025-05-16/ibm-fdu-layoff-wechat.html (whole file): a post as WeChat's editor takes
    # it, a <section> with no <html> or <title>. The opening card: a 15px kicker "💼 职场预警", the 24px headline
    # broken by <br> into "裁员狼真的来了！" / "IBM发布"6人大招"，替代30人团队", a 14px subtitle; body text 16px.
    # The only dates are the story's ("2026年5月14日，IBM Consulting发布了…", "官方公告（2026.05.14）"): no publication date.
    article = load_article(SWEEP / "wechat_editor_fragment_ibm_fdu.html")
    assert "".join(article.meta["title"].split()) == '裁员狼真的来了！IBM发布"6人大招"，替代30人团队'
    assert role_of(article, "💼 职场预警")[0] != "title"
    assert article.meta["publish_date"] is None
    assert (article.meta["outlet"], article.meta["author"]) == (None, None)


def test_a_closing_list_of_several_sources_names_no_outlet():
    # MingweiChen/wechat-articles 2026-05-12/06-trump-china-ceo-delegation-wechat.html (whole file): the same editor's
    # fragment ends "信息来源：Bloomberg, Reuters, CNBC, CBS News", the wires the post drew on; its 28px headline is
    # "访华CEO名单揭晓".
    article = load_article(SWEEP / "wechat_editor_fragment_ceo_delegation.html")
    assert article.meta["outlet"] is None
    assert role_of(article, "信息来源：Bloomberg, Reuters, CNBC, CBS News") == ("boilerplate", "source_note")
    assert article.meta["title"] == "访华CEO名单揭晓"


def test_a_photo_report_credit_names_its_reporters():
    # leeperfect/PeopleDailyMaterial data/vault/2025/06/2025-06-10/04-要闻/河南小麦大规模机收基本结束.md (whole file): a
    # 人民日报 photo story closing "朱佩娴  霍亚平摄影报道" under its caption (图为近日，…); front matter author "".
    article = load_article(SWEEP / "peopledaily_vault_photo_report.md")
    assert article.meta["author"] == "朱佩娴、霍亚平"
    assert role_holding(article, "朱佩娴  霍亚平摄影报道")[0] == "byline"
