"""Round 22 (loader22a): the meta fields from every carrier, in the vocabularies the standards and the extractors that
have read the web use, not only the spellings of the seen articles.

* HTML <meta> names (data/lexicon/meta_tags.tsv): Open Graph and article:*, Dublin Core, schema.org itemprop, Parse.ly
  and sailthru, the names trafilatura, htmldate and GeneralNewsExtractor list, Chinese government sites' ArticleTitle /
  PubDate / ContentSource; microdata on any element; <time> that is no edit's; JSON-LD written the several ways
  schema.org allows.
* Record keys (record_fields.tsv): created_at beside updated_at, CMS tables' copyfrom / befrom / inputtime / dateline,
  a list of authors, an editor's key.
* Front-matter keys (front_matter_keys.tsv) of Hugo, Docusaurus and AstroPaper; an edit's date is none.
* Header labels (header_fields.tsv): 信息来源, 发表时间, 撰稿; 更新时间 is an edit's.
* Dates: full-width digits, a time glued to yyyymmdd, Chinese numerals; a relative day is no date.

Every page, record and header below is made up in the documented shape (names, outlets and dates invented); expected
values are read off the made-up text by hand. Near-misses: an editor is not the author, an address is not an outlet,
a modified date is not the publish date, an Organization is no writer, a reader's comment's date is not the article's.
"""

import json

import pytest

from conftest import load_text, role_of
from zhnews.load.pieces import iso_date

BODY = ("<p>3月8日上午，市政府召开新闻发布会，介绍今年春季植树计划。今年全市计划新增造林面积两万亩，较去年增长百分之十。</p>"
        "<p>市林业局负责人表示，植树活动将从3月中旬持续到4月底，各区将组织志愿者参与，市民也可以通过网上平台预约参加。</p>"
        "<p>据介绍，今年还将新建口袋公园三十个，进一步提升城市绿化覆盖率，为市民提供更多休闲空间。</p>")
HEADLINE = "市政府召开新闻发布会介绍春季植树计划"
TEXT = ("市政府召开新闻发布会，介绍今年春季植树计划。全市计划新增造林面积两万亩，比去年增长百分之十。\n\n"
        "市林业局负责人表示，植树活动将从三月中旬持续到四月底，各区将组织志愿者参与。")


def page(head: str = "", body_top: str = "", article_attrs: str = "") -> str:
    return (f"<html><head><title>{HEADLINE}</title>{head}</head><body><h1>{HEADLINE}</h1>{body_top}"
            f"<div class=\"content\"{article_attrs}>{BODY}</div></body></html>")


def meta_of(tmp_path, text: str, name: str = "page.html") -> dict:
    return load_text(tmp_path, name, text).meta


# ---------------------------------------------------------------------------------------------- <meta> vocabularies

@pytest.mark.parametrize("tag, field, value", [
    ('<meta name="DC.creator" content="张晓明">', "author", "张晓明"),
    ('<meta name="dcterms.creator" content="欧阳青">', "author", "欧阳青"),
    ('<meta name="parsely-author" content="林小雨">', "author", "林小雨"),
    ('<meta name="sailthru.author" content="陈大文">', "author", "陈大文"),
    ('<meta property="og:article:author" content="郭静">', "author", "郭静"),
    ('<meta name="Author" content="赵一鸣">', "author", "赵一鸣"),
    ('<meta name="ContentSource" content="某某市林业局">', "outlet", "某某市林业局"),
    ('<meta name="DC.Publisher" content="滨海晚报">', "outlet", "滨海晚报"),
    ('<meta name="dcterms.publisher" content="东江日报">', "outlet", "东江日报"),
    ('<meta property="og:site_name" content="青禾新闻网">', "outlet", "青禾新闻网"),
    ('<meta name="PubDate" content="2023-03-08 10:20">', "publish_date", "2023-03-08"),
    ('<meta name="dcterms.issued" content="2023-03-08">', "publish_date", "2023-03-08"),
    ('<meta name="DC.date.issued" content="2023/3/8">', "publish_date", "2023-03-08"),
    ('<meta property="og:published_time" content="2023-03-08T10:20:00+08:00">', "publish_date", "2023-03-08"),
    ('<meta name="parsely-pub-date" content="2023-03-08T02:20:00Z">', "publish_date", "2023-03-08"),
    ('<meta name="sailthru.date" content="2023-03-08 10:20:00">', "publish_date", "2023-03-08"),
    ('<meta name="weibo: article:create_at" content="2023-03-08 10:20:00">', "publish_date", "2023-03-08"),
    ('<meta name="og:time " content="2023-03-08 10:20:00">', "publish_date", "2023-03-08"),  # a trailing space in the name
    ('<meta itemprop="datePublished" content="2023-03-08">', "publish_date", "2023-03-08"),
    ('<meta name="citation_publication_date" content="2023/03/08">', "publish_date", "2023-03-08"),
])
def test_meta_names_of_the_reference_vocabularies(tmp_path, tag, field, value):
    meta = meta_of(tmp_path, page(tag))
    assert meta[field] == value
    assert meta[f"{field}_source"].startswith("<meta ")


