"""Sources across sentences: a pronoun resolved to the actor named before, a quote's speaker carried into the
sentences it spans, a paragraph's speaker carried on, interview answers, documents under their heading.

:func:`resolve_sources` takes each sentence's own source (from :mod:`.checkworthy`) and returns the article's;
the rules are described in the stage's docstring (:mod:`zhnews.claims`).
"""

from __future__ import annotations

import collections
import itertools
import re

from .. import lexicon, segment
from ..load import outlets
from ..text import to_simplified
from . import persons
from .cues import (
    BODY_ENDINGS, CLAIM_TYPES, CLOSE_QUOTES, END_MARKS, LIST_MARKER, ONE_CHARACTER_SAYING, ONE_PERSON_PRONOUNS,
    OPEN_QUOTES, UNRESOLVED, clean_source, cue_words, entries, is_cjk, is_named, is_outlet, is_person_title,
    is_place, is_provision_document, is_referring, names_a_person, names_an_actor, refers_to_document,
    refers_to_outlet, say_verb_set, titled_name, tokens_with_offsets, unknown_to_jieba, unnamed_as, unnamed_who,
)
from .checkworthy import (
    LABEL_NAME_MAX_CHARS, PERSONAL_PRONOUNS, QUOTED, RELAY_FRAME, REPORT_SAYS, has_quote_mark, unnamed_someone,
    vague_source, word_read_as_name,
)


def _passive_view(source: str) -> bool:
    """(unnamed: 被认为), (unnamed: 被视为): a view the passive gives to no one (a say-verb after 被)."""
    return (unnamed_who(source) or "").startswith("被")


def without_organisation_heads(actors: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """李克东是隆源农业服务有限公司农机部门负责人 ⏎ … ⏎ 记者来到隆源农业的农机库: a word the article writes at the head
    of an organisation's name (its short name, which jieba may tag as a person) is no person anywhere in it."""
    organisations = {a for names in actors for a in names  # (汪明荃个案不同之处: 之处 is "the point", no body)
                     if a.endswith(tuple(cue_words("organisation_suffix"))) and "之" not in a}
    return [tuple(a for a in names if not any(o != a and o.startswith(a) for o in organisations)) for names in actors]


def cues_text(cues) -> str:
    """comparative:超越; attributed:按照…测评 — each type's cues in type order, then position."""
    labels = dict.fromkeys(f"{c.type}:{c.label}" for t in CLAIM_TYPES for c in cues if c.type == t)
    return "; ".join(labels)


# How far back a pronoun (其, 他, 该公司) looks for the named source it stands for, in sentences.
PRONOUN_REACH = 8
# A pronoun after quoted sentences (“……” ⏎ 他感叹。) looks this many sentences back, past the quotes.
QUOTE_SKIP_REACH = 4
# A sentence this short that names a speaker after a closed quote ("赵苏对财新记者说。") is its speech tag.
SPEECH_TAG_MAX_CHARS = 30
QUOTE_CARRIED, SPEAKER_AFTER_QUOTE = "source:quote carried", "source:speaker after quote"
ANSWER_CARRIED = "source:answer carried"
QUESTION_CARRIED = "source:question of the named asker"
# Words quoted from a named speaker score up by this much (checkable: did the speaker say them?) when they
# tell something (an event, a date, a figure, a comparison or a cause); a bare remark (“我们的业务拓展太快了。”)
# by the smaller amount: who said it can be checked, but it states little.
QUOTED_SPEECH_BONUS = 0.35
QUOTED_REMARK_BONUS = 0.25
TELLING_TYPES = {"comparative", "superlative", "causal"}


def _quote_depths(texts: list[str], para_ids: list[int]) -> list[int]:
    """How many quotes are open where each sentence starts, counted within its paragraph; a quote left
    open at a paragraph's end goes on into the next paragraph when that one closes a quote before it
    opens one (a quotation broken by a line break: SEC的命令显示：“… ⏎ …企业网络。”)."""
    paragraph_text: dict[int, str] = {}
    for text, para_id in zip(texts, para_ids):
        paragraph_text[para_id] = paragraph_text.get(para_id, "") + text
    depths, depth, para = [], 0, None
    for text, para_id in zip(texts, para_ids):
        if para_id != para:
            para = para_id
            if not _closes_first(paragraph_text[para_id]):
                depth = 0
        depths.append(depth)
        depth = max(0, depth + sum(text.count(c) for c in OPEN_QUOTES) - sum(text.count(c) for c in CLOSE_QUOTES))
    return depths


def _closes_first(text: str) -> bool:
    closing = min((at for at in map(text.find, CLOSE_QUOTES) if at >= 0), default=-1)
    opening = min((at for at in map(text.find, OPEN_QUOTES) if at >= 0), default=len(text))
    return 0 <= closing < opening


def _report_referred_back(source: str) -> str:
    """(unnamed: 报道) → 报道: a sentence alone cannot tell whose report 报道称 means and records it unnamed; in its
    article it refers back, to the outlet cited before (:func:`_outlet_cited_before`). 据报道 stays unnamed."""
    names = source.split("; ")
    whos = [unnamed_who(name) or "" for name in names]
    return "; ".join(who if refers_to_outlet(who) else name for name, who in zip(names, whos))


def _outlet_cited_before(i: int, texts, resolved) -> str:
    """据韩联社7月28日报道，… ⏎ 报道称，…: the nearest outlet up to PRONOUN_REACH sentences back, past the people
    it quoted: a source that is or holds a known outlet (outlets.tsv: 韩联社, 官媒北京日報App), else the one news
    outlet a sentence names (中国官媒《人民日报》星期五在微博评论… ⏎ 该报写道); "" when none, or when an unnamed
    report (据报道，…) is nearer, since 报道称 then goes on from that one (fresh14 483)."""
    for j in range(i - 1, max(0, i - PRONOUN_REACH) - 1, -1):
        for name in resolved[j][0].split("; "):
            if is_named(name) and (outlets.outlet_named_in(name, originals_only=False)
                                   or _reported_in(name, texts[j])):
                return name
            if refers_to_outlet((unnamed_who(name) or "").removeprefix("据")):
                return ""
        if named := outlets.outlet_named_in(texts[j]) or _relaying_outlet(texts[j]):
            return named
    # 英国广播公司…报道称 ⏎ … ⏎ 报道指出 (fresh28 866: eleven sentences on): past the reach, the one outlet the article
    # has reporting before, when it has only one
    reporters = {name for j in range(i) for name in resolved[j][0].split("; ")
                 if is_named(name) and _reported_in(name, texts[j])}
    return reporters.pop() if len(reporters) == 1 else ""


# 英国广播公司当地时间15日对此报道称 (fresh28 866), 据加拿大环球新闻网报道 (fresh20 662): whoever reports is an outlet,
# listed in outlets.tsv or not
_REPORTED_BY = r"[^，。；：！？“”「」]{0,16}?(?:报道|报导|報導)"


# 据加拿大环球新闻网报道，当地时间11月5日，加拿大总理特鲁多表示 (fresh20 662): the outlet whose report relays a speaker
_RELAYING_OUTLET = re.compile(r"^\W{0,2}(?:另)?(?:据|據|根据|根據)(?P<outlet>[^，。；：！？“”「」]{2,25}?)(?:报道|报导|報導)[，,]")


def _relaying_outlet(text: str) -> str:
    """The named outlet of ``text``'s opening 据…报道 (the sentence's source may be the speaker it relays), else ""."""
    frame = _RELAYING_OUTLET.match(text)
    name = clean_source(frame["outlet"]) if frame else None
    return name if name and is_named(name) else ""


def _reported_in(name: str, text: str) -> bool:
    """``name`` reports in ``text`` (X…报道称, 据X报道), or is the outlet ``text``'s own 报道称 was read as (報導稱 after
    另據華爾街日報報導 ⏎ … ⏎ 然而，報導也指出, fresh19 613): an outlet whose report a later 报道称 may refer back to."""
    return re.search(re.escape(name) + _REPORTED_BY, text) is not None or (
        name not in text and REPORT_SAYS.match(text) is not None)


def _resolve_pronoun(name: str, antecedents: list[str]) -> tuple[str, str]:
    """其招聘广告 → the nearest named actor before it; "(unresolved: 其招聘广告)" when there is none; a
    surname alone (邵说) → the nearest person before it with that surname (邵晓锋), else itself: of two people of one
    surname, the one named last (張家朗 … 大師兄張小倫 ⏎ 張感觸地說 → 張小倫, fresh39 1080); a surname glued to a
    preposition or an adverb is no bearer (劉以, jieba's cut of 劉以菲林相機拍攝, fresh7 301: 劉定成)."""
    if len(name) == 1 and name in lexicon.surnames():
        bearers = [a for a in antecedents if a.startswith(name) and 2 <= len(a) <= 4]
        full = next((a for a in reversed(bearers) if not persons.surname_and_particle(a)), None)
        return (full, f"source:{name}→{full}") if full else (name, "")
    if not is_referring(name):
        return name, ""
    if refers_to_outlet(name):  # only an outlet cited before (the antecedents hold it, else nothing)
        return (antecedents[-1], f"source:{name}→{antecedents[-1]}") if antecedents else (unnamed_as(name), "")
    if antecedents:
        return antecedents[-1], f"source:{name}→{antecedents[-1]}"
    if refers_to_document(name):
        return name, ""  # 文章还提及 with no document cited before: the article it names is the source
    return f"{UNRESOLVED[:-1]}: {name})", f"source:{name} unresolved"


MEETING_CONVENED = "source:the meeting's convener"


def _meeting_convener(name: str, i: int, texts, actors) -> tuple[str, str] | None:
    """中国人民银行8月1日召开2026年下半年工作会议。…会议认为，… (fresh37 1045): a meeting that concludes (``meeting_head``
    alone as the source) speaks for the body that convened it (召开, 举行) in a sentence up to PRONOUN_REACH back, the
    organisation named in that clause before the verb; None when it is no bare meeting word, no convening is told, or a
    person convened it (省长陆昊在京主持召开…专题会议 … 会议指出, fresh23 764: the meeting stays the source)."""
    if name not in cue_words("meeting_head"):
        return None
    heads = "|".join(map(re.escape, cue_words("meeting_head")))
    for j in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1):
        convened = re.search(rf"(?:召开|举行)[^，,。；;！？]{{0,40}}?(?:{heads})", texts[j])
        if convened is None:
            continue
        clause = re.split(r"[，,。；;：:\s]", texts[j][:convened.start()].rstrip())[-1]
        conveners = [a for a in actors[j] if a in clause]
        if any(names_a_person(a) for a in conveners):
            return None
        # a body jieba does not tag (市教育局昨日举行…): the clause's subject, its date trimmed, named as an organisation
        subject = clean_source(clause) or ""
        body = conveners[0] if conveners else subject if subject.endswith(cue_words("organisation_suffix")) else ""
        return (body, MEETING_CONVENED) if body else None
    return None


_CJK_NAME = re.compile(r"[\u4e00-\u9fff]+")


def _surname_of_clan(name: str) -> str:
    """趙 for 趙氏, 歐陽 for 歐陽氏: a surname and 氏, how Hong Kong and Taiwan papers call back a person named before
    (長實營業經理郭子威稱 … 郭氏稱; fresh32 940); else ""."""
    if not name.endswith("氏") or not 2 <= len(name) <= 3:
        return ""
    surname = name[:-1]
    return surname if to_simplified(surname) in lexicon.surnames() else ""


def _named_in(sentences, resolved, actors) -> list[str]:
    """The people and bodies the given earlier sentences name, in reading order: each one's first resolved source,
    then the actors it names (what a bare surname, 邵说 or 趙氏指, may stand for)."""
    return [n for j in sentences for n in [resolved[j][0].split("; ")[0], *actors[j]]]


def _resolve_clan(name: str, antecedents: list[str]) -> tuple[str, str] | None:
    """郭氏 → the person of that surname the article named before (郭子威), the one named most often, ties the
    nearest; None when the source is no surname and 氏, or no one before bears it (the source stays 郭氏)."""
    surname = _surname_of_clan(name)
    if not surname:
        return None
    # a name at the end of a titled source counts too (新地副董事總經理趙國雄 → 趙國雄)
    tails = [a[a.rfind(surname):] for a in antecedents if surname in a]
    bearers = [a for a in tails if len(surname) + 1 <= len(a) <= len(surname) + 2
               and _CJK_NAME.fullmatch(a) and not a.endswith("氏")]
    # jieba may cut a rare name short (趙國 for 趙國雄): a bearer another one extends is that one
    bearers = [next((b for b in bearers if len(b) > len(a) and b.startswith(a)), a) for a in bearers]
    full = max(reversed(bearers), key=bearers.count, default=None)
    return (full, f"source:{name}→{full}") if full else None


