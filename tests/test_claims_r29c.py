"""Sources, figures and check-worthiness, r29c (after fresh34/fresh35's scoring): a government office written 巡视办 /
扶贫办 (jieba cuts 巡视/办 as two verbs); a body that opens its paragraph with the day it spoke (11月4日，X介绍，…) goes
on in its findings; some of a group picked by an indefinite word (部分党政机关人员…) is no actor that ends a carry;
X获得的消息显示 is X; 梳理发现 is how a finder found; 公报显示 stands for the bulletin named before. Each real shape cut
small from its article, made-up variants, and near-misses that must not change."""

from test_claims_sources10 import sources_of


# --- 1. an office named by its function and 办 -----------------------------------------------------------------------

def test_inspection_office_speaks():
    # fresh34 983
    got = sources_of([["山西省委巡视办表示，山西大部分市县区、院校党委管党治党意识不强，出规破矩问题频现。"]])
    assert got == ["山西省委巡视办"]


def test_offices_named_by_their_function():
    assert sources_of([["国务院扶贫办表示，今年脱贫人数超过预期。"]]) == ["国务院扶贫办"]
    assert sources_of([["市防汛办表示，全市已转移群众三千人。"]]) == ["市防汛办"]
    assert sources_of([["县信访办表示，来访人数有所下降。"]]) == ["县信访办"]


def test_doing_something_is_no_office():
    assert sources_of([["这件事怎么办，他表示还没想好。"]]) != ["怎么办"]


# --- 2. a body that opens its paragraph after the day it spoke goes on -----------------------------------------------

def test_inspection_office_findings_carried():
    # fresh34 983 (the page's paragraphs as the flattened-page loader cuts them)
    got = sources_of([["11月4日，山西省委巡视办介绍，在本轮巡视中，巡视组边巡视边移交边查处，不断提高巡视质量和效果。",
                       "本轮巡视共发现问题线索3228条，涉及省管干部82人、处级干部358人、班子成员158人、党政一把手30人。"],
                      ["山西省委巡视办表示，山西大部分市县区、院校党委管党治党意识不强，党员干部党性观念淡漠，出规破矩问题频现。",
                       "部分党政机关人员违规经商办企业，一些领导干部插手土地转让、矿产开发等，为亲属及特定关系人经商办企业提供方便。",
                       "部分市县区选人用人导向不正，违规提拔干部问题突出，“官二代”“富二代”提拔快且身居关键岗位。",
                       "此外，懒政怠政、不担当、不作为、慢作为等问题突出。"],
                      ["实际上，在官场重建过程中，山西从未放松“挖掘腐败存量、遏制腐败增量”。"]])
    assert got[:6] == ["山西省委巡视办"] * 6
    assert got[6] == ""


def test_dated_body_opening_variants():
    got = sources_of([["昨日，市卫健委介绍，全市新增病例12例。", "其中重症病例3例，均已转入定点医院。"]])
    assert got == ["市卫健委", "市卫健委"]
    got = sources_of([["3日，省教育厅表示，今年高考报名人数创新高。", "其中复读生比例超过两成，农村考生居多。"]])
    assert got == ["省教育厅", "省教育厅"]


def test_a_body_later_in_the_paragraph_still_not_carried_into_narrative():
    # the body's words start after the writer's narration: the sentence after it is the writer's, as before
    got = sources_of([["大雨持续了三天。", "市气象局表示，降雨已经结束。", "1998年，这座城市曾遭遇特大洪水。"]])
    assert got[2] == ""


def test_a_named_actor_still_ends_the_carry():
    got = sources_of([["11月4日，山西省委巡视办介绍，本轮巡视发现问题线索3228条。", "王儒林主持召开会议，研究了巡视成果。"]])
    assert got[1] != "山西省委巡视办"


# --- 3. X获得的消息显示 ---------------------------------------------------------------------------------------------

def test_paper_that_obtained_the_news():
    # fresh34 982
    got = sources_of([["《第一财经日报》获得的消息显示，早期国家发改委价格司牵头制定的天然气价格调整方案有所变化。"]])
    assert got[0] in ("《第一财经日报》", "第一财经日报")


