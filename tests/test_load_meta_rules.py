"""The loader's general rules for meta and wrapped lines, on short excerpts of real articles.

Byline and date strings are copied from tune articles of ../shared/dev_corpus (named in each case)
or are the shapes issue 11 lists; expected values are read off the text by hand.
"""

import re

import pytest

from conftest import body, load_text
from zhnews.load import load_article, meta_table
from zhnews.load.meta import clean_names, clean_outlet, copyright_holder
from zhnews.load.outlets import outlet_of_url
from zhnews.load.pieces import iso_date
from zhnews.load.roles import first_cue, split_glued_caption

# A sentence of 30_caixin_virus_sequencing_origin.md and its neighbour.
CAIXIN_A = "追根溯源，截至2月24日已致2660多人死亡、77000多人确诊感染的新冠病毒，这种与SARS相近的新型冠状病毒何时被发现？"
CAIXIN_B = "财新记者通过多方采访，并梳理相关论文、数据库资料印证，使信息拼图逐渐完整地浮现出来。"
# A sentence of 49_banyuetan_yiyang_digital.html.
YIYANG = ("无土栽培、立体种植、智能调控、四季生产……在益阳一个智慧农业园区里，物联网、大数据等技术，对农业生产进行智能感知、"
          "智能预警、智能决策，精准使用水、肥、药，赋予农产品一张张“身份证”“体检单”。")


@pytest.mark.parametrize("byline, names", [
    ("本报记者  王乐文  方  敏", "王乐文、方敏"),  # 40: padding inside 方敏
    ("《财经》记者 房宫一柳 黎诗韵 刘以秦 信娜 实习生马可欣", "房宫一柳、黎诗韵、刘以秦、信娜、马可欣"),  # 31
    ("政能亮特约评论员 韩涵", "韩涵"),  # 46: a role word is no name
    ("中国国际经济交流中心世界经济研究部部长，“一带一路”研究部部长、研究员徐占忱", "徐占忱"),  # 45
    ("編譯茅毅、記者謝守真", "茅毅、謝守真"),  # 54
    ("香港特約記者 麥燕庭", "麥燕庭"),  # 52
    ("白小交 整理自 凹非寺", "白小交"),  # 36: 凹非寺 is where it was written
    ("李想 摄影/王川", "李想"),  # the photographer is no author
    ("经济日报评论员", None),  # 48: a collective signature
    ("安全内参编译", None),  # 37: a desk credit
    ("昨天", None),  # 39: WeChat's relative date
])
def test_names_in_a_byline(byline, names):
    assert clean_names(byline) == names


@pytest.mark.parametrize("line, captured", [
    ("原文来自财新网：新冠病毒基因测序溯源：警报是何时拉响的",
     {"outlet": "财新网", "title": "新冠病毒基因测序溯源：警报是何时拉响的"}),  # 30
    ("原文来自财经杂志公号：统计数字之外的人：他们死于“普通肺炎”？",
     {"outlet": "财经杂志", "title": "统计数字之外的人：他们死于“普通肺炎”？"}),  # 31
    ("原文来自订阅号「某某财经」", {"outlet": "某某财经"}),
    ("原创 张三 某某观察", {"author": "张三", "outlet": "某某观察"}),
    ("原创 张三 某某号 2023-05-12 21:40", {"author": "张三", "outlet": "某某号", "date": "2023-05-12"}),
    ("安全内参编译 安全内参 2023-03-02 11:19", {"author": "安全内参编译", "outlet": "安全内参", "date": "2023-03-02"}),  # 37
    ("量子位 | 公众号 QbitAI", {"outlet": "量子位"}),  # 36
    ("作者✎张三", {"author": "张三"}),
    ("张三/文", {"author": "张三"}),
    ("作者：", {}),  # an empty label names no one
])
def test_repost_and_byline_lines_in_the_head(line, captured):
    hit = first_cue(line, "head")
    assert hit is not None and hit[0].role in ("byline", "boilerplate")
    assert {k: v for k, v in hit[1].groupdict().items() if v} == captured


@pytest.mark.parametrize("line, kind", [
    ("全文约3800字，阅读需要8分钟", "reading_time"),
    ("点这里👇关注我，记得标星哦～", "cta"),  # 36
    ("一键三连「点赞」、「分享」和「在看」", "cta"),  # 36
    ("评选征集中", "promo"),  # 36
    ("11-05 07:45 某某资讯", "dateline_chrome"),
    ("收藏到", "page_chrome"),
    ("36氪旗下精选公众号", "account_intro"),  # 33
    ("宋玮 | 编辑", "editor_credit"),  # 31
])
def test_chrome_by_kind(line, kind):
    hit = first_cue(line, "tail") or first_cue(line, "head")
    assert hit is not None and (hit[0].role, hit[0].kind) == ("boilerplate", kind)


