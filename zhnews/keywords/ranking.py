"""The ranking: phrases and words weighed together, one slot per concept (a phrase and its head word do not both
take one), and the ``keywords`` table's rows for the whole article and each paragraph.
"""

from __future__ import annotations

import re
from itertools import islice

import pandas as pd

from .. import io, segment
from . import newwords
from .tokens import ORG_SUFFIXES, PERSON_TAGS, as_written_in, content_counts, display_forms, tokenize
from .scoring import combined_weights, news_idf, news_share, phrase_tfidf, textrank_weights, tfidf_weights
from .phrases import (
    INSTITUTION_TAGS, MIN_PHRASE_COUNT, NAME_TAGS, byline_test, candidate_weight, is_name_like, keyphrase_weights,
    leading_strings, name_ending_words, office_of, phrase_of_parts, verb_object,
)


METHODS = ("tfidf", "textrank", "keyphrase", "combined")
WHOLE_ARTICLE_TOP = 50
PER_PARAGRAPH_TOP = 5
WINDOW_OVERLAP_TOKENS = 2  # tokens two phrases share end to start when they are windows of one run
# A phrase around a top word takes its slot (_whole_phrase) when written this many times, holding this share of the
# word's occurrences and weighing this share of the word. Over the twelve seen splits 0.8 / 0.2 / 3 gained 7 tags and lost
# no split; a count of 2 lost tune 4, a weight share of 0.7 lost tune 4, 0.9 gained 2.
WHOLE_PHRASE_MIN_COUNT = 3
WHOLE_PHRASE_PART_SHARE = 0.2
WHOLE_PHRASE_WEIGHT_SHARE = 0.8
# A phrase led by a plain word gives its slot to the name it ends in (_held_name) when the article says the name this many
# times as often as the phrase. Round 19, the sixteen tune splits (tune, test, fresh … fresh14), combined P@10: 2 gained 6 tags
# of 3,060 (tune +3, fresh8 +2, fresh10 +1) and lost none; 1.5 and 1.75 lost a split one or two tags, 2.5 and 3 gained 2 and 1.
HELD_NAME_RATIO = 2.0
# Single characters that close a name jieba leaves as a token of their own: an organisation's (工信 + 部, 国库 + 署,
# 信息化 + 厅) and an offence's (公共 + 危险 + 罪, the name a law gives it); any other single character closes no phrase.
# What a doctrine named after its founder ends in (李森科主义, 凯恩斯主义, 米丘林理论, 达尔文学说): the person and the
# doctrine are two keywords (_repeats).
DOCTRINE_SUFFIXES = ("主义", "理论", "学说", "学派", "思想")
# Words that turn a name into the same name's full form (龙湖 → 龙湖集团, 武汉 → 武汉市): not a second tag.
NAME_ENDINGS = frozenset(ORG_SUFFIXES + ("科技", "股份", "控股", "有限公司", "汽车", "省", "市", "县", "区", "镇", "村"))

KEYWORD_COLUMNS = ["keyword", "weight", "method", "rank", "para_id", "count", "reason"]


def select_without_overlap(weights: dict[str, float], top: int, phrases: dict | None = None) -> list[str]:
    """The ``top`` keys by weight, skipping any key that repeats one already chosen (:func:`_repeats`).

    ``phrases`` (key → :class:`Keyphrase`) tells which keys are names; without it any key inside
    another repeats it. On equal weights the longer key goes first: a phrase that took over its
    part's weight wins the slot. A recurring phrase around a chosen key and nearly as heavy takes the
    key's slot (:func:`_whole_phrase`); a phrase that is one context of a name said far more often on its
    own gives the slot to the name (:func:`_held_name`).
    """
    return list(slot_weights(weights, top, phrases))


