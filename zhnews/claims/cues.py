"""Claim cues in one sentence: the word lists of ``claim_cues.tsv`` found in a sentence's tokens (types:
comparative, superlative, causal, predictive, hedged, opinion; attributed with its source), and the source string
made clean (a list marker, a listener, an occasion, a manner phrase trimmed; unnamed someone recorded as such).

The rules are described in the stage's docstring (:mod:`zhnews.claims`); this module reads one sentence at a time.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .. import lexicon, segment, vocab
from ..prefilter import quick_search
from ..load import outlets
from ..text import to_simplified
from . import persons
from .quantities import Quantity, find_quantities


CLAIM_TYPES = tuple(vocab.CLAIM_TYPES)
# jieba tags that name an actor: people, places, organisations, products, and Latin names (DeepSeek).
ACTOR_TAGS = frozenset(segment.ENTITY_TYPES) | {"eng"}
# jieba tags of a specific actor: a person, an organisation, another proper name, a Latin name.
SPECIFIC_ACTOR_TAGS = frozenset({"nr", "nt", "nz", "eng"})
# A longer "source" is a whole clause; its head noun after the last 的 is kept.
SOURCE_MAX_CHARS = 20


# ---------------------------------------------------------------------------------------------
# Cue lexicon


@dataclass(frozen=True)
class CueEntry:
    type: str
    cue: str
    match: str
    label: str


@dataclass(frozen=True)
class Cue:
    type: str
    label: str
    start: int
    end: int
    source: str = ""


@lexicon.cached
def cue_entries() -> tuple[CueEntry, ...]:
    return tuple(CueEntry(*row) for row in lexicon.read_rows("claim_cues.tsv", ("type", "cue", "match", "label")))


@lexicon.cached
def entries(type_: str, match: str | None = None) -> tuple[CueEntry, ...]:
    return tuple(e for e in cue_entries() if e.type == type_ and (match is None or e.match == match))


@lexicon.cached
def _decree_verbs() -> frozenset[str]:
    """要求, 规定 (``needs_subject_and_clause``): words that lay down a rule when a subject alone stands before them and a
    clause follows (上周的国常会要求，…), a noun elsewhere (按照…的要求)."""
    return frozenset(e.cue for e in entries("say_verb") if e.label == "needs_subject_and_clause")


@lexicon.cached
def _compiled_regexes() -> tuple[tuple[CueEntry, re.Pattern, object], ...]:
    """The regex cues a sentence is searched for (claim types and the reporter's own finding; a
    ``document_title`` is matched against headings only), each with its compiled pattern and the
    :func:`~zhnews.prefilter.quick_search` that rules most sentences out before it runs."""
    return tuple((e, pattern, quick_search(pattern)) for e, pattern in
                 ((e, re.compile(e.cue)) for e in cue_entries()
                  if e.match == "regex" and (e.type in CLAIM_TYPES or e.type == "reporter_finding")))


@lexicon.cached
def _text_cues() -> tuple[tuple[CueEntry, re.Pattern, str], ...]:
    """The cues matched as text, each with its compiled search and the source it names (据悉, 据了解)."""
    return tuple((e, re.compile(re.escape(e.cue)), unnamed_as(e.cue) if e.type == "attributed" else "")
                 for e in cue_entries() if e.match == "text" and e.type in CLAIM_TYPES)


@lexicon.cached
def _word_cues() -> dict[str, list[CueEntry]]:
    table: dict[str, list[CueEntry]] = {}
    for e in cue_entries():
        if e.match == "word" and e.type in CLAIM_TYPES:
            table.setdefault(e.cue, []).append(e)
    return table


# ---------------------------------------------------------------------------------------------
# Finding cues in a sentence


def tokens_with_offsets(text: str) -> list[tuple[str, str, int]]:
    tokens, offset = [], 0
    for word, tag in segment.cut_pos(text):
        tokens.append((word, tag, offset))
        offset += len(word)
    return tokens


def _bound_of_figure(end: int, figures: list[Quantity]) -> bool:
    """超过1万张, 高于5%: a comparative word right before a figure is the figure's qualifier."""
    return any(0 <= q.start - end <= 1 for q in figures)


def find_cues(text: str, figures: list[Quantity] | None = None, tokens=None,
              known_actors: "CitedActors | None" = None) -> list[Cue]:
    """The claim cues in one sentence, in order of position (a type may fire more than once). ``known_actors``: the
    names the article cites as sources elsewhere, a speaker also where jieba cuts them apart (环球/晶公告)."""
    figures = figures if figures is not None else find_quantities(text)
    tokens = tokens if tokens is not None else tokens_with_offsets(text)
    cues = []
    word_cues = _word_cues()
    for k, (word, _, start) in enumerate(tokens):
        for entry in word_cues.get(word, ()):
            if entry.type == "comparative" and _bound_of_figure(start + len(word), figures):
                continue
            if word == "将" and jiang_marks_object(tokens, k):
                continue
            cues.append(Cue(entry.type, entry.label or word, start, start + len(word)))
    for entry, pattern, source in _text_cues():
        if entry.cue not in text:
            continue  # a literal not in the sentence: finditer would find nothing, at more cost
        for m in pattern.finditer(text):
            cues.append(Cue(entry.type, entry.label or entry.cue, m.start(), m.end(), source))
    for entry, pattern, quick in _compiled_regexes():
        if quick is not None and not quick(text):
            continue  # none of the words every match holds (zhnews.prefilter)
        for m in pattern.finditer(text):
            if entry.type == "predictive" and _title_after_a_name(tokens, m.start()):
                continue  # 袁振威少将在会上发言 (fresh28 861): the 将 of 将在 closes 少将, a rank, no future
            cues.append(_regex_cue(entry, m, text, tokens))
    titled = _titled_speaker_cues(text)
    said = [c for c in _say_verb_cues(text, tokens, known_actors) if all(c.end != t.end for t in titled)]  # 吴念(说): the titled name is whole
    cues += said + titled + _speaker_after_opening_quote(text, tokens) + _speaker_label_cue(text, tokens)
    cues = [c for c in cues if c is not None]
    filings = {(c.start, c.end) for c in cues if c.label == COMPANY_FILING}
    cues = [c for c in cues if c.label == COMPANY_FILING or (c.start, c.end) not in filings]  # 2015年年报数据显示: not 数据显示's 年报
    if any(c.type == "attributed" and c.source and c.label != OPENING_SAID for c in cues):
        cues = [c for c in cues if c.label != OPENING_SAID]  # 谷歌声称，, 程丽华举例称，: the verb rules read these whole
    # 勞工處及屋宇署均規定，…，但業界指，… (fresh5 150): a rule laid down before someone's words is what the words are about
    said_after = [c.start for c in cues if c.type == "attributed" and c.source]
    cues = [c for c in cues if not (text[c.start:c.end] in _decree_verbs() and any(at > c.end for at in said_after))]
    return _drop_nested(sorted(set(cues), key=lambda c: (c.start, -c.end, c.type, c.label)))


def _title_after_a_name(tokens, at: int) -> bool:
    """Offset ``at`` is a later character of a word jieba cuts right after a person's name (袁振威少将, 朱文泉上将): a
    rank or title, its last character no word of its own. Not after a noun or a verb (高铁上将不再有…, 竞争中将会…:
    jieba glues 上将, 中将 there too, and 将 is the future)."""
    return any(offset < at < offset + len(word) and k and tokens[k - 1][1] in ("nr", "nrfg")
               for k, (word, _, offset) in enumerate(tokens))


# The label of claim_cues.tsv's 辩方又称， / 法团指， row: a sentence opening with a short subject and 指/称, a
# shorthand of Hong Kong and Taiwan reports whose verb jieba reads as a noun (又称/n, 指/n), or 说 after a name jieba
# cuts apart (梅/特索/拉说) or a surname alone (錢指，). It stands only where no other cue names a source.
OPENING_SAID = "X指，"


# Spaces are typesetting (招商证券 2017 年 3 月的研究报告), not a clause break; an opening bracket that is
# not closed before the verb is (（参见南方周末…报道), a closed pair is part of a name (嘉华(中国)投资有限公司).
CLAUSE_BREAK = r"[，。；：！？,;:!?“”「」]+"
# A verb that takes a result or direction (放大, 列为, 推高至, 转向): in 将 + noun + such a verb, 将 is 把.
_RESULT_ENDINGS = tuple("为成至到给入进出向大小高低")


def jiang_marks_object(tokens, k: int) -> bool:
    """将 used like 把 (将其列为…, 将股价推高至…, 以高频交易将获利空间放大) marks an object, not the future.

    将 is the future when a verb, adjective, adverb or preposition follows (将于, 将会, 将进一步, 将推出,
    将更加); 把 when a noun, pronoun or number does. jieba tags some noun modifiers as verbs (获利空间), so a verb followed
    by a noun and then a verb of result (放大) is read as 把 too.
    """
    clause = clause_tokens_after(tokens, k)
    if not clause:
        return False
    tags = [tag[:1] for _, tag, _ in clause]
    if tags[0] not in "vadpc":  # jieba tags some verbs as adjectives (将落实 → 落实/a)
        return True
    return tags[:3] == ["v", "n", "v"] and clause[2][0].endswith(_RESULT_ENDINGS)


def clause_tokens_after(tokens, k: int):
    clause = []
    for token in tokens[k + 1:]:
        if re.fullmatch(CLAUSE_BREAK, token[0]):
            break
        clause.append(token)
    return clause


# 某项(研究), 一份(报告), 多篇(论文): a count or an indefinite word before the material, no author (the material is the source).
_MATERIAL_COUNTED = re.compile(r"^(?:某|一|多|几|数|不少|许多|大量)[项份篇个些种批]?$")


# The label of claim_cues.tsv's rows for a company's filing that shows or discloses (交行年报显示, 招股书显示) or that a
# sentence opens citing (据2014年年报数据，): the company named before the filing is the source, else the filing as written
# (the match before the row's group ``shown``, the verb or comma after the filing).
COMPANY_FILING = "年报显示"


def _regex_cue(entry: CueEntry, m: re.Match, text: str, tokens) -> Cue | None:
    source = ""
    if "source" in entry.cue and _bare_document_opening(m, text):
        source = m["source"].strip()  # 办法提出，… / 办法同时明确了…: the document the article is about lays it down
    elif "source" in entry.cue:
        source = clean_source(_source_from_its_word_start(m, text, tokens))
        if source is None:
            return None
        if not source and (named := appositive_speaker(text[:m.start("source")])):
            source = named  # Or Hiltch，Openwork 的另一位核心开发者，(列出了…数据：): the person the clause before describes
        if not source and entry.label == DATA_LISTED:
            return None
        shown = re.sub(r"(?:结果)?[也还均都]?(?:显示|表明)$", "", m.group())
        if (not source or _MATERIAL_COUNTED.match(unnamed_who(source) or "")) and shown != m.group() and _unnamed(shown):
            # 资料显示, 有关数据显示, 某项研究表明: material no one is named for, called as written
            source = unnamed_as(shown)
        elif entry.label == COMPANY_FILING and (not source or source.startswith(UNNAMED[:-1])
                                                or source in cue_words("organisation_suffix")):  # 公司财报 (fresh8 325)
            # 2015年年报则显示, 相关年报披露 (fresh23 763), 根据公司财报 (fresh8 325): the filing itself, with its year,
            # when no company is named
            source = _without_leading_trim_words(m.group()[:m.start("shown") - m.start()].strip())
    label = entry.label or _ellipsis_label(m, text)
    if label == OPENING_SAID and source and (manner := _saying_manner().search(source)) and manner.start() >= 2:
        source = source[:manner.start()]  # 严跃进分析(说)，… (fresh26 820): how the speaker came to say it, not who
    return Cue(entry.type, label, m.start(), m.end(), source)


def _source_from_its_word_start(m: re.Match, text: str, tokens) -> str:
    """A regex cue's source group, from the start of the name it opens inside: the group's window of characters
    ({0,25}?) can open in the middle of a name when the clause is long (而彭博社三周前援引…调查数据显示 → 博社…,
    fresh30 909); the name is whole or not at all."""
    raw, at = m["source"] or "", m.start("source")
    cut = next((start for word, tag, start in tokens
                if start < at < start + len(word) and tag.startswith(_WHOLE_NAME_TAGS)), at) if raw else at
    return text[cut:at] + raw


def _without_leading_trim_words(source: str) -> str:
    """而2014年年报 → 2014年年报: the linking words (``source_trim``) that open a clause, its dates kept."""
    opening = next((w for w in _trim_words() if source.startswith(w) and len(source) > len(w)), "")
    return _without_leading_trim_words(source[len(opening):]) if opening else source


# The label of the cue for a text of rules that opens its sentence laying something down (草案规定, 办法提出).
DOCUMENT_RULES = "文件规定"
# X列出了一组…数据：, X晒出了一组数据： (fresh31 924): data a named person lists before a colon; with no one named in its
# clause, the list is the writer's own
DATA_LISTED = "X列出…数据："


def _bare_document_opening(m: re.Match, text: str) -> bool:
    """A text of rules named by its kind alone (办法, 条例, 纲要, 该通知) as the subject that opens the sentence and lays
    something down (办法提出, 办法规定, 纲要还提出: fresh19 630 after 《…暂行办法》, tune 21 after 《…规划纲要的通知》):
    it is that document speaking, a named source; after 按照/根据 (按照规定) the same word is a rule followed, no
    one's words (clean_source)."""
    source = (m["source"] or "").strip()
    return (not text[:m.start("source")].strip() and re.fullmatch(r"(?:该|本|此)?[\u4e00-\u9fff]{2,3}", source) is not None
            and is_provision_document(source))


def _ellipsis_label(m: re.Match, text: str) -> str:
    """按照全球主流机构的测评 → 按照…测评: the cue words, not the source between them."""
    if "source" not in m.re.groupindex or not m["source"]:
        return m.group()
    head, tail = text[m.start():m.start("source")], text[m.end("source"):m.end()].lstrip("的")
    tail = re.sub(r"^(?:最新)?(?:披露|发布|公布|统计|测算|估算)?的?", "", tail) or tail
    return f"{head}…{tail}" if head else f"…{tail}"


def _drop_nested(cues: list[Cue]) -> list[Cue]:
    """相比之下 contains 相比, 有希望 contains 希望: a cue inside a longer one is not a cue of its own."""
    kept: list[Cue] = []
    for cue in cues:
        if any(k.start <= cue.start and cue.end <= k.end and k.end - k.start > cue.end - cue.start for k in kept):
            continue
        kept.append(cue)
    return kept


# 的表示, 上述记述, 这一记载: after these a reporting word is a noun; 这表示 is "this means", no one said it.
_NOT_SAYING_AFTER = {"之", "堪", "简", "俗", "号", "又", "可以", "也就是", "换句话", "比如", "的", "上述", "这一", "这些",
                     "该", "此", "这", "温馨", "友情"}  # 温馨提示：(jieba: 温馨/nr) is a label, not 温馨 warning


_CLAUSE_MARKS = {"，", ",", "：", ":"}


def _next_word(tokens, k: int) -> str:
    """The token after the ``k``-th, "" at the end."""
    return tokens[k + 1][0] if k + 1 < len(tokens) else ""


def _words_follow_again(tokens, k: int, speaker: str) -> bool:
    """何炳德又称，…, 他又称「食得鹹魚抵得渴」 (fresh39 1081): what follows 又称 is words when a clause mark follows it, or
    an opening quote after 他/她 (a pronoun is no one "also called" a name, as 该地又称「…」 is)."""
    following = _next_word(tokens, k)
    return following in _CLAUSE_MARKS or following in _OPENING_QUOTE_MARKS and speaker in ONE_PERSON_PRONOUNS


_OPENING_QUOTE_MARKS = {"「", "“", "『"}


def _again_after_a_speaker(tokens, k: int) -> bool:
    """他又解释, 关家明又表示, 何炳德又称，, 當局又表示，: 又 is "again" after a speaker (a common noun such as
    当局 or 警方 when the words follow a comma), not 又称 ("also called") before a name."""
    comma_after = k >= 2 and _words_follow_again(tokens, k, tokens[k - 2][0])
    return (k >= 2 and tokens[k - 1][0] == "又" and (tokens[k][0] != "称" or comma_after)
            and (tokens[k - 2][1] in ACTOR_TAGS or _is_pronoun_source(tokens[k - 2][0])
                 or tokens[k - 2][1] == "n" and comma_after))


