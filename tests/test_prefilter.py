"""zhnews.prefilter: the words a regex's every match holds, and the quick search that skips a regex
only where it could not have matched."""

import re

from zhnews.load import load_article, roles
from zhnews.paths import DEFAULT_ARTICLE
from zhnews.prefilter import quick_search, required_words
from zhnews.text import split_sentences


def test_a_branch_of_words_is_required():
    # A risk disclaimer: either spelling of 仅供参考 opens every match.
    words = required_words(re.compile(r"(?:仅供参考|僅供參考)[^。]{0,8}(?:不构成|不構成)[^。]{0,16}(?:建议|建議)"))
    assert words == ("仅供参考", "僅供參考")


def test_a_lookahead_requires_its_words_too():
    # The byline cue reads 作者 through a lookahead that must hold: the word is in the line.
    assert required_words(re.compile(r"^(?=.*?作者\s*[:：])(?P<rest>.+)$")) == ("作者",)


def test_optional_and_negative_parts_require_nothing():
    assert required_words(re.compile(r"^(?:来源)?\d{4}年$")) == ("年",)
    assert required_words(re.compile(r"^(?!广告)[\u4e00-\u9fff]{2,8}$")) is None
    assert required_words(re.compile(r"^(?=.*\d)(?=.*[A-Z])[\w-]{10,40}$")) is None


def test_case_insensitive_patterns_are_never_filtered():
    assert required_words(re.compile(r"powered by", re.IGNORECASE)) is None
    assert required_words(re.compile(r"(?i)ICP备")) is None
    assert required_words(re.compile(r"(?i:icp)备案")) == ("备案",)


def test_the_quick_search_finds_any_required_word():
    quick = quick_search(re.compile(r"(?:首发于|首發於)(?:微信)?(?:公众号|公號|公眾號)"))
    assert quick("本文首发于微信公众号“某某”")
    assert not quick("记者从市卫健委获悉，首批疫苗已经运抵")


def test_no_boilerplate_cue_is_skipped_where_it_matches():
    """Every cue, with and without its quick search, on every line and sentence of the default article
    and on lines that do hold furniture: the same answer."""
    paragraphs = load_article(DEFAULT_ARTICLE).paragraphs["text"].tolist()
    texts = paragraphs + [text[s:e] for text in paragraphs for s, e in split_sentences(text)]
    texts += ["作者：李明 来源：三联生活周刊", "版权所有 © 2024 京ICP备12345678号", "点击上方蓝字关注我们", "（图源：视觉中国）"]
    matched = 0
    for cue, search, _, quick in roles._cues_for(None):
        for text in texts:
            found = search(text) is not None
            matched += found
            assert not found or quick is None or quick(text), (cue.pattern, text)
    assert matched >= 4


def test_the_first_character_index_keeps_every_cue_whose_quick_search_passes():
    """A cue left out of a text's candidates (none of its required words' first characters is in the
    text) is one whose quick search fails on it, on the lines and sentences of the default article and
    on lines that do hold furniture, in every region and among the capture-free cues."""
    paragraphs = load_article(DEFAULT_ARTICLE).paragraphs["text"].tolist()
    texts = paragraphs + [text[s:e] for text in paragraphs for s, e in split_sentences(text)]
    texts += ["作者：李明 来源：三联生活周刊", "版权所有 © 2024 京ICP备12345678号", "点击上方蓝字关注我们", "（图源：视觉中国）"]
    for cues in [roles._cues_for(region) for region in (None, "head", "body", "tail")] + [roles._capture_free_cues_for(None)]:
        for text in texts:
            candidates = cues.candidates(text)
            assert candidates == sorted(set(candidates))
            for index in set(range(len(cues))) - set(candidates):
                quick = cues[index][3]
                assert quick is not None and not quick(text), (cues[index][0].pattern, text)
