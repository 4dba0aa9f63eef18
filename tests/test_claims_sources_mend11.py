"""Named sources, mend of round 11: shapes the held-out split fresh10 showed, each quoted (cut small) from the fresh10
article it comes from (provenance in data/eval/fresh10/SOURCES.tsv), the expected source read off by hand against the
article and the written convention (data/eval/SOURCES_CONVENTION.md)."""

from zhnews import claims
from test_claims_sources10 import sources_of


def test_an_outlet_asking_under_its_own_label_makes_a_q_and_a():
    # fresh10 360_wechat_guixingren_meshy_hu_yuanming_interview.md (yaogjim/knowledgebase, _clippings/…对话Meshy胡渊鸣…md):
    # the questions are labelled with the outlet's name (硅星人：, no person), the answers with the interviewee's
    # (胡渊鸣 ：); a question paragraph that does not end in ？ is still a question, the answer after it is his
    # (convention (b)), and each question block is its named asker's
    got = sources_of([["硅星人： 先聊聊Meshy和AI+3D的现状吧。", "你在GDC上的分享反响不错。"],
                      ["胡渊鸣 ： 对，今年的GDC大家的反馈变化很大。",
                       "去年我们去的时候，大家觉得Meshy只是看起来很有趣，但离生产要求还远。"],
                      ["硅星人 ： 有具体的客户案例吗？"],
                      ["胡渊鸣 ： 比如Stradion Studios，他们用Meshy把概念设计到基础网格再到游戏的过程，从4个小时缩短到4分钟。"],
                      ["硅星人 ： 直接用到游戏里了？"], ["胡渊鸣 ： 对，直接上线了。"],
                      ["硅星人 ： 可以现场演示一下吗？", "比如用文字生成一条龙。"],
                      ["胡渊鸣 ： （操作演示）我们界面很完善，可以生成很多任务。", "（约一分钟后）你看，已经生成出来了，用户可以继续处理。"],
                      ["一般一个模型加贴图就一两分钟，成本大约两美元。"]])
    assert got == ["硅星人", "硅星人", "胡渊鸣", "胡渊鸣", "硅星人", "胡渊鸣", "硅星人", "胡渊鸣", "硅星人", "硅星人",
                   "胡渊鸣", "胡渊鸣", "胡渊鸣"]


def test_a_recurring_topic_label_that_asks_nothing_makes_no_q_and_a():
    # the same article's labels with the asking taken out: 背景： opening paragraphs that state, not ask, is no
    # interviewer, and the named label alone makes no Q&A
    got = sources_of([["背景： 2022年太极图形宣布拿到一笔5000万美元融资。"], ["胡渊鸣 ： 对，今年的GDC大家的反馈变化很大。"],
                      ["背景： 之后Meshy快速迭代，两年更新了5代。"], ["背景： Meshy 5是最新版本。"]])
    assert got[0] == got[2] == got[3] == ""


def test_a_talk_write_up_whose_headline_and_byline_name_the_speaker_is_his_in_the_first_person():
    # fresh10 361_wechat_bijixia_zeng_ming_agents_speech.md (yaogjim/knowledgebase, _clippings/…曾鸣最新演讲…md):
    # headline 曾鸣最新演讲：下一个10年，生意的底层逻辑变了！, byline 曾鸣; the talk's 我们 is the speaker's (a
    # speech speaks for its audience), as the gold has it, and a sentence in no one's voice stays no one's
    meta = {"title": "曾鸣最新演讲：下一个10年，生意的底层逻辑变了！", "author": "曾鸣", "outlet": "笔记侠"}
    got = sources_of([["那么，究竟什么是黑洞效应呢？"],
                      ["我们来看一下。"],
                      ["当然，这其中也有英伟达芯片不断升级的助力。",
                       "不过，我们现在正处于算法和算力发展的瓶颈阶段，在这个阶段，核心的差异其实体现在数据上。"]], meta)
    assert got == ["", "曾鸣", "", "曾鸣"]


def test_a_talk_word_after_a_name_in_the_headline_names_the_speaker():
    # the same headline; a headline with no talk word after the name gives no one the floor
    assert claims.attribution._headline_speaker("曾鸣最新演讲：下一个10年，生意的底层逻辑变了！") == "曾鸣"
    assert claims.attribution._headline_speaker("下一个10年：生意的底层逻辑变了！") == ""


def test_an_authority_that_confirms_is_the_source_of_what_it_confirms():
    # fresh10 371_infzm_nanfangzhoumo_yibin_bus_fire.html (sonyfe25cp/ParseEverything, src/test/resources/infzm-news-001.html):
    # 内江市确认，… (the city's government confirms the
    # arsonist's past), gold 内江市; 确认 is a say-verb that needs an actor (经确认 names no one)
    got = sources_of([["内江市确认，余跃海曾在内江市第七初级中学校任教。"], ["经确认，余跃海曾在内江市第七初级中学校任教。"]])
    assert got == ["内江市", ""]