def _antecedents(i: int, texts, para_ids, sources: list[str], actors, resolved, quoted: list[bool]) -> list[str]:
    """Who a pronoun source of sentence ``i`` may stand for, nearest last: named sources up to
    PRONOUN_REACH sentences back, then the first person or organisation the sentence before names (or
    its source), then a person or organisation named earlier in the sentence itself (张凡在某企业工作，
    他说). A document pronoun (报告预计, 上述公告显示) stands only for a source cited before."""
    pronoun = next((n for n in sources[i].split("; ") if is_referring(n)), "")
    one_person = pronoun in ONE_PERSON_PRONOUNS
    # 省电力公司财务部相关负责人透露，… ⏎ 他表示 (fresh21 685): 他/她 may stand for an unnamed official of a named body
    earlier = [resolved[j][0] if is_named(resolved[j][0])
               else (one_person and _official_of_a_body(resolved[j][0])) or _named_after_unnamed(resolved[j][0])
               for j in range(max(0, i - PRONOUN_REACH), i)]
    earlier = [name for name in earlier if name]
    if pronoun and refers_to_outlet(pronoun):
        return [outlet] if (outlet := _outlet_cited_before(i, texts, resolved)) else []
    if pronoun and refers_to_document(pronoun):
        named_at = max((j for j in range(max(0, i - PRONOUN_REACH), i) if is_named(resolved[j][0])), default=-1)
        # …管理局官方微博发布消息称，… ⏎ 但平台方…宣称… ⏎ 上述公告称 (fresh31 923): the text stands for whoever published one,
        # not for someone who spoke after it
        if publisher := _publisher_before(i, texts, resolved):
            named_at, earlier = publisher[0], earlier + [publisher[1]]
        # 据新浪新闻报道，《中国互联网发展报告（2021）》7月13日…发布。 ⏎ 报告显示，… (fresh26 822): the outlet that reports
        # on a document wrote no report of its own; the document its sentence names is the one 报告 stands for
        relayed = named_at >= 0 and all(is_outlet(n) or outlets.outlet_named_in(n, originals_only=False)
                                        for n in resolved[named_at][0].split("; "))
        mentioned = _document_mentioned(texts, pronoun, max(named_at + (not relayed), i - PRONOUN_REACH), i)
        # 国家统计局今天发布2025年国民经济统计公报。 ⏎ 公报显示 : the text its publisher put out in that same sentence is
        # the publisher's
        published_there = publisher is not None and mentioned in texts[publisher[0]]
        return earlier + [mentioned] if mentioned and not published_there else earlier
    # 他/她 stands for one person: not the university, the ministry or the outlet named with them
    may_be = (lambda name: not _no_person(name)) if one_person else (lambda name: True)
    earlier = [name for name in earlier if _official_of_a_body(name) or may_be(name)]
    before = i - 1
    if 0 < before and _subhead(texts, para_ids, before):
        before -= 1  # 王先生表示，… ⏎ “赶走”安卓意味着“回到解放前”？ ⏎ 他还补充道: the writer's subhead names no one 他 is
    while 0 < before and i - before < QUOTE_SKIP_REACH and texts[before].lstrip()[:1] in OPEN_QUOTES \
            and not is_named(resolved[before][0]) and not actors[before]:
        before -= 1  # “有时候你突然悟到这一点……” ⏎ 他感叹。: the person named before the quote
    before_actors = [a for a in actors[before] if may_be(a) and _named_outside_titles(a, texts[before])] if i else []
    if one_person:  # 前童星吳諾弘，他首次出戰… ⏎ 他指 (fresh39 1080): a word written right before another name describes it
        before_actors = [a for a in before_actors
                         if not any(b != a and f"{a}{b}" in texts[before] for b in before_actors)]
    before_named = [n for n in resolved[before][0].split("; ") if is_named(n) and may_be(n)] if i else []
    inside_quote = quoted[before] or texts[before].lstrip()[:1] in OPEN_QUOTES
    if i and not is_named(resolved[before][0]) and before_actors and not inside_quote:
        earlier.append(before_actors[0])  # (not a name inside a quotation: 他指出 after 俞伟超's quoted words,
        # 他还补充道 after “…支持安卓软件。”)
    elif before_named:
        earlier.append(before_named[0])
    at = texts[i].find(pronoun) if pronoun else -1
    earlier += [a for a in actors[i] if 0 <= texts[i].find(a) < at and may_be(a) and _named_outside_titles(a, texts[i])
                and not (pronoun in PERSONAL_PRONOUNS and is_place(a))]  # 沙田…出现确诊，他认为: not 沙田
    if one_person and not earlier:
        earlier = _one_person_named_before(before, i, texts, actors, resolved, may_be)
    return earlier


_TITLE = re.compile(r"《[^《》]*》")


def _named_outside_titles(name: str, text: str) -> bool:
    """电影《疯狂麦克斯》 (fresh37 1048): a name that stands only inside a title in 《》 is a word of the title, no one a
    later 他 can stand for; 《华尔街日报》 as the actor itself (the whole title) still is."""
    return name in _TITLE.sub(lambda m: m[0] if m[0][1:-1] == name else "《》", text)


# 发布消息称, 在港交所公告称, 发表声明指出, 印发《…》: a source that put out a text (the words before its verb describe when,
# where or how, 近日联合, 在官网上)
_PUBLISHED = r"[^，。；：！？“”「」]{0,15}?(?:发布|公布|发出|发表|印发|下发|发文|公告|通报|声明|发微博)"


def _publisher_before(i: int, texts, resolved) -> tuple[int, str] | None:
    """The nearest sentence up to PRONOUN_REACH back whose named source put out a text in it (X发布消息称, X公告称), and
    that source: what 上述公告, 该通报, 报告 stand for, past people who spoke after it; None when no source published."""
    for j in range(i - 1, max(0, i - PRONOUN_REACH) - 1, -1):
        for name in resolved[j][0].split("; "):
            if is_named(name) and re.search(re.escape(name) + _PUBLISHED, texts[j]):
                return j, name
    return None


def _one_person_named_before(before: int, i: int, texts, actors, resolved, may_be) -> list[str]:
    """…董事长杨佳作为捐赠代表讲话。 ⏎ 她分享了…经历。 ⏎ 她表示 (fresh19 622): a 他/她 whose sentence before names no one
    stands for the person the nearest sentence before that names one, up to PRONOUN_REACH sentences back, when that
    sentence names one person only and the sentences between narrate what he or she did, naming no other person and
    citing no source (有不愿具名的工程业界代表接受…访问 ⏎ 他形容 stands for the unnamed representative, fresh5 151, not
    for the director named two sentences before); [] otherwise."""
    for j in range(before - 1, max(-1, i - PRONOUN_REACH - 1), -1):
        # reaching this far back, only a name of a person's shape: a surname first, or transliterated and three
        # characters long at least (布伦南; not 恩爱/nr, fresh6 265)
        people = [a for a in actors[j] if may_be(a) and names_a_person(a) and _named_outside_titles(a, texts[j])
                  and (persons.opens_with_surname(a)
                       or persons.transliterated(a) and len(a) >= persons.TRANSLITERATION_MIN_CHARS)]
        if people:
            return people[:1] if len(set(people)) == 1 else []
        if resolved[j][0]:
            return []
    return []


def _subhead(texts, para_ids, i: int) -> bool:
    """A paragraph of one sentence that is a heading or the writer's question (**华为冤不冤？**): a subhead
    between two passages, nobody's words and no one's narration."""
    alone = (i == 0 or para_ids[i - 1] != para_ids[i]) and (i + 1 == len(texts) or para_ids[i + 1] != para_ids[i])
    return alone and (_is_heading(texts[i]) or texts[i].rstrip().endswith(("？", "?")))


def _official_of_a_body(sources: str) -> str:
    """"(unnamed: 省电力公司财务部相关负责人); 省电力公司财务部": an unnamed person who speaks for a named body (as
    :func:`clean_source` records one), whom a 他 right after may stand for; "" for any other source."""
    names = sources.split("; ")
    return sources if len(names) == 2 and unnamed_who(names[0]) and is_named(names[1]) else ""


def _named_after_unnamed(sources: str) -> str:
    """杜特尔特 in "(unnamed: …媒体报道); 杜特尔特" (媒体报道称，杜特尔特…说道): the last named source of a
    sentence whose first source is unnamed, the speaker the unnamed report relays; "" when none is named."""
    return next((name for name in reversed(sources.split("; ")[1:]) if is_named(name)), "")


def _no_person(name: str) -> bool:
    """英国剑桥大学, 美国参议院, 外交部, 多维新闻网: an organisation (a name jieba tags as one, or one ending in an
    ``organisation_suffix`` or a body's last word), an outlet or a document (``document_head``): never the one
    person 他 or 她 stands for. (A name jieba reads as a place may be a person's: 钟南山院士.)"""
    tokens = segment.cut_pos(name)
    return (tokens[-1][1] == "nt" or len(tokens) == 1 and word_read_as_name(*tokens[0])  # 青少年/nr
            or name.endswith(cue_words("organisation_suffix") + BODY_ENDINGS)
            or name.endswith(tuple(h for h in cue_words("document_head") if h != "作者")))


def _document_mentioned(texts, pronoun: str, first: int, i: int) -> str:
    """民航西南局…披露了…事件的初步调查报告。 ⏎ 报告认定…: the document a document pronoun stands for,
    named (not cited as a source) in a sentence between ``first`` and ``i``, nearest first:
    the words before its head (报告, 公告 …) up to a 的 or a clause break, where a word of the sentence ends (not the
    报告 of 报告会, a meeting: 《经济蓝皮书》发布暨中国经济形势报告会, fresh24 786)."""
    head = next((h for h in cue_words("document_head") if len(h) >= 2 and pronoun.endswith(h)), None)
    if head is None:
        return ""
    for j in range(i - 1, first - 1, -1):
        word_ends = {start + len(word) for word, _, start in tokens_with_offsets(texts[j])}
        names = [m.group() for m in re.finditer(rf"《[^《》]{{0,40}}{head}[^《》]{{0,12}}》|[^，。；：、的“”《》\s了]{{1,10}}{head}"
                                                rf"|(?<=的){head}", texts[j])
                 if (m.group() == head or not is_referring(m.group())) and m.end() in word_ends]
        # (a title whole: 《中国互联网发展报告（2021）》; the head alone after 的, 附带一份盖有营口市人民政府公章的公告 ⏎ 公告称, fresh20
        # 660: a document mentioned and not named, which the pronoun stays)
        if names:
            return names[-1]
    return ""


def resolve_sources(texts: list[str], para_ids: list[int], sources: list[str],
                    actors: list[tuple[str, ...]] | None = None, author: str = "",
                    narrative: list[bool] | None = None, forecast: list[bool] | None = None,
                    title: str = "", own_outlet: bool = False) -> list[tuple[str, str]]:
    """(source, how) for each sentence of an article, from the sentences' own sources:

    * a pronoun source (其, 他, 该公司 …, claim_cues.tsv ``pronoun``) becomes the nearest named actor: a
      person or organisation named earlier in its own sentence, else the source of the sentence before,
      else the first actor (jieba's names) it mentions, else a named source up to PRONOUN_REACH
      sentences back; a document pronoun (报告, 文章, 上述公告) only a source cited before; with none it
      is "(unresolved: 他)";
    * a sentence that opens with 其中, 另一方面, 另外 (``continues_previous``), or with a say verb whose subject
      is left out (希望…, 同时表示，…), goes on from the sentence before and has its source;
    * a sentence whose writer speaks as 我 outside quotes is the name the writer greets the reader with
      (大家好，我是…BCS！, see :func:`_self_introduced`), else the byline's ``author``'s own account
      ("source:我→author"), in a blog or account of the author's own (``own_outlet``: 阮一峰的网络日志)
      even when it talks to its reader as 你; with no byline author, a speech's 我 and 我们 are the speaker's
      the headline names (时局 | 习近平：…, see :func:`_headline_speaker`);
    * a sentence inside a quote opened by an earlier sentence of its paragraph takes that sentence's
      speaker, and a quote opened right after "X表示：" (or after a sentence of its paragraph a person
      said) takes X ("quote carried");
    * a quote closed just before the sentence that names its speaker ("赵苏说。", "王凯说，…")
      takes that speaker ("speaker after quote"), unless a speaker of its own opened it; a quote left open
      at a paragraph's end goes on into the paragraph that closes it;
    * a person speaking carries through the paragraph, and an organisation that forecasts (预计) into
      its sentences that tell no event (see :func:`_carry_in_paragraph`); a heading stops the carry;
    * 笔者 outside quotes is the byline's author too ("source:笔者→author");
    * a relative or colleague (我父亲说, 他的同事认为; ``kinship`` in claim_cues.tsv) is the person the title or
      the text names as one (父亲钱学森), else "(unnamed: 我父亲)", see :func:`_relative_named`;
    * in a digest of other outlets' items (【证券时报网】A股三大股指集体回调 ⏎ …), each item is its tagged
      outlet's, see :func:`_digest_items`;
    * in a Q&A (问：/答：, 记者：/李嘉诚：), every sentence of an answer is the interviewee's ("source:answer
      carried"), except what the interviewee reports someone else saying, see :func:`_interview_answers`; a
      name's label after an unlabelled question (Randy Schekman：…) answers up to the next question, see
      :func:`_answers_after_questions`;
    * a document announced in full (《…的通知》全文如下。) is its issuers' words, and a text announced as one
      speaker's (以下为姚欣演讲全文：) the speaker's, to the article's end, see :func:`_quoted_documents`;
    * a text of rules (草案, 《…条例》) laying down rules (草案也订定…) goes on into its paragraph's provisions,
      see :func:`_carry_provisions`;
    * a first-person account under a profile card (姓名：李瑞 年龄：27岁 …) is the person the card names, up to the
      next card or part heading, see :func:`_profile_card_accounts`.
    """
    actors = actors or [()] * len(texts)
    narrative = narrative or [False] * len(texts)
    introduced = _self_introduced(texts)
    speaker = _headline_speaker(title)
    speaker = speaker if speaker == author or not author else ""  # a byline naming the speaker too: a talk write-up
    depths = _quote_depths(texts, para_ids)
    quoted = [depth > 0 for depth in depths]
    resolved: list[list[str]] = []
    sources = [_report_referred_back(source) for source in sources]
    for i, source in enumerate(sources):
        earlier = _antecedents(i, texts, para_ids, sources, actors, resolved, quoted)
        if surname := next((n for n in source.split("; ") if len(n) == 1 and not is_referring(n)), ""):
            # 邵说: anyone named before may bear the surname, nearest last (and in its sentence, before it)
            at = texts[i].find(surname)
            earlier = earlier + _named_in(range(max(0, i - PRONOUN_REACH), i), resolved, actors) + [
                a for a in actors[i] if 0 <= texts[i].find(a) < at]
        if any(_surname_of_clan(n) for n in source.split("; ")):  # 趙氏指: whoever the article named with it before
            earlier = _named_in(range(i), resolved, actors) + earlier
        pairs = [_meeting_convener(name, i, texts, actors) or _relative_named(name, i, texts, title)
                 or _resolve_clan(name, earlier) or _resolve_pronoun(name, earlier)
                 for name in filter(None, source.split("; "))]
        resolved.append(["; ".join(dict.fromkeys(n for n, _ in pairs)), "; ".join(h for _, h in pairs if h)])
    people = _titled_people(texts, resolved, actors)
    for row in resolved:  # 裁判官王證瑜裁決時指 … ⏎ 裁判官表示 (fresh39 1081): the title alone is the one person it was written with
        # (not a name and its title, 蔣萬安市長, Perlmutter教授: the name is there)
        alone = _CJK_NAME.fullmatch(row[0]) is not None and not names_a_person(row[0])
        if alone and (holder := _title_holder(row[0], texts, actors)):
            row[:] = [holder, "; ".join(filter(None, (row[1], f"source:{row[0]}→{holder}")))]
    for row in resolved:  # 沈阳教授指出 → 沈阳: a person the article also names without the title keeps the name
        honorific = next((t for t in cue_words("title_after_name") if row[0].endswith(t) and row[0] in people), "")
        if honorific and row[0][:-len(honorific)] in people:  # (not ``title``: the headline is read below)
            row[0] = row[0][:-len(honorific)]
    # 腰椎间盘已被认为是腰痛的主要起源部位…。” (fresh2 92): a passive view inside a quotation is part of the quoted
    # speaker's words, not a source of its own; the carries below give it its speaker, else it keeps the view
    passive_in_quote = {i: row for i, row in enumerate(resolved) if quoted[i] and _passive_view(row[0])}
    for i in passive_in_quote:
        resolved[i], sources[i] = ["", ""], ""
    _quotes_of_speaking_subjects(texts, para_ids, actors, resolved, people)
    _trial_findings(texts, actors, resolved)
    _carry_continuation(texts, para_ids, resolved)
    _speaker_after_quote(texts, para_ids, sources, resolved)
    _speaker_after_closing_mark(texts, para_ids, depths, sources, resolved)
    _carry_quotes(texts, para_ids, depths, resolved, people)
    _carry_after_lead_in(texts, para_ids, resolved, narrative)
    _untagged_quotes(texts, para_ids, actors, resolved)
    _quoted_documents(texts, para_ids, resolved, actors, _speech_record(title, texts))
    _carry_in_paragraph(texts, para_ids, actors, resolved, narrative,
                        forecast or [False] * len(texts), people)
    _carry_provisions(texts, para_ids, resolved, narrative)
    _digest_items(texts, para_ids, resolved)
    if introduced:
        _first_person_author(texts, depths, introduced, resolved, own_outlet=True)
    elif speaker:
        _first_person_author(texts, depths, speaker, resolved, speech=True)
    elif author:
        _first_person_author(texts, depths, author, resolved, own_outlet)
    _interview_answers(texts, para_ids, resolved, narrative, actors)
    _answers_after_questions(texts, resolved)
    _named_sections(texts, para_ids, resolved)
    _profile_card_accounts(texts, sources, resolved)
    for i, view in passive_in_quote.items():
        resolved[i] = resolved[i] if resolved[i][0] else view
    full_titles = _titles_shortened(texts)
    return [("; ".join(full_titles.get(name, name) for name in source.split("; ")) if source else source, how)
            for source, how in resolved]


