"""New-word discovery: the names and terms of *this* article that jieba's dictionary cuts apart.

jieba cuts 梁文峰 into 梁/文峰 and 英伟达 into 英/伟达 because its dictionary (2013) has never seen
them. A hand-made list of today's names goes stale with the next article, so the article itself is
asked which character strings behave like words. Three kinds of evidence, strongest first:

``pattern``
    Names in frames journalists use: a title before a person (创始人X, 记者X, 主任X), a person before
    a founding or speaking verb (X创办, X表示) where X starts with a common surname, and an
    organisation after a dash (公司——X) or quoted after a founding verb (成立了“X”).
``quoted``
    Short terms inside quotation or title marks (“深度求索”, 「…」, 《…》): writers quote a name the
    first time they use it. A numeral inside is allowed when the article repeats the term (“一带一路”,
    “八国联盟”).
``compound``
    Runs of two or three tokens of the dictionary's own cut that recur as a unit (10+ times): the
    rarest token hardly occurs outside the run (70%), the run is free at both ends (neighbour
    entropy) and holds no numeral, measure word or function word. A name whose halves are common
    words (华远 + 制药, 环宇 + 资本) or rare pieces (斯 + 皮茨 + 纳格尔) becomes one token; a phrase
    seen a few times (量化投资, five times) is left to the keywords stage, which ranks phrases itself.
``name_tail``
    A person's name the dictionary or jieba's HMM cut one character short (吉田麻 + 也 of the Japanese
    captain 吉田麻也, 雷比 + 奇 of the Serbian police chief 雷比奇): a rare person token followed in every
    occurrence by the same single character, the two together free on both sides (neighbour entropy).
    The character may be no verb, preposition, conjunction or particle (张三 + 说 twice is a speaker),
    and an adverb such as 也 only when the article repeats it MIN_NAME_TAIL_ADVERB_COUNT times.
``pmi_entropy``
    Character n-grams (2–6 Han characters, seen at least twice) that hold together and stand free:
    high pointwise mutual information between their two halves at the weakest split (cohesion) and
    varied characters on both sides (left/right neighbour entropy; a paragraph edge or punctuation
    counts as a fresh neighbour each time). This is the classic unsupervised method (e.g. Matrix67,
    "互联网时代的社会语言学：基于SNS的文本数据挖掘", 2012).

Every candidate must also be something jieba would otherwise break: not a dictionary word, and cut
into several pieces by the dictionary alone. The statistical method, the noisiest on one short
article, is held to more: its pieces must look like fragments (a single character such as 梁 in
梁 + 文峰, and no common word: 中国经济 = 中国 + 经济 is a phrase), and the current segmentation must
put word boundaries at both of its ends in most occurrences (otherwise it straddles real words, as
政部 does in 民政部), and it must not join words the dictionary splits confidently: when every piece is a
common word on its own (线 + 坐 in 中央线坐一站, 卖 + 店), a few repeats in one short article are chance,
not a new word; nor does a verb character the article writes before several of them (打 + 灰熊, 打 + 鹰: a verb and its
objects, _leading_verbs). A string mostly written right after a number (300人持有) starts with the number's
measure word and is no word either, statistical or compound. Compounds of whole words are admitted only by quotes or patterns (深度求索,
幻方量化).

Output: the ``new_words`` table, one row per word, sorted by method strength, score, then word:

========== =============================================================================
word       the discovered word
score      cohesion + freedom in bits (weakest-split PMI + smaller neighbour entropy)
method     pmi_entropy | compound | quoted | pattern (the strongest evidence found)
freq       occurrences in the texts
tag        jieba POS tag it is installed with (nr person, nt organisation, nz other, ...)
type       entity type of that tag (person, organisation, place, product, other)
was_cut_as how the dictionary alone cut it, pieces separated by spaces (e.g. ``梁 文峰``)
========== =============================================================================
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

import pandas as pd

from .. import io, lexicon, segment
from ..text import occurrences
from .tokens import PERSON_TAGS

PERSON_TITLES = "person_titles.txt"  # titles and forms of address (同志, 同学, 检察官)

COLUMNS = ["word", "score", "method", "freq", "tag", "type", "was_cut_as"]
METHOD_STRENGTH = {"pattern": 0, "quoted": 1, "compound": 2, "name_tail": 3, "pmi_entropy": 4}

MIN_LEN, MAX_LEN = 2, 4  # statistical candidates; quoted terms and patterns allow longer names
MIN_FREQ = 2
MAX_QUOTED_ONCE_LEN = 6
# Thresholds in bits, tuned on the default article and the corpus: below them come fragments such as
# 伟达成 (cohesive but not free) or 的芯片 (free but not cohesive).
MIN_PMI = 3.0
MIN_ENTROPY = 0.9
# jieba dictionary frequencies: a piece this frequent is a word in its own right (上年, 规模), so an
# n-gram containing it is a phrase; a single character this frequent (人, 来, 大, 不) is a function-like
# character, so an n-gram containing it is a chance sequence.
COMMON_WORD_FREQ = 1000
COMMON_CHAR_FREQ = 50000
# When even the rarest piece is this frequent (线 7688 + 坐 15447), jieba's split is confident and the
# n-gram is a chance sequence; real fragments have a rare piece (梁 2062 + 文峰 262, 爆 1593 + 红).
CONFIDENT_PIECE_FREQ = 3000
# Share of occurrences where the base segmentation puts a word boundary at both ends of the candidate.
# Below it the candidate lies across real words (政部 inside 民政部/财政部) and adding it would break them.
MIN_ALIGNED_SHARE = 0.5
# Frequent compounds (华远 + 制药, 斯 + 皮茨 + 纳格尔): runs of up to COMPOUND_MAX_TOKENS tokens seen at
# least COMPOUND_MIN_COUNT times, holding COMPOUND_MIN_SHARE of the occurrences of their rarest
# token (that token hardly occurs without the others), and free at both ends (MIN_ENTROPY).
COMPOUND_MAX_TOKENS = 3
COMPOUND_MIN_COUNT = 10
COMPOUND_MIN_SHARE = 0.7
COMPOUND_MAX_LEN = 8
# Tags (prefixes) of tokens that never stand inside a name: numerals, measure words (份 of 份公告),
# pronouns, prepositions, conjunctions, particles, adverbs, time and place words.
_NON_NAME_TAGS = ("m", "q", "r", "p", "c", "u", "d", "t", "f", "x")
# A name cut one character short (name_tail): the person token is rare in the dictionary (吉田麻 unknown, 雷比 10;
# 布朗 958 is a whole name), and the character after it is no predicate or function word by its own tag.
NAME_TAIL_MAX_FREQ = 100
NAME_TAIL_BARRED_TAGS = ("v", "p", "c", "u", "r", "m", "q", "x")
MIN_NAME_TAIL_ADVERB_COUNT = 3  # 也 after 吉田麻 nine times in nine; a name followed twice by 也 is chance
# jieba's tags of an adverb (均, 终, 都, 再): a statistical word ending in one after a word is a subject and the start of
# its predicate (增速 + 均, _ends_in_an_adverb). Adjectives (低, 红) are not barred: 中国红 and 故宫红 are terms.
ADVERB_TAGS = ("d", "dg")
# A verb character that opens this many of the article's statistical candidates is a verb before its objects
# (打 + 灰熊, 打 + 鹰, 打 + 网队: _leading_verbs), not the first character of each. Two lost words that name things
# (防 + 割手套, 防 + 刺背心 of fresh9 345, a term's prefix) and 兜牢, 兜实 of fresh35 1006.
LEADING_VERB_MIN_WORDS = 3
VERB_TAGS = ("v", "vg")

# Characters that begin or end phrases rather than names: particles, prepositions, pronouns, numerals.
EDGE_CHARS = set(
    "的了着过是在和与及或而也就都又还很更最把被将从对向为以于之其这那此该每各个们等中上下里到说有没不"
    "所能会要可已让使给由跟同并且但如若虽即再才只亦乃吗呢吧啊呀哦一二三四五六七八九十百千万亿两几第年月日"
)
NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万亿两几")
NUMBER_CHARS = NUMERAL_CHARS | frozenset("0123456789０１２３４５６７８９零〇")
AFTER_NUMBER_SHARE = 0.5  # of a candidate's occurrences right after a number: a measure word + the rest
# Surnames that are more often function words or common morphemes in running text (和, 于, 高, 明 …):
# a name pattern inside a sentence does not start at them, but for a recurring name of a rare given name
# (_name_of_ambiguous_surname: 于东来). On a byline line they are surnames.
_AMBIGUOUS_SURNAMES = frozenset("和于向时应全万成单连文方安常华高明区")
_TITLES = (
    "联合创始人|创始人|创办人|董事长|总裁|总经理|首席执行官|CEO|负责人|主任|院长|校长|教授|研究员|"
    "记者|编辑|主编|发言人|部长|局长|市长|省长|书记|主席|总监|经理|医生|律师|专家|作者|博士"
)
_NAME = r"([\u4e00-\u9fff]{2,4}?)"  # lazy: the shortest name the following context allows
# What may follow a name: punctuation, a bracket, or a speech/founding verb or common particle.
_AFTER_NAME = r"(?=[，。、；：！？）)\s“”]|表示|认为|指出|说|称|介绍|告诉|曾|在|的|是|也|等|和|与|创办|创立|创建|成立|参加|透露)"
_PERSON_PATTERNS = [
    re.compile(rf"(?:{_TITLES}){_NAME}{_AFTER_NAME}"),
    re.compile(rf"(?:^|(?<=[，。、；：！？（(\s”“的由是和与])){_NAME}(?=创办|创立|创建|成立了|表示|指出|认为|透露)"),
]
_ORG_PATTERN = re.compile(r"(?:公司|集团|企业|机构|平台|品牌|基金|团队|实验室)(?:——|—|－－|：|:)([\u4e00-\u9fffA-Za-z]{2,8})")
# An organisation named in quotes right after a founding verb: 成立了“深度求索”.
_FOUNDED_PATTERN = re.compile(r"(?:成立|创办|创立|创建|收购)了?[“「『]([\u4e00-\u9fffA-Za-z]{2,8})[”」』]")
_QUOTED = re.compile(r"[“「『《‘\"]([\u4e00-\u9fff]{2,8})[”」』》’\"]")
_ORG_SUFFIXES = ("公司", "集团", "银行", "大学", "学院", "医院", "研究院", "研究所", "协会", "委员会", "基金会", "中心")
_PLACE_SUFFIXES = ("省", "市", "县", "区", "乡", "镇", "村", "街", "路", "州", "岛", "湖", "山")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def discover(texts: list[str]) -> pd.DataFrame:
    """The ``new_words`` table for ``texts`` (the paragraphs of one article, or of several).

    Runs against the base dictionary: call it with no run words installed
    (``segment.set_run_words({})``), as :func:`zhnews.keywords.run` does.
    """
    texts = [t for t in texts if t]
    stats = _NgramStats(texts)
    holding = _TextsHolding(texts)
    evidence: dict[str, tuple[str, str]] = {}  # word -> (method, tag)
    for word, tag in _pattern_words(texts).items():
        evidence[word] = ("pattern", tag)
    for word in _quoted_words(texts, holding):
        # A long quotation seen once is more likely a phrase than a name.
        if len(word) <= MAX_QUOTED_ONCE_LEN or sum(t.count(word) for t in holding(word)) >= MIN_FREQ:
            evidence.setdefault(word, ("quoted", _guess_tag(word)))
    for word in _frequent_compounds(texts, holding):
        if not _mostly_after_numbers(holding(word), word):
            evidence.setdefault(word, ("compound", _guess_tag(word)))
    for word, tag in _name_tails(texts, holding).items():
        evidence.setdefault(word, ("name_tail", tag))
    base_cuts = _Boundaries(texts)
    statistical = [
        word for word in stats.cohesive_free_words()
        if (_pieces_look_like_fragments(word) and not _ends_in_an_adverb(word)
            and base_cuts.aligned_share(word, holding.indices(word)) >= MIN_ALIGNED_SHARE
            and not _mostly_after_numbers(holding(word), word))
    ]
    leading_verbs = _leading_verbs(statistical)
    for word in statistical:
        if word[0] not in leading_verbs:
            evidence.setdefault(word, ("pmi_entropy", _guess_tag(word)))
    rows = []
    for word, (method, tag) in evidence.items():
        if not _breaks_in_dictionary(word):
            continue
        rows.append(
            {
                "word": word,
                "score": round(stats.score(word), 4),
                "method": method,
                "freq": sum(text.count(word) for text in holding(word)),
                "tag": tag,
                "type": segment.ENTITY_TYPES.get(tag, "other"),
                "was_cut_as": " ".join(segment.tokenizer().lcut(word, HMM=False)),
            }
        )
    table = pd.DataFrame(rows, columns=COLUMNS)
    table["strength"] = table["method"].map(METHOD_STRENGTH)
    table = table.sort_values(["strength", "score", "word"], ascending=[True, False, True], kind="mergesort")
    return io.with_types(table.drop(columns="strength").reset_index(drop=True), {"freq": "int64", "score": "float64"})


class _TextsHolding:
    """Which of the texts can hold a word: those holding its rarest pair of adjacent characters, in
    their order. Every candidate's counts (neighbours, the characters before it, its boundaries) were
    taken over every paragraph, so a long article's thousands of candidates made the step grow with
    the square of its length (a 1 MB text spent minutes here); a text without one of the word's pairs
    has no occurrence to count."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self._by_pair: dict[str, list[int]] = defaultdict(list)
        for index, text in enumerate(texts):
            for pair in {text[i:i + 2] for i in range(len(text) - 1)}:
                self._by_pair[pair].append(index)

    def indices(self, word: str):
        """Indices of the texts that may hold ``word``, ascending (every text for a single character)."""
        if len(word) < 2:
            return range(len(self.texts))
        return min((self._by_pair.get(word[i:i + 2], ()) for i in range(len(word) - 1)), key=len)

    def __call__(self, word: str) -> list[str]:
        """The texts that may hold ``word``, in order."""
        return [self.texts[index] for index in self.indices(word)]


