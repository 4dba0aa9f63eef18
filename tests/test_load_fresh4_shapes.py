"""Shapes of the round-5 held-out misses (fresh4, scored once and seen since), one realistic line or
short article each, written by hand after /work/briefs/f4score/loader.txt; expected values are read off
the text by hand.
"""

import pytest

from conftest import load_text, role_of
from zhnews.load.meta import clean_names
from zhnews.load.pieces import iso_date
from zhnews.load.roles import first_cue

EXPORT_WITH_TITLE_TWICE = """---
title: "一个开源的后端平台，Agent 全包了"
author: "某某科技"
date: "2025-03-02 09:30:00"
---

# 一个开源的后端平台，Agent 全包了

> 公众号: 某某科技
> 发布时间: 2025-03-02 09:30:00

---

写项目时最让人头疼的不是业务逻辑，而是后端：数据库、认证、存储，每次都要重新配置一遍。

这个平台想把这些事情交给 Agent 自己完成，开发者只需要描述需求，剩下的由它去做。
"""


def test_front_matter_export_info_quote_under_the_repeated_title_is_the_head(tmp_path):
    # 121: the headline again as a # heading must not open the article: the quote under it is the
    # export's info block (account, time), not a quoted standfirst of the body
    article = load_text(tmp_path, "export.md", EXPORT_WITH_TITLE_TWICE)
    assert role_of(article, "公众号: 某某科技")[0] == "byline"
    assert role_of(article, "发布时间: 2025-03-02 09:30:00")[0] == "byline"
    assert article.meta["outlet"] == "某某科技"
    assert article.meta["coverage"] == 1.0


@pytest.mark.parametrize("line, region, kind", [
    ("新媒体编辑：李明", "tail", "editor_credit"),                   # a paper's new-media editor (131: 微信编辑：大白)
    ("▼ 猜你想看", "tail", "related"),                              # 131: ◢ 猜你想看↓↓↓
    ("嘿，星标我们了吗？", "tail", "cta"),                           # an interjection before the star prompt
    ("欢迎下载新京报APP", "tail", "cta"),                            # 131: 更多精彩内容，请点击下载上观新闻APP
    ("（本文摘编自《读书》2023年第5期，原题为《城市与人》。）", "tail", "source_note"),  # an excerpt note
    ("（翻译/李青 编辑/张敏）", "core", "editor_credit"),            # 124: a translated piece's credits
    ("点击边框调出视频工具条", "core", "page_chrome"),                # 132: WeChat's video player hint
])
def test_wechat_tail_furniture_of_papers_accounts(line, region, kind):
    hit = first_cue(line, region)
    assert hit and hit[0].kind == kind


def test_a_body_sentence_about_an_app_or_an_excerpt_is_no_furniture():
    assert first_cue("很多老人不会下载APP，只能到窗口排队办理。", "core") is None
    assert first_cue("记者注意到，本文选自的那本书已经绝版多年，旧书网站上一本要价上千元。", "tail") is None


CREDIT_BLOCK_UNDER_THE_ARTICLE = """# 开了一周新车，我们把大家的问题都答了

这辆车我们开了整整一周，从市区通勤到高速长途都跑了一遍，续航和底盘的表现比预想的更好。

后排空间还算宽裕，但座椅偏矮，个子高的乘客坐久了大腿会有些累，这一点大家试驾时可以留意。

关于这台车，我们还会继续做更深入的测评，大家还有什么想知道的也欢迎告诉我们。

撰文：

老王 & 小鱼

编辑：

阿九

封面：

豆豆

图片来源：

官方发布会直播
"""


def test_short_lines_of_a_credit_block_under_the_article_are_furniture(tmp_path):
    # 123: each credit label alone on a line, its value (nicknames, a source's title) on the next
    article = load_text(tmp_path, "credits.md", CREDIT_BLOCK_UNDER_THE_ARTICLE)
    for line in ("阿九", "封面：", "豆豆", "图片来源：", "官方发布会直播"):
        assert role_of(article, line)[0] != "body", line
    assert role_of(article, "关于这台车，我们还会继续做更深入的测评，大家还有什么想知道的也欢迎告诉我们。")[0] == "body"
    assert article.meta["coverage"] == 1.0


@pytest.mark.parametrize("line, outlet, author", [
    ("央广网北京4月7日消息（记者王逸群）据中国之声报道，酒店女子遇袭事件这几天持续发酵。", "央广网", "王逸群"),  # 127
    ("中国经济网北京3月5日讯（记者 李华）今年以来，各地加快推进重大项目建设。", "中国经济网", "李华"),     # the place is no part of the outlet
    ("本报北京3月5日讯（记者 李华）今年以来，各地加快推进重大项目建设。", None, "李华"),               # 本报 names no outlet
])
def test_news_site_dateline_with_place_and_reporter(line, outlet, author):
    cue, found = first_cue(line, "core")
    assert cue.kind == "dateline"
    # a capture may keep the role word (记者 李华: it tells the reporter from a 通讯员 after it); meta cleans it off
    assert found.group("outlet") == outlet and clean_names(found.group("author")) == author


DATED_PLAIN_TEXT = """{first}
本报讯（记者 张华）昨日下午，市区一条主干道发生两车相撞事故，造成一人受伤，交警部门已介入调查。

据目击者介绍，事发时一辆电动车由东向西行驶，与一辆右转的小轿车发生碰撞，骑车人倒地受伤。
"""


@pytest.mark.parametrize("first, outlet", [
    ("2014年3月31日", None),                                 # 141: the date the page showed, alone
    ("某某在线新闻网 2013年07月13日 13:41:01", "某某在线新闻网"),  # 140: the site's name and the date
])
def test_a_date_line_first_in_a_plain_text_is_no_title(tmp_path, first, outlet):
    article = load_text(tmp_path, "dated.txt", DATED_PLAIN_TEXT.format(first=first))
    assert not article.meta["title"]
    assert role_of(article, first)[0] == "byline"
    if outlet:
        assert article.meta["outlet"] == outlet
    assert article.meta["coverage"] == 1.0


def test_an_rss_feed_date_line_is_the_publish_date_in_china():
    # 120: a WordPress feed exported to markdown keeps the feed's RFC 2822 date; 21:47 UTC is the next morning in China
    cue, found = first_cue("日期：Mon, 29 Jun 2020 21:47:00 +0000", "head")
    assert cue.kind == "publish_date"
    assert iso_date(found.group("date")) == "2020-06-30"
    assert iso_date("Published: Tue, 02 Mar 2021 08:15:00 GMT") == "2021-03-02"


FEED_EXPORT = """[检察官称受贿不办事是道德底线，司法底线在哪里](https://example.org/2020/06/post/)
------
日期：Mon, 29 Jun 2020 21:47:00 +0000

6月29日，多家媒体转载了庭审公开网的一段视频，公诉人在庭上的一句发言持续引发舆论关注。

人们只认一个道理：该是法律问题，就严守司法规则，而不是在本该谈法律的时候却大谈道德。
"""


def test_a_linked_headline_underlined_with_dashes_is_the_title(tmp_path):
    # 120: a feed export writes the headline as a link to its page, underlined with ------ (a setext heading)
    article = load_text(tmp_path, "feed.md", FEED_EXPORT)
    assert article.meta["title"] == "检察官称受贿不办事是道德底线，司法底线在哪里"
    assert article.meta["publish_date"] == "2020-06-30"
    assert article.meta["coverage"] == 1.0
