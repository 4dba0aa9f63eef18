"""Round 25 (mend26a): the loader's misses on fresh26 (RSS items of 新京报 saved as JSON, 825-827).

* A feed item's plain-text twin of its content (RSS-to-JSON's ``contentSnippet``) is the text again, no furniture: a
  lead the page's text also holds (``新京报快讯 据教育部网站消息，…全文如下：``, 826) stays body.
* A lead that opens with the outlet's own dateline and relays a source (``新京报快讯 据教育部网站消息，``; ``中国网5月13日讯
  据呼和浩特市人民政府网站消息，``, dev4 225) names the publisher; the ``来源：教育部网站`` line under the text names the
  relayed text, not the outlet.
* A record's author field that is a credit line (``记者：李雨凝    编辑：陈晓舒``, 827) names the writer, no account named
  after her: the author is that field's name, not the closing byline's list with the interns.
* A feed item's content holds no page around the article: the résumé closing an official's story (``徐鸣简历`` /
  ``徐鸣，男，汉族，1958年1月生，…`` / dated posts / ``2021年7月被查。``, 825) is body when its heading names the person
  the headline names, or the line under it is an official résumé's (name, sex, ethnicity); a columnist's bio under a
  column (the headline names someone else, the bio gives no ethnicity) stays chrome.
* A group named in a story's sentence (``成立了小腿阻断术后失败交流群``, 827) is no join prompt; ``欢迎加入读者交流群`` is.

The quoted lines are fresh26's as written; the other articles are made up (names, places and dates invented) in the
same shapes, with near-misses that must not change.
"""

import json

from conftest import body, load_text, role_of

LEAD = "城西区新建的两座口袋公园将于本月中旬向市民开放，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
SECOND = "区园林局负责人介绍，两座公园的绿化以本地树种为主，并配建了公共卫生间和直饮水点，方便周边居民使用。"
THIRD = "据了解，今年全区还将新建口袋公园六座，进一步提升居民出门见绿的便利程度，让更多市民就近享受休闲空间。"


def feed_item(tmp_path, paragraphs: list[str], title: str = "城西新建两座口袋公园本月开放", tail_html: str = "", **fields):
    """An RSS item as RSS-to-JSON writes it (fresh26's shape): content as <p> markup with empty <p><br></p> between,
    contentSnippet the same text plain (one line a paragraph: the content, with its markup gone, stays the longer twin), the link on bjnews.com.cn."""
    content = "<p><br></p>".join(f"<p>{text}</p>" for text in paragraphs) + tail_html
    record = {"title": title, "link": "https://www.bjnews.com.cn/detail/162616420514559.html",
              "pubDate": "Tue, 13 Jul 2021 08:37:00 GMT", **fields, "content": content,
              "contentSnippet": "\n".join(paragraphs), "guid": "https://www.bjnews.com.cn/detail/162616420514559.html",
              "isoDate": "2021-07-13T08:37:00.000Z"}
    return load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))


# ------------------------------------------------------------------- the lead's wire mark and the source it relays

RELAY_LEAD = "新京报快讯 据教育部网站消息，北京市开展学生暑期托管和课后服务情况介绍，全文如下："  # fresh26 826
SOURCE_TAIL = "<p>编辑 辛婧</p>   <em>来源：教育部网站\n<br>原标题：北京市开展学生暑期托管和课后服务情况介绍\n<br></em>"


def test_a_relaying_lead_is_body_and_its_dateline_names_the_outlet(tmp_path):
    article = feed_item(tmp_path, [RELAY_LEAD, LEAD, SECOND, THIRD], tail_html=SOURCE_TAIL)
    assert body(article)[:2] == [RELAY_LEAD, LEAD]
    assert article.meta["outlet"] == "新京报"
    assert article.meta["outlet_source"].startswith("a known outlet's dateline opening the lead")
    assert role_of(article, "来源：教育部网站")[0] == "boilerplate"
    assert role_of(article, "编辑 辛婧")[0] == "boilerplate"


