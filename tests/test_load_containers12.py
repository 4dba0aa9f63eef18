"""Record containers of round 12's sweep (zhnews/load/records.py, zhnews/load/containers.py): one article stored as
named fields in shapes no eval split had, read by the general rules (key vocabulary by its words, value shapes,
JavaScript literals, JSON Lines, SQL rows, a feed of one item), and the files that hold no article refused in one line.

Each file in tests/data/containers12/ is a record cut from a public repository's file (tests/data/SOURCES.tsv names
repository, path and commit); expected values are read off the file by hand.
"""

from pathlib import Path

import pytest

from conftest import body, role_of
from zhnews.errors import ArticleError
from zhnews.load import load_article, records

DATA = Path(__file__).parent / "data" / "containers12"


def _load(name):
    return load_article(DATA / name)


def _texts(article, role):
    return article.paragraphs.loc[article.paragraphs["role"] == role, "text"].tolist()


def test_compound_keys_name_their_fields_and_a_comment_is_no_body():
    # Flutter-Track's mock of 澎湃 news: "news_title": "对话丨…", "news_time": "2022-02-13 10:30", "news_content": "2月12日，…",
    # "news_img": "https://…", "comment": [{"user": {"userName": "用户2"}, "comment": "还不错"}], "author": {"userName": "澎湃新闻"}.
    article = _load("thepaper_mock_news.json")
    assert article.meta["title"] == "对话丨在冬奥会当裁判的长沙体育老师：那是梦想成真的感觉"
    assert article.meta["title_source"] == "json record field news_title"
    assert article.meta["publish_date"] == "2022-02-13"
    text = "".join(body(article))
    assert text.startswith("2月12日，中国男子冰球队球员福帅打进一球") and "还不错" not in text and "用户2" not in text
    assert article.coverage.ratio == 1.0


def test_an_api_record_is_dated_by_published_at_and_its_picture_is_no_address():
    # NewsAPI: "url": "http://www.chinanews.com/gj/2021/05-18/9480369.shtml", "urlToImage": null, "publishedAt": "2021-05-18T15:47:53Z".
    article = _load("newsapi_chinanews.json")
    assert article.meta["publish_date"] == "2021-05-18"
    assert article.meta["publish_date_source"] == "json record field publishedAt"
    assert article.meta["outlet"] == "中国新闻网" and "urlToImage" not in article.meta["outlet_source"]
    assert body(article) == ["澳大利亚洛伊解读者网站5月11日发表澳大利亚国立大学宏观经济学教授德克·范·德·克莱的一篇文章称，"
                             "有重要研究证据表明，中国公司在全球新兴经济体实现了本地化。"]


def test_an_author_object_is_the_author_and_a_nested_objects_texts_are_not_the_body():
    # 掘金's API: "article_info": {"title": "Go 中实现用户的每日限额…", "brief_content": "本文主要讲解…", "content": "",
    # "ctime": "1641783617"}, "author_user_info": {"user_name": "万俊峰Kevin", "job_title": "技术副总裁", …},
    # "category": {"category_name": "后端", "ctime": 1457483880}, "tags": [{"tag_name": "Go", …}]
    article = _load("juejin_api_entry.json")
    assert article.meta["title"] == "Go 中实现用户的每日限额（比如一天只能领三次福利）"
    assert article.meta["author"] == "万俊峰Kevin" and "author_user_info" in article.meta["author_source"]
    assert article.meta["publish_date"] == "2022-01-10"  # the article's ctime (China time), not the category's
    assert body(article) == ["本文主要讲解固定时间窗口限流算法，使用场景比如： 每个手机号每天只能发5条验证码短信 "
                             "每个用户每小时只能连续尝试3次密码 每个会员每天只能领3次福利"]


def test_a_slug_under_a_titles_name_is_no_headline():
    # {"html": "<article><p>恭喜德约，金满贯了。网坛GOAT，费德勒球迷很羡慕。</p></article>", "title": "card-20240804230306", …},
    article = _load("card_post_slug_title.json")
    assert not article.meta["title"]
    assert body(article) == ["恭喜德约，金满贯了。网坛GOAT，费德勒球迷很羡慕。"]


def test_a_teaser_repeating_the_headline_without_the_sites_name():
    # "title": "两名泰国公民在巴以冲突中死亡 - 新华网", "description": "两名泰国公民在巴以冲突中死亡\r\n---以色列急救组织…"
    article = _load("newsapi_teaser_repeats_title.json")
    assert role_of(article, "两名泰国公民在巴以冲突中死亡") == ("boilerplate", "repeated_title")
    assert body(article)[0].startswith("---以色列急救组织“红色大卫盾”18日发表声明说")


@pytest.mark.parametrize("name", ["newsapi_no_text.json", "hot_list_entry.json", "sina_timeline_entry.json"])
def test_a_list_entry_without_text_is_refused_in_one_line(name):
    # description and content null, only "source": {"id": "google-news"}; a hot list's {id, title, cover, hot, url}:
    # an id or a picture's address is no body. A timeline entry's texts are another thing's (mediaInfo.description:
    # "《财经》秉承…", shareInfo.intro: "新浪新闻，24小时播报…"), a list of reasons ({"text": "标题党"}) or a time's
    # text (showTimeText: "5月12日 19:03"): none is the story's.
    with pytest.raises(ArticleError, match="no text in the record"):
        _load(name)


