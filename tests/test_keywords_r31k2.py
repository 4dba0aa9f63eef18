"""Keywords mends of round 30, second wave (branch r31k2), from fresh37 1051 (a WeChat translation of Fast Company's
2019 tech forecast, each section headed by a contributor: ``### Peter Rojas，Betaworks Ventures 合伙人``): a role after
an organisation's name in Latin letters (Betaworks Ventures 合伙人, Fluidity 首席执行官) gives its slot to the
organisation, and a person's title that jieba cuts in two (首席 + 执行官) is a bare title like a one-token one. The
article's lines cut small, made-up variants of the same shapes, and near-misses that keep their behaviour."""

from zhnews import keywords
from zhnews.keywords.phrases import office_of

from keyword_helpers import phrase_weights as _phrases, top_keys as _keys


def test_a_latin_organisation_before_a_title_holds_the_office():
    # fresh37 1051: Betaworks Ventures 合伙人, Google Ventures 普通合伙人, Fluidity 首席执行官; made up: OpenAI CEO.
    assert office_of("betaworks ventures合伙人", "betaworks ventures")
    assert office_of("google ventures普通合伙人", "google ventures")
    assert office_of("fluidity首席执行官", "fluidity")
    assert office_of("openai ceo", "openai")


def test_a_latin_name_before_another_word_is_no_office():
    # Near-misses: a product and its users, a Latin name too short to be more than an abbreviation's piece, Han places.
    assert not office_of("iphone用户", "iphone")
    assert not office_of("ai合伙人", "ai")
    assert not office_of("莫桑比克总统", "莫桑比克")


# What each contributor says (the article's sections say different things: repeated sentences count once).
SAYINGS = ["{topic}网络明年会普及。", "{topic}手机也会更便宜。", "运营商都在建{topic}基站。", "{topic}会改变工厂。"]


def _contributors(firm_title_pairs, topic="5G"):
    texts = {0: f"2019年的科技趋势：{topic}和增强现实"}
    for (name, firm, title), saying in zip(firm_title_pairs, SAYINGS):
        texts[len(texts)] = f"{name}，{firm} {title}"
        texts[len(texts)] = saying.format(topic=topic)
    return texts


def test_the_organisation_takes_the_slot_of_its_partner_s_role():
    # fresh37 1051, cut small: two partners of one fund head two sections (Betaworks Ventures合伙人 took a top-3 slot).
    texts = _contributors([("Peter Rojas", "Betaworks Ventures", "合伙人"), ("Matt Hartman", "Betaworks Ventures", "合伙人")])
    keys = _keys(texts, title_ids={0})
    assert "betaworks ventures合伙人" not in keys
    assert "betaworks ventures" in keys and "5g" in keys


def test_other_firms_written_in_latin_take_their_officers_slots_too():
    # Made up: a chip maker's chief executive and its president heading the sections of another forecast.
    texts = _contributors([("Lisa Su", "Radeon Labs", "首席执行官"), ("Jane Fraser", "Radeon Labs", "总裁"),
                           ("Mark Papermaster", "Radeon Labs", "首席技术官")], topic="芯片")
    keys = _keys(texts, title_ids={0})
    assert not {"radeon labs首席执行官", "radeon labs总裁"} & set(keys)
    assert "radeon labs" in keys


def test_a_title_jieba_cuts_in_two_is_a_bare_title():
    # fresh37 1051: 首席执行官 (首席 + 执行官) alone ranked 8th, under three firms' names.
    texts = {
        0: "三家公司谈2019年的无人机",
        1: "Scott Parazynski，Fluidity 首席执行官：无人机会无处不在。",
        2: "Steve Case，Revolution 首席执行官：无人机让零售变样。",
        3: "Vic Gundotra，Alivecor 首席执行官：无人机也能送药。",
    }
    assert "a person's title alone" in _phrases(texts, title_ids={0})["首席执行官"].reason
    keys = _keys(texts, title_ids={0})
    assert keys.index("无人机") < keys.index("首席执行官") if "首席执行官" in keys else "无人机" in keys


def test_a_title_in_the_headline_is_no_bare_title():
    # Near-miss: a story about the office itself names it in the headline.
    texts = {0: "谁会是下一任首席执行官", 1: "董事会在找新的首席执行官，首席执行官人选下月公布。", 2: "首席执行官的薪酬也会调整。"}
    assert "a person's title alone" not in _phrases(texts, title_ids={0})["首席执行官"].reason