def slot_weights(weights: dict[str, float], top: int, phrases: dict | None = None) -> dict[str, float]:
    """The keys :func:`select_without_overlap` chooses, in its order, each with the weight of the slot it fills: its
    own, or that of the heavier key whose slot it took (a whole phrase for its part, a name for the phrase around it),
    so that ordering the keywords by weight keeps the choice (高考报名 in 高考's place, above 网上报名, not below it).
    Round 19, the sixteen tune splits, combined P@10: slot weights gained a tag in six articles of six source
    repositories, where the key that took a slot fell below the tenth by its own weight (高考报名 under 网上报名,
    香港旅游业 under 旅游业服务监管), and lost one in one (fresh4); pooled 1499 -> 1504 of 3,060."""
    phrases = phrases or {}
    chosen: dict[str, float] = {}
    for _, _, key in sorted((-round(w, 6), -len(k), k) for k, w in weights.items()):
        if key in chosen or any(_repeats(key, other, phrases) for other in chosen):
            continue
        taken = (_whole_phrase(key, weights, phrases, list(chosen)) or _held_name(key, phrases, list(chosen))
                 or _said_object(key, phrases, list(chosen)) or key)
        chosen[taken] = max(weights[taken], weights[key])
        if len(chosen) == top:
            break
    return chosen


def _whole_phrase(key: str, weights: dict[str, float], phrases: dict, chosen: list[str]) -> str | None:
    """The heaviest phrase that takes ``key``'s slot: one holding it (AI芯片 for AI, 无偿献血 for 献血, 中兴通讯 for 中兴),
    written WHOLE_PHRASE_MIN_COUNT times or more, holding WHOLE_PHRASE_PART_SHARE of the key's occurrences and
    weighing WHOLE_PHRASE_WEIGHT_SHARE of it, that repeats no key already chosen; None when there is none.
    The part outranks such a phrase only because it is also said alone; the editors tag the whole more often
    (bench/eval_keywords.py --diagnose, round 12: of the top-10 words with a longer candidate around them, the
    phrase was the tag and the word not in 65 pairs, the word and not the phrase in 130, mostly phrases seen twice
    or far lighter than the word, which these bounds leave out). Round 14, all fourteen seen splits (270 articles),
    each top-10 word against every candidate holding it: the word alone was the tag in 342 pairs, the phrase alone
    in 102, both in 166; when the word is said mostly inside the phrase (under half of it outside, phrase said 3+
    times) the phrase alone wins 12 to 2. Replacing the word in that case too, or moving these bounds (phrase count
    2-4, weight share 0.6-1.0), changed pooled hits by -50 to +6 of 2,700, no setting better on every split: the
    bounds stay."""
    if key not in phrases:
        return None
    part = phrases[key]
    wholes = [
        other for other, phrase in phrases.items()
        if key in other and other != key and other in weights
        and phrase.count >= max(WHOLE_PHRASE_MIN_COUNT, WHOLE_PHRASE_PART_SHARE * part.count)
        and weights[other] >= WHOLE_PHRASE_WEIGHT_SHARE * weights[key]
        and _repeats(key, other, phrases) and not any(_repeats(other, taken, phrases) for taken in chosen)
        and not office_of(other, key)  # the organisation takes its office's slot (_held_name), never the other way
        and verb_object(phrase.parts, phrase.tags) != key  # nor does 安装油水分离器 take 油水分离器's (_said_object)
    ]
    return max(wholes, key=lambda other: (round(weights[other], 6), len(other), other), default=None)