class _NgramStats:
    """Counts of every Han n-gram of the texts with its left and right neighbours."""

    def __init__(self, texts: list[str]):
        runs = [run for text in texts for run in _HAN_RUN.findall(text)]
        self.total = sum(len(run) for run in runs) or 1
        self.counts: Counter[str] = Counter()
        # Plain dicts of neighbour counts: a Counter per n-gram took a tenth of the keywords stage to create.
        self.left: dict[str, dict[str, int]] = defaultdict(dict)
        self.right: dict[str, dict[str, int]] = defaultdict(dict)
        self.edges_left: Counter[str] = Counter()  # occurrences at the start of a run of Han text
        self.edges_right: Counter[str] = Counter()
        # One length at a time: the grams of a run are sliced once, counted by Counter over a list (in C)
        # and paired with their neighbours by zip, instead of a bounds test per gram and side. The tables
        # come out the same: a gram's occurrences, and so the order of its neighbours' dict (which
        # orders the sums of _entropy), are met in text order at any one length.
        left, right = self.left, self.right
        for length in range(1, MAX_LEN + 1):
            grams_of = [[run[start:start + length] for start in range(len(run) - length + 1)] for run in runs]
            for grams in grams_of:
                self.counts.update(grams)
            if length < MIN_LEN:
                continue
            for run, grams in zip(runs, grams_of):
                if not grams:
                    continue
                for gram, char in zip(grams[1:], run):  # the gram at start + 1, the character at start
                    neighbours = left[gram]
                    neighbours[char] = neighbours.get(char, 0) + 1
                for gram, char in zip(grams, run[length:]):  # the gram at start, the character at start + length
                    neighbours = right[gram]
                    neighbours[char] = neighbours.get(char, 0) + 1
                self.edges_left[grams[0]] += 1
                self.edges_right[grams[-1]] += 1

    def cohesion(self, word: str) -> float:
        """Pointwise mutual information (bits) across the weakest split of ``word``."""
        count = self.counts.get(word, 0) or 1
        return min(
            math.log2(count * self.total / ((self.counts.get(word[:i], 0) or 1) * (self.counts.get(word[i:], 0) or 1)))
            for i in range(1, len(word))
        )

    def freedom(self, word: str) -> float:
        """The smaller of the left and right neighbour entropies (bits)."""
        return min(
            _entropy(self.left.get(word, {}), self.edges_left.get(word, 0)),
            _entropy(self.right.get(word, {}), self.edges_right.get(word, 0)),
        )

    def score(self, word: str) -> float:
        return self.cohesion(word) + self.freedom(word) if len(word) >= MIN_LEN else 0.0

    def cohesive_free_words(self) -> list[str]:
        return sorted(
            gram
            for gram, count in self.counts.items()
            if count >= MIN_FREQ
            and len(gram) >= MIN_LEN
            and gram[0] not in EDGE_CHARS
            and gram[-1] not in EDGE_CHARS
            and self.cohesion(gram) >= MIN_PMI
            and self.freedom(gram) >= MIN_ENTROPY
        )


