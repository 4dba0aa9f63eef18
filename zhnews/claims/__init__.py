"""Stage 03_claims: every figure normalised, every body sentence tagged as a claim a checker can verify.

Approach
--------
* Figures come from :mod:`zhnews.claims.quantities` (our rules + cn2an), found in body and caption sentences.
  Claims are the body sentences and the caption paragraphs that read as prose (every sentence ends with an
  end mark, no photo credit from ``caption_credit``): a news round-up's items follow their images, and the
  loader calls them captions.
* Claim cues come from ``data/lexicon/claim_cues.tsv`` (ours, documented in its header). Cues marked
  ``word`` must be whole tokens of the shared jieba segmentation (:mod:`zhnews.segment`, with the
  words the keywords stage discovered in this article), so 可能性 is not the hedge 可能, 之所以 is not
  所以 and 之称 is not the say-verb 称. Idioms are matched as text, constructions (比…还, 与…相比,
  按照 X 的测评) as regular expressions.
* Types: comparative, superlative, causal, predictive (including conditionals: 如果, 一旦), attributed
  (with its ``source``), hedged, opinion. A comparative cue that is really a bound on a figure
  (超过1万张) is left to the figure's qualifier. 将 is predictive only before a verb, adverb or
  preposition (将于, 将会, 将进一步, 将推出); written like 把 before its object (将其列为, 以高频交易将
  获利空间放大) it is not.
* Sources: ``按照/根据/据 X 的数据/测评/披露 …``, ``X 的数据显示``, ``X发布的《…》显示`` and ``被X披露``
  give X; a say-verb (表示, 称, 认为, 指出 …) gives the noun phrase before it in its clause, trimmed of
  adverbs and dates (人社部27日公布 → 人社部); X在接受…采访时, 在X看来, X眼中/口中, 引述X的观点, X持…观点,
  X的这番话 and “…”，X (a quote that opens the sentence, then a name) give X. A document's author is
  kept without the words that describe or date the document (海通证券 2017 年 10 月的研究报告 → 海通证券,
  ``document_tail``). A relayed source names both, reporter first (路透社援引知情人士称 → "路透社;
  (unnamed: 知情人士)"). Generic subjects (我们, 以下是) are not sources, vague groups (人们, 有人, 外界) are
  "(unnamed: 人们)" adding no score, a phrase that does not end in a noun or a name is not one (公司开始, 并未), and neither is a verb used as an action
  (公布了2019年中期业绩报告。, 披露出来, 答复函) or negated (并未回复); after 了/的 a reporting verb still
  attributes a view (表达了担忧) or data the sentence goes on to give (公布了其财务数据，其中…). A list
  marker is never part of a source (2、世界银行 → 世界银行); the listener, the interview, the occasion
  and a bracketed gloss are trimmed (赵苏对财新记者说, 海航对债权人表示, 刘兴亮从资本的角度分析,
  供销大集（000564.SZ）宣布), and so are a manner phrase in 地 (邵晓锋直截了当地对马云说, 马云也会很坚定地告诉他),
  an occasion written before the name (在接受《科学时报》采访时彭宝淦解释说) and a date (埃里森上月表示), trimmed
  again until nothing more goes (深圳航空官方事后仅在微博简单回应称 → 深圳航空官方). A rule or standard followed
  (按照企业会计准则的规定, ``norm_head``) is "(unnamed: 企业会计准则)"; X的审计意见为——, X的发言，…, X对于…的描述，是…
  name X; a document by its title says what it holds or puts forward (《联合国反腐败公约》里有…, 《国九条》，专门提出…);
  资料显示 with nothing before it is "(unnamed: 资料)"; the agent of a passive speaks (该决定被网友批评), and a
  say-verb after a passive's own verb is a noun (被舆论质疑为…选择性披露). A surname
  alone (邵说) is the person named before with that surname; a label before a colon that names a person,
  an organisation or an unnamed someone (县教育局：…, 律师：…) gives its words; X的体会/感觉是“…” gives the
  quote to X. Spaces are typesetting inside a clause (招商证券 2017 年), except between two
  Chinese characters (a heading run into its paragraph). A title, a name that starts with a surname and
  a say-verb (副人事长张念中说, 召集人甄瑞娴指, 会长佘庆云炮轰; ``title_before_name``) name the speaker
  where jieba cuts the name apart or glues the verb to it. X的原话是：“, X的答复是，, X发表全员信，宣布,
  X也表示过，, X的报告，还披露 and X…披露了…：(what follows the colon) attribute too. Sources are read in
  simplified script and written as the article spells them (食藥署).
* Speech verbs marked ``needs_actor`` in the lexicon (预测, 提到, 解释, 告诉 …) attribute only when what
  comes before them names someone: a person or organisation (jieba tags, or a name ending in an
  ``organisation_suffix``: 公司, 医院, 证券 …), a document or an outlet (文章, 报告, 央视, 《…》), or an
  unnamed someone; in a technical text 模型预测控制 is no speech. 被认为 / 被视为 is an unnamed source.
* Unnamed sources (业内人士, 海航内部人士, 一位基因测序专家, 不少房地产企业, 有数据显示, 据了解) are
  recorded as "(unnamed: 业内人士)"; an unnamed official of a named organisation with the organisation after it
  ("(unnamed: 韩国外交部高层人士); 韩国外交部", scored as a named source), a people named by its place (美国人) and
  a share of a group (四成香港教师) are unnamed. A reporter is a source when the outlet is another one (南方周末记者 in a
  华夏早报 article, 《等深线》记者); the article's own (记者了解到, 据本报记者调查, 财新记者 in a 财新网
  article, all reporters when the outlet is unknown) is no source. The vocabularies are in
  ``claim_cues.tsv``. Across sentences (:func:`resolve_sources`): a pronoun source (其, 他, 该公司)
  becomes the nearest named actor (first one named earlier in its own sentence), a document pronoun
  (报告, 文中, 上述公告) the document cited before, else "(unresolved: 他)" (past the quoted sentences before
  it: “……” ⏎ 他感叹 is the person named before the quote); a sentence inside an open
  quote takes the speaker of the sentence that opened it; a quote followed by its speech tag ("赵苏说。",
  named or not) takes the tag's speaker; a paragraph ending in a colon after someone speaking introduces the
  paragraphs after it as their words, up to a heading, the writer's narration, a question or an exclamation; a
  person speaking carries on through the paragraph (into every sentence when they open it, into the sentences
  that read as their view, not dated narrative, when they start later; an organisation that forecasts,
  中央气象台预计, into its sentences that tell no event; a sentence that opens with a country as a side, 中方愿…,
  is the person speaking for it); 另一方面, 另外 and 其中 carry the source before them (此外 only within its paragraph); whole
  sentences in quotes given to no one are the words of the person nearby (who opens a short gesture right
  after them: “难道老陆懂啊？” ⏎ 马云挑了挑眉毛; else a person the article quotes elsewhere, named just before
  or just after); a heading that names a document (``document_title``: 戊戌年清明公祭轩辕黄帝文, …的通知)
  is the source of the text that follows it, up to the next heading or list item; a document pronoun
  (报告认定) with no source cited before it is the document a recent sentence names (…披露了…的初步调查
  报告。 → 初步调查报告), a paragraph that opens with a document disclosing goes on with it, and 据披露
  goes on from the sentence before; 我 and 笔者 outside quotes are the byline's
  single ``author`` (not in talks and transcripts that address 你); a Q&A's answers (问：/答：, 记者：/
  李嘉诚：) are the interviewee's, over paragraphs; a quotation broken by a paragraph break keeps its
  speaker. How each source was found is in ``cues`` (source:quote carried, source:carried in paragraph,
  source:他→王凯, source:我→author, source:answer carried …).
  Words quoted from a named speaker score +0.35 (that the speaker said them can be checked) when they tell
  something (an event, a date, a figure, a comparison or cause, the speaker's 我认为), a bare remark +0.25.
* Check-worthiness is a transparent additive score, clipped to 0..1 (a sentence is ``checkworthy``
  from 0.5): base 0.15; +0.45 with a figure other than a date, else +0.35 with a date (a dated
  event) or a bus line named (搭乘休闲公车128及小8: directions a reader can check), +0.25 with a day named without a numeral (当日) or an opening that dates the statement to now
  (目前…, 如今，…; ``present_word``, not 目前看来); a count after a demonstrative (这两家) or the two places just named (中法两国) refers back
  and adds nothing, and so does a count of the characters just quoted (“烈士”二字); +0.35 attributed to a named source (+0.25 to an unnamed one, +0.1 to 被认为 / 被视为, to no one or to an unnamed commentator's view: 业内人士认为, 有观点认为), or +0.35 for the
  reporter's own finding (记者了解到); +0.15 comparative or superlative (+0.25 when the sentence names
  two actors or more, or the superlative names a first or a record: 首次, 首家, 创新高); +0.05 causal; +0.1 when it names an actor (jieba entity tags or a Latin name);
  +0.25 for an event (了/过 after a verb, 已/曾/正式 or 未 before one) done by a named person or
  organisation (an actor the article cites by name elsewhere counts: 龙湖, and so does a public body named
  by its role, ``official_actor``: 警方, 交警, a side 中方, 美方; a person named before and referred to by 他/她/他们
  opening the sentence: 他们都逃向了美国; 已将…刑事拘留, 没有给他提供, 随即陷入 are acts too, and so is an official or
  legal act or a meeting held (``event_predicates.tsv``: 金正恩也为习近平及中方代表团举行晚宴), with no word of what may or must be
  before it (将 reaches past a preposition and its object: 她将与…蓝佛安举行双边会议 is a plan; 将 before a noun is 把, no
  future: 也都将三文鱼暂时下架) and not inside a time clause
  (特朗普出席活动时感谢农民: the act dates the main verb): 由司法部出面进行没收, 被联邦法院审判)
  or dated (+0.1 otherwise); the writer's plain statement about a person named before, a pronoun opening the sentence or its
  first clause (他做过一家四星级酒店的服务生, 他的父亲…是一名电子工程师: no quotation, no 我/你, no word of may/must/will, no
  degree adverb (很, 非常: a characterisation), no view, hedge, forecast or attribution), counts that person as the actor named and, when no event is found, +0.25 as one;
  so does such a plain statement that names two of who (a person, an organisation), when (a time word) and where (a place):
  news narrates acts in the bare verb (歐洲議會議長梅特索拉今天下午發起一場集會, 开幕式后，李强同与会外国领导人共同巡馆);
  −0.1 hedged; −0.1 predictive unless attributed (a forecast someone made can be checked); −0.2
  opinion (including evaluative and rhetorical words: 重要, 众所周知, 看似, 正是); −0.3 a question (one in the writer's or an interviewer's own words, with no quotation and no count, stays under 0.5);
  −0.3 a speech tag (赵苏说。, or only its topic: 表达了自己的担忧。, or only its listener: 王亮告诉经济观察报。, or a say-verb ending a
  sentence with no quotation and nothing but a time before its comma: …相关人员对界面新闻说。); −0.1 hedged includes not
  knowing (尚不清楚, 不便透露: nothing to check); −0.25 a lead-in ending in ：; −0.3
  a heading (no end mark) without a figure, −0.15 one with a figure, nothing for one that ends in its
  figure (标准配置降低20％ states a value, 共享充电宝告别1元时代 only names one); −0.3 a cross-reference
  (（参见…报道《…》）); −0.15 an exclamation, in quotes or not (想不关注都难啊！, 我在那边会保佑你们的！”: a feeling
  voiced, not a fact reported). Opinion, rhetoric and slogans (星星之火，可以燎原) name no figure, no source
  and no actor, so they stay low.

Tables written by :func:`run`:
    quantities  see :mod:`zhnews.claims.quantities`
    claims      claim_id, para_id, sent_id, text, checkworthy (bool), score (0..1), types
                (semicolon-separated, fixed order), source (who the claim is attributed to, "" if no one),
                q_ids (semicolon-separated q_id of the figures in the sentence), cues (which cue fired for
                each type: "comparative:超越; attributed:按照…测评")
    factcheck   the check-worthy claims ranked by score (ties: reading order), readable bilingual column
                names for Excel, with their figures spelled out, their sources, and empty 核查结果 Verdict
                and 备注 Notes columns for the checker to fill in

Charts and the highlighted article are in :mod:`zhnews.viz.claims`.
"""

from __future__ import annotations

import collections
import itertools
import re
from dataclasses import dataclass, replace

import pandas as pd

from .. import io, lexicon, segment, vocab
from ..prefilter import quick_search
from ..sentiment import polarity
from ..stages import reuses_fresh_tables
from ..load import outlets
from ..text import to_simplified
from . import persons
from .quantities import TWO_PLACES, Quantity, counts_the_quote, find_quantities, names_a_line, quantities_table

CLAIM_TYPES = tuple(vocab.CLAIM_TYPES)
CLAIM_COLUMNS = ["claim_id", "para_id", "sent_id", "text", "checkworthy", "score", "types", "source",
                 "q_ids", "cues"]
CHECKWORTHY_FROM = 0.5
# jieba tags that name an actor: people, places, organisations, products, and Latin names (DeepSeek).
ACTOR_TAGS = frozenset(segment.ENTITY_TYPES) | {"eng"}
# jieba tags of a specific actor: a person, an organisation, another proper name, a Latin name.
SPECIFIC_ACTOR_TAGS = frozenset({"nr", "nt", "nz", "eng"})
# jieba tags of a person or an organisation: what a pronoun in the next sentence may stand for.
ANTECEDENT_TAGS = frozenset({"nr", "nrfg", "nt"})  # (nrfg: a full name jieba knows, 郦俊睿)
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
def _entries(type_: str, match: str | None = None) -> tuple[CueEntry, ...]:
    return tuple(e for e in cue_entries() if e.type == type_ and (match is None or e.match == match))


@lexicon.cached
def _decree_verbs() -> frozenset[str]:
    """要求, 规定 (``needs_subject_and_clause``): words that lay down a rule when a subject alone stands before them and a
    clause follows (上周的国常会要求，…), a noun elsewhere (按照…的要求)."""
    return frozenset(e.cue for e in _entries("say_verb") if e.label == "needs_subject_and_clause")


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
    return tuple((e, re.compile(re.escape(e.cue)), _unnamed_as(e.cue) if e.type == "attributed" else "")
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


def _tokens_with_offsets(text: str) -> list[tuple[str, str, int]]:
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
    tokens = tokens if tokens is not None else _tokens_with_offsets(text)
    cues = []
    word_cues = _word_cues()
    for k, (word, _, start) in enumerate(tokens):
        for entry in word_cues.get(word, ()):
            if entry.type == "comparative" and _bound_of_figure(start + len(word), figures):
                continue
            if word == "将" and _jiang_marks_object(tokens, k):
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
            cues.append(_regex_cue(entry, m, text))
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
_CLAUSE_BREAK = r"[，。；：！？,;:!?“”「」]+"
# A verb that takes a result or direction (放大, 列为, 推高至, 转向): in 将 + noun + such a verb, 将 is 把.
_RESULT_ENDINGS = tuple("为成至到给入进出向大小高低")


def _jiang_marks_object(tokens, k: int) -> bool:
    """将 used like 把 (将其列为…, 将股价推高至…, 以高频交易将获利空间放大) marks an object, not the future.

    将 is the future when a verb, adjective, adverb or preposition follows (将于, 将会, 将进一步, 将推出,
    将更加); 把 when a noun, pronoun or number does. jieba tags some noun modifiers as verbs (获利空间), so a verb followed
    by a noun and then a verb of result (放大) is read as 把 too.
    """
    clause = _clause_tokens_after(tokens, k)
    if not clause:
        return False
    tags = [tag[:1] for _, tag, _ in clause]
    if tags[0] not in "vadpc":  # jieba tags some verbs as adjectives (将落实 → 落实/a)
        return True
    return tags[:3] == ["v", "n", "v"] and clause[2][0].endswith(_RESULT_ENDINGS)


def _clause_tokens_after(tokens, k: int):
    clause = []
    for token in tokens[k + 1:]:
        if re.fullmatch(_CLAUSE_BREAK, token[0]):
            break
        clause.append(token)
    return clause


# 某项(研究), 一份(报告), 多篇(论文): a count or an indefinite word before the material, no author (the material is the source).
_MATERIAL_COUNTED = re.compile(r"^(?:某|一|多|几|数|不少|许多|大量)[项份篇个些种批]?$")


# The label of claim_cues.tsv's rows for a company's filing that shows or discloses (交行年报显示, 招股书显示) or that a
# sentence opens citing (据2014年年报数据，): the company named before the filing is the source, else the filing as written
# (the match before the row's group ``shown``, the verb or comma after the filing).
COMPANY_FILING = "年报显示"


def _regex_cue(entry: CueEntry, m: re.Match, text: str) -> Cue | None:
    source = ""
    if "source" in entry.cue and _bare_document_opening(m, text):
        source = m["source"].strip()  # 办法提出，… / 办法同时明确了…: the document the article is about lays it down
    elif "source" in entry.cue:
        source = clean_source(m["source"] or "")
        if source is None:
            return None
        shown = re.sub(r"(?:结果)?[也还均都]?(?:显示|表明)$", "", m.group())
        if (not source or _MATERIAL_COUNTED.match(_unnamed_who(source) or "")) and shown != m.group() and _unnamed(shown):
            # 资料显示, 有关数据显示, 某项研究表明: material no one is named for, called as written
            source = _unnamed_as(shown)
        elif entry.label == COMPANY_FILING and (not source or source.startswith(UNNAMED[:-1])
                                                or source in _words("organisation_suffix")):  # 公司财报 (fresh8 325)
            # 2015年年报则显示, 相关年报披露 (fresh23 763), 根据公司财报 (fresh8 325): the filing itself, with its year,
            # when no company is named
            source = _without_leading_trim_words(m.group()[:m.start("shown") - m.start()].strip())
    label = entry.label or _ellipsis_label(m, text)
    if label == OPENING_SAID and source and (manner := _saying_manner().search(source)) and manner.start() >= 2:
        source = source[:manner.start()]  # 严跃进分析(说)，… (fresh26 820): how the speaker came to say it, not who
    return Cue(entry.type, label, m.start(), m.end(), source)


def _without_leading_trim_words(source: str) -> str:
    """而2014年年报 → 2014年年报: the linking words (``source_trim``) that open a clause, its dates kept."""
    opening = next((w for w in _trim_words() if source.startswith(w) and len(source) > len(w)), "")
    return _without_leading_trim_words(source[len(opening):]) if opening else source


# The label of the cue for a text of rules that opens its sentence laying something down (草案规定, 办法提出).
DOCUMENT_RULES = "文件规定"


def _bare_document_opening(m: re.Match, text: str) -> bool:
    """A text of rules named by its kind alone (办法, 条例, 纲要, 该通知) as the subject that opens the sentence and lays
    something down (办法提出, 办法规定, 纲要还提出: fresh19 630 after 《…暂行办法》, tune 21 after 《…规划纲要的通知》):
    it is that document speaking, a named source; after 按照/根据 (按照规定) the same word is a rule followed, no
    one's words (clean_source)."""
    source = (m["source"] or "").strip()
    return (not text[:m.start("source")].strip() and re.fullmatch(r"(?:该|本|此)?[\u4e00-\u9fff]{2,3}", source) is not None
            and _is_provision_document(source))


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


def _again_after_a_speaker(tokens, k: int) -> bool:
    """他又解释, 关家明又表示, 何炳德又称，, 當局又表示，: 又 is "again" after a speaker (a common noun such as
    当局 or 警方 when the words follow a comma), not 又称 ("also called") before a name."""
    comma_after = _next_word(tokens, k) in _CLAUSE_MARKS
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
    if any(0 <= rest.find(w) < 14 for w in _words("said_view")):
        return True
    data = [rest.find(w) for w in _words("said_data") if 0 <= rest.find(w) < 14]
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
                and len(name) == 2 and _is_cjk(word[0]) and word[0] not in persons.ADVERBS_AFTER_A_NAME):
            split[k - 1] = (name + word[0], name_tag, name_start)
            split[k] = (word[1], "v", start + 1)
        elif len(word) == 2 and word[1] in verbs and word not in verbs and word[0] in _OCCASION_ENDS:
            # 在记者会 + 上称 → 上 + 称: jieba reads 上称 (to weigh) where the occasion ends and the verb starts
            split[k] = (word[0], "f", start)
            split.insert(k + 1, (word[1], "v", start + 1))
        elif word == "又称" and name_tag.startswith("nr") and _next_word(split, k) in _CLAUSE_MARKS:
            # 何炳德 + 又称 + ，: "said again" before the words; 又称 before a name is "also called"
            split[k] = ("又", "d", start)
            split.insert(k + 1, ("称", "v", start + 1))
        elif name + word in verbs and len(name) <= 2 and len(word) == 1 and (name_tag.startswith(("v", "zg")) or word == "道"):
            # 写 + 到 → 写到, 叹(zg) + 道 → 叹道, 注意 + 到 → 注意到, 评价(n) + 道 → 评价道: jieba cut a say-verb in two
            split[k - 1] = (name + word, "v", name_start)
            del split[k]
        elif tag in ("i", "l") and len(word) >= 4 and (verb := next((v for v in verbs if len(v) >= 2 and word.endswith(v)
                                                                     and len(word) - len(v) >= 2), None)):
            # 他也 + 强烈呼吁: jieba reads a manner and a say-verb as one set phrase; the verb stands alone
            # (专家 + 建议: an unnamed someone and the verb, read as one phrase too; the someone is a noun)
            split[k] = (word[:-len(verb)], "n" if word[:-len(verb)] in _words("unnamed_head") else "d", start)
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
_WARNING_VERBS = {"提醒", "提示"}
_WARNING_TOLD = re.compile(r"[，,：:]|[^，,。；;：:！？“”「」]{1,16}[：:]")
_WHEN_CLAUSE = re.compile(r"[^，。；：“”「」,;:]{0,16}?(?:之后|以后|后|以来|之际)(?:第二天|次日|当天|不久)?[，,]")