# After a reporting verb comes what was said; after these it is an action or a noun (公布了, 披露出来,
# 公布后, 答复函, 解释是): not an attribution.
# 表达了自己的担忧, 海航集团公布了其核心财务数据，其中…, 公布的股权结构细节，也令…: after 了 or 的, a
# reporting verb still attributes when a view follows within a few characters (``said_view``), or data
# (``said_data``) that the sentence goes on to give; 龙湖集团公布了2019年中期业绩报告。 only reports the act.
def _says_what(following: str, rest: str) -> bool:
    if following in ("了", "过") and re.match(r"[了过][，,：:]", rest):
        return True  # 李斌也表示过，…: the words follow the comma
    if following == "了" and re.match(r"[^，,。；;！？“”]*[：:]", rest):
        return True  # 报告也披露了…的受损情况：…: what was disclosed follows the colon
    if following not in ("了", "的"):
        return False
    if any(0 <= rest.find(w) < 14 for w in cue_words("said_view")):
        return True
    data = [rest.find(w) for w in cue_words("said_data") if 0 <= rest.find(w) < 14]
    return bool(data) and re.search(r"[，,：:—]", rest[min(data):]) is not None


# After these prepositions a reporting word is a noun: 我个人对报道原文负责, 从介绍中可以看出.
_NOUN_AFTER = {"对", "从", "在", "把", "关于", "通过", "经过", "针对"}
# …but 自称是, 声称是: what these verbs say often starts with 是.
_CLAIMS_TO_BE = {"自称", "声称", "宣称"}
_NOT_SAYING_BEFORE = {"的", "了", "过", "出", "出来", "后", "前", "时", "是", "为", "中", "上", "函", "书", "等", "着"}
# Verbs that may open a speaker's clause: 有资深业内人士(称), 正如习近平主席(所指出), (参见)南方周末…报道.
_OPENING_VERBS_OK = {"有", "正如", "正像", "如", "据", "经", "参见", "详见", "使", "令"}
# 还有一些学子(表示): "there are also" before an unnamed someone; before a name (还有传闻星巴克宣布) the name acts.
_ALSO_THERE_ARE = {"还有", "也有", "另有"}
_NEGATIONS = {"未", "没有", "并未", "没", "不", "拒绝", "未曾", "尚未", "暂未", "任何"}
# A source phrase ends in a name or a noun (jieba tags), never in a verb or adverb (公司开始, 并未).
_SOURCE_END_TAGS = ("n", "r", "j", "eng", "x")
# A clause that is only an occasion (在前不久召开的业绩会上表示) leaves the speaker in the clause before.
_OCCASION = re.compile(r"^(?:在|于).{1,20}(?:上|时|中|期间|后)$")

# 并称为…, 并称“…”三杰: what follows names what two things are jointly called
_CALLED_AS = {"为", "作"}


def _with_glued_verbs_split(tokens, verbs: set[str]):
    """李忠 + 回说 → 李忠回 + 说: jieba glues the last character of a three-character name to a one-character
    say-verb after it; the name gets its character back and the verb stands alone. Likewise an occasion's
    上 glued to the verb (上称) and a two-character verb cut across (谷/歌声/称)."""
    split = list(tokens)
    k = -1
    while (k := k + 1) < len(split):  # the list grows when 上称 is cut in two
        word, tag, start = split[k]
        name, name_tag, name_start = split[k - 1] if k else ("", "", 0)  # (专家建议，: the glued phrase opens the text)
        if (len(word) == 2 and word[1] in verbs and word not in verbs and name_tag.startswith("nr")
                and len(name) == 2 and is_cjk(word[0]) and word[0] not in persons.ADVERBS_AFTER_A_NAME):
            split[k - 1] = (name + word[0], name_tag, name_start)
            split[k] = (word[1], "v", start + 1)
        elif len(word) == 2 and word[1] in verbs and word not in verbs and word[0] in _OCCASION_ENDS:
            # 在记者会 + 上称 → 上 + 称: jieba reads 上称 (to weigh) where the occasion ends and the verb starts
            split[k] = (word[0], "f", start)
            split.insert(k + 1, (word[1], "v", start + 1))
        elif (word == "又称" and (name_tag.startswith("nr") or name in ONE_PERSON_PRONOUNS)
              and _words_follow_again(split, k, name)
              or word == "并称" and name in _CLAUSE_MARKS and _next_word(split, k) not in _CALLED_AS):
            # 何炳德 + 又称 + ，: "said again" before the words; 又称 before a name is "also called". …予以否认，并称“…”
            # (fresh33 961): "and said", the speaker's second clause; 两人并称为 / 与X并称 is "jointly called"
            split[k] = (word[0], "d", start)
            split.insert(k + 1, ("称", "v", start + 1))
        elif name + word in verbs and len(name) <= 2 and len(word) == 1 and (name_tag.startswith(("v", "zg")) or word == "道"):
            # 写 + 到 → 写到, 叹(zg) + 道 → 叹道, 注意 + 到 → 注意到, 评价(n) + 道 → 评价道: jieba cut a say-verb in two
            split[k - 1] = (name + word, "v", name_start)
            del split[k]
        elif tag in ("i", "l") and len(word) >= 4 and (verb := next((v for v in verbs if len(v) >= 2 and word.endswith(v)
                                                                     and len(word) - len(v) >= 2), None)):
            # 他也 + 强烈呼吁: jieba reads a manner and a say-verb as one set phrase; the verb stands alone
            # (专家 + 建议: an unnamed someone and the verb, read as one phrase too; the someone is a noun)
            split[k] = (word[:-len(verb)], "n" if word[:-len(verb)] in cue_words("unnamed_head") else "d", start)
            split.insert(k + 1, (verb, "v", start + len(word) - len(verb)))
        elif (len(name) > 2 or name_tag.startswith(("n", "j", "eng"))) and len(name) > 1 and name[-1] + word in verbs:
            # 谷 + 歌声 + 称 → 谷歌 + 声称: jieba glued the first half of a two-character say-verb to the speaker
            split[k - 1] = (name[:-1], name_tag, name_start)
            split[k] = (name[-1] + word, "v", start - 1)
    return split


_DATELINE_OPENS, _DATELINE_CLOSES = "〔【[（(", "〕】]）)"
# 提出…的要求 / 的申请: 提出 makes a request or a motion, an act whose words the clause does not give (解释…的要求
# after a quote is still a speech tag).
_REQUEST_MADE = re.compile(r"[^，。；：“”「」,;:]{0,30}?的(?:要求|申请|请求|诉求|议案|提案)")
# 公布财务数据后(第二天)，/ 宣布消息以来，: a say-verb's clause that ends as a time (后, 以来, 之际) only dates the next one.
# 提醒, 提示: words of warning when a clause mark follows (北京警方提示，…, fresh20 661) or whom they warn and a colon
# (中国驻韩国大使馆提醒广大在韩中国公民：…, fresh16 515); 提醒他们新病毒与SARS同源 (tune 30) tells an act.
# 住建部等9部门近日联合印发《…的通知》，(要求人口净流入的大中城市…) (fresh31 920, fresh21 681): a text of rules a body
# issued, then what it lays down, with no comma after the verb; the body that issued it speaks
_ISSUED_TEXT = re.compile(r"(?:印发|发布|下发|出台|公布)了?《[^《》]{2,80}》(?:[（(][^（）()]{1,30}[)）])?[，,]\s*$")
_WARNING_VERBS = {"提醒", "提示"}
_WARNING_TOLD = re.compile(r"[，,：:]|[^，,。；;：:！？“”「」]{1,16}[：:]")
_WHEN_CLAUSE = re.compile(r"[^，。；：“”「」,;:]{0,16}?(?:之后|以后|后|以来|之际)(?:第二天|次日|当天|不久)?[，,]")


@lexicon.cached
def _say_verb_kinds() -> tuple[set[str], ...]:
    """The say verbs of claim_cues.tsv and the kinds :func:`_say_verb_cues` tells apart, made once per word-list state
    rather than for every sentence: (all, findings, verbs that need an actor, verbs told only before a clause, acts).
    Sets, not frozensets, built as they always were: :func:`_with_glued_verbs_split` takes the first verb a set
    phrase ends in, in the set's order. Callers only read them."""
    verbs = {e.cue for e in entries("say_verb")}
    findings = {e.cue for e in entries("say_verb") if e.label == "finding"}
    # 批示，/指示： words given; 川普曾指示弗林通俄, 报告、讲话、批示 an act or a noun
    before_a_clause = {e.cue for e in entries("say_verb") if e.label == "needs_actor_and_clause"} | _decree_verbs()
    needs_actor = {e.cue for e in entries("say_verb") if e.label == "needs_actor"} | findings | before_a_clause
    told_before_a_clause = findings | before_a_clause  # (研究者发现，… / 曾培炎做出批示，…: told only before a clause)
    acts = {e.cue for e in entries("say_verb") if e.label == "act_before_verb"}
    return verbs, findings, needs_actor, told_before_a_clause, acts


# 认为是好消息, 指是好消息 (the Hong Kong press, fresh39 1080): after a person's name or 他/她 alone the verb gives a view
# whose words open with 是; after a noun or a clause (这也是…认为是, 原因认为是) 是 still ends the verb's use as saying.
_VIEW_BEFORE_SHI = {"认为", "指", "称", "表示", "相信", "觉得"}


def _view_of_a_person(tokens, k: int) -> bool:
    """张小伦(认为)是好消息: the ``k``-th token, a verb of view, right after a person's name or a singular pronoun."""
    if tokens[k][0] not in _VIEW_BEFORE_SHI or k == 0:
        return False
    word, tag, _ = tokens[k - 1]
    return tag.startswith("nr") and len(word) >= 2 or word in ONE_PERSON_PRONOUNS


def _say_verb_cues(text: str, tokens, known_actors: "CitedActors | None" = None) -> list[Cue]:
    """X表示 / X称 / X认为: attributed to the noun phrase X before the verb in its clause. A name the article cites as
    a source elsewhere (``known_actors``) is someone however jieba cuts and tags it (环球/n 晶/n 公告, fresh22 723)."""
    known = known_actors.names if known_actors is not None else frozenset()
    verbs, findings, needs_actor, told_before_a_clause, acts = _say_verb_kinds()
    tokens = _with_glued_verbs_split(tokens, verbs)
    # 国常会要求，… lays down; 按照…的要求，, 未落实关联要求，, 未达到…额度要求， are a noun after a verb or a preposition
    after_a_bare_subject = _decree_verbs()
    cues = []
    for k, (word, _, start) in enumerate(tokens):
        if word not in verbs:
            continue
        previous = tokens[k - 1][0] if k else ""
        following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if previous in _NOT_SAYING_AFTER and not _again_after_a_speaker(tokens, k) or following in _NOT_SAYING_BEFORE and not (
                following == "是" and (word in _CLAIMS_TO_BE or previous == "被"  # 被认为是…: a view held by no one named
                                      or _view_of_a_person(tokens, k))
                or following == "了" and word in cue_words("mention_verb")
                or _says_what(following, text[start + len(word):])):
            continue  # 之称; 披露的数据 (the regex handles it)
        if previous in _NEGATIONS:  # 公司并未回复, 拒绝透露: nothing was said
            continue
        if (word in told_before_a_clause and text[start + len(word):start + len(word) + 1] not in _CLAUSE_MARKS
                and not (word in after_a_bare_subject and _ISSUED_TEXT.search(text, 0, start))):
            continue  # 在现场发现大量毒品, 发现透水后: something found, not a finding told (研究者发现，…)
        if following in verbs:  # 京东集团在港交所公告(称): the second verb reads the same speaker
            continue
        if _WHEN_CLAUSE.match(text, start + len(word)):
            continue  # 就在集团公布财务数据后第二天，…: the verb dates what follows, no words are given
        if text.count("《", 0, start) > text.count("》", 0, start):
            continue  # 《深航回应…遇险被质疑避重就轻》: words of a title, not said in this sentence
        if previous in _NOUN_AFTER:  # 对报道原文, 从介绍中: a noun after a preposition
            continue
        if word in acts and k + 1 < len(tokens) and tokens[k + 1][1].startswith("v") and following != "将":
            continue  # 七家子公司宣布停牌: an act (宣布将…, 宣布，… are words)
        if word in _WARNING_VERBS and not _WARNING_TOLD.match(text, start + len(word)):
            continue  # 向主管部门报告，提醒他们新病毒…: an act told; 北京警方提示，…, 大使馆提醒广大公民：… are words
        if word == "提出" and _REQUEST_MADE.match(text, start + len(word)):
            continue  # 同意中兴通讯提出向商务部提供更多信息的要求: a request made, its words are not given
        if previous == "被":  # 被认为, 被视为: said by no one in particular
            cues.append(Cue("attributed", f"被{word}", start - 1, start + len(word), unnamed_as(f"被{word}")))
            continue
        if not text[start + len(word):].strip() and not text.rstrip().endswith(END_MARKS):
            continue  # Microsoft Security Copilot 亮点功能介绍: a heading, 介绍 is a noun
        if text.lstrip()[:1] in _DATELINE_OPENS and text[start + len(word):start + len(word) + 1] in _DATELINE_CLOSES:
            continue  # 〔记者施晓光／台北报导〕: the dateline of the outlet's own reporter
        clause_tokens = clause_tokens_before(tokens, k)
        if _negated_clause(clause_tokens):
            continue  # 但宾客未等工作人员指示，便…冲向发放点 (fresh28 864): words not (yet) given, no one's source
        if word in after_a_bare_subject and any(tag.startswith(("v", "p")) and tag != "vn" or w in _NEGATIONS
                                                for w, tag, _ in clause_tokens):
            continue  # (…公司未落实/a 关联要求，: a negation before it tells what was not done)
        if clause_tokens and clause_tokens[0][0] == "当" and re.search(r"时[，,]", text[start:]):
            continue  # 当辩护律师提出…时，检察官回答: a when-clause, its verb tells when; the speaker comes after it
        if _OCCASION.match("".join(w for w, _, _ in clause_tokens)) and clause_tokens:
            first = clause_tokens[0][2]
            clause_tokens = clause_tokens_before(tokens, next(i for i, tok in enumerate(tokens) if tok[2] == first) - 1)
        # 报道/v (指出), 報導也(指出): the report itself speaks (an outlet cited before), no act of reporting to trim
        report_itself = _the_report_itself(clause_tokens)
        opening_clause = clause_tokens
        clause_tokens = clause_tokens[:1] if report_itself else _without_trailing_adverbials(clause_tokens)
        if word in findings:  # 交易商协会监测(发现)，… (fresh22 700): a body's own inquiry right before its finding
            clause_tokens = _without_trailing_inquiry(clause_tokens)
        disposal = next((i for i, (w, tag, _) in enumerate(clause_tokens) if w == "把" and tag == "p"), None)
        if disposal:  # 我父亲就把他对教育的(想法说了): the speaker is before 把, what follows is what was said
            clause_tokens = _without_trailing_adverbials(clause_tokens[:disposal])
        passive = [i for i, (w, _, _) in enumerate(clause_tokens) if w == "被"]
        if passive:
            if any(tag.startswith("v") for _, tag, _ in clause_tokens[passive[-1] + 1:]):
                continue  # 被舆论质疑为…选择性(披露): the say-verb of this clause came before, 披露 is a noun
            clause_tokens = clause_tokens[passive[-1] + 1:]  # 该决定被网友(批评): the agent of a passive says it
        if not clause_tokens and _only_unnamed_words(opening_clause):
            clause_tokens = opening_clause  # 分析(认为，…), 研究(发现，…): the manner word alone is the analysis, no author
        elif not clause_tokens:
            clause_tokens = _subject_of_the_opening_clause(tokens, k, known)
        clause_tokens = _person_after_relative_clause(_person_after_occasion(clause_tokens))
        if word in ONE_CHARACTER_SAYING and _manner_verb_after_speaker(clause_tokens):
            clause_tokens = clause_tokens[:-1]  # 她叮嘱(说), 张先生抱怨(说), 市长笑(说): how the words came, not who
        if (len(clause_tokens) >= 2 and clause_tokens[-1][1].startswith("v") and clause_tokens[-2][1] in ACTOR_TAGS
                and not is_person_title(clause_tokens[-1][0])):
            clause_tokens = clause_tokens[:-1]  # 新华社述评(称), 央视报道; 胡镇长 (jieba: 胡/nr 镇长/v) keeps its title
        head = clause_tokens[-2] if len(clause_tokens) > 1 and clause_tokens[-1][0] == "等" else (clause_tokens or [None])[-1]
        if not clause_tokens or (not head[1].startswith(_SOURCE_END_TAGS)  # (北京、上海等: the head is before 等)
                                 and head[0] != "们"  # 专家们(指出), 泛民主派议员们(表示): a group of people (jieba: k)
                                 and not head[0].endswith(cue_words("document_head"))  # JPCERT/CC 的警示/v (寫到)
                                 # jieba tags 发言人, 高级官员 idioms
                                 and not (head[1] == "l" and head[0].endswith(("人", *cue_words("unnamed_head"))))
                                 and head[1] not in ACTOR_TAGS and not is_referring(head[0])
                                 # 中方/f, 加方/c, 美方/q (仅表示, 认为): a country as a side (fresh12 420, fresh20 662)
                                 and head[0] not in cue_words("speaking_side")
                                 and not _ends_in_organisation(clause_tokens) and not _short_organisation(clause_tokens)
                                 and not _surname_and_title(clause_tokens)  # 潘 + 主任 (jieba: b)
                                 and not _surname_then_title(clause_tokens)  # 胡 + 镇长 (jieba: v)
                                 and not _surname_alone(clause_tokens)
                                 # 有反对大麻合法化的组织(指) (fresh21 683; jieba: 组织/v): someone described, not named
                                 and not _someone_described(clause_tokens)
                                 and not _only_unnamed_words(clause_tokens)  # 分析(vn)(认为，)
                                 # 严/a 跃进/v (认为), fresh26 820: a name the article cites elsewhere, however jieba tags it
                                 and not _cited_name(clause_tokens, known)):
            continue  # (文中 is tagged a place word, yet it refers to a text; jieba tags 组织 of 国际咖啡组织 a verb)
        unnamed_also = clause_tokens[0][0] in _ALSO_THERE_ARE and not any(t in ACTOR_TAGS for _, t, _ in clause_tokens)
        if (clause_tokens[0][1].startswith("v") and clause_tokens[0][0] not in _OPENING_VERBS_OK and not unnamed_also
                and not _someone_described(clause_tokens)
                and not _surname_and_title(clause_tokens) and not _short_organisation(clause_tokens)
                and not _ends_in_organisation(clause_tokens) and not _latin_name_heads(clause_tokens)  # 运输(vn)及物流局
                and not _staff_of_organisation(clause_tokens)  # 营口(vn)沿海银行开发区支行工作人员
                and not _described_then_named(clause_tokens)
                and not _only_unnamed_words(clause_tokens)  # 分析(vn)人士, 统计(v)专家, 分析(vn)(认为)
                and not report_itself):
            continue  # 听到消息说: a clause that opens with a verb has no speaker in it
        if any(w == "是" and _next_word(clause_tokens, j) != "次" for j, (w, _, _) in enumerate(clause_tokens[:-1])):
            # 这也许也是李斌(强调的): the name is the complement of 是, not a speaker; 是次 is Hong Kong's "this"
            # (領導是次研究的…專家 Peter Horby 指, fresh39 1082)
            continue
        if (clause_tokens[-1][1].startswith("r") and not _is_pronoun_source(clause_tokens[-1][0])
                and not (_trimmed("".join(w for w, _, _ in clause_tokens)) in vague_groups()
                         and _nobody_speaks_before(text[:clause_tokens[0][2]]))):
            # 在那个(表示空间): a demonstrative is no speaker; 有人(说) (jieba: r) is someone unnamed, after a linking word
            # too (至于有人称, 甚至有人认为: ``source_trim``), but 關家明續指，有人說… (fresh2 87) is what the named speaker
            # reports others saying
            continue
        # a name the article cites as a source elsewhere (研究者, 光明, 环球/晶) is someone however jieba tags it; not the agent
        # of a passive (男人们的话就是更容易被法官相信, fresh5 162: a belief told, no one's words)
        cited = not passive and _cited_name(clause_tokens, known)
        if word in needs_actor and not (names_someone(clause_tokens) or cited
                                        or _filer_opens(word, clause_tokens, text, start)):
            continue
        # 知名Costco研究爱好者侯毅(发现): the words that describe a finder named last are no act of his
        described = _described_then_named(clause_tokens)
        if word in findings and not described and any(tag.startswith("v") for _, tag, _ in clause_tokens):
            continue  # 记者梳理年报(发现), 红星新闻翻阅…的财报(发现): an act of looking up, not who found it
        source = clean_source("".join(w for w, _, _ in clause_tokens))
        if source is not None and source.endswith(cue_words("said_view")):
            continue  # 具体事故原因(再公布), 有意见(认为): the topic of the words, not who says them
        if source is not None:
            cues.append(Cue("attributed", f"…{word}", start, start + len(word), source))
    return cues


