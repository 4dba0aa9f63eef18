"""Mend after fresh13's scoring (mend14a): loader failures of fresh13, each fixed by class. Provenance of the
articles in data/eval/fresh13/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text, role_holding, role_of

# fresh13 443 (hongtaiFan/test 新闻.txt @80c3d05): a scraper's plain-text dump of a college news page in GBK, the body
# hard-wrapped every 50 CHARACTERS (so a line with Latin digits is narrower on screen), the related links glued to
# their names by a colon. Whole file but the last two related links.
COLLEGE_NEWS = """标题：【新能源?活动】“大学之道”主题启蒙讲座顺利举行
时间：：2018年11月19日 
内容：
11月17日晚上19：00，由新能源学院学生会主办的“大学之道”主题启蒙讲座于M105室成功举办。本次
讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。在观看暖场视频后，主持
人高玉杰宣布讲座开始。第一位主讲人李培伦以“学习之道”为主题，结合真实案例与自己的经验对大学学习中
经常遇到的问题进行了分析，并解答了同学们提出的问题，为同学们提供了宝贵的学习经验。接下来，闫成真围
绕“创新之道”主题，针对三个问题——“为什么做科创？怎么做科创？如何加入科创？”做出了详细解答。闫
成真根据自身的科创经验，提出了以提高大学生工程素养为目的的科创理念，并提醒大家应平衡好学习与科创的
时间。随后，崔钦原从志愿服务的角度，对大学中的“志服之道”进行了深入解释。他以自身的志愿服务经验为
例，提醒大家在大学生涯中不要轻言放弃，并在自由提问环节对同学们提出的问题进行了详尽的解答。接下来，
李昀昊以学生工作为主题，提出了“亲热而不卑不亢，诚恳却有所保留”的“学生工作之道”。他用三个真实的
例子告诉同学们，做学生工作应始于热情，终于责任，始终以真诚的心为同学们服务。最后，胡颜冬老师对本次
讲座做出了总结，并表达了对四位主讲人的感谢以及对同学们的期望与祝愿，本次活动在大家热烈的掌声中结束
。(图/张雅琦 文/蒋涛)
图片：
新闻1.jpg：http://today.hitwh.edu.cn/_upload/article/images/b5/9d/4cb756a24acebe5c63fa91e29cff/51b618d0-8332-4c2f-af0e-3bbde18baec3.jpg
新闻2.jpg：http://today.hitwh.edu.cn/_upload/article/images/b5/9d/4cb756a24acebe5c63fa91e29cff/9f296ab0-45c6-4066-adb8-32051247c0da.jpg
新闻：
【材料·党建】材料学院召开党风廉政警示教育大会:http://today.hitwh.edu.cn/2019/0425/c1026a106005/page.htm
【新能源·航天日】新能源学院“中国航天日”主题微党课顺利开展:http://today.hitwh.edu.cn/2019/0424/c1026a105895/page.htm
"""


def test_text_wrapped_at_a_count_of_characters_joins_back_into_whole_sentences(tmp_path):
    article = load_text(tmp_path, "443.txt", COLLEGE_NEWS, encoding="gbk")
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    for sentence in ("本次讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。",
                     "闫成真根据自身的科创经验，提出了以提高大学生工程素养为目的的科创理念，并提醒大家应平衡好学习与科创的时间。",
                     "他用三个真实的例子告诉同学们，做学生工作应始于热情，终于责任，始终以真诚的心为同学们服务。"):
        assert sentence in body
    assert article.coverage.ratio == 1.0


def test_empty_field_labels_and_links_glued_to_their_names_are_not_body(tmp_path):
    article = load_text(tmp_path, "443.txt", COLLEGE_NEWS, encoding="gbk")
    assert role_of(article, "内容：")[0] == "boilerplate"
    assert role_of(article, "新闻：")[0] == "boilerplate"
    assert role_holding(article, "新闻1.jpg：http://today.hitwh.edu.cn/_upload/")[0] == "boilerplate"
    assert role_holding(article, "材料学院召开党风廉政警示教育大会:http://today.hitwh.edu.cn/")[0] == "boilerplate"


# fresh13 452 (a saved page of 纽约时报中文网): the writer, 报道 and the date on one line under the headline.
NYT_DATE_LINE = """德州茶党支持者有望出任参议员

ERIK ECKHOLM 报道 2012年08月02日

德克萨斯州休斯顿——周二，在德克萨斯州共和党参议员候选人的决胜选举中，受到茶党支持的特德·克鲁兹击败了得到州长支持的戴维·迪赫斯特，这是茶党又一次在共和党内的胜利。

克鲁兹曾任德克萨斯州的副检察长，在此次选举中获得了超过一半的选票。
"""


def test_a_filing_or_role_word_is_never_an_outlet(tmp_path):
    from zhnews.load.meta import clean_outlet

    for word in ("报道", "報導", "报导", "记者", "编辑", "发自", "可能"):
        assert clean_outlet(word) is None, word
    article = load_text(tmp_path, "452.txt", NYT_DATE_LINE)
    assert article.meta["outlet"] is None
    assert article.meta["publish_date"] == "2012-08-02"
