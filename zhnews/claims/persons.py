"""Which words of a sentence name a person: a test built on general cues, for the claims stage's sources.

jieba's ``nr`` tag alone is a poor person detector: it cuts a transliterated name into pieces
(梅尔/nr 尼克/nrt for 梅尔尼克, so a later 他 became "梅尔"), splits a Chinese name whose given name it
does not know (李/nr 克东/ns for 李克东) and tags the proper part of an organisation's name as a person
(隆源/nr of 隆源农业服务有限公司). :func:`person_names` reads the tokens of one sentence with cues that
hold on unseen text:

* a run of two or more pieces jieba tagged as names or places (or single characters), one a name, made only of transliteration characters
  (data/lexicon/transliteration_chars.txt) and at least three characters long, optionally joined by
  ``·``, is one foreign name (梅尔尼克, 西尔维斯特·贝劳); a piece tagged a name that ``·`` joins is one whatever its
  characters (史蒂夫·耶格);
* a common surname (data/lexicon/surnames.txt) tagged as a name, followed by a one- or two-character
  given name jieba tagged as a noun or place, is one name when what follows it is what follows a person:
  a title, a verb, an adverb (也, 还, 又 …) or a clause mark (李克东是…, 李克东行走在…);
* a word tagged as a name right before the run of nouns that ends in an organisation's suffix is part
  of that organisation, no person (隆源 of 隆源农业服务有限公司), and so is the same word again in the
  sentence (…，是隆源农业流转后管理的田块).

Everything else jieba tags as a person stays one (the test only repairs what the cues show).
"""

from __future__ import annotations

import re

from .. import lexicon, segment
from ..text import occurrences, to_simplified

# Pieces of a transliterated name: jieba tags them as names (nr, nrt, nrfg) or places (ns) once cut apart,
# and a single character anything (卡/n 雷曼/nr 斯/nr, 西尔维斯/nrt 特/d); one piece at least is tagged a name.
_PIECE_TAGS = ("nr", "ns")
NAME_JOINERS = {"·", "•", "‧", "・"}
# A foreign name spelled by sound has at least three characters (梅尔尼克, 卡雷曼斯); two (梅尔) are a piece.
TRANSLITERATION_MIN_CHARS = 3
# Tags a given name cut from its surname may carry: a noun, a place, another name piece (克东/ns).
_GIVEN_NAME_TAGS = ("nr", "ns", "n", "nz")
# jieba's tags of a whole person's name (nrt, a transliterated name, is left to the joined pieces).
PERSON_TAGS = ("nr", "nrfg")
# Adverbs that stand between a speaker and the verb (张三也表示, 李四则称): never the last character of a name.
ADVERBS_AFTER_A_NAME = frozenset("也还就都又再则却亦均曾正已将便即仍只先")
# What follows a person's name in a sentence: an adverb of the verb to come, 是, or a clause mark.
_AFTER_A_PERSON = ADVERBS_AFTER_A_NAME | set("是在说称指") | {"，", ",", "、", "。", "：", ":", "（", "("}


@lexicon.cached
def _transliteration_chars() -> frozenset[str]:
    return frozenset("".join(lexicon.read_lines("transliteration_chars.txt")))


@lexicon.cached
def transliterated(word: str) -> bool:
    # Memoised, and issuperset rather than all(…) over a generator: claims asks it of ~2,300 tokens an article,
    # most of them words asked before (the memo holds one bool per distinct word until a word list changes).
    return bool(word) and _transliteration_chars().issuperset(to_simplified(word))


def opens_with_surname(word: str) -> bool:
    """Whether the word's first one or two characters are a surname (lexicon.surnames): how a Chinese name opens."""
    return any(word[:n] in lexicon.surnames() for n in (1, 2))


def _joined_name_piece(tokens, j: int) -> bool:
    """史蒂夫/nr · 耶格/nr (fresh37 1048): a piece jieba tags as a person's name that an interpunct joins to the one
    before or after it is part of one foreign name, whether or not its characters are all in the transliteration list
    (史 is not): the interpunct writes exactly that."""
    if not tokens[j][1].startswith("nr"):
        return False
    return (j + 1 < len(tokens) and tokens[j + 1][0] in NAME_JOINERS
            or j > 0 and tokens[j - 1][0] in NAME_JOINERS)