def _mostly_after_numbers(texts: list[str], word: str) -> bool:
    """True when most occurrences of ``word`` come right after a number (300人持有, 162票全票): its first
    character is the number's measure word, so the string is a count and a predicate, not a new word.
    A number's free left edge (a digit is no Han neighbour) made these look free."""
    before = [text[start - 1] for text in texts for start in _starts(text, word)]
    return bool(before) and sum(char in NUMBER_CHARS for char in before) >= AFTER_NUMBER_SHARE * len(before)


def _starts(text: str, word: str) -> list[int]:
    """Offsets of the non-overlapping occurrences of ``word`` in ``text`` that have a character before them."""
    return [at for at in occurrences(text, word) if at > 0]


def _frequent_compounds(texts: list[str], holding: _TextsHolding) -> list[str]:
    """Runs of tokens that recur as a unit: a name the dictionary cuts into common words (华远 + 制药).

    Counted on the base segmentation; the rarest token of the run must occur mostly inside it, and
    the run must be free at both ends (varied neighbouring characters), so 新能源 + 汽车, whose
    新能源 also stands alone, stays two words while 斯 + 皮茨 + 纳格尔 becomes one.
    """
    token_counts: Counter = Counter()
    run_counts: Counter = Counter()
    for text in texts:
        pairs = segment.cut_pos(text)
        words = [word for word, _ in pairs]
        token_counts.update(words)
        # Whether each token may stand in a compound, tested once rather than in every run it is part of.
        joinable = [bool(_HAN_RUN.fullmatch(word)) and not tag.startswith(_NON_NAME_TAGS) for word, tag in pairs]
        for start in range(len(pairs)):
            if not joinable[start]:
                continue
            for end in range(start + 2, min(len(pairs), start + COMPOUND_MAX_TOKENS) + 1):
                if not joinable[end - 1]:
                    break
                run_counts[tuple(words[start:end])] += 1
    found = []
    for run, count in run_counts.items():
        word = "".join(run)
        if (
            count >= COMPOUND_MIN_COUNT
            and len(word) <= COMPOUND_MAX_LEN
            and count >= COMPOUND_MIN_SHARE * min(token_counts[token] for token in run)
            and word[0] not in EDGE_CHARS
            and word[-1] not in EDGE_CHARS
            and not any(token in segment.stopwords() for token in run)
            and not _ends_in_person_title(run)
            and _boundary_entropy(holding(word), word) >= MIN_ENTROPY
        ):
            found.append(word)
    # A longer compound covers its own pieces (斯皮茨纳格尔 over 皮茨纳格尔).
    return sorted(word for word in found if not any(word != other and word in other for other in found))


