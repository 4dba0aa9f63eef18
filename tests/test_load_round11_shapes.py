"""Round 11 (loader11), shapes of unseen articles by class, on real text cut small.

Provenance of each fresh9 source in data/eval/fresh9/SOURCES.tsv."""

import json

import pytest

from conftest import body, load_text, role_of
from zhnews.errors import ArticleError
from zhnews.load import load_article

# fresh9 353 (alex-the-man/apple-daily-corpus, corpus/20020301.csv @ 4c2ab989): one row of a corpus day file cut
# without its header (key,date,article_daily_id,title,text): an id, a date, a counter, the headline, the text with
# the reporters' credit kept between two sentences, set off by blanks only. Cut after the credit's next sentence.
HEADERLESS_ROW = (
    "20020301-0,20020301,0,自轟右太陽穴\u3000子彈卡左眼角人財兩失\u3000警長吞槍亡,"
    "自轟右太陽穴\u3000子彈卡左眼角 人財兩失\u3000警長吞槍亡 【本報訊】荃灣警署發生警長吞槍自殺事件，一名警長近期傳出"
    "金錢拮据，以及與同居的前電視藝員女友感情出現問題，疑他不堪人財兩失刺激，昨在警署休息室內吞槍自殺，用佩槍自轟右邊"
    "太陽穴，子彈卡在左邊眼角骨內當場斃命。今次是四日內第二宗警員自殺案件。\u3000記者：李家傑、黎志偉、江寶龍 "
    "警務處處長曾蔭培對於再有警員自殺表示難過，他呼籲警員要積極面對逆境、面對人生。\n"
)


def test_a_headerless_rows_counter_is_no_title_and_the_headline_is(tmp_path):
    article = load_text(tmp_path, "20020301.csv", HEADERLESS_ROW)
    assert article.meta["title"] == "自轟右太陽穴 子彈卡左眼角人財兩失 警長吞槍亡"
    assert article.meta["title_source"].startswith("headerless csv row")
    assert role_of(article, "0") == ("boilerplate", "metadata")
    assert article.meta["publish_date"] == "2002-03-01"
    assert article.coverage.ratio == 1.0


def test_a_credit_between_two_sentences_of_a_flattened_text_is_the_byline(tmp_path):
    article = load_text(tmp_path, "20020301.csv", HEADERLESS_ROW)
    assert article.meta["author"] == "李家傑、黎志偉、江寶龍"
    assert role_of(article, "記者：李家傑、黎志偉、江寶龍")[0] == "byline"
    assert not any("記者" in text for text in body(article))
    assert body(article)[-1] == "警務處處長曾蔭培對於再有警員自殺表示難過，他呼籲警員要積極面對逆境、面對人生。"


# fresh9 355 (Hecate-DynMist/data, cnews/cnews.test.txt @ 8c2694a6, bytes 101819-113204): one tagged record of a news
# classification corpus, the whole of it a quoted CSV field "TAG;;TEXT", the series' headline glued to the series'
# header and the text; the credits close it after an entity-escaped no-break space. The first line cut after its
# fourth sentence of the course's story (427 characters, still a one-line dump), the closing credits as in the file.
TAGGED_RECORD = (
    "\"人物;;【对话大师】专访诺贝尔奖得主Randy Schekman对话大师 | 专题介绍世间一切伟大的壮举总是默默完成的，世间一切智者"
    "总是深谋远虑的。茨威格在《人类的群星闪耀时》里向人类发展进程中的伟大瞬间一一致敬——只有雄心壮志才会点燃起火热的心，"
    "去做那些难以轻易成功的事。2016年，机器之心开启全新专题【对话大师】，对话包括人工智能、神经科学、生物医学等前沿领域的"
    "世界级学者翘楚，分享那些穿越光年的精粹思想。【对话大师】的灵感起源于物理教授Saul Perlmutter开设的一门叫「sense, "
    "science and sensibility」的课上。Perlmutter教授任教于美国加州大学伯克利分校，并曾于2011年获得诺贝尔物理学奖。"
    "他曾教授过大大小小各种专业课， 但是这门课却与众不同。这门课并没有什么学术门槛，欢迎所有人来听，然而在Perlmutter"
    "教授看来，它所传达的意义和能量在某种程度上却远远超过他教过的任何一门高深的物理课。\n\n"
    "&nbsp;机器之心原创。访谈：郑一溥 撰文：汪汪，郑一溥。\""
)


