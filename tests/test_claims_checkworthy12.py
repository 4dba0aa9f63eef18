"""Round 12's check-worthy rule: the writer's plain statement about a person named before (a pronoun opens the
sentence or its first clause) is a checkable fact, as an act of that person is. Every sentence is quoted from the
seen gold (split and file in the comment) with its gold label; tag_sentence reads the simplified copy."""

import pytest

from zhnews.claims import tag_sentence


@pytest.mark.parametrize("text", [
    "再之前，他做过一家四星级酒店的服务生和经理。",  # fresh2 89_zhifuzhi_alibaba_lonely_ceo.html: yes (his past jobs)
    "他用积蓄买了个双人墓，每天都到妻子的墓前看看。",  # fresh2 83_wechat_huashangbao_news_briefing.html: yes
    "他的父亲Alfred Schekman是一名电子工程师兼发明家。",  # fresh9 355_csv_jiqizhixin_randy_schekman_interview.txt: yes
])
def test_a_plain_statement_about_a_person_named_before_is_checkworthy(text):
    assert tag_sentence(text).checkworthy, text


@pytest.mark.parametrize("text", [
    "他感叹。",  # fresh2 89_zhifuzhi_alibaba_lonely_ceo.html: no, a speech tag (the words are elsewhere)
    "此事引发她对健身房安全管理的质疑。",  # fresh8 329_worldjournal_la_gym_locker_room_transgender.html: no; 她 is no subject
    "当他看到各种各样的微生物在镜头下游来游去时，真是惊呆了。",  # fresh9 355_csv_…_schekman_interview.txt: no, a feeling; 当他
])
def test_a_pronoun_that_is_not_the_subject_or_a_speech_tag_adds_nothing(text):
    assert not tag_sentence(text).checkworthy, text
