"""Shapes of round 8's loader work on the meta fields and chrome of the everyday formats: fresh6's and
dev6's misses (seen since their scoring) and the lead's sweep of unlabelled pages, each as a short article
or a line of the same shape built from the articles' own text; expected values are read off the text by
hand. Beside each, a line of similar look that must not fire.
"""

import pytest

from conftest import load_text, role_holding, role_of
from zhnews.load.meta import clean_names, clean_outlet, resolve
from zhnews.load.pieces import Clue

# Three paragraphs of 260 (睡前消息 74, a Wiki.js archive page), the body of the markdown shapes.
SHOW_A = "大家好，2020年2月7日，欢迎收看睡前消息74期，防疫期间，一切从简，睡前消息节目组继续在没有演播室的情况下给各位提供简讯。"
SHOW_B = "上一期我还提到，持续的停工和交通中断，首先会打击食品供应，然后导致防疫能力逐渐下降，威胁整个社会的秩序。"
SHOW_C = "2月4日，农业部发布紧急通知，要求各地不得封村封路，不得关闭屠宰场，不得拦截运饲料的车辆。"
WIKI_FRONT = ("---\ntitle: 【睡前消息74】李文亮医生去世，我们最愤怒的事是什么？\ndescription: \npublished: true\n"
              "date: 2023-09-04T14:49:13.726Z\ntags: \neditor: markdown\ndateCreated: 2023-01-26T05:18:31.960Z\n---\n\n")
TABS = ("# Tabs {.tabset}\n## B站\n> 本期视频已被删除\n{.is-danger}\n\n\n## YouTube\n"
        "> 本期视频已被删除，此处列出的视频是其它用户上传的版本。\n{.is-warning}\n\n"
        '<div style="position: relative; padding: 30% 45%;">\n</div>\n  \n## 播客\n<div class="podcast-player"></div>\n\n# \n\n')


def test_a_wiki_js_tab_set_is_chrome_and_its_series_tag_names_the_show(tmp_path):
    # 260/261: the tabs over the video players are the page's widget; the show's name and issue number in
    # brackets open the headline, and the text names the show again; dateCreated, not the last edit's date
    article = load_text(tmp_path, "wiki.md", WIKI_FRONT + TABS + f"{SHOW_A}\n\n{SHOW_B}\n\n{SHOW_C}\n")
    for line in ("B站", "YouTube", "播客", "本期视频已被删除，此处列出的视频是其它用户上传的版本。"):
        assert role_of(article, line)[0] == "boilerplate", line
    assert role_holding(article, "欢迎收看睡前消息74期")[0] == "body"
    assert article.meta["outlet"] == "睡前消息"
    assert article.meta["outlet_source"].startswith("series tag before the headline")
    assert article.meta["publish_date"] == "2023-01-26"
    assert article.meta["coverage"] == 1.0


def test_headings_without_a_tab_set_stay_text_and_a_topic_tag_is_no_series(tmp_path):
    # the same page with plain subheads (261's '## 1. 中央：…'), and a topic tag without an issue number
    text = ("---\ntitle: 【资讯汇总】李文亮医生去世，我们最愤怒的事是什么？\ndate: 2023-01-26\n---\n\n"
            f"## B站\n\n{SHOW_A}\n\n## 1. 中央：促进房地产居住消费健康发展\n\n{SHOW_B}\n\n{SHOW_C}\n")
    article = load_text(tmp_path, "plain.md", text)
    assert role_of(article, "B站")[0] != "boilerplate"
    assert role_of(article, "1. 中央：促进房地产居住消费健康发展")[0] == "body"
    assert article.meta["outlet"] is None
    assert article.meta["publish_date"] == "2023-01-26"


def test_a_series_tag_the_text_never_names_is_no_outlet(tmp_path):
    text = WIKI_FRONT.replace("睡前消息74", "每日新闻12") + f"{SHOW_B}\n\n{SHOW_C}\n"
    assert load_text(tmp_path, "other.md", text).meta["outlet"] is None