def test_obtained_variants():
    assert sources_of([["澎湃新闻获取的文件显示，该公司已停产。"]]) == ["澎湃新闻"]
    assert sources_of([["据新华社获得的消息，会议将于明天召开。"]]) == ["新华社"]


def test_names_that_hold_the_verb_unchanged():
    assert sources_of([["中国取得的成就显示，改革是成功的。"]]) != ["中国取得"]
    assert sources_of([["新华社发布的消息显示，会议将于明天召开。"]]) == ["新华社"]


# --- 4. 梳理发现 ----------------------------------------------------------------------------------------------------

def test_account_combed_and_found():
    # fresh34 986 (a WeChat account's desk; its gloss in brackets is left for later)
    assert sources_of([["政知局梳理发现，相比此前，四中全会到五中全会这一年，人事调整更显频繁。"]]) == ["政知局"]
    assert sources_of([["国家统计局梳理发现，今年以来物价总体平稳。"]]) == ["国家统计局"]


def test_reporter_combing_reports_stays_own_reporting():
    assert sources_of([["记者梳理年报发现，该公司利润下滑。"]], {"outlet": "新京报"}) == [""]


# --- 5. 公报显示 ----------------------------------------------------------------------------------------------------

def test_bulletin_shows():
    # fresh35 1001
    got = sources_of([["5月22日，国家统计局发布《2025年全国1%人口抽样调查主要数据公报》。",
                       "公报显示，2025年全国人口为140545万人，其中男性人口为71722万人，占51.03%。"]])
    assert got[1] == "《2025年全国1%人口抽样调查主要数据公报》"


def test_bulletin_variants():
    got = sources_of([["国家统计局今天发布2025年国民经济统计公报。", "公报显示，2025年全国人口为140545万人。"]])
    assert got[1] == "国家统计局"
    got = sources_of([["国家统计局发布的《2025年统计公报》显示，全国人口为140545万人。", "公报还显示，城镇化率为67%。"]])
    assert got == ["国家统计局", "国家统计局"]


def test_report_shows_unchanged():
    got = sources_of([["乐施会发布的《报告》显示，贫富差距扩大。", "报告显示，最富的1%拥有一半财富。"]])
    assert got == ["乐施会", "乐施会"]


# --- 6. a bulletin's preamble of policy formulas is not check-worthy -------------------------------------------------

from zhnews.claims.checkworthy import tag_sentence  # noqa: E402


def test_bulletin_preamble_not_checkworthy():
    # fresh35 1004, 1005
    assert not tag_sentence("2025年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届历次全会"
                            "精神，全面落实省会引领战略，全市经济总量实现新突破，为“十五五”良好开局奠定了坚实基础。").checkworthy
    assert not tag_sentence("2025年，在市委、市政府的坚强领导下，全市上下坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的"
                            "二十大精神、习近平总书记出席自治区成立70周年庆祝活动期间的重要讲话重要指示精神。").checkworthy


def test_preamble_variants():
    assert not tag_sentence("今年以来，全县坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。").checkworthy
    assert not tag_sentence("一年来，在县委的坚强领导下，我们深入学习贯彻党的二十届三中全会精神，统筹发展和安全。").checkworthy


def test_results_after_the_formulas_stay_checkworthy():
    # an amount, a rate or a count reported after the formulas is a result to check
    assert tag_sentence("2025年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，"
                        "全市地区生产总值8141.69亿元，比上年增长4.7%。").checkworthy


def test_one_formula_before_a_result_unchanged():
    # fresh19 633 (gold yes)
    assert tag_sentence("面对复杂局面，在党中央的坚强领导下，各地区、各部门统筹疫情防控和经济社会发展，有力有效实施宏观政策，"
                        "国民经济保持了恢复态势。").checkworthy
    # fresh9 348 (gold yes): 认真贯彻落实 is what a notice asks of its readers
    assert tag_sentence("新华社北京7月8日电 近日，中共中央办公厅转发了《中央宣传部、中央组织部关于认真组织学习〈习近平谈治国理政〉"
                        "第三卷的通知》，并发出通知，要求各地区各部门结合实际认真贯彻落实。").checkworthy


