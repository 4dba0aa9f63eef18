"""Shapes of fresh8's misses in the meta fields and a body loss (round 9, post-scoring mend B), each as a short
article built from the file's own text; expected values are read off the text by hand. Beside each, a text of
similar look that must not fire.
"""

from conftest import load_text, role_of

BODY = ("近日，一份盖有华中科技大学同济医学院护理学院公章的公示在网上流传。该公示称，护理学院一名男学生向学院提交了"
        "个人基本身份信息变更申请，因进行性别重置手术缘由，申请其性别信息由男变更为女。\n\n"
        "同济医学院护理学院办公室相关负责人确认了该份公示的真实性，称“是有相关部门程序的”。\n\n"
        "首先应该明确的一项基本事实是，尽管性别议题在当今全球范围都具有较大的争议空间，但公民手术变性，以及申请性别"
        "变更的权利，在我国是受法律保护的。\n")


# fresh8 324 (光明网 reprinting 网易科学人): the closing credits, the writer's after a U+FE31 bar.
def test_a_byline_label_before_a_presentation_form_bar_names_the_writer(tmp_path):
    text = ("宇航员在太空中喝酒会怎么样？后果很严重\n\n" + BODY +
            "\n出品︱网易科学人栏目组 胖胖\n\n作者︱春春\n")
    article = load_text(tmp_path, "a.txt", text)
    assert article.meta["author"] == "春春"
    assert role_of(article, "作者︱春春")[0] == "byline"


def test_a_byline_label_before_the_maths_bar_names_the_writer(tmp_path):
    text = "宇航员在太空中喝酒会怎么样？后果很严重\n\n" + BODY + "\n作者∣春春\n"
    assert load_text(tmp_path, "a.txt", text).meta["author"] == "春春"


# fresh8 328 (光明论 via 凤凰网): the writer's name, a bar (丨 U+4E28), then his role, alone above the text.
def test_a_name_a_bar_and_a_role_on_a_line_of_their_own_is_the_byline(tmp_path):
    text = "大学妥善公示性别变更信息，也是一种教育\n\n羽木丨媒体评论员\n\n" + BODY
    article = load_text(tmp_path, "a.txt", text)
    assert article.meta["author"] == "羽木"
    assert role_of(article, "羽木丨媒体评论员")[0] == "byline"


def test_a_column_and_a_topic_after_a_bar_name_no_writer(tmp_path):
    # no role word after the bar: a column's tag over a topic (教育丨高考改革) is no byline
    text = "大学妥善公示性别变更信息，也是一种教育\n\n教育丨高考改革\n\n" + BODY
    article = load_text(tmp_path, "a.txt", text)
    assert article.meta["author"] is None
    assert role_of(article, "教育丨高考改革")[0] != "byline"


# fresh8 320 (安全圈, a WeChat archiver's markdown): the account's name and the post's time under the headline that
# the account tags with its own name (【安全圈】).
ACCOUNT_POST = ("#  【安全圈】团伙利用游戏漏洞倒卖虚拟货币和道具被判刑！   \n 安全圈   2022-10-24 19:00  \n  \n"
                "被告人苏某某在2019年玩仙侠类的手机游戏时发现有人低价贩卖游戏道具，通过网络搜索后发现可以通过网络工具"
                "利用游戏漏洞免费获得道具、副本资源、游戏内的货币等。  \n  \n"
                "2021年3月底，一微信好友给苏某某推荐一款游戏，苏某某下载后发现这个游戏有漏洞，使用之前掌握的方法经过"
                "操作可以无偿获得游戏虚拟货币和道具。  \n")


def test_the_account_the_headline_is_tagged_with_on_the_date_line_is_no_writer(tmp_path):
    article = load_text(tmp_path, "a.md", ACCOUNT_POST)
    assert article.meta["author"] is None
    assert article.meta["outlet"] == "安全圈"
    assert article.meta["publish_date"] == "2022-10-24"


def test_a_persons_name_on_the_date_line_under_a_tagged_headline_is_the_writer(tmp_path):
    article = load_text(tmp_path, "a.md", ACCOUNT_POST.replace(" 安全圈   2022", " 安雨   2022"))
    assert article.meta["author"] == "安雨"


# fresh8 323 (安全内参, the same archiver): two trailing spaces after every line of the file, sentences cut across
# lines inside one paragraph; blank lines alone part the paragraphs.
WRAPPED_POST = ("#  B站员工植入恶意代码报复用户，官方：漏洞已修补，员工已处罚   \n 安全内参   2025-01-21 10:07  \n  \n"
                "一名受影响的B站UP主告诉《正在新闻》  \n，该员工名为倪某，疑负责b站视频播放器。  \n  \n"
                "倪某在社交平台看到某UP主的观点不满，双方发生口角。  \n  \n"
                "倪某表示知道该  \nUP主  \n家庭地址、宽带服务商等信息；  \n并利用系统漏洞，让UP主点击B站视频时显示“你的账号已被封禁！  \n"
                "！  \n！  \n”。  \n  \n"
                "B站客服告诉  \nUP主，经调查，  \n倪某与用户在网络上发生口角纠纷，利用职务之便对用户进行恶意报复，性质极为恶劣。  \n")