@lexicon.cached
def _say_verb_kinds() -> tuple[set[str], ...]:
    """The say verbs of claim_cues.tsv and the kinds :func:`_say_verb_cues` tells apart, made once per word-list state
    rather than for every sentence: (all, findings, verbs that need an actor, verbs told only before a clause, acts).
    Sets, not frozensets, built as they always were: :func:`_with_glued_verbs_split` takes the first verb a set
    phrase ends in, in the set's order. Callers only read them."""
    verbs = {e.cue for e in _entries("say_verb")}
    findings = {e.cue for e in _entries("say_verb") if e.label == "finding"}
    # 批示，/指示： words given; 川普曾指示弗林通俄, 报告、讲话、批示 an act or a noun
    before_a_clause = {e.cue for e in _entries("say_verb") if e.label == "needs_actor_and_clause"} | _decree_verbs()
    needs_actor = {e.cue for e in _entries("say_verb") if e.label == "needs_actor"} | findings | before_a_clause
    told_before_a_clause = findings | before_a_clause  # (研究者发现，… / 曾培炎做出批示，…: told only before a clause)
    acts = {e.cue for e in _entries("say_verb") if e.label == "act_before_verb"}
    return verbs, findings, needs_actor, told_before_a_clause, acts


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
                following == "是" and (word in _CLAIMS_TO_BE or previous == "被")  # 被认为是…: a view held by no one named
                or following == "了" and word in _words("mention_verb")
                or _says_what(following, text[start + len(word):])):
            continue  # 之称; 披露的数据 (the regex handles it)
        if previous in _NEGATIONS:  # 公司并未回复, 拒绝透露: nothing was said
            continue
        if word in told_before_a_clause and text[start + len(word):start + len(word) + 1] not in _CLAUSE_MARKS:
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
            cues.append(Cue("attributed", f"被{word}", start - 1, start + len(word), _unnamed_as(f"被{word}")))
            continue
        if not text[start + len(word):].strip() and not text.rstrip().endswith(_END_MARKS):
            continue  # Microsoft Security Copilot 亮点功能介绍: a heading, 介绍 is a noun
        if text.lstrip()[:1] in _DATELINE_OPENS and text[start + len(word):start + len(word) + 1] in _DATELINE_CLOSES:
            continue  # 〔记者施晓光／台北报导〕: the dateline of the outlet's own reporter
        clause_tokens = _clause_tokens_before(tokens, k)
        if _negated_clause(clause_tokens):
            continue  # 但宾客未等工作人员指示，便…冲向发放点 (fresh28 864): words not (yet) given, no one's source
        if word in after_a_bare_subject and any(tag.startswith(("v", "p")) and tag != "vn" or w in _NEGATIONS
                                                for w, tag, _ in clause_tokens):
            continue  # (…公司未落实/a 关联要求，: a negation before it tells what was not done)
        if clause_tokens and clause_tokens[0][0] == "当" and re.search(r"时[，,]", text[start:]):
            continue  # 当辩护律师提出…时，检察官回答: a when-clause, its verb tells when; the speaker comes after it
        if _OCCASION.match("".join(w for w, _, _ in clause_tokens)) and clause_tokens:
            first = clause_tokens[0][2]
            clause_tokens = _clause_tokens_before(tokens, next(i for i, tok in enumerate(tokens) if tok[2] == first) - 1)
        # 报道/v (指出), 報導也(指出): the report itself speaks (an outlet cited before), no act of reporting to trim
        report_itself = _the_report_itself(clause_tokens)
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
        if not clause_tokens:
            clause_tokens = _subject_of_the_opening_clause(tokens, k, known)
        clause_tokens = _person_after_relative_clause(_person_after_occasion(clause_tokens))
        if word in _ONE_CHARACTER_SAYING and _manner_verb_after_speaker(clause_tokens):
            clause_tokens = clause_tokens[:-1]  # 她叮嘱(说), 张先生抱怨(说), 市长笑(说): how the words came, not who
        if (len(clause_tokens) >= 2 and clause_tokens[-1][1].startswith("v") and clause_tokens[-2][1] in ACTOR_TAGS
                and not _is_title(clause_tokens[-1][0])):
            clause_tokens = clause_tokens[:-1]  # 新华社述评(称), 央视报道; 胡镇长 (jieba: 胡/nr 镇长/v) keeps its title
        head = clause_tokens[-2] if len(clause_tokens) > 1 and clause_tokens[-1][0] == "等" else (clause_tokens or [None])[-1]
        if not clause_tokens or (not head[1].startswith(_SOURCE_END_TAGS)  # (北京、上海等: the head is before 等)
                                 and head[0] != "们"  # 专家们(指出), 泛民主派议员们(表示): a group of people (jieba: k)
                                 and not head[0].endswith(_words("document_head"))  # JPCERT/CC 的警示/v (寫到)
                                 # jieba tags 发言人, 高级官员 idioms
                                 and not (head[1] == "l" and head[0].endswith(("人", *_words("unnamed_head"))))
                                 and head[1] not in ACTOR_TAGS and not _is_referring(head[0])
                                 # 中方/f, 加方/c, 美方/q (仅表示, 认为): a country as a side (fresh12 420, fresh20 662)
                                 and head[0] not in _words("speaking_side")
                                 and not _ends_in_organisation(clause_tokens) and not _short_organisation(clause_tokens)
                                 and not _surname_and_title(clause_tokens)  # 潘 + 主任 (jieba: b)
                                 and not _surname_then_title(clause_tokens)  # 胡 + 镇长 (jieba: v)
                                 and not _surname_alone(clause_tokens)
                                 # 有反对大麻合法化的组织(指) (fresh21 683; jieba: 组织/v): someone described, not named
                                 and not _someone_described(clause_tokens)
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
                and not report_itself):
            continue  # 听到消息说: a clause that opens with a verb has no speaker in it
        if any(w == "是" for w, _, _ in clause_tokens[:-1]):
            continue  # 这也许也是李斌(强调的): the name is the complement of 是, not a speaker
        if (clause_tokens[-1][1].startswith("r") and not _is_pronoun_source(clause_tokens[-1][0])
                and not (_trimmed("".join(w for w, _, _ in clause_tokens)) in _vague_groups()
                         and _nobody_speaks_before(text[:clause_tokens[0][2]]))):
            # 在那个(表示空间): a demonstrative is no speaker; 有人(说) (jieba: r) is someone unnamed, after a linking word
            # too (至于有人称, 甚至有人认为: ``source_trim``), but 關家明續指，有人說… (fresh2 87) is what the named speaker
            # reports others saying
            continue
        # a name the article cites as a source elsewhere (研究者, 光明, 环球/晶) is someone however jieba tags it; not the agent
        # of a passive (男人们的话就是更容易被法官相信, fresh5 162: a belief told, no one's words)
        cited = not passive and _cited_name(clause_tokens, known)
        if word in needs_actor and not (_names_someone(clause_tokens) or cited):
            continue
        # 知名Costco研究爱好者侯毅(发现): the words that describe a finder named last are no act of his
        described = _described_then_named(clause_tokens)
        if word in findings and not described and any(tag.startswith("v") for _, tag, _ in clause_tokens):
            continue  # 记者梳理年报(发现), 红星新闻翻阅…的财报(发现): an act of looking up, not who found it
        source = clean_source("".join(w for w, _, _ in clause_tokens))
        if source is not None and source.endswith(_words("said_view")):
            continue  # 具体事故原因(再公布), 有意见(认为): the topic of the words, not who says them
        if source is not None:
            cues.append(Cue("attributed", f"…{word}", start, start + len(word), source))
    return cues


def _nobody_speaks_before(before: str) -> bool:
    """有人说… opening the sentence, or after clauses with no say-verb in them and no quotation open (事故影片…疯传，网民纷纷
    讽刺…，更有人怒斥：, fresh28 864; 在海峡对岸，也曾有人指责…, fresh9 346; 记:有人说…, fresh25 811): the vague group is
    the sentence's own unnamed source. After a speaker's verb (關家明續指，有人說…, fresh2 87, even where the verb is
    read as no cue) or inside a quote it is what the speaker reports others saying."""
    return not before.strip() or (not any(verb in before for verb in _say_verb_set())
                                  and sum(map(before.count, _OPEN_QUOTES)) == sum(map(before.count, _CLOSE_QUOTES)))


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
    return (bool(clause_tokens) and _refers_to_outlet(clause_tokens[0][0])
            and all(tag == "d" for _, tag, _ in clause_tokens[1:]))


def _without_trailing_inquiry(clause_tokens):
    """交易商协会 + 监测, 市场监管局 + 抽检: the inquiry verbs (``inquiry_verb`` in claim_cues.tsv) that end a finder's clause
    right before 发现 tell how the finder found it; the finder is the words before them (not when nothing is left)."""
    k = len(clause_tokens)
    while k > 1 and clause_tokens[k - 1][0] in _words("inquiry_verb"):
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
    if (len(clause_tokens) < 2 or not clause_tokens[-1][1].startswith("v") or verb in _say_verb_set()
            or verb in _NOT_YET or verb in _NEGATIONS or verb.startswith(("不", "没", "未", "别"))):
        return False
    word, tag, _ = clause_tokens[-2]
    return tag in ACTOR_TAGS or _is_pronoun_source(word) or _is_title(word) or word.endswith(_words("unnamed_person"))


def _title_and_name() -> str:
    """The pattern of a title (ending in a ``title_before_name`` word) and a name that starts with a surname."""
    titles = "|".join(map(re.escape, _words("title_before_name")))
    surnames = "".join(sorted(lexicon.surnames()))
    return rf"(?P<title>[^，。；：！？“”「」\s]{{0,20}}?(?:{titles}))(?P<name>[{surnames}][\u4e00-\u9fff]{{1,2}}?)"


@lexicon.cached
def _titled_speaker() -> re.Pattern:
    """A title, a name that starts with a surname and a say-verb, at the end of a clause's opening; how the speaker
    came to say it (``saying_manner``: 研究总监严跃进分析认为, fresh26 820) may stand between the name and the verb."""
    words = {e.cue for e in _entries("say_verb") if e.label != "act_before_verb"}  # 负责人尹水军宣布离职: an act
    verbs = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    manners = "|".join(map(re.escape, _words("saying_manner")))
    return re.compile(rf"{_title_and_name()}[也还则亦]?(?:{manners})?(?:{verbs})")


@lexicon.cached
def _titled_name() -> re.Pattern:
    """A title and a person's name, nothing else (新发地宣传部部长詹家宝, whatever pieces jieba cuts it into)."""
    return re.compile(_title_and_name())


def _titled_speaker_cues(text: str) -> list[Cue]:
    """副人事长张念中说, 召集人甄瑞娴指, 会长佘庆云炮轰: a title before a name that starts with a surname,
    then a say-verb, name the speaker even where jieba cuts the name apart (张/念/中) or glues the verb
    to it (甄瑞娴指), so the token rules of :func:`_say_verb_cues` see no name."""
    cues = []
    for m in _titled_speaker().finditer(text):
        title = clean_source(m["title"], name_follows=True)  # the name is kept whole: 张念中 does not lose 中 as a trailing word
        if title is not None and (who := _unnamed_who(title.split("; ")[0])) is not None:
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
    while len(words) >= 2 and words[-1][0].endswith(_words("document_head")) and words[-2][0] == "的":
        words = words[:-2]
    return bool(words) and words[-1][1] == "eng"


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
    name = list(itertools.takewhile(lambda tok: tok[1].startswith(_NAME_PART_TAGS) or tok[0] in persons.NAME_JOINERS,
                                    tokens[opener:breaks[-1]]))  # (凯米·贝德诺克: one name across its dot)
    named = "".join(w for w, _, _ in name)
    quoted = any(w in _OPEN_QUOTES for w, _, _ in tokens[opener:k])  # …回应称“…，报道为不实报道”: 报道 is a noun
    if len(name) >= 2 and not quoted and (_reads_as_a_name(name[-1]) or _titled_name().fullmatch(named)):
        return [(named, "nr", name[0][2])]  # 台湾政治评论家黄智贤2月3日在脸书发文，表示…: a titled person
    if tokens[opener][1].startswith(_SUBJECT_TAGS) and len(tokens[opener][0]) >= 2:
        return [tokens[opener]]
    if tokens[opener][0] in _ONE_PERSON_PRONOUNS and tokens[opener + 1][0] not in _NOT_A_SUBJECT_AFTER:
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
    if not m or m["text"] not in _words("text_in_which"):
        return ""
    titled = re.findall(r"《[^《》]{1,20}》", m["whose"])
    whose = titled[-1] if titled else _strip_dates(m["whose"].split("的")[-1]).strip()
    return whose if titled or _has_a_name(whose) else ""


def _speaker_after_opening_quote(text: str, tokens) -> list[Cue]:
    """“涨价是回归商业本质的理性行为”，刘兴亮劝导消费者…: a sentence that opens with a quote and goes on
    with a person's name right after it gives the quote to that person."""
    if not text.startswith(tuple(_OPEN_QUOTES)):
        return []
    close = min((text.find(c) for c in _CLOSE_QUOTES if text.find(c) > 0), default=-1)
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
    marker = _LIST_MARKER.match(text.lstrip())  # 2. 钟南山：呼吁错峰感染: an item of a digest, headed by its speaker
    opening = len(text) - len(text.lstrip()) + (marker.end() if marker else 0)
    m = re.compile(rf"\s*([^\s：:，,。；“”「」（）()]{{2,{TITLED_LABEL_MAX_CHARS}}})[：:]\s*\S").match(text, opening)
    if not m:
        return []
    label = [t for t in tokens if m.start(1) <= t[2] < m.end(1)]
    if label and label[-1][0] in _words("say_verb"):
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
    return (2 <= len(phrase) <= 4 and len(clause_tokens) <= 2 and all(_is_cjk(c) for c in phrase)
            and any(phrase.endswith(s) and len(phrase) > len(s) for s in _words("organisation_suffix")))


# Joined parts of one organisation's name: 運輸及物流局, 屋宇署及勞工處 (not 和 or 与: 公司和组织 are two).
_NAME_CONJUNCTIONS = {"及"}


