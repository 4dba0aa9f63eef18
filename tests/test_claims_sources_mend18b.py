"""Named sources, mend of round 18 (after fresh17's scoring): a news outlet written as a title names the outlet bare,
and a report referred back to (报道称, 该报写道) is the outlet cited or named just before. Each expected source read off
the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

import pytest

from article_sources import source_of, sources_in_text
from zhnews import claims


@pytest.mark.parametrize("raw, outlet", [
    ("中国《南方日报》", "南方日报"),  # fresh17 541: 据中国《南方日报》报道，有网友星期三（1月28日）发现…
    ("《环球时报》", "环球时报"),  # fresh17 541: 另一中国官媒《环球时报》则在社评中说：“…”
    ("《新京报》", "新京报"),  # fresh6 262: 《新京报》报道说，这些矿工本来是有机会逃生的。
    ("香港《明报》", "明报"),  # tune 43: 香港《明报》曝光的现场视频显示 (gold: 明报 | 《明报》 | 香港《明报》)
])
def test_an_outlet_written_as_a_title_is_named_bare(raw, outlet):
    assert claims.cues.clean_source(raw) == outlet


def test_a_title_that_is_no_outlet_or_follows_a_person_keeps_its_marks():
    assert claims.cues.clean_source("《政府工作报告》") == "《政府工作报告》"  # fresh2 85: a document keeps its title
    assert claims.cues.clean_source("张三在《人民日报》") != "人民日报"  # the person who wrote in the paper speaks


def test_a_report_referred_back_to_is_the_outlet_cited_before(tmp_path):
    # fresh17 553_json_guangming_us_japan_rok_defence_framework (光明网): 据韩联社…报道 ⏎ 报道称 ⏎ 报道称
    article = ("美日韩签署安全合作框架协议\n\n"
               "据韩联社7月28日报道，美国国防部部长奥斯汀、日本防卫大臣木原稔以及韩国国防部长官申源湜28日在日本东京防卫省举行会谈，"
               "并签署“韩美日安全合作框架协议”。\n\n"
               "报道称，这一安全合作框架协议是首个为韩美日提出安全合作基本方向和政策指南的文件。\n\n"
               "报道称，三国防长为此商定，三国定期轮流举行防长会议等高级别会议。\n")
    got = sources_in_text(tmp_path, article, "2024-07-29")
    assert source_of(got, "报道称，这一") == "韩联社"
    assert source_of(got, "报道称，三国") == "韩联社"


def test_the_paper_is_the_outlet_the_sentence_before_names(tmp_path):
    # fresh17 541_jsonfeed_zaobao_pokemon_yasukuni_apology (联合早报): 评论 is no say-verb the cues read, but 该报
    # is the paper the sentence before names
    article = ("宝可梦就靖国神社活动致歉\n\n"
               "中国官媒《人民日报》星期五在微博评论这起事件，强调宝可梦的道歉不是终点，敬畏历史才有未来。"
               "该报写道，虽然主办方并非宝可梦官方，但活动信息发布在其官网上，宝可梦显然难辞其咎。\n")
    assert source_of(sources_in_text(tmp_path, article, "2026-01-30"), "该报写道") == "人民日报"


def test_a_report_after_an_unnamed_report_stays_unnamed(tmp_path):
    # fresh14 483_txt_shengwugu_abc_breast_cancer_heart_risk: 据美国广播公司…报道 first, but 据报道 is nearer: the
    # gold keeps 报道称 unnamed, as the program did before
    article = ("乳腺癌疗法或伤心脏\n\n"
               "据美国广播公司2月1日报道，健康专家们发出警告称，越来越多乳腺癌疗法可能会产生副作用。\n\n"
               "据报道，赫赛汀和类似针对特定类型乳腺癌的药物会导致心脏衰竭。\n\n"
               "报道称，如果心脏衰竭出现在乳腺癌治疗早期，有时可以减缓治疗频率或改变疗法。\n")
    assert source_of(sources_in_text(tmp_path, article, "2018-02-02"), "报道称").startswith("(unnamed")
