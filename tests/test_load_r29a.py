"""A whole portal page's visible text flattened to one line (fresh34 980-984, 986, 988: a 舆情 crawler's store of
人民网, 网易, 参考消息, 搜狐 pages): read in the lines the page had, so menus, breadcrumbs, the meta strip and the
footer are chrome and the title, outlet, author and date are found. The pages below are made up in the same shapes
(other portals' menus and wording); near-misses are one-line texts that are no page."""

import pytest

from conftest import load_text
from zhnews.load.flattened import is_flattened_page, is_link_list, page_lines

BODY_1 = "　　国务院今天召开常务会议，部署进一步做好稳就业工作，会议指出，今年以来就业形势总体稳定。"
BODY_2 = "　　会议要求，各地要落实好各项援企稳岗政策，帮助重点群体就业，确保全年目标任务完成。"
BODY_3 = "　　会议还研究了其他事项。"

# 人民网's layout: page title with channel and site, login widget, menus, breadcrumb, headline, meta strip, 原标题.
PEOPLE_STYLE = (
    "国务院部署稳就业工作--经济--人民网 帐号 密码 记住登录状态 选择去向 强国社区 强国论坛 强国博客 人民微博 "
    "人民聊吧 通行证首页 |  注册   要闻 时政 法治 | 国际 军事 | 台港澳 教育 | 社会 图片 观点 地方 | 财经 汽车 房产 "
    "人民网 >> 经济 国务院部署稳就业工作 2019年03月05日10:20    来源： 新华网    手机看新闻    字号 "
    f"原标题：国务院部署稳就业工作 {BODY_1} {BODY_2} {BODY_3} (责编：王明、李华) 打印 网摘 纠错 商城 分享 推荐 "
    "最新评论 热门评论 查看全部留言 经济要闻 国务院部署稳就业工作 央行发布金融数据 多地出台楼市新政 "
    "人民日报社概况 | 关于人民网 | 招聘英才 | 广告服务 | 合作加盟 | 网站声明"
)
# 新浪's layout: title_site, a channel menu, a breadcrumb with >, headline, a stamp and 来源, the editor's line.
SINA_STYLE = (
    "国务院部署稳就业工作_新浪新闻 新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多 汽车 教育 时尚 "
    "新闻中心 > 国内新闻 > 正文 国务院部署稳就业工作 2019-03-05 10:20:31 来源: 新京报 "
    f"{BODY_1} {BODY_2} {BODY_3} 责任编辑：张三 相关阅读 国务院部署稳就业工作 央行发布金融数据 多地出台楼市新政 "
    "新浪简介 | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | 通行证注册 | 产品答疑"
)


def _body(article):
    return "".join(article.paragraphs.loc[article.paragraphs.role == "body", "text"])


@pytest.mark.parametrize("text, outlet", [(PEOPLE_STYLE, "新华网"), (SINA_STYLE, "新京报")])
def test_a_flattened_portal_page_gives_its_fields_and_body(tmp_path, text, outlet):
    article = load_text(tmp_path, "page.txt", text)
    assert article.meta["title"] == "国务院部署稳就业工作"
    assert article.meta["outlet"] == outlet
    assert article.meta["publish_date"] == "2019-03-05"
    body = _body(article)
    for sentence in (BODY_1, BODY_2, BODY_3):
        assert sentence.strip("　") in body
    for chrome in ("强国社区", "新浪首页", "人民网 >>", "国内新闻 >", "来源", "责编", "责任编辑", "最新评论", "相关阅读",
                   "广告服务", "央行发布金融数据"):
        assert chrome not in body, chrome
    assert article.meta["coverage"] == 1.0


