"""Round 28 (mend29c2): a sentence that states what a rule lays down, opening on a rule frame (同时规定，…, 根据…规定，…)
or telling what may not be done (…不得评优评先), is checkable against the rule's text: the seen gold's sentences of the
shape are yes in nearly every repository. Requests to a reader (请转载时不得修改), the words that only contain 不得
(不得不, 哭笑不得) and a rule merely mentioned inside a clause keep their score."""

import pytest

from zhnews import claims
from zhnews.text import to_simplified


def tag(text):
    return claims.tag_sentence(to_simplified(text))


@pytest.mark.parametrize("text", [
    "同时规定，住宿用房以标准间为主，不得安排高档套房。",  # fresh24 785_json_sina_bjnews_hebei_meeting_fees
    "根据“国四条”规定，由核安全局来牵头做核安全规划。",  # fresh12 422
    "诫勉纠错对象在整改期限内不得评优评先，并暂缓提拔使用。",  # fresh19 630
    "我国《民事诉讼法》第55条规定：“对污染环境、侵害众多消费者合法权益等损害社会公共利益的行为，法律规定的机关和有关组织可以向人民法院提起诉讼。”",  # fresh18 563
    # made-up variants of the shape
    "新办法规定，公务用车一律不得私用。",
    "按照规定，出租车司机须持证上岗。",
    "参赛选手在比赛期间严禁使用手机。",
    "獲選的國民法官不得洩漏評議秘密。",
])
def test_a_rule_stated_is_checkworthy(text):
    assert tag(text).shape.rule
    assert tag(text).checkworthy


@pytest.mark.parametrize("text", [
    "但出于“文责自负” 的原因，请转载时不得修改原文内容，并保留作者署名。",  # tune 32 (gold no): a request to the reader
    "你不得不承认，这款手机确实好看。",  # made up: 不得不 forbids nothing
    "大家都觉得哭笑不得。",
    "至于原因，目前还不得而知。",
    "所以在面对油价下跌时，各地交通主管部门则根据当地的相关规定，对出租车燃油附加费做出自己的调整。",  # tune 58 (gold no)
    "这种规定到底合不合理？",  # a question about a rule
])
def test_requests_compounds_and_mentions_are_no_rule(text):
    result = tag(text)
    assert not result.shape.rule
    assert not result.checkworthy


def test_a_slogan_without_an_end_mark_stays_a_heading():
    assert not tag("严禁酒后驾驶 平安伴你回家").checkworthy


@pytest.mark.parametrize("text", [
    "今天，黑莓制造商RIM在奥兰多召开“黑莓世界大会”。",  # fresh (gold yes)
    "就在 Openwork 上线并宣布「免费、开源、本地运行」后不久，Anthropic 悄然更新了定价策略。",  # fresh31 924 (gold yes)
    # made-up variants: an act whose object is quoted
    "昨日，两国外长在北京签署「经贸合作备忘录」。",
    "该公司董事会在上海召开“2024年度股东大会”。",
])
def test_an_act_whose_object_is_quoted_is_an_event(text):
    result = tag(text)
    assert result.shape.event
    assert result.checkworthy


@pytest.mark.parametrize("text", [
    "我们将在明年召开“全球合作伙伴大会”。",  # a plan: the future word before the act
    "他们是否会宣布“停火”？",  # a question
    "这究竟是不是一场“胜利”，还要看后续。",  # no act verb
])
def test_a_quoted_object_does_not_make_a_plan_or_question_an_event(text):
    assert not tag(text).checkworthy
