"""Check-worthiness of one sentence: its shape (a figure, a dated event, a named actor doing something, a view,
a question, a heading) and the transparent additive score that makes it ``checkworthy`` from 0.5.

The weights are listed in the stage's docstring (:mod:`zhnews.claims`); :func:`tag_sentence` gives each sentence
its types, source, score and the cues that fired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .. import lexicon, segment
from ..sentiment import polarity
from ..load import outlets
from ..text import to_simplified
from . import persons
from .quantities import Quantity, TWO_PLACES, counts_the_quote, find_quantities, names_a_line
from .cues import (
    ACTOR_TAGS, CLAIM_TYPES, CLAUSE_BREAK, CLOSE_QUOTES, Cue, DOCUMENT_RULES, END_MARKS, INDEFINITE_OPENING,
    LATIN_GLOSS, NOT_YET, ONE_CHARACTER_SAYING, OPEN_QUOTES, QUOTED_HANDLE, SPECIFIC_ACTOR_TAGS, UNNAMED, act_verbs,
    acts_not_tagged_verbs, clause_tokens_after, clause_tokens_before, clean_source, cue_words, entries, find_cues,
    has_a_name, is_cjk, is_named, is_person_title, jiang_marks_object, names_an_actor, names_someone,
    referred_actor, say_verb_set, tokens_with_offsets, unnamed_who, unnamed_words, vague_groups,
)


CHECKWORTHY_FROM = 0.5
# jieba tags of a person or an organisation: what a pronoun in the next sentence may stand for.
ANTECEDENT_TAGS = frozenset({"nr", "nrfg", "nt"})  # (nrfg: a full name jieba knows, 郦俊睿)


# ---------------------------------------------------------------------------------------------
# Tagging and scoring


@dataclass(frozen=True)
class ClaimTag:
    types: tuple[str, ...]
    cues: tuple[Cue, ...]
    source: str
    score: float
    checkworthy: bool
    actors: tuple[str, ...] = ()  # named actors in reading order (for pronouns in the next sentence)
    narrative: bool = False  # dated or an event (了, 已 + verb): told by the writer, not a speaker's view
    shape: SentenceShape | None = None  # what the sentence is beyond its cues (features of the learned decision)


def _named_actors(tokens) -> set[str]:
    return {word for word, tag, _ in tokens if tag in ACTOR_TAGS and len(word) >= 2}


def word_read_as_name(word: str, tag: str) -> bool:
    """青少年/nr (代表), 特聘/nr (专家): a common word jieba's dictionary lists as a person's name. A Chinese name opens
    with a surname and a foreign one is spelled in transliteration characters; a dictionary word that does neither
    is no one a pronoun (她告诉本刊) can stand for (sweep16: 她 → 青少年, 他 → 特聘). A name jieba found only in the
    article (盖钧镒, whose surname the list lacks) is not in its dictionary and stays a name."""
    word = to_simplified(word)
    return (tag == "nr" and segment.pos_tokenizer().word_tag_tab.get(word) == "nr" and all(is_cjk(ch) for ch in word)
            and not persons.transliterated(word) and not persons.opens_with_surname(word))


@dataclass(frozen=True)
class SentenceShape:
    """What a sentence is, beyond its cues: the parts of the check-worthiness score that are not types."""
    question: bool = False
    quoting: bool = False  # quotation marks: a question in them may be someone's words reported
    heading: bool = False  # no end mark: a subheading or a slogan line
    ends_in_figure: bool = False  # its last words are a figure other than a date: 标准配置降低20％, 工程总金额逾3.3亿元
    lead_in: bool = False  # ends in ： or ——: it introduces what follows
    event: bool = False  # something happened: 了/过 after a verb, 已/曾/正式 … before one, or 未 + verb
    speech_tag: bool = False  # "赵苏说。": only a speaker and a verb, the words are elsewhere
    specific_actor: bool = False  # a person or an organisation by name (not only places: 中国, 法国)
    person_pronoun: bool = False  # 他们都逃向了美国: the subject is someone named before (he, she, they)
    reporter_finding: bool = False  # 记者了解到, 记者调查发现: what the outlet found out itself
    date_word: bool = False  # 当日, 同日, 次日: a day named without a numeral
    present_state: bool = False  # 目前…, 如今，…: it opens by dating what it states to now
    cross_reference: bool = False  # （参见南方周末2013年9月20日报道《…》）, 请看…, 本文…: about a text, not the news
    exclamation: bool = False  # ends in ！ (inside quotes or not): a feeling voiced, rhetoric
    plain_voice: bool = False  # the writer's own statement: no quotation, no 我 or 你, no word of may/must/will, no 很/非常
    pronoun_subject: bool = False  # 他做过…, 再之前，他做过…: 他/她/他们 opens the sentence or its first clause
    anchors: tuple[str, ...] = ()  # which of who (a person, an organisation), when (a time word), where (a place) it names
    names_a_line: bool = False  # 搭乘休闲公车128及小8: a bus line named, as checkable as a dated event
    definition: bool = False  # 新华侨是指1978年以后来到日本的华侨。: a term defined, nothing more said
    verse: bool = False  # 桥山巍巍，古柏苍苍，人文初祖，勋耀洪荒。: only four-character clauses, a eulogy's or a saying's metre
    likened: bool = False  # 如果说蜜雪冰城是…的王者，古茗则是…的王者。, 就像一条鲶鱼: one thing likened to another, rhetoric
    view_opening: bool = False  # 目前看来，…成效显著。: it opens as the writer's view of how things stand
    record: bool = False  # 首次出现负增长, 创历史新高: a superlative that names a first or a record (``record``)
    unnamed_view: bool = False  # 业内人士认为…, 也有观点认为…: an unnamed commentator's view (``commentator``, ``view_verb``)
    rule: bool = False  # 同时规定，…; 诫勉纠错对象…不得评优评先。: it states what a rule lays down (``_states_a_rule``)
    preamble: bool = False  # 全市上下坚持以…为指导，深入学习贯彻…精神: strung policy formulas (``_policy_preamble``)


# A definition, "no" in every guide (truisms and definitions): a short term, then 是指/指的是, and nothing else said after
# it (入场费是指… claims, 过错主义指的是… fresh5, “跑道外接地”是指… fresh3, all gold no; 老华侨是指1978年… fresh19 611 no).
# A sentence that goes on to state something (“交个朋友”是指…公司，而该公司的唯一股东…持股100% fresh6, …指的是美国联邦法律，
# …所以这些贪官… fresh3, both yes) is not only a definition.
# 如果说蜜雪冰城是10元以下区间的王者，古茗则是10~20元价格段的王者。(fresh23 740), 如果说过去的 AI 是 Talkers 的时代，那么
# 2026 年则是 Doers 的元年。(fresh19): a frame that likens two things by two clauses of 是, the writer's figure of speech
# (both gold no); the frame that goes on to tell an act (…，则一举奠定了…的地位, fresh10; 那就是…杀到了3299元, fresh13:
# both yes) has no second 是 clause.
_LIKENED = re.compile(r"^\W{0,2}如果说[^，。；]{1,40}?是[^，。；]{1,40}[，,]\s*(?:那么|那)?[^，。；]{0,20}?(?:则|就|便|也)?是[^，。；]+[。！]?$")
# Openwork 就像一条鲶鱼，搅动了原本沉闷的定价体系。(fresh31 924), 它就像一个封存了文明信息的时间胶囊 (fresh11), 宛如一场
# 宇宙大爆炸 (fresh10): a thing likened to "a" something is the writer's metaphor; the seen gold's sentences of the
# shape are no, 6 of 6 in 5 repositories (a bare 就像/仿佛 without 一 + a measure word also opens a real example: 就像街电
# 推出的…活动, test; 就像貓一樣習慣…, fresh14: yes).
_SIMILE = re.compile(r"(?:就像|好像|犹如|宛如|仿佛|如同|好比)是?一[个条只位头场把块座道种股颗]")
_DEFINITION = re.compile(r"^(?:(?:其中|资料显示|这里的)，?)?[“「\"]?[^，。；、：“”「」\"\s]{1,8}[”」\"]?(?:则|就|主要|其实)?(?:是指|指的是|系指)")
_GOES_ON = re.compile(r"[，,；;](?:而|所以|因此|但|并且?|同时|其中|该)")


# Clauses of exactly four Han characters and nothing else (吾祖赫赫，伟业煌煌，肇始文明，光被遐荒。 春风拂绿，万象更新。
# 种种难处，不一而足。 世界很小，名声很长。): the metre of a eulogy, a couplet or a set saying, rhetoric, not a fact told.
# Among the tune splits' sentences of this shape, gold no 15 of 15 (6 repositories; the five flagged ones were
# fresh2 83's 祭文).
_VERSE = re.compile(r"[\u4e00-\u9fff]{4}(?:[，；][\u4e00-\u9fff]{4})+[。！；]?")


def _defines_a_term(text: str) -> bool:
    stripped = text.strip()
    return _DEFINITION.match(stripped) is not None and _GOES_ON.search(stripped) is None


# 他, 她, 他们 within the first words of a sentence: its subject, a person the article named before.
PERSONAL_PRONOUNS = {"他", "她", "他们", "她们"}
PRONOUN_SUBJECT_REACH = 4
# The label of the claim_cues.tsv rows for X拒绝置评 / X没有发表评论 (the speaker is named, nothing was said).
DECLINED_LABEL = "declined to comment"
# After a speech verb, a topic this short that ends in a view word (担忧, 原因) is no content of its own.
SPEECH_TOPIC_MAX_CHARS = 16
# 将/把 + object + verb (已将王某刑事拘留, 已把车辆移走): after a past adverb the act is done.
_DISPOSAL = {"将", "把"}
_PAST_ADVERBS = {"已", "已经", "曾", "曾经", "均已", "先后", "相继", "正式", "首次", "业已", "早已", "未", "并未", "尚未", "没有",
                 "随即", "随后", "当即", "旋即", "也已", "都已", "亦已"}  # jieba keeps 也已 as one word
# 随即陷入 is done, 随后将召开 is not: after these a word of what will be done (NOT_YET) makes no event.
_THEN_ADVERBS = {"随即", "随后", "当即", "旋即"}
# How many words before an act verb a word of NOT_YET is looked for, within its clause.
NOT_YET_REACH = 4
# 她将与中国人民银行行长潘功胜举行双边会晤, 參與者若將現場列印照片上傳至社群平台: a word of the future or of a condition
# reaches past a preposition and its object to the act, this many words back within the clause.
FUTURE_REACH = 8
_FUTURE = {"将", "将要", "将会", "拟", "计划", "准备", "打算", "若", "如果", "假如", "倘若", "本可", "本应", "本该"}


def _gesture(tokens, k: int) -> bool:
    """马云挑了挑眉毛, 笑了笑: a verb said twice around 了 is a gesture, not an act to check."""
    return k + 1 < len(tokens) and tokens[k + 1][0] == tokens[k - 1][0]


def _verb_tagged_noun(tokens, k: int) -> bool:
    """主动联系了被告: jieba tags 联系 a noun, yet a two-character word, 了 and an object after it make it the verb
    (a noun before a clause-final 了, 春天了。, is no act)."""
    before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
    return (before[1] in ("n", "vn") and len(before[0]) == 2 and after is not None
            and after[1].startswith(("n", "r", "m")) and not re.fullmatch(CLAUSE_BREAK, after[0]))


def _act_done(tokens, k: int) -> bool:
    """法院判处, 由美国司法部出面进行没收, COSTA撤出国内多个城市: an act verb (``event_predicates.tsv``) with no word of
    what may, must or will be done in the few words before it in its clause; next to 的 it is a noun
    (全球的并购, 并购的资金), and so it is ending its clause after a noun (源于…全球并购。; 进行没收。 is an act, and so is
    在开幕式上致辞。 after a locative); before a time word it names a period (成立初期)."""
    following, following_tag = tokens[k + 1][:2] if k + 1 < len(tokens) else ("。", "x")
    if (k and tokens[k - 1][0] == "的") or following == "的":
        return False
    if following_tag == "t":  # 成立初期, 开庭之初: a period named after the act, not the act
        return False
    # 召开“黑莓世界大会”, 宣布「免费、开源、本地运行」: an opening quote mark after the act starts its object, not a new clause
    if (re.fullmatch(CLAUSE_BREAK, following) and following[0] not in OPEN_QUOTES
            and not (k and tokens[k - 1][1].startswith(("v", "p", "f")))):
        return False
    if tokens[k][0] == "邀请" and following in _THE_PUBLIC:  # 诚挚邀请大家前来逛花灯: a call to readers, no act
        return False
    if following in ("在", "于") and _modifies_a_noun(tokens[k + 1:]):  # 发表在《疼痛》杂志上的试验结果: which results
        return False
    for word, _, _ in tokens[k + 1:]:  # 特朗普出席活动时感谢农民: the act only dates the clause's main verb
        if re.fullmatch(CLAUSE_BREAK, word):
            break
        if word in _WHILE_WORDS:
            return False
    for back, (word, _, _) in enumerate(reversed(tokens[max(0, k - FUTURE_REACH):k])):
        if re.fullmatch(CLAUSE_BREAK, word):
            return True
        if _not_yet_word(tokens, k - 1 - back) and (back < NOT_YET_REACH or word in _FUTURE):
            return False
    return True


def _not_yet_word(tokens, k: int) -> bool:
    """A word of what may, must or will be done (NOT_YET) at ``k``; not 将 marking an object (_marks_object), nor 会
    right after 到 (柏苏宁到会讲话, 沈健到会祝贺, fresh28 861: came to the meeting, jieba cuts 到/会)."""
    word = tokens[k][0]
    return (word in NOT_YET and not _marks_object(tokens, k)
            and not (word == "会" and k and tokens[k - 1][0] == "到"))


def _modifies_a_noun(following) -> bool:
    """The words after an act verb and its 在/于 reach a locative and 的 (…上的, …中的) before any other verb or the
    clause's end: the act and where it happened describe a noun (最近发表在《疼痛》杂志上的试验结果, fresh2: gold no), the
    sentence tells no act. A 的 after a date is not this (发表于2007年的《欧洲脊柱杂志》上: the act, fresh2 gold yes)."""
    for j, (word, tag, _) in enumerate(following[1:], start=1):
        if re.fullmatch(CLAUSE_BREAK, word) or tag.startswith("v"):
            return False
        if word == "的":
            return following[j - 1][1] == "f"
    return False


def _marks_object(tokens, k: int) -> bool:
    """也都将三文鱼暂时下架, 苏某某将方法告知苏某甲: 将 before a noun is 把, it marks the object of an act done, not the
    future (将于, 将会, 将推出 are the future: ``jiang_marks_object``, and so is 将 before a time word: 将先后在…举行)."""
    after = clause_tokens_after(tokens, k)
    return tokens[k][0] == "将" and bool(after) and after[0][1] != "t" and jiang_marks_object(tokens, k)


# 出席活动时, 访华之际, 会谈期间: the act verb is inside a time clause, it dates what the sentence tells.
_WHILE_WORDS = {"时", "之时", "之际", "期间"}
# 邀请大家, 邀请民众: an invitation to the public at large is an exhortation, not a meeting arranged (fresh12 410, 411).
_THE_PUBLIC = {"大家", "民众", "市民", "公众", "您", "你", "你们", "读者", "广大", "各位", "网友", "游客", "朋友们"}
# 被 + the doer (警方, 国际评级机构) + the verb: how far after 被 its verb is looked for, in words.
PASSIVE_VERB_REACH = 4
# What marks a passive: 被开除, and in news about an adverse act 遭警方拘捕, 遭到处罚.
_PASSIVE_MARKS = {"被", "遭", "遭到"}


def _suffered(following) -> bool:
    """被砸到, 被紧急送医, 被警方刑事拘留: something was done to someone (an event): the first verb after 被
    in its clause; 被认为, 被称为 are views (the say-verbs), and 被…发现“…” / 被看作 how something came to
    be seen, not events."""
    not_events = {e.cue for e in entries("say_verb")} | {"视为", "称为", "誉为", "看作", "当作", "发现"}
    for word, tag, _ in following:
        if re.fullmatch(CLAUSE_BREAK, word):
            return False
        if tag.startswith("v") and (tag != "vn" or word in act_verbs()) or word in act_verbs():
            return word not in not_events  # 被法院审判 (tagged vn), 被任命为 (tagged n): an act verb whatever its tag
    return False


# 随后记者按此号码拨过去, 检查组随后逐一单独询问, 随后，中兴大幅让步: after an adverb of what came next the act may come after
# its subject, a preposition and its object or a comma, this many words on at most.
THEN_VERB_REACH = 8


def _act_follows(following) -> bool:
    """The words after 随后/随即/当即/旋即 go on, within the sentence, to a verb with no word of what may, must or will be
    done before it (随后将召开 is a plan): the act that followed the one told before."""
    for word, tag, _ in following:
        if word in NOT_YET or word in END_MARKS:
            return False
        if tag.startswith("v"):
            return True
    return False


# A past adverb's verb may come after a prepositional phrase (没有给他提供, 曾向法院起诉, 已在上海开业),
# this many words on at most.
PREPOSITION_REACH = 5


def _verb_follows(following) -> bool:
    """已开业, 已将王某刑事拘留, 没有给他提供: the words after a past adverb go on with a verb, right away or
    after a preposition (or 将/把) and its object, within the clause."""
    if not following:
        return False
    if following[0][1].startswith("v") or following[0][0] in _DISPOSAL:
        return True  # (将/把 always leads to the verb of the act, though jieba may tag it a noun: 刑事拘留)
    if following[0][1] != "p":
        return False
    for word, tag, _ in following[1:]:
        if re.fullmatch(CLAUSE_BREAK, word):
            return False
        if tag.startswith("v"):
            return True
    return False


class CitedActors:
    """The persons and organisations an article cites by name, to look for inside its other sentences.

    An article may cite thousands of different names (a list of 50,000 numbered items, each `第N段说明…`);
    testing every name against every sentence then costs names × sentences. Past a handful of names, a
    sentence's substrings of each name length are looked up in a set instead: linear in the sentence."""

    SCAN_AT_MOST = 32  # up to this many names, `name in text` for each is the cheaper test

    def __init__(self, names=(), people=()):
        self.names = frozenset(names)
        self.lengths = sorted({len(name) for name in self.names})
        # the full names of persons it names (沈嘉謙), cited or not: what a surname alone calls back (沈上前…)
        self.people = persons.full_names(self.names | set(people))

    def called_back(self, tokens) -> list[tuple[int, str]]:
        """(token index, surname) of each surname standing alone in the tokens for a person the article names in full."""
        return persons.surname_references(tokens, self.people) if self.people else []

    def called_back_in(self, text: str) -> bool:
        """Whether the sentence calls back by surname alone a person the article names in full (cut only when one of
        their surnames is in it)."""
        return any(name[0] in text for name in self.people) and bool(self.called_back(tokens_with_offsets(text)))

    def with_surnames_named(self, tokens):
        """The tokens with each surname that calls back a person tagged a name (張/q 感觸地說 → 張/nr), split from the
        adverb jieba glued to it (沈才/nr 發現 → 沈/nr 才/d), so the cues read the person as any name."""
        refs = dict(self.called_back(tokens))
        out = []
        for k, (word, tag, start) in enumerate(tokens):
            if k not in refs:
                out.append((word, tag, start))
                continue
            out.append((word[0], "nr", start))
            if len(word) > 1:
                out.append((word[1:], segment.known_tag(to_simplified(word[1:])) or tag, start + 1))
        return out

    def named_in(self, text: str) -> bool:
        if len(self.names) <= self.SCAN_AT_MOST:
            return any(name in text for name in self.names)
        return any(text[i:i + k] in self.names for k in self.lengths for i in range(len(text) - k + 1))


