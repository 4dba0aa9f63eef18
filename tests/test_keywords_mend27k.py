"""Keywords mends of round 26 (branch mend27k), from fresh28's top tens and the seen splits' lists: the shapes of the
articles, made-up variants of each shape, and near-misses that must keep their behaviour."""

import pandas as pd
import pytest

from zhnews import keywords

from keyword_helpers import phrase_weights as _phrases, top_keys


def _keys(texts, top=10, method="keyphrase", title_ids=()):
    return top_keys(texts, top, method, title_ids)


# --- people named by a family tie or the part they play (people_nouns.txt): 儿子, 夫妇 of fresh28 867, 患者 of 483 ---

SON_LOST = {
    0: "14年儿子在马航遇难，多年后父亲收到儿子回信",
    1: "栗延林的儿子栗二有是马航MH370航班的乘客，儿子失联后，栗延林夫妇一直在寻找儿子。",
    2: "马航MH370失联多年，栗延林说儿子还活着，他给儿子写信，儿子的房间一直保留。",
    3: "栗延林夫妇参加了马航MH370家属的聚会，夫妇俩说儿子一定会回来。",
}


def test_a_role_word_weighs_half_of_what_it_would():
    texts = {
        0: "研究显示，乳腺癌患者接受放疗后心脏风险上升，患者需要定期检查。",
        1: "研究人员追踪了两千名患者，患者的心脏病发病率高于常人。",
        2: "专家建议患者在放疗前评估心脏风险，患者家属也应了解放疗的影响。",
    }
    phrases = _phrases(texts)
    assert "family tie or role" in phrases["患者"].reason
    assert phrases["患者"].weight < phrases["放疗"].weight


def test_a_people_word_inside_a_phrase_is_not_demoted():
    # Near-miss: 失联乘客家属 (the families of the missing passengers) is a term of its own, not a role alone.
    texts = {
        0: "失联乘客家属前往使馆，失联乘客家属要求公开调查。",
        1: "失联乘客家属说，搜寻不应停止，失联乘客家属会继续等待。",
    }
    phrases = _phrases(texts)
    candidate = next(key for key in phrases if key.startswith("失联乘客"))
    assert "family tie or role" not in phrases[candidate].reason


def test_netizens_and_newly_weds_stay_full_weight():
    # Near-miss: 网民 (the online reaction is the story) and 新人 (a wedding's couples) were editors' tags (fresh28 864).
    texts = {
        0: "印度383对贫困新人参加集体婚礼 宾客抢薯片酿踩踏意外",
        1: "新人们在台上完成仪式，宾客冲向零食摊，网民批评主办方组织混乱。",
        2: "网民在社交媒体上转发视频，网民说新人的婚礼被毁了，宾客还在抢薯片。",
    }
    phrases = _phrases(texts, title_ids={0})
    assert "family tie or role" not in phrases["网民"].reason
    assert "family tie or role" not in phrases["新人"].reason
    assert "family tie or role" in phrases["宾客"].reason


# --- a picture's credit the loader kept as a caption (the figure caption element): 图片来源于网络 ×9 of fresh28 867 ---


def _paragraphs(rows):
    return pd.DataFrame(
        [{"para_id": i, "role": role, "kind": kind, "text": text, "text_zhs": text} for i, (role, kind, text) in enumerate(rows)]
    )


def test_a_credit_under_each_picture_is_not_analysed():
    rows = [("title", "headline", "14年儿子在马航遇难，多年后父亲收到儿子回信")]
    for _ in range(3):
        rows += [("caption", "image_caption", "图片来源于网络"), ("body", "paragraph", "栗延林一直在等待马航MH370的消息。")]
    kept = keywords.analysed(_paragraphs(rows))
    assert "图片来源于网络" not in set(kept["text"])
    assert len(kept) == 4


def test_other_credit_shapes_in_a_caption_are_not_analysed():
    # Variants: an agency's label (图｜视觉中国), the traditional spelling, a bracketed photographer.
    rows = [("caption", "image_caption", text) for text in ("图｜视觉中国", "圖片來源於網絡", "（攝影：楊約翰）", "本文图片来自网络")]
    assert keywords.analysed(_paragraphs(rows)).empty


def test_a_caption_describing_the_picture_stays():
    # Near-misses: a caption closed by its credit describes the picture; 图为 opens a description, not a credit.
    texts = ("待拆除的楼群 每经记者 陈荣浩 摄", "图为抢薯片的宾客", "图片中的新人在台上完成仪式")
    rows = [("caption", "image_caption", text) for text in texts]
    assert list(keywords.analysed(_paragraphs(rows))["text"]) == list(texts)


