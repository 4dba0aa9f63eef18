"""Round 10, the loader on shapes no earlier rule knew: chrome by kind from fresh8 and fresh7 (seen: labels, desk
credits, reader prompts, care notices, citations, a media player's message, credits inside the core), and datelines,
bylines and raw HTML from a sweep of unlabelled pages of the repositories the eval sets came from."""

import pytest

from conftest import body, load_text, role_of

LEDE = ("被告人苏某某在2019年玩仙侠类的手机游戏时发现有人低价贩卖游戏道具，通过网络搜索后发现可以通过网络工具利用"
        "游戏漏洞免费获得道具、副本资源、游戏内的货币等，经过研究，苏某某掌握了这一方法。")
SECOND = ("2021年3月底，一微信好友给苏某某推荐一款游戏，苏某某下载后发现这个游戏有漏洞，使用之前掌握的方法经过操作"
          "可以无偿获得游戏虚拟货币和道具。")

# fresh8 320 (TheTh1nk3r/wxvuln export of 安全圈): a bold 关键词 label, then the keyword on a line of its own,
# above the article (every line of the export ends with two spaces).
KEYWORD_LABEL = (
    "#  【安全圈】团伙利用游戏漏洞倒卖虚拟货币和道具被判刑！   \n 安全圈   2022-10-24 19:00  \n  \n"
    "**关键词**  \n  \n  \n  \n游戏漏洞  \n  \n  \n" + LEDE + "  \n  \n  \n" + SECOND + "  \n"
)


def test_a_keyword_label_and_its_keyword_above_the_article_are_chrome(tmp_path):
    article = load_text(tmp_path, "anquanquan.md", KEYWORD_LABEL)
    assert role_of(article, "关键词") == ("boilerplate", "tags")
    assert role_of(article, "游戏漏洞") == ("boilerplate", "tags")
    assert body(article) == [LEDE, SECOND]
    assert article.coverage.ratio == 1.0


def test_a_keyword_word_inside_the_article_stays_body(tmp_path):
    # the label is a line of its own above the article; a sentence about keywords is no label
    text = KEYWORD_LABEL.replace(SECOND, SECOND + "  \n  \n关键词  \n  \n" + SECOND.replace("2021年3月底", "此后"))
    article = load_text(tmp_path, "anquanquan.md", text)
    assert "关键词" in body(article)


# fresh8 323 (adminlove520/mpvulnHub export of 安全内参): a repost whose original desk is credited on a bold line
# between the standfirst and the article; the gold's author is empty (a desk is no person).
DESK_CREDIT = (
    "#  B站员工植入恶意代码报复用户，官方：漏洞已修补，员工已处罚  \n 安全内参   2025-01-21 10:07  \n  \n"
    "**B站一名员工滥用权限，让某用户使用B站网页端观看视频时，被错误提示“账号已被封禁”**  \n  \n"
    "**正在新闻热点组**  \n  \n"
    "近日，B站一名员工滥用权限，让某用户使用B站网页端观看视频时，被错误提示“账号已被封禁”，引发广泛关注。  \n  \n"
    "1月21日，B站客服告诉《正在新闻》网站漏洞已经被修补，涉事员工也已公示处罚。具体处罚详情不便透露。  \n"
)


def test_a_desk_credited_on_its_own_line_is_chrome_and_no_author(tmp_path):
    article = load_text(tmp_path, "anquanneican.md", DESK_CREDIT)
    assert role_of(article, "正在新闻热点组") == ("boilerplate", "desk_credit")
    assert not article.meta["author"]
    assert any(text.startswith("近日，B站一名员工滥用权限") for text in body(article))


# fresh8 334 (a saved WeChat page of 微信派): the article ends with a 互动话题 heading and one question to the
# readers, long enough to pass for a paragraph of the article.
READER_PROMPT = (
    "# 重磅 | 微信订阅号全新改版上线！\n\n"
    "今天，订阅号正式改版上线。为了优化用户的阅读体验与效率，鼓励订阅号内容的优化和创作，改版后的订阅号列表优化了"
    "视频、语音等富媒体的消息展示。\n\n"
    "A：点击订阅号头像可进入订阅号小主页查看历史消息，以及进入会话模式。订阅号消息列表的右上角也可切换到订阅号会话模式，"
    "查看历史消息。\n\n"
    "**互动话题**\n\n"
    "订阅号的群发消息以“标题+头图”的形式直接展示在消息列表里了，那怎样的头图和文字会吸引到你呢？说出来让派爷学习学习。\n"
)


