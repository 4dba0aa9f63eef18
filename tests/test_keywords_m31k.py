"""Keywords mends of round 31 (branch m31k), from fresh39's sports reports (网易体育 1083, 1084, 新浪体育 1086): a foreign
person's name whose pieces a hyphen or a full stop joins (乔-约翰逊, 雷.阿伦) is one name, and one candidate with its
spelling without the mark (雷阿伦); a numeral and a streak word (四连胜, 3连败) are one term; and a verb character the
article writes before several objects (打 + 灰熊, 打 + 鹰) makes no new words. The articles' lines cut small, made-up
variants of the same shapes from other outlets, and near-misses that keep their behaviour."""

from zhnews import keywords, segment
from zhnews.keywords import newwords
from zhnews.keywords.tokens import is_content_word, is_counted_streak

from keyword_helpers import top_keys as _keys


def _candidates(texts):
    segment.set_run_words({})
    return keywords.keyphrase_candidates(texts)


# --- a foreign name joined by a hyphen or a full stop ----------------------------------------------------------------


def test_a_hyphen_between_a_given_name_and_a_surname_makes_one_name():
    # fresh39 1086 (新浪体育 via a JSP template), cut small: 乔-约翰逊 (gold tag) was cut 乔/zg + -/x + 约翰逊/nrt, and the
    # surname 约翰逊 took a top-10 slot as a fragment; 雷-阿伦 (gold) likewise.
    found = _candidates({
        0: "詹姆斯最后时刻成功防守乔-约翰逊护送热火过关。乔-约翰逊砍34分，雷-阿伦中关键三分。",
        1: "乔-约翰逊对于热火最后一球的防守提出质疑，雷-阿伦用夺命三分送走了皮尔斯。",
    })
    assert found["乔-约翰逊"].count == 3 and found["雷-阿伦"].count == 2
    assert "约翰逊" not in found and "阿伦" not in found


def test_other_outlets_hyphens_and_dots_in_foreign_names():
    # fresh39 1083 (网易体育) writes 雷.阿伦 (and 鲍勃.希尔) with a full stop; made up: 詹姆斯-琼斯 of a 腾讯体育 recap, a
    # double surname after a middle dot (约翰·米勒-怀特 of fresh4 142, the gold tag).
    found = _candidates({
        0: "客队雷.阿伦32分全场最高，超音速主帅鲍勃.希尔赶紧请求暂停。雷.阿伦关键时刻连续投中两个三分。",
        1: "詹姆斯-琼斯进远投才结束球队三分连续打铁的尴尬，詹姆斯-琼斯本场4投3中。",
        2: "美中合作基金会执行主席约翰·米勒-怀特认为，约翰·米勒-怀特曾多次访华。",
    })
    assert found["雷.阿伦"].count == 2 and found["詹姆斯-琼斯"].count == 2 and found["约翰·米勒-怀特"].count == 2
    assert "琼斯" not in found and "约翰·米勒" not in found


def test_a_hyphen_between_places_or_chinese_names_joins_nothing():
    # Near-misses: a route (北京-上海), two countries (中-美), two Chinese players paired (姚明-麦蒂: 姚 spells no
    # foreign sound), and a score (96-94) keep their pieces.
    found = _candidates({
        0: "北京-上海高铁开通，中-美关系回暖。",
        1: "北京-上海的票价不变，姚明-麦蒂组合得到40分，姚明-麦蒂配合默契，热火96-94取胜。",
    })
    assert "北京-上海" not in found and "中-美" not in found and "姚明-麦蒂" not in found
    assert found["姚明"].count == 2 and found["麦蒂"].count == 2


def test_a_name_with_and_without_its_mark_is_one_candidate():
    # fresh39 1083: 雷.阿伦 three times and 雷阿伦 twice (gold 雷.阿伦, variant 雷阿伦); made up: 彼得·蒂尔 and 彼得蒂尔.
    found = _candidates({
        0: "休斯敦火箭队在主场迎来了雷阿伦领军的超音速队，雷阿伦一次跳投得分。",
        1: "客队雷.阿伦32分全场最高，雷.阿伦关键时刻连投两个三分，先发：里德诺尔、雷.阿伦。",
        2: "彼得·蒂尔投资了脸书，彼得·蒂尔说自由与民主不兼容，彼得蒂尔的基金也在其中。",
    })
    assert found["雷.阿伦"].count == 5 and "雷阿伦" not in found
    assert found["彼得·蒂尔"].count == 3 and "彼得蒂尔" not in found


