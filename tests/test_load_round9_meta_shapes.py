"""Shapes of round 9's work on the meta fields (title, outlet, author, date) on unseen articles: fresh7's
misses (seen since its scoring) and the lead's sweep of unlabelled pages, each as a short article or a line of
the same shape built from the articles' own text; expected values are read off the text by hand. Beside each,
a text of similar look that must not fire.
"""

import pytest

from conftest import load_text, role_of
from zhnews.load.meta import copyright_holder

# 316 (a crawler's plain-text dump of a 163.com sports page): the page's address, its <title>, the date, the text.
LOCKER_ADDRESS = "https://www.163.com/sports/article/HNSV4L9700059D57.html"
LOCKER_PAGE_TITLE = "日本被淘汰后照旧打扫更衣室 并留下了一张字条|点球大战|桌子|克罗地亚_网易体育"
LOCKER_TEXT = ("赛后，被淘汰的日本队依旧将更衣室进行了一次完整的打扫，整个更衣室看上去非常干净、整齐。"
               "另外，日本队还在更衣室的上留下了一些千纸鹤，上面写着“谢谢”的字样。\n"
               "这届世界杯上，日本队的表现让整个世界震惊。小组赛，他们先后战胜了传统豪强德国和西班牙。\n")


def test_a_dump_opening_with_the_page_address_takes_its_title_from_the_page_title(tmp_path):
    # 316, 317: the address is no title; the page title's tags and site go, the address names the outlet
    article = load_text(tmp_path, "dump.txt", f"{LOCKER_ADDRESS}\n{LOCKER_PAGE_TITLE}\n2022-12-06\n{LOCKER_TEXT}")
    assert article.meta["title"] == "日本被淘汰后照旧打扫更衣室 并留下了一张字条"
    assert article.meta["outlet"] == "网易"
    assert article.meta["outlet_source"].startswith("the page's address")
    assert article.meta["publish_date"] == "2022-12-06"
    assert role_of(article, LOCKER_ADDRESS)[0] == "boilerplate"
    assert role_of(article, "|点球大战|桌子|克罗地亚_网易体育")[0] == "boilerplate"
    assert article.meta["coverage"] == 1.0


def test_a_dump_from_an_unlisted_site_keeps_its_page_title_whole(tmp_path):
    # the same dump from an address no outlet row names: the last part 网易体育 does not end like an outlet's
    # name, so nothing tells the tags from the headline; the title stays whole rather than guessed at
    text = f"https://sports.example.org/a/1.html\n{LOCKER_PAGE_TITLE}\n2022-12-06\n{LOCKER_TEXT}"
    article = load_text(tmp_path, "dump.txt", text)
    assert article.meta["title"] == LOCKER_PAGE_TITLE
    assert article.meta["outlet"] is None


def test_a_text_under_a_picture_address_is_no_dump(tmp_path):
    # sweep 14 (a list of 知乎日报 items): a picture's address glued to a question is no address line
    text = ("https://pic1.zhimg.com/v2-840594fd04303c7bfed5f3aae7b9031c.jpg听说草原法院法官都骑马去审判，是真的吗？\n"
            "http://daily.zhihu.com/story/9715330\n" + LOCKER_TEXT)
    assert load_text(tmp_path, "list.txt", text).meta["outlet"] is None


def test_a_record_headline_with_the_site_after_it_names_the_outlet(tmp_path):
    # 309 (an Apple Daily ninjs record): the headline field keeps the site's names after bars
    record = ('{"headlines": [{"role": "main", "value": "北京休閒活動全中斷｜蘋果新聞網｜蘋果日報"}], '
              '"bodies": [{"role": "main", "value": "北京市因SARS隔離人口已達一萬二千多名，加上近一周來每日增加百名以上SARS確診人數。'
              '此外，北京小湯山醫院昨日啟用，一百九十五名病患已入院治療。"}], "by": "苗珮瑩", "firstcreated": "2003-05-02"}')
    article = load_text(tmp_path, "record.json", record)
    assert article.meta["title"] == "北京休閒活動全中斷"
    assert article.meta["outlet"] == "蘋果日報"
    assert article.meta["author"] == "苗珮瑩"


# 72 of the lead's sweep (a transcript): a paragraph closing with a gesture in brackets, as a byline would close one.
THANKS = "很多战友留言——感恩节快乐！感恩节快乐！谢谢啦！谢谢啦！兄弟姐妹们，爱你们！"