NO_CITED_ACTORS = CitedActors()


def sentence_shape(text: str, tokens, cues, known_actors: CitedActors = NO_CITED_ACTORS) -> SentenceShape:
    stripped = text.rstrip("”」’\"' ）)")
    acts = act_verbs()
    reading = cue_words("reading_verb")  # 体现了, 掩盖了: the writer's reading of what something means, no act
    event = any(
        (word in ("了", "过") and k and (tokens[k - 1][1].startswith("v") or _verb_tagged_noun(tokens, k))
         and not _gesture(tokens, k) and tokens[k - 1][0] not in reading)
        or (word in _PAST_ADVERBS and _verb_follows(tokens[k + 1:k + 1 + PREPOSITION_REACH])
            and not (word in _THEN_ADVERBS and k + 1 < len(tokens) and tokens[k + 1][0] in NOT_YET))
        or (word in _THEN_ADVERBS and _act_follows(tokens[k + 1:k + 1 + THEN_VERB_REACH]))
        or (word in _PASSIVE_MARKS and _suffered(tokens[k + 1:k + 1 + PASSIVE_VERB_REACH]))
        or (word in acts and (tag.startswith("v") or word in acts_not_tagged_verbs()) and _act_done(tokens, k))
        for k, (word, tag, _) in enumerate(tokens))
    # 甲骨文发言人也没有发表评论: who declined is the source, but declining tells no event to check
    event = event and not any(c.label == DECLINED_LABEL for c in cues)
    said = [c for c in cues if c.type == "attributed"]
    # 沈上前壓著被告 (fresh39 1081): a person named before called back by surname, as 他 calls them back
    called_back_at = {k for k, _ in known_actors.called_back(tokens)}
    said_after = text[max(c.end for c in said):].strip("。，,：:”」’\"' ") if said else ""
    # 赵苏说。; 丁先生向记者表达了自己的担忧。, 刘兴亮从资本的角度分析涨价的原因。: who spoke and about what,
    # the words themselves are in the sentences around it
    speech_tag = bool(said) and (not said_after or (len(said_after) <= SPEECH_TOPIC_MAX_CHARS
                                                    and "，" not in said_after and said_after.endswith(cue_words("said_view")))
                                 or _LISTENER_ONLY.fullmatch(said_after) is not None)  # …蔡旌明告诉第一财经记者。
    # 彭蕾如此解释…的要求。: 如此/这样 points back at the words quoted before, the sentence only tags them
    speech_tag = speech_tag or (bool(said) and "，" not in said_after
                                and re.search(r"(?:如此|这样|这么)\S{0,2}$", text[:min(c.start for c in said)]) is not None)
    # 王亮告诉经济观察报。: told to an outlet by name, as 告诉第一财经记者。 is to its reporter
    speech_tag = speech_tag or (bool(said) and text[:max(c.end for c in said)].endswith("告诉")
                                and _OUTLET_LISTENER.fullmatch(said_after) is not None)
    speech_tag = speech_tag or _ends_in_tag_verb(text, tokens)
    return SentenceShape(
        question=stripped.endswith(("？", "?")), quoting=has_quote_mark(text),
        exclamation=stripped.endswith(("！", "!")),
        heading=not stripped.endswith(END_MARKS) and not text.rstrip().endswith(("：", ":", "——")),
        lead_in=text.rstrip().endswith(("：", ":", "——")),
        cross_reference=re.match(rf"[（(](?:{'|'.join(cue_words('cross_reference'))})", text.lstrip()) is not None
        or text.lstrip().startswith(cue_words("this_text")) or any(w in text for w in cue_words("pointer")),
        event=event, speech_tag=speech_tag, definition=_defines_a_term(text), verse=_VERSE.fullmatch(text.strip()) is not None,
        likened=_LIKENED.match(text.strip()) is not None or _SIMILE.search(text) is not None,
        specific_actor=any(tag in SPECIFIC_ACTOR_TAGS and len(word) >= 2 for word, tag, _ in tokens)
        or referred_actor().search(text) is not None or known_actors.named_in(text)
        or any(a in text for a in cue_words("official_actor")),
        person_pronoun=any(word in PERSONAL_PRONOUNS for word, _, _ in tokens[:PRONOUN_SUBJECT_REACH])
        or any(k < PRONOUN_SUBJECT_REACH for k in called_back_at),
        reporter_finding=any(re.search(e.cue, text) for e in entries("reporter_finding")) or _actor_found(text, tokens),
        date_word=any(w in text for w in cue_words("date_word")),
        anchors=_anchors(tokens),
        pronoun_subject=any((word in PERSONAL_PRONOUNS or k in called_back_at) and (k == 0 or tokens[k - 1][0] in ("，", ","))
                            for k, (word, _, _) in enumerate(tokens[:PRONOUN_SUBJECT_REACH])),
        plain_voice=not has_quote_mark(text) and re.search(r"(?<!自)[我你]", text) is None
        and not any(_not_yet_word(tokens, k) or _graded(word, tag) for k, (word, tag, _) in enumerate(tokens)),
        present_state=_present_opening().match(text) is not None and not text.lstrip(_OPENING_MARKS).startswith(cue_words("present_view")),
        view_opening=_view_opening().match(text.lstrip(_OPENING_MARKS)) is not None,
        rule=_states_a_rule(text), preamble=_policy_preamble(text))