def test_a_site_s_dateline_relaying_a_government_site(tmp_path):
    # dev4 225's lead (中国网5月13日讯 据呼和浩特市人民政府网站消息，…) over a made-up text closed by the source line.
    lead = "中国网5月13日讯 据呼和浩特市人民政府网站消息，《呼和浩特市关于促进婴幼儿照护服务发展的若干措施》近日印发。"
    article = feed_item(tmp_path, [lead, LEAD, SECOND, THIRD], tail_html="<p>来源：呼和浩特市人民政府网站</p>")
    assert body(article)[0] == lead.removeprefix("中国网5月13日讯 ")  # the dateline is cut off as ever
    assert article.meta["outlet"] == "中国网"


def test_near_miss_a_source_line_the_lead_does_not_relay_still_names_the_original(tmp_path):
    # The lead relays one source, the line under the text names another: the repost's original, as before.
    article = feed_item(tmp_path, [RELAY_LEAD, LEAD, SECOND, THIRD], tail_html="<p>来源：人民日报</p>")
    assert article.meta["outlet"] == "人民日报"


def test_near_miss_a_dateline_with_no_relay_leaves_the_source_line_first(tmp_path):
    lead = "新京报快讯 北京市教委今日介绍了全市学生暑期托管和课后服务的安排，课后服务结束时间将调整到18时。"
    article = feed_item(tmp_path, [lead, LEAD, SECOND, THIRD], tail_html="<p>来源：教育部网站</p>")
    assert body(article)[0] == lead
    assert article.meta["outlet"] == "教育部网站"


def test_a_relay_deep_in_the_text_is_no_lead(tmp_path):
    # 据Y消息 in the third paragraph, under no dateline: nothing changes (the source line names the original).
    relayed = "据教育部网站消息，北京市将于下月起进一步优化学生课后服务，各区教委将统筹区域内优质师资帮助其他学校。"
    article = feed_item(tmp_path, [LEAD, SECOND, relayed, THIRD], tail_html="<p>来源：教育部网站</p>")
    assert relayed in body(article)
    assert article.meta["outlet"] == "教育部网站"


# ------------------------------------------------------------------------ a record's author field that is a credit

def test_a_credit_line_in_the_author_field_names_the_reporter_not_an_account(tmp_path):
    # fresh26 827: the feed's author and creator fields hold the credit line; the text closes with the reporter and
    # two interns, then the editor and proof-reader.
    credit = "\n                        \n                        记者：李雨凝\u00a0\u00a0\u00a0\u00a0编辑：陈晓舒\n                    "
    article = feed_item(tmp_path, [LEAD, SECOND, THIRD, "新京报记者\u00a0李雨凝 实习生 陈媛媛 尚倩玉", "编辑 陈晓舒\u00a0校对 杨许丽"],
                        creator=credit, author=credit)
    assert (article.meta["author"], article.meta["author_source"]) == ("李雨凝", "json record field author")
    assert article.meta["outlet"] == "新京报"


def test_a_made_up_credit_field_with_a_writer_and_an_editor(tmp_path):
    article = feed_item(tmp_path, [LEAD, SECOND, THIRD, "本报记者 王小明 实习生 赵一凡"], author="作者：王小明  责编：孙丽")
    assert article.meta["author"] == "王小明"


def test_near_miss_an_author_field_naming_another_writer_is_still_read(tmp_path):
    # The field names someone the byline does not: it is the record's author as before (format over text).
    article = feed_item(tmp_path, [LEAD, SECOND, THIRD, "本报记者 王小明"], author="记者：刘大海")
    assert article.meta["author"] == "刘大海"


# ------------------------------------------------------------------------------------ an official's résumé

XU_MING_TITLE = "原国家粮食局副局长徐鸣，涉嫌严重违纪违法被查"  # fresh26 825
XU_MING_LEAD = "7月13日，据中央纪委国家监委网站消息，原国家粮食局党组成员、副局长徐鸣涉嫌严重违纪违法，目前正接受中央纪委国家监委纪律审查和监察调查。"
XU_MING_TEXT = "徐鸣曾任重庆市委常委、秘书长、两江新区党工委书记等职，2013年调任国家粮食局副局长（保留副部长级待遇）。"
XU_MING_RESUME = ["徐鸣简历", "徐鸣，男，汉族，1958年1月生，安徽凤阳人，1975年12月参加工作，1977年12月加入中国共产党。",
                  "1975.12--1978.03安徽省凤阳县二铺公社知青", "1978.03--1984.09解放军59322部队战士、参谋、副指导员",
                  "2013年3月任国家粮食局副局长（保留副部长级待遇）", "2021年7月被查。"]


def test_the_resume_closing_an_officials_story_is_body(tmp_path):
    article = feed_item(tmp_path, [XU_MING_LEAD, XU_MING_TEXT, *XU_MING_RESUME], title=XU_MING_TITLE)
    assert body(article) == [XU_MING_LEAD, XU_MING_TEXT, *XU_MING_RESUME]
    assert role_of(article, "徐鸣简历") == ("body", "heading")


def test_a_made_up_appointment_with_the_comrade_s_resume(tmp_path):
    resume = ["王建国同志简历", "王建国，男，汉族，1969年3月生，江苏盐城人，1990年7月参加工作，大学学历。",
              "1990.07--1998.05盐城市计委科员、副科长", "2018.03--今 盐城市副市长", "2023年6月任市政府党组成员。"]
    article = feed_item(tmp_path, [LEAD, SECOND, *resume], title="王建国任盐城市副市长")
    assert body(article) == [LEAD, SECOND, *resume]


def test_a_resume_whose_headline_names_only_the_post(tmp_path):
    # The headline names the post, not the man; the line under the heading is an official résumé's (name, sex, ethnicity).
    resume = ["张志强个人简历", "张志强，男，回族，1965年8月生，宁夏吴忠人，1987年7月参加工作，研究生学历。",
              "2016.09--2021.03吴忠市副市长", "2021年3月任吴忠市市长。"]
    article = feed_item(tmp_path, [LEAD, SECOND, *resume], title="吴忠市原市长接受审查调查")
    assert body(article) == [LEAD, SECOND, *resume]


def test_near_miss_a_columnist_s_bio_under_a_column_stays_chrome(tmp_path):
    # The headline names no one: 李明远简历 heads the writer's bio (the author_note cue, fresh19 611's shape).
    bio = "李明远，男，1972年生，北京某大学经济学教授，长期研究城市公共空间。"
    article = feed_item(tmp_path, [LEAD, SECOND, THIRD, "李明远简历", bio], title="口袋公园为何越建越多")
    assert role_of(article, "李明远简历")[0] == "boilerplate"
    assert role_of(article, bio)[0] == "boilerplate"
    assert body(article) == [LEAD, SECOND, THIRD]


def resume_page(lines: list[str]) -> str:
    """825's story as a whole page would print it: a menu, the article's element, a related box, a footer."""
    article = "".join(f"<p>{line}</p>" for line in lines)
    return ("<html><head><title>原国家粮食局副局长徐鸣，涉嫌严重违纪违法被查_新京报网</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/news'>时事</a></div>"
            f"<div class='content'><h1>{XU_MING_TITLE}</h1><p>{XU_MING_LEAD}</p><p>{XU_MING_TEXT}</p>{article}</div>"
            "<div class='related'><h3>相关推荐</h3><p><a href='/a'>某地原副市长被查</a></p></div>"
            "<div class='footer'>版权所有 新京报社</div></body></html>")


def test_the_resume_s_dated_posts_stay_in_a_whole_page_too(tmp_path):
    article = load_text(tmp_path, "page.html", resume_page([*XU_MING_RESUME, "编辑 张三 校对 李四"]))
    assert body(article) == [XU_MING_LEAD, XU_MING_TEXT, *XU_MING_RESUME]
    assert role_of(article, "编辑 张三 校对 李四")[0] == "boilerplate"


def test_near_miss_a_time_stamp_under_a_resume_is_no_post(tmp_path):
    # The page's stamp line in the article's element right under the résumé's first line: not one of its posts.
    article = load_text(tmp_path, "page.html", resume_page([*XU_MING_RESUME[:2], "2021年07月13日 17:31"]))
    assert body(article) == [XU_MING_LEAD, XU_MING_TEXT, *XU_MING_RESUME[:2]]


def test_near_miss_dated_lines_under_an_ordinary_paragraph_stay_outside(tmp_path):
    # A chronology under a paragraph that is no résumé's first line (a sidebar's dated items) is cut as before.
    article = load_text(tmp_path, "page.html", resume_page(["2016.12弗林致电俄国驻美大使", "2017.12弗林承认作出不实陈述"]))
    assert body(article) == [XU_MING_LEAD, XU_MING_TEXT]


def test_near_miss_a_page_s_tail_is_still_cut_outside_a_feed_item(tmp_path):
    # A whole page (not a feed's content): a short line after the article stays the page's, as before.
    page = ("<html><head><title>城西新建两座口袋公园本月开放</title></head><body><h1>城西新建两座口袋公园本月开放</h1>"
            f"<div class='article'><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div>"
            "<div class='footer'><p>关于我们</p><p>联系我们。</p></div></body></html>")
    article = load_text(tmp_path, "page.html", page)
    assert body(article) == [LEAD, SECOND, THIRD]


# ------------------------------------------------------------------------------------ a group named in a sentence

def test_a_group_named_in_the_story_is_body_and_a_join_prompt_is_not(tmp_path):
    told = ["“整容就像赌博”，这6个字一遍遍在医美术后交流群里传播，“只是每个人在上台之前，都期待着自己不是做毁的那个。”",  # fresh26 827
            "2020年10月，社交平台上维权的女孩们成立了小腿阻断术后失败交流群，赵柯也在其中。"]
    prompts = ["欢迎加入城西居民读者交流群！", "城西发布粉丝交流群招新啦！"]
    article = feed_item(tmp_path, [LEAD, told[0], SECOND, told[1], THIRD, *prompts])
    assert body(article) == [LEAD, told[0], SECOND, told[1], THIRD]
    assert all(role_of(article, prompt)[0] == "boilerplate" for prompt in prompts)


# ------------------------------------------------------------------------------- the address a crawl wrote under the text

CRAWLED = ("资源大省2017年 名义GDP增长全国领先 经济动力亟需多元化\n\n"  # fresh17 551's headline, a made-up text under it
           "　　本报记者 定军 北京报道\n\n"
           f"　　{LEAD}\n\n　　{SECOND}\n\n　　{THIRD}\n\n")


def test_the_address_under_a_crawled_text_gives_its_date_and_site(tmp_path):
    # fresh17 551: the sina address alone on the text's last line, the only place that dates the story.
    article = load_text(tmp_path, "551.txt", CRAWLED + " http://finance.sina.com.cn/roll/2018-02-28/doc-ifyrvnsx0299660.shtml\n")
    assert article.meta["publish_date"] == "2018-02-28"
    assert article.meta["outlet"] == "新浪财经"
    assert body(article) == [LEAD, SECOND, THIRD]


def test_a_labelled_source_address_dates_the_text_too(tmp_path):
    article = load_text(tmp_path, "clip.txt", CRAWLED + "原文链接：http://www.chinanews.com/gn/2021/07-13/9519032.shtml\n")
    assert article.meta["publish_date"] == "2021-07-13"


def test_near_miss_the_address_is_the_weakest_date(tmp_path):
    # The text states its date: the address's day (another one) does not replace it.
    text = CRAWLED.replace("北京报道", "北京报道 2018年3月1日") + " http://finance.sina.com.cn/roll/2018-02-28/doc-ifyrvnsx0299660.shtml\n"
    article = load_text(tmp_path, "dated.txt", text)
    assert article.meta["publish_date"] == "2018-03-01"


def test_near_miss_an_address_in_the_middle_of_the_text_dates_nothing(tmp_path):
    text = CRAWLED.replace(f"　　{SECOND}", "　　http://finance.sina.com.cn/roll/2018-02-28/doc-ifyrvnsx0299660.shtml\n\n" f"　　{SECOND}")
    article = load_text(tmp_path, "middle.txt", text)
    assert article.meta["publish_date"] is None