# The words a filer's name may be cut into, by jieba's tags: nouns, a morpheme, a distinguishing word, Latin letters
# (天壕/n 能源/n, 昀/g 冢/ng 科技/n, ST/eng 洲际/b); a verb, a preposition or an adverb makes a clause, no name.
_FILER_NAME_TAGS = ("n", "g", "b", "eng", "j")
FILER_NAME_MAX_CHARS = 10


def _filer_opens(word: str, clause_tokens, text: str, start: int) -> bool:
    """11、天壕能源公告，筹划购买…，股票停牌。, 轻纺城公告，副总经理…被立案调查 (fresh37 1044): a ``filing_verb`` (公告) right
    after the words that open the sentence (a list marker before them) and before a comma or colon has the filer as
    its subject, a company however jieba cuts a name it does not know; a short run of nouns, no clause."""
    after = text[start + len(word):start + len(word) + 1]
    if word not in cue_words("filing_verb") or not clause_tokens or after not in _CLAUSE_MARKS:
        return False
    lead = len(text) - len(text.lstrip())
    marker = LIST_MARKER.match(text, lead)
    name_from = marker.end() if marker else lead
    name = [(w, tag) for w, tag, at in clause_tokens if at >= name_from]
    phrase = "".join(w for w, _ in name)
    return (clause_tokens[0][2] <= name_from and text[name_from:start] == phrase
            and 2 <= len(phrase) <= FILER_NAME_MAX_CHARS and all(tag.startswith(_FILER_NAME_TAGS) for _, tag in name))


def _nobody_speaks_before(before: str) -> bool:
    """有人说… opening the sentence, or after clauses with no say-verb in them and no quotation open (事故影片…疯传，网民纷纷
    讽刺…，更有人怒斥：, fresh28 864; 在海峡对岸，也曾有人指责…, fresh9 346; 记:有人说…, fresh25 811): the vague group is
    the sentence's own unnamed source. After a speaker's verb (關家明續指，有人說…, fresh2 87, even where the verb is
    read as no cue) or inside a quote it is what the speaker reports others saying."""
    return not before.strip() or (not any(verb in before for verb in say_verb_set())
                                  and sum(map(before.count, OPEN_QUOTES)) == sum(map(before.count, CLOSE_QUOTES)))


def _negated_clause(clause_tokens) -> bool:
    """宾客未等工作人员(指示) (fresh28 864): a negation before someone else the clause names tells words not given (the word
    before the verb, 公司并未(回复), is read apart); not one inside a relative clause that describes the speaker
    (不愿具名的知情人士), nor one that negates the view itself (Randy却不这么(认为), fresh9 355: a view held)."""
    words = [w for w, _, _ in clause_tokens]
    return any(w in _NEGATIONS and "的" not in words[i + 1:]
               and any(tag.startswith(("n", "eng", "j")) for _, tag, _ in clause_tokens[i + 1:])
               for i, w in enumerate(words))


def _the_report_itself(clause_tokens) -> bool:
    """报道(指出，…), …，报道称，…, 然而，報導也(指出) (fresh28 866, fresh20 662, fresh19 613): the clause is only the word that
    refers back to an outlet's report (jieba: 报道/v) and adverbs; not 央视报道(称), 报道为不实(报道) (a verb's object)."""
    return (bool(clause_tokens) and refers_to_outlet(clause_tokens[0][0])
            and all(tag == "d" for _, tag, _ in clause_tokens[1:]))


def _without_trailing_inquiry(clause_tokens):
    """交易商协会 + 监测, 市场监管局 + 抽检: the inquiry verbs (``inquiry_verb`` in claim_cues.tsv) that end a finder's clause
    right before 发现 tell how the finder found it; the finder is the words before them (not when nothing is left)."""
    k = len(clause_tokens)
    while k > 1 and clause_tokens[k - 1][0] in cue_words("inquiry_verb"):
        k -= 1
    return clause_tokens[:k]


def _cited_name(clause_tokens, known: frozenset[str]) -> bool:
    """环球/n 晶/n, 研究者/n: the words are, whole, a name the article cites as a source elsewhere (``known``: 環球晶表示;
    研究者发现 after 研究者通过…发现, fresh5 162), which jieba cut into common nouns or tags as a common noun."""
    return bool(clause_tokens) and clean_source("".join(w for w, _, _ in clause_tokens)) in known


def _manner_verb_after_speaker(clause_tokens) -> bool:
    """她叮嘱(说), 张先生抱怨(说), 市长笑(说), 老李打趣(说): a verb right before a one-character say-verb tells how the
    words came (a manner of speaking), when right before it stands who speaks: a name or body (jieba's actor tags), a
    personal pronoun, a title (先生, 市长) or an unnamed person (``unnamed_person``: 有业内人士调侃(说), fresh16 523).
    Not an act with its object (发布信息(称): the clause names no one), a verb after a common noun (网友留言(说)), nor a modal or a negation (他们会(说得更详细), 他们不会(说): not said, or not yet)."""
    verb = clause_tokens[-1][0] if clause_tokens else ""
    if (len(clause_tokens) < 2 or not clause_tokens[-1][1].startswith("v") or verb in say_verb_set()
            or verb in NOT_YET or verb in _NEGATIONS or verb.startswith(("不", "没", "未", "别"))):
        return False
    word, tag, _ = clause_tokens[-2]
    return tag in ACTOR_TAGS or _is_pronoun_source(word) or is_person_title(word) or word.endswith(cue_words("unnamed_person"))


def _title_and_name() -> str:
    """The pattern of a title (ending in a ``title_before_name`` word) and a name that starts with a surname."""
    titles = "|".join(map(re.escape, cue_words("title_before_name")))
    surnames = "".join(sorted(lexicon.surnames()))
    return rf"(?P<title>[^，。；：！？“”「」\s]{{0,20}}?(?:{titles}))(?P<name>[{surnames}][\u4e00-\u9fff]{{1,2}}?)"


@lexicon.cached
def _titled_speaker() -> re.Pattern:
    """A title, a name that starts with a surname and a say-verb, at the end of a clause's opening; how the speaker
    came to say it (``saying_manner``: 研究总监严跃进分析认为, fresh26 820) may stand between the name and the verb."""
    words = {e.cue for e in entries("say_verb") if e.label != "act_before_verb"}  # 负责人尹水军宣布离职: an act
    verbs = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    manners = "|".join(map(re.escape, cue_words("saying_manner")))
    return re.compile(rf"{_title_and_name()}[也还则亦]?(?:{manners})?(?:{verbs})")


@lexicon.cached
def titled_name() -> re.Pattern:
    """A title and a person's name, nothing else (新发地宣传部部长詹家宝, whatever pieces jieba cuts it into)."""
    return re.compile(_title_and_name())


def _titled_speaker_cues(text: str) -> list[Cue]:
    """副人事长张念中说, 召集人甄瑞娴指, 会长佘庆云炮轰: a title before a name that starts with a surname,
    then a say-verb, name the speaker even where jieba cuts the name apart (张/念/中) or glues the verb
    to it (甄瑞娴指), so the token rules of :func:`_say_verb_cues` see no name."""
    cues = []
    for m in _titled_speaker().finditer(text):
        title = clean_source(m["title"], name_follows=True)  # the name is kept whole: 张念中 does not lose 中 as a trailing word
        if title is not None and (who := unnamed_who(title.split("; ")[0])) is not None:
            # 律师黄国桐 (fresh7 303): a bare title names no one, its person does; nor does a body's one, whose body the
            # unnamed reading adds (梨花女子大学的专家 → "(unnamed: …); 梨花女子大学", fresh12 420's 专家易斯利分析说)
            title = who
        if (title is not None and _strip_dates(m["name"]) == m["name"]  # 发言人周五(表示): a day, not a name
                and m["name"][0] not in _LISTENER_MARKS  # 负责人向记者(表示): the listener, not a name
                and m["name"] not in _trim_words()):  # 有韩国军事专家公开(表示), fresh8 335: an adverb, not a name
            cues.append(Cue("attributed", "title X说", m.end("name"), m.end(), title + m["name"]))
    return cues


_SUBJECT_TAGS = ("nr", "nt", "j")
# What follows a place that is a clause's subject (榆林市/ns 就/d, 美国/ns 宣布/v): an adverb, a preposition or a verb;
# a noun after it is what the place qualifies (美国/ns 总统/n).
_PLACE_SUBJECT_NEXT_TAGS = ("d", "p", "v")
# The last character of a place that has a government of its own to act (榆林市, 广东省, 大兴区), unlike a street or
# a country told as a whole (长安街知事, 美国通过…报告，提出…: the gold gives such clauses no source).
_GOVERNED_PLACE_ENDINGS = frozenset("省市县縣区區州镇鎮乡鄉")
# After 他/她, what makes the pronoun a possessor or the head of a relative clause, not the subject: 他的同事, 他所追求的.
_NOT_A_SUBJECT_AFTER = {"的", "所"}


def _reads_as_a_name(token) -> bool:
    """黄智贤/nr, 贝德/nr 诺克/nrt: a word jieba tags as a person that opens with a surname or is spelled by sound
    (丈夫/n 若想/nr of 丈夫若想离婚 is not one)."""
    word, tag, _ = token
    return (tag.startswith(persons.PERSON_TAGS) and len(word) >= 2
            and (persons.opens_with_surname(word) or persons.transliterated(word)))
# The tags of the pieces an organisation's name is cut into (山东/魏桥/集团, 运输/及/物流/局).
_NAME_PART_TAGS = ("nr", "ns", "nt", "nz", "n", "j", "eng")


def _latin_name_heads(clause_tokens) -> bool:
    """超商/v Lawson (的公告), 圖片分享/v 服務 Gyazo: the clause ends in a name written in Latin letters, or in its
    document (``document_head``), whatever description before it jieba reads as a verb."""
    words = [tok for tok in clause_tokens if tok[0].strip()]
    while len(words) >= 2 and words[-1][0].endswith(cue_words("document_head")) and words[-2][0] == "的":
        words = words[:-2]
    return bool(words) and words[-1][1] == "eng"


# Or Hiltch，Openwork 的另一位核心开发者，(列出…：) (fresh31 924), 张三，北京大学的教授，(表示): a name alone opening the
# sentence, then a description of who that is (a 的 phrase ending in a person's noun or title) set off by commas
_NAME_THEN_APPOSITIVE = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z.\-']*(?: [A-Z][A-Za-z.\-']*){0,3}|[\u4e00-\u9fff·]{2,6})\s*[，,]"
                                   r"(?P<appositive>[^，,。；;：:！？“”「」]{3,30})[，,]\s*$")


def appositive_speaker(before: str) -> str:
    """The name a clause's speaker is when ``before`` (the sentence up to the clause that speaks) is a name and an
    appositive describing that person, else "". The description holds a 的 and ends in a noun of what someone does
    (``person_noun_ending``: 开发者), an officer's title (``officer_title``: 首席执行官) or a person's title (教授); the name is a person's (jieba's tag) or
    written in Latin letters (a person or a project: the description says which)."""
    m = _NAME_THEN_APPOSITIVE.match(before)
    if not m or "的" not in m["appositive"]:
        return ""
    head = m["appositive"].rsplit("的", 1)[1].strip()
    name = m["name"]
    describes_a_person = (head.endswith(cue_words("person_noun_ending") + cue_words("officer_title"))
                          or any(is_person_title(word) for word in segment.cut(head)[-1:]))
    return name if describes_a_person and (name[0].isascii() or names_a_person(name)) else ""


