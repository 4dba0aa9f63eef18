"""Mend after fresh15's scoring (mend16b): loader chrome of fresh15, fixed by class. Provenance of the articles in
data/eval/fresh15/SOURCES.tsv; expected values read off the files by hand.
"""

import json

from conftest import load_text, role_holding, role_of

# fresh15 495 (jryx0/HHO data/news/news37.txt @567ba2e, GBK, lines 1-11 with the long paragraphs cut to their first
# sentence): a campus kiosk program's news file. Its comment header (//) explains the program's line markup: # big
# centred title, #+ subtitle, #- a rule; an #i line names an image file by its DOS path.
KIOSK_NEWS = """//格式说明
// #大字体 居中显示
// #+ 副标题小号字居中
// #- 画线
// 注释
#【别样毕业季】校医院为毕业生返校保驾护航
#+发布时间： 2020-06-16 11:50:25 
#-
新闻网讯（通讯员 叶天响）为帮助学生安全返校，校医院认真落实疫情防控工作方案和应急处置预案，周密部署，把问题隐患想在前、准备工作干在前，全力做好学生返校前后各项防控工作。
6月8日至15日，由于学生可能在24小时的任一时段返校，为到校即检、不漏一人，校医院与学工部、研工部等多部门联动，在保障正常医疗秩序的同时，全院党员干部带头，取消一切休假，加班加点进行返校学生核酸及抗体检测。
#i c:\\hho\\data\\news\\news37.565
本次毕业生返校设置检测点多、检测时间长、条件艰苦，但校医院医务人员以积极的心态、饱满的热情坚守工作岗位，为毕业生返校保驾护航。
"""


def test_a_texts_comment_header_and_its_line_markup_are_furniture(tmp_path):
    article = load_text(tmp_path, "495.txt", KIOSK_NEWS, encoding="gb18030")
    for comment in ("//格式说明", "// #大字体 居中显示", "// #- 画线", "// 注释"):
        assert role_of(article, comment)[0] == "boilerplate"
    assert role_of(article, "#i c:\\hho\\data\\news\\news37.565")[0] == "boilerplate"
    assert role_of(article, "#-")[0] == "boilerplate"
    assert article.meta["title"] == "【别样毕业季】校医院为毕业生返校保驾护航"
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "本次毕业生返校设置检测点多、检测时间长、条件艰苦" in body and "//" not in body and "#" not in body
    assert article.coverage.ratio == 1.0


def test_a_double_slash_subhead_inside_a_text_is_no_comment(tmp_path):
    # fresh15 496 (AOMJ2PMP/ar-wechat-archive @0f02a69, lines 12 and 18-20, text only) writes its subheads as //… lines
    # inside the text: only the lines opening the file are comments.
    article = load_text(tmp_path, "496.txt", "今天在香港，腾讯宣布多项AI人才培养举措。\n\n//腾讯青少年人工智能教育平台港澳 AIGC 版发布\n\n"
                        "新版本重点强化 AIGC 创作能力。\n")
    assert role_of(article, "//腾讯青少年人工智能教育平台港澳 AIGC 版发布")[0] != "boilerplate"


def test_a_markup_comment_header_is_no_title_and_the_hash_line_under_it_is(tmp_path):
    article = load_text(tmp_path, "495.txt", KIOSK_NEWS, "gb18030")
    assert article.meta["title"] == "【别样毕业季】校医院为毕业生返校保驾护航"
    assert article.meta["publish_date"] == "2020-06-16"
    assert role_of(article, "//格式说明")[0] == "boilerplate"
    assert role_of(article, "// #+ 副标题小号字居中")[0] == "boilerplate"


def test_a_hashtag_line_keeps_its_hashes_and_a_first_sentence_stays_body(tmp_path):
    # A Weibo-style topic line (#话题#) is no markup's heading sign; prose under a comment line is no title.
    article = load_text(tmp_path, "tag.txt", "#别样毕业季#\n" + KIOSK_NEWS.split("#-\n")[1])
    assert not (article.meta["title"] or "").startswith("别样毕业季")
    prose = load_text(tmp_path, "prose.txt", "// 注释\n" + KIOSK_NEWS.split("#-\n")[1])
    assert prose.meta["title"] is None


