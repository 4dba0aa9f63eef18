"""Keywords stage: what the article is about, with names kept whole.

Approach
--------
1. Text analysed: the simplified copy (``text_zhs``) of the title, body and caption paragraphs. The
   title and captions are written by the outlet about this article, so they count; bylines, image
   credits (图｜视觉中国) and boilerplate (follow prompts, copyright, ads) never do. Markup the loader
   left in a paragraph (a feed item's tags, escaped HTML, links) is blanked, and so is a tutorial's command line
   (npm install -g …, brew install …: data/lexicon/shell_commands.txt) (:func:`paragraph_texts`); pandoc's {attribute}
   blocks and ::: fences are the loader's to remove (zhnews/load/markdown.py). An inline style's words (font-size,
   15px: tokens.is_style_markup), the words of an English title the Chinese text only quotes, and a template's repeated
   section label (PART) are no keyword candidates.
2. Segmentation: :mod:`zhnews.segment` (jieba + our dictionary). :mod:`zhnews.keywords.newwords` first finds
   the words of this article that jieba would break (梁文峰, 幻方量化, 深度求索); they are installed
   for the run and written as ``new_words`` so later stages segment the same way
   (``segment.use_run_words``).
3. Keyword candidates are content words: not in our stopword list, not numbers or punctuation, at
   least two characters (single characters carry too little meaning on their own). Latin words count
   and are case-folded (chatGPT = ChatGPT, shown in the article's most frequent casing).
   Keywords and entities are shown in the article's own script: each word found in the simplified copy
   is shown as the original text most often written at the same positions (美樹 for 美树 in a
   traditional-Chinese article). Tables written in that script are read back through
   :func:`keyword_key`, which simplifies and case-folds.
4. Words of the byline never count: the pieces of meta.json's author, account and outlet
   (:func:`byline_strings`; 财新 of 财新网, but not 香港 of 香港特约记者), the cues that label a writer's name
   (Author), and any word standing mostly next to a byline cue of ``data/lexicon/byline_cues.tsv`` (财新|记者, 来源：|安全内参)
   or labelling the questions of a Q&A interview (智能涌现：你觉得百度选错人了吗？: the outlet asks).
5. IDF is news-domain: document frequencies of a 1000-article THUCNews sample
   (``data/lexicon/news_df.tsv``, built by ``scripts/build_news_df.py``, provenance in its header),
   so words every news article uses (中国, 记者, 市场, 公司, 表示) weigh little. That is the
   generic-word suppression: measured, not listed (news IDF beat jieba's general IDF on the tune split).
   That sample has almost no Latin words: a Latin word's document share is also read from 2017-2023 news
   (``data/lexicon/news_latin_df.tsv``, ``build_news_df.py --latin``), so AI, App and CEO weigh as the news
   writes them and OpenAI, GPT stay rare (:func:`_document_count`).
6. Four rankings (``method``):
   ``tfidf``      share of the content words × news IDF;
   ``textrank``   jieba's TextRank (PageRank over a 5-word window) fed our segmentation; jieba keeps
                  only nouns and verbs (ns, n, vn, v), so our POS filter adds names (nr, nt), other
                  proper nouns and Latin words (DeepSeek);
   ``keyphrase``  words *and phrases* of the article (:func:`keyphrase_weights`): runs of up to five
                  tokens of one clause ending in a noun-like head (燃油 + 附加费, 留守 + 老人,
                  北京 + 博奥 + 医学 + 检验所) that holds no clause (verbs only as one run at its start or
                  end, never between nouns; no change verb 上涨/下降 at its end, and jieba's 价格下降 cut
                  into 价格 + 下降; a leading verb bound to the phrase; no word that only jieba's HMM
                  guessed unless repeated; a number + 号 + noun is one name, 8号风球; so are a foreign person's
                  parts around a middle dot, 彼得·蒂尔, 罗布·纽森, or the hyphen or full stop sports pages write there,
                  乔-约翰逊, 雷.阿伦 (one candidate with the spelling without the mark, 雷阿伦); a numeral and a streak
                  word, 四连胜, 3连败 (data/lexicon/streak_words.txt); and a Latin word, a hyphen or a dot and what follows, RISC-V, Stack.io; a
                  single character that closes a name may end it, 国库 + 署, 公共危险罪; a word jieba tags as a
                  numeral that has a name's shape, 两会, 昆仑 + 万维, counts when said three times); and two shapes
                  the runs cannot hold, counted only when the article repeats the exact string:
                  a noun + 的 + noun (人类水平的智能, three times) and a number glued to a noun
                  (9.9元咖啡, 58同城, twice; not a date, age or count: 2019年, 3个); and a term the writer
                  sets in quotation or title marks (“六个钱包”, “中国新能源产能过剩论”, 《唐人街探案3》),
                  counted wherever the article writes it when that is twice or more: the marks are the
                  writer's word boundary, so no cohesion rule applies to it; and a span of tokens holding a
                  single character jieba cut from a term (现金 + 贷, 新 + 塌 + 河), written 3+ times with varied
                  neighbours on both sides, those neighbours being its boundary (:func:`_character_runs`). Each is seen at least
                  twice and in at least MIN_PHRASE_SHARE of the occurrences of their rarest part;
                  weight = count^TF_POWER × news IDF (the rarest part's plus PHRASE_IDF_SHARE of the
                  others') × TITLE_BOOST in the title (not for a verb or adjective, the headline's
                  rhetoric; WORD_TITLE_BOOST for a plain word, no name: 分类 of 生活垃圾强制分类) × LEDE_BOOST in the lede, the first body paragraph (not for a verb or adjective either)
                  × NAME_BOOST for names seen in two or more paragraphs
                  (person/place/organisation tags, organisation suffixes 局 部 委 公司 集团 …)
                  × LIST_MEMBER_FACTOR for a candidate mostly written as one item of a list (南昌、柳州、桂林)
                  × QUOTED_BOOST for a term the article quotes somewhere (“放管服”, 「心靈雞湯」)
                  × COMMON_WORD_FACTOR for a common two-character word (no name) said fewer than
                  COMMON_WORD_MIN_COUNT times (事发, 超市: more often filler than the topic), unless the headline
                  names it and the article sets it in title marks (《囚歌》: the work the story is about);
                  a long article's candidates must recur once per WORDS_PER_OCCURRENCE content words,
                  and a short article's twice, but for a name of the dictionary (person, place,
                  organisation), which may be said once at NAMED_ONCE_FACTOR of its weight;
                  a candidate that CUT_OFF_SHARE of its occurrences continue with the same noun or
                  suffix character is a word jieba cut short (法国总统马克 | 龙, 阿拉比 | 卡, 科技 | 业),
                  and so is a noun that as often comes after the same content character
                  (省 | 贸促会, 超 | 强台风): it never counts, the whole word (马克龙, 阿拉比卡, 科技业,
                  省贸促会) does.
                  A title before a person (律师 + 曾威凯, 国务卿 + 蓬佩奥) never makes a phrase: the person is
                  the keyword; nor does a verb before a name (撤销 + 香港, 卸任 + 国防科工委): what was done to whom,
                  nor a verb character the article writes before several words (任 + 重庆, 任 + 商务部). An
                  organisation before a person's title (国家粮食局 + 副局长, 中国外交部 + 发言人) is the keyword and
                  takes the office's slot (office_of). A time word that names a period (课后 + 服务, 暑期 + 托管服务;
                  not 今年, 目前) may open a phrase, never end one nor stand alone (_period_word). The title of a law,
                  a rule or a report in title marks (《网络安全审查办法》) is a candidate said once, at NAMED_ONCE_FACTOR
                  (_titled_document). A statistics piece (a bulletin, an economy release, a budget report naming four or
                  more of 国家统计局's indicators, data/lexicon/statistical_indicators.txt) has its indicators as candidates
                  whole (地区生产总值, not 增加值), counted where written, said once too, at INDICATOR_BOOST, with the 统计局
                  that publishes it and the place its headline names (_indicator_terms).
                  A name and its other-script form in brackets (洲际交易所（ICE）, CPI（居民消费价格指数）)
                  are one candidate under the form written more often, with both counts.
                  A phrase takes the weight of a part that occurs mostly inside it (ABSORB_SHARE); a part
                  with more than BOUND_SHARE of its occurrences inside one phrase seen 3+ times never stands
                  alone (最美 of 最美退役军人, 离岸 of 离岸人民币); a common place before a plain word
                  (中国 + 新能源) neither takes nor hides the word; and the list never holds a phrase
                  together with its head or modifier (咖啡期货 and 咖啡), nor a name with its full form
                  (龙湖, 龙湖集团), nor two windows of one longer run that overlap by two tokens or more
                  (召开深入推进长三角, 深入推进长三角一体化), but a name and another name built on it are two tags (巴西,
                  巴西华人协会), and so are a quoted term and a word inside it
                  (中国新能源产能过剩论, 产能过剩) (:func:`select_without_overlap`); a phrase led by a plain word
                  gives its slot to the name it ends in when the article says the name twice as often
                  (援引中国国家统计局 → 国家统计局), as does a name + a person's title to the name (司法院秘书长 → 司法院),
                  and a verb + noun phrase to its object when the article says the object more often and the object is
                  rarer in news than the verb (安装油水分离器 → 油水分离器; not 出生人口 → 人口: :func:`phrases.verb_object`),
                  and a key that takes another's slot is ranked with that
                  slot's weight (:func:`slot_weights`);
   ``combined``   the keyphrase weight plus a small share of TF-IDF (TFIDF_SHARE; a phrase's is its weakest part's), which reorders
                  near-ties by frequency; TextRank lowered precision on the tune split at any share.
                  A learned ordering of the same candidates (gradient boosting over these rules'
                  evidence, ``bench/cv_keyword_ranker.py``) won the two newest splits but lost tune and
                  test in a leave-one-split-out cross-validation (round 4), and won four of five folds
                  but lost test in round 5, so the rules rank. Round 11 ran it over all eleven seen splits with
                  features of position (lede, subheads, title marks) and overlap (the share inside a longer
                  candidate) under an adoption rule set before the run (pooled +0.02, 8 of 11 folds): not met
                  (the tables are in the script's docstring); round 12, twelve folds with round 12's candidates and
                  the same rule: +0.014 pooled, 9 of 12 folds, not met either; round 20, seventeen folds (rule: +0.02 pooled and 80 %
                  of folds): +0.015, 14 of 17, not met.
   Each row's ``reason`` says why (count, news document share, phrase parts, absorbed part, centrality).
7. Per-paragraph keywords: TF-IDF within each analysed paragraph (TextRank needs more text).
8. Entities: words tagged person/place/organisation/product by our dictionary, by new-word
   discovery, or by jieba's POS tagger. jieba's tags alone are noisy on one-off two-character words
   (杜绝 as a person, 的国 as a place), so those need two occurrences or three characters.
   A name still typed ``other`` (a Latin word jieba does not know, a quoted term) is typed by the
   words a reader would look at around it (``data/lexicon/entity_cues.tsv``): AI工具DeepSeek and
   推出DeepSeek say product, 人工智能公司DeepMind and DeepMind开发 say organisation; each occurrence
   votes and a tie keeps ``other``. A plain noun listed among entities of one type takes that type
   (苹果 in 超越苹果、亚马逊和特斯拉: the enumeration needs a 、 and two typed members).
   Co-occurrence: how many sentences contain both of two top keywords.

Tables written by :func:`run` (sorted with explicit tie-breaks, so re-runs give identical CSVs)
---------------------------------------------------------------------------------------------
``keywords``      keyword, weight, method (tfidf | textrank | keyphrase | combined), rank (1 = top),
                  para_id (empty for whole-article rows; set for per-paragraph rows), count
                  (occurrences in the analysed text, or in that paragraph), reason.
``entities``      entity, type (person | organisation | place | product | other), count,
                  first_para_id, source (pos | discovered | dict | list).
``cooccurrence``  source, target (two of the top keywords, source ranked higher), weight (number of
                  sentences in which both occur).
``new_words``     see :mod:`zhnews.keywords.newwords` (word, score, method, freq, tag, type, was_cut_as).

The stage in modules, each reading what the one before gives: :mod:`.newwords` (the article's own
words), :mod:`.tokens` (the analysed text, its tokens and content words, shown as written), :mod:`.scoring`
(news IDF, TF-IDF, TextRank), :mod:`.phrases` (keyphrase candidates and their weights), :mod:`.ranking`
(the combined ranking and the table's rows), :mod:`.named_entities`, :mod:`.context` (co-occurrence, keyword in
context); this module runs the stage. Charts are in :mod:`zhnews.viz.keywords`.
"""

