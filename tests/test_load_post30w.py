"""fresh33's WeChat pages and markdown exports (post30w): an account that names itself in its own headline (a
school's account reporting its own activity, 963) is still the outlet, and the platform's own site name
(微信公众平台, og:site_name of every WeChat page) never is; an exporter's placeholder for a missing writer (No Author
Found, 967, 968) names no one; a source line naming an account with its WeChat ID in brackets, then its writer or
the reports it drew on (来源：中青评论（ID：cydplb），作者：杨鑫宇，综合冰点周刊、人民网; 961, 962) is a source line
whatever its length. Made-up variants use other accounts; near-misses keep their old reading."""

import pytest

from conftest import load_text, role_of

TEXT = [
    "为深化单元整体教学改革，学校英语组近日开展了主题研修活动，全体英语教师参加了本次活动。",
    "活动中，三位青年教师分别展示了基于单元整体设计的课堂教学，学生在情境中积极运用语言。",
    "随后，教研组长围绕单元目标的设计与评价进行了点评，并对下一阶段的研修工作提出了要求。",
]


def wechat_page(headline: str, nickname: str | None, text=TEXT) -> str:
    # a saved mp.weixin.qq.com page: og:site_name is the platform's, #js_name the account's
    account = f"<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>{nickname}</a></span>" if nickname else ""
    return ("<!DOCTYPE html><html><head><meta property='og:site_name' content='微信公众平台' /><title></title></head><body>"
            f"<div id='img-content'><h1 class='rich_media_title' id='activity-name'>{headline}</h1>"
            f"<div id='meta_content' class='rich_media_meta_list'>{account}</div>"
            "<div class='rich_media_content' id='js_content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in text)
            + "</div></div></body></html>")


@pytest.mark.parametrize("headline, account", [
    # the real shape (fresh33 963)
    ("素养导向下，基于“三个助手”平台的单元整体教学实践——记上海大学附属学校小学英语组主题研修活动", "上海大学附属学校"),
    # made-up variants: a district bureau's and a hospital's accounts reporting their own work
    ("杭州市西湖区教育局召开2025年度教育工作会议", "杭州市西湖区教育局"),
    ("以赛促学 ——南京市第一医院护理技能大赛圆满落幕", "南京市第一医院"),
])
def test_a_wechat_account_named_in_its_own_headline_is_the_outlet(tmp_path, headline, account):
    article = load_text(tmp_path, "page.html", wechat_page(headline, account))
    assert article.meta["outlet"] == account


def test_a_short_account_name_in_the_headline_stays_the_outlet(tmp_path):
    # near-miss: a name under the length the headline rule looks at was already kept
    article = load_text(tmp_path, "page.html", wechat_page("记育才小学英语组主题研修活动", "育才小学"))
    assert article.meta["outlet"] == "育才小学"


def test_the_platform_s_own_site_name_is_never_the_outlet(tmp_path):
    # a WeChat page whose account field was not saved: og:site_name 微信公众平台 is the platform, no outlet
    article = load_text(tmp_path, "page.html", wechat_page("英语组开展主题研修活动", None))
    assert article.meta["outlet"] != "微信公众平台"


def test_a_known_outlet_s_full_value_is_still_the_outlet():
    # near-miss: a name the outlet list knows (a paper's app, a portal) keeps its early return
    from zhnews.load.meta import clean_outlet
    assert clean_outlet("新华日报·交汇点") == "新华日报·交汇点"
    assert clean_outlet("微信公众平台") is None


# ------------------------------------------------------------------- an exporter's placeholder


def front_matter_export(author: str) -> str:
    # a WeChat exporter's markdown (fresh33 967): front matter, then the same fields as bold labels
    return (f"---\ntitle: 1948年经济总崩溃（上）\nauthor: {author}\n---\n\n# 1948 年经济总崩溃（上）\n\n"
            f"**Author:** {author}\n\n**Published:** 2017 年 01 月 18 日 18:28\n\n" + "\n\n".join(TEXT) + "\n")


def test_no_author_found_names_no_writer(tmp_path):
    article = load_text(tmp_path, "export.md", front_matter_export("No Author Found"))
    assert article.meta["author"] is None


def test_a_writer_in_the_same_export_is_kept(tmp_path):
    # near-miss: fresh33 968's export names its writer in the same slot
    article = load_text(tmp_path, "export.md", front_matter_export("叶曙明"))
    assert article.meta["author"] == "叶曙明"


# ------------------------------------------------------------------- a source line with the account's ID


@pytest.mark.parametrize("line, outlet, author", [
    # the real lines (fresh33 961, 962)
    ("来源：中国经济网（ID：ourcecn），综合人民日报、央视财经、环球网、观察者网、腾讯财经等", "中国经济网", None),
    ("来源：中青评论（ID：cydplb），作者：杨鑫宇，综合冰点周刊、人民网", "中青评论", "杨鑫宇"),
    # made-up variants: another account, a 微信号 note, a writer with no list after
    ("来源：远川研究所（ID：YuanChuanInstitution），作者：陈静", "远川研究所", "陈静"),
    ("本文来源：财经天下周刊（微信号：cjtxweekly），综合新华社、澎湃新闻、界面新闻、第一财经、21世纪经济报道等媒体报道", "财经天下周刊", None),
])
def test_a_source_line_naming_an_account_and_its_id_is_a_source_line(tmp_path, line, outlet, author):
    article = load_text(tmp_path, "page.html", wechat_page("乐天确定将出售在华超市业务", "人民日报", [*TEXT, line]))
    assert role_of(article, line) == ("boilerplate", "source_note")
    assert article.meta["outlet"] == outlet
    assert article.meta["author"] == author


