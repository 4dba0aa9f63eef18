"""Round 21 mend (mend21c): police acts narrated without 了 or a figure, from fresh20's check-worthy misses (661, a Beijing
Youth Daily report on pickpockets: gold yes). Each expected value was written by hand from the quoted sentence.

* 抓获, 抓捕, 查获, 缴获 are completed police acts (data/lexicon/event_predicates.tsv, class legal), as 逮捕 and 拘留 are;
  every seen sentence with them is gold yes (fresh3 117, fresh13 436 ×4, fresh17 542);
* 侦查员, 便衣, 刑警, 特警 name the police by role and 加方 a government by its side, as 民警 and 美方 do
  (claim_cues.tsv, official_actor): specific actors when they act.
"""

from zhnews.claims import tag_sentence


def test_plainclothes_police_pinning_a_man_down_to_arrest_him_is_an_event():
    # fresh20 661_json_sina_bjqnb_national_day_pickpockets.json (gold yes)
    tag = tag_sentence("随着一声响亮的叫喊，几名便衣在地铁八号线奥林匹克森林公园站站口将一名男子按倒在地实施抓捕。")
    assert tag.shape.event and tag.checkworthy


def test_detectives_catching_the_thief_is_checkworthy():
    # fresh20 661 (gold yes)
    tag = tag_sentence("原来，这名男子趁游客不注意将其携带的相机扒窃，却不知他的一举一动早就被反扒侦查员掌握，待其扒窃得手侦查员便将其抓获。")
    assert tag.shape.specific_actor and tag.checkworthy


def test_weapons_seized_is_an_act_done():
    # fresh13 436 (a Shanxi police report, another outlet; gold yes): 缴获 is the act, not only the count after it
    tag = tag_sentence("截至2月10日16时，犯罪嫌疑人任某军等8名团伙成员已悉数落网，缴获枪支5把。")
    assert tag.shape.event