# --- a counted streak ------------------------------------------------------------------------------------------------


def test_a_numeral_and_a_streak_word_are_one_term():
    # fresh39 1083 and 1084 (网易体育): 四连胜 (gold tag, variant 4连胜) was cut 四/m + 连胜/nr, and 连胜 took its slot as
    # a fragment.
    found = _candidates({
        0: "麦蒂领军豪取四连胜 火箭103-96主场胜超音速",
        1: "火箭103－96战胜超音速，取得2007年第一场胜利，并喜获四连胜。",
    })
    assert found["四连胜"].count == 2 and "连胜" not in found


def test_streaks_of_other_reports_are_terms_too():
    # Made up: a 新华社 recap's 3连败 and 十二连胜, a market report's 三连跌 (tune's oil-price report writes 三连跌 once).
    found = _candidates({
        0: "湖人遭遇3连败，勇士豪取十二连胜。成品油价格迎来三连跌。",
        1: "3连败之后湖人换帅，十二连胜平了队史纪录，三连跌让车主松了口气。",
    })
    assert found["3连败"].count == 2 and found["十二连胜"].count == 2 and found["三连跌"].count == 2
    assert is_content_word("4连胜") and is_counted_streak("五连冠")


def test_a_streak_word_without_its_numeral_and_other_counts_stay_apart():
    # Near-misses: 连胜 said alone is the word it is; a numeral before a word of no streak (三 + 连击, 两 + 连队) is a count.
    found = _candidates({0: "球队的连胜被终结，连胜纪录停在九场。", 1: "他打出三连击，两连队合编。"})
    assert found["连胜"].count == 2
    assert not is_counted_streak("三连击") and not is_counted_streak("两连队") and not is_counted_streak("连胜")


# --- a verb before several objects makes no new words ----------------------------------------------------------------


def test_a_verb_before_several_opponents_makes_no_new_word():
    # fresh39 1084 (网易体育), cut small: 打灰熊, 打鹰 and 打网队 ("against the Grizzlies, the Hawks, the Nets") were
    # discovered as words, and 打灰熊 took a top-10 slot; the players' names (麦蒂, 老霍) stay new words.
    segment.set_run_words({})
    found = newwords.discover([
        "麦蒂最近3场比赛中三分球命中率均超过50％！分别为66.7％（6投4中，打鹰）、62.5％（8投5中，打灰熊）。",
        "穆大叔已经连续四场抢篮板在10个以上，分别为打网队10个、打鹰队14个、打灰熊11个和打超音速12个。",
        "老霍之后打灰熊和超音速又分别砍下15分和18分，麦蒂的投篮命中率71.4％（打网队），老霍功不可没，麦蒂也是。",
    ])
    words = set(found["word"])
    assert not {"打灰熊", "打鹰", "打网队"} & words
    assert {"麦蒂", "老霍"} <= words


def test_one_string_opened_by_a_verb_character_may_still_be_a_word():
    # Near-miss: a string a verb character opens stays a candidate when it is the only one (the rule needs the verb
    # before several objects), and a prefix that opens several names (老 of 老霍, 老麦) is no verb.
    assert newwords._leading_verbs(["打灰熊", "麦蒂"]) == frozenset()
    # fresh9 345: 防 opens two named things (防割手套, 防刺背心), a term's prefix; two objects are not several.
    assert newwords._leading_verbs(["防割手套", "防刺背心"]) == frozenset()
    assert newwords._leading_verbs(["打灰熊", "打鹰", "打网队", "老霍"]) == frozenset("打")
    assert newwords._leading_verbs(["老霍", "老麦", "阿祖布克"]) == frozenset()  # 老 opens names, it is no verb
    # A word and a longer one that goes on alike after the verb character: one object, no verb before several (seen
    # 179 坠亡产妇, fresh31 920 租购同权: words those articles are about, which the first version of the rule dropped).
    assert newwords._leading_verbs(["坠亡", "坠亡产妇"]) == frozenset()
    assert newwords._leading_verbs(["租购", "租购同权", "购租并举"]) == frozenset()