def test_a_question_to_the_readers_under_its_heading_is_chrome_however_long(tmp_path):
    article = load_text(tmp_path, "weixinpai.md", READER_PROMPT)
    assert role_of(article, "互动话题") == ("boilerplate", "reader_prompt")
    assert body(article)[-1].startswith("A：点击订阅号头像")
    assert not any("派爷" in text for text in body(article))


def test_a_reader_prompt_above_most_of_the_text_does_not_end_the_article(tmp_path):
    # the heading only closes the article when less text follows it than precedes it
    long_rest = "\n\n".join(f"第{n}段：订阅号消息列表的右上角也可切换到订阅号会话模式，星标订阅号依然是置顶的，消息按照送达的时间先后展示。"
                            for n in range(1, 6))
    article = load_text(tmp_path, "weixinpai.md", READER_PROMPT + "\n" + long_rest + "\n")
    assert any(text.startswith("第5段") for text in body(article))


# fresh8 331 (台灣蘋果日報, saved page): the byline, then the care notice every story of a suicide carries.
CARE_NOTICE = (
    "# 和男友口角鎖門吞藥 女墜樓不治\n\n"
    "台中市凌晨發生一起墜樓案，一名賴姓女子酒後與男友發生口角，先吞服10顆安眠藥後，從租屋處五樓房間內跳樓輕生，"
    "經送醫後仍宣告不治。\n\n"
    "李男向警方供稱，女友當時情緒相當激動，敲門她都不理會，沒多久就聽到巨響，才發現女友已經跳樓。\n\n"
    "（王煌忠／台中報導）\n\n"
    "**《蘋果》關心你**\n\n"
    "自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。\n\n"
    "再給自己一次機會\n\n"
    "自殺防治諮詢安心專線：0800-788995（24小時）\n\n"
    "生命線協談專線：1995\n"
)


def test_the_care_notice_under_a_story_of_suicide_is_chrome(tmp_path):
    article = load_text(tmp_path, "appledaily.md", CARE_NOTICE)
    for line in ("《蘋果》關心你", "自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。",
                 "自殺防治諮詢安心專線：0800-788995（24小時）", "生命線協談專線：1995"):
        assert role_of(article, line)[0] == "boilerplate", line
    assert body(article)[-1].startswith("李男向警方供稱")
    assert article.meta["author"] == "王煌忠"


def test_a_sentence_about_suicide_prevention_in_the_article_stays_body(tmp_path):
    # the notice's words inside the story's own long sentence are the story
    sentence = "衛福部表示，自殺防治諮詢安心專線去年接聽的來電比前年增加三成，其中年輕人的比例明顯上升，值得社會關注。"
    text = CARE_NOTICE.replace("李男向警方供稱", sentence + "\n\n李男向警方供稱")
    assert sentence in body(load_text(tmp_path, "appledaily.md", text))


# fresh8 338 (棱角媒體, a saved page): the study the story reports on, cited in author-date form as the last line.
CITATION = ("論文：Leung, T. C., Tsang, K. P., & Tsui, K. K. (2022). Collusion in private procurement: How does "
            "mandatory building repair increase renovation prices? The Singapore Economic Review, 69(1), 349–387.")


def test_a_citation_in_author_date_form_is_a_reference_not_body(tmp_path):
    text = ("# 學者分析大維修圍標\n\n"
            "論文分析，宏業及其他 3 家承建商強制驗樓推行前後的投標行為出現明顯變化：投標價格在制度推行後明顯上升。\n\n"
            "工程顧問鴻毅建築師給予宏業的評分是最高分 90 分，形容宏業展現足夠能力以及專業水平，屬於優良級別。\n\n"
            + CITATION + "\n\n棱角編輯部\n")
    article = load_text(tmp_path, "points.md", text)
    assert role_of(article, CITATION) == ("boilerplate", "reference")
    assert role_of(article, "棱角編輯部")[0] == "boilerplate"
    assert body(article)[-1].startswith("工程顧問鴻毅建築師")


