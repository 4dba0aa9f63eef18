"""The shared segmentation: names kept whole, run words installed and undone exactly, Latin words."""

import pandas as pd

from zhnews import io, segment
from zhnews.paths import ROOT


def test_plain_dictionary_breaks_the_names_that_discovery_must_supply():
    segment.set_run_words({})
    words = segment.cut("梁文峰创办了幻方量化基金公司")
    assert "梁文峰" not in words and "幻方量化" not in words
    assert "梁" in words  # jieba alone leaves the surname on its own (梁/文峰)


def test_run_words_are_whole_and_tagged_in_both_tables():
    segment.set_run_words({"梁文峰": "nr", "幻方量化": "nt"})
    try:
        assert segment.cut("梁文峰创办了幻方量化基金公司")[:2] == ["梁文峰", "创办"]
        pairs = dict(segment.cut_pos("梁文峰创办了幻方量化基金公司"))
        assert pairs["梁文峰"] == "nr" and pairs["幻方量化"] == "nt"
    finally:
        segment.set_run_words({})


def test_clearing_the_run_layer_restores_the_dictionary_exactly():
    segment.set_run_words({})
    tk = segment.tokenizer()
    before = (tk.total, segment.cut("梁文峰参加总理座谈会"), "梁文" in tk.FREQ)
    segment.set_run_words({"梁文峰": "nr"})
    segment.set_run_words({"梁文峰": "nr"})  # idempotent
    segment.set_run_words({})
    assert (tk.total, segment.cut("梁文峰参加总理座谈会"), "梁文" in tk.FREQ) == before
    assert segment.known_tag("梁文峰") is None


def test_use_run_words_reads_the_run_folder(tmp_path):
    table = pd.DataFrame({"word": ["深度求索"], "score": [9.0], "method": ["quoted"], "freq": [1], "tag": ["nt"]})
    io.write_table(table, tmp_path, "new_words")
    try:
        assert segment.use_run_words(tmp_path) == {"深度求索": "nt"}
        assert "深度求索" in segment.cut("梁文峰成立了“深度求索”")
    finally:
        segment.set_run_words({})
    assert segment.use_run_words(tmp_path / "no_such_run") == {}


def test_user_dictionary_keeps_trade_terms_and_fixes_tags():
    assert "算力" in segment.cut("用极少的算力消耗")
    assert "英伟达" in segment.cut("英伟达成为最大赢家")
    assert dict(segment.cut_pos("华为和特斯拉"))["华为"] == "nt"  # jieba's dictionary says person


def test_latin_words_stay_whole_and_fold_case():
    words = segment.cut("DeepSeek的表现和chatGPT不相上下，Metaverse与OpenAI")
    assert {"DeepSeek", "chatGPT", "Metaverse", "OpenAI"} <= set(words)
    assert segment.fold("chatGPT") == segment.fold("ChatGPT")
    assert segment.fold("芯片") == "芯片"
    assert dict(segment.cut_pos("用openai"))["openai"] == "nt"  # the dictionary's OpenAI, any casing


def test_added_words_survive_a_change_of_run():
    segment.add_words(["犇骉骉"], "nz")
    segment.set_run_words({"梁文峰": "nr"})
    segment.set_run_words({})
    assert "犇骉骉" in segment.cut("住在犇骉骉很好")


def test_stopwords_are_function_words_not_topics():
    stop = segment.stopwords()
    assert {"的", "我们", "表示", "the"} <= stop
    assert not {"芯片", "经济", "梁文峰"} & stop


def test_pos_hmm_decodes_exactly_as_jieba_does():
    """segment._tag_states is jieba.posseg's Viterbi made faster: the same states on real text, names
    no dictionary holds (the HMM's whole job) and ties included."""
    import jieba.posseg
    from jieba.posseg.viterbi import viterbi

    text = (ROOT / "data" / "articles" / "deepseek_sanlian.md").read_text(encoding="utf-8")
    runs = jieba.posseg.re_han_detail.findall(text) + ["梁文峰", "夏一平", "斯皮茨纳格尔", "犇骉", "的"]
    for run in runs:
        expected = viterbi(run, jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)[1]
        assert list(segment._tag_states(run)) == expected, run
    # A name jieba's dictionary lacks is joined by the HMM and tagged as a person.
    segment.set_run_words({})
    assert ("夏一平", "nr") in segment.cut_pos("记者夏一平报道")


def test_latin_means_an_ascii_letter_first():
    # Latin words start with an ASCII letter; the fast test in front of the pattern must not let a
    # full-width letter, an accented one, a digit or a Chinese character through.
    assert segment.is_latin("GPT-4o") and segment.is_latin("C++") and segment.is_latin("x")
    assert not segment.is_latin("ＧＰＴ") and not segment.is_latin("École")
    assert not segment.is_latin("4o") and not segment.is_latin("华为") and not segment.is_latin("")
    # A run of ASCII letters and digits split by the dictionary is glued back; a full-width one is not.
    assert "GPT4o" in segment.cut("新模型GPT4o发布") and "ｐｒｏ" not in segment.cut("ｐｒｏ")


def test_a_known_route_cuts_exactly_as_jieba_searching_again():
    """The tokenizer keeps each string's best route for the second cut of it (plain after tagged, or the
    reverse): every cut of the default article, plain, tagged, without the HMM and cut_all, is jieba's own
    on the same dictionary, and adding a word forgets the routes (梁文峰 is one word at once)."""
    import jieba
    import jieba.posseg

    segment.set_run_words({})
    tk, pos = segment.tokenizer(), segment.pos_tokenizer()
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total, reference.initialized = tk.FREQ, tk.total, True
    reference_pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    reference_pos.tokenizer, reference_pos.word_tag_tab = reference, pos.word_tag_tab
    text = (ROOT / "data" / "articles" / "deepseek_sanlian.md").read_text(encoding="utf-8")
    for piece in filter(None, jieba.re_han_default.split(text)):
        tk.cut(piece)  # the route is now known
        assert list(tk.cut(piece)) == list(reference.cut(piece)), piece
        assert list(tk.cut(piece, HMM=False)) == list(reference.cut(piece, HMM=False)), piece
        assert list(tk.cut(piece, cut_all=True)) == list(reference.cut(piece, cut_all=True)), piece
        assert [tuple(p) for p in pos.cut(piece)] == [tuple(p) for p in reference_pos.cut(piece)], piece
    assert "梁" in tk.lcut("梁文峰参加总理座谈会")
    segment.set_run_words({"梁文峰": "nr"})
    try:
        assert tk.lcut("梁文峰参加总理座谈会")[0] == "梁文峰"
    finally:
        segment.set_run_words({})
    assert tk.lcut("梁文峰参加总理座谈会")[0] == "梁"


def test_jieba_is_imported_without_pkg_resources_and_reads_its_own_dictionary():
    """jieba falls back to opening dict.txt by path when pkg_resources is kept out (a third of a
    second of a cold start); pkg_resources stays importable for anything that asks for it later."""
    import subprocess
    import sys

    code = (
        "import sys, os, zhnews.segment, jieba, jieba._compat\n"
        "print('pkg_resources' in sys.modules)\n"
        "print(os.path.samefile(jieba._compat.get_module_res('dict.txt').name, os.path.join(os.path.dirname(jieba.__file__), 'dict.txt')))\n"
        "import pkg_resources\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert result.stdout.split() == ["False", "True"]
