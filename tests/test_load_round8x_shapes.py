"""Round 8, loader second pass: outlet and author shapes from fresh6, tune and the lead's sweep, on real text."""

import pytest

from conftest import body, load_text, role_holding, role_of
from test_load_records import ATOM_ENTRY, CSV_ROW

from zhnews.load.meta import clean_names
from zhnews.load.outlets import outlet_of_url


def test_a_public_body_named_by_its_domain_stays_the_outlet_when_its_headline_repeats_the_name(tmp_path):
    # 279_cstc: the bureau's own budget note; its headline starts with the bureau's name, and the row's address
    # is the bureau's site, so the name is the outlet, not a headline taken for a site name.
    article = load_text(tmp_path, "cstc.csv", CSV_ROW, encoding="gbk")
    assert article.meta["outlet"] == "重庆市科学技术局"
    assert "cstc.gov.cn" in article.meta["outlet_source"]


def test_news_and_government_domains_name_their_outlets():
    # addresses from tune 292/293 (参考消息网), fresh6 270 (TDM) and 273 (報導者)
    assert outlet_of_url("http://www.cankaoxiaoxi.com/china/20201202/2425976.shtml") == "参考消息网"
    assert outlet_of_url("https://www.tdm.com.mo/zh-hant/news-detail/1022019") == "澳廣視"
    assert outlet_of_url("https://www.twreporter.org/a/exhuma-burial-law") == "報導者"
    assert outlet_of_url("http://www.stats.gov.cn/tjsj/zxfb/") == "国家统计局"


def test_the_place_a_report_was_filed_from_ends_the_byline_until_the_next_role_word():
    # 274_cts: the RSS <author> field: three reporters, the filing place, then the CMS's location field again
    assert clean_names("蔡孟峻 許利森 許文男 高雄報導 / 高雄市") == "蔡孟峻、許利森、許文男"
    # a second credit after the first filing place still counts
    assert clean_names("記者王小明 台北報導 記者李大華 高雄報導") == "王小明、李大華"


# The lead's sweep, file 29: a Jekyll repost of a 南都周刊 WeChat article (head and tail as saved).
NBWEEKLY_REPOST = """---

layout: post

title: 出门打个酱油，却被查身份证，咋办？ | 小南都知道

categories: Archive

date: 2018-08-21

---

本文转自微信公众号：「南都周刊」

原创：深度营

文 \\| 敖雨璐 潘彩琳 何承波

设想一下这样一个场景，早上九点，当你带着耳机走在上班路上，突然一个穿着制服、自称是警察的人拦住了你，对你说：“请出示一下你的身份证”。

如果你觉得他这种执法不合法、侵犯你的人身权利，可以要求赔偿，提起行政诉讼，但是你首先要证明他执法的不合法性，我们叫“民告官”，在法律上叫行政诉讼。

来源｜南都周刊

欢迎分享到朋友圈，如想取得授权请邮件：newmedia@nbweekly.com。如果想找到小南，可以在后台回复「小南」试试看哦~
"""


def test_a_wechat_original_badge_glued_to_its_colon_and_a_licence_request_are_furniture(tmp_path):
    article = load_text(tmp_path, "nbweekly.md", NBWEEKLY_REPOST)
    assert role_of(article, "原创：深度营")[0] == "boilerplate"  # no space after the colon
    # the licence request ends the article: the source line above it is the tail too
    assert role_holding(article, "如想取得授权请邮件")[0] == "boilerplate"
    assert role_of(article, "来源｜南都周刊")[0] == "boilerplate"
    assert body(article)[-1].startswith("如果你觉得他这种执法不合法")
    assert article.meta["outlet"] == "南都周刊"
    assert article.meta["author"] == "敖雨璐、潘彩琳、何承波"
    assert article.coverage.ratio == 1.0


# The lead's sweep, file 45: a repost of a law professor's diary; the byline is a setext heading.
DIARY_REPOST = """---
layout: post
title: 武大法学院秦前红教授的封城日记
date: 2020-02-17
---

原文来自「法学学术前沿」：~~[武大法学院秦前红教授的封城日记](http://206.189.252.32:8088/)~~

秦前红教授 文
---

### 日记一 2020年02月02日

一个千万级人口的大都市，在事先没有路演的情况下，采取断然的封城防疫措施，其利弊得失如何？那些举措需要及时调整，到了需要复盘检视的时候了！

中国亟需建立一种灾害防控的正义伦理。数以亿计的正常人群因为疫情而失去自由、隐私或财产权利受限。

文章已于修改
"""


