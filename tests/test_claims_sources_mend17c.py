"""Round 17 mend (fresh16's unnamed sources, seen from this mend): people a street report names only by what they do
or who they are. The sentences are quoted from fresh16 522_page_sichuanxinwenwang_santai_chengguan_stabbing.html
(data/eval/fresh16/SOURCES.tsv gives its provenance); each expected source was read off the article by hand (the gold
records all of them as "(unnamed)")."""

from zhnews.claims import tag_sentence


def test_someone_jieba_tags_as_a_pronoun_is_a_vague_group():
    # 有人/r 说: "someone said", recorded like 人们, adding nothing to the score (it was no source at all before)
    said = tag_sentence("有人说刘高兵常在这个地方被城管逮到，也许是长期积怨导致刘高兵冲动。")
    assert said.source == "(unnamed: 有人)"
    assert tag_sentence("在那个表示空间。").source == ""  # a demonstrative is still no speaker
    # fresh2 87 (hkcnews): 有人說 inside what a named speaker reports is not the sentence's source
    assert tag_sentence("关家明续指，有人说中国的意识形态是个问题，有人说债务是个更大的问题。").source == "关家明"


def test_relative_clause_before_a_person_word_is_someone_unnamed():
    # 熟悉他的人都表示: the clause opens with a verb (熟悉) yet is a noun phrase whose head is 人
    known = tag_sentence("对刘高兵这一非常之举，熟悉他的人都表示难以理解，印象中，他是一个老实本分的人。")
    assert known.source == "(unnamed: 熟悉他的人)"
    assert not known.checkworthy  # as loose as 有人: the gold does not flag it
    assert tag_sentence("听到消息说房价会涨。").source == ""  # a clause of a verb and its object names no one


def test_street_people_by_their_trade_are_unnamed_persons():
    # 告诉 needs someone before it: 老板娘 is a person, not named (jieba reads 铺 as a verb)
    assert tag_sentence("小食店正对面粮油铺老板娘告诉记者，每天有很多农民经过这里，刘高兵就常在这里卖肉。"
                        ).source == "(unnamed: 小食店正对面粮油铺老板娘)"
    assert tag_sentence("粮油店老板娘向记者介绍，开始只看到三个城管围着刘高兵的肉摊。").source == "(unnamed: 粮油店老板娘)"
    assert tag_sentence("旁边修鞋的老大爷告诉记者，是城管先被罚了10元钱的款。").source == "(unnamed: 老大爷)"
