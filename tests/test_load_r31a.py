"""Round 30 (r31a): the loader's misses on fresh37 (1040-1052: 财联社 telegraph items of a news-roll archive, 腾讯新闻
reposts, WeChat posts converted by pandoc).

* A news roll's item heading ``## 12:48:48｜标题``: the clock time before the bar is no part of the title (as an
  archive's ``2025-04-30 - 标题``); the body repeating the headline in 【】 glued to its dateline
  (``【标题】财联社8月20日电，…``) is chrome, the dateline names the outlet, and its day takes a year only from the text's
  own full dates near it (``自2026年8月21日起施行``), never a guess.
* A headline opening with a known outlet's name and its commentary column (``新京报社论：…``) or the day of its dated
  roundup (``财联社6月26日早间新闻精选``) names the outlet.
* A lead relaying a WeChat account (``“上海一中法院”微信公众号消息，2022年12月30日上午，…``) names the outlet, and the
  full day right after it dates the text (a guess, under any stated date).
* A byline of an outlet's app or site and its reporter with no label (``人民日报健康客户端 谷雨微``) names both, the app's
  own name kept whole.
* Pandoc's markdown: attributes (``{#id style="…"}``, ``[文字]{leaf=""}``) and fenced div markers (``::: section``) are
  markup; a writer's self-introduction (``我是宇龙，一个用 AI 搞副业的打工人。``, perhaps with a follow prompt) at the top or
  bottom is chrome and names the writer.

The quoted lines are the articles' as written (cut small); the other texts are made up in the same shapes (outlets,
names, figures invented or moved), with near-misses that must not change.
"""

from conftest import body, load_text, role_of, role_holding

LEAD = "全市六部门联合印发通知，进一步优化住房公积金提取和个人住房信贷政策，支持居民合理住房需求。"
SECOND = "通知明确，购房提取频次由五年内提取一次调整为每个自然年提取一次，提取金额也相应放宽。"
THIRD = "业内人士认为，新政有助于稳定市场预期，对改善性需求的释放将起到积极作用。"
TEXT = [LEAD, SECOND, THIRD]


def roll_item(heading: str, body_line: str) -> str:
    """One item of a day's telegraph archive (fresh37 1043-1045): the H2 with its clock time, metadata bullets, the
    body on one line."""
    return (f"## {heading}\n\n- id: `2459227`\n- level: B\n- subjects: 房地产头条\n"
            f"- url: https://api3.cls.cn/share/article/2459227\n\n{body_line}\n\n")


# ------------------------------------------------------------------- a news roll's telegraph item


def test_a_clock_time_before_the_bar_is_no_part_of_the_title_and_the_bracketed_headline_is_chrome(tmp_path):
    # fresh37 1043: ## 12:48:48｜上海优化房地产政策措施 … / 【上海优化房地产政策措施 …】财联社8月20日电，…
    title = "上海优化房地产政策措施 精准施策促进合理购房需求积极释放"
    article = load_text(tmp_path, "item.md", roll_item(f"12:48:48｜{title}", f"【{title}】财联社8月20日电，{LEAD}自2026年8月21日起施行。"))
    assert article.meta["title"] == title
    assert role_of(article, f"【{title}】")[0] == "boilerplate"
    assert body(article)[0].startswith("财联社8月20日电，")
    assert article.meta["outlet"] == "财联社"
    assert article.meta["publish_date"] == "2026-08-20"


def test_another_wire_s_roll_item_with_a_short_one_line_body_keeps_it_all(tmp_path):
    # made up: a shorter roll item (a minute stamp, a bar of another form); one line, shorter than three titles
    title = "某省发布新一轮消费券发放安排"
    article = load_text(tmp_path, "item.md", roll_item(f"09:15丨{title}", f"【{title}】新华社5月3日电，首批消费券将于2025年5月6日发放。"))
    assert article.meta["title"] == title
    assert role_of(article, f"【{title}】")[0] == "boilerplate"
    assert body(article) == ["新华社5月3日电，首批消费券将于2025年5月6日发放。"]
    assert article.meta["outlet"] == "新华社"
    assert article.meta["publish_date"] == "2025-05-03"


def test_a_dateline_s_year_comes_across_the_new_year_from_a_date_a_few_days_on(tmp_path):
    # made up: 12月30日电 and a rule that takes effect on 2027年1月1日 date the item 2026-12-30
    article = load_text(tmp_path, "item.md", roll_item("17:02:11｜某市调整公积金贷款额度",
                                                       f"【某市调整公积金贷款额度】财联社12月30日电，{LEAD}新规自2027年1月1日起施行。"))
    assert article.meta["publish_date"] == "2026-12-30"