@pytest.mark.parametrize("value, outlet", [
    # the lead's sweep: CDT cards quote the WeChat link's markup after 来源： (tomyangsh/news-backup)
    ('<a href="https://mp.weixin.qq.com/s/Di0-3EnfIJl_XyJZV-JrjA">', None),
    ("https://mp.weixin.qq.com/s/Di0-3EnfIJl_XyJZV-JrjA", None),
    ("[机器之心](https://mp.weixin.qq.com/s/Di0-3EnfIJl_XyJZV-JrjA)", "机器之心"),
    ('机器之心<a href="https://mp.weixin.qq.com/s/x">', "机器之心"),
    ("2023-09-04 14:20", None),  # a date is no outlet
    ("记者", None),  # nor a bare role word
    ("责任编辑", None),  # nor a label
    ('<a href="https://www.jiqizhixin.com/">机器之心</a>', "机器之心"),  # a link keeps the name it shows
    ("机器之心 https://www.jiqizhixin.com/", "机器之心"),
    ("百家号", "百家号"),  # a platform's name is no writer's, but may be the outlet
    ("机器之心", "机器之心"),
])
def test_an_outlet_is_never_markup_an_address_a_date_or_a_role(value, outlet):
    assert clean_outlet(value) == outlet


@pytest.mark.parametrize("value, names", [
    ("（很可能）", None),  # the sweep's nansang 00: a hedge closing a paragraph, shaped like （王景亮）
    ("（或许）", None),
    ("记者李馨郭超", "李馨、郭超"),  # the sweep: two reporters' names printed with no gap
    ("记者 欧阳娜娜", "欧阳娜娜"),  # a compound surname: one person
    ("记者 王景亮", "王景亮"),
    ('作者 <a href="https://mp.weixin.qq.com/s/x">', None),
    ('作者 <a href="https://mp.weixin.qq.com/s/x">王景亮</a>', "王景亮"),
])
def test_a_name_is_never_a_hedge_or_markup_and_glued_names_are_parted(value, names):
    assert clean_names(value) == names


# The head of 275 (大庆市统计局's bulletin, an HTML fragment saved as .txt), its issuers printed under the headline.
BULLETIN_A = ("2012年，按照市第八次党代会、市委八届二次全会要求部署，围绕建设现代化国际化城市战略目标，深入贯彻“一二三四五”"
              "发展战略，全市经济社会继续保持了平稳较快发展的良好态势。")
BULLETIN_B = ("初步核算，全年实现地区生产总值4000.5亿元，比上年增长10%（按可比价格计算，下同）。其中，第一产业实现增加值"
              "153.6亿元，比上年增长11%。")


def test_the_public_bodies_under_a_bulletin_s_headline_issued_it(tmp_path):
    text = ("2012年大庆市国民经济和社会发展统计公报\n\n大庆市统计局\n\n国家统计局大庆调查队\n\n（2013年3月20日）\n\n"
            f"{BULLETIN_A}\n\n一、综合\n\n{BULLETIN_B}\n")
    article = load_text(tmp_path, "bulletin.txt", text)
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("大庆市统计局", "2013-03-20")
    assert article.meta["author"] is None
    assert role_of(article, "国家统计局大庆调查队")[0] == "byline"
    assert role_of(article, "一、综合")[0] == "body"


def test_a_public_body_named_inside_the_text_issues_nothing(tmp_path):
    # the same name as a paragraph of the text (after the first one), and a bare suffix (局) under the headline
    text = f"2012年大庆市国民经济和社会发展统计公报\n\n局\n\n{BULLETIN_A}\n\n大庆市统计局\n\n{BULLETIN_B}\n"
    article = load_text(tmp_path, "inside.txt", text)
    assert article.meta["outlet"] is None
    assert role_of(article, "大庆市统计局")[0] == "body"


# Two paragraphs of 263 (名医主刀's press page), under its headline and date line.
SURGERY_A = ("相信大家都已经对 “名医主刀” 这个名字不陌生了，它在过去 1 个多月时间里出现在各大新闻媒体，因为其创始人苏舒的"
             "一个电话就获得了徐小平真格基金 500 万人民币的天使投资。")
SURGERY_B = ("公司希望通过最简单的 C2C 模式来实现医疗资源的优化配置。而与大部分轻问诊平台不同，平台重在解决用户深层次痛点"
             "——“看好病”，即得到权威专家的治疗。")


@pytest.mark.parametrize("date_line, outlet, author", [
    ("2015.09.05 名医主刀", "名医主刀", None),  # 263: the site after the date, a name ending like no outlet's
    ("谢若含2017-03-01 14:27:02", None, "谢若含"),  # 266: the writer glued before the date, no label
    ("2010年7月20日 星期二", None, None),  # a weekday is no name
    ("金融市场棱镜2019-09-23 07:48", None, None),  # a channel and column before the date: no person, no outlet
])
def test_a_name_beside_the_date_under_the_headline(tmp_path, date_line, outlet, author):
    text = f"获真格基金青睐的“名医主刀”如何打造互联网O2O“飞刀”平台？\n\n{date_line}\n\n{SURGERY_A}\n\n{SURGERY_B}\n"
    article = load_text(tmp_path, "press.txt", text)
    assert (article.meta["outlet"], article.meta["author"]) == (outlet, author)
    assert article.meta["publish_date"] is not None