# 《新一代人工智能伦理规范》(以下简称《伦理规范》), 《高等学校信息公开办法》(以下简称“《办法》”): a titled document and the
# short title the article calls it by from then on.
_SHORT_TITLE = re.compile(r"(?P<full>《[^《》]{2,60}》)\s*[（(]\s*(?:以下|下文|下)?简称[：:]?\s*[“「\"]?(?P<short>《[^《》]{1,30}》)[”」\"]?\s*[）)]")


def _titles_shortened(texts: list[str]) -> dict[str, str]:
    """The short titles the article defines (以下简称《伦理规范》), each mapped to the full title before it: a source
    written with the short title (《伦理规范》提出了…, 《伦理规范》全文如下：) is that document, named as the article
    first names it. Also the short title without its marks (伦理规范提出…)."""
    shortened = {}
    for text in texts:
        for m in _SHORT_TITLE.finditer(text):
            shortened[m["short"]] = shortened[m["short"].strip("《》")] = m["full"]
    return shortened


# 【证券时报网】A股三大股指集体回调: a digest item's headline, tagged with the outlet it comes from.
_DIGEST_TAG = re.compile(r"^\s*【(?P<outlet>[^【】\s，,。：:！？]{2,12})】\s*(?=\S)")
# 【第一财经】财政部：…, 【第一财经】联合国贸发会议《2019年贸易和发展报告》：…: the headline quotes a speaker.
_HEADLINE_SPEAKER = re.compile(r"^(?P<who>[^：:，,。！？“”《》\s]{2,12})(?:《[^》]{1,30}》)?[：:]")
DIGEST_ITEM = "source:digest item"
# A digest has at least this many tagged items; one 【编者按】 or 【提示】 makes none.
DIGEST_MIN_ITEMS = 2


def _digest_items(texts, para_ids, resolved):
    """【证券时报网】A股三大股指集体回调 ⏎ A股三大股指9月26日集体回调…: in a digest whose items open with the
    outlet they come from in 【】 (DIGEST_MIN_ITEMS of them at least), the item's sentences that name no source
    are that outlet's ("digest item"), from its headline (and the headline lines under it) to the next
    item or the first subhead after its text (国内资讯, a section label). A source the item names itself
    (联合国发布了…) goes on through the item; a headline that quotes a speaker (【第一财经】财政部：…) is that
    speaker's."""
    starts = [i for i, t in enumerate(texts) if (i == 0 or para_ids[i - 1] != para_ids[i]) and _DIGEST_TAG.match(t)
              and _names_a_voice(_DIGEST_TAG.match(t)["outlet"])]  # not a section label: 【專家意見】, 【記者直擊】
    if len({_DIGEST_TAG.match(texts[i])["outlet"] for i in starts}) < DIGEST_MIN_ITEMS:
        return
    for n, first in enumerate(starts):
        tag = _DIGEST_TAG.match(texts[first])
        outlet = tag["outlet"]
        quoted = _HEADLINE_SPEAKER.match(texts[first][tag.end():])
        resolved[first] = [quoted["who"] if quoted and names_an_actor(quoted["who"]) else outlet, DIGEST_ITEM]
        voice, in_text = outlet, False
        for i in range(first + 1, starts[n + 1] if n + 1 < len(starts) else len(texts)):
            opens = para_ids[i - 1] != para_ids[i]
            if opens and _is_heading(texts[i]) and in_text:
                break  # a section label after the item's text: the digest's own words
            in_text = in_text or not _is_heading(texts[i])
            name, how = resolved[i][0].split("; ")[0], resolved[i][1]
            if is_named(name) and "carried" not in how:
                voice = name  # 9月25日，联合国发布了… ⏎ 其中，深圳排在第4: the report goes on
            elif not name:
                resolved[i] = [voice, DIGEST_ITEM]


def _names_a_voice(label: str) -> bool:
    """证券时报网, 券商中国, 21世纪经济报道: an outlet's or an actor's name ends in a noun (or 报道); a section
    label is a view (专家意见) or ends in a verb or a descriptive word (记者直击, 劣迹斑斑), and a push's
    slot (【二条】, 【四条】: a WeChat account's second and fourth story) is a numeral, no one's name."""
    if label.endswith(("报道", *cue_words("document_head"))):
        return True
    last_tag = segment.cut_pos(label)[-1][1]
    return not (label.endswith(cue_words("said_view")) or last_tag.startswith(("v", "z", "i", "a", "d", "m")))


_POSSESSOR = re.compile(r"^(?:我|他|她|其)?的?")


def _relative_named(source: str, i: int, texts: list[str], title: str) -> tuple[str, str] | None:
    """我父亲说, 他的同事认为, 其母亲表示: a source that is someone's relative or colleague (a ``kinship`` word of
    claim_cues.tsv after an optional 我/他/她/其 and 的) is the person the text names right after that word
    (父亲钱学森, 同事王刚): the last such mention before sentence ``i``, else one in the title, else the first
    one after it; with none it names no one and is "(unnamed: 我父亲)". None for any other source."""
    kin = _POSSESSOR.sub("", source, count=1)
    if kin not in cue_words("kinship"):
        return None
    named = []
    for where in texts[:i][::-1] + [title] + texts[i:]:
        for at in (m.end() for m in re.finditer(re.escape(kin), where)):
            word, tag = next(iter(segment.cut_pos(where[at:at + 8])), ("", ""))
            if tag.startswith("nr") and 2 <= len(word) <= LABEL_NAME_MAX_CHARS:
                named.append(word)
        if named:
            return named[-1] if where is not title else named[0], f"source:{source}→{named[-1]}"
    return unnamed_as(source), f"source:{source} unnamed"


# The label that opens a paragraph of a Q&A: 问：, 答：, 记者：, 李嘉诚：.
_SPEAKER_LABEL = re.compile(r"^\s*([^\s：:，,。；“”「」（）()]{1,8})\s*[：:]\s*\S")
# A label that is a whole sentence (**刘春城：** on a line of its own, or glued to the end of the answer before it in
# a WeChat interview, sweep16 三联生活周刊): the next paragraphs are the labelled person's.
_LABEL_ALONE = re.compile(r"^\s*([^\s：:，,。；“”「」（）()]{1,8})\s*[：:]\s*$")
# A label that names no person (硅星人：, an outlet asking) opens at least this many paragraphs to be a Q&A's question label.
QUESTION_LABEL_MIN = 3


# 请问商务部对此有何评论？: a press Q&A's question asks a body or a person by name; its answer (答：…) is theirs.
_ASKED = re.compile(r"请问(?P<who>[^，,。？?：:“”「」]{2,12}?)(?:对此|对于|对|如何|怎样|怎么|有何|有什么|是否|能否|可否)")


def _addressee(texts, para_ids, question: int) -> str:
    """Who the first question of a Q&A asks by name (请问商务部对此有何评论？ → 商务部), "" when it names no one."""
    for i in range(question, len(texts)):
        if para_ids[i] != para_ids[question]:
            break
        if (m := _ASKED.search(texts[i])) and is_named(who := clean_source(m["who"]) or ""):
            return who
    return ""


def _surname_label(label: str, before: int, actors, resolved) -> str:
    """李： in 公司总裁李彦宏就…接受了采访 ⏎ 记：… ⏎ 李：…: a one-character label that is a surname stands for the one
    person named before the label (jieba's names, the sources) whose name opens with it (李彦宏); "" when the
    label is no surname, "(unresolved: 李)" when no one or several people before it bear that surname."""
    if len(label) != 1 or label not in lexicon.surnames():
        return ""
    named = {n for j in range(before) for n in [*actors[j], resolved[j][0].split("; ")[0]]
             if 2 <= len(n) <= LABEL_NAME_MAX_CHARS and n.startswith(label) and names_a_person(n)}
    return named.pop() if len(named) == 1 else f"{UNRESOLVED[:-1]}: {label})"


