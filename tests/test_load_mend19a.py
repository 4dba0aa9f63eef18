"""Round 19 (mend19a): chrome lines fresh18 kept as body, fixed as classes. Real text is quoted (split/file);
the expected roles were written by hand.
"""

from conftest import load_text, role_of

# fresh18 574 (蘋果日報 csv, Big5): the end of the story, its byline, then the published and updated times glued on
# one line with no date.
BANQUET_END = (
    "她說，集團最後決定只要林姓市民拿出就醫證明，集團支付2000元慰問金，林姓市民拿出的40張單據，只有2張醫院證明，"
    "其他都是掛號單據，資料不齊全，廳將請消保官仲裁。\n\n"
    "（辛啟松／台南報導）\n\n"
)
BANQUET_BODY = (
    "林姓市民說，業者事發後的態度還算誠懇，她希望業者可對每名客人賠償2000元，但業者不能接受。她認為，眾人開心地參加晚宴，"
    "卻碰到食物不潔，有人上吐下瀉，有人到醫院吊點滴，如今又碰到業者爛，覺得很難面對自家親戚。\n\n"
)


def test_published_and_updated_times_glued_on_one_line_are_chrome(tmp_path):
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + BANQUET_END + "出版時間：19:05更新時間：22:45\n")
    assert role_of(article, "出版時間：19:05更新時間：22:45") == ("boilerplate", "timestamp")


def test_a_last_updated_time_alone_is_chrome(tmp_path):
    # fresh8 332 (bastillepost) stamps 最後更新: 17:26 after its date; written on a line of its own here
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + BANQUET_END + "最後更新: 17:26\n")
    assert role_of(article, "最後更新: 17:26") == ("boilerplate", "timestamp")


def test_a_body_sentence_naming_an_update_time_stays_body(tmp_path):
    line = "市府表示，最新的停班停課訊息，更新時間為晚上10:00，請民眾留意。"
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + line + "\n\n" + BANQUET_END)
    assert role_of(article, line)[0] == "body"


# fresh18 561 (CHENJIAMIAN/wechat-get, a WeChat export): the exporter's quote of fields under the headline, an emoji
# before each label, and its metadata list under the article; the fetch date is no publish date.
PPIO = (
    "# PPIO姚欣：AI正在进入自主行动与创造时代，智能体需要全新的操作系统｜MEET2026\n\n"
    "> 📅 获取时间: 2025-12-15\n"
    "> 🔗 原文链接: [点击查看原文](https://mp.weixin.qq.com/s/8r9GasreUKly0HgbiHM7Cg)\n\n"
    "---\n\n"
    "随着AI从回答问题迈向自主执行和创造，行业开始进入真正的Agentic AI落地元年。这不仅改变了应用形态，也正在重塑底层基础设施。\n\n"
    "沙箱上线以来，月度活跃数在持续增长，我们希望通过Agent Infra成为AI时代新的操作系统，帮助更多开发者成长与创业。\n\n"
    "---\n\n"
    "- **标题**: PPIO姚欣：AI正在进入自主行动与创造时代，智能体需要全新的操作系统｜MEET2026\n"
    "- **获取时间**: 2025-12-15\n"
    "- **内容长度**: 3216 字符\n"
    "- **格式**: Markdown\n"
)


def test_an_exporters_fields_behind_an_emoji_are_chrome_and_the_fetch_date_no_publish_date(tmp_path):
    article = load_text(tmp_path, "ppio.md", PPIO)
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "获取时间" not in body and "内容长度" not in body and "原文链接" not in body
    assert "随着AI从回答问题迈向自主执行和创造" in body
    assert article.meta.get("publish_date") != "2025-12-15"


def test_a_sentence_naming_a_fetch_time_stays_body(tmp_path):
    line = "记者注意到，获取时间的长短取决于网络状况，平均需要十几秒。"
    article = load_text(tmp_path, "fetch.md", "# 标题在这里\n\n" + line + "\n\n" + BANQUET_BODY)
    assert role_of(article, line)[0] == "body"


