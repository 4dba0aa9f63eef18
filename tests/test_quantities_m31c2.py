"""Round 31 figure shapes, second wave (m31c2), from fresh39's Hong Kong pages (立場新聞 1080–1082) and a 网易体育 record
(1085), read against the seen gold: Cantonese 幾 (400幾, 萬幾) and 頭N, a weekday's bracketed day/month, a count of days
before a course (10 日療程), 半邊, a charge laid (被控一項…罪), a day told as today (今（3 日）), a clock time opening the
paragraph after a full date, a score after a verb of the lead, 变到 between two levels, and two neighbouring hours in
words (凌晨两三点). Real sentences name their file; the others are made-up variants of the same shape, and near-misses
that must not change."""

import pytest

from test_quantities import _sentences
from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.value_high, q.role) for q in find_quantities(zhs)]


def figure(text, written):
    return next(f for f in figures(text) if f[0] == written)


def _dates(paragraphs, publish_date=None):
    table = quantities_table(_sentences(*enumerate(to_simplified(p) for p in paragraphs)), publish_date=publish_date)
    return dict(zip(table.text, table.value))


# --- 1. Cantonese 幾 (= 多) after a number and a bare 萬/千 -------------------------------------------------------------

def test_cantonese_odd_numbers_are_figures_and_levels():
    # fresh39 1080_md_standnews_tokyo_olympics_hk_foil_team_7th: gold 400 and 10000 (lower bounds), both levels
    found = figures("笑言「Ig follower 400幾變到萬幾，好多謝大家」。")
    assert [(w, v, r) for w, _, v, _, r in found] == [("400幾", "400", "level"), ("萬幾", "10000", "level")]


@pytest.mark.parametrize("text, written, value", [
    ("今次活動吸引萬幾人參加", "萬幾人", "10000"),      # made-up: with a measure word
    ("嗰部相機賣千幾蚊", "千幾", "1000"),               # made-up: a price said the Cantonese way
    ("YouTube 頻道由 300幾個訂閱", "300幾個", "300"),   # made-up: after a Latin name, 幾 keeps it a figure
])
def test_cantonese_odd_numbers_variants(text, written, value):
    assert figure(text, written)[2] == value


@pytest.mark.parametrize("text", ["iPhone 15 發布會", "日理萬機", "Windows 11 更新"])
def test_model_numbers_and_words_stay_unread(text):
    assert figures(text) == []


# --- 2. a weekday's bracketed day/month --------------------------------------------------------------------------------

def test_day_month_in_brackets_after_a_weekday_is_a_date():
    # fresh39 1082_md_standnews_oxford_dexamethasone_covid_deaths: gold 2020-06-16
    assert ("16/6", "date", "--06-16", "", "") in figures("英國牛津大學 RECOVERY 研究計劃人員周二 (16/6) 公佈")
    # made-up: other weekday words and brackets
    assert ("25/12", "date", "--12-25", "", "") in figures("政府星期五（25/12）宣布")
    assert ("30/6", "date", "--06-30", "", "") in figures("法案禮拜二 (30/6) 生效")


def test_a_share_in_brackets_after_words_stays_a_share():
    assert ("16/6", "ratio", "2.666667", "", "") in figures("兩數之比為16/6")


# --- 3. a count of days before a course ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, written, value", [
    ("病人在 10 日療程期間，每日服用約 6 毫克的地塞米松", "10 日", "10"),      # fresh39 1082
    ("城規會考慮了3日聆聽會約60名出席人士的口頭陳述", "3日", "3"),            # fresh36 1020 (seen)
    ("旅行团推出五日行程", "五日", "5"),                                        # made-up
    ("完成14日疗程后复诊", "14日", "14"),                                       # made-up
])
def test_days_before_a_course_are_a_duration(text, written, value):
    assert figure(text, written)[1:3] == ("duration", value)


@pytest.mark.parametrize("text, written, value", [
    ("示威者18日游行至政府总部", "18日", "---18"),   # a day of the month before an event
    ("10月1日假期前夕", "10月1日", "--10-01"),        # a date written with its month
])
def test_days_of_the_month_stay_dates(text, written, value):
    assert figure(text, written)[1:3] == ("date", value)


# --- 4. 半邊, 頭N, a charge laid -------------------------------------------------------------------------------------

def test_half_of_a_thing_is_a_half():
    # fresh39 1081_md_standnews_court_clerk_resisting_arrest_nail: gold ratio 0.5 (×3)
    assert figure("警長發現拇指半邊指甲飛脫", "半邊")[1:3] == ("ratio", "0.5")
    assert figure("他的半边脸肿了起来", "半边")[1:3] == ("ratio", "0.5")    # made-up
    assert figures("妇女能顶半边天") == []                                      # the idiom: women


@pytest.mark.parametrize("text, written, value", [
    ("證明我哋係世界頭 8 」。", "頭 8", "8"),       # fresh39 1080: Cantonese 頭N = 前N
    ("佢打入全港頭三名", "頭三", "3"),               # made-up
    ("球隊排名頭10，", "頭10", "10"),                # made-up
])
def test_cantonese_top_n_is_a_rank(text, written, value):
    assert figure(text, written)[1:3] == ("rank", value)