def _ends_in_organisation(clause_tokens) -> bool:
    """国际咖啡组织, 中央气象台: a name of two or more characters and an organisation's last word, whatever
    tag jieba gave that word."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    if any(tag.startswith(("v", "r", "d", "p", "c", "u")) and tag != "vn" and word not in _NAME_CONJUNCTIONS
           for word, tag, _ in clause_tokens[:-1]):
        return False  # 这项工作需要组织(表示): a clause, not a name (運輸及物流局 is one: 运输 vn, 及 c)
    return any(phrase.endswith(s) and len(phrase) >= len(s) + 2 for s in _words("organisation_suffix"))


def _staff_of_organisation(clause_tokens) -> bool:
    """营口沿海银行开发区支行工作人员 (表示, fresh20 660; jieba tags 营口 vn): an organisation's name and an unnamed
    member's word (``unnamed_head``: 工作人员, 负责人) right after it is a noun phrase, whatever tag the name opens with."""
    return (len(clause_tokens) >= 3 and clause_tokens[-1][0] in _words("unnamed_head")
            and _ends_in_organisation(clause_tokens[:-1]))


def _surname_and_title(clause_tokens) -> bool:
    """付小姐, 丁先生: a surname and a title (``person_suffix``) name a person, though jieba cuts 付 as a verb."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    return any(phrase.endswith(t) and 1 <= len(phrase) - len(t) <= 2 for t in _words("person_suffix"))


def _surname_then_title(clause_tokens) -> bool:
    """宋书记和胡镇长(都表示): a surname jieba tags as a name and a title it tags as a verb (胡/nr 镇长/v) name a
    person, whatever the title's tag."""
    return (len(clause_tokens) >= 2 and _is_title(clause_tokens[-1][0]) and clause_tokens[-2][1].startswith("nr")
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
    return head in _unnamed_words()


def _described_then_named(clause_tokens) -> bool:
    """知名Costco研究爱好者侯毅 (fresh23 742): a clause that opens with a verb yet is a person's description and then
    their name (a noun of what someone does, then a name jieba tags as a person's): the person named speaks. One
    description, not a clause of its own: no 的, 、, 被, space or numeral in it (摔下溪谷 昏迷1天1夜慈濟骨科醫師姚定國, fresh9
    351, is a subhead run on; …被記者堵麥(回答), fresh10 378, a passive), and not the outlet's reporter."""
    return (len(clause_tokens) >= 3 and clause_tokens[-1][1] in persons.PERSON_TAGS and len(clause_tokens[-1][0]) >= 2
            and clause_tokens[-2][1] == "n" and clause_tokens[-2][0].endswith(_words("person_noun_ending"))
            and clause_tokens[-2][0] not in _words("self_source")
            and not any(w in ("的", "、", "被") or not w.strip() or tag == "m" for w, tag, _ in clause_tokens))


def _is_pronoun_source(word: str) -> bool:
    return word in {e.cue for e in _entries("pronoun")}


def _names_someone(clause_tokens) -> bool:
    """分析师, 刘梅, 武汉协和医院汉阳分院, 他, 央视, 该文章, 国常会: a person, an organisation, a document, an
    outlet or a meeting, or an unnamed someone."""
    phrase = "".join(w for w, _, _ in clause_tokens)
    return (any(tag in ACTOR_TAGS for _, tag, _ in clause_tokens) or _referred_actor().search(phrase) is not None
            or clause_tokens[-1][1] == "j"  # 中共(指控), fresh7 315: an abbreviation is an organisation's name
            or phrase.endswith(_unnamed_words() + _words("document_head") + _words("meeting_head"))  # 国常会(要求，)
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
    verbs_of_saying = ({e.cue for e in _entries("say_verb")} | set(_trim_words()) | set(_words("saying_manner"))
                       | _ASKING)
    listing = any(word == "、" for word, _, _ in kept)
    documents, popped = set(_words("document_head")), text[cut:cut + 1] or after  # the word after kept's last
    # 郭谨 + 一 + 曾 (表示): the adverbs go first, so that the name's last character is seen before a numeral goes
    # (the second pass also takes a date's direction word: 埃里森上月(表示), 上 + 月)
    for tags in (("d", "p", "c", "u", "a"), ("d", "p", "c", "u", "a", "m", "q", "t", "zg", "f")):
        kept = _with_given_name_rejoined(kept)
        while (kept and (kept[-1][1].startswith(tags) or kept[-1][0] in verbs_of_saying or kept[-1][0] in _REFLEXIVE
                         or "m" in tags and (not kept[-1][0].strip() or kept[-1][0].isdigit()  # 9 月 11 日: spaced
                                             or kept[-1][0] == "起" and len(kept) > 1 and kept[-2][1] in ("m", "t")))
               and kept[-1][0] != "方面" and kept[-1][0] not in _words("speaking_side")  # 中方/f, 加方/c, 美方/q
               and not (listing and kept[-1][0] == "等") and not _surname_alone(kept)
               and not (popped in _INSIDE_A_TEXT and kept[-1][0] in documents)):
            popped = kept.pop()[0]  # 俞伟超教授研究(说), 龙湖方面对外回应(称), 《政府工作报告》为何(提出); 北京、上海等 keeps 等
            if len(kept) >= 3 and kept[-1][0] in "）)" and kept[-3][0] in "（(" and kept[-2][0].isdigit():
                kept = kept[:-3]  # 墨子科技今（25）日(发文公布): a bracketed day is a date too
    while kept and kept[0][1].startswith("c") and kept[0][0] not in _words("speaking_side"):
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
            and not _refers_to_document(clause_tokens[-1][0])):  # ING发给客户的报告 is ING's report
        return clause_tokens[-1:]  # 近年来在欧洲3G市场频有斩获的他(认为) → 他
    if (len(clause_tokens) >= 2 and clause_tokens[-1][0] in _words("title_after_name")
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
    return _is_cjk(tokens[j - 1][0][-1]) and _is_cjk(tokens[j + 1][0][0])


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


def _is_cjk(ch: str) -> bool:
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
    if tokens[j][0] not in _CLOSE_QUOTES:
        return None
    for i in range(j - 1, max(-1, j - QUOTED_NAME_MAX_TOKENS - 2), -1):
        if tokens[i][0] in _OPEN_QUOTES:
            return i if i < j - 1 else None
        if re.search(_CLAUSE_BREAK, tokens[i][0]):
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
    return tuple(word for word in _words("document_head") if len(word) >= 2 and word not in _LEADING_DOCUMENT_WORDS)


# document_head words that are no noun a title follows: 文中 (in the text), 作者 (the author), 公号 (a handle's kind).
_LEADING_DOCUMENT_WORDS = ("文中", "作者", "公号", "一文")


def _quoted_name_start(tokens, j: int) -> int | None:
    """Where a short quoted name that closes at token ``j`` opens («MOZTECH墨子科技» opening the clause,
    在“邸报”中), when the quotes hold only words; None for a quote that ends a clause of its own."""
    i = _quote_opening(tokens, j)
    if i is None:
        return None
    opens_clause = i == 0 or re.fullmatch(_CLAUSE_BREAK, tokens[i - 1][0]) is not None
    return i if opens_clause or tokens[i - 1][0] in _BEFORE_QUOTED_NAME or _used_by_a_means(tokens, i) else None


# A bracket this long (with what it glosses) before a name describes the name (BI 工具（把資料庫做成報表與圖表的軟體）
# Metabase); a short one is part of it (嘉华(中国)投资有限公司).
GLOSS_MIN_CHARS = 8


def _clause_tokens_before(tokens, k: int):
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
        if not titled and (re.fullmatch(_CLAUSE_BREAK, word) or word in "（(" and not closed
                           or _cjk_gap(tokens, j) and not _occasion_after_a_spaced_name(tokens, j, clause)):
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
    return re.compile(f"(?:{'|'.join(map(re.escape, _words('saying_manner')))})$")


@lexicon.cached
def _trim_words() -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in _entries("source_trim")), key=len, reverse=True))


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
    return frozenset(e.cue for e in _entries("generic_subject"))


@lexicon.cached
def _vague_groups() -> frozenset[str]:
    """人们, 有人, 外界: generic subjects that still stand for someone (label unnamed in claim_cues.tsv)."""
    return frozenset(e.cue for e in _entries("generic_subject") if e.label == "unnamed")


UNNAMED = "(unnamed)"


def _unnamed_as(who: str) -> str:
    """The source of words said by someone not named, with what the text calls them: (unnamed: 知情人士)."""
    return f"{UNNAMED[:-1]}: {who})"


def _unnamed_who(source: str) -> str | None:
    """知情人士 of (unnamed: 知情人士), what the text calls someone not named (the inverse of :func:`_unnamed_as`); ""
    for a bare (unnamed), None for any other source."""
    return source[len(UNNAMED) + 1:-1] if source.startswith(UNNAMED[:-1]) else None


UNRESOLVED = "(unresolved)"
# A list marker is never part of a source: "2、世界银行", "（1）", "①", a bullet "● 4日公安部".
_LIST_MARKER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*|^[（(]\d{1,2}[)）]\s*|^[\u2460-\u2473]\s*"
                          r"|^[●○■□◆◇▲△▶►•·★☆※]\s*")
# Markup a feed or a page left in the text is never part of a source, nor is the dateline after it:
# "[CDATA[<p>(澳門電台消息) 公共建設局", "</p><p>主持人" (an RSS item's HTML read as plain text); nor is
# the @ that marks a social-media handle (@涿州公安网络发言人发布消息称 → 涿州公安网络发言人); nor are the
# line breaks an export wrote out as escapes ("\\n\\n美国心脏协会…表示", fresh14 483: a text file whose
# paragraphs are joined by the two characters \ and n); nor is a wire's dateline in brackets, (澳門電台消息) or
# 【時報－台北電】 (fresh22 723).
_MARKUP_PREFIX = re.compile(r"^(?:\s*(?:<!\[CDATA\[|\[CDATA\[|</?[A-Za-z][^<>]{0,40}>|@(?=\w)|\\[nrt](?![a-z])"
                            r"|[（(【][^（）()【】]{1,12}(?:消息|电|電|讯|訊|报道|報導)[)）】]))+\s*")
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
               r"|(?:首先|最后|最後|随后|隨後)?(?:致辞|致辭|致词|致詞)(?:时|時)?|(?:晚间|晚間|早上|上午|下午|晚上)?(?:受访|受訪)(?:时|時)"
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
               r"|(?:发布|发出|发表|贴出|写下|发|發)(?:了)?(?:一份|一则|一篇|一条)?(?:信息|消息|声明|聲明|公告|微博|文章|通知|帖子)"  # 政府發聲明(指)
               r"|(?:原审|原審)?(?:离开|離開|回应|回應|判刑|宣判|审理|審理|被问及|被問及|问及|問及|回答|出庭)[^，。；]{0,20}?(?:时|時)"  # 陳離開法院時(表示)
               r"|(?:(?<=报告)|(?<=文章)|(?<=文件)|(?<=声明)|(?<=公告)|(?<=通报)|(?<=信))中")
_SOURCE_TAIL_WORDS = re.compile(rf"(?:{_TAIL_WORDS})$")
_SOURCE_TAIL = re.compile(rf"(?:{_TAIL_WORDS}|于|所|对外|等|后来|一致|为何|为什么|如何|是否)$")


# X发布的…, X曝光的…: X wrote or released the document the sentence cites.
# 「MOZTECH墨子科技」今日晚间在脸书粉专发布的(紧急公告): where it was released is not part of the author.
_AUTHORED_BY = re.compile(r"^(?P<author>.+?)(?:在[^在的]{1,12})?(?:发布|曝光|公布|公开|披露|发表|出具|撰写|发给[^的]{1,6})的")


# jieba tags of times, numbers, measure words, directions, adverbs and function words: a "source" of
# only these (目前众多, 此后) names no one.
_NO_NAME_TAGS = ("t", "m", "q", "f", "d", "c", "p", "u")


# Trimmed only where a source starts: 据新华社 → 新华社, but 有数据 keeps its 据.
_LEADING_ONLY = {"据闻", "据", "根据", "按照", "依据", "在", "就在", "使", "令"}  # 使当时官员金士衡(总结说), not 大使


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
    if raw.strip().rstrip("的").endswith(_words("norm_head")):  # 按照企业会计准则(的规定), 根据相关法律:
        norm = re.sub(r"^(?:按照|根据|依据|据)", "", raw.strip().rstrip("的"))  # (not trimmed: 准则 ends in 则)
        return _unnamed_as(norm)  # a rule followed, no one said it
    # 、次被告盧昕傑: a clause cut after a quotation's close starts with the list's comma, no part of a name
    # (——Andrii声称: a dash that sets a speaker's line apart is punctuation, no part of the name either)
    source = _trimmed(_LIST_MARKER.sub("", _MARKUP_PREFIX.sub("", raw.strip())).lstrip("、，,；;—–-"))
    source = _trimmed(_without_manner_phrase(source))
    if source in _vague_groups():
        return _unnamed_as(source)  # 人们认为, 有人说: a vague group, recorded, adds no score
    if source in _generic_subjects() or source.startswith(_words("not_a_speaker_start")):
        return None  # 人们认为; 以下是主要功能(介绍)
    if source.count("《") > source.count("》"):
        return None  # 按照…《政府工作(报告》): the cue word was inside a title
    if source in _trim_words():
        return ""  # 公开资料显示: attributed, but to no one in particular
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
    source = _document_owner(source)
    if source.endswith(_WHEN_ENDS):
        return ""  # 从小米入股美的时(披露的经营数据看), fresh13 433: a when-clause dates the act and names no speaker
    owner = source.rsplit("的", 1)[-1]
    if (_written_length(source) > SOURCE_MAX_CHARS and "的" in source and "《" not in source or _referred_actor().fullmatch(owner)
            or owner != source and owner in lexicon.surnames()):  # 本身在對沖基金工作的錢(指), fresh10 376: the person 錢
        if _INDEFINITE_OPENING.match(source):  # 国内多位接受…采访的民航技术人员: some of them, unnamed
            return _unnamed_as(owner)
        source = owner  # 财新记者获得的该份北京博奥医学检验所 → 该份北京博奥医学检验所
    if _made_of(source, _words("self_source"), ()) or _reporter_of(source) == "":
        return ""  # 记者了解到, 据本报记者调查: the outlet's own reporting
    if (news := _NEWS_OF.fullmatch(source)) and _names_an_actor(news["owner"]) and not _unnamed(news["owner"]):
        source = news["owner"]  # 俄塔社消息(则透露), fresh13 446; 新华社消息(称): the outlet's own news, it says it
    # 韩国外交部高层人士: an unnamed official, and the body they speak for; 有龙煤集团人士 (fresh23 764): someone of it
    body = _body_of_unnamed(re.sub(r"^有(?![关些的])", "", source))
    if body or _unnamed(source) or _relative_of_referent(source):
        return f"{_unnamed_as(source)}; {body}" if body else _unnamed_as(source)
    if all(tag.startswith(_NO_NAME_TAGS) for _, tag in segment.cut_pos(source)) and source not in _words("speaking_side"):
        return ""  # 目前众多(数据显示): a time and a quantity are no one; the words stay attributed
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
    title = next((t for t in _words("officer_title") if simple.endswith(t)), "")
    if not title or len(simple) != len(source):
        return source
    body = simple[:-len(title)].removesuffix("副")  # 副总裁
    ends = [body.rfind(s) + len(s) for s in _words("organisation_suffix") if s in body]
    if ends and 0 < len(body) - max(ends) <= OFFICER_QUALIFIER_MAX_CHARS:
        body = body[:max(ends)]
    if (len(body) < 2 or body in _words("organisation_suffix") or _is_referring(body) or _INDEFINITE.search(body)
            or any(tag.startswith("nr") for _, tag in segment.cut_pos(body))):
        return source
    return source[:len(body)]


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z.&'\-]*")


def _written_length(source: str) -> int:
    """How long a source reads, for SOURCE_MAX_CHARS: without a body's Latin gloss in brackets, a Latin word as one
    character and no spaces, so a foreign body named in Latin stays the speaker's body (摩根士丹利 (Morgan Stanley)
    的经济学家, 咨询公司 Pantheon Macroeconomics 的分析师, fresh15 501: the staff of the body, not staff of no one)."""
    return len(_LATIN_WORD.sub("A", re.sub(r"\s+", "", _LATIN_GLOSS.sub("", source))))


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
# A time word told relative to now or to the story (今年, 同年, 日前, 昨天), not a name's part jieba tags as time (中国中期).
_RELATIVE_TIME = re.compile(r"[今去明前同本上下当近昨翌次早]|日前|此前|目前")
_NAME_END_TAGS = ("nr", "nt", "nz", "ns", "n", "j", "eng")


def _cut_after_name(source: str) -> str:
    """马晓光也预留伏笔(表示) → 马晓光, 辯方今年(6月引述) → 辯方: what follows a name from an adverb of
    ADVERBS_AFTER_A_NAME with words after it, or from a relative time word, is the clause's verb phrase or its
    time, no part of who spoke; the source is the name before it. (An adverb that ends the source may end the
    name: 队长吉田麻也.) Only the listed one-character adverbs: jieba tags parts of titles and names as adverbs
    too (终身教授, 西尔维斯特), and those are the source."""
    tokens = segment.cut_pos(source)
    for k in range(1, len(tokens)):
        word, tag = tokens[k]
        adverb = word in persons.ADVERBS_AFTER_A_NAME and k + 1 < len(tokens)
        if not (adverb or tag == "t" and _RELATIVE_TIME.match(word)):
            continue
        name = "".join(w for w, _ in tokens[:k])
        if tokens[k - 1][1].startswith(_NAME_END_TAGS) and len(name) >= 2 and "《" not in source:
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
    title = next((t for t in _words("title_after_name") if source.endswith(t) and len(source) > len(t) + 1), "")
    tokens = segment.cut_pos(source[:-len(title)]) if title else []
    person = tokens and tokens[-1][1].startswith("nr") and len(tokens[-1][0]) >= 2
    latin_full_name = len(tokens) >= 3 and tokens[-1][1] == tokens[-3][1] == "eng" and not tokens[-2][0].strip()
    return source[:-len(title)] if person or latin_full_name else source


def _relative_of_referent(source: str) -> bool:
    """他的哥哥, 其家人: someone tied to the person a pronoun stands for, not that person, and not named
    (他的文章 is still his: a ``document_head`` word after 的 refers to the person's own text)."""
    pronoun, _, rest = source.partition("的")
    return (bool(rest) and pronoun in {e.cue for e in _entries("pronoun", "text")}
            and not rest.endswith(_words("document_head")))


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
               for word, tag, offset in _tokens_with_offsets(source))


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
    word = next((w for w in _words("self_source") if source.endswith(w)), None)
    if word is None:
        return None
    outlet = source[: -len(word)].strip("《》的 ")
    return "" if _made_of(outlet, _words("self_source"), ()) else outlet