def _interview_answers(texts, para_ids, resolved, narrative: list[bool], actors):
    """问：… ⏎ 答：… ⏎ …: in a Q&A (a question label and an answer label, ``interview_question`` and
    ``interview_answer`` in claim_cues.tsv; a reporter as the label asks: 新京报记者：), every sentence from an answer label to the next question
    label, over paragraphs, is the interviewee's words ("source:answer carried"), 我 included (a subhead
    paragraph ends the answer). The interviewee is the person named as a label (李嘉诚：; a surname alone, 李：, is the
    one person named before with it, see :func:`_surname_label`), or for 答/A the one the
    first question asks by name (有记者问：… 请问商务部对此有何评论？, see :func:`_addressee`), else the person the
    article cites last before its first question (李嘉诚接受专访 … 他表示), else "(unresolved: 答)"."""
    answers = set(cue_words("interview_answer"))
    questions = set(cue_words("interview_question")) | {m.group(1) for t in texts if (m := _SPEAKER_LABEL.match(t))
                                                    and m.group(1).endswith(cue_words("self_source"))}  # 新京报记者：
    labels, others, surnamed = {}, {}, {}
    article = "".join(texts)
    for i, para_id in enumerate(para_ids):
        opens = i == 0 or para_ids[i - 1] != para_id
        ends = i + 1 == len(texts) or para_ids[i + 1] != para_id
        m = _SPEAKER_LABEL.match(texts[i]) if opens else None
        alone = m is None and ends and (m := _LABEL_ALONE.match(texts[i])) is not None
        if m is None:
            continue
        label = m.group(1)
        if label in questions or label in answers:
            labels[i] = label
        elif full := "" if alone else _surname_label(label, i, actors, resolved):
            surnamed[label] = surnamed.get(label) if is_named(surnamed.get(label, "")) else full
            labels[i] = label  # 李：… after 公司总裁李彦宏 → 李彦宏 (an unresolved one must recur, below)
        elif (len(label) <= LABEL_NAME_MAX_CHARS and not full
              and (names_a_person(label) or _name_the_article_writes(label, article))):
            labels[i] = label
        elif not alone:
            others[i] = label
    opened = collections.Counter(labels.values())
    labels = {i: label for i, label in labels.items() if is_named(surnamed.get(label, label))
              or opened[label] >= QUESTION_LABEL_MIN}  # 文：… once, a surname no one before bears: no answer label
    # 硅星人：… ⏎ 胡渊鸣：…: the interviewer may ask under the outlet's name, which is no person's; a label that
    # opens paragraphs again and again and asks in most of them (see _asking_names) is the question label
    opened = collections.Counter(others.values())
    recurring = {i: label for i, label in others.items() if opened[label] >= QUESTION_LABEL_MIN}
    asking = _asking_names(texts, para_ids, labels | recurring)
    labels |= {i: label for i, label in recurring.items() if label in asking}
    questions |= asking
    kinds = {"question" if label in questions else "answer" for label in labels.values()}
    if kinds != {"question", "answer"}:
        return
    first_question = min(i for i, label in labels.items() if label in questions)
    earlier = [resolved[j][0].split("; ")[0] for j in range(first_question) if is_named(resolved[j][0])]
    interviewee = (_addressee(texts, para_ids, first_question)
                   or next((n for n in reversed(earlier) if names_a_person(n)), f"{UNRESOLVED[:-1]}: 答)"))
    generic = set(cue_words("interview_question")) | {q for q in questions if q.endswith(cue_words("self_source"))}
    speaker, asker, voice, askers = "", "", "", questions | {interviewee}
    for i in range(len(texts)):
        label = labels.get(i)
        if label is not None:
            speaker = "" if label in questions else interviewee if label in answers else surnamed.get(label, label)
            asker = label if label in questions and label not in generic else ""  # 高渊：, 硅星人：, not 问： or 记者：
            askers.add(speaker)
        if i and para_ids[i] != para_ids[i - 1]:
            voice = ""
        if label is None and _is_heading(texts[i]) and (i + 1 == len(texts) or para_ids[i + 1] != para_ids[i]):
            speaker = asker = ""  # a subhead (退休后从未停止思考) ends the answer: it is the editor's, no one's words
        if asker and (label is not None or not is_named(resolved[i][0].split("; ")[0])):
            resolved[i] = [asker, QUESTION_CARRIED]  # the question block is its named asker's words
        if not speaker:
            continue
        name, how = resolved[i][0].split("; ")[0], resolved[i][1]
        if re.match(r"source:[他她]→", how) and name in askers:
            name = _talked_about(resolved, i, askers)  # 他提出，… in an answer: the person it is about
            resolved[i] = [name, f"source:{how[7]}→{name}"] if name else resolved[i]
        if name in cue_words("speaking_side"):
            name = ""  # 答：… ⏎ 中方对这种…言论表示极度失望 (fresh11 384): the answer speaks as its own side
        if name and name not in askers and label is None and "carried" not in how and not how.endswith("→author"):
            voice = name  # 周恩来生前曾跟我父亲说，…; 我父亲认为，…: the interviewee reports someone else
        elif voice and (name == voice or not narrative[i] and (not name or name in askers)
                        and not _speaks_for_self(texts[i])):
            resolved[i] = [voice, "source:carried in answer"]
        else:
            resolved[i] = [speaker, ANSWER_CARRIED]


# A person's name as the label of an answer: Randy Schekman：不。, 钱永刚：… (an escaped space left in the text,
# &nbsp;, may come before it).
_NAME_LABEL = re.compile(r"^(?:\s|&nbsp;)*([A-Z][A-Za-z.\-]+(?: [A-Z][A-Za-z.\-]+){1,2}|[^\sA-Za-z：:，,。；“”「」（）()]{2,4})"
                         r"\s*[：:]\s*\S")
ANSWER_AFTER_QUESTION = "source:answer after a question"


def _answers_after_questions(texts, resolved):
    """5，对想以科学作为职业的青少年，你有什么建议？ ⏎ Randy Schekman：我认为早年拥有一个导师是非常重要的。: a
    sentence labelled with a person's name right after a question is that person's answer, and so is every
    sentence after it up to the next question or label (the questions carry no label, so
    :func:`_interview_answers` does not see a Q&A); 我 in the answer is the person, not the byline's author."""
    speaker = ""
    for i in range(1, len(texts)):
        m = _NAME_LABEL.match(texts[i])
        label = m.group(1) if m and (m.group(1)[0].isascii() or names_a_person(m.group(1))) else ""
        if label and texts[i - 1].rstrip().endswith(("？", "?")):
            speaker = label
        elif label or texts[i].rstrip().endswith(("？", "?")) or _is_heading(texts[i]):
            speaker = ""
        if speaker and (not resolved[i][0] or resolved[i][1].endswith("→author")):
            resolved[i] = [speaker, ANSWER_AFTER_QUESTION]


def _speaks_for_self(text: str) -> bool:
    """我赶紧认错: the interviewee tells what they did (我 outside quotes, not 我父亲: a relative of theirs)."""
    kin = "|".join(map(re.escape, cue_words("kinship")))
    return re.search(rf"{_FIRST_PERSON.pattern}(?!的?(?:{kin}))", QUOTED.sub("", text)) is not None


def _talked_about(resolved, i: int, askers: set[str]) -> str:
    """The person an interview's answers last named as a source other than its two sides (the
    interviewee's father, whose views the answers report), "" when there is none."""
    return next((name for source, _ in reversed(resolved[:i]) if is_named(name := source.split("; ")[0])
                 and name not in askers and names_a_person(name)), "")


def _asking_names(texts, para_ids, labels: dict[int, str]) -> set[str]:
    """高渊：钱老晚年在做些什么？ ⏎ 钱永刚：…: when both sides of a Q&A are labelled by name, the interviewer
    is the name whose paragraphs end in a question mark (most of them), the other name's mostly do not."""
    asked: dict[str, list[bool]] = {}
    for i, label in labels.items():
        last = i
        while last + 1 < len(texts) and para_ids[last + 1] == para_ids[i] and last + 1 not in labels:
            last += 1  # (…有何不同？ 刘春城：: the next label, glued to the question's paragraph, ends the question)
        asked.setdefault(label, []).append(texts[last].rstrip().endswith(("？", "?")))
    share = {label: sum(ends) / len(ends) for label, ends in asked.items()}
    askers = {label for label, part in share.items() if part >= 0.5}
    return askers if askers and any(part < 0.5 for part in share.values()) else set()


def _opens_an_answer(text: str) -> bool:
    """答：…, A：…: the sentence opens with an ``interview_answer`` label."""
    return (label := _SPEAKER_LABEL.match(text)) is not None and label.group(1) in cue_words("interview_answer")


def _carry_continuation(texts, para_ids, resolved):
    """…简报显示，2019年共享充电宝市场… ⏎ 其中，4家头部企业的市场份额…; 陈晴认为，… ⏎ 另一方面则是…;
    墨子科技表示，… ⏎ 另外，…: a sentence that opens with a word that goes on from the sentence before
    (``continues_previous`` in claim_cues.tsv: it breaks down its figures or adds to its point), or with a say
    verb whose subject is left out (希望美方…, see :func:`_elided_subject_says`), has that sentence's source."""
    words = cue_words("continues_previous")
    in_paragraph = {e.cue for e in entries("continues_previous") if e.label == "in_paragraph"}
    for i in range(1, len(texts)):
        word = next((w for w in words if texts[i].lstrip().startswith(w)), None)
        if word in in_paragraph and para_ids[i] != para_ids[i - 1]:
            continue  # 此外 opening a paragraph: the writer adds a point of their own
        word = word or _elided_subject_says(texts[i])
        if word and not resolved[i][0] and is_named(resolved[i - 1][0]):
            resolved[i] = [resolved[i - 1][0], f"source:{word} carried"]


# 并提到，…, 同时表示，…, 又续称：…: the adverbs that may stand before a say verb whose subject is left out.
_BEFORE_AN_ELIDED_SUBJECTS_VERB = re.compile(r"^\s*(?:并且|并|还|也|又|亦|同时|另|续)*")


@lexicon.cached
def _elided_subject_verbs() -> frozenset[str]:
    """The say verbs that may open a sentence whose subject is left out: not a finding (发现) nor an act (宣布)."""
    return frozenset(e.cue for e in entries("say_verb") if e.label not in ("finding", "act_before_verb"))


def _elided_subject_says(text: str) -> str:
    """希望美方依法依规，妥善处理 (fresh5 180), 并提到，中方… (fresh11 382), 批评事件中… (fresh5 150): a sentence that opens with
    a say verb, its subject left out, goes on with the speaker of the sentence before (Chinese drops the subject a
    sentence shares with the one before it). A one-character verb (说, 称) only before a comma, colon or quote:
    说得虚幻一点 and 说荒谬 use the verb otherwise. Not a finding (发现问题后，…: the writer's narrative goes on), nor
    a verb read as the noun that speaks (统计显示，…, 报道称，…: a source of its own) or describing one (痛批的声浪).
    The say verb found, else ""."""
    rest = text[_BEFORE_AN_ELIDED_SUBJECTS_VERB.match(text).end():]
    tokens = segment.cut_pos(rest[:12])
    if not tokens or tokens[0][0] not in _elided_subject_verbs() or not tokens[0][1].startswith("v"):
        return ""
    verb, following = tokens[0][0], tokens[1][0] if len(tokens) > 1 else ""
    if following in say_verb_set() - {"说", "道"} or following == "显示":  # 介绍说, 补充道: one verb
        return ""
    if following in ("的", "之"):  # 痛批的声浪至今不断: the verb describes a noun, no one speaks
        return ""
    return verb if len(verb) > 1 or rest[len(verb):len(verb) + 1] in ("，", ",", "：", ":", "“", "「") else ""


# 我 as a word (not 我们, 我国, 我省 …: a collective or an institution speaking; not 自我: "self").
_FIRST_PERSON = re.compile(r"(?<!自)我(?![们国省市县区方院校司行局部委厅军党])")
# …and 我们 too in a speech (我们正处在…的决胜阶段): the speaker speaks for those they lead.
_FIRST_PERSON_SPEAKER = re.compile(r"(?<!自)我(?![国省市县区方院校司行局部委厅军党])")
_ADDRESSED = re.compile("[你您]")
# An article that says 你 in this share of its sentences is a talk, a letter or a transcript: its 我 is
# the speaker (a lecture transcribed by the outlet), not the byline's author.
ADDRESSED_SHARE = 0.05
def _first_person_author(texts, depths: list[int], author: str, resolved, own_outlet: bool = False,
                         speech: bool = False):
    """八年前的那次撤稿，我经历了…, 笔者在…发现: outside quotes, 我 and the writer's words for themself
    (``writer_self``) are the byline's author telling what they did, when the byline names one person
    and the article does not address a 你 (see ADDRESSED_SHARE) or is on the author's ``own_outlet`` (a
    blogger's 你 is the reader); ``depths``: :func:`_quote_depths`. With ``speech``, ``author`` is the
    speaker the headline names (see :func:`_headline_speaker`): a speech's 我 and 我们 are the speaker's,
    and it addresses its audience as 你们."""
    own = [QUOTED.sub("", text) if depths[i] == 0 else "" for i, text in enumerate(texts)]
    addressed = sum(bool(_ADDRESSED.search(t)) for t in own)
    if re.search(r"[、,，/\s]", author) or addressed >= max(3, ADDRESSED_SHARE * len(texts)) and not (own_outlet or speech):
        return
    first_person = _FIRST_PERSON_SPEAKER if speech else _FIRST_PERSON
    for i, text in enumerate(texts):
        own_words = "" if _opens_an_answer(text) else own[i]  # A：我一点都不意外。 is the interviewee's
        if not is_named(resolved[i][0]) or resolved[i][0].startswith("我"):
            if first_person.search(own_words):
                resolved[i] = [author, "source:我→author"]
            elif (writer := next((w for w in cue_words("writer_self") if w in own_words), None)) is not None:
                resolved[i] = [author, f"source:{writer}→author"]  # 笔者在…遗址上发现海相地层


# 大家好，我是来自1037号森林的BCS！: a writer or a speaker greeting the reader and giving their name.
_SELF_INTRODUCTION = re.compile(r"^\s*(?:大家好|各位[^，,。！!]{0,6}好|哈喽|嗨)[，,！!～~\s]*我是(?:[^，,。！!]{0,16}的)?"
                                r"(?P<name>[^，,。！!～~\s的]{2,12})[，,。！!～~]")
# …within this many sentences of the body's start.
SELF_INTRODUCTION_REACH = 3


def _self_introduced(texts: list[str]) -> str:
    """BCS in 大家好，我是来自1037号森林的BCS！ opening the body: the name the writer (or the speaker of a
    transcribed talk) gives themself, whose 我 the rest is, whoever the byline names and even when they talk to
    their reader as 你; "" when the body opens with no such greeting."""
    return next((m["name"] for t in texts[:SELF_INTRODUCTION_REACH] if (m := _SELF_INTRODUCTION.match(t))), "")


# 时局 | 习近平：欢迎知识分子提出批评: a column's name before the headline.
_COLUMN_BEFORE_HEADLINE = re.compile(r"^.{1,12}?\s*[|｜]\s*")


def _headline_speaker(title: str) -> str:
    """习近平 in 时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子: the person a headline gives the floor to
    (a person's name, then a colon; a column's name before it is dropped), whose speech an article without a
    byline prints in the first person; "" when the headline names no person so."""
    who = _HEADLINE_SPEAKER.match(_COLUMN_BEFORE_HEADLINE.sub("", title.strip(), count=1))
    if who is None:
        return ""
    name = re.sub(rf"(?:最新)?(?:{'|'.join(cue_words('talk_word'))})$", "", who["who"])  # 曾鸣最新演讲：…
    if not 2 <= len(name) <= LABEL_NAME_MAX_CHARS:
        return ""
    return name if all(tag.startswith("nr") for _, tag in segment.cut_pos(name)) else ""


