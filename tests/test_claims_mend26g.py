"""mend26g: an interview's surname labels (记：… ⏎ 李：…) and a speech's record (title 习近平在…上的主旨演讲)."""
from zhnews import claims


def _sources(texts, actors=None, own=None, **kwargs):
    paras = list(range(len(texts)))
    got = claims.resolve_sources(texts, paras, own or [""] * len(texts), actors or [()] * len(texts), **kwargs)
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


SPEECH = ["大家好！", "很高兴同大家“云端”相聚。", "中国历来言必信、行必果。", "我们要把握经济全球化发展大势。",
          "有关研究表明，全球开放共识弱化。"]


def test_a_speech_record_titled_by_its_speaker_is_the_speakers_throughout():
    """fresh25 803: 习近平在…开幕式上的主旨演讲 (also …（全文）, 致…的贺信): every sentence without a source of its own
    is the speaker's; one with its own source (有关研究表明) keeps it."""
    for title in ("习近平在第四届中国国际进口博览会开幕式上的主旨演讲", "习近平在亚太经合组织工商领导人对话会上的主旨演讲（全文）",
                  "习近平在纪念大会上的讲话", "习近平致中国国际进口博览会的贺信"):
        got = _sources(SPEECH, own=["", "", "", "", "(unnamed: 有关)"], title=title)
        assert got[:4] == ["习近平"] * 4, title
        assert got[4] == "(unnamed: 有关)"


def test_a_speech_opening_line_names_the_speaker():
    """fresh25 804: （2020年11月19日，北京） 中华人民共和国主席 习近平 opening the body, under any headline."""
    texts = ["构建新发展格局 实现互利共赢 ——在对话会上的主旨演讲  （2020年11月19日，北京） 中华人民共和国主席 习近平"] + SPEECH
    got = _sources(texts, title="新华社电")
    assert got[0] == "" and got[1:5] == ["习近平"] * 4


def test_a_report_about_a_speech_is_no_record():
    """Near misses: a headline that goes on after the kind (…的讲话引发热议), a headline naming no person, and a
    body that never speaks as 我/我们 (a write-up of the speech) give the speaker nothing."""
    assert _sources(SPEECH, title="习近平在纪念大会上的讲话引发热议")[:4] == [""] * 4
    assert _sources(SPEECH, title="大会在北京闭幕上的讲话")[:4] == [""] * 4
    report = ["大会今天开幕。", "会议强调开放合作。", "与会代表一致赞同。"]
    assert _sources(report, title="习近平在第四届进博会开幕式上的主旨演讲") == [""] * 3
