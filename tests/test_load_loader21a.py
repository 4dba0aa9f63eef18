"""Round 21 (loader21a): metadata from the containers and signatures that recur across exporters and outlets. The
article text is quoted from seen articles (split/file named); the containers' and credits' shapes are those the
exporters write (named at each test); expectations written by hand."""

import json

import pytest
from conftest import load_text

from zhnews.load import records
from zhnews.load.meta import clean_names, clean_outlet

# fresh3 113 (a 三言Pro post clipped by Cubox, askfanxiaojun/Cubox): three sentences of its body.
JIALING_BODY = [
    "北京文化公告中指出，《你好，李焕英》已经委托第三方公司进行保底发行，保底票房收入为15亿元。",
    "目前，《你好，李焕英》这部电影票房早已超过15亿元，因此保底方已经\"稳了\"。",
    "但问题是如果贾玲的大碗娱乐不是保底方，那意味着票房越高，则贾玲收益就越少。",
]
HEADLINE = "贾玲能从《你好，李焕英》中赚多少钱？"


def _markdown(*head: str, tail: tuple = ()) -> str:
    return "".join(f"{line}\n\n" for line in (f"# {HEADLINE}", *head, *JIALING_BODY, *tail))


# ---------------------------------------------------------------------------------------------- record keys

