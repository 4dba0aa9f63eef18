"""Round 15 (checkworthy15): the check-worthy decision on acts told in sequence (随后, 随即, 当即, 旋即) and on act verbs
jieba's dictionary lists as nouns (任命, 会见, 罚款 …).

Each sentence is quoted from a seen split's gold (split, file and the gold label named) or from the round-15 sweep's
excerpt in tests/data/sweep15 (its row in tests/data/SOURCES.tsv), and was checked by hand against the article.
"""

from pathlib import Path

import pytest

from zhnews import claims, load, text
from zhnews.claims import quantities
from zhnews.text import to_simplified

SWEEP = Path(__file__).parent / "data" / "sweep15" / "hkcnews_30904_excerpt.md"


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
    done = claims.cues.tokens_with_offsets("检查组随后逐一单独询问并做好登记。")
    at = next(k for k, (word, _, _) in enumerate(done) if word == "随后")
    assert claims.checkworthy._act_follows(done[at + 1:at + 1 + claims.checkworthy.THEN_VERB_REACH])
    planned = done[:at + 1] + [("将", "d", 0)] + done[at + 1:]
    assert not claims.checkworthy._act_follows(planned[at + 1:at + 1 + claims.checkworthy.THEN_VERB_REACH])


def test_an_act_verb_the_dictionary_lists_as_a_noun_still_tells_an_event():
    """國務院…任命聶德權為公務員事務局局長。 (the sweep's 眾新聞 article of 2020-06-11): jieba tags 任命 a noun wherever it
    stands, as it does 会见, 罚款, 立案, 责令; the appointment is an act of the State Council all the same."""
    assert "任命" in claims.cues.acts_not_tagged_verbs() and "起诉" not in claims.cues.acts_not_tagged_verbs()
    article = load.load_article(SWEEP)
    sentences = text.sentences_table(article.paragraphs)
    appointment = next(t for t in sentences["text"] if "任命聶德權" in t)
    tag = claims.tag_sentence(to_simplified(appointment))  # (the claims stage reads simplified script)
    assert tag.shape.event
    assert tag.checkworthy
    rows = claims.claims_table(sentences, quantities.quantities_table(sentences, article.meta.get("publish_date")), article.meta)
    assert dict(zip(rows["text"], rows["checkworthy"]))[appointment]