# How many of the set formulas (policy_formulas.txt) make a sentence a preamble: one opens many a report of results.
PREAMBLE_FORMULAS = 2


@lexicon.cached
def _policy_formulas() -> tuple[str, ...]:
    return tuple(lexicon.read_lines("policy_formulas.txt"))


def _policy_preamble(text: str) -> bool:
    """2025年，全市上下坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大…精神 (fresh35 1004, 1005; 1000's
    坚持稳中求进工作总基调，积极贯彻新发展理念): a sentence that strings PREAMBLE_FORMULAS or more of the government's set
    formulas is the guidance a bulletin or a work report opens with, not a fact told."""
    return sum(formula in text for formula in _policy_formulas()) >= PREAMBLE_FORMULAS


@lexicon.cached
def _finding_verb() -> re.Pattern:
    """发现, 注意到, 观察到 (``finding_verb``) right before the comma or colon that opens what was found."""
    return re.compile(f"(?:{'|'.join(map(re.escape, cue_words('finding_verb')))})(?=[，,：:])")


def _actor_found(text: str, tokens) -> bool:
    """熊丙奇观察到，…; 红星新闻注意到：…; 研究人员发现，…: the clause before a finding verb names a person or an
    organisation, so the sentence reports what that actor found, as 记者发现 reports the outlet's own finding (gold yes in
    fresh5 162, fresh6 269 and 276, fresh8 324, fresh12 400 and 421, fresh14 465). Not a study or a report as the
    finder (近来研究发现, fresh2 92: gold no) nor a vague group (消费者们发现, fresh 61: gold no)."""
    for m in _finding_verb().finditer(text):
        k = next((i for i, (word, _, start) in enumerate(tokens) if start <= m.start() < start + len(word)), None)
        clause = clause_tokens_before(tokens, k) if k else []
        phrase = "".join(w for w, _, _ in clause)
        if clause and names_someone(clause) and not phrase.endswith(cue_words("document_head")):
            return True
    return False


