"""mend26g: an interview's surname labels (记：… ⏎ 李：…) and a speech's record (title 习近平在…上的主旨演讲)."""
from zhnews import claims


def _sources(texts, actors=None, **kwargs):
    paras = list(range(len(texts)))
    got = claims.resolve_sources(texts, paras, [""] * len(texts), actors or [()] * len(texts), **kwargs)
    return [s for s, _ in got]


LEAD = "近日，本报记者联系了百度公司，公司总裁李彦宏就目前的热点问题接受了采访。"


def test_a_surname_label_is_the_one_person_named_before_with_that_surname():
    """fresh25 811: 李： stands for 李彦宏, named in the lead; 记： asks; the answer goes on over its paragraph."""
    texts = [LEAD, "记:您怎样评价他们?", "李:我们真正是为用户的需求来服务的。", "所以我们整个服务的过程是从用户角度出发的。",
             "记:有人说百度在一年以后将超过Google。", "李:我只能说事实是什么样子。"]
    actors = [("百度", "李彦宏")] + [()] * 5
    assert _sources(texts, actors) == ["", "", "李彦宏", "李彦宏", "", "李彦宏"]


def test_a_full_name_label_and_qa_labels_still_answer():
    texts = [LEAD, "记:您怎样评价他们?", "李彦宏：我们真正是为用户服务的。", "记：为什么？", "李彦宏：因为专注。"]
    assert _sources(texts, [("李彦宏",)] + [()] * 4) == ["", "", "李彦宏", "", "李彦宏"]
    # A： names no one: the interviewee is a source cited before the first question (none here), as before
    texts = [LEAD, "Q：您怎样评价他们？", "A：我们真正是为用户服务的。", "这是专注。"]
    assert _sources(texts, [("李彦宏",)] + [()] * 3) == ["", "", "(unresolved: 答)", "(unresolved: 答)"]


def test_a_surname_label_two_people_bear_stays_unresolved():
    """李彦宏 and 李开复 both named before: 李： names neither (it must recur to read as the answer label)."""
    texts = ["李彦宏和李开复接受了采访。", "记:您怎样评价?", "李:我们为用户服务。", "记:还有呢?", "李:专注。",
             "记:最后呢?", "李:没有了。"]
    got = _sources(texts, [("李彦宏", "李开复")] + [()] * 6)
    assert got[2] == got[4] == got[6] == "(unresolved: 李)"
    assert not any(s in ("李彦宏", "李开复") for s in got[1:])


def test_near_misses_keep_no_answer_source():
    """No question label: 李： with no Q&A carries nothing new; a surname no one bears, once, is no label."""
    texts = [LEAD, "李:我们为用户服务。", "这是专注。"]
    assert _sources(texts, [("李彦宏",)] + [()] * 2) == ["", "", ""]
    texts = ["记者：房价还会涨吗？", "文：本报记者", "今年房价上涨了。"]
    got = _sources(texts)
    assert got[1] == got[2] == ""
