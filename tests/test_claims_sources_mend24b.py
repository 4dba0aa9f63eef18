"""Named sources, mend24b: a whole text announced as one person's or one document's (fresh22 706, a deputy's
proposals after 以下为…建议概述：; fresh22 703, a code of conduct after 《…》全文如下： whose chapters and articles
have headings of their own) and a document the article calls by a short title it defines (以下简称《伦理规范》).
Each test cuts the real shape small, then made-up variants and near-misses that must not change."""

import pandas as pd

from zhnews import claims
from zhnews.claims.quantities import quantities_table
from zhnews.text import to_simplified
from test_claims_sources10 import sources_of


def test_a_deputys_proposals_announced_in_full_are_his_past_their_headings():
    # fresh22 706_md_simpread_wechat_liu_qingfeng_npc_proposals.md
    got = sources_of([["全国人大代表、科大讯飞董事长刘庆峰今年围绕“科技创新”等时代命题，向全国两会提交书面建议。"],
                      ["以下为刘庆峰 2021 年全国两会建议概述："],
                      ["一、优化税收及再融资政策，加强科技企业创新能力"],
                      ["2020 年中央经济工作会议上部署了 2021 年的八大重点任务。",
                       "然而，在科技企业人才激励和再融资的实践中，仍有些需解决问题："],
                      ["基于此，我建议："],
                      ["一、充分考虑股权激励的核心目的是激励人才能跟企业长期共同奋斗。"],
                      ["二、构建系统性创新能力，强化我国产业链自主可控"],
                      ["近年来，我国人口老龄化呈现加速态势。",
                       "民政部预计，“十四五”期间，我国 60 岁以上老年人口将突破 3 亿。"]])
    assert got[1:3] == ["", ""]  # the lead and a heading are nobody's words
    assert got[3:7] == ["刘庆峰"] * 4  # a lead-in ending in a colon is his too
    assert got[7] == ""
    assert got[8] == "刘庆峰"
    assert got[9] == "民政部"  # a source of its own inside the text stays


def test_a_speech_given_in_full_is_the_speakers():
    # made up on the lead of fresh18 561 (以下为姚欣演讲全文：), there glued to the speech's first heading
    got = sources_of([["以下为姚欣演讲全文："],
                      ["过去一周，豆包手机横空出世，引发了行业广泛讨论。"],
                      ["从生成走向执行"],
                      ["今天提到智能体这个话题的时候，很多人首先想到的是编排工具。"]])
    assert got == ["", "姚欣", "", "姚欣"]


def test_a_lead_that_names_no_ones_text_carries_nothing():
    # near-misses: the lead gives questions, examples or an interview, not one speaker's text
    for lead in ["以下是一些「卖家秀」：", "以下是《卫报》采访Randy Schekman所问的10个问题：", "以下为知识分子与戈尔丁的对话",
                 "以下是建立真正优秀产品所需的条件："]:
        got = sources_of([[lead], ["房价在过去一年里上涨了百分之十。"]])
        assert got[1] == "", lead


def test_a_code_announced_in_full_goes_on_through_its_chapters():
    # fresh22 703_md_simpread_wechat_ai_ethics_code_notice.md: the short title the article defines is the document
    got = sources_of([["9 月 25 日，国家新一代人工智能治理专业委员会发布了《新一代人工智能伦理规范》(以下简称《伦理规范》)，"
                       "旨在将伦理道德融入人工智能全生命周期。"],
                      ["《伦理规范》提出了增进人类福祉、促进公平公正等 6 项基本伦理要求。"],
                      ["《伦理规范》全文如下："],
                      ["新一代人工智能伦理规范"],
                      ["第一章 总则"],
                      ["第一条 本规范旨在将伦理道德融入人工智能全生命周期，促进公平、公正、和谐、安全。"],
                      ["第二章 管理规范"],
                      ["第五条 推动敏捷治理。", "尊重人工智能发展规律，持续优化治理机制和方式。"]])
    assert got[1] == "《新一代人工智能伦理规范》"
    assert got[2:5] == ["", "", ""]
    assert got[5] == got[8] == "《新一代人工智能伦理规范》"
    assert got[6] == got[7] == ""  # a chapter's heading, an article's title