_OPENING_MARKS = " \t“「『\"'（("

# jieba tags of who (a person, an organisation), when (a time word: 今天下午, 当年) and where (a place).
_ANCHOR_TAGS = {"who": {"nr", "nrfg", "nrt", "nt"}, "when": {"t"}, "where": {"ns"}}
# A plain statement naming this many of them narrates a fact (see NARRATED).
NARRATION_ANCHORS = 2


def _anchors(tokens) -> tuple[str, ...]:
    """Which of who, when and where a sentence names: the anchors a checker would verify a narrated fact by."""
    tags = {tag for _, tag, _ in tokens}
    return tuple(name for name, kind in _ANCHOR_TAGS.items() if tags & kind)


def _graded(word: str, tag: str) -> bool:
    """很, or an adjective or set phrase jieba keeps whole with its degree adverb (很感兴趣, 非常重要); not 最近, 太空.
    The degree adverbs are the sentiment stage's (data/lexicon/sentiment_degree.tsv): one grades a quality, a
    characterisation (他对这件事很感兴趣), not a fact told."""
    degrees = polarity.degrees()
    return word in degrees or tag in ("a", "ad", "l", "i") and any(word.startswith(d) for d in degrees)


@lexicon.cached
def _present_opening() -> re.Pattern:
    return re.compile(rf"^[{_OPENING_MARKS}]*(?:{'|'.join(map(re.escape, cue_words('present_word')))})")