def test_a_government_sites_metadata_gives_title_source_and_date(tmp_path):
    # 政府网站网页元数据: ArticleTitle / PubDate / ContentSource, with no heading matching the <title>
    head = ('<meta name="SiteName" content="某某省人民政府门户网站"><meta name="ArticleTitle" content="关于开展春季植树活动的通知">'
            '<meta name="PubDate" content="2023-03-06 09:00"><meta name="ContentSource" content="某某省林业厅">')
    text = f"<html><head><title>通知公告</title>{head}</head><body><div>{BODY}</div></body></html>"
    meta = meta_of(tmp_path, text)
    assert (meta["outlet"], meta["publish_date"]) == ("某某省林业厅", "2023-03-06")
    assert meta["outlet_source"] == "<meta contentsource>"


@pytest.mark.parametrize("microdata, date", [
    ('<span itemprop="datePublished" content="2023-03-08">3月8日</span>', "2023-03-08"),
    ('<time itemprop="datePublished" datetime="2023-03-08T10:20:00+08:00">3月8日 10:20</time>', "2023-03-08"),
    ('<span itemprop="datePublished">2023年3月8日</span>', "2023-03-08"),
])
def test_microdata_on_an_articles_elements(tmp_path, microdata, date):
    text = page(body_top=f'<div class="info">{microdata}</div>')
    text = text.replace("<body>", '<body itemscope itemtype="https://schema.org/NewsArticle">')
    assert meta_of(tmp_path, text)["publish_date"] == date


def test_a_microdata_author_is_its_own_name(tmp_path):
    byline = ('<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
              '<a href="/people/1"><span itemprop="name">杜明远</span></a></span>')
    text = page(body_top=f'<div class="info">{byline}</div>').replace(
        "<body>", '<body itemscope itemtype="http://schema.org/Article">')
    meta = meta_of(tmp_path, text)
    assert meta["author"] == "杜明远"
    assert meta["author_source"] == "itemprop=author"


def test_a_comments_microdata_date_is_not_the_articles(tmp_path):
    # near-miss: a reader's comment marked up as a schema.org Comment carries its own datePublished
    comment = ('<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">网友甲</span>'
               '<span itemprop="datePublished">2024-01-02</span></div>')
    text = page(body_top="").replace("</body>", f"{comment}</body>")
    meta = meta_of(tmp_path, text)
    # (htmldate's guess may still take the page's only date: a guess, weaker than any clue, and so named)
    assert not (meta["publish_date_source"] or "").startswith("itemprop")
    assert meta["author"] is None


@pytest.mark.parametrize("tags, date", [
    # near-miss: an edit's time written before the publication's
    ('<meta property="article:modified_time" content="2023-03-10T08:00:00+08:00">'
     '<meta property="article:published_time" content="2023-03-08T10:20:00+08:00">', "2023-03-08"),
    ('<meta name="lastmodified" content="2023-03-10"><meta name="dc.date.issued" content="2023-03-08">', "2023-03-08"),
    ('<meta itemprop="dateModified" content="2023-03-10"><meta itemprop="datePublished" content="2023-03-08">', "2023-03-08"),
])
def test_a_modified_date_is_not_the_publish_date(tmp_path, tags, date):
    assert meta_of(tmp_path, page(tags))["publish_date"] == date


