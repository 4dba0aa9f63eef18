"""Round 17 (checkworthy17): 将 used like 把 (将 + its object + the verb) tells an act done, not a plan.

Each sentence is quoted from a seen split's gold (split, file and the gold label named) or from the round-17 sweep
(repository, path and commit in tests/data/SOURCES.tsv, excerpt in tests/data/sweep17), and was checked by hand
against the article.
"""

from pathlib import Path

import pytest

from zhnews import claims

SWEEP = Path(__file__).parent / "data" / "sweep17" / "gxnews_jingxi_tourism_excerpt.md"


@pytest.mark.parametrize("sentence", [
    # tune 242_wechat_jiemian_salmon_pulled.md, gold yes: the named restaurants took salmon off their menus
    "位于北京建国门的AKIMOTO秋本、位于苏州桥的鮨吞Sushinomi餐厅等餐厅，也都将三文鱼暂时下架。",
    # fresh11 388_rss_xwlb_cctv_typhoon_baihaitun.xml, gold yes: who brought meals where
    "台州三门县花桥镇舒岐村避灾安置点，党员干部和志愿者们将一道道家常菜送到每位群众手中。",
])
def test_jiang_before_its_object_keeps_the_writers_plain_narration(sentence):
    """将 followed by a noun (三文鱼, 一道道家常菜) is 把, no word of what will be done: the writer narrates in the bare
    verb who did what where (two anchors), which the convention marks check-worthy."""
    tag = claims.tag_sentence(sentence)
    assert tag.shape.plain_voice
    assert claims.narration(tag.types, tag.shape).startswith("narrated:")
    assert tag.checkworthy


def test_jiang_before_its_object_leaves_the_act_done():
    """fresh8 320_wechat_anquanquan_jiangyin_game_exploit_verdict.md, gold yes: the defendant told the method to two
    others (将方法告知): an act of a named person, not a plan."""
    tag = claims.tag_sentence("苏某某将方法告知苏某甲、苏某乙，让他们帮忙去游戏里将刷到的虚拟货币等以低于游戏官方商城的价格"
                              "售卖给其他玩家，所得钱款按照约定比例分成。")
    assert tag.shape.event
    assert tag.checkworthy


@pytest.mark.parametrize("sentence", [
    "国家药监局将叫停该产品的销售。",  # 将 + a verb: the future
    # fresh 66_shanxi_gov_brazil_trade.html, gold yes; a schedule, which the convention keeps no (CHECKWORTHY_CONVENTION.md 2)
    "南美站活动将先后在巴西、乌拉圭、阿根廷举行。",  # 将 + a time word: the future
])
def test_jiang_of_the_future_still_makes_a_plan(sentence):
    """将 followed by a verb, an adverb, a preposition or a time word is the future: no act done, no plain narration."""
    tag = claims.tag_sentence(sentence)
    assert not tag.shape.event
    assert not tag.shape.plain_voice
    assert not tag.checkworthy


def test_a_sweep_article_sentence_with_jiang_marking_its_object():
    """The round-17 sweep's Guangxi tourism report (ZhanXiaoFeng/MyProject, news_detail1.jsp): the county promoted its
    routes with named travel sites and joined them into one line (将…连成一线), the county's act told in the bare verb."""
    paragraph = SWEEP.read_text(encoding="utf-8").splitlines()[-1]
    sentence = paragraph[paragraph.index("靖西加强"):]
    tag = claims.tag_sentence(sentence)
    assert tag.shape.plain_voice
    assert tag.checkworthy