def _held_name(key: str, phrases: dict, chosen: list[str]) -> str | None:
    """The name that takes the slot of the phrase ``key`` when the phrase is one context of it: the phrase ends in
    the name (its last tokens), starts with a word that is no name (a verb, a modifier: 保障 + 跨性别者, 借镜 + 日本,
    援引 + 中国 + 国家统计局, 园区 + 保安), and the article says the name HELD_NAME_RATIO times as often as the phrase,
    so the name is the topic and the phrase one sentence about it (the longest such name that repeats no key
    already chosen; None when there is none). A phrase led by a name (香坊区 + 税务局, 莎拉·佩林) is a fuller name and keeps its slot.
    Round 19, the sixteen tune splits: the rule moved 14 slots (14 articles of 14 source repositories); 12 of the names
    stay in the top 10 once it is ordered by weight: the name alone was the editors' tag 6 times, the phrase alone once
    (救命啊SOS), both 4 times, neither once.

    The same holds the other way round for a phrase that ends in a person's title (person_titles.txt): a name and the
    office one person holds there (娲石集团 + 党委书记, 司法院 + 秘書長, 俄羅斯 + 總統) is one context of the name it starts
    with, when the article says the name HELD_NAME_RATIO times as often. Round 21, the eighteen tune splits, combined
    P@10: pooled 1633 -> 1637 of 3,310, a tag gained in 4 articles of 4 source repositories (fresh9 352, fresh10 375,
    fresh11 395, fresh16 531), none lost."""
    phrase = phrases.get(key)
    if phrase is None or len(phrase.parts) < 2:
        return None
    names = [] if phrase.tags[0] in NAME_TAGS else [phrase_of_parts(phrase.parts[start:]) for start in range(1, len(phrase.parts))]
    if segment.fold(phrase.parts[-1]).endswith(newwords.person_titles()):
        offices = [lead for lead in leading_strings(key) if lead in phrases and office_of(key, lead)]
        names += offices + [phrase_of_parts(phrase.parts[:end]) for end in range(len(phrase.parts) - 1, 0, -1)]
    for held in names:
        name = phrases.get(held)
        if (
            name is not None and is_name_like(name)
            and (name.count >= HELD_NAME_RATIO * phrase.count or office_of(key, held))
            and not any(_repeats(held, other, phrases) for other in chosen)
        ):
            return held
    return None


def _said_object(key: str, phrases: dict, chosen: list[str]) -> str | None:
    """The object that takes the slot of the verb + object phrase ``key`` (安装油水分离器 → 油水分离器, 构建新发展格局 →
    新发展格局, 处置突发事件 → 突发事件: phrases.verb_object) when the article repeats the phrase and says the object more
    often: the phrase is one thing done with the thing. The verb only adds its IDF to the phrase's weight, and a verb
    bound to its object keeps the phrase a candidate, so the phrase outweighed what it is about. A phrase said once is a
    candidate only as a name or an indicator (统计公报 of a statistics bulletin, fresh6 275) and keeps its slot. None
    otherwise, or when the object repeats a key already chosen.
    Round 31, the 40 seen splits, combined P@10: pooled 2,808 -> 2,813 hits of 5,600: fresh8 329, fresh9 345, fresh24
    789, fresh25 804, fresh37 1044 gained the object the editors tagged and fresh8 332 卡樂 of 協助卡樂; fresh3 110 lost
    生活垃圾分类, which the fragment 实施生活垃圾 had kept in by hiding 生活垃圾 (said 19 times, twice the phrase's weight)."""
    phrase = phrases.get(key)
    held = verb_object(phrase.parts, phrase.tags) if phrase is not None else None
    if held is None or held not in phrases or phrases[held].count <= phrase.count or phrase.count < MIN_PHRASE_COUNT:
        return None
    return None if any(_repeats(held, other, phrases) for other in chosen) else held


