"""A reprinting portal's disclaimers under the story (fresh34 981 国际能源网, 983 参考消息网): the site's own
声明 under its name, the stock 并不意味着赞同其观点或证实其描述, the 本文系转载，不代表…观点 note, the
真实性…不作任何保证 clause, and the heading of a mood-vote widget (您看完此新闻的心情是). Other portals word them
the same way (Wind's 不代表万得赞同其观点或证实其描述); the made-up variants below use other sites' names. Near-misses
are body sentences with the same words: a ministry's statement, a person agreeing with a view, a company vouching
for its disclosure, a reader's feelings. Also: a record's fields pasted into a Javadoc comment name the story
(fresh30 902, 904, 905)."""

import pytest

from conftest import load_text, role_of

TITLE = "多地天然气价格下调"
BODY = [
    "国家发展改革委近日发出通知，决定自下月起降低非居民用天然气门站价格，每立方米下调0.7元。",
    "通知要求，各地要及时调整终端销售价格，确保降价措施落实到位，切实减轻企业负担。",
    "业内人士认为，此次降价将有效降低下游用气成本，对化肥、陶瓷等行业形成利好。",
]


def _article(tmp_path, tail, middle=""):
    body = BODY[:2] + ([middle] if middle else []) + BODY[2:]
    return load_text(tmp_path, "page.txt", "\n\n".join([TITLE, *body, *tail]) + "\n")


@pytest.mark.parametrize("line", [
    # the real lines (fresh34 981, 983)
    "国际能源网声明：此资讯系转载自国际能源网合作媒体或互联网其它网站，国际能源网登载此文出于传递更多信息之目的，"
    "并不意味着赞同其观点或证实其描述。",
    "本文系转载，不代表参考消息网的观点。",
    "参考消息网对其文字、图片与其他内容的真实性、及时性、完整性和准确性以及其权利属性均不作任何保证和承诺，请读者和相关方自行核实。",
    "您看完此新闻的心情是",
    # made-up variants of the same shapes
    "中国化工网声明：本文转自其他网站，仅代表作者观点。",
    "北极星电力网聲明：此資訊係轉載自合作媒體，不代表本網立場。",
    "本站登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "本文系轉載，不代表經濟通的觀點。",
    "本网对文中陈述、观点的真实性不作任何保证，请读者仅作参考。",
    "读完这篇文章后，您的心情如何？",
])
def test_a_portals_disclaimer_under_the_story_is_furniture(tmp_path, line):
    article = _article(tmp_path, [line])
    assert role_of(article, line)[0] == "boilerplate"
    for sentence in BODY:
        assert role_of(article, sentence)[0] == "body"


@pytest.mark.parametrize("line", [
    "外交部声明：中方坚决反对任何形式的单边制裁，将采取必要措施维护自身正当权益。",
    "中国石油网站声明将于下月起全面改版，新增英文频道。",
    "多位专家表示赞同其观点，认为价格改革仍需循序渐进。",
    "公司保证信息披露内容的真实性、准确性和完整性，并承担相应法律责任。",
    "读完这篇报道后，许多网友表示心情沉重，纷纷留言呼吁加强监管。",
    "本文系转载自本报上周的一篇评论。",
])
def test_a_body_sentence_with_the_same_words_stays_body(tmp_path, line):
    article = _article(tmp_path, [], middle=line)
    assert role_of(article, line)[0] == "body"


# A news API's response pasted into the Javadoc comment of the bean that holds it (fresh30 904 新华网, 905 扬子晚报
# via 网易's API, 902 虎嗅's API): the record's fields name the story's title, source and time.
JAVA_BEAN = """package com.example.bean;

/**
 * Created by dev on 2017/4/15.
 */

public class NewsDetails {
        /**
         * news_id : 5628
         * title : {title}
         * top_image : http://img.example.com/3g/2016/1/10/1.jpg
         * source : {source}
         * ptime : 2016-01-10 15:57:09
         * content :
         {body}
         */

        private String title;
        private String source;
}
"""


@pytest.mark.parametrize("title, source", [
    ("阿根廷男子性侵女儿22年生8子", "新华网"),
    ("多地天然气价格下调 业内称利好下游", "中国新闻网"),
])
def test_a_record_pasted_into_a_javadoc_comment_names_the_story(tmp_path, title, source):
    text = JAVA_BEAN.replace("{title}", title).replace("{source}", source).replace("{body}", "    ".join(BODY))
    article = load_text(tmp_path, "NewsDetails.java", text)
    assert article.meta["title"] == title
    assert article.meta["outlet"] == source
    assert article.meta["publish_date"] == "2016-01-10"


def test_a_headline_line_above_a_record_dump_stays_the_title(tmp_path):
    """A story whose text shows a debug dump of some other record further down: the headline is the text's own."""
    dump = ["title : 另一篇文章的标题", "source : 某某网", "ptime : 2019-05-01 08:00:00"]
    article = load_text(tmp_path, "story.txt", "\n\n".join([TITLE, *BODY[:2], *dump, BODY[2]]) + "\n")
    assert article.meta["title"] == TITLE
