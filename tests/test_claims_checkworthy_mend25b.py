"""Check-worthiness, mend25b: two shapes of the writer's own voice that fresh23 (scored once at round 24's start) flagged
for the figures they hold, each measured on the seen splits' gold (tagged alone): the real sentence, made-up variants,
and near-misses that keep their flag."""

from zhnews import claims


def flagged(sentence: str) -> bool:
    return claims.tag_sentence(sentence).checkworthy


def test_a_likeness_in_two_clauses_of_shi_is_rhetoric():
    # fresh23 740_md_hugo_fbif_caijingtianxia_guming_ipo.md, fresh19 600 (both gold no)
    assert not flagged("如果说蜜雪冰城是10元以下区间的王者，古茗则是10~20元价格段的王者。")
    assert not flagged("如果说过去的 AI 是 Talkers 的时代，那么 2026 年则是 Doers 的元年。")
    assert not flagged("如果说2023年是复苏之年，2024年就是增长之年。")  # made up


def test_a_likeness_frame_that_tells_an_act_or_a_named_speakers_likeness_keeps_its_flag():
    # fresh10 362 and fresh13 433 (gold yes): the second clause tells what happened
    assert flagged("如果说2008年的《画皮》打开了国庆档的大门，那么2009年9月29日《风声》的上映，则一举奠定了国庆档“黄金档”的地位。")
    assert flagged("如果说小米Note发布会的最大亮点，那就是小米Note顶配版硬生生的杀到了3299元的价格区间，与锤子上市价格一致。")
    assert flagged("王明表示，如果说2023年是复苏之年，2024年就是增长之年。")  # a named speaker's view (convention 3)


def test_the_writers_view_opening_with_kanlai_is_no_claim():
    # fresh23 763_json_163_nbd_bank_exec_pay_cap.json (gold no; the seen splits' four 看来， openings are gold no)
    assert not flagged("目前看来，《薪改方案》实施的第一年，成效显著。")
    assert not flagged("现在看来，这一政策实施的第一年，效果明显。")  # made up


def test_a_view_opening_that_tells_an_event_keeps_its_flag():
    assert flagged("目前看来，警方已经抓获3名嫌疑人。")
    assert flagged("看来，这家公司的营收增长了5%。")
    assert flagged("目前，煤炭行业去产能工作逐渐深入，不少煤企都出台了转岗分流方案。")  # 目前, not 目前看来 (fresh23 764, as before)