def _subject_of_the_opening_clause(tokens, k: int, known: frozenset[str] = frozenset()):
    """李斌用「云服务」类比了换电，认为…, 证监会发布处罚之后，同时也表示…: a say-verb that opens a clause
    (nothing but adverbs before it) has the subject of the clause before: the person or organisation that
    opens it (在此基础上，彭宝淦进一步…进行了深入研究，提出…), a titled person whole (浙江大学经济学院院长黄先海…，
    随后强调), a personal pronoun or a place that acts, or a name the article cites as a source elsewhere (``known``:
    环球晶雖然…未能成就，但仍預期…, jieba: 环球/n 晶/n)."""
    breaks = [j for j in range(k) if re.fullmatch(r"[，,；;：:]+", tokens[j][0])]  # (not a quote mark: 「云服务」)
    if not breaks:
        return []
    opener = breaks[-2] + 1 if len(breaks) >= 2 else 0
    if opener >= breaks[-1]:
        return []
    if len(breaks) == 2 and (named := appositive_speaker("".join(w for w, _, _ in tokens[:breaks[-1] + 1]))):
        return [(named, "nr", tokens[0][2])]  # Or Hiltch，Openwork 的另一位核心开发者，(表示): the one described speaks
    name = list(itertools.takewhile(lambda tok: tok[1].startswith(_NAME_PART_TAGS) or tok[0] in persons.NAME_JOINERS,
                                    tokens[opener:breaks[-1]]))  # (凯米·贝德诺克: one name across its dot)
    named = "".join(w for w, _, _ in name)
    quoted = any(w in OPEN_QUOTES for w, _, _ in tokens[opener:k])  # …回应称“…，报道为不实报道”: 报道 is a noun
    if len(name) >= 2 and not quoted and (_reads_as_a_name(name[-1]) or titled_name().fullmatch(named)):
        return [(named, "nr", name[0][2])]  # 台湾政治评论家黄智贤2月3日在脸书发文，表示…: a titled person
    if tokens[opener][1].startswith(_SUBJECT_TAGS) and len(tokens[opener][0]) >= 2:
        following = tokens[opener + 1][0] if opener + 1 < breaks[-1] else ""
        if following in cue_words("organisation_suffix"):  # 乐天/nr 集团/n (fresh33 961): the organisation whole
            return [(tokens[opener][0] + following, "nt", tokens[opener][2])]
        return [tokens[opener]]
    if tokens[opener][0] in ONE_PERSON_PRONOUNS and tokens[opener + 1][0] not in _NOT_A_SUBJECT_AFTER:
        return [tokens[opener]]  # 他分享了…心得，并且表示…: the pronoun, resolved later as any speaking 他
    if (tokens[opener][1] == "ns" and tokens[opener][0][-1] in _GOVERNED_PLACE_ENDINGS
            and tokens[opener + 1][1].startswith(_PLACE_SUBJECT_NEXT_TAGS)):
        return [tokens[opener]]  # 榆林市就…发布初步调查结果，表示…: a city or county that acts is its government
    # 山东魏桥集团向山东省求助，表示…: jieba cuts the organisation in pieces (山东/魏桥/集团); one name
    if len(name) >= 2 and not quoted and _ends_in_organisation(name):
        return [(named, "nt", name[0][2])]
    if not quoted and len(name) >= 2 and _cited_name(name, known):
        return [(named, "nt", name[0][2])]  # (a cited name of one word opening the clause before, 日本也防着韩国一手，
        # …最新报道称, fresh8 335, is what the clause is about, not who speaks after it)
    opening = "".join(w for w, _, _ in tokens[opener:breaks[-1]])
    if opener == 0 and (author := _author_of_the_text_in_which(opening)):
        return [(author, "nt", tokens[0][2])]
    return []


# 在哈佛的校报《哈佛深红》2007 年的报道中，评价道：…, 在新华社的报道中，写道：…: the text in which the words were written
# (``text_in_which`` in claim_cues.tsv) and, before its 的, whose text it is.
_IN_A_TEXT = re.compile(r"^\s*在(?P<whose>[^，,。；;：:“”「」]{2,30})的(?:一篇|一则|一份|一期)?(?P<text>[\u4e00-\u9fff]{2,3})中\s*$")


def _author_of_the_text_in_which(opening: str) -> str:
    """The outlet or the person whose report, article or column an opening 在…的报道中 names, when the say-verb after it
    has no subject of its own: a title mark's name inside it (哈佛的校报《哈佛深红》2007 年 → 《哈佛深红》), else the
    words after its last 的, dates left out (在新华社的报道中 → 新华社); not 在今年的报告中 (a time, no one's)."""
    m = _IN_A_TEXT.match(opening)
    if not m or m["text"] not in cue_words("text_in_which"):
        return ""
    titled = re.findall(r"《[^《》]{1,20}》", m["whose"])
    whose = titled[-1] if titled else _strip_dates(m["whose"].split("的")[-1]).strip()
    return whose if titled or has_a_name(whose) else ""


def _speaker_after_opening_quote(text: str, tokens) -> list[Cue]:
    """“涨价是回归商业本质的理性行为”，刘兴亮劝导消费者…: a sentence that opens with a quote and goes on
    with a person's name right after it gives the quote to that person."""
    if not text.startswith(tuple(OPEN_QUOTES)):
        return []
    close = min((text.find(c) for c in CLOSE_QUOTES if text.find(c) > 0), default=-1)
    if close < 0 or text[close + 1:close + 2] not in ("，", ","):
        return []
    after = next((k for k, (_, _, start) in enumerate(tokens) if start == close + 2), None)
    if after is None:
        return []
    word, tag, start = tokens[after]
    if not (tag.startswith("nr") and len(word) >= 2):
        return []
    return [Cue("attributed", "“…”，X", start, start + len(word), word)]


# A speaker written as a label: 律师：消费者有权3倍索赔 (at most this many characters before the colon).
SPEAKER_LABEL_MAX_CHARS = 8
# …or this many when a person's name ends it, after their title (中疾控前首席科学家曾光：…).
TITLED_LABEL_MAX_CHARS = 14


def _speaker_label_cue(text: str, tokens) -> list[Cue]:
    """县教育局：开过家长代表会…, 律师：消费者有权…: a sentence that opens with a person, an organisation or an
    unnamed someone and a colon reports their words (a round-up's shorthand for 县教育局表示); a topic
    label (温馨提醒：, 误区1：) names no one."""
    marker = LIST_MARKER.match(text.lstrip())  # 2. 钟南山：呼吁错峰感染: an item of a digest, headed by its speaker
    opening = len(text) - len(text.lstrip()) + (marker.end() if marker else 0)
    m = re.compile(rf"\s*([^\s：:，,。；“”「」（）()【】]{{2,{TITLED_LABEL_MAX_CHARS}}})[：:]\s*\S").match(text, opening)
    if not m:
        return []
    label = [t for t in tokens if m.start(1) <= t[2] < m.end(1)]
    if label and label[-1][0] in cue_words("say_verb"):
        return []  # 最后乌军声称：…: a speaker and their verb, not a label (the say-verb cue reads it)
    if len(label) == 1 and _name_read_as_place(label[0]):
        return [Cue("attributed", "X：", m.start(1), m.end(1), label[0][0])]
    if len(m[1]) > SPEAKER_LABEL_MAX_CHARS and not (label[-1][1].startswith("nr") and len(label[-1][0]) >= 2):
        return []  # only a person's name ends a longer label: 中疾控前首席科学家曾光：…
    source = clean_source(m[1])
    someone = source is not None and label and label[-1][1].startswith(("n", "j")) and (
        source.startswith(UNNAMED[:-1]) or _ends_in_organisation(label) or any(tag.startswith("nr") for _, tag, _ in label))
    return [Cue("attributed", "X：", m.start(1), m.end(1), source)] if someone and source else []


# The last character of a place's name: 石家庄, 张家口, 吴江区 (a surname opens them too) are places, not people.
_PLACE_ENDINGS = frozenset("省市县區区州镇鎮乡鄉村庄莊口港湾灣江河湖岛島")


def _name_read_as_place(token) -> bool:
    """钟南山：: a three-character word that opens with a surname and that jieba tags as a place is a
    person's name when it heads a label on its own (a place would head a dateline, not a colon)."""
    word, tag, _ = token
    return tag == "ns" and len(word) == 3 and word[0] in lexicon.surnames() and word[-1] not in _PLACE_ENDINGS


def _short_organisation(clause_tokens) -> bool:
    """廉署, 食环署 (昨日表示): an abbreviated body, two to four characters ending in an organisation's last
    word, that jieba reads as a verb or cuts apart (食/环署)."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    return (2 <= len(phrase) <= 4 and len(clause_tokens) <= 2 and all(is_cjk(c) for c in phrase)
            and any(phrase.endswith(s) and len(phrase) > len(s) for s in cue_words("organisation_suffix")))


# Joined parts of one organisation's name: 運輸及物流局, 屋宇署及勞工處 (not 和 or 与: 公司和组织 are two).
_NAME_CONJUNCTIONS = {"及"}


def _ends_in_organisation(clause_tokens) -> bool:
    """国际咖啡组织, 中央气象台: a name of two or more characters and an organisation's last word, whatever
    tag jieba gave that word."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    if any(tag.startswith(("v", "r", "d", "p", "c", "u")) and tag != "vn" and word not in _NAME_CONJUNCTIONS
           for word, tag, _ in clause_tokens[:-1]):
        return False  # 这项工作需要组织(表示): a clause, not a name (運輸及物流局 is one: 运输 vn, 及 c)
    return any(phrase.endswith(s) and len(phrase) >= len(s) + 2 for s in cue_words("organisation_suffix"))


def _staff_of_organisation(clause_tokens) -> bool:
    """营口沿海银行开发区支行工作人员 (表示, fresh20 660; jieba tags 营口 vn): an organisation's name and an unnamed
    member's word (``unnamed_head``: 工作人员, 负责人) right after it is a noun phrase, whatever tag the name opens with;
    so it is with an unnamed member's modifier between them (审计署有关负责人, 住建部相关负责人: jieba tags 审计署 v)."""
    if len(clause_tokens) < 2 or clause_tokens[-1][0] not in cue_words("unnamed_head"):
        return False
    body = clause_tokens[:-1]
    while len(body) > 1 and body[-1][0] in cue_words("unnamed_modifier"):
        body = body[:-1]
    return _ends_in_organisation(body) if len(body) >= 2 else _short_organisation(body)


def _surname_and_title(clause_tokens) -> bool:
    """付小姐, 丁先生: a surname and a title (``person_suffix``) name a person, though jieba cuts 付 as a verb."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    return any(phrase.endswith(t) and 1 <= len(phrase) - len(t) <= 2 for t in cue_words("person_suffix"))


def _surname_then_title(clause_tokens) -> bool:
    """宋书记和胡镇长(都表示): a surname jieba tags as a name and a title it tags as a verb (胡/nr 镇长/v) name a
    person, whatever the title's tag."""
    return (len(clause_tokens) >= 2 and is_person_title(clause_tokens[-1][0]) and clause_tokens[-2][1].startswith("nr")
            and to_simplified(clause_tokens[-2][0]) in lexicon.surnames())


# jieba tags of a character that is no name when it stands alone before a verb (高说明, 多表示, 再称)
_NOT_A_NAME_TAGS = ("a", "d", "m", "q", "p", "c", "u", "v", "f", "t")


def _surname_alone(clause_tokens) -> bool:
    """B穿上後，劉(聲稱): a surname alone as the clause's subject is the person named by it (jieba tags 刘 zg);
    the pronoun rules find who it is."""
    return (len(clause_tokens) == 1 and clause_tokens[0][0] in lexicon.surnames()
            and not clause_tokens[0][1].startswith(_NOT_A_NAME_TAGS))


def _someone_described(clause_tokens) -> bool:
    """熟悉他的人(都表示), 了解内情的人士(说): a clause that opens with a verb yet is a noun phrase, a relative clause
    before 的 and an unnamed person's word after it (``unnamed_head`` or ``unnamed_person``); 听到消息(说) is not."""
    after = [w for w, _, _ in clause_tokens]
    if "的" not in after:
        return False
    head = "".join(after[len(after) - after[::-1].index("的"):])
    return head in unnamed_words()


def _only_unnamed_words(clause_tokens) -> bool:
    """分析人士, 统计专家, 分析 (fresh31 942, fresh13 460, fresh19 632): a clause jieba opens with a verb yet made only
    of the words of someone not named, opening on an ``unnamed_modifier`` (the trade, 分析, 统计, 研究) and ending in an
    ``unnamed_head``, a noun phrase: the analysts, or analysis with no author, speak unnamed. 听到消息 (a verb, then the
    head) is no such phrase, nor a head alone that jieba tags a verb (组织(希望), 报道(为不实报道)), a body referred to."""
    phrase, modifiers = "".join(w for w, _, _ in clause_tokens), cue_words("unnamed_modifier")
    return phrase.startswith(modifiers) and _made_of(phrase, modifiers, cue_words("unnamed_head"))


def _described_then_named(clause_tokens) -> bool:
    """知名Costco研究爱好者侯毅 (fresh23 742): a clause that opens with a verb yet is a person's description and then
    their name (a noun of what someone does, then a name jieba tags as a person's): the person named speaks. One
    description, not a clause of its own: no 的, 、, 被, space or numeral in it (摔下溪谷 昏迷1天1夜慈濟骨科醫師姚定國, fresh9
    351, is a subhead run on; …被記者堵麥(回答), fresh10 378, a passive), and not the outlet's reporter."""
    return (len(clause_tokens) >= 3 and clause_tokens[-1][1] in persons.PERSON_TAGS and len(clause_tokens[-1][0]) >= 2
            and clause_tokens[-2][1] == "n" and clause_tokens[-2][0].endswith(cue_words("person_noun_ending"))
            and clause_tokens[-2][0] not in cue_words("self_source")
            and not any(w in ("的", "、", "被") or not w.strip() or tag == "m" for w, tag, _ in clause_tokens))


def _is_pronoun_source(word: str) -> bool:
    return word in {e.cue for e in entries("pronoun")}


