"""Round 24 (mend25a): the loader's misses on fresh23.

* Hugo's front matter in TOML (``+++`` / ``title = '…'`` / ``date = 2025-03-01T12:43:34+08:00`` / ``+++``, fresh23
  740-742, the default of ``hugo new``) and in JSON (a lone ``{`` … ``}``) gives the title, date and author as a YAML
  block does, and none of its lines is text.
* A WeChat page pasted under it: the header's place of posting (``*2025年02月18日 08:30* *上海*``, WeChat's IP属地)
  names no outlet; the card of the account a post is shared from under WeChat's English note (``The following
  article is from 财经天下WEEKLY Author 财经天下``), its name and dot on one line (``**财经天下WEEKLY**.``) and its
  signature, is furniture, as under the Chinese note; the reader group's name line and a member count after the
  article (``/ FBIF食品微信群 /``, ``30w+食品人已加入!``) are a join prompt.

The FBIF excerpts are fresh23 740's lines as written; the other articles are made up (names, places, dates invented)
in the same shapes. Near-misses: a paragraph under the note that only starts with the account's name, a YAML block
and a +++ that closes nothing, a group named in a sentence, a name after a date line that is a paper's.
"""

import json

from conftest import load_text, role_of

from zhnews.load import markdown

HEADLINE = "城西新建两座口袋公园本月开放"
LEAD = "城西区新建的两座口袋公园将于本月中旬向市民开放，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
SECOND = "区园林局负责人介绍，两座公园的绿化以本地树种为主，并配建了公共卫生间和直饮水点，方便周边居民使用。"
THIRD = "据了解，今年全区还将新建口袋公园六座，进一步提升居民出门见绿的便利程度，让更多市民就近享受休闲空间。"
BODY = f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"


def body_texts(article) -> list[str]:
    table = article.paragraphs
    return list(table.loc[table["role"] == "body", "text"])


# ------------------------------------------------------------------------------------ front matter in TOML and JSON

# fresh23 740's front matter as written.
FBIF_TOML = """+++
title = '古茗上市：走不进上海的茶饮'
date = 2025-03-01T12:43:34+08:00
draft = false
author = "simons"
categories = ["商业案例", "新消费", "茶饮行业"]
tags = ["古茗", "下沉市场", "加盟模式", "茶饮上市", "蜜雪冰城", "地域加密", "喜茶", "行业分析"]
description = "本文以新茶饮品牌古茗赴港上市为引，剖析了其依靠绝对加盟模式与‘地域加密’策略，在蜜雪冰城之外的下沉市场成长为行业第二的商业逻辑。"
+++

"""


def test_toml_front_matter_gives_title_and_date_and_is_no_text(tmp_path):
    article = load_text(tmp_path, "guming.md", FBIF_TOML + BODY)
    meta = article.meta
    assert (meta["title"], meta["title_source"]) == ("古茗上市：走不进上海的茶饮", "front matter title:")
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2025-03-01", "front matter date:")
    assert body_texts(article) == [LEAD, SECOND, THIRD]
    assert not any("description" in text or "draft" in text for text in article.paragraphs["text"])


def test_toml_front_matter_arrays_strings_and_tables():
    lines = ['+++', 'title = """城西新建两座口袋公园"""', "authors = ['王小明', '李华']", 'publishDate = 2024-05-06',
             '[params]', 'author = "theme"', '+++', '', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["author"], front["publish_date"]) == ("城西新建两座口袋公园", "王小明、李华", "2024-05-06")
    assert front["title_line"] == 2 and body_start == 7  # [params] is the theme's table: its author: is no writer


def test_toml_block_with_a_slip_is_read_line_by_line():
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'date = 2024-05-06', 'summary = 没有引号的摘要', '+++', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["publish_date"], body_start) == ("城西新建两座口袋公园", "2024-05-06", 5)


