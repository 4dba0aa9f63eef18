"""The keywords stage's text: the analysed paragraphs as simplified text (markup and citation labels blanked),
their tokens under the shared segmentation, which tokens are content words, and each word shown as the article writes
it (:func:`display_forms`, :func:`keyword_key`).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from .. import lexicon, segment
from ..text import to_simplified
from ..load import roles


ANALYSED_ROLES = ("title", "body", "caption")
SKIPPED_KINDS = ("image_credit",)
PERSON_TAGS = ("nr", "nrfg", "nrt")
ORG_SUFFIXES = ("局", "部", "委", "办", "署", "厅", "院", "所", "会", "中心", "公司", "集团", "银行", "医院", "大学", "学校", "协会", "资本", "基金")

NUMBER = re.compile(
    r"[第约近超]?[\d０-９.,．，%％‰+\-]*[\d０-９零〇一二三四五六七八九十百千万亿两几]+[\d０-９.,．%％‰]*"
    r"[个种项年月日号次位家条张倍名岁天周元万亿多余]?"
)
# A unit after a number that jieba split off (59.3 | 万人, 1.2 | 亿美元): a measure, not a topic.
_UNIT_WORD = re.compile(r"[万亿千百]+(?:个|种|人|人次|吨|亩|元|美元|港元|平方米|公里|千克|户|辆|台|部|件|头|只|株|套|间|张|倍|名|家)?|百分点")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
# Latin letters, then Han characters: a dictionary word such as A股, B超, U盘 (_lettered_word).
_LATIN_LED_WORD = re.compile(r"[A-Za-z]+[\u4e00-\u9fff]+")
# A line of jieba's dictionary file (word, frequency, tag) whose word is one of those.
_DICTIONARY_LATIN_LED_LINE = re.compile(rf"^({_LATIN_LED_WORD.pattern})\s", re.M)
# A name that starts with digits: 5G, 120Hz, 4K, and numbered designations 8号风球, 93号汽油.
DIGIT_LED_NAME = re.compile(r"\d+[A-Za-z][A-Za-z0-9]*|[0-9０-９]+号[\u4e00-\u9fff]+")
# A surname with a courtesy title, the way articles name a source they keep anonymous.
_ANONYMOUS_PERSON = re.compile(r"[\u4e00-\u9fff]{1,2}(?:女士|先生|小姐|阿姨|大爷|大妈)")
SLASHED_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:/[A-Z][A-Za-z0-9]*)+(?:-[A-Za-z0-9]+)*")  # F/A-18F, TCP/IP (_hyphenated_names)
NAME_HYPHENS = frozenset("-‐‑")  # inside a Latin name (RISC-V, COVID-19), the non-breaking ones as WeChat writes them
# What sports and older web news put between a foreign person's given name and surname instead of the middle dot
# (乔-约翰逊, 雷.阿伦): a hyphen or a full stop (phrases._joined_foreign_names).
FOREIGN_NAME_JOINERS = NAME_HYPHENS | frozenset(".．")
# A foreign person's name whose Han pieces one of them joins: 乔-约翰逊, 雷.阿伦.
JOINED_FOREIGN_NAME = re.compile(
    f"[\u4e00-\u9fff]+(?:[{re.escape(''.join(sorted(FOREIGN_NAME_JOINERS)))}][\u4e00-\u9fff]+)+")
HAS_WORD_CHAR = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# The numeral that counts a streak (四连胜, 3连败, 十二连胜: is_counted_streak).
STREAK_COUNT = re.compile(r"[0-9０-９]+|[零〇一二两三四五六七八九十百]+")
STREAK_WORDS = "streak_words.txt"
LOWER_LATIN = re.compile(r"[a-z]")
# Source-citation labels closing a sentence: after a Han character or closing mark, lowercase site names or
# numbers (ifeng 163 sina) up to the sentence's punctuation or the paragraph's end (_without_citation_labels).
_CITATION_RUN = re.compile(r"(?<=[\u4e00-\u9fff”’）)」』】])(?: [a-z0-9][a-z0-9.-]*)+(?=\s*(?:[。：；，！？:;]|$))")
_LOWER_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9.-])[a-z0-9][a-z0-9.-]*(?![A-Za-z0-9.-])")
# Markup in a text: a tag with its attributes (<datetime>, <div class="yt">, </item>), the same escaped (&lt;span&gt;,
# or &lt;abbr title="…" cut off by the paragraph's end), a character entity (&amp;, &#39;), a CDATA wrapper, and a
# link (http://news.sina.com.cn/…, www.…), and a backslash escape a JSON or notebook export left written out
# (ESCAPE_SEQUENCE).
# A backslash escape written out (\u3000, \xa0, \n, once or twice escaped: \\u3000): its letters and digits are no
# word. Round 22: u3000 took a top-10 slot of fresh19 614 (a notebook's JSON output), and the escapes of a feed backup
# became rows of news_latin_df.tsv (xa0pexels); scripts/build_news_df.py blanks the same pattern.
ESCAPE_SEQUENCE = r"\\+(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrt])"
_MARKUP = re.compile(
    r"(?s)</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|&lt;/?[A-Za-z](?:(?!&gt;|&lt;).){0,300}(?:&gt;|\Z)|&(?:[A-Za-z]+|#\d+);|<!\[CDATA\[|\]\]>"
    r"|(?:https?://|www\.)[^\s<>\"'`，。、；）)\]]+|" + ESCAPE_SEQUENCE
)


def analysed(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a paragraphs or sentences table that are analysed: title, body, captions.

    Image credits (图｜视觉中国) are captions about the picture agency, not the story, so they are
    left out too, and so is a caption the loader's cues read as a credit from its start (_credit_caption). For sentences
    use ``sentences_of(analysed(paragraphs), sentences)``.
    """
    keep = table["role"].isin(ANALYSED_ROLES)
    if "kind" in table.columns:
        keep &= ~table["kind"].isin(SKIPPED_KINDS)
        keep &= ~((table["role"] == "caption") & table["text"].map(_credit_caption))
    return table[keep].reset_index(drop=True)