def test_a_word_in_brackets_closing_the_text_is_no_writer_unless_it_reads_as_a_name(tmp_path):
    # sweep 72 （飞吻）, 54 （否决权）: no common surname, no writer; （杨欢 渠鸿儒） (254): one of them has one
    text = f"# 感恩节直播\n\n{LOCKER_TEXT}\n{THANKS}（飞吻）\n"
    assert load_text(tmp_path, "kiss.md", text).meta["author"] is None
    signed = load_text(tmp_path, "signed.md", f"# 感恩节直播\n\n{LOCKER_TEXT}\n{THANKS}\n\n（杨欢 渠鸿儒）\n")
    assert signed.meta["author"] == "杨欢、渠鸿儒"


def test_a_reporters_notes_subhead_is_no_byline_name(tmp_path):
    # 305: 记者手记 (the reporter's notes) heads a part of the story; the byline under it names the reporter
    text = (f"# 你放假 我在岗丨305路公交车司机黄丹蕾：尽最大努力 为市民提供出行便利\n\n{LOCKER_TEXT}\n记者手记\n\n"
            "每一趟班车，停靠车站，启动车，发车，每一个动作黄丹蕾都做得一丝不苟。\n\n文/珠江商报记者苏淑婷\n")
    assert load_text(tmp_path, "notes.md", text).meta["author"] == "苏淑婷"


# 318 and 319 (reposts in a Hugo archive): front matter, then the origin credited before the text.
REPOST_FRONT = "---\ntitle: 特朗普对朝鲜无核化进展缓慢表示大怒\ndate: '2018-07-23T11:24:21.068Z'\nupvote: 2\n---\n\n"
KOREA_A = "韩美两国7月20日(当地时间)在纽约围绕着朝核问题表现出“合作”中呈现出微妙的立场分歧。"
KOREA_B = "但与此同时，各方对製裁反而显现出微妙的立场分歧，这一差异在所有活动结束后各方在本国记者面前发言时体现出来的。"
KOREA_C = "韩国也正式表示，“在朝鲜完全实现无核化之前不会解除製裁”，发表了同样的立场。"


def test_a_repost_credits_its_origin_before_the_first_sentence(tmp_path):
    # 318: 多维新闻 - <first sentence>: the outlet, split off the sentence
    first = "自北京时间8月2日始，中国互联网热传一份清华大学校友写给校长邱勇的声明书，要求解除胡鞍钢中国国情研究所所长和教授职务。"
    article = load_text(tmp_path, "duowei.md", REPOST_FRONT + f"多维新闻 - {first}\n\n{KOREA_B}\n\n{KOREA_C}\n")
    assert article.meta["outlet"] == "多维新闻"
    assert role_of(article, first)[0] == "body"
    # a person's name before a spaced dash is no outlet's credit
    other = load_text(tmp_path, "name.md", REPOST_FRONT + f"胡鞍钢 - {first}\n\n{KOREA_B}\n\n{KOREA_C}\n")
    assert other.meta["outlet"] is None


@pytest.mark.parametrize("credit, outlet", [
    ("多维新闻 - ", "多维新闻"), ("BBC中文网 - ", "BBC中文网"), ("美国之音 — ", "美国之音"),
    ("中国 - ", None),  # 中国 - 东盟: a hyphenated name, no outlet's credit
])
def test_the_credit_before_a_first_sentence_names_an_outlet_by_its_ending(tmp_path, credit, outlet):
    text = REPOST_FRONT + f"{credit}东盟博览会开幕，各国代表出席。\n\n{KOREA_B}\n\n{KOREA_C}\n"
    assert load_text(tmp_path, "credit.md", text).meta["outlet"] == outlet


def test_a_link_naming_an_outlet_under_the_headline_and_a_line_of_names_and_date(tmp_path):
    # 319: [韩国中央日报](…) links the original; 郑效植 刘智惠 | 2018.07.23 names its two writers and the day
    text = (REPOST_FRONT + "[韩国中央日报](http://chinese.joins.com/big5/article.aspx?art_id=181632)\n\n"
            f"郑效植 刘智惠 | 2018.07.23 \n\n{KOREA_A}\n\n{KOREA_B}\n\n{KOREA_C}\n")
    article = load_text(tmp_path, "joongang.md", text)
    assert article.meta["outlet"] == "韩国中央日报"
    assert article.meta["author"] == "郑效植、刘智惠"
    assert role_of(article, "郑效植 刘智惠 | 2018.07.23")[0] == "byline"
    # a link to another article there, whose text names no outlet, stays a related link
    other = load_text(tmp_path, "related.md", text.replace("[韩国中央日报]", "[朝鲜无核化谈判进展]"))
    assert other.meta["outlet"] is None
    assert role_of(other, "朝鲜无核化谈判进展") == ("boilerplate", "related")