def test_json_front_matter(tmp_path):
    text = ('{\n  "title": "城西新建两座口袋公园本月开放",\n  "date": "2024-05-06T09:00:00+08:00",\n'
            '  "authors": ["王小明"],\n  "draft": false,\n  "params": {"author": "theme"}\n}\n\n' + BODY)
    article = load_text(tmp_path, "park.md", text)
    meta = article.meta
    assert (meta["title"], meta["publish_date"], meta["author"]) == (HEADLINE, "2024-05-06", "王小明")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_plus_signs_closing_nothing_are_no_front_matter():
    lines = ['+++', 'title = "城西新建两座口袋公园"', '', LEAD, SECOND]
    assert markdown._front_matter(lines) == ({}, 0)


def test_brace_over_no_json_is_no_front_matter():
    lines = ['{', '这不是 JSON，只是一个花括号开头的段落', '}', LEAD]
    assert markdown._front_matter(lines) == ({}, 0)


def test_yaml_front_matter_unchanged():
    lines = ['---', 'title: "城西新建两座口袋公园"', 'date: 2024-05-06 09:00', 'author: 王小明', '---', '', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["publish_date"], front["author"], body_start) == ("城西新建两座口袋公园", "2024-05-06", "王小明", 5)


# ------------------------------------------------------------------------------------ a WeChat page pasted under it

# fresh23 740's lines from the bare address to the card's signature, as written.
FBIF_HEADER = """https://mp.weixin.qq.com/s/DnzGxGhZgyAeYl5QQdwB5A

# 200亿古茗，为何不开进北京和上海？

[FBIF食品饮料创新](javascript:void(0);) *2025年02月18日 08:30* *上海*

The following article is from 财经天下WEEKLY Author 财经天下

![img](http://wx.qlogo.cn/mmhead/50HcP4UOeLWibZ859eAPiaHVSFUcx1fmFhZWZk0vjwFmjFz9nRvpRiajTbGKLIv22PfYx3dEzDaxLg/0)

**财经天下WEEKLY**.

《财经天下》周刊官方账号，提供有品质的深度报道，讲述中国企业在时代浪潮中的精彩故事。

"""

# fresh23 740's tail after the credits, its pictures left out.
FBIF_TAIL = """
*来源：**财经天下WEEKLY**（ID：cjtxweekly）*

*作者：张向阳*

*编辑：吴跃*

更多文章

**/ FBIF食品微信群 /**

让专业的人聚在一起，30w+食品人已加入!

Scan to Follow
"""


def test_pasted_wechat_page_under_toml_front_matter(tmp_path):
    article = load_text(tmp_path, "guming.md", FBIF_TOML + FBIF_HEADER + BODY + FBIF_TAIL)
    meta = article.meta
    assert meta["outlet"] in ("财经天下WEEKLY", "财经天下")  # the original, not the place of posting (上海)
    assert meta["author"] == "张向阳"
    # The WeChat H1 under the blog's own title stays a heading (the gold names no role for it); nothing else is text.
    assert body_texts(article) == ["200亿古茗，为何不开进北京和上海？", LEAD, SECOND, THIRD]
    assert role_of(article, "财经天下WEEKLY.") == ("boilerplate", "source_card")
    assert role_of(article, "《财经天下》周刊官方账号，提供有品质的深度报道，讲述中国企业在时代浪潮中的精彩故事。") == ("boilerplate", "source_card")
    assert role_of(article, "/ FBIF食品微信群 /")[0] == "boilerplate"
    assert role_of(article, "让专业的人聚在一起，30w+食品人已加入!")[0] == "boilerplate"


def _shared_post(note: str, card: str) -> str:
    return f"# {HEADLINE}\n\n[城西发布](javascript:void(0);) *2024年05月06日 09:00* *浙江*\n\n{note}\n\n{card}\n\n{BODY}"