def _foreign_names(tokens) -> list[tuple[int, int, str]]:
    """(first token, last token, name) of each transliterated name jieba cut into pieces."""
    found, k = [], 0
    while k < len(tokens):
        j, pieces, named = k, 0, False
        while j < len(tokens):
            word, tag, _ = tokens[j]
            if (tag.startswith(_PIECE_TAGS) or len(word) == 1) and transliterated(word) or _joined_name_piece(tokens, j):
                pieces += 1
                named = named or tag.startswith("nr")
                j += 1
            elif word in NAME_JOINERS and pieces and j + 1 < len(tokens) and (transliterated(tokens[j + 1][0])
                                                                            or _joined_name_piece(tokens, j + 1)):
                j += 1
            else:
                break
        name = "".join(w for w, _, _ in tokens[k:j])
        if pieces >= 2 and named and len(name) >= TRANSLITERATION_MIN_CHARS:
            found.append((k, j - 1, name))
            k = j
        else:
            k += 1
    return found


def _split_chinese_names(tokens, is_title, verbs: frozenset[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, name) of each 李/nr 克东/ns: a surname and a given name jieba cut apart."""
    found = []
    for k in range(len(tokens) - 1):
        (surname, tag, _), (given, given_tag, _) = tokens[k], tokens[k + 1]
        if not (tag.startswith("nr") and to_simplified(surname) in lexicon.surnames() and len(surname) == 1):
            continue
        if not (1 <= len(given) <= 2 and given_tag.startswith(_GIVEN_NAME_TAGS) and not is_title(given)
                and re.fullmatch(r"[\u4e00-\u9fff]+", given)):
            continue
        after, after_tag = tokens[k + 2][:2] if k + 2 < len(tokens) else ("", "")
        if is_title(after) or after in verbs or after in _AFTER_A_PERSON or after_tag.startswith("v"):
            found.append((k, k + 1, surname + given))
    return found


def named_organisations(tokens, suffixes: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(first token, last token, name) of each organisation whose name opens with a word jieba tags as a
    person and runs over nouns to an organisation's suffix (隆源/nr 农业/n 服务/vn 有限公司/n)."""
    found = []
    for k, (word, tag, _) in enumerate(tokens):
        if not tag.startswith("nr"):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j][1].startswith(("n", "vn", "j")) and not tokens[j][0].endswith(suffixes):
            j += 1
        if j > k + 1 and j < len(tokens) and tokens[j][0].endswith(suffixes) and "之" not in tokens[j][0]:
            found.append((k, j, "".join(w for w, _, _ in tokens[k:j + 1])))  # (汪明荃个案不同之处: 处 ends no body there)
    return found