def test_a_sentence_quoting_an_account_s_id_stays_body(tmp_path):
    # near-miss: a body sentence that names an account and its ID, mid-text, is no source line
    sentence = "据了解，该校还开通了公众号“育才英语”（ID：yucai_en），学生可以在上面提交作业，教师每周进行点评。"
    text = [TEXT[0], sentence, *TEXT[1:]]
    article = load_text(tmp_path, "page.html", wechat_page("英语组开展主题研修活动", "育才学校", text))
    assert role_of(article, sentence)[0] == "body"


# ------------------------------------------------------------------- a self-media writer's promo block and picks heading

POST = [
    "上一篇文章发出后，后台收到了很多留言，大家最关心的还是多个智能体到底怎么配置出来的。",
    "这一篇我把完整的配置过程拆开讲清楚，从工作区到路由规则，每一步都有对应的说明和示例。",
    "配置完成以后，不同的群对应不同的助手，它们的记忆和会话完全隔离，互不干扰。",
]


def post_with(head=(), tail=()) -> str:
    return "\n\n".join(["多智能体实操：一个人指挥一支团队", *head, *POST, *tail]) + "\n"


@pytest.mark.parametrize("line, above", [
    # the real lines (fresh33 960, 967): a follow prompt and a pitch above the post, the group ad and picks heading under it
    ("关注 「林月半子的AI笔记」，设为「星标」", True),
    ("我是林月半子，帮你用AI和自动化工具，「提升10倍工作效率」！", True),
    ("另外我和大牛一起组建了 「OpenClaw 小龙虾实战交流群」，99元/人。", False),
    ("感兴趣的私信我，备注「龙虾」。", False),
    ("读本号文章，品广州往事：", False),
    # made-up variants
    ("关注“科技老张”，并设为星标", True),
    ("我是老张，带你读懂每一条科技新闻。", True),
    ("我是阿May，陪你一起学英语！", True),
    ("我们成立了「AI写作训练营」，199元/人，名额有限。", False),
    ("有兴趣的朋友可以加微信，备注“训练营”。", False),
    ("阅读本号往期文章：", False),
])
def test_a_writer_s_promo_lines_and_the_account_s_picks_heading_are_chrome(tmp_path, line, above):
    article = load_text(tmp_path, "post.txt", post_with(head=[line]) if above else post_with(tail=[line]))
    assert role_of(article, line)[0] == "boilerplate"


@pytest.mark.parametrize("line", [
    # near-misses: a story's sentences with the same words
    "我是一名普通的外卖骑手，每天要跑四十多单，收入并不稳定。",
    "受害人称，对方组建了一个所谓的投资交流群，诱导群成员不断充值。",
    "当地居民成立了业主交流群，每户每月缴纳物业费2元/平方米。",
    "记者关注到，不少网友把这篇文章设为星标后反复阅读，并留下了长篇评论。",
    "读本号文章的多是中学教师，他们关心的问题集中在课堂管理上。",
])
def test_story_sentences_with_the_same_words_stay_body(tmp_path, line):
    article = load_text(tmp_path, "post.txt", post_with(tail=[line, POST[0].replace("上一篇", "下一篇")]))
    assert role_of(article, line)[0] == "body"


# ------------------------------------------------------------------- a short line under a picture in a list-heavy export

PRICE_ROWS = ["6 月 19 日：922 万元", "6 月 23 日：1154 万元", "6 月 28 日：1492 万元", "7 月 8 日：1500 万元",
              "火柴每盒 104 元 火柴每盒 2000 元", "肥皂每块 925 元 肥皂每块 5 万元"]
PROSE = ["抗战结束后，国民政府没有制订相应有效的政策，使国民经济从战时统制体系向战后的和平建设时期过渡，巨大的经济危机处处显现端倪。",
         "据 1947 年 2 月统计，法币发行总数高达 4.5367 万亿元，仅 1 月份一个月内便增发 8100 多万亿元，这是一个危险信号。",
         "涨风吹遍各行各业，就以一些日常生活用品的价格来看，1948 年比前一年同期平均涨了 23 倍，市民叫苦连天。"]


def export_with_picture(under: str, prose=PROSE) -> str:
    return ("# 1948 年经济总崩溃\n\n" + "\n\n".join(prose[:2]) + f"\n\n![](http://mmbiz.qpic.cn/a.jpg)\n\n{under}\n\n"
            + "\n\n".join([prose[2], "以下是 6 月至 7 月每担上等米价格的上涨情况：", *PRICE_ROWS]) + "\n")


@pytest.mark.parametrize("under", ["印钞机日夜加班", "抢购风潮中的南京路商店"])
def test_a_short_line_under_a_picture_is_its_caption_though_a_price_list_has_more_rows_than_the_prose(tmp_path, under):
    # fresh33 967: the list's unpunctuated rows outnumbered the paragraphs, so the article read as unpunctuated
    article = load_text(tmp_path, "export.md", export_with_picture(under))
    assert role_of(article, under) == ("caption", "image_caption")


def test_a_short_line_under_a_picture_in_an_unpunctuated_post_stays_body(tmp_path):
    # near-miss: a post that ends no sentence with a mark (a blog's spaces) says nothing by a short unfinished line
    prose = [line.replace("。", " ").replace("，", " ") for line in PROSE]
    article = load_text(tmp_path, "export.md", export_with_picture("印钞机日夜加班", prose))
    assert role_of(article, "印钞机日夜加班")[0] == "body"
