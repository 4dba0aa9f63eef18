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
  alone (邵说) is the person named last before with that surname, whatever jieba tags it (張/q 感觸地說), and a
  sentence it opens goes on with that person's words as one opening with 他 does (沈上前壓著被告…, see
  ``persons.surname_references``); a label before a colon that names a person,
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

The stage in modules, each reading what the one before gives: :mod:`.quantities` (the figures),
:mod:`.cues` (one sentence's cues and its source made clean), :mod:`.checkworthy` (a sentence's shape and
score), :mod:`.attribution` (sources across sentences), :mod:`.persons` (what reads as a person's name);
this module builds the tables. Charts and the highlighted article are in :mod:`zhnews.viz.claims`.
"""

from __future__ import annotations

import re

import pandas as pd

from .. import io
from ..stages import reuses_fresh_tables
from . import persons
# Besides what run() needs, the package offers what notebooks, charts, scripts and bench scripts call as
# claims.<name> (CLAIM_TYPES, act_verbs, find_cues); the modules below are where each is written.
from .quantities import Quantity, quantities_table
from .cues import (
    CLAIM_TYPES, END_MARKS, act_verbs, cue_words, find_cues, is_named, is_referring, names_a_person, own_reporting,
    say_verb_set, titled_name,
)
from .checkworthy import CHECKWORTHY_FROM, CitedActors, ClaimTag, narration, tag_sentence
from .attribution import (
    ANSWER_CARRIED, COURT_REASONING, DIGEST_ITEM, ESCAPED_LINE_BREAK, NAMED_SECTION, QUOTED_REMARK_BONUS,
    QUOTED_SPEECH_BONUS, QUOTE_CARRIED, SPEAKER_AFTER_QUOTE, TELLING_TYPES, WHOLE_TEXT_CARRIED, as_written, cues_text,
    is_question, resolve_sources, says_in_first_person, without_organisation_heads,
)


CLAIM_COLUMNS = ["claim_id", "para_id", "sent_id", "text", "checkworthy", "score", "types", "source",
                 "q_ids", "cues"]


def _cited_actors(tags: list[ClaimTag]) -> CitedActors:
    """The persons and organisations an article cites by name (龙湖 in 龙湖方面对外回应称): a sentence
    elsewhere that names one names a specific actor, though jieba does not tag it."""
    names = [name for tag in tags for name in tag.source.split("; ") if is_named(name) and not is_referring(name)]
    # 易居研究院智库中心研究总监严跃进(分析认为) → 严跃进, the person the titled source names, who speaks alone later
    # (严跃进认为，…) though jieba cuts the name into words of no name's tag (严/a 跃进/v, fresh26 820)
    titled = [m["name"] for name in names if (m := titled_name().fullmatch(name))]
    return CitedActors((name for name in names + titled if 2 <= len(name) <= 12),
                       people=(a for tag in tags for a in tag.actors))


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
        ended = all(t.rstrip("”」’\"' ）)").endswith(END_MARKS) for t in texts)
        credited = any(cue in t for t in texts for cue in cue_words("caption_credit"))
        if ended and not credited and (len(texts) >= 2 or len(texts[0]) >= PROSE_CAPTION_MIN_CHARS):
            prose_ids.append(para_id)
    return body | (sentences["role"] == "caption") & sentences["para_id"].isin(prose_ids)


_SMALL_COLON = str.maketrans({"﹕": "：", "︰": "："})


# \\n　　環球晶表示，…: a sentence that opens on a line break a JSON or CSV dump wrote out as an escape.
_OPENS_ON_ESCAPED_BREAK = re.compile(rf"^\s*{ESCAPED_LINE_BREAK}")


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
        # 龙湖方面并未给出…: an actor cited elsewhere; 沈上前…: a person named before, called back by surname
        if tag.score < 1 and (known.named_in(sent.text_zhs) or known.called_back_in(sent.text_zhs)):
            tag = tag_sentence(sent.text_zhs, figures_of[sent.sent_id], known)
        cited = "; ".join(n for n in tag.source.split("; ") if not own_reporting(n, meta.get("outlet")))
        rows.append({
            "para_id": sent.para_id, "sent_id": sent.sent_id, "text": sent.text,
            "checkworthy": tag.checkworthy, "score": tag.score, "types": ";".join(tag.types),
            "source": cited, "q_ids": ";".join(q_ids_of[sent.sent_id]),
            "cues": "; ".join(c for c in (cues_text(tag.cues), narration(tag.types, tag.shape)) if c),
        })
        actors.append(tag.actors)
        narrative.append(tag.narrative)
        forecast.append(any(w in sent.text_zhs for w in cue_words("forecast_word")))  # 预计, 预报: not any 将
        texts_zhs.append(sent.text_zhs)
    texts = [r["text"] for r in rows]
    actors = without_organisation_heads(actors)
    # 李新正这么想 → 李新: a name with an adverb glued to it is the name the article also writes alone (李新看到…)
    glued = persons.recurring_names([a for names in actors for a in names] + [r["source"] for r in rows])
    # 杨恒/nr 均/d 曾在… → 杨恒均: a name cut before a character jieba reads as an adverb, always there
    glued |= persons.names_cut_short([a for names in actors for a in names] + [r["source"] for r in rows],
                                     "".join(texts_zhs))
    # 張家/朗個人賽 → 張家朗: a name jieba cut out of a longer name the article writes every time
    glued |= persons.names_cut_from_longer([a for names in actors for a in names] + [r["source"] for r in rows],
                                           "".join(texts_zhs), say_verb_set())
    actors = [tuple(dict.fromkeys(glued.get(a, a) for a in names)) for names in actors]
    for row in rows:
        row["source"] = "; ".join(glued.get(n, n) for n in row["source"].split("; ")) if row["source"] else ""
    resolved = resolve_sources(texts_zhs, _paragraphs_at_escaped_breaks(texts_zhs, [r["para_id"] for r in rows]),
                               [r["source"] for r in rows], actors,
                               meta.get("author") or "", narrative, forecast, meta.get("title") or "",
                               own_outlet=bool(meta.get("author")) and meta["author"] in (meta.get("outlet") or ""))
    for k, (row, (source, how)) in enumerate(zip(rows, resolved)):
        asks = is_question(row["text"])  # a quoted question states nothing
        own_view = how == ANSWER_CARRIED and says_in_first_person(texts_zhs[k])
        # a person's text given in full (a deputy's proposals, a speech) is that person's statements, as a quote is; a
        # body's or a document's (a notice's 各级党组织要…, fresh9 348; a code's articles, fresh22 703) is judged on its
        # content: the seen and fresh22 gold disagree on its directives
        persons_text = how == WHOLE_TEXT_CARRIED and names_a_person(source)
        if (how in (QUOTE_CARRIED, SPEAKER_AFTER_QUOTE, DIGEST_ITEM, COURT_REASONING, NAMED_SECTION)
                or own_view or persons_text) \
                and is_named(source) and not row["checkworthy"] and not asks:
            # words quoted from a named speaker, an interviewee's 我认为 / 我建议, a digest item's figures or
            # events an outlet reported, a court's reasoning (对姚刚所犯…应依法数罪并罚): that the speaker said them
            # can be checked (the rest of an answer is judged on its content; a digest headline's exclamation,
            # 行业巨震！, is rhetoric)
            tells = (narrative[k] or row["q_ids"] or TELLING_TYPES & set(row["types"].split(";"))
                     or says_in_first_person(texts_zhs[k]))  # 我认为…: the speaker's stated view
            bonus = QUOTED_SPEECH_BONUS if tells else QUOTED_REMARK_BONUS if how != DIGEST_ITEM else 0
            row["score"] = round(min(1.0, row["score"] + bonus), 3)
            row["checkworthy"] = row["score"] >= CHECKWORTHY_FROM
        row["source"] = "; ".join(as_written(name, k, texts_zhs, texts) if is_named(name) else name
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