def _ends_in_person_title(run: tuple[str, ...]) -> bool:
    """A run ending in a title or form of address (data/lexicon/person_titles.txt) after other tokens is a person
    introduced by it, not a new word: 岳 + 昕 + 同学 (fresh18 581, said 13 times, always so) and 李克强 + 同志 (fresh18
    570) became one word, which hid the name from the keywords' title rule (keywords._titled_person)."""
    return len(run) >= 2 and segment.fold(run[-1]) in person_titles()


@lexicon.cached
def person_titles() -> tuple[str, ...]:
    """The titles and forms of address of data/lexicon/person_titles.txt, folded (segment.fold), read once for the
    new words here and the keyword stage's titled-person rules."""
    return tuple(segment.fold(word) for word in lexicon.read_lines(PERSON_TITLES))


def _name_tails(texts: list[str], holding: _TextsHolding) -> dict[str, str]:
    """Person names cut one character short, whole (吉田麻也, 雷比奇) → the person tag jieba gave the piece (or the
    place or organisation tag its ending says: 威斯康辛州).

    On the base segmentation: a person token (nr, nrt, nrfg) of two or more Han characters that the dictionary
    has seen fewer than NAME_TAIL_MAX_FREQ times, seen MIN_FREQ times or more and followed every time by the same
    single-character token; that character's own tag is none of NAME_TAIL_BARRED_TAGS (an adverb, d, needs
    MIN_NAME_TAIL_ADVERB_COUNT occurrences), and the name with it is free on both sides (MIN_ENTROPY), which a name
    cut before its last character is and a name glued to the next word (X说: the same verb every time) is not
    always.
    """
    followers: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for text in texts:
        pairs = segment.cut_pos(text)
        for (word, tag), following in zip(pairs, pairs[1:] + [("", "x")]):
            if tag in ("nr", "nrt", "nrfg") and len(word) > 1 and _HAN_RUN.fullmatch(word):
                followers[word, tag][following] += 1
    tk = segment.tokenizer()
    found = {}
    for (word, tag), following in followers.items():
        if len(following) != 1:
            continue  # followed by different tokens: the name ends where jieba ended it
        [(char, char_tag)], count = following, sum(following.values())
        if (
            count < MIN_FREQ or len(char) != 1 or not _HAN_RUN.fullmatch(char)
            or (tk.FREQ.get(word) or 0) >= NAME_TAIL_MAX_FREQ or char_tag.startswith(NAME_TAIL_BARRED_TAGS)
            or (char_tag.startswith("d") and count < MIN_NAME_TAIL_ADVERB_COUNT)
        ):
            continue
        if _boundary_entropy(holding(word + char), word + char) >= MIN_ENTROPY:
            # The whole may close a place or organisation the HMM took for a person (曹寺 + 乡, 威斯康辛 + 州).
            shape = _guess_tag(word + char)
            found[word + char] = shape if shape in ("nt", "ns") else tag
    return found