def _name_the_article_writes(label: str, article: str) -> bool:
    """刘春城： (jieba: 刘/zg 春城/n) after …北京华鹏律师事务所刘春城律师…: a label of a surname and a given name that
    the article also writes in its prose is a person's name, though jieba cuts it apart."""
    return (persons.opens_with_surname(label) and 2 <= len(label) <= 4 and all(is_cjk(ch) for ch in label)
            and re.search(rf"{re.escape(label)}(?![：:])", article) is not None)


def _titled_people(texts, resolved, actors) -> frozenset[str]:
    """沈阳 in 清华大学教授沈阳认为 ⏎ 沈阳说，… ⏎ 沈阳教授指出，…: jieba reads the name as a city, but the
    article writes it next to a person's title (``title_after_name``, ``title_before_name``,
    ``person_suffix`` in claim_cues.tsv), so as a source it is a person, and one whose words go on
    (see :func:`_carry_in_paragraph`). A source written with the title (沈阳教授, 清华大学教授沈阳) is one too."""
    after = tuple(cue_words("title_after_name") + cue_words("person_suffix"))
    before = tuple(t for t in cue_words("title_before_name") if len(t) >= 2)  # not 长 alone: 成长, 增长
    joined = "".join(texts)
    people = set()
    for name in {r[0].split("; ")[0] for r in resolved}:
        bare = name[:-len(t)] if (t := next((t for t in after if name.endswith(t) and len(name) > len(t) + 1), "")) else name
        after_a_head = _name_after_a_head_title(bare)
        bare = min((bare.rsplit(t, 1)[1] for t in before if t in bare[:-2]), key=len, default=after_a_head or bare)
        if is_named(bare) and 2 <= len(bare) <= LABEL_NAME_MAX_CHARS and not _counts_or_qualifies(bare) \
                and (bare == after_a_head or any(f"{t}{bare}" in joined for t in before)
                     or any(f"{bare}{t}" in joined for t in after)):
            people.update({name, bare})
        elif _title_of_someone_named(name, texts, actors):
            people.add(name)
    return frozenset(people)


def _name_after_a_head_title(source: str) -> str:
    """政务部长迪内希 → 迪内希 (fresh28 863): the source's last word after a head's title jieba reads as one word ending in
    长 (部长, 局长, 镇长; ``title_before_name`` holds 长 alone, which 成长 and 增长 end in too), when it is a name jieba's
    dictionary lacks or tags a person (not 增长广州: a place it knows); "" when there is none."""
    words = [word for word, _ in segment.cut_pos(source)]
    if (len(words) >= 2 and len(words[-2]) >= 2 and words[-2].endswith("长")
            and (unknown_to_jieba(words[-1]) or (segment.known_tag(words[-1]) or "").startswith("nr"))):
        return words[-1]
    return ""


def _title_of_someone_named(name: str, texts, actors) -> bool:
    """蔡英文總統今日出席… ⏎ 總統致詞表示，… (fresh13 430); 市长李明 … 市长指出: a title alone (a word that is or ends in a
    person's title, :func:`is_person_title`) is the one person the article writes it next to, so it speaks as that person and
    its words go on (:func:`_carry_in_paragraph`). Not when the title is written next to two people (部长张三和部长李四:
    which one is meant is for a reader), nor when it names no one (专家表示 is unnamed)."""
    return bool(_title_holder(name, texts, actors))


def _title_holder(name: str, texts, actors) -> str:
    """The one person the article writes the title ``name`` next to (裁判官 → 王證瑜 of 裁判官王證瑜), "" for none or two."""
    if not is_person_title(name):
        return ""
    holders = {a for text, names in zip(texts, actors) for a in names
               if a != name and (f"{a}{name}" in text or f"{name}{a}" in text) and names_a_person(a)}
    return next(iter(holders)) if len(holders) == 1 else ""


def _counts_or_qualifies(words: str) -> bool:
    """多数大 (of 多数大法官), 三位: a count opening the words, or nothing but numerals, measure words, adjectives and
    adverbs, before a title is no name (sweep16); 高勁修 (高勁/a 修/v, of 法官高勁修, fresh8 337) is one."""
    tags = [tag for _, tag in segment.cut_pos(words)]
    return tags[0].startswith(("m", "q")) or all(tag.startswith(("m", "q", "a", "d")) for tag in tags)


def _is_person(name: str, people: frozenset[str]) -> bool:
    return name in people or names_a_person(name)


COURT_REASONING = "source:court's reasoning carried"


def _named_as_actors(text: str, actors: tuple[str, ...]) -> list[str]:
    """The actors a sentence names as someone of its own: not those an ``indefinite`` word picks some of (部分党政机关人员
    违规经商…, 一些企业…: what a body or a speaker found about some of them, fresh34 983, goes on in their words)."""
    picked = cue_words("indefinite")
    return [a for a in actors if not (at := [m.start() for m in re.finditer(re.escape(a), text)])
            or any(not text[max(0, k - 4):k].endswith(picked) for k in at)]


def _carry_in_paragraph(texts, para_ids, actors, resolved, narrative, forecast, people: frozenset[str]):
    """王清华表示，… ⏎ 即使是水平或垂直安置，…: a paragraph that opens with a person speaking goes on
    reporting what the person said, until a sentence names an actor of its own ("carried in
    paragraph"). A person who starts speaking later in the paragraph is carried only into sentences
    that read as their view (no date, no event told: 若…极有可能发生), because the writer's narrative
    often resumes after a quote. Documents and places are carried only from a paragraph that opens with
    根据/据 them (根据该论文，…): elsewhere an article's own comment often follows them. An organisation
    that forecasts (中央气象台预计，…, a ``forecast_word`` of claim_cues.tsv) is carried into the sentences
    after it that tell no dated event ("forecast carried"): a forecast is told region by region,
    sentence by sentence. A court (a ``judging_body``) that opens its paragraph with its reasoning (法院认为，被告人沈德咏…)
    goes on in the sentences after it that name only the parties it named (对姚刚所犯…应依法数罪并罚, fresh23 760)."""
    speaker, para, opened_paragraph, forecaster, reporting, spoke_as_i = "", None, False, False, False, False
    parties: set[str] = set()  # whom a court's reasoning is about (被告人姚刚): no new actor while it goes on
    for i, para_id in enumerate(para_ids):
        spoke_as_i = spoke_as_i or bool(i and speaker and resolved[i - 1][0] == speaker
                                        and _first_person_outside_quotes(texts[i - 1]))
        first = para_id != para
        if first:
            # 朱建国致词 … 加拿大是我们的第二故乡。 ⏎ 今天大家欢聚一堂，…我心里感到格外的高兴: a person's speech told
            # without quotes in the first person goes on into the next paragraph while it speaks as 我 or 我们
            # (its bodies and places, 加拿大温州同乡总会已经走过22个春秋, are the speech's, as a report's are); the
            # speaker must have spoken as 我/我们 in the paragraph before, and a question opening the new one is the
            # writer's (fresh9 342: 你还是去给企业家也文章算了。 ⏎ 为什么我们应该警惕…?)
            speech = bool(speaker and i and _is_person(speaker, people) and resolved[i - 1][0] == speaker
                          and spoke_as_i and not resolved[i][0] and _first_person_outside_quotes(texts[i])
                          and not texts[i].rstrip().endswith(("？", "?")))
            spoke_as_i = False
            para, speaker = para_id, speaker if speech else ""
            if speech:
                resolved[i] = [speaker, "source:speech carried"]
                reporting = opened_paragraph = True
                continue
        if not texts[i].rstrip("”」’\"' ）)").endswith(END_MARKS):
            speaker = ""  # a heading run into the paragraph (市场复苏谨防再起炒作之风) is no one's words
            continue
        own_voice = _first_person_outside_quotes(texts[i]) and _is_person(speaker, people)  # 我们同乡总会的职责…
        names_only_the_parties = bool(actors[i]) and set(actors[i]) <= parties
        if resolved[i][0] or _named_as_actors(texts[i], actors[i]) and not (speaker and (reporting or own_voice or names_only_the_parties
                                                             or _speaks_as_a_side(texts[i])
                                                             or _opens_calling_back(texts[i], speaker))):
            name = resolved[i][0].split("; ")[0]
            if speaker and name == speaker:
                continue  # 文中显示 (→ 该论文): the same source goes on
            named_at = texts[i].find(name[-2:])
            if named_at < 0 and (pronoun := re.match(r"source:(.+?)→", resolved[i][1])):
                named_at = texts[i].find(pronoun.group(1))  # …频有斩获的他认为 (他 → 李嘉诚)
            if named_at < 0 and (went_on := re.match(r"source:(.+?) carried$", resolved[i][1])):
                named_at = texts[i].find(went_on.group(1))  # 据披露，… goes on from the sentence before
            lead = _before_the_speech_tag(texts[i])
            starts = is_named(name) and 0 <= (named_at - lead if named_at >= lead else named_at) < SPEECH_TAG_MAX_CHARS
            # 有业内人士表示，… ⏎ …: a person or group not named goes on speaking as a named person does (the
            # convention's "(unnamed) sources carry by the same rule"); not a vague group (人们认为), a bare 据悉, nor
            # those the writer cites to argue (如不少网友所说). Material found or read (``unnamed_material``) goes on
            # only from the paragraph's opening, as a document does (数据显示，… ⏎ …, 据消息，…)
            who = unnamed_who(name)
            material = who is not None and who.endswith(cue_words("unnamed_material"))
            unnamed_speaker = (who is not None and len(who) > 1 and unnamed_someone(name) and not vague_source(name)
                               and not who.startswith("如")
                               and (not material or first and (texts[i].lstrip().startswith(("根据", "据"))
                                                               or _opens_with(texts[i], who)))
                               and 0 <= texts[i].find(who[-2:]) < SPEECH_TAG_MAX_CHARS)
            cited = texts[i].lstrip().startswith(("正如", "正像", "就像"))  # the author quoting to argue
            # 根据该论文，… opening a paragraph: the writer reports from the document, sentence by sentence
            # …初步调查报告也披露了…：… opening a paragraph: the report goes on, sentence by sentence
            # 陸媒財新網指出，… opening a paragraph (fresh15 502): a news outlet's report goes on like a document's
            # 报告显示，… opening a paragraph, 报告 standing for the document named before (fresh26 822): the same
            referred = re.match(r"source:(.+?)→", resolved[i][1])
            reported = first and is_named(name) and (texts[i].lstrip().startswith(("根据", "据", "综合"))
                                                      or texts[i].lstrip().startswith(name)
                                                      and (_is_document(name) or is_outlet(name))
                                                      or referred is not None and refers_to_document(referred[1])
                                                      and texts[i].lstrip().startswith(referred[1]))
            # 对此，中兴通讯通过官微表示，… 公司正在全面评估… (fresh5 180): a body that opens its paragraph speaking goes
            # on in the sentences that tell no event (its statement), not in the writer's narration after it
            body = (first and not reported and is_named(name) and _no_person(name) and not _is_person(name, people)
                    and _opens_with(texts[i], name))
            forecaster = forecast[i] and not (_is_person(name, people) or reported)
            # 龙煤集团有关人士表示，… ⏎ 一旦盘活这些资产，…: an unnamed official goes on speaking for the body (fresh23 764)
            speaker = (_official_of_a_body(resolved[i][0]) or name) if not cited and (
                starts and (_is_person(name, people) or reported or body or forecast[i]) or unnamed_speaker) else ""
            reporting = reported  # a report's narrative names places and crews (攀枝花机场) and goes on
            parties = set(actors[i]) if speaker and speaker.endswith(cue_words("judging_body")) else set()
            opened_paragraph = first and not body
        elif speaker and forecaster and not narrative[i]:
            resolved[i] = [speaker, "source:forecast carried"]  # the forecast goes on; not 与之相比，…2017 年 GDP
        elif (speaker and not forecaster
              and (opened_paragraph or not narrative[i] or _first_person_outside_quotes(texts[i]))
              and not (unnamed_who(speaker) is not None and _first_person_outside_quotes(texts[i]))):
            # (…我们已出台一些政策: an event told as 我们 is the speaker's, not the writer's narrative; but an unnamed
            # someone is never the 我 after it: 当时有医生说，… ⏎ 我赶紧去买药 is the interviewee's, fresh4 131)
            resolved[i] = [speaker, COURT_REASONING if parties else "source:carried in paragraph"]
        else:
            speaker = ""  # the writer's narrative resumes


# 对此，中兴通讯…表示: the words that may open a paragraph before the body that speaks in it.
# A line break a JSON or CSV dump wrote out as an escape (the characters \ and n), not a word's \n (\\news); unlike
# _ESCAPED_BREAK, which cuts a source's name at any escape, a tab or a \uXXXX opens no paragraph.
ESCAPED_LINE_BREAK = r"\\+[nr](?![a-z])"
# A day the words were given may open it too (11月4日，山西省委巡视办介绍，…; 昨日，市统计局表示，…).
_BEFORE_THE_SPEAKER = re.compile(rf"^\s*(?:{ESCAPED_LINE_BREAK}\s*)*(?:对此|對此|此外|另外|同时|同時|随后|隨後)?[，,]?\s*"
                                 r"(?:(?:\d{1,2}月)?\d{1,2}日|[昨今前]天|[昨今]日|近日|日前)?[，,]?\s*")


# 据中新社报道，关于今年上半年北京新房交易量攀升的原因，(易居研究院…严跃进分析认为，…) (fresh26 820), 针对下半年…走势，
# (严跃进认为，…): the relay that opens the sentence and the topic the words are on, before the speaker's tag.
_RELAY_AND_TOPIC = re.compile(rf"(?:{RELAY_FRAME.pattern})?(?:关于|针对|對於|对于|至于|谈到|谈及|说到)[^，。；：！？“”]{{1,30}}[，,]"
                              rf"|{RELAY_FRAME.pattern}")