def test_a_name_with_its_title_before_wen_is_the_byline_and_a_dateless_edit_note_is_furniture(tmp_path):
    article = load_text(tmp_path, "diary.md", DIARY_REPOST)
    assert article.meta["author"] == "秦前红"
    assert role_holding(article, "秦前红教授 文")[0] == "byline"
    assert role_of(article, "文章已于修改")[0] == "boilerplate"  # WeChat's 文章已于<date>修改, date dropped
    assert body(article)[-1].startswith("中国亟需建立一种灾害防控的正义伦理")
    assert article.coverage.ratio == 1.0


def test_a_portal_channel_glued_to_its_month_day_stamp_names_the_outlet(tmp_path):
    # the lead's sweep, file 53 (a FastTextRank sample): headline, then 腾讯科技07-2617:11 (07-26 17:11, no year)
    text = ("亚马逊依然行进在快车道：一边疯狂投资，一边创造高额利润\n腾讯科技07-2617:11\n"
            "腾讯科技讯 据外媒报道，这些年，亚马逊一路高歌猛进，势不可挡。亚马逊的网络零售销售额占美国全部网络零售销售额的将近一半。\n"
            "华尔街预计，在周四收盘后亚马逊公布其第二季度财报的时候，它的统治地位可能仍然不会动摇。\n")
    article = load_text(tmp_path, "amazon.txt", text)
    assert article.meta["outlet"] == "腾讯科技"
    assert role_of(article, "腾讯科技07-2617:11")[0] == "byline"
    assert article.meta["publish_date"] is None  # a month and day without the year is no date


def test_a_broadcasters_news_from_tag_in_brackets_names_the_outlet(tmp_path):
    # fresh6 270: TDM's Atom entry opens with (澳門電台消息), "news from Radio Macau"
    article = load_text(tmp_path, "tdm.xml", ATOM_ENTRY)
    assert (article.meta["outlet"], article.meta["outlet_source"]) == ("澳門電台", "dateline line: (澳門電台消息)")
    assert role_of(article, "(澳門電台消息)")[0] == "byline"
    assert body(article)[0].startswith("公共建設局表示，新城 D區填海的前期工作已全面展開")


def test_a_site_dateline_with_no_place_and_a_wen_credit_names_outlet_and_writers(tmp_path):
    # tune 292: a crawler's <news> record; the dateline and credit are glued to the first sentence
    record = ("<news><id>6</id><title>软环境、“优”气质、开放胸怀……从苏州透视中国对外企吸引力</title>"
              "<datetime>2020-12-2 8:23</datetime><body>参考消息网12月2日报道（文/刘亢 杨丁淼 何磊静）600多年前，明代航海家郑和在"
              "苏州太仓刘家港起锚下西洋，开辟了中国对外开放史上崭新的一页。向来有着“开放”基因的苏州，仍在孜孜以求地打造国内外企业投资首选地。"
              "</body></news>\n")
    article = load_text(tmp_path, "cankao.xml", record)
    assert article.meta["outlet"] == "参考消息网"
    assert article.meta["author"] == "刘亢、杨丁淼、何磊静"
    assert role_of(article, "参考消息网12月2日报道（文/刘亢 杨丁淼 何磊静）")[0] == "byline"
    assert body(article)[0].startswith("600多年前，明代航海家郑和")
    assert article.coverage.ratio == 1.0


def test_a_columnists_name_before_a_slash_in_the_headline_is_the_author(tmp_path):
    # fresh6 273 (報導者's 法律人追劇 column): the column's blurb names the writer in the text too
    text = ("王子榮／逝者已矣？談司法判決中的《破墓》二三事\n\n"
            "《報導者》在週末開闢「法律人追劇」專欄，邀請雲林地方法院法官王子榮等法律人執筆，每月一篇與讀者相見。\n\n"
            "《破墓》打著可以和韓國靈異驚悚類電影的天花板《哭聲》相提並論，以及挾著在韓國上映不到數週就拿下驚人票房的口碑，在台灣上映後也引起廣泛討論。\n")
    article = load_text(tmp_path, "exhuma.txt", text)
    assert article.meta["author"] == "王子榮"
    assert article.meta["author_source"] == "title prefix (a columnist's name)"


def test_a_short_tag_before_a_slash_is_no_author(tmp_path):
    text = ("快訊／高雄愛河端午龍舟嘉年華 6啦啦隊現台式應援\n\n"
            "2024高雄愛河端午國際龍舟嘉年華即將在6月8號到10號盛大登場，祭出總獎金120萬元，吸引國內外隊伍報名參賽。\n")
    assert load_text(tmp_path, "tag.txt", text).meta["author"] is None


def test_an_office_credited_for_the_text_is_no_author():
    # fresh6 278: a college news item credits its admissions office and a student society, no person
    assert clean_names("华商学院招生办公室 图片/大学生职业发展协会") is None
    # a writer's name glued to the institute is still cut out of it
    assert clean_names("方敏北京大学经济学院教授") == "方敏"