def test_breaks_after_every_line_mark_nothing_and_a_paragraphs_lines_are_joined(tmp_path):
    texts = list(load_text(tmp_path, "a.md", WRAPPED_POST).paragraphs["text"])
    assert "一名受影响的B站UP主告诉《正在新闻》，该员工名为倪某，疑负责b站视频播放器。" in texts
    assert "倪某表示知道该UP主家庭地址、宽带服务商等信息；并利用系统漏洞，让UP主点击B站视频时显示“你的账号已被封禁！！！”。" in texts
    assert "B站客服告诉UP主，经调查，倪某与用户在网络上发生口角纠纷，利用职务之便对用户进行恶意报复，性质极为恶劣。" in texts
    assert "倪某在社交平台看到某UP主的观点不满，双方发生口角。" in texts


def test_a_break_written_on_some_lines_only_still_ends_the_line(tmp_path):
    # an author's own explicit break: most lines end bare, so two trailing spaces mean what markdown says
    text = WRAPPED_POST.replace("  \n", "\n").replace("倪某表示知道该\n", "倪某表示知道该  \n")
    texts = list(load_text(tmp_path, "a.md", text).paragraphs["text"])
    assert "倪某表示知道该" in texts


# fresh8 335 (a SogouC story): where the paper's reporters are posted is neither an outlet nor a name.
POSTED = ("\u3000\u3000本报驻韩国特派记者\u3000徐宝康\u3000本报记者\u3000程刚\u3000本报驻美国、韩国、日本特约记者\u3000"
          "牛雨辰\u3000刘复晨\u3000张莉霞\r\n"
          "\u3000\u3000美国似乎要按照《四年防务评估报道》的精神“来点真的”了。美太平洋司令部司令威廉·法伦3月7日在参议院"
          "军事委员会作证时建议，美国应突破现行与日本、韩国分别建立双边同盟关系。\r\n"
          "\u3000\u3000美日同盟、美韩同盟应针对亚洲安全环境的变化而采取对应措施。")


def test_a_posting_before_the_reporters_role_is_no_outlet_and_its_places_are_no_names(tmp_path):
    meta = load_text(tmp_path, "a.txt", POSTED).meta
    assert (meta["outlet"], meta["author"]) == (None, "徐宝康、程刚、牛雨辰、刘复晨、张莉霞")


def test_a_papers_name_before_the_reporters_role_is_still_the_outlet(tmp_path):
    article = load_text(tmp_path, "a.txt", POSTED.replace("本报驻韩国特派记者", "环球时报记者", 1))
    assert article.meta["outlet"] == "环球时报"


# fresh8 322 (中国青年网): the headline in a plain <div> above the article; the article's first subhead in bold is
# the part of the headline after its colon.
PAGE = """<html><head><meta charset="utf-8"><title>海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网</title></head>
<body><div class="nav"><a href="/">首页</a>|<a href="/news">新闻</a>|<a href="/edu">教育</a></div>
<div class="main"><div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>
<div class="l_time">发稿时间：2017-03-10 08:42:00 来源：人民日报海外版</div>
<div class="article">
<p>　　<strong>出国前后关注点大不同</strong></p>
<p>　　<strong>出国前：政治科目会出啥考题？</strong></p>
<p>　　 在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化。</p>
<p>　　 在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。“我高中毕业后就出国留学了。当我还在国内读高中时，对两会的主要关注点落在民生和教育问题上。”</p>
<p>　　 无独有偶，英国剑桥大学的李博灏也有着类似的经历。他表示，在国内读本科时，虽然关注过两会，但并不像现在这样，将关注点放在国家社会经济迫切需要解决的难题与问题上。</p>
<p>　　 在英国求学6年后，李博灏希望能够学有所用，为国家发展过程中遇到的难题寻求解决办法。</p>
</div></div></body></html>"""


def test_the_whole_headline_above_beats_a_subhead_that_is_its_half_after_the_colon(tmp_path):
    article = load_text(tmp_path, "a.html", PAGE)
    assert article.meta["title"] == "海外留学生看两会：出国前后关注点大不同"


def test_a_bold_heading_that_is_the_whole_headline_is_still_the_title(tmp_path):
    page = PAGE.replace('<div class="l_tit">海外留学生看两会：出国前后关注点大不同</div>',
                        '<h1>海外留学生看两会：出国前后关注点大不同</h1>')
    article = load_text(tmp_path, "a.html", page)
    assert article.meta["title"] == "海外留学生看两会：出国前后关注点大不同"
    assert role_of(article, "海外留学生看两会：出国前后关注点大不同")[0] == "title"