def test_a_wechat_exporters_record_gives_its_account_title_and_unix_time(tmp_path):
    # The article record a WeChat RSS bridge imports and exports (We-MP-RSS's article cache: mp_name, mp_signature,
    # article_title, article_publish_time in Unix seconds, article_url, article_content as HTML). 1613404800 is
    # 2021-02-15 16:00 UTC, the 16th in China.
    record = {"mp_name": "三言Pro", "mp_signature": "科技与商业", "article_title": HEADLINE,
              "article_publish_time": 1613404800, "article_url": "https://mp.weixin.qq.com/s/abc",
              "article_content": "".join(f"<p>{sentence}</p>" for sentence in JIALING_BODY)}
    article = load_text(tmp_path, "record.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["title"] == HEADLINE
    assert article.meta["outlet"] == "三言Pro"
    assert article.meta["outlet_source"] == "json record field mp_name"
    assert article.meta["publish_date"] == "2021-02-16"
    assert article.meta["author"] is None


@pytest.mark.parametrize("key, field", [
    # the account's name as WeChat's page and API (nickname), exporters (mp_name, account_name) and archives
    # (biz_name beside the __biz id) write it
    ("nickname", "outlet"), ("mp_name", "outlet"), ("account_name", "outlet"), ("biz_name", "outlet"),
    # a key that opens with the record's own noun names the record's field: the article's title, not its text
    ("article_title", "title"), ("article_publish_time", "publish_date"), ("article_content", "body"),
    ("article_url", "url"),
    # WeChat's content_source_url (阅读原文's address): its words name three fields, so none
    ("content_source_url", ""),
])
def test_a_record_key_of_a_wechat_exporter_names_its_field(key, field):
    assert records._key_kind(key)[0] == field


# ---------------------------------------------------------------------------------------------- source lines

def test_a_clipped_posts_source_line_names_the_account_after_the_platform_and_a_dash(tmp_path):
    # An agent's note on a clipped WeChat post (a public notes repository): > 来源：微信公众号 - One的AI工具箱 /
    # > 链接：… / > 作者：One 掌柜 / > 日期：2026年5月13日 over the text.
    article = load_text(tmp_path, "note.md", _markdown(
        "> 来源：微信公众号 - One的AI工具箱  \n> 链接：https://mp.weixin.qq.com/s/LFgSqDoW06IiL76Ox8pJCA  \n"
        "> 日期：2026年5月13日"))
    assert article.meta["outlet"] == "One的AI工具箱"
    assert article.meta["publish_date"] == "2026-05-13"


@pytest.mark.parametrize("line, outlet, date", [
    ("来源：微信公众号 三言Pro", "三言Pro", None),
    ("来源：微信公众号 三言Pro，2021-02-16", "三言Pro", "2021-02-16"),
    ("来源：三言Pro，2021-02-16", "三言Pro", "2021-02-16"),
    ("来源：微信公众号 2021-02-16", None, "2021-02-16"),  # the platform and a date: no account named
])
def test_a_source_line_standing_alone_names_the_account_and_the_date_after_it(tmp_path, line, outlet, date):
    # the same 来源 field as a line of its own under the headline, no header block around it
    article = load_text(tmp_path, "line.md", _markdown(line))
    assert article.meta["outlet"] == outlet
    assert article.meta["publish_date"] == date


def test_a_bracketed_source_closing_the_text_names_the_account_after_the_platform(tmp_path):
    article = load_text(tmp_path, "closing.md", _markdown(tail=("（来源：微信公众号 三言Pro）",)))
    assert article.meta["outlet"] == "三言Pro"


@pytest.mark.parametrize("value, outlet", [
    ("国家统计局；", "国家统计局"),  # tune 04 (大象公会): 来源：国家统计局； under a chart, its semicolon no part of the name
    ("大众日报）", "大众日报"),  # dev6 288: （来源：大众日报） when the cut leaves only the closing bracket
    ("（大众日报", "大众日报"),
    ("微信公众号 - 三言Pro", "三言Pro"),
    ("()", None),  # brackets with nothing in them name no outlet
    ("财新《新世纪》", "财新《新世纪》"),  # a bracket whose twin is in the name stays
])
def test_an_outlet_never_opens_or_ends_with_a_loose_mark(value, outlet):
    assert clean_outlet(value) == outlet


# ---------------------------------------------------------------------------------------------- credits

def test_a_writers_and_editors_credit_in_brackets_under_the_headline_names_the_writer(tmp_path):
    # the credit Reuters' and BBC's Chinese services close a story with (发稿 X; 审校 Y, （撰稿：X 责编：Y）), set under
    # the headline instead: the writer is the author, the editor is not
    article = load_text(tmp_path, "credit.md", _markdown("（撰稿：王晓雨 责编：李明）"))
    assert article.meta["author"] == "王晓雨"


@pytest.mark.parametrize("line", ["特约撰稿人 王晓雨", "文｜特约撰稿人 王晓雨", "撰稿人：王晓雨"])
def test_a_contributing_writers_credit_names_the_writer(tmp_path, line):
    article = load_text(tmp_path, "contributor.md", _markdown(line))
    assert article.meta["author"] == "王晓雨"


def test_the_whole_role_word_is_cut_from_a_contributors_name():
    # 撰稿 alone would leave the 人 of 撰稿人 glued to the name (人王晓雨)
    assert clean_names("特约撰稿人王晓雨") == "王晓雨"
    assert clean_names("南方周末特约撰稿 王晓雨") == "王晓雨"


def test_a_columnists_bio_box_names_the_writer_not_her_description(tmp_path):
    # the words after the name describe her: 经济学家 is no second writer
    article = load_text(tmp_path, "bio.md", _markdown(tail=("作者简介：王晓雨，经济学家，某某研究院研究员。",)))
    assert article.meta["author"] == "王晓雨"
    assert clean_names("王晓雨，经济学家") == "王晓雨"


# ---------------------------------------------------------------------------------------------- front matter

def test_a_front_matter_value_written_as_a_yaml_block_scalar_is_the_line_under_its_key(tmp_path):
    # fresh16 510 (a WeChat post saved by Omnivore into a Quartz site, neowang0122/neowang0122.github.io): every
    # field is a block scalar (title: | and the headline indented on the next line)
    text = ("---\nid: 8c176595-8429-4638-80eb-77101027f960\ntitle: |\n  万科重返北京拍地之日，碧桂园已无力支付利息\n"
            "author: |\n  一棵青木\ndraft: true\n---\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY))
    article = load_text(tmp_path, "510.md", text)
    assert article.meta["title"] == "万科重返北京拍地之日，碧桂园已无力支付利息"
    assert article.meta["title_source"] == "front matter title:"
    assert article.meta["author"] == "一棵青木"


def test_an_exporters_placeholder_for_a_missing_author_names_no_one(tmp_path):
    # fresh16 511 (the same Omnivore vault, a 东方财富网 page): author: |⏎  unknown, Omnivore's empty slot
    text = ("---\ntitle: |\n  室温超导火了！概念股狂涨 多家公司回应相关业务 _ 东方财富网\nauthor: |\n  unknown\n---\n\n"
            + "".join(f"{p}\n\n" for p in JIALING_BODY))
    article = load_text(tmp_path, "511.md", text)
    assert article.meta["author"] is None


@pytest.mark.parametrize("value", ["unknown", "None", "null", "NaN", "undefined", "暂无"])
def test_a_placeholder_is_no_name_and_no_outlet(value):
    # the words exporters, pandas and JavaScript write for a missing value
    assert clean_names(value) is None
    assert clean_outlet(value) is None