# 268: 智源社区 reposted 机器之心's story; its page title adds the site, and the page shows the headline alone (<h1>).
KUNLUN = "颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长"


@pytest.mark.parametrize("page_lines, title", [
    (frozenset({KUNLUN, "人工智能领域传来重磅转会消息。"}), KUNLUN),
    (frozenset({"人工智能领域传来重磅转会消息。"}), f"{KUNLUN} - 智源社区"),  # no line shows the headline alone
])
def test_a_page_title_s_site_goes_when_the_page_shows_the_headline_alone(page_lines, title):
    page = [Clue("title", f"{KUNLUN} - 智源社区", "<meta og:title>", "page")]
    text = [Clue("outlet", "机器之心", "repost or source line: 来源：机器之心", "text")]
    chosen = resolve(page, text, None, "post.html", "人工智能领域传来重磅转会消息。", None, page_lines)
    assert (chosen["title"][0], chosen["outlet"][0]) == (title, "机器之心")


# 280: a blog's copy of 每日人物's story, the repost line naming the account, then the account crediting its reporter.
BLAST_A = ("12月26日上午，北京交通大学市政环境工程系学生在学校东校区2号楼环境工程实验室里，进行垃圾渗滤液污水处理科研"
           "实验期间，现场发生爆炸，造成3名参与实验的学生死亡。")
BLAST_B = "事发后，消防部门调派8个消防中队、30部消防车事处置这场爆炸。"
BLAST_HEAD = ("---\nlayout: post\ntitle: 北交大实验室爆炸致死3学生，事前学生举报，称其中有30桶镁粉\ndate: 2018-12-27\n---\n\n"
              "原文来自「每日人物」：~~[北交大实验室爆炸致死3学生，事前学生举报，称其中有30桶镁粉](https://kuaibao.qq.com/s/20181227A19XAW00)~~\n\n---\n\n")


@pytest.mark.parametrize("credit, author", [
    ("每日人物钟十五报道", "钟十五"),
    ("人民日报钟十五报道", None),  # another outlet than the one the repost line names
    ("每日人物深度报道", None),  # a kind of report, no name
])
def test_the_reposted_outlet_crediting_its_reporter(tmp_path, credit, author):
    article = load_text(tmp_path, "blog.md", BLAST_HEAD + f"{credit}\n\n{BLAST_A}\n\n{BLAST_B}\n")
    assert (article.meta["outlet"], article.meta["author"]) == ("每日人物", author)


# The end of 266 (好奇心日报): the header picture's credit and a plea to find the outlet's app close the story.
HATER_A = "这个约会软件，想用你和对方的相似好恶来帮你找对象。人们对于讨厌的事物总是能很有共同话题，创始人说，这比相同的爱好更能拉近两个人的距离。"
HATER_B = "Hater 目前只在美国上线，用户可以对上千个话题左右滑动，表达喜欢或者讨厌，系统再据此推荐可能合得来的人。"


def test_a_header_picture_s_credit_and_an_app_store_plea_close_the_story(tmp_path):
    text = (f"这个约会软件，想用你和对方的相似好恶来帮你找对象\n\n{HATER_A}\n\n{HATER_B}\n\n题图来自 Hater\n\n"
            "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。\n")
    article = load_text(tmp_path, "qdaily.txt", text)
    assert role_of(article, "题图来自 Hater")[0] != "body"
    assert role_of(article, "喜欢这篇文章？去 App 商店搜 好奇心日报 ，每天看点不一样的。")[0] == "boilerplate"
    assert role_holding(article, "Hater 目前只在美国上线")[0] == "body"


def test_a_sentence_about_an_app_store_is_text(tmp_path):
    said = "他说，用户可以去 App 商店搜索这款软件，但目前只有英文版本，在国内也暂时无法注册。"
    article = load_text(tmp_path, "said.txt", f"这个约会软件，想用你和对方的相似好恶来帮你找对象\n\n{HATER_A}\n\n{said}\n\n{HATER_B}\n")
    assert role_holding(article, said)[0] == "body"


