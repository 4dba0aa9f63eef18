"""Mend after fresh15's scoring (mend16a): loader meta failures of fresh15, each fixed by class. Provenance of the
articles in data/eval/fresh15/SOURCES.tsv; expected values read off the files by hand.
"""

import json

from conftest import load_text, role_of

# fresh15 495 (jryx0/HHO data/news/news37.txt @567ba2e, GBK): a campus hospital kiosk's news file in the program's own
# line markup: a // comment header explaining it, the headline as a '#' line, '#+' the date, '#-' a rule (first lines).
KIOSK_NEWS = """//格式说明
// #大字体 居中显示
// #+ 副标题小号字居中
// #- 画线
// 注释
#【别样毕业季】校医院为毕业生返校保驾护航
#+发布时间： 2020-06-16 11:50:25
#-
新闻网讯（通讯员 叶天响）为帮助学生安全返校，校医院认真落实疫情防控工作方案和应急处置预案，周密部署，把问题隐患想在前、准备工作干在前，全力做好学生返校前后各项防控工作。
本次毕业生返校设置检测点多、检测时间长、条件艰苦，但校医院医务人员以积极的心态、饱满的热情坚守工作岗位，为毕业生返校保驾护航。
"""


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


# fresh15 492 (china-data/xwlb assets/2023/20230612.json @710ba22, record num 4 cut out of the day's videoList; the
# body shortened to its first two paragraphs): a 新闻联播 item of the CCTV API, a video whose keys say so (video_title,
# video_url, video_detail: {title, source, pubtime, content}), the whole record on one line.
VIDEO_ITEM = (
    '{"num":4,"video_id":"VIDEYKSTbzdS2WAyfttJEULC230612","video_title":"[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障",'
    '"video_image":"https://p4.img.cctvpic.com/photoAlbum/vms/standard/img/2023/6/12/VIDEyyupiB8aPeusTdnncgMX230612.jpg",'
    '"guid":"12b5b1bbd480489eaaa965ef4631d6fe","video_length":"00:05:33",'
    '"video_tag":"[视频]【新思想引领新征程】传承好塞罕坝精神,筑牢京津生态屏障",'
    '"video_url":"https://tv.cctv.com/2023/06/12/VIDEYKSTbzdS2WAyfttJEULC230612.shtml","page_id":"PAGE4y8I53JvSWE8DlRSMlbu160121",'
    '"edit_mode":"1","brief":"【新思想引领新征程】传承好塞罕坝精神，筑牢京津生态屏障。","pub_date":"2023-06-12 19:19:27",'
    '"news_hl_tag":"新时代","video_detail":{"id":"VIDEYKSTbzdS2WAyfttJEULC230612","guid":"12b5b1bbd480489eaaa965ef4631d6fe",'
    '"title":"[视频]【新思想引领新征程】传承好塞罕坝精神 筑牢京津生态屏障","source":"央视网","pubtime":"2023-06-12 19:19:27",'
    '"content":"<p>央视网消息（新闻联播）：河北塞罕坝机械林场是世界上面积最大的人工林，是我国推进生态文明建设的生动范例。2021年，'
    '习近平总书记在考察塞罕坝机械林场时强调，要传承好塞罕坝精神，深刻理解和落实生态文明理念。牢记嘱托，新一代塞罕坝人大力弘扬塞罕坝精神，'
    '接续奋斗，筑牢京津生态屏障。<br/></p><p>6月的塞罕坝机械林场，绿意盎然，这段时间，工人们正在进行林冠下造林作业。2022年，'
    '塞罕坝造林方向转为林冠下造林，并引进阔叶林，采用针叶、阔叶等混交的方式，'
    '提升林分质量。<br/></p>","channel_id":"CHAL1450952056131267","topic_id":"TOPC1451528971114112"}}')


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
             "content": VIDEO_ITEM.split('"content":"')[1].split('","channel_id"')[0],
             "video_title": "[视频]塞罕坝", "video_url": "https://tv.cctv.com/x.shtml", "video_length": "00:05:33",
             "source": "央视网", "author": "张三", "editor": "李四", "channel": "新闻"}
    article = load_text(tmp_path, "story.json", json.dumps(story, ensure_ascii=False))
    assert article.meta["title"] == "塞罕坝林场建设者获联合国环保最高荣誉"


# fresh15 501 (NodeBE4/oped2 _posts/2019-10-17-人民币贬值对中国经济不是好事.md @17cab52): a repost bot's Jekyll post, its
# one category and the host of its from: address the site it copied (front matter as written; one paragraph of the text).
def _repost(author: str, category: str, address: str) -> str:
    return (f'---\nlayout: post\ntitle: "人民币贬值对中国经济不是好事"\ndate: 2019-10-17T08:12:40+01:00\nauthor: {author}\n'
            f'from: {address}\ntags: [ {category} ]\ncategories: [ {category} ]\n---\n\n'
            "自今年8月以来，人民币已下跌约4%，并在周一跌破了1美元兑7元人民币的心理关口。"
            "不过，分析人士认为，人民币贬值对中国经济的帮助可能不如过去那么大。\n")


def test_a_repost_s_author_that_is_its_source_site_is_no_writer(tmp_path):
    article = load_text(tmp_path, "501.md", _repost("Nei.st", "Nei.st", "https://nei.st/medium/ft/chinas-economy-faces-currency-devaluation-drag"))
    assert article.meta["author"] is None


def test_a_repost_s_category_named_by_its_from_address_is_the_outlet(tmp_path):
    # fresh15 500 (same bot, a Matters post): author: 張潔平, categories: [ Matters ], from: https://matters.news/@az/…
    article = load_text(tmp_path, "500.md", _repost("張潔平", "Matters", "https://matters.news/@az/zdpuApH9pC1eAMbZ"))
    assert article.meta["outlet"] == "Matters"
    assert article.meta["author"] == "張潔平"
    # a category the address does not name (a topic) says nothing of the site
    topic = load_text(tmp_path, "topic.md", _repost("張潔平", "香港", "https://matters.news/@az/zdpuApH9pC1eAMbZ"))
    assert topic.meta["outlet"] != "香港"
