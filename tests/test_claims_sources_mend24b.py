"""Named sources, mend24b: a whole text announced as one person's or one document's (fresh22 706, a deputy's
proposals after 以下为…建议概述：; fresh22 703, a code of conduct after 《…》全文如下： whose chapters and articles
have headings of their own) and a document the article calls by a short title it defines (以下简称《伦理规范》).
Each test cuts the real shape small, then made-up variants and near-misses that must not change."""

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
    assert got[5] == got[7] == got[8] == "《新一代人工智能伦理规范》"
    assert got[6] == ""


def test_a_short_title_without_its_definition_stays_as_written():
    # near-miss: no 以下简称, the short title is the source as written; a 简称 of an organisation is not read
    got = sources_of([["《伦理规范》提出了增进人类福祉、促进公平公正等 6 项基本伦理要求。"],
                      ["中国人民银行（以下简称“央行”）发布公告。", "央行表示，将保持流动性合理充裕。"]])
    assert got[0] == "《伦理规范》"
    assert got[2] == "央行"