def test_a_body_line_naming_a_picture_source_stays():
    # Near-miss: only captions are tested; a body sentence about where pictures came from is the story's.
    rows = [("body", "paragraph", "图片来源于网络的说法被证实是假的，警方说照片是合成的。")]
    assert len(keywords.analysed(_paragraphs(rows))) == 1


# --- a phrase ending in a phase verb (phase_verbs.txt): 停摆持续 of fresh28 866, 婚礼仪式结束 of 864 ---


def test_a_phrase_never_ends_in_a_phase_verb():
    texts = {
        0: "美国政府停摆将对整个经济系统产生冲击",
        1: "分析人士说，如果政府停摆持续到下周，联邦雇员将领不到工资。",
        2: "如果美国政府停摆持续到10月18日，经济损失将进一步扩大。",
        3: "婚礼仪式结束后，宾客冲向零食摊。婚礼仪式结束时，场面一度混乱。",
    }
    found = keywords.keyphrase_candidates(texts, title_ids={0})
    assert not [key for key in found if key.endswith(("持续", "结束")) and key not in ("持续", "结束")]
    assert "停摆" in found and "婚礼仪式" in found


def test_other_phase_verbs_close_no_phrase():
    # Variants: 完成 after a project (流芳园扩建完成 of tune 292), 开始 after a match, 落幕 after a festival.
    for words in ([("扩建", "vn"), ("完成", "v")], [("比赛", "vn"), ("开始", "v")], [("电影节", "n"), ("落幕", "v")]):
        assert not keywords.phrases._phrase_shape(words)


def test_a_subject_and_its_own_verb_is_still_a_phrase():
    # Near-misses: a predicate that is the event itself (市场崩盘, 通道关闭), and a phase verb opening a phrase (持续降雨).
    assert keywords.phrases._phrase_shape([("市场", "n"), ("崩盘", "v")])
    assert keywords.phrases._phrase_shape([("通道", "n"), ("关闭", "v")])
    assert keywords.phrases._phrase_shape([("持续", "vd"), ("降雨", "n")])


# --- an adjective alone (可耻 of fresh11 386, 贪婪 of fresh22 705, 紧急 of fresh18 581) ---

TOUR_GUIDE = {
    0: "丽江导游辱骂游客 称不买东西比卖淫可耻",
    1: "丽江一名导游辱骂游客，说游客不购物可耻，丽江旅游局已立案调查。",
    2: "丽江旅游局表示，导游的行为违反旅游法，旅游法禁止强迫购物，这种行为可耻。",
    3: "游客说，导游反复说不买东西可耻，丽江旅游局随后约谈了旅行社。",
}


def test_other_adjectives_alone_weigh_half():
    # Variants: 贪婪 and 紧急, adjectives of an interview and of a student's open letter.
    texts = {
        0: "戈尔丁说，贪婪的工作让女性退出劳动力市场，这种工作很贪婪。",
        1: "情况紧急，岳昕说，辅导员连夜到她家，情况非常紧急，她只能写公开信。",
        2: "戈尔丁研究劳动力市场，岳昕的公开信说学校的做法太贪婪，事情很紧急。",
    }
    phrases = _phrases(texts)
    assert all("an adjective alone" in phrases[word].reason for word in ("贪婪", "紧急"))


def test_an_adjective_inside_a_term_or_a_noun_keeps_its_weight():
    # Near-misses: 紧急状态 (jieba's l, a term) and 劳动力市场 (a phrase) are no adjectives alone.
    texts = {
        0: "政府宣布进入紧急状态，紧急状态期间劳动力市场停摆。",
        1: "紧急状态延长一个月，劳动力市场的失业率上升。",
    }
    phrases = _phrases(texts)
    assert "an adjective alone" not in phrases["紧急状态"].reason
    assert "an adjective alone" not in phrases["劳动力市场"].reason


# --- the real shapes of the two factors: the word weighs half of what it weighs at 1.0, the story's names the same ---


@pytest.mark.parametrize(
    "factor, texts, word, reason, untouched",
    [
        ("PEOPLE_NOUN_FACTOR", SON_LOST, "儿子", "family tie or role", "马航"),  # 儿子 of the headline, fresh28 867
        ("ADJECTIVE_FACTOR", TOUR_GUIDE, "可耻", "an adjective alone", "丽江旅游局"),  # 可耻 of the headline, fresh11 386
    ],
)
def test_the_factor_halves_the_word_only(monkeypatch, factor, texts, word, reason, untouched):
    phrases = _phrases(texts, title_ids={0})
    assert reason in phrases[word].reason
    monkeypatch.setattr(keywords.phrases, factor, 1.0)
    unfactored = _phrases(texts, title_ids={0})
    assert phrases[word].weight == unfactored[word].weight * 0.5
    assert phrases[untouched].weight == unfactored[untouched].weight
