"""Keyphrases: candidate words and phrases of the article (clause runs ending in a noun-like head, marked terms,
character runs, names joined), the rules that drop fragments and byline words, and :func:`keyphrase_weights`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon, segment
from ..text import occurrences, to_simplified
from ..load import roles
from ..claims.persons import transliterated
from . import newwords
from .tokens import (
    DIGIT_LED_NAME, FOREIGN_NAME_JOINERS, HAN_WORD, HAS_WORD_CHAR, JOINED_FOREIGN_NAME, LOWER_LATIN, NAME_HYPHENS, NUMBER,
    ORG_SUFFIXES, PERSON_TAGS, SLASHED_NAME, STREAK_COUNT,
    is_content_word, is_counted_streak, is_style_markup, keyword_key,
)
from .scoring import news_idf, news_share


# Entity tags trusted from jieba's own dictionary and HMM; its 'nz' (other proper noun) is too
# loose there (网络安全 is 'nz') and only counts when our dictionary or discovery gives it.
POS_ENTITY_TAGS = ("nr", "nrfg", "nrt", "ns", "nt", "nw")
NAME_DOTS = frozenset("·•・‧")  # between a foreign person's given name and surname (彼得·蒂尔)
_FOREIGN_NAME_MARKS = re.compile(f"[{re.escape(''.join(FOREIGN_NAME_JOINERS | NAME_DOTS))}]")
JOINED_OUTLET_CHARS = (2, 8)  # the second outlet of 中国青年报·中青在线|记者: its length in characters (_joined_outlet)
# Tags of the Han pieces of such a name: jieba tags transliterated given names a person or a place (巴兹/ns),
# and new-word discovery tags the surnames it joins (纽森, 索贝尔) segment.DEFAULT_NEW_WORD_TAG.
DOTTED_NAME_TAGS = (*PERSON_TAGS, "ns", segment.DEFAULT_NEW_WORD_TAG)
# jieba's dictionary frequency from which a person-tagged word is a common word it mis-tags (陈述 763,
# 宣传部 333); person names are rare there (特朗普 14, 迈克 57) or absent (曾威凯, installed at 1).
PERSON_NAME_MAX_FREQ = 100

# meta.json fields whose words are the byline's, not the story's.
META_BYLINE_FIELDS = ("author", "account", "outlet")
BYLINE_CUES = "byline_cues.tsv"
# Keyphrases: tags never inside a phrase (numerals, time words, pronouns, prepositions, conjunctions,
# particles, adverbs). Measure words stay: 美元 is a keyword of an exchange-rate story.
# jieba's tags of the aspect particles 了, 过, 着: a verb that takes one is the predicate of a clause (天安门广场参加 |
# 了升旗仪式, fresh16 521; 卫生部公布 | 了中国慢性病情况, fresh16 520), so it counts as going on (_Candidate.followed).
ASPECT_PARTICLE_TAGS = ("ul", "ug", "uz")
# jieba's tag of pronouns: a verb a pronoun follows in the same clause takes it as its object (近亲属非法收受 | 他人财物,
# fresh23 760: 他人 is whose property was taken), so the verb goes on too (_Candidate.followed). Only a pronoun of our
# stopword list counts: jieba tags some nouns so (集安组织 | 前身为…, fresh13 446: 前身 is the subject of what follows).
PRONOUN_TAG = "r"
NON_PHRASE_TAGS = ("m", "t", "r", "p", "c", "u", "uj", "ul", "x", "d")
# jieba's tag of time words. Those most news uses say when (今年, 目前, 当时, 近日: news share 0.03 and more); the rarer
# name a recurring period that makes a term with the noun after it (课后 + 服务, 暑期 + 托管服务, 夜间 + 检测, 春节 + 档,
# 中期 + 选举: gold tags of fresh26 826, fresh8 339, fresh15 495, fresh3 113, fresh7 302), so they may stand in a phrase,
# never end one (_period_word) nor stand alone (_incohesion): alone they took top-10 slots (周六, 星期四, 同月, 一年期) more
# often than they met a tag (年終, 日历) in the seen splits.
TIME_TAG = "t"
COMMON_TIME_SHARE = 0.02
# Single characters that may stand inside a phrase (新 in 造车新势力, 法 in 中法): nouns, adjectives, abbreviations.
SINGLE_CHAR_PHRASE_TAGS = ("n", "a", "j", "b", "ng", "nr", "ns")
# Five tokens hold an organisation's full name (绿城 + 物业 + 服务 + 集团 + 有限公司): fresh4 +.006, fresh5 +.007, other splits
# unchanged; six changed nothing more, three lost a tag or two everywhere.
MAX_PHRASE_TOKENS = 5
MAX_PREDICATE_PHRASE_TOKENS = 3  # subject + verb phrases: 市场崩盘, 中部地区崛起, not 病毒核苷酸序列相似
CHANGE_CUES = "change_cues.tsv"
NAME_ENDINGS_FILE = "name_endings.txt"
DOCUMENT_ENDINGS_FILE = "document_endings.txt"
RELATIVE_PLACE_WORDS = "relative_place_words.txt"
PHASE_VERBS = "phase_verbs.txt"
PEOPLE_NOUNS = "people_nouns.txt"
FIGURE_REFERENCES = "figure_references.txt"
STATISTICAL_INDICATORS = "statistical_indicators.txt"
# An article naming this many different indicators of statistical_indicators.txt is a statistics piece (a bulletin, an
# economy release, a budget report), whose indicators are its subject (_indicator_terms); a news story citing GDP and CPI
# names two.
INDICATOR_MIN_NAMES = 4
# The office that publishes a statistics piece's figures (昆明统计局, 克拉玛依市统计局, 国家统计局): the bulletin's author and
# the source of every figure, which its editors tag, at the foot of the page or in the lede (_indicator_terms).
STATISTICS_OFFICE = "统计局"
# The last characters of the names of China's administrative divisions, for a place jieba tags no place (万载县 as a
# person): 省, 市, 县, 区, 州 and Inner Mongolia's 盟 and 旗 (_headline_place).
ADMINISTRATIVE_SUFFIXES = tuple("省市县区州盟旗")
# An indicator of such a piece weighs INDICATOR_BOOST, said once too (no NAMED_ONCE_FACTOR): its pieces (增加值, 第三产业),
# said in every section, outweighed it. Round 29, combined P@10: fresh35 (eight bulletins and releases) .10 -> .46 (1.5
# .38, 2.5 .47); the seen pieces of the shape, fresh2 96 .1 -> .4 and fresh6 275 .1 -> .5 (city bulletins), fresh24 786
# .4 -> .5 (a forecast naming four), fresh32 943 .5 -> .7 (a regional economy report), fresh19 633 .5 -> .3 (a press
# conference of the bureau, whose editors tagged the themes asked about over the indicators read out).
INDICATOR_BOOST = 2.0
LEDE_MIN_CHARS = 40  # a paragraph shorter than this after the title is a dateline or subtitle, not the lede
MIN_PHRASE_COUNT = 2  # for words too: a word seen once is an aside, whatever its IDF
WORDS_PER_OCCURRENCE = 500  # 300-800 raised seen test by 0.01, tune unchanged; 150 and less lowered tune
MIN_PHRASE_SHARE = 0.3  # of the occurrences of the phrase's rarest part
# Tags of a single character that may end a word besides nouns: suffix morphemes (者 k, 论/行 zg, 性 g).
WORD_END_TAGS = ("k", "zg", "g")
# Locatives (jieba's f) that also prefix names and terms: 中 for China (中概股, 中法, 中资), 前 for former
# (前总统). Not 上/下/内/外, which a wrong cut glues to the next word (線上客服 as 線 + 上 + 客服).
PREFIX_LOCATIVES = frozenset("中前")
# A character before this many different words of the article is a word of its own (_forget_free_leading_characters).
FREE_CHARACTER_MIN_WORDS = 2
FREE_CHARACTER_TAGS = ("v", "r")
CUT_OFF_SHARE = 0.75  # of a candidate's occurrences going on with one character: a word cut short
GLOSS_SHARE = 0.5  # of a Latin candidate's occurrences inside bracketed translations of Han names (_without_gloss_pieces)
REPEAT_MIN_CHARS = 10  # a sentence this long said twice is a repeat, not a second mention
MIN_LINKED_DE_COUNT = 3  # a modifier + 的 + noun said this often is a term (人类水平的人工智能), not a clause
LINKED_MODIFIER_TAGS = ("n", "nz", "vn", "ng", "an")  # the last token before 的 in a linked term: a common noun
# Characters after a number that make it a date, a time, an age, an amount or a count (2019年, 3个, 10万),
# never the type or price in a term's name (2型糖尿病, 9.9元咖啡, 刑法255条).
NOT_TYPE_CHARACTERS = frozenset("年月日号时点分秒周天岁个次名人家位倍万亿千百多余届期批")
# Tags of a character that cannot be that type character: pronouns, prepositions, conjunctions, particles, adverbs.
TYPE_CHARACTER_BARRED_TAGS = ("r", "p", "c", "u", "uj", "ul", "x", "d")
# Spans of single characters jieba cut from a name (_character_runs): 2-4 tokens of 3-6 characters, written 3+ times.
# On the ten seen splits 990 -> 1000 tags of 1,650 (tune +3, fresh +1, fresh4 +1, fresh6 +2, fresh7 +1, fresh8 +2, no
# split lower); twice lost fresh5 and test, five times gave 994, spans of up to 8 characters 996.
CHARACTER_RUN_TOKENS = (2, 4)
CHARACTER_RUN_CHARS = (3, 6)
CHARACTER_RUN_MIN_COUNT = 3
# A single character of these tags opening a span is a function word (pronouns 我 他, prepositions 至 比, conjunctions,
# particles): the span is a clause (我 + 二叔 eight times in a serial story, 至 + 陽明山), not a term.
CHARACTER_RUN_BARRED_TAGS = ("r", "p", "c", "u", "uj", "ul")
# Whole words jieba tags as a count, which end the clause runs, but which the dictionary rarely saw (under
# NAMED_NUMERAL_MAX_FREQ): a piece of a name or term (大碗 + 娱乐 of the comedy company 大碗娱乐, 零日 + 漏洞), not running
# text (一些, 两次 are common). A span holding one and ending in a head is a character run's candidate too. Time words
# (t) as well: seen splits the same, and the sweep's one change a clause (閒時 + 寫作 of a pastor's profile), so not them.
CHARACTER_RUN_WORD_TAGS = ("m",)
NUMERAL_TAGS = ("m", "mq")  # jieba's tags of a number (300, 三, 八號 …) before a character run
MIN_GUESS_COUNT = 3  # a word only jieba's HMM found counts when the article repeats it this often
# jieba's dictionary tags some names and terms as numerals (两会 511, 万维 of 昆仑万维 3, 第三方 134); the numerals of
# running text are common (一些 33468, 五个 1860, 一批 4476, 万家 1075).
NAMED_NUMERAL_MAX_FREQ = 1000
BOUND_VERB_SHARE = 0.5  # of a leading verb's occurrences, for a verb + noun phrase
FREE_OBJECT_RATIO = 2  # a verb + noun phrase whose noun is said this many times as often is a predicate and its object
# Weights, tuned on the tune split (bench/eval_keywords.py; each step of 0.005 is one tag of 200):
# count^0.3 beat 0.5 and 1.0 (raw counts lift words every paragraph repeats, 病人, 样本); the title
# and names raise a candidate a little (1.5 and 1.3 beat 1.0 and 2.0); a phrase's IDF is its rarest
# part's plus 0.3 of the others' (0 gave 0.405, 0.3 0.43, 1.0 0.365 precision).
TF_POWER = 0.3
PHRASE_IDF_SHARE = 0.3
# Round 20, the seventeen tune splits (3,170 tags; 1.5 and 1.4: 1,553 hits): the headline's boosts both 0.1 lower,
# 1.4 and 1.3, 1,562 (a tag more in 15 articles of 14 source repositories, one less in 6: fresh10 +3, test and fresh2
# -1, tune unchanged, eight splits +1); 1.35 / 1.3 and 1.3 / 1.3 gained as much but lost fresh12 too; 20 % lower
# (1.2 / 1.12) lost tune and test two each.
TITLE_BOOST = 1.4
# The title's plain words (one token, no name): 1.4 raised fresh3 .525 -> .537 (强制分类 over 分类, 国际小学期), other splits
# unchanged; 1.3 and 1.2 won more on tune (+.01) but lost fresh2 (股价) and test. Rechecked on all eight seen splits in
# round 8 (tags of 1,715; 1.4: 799): 1.3 804 (tune +4, fresh +1, fresh6 +1, fresh2 -1), 1.2 804 (fresh2 -1, fresh4 -1),
# 1.0 803 (test -2, fresh2 -1, fresh3 -1), 1.5 lower; each costs a split, so 1.4 stays. Round 20: 1.3 with TITLE_BOOST
# 1.4 (above).
WORD_TITLE_BOOST = 1.3
# What the lede (first body paragraph, _lede_id) names, verbs and adjectives aside: 1.2 raised fresh .42 -> .45,
# fresh2 +.01, fresh3 .49 -> .51, dev5 +.01, tune/test/fresh4 unchanged; 1.3 and 1.4 lost tune; names only lost dev5.
LEDE_BOOST = 1.2
NAME_BOOST = 1.3
DESCRIBING_TAGS = ("a", "ad", "an", "i")  # adjectives and idioms: no title boost when a candidate ends in one
BOUND_SHARE = 0.6  # a part with more of its occurrences inside one phrase never stands alone (最美 of 最美退役军人)
MIN_BINDING_COUNT = 3  # a phrase seen twice (自民党干事长) is too little evidence to hide its part
COMMON_PLACE_SHARE = 0.05  # 中国, 美国, 北京, 香港: in a twentieth of all news articles or more
COMMON_HEAD_SHARE = 0.05  # 调查, 工作, 全国: a word this common at the edge of a repeat is the clause around a name (_closed_extension)
# One item of an enumeration (南昌、柳州、桂林) is one of many, not the subject: 0.7 and 0.5 both gave
# +0.01 on the tune split.
LIST_MEMBER_FACTOR = 0.7
# A dictionary name said once in a short article (_named_once) is a candidate at half weight: no tag won or lost
# on any split, and the oracle ceiling rose (fresh .71 -> .73, fresh2 .69 -> .72, fresh3 .81 -> .82).
# The same for the title of a law or a report in title marks said once (_titled_document). Round 25, the seen splits (431
# articles), combined top 10: at this factor no tag won or lost (the titles rank below the tenth, the ceiling rises);
# at 0.75 one won (fresh6 270) and one lost (fresh6 271); at 1.0 six won and five lost (fresh7 two, fresh12, test).
NAMED_ONCE_FACTOR = 0.5
# A common two-character word said fewer than COMMON_WORD_MIN_COUNT times weighs COMMON_WORD_FACTOR (keyphrase_weights): tune
# .452 -> .465, fresh .45 -> .47, fresh2 .41 -> .42, fresh3 .52 -> .53, test/fresh4/fresh5 unchanged; 0.7 lost fresh5, 0.85 less,
# 4 and 6 times lower; the same factor at any count lost test (消费, 地价: the topic word, said often).
COMMON_WORD_FACTOR = 0.8
COMMON_WORD_MIN_COUNT = 6
# A person's title or role standing alone (议员们, 同学们, 创始人, 检察官; person_titles.txt), not in the headline, says who
# acts, not what the story is about: in the seen tune splits' top 10 such a word was an editor's tag 1 time in 11
# (_bare_title). Round 20, the seventeen tune splits, combined P@10: 0.5 and 0.6 gained 2 tags (test, fresh13) and lost
# none, 0.7-0.9 one.
BARE_TITLE_FACTOR = 0.5
# A common noun of people alone (儿子, 夫妇, 患者, 宾客, 承建商; people_nouns.txt), in the headline too, weighs
# PEOPLE_NOUN_FACTOR (_people_noun). Round 26: such a word held 40 top-10 slots of the seen splits and fresh28 and was an
# editor's tag 3 times (父亲 and 女儿 of fresh22 701, 新人 of fresh28 864: left out of the list); on those 40 articles
# combined P@10 .455 -> .472 (seven tags won, none lost); with the round's other mends, 0.35 and 0.5 gave .478, 0.65 .472.
PEOPLE_NOUN_FACTOR = 0.5
# One word tagged an adjective (可耻, 贪婪, 紧急, 圆满; _adjective_alone) weighs ADJECTIVE_FACTOR. Round 26, the seen splits' top
# 10s: such a word was wrong 16 times and a tag 3 (暴瘦, 焦虑, 好恶, strong enough to stay); on the 14 articles holding
# one, combined P@10 .443 -> .471 (4 won: tune 283, fresh11 386, fresh18 581, fresh22 705; none lost), the same at 0.35 and 0.65.
ADJECTIVE_TAGS = ("a", "ad")
ADJECTIVE_FACTOR = 0.5
# One word that much of all news uses (news_share: 中国, 美国, 日本, 意大利, 同比, 数据, 检测), not in the headline, weighs
# COMMON_NEWS_FACTOR (_common_in_news): a country or a measure every report names is the setting of the story, not its
# subject; the headline naming it says it is the subject (同比 and 环比 of a statistics bulletin's title). Round 28, the 33
# seen splits (489 articles), combined P@10 hits of 4,890 (no factor: 2,434): share 0.01 × 0.5/0.7/0.85 2,429/2,434/2,433
# (test -2, fresh10 -2), 0.02 × 0.5/0.7/0.85 2,436/2,438/2,436, 0.04 × the same 2,435/2,435/2,434; 0.02 × 0.7 loses no
# split more than one tag (test, fresh20, fresh25 -1; tune, fresh4, fresh6, fresh10, fresh14, fresh26, fresh31 +1).
COMMON_NEWS_SHARE = 0.02
COMMON_NEWS_FACTOR = 0.7
QUOTED_BOOST = 1.2  # a term quoted at least once: 1.1 and 1.2 gave tune +0.01 and fresh keyphrase +0.02, 1.5 less
ABSORB_SHARE = 0.5  # a phrase holding this share of a part's occurrences takes the part's weight
# An organisation's name before a person's title (国家粮食局 + 副局长, 中国外交部 + 发言人, 国家能源局 + 原局长) names the office
# one person holds: the organisation is the keyword (the person is another), and it takes the office's slot however
# rarely the article names it alone (office_of). In the seen splits' top 10 such an office was never a tag, its
# organisation was a tag of fresh26 825, tune 231, fresh2 87 and fresh13 422 (all but 422, which jieba cuts as 国家 + 能源
# + 局原 + 局长, gained it). Two characters are any district's or party's office (区委 + 书记, the tag of fresh12 403), so the
# organisation's name is longer.
OFFICE_ORGANISATION_MIN_CHARS = 3
# Tags of names (jieba's and our dictionary's), and the endings of organisation names.
NAME_TAGS = ("nr", "nrfg", "nrt", "ns", "nt", "nw", "nz", "eng")
SINGLE_CHARACTER_HEADS = frozenset(suffix for suffix in ORG_SUFFIXES if len(suffix) == 1) | {"罪"}
# Tags of a last word that makes a phrase the name of a place or an organisation (武汉体育中心 ends in
# 中心, 巴西华人协会 in 协会); other name tags (nz, eng) end phrases that merely mention a name.
INSTITUTION_TAGS = ("ns", "nt")
_BYLINE_PIECE = re.compile(r"[\u4e00-\u9fff]{2,}|[a-z][a-z0-9]+")
# One name of Han characters and Latin letters or digits with no separator (法度law, 36氪).
_MIXED_NAME = re.compile(r"[\u4e00-\u9fffa-z0-9]+")
_OPENING_MARKS, _CLOSING_MARKS = "《「『“\"'", "》」』”\"'"
_DIGITS = re.compile(r"[0-9０-９]+")
_LATIN_OR_DIGITS = re.compile(r"[A-Za-z0-9]+")
_DOMAIN_PIECE = re.compile(r"[A-Za-z][A-Za-z0-9]+")  # what follows the dot of Stack.io, Node.js (_hyphenated_names)
_DESIGNATION = re.compile(r"号[\u4e00-\u9fff]+")  # 号风球, 号汽油 after a number (8号风球)
# A name followed by its other-script form in brackets: 洲际交易所（ICE）, CPI（居民消费价格指数）.
_HAN_THEN_LATIN = re.compile(r"([\u4e00-\u9fff]{2,16})\s*[（(]\s*([A-Za-z][A-Za-z0-9.&+-]*(?: [A-Za-z0-9.&+-]+){0,4})\s*[)）]")
_LATIN_THEN_HAN = re.compile(r"([A-Za-z][A-Za-z0-9.&+-]*(?: [A-Za-z0-9.&+-]+){0,4})\s*[（(]\s*([\u4e00-\u9fff]{2,16})\s*[)）]")
_QUOTED_TERM = re.compile(r"[“「『《]([^”」』》，。、；！？]{2,12})[”」』》]")
_TITLE_MARKED_TERM = re.compile(r"《([^》，。、；！？]{2,12})》")
# A document's title with its year or edition in brackets inside the title marks: 《中国互联网发展报告（2021）》,
# 《中华鲟拯救行动计划（2015-2030年）》, 《全国失信惩戒措施基础清单（2021年版）》; the title before the bracket is the term.
_EDITION_TITLE = re.compile(r"《([^》，。、；！？（(]{2,12})[（(][0-9０-９]{4}[^）)》]{0,8}[）)]》")
# A mark doubled or nested (““捉迷藏”), or a hashtag's # (「#大和解」), is no part of a marked term.
_TERM_EDGE_MARKS = " “「『《#＃"
_LABEL_COLONS = ("：", ":")
CREDIT_CLOSERS = frozenset("）)】] \n")  # what may follow a credit closing a caption (…的照片。受访者供图|, （遇难者家属供图|）)
_QUESTION_MARK = re.compile(r"[？?]")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")
# A stretch of English prose inside a Chinese article: ENGLISH_PROSE_MIN_WORDS Latin words or more (numbers and amounts
# among them: \$26,000, 5) separated by single spaces, ENGLISH_FUNCTION_WORDS_MIN of them function words of the
# stopword list (the, that, with, over, me): the title of a post or link quoted as it was written (The 10 OpenClaw
# Agents That Are Actually Printing Money, fresh37 1050), a sentence in the original language (_english_prose_test).
_LATIN_WORDS_RUN = re.compile(r"[A-Za-z0-9$\\][\w$\\,.'’!?&/-]*(?:[ \t]+[A-Za-z0-9$\\][\w$\\,.'’!?&/-]*)+")
ENGLISH_PROSE_MIN_WORDS = 4
ENGLISH_FUNCTION_WORDS_MIN = 2
# A word that is every time a paragraph of its own, said this often, is the label a page template prints over each
# section (PART over each numbered part of fresh37 1052, a WeChat template), not a heading of the story (_section_labels).
SECTION_LABEL_MIN_COUNT = 3
# What may stand beside such a label in its paragraph: the section's number and punctuation (PART 01, Part.2).
_LABEL_FURNITURE = re.compile(r"[\W\d_]+")


# --- keyphrases --------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    key: str  # folded simplified form
    parts: tuple[str, ...]  # its tokens (one for a word)
    tags: tuple[str, ...]
    count: int = 0
    in_title: bool = False
    in_lede: bool = False  # in the first body paragraph after the title (see _lede_id)
    paragraphs: set = None
    followed: int = 0  # occurrences where another phrase token follows in the same clause
    next_chars: Counter = None  # single characters that follow it (see _may_end_a_word)
    previous_chars: Counter = None  # single characters before it (see _may_start_a_word)
    aliases: list = None  # its other-script forms, counted with it (see _merge_aliases)
    marked: bool = False  # its boundaries are the writer's: quotation marks (_marked_terms) or varied neighbours (_character_runs)
    document: bool = False  # the title of a law, rule or report in title marks (_titled_document)
    indicator: bool = False  # a statistical indicator named whole in a statistics piece (_indicator_terms)

    def __post_init__(self):
        self.paragraphs = set()
        self.next_chars = Counter()
        self.previous_chars = Counter()
        self.aliases = []


def _phrase_token(word: str, tag: str) -> bool:
    """A token that may stand in a phrase: a content word, or inside one a single non-function
    character such as 新 in 造车新势力."""
    if len(word) == 1:
        return (tag in SINGLE_CHAR_PHRASE_TAGS or _single_character_head(word, tag)) and word not in newwords.EDGE_CHARS
    return (is_content_word(word) or _doubled_noun(word, tag)) and (tag not in NON_PHRASE_TAGS or _period_word(word, tag))


def _period_word(word: str, tag: str) -> bool:
    """A time word that names a period (课后, 暑期, 夜间, 春节), not the when of running text (今年, 目前): rarer in news
    than COMMON_TIME_SHARE."""
    return tag == TIME_TAG and news_share(word) < COMMON_TIME_SHARE


def _doubled_noun(word: str, tag: str) -> bool:
    """One character said twice that no dictionary knows, tagged a noun or a name (摩摩 of 西安摩摩公司, fresh23 762, a
    guess the article repeats): no keyword alone (is_content_word: 哈哈 is a mood), but a piece of the name it stands
    in. A doubled word of jieba's dictionary stays out (滴滴 + 事件 + 发生 of fresh15 503 took a tag's place)."""
    return len(word) == 2 and word[0] == word[1] and bool(HAN_WORD.fullmatch(word)) and tag.startswith("n") and _is_guess(word)


def _is_head(word: str, tag: str) -> bool:
    """A token that can end a phrase: a noun, a name, a Latin word or a nominal verb (改革, 改造), or a single
    character that closes a name (SINGLE_CHARACTER_HEADS: 工信 + 部)."""
    if len(word) == 1:
        return _single_character_head(word, tag) and _phrase_token(word, tag)
    return _phrase_token(word, tag) and (tag.startswith(("n", "v")) or tag in ("eng", "j", "l"))


def _single_character_head(word: str, tag: str) -> bool:
    """部 of 工信部, 署 of 国库署, 罪 of 公共危险罪 as jieba tags them (n, ng, zg): a noun or a bound morpheme, not
    the verb or measure word the same character can be (这部, 会)."""
    return word in SINGLE_CHARACTER_HEADS and (tag.startswith("n") or tag in WORD_END_TAGS)


def _phrase_shape(tokens: list[tuple[str, str]]) -> bool:
    """Noun + noun, adjective + noun, name + suffix ...: starts with a word of two or more
    characters, ends in a head, and keeps to the verb boundaries of :func:`_within_verb_boundaries`."""
    return (len(tokens[0][0]) > 1 and _is_head(*tokens[-1]) and tokens[-1][0] not in _relative_place_words()
            and (_within_verb_boundaries(tokens) or _ends_in_a_name_word(tokens)))


@lexicon.cached
def _relative_place_words() -> frozenset[str]:
    """对面, 附近, 期间 …: a phrase ending in one places a term (徐州火车站对面), it is not one (RELATIVE_PLACE_WORDS)."""
    return frozenset(lexicon.read_lines(RELATIVE_PLACE_WORDS))


def _ends_in_a_name_word(tokens: list[tuple[str, str]]) -> bool:
    """A phrase whose last word ends a proper name (an organisation suffix or a word of name_endings.txt:
    酒驾防制社会关怀协会, 中国人民银行常德市中心支行): a name may hold verbs anywhere (防制, jieba's 支行), so the
    verb boundaries of a topic phrase do not apply; the name recurring keeps it a candidate."""
    return tokens[-1][0].endswith(name_ending_words())


@lexicon.cached
def name_ending_words() -> tuple[str, ...]:
    return ORG_SUFFIXES + tuple(lexicon.read_lines(NAME_ENDINGS_FILE))


def _is_verb(tag: str) -> bool:
    """A predicate verb (v, vd, vi ...) or an idiom used as one (i: 贯彻落实); a nominal verb (vn: 改革,
    监管) behaves like a noun."""
    return (tag.startswith("v") and tag != "vn") or tag == "i"


def _within_verb_boundaries(tokens: list[tuple[str, str]]) -> bool:
    """A phrase never holds a clause: its verbs are one run at its start (看跌 + 期权, 联合 + 嵌入 +
    预测 + 架构) or at its end (市场 + 崩盘), never between nouns (摊商 + 涉用 + 猪肉), never at
    both ends around a noun (推动 + 中部地区 + 崛起) unless every token is a verb (停工 + 停课).
    A phrase ending in a verb (subject + predicate) has at most MAX_PREDICATE_PHRASE_TOKENS tokens
    and its verb is not a change verb of change_cues.tsv (CPI下降, 价格上涨 report a figure's move,
    they do not name a topic) nor a phase verb of phase_verbs.txt (停摆持续, 婚礼仪式结束 tell where the
    event stands, whatever the tags of the words before it: 停摆 is a verb too)."""
    if tokens[-1][0] in _phase_verbs():
        return False
    verbs = [_is_verb(tag) for _, tag in tokens]
    if all(verbs) or not any(verbs):
        return True
    leading = next(i for i, is_verb in enumerate(verbs) if not is_verb)
    trailing = next(i for i, is_verb in enumerate(reversed(verbs)) if not is_verb)
    if any(verbs[leading : len(verbs) - trailing]) or (leading and trailing):
        return False
    if trailing:
        return len(tokens) <= MAX_PREDICATE_PHRASE_TOKENS and not _ends_in_change_verb(tokens[-1][0])
    return True


@lexicon.cached
def _phase_verbs() -> frozenset[str]:
    return frozenset(lexicon.read_lines(PHASE_VERBS))


def _ends_in_change_verb(word: str) -> bool:
    """价格下降, 上涨: a word that reports a rise or fall (jieba keeps some as one token)."""
    return word.endswith(tuple(_change_verbs()))


@lexicon.cached
def _compound_change_verbs() -> tuple[str, ...]:
    """The change verbs of two or more characters, longest first (大幅下降 before 下降)."""
    return tuple(sorted((verb for verb in _change_verbs() if len(verb) > 1), key=lambda verb: (-len(verb), verb)))


@lexicon.cached
def _change_verbs() -> frozenset[str]:
    """Verbs of a rise or fall (上涨, 下降, 下调 ...): the change_up/change_down cues of change_cues.tsv.

    A cue the dictionary tags as a noun (涨价, 降价, 降温) names the event an article may be about, so it
    stays a keyword; the claims stage still reads it as a change beside a figure."""
    return frozenset(cue for cue, role in lexicon.read_rows(CHANGE_CUES, ("cue", "role"))
                     if role.startswith("change_") and segment.known_tag(cue) not in ("n", "vn"))


def is_name_like(candidate) -> bool:
    """A proper name: a token tagged person/place/organisation/product/Latin, or a phrase that ends in
    an organisation suffix (北京博奥医学检验所, 国家药监局) or in a name."""
    last_word, last_tag = candidate.parts[-1], candidate.tags[-1]
    return last_tag in NAME_TAGS or (len(candidate.parts) > 1 and last_word.endswith(ORG_SUFFIXES))


def _is_number_token(word: str, tag: str) -> bool:
    """A number: digits or numerals (588, 三), or a token jieba tags a numeral (八號, 多)."""
    return tag in NUMERAL_TAGS or bool(NUMBER.fullmatch(word))


def _is_guess(word: str) -> bool:
    """A token that is in no dictionary: jieba's HMM joined its characters (discovered words are
    installed in the dictionary before keywords are ranked)."""
    return (not segment.tokenizer().FREQ.get(word) and not segment.is_latin(word) and not DIGIT_LED_NAME.fullmatch(word)
            and not SLASHED_NAME.fullmatch(word) and not JOINED_FOREIGN_NAME.fullmatch(word) and not is_counted_streak(word))


def _clause_runs(pairs: list[tuple[str, str]], trusted_guesses: dict[str, str] | None = None):
    """(run, the token before it, the token that ended it; None at the text's edges): runs of phrase
    tokens (word, tag) between punctuation and function words.

    A single space between two Latin tokens is kept inside the run (Galaxy S20 Ultra), and between a Latin and a Han
    token (AI 编程, _latin_gap); so is a capitalised function word inside a capitalised name (Oh My OpenCode), and the dot between the
    parts of a foreign person's name (彼得·蒂尔, fresh3 107; 约翰·米勒, fresh4 142). A word only
    jieba's HMM guessed counts when it is among ``trusted_guesses`` (the article repeats it: 夏一平);
    otherwise it is a chance join (涉用 of 涉用猪肉, 暨首届) and ends the run like a function word.
    """
    trusted_guesses = trusted_guesses or {}
    run: list[tuple[str, str]] = []
    preceding = None
    pairs = _split_change_compounds(_counted_streaks(_numbered_names(_hyphenated_names(_joined_foreign_names(pairs)))))
    for index, (word, tag) in enumerate(pairs):
        if word == " " and run and index + 1 < len(pairs) and _latin_gap(run[-1][0], pairs[index + 1][0]):
            continue
        if word in NAME_DOTS and run and index + 1 < len(pairs) and _dotted_name_parts(run[-1], pairs[index + 1]):
            run.append((word, run[-1][1]))  # 彼得 · 蒂尔: a foreign name's parts with the dot between them are one name
            continue
        if _inside_title_case_name(pairs, index, run):
            run.append((word, "eng"))  # My of Oh My OpenCode: a function word inside a capitalised name is a piece of it
            continue
        if tag == "m" and word in trusted_guesses:
            tag = trusted_guesses[word]  # a name jieba tags as a numeral, said often enough (_named_numeral)
        if _is_guess(word):
            # The HMM's tag is a guess too; one that starts or ends with a function character
            # (的国 of 大国的国之重器) is a chance join however often it recurs; a numeral that opens a term
            # (七普, the seventh census, fresh tune 222) is none.
            opening = word[0] in newwords.EDGE_CHARS and not _named_numeral(word)
            guessed_fragment = opening or word[-1] in newwords.EDGE_CHARS
            trusted = word in trusted_guesses and not guessed_fragment
            tag = trusted_guesses[word] if trusted else "x"
        if tag == TIME_TAG and word[0] in NOT_TYPE_CHARACTERS and index and _is_number_token(*pairs[index - 1]):
            tag = "x"  # the unit of the number before it (10 + 年期 of 10年期国债), no period's name
        if _phrase_token(word, tag):
            run.append((word, tag))
        else:
            if run:
                yield run, preceding, (word, tag)
            run, preceding = [], (word, tag)
    if run:
        yield run, preceding, None


def _inside_title_case_name(pairs: list[tuple[str, str]], index: int, run: list[tuple[str, str]]) -> bool:
    """Whether the token at ``index`` is a capitalised Latin word between two capitalised Latin words of one run,
    a space on each side (My of Oh My OpenCode, fresh31 927; Of of Bank Of China): a word of the name, even one of
    our stopwords, which would end the run and leave the name's first word a fragment (Oh)."""
    word = pairs[index][0]
    return (
        segment.is_latin(word) and word[0].isupper() and bool(run) and segment.is_latin(run[-1][0]) and run[-1][0][0].isupper()
        and index > 0 and pairs[index - 1][0] == " " and index + 2 < len(pairs) and pairs[index + 1][0] == " "
        and segment.is_latin(pairs[index + 2][0]) and pairs[index + 2][0][0].isupper()
    )


def _latin_gap(before: str, after: str) -> bool:
    """Whether one space between two tokens stays inside a run: between two Latin words (Galaxy S20), and between a
    Latin word and the Han word after it (AI 编程, LLM 提供商, Pro 用户), the space that tech writers and their editors'
    tools put around every Latin word in Chinese text (the 盘古之白 convention): typography, not a word boundary.
    fresh31's WeChat tech articles (924, 926, 927) write their tagged terms so, and the editors tagged them with the
    space. A Han word before a Latin name is mostly the kind of thing it is (手机 Galaxy S20 of seen 39, 工具 DeepSeek):
    the space stays a boundary there (joining it lost S20 Ultra's tag)."""
    return segment.is_latin(before) and (segment.is_latin(after) or bool(HAN_WORD.match(after)))


def _dotted_name_parts(before: tuple[str, str], after: tuple[str, str]) -> bool:
    """The tokens on both sides of a middle dot are the parts of one foreign person's name: both Han name pieces
    (a person, a discovered word or a place-tagged given name: 罗布/nr · 纽森/nz of the keywords17 sweep's Vault essay,
    戴瓦/nr · 索贝尔/nz of fresh 62, 巴兹/ns · 奥尔德林/nr of fresh8 324), at least one of them tagged a person, so
    that two places (中国 · 上海, a dateline) or two brands stay apart."""
    pieces = (before, after)
    # A piece may be a surname joined by a hyphen already (约翰 · 米勒-怀特 of fresh4 142, _joined_foreign_names).
    return (all((HAN_WORD.fullmatch(word) or JOINED_FOREIGN_NAME.fullmatch(word)) and tag in DOTTED_NAME_TAGS for word, tag in pieces)
            and any(tag in PERSON_TAGS for _, tag in pieces))


@lexicon.cached
def _named_numeral(word: str) -> bool:
    """A word opened by a numeral that may be a name or term, not a count (两会, 昆仑 + 万维 of fresh6 268, 七普 of tune 222,
    the seventh census; 十九 + 大 is a count's shape and stays out): no number (NUMBER: 五个, 十多), a word the
    dictionary knows rarely or not at all (under NAMED_NUMERAL_MAX_FREQ: 一些, 一批 are common), and what follows the
    numerals is no measure word or unit (units.tsv, NOT_TYPE_CHARACTERS: 三款, 一台, 几分钟, 二斤, 五股) nor a locative
    (零下)."""
    rest = word.lstrip("第").lstrip("".join(newwords.NUMBER_CHARS))
    if rest == word or not rest or not is_content_word(word) or (segment.tokenizer().FREQ.get(word) or 0) >= NAMED_NUMERAL_MAX_FREQ:
        return False
    return rest not in _measure_words() and rest[0] not in NOT_TYPE_CHARACTERS and segment.known_tag(rest) != "f"


@lexicon.cached
def _measure_words() -> frozenset[str]:
    """The units and measure words written after a number (units.tsv, read by the claims stage too)."""
    return frozenset(surface for surface, in lexicon.read_rows("units.tsv", ("surface",)))


def _split_change_compounds(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """jieba's compounds of a noun and a change verb (价格下降, 价格上涨) cut into the two, so the
    noun can close a phrase (食品 + 价格 | 下降) and the verb ends it."""
    cut: list[tuple[str, str]] = []
    verbs = _compound_change_verbs()
    for word, tag in pairs:
        # Only words of four characters or more hold a noun of two and a verb of two or more; then
        # endswith(tuple) first: most words end in no change verb, and the test runs in C.
        verb = len(word) > 3 and word.endswith(verbs) and next((v for v in verbs if word.endswith(v) and len(word) > len(v) + 1), None)
        noun = word[: -len(verb)] if verb else ""
        if verb and segment.tokenizer().FREQ.get(noun) and segment.known_tag(noun) in ("n", "vn"):
            cut += [(noun, "n"), (verb, "v")]
        else:
            cut.append((word, tag))
    return cut


def _hyphenated_names(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A Latin word, a hyphen and a Latin word or number are one name (RISC + - + V of tune 240, said 14 times;
    COVID + - + 19, Wi + - + Fi): jieba cuts at the hyphen, and the pieces alone are fragments. So are two capitalised
    Latin pieces with a slash between them (F + / + A-18F, the fighter of the keywords16 sweep's South China Sea report),
    and two Latin pieces with a dot and no space between them (Stack + . + io and cloud + . + gov of the keywords17
    sweep's essays, Tom + . + com of fresh 71)."""
    joined: list[tuple[str, str]] = []
    index = 0
    while index < len(pairs):
        word, tag = pairs[index]
        hyphen_inside = (
            word in NAME_HYPHENS and joined and (segment.is_latin(joined[-1][0]) or joined[-1][1] == "eng")
            and index + 1 < len(pairs) and _LATIN_OR_DIGITS.fullmatch(pairs[index + 1][0])
        )
        # F/A-18F, TCP/IP: a slash between two capitalised Latin pieces is inside the name (a lowercase and/or is prose)
        slash_inside = (
            word == "/" and joined and segment.is_latin(joined[-1][0]) and joined[-1][0][0].isupper()
            and index + 1 < len(pairs) and _LATIN_OR_DIGITS.fullmatch(pairs[index + 1][0]) and pairs[index + 1][0][0].isupper()
        )
        # Stack.io, cloud.gov, Tom.com: a dot between two Latin pieces with no space around it is inside a domain-like
        # name (a sentence's full stop in Latin prose is followed by a space)
        dot_inside = (
            word == "." and joined and segment.is_latin(joined[-1][0])
            and index + 1 < len(pairs) and _DOMAIN_PIECE.fullmatch(pairs[index + 1][0])
        )
        if hyphen_inside or slash_inside or dot_inside:
            joiner = "/" if slash_inside else "." if dot_inside else "-"
            joined[-1] = (joined[-1][0] + joiner + pairs[index + 1][0], "eng")
            index += 2
            continue
        joined.append((word, tag))
        index += 1
    return joined


def _joined_foreign_names(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A foreign person's given name, a hyphen or a full stop, and the surname are one name, a person (乔 + - + 约翰逊 of
    fresh39 1086, 雷 + . + 阿伦 of 1083, 詹姆斯 + - + 琼斯): the way sports pages and older portals write the middle dot
    (_dotted_name_parts). jieba cuts at the mark and often leaves a one-character given name untagged (乔/zg, 雷/n),
    so the phrase runs cannot hold it, and the surname alone is a fragment beside the name the editors tag.
    The surname must be tagged a person and the given name spelled by sound (transliteration_chars.txt), so that
    two places (北京-上海, 中-美) and two Chinese names paired by a hyphen (姚明-麦蒂) stay apart."""
    joined: list[tuple[str, str]] = []
    index = 0
    while index < len(pairs):
        word, tag = pairs[index]
        if (word in FOREIGN_NAME_JOINERS and joined and index + 1 < len(pairs)
                and _foreign_name_pieces(joined[-1][0], pairs[index + 1])):
            joined[-1] = (joined[-1][0] + word + pairs[index + 1][0], "nr")
            index += 2
            continue
        joined.append((word, tag))
        index += 1
    return joined


def _foreign_name_pieces(given: str, surname: tuple[str, str]) -> bool:
    """Whether ``given`` and the token ``surname`` on the two sides of a hyphen or a dot are one foreign person's name
    (_joined_foreign_names)."""
    return (bool(HAN_WORD.fullmatch(given)) and transliterated(given)
            and bool(HAN_WORD.fullmatch(surname[0])) and surname[1] in PERSON_TAGS)


def _numbered_names(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A number, 号 and the noun after it are one name (8 + 号 + 风球, ９３ + 号汽油, 5 + 号 + 线): the
    noun alone is a fragment and the number alone is no keyword."""
    joined: list[tuple[str, str]] = []
    index = 0
    while index < len(pairs):
        word, tag = pairs[index]
        follows_number = bool(joined) and _DIGITS.fullmatch(joined[-1][0])
        if follows_number and _DIGITS.fullmatch(word):
            joined[-1] = (joined[-1][0] + word, "m")  # full-width digits come one token each
        elif follows_number and _DESIGNATION.fullmatch(word):
            joined[-1] = (joined[-1][0] + word, "nz")
        elif follows_number and word == "号" and index + 1 < len(pairs) and pairs[index + 1][1].startswith("n"):
            joined[-1] = (joined[-1][0] + word + pairs[index + 1][0], "nz")
            index += 1
        else:
            joined.append((word, tag))
        index += 1
    return joined


def _counted_streaks(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A numeral and the streak word after it are one term, a noun (四 + 连胜 and 4 + 连胜 of fresh39 1083 and 1084, 三 + 连跌,
    5 + 连板: tokens.is_counted_streak): jieba cuts the numeral off, which no phrase may hold, and 连胜 alone is a
    fragment of the run the report is about."""
    joined: list[tuple[str, str]] = []
    for word, tag in pairs:
        if joined and is_counted_streak(joined[-1][0] + word) and STREAK_COUNT.fullmatch(joined[-1][0]):
            joined[-1] = (joined[-1][0] + word, "n")
        else:
            joined.append((word, tag))
    return joined


def phrase_of_parts(parts) -> str:
    """Tokens joined as the text writes them: Latin neighbours with a space, Han without."""
    text = parts[0]
    for before, word in zip(parts, parts[1:]):
        text += (" " if segment.is_latin(before) and segment.is_latin(word) else "") + word
    return text


def keyphrase_candidates(texts: dict[int, str], title_ids=()) -> dict[str, _Candidate]:
    """Words and phrases of the article with their counts (key → candidate).

    A phrase is 2..MAX_PHRASE_TOKENS consecutive phrase tokens of one clause ending in a head
    (noun + noun 燃油 + 附加费, adjective + noun, verb + noun 留守 + 老人, name + suffix 华远 + 制药),
    counted wherever it occurs; single content words are candidates too.
    """
    found: dict[str, _Candidate] = {}
    unrepeated = _without_repeated_sentences(texts)
    tagged = {pid: segment.cut_pos(text) for pid, text in unrepeated.items()}
    trusted_guesses = _trusted_guesses(tagged)
    lede_id = _lede_id(texts, title_ids)
    for pid, pairs in tagged.items():
        for run, preceding, following in _clause_runs(pairs, trusted_guesses):
            for start in range(len(run)):
                for end in range(start + 1, min(len(run), start + MAX_PHRASE_TOKENS) + 1):
                    if end - start > 1 and not _phrase_shape(run[start:end]):
                        continue
                    if end - start == 1 and not is_content_word(run[start][0]):
                        continue
                    parts = tuple(segment.fold(word) for word, _ in run[start:end])
                    key = phrase_of_parts(parts)
                    candidate = found.get(key)
                    if candidate is None:  # built only for a new key (setdefault built one at every occurrence)
                        candidate = found[key] = _Candidate(key, parts, tuple(tag for _, tag in run[start:end]))
                    candidate.count += 1
                    next_token = run[end] if end < len(run) else following
                    candidate.followed += end < len(run) or (next_token is not None and (
                        next_token[1] in ASPECT_PARTICLE_TAGS
                        or (next_token[1] == PRONOUN_TAG and segment.fold(next_token[0]) in segment.stopwords())
                    ))
                    if next_token and _may_end_a_word(*next_token):
                        candidate.next_chars[next_token[0]] += 1
                    previous_token = run[start - 1] if start else preceding
                    # A character right after a number is the number's measure word (588人 | 持有, 483人 | 持有 of
                    # tune 243): no piece of the word that follows it, whatever jieba tags it.
                    counted = (run[start - 2] if start > 1 else preceding if start else None) or ("", "")
                    if previous_token and not _is_number_token(*counted) and (
                        _may_start_a_word(*previous_token) or _splits_a_word(previous_token[0], parts[0])
                    ):
                        candidate.previous_chars[previous_token[0]] += 1
                    candidate.paragraphs.add(pid)
                    candidate.in_title |= pid in title_ids
                    candidate.in_lede |= pid == lede_id
    _forget_free_leading_characters(found)
    whole = found | _words_cut_short(found) | _linked_phrases(tagged, title_ids)
    whole |= {key: c for key, c in _character_runs(tagged, title_ids).items() if key not in whole}
    whole |= _marked_terms(unrepeated, whole, title_ids)
    return _merge_spellings(_merge_aliases(whole | _indicator_terms(unrepeated, whole, title_ids), texts))


def _trusted_guesses(tagged: dict[int, list[tuple[str, str]]]) -> dict[str, str]:
    """The words only jieba's HMM found that the article repeats enough to be words: MIN_GUESS_COUNT times, or
    MIN_PHRASE_COUNT times for a guess jieba tags a person that has a person name's shape (a common surname and one
    or two given characters the dictionary leaves apart: 李锦, 陈升, 黄旭华 said twice in fresh8 326, fresh3 115,
    fresh7 307). A name is how a news article refers to a person every time, so two mentions are as much
    evidence as three repeats of a guessed common word. A name a court or a report anonymises with 某 (张某甲, a
    co-defendant of fresh8 320, guessed 张某/nr) is no person's name. Word → the tag it stands in phrases with: a
    name said twice stays a person (nr), so the rules for names apply to it (校友 + 黄旭华 is the person 黄旭华);
    a guess said MIN_GUESS_COUNT times is a new word (segment.DEFAULT_NEW_WORD_TAG) as before (tagging those
    persons too joined 席尔/nr + 霍尔茨 of fresh8 324 into a name that took a gold tag's place). A word the dictionary tags
    as a numeral that may be a name (_named_numeral: 两会, 万维 of 昆仑万维) is trusted as a guess is, when said
    MIN_GUESS_COUNT times: 五成, 第一步, 八折 have a name's shape too but are said once or twice, as asides."""
    guesses, person_guesses, after_number = Counter(), set(), Counter()
    for pairs in tagged.values():
        for at, (word, tag) in enumerate(pairs):
            if _is_guess(word) or (tag == "m" and _named_numeral(word)):
                guesses[word] += 1
                after_number[word] += at > 0 and _is_number_token(*pairs[at - 1])
                if tag in PERSON_TAGS and newwords.looks_like_person_name(word) and "某" not in word:
                    person_guesses.add(word)
    # A guess mostly right after a number opens with the number's measure word (人持有 of 588人持有 | 483人持有,
    # tune 243): a count and its predicate, not a word (newwords._mostly_after_numbers, _character_runs).
    guesses = Counter({word: n for word, n in guesses.items() if after_number[word] < newwords.AFTER_NUMBER_SHARE * n})
    trusted = {word: segment.DEFAULT_NEW_WORD_TAG for word, n in guesses.items() if n >= MIN_GUESS_COUNT}
    return trusted | {word: "nr" for word in person_guesses if word not in trusted and guesses[word] >= MIN_PHRASE_COUNT}


def _character_runs(tagged: dict[int, list[tuple[str, str]]], title_ids=()) -> dict[str, _Candidate]:
    """Names and terms that jieba cuts into single characters the clause runs cannot hold (现金 + 贷 with 贷 a verb,
    新 + 塌 + 河 with 塌 a verb, 发行 + 方, 清水泊 + 农场 with jieba's tags of the pieces): spans of CHARACTER_RUN_TOKENS tokens
    with at least one single character (Han or a Latin letter) or a rare word tagged a count (:func:`_holds_a_named_count`:
    大碗 + 娱乐), CHARACTER_RUN_CHARS characters, no function character (的, 在, 一 …:
    newwords.EDGE_CHARS), not opened by a single character tagged CHARACTER_RUN_BARRED_TAGS (我 of 我 + 二叔) and no
    number, written CHARACTER_RUN_MIN_COUNT times or more with varied characters on both
    sides (the _cut_off test: a span always followed by the same character is a piece of a longer word), and not
    mostly right after a number (newwords.AFTER_NUMBER_SHARE): a number's varied last digits look like free
    neighbours, but 人持有 of 300人持有 | 120人持有, 艘海警船 of 4艘海警船 and 號風球機會 of 8號風球機會 open with the
    number's measure word, a count and not a term (the rule new-word discovery applies, newwords._mostly_after_numbers).
    The article's own repeats are the evidence; the weight and every later rule are the other candidates'."""
    pids: dict[tuple, list[int]] = defaultdict(list)
    before: dict[tuple, Counter] = defaultdict(Counter)
    after: dict[tuple, Counter] = defaultdict(Counter)
    after_number: Counter = Counter()
    for pid, pairs in tagged.items():
        words = [word for word, _ in pairs]
        # Each token's tests made once, not again in every span that holds it.
        lettered = [bool(HAN_WORD.fullmatch(word) or segment.is_latin(word)) for word in words]
        function_char = [word in newwords.EDGE_CHARS for word in words]
        for start in range(len(words)):
            if not lettered[start]:
                continue
            if len(words[start]) == 1 and (_is_verb(pairs[start][1]) or pairs[start][1] in CHARACTER_RUN_BARRED_TAGS):
                # A verb character before a word is a predicate and its object (靠 + 高科技 of the default article); a
                # pronoun, preposition or conjunction opens a clause (我 + 二叔, 至 + 陽明山, 比 + 泡泡玛特). Such a character
                # may close a name (社民 + 連, the League of Social Democrats), so only the opening one is barred.
                continue
            for end in range(start + CHARACTER_RUN_TOKENS[0], min(len(words), start + CHARACTER_RUN_TOKENS[1]) + 1):
                if not lettered[end - 1]:
                    break  # punctuation, a space or a number ends every longer span too
                if any(function_char[start:end]):
                    break
                span = words[start:end]
                if not any(len(word) == 1 for word in span) and not _holds_a_named_count(pairs[start:end]):
                    continue  # spans of whole words are the clause runs' (keyphrase_candidates)
                if not CHARACTER_RUN_CHARS[0] <= len("".join(span)) <= CHARACTER_RUN_CHARS[1]:
                    continue
                parts = tuple(map(segment.fold, span))
                pids[parts].append(pid)
                before[parts][words[start - 1][-1:] if start else ""] += 1
                after_number[parts] += bool(start) and _is_number_token(*pairs[start - 1])
                after[parts][words[end][:1] if end < len(words) else ""] += 1
    runs = {}
    for parts, where in pids.items():
        count = len(where)
        if count < CHARACTER_RUN_MIN_COUNT or NUMBER.fullmatch("".join(parts)):
            continue
        if max(before[parts].values()) >= CUT_OFF_SHARE * count or max(after[parts].values()) >= CUT_OFF_SHARE * count:
            continue
        if after_number[parts] >= newwords.AFTER_NUMBER_SHARE * count:
            continue
        key = phrase_of_parts(parts)
        # Tagged a noun throughout: jieba's tags of the single characters (贷 v, 塌 v) are what cut the term. Marked like
        # a quoted term: the varied neighbours are its boundary, so the token cohesion test does not apply (applying it:
        # 994 tags instead of 1000).
        candidate = runs[key] = _Candidate(key, parts, ("n",) * len(parts), count=count, marked=True)
        candidate.paragraphs |= set(where)
        candidate.in_title = any(pid in title_ids for pid in where)
    return runs


def _holds_a_named_count(span: list[tuple[str, str]]) -> bool:
    """A span of whole words the clause runs cannot hold because one is tagged a count (CHARACTER_RUN_WORD_TAGS)
    that the dictionary rarely saw (大碗/m + 娱乐, 零日/m + 漏洞), ending in a head: jieba's tag, not the writer, broke
    the term. The character run's own tests (repeats, varied neighbours) decide whether it is one."""
    rare_count = any(
        tag in CHARACTER_RUN_WORD_TAGS and (segment.tokenizer().FREQ.get(word) or 0) < NAMED_NUMERAL_MAX_FREQ
        for word, tag in span
    )
    return rare_count and _is_head(*span[-1])


def _lede_id(texts: dict[int, str], title_ids=()) -> int | None:
    """The lede: the first paragraph after the title that is a sentence (LEDE_MIN_CHARS or more), where
    the writer says who did what; a dateline or a subtitle before it is skipped."""
    return next((pid for pid, text in texts.items() if pid not in title_ids and len(text) >= LEDE_MIN_CHARS), None)


def _marked_terms(texts: dict[int, str], found: dict[str, _Candidate], title_ids=()) -> dict[str, _Candidate]:
    """Terms the writer sets in quotation or title marks (“六个钱包”, “中国新能源产能过剩论”, “地王”,
    《唐人街探案3》) that the clause runs cannot form: a numeral, a stopword or a single character
    inside them, or jieba cutting them across their edges. The marks are the writer's word boundary,
    so the quoted string is one candidate, counted wherever the article writes it, quoted or not,
    when that is MIN_PHRASE_COUNT times or more (a quote said once is a saying, not a term), or once for the title of
    a law, a rule or a report (:func:`_titled_document`, a candidate as a name said once is: _named_once). A quoted
    term the other rules formed already keeps their checks (marking those too lost a tag on three splits); a title of
    a document among them is flagged so."""
    marked = {}
    terms = {match.group(1).strip(_TERM_EDGE_MARKS) for text in texts.values()
             for pattern in (_QUOTED_TERM, _EDITION_TITLE) for match in pattern.finditer(text)}
    for term in sorted(terms):
        pairs = [(word, tag) for word, tag in segment.cut_pos(term) if word.strip()]
        parts = tuple(segment.fold(word) for word, _ in pairs)
        key = phrase_of_parts(parts) if parts else ""
        if key in found and _titled_document(term, texts):
            found[key].document = True  # 《证券法》, one token: the clause runs formed it
        if len(parts) < 2 or key in found or key in marked or not HAS_WORD_CHAR.search(term) or NUMBER.fullmatch(term):
            continue
        pids = [pid for pid, text in texts.items() for _ in range(text.count(term))]
        document = _titled_document(term, texts)
        if len(pids) >= MIN_PHRASE_COUNT or document:
            candidate = marked[key] = _Candidate(key, parts, tuple(tag for _, tag in pairs), count=len(pids), marked=True,
                                                 document=document)
            candidate.paragraphs |= set(pids)
            candidate.in_title = any(pid in title_ids for pid in pids)
    return marked


def _indicator_terms(texts: dict[int, str], found: dict[str, _Candidate], title_ids=()) -> dict[str, _Candidate]:
    """The statistical indicators (statistical_indicators.txt: 地区生产总值, 社会消费品零售总额, 居民人均可支配收入) a statistics
    piece names, INDICATOR_MIN_NAMES different ones or more: each one candidate, counted wherever the article writes it,
    flagged ``indicator`` (a candidate the clause runs formed already is flagged too). The official name is the boundary,
    as the writer's marks are a quoted term's: jieba cuts it into two to four words (地区 + 生产总值, 规模 + 以上 + 工业 + 增加值)
    whose runs stop short of it (增加值) or go past it (常住居民人均可支配收入). A bulletin names most indicators once or
    twice, so an indicator said once is a candidate, as a dictionary name is (_named_once). The statistics office that
    publishes the piece (STATISTICS_OFFICE) and the place its headline names (_headline_place) are flagged with them.
    Other articles are left alone."""
    named = [name for name in _indicator_names() if any(name in text for text in texts.values())]
    if len(named) < INDICATOR_MIN_NAMES:
        return {}
    for key, candidate in found.items():
        candidate.indicator |= (key.endswith(STATISTICS_OFFICE) and is_name_like(candidate)) or _headline_place(candidate)
    indicators, lede_id = {}, _lede_id(texts, title_ids)
    for name in named:
        pairs = [(word, tag) for word, tag in segment.cut_pos(name) if word.strip()]
        parts = tuple(segment.fold(word) for word, _ in pairs)
        key = phrase_of_parts(parts)
        if key in found:
            found[key].indicator = True
            continue
        pids = [pid for pid, text in texts.items() for _ in range(text.count(name))]
        candidate = indicators[key] = _Candidate(key, parts, tuple(tag for _, tag in pairs), count=len(pids), indicator=True)
        candidate.paragraphs |= set(pids)
        candidate.in_title = any(pid in title_ids for pid in pids)
        candidate.in_lede = lede_id in pids
    return indicators


def _headline_place(candidate: _Candidate) -> bool:
    """A place the headline names (大庆市 of 2012年大庆市国民经济和社会发展统计公报): in a statistics piece, the place its
    figures describe, which the body calls 全市 or 全县 and names once or twice."""
    place = candidate.tags[0].startswith("ns") or (len(candidate.key) > 2 and candidate.key.endswith(ADMINISTRATIVE_SUFFIXES))
    return candidate.in_title and len(candidate.parts) == 1 and place


@lexicon.cached
def _indicator_names() -> tuple[str, ...]:
    return tuple(lexicon.read_lines(STATISTICAL_INDICATORS))


def _titled_document(term: str, texts: dict[int, str]) -> bool:
    """Whether ``term`` is the title of a law, a rule, a plan or a report: the article sets it in title marks
    (《网络安全审查办法》) and it ends in a word of document_endings.txt. Such a title names what the story is about even
    when the article writes it once, as a dictionary name may be (_named_once)."""
    titled = re.compile("《" + re.escape(term) + "(?:》|[（(][0-9０-９])")  # 《…报告》, 《…报告（2021）》 (_EDITION_TITLE)
    return term.endswith(_document_endings()) and any(titled.search(text) for text in texts.values())


@lexicon.cached
def _document_endings() -> tuple[str, ...]:
    return tuple(lexicon.read_lines(DOCUMENT_ENDINGS_FILE))


def _linked_phrases(tagged: dict[int, list[tuple[str, str]]], title_ids=()) -> dict[str, _Candidate]:
    """Terms the clause runs cannot form because a function word or a number stands inside them, kept
    only when the article repeats the exact string (:func:`_linked_spans`): a modifier + 的 + noun said
    MIN_LINKED_DE_COUNT times (人类水平的人工智能, 适度宽松的货币政策), and a number glued to a noun said
    MIN_PHRASE_COUNT times (9.9元咖啡, 58同城, 刑法255条). Once is a clause, not a term."""
    spans: dict[tuple, list[int]] = defaultdict(list)  # the parts, whatever their tags (同城 is n once, j once)
    first_tags: dict[tuple, tuple] = {}
    for pid, pairs in tagged.items():
        for span in _linked_spans(pairs):
            parts = tuple(segment.fold(word) for word, _ in span)
            spans[parts].append(pid)
            first_tags.setdefault(parts, tuple(tag for _, tag in span))
    linked = {}
    for parts, pids in spans.items():
        needed = MIN_LINKED_DE_COUNT if "的" in parts else MIN_PHRASE_COUNT
        if len(pids) >= needed:
            key = phrase_of_parts(parts)
            candidate = linked[key] = _Candidate(key, parts, first_tags[parts], count=len(pids))
            candidate.paragraphs |= set(pids)
            candidate.in_title = any(pid in title_ids for pid in pids)
    return linked


def _linked_spans(pairs: list[tuple[str, str]]):
    """Token spans (tuples of (word, tag)) of the shapes :func:`_linked_phrases` counts: one or two
    phrase tokens ending in a common noun + 的 + one or two tokens ending in a head (人类 + 水平 + 的 +
    人工智能; not a person's 杜红利 + 的 + 父亲, not a verb's 统一 + 的 + 联动机制); a number (+ one unit or
    type character that is no time or counting unit) + one or two tokens ending in a head (9.9 + 元 +
    咖啡, 58 + 同城). A noun + a number is left out: it is mostly a figure (价格下降 + 2.7, 可罚 + 400)."""
    def number(index):
        return 0 <= index < len(pairs) and bool(_DIGITS.fullmatch(pairs[index][0].replace(".", "", 1)))

    def type_character(index):
        word, tag = pairs[index] if 0 <= index < len(pairs) else ("", "x")
        return len(word) == 1 and bool(HAN_WORD.fullmatch(word)) and word not in NOT_TYPE_CHARACTERS and tag not in TYPE_CHARACTER_BARRED_TAGS

    def heads_from(start):
        for end in (start + 1, start + 2):
            if end <= len(pairs) and all(_phrase_token(*pairs[i]) for i in range(start, end)) and _is_head(*pairs[end - 1]):
                yield end

    for index, (word, tag) in enumerate(pairs):
        if word == "的":
            modifier_is_a_thing = index and pairs[index - 1][1] in LINKED_MODIFIER_TAGS
            for start in (index - 2, index - 1):
                # A common noun of the stopword list may modify here (人类 + 水平 + 的): the 的 and the repeats make it a term.
                if modifier_is_a_thing and start >= 0 and all(
                    len(pairs[i][0]) > 1 and (_phrase_token(*pairs[i]) or pairs[i][1] in LINKED_MODIFIER_TAGS) for i in range(start, index)
                ):
                    for end in heads_from(index + 1):
                        yield tuple(pairs[start:end])
        elif number(index) and (index == 0 or not number(index - 1)):
            after = index + 1 + type_character(index + 1)
            if after < len(pairs) and pairs[after][1] == TIME_TAG:
                continue  # a number and its time unit (10 + 年期, 70 + 周年): a span or a date, not a type's name
            for end in heads_from(after):
                yield tuple(pairs[index:end])


def _alias_pairs(texts: dict[int, str]) -> list[tuple[str, str]]:
    """(Han text before, Latin name) of each name given with its other-script form in brackets:
    美国洲际交易所（ICE）, CPI（居民消费价格指数）, 斯皮茨纳格尔（Mark Spitznagel）. The Han text is
    the whole run before the bracket; the caller finds the name at its end."""
    pairs = []
    for text in texts.values():
        pairs += [(m.group(1), m.group(2)) for m in _HAN_THEN_LATIN.finditer(text)]
        pairs += [(m.group(2), m.group(1)) for m in _LATIN_THEN_HAN.finditer(text)]
    return pairs


def _merge_aliases(found: dict[str, _Candidate], texts: dict[int, str]) -> dict[str, _Candidate]:
    """One candidate for a name and its bracketed other-script form (洲际交易所 and ICE, 联合嵌入预测架构
    and JEPA): the form the article writes more often, when it writes it MIN_PHRASE_COUNT times,
    keeps the occurrences of both, so the name is counted whole and never takes two slots. The Han name is the longest candidate ending the text
    before the bracket (美国证券交易委员会 of 遭美国证券交易委员会（SEC）)."""
    for han_run, latin in _alias_pairs(texts):
        latin_key = phrase_of_parts([segment.fold(word) for word in latin.split()])
        han_key = max((han_run[start:] for start in range(len(han_run) - 1) if han_run[start:] in found), key=len, default=None)
        if han_key is None or latin_key not in found or han_key == latin_key:
            continue
        kept, alias = sorted((found[han_key], found[latin_key]), key=lambda c: (-c.count, segment.is_latin(c.key)))
        if kept.count < MIN_PHRASE_COUNT:
            continue  # a name said once in each script is an aside (检验科技股份有限公司（SGS）)
        kept.count += alias.count
        kept.paragraphs |= alias.paragraphs
        kept.in_title |= alias.in_title
        kept.aliases.append(alias.key)
        del found[alias.key]
    return _without_gloss_pieces(found, texts)


def _merge_spellings(found: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """One candidate for a Latin name written with hyphens and with spaces (oh-my-opencode in commands, Oh My OpenCode
    in the prose of fresh31 927; e-commerce and e commerce), and for a foreign person's name written with and without
    a mark between its pieces (雷.阿伦 and 雷阿伦 of fresh39 1083; 彼得·蒂尔 and 彼得蒂尔): the spelling written more often
    keeps the occurrences of all, as a name and its bracketed other-script form do (_merge_aliases)."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for key, candidate in found.items():
        if all(segment.is_latin(part.replace("-", "")) for part in candidate.parts):
            spellings[key.replace("-", " ")].append(key)
        elif candidate.tags[-1] in PERSON_TAGS and HAN_WORD.fullmatch(unmarked := _FOREIGN_NAME_MARKS.sub("", key)):
            spellings[unmarked].append(key)
    for keys in spellings.values():
        if len(keys) < 2:
            continue
        kept, *others = sorted((found[key] for key in keys), key=lambda c: (-c.count, c.key))
        for other in others:
            kept.count += other.count
            kept.paragraphs |= other.paragraphs
            kept.in_title |= other.in_title
            kept.aliases.append(other.key)
            del found[other.key]
    return found


def _without_gloss_pieces(found: dict[str, _Candidate], texts: dict[int, str]) -> dict[str, _Candidate]:
    """``found`` less the Latin candidates that are pieces of a translation given in brackets after a Han
    name the article uses (国际刑事法院（International Criminal Court）: criminal court, international
    criminal; 国际法院（International Court of Justice）: international court, justice), in GLOSS_SHARE or more
    of their occurrences. The gloss says the name once more in English; its windows are no second topic,
    and the Han name stands for them. A Latin name the article goes on using on its own stays."""
    glosses: Counter = Counter()
    for han_run, latin in _alias_pairs(texts):
        if any(han_run[start:] in found for start in range(len(han_run) - 1)):
            glosses[tuple(segment.fold(word) for word in latin.split())] += 1
    if not glosses:
        return found

    def inside_glosses(words: tuple[str, ...]) -> int:
        size = len(words)
        return sum(n for gloss, n in glosses.items()
                   if any(gloss[i:i + size] == words for i in range(len(gloss) - size + 1)))

    pieces = [key for key, candidate in found.items()
              if all(segment.is_latin(part) for part in candidate.parts)
              and inside_glosses(tuple(segment.fold(part) for part in candidate.parts)) >= GLOSS_SHARE * candidate.count]
    return {key: candidate for key, candidate in found.items() if key not in pieces}


def _may_end_a_word(word: str, tag: str) -> bool:
    """A single character that may be the last of a word jieba cut off: a noun or a bound morpheme
    (卡 of 阿拉比卡, 业 of 科技业, 行 of 丝路行, 者 of 行为者), not a function character (的, 某 …) nor a
    verb, which goes on to say something (企业加码 | 办)."""
    return _free_character(word) and (tag.startswith("n") or tag in WORD_END_TAGS)


def _may_start_a_word(word: str, tag: str) -> bool:
    """A single character that may be the first of a word jieba cut off: a noun, a prefix, a modifier
    or a verb character (省 of 省贸促会, 超 of 超强台风, 亲 of 亲北京), not a function character, pronoun,
    adverb, numeral or measure word (他 | 民调, 较 | 强冷空气, 元 | 时代)."""
    if tag == "f" and word in PREFIX_LOCATIVES:
        return True  # jieba reads a prefix as a locative: 中 + 概股 of 中概股
    return _free_character(word) and tag not in NON_PHRASE_TAGS and tag != "q"


def _splits_a_word(char: str, word: str) -> bool:
    """Whether the character before ``word`` makes one dictionary word with it, which jieba cut to read the character
    with the word before it instead (人均可 | 支配 | 收入 of 人均可支配收入, fresh29 884, where 可支配 is the dictionary's
    word): even a function character (可, 不, 所) may then be the first of the word, and a phrase starting after it
    starts mid-word (支配收入) when CUT_OFF_SHARE of its occurrences come after it (_cut_off)."""
    return len(char) == 1 and bool(HAN_WORD.fullmatch(char)) and segment.known_tag(char + word) is not None


def _free_character(word: str) -> bool:
    """One Han character that is no function character (newwords.EDGE_CHARS: 的, 某, 一 …)."""
    return len(word) == 1 and bool(HAN_WORD.fullmatch(word)) and word not in newwords.EDGE_CHARS


def _words_cut_short(found: dict[str, _Candidate]) -> dict[str, _Candidate]:
    """The whole words of candidates that every occurrence continues with the same character
    (阿拉比 | 卡 → 阿拉比卡, 科技 | 业 → 科技业, 山西品牌丝路 | 行 → 山西品牌丝路行): nothing else ever
    follows, so the boundary jieba put there is no word boundary (right-neighbour entropy 0); but for a person's title."""
    whole: dict[str, _Candidate] = {}
    for candidate in found.values():
        before, after = _cut_off(candidate)
        if candidate.count < MIN_PHRASE_COUNT:
            continue
        joined = []
        # A person's title is a whole word: the character after it starts the name it introduces (董事长 | 田 of
        # 董事长田国立, fresh23 763), whatever follows every time.
        if after and not segment.fold(candidate.parts[-1]).endswith(newwords.person_titles()):
            joined.append((candidate.parts[:-1] + (candidate.parts[-1] + after,), candidate.next_chars[after]))
        if before and (len(candidate.parts) == 1 and _is_head(candidate.parts[0], candidate.tags[0])
                       or _splits_a_word(before, candidate.parts[0])):
            joined.append(((before + candidate.parts[0],) + candidate.parts[1:], candidate.previous_chars[before]))
        for parts, count in joined:
            key = phrase_of_parts(parts)
            if key not in found and key not in whole:
                word = whole[key] = _Candidate(key, parts, candidate.tags, count=count, in_title=candidate.in_title)
                word.paragraphs |= candidate.paragraphs
    return whole


def _forget_free_leading_characters(found: dict[str, _Candidate]) -> None:
    """Drop from the candidates' previous characters (_may_start_a_word) each one that the dictionary tags a verb or a
    pronoun (FREE_CHARACTER_TAGS; jieba tags 任 r) and that the article writes before FREE_CHARACTER_MIN_WORDS different
    words: a verb and its objects (任 + 重庆, 任 + 商务部, 任 + 重庆市委 in an official's career, fresh26 825), not the
    first character of one word jieba cut (亲 + 北京 of 亲北京阵营, 超 + 强台风). A noun or a prefix may open several words
    (省 + 贸促会, 省 + 教育厅; 副 + 部长级, 副 + 秘书长) and is kept."""
    words_after: dict[str, set] = defaultdict(set)
    for key, candidate in found.items():
        if len(candidate.parts) == 1:
            for char in candidate.previous_chars:
                words_after[char].add(key)
    free = {char for char, words in words_after.items()
            if len(words) >= FREE_CHARACTER_MIN_WORDS and (segment.known_tag(char) or "").startswith(FREE_CHARACTER_TAGS)}
    for candidate in found.values():
        for char in free & candidate.previous_chars.keys():
            if not _splits_a_word(char, candidate.parts[0]):
                del candidate.previous_chars[char]


def _min_count(found: dict[str, _Candidate]) -> int:
    """How often a candidate must occur: MIN_PHRASE_COUNT, and once per WORDS_PER_OCCURRENCE content
    words in a long article (a name said twice in a 3000-word feature is an aside)."""
    words = sum(c.count for c in found.values() if len(c.parts) == 1)
    return max(MIN_PHRASE_COUNT, words // WORDS_PER_OCCURRENCE)


def _without_repeated_sentences(texts: dict[int, str]) -> dict[int, str]:
    """The paragraphs with every sentence the article already said left out (a standfirst or pull
    quote repeating the lede): a repeat is no second piece of evidence. Short sentences (under
    REPEAT_MIN_CHARS, e.g. a one-word heading) are kept, they may recur by chance."""
    seen: set[str] = set()
    kept = {}
    for pid, text in texts.items():
        sentences = []
        for sentence in _SENTENCE_END.split(text):
            if len(sentence) >= REPEAT_MIN_CHARS:
                if sentence in seen:
                    continue
                seen.add(sentence)
            sentences.append(sentence)
        kept[pid] = "".join(sentences)
    return kept


def _incohesion(candidate: _Candidate, found: dict[str, _Candidate]) -> str | None:
    """Why a candidate is no keyword of its own (None for a word, a marked term, or a phrase seen at least twice whose
    rarest part occurs in it often enough to be more than chance): the name of the rule that drops it."""
    if is_style_markup(candidate.key):
        return "style markup"  # font-size, 0.034em: joined from the pieces of an inline style (tokens.is_style_markup)
    if candidate.tags == (TIME_TAG,):
        return "time word alone"  # 周六, 星期四: counted for the phrases it opens (夜间 of 夜间检测), no keyword alone
    if _ends_in_change_verb(candidate.parts[-1]):
        return "change verb"  # 上涨, 价格下降, 下调: the move of a figure, not what the article is about
    if any(_cut_off(candidate)):
        return "cut off"
    if len(candidate.parts) == 1 or candidate.marked or candidate.indicator:
        return None
    rarest = min((found[part].count for part in candidate.parts if part in found), default=candidate.count)
    if candidate.count < MIN_PHRASE_COUNT and not candidate.document:
        return "phrase said once"
    if candidate.count < MIN_PHRASE_SHARE * rarest:
        return "rare in its rarest part"
    if _opens_with_free_verb(candidate, found):
        return "free verb and its object"
    if _verb_takes_object(candidate):
        return "verb takes an object"
    if _titled_person(candidate):
        return "titled person"
    return "introduces a person" if _introduces_a_person(candidate, found) else None


def dropped_candidates(texts: dict[int, str], title_ids=(), excluded=()) -> dict[str, str]:
    """Every candidate :func:`keyphrase_weights` leaves out, key → the rule that drops it (for bench/eval_keywords.py's
    ``--diagnose``): said fewer than the article's minimum count, a rule of :func:`_incohesion`, the byline's, or bound
    to (or replaced by) a longer phrase."""
    found = keyphrase_candidates(texts, title_ids)
    min_count = _min_count(found)
    ranked = keyphrase_weights(texts, title_ids, excluded)
    byline = byline_test(texts, excluded)
    in_english_prose, labels = _english_prose_test(texts), _section_labels(texts)
    dropped = {}
    for key, candidate in found.items():
        if key in ranked:
            continue
        if candidate.count < min_count and not _named_once(candidate, min_count):
            dropped[key] = "said too few times"
        elif _about_the_pictures(key, texts):
            dropped[key] = "about the pictures"
        elif in_english_prose(candidate):
            dropped[key] = "only in English prose"
        elif key in labels:
            dropped[key] = "section label"
        else:
            dropped[key] = _incohesion(candidate, found) or ("byline" if byline(key) else "bound to a longer phrase")
    return dropped


def _titled_person(candidate: _Candidate) -> bool:
    """A person's name after a title or role noun (律师 + 曾威凯, 美国 + 国务卿 + 蓬佩奥): the person is the
    keyword, the title is how the article introduces them. Two name tokens in a row (蒂姆 + 库克) are one
    name cut in two and stay a phrase. jieba tags some common words as persons (宣传部, 陈述): a word its
    dictionary has seen PERSON_NAME_MAX_FREQ times or more is no name. A person's name cut into name tokens after the
    title is titled too (大使 + 布朗 + 巴克, 参议员 + 鲁 + 比奥 in an article on sanctioned US officials: the run of
    name tokens starting with a person is the name, whatever the dictionary's count of its first piece)."""
    name, tag = candidate.parts[-1], candidate.tags[-1]
    rare = (segment.tokenizer().FREQ.get(name) or 0) < PERSON_NAME_MAX_FREQ
    if tag in PERSON_TAGS and rare and candidate.tags[-2] not in NAME_TAGS:
        return True
    tags = candidate.tags
    name_start = len(tags)  # where the run of name tokens that ends the candidate starts
    while name_start and tags[name_start - 1] in NAME_TAGS:
        name_start -= 1
    if 0 < name_start <= len(tags) - 2 and tags[name_start] in PERSON_TAGS:
        return True
    return _title_and_name(candidate.parts, candidate.tags)


def _introduces_a_person(candidate: _Candidate, found: dict[str, _Candidate]) -> bool:
    """A place or a team and a person's title (意大利 + 名将 of 意大利名将德蒂, fresh31 922; 美国 + 国务卿 before 蓬佩奥)
    that the article writes before the same person's name every time: the phrase with the name is a titled person
    (_titled_person), the name alone the keyword, and the phrase without it half of that introduction. An
    organisation's office (中国外交部 + 发言人, 国家统计局 + 新闻 + 发言人) stays, for office_of: the organisation is the keyword there."""
    if not segment.fold(candidate.parts[-1]).endswith(newwords.person_titles()) or any(
        part.endswith(ORG_SUFFIXES) for part in candidate.parts[:-1]
    ):
        return False
    size = len(candidate.parts)
    return any(
        len(other.parts) > size and other.parts[:size] == candidate.parts and other.count >= candidate.count
        and _titled_person(other)
        for other in found.values()
    )


def _title_and_name(parts: tuple[str, ...], tags: tuple[str, ...]) -> bool:
    """Name tokens with words of person_titles.txt around them: after a title (俄罗斯 + 总统 + 普丁, 检察官 + 穆勒,
    大使 + 基斯 + 利亚克), before one (蓬佩奥 + 国务卿, Perlmutter + 教授) or both (院长 + 陈玉川 + 教授): a person
    introduced by their office. The tags cannot tell, as jieba tags the names it does not know nz (穆勒, 木原稔) and
    some roles as persons (保姆 nrt). A place or organisation before a title (美国 + 国务卿) names an office, not a
    person, and stays."""
    def is_title(part: str) -> bool:
        # A token may end in a title (jieba's 美大使 of 驻美大使): the title is its last word.
        return segment.fold(part).endswith(newwords.person_titles())

    end = len(parts)
    while end and is_title(parts[end - 1]):
        end -= 1
    start = max((i + 1 for i in range(end) if is_title(parts[i])), default=0)
    name_tags = tags[start:end]
    if not name_tags or (start == 0 and end == len(parts)):
        return False
    return all(tag in NAME_TAGS and (start or tag not in INSTITUTION_TAGS) for tag in name_tags)


def _cut_off(candidate: _Candidate) -> tuple[str | None, str | None]:
    """The characters (before, after; None if none) of a word cut short: CUT_OFF_SHARE of the
    occurrences go on with the same one (法国总统马克 | 龙, jieba's 马克 + 龙 of 马克龙; 阿拉比 | 卡 four
    times in five) or come after the same one (省 | 贸促会), so the candidate is a piece of a longer
    word, not a keyword."""
    def bound(chars: Counter) -> str | None:
        return next((char for char, n in chars.items() if n >= CUT_OFF_SHARE * candidate.count), None)
    return bound(candidate.previous_chars), bound(candidate.next_chars)


def _verb_takes_object(candidate: _Candidate) -> bool:
    """A subject + verb phrase whose verb mostly goes on to an object in the same clause (绥德县委 +
    聚焦 | 强军目标): a clause cut in two, not a named event (市场崩盘, 中部地区崛起)."""
    return _is_verb(candidate.tags[-1]) and 2 * candidate.followed >= candidate.count


def verb_object(parts: tuple[str, ...], tags: tuple[str, ...]) -> str | None:
    """The object of a predicate verb + noun phrase (安装 + 油水分离器, 构建 + 新发展 + 格局, 处置 + 突发事件, 披露 + 半年报) when
    the object carries the phrase's rarity (a word of it rarer in news than the verb): the key of the parts after the
    verb. None for any other phrase: a verb rarer than its noun makes a term of the two (出生 + 人口 of tune 222: the
    births, not the population), a nominal verb opens a term (采购 + 经理人 + 指数), and a last token jieba tags a verb
    of any kind is no noun object (破产 + 重整, a term; 申请 + 破产 + 重整), though jieba tags some nouns so too
    (实施 + 宵禁 stays a phrase)."""
    if len(parts) < 2 or not _is_verb(tags[0]) or tags[-1].startswith("v"):
        return None
    if min(map(news_share, parts[1:])) >= news_share(parts[0]):
        return None
    return phrase_of_parts(parts[1:])


def _opens_with_free_verb(candidate: _Candidate, found: dict[str, _Candidate]) -> bool:
    """A verb + noun phrase that is a verb and its object (位于 + 海南省, 逼近 + 香港), not a term whose
    verb is bound to its noun (采购 + 经理人 + 指数): a term holds at least BOUND_VERB_SHARE of the
    verb's occurrences and is seen MIN_BINDING_COUNT times (装满 + 洗碗机 twice is a clause said twice)."""
    verb, tag = candidate.parts[0], candidate.tags[0]
    if not _is_verb(tag) or all(map(_is_verb, candidate.tags)) or verb not in found:
        return False
    if candidate.tags[1] in POS_ENTITY_TAGS or segment.fold(candidate.parts[1]) in newwords.person_titles():
        # A verb and a named object (撤销 + 香港, 卸任 + 国防科工委) or a person named by their role (判处 + 被告人, fresh8
        # 320): what was done to whom.
        return True
    # An object of two words or more that the article names more often without the verb than with it is the term, the
    # verb its predicate (支付 + 精神 + 抚慰金, three of seven, fresh23 762). A verb before one noun may make a compound
    # (出生 + 人口, tune 222, its noun said on its own 14 times of 5): left to the binding test below.
    object_key = phrase_of_parts(candidate.parts[1:])
    if len(candidate.parts) > 2 and object_key in found and found[object_key].count >= FREE_OBJECT_RATIO * candidate.count:
        return True
    return candidate.count < max(MIN_BINDING_COUNT, BOUND_VERB_SHARE * found[verb].count)


def candidate_weight(candidate: _Candidate) -> float:
    # A number inside a linked term (9.9元咖啡) says nothing of its rarity: the words do.
    idfs = sorted((news_idf(part) for part in candidate.parts if len(part) > 1 and not NUMBER.fullmatch(part)), reverse=True) or [0.0]
    idf = idfs[0] + PHRASE_IDF_SHARE * sum(idfs[1:])
    # A name of one paragraph (an expert quoted once, a city on a list) is an aside: no name boost.
    is_recurring_name = is_name_like(candidate) and len(candidate.paragraphs) > 1
    # The title raises what it names, not its rhetoric: a verb or adjective of a headline (发声, 狂奔,
    # 暗伤, 蓬勃发展) is how the story is told (tune 0.49 -> 0.50, test and fresh unchanged).
    titled = candidate.in_title and not (_is_verb(candidate.tags[-1]) or candidate.tags[-1] in DESCRIBING_TAGS)
    # The lede says who did what: what it names is raised like the title's, a little less.
    leading = candidate.in_lede and not (_is_verb(candidate.tags[-1]) or candidate.tags[-1] in DESCRIBING_TAGS)
    # A plain word of the title (one token, no name: 分类, 股价) is raised a little less than the names and phrases it
    # stands beside there, which say what the story is about more often.
    title_boost = WORD_TITLE_BOOST if len(candidate.parts) == 1 and not is_name_like(candidate) else TITLE_BOOST
    boost = (title_boost if titled else 1.0) * (NAME_BOOST if is_recurring_name else 1.0) * (LEDE_BOOST if leading else 1.0)
    return candidate.count ** TF_POWER * idf * boost


def _rare_common_word(candidate: _Candidate) -> bool:
    """A common word (one token of two characters, no name: 事发, 车企, 法官) said fewer than COMMON_WORD_MIN_COUNT
    times: filler more often than the topic. In the seen splits' top 10 such a word was a gold tag one time in five,
    said more often two in five, and a name or a phrase one in two."""
    common = len(candidate.parts) == 1 and len(candidate.key) == 2 and not is_name_like(candidate)
    return common and candidate.count < COMMON_WORD_MIN_COUNT


def _bare_title(candidate: _Candidate) -> bool:
    """One word of person_titles.txt standing alone outside the headline (议员 of 泛民主派议员们, 同学 of 同学们, 司令 of
    驻韩美军司令伯韦尔·贝尔 once the name is a candidate of its own): the role of the people in the story, rarely its topic.
    A title in the headline (参议员 of a story about the senators) stays. The title is judged whole, however jieba cut it:
    首席 + 执行官 of the contributors' headings of fresh37 1051 (Fluidity 首席执行官, Revolution 首席执行官) is one title."""
    return not candidate.in_title and segment.fold(candidate.key) in newwords.person_titles()


def _people_noun(candidate: _Candidate) -> bool:
    """One common noun of people_nouns.txt standing alone (儿子, 夫妇, 患者, 宾客, 承建商): who the story happens to,
    not what it is about, in the headline too."""
    return len(candidate.parts) == 1 and segment.fold(candidate.key) in _people_nouns()


def _adjective_alone(candidate: _Candidate) -> bool:
    """One word jieba tags an adjective (可悲, 紧急, 贪婪, 圆满): how the story is told, rarely what it is about."""
    return len(candidate.tags) == 1 and candidate.tags[0] in ADJECTIVE_TAGS


def _common_in_news(candidate: _Candidate) -> bool:
    """One word that COMMON_NEWS_SHARE of all news articles or more use (中国, 美国, 日本, 同比, 数据), outside the headline."""
    return len(candidate.parts) == 1 and not candidate.in_title and news_share(candidate.key) >= COMMON_NEWS_SHARE


@lexicon.cached
def _people_nouns() -> frozenset[str]:
    return frozenset(segment.fold(word) for line in lexicon.read_lines(PEOPLE_NOUNS) for word in line.split())


@dataclass(frozen=True)
class Keyphrase:
    weight: float
    count: int
    parts: tuple[str, ...]
    tags: tuple[str, ...]
    reason: str
    # Where the candidate stands (read by bench/cv_keyword_ranker.py's features).
    in_title: bool = False
    listed: bool = False  # mostly one item of an enumeration
    quoted: bool = False  # quoted somewhere in the article
    marked: bool = False  # bounded by the writer, not the segmenter (see _Candidate.marked)


def keyphrase_weights(texts: dict[int, str], title_ids=(), excluded=()) -> dict[str, Keyphrase]:
    """Keyphrase ranking: key → Keyphrase, parts deduplicated against their phrases.

    Weight = count^TF_POWER × news IDF (the rarest part's, plus PHRASE_IDF_SHARE of the others') ×
    TITLE_BOOST when in the title × NAME_BOOST for a name seen in two or more paragraphs. A phrase
    takes over a part that occurs mostly inside it (ABSORB_SHARE of the part's occurrences): 附加费
    seen 12 times, 10 of them in 燃油附加费, gives its weight to the phrase. A part bound to one
    phrase (more than BOUND_SHARE of its occurrences, the phrase seen MIN_BINDING_COUNT times or
    more) is left out: the phrase stands for it. A candidate mostly written as one item of a list
    weighs LIST_MEMBER_FACTOR. Candidates inside the ``excluded`` strings (author, account, outlet)
    are dropped.
    """
    found = keyphrase_candidates(texts, title_ids)
    min_count = _min_count(found)
    in_english_prose, labels = _english_prose_test(texts), _section_labels(texts)
    kept = {
        key: c for key, c in found.items()
        if (c.count >= min_count or _named_once(c, min_count)) and _incohesion(c, found) is None
        and not _about_the_pictures(key, texts) and not in_english_prose(c) and key not in labels
    }
    # The byline's words are dropped after the binding below, so a part bound to a byline name goes with it
    # (Founder and Park of the interviewing account Founder Park).
    byline = byline_test(texts, excluded)
    listed = {key for key in kept if _mostly_listed(texts, key)}
    quoted = _quoted_terms(texts)
    # The title of a work in 《》 that the headline names is the story's subject, however common its words (《囚歌》, the
    # poem of fresh23 762); a song the body names in passing (《野花》, fresh8 336) stays a common word.
    works = _titled_works(texts)
    rare_common = {key for key, c in kept.items() if _rare_common_word(c) and not (key in works and c.in_title)}
    weights = {
        key: candidate_weight(c) * (LIST_MEMBER_FACTOR if key in listed else 1.0) * (QUOTED_BOOST if key in quoted else 1.0)
        * (COMMON_WORD_FACTOR if key in rare_common else 1.0)
        * (NAMED_ONCE_FACTOR if c.count < min_count and not c.indicator else 1.0) * (BARE_TITLE_FACTOR if _bare_title(c) else 1.0)
        * (PEOPLE_NOUN_FACTOR if _people_noun(c) else 1.0) * (ADJECTIVE_FACTOR if _adjective_alone(c) else 1.0)
        * (COMMON_NEWS_FACTOR if _common_in_news(c) else 1.0) * (INDICATOR_BOOST if c.indicator else 1.0)
        for key, c in kept.items()
    }
    reasons = {
        key: f"{'+'.join(c.parts)} ×{c.count}, news df {news_share(key) if len(c.parts) == 1 else max(map(news_share, c.parts)):.3f}"
        + (", in title" if c.in_title else "") + (", mostly one item of a list" if key in listed else "")
        + (", quoted" if key in quoted else "") + (", a name said once" if c.count < min_count and not c.indicator else "")
        + (", a common word said few times" if key in rare_common else "") + (", a person's title alone" if _bare_title(c) else "")
        + (", people named by a family tie or role" if _people_noun(c) else "") + (", an adjective alone" if _adjective_alone(c) else "")
        + (", a word common in all news" if _common_in_news(c) else "")
        + (", a statistical indicator" if c.indicator else "")
        + (f", also written {'/'.join(c.aliases)}" if c.aliases else "")
        for key, c in kept.items()
    }
    # Shorter phrases first, so 出租车燃油附加费 can take over 燃油附加费 after it took over 附加费.
    bound: set[str] = _titles_of_named_people(found, kept)
    # An organisation the article names before a person's title is the keyword, whatever phrases hold it (国家统计局 of
    # 国家统计局新闻 and 国家统计局新闻发言人): it is never bound.
    organisations = {part for key in kept for part in leading_strings(key) if part in kept and office_of(key, part)}
    for key, candidate in sorted(kept.items(), key=lambda item: (len(item[1].parts), item[0])):
        if _adds_only_a_common_place(candidate):
            continue
        object_key = verb_object(candidate.parts, candidate.tags)
        for part in _sub_runs(candidate.parts):
            if part == object_key and part in kept and kept[part].count > candidate.count:
                continue  # 安装 + 油水分离器: the object, said on its own too, is the term; the verb is what was done with it
            inside = candidate.count / kept[part].count if part in kept else 0.0
            if inside > BOUND_SHARE and candidate.count >= MIN_BINDING_COUNT and part not in organisations:
                bound.add(part)
            if inside >= ABSORB_SHARE and weights[part] > weights[key]:
                weights[key] = weights[part]
                reasons[key] += f"; takes the weight of {part} ({candidate.count}/{kept[part].count} inside)"
    phrases = {
        key: Keyphrase(weights[key], c.count, c.parts, c.tags, reasons[key], c.in_title, key in listed, key in quoted, c.marked)
        for key, c in kept.items() if key not in bound and not byline(key)
    }
    # A word always written inside a credit (受访者 of 受访者供图 under every photo) is not extended into it.
    return _whole_repeats(phrases, _without_repeated_sentences(texts), lambda key: byline(key) or _about_the_pictures(key, texts))


def _titles_of_named_people(found: dict[str, _Candidate], kept: dict[str, _Candidate]) -> set[str]:
    """The titles and forms of address (person_titles.txt) kept as words of their own whose occurrences are mostly
    (more than BOUND_SHARE) next to a name, in titled-person phrases (_titled_person) seen MIN_BINDING_COUNT times
    or more: the title introduces the people, the names are the keywords. 同志 after 李克强 and the other leaders
    (fresh18 570), 同学 after 岳昕 (fresh18 581), 检察官 after 孙旺 (fresh4 120) ranked on their own once the name and
    title were no longer one new word (newwords._ends_in_person_title)."""
    inside: Counter = Counter()
    for candidate in found.values():
        if candidate.count >= MIN_BINDING_COUNT and len(candidate.parts) > 1 and _titled_person(candidate):
            for part in set(candidate.parts):
                if part in kept and segment.fold(part) in newwords.person_titles():
                    inside[part] += candidate.count
    return {part for part, n in inside.items() if n > BOUND_SHARE * kept[part].count}


def _whole_repeats(phrases: dict[str, Keyphrase], texts: dict[int, str], byline) -> dict[str, Keyphrase]:
    """Each candidate that the article always writes inside the same longer string (永安抽水 in every
    永安抽水蓄能电站, 考试院 in every 省教育考试院) replaced by that whole, with its weight:
    jieba or the phrase shapes cut the name there, but the writer never did (the maximal repeat, whose
    neighbours on both sides vary: boundary entropy above zero). Two pieces of one whole become one
    candidate, the heavier piece's weight; a whole that is a candidate already keeps the heavier weight.
    Only candidates seen MIN_PHRASE_COUNT times: a string written once always has the same neighbours."""
    boundaries = {pid: _token_bounds(text) for pid, text in texts.items()}
    whole: dict[str, Keyphrase] = {}
    for key, phrase in phrases.items():
        # A person's title before the name is how the article introduces them (律师 + 曾威凯), not the name.
        extended = (_closed_extension(key, phrase.parts, phrase.tags, texts, boundaries, leftwards=phrase.tags[0] not in PERSON_TAGS)
                    if phrase.count >= MIN_PHRASE_COUNT and HAN_WORD.search(key) else None)
        longer = extended and phrase_of_parts([*(word for word, _ in extended[0]), key, *(word for word, _ in extended[1])])
        if extended is None or byline(longer):
            whole.setdefault(key, phrase)
            continue
        earlier = whole.get(longer) or phrases.get(longer)
        if earlier is not None and earlier.weight >= phrase.weight:
            whole[longer] = earlier
        else:
            before, after = extended
            whole[longer] = replace(
                phrase, parts=tuple(w for w, _ in before) + phrase.parts + tuple(w for w, _ in after),
                tags=tuple(t for _, t in before) + phrase.tags + tuple(t for _, t in after),
                reason=phrase.reason + f"; always written inside {longer}",
            )
    return whole


def _token_bounds(text: str) -> dict[int, tuple[str, str]]:
    """Offset of each token start in ``text`` → (token, tag); the text's end → ("", "x")."""
    bounds, offset = {}, 0
    for word, tag in segment.cut_pos(text):
        bounds[offset] = (word, tag)
        offset += len(word)
    bounds[offset] = ("", "x")
    return bounds


def _closed_extension(key: str, parts, tags, texts: dict[int, str], boundaries, leftwards: bool = True):
    """(tokens before, tokens after) that every occurrence of ``key`` (made of ``parts`` tagged ``tags``) shares, as
    far as the shared Han characters go and then back to a token boundary all occurrences have; None when there
    are none or they do not make a name or a term: a function word inside (舆论 + 的 + 关键节点), a verb on the left
    (位于 + 宝安) or at the end (医院 + 抢救), a person at an edge (总经理 + 尹世明), a clause (猪肉 + 混充)."""
    spots = [(pid, start) for pid, text in texts.items() for start in occurrences(text, key)]
    if len(spots) < MIN_PHRASE_COUNT:
        return None

    def shared(offset: int) -> bool:
        chars = {texts[pid][at] if 0 <= (at := start + offset) < len(texts[pid]) else "" for pid, start in spots}
        return len(chars) == 1 and bool(HAN_WORD.fullmatch(chars.pop()))

    left = 0
    while leftwards and shared(-left - 1):
        left += 1
    right = 0
    while shared(len(key) + right):
        right += 1
    while left and not all(start - left in boundaries[pid] for pid, start in spots):
        left -= 1
    while right and not all(start + len(key) + right in boundaries[pid] for pid, start in spots):
        right -= 1
    pid, start = spots[0]
    if start not in boundaries[pid] or start + len(key) not in boundaries[pid]:
        return None  # the key is inside a longer token there: no whole to build from its tokens
    before = _tokens_between(boundaries[pid], start - left, start)
    after = _tokens_between(boundaries[pid], start + len(key), start + len(key) + right)
    # The whole starts with a word of a name or a term and ends in a head, and neither edge is a word most news uses:
    # shed what does not (求职网 + 调查 → 求职网: the job site's survey is how the story is sourced, 调查 in 7% of news;
    # 全国 + 居民消费价格 → 居民消费价格; 服务 + 价格上涨 → no whole: a change verb reports a figure, as in
    # _within_verb_boundaries).
    while before and (before[0][1] in PERSON_TAGS or _is_verb(before[0][1]) or not _phrase_token(*before[0])
                      or news_share(before[0][0]) >= COMMON_HEAD_SHARE):
        before = before[1:]
    # A function word ends the whole on the right (北京市机动 | 侦查总队 | 的民警 → 北京市机动侦查总队): what follows it is
    # the clause the name stands in.
    after = after[:next((i for i, pair in enumerate(after) if not _phrase_token(*pair)), len(after))]
    while after and (after[-1][1] in PERSON_TAGS or not _is_head(*after[-1])
                     or (_is_verb(after[-1][1]) and not after[-1][0].endswith(name_ending_words()))
                     or news_share(after[-1][0]) >= COMMON_HEAD_SHARE or _ends_in_change_verb(after[-1][0])):
        after = after[:-1]
    if not before + after or not all(_phrase_token(*pair) for pair in before + after):
        return None
    # The whole keeps the shape of a phrase or ends in a name's last word. Ending in a verb, it is a clause when the
    # verb mostly goes on to an object (猪肉 + 混充 | 羊肉), as _verb_takes_object tells of a phrase (which also keeps
    # 国债 + 逆回购 | 操作 out: a term used as a modifier looks the same).
    whole = before + list(zip(parts, tags)) + after
    if not (_phrase_shape(whole) or _ends_in_a_name_word(whole)):
        return None
    if _title_and_name(*zip(*whole)):
        return None  # 检察官 always before 穆勒: the person's title, the name stays on its own (_titled_person)
    if after and segment.fold(after[-1][0]).endswith(newwords.person_titles()):
        return None  # 中国外交部 always before 发言人: the office one person holds, the organisation stays (office_of)
    if not after and _is_verb(tags[-1]) and not key.endswith(name_ending_words()):
        objects = sum(_phrase_token(*boundaries[pid].get(at + len(key), ("", "x"))) for pid, at in spots)
        return None if 2 * objects >= len(spots) else (before, after)
    return before, after


def _tokens_between(bounds: dict[int, tuple[str, str]], start: int, end: int) -> list[tuple[str, str]]:
    """The (token, tag) pairs from offset ``start`` to ``end``, both token boundaries of :func:`_token_bounds`."""
    tokens = []
    while start < end:
        tokens.append(bounds[start])
        start += len(bounds[start][0])
    return tokens


def _named_once(candidate: _Candidate, min_count: int) -> bool:
    """A name of the dictionary (person, place, organisation) said once in a short article (谢金燕 in a
    poll of which stars workers want at a year-end party, 世贸组织 in a news briefing), or the title of a law, a rule or
    a report in title marks (《网络安全审查办法》, _titled_document): a candidate that weighs NAMED_ONCE_FACTOR, since a
    name said once is as often an aside. A statistics piece's indicator (_indicator_terms) is a candidate said once in any
    article, at its full weight: a bulletin names most of its indicators once."""
    named = len(candidate.parts) == 1 and candidate.tags[0] in POS_ENTITY_TAGS
    return (min_count == MIN_PHRASE_COUNT and (named or candidate.document)) or candidate.indicator


def _adds_only_a_common_place(candidate: _Candidate) -> bool:
    """中国 + 新能源, 美国 + 立法者: a place most news names (news df ≥ COMMON_PLACE_SHARE) before a
    part that is not a name. The part alone is the topic; the phrase neither takes its weight nor binds it."""
    first, tag = candidate.parts[0], candidate.tags[0]
    return (
        tag.startswith("ns") and news_share(first) >= COMMON_PLACE_SHARE
        and not is_name_like(candidate)
    )


def _quoted_terms(texts: dict[int, str]) -> set[str]:
    """The keys of the terms the article sets in quotation or title marks somewhere (“放管服”改革,
    「心靈雞湯」, “一带一路”): a writer quotes the terms a story is built around."""
    return {segment.fold(match.group(1)) for text in texts.values() for match in _QUOTED_TERM.finditer(text)}


def _titled_works(texts: dict[int, str]) -> set[str]:
    """The keys of the terms the article sets in title marks (《囚歌》, 《民法总则》): the names of works and laws."""
    return {segment.fold(match.group(1)) for text in texts.values() for match in _TITLE_MARKED_TERM.finditer(text)}


def _mostly_listed(texts: dict[int, str], key: str) -> bool:
    """True when at least half of the occurrences of ``key`` stand next to an enumeration comma (南昌、柳州、桂林)."""
    total = listed = 0
    for text in texts.values():
        start = text.find(key)
        while start != -1:
            total += 1
            end = start + len(key)
            listed += (start > 0 and text[start - 1] == "、") or (end < len(text) and text[end] == "、")
            start = text.find(key, start + 1)
    return total > 0 and 2 * listed >= total


def _about_the_pictures(key: str, texts: dict[int, str]) -> bool:
    """A pointer to a figure or table (figure_references.txt: 详见图 ×14 in the chart-filled survey of fresh29 880, 参看图
    of 881) or a credit that closes the captions (受访者供图 under each of ten photos of fresh29 883, 山东女子学院供图,
    遇难者家属供图): what the article says about its pictures, not its story. A credit is a key that ends in a closing
    credit word of caption_cues.tsv (供图, 摄, 资料图; the supplier's name before it or not) and at least half of whose
    occurrences end a paragraph or close a bracket, as a credit ends the caption: 航拍摄影 inside a sentence, or 摄影 at
    the end of one (他喜欢摄影。), stays a candidate."""
    if key in _figure_references():
        return True
    if not key.endswith(_closing_credits()):
        return False
    ends = [text[start + len(key):start + len(key) + 1] for text in texts.values() for start in occurrences(text, key)]
    return bool(ends) and 2 * sum(not end or end in CREDIT_CLOSERS for end in ends) >= len(ends)


def _english_prose_test(texts: dict[int, str]):
    """Whether a candidate of Latin words only (spaces and hyphens between them) is written only inside stretches of
    English prose (_LATIN_WORDS_RUN): the words of a quoted English title or sentence (agents That Are Actually
    Printing, last month, Money of the Reddit and Medium post titles a WeChat piece quotes and lists again as its
    sources, fresh37 1050), which the Chinese text around them never uses. A name the article also writes in its own
    sentences (OpenClaw, Reddit of 我在 Reddit 上看到) stays a candidate, and so does any word of a Han text."""
    spans = {pid: [match.span() for match in _LATIN_WORDS_RUN.finditer(text) if _english_prose(match.group())]
             for pid, text in texts.items()}
    folded = {pid: text.casefold() for pid, text in texts.items() if spans[pid]}  # ASCII case folding keeps the offsets

    def test(candidate: _Candidate) -> bool:
        if not folded or not all(segment.is_latin(part.replace("-", "")) for part in candidate.parts):
            return False
        inside = outside = 0
        for pid, text in texts.items():
            haystack = folded.get(pid, text.casefold())
            for start in occurrences(haystack, candidate.key):
                end = start + len(candidate.key)
                if any(first <= start and end <= last for first, last in spans[pid]):
                    inside += 1
                else:
                    outside += 1
        return inside > 0 and outside == 0
    return test


def _section_labels(texts: dict[int, str]) -> frozenset[str]:
    """The keys written SECTION_LABEL_MIN_COUNT times or more and every time as a paragraph of their own, but for a
    number and punctuation (PART, PART 01 over each section of a WeChat template, fresh37 1052): the page's furniture,
    which the template repeats whatever the story. A heading that names its section's subject (技能商店：超能力中心) holds
    more than the key, and a word the text also uses in its sentences is no label."""
    folded = [text.casefold() for text in texts.values()]
    whole = Counter(_LABEL_FURNITURE.sub("", text) for text in folded)
    repeated = [label for label, n in whole.items() if label and n >= SECTION_LABEL_MIN_COUNT]
    return frozenset(label for label in repeated if sum(len(occurrences(text, label)) for text in folded) == whole[label])


def _english_prose(run: str) -> bool:
    words = [word.strip(",.'’!?&:") for word in run.split()]
    function_words = sum(word.casefold() in segment.stopwords() for word in words if word.isascii() and word.isalpha())
    return len(words) >= ENGLISH_PROSE_MIN_WORDS and function_words >= ENGLISH_FUNCTION_WORDS_MIN


@lexicon.cached
def _figure_references() -> frozenset[str]:
    return frozenset(segment.fold(word) for line in lexicon.read_lines(FIGURE_REFERENCES) for word in line.split())


@lexicon.cached
def _closing_credits() -> tuple[str, ...]:
    return tuple({segment.fold(to_simplified(word)) for word in roles.caption_cues()["credit_end"]})


@lexicon.cached
def _byline_cues() -> list[tuple[str, str]]:
    """(cue, side) rows of data/lexicon/byline_cues.tsv."""
    return lexicon.read_rows(BYLINE_CUES, ("cue", "side"))


def byline_test(texts: dict[int, str], excluded):
    """Whether a key is the byline's: a word of the meta fields (``excluded``) or :func:`_mostly_in_bylines`;
    remembered per key, since every method's ranking asks for the same keys."""
    return lru_cache(maxsize=None)(
        lambda key: _excluded(key, excluded) or key in _byline_labels() or _mostly_in_bylines(texts, key)
    )


def _mostly_in_bylines(texts: dict[int, str], key: str) -> bool:
    """True when at least half of the occurrences of ``key`` stand next to a byline cue (财新|记者,
    来源：|安全内参) or label an interview's questions (:func:`_asked_questions`): the word names the
    outlet or the writer."""
    total = in_byline = 0
    # A key with Latin letters is folded (财经天下weekly of 财经天下WEEKLY, fresh23 740): its text is searched folded too.
    latin = bool(LOWER_LATIN.search(key))
    cues_before, cues_after = _byline_cues_by_side()
    for text in texts.values():
        haystack = text.casefold() if latin else text
        start = haystack.find(key)
        while start != -1:
            total += 1
            # 《红周刊》记者: the title marks around an outlet's name stand between it and the cue.
            before = text[:start].rstrip().rstrip(_OPENING_MARKS).rstrip()
            after = text[start + len(key):].lstrip().lstrip(_CLOSING_MARKS).lstrip()
            in_byline += after.startswith(cues_after) or before.endswith(cues_before) or _joined_outlet(after, cues_after)
            start = haystack.find(key, start + 1)
    return total > 0 and (2 * in_byline >= total or 2 * _asked_questions(texts, key) >= total)


def _joined_outlet(after: str, cues_after: tuple[str, ...]) -> bool:
    """Whether ``after`` (the text after a candidate) is a second outlet joined by a middle dot, then a byline cue:
    中国青年报·中青在线记者 (fresh18 582, four of the five 中国青年报), as the outlet and its news app sign together
    (seen in dev3 209 中青报·中青网记者, dev5 248 新华日报·交汇点记者, fresh9 349 东方网·纵相新闻记者)."""
    if not after or after[0] not in NAME_DOTS:
        return False
    for end in range(1 + JOINED_OUTLET_CHARS[0], 2 + JOINED_OUTLET_CHARS[1]):
        if not after[1:end].isalnum():
            return False
        if after[end:].startswith(cues_after):
            return True
    return False


def _asked_questions(texts: dict[int, str], key: str) -> int:
    """How many paragraphs open with ``key`` as the label of a question (智能涌现：你觉得百度选错人了吗？):
    in a Q&A interview the asking label is the outlet or its reporter; the answers' label is the story."""
    # A Latin label is matched whatever its case (Founder Park：, key founder park), as _mostly_in_bylines does.
    latin = segment.is_latin(key.replace(" ", ""))
    return sum(
        1 for text in texts.values()
        if (text.casefold() if latin else text).startswith(key) and text[len(key):len(key) + 1] in _LABEL_COLONS
        and _QUESTION_MARK.search(text)
    )


@lexicon.cached
def _byline_cues_by_side() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The byline cues that stand before a name and those that follow it, each as one tuple for
    str.endswith / str.startswith (asked at every occurrence of every candidate keyword)."""
    rows = _byline_cues()
    return tuple(cue for cue, side in rows if side != "after"), tuple(cue for cue, side in rows if side == "after")


@lexicon.cached
def _byline_labels() -> frozenset[str]:
    """The keys of the byline cues of side ``label``: words that label the writer's name (Author of WeChat's card of a
    reposted article, The following article is from 财经天下WEEKLY Author 财经天下, fresh23 740-742 and fresh 61), so
    they are the byline's furniture wherever the loader left them in the body."""
    return frozenset(segment.fold(cue) for cue, side in _byline_cues() if side == "label")


def byline_strings(meta: dict) -> list[str]:
    """The pieces of the meta fields naming who wrote or published the article (author, account,
    outlet), as keys: runs of Han characters and Latin words (香港特约记者 麦燕庭 → 香港特约记者,
    麦燕庭; finance.sina.com.cn → finance, sina, com, cn), and a name mixing the two as one piece
    (法度Law → 法度, law and 法度law; 36氪: the name is a keyword candidate as a whole)."""
    pieces = []
    for field in META_BYLINE_FIELDS:
        if meta.get(field):
            key = keyword_key(str(meta[field]))
            pieces += _BYLINE_PIECE.findall(key)
            whole = key.replace(" ", "")
            if _MIXED_NAME.fullmatch(whole) and HAN_WORD.search(whole) and not HAN_WORD.fullmatch(whole):
                pieces.append(whole)
    return pieces


def _sub_runs(parts: tuple[str, ...]) -> list[str]:
    """The keys of every shorter run of consecutive parts (燃油, 附加费, 燃油附加费 of 出租车燃油附加费)."""
    n = len(parts)
    return [phrase_of_parts(parts[i:j]) for i in range(n) for j in range(i + 1, n + 1) if j - i < n]


def _excluded(key: str, excluded) -> bool:
    """True when ``key`` is most of a byline piece (叶檀, 财新 of 财新网, sina), not a word that
    merely stands in one (香港 of 香港特约记者) nor the place a local publisher is named after (:func:`_named_after`)."""
    return any(key in piece and 2 * len(key) >= len(piece) and not _named_after(key, piece) for piece in excluded)


def _named_after(key: str, piece: str) -> bool:
    """Whether ``key`` is the administrative place that opens a publisher's name (成都市 of 成都市统计局, 阿克苏地区 of
    阿克苏地区统计局): a city's statistics bureau, government or paper publishes about its own place, so the place is the
    story's subject, not the byline's word (fresh35 1002, 1003, 1007, fresh6 275). Where it only stands next to a
    byline cue (成都市统计局供稿), _mostly_in_bylines still drops it."""
    return piece.startswith(key) and key != piece and len(key) > 2 and key.endswith(ADMINISTRATIVE_SUFFIXES)


def leading_strings(key: str) -> list[str]:
    """Every string ``key`` starts with, longest first: not only whole tokens, as jieba cuts 农业农村部副部长 as 农业 +
    农村 + 部副 + 部长 (fresh23 761) and 国家能源局原局长 as 国家 + 能源 + 局原 + 局长 (fresh13 422)."""
    return [key[:end] for end in range(len(key) - 1, 0, -1)]


def office_of(key: str, organisation: str) -> bool:
    """Whether ``key`` is an office of the organisation ``organisation`` (two keys): the organisation's name
    (OFFICE_ORGANISATION_MIN_CHARS or more characters ending in an organisation suffix) then a person's title
    (国家粮食局副局长, 中国外交部发言人, 国家能源局原局长), or a name in Latin letters, which is a firm's, a fund's or a
    body's as written in its own language, then the title (Betaworks Ventures 合伙人, Fluidity 首席执行官, OpenAI CEO:
    fresh37 1051's contributors' headings). The organisation is the keyword: the phrase never binds it
    (keyphrase_weights) and gives it its slot (_held_name). jieba's tag is not enough: 国土厅原, a word cut short
    (国土厅 | 原 of 国土厅原厅长, fresh24 782), keeps 国土厅's nt."""
    return (
        key.startswith(organisation) and key != organisation and len(organisation) >= OFFICE_ORGANISATION_MIN_CHARS
        and segment.fold(key[len(organisation):].strip()).endswith(newwords.person_titles())  # not 国土局 + 长 of 国土局长
        and (organisation.endswith(ORG_SUFFIXES) or all(segment.is_latin(word) for word in organisation.split(" ")))
    )