def names_someone(clause_tokens) -> bool:
    """分析师, 刘梅, 武汉协和医院汉阳分院, 他, 央视, 该文章, 国常会: a person, an organisation, a document, an
    outlet or a meeting, or an unnamed someone."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    return (any(tag in ACTOR_TAGS for _, tag, _ in clause_tokens) or referred_actor().search(phrase) is not None
            or clause_tokens[-1][1] == "j"  # 中共(指控), fresh7 315: an abbreviation is an organisation's name
            or phrase.endswith(unnamed_words() + cue_words("document_head") + cue_words("meeting_head"))  # 国常会(要求，)
            or _ends_in_organisation(clause_tokens)  # 運輸及物流局(在社交專頁解釋)
            or _is_pronoun_source(clause_tokens[-1][0]) or _is_pronoun_source(phrase))  # 该 + 团队


# 《政府工作报告》为何提出: the question word between a source and its verb is not part of the source.
_ASKING = {"为何", "为什么", "如何", "是否", "怎样", "怎么"}
# A preposition that introduces whom a speaker talks to (a whole token, so 谭向东 keeps its 向).
_LISTENER_MARKS = {"对", "向", "跟", "给"}
# A preposition that introduces the channel or the means the words went by (a whole token tagged p).
_MEANS_MARKS = {"通过", "透过", "借助", "用"}


def _without_trailing_adverbials(clause_tokens):
    """王清华向《红周刊》记者 (表示), 赵苏对财新记者 (说), 黄益平接受新华社采访 (称): the speaker is before the
    listener or the interview; 所 (所指出), adverbs (也, 还) and a plain adjective of manner (简单回应) before
    the verb go too, and what is left is trimmed again (深圳航空官方事后仅在微博简单(回应称): the manner,
    then the occasion 在微博, then 仅 and 事后)."""
    after = ""  # the word after the clause as trimmed so far
    while True:
        kept, after = _trailing_adverbials_trimmed(clause_tokens, after)
        if kept == clause_tokens:
            return kept
        clause_tokens = kept


# 公司9月29日公告中(称), 报告里(指出): a say-verb that is also a document's word (公告, 声明, 报告) before these
# is the document the words are in, not the act of saying, and stays in the source.
_INSIDE_A_TEXT = ("中", "里", "内")


def _trailing_adverbials_trimmed(clause_tokens, after: str = ""):
    """One pass of :func:`_without_trailing_adverbials`: the clause trimmed, and the word after what is kept."""
    text = "".join(w for w, _, _ in clause_tokens)
    cut = len(text)
    while (tail := _SOURCE_TAIL_WORDS.search(text[:cut]) or _saying_manner().search(text[:cut])) and cut > 0:
        cut = tail.start()  # down to 0 when the clause is only an occasion or an act (发布信息称)
    kept, length = [], 0
    for token in clause_tokens:
        if length >= cut:
            break
        kept.append(token)
        length += len(token[0])
    listener = [i for i, (word, tag, _) in enumerate(kept) if word in _LISTENER_MARKS and tag == "p"]
    if listener and listener[-1] > 0:
        kept = kept[:listener[-1]]  # 海航对债权人(表示), 海航内部人士向媒体(称): the listener is not the speaker
    place = [i for i, (word, tag, _) in enumerate(kept) if word == "在" and tag == "p"]
    if place and place[-1] > 0 and not any(tag.startswith(("v", "u")) for _, tag, _ in kept[place[-1] + 1:]):
        kept = kept[:place[-1]]  # 反对派活动家在卡塔尔(表示): where the words were said is not who said them
    means = [i for i, (word, tag, _) in enumerate(kept) if word in _MEANS_MARKS and tag == "p"]
    if means and means[0] > 0:
        kept = kept[:means[0]]  # 中兴通讯通过官微(表示), 谢勇用手机仅剩的15%电量(告诉): the channel is not the speaker
    kept = _without_manner(kept)
    verbs_of_saying = ({e.cue for e in entries("say_verb")} | set(_trim_words()) | set(cue_words("saying_manner"))
                       | _ASKING)
    listing = any(word == "、" for word, _, _ in kept)
    documents, popped = set(cue_words("document_head")), text[cut:cut + 1] or after  # the word after kept's last
    # 郭谨 + 一 + 曾 (表示): the adverbs go first, so that the name's last character is seen before a numeral goes
    # (the second pass also takes a date's direction word: 埃里森上月(表示), 上 + 月)
    for tags in (("d", "p", "c", "u", "a"), ("d", "p", "c", "u", "a", "m", "q", "t", "zg", "f")):
        kept = _with_given_name_rejoined(kept)
        while (kept and (kept[-1][1].startswith(tags) or kept[-1][0] in verbs_of_saying or kept[-1][0] in _REFLEXIVE
                         or "m" in tags and (not kept[-1][0].strip() or kept[-1][0].isdigit()  # 9 月 11 日: spaced
                                             or kept[-1][0] == "起" and len(kept) > 1 and kept[-2][1] in ("m", "t")))
               and kept[-1][0] != "方面" and kept[-1][0] not in cue_words("speaking_side")  # 中方/f, 加方/c, 美方/q
               and not (listing and kept[-1][0] == "等") and not _surname_alone(kept)
               and not (popped in _INSIDE_A_TEXT and kept[-1][0] in documents)
               # 公告(表示。), 该通报(称，): a notice the clause refers back to is the notice cited before, not an act
               and not refers_to_document("".join(w for w, _, _ in kept))):
            popped = kept.pop()[0]  # 俞伟超教授研究(说), 龙湖方面对外回应(称), 《政府工作报告》为何(提出); 北京、上海等 keeps 等
            if len(kept) >= 3 and kept[-1][0] in "）)" and kept[-3][0] in "（(" and kept[-2][0].isdigit():
                kept = kept[:-3]  # 墨子科技今（25）日(发文公布): a bracketed day is a date too
    while kept and kept[0][1].startswith("c") and kept[0][0] not in cue_words("speaking_side"):
        kept.pop(0)  # (尽管)有些大型项目(声称), (如果)医生(认为)
    return kept, popped


# 他自认为… (fresh29 887; jieba: 他/r 自/r 认为/v): "by himself", how the speaker holds the view, no part of the speaker.
_REFLEXIVE = {"自"}

# How something was said, before 地 (直截了当地, 很坚定地, 语重心长地): adjectives, idioms, adverbs.
_MANNER_TAGS = ("a", "i", "l", "z", "d")
# Modal verbs between a speaker and the manner or the verb: 马云也会很坚定地(告诉他).
_MODALS = {"会", "要", "能", "将", "曾", "还会", "也会"}


# How far back from 地 the person a manner phrase follows may be named (侯毅 + 就 曾 满头 问号 + 地).
MANNER_PHRASE_TOKENS = 5


def _without_manner(kept):
    """邵晓锋直截了当地 (对马云说) → 邵晓锋, 马云也会很坚定地 (告诉他) → 马云: a manner phrase ending in 地
    (and the modal verbs and adverbs before it) stands between a speaker and the verb; a phrase of any words
    (满头问号地, 一脸无奈地: a verb and its object) right after a person jieba names is one too (侯毅就曾满头问号地
    (发现), fresh23 742)."""
    if not kept or kept[-1][0] != "地":
        return kept
    kept = kept[:-1]
    if len(kept) == 1 and kept[0][1] not in persons.PERSON_TAGS:
        return []  # 客观地(说), 坦白地(说) (fresh13 433, fresh15 503; jieba: 客观/n): a manner alone is the writer's frame
    named = [j for j in range(max(0, len(kept) - MANNER_PHRASE_TOKENS), len(kept))
             if kept[j][1] in persons.PERSON_TAGS and len(kept[j][0]) >= 2]
    if named and not any(tag == "uj" for _, tag, _ in kept[named[-1]:]):  # not 王明的儿子满怀深情地: his son speaks
        return kept[:named[-1] + 1]
    while len(kept) > 1 and (kept[-1][1].startswith(_MANNER_TAGS) or kept[-1][0] in _MODALS):
        kept = kept[:-1]
    return kept


def _with_given_name_rejoined(tokens):
    """陈河 + 才 (介绍), 郭谨 + 一 (表示), 郭谨 + 一曾 (表示): jieba reads the last character of a three-character
    name as an adverb or a numeral when a verb follows, alone or with the adverbs after it; a two-character
    name and one such character are one name (the adverbs after it are not part of it). The same holds for a
    name jieba reads as a place when it starts with a surname (王国 + 兴 (認為), fresh7 303) and for a
    transliterated three-character name that does not (迪里夏 + 提 (指出), fresh7 309)."""
    if len(tokens) >= 2:
        (name, tag, start), (last, _, _) = tokens[-2], tokens[-1]
        cut_name = (tag.startswith("nr") and len(name) == 2 or tag == "ns" and len(name) == 2 and name[0] in lexicon.surnames()
                    or tag.startswith("nr") and len(name) == 3 and name[0] not in lexicon.surnames())
        if cut_name and "\u4e00" <= last[:1] <= "\u9fff" \
                and last[0] not in persons.ADVERBS_AFTER_A_NAME and all(c in persons.ADVERBS_AFTER_A_NAME for c in last[1:]):
            return [*tokens[:-2], (name + last[0], "nr", start)]
    return tokens


# jieba tags of a time, a place or a direction: before a person's name they say when or where, not who.
_WHEN_OR_WHERE_TAGS = ("t", "ns", "f", "s")


def _person_after_relative_clause(clause_tokens):
    """十年前带领龙湖集团赴港上市的吴亚军 → 吴亚军, …频有斩获的他 → 他: a person named after a clause that
    describes them."""
    marks = [i for i, (word, _, _) in enumerate(clause_tokens) if word == "的"]
    if marks and any(tag.startswith("nr") for _, tag, _ in clause_tokens[marks[-1] + 1:]):
        return _without_title_before_verb(clause_tokens[marks[-1] + 1:])
    if marks and clause_tokens[0][1].startswith("v") and _ends_in_organisation(clause_tokens[marks[-1] + 1:]):
        return clause_tokens[marks[-1] + 1:]  # 负责监管英国铁路的英国铁路监管办公室 → 英国铁路监管办公室
    if (marks and len(clause_tokens) == marks[-1] + 2 and _is_pronoun_source(clause_tokens[-1][0])
            and not refers_to_document(clause_tokens[-1][0])):  # ING发给客户的报告 is ING's report
        return clause_tokens[-1:]  # 近年来在欧洲3G市场频有斩获的他(认为) → 他
    if (len(clause_tokens) >= 2 and clause_tokens[-1][0] in cue_words("title_after_name")
            and clause_tokens[-2][1].startswith("nr") and len(clause_tokens[-2][0]) >= 2):
        clause_tokens = clause_tokens[:-1]  # 考古学家俞伟超教授 → 考古学家俞伟超: the person, as carried later
    if (len(clause_tokens) >= 2 and clause_tokens[-1][1].startswith("nr") and len(clause_tokens[-1][0]) >= 2
            and all(tag.startswith(_WHEN_OR_WHERE_TAGS) for _, tag, _ in clause_tokens[:-1])):
        return clause_tokens[-1:]  # 古代欧洲亚里士多德(相信) → 亚里士多德: when and where are not the name
    return clause_tokens


def _without_title_before_verb(clause_tokens):
    """访问研究员马修•海姆 → 研究员马修•海姆: jieba tags 访问 ("visiting") of a title a verb, which would read
    as a clause with no speaker; a person's name after the title stays the source."""
    if len(clause_tokens) >= 3 and clause_tokens[0][1].startswith("v") and clause_tokens[1][1] == "n" \
            and any(tag.startswith("nr") and len(word) >= 2 for word, tag, _ in clause_tokens[2:]):
        return clause_tokens[1:]
    return clause_tokens


# The word that closes an occasion written before the speaker: 在接受《科学时报》采访时(彭宝淦解释说).
_OCCASION_ENDS = {"时", "上", "期间", "之际", "后"}


def _person_after_occasion(clause_tokens):
    """在接受《科学时报》采访时彭宝淦 → 彭宝淦: an occasion (在 … 时/上/期间) before a person's name is not
    part of the speaker."""
    if not clause_tokens or clause_tokens[0][0] not in ("在", "于"):
        return clause_tokens
    ends = [i for i, (word, _, _) in enumerate(clause_tokens) if word in _OCCASION_ENDS]
    if ends and any(tag.startswith("nr") for _, tag, _ in clause_tokens[ends[0] + 1:]):
        return clause_tokens[ends[0] + 1:]
    return clause_tokens


def _cjk_gap(tokens, j: int) -> bool:
    """A space between two Chinese characters (a heading run into its paragraph: 把握推地节奏 谷文胜表示) is
    a break; one beside a digit or a Latin word (招商证券 2017 年) is typesetting."""
    if not tokens[j][0].isspace() or j == 0 or j + 1 >= len(tokens):
        return False
    return is_cjk(tokens[j - 1][0][-1]) and is_cjk(tokens[j + 1][0][0])


# What the words between a spaced name and its say-verb may tell: the occasion or manner of speaking (致辞/v 时/f,
# 在会上, 随后), no one who speaks
_OCCASION_ONLY_TAGS = ("v", "f", "t", "d", "p", "m", "q")


def _occasion_after_a_spaced_name(tokens, j: int, clause) -> bool:
    """政务部长迪内希 致辞时(说) (fresh28 863: 联合早报's pages set names off with spaces): the words after the space tell
    only when or how the name before it spoke, so the space is no break; a heading run into its paragraph
    (把握推地节奏 谷文胜表示) has the speaker after the space, and a space the verb follows at once stays a break."""
    word, tag, _ = tokens[j - 1]
    # 迪内希/ns: a name spelled by sound that jieba takes for a place
    named = _reads_as_a_name(tokens[j - 1]) or tag == "ns" and len(word) >= 2 and persons.transliterated(word)
    return named and bool(clause) and all(tag.startswith(_OCCASION_ONLY_TAGS) for _, tag, _ in clause)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A quoted name inside a clause (「MOZTECH墨子科技」今日发布, 在“邸报”中总结) is this many tokens at most.
QUOTED_NAME_MAX_TOKENS = 6


# Before a quoted name that is part of the clause: the clause's start, the place where something was written
# (在“邸报”中总结说), or a word that names what follows (通过名为「电报」的通讯软件表示: the channel, then the speaker
# before it); after 的 or 因 (因「苏拉」发出…警告) the quoted words describe, they name no speaker.
_BEFORE_QUOTED_NAME = {"在", "于", "从", "名为", "叫做", "称为"}
# What a quoted handle is the name of (网友“叶子飞扬”惊呼, fresh9 346): the quotes hold the speaker's name.
HANDLE_KINDS = ("公号", "公众号", "微博", "账号", "网名", "昵称", "网友", "博主")


def _quote_opening(tokens, j: int) -> int | None:
    """Where a short quote of words closing at token ``j`` opens (at most QUOTED_NAME_MAX_TOKENS inside, no clause
    break), None when token ``j`` closes no such quote."""
    if tokens[j][0] not in CLOSE_QUOTES:
        return None
    for i in range(j - 1, max(-1, j - QUOTED_NAME_MAX_TOKENS - 2), -1):
        if tokens[i][0] in OPEN_QUOTES:
            return i if i < j - 1 else None
        if re.search(CLAUSE_BREAK, tokens[i][0]):
            return None
    return None


def _quoted_handle_start(tokens, j: int) -> int | None:
    """Where a handle closing at token ``j`` right before the verb starts, with the kind before it (网友“叶子飞扬”
    (惊呼), fresh9 346); None for anything else, as a quote right before a verb is mostly the words said."""
    i = _quote_opening(tokens, j)
    if i and _used_by_a_means(tokens, i):
        return i - 1  # 腾讯信息可视化实验室通过查询“彭博亿万富翁指数”(发现), fresh21 684: what the means was, the speaker before
    return i - 1 if i and tokens[i - 1][0].endswith(HANDLE_KINDS + _document_nouns()) else None


def _used_by_a_means(tokens, i: int) -> bool:
    """Whether the quote opening at token ``i`` names what a means used (通过查询“…”, 借助“…”): a name inside the
    clause, not words said."""
    return any(word in _MEANS_MARKS and tag == "p" for word, tag, _ in tokens[max(0, i - MEANS_TO_QUOTE_TOKENS):i])


# At most this many tokens between a means (通过, 借助) and the quoted name it uses (通过查询“…”, 通过对“…”的分析).
MEANS_TO_QUOTE_TOKENS = 3


@lexicon.cached
def _document_nouns() -> tuple[str, ...]:
    """报告, 文件, 白皮书 …: the ``document_head`` words that are nouns of a document (two characters or more; 社, 报, 网
    end an outlet's name). A quote right after one is the document's title (乐施会的新报告“Economy for 99%”(称)), so
    the clause goes on before it."""
    return tuple(word for word in cue_words("document_head") if len(word) >= 2 and word not in _LEADING_DOCUMENT_WORDS)


# document_head words that are no noun a title follows: 文中 (in the text), 作者 (the author), 公号 (a handle's kind).
_LEADING_DOCUMENT_WORDS = ("文中", "作者", "公号", "一文")


def _quoted_name_start(tokens, j: int) -> int | None:
    """Where a short quoted name that closes at token ``j`` opens («MOZTECH墨子科技» opening the clause,
    在“邸报”中), when the quotes hold only words; None for a quote that ends a clause of its own."""
    i = _quote_opening(tokens, j)
    if i is None:
        return None
    opens_clause = i == 0 or re.fullmatch(CLAUSE_BREAK, tokens[i - 1][0]) is not None
    return i if opens_clause or tokens[i - 1][0] in _BEFORE_QUOTED_NAME or _used_by_a_means(tokens, i) else None


# A bracket this long (with what it glosses) before a name describes the name (BI 工具（把資料庫做成報表與圖表的軟體）
# Metabase); a short one is part of it (嘉华(中国)投资有限公司).
GLOSS_MIN_CHARS = 8


def clause_tokens_before(tokens, k: int):
    clause, closed, titled = [], 0, 0
    j = k
    while j > 0:
        j -= 1
        word, tag, start = tokens[j]
        titled += word.count("》") - word.count("《")  # 《关于批转社会保障“十二五”规划纲要的通知》: one name
        quoted = _quoted_name_start(tokens, j) if clause else _quoted_handle_start(tokens, j)
        if quoted is not None:  # the clause goes on before a quoted name: 「MOZTECH墨子科技」今日(指出)
            clause += reversed(tokens[quoted:j + 1])
            j = quoted
            continue
        if not titled and (re.fullmatch(CLAUSE_BREAK, word) or word in "（(" and not closed
                           or _cjk_gap(tokens, j) and not _occasion_after_a_spaced_name(tokens, j, clause)):
            if closed and word in "：:":
                # 政知局（微信ID：bqzhengzhiju）小编(梳理发现): a colon inside a bracket labels a gloss; what is left of
                # the gloss (bqzhengzhiju）) is no part of whoever follows it
                clause = clause[:max(i for i, tok in enumerate(clause) if tok[0] in "）)")]
            break
        closed += (word in "）)") - (word in "（(")
        clause.append((word, tag, start))
    clause.reverse()
    while clause and clause[0][0] in "（(":  # (中央社记者沈佩瑶台北23日电)媒体: the dateline is no source
        end = next((i for i, tok in enumerate(clause) if tok[0] in "）)"), len(clause) - 1)
        clause = clause[end + 1:]
    if clause and clause[-1][0] in "）)":  # 在星期三（11日）, 供销大集（000564.SZ）: a gloss after the head
        opening = max((i for i, tok in enumerate(clause) if tok[0] in "（("), default=0)
        clause = clause[:opening]
    close = max((i for i, tok in enumerate(clause) if tok[0] in "）)"), default=-1)
    after = [tok for tok in clause[close + 1:] if tok[0].strip()]
    if close > 0 and after and after[0][1] in SPECIFIC_ACTOR_TAGS and sum(len(w) for w, _, _ in clause[:close]) >= GLOSS_MIN_CHARS:
        clause = clause[close + 1:]  # BI 工具（把資料庫做成報表的軟體）Metabase (公告): the gloss says what the name is
    return clause