def person_names(tokens, is_title=lambda word: False, verbs: frozenset[str] = frozenset(),
                 organisation_suffixes: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(start offset, name) of each person a sentence's tokens (word, tag, start) name, in reading order.

    ``is_title`` tells a title written after or around a name (教授, 局长), ``verbs`` the speech verbs (表示,
    说), ``organisation_suffixes`` the words that end an organisation's name (公司, 集团): the claims
    stage passes its own lexicons, so this test keeps no second copy of them."""
    used: set[int] = set()
    found: list[tuple[int, str]] = []
    for first, last, name in _foreign_names(tokens) + _split_chinese_names(tokens, is_title, verbs):
        if used.isdisjoint(range(first, last + 1)):
            used.update(range(first, last + 1))
            found.append((tokens[first][2], name))
    # 隆源农业服务有限公司 …, 是隆源农业流转后管理的田块: the organisation's short name, twice
    short_names = {tokens[k][0] for k, _, _ in named_organisations(tokens, organisation_suffixes)}
    for k, (word, tag, start) in enumerate(tokens):
        if k in used or word in short_names or tag not in PERSON_TAGS or len(word) < 2:
            continue
        found.append((start, word))
    return sorted(found)


def recurring_names(names: list[str]) -> dict[str, str]:
    """{李新正: 李新} for each name of an article that is another of its names plus an adverb jieba glued to it
    (李新/正这么想 read as 李新正): the name recurring alone (此时在车厢外，51岁的建筑工人李新正好路过。… 李新看到一个小女孩) shows where it ends."""
    known = set(names)
    return {n: n[:-1] for n in known if len(n) == 3 and n[-1] in ADVERBS_AFTER_A_NAME and n[:-1] in known}


# How often a short name must recur, always followed by the same character, to be read as a name cut short.
CUT_NAME_MIN_OCCURRENCES = 3


def names_cut_short(names: list[str], article_text: str) -> dict[str, str]:
    """{杨恒: 杨恒均} for each two-character name of an article (a surname and one character) that jieba cut
    before a last character it reads as an adverb (杨恒/nr 均/d 曾在…, 均 as in "all"): every one of at least
    CUT_NAME_MIN_OCCURRENCES occurrences in the article is followed by the same character of
    ADVERBS_AFTER_A_NAME, so that character belongs to the name (a real 李明 is not always followed by 均)."""
    found = {}
    for name in set(names):
        if len(name) != 2 or to_simplified(name[0]) not in lexicon.surnames():
            continue
        # str.find, not a regex per name: each name compiled again once an article's names overflowed re's cache.
        following = [article_text[at + 2:at + 3] for at in occurrences(article_text, name)]
        if (len(following) >= CUT_NAME_MIN_OCCURRENCES and len(set(following)) == 1
                and following[0] in ADVERBS_AFTER_A_NAME):
            found[name] = name + following[0]
    return found



def names_cut_from_longer(names: list[str], article_text: str, verbs: frozenset[str]) -> dict[str, str]:
    """{張家: 張家朗} for each name of an article that opens with a surname and that jieba cut out of a longer name the
    article also has (張家/朗個人賽 after 港產「劍神」張家朗, fresh39 1080): every occurrence of the short name in the article
    is an occurrence of the one longer name, so the article never writes it alone and it stands for the whole name. Not
    when the longer one ends in the first character of a say-verb among ``verbs`` (谷歌声 of 谷歌声称: jieba's 谷/歌声)."""
    known = set(names)
    found = {}
    for name in known:
        if not 2 <= len(name) <= 3 or to_simplified(name[0]) not in lexicon.surnames():
            continue
        longer = {other for other in known if len(other) > len(name) and other.startswith(name)}
        whole = next(iter(longer)) if len(longer) == 1 else ""
        glued_verb = any(whole[-1] + article_text[at + len(whole):at + len(whole) + extra] in verbs
                         for at in occurrences(article_text, whole) for extra in (1, 2)) if whole else True
        if not glued_verb and len(occurrences(article_text, name)) == len(occurrences(article_text, whole)):
            found[name] = whole
    return found


# jieba's tags of a surname character used as a word of its own (于/p, 向/p, 和/c, 常/d, 将/d, 上/f): no person.
_FUNCTION_TAGS = ("d", "p", "c", "u", "r", "m", "f", "y", "e", "o")
# What follows a surname standing alone for a person: a verb, an adverb, a preposition, a conjunction, a particle
# (沈的同袍) or what jieba tags a time word (沈/nr 上前/t), never a noun or a name that would go on the word.
_AFTER_A_BARE_SURNAME_TAGS = ("v", "d", "p", "c", "u", "t")


def surname_and_particle(word: str) -> bool:
    """沈才, 沈也, 劉以: a surname and one character the dictionary holds as an adverb, a preposition, a conjunction or a
    particle, which jieba's HMM glued into a name (沈才/nr 發現); a person's full name is not written so. Not a name
    spelled by sound (霍特 of 丹尼尔·霍特: 特 is an adverb too)."""
    return (len(word) == 2 and to_simplified(word[0]) in lexicon.surnames() and not transliterated(word)
            and (segment.known_tag(to_simplified(word[1])) or "").startswith(("d", "p", "c", "u")))


def full_names(names) -> frozenset[str]:
    """The names among ``names`` that a surname alone may call back: a one-character surname and one or two more
    Chinese characters (沈嘉謙, 張小倫), not a surname glued to a particle (沈才)."""
    return frozenset(n for n in names if 2 <= len(n) <= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", n)
                     and to_simplified(n[0]) in lexicon.surnames() and not surname_and_particle(n))


def surname_references(tokens, people: frozenset[str]) -> list[tuple[int, str]]:
    """(token index, surname) of each surname standing alone for a person of ``people`` (full names the article gives):
    Hong Kong and Taiwan papers call a person back by surname once named in full (時任警長沈嘉謙供稱 … 沈上前壓著被告，
    沈的同袍趕到…，沈才發現…, 張感觸地說, fresh39 1080/1081). The surname is a word of its own, whatever jieba tags it
    (張/q), or glued to an adverb (沈才/nr); it opens a clause or follows a preposition or conjunction, and a verb, an
    adverb or a particle follows it. Not a function word (于是, 向记者, 常被), a word that goes on (高达/v, 沈阳), nor
    the full name itself (沈嘉謙)."""
    bearers = {to_simplified(name[0]) for name in people}
    found = []
    for k, (word, tag, start) in enumerate(tokens):
        surname = to_simplified(word[:1])
        before = tokens[k - 1] if k else ("", "", 0)
        if (surname not in bearers or before[0] in NAME_JOINERS
                or before[0][-1:].isalnum() and not before[1].startswith(("p", "c"))):
            continue
        if len(word) == 2:
            if tag.startswith("nr") and word not in people and surname_and_particle(word):
                found.append((k, word[0]))
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        written_on = "".join(w for w, _, _ in tokens[k:k + 3])
        if (len(word) == 1 and not tag.startswith(_FUNCTION_TAGS) and after is not None
                and after[1].startswith(_AFTER_A_BARE_SURNAME_TAGS)
                and not any(written_on.startswith(name) for name in people)):
            found.append((k, word))
    return found