def test_a_platforms_processing_time_is_no_publish_date(tmp_path):
    # near-miss: 腾讯's <meta apub:time> is when the platform processed the story (fresh9 349: 02:57 the next day)
    assert meta_of(tmp_path, page('<meta name="apub:time" content="2023-03-09 02:57:42">'))["publish_date_source"] \
        in (None, "page date (trafilatura)")


def test_an_edit_time_alone_is_no_meta_clue(tmp_path):
    # (htmldate's guess, which falls back to an edit's time, stays a guess and is named so)
    tags = ('<meta property="article:modified_time" content="2023-03-10T08:00:00+08:00">'
            '<meta property="og:updated_time" content="2023-03-10T08:00:00+08:00">')
    assert meta_of(tmp_path, page(tags))["publish_date_source"] in (None, "page date (trafilatura)")


def test_an_updated_time_element_is_passed_over(tmp_path):
    times = '<time class="updated" datetime="2023-03-10">3月10日更新</time> <time datetime="2023-03-08">3月8日</time>'
    meta = meta_of(tmp_path, page(body_top=f'<footer>{times}</footer>'))
    assert meta["publish_date"] == "2023-03-08"


@pytest.mark.parametrize("times", [
    # a sidebar's date before the article's, which the page marks as the publication's
    '<time datetime="2023-02-01">2月1日</time> <time pubdate datetime="2023-03-08">3月8日</time>',
    '<time datetime="2023-02-01">2月1日</time> <time class="entry-date published" datetime="2023-03-08T10:20:00+08:00">3月8日</time>',
    '<time datetime="2023-02-01">2月1日</time> <time class="date-published">2023-03-08</time>',
])
def test_a_time_marked_as_the_publications_wins(tmp_path, times):
    meta = meta_of(tmp_path, page(body_top=f'<aside>{times}</aside>'))
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2023-03-08", "<time pubdate>")


@pytest.mark.parametrize("tag", [
    '<meta name="editor" content="王五">',  # an editor is not the author
    '<meta property="article:author" content="https://www.facebook.com/someone">',  # a profile's address
    '<meta name="twitter:creator" content="@wangwu">',  # a handle
])
def test_names_that_are_no_writer(tmp_path, tag):
    assert meta_of(tmp_path, page(tag))["author"] is None


# ---------------------------------------------------------------------------------------------- JSON-LD

def json_ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize("article, field, value", [
    ({"@type": "NewsArticle", "author": "宋雨桐"}, "author", "宋雨桐"),  # a bare name
    ({"@type": "NewsArticle", "author": ["宋雨桐", "韩冬"]}, "author", "宋雨桐、韩冬"),
    ({"@type": "NewsArticle", "author": {"name": "宋雨桐"}}, "author", "宋雨桐"),  # an object with no @type
    ({"@type": "NewsArticle", "author": [{"@type": "Person", "name": "宋雨桐"}, {"@type": "Person", "name": "韩冬"}]},
     "author", "宋雨桐、韩冬"),
    ({"@type": "NewsArticle", "author": {"@type": ["Person"], "name": "宋雨桐"}}, "author", "宋雨桐"),  # @type as a list
    ({"@type": "NewsArticle", "publisher": "北岸晨报"}, "outlet", "北岸晨报"),  # a bare name
    ({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "北岸晨报"}}, "outlet", "北岸晨报"),
    ({"@type": "BlogPosting", "dateCreated": "2023-03-08T10:20:00+08:00"}, "publish_date", "2023-03-08"),
    ({"@type": "NewsArticle", "dateModified": "2023-03-10", "datePublished": "2023-03-08"}, "publish_date", "2023-03-08"),
    ({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "datePublished": "2023-03-08"}}, "publish_date", "2023-03-08"),
    ({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "某某网"},
                                                   {"@type": "ReportageNewsArticle", "author": "宋雨桐"}]}, "author", "宋雨桐"),
])
def test_json_ld_written_the_ways_schema_org_allows(tmp_path, article, field, value):
    assert meta_of(tmp_path, page(json_ld(article)))[field] == value