@lexicon.cached
def _view_opening() -> re.Pattern:
    """目前看来，, 看来，: a ``present_view`` frame and its comma opening a sentence."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, cue_words('present_view')))})[，,]")


@lexicon.cached
def _rule_frame() -> re.Pattern:
    """同时规定，…, 根据“国四条”规定，…, 我国《民事诉讼法》第55条规定：…: a ``provision_verb`` closes the sentence's first
    clause, what follows is the rule's content."""
    verbs = "|".join(map(re.escape, cue_words("provision_verb")))
    return re.compile(rf"^[^，,。；;：:！？]{{0,30}}?(?:{verbs})[，,：:]")


# 请转载时不得修改原文内容 (tune 32, gold no): a rule the writer lays down for a reader is a request, no rule to check.
_ADDRESSED = re.compile(r"请|你|(?<!自)我(?![国省市县区])")


def _states_a_rule(text: str) -> bool:
    """The sentence states what a rule lays down: it opens with a rule frame (``_rule_frame``: 同时规定，住宿用房以标准间
    为主，不得安排高档套房。 fresh24 785, 根据“国四条”规定，由核安全局来牵头… fresh12 422) or tells what may not be done
    (``prohibition``: 诫勉纠错对象在整改期限内不得评优评先 fresh19 630, …不得损害个人合法数据权益 fresh22 703), not to a
    reader. A provision is checkable against its text: the seen gold's 27 sentences of the shape (21 articles in 15
    splits, tune … fresh31) are all yes, 5 of them left under the threshold before. The words that only contain 不得
    (不得不, 哭笑不得, 怪不得: ``not_prohibition``) are no prohibition."""
    bare = text.lstrip(_OPENING_MARKS)
    if _rule_frame().match(bare):
        return True
    for word in cue_words("not_prohibition"):
        bare = bare.replace(word, "")
    return any(word in bare for word in cue_words("prohibition")) and _ADDRESSED.search(bare) is None


# 告诉第一财经记者。, 对媒体说。: only whom the words were told to follows the say-verb.
_LISTENER_ONLY = re.compile(r"[^，,。；;：:“”「」]{0,10}(?:记者|媒体|本报|笔者)")
# 告诉经济观察报。: an outlet by the word that ends its name is the listener after 告诉.
_OUTLET_LISTENER = re.compile(r"[^，,。；;：:“”「」]{0,12}(?:报|网|社|台|新闻|周刊|杂志)")
# 10月9日上午，…接受采访时说。: a time before the only comma of a bare speech tag dates the talk, it tells nothing.
_TIME_ONLY = re.compile(r"[\d０-９一二三四五六七八九十〇零年月日号周星期上下中午晚早凌晨当天今昨前时分点许\s]+")


def _ends_in_tag_verb(text: str, tokens) -> bool:
    """…相关人员对界面新闻说。, 10月9日上午，耒阳市教育局局长张小勇接受采访时说。: the sentence ends in a say-verb
    (``tag_verb``) with no quotation and nothing before it but who spoke, to whom and when: a bare speech tag, its words are
    in the sentences around it (这个项目明年完成，他说。 tells something before its comma and is no bare tag)."""
    words = [(w, tag) for w, tag, _ in tokens if not re.fullmatch(r"[\W_]+", w)]
    last = words[-1][0] if words else ""
    last = last[1:] if last[:1] == "时" and last[1:] in cue_words("tag_verb") else last  # 接受采访时说: jieba glues 时说 (a noun)
    if not last or has_quote_mark(text) or last not in cue_words("tag_verb") or not (words[-1][1].startswith("v") or last != words[-1][0]):
        return False
    if len(words) > 1 and words[-2][0] == "的":  # 对血统的强调: a noun
        return False
    clauses = [c for c in re.split(r"[，,]", text.rstrip("。.！!；; ")) if c.strip()]
    return len(clauses) == 1 or (len(clauses) == 2 and _TIME_ONLY.fullmatch(clauses[0].strip()) is not None)
# 这两家上市公司, 上述三位专家: a count after a demonstrative refers back to figures already given (as
# 中法两国 does to the places just named).
_ANAPHORIC_BEFORE = re.compile(r"(?:这|那|此|该|上述|前述|其余)\s*$")
# A heading that states a figure (2024年4月份居民消费价格同比上涨0.3%) may be a claim; one that only
# names one (共享充电宝告别1元时代, 三次危机) is a title. It loses less than a heading without a figure.
HEADING_WITH_FIGURE = 0.15
# An exclamation voices a feeling (想不关注都难啊！, 你們為什麼要這樣追着質問我！): among the flagged sentences of the seen
# splits that end in ！ and score 0.6 or less, 12 were gold no and 2 yes. It loses this much; one that tells a figure and
# an event (我一定能活下去！” after 30天的荒山求生) keeps enough.
EXCLAMATION = 0.15
# 老华侨是指1978年改革开放之前…: a definition stays no even with a date in it (0.35 for the date, 0.85 in all).
DEFINITION = 0.4


# 他做过一家四星级酒店的服务生和经理。, 他的父亲是一名电子工程师。: the writer states, in its own plain voice, a fact
# about a person named before (a pronoun opens the sentence), with no view, wish, plan, hedge or attribution: as
# checkable as an act of that person, and the person is the actor named. Among such sentences the rules left under 0.5 on the seen splits, most are
# gold yes (bench/cv_checkworthy.py found the class; the learned model could not separate the rest of it).
# So is the writer's plain statement anchored in two of who, when and where (接着，李朝晖、胡丕峰送上墨写的对联;
# 歐洲議會議長梅特索拉今天下午發起一場集會): news narrates acts in the bare verb, without 了. Among the seen splits' plain
# statements (no figure, source, view, plan, question or event) those with two anchors are gold yes 98/143, those with
# one 119/291, none 97/378 (data/eval/CHECKWORTHY_CONVENTION.md).
NARRATED = 0.25
_NOT_NARRATION = {"opinion", "hedged", "predictive", "attributed"}


