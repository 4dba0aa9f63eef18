"""Mend after fresh19's scoring (mend20b): loader chrome and captions of fresh19, fixed by class. Provenance of the
articles in data/eval/fresh19/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import body, load, load_text, role_of, shared_or_skip

# fresh8 321 (a WeChat review of Omnivore, 微客笔记): each screenshot labelled 图一：初见, 图二：稍详细的介绍 ...; the
# article's lines are mostly list items and headings with no sentence end, so "a short unfinished line" tells nothing.
NUMBERED_FIGURES = """# Omnivore：一个开源的稍后读工具

## 一、初识

Omnivore是一个开源的稍后读工具，可以保存网页、邮件订阅和PDF。

![](https://example.org/1.png)

图二：稍详细的介绍

* 支持网页剪藏和邮件订阅的稍后读工具
* 支持高亮和笔记并可同步到Obsidian和Logseq

## 二、使用

* 注册之后可以在浏览器插件中一键保存文章链接
* 手机客户端也可以通过分享菜单保存网页

表1. 几款稍后读工具的功能对比

![](https://example.org/2.png)
"""


def test_a_numbered_figure_or_table_label_is_a_caption_in_an_article_of_unpunctuated_lines(tmp_path):
    article = load_text(tmp_path, "321.md", NUMBERED_FIGURES)
    assert role_of(article, "图二：稍详细的介绍")[0] == "caption"
    assert role_of(article, "表1. 几款稍后读工具的功能对比")[0] == "caption"
    assert "支持网页剪藏和邮件订阅的稍后读工具" in body(article)


def test_figure_labels_of_a_wechat_research_post_are_captions():
    # fresh19 623 (HEMLab's post on a flood forecasting paper): 图1. 洪水预报系统框架 under its picture, 表1. … over a table.
    article = load(shared_or_skip("fresh19", "copy fresh19 into shared/"), "623_md_wechat_hemlab_flood_forecast_wrr.md")
    assert role_of(article, "图1. 洪水预报系统框架") == ("caption", "image_caption")
    assert role_of(article, "图2. 不同时段的洪水淹没深度及范围预报")[0] == "caption"
    assert role_of(article, "表1. Carlisle市中心区域的淹没范围预报表现(基于10m×10m网格)")[0] == "caption"


def test_a_sentence_about_a_numbered_figure_stays_body(tmp_path):
    article = load_text(tmp_path, "fig.md", "![](https://example.org/1.png)\n\n图1显示，该系统提前34小时发布了淹没预报。\n\n"
                        "表2：各流域的预报表现均优于基准模型，误差下降了三成。\n")
    assert "图1显示，该系统提前34小时发布了淹没预报。" in body(article)
    assert "表2：各流域的预报表现均优于基准模型，误差下降了三成。" in body(article)


# fresh19 610 (BBC中文网, 2014): the story's last sentence, the writer's and the editor's credits in brackets, then a
# paragraph of questions put to the reader that closes with a call to discuss.
BBC_TAIL = ("<html><head><title>香港特首办未明确回应罢课学生见面要求</title></head><body><h1>香港特首办未明确回应罢课学生见面要求</h1>"
            "<p>香港特区政府发言人周三表示，政府一直通过不同渠道聆听市民对普选行政长官的意见，并呼吁各界人士理性表达诉求。</p>"
            "<p>“发言人表示，香港社会普遍期望尽早依法落实普选行政长官，希望各界人士能积极参与下一阶段的咨询，透过理性讨论，凝聚共识，"
            "由2017年起实现行政长官普选，继续推动民主政制的发展。”</p>"
            "<p>（撰稿：叶靖斯 责编：萧尔）</p>"
            "<p>你认为香港学生此次通过罢课行动争取民主有意义吗？你是否赞成香港学生的罢课行动？有关行动会有助于香港最终实现“真普选”吗？"
            "欢迎参与讨论。</p></body></html>")


def test_a_bracketed_writer_and_editor_credit_and_a_closing_reader_question_paragraph_are_not_body(tmp_path):
    article = load_text(tmp_path, "610.html", BBC_TAIL)
    assert role_of(article, "（撰稿：叶靖斯 责编：萧尔）") == ("byline", "author")
    assert article.meta["author"] == "叶靖斯"
    assert role_of(article, "你认为香港学生此次通过罢课行动争取民主有意义吗？你是否赞成香港学生的罢课行动？"
                            "有关行动会有助于香港最终实现“真普选”吗？欢迎参与讨论。")[0] == "boilerplate"
    assert body(article)[-1].endswith("继续推动民主政制的发展。”")


def test_the_reader_question_cue_takes_the_comma_form_and_leaves_a_reported_question_alone(tmp_path):
    # fresh3 113 (三言财经): 你认为贾玲能赚到多少钱，欢迎留言！ as a paragraph of its own; a sentence reporting that someone
    # asked a question and invited discussion (no 你 opening it) is body.
    article = load_text(tmp_path, "113.md", "# 贾玲的票房分成\n\n按照超50亿元总票房推算，贾玲实际收益可能不到1亿元，这一数字引发了网友的广泛关注。\n\n"
                        "主持人问嘉宾：票房分成合理吗？欢迎各方参与讨论。\n\n你认为贾玲能赚到多少钱，欢迎留言！\n")
    assert role_of(article, "你认为贾玲能赚到多少钱，欢迎留言！")[0] == "boilerplate"
    assert "主持人问嘉宾：票房分成合理吗？" in " ".join(body(article))


def test_a_columnists_name_and_jianli_heading_the_bio_under_the_column_end_the_article():
    # fresh19 611 (日经中文网, a column by 中岛惠): after the last sentence, 中岛 惠简历 and the bio (出生于日本山梨县。…).
    article = load(shared_or_skip("fresh19", "copy fresh19 into shared/"), "611_html_nikkei_cn_yokohama_chinatown_huaqiao.html")
    assert role_of(article, "中岛 惠简历")[0] == "boilerplate"
    bio = [text for text in article.paragraphs["text"] if text.startswith("出生于日本山梨县。")]
    assert bio and role_of(article, bio[0])[0] == "boilerplate"
    assert body(article)[-1] == "既需要维护传统又需要接受新生事物，横滨中华街如今或许正迎来过渡期。"


def test_a_story_about_writing_a_cv_keeps_its_heading(tmp_path):
    text = ("<html><body><h1>毕业季求职指南</h1><p>每年六月，大批应届毕业生走进招聘会现场，一份好的简历往往决定了能否获得面试机会。</p>"
            "<h2>个人简历</h2><p>招聘专家建议，个人简历应控制在一页以内，突出与岗位相关的实习经历和专业技能，避免堆砌空洞的形容词。</p>"
            "<p>此外，专家提醒毕业生注意防范求职陷阱，不要轻易缴纳所谓的培训费和押金，遇到问题及时向有关部门反映。</p></body></html>")
    article = load_text(tmp_path, "cv.html", text)
    assert role_of(article, "个人简历")[0] == "body"
    assert body(article)[-1].startswith("此外，专家提醒毕业生注意防范求职陷阱")


def test_a_closing_call_to_visit_a_site_learn_and_follow_is_a_promo():
    # fresh19 623: the post's last line, under the paper's reference and 原文链接：; the shape of fresh4 124's
    # …欢迎大家访问【大会官网】，了解更多详情。
    article = load(shared_or_skip("fresh19", "copy fresh19 into shared/"), "623_md_wechat_hemlab_flood_forecast_wrr.md")
    assert role_of(article, "敬请访问HEMLab团队网站，了解模型开发动态，关注最新研究成果。")[0] == "boilerplate"


def test_a_reported_invitation_to_visit_stays_body(tmp_path):
    text = ("<html><body><h1>市博物馆新馆开放</h1><p>市博物馆新馆于周六正式对外开放，首日接待观众超过八千人次，不少市民一早就在门口排队等候。</p>"
            "<p>新馆展出文物三千余件。馆方表示，欢迎大家访问新馆，了解本地历史，关注文物保护工作。</p></body></html>")
    article = load_text(tmp_path, "museum.html", text)
    assert "馆方表示，欢迎大家访问新馆，了解本地历史，关注文物保护工作。" in " ".join(body(article))


def test_a_portal_channels_dateline_without_a_date_is_split_off_the_first_sentence():
    # fresh19 631 (腾讯娱乐, 2009): 腾讯音乐讯 一向具有奇思妙想的内地唱作才女曹方，…; tune 42 (新浪财经) opens with
    # 新浪财经讯 5月25日上午消息，据彭博新闻社报道，….
    article = load(shared_or_skip("fresh19", "copy fresh19 into shared/"), "631_html_gb2312_qq_ent_caofang_album_launch_tickets.html")
    assert role_of(article, "腾讯音乐讯") == ("byline", "dateline")
    assert any(text.startswith("一向具有奇思妙想的内地唱作才女曹方") for text in body(article))


def test_a_sentence_opening_with_a_portal_name_stays_whole(tmp_path):
    text = ("<html><body><h1>门户网站转型</h1><p>腾讯网易等门户网站近年纷纷转型，把更多资源投入到短视频和直播业务中，广告收入结构随之改变。</p>"
            "<p>分析人士认为，这一趋势在未来几年内仍将延续，传统图文资讯的流量占比可能进一步下降。</p></body></html>")
    article = load_text(tmp_path, "portal.html", text)
    assert body(article)[0].startswith("腾讯网易等门户网站近年纷纷转型")