def test_an_organization_credited_as_author_is_no_writer(tmp_path):
    article = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "北岸晨报"}}
    assert meta_of(tmp_path, page(json_ld(article)))["author"] is None


def test_json_ld_modified_date_alone_is_no_json_ld_clue(tmp_path):
    article = {"@type": "NewsArticle", "dateModified": "2023-03-10T08:00:00+08:00"}
    assert meta_of(tmp_path, page(json_ld(article)))["publish_date_source"] in (None, "page date (trafilatura)")


# ---------------------------------------------------------------------------------------------- record keys

def record(tmp_path, fields: dict, name: str = "record.json") -> dict:
    return meta_of(tmp_path, json.dumps({"title": "某市启动春季植树计划", "content": TEXT, **fields}, ensure_ascii=False), name)


@pytest.mark.parametrize("fields, date", [
    ({"created_at": "2023-03-08 10:20:00", "updated_at": "2023-03-10 08:00:00"}, "2023-03-08"),  # a microblog's post time
    ({"updated_at": "2023-03-10 08:00:00", "createdAt": "2023-03-08T10:20:00+08:00"}, "2023-03-08"),
    ({"created_at": "2023-03-01", "published_at": "2023-03-08"}, "2023-03-08"),  # a published time wins over a creation
    ({"gmt_create": 1678242000000}, "2023-03-08"),  # Unix milliseconds
    ({"dateline": 1678242000}, "2023-03-08"),  # Discuz!: Unix seconds
    ({"inputtime": "1678242000"}, "2023-03-08"),  # PHPCMS
    ({"issued": "2023-03-08"}, "2023-03-08"),
    ({"posted_at": "2023/3/8 10:20"}, "2023-03-08"),
    ({"发表时间": "2023年3月8日 10:20"}, "2023-03-08"),
    ({"publish_time": "20230308102000"}, "2023-03-08"),  # yyyyMMddHHmmss
])
def test_record_date_keys(tmp_path, fields, date):
    assert record(tmp_path, fields)["publish_date"] == date


@pytest.mark.parametrize("fields, outlet", [
    ({"copyfrom": "南岭日报"}, "南岭日报"),  # PHPCMS
    ({"befrom": "南岭日报"}, "南岭日报"),  # 帝国CMS
    ({"siteName": "青禾新闻网"}, "青禾新闻网"),
    ({"稿源": "南岭日报"}, "南岭日报"),
    ({"发布单位": "某某区教育局"}, "某某区教育局"),
])
def test_record_outlet_keys(tmp_path, fields, outlet):
    assert record(tmp_path, fields)["outlet"] == outlet


def test_a_source_key_holding_an_address_is_no_outlet_name(tmp_path):
    assert record(tmp_path, {"source": "https://news.example.org/a/1.html"})["outlet"] is None


@pytest.mark.parametrize("fields, author", [
    ({"authors": ["张晓明", "李华"]}, "张晓明、李华"),
    ({"writers": [{"name": "张晓明"}, {"name": "李华"}]}, "张晓明、李华"),
    ({"撰稿": "张晓明"}, "张晓明"),
    ({"editor": "王五", "author": "张晓明"}, "张晓明"),
])
def test_record_author_keys(tmp_path, fields, author):
    assert record(tmp_path, fields)["author"] == author


@pytest.mark.parametrize("fields", [{"editor": "王五"}, {"责任编辑": "王五"}, {"editor_name": "王五"}])
def test_an_editors_key_is_no_writer(tmp_path, fields):
    assert record(tmp_path, fields)["author"] is None


# ---------------------------------------------------------------------------------------------- front matter

def front(tmp_path, keys: str) -> dict:
    return meta_of(tmp_path, f"---\n{keys}\n---\n\n{TEXT}\n", "post.md")