def test_a_page_without_its_title_line_takes_the_headline_above_the_meta_strip(tmp_path):
    """参考消息's shape (983): menus first, teasers under them, no page title; the headline is the line above the stamp."""
    text = ("参考消息      中国     时事     社会     国际     亚太     趣闻     军事     周边     装备      图片   "
            "全球十大房价涨幅最高城市 热点推荐 专题 图闻 锐参考 时事漫画 封面报道 "
            "首页>中国频道>时事要闻>正文 国务院部署稳就业工作 2019-03-05 10:20:31 来源：中国新闻网 责任编辑： "
            f"{BODY_1} {BODY_2} {BODY_3}")
    article = load_text(tmp_path, "page.txt", text)
    assert article.meta["title"] == "国务院部署稳就业工作"
    assert article.meta["publish_date"] == "2019-03-05"
    assert "全球十大房价涨幅最高城市" not in _body(article)


def test_a_name_between_the_headline_and_the_stamp_is_the_byline(tmp_path):
    """人民网's commentary layout (984): 补齐干部能下的制度短板 钟宪章 2015年11月02日07:23."""
    text = PEOPLE_STYLE.replace("人民网 >> 经济 国务院部署稳就业工作 2019", "人民网 >> 经济 国务院部署稳就业工作 张建国 2019")
    article = load_text(tmp_path, "page.txt", text)
    assert article.meta["title"] == "国务院部署稳就业工作"
    assert article.meta["author"] == "张建国"


def test_the_same_page_with_its_line_breaks_reads_the_same(tmp_path):
    """The cues are the ones a page copied with its line breaks meets: the same fields come out."""
    lines = "\n".join(page_lines(PEOPLE_STYLE))
    article = load_text(tmp_path, "page.txt", lines)
    assert (article.meta["title"], article.meta["outlet"], article.meta["publish_date"]) == (
        "国务院部署稳就业工作", "新华网", "2019-03-05")


def test_the_page_is_cut_only_at_white_space():
    lines = page_lines(PEOPLE_STYLE)
    assert "".join(lines).replace(" ", "") == PEOPLE_STYLE.replace(" ", "").replace("　", "")
    assert "人民网 >> 经济" in lines
    assert "2019年03月05日10:20" in lines
    assert "原标题：国务院部署稳就业工作" in lines


@pytest.mark.parametrize("text", [
    # a THUCNews / Sogou record: one line of prose, no menus
    "房产\t开发商频频拿地 市场复苏谨防再起炒作风10日，经过一番激烈的争夺，某地块最终被一家开发商拿下。" * 8,
    # one enumeration of short words inside prose is no menu of a page
    "今年春节期间，北京 上海 广州 深圳 杭州 南京 成都 等城市的客流量明显回升，" + "各地商场人气旺盛，消费市场持续回暖。" * 20,
])
def test_a_one_line_text_that_is_no_page_is_read_as_before(text):
    assert not is_flattened_page(text)


@pytest.mark.parametrize("line, listed", [
    ("要闻 时政 法治 | 国际 军事 | 台港澳 教育", True),
    ("国务院部署稳就业工作 央行发布金融数据 多地出台楼市新政 人民日报社概况", True),
    ("按照“十个工作日一调”原则，新一轮 成品油 调价窗口将于11月3日24时开启。", False),  # prose with linked words
    ("厘清“下”的界限 打通“下”的通道", False),  # a two-part headline
])
def test_a_link_list_is_runs_without_a_full_stop(line, listed):
    assert is_link_list(line) == listed


def test_the_page_title_ends_before_the_site_s_greeting(tmp_path):
    """国际能源网 / 韦博石油网 (981, 988): 标题-频道-站名 欢迎您访问站名! on the first line; a later greeting closing a
    "today is" widget (今天是 2015年10月27日 欢迎您光临本站) is left with its date, which is no publish date."""
    text = PEOPLE_STYLE.replace("国务院部署稳就业工作--经济--人民网 帐号", "国务院部署稳就业工作-经济-某某能源网 欢迎您访问某某能源网! 帐号")
    text = text.replace("人民网 >> 经济", "今天是 2019年03月08日 欢迎您光临本站 首页 >> 经济")
    article = load_text(tmp_path, "page.txt", text)
    assert article.meta["title"] == "国务院部署稳就业工作"
    assert article.meta["publish_date"] == "2019-03-05"
    assert "欢迎您访问某某能源网!" in page_lines(text)