def _repeats(key: str, other: str, phrases: dict) -> bool:
    """True when one of two keys lies inside the other or two phrases are windows of one run
    (:func:`_windows_of_one_run`), unless the shorter is a name and the longer
    the name of a place or organisation built on it (巴西 and 巴西华人协会, 武汉 and 武汉体育中心; not
    DeepSeek and DeepSeek全球爆红), not the same name's
    full form (龙湖 and 龙湖集团, 绥德 and 绥德县); the name may stand anywhere but last in the longer
    (酒驾 and 台湾酒驾防制社会关怀协会, 常德市 and 中国人民银行常德市中心支行). A phrase and its head or its modifier are one tag
    (咖啡期货 and 期货, 共享充电宝 and 共享充电宝行业). A term the writer coined in quotation marks and a
    word inside it are two tags (“中国新能源产能过剩论” and 产能过剩: the claim and the thing; “被跨省传唤”
    and 传唤; keeping the term's head out too lost a tag on fresh2)."""
    short, long = sorted((key, other), key=len)
    if short not in long:
        return short in phrases and long in phrases and _windows_of_one_run(phrases[short].parts, phrases[long].parts)
    if short not in phrases or long not in phrases:
        return True
    name, longer = phrases[short], phrases[long]
    if longer.marked and len(name.parts) == 1:
        return False
    if name.tags[-1] in PERSON_TAGS and long[len(short):] in DOCTRINE_SUFFIXES and long.startswith(short):
        return False  # 李森科 and 李森科主义 (fresh29 887): the man and the doctrine named after him, two tags
    if _named_after(short, long):
        return False  # OpenCode and oh-my-opencode (fresh31 926, 927): the tool and the plug-in made for it, two tags
    if len(name.parts) != 1 or name.tags[0] not in NAME_TAGS or name.parts[0] not in longer.parts[:-1]:
        return True
    rest = longer.parts[longer.parts.index(name.parts[0]) + 1:]
    names_an_institution = longer.parts[-1].endswith(name_ending_words()) or longer.tags[-1] in INSTITUTION_TAGS
    builds_another_name = len(rest[0]) > 1 and phrase_of_parts(rest) not in NAME_ENDINGS and names_an_institution
    return not builds_another_name


def _named_after(name: str, longer: str) -> bool:
    """Whether the Latin ``longer`` is a name that ends in the Latin ``name`` after words of its own, hyphenated
    (oh-my-opencode of OpenCode, awesome-chatgpt of ChatGPT) or spaced around a function word (Oh My OpenCode): a
    project named after the one it serves, another thing, as a plug-in and its host are. A name that ends in a version
    or an edition (COVID-19, RISC-V, DeepSeek-V3, Qwen-Max) starts with the name and stays one tag with it, and so does
    a spaced name with no function word (Google Gemini: the maker's name before the product's)."""
    hyphenated = "-" in longer
    pieces = re.split(r"[- ]", longer)
    return (
        len(pieces) > 1 and pieces[-1] == name and segment.is_latin(name)
        and any(piece.isascii() and piece.isalpha() for piece in pieces[:-1])
        and (hyphenated or any(piece in segment.stopwords() for piece in pieces[:-1]))
    )