@pytest.mark.parametrize("keys, field, value", [
    ("title: 某市启动春季植树计划\npubDatetime: 2023-03-08T10:20:00Z", "publish_date", "2023-03-08"),  # AstroPaper
    ("title: 某市启动春季植树计划\npublished_at: 2023-03-08", "publish_date", "2023-03-08"),
    ("title: 某市启动春季植树计划\nauthors: [张晓明, 李华]", "author", "张晓明、李华"),  # Hugo, Docusaurus
    ('title: 某市启动春季植树计划\nauthor:\n  - "[[欧阳青]]"\ncreated: 2023-03-09', "author", "欧阳青"),  # Obsidian's link
    ('title: 某市启动春季植树计划\nauthor: "[[people/欧阳青|欧阳青]]"', "author", "欧阳青"),
    ("title: 某市启动春季植树计划\nauthors:\n  - 张晓明\n  - '李华'\ndate: 2023-03-08", "author", "张晓明、李华"),
    ("title: 某市启动春季植树计划\nauthors:\n  - 张晓明\n  - '李华'\ndate: 2023-03-08", "publish_date", "2023-03-08"),
    ("标题: 某市启动春季植树计划\n作者: 张晓明\n日期: 2023-03-08", "author", "张晓明"),
    ("标题: 某市启动春季植树计划\n作者: 张晓明\n日期: 2023-03-08", "title", "某市启动春季植树计划"),
    ("title: 某市启动春季植树计划\n来源: 南岭日报", "outlet", "南岭日报"),
    ("title: 某市启动春季植树计划\nsite_name: 青禾新闻网", "outlet", "青禾新闻网"),
])
def test_front_matter_keys(tmp_path, keys, field, value):
    assert front(tmp_path, keys)[field] == value


@pytest.mark.parametrize("keys", [
    "title: 某市启动春季植树计划\nupdated: 2023-03-10\ndate: 2023-03-08",  # Hexo: updated is an edit
    "title: 某市启动春季植树计划\nlastmod: 2023-03-10\npublishDate: 2023-03-08",  # Hugo
    "title: 某市启动春季植树计划\nmodDatetime: 2023-03-10\npubDatetime: 2023-03-08",  # AstroPaper
])
def test_an_edit_date_in_front_matter_is_not_the_publish_date(tmp_path, keys):
    assert front(tmp_path, keys)["publish_date"] == "2023-03-08"


# ---------------------------------------------------------------------------------------------- header labels

@pytest.mark.parametrize("header, field, value", [
    ("信息来源：某某区教育局\n发表时间：2023-03-08 10:20", "outlet", "某某区教育局"),
    ("信息来源：某某区教育局\n发表时间：2023-03-08 10:20", "publish_date", "2023-03-08"),
    ("文章来源：南岭日报\n撰稿：张晓明", "author", "张晓明"),
    ("新聞來源：南嶺日報\n發表時間：2023/03/08", "outlet", "南嶺日報"),
    ("撰文：张晓明\n发文日期：2023年3月8日", "publish_date", "2023-03-08"),
])
def test_header_labels(tmp_path, header, field, value):
    meta = meta_of(tmp_path, f"某市启动春季植树计划\n\n{header}\n\n{TEXT}\n", "note.txt")
    assert meta[field] == value


@pytest.mark.parametrize("line, field, value", [
    ("发表时间：2023-03-08 10:20 稿源：南岭日报 作者：张晓明", "outlet", "南岭日报"),
    ("发表时间：2023-03-08 10:20 稿源：南岭日报 作者：张晓明", "author", "张晓明"),
    ("发表时间：2023-03-08 10:20 稿源：南岭日报 作者：张晓明", "publish_date", "2023-03-08"),
    ("撰稿：林小雨 稿源：东江日报", "author", "林小雨"),
    ("2023-03-08 10:20 信息来源：某某区教育局", "outlet", "某某区教育局"),
    ("2023-03-08 新闻来源：青禾新闻网", "outlet", "青禾新闻网"),
])
def test_an_info_line_under_the_headline_in_other_labels(tmp_path, line, field, value):
    # a portal's info bar between the headline and the text (data/lexicon/boilerplate.tsv's info_line and date rows)
    assert meta_of(tmp_path, page(body_top=f'<div class="info">{line}</div>'))[field] == value


ARTICLE_TEXT = ("市政府今天召开新闻发布会，介绍今年春季植树计划。全市计划新增造林面积两万亩，比去年增长百分之十。\n\n"
                "市林业局负责人表示，植树活动将从三月中旬持续到四月底，各区将组织志愿者参与。\n")