def _before_the_speech_tag(text: str) -> int:
    """How many characters open the sentence before its speech tag can start: a relay (据…报道，) and the topic the words
    are about (关于…的原因，, 针对…，); a speaker named right after them opens the sentence's words as much as one
    named first does."""
    opening = _RELAY_AND_TOPIC.match(text)
    return opening.end() if opening else 0


def _opens_calling_back(text: str, speaker: str) -> bool:
    """時任機動部隊警長沈嘉謙供稱，… ⏎ 沈上前壓著被告，…在地上左搖右擺 (fresh39 1081): a sentence whose subject is the speaker
    called back by surname goes on with the speaker, as one opening with 他 does; the names it holds besides (jieba's
    左搖右/nr) are the people the speaker tells of, no new actor."""
    name = titled.group("name") if (titled := titled_name().fullmatch(speaker)) else speaker
    people = persons.full_names([name])
    if not people or name[0] not in text:
        return False
    tokens = tokens_with_offsets(text)
    opening = _BEFORE_THE_SPEAKER.match(text).end()
    return any(tokens[k][2] == opening for k, _ in persons.surname_references(tokens, people))


def _opens_with(text: str, name: str) -> bool:
    """Whether the sentence opens with the name (after 对此，, 此外，…)."""
    return text[_BEFORE_THE_SPEAKER.match(text).end():].startswith(name)


PROVISION_CARRIED = "source:provision carried"


def _carry_provisions(texts, para_ids, resolved, narrative):
    """草案也訂定保密條款，… ⏎ 當國民法官收賄，…處五年以下有期徒刑 ⏎ 國民法官資格為年滿廿三歲… (fresh9 352): a text of
    rules (see :func:`is_provision_document`; not an organisation, a person or an outlet) named as the source of a
    sentence that lays down rules (a ``provision_verb``: 规定, 明定, 订定 …) or that the paragraph opens reporting
    from (依据草案，…) is summarised provision by provision; the sentences after it in its paragraph are its
    provisions ("provision carried", data/eval/SOURCES_CONVENTION.md (c)), up to a sentence with a source of its own,
    a heading or a question. A sentence told as an event that states no rule (no ``provision_modal``: 必须, 不得,
    有权 …) is left without a source, and the provisions after it go on. A meeting's conclusions (会议认为，… 一是…
    二是…, its convener's, see :func:`_meeting_convener`) go on the same way, its events told included (6月末，社会融资规模
    同比增长7.4%: what the meeting reported)."""
    verbs, modals = cue_words("provision_verb"), cue_words("provision_modal")
    document, para, meeting = "", None, False
    for i, text in enumerate(texts):
        if para_ids[i] != para:
            document, para = "", para_ids[i]
        name = resolved[i][0].split("; ")[0]
        if name:
            rules = any(v in text for v in verbs) or text.lstrip().startswith(("依据", "根据", "依照", "按照"))
            meeting = resolved[i][1] == MEETING_CONVENED
            document = name if is_named(name) and (rules and is_provision_document(name) or meeting) else ""
        elif not document or _is_heading(text) or is_question(text):
            document = ""
        elif narrative[i] and not meeting and not any(m in text for m in modals):
            continue  # 有些職業被排除在外: told as an event, no rule stated; the provisions after it go on
        else:
            resolved[i] = [document, PROVISION_CARRIED]


def _speaks_as_a_side(text: str) -> bool:
    """杨洁篪表示，… ⏎ 中方愿继续支持莫方…: a sentence that opens with a country as a side (``speaking_side`` in
    claim_cues.tsv) goes on with what the person speaking for it says; the side is no new actor."""
    return text.lstrip().startswith(cue_words("speaking_side"))


def is_question(text: str) -> bool:
    """你相信上帝吗？: a question, nobody's statement."""
    return text.rstrip("”」’\"' ").endswith(("？", "?"))


def _first_person_outside_quotes(text: str) -> bool:
    return re.search(r"(?<!自)我们?", QUOTED.sub("", text)) is not None


def _is_document(name: str) -> bool:
    """初步调查报告, 《国九条》: a source that is a document (a ``document_head`` of two characters or more)."""
    return name.endswith(tuple(h for h in cue_words("document_head") if len(h) >= 2 or h == "》"))


@lexicon.cached
def _trial_found() -> re.Pattern:
    """经审理查明：…, 经审理认为，…: what a trial found, told without the court that tried the case (a verdict's report;
    the openings are ``trial_found``), before a comma or colon."""
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, cue_words("trial_found"))) + r")[：:，,]")


TRIAL_FOUND = "source:the court that tried the case"


def _trial_findings(texts, actors, resolved):
    """…邯郸市中级人民法院公开宣判…姚刚受贿、内幕交易案 ⏎ 经审理查明：2006年至2015年，被告人姚刚… (fresh23 760): what the
    trial found is the court's finding, the court (a ``judging_body``) named in the sentences just before; only a
    court tries a case, so an inquiry's 经查 (a police notice's, fresh13 436) is left without a source."""
    for i, text in enumerate(texts):
        if resolved[i][0] or not _trial_found().match(text):
            continue
        # len(name) > 2: a judging_body word alone (法院, 法庭, 检方) is a role, no court named; what the trial found
        # after 法院认为，… is left without a source, as 经查 is (丰台法院, 杭州市中级人民法院 name one)
        courts = [name for j in range(i - 1, max(-1, i - PRONOUN_REACH - 1), -1)
                  for name in [resolved[j][0], *actors[j]] if name.endswith(cue_words("judging_body")) and len(name) > 2]
        if courts:
            resolved[i] = [courts[0], TRIAL_FOUND]


def _carry_after_lead_in(texts, para_ids, resolved, narrative):
    """另一位网友则留言披露了一些当地的内幕： ⏎ 我知道新矿集团的…。他的大儿子… ⏎ 新矿的一般下井一线回采工人…: a
    paragraph that ends in a colon after someone speaking introduces the paragraphs after it as their words, quoted
    or set off as a block without quotation marks ("lead-in carried", data/eval/SOURCES_CONVENTION.md (c)), up to a
    sentence with a source of its own or a paragraph that opens with a heading, the writer's narration (an event
    told), a question or an exclamation (有史以来，这是第一次，…太过于科幻了吧！: the writer's voice again)."""
    for i in range(1, len(texts)):
        if para_ids[i] == para_ids[i - 1] or not texts[i - 1].rstrip().endswith(("：", ":")):
            continue
        speaker = resolved[i - 1][0]
        for j in range(i, len(texts)):
            if not speaker or resolved[j][0]:
                break
            if para_ids[j] != para_ids[i] and para_ids[j] != para_ids[j - 1] and (
                    _is_heading(texts[j]) or narrative[j] or is_question(texts[j]) or texts[j].rstrip().endswith(("！", "!"))):
                break
            resolved[j] = [speaker, "source:lead-in carried"]


def _carry_quotes(texts, para_ids, depths: list[int], resolved, people: frozenset[str]):
    speaker = ""
    for i, text in enumerate(texts):
        if depths[i] == 0:
            opens = any(c in text for c in OPEN_QUOTES)
            introduced = (i > 0 and text.lstrip().startswith(tuple(OPEN_QUOTES)) and resolved[i - 1][0]
                          and (texts[i - 1].rstrip().endswith(("：", ":"))
                               or para_ids[i - 1] == para_ids[i] and _is_person(resolved[i - 1][0], people)))
            if introduced and not resolved[i][0]:  # 陈晴表示： ⏎ “总的来看……”; 陈晴认为…。“总的来看……”
                resolved[i] = [resolved[i - 1][0], QUOTE_CARRIED]
            speaker = resolved[i][0] if opens else ""
        elif speaker and not resolved[i][0]:
            resolved[i] = [speaker, QUOTE_CARRIED]


def _speaker_after_quote(texts, para_ids, own_sources, resolved):
    """“……” ⏎ 赵苏说。 / 一位基因测序专家向财新记者透露。: the quote before a speech tag is the tag speaker's,
    named or not."""
    for i, text in enumerate(texts):
        if not (i > 0 and own_sources[i] and texts[i - 1].rstrip().endswith(tuple(CLOSE_QUOTES))):
            continue
        name = re.sub(r"^\((?:unnamed|unresolved): (.*)\)$", r"\1", own_sources[i].split("; ")[0])
        if len(text) > SPEECH_TAG_MAX_CHARS and text.find(name[-2:]) > SPEECH_TAG_MAX_CHARS:
            continue  # the speaker of a long sentence must open it (王凯说，…)
        if len(text) > SPEECH_TAG_MAX_CHARS and para_ids[i] != para_ids[i - 1] and _introduced(texts, para_ids, own_sources, i - 1):
            continue  # 周文珍说，… 「…」 ⏎ 吴玉琴表示，…: the quote was introduced by a speaker of its own
        quoted, j, near = [], i - 1, (para_ids[i], para_ids[i - 1])
        # back to the sentence that opened the quote: within the tag's paragraph and the one before, or
        # over earlier paragraphs without a quote mark (a quote of several lines, then 彭宝淦如是说。)
        # (past a sentence of the quote whose own "source" names no one: 腰椎间盘造影证实…)
        while j >= 0 and (not resolved[j][0] or not has_quote_mark(texts[j]) and not names_an_actor(resolved[j][0])) \
                and (para_ids[j] in near or not has_quote_mark(texts[j]) or texts[j].lstrip()[:1] in OPEN_QUOTES):
            quoted.append(j)
            if any(c in texts[j] for c in OPEN_QUOTES):
                if texts[j].lstrip()[:1] not in OPEN_QUOTES and name not in texts[j]:
                    quoted = []  # 而总统府事后回应，“…” ⏎ 紧接着吴钊燮…表示: a quote its own sentence leads into
                break
            j -= 1
        if quoted and para_ids[quoted[-1]] not in near and texts[quoted[-1]].lstrip()[:1] not in OPEN_QUOTES:
            quoted = [k for k in quoted if para_ids[k] in near]  # no opening quote found further back
        if quoted and j >= 0 and j != quoted[-1] and resolved[j][0] and any(c in texts[j] for c in OPEN_QUOTES):
            continue  # SEC的命令显示：“… ⏎ …”: the quote was opened by a speaker of its own
        for j in quoted:
            resolved[j] = [resolved[i][0], SPEAKER_AFTER_QUOTE]


def _closing_mark(text: str, depth: int) -> int | None:
    """Where, in a sentence that starts ``depth`` quotes deep, the quote it started in closes; None when it
    does not close in the sentence."""
    for at, ch in enumerate(text):
        depth += (ch in OPEN_QUOTES) - (ch in CLOSE_QUOTES)
        if depth <= 0:
            return at
    return None


def _speaker_after_closing_mark(texts, para_ids, depths: list[int], own_sources, resolved):
    """「以前怕引起恐慌，但全台灣都有地震，你跑得掉嗎？ ⏎ 跑不掉！ ⏎ …現在我們會告知民眾有什麼風險，…，」行政院…
    科長陳榮裕說明政府心態上的轉變。 (fresh10 374): a quotation of several sentences whose speech tag follows its
    closing mark inside its last sentence is the tag speaker's from the sentence that opened it
    (SOURCES_CONVENTION (a), the speaker named after the quote) — when that sentence opens with the quote
    and no sentence of the quote has a source of its own."""
    for i, text in enumerate(texts):
        if not (depths[i] and own_sources[i] and resolved[i][0]):
            continue
        close = _closing_mark(text, depths[i])
        name = re.sub(r"^\((?:unnamed|unresolved): (.*)\)$", r"\1", own_sources[i].split("; ")[0])
        if close is None or not 0 <= text.find(name[-2:], close) - close <= SPEECH_TAG_MAX_CHARS \
                or name[-2:] in text[:close]:
            continue  # no tag after the mark, or the speaker spoke inside the quote
        first = i - 1
        while first > 0 and depths[first] and not resolved[first][0]:
            first -= 1
        if resolved[first][0] or texts[first].lstrip()[:1] not in OPEN_QUOTES:
            continue  # 他说，“… ⏎ …，”…: opened by a speaker of its own, or by narration
        for j in range(first, i):
            resolved[j] = [resolved[i][0], SPEAKER_AFTER_QUOTE]


QUOTE_OF_NEAREST, GESTURE_AFTER_QUOTE = "source:quote of the person nearby", "source:quote before a gesture"
QUOTE_OF_SUBJECT = "source:quote of the person who opens the sentence before"
# A sentence this short after a quote that opens with a person (马云挑了挑眉毛，几近反讽。) tells how they said it.
GESTURE_MAX_CHARS = 16
# How many sentences before an untagged quote may name its speaker (the person the passage is about).
QUOTE_SPEAKER_REACH = 4


def _untagged_quotes(texts, para_ids, actors, resolved):
    """Whole sentences in quotes that no one was given (a feature's interviewee speaking between its
    narrative: “我觉得……” ⏎ 在成为总裁后，他发现无人可问。) are the words of the person nearby: the person
    who opens a short sentence right after the quote (“难道老陆懂啊？” ⏎ 马云挑了挑眉毛，几近反讽。, who
    is then that sentence's source too), else the person last named in the QUOTE_SPEAKER_REACH sentences
    before it (not across a heading), else the first person named in the sentence after it, else the
    person who opens the sentence right before it (:func:`_subject_before`)."""
    speakers = {name for name, _ in resolved if is_named(name) and names_a_person(name)}
    i = 0
    while i < len(texts):
        end = _quote_block_end(texts, resolved, i)
        if end is None:
            i += 1
            continue
        after = end + 1 if end + 1 < len(texts) and not _is_heading(texts[end + 1]) else None
        people_after = [a for a in (actors[after] if after is not None else ()) if names_a_person(a)]
        gesture = (after is not None and people_after and texts[after].lstrip().startswith(people_after[0])
                   and len(texts[after]) <= GESTURE_MAX_CHARS and not resolved[after][0])
        if gesture:
            speaker, how = people_after[0], GESTURE_AFTER_QUOTE
        else:
            speaker, how = _person_before(texts, actors, resolved, i, speakers), QUOTE_OF_NEAREST
        next_speakers = [a for a in people_after if _speaks_elsewhere(a, speakers)]
        if not speaker and next_speakers and para_ids[after] in (para_ids[end], para_ids[end] + 1):
            speaker = next_speakers[0]
        if not speaker and (subject := _subject_before(texts, actors, i)):
            speaker, how = subject, QUOTE_OF_SUBJECT
        if speaker:
            for k in range(i, end + 1 + bool(gesture)):
                resolved[k] = [speaker, how]
        i = end + 1