def _own_reporting(source: str, outlet: str | None) -> bool:
    """据《红周刊》记者了解 in a 证券市场红周刊 article, 财新记者 in a 财新网 one: the article's own reporters,
    no attribution. With the outlet unknown every reporter is taken for the article's own. The outlet naming
    itself (红星新闻注意到， in a 红星新闻 article) is its own reporting too."""
    outlet = to_simplified(outlet or "")  # sources are read in simplified script
    if outlet and _is_outlet(source) and to_simplified(source) == outlet:
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
        for word in _words("document_tail"):
            if owner.endswith(word) and len(owner) > len(word) and not _inside_a_word(owner, len(owner) - len(word)):
                owner, changed, described = owner[: -len(word)].strip(), True, True
        if ((described or owner.endswith(_words("document_tail"))) and (topic := _DOCUMENT_TOPIC.search(owner))
                and topic.start() >= 2):  # (人口普查 is one word to jieba: its 普查 is not stripped, the rule still holds)
            owner, changed = owner[: topic.start()], True  # 加拿大统计局2016年的健康(普查), 乐施会的新(报告)
    if owner == source or len(owner) < 2:
        return source
    return owner if _names_an_actor(owner) or owner.endswith(_words("unnamed_head")) else source


def _names_an_actor(name: str) -> bool:
    """海通证券, 王凯, 上海公卫中心, 《新财富》, 海航内部人士: a person, an organisation, a titled work or a
    person not named, not only a description (一季度货币执行)."""
    return (any(tag in ACTOR_TAGS for _, tag in segment.cut_pos(name)) or _referred_actor().search(name) is not None
            or name.endswith(("》",) + _words("unnamed_person")) or name.startswith("(unnamed")
            or _QUOTED_HANDLE.search(name) is not None)


# 上海公卫中心一位研究员, 另一位武汉协和医院的医生, 北京一家知名互联网公司的资深HR, 某建筑类国有企业子公司负责人:
# whoever follows an indefinite 一位, 一家 or 某 is not named (王某某 is a name withheld, not an indefinite).
_INDEFINITE = re.compile(r"(?:一位|一名|某位|某名|几位|多位|多名|一家|某(?![某位名]))[^，。；、]{0,18}$")
# …the same quantifier opening a long source whose person comes after a relative clause in 的.
_INDEFINITE_OPENING = re.compile(r"^[^，。；、的]{0,4}?(?:一位|一名|某位|某名|几位|多位|多名|数位|数名)")


# 四成香港教师, 超過3成的老闆, 30%的受访者: a share of a group names no one in it.
_SHARE_OF = re.compile(r"^(?:超过|超過|逾|近|约|約|有)?(?:\d+(?:\.\d+)?\s*[%％]|[\d一二三四五六七八九十]+成)")


# 外交部, 卫计委, 访问团, 职工盟: how the name of a ministry, a commission, a delegation or a union ends.
_BODY_ENDINGS = ("部", "委", "团", "盟")


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
    heads = _unnamed_words() + _words("survey_head")  # 警方初步调查: the police's
    for k in range(len(tokens) - 1, 0, -1):
        body = "".join(w for w, _ in tokens[:k]).rstrip("的")
        rest = "".join(w for w, _ in tokens[k:]).lstrip("的")
        last = segment.cut_pos(body)[-1] if body else ("", "")
        if rest in heads and last[1].startswith("nr") and len(last[0]) >= 2:
            return ""  # 李刚检察官: a person named with their title
        # 顶湖社区的财福海芋田(老板娘) (fresh11 397): a word jieba has never seen names the farm, as 万达 (nz) does
        organisation = (any(tag in ("nt", "nz", "eng") or _unknown_to_jieba(word) for word, tag in tokens[:k])
                        or body.endswith(_words("organisation_suffix") + _words("official_actor") + _BODY_ENDINGS))
        counted = _COUNTED_BRANCHES.match(body)
        if counted and rest.endswith(heads) and body.endswith(_words("organisation_suffix")):
            body = counted.group("body")  # 前述营口沿海银行三家支行的工作人员 (fresh20 660): the bank, not "three branches"
        if (len(body) >= 2 and organisation and not _unnamed(body)
                and not body.endswith(_words("unnamed_modifier") + _words("title_before_name"))  # not …事务所的主任(律师)
                and not _is_referring(body) and not _INDEFINITE.search(body) and rest.endswith(heads) and _unnamed(rest)
                and not any(w in rest for w in _words("organisation_suffix"))):  # not 绿城物业服务集团(有限公司…)
            return _trimmed(_MARKUP_PREFIX.sub("", body))
    return ""


@lexicon.cached
def _some_of() -> re.Pattern:
    """不少房地产企业, 美国部分政客, 多家券商: a group picked by an indefinite quantifier (``indefinite``
    in claim_cues.tsv) names no one in it."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, _words('indefinite')))})[^，。；、]{{1,12}}$")


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
    modifiers, heads = _words("unnamed_modifier"), _words("unnamed_head")
    tail = source.rsplit("的", 1)[-1]
    return (source.startswith("有") or source.endswith(_words("unnamed_person")) or _SHARE_OF.match(source) is not None
            or _people_of_a_place(source)
            or _made_of(source, modifiers, heads) or _made_of(tail, modifiers, heads)
            or _made_of(source, modifiers, ())
            or (source.endswith(_words("survey_head")) and not _names_an_actor(source))  # 后续调查, 国内年终调查
            # 一位同样不愿透露姓名的矿工, 北京某高校就业指导中心的老师, 四川大学一位教授: whoever an indefinite
            # 一位 / 一名 / 某 picks is not named, unless a person's name follows
            or ((_INDEFINITE.search(source) is not None or _INDEFINITE_OPENING.match(source) is not None)
                and (source.endswith(heads) or not _names_a_person(source)))
            or (_some_of().search(source) is not None and not _names_a_person(source)))


# 林姓市民, 郭姓女子, 洪姓駕駛: a person told by surname (X姓) and what they are.
_SURNAMED = re.compile(r"(?P<surname>[\u4e00-\u9fff]{1,2})姓(?P<head>[\u4e00-\u9fff]{1,4})")


def _named_by_surname(source: str) -> bool:
    """林姓市民, 吳姓男子: a person the article names by surname, as its labellers do (fresh10 371 郭姓女子, fresh17 552
    吳姓男子, fresh18 574 林姓市民); not whoever an indefinite picks (一名林姓住戶), nor 百姓群众 (百 is no surname here)."""
    m = _SURNAMED.fullmatch(source)
    if m is None or _INDEFINITE.search(source) is not None or _INDEFINITE_OPENING.match(source) is not None:
        return False
    surname = to_simplified(m["surname"])
    return surname in lexicon.surnames() and surname != "百"


# 美国人; 韩国媒体, 港台媒體: a place's people or its press, as a group.
_GROUPS_OF_A_PLACE = ("人", "媒体", "媒體")


def _people_of_a_place(source: str) -> bool:
    """美国人, 香港人 (就连美国人也相信); 韩国媒体 (据韩国媒体报道, fresh16 515): a people or the press named by their
    place is no one in particular, as 外媒 names no one. (A place jieba tags as a name, 黎巴嫩/nr, is not seen here.)"""
    group = next((g for g in _GROUPS_OF_A_PLACE if source.endswith(g)), "")
    return bool(group) and len(source) > len(group) + 1 and _is_place(source[:-len(group)])


@lexicon.cached
def act_verbs() -> frozenset[str]:
    """The verbs of an official, legal, contractual or corporate act (data/lexicon/event_predicates.tsv)."""
    return frozenset(word for word, _ in lexicon.read_rows("event_predicates.tsv", ("word", "class")))


@lexicon.cached
def _acts_not_tagged_verbs() -> frozenset[str]:
    """The act verbs jieba's dictionary lists as nouns or names, or not at all (会见, 任命, 罚款, 立案, 责令, 开庭, 裁员, 印发):
    jieba gives a dictionary word its dictionary tag wherever it stands, so these never come tagged as verbs. They count as
    acts where the guards of _act_done hold (not next to 的, not ending their clause after a noun: 处以5万元罚款。)."""
    tags = segment.pos_tokenizer().word_tag_tab
    return frozenset(w for w in act_verbs() if not str(tags.get(w, "")).startswith("v"))


@lexicon.cached
def _words(type_: str) -> tuple[str, ...]:
    return tuple(sorted((e.cue for e in _entries(type_)), key=len, reverse=True))


@lexicon.cached
def _unnamed_words() -> tuple[str, ...]:
    """The words of someone not named, heads then persons (``unnamed_head`` + ``unnamed_person``): read once, not on
    every call of the tests that end a source in either."""
    return _words("unnamed_head") + _words("unnamed_person")


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


def _has_a_name(source: str) -> bool:
    """路透社; (unnamed: 知情人士), (unnamed: 韩国外交部高层人士); 韩国外交部: one of the names is named."""
    return any(is_named(name) for name in source.split("; "))


def _strip_dates(text: str) -> str:
    for q in reversed(find_quantities(text)):
        if q.kind == "date" and (q.start == 0 or q.end == len(text)):
            text = (text[: q.start] + text[q.end:]).strip()
    return text


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


def _word_read_as_name(word: str, tag: str) -> bool:
    """青少年/nr (代表), 特聘/nr (专家): a common word jieba's dictionary lists as a person's name. A Chinese name opens
    with a surname and a foreign one is spelled in transliteration characters; a dictionary word that does neither
    is no one a pronoun (她告诉本刊) can stand for (sweep16: 她 → 青少年, 他 → 特聘). A name jieba found only in the
    article (盖钧镒, whose surname the list lacks) is not in its dictionary and stays a name."""
    word = to_simplified(word)
    return (tag == "nr" and segment.pos_tokenizer().word_tag_tab.get(word) == "nr" and all(_is_cjk(ch) for ch in word)
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
    likened: bool = False  # 如果说蜜雪冰城是…的王者，古茗则是…的王者。: one thing likened to another, rhetoric
    view_opening: bool = False  # 目前看来，…成效显著。: it opens as the writer's view of how things stand
    record: bool = False  # 首次出现负增长, 创历史新高: a superlative that names a first or a record (``record``)
    unnamed_view: bool = False  # 业内人士认为…, 也有观点认为…: an unnamed commentator's view (``commentator``, ``view_verb``)


# A definition, "no" in every guide (truisms and definitions): a short term, then 是指/指的是, and nothing else said after
# it (入场费是指… claims, 过错主义指的是… fresh5, “跑道外接地”是指… fresh3, all gold no; 老华侨是指1978年… fresh19 611 no).
# A sentence that goes on to state something (“交个朋友”是指…公司，而该公司的唯一股东…持股100% fresh6, …指的是美国联邦法律，
# …所以这些贪官… fresh3, both yes) is not only a definition.
# 如果说蜜雪冰城是10元以下区间的王者，古茗则是10~20元价格段的王者。(fresh23 740), 如果说过去的 AI 是 Talkers 的时代，那么
# 2026 年则是 Doers 的元年。(fresh19): a frame that likens two things by two clauses of 是, the writer's figure of speech
# (both gold no); the frame that goes on to tell an act (…，则一举奠定了…的地位, fresh10; 那就是…杀到了3299元, fresh13:
# both yes) has no second 是 clause.
_LIKENED = re.compile(r"^\W{0,2}如果说[^，。；]{1,40}?是[^，。；]{1,40}[，,]\s*(?:那么|那)?[^，。；]{0,20}?(?:则|就|便|也)?是[^，。；]+[。！]?$")
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
_PERSONAL_PRONOUNS = {"他", "她", "他们", "她们"}
PRONOUN_SUBJECT_REACH = 4
# The label of the claim_cues.tsv rows for X拒绝置评 / X没有发表评论 (the speaker is named, nothing was said).
DECLINED_LABEL = "declined to comment"
_END_MARKS = ("。", "！", "？", "!", "?", "；", ";", "…", ".")
# After a speech verb, a topic this short that ends in a view word (担忧, 原因) is no content of its own.
SPEECH_TOPIC_MAX_CHARS = 16
@lexicon.cached
def _referred_actor() -> re.Pattern:
    """该局, 该公司, 双方: an actor named earlier in the article, as specific as its name; 上海公卫中心, 龙湖集团,
    招商证券: an organisation by the word that ends its name (``organisation_suffix`` in claim_cues.tsv)."""
    suffixes = "|".join(map(re.escape, _words("organisation_suffix")))
    return re.compile(r"该(?:公司|局|部|委|厅|院|所|行|机构|企业|集团|平台|网站|部门|项目|品牌|医院|学校|市|省|县|国)|双方"
                      rf"|[\u4e00-\u9fff]{{2,}}(?:{suffixes})")
# 将/把 + object + verb (已将王某刑事拘留, 已把车辆移走): after a past adverb the act is done.
_DISPOSAL = {"将", "把"}
_PAST_ADVERBS = {"已", "已经", "曾", "曾经", "均已", "先后", "相继", "正式", "首次", "业已", "早已", "未", "并未", "尚未", "没有",
                 "随即", "随后", "当即", "旋即", "也已", "都已", "亦已"}  # jieba keeps 也已 as one word
# 随即陷入 is done, 随后将召开 is not: after these a word of what will be done (_NOT_YET) makes no event.
_THEN_ADVERBS = {"随即", "随后", "当即", "旋即"}
# 需要起诉, 将收购, 可以上诉: an act that may, must or will be done is no event yet.
_NOT_YET = {"将", "将要", "将会", "要", "会", "需", "需要", "应", "应该", "应当", "可", "可以", "能", "能够", "拟", "计划",
            "准备", "打算", "希望", "可能", "如果", "若", "不", "不会", "无法", "难以", "想", "争取", "或", "或将", "必须",
            "本可", "本应", "本该", "可用"}  # 这一点本可用来发起…的行动: it could have been, it was not
# How many words before an act verb a word of _NOT_YET is looked for, within its clause.
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
            and after[1].startswith(("n", "r", "m")) and not re.fullmatch(_CLAUSE_BREAK, after[0]))


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
    if re.fullmatch(_CLAUSE_BREAK, following) and not (k and tokens[k - 1][1].startswith(("v", "p", "f"))):
        return False
    if tokens[k][0] == "邀请" and following in _THE_PUBLIC:  # 诚挚邀请大家前来逛花灯: a call to readers, no act
        return False
    if following in ("在", "于") and _modifies_a_noun(tokens[k + 1:]):  # 发表在《疼痛》杂志上的试验结果: which results
        return False
    for word, _, _ in tokens[k + 1:]:  # 特朗普出席活动时感谢农民: the act only dates the clause's main verb
        if re.fullmatch(_CLAUSE_BREAK, word):
            break
        if word in _WHILE_WORDS:
            return False
    for back, (word, _, _) in enumerate(reversed(tokens[max(0, k - FUTURE_REACH):k])):
        if re.fullmatch(_CLAUSE_BREAK, word):
            return True
        if _not_yet_word(tokens, k - 1 - back) and (back < NOT_YET_REACH or word in _FUTURE):
            return False
    return True


def _not_yet_word(tokens, k: int) -> bool:
    """A word of what may, must or will be done (_NOT_YET) at ``k``; not 将 marking an object (_marks_object), nor 会
    right after 到 (柏苏宁到会讲话, 沈健到会祝贺, fresh28 861: came to the meeting, jieba cuts 到/会)."""
    word = tokens[k][0]
    return (word in _NOT_YET and not _marks_object(tokens, k)
            and not (word == "会" and k and tokens[k - 1][0] == "到"))


def _modifies_a_noun(following) -> bool:
    """The words after an act verb and its 在/于 reach a locative and 的 (…上的, …中的) before any other verb or the
    clause's end: the act and where it happened describe a noun (最近发表在《疼痛》杂志上的试验结果, fresh2: gold no), the
    sentence tells no act. A 的 after a date is not this (发表于2007年的《欧洲脊柱杂志》上: the act, fresh2 gold yes)."""
    for j, (word, tag, _) in enumerate(following[1:], start=1):
        if re.fullmatch(_CLAUSE_BREAK, word) or tag.startswith("v"):
            return False
        if word == "的":
            return following[j - 1][1] == "f"
    return False


def _marks_object(tokens, k: int) -> bool:
    """也都将三文鱼暂时下架, 苏某某将方法告知苏某甲: 将 before a noun is 把, it marks the object of an act done, not the
    future (将于, 将会, 将推出 are the future: ``_jiang_marks_object``, and so is 将 before a time word: 将先后在…举行)."""
    after = _clause_tokens_after(tokens, k)
    return tokens[k][0] == "将" and bool(after) and after[0][1] != "t" and _jiang_marks_object(tokens, k)


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
    not_events = {e.cue for e in _entries("say_verb")} | {"视为", "称为", "誉为", "看作", "当作", "发现"}
    for word, tag, _ in following:
        if re.fullmatch(_CLAUSE_BREAK, word):
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
        if word in _NOT_YET or word in _END_MARKS:
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
        if re.fullmatch(_CLAUSE_BREAK, word):
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

    def __init__(self, names=()):
        self.names = frozenset(names)
        self.lengths = sorted({len(name) for name in self.names})

    def named_in(self, text: str) -> bool:
        if len(self.names) <= self.SCAN_AT_MOST:
            return any(name in text for name in self.names)
        return any(text[i:i + k] in self.names for k in self.lengths for i in range(len(text) - k + 1))


NO_CITED_ACTORS = CitedActors()


def sentence_shape(text: str, tokens, cues, known_actors: CitedActors = NO_CITED_ACTORS) -> SentenceShape:
    stripped = text.rstrip("”」’\"' ）)")
    acts = act_verbs()
    reading = _words("reading_verb")  # 体现了, 掩盖了: the writer's reading of what something means, no act
    event = any(
        (word in ("了", "过") and k and (tokens[k - 1][1].startswith("v") or _verb_tagged_noun(tokens, k))
         and not _gesture(tokens, k) and tokens[k - 1][0] not in reading)
        or (word in _PAST_ADVERBS and _verb_follows(tokens[k + 1:k + 1 + PREPOSITION_REACH])
            and not (word in _THEN_ADVERBS and k + 1 < len(tokens) and tokens[k + 1][0] in _NOT_YET))
        or (word in _THEN_ADVERBS and _act_follows(tokens[k + 1:k + 1 + THEN_VERB_REACH]))
        or (word in _PASSIVE_MARKS and _suffered(tokens[k + 1:k + 1 + PASSIVE_VERB_REACH]))
        or (word in acts and (tag.startswith("v") or word in _acts_not_tagged_verbs()) and _act_done(tokens, k))
        for k, (word, tag, _) in enumerate(tokens))
    # 甲骨文发言人也没有发表评论: who declined is the source, but declining tells no event to check
    event = event and not any(c.label == DECLINED_LABEL for c in cues)
    said = [c for c in cues if c.type == "attributed"]
    said_after = text[max(c.end for c in said):].strip("。，,：:”」’\"' ") if said else ""
    # 赵苏说。; 丁先生向记者表达了自己的担忧。, 刘兴亮从资本的角度分析涨价的原因。: who spoke and about what,
    # the words themselves are in the sentences around it
    speech_tag = bool(said) and (not said_after or (len(said_after) <= SPEECH_TOPIC_MAX_CHARS
                                                    and "，" not in said_after and said_after.endswith(_words("said_view")))
                                 or _LISTENER_ONLY.fullmatch(said_after) is not None)  # …蔡旌明告诉第一财经记者。
    # 彭蕾如此解释…的要求。: 如此/这样 points back at the words quoted before, the sentence only tags them
    speech_tag = speech_tag or (bool(said) and "，" not in said_after
                                and re.search(r"(?:如此|这样|这么)\S{0,2}$", text[:min(c.start for c in said)]) is not None)
    # 王亮告诉经济观察报。: told to an outlet by name, as 告诉第一财经记者。 is to its reporter
    speech_tag = speech_tag or (bool(said) and text[:max(c.end for c in said)].endswith("告诉")
                                and _OUTLET_LISTENER.fullmatch(said_after) is not None)
    speech_tag = speech_tag or _ends_in_tag_verb(text, tokens)
    return SentenceShape(
        question=stripped.endswith(("？", "?")), quoting=_has_quote_mark(text),
        exclamation=stripped.endswith(("！", "!")),
        heading=not stripped.endswith(_END_MARKS) and not text.rstrip().endswith(("：", ":", "——")),
        lead_in=text.rstrip().endswith(("：", ":", "——")),
        cross_reference=re.match(rf"[（(](?:{'|'.join(_words('cross_reference'))})", text.lstrip()) is not None
        or text.lstrip().startswith(_words("this_text")) or any(w in text for w in _words("pointer")),
        event=event, speech_tag=speech_tag, definition=_defines_a_term(text), verse=_VERSE.fullmatch(text.strip()) is not None,
        likened=_LIKENED.match(text.strip()) is not None,
        specific_actor=any(tag in SPECIFIC_ACTOR_TAGS and len(word) >= 2 for word, tag, _ in tokens)
        or _referred_actor().search(text) is not None or known_actors.named_in(text)
        or any(a in text for a in _words("official_actor")),
        person_pronoun=any(word in _PERSONAL_PRONOUNS for word, _, _ in tokens[:PRONOUN_SUBJECT_REACH]),
        reporter_finding=any(re.search(e.cue, text) for e in _entries("reporter_finding")) or _actor_found(text, tokens),
        date_word=any(w in text for w in _words("date_word")),
        anchors=_anchors(tokens),
        pronoun_subject=any(word in _PERSONAL_PRONOUNS and (k == 0 or tokens[k - 1][0] in ("，", ","))
                            for k, (word, _, _) in enumerate(tokens[:PRONOUN_SUBJECT_REACH])),
        plain_voice=not _has_quote_mark(text) and re.search(r"(?<!自)[我你]", text) is None
        and not any(_not_yet_word(tokens, k) or _graded(word, tag) for k, (word, tag, _) in enumerate(tokens)),
        present_state=_present_opening().match(text) is not None and not text.lstrip(_OPENING_MARKS).startswith(_words("present_view")),
        view_opening=_view_opening().match(text.lstrip(_OPENING_MARKS)) is not None)


@lexicon.cached
def _finding_verb() -> re.Pattern:
    """发现, 注意到, 观察到 (``finding_verb``) right before the comma or colon that opens what was found."""
    return re.compile(f"(?:{'|'.join(map(re.escape, _words('finding_verb')))})(?=[，,：:])")


def _actor_found(text: str, tokens) -> bool:
    """熊丙奇观察到，…; 红星新闻注意到：…; 研究人员发现，…: the clause before a finding verb names a person or an
    organisation, so the sentence reports what that actor found, as 记者发现 reports the outlet's own finding (gold yes in
    fresh5 162, fresh6 269 and 276, fresh8 324, fresh12 400 and 421, fresh14 465). Not a study or a report as the
    finder (近来研究发现, fresh2 92: gold no) nor a vague group (消费者们发现, fresh 61: gold no)."""
    for m in _finding_verb().finditer(text):
        k = next((i for i, (word, _, start) in enumerate(tokens) if start <= m.start() < start + len(word)), None)
        clause = _clause_tokens_before(tokens, k) if k else []
        phrase = "".join(w for w, _, _ in clause)
        if clause and _names_someone(clause) and not phrase.endswith(_words("document_head")):
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
    return re.compile(rf"^[{_OPENING_MARKS}]*(?:{'|'.join(map(re.escape, _words('present_word')))})")


@lexicon.cached
def _view_opening() -> re.Pattern:
    """目前看来，, 看来，: a ``present_view`` frame and its comma opening a sentence."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, _words('present_view')))})[，,]")


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
    last = last[1:] if last[:1] == "时" and last[1:] in _words("tag_verb") else last  # 接受采访时说: jieba glues 时说 (a noun)
    if not last or _has_quote_mark(text) or last not in _words("tag_verb") or not (words[-1][1].startswith("v") or last != words[-1][0]):
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
        if not _vague(source):  # (unnamed: 人们): recorded, adds nothing a checker can follow up
            score += (0.35 if _has_a_name(source) else 0.1 if not source or ": 被" in source or shape.unnamed_view
                      else 0.25)
    elif shape.reporter_finding:
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
    own_words = not _has_a_name(source)
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
    if (shape.likened or shape.view_opening and not shape.event) and not source:
        # 如果说A是…，B则是…: the writer's likeness; 目前看来，…成效显著 (fresh23 763; the seen splits' four 看来，
        # openings are gold no): the writer's view, when it tells no event; whatever figures either holds
        score = min(score, QUESTION_MAX)
    return round(min(1.0, max(0.0, score)), 3)