from __future__ import annotations

import pandas as pd

from .. import io, segment
from ..stages import reuses_fresh_tables
from . import newwords
# Besides what run() needs, the package offers what notebooks, charts, scripts and bench scripts call as
# keywords.<name> (the news IDF, the keyphrase and ranking functions, KWIC); the modules below are where each is written.
from .tokens import ESCAPE_SEQUENCE, PERSON_TAGS, analysed, paragraph_texts
from .scoring import combined_weights, news_idf, news_share, phrase_tfidf, tfidf_weights
from .phrases import (
    DESCRIBING_TAGS, byline_strings, dropped_candidates, is_name_like, keyphrase_candidates, keyphrase_weights,
)
from .ranking import METHODS, article_keywords, paragraph_keywords, select_without_overlap, side_by_side, top_keywords
from .named_entities import entities
from .context import COOCCURRENCE_TOP, cooccurrence, keyword_positions, kwic, word_frequencies


# --- the stage -------------------------------------------------------------------------------


@reuses_fresh_tables
def run(ctx) -> dict[str, pd.DataFrame]:
    """Discover this article's words, rank keywords, find entities and co-occurrences; write tables
    into the run folder of ``ctx`` (a :class:`zhnews.stages.RunContext`)."""
    out_dir = ctx.out
    paragraphs = analysed(io.read_table(out_dir, "paragraphs"))
    sentences = sentences_of(paragraphs, io.read_table(out_dir, "sentences"))
    new_words = install_new_words(paragraphs)
    texts, originals = paragraph_texts(paragraphs), paragraph_texts(paragraphs, "text")
    title_ids = set(paragraphs.loc[paragraphs["role"] == "title", "para_id"])
    excluded = byline_strings(io.read_json(out_dir, "meta"))
    keywords = pd.concat(
        [
            article_keywords(texts, originals=originals, title_ids=title_ids, excluded=excluded),
            paragraph_keywords(texts, originals=originals),
        ],
        ignore_index=True,
    )
    tables = {
        "keywords": keywords,
        "entities": entities(paragraphs, new_words),
        "cooccurrence": cooccurrence(sentences, keywords),
        "new_words": new_words,
    }
    for name, table in tables.items():
        io.write_table(table, out_dir, name)
    return tables


def sentences_of(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The sentences that belong to the given (e.g. analysed) paragraphs."""
    return sentences[sentences["para_id"].isin(paragraphs["para_id"])].reset_index(drop=True)


def install_new_words(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Discover the article's new words against the base dictionary, then install them for the run."""
    segment.set_run_words({})
    found = newwords.discover(list(paragraphs["text_zhs"]))
    segment.set_run_words(dict(zip(found["word"], found["tag"])))
    return found