# fresh18 560 (CHENJIAMIAN/wechat-get): the exporter flattened the post to one line, the signature and the account's
# line glued to the first sentence.
NATURE10 = (
    "# 梁文锋，Nature全球年度十大科学人物！\n\n"
    "一水 发自 凹非寺量子位 | 公众号 QbitAIDeepSeek梁文锋，现在有了新头衔！刚刚，权威科学期刊《自然》（Nature）公布了"
    "2025年度十大科学人物榜单，而梁文锋赫然在列。该榜单主要用于表彰过去一年中重要的科学趋势或发现，"
    "而梁文锋因DeepSeek模型对AI领域的重要贡献与变革性影响成功当选。\n"
)


def test_a_wechat_signature_glued_to_the_first_sentence_is_cut_off(tmp_path):
    article = load_text(tmp_path, "nature10.md", NATURE10)
    assert role_of(article, "一水 发自 凹非寺量子位 | 公众号 QbitAI")[0] == "byline"
    body = article.paragraphs.loc[article.paragraphs["role"] == "body", "text"].tolist()
    assert body[0].startswith("DeepSeek梁文锋，现在有了新头衔！")


def test_the_signature_and_account_on_a_line_of_their_own_keep_their_author(tmp_path):
    # fresh9 343 (a 量子位 post saved as markdown): the line alone is a byline that names the writer (and the account:
    # the signature row reads both, see test_load_mend19b)
    text = NATURE10.replace("一水 发自 凹非寺量子位 | 公众号 QbitAIDeepSeek", "金磊 发自 WAIC量子位 | 公众号 QbitAI\n\nDeepSeek")
    article = load_text(tmp_path, "ai_flow.md", text)
    assert role_of(article, "金磊 发自 WAIC量子位 | 公众号 QbitAI")[0] == "byline"
    assert article.meta["author"] == "金磊"


# fresh18 564 (gsffc/gsffc.github.io, a football club's Jekyll post): the writer's credit, then the others' in
# italics, each role a word of the club's own (veo摄影, 球队xhs).
CALBLUE = (
    "# GSF vs CB\n\n"
    "大家都只是业余足球爱好者，都还有其它的学业、工作、生活。职业球星们踢球挣钱，而咱们是花钱踢球。"
    "华人联赛、BTG、墨联，可能就是咱们自己的英超西甲意甲了。\n\n"
    "有幸能和场上场下的每一位队友与朋友一起经历这一切。\n\n"
    "就像每次赛前围拢的那句口号：GSF, fighting!\n\n"
    "*撰文：小唐*\n\n"
    "*veo摄影：刘喆、Cedar、Colin*\n\n"
    "*球队xhs：GSF足球俱乐部*\n"
)


def test_role_and_name_lines_under_a_writers_credit_are_credits(tmp_path):
    article = load_text(tmp_path, "calblue.md", CALBLUE)
    assert role_of(article, "veo摄影：刘喆、Cedar、Colin") == ("boilerplate", "credit")
    assert role_of(article, "球队xhs：GSF足球俱乐部") == ("boilerplate", "credit")


# tune 46 (ifeng 政能亮, the page's text without its containers): the writer's note, then who made the page.
STABILIZE = (
    "# 稳经济政策要落地，必须打通“最后一公里”\n\n"
    "在当前这个非常时期，提振市场主体的信心尤为重要。稳经济的一系列政策既然已经公布，接下来就应当做到政策落地见效。\n\n"
    "“深化‘放管服’改革”，是政策落地的抓手。可以说，如果政策执行出现卡壳，背后往往是服务型政府思维的缺失。\n\n"
    "（作者韩涵系政邦智库研究员）\n\n"
    "总监制：邹 明\n\n"
    "监 制：高明勇\n\n"
    "审 读：崔向升\n"
)


def test_a_run_of_page_makers_under_the_writers_note_is_credits(tmp_path):
    article = load_text(tmp_path, "stabilize.txt", STABILIZE)
    for line in ("总监制：邹 明", "监 制：高明勇", "审 读：崔向升"):
        assert role_of(article, line)[0] == "boilerplate", line


def test_a_role_and_names_line_with_no_credit_above_is_left_alone(tmp_path):
    # without 撰文：小唐 nothing says the lines under the article are credits: the rule does not fire
    text = CALBLUE.replace("*撰文：小唐*\n\n", "")
    article = load_text(tmp_path, "calblue.md", text)
    assert role_of(article, "veo摄影：刘喆、Cedar、Colin")[1] != "credit"