# 267 (FT中文网): the update time, the paper in 《》, the reporter and where he filed from, one line under the headline.
MERGER_A = ("德国和法国铁路设备制造商西门子(Siemens)与阿尔斯通(Alstom)之间的合并已被欧盟竞争执法机构否决，监管者不接受"
            "这样一个观点，即这一合并对于欧洲企业与中国竞争对手竞争是必要的。")
MERGER_B = "欧盟竞争事务专员玛格丽特•维斯特格(Margrethe Vestager)周三宣布了这项否决。此前，其他欧盟专员以及各国监管机构支持她的立场。"


@pytest.mark.parametrize("line, author, date", [
    ("更新于2019年2月7日 06:21 英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道", "罗谢尔•托普兰斯基", "2019-02-07"),
    ("2019年2月7日 06:21 记者 王景亮 布鲁塞尔报道", "王景亮", "2019-02-07"),
])
def test_a_dated_byline_with_the_reporter_and_where_from(tmp_path, line, author, date):
    article = load_text(tmp_path, "ft.txt", f"欧盟否决西门子-阿尔斯通铁路业务合并案\n\n{line}\n\n{MERGER_A}\n\n{MERGER_B}\n")
    assert (article.meta["author"], article.meta["publish_date"]) == (author, date)
    assert role_of(article, line)[0] == "byline"


# The lead's sweep (an EventMonitor crawl of 人民日报's commentary): the crawler wrote the article twice.
TWICE = ["魏则西留下的生命考题(不吐不快)",
         "大学生魏则西因罹患滑膜肉瘤，辗转多家医院治疗，病情不见好转。最后通过百度搜索到武警北京市总队第二医院，在花光东凑西借的20多万元后，仍不幸去世。",
         "魏则西的遭遇，的确令人同情。这是一个典型的“中国式求医”故事：父母变卖家产，四处奔波，为儿子治病，最终人财两空。类似的悲剧屡屡重演，发人深思。",
         "大自然有春夏秋冬，人有生老病死。医生无法阻止生老病死，就像无法阻止春夏秋冬一样。医生是生命花园里的园丁，只能让花朵开得更好看一点，仅此而已。",
         "（白剑峰）"]


def test_a_crawler_file_holding_the_article_twice_keeps_the_first_copy(tmp_path):
    text = "标题:人民日报谈魏则西事件：政府部门要“刮骨疗毒”\n\n发布时间:2016-05-06\n正文:" + "\n".join(TWICE + TWICE) + "\n"
    article = load_text(tmp_path, "eventmonitor.txt", text)
    table = article.paragraphs
    for line in TWICE[:4]:
        rows = table[table["text"] == line]
        assert list(rows["role"]) == ["body", "boilerplate"], line  # the subtitle too: a repeated copy, not page furniture
    assert article.meta["author"] == "白剑峰"
    assert article.meta["coverage"] == 1.0


def test_two_long_paragraphs_said_twice_are_no_copy(tmp_path):
    # a piece that quotes two paragraphs again (fewer than COPY_RUN) keeps both as text
    text = "标题:人民日报谈魏则西事件\n\n发布时间:2016-05-06\n正文:" + "\n".join(TWICE[1:4] + TWICE[1:3]) + "\n"
    table = load_text(tmp_path, "twice.txt", text).paragraphs
    assert (table[table["text"] == TWICE[1]]["role"] == "body").all()


def test_a_reference_label_and_bare_addresses_inside_the_text_are_chrome(tmp_path):
    # 268: the references close 机器之心's story, but a recruiting paragraph below keeps them inside the core
    first = "本周五晚间，昆仑万维正式宣布计算机视觉、机器学习领域国际顶级专家颜水成教授加盟。"
    second = "据介绍，他将与昆仑万维创始人周亚辉一起出任天工智能联席 CEO，并兼任昆仑万维 2050 全球研究院院长。"
    third = "我们期待颜水成教授在前沿领域的新探索。"
    group = "大家好，群里会第一时间发布计算机视觉方向的前沿论文解读和交流分享，主要方向有：图像分类、Transformer、目标检测、目标跟踪等。"
    text = (f"{KUNLUN}\n\n{first}\n\n{second}\n\n{third}\n\n参考内容：\n\nhttps://mp.weixin.qq.com/s/Di0-3EnfIJl_XyJZV-JrjA\n\n"
            f"https://yanshuicheng.info/\n\n{group}\n")
    article = load_text(tmp_path, "hub.txt", text)
    for line in ("参考内容：", "https://mp.weixin.qq.com/s/Di0-3EnfIJl_XyJZV-JrjA", "https://yanshuicheng.info/"):
        assert role_of(article, line)[0] == "boilerplate", line
    assert role_holding(article, third)[0] == "body"


