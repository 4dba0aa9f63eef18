"""Named sources, r29s2: a speech act jieba tags a noun (评价, 评论) between the speaker and 说/称 is how the
words came, not part of who said them (阿里内部人士评价称, seen 643; 今日俄罗斯评价称, seen 349; 《巴伦周刊》评价说
in a swept article); an adverb left ending a source once the time after it is cut (災害防救科技中心也在2014年分析,
seen 374). Each real shape cut small from its article, made-up variants, and near-misses that must not
change."""

from test_claims_sources10 import sources_of


# --- a speech act tagged a noun between the speaker and the say-verb -------------------------------------------------

def test_insider_appraisal_is_the_insider():
    # seen 643 (阿里内部人士评价称，阿里能出阎利珉这样的人不多): the insider, not "阿里内部人士评价"
    got = sources_of([["阿里内部人士评价称，阿里能出阎利珉这样的人不多，真正能做事拿结果的创新型专业人才。"]])
    assert got == ["(unnamed: 阿里内部人士)"]


def test_outlet_appraisal_is_the_outlet():
    # swept: 今日俄罗斯评价称，… / 8 倍。《巴伦周刊》评价说，…
    assert sources_of([["《巴伦周刊》评价说，这家公司的估值已经过高。"]]) == ["《巴伦周刊》"]
    assert sources_of([["人民日报评论称，这一做法值得推广。"]]) == ["人民日报"]


def test_person_appraisal_is_the_person():
    assert sources_of([["张先生评价说，这家店的服务一直很好。"]]) == ["张先生"]
    assert sources_of([["王教授評價說，這項研究很有價值。"]]) == ["王教授"]


def test_boast_keeps_the_sentence_attributed():
    # seen 342 (严新吹牛说…): 严新 alone is no name to the cues (jieba: a), so 吹牛 is not trimmed; the sentence stays
    # attributed rather than lose its source
    assert sources_of([["严新吹牛说大兴安岭的火灾都是他灭的。"]]) == ["严新吹牛"]


# --- near-misses: a commentary that is a text, a commentator who is a person ---------------------------------------

def test_one_commentary_is_a_text_and_stays():
    assert sources_of([["一篇评论称，这一做法值得推广。"]]) == ["一篇评论"]
    assert sources_of([["这则评论称，这一做法值得推广。"]]) == ["这则评论"]


def test_commentator_keeps_his_title():
    assert sources_of([["新华社评论员指出，这一做法值得推广。"]]) == ["新华社评论员"]
    assert sources_of([["央视特约评论员杨禹表示，这一做法值得推广。"]]) == ["央视特约评论员杨禹"]


# --- an adverb left at a source's end once the time before the verb is gone -------------------------------------------

def test_adverb_before_a_dated_analysis_is_no_part_of_the_body():
    # seen 374 (災害防救科技中心也在2014年分析，…): the centre, not "災害防救科技中心也"
    got = sources_of([["災害防救科技中心也在2014年分析，如果台北腳下的山腳斷層發生錯動，恐怕會有超過2萬人死亡。"]])
    assert got == ["災害防救科技中心"]


def test_other_adverbs_before_a_dated_analysis():
    assert sources_of([["中国科学院还在2019年分析，这一地区的风险较高。"]]) == ["中国科学院"]
    assert sources_of([["世界银行则在去年分析，全球经济增速将放缓。"]]) == ["世界银行"]


def test_dated_documents_keep_their_author():
    assert sources_of([["海通证券2017年10月的研究显示，经济运行总体平稳。"]]) == ["海通证券"]
    assert sources_of([["聚美优品在今年4月公布的数据显示，经济运行总体平稳。"]]) == ["聚美优品"]


def test_a_persons_name_ending_in_the_adverb_stays_whole():
    # fresh7 316 (队长吉田麻也在赛后接受采访时…): jieba cuts 吉田麻/nr 也/d; the 也 is the name's
    # (队长吉田麻也在赛后接受采访时表示 is cut to 队长吉田麻 by the titled-speaker pattern, before and after this change)
    got = sources_of([["队长吉田麻也在赛后接受采访时，含泪沉默了超过15秒，他说：“我要感谢所有人。"]])
    assert got == ["队长吉田麻也"]