@pytest.mark.parametrize("line, outlet", [
    # 311, 312: a university office's news page names itself only so; 版权所有 after the year is no holder's name
    ("© 2020 版权所有 南京大学信息化建设管理服务中心 All Rights Reserved © Nanjing University. 苏ICP备10085", "南京大学信息化建设管理服务中心"),
    ("Copyright © 2020 南京大学 All Rights Reserved", "南京大学"),
    ("主办：南京大学信息化建设管理服务中心", "南京大学信息化建设管理服务中心"),
    ("© 2020 版权所有 南京某某信息科技有限公司", None),  # a company owns a site; its name is no outlet's
])
def test_a_footer_naming_an_institution_names_the_site(line, outlet):
    assert copyright_holder(line) == outlet


def test_a_university_office_page_is_its_own_outlet(tmp_path):
    # 311: nothing but the footer names who published the news item
    page = ("<html><head><title>我校召开南京大学智慧党建管理服务平台培训及答疑会</title></head><body>"
            "<h1>我校召开南京大学智慧党建管理服务平台培训及答疑会</h1>"
            "<p>为全面推广使用好智慧党建管理服务平台，确保平台运转顺利、发挥作用、取得实效，4月25日，党委组织部联合信息化建设管理服务中心"
            "在仙林校区举办了南京大学智慧党建管理服务平台培训及答疑会。</p><p>党委组织部副部长印兴波讲话，对平台的推广使用提出要求。</p>"
            "<div class='footer'>© 2020 版权所有 南京大学信息化建设管理服务中心 All Rights Reserved © Nanjing University.</div></body></html>")
    article = load_text(tmp_path, "itsc.html", page)
    assert article.meta["outlet"] == "南京大学信息化建设管理服务中心"
    assert article.meta["outlet_source"].startswith("copyright line")


# 313 (Apple Daily Taiwan, a corpus of stories run together): the last sentences of one, and its credit.
RULING = ("法官最後則審酌，經函詢台北市警局萬華分局，酈俊睿未曾因「態度不佳」事由遭服務機關懲處，因此酈俊睿發文內容確實與事實不符。"
          "因此認定酈俊睿不構成《社維法》散佈謠言影響公共安寧規定，裁定不罰。可抗告。")


def test_the_writer_and_the_place_in_round_brackets_closing_the_story(tmp_path):
    # 313: （李奕緯／台北報導） after the last sentence names the writer, and is no part of the text
    text = f"{LOCKER_TEXT}\n{RULING}（李奕緯／台北報導）\n"
    article = load_text(tmp_path, "apple.txt", text)
    assert article.meta["author"] == "李奕緯"
    assert role_of(article, "（李奕緯／台北報導）")[0] == "byline"
    assert "可抗告。" in " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])


def test_a_repost_naming_the_outlet_whose_original_it_links(tmp_path):
    # 315 (a forum's repost): 中国劳工论坛的原文连结：<address> under the headline
    page = ("<html><head><title>香港：政府打击下教协全面崩溃</title></head><body><h1>香港：政府打击下教协全面崩溃</h1>"
            "<p>中国劳工论坛的原文连结：https://chinaworker.info/zh-hans/2021/08/09/30330/</p>"
            "<p>在《人民日报》抨击教协仅数小时后，香港的教育局便执行自己主子的意愿，终止了与教协的工作关系，不再承认这个拥有九万五千名会员的工会。</p>"
            "<p>只有群众有组织的抵抗和团结，才能抵挡住中共独裁政权对工会和民主权利的打击。</p></body></html>")
    article = load_text(tmp_path, "repost.html", page)
    assert article.meta["outlet"] == "中国劳工论坛"
    assert article.meta["outlet_source"].startswith("repost or source line")


def test_a_title_copied_with_its_entities_reads_as_the_page_showed_it(tmp_path):
    # sweep 76: a plain text copied from a page's source; the text keeps the entity, the title does not
    text = ("&nbsp;中国人为啥没有西方人高? \n　　饮食人类学家发现，旧石器时代的先祖们茹毛饮血，食肉和生食，身材比我们高大30％左右。\n"
            "　　今天的西方人，仍然喜欢吃带血丝的肉和生菜色拉。\n")
    article = load_text(tmp_path, "tall.txt", text)
    assert article.meta["title"] == "中国人为啥没有西方人高?"
    assert article.meta["coverage"] == 1.0