def narration(types: set[str] | tuple[str, ...], shape: SentenceShape) -> str:
    """Why the sentence is the writer's plain narration of a fact (NARRATED), as a cue (narrated:pronoun subject,
    narrated:who+when), or "" when it is not one."""
    if not shape.plain_voice or set(types) & _NOT_NARRATION or (shape.question or shape.heading or shape.lead_in or shape.speech_tag
                                                                or shape.exclamation or shape.cross_reference):
        return ""
    if shape.pronoun_subject:
        return "narrated:pronoun subject"
    return f"narrated:{'+'.join(shape.anchors)}" if len(shape.anchors) >= NARRATION_ANCHORS else ""


# A question in the writer's or an interviewer's own words (no quotation, no dated count in its premise) asks and
# states nothing to check, whatever it names: its score stays under CHECKWORTHY_FROM. A premise that counts and is
# dated (截至2月24日已致2660多人死亡…何时被发现？) tells an event; one that counts undated is the writer's rhetoric
# (每年76億元，台灣花得起嗎？, 幼儿园的1万粒药从哪来的?, 小米Note凭什么卖2000元以上?, 被处以1273万元罚款后，…将何去何从？):
# among the flagged unquoted questions with no cue on the tune splits, counted and undated ones were gold no 11 of 11
# (7 repositories), dated ones yes 2 of 2.
QUESTION_MAX = 0.45


def score_claim(types: set[str], figures: list[Quantity], source: str, actors: int,
                shape: SentenceShape = SentenceShape()) -> float:
    """The check-worthiness score (see the module docstring), clipped to 0..1. A question whose premise
    counts something (截至2月24日已致2660多人死亡…何时被发现？) loses less."""
    score = 0.15
    has_figure = any(q.kind != "date" for q in figures)
    if has_figure:
        score += 0.45
    elif figures or shape.names_a_line:
        score += 0.35  # a dated event, or directions by a bus line
    elif shape.date_word or shape.present_state:
        score += 0.25  # 当日, 同日: dated by the sentence before
    if "attributed" in types:  # 被视为 / 被认为: a view held by no one in particular counts as no one's
        if not vague_source(source):  # (unnamed: 人们): recorded, adds nothing a checker can follow up
            score += (0.35 if has_a_name(source) else 0.1 if not source or ": 被" in source or shape.unnamed_view
                      else 0.25)
    elif shape.reporter_finding or shape.rule:  # what the outlet found out, what a rule lays down: both checkable
        score += 0.35
    if types & {"comparative", "superlative"}:
        # a first or a record (网络出行市场交易规模首次出现负增长) is checked against the past, as a comparison between
        # two actors is against the other
        score += 0.25 if actors >= 2 or shape.record else 0.15
    # An event is checkable when someone specific did it (a person, an organisation) or it is dated.
    specific = shape.specific_actor or shape.person_pronoun or bool(figures) or shape.date_word or shape.present_state
    narrated = bool(narration(types, shape))
    score += (0.05 * ("causal" in types) + 0.1 * (actors >= 1 or shape.specific_actor or narrated)
              + (0.25 if specific else 0.1) * shape.event)
    score += NARRATED * (narrated and not shape.event)  # a narrated act counts once, as the event
    # A forecast, a hedge or an opinion someone named made is checkable: that they said it.
    own_words = not has_a_name(source)
    opinion = 0.1 if has_figure else 0.2  # a figure inside an opinion can still be checked
    score -= (0.1 * ("hedged" in types) + 0.1 * ("predictive" in types) + opinion * ("opinion" in types)) * own_words
    counted = any(q.kind in ("money", "percent", "count", "measure", "multiple") for q in figures)
    score -= (0.2 if counted else 0.3) * shape.question + 0.3 * shape.speech_tag + 0.25 * shape.lead_in
    # 共享充电宝告别1元时代, 三次危机: a title names a figure; 标准配置降低20％ states it, as a sentence would
    score -= (0 if shape.ends_in_figure else HEADING_WITH_FIGURE if has_figure else 0.3) * shape.heading
    score -= 0.3 * shape.cross_reference + EXCLAMATION * shape.exclamation + DEFINITION * shape.definition
    # 他90多岁的时候，…他就会问那个老朋友还在吗？: a sentence that opens on the person named before narrates what they
    # asked, it is no question of the writer's (fresh4 131, gold yes)
    premise = counted and (any(q.kind == "date" for q in figures) or shape.pronoun_subject)
    if shape.question and not premise and not shape.quoting:
        score = min(score, QUESTION_MAX)  # 高渊：钱老对这个问题思考了多久？: the writer or the interviewer asks
    if shape.verse and not has_figure and not source:
        score = min(score, QUESTION_MAX)  # 三秦故地，再谱华章。: rhetoric in metre stays under, as the writer's question
    if shape.preamble and not counted:
        # guidance and resolve, whoever reports it: nothing to check (an anniversary named in it, 自治区成立70周年, is
        # no result; an amount, a rate or a count is)
        score = min(score, QUESTION_MAX)
    if (shape.likened or shape.view_opening and not shape.event) and not source:
        # 如果说A是…，B则是…: the writer's likeness; 目前看来，…成效显著 (fresh23 763; the seen splits' four 看来，
        # openings are gold no): the writer's view, when it tells no event; whatever figures either holds
        score = min(score, QUESTION_MAX)
    if shape.unnamed_view and "opinion" in types and not has_figure:
        # 有专家分析说，…表明…; 分析人士指出，…無疑是個好消息 (fresh7 335, fresh31 942: gold no): an unnamed commentator's
        # opinion, no count in it, is no one's checkable statement (convention 3), whatever date or actor it names
        score = min(score, QUESTION_MAX)
    return round(min(1.0, max(0.0, score)), 3)