def test_a_short_title_without_its_definition_stays_as_written():
    # near-miss: no 以下简称, the short title is the source as written; a 简称 of an organisation is not read
    got = sources_of([["《伦理规范》提出了增进人类福祉、促进公平公正等 6 项基本伦理要求。"],
                      ["中国人民银行（以下简称“央行”）发布公告。", "央行表示，将保持流动性合理充裕。"]])
    assert got[0] == "《伦理规范》"
    assert got[2] == "央行"


def test_a_numbered_items_title_inside_a_text_given_in_full_is_nobodys():
    # fresh22 703: （一）增进人类福祉。 titles the item whose provisions follow; 第五条 推动敏捷治理。 likewise
    got = sources_of([["《伦理规范》全文如下："],
                      ["（一）增进人类福祉。", "坚持以人为本，遵循人类共同价值观，尊重人权和人类根本利益诉求。"],
                      ["第五条 推动敏捷治理。", "尊重人工智能发展规律，持续优化治理机制和方式。"],
                      ["（二）研发活动主要指人工智能相关的科学研究、技术开发、产品研制等。"]])
    assert got[1] == got[3] == ""
    assert got[2] == got[4] == got[5] == "《伦理规范》"  # a long item is a provision, not a title


def _checkworthy(paragraphs: list[list[str]]) -> list[bool]:
    texts = [t for para in paragraphs for t in para]
    sentences = pd.DataFrame({"sent_id": range(len(texts)), "para_id": [p for p, para in enumerate(paragraphs) for _ in para],
                              "role": ["body"] * len(texts), "text": texts})
    sentences["text_zhs"] = [to_simplified(t) for t in texts]
    return list(claims.claims_table(sentences, quantities_table(sentences))["checkworthy"])


def test_a_persons_text_given_in_full_is_checkworthy_as_their_statements():
    # fresh22 706: the deputy's proposals and assessments are his stated views (CHECKWORTHY_CONVENTION, round 19:
    # a named source's view, wish or exhortation is yes)
    proposal = ("二、充分考虑科技企业的特点，进一步优化再融资相关政策，允许科技型企业特别是历史信用比较好的龙头型科技企业，"
                "再融资时不受非资本化投入占比的限制，使得企业可以持续优化资产负债结构、加大研发投入持续创新，有效增强公司竞争力和整体实力。")
    assessment = "不仅如此，电话机器人在家庭医生、慢病管理等基本公共卫生工作中也取得了相应的成效。"
    assert _checkworthy([["以下为刘庆峰 2021 年全国两会建议概述："], [assessment], ["基于此，我建议："], [proposal]]) \
        == [False, True, False, True]
    # near-misses: the same sentences with no lead, and under a body's notice given in full (fresh9 348's directives,
    # gold no), are judged on their content alone
    assert _checkworthy([[assessment], [proposal]]) == [False, False]
    assert _checkworthy([["《中央宣传部关于认真组织学习的通知》全文如下。"], [proposal]]) == [False, False]


def test_a_say_verb_after_the_report_it_was_written_in_is_the_reports_author():
    # fresh22 705: 在哈佛的校报《哈佛深红》2007 年的报道中，评价道： (jieba: 评价/n 道/q)
    assert claims.tag_sentence("在哈佛的校报《哈佛深红》2007 年的报道中，评价道：对于戈尔丁来说，撰写有关女性的文章不是一项"
                               "政治决定，而是一项学术决定。").source == "《哈佛深红》"
    assert claims.tag_sentence("在新华社的报道中，写道：经济增长强劲。").source == "新华社"
    assert claims.tag_sentence("王教授评价道：这是学术决定。").source == "王教授"
    # near-misses: a time or a setting is no one's text; 评价 as a noun says nothing
    assert claims.tag_sentence("在今年的报告中，指出：经济增长强劲。").source == ""
    assert claims.tag_sentence("在这样的环境中，表示：很好。").source == ""
    assert claims.tag_sentence("各方给予高度评价。").source == ""


