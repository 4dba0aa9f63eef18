"""Named sources, mend29s2: a named speaker carried into the next sentence when that sentence opens with a say verb
whose subject Chinese leaves out (希望…, 并提到，…, 同时表示，…); each real shape cut small from its article, made-up
variants, and near-misses that must not carry."""

from test_claims_sources10 import sources_of


# --- the real shapes ---------------------------------------------------------------------------------------------

def test_a_ministrys_hope_after_its_statement():
    # fresh5 180 (one paragraph of the ministry's spokesman)
    got = sources_of([["中国商务部新闻发言人也表示，中方注意到美国商务部宣布对中兴通讯采取出口管制的措施。",
                       "希望美方依法依规，妥善处理，并为企业创造公正、公平、稳定的法律和政策环境。"]])
    assert got[0] == got[1] != ""


def test_a_criticism_with_the_subject_left_out():
    # fresh5 150 (simplified: the loader converts)
    got = sources_of([["香港执业安全师学会会长李光昇指出，曾经在其他地盘见过有工人以渔网作保护网。",
                       "批评事件中有工人用发泡胶塞住通风口是错得“好离谱”、安全意识低。"]])
    assert "李光昇" in got[1]


def test_an_adverb_before_the_verb():
    # fresh11 382: 并提到，…
    got = sources_of([["梅尔尼克表示，乌克兰欢迎中方的斡旋。", "并提到，中方对此的看法可能与乌方不同。"]])
    assert got[1] == "梅尔尼克"


# --- made-up variants ----------------------------------------------------------------------------------------------

def test_a_new_paragraph_opening_with_the_hope():
    # fresh12 404 (made shorter): the letter's writer goes on in the paragraph after
    got = sources_of([["李克强在回信中说，你们的来信让我很高兴。"], ["希望你们不断丰富创客文化，把创客种子在更大范围播撒开来。"]])
    assert got[1] == "李克强"


def test_variants_of_the_elided_subject():
    for opening in ("同时表示，", "还强调，", "又称：", "认为", "建议"):
        got = sources_of([["王建凡在记者会上称，改革还要进一步推进。", f"{opening}个税的贡献今后可能还会有所上升。"]])
        assert got[1] == "王建凡", opening


# --- near-misses that must not carry -------------------------------------------------------------------------------

# (a new paragraph: the person's paragraph carry, _carry_in_paragraph, would give its own sentences the speaker anyway)

def test_a_say_verb_used_otherwise_does_not_carry():
    for sentence in ("说得虚幻一点，就是要有平衡。", "说时迟，那时快，几秒钟之内股价就跌了。"):
        got = sources_of([["王建凡在记者会上称，改革还要进一步推进。"], [sentence]])
        assert got[1] == "", sentence


def test_a_finding_or_a_noun_that_speaks_does_not_take_the_speaker_before():
    got = sources_of([["王建凡在记者会上称，改革还要进一步推进。"], ["发现问题后，税务部门立即整改。"]])
    assert got[1] != "王建凡"
    got = sources_of([["王建凡在记者会上称，改革还要进一步推进。"], ["统计显示，今年个税收入增长了8%。"]])
    assert got[1] != "王建凡"


def test_a_say_verb_describing_a_noun_does_not_carry():
    got = sources_of([["立法委员林志明怒斥，政府的说明完全不能接受。"], ["痛批的声浪至今不断。"]])
    assert got[1] == ""


def test_no_speaker_before_no_carry():
    got = sources_of([["今年个税收入增长了8%。", "希望明年继续增长。"]])
    assert got[1] == ""