def test_a_closing_credit_with_spaces_between_outlet_role_and_name(tmp_path):
    # tune 287: a SogouCA record's last line, its parts apart by ideographic spaces
    text = ("河南漯河省级文保旁建高楼　百年老房随时会坍塌\n"
            "违法建筑不仅没有停止施工，反而快速疯长，３０层的高楼现在已快封顶了……\n"
            "（中国文化报\u3000记者\u3000陈关超）\n")
    article = load_text(tmp_path, "luohe.txt", text)
    assert article.meta["author"] == "陈关超"
    assert role_of(article, "（中国文化报\u3000记者\u3000陈关超）")[0] == "byline"


def test_a_magazine_columnists_role_line_and_its_print_issue_notes(tmp_path):
    # tune 290: a 中国新闻周刊 column in a chinanews record, as the record's text runs
    record = ("<news><id>1670</id><title>余永定：应当采取更具扩张性的经济政策</title><datetime>2020-4-2 10:08:00</datetime>"
              "<body>\n应当采取更具扩张性的经济政策\n中国新闻周刊特约评论员/余永定\n发于2020.4.6总第942期《中国新闻周刊》\n"
              "当2003年春季暴发的SARS疫情冲击中国经济时，所有人都对其引发的潜在经济影响感到悲观，然而经济在疫情过后迅速反弹。\n"
              "去年年底，中国经济学家对一个问题存在激烈的辩论，即认为中国的政策制定者不应让GDP的年增长率降至6%以下。\n"
              "《中国新闻周刊》2020年第12期\n</body></news>\n")
    article = load_text(tmp_path, "inewsweek.xml", record)
    assert (article.meta["author"], article.meta["outlet"]) == ("余永定", "中国新闻周刊")
    assert role_of(article, "中国新闻周刊特约评论员/余永定")[0] == "byline"
    assert role_of(article, "发于2020.4.6总第942期《中国新闻周刊》")[0] == "boilerplate"
    assert role_of(article, "《中国新闻周刊》2020年第12期")[0] == "boilerplate"
    assert body(article)[-1].startswith("去年年底，中国经济学家")


def test_a_source_at_the_end_of_a_wen_byline_is_the_outlet(tmp_path):
    # tune 283: a forum repost of a 风尚周报 interview; writer, photographer and source on one line
    text = ("韩寒：我其实就是精英\n\n文/吴小娜 图/周云哲 来源：风尚周报\n\n"
            "本文节选自《风尚周报》109期，全文详情见杂志\n\n"
            "《风尚周报》：你还有什么梦想？\n\n"
            "韩寒：不能告诉你。我往往是实现了才告诉大家这是我的梦想，要不很丢人的。我是属于那种看到了就一定一定要得到的人。\n\n"
            "《风尚周报》：最近对自己有什么发现或认识？\n\n"
            "韩寒：这也不能告诉你。你可能会经常发现自己：咦，我居然是这种人。所以不能告诉你。\n")
    article = load_text(tmp_path, "hanhan.md", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("吴小娜", "风尚周报")
    assert role_of(article, "文/吴小娜 图/周云哲 来源：风尚周报")[0] == "byline"


# fresh7 305 and 306 (duty-machine/wechatscope, saved the day they were posted): WeChat's English interface writes
# the day as "Today" in the meta line's span where a writer's name stands on other pages; it was taken as the author.
WECHAT_TODAY_PAGE = """<html><head><title></title></head><body><div id="img-content">
<h2 class="rich_media_title" id="activity-name">湖南耒阳向教师摊派献血指标且与绩效挂钩？当地回应</h2>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">Today</span>
<a id="js_name">耒阳社区</a></div>
<div id="js_content">
<p>近日，湖南省耒阳市多名教师向上游新闻记者反映称，当地教育部门向学校摊派无偿献血指标，且与教师绩效挂钩。</p>
<p>10月9日上午，耒阳市教育局相关负责人表示，之前考虑不周全，已经作出调整。</p>
</div></body></html>
"""


@pytest.mark.parametrize("day", ["Today", "Yesterday", "3 days ago", "昨天", "2天前"])
def test_wechat_s_relative_day_in_the_meta_line_is_no_author(tmp_path, day):
    article = load_text(tmp_path, "wechat.html", WECHAT_TODAY_PAGE.replace(">Today<", f">{day}<"))
    assert article.meta["author"] is None
    assert article.meta["outlet"] == "耒阳社区"


def test_a_name_in_wechat_s_meta_line_is_still_the_author(tmp_path):
    article = load_text(tmp_path, "wechat.html", WECHAT_TODAY_PAGE.replace(">Today<", ">王明<"))
    assert article.meta["author"] == "王明"