def test_a_wire_dateline_in_lenticular_brackets_is_no_part_of_the_source():
    # fresh22 723: 【時報－台北電】 glued before the company that announced
    assert claims.tag_sentence("【时报－台北电】半导体硅晶圆大厂环球晶（6488）8日公告2022年元月合并营收52.16亿元。").source \
        == "半导体硅晶圆大厂环球晶"
    assert claims.tag_sentence("【新华社北京电】外交部发言人表示，欢迎各方。").source == "外交部发言人"
    # an outlet's tag without 电/讯 is a digest's head: no part of the speaker either (r31s: 【财联社…早间新闻精选】 1、商务部
    # 新闻发言人何亚东, fresh37 1044); a digest's items are still given to the tagged outlet by the digest reading
    assert claims.tag_sentence("【环球时报】外交部发言人表示，欢迎各方。").source == "外交部发言人"


def test_a_name_the_article_cites_elsewhere_speaks_however_jieba_cuts_it():
    # fresh22 723: 环球/n 晶/n 公告… and 环球晶虽然…，但仍预期… once 环球晶表示 names it a source
    got = sources_of([["环球晶表示，半导体发展乐观可期。"],
                      ["环球晶公告2022年元月合并营收52.16亿元，较去年12月减少1.6%。"],
                      ["环球晶虽然合并德国世创一案未能成就，但仍预期硅晶圆供不应求会延续到2024年。"]])
    assert got == ["环球晶"] * 3
    # near-misses: not cited elsewhere, the cut name stays unread; a cited name as a passive's agent is a belief told
    assert sources_of([["环球晶公告2022年元月合并营收52.16亿元。"]]) == [""]
    got = sources_of([["法官认为，双方感情确已破裂。"], ["换句话说，男人们的话就是更容易被法官相信，他们可以规避审判原则。"]])
    assert got[1] == ""


def test_an_escaped_line_break_opens_a_paragraph_for_the_carry():
    # fresh22 723: a record's body field, its paragraphs joined by \\n and full-width spaces, read as one paragraph
    got = sources_of([["徐秀兰表示，环球晶公开收购德国世创一案未能成就，因此将执行扩产计划。",
                       "环球晶将在2022～2024年投入新台币1,000亿元资本支出。",
                       "\\n　　徐秀兰日前表示，环球晶去年陆续与客户签订新的长约。",
                       "虽然市场景气有杂音，但到2023～2024年都没有看到需求减弱迹象，环球晶可望一直维持产能全部满载。",
                       "\\n　　法人看好环球晶第一季营收将维持高档。"]])
    assert got[3] == "徐秀兰"  # her paragraph opens with her, so the dated view goes on as hers
    assert got[4] != "徐秀兰"  # a new (escaped) paragraph stops the carry


def test_a_bodys_inquiry_before_its_finding_names_the_body():
    # fresh22 700: 1、交易商协会监测发现，… (jieba: 监测/vn, read as an act before)
    assert claims.tag_sentence("1、交易商协会监测发现，常熟农商银行在国债二级市场交易中涉嫌操纵市场价格。").source == "交易商协会"
    assert claims.tag_sentence("市场监管局抽检发现，3批次产品不合格。").source == "市场监管局"
    # near-misses: a reporter's act of reading stays an act; an inquiry with no finder names no one
    assert claims.tag_sentence("记者梳理年报发现，利润下降。").source == ""
    assert claims.tag_sentence("经初步调查发现，事故系违规操作所致。").source == ""


def test_a_means_opening_the_clause_is_no_speaker():
    # fresh22 706: …，通过对基层门诊病历进行智能分析，快速识别疑似人群 (the clause was read as who analyses)
    assert claims.tag_sentence("将流调工作与智能辅助诊断相结合，通过对基层门诊病历进行智能分析，快速识别疑似人群。").source == ""
    assert claims.tag_sentence("王清华分析，今年的房价将保持平稳。").source == "王清华"