def test_card_name_and_dot_on_lines_of_their_own_under_the_english_note(tmp_path):
    article = load_text(tmp_path, "park.md", _shared_post("The following article is from 城西观察 Author 王小明",
                                                          "**城西观察**\n\n.\n\n记录城西的变化"))
    assert role_of(article, "城西观察") == ("boilerplate", "source_card")
    assert role_of(article, "记录城西的变化") == ("boilerplate", "source_card")
    assert (article.meta["outlet"], article.meta["author"]) == ("城西观察", "王小明")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_card_with_its_signature_on_the_line_of_its_name(tmp_path):
    article = load_text(tmp_path, "park.md", _shared_post("以下文章来源于城西观察 ，作者王小明",
                                                          "**城西观察** .城西观察是城西区的城市观察栏目。"))
    assert role_of(article, "城西观察 .城西观察是城西区的城市观察栏目。") == ("boilerplate", "source_card")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_card_signature_naming_the_han_part_of_a_mixed_name(tmp_path):
    article = load_text(tmp_path, "park.md", _shared_post("The following article is from 城西Daily Author 王小明",
                                                          "**城西Daily**.\n\n《城西》日报官方账号，讲述城西区每天发生的故事。"))
    assert role_of(article, "《城西》日报官方账号，讲述城西区每天发生的故事。") == ("boilerplate", "source_card")


def test_paragraph_opening_with_the_account_name_is_no_card(tmp_path):
    opening = "城西观察注意到，城西区新建的两座口袋公园将于本月中旬向市民开放，附近居民对此十分期待。"
    article = load_text(tmp_path, "park.md", _shared_post("The following article is from 城西观察 Author 王小明", opening))
    assert opening in body_texts(article)


def test_long_sentence_under_a_card_without_signature_stays_body(tmp_path):
    article = load_text(tmp_path, "park.md", _shared_post("The following article is from 城西观察 Author 王小明",
                                                          "**城西观察**."))
    assert role_of(article, "城西观察.") == ("boilerplate", "source_card")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_place_of_posting_after_the_date_names_no_outlet(tmp_path):
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n2024-05-06 09:00 浙江\n\n{BODY}")
    assert article.meta["outlet"] != "浙江"
    assert article.meta["publish_date"] == "2024-05-06"


def test_paper_after_the_date_still_names_the_outlet(tmp_path):
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n2024-05-06 09:00 城西晚报\n\n{BODY}")
    assert article.meta["outlet"] == "城西晚报"


# ------------------------------------------------------------------------------------ a group's join prompt after it

def test_group_name_line_and_member_count_after_the_article(tmp_path):
    tail = "\n**/ 城西居民交流群 /**\n\n让邻居们聚在一起，5000+城西人已加入！\n"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{BODY}{tail}")
    assert role_of(article, "/ 城西居民交流群 /") == ("boilerplate", "recruit")
    assert role_of(article, "让邻居们聚在一起，5000+城西人已加入！") == ("boilerplate", "recruit")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_group_or_members_in_a_sentence_stay_body(tmp_path):
    group = "社区工作人员在业主微信群里发布了开放时间，提醒居民错峰前往，避免周末人流过于集中。"
    joined = "据统计，目前已有3000名志愿者加入公园的日常维护，他们每周轮流清理步道和草坪上的垃圾。"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{BODY}\n{group}\n\n{joined}\n")
    assert body_texts(article) == [LEAD, SECOND, THIRD, group, joined]


def test_original_title_in_book_marks_without_a_colon(tmp_path):
    note = "本文经城西观察授权转载。原文标题《城西口袋公园，为何开在居民楼下？》，转载请联系出处。"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{BODY}\n{note}\n")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


# ------------------------------------------------------------------------------------ a crawl record's furniture

def _record(content_lines: list[str], title: str = "城西两座口袋公园本月开放：新增绿地一万二千平方米") -> str:
    return json.dumps({"url": "http://news.example.com/a/20240506/012345.htm", "content": "\n".join(content_lines),
                       "time": 1714957200, "title": title})


# fresh23 764's and 765's share box under the text, as written.
QR_SHARE_BOX = ["扫一扫，用手机看新闻！", "用微信扫描还可以", "分享至好友和朋友圈"]