# fresh8 321 (a saved WeChat page of 维客笔记): a video player's error message where the video was, and the
# account's slogan, ending in '!', under the follow prompt.
def test_a_media_player_message_and_a_slogan_under_a_follow_prompt_are_chrome(tmp_path):
    text = ("# 全平台开源免费稍后读利器，且可与Obsidian联用！\n\n"
            "剪藏进入Omnivore之后，Omnivore会格式化网页，去除广告等不相关的元素，阅读体验非常好，还支持高亮和注释。\n\n"
            "视频加载失败，请刷新页面再试\n\n"
            "这里还要多说一句，支持选择语言（中英文都支持）、语速以及人声，听起来非常自然，适合通勤时使用。\n\n"
            "都是十分优秀的产品，期待你们都发展的更好吧！\n\n"
            "插件&软件获取方式：请关注维客笔记微信公众号，在公众号后台聊天窗口回复20230110\n\n"
            "感谢关注/点赞/分享\n\n"
            "A better you, A bigger world!\n")
    article = load_text(tmp_path, "weikebiji.md", text)
    assert role_of(article, "视频加载失败，请刷新页面再试") == ("boilerplate", "page_chrome")
    assert role_of(article, "A better you, A bigger world!")[0] == "boilerplate"
    # the article's last words, above the prompt, stay body though they end in ！
    assert body(article)[-1] == "都是十分优秀的产品，期待你们都发展的更好吧！"


# fresh7 308 (a saved WeChat page of 上海交通大学): under the article, a letter-spaced 推/荐/阅/读 heading that no cue
# reads keeps a long related headline in the core, so the credits above it stand in the core too.
def test_a_source_line_of_several_outlets_and_two_editors_are_chrome_even_inside_the_core(tmp_path):
    text = ("# 交大校友黄旭华获共和国勋章\n\n"
            "“共和国勋章”以红色、金色为主色调，章体采用国徽、五角星、黄河、长江、山峰、牡丹等元素，象征勋章获得者的崇高地位。\n\n"
            "让我们以校友为榜样\n\n"
            "来源：新华社 人民日报 央视新闻\n\n"
            "值班编辑：李欣慧\n\n"
            "责任编辑：金雪、祁洁\n\n"
            "1、习近平总书记出席并发表重要讲话！交大1个集体、2位个人在这个全国大会上受到表彰！\n")
    article = load_text(tmp_path, "sjtu.md", text)
    assert role_of(article, "来源：新华社 人民日报 央视新闻") == ("boilerplate", "source_note")
    assert role_of(article, "责任编辑：金雪、祁洁") == ("boilerplate", "editor_credit")
    assert article.meta["outlet"] != "新华社"  # three sources name no one outlet


def test_a_sentence_in_the_article_naming_its_sources_stays_body(tmp_path):
    sentence = "来源：新华社、人民日报和央视新闻的报道都提到，黄旭华隐姓埋名三十年"
    lede = "“共和国勋章”以红色、金色为主色调，章体采用国徽、五角星、黄河、长江、山峰、牡丹等元素，象征勋章获得者的崇高地位。"
    text = "# 交大校友黄旭华获共和国勋章\n\n" + lede + "\n\n" + sentence + "\n\n" + lede.replace("共和国勋章", "国家荣誉称号奖章") + "\n"
    assert sentence in body(load_text(tmp_path, "sjtu.md", text))


