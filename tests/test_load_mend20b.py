"""Mend after fresh19's scoring (mend20b): loader chrome and captions of fresh19, fixed by class. Provenance of the
articles in data/eval/fresh19/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import body, load, load_text, role_of, shared_or_skip

# fresh8 321 (a WeChat review of Omnivore, 微客笔记): each screenshot labelled 图一：初见, 图二：稍详细的介绍 ...; the
# article's lines are mostly list items and headings with no sentence end, so "a short unfinished line" tells nothing.
NUMBERED_FIGURES = """# Omnivore：一个开源的稍后读工具

## 一、初识

Omnivore是一个开源的稍后读工具，可以保存网页、邮件订阅和PDF。

![](https://example.org/1.png)

图二：稍详细的介绍

* 支持网页剪藏和邮件订阅的稍后读工具
* 支持高亮和笔记并可同步到Obsidian和Logseq

## 二、使用

* 注册之后可以在浏览器插件中一键保存文章链接
* 手机客户端也可以通过分享菜单保存网页

表1. 几款稍后读工具的功能对比

![](https://example.org/2.png)
"""


def test_a_numbered_figure_or_table_label_is_a_caption_in_an_article_of_unpunctuated_lines(tmp_path):
    article = load_text(tmp_path, "321.md", NUMBERED_FIGURES)
    assert role_of(article, "图二：稍详细的介绍")[0] == "caption"
    assert role_of(article, "表1. 几款稍后读工具的功能对比")[0] == "caption"
    assert "支持网页剪藏和邮件订阅的稍后读工具" in body(article)


def test_figure_labels_of_a_wechat_research_post_are_captions():
    # fresh19 623 (HEMLab's post on a flood forecasting paper): 图1. 洪水预报系统框架 under its picture, 表1. … over a table.
    article = load(shared_or_skip("fresh19", "copy fresh19 into shared/"), "623_md_wechat_hemlab_flood_forecast_wrr.md")
    assert role_of(article, "图1. 洪水预报系统框架") == ("caption", "image_caption")
    assert role_of(article, "图2. 不同时段的洪水淹没深度及范围预报")[0] == "caption"
    assert role_of(article, "表1. Carlisle市中心区域的淹没范围预报表现(基于10m×10m网格)")[0] == "caption"


def test_a_sentence_about_a_numbered_figure_stays_body(tmp_path):
    article = load_text(tmp_path, "fig.md", "![](https://example.org/1.png)\n\n图1显示，该系统提前34小时发布了淹没预报。\n\n"
                        "表2：各流域的预报表现均优于基准模型，误差下降了三成。\n")
    assert "图1显示，该系统提前34小时发布了淹没预报。" in body(article)
    assert "表2：各流域的预报表现均优于基准模型，误差下降了三成。" in body(article)