def _credit_caption(text: str) -> bool:
    """A caption that a cue of the loader (boilerplate.tsv) of a skipped kind opens: 图片来源于网络 in the figure
    caption element under each of nine photos of a toutiao post (fresh28 867), which the loader takes as a caption as
    it stands; the nine copies made 来源于网络 a top-3 keyword. A caption closed by its credit (待拆除的楼群 每经记者 陈荣浩
    摄, the cue's match at its end) describes the picture and stays."""
    hit = roles.first_cue(text, None)
    return hit is not None and hit[0].kind in SKIPPED_KINDS and hit[1].start() == 0


SHELL_COMMANDS = "shell_commands.txt"
CSS_PROPERTIES = "css_properties.txt"
# A CSS length: a number and a unit only a stylesheet writes (px, em, rem, the viewport's vh, vw, vmin, vmax). Not pt or
# cm, which prose uses too, nor a resolution or a frequency (4K, 120Hz).
_CSS_LENGTH = re.compile(r"\d*\.?\d+(?:px|r?em|vh|vw|vmin|vmax)")
# A command line is mostly Latin: a placeholder in Han (--env API_KEY=你的Key, fresh4 121) may stand in it, a sentence
# about the command (npm 是 Node.js 的包管理器) has more Han than this share of its letters, or a clause mark.
COMMAND_HAN_SHARE = 1 / 3
_COMMAND_OPTION = re.compile(r"(?<=\s)--?[A-Za-z]")  # -g, -fsSL, --env: an option of the command
_SHELL_COMMENT = re.compile(r"^#\s+[^\u4e00-\u9fff]*$")  # # Package managers: a comment line of a shell session
_CLAUSE_MARKS = re.compile(r"[，。；！？：、]")
# A line of program source (the loader keeps a source file's lines as paragraphs): a statement or a block's edge
# (import android.view.View;  private String newsId;  }), a comment (// .subscribe(…)), an annotation (@Override), or a
# call or a signature (mWebView.getSettings().setBuiltInZoomControls(false), private void initWebView()).
_SOURCE_LINE_END = (";", "{", "}")
_SOURCE_LINE = re.compile(
    r"^(?://|/\*)|^@[A-Z]\w*(?:\(.*\))?$|^(?:public|private|protected) |[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\((?:\)|.*\)$)"
)
# The code around a string of Han text in a line of source (System.out.println("断词前："+e), list.add(new HotNews(…,
# log.info("文件上传成功：{}", file.getAbsoluteFile())) and a JSON key ("tname":"要闻推送"): a dotted call, a constructor
# call, a quoted key before its colon (its quotes escaped too, inside a string: \"author\":), blanked; the string's own
# words stay.
_CODE_PIECE = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\((?:\))?|\bnew [A-Z]\w*\(|\\?\"[A-Za-z_]\w*\\?\"\s*:")