def test_a_tagged_records_label_series_headline_and_header_are_apart_from_the_text(tmp_path):
    article = load_text(tmp_path, "cnews.test.txt", TAGGED_RECORD)
    assert role_of(article, "人物") == ("boilerplate", "metadata")
    assert article.meta["title"] == "【对话大师】专访诺贝尔奖得主Randy Schekman"
    assert role_of(article, "对话大师 | 专题介绍")[0] == "boilerplate"
    assert body(article)[0].startswith("世间一切伟大的壮举总是默默完成的")
    assert article.coverage.ratio == 1.0


def test_a_series_name_in_brackets_inside_a_sentence_stays_in_the_sentence(tmp_path):
    article = load_text(tmp_path, "cnews.test.txt", TAGGED_RECORD)
    text = "".join(body(article))
    assert "2016年，机器之心开启全新专题【对话大师】，对话包括人工智能" in text
    assert "分享那些穿越光年的精粹思想。【对话大师】的灵感起源于物理教授" in text


def test_closing_credits_after_an_escaped_no_break_space_give_outlet_and_writers(tmp_path):
    article = load_text(tmp_path, "cnews.test.txt", TAGGED_RECORD)
    assert article.meta["outlet"] == "机器之心"
    assert article.meta["author"] == "郑一溥、汪汪"
    assert not any("机器之心原创" in text or "撰文" in text for text in body(article))


# fresh9 356 (858399075/pachong, 2022-7-8/20220705/20220705-04-07.txt @ d8a66cbd): a 人民日报 e-paper crawler's text,
# the standfirst's label 核心阅读 on a line of its own and the page's desk credit at the end. Cut: the head and the tail.
PAPER_TEXT = (
    "多地加强农村人居环境数字化管理——\n技术加力  美丽加分（深阅读·关注数字乡村建设）\n\n"
    "\u3000\u3000核心阅读\n"
    "\u3000\u3000巡护河道，用VR眼镜延伸视野；清运生活垃圾，系统自动合理规划路线；管控供水设施，以数字化管理保障群众用水安全……\n"
    "\u3000\u3000近年来，各地区提升农村人居环境数字化管理水平，改善村容村貌，打造绿色乡村。\n"
    "\u3000\u3000近年来，河北积极推进农村饮水安全信息管理系统建设，不断强化农村饮水基础数据统计分析能力。截至2021年底，已有44个县"
    "建立了县级农村供水信息管理系统，农村南水北调地表水厂全部配置了供水自动控制系统，供水信息化覆盖人口2560万。\n"
    "\u3000\u3000本期统筹：张佳莹\n"
)


def test_a_standfirst_label_and_a_pages_desk_credit_are_no_body(tmp_path):
    article = load_text(tmp_path, "20220705-04-07.txt", PAPER_TEXT)
    assert role_of(article, "核心阅读") == ("boilerplate", "label")
    assert role_of(article, "本期统筹：张佳莹") == ("boilerplate", "editor_credit")
    assert article.meta["author"] is None
    assert body(article)[0].startswith("巡护河道")