QUOTE_OF_SPEAKING_SUBJECT = "source:quote of the sentence's subject"
# A quotation shorter than this (“好”) is a word the writer quotes, not a person's speech.
QUOTED_SPEECH_MIN_CHARS = 4
# The words before a name in its clause that only describe the person (市民卢先生, 河北永清县南岔口村村民王立新).
SUBJECT_DESCRIPTION_MAX_CHARS = 16
_DESCRIPTION_TAGS = ("n", "ns", "nt", "nz", "j", "zg", "b", "eng")


def _speech_at_the_end(text: str) -> int | None:
    """Where a quotation opens after a comma or a colon and runs to the end of the sentence
    (…叫了过来：“我们一起进去看看。”, …不愿意谈论老板和这位“师姐”，“如果讲得不好，老板会不高兴。”) and is said (it ends
    in a sentence's end mark, or goes on past the sentence); None otherwise."""
    body = text.rstrip()
    for at, ch in enumerate(body):
        if ch not in OPEN_QUOTES:
            continue
        if body[:at].rstrip()[-1:] not in ("，", ",", "：", ":"):
            continue  # 印有“我不愿让你一个人”的黑色T恤: quoted words inside the clause
        depth, close = 0, None
        for k in range(at, len(body)):
            depth += (body[k] in OPEN_QUOTES) - (body[k] in CLOSE_QUOTES)
            if depth == 0:
                close = k
                break
        rest = body[close + 1:] if close is not None else ""
        quoted = body[at + 1:close] if close is not None else body[at + 1:]
        said = close is None or quoted.rstrip()[-1:] in "。！？!?…"  # (李明翰要恢復到可爬山，「至少需要半年」。: a phrase)
        if rest.strip("。！？!?…. ") or len(quoted) < QUOTED_SPEECH_MIN_CHARS or not said:
            return None
        return at
    return None


def _speaking_subject(tokens, people: set[str], say_verbs: frozenset[str]) -> str:
    """老钱又问道 (no say-verb jieba knows), 文员陈小姐特意穿上…旁听，为张剑虹打气，「每一个人都重要」: the one person who
    opens a clause of the words before the quotation (after a ``contrast_opening``, 但, and words that describe them:
    市民, 父亲), or 他/她 opening one; "" when a second person is named there (outside quotes: 这位“师姐”) or nobody
    opens a clause, or a say-verb stands there (通报指，马兴瑞“…”: what the cues could not read is left unread). A name
    must open with a surname (学生界里有一句玩笑: 界里 is no one; 老钱), and an adverb jieba glues to it is dropped
    (刘琦则看到了… → 刘琦)."""
    found, clause_start, depth = [], 0, 0
    contrasts = set(cue_words("contrast_opening"))
    for k, (word, tag, _) in enumerate(tokens):
        depth += sum(c in OPEN_QUOTES for c in word) - sum(c in CLOSE_QUOTES for c in word)
        if depth > 0 or word[:1] in CLOSE_QUOTES:
            continue
        if re.fullmatch(r"[，,；;：:]+", word):
            clause_start = k + 1
            continue
        contrast = clause_start < k and tokens[clause_start][0] in contrasts  # 但范家发…, not 如果李女士…
        before = tokens[clause_start + contrast:k]
        opens = all(t.startswith(_DESCRIPTION_TAGS) or is_person_title(w) for w, t, _ in before) \
            and sum(len(w) for w, _, _ in before) <= SUBJECT_DESCRIPTION_MAX_CHARS
        if tag.startswith("v") and (word in say_verbs or word[-1:] in ONE_CHARACTER_SAYING):
            return ""  # 通报指，马兴瑞“…”, 报告直指，…「…」, …陈姣伶曾在采访中提到: a say-verb no cue could read
        if word in ONE_PERSON_PRONOUNS:
            if opens:
                found.append(word)
        elif (word in people or tag.startswith(persons.PERSON_TAGS) and len(word) >= 2) and _has_a_surname(word):
            if k + 1 < len(tokens) and tokens[k + 1][0] == "的":
                return ""  # 苏轼的诗又一次给出了精妙的启示：“…”: the person's work speaks, not the person
            if opens:
                found.append(word)
            elif word not in found:
                return ""  # 为张剑虹打气: a second person, the one spoken to or about
    names = {_without_glued_adverb(w) for w in found if w not in ONE_PERSON_PRONOUNS}
    return names.pop() if len(names) == 1 else found[0] if found and not names else ""


def _has_a_surname(name: str) -> bool:
    """王计兵, 欧阳娜娜, 老钱 (老/小 before a surname), 霍尔马克 (a transliteration opens with any character); not 界里
    (学生界里, jieba's nrt) nor 報告直 or 大众 (sources the cues cut or read elsewhere)."""
    surnames = lexicon.surnames()
    bare = name[1:] if name[:1] in "老小" and len(name) >= 2 else name
    return bare[:1] in surnames or bare[:2] in surnames or persons.transliterated(name)


def _without_glued_adverb(name: str) -> str:
    """刘琦则 → 刘琦: an adverb jieba cut into a Chinese name of three characters or more
    (``persons.ADVERBS_AFTER_A_NAME``)."""
    if len(name) < 3 or name[-1] not in persons.ADVERBS_AFTER_A_NAME or persons.transliterated(name):
        return name
    return name[:-1]


def _person_named_just_before(texts, para_ids, actors, resolved, i: int, speakers: set[str]) -> str:
    """他 in 离开驾驶舱，他走向农机尾部，…介绍，“…”: the person named last before sentence ``i`` (see
    :func:`_person_before`), only from its own paragraph or the one before it."""
    person = _person_before(texts, actors, resolved, i, speakers)
    paragraphs = {para_ids[i], max((para_ids[j] for j in range(i) if para_ids[j] < para_ids[i]), default=None)}
    near = [j for j in range(max(0, i - QUOTE_SPEAKER_REACH), i) if para_ids[j] in paragraphs]
    return person if person and any(person in texts[j] or person == resolved[j][0] for j in near) else ""


def _quotes_of_speaking_subjects(texts, para_ids, actors, resolved, people: frozenset[str]):
    """…老钱打电话把同事们叫了过来：“我们一起进去看看。” (fresh11 383), 齐北松笑着解答疑惑，“目前已完成…” (fresh11 380),
    车内，陈建平…冒出一句：“挤铲铲挤啊？” (fresh10 371): a sentence with no source of its own that ends in a quotation
    opened after a comma or a colon gives the quotation to the one person who opens a clause before it, named or
    他/她 (the person named last before it, in its paragraph or the one before); a quotation that goes on past the
    sentence is then carried by :func:`_carry_quotes` (data/eval/SOURCES_CONVENTION.md (a)). A name the article gives
    as a source elsewhere is a person here when it is short and no organisation (范家发, which jieba cuts 范家/发), and so
    is the name a described source ends in (老钱 of 带队的老钱). A person followed by 的 is no subject (苏轼的诗)."""
    speakers = {name for name, _ in resolved if is_named(name) and names_a_person(name)}
    names = {bare for name, _ in resolved if is_named(name) for bare in {name, name.rsplit("的", 1)[-1]}  # 带队的老钱
             if _is_person(bare, people) or 2 <= len(bare) <= LABEL_NAME_MAX_CHARS and not _no_person(bare)
             and not is_place(bare)}
    for i, text in enumerate(texts):
        if resolved[i][0] or (at := _speech_at_the_end(text)) is None:
            continue
        head = text[:at]
        tokens = tokens_with_offsets(head)
        known = {a for a in actors[i] if names_a_person(a) and a in head} | {s for s in names if s in head}
        subject = _speaking_subject(_with_names_joined(tokens, known), known, say_verb_set())
        if subject in ONE_PERSON_PRONOUNS:
            subject = _person_named_just_before(texts, para_ids, actors, resolved, i, speakers)
        if subject:
            resolved[i] = [subject, QUOTE_OF_SPEAKING_SUBJECT]


def _with_names_joined(tokens, names: set[str]):
    """The tokens with each of ``names`` one token (jieba cuts 范家发 as 范家/发不): a name the article knows is
    whole where it is written."""
    text = "".join(w for w, _, _ in tokens)
    longest_first = sorted(names, key=len, reverse=True)
    joined, k = [], 0
    while k < len(tokens):
        word, tag, start = tokens[k]
        name = next((n for n in longest_first if text.startswith(n, start)), None)
        if name:
            joined.append((name, "nr", start))
            end = start + len(name)
            while k < len(tokens) and tokens[k][2] < end:
                k += 1  # (a token the name ends inside, 发不, goes with it)
            continue
        joined.append(tokens[k])
        k += 1
    return joined


def _subject_before(texts, actors, i: int) -> str:
    """段永平1月5日重返母校，与现场观众交流。 ⏎ “我没有鼓励过别人创业。……”: the person who opens the sentence
    right before a quotation (its subject, a name jieba tags as a person) and the only person it names;
    "" otherwise, or across a heading."""
    if i == 0 or _is_heading(texts[i - 1]):
        return ""
    people = [a for a in actors[i - 1] if names_a_person(a)]
    return people[0] if len(set(people)) == 1 and texts[i - 1].lstrip().startswith(people[0]) else ""


def _quote_block_end(texts, resolved, i: int) -> int | None:
    """The last sentence of a quotation that starts at sentence ``i`` and is whole sentences (opens the
    sentence, closes at the end of one), with no source given; None when there is none."""
    if texts[i].lstrip()[:1] not in OPEN_QUOTES or resolved[i][0]:
        return None
    depth = 0
    for k in range(i, len(texts)):
        if resolved[k][0]:
            return None
        text = texts[k].rstrip()
        for at, ch in enumerate(text):
            depth += (ch in OPEN_QUOTES) - (ch in CLOSE_QUOTES)
            if ch in CLOSE_QUOTES and depth <= 0:  # closed at the end of a sentence, not a quoted heading (“值得提名诺贝尔奖”)
                # nor quoted words the sentence goes on from (“赶走”安卓意味着“回到解放前”？, a subhead)
                closed = at >= len(text) - 2
                return k if closed and not _is_heading(texts[k]) else None
    return None


def _is_heading(text: str) -> bool:
    return not text.rstrip("”」』’\"' ）)").endswith(END_MARKS)


def _speaks_elsewhere(name: str, speakers: set[str]) -> bool:
    """彭宝淦, a speaker the article quotes by name elsewhere (武警总医院…所长彭宝淦说): jieba also tags 支付宝 or
    亚甲蓝 as a person's name, and these are never a speaker."""
    return names_a_person(name) and any(name in speaker for speaker in speakers)


def _person_before(texts, actors, resolved, i: int, speakers: set[str]) -> str:
    """The person named last in the few sentences before sentence ``i`` (a named source first, then the
    persons a sentence names who speak elsewhere in the article), not across a heading."""
    for j in range(i - 1, max(-1, i - 1 - QUOTE_SPEAKER_REACH), -1):
        if _is_heading(texts[j]):
            return ""
        source = resolved[j][0].split("; ")[0]
        if is_named(source) and names_a_person(source):
            return source
        people = [a for a in actors[j] if _speaks_elsewhere(a, speakers)]
        if people and texts[j].lstrip()[:1] not in OPEN_QUOTES:
            return max(people, key=texts[j].rfind)
    return ""


DOCUMENT_CARRIED = "source:document quoted in full"
WHOLE_TEXT_CARRIED = "source:whole text given"
# 《中央宣传部、中央组织部关于…的通知》全文如下。: a paragraph that announces a titled document's full text.
_FULL_TEXT_FOLLOWS = re.compile(r"^\s*《(?P<title>[^《》]{2,80})》(?:的)?(?:全文|原文|内容)如下[。：:]?\s*$")
# 以下为姚欣演讲全文：, 以下为刘庆峰 2021 年全国两会建议概述：: a paragraph that gives all that follows as one named
# speaker's or writer's text (``whole_text_kind`` in claim_cues.tsv names the kinds of text).
_WHOLE_TEXT_LEAD = re.compile(r"^\s*(?:以下为|以下是|下面是|下文为)(?P<what>[^：:，,。！？]{2,40})[：:]\s*$")

# （一）增进人类福祉。, 第五条 推动敏捷治理。: a numbered item's title inside a text given in full, a heading with an end mark.
_ITEM_TITLE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]"
                         r"|第[一二三四五六七八九十百\d]{1,4}[条條章节節])\s*[\u4e00-\u9fff]{2,8}[。.]?\s*$")


def _issuers(title: str) -> str:
    """中央宣传部、中央组织部关于认真组织学习…的通知 → 中央宣传部; 中央组织部: an official document's title names its
    issuers before 关于 (issuer + 关于 + matter + kind of document); a title without them is its own source."""
    issuers = title.split("关于", 1)[0] if "关于" in title else ""
    return "; ".join(re.split(r"[、，,和及与]", issuers)) if len(issuers) >= 2 else f"《{title}》"