def test_qr_share_box_after_a_record_s_text(tmp_path):
    article = load_text(tmp_path, "park.json", _record([LEAD, SECOND, THIRD, *QR_SHARE_BOX, ""]))
    for line in QR_SHARE_BOX:
        assert role_of(article, line) == ("boilerplate", "page_chrome")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_scan_in_a_sentence_stays_body(tmp_path):
    sentence = "市民用微信扫一扫公园入口的二维码，即可查询开放时间和预约停车位，十分方便快捷。"
    article = load_text(tmp_path, "park.json", _record([LEAD, sentence, SECOND, THIRD]))
    assert body_texts(article) == [LEAD, sentence, SECOND, THIRD]


# fresh23 764's stack: 引题, 主题, a summary ending no sentence, over the body; the record's title rewords them.
LONGMEI = ["龙煤集团脱困转型再出新招", "拟超22亿元转让363处资产“补血”",
           "公司有关人士表示，转让资产是按照省政府的要求，希望能补充现金流，加快脱困转型的速度",
           "处境艰难的龙煤集团，为了脱困转型再出新招。", LEAD, SECOND]


def test_print_headline_stack_and_summary_over_a_record_s_text(tmp_path):
    article = load_text(tmp_path, "longmei.json", _record(LONGMEI, "龙煤集团为脱困转型：欲超22亿转让363处资产"))
    assert role_of(article, "龙煤集团脱困转型再出新招") == ("boilerplate", "repeated_title")
    assert role_of(article, "拟超22亿元转让363处资产“补血”") == ("boilerplate", "repeated_title")
    assert role_of(article, LONGMEI[2]) == ("boilerplate", "summary")
    assert body_texts(article) == LONGMEI[3:]


def test_one_reworded_headline_over_the_text(tmp_path):
    lines = ["城西新增两座口袋公园", LEAD, SECOND, THIRD]
    article = load_text(tmp_path, "park.json", _record(lines, "城西两座口袋公园本月开放"))
    assert role_of(article, "城西新增两座口袋公园") == ("boilerplate", "repeated_title")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_kicker_holding_little_of_the_title_stays(tmp_path):
    lines = ["城西新闻", LEAD, SECOND, THIRD]
    article = load_text(tmp_path, "park.json", _record(lines))
    assert role_of(article, "城西新闻")[1] != "repeated_title"


def test_another_story_s_headline_over_the_text_stays(tmp_path):
    lines = ["东港码头扩建工程正式开工", LEAD, SECOND, THIRD]
    article = load_text(tmp_path, "park.json", _record(lines))
    assert role_of(article, "东港码头扩建工程正式开工")[1] != "repeated_title"


def test_lead_ending_a_sentence_under_the_headline_is_no_summary(tmp_path):
    lines = ["城西新增两座口袋公园", LEAD, SECOND, THIRD]
    article = load_text(tmp_path, "park.json", _record(lines, "城西两座口袋公园本月开放"))
    assert LEAD in body_texts(article)


def test_section_heading_under_the_headline_is_no_summary(tmp_path):
    lines = ["城西新增两座口袋公园", "一、基本情况", LEAD, SECOND, THIRD]
    article = load_text(tmp_path, "park.json", _record(lines, "城西两座口袋公园本月开放"))
    assert role_of(article, "一、基本情况")[1] != "summary"


def test_group_word_alone_as_a_section_heading_is_no_join_prompt(tmp_path):
    tail = "\n## 社群\n\n主持人\n\n票价：\n"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{BODY}{tail}")
    assert role_of(article, "社群")[1] != "recruit"
    assert role_of(article, "主持人")[1] != "recruit"


def test_short_first_sentence_sharing_the_title_s_words_stays_body(tmp_path):
    opening = "今天，城西两座口袋公园开放。"
    article = load_text(tmp_path, "park.json", _record([opening, LEAD, SECOND, THIRD], "城西两座口袋公园今天开放"))
    assert opening in body_texts(article)


# ------------------------------------------------------------------------------------ the outlet in a record's author field