# --- 7. a bulletin's classification names and a plan's quoted label hold no figure ------------------------------------

from zhnews.claims.quantities import find_quantities  # noqa: E402


def _figures(text):
    return [(text[q.start:q.end], q.kind) for q in find_quantities(text)]


def test_three_sectors_is_a_name():
    # fresh35 1002, 1003, 1004, 1000
    assert _figures("三次产业结构为3.2:41.5:55.3。") == [("3.2:41.5:55.3", "ratio")]
    assert _figures("从三大门类看，制造业增加值下降0.5%。") == [("0.5%", "percent")]
    assert ("三次", "count") not in _figures("三次产业对经济增长的贡献率分别为 1.7% 27.7%和 70.6%。")


def test_three_times_still_counted():
    assert ("三次", "count") in _figures("他去了三次北京。")
    assert ("三大", "number") in _figures("公司有三大产业板块。")


def test_quoted_plus_label_is_no_figure():
    # fresh35 1006
    assert _figures("我市聚焦“1+2+4+N”目标任务体系，深化预算管理制度改革。") == []
    assert _figures("推行“1+X”证书制度。") == []
    assert _figures("新高考采用“3+1+2”模式。") == []


def test_sums_and_counts_outside_a_label_unchanged():
    assert ("3个", "count") in _figures("全年新增“1+2”个项目共3个。")
    assert ("2分", "count") in _figures("他得了3+2分。")


# --- 8. a bulletin's level, then its price gloss or how the change is reckoned, then the change -----------------------

def _roles(text):
    return [(text[q.start:q.end], q.role) for q in find_quantities(text) if q.kind != "date"]


def test_gdp_level_before_price_gloss():
    # fresh35 1005, 1003
    assert _roles("根据地区生产总值统一核算结果，全年实现地区生产总值（GDP）1303.96亿元（现价，下同），比上年增长4.6%。")[:2] == [
        ("1303.96亿元", "level"), ("4.6%", "change_up")]
    assert _roles("2025 年成都市地区生产总值 24763.6 亿元, 按不变价格计算 , 比上年增长5.8%。") == [
        ("24763.6 亿元", "level"), ("5.8%", "change_up")]


def test_level_gloss_variants():
    assert _roles("全县实现地区生产总值17.77亿元（现价，下同），按可比价格计算，比上年增长3%。") == [
        ("17.77亿元", "level"), ("3%", "change_up")]
    assert _roles("全年工业增加值85.2亿元，按可比价计算，同比下降1.2%。") == [("85.2亿元", "level"), ("1.2%", "change_down")]


def test_a_second_amount_in_brackets_unchanged():
    # a converted amount in brackets is a figure of its own: the level rule does not reach past it
    assert _roles("公司营收120亿元（约合17亿美元），同比增长15%。")[0] == ("120亿元", "")


# --- 9. the rest of a bracketed gloss cut at its colon is no source ----------------------------------------------------

def test_wechat_account_gloss_leaves_no_junk():
    # fresh34 986 (a 搜狐 repost of a WeChat account's round-up): once 梳理发现 read as a finding, the clause cut at the
    # gloss's colon named "bqzhengzhiju）小编"; the name before the gloss is left for later, as before
    got = sources_of([["政知局（微信ID：bqzhengzhiju）小编梳理发现，相比此前，四中全会到五中全会这一年，人事调整更显频繁。"]],
                     {"outlet": "搜狐"})
    assert got == [""]


def test_account_gloss_variants():
    assert sources_of([["侠客岛（微信号：xiake_island）小编表示，这一做法值得肯定。"]], {"outlet": "搜狐"}) == [""]


def test_other_brackets_unchanged():
    assert sources_of([["李明（音译）表示，业绩增长。"]]) == ["李明"]
    # fresh13 444: the account's own observation stays no one's
    assert sources_of([["长安街知事（微信ID：Capitalnews）注意到，今年初曾有人造谣。"]]) == [""]
