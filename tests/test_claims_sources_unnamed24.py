"""Issue 12, round 23 (unnamed24): a claim whose source is not named is recorded as an unnamed source, "(unnamed…)",
never as no source and never as a word of its content. Real shapes from the seen gold (split and file in the
comment), made-up variants in Simplified and Traditional, and near-misses that must not change.
tag_sentence reads the simplified copy, as the claims table does."""

import pytest

from zhnews.claims import tag_sentence
from zhnews.text import to_simplified
from test_claims_sources10 import sources_of


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
    # not a passive, so no unnamed view; since round 31 (m31s) 他 gives the view (認為是, fresh39 1080)
    ("他认为是公司的错。", "他"),
    ("王凯说：“这被认为是最好的办法。”", "王凯"),  # inside a named speaker's quotation
])
def test_a_view_before_shi_that_is_not_passive_is_unchanged(text, source):
    assert _source(text) == source


# --- material that shows or proves, with no one named for it: 某项研究表明, 越来越多的报道显示 -------------------------

@pytest.mark.parametrize("text, source", [
    ("某项研究表明，对于那些乳腺癌晚期且服用高剂量阿霉素的女性，服用右雷佐生可能会将损害降到最低。",
     "(unnamed: 某项研究)"),  # fresh14 483_txt_shengwugu_abc_breast_cancer_heart_risk.txt
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
    ("有業內人士表示，政府今年將推出新政策。", "(unnamed: 有业内人士)"),  # made up, Traditional
    ("有知情人士抱怨说，公司今年不会再招人。", "(unnamed: 有知情人士)"),  # made up: a manner verb after the unnamed person
    ("一位外交官透露，美军方近来曾多次提出建议。", "(unnamed: 一位外交官)"),  # made up
])
def test_an_unnamed_speakers_opening_frame_holds_the_whole_sentence(text, source):
    assert _source(text) == source


@pytest.mark.parametrize("text, source", [
    ("王凯说，有业内人士表示，公司明年将上市。", "王凯"),  # a named speaker reports the unnamed one: his
    ("据悉，王凯表示公司明年将上市。", "王凯"),  # a bare 据悉 is no one: the named speaker stays
    ("摩根士丹利的经济学家表示，如果政策制定者希望支持增长，最有可能降息。", "(unnamed: 摩根士丹利的经济学家); 摩根士丹利"),  # fresh15 501: the firm speaks
    ("媒体报道显示，近期举行的债权人会议上，海航集团表示一季度或将出现资金缺口。", "海航集团"),  # test 32: material, no frame
    ("有家长在幼儿园的医务室找到的几张用药记录显示，幼儿园给小班服药。", "(unnamed: 有家长在幼儿园的医务室找到的几张用药)"),
])
def test_a_named_speaker_is_not_taken_by_an_unnamed_frame(text, source):
    assert _source(text) == source


# --- an unnamed person or group goes on speaking in its paragraph, as a named one does ------------------------------

def test_an_unnamed_person_opening_a_paragraph_goes_on_in_it():
    # the shape of fresh12 412_sql_newsdb_xian_kindergarten_antiviral_drug.sql (一位家长 … 家长们总结了…)
    got = sources_of([["一位家长说，孩子最近总是腿疼，半夜能疼醒。", "她以为孩子只是白天跑累了。"]])
    assert got == ["(unnamed: 一位家长)"] * 2


def test_an_unnamed_person_goes_on_in_traditional_text():
    got = sources_of([["有業內人士表示，這種情況已維持一段長時間。", "行業生態非常不健康。"]])
    assert got == ["(unnamed: 有业内人士)"] * 2


def test_data_opening_its_paragraph_goes_on_as_a_document_does():
    # fresh14 460_txt_xinhua_nbs_april_1990_economy.txt: 据统计，… ⏎ 煤炭、电力…基建投资有较大幅度增长。 (gold (unnamed))
    got = sources_of([["据统计，１至４月，全民所有制固定资产投资３０３亿元，与去年同期持平。",
                       "煤炭、电力、运输邮电、文教卫生、科研等行业基建投资有较大幅度增长。"]])
    assert got == ["(unnamed: 据统计)"] * 2


@pytest.mark.parametrize("paragraph", [
    ["今年公司营收增长两成，数据显示，利润也有所回升。", "这2300亿美元芯片，要么是客户指定的芯片。"],  # data mid-paragraph: no carry
    ["人们认为，房价还会上涨。", "今年全市新建住宅两万套。"],  # a vague group does not go on
    ["如不少网友所说，这项规定并不合理。", "也就是说，当事人有变性的自主权。"],  # the writer cites them to argue
])
def test_no_carry_from_material_a_vague_group_or_a_citation(paragraph):
    assert sources_of([paragraph])[1] == ""


def test_a_named_source_after_an_unnamed_one_takes_over():
    got = sources_of([["有业内人士表示，公司明年将上市。", "王凯表示，上市时间尚未确定。", "目前公司正在准备材料。"]])
    assert got[:2] == ["(unnamed: 有业内人士)", "王凯"]


def test_an_unnamed_someone_is_never_the_i_after_it():
    # the shape of fresh4 131 (当时有医生说，剂量太大。 我赶紧去买药。: the interviewee's own account)
    got = sources_of([["有网友说，这家店的菜很难吃。", "我上周去吃过，觉得还不错。"]])
    assert got == ["(unnamed: 有网友)", ""]


def test_a_passive_view_inside_a_quotation_is_the_quoted_speakers():
    # fresh2 92_fnlp_kexueshibao_back_pain_methylene_blue.txt (gold 彭宝淦 for both sentences of the quotation)
    got = sources_of([["彭宝淦介绍说：", "“多年来，腰痛一直是困惑临床医生的世界性重大医学难题之一。",
                       "腰椎间盘已被认为是腰痛的主要起源部位，但其发病机制一直不清楚。”"]])
    assert got[1:] == ["彭宝淦", "彭宝淦"]