def paragraph_texts(paragraphs: pd.DataFrame, column: str = "text_zhs") -> dict[int, str]:
    """Each paragraph's text (para_id → text), in reading order: the analysed simplified copy by default,
    ``column="text"`` for the original, whose characters line up with it one to one.

    Markup the loader left in a paragraph (a feed item's <title>…<datetime> tags, escaped &lt;span&gt;, entities,
    links) is blanked, character for character so the two copies still line up: its names (datetime, body, div,
    href, https) held 13 top-10 slots of dev6's four XML items and some 30 of fresh6's, never a tag. Blanking them:
    tune .468 -> .472, fresh6 .390 -> .435, the other seen splits unchanged.

    A paragraph that is a command the reader types (_is_command_line: npm install -g opencode-ai, git clone …) is
    blanked whole: a tutorial's install steps repeat install, Linux, Windows, a tool's flags, never what it is about.
    So is a line of program source with no Han character (_is_source_line): public void, String, import held 25 top-10
    slots of three Java files that carry a news item in a string (fresh27 849, fresh30 902, 906), never a tag; the
    code around a Han string in a line (_CODE_PIECE: System.out.println, list.add(new HotNews, "tname":) is blanked.
    """
    texts = {int(pid): " " * len(text) if _is_command_line(text) or _is_source_line(text) else _blanked(_CODE_PIECE, _blanked(_MARKUP, text))
             for pid, text in zip(paragraphs["para_id"], paragraphs[column])}
    return _without_citation_labels(texts)


def _is_command_line(text: str) -> bool:
    """A line of a shell session as a tutorial prints it (the loader keeps a code block's lines as paragraphs): a
    comment (# Package managers), or a command word of shell_commands.txt written lowercase (brew install opencode,
    npx oh-my-opencode install) or any lowercase word with an option after it (claude mcp add … --env API_KEY=你的Key),
    in a line of Latin letters with few Han characters (COMMAND_HAN_SHARE) and no clause mark of Chinese prose.
    Seen in fresh31 926 and 927 (install sections of a coding tool) and fresh4 121 (git clone, docker compose)."""
    line = text.strip().removeprefix("$ ")
    if _SHELL_COMMENT.match(line):
        return True
    command, _, rest = line.partition(" ")
    if not rest or not command.isascii() or not command[:1].islower() or _CLAUSE_MARKS.search(line):
        return False
    han_characters = sum(map(len, HAN_WORD.findall(line)))
    if han_characters > COMMAND_HAN_SHARE * sum(ch.isascii() and ch.isalpha() for ch in line):
        return False
    return command in _shell_commands() or bool(_COMMAND_OPTION.search(line))


