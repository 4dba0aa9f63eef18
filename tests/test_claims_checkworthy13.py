"""Round 13's check-worthy rule: the writer's plain statement that names two of who (a person, an organisation), when
(a time word) and where (a place) narrates a fact a checker can verify, though news tells it in the bare verb, without
了, a figure or a speaker (data/eval/CHECKWORTHY_CONVENTION.md, class "plain statement"). A view, a wish, a pledge, an
order or a plan naming the same anchors is not narration. Every sentence is quoted from the seen gold (split and file
in the comment) with its gold label, or from a swept article (tests/data/SOURCES.tsv); tag_sentence reads the
simplified copy (converted first, as the claims stage does)."""

import json
from pathlib import Path

import pytest

from zhnews import text
from zhnews.claims import narration, tag_sentence

DATA = Path(__file__).parent / "data"


def _tag(sentence: str):
    return tag_sentence(text.to_simplified(sentence))


@pytest.mark.parametrize("sentence, anchors", [
    # fresh11 380_json_renminribao_black_soil_variable_fertilization.json: yes (the reporter's observed scene)
    ("午后，齐北松和李克东行走在吉林省长春市农安县田间，察看玉米新苗长势。", {"who", "when", "where"}),
    # fresh11 388_rss_xwlb_cctv_typhoon_baihaitun.xml: yes (who: 中央气象台; its act in the bare verb, no 了)
    ("中央气象台今天上午发布台风红色预警。", {"who"}),
    # fresh10 372_sina_changsha_li_yang_crazy_english_closure.html: yes (who: the company, when: 当年)
    ("当年，包括广东李阳文化教育发展有限公司总裁、教学总监、网络总监、集训营总监在内的多名高管从公司集体出走。", {"who", "when"}),
])
def test_plain_narration_naming_who_and_when_or_where_is_checkworthy(sentence, anchors):
    tag = _tag(sentence)
    assert tag.checkworthy, (tag.score, sentence)
    assert anchors <= set(tag.shape.anchors)


@pytest.mark.parametrize("sentence", [
    # fresh9 348_xinhuanet_xi_governance_vol3_study_notice.html: no (an order, 要; names who and where)
    "各级党组织要精心组织、周密安排，将《习近平谈治国理政》第三卷与第一卷、第二卷作为一个整体，引导广大党员、干部读原著、学原文、悟原理。",
    # fresh9 357_txt_xinhua_rmrb_nyusi_yang_jiechi_maputo.txt: no (a pledge, 愿; names who and where)
    "莫方坚定致力于发展莫中友好合作，坚定奉行一个中国政策，愿与中方增进互信和友谊，深化共建“一带一路”框架下的互利合作和国际事务"
    "沟通协调，更好造福两国人民，共同应对国际形势的深刻变化和挑战。",
    # fresh8 327_sohu_gongyi_xinxishibao_milk_powder_sogoucs_gbk.dat: no (a characterisation; names who and where)
    "作为特色小吃，沙湾姜汁撞奶在广州地区可谓无人不知。",
])
def test_an_order_a_pledge_or_a_view_naming_the_same_anchors_is_not_narration(sentence):
    tag = _tag(sentence)
    assert len(tag.shape.anchors) >= 2, sentence
    assert not tag.checkworthy, (tag.score, sentence)


def test_one_anchor_is_background_not_narration():
    # fresh11 384_md_shangwubu_nexperia_netherlands_minister_response.md: no (a stance; who only)
    assert not _tag("中方的立场和态度是一贯的。").checkworthy


def test_a_transcript_item_narrating_an_act_in_the_bare_verb_is_flagged_with_its_reason():
    # round-13 sweep, tests/data/extra/sweep13_xwlb_ciie_opening_tour.json (a 新闻联播 transcript item, SOURCES.tsv):
    # after the opening, the premier toured the halls with the foreign leaders: who (李强), where; no 了, no figure
    content = json.loads((DATA / "extra" / "sweep13_xwlb_ciie_opening_tour.json").read_text(encoding="utf-8"))["content"]
    sentence = "开幕式后，李强同与会外国领导人共同巡馆。"
    assert sentence in content
    tag = tag_sentence(sentence)
    assert tag.checkworthy
    assert narration(tag.types, tag.shape) == "narrated:who+where"


def test_an_act_verb_after_bei_is_an_event_whatever_its_tag():
    # round-13 sweep, tests/data/extra/sweep13_wikitoday_special_counsel_excerpt.md (SOURCES.tsv): jieba tags 任命 a
    # noun, yet 被任命为特别顾问 tells an appointment made (event_predicates.tsv, personnel)
    excerpt = (DATA / "extra" / "sweep13_wikitoday_special_counsel_excerpt.md").read_text(encoding="utf-8")
    sentence = "大卫-韦斯被任命为特别顾问，负责正在进行的对罗伯特-亨特-拜登及相关事项的调查。"
    assert sentence in excerpt
    tag = tag_sentence(sentence)
    assert tag.shape.event and tag.checkworthy