def test_a_javascript_object_with_bare_keys_and_single_quotes():
    # A mini program's data: {articleId: '0', author: 'Jack', time: '2天前', date: '2020-02-23', title: '最美的西湖', …,
    # content: "美丽的西湖, …", music: {title: '像鱼', …}}, — the list's comma kept after it.
    article = _load("miniprogram_record.js")
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "最美的西湖"  # the record's own title, not the nested music's (像鱼)
    assert article.meta["publish_date"] == "2020-02-23"
    assert body(article) == ["美丽的西湖, 总是给人一种心旷神怡的感觉 !"]


def test_a_module_of_many_records_is_refused_like_a_feed():
    # let articles = [{…最美的西湖…}, {…器宇非凡的飞鸟…}] module.exports = {articles: articles}
    with pytest.raises(ArticleError, match="2 records in one file"):
        _load("miniprogram_module.js")


def test_a_record_cut_from_a_list_with_its_comma():
    # {"title": "深圳地铁将设立VIP头等车厢 买双倍票可享坐票", "content": "南都讯 记者刘凡 …"},
    article = _load("record_cut_with_comma.json")
    assert article.meta["title"] == "深圳地铁将设立VIP头等车厢 买双倍票可享坐票"
    assert any("继推出日票后,深圳今后将设地铁VIP头等车厢" in text for text in body(article))
    assert not any('"content"' in text for text in article.paragraphs["text"])


def test_json_lines_of_one_record_read_as_one_article():
    # {"summarization":"每到冬至，…"} then {"article":"当我们在讨论冬令进补时，…"}: the summary is a teaser.
    article = _load("clts_sample.jsonl")
    text = "".join(body(article))
    assert text.startswith("当我们在讨论冬令进补时，你会想到什么？")
    assert "每到冬至，进补这件事就会被提上议程" not in text
    assert not any("summarization" in para or '"article"' in para for para in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


def test_an_sql_row_named_by_its_create_table():
    # CREATE TABLE `article` (`id` …, `title` …, `description` text, `content` text, `date` date, `image` …) and
    # INSERT INTO `article` VALUES ('7', '武汉环卫工高上元的抗疫日记——…', '<p>…</p>', '<p>…</p>', '2020-06-07', '….jpg', …);
    article = _load("article_row_with_schema.sql")
    assert article.meta["title"] == "武汉环卫工高上元的抗疫日记——“我只是做了应该做的事”"
    assert article.meta["publish_date"] == "2020-06-07"
    assert article.meta["publish_date_source"] == "sql record field date"
    assert "“很荣幸成为一名方舱志愿者”" in body(article)
    assert not any(text.endswith(".jpg") for text in body(article))
    assert article.coverage.ratio == 1.0


def test_an_sql_row_without_column_names_is_read_by_the_shape_of_its_values():
    # INSERT INTO `article` VALUES ('6', '环球同此凉热——中国留学生抗疫日记', '<p>随着疫情…&ldquo;健康包&rdquo;…</p>', '<p><strong>出行计划被打乱…', …);
    article = _load("article_row.sql")
    assert article.meta["title"] == "环球同此凉热——中国留学生抗疫日记"
    assert body(article)[0] == "出行计划被打乱 宅生活成为主题"
    assert "6" in _texts(article, "boilerplate")
    assert article.coverage.ratio == 1.0  # the teaser's entities (&ldquo;) read in its chrome paragraph too


def test_a_feed_of_one_item_behind_a_php_header_reads_the_item():
    # <?php header('Content-Type: application/rss+xml'); ?> <rss><channel><title>Google</title>… <item><title>今天是植树节</title>…
    article = _load("one_item_feed.php")
    assert article.meta["title"] == "今天是植树节"
    assert article.meta["publish_date"] == "2010-03-12"
    assert body(article)[0].startswith("“植树节”是一些国家以法律形式规定的以宣传森林效益")
    assert not any("www.google.cn" in text for text in body(article))
    assert article.coverage.ratio == 1.0


@pytest.mark.parametrize("key, field", [
    ("news_title", "title"), ("news_content", "body"), ("publishedAt", "publish_date"), ("author_name", "author"),
    ("media_name", "outlet"), ("新闻标题", "title"),
    # a key naming another thing's field: a picture's address, an identifier, an edit time, a reader's comment
    ("urlToImage", ""), ("author_id", ""), ("update_time", ""), ("评论内容", ""), ("news_img", ""),
    ("showTimeText", ""),  # two words naming two fields: a time's text
])
def test_a_key_is_read_by_its_words(key, field):
    assert records._key_kind(key)[0] == field


@pytest.mark.parametrize("text", [
    "[原文链接](https://example.com/a)\n\n今天上午，市政府召开新闻发布会。\n",
    "var config = {render: function () { return 1; }};\n",
    "INSERT 是一个英文单词，意思是插入。\n",
])
def test_texts_that_only_look_like_data_are_no_record(text):
    assert not records.sniff(text, "a.txt")