def _boundary_entropy(texts: list[str], word: str) -> float:
    """The smaller of the left and right neighbour entropies of ``word`` (a text edge or a non-Han
    character counts as a fresh neighbour each time)."""
    left, right = Counter(), Counter()
    edges_left = edges_right = 0
    for text in texts:
        start = text.find(word)
        while start != -1:
            before, end = text[start - 1 : start], start + len(word)
            after = text[end : end + 1]
            if _HAN_RUN.fullmatch(before or "-"):
                left[before] += 1
            else:
                edges_left += 1
            if _HAN_RUN.fullmatch(after or "-"):
                right[after] += 1
            else:
                edges_right += 1
            start = text.find(word, start + 1)
    return min(_entropy(left, edges_left), _entropy(right, edges_right))


def _entropy(neighbours: dict[str, int], edges: int) -> float:
    """Entropy of the neighbour distribution; each text edge counts as a distinct neighbour."""
    total = sum(neighbours.values()) + edges
    if not total:
        return 0.0
    probabilities = [n / total for n in neighbours.values()] + [1 / total] * edges
    return -sum(p * math.log2(p) for p in probabilities)


def _pattern_words(texts: list[str]) -> dict[str, str]:
    """Names found in person and organisation frames, with the tag their frame implies."""
    found: dict[str, str] = {}
    for text in texts:
        for pattern in _PERSON_PATTERNS:
            for match in pattern.finditer(text):
                name = _trim_person_name(match.group(1)) or _name_of_ambiguous_surname(match.group(1), texts)
                if name:
                    found.setdefault(name, "nr")
        for pattern in (_ORG_PATTERN, _FOUNDED_PATTERN):
            for match in pattern.finditer(text):
                found.setdefault(match.group(1), "nt")
    return {word: tag for word, tag in found.items() if word[-1] not in EDGE_CHARS}


