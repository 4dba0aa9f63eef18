"""Issue 12, round 23 (unnamed24): a claim whose source is not named is recorded as an unnamed source, "(unnamed…)",
never as no source and never as a word of its content. Real shapes from the seen gold (split and file in the
comment), made-up variants in Simplified and Traditional, and near-misses that must not change.
tag_sentence reads the simplified copy, as the claims table does."""

import pytest

from zhnews.claims import tag_sentence
from zhnews.text import to_simplified


def _source(text: str) -> str:
    return tag_sentence(to_simplified(text)).source


# --- hearsay frames: 据称, 据信, 据说 tell what is said without saying who said it ----------------------------------

@pytest.mark.parametrize("text, who", [
    ("Strategy Force Solutions为乌部队设计了该技术，据称，这样的任务以前需要价格在300万至500万美元的装备。", "据称"),  # fresh9 340
    ("据信，克鲁兹和他的民主党对手相比，拥有很大优势。", "据信"),  # fresh13 452_html_niuyueshibao_ted_cruz_texas_runoff.html
    ("最早来到横滨的老华侨据称是约100年前来到这里，其子孙已是第4代或第5代。", "据称"),  # fresh19 611 nikkei yokohama
    ("被捕后小明委托的律师事务所，据说小明入狱后就一直不认为自己有罪。", "据说"),  # fresh18 580 crawler arrests
    ("據稱，該公司明年將在香港上市。", "据称"),  # made up, Traditional
    ("據信，兩名嫌犯已經離開本港。", "据信"),  # made up, Traditional
    ("据说这家餐厅下个月就要关门了。", "据说"),  # made up
])
def test_a_hearsay_frame_is_an_unnamed_source(text, who):
    assert _source(text) == f"(unnamed: {who})"


@pytest.mark.parametrize("text, source", [
    ("王凯说：“据称公司明年将上市。”", "王凯"),  # the hearsay inside a named speaker's quotation is his
    ("据称，王凯表示公司明年将上市。", "王凯"),  # a named speaker after the frame is the source (as 据了解，王凯表示)
    ("王凯說：「據稱公司明年將上市。」", "王凯"),  # Traditional
])
def test_a_hearsay_frame_gives_way_to_a_named_speaker(text, source):
    assert _source(text) == source


# --- 被认为是 / 被認為是: a view held by no one named ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "所以被认为是一个非常好的向外逃贪官追责的路径。",  # fresh3 117_textrank4zh_us_corrupt_officials_prosecution.txt
    "Mamba 这种状态空间模型（SSM）被认为是 Transformer 架构的有力挑战者。",  # fresh5 157 jiqizhixin cartesia
    "2003年长江三峡大坝蓄水后长江水温上升，被认为是造成中华鲟产卵活动减少、中断的关键因素。",  # fresh13 441
    "該款疫苗被認為是目前最有效的選擇。",  # made up, Traditional
])
def test_a_passive_view_before_shi_is_unnamed(text):
    assert _source(text) == "(unnamed: 被认为)"


@pytest.mark.parametrize("text, source", [
    ("他认为是公司的错。", ""),  # a pronoun alone in the sentence, not a passive: unchanged
    ("王凯说：“这被认为是最好的办法。”", "王凯"),  # inside a named speaker's quotation
])
def test_a_view_before_shi_that_is_not_passive_is_unchanged(text, source):
    assert _source(text) == source


# --- material that shows or proves, with no one named for it: 某项研究表明, 越来越多的报道显示 -------------------------

@pytest.mark.parametrize("text, source", [
    ("某项研究表明，对于那些乳腺癌晚期且服用高剂量阿霉素的女性，服用右雷佐生可能会将损害降到最低。",
     "(unnamed: 某项研究)"),  # fresh14 483_txt_shengwugu_abc_breast_cancer_heart_risk.txt
    ("第一人称视角无人机已经成为了战场上的主导力量，越来越多的报道显示无人机飞行员正在俘虏敌方士兵。",
     "(unnamed: 越来越多的报道)"),  # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender.md
    ("研究表明，吸烟会增加患癌风险。", "(unnamed: 研究)"),  # made up
    ("數據表明，樓價今年將回落。", "(unnamed: 数据)"),  # made up, Traditional
    ("公开信息显示，该团队自营资金很快超过5亿元。", "(unnamed: 公开信息)"),  # made up (fresh19's 据公开信息显示 shape)
])
def test_material_shown_with_no_author_is_unnamed(text, source):
    assert _source(text) == source


@pytest.mark.parametrize("text, source", [
    ("哈佛大学研究表明，吸烟会增加患癌风险。", "哈佛大学"),  # the study's author is named
    ("麦肯锡的报告表明，中国消费者更加理性。", "麦肯锡"),
    ("新华社报道显示，今年粮食产量创新高。", "新华社"),
    ("这表明公司的策略是对的。", ""),  # no material: the writer's inference
])
def test_material_shown_by_a_named_author_stays_named(text, source):
    assert _source(text) == source


# --- an unnamed someone's say-verb that opens the sentence frames all of it ----------------------------------------

@pytest.mark.parametrize("text, source", [
    ("有业内人士调侃说，当下影视圈谈项目不再说“拍戏”，而是“IP开发”。", "(unnamed: 有业内人士)"),  # fresh16 523 fazhiwanbao
    ("有专家分析说，法伦和贝尔的上述证词表明，美国已经着手调整其东亚战略。", "(unnamed: 有专家)"),  # fresh8 335 sogouc
    ("有家长获悉，1999年12月11日国家药监局对地方标准的病毒灵公布停用，理由是效果不确切。", "(unnamed: 有家长)"),  # fresh12 412
    ("据一位不愿透露姓名的韩国外交官透露，美军方近来曾多次向韩方提出加强美日韩三边情报配合的建议。",
     "(unnamed: 一位不愿透露姓名的韩国外交官)"),  # fresh8 335_sogouc_us_japan_korea_triangle_alliance_gb18030.txt
    ("针对光明发布的声明，有知情专家质疑其错误解读，有偷换概念之嫌。", "(unnamed: 有知情专家)"),  # fresh8 327: 针对… is a topic
    ("有業內人士表示，政府今年將推出新政策。", "(unnamed: 有业内人士)"),  # made up, Traditional
    ("有知情人士抱怨说，公司今年不会再招人。", "(unnamed: 有知情人士)"),  # made up: a manner verb after the unnamed person
    ("一位外交官透露，美军方近来曾多次提出建议。", "(unnamed: 一位外交官)"),  # made up
])
def test_an_unnamed_speakers_opening_frame_holds_the_whole_sentence(text, source):
    assert _source(text) == source


@pytest.mark.parametrize("text, source", [
    ("王凯说，有业内人士表示，公司明年将上市。", "王凯"),  # a named speaker reports the unnamed one: his
    ("据悉，王凯表示公司明年将上市。", "王凯"),  # a bare 据悉 is no one: the named speaker stays
    ("针对此事，公司发布声明称，将全面调查。", "公司"),  # 针对 opens a topic; the body that speaks after it stays
])
def test_a_named_speaker_is_not_taken_by_an_unnamed_frame(text, source):
    assert _source(text) == source
