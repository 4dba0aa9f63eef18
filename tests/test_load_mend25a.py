"""Round 24 (mend25a): the loader's misses on fresh23.

* Hugo's front matter in TOML (``+++`` / ``title = '…'`` / ``date = 2025-03-01T12:43:34+08:00`` / ``+++``, fresh23
  740-742, the default of ``hugo new``) and in JSON (a lone ``{`` … ``}``) gives the title, date and author as a YAML
  block does, and none of its lines is text.
* A WeChat page pasted under it: the header's place of posting (``*2025年02月18日 08:30* *上海*``, WeChat's IP属地)
  names no outlet; the card of the account a post is shared from under WeChat's English note (``The following
  article is from 财经天下WEEKLY Author 财经天下``), its name and dot on one line (``**财经天下WEEKLY**.``) and its
  signature, is furniture, as under the Chinese note; the reader group's name line and a member count after the
  article (``/ FBIF食品微信群 /``, ``30w+食品人已加入!``) are a join prompt.

The FBIF excerpts are fresh23 740's lines as written; the other articles are made up (names, places, dates invented)
in the same shapes. Near-misses: a paragraph under the note that only starts with the account's name, a YAML block
and a +++ that closes nothing, a group named in a sentence, a name after a date line that is a paper's.
"""

from conftest import load_text

from zhnews.load import markdown

HEADLINE = "城西新建两座口袋公园本月开放"
LEAD = "城西区新建的两座口袋公园将于本月中旬向市民开放，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
SECOND = "区园林局负责人介绍，两座公园的绿化以本地树种为主，并配建了公共卫生间和直饮水点，方便周边居民使用。"
THIRD = "据了解，今年全区还将新建口袋公园六座，进一步提升居民出门见绿的便利程度，让更多市民就近享受休闲空间。"
BODY = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"


def body_texts(article) -> list[str]:
    table = article.paragraphs
    return list(table.loc[table["role"] == "body", "text"])


# ------------------------------------------------------------------------------------ front matter in TOML and JSON

# fresh23 740's front matter as written.
FBIF_TOML = """+++
title = '古茗上市：走不进上海的茶饮'
date = 2025-03-01T12:43:34+08:00
draft = false
author = "simons"
categories = ["商业案例", "新消费", "茶饮行业"]
tags = ["古茗", "下沉市场", "加盟模式", "茶饮上市", "蜜雪冰城", "地域加密", "喜茶", "行业分析"]
description = "本文以新茶饮品牌古茗赴港上市为引，剖析了其依靠绝对加盟模式与‘地域加密’策略，在蜜雪冰城之外的下沉市场成长为行业第二的商业逻辑。"
+++

"""


def test_toml_front_matter_gives_title_and_date_and_is_no_text(tmp_path):
    article = load_text(tmp_path, "guming.md", FBIF_TOML + BODY)
    meta = article.meta
    assert (meta["title"], meta["title_source"]) == ("古茗上市：走不进上海的茶饮", "front matter title:")
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2025-03-01", "front matter date:")
    assert body_texts(article) == [LEAD, SECOND, THIRD]
    assert not any("description" in text or "draft" in text for text in article.paragraphs["text"])


def test_toml_front_matter_arrays_strings_and_tables():
    lines = ['+++', 'title = """城西新建两座口袋公园"""', "authors = ['王小明', '李华']", 'publishDate = 2024-05-06',
             '[params]', 'author = "theme"', '+++', '', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["author"], front["publish_date"]) == ("城西新建两座口袋公园", "王小明、李华", "2024-05-06")
    assert front["title_line"] == 2 and body_start == 7  # [params] is the theme's table: its author: is no writer


def test_toml_block_with_a_slip_is_read_line_by_line():
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'date = 2024-05-06', 'summary = 没有引号的摘要', '+++', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["publish_date"], body_start) == ("城西新建两座口袋公园", "2024-05-06", 5)


def test_json_front_matter(tmp_path):
    text = ('{\n  "title": "城西新建两座口袋公园本月开放",\n  "date": "2024-05-06T09:00:00+08:00",\n'
            '  "authors": ["王小明"],\n  "draft": false,\n  "params": {"author": "theme"}\n}\n\n' + BODY)
    article = load_text(tmp_path, "park.md", text)
    meta = article.meta
    assert (meta["title"], meta["publish_date"], meta["author"]) == (HEADLINE, "2024-05-06", "王小明")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_plus_signs_closing_nothing_are_no_front_matter():
    lines = ['+++', 'title = "城西新建两座口袋公园"', '', LEAD, SECOND]
    assert markdown._front_matter(lines) == ({}, 0)


def test_brace_over_no_json_is_no_front_matter():
    lines = ['{', '这不是 JSON，只是一个花括号开头的段落', '}', LEAD]
    assert markdown._front_matter(lines) == ({}, 0)


def test_yaml_front_matter_unchanged():
    lines = ['---', 'title: "城西新建两座口袋公园"', 'date: 2024-05-06 09:00', 'author: 王小明', '---', '', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["publish_date"], front["author"], body_start) == ("城西新建两座口袋公园", "2024-05-06", "王小明", 5)