# fresh9 351 (the 自由時報 record of data/eval/fresh9/SOURCES.tsv): a Taiwanese crawler's JSON record whose one-line
# content ends with the pictures' captions glued after the last sentence, each closed by its photo credit (and the
# widget word 表格 before the first). Here the record's own keys and the content's last 417 characters.
CAPTIONS_GLUED_AT_END = {
    "title": "斷腿跪爬10公里山路 李明翰堅信一定能活\t\t\t\t", "category": "社會", "website": "自由時報", "date": "2017-06-29",
    "content": (
        "之後他一路經2418峰跪爬到2457峰附近，6月14日早上發現有訊號，立即打出求救電話，這段3公里多路程他爬了約5天；"
        "電話撥出去後梅雨來襲，救援直升機不能飛，他靠拉外帳接雨水度日，而17天的糧食慢慢吃，吃了快1個月，糧食早就吃完了，"
        "人瘦了10公斤。等待救援時，身上僅剩下底片盒裝的鹽巴。後來他決定往哈崙工作站移動，他評估，2000公尺的山上，夜間溫度"
        "不很冷，因此放棄身上背包，但爬了3天還爬不到哈崙工作站，這段路約2公里多。李明翰說，一個人很接近死亡的時候，「本能"
        "就會驅使你想盡辦法活下去」。第4天他往哈崙途中碰到「伍元學長」（伍元和）超開心，雖沒多說卻感到安心，當天中午就由"
        "黑鷹直升機吊掛下山送醫。表格李明翰做完右人工髖關節置換後，術後復原良好，已經可以嘗試站立，他希望趕快恢復健康可以"
        "重回山上爬山。（記者花孟璟攝）李明翰掀開褲子露出右腳膝蓋，在不知道自己右邊髖關節骨折的狀態下，他就靠著神之右膝和"
        "雙手爬上稜線求救。（記者花孟璟攝）"
    ),
}


def test_captions_closed_by_photo_credits_at_a_flattened_texts_end_are_captions(tmp_path):
    article = load_text(tmp_path, "1114615.json", json.dumps(CAPTIONS_GLUED_AT_END, ensure_ascii=False))
    captions = article.paragraphs.loc[article.paragraphs["role"] == "caption", "text"].tolist()
    assert captions[-1] == "李明翰掀開褲子露出右腳膝蓋，在不知道自己右邊髖關節骨折的狀態下，他就靠著神之右膝和雙手爬上稜線求救。（記者花孟璟攝）"
    assert captions[-2].endswith("他希望趕快恢復健康可以重回山上爬山。（記者花孟璟攝）")
    assert body(article)[-1].endswith("當天中午就由黑鷹直升機吊掛下山送醫。")
    assert article.coverage.ratio == 1.0


# Sweep of round 11 (bench/sweep_loader.py over files of repositories already in the eval sets, not eval articles).

# raileo98/testing, hk_rthk_international_ch.rss @ 0e167a32: a whole RSS feed of 香港電台 (20 items) under an
# <?xml-stylesheet?> instruction. Here its head and two of its items, shortened.
WHOLE_FEED = (
    '<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="style.xsl" type="text/xsl"?>\n<rss version="2.0">\n'
    " <channel>\n  <title>\n   rthk.hk - 即時新聞: 國際\n  </title>\n  <copyright>\n   香港電台\n  </copyright>\n"
    "  <item>\n   <title>\n    美國一座教堂發生槍擊事件\n   </title>\n   <description>\n    美國一座教堂發生槍擊事件，警方正在調查。\n"
    "   </description>\n  </item>\n"
    "  <item>\n   <title>\n    歐盟外長會議討論援助\n   </title>\n   <description>\n    歐盟外長會議今日討論援助問題。\n"
    "   </description>\n  </item>\n </channel>\n</rss>\n"
)


def test_a_whole_feed_is_refused_in_one_line_not_read_as_one_article(tmp_path):
    path = tmp_path / "hk_rthk_international_ch.rss"
    path.write_text(WHOLE_FEED, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"hk_rthk_international_ch\.rss: .*feed of 2 items, not one article"):
        load_article(path)


