"""Round 21 (claims21): check-worthiness classes measured on the tune splits (tune, test, fresh … fresh16)."""

from zhnews.claims import tag_sentence


def test_the_writers_question_with_an_undated_count_is_rhetoric():
    # fresh10 378 (twreporter): an op-ed asks whether Taiwan can afford a sum; gold no
    assert not tag_sentence("每年76億元，台灣花得起嗎？").checkworthy
    # fresh12 412 (a SQL news dump): the headline-like question counts the pills; gold no
    assert not tag_sentence("幼儿园的1万粒药从哪来的?").checkworthy
    # fresh13 433 (a commentary blog): a price in a rhetorical question; gold no
    assert not tag_sentence("没有更顶级的配置，小米Note凭什么卖2000元以上?").checkworthy
    # fresh5 167 (sogou corpus, full-width digits): the fine is told elsewhere, the question asks what comes next; gold no
    assert not tag_sentence("被处以１２７３万元罚款后，上邦高尔夫球场将何去何从？").checkworthy


def test_a_question_whose_counted_premise_is_dated_stays_check_worthy():
    # fresh10 (twreporter): the dated spending premise is checkable; gold yes
    assert tag_sentence("之前是台湾大学，现在换成中研院，不过，这次美国人已经先写了一份超详尽的调查报告，"
                        "虽然中研院宣称要继续调查陈庆士2014年回台之后，花费数千万元经费的「研究成果」是否也有造假？").checkworthy
    # fresh4 131 (an interview): opening on the person named before, the sentence tells what he used to ask; gold yes
    assert tag_sentence("他90多岁的时候，有时候我跟他聊天，他就会问那个老朋友还在吗？").score >= 0.5


def test_a_sentence_of_four_character_clauses_is_rhetoric():
    # fresh2 83 (WeChat huashangbao briefing, the Yellow Emperor eulogy): gold no, flagged before round 21
    assert not tag_sentence("桥山巍巍，古柏苍苍，人文初祖，勋耀洪荒。").checkworthy
    assert not tag_sentence("三秦故地，再谱华章。").checkworthy
    # fresh8 (rcy17/newsExtraction) and fresh16 (QQQQQIU/news): set sayings, gold no
    assert not tag_sentence("种种难处，不一而足。").checkworthy
    assert not tag_sentence("春风拂绿，万象更新。").checkworthy
    # a figure keeps its claim: not four-character metre alone
    assert tag_sentence("五个扎实并举，一幅蓝图宏昶（chǎng）。").score > tag_sentence("三秦故地，再谱华章。").score