@lexicon.cached
def _saying_manner() -> re.Pattern:
    """金士衡在“邸报”中总结(说), 俞伟超教授研究(说): how the speaker came to say it, before the verb."""
    return re.compile(f"(?:{'|'.join(map(re.escape, cue_words('saying_manner')))})$")


@lexicon.cached
def _trim_words() -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in entries("source_trim")), key=len, reverse=True))


@lexicon.cached
def _trim_word_lengths() -> tuple[frozenset[str], tuple[int, ...]]:
    """The ``source_trim`` words as a set, and the lengths they come in: whether any opens or ends a source is a few
    slices looked up, not a startswith and an endswith for every word."""
    words = frozenset(_trim_words())
    return words, tuple(sorted({len(word) for word in words}))


def _opens_or_ends_in_trim_word(source: str) -> bool:
    words, lengths = _trim_word_lengths()
    return any(source[:n] in words or source[-n:] in words for n in lengths)


@lexicon.cached
def _generic_subjects() -> frozenset[str]:
    return frozenset(e.cue for e in entries("generic_subject"))


@lexicon.cached
def vague_groups() -> frozenset[str]:
    """人们, 有人, 外界: generic subjects that still stand for someone (label unnamed in claim_cues.tsv)."""
    return frozenset(e.cue for e in entries("generic_subject") if e.label == "unnamed")


UNNAMED = "(unnamed)"


def unnamed_as(who: str) -> str:
    """The source of words said by someone not named, with what the text calls them: (unnamed: 知情人士)."""
    return f"{UNNAMED[:-1]}: {who})"


def unnamed_who(source: str) -> str | None:
    """知情人士 of (unnamed: 知情人士), what the text calls someone not named (the inverse of :func:`unnamed_as`); ""
    for a bare (unnamed), None for any other source."""
    return source[len(UNNAMED) + 1:-1] if source.startswith(UNNAMED[:-1]) else None


UNRESOLVED = "(unresolved)"
# A list marker is never part of a source: "2、世界银行", "（1）", "①", a bullet "● 4日公安部".
LIST_MARKER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*|^[（(]\d{1,2}[)）]\s*|^[\u2460-\u2473]\s*"
                          r"|^[●○■□◆◇▲△▶►•·★☆※]\s*")
# Markup a feed or a page left in the text is never part of a source, nor is the dateline after it:
# "[CDATA[<p>(澳門電台消息) 公共建設局", "</p><p>主持人" (an RSS item's HTML read as plain text); nor is
# the @ that marks a social-media handle (@涿州公安网络发言人发布消息称 → 涿州公安网络发言人); nor are the
# line breaks an export wrote out as escapes ("\\n\\n美国心脏协会…表示", fresh14 483: a text file whose
# paragraphs are joined by the two characters \ and n); nor is a wire's dateline in brackets, (澳門電台消息) or
# 【時報－台北電】 (fresh22 723); nor is any lenticular-bracketed head before it, a digest's or a headline's
# (【财联社6月26日早间新闻精选】 1、商务部新闻发言人何亚东, fresh37 1044: the speaker is the item's, after its list marker).
_MARKUP_PREFIX = re.compile(r"^(?:\s*(?:<!\[CDATA\[|\[CDATA\[|</?[A-Za-z][^<>]{0,40}>|@(?=\w)|\\[nrt](?![a-z])"
                            r"|[（(][^（）()【】]{1,12}(?:消息|电|電|讯|訊|报道|報導)[)）]|【[^【】]{1,60}】))+\s*")
# What stands between a source and its verb but is not the source: the occasion (在答复热点问题时),
# the listener (对财新记者, 向记者), the interview (接受新华社采访), a date's 于, 所 (所指出), 分析 (分析称).
_TAIL_WORDS = (r"在[^在]{1,30}?(?:时|時|上|中|下|期间|期間|群|网站|網站|微博|平台|区|區|记者会|記者會|发布会|發佈會|例会|之后|之後|以后|以後)"
               # Tristan Buckmaster在看完这项工作后(说): an act the speaker finished before speaking (a one-word time,
               # 在赛后, 在会后, is left to the source_trim words, which keep 队长吉田麻也 whole)
               r"|在[^在，。；]{3,30}?[后後]"
               r"|(?:在|于|於)(?:微博|网站|網站|官网|官網|平台|社交媒体|社交媒體|Facebook|脸书|臉書|Twitter|推特)"
               r"|(?:主持|出席|参加|參加|会见|會見|考察|视察|視察|调研|訪問|访问)[^，。；]{1,25}?(?:时|時|上)"  # 习近平主持召开…会议时(指出)
               # 外长16日发表演讲时(声称), 主任娄峰做主题发言时(表示) (fresh24 786)
               r"|(?:发表|發表|作|做)[^，。；]{0,10}?(?:演讲|演講|讲话|講話|致辞|致詞|报告|報告|发言|發言)(?:时|時)"
               # 總統致詞(表示) fresh13 430, 謝楠楨教授致辭(說) fresh18 562, 吳宗憲12日晚間受訪時(回應) fresh18 571: the
               # speaker's address or interview, told right before the verb, is no part of the speaker
               # 吳諾弘賽後與隊友受訪時(指) (fresh39 1080): who was interviewed with the speaker is no part of the speaker
               r"|(?:首先|最后|最後|随后|隨後)?(?:致辞|致辭|致词|致詞)(?:时|時)?|(?:晚间|晚間|早上|上午|下午|晚上)?"
               r"(?:(?:与|與|和|同|跟)[^，。；与與和同跟]{1,8}?(?:一同|一起)?)?(?:受访|受訪)(?:时|時)"
               r"|(?:到|来到|前往|赴)[^，。；到]{1,15}?(?:后|时)"  # 议员任国栋到红磡街市后(称)
               r"|(?:对|對|向|跟|给|給|告诉|告訴)[^，。；]{0,20}?(?:记者|記者)|接受[^，。；]{0,20}?(?:采访|採訪|专访|專訪|访问|訪問|查询|查詢|询问|詢問|盘问|盤問|提问|提問)(?:时|時)?"
               r"|(?:上|本|这|這|下)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"  # 汪明荃上周四(接受本報查詢時表示)
               r"|(?:对|向)(?:媒体|外界|公众|投资者|债权人|客户)"
               # 国务院副总理曾培炎做出(批示), 习近平作出重要(指示): the verb that makes an instruction a deed, no part of the
               # one who gave it (尚未做出正面回应, 没有作出: nothing was given, the clause stays whole and names no speaker)
               r"|(?<![未没不])(?:做出|作出)(?:了)?(?:重要|书面|口头)?"
               # 美容院老板陈某找她(说), fresh21 682: whom the speaker went up to and spoke to, no part of the speaker
               r"|(?:找到?|找来|叫住|叫来|喊住|拦住|拉着|拉住)(?:他|她|我|你|您)们?"
               r"|(?:当地|北京|美东)时间[\d月日号凌晨早上中下午晚间时点分:：]*"  # 美国商务部一位高级官员当地时间4月20日晚间(表示)
               r"|从[^，。；]{1,15}?(?:角度|方面|层面)"  # 刘兴亮从资本的角度(分析)
               r"|(?:发布|发出|发表|贴出|写下|发|發)(?:了)?(?:一份|一则|一篇|一条)?(?:信息|消息|声明|聲明|公告|微博|博文|推文|文章|通知|帖子)"  # 政府發聲明(指)
               # 索罗斯数周前发出警告(说), fresh30 909: the warning given is the act of saying, no part of who gave it
               r"|(?:发出|發出)(?:了)?(?:一个|一次)?(?:警告|警示|呼吁|呼籲)"
               # 今日俄罗斯评价(称), 诺基亚内部人士评价(说), 《巴伦周刊》评价(说): jieba tags these speech acts nouns, so the
               # manner-verb trim misses them; they tell how the words came, not who said them (一篇评论(称) is a text:
               # after a measure word the noun is the source's head and stays)
               r"|(?<=..)(?<![篇则則条條份项項])(?:评价|評價|评论|評論)"
               # 《第一财经日报》获得的(消息显示) (fresh34 982), 本报拿到的(文件显示): who obtained the news or the
               # papers reports them; the act of getting them is no part of the name
               r"|(?<=..)(?:获得|獲得|获取|獲取|拿到|取得)"
               # 陳離開法院時(表示); 辯方求情時(稱) (fresh39 1081): the defence's plea in mitigation, a hearing's step
               r"|(?:原审|原審)?(?:离开|離開|回应|回應|判刑|宣判|审理|審理|被问及|被問及|问及|問及|回答|出庭|求情|结案陈词|結案陳詞|陈词|陳詞|作供)"
               r"[^，。；]{0,20}?(?:时|時)"
               r"|(?:(?<=报告)|(?<=文章)|(?<=文件)|(?<=声明)|(?<=公告)|(?<=通报)|(?<=信))中"
               # 上海市浦东新区市场监督管理局官方微博(发布消息称), 百度官微, 财政部官网 (fresh31 923, fresh30 902, tune 250): a
               # body's own account or website is the body speaking
               r"|(?<=..)(?:官方微博|官方微信|官方账号|官方帳號|官方网站|官方網站|官微|官网|官網)")
_SOURCE_TAIL_WORDS = re.compile(rf"(?:{_TAIL_WORDS})$")
_SOURCE_TAIL = re.compile(rf"(?:{_TAIL_WORDS}|于|所|对外|等|后来|一致|为何|为什么|如何|是否)$")


# X发布的…, X曝光的…: X wrote or released the document the sentence cites.
# 「MOZTECH墨子科技」今日晚间在脸书粉专发布的(紧急公告): where it was released is not part of the author.
_AUTHORED_BY = re.compile(r"^(?P<author>.+?)(?:在[^在的]{1,12})?(?:发布|曝光|公布|公开|披露|发表|出具|撰写|发给[^的]{1,6})的")


# jieba tags of times, numbers, measure words, directions, adverbs and function words: a "source" of
# only these (目前众多, 此后) names no one.
_NO_NAME_TAGS = ("t", "m", "q", "f", "d", "c", "p", "u")


# Trimmed only where a source starts: 据新华社 → 新华社, but 有数据 keeps its 据.
# 惟 ("but", Hong Kong's press: 惟裁判官認為, fresh39 1081) opens a clause; at a source's end it is a given name's (王惟)
_LEADING_ONLY = {"据闻", "据", "根据", "按照", "依据", "在", "就在", "使", "令", "惟"}  # 使当时官员金士衡(总结说), not 大使


# A line break or a space written out as an escape (\\n, \\u3000; doubled, \\\\n, when a notebook's JSON held a
# scraper's string, fresh19 614) anywhere in a clause: the clause starts after it (a heading ran into the
# paragraph: "3、4月為餐飲業淡季\\u3000黃傑龍料結業潮持續一段時間\\n黃傑龍(指出)" → 黃傑龍), as after the
# "\\n\\n" that opens a paragraph (fresh14 483, _MARKUP_PREFIX).
_ESCAPED_BREAK = re.compile(r"\\+(?:[nrt](?![a-z])|u[0-9a-fA-F]{4})")


def _after_stray_marks(raw: str) -> str:
    """The clause after the last escaped line break or space, and after an ASCII double quote left unpaired
    (a quotation closing right before its speech tag: …一场 9 级地震正在撼动整个职业，"他写道 → 他, fresh19 602):
    a source never carries an escape, a newline or a quotation mark the clause reader did not take for a break.
    A quoted name ("vibe coding"一词的人) keeps its pair."""
    raw = _ESCAPED_BREAK.split(raw)[-1]
    raw = re.split(r"[\r\n]", raw)[-1]
    if raw.count('"') % 2:
        raw = raw.rsplit('"', 1)[-1]
    return raw


def clean_source(raw: str, name_follows: bool = False) -> str | None:
    """The source named in a cue, trimmed ("人社部27日公布" → "人社部"); "" when none is named (or the
    outlet's own reporter is), None when the 'source' is a generic subject (人们认为) and the sentence
    is not attributed. A source that names no one (业内人士, 有数据) is "(unnamed: 业内人士)".
    A relayed source names both, reporter first: 路透社援引知情人士 → "路透社; (unnamed: 知情人士)".
    ``name_follows``: ``raw`` is the title before a person's name (環球晶董事長 of 環球晶董事長徐秀蘭), kept whole, since the
    person speaks, not the body."""
    raw = _after_stray_marks(raw)
    relayed = re.split(r"援引|引述|引用", raw)
    if len(relayed) > 1:
        names = [clean_source(part) for part in relayed]
        return "; ".join(name for name in names if name)
    if raw.strip().rstrip("的").endswith(cue_words("norm_head")):  # 按照企业会计准则(的规定), 根据相关法律:
        norm = re.sub(r"^(?:按照|根据|依据|据)", "", raw.strip().rstrip("的"))  # (not trimmed: 准则 ends in 则)
        return unnamed_as(norm)  # a rule followed, no one said it
    # 、次被告盧昕傑: a clause cut after a quotation's close starts with the list's comma, no part of a name
    # (——Andrii声称: a dash that sets a speaker's line apart is punctuation, no part of the name either)
    source = _trimmed(LIST_MARKER.sub("", _MARKUP_PREFIX.sub("", raw.strip())).lstrip("、，,；;—–-"))
    source = _trimmed(_without_manner_phrase(source))
    if source in vague_groups():
        return unnamed_as(source)  # 人们认为, 有人说: a vague group, recorded, adds no score
    if source in _generic_subjects() or source.startswith(cue_words("not_a_speaker_start")):
        return None  # 人们认为; 以下是主要功能(介绍)
    if source.count("《") > source.count("》"):
        return None  # 按照…《政府工作(报告》): the cue word was inside a title
    if source in _trim_words() and not refers_to_document(source):
        return ""  # 公开资料显示: attributed, but to no one in particular (通报称 is the notice cited before)
    if source.endswith("”") and source[: source.rfind("“")].endswith(_document_nouns()):
        source = f"{source[: source.rfind('“')]}《{source[source.rfind('“') + 1:-1]}》"  # 报告“Economy for 99%”: a title
    if (title := source.find("《")) >= 4:  # a document named after words that are not its author
        released = _AUTHORED_BY.match(source[:title])
        author = source[:title].rsplit("的", 1)
        if released and source[:title].endswith("的"):
            source = released["author"]  # Trustdata发布的《2019年…简报》: who released it
        elif len(author) == 2 and author[1] and _document_owner(source[:title]) == author[0] and len(author[0]) >= 2:
            source = author[0]  # 乐施会的新报告《Economy for 99%》: the words after 的 only name the document
        else:
            source = (author[1] if len(author) == 2 else "") + source[title:]  # 业主提供的长沙市住建局《答复》
    if (author := _AUTHORED_BY.match(source)) is not None:
        source = _trimmed(author["author"])  # 香港《明报》曝光的现场(视频显示) → 香港《明报》
    source = _without_adverb_left_by(_document_owner(source), source)
    if source.endswith(_WHEN_ENDS):
        return ""  # 从小米入股美的时(披露的经营数据看), fresh13 433: a when-clause dates the act and names no speaker
    owner = source.rsplit("的", 1)[-1]
    if (_written_length(source) > SOURCE_MAX_CHARS and "的" in source and "《" not in source or referred_actor().fullmatch(owner)
            or owner != source and owner in lexicon.surnames()):  # 本身在對沖基金工作的錢(指), fresh10 376: the person 錢
        if INDEFINITE_OPENING.match(source):  # 国内多位接受…采访的民航技术人员: some of them, unnamed
            return unnamed_as(owner)
        source = owner  # 财新记者获得的该份北京博奥医学检验所 → 该份北京博奥医学检验所
    if _made_of(source, cue_words("self_source"), ()) or _reporter_of(source) == "":
        return ""  # 记者了解到, 据本报记者调查: the outlet's own reporting
    if (news := _NEWS_OF.fullmatch(source)) and names_an_actor(news["owner"]) and not _unnamed(news["owner"]):
        source = news["owner"]  # 俄塔社消息(则透露), fresh13 446; 新华社消息(称): the outlet's own news, it says it
    # 韩国外交部高层人士: an unnamed official, and the body they speak for; 有龙煤集团人士 (fresh23 764): someone of it
    body = _body_of_unnamed(re.sub(r"^有(?![关些的])", "", source))
    if body or _unnamed(source) or _relative_of_referent(source):
        return f"{unnamed_as(source)}; {body}" if body else unnamed_as(source)
    tags = [tag for _, tag in segment.cut_pos(source)]
    if (all(tag.startswith(_NO_NAME_TAGS) for tag in tags) and source not in cue_words("speaking_side")
            and not (source in lexicon.surnames() and tags == ["q"])):
        # 目前众多(数据显示): a time and a quantity are no one; the words stay attributed (a surname the clause read as
        # its subject is a person though jieba tags it alone a measure word: 張/q 感觸地(說), fresh39 1080; 於 of
        # 於當日…宣布 stays a preposition)
        return ""
    if source.endswith(("了", "过")):
        return None  # 价差达到了(4月份宣布…以来): a verb's clause, once its date is gone, names no one
    if len(source) < 2 and not _is_pronoun_source(source) and source not in lexicon.surnames():
        return None  # one character left of a clause (针对此事 → 针) names no one; 邵(说) is a person
    if re.fullmatch(r"「[^「」]+」", source):
        source = source[1:-1]  # 「华盛顿邮报」: corner brackets mark the name as a title, they are not part of it
    source = _without_title_after_name(_cut_after_name(_outlet_by_its_title(source)))
    return source if name_follows else _body_of_its_officer(source)


