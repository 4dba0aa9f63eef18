"""Round 15 (checkworthy15): the check-worthy decision on acts told in sequence (随后, 随即, 当即, 旋即).

Each sentence is quoted from a seen split's gold (split, file and the gold label named) and was checked by hand against
the article: an adverb of what came next narrates an act that followed the one told before, dated by it, whoever does it.
"""

import pytest

from zhnews import claims


@pytest.mark.parametrize("sentence", [
    "检查组随后逐一单独询问并做好登记。",  # fresh11 383 (中纪委, the banquet inspection), gold yes
    "随后，有女性人员上车推销螺旋藻，要游客购买。",  # fresh11 386 (the Lijiang tour guide), gold yes
    "随后，中兴大幅让步与美国达成和解协议。",  # fresh5 181 (ZTE's settlement), gold yes
    "随后记者按此号码拨过去，电话无人接听。",  # fresh5 167 (the golf course fine), gold yes
])
def test_an_act_told_in_sequence_is_checkworthy(sentence):
    """No figure, no 了, no speaker and no named actor, yet the act happened right after a dated one: a checker can
    verify it against the event before it."""
    tag = claims.tag_sentence(sentence)
    assert tag.shape.event
    assert tag.shape.date_word
    assert tag.checkworthy


def test_the_act_after_then_must_come_before_any_word_of_what_will_be_done():
    """The verb after 随后 is looked for within the sentence; a word of what may, must or will be done before it
    (将, 要, 会) makes a plan, not an act. The tokens are those of fresh11 383's sentence, then the same words with 将."""
    done = claims._tokens_with_offsets("检查组随后逐一单独询问并做好登记。")
    at = next(k for k, (word, _, _) in enumerate(done) if word == "随后")
    assert claims._act_follows(done[at + 1:at + 1 + claims.THEN_VERB_REACH])
    planned = done[:at + 1] + [("将", "d", 0)] + done[at + 1:]
    assert not claims._act_follows(planned[at + 1:at + 1 + claims.THEN_VERB_REACH])