STORY = ("公司今年的营收继续增长，管理层在年报中表示，新业务的贡献超过了三成，市场对此反应积极，股价连续上涨。\n\n"
         "分析人士认为，这一增长主要来自海外市场，尤其是东南亚地区的订单大幅增加，带动了整体业绩的提升。")


@pytest.mark.parametrize("byline, author", [
    ("本报资深记者 吴莉 《 中国能源报 》（ 2015年10月12日 第 13 版）", "吴莉"),  # 988's edition line, a trade paper
    ("本报资深记者 吴莉", "吴莉"),
    ("首席记者 王强", "王强"),
    ("本报记者 张明", "张明"),  # the plain 本报记者 as before
])
def test_a_senior_reporter_s_byline(tmp_path, byline, author):
    article = load_text(tmp_path, "story.txt", f"某公司营收增长三成\n\n{byline}\n\n{STORY}\n")
    assert article.meta["author"] == author


def test_a_flattened_page_keeps_a_spaced_edition_line_whole():
    """《 中国能源报 》（ 2015年10月12日  第 13 版）: the gap inside the brackets is the page's spacing, no seam."""
    text = PEOPLE_STYLE.replace("原标题：国务院部署稳就业工作 ", "  本报资深记者 吴莉 《 中国能源报 》（ 2015年10月12日  第 13 版） ")
    assert "本报资深记者 吴莉 《 中国能源报 》（ 2015年10月12日 第 13 版）" in [" ".join(line.split()) for line in page_lines(text)]


@pytest.mark.parametrize("signature, author", [
    ("（慕阳子 中国现代国际关系研究院欧洲所）", "慕阳子"),  # 980: a pen name no common surname opens
    ("（张明 北京大学国际关系学院）", "张明"),
    ("(李华 中国社会科学院世界经济与政治研究所)", "李华"),
    ("（中国 社会科学院）", None),  # no name: an institution alone
    ("（记者 李明 北京报道）", "李明"),  # a reporter's credit, another row
])
def test_a_commentary_signed_with_the_writer_s_institution(tmp_path, signature, author):
    article = load_text(tmp_path, "comment.txt", f"某公司营收增长三成\n\n{STORY}\n\n{signature}\n")
    assert article.meta["author"] == author
    if author:
        assert signature not in "".join(article.paragraphs.loc[article.paragraphs.role == "body", "text"])


def test_a_bracketed_gloss_closing_the_story_is_no_signature(tmp_path):
    article = load_text(tmp_path, "gloss.txt", f"某公司营收增长三成\n\n{STORY}（以上数据 来自统计局）\n")
    assert article.meta["author"] is None


def test_a_bracket_set_apart_by_spaces_is_a_line_of_its_own():
    """(责编：赵芳、王建) between a share widget and a counter (984); a bracket glued to the words after it (a wire's
    dateline credit, 中新社太原11月4日电 (李新锁)11月4日，…, 983) stays in its sentence."""
    text = PEOPLE_STYLE.replace("(责编：王明、李华) 打印", "分享到： (责编：王明、李华) 26987405 打印")
    assert "(责编：王明、李华)" in page_lines(text)
    text = PEOPLE_STYLE.replace("　　国务院今天", "　　中新社北京3月5日电 (李新锁)国务院今天")
    assert any(line.startswith("中新社北京3月5日电 (李新锁)国务院今天") for line in page_lines(text))