# 瑞為技術公司銷售總監: a department's words between the body's name and its officer's title (銷售, 研究, 财务)
OFFICER_QUALIFIER_MAX_CHARS = 4


def _body_of_its_officer(source: str) -> str:
    """香港置業行政總裁 → 香港置業, 瑞為技術公司銷售總監 → 瑞為技術公司 (fresh27 844, 846): a body's officer written by
    title alone (``officer_title``), with no name, speaks for the body, as an unnamed official of it does (round 18);
    a department's words between a name ending in an ``organisation_suffix`` and the title go with the title. Round 27:
    in the seen gold such rows give the body, alone or beside the titled string (富国银行分析师 | 富国银行). Not a named
    officer (万科总裁郁亮, 郁亮总裁), a body referred to (该公司总裁) or a suffix alone (公司总裁); and not 发言人, whose
    words the gold keeps as the spokesperson's (涿州公安网络发言人)."""
    simple = to_simplified(source)
    title = next((t for t in cue_words("officer_title") if simple.endswith(t)), "")
    if not title or len(simple) != len(source):
        return source
    body = simple[:-len(title)].removesuffix("副")  # 副总裁
    ends = [body.rfind(s) + len(s) for s in cue_words("organisation_suffix") if s in body]
    if ends and 0 < len(body) - max(ends) <= OFFICER_QUALIFIER_MAX_CHARS:
        body = body[:max(ends)]
    if (len(body) < 2 or body in cue_words("organisation_suffix") or is_referring(body) or _INDEFINITE.search(body)
            or any(tag.startswith("nr") for _, tag in segment.cut_pos(body))):
        return source
    return source[:len(body)]


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&'\-]*")


def _written_length(source: str) -> int:
    """How long a source reads, for SOURCE_MAX_CHARS: without a body's Latin gloss in brackets, a Latin word as one
    character and no spaces, so a foreign body named in Latin stays the speaker's body (摩根士丹利 (Morgan Stanley)
    的经济学家, 咨询公司 Pantheon Macroeconomics 的分析师, fresh15 501: the staff of the body, not staff of no one)."""
    return len(_LATIN_WORD.sub("A", re.sub(r"\s+", "", LATIN_GLOSS.sub("", source))))


def _outlet_by_its_title(source: str) -> str:
    """中国《南方日报》, 中国官媒《人民日报》, 《新京报》 → the outlet's bare name, as the sources convention names an
    outlet: a known outlet (data/lexicon/outlets.tsv) written as a title, after words that only place or describe it
    (its country, 官媒), never after a person (张三在《人民日报》 is 张三's)."""
    titled = re.fullmatch(r"(?P<before>[^《》]*)《(?P<name>[^《》]+)》", source)
    if not titled or not outlets.known_outlet(titled["name"]):
        return source
    if any(tag.startswith(("nr", "p", "v", "u")) for _, tag in segment.cut_pos(titled["before"])):
        return source
    return titled["name"]


# 俄塔社消息, 航天科技集团一院的消息: a named body's news (消息 alone, 有消息, is an unnamed source).
_NEWS_OF = re.compile(r"(?P<owner>.{2,}?)的?(?:消息|讯息|訊息)")


# The words that close a when-clause (入股美的时, 访华之际, 会谈期间): a source that ends in one is only an occasion;
# a one-character remnant of it (时, also a surname) must never be taken for a person.
_WHEN_ENDS = ("时", "時", "时候", "時候", "之际", "之際", "期间", "期間")


# Tags of the word that ends a name, before an adverb or a time word that ends the source (马晓光/nr 也).
# A time word told relative to now or to the story (今年, 同年, 日前, 昨天, 周一), not a name's part jieba tags as time
# (中国中期).
_RELATIVE_TIME = re.compile(r"[今去明前同本上下当近昨翌次早]|日前|此前|目前|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]$")
# 三周(前), 数周(前), 两个月(前): a span of time counted back from the story (jieba: 三周/m 前/f), which dates the act.
_SPAN_BEFORE = re.compile(r"(?:[一二两兩三四五六七八九十几幾数數]+|\d+)个?(?:周|週|星期|天|日|月|年|小时|小時)")
_BEFORE_NOW = {"前", "以前", "之前"}
_NAME_END_TAGS = ("nr", "nt", "nz", "ns", "n", "j", "eng")


def _time_told_relative(tokens, k: int) -> bool:
    """Whether token k opens a time told relative to now or to the story: 上周, 日前, 周一, or a span counted back
    (三周前, 数周前)."""
    word, tag = tokens[k]
    if tag == "t" and _RELATIVE_TIME.match(word):
        return True
    return bool(_SPAN_BEFORE.fullmatch(word)) and k + 1 < len(tokens) and tokens[k + 1][0] in _BEFORE_NOW


def _cut_after_name(source: str) -> str:
    """马晓光也预留伏笔(表示) → 马晓光, 辯方今年(6月引述) → 辯方: what follows a name from an adverb of
    ADVERBS_AFTER_A_NAME with words after it, or from a relative time word, is the clause's verb phrase or its
    time, no part of who spoke; the source is the name before it. (An adverb that ends the source may end the
    name: 队长吉田麻也.) Only the listed one-character adverbs: jieba tags parts of titles and names as adverbs
    too (终身教授, 西尔维斯特), and those are the source. A name may be a title (据《华尔街日报》上周(报道), fresh30
    909) when the cut falls after it, never inside one (《明天》前的时间 stays whole)."""
    tokens = segment.cut_pos(source)
    for k in range(1, len(tokens)):
        adverb = tokens[k][0] in persons.ADVERBS_AFTER_A_NAME and k + 1 < len(tokens)
        if not (adverb or _time_told_relative(tokens, k)):
            continue
        name = "".join(w for w, _ in tokens[:k])
        titled = name.endswith("》") and name.count("《") == name.count("》")
        if (tokens[k - 1][1].startswith(_NAME_END_TAGS) or titled) and len(name) >= 2 and (titled or "《" not in source):
            return name
        break
    return source


def _without_manner_phrase(source: str) -> str:
    """(他)还直言不讳地(在《卫报》上发表文章) → "", Randy还直言不讳地 → Randy: how something was said, an
    adverbial ending in 地 before the verb, is no part of the source; a clause that is only the manner names
    no one (the sentence's subject is outside it)."""
    tokens = segment.cut_pos(source) if source.endswith("地") else []
    if not tokens or tokens[-1][0] != "地":
        return source
    kept = tokens[:-1]
    while kept and (kept[-1][1].startswith(_MANNER_TAGS) or kept[-1][0] in _MODALS):
        kept.pop()
    return "".join(word for word, _ in kept)


def _without_title_after_name(source: str) -> str:
    """美国元臣国际律师事务所欧建刚律师 → …欧建刚: a title written after a person's name (``title_after_name``) is
    not part of the name the sentences after it carry; nor after a full name in Latin letters (Allergan首席研发官David
    Nicholson博士 → …David Nicholson, fresh14 482; not after one word, a company's: Google律师)."""
    title = next((t for t in cue_words("title_after_name") if source.endswith(t) and len(source) > len(t) + 1), "")
    tokens = segment.cut_pos(source[:-len(title)]) if title else []
    person = tokens and tokens[-1][1].startswith("nr") and len(tokens[-1][0]) >= 2
    latin_full_name = len(tokens) >= 3 and tokens[-1][1] == tokens[-3][1] == "eng" and not tokens[-2][0].strip()
    return source[:-len(title)] if person or latin_full_name else source


def _relative_of_referent(source: str) -> bool:
    """他的哥哥, 其家人: someone tied to the person a pronoun stands for, not that person, and not named
    (他的文章 is still his: a ``document_head`` word after 的 refers to the person's own text)."""
    pronoun, _, rest = source.partition("的")
    return (bool(rest) and pronoun in {e.cue for e in entries("pronoun", "text")}
            and not rest.endswith(cue_words("document_head")))


def _trimmed(source: str) -> str:
    """人社部27日(公布) → 人社部, 墨子科技今日晚间 → 墨子科技: without dates, the words between a source and its
    verb, and ``source_trim`` words at either end (at the start only for 据, 在, 使 …)."""
    changed = True
    while changed and source:
        changed = False
        source = re.sub(r"\s+\d+$", "", _strip_dates(source)).strip()  # 南方周末 2013 年 9 月 20(日报道)
        dated = re.search(r"[（(]([^（）()]{1,16})[)）]$", source)
        if dated and not _strip_dates(dated.group(1)):  # 蓬佩奥上周五（6月26日）(曾表示): the day in brackets
            source, changed = source[:dated.start()].strip(), True
        elif dated and dated.start() > 0 and _BRACKETED_GLOSS.fullmatch(dated.group(1)):
            source, changed = source[:dated.start()].strip(), True  # 尚纬股份（603333.SH）, 盧昕傑（27歲）
        if ((tail := _SOURCE_TAIL.search(source)) and tail.start() > 0 and not _inside_a_word(source, tail.start())
                and not (tail.group() == "等" and "、" in source)):
            source, changed = source[:tail.start()], True
        if not _opens_or_ends_in_trim_word(source):
            continue  # most sources: the loop below would change nothing (and ``changed`` says whether to go round again)
        for word in _trim_words():
            if source.startswith(word) and len(source) > len(word) and not _surname_of_name(word, source):
                source, changed = source[len(word):], True
            if source.endswith(word) and len(source) > len(word) and word not in _LEADING_ONLY:
                source, changed = source[: -len(word)], True
    return source


def _inside_a_word(source: str, at: int) -> bool:
    """Whether offset ``at`` of ``source`` falls inside a name or a long word as jieba cuts it: a tail there only ends
    that word, it is not a tail (港交所, 美國地質研究所: no 所 of 所指出; 王德中, fresh14 470: no 中 of 报告中). A
    two-character common word stays a place to cut (会晤时所(指出): 时所)."""
    return any(offset < at < offset + len(word) and (len(word) >= 3 or tag.startswith(_WHOLE_NAME_TAGS))
               for word, tag, offset in tokens_with_offsets(source))


_WHOLE_NAME_TAGS = ("nr", "nt", "ns", "nz", "j")


# What a bracket after a name only glosses: a stock code or a name in Latin letters (603333.SH, WP, Bruno Le Maire),
# an age (27歲), the time zone of a date (7月21日(当地时间)), a pseudonym's or a transliteration's mark (姜鸿（化名）).
_BRACKETED_GLOSS = re.compile(r"[A-Za-z0-9.\s·•'-]+|\d{1,3}(?:岁|歲)|(?:当地|北京|美东)时间|化名|音译|音譯")


def _surname_of_name(word: str, source: str) -> bool:
    """曾光(表示): the trim word 曾 ("once") is the surname of a name jieba reads whole, not an adverb."""
    first = segment.cut_pos(source)[0]
    return word in lexicon.surnames() and first[1].startswith("nr") and len(first[0]) > len(word)


def _reporter_of(source: str) -> str | None:
    """南方周末记者 → 南方周末, 《等深线》记者 → 等深线, 记者 → "": the outlet whose reporter a source is (None
    when it is no reporter). Whether that outlet is the article's own is known only to
    :func:`claims_table`, which has the article's meta."""
    word = next((w for w in cue_words("self_source") if source.endswith(w)), None)
    if word is None:
        return None
    outlet = source[: -len(word)].strip("《》的 ")
    return "" if _made_of(outlet, cue_words("self_source"), ()) else outlet


def own_reporting(source: str, outlet: str | None) -> bool:
    """据《红周刊》记者了解 in a 证券市场红周刊 article, 财新记者 in a 财新网 one: the article's own reporters,
    no attribution. With the outlet unknown every reporter is taken for the article's own. The outlet naming
    itself (红星新闻注意到， in a 红星新闻 article) is its own reporting too."""
    outlet = to_simplified(outlet or "")  # sources are read in simplified script
    if outlet and is_outlet(source) and to_simplified(source) == outlet:
        return True
    reporter_outlet = _reporter_of(source)
    if reporter_outlet is None:
        return False
    return not outlet or reporter_outlet[:2] in outlet or outlet[:2] in reporter_outlet


# 的 and a short word after an author and before its document's noun: the document's topic or age (的健康普查, 的新报告),
# no part of the author.
_DOCUMENT_TOPIC = re.compile(r"的[\u4e00-\u9fff]{1,4}$")


def _document_owner(source: str) -> str:
    """海通证券 2017 年 10 月的研究 → 海通证券, 中国指数研究院最新的统计 → 中国指数研究院, 聚美优品在今年4月
    → 聚美优品: the author of a document without the words that describe the document (``document_tail``
    in claim_cues.tsv) or date it, when what is left names someone; otherwise the source as it was."""
    owner, changed, described = source, True, False
    while changed:
        changed = False
        owner = _strip_dates(owner).strip()
        for word in cue_words("document_tail"):
            if owner.endswith(word) and len(owner) > len(word) and not _inside_a_word(owner, len(owner) - len(word)):
                owner, changed, described = owner[: -len(word)].strip(), True, True
        if ((described or owner.endswith(cue_words("document_tail"))) and (topic := _DOCUMENT_TOPIC.search(owner))
                and topic.start() >= 2):  # (人口普查 is one word to jieba: its 普查 is not stripped, the rule still holds)
            owner, changed = owner[: topic.start()], True  # 加拿大统计局2016年的健康(普查), 乐施会的新(报告)
    if owner == source or len(owner) < 2:
        return source
    return owner if names_an_actor(owner) or owner.endswith(cue_words("unnamed_head")) else source


def _without_adverb_left_by(owner: str, source: str) -> str:
    """灾害防救科技中心也在(2014年分析) → 灾害防救科技中心 (fresh10 374): once :func:`_document_owner` has cut the time a
    ``document_tail`` word (在) stood before, an adverb jieba cut as a word of its own after the name ends the source
    and goes too (the cut in :func:`_cut_after_name` needs words after it). Only after a body's or a thing's name: a
    person's name may end in the character (队长吉田麻也在赛后…, fresh7 316: jieba cuts 吉田麻/nr 也/d)."""
    tokens = segment.cut_pos(owner) if owner != source else []
    if (len(tokens) >= 2 and tokens[-1][0] in persons.ADVERBS_AFTER_A_NAME
            and tokens[-2][1].startswith(_NAME_END_TAGS) and not tokens[-2][1].startswith("nr")):
        return owner[:-1]
    return owner


def names_an_actor(name: str) -> bool:
    """海通证券, 王凯, 上海公卫中心, 《新财富》, 海航内部人士: a person, an organisation, a titled work or a
    person not named, not only a description (一季度货币执行)."""
    return (any(tag in ACTOR_TAGS for _, tag in segment.cut_pos(name)) or referred_actor().search(name) is not None
            or name.endswith(("》",) + cue_words("unnamed_person")) or name.startswith("(unnamed")
            or QUOTED_HANDLE.search(name) is not None)


