"""Mend after fresh16's scoring (mend17b): loader chrome and captions of fresh16, fixed by class. Provenance of the
articles in data/eval/fresh16/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import body, load, load_text, role_holding, role_of, shared_or_skip

# fresh16 514 and 515 (IAAR-Shanghai/CRUD_RAG data/80000_docs/documents_dup_part_1_part_1 @34c9303): a RAG corpus of
# news, one article a line, each opening with its date and the field label 正文： glued to the first sentence.
RAG_LINE = ("2023-08-05，正文：中新社北京8月4日电 (记者 张素)记者从中国最高人民法院获悉，8月4日，浙江省宁波市中级人民法院"
            "公开宣判十三届全国政协原常委、社会和法制委员会原主任沈德咏受贿一案。公开资料显示，沈德咏生于1954年3月，江西修水人。\n")
RAG_CAPTION_LINE = ("2023-08-06  14:08，正文：当地时间2023年8月4日，韩国城南市，警察在周四的袭击后于Ori地铁站巡逻。视觉中国图"
                    "在韩国接连发生3起持凶器伤人案件后，该国网络上频现宣称要在人员密集场所发动类似袭击的帖子，令韩国民众担忧。"
                    "韩国警方加大调查力度，截至5日中午已逮捕18名涉嫌发布这类消息者。\n")


def test_a_corpus_lines_date_and_text_label_are_cut_off_and_the_dateline_after_them_is_read(tmp_path):
    article = load_text(tmp_path, "514.txt", RAG_LINE)
    assert role_of(article, "2023-08-05，正文：") == ("byline", "publish_date")
    assert role_of(article, "中新社北京8月4日电 (记者 张素)")[0] == "byline"
    assert body(article)[0].startswith("记者从中国最高人民法院获悉")
    assert article.meta["publish_date"] == "2023-08-05"
    assert article.coverage.ratio == 1.0


def test_a_dated_caption_and_its_agency_credit_glued_before_the_first_sentence_are_a_caption(tmp_path):
    article = load_text(tmp_path, "515.txt", RAG_CAPTION_LINE)
    assert role_of(article, "当地时间2023年8月4日，韩国城南市，警察在周四的袭击后于Ori地铁站巡逻。视觉中国图")[0] == "caption"
    assert body(article)[0].startswith("在韩国接连发生3起持凶器伤人案件后")
    assert article.coverage.ratio == 1.0


def test_a_sentence_about_a_photo_agency_is_no_caption(tmp_path):
    # Only a dated caption (当地时间…, 8月4日…) followed by the credit and 图/摄 is cut off; a body sentence naming the
    # agency stays body.
    article = load_text(tmp_path, "agency.txt", "视觉中国是一家图片公司。新华社记者张三摄影多年，作品众多，广受好评。\n")
    assert all(role == "body" for role in article.paragraphs["role"])


def test_a_dumps_indents_part_its_paragraphs_and_the_reporter_line_is_a_byline():
    # fresh16 521 (Jack-Cherish/Machine-Learning Naive Bayes/SogouC/Sample/C000014/14.txt @9460d4f): a SogouC text,
    # one line, its paragraphs kept apart only by indents of two ideographic spaces (北京、莫斯科、美国 三次看升旗感受不同
    # 　　大郅：北京这次最难忘　　《体育天地·mvp》记者朱冲报道　　“起来，不愿做奴隶的人们……”5月8日凌晨5点，…).
    article = load(shared_or_skip("fresh16", "copy fresh16 into shared/"), "521_txt_tiyutiandi_wang_zhizhi_flag_raising.txt")
    assert role_of(article, "《体育天地·mvp》记者朱冲报道")[0] == "byline"
    assert article.meta["author"] == "朱冲"
    assert role_of(article, "国旗让我感到责任")[1] == "heading"
    assert any(text.startswith("“起来，不愿做奴隶的人们") for text in body(article))
    assert article.coverage.ratio == 1.0


# fresh16 520 (Jack-Cherish/Machine-Learning Naive Bayes/SogouC/Sample/C000013/19.txt @9460d4f, lines 1 and 6-12, the
# article's paragraph cut to its first sentences): a related-events list under the article, each a headline and its lead.
RELATED_EVENTS = """\u3000\u30009日在京举行的世界卫生组织慢性病全球报告中文版首发式上，卫生部公布了中国慢性病情况。其中，我国吸烟人数超过3亿，每年死于吸烟相关疾病的人数超过100万，卫生部呼吁采取措施控制吸烟。
&nbsp;&nbsp;&nbsp; 相关事件:
&nbsp;&nbsp;&nbsp; 卫生部：我国青少年吸烟人数高达5000万
&nbsp;&nbsp;&nbsp; 9日在京举行的世界卫生组织慢性病全球报告中文版首发式上，卫生部公布的中国慢性病情况表明，目前中国青少年吸烟人数高达5000万人。
&nbsp;&nbsp;&nbsp; 与潜意识对话 临床催眠治疗能帮助戒烟
&nbsp;&nbsp;&nbsp; 美国科学家最近经研究发现，在正规的临床催眠师帮助下接受催眠治疗，有可能帮助吸烟者成功戒烟且长时间保持戒烟状态。
"""


def test_a_related_events_heading_behind_nbsp_entities_is_furniture(tmp_path):
    # Only the heading: its headline + lead items stay body for now (closing the core at such a heading also took
    # corpus 21's 延伸阅读 leads, which the new-word test reads).
    article = load_text(tmp_path, "520.txt", RELATED_EVENTS)
    assert role_holding(article, "相关事件:") == ("boilerplate", "related")
    assert body(article)[0].startswith("9日在京举行的")
    assert article.coverage.ratio == 1.0


# fresh16 510 (neowang0122/neowang0122.github.io, an Omnivore export of a WeChat post): the export's heading and WeChat's
# header line as its English interface writes it (its lines 11 and 21-23, the paragraph cut to two sentences).
OMNIVORE = """# 万科重返北京拍地之日，碧桂园已无力支付利息

# Full Content: 

Original 一棵青木  远方青木 _2023-08-10 11:47_ _Posted on 湖北_ 

宇宙第一房企碧桂园，从7月开始就流言频发，给人一种摇摇欲坠的感觉。但那各种小道消息的产生也不能完全的算瞎编，因为各种对碧桂园不利的公开信息太多了。
"""


def test_an_exports_full_content_heading_and_an_english_wechat_header_are_furniture(tmp_path):
    article = load_text(tmp_path, "510.md", OMNIVORE)
    assert role_of(article, "Full Content:")[0] == "boilerplate"
    assert role_holding(article, "Original 一棵青木")[0] == "boilerplate"
    assert body(article)[0].startswith("宇宙第一房企碧桂园")


def test_short_lines_under_pictures_between_headline_and_text_are_captions():
    # fresh16 522 (francliu/Sogou 519Pages/t1146.html @2b9d399): each <img> in a table cell with a centred <p> under it
    # (现场：刘国兵的肉摊就摆在电杆子与左边小食店之间的空挡里), above the story trafilatura keeps.
    article = load(shared_or_skip("fresh16", "copy fresh16 into shared/"), "522_page_sichuanxinwenwang_santai_chengguan_stabbing.html")
    for caption in ("现场：刘国兵的肉摊就摆在电杆子与左边小食店之间的空挡里", "冲突中被刘国兵砍伤的民警", "突变使刘国兵的家庭陷入困顿 吴功斌(摄)"):
        assert role_of(article, caption)[0] == "caption"
    assert role_holding(article, "三台县松花井街是一条偏僻的小巷")[0] == "body"
