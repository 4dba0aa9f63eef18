"""Round 20 (loader20b): which lines are the article at its end. Seen articles are quoted (split/file); each rule's
repositories are named in the commit message."""

from conftest import load_text, role_of

JIALING_BODY = [
    "北京文化公告中指出，《你好，李焕英》已经委托第三方公司进行保底发行，保底票房收入为15亿元。",
    "目前，《你好，李焕英》这部电影票房早已超过15亿元，因此保底方已经\"稳了\"。",
    "但问题是如果贾玲的大碗娱乐不是保底方，那意味着票房越高，则贾玲收益就越少。",
]


def test_a_closing_invitation_to_comment_glued_to_the_last_sentence_is_split_off(tmp_path):
    # fresh3 113 (a 三言Pro post clipped by Cubox, askfanxiaojun/Cubox): the question to the readers and its
    # 欢迎留言 end the last paragraph; the body keeps its sentence, the prompt is chrome.
    text = ("# 贾玲能从《你好，李焕英》中赚多少钱？\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY)
            + "按照超50亿元总票房推算，贾玲实际收益可能不到1亿元，是否感到惊讶呢？你认为贾玲能赚到多少钱，欢迎留言！\n\n"
            "[跳转到 Cubox 查看](https://cubox.pro/my/card?id=6992498965354646237)\n")
    article = load_text(tmp_path, "113.md", text)
    assert role_of(article, "按照超50亿元总票房推算，贾玲实际收益可能不到1亿元，是否感到惊讶呢？") == ("body", "text")
    assert role_of(article, "你认为贾玲能赚到多少钱，欢迎留言！") == ("boilerplate", "cta")


def test_the_same_invitation_opening_the_last_paragraph_leaves_it_body(tmp_path):
    # The cue reads a paragraph's closing sentences only: a one-sentence paragraph that ends with a plea stays the
    # article's (fresh4 123, qiye45/wechatDownload: the gold's last body sentence ends 欢迎大家多多关注).
    last = ("受限于文章篇幅，我们还有一些想和大家分享的其他视频没有带上，后续我们会发在b站和抖音的“差评汽车部”账号上，"
            "也会在汽车部账号上持续更新更多内容，欢迎大家多多关注。")
    text = "# 贾玲能从《你好，李焕英》中赚多少钱？\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY) + last + "\n"
    article = load_text(tmp_path, "123.md", text)
    assert role_of(article, last) == ("body", "text")


def test_a_related_list_heading_naming_other_readers_is_a_related_heading(tmp_path):
    # fresh7 310 (a 南方周末 interview in a Hugo archive, Project-Gutenberg/Pincong-data): 其他人都在看： heads the
    # archive's links under the article, like 大家都在看.
    text = ("# 《瑞丽需要祖国的关爱》作者戴荣里：发声是我应尽之责\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY)
            + "其他人都在看：  \n\n")
    article = load_text(tmp_path, "310.md", text)
    assert role_of(article, "其他人都在看：") == ("boilerplate", "related")
    assert role_of(article, JIALING_BODY[-1]) == ("body", "text")


def test_a_profile_box_under_the_story_is_a_sidebar_with_its_fields(tmp_path):
    # fresh2 90 (台灣蘋果日報, joanne3634/appledaily): the charity's 小檔案 box follows the last sentence; its heading
    # and the field lines under it are no sentences of the story.
    last = ("周文珍說，長期照顧的各項服務雖政府提供額度不一的補助，但弱勢家庭亟需社會愛心協力。目前畢嘉士各項服務人數約2100人，"
            "經費缺口達200萬元，期盼社會大眾幫忙，讓這些弱勢家庭能獲得更全面的照顧，蘋果慈善基金會獲悉已先拋磚捐輸基金支持服務。")
    text = ("<html><body><h1>居服進山 翻身擦澡助癱婆</h1>"
            "<p>中華民國老人福利推動聯盟秘書長吳玉琴表示，每個人都會老，大多數人都不願意自己老了、癱瘓了，被子女送到機構安置。</p>"
            f"<p>{last}</p><p>★畢嘉士社會福利基金會小檔案</p><p>成立時間：2013年3月5日</p>"
            "<p>服務內容：老人福利、婦女及兒童青少年福利、原住民健康保健、教育與研究發展、身心障礙福利服務</p>"
            "</body></html>")
    article = load_text(tmp_path, "90.html", text)
    assert role_of(article, last) == ("body", "text")
    assert role_of(article, "★畢嘉士社會福利基金會小檔案") == ("boilerplate", "sidebar")
    assert role_of(article, "成立時間：2013年3月5日")[0] == "boilerplate"


HOU_BODY = [
    "这项研究的作者之一是Thomas Hou，加州理工学院计算与数学科学教授，专攻数值分析和数学物理。",
    "1989年到1993年期间，他在纽约大学库朗数学科学研究所任教。",
    "研究的另一位作者是Jiajie Chen，目前是纽约大学的数学科学家。",
    "他在研究生期间就证明了各种流体方程式可以“爆破”。",
]