def tag_sentence(text: str, figures: list[Quantity] | None = None,
                 known_actors: CitedActors = NO_CITED_ACTORS) -> ClaimTag:
    """Claim types, cues, source and check-worthiness of one sentence (analysed in simplified script).
    ``known_actors``: names the article cites as sources elsewhere (龙湖), specific actors when named here."""
    figures = figures if figures is not None else find_quantities(text)
    tokens = _tokens_with_offsets(text)
    cues = find_cues(text, figures, tokens, known_actors)
    types = {c.type for c in cues}
    quoted = _quoted_spans(text)
    # 被介绍 inside “…”: the quoted speaker's words cite it, the sentence's source is the speaker
    sources = [c.source for c in cues if c.type == "attributed" and c.source
               and not any(a <= c.start < b for a, b in quoted)]
    opening = min((c for c in cues if c.type == "attributed" and c.source), key=lambda c: c.start, default=None)
    if (opening is not None and opening.source.startswith(UNNAMED[:-1]) and _unnamed_someone(opening.source)
            and (_REPORTED_FRAME.match(text) and opening.start < text.find("，")
                 or text[opening.end:opening.end + 1] in _FRAME_CLOSES and not text[:opening.start].count("，")
                 and not _unnamed_who(opening.source).endswith(_words("unnamed_material")))):
        # 据知情人士称，俄罗斯监管部门希望…; 有业内人士调侃说，当下影视圈谈项目不再说…: all of it is the unnamed
        # source's report, a say-verb inside it included
        sources = [opening.source]
    elif (opening is not None and opening.label == DOCUMENT_RULES and not text[:opening.start].strip()
          and is_named(opening.source)):
        sources = [opening.source]  # 办法规定，今后省司法厅纪检监察部门对于…群众反映强烈…: the rule's content (fresh19 630)
    elif any(is_named(s) for s in sources):  # 据了解，王凯表示…: the named speaker is the source
        sources = [s for s in sources if is_named(s) or ";" in s]
        if any(_names_an_actor(s) for s in sources):  # 李刘阳…表示，按照一季度货币执行报告: the person
            sources = [s for s in sources if _names_an_actor(s) or ";" in s]
        # 报道称，美国政府威胁采取…行动 (fresh28 866): no one relayed gives words, it is what the report tells
        reported = (report := _REPORT_SAYS.match(text)) is not None and opening.start < report.end()
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
                    record=any(c.type == "superlative" and c.label in _words("record") for c in cues),
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
    who = _unnamed_who(source) if ";" not in source else None
    return bool(who) and any(w in who for w in _words("commentator")) and any(
        c.type == "attributed" and c.source == source and text[c.start:c.end].endswith(_words("view_verb")) for c in cues)


# 据中新社报道，… / 据香港电台网站报道，… / 据日本共同社报道，…: the opening clause names the report that relays the sentence.
_RELAY_FRAME = re.compile(r"^\W{0,2}(?:据|根据)[^，。；：！？“”]{2,25}?(?:报道|报导|消息|电)[，,]")
# 报道称，… / 报道指出，… / 報導也指出，…: the report cited before relays the sentence (fresh28 866, fresh20 662, fresh19 613).
_REPORT_SAYS = re.compile(r"^\W{0,2}(?:该|該)?(?:报道|报导|報導)(?:也|还|還|亦|更)?(?:称|稱|说|說|指出|指|提到|写道|寫道)[，,：:]")


def _past_the_relay(text: str, cues, quoted) -> list[str]:
    """据中新社报道，…研究总监严跃进分析认为，… (fresh26 820), 据香港电台网站报道，…社长彭志铭表示，… (fresh26 823), 据中国央视报道，
    习近平在会晤中表示 (fresh12 420), and 报道称，… after them: an outlet's report relays the words of the person or body
    named speaking after it, and that speaker is the source (the gold of every such seen sentence gives the speaker
    first); [] when the sentence
    opens with no relay or no one named speaks after it (据美国广播公司报道，健康专家们发出警告称: the outlet's report)."""
    frame = _RELAY_FRAME.match(text) or _REPORT_SAYS.match(text)
    if frame is None:
        return []
    return list(dict.fromkeys(c.source for c in cues if c.type == "attributed" and c.start >= frame.end() and c.source
                              and is_named(c.source) and _names_an_actor(c.source) and _gives_words(text, c)
                              and not any(a <= c.start < b for a, b in quoted)))


def _gives_words(text: str, cue) -> bool:
    """彭志铭表示，… / 林佳龙…谈到文化时，称台湾…: a say-verb whose words follow (a clause mark after it, or 称/说/道, which
    take their words directly); not an act the relayed report tells (榆林市卫计局等单位公布《…调查结果》, fresh5 179: the
    outlet's report) nor another frame (各方根据会谈结果签署了相关文件，, fresh13 446)."""
    said = text[cue.start:cue.end]
    return (not said.startswith(("据", "根据", "按照", "依据"))
            and (said[-1:] in "，,：:" or text[cue.end:cue.end + 1] in "，,：:" or said.endswith(tuple(_ONE_CHARACTER_SAYING))))


def _vague(source: str) -> bool:
    """(unnamed: 人们): a vague group said it, a view held by no one in particular; so is (unnamed: 熟悉他的人),
    people told only by a relative clause that opens with a verb (fresh16 522), as loose as 有人."""
    who = _unnamed_who(source)
    if who is None:
        return False
    return who in _vague_groups() or who.endswith("的人") and segment.cut_pos(who)[0][1].startswith("v")


def _passive_view(source: str) -> bool:
    """(unnamed: 被认为), (unnamed: 被视为): a view the passive gives to no one (a say-verb after 被)."""
    return (_unnamed_who(source) or "").startswith("被")


def _unnamed_someone(source: str) -> bool:
    """(unnamed: 知情人士), (unnamed: 国外媒体), (unnamed: 一位韩国外交官): a person or body not named (a word of
    ``unnamed_head``/``unnamed_person``, or anyone counted as 一位/多名), not a bare 据了解."""
    return (source.rstrip(")").endswith(_unnamed_words() + ("媒体",))
            or _INDEFINITE_OPENING.match(_unnamed_who(source) or "") is not None)


# 据…称，… / 根据…透露，…: the sentence's first clause says whose report the rest of it is.
_REPORTED_FRAME = re.compile(r"^\W{0,2}(?:据|根据)")
# The mark after a say-verb that closes the sentence's first clause and opens the words (有专家分析说，…).
_FRAME_CLOSES = ("，", "：", ",", ":")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


# A handle in quotes after the account it names: 微信公号“小山狗”, 微博“某某”, 网友“某某”.
_QUOTED_HANDLE = re.compile(rf"(?:{'|'.join(HANDLE_KINDS)})“([^”]{{1,12}})”|“([^”]{{1,12}})”(?=一?文)")


# Tags inside an organisation's name; jieba tags some unknown name parts as adverbs (微远/d 基因).
_NOMINAL_TAGS = ("n", "j", "eng", "d")
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "eng")


def _organisations(tokens) -> list[tuple[int, str]]:
    """广州微远基因科技有限公司, 上海公卫中心: a run of nouns ending in an organisation suffix that starts
    with a proper noun (a place, a name); 市面所有基金 is no organisation."""
    found, suffixes = [], _words("organisation_suffix")  # asked once, not for every token
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
    titles = set(_words("title_after_name") + _words("person_suffix"))
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
# 作者布倫南（Jason Brennan）, 红杉资本（Sequoia Capital）: a proper noun (whatever proper tag jieba gives it: 布伦南/ns)
# or a word spelled by sound that the text glosses at once with a Latin name in brackets is a person's or a body's
# name; a term glossed so (深度学习（Deep Learning）) is not.
_LATIN_GLOSS = re.compile(r"\s?[（(]\s?[A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){0,3}\s?[）)]")
GLOSSED_NAME_TAGS = ("nr", "ns", "nz", "nt", "j")


@lexicon.cached
def _person_titles() -> frozenset[str]:
    """Titles written with a person's name (教授, 先生, 书记), for the person test."""
    return frozenset(_words("title_after_name") + _words("person_suffix") + _words("title_before_name"))


def _is_title(word: str) -> bool:
    """教授, 书记, 镇长 (a title ending in 长, ``title_before_name``): a word of two characters or more that is a
    person's title (jieba tags some as verbs: 胡/nr 镇长/v)."""
    return len(word) >= 2 and word.endswith(tuple(_person_titles()))


def _antecedent_actors(text: str, tokens) -> tuple[str, ...]:
    """Who a pronoun in this or the next sentence may stand for, in reading order: persons and
    organisations (jieba tags), organisations by their suffix (广州微远基因科技有限公司) and social-media
    handles in quotes (微信公号“小山狗”); a name inside a longer one (小山 in 小山狗) is dropped."""
    found = persons.person_names(tokens, _is_title, _say_verb_set(), _words("organisation_suffix"))
    found += [(start, w) for w, tag, start in tokens if tag not in persons.PERSON_TAGS and tag in ANTECEDENT_TAGS and len(w) >= 2]
    found += _titled_names(tokens)
    found += _organisations(tokens)
    found += [(tokens[k][2], name) for k, _, name in persons.named_organisations(tokens, _words("organisation_suffix"))]
    found += [(m.start(), m.group(1) or m.group(2)) for m in _QUOTED_HANDLE.finditer(text)]
    found += [(m.start(1), m.group(1)) for m in _LATIN_SUBJECT.finditer(text)]
    found += [(start, word) for word, tag, start in tokens
              if (tag.startswith(GLOSSED_NAME_TAGS) or persons.transliterated(word))
              and 2 <= len(word) <= LABEL_NAME_MAX_CHARS and not _is_title(word)
              and all(_is_cjk(ch) for ch in word) and _LATIN_GLOSS.match(text, start + len(word))]
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


@lexicon.cached
def _say_verb_set() -> frozenset[str]:
    """The say verbs of claim_cues.tsv as a set, made once per word-list state rather than for every sentence."""
    return frozenset(e.cue for e in _entries("say_verb"))


def _without_organisation_heads(actors: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """李克东是隆源农业服务有限公司农机部门负责人 ⏎ … ⏎ 记者来到隆源农业的农机库: a word the article writes at the head
    of an organisation's name (its short name, which jieba may tag as a person) is no person anywhere in it."""
    organisations = {a for names in actors for a in names  # (汪明荃个案不同之处: 之处 is "the point", no body)
                     if a.endswith(tuple(_words("organisation_suffix"))) and "之" not in a}
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
_OPEN_QUOTES, _CLOSE_QUOTES = "“「『", "”」』"
QUOTE_CARRIED, SPEAKER_AFTER_QUOTE = "source:quote carried", "source:speaker after quote"
ANSWER_CARRIED = "source:answer carried"
QUESTION_CARRIED = "source:question of the named asker"
# Words quoted from a named speaker score up by this much (checkable: did the speaker say them?) when they
# tell something (an event, a date, a figure, a comparison or a cause); a bare remark (“我们的业务拓展太快了。”)
# by the smaller amount: who said it can be checked, but it states little.
QUOTED_SPEECH_BONUS = 0.35
QUOTED_REMARK_BONUS = 0.25
_TELLING_TYPES = {"comparative", "superlative", "causal"}


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
        depth = max(0, depth + sum(text.count(c) for c in _OPEN_QUOTES) - sum(text.count(c) for c in _CLOSE_QUOTES))
    return depths


def _closes_first(text: str) -> bool:
    closing = min((at for at in map(text.find, _CLOSE_QUOTES) if at >= 0), default=-1)
    opening = min((at for at in map(text.find, _OPEN_QUOTES) if at >= 0), default=len(text))
    return 0 <= closing < opening


def _is_referring(name: str) -> bool:
    whole = {e.cue for e in _entries("pronoun", "word")}
    return name in whole or any(name.startswith(e.cue) for e in _entries("pronoun", "text"))


def _refers_to_document(name: str) -> bool:
    """报告, 文章, 上述公告, 该篇公号文章: it stands for a document cited before, so for that document's
    source (``pronoun`` rows labelled ``document`` in claim_cues.tsv, and the outlet ones: a report is one)."""
    return _refers_to_outlet(name) or any(name == e.cue if e.match == "word" else name.startswith(e.cue)
                                          for e in _entries("pronoun") if e.label == "document")


def _refers_to_outlet(name: str) -> bool:
    """报道(称), 该报(写道): it stands for the news outlet cited before (``pronoun`` rows labelled ``outlet``)."""
    return any(name == e.cue for e in _entries("pronoun") if e.label == "outlet")


def _report_referred_back(source: str) -> str:
    """(unnamed: 报道) → 报道: a sentence alone cannot tell whose report 报道称 means and records it unnamed; in its
    article it refers back, to the outlet cited before (:func:`_outlet_cited_before`). 据报道 stays unnamed."""
    names = source.split("; ")
    whos = [_unnamed_who(name) or "" for name in names]
    return "; ".join(who if _refers_to_outlet(who) else name for name, who in zip(names, whos))


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
            if _refers_to_outlet((_unnamed_who(name) or "").removeprefix("据")):
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
        name not in text and _REPORT_SAYS.match(text) is not None)


