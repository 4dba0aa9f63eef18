"""Round 13 (loader13b): the loader degrades gracefully on shapes nobody labelled. A reader that finds no article
hands the text to the next reader; a file that is many articles (a dump, a feed) is refused at once with its reason;
dumps are sniffed in time; a record no JSON parser reads is read from its "key": value lines; a crawled text's
pictures and its trailing ad script are no body.

Files in tests/data/extra/sweep13_* come from repositories swept this round, named with repository, path and commit
in tests/data/SOURCES.tsv; expected values are read off the files by hand.
"""

import time
from pathlib import Path

import pytest

from conftest import body
from zhnews.errors import ArticleError
from zhnews.load import load_article, records

EXTRA = Path(__file__).parent / "data" / "extra"


def test_a_reader_that_fails_hands_the_text_to_the_next_reader(monkeypatch):
    # An unforeseen failure of the record reader on a real record (a sina story in one SQL row) used to refuse the
    # file ("cannot be read as record: …"); the plain-text reader now reads it, and meta.json says why.
    def broken(text):
        raise TypeError("a shape this reader never met")

    monkeypatch.setattr(records, "parse", broken)
    article = load_article(EXTRA / "sweep13_sina_img_tag_lines.sql")
    assert article.meta["format"] == "text"
    assert article.meta["format_fallback"] == "cannot be read as record: a shape this reader never met"
    assert any("现在是时候回顾一下惊心动魄的2017赛季" in text for text in body(article))
    assert article.coverage.ratio == 1.0


def test_a_file_read_by_its_first_reader_names_no_fallback():
    assert "format_fallback" not in load_article(EXTRA / "sweep13_sina_img_tag_lines.sql").meta


def test_a_mysqldump_header_is_sniffed_at_once_and_the_dump_refused():
    # -- MySQL dump 10.13 … then /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */; lines: every
    # comment ends in */; so the sniffer's lazy /*.*?*/ tried every later */ as each comment's end (minutes).
    started = time.perf_counter()
    with pytest.raises(ArticleError, match=r"sweep13_mysqldump_header\.sql: cannot be read as record: 7 rows of table link, not one article"):
        load_article(EXTRA / "sweep13_mysqldump_header.sql")
    assert time.perf_counter() - started < 10


def test_a_dump_that_creates_its_database_first_is_a_dump():
    # -- 先单独运行创建数据库 / CREATE DATABASE news; then 23 news rows: it was read as plain text, the whole dump its body.
    with pytest.raises(ArticleError, match=r"cannot be read as record: 23 rows of table news, not one article \(cut one row out"):
        load_article(EXTRA / "sweep13_create_database_dump.sql")


def test_a_record_whose_quotes_were_never_escaped_is_read_from_its_key_value_lines():
    # "content": "<p class="\"art_t\"">　　原标题：防总：…</p><p …>　　记者从国家防总获悉，…</p>", — no JSON parser reads
    # it, so its lines ("status": 0, "msg": "ok", …) were the body.
    article = load_article(EXTRA / "sweep13_toutiao_unescaped_quotes.json")
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "中国开闸放水27天解救越南旱灾"
    assert article.meta["publish_date"] == "2016-03-16"
    texts = body(article)
    assert texts[0].startswith("记者从国家防总获悉，应越南社会主义共和国请求，我方启动澜沧江梯级水电站水量应急调度")
    assert texts[-1].endswith("由我方实施的澜沧江梯级水电站水量应急调度正式启动。")
    assert not any('"status"' in text or "http://" in text for text in texts)
    assert article.coverage.ratio == 1.0


def test_a_crawled_text_with_picture_tags_keeps_its_lines_as_paragraphs():
    # <img>http://n.sinaimg.cn/…/2Iep-fyqnick8697257.jpg</img>\r\n　　2017赛季在BWF巡回赛的赛场上，… \r\n　　现在是时候…:
    # <img> made it HTML, and HTML runs the lines together: one body paragraph, the picture's address opening it.
    article = load_article(EXTRA / "sweep13_sina_img_tag_lines.sql")
    texts = body(article)
    assert texts[0].startswith("2017赛季在BWF巡回赛的赛场上，女单球员一次又一次地施展她们的魔法")
    assert texts[1].startswith("现在是时候回顾一下惊心动魄的2017赛季")
    assert texts[-1].endswith("(BWF世界羽联）")
    address = article.paragraphs[article.paragraphs["text"].str.startswith("http://n.sinaimg.cn/sports/")]
    assert list(address["role"]) == ["boilerplate"]
    assert article.coverage.ratio == 1.0