def _spider_record(author: str, content: str = f"<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>") -> str:
    """A Scrapy spider's record of a Taiwanese news site (fresh23 766-768's keys: title, author, date, content)."""
    return json.dumps({"title": "城西兩座口袋公園本月開放", "author": author, "date": "2024/05/06 09:00:00", "content": content},
                      ensure_ascii=False)


def test_wire_agency_in_the_author_field_is_the_outlet(tmp_path):
    meta = load_text(tmp_path, "park.json", _spider_record("中央社")).meta
    assert (meta["outlet"], meta["author"]) == ("中央社", None)
    assert load_text(tmp_path, "park2.json", _spider_record("新華社")).meta["outlet"] == "新華社"


def test_writer_in_the_author_field_names_no_outlet(tmp_path):
    meta = load_text(tmp_path, "park.json", _spider_record("王小明")).meta
    assert (meta["outlet"], meta["author"]) == (None, "王小明")


def test_stamp_line_in_the_author_field_names_outlet_and_reporter(tmp_path):
    meta = load_text(tmp_path, "park.json", _spider_record("城西財經新聞 2024-05-06 09:00:00 記者 王小明 報導")).meta
    assert (meta["outlet"], meta["author"]) == ("城西財經新聞", "王小明")


def test_stamp_line_without_an_outlet_names_none(tmp_path):
    meta = load_text(tmp_path, "park.json", _spider_record("2024-05-06 09:00 記者 王小明 報導")).meta
    assert meta["outlet"] is None and meta["author"] == "王小明"


def test_stamp_line_under_a_headline_in_a_text(tmp_path):
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n城西財經新聞 2024-05-06 09:00:00 記者 王小明 報導\n\n{BODY}")
    assert (article.meta["outlet"], article.meta["author"]) == ("城西財經新聞", "王小明")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


# ------------------------------------------------------------------------------------ disclaimers

# fresh23 768's closing disclaimer, as written.
MONEYDJ_DISCLAIMER = ("＊編者按：本文僅供參考之用，並不構成要約、招攬或邀請、誘使、任何不論種類或形式之申述或訂立任何建議及推薦，讀者務請運用個人獨立"
                      "思考能力，自行作出投資決定，如因相關建議招致損失，概與《精實財經媒體》、編者及作者無涉。")


def test_for_reference_only_disclaimer_closing_the_text(tmp_path):
    simplified = "本文仅供参考，并不构成任何要约或邀请，读者据此操作，风险自担，概与本站无涉。"
    for index, disclaimer in enumerate((MONEYDJ_DISCLAIMER, simplified)):
        article = load_text(tmp_path, f"park{index}.txt", f"{HEADLINE}\n\n{BODY}\n{disclaimer}\n")
        assert role_of(article, disclaimer) == ("boilerplate", "disclaimer")
        assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_for_reference_only_inside_the_article_stays_body(tmp_path):
    sentence = "专家提醒，网传的公园排名仅供参考，并不构成官方结论，市民应以园林局发布的公告为准。"
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n{LEAD}\n\n{sentence}\n\n{SECOND}\n\n{THIRD}\n")
    assert sentence in body_texts(article)


# ------------------------------------------------------------------------------------ a reporter's credit closing the text

def test_reporter_credit_in_brackets_closing_the_text_with_a_rarer_surname(tmp_path):
    # fresh23 760: （央视记者 奚丹霓） glued to the last paragraph; 奚 is not in the common surname list
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}（央视记者 奚丹霓）\n")
    assert article.meta["author"] == "奚丹霓"
    for credit in ("（本报记者 仉小明 亓华）", "（记者 钭晓红）"):
        meta = load_text(tmp_path, "park2.txt", f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}{credit}\n").meta
        assert meta["author"] == credit.strip("（）").split("记者")[1].strip().replace(" ", "、")


def test_bare_bracketed_words_closing_the_text_are_no_writer(tmp_path):
    meta = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}（飞吻）\n").meta
    assert meta["author"] is None