def test_a_dateline_s_day_with_no_full_date_near_it_dates_nothing(tmp_path):
    # fresh37 1045's shape: 财联社8月2日电, only 2026年以来 / 2026年下半年 in the text (no full date): no guess; nor from a
    # full date of another season (2024年5月1日 is months away from 8月2日)
    article = load_text(tmp_path, "item.md", roll_item("15:05:03｜央行召开下半年工作会议",
                                                       f"【央行召开下半年工作会议】财联社8月2日电，2026年以来{LEAD}此前政策于2024年5月1日出台。"))
    assert article.meta["outlet"] == "财联社"
    assert article.meta["publish_date"] is None


def test_full_dates_near_the_day_that_name_two_years_date_nothing(tmp_path):
    # made up: 2025年8月21日 and 2026年8月19日 both stand within days of 8月20日: the year is not told
    article = load_text(tmp_path, "item.md", roll_item("12:48:48｜某市发布楼市新政",
                                                       f"【某市发布楼市新政】财联社8月20日电，去年2025年8月21日曾出台类似政策，今年2026年8月19日再次调整。{LEAD}"))
    assert article.meta["publish_date"] is None


def test_a_headline_that_only_starts_with_a_time_of_day_keeps_it(tmp_path):
    # near-miss: a clock time with no bar after it is part of what the headline says
    article = load_text(tmp_path, "post.md", "# 12:30 开盘前必看的三件事\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["title"] == "12:30 开盘前必看的三件事"


def test_a_bracketed_phrase_opening_a_text_that_is_not_the_headline_stays_body(tmp_path):
    # near-miss: 【提示】 opening the lead is no repeat of the title
    article = load_text(tmp_path, "item.md", roll_item("10:00:00｜某市发布楼市新政", f"【提示】{LEAD}"))
    assert body(article)[0].startswith("【提示】")


# ------------------------------------------------------------------- the outlet opening the headline


def test_an_outlet_s_editorial_label_before_the_colon_names_the_outlet(tmp_path):
    # fresh37 1040: # 新京报社论：公考打破35岁限制，为就业公平带了个好头 (a 腾讯新闻 repost, no other name in the file)
    article = load_text(tmp_path, "post.md", "# 新京报社论：公考打破35岁限制，为就业公平带了个好头\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["outlet"] == "新京报"


def test_other_outlets_commentary_columns_name_them(tmp_path):
    for headline, outlet in (("光明网评论：别让“限流”成了懒政的借口", "光明网"), ("中国青年报快评：让年轻人敢于试错", "中国青年报")):
        article = load_text(tmp_path, "post.md", f"# {headline}\n\n" + "\n\n".join(TEXT) + "\n")
        assert article.meta["outlet"] == outlet, headline


def test_an_outlet_s_dated_roundup_names_it(tmp_path):
    # fresh37 1044: ## 08:06:26｜财联社6月26日早间新闻精选 / 【财联社6月26日早间新闻精选】 1、…
    article = load_text(tmp_path, "item.md", roll_item("08:06:26｜财联社6月26日早间新闻精选", f"【财联社6月26日早间新闻精选】 1、{LEAD} 2、{SECOND}"))
    assert article.meta["title"] == "财联社6月26日早间新闻精选"
    assert article.meta["outlet"] == "财联社"


def test_a_headline_that_speaks_of_an_outlet_names_none(tmp_path):
    # near-miss: 新京报记者探访… is a story about what the paper's reporter saw, on whatever site
    article = load_text(tmp_path, "post.md", "# 新京报记者探访：老旧小区加装电梯难在哪\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["outlet"] is None


# ------------------------------------------------------------------- a lead relaying an account


def test_a_lead_relaying_a_court_s_account_names_it_and_its_day_dates_the_text(tmp_path):
    # fresh37 1046: “上海一中法院”微信公众号消息，2022年12月30日上午，上海市第一中级人民法院…公开宣判…
    lead = "“上海一中法院”微信公众号消息，2022年12月30日上午，上海市第一中级人民法院依法公开宣判一起集资诈骗案。"
    article = load_text(tmp_path, "post.md", "# 证大案一审宣判\n\n" + "\n\n".join([lead, SECOND, THIRD]) + "\n")
    assert article.meta["outlet"] == "上海一中法院"
    assert article.meta["publish_date"] == "2022-12-30"


def test_a_lead_relaying_an_account_after_ju_names_it(tmp_path):
    # made up: 据X微信公众号消息，…
    lead = "据杭州发布微信公众号消息，12日起，全市公交线路将陆续调整运营时间。"
    article = load_text(tmp_path, "post.md", "# 杭州公交调整运营时间\n\n" + "\n\n".join([lead, SECOND]) + "\n")
    assert article.meta["outlet"] == "杭州发布"
    assert article.meta["publish_date"] is None


def test_an_account_named_inside_the_lead_names_no_outlet(tmp_path):
    # near-miss: a service story tells readers which account to follow; it relays nothing
    lead = "市民可关注“常州发布”微信公众号，回复关键词查询办理进度。"
    article = load_text(tmp_path, "post.md", "# 办事指南\n\n" + "\n\n".join([lead, SECOND]) + "\n")
    assert article.meta["outlet"] is None


# ------------------------------------------------------------------- an app's byline with no label


def test_an_app_s_byline_with_a_reporter_names_both_and_keeps_the_app_s_name(tmp_path):
    # fresh37 1047: **人民日报健康客户端 谷雨微** under the headline
    article = load_text(tmp_path, "post.md", "# 专家研究：预期寿命或将继续增长\n\n**人民日报健康客户端 谷雨微**\n\n" + "\n\n".join(TEXT) + "\n")
    assert role_of(article, "人民日报健康客户端 谷雨微")[0] == "byline"
    assert article.meta["author"] == "谷雨微"
    assert article.meta["outlet"] == "人民日报健康客户端"


def test_another_outlet_s_app_byline_names_the_outlet_without_its_app_word(tmp_path):
    # made up: 上游新闻客户端 王小川 -> 上游新闻 (what is left ends like an outlet's name), 王小川
    article = load_text(tmp_path, "post.md", "# 某地暴雨致多条道路积水\n\n上游新闻客户端 王小川\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["author"] == "王小川"
    assert article.meta["outlet"] == "上游新闻"


def test_a_site_name_and_a_word_in_the_tail_is_no_byline(tmp_path):
    # near-miss: 返回光明网 首页 under the text is a link strip, never a byline
    article = load_text(tmp_path, "post.md", "# 某地暴雨致多条道路积水\n\n" + "\n\n".join(TEXT) + "\n\n光明网 首页\n")
    assert article.meta["author"] is None


# ------------------------------------------------------------------- pandoc's markdown


def test_pandoc_attributes_and_div_markers_are_markup(tmp_path):
    # fresh37 1049, 1050: ## 1 硅谷大佬集体来华直播，带的全是竞品？ {#硅谷… style="font-size: 22px;…"}, [文字]{leaf=""}, :::
    text = ("# 一个标题\n\n:::\n\n[" + LEAD + "]{leaf=\"\"}\n\n"
            "## 1 小标题在这里 {#小标题在这里 style=\"font-size: 22px;border-bottom: 2px solid #c4b5fd;\"}\n\n"
            "1.  ::: section\n    [" + SECOND + "]{leaf=\"\"}\n    :::\n\n"
            "[" + THIRD + "]{.note}[ ]{style=\"font-size: 17px;\"}\n")
    article = load_text(tmp_path, "post.md", text)
    everything = "".join(article.paragraphs["text"])
    for markup in ("leaf", "font-size", "border-bottom", ":::", "section", "{", "}"):
        assert markup not in everything, markup
    assert LEAD in body(article)
    assert role_holding(article, "小标题在这里")[0] == "body"
    assert article.coverage.ratio == 1.0


def test_a_tab_set_is_still_told_by_its_heading_s_attributes(tmp_path):
    # near-miss: a Wiki.js tab set (# Tabs {.tabset}) keeps its meaning while other attributes go
    text = "# 标题\n\n" + "\n\n".join(TEXT) + "\n\n## 视频 {.tabset}\n\n### B站\n\n播放器加载中，请稍候。\n"
    article = load_text(tmp_path, "post.md", text)
    assert role_holding(article, "播放器加载中")[0] == "boilerplate"


def test_a_writer_s_self_introduction_closing_the_post_is_chrome_and_names_the_writer(tmp_path):
    # fresh37 1049, 1052: 我是宇龙，一个用 AI 搞副业的打工人。 closing the post
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n" + "\n\n".join(TEXT) + "\n\n我是宇龙，一个用 AI 搞副业的打工人。\n")
    assert role_of(article, "我是宇龙，一个用 AI 搞副业的打工人。")[0] == "boilerplate"
    assert article.meta["author"] == "宇龙"


def test_a_self_introduction_with_its_follow_prompt_is_one_piece_of_chrome(tmp_path):
    # fresh37 1050: 我是宇龙，一个用 AI 搞副业的打工人。关注我，看我用 AI 折腾的真实记录。 (one paragraph); made up: another writer
    line = "我是阿哲，一名在县城教书的语文老师。关注我，一起读点好书。"
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n" + "\n\n".join(TEXT) + f"\n\n{line}\n")
    assert role_of(article, line)[0] == "boilerplate"
    assert article.meta["author"] == "阿哲"


def test_a_self_introduction_opening_the_post_names_the_writer(tmp_path):
    # made up: the same introduction under the headline
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n我是小林，一个做了十年产品的程序员。\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["author"] == "小林"


def test_a_speaker_introducing_themself_inside_the_text_names_no_writer(tmp_path):
    # near-miss: an interviewee's 我是… inside the body (quoted, and between body paragraphs) is the story's
    quoted = "“我是老周，一名跑了八年的外卖骑手。”他说。"
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n" + "\n\n".join([LEAD, quoted, SECOND, THIRD]) + "\n")
    assert quoted in body(article)
    assert article.meta["author"] is None


# ------------------------------------------------------------------- a writer @ the outlet they write for


def test_a_writer_at_an_outlet_names_the_writer_and_the_outlet(tmp_path):
    # fresh37 1051: | 作者：Mark Sullivan @ Fast Company / | 译者：KANGZUBING (a translated feature on WeChat)
    article = load_text(tmp_path, "post.md", "# 2019 年技术大趋势预测\n\n| 作者：Mark Sullivan @ Fast Company\n| 译者：KANGZUBING\n\n"
                        + "\n\n".join(TEXT) + "\n")
    assert article.meta["author"] == "Mark Sullivan"
    assert article.meta["outlet"] == "Fast Company"


def test_a_chinese_writer_at_an_outlet_the_same(tmp_path):
    # made up: 作者：李明 ＠ 界面新闻 (a full-width @)
    article = load_text(tmp_path, "post.md", "# 某个标题\n\n作者：李明 ＠ 界面新闻\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["author"] == "李明"
    assert article.meta["outlet"] == "界面新闻"


def test_a_handle_after_the_label_is_no_writer_at_an_outlet(tmp_path):
    # near-miss: 作者：@科技小王 is a handle, no name before the @: it names no outlet
    article = load_text(tmp_path, "post.md", "# 某个标题\n\n作者：@科技小王\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["outlet"] != "科技小王"


def test_a_weekly_s_name_before_its_issue_number_names_the_outlet(tmp_path):
    # fresh37 1048: # 科技爱好者周刊（第 383 期）：你是第几级 AI 编程; made up: 某某财经日报(第12期)：…
    for headline, outlet in (("科技爱好者周刊（第 383 期）：你是第几级 AI 编程", "科技爱好者周刊"), ("前沿观察日报(第12期)：本周三件大事", "前沿观察日报")):
        article = load_text(tmp_path, "post.md", f"# {headline}\n\n" + "\n\n".join(TEXT) + "\n")
        assert article.meta["outlet"] == outlet, headline


def test_a_course_s_issue_number_names_no_outlet(tmp_path):
    # near-miss: 读书会（第 5 期）：… is a series, its name ending like no outlet's
    article = load_text(tmp_path, "post.md", "# 青年读书会（第 5 期）：重读《红楼梦》\n\n" + "\n\n".join(TEXT) + "\n")
    assert article.meta["outlet"] is None


def test_a_citations_heading_under_the_text_takes_the_linked_titles_below_it(tmp_path):
    # fresh37 1050: ## 引用 over 1. [People made over $26,000 last month with OpenClaw agents --- Reddit]{leaf=""} …
    items = ["People made over $26,000 last month with OpenClaw agents --- Reddit", "I tracked every dollar my agents spent for 30 days --- Medium"]
    text = "# 一个标题\n\n" + "\n\n".join(TEXT) + "\n\n## 引用\n\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)) + "\n"
    article = load_text(tmp_path, "post.md", text)
    assert role_of(article, "引用")[0] == "boilerplate"
    for item in items:
        assert role_holding(article, item)[0] == "boilerplate", item
    assert body(article)[-1] == THIRD


def test_a_sentence_that_opens_with_quoting_stays_body(tmp_path):
    # near-miss: 引用… opening a closing sentence is the writer's prose
    closing = "引用一位老编辑的话：慢一点，才能走得更远。"
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n" + "\n\n".join([*TEXT, closing]) + "\n")
    assert body(article)[-1] == closing