def _windows_of_one_run(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Two phrases that overlap by WINDOW_OVERLAP_TOKENS or more tokens, the end of one being the start of the
    other (召开深入推进长三角 and 深入推进长三角一体化, 绿城物业服务集团 and 物业服务集团有限公司): two windows of one
    longer run of nouns, one tag. Two terms sharing one word (基准利率 and 利率浮动区间) stay two."""
    for a, b in ((first, second), (second, first)):
        for size in range(WINDOW_OVERLAP_TOKENS, min(len(a), len(b))):
            if a[-size:] == b[:size]:
                return True
    return False


# --- keyword tables ----------------------------------------------------------------------------


def _ranked_rows(weights: dict[str, float], method: str, top: int, forms, counts, reason, para_id=pd.NA) -> list[dict]:
    """Rows of the ``top`` keys by weight; ``reason(key)`` says why each is there."""
    # Rounded before sorting so float noise never decides a tie; ties go to the alphabetical order.
    ranked = sorted(((round(w, 6), key) for key, w in weights.items()), key=lambda item: (-item[0], item[1]))
    return [
        {
            "keyword": forms.get(key, key),
            "weight": weight,
            "method": method,
            "rank": rank,
            "para_id": para_id,
            "count": counts.get(key, 0),
            "reason": reason(key),
        }
        for rank, (weight, key) in enumerate(ranked[:top], start=1)
    ]


def _keyword_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=KEYWORD_COLUMNS)
    return io.with_types(frame, {"weight": "float64", "rank": "int64", "para_id": "Int64", "count": "int64"})


def article_keywords(
    texts: dict[int, str],
    top: int = WHOLE_ARTICLE_TOP,
    originals: dict[int, str] | None = None,
    title_ids=(),
    excluded=(),
) -> pd.DataFrame:
    """Whole-article keywords by TF-IDF, TextRank, keyphrases and their combination (para_id empty).

    ``texts`` are analysed (simplified); keywords are shown as ``originals`` write them (see
    display_forms). ``title_ids`` are the para_ids of the title; ``excluded`` are byline strings
    (author, account, outlet, folded) whose words never count.
    """
    text = "\n".join(texts.values())
    tokens = tokenize(texts)
    forms, counts = display_forms(tokens, originals), content_counts(tokens)
    tfidf, textrank = tfidf_weights(text), textrank_weights(text)
    phrases = keyphrase_weights(texts, title_ids, excluded)
    by_method = {
        "tfidf": tfidf,
        "textrank": textrank,
        "keyphrase": slot_weights({k: p.weight for k, p in phrases.items()}, top, phrases),
    }
    combined = combined_weights(phrases, tfidf)
    by_method["combined"] = slot_weights(combined, top, phrases)
    for key, phrase in phrases.items():
        if key not in forms or len(phrase.parts) > 1:
            forms[key] = phrase_of_parts([forms.get(part) or as_written_in(part, texts, originals) for part in phrase.parts])
    counts |= {key: p.count for key, p in phrases.items()}  # a phrase's own count, not added to its word's
    reasons = {
        "tfidf": _tfidf_reason,
        "textrank": lambda key: "TextRank centrality among nouns, verbs and names",
        "keyphrase": lambda key: phrases[key].reason,
        "combined": lambda key: f"{phrases[key].reason}; TF-IDF {phrase_tfidf(phrases[key].parts, tfidf):.4f}",
    }
    is_byline = byline_test(texts, excluded)
    rows = []
    for method in METHODS:
        ranked = sorted(by_method[method].items(), key=lambda item: (-round(item[1], 6), item[0]))
        weights = dict(islice(((key, w) for key, w in ranked if not is_byline(key)), top))
        rows += _ranked_rows(weights, method, top, forms, counts, reasons[method])
    return _keyword_frame(rows)


def _tfidf_reason(key: str) -> str:
    return f"news df {news_share(key):.3f} (IDF {news_idf(key):.2f})"


def paragraph_keywords(texts: dict[int, str], top: int = PER_PARAGRAPH_TOP, originals: dict[int, str] | None = None) -> pd.DataFrame:
    """The top TF-IDF keywords of each analysed paragraph (rows carry the para_id)."""
    tokens = tokenize(texts)
    forms = display_forms(tokens, originals)
    rows = []
    for pid in sorted(texts):
        weights = tfidf_weights(texts[pid])
        rows += _ranked_rows(weights, "tfidf", top, forms, content_counts({pid: tokens[pid]}), _tfidf_reason, para_id=pid)
    return _keyword_frame(rows)


def top_keywords(keywords: pd.DataFrame, n: int = 20, method: str = "combined") -> pd.DataFrame:
    """The first ``n`` whole-article keywords of one method, in rank order."""
    rows = keywords[(keywords["method"] == method) & keywords["para_id"].isna()]
    return rows.sort_values("rank", kind="mergesort").head(n).reset_index(drop=True)


def side_by_side(keywords: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """TF-IDF, TextRank and combined rankings next to each other (one row per rank)."""
    columns = {}
    for method in METHODS:
        top = top_keywords(keywords, n, method)
        columns[method] = top["keyword"]
        columns[f"{method}candidate_weight"] = top["weight"].round(3)
    table = pd.DataFrame(columns)
    table.index = pd.RangeIndex(1, len(table) + 1, name="rank")
    return table