# fresh18 565 (mogoweb/mywritings, the markdown source of a WeChat post): [视频] alone where the post embedded a video.
MARATHON = (
    "# 我的首马\n\n"
    "赛后有冰足浴、按摩拉伸服务，还有丰富的补给物质，不过这时的我哪有心思去搞这些事情呢，第一时间去场外和夫人会合，结束了我的首马。\n\n"
    "玩赛后的感觉怎样？给你们看一段视频，乐一乐。\n\n"
    "[视频]\n\n"
    "第二天，我的状况和这个差不多，以奇怪的姿势上下楼梯。如果你有幸那天在西湖边上看到一个走路奇怪的中年人，说不定就是我。\n"
)


def test_a_media_placeholder_alone_is_chrome(tmp_path):
    article = load_text(tmp_path, "marathon.md", MARATHON)
    assert role_of(article, "[视频]")[0] == "boilerplate"
    assert role_of(article, "玩赛后的感觉怎样？给你们看一段视频，乐一乐。")[0] == "body"


def test_a_headline_opened_by_the_video_mark_is_still_the_title(tmp_path):
    # fresh11 392 (a CCTV 新闻联播 transcript): the mark opens the item's headline, which stays whole
    title = "[视频]美称与伊朗达成协议 伊朗称伊美就结束战争达成谅解备忘录"
    article = load_text(tmp_path, "iran.md", "### " + title + "\n\n" + MARATHON.split("\n\n", 1)[1].replace("[视频]\n\n", ""))
    assert article.meta["title"] == title


# fresh18 562 (a school e-paper's page): under the article, the video's title and its address parted by a space.
BEIHU = (
    "北護大74週年校慶 學思樓及爾雅樓落成啟用\n\n"
    "校慶當週學生會舉辦一系列「74號夢想道路」任務活動，學生透過錄製影片與社團多元化展演，祝福北護生日快樂。"
    "當日慶祝大會由原住民文化交流社領唱校歌及體適能有氧社的熱情舞蹈揭開慶典的序幕。\n\n"
    "校慶當日在學思樓前舉行學思樓及爾雅樓二棟大樓落成啟用典禮，由臺北市立大學醒獅團的祥獅獻瑞演出及剪綵儀式後正式啟用。\n\n"
)


def test_a_title_and_its_address_parted_by_a_space_under_the_article_is_a_link(tmp_path):
    line = "◢ 校慶慶祝大會暨運動會精彩花絮影 https://www.youtube.com/watch?v=5ctS2kA9YT8"
    article = load_text(tmp_path, "beihu.txt", BEIHU + line + "\n")
    assert role_of(article, line) == ("boilerplate", "link")


def test_a_sentence_before_an_address_stays_body(tmp_path):
    line = "活動影片已上傳至學校頻道。歡迎觀看 https://www.youtube.com/watch?v=5ctS2kA9YT8"
    article = load_text(tmp_path, "beihu.txt", BEIHU + line + "\n")
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "活動影片已上傳至學校頻道。" in body


# fresh18 580 (a saved WeChat page of 纯洁的微笑, here as markdown): the sources, a related list, then the writer's bio
# with its bold heading glued to it; the bio, long and ending sentences, must not hold the article open.
CRAWLER = (
    "# 只因写了一段爬虫，公司200多人被抓！\n\n"
    "爬虫采集的信息属于公民个人信息的，有可能构成非法获取公民个人信息的违法行为，情节严重的，有可能构成“侵犯公民个人信息罪”。\n\n"
    "最后提醒大家敬畏法律，热爱生活。\n\n"
    "愿每一个程序员都可以用自己的技术去改变世界，让我们的社会变得更加美好！\n\n"
    "参考：\n\n"
    "燃财经：利用爬虫获取简历 36人被批捕\n\n"
    "支付百科：现金贷风控遇至暗时刻：整个行业快被抓完！\n\n"
    "**作者简介**：纯洁的微笑，一个有故事的程序员。曾在互联网金融，第三方支付公司工作，现为一名自由职业者，"
    "和你一起用技术的角度去看这个世界。我的微信号puresmile2，欢迎大家找我聊天，记录你我的故事。\n"
)


def test_a_bold_bio_heading_glued_to_the_bio_ends_the_article(tmp_path):
    article = load_text(tmp_path, "crawler.md", CRAWLER)
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "利用爬虫获取简历" not in body and "现金贷风控遇至暗时刻" not in body and "曾在互联网金融" not in body
    assert "愿每一个程序员都可以用自己的技术去改变世界" in body