def test_one_item_under_a_stylesheet_instruction_is_still_a_record(tmp_path):
    item = ('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="style.xsl" type="text/xsl"?>\n'
            "<item>\n<title>美國一座教堂發生槍擊事件</title>\n<description>美國一座教堂發生槍擊事件，警方正在調查。</description>\n</item>\n")
    article = load_text(tmp_path, "item.xml", item)
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "美國一座教堂發生槍擊事件"


# lulalala/taiwanese_news_parser, spec/taiwanese_news_parser/parser/liberty_times_s3.html @ fccbc791: a 自由時報 page of
# 2014 whose h1 holds the two halves of the headline and the date (<h1>A B <span class="date">…</span></h1>). Cut:
# the head's title, the h1, the byline paragraph cut after its first sentence, the copyright line.
HEADLINE_OVER_DATE = (
    "<html><head><title>林義雄宣布停止禁食 願再為台奮鬥 - 反核全民總動員 - 自由電子報</title>\n"
    '<meta property="og:title" content="林義雄宣布停止禁食 願再為台奮鬥 - 反核全民總動員 - 自由電子報" /></head><body>\n'
    '<h1>林義雄宣布停止禁食 願再為台奮鬥 <span class="date">2014-04-30 14:49</span></h1>\n'
    "<p>\n〔記者李欣芳／台北報導〕最新消息！前民進黨主席林義雄宣布停止禁食，他下午透過網站發表「感謝你！台灣人！──為停止禁食"
    "敬告親友」的公開信強調， 他對於當今的掌權者本無任何期待，因此不屑對掌權者有任何請求。</p>\n"
    '<div><a href="http://opinion.ltn.com.tw/inform/complain_1.php?type=3">聯絡我們</a> | 自由電子報 版權所有 &copy; 2014 '
    "The Liberty Times. All Rights Reserved.</div>\n</body></html>\n"
)


def test_a_half_of_the_headline_over_its_date_is_no_outlet(tmp_path):
    article = load_text(tmp_path, "liberty_times_s3.html", HEADLINE_OVER_DATE)
    assert article.meta["outlet"] == "自由電子報"
    assert article.meta["author"] == "李欣芳"
    assert article.meta["publish_date"] == "2014-04-30"


# NKU-Nikoni/News-Nankai, data/news/2675.xml @ 858e226a: a crawler's <doc> record of 南开新闻网, its dateline crediting
# a reporter, student reporters and a photographer. Cut after the body's first paragraph.
LONG_DATELINE_CREDIT = (
    "<?xml version='1.0' encoding='utf-8'?>\n<doc><id>2675</id><url>http://news.nankai.edu.cn/nkyw/system/2016/11/27/"
    "000308094.shtml</url><title>南开大学财政学系庆祝恢复重建十周年--南开要闻</title><datetime>2016-11-27 00:00:00</datetime>"
    "<body>南开新闻网讯(记者 乔仁铭 学生记者 边思琪 高翔 摄影 任永华)“十年风雨兼程，满园桃李芬芳”。11月26日，“财税改革与"
    "政府治理”学术研讨会暨南开大学财政系恢复重建十周年交流会在津隆重举行。</body></doc>"
)


def test_a_dateline_crediting_several_reporters_and_a_photographer_gives_outlet_and_writers(tmp_path):
    article = load_text(tmp_path, "2675.xml", LONG_DATELINE_CREDIT)
    assert article.meta["outlet"] == "南开新闻网"
    assert article.meta["author"] == "乔仁铭、边思琪、高翔"
    assert body(article)[0].startswith("“十年风雨兼程，满园桃李芬芳”。")