def test_below_the_editor_s_credit_a_flattened_page_is_chrome(tmp_path):
    """搜狐/人民网/网易 close the article with the editor's credit; the comment box and hot lists under it are chrome
    even when they read like sentences (发言请遵守新闻跟帖服务协议 善意回帖，理性发言!, 984). An empty 责任编辑： in the
    meta strip above the article (983) closes nothing."""
    tail = " 发言请遵守新闻跟帖服务协议  善意回帖，理性发言!  恭喜你，发表成功!  请牢记你的用户名，立即进入个人中心修改密码。"
    article = load_text(tmp_path, "page.txt", SINA_STYLE.replace(" 相关阅读", tail + " 相关阅读"))
    body = _body(article)
    assert "理性发言" not in body and "请牢记你的用户名" not in body and BODY_3.strip("　") in body
    early = SINA_STYLE.replace("来源: 新京报 ", "来源: 新京报 责任编辑： ")
    assert BODY_2.strip("　") in _body(load_text(tmp_path, "early.txt", early))


def test_a_source_between_headline_and_stamp_and_a_story_glued_after_the_stamp(tmp_path):
    """今日头条's layout flattened: menus, the headline (its halves a space apart), the source's name, the time stamp and
    the first sentence right after it (…模式 中国网 2019-11-25 10:37:31 综合消息，近日，…)."""
    text = ("登录 侵权投诉 头条产品 问答 头条号 图虫 正版图库 广告投放 懂车帝 首页 / 其他 / 正文 搜索 1 转发 微博 Qzone 微信 "
            "较强冷空气来袭 全国多地开启降温模式 中国网 2019-11-25 10:37:31 综合消息，近日，较强冷空气袭击多地，多地降温明显。"
            " 中央气象台继续发布寒潮蓝色预警，公众需注意防寒保暖。 湖北 海南 西藏 南京 黄淮 气象 青海 长沙 武汉 收藏 举报")
    article = load_text(tmp_path, "page.txt", text)
    assert (article.meta["title"], article.meta["outlet"], article.meta["publish_date"]) == (
        "较强冷空气来袭 全国多地开启降温模式", "中国网", "2019-11-25")
    assert "综合消息，近日，较强冷空气袭击多地，多地降温明显。" in _body(article)


def test_a_stamp_followed_by_a_site_s_name_keeps_it():
    """www.oilmg.com 2015/10/20 11:40:13 韦博石油网 (988): a name after the stamp is the strip's, not the story's."""
    assert "2015/10/20 11:40:13 韦博石油网" in page_lines(
        "首页 >> 今日热点 华电跨进天然气时代 www.oilmg.com 2015/10/20 11:40:13 韦博石油网   来源： 中国能源报")


def test_an_editor_s_credit_above_most_of_the_prose_closes_nothing(tmp_path):
    """A page that credits its editor under a long standfirst, the story still to come: the story stays body."""
    standfirst = "　　导读：国务院今天召开常务会议，部署进一步做好稳就业工作，会议要求各地落实好各项援企稳岗政策。 责任编辑：张三 "
    text = SINA_STYLE.replace("来源: 新京报 ", "来源: 新京报 " + standfirst)
    body = _body(load_text(tmp_path, "page.txt", text))
    assert BODY_2.strip("　") in body and BODY_3.strip("　") in body


def test_two_names_after_a_byline_label_stay_with_it(tmp_path):
    """搜狐's strip (986): 作者：周宇 邹春霞 手机看新闻 保存到博客 大 | 中 | 小 打印: the second name is the label's, the menu
    starts after it; a label with one word of value (来源： 综合 作者：…) is as before."""
    strip = "2019-03-05 10:20:31 来源： 综合 作者：周宇 邹春霞 手机看新闻 保存到博客 大 | 中 | 小 打印 "
    text = SINA_STYLE.replace("2019-03-05 10:20:31 来源: 新京报 ", strip)
    assert "作者：周宇 邹春霞" in page_lines(text)
    assert load_text(tmp_path, "page.txt", text).meta["author"] == "周宇、邹春霞"
