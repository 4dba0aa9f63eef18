"""Round 27 (mend28c): an act of force told in the bare verb by a specific actor (event_predicates.tsv, class force) is
an event a checker can verify, as a court's 判处 is: 維安部隊更綁架平民，勒索贖金。 (fresh29 886, gold yes). The seen
gold's other sentences of the shape (fresh10, fresh15 ×2, fresh29 882) are yes too; the same words as nouns, or after a
word of what may or will be done, tell no act and stay under the threshold."""

import pytest

from zhnews import claims
from zhnews.text import to_simplified


def flagged(text):
    return claims.tag_sentence(to_simplified(text)).checkworthy


@pytest.mark.parametrize("text", [
    "維安部隊更綁架平民，勒索贖金。",  # fresh29 886_md_matters_reprily_myanmar_doctors_cdm
    "與此同時，白衣人在地鐵站內持續無差別襲擊普通市民。",  # fresh15 500_md_matters_zhangjieping_yuenlong_721_night
    "在生活中，余跃海有暴力倾向，殴打女友及他人。",  # fresh10 371_infzm_nanfangzhoumo_yibin_bus_fire
    # made-up variants of the shape
    "以色列军方空袭加沙北部的一处难民营。",
    "缅甸军政府轰炸克伦邦的村庄。",
])
def test_an_act_of_force_by_a_specific_actor_is_checkworthy(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    # fresh4: 劫持 as a noun (劫持事件), the sentence a lawyer's view (gold no)
    "对于现在这个劫持事件，酒店很难证明自己尽到了安全保障义务，因此还是有责任的。",
    # fresh7: 镇压 as a noun after 的 (gold no)
    "只要中共政权面临这样的“反对派”，它的镇压就会“势不可挡”，工会运动就会受到威胁。",
    # made-up: what may or is planned to be done
    "军方可能会轰炸该地区。",
    "他们计划绑架富商。",
])
def test_force_as_a_noun_or_not_yet_done_stays_unflagged(text):
    assert not flagged(text)
