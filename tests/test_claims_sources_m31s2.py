"""Named sources, round 31 (m31s2), from fresh39's misses: a surname standing alone calls back the person the article
named in full before (時任警長沈嘉謙供稱 … 沈上前壓著被告, 沈才發現, 張感觸地說), as Hong Kong and Taiwan papers write it:
* the sentence whose subject it is goes on with that person's words in the paragraph, as one opening with 他 does,
  whatever other names it holds (jieba's 左搖右/nr of 左搖右擺);
* a say-verb after it is that person's, though jieba tags the surname a measure word (張/q);
* of two people of one surname, it is the one named last (張家朗 … 大師兄張小倫 ⏎ 張感觸地說 → 張小倫);
* a name jieba glued out of the surname and an adverb (沈才/nr 發現) is no one a later 他 stands for.
The real lines are cut small from fresh39 (1080, 1081); the others are made-up variants of the same shapes and
near-misses that must stay as they were."""

import pandas as pd
from test_claims_sources10 import sources_of

from zhnews.claims import claims_table, persons
from zhnews.claims.quantities import quantities_table
from zhnews.claims.cues import tokens_with_offsets
from zhnews.text import to_simplified


def test_a_surname_alone_goes_on_with_the_witness_account_and_he_is_the_witness():
    # fresh39 1081_md_standnews_court_clerk_resisting_arrest_nail: 沈 calls back 警長沈嘉謙; 左搖右擺 (jieba: 左搖右/nr)
    # and 沈才 (jieba: one name) must not stop the carry nor be whom 他 stands for
    got = sources_of([["案件早前審訊，時任機動部隊警長沈嘉謙供稱，案發當日坐警車在屯門區內巡邏。",
                       "沈上前壓著被告，被告用力掙扎，在地上左搖右擺，又試圖以手撐起自己身體，沈最終成功制服被告。",
                       "沈的同袍趕到現場幫忙，沈才發現左手拇指指甲上部分飛脫及流血。",
                       "他稱相比自己傷勢，更關注被告藏有非法工具以傷害他人或警員。"]])
    assert all(source.endswith("沈嘉謙") for source in got)


def test_a_surname_alone_goes_on_in_other_outlets_reports():
    # made up: a Taiwan council report and a mainland court report of the same shape
    got = sources_of([["台北市議員李文華表示，市府去年撥給社區的經費明顯不足。",
                       "李隨後前往現場視察，在里長陳美玲陪同下，李也發現排水溝多處堵塞。"]])
    assert all(source.endswith("李文華") for source in got)
    got = sources_of([["出庭作证的民警赵立军称，当晚他在巡逻时发现被告形迹可疑。",
                       "赵随即上前盘问，被告转身逃跑，赵最终在巷口将其制服。"]])
    assert all(source.endswith("赵立军") for source in got)


def test_a_new_person_opening_the_sentence_still_stops_the_carry():
    # near-miss: another person, named in full, acts; the witness's account does not go on into it
    got = sources_of([["時任警長沈嘉謙供稱，案發當日在屯門區內巡邏。",
                       "被告李肇麟隨後被捕，沈嘉謙的同袍亦趕到現場。"]])
    assert got[1] == ""


def test_a_surname_tagged_a_measure_word_speaks_and_is_the_one_named_last():
    # fresh39 1080_md_standnews_tokyo_olympics_hk_foil_team_7th: 張/q 感觸地說; 張家朗 was named before 張小倫
    got = sources_of([["早前勇奪花劍金牌的張家朗，今再出戰花劍團體賽。"],
                      ["36 歲的大師兄張小倫，或以花劍團體一戰成奧運生涯最後一項賽事。",
                       "下屆巴黎奧運或已換上新面孔接棒，張感觸地說﹕「下屆巴黎會陪佢哋，協助佢哋訓練。」"]])
    assert got[-1] == "張小倫"
    # made up: a mainland report, the surname before a manner phrase in 地
    got = sources_of([["退役老兵陈国华今年已经九十岁。", "说起当年，陈激动地说：“我们那时候什么都没有。”"]])
    assert got[-1] == "陈国华"


def test_the_surname_alone_makes_the_narrated_act_checkable():
    # fresh39 1081: the act told of the person called back by surname is a plain statement about him, as with 他 (gold yes)
    sentences = ["時任機動部隊警長沈嘉謙供稱，案發當日坐警車在屯門區內巡邏。",
                 "沈的同袍趕到現場幫忙，沈才發現左手拇指指甲上部分飛脫及流血。"]
    frame = pd.DataFrame({"sent_id": [0, 1], "para_id": [0, 0], "role": ["body", "body"], "text": sentences,
                          "text_zhs": [to_simplified(t) for t in sentences]})
    table = claims_table(frame, quantities_table(frame))
    assert bool(table["checkworthy"].iloc[1])


def _called_back(text: str, people: set[str]) -> list[str]:
    tokens = tokens_with_offsets(to_simplified(text))
    return [tokens[k][0] for k, _ in persons.surname_references(tokens, persons.full_names(people))]


def test_a_surname_character_that_is_a_word_or_part_of_a_name_calls_no_one_back():
    # near-misses: 高達 (a verb), 向 and 於 (prepositions), 沈陽 (a place), the full name itself, and 霍特 (a name spelled
    # by sound after an interpunct, 特 an adverb too)
    assert _called_back("價格高達三成，市民向記者表示不滿。", {"高志明", "向華強"}) == []
    assert _called_back("沈阳市政府昨日回应，沈嘉谦已离职。", {"沈嘉谦"}) == []
    assert _called_back("美国宇航局发言人丹尼尔·霍特表示，酒精受到控制。", {"霍特"}) == []
    # and the real shapes: a surname before an adverb, a time word (jieba's 上前/t), 的, and glued to 才
    assert _called_back("沈上前壓著被告，沈最終成功制服被告。", {"沈嘉謙"}) == ["沈", "沈"]
    assert _called_back("沈的同袍趕到現場幫忙，沈才發現指甲飛脫。", {"沈嘉謙"}) == ["沈", "沈才"]
    assert persons.full_names(["沈嘉謙", "沈才", "劉以", "張小倫", "左搖右擺了"]) == {"沈嘉謙", "張小倫"}