def test_a_paper_address_label_under_the_article_is_a_link_whose_address_vanished(tmp_path):
    # fresh14 465 (a 快科技 story clipped to markdown, ustczzh/MyClippings): 论文地址： on its own line, the arXiv
    # address under it (addresses vanish from the text), then 参考链接：.
    text = ("# 华人数学家死磕欧拉方程10年 找到了让它失效的“奇点”\n\n" + "".join(f"{p}\n\n" for p in HOU_BODY)
            + "论文地址：\n\nhttps://arxiv.org/abs/2210.07191\n\n参考链接：\n\n"
            "\\[1\\]https://www.quantamagazine.org/computer-helps-prove-long-sought-fluid-equation-singularity-20221116/\n")
    article = load_text(tmp_path, "465.md", text)
    assert role_of(article, "论文地址：") == ("boilerplate", "link")
    assert role_of(article, HOU_BODY[-1]) == ("body", "text")


def test_a_street_address_label_stays_the_article_s():
    # 地址 names a web address only when an address or nothing follows the colon: a place is text (fresh10 363's
    # screening notice gives 成都市武侯区盛通街88号-HOME+空间 as where to go).
    from zhnews.load.roles import first_cue
    assert first_cue("地址：成都市武侯区盛通街88号-HOME+空间", "tail") is None


WENWEIPO_RELATED = ["劉太親自過問「惡女珍」事件 (2010-07-20)", "明年區議會選舉 田大少想「玩埋一份」 (2010-07-12)",
                    "慎處副局政助檢討 免釀風波 (2010-07-08)"]


def test_dated_headlines_under_the_article_with_the_date_in_brackets_are_related_links(tmp_path):
    # dev_corpus 56 (文匯報, yookoala/newsdiffHK) lists other stories as <headline> (2010-07-20); fresh 114's blog
    # (immortal-autumn/…) as [2005-08-17] <headline>. A page keeps them apart by its markup; markdown does not.
    text = ("# 旅遊業界要自律\n\n" + "".join(f"{p}\n\n" for p in HOU_BODY)
            + "".join(f"{line}\n\n" for line in WENWEIPO_RELATED)
            + "[2005-08-06] 谁来为喂羊照看孩子的民警解忧\n")
    article = load_text(tmp_path, "56.md", text)
    for line in [*WENWEIPO_RELATED, "[2005-08-06] 谁来为喂羊照看孩子的民警解忧"]:
        assert role_of(article, line) == ("boilerplate", "related")
    assert role_of(article, HOU_BODY[-1]) == ("body", "text")


def test_a_date_range_or_a_dated_schedule_is_no_dated_headline():
    # fresh10 379 (中時, IsaacLee0904/…): an analysis window in brackets; fresh10 363 (yhy2049/wechat-articles): a
    # screening's date and weekday opening its schedule.
    from zhnews.load.roles import first_cue
    assert first_cue("（2021/08/15~2021/08/21）", "tail") is None
    assert first_cue("2022年7月9日（本周六）18:45~19:00入场签到", "tail") is None


def test_a_data_source_line_in_brackets_or_after_a_slash_under_the_article_is_a_source_note(tmp_path):
    # fresh 64 (长江网, GeneralNewsExtractor/…): （资料来源：参考消息、海外网等） under the story; Apple Daily's sidebars
    # write 資料來源／… as well as 資料來源：….
    text = ("# 武汉黄金周\n\n" + "".join(f"{p}\n\n" for p in HOU_BODY)
            + "（资料来源：参考消息、海外网等）\n\n資料來源／美聯社、路透社\n")
    article = load_text(tmp_path, "64.md", text)
    assert role_of(article, "（资料来源：参考消息、海外网等）") == ("boilerplate", "source_note")
    assert role_of(article, "資料來源／美聯社、路透社") == ("boilerplate", "source_note")
    assert role_of(article, HOU_BODY[-1]) == ("body", "text")


def test_an_exporter_s_footer_and_an_archive_s_banner_are_crawl_notes(tmp_path):
    # The tools' own lines around a seen article's text (fresh7 310's sentences): no sentence of the article.
    text = ("The Wayback Machine - https://web.archive.org/web/20211030000000/https://www.infzm.com/contents/217000\n\n"
            "# 《瑞丽需要祖国的关爱》作者戴荣里：发声是我应尽之责\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY)
            + "本文由 wechat-article-exporter 导出于 2021-10-30 12:00\n")
    article = load_text(tmp_path, "310.md", text)
    assert role_of(article, "The Wayback Machine -") == ("boilerplate", "crawl_note")
    assert role_of(article, "本文由 wechat-article-exporter 导出于 2021-10-30 12:00") == ("boilerplate", "crawl_note")
    assert role_of(article, JIALING_BODY[-1]) == ("body", "text")


def test_a_wechat_page_s_buttons_flattened_onto_one_line_are_page_chrome(tmp_path):
    # A copy that flattens WeChat's page furniture onto one line under the article (fresh3 10, 11 and 122's exports,
    # izj007/wechat and qiye45/wechatDownload, keep its ： ， 。 视频 小程序 赞 … strip so).
    strip = "预览时标签不可点 微信扫一扫 关注该公众号 继续滑动看下一个 轻触阅读原文"
    text = ("# 贾玲能从《你好，李焕英》中赚多少钱？\n\n" + "".join(f"{p}\n\n" for p in JIALING_BODY)
            + f"{strip}\n\n阅读原文 阅读 1.2万 在看 23\n")
    article = load_text(tmp_path, "10.md", text)
    assert role_of(article, strip) == ("boilerplate", "page_chrome")
    assert role_of(article, "阅读原文 阅读 1.2万 在看 23") == ("boilerplate", "page_chrome")
    assert role_of(article, JIALING_BODY[-1]) == ("body", "text")