# fresh15 493 (devswork-glzx/aliver _posts/2022-01-02-news-2021xiaoyuanzhixing.md @47f6556, lines 16, 38-63, the figure
# block and the blockquote left out): a student paper's credits under its text, a bold role character and a colon, its
# related-posts heading and the site's reprint notice.
CAMPUS_POST = """# 记桂林中学 2021 年校园之星总决赛

本次校园之星活动于晚上 22:30 圆满落下了帷幕。这次活动，充分展现了同学们的风采和活力，增进了兄弟学校之间的友谊，也为桂林中学 2021 年的活动画下了一个圆满的句号。

---

**文：**新闻部干事 443 王馨仪

**访：**新闻部干事 429 张资新

**审：**团委书记 陈艳老师

**Project Aliver 重排版**：imgradeone

---
## 校园之星相关内容

---

新闻部若认为本站的转载侵犯了权益，请按照 [侵权申诉](https://glzx.xyz/helloworld/#侵权申诉) 的指引联系本站管理员。
"""


def test_a_student_papers_credits_related_heading_and_reprint_notice_are_no_body(tmp_path):
    article = load_text(tmp_path, "493.md", CAMPUS_POST)
    for credit in ("文：新闻部干事 443 王馨仪", "访：新闻部干事 429 张资新", "审：团委书记 陈艳老师", "Project Aliver 重排版：imgradeone"):
        assert role_of(article, credit)[0] == "byline"
    assert role_of(article, "校园之星相关内容")[0] == "boilerplate"
    assert role_holding(article, "新闻部若认为本站的转载侵犯了权益")[0] == "boilerplate"
    assert role_holding(article, "本次校园之星活动于晚上 22:30 圆满落下了帷幕。")[0] == "body"


# fresh15 490 (zhxieml/IEE-homework, the 中国经济网 page of the stated commit, last body paragraph's closing sentence):
# the paper and its reporter in brackets glued to the last sentence. They are cut off as the byline naming the writer.
CLOSING_CREDIT = ("<html><head><title>我国创新型国家建设基础夯实</title></head><body><h1>我国创新型国家建设基础夯实</h1>"
                  "<p>日前，国家统计局、科学技术部和财政部联合发布《2017年全国科技经费投入统计公报》。</p>"
                  "<p>张鹏表示，未来几年，应进一步引导全社会加大对研发的投入力度，尤其是前瞻性、应用性基础研究领域；"
                  "进一步发挥政府对研发的管理优势，加强国家创新体系建设，深化科技体制改革。（经济日报·中国经济网记者 林火灿）</p>"
                  "</body></html>")


def test_a_bracketed_reporter_credit_closing_the_text_is_the_byline(tmp_path):
    article = load_text(tmp_path, "490.html", CLOSING_CREDIT)
    assert role_of(article, "（经济日报·中国经济网记者 林火灿）")[0] == "byline"
    assert article.meta["author"] == "林火灿"
    assert role_holding(article, "深化科技体制改革。")[0] == "body"


# fresh15 503 (NodeBE4/news-beyond-wall, the DW post of the stated commit, the two paragraphs after the text) and 496
# (AOMJ2PMP/ar-wechat-archive @0f02a69, line 66, the promo between rules under the text).
def test_a_columnists_bio_a_broadcasters_disclaimer_and_a_scan_prompt_are_no_body(tmp_path):
    article = load_text(tmp_path, "503.md", "# 客座评论：北京主动和华尔街脱钩\n\n"
                        "继阿里之后，滴滴是第二家因违反中国政府规定而遭处被民间广泛抨击的企业，它们都曾是中国的明星企业。\n\n"
                        "邓聿文为政治评论员，独立学者，中国战略分析智库研究员兼中国战略分析杂志共同主编。\n\n"
                        "德国之声致力于为您提供客观中立的新闻报导，以及展现多种角度的评论分析。文中评论及分析仅代表作者或专家个人立场。\n\n"
                        "---\n\n🧀龙虾各种疑难杂症，欢迎扫码进库，养虾更酷👇\n\n---\n")
    assert role_of(article, "邓聿文为政治评论员，独立学者，中国战略分析智库研究员兼中国战略分析杂志共同主编。")[0] == "boilerplate"
    assert role_of(article, "德国之声致力于为您提供客观中立的新闻报导，以及展现多种角度的评论分析。文中评论及分析仅代表作者或专家个人立场。")[0] == "boilerplate"
    assert role_of(article, "🧀龙虾各种疑难杂症，欢迎扫码进库，养虾更酷👇")[0] == "boilerplate"
    assert role_holding(article, "继阿里之后，滴滴是第二家")[0] == "body"