def _resolve_pronoun(name: str, antecedents: list[str]) -> tuple[str, str]:
    """其招聘广告 → the nearest named actor before it; "(unresolved: 其招聘广告)" when there is none; a
    surname alone (邵说) → the nearest person before it with that surname (邵晓锋), else itself; a name the
    sentences before give more than once goes first (劉定成 three times, not 劉以, jieba's cut of 劉以菲林相機拍攝
    once, fresh7 301)."""
    if len(name) == 1 and name in lexicon.surnames():
        bearers = [a for a in antecedents if a.startswith(name) and 2 <= len(a) <= 4]
        full = max(reversed(bearers), key=bearers.count, default=None)  # ties: the nearest
        return (full, f"source:{name}→{full}") if full else (name, "")
    if not _is_referring(name):
        return name, ""
    if _refers_to_outlet(name):  # only an outlet cited before (the antecedents hold it, else nothing)
        return (antecedents[-1], f"source:{name}→{antecedents[-1]}") if antecedents else (_unnamed_as(name), "")
    if antecedents:
        return antecedents[-1], f"source:{name}→{antecedents[-1]}"
    if _refers_to_document(name):
        return name, ""  # 文章还提及 with no document cited before: the article it names is the source
    return f"{UNRESOLVED[:-1]}: {name})", f"source:{name} unresolved"


def _antecedents(i: int, texts, para_ids, sources: list[str], actors, resolved, quoted: list[bool]) -> list[str]:
    """Who a pronoun source of sentence ``i`` may stand for, nearest last: named sources up to
    PRONOUN_REACH sentences back, then the first person or organisation the sentence before names (or
    its source), then a person or organisation named earlier in the sentence itself (张凡在某企业工作，
    他说). A document pronoun (报告预计, 上述公告显示) stands only for a source cited before."""
    pronoun = next((n for n in sources[i].split("; ") if _is_referring(n)), "")
    one_person = pronoun in _ONE_PERSON_PRONOUNS
    # 省电力公司财务部相关负责人透露，… ⏎ 他表示 (fresh21 685): 他/她 may stand for an unnamed official of a named body
    earlier = [resolved[j][0] if is_named(resolved[j][0])
               else (one_person and _official_of_a_body(resolved[j][0])) or _named_after_unnamed(resolved[j][0])
               for j in range(max(0, i - PRONOUN_REACH), i)]
    earlier = [name for name in earlier if name]
    if pronoun and _refers_to_outlet(pronoun):
        return [outlet] if (outlet := _outlet_cited_before(i, texts, resolved)) else []
    if pronoun and _refers_to_document(pronoun):
        named_at = max((j for j in range(max(0, i - PRONOUN_REACH), i) if is_named(resolved[j][0])), default=-1)
        # 据新浪新闻报道，《中国互联网发展报告（2021）》7月13日…发布。 ⏎ 报告显示，… (fresh26 822): the outlet that reports
        # on a document wrote no report of its own; the document its sentence names is the one 报告 stands for
        relayed = named_at >= 0 and all(_is_outlet(n) or outlets.outlet_named_in(n, originals_only=False)
                                        for n in resolved[named_at][0].split("; "))
        mentioned = _document_mentioned(texts, pronoun, max(named_at + (not relayed), i - PRONOUN_REACH), i)
        return earlier + [mentioned] if mentioned else earlier
    # 他/她 stands for one person: not the university, the ministry or the outlet named with them
    may_be = (lambda name: not _no_person(name)) if one_person else (lambda name: True)
    earlier = [name for name in earlier if _official_of_a_body(name) or may_be(name)]
    before = i - 1
    if 0 < before and _subhead(texts, para_ids, before):
        before -= 1  # 王先生表示，… ⏎ “赶走”安卓意味着“回到解放前”？ ⏎ 他还补充道: the writer's subhead names no one 他 is
    while 0 < before and i - before < QUOTE_SKIP_REACH and texts[before].lstrip()[:1] in _OPEN_QUOTES \
            and not is_named(resolved[before][0]) and not actors[before]:
        before -= 1  # “有时候你突然悟到这一点……” ⏎ 他感叹。: the person named before the quote
    before_actors = [a for a in actors[before] if may_be(a)] if i else []
    before_named = [n for n in resolved[before][0].split("; ") if is_named(n) and may_be(n)] if i else []
    inside_quote = quoted[before] or texts[before].lstrip()[:1] in _OPEN_QUOTES
    if i and not is_named(resolved[before][0]) and before_actors and not inside_quote:
        earlier.append(before_actors[0])  # (not a name inside a quotation: 他指出 after 俞伟超's quoted words,
        # 他还补充道 after “…支持安卓软件。”)
    elif before_named:
        earlier.append(before_named[0])
    at = texts[i].find(pronoun) if pronoun else -1
    earlier += [a for a in actors[i] if 0 <= texts[i].find(a) < at and may_be(a)
                and not (pronoun in _PERSONAL_PRONOUNS and _is_place(a))]  # 沙田…出现确诊，他认为: not 沙田
    if one_person and not earlier:
        earlier = _one_person_named_before(before, i, actors, resolved, may_be)
    return earlier


def _one_person_named_before(before: int, i: int, actors, resolved, may_be) -> list[str]:
    """…董事长杨佳作为捐赠代表讲话。 ⏎ 她分享了…经历。 ⏎ 她表示 (fresh19 622): a 他/她 whose sentence before names no one
    stands for the person the nearest sentence before that names one, up to PRONOUN_REACH sentences back, when that
    sentence names one person only and the sentences between narrate what he or she did, naming no other person and
    citing no source (有不愿具名的工程业界代表接受…访问 ⏎ 他形容 stands for the unnamed representative, fresh5 151, not
    for the director named two sentences before); [] otherwise."""
    for j in range(before - 1, max(-1, i - PRONOUN_REACH - 1), -1):
        # reaching this far back, only a name of a person's shape: a surname first, or transliterated and three
        # characters long at least (布伦南; not 恩爱/nr, fresh6 265)
        people = [a for a in actors[j] if may_be(a) and _names_a_person(a)
                  and (persons.opens_with_surname(a)
                       or persons.transliterated(a) and len(a) >= persons.TRANSLITERATION_MIN_CHARS)]
        if people:
            return people[:1] if len(set(people)) == 1 else []
        if resolved[j][0]:
            return []
    return []


_ONE_PERSON_PRONOUNS = {"他", "她"}


def _subhead(texts, para_ids, i: int) -> bool:
    """A paragraph of one sentence that is a heading or the writer's question (**华为冤不冤？**): a subhead
    between two passages, nobody's words and no one's narration."""
    alone = (i == 0 or para_ids[i - 1] != para_ids[i]) and (i + 1 == len(texts) or para_ids[i + 1] != para_ids[i])
    return alone and (_is_heading(texts[i]) or texts[i].rstrip().endswith(("？", "?")))


def _official_of_a_body(sources: str) -> str:
    """"(unnamed: 省电力公司财务部相关负责人); 省电力公司财务部": an unnamed person who speaks for a named body (as
    :func:`clean_source` records one), whom a 他 right after may stand for; "" for any other source."""
    names = sources.split("; ")
    return sources if len(names) == 2 and _unnamed_who(names[0]) and is_named(names[1]) else ""


def _named_after_unnamed(sources: str) -> str:
    """杜特尔特 in "(unnamed: …媒体报道); 杜特尔特" (媒体报道称，杜特尔特…说道): the last named source of a
    sentence whose first source is unnamed, the speaker the unnamed report relays; "" when none is named."""
    return next((name for name in reversed(sources.split("; ")[1:]) if is_named(name)), "")


def _no_person(name: str) -> bool:
    """英国剑桥大学, 美国参议院, 外交部, 多维新闻网: an organisation (a name jieba tags as one, or one ending in an
    ``organisation_suffix`` or a body's last word), an outlet or a document (``document_head``): never the one
    person 他 or 她 stands for. (A name jieba reads as a place may be a person's: 钟南山院士.)"""
    tokens = segment.cut_pos(name)
    return (tokens[-1][1] == "nt" or len(tokens) == 1 and _word_read_as_name(*tokens[0])  # 青少年/nr
            or name.endswith(_words("organisation_suffix") + _BODY_ENDINGS)
            or name.endswith(tuple(h for h in _words("document_head") if h != "作者")))


def _is_place(name: str) -> bool:
    """沙田, 红磡: a name jieba tags only as places, never what 他/她 stands for."""
    return all(tag == "ns" for _, tag in segment.cut_pos(name))


def _document_mentioned(texts, pronoun: str, first: int, i: int) -> str:
    """民航西南局…披露了…事件的初步调查报告。 ⏎ 报告认定…: the document a document pronoun stands for,
    named (not cited as a source) in a sentence between ``first`` and ``i``, nearest first:
    the words before its head (报告, 公告 …) up to a 的 or a clause break, where a word of the sentence ends (not the
    报告 of 报告会, a meeting: 《经济蓝皮书》发布暨中国经济形势报告会, fresh24 786)."""
    head = next((h for h in _words("document_head") if len(h) >= 2 and pronoun.endswith(h)), None)
    if head is None:
        return ""
    for j in range(i - 1, first - 1, -1):
        word_ends = {start + len(word) for word, _, start in _tokens_with_offsets(texts[j])}
        names = [m.group() for m in re.finditer(rf"《[^《》]{{0,40}}{head}[^《》]{{0,12}}》|[^，。；：、的“”《》\s了]{{1,10}}{head}",
                                                texts[j])
                 if not _is_referring(m.group()) and m.end() in word_ends]  # a title whole: 《中国互联网发展报告（2021）》
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
    * a sentence that opens with 其中, 另一方面, 另外 (``continues_previous``) goes on from the sentence
      before and has its source;
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
        if any(len(n) == 1 and not _is_referring(n) for n in source.split("; ")):  # 邵说: anyone named before may bear the surname
            earlier = [n for j in range(max(0, i - PRONOUN_REACH), i)
                       for n in [resolved[j][0].split("; ")[0], *actors[j]]] + list(actors[i]) + earlier
        pairs = [_relative_named(name, i, texts, title) or _resolve_pronoun(name, earlier)
                 for name in filter(None, source.split("; "))]
        resolved.append(["; ".join(dict.fromkeys(n for n, _ in pairs)), "; ".join(h for _, h in pairs if h)])
    people = _titled_people(texts, resolved, actors)
    for row in resolved:  # 沈阳教授指出 → 沈阳: a person the article also names without the title keeps the name
        honorific = next((t for t in _words("title_after_name") if row[0].endswith(t) and row[0] in people), "")
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
        resolved[first] = [quoted["who"] if quoted and _names_an_actor(quoted["who"]) else outlet, DIGEST_ITEM]
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
    if label.endswith(("报道", *_words("document_head"))):
        return True
    last_tag = segment.cut_pos(label)[-1][1]
    return not (label.endswith(_words("said_view")) or last_tag.startswith(("v", "z", "i", "a", "d", "m")))


_POSSESSOR = re.compile(r"^(?:我|他|她|其)?的?")


def _relative_named(source: str, i: int, texts: list[str], title: str) -> tuple[str, str] | None:
    """我父亲说, 他的同事认为, 其母亲表示: a source that is someone's relative or colleague (a ``kinship`` word of
    claim_cues.tsv after an optional 我/他/她/其 and 的) is the person the text names right after that word
    (父亲钱学森, 同事王刚): the last such mention before sentence ``i``, else one in the title, else the first
    one after it; with none it names no one and is "(unnamed: 我父亲)". None for any other source."""
    kin = _POSSESSOR.sub("", source, count=1)
    if kin not in _words("kinship"):
        return None
    named = []
    for where in texts[:i][::-1] + [title] + texts[i:]:
        for at in (m.end() for m in re.finditer(re.escape(kin), where)):
            word, tag = next(iter(segment.cut_pos(where[at:at + 8])), ("", ""))
            if tag.startswith("nr") and 2 <= len(word) <= LABEL_NAME_MAX_CHARS:
                named.append(word)
        if named:
            return named[-1] if where is not title else named[0], f"source:{source}→{named[-1]}"
    return _unnamed_as(source), f"source:{source} unnamed"


# The label that opens a paragraph of a Q&A: 问：, 答：, 记者：, 李嘉诚：.
_SPEAKER_LABEL = re.compile(r"^\s*([^\s：:，,。；“”「」（）()]{1,8})\s*[：:]\s*\S")
# A label that is a whole sentence (**刘春城：** on a line of its own, or glued to the end of the answer before it in
# a WeChat interview, sweep16 三联生活周刊): the next paragraphs are the labelled person's.
_LABEL_ALONE = re.compile(r"^\s*([^\s：:，,。；“”「」（）()]{1,8})\s*[：:]\s*$")
# A person's name used as a label is this long at most (李嘉诚：, 欧阳明高：).
LABEL_NAME_MAX_CHARS = 4
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
             if 2 <= len(n) <= LABEL_NAME_MAX_CHARS and n.startswith(label) and _names_a_person(n)}
    return named.pop() if len(named) == 1 else f"{UNRESOLVED[:-1]}: {label})"


def _interview_answers(texts, para_ids, resolved, narrative: list[bool], actors):
    """问：… ⏎ 答：… ⏎ …: in a Q&A (a question label and an answer label, ``interview_question`` and
    ``interview_answer`` in claim_cues.tsv; a reporter as the label asks: 新京报记者：), every sentence from an answer label to the next question
    label, over paragraphs, is the interviewee's words ("source:answer carried"), 我 included (a subhead
    paragraph ends the answer). The interviewee is the person named as a label (李嘉诚：; a surname alone, 李：, is the
    one person named before with it, see :func:`_surname_label`), or for 答/A the one the
    first question asks by name (有记者问：… 请问商务部对此有何评论？, see :func:`_addressee`), else the person the
    article cites last before its first question (李嘉诚接受专访 … 他表示), else "(unresolved: 答)"."""
    answers = set(_words("interview_answer"))
    questions = set(_words("interview_question")) | {m.group(1) for t in texts if (m := _SPEAKER_LABEL.match(t))
                                                    and m.group(1).endswith(_words("self_source"))}  # 新京报记者：
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
              and (_names_a_person(label) or _name_the_article_writes(label, article))):
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
                   or next((n for n in reversed(earlier) if _names_a_person(n)), f"{UNRESOLVED[:-1]}: 答)"))
    generic = set(_words("interview_question")) | {q for q in questions if q.endswith(_words("self_source"))}
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
        if name in _words("speaking_side"):
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
        label = m.group(1) if m and (m.group(1)[0].isascii() or _names_a_person(m.group(1))) else ""
        if label and texts[i - 1].rstrip().endswith(("？", "?")):
            speaker = label
        elif label or texts[i].rstrip().endswith(("？", "?")) or _is_heading(texts[i]):
            speaker = ""
        if speaker and (not resolved[i][0] or resolved[i][1].endswith("→author")):
            resolved[i] = [speaker, ANSWER_AFTER_QUESTION]


def _speaks_for_self(text: str) -> bool:
    """我赶紧认错: the interviewee tells what they did (我 outside quotes, not 我父亲: a relative of theirs)."""
    kin = "|".join(map(re.escape, _words("kinship")))
    return re.search(rf"{_FIRST_PERSON.pattern}(?!的?(?:{kin}))", _QUOTED.sub("", text)) is not None


def _talked_about(resolved, i: int, askers: set[str]) -> str:
    """The person an interview's answers last named as a source other than its two sides (the
    interviewee's father, whose views the answers report), "" when there is none."""
    return next((name for source, _ in reversed(resolved[:i]) if is_named(name := source.split("; ")[0])
                 and name not in askers and _names_a_person(name)), "")


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
    return (label := _SPEAKER_LABEL.match(text)) is not None and label.group(1) in _words("interview_answer")


def _carry_continuation(texts, para_ids, resolved):
    """…简报显示，2019年共享充电宝市场… ⏎ 其中，4家头部企业的市场份额…; 陈晴认为，… ⏎ 另一方面则是…;
    墨子科技表示，… ⏎ 另外，…: a sentence that opens with a word that goes on from the sentence before
    (``continues_previous`` in claim_cues.tsv: it breaks down its figures or adds to its point) has
    that sentence's source."""
    words = _words("continues_previous")
    in_paragraph = {e.cue for e in _entries("continues_previous") if e.label == "in_paragraph"}
    for i in range(1, len(texts)):
        word = next((w for w in words if texts[i].lstrip().startswith(w)), None)
        if word in in_paragraph and para_ids[i] != para_ids[i - 1]:
            continue  # 此外 opening a paragraph: the writer adds a point of their own
        if word and not resolved[i][0] and is_named(resolved[i - 1][0]):
            resolved[i] = [resolved[i - 1][0], f"source:{word} carried"]


