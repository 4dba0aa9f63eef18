"""Round 14 (checkworthy14): the check-worthy decision on speech tags, statements of not knowing and meetings held.

Each sentence is quoted from a seen split's gold (split, file and the gold label named) or from the round-14 sweep's
excerpt in tests/data/sweep14 (its row in tests/data/SOURCES.tsv), and checked by hand against the article.
"""

from pathlib import Path

import pytest

from zhnews import claims, load, text
from zhnews.claims import quantities

SWEEP = Path(__file__).parent / "data" / "sweep14" / "gnews_japan_taskforce_logo_excerpt.md"


@pytest.mark.parametrize("sentence", [
    "位于三里屯太古里的日本料理店大渔·观筵相关人员对界面新闻说。",  # tune 242, gold no ("speech tag")
    "王亮告诉经济观察报。",  # fresh8 325, gold no ("attribution tail"): told to an outlet by name
])
def test_a_bare_speech_tag_is_not_checkworthy(sentence):
    """The words are in the sentences around a speech tag; who spoke to whom is nothing to check."""
    tag = claims.tag_sentence(sentence)
    assert tag.shape.speech_tag
    assert not tag.checkworthy


def test_a_sentence_that_tells_something_before_its_say_verb_is_no_bare_tag():
    """Only a time may stand before the comma of a bare tag (10月9日上午，…接受采访时说。, fresh7 306); content may not."""
    sentence = "三星电子与其最大工会未能在工资谈判中达成妥协，知情人士说。"
    assert not claims.checkworthy._ends_in_tag_verb(sentence, claims.cues.tokens_with_offsets(sentence))
    dated = "10月9日上午，耒阳市教育局局长张小勇接受采访时说。"
    assert claims.checkworthy._ends_in_tag_verb(dated, claims.cues.tokens_with_offsets(dated))
    # …做出正面回应 (round-14 sweep, a finance digest): 回应 the noun, not a tag verb
    assert not claims.tag_sentence("而京东方、惠科方面尚未做出正面回应。").shape.speech_tag


def test_not_knowing_is_a_hedge():
    """具体处罚详情不便透露。 (fresh8 323, gold no: "a refusal to disclose, nothing checkable")."""
    tag = claims.tag_sentence("具体处罚详情不便透露。")
    assert "hedged" in tag.types
    assert not tag.checkworthy


def test_a_meeting_held_or_an_invitation_made_is_an_event():
    """fresh12 420 and fresh11 395, both gold yes; the host (主持人) is named by the article around it, so alone the
    second sentence is an event without a specific actor."""
    held = claims.tag_sentence("金正恩也为习近平及中方代表团举行晚宴。")
    assert held.shape.event and held.checkworthy
    assert claims.tag_sentence("嘉宾讲话后，主持人邀请现场嘉宾拍合影，现场嘉宾和温州同乡会理事以及温州同乡会理事分别合影留念。").shape.event


def test_an_invitation_to_the_public_is_no_event():
    """他誠摯邀請大家前來逛花燈… (fresh12 410, gold no): a call to readers, not a meeting arranged."""
    assert not claims.tag_sentence("他诚挚邀请大家前来逛花灯、尝美食，深度体验台北在地文化。").shape.event


def test_what_could_have_been_done_is_no_event():
    """这一点本可用来发起保卫教协和广泛工会运动的行动。 (fresh7 315, gold no)."""
    assert not claims.tag_sentence("这一点本可用来发起保卫教协和广泛工会运动的行动。").shape.event


def test_a_meeting_still_to_come_is_no_event():
    """将 reaches past 与 and its object to the act: a schedule is a plan (the round-14 sweep's Yellen itinerary)."""
    tag = claims.tag_sentence("晚上，她将与中国财政部长蓝佛安举行双边会议。")
    assert not tag.shape.event
    assert not tag.checkworthy


def test_the_sweep_article_reads_an_invitation_as_a_claim_and_not_knowing_as_none():
    """ourhimalayas/txt content/gnews/2444585.md (excerpt): the ministries invited 大林 to a hearing (an act a checker can
    verify); 目前尚不清楚她的学历如何… states that something is not known (before round 14: flagged at 0.5 by 目前)."""
    article = load.load_article(SWEEP)
    sentences = text.sentences_table(article.paragraphs)
    figures = quantities.quantities_table(sentences, article.meta.get("publish_date"))
    rows = claims.claims_table(sentences, figures, article.meta)
    flagged = dict(zip(rows["text"], rows["checkworthy"]))
    invitation = next(t for t in flagged if "邀请大林参加" in t)
    not_known = next(t for t in flagged if t.startswith("目前尚不清楚"))
    assert flagged[invitation]
    assert not flagged[not_known]
