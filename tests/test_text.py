import re

from zhnews.paths import DEFAULT_ARTICLE
from zhnews.text import occurrences


def test_occurrences_are_what_a_regex_of_the_escaped_word_finds():
    # The default article's own text, for every two- to four-character string at its start: the
    # keyword stage and new-word discovery ask this of each candidate, in place of a regex per word.
    text = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    words = {text[start:start + size] for start in range(0, 2000, 7) for size in (2, 3, 4)}
    for word in words:
        assert occurrences(text, word) == [m.start() for m in re.finditer(re.escape(word), text)], word


def test_occurrences_do_not_overlap():
    # 哈哈 in 哈哈哈哈哈 is found twice, as a regex finds it: the next search starts after the match.
    assert occurrences("哈哈哈哈哈", "哈哈") == [0, 2]
    assert occurrences("（ICE）和 ICE", "ICE") == [1, 7]
    assert occurrences("深度求索", "梁文峰") == []