@pytest.mark.parametrize("text", ["頭一天上班", "鏡頭 1 顯示", "頭2個月"])
def test_first_days_and_headings_are_no_top_n(text):
    assert all(kind != "rank" for _, kind, *_ in figures(text))


@pytest.mark.parametrize("text", [
    "被告李肇麟（40 歲，報稱文員），被控一項抗拒警務人員罪。",        # fresh39 1081
    "吳啟安另被加控一項串謀使公職人員接受利益罪名。",                 # fresh8 332 (seen)
    "男子改控一项危险驾驶罪",                                           # made-up
])
def test_one_charge_laid_is_counted(text):
    assert any(w.endswith(("項", "项")) and kind == "count" and value == "1" for w, kind, value, *_ in figures(text))


@pytest.mark.parametrize("text", [
    "廉署加控一名項目分判商東主3項貪污罪名",   # fresh8 332: "a" subcontractor, unlabelled
    "这是一项重要工作",                           # the indefinite 一
    "局面失控一项也没完成",                       # 失控 lays no charge
])
def test_an_indefinite_one_after_a_charge_verb_stays_unread(text):
    assert all(value != "1" for _, _, value, *_ in figures(text))


# --- 5. days told as today, a clock time after a full date ----------------------------------------------------------------

def test_today_in_brackets_takes_the_publish_month_not_the_passages():
    # fresh39 1081: 去年 10 月 1 日 earlier, 今（3 日） is the publish day 2020-11-03
    dates = _dates(["去年 10 月 1 日國慶日各區發生衝突。", "文員經審訊後，今（3 日）在屯門裁判法院被裁定罪名成立。"],
                   publish_date="2020-11-03")
    assert dates["（3 日）"] == "2020-11-03"
    # made-up: yesterday in brackets, with an earlier month in the passage
    dates = _dates(["今年3月5日警方接报。", "警方昨（12日）拘捕一名男子。"], publish_date="2021-06-13")
    assert dates["（12日）"] == "2021-06-12"


def test_today_without_a_publish_date_keeps_the_passages_month():
    # after fresh4 127 (seen: 4月4日 … 截止到今天（7号）, gold --04-07, no publish date), with the passage's year written
    dates = _dates(["2016年4月4日，酒店遇袭事件引发关注。", "该关键词搜索量爆发式增长，截止到今天（7号）仍在上升。"])
    assert dates["（7号）"] == "2016-04-07"


def test_a_clock_time_opening_the_paragraph_after_a_full_date_is_on_that_day():
    # fresh39 1081: gold 2019-10-01T13:55
    dates = _dates(["控罪指，他於去年 10 月 1 日，在屯門一帶抗拒警務人員。", "下午 1 時 55 分，他在警車內看到被告。"],
                   publish_date="2020-11-03")
    assert dates["下午 1 时 55 分"] == "2019-10-01T13:55"
    # made-up: a mainland report
    dates = _dates(["2018年5月12日，男子驾车途经此地。", "晚上8时许，他报警求助。"], publish_date="2019-03-01")
    assert dates["晚上8时"] == "2018-05-12T20:00"


def test_a_clock_time_two_paragraphs_on_or_inside_its_sentence_keeps_no_day():
    dates = _dates(["2018年5月12日，男子驾车途经此地。", "他随后离开。", "晚上8时许，他报警求助。"],
                   publish_date="2019-03-01")
    assert dates["晚上8时"] == "T20:00"
    dates = _dates(["2018年5月12日，男子驾车途经此地。", "据悉，晚上8时许他报警求助。"], publish_date="2019-03-01")
    assert dates["晚上8时"] == "T20:00"


# --- 6. a score after a verb of the lead; two hours in words --------------------------------------------------------

@pytest.mark.parametrize("text, written, value", [
    ("蔡俊彥在面對俄羅斯賽事中首名出場，惜首盤落後 3:5，", "3:5", "0.6"),   # fresh39 1080: fencing bouts
    ("上半场一度领先8-2", "8-2", "4"),                                       # made-up
    ("第三局反超对手 11:9", "11:9", "1.222222"),                              # made-up
])
def test_a_score_after_a_verb_of_the_lead_is_a_ratio(text, written, value):
    assert figure(text, written)[1:3] == ("ratio", value)


def test_a_range_after_a_verb_of_the_lead_stays_a_range():
    assert figure("技术落后3-5年", "3-5年")[1:4] == ("duration", "3", "5")


@pytest.mark.parametrize("text, written, low, high", [
    ("他加盟NBA后，经常凌晨两三点就开始起床训练；", "凌晨两三点", "T02:00", "T03:00"),   # fresh39 1085
    ("每天晚上七八点才下班", "晚上七八点", "T19:00", "T20:00"),                          # made-up
    ("早上五六点就出门", "早上五六点", "T05:00", "T06:00"),                              # made-up
])
def test_two_neighbouring_hours_in_words_are_a_clock_range(text, written, low, high):
    assert figure(text, written)[1:4] == ("date", low, high)


def test_two_or_three_points_stay_a_count():
    assert figure("他谈了两三点意见", "两三点")[1] == "count"