# A sweep of round 10 (unlabelled pages of the repositories the eval sets came from), TheTh1nk3r/wxvuln
# doc/2025-07/2025-W29/2025-07-14/RXSS! on Mercedes-Benz.md at f2000adc: a 参考资料： quote over the exploit, then the
# article's mitigation advice and its last thoughts: the reference heading must not end the article there.
def test_a_reference_heading_mid_article_does_not_end_it(tmp_path):
    text = ("#  RXSS! on Mercedes-Benz  \n  \n"
            "因此，在 Report to 梅赛德斯-奔驰在 Bugcrowd 上提交之后，结果是这样的：被接受为 P3，影响面向公众的门户网站。  \n  \n"
            "> **参考资料 ：****https://liferay.dev/portal/security/knownvulnerabilities/-/asset_publisher/jekt/content/CVE-2025-4388**  \n"
            "> **原子核模板 ：****https://github.com/projectdiscovery/nuclei-templates/blob/main/http/cves/2025/CVE-2025-4388.yaml**  \n  \n"
            "# 🧯 缓解建议  \n  \n"
            "对于基于 Liferay 的应用程序：使用内置的 HTML 转义方法  \n  \n"
            "# 🧠 最后的思考  \n  \n"
            "通过结合 Shodan、Nuclei 等开源工具，以及对易受攻击模式的敏锐观察，任何研究人员都可以识别并负责任地报告这类漏洞。  \n  \n"
            "与您的黑客朋友分享。如果您想要更多真实世界的 CVE 武器化指南，请关注。如果您在野外发现这个漏洞，请以合乎道德的方式进行报告。  \n")
    article = load_text(tmp_path, "rxss.md", text)
    assert any(text.startswith("通过结合 Shodan") for text in body(article))
    assert "对于基于 Liferay 的应用程序：使用内置的 HTML 转义方法" in body(article)


# The same sweep, bigcaibao/banned-news (a markdown copy of an 大纪元 page, raw <p> elements one a line): the outlet,
# the date and the reporter in a bracketed dateline glued to the first sentence; the editor's credit is the next <p>.
EPOCH_DATELINE = (
    "### 沪郊楼盘推买楼送车 市场是否真降温\n------------------------\n\n"
    "<p>【大纪元2018年09月11日讯】（大纪元记者刘毅报导）上海宝山的招商雍和府日前推出新楼盘促销活动，在其对外的营销宣传中，"
    "9月在该项目中买房可获得宝马品牌汽车（可折现）一辆。</p>\n"
    "<p>据《第一财经日报》9月11日消息，上海中原统计数据显示，上海9月3日至10日一周，新建商品住宅成交面积13.7万平方米，环比减少61.5%。</p>\n"
    "<p>证券资讯服务商格隆汇日前表示，未来楼市有较大的下行压力。</p>\n"
    "<p>责任编辑：高静</p>\n"
)