@lexicon.cached
def _surnames() -> frozenset[str]:
    """The common surnames of data/lexicon/surnames.txt (the loader's list too), less the ambiguous ones."""
    return lexicon.surnames() - _AMBIGUOUS_SURNAMES


def _trim_person_name(candidate: str) -> str | None:
    """A Chinese personal name is a surname and one or two given characters."""
    for surname_len in (2, 1):
        surname = candidate[:surname_len]
        if surname in _surnames() and 2 <= len(candidate) <= surname_len + 2:
            return candidate
    return None


def _name_of_ambiguous_surname(candidate: str, texts: list[str]) -> str | None:
    """A name in a person frame whose surname is more often a function word (于 of 于东来, fresh23 742, said 30 times;
    of 副部长于康震, fresh23 761): accepted when the given name is two characters and no common word of the dictionary
    (东来 141; 于今年 and 于是 are "in this year", "so") and the article says the name MIN_FREQ times or more, since
    a preposition before a word is chance and a name recurs."""
    if len(candidate) != 3 or candidate[0] not in _AMBIGUOUS_SURNAMES or candidate[0] not in lexicon.surnames():
        return None
    if (segment.tokenizer().FREQ.get(candidate[1:]) or 0) >= COMMON_WORD_FREQ:
        return None
    return candidate if sum(text.count(candidate) for text in texts) >= MIN_FREQ else None