@pytest.mark.parametrize("text, date", [
    ("發表時間： 01/09/2023 - 09:49", "2023-09-01"),  # 52, RFI writes the day first
    ("2023-09-11T10:30:47.000Z", "2023-09-11"),  # 51 <meta article:published_time>
    ("20230828T010507Z", "2023-08-28"),  # 54, 09:05 in China
    ("2023-08-27T20:00:00Z", "2023-08-28"),  # UTC evening is the next morning in China
])
def test_dates(text, date):
    assert iso_date(text) == date


def test_outlet_names_are_cleaned():
    assert clean_outlet("来源：人民日报") == "人民日报"  # 40 <meta name=source>
    assert clean_outlet("RFI - 法國國際廣播電台") == "法國國際廣播電台"  # 52 og:site_name
    assert clean_outlet("example.org") is None  # an address of no known outlet is no name
    assert clean_outlet("banyuetan.org") == "半月谈网"  # a known outlet's address is its name (data/lexicon/outlets.tsv)
    assert clean_outlet("网易版权所有") is None


def test_hard_wrapped_markdown_joins(tmp_path):
    text = (
        "# 新冠病毒基因测序溯源\n\n"
        f"{CAIXIN_A[:30]}\n{CAIXIN_A[30:]}{CAIXIN_B[:-1]}\n。\n\n"
        "公司预计营业收入为512,300 万元-530,900\n万元，同比增长百分之十二，利润也有所增加。\n"
    )
    article = load_text(tmp_path, "wrapped.md", text)
    assert body(article) == [CAIXIN_A + CAIXIN_B, "公司预计营业收入为512,300 万元-530,900万元，同比增长百分之十二，利润也有所增加。"]
    assert article.coverage.ratio == 1.0


def test_quote_above_the_heading_keeps_the_title(tmp_path):
    text = (
        "> 原文链接：https://mp.weixin.qq.com/s/abc 这是归档网站在标题前加上的一大段说明文字，说明原文出处和归档时间，足够长。\n\n"
        "# 新冠病毒基因测序溯源：警报是何时拉响的\n\n"
        "文｜高昱\n\n"
        f"{CAIXIN_A}{CAIXIN_B}\n"
    )
    article = load_text(tmp_path, "quoted.md", text)
    table = meta_table(article.meta).set_index("field")
    assert table.loc["title", "value"] == "新冠病毒基因测序溯源：警报是何时拉响的"
    assert table.loc["title", "source"] == "first heading (#)"
    assert (table.loc["author", "value"], table.loc["author", "source"]) == ("高昱", "byline: 文｜高昱")
    assert table.loc["publish_date", "value"] is None and table.loc["outlet", "value"] is None  # never a guess