# 上海公卫中心一位研究员, 另一位武汉协和医院的医生, 北京一家知名互联网公司的资深HR, 某建筑类国有企业子公司负责人:
# whoever follows an indefinite 一位, 一家 or 某 is not named (王某某 is a name withheld, not an indefinite).
_INDEFINITE = re.compile(r"(?:一位|一名|某位|某名|几位|多位|多名|一家|某(?![某位名]))[^，。；、]{0,18}$")
# …the same quantifier opening a long source whose person comes after a relative clause in 的.
INDEFINITE_OPENING = re.compile(r"^[^，。；、的]{0,4}?(?:一位|一名|某位|某名|几位|多位|多名|数位|数名)")


# 四成香港教师, 超過3成的老闆, 30%的受访者: a share of a group names no one in it.
_SHARE_OF = re.compile(r"^(?:超过|超過|逾|近|约|約|有)?(?:\d+(?:\.\d+)?\s*[%％]|[\d一二三四五六七八九十]+成)")


# 外交部, 卫计委, 访问团, 职工盟: how the name of a ministry, a commission, a delegation or a union ends.
BODY_ENDINGS = ("部", "委", "团", "盟")


_COUNTED_BRANCHES = re.compile(r"^(?P<body>.{2,}?)(?:[一二两三四五六七八九十几多数\d]+|各)家[\u4e00-\u9fff]{1,4}$")


def _body_of_unnamed(source: str) -> str:
    """韩国外交部高层人士 → 韩国外交部, 美国商务部一位高级官员 → 美国商务部, 榆林市卫计委的工作人员 →
    榆林市卫计委: the named body an unnamed official or staff member speaks for, the longest run of whole
    words before words that name a person or group and no one in it (``_unnamed``, ending in an
    ``unnamed_head``, ``unnamed_person`` or ``survey_head``: 粉丝专业 is no official), when it names an organisation
    (a word jieba tags as an organisation or a brand, an ``organisation_suffix`` or ``official_actor``: not 工地现场, 民航 or 海航内部)
    and is no referring word (该局工作人员); "" when there is none. A handle's @ is no part of it."""
    if _without_title_after_name(source) != source:
        return ""  # 美国元臣国际律师事务所欧建刚律师: a named lawyer, not an unnamed one
    tokens = segment.cut_pos(source)
    heads = unnamed_words() + cue_words("survey_head")  # 警方初步调查: the police's
    for k in range(len(tokens) - 1, 0, -1):
        body = "".join(w for w, _ in tokens[:k]).rstrip("的")
        rest = "".join(w for w, _ in tokens[k:]).lstrip("的")
        last = segment.cut_pos(body)[-1] if body else ("", "")
        if rest in heads and last[1].startswith("nr") and len(last[0]) >= 2:
            return ""  # 李刚检察官: a person named with their title
        # 顶湖社区的财福海芋田(老板娘) (fresh11 397): a word jieba has never seen names the farm, as 万达 (nz) does
        organisation = (any(tag in ("nt", "nz", "eng") or unknown_to_jieba(word) for word, tag in tokens[:k])
                        or body.endswith(cue_words("organisation_suffix") + cue_words("official_actor") + BODY_ENDINGS))
        counted = _COUNTED_BRANCHES.match(body)
        if counted and rest.endswith(heads) and body.endswith(cue_words("organisation_suffix")):
            body = counted.group("body")  # 前述营口沿海银行三家支行的工作人员 (fresh20 660): the bank, not "three branches"
        if (len(body) >= 2 and organisation and not _unnamed(body)
                and not body.endswith(cue_words("unnamed_modifier") + cue_words("title_before_name"))  # not …事务所的主任(律师)
                and not is_referring(body) and not _INDEFINITE.search(body) and rest.endswith(heads) and _unnamed(rest)
                and not any(w in rest for w in cue_words("organisation_suffix"))):  # not 绿城物业服务集团(有限公司…)
            return _trimmed(_MARKUP_PREFIX.sub("", body))
    return ""


@lexicon.cached
def _some_of() -> re.Pattern:
    """不少房地产企业, 美国部分政客, 多家券商: a group picked by an indefinite quantifier (``indefinite``
    in claim_cues.tsv) names no one in it."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, cue_words('indefinite')))})[^，。；、]{{1,12}}$")


# 他们, 她们, 我们, 你们, 它们, 咱们: a group that refers back or to the writer, not one told by what its people are.
_PERSONAL_PRONOUN_CHARS = frozenset("他她我你它咱")


def _unnamed(source: str) -> bool:
    """有数据, 业内人士, 一位基因测序专家, 北亚市场的外汇交易员, 后续调查: a source that names no one; nor does a
    group of people told by what they are (数学家们, 网友们: 们 makes a common noun plural, fresh14 465) with no name
    jieba reads in it (他们 and 我们 refer back, resolved elsewhere)."""
    if _named_by_surname(source):
        return False  # 林姓市民 (fresh18 574), 郭姓女子 (fresh10 371): the surname names the person
    if len(source) > 2 and source.endswith("们") and source[-2] not in _PERSONAL_PRONOUN_CHARS:
        group = source[:-1]
        return _unnamed(group) or not any(tag in SPECIFIC_ACTOR_TAGS for _, tag in segment.cut_pos(group))
    modifiers, heads = cue_words("unnamed_modifier"), cue_words("unnamed_head")
    tail = source.rsplit("的", 1)[-1]
    return (source.startswith("有") or source.endswith(cue_words("unnamed_person")) or _SHARE_OF.match(source) is not None
            or _people_of_a_place(source)
            or _made_of(source, modifiers, heads) or _made_of(tail, modifiers, heads)
            or _made_of(source, modifiers, ())
            or (source.endswith(cue_words("survey_head")) and not names_an_actor(source))  # 后续调查, 国内年终调查
            # 一位同样不愿透露姓名的矿工, 北京某高校就业指导中心的老师, 四川大学一位教授: whoever an indefinite
            # 一位 / 一名 / 某 picks is not named, unless a person's name follows
            or ((_INDEFINITE.search(source) is not None or INDEFINITE_OPENING.match(source) is not None)
                and (source.endswith(heads) or not names_a_person(source)))
            or (_some_of().search(source) is not None and not names_a_person(source)))


# 林姓市民, 郭姓女子, 洪姓駕駛: a person told by surname (X姓) and what they are.
_SURNAMED = re.compile(r"(?P<surname>[\u4e00-\u9fff]{1,2})姓(?P<head>[\u4e00-\u9fff]{1,4})")


def _named_by_surname(source: str) -> bool:
    """林姓市民, 吳姓男子: a person the article names by surname, as its labellers do (fresh10 371 郭姓女子, fresh17 552
    吳姓男子, fresh18 574 林姓市民); not whoever an indefinite picks (一名林姓住戶), nor 百姓群众 (百 is no surname here)."""
    m = _SURNAMED.fullmatch(source)
    if m is None or _INDEFINITE.search(source) is not None or INDEFINITE_OPENING.match(source) is not None:
        return False
    surname = to_simplified(m["surname"])
    return surname in lexicon.surnames() and surname != "百"


# 美国人; 韩国媒体, 港台媒體: a place's people or its press, as a group.
_GROUPS_OF_A_PLACE = ("人", "媒体", "媒體")


def _people_of_a_place(source: str) -> bool:
    """美国人, 香港人 (就连美国人也相信); 韩国媒体 (据韩国媒体报道, fresh16 515): a people or the press named by their
    place is no one in particular, as 外媒 names no one. (A place jieba tags as a name, 黎巴嫩/nr, is not seen here.)"""
    group = next((g for g in _GROUPS_OF_A_PLACE if source.endswith(g)), "")
    return bool(group) and len(source) > len(group) + 1 and is_place(source[:-len(group)])


@lexicon.cached
def act_verbs() -> frozenset[str]:
    """The verbs of an official, legal, contractual or corporate act (data/lexicon/event_predicates.tsv)."""
    return frozenset(word for word, _ in lexicon.read_rows("event_predicates.tsv", ("word", "class")))


@lexicon.cached
def acts_not_tagged_verbs() -> frozenset[str]:
    """The act verbs jieba's dictionary lists as nouns or names, or not at all (会见, 任命, 罚款, 立案, 责令, 开庭, 裁员, 印发):
    jieba gives a dictionary word its dictionary tag wherever it stands, so these never come tagged as verbs. They count as
    acts where the guards of _act_done hold (not next to 的, not ending their clause after a noun: 处以5万元罚款。)."""
    tags = segment.pos_tokenizer().word_tag_tab
    return frozenset(w for w in act_verbs() if not str(tags.get(w, "")).startswith("v"))


@lexicon.cached
def cue_words(type_: str) -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in entries(type_)), key=len, reverse=True))


@lexicon.cached
def unnamed_words() -> tuple[str, ...]:
    """The words of someone not named, heads then persons (``unnamed_head`` + ``unnamed_person``): read once, not on
    every call of the tests that end a source in either."""
    return cue_words("unnamed_head") + cue_words("unnamed_person")


def _made_of(text: str, modifiers: tuple[str, ...], heads: tuple[str, ...]) -> bool:
    """业内人士 = 业内 + 人士: ``text`` is only modifier words and ends in a head word (or, without
    heads, is only modifier words)."""
    if heads:
        head = next((h for h in heads if text.endswith(h)), None)
        if head is None:
            return False
        text = text[: -len(head)]
    while text:
        word = next((m for m in modifiers if text.startswith(m)), None)
        if word is None:
            return False
        text = text[len(word):]
    return True


def is_named(source: str) -> bool:
    """A source that names someone: not empty, not (unnamed: …), not (unresolved: …)."""
    return bool(source) and not source.startswith("(")


def has_a_name(source: str) -> bool:
    """路透社; (unnamed: 知情人士), (unnamed: 韩国外交部高层人士); 韩国外交部: one of the names is named."""
    return any(is_named(name) for name in source.split("; "))


def _strip_dates(text: str) -> str:
    for q in reversed(find_quantities(text)):
        if q.kind == "date" and (q.start == 0 or q.end == len(text)):
            text = (text[: q.start] + text[q.end:]).strip()
    return text
END_MARKS = ("。", "！", "？", "!", "?", "；", ";", "…", ".")
@lexicon.cached
def referred_actor() -> re.Pattern:
    """该局, 该公司, 双方: an actor named earlier in the article, as specific as its name; 上海公卫中心, 龙湖集团,
    招商证券: an organisation by the word that ends its name (``organisation_suffix`` in claim_cues.tsv)."""
    suffixes = "|".join(map(re.escape, cue_words("organisation_suffix")))
    return re.compile(r"该(?:公司|局|部|委|厅|院|所|行|机构|企业|集团|平台|网站|部门|项目|品牌|医院|学校|市|省|县|国)|双方"
                      rf"|[\u4e00-\u9fff]{{2,}}(?:{suffixes})")
# 需要起诉, 将收购, 可以上诉: an act that may, must or will be done is no event yet.
NOT_YET = {"将", "将要", "将会", "要", "会", "需", "需要", "应", "应该", "应当", "可", "可以", "能", "能够", "拟", "计划",
            "准备", "打算", "希望", "可能", "如果", "若", "不", "不会", "无法", "难以", "想", "争取", "或", "或将", "必须",
            "本可", "本应", "本该", "可用"}  # 这一点本可用来发起…的行动: it could have been, it was not


# A handle in quotes after the account it names: 微信公号“小山狗”, 微博“某某”, 网友“某某”.
QUOTED_HANDLE = re.compile(rf"(?:{'|'.join(HANDLE_KINDS)})“([^”]{{1,12}})”|“([^”]{{1,12}})”(?=一?文)")
# 作者布倫南（Jason Brennan）, 红杉资本（Sequoia Capital）: a proper noun (whatever proper tag jieba gives it: 布伦南/ns)
# or a word spelled by sound that the text glosses at once with a Latin name in brackets is a person's or a body's
# name; a term glossed so (深度学习（Deep Learning）) is not.
LATIN_GLOSS = re.compile(r"\s?[（(]\s?[A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){0,3}\s?[）)]")


@lexicon.cached
def _person_titles() -> frozenset[str]:
    """Titles written with a person's name (教授, 先生, 书记), for the person test."""
    return frozenset(cue_words("title_after_name") + cue_words("person_suffix") + cue_words("title_before_name"))


def is_person_title(word: str) -> bool:
    """教授, 书记, 镇长 (a title ending in 长, ``title_before_name``): a word of two characters or more that is a
    person's title (jieba tags some as verbs: 胡/nr 镇长/v)."""
    return len(word) >= 2 and word.endswith(tuple(_person_titles()))


@lexicon.cached
def say_verb_set() -> frozenset[str]:
    """The say verbs of claim_cues.tsv as a set, made once per word-list state rather than for every sentence."""
    return frozenset(e.cue for e in entries("say_verb"))
OPEN_QUOTES, CLOSE_QUOTES = "“「『", "”」』"


def is_referring(name: str) -> bool:
    whole = {e.cue for e in entries("pronoun", "word")}
    return name in whole or any(name.startswith(e.cue) for e in entries("pronoun", "text"))


def refers_to_document(name: str) -> bool:
    """报告, 文章, 上述公告, 该篇公号文章: it stands for a document cited before, so for that document's
    source (``pronoun`` rows labelled ``document`` in claim_cues.tsv, and the outlet ones: a report is one)."""
    return refers_to_outlet(name) or any(name == e.cue if e.match == "word" else name.startswith(e.cue)
                                          for e in entries("pronoun") if e.label == "document")


def refers_to_outlet(name: str) -> bool:
    """报道(称), 该报(写道): it stands for the news outlet cited before (``pronoun`` rows labelled ``outlet``)."""
    return any(name == e.cue for e in entries("pronoun") if e.label == "outlet")


ONE_PERSON_PRONOUNS = {"他", "她"}


def is_place(name: str) -> bool:
    """沙田, 红磡: a name jieba tags only as places, never what 他/她 stands for."""
    return all(tag == "ns" for _, tag in segment.cut_pos(name))


def names_a_person(name: str) -> bool:
    """王凯, 考古学家俞伟超, 一位项目管理负责人关印虹: a person's name in it (jieba tags, or a name after a person's
    role that jieba does not know); a titled work (《孟子·滕文公》) is no person."""
    return not name.startswith("《") and (any(tag.startswith("nr") for _, tag in segment.cut_pos(name))
                                         or _name_after_role(name))


def unknown_to_jieba(word: str) -> bool:
    """财福, 关印虹: a word of two or more characters jieba's dictionary does not hold, one its HMM built from
    characters; such words are mostly proper names (a person's, a shop's, a village's) jieba has never seen."""
    return len(word) >= 2 and all(is_cjk(ch) for ch in word) and segment.known_tag(word) is None


def _name_after_role(name: str) -> bool:
    """亚行东中亚局一位项目管理负责人关印虹 (acn newswire, chardet/chardet tests/GB2312/acnnewswire.net.xml): a person's role
    (``unnamed_head``, ``unnamed_person``, ``title_before_name``) and right after it two or three characters that open
    with a surname and that jieba's dictionary does not hold (it tags 关印虹 an organisation): the person's name."""
    word = segment.cut_pos(name)[-1][0] if name else ""
    return (2 <= len(word) <= 3 and word[0] in lexicon.surnames() and unknown_to_jieba(word)
            and name[:-len(word)].endswith(_role_words()))


@lexicon.cached
def _role_words() -> tuple[str, ...]:
    """The words of a person's role a name may follow: someone unnamed's (:func:`unnamed_words`) and the titles of two
    characters or more (``title_before_name``); read once, not on every name tested."""
    return unnamed_words() + tuple(t for t in cue_words("title_before_name") if len(t) >= 2)


def is_provision_document(name: str) -> bool:
    """草案, 《…条例》, 该通知: a text of rules (``provision_document`` or ``norm_head`` at its end, before an optional
    closing title mark); not 《解放军报》 (an outlet's title) nor 高碑店市防汛抗旱指挥部 (a body that may narrate)."""
    return name.endswith(cue_words("norm_head")) or name.rstrip("》」").endswith(cue_words("provision_document"))


# 財新網, 北京日報App, 中央社, 凤凰卫视: a news outlet's name ends in what it is (simplified); not 台 alone (中央气象台
# forecasts, and its forecast carries by its own rule).
_OUTLET_NAME = re.compile(r"(?:网|报|社|电视台|电台|卫视|App|APP|新闻)$")


def is_outlet(name: str) -> bool:
    return _OUTLET_NAME.search(to_simplified(name)) is not None


# The one-character say-verbs jieba glues into a longer verb (直指, 直说, 又称).
ONE_CHARACTER_SAYING = frozenset("说称指道")