def tag_sentence(text: str, figures: list[Quantity] | None = None,
                 known_actors: CitedActors = NO_CITED_ACTORS) -> ClaimTag:
    """Claim types, cues, source and check-worthiness of one sentence (analysed in simplified script).
    ``known_actors``: names the article cites as sources elsewhere (龙湖), specific actors when named here."""
    figures = figures if figures is not None else find_quantities(text)
    tokens = known_actors.with_surnames_named(tokens_with_offsets(text))
    cues = find_cues(text, figures, tokens, known_actors)
    types = {c.type for c in cues}
    quoted = _quoted_spans(text)
    # 被介绍 inside “…”: the quoted speaker's words cite it, the sentence's source is the speaker
    sources = [c.source for c in cues if c.type == "attributed" and c.source
               and not any(a <= c.start < b for a, b in quoted)]
    opening = min((c for c in cues if c.type == "attributed" and c.source), key=lambda c: c.start, default=None)
    if (opening is not None and opening.source.startswith(UNNAMED[:-1]) and unnamed_someone(opening.source)
            and (_REPORTED_FRAME.match(text) and opening.start < text.find("，")
                 or text[opening.end:opening.end + 1] in _FRAME_CLOSES and not text[:opening.start].count("，")
                 and not unnamed_who(opening.source).endswith(cue_words("unnamed_material")))):
        # 据知情人士称，俄罗斯监管部门希望…; 有业内人士调侃说，当下影视圈谈项目不再说…: all of it is the unnamed
        # source's report, a say-verb inside it included
        sources = [opening.source]
    elif (opening is not None and opening.label == DOCUMENT_RULES and not text[:opening.start].strip()
          and is_named(opening.source)):
        sources = [opening.source]  # 办法规定，今后省司法厅纪检监察部门对于…群众反映强烈…: the rule's content (fresh19 630)
    elif any(is_named(s) for s in sources):  # 据了解，王凯表示…: the named speaker is the source
        sources = [s for s in sources if is_named(s) or ";" in s]
        if any(names_an_actor(s) for s in sources):  # 李刘阳…表示，按照一季度货币执行报告: the person
            sources = [s for s in sources if names_an_actor(s) or ";" in s]
        # 报道称，美国政府威胁采取…行动 (fresh28 866): no one relayed gives words, it is what the report tells
        reported = (report := REPORT_SAYS.match(text)) is not None and opening.start < report.end()
        sources = _past_the_relay(text, cues, quoted) or ([opening.source] if reported else sources)
    elif sources:
        sources = [max(sources, key=len)]  # 有数据显示: one unnamed source, the longest reading
    source = "; ".join(dict.fromkeys(sources)) or _combined_reports(text)
    shape = sentence_shape(text, tokens, cues, known_actors)
    new_figures = [q for q in figures if not _ANAPHORIC_BEFORE.search(text[:q.start])
                   and not TWO_PLACES.fullmatch(text[q.start:q.end])  # 中法两国: the places just named
                   and not counts_the_quote(text, q)]  # “烈士”二字: the characters just quoted
    last = len(text.rstrip(" ，,、"))
    shape = replace(shape, ends_in_figure=any(q.kind != "date" and q.end >= last for q in new_figures),
                    names_a_line=names_a_line(text),
                    record=any(c.type == "superlative" and c.label in cue_words("record") for c in cues),
                    unnamed_view=_unnamed_view(text, source, cues))
    score = score_claim(types, new_figures, source, len(_named_actors(tokens)), shape)
    ordered = tuple(t for t in CLAIM_TYPES if t in types)
    actors = _antecedent_actors(text, tokens)
    narrative = shape.event or shape.date_word or any(q.kind == "date" for q in figures)
    return ClaimTag(ordered, tuple(cues), source, score, score >= CHECKWORTHY_FROM, actors, narrative, shape)


# 综合印度媒体新德里电视台（NDTV）、Bhaskar English等报道，… (fresh28 864), 综合新华社、中新社报道，…: a digest's lead
# naming the outlets whose reports the sentence (and its paragraph) combines
_COMBINED_REPORTS = re.compile(r"^\W{0,2}综合(?P<outlets>[^，。；：！？“”]{2,60}?)\s*等?\s*(?:媒体)?(?:的)?(?:报道|报导|報導|消息)[，,]")
_GLOSS_IN_BRACKETS = re.compile(r"\s*[（(][^（）()]{1,30}[）)]\s*")
_PRESS_OF = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:媒体|媒體|传媒)(?=.)")  # 印度媒体新德里电视台: whose press it is


def _combined_reports(text: str) -> str:
    """The named outlets a digest's lead combines (新德里电视台; Bhaskar English), else "": not the unnamed press
    (综合外电报道, 综合媒体报道: no outlet named)."""
    frame = _COMBINED_REPORTS.match(text)
    if frame is None:
        return ""
    names = []
    for part in re.split(r"[、，,及和]", _GLOSS_IN_BRACKETS.sub("", frame["outlets"])):
        name = clean_source(_PRESS_OF.sub("", part.strip()))
        if name and is_named(name) and not name.endswith(("外媒", "外电", "媒体")):
            names.append(name)
    return "; ".join(dict.fromkeys(names))


def _unnamed_view(text: str, source: str, cues) -> bool:
    """业内人士分析认为，…; 一些分析人士就此指出，…; 也有观点认为，…: the only source is an unnamed commentator (``commentator``:
    an analyst, an expert, an insider of a trade, a view) and it gives a view (``view_verb``), no one's checkable statement
    (convention 3). An insider who reveals (透露) or an official who says (称) something tells a fact."""
    who = unnamed_who(source) if ";" not in source else None
    return bool(who) and any(w in who for w in cue_words("commentator")) and any(
        c.type == "attributed" and c.source == source and text[c.start:c.end].endswith(cue_words("view_verb")) for c in cues)


# 据中新社报道，… / 据香港电台网站报道，… / 据日本共同社报道，…: the opening clause names the report that relays the sentence.
RELAY_FRAME = re.compile(r"^\W{0,2}(?:据|根据)[^，。；：！？“”]{2,25}?(?:报道|报导|消息|电)[，,]")
# 报道称，… / 报道指出，… / 報導也指出，…: the report cited before relays the sentence (fresh28 866, fresh20 662, fresh19 613).
REPORT_SAYS = re.compile(r"^\W{0,2}(?:该|該)?(?:报道|报导|報導)(?:也|还|還|亦|更)?(?:称|稱|说|說|指出|指|提到|写道|寫道)[，,：:]")


def _past_the_relay(text: str, cues, quoted) -> list[str]:
    """据中新社报道，…研究总监严跃进分析认为，… (fresh26 820), 据香港电台网站报道，…社长彭志铭表示，… (fresh26 823), 据中国央视报道，
    习近平在会晤中表示 (fresh12 420), and 报道称，… after them: an outlet's report relays the words of the person or body
    named speaking after it, and that speaker is the source (the gold of every such seen sentence gives the speaker
    first); [] when the sentence
    opens with no relay or no one named speaks after it (据美国广播公司报道，健康专家们发出警告称: the outlet's report)."""
    frame = RELAY_FRAME.match(text) or REPORT_SAYS.match(text)
    if frame is None:
        return []
    return list(dict.fromkeys(c.source for c in cues if c.type == "attributed" and c.start >= frame.end() and c.source
                              and is_named(c.source) and names_an_actor(c.source) and _gives_words(text, c)
                              and not any(a <= c.start < b for a, b in quoted)))