def test_a_bracketed_dateline_with_outlet_date_and_reporter_gives_all_three(tmp_path):
    article = load_text(tmp_path, "epoch.md", EPOCH_DATELINE)
    assert role_of(article, "【大纪元2018年09月11日讯】（大纪元记者刘毅报导）") == ("byline", "dateline")
    assert (article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == ("大纪元", "刘毅", "2018-09-11")
    assert body(article)[0].startswith("上海宝山的招商雍和府")


def test_raw_html_paragraphs_one_a_line_are_separate_paragraphs(tmp_path):
    article = load_text(tmp_path, "epoch.md", EPOCH_DATELINE)
    assert body(article)[-1] == "证券资讯服务商格隆汇日前表示，未来楼市有较大的下行压力。"
    assert role_of(article, "责任编辑：高静") == ("boilerplate", "editor_credit")
    assert article.coverage.ratio == 1.0


# The same sweep, shaalx/sstruct C5-Education097.txt (a GB18030 news-classification corpus, hard-wrapped): the wire
# dateline has full-width digits and no space before the first sentence.
def test_a_wire_dateline_glued_to_the_first_sentence_names_the_agency(tmp_path):
    text = ("           西北工业大学为青年教师创造良好成才环境\n"
            "新华社西安５月２日电西北工业大学把培养青年教师\n"
            "             作为学校长远建设的一件大事来抓，采取多种措施，为青\n"
            "             年教师尽快成才创造良好的环境。\n")
    article = load_text(tmp_path, "c5.txt", text, encoding="gb18030")
    assert role_of(article, "新华社西安５月２日电") == ("byline", "dateline")
    assert article.meta["outlet"] == "新华社"
    assert "".join(body(article)).startswith("西北工业大学把培养青年教师")


def test_a_wire_agency_sentence_about_television_keeps_its_word(tmp_path):
    # 电 opening a word (电视) after a date is no dateline's end
    text = ("# 新闻联播改版\n\n新华社3日电视新闻中心宣布，晚间新闻节目将在下月全面改版，增加国际新闻的比重。\n\n"
            "改版后的节目每天播出三十分钟，观众可以通过网络同步收看，相关负责人表示改版将持续一年。\n")
    article = load_text(tmp_path, "tv.md", text)
    assert body(article)[0].startswith("新华社3日电视新闻中心宣布")


# The 華視 byline shape named in the brief of round 10 (issue 11): the post time, the reporters' names spaced, then
# 報導 as a word of its own, with no 記者 label (a place glued to it, 許文男 高雄報導, is read elsewhere).
CTS_STORY = ("端午連假高雄愛河舉辦龍舟嘉年華，六支啦啦隊到場加油，現場湧入大批民眾，氣氛熱烈，主辦單位表示今年報名隊伍創新高。\n\n"
             "比賽從上午九點開始，一直進行到下午四點，共有四十支隊伍參賽，冠軍隊伍可獲得獎金十萬元。\n")


@pytest.mark.parametrize("line, author, date", [
    ("2014/03/19 18:58 彭佳芸 黃翊真 報導", "彭佳芸、黃翊真", "2014-03-19"),
    ("彭佳芸 黃翊真 報導", "彭佳芸、黃翊真", None),
])
def test_names_before_bao_dao_without_a_reporter_label_are_the_authors(tmp_path, line, author, date):
    article = load_text(tmp_path, "cts.md", f"# 高雄愛河端午龍舟嘉年華\n\n{line}\n\n{CTS_STORY}")
    assert role_of(article, line) == ("byline", "author")
    assert (article.meta["author"], article.meta["publish_date"]) == (author, date)


def test_a_desk_word_before_bao_dao_is_no_author(tmp_path):
    article = load_text(tmp_path, "cts.md", f"# 高雄愛河端午龍舟嘉年華\n\n綜合 報導\n\n{CTS_STORY}")
    assert not article.meta["author"]


# fresh8 324 (光明网's copy of a 网易 page, saved in a legacy encoding): the middle dot of 巴兹·奥尔德林 became an ASCII ?
# in the caption; the caption is one paragraph, not a caption 图注：巴兹? and a body line.
ALDRIN = "图注：巴兹?奥尔德林(Buzz Aldrin)可能是第二个在月球上行走的人，但他是第一个在月球上喝酒的人"


def test_a_question_mark_for_a_lost_middle_dot_in_a_name_does_not_cut_a_caption(tmp_path):
    text = ("# 科学家：宇航员在太空中能喝酒吗\n\n"
            "不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。\n\n"
            f"{ALDRIN}\n\n"
            "事实是，历史上酒与太空探险有一种复杂的关系。让我们来看看喝了酒的航天员究竟会发生什么。\n")
    article = load_text(tmp_path, "gmw.md", text)
    assert role_of(article, ALDRIN) == ("caption", "image_caption")


def test_a_question_asked_with_an_ascii_question_mark_still_ends_its_sentence(tmp_path):
    # after a question particle the ? is a question's end: the cue's caption stops there
    text = ("# 科学家：宇航员在太空中能喝酒吗\n\n"
            "不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。\n\n"
            "图注：他真的喝了吗?奥尔德林在采访和他撰写的书中表示，1969年他在月球上喝了葡萄酒，这是人类在月球表面喝的第一种液体。\n")
    article = load_text(tmp_path, "gmw.md", text)
    assert role_of(article, "图注：他真的喝了吗?") == ("caption", "image_caption")


# A second sweep of round 10, drawn after the rules above were written (one page per repository of the same list).
# Yazooliu/Ai_Lab_NLP data/Database/SogouC/Sample/C000008/12.txt at ebb1eb9a: a 第一财经日报 story in the Sogou corpus,
# the byline with where the reporter filed from on a line of its own.
def test_a_reporter_filing_from_a_city_on_a_line_of_its_own_is_the_byline(tmp_path):
    text = ("　　智威汤逊全球CEO：大众传媒依然是品牌传播的好选择\n"
            "　　本报记者康健发自上海\n"
            "　　“想让品牌更快、更广地进入消费者，大众传媒仍然是很好的选择。”智威汤逊全球CEO Michael Maedel近日在上海的办公室"
            "告诉《第一财经日报》。\n")
    article = load_text(tmp_path, "12.txt", text, encoding="gb18030")
    assert role_of(article, "本报记者康健发自上海") == ("byline", "author")
    assert article.meta["author"] == "康健"


# Terminus2049/Terminus2049.github.io _posts/2020-02-07-li-wen-liang-as-an-ordinary.md at 0961c777: a repost whose
# header names the WeChat account with its ID, then the two writers.
def test_an_account_with_its_id_then_the_writers_is_the_byline(tmp_path):
    text = ("---\nlayout: post\ntitle: \"“吹哨人”李文亮的一生\"\ndate: 2020-01-29\n---\n\n"
            "原文来自「智谷趋势」：“吹哨人”李文亮的一生\n\n"
            "◎智谷趋势（ID：zgtrend） 黄狮虎、路口大爷\n\n"
            "2012年12月22日，是所谓的世界末日，医生李文亮站在厦门大学附属第一医院，发了一条微博：我要去拯救地球了。\n")
    article = load_text(tmp_path, "li.md", text)
    assert role_of(article, "◎智谷趋势（ID：zgtrend） 黄狮虎、路口大爷") == ("byline", "author")
    assert (article.meta["outlet"], article.meta["author"]) == ("智谷趋势", "黄狮虎、路口大爷")


# zxarj/wxvuln doc/2025/2025-05/RCE.md at f5eb3158: the author's paid community and its member discount under the post.
def test_an_invitation_to_a_paid_community_and_its_discount_are_chrome(tmp_path):
    invitation = ("如果你是一个长期主义者，欢迎加入我的知识星球，我们一起往前走，每日都会更新，精细化运营，微信识别二维码付费即可加入，"
                  "如不满意，72 小时内可在 App 内无条件自助退款")
    text = ("#  RCE  \n 迪哥讲事   2025-05-20 09:30  \n  \n"
            "越权访问，注册商家账号，通过接口里泄露用户功能访问列表，然后就越权到个人中心了，修改昵称为 xss 语句，打开就触发 xss 了。  \n  \n"
            "反射 xss 就是 ueditor 编辑器，你们懂的。  \n  \n"
            f"{invitation}  \n  \n注:星球老会员一律半折  \n")
    article = load_text(tmp_path, "rce.md", text)
    assert role_of(article, invitation) == ("boilerplate", "promo")
    assert role_of(article, "注:星球老会员一律半折") == ("boilerplate", "promo")
    assert body(article)[-1] == "反射 xss 就是 ueditor 编辑器，你们懂的。"


# scw1022/hong-kong-fire-documentary content/news/tvb/archive/…/index.html at 194d6c0a (無綫新聞): the page header's
# weather widget and script toggle above the headline.
def test_a_weather_widget_and_a_script_toggle_above_the_article_are_chrome(tmp_path):
    text = ("22°C\n\n濕度 75%\n\n繁简\n\n# 大埔宏福苑五級火 消防處指入夜後救援更困難\n\n"
            "大埔宏福苑發生五級火，消防處表示，入夜後救援行動更加困難，仍有居民被困，消防員正逐層搜救，現場濃煙密佈。\n\n"
            "消防處助理處長表示，大火已經燃燒超過十小時，部分樓層溫度極高，消防員未能進入，需要等待火勢減弱。\n")
    article = load_text(tmp_path, "tvb.md", text)
    assert role_of(article, "22°C") == ("boilerplate", "page_chrome")
    assert role_of(article, "濕度 75%") == ("boilerplate", "page_chrome")
    assert role_of(article, "繁简") == ("boilerplate", "nav")


# fresh8 335 (a SogouC corpus file, GB18030, a paragraph per indented line): the corpus cut one paragraph in two inside
# the word 亚洲; the sentence is whole in one body paragraph.
def test_a_paragraph_cut_inside_a_word_is_joined_again(tmp_path):
    text = ("　　作为太平洋地区美军的最高长官，法伦成了当天听证会的焦点，他在作证时特别指出，中国的军力发展、朝鲜的核计划以及东南亚的"
            "恐怖主义等对美国来说是挑战。法伦还表示，欢迎韩国把视野扩大到地区的安保和安全上。美日同盟、美韩同盟应针对亚\r\n"
            "　　洲安全环境的变化而采取对应措施。\r\n"
            "　　贝尔在听证会上提到了三边军事合作的一些动向。\r\n")
    article = load_text(tmp_path, "335.txt", text, encoding="gb18030")
    assert any("美日同盟、美韩同盟应针对亚洲安全环境的变化而采取对应措施。" in text for text in body(article))
    assert body(article)[-1] == "贝尔在听证会上提到了三边军事合作的一些动向。"


def test_a_standfirst_without_its_full_stop_is_not_joined_to_a_related_link(tmp_path):
    # fresh8 336 (the same corpus): the related link under the standfirst starts a paragraph of its own
    standfirst = ("2003年国际禁毒日前夜，武汉市四名女毒犯走到了她们生命的尽头。记者经有关部门和当事人同意，"
                  "在看守所陪伴她们度过了最后十个小时，拍摄下她们在看守所度过的最后一个夜晚")
    text = f"　　{standfirst}\r\n　　相关新闻：从“奸杀”冤案再谈废除死刑制度\r\n　　6月24日21时武汉市第一看守所。\r\n"
    article = load_text(tmp_path, "336.txt", text, encoding="gb18030")
    assert role_of(article, "相关新闻：从“奸杀”冤案再谈废除死刑制度")[0] == "boilerplate"


# dev6 291 (a 中国新闻网 crawler record of a 中国青年报 story): the closing credit with every space dropped.
def test_a_closing_credit_without_spaces_gives_the_reporter(tmp_path):
    credit = "吴叶青于露露中青报·中青网记者李超来源：中国青年报"
    text = ("# 疫情下的“爱心接力” 武汉患儿千里求医\n\n"
            "3月30日，那个曾经命悬一线、让无数网友牵挂的武汉患儿晏宝宝从南京儿童医院出院了。回想起1个月前那场爱心大接力，晏先生感慨万千。\n\n"
            "晏先生说，宝宝现在恢复得很好，他想对所有帮助过他们的人说一声谢谢，是大家给了孩子第二次生命。\n\n"
            f"{credit}\n")
    article = load_text(tmp_path, "291.md", text)
    assert role_of(article, credit) == ("byline", "author")
    assert article.meta["author"] == "李超"


# fresh6 273 (an 報導者 RSS item): under a column's article, the column's own introduction and the outlet's call for
# support, each paragraph long enough to pass for body.
def test_a_column_introduction_under_the_article_ends_it(tmp_path):
    text = ("# 《破墓》與墓地的法律\n\n"
            "墓地是先人長眠的處所，但也同時存在著避諱與禁忌，華人在過往土葬時代，重視風水寶地，光是怎麼選擇處所就大有學問。\n\n"
            "當然，更深層的思考是動用刑罰去保護先人遺族的情感，如果回到《刑法》以保護法益為目的，那去翻找侮辱死者的條文就值得再想想。\n\n"
            "【法律人追劇】專欄介紹\n\n"
            "法律人也追劇？當然，只是他們不會在法庭上告訴你而已。有的法律人不僅愛追劇，更希望解讀及探討影視作品中的法律議題。\n\n"
            "用行動支持報導者\n\n"
            "獨立的精神，是自由思想的條件。獨立的媒體，才能守護公共領域，讓自由的討論和真相浮現。\n")
    article = load_text(tmp_path, "twreporter.md", text)
    assert role_of(article, "【法律人追劇】專欄介紹") == ("boilerplate", "account_intro")
    assert body(article)[-1].startswith("當然，更深層的思考")
    assert not any("報導者" in text or "追劇" in text for text in body(article))
