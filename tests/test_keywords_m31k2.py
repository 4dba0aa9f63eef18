"""Keywords mends of round 31, second wave (branch m31k2, issue 16).

A predicate verb + noun phrase (安装 + 油水分离器) gives its slot to its object when the article names the object more
often than the phrase: the thing is the tag, the verb what was done with it (seen top 10s: fresh24 789, fresh25 804,
fresh9 345, fresh37 1044, fresh8 329). And a three-character name the dictionary cuts after a name of two it knows
(张家 + 朗 of fresh39 1080) looks like a person's name. The articles' lines cut small, made-up variants of the same
shapes from other outlets, and near-misses that keep their behaviour."""

from zhnews.keywords import newwords
from zhnews.keywords.phrases import verb_object

from keyword_helpers import top_keys as _keys


def test_a_verb_and_its_noun_object_name_the_object():
    assert verb_object(("安装", "油水分离器"), ("v", "nz")) == "油水分离器"
    assert verb_object(("构建", "新发展", "格局"), ("v", "nz", "n")) == "新发展格局"


def test_nominal_verbs_and_verb_headed_runs_have_no_object():
    # A nominal verb opens a term (采购经理人指数); a verb rarer than its noun makes a term (出生人口, tune 222); a run jieba closes with a verb is no noun object (申请 + 破产 + 重整,
    # fresh15 502, whose tag is 破产重整: 破产 + 重整 is a term, not a verb and its object 重整).
    assert verb_object(("采购", "经理人", "指数"), ("vn", "n", "n")) is None
    assert verb_object(("申请", "破产", "重整"), ("v", "v", "vn")) is None
    assert verb_object(("出生", "人口"), ("v", "n")) is None
    assert verb_object(("油水分离器",), ("nz",)) is None


def test_the_object_said_more_often_takes_the_verb_phrase_s_slot():
    # fresh24 789 (a Sohu report on Beijing's gutter-oil sensors), cut small: 安装油水分离器 five times, 油水分离器 ten;
    # the phrase stood in the top 10 and the editors' 油水分离器 did not.
    texts = {
        0: "应先督促安装油水分离器",
        1: "监测地沟油的电子眼最好安装在油水分离器上。目前餐饮企业安装油水分离器远没有普及。",
        2: "北京能安装油水分离器的废弃油脂收集企业只有两家，而餐饮企业安装油水分离器的数量不足4000家。",
        3: "经过油水分离器获得的废弃油脂可以直接运走，餐馆应配置油水分离器等设备。",
        4: "油水分离器比隔离池干净，油水分离器的废油交给正规企业。",
    }
    keys = _keys(texts, title_ids={0})
    assert "油水分离器" in keys
    assert "安装油水分离器" not in keys


def test_other_verbs_before_other_objects_give_their_slots_too():
    # Made up, a campus-security report (as fresh9 345's 处置突发事件) and a results briefing (fresh37 1044's 披露半年报).
    security = {
        0: "番禺校园安保：处置突发事件",
        1: "警方演练处置突发事件的流程，突发事件发生后三分钟内到场。",
        2: "学校要学会处置突发事件。突发事件的预案每学期更新。",
        3: "处置突发事件需要家长配合，突发事件信息及时通报。",
    }
    keys = _keys(security, title_ids={0})
    assert "突发事件" in keys and "处置突发事件" not in keys
    briefing = {
        0: "多家公司披露半年报",
        1: "截至昨晚，已有十二家公司披露半年报，半年报显示净利润普遍增长。",
        2: "另有公司推迟披露半年报。交易所提醒半年报须如实记载风险。",
    }
    keys = _keys(briefing, title_ids={0})
    assert "半年报" in keys and "披露半年报" not in keys


def test_a_verb_phrase_said_as_often_as_its_object_keeps_its_slot():
    # Near-miss, made up: the object never stands without the verb, so the phrase is how the article names it.
    texts = {
        0: "餐馆将安装电子眼",
        1: "监管部门要求餐馆安装电子眼，安装电子眼的费用由政府承担。",
        2: "已有三百家餐馆安装电子眼。",
    }
    keys = _keys(texts, title_ids={0})
    assert "安装电子眼" in keys and "电子眼" not in keys


def test_a_name_the_dictionary_cuts_after_a_known_name_looks_like_a_person():
    # fresh39 1080 (立場新聞, Hong Kong's foil team): 張家朗 is cut 张家 (a name jieba knows) + 朗; made up: 李子柒 (李子 + 柒).
    assert newwords.looks_like_person_name("张家朗")
    assert newwords.looks_like_person_name("李子柒")
    # The first kind still: the surname left alone (梁 + 文峰).
    assert newwords.looks_like_person_name("梁文峰")


def test_a_place_or_word_after_a_surname_is_no_person():
    # Near-misses: a place the dictionary holds whole, a word opened by a surname character, a name too long.
    assert not newwords.looks_like_person_name("张家口")
    assert not newwords.looks_like_person_name("黄金周")
    assert not newwords.looks_like_person_name("张家朗朗")