def test_the_ad_script_a_crawler_kept_after_the_story_is_no_body():
    # The story ends [编译自：TechReport，来源：Microsoft], then sina's (function(){ var adScript =
    # document.createElement('script'); … })(); five lines of code that were the last body paragraphs.
    article = load_article(EXTRA / "sweep13_sina_trailing_script.sql")
    texts = body(article)
    assert not any("adScript" in text or text.strip() == "})();" for text in texts)
    assert any("预计很快就可以向受影响的设备推送" in text for text in texts)
    script = article.paragraphs[article.paragraphs["kind"] == "script"]
    assert len(script) == 5 and script["text"].iloc[0] == "(function(){"
    assert article.coverage.ratio == 1.0


def test_a_mini_program_template_of_tags_alone_is_refused():
    # <!--datail.wxml--> <view class="body"> <mp-html class="content" content="{{html}}"></mp-html> </view>: no reader
    # knows .wxml, so the plain-text reader's body was these tags.
    with pytest.raises(ArticleError, match=r"sweep13_miniprogram_template\.wxml: no body text left after removing boilerplate"):
        load_article(EXTRA / "sweep13_miniprogram_template.wxml")


def test_a_page_template_whose_text_is_only_labels_is_refused():
    # A PHP news page before its server fills it: 昨日头条, 搜索, 登陆之后才可以评论, 点击加载评论 — no sentence anywhere.
    with pytest.raises(ArticleError, match=r"sweep13_php_news_template\.php: no article text: no sentence, only short labels"):
        load_article(EXTRA / "sweep13_php_news_template.php")


def test_a_template_placeholder_is_no_body():
    # A JSP page's 上一篇 link: <p>${PreBlog.title}</p>, the headline the server would have put there (the one
    # placeholder no navigation rule took was the first body paragraph).
    article = load_article(EXTRA / "sweep13_jsp_news_template.jsp")
    placeholders = article.paragraphs[article.paragraphs["text"].str.fullmatch(r"\$\{\w+\.\w+\}")]
    assert len(placeholders) == 11 and set(placeholders["role"]) == {"boilerplate"}
    assert list(placeholders.loc[placeholders["kind"] == "template", "text"]) == ["${PreBlog.title}"]
    assert article.coverage.ratio == 1.0


def test_a_topic_link_above_the_story_and_a_widget_script_below_it_are_no_body():
    # 相关专题：区块链产业崛起 科技公司纷纷涉足 (the story's topic page) opened the body; SinaPage.loadWidget({ trigger: {
    # id: 'sina_survey_117469_wrap' … }  ]  });  (function(){ … })(); closed it.
    article = load_article(EXTRA / "sweep13_sina_topic_link_widget.sql")
    texts = body(article)
    assert texts[0].startswith("“区块链革命已经到来。这是一场顺之者昌，逆之者亡的伟大技术革命。")
    assert texts[-1].endswith("这就是区块链投资之我见。欢迎大家拍砖！")
    kinds = dict(zip(article.paragraphs["text"], article.paragraphs["kind"]))
    assert kinds["相关专题：区块链产业崛起 科技公司纷纷涉足"] == "related"
    assert kinds["SinaPage.loadWidget({"] == "script" and kinds["})();"] == "script"


def test_a_compiler_credit_in_square_brackets_is_no_body():
    # 观察者网's credit line 【编译/观察者网 谷智轩】 opened the body of a story a news system saved as HTML in an SQL row.
    article = load_article(EXTRA / "sweep13_guancha_compiler_credit.sql")
    kinds = dict(zip(article.paragraphs["text"], article.paragraphs["role"] + "/" + article.paragraphs["kind"]))
    assert kinds["【编译/观察者网 谷智轩】"] == "boilerplate/editor_credit"
    assert body(article)[0].startswith("本月10日，马杜罗将宣誓就任委内瑞拉总统，迎来新一个任期。")


def test_a_wire_feature_s_headline_after_its_dateline_is_no_body():
    # <strong>新华社北京1月6日电 题：反腐败斗争压倒性胜利是如何形成的？——全面从严治党启新局之“反腐篇”</strong>: with the
    # dateline split off, the 题： line (the feature's headline with its series name) was the first body paragraph.
    article = load_article(EXTRA / "sweep13_xinhua_feature_headline.sql")
    feature = article.paragraphs[article.paragraphs["text"].str.startswith("题：反腐败斗争压倒性胜利是如何形成的？")]
    assert list(feature["role"]) == ["boilerplate"]
    assert body(article)[0].startswith("“反腐败斗争取得压倒性胜利”。这是2018年12月13日召开的中央政治局会议")