def _gives_words(text: str, cue) -> bool:
    """彭志铭表示，… / 林佳龙…谈到文化时，称台湾…: a say-verb whose words follow (a clause mark after it, or 称/说/道, which
    take their words directly); not an act the relayed report tells (榆林市卫计局等单位公布《…调查结果》, fresh5 179: the
    outlet's report) nor another frame (各方根据会谈结果签署了相关文件，, fresh13 446)."""
    said = text[cue.start:cue.end]
    return (not said.startswith(("据", "根据", "按照", "依据"))
            and (said[-1:] in "，,：:" or text[cue.end:cue.end + 1] in "，,：:" or said.endswith(tuple(ONE_CHARACTER_SAYING))))


def vague_source(source: str) -> bool:
    """(unnamed: 人们): a vague group said it, a view held by no one in particular; so is (unnamed: 熟悉他的人),
    people told only by a relative clause that opens with a verb (fresh16 522), as loose as 有人."""
    who = unnamed_who(source)
    if who is None:
        return False
    return who in vague_groups() or who.endswith("的人") and segment.cut_pos(who)[0][1].startswith("v")


def unnamed_someone(source: str) -> bool:
    """(unnamed: 知情人士), (unnamed: 国外媒体), (unnamed: 一位韩国外交官): a person or body not named (a word of
    ``unnamed_head``/``unnamed_person``, or anyone counted as 一位/多名), not a bare 据了解."""
    return (source.rstrip(")").endswith(unnamed_words() + ("媒体",))
            or INDEFINITE_OPENING.match(unnamed_who(source) or "") is not None)


# 据…称，… / 根据…透露，…: the sentence's first clause says whose report the rest of it is.
_REPORTED_FRAME = re.compile(r"^\W{0,2}(?:据|根据)")
# The mark after a say-verb that closes the sentence's first clause and opens the words (有专家分析说，…).
_FRAME_CLOSES = ("，", "：", ",", ":")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED.finditer(text)]


# Tags inside an organisation's name; jieba tags some unknown name parts as adverbs (微远/d 基因).
_NOMINAL_TAGS = ("n", "j", "eng", "d")
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "eng")


def _organisations(tokens) -> list[tuple[int, str]]:
    """广州微远基因科技有限公司, 上海公卫中心: a run of nouns ending in an organisation suffix that starts
    with a proper noun (a place, a name); 市面所有基金 is no organisation."""
    found, suffixes = [], cue_words("organisation_suffix")  # asked once, not for every token
    for k, (word, _, _) in enumerate(tokens):
        if not word.endswith(suffixes):
            continue
        j = k
        while j > 0 and tokens[j - 1][1].startswith(_NOMINAL_TAGS):
            j -= 1
        first = next((i for i in range(j, k + 1) if tokens[i][1].startswith(_PROPER_TAGS)), None)
        if first is not None and first < k:
            found.append((tokens[first][2], "".join(w for w, _, _ in tokens[first:k + 1])))
    return found


def _titled_names(tokens) -> list[tuple[int, str]]:
    """钟南山院士, 沈阳教授: jieba reads the name as a place (ns) or another proper noun, but a title right after it
    (``title_after_name``, ``person_suffix`` in claim_cues.tsv) makes it a person a later 他 stands for."""
    titles = set(cue_words("title_after_name") + cue_words("person_suffix"))
    found, surnames = [], lexicon.surnames()  # asked once, not for every token
    for k, ((word, tag, start), (after, _, _)) in enumerate(zip(tokens, tokens[1:])):
        if k and tokens[k - 1][0] in surnames and tokens[k - 1][1].startswith("nr"):
            word, start = tokens[k - 1][0] + word, tokens[k - 1][2]  # 陈/nr 玉川/ns 院长: the surname is the name's
        if (after in titles and tag.startswith(_PROPER_TAGS) and 2 <= len(word) <= LABEL_NAME_MAX_CHARS
                and tag not in ANTECEDENT_TAGS):
            found.append((start, word))
    return found


# A person's name in Latin letters as a clause's subject (…的时候，Randy鼓励…; Randy Schekman是…): jieba tags
# it eng like any acronym (CERN, GPS), so only a capitalised word opening a clause, right before its Chinese verb,
# or one space before it where the text spaces Latin from Chinese (今天，Andrej Karpathy 又发了…, fresh19 602).
_LATIN_SUBJECT = re.compile(r"(?:^|[，,；;：:]\s*)([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?= ?[\u4e00-\u9fff])")
GLOSSED_NAME_TAGS = ("nr", "ns", "nz", "nt", "j")


def _antecedent_actors(text: str, tokens) -> tuple[str, ...]:
    """Who a pronoun in this or the next sentence may stand for, in reading order: persons and
    organisations (jieba tags), organisations by their suffix (广州微远基因科技有限公司) and social-media
    handles in quotes (微信公号“小山狗”); a name inside a longer one (小山 in 小山狗) is dropped."""
    found = persons.person_names(tokens, is_person_title, say_verb_set(), cue_words("organisation_suffix"))
    found += [(start, w) for w, tag, start in tokens if tag not in persons.PERSON_TAGS and tag in ANTECEDENT_TAGS and len(w) >= 2]
    found += _titled_names(tokens)
    found += _organisations(tokens)
    found += [(tokens[k][2], name) for k, _, name in persons.named_organisations(tokens, cue_words("organisation_suffix"))]
    found += [(m.start(), m.group(1) or m.group(2)) for m in QUOTED_HANDLE.finditer(text)]
    found += [(m.start(1), m.group(1)) for m in _LATIN_SUBJECT.finditer(text)]
    found += [(start, word) for word, tag, start in tokens
              if (tag.startswith(GLOSSED_NAME_TAGS) or persons.transliterated(word))
              and 2 <= len(word) <= LABEL_NAME_MAX_CHARS and not is_person_title(word)
              and all(is_cjk(ch) for ch in word) and LATIN_GLOSS.match(text, start + len(word))]
    found += _surnamed_people(tokens)
    names = [w for _, w in sorted(found)]
    return tuple(dict.fromkeys(w for w in names if not any(w != o and w in o for o in names)))


def _surnamed_people(tokens) -> list[tuple[int, str]]:
    """吳姓男子, 林姓市民, 洪姓男子 (jieba: 吴姓/nr 男子/n): a person told by surname and what they are is the person a
    later 他 stands for, as a whole (fresh17 552 吳姓男子, not 吳姓)."""
    surnames = lexicon.surnames()
    return [(start, word + after) for (word, _, start), (after, tag, _) in zip(tokens, tokens[1:])
            if 2 <= len(word) <= 3 and word.endswith("姓") and word[:-1] in surnames
            and tag.startswith("n") and not tag.startswith(("nr", "ns", "nt"))]
# A person's name used as a label is this long at most (李嘉诚：, 欧阳明高：).
LABEL_NAME_MAX_CHARS = 4
QUOTED = re.compile(r"[“「『][^”」』]*(?:[”」』]|$)")


def has_quote_mark(text: str) -> bool:
    return any(c in text for c in OPEN_QUOTES + CLOSE_QUOTES)
