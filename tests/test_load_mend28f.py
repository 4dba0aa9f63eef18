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


# Captions opening a longer line, each closed by its picture's credit in brackets (fresh30 904: a portal's story as its
# record's text, the pictures' captions first, then the lead on the same line).
CAPTION_ONE = "阿根廷《自由报》社交网站公布“兽父”多明戈·布利西奥被捕画面。（图片来源：互联网）"
CAPTION_TWO = "安东尼娅接受媒体采访。（图片来源：互联网）"
DATELINE_LEAD = "新华网北京1月10日电 据阿根廷媒体报道，一名男子因涉嫌长期虐待家人被警方逮捕，检方已对其提起多项指控。"


def test_captions_opening_the_lead_line_real_shape(tmp_path):
    article = plain(tmp_path, CAPTION_ONE + CAPTION_TWO + "    " + DATELINE_LEAD)
    assert role_of(article, CAPTION_ONE) == ("caption", "image_caption")
    assert role_of(article, CAPTION_TWO) == ("caption", "image_caption")
    assert DATELINE_LEAD in body(article)


def test_one_caption_and_other_credits_opening_a_line(tmp_path):
    for caption in ("民眾在路口排隊等候領取防災物資。（圖／記者王大同攝）", "救援人员在废墟中搜寻幸存者。（图片来源：视觉中国）",
                    "消防员在积水路段转移被困群众。(摄影：陈小玲)"):
        article = plain(tmp_path, caption + LEAD)
        assert role_of(article, caption) == ("caption", "image_caption"), caption
        assert LEAD in body(article), caption


def test_near_miss_a_sentence_and_a_bracketed_aside_stays_body(tmp_path):
    line = "他说到这里停了一下。（笑）" + SECOND
    article = plain(tmp_path, line)
    assert line in body(article)


def test_near_miss_a_long_sentence_before_a_credit_is_not_a_caption(tmp_path):
    long_sentence = ("居民表示，自从检举达人出现以后，这条路上的店家与住户几乎每天都接到罚单，不论白天或夜晚都有人拍照，"
                     "大家只好轮流在店门口看守车辆，也有人干脆把车停到两条街以外的收费停车场。")
    article = plain(tmp_path, long_sentence + "（图片来源：互联网）" + SECOND)
    assert not any(text.startswith(long_sentence) for text in
                   article.paragraphs.loc[article.paragraphs["role"] == "caption", "text"])


# A byline of role words and names glued with the paper's name between (fresh30 905: 通讯员孔方扬子晚报记者毕俊星).
STORY_LEAD = "8月11日中午12时左右，家住常州武进牛塘镇的66岁唐大妈，携10万现金骑电动三轮车外出，钱用一个篮子装着。"


def test_glued_helper_and_reporter_byline_real_shape(tmp_path):
    line = "通讯员孔方扬子晚报记者毕俊星"
    article = plain(tmp_path, line)
    assert role_of(article, line) == ("byline", "author")
    assert article.meta["author"] == "毕俊星"


def test_glued_byline_variants(tmp_path):
    for line, reporter in (("通讯员欧阳明现代快报记者王小二", "王小二"), ("本报通讯员李明南方日报记者张晓红", "张晓红"),
                           ("通訊員陳美玲聯合報記者林志明", "林志明")):
        article = plain(tmp_path, line)
        assert role_of(article, line) == ("byline", "author"), line
        assert reporter in article.meta["author"], line


def test_near_miss_a_sentence_opening_like_the_byline_stays_body(tmp_path):
    line = "通讯员孔方扬子晚报记者毕俊星报道，近日常州发生一件暖心事。"
    article = plain(tmp_path, line)
    assert line in body(article)