# yookoala/newsdiffHK, tests/models/Crawler/Chinatimes/data/260115.json @ 1ffebbcd: a record whose body is lines of text
# with links only (the paper's and the reporter's names are links), its info line first. Cut after the first lines.
LINKED_INFO_LINE = {
    "title": "草間彌生 高雄築夢",
    "body": (
        '2014年11月21日 04:10<a href="/newspapers/2601"> 中國時報</a> <a href="/reporter/94">吳垠慧</a>／台北報導 \n\r\n'
        "    \n\r\n          \r\n            \u3000尋找鬱金香\r\n\u3000草間彌生（右）的裝置作品《為摯愛的鬱金香永恆祈禱》，"
        "是她為亞洲巡迴展特別製作的大型彩色裝置作品。\r\n\n「圓點女王」草間彌生曾自述，自己僅是一位「精神病藝術家」。"
    ),
}


def test_a_records_info_line_of_date_paper_and_reporter_gives_them(tmp_path):
    article = load_text(tmp_path, "260115.json", json.dumps(LINKED_INFO_LINE, ensure_ascii=False))
    assert (article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == ("中國時報", "吳垠慧", "2014-11-21")
    assert body(article)[-1] == "「圓點女王」草間彌生曾自述，自己僅是一位「精神病藝術家」。"
    assert article.coverage.ratio == 1.0


# Hecate-DynMist/data, cnews/cnews.val.txt @ e9b67f58: another tagged record of the corpus of fresh9 355 (a 机器之心
# report of an interview panel), flattened to one line. Three passages of the record joined: its opening (the
# headline glued to the standfirst's label 导言：), a speaker's label in brackets between two sentences, and an
# interviewer's question opening the answer.
INTERVIEW_RECORD = (
    "\"人工智能;;2016 Code大会精彩回顾:描绘机器智能宏伟蓝图导言：如果你错过了上周的 Code 大会，可能会错过许多。这场技术和"
    "媒体盛事汇聚了最顶尖的人物，让他们在同一个平台上畅所欲言。机器学习、人工智能、深度模拟、或如 IBM CEO 所坚称的认知"
    "计算，已成为几乎每一位 Code 大会发言者的关注焦点。今年，每个人似乎都没有所隐瞒。Code 大会之前已经见证过了一些颠覆性"
    "的变化，举几个例子：数字媒体、移动设备和智能手机。如今，这场盛会也为我们描绘了一幅宏伟蓝图：人工智能技术正以难以"
    "置信的速度和深度快速扩展。人工智能已经成为了技术领先企业中的一项主流技术；而且在不久的将来，这项技术就将成为几乎"
    "每一种领先的产品和服务的组成部分。"
    "在接下来的十年内，我们可能会在现实世界的任务上有更多的尝试，例如开车、做家务等等，最终我们会拥有比人工成本更低的"
    "机器人，来完成这些体力任务。（梅琳达）同时，我们十分关注女性在计算机行业的发展。在我从计算机专业毕业的时候，34% 的"
    "毕业生都是女性，而现在却下降到 17%。"
    "对于隐私的问题，你怎么看？从亚马逊的商业操作上来说，我们收集客户的使用数据，是为了向用户推荐他们可能会感兴趣的商品。\""
)


def test_a_headline_glued_to_its_standfirsts_label_is_the_title(tmp_path):
    article = load_text(tmp_path, "cnews.val.txt", INTERVIEW_RECORD)
    assert article.meta["title"] == "2016 Code大会精彩回顾:描绘机器智能宏伟蓝图"
    assert body(article)[0].startswith("导言：如果你错过了上周的 Code 大会")


def test_a_speakers_name_in_brackets_between_sentences_is_no_byline(tmp_path):
    article = load_text(tmp_path, "cnews.val.txt", INTERVIEW_RECORD)
    assert article.meta["author"] is None
    assert "来完成这些体力任务。（梅琳达）同时，我们十分关注女性在计算机行业的发展。" in "".join(body(article))


def test_a_question_to_readers_cue_takes_no_answer_after_it(tmp_path):
    article = load_text(tmp_path, "cnews.val.txt", INTERVIEW_RECORD)
    assert "从亚马逊的商业操作上来说，我们收集客户的使用数据，是为了向用户推荐他们可能会感兴趣的商品。" in "".join(body(article))
    assert article.coverage.ratio == 1.0


# tune 222 (Project-Gutenberg/Pincong-data-2026, site/content/post/b277150c57b35450a3259b300f3dde0c.md @ 0cfc8f85): a
# Hugo archive of WeChat posts whose front matter's author is the account (大何崛起), named after the writer the byline
# under the pictures names (文|大 何, padded). Cut: the file's first 30 lines (front matter, pictures, byline, the first
# paragraphs; the byline is read as one once a full paragraph follows).
ACCOUNT_IN_AUTHOR_FIELD = (
    "---\n"
    "layout: default\n"
    "Lastmod: 2025-11-19T11:08:18.797376+00:00\n"
    "date: 2025-11-19T11:08:18.797120+00:00\n"
    'title: "学生荒，提前三年到来？"\n'
    'author: "大何崛起"\n'
    "tags: [七普,2029,人口,教育,稀缺]\n"
    "---\n"
    "\n"
    "![](https://images.weserv.nl/?url=https%3A//mmbiz.qpic.cn/mmbiz_png/XAKr6dWpbv39e4icxoibGibRKXHiaFcf"
    "qCnLbLr2IiaBKtzQSd9HOXCCHic3Cz7T3t6fdBHrSgggOsghqwhv1n7cPOBA/640%3Fwx_fmt%3Dpng%26from%3Dappmsg)\n"
    "\n"
    "![](https://images.weserv.nl/?url=https%3A//mmbiz.qpic.cn/mmbiz_gif/XAKr6dWpbv39e4icxoibGibRKXHiaFcf"
    "qCnLQbR2qTNnOryf66JQ5xRfHibicicR7o689ibkiaOApSp8dMQIictBdSAV11Vw/640%3Fwx_fmt%3Dgif%26from%3Dappmsg)"
    "\n"
    "\n"
    "文|大 何\n"
    "\n"
    "“我国高中阶段适龄人口将持续增长，预计2029年达到峰值。”\n"
    "\n"
    "节选自《中国教育报》的一篇文章。\n"
    "\n"
    "![](https://images.weserv.nl/?url=https%3A//mmbiz.qpic.cn/mmbiz_png/XAKr6dWpbv39e4icxoibGibRKXHiaFcf"
    "qCnLMuO0bYhdhBfjCf2ICWicgQZHvYxFy7Oy20SosQ1U36TPyqzibX8lhWnw/640%3Fwx_fmt%3Dpng%26from%3Dappmsg)\n"
    "\n"
    "简简单单的一句话，背后的信息量其实挺大的。\n"
    "\n"
    "因为按照之前的出生人口数据，普遍认为高中人口到达峰值会是2032年。\n"
    "\n"
    "根据历年的出生人口统计，我们的新生儿人口见顶于2016年，2017年开始减少。\n"
    "\n"
    "![](https://images.weserv.nl/?url=https%3A//mmbiz.qpic.cn/mmbiz_png/XAKr6dWpbv39e4icxoibGibRKXHiaFcf"
    "qCnLs4qfr7msLMYgOtj7lP2uv9KUTFuUnKu4LfyiaXnMATicAicZ8X8yBZZdw/640%3Fwx_fmt%3Dpng%26from%3Dappmsg)\n"
    "\n"
    "一般来说，3岁开始上幼儿园、6岁开始上小学，按照这个时间推算，少子化带来的影响，到2029年初中生见顶，2032年高中生见顶，2035年大学生见顶。\n"
)


def test_an_archives_author_field_named_after_the_bylines_writer_is_the_account(tmp_path):
    article = load_text(tmp_path, "b277150c57b35450a3259b300f3dde0c.md", ACCOUNT_IN_AUTHOR_FIELD)
    assert article.meta["outlet"] == "大何崛起"
    assert "the account" in article.meta["outlet_source"]
    assert article.meta["author"] == "大何"