def looks_like_person_name(word: str) -> bool:
    """Two or three Han characters, a common surname that the dictionary leaves on its own (梁 + 文峰), or three that
    it cuts after a name of two it knows (张家 + 朗 of 张家朗, fresh39 1080; 李子 + 柒): the dictionary holds such
    pairs as names, so the surname is not left alone, yet the third character completes the person's name."""
    if not 2 <= len(word) <= 3 or not _trim_person_name(word):
        return False
    pieces = segment.tokenizer().lcut(word, HMM=False)
    return len(pieces[0]) == 1 or (
        len(pieces) == 2 and len(pieces[1]) == 1 and segment.known_tag(pieces[0]) in PERSON_TAGS
    )


def _quoted_words(texts: list[str], holding: _TextsHolding) -> set[str]:
    """Short Han terms in quotation or title marks that contain no function characters; numerals
    only in a term the article repeats (“一带一路”, “五眼联盟” seen MIN_FREQ times: a coined name,
    where a numeral quoted once is more often a slogan's count)."""
    words = set()
    for text in texts:
        for match in _QUOTED.finditer(text):
            term = match.group(1)
            edges = {ch for ch in term if ch in EDGE_CHARS}
            if not edges or (edges <= NUMERAL_CHARS and sum(t.count(term) for t in holding(term)) >= MIN_FREQ):
                words.add(term)
    return words


def _breaks_in_dictionary(word: str) -> bool:
    """True when the dictionary lacks ``word`` and cuts it into pieces, so adding it changes things."""
    tk = segment.tokenizer()
    return not tk.FREQ.get(word) and len(tk.lcut(word, HMM=False)) > 1 and word.casefold() not in segment.stopwords()


