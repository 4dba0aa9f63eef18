"""Keywords mends of round 27 (branch mend28k), from fresh29's top tens: the shapes of the articles, made-up variants
of each shape, and near-misses that must keep their behaviour."""

from zhnews import keywords

from keyword_helpers import phrase_weights as _phrases, top_keys as _keys


# --- the people a survey asked (people_nouns.txt): 受访对象 ×95 of fresh29 880, 受访者 ×37 of 881 ---


def test_the_people_a_survey_asked_weigh_half():
    texts = {
        0: "尘肺病人再就业调查：受访者多数失业",
        1: "本次调查共有120名受访者，受访者中八成是尘肺病人，受访者普遍难以再就业。",
        2: "受访者表示，尘肺病人再就业的困难在于身体状况，受访者希望得到职业培训。",
        3: "调查发现，受访者的月收入普遍下降，尘肺病人的医疗费用却在上升。",
    }
    phrases = _phrases(texts, title_ids={0})
    assert "family tie or role" in phrases["受访者"].reason
    assert phrases["受访者"].weight < phrases["尘肺病人"].weight


def test_a_survey_phrase_around_the_asked_is_not_demoted():
    # Near-miss: 受访企业 (the firms asked) is a phrase, not one of the listed words alone.
    texts = {
        0: "受访企业中，七成受访企业表示订单减少。",
        1: "受访企业希望政府减税，受访企业的员工人数也在下降。",
    }
    phrases = _phrases(texts)
    candidate = next(key for key in phrases if key.startswith("受访企业"))
    assert "family tie or role" not in phrases[candidate].reason


# --- about the pictures: 詳見圖 ×14 of fresh29 880, 参看图 of 881, 受访者供图 under ten photos of 883 ---

SURVEY_WITH_CHARTS = {
    0: "疫情下的劳动者生计调查",
    1: "疫情爆发后，受访对象的月收入明显下降（详见图1）。复工以后，劳动合同签订率仍然偏低（详见图2）。",
    2: "失业的受访对象中，多数没有社会保险（详见图3）。复工的工人工作时数增加（详见表1）。",
    3: "劳动合同的签订与社会保险的缴纳有关（详见图4）。复工后的失业者仍在找工作（详见图5）。",
}


def test_a_pointer_to_a_figure_is_no_keyword():
    assert "详见图" not in _phrases(SURVEY_WITH_CHARTS, title_ids={0})
    assert "详见图" not in _keys(SURVEY_WITH_CHARTS, title_ids={0})


def test_a_pointer_written_after_a_full_stop_is_no_keyword_either():
    # Variant: 参看图10。 (fresh29 881), 如图8。
    texts = {
        0: "尘肺病人的救济途径，参看图10。社会救济的覆盖面很小，参看图11。",
        1: "民事赔偿很难拿到，参看图12。工伤待遇的申请也不容易，参看图9。",
    }
    assert "参看图" not in _phrases(texts)


def test_a_picture_word_of_the_story_stays():
    # Near-miss: 示意图 and 效果图 are what the story shows (a plan's drawing), no pointer to the article's figures.
    texts = {
        0: "新机场效果图公布，效果图显示航站楼呈海星形。",
        1: "规划部门发布了效果图和示意图，效果图引发网友热议。",
    }
    assert "效果图" in _phrases(texts)


PHOTO_CREDITS = {
    0: "滞留在虹桥站的人们",
    1: "李瑞在公交站躲雨时拍下的照片。受访者供图",
    2: "李瑞从酒店步行到虹桥站，走了23公里，在虹桥站外徘徊。",
    3: "李瑞当天的步行距离记录。受访者供图",
    4: "施宇拍下虹桥站附近的露宿者。受访者供图",
}


def test_a_credit_closing_the_captions_is_no_keyword():
    phrases = _phrases(PHOTO_CREDITS, title_ids={0})
    assert not [key for key in phrases if key.endswith("供图")]
    assert "虹桥站" in phrases


def test_a_supplier_credit_in_brackets_is_no_keyword_either():
    # Variant: a named supplier, the credit in brackets after the caption (山东女子学院供图, 遇难者家属供图).
    texts = {
        0: "实验室堆放的多桶镁粉（遇难者家属供图）",
        1: "事发前几天的实验室堆放大量易爆易燃物（遇难者家属供图）",
        2: "实验室爆炸事故造成三名学生遇难，实验室安全再受关注。",
    }
    assert not [key for key in _phrases(texts) if key.endswith("供图")]


def test_a_credit_word_inside_a_sentence_stays():
    # Near-miss: 航拍摄影 ends in a credit word (摄影) but goes on in its sentences: the hobby the story is about.
    texts = {
        0: "航拍摄影爱好者在黄河边拍下日出，航拍摄影让他认识了很多朋友。",
        1: "他说航拍摄影需要耐心，航拍摄影的器材也越来越便宜。",
    }
    assert any(key.startswith("航拍") for key in _phrases(texts))