# fresh15 492 (china-data/xwlb assets/2023/20230612.json @710ba22, record num 4 cut out of the day file, its content cut
# to the first two <p>): a 新闻联播 video item keeps the story in "video_detail" (a key naming a video, another thing
# elsewhere), its one-sentence "brief" outside. The story is the body; the ids, the length and the tag are fields.
VIDEO_ITEM = '{"num":4,"video_id":"VIDEYKSTbzdS2WAyfttJEULC230612","video_title":"[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障","video_image":"https://p4.img.cctvpic.com/photoAlbum/vms/standard/img/2023/6/12/VIDEyyupiB8aPeusTdnncgMX230612.jpg","guid":"12b5b1bbd480489eaaa965ef4631d6fe","video_length":"00:05:33","video_tag":"[视频]【新思想引领新征程】传承好塞罕坝精神,筑牢京津生态屏障","video_url":"https://tv.cctv.com/2023/06/12/VIDEYKSTbzdS2WAyfttJEULC230612.shtml","page_id":"PAGE4y8I53JvSWE8DlRSMlbu160121","edit_mode":"1","brief":"【新思想引领新征程】传承好塞罕坝精神，筑牢京津生态屏障。","pub_date":"2023-06-12 19:19:27","news_hl_tag":"新时代","video_detail":{"id":"VIDEYKSTbzdS2WAyfttJEULC230612","guid":"12b5b1bbd480489eaaa965ef4631d6fe","title":"[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障","source":"央视网","pubtime":"2023-06-12 19:19:27","content":"<p>央视网消息（新闻联播）：河北塞罕坝机械林场是世界上面积最大的人工林，是我国推进生态文明建设的生动范例。2021年，习近平总书记在考察塞罕坝机械林场时强调，要传承好塞罕坝精神，深刻理解和落实生态文明理念。牢记嘱托，新一代塞罕坝人大力弘扬塞罕坝精神，接续奋斗，筑牢京津生态屏障。<br/></p><p>6月的塞罕坝机械林场，绿意盎然，这段时间，工人们正在进行林冠下造林作业。2022年，塞罕坝造林方向转为林冠下造林，并引进阔叶林，采用针叶、阔叶等混交的方式，构建多树种、多层次、复合式的森林结构。<br/></p>","logo":"https://p4.img.cctvpic.com/photoAlbum/vms/standard/img/2023/6/12/VIDEyyupiB8aPeusTdnncgMX230612.jpg","url":"https://tv.cctv.com/2023/06/12/VIDEYKSTbzdS2WAyfttJEULC230612.shtml","catalog":"","allow_share":"1","allow_praise":"1","allow_comment":"1","channel_id":"CHAL1450952056131267","topic_id":"TOPC1451528971114112","primary_page_id":"PAGE4y8I53JvSWE8DlRSMlbu160121","desc":"[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障","brief":"【新思想引领新征程】传承好塞罕坝精神，筑牢京津生态屏障。","tag":"[视频]【新思想引领新征程】传承好塞罕坝精神,筑牢京津生态屏障"}}'


def test_a_video_items_detail_holds_the_story(tmp_path):
    article = load_text(tmp_path, "492.json", VIDEO_ITEM)
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "河北塞罕坝机械林场是世界上面积最大的人工林，是我国推进生态文明建设的生动范例。" in body
    assert "6月的塞罕坝机械林场，绿意盎然" in body
    for field in ("00:05:33", "新时代", "CHAL1450952056131267", "TOPC1451528971114112"):
        assert field not in body
    assert article.meta["publish_date"].startswith("2023-06-12")
    assert article.coverage.ratio == 1.0


def test_a_video_item_s_own_fields_are_the_article_s(tmp_path):
    # video is another thing's word (a story's urlToImage, videoUrl); a record whose keys mostly start with it is the video.
    article = load_text(tmp_path, "492.json", VIDEO_ITEM)
    assert article.meta["title"] == "[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障"
    assert article.meta["outlet"] == "央视网"
    assert article.meta["publish_date"] == "2023-06-12"
    assert role_of(article, "00:05:33")[0] == "boilerplate"
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "6月的塞罕坝机械林场，绿意盎然，这段时间，工人们正在进行林冠下造林作业。" in body


def test_a_story_holding_one_video_keeps_the_video_s_fields_apart(tmp_path):
    # Fewer than a third of the keys start with video: the story's own title and text, the video's title chrome.
    story = {"title": "塞罕坝林场建设者获联合国环保最高荣誉", "pubtime": "2023-06-12 19:19:27",
             "content": VIDEO_ITEM.split('"content":"')[1].split('","logo"')[0],
             "video_title": "[视频]塞罕坝", "video_url": "https://tv.cctv.com/x.shtml", "video_length": "00:05:33",
             "source": "央视网", "author": "张三", "editor": "李四", "channel": "新闻"}
    article = load_text(tmp_path, "story.json", json.dumps(story, ensure_ascii=False))
    assert article.meta["title"] == "塞罕坝林场建设者获联合国环保最高荣誉"