# 我 as a word (not 我们, 我国, 我省 …: a collective or an institution speaking; not 自我: "self").
_FIRST_PERSON = re.compile(r"(?<!自)我(?![们国省市县区方院校司行局部委厅军党])")
# …and 我们 too in a speech (我们正处在…的决胜阶段): the speaker speaks for those they lead.
_FIRST_PERSON_SPEAKER = re.compile(r"(?<!自)我(?![国省市县区方院校司行局部委厅军党])")
_QUOTED = re.compile(r"[“「『][^”」』]*(?:[”」』]|$)")
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
    own = [_QUOTED.sub("", text) if depths[i] == 0 else "" for i, text in enumerate(texts)]
    addressed = sum(bool(_ADDRESSED.search(t)) for t in own)
    if re.search(r"[、,，/\s]", author) or addressed >= max(3, ADDRESSED_SHARE * len(texts)) and not (own_outlet or speech):
        return
    first_person = _FIRST_PERSON_SPEAKER if speech else _FIRST_PERSON
    for i, text in enumerate(texts):
        own_words = "" if _opens_an_answer(text) else own[i]  # A：我一点都不意外。 is the interviewee's
        if not is_named(resolved[i][0]) or resolved[i][0].startswith("我"):
            if first_person.search(own_words):
                resolved[i] = [author, "source:我→author"]
            elif (writer := next((w for w in _words("writer_self") if w in own_words), None)) is not None:
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
    name = re.sub(rf"(?:最新)?(?:{'|'.join(_words('talk_word'))})$", "", who["who"])  # 曾鸣最新演讲：…
    if not 2 <= len(name) <= LABEL_NAME_MAX_CHARS:
        return ""
    return name if all(tag.startswith("nr") for _, tag in segment.cut_pos(name)) else ""


def _name_the_article_writes(label: str, article: str) -> bool:
    """刘春城： (jieba: 刘/zg 春城/n) after …北京华鹏律师事务所刘春城律师…: a label of a surname and a given name that
    the article also writes in its prose is a person's name, though jieba cuts it apart."""
    return (persons.opens_with_surname(label) and 2 <= len(label) <= 4 and all(_is_cjk(ch) for ch in label)
            and re.search(rf"{re.escape(label)}(?![：:])", article) is not None)


def _names_a_person(name: str) -> bool:
    """王凯, 考古学家俞伟超, 一位项目管理负责人关印虹: a person's name in it (jieba tags, or a name after a person's
    role that jieba does not know); a titled work (《孟子·滕文公》) is no person."""
    return not name.startswith("《") and (any(tag.startswith("nr") for _, tag in segment.cut_pos(name))
                                         or _name_after_role(name))


def _unknown_to_jieba(word: str) -> bool:
    """财福, 关印虹: a word of two or more characters jieba's dictionary does not hold, one its HMM built from
    characters; such words are mostly proper names (a person's, a shop's, a village's) jieba has never seen."""
    return len(word) >= 2 and all(_is_cjk(ch) for ch in word) and segment.known_tag(word) is None


def _name_after_role(name: str) -> bool:
    """亚行东中亚局一位项目管理负责人关印虹 (acn newswire, chardet/chardet tests/GB2312/acnnewswire.net.xml): a person's role
    (``unnamed_head``, ``unnamed_person``, ``title_before_name``) and right after it two or three characters that open
    with a surname and that jieba's dictionary does not hold (it tags 关印虹 an organisation): the person's name."""
    word = segment.cut_pos(name)[-1][0] if name else ""
    return (2 <= len(word) <= 3 and word[0] in lexicon.surnames() and _unknown_to_jieba(word)
            and name[:-len(word)].endswith(_role_words()))


@lexicon.cached
def _role_words() -> tuple[str, ...]:
    """The words of a person's role a name may follow: someone unnamed's (:func:`_unnamed_words`) and the titles of two
    characters or more (``title_before_name``); read once, not on every name tested."""
    return _unnamed_words() + tuple(t for t in _words("title_before_name") if len(t) >= 2)


def _titled_people(texts, resolved, actors) -> frozenset[str]:
    """沈阳 in 清华大学教授沈阳认为 ⏎ 沈阳说，… ⏎ 沈阳教授指出，…: jieba reads the name as a city, but the
    article writes it next to a person's title (``title_after_name``, ``title_before_name``,
    ``person_suffix`` in claim_cues.tsv), so as a source it is a person, and one whose words go on
    (see :func:`_carry_in_paragraph`). A source written with the title (沈阳教授, 清华大学教授沈阳) is one too."""
    after = tuple(_words("title_after_name") + _words("person_suffix"))
    before = tuple(t for t in _words("title_before_name") if len(t) >= 2)  # not 长 alone: 成长, 增长
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
            and (_unknown_to_jieba(words[-1]) or (segment.known_tag(words[-1]) or "").startswith("nr"))):
        return words[-1]
    return ""


def _title_of_someone_named(name: str, texts, actors) -> bool:
    """蔡英文總統今日出席… ⏎ 總統致詞表示，… (fresh13 430); 市长李明 … 市长指出: a title alone (a word that is or ends in a
    person's title, :func:`_is_title`) is the one person the article writes it next to, so it speaks as that person and
    its words go on (:func:`_carry_in_paragraph`). Not when the title is written next to two people (部长张三和部长李四:
    which one is meant is for a reader), nor when it names no one (专家表示 is unnamed)."""
    if not _is_title(name):
        return False
    holders = {a for text, names in zip(texts, actors) for a in names
               if a != name and (f"{a}{name}" in text or f"{name}{a}" in text) and _names_a_person(a)}
    return len(holders) == 1


def _counts_or_qualifies(words: str) -> bool:
    """多数大 (of 多数大法官), 三位: a count opening the words, or nothing but numerals, measure words, adjectives and
    adverbs, before a title is no name (sweep16); 高勁修 (高勁/a 修/v, of 法官高勁修, fresh8 337) is one."""
    tags = [tag for _, tag in segment.cut_pos(words)]
    return tags[0].startswith(("m", "q")) or all(tag.startswith(("m", "q", "a", "d")) for tag in tags)


def _is_person(name: str, people: frozenset[str]) -> bool:
    return name in people or _names_a_person(name)


COURT_REASONING = "source:court's reasoning carried"


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
        if not texts[i].rstrip("”」’\"' ）)").endswith(_END_MARKS):
            speaker = ""  # a heading run into the paragraph (市场复苏谨防再起炒作之风) is no one's words
            continue
        own_voice = _first_person_outside_quotes(texts[i]) and _is_person(speaker, people)  # 我们同乡总会的职责…
        names_only_the_parties = bool(actors[i]) and set(actors[i]) <= parties
        if resolved[i][0] or actors[i] and not (speaker and (reporting or own_voice or names_only_the_parties
                                                             or _speaks_as_a_side(texts[i]))):
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
            who = _unnamed_who(name)
            material = who is not None and who.endswith(_words("unnamed_material"))
            unnamed_speaker = (who is not None and len(who) > 1 and _unnamed_someone(name) and not _vague(name)
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
                                                      and (_is_document(name) or _is_outlet(name))
                                                      or referred is not None and _refers_to_document(referred[1])
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
            parties = set(actors[i]) if speaker and speaker.endswith(_words("judging_body")) else set()
            opened_paragraph = first and not body
        elif speaker and forecaster and not narrative[i]:
            resolved[i] = [speaker, "source:forecast carried"]  # the forecast goes on; not 与之相比，…2017 年 GDP
        elif (speaker and not forecaster
              and (opened_paragraph or not narrative[i] or _first_person_outside_quotes(texts[i]))
              and not (_unnamed_who(speaker) is not None and _first_person_outside_quotes(texts[i]))):
            # (…我们已出台一些政策: an event told as 我们 is the speaker's, not the writer's narrative; but an unnamed
            # someone is never the 我 after it: 当时有医生说，… ⏎ 我赶紧去买药 is the interviewee's, fresh4 131)
            resolved[i] = [speaker, COURT_REASONING if parties else "source:carried in paragraph"]
        else:
            speaker = ""  # the writer's narrative resumes


# 对此，中兴通讯…表示: the words that may open a paragraph before the body that speaks in it.
# A line break a JSON or CSV dump wrote out as an escape (the characters \ and n), not a word's \n (\\news); unlike
# _ESCAPED_BREAK, which cuts a source's name at any escape, a tab or a \uXXXX opens no paragraph.
_ESCAPED_LINE_BREAK = r"\\+[nr](?![a-z])"
_BEFORE_THE_SPEAKER = re.compile(rf"^\s*(?:{_ESCAPED_LINE_BREAK}\s*)*(?:对此|對此|此外|另外|同时|同時|随后|隨後)?[，,]?\s*")


# 据中新社报道，关于今年上半年北京新房交易量攀升的原因，(易居研究院…严跃进分析认为，…) (fresh26 820), 针对下半年…走势，
# (严跃进认为，…): the relay that opens the sentence and the topic the words are on, before the speaker's tag.
_RELAY_AND_TOPIC = re.compile(rf"(?:{_RELAY_FRAME.pattern})?(?:关于|针对|對於|对于|至于|谈到|谈及|说到)[^，。；：！？“”]{{1,30}}[，,]"
                              rf"|{_RELAY_FRAME.pattern}")


def _before_the_speech_tag(text: str) -> int:
    """How many characters open the sentence before its speech tag can start: a relay (据…报道，) and the topic the words
    are about (关于…的原因，, 针对…，); a speaker named right after them opens the sentence's words as much as one
    named first does."""
    opening = _RELAY_AND_TOPIC.match(text)
    return opening.end() if opening else 0


def _opens_with(text: str, name: str) -> bool:
    """Whether the sentence opens with the name (after 对此，, 此外，…)."""
    return text[_BEFORE_THE_SPEAKER.match(text).end():].startswith(name)


def _is_provision_document(name: str) -> bool:
    """草案, 《…条例》, 该通知: a text of rules (``provision_document`` or ``norm_head`` at its end, before an optional
    closing title mark); not 《解放军报》 (an outlet's title) nor 高碑店市防汛抗旱指挥部 (a body that may narrate)."""
    return name.endswith(_words("norm_head")) or name.rstrip("》」").endswith(_words("provision_document"))


PROVISION_CARRIED = "source:provision carried"


def _carry_provisions(texts, para_ids, resolved, narrative):
    """草案也訂定保密條款，… ⏎ 當國民法官收賄，…處五年以下有期徒刑 ⏎ 國民法官資格為年滿廿三歲… (fresh9 352): a text of
    rules (see :func:`_is_provision_document`; not an organisation, a person or an outlet) named as the source of a
    sentence that lays down rules (a ``provision_verb``: 规定, 明定, 订定 …) or that the paragraph opens reporting
    from (依据草案，…) is summarised provision by provision; the sentences after it in its paragraph are its
    provisions ("provision carried", data/eval/SOURCES_CONVENTION.md (c)), up to a sentence with a source of its own,
    a heading or a question. A sentence told as an event that states no rule (no ``provision_modal``: 必须, 不得,
    有权 …) is left without a source, and the provisions after it go on."""
    verbs, modals = _words("provision_verb"), _words("provision_modal")
    document, para = "", None
    for i, text in enumerate(texts):
        if para_ids[i] != para:
            document, para = "", para_ids[i]
        name = resolved[i][0].split("; ")[0]
        if name:
            rules = any(v in text for v in verbs) or text.lstrip().startswith(("依据", "根据", "依照", "按照"))
            document = name if is_named(name) and rules and _is_provision_document(name) else ""
        elif not document or _is_heading(text) or _asks(text):
            document = ""
        elif narrative[i] and not any(m in text for m in modals):
            continue  # 有些職業被排除在外: told as an event, no rule stated; the provisions after it go on
        else:
            resolved[i] = [document, PROVISION_CARRIED]


def _speaks_as_a_side(text: str) -> bool:
    """杨洁篪表示，… ⏎ 中方愿继续支持莫方…: a sentence that opens with a country as a side (``speaking_side`` in
    claim_cues.tsv) goes on with what the person speaking for it says; the side is no new actor."""
    return text.lstrip().startswith(_words("speaking_side"))


def _asks(text: str) -> bool:
    """你相信上帝吗？: a question, nobody's statement."""
    return text.rstrip("”」’\"' ").endswith(("？", "?"))


def _first_person_outside_quotes(text: str) -> bool:
    return re.search(r"(?<!自)我们?", _QUOTED.sub("", text)) is not None


# 財新網, 北京日報App, 中央社, 凤凰卫视: a news outlet's name ends in what it is (simplified); not 台 alone (中央气象台
# forecasts, and its forecast carries by its own rule).
_OUTLET_NAME = re.compile(r"(?:网|报|社|电视台|电台|卫视|App|APP|新闻)$")


def _is_outlet(name: str) -> bool:
    return _OUTLET_NAME.search(to_simplified(name)) is not None


def _is_document(name: str) -> bool:
    """初步调查报告, 《国九条》: a source that is a document (a ``document_head`` of two characters or more)."""
    return name.endswith(tuple(h for h in _words("document_head") if len(h) >= 2 or h == "》"))


@lexicon.cached
def _trial_found() -> re.Pattern:
    """经审理查明：…, 经审理认为，…: what a trial found, told without the court that tried the case (a verdict's report;
    the openings are ``trial_found``), before a comma or colon."""
    return re.compile(r"^\s*(?:" + "|".join(map(re.escape, _words("trial_found"))) + r")[：:，,]")


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
                  for name in [resolved[j][0], *actors[j]] if name.endswith(_words("judging_body")) and len(name) > 2]
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
                    _is_heading(texts[j]) or narrative[j] or _asks(texts[j]) or texts[j].rstrip().endswith(("！", "!"))):
                break
            resolved[j] = [speaker, "source:lead-in carried"]


