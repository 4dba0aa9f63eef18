"""Named sources, round 14: shapes from articles nobody labelled (the round's sweep of duty-machine/news, VOA and
RFA reports of 2020), each excerpt in tests/data/extra/ with its provenance in tests/data/SOURCES.tsv and the
expected source read off the article by hand."""

from pathlib import Path

from zhnews.claims import persons
from zhnews.text import split_sentences
from test_claims_sources10 import sources_of

EXTRA = Path(__file__).parent / "data" / "extra"


def swept_paragraphs(name: str) -> list[list[str]]:
    """The paragraphs of a swept excerpt, each a list of sentences (a **subhead** is read as the loader gives it, plain)."""
    paragraphs = (EXTRA / name).read_text(encoding="utf-8").replace("**", "").split("\n\n")
    return [[p[s:e] for s, e in split_sentences(p)] for p in paragraphs if p.strip()]


def test_a_name_jieba_cuts_before_an_adverb_like_last_character_is_whole():
    # VOA 1045755: 杨恒/nr 均/d 曾在… — the source was "杨恒" four times; 杨恒均 recurs, always with its 均
    got = sources_of(swept_paragraphs("sweep14_voa_yang_hengjun.md"))
    assert got[:3] == ["杨恒均", "杨恒均", "杨恒均"]
    assert "杨恒" not in got


def test_a_short_name_followed_by_different_characters_stays_as_it_is():
    text = "李明均表示同意。李明说，他会来。李明也认为如此。"
    assert persons.names_cut_short(["李明"], text) == {}


def test_a_quotation_paragraph_is_the_person_who_spoke_just_before_it_not_the_next_speaker():
    # RFA 1047588: 谢田炮轰说，… ⏎ “连市场准入的权力都没有……” ⏎ 王先生则警告，… — the quotation is 谢田's
    got = sources_of(swept_paragraphs("sweep14_rfa_google_antitrust.md"))
    quote = [s for s, t in zip(got, sum(swept_paragraphs("sweep14_rfa_google_antitrust.md"), []))
             if "市场准入" in t or "人家可是保护知识产权" in t]
    assert quote == ["美国南卡大学商务教授谢田", "美国南卡大学商务教授谢田"]


def test_a_subhead_of_quoted_words_is_nobodys_and_he_after_it_is_the_speaker_before():
    # RFA 1047588: a bold subhead “赶走”安卓意味着“回到解放前”？ was read as a quotation of 王先生, and 他还补充道
    # after it stood for 安卓 (jieba's nr), a name inside the quotation before
    sentences = sum(swept_paragraphs("sweep14_rfa_google_antitrust.md"), [])
    got = dict(zip(sentences, sources_of(swept_paragraphs("sweep14_rfa_google_antitrust.md"))))
    assert got["“赶走”安卓意味着“回到解放前”？"] == ""
    he = next(t for t in sentences if t.startswith("他还补充道"))
    assert got[he] == "王先生"


def test_an_adverb_after_the_speakers_name_ends_the_source():
    # RFA 1047612: 不过，马晓光也预留伏笔表示，… — the source was "马晓光也预留伏笔", and the sentence after carried it
    got = sources_of(swept_paragraphs("sweep14_rfa_strait_tension.md"))
    assert got == ["马晓光", "马晓光"]

