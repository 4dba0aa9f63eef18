"""Named sources, mend27s2: the families that recur in the seen splits' "source wrong" and "unnamed wrong" lists after
mend27s: a 他/她 whose sentence before names no one (fresh19 622, fresh5 163, fresh10 360), and 有人 after a linking
word or after clauses where no one speaks (fresh28 864, fresh4 123, fresh9 346, fresh25 811). Each is cut small from
the article, then made-up variants of the same shape and near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- 他/她 after a sentence that narrates what the one person named before did ---

FRESH19_622 = ["捐赠仪式上，华南师范大学教育发展基金会理事、广东善酿肆玖实业有限公司董事长杨佳作为捐赠代表讲话。",
               "她分享了在母校的求学经历，衷心感谢母校的教育和培养。",
               "她表示，作为华师人，看到母校的发展倍感荣幸，今后也会一如既往地关心和支持母校。"]


def test_she_stands_for_the_one_person_named_before_a_sentence_that_names_no_one():
    assert sources_of([FRESH19_622])[2] == "杨佳"


def test_he_skips_several_sentences_of_narration_naming_no_one():
    # made up, the shape of fresh5 163 (刘姐 … 加上她所在的位置…，她觉得…): two sentences between, in other paragraphs
    got = sources_of([["当下校长王建国最担心的是停电。"], ["学校的发电机已经老化。", "备用电源也不够用。"],
                      ["他认为，学校必须尽快更换设备。"]])
    assert got[3] == "王建国"


def test_he_after_a_quotation_naming_no_one_stands_for_the_one_person_before_it():
    # the shape of fresh10 360: the interviewer met 胡渊鸣, two sentences about him, then “…，”他说。
    got = sources_of([["前不久，我在硅谷与Meshy AI的创始人兼CEO胡渊鸣进行了一次深入的对话。"],
                      ["今天的公司一心想成为更好的团队。", "而这一切发生的根本，是找回了最佳的状态。"],
                      ["“我不再追求所有人的喜欢，”他说。"]])
    assert got[3] == "胡渊鸣"


def test_two_people_named_before_leave_the_pronoun_unresolved():
    # near-miss: 杨佳 and 李明 both named in the nearest sentence that names anyone; 她 cannot be told
    got = sources_of([["捐赠仪式上，董事长杨佳和校长李明先后讲话。", "她分享了在母校的求学经历。", "她表示，今后会继续支持母校。"]])
    assert got[2] == "(unresolved: 她)"


def test_an_unnamed_source_between_stops_the_pronoun_from_reaching_back():
    # fresh5 151: the unnamed representative who gave the interview stands between 侯華健 and 他形容
    got = sources_of([["警方昨日凌晨拘捕三名男子，包括现任董事侯华健及何建业。"],
                      ["有业界人士透露，参与工程竞标的建筑公司越来越少。",
                       "有不愿具名的工程业界代表接受《大公报》访问，指出围标情况普遍。",
                       "他形容，这种情况在业内已维持一段长时间。"]])
    assert got[3] != "侯华健"


def test_a_person_named_in_the_sentence_before_still_comes_first():
    # near-miss, unchanged: the sentence before names 李明, so 他 is 李明 even with 王建国 further back
    got = sources_of([["校长王建国主持了会议。", "副校长李明介绍了学校的规划。", "他表示，学校将扩建图书馆。"]])
    assert got[2].endswith("李明")


# --- 有人 after a linking word, or after clauses where no one speaks ---

def test_someone_after_a_linking_word_is_unnamed():
    # fresh4 123 (至于有人说…), fresh28 864 (更有人怒斥); made up: 甚至有人认为
    assert one("至于有人说后面高位刹车灯有做工的问题，我们的车倒是没有那么夸张。") == "(unnamed: 有人)"
    assert one("更有人怒斥：“这样的婚礼是对穷人的羞辱。”").startswith("(unnamed")
    assert one("甚至有人认为，这是一件好事。") == "(unnamed: 有人)"


def test_someone_after_clauses_where_no_one_speaks_is_unnamed():
    # fresh28 864, fresh9 346, fresh25 811
    assert one("事故影片在社交媒体上疯传，网民纷纷讽刺现场如同“抢劫现场”，更有人怒斥：“这样的婚礼是对穷人的羞辱。”"
               ).startswith("(unnamed")
    assert one("在海峡对岸，也曾有人指责星云和尚“只会通俗讲演，不会讲经”。") == "(unnamed: 有人)"
    assert one("记:有人说百度在一年以后将超过Google。") == "(unnamed: 有人)"


def test_someone_a_speaker_reports_or_inside_a_quote_is_not_the_source():
    # near-misses: fresh2 87's shape (a named speaker reports what others say), and words inside a quotation
    assert one("關家明續指，有人說這是好事。").startswith("關家明")
    assert one("“其实，有人说我们不行。”") == ""


def test_linking_words_leave_named_sources_and_topics_alone():
    # near-misses: 至于 before a topic, 甚至 after a named group
    assert one("至于价格，厂家表示还没定。") == "厂家"
    assert one("专家甚至认为，此举不行。") == "(unnamed: 专家)"


def test_a_common_word_jieba_tags_a_name_is_no_person_reached_back_to():
    # fresh6 265: 难道十余年的恩爱就完了？ (恩爱/nr) stands between 李女士 and 她反思…; a word of no name's shape is passed over
    got = sources_of([["李女士发现丈夫有了外遇。", "难道十余年的恩爱就完了？", "她反思了很久。", "她认为，这个婚姻该离与不能离的理由一样充分。"]])
    assert got[3] == "李女士"