def _pieces_look_like_fragments(word: str) -> bool:
    """True when the dictionary cuts ``word`` into fragments (梁 + 文峰, 英 + 伟达, 爆 + 红).

    That is: at least one single character, no common word of two or more characters (中国经济,
    比上年增长 are phrases of real words), no very common single character (多人, 来推), no piece
    of three or more characters (靠 + 高科技 is a word with a character attached, not a name), and at
    least one rare piece (线 + 坐 are two words jieba knows well).
    """
    tk = segment.tokenizer()
    pieces = tk.lcut(word, HMM=False)
    singles = [p for p in pieces if len(p) == 1]
    return (
        bool(singles)
        and all(tk.FREQ.get(p, 0) < COMMON_CHAR_FREQ for p in singles)
        and all(len(p) == 2 and tk.FREQ.get(p, 0) < COMMON_WORD_FREQ for p in pieces if len(p) > 1)
        and min(tk.FREQ.get(p, 0) for p in pieces) < CONFIDENT_PIECE_FREQ
    )


def _ends_in_an_adverb(word: str) -> bool:
    """True when the dictionary cuts ``word`` into a word of two or more characters and one character it tags an adverb
    (ADVERB_TAGS): 增速 + 均 of 增速均低于9.8% (fresh19 632) and 增速均保持在两位数 (fresh17 551), 寒冬 + 终 of 寒冬终过去 and 消费寒冬终会过去
    (fresh19 614). The adverb opens the predicate that follows, the noun before it is the subject: a clause cut at the
    wrong place, however often the article repeats it. A name's last character is no adverb by its own tag (张继先 is
    cut into single characters, 亩均 has no word before the 均)."""
    pieces = segment.tokenizer().lcut(word, HMM=False)
    if len(pieces) < 2 or len(pieces[-1]) != 1 or len(pieces[-2]) < 2:
        return False
    return segment.pos_tokenizer().word_tag_tab.get(pieces[-1], "") in ADVERB_TAGS


def _leading_verbs(words: list[str]) -> frozenset[str]:
    """The characters the dictionary cuts off the front of LEADING_VERB_MIN_WORDS or more of ``words`` (with as many
    different characters after them) and tags a verb
    (VERB_TAGS): a verb the article writes before several objects (打 + 灰熊, 打 + 鹰, 打 + 网队 of fresh39 1084, a
    report's 'against the Grizzlies, the Hawks, the Nets'; 对阵 and 战胜 are words of their own), so each string is a
    verb and its object, no new word. One string opened by a verb character stays a candidate (a name may start with
    one), and so do strings that go on alike after it, one word and a longer one (坠亡 and 坠亡产妇 of seen 179, 租购 and
    租购同权 of fresh31 920: different objects start differently), and strings opened by a character of another tag
    (阿 + 祖布克, 老 + 霍)."""
    objects: dict[str, set[str]] = defaultdict(set)  # opening character → the first characters of what follows it
    for word in words:
        first = segment.tokenizer().lcut(word, HMM=False)[0]
        if len(first) == 1:
            objects[first].add(word[1])
    tags = segment.pos_tokenizer().word_tag_tab
    return frozenset(char for char, following in objects.items()
                     if len(following) >= LEADING_VERB_MIN_WORDS and tags.get(char, "") in VERB_TAGS)


class _Boundaries:
    """Where the current segmentation puts word boundaries in each text."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.offsets = []
        for text in texts:
            ends, position = {0}, 0
            for token in segment.cut(text):
                position += len(token)
                ends.add(position)
            self.offsets.append(ends)

    def aligned_share(self, word: str, indices) -> float:
        """The share of the occurrences of ``word`` in the texts at ``indices`` with a boundary at both ends."""
        aligned = total = 0
        for index in indices:
            text, ends = self.texts[index], self.offsets[index]
            start = text.find(word)
            while start != -1:
                total += 1
                aligned += start in ends and start + len(word) in ends
                start = text.find(word, start + 1)
        return aligned / total if total else 0.0


def _guess_tag(word: str) -> str:
    """A POS tag from the word's shape: organisation or place suffix, a personal name, or other."""
    if word.endswith(_ORG_SUFFIXES):
        return "nt"
    if len(word) >= 3 and word.endswith(_PLACE_SUFFIXES):
        return "ns"
    if looks_like_person_name(word):
        return "nr"
    return segment.DEFAULT_NEW_WORD_TAG