def _blanked(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _is_source_line(text: str) -> bool:
    """A line of program source with no Han character: a statement or a block's edge (ends in ; { or }), a comment, an
    annotation, a call or a signature (_SOURCE_LINE). A line of English prose ends in a full stop or in a word."""
    line = text.strip()
    return bool(line) and not HAN_WORD.search(line) and (line.endswith(_SOURCE_LINE_END) or bool(_SOURCE_LINE.search(line)))


@lexicon.cached
def _shell_commands() -> frozenset[str]:
    return frozenset(lexicon.read_lines(SHELL_COMMANDS))


def _without_citation_labels(texts: dict[int, str]) -> dict[int, str]:
    """The texts with source-citation labels blanked, character for character.

    A research report exported from an AI search tool (DeepResearch, Gemini, Perplexity) ends its sentences with
    the links of its sources, which the loader keeps as their anchor text: ``…运能紧张 ifeng 163 sina。``. Those
    lowercase site labels (sina, ifeng, thepaper, cztv) recur dozens of times and took three to five top-10 slots of
    every such report in the keywords16 sweep, never a tag. A label run is blanked when every label in it is only ever
    written in such runs (a word also used inside a sentence, nginx, is the article's) and it is not a lone
    occurrence: the run names two or more labels, or the article has two or more runs.
    """
    runs = [(pid, match) for pid, text in texts.items() for match in _CITATION_RUN.finditer(text)]
    if not runs:
        return texts
    labels_in_runs = Counter(label for _, match in runs for label in match.group().split())
    everywhere = Counter(word for text in texts.values() for word in _LOWER_LATIN_WORD.findall(text))
    only_in_runs = {label for label, n in labels_in_runs.items() if everywhere[label] == n}
    blanked = dict(texts)
    for pid, match in runs:
        labels = match.group().split()
        if set(labels) <= only_in_runs and LOWER_LATIN.search(match.group()) and (len(labels) > 1 or len(runs) > 1):
            text = blanked[pid]
            blanked[pid] = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return blanked


def tokenize(texts: dict[int, str]) -> dict[int, list[str]]:
    """Every token of each paragraph, in order (para_id → tokens)."""
    return {pid: segment.cut(text) for pid, text in texts.items()}


# --- content words ---------------------------------------------------------------------------


@lexicon.cached
def is_counted_streak(word: str) -> bool:
    """A numeral and a word of a streak (data/lexicon/streak_words.txt): 四连胜, 4连胜, 三连跌, the name of the run a sports
    or market report is about, one term (phrases._counted_streaks joins jieba's 四 + 连胜)."""
    count = STREAK_COUNT.match(word)
    return bool(count) and word[count.end():] in _streak_words()


@lexicon.cached
def _streak_words() -> frozenset[str]:
    return frozenset(lexicon.read_lines(STREAK_WORDS))


@lexicon.cached  # asked for every token, many times an article; the answer changes only with the stopwords
def is_content_word(word: str) -> bool:
    """A keyword candidate: a word of two or more letters or Han characters, not a number or stopword."""
    word = word.strip()
    if len(word) < 2 or not HAS_WORD_CHAR.search(word) or NUMBER.fullmatch(word) or _UNIT_WORD.fullmatch(word):
        return False
    if (not segment.is_latin(word) and not HAN_WORD.fullmatch(word) and not DIGIT_LED_NAME.fullmatch(word)
            and not SLASHED_NAME.fullmatch(word) and not JOINED_FOREIGN_NAME.fullmatch(word) and not _lettered_word(word)
            and not is_counted_streak(word)):
        return False  # mixed scripts or symbols left over from markup
    if is_style_markup(word):
        return False  # 15px, 0.034em: the value of an inline style, not a word of the article
    if _ANONYMOUS_PERSON.fullmatch(word):
        return False  # 王女士, 张先生: a source the article keeps anonymous, not what it is about
    if len(set(word)) == 1:
        return False  # 抖抖抖, 哈哈: one character said again is a sound or a mood, not a topic
    return segment.fold(word) not in segment.stopwords()


def is_style_markup(key: str) -> bool:
    """A word of an inline style left in the text, whatever markup held it (a pandoc attribute block, a style attribute
    written out, a stylesheet rule): a hyphenated CSS property name of css_properties.txt (font-size, letter-spacing) or
    a CSS length, a number and a unit of CSS only (15px, 0.034em, 1.5rem, 100vh). Keywords are about the story; no
    editor tags the layout (fresh37 1049, 1050, 1052: border-bottom, font-size, 15px, 0.034em in the top 10)."""
    folded = key.casefold()
    return bool(_CSS_LENGTH.fullmatch(folded)) or folded in _css_properties()


@lexicon.cached
def _css_properties() -> frozenset[str]:
    return frozenset(lexicon.read_lines(CSS_PROPERTIES))


def _lettered_word(word: str) -> bool:
    """A word of jieba's dictionary written with Latin letters, then Han characters (A股, H股, B超, X光, U盘): one
    token, which the rule against mixed scripts (markup leftovers) would drop. A股 was the first tag of tune 250
    (xds fund news digest) and of fresh19 613 (chinatimes, 回歸A股上市), never a candidate; fresh4 144 tags H股."""
    return bool(_LATIN_LED_WORD.fullmatch(word)) and word in _lettered_dictionary_words()


@lexicon.cached
def _lettered_dictionary_words() -> frozenset[str]:
    """The words of jieba's dictionary and ours written with Latin letters, then Han characters, read from the
    dictionary files: the tokenizer's table also holds the run's new words, and is_content_word's cached answer must
    not depend on which article's words were installed when it was first asked."""
    with segment.tokenizer().get_dict_file() as lines:
        # Only the lines that open with such a word: splitting all 350,000 lines cost each worker a third of a second.
        words = set(_DICTIONARY_LATIN_LED_LINE.findall(lines.read().decode("utf-8")))
    return frozenset(words | {word for word in segment.dictionary_words() if _LATIN_LED_WORD.fullmatch(word)})


def keyword_key(word: str) -> str:
    """The key under which a keyword or entity, written in either script, matches the analysed tokens
    (Latin letters case-folded, also inside a phrase such as Galaxy S20)."""
    return to_simplified(word).casefold()


def token_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) offsets of consecutive tokens in the text they were cut from."""
    spans, position = [], 0
    for token in tokens:
        spans.append((position, position + len(token)))
        position += len(token)
    return spans


def as_written(tokens: list[str], original: str | None) -> list[str]:
    """Each token as the original text writes it at the same offsets (美树 → 美樹); the tokens themselves
    when there is no aligned original (None, or NaN from a table)."""
    if not isinstance(original, str) or len(original) != sum(map(len, tokens)):
        return list(tokens)
    return [original[start:end] for start, end in token_spans(tokens)]


def as_written_in(key: str, texts: dict[int, str], originals: dict[int, str] | None) -> str:
    """``key`` as the original text writes it where it first occurs in the simplified ``texts`` (科技業
    for 科技业, a word joined after segmentation; Stack.io for the folded stack.io, a Latin name joined from
    pieces); ``key`` itself when it is not found."""
    for pid, text in texts.items():
        start = text.find(key)
        if start == -1 and key.isascii():
            start = text.lower().find(key)  # ASCII lowercasing keeps every offset
        original = (originals or {}).get(pid)
        if start != -1 and isinstance(original, str) and len(original) == len(text):
            return original[start : start + len(key)]
    return key


def most_frequent_forms(spellings: Counter) -> dict[str, str]:
    """Key → its most frequent spelling, from counts of (key, spelling) pairs (ties: alphabetical)."""
    forms: dict[str, str] = {}
    for (key, word), _ in sorted(spellings.items(), key=lambda item: (-item[1], item[0][1])):
        forms.setdefault(key, word)
    return forms


def display_forms(tokens: dict[int, list[str]], originals: dict[int, str] | None = None) -> dict[str, str]:
    """Folded key → the spelling used most often in the article, in its own script when ``originals``
    (para_id → original text) are given."""
    spellings = Counter(
        (segment.fold(word), shown)
        for pid, words in tokens.items()
        for word, shown in zip(words, as_written(words, (originals or {}).get(pid)))
        if is_content_word(word)
    )
    return most_frequent_forms(spellings)


def content_counts(tokens: dict[int, list[str]]) -> Counter:
    """Occurrences of each content word (folded key) over the given paragraphs."""
    return Counter(segment.fold(w) for words in tokens.values() for w in words if is_content_word(w))
