"""Loader mends of round 26's second wave (mend27a2): a one-line text's headline of clauses glued to the story."""

import pytest

from conftest import load_text, role_holding

# fresh13 432 (a scrape saved as one line, no newline): a headline of clauses, an enumeration and a comma in it, glued to
# the date that opens the story (first 510 characters, to a sentence's end).
METRO_OPEN_DAY = ("消杀无人机、红外测温头盔、扫地机器人，深圳地铁防疫消杀有好多“黑科技”5月30日下午，深圳地铁在侨城东车辆段举办了以“列车之旅”"
                  "为主题的首个“美丽地铁、爱卫运动”市民开放日活动。30余位市民以家庭为单位零距离探访了深圳地铁车辆段，见识了地铁列车消毒，体验了"
                  "消杀、测温“黑科技”无人机等，让市民们体验了一次难忘的美丽地铁列车之旅，进一步加深了对深圳地铁在疫情防控期间如何对地铁列车和"
                  "公共区域进行全方位清洁、消杀、消毒工作的了解。下午14时，预约参观的市民带好口罩陆续进入地铁车辆段。活动伊始，市民朋友们在深圳"
                  "地铁宣传片的诠释下对深圳地铁概况、企业文化、车辆段功能和防疫期间保障市民安全舒适出行等有了大致了解，接着跟随着工作人员的步伐"
                  "亲身体验了神奇的“列车探秘之旅”。“综合楼、维修楼、物资库、运用检修库、停车列检库、试车线、洗车线、登上列车观看列车内部的"
                  "清洁和消毒工作、地铁“黑科技”无人机的远程无接触式测温和大面积“消杀”……， 这里的一切让我都感觉到很新鲜、很神奇，尤其是在"
                  "听到工作人员介绍地铁立车一天在正线和车辆段进行多次全方位的清洁消杀，我顿时感觉深圳地铁是在用心保护着我们乘客的安全健康出行，"
                  "我也更放心乘坐地铁了。")
# The story's text after its first sentence: with any opening, a line long enough to be read as a dump.
STORY = METRO_OPEN_DAY[METRO_OPEN_DAY.index("30余位市民"):]


def test_a_headline_of_clauses_glued_to_the_opening_date_is_the_title(tmp_path):
    article = load_text(tmp_path, "432.txt", METRO_OPEN_DAY)
    assert article.meta["title"] == "消杀无人机、红外测温头盔、扫地机器人，深圳地铁防疫消杀有好多“黑科技”"
    assert role_holding(article, "5月30日下午，深圳地铁在侨城东车辆段")[0] == "body"


@pytest.mark.parametrize("headline, opening", [
    # made up: a comma, a figure at the headline's end, a wire's 电 after the date
    ("女子穿行宛平湖东岸绿化园区溺亡，家属向水务局索赔70万", "11月26日电，北京市海淀区一名女子"),
    ("暴雨来袭、多条线路停运，深圳地铁启动应急预案", "2020年5月30日晚上，深圳地铁"),
    ("新一季果蔬上市，菜价回落", "6月2日，记者走访多个菜市场"),
])
def test_made_up_headlines_of_clauses_glued_to_a_dateline(tmp_path, headline, opening):
    article = load_text(tmp_path, "made_up.txt", headline + opening + "发现，" + STORY)
    assert article.meta["title"] == headline


@pytest.mark.parametrize("first_sentence", [
    # a sentence that runs from its subject into the date and the verb: no comma after the date
    "受台风影响，深圳地铁集团5月30日下午宣布全线停运，",
    # a clause, then a preposition before the date
    "今年以来，深圳地铁集团于5月30日下午，",
    # the date after a comma that ends its clause
    "为做好防疫工作，5月30日下午，",
    # a source named first (据…报道) is a sentence, never a headline
    "据深圳特区报消息，深圳地铁6月1日，",
])
def test_a_first_sentence_running_into_its_date_is_no_headline(tmp_path, first_sentence):
    article = load_text(tmp_path, "near_miss.txt", first_sentence + STORY)
    assert article.meta["title"] is None


def test_a_headline_with_no_comma_is_still_read_by_the_glued_headline_rule(tmp_path):
    # fresh13 431's shape: nothing to do with commas, the title stops at 近日，
    article = load_text(tmp_path, "431.txt", "绿地测绘安上“天眼” 江北区率先引进无人机航测开展城区绿地测绘近日，" + STORY)
    assert article.meta["title"] == "绿地测绘安上“天眼” 江北区率先引进无人机航测开展城区绿地测绘"


# fresh18 563 (a tngou.net record in a Javadoc comment, a 中国青年报 story reprinted with no credit): the paper named only in
# the text, as its reporters' (为此，中国青年报记者采访了… / 中国青年报记者了解到，… / …的居民告诉中国青年报记者，…). Paragraphs
# of the story, shortened.
def water_lawsuit(*mentions: str) -> str:
    return "\n\n".join(["兰州五居民要求水厂赔偿损失、精神抚慰金",
                        "兰州自来水苯超标污染事件发生后，5位兰州居民今天向兰州市城关区人民法院提起诉讼，但该法院拒绝了这一民事诉讼状。",
                        *mentions,
                        "但兰州市城关区法院也未受理5位居民的诉讼请求，并告知原告，应分别去各自所在街道的人民法庭立案。"]) + "\n"


LANZHOU_REPORTER_FINDS = "中国青年报记者了解到，这5位居民中，有环保局退休干部、国企职工、自由职业者。"
LANZHOU_TOLD = "提起诉讼的居民告诉中国青年报记者，明天，他们将分别去各自所在街道的人民法庭提起诉讼。"


def test_a_paper_whose_reporter_finds_out_and_is_spoken_to_is_the_outlet(tmp_path):
    article = load_text(tmp_path, "563.txt", water_lawsuit("为此，中国青年报记者采访了多位法律专家。", LANZHOU_REPORTER_FINDS, LANZHOU_TOLD))
    assert article.meta["outlet"] == "中国青年报"


@pytest.mark.parametrize("mentions", [
    # made up: the reporter finds out twice (从…获悉, 调查发现), nobody speaks to the paper
    ("深圳商报记者从多家银行获悉，部分城商行已上调存款利率。", "深圳商报记者调查发现，多家银行的活期利率并未变化。"),
    ("新京报记者注意到，多名居民已向法院提交材料。", "一名原告告诉新京报记者，他们将继续起诉。"),
])
def test_made_up_papers_whose_reporters_find_things_out(tmp_path, mentions):
    article = load_text(tmp_path, "made_up.txt", water_lawsuit(*mentions))
    assert article.meta["outlet"] == mentions[0][:mentions[0].index("记者")]


@pytest.mark.parametrize("mentions", [
    # one mention is no evidence: another paper's finding, quoted
    (LANZHOU_REPORTER_FINDS,),
    # two papers' reporters: the text quotes another paper as well
    (LANZHOU_REPORTER_FINDS, "新京报记者了解到，兰州市西固区另有一位市民提起诉讼。"),
    # the paper's reporter named twice, finding nothing out (在现场, 采访了): no more than the paper's name
    ("为此，中国青年报记者采访了多位法律专家。", "中国青年报记者在现场看到，法院门口排起了长队。"),
])
def test_a_paper_named_once_or_beside_another_or_finding_nothing_is_no_outlet(tmp_path, mentions):
    article = load_text(tmp_path, "near_miss.txt", water_lawsuit(*mentions))
    assert article.meta["outlet"] is None