def _carry_quotes(texts, para_ids, depths: list[int], resolved, people: frozenset[str]):
    speaker = ""
    for i, text in enumerate(texts):
        if depths[i] == 0:
            opens = any(c in text for c in _OPEN_QUOTES)
            introduced = (i > 0 and text.lstrip().startswith(tuple(_OPEN_QUOTES)) and resolved[i - 1][0]
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
        if not (i > 0 and own_sources[i] and texts[i - 1].rstrip().endswith(tuple(_CLOSE_QUOTES))):
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
        while j >= 0 and (not resolved[j][0] or not _has_quote_mark(texts[j]) and not _names_an_actor(resolved[j][0])) \
                and (para_ids[j] in near or not _has_quote_mark(texts[j]) or texts[j].lstrip()[:1] in _OPEN_QUOTES):
            quoted.append(j)
            if any(c in texts[j] for c in _OPEN_QUOTES):
                if texts[j].lstrip()[:1] not in _OPEN_QUOTES and name not in texts[j]:
                    quoted = []  # 而总统府事后回应，“…” ⏎ 紧接着吴钊燮…表示: a quote its own sentence leads into
                break
            j -= 1
        if quoted and para_ids[quoted[-1]] not in near and texts[quoted[-1]].lstrip()[:1] not in _OPEN_QUOTES:
            quoted = [k for k in quoted if para_ids[k] in near]  # no opening quote found further back
        if quoted and j >= 0 and j != quoted[-1] and resolved[j][0] and any(c in texts[j] for c in _OPEN_QUOTES):
            continue  # SEC的命令显示：“… ⏎ …”: the quote was opened by a speaker of its own
        for j in quoted:
            resolved[j] = [resolved[i][0], SPEAKER_AFTER_QUOTE]


def _closing_mark(text: str, depth: int) -> int | None:
    """Where, in a sentence that starts ``depth`` quotes deep, the quote it started in closes; None when it
    does not close in the sentence."""
    for at, ch in enumerate(text):
        depth += (ch in _OPEN_QUOTES) - (ch in _CLOSE_QUOTES)
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
        if resolved[first][0] or texts[first].lstrip()[:1] not in _OPEN_QUOTES:
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
    speakers = {name for name, _ in resolved if is_named(name) and _names_a_person(name)}
    i = 0
    while i < len(texts):
        end = _quote_block_end(texts, resolved, i)
        if end is None:
            i += 1
            continue
        after = end + 1 if end + 1 < len(texts) and not _is_heading(texts[end + 1]) else None
        people_after = [a for a in (actors[after] if after is not None else ()) if _names_a_person(a)]
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
        if ch not in _OPEN_QUOTES:
            continue
        if body[:at].rstrip()[-1:] not in ("，", ",", "：", ":"):
            continue  # 印有“我不愿让你一个人”的黑色T恤: quoted words inside the clause
        depth, close = 0, None
        for k in range(at, len(body)):
            depth += (body[k] in _OPEN_QUOTES) - (body[k] in _CLOSE_QUOTES)
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
    contrasts = set(_words("contrast_opening"))
    for k, (word, tag, _) in enumerate(tokens):
        depth += sum(c in _OPEN_QUOTES for c in word) - sum(c in _CLOSE_QUOTES for c in word)
        if depth > 0 or word[:1] in _CLOSE_QUOTES:
            continue
        if re.fullmatch(r"[，,；;：:]+", word):
            clause_start = k + 1
            continue
        contrast = clause_start < k and tokens[clause_start][0] in contrasts  # 但范家发…, not 如果李女士…
        before = tokens[clause_start + contrast:k]
        opens = all(t.startswith(_DESCRIPTION_TAGS) or _is_title(w) for w, t, _ in before) \
            and sum(len(w) for w, _, _ in before) <= SUBJECT_DESCRIPTION_MAX_CHARS
        if tag.startswith("v") and (word in say_verbs or word[-1:] in _ONE_CHARACTER_SAYING):
            return ""  # 通报指，马兴瑞“…”, 报告直指，…「…」, …陈姣伶曾在采访中提到: a say-verb no cue could read
        if word in _ONE_PERSON_PRONOUNS:
            if opens:
                found.append(word)
        elif (word in people or tag.startswith(persons.PERSON_TAGS) and len(word) >= 2) and _has_a_surname(word):
            if k + 1 < len(tokens) and tokens[k + 1][0] == "的":
                return ""  # 苏轼的诗又一次给出了精妙的启示：“…”: the person's work speaks, not the person
            if opens:
                found.append(word)
            elif word not in found:
                return ""  # 为张剑虹打气: a second person, the one spoken to or about
    names = {_without_glued_adverb(w) for w in found if w not in _ONE_PERSON_PRONOUNS}
    return names.pop() if len(names) == 1 else found[0] if found and not names else ""


# The one-character say-verbs jieba glues into a longer verb (直指, 直说, 又称).
_ONE_CHARACTER_SAYING = frozenset("说称指道")


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
    speakers = {name for name, _ in resolved if is_named(name) and _names_a_person(name)}
    names = {bare for name, _ in resolved if is_named(name) for bare in {name, name.rsplit("的", 1)[-1]}  # 带队的老钱
             if _is_person(bare, people) or 2 <= len(bare) <= LABEL_NAME_MAX_CHARS and not _no_person(bare)
             and not _is_place(bare)}
    for i, text in enumerate(texts):
        if resolved[i][0] or (at := _speech_at_the_end(text)) is None:
            continue
        head = text[:at]
        tokens = _tokens_with_offsets(head)
        known = {a for a in actors[i] if _names_a_person(a) and a in head} | {s for s in names if s in head}
        subject = _speaking_subject(_with_names_joined(tokens, known), known, _say_verb_set())
        if subject in _ONE_PERSON_PRONOUNS:
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
    people = [a for a in actors[i - 1] if _names_a_person(a)]
    return people[0] if len(set(people)) == 1 and texts[i - 1].lstrip().startswith(people[0]) else ""


def _quote_block_end(texts, resolved, i: int) -> int | None:
    """The last sentence of a quotation that starts at sentence ``i`` and is whole sentences (opens the
    sentence, closes at the end of one), with no source given; None when there is none."""
    if texts[i].lstrip()[:1] not in _OPEN_QUOTES or resolved[i][0]:
        return None
    depth = 0
    for k in range(i, len(texts)):
        if resolved[k][0]:
            return None
        text = texts[k].rstrip()
        for at, ch in enumerate(text):
            depth += (ch in _OPEN_QUOTES) - (ch in _CLOSE_QUOTES)
            if ch in _CLOSE_QUOTES and depth <= 0:  # closed at the end of a sentence, not a quoted heading (“值得提名诺贝尔奖”)
                # nor quoted words the sentence goes on from (“赶走”安卓意味着“回到解放前”？, a subhead)
                closed = at >= len(text) - 2
                return k if closed and not _is_heading(texts[k]) else None
    return None


def _is_heading(text: str) -> bool:
    return not text.rstrip("”」』’\"' ）)").endswith(_END_MARKS)


def _speaks_elsewhere(name: str, speakers: set[str]) -> bool:
    """彭宝淦, a speaker the article quotes by name elsewhere (武警总医院…所长彭宝淦说): jieba also tags 支付宝 or
    亚甲蓝 as a person's name, and these are never a speaker."""
    return _names_a_person(name) and any(name in speaker for speaker in speakers)


def _person_before(texts, actors, resolved, i: int, speakers: set[str]) -> str:
    """The person named last in the few sentences before sentence ``i`` (a named source first, then the
    persons a sentence names who speak elsewhere in the article), not across a heading."""
    for j in range(i - 1, max(-1, i - 1 - QUOTE_SPEAKER_REACH), -1):
        if _is_heading(texts[j]):
            return ""
        source = resolved[j][0].split("; ")[0]
        if is_named(source) and _names_a_person(source):
            return source
        people = [a for a in actors[j] if _speaks_elsewhere(a, speakers)]
        if people and texts[j].lstrip()[:1] not in _OPEN_QUOTES:
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
    if not lead or not lead["what"].rstrip().endswith(_words("whole_text_kind")):
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
    kinds = tuple(_words("whole_text_kind"))
    who, start = "", 0
    for i, text in enumerate(texts[:SPEECH_OPENING_REACH]):
        if (m := _SPEECH_OPENING_LINE.search(text)) and _names_a_person(m["who"]):
            who, start = m["who"], i + 1
            break
    head = _SPEECH_RECORD_TITLE.match(title or "")
    if not who and head and head["what"].endswith(kinds) and all(
            tag.startswith("nr") for _, tag in segment.cut_pos(head["who"])):
        who = head["who"]
    if not who or not any(_FIRST_PERSON_SPEAKER.search(_QUOTED.sub("", t)) for t in texts[start:]):
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
    fields = "|".join(map(re.escape, _words("profile_name_field")))
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
        if not any(_FIRST_PERSON.search(_QUOTED.sub("", text)) for text in texts[card + 1:end]):
            continue
        for i in range(card, end):
            if i == card or not _is_heading(texts[i]) and not own_sources[i]:
                resolved[i] = [name, PROFILE_ACCOUNT]


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
    titles = [re.compile(e.cue) for e in _entries("document_title")]
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
        if opens_paragraph and (_is_heading(text) or _LIST_MARKER.match(text) or resolved[i][0]):
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
    while first > 0 and texts[first].lstrip()[:1] not in _OPEN_QUOTES and para_ids[first - 1] == para_ids[last]:
        first -= 1
    whole_paragraph = first > 0 and para_ids[first - 1] != para_ids[first] and texts[first].lstrip()[:1] in _OPEN_QUOTES
    before = own_sources[first - 1] if first > 0 and (para_ids[first - 1] == para_ids[first] or whole_paragraph) else ""
    return is_named(before) and _names_a_person(before)  # (data shown by 中国指数研究院 say no quote)


def _has_quote_mark(text: str) -> bool:
    return any(c in text for c in _OPEN_QUOTES + _CLOSE_QUOTES)


def _as_written(name: str, own: int, texts_zhs: list[str], texts: list[str]) -> str:
    """A source found in the simplified copy, spelled as the article writes it (食藥署, not 食药署): the
    same span of the original sentence, looked up in the sentence itself first, then anywhere (a
    carried or resolved source). The simplified copy is converted character by character."""
    # chain, not [own] + list(range(...)): that list of every sentence was built for each source of each sentence.
    for i in itertools.chain((own,), range(len(texts))):
        at = texts_zhs[i].find(name)
        if at >= 0 and len(texts_zhs[i]) == len(texts[i]):
            return texts[i][at:at + len(name)]
    return name


def _says_in_first_person(text: str) -> bool:
    """我认为…, 我也建议…, 我们相信…: the speaker states their own view with a say-verb."""
    verbs = "|".join(map(re.escape, _words("say_verb")))
    return re.search(rf"我们?[也还则就都]?(?:{verbs})", _QUOTED.sub("", text)) is not None


def _cited_actors(tags: list[ClaimTag]) -> CitedActors:
    """The persons and organisations an article cites by name (龙湖 in 龙湖方面对外回应称): a sentence
    elsewhere that names one names a specific actor, though jieba does not tag it."""
    names = [name for tag in tags for name in tag.source.split("; ") if is_named(name) and not _is_referring(name)]
    # 易居研究院智库中心研究总监严跃进(分析认为) → 严跃进, the person the titled source names, who speaks alone later
    # (严跃进认为，…) though jieba cuts the name into words of no name's tag (严/a 跃进/v, fresh26 820)
    titled = [m["name"] for name in names if (m := _titled_name().fullmatch(name))]
    return CitedActors(name for name in names + titled if 2 <= len(name) <= 12)


# A caption paragraph this long (one sentence) is told as prose, not as a caption.
PROSE_CAPTION_MIN_CHARS = 40


def _analysed(sentences: pd.DataFrame) -> pd.Series:
    """Which sentences are claims: the body, and caption paragraphs that are prose the loader took for a
    caption because an image stands before each item of a round-up (● 昨日，周至警方已将王某刑事拘留。任某
    的奶奶表示…): every sentence ends with an end mark, none names a photo credit or a picture
    (``caption_credit`` in claim_cues.tsv: 摄, 图为, 来源, 法新社）), and there are two sentences or one long one.
    A real caption ends with its credit or without an end mark (1960 年广州的国庆猪肉票)."""
    body = sentences["role"] == "body"
    prose_ids = []
    for para_id, para in sentences[sentences["role"] == "caption"].groupby("para_id"):
        texts = [t.strip() for t in para["text"]]
        ended = all(t.rstrip("”」’\"' ）)").endswith(_END_MARKS) for t in texts)
        credited = any(cue in t for t in texts for cue in _words("caption_credit"))
        if ended and not credited and (len(texts) >= 2 or len(texts[0]) >= PROSE_CAPTION_MIN_CHARS):
            prose_ids.append(para_id)
    return body | (sentences["role"] == "caption") & sentences["para_id"].isin(prose_ids)


_SMALL_COLON = str.maketrans({"﹕": "：", "︰": "："})


# \\n　　環球晶表示，…: a sentence that opens on a line break a JSON or CSV dump wrote out as an escape.
_OPENS_ON_ESCAPED_BREAK = re.compile(rf"^\s*{_ESCAPED_LINE_BREAK}")


def _paragraphs_at_escaped_breaks(texts: list[str], para_ids: list[int]) -> list[int]:
    """The paragraphs the sources are carried in: the loader's, each also broken where a sentence opens on an escaped
    line break (a record's body field whose paragraphs are joined by the two characters \\ and n, fresh22 723's
    dump, fresh14 483's text file): a new paragraph there stops a carry and lets a speaker open one, as a real break
    does. The ids stay increasing in reading order."""
    ids, current = [], -1
    for i, (text, para_id) in enumerate(zip(texts, para_ids)):
        if i == 0 or para_id != para_ids[i - 1] or _OPENS_ON_ESCAPED_BREAK.match(text):
            current += 1
        ids.append(current)
    return ids


def claims_table(sentences: pd.DataFrame, quantities: pd.DataFrame, meta: dict | None = None) -> pd.DataFrame:
    """One row per body sentence (columns in the module docstring). From the article's ``meta``: the
    byline's ``author`` is the source of the writer's own first-person account, and a reporter of the
    ``outlet`` itself is no source."""
    meta = meta or {}
    rows, actors, texts_zhs, narrative, forecast = [], [], [], [], []
    # Hong Kong typesetting writes the colon small (汪﹕…, 又續稱﹕「…」): read as the full-width colon the cues know,
    # one character for one, so every span stays where it is in the text.
    body = [sent._replace(text_zhs=sent.text_zhs.translate(_SMALL_COLON))
            for sent in sentences[_analysed(sentences)].itertuples(index=False)]
    # Each sentence's figures and their ids, in one pass over the quantities table.
    figures_of: dict[int, list[Quantity]] = {sent.sent_id: [] for sent in body}
    q_ids_of: dict[int, list[str]] = {sent.sent_id: [] for sent in body}
    for r in quantities.itertuples(index=False):
        if r.sent_id in figures_of:
            figures_of[r.sent_id].append(Quantity(r.start, r.end, r.kind, r.value, r.unit))  # 字 after a quote: counts_the_quote
            q_ids_of[r.sent_id].append(str(r.q_id))
    tags = [tag_sentence(sent.text_zhs, figures_of[sent.sent_id]) for sent in body]
    known = _cited_actors(tags)
    for sent, tag in zip(body, tags):
        if tag.score < 1 and known.named_in(sent.text_zhs):  # 龙湖方面并未给出…: an actor cited elsewhere
            tag = tag_sentence(sent.text_zhs, figures_of[sent.sent_id], known)
        cited = "; ".join(n for n in tag.source.split("; ") if not _own_reporting(n, meta.get("outlet")))
        rows.append({
            "para_id": sent.para_id, "sent_id": sent.sent_id, "text": sent.text,
            "checkworthy": tag.checkworthy, "score": tag.score, "types": ";".join(tag.types),
            "source": cited, "q_ids": ";".join(q_ids_of[sent.sent_id]),
            "cues": "; ".join(c for c in (cues_text(tag.cues), narration(tag.types, tag.shape)) if c),
        })
        actors.append(tag.actors)
        narrative.append(tag.narrative)
        forecast.append(any(w in sent.text_zhs for w in _words("forecast_word")))  # 预计, 预报: not any 将
        texts_zhs.append(sent.text_zhs)
    texts = [r["text"] for r in rows]
    actors = _without_organisation_heads(actors)
    # 李新正这么想 → 李新: a name with an adverb glued to it is the name the article also writes alone (李新看到…)
    glued = persons.recurring_names([a for names in actors for a in names] + [r["source"] for r in rows])
    # 杨恒/nr 均/d 曾在… → 杨恒均: a name cut before a character jieba reads as an adverb, always there
    glued |= persons.names_cut_short([a for names in actors for a in names] + [r["source"] for r in rows],
                                     "".join(texts_zhs))
    actors = [tuple(dict.fromkeys(glued.get(a, a) for a in names)) for names in actors]
    for row in rows:
        row["source"] = "; ".join(glued.get(n, n) for n in row["source"].split("; ")) if row["source"] else ""
    resolved = resolve_sources(texts_zhs, _paragraphs_at_escaped_breaks(texts_zhs, [r["para_id"] for r in rows]),
                               [r["source"] for r in rows], actors,
                               meta.get("author") or "", narrative, forecast, meta.get("title") or "",
                               own_outlet=bool(meta.get("author")) and meta["author"] in (meta.get("outlet") or ""))
    for k, (row, (source, how)) in enumerate(zip(rows, resolved)):
        asks = _asks(row["text"])  # a quoted question states nothing
        own_view = how == ANSWER_CARRIED and _says_in_first_person(texts_zhs[k])
        # a person's text given in full (a deputy's proposals, a speech) is that person's statements, as a quote is; a
        # body's or a document's (a notice's 各级党组织要…, fresh9 348; a code's articles, fresh22 703) is judged on its
        # content: the seen and fresh22 gold disagree on its directives
        persons_text = how == WHOLE_TEXT_CARRIED and _names_a_person(source)
        if (how in (QUOTE_CARRIED, SPEAKER_AFTER_QUOTE, DIGEST_ITEM, COURT_REASONING) or own_view or persons_text) \
                and is_named(source) and not row["checkworthy"] and not asks:
            # words quoted from a named speaker, an interviewee's 我认为 / 我建议, a digest item's figures or
            # events an outlet reported, a court's reasoning (对姚刚所犯…应依法数罪并罚): that the speaker said them
            # can be checked (the rest of an answer is judged on its content; a digest headline's exclamation,
            # 行业巨震！, is rhetoric)
            tells = (narrative[k] or row["q_ids"] or _TELLING_TYPES & set(row["types"].split(";"))
                     or _says_in_first_person(texts_zhs[k]))  # 我认为…: the speaker's stated view
            bonus = QUOTED_SPEECH_BONUS if tells else QUOTED_REMARK_BONUS if how != DIGEST_ITEM else 0
            row["score"] = round(min(1.0, row["score"] + bonus), 3)
            row["checkworthy"] = row["score"] >= CHECKWORTHY_FROM
        row["source"] = "; ".join(_as_written(name, k, texts_zhs, texts) if is_named(name) else name
                                  for name in source.split("; ")) if source else ""
        row["cues"] = "; ".join(c for c in (row["cues"], how) if c)
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS[1:])
    table.insert(0, "claim_id", range(len(table)))
    return io.with_types(table, {"claim_id": "int64", "para_id": "int64", "sent_id": "int64",
                                 "checkworthy": "bool", "score": "float64"})


_ROLE_NAMES = {"change_up": "rise", "change_down": "fall", "level": "level"}


def describe_figure(row, text_of_q: dict | None = None) -> str:
    """558万美元 = 5580000 USD (money, upper_bound): a figure as written and as normalised, with what a
    checker needs to see why: a change and the level it reaches (15% = 15 % (percent, rise → 120亿元)),
    and for a date whose year was inferred, the anchor used (5月6日 = 2024-05-06 (date, year from publish
    date; anchor publish date 2024-05-08))."""
    value = f"{row.value}–{row.value_high}" if row.value_high else row.value
    unit = f" {row.unit}" if row.unit else ""
    extras = [x for x in (row.kind, row.qualifier, row.note) if x]
    role = getattr(row, "role", "")
    if role:
        partner = (text_of_q or {}).get(getattr(row, "pair_q_id", ""), "")
        link = " ← " if role == "level" else " → "
        extras.append(_ROLE_NAMES[role] + (f"{link}{partner}" if partner else ""))
    if getattr(row, "anchor", ""):
        extras.append(f"anchor {row.anchor}")
    return f"{row.text} = {value}{unit} ({', '.join(extras)})"


def factcheck_table(claims: pd.DataFrame, quantities: pd.DataFrame) -> pd.DataFrame:
    """Check-worthy claims ranked by score (ties: reading order), with readable column names for Excel.
    Each figure is spelled out with its change/level pairing and, for an inferred date, its anchor."""
    worth = claims[claims["checkworthy"]].sort_values(["score", "claim_id"], ascending=[False, True], kind="stable")
    text_of_q = {str(q): text for q, text in zip(quantities["q_id"], quantities["text"])}
    # One pass over the figures: a groupby making a DataFrame per sentence took milliseconds a sentence.
    figures_of: dict = {}
    for r in quantities.itertuples(index=False):
        figures_of.setdefault(r.sent_id, []).append(describe_figure(r, text_of_q))
    by_sentence = {sid: "; ".join(figures) for sid, figures in figures_of.items()}
    return pd.DataFrame({
        "排序 Rank": range(1, len(worth) + 1),
        "分数 Score": worth["score"].to_numpy(),
        "论断 Claim": worth["text"].to_numpy(),
        "数字 Figures": [by_sentence.get(s, "") for s in worth["sent_id"]],
        "来源 Source": worth["source"].to_numpy(),
        "类型 Types": worth["types"].to_numpy(),
        "线索 Cues": worth["cues"].to_numpy(),
        "段落 Paragraph": worth["para_id"].to_numpy(),
        "句子 Sentence": worth["sent_id"].to_numpy(),
        "核查结果 Verdict": "",
        "备注 Notes": "",
    })


@reuses_fresh_tables
def run(ctx) -> dict[str, pd.DataFrame]:
    """Read sentences and meta from the run folder of ``ctx`` (a :class:`zhnews.stages.RunContext`, with
    the article's new words installed); write quantities, claims and factcheck."""
    out_dir, meta = ctx.out, ctx.meta
    sentences = io.read_table(out_dir, "sentences")
    quantities = quantities_table(sentences, meta.get("publish_date"),
                                  publish_date_source=meta.get("publish_date_source"))
    claims = claims_table(sentences, quantities, meta)
    tables = {"quantities": quantities, "claims": claims, "factcheck": factcheck_table(claims, quantities)}
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables
