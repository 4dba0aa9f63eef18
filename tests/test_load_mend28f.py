"""Round 27, mend28f: fresh30's misses in the shapes a user's own files have.

A WeChat post's preface states its length and reading time on lines of their own (``本文共计3167个字`` /
``读完约需要1分钟``, a personal account's markdown backup, fresh30 900 and 901; issue 11's ``全文约3800字，阅读需要8分钟``):
chrome, and a line below them is the article, never its headline. A record's field name in Latin letters before a
date (``@time 2016/8/16  19:04``, a doc comment's tag, fresh30 905) names no outlet.

The quoted lines are the articles' as written; the other texts are made up (names, places, figures invented) in the
same shape.
"""

from conftest import body, load_text, role_of

TITLE = "市区一老旧小区完成加装电梯改造"
LEAD = "本报讯 记者从市住建局获悉，截至上月底，全市已有126个老旧小区完成加装电梯改造，惠及居民一万余户。"
SECOND = "据介绍，今年加装电梯的审批时间由原来的两个月缩短至二十个工作日，居民申请的积极性明显提高。"
UNPUNCTUATED = "看电影之前很久 我早早地确定了要去实习 这个最好就不用加之一了 有师兄先我一步到了那儿"


def post(tmp_path, *head: str, name: str = "post.md"):
    return load_text(tmp_path, name, "\n\n".join(["![](./images/img_001.png)", *head, LEAD, SECOND]) + "\n")


def test_word_count_and_reading_time_lines_real_shape(tmp_path):
    article = post(tmp_path, "本文共计1323个字", "读完约需要1分钟")
    assert role_of(article, "本文共计1323个字") == ("boilerplate", "reading_time")
    assert role_of(article, "读完约需要1分钟") == ("boilerplate", "reading_time")
    assert body(article) == [LEAD, SECOND]


def test_word_count_and_reading_time_variants(tmp_path):
    for line in ("全文约3800字", "本文共2,150字", "全文共计5600个字", "阅读约需要6分钟", "讀完約需要3分鐘",
                 "本文共计4021个字，阅读需要9分钟", "全文共计12000字，阅读时间较长"):
        article = post(tmp_path, line)
        assert role_of(article, line) == ("boilerplate", "reading_time"), line


def test_line_below_the_reading_time_is_no_headline(tmp_path):
    article = post(tmp_path, "本文共计3167个字", UNPUNCTUATED)
    assert article.meta["title"] is None
    assert UNPUNCTUATED in body(article)


def test_near_miss_a_headline_above_the_word_count_stays_the_title(tmp_path):
    article = load_text(tmp_path, "post.md", "\n\n".join([TITLE, "本文共计3167个字", LEAD, SECOND]) + "\n")
    assert article.meta["title"] == TITLE


def test_near_miss_sentences_about_word_counts_stay_body(tmp_path):
    for line in ("这份报告全文约3800字，由市统计局牵头起草，将于下月正式对外发布。",
                 "市民平均每天阅读约需要40分钟，比五年前多了将近一刻钟。"):
        article = post(tmp_path, TITLE, line)
        assert line in body(article), line


def plain(tmp_path, first: str):
    return load_text(tmp_path, "story.txt", "\n\n".join([TITLE, first, LEAD, SECOND]) + "\n")


def test_latin_field_name_before_a_date_names_no_outlet_real_shape(tmp_path):
    article = plain(tmp_path, "@time 2016/8/16  19:04")
    assert article.meta["outlet"] is None
    assert article.meta["publish_date"] == "2016-08-16"


def test_other_field_names_name_no_outlet(tmp_path):
    for line in ("@source 2019/3/2 08:15", "@ptime 2021-05-06 10:00", "@site_name 2020-01-02"):
        assert plain(tmp_path, line).meta["outlet"] is None, line


def test_near_miss_a_latin_outlet_before_a_date_is_kept(tmp_path):
    assert plain(tmp_path, "Reuters 2016-08-16 19:04").meta["outlet"] == "Reuters"