# --- a phrase never starts mid-word: 人均可 | 支配 | 收入 of fresh29 884 (可支配 is the dictionary's word) ---

DISPOSABLE_INCOME = {
    0: "6亿人月入1000元，你信吗？",
    1: "国家统计局数据显示，2019年全年全国居民人均可支配收入30733元。",
    2: "低收入组人均可支配收入7380元，中间收入组人均可支配收入25035元。",
    3: "高收入组人均可支配收入76401元，高收入组与低收入组的差距仍然很大。",
}


def test_a_phrase_cut_after_a_character_of_its_first_word_is_no_keyword():
    keys = _keys(DISPOSABLE_INCOME, title_ids={0})
    assert "支配收入" not in keys
    assert "人均可支配收入" in keys


def test_a_verb_character_before_varied_words_still_starts_no_word():
    # Near-miss: 任 before several words is a verb and its objects (任 + 重庆, 任 + 商务部, fresh26 825), no word cut.
    texts = {
        0: "他曾任重庆市委书记，后任商务部部长，再任重庆市长。",
        1: "重庆市委和商务部都发布了消息，重庆市委称他任职期间政绩突出，商务部表示感谢。",
    }
    phrases = _phrases(texts)
    assert not [key for key in phrases if key.startswith("任")]


# --- a man and the doctrine named after him: 李森科 and 李森科主义 of fresh29 887 ---

LYSENKO = {
    0: "李森科主义与新冠疫情：政治掌控科学的代价",
    1: "李森科是苏联农学家，李森科主义否定孟德尔遗传学，李森科得到斯大林的支持。",
    2: "在李森科主义的统治下，苏联遗传学遭到摧毁，李森科打压了大批遗传学家。",
    3: "李森科的春化理论被宣传为奇迹，李森科主义直到1964年才被清算，李森科随后失势。",
}


def test_a_person_and_the_doctrine_named_after_him_are_two_keywords():
    keys = _keys(LYSENKO, title_ids={0})
    assert "李森科主义" in keys and "李森科" in keys


def test_a_word_and_its_theory_stay_one_keyword():
    # Near-miss: 博弈 is no person: 博弈 and 博弈理论 are one tag, the phrase and its modifier.
    phrases = {
        "博弈": keywords.phrases.Keyphrase(1.0, 5, ("博弈",), ("vn",), ""),
        "博弈理论": keywords.phrases.Keyphrase(1.0, 5, ("博弈", "理论"), ("vn", "n"), ""),
    }
    assert keywords.select_without_overlap({"博弈理论": 1.0, "博弈": 0.9}, 10, phrases) == ["博弈理论"]


# --- the Latin credit label of captions and charts: Source：GatesNotes of fresh29 884, source of fresh15 500 ---


def test_the_latin_credit_label_is_no_keyword():
    texts = {
        0: "全球极度贫困人口比例下降 / Source：GatesNotes /",
        1: "罗斯林指出，极度贫困人口的比例在过去二十年里减半。/ Source：Gapminder /",
        2: "极度贫困的定义是每天收入不足1.9美元，罗斯林用数据说明了这一点。",
    }
    phrases = _phrases(texts)
    assert "source" not in phrases
    assert "罗斯林" in phrases


def test_a_latin_source_name_stays():
    # Near-miss: the names the label credits (GatesNotes, Gapminder) are words like any other.
    texts = {0: "Gapminder基金会的数据显示，Gapminder统计了两百个国家。", 1: "Gapminder由罗斯林创办。"}
    assert "gapminder" in _phrases(texts)


# --- a phrase's TF-IDF in ``combined`` is its weakest part's: 緬甸衛生部 took 緬甸's of fresh29 886 ---


def test_a_phrase_takes_the_tfidf_of_its_weakest_part():
    tfidf = {"缅甸": 0.0405, "卫生部": 0.002, "境内": 0.001}
    assert keywords.phrase_tfidf(("缅甸", "卫生部"), tfidf) == 0.002
    assert keywords.phrase_tfidf(("立即", "缅甸", "境内"), tfidf) == 0.0  # a part that is no content word of its own


def test_a_word_keeps_its_own_tfidf_and_a_joined_part_its_strongest_token():
    # Near-miss: one word is its own TF-IDF; 泛民主派, joined after segmentation (泛 | 民主派), takes 民主派's.
    tfidf = {"缅甸": 0.0405, "民主派": 0.01, "议员": 0.003}
    assert keywords.phrase_tfidf(("缅甸",), tfidf) == 0.0405
    assert keywords.phrase_tfidf(("泛民主派",), tfidf) == 0.01
    assert keywords.phrase_tfidf(("泛民主派", "议员"), tfidf) == 0.003