def test_masthead_issue_and_name_line_of_a_journal_text(tmp_path):
    text = (
        "经　济　研　究\n"
        "2019年第5期\n"
        "新冠病毒基因测序溯源\n"
        "高　昱1　彭岩锋2\n"
        "（财新传媒，北京　100010）\n\n"
        "内容提要：本文梳理了新冠病毒基因测序溯源，" + CAIXIN_B + "\n"
        f"{CAIXIN_A}{CAIXIN_B}\n"
        f"{CAIXIN_B}{CAIXIN_A}\n"
    )
    article = load_text(tmp_path, "journal.txt", text, encoding="gb18030")
    assert (article.meta["title"], article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == (
        "新冠病毒基因测序溯源", "经济研究", "高昱、彭岩锋", "2019")
    assert article.meta["outlet_source"].startswith("masthead line")
    assert body(article)[0].startswith("内容提要：本文梳理了新冠病毒基因测序溯源，")  # a sentence naming the title keeps it
    assert "（财新传媒，北京　100010）" not in " ".join(body(article))


def test_journal_masthead_with_its_latin_name_and_volume(tmp_path):
    # the head of a Fudan corpus journal text (shaalx/sstruct static/corpus/C11-Space/C11-Space0095.txt)
    text = (
        "航空计测技术\n"
        "AVIATION METROLOGY & MEASUREMENT TECHNOLOGY\n"
        "1999年 第19卷 第5期 Vol.19 No.5 1999\n\n\n\n"
        "空间坐标转换技术的分析与研究(二)\n"
        "周维虎　兰一兵　丁叔丹　费业泰\n"
        f"{CAIXIN_A}{CAIXIN_B}\n"
        f"{CAIXIN_B}{CAIXIN_A}\n"
    )
    article = load_text(tmp_path, "journal.txt", text, encoding="gb18030")
    assert (article.meta["title"], article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == (
        "空间坐标转换技术的分析与研究(二)", "航空计测技术", "周维虎、兰一兵、丁叔丹、费业泰", "1999")
    assert dict(zip(article.paragraphs["text"], article.paragraphs["role"]))[
        "AVIATION METROLOGY & MEASUREMENT TECHNOLOGY"] == "byline"


def test_reprint_issue_month_and_a_stray_bad_byte(tmp_path):
    # a 人大复印资料 record (Fudan C3-Art0095 shape) whose GBK bytes hold one stray lead byte, as
    # C35-Law073.txt does; the rest reads as written
    text = ("【原文出处】温州师范学院学报：哲社版\n【原刊期号】199704\n【 标  题 】电影与电视的艺术文化比较\n"
            f"【 作  者 】蔡贻象\n【 正  文 】\n{CAIXIN_A}{CAIXIN_B}\n{CAIXIN_B}{CAIXIN_A}\n")
    raw = text.encode("gb18030").replace("使信息拼图".encode("gb18030"), "使信息拼图".encode("gb18030") + b"\x8a ", 1)
    path = tmp_path / "reprint.txt"
    path.write_bytes(raw)
    article = load_article(path)
    assert article.meta["encoding"] == "gb18030"
    assert (article.meta["title"], article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == (
        "电影与电视的艺术文化比较", "温州师范学院学报：哲社版", "蔡贻象", "1997-04")
    assert any(CAIXIN_A in paragraph for paragraph in body(article))


def test_date_in_the_title(tmp_path):
    article = load_text(tmp_path, "brief.md", f"# 财经早报2023年3月14日星期二\n\n{CAIXIN_A}{CAIXIN_B}\n")
    assert (article.meta["publish_date"], article.meta["publish_date_source"]) == ("2023-03-14", "date in the title")


def test_short_subject_after_an_image_is_no_caption():
    # 中国经济|今年以来…: a four-character run before an opener word is the sentence's subject
    text = "中国经济今年以来持续回升，消费和投资都在恢复，市场信心逐步增强。"
    assert split_glued_caption(text, text) is None
    assert split_glued_caption("1月20日，梁文峰参加总理座谈会目前量化投资的优势在于速度。", "") == 16  # a real caption still goes


def test_bold_first_line_is_the_title_and_a_quoted_standfirst_precedes_the_byline(tmp_path):
    # the shape of 31_caijing_outside_statistics.md without its front matter
    text = (
        "**统计数字之外的人：他们死于“普通肺炎”？**\n\n"
        "> 《财经》采访的10余位病患家庭，多数全家感染。他们还搀扶着病危的老人、孕妇辗转在各家医院，他们的家人们处于生死一线。\n\n"
        "记者 房宫一柳 黎诗韵\n\n"
        f"{CAIXIN_A}{CAIXIN_B}\n\n{CAIXIN_B}{CAIXIN_A}\n"
    )
    article = load_text(tmp_path, "untitled.md", text)
    assert (article.meta["title"], article.meta["author"]) == ("统计数字之外的人：他们死于“普通肺炎”？", "房宫一柳、黎诗韵")
    assert article.meta["title_source"] == "title paragraph (first short line above the article)"


def test_meta_author_who_is_the_editor_is_no_author(tmp_path):
    # 49_banyuetan_yiyang_digital.html: <meta name="author"> names the 责任编辑 (here with no byline)
    page = (
        "<html><head><title>益阳：“数字”是优长-半月谈</title><meta name=\"author\" content=\"孔德明\"></head><body>"
        "<h1>益阳：“数字”是优长</h1><div class=\"content\"><p>益水之阳，是名益阳。" + YIYANG + "</p><p>" + CAIXIN_B + CAIXIN_A
        + "</p><p>" + CAIXIN_A + "</p></div><div class=\"editor\">责任编辑：孔德明</div></body></html>"
    )
    article = load_text(tmp_path, "portal.html", page)
    assert article.meta["title"] == "益阳：“数字”是优长"
    assert article.meta["author"] is None  # nor 益阳: a place before the colon is named in the text


def test_portal_info_line_in_any_order():
    hit = first_cue("作者：张三 来源：某某网 时间：2023-01-01 10:00", "head")
    assert {k: v for k, v in hit[1].groupdict().items() if v} == {"author": "张三", "outlet": "某某网", "date": "2023-01-01"}
    hit = first_cue("来源：某某日报 作者：李四", "head")
    assert {k: v for k, v in hit[1].groupdict().items() if v} == {"author": "李四", "outlet": "某某日报"}


# ------------------------------------------------------------------------------------------
# Round 3: where unseen outlets put their name, and the chrome around it. Addresses and lines are
# copied from pages of GeneralNewsExtractor's tests, magic-html's benchmark and newsdiffHK (named
# in each case); expected values are read off the page by hand.

@pytest.mark.parametrize("address, outlet", [
    ("https://www.toutiao.com/a6763067898329039374/", "今日头条"),  # GNE toutiao: a platform's name
    ("https://3w.huanqiu.com/a/d80b1f/3yWyyCuSR4w", "环球网"),  # GNE huanqiu
    ("https://mp.weixin.qq.com/s/Y-rLrjbNHpHyt-FrTOXSHA", ""),  # WeChat: the account is the outlet, never 腾讯网
    ("https://www.bbc.com/zhongwen/simp/world-1", "BBC中文网"),
    ("https://www.bbc.com/news/world-1", ""),  # the English site is not listed
    ("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918.shtml", ""),  # a province's .gov.cn is not 中国政府网
])
def test_outlet_of_a_web_address(address, outlet):
    assert outlet_of_url(address) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("版权所有：中国政府网 中文域名：中国政府网.政务", "中国政府网"),  # GNE other
    ("Copyright©和讯网 北京和讯在线信息咨询服务有限公司 All Rights Reserved 版权所有 复制必究", "和讯网"),  # GNE hexun
    ("copyright © 2023 中央通訊社版權所有", "中央通訊社"),  # 53_cna
    ("© 2019 今日头条 www.toutiao.com 中国互联网举报中心", "今日头条"),  # GNE toutiao: the address on the line
    ("© 1997-2019 网易公司版权所有 About NetEase", None),  # a company owns the site; its name is no outlet's
    ("臺灣電視事業股份有限公司 版權所有 © 2010- Taiwan Television Enterprise, Ltd.", None),
])
def test_outlet_a_copyright_line_names(line, outlet):
    assert copyright_holder(line) == outlet


def test_saved_page_address_names_the_outlet_when_nothing_else_does(tmp_path):
    page = (
        "<!-- saved from url=(0049)https://3w.huanqiu.com/a/d80b1f/3yWyyCuSR4w -->\n"
        "<html><head><title>别笑！18人的“新八国联军”今天成立了</title></head><body>"
        f"<h1>别笑！18人的“新八国联军”今天成立了</h1><p>{CAIXIN_A}{CAIXIN_B}</p><p>{CAIXIN_B}{CAIXIN_A}</p></body></html>"
    )
    article = load_text(tmp_path, "page.html", page)
    assert article.meta["outlet"] == "环球网"
    assert "saved page's address" in article.meta["outlet_source"]


def test_short_link_lines_under_the_article_are_related_links(tmp_path):
    # the shape of GNE's sina and guancha pages: headlines of other articles, each a link, under the text
    page = (
        "<html><head><title>城市有轨电车之困_新浪新闻</title></head><body><h1>城市有轨电车之困</h1>"
        f"<div class=\"article\"><p>{CAIXIN_A}{CAIXIN_B}</p><p>{CAIXIN_B}{CAIXIN_A}</p></div>"
        "<div><p><a href=\"/a/1.html\">华为发布业界首款5G SoC芯片：麒麟990</a></p>"
        "<p><a href=\"/a/2.html\">香港警方追查可疑车辆 司机掏出气枪</a></p></div></body></html>"
    )
    article = load_text(tmp_path, "page.html", page)
    kinds = dict(zip(article.paragraphs["text"], article.paragraphs["role"]))
    assert kinds["华为发布业界首款5G SoC芯片：麒麟990"] == kinds["香港警方追查可疑车辆 司机掏出气枪"] == "boilerplate"
    assert CAIXIN_A + CAIXIN_B in body(article)


def test_badge_glued_before_the_headline_is_dropped(tmp_path):
    # GNE toutiao/2.html: <h2 class="title"><span>原创</span>最不愁吃肉的国家：…</h2> under <title>最不愁吃肉的国家：…
    headline = "最不愁吃肉的国家：顿顿有肉吃，却要靠中国运输蔬菜水果"
    page = (f"<html><head><title>{headline}</title></head><body><h2 class=\"title\"><span>原创</span>{headline}</h2>"
            f"<p>{CAIXIN_A}{CAIXIN_B}</p><p>{CAIXIN_B}{CAIXIN_A}</p></body></html>")
    assert load_text(tmp_path, "page.html", page).meta["title"] == headline


@pytest.mark.parametrize("line, captured", [
    # magic-html theorychina and guancha: a font-size widget inside the date line
    ("发布时间：2024年05月05日 | 字体放大 | 字体缩小", {"date": "2024年05月05日"}),
    ("2019-09-09 19:32:27 字号：A- A A+ 来源：中新网", {"date": "2019-09-09", "outlet": "中新网"}),
    # GNE gzggw: an info line with an empty value
    ("发布日期：2016-11-22 浏览次数： 信息来源：省发改委", {"date": "2016-11-22", "outlet": "省发改委"}),
    # GNE guancha: a bracketed 文/ byline
    ("【文/观察者网专栏作者 王文】", {"author": "观察者网专栏作者 王文"}),
    # magic-html toutiao: names joined by 、
    ("新华社记者邹多为、唐诗凝、丁乐", {"outlet": "新华社", "author": "邹多为、唐诗凝、丁乐"}),
    # wxvuln exports: a Latin writer's name before the account; an account name with digits in it
    ("Sergiu Gatlan 代码卫士 2022-06-08 18:17", {"author": "Sergiu Gatlan", "outlet": "代码卫士", "date": "2022-06-08"}),
    ("知道创宇404实验室 2022-06-22 17:09", {"outlet": "知道创宇404实验室", "date": "2022-06-22"}),
    # magic-html gmw: a wire dateline naming its reporters without 记者
    ("新华社北京5月19日电（刘艺、杨吉）", {"outlet": "新华社", "author": "刘艺、杨吉"}),
])
def test_date_and_source_lines_of_portals(line, captured):
    found = first_cue(line, "head")
    assert found is not None
    assert {key: value for key, value in found[1].groupdict().items() if value} == captured


@pytest.mark.parametrize("line, outlet", [
    # Jekyll re-posts of WeChat articles (Terminus2049.github.io _posts)
    ("原文：端传媒 [「一家書店的葬禮，和它告別的時代」](https://theinitium.com/article/20180206/)", "端传媒"),
    ("原文来自微信公众号「新生8 」：~~[尘肺门纪实0601](https://mp.weixin.qq.com/s/x)~~", "新生8"),
    ("文章来自微信「土逗公社」和「削美丽」：~~[女工米兔进行时](https://mp.weixin.qq.com/s/y)~~", "土逗公社"),
    ("原文来自「政见CNPolitics.org」：[互联网冲击下，市场化媒体大批死去](https://mp.weixin.qq.com/s/z)", "政见CNPolitics.org"),
])
def test_repost_lines_of_a_jekyll_archive(tmp_path, line, outlet):
    text = f"---\nlayout: post\ntitle: 某某标题\ndate: 2018-06-03\n---\n\n{line}\n\n---\n\n{CAIXIN_A}{CAIXIN_B}\n\n{CAIXIN_B}{CAIXIN_A}\n"
    article = load_text(tmp_path, "post.md", text)
    assert article.meta["outlet"] == outlet
    assert article.coverage.ratio == 1.0


def test_an_unclosed_link_target_does_not_hide_text_from_the_coverage_check(tmp_path):
    # Terminus2049 2019-12-02 post: the link's ")" is missing, the next ")" is paragraphs below
    text = (f"原文来自「界面新闻」：~~[对话华为被拘251天前员工](https://mp.weixin.qq.com/s/yylqt~~\n\n"
            f"{CAIXIN_A}\n\n{CAIXIN_B}(公司没有亏待我)，但职级一直没变过。\n")
    article = load_text(tmp_path, "post.md", text)
    assert article.coverage.ratio == 1.0
    assert article.coverage.n_paragraph_chars == article.coverage.n_content_chars


@pytest.mark.parametrize("value, outlet", [
    ("来源： 访问量：199 发布日期：2017-05-15 10:49", None),  # a county site's info line with an empty 来源
    ("来源： 作者： 浏览次数：36", None),
    ("小众软件;)", "小众软件"),  # a WeChat account's 原创 line with an emoticon after its name
    ("某某科技~", "某某科技"),
    ("长江日报及新华社、人民日报、央视新闻等", "长江日报"),  # a morning briefing crediting several outlets
    ("南方都市报和新京报", "南方都市报"),
    ("和讯网", "和讯网"),  # 和 that starts a name joins nothing
])
def test_junk_outlets_are_refused_or_trimmed(value, outlet):
    assert clean_outlet(value) == outlet


def test_a_lowercase_site_handle_in_meta_author_is_no_author(tmp_path):
    # a portal's <meta name="author" content="chinanews">: the site's handle, not a writer
    page = (
        "<html><head><title>坚定实施扩大内需战略-中新网</title><meta name=\"author\" content=\"chinanews\"></head><body>"
        "<h1>坚定实施扩大内需战略</h1><div class=\"content\"><p>" + YIYANG + "</p><p>" + CAIXIN_B + CAIXIN_A
        + "</p><p>" + CAIXIN_A + "</p></div></body></html>"
    )
    assert load_text(tmp_path, "portal.html", page).meta["author"] is None


def test_markdown_lines_wrapped_inside_bold_or_a_book_title_join(tmp_path):
    # a WeChat export (方伟看十年) wraps lines where a bold run opens, after a bold clause ending in a comma,
    # and inside 《》 or （）
    text = (
        "# 迪士尼的商业模式\n\n"
        "阿段简单评价过迪士尼：“我认为迪士尼是一家值得收藏的伟大公司，  **\n但一直没明白迪士尼的商业模式。  ** ”\n\n"
        "** 我依然在思考泡泡玛特单个 IP 的长期可持续性，  **\n我一般不会在一家公司如日中天的时候买入。\n\n"
        "昨晚去看了《疯狂动物城\n2》，迪士尼还是保持了他的高水准。\n\n"
        "股价在 10 年时间里，甚至是-6%（  **\n如下图），利息费用也高昂。\n\n"
        "**小标题**\n正文从这里开始，并不属于小标题。\n"
    )
    # the spaces around the export's bold marks may stay: compared without whitespace
    assert [re.sub(r"\s+", "", line) for line in body(load_text(tmp_path, "wechat.md", text))] == [
        "阿段简单评价过迪士尼：“我认为迪士尼是一家值得收藏的伟大公司，但一直没明白迪士尼的商业模式。”",
        "我依然在思考泡泡玛特单个IP的长期可持续性，我一般不会在一家公司如日中天的时候买入。",
        "昨晚去看了《疯狂动物城2》，迪士尼还是保持了他的高水准。",
        "股价在10年时间里，甚至是-6%（如下图），利息费用也高昂。",
        "小标题", "正文从这里开始，并不属于小标题。",
    ]


@pytest.mark.parametrize("line, names", [
    ("報導．攝影╱韓旭爾", "韓旭爾"),  # 蘋果日報 (Taiwan): role words joined by a dot, a box-drawing slash
    ("報導•攝影╱向高彬", "向高彬"),
    ("採訪、撰文／王小明", "王小明"),  # a magazine's credit
    ("文╱李想", "李想"),
])
def test_role_words_joined_before_the_name(line, names):
    cue, found = first_cue(line, region=None)
    assert (cue.role, clean_names(found.group("author"))) == ("byline", names)


def test_wechat_export_head_with_cover_image_repeated_author_and_account(tmp_path):
    # a WeChat export (方伟看十年): a cover image above the heading, then 原创 <author> <author> <account link>
    text = (
        "![cover_image](https://mmbiz.qpic.cn/sz_mmbiz_jpg/8VOIqEwvd85Ts3GGvdJzE6zjyn988u3HSlkeAiaJicatibBiawqNbiaYAYibqu/0?wx_fmt=jpeg)\n\n"
        "#  迪士尼商业模式的稳定性要比泡泡玛特高\n\n"
        "原创  方伟Rey  方伟Rey  [ 方伟看十年 ](javascript:void\\(0\\);)\n\n"
        f"{CAIXIN_A}\n\n{CAIXIN_B}\n"
    )
    meta = load_text(tmp_path, "wechat.md", text).meta
    assert (meta["title"], meta["author"], meta["outlet"]) == ("迪士尼商业模式的稳定性要比泡泡玛特高", "方伟Rey", "方伟看十年")


def test_an_archive_heading_keeps_its_date_apart_from_the_title(tmp_path):
    # an archive of WeChat articles heads each export "YYYY-MM-DD - 标题" (丁香医生)
    text = f"# 2025-04-30 - 一个吃饭小习惯，帮你延寿 11 年！\n\n{CAIXIN_A}\n\n{CAIXIN_B}\n"
    meta = load_text(tmp_path, "archive.md", text).meta
    assert (meta["title"], meta["publish_date"]) == ("一个吃饭小习惯，帮你延寿 11 年！", "2025-04-30")


def test_an_empty_source_field_and_a_visit_counter_name_no_outlet():
    # a county government page's info line: 来源 left empty, then the visit counter and the date
    hit = first_cue("来源： 访问量：199 发布日期：2017-05-15 10:49:00", "head")
    assert hit[0].kind == "info_line"
    assert {k: v for k, v in hit[1].groupdict().items() if v} == {"date": "2017-05-15"}


def test_a_visible_publication_date_beats_the_meta_tag(tmp_path):
    # the CMS rewrote <meta name="PubDate"> when the page was moved; the page still shows 发布日期 2017-05-15
    page = (
        "<html><head><title>万载县2015年统计公报</title><meta name=\"PubDate\" content=\"2022-04-24 10:00\"></head><body>"
        "<h1>万载县2015年统计公报</h1><div class=\"attr\"><span>来源：</span> <span>访问量：199</span> "
        "<span>发布日期：2017-05-15 10:49:00</span></div><div class=\"content\"><p>" + YIYANG + "</p><p>"
        + CAIXIN_B + CAIXIN_A + "</p><p>" + CAIXIN_A + "</p></div></body></html>"
    )
    meta = load_text(tmp_path, "county.html", page).meta
    assert (meta["publish_date"], meta["outlet"]) == ("2017-05-15", None)


def test_wechat_archive_front_matter_account_link_and_date_as_written(tmp_path):
    # a Jekyll archive of WeChat articles (法度Law): the archiver's UTC clock in front matter, the account
    # linked on the first line
    text = (
        "---\nlayout: default\ndate: 2025-11-19T17:13:08.054893+00:00\n"
        "title: \"拉人进群被跨省传唤 | 律师：可提起行政复议或诉讼\"\nauthor: \"\"\n---\n\n"
        "[法度Law](javascript:void(0);)\n\n" f"{CAIXIN_A}\n\n{CAIXIN_B}\n"
    )
    meta = load_text(tmp_path, "archive.md", text).meta
    assert (meta["outlet"], meta["publish_date"], meta["author"]) == ("法度Law", "2025-11-19", None)


def test_expert_box_and_paid_group_promo_under_the_article_are_chrome(tmp_path):
    # a health account's expert credits (丁香医生) and an investor blog's paid-group promo (方伟看十年)
    text = (
        f"# 标题\n\n{CAIXIN_A}\n\n{CAIXIN_B}\n\n{YIYANG}\n\n"
        "本文合作专家\n\nLeah\n\n临床营养博士，营养科医生\n\n本文审核专家\n\n刘遂谦\n\n北京和睦家医院临床营养师\n"
    )
    assert body(load_text(tmp_path, "expert.md", text)) == [CAIXIN_A, CAIXIN_B, YIYANG]
    text = (
        f"# 标题\n\n{CAIXIN_A}\n\n{CAIXIN_B}\n\n— 扫码下方微信加入微信会员群 —\n\n"
        "2）腾讯：360 买入，内在价值预估在 700，仓位50%。\n\n【门槛】\n\n"
        "3、认知在线，理性客观，数据说话，不闲聊，只聊价值投资与潜在机会。\n"
    )
    assert body(load_text(tmp_path, "promo.md", text)) == [CAIXIN_A, CAIXIN_B]


def test_a_month_first_page_date_is_read_month_first():
    from zhnews.load.html import _month_first
    # a WordPress blog's m-d-Y dates: 10-27-2009 shows the month comes first, so 11-06-2009 is 6 November
    sidebar = "<small>11-06-2009</small><small>10-27-2009</small><small>09-29-2009</small>"
    assert _month_first("2009-06-11", sidebar) == "2009-11-06"
    # a day-first page (27-10-2009) or one with no telling date keeps htmldate's reading
    assert _month_first("2009-06-11", "<small>11-06-2009</small><small>27-10-2009</small>") == "2009-06-11"
    assert _month_first("2009-06-11", "<small>11-06-2009</small>") == "2009-06-11"


def test_a_letter_spaced_line_ends_the_sentence_above_it(tmp_path):
    # a health account's designed opening (丁香医生): the sentence's end set letter-spaced (with no-break
    # spaces too) as a paragraph of its own; a letter-spaced line under a finished sentence stays apart
    text = (
        "# 标题\n\n人类在追求**「延长寿命，长生不老」**的路上\n\n仿 佛\u00a0从 未 停 歇 ！\n\n"
        f"{CAIXIN_A}\n\n{CAIXIN_B}\n\n重 要 的 事\n"
    )
    lines = [re.sub(r"\s+", "", line) for line in body(load_text(tmp_path, "spaced.md", text))]
    assert lines == ["人类在追求「延长寿命，长生不老」的路上仿佛从未停歇！", CAIXIN_A, CAIXIN_B, "重要的事"]


def test_a_reporters_outlet_in_the_byline_is_the_last_resort_outlet(tmp_path):
    # a blog reposting a magazine story (支付志): only the byline says whose reporter wrote it
    text = f"# 阿里巴巴：制造孤独的CEO\n\n作者：《中国企业家》记者 林涛\n\n{CAIXIN_A}\n\n{CAIXIN_B}\n"
    meta = load_text(tmp_path, "blog.md", text).meta
    assert (meta["author"], meta["outlet"]) == ("林涛", "中国企业家")
    # a source line names the outlet better
    text = f"# 标题\n\n作者：《财经》记者 王明\n\n来源：财新网\n\n{CAIXIN_A}\n\n{CAIXIN_B}\n"
    assert load_text(tmp_path, "repost.md", text).meta["outlet"] == "财新网"


@pytest.mark.parametrize("byline, names", [
    ("作者：方敏北京大学经济学院教授", "方敏"),  # a theory journal's article end (求是, via 中新网)
    ("王立新中国人民大学教授", "王立新"),
    ("北京大学教授", None),  # an affiliation alone names no one
])
def test_a_name_glued_to_the_writers_affiliation(byline, names):
    assert clean_names(byline.split("：")[-1]) == names


def test_page_author_field_that_is_the_site_name_split_by_a_comma_is_no_author():
    # ETtoday's <meta author> "ETtoday,新聞雲" cleans to ETtoday、新聞雲: both parts are the site's name
    from zhnews.load.meta import _author_of
    from zhnews.load.pieces import Clue
    assert _author_of(Clue("author", "ETtoday,新聞雲", "<meta author>", "page"), ["ETtoday 新聞雲"], set()) is None
    assert _author_of(Clue("author", "劉泰英", "<meta author>", "page"), ["ETtoday 新聞雲"], set()) == ("劉泰英", "<meta author>")


def test_page_title_with_an_empty_headline_is_no_title():
    from zhnews.load.meta import clean_title
    assert clean_title("-公視新聞網") is None
    assert clean_title("中風年輕化 再添一例 -公視新聞網") == "中風年輕化 再添一例 -公視新聞網"


EXPORT = ("# 新能源车的价格战还会持续多久\n\n今年以来，多家车企宣布降价，价格战从年初一直打到年底。"
          "业内人士认为，这一趋势短期内不会改变。\n\n降价带来了销量的增长，但也压缩了利润空间。\n")


@pytest.mark.parametrize("folders, file_name, outlet, source", [
    # exporters' layouts seen in public WeChat archives (531014023/wechat_articles_backup_mufeng,
    # izj007/wechat, nansang/wechat-articles), with made-up names
    ("某某财经", "2023-05-12_新能源车的价格战还会持续多久.md", "某某财经", "folder: 某某财经"),
    ("某某财经", "20230512-新能源车的价格战还会持续多久.md", "某某财经", "folder: 某某财经"),
    ("某某财经/html", "2023-05-12_新能源车的价格战还会持续多久.md", "某某财经", "folder: 某某财经"),  # a format folder
    ("exports", "[某某安全]-2023-6-16-新能源车的价格战还会持续多久.md", "某某安全", "file name: [某某安全]"),
    ("文章", "2023-05-12_新能源车的价格战还会持续多久.md", None, None),  # a generic folder names nobody
    ("exports", "2023-05-12_新能源车的价格战还会持续多久.md", None, None),  # no Han character: not an account's name
    ("某某医生/健康生活", "2023-05-12 - 新能源车的价格战还会持续多久.md", None, None),  # account or album? no telling
    ("某某财经", "notes.md", None, None),  # not an exporter's file name
])
def test_account_named_only_where_the_export_was_saved(tmp_path, folders, file_name, outlet, source):
    (tmp_path / folders).mkdir(parents=True)
    article = load_text(tmp_path / folders, file_name, EXPORT)
    assert (article.meta["outlet"], article.meta["outlet_source"]) == (outlet, source)


def test_the_text_names_the_outlet_before_the_folder(tmp_path):
    (tmp_path / "某某财经").mkdir()
    article = load_text(tmp_path / "某某财经", "2023-05-12_新能源车的价格战还会持续多久.md", EXPORT + "\n来源：新华社\n")
    assert article.meta["outlet"] == "新华社"