def _whole_text_owner(text: str, names: tuple[str, ...]) -> str:
    """以下为刘庆峰 2021 年全国两会建议概述： → 刘庆峰: the first person or body the lead names (jieba's ``names``), when
    the lead ends on a kind of text (``whole_text_kind``: 全文, 概述, 演讲, 建议 …); not 以下是一些「卖家秀」： nor
    以下是《卫报》采访Randy Schekman所问的10个问题： (questions asked, no one's text), nor 知识分子与戈尔丁的对话 (an
    interview, whose answers are read as answers)."""
    lead = _WHOLE_TEXT_LEAD.match(text)
    if not lead or not lead["what"].rstrip().endswith(cue_words("whole_text_kind")):
        return ""
    named = [n for n in names if n in lead["what"]]
    return min(named, key=lead["what"].find) if named else ""


# 习近平在第四届中国国际进口博览会开幕式上的主旨演讲（全文）, 习近平致…的贺信: a headline that is a speaker's name, the
# occasion and the kind of text (``whole_text_kind``), nothing after it: the article is that text.
_SPEECH_RECORD_TITLE = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,4})(?:在[^，,。：:！？“”《》\s]{2,40}?(?:上|中|时)|致[^，,。：:！？“”\s]{2,40}?)"
                                  r"的(?P<what>[^，,。：:！？“”的\s]{1,8}?)\s*(?:[（(]全文[）)]|全文)?\s*$")
# （2020年11月19日，北京） 中华人民共和国主席 习近平: a speech's opening line, its date (and place) in brackets, then
# the speaker's office and name, ending the sentence.
_SPEECH_OPENING_LINE = re.compile(r"[（(]\d{4}年\d{1,2}月\d{1,2}日(?:[，,、][^（）()]{1,12})?[）)]\s*"
                                  r"(?:[^\s（）()]{2,24}\s+)?(?P<who>[\u4e00-\u9fff]{2,4})\s*$")
# The opening line stands within this many sentences of the body's start.
SPEECH_OPENING_REACH = 3


def _speech_record(title: str, texts: list[str]) -> tuple[str, int]:
    """(speaker, first sentence of the speech) when the article is a speech's record: the headline is the
    speaker's 在…上的讲话 (演讲, 致辞, 发言 …: ``whole_text_kind``; 习近平在…开幕式上的主旨演讲), or the body opens with
    the speech's date line and its speaker (（2021年11月4日，北京） 中华人民共和国主席 习近平), and the body speaks
    as 我 or 我们 (a report about a speech does not); ("", 0) otherwise."""
    kinds = tuple(cue_words("whole_text_kind"))
    who, start = "", 0
    for i, text in enumerate(texts[:SPEECH_OPENING_REACH]):
        if (m := _SPEECH_OPENING_LINE.search(text)) and names_a_person(m["who"]):
            who, start = m["who"], i + 1
            break
    head = _SPEECH_RECORD_TITLE.match(title or "")
    if not who and head and head["what"].endswith(kinds) and all(
            tag.startswith("nr") for _, tag in segment.cut_pos(head["who"])):
        who = head["who"]
    if not who or not any(_FIRST_PERSON_SPEAKER.search(QUOTED.sub("", t)) for t in texts[start:]):
        return "", 0
    return who, start


PROFILE_ACCOUNT = "source:profile card's account"
# 姓名：李瑞 年龄：27岁 职业：程序员 (fresh29 883, a 上观新闻 series of testimonies): a profile card, the narrator's name
# field (``profile_name_field`` in claim_cues.tsv) and more ``field：value`` pairs, no end mark, heading a first-person
# account; 口述：张三 over an oral history is the same card with one field.
_CARD_FIELD = r"\s+[^\s：:，,。！？]{1,6}[：:]\s*[^\s：:，,。！？]{1,20}"
# 一 他被挡在第三道关卡外, 1、归乡心切, （二）…, 02 …: how a heading is numbered, one group per style.
_HEADING_NUMBER = re.compile(r"^\s*(?:(?P<cjk>[一二三四五六七八九十]{1,3})(?:[、.．]|\s)|(?P<arabic>[1-9]\d?)(?:[、.．]|\s)"
                             r"|(?P<bracketed>[（(][一二三四五六七八九十\d]{1,3}[）)])|(?P<padded>0\d)\s)")


@lexicon.cached
def _profile_card() -> re.Pattern:
    fields = "|".join(map(re.escape, cue_words("profile_name_field")))
    return re.compile(rf"^\s*(?:{fields})\s*[：:]\s*(?P<name>[^\s：:，,。！？“”]{{2,12}})(?:{_CARD_FIELD})*\s*$")


def _heading_numbering(text: str) -> str:
    """The style a heading is numbered in (cjk for 一 …, arabic for 1、…), "" for a sentence or an unnumbered heading."""
    m = _HEADING_NUMBER.match(text) if _is_heading(text) else None
    return next((style for style, number in m.groupdict().items() if number), "") if m else ""


def _profile_card_accounts(texts, own_sources, resolved):
    """姓名：李瑞 年龄：27岁 职业：程序员 ⏎ 1、归乡心切 ⏎ 从3月28日开始，…我每天只能吃一顿… (fresh29 883): the first-person
    account under a profile card is the person the card names, the card included, in every sentence with no source
    of its own, past paragraphs and its own subheads (1、归乡心切, which stay nobody's), up to the next card or the next
    heading numbered as the part the card opens (一 … ⏎ 姓名：… ⏎ … ⏎ 二 …: the writer's next part). Only an account
    that speaks as 我 outside quotes: a card over a third-person profile tells about the person, it is no testimony."""
    cards = [(i, m["name"]) for i, text in enumerate(texts) if (m := _profile_card().match(text))]
    for n, (card, name) in enumerate(cards):
        end = cards[n + 1][0] if n + 1 < len(cards) else len(texts)
        part = next((style for j in range(card - 1, -1, -1) if (style := _heading_numbering(texts[j]))), "")
        if part:
            end = next((j for j in range(card + 1, end) if _heading_numbering(texts[j]) == part), end)
        if not any(_FIRST_PERSON.search(QUOTED.sub("", text)) for text in texts[card + 1:end]):
            continue
        for i in range(card, end):
            if i == card or not _is_heading(texts[i]) and not own_sources[i]:
                resolved[i] = [name, PROFILE_ACCOUNT]


NAMED_SECTION = "source:section under the speaker's name"
# A heading that is a person's name and position, as a roundup of experts heads each one's answer (### Patrick Moorhead，
# Moor Insights ＆ Strategy 负责人; 张三（某研究院院长）：): a Latin full name (M.G. Siegler) or a Chinese one, then the position
# after a comma or in brackets.
_NAME_AND_POSITION = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z.\-]*(?:\s[A-Z][A-Za-z.\-]+){1,2}|[\u4e00-\u9fff·]{2,8})\s*"
                                r"(?:[，,]\s*(?P<after>[^：:。！？]{2,40}?)|[（(](?P<inside>[^（）()]{2,40})[)）])\s*[：:]?\s*$")
# A roundup heads at least this many sections with a name and position (one such heading may be a profile's title).
ROUNDUP_MIN_SECTIONS = 2


def _name_and_position(heading: str) -> str:
    """The person a heading names with their position (Avi Greengart，Globaldata 消费设备研究总监 → Avi Greengart), ""
    when it is no such heading: the position must hold a person's title or office (``title_before_name``,
    ``officer_title`` in claim_cues.tsv)."""
    m = _NAME_AND_POSITION.match(heading)
    if m is None:
        return ""
    name, position = m["name"], m["after"] or m["inside"]
    person = name[0].isascii() or names_a_person(name)
    titled = any(t in position for t in cue_words("title_before_name") + cue_words("officer_title"))
    return name if person and titled else ""


def _named_sections(texts, para_ids, resolved):
    """### Patrick Moorhead，Moor Insights ＆ Strategy 负责人 ⏎ 关于人工智能的发展：我们将进一步看到… (fresh37 1051):
    in a roundup whose sections are each headed by a person's name and position, and which speak as 我/我们, each
    section up to the next heading is the named person's answer, as an interview's answers are theirs
    (SOURCES_CONVENTION (b)): what the section cites as its own actors (人们, 所有的业内人士, 初创企业希望) and its 我 are
    the person; a person it quotes by name keeps their words. A heading split into sentences (M.G. ⏎ Siegler，…) is
    read whole."""
    paragraphs = [list(group) for _, group in itertools.groupby(range(len(texts)), key=lambda i: para_ids[i])]
    headed: dict[int, str] = {}  # paragraph number → the person its heading names ("" for any other heading)
    for n, members in enumerate(paragraphs):
        if _is_heading(texts[members[-1]]):
            headed[n] = _name_and_position(" ".join(texts[i].strip() for i in members))
    starts = sorted(n for n, name in headed.items() if name)
    if len(starts) < ROUNDUP_MIN_SECTIONS:
        return
    sections = []
    for n in starts:
        end = next((m for m in sorted(headed) if m > n), len(paragraphs))
        sections.append((headed[n], [i for members in paragraphs[n + 1:end] for i in members]))
    speaking = sum(any(_FIRST_PERSON_SPEAKER.search(QUOTED.sub("", texts[i])) for i in members)
                   for _, members in sections)
    if 2 * speaking < len(sections):
        return  # sections that tell about their people (profiles) rather than speak as them
    for name, members in sections:
        for i in members:
            own = resolved[i][0].split("; ")[0]
            if not (is_named(own) and names_a_person(own) and not resolved[i][1].endswith("→author")):
                resolved[i] = [name, NAMED_SECTION]


def _quoted_documents(texts, para_ids, resolved, actors, record: tuple[str, int] = ("", 0)):
    """戊戌年清明公祭轩辕黄帝文 ⏎ 岁在戊戌，节届清明… ⏎ …大礼告成，伏惟尚飨！: a heading paragraph that names a
    document (``document_title`` in claim_cues.tsv: a eulogy, a notice, a statement, an open letter) is
    followed by that document's text, which is the document's words ("document quoted in full"), up to
    the next heading, the next paragraph that opens with a list marker (● 清明小长假…) or one that
    names a source of its own.

    A paragraph announcing a whole text (《…的通知》全文如下。 as its issuers' words, 以下为姚欣演讲全文： as the
    speaker's, see :func:`_whole_text_owner`) gives every sentence after it to the end of the article to its
    owner ("whole text given", data/eval/SOURCES_CONVENTION.md (c): "its issuer's words throughout"): the
    text's own headings and chapters (第一章 总则, 一、优化税收…) are nobody's words but do not end it, and a
    sentence with a source of its own (民政部预计，… inside a deputy's proposals) keeps it."""
    titles = [re.compile(e.cue) for e in entries("document_title")]
    document, whole = "", ""
    for i, text in enumerate(texts):
        if record[0] and i == record[1]:
            whole = record[0]  # a speech's record (see _speech_record): every sentence from its start is the speaker's
        opens_paragraph = i == 0 or para_ids[i - 1] != para_ids[i]
        alone = opens_paragraph and (i + 1 == len(texts) or para_ids[i + 1] != para_ids[i])
        full = _FULL_TEXT_FOLLOWS.match(text) if alone else None
        owner = _issuers(full["title"]) if full else _whole_text_owner(text, actors[i]) if alone else ""
        if owner:
            whole = owner
            continue
        if whole:
            lead_in = text.rstrip().endswith(("：", ":"))  # 基于此，我建议： leads in to the owner's own words
            if not resolved[i][0] and (lead_in or not _is_heading(text)) and not _ITEM_TITLE.match(text):
                resolved[i] = [whole, WHOLE_TEXT_CARRIED]
            continue
        if opens_paragraph and (_is_heading(text) or LIST_MARKER.match(text) or resolved[i][0]):
            document = ""
        if alone and _is_heading(text) and any(t.search(text.strip()) for t in titles):
            document = text.strip()
            continue
        if document and not resolved[i][0]:
            resolved[i] = [document, DOCUMENT_CARRIED]


def _introduced(texts, para_ids, own_sources, last: int) -> bool:
    """The quote that ends at sentence ``last`` follows, in its paragraph, a sentence a named person said
    (周文珍说，… ⏎ 「畢嘉士成立初期…」), or is a paragraph of its own right after a paragraph whose last
    sentence a named person said (谢田炮轰说，… ⏎ “连市场准入的权力都没有……” ⏎ 王先生则警告，…, a quotation
    paragraph is the person's who spoke just before it, SOURCES_CONVENTION (a)): that speaker's words, not
    the next paragraph's."""
    first = last
    while first > 0 and texts[first].lstrip()[:1] not in OPEN_QUOTES and para_ids[first - 1] == para_ids[last]:
        first -= 1
    whole_paragraph = first > 0 and para_ids[first - 1] != para_ids[first] and texts[first].lstrip()[:1] in OPEN_QUOTES
    before = own_sources[first - 1] if first > 0 and (para_ids[first - 1] == para_ids[first] or whole_paragraph) else ""
    return is_named(before) and names_a_person(before)  # (data shown by 中国指数研究院 say no quote)


def as_written(name: str, own: int, texts_zhs: list[str], texts: list[str]) -> str:
    """A source found in the simplified copy, spelled as the article writes it (食藥署, not 食药署): the
    same span of the original sentence, looked up in the sentence itself first, then anywhere (a
    carried or resolved source). The simplified copy is converted character by character."""
    # chain, not [own] + list(range(...)): that list of every sentence was built for each source of each sentence.
    for i in itertools.chain((own,), range(len(texts))):
        at = texts_zhs[i].find(name)
        if at >= 0 and len(texts_zhs[i]) == len(texts[i]):
            return texts[i][at:at + len(name)]
    return name


def says_in_first_person(text: str) -> bool:
    """我认为…, 我也建议…, 我们相信…: the speaker states their own view with a say-verb."""
    verbs = "|".join(map(re.escape, cue_words("say_verb")))
    return re.search(rf"我们?[也还则就都]?(?:{verbs})", QUOTED.sub("", text)) is not None