def test_a_sentence_with_an_address_stays_text(tmp_path):
    said = "详情可访问 https://yanshuicheng.info/ 了解颜水成团队的研究方向。"
    text = f"{KUNLUN}\n\n本周五晚间，昆仑万维正式宣布计算机视觉、机器学习领域国际顶级专家颜水成教授加盟。\n\n{said}\n\n我们期待颜水成教授在前沿领域的新探索。\n"
    assert role_holding(load_text(tmp_path, "said.txt", text), "详情可访问")[0] == "body"


def test_a_php_template_s_code_is_no_text(tmp_path):
    # 264 (名医主刀's press page, a Yii view): a PHP preamble and a closing renderPartial() call around the fragment
    first = "7月26日，大众日报与新兴互联网医疗平台“名医主刀”签署战略合作协议，迈出省级党媒与“互联网+医疗”平台的跨界联合的第一步。"
    second = "根据合作协议，双方将秉持充分整合社会资源，全心服务社会大众的初衷，期望打造互联网+时代，主流媒体与互联网新秀强势联姻。"
    text = ('<?php $baseUrlImage = Yii::app()->theme->baseUrl . "/images/"; ?>\n<div class="news">\n'
            f"<div><strong>互联网医疗+纸媒，迈出联姻第一步</strong></div>\n<div>{first}</div>\n<div>{second}</div>\n"
            "<?php $this->renderPartial('//news/pages/_newsmenu', $data = 'publicdaily'); ?>\n</div>\n")
    article = load_text(tmp_path, "view.php", text)
    assert not article.paragraphs["text"].str.contains("renderPartial|baseUrl").any()
    assert role_holding(article, first)[0] == "body"
    assert article.meta["coverage"] == 1.0


def test_a_line_closed_by_a_picture_s_credit_between_the_paragraphs_is_a_caption(tmp_path):
    # 269 (換日線): each picture's caption is a <div> trafilatura leaves out, its credit glued after 。
    paragraphs = [
        "拿破崙的雙角帽，是電影行銷宣傳的重點之一。雙角帽（Bicorne）為軍帽的一種，在法國大革命後成為軍人的制服標配，取代過去設計繁複的三角帽。",
        "事實上，拿破崙的確相當熱愛雙角帽，每次在率領千軍萬馬征服歐洲時，必定會配戴它，標舉他戰功輝煌的象徵，在大衛肖像畫和時事漫畫中都可以見到。",
        "拿破崙在他統治期間製作了 120 頂雙角帽，現存至今的大約只有 20 頂。其中一頂在電影上映前不久，於法國楓丹白露的一座拍賣行以高價售出。",
        "有些人可能會把雙角帽，和 2024 巴黎奧運吉祥物「弗里吉亞帽」搞混。弗里吉亞帽又名「自由之帽」，於法國革命期間成為自由與解放的象徵。",
    ]
    text = ("<html><head><title>解析《拿破崙》服裝密碼｜換日線</title></head><body><nav><a href='/'>首頁</a></nav><article>"
            "<h1>解析《拿破崙》服裝密碼</h1>"
            f"<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>"
            "<div class='img-box'><img src='a.jpg'><div class='img-title'>《拿破崙》劇照。圖／索尼影業　提供</div></div>"
            f"<p>{paragraphs[2]}</p><p>{paragraphs[3]}</p></article>"
            "<footer><div>圖／「波神」潘蜜拉全裸露點 自爆短髮更助性生活</div></footer></body></html>")
    article = load_text(tmp_path, "crossing.html", text)
    assert role_holding(article, "《拿破崙》劇照。")[0] == "caption"
    assert role_holding(article, "波神")[0] != "caption"  # a related headline opening with 圖／, under the article
    assert role_holding(article, "拿破崙在他統治期間")[0] == "body"


def test_a_hedge_closing_a_sentence_stays_in_the_text(tmp_path):
    # the lead's sweep: （很可能） closing a paragraph is the writer's doubt, not a bracketed byline like （王景亮）
    hedged = SHOW_B + "（很可能）"
    article = load_text(tmp_path, "hedge.md", f"# 李文亮医生去世，我们最愤怒的事是什么？\n\n{SHOW_A}\n\n{hedged}\n\n{SHOW_C}\n\n（王景亮）\n")
    assert role_holding(article, hedged)[0] == "body"
    assert article.meta["author"] == "王景亮"