@pytest.mark.parametrize("header, expected", [
    # a scraper's text dump with an English-labelled header
    ("Title: 某市启动春季植树计划\nAuthor: 张晓明\nDate: 2023-03-08\nSource: 南岭日报",
     ("某市启动春季植树计划", "南岭日报", "张晓明", "2023-03-08")),
    # an edit's time in the header, and a source given as an address data/lexicon/outlets.tsv knows (澎湃新闻)
    ("Title: 某市启动春季植树计划\nAuthors: 欧阳青\nUpdated: 2023-03-10\nPublished: 2023-03-08\n"
     "Source: https://www.thepaper.cn/newsDetail_forward_1", ("某市启动春季植树计划", "澎湃新闻", "欧阳青", "2023-03-08")),
    # Jina Reader's header saved as a text file
    ("Title: 某市启动春季植树计划\nURL Source: https://example.org/a/1\nPublished Time: 2023-03-08T02:20:00.000Z\n"
     "Markdown Content:", ("某市启动春季植树计划", None, None, "2023-03-08")),
])
def test_an_english_labelled_header_block(tmp_path, header, expected):
    meta = meta_of(tmp_path, f"{header}\n\n{ARTICLE_TEXT}", "dump.txt")
    assert (meta["title"], meta["outlet"], meta["author"], meta["publish_date"]) == expected


def test_a_quoted_mail_header_in_the_text_stays_text(tmp_path):
    # near-miss: one English label among a mail's other header lines is no header block
    text = (f"某市启动春季植树计划\n\n{ARTICLE_TEXT}\n市民王先生给记者发来的邮件写道：\n\nFrom: 王先生\nDate: 2023-03-01\n"
            "Subject: 关于植树活动的建议\n\n希望今年能在我们小区附近多种一些树，让孩子们有更多的绿地可以玩耍。\n")
    article = load_text(tmp_path, "mail.txt", text)
    assert article.meta["publish_date"] != "2023-03-01"
    assert role_of(article, "Date: 2023-03-01")[0] == "body"


def test_an_update_time_label_is_not_the_publish_date(tmp_path):
    # near-miss: 更新时间 over 发布时间, and 更新时间 alone
    meta = meta_of(tmp_path, f"某市启动春季植树计划\n\n更新时间：2023-03-10 08:00\n发布时间：2023-03-08 10:20\n\n{TEXT}\n", "a.txt")
    assert meta["publish_date"] == "2023-03-08"
    meta = meta_of(tmp_path, f"某市启动春季植树计划\n\n来源：南岭日报\n更新时间：2023-03-10 08:00\n\n{TEXT}\n", "b.txt")
    assert meta["publish_date"] != "2023-03-10"


# ---------------------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("text, date", [
    ("２０２３年３月８日", "2023-03-08"),  # full-width digits
    ("２０２３－０３－０８　１０：２０", "2023-03-08"),
    ("2023 年 3 月 8 日 10:20", "2023-03-08"),
    ("2023.3.8", "2023-03-08"),
    ("2023/03/08 10:20:00", "2023-03-08"),
    ("20230308", "2023-03-08"),
    ("20230308102000", "2023-03-08"),  # a crawler's yyyyMMddHHmmss
    ("202303081020", "2023-03-08"),
    ("二〇二三年三月八日", "2023-03-08"),  # a document's date of issue in Chinese numerals
    ("二○二三年十二月三十一日", "2023-12-31"),  # ○ (U+25CB) for the nought
    ("二零二三年十月二十日", "2023-10-20"),
    ("2023-03-08T02:20:00Z", "2023-03-08"),
    ("2023-03-07T20:00:00-05:00", "2023-03-08"),  # the day in China
])
def test_written_forms_of_a_date(text, date):
    assert iso_date(text) == date


@pytest.mark.parametrize("text", [
    "发布于 3天前", "3小时前", "昨天 10:20", "刚刚",  # relative days: no date
    "二〇二三年十三月八日",  # no thirteenth month
    "二〇二三年",  # a year alone
    "20231308",  # no month 13
    "编号202303081",  # nine digits: an id, no date
])
def test_no_date(text):
    assert iso_date(text) is None
