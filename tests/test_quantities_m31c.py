"""Round 31 figure shapes (m31c), from fresh39's misses in basketball reports (网易体育, 新浪体育) read against the seen
gold (fresh34 985, fresh14 472, fresh7 316/317, fresh18 564): scores found wherever a game is told (three digits, a
list after a colon, a score before a verb of the lead, a tie), points, quarters, free throws and a shooting line's
makes, a height in feet and inches or in metres and centimetres, 尺 as a length, a draft's 顺位 and a top N after its
league. Real sentences name their file; the others are made-up variants of the same shape, and near-misses that must
not change."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs)]


def figure(text, written):
    return next(f for f in figures(text) if f[0] == written)


# --- 1. scores: the seen convention, ratio a/b, found wherever a game is told ------------------------------------------

@pytest.mark.parametrize("text, written, value", [
    # fresh39 1083_sqlrec_163sports_rockets_sonics_103_96: three digits, a full-width hyphen
    ("确保火箭103－96战胜超音速，取得2007年第一场胜利。", "103－96", "1.072917"),
    # fresh39 1083: a list of quarter scores after a colon
    ("四节的比分分别为：30－32、18－21、25－27、23－23（火箭队在后）。", "30－32", "0.9375"),
    # fresh39 1083, 1086: a score before a verb of the lead, no match word in the sentence
    ("火箭队4－0迅速领先。", "4－0", "4"),
    ("热火23-22领先篮网1分结束首节比赛。", "23-22", "1.045455"),
    # fresh39 1083: a run written with 比 in a sentence of the game (客队)
    ("客队打出了一个8比3的小高潮，38－35反超火箭", "8比3", "2.666667"),
    # made-up: other outlets' reports
    ("湖人队在主场以112-108险胜勇士。", "112-108", "1.037037"),
    ("首节战罢，辽宁队28-24领先广东队。", "28-24", "1.166667"),
    ("北京队一度以15-21落后。", "15-21", "0.714286"),
])
def test_a_score_is_a_ratio_wherever_a_game_is_told(text, written, value):
    assert figure(text, written)[1:3] == ("ratio", value)


@pytest.mark.parametrize("text, written", [
    ("火箭迅速将比分追成38平。", "38平"),                       # fresh39 1083
    ("此时双方陷入拉锯战，比分交替上升至42平仍难分高下。", "42平"),  # fresh39 1083
    ("上半场结束时两队战成1平。", "1平"),                         # made-up: football
])
def test_a_tie_reached_is_the_ratio_one(text, written):
    assert figure(text, written)[1:3] == ("ratio", "1")


@pytest.mark.parametrize("text", [
    "我国该项技术领先同行2-3年。",          # a range of years before 领先's object, no score
    "首发球员出场时间约20-25分钟。",        # a range of minutes in a match report
    "国安14胜7平8负积49分。",               # a record's draws stay counts (fresh7 317)
])
def test_ranges_and_records_are_no_scores(text):
    assert all(kind != "ratio" for _, kind, _, _ in figures(text))


# --- 2. points, quarters, free throws, a shooting line -----------------------------------------------------------

@pytest.mark.parametrize("text, written", [
    # fresh39 1083: a box score of points without a verb of scoring
    ("客队雷.阿伦32分全场最高，威尔金斯19分，威尔考克斯13分4个篮板，其余人表现平平。", "19分"),
    ("客队雷.阿伦32分全场最高，威尔金斯19分，威尔考克斯13分4个篮板，其余人表现平平。", "13分"),
    ("对方阿伦14分，威尔金斯10分，威尔考克斯10分1个篮板。", "14分"),
    # fresh39 1086: a lead's points
    ("凭借这个进球，热火反超2分扭转战局。", "2分"),
    ("篮网方面皮尔斯拿到球队的前7分，德隆两次突破上篮打进，篮网一度领先7分。", "7分"),
    # fresh39 1083: points in words after a verb of the lead
    ("霍华德的上篮帮助火箭17－10迅速领先七分", "七分"),
    ("火箭32－30领先两分结束首节。", "两分"),
    # made-up
    ("易建联17分8个篮板，郭艾伦12分5次助攻。", "12分"),
    ("广厦队一度落后五分。", "五分"),
])
def test_points_in_a_game_are_counts(text, written):
    assert figure(text, written)[1:] == ("count", figure(text, written)[2], "分")


@pytest.mark.parametrize("text, written, kind", [
    ("不过小卢卡斯目前场均只出场8分24秒，比希腊人还少2分钟。", "8分24秒", "duration"),  # fresh39 1084: a time
    ("不过小卢卡斯目前场均只出场8分24秒，比希腊人还少2分钟。", "2分钟", "duration"),
    ("所以逼得湖人只有在最后7秒钟之内选择投3分球，上篮不成。", "3", "number"),            # a three-point shot (fresh14 472: NOT)
])
def test_times_and_shots_in_a_game_are_no_points(text, written, kind):
    assert figure(text, written)[1] == kind


@pytest.mark.parametrize("text", [
    "这件事变得十分重要。",         # 十分 is "very"
    "三分球命中率达到40％。",       # 三分球 is a kind of shot
    "电价平均每度涨2.52分。",       # a price in fen (fresh21 685)
])
def test_fen_outside_points_keeps_its_reading(text):
    assert all(unit != "分" or kind == "money" for _, kind, _, unit in figures(text))


def test_quarters_of_a_game_are_ranks_and_counts():
    # fresh39 1086_jsp_sina_sports_heat_nets_4_1_ray_allen
    text = "乔-约翰逊在第三节5投5中得到12分，皮尔斯前三节战罢拿到14分季后赛生涯总得分突破3000分。"
    assert figure(text, "第三节")[1:3] == ("rank", "3")
    assert figure(text, "三节")[1:] == ("count", "3", "节")
    assert figure("四节的比分分别为：30－32。", "四节")[1:3] == ("count", "4")  # fresh39 1083
    # fresh34 985 (seen): 前3節 count, 第4節 rank
    text = "台鋼獵鷹今天前3節幾乎一路領先，但在第4節崩盤，勇士以91比79逆轉勝出，在5戰3勝制季後賽首戰拔得頭籌。"
    assert figure(text, "3節")[1:3] == ("count", "3")
    assert figure(text, "第4節")[1:3] == ("rank", "4")
    # made-up near-misses: a document's section and a holiday stay unread
    assert figures("本章第二节介绍了市场的基本情况。") == []
    assert all(f[3] != "节" for f in figures("五一节期间，三八节当天。"))


def test_free_throws_and_a_shooting_line_are_counts():
    # fresh39 1083: free throws taken and made
    text = "罚球8罚6中，得到主队最高的31分"
    assert figure(text, "8罚")[1:3] == ("count", "8")
    assert figure(text, "6中")[1:3] == ("count", "6")
    # fresh39 1086: attempts 中 makes
    text = "热火上半场三分球16投1中，雷-阿伦三分球4中0，钱莫斯远射5中0"
    found = figures(text)
    assert [f[:3] for f in found if f[0] in ("4中", "5中", "0")] == [
        ("4中", "count", "4"), ("0", "count", "0"), ("5中", "count", "5"), ("0", "count", "0")]
    # made-up near-miss: a fine is no free throw
    assert all(f[3] != "罚" for f in figures("他因违规被罚款5000元。"))


# --- 3. sizes and ranks of a sports page -------------------------------------------------------------------------

@pytest.mark.parametrize("text, written, value, unit", [
    ("而身高只有5尺11寸（1米79），季前赛中表现也不抢眼。", "5尺11寸", "71", "英寸"),   # fresh39 1084
    ("而身高只有5尺11寸（1米79），季前赛中表现也不抢眼。", "1米79", "1.79", "米"),      # fresh39 1084
    ("这名身高6尺9寸的前锋在篮下很有优势。", "6尺9寸", "81", "英寸"),                  # made-up
    ("她身高1米65，体重50公斤。", "1米65", "1.65", "米"),                               # made-up
    ("巴蒂尔一记28尺外超远三分。", "28尺", "28", "尺"),                                 # fresh39 1083
])
def test_heights_and_feet_are_measures(text, written, value, unit):
    assert figure(text, written)[1:] == ("measure", value, unit)


def test_spoken_heights_and_chinese_lengths_keep_their_reading():
    assert figure("他身高一米八。", "一米八")[1:3] == ("measure", "1.8")  # round 15's spoken height
    assert figures("三尺讲台，百尺竿头。") == []                          # idioms
    assert all(f[2] != "63" for f in figures("这块布长5尺3寸。"))          # no height word: a Chinese chi and cun


@pytest.mark.parametrize("text, written, value", [
    ("教练安慰他说他第二轮第二顺位被金州勇士队选中了。", "第二", "2"),   # fresh39 1085 (the second 第二)
    ("火箭队不但稳居西部前八，而且距离前四不远。", "前八", "8"),          # fresh39 1084
    ("球队跌出东部前八。", "前八", "8"),                                  # made-up
])
def test_a_draft_pick_and_a_top_n_after_its_league_are_ranks(text, written, value):
    found = [f for f in figures(text) if f[0] == written]
    assert found and all(f[1:3] == ("rank", value) for f in found)
    if "顺位" in text:
        assert len(found) == 2


def test_a_top_n_that_names_a_period_stays_a_date():
    assert figure("公司进入前三季度的收官阶段。", "前三季度")[1] == "date"