def test_repost_note_cut_apart_by_emphasis_does_not_extend_the_article(tmp_path):
    # fresh23 740's tail: the label, then the repost note whose bold runs cut its sentences apart
    note = "** 本文**经**城西观察**授权**转载，不代表本号立场。原文标题《**城西口袋公园，为何开在居民楼下？**》，转载请联系出处。*"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{BODY}\n***提示：***\n\n{note}\n")
    assert role_of(article, "提示：")[0] == "boilerplate"
    assert body_texts(article)[:3] == [LEAD, SECOND, THIRD]


def test_paragraph_with_emphasis_and_one_sentence_of_text_is_still_text(tmp_path):
    paragraph = "**本文经城西观察授权转载。**城西区园林局表示，今年还将新建口袋公园六座，让更多市民就近享受休闲空间。"
    article = load_text(tmp_path, "park.md", f"# {HEADLINE}\n\n{LEAD}\n\n{paragraph}\n\n{SECOND}\n\n{THIRD}\n")
    assert any("城西区园林局表示，今年还将新建口袋公园六座" in text for text in body_texts(article))


# ------------------------------------------------------------------------------------ a wire dateline after a series label

def test_wire_dateline_after_a_series_label_names_agency_and_reporter(tmp_path):
    # fresh19 612's shape: 基改食品專題（中央社記者曾依璇巴黎28日專電）蘇菲…
    text = f"{HEADLINE}\n\n口袋公園專題（中央社記者王小明台北6日電）{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    article = load_text(tmp_path, "park.txt", text)
    assert (article.meta["outlet"], article.meta["author"]) == ("中央社", "王小明")
    assert body_texts(article) == [LEAD, SECOND, THIRD]


def test_bracketed_wire_named_inside_a_sentence_stays_text(tmp_path):
    sentence = "據外電報導（中央社台北6日電），城西區新建的兩座口袋公園將於本月中旬開放，總面積約一萬二千平方米。"
    article = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n{sentence}\n\n{SECOND}\n\n{THIRD}\n")
    assert sentence in body_texts(article)


def test_reporter_as_the_object_in_brackets_is_no_credit(tmp_path):
    meta = load_text(tmp_path, "park.txt", f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}（接受记者采访）\n").meta
    assert meta["author"] is None


# ------------------------------------------------ review25b: the guards of the TOML and JSON readers, each on its own

def test_a_theme_table_under_a_slip_gives_no_writer():
    # The block has a slip (a summary without quotes), so it is read line by line: the cut before [params] keeps its
    # author = "theme" from reading alone as the post's writer.
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'date = 2024-05-06', 'summary = 没有引号的摘要', '[params]',
             'author = "theme"', '+++', LEAD]
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], front["publish_date"], body_start) == ("城西新建两座口袋公园", "2024-05-06", 7)
    assert "author" not in front
    # near-miss: the writer above the table is read
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'author = "王小明"', 'summary = 没有引号的摘要', '[params]',
             'author = "theme"', '+++', LEAD]
    assert markdown._front_matter(lines)[0]["author"] == "王小明"


def test_a_field_whose_value_is_a_table_gives_nothing():
    # author = {name = "…"} (TOML's inline table) and "author": {"name": "…"} (JSON): a table, not a byline's text
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'author = {name = "王小明", email = "wang@example.com"}', '+++', LEAD]
    assert "author" not in markdown._front_matter(lines)[0]
    lines = ['{', '  "title": "城西新建两座口袋公园",', '  "author": {"name": "王小明"}', '}', LEAD]
    assert "author" not in markdown._front_matter(lines)[0]
    # near-miss: the same writer as a string is the byline
    lines = ['{', '  "title": "城西新建两座口袋公园",', '  "author": "王小明"', '}', LEAD]
    assert markdown._front_matter(lines)[0]["author"] == "王小明"


def test_a_toml_date_time_gives_the_day_as_written():
    # review25b: str() of a TOML datetime has a space where ISO has a T; the date field keeps the day either way
    lines = ['+++', 'title = "城西新建两座口袋公园"', 'date = 2025-03-01T23:43:34-08:00', '+++', LEAD]
    assert markdown._front_matter(lines)[0]["publish_date"] == "2025-03-01"
