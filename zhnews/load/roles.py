"""Who is who in an article: body, title, byline, caption or boilerplate, with a reason for each.

Every source module (markdown, html, plain text) turns its input into ``Piece``s: clean text runs in
reading order, split at images, each knowing the source block (line, element) it came from, its
emphasised character spans, and whatever the format already tells (a ``#`` heading is the title, an
element outside the main content is page chrome, a 【 标 题 】 field is the title). ``label`` then
decides the rest, the same way for every format:

0. A key-value header block (two or more lines of data/lexicon/header_fields.tsv's labels: an exporter's
   文章作者:/发布时间:, a crawler's 标题:/发布时间:/正文:, an archive's **标题：**/**来源：**) is chrome and meta,
   wherever it stands. A title repeated inside a long run of text (a corpus dump), or a longer print
   headline opening it, is cut out of it as chrome. A run of paragraphs each closed by a month-day stamp
   (…举行。09-08) is a channel's teaser list.
1. Cue phrases from data/lexicon/boilerplate.tsv. A piece is cut into *atoms* (sentences and
   emphasis runs); atoms at its start or end that match a cue are split off and labelled, so
   ``…春天。“点赞”“在看”，让更多人看到`` leaves the body sentence whole and the call to share apart;
   a one-sentence line whose atoms match nothing alone is matched whole (``**文**｜**田哲**``), and
   a cue with span ``line`` takes the whole paragraph when it fires on its first sentence
   (``【免责声明】…``), on the last one of a paragraph no longer than its max_chars (a caption
   closed by ``（示意圖／圖取自…）``), or on the whole of a short one; a cue with span ``sentence``
   also cuts its sentence out of the middle of a paragraph (a prompt a crawl glued between two body
   sentences: ``…过来参观。戳视频，看现场！拆除风波中的…``).
   Cues marked head/tail/edge only count outside the *core*: the stretch from the first to the last
   substantial paragraph below the title (long, ending a sentence, not itself furniture, not a
   quoted standfirst). After a cue marked ``rest`` (大家都在看, 预览时标签不可点) the rest of the
   tail is furniture; an end mark (``all``: END, - FIN -, — 完 —) closes the core itself when most
   of the text is above it; a related-list heading (前情回顾) takes the list items under it.
2. Captions: credit lines (图｜视觉中国) come from the lexicon; text right after an image is a
   caption when short and unfinished, or short and followed by a credit line, or set in smaller or
   grey type than the page (HTML), or wholly in brackets, or an emphasised line starting with a bullet (· …), or, when
   glued to the next paragraph with no separator, the leading run cut off by ``split_glued_caption``; a line under a
   picture set exactly as the page's other captions (HTML) is one too. A photo credit left in a record's or corpus
   line's text (（计海新 摄）, 每经记者 X 摄, 記者X／攝影: ``closing_credit``) closes the caption before it.
3. The WeChat profile card: the line above ``微信号 X`` names the account, and a line above it
   ending with that name (``李木 黑白天实验室``) is WeChat's meta line: the writer, then the account.
4. The title repeated as a line, and short lines next to a follow prompt or promo in the head or
   tail (the slogan above 36氪旗下精选公众号), are chrome; with no title at all, a short first line
   above the article is the title; a line of bare names or an outlet's name between the title and
   the article is its byline, and so is a line of names right under a lone byline label (作者 / 王之言 高孜然);
   a short line of link text (HTML) above or below the article is a link to elsewhere (a related headline).
   Other articles' teasers are chrome: a paragraph right above a read-more link (【详细】) under a related
   heading, and outside the article a paragraph cut short by one ellipsis beside its headline or another
   teaser (neither holds the article's core open); so are a run of one-word lines outside the article
   (a menu) and an outlet's name alone under it (a credit). By structure, whatever the words: a run of
   three or more short link lines anywhere (a list of links, an ad box in the main column), a short
   line the page repeats outside the article (a channel bar), a short unfinished line under the
   article between furniture (another story's headline), and a line opening with the title's column
   name and bar (德国之声｜<another headline>: a related card).
5. Headings (short fully emphasised lines), then plain body.

``paragraphs`` merges adjacent pieces of one block that got the same label back together, unless
an image stands between two whole sentences. Meta clues come from named groups in the cues
(author, outlet, date, title), read by :mod:`zhnews.load.meta`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from zhnews import lexicon
from zhnews.load.pieces import Piece, header_field, without_spaces
from zhnews.prefilter import first_characters, quick_search
from zhnews.text import SENTENCE_END as _HARD_ENDS, split_sentences, to_simplified

# A credit block's value (names, a source's title) is a short line; longer text under it is prose again.
CREDIT_VALUE_CHARS = 40
_CREDIT_KINDS = ("author", "editor_credit", "image_credit")
SENTENCE_END = _HARD_ENDS + "…"  # a trailing ellipsis also closes a caption or heading
CLOSERS = "”’」』）)】》\"'"
BULLETS = "·•▲△▼↑↓●◆■"
# Marks that point up at the picture a caption describes (▲2023年7月30日，河北涿州…, △图源：Quanta Magazine): a
# paragraph of its own opened by one is a caption even where the page or text kept no image; page furniture
# so marked (▲TOP, a back-to-top link) is labelled by its cue before captions are looked for.
PICTURE_MARKS = "▲△"
# A piece at least this long that ends a sentence, and is not furniture, is "substantial".
SUBSTANTIAL_CHARS = 40
# Text after an image no longer than this, with no sentence end, is a caption.
SHORT_CAPTION_CHARS = 50
# A caption glued to the next sentence is at most this long, and at least this long: a shorter
# leading run is more often the sentence's own subject (中国经济|今年以来持续回升) than a caption.
GLUED_CAPTION_CHARS = 40
MIN_GLUED_CAPTION_CHARS = 8
# A caption that closes with a credit in brackets or a word naming the picture (剧照, 截图) is at most this long.
CLOSED_CAPTION_CHARS = 80
# A caption opening a longer line: a sentence of a caption's length, then a credit in brackets right after its end
# (…被捕画面。（图片来源：互联网）), which a cue must read as a picture's credit.
_OPENING_CAPTION = re.compile(rf"\s*(?P<caption>[^。！？!?（()）\n]{{2,{CLOSED_CAPTION_CHARS - 1}}}[。！？!?])\s*(?P<credit>[（(][^（）()]{{1,30}}[）)])")
# A paragraph wholly in one pair of brackets: （…） with no bracket closed before its end.
_BRACKETED_WHOLE = re.compile(r"^[（(][^（）()]{4,}[）)]$")
# A phrase of at least six characters written twice on one line (alt text, then the caption).
_WRITTEN_TWICE = re.compile(r"(\S.{5,}?)\s*\1")
# A figure or table label: 图1. 洪水预报系统框架 (fresh19 623), 图二：稍详细的介绍 (fresh8 321), 表1. …, Figure 2: …;
# the number, a mark or a space after it (图1 2021-2025年全市地区生产总值及其增速, 表6 2025年各种运输方式完成运输量及其增长速度: the
# charts and tables of a statistical bulletin, fresh35 1002, 1005), then the label, with no sentence end (图1显示，… is a sentence).
_FIGURE_LABEL = re.compile(r"^(?:图|圖|表|Fig\.?|Figure|Table)\s*(?:\d{1,2}(?:[-.．]\d{1,2})?|[一二三四五六七八九十]{1,3})(?:\s*[.．:：、]\s*|\s+)"
                           r"[^\s。！？!?.．:：][^。！？!?]*$")
# Characters of input on either side of a piece searched for terms "the article uses elsewhere".
CONTEXT_CHARS = 20000
HEADING_CHARS = 40
REST_OF_LINE_CHARS = 60
# A one-sentence line up to this long is matched against the cues as a whole as well.
WHOLE_LINE_CHARS = 80
# A short line (no sentence end) next to a follow prompt or promo in the head or tail belongs to it.
PROMPT_NEIGHBOUR_CHARS = 30
PROMPT_KINDS = ("cta", "account_intro", "promo", "recruit", "profile_card", "tags")
# A number opening a line, Chinese or Arabic, bare or in brackets (一、 1. 3、 （二） [4] 【5】 第三章): a section heading's
# is the article's, never a prompt's, and an entry numbered so under 参考资料 is a cited work, however long.
_NUMBERED_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,3}\s*[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                           r"|[\[［【]\d{1,3}[\]］】]|第[一二三四五六七八九十\d]{1,3}[章节部分])")
# A section number opening a heading: a multi-level one (1.3. 淘宝网简介, 2.1 背景), 一、 or 第三章 (a bare 1. may
# number a tail's prompts: 1.点击右上角分享).
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\s*[.．]\s*\d{1,2})+\s*[.．、]?\s*(?=[\u4e00-\u9fff])"
                               r"|[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十\d]{1,3}[章节部分])")
# The stamp an archive or a news roll heads each item with before its title (2025-04-30 - 标题 of an export, 12:48:48｜标题
# of a day's telegraph roll, fresh37 1043): a date, a clock time or both, then a dash or a bar; the stamp is no part of
# the title. A date needs the spaced dash (2025-04-30-标题 could be a file name's), a clock time may stand glued to a bar.
STAMP_BEFORE_TITLE = re.compile(r"^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+[-–—|｜丨]"
                                r"|(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*[-–—|｜丨])\s*(?=\S)")
# A line of link text up to this long outside the article is a link to elsewhere (a related headline).
LINK_LINE_CHARS = 60
# A line outside the article at least this long that the page printed inside a line of furniture above it (an
# original-title note) is that header printed again; shorter ones (国内, 图) are too common to tell.
REPEATED_PART_CHARS = 8
# A teaser in a channel's list: a sentence closed, then the month-day stamp of the story (…举行。09-08, 2017-09-08 10:22).
_STAMPED_TEASER = re.compile(r"[。！？!?…”」）)]\s*(?:(?:19|20)\d{2}-)?\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$")
# A run of at least this many short link lines, even inside the article, is a list of links.
LINK_RUN = 3
# A run of text this many times the title's length may hold a repeat of the title to cut out.
LONGER_THAN_TITLE = 3
# A first line up to this long, ending no sentence, is the title of an article with no heading.
UNTITLED_MAX_CHARS = 60
# One to three names of two to four Han characters on a line of their own (a byline with no label).
_NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,2}$")
_NAME_LINE_SEPARATORS = re.compile(r"[\s、，,]+")
# An account crediting itself under the headline (新智元报道, 机器之心报道); above the headline such a
# line is a channel's slogan (专注汽车产经报道), so only lines between the title and the article count.
_SELF_CREDIT = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,6})(?:报道|報導)$")
# An outlet and its reporter's name crediting the story (每日人物钟十五报道).
_CREDIT_WITH_NAME = re.compile(r"^([\u4e00-\u9fffA-Za-z]{4,14})(?:报道|報導)$")
# An outlet's name on a line of its own: two to ten Han characters (新华社, 北京青年报).
_COLON_FORMS = str.maketrans({"︰": "：", "﹕": "：", "╱": "／", "︱": "｜", "∣": "｜", "│": "｜", "－": "-",
                              **{chr(ord("０") + digit): str(digit) for digit in range(10)}})
_COLON_FORM = re.compile("[︰﹕╱︱∣│－０-９]")
# WeChat's badge of an account's own article, in front of the author and account fields.
_ORIGINAL_BADGES = frozenset({"原创", "原創"})
# The boilerplate.tsv kind of WeChat's last swipe hint (向上滑动看下一个), under the account's card.
SWIPE_TO_NEXT_KIND = "swipe_next"
ACCOUNT_NAME_CHARS = 20
# A file holding the article twice repeats at least this many substantial paragraphs in the same order.
COPY_RUN = 3
SECOND_COPY_KIND = "second_copy"
# A résumé's or a profile's heading: a person's name (perhaps 同志 after it, 公开 before 简历) and 简历 or 简介, nothing
# else but a colon.
_RESUME_HEADING = re.compile(r"^([\u4e00-\u9fff·]{2,5}?)(?:同志)?(?:的)?(?:个人|個人|公开|公開)?(?:简历|簡歷|简介|簡介)\s*[：:]?$")
# The first line of an official résumé: the name, the sex, the ethnicity (徐鸣，男，汉族，1958年1月生，…); and a post under
# it, opened by its year and month (1975.12--1978.03安徽省凤阳县二铺公社知青, 2013年3月任国家粮食局副局长), no page's time
# stamp (2021年07月13日 17:31).
OFFICIAL_RESUME_LINE = re.compile(r"^([\u4e00-\u9fff·]{2,5})\s*[，,]\s*[男女]\s*[，,]\s*[\u4e00-\u9fff]{1,4}族")
RESUME_POST = re.compile(r"^(?:19|20)\d{2}\s*(?:[.．]\s*\d{1,2}(?!\d)|年\s*\d{1,2}\s*月)(?!\s*[.．]?\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2})")
_OUTLET_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# outlet_cues.tsv's kinds of name endings, and who such a line under the headline names: the outlet that ran
# the story (新华社), or the public body that issued the document (大庆市统计局 under a statistics bulletin).
_NAMED_BY_ENDING = (("suffix", "an outlet"), ("issuer", "the issuing public body"))
# A paragraph cut off by a single ellipsis (… or ... or ..; a writer's own ellipsis is ……), perhaps with
# its "more" link (…23年一手帶大20名寄養孩...更多): a teaser.
_TEASER_END = re.compile(r"(?<![…。！？!?])(?:…|\.{2,3})(?:更多|詳全文|详全文|全文|more)?$")
# A letter or a Han character: a teaser has words before its ellipsis.
_WORD = re.compile(r"\w")
# A run of at least this many lines of at most this many characters outside the article is a menu.
MENU_RUN = 3
MENU_WORD_CHARS = 4
# A strip of a page's controls (分享到：微信 微博 QQ空间, 【字号 大 中 小】【打印】【关闭窗口】) is at most this long; what
# separates its labels: spaces, bars, brackets, slashes, colons, dots, arrows.
CONTROL_STRIP_CHARS = 40
_CONTROL_SEPARATORS = re.compile(r"[\s|｜丨/／\\·•・:：、,，【】\[\]［］()（）<>《》«»>＞→➤▶►◀◁▷\-–—_=+＋*＊~～!！]+")
# The page's tail glued to the closing paragraph (the crawl lost its line breaks) is looked for after the last sentence:
# its credit labels (来源：, 作者：) in this many characters at the end, its lines where a space ends.
GLUED_TAIL_CHARS = 60
_GLUED_TAIL_LABEL_FIELDS = ("author", "outlet")
_SPACE_RUN = re.compile(r"\s+")
_OPENING_BRACKETS = "（(【[［〔「『《“"
_CLOSING_BRACKETS = "）)】]］〕」』》”"
# A counter before or after a label (评论 12, 12条评论, 赞3.2万), the line already in lower case: digits, perhaps a unit
# of ten thousand or a thousand and a plus.
_CONTROL_COUNTERS = re.compile(r"^[\d.,]+(?:[万萬wk])?\+?|[\d.,]+(?:[万萬wk])?\+?$")
# Decoration marks a line may open with before its words (an exporter's stray * of a broken emphasis; a
# no-break space a corpus kept as the entity &nbsp;, fresh9 355's &nbsp;机器之心原创。; a pictograph an exporter or an
# account sets before its section names and prompts, with its variation selector or joiner: 📖 文章内容, 🔧 由 X 工具生成,
# ⚠️ 请立即…, fresh18 560).
_LEADING_DECORATION = re.compile(r"^(?:[*＊•·●■◆▍▌▎|｜\s\u2139\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f300-\U0001faff]|&nbsp;)+")
# A column's or account's name and a bar opening a headline (德国之声｜…, 书记市长这一周 | …).
COLUMN_PREFIX = re.compile(r"^\s*([^\s|｜丨]{2,12})\s*[|｜丨]\s*(?=\S)")
# A run of at least this many header-field lines is a header block; one 来源：X line alone is left to the cues.
HEADER_RUN = 2
# A print headline opening a dump is at most this many times as long as the record's title it extends.
PRINT_HEADLINE_RATIO = 1.5
# A run of words with no punctuation, digit or sign at all (卡塔尔厄瓜多尔…韩国, 首页 新闻 体育): a page's menu
# or navigation strip, when a dump glues it right before the repeated title.
_NAV_STRIP = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)*$")
NAV_STRIP_MIN_CHARS = 8
# A related list's heading (昨日大案：, 往期回顾：) is at most this long.
LIST_HEADING_MAX_CHARS = 10
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# A template's placeholder or a tag left as text, with what a tag's attributes hold.
_TEMPLATE_RESIDUE = re.compile(r"\$\{[^{}]*\}|\{\{[^{}]*\}\}|\{%[^{}]*%\}|<%.*?%>|<\?(?:php|=).*?\?>|<!--.*?-->"
                               r"|</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>", re.S)
# What a line of JavaScript shows: a function, a declaration, the page's objects, a statement's or a block's end,
# an object's key, or nothing but closing brackets.
_SCRIPT_LINE = re.compile(r"\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|\b(?:document|window)\.\w|[;{(\[]$"
                          r"|^[})\]\s;,]+$|^[\w$]+\s*:\s*['\"{\[]")
# A program's string literal in double quotes, its escapes inside (C, Java, JavaScript); and a sentence's end in one.
_CODE_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_SENTENCE_IN_LITERAL = re.compile(r"[。！？]")
# An end mark (— 完 —, -END-, （完）) glued inside a paragraph is looked for in this many characters after a sentence end,
# the longest of the lexicon's end marks (their max_chars).
END_MARK_CHARS = 12
# A program's field name opening a line, then a colon (not a link's scheme: http://) and its value: count : 11844,
# img : /info/1.jpg, publishTime: 2015-07-29. A lower-case first letter, as field names are written; a person's name or
# a heading (Q:, Note:) opens with a capital.
_RECORD_FIELD_LINE = re.compile(r"^[a-z][A-Za-z0-9_]{0,30}\s*:(?!//)")
RECORD_FIELD_RUN = 3
# A line this similar to the title (difflib ratio) repeats it.
REPEATED_TITLE_RATIO = 0.9
# A print headline stack opening a record's text (引题 / 主题 over the body, the title a third wording of both): each
# line at most this long, this share of its character pairs the title's at least, and all of them together this share
# of the title's; a summary under it (a standfirst ending no sentence) at most this long.
STACK_LINE_CHARS = 40
STACK_LINE_SHARE = 0.3
STACK_TITLE_SHARE = 0.5
STACK_SUMMARY_CHARS = 120


@dataclass(frozen=True)
class Cue:
    pattern: str
    match: str
    role: str
    kind: str
    where: str
    max_chars: int
    span: str
    extends: str

    @property
    def regex(self) -> re.Pattern:
        return _compile(self.pattern, self.match)

    def find(self, text: str):
        """The match object (for captures) when the cue fires on ``text``, else None."""
        if self.max_chars and len(text) > self.max_chars:
            return None
        return self.regex.search(cue_text(text))

    @property
    def reason(self) -> str:
        return f"lexicon: {self.pattern} ({self.kind})"


def cue_text(text: str) -> str:
    """The text cues are matched against: the colon's presentation forms (記者︰X in Hong Kong and
    Taiwan pages, ﹕) read as the full-width colon the lexicon writes, and the box-drawing diagonal of
    Taiwanese bylines (【聯合報╱本報記者X】) as the full-width slash, and the vertical bar's other forms
    (作者︱春春 with the presentation form U+FE31, the maths ∣, the box-drawing │) as the full-width bar; full-width
    digits and hyphen as ASCII ones (２０２３－０３－０４　来源：…, a date the cues write \d and (?:19|20)); one
    character for one, so a match's offsets still fit the piece."""
    # str.translate looks up every character in the table; most texts hold none of these forms, and a
    # regex says so in C (first_cue asks this of every line and sentence).
    return text.translate(_COLON_FORMS) if _COLON_FORM.search(text) else text


@lru_cache(maxsize=None)
def _compile(pattern: str, match: str) -> re.Pattern:
    literal = re.escape(pattern)
    return re.compile({"exact": f"^{literal}$", "prefix": f"^{literal}", "contains": literal}.get(match, pattern))


@lexicon.cached
def boilerplate_cues() -> tuple[Cue, ...]:
    columns = ("pattern", "match", "role", "kind", "where", "max_chars", "span", "extends")
    return tuple(
        Cue(pattern=pattern, match=match, role=role, kind=kind, where=where or "any",
            max_chars=int(max_chars or 0), span=span or "piece", extends=extends)
        for pattern, match, role, kind, where, max_chars, span, extends in lexicon.read_rows("boilerplate.tsv", columns)
    )


# The kind of the cues by which an account names itself (这是X公众号的第N篇原创, 关注「X」公众号, 本文系公众号“X”原创).
ACCOUNT_NOTE_KIND = "account_note"
# The kind of a writer's bare greeting line (大家好，我是袋鼠帝): its name is the writer's persona.
PERSONA_GREETING_KIND = "persona_greeting"


def account_self_named(text: str) -> str | None:
    """The account a line of furniture names as itself, read by the account-note cues of data/lexicon/boilerplate.tsv
    on the whole line (…持续分享 AI 实战干货，关注「**AI技术宅**」公众号和我一起学 AI。, fresh31 927): the emphasis cuts
    such a line into atoms, and a follow prompt's own cue may label it first, capturing nothing."""
    for cue in boilerplate_cues():
        found = cue.find(text.strip()) if cue.kind == ACCOUNT_NOTE_KIND and "outlet" in cue.regex.groupindex else None
        if found and found.group("outlet"):
            return found.group("outlet").strip()
    return None


@lexicon.cached
def caption_cues() -> dict[str, tuple[str, ...]]:
    lists: dict[str, list[str]] = {"opener": [], "not_start": [], "not_end": [], "not_lead": [], "not_resume": [], "credit": [], "closer": [],
                                   "credit_end": [], "credit_label": []}
    for cue, cue_type in lexicon.read_rows("caption_cues.tsv", ("cue", "type")):
        lists[cue_type].append(cue)
    # Longest first, so 与此同时 is tried before 与.
    return {name: tuple(sorted(words, key=len, reverse=True)) for name, words in lists.items()}


@lexicon.cached
def _caption_close() -> re.Pattern:
    """Where a caption visibly ends: a photo credit in brackets (（图源：中国证监会官网）) or a word naming the
    picture after 》, ” or 的 (《安家》剧照, 的报道截图); both word lists in data/lexicon/caption_cues.tsv."""
    cues = caption_cues()
    credit, closer = ("|".join(map(re.escape, cues[name])) for name in ("credit", "closer"))
    return re.compile(rf"[（(](?:{credit})\s*[：:｜|丨/／]\s*[^（）()]{{1,30}}[）)]|(?<=[》”的])(?:{closer})")


@lexicon.cached
def credited_caption() -> re.Pattern:
    """A caption closed by its picture's credit (《拿破崙》劇照。圖／索尼影業 提供, …口感甜蜜。（圖／房書勤攝）):
    at least four characters, then a credit word of data/lexicon/caption_cues.tsv, a separator and the source."""
    credit = "|".join(map(re.escape, caption_cues()["credit"]))
    return re.compile(rf"^[^（()]{{4,}}?\s*[（(]?(?:{credit})\s*[：:｜|丨/／]\s*[^（）()。！？!?]{{1,30}}[）)]?$")


@lexicon.cached
def closing_credit() -> re.Pattern:
    """A photographer's or supplier's credit written after the caption it closes, the words in data/lexicon/caption_cues.tsv
    (credit_end, credit_label): in brackets anywhere (…设备调试。（计海新 摄）, （新华社发）); after a reporter's label,
    following a sentence end or a space, anywhere (个别楼栋已经做了简单装修 每经记者 陈荣浩 摄待拆除的楼群…); or a short name
    and the credit word closing the paragraph after a sentence end or a space (…被判死刑。　鄢玉红(湖北)摄影, …的照片。 来自网络,
    …纸团。沙坪坝区公安分局供图 华龙网发). 拍摄 is a verb, 摄影师 and 摄影报道 a person and a byline, not a credit's end."""
    cues = caption_cues()
    end = "|".join(map(re.escape, cues["credit_end"]))
    label = "|".join(map(re.escape, cues["credit_label"]))
    name = r"[\u4e00-\u9fff·]{2,4}(?:\s*[（(][\u4e00-\u9fff]{2,4}[)）])?"
    closed = rf"(?<!拍)(?:{end})(?!影|报道|報道|师|師|记者|記者|机|機)"  # 摄|影报道: no credit cut out of 摄影报道
    bracketed = rf"[（(][^（）()。！？!?，,]{{0,12}}?\s*(?:{closed}|(?<=[社网網台])[发發])\s*[)）]"
    # ... and what follows it runs to a space or the end with no punctuation (the next caption, a heading): 新华社记者张三摄影
    # 多年，… goes on a sentence.
    labelled = rf"(?<=[。！？!?\s])[\u4e00-\u9fff]{{0,4}}?(?:{label})\s*{name}(?:\s+{name})?\s*[／/]?\s*{closed}" \
               rf"(?=\s|$|[^\s，,。！？!?；;：:]+(?:\s|$))"
    closing = rf"(?<=[。！？!?\s])(?:[\u4e00-\u9fff·]{{2,10}}(?:\s*[（(][\u4e00-\u9fff]{{2,4}}[)）])?\s*[／/]?\s*)?{closed}" \
              rf"(?:\s*[\u4e00-\u9fff]{{2,6}}[发發])?\s*$"
    return re.compile(f"{bracketed}|{labelled}|{closing}")


def _credited_captions(piece: Piece) -> list[Piece] | None:
    """A paragraph whose photo credits stayed in its text after the photos dropped out (a record's text field, a corpus
    line) cut into captions and the rest, or None when it holds no credit: a short paragraph closed by a credit is one
    caption (2月10日，…设备调试。（计海新 摄）10月9日，…对公众开放。（新华社发）); in a longer one the stretch before each
    credit, back to the previous credit or sentence end, or the one sentence the credit closes, is a caption."""
    text = piece.text
    credits = list(closing_credit().finditer(text))
    if not credits:
        return None
    if credits[-1].end() == len(text.rstrip()) and len(text) <= 2 * CLOSED_CAPTION_CHARS:
        return [piece.labelled("caption", "image_caption", "a short paragraph closed by a photo credit ((计海新 摄), 記者X／攝影)")]
    out, done = [], 0
    for credit in credits:
        start = _credited_stretch_start(text, done, credit.start())
        if start is None:
            continue
        out += [piece.cut(done, start),
                piece.cut(start, credit.end()).labelled("caption", "image_caption", "the stretch a photo credit closes inside a paragraph")]
        done = credit.end()
    if not done:
        return None
    out.append(piece.cut(done, len(text)))
    return [cut for cut in out if cut.text]


def _credited_stretch_start(text: str, low: int, credit: int) -> int | None:
    """Where the caption a credit at ``credit`` closes starts, not before ``low``: the sentence before the credit when
    one ends right before it, else the text since the last sentence end; None when that is no caption's length."""
    before = text[low:credit].rstrip()
    ends = [i for i, ch in enumerate(before[:-1]) if ch in SENTENCE_END]
    start = low + (ends[-1] + 1 if ends else 0)
    words = sum(ch.isalnum() for ch in text[start:credit])
    return start if 4 <= words and credit - start <= CLOSED_CAPTION_CHARS else None


# ----------------------------------------------------------------------------------------------
# Labelling


def label(pieces: list[Piece], document_text: str) -> list[Piece]:
    """Every piece labelled (role, kind, reason); pieces may be split where a cue or caption ends."""
    pieces = _cut_repeated_title(_label_header_block(pieces))
    _label_title_over_lines(pieces)
    _label_second_copy(pieces)
    _label_stamped_teasers(pieces)
    _label_subject_resume_headings(pieces)  # before the core is found: the 简历 cue is an end mark
    first, last = _core_blocks(pieces)
    closing = max((index for index, piece in enumerate(pieces) if not piece.role and piece.block == last), default=None)
    labelled = []
    for index, piece in enumerate(pieces):
        if piece.role:
            labelled.append(piece)
            continue
        region = "head" if piece.block < first else "tail" if piece.block > last else "core"
        glued = _cut_at_glued_end_mark(piece) if index == closing and region == "core" else None
        if glued:
            labelled.extend(_peel_cues(glued[0], region, closes_core=True))
            labelled.append(glued[1])
        else:
            labelled.extend(_peel_cues(piece, region, closes_core=index == closing))
    labelled = _extend_tail_cues(labelled, last)
    labelled = _label_captions(labelled, document_text)
    _label_caption_lookalikes(labelled)
    _label_profile_card(labelled, first)
    _label_repeated_title(labelled, last)
    _label_summary_repeating_the_lead(labelled)
    _label_headline_stack(labelled, first)
    _label_headlines_of_the_title_s_column(labelled)
    _label_prompt_neighbours(labelled, first, last)
    _label_record_field_runs(labelled)  # before a first short line is taken for the title: a dump may open with a field
    _label_class_doc_comments(labelled)
    _label_project_readme_lines(labelled)  # before too: a README's template opens with its headings
    _label_control_strips(labelled, first, last, alone=False)  # before too: a share bar above the article is no title
    _label_untitled(labelled, first)
    _label_split_wechat_header(labelled, first)
    _label_head_lines(labelled, first)
    _label_names_after_empty_byline(labelled)
    _label_wechat_header_without_badge(labelled, first)
    _label_source_card(labelled)
    _label_links_outside(labelled, first, last)
    _label_link_runs(labelled)
    _label_repeated_outside(labelled, first, last)
    _label_between_furniture(labelled, last)
    _label_between_credits_above(labelled, first)
    _label_between_menu_items_above(labelled, first)
    _label_mastheads(labelled, first)
    _label_teasers(labelled, first, last)
    _label_menus_outside(labelled, first, last)
    _label_control_strips(labelled, first, last, alone=True)  # after: a menu keeps its first item (推荐 娱乐 体育)
    _label_list_headings(labelled)
    _label_outlet_lines_below(labelled, last)
    _label_account_above_swipe(labelled, last)
    _label_credit_block(labelled, last)
    _label_closing_signature(labelled)
    _label_trailing_script(labelled)
    _label_template_residue(labelled)
    _label_wordless_blocks(labelled)
    return [piece if piece.role else _label_body(piece) for piece in labelled]


def _label_header_block(pieces: list[Piece]) -> list[Piece]:
    """An exporter's, a crawler's or an archive's header block: a run of at least HEADER_RUN lines (or one line
    with a label only exporters write: 文章作者, 发布地), each a label of data/lexicon/header_fields.tsv and its value (文章作者: 机器之心 / 发布时间: 2024-12-13 15:29 /
    发布地: 北京; 标题:… / 发布时间:… / 正文:…; 中国数字时代's **标题：** … **来源：** … block), wherever it
    stands. Every line is chrome; a meta field's value is captured (an exporter's 文章作者 is the account).
    A title field's value is the title, cut from its label and from a site's name after it
    (:func:`cut_site_suffix`), unless the format gave one already; after a crawler's 正文: the article starts."""
    fields = [None if piece.role else header_field(piece.text) for piece in pieces]
    in_run = [False] * len(pieces)
    index = 0
    while index < len(pieces):
        end = index
        # one field a line: a field glued to another in one block is a sentence's
        while end < len(pieces) and fields[end] and (end == index or pieces[end - 1].block != pieces[end].block):
            end += 1
        if end - index >= HEADER_RUN or (end - index == 1 and fields[index][3]):
            in_run[index:end] = [True] * (end - index)
            end = _quoted_header_end(pieces, fields, index, end)
            in_run[index:end] = [True] * (end - index)
        index = max(end, index + 1)
    titled = any(piece.role == "title" for piece in pieces)
    out: list[Piece] = []
    for piece, field, member in zip(pieces, fields, in_run):
        if not member:
            out.append(piece)
            continue
        label, key, value_at, _ = field
        reason = f"header field {label}:"
        value = piece.cut(value_at, len(piece.text))
        if key == "title" and not titled and value.text:
            out += [piece.cut(0, value_at).labelled("boilerplate", "header_field", reason), *cut_site_suffix(value, reason)]
            titled = True
        elif key == "body":
            out += [p for p in (piece.cut(0, value_at).labelled("boilerplate", "header_field", reason), value) if p.text]
        else:
            captures = {key: value.text} if key in ("author", "outlet", "publish_date") and value.text else {}
            out.append(piece.labelled("byline" if captures else "boilerplate", "header_field", reason, captures))
    return out


# A line of an exporter's header in a quote block: a short label of its own wording, a colon, a value (图片状态: 已本地化).
_QUOTED_FIELD = re.compile(r"^[^\s:：。，！？]{2,8}\s*[:：]\s*\S")


def _quoted_header_end(pieces: list[Piece], fields: list, start: int, end: int) -> int:
    """Where a header block set as a quote block ends: the exporter's own ``label: value`` lines after the known ones, on
    the quote's next lines, belong to it (> 原文链接: https://mp.weixin.qq.com/… / > 图片状态: 已本地化 (assets/), fresh31
    924, 926, 927; 公众号: / 发布时间: / 原文链接: of fresh4 121 and fresh15 496 are all known labels), where a quote
    under the header that reads as a sentence stays the article's."""
    while end < len(pieces) and pieces[end].hint == "quote" == pieces[end - 1].hint and not pieces[end].role \
            and not fields[end] and pieces[end].source_line == pieces[end - 1].source_line + 1 \
            and _QUOTED_FIELD.match(pieces[end].text):
        fields[end] = (pieces[end].text.split(":")[0].split("：")[0].strip(), "none", len(pieces[end].text), False)
        end += 1
    return end


def cut_site_suffix(value: Piece, reason: str, address_outlet: str = "") -> list[Piece]:
    """A headline field as a crawler copies a page's <title> (保姆纵火案…已受理 - 中经快讯 - 中国经营网,
    …征寻目击者-西部网 陕西新闻网): the headline is the title, the channel and site after it chrome, the
    site (the last part ending like an outlet's name) a weak outlet clue: the platform that ran the page.
    ``address_outlet``: the outlet the page's address names (网易 for www.163.com), which makes a last part
    starting with it the site, and the page's tags before it chrome too (…|点球大战|桌子|克罗地亚_网易体育)."""
    from zhnews.load.html import headline_before_site, headline_of_page_title, site_from_title

    headline, site = headline_before_site(value.text, address_outlet)
    if not site:
        headline, site = headline_of_page_title(value.text), site_from_title(value.text)
    end = value.text.find(headline) + len(headline)
    # Only a site's name is cut, and only from a longer headline: 中国-东盟博览会开幕 is one headline.
    if not site or not headline or end >= len(value.text) or len(headline) < len(value.text) - end:
        return [value.labelled("title", "headline", reason)]
    return headline_and_site(value, end, site, reason, f"{reason} the site's name after the headline")


def headline_and_site(value: Piece, end: int, site: str, title_reason: str, suffix_reason: str) -> list[Piece]:
    """A page title cut at ``end``: the headline before it the title, what follows chrome naming ``site`` (when
    known) as a weak outlet clue."""
    suffix = value.cut(end, len(value.text)).labelled("boilerplate", "site_suffix", suffix_reason, {"outlet": site} if site else {})
    return [value.cut(0, end).labelled("title", "headline", title_reason), suffix]


@lexicon.cached
def _report_sections() -> frozenset:
    """The section names of data/lexicon/report_sections.txt, lower case."""
    return frozenset(name.lower() for name in lexicon.read_lines("report_sections.txt"))


def is_report_section(text: str) -> bool:
    """A line that names a part of a summarising report (## Summary, ## 摘要), not the article: no headline; nor is a
    line of a web project's README template (## Available Scripts: :func:`is_project_readme_line`)."""
    return text.strip().strip("*_ ").lower() in _report_sections() or is_project_readme_line(text)


@lexicon.cached
def _project_readme_lines() -> frozenset:
    """The lines of data/lexicon/project_readme_lines.txt, as :func:`_readme_key` compares them."""
    return frozenset(map(_readme_key, lexicon.read_lines("project_readme_lines.txt")))


def _readme_key(text: str) -> str:
    """A line as the README list compares it: no backticks, no web address (a reader may have dropped a link's
    address already: Open [http://localhost:3000](…) to view it), spaces squeezed, no closing mark, lower case."""
    text = re.sub(r"https?://\S+", " ", text.replace("`", ""))
    return re.sub(r"\s+", " ", text).strip().strip("*_#>.:：。 ").lower()


def is_project_readme_line(text: str) -> bool:
    """A line a web project's template writes into its README (Available Scripts, This project was bootstrapped with
    Create React App.): an article pasted into the README keeps it above; chrome, never the headline."""
    return _readme_key(text) in _project_readme_lines()


def _label_project_readme_lines(pieces: list[Piece]) -> None:
    """The lines of a web project's README template left around an article pasted into it: chrome (kind template)."""
    for piece in pieces:
        if not piece.role and is_project_readme_line(piece.text):
            piece.role, piece.kind, piece.reason = "boilerplate", "template", "a line of a web project's README template"


def _label_untitled(pieces: list[Piece], first_core_block: int) -> None:
    """With no title from the format, the first unlabelled line above the article is the title when
    it is short and ends no sentence (a WeChat export that starts with the headline in bold)."""
    if any(piece.role == "title" for piece in pieces):
        return
    index = next((i for i, piece in enumerate(pieces) if not piece.role), None)
    if index is None or index == len(pieces) - 1:
        return
    candidate, following = pieces[index], pieces[index + 1]
    if candidate.block >= first_core_block or candidate.after_image or following.source_line <= candidate.source_line:
        return  # below the article's start, a caption, or cut from a longer line (a one-line dump)
    if any(piece.kind == "reading_time" for piece in pieces[:index]):
        # 本文共计3167个字 / 读完约需要1分钟 stand under a post's headline: an export that lost the headline starts
        # the article below them (a WeChat backup whose title is only in its folder's name, fresh30 900, 901)
        return
    text = candidate.text
    inside = text.rstrip("？！?!" + CLOSERS)  # a headline may end with ？ or ！, never with 。
    if 4 <= len(text) <= UNTITLED_MAX_CHARS and not any(ch in inside for ch in SENTENCE_END + "；;") \
            and text[-1] not in "，、：:,;］】]" and candidate.hint in ("", "heading") and not is_report_section(text) \
            and not _NUMBERED_HEADING.match(text):  # 一、综合 opens a bulletin's first section (fresh35 1002), no headline
        candidate.role, candidate.kind, candidate.reason = "title", "headline", "first short line above the article"


def _label_head_lines(pieces: list[Piece], first_core_block: int) -> None:
    """Unlabelled lines between the title and the article's first paragraph that only name someone.

    A line of one to three names (``顧信之`` under a column's headline) is the byline: each name
    starts with a common surname (data/lexicon/surnames.txt), so a short phrase (不再等待) is none,
    nor is a section label (导语, 编者按: data/lexicon/byline_roles.tsv) or one two-character word
    (a channel such as 房产). A short name ending like an outlet's (``新华社`` under a portal's
    headline; data/lexicon/outlet_cues.tsv) or a public body's (``大庆市统计局`` under its bulletin), or an
    account crediting itself (``新智元报道``), is the source; so is a link there whose text is such an outlet's
    name (a repost's credit, ``[韩国中央日报](http://chinese.joins.com/…)``), which the reader took for a related link."""
    from zhnews.load.html import outlet_suffixes

    title = next((i for i, piece in enumerate(pieces) if piece.role == "title"), None)
    if title is None:
        return
    for index, piece in enumerate(pieces[title + 1:], start=title + 1):
        if piece.block >= first_core_block:
            return
        text = piece.text.strip()
        if piece.role == "boilerplate" and piece.kind == "related" and piece.linked and _OUTLET_LINE.match(text) \
                and text.endswith(outlet_suffixes()) and text not in outlet_suffixes():
            # A repost links its origin under the headline, the link's text the outlet's name ([韩国中央日报](…)).
            piece.role, piece.kind, piece.reason = "byline", "outlet", "a link naming an outlet between the title and the article"
            piece.captures = {"outlet": text}
            continue
        if piece.role:
            continue
        # Right after an image a bare name or outlet credits the picture; an account's credit does not. A
        # section heading is no byline, though its word starts like a name (## 解压缩 over a software tip).
        names = _names_line(text) if not piece.after_image and piece.hint != "heading" else None
        # A lone two-character word there is as often a channel (时政, 房产, 文化) as a name.
        lone_short = len(text) == 2
        if names and not lone_short:
            piece.role, piece.kind, piece.reason = "byline", "author", "a line of names between the title and the article"
            piece.captures = {"author": names}
        elif _OUTLET_LINE.match(text) and not piece.after_image and (named := next(
                (who for kind, who in _NAMED_BY_ENDING if text.endswith(outlet_suffixes(kind)) and text not in outlet_suffixes(kind)), None)):
            piece.role, piece.kind, piece.reason = "byline", "outlet", f"{named}'s name between the title and the article"
            piece.captures = {"outlet": text}
        elif reporter := _reporter_of_named_outlet(text, pieces[:index]):
            piece.role, piece.kind, piece.reason = "byline", "author", "the outlet named above crediting its reporter"
            piece.captures = {"author": reporter}
        elif _SELF_CREDIT.match(text):
            piece.role, piece.kind, piece.reason = "byline", "outlet", "an account crediting itself between the title and the article"
            piece.captures = {"outlet": _SELF_CREDIT.match(text).group(1)}


# A masthead's two lines: a name of Han characters, then the same name in Latin letters, every word capitalised.
_HAN_NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_LATIN_NAME_LINE = re.compile(r"^[A-Z][A-Za-z&'’.-]*(?:\s+[A-Z&][A-Za-z&'’.-]*){0,4}$")
MASTHEAD_LATIN_CHARS = 40


def _label_mastheads(pieces: list[Piece], first_core_block: int) -> None:
    """知识分子 / The Intellectual over an interview: an account's names in two scripts, its masthead, between the title
    and the article. Looked for once the page's menus are labelled, so two items of a menu set one per line (專區 /
    TAIPEI TIMES in a copied LTN bar, fresh12 414) are no masthead."""
    title = next((i for i, piece in enumerate(pieces) if piece.role == "title"), None)
    if title is None:
        return
    for index in range(title + 1, len(pieces) - 1):
        piece = pieces[index]
        if piece.block >= first_core_block:
            return
        if not piece.role and _is_masthead(piece, pieces[index + 1], first_core_block):
            for part in (piece, pieces[index + 1]):
                part.role, part.kind, part.reason = "boilerplate", "masthead", "an account's masthead (its name in Han characters, then in Latin letters) above the article"
            piece.captures = {"outlet": piece.text.strip()}


def _is_masthead(piece: Piece, following: Piece | None, first_core_block: int) -> bool:
    """Whether a line above the article and the one under it are an account's masthead, its name in Han characters
    and then in Latin letters (知识分子 / The Intellectual, 果壳 / Guokr, 三联生活周刊 / Lifeweek), not under a picture."""
    return following is not None and not following.role and following.block < first_core_block \
        and not piece.after_image and not following.after_image and bool(_HAN_NAME_LINE.match(piece.text.strip())) \
        and len(following.text.strip()) <= MASTHEAD_LATIN_CHARS and bool(_LATIN_NAME_LINE.match(following.text.strip()))


def _reporter_of_named_outlet(text: str, above: list[Piece]) -> str | None:
    """钟十五 in 每日人物钟十五报道 under a repost line 原文来自「每日人物」: the outlet a line above the
    article names, then a name with a common surname, then 报道; else None."""
    from zhnews.load.meta import has_surname

    found = _CREDIT_WITH_NAME.match(text)
    if not found:
        return None
    named = {piece.captures.get("outlet") for piece in above} - {None}
    outlet = next((outlet for outlet in named if found.group(1).startswith(outlet)), None)
    name = found.group(1)[len(outlet):] if outlet else ""
    return name if 2 <= len(name) <= 3 and has_surname(name) else None


def _label_split_wechat_header(pieces: list[Piece], first_core_block: int) -> None:
    """WeChat's header ``原创 <author> <account>`` exported one field per line: above the article, a
    line that is only the 原创 badge and the one or two short lines right under it. With two, the
    first is the author's display name (often a desk: meta keeps it only if it names a person) and
    the second the account; with one, the account."""
    for index, badge in enumerate(pieces):
        if badge.block >= first_core_block:
            return
        if badge.role or badge.text.strip() not in _ORIGINAL_BADGES:
            continue
        fields = []
        for piece in pieces[index + 1:index + 3]:
            text = piece.text.strip()
            if piece.role or piece.block >= first_core_block or piece.after_image or len(text) > ACCOUNT_NAME_CHARS \
                    or any(ch in text for ch in SENTENCE_END + "，,"):
                break
            fields.append(piece)
        if not fields:
            return
        badge.role, badge.kind, badge.reason = "boilerplate", "original_statement", "WeChat's 原创 badge on a line of its own"
        for piece, key in zip(fields, ("author", "outlet") if len(fields) == 2 else ("outlet",)):
            piece.role, piece.kind, piece.reason = "byline", key, f"WeChat header exported one field per line: the {key}"
            piece.captures = {key: piece.text.strip()}
        return


def _label_wechat_header_without_badge(pieces: list[Piece], first_core_block: int) -> None:
    """WeChat's header without the 原创 badge, exported one field per line under the headline shown again
    (``# <title>`` / ``Bill Toulas`` / ``代码卫士``, chainreactors/picker's exports): right under that repeated
    title and above the article, two short lines that end no sentence are the writer's display name (often
    a desk or the outlet a post is taken from: THN, CSDN) and the account. They are byline furniture; they
    capture nothing, since a display name is as often a source's as a writer's. A lone short line there may
    be a standfirst, and a line already read (a byline, a date) is left as it is."""
    for index, piece in enumerate(pieces):
        if piece.block >= first_core_block:
            return
        if piece.kind != "repeated_title":
            continue
        fields = pieces[index + 1:index + 3]
        if len(fields) == 2 and all(_header_field_line(field, first_core_block) for field in fields) \
                and fields[0].block != fields[1].block and not fields[0].role:
            for field, slot in zip(fields, ("writer's display name", "account")):
                if not field.role:
                    field.role, field.kind, field.reason = "byline", "wechat_header", f"WeChat header under the repeated title: the {slot}"
            return


def _header_field_line(piece: Piece, first_core_block: int) -> bool:
    """A short line above the article that ends no sentence and opens no label (编者荐语：): a field of WeChat's header."""
    text = piece.text.strip()
    return piece.block < first_core_block and not piece.after_image and piece.hint != "heading" and 0 < len(text) <= ACCOUNT_NAME_CHARS \
        and not any(ch in text for ch in SENTENCE_END + "，,：:") and (not piece.role or piece.kind == "page_chrome")


# The dot WeChat's card of a shared account prints after the account's name.
_CARD_DOT = frozenset({".", "·"})
# A shared account's signature under its card: short and ending no sentence, or naming the account.
CARD_SIGNATURE_CHARS = 30
# WeChat's note over the card of the account a post is shared from, in its Chinese and its English interface.
_SHARED_FROM = ("以下文章来源于", "The following article is from")
# The Han characters of an account's name that mixes them with Latin letters (财经天下WEEKLY, 有数DataVision).
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _label_source_card(pieces: list[Piece]) -> None:
    """WeChat's card of the account a post is shared from, exported line by line: under ``以下文章来源于X，
    作者Y`` or, from its English interface, ``The following article is from X Author Y`` (the card's source note) the
    account's name X again, the card's dot (``.``) and the account's signature (以人为本的数据安全). The name and the
    dot are card furniture, on lines of their own or on one (``**财经天下WEEKLY**.``, fresh23 740-742); the
    signature, on the next line or after the dot on the same one (``图数室 .新浪新闻出品《图数室》栏目。``, fresh 61), only
    when it is short and ends no sentence, or names the account, since a card without one puts the article there."""
    for index, note in enumerate(pieces):
        account = note.captures.get("outlet") if note.kind == "source_note" and note.text.startswith(_SHARED_FROM) else None
        if not account:
            continue
        card, signature_at = _card_lines(pieces[index + 1:index + 4], account)
        for piece in card:
            piece.role, piece.kind, piece.reason = "boilerplate", "source_card", f"the card of the account the post is shared from ({account})"
        signature = pieces[index + 1 + signature_at] if signature_at is not None and index + 1 + signature_at < len(pieces) else None
        if signature is not None and not signature.role and _signs_for(signature.text, account):
            signature.role, signature.kind, signature.reason = "boilerplate", "source_card", f"the signature on the card of {account}"


def _card_lines(following: list[Piece], account: str) -> tuple[list[Piece], int | None]:
    """The lines of a shared account's card among the lines under its note (its name and its dot, each alone, or one
    line opening with them) and where among them the signature may stand: the line after the card's, None when the
    signature follows the dot on its line or no line so opens."""
    for at, piece in enumerate(following):
        text = _LEADING_DECORATION.sub("", piece.text.strip()).strip("*")
        if text == account and at + 1 < len(following) and following[at + 1].text.strip() in _CARD_DOT:
            return [piece, following[at + 1]], at + 2
        after = text[len(account):].lstrip() if text.startswith(account) else ""
        if after[:1] in _CARD_DOT and (len(after) == 1 or _signs_for(after[1:], account)):
            return [piece], None if len(after) > 1 else at + 1
    return [], None


def _signs_for(text: str, account: str) -> bool:
    """Whether ``text`` reads as the signature of ``account``: short and ending no sentence, or naming the account,
    or the Han characters of a name that mixes them with Latin letters (《财经天下》周刊官方账号 on the card of
    财经天下WEEKLY)."""
    text = text.strip()
    names = {account, *(_HAN_RUN.findall(account) if re.search(r"[A-Za-z]", account) else ())}
    return bool(text) and (any(name in text for name in names)
                           or (len(text) <= CARD_SIGNATURE_CHARS and not any(ch in text for ch in SENTENCE_END)))


def _names_line(text: str) -> str | None:
    """The names of a line that is one to three person names and nothing else (each with a common
    surname, data/lexicon/surnames.txt), joined by 、; else None."""
    from zhnews.load.meta import clean_names, has_surname

    text = text.strip()
    names = clean_names(text) if _NAME_LINE.match(text) else None
    if names and names.split("、") == _NAME_LINE_SEPARATORS.split(text) and all(map(has_surname, names.split("、"))):
        return names
    return None


# What a line of writers' names may close with: what they made (田林 见习记者 王士伟/文图, 张三/文, 李四/摄).
_MADE_CREDIT_CLOSING = re.compile(r"\s*[/／](?:文图|文圖|图文|圖文|文|图|圖|摄|攝)$")


def _names_with_roles_line(text: str) -> str | None:
    """The names of a line of writers with a role word before a later one and what they made after the last
    (``田林 见习记者 王士伟/文图``: the names line under a paper's ``□东方今报·猛犸新闻记者``, fresh24 784; ``林锐新 实习生
    张洋银`` likewise), joined by 、; None when the line, role words and that closing set aside, is no names line."""
    from zhnews.load.meta import byline_role_words

    roles = set(byline_role_words())
    tokens = [token for token in _NAME_LINE_SEPARATORS.split(_MADE_CREDIT_CLOSING.sub("", text.strip())) if token]
    names = [token for token in tokens if token not in roles]
    return _names_line(" ".join(names)) if names else None


# The separator a byline label puts before its names (作者｜王兆洋, 撰文：张三), left at the start of the names' element.
_LABEL_SEPARATOR = re.compile(r"^[｜|丨/／:：]\s*")


def _label_names_after_empty_byline(pieces: list[Piece]) -> None:
    """A byline label standing alone (作者, 撰文: it captured no name) and, right under it, a line of
    names (``王之言 高孜然``, the label and the names in separate elements): that line is the byline, even when
    it starts with the label's separator (作者 *｜* 王兆洋: the bar set in emphasis apart, fresh10 360) or names a second
    writer's role between the names (□东方今报·猛犸新闻记者 / 田林 见习记者 王士伟/文图, fresh24 784)."""
    for label, following in zip(pieces, pieces[1:]):
        if label.role == "byline" and label.kind == "author" and not label.captures.get("author") \
                and not following.role and (names := _names_with_roles_line(_LABEL_SEPARATOR.sub("", following.text.strip()))):
            following.role, following.kind, following.reason = "byline", "author", f"names under the byline label {label.text[:10]!r}"
            following.captures = {"author": names}


# A credit's role and the names (总监制：邹 明, 审 读：崔向升, veo摄影：刘喆、Cedar、Colin): a word of at most eight
# characters (a space may part a two-character one), a colon, then names.
_ROLE_CREDIT = re.compile(r"^[^\s：:]{1,8}(?:\s[^\s：:]{1,3})?\s*[：:]\s*\S")


def _label_credit_block(pieces: list[Piece], last_core_block: int) -> None:
    """After the article, a credit label standing alone (撰文：, 编辑：, 封面：) opens a credit block: the
    short lines under it that end no sentence (脖子右拧 & 面线, 封面： 萱萱, 图片资料来源：, the source's
    name) are its values, whatever their names look like (nicknames, handles, a source's title). A line
    with a comma is a clause (a related headline 香港警方：…，谴责造谣者), never a credit's value.
    Right under any credit line there, a run of short ``role：names`` lines credits the others who made it,
    whatever the role's word (总监制：邹 明 / 审 读：崔向升 under ifeng's （作者韩涵系…）, tune 46; veo摄影：刘喆、Cedar、Colin /
    球队xhs：GSF足球俱乐部 under 撰文：小唐, fresh18 564)."""
    in_block = False
    credited = False
    for piece in pieces:
        if piece.block <= last_core_block:
            continue
        text = piece.text.strip()
        short = len(text) <= CREDIT_VALUE_CHARS and not any(ch in text for ch in _HARD_ENDS + "，,")
        if piece.role in ("byline", "boilerplate", "caption") and piece.kind in _CREDIT_KINDS:
            in_block = in_block or text.endswith(("：", ":"))
            credited = True
        elif piece.role == "byline" and piece.kind == "author_note":
            credited = True  # （作者韩涵系政邦智库研究员）: who wrote it, above who made the page
        elif not piece.role and in_block and short:
            piece.role, piece.kind, piece.reason = "boilerplate", "credit", "short line in the credit block under the article"
        elif not piece.role and credited and short and _ROLE_CREDIT.match(text):
            piece.role, piece.kind, piece.reason = "boilerplate", "credit", "a role and its names right under a credit line"
        else:
            in_block = credited = False


# A signature closing the text: the signer's name on a short line of no sentence, then the date alone, written out in 年月日.
SIGNER_CHARS = 30
SIGNATURE_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
SIGNATURE = "signature"


def _label_closing_signature(pieces: list[Piece]) -> None:
    """The last two lines of the text when they sign it: a name on a short line with no sentence in it, and under it
    the date alone (刺猬偷腥 / 2018年10月24日 closing a blogger's post, fresh25 800 and 802; a committee's name and the
    day it issued its code, fresh22 703; a notice's 落款, an open letter's). Who signed and when, not a sentence of
    the text (meta reads the date off them)."""
    text_lines = [piece for piece in pieces if not piece.role]
    if len(text_lines) < 3:
        return
    signer, dated = text_lines[-2], text_lines[-1]
    if SIGNATURE_DATE.match(dated.text.strip()) and len(signer.text.strip()) <= SIGNER_CHARS \
            and not any(mark in signer.text for mark in "。！？!?；;：:"):
        for piece in (signer, dated):
            piece.role, piece.kind, piece.reason = "byline", SIGNATURE, "the signer's name and the date closing the text"


def _core_blocks(pieces: list[Piece]) -> tuple[int, int]:
    """First and last block holding a substantial body piece (the article's core), below the title.

    An end mark (a cue with ``extends=all``: END, - FIN -, — 完 —) after the first substantial piece
    closes the core, so an outlet's long self-description below it is not article; so does the heading
    of what stands under an article (互动话题, 参考资料: a tail cue with ``extends=rest``) with at most
    one substantial paragraph under it.
    """
    title = next((piece.block for piece in pieces if piece.role == "title"), -1)
    # The headline shown again as the page's first heading (a front-matter title, then # <title>) is
    # no body: the export's info quote under it (> 公众号: X / > 发布时间: …) is still the head.
    titles = [without_spaces(piece.text) for piece in pieces if piece.role == "title"]
    related = _RelatedHeading(pieces)
    substantial = [piece.block for index, piece in enumerate(pieces)
                   if _is_substantial(piece) and not _followed_by_read_more(pieces, index, related)
                   and not any(_repeats(without_spaces(piece.text), t) for t in titles)]
    blocks = [block for block in substantial if block > title] or substantial  # nothing above the headline
    blocks = blocks or _clause_run_blocks(pieces, title)
    if not blocks:
        return (pieces[0].block if pieces else 0), (pieces[-1].block if pieces else 0)
    # A quoted standfirst above the byline (> 《财经》采访的10余位病患家庭…) does not open the core, nor
    # does an emphasised one right above a byline (**对于媒体曝光的诸多问题…** / **文**| 半糖可乐).
    quotes = {piece.block for piece in pieces if piece.hint == "quote"} | _emphasised_standfirsts(pieces)
    opening = next((block for block in blocks if block not in quotes), blocks[0])
    blocks = [block for block in blocks if block >= opening]
    blocks = _below_deck_byline(pieces, blocks)
    end_mark = next((piece.block for piece in pieces if piece.block > blocks[0] and _is_end_mark(piece)), None)
    if end_mark is not None:
        substantial_blocks = set(blocks)  # looked up for every piece: the list made this pieces × blocks
        before = sum(len(p.text) for p in pieces if p.block < end_mark and p.block in substantial_blocks)
        after = sum(len(p.text) for p in pieces if p.block > end_mark and p.block in substantial_blocks)
        if after < before:  # an end mark with most of the text still to come closes only a part
            blocks = [block for block in blocks if block < end_mark] or blocks
    # A heading of what stands under an article closes it when at most the paragraph right under it
    # passes for body (互动话题 over one question); a 参考资料： over a code sample mid-article, with the
    # article's last part further down, does not.
    # The numbered entries of a list under it (1.《刷梗的隐喻…》，青年记者，… under 参考资料) are cited works, however long.
    under = next((index for index, piece in enumerate(pieces) if blocks[0] < piece.block and _opens_tail(piece)), None)
    if under is not None:
        right_under = {piece.block for piece in pieces[under + 1:under + 2]}
        entries = {piece.block for piece in pieces[under + 1:] if _NUMBERED_LINE.match(piece.text)}
        if {block for block in blocks if block > pieces[under].block} - entries <= right_under:
            blocks = [block for block in blocks if block < pieces[under].block] or blocks
    return blocks[0], blocks[-1]


def _clause_run_blocks(pieces: list[Piece], title: int) -> list[int]:
    """The blocks of a text written one clause a line, which has no substantial paragraph (WeChat's video-news posts:
    近日 / 上海的王女士 / 收到父亲送来的 / 一本 2021 年 “健康日历”): a run of consecutive lines below the headline that no
    cue takes, together as long as a substantial paragraph, stands for one; its blocks, in order. A cue's line (来源：…,
    编辑：…) ends a run, so the prompts and credits under the last run are the tail."""
    blocks: list[int] = []
    run: list[Piece] = []
    for piece in [*pieces, None]:
        if piece is not None and piece.block > title and not piece.role and _HAN_CHAR.search(piece.text) \
                and not first_cue(piece.text, region=None):
            run.append(piece)
            continue
        if sum(len(part.text.strip()) for part in run) >= SUBSTANTIAL_CHARS:
            blocks += [part.block for part in run]
        run = []
    return sorted(set(blocks))


# At most this many substantial paragraphs above a byline are a deck (the lead picture's caption, pulled quotes, a
# summary in grey type).
DECK_BLOCKS = 4


def _below_deck_byline(pieces: list[Piece], blocks: list[int]) -> list[int]:
    """The core's blocks without a deck above the byline: when a writer's credit line (文｜南方周末记者 X, a head
    byline cue) stands under at most DECK_BLOCKS substantial paragraphs and more of them follow it, those
    paragraphs are the deck the page sets under the headline (fresh7 310's three pulled quotes, fresh13 450's
    summary in grey type), so the credits under them are the head's, not lines in the middle of the article."""
    for piece in pieces:
        if piece.block <= blocks[0] or piece.role or len(piece.text) > HEADING_CHARS:
            continue
        if piece.block > blocks[min(DECK_BLOCKS, len(blocks) - 1)]:
            return blocks
        hit = first_cue(piece.text, "head")
        if hit and hit[0].role == "byline" and hit[0].kind == "author":
            above = [block for block in blocks if block < piece.block]
            below = [block for block in blocks if block > piece.block]
            return below if len(below) > len(above) else blocks
    return blocks


def _emphasised_standfirsts(pieces: list[Piece]) -> set[int]:
    """Blocks of a fully emphasised paragraph with a byline (a byline cue of the head) right under it."""
    blocks = set()
    for piece, following in zip(pieces, pieces[1:]):
        if piece.role or following.block == piece.block or piece.n_bold < len(piece.text) - 1:
            continue
        hit = first_cue(following.text, "head")
        if hit and hit[0].role == "byline" and hit[0].kind == "author":
            blocks.add(piece.block)
    return blocks


def _followed_by_read_more(pieces: list[Piece], index: int, related: _RelatedHeading) -> bool:
    """Whether the piece is a teaser in a related box: a related-list heading (推荐阅读) stands somewhere
    above it and a read-more link (【详细】, 详情>>>: a ``read_more`` cue) right under it; however long,
    it summarises another article. A briefing's own items also end in 详情>>>, but under no such heading."""
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    hit = first_cue(following.text, region=None) if following is not None else None
    if not hit or hit[0].kind != "read_more":
        return False
    return related.above(index)


class _RelatedHeading:
    """Whether a related-list heading stands above a piece, each piece tried at most once per list: a
    page of many read-more links (a portal's list of briefs) tried every piece above each link again."""

    def __init__(self, pieces: list[Piece]):
        self.pieces, self.tried, self.first = pieces, 0, None

    def above(self, index: int) -> bool:
        while self.first is None and self.tried < index:
            if _is_related_heading(self.pieces[self.tried]):
                self.first = self.tried
            self.tried += 1
        return self.first is not None and self.first < index


def _is_related_heading(piece: Piece) -> bool:
    hit = first_cue(piece.text, region=None)
    return bool(hit) and hit[0].kind == "related" and hit[0].extends == "rest"


def _is_end_mark(piece: Piece) -> bool:
    """A piece that is an end mark (— 完 —, 关于作者：), or opens with one set in bold and glued to the rest of its
    paragraph (**作者简介**：纯洁的微笑，一个有故事的程序员。…, fresh18 580: the heading of fresh3 107's and 108's
    bio, on the bio's own line)."""
    if piece.role == "body":
        return False  # a line the rules read as the article's own already (the story's subject's 简历 heading)
    hit = first_cue(piece.text, region=None)
    if hit:
        return hit[0].extends == "all"
    lead = next(((start, end) for start, end in piece.bold_spans if start == 0 and end < len(piece.text)), None)
    hit = first_cue(piece.text[:lead[1]], region=None) if lead else None
    return bool(hit) and hit[0].extends == "all"


def _cut_at_glued_end_mark(piece: Piece) -> tuple[Piece, Piece] | None:
    """The core's last paragraph cut where a sentence is followed by an end mark set off by its own dashes or brackets
    (…欢迎在评论区留下你的想法！— 完 —🔊 锁定12月10日…, fresh18 560: an export that lost the line breaks glued the
    account's tail to the article): the end mark and all after it, shorter than the text before it, are furniture, as
    on a line of their own (a cue with ``extends=all``); the text before it is peeled as the core's last paragraph.
    A word opening the sentence (完成了…, END of…) is no mark: only a mark's own frame may open it."""
    text = piece.text
    for start, _ in _atoms(piece)[1:]:
        rest = text[start:].lstrip()
        if not rest or rest[0].isalnum() or len(rest) >= len(text) - len(rest):
            continue
        for end in range(2, min(len(rest), END_MARK_CHARS) + 1):
            hit = first_cue(rest[:end], region=None)
            if hit and hit[0].extends == "all" and (end == len(rest) or not rest[end].isalnum()):
                cut = len(text) - len(rest)
                # the cue goes with it: what follows in the tail is furniture too (_extend_tail_cues)
                return piece.cut(0, cut), replace(piece.cut(cut, len(text)).labelled(
                    "boilerplate", hit[0].kind, f"from an end mark glued inside the article's last paragraph ({hit[0].reason})"), cue=hit[0])
    return None


def _opens_tail(piece: Piece) -> bool:
    """A heading of what only stands under an article (a cue for the tail whose lines after it are
    furniture too: 互动话题 above a question to the readers, 参考资料, 精选留言); the one line under it may
    be long enough to pass for body (334's question after 互动话题)."""
    hit = first_cue(piece.text, region=None)
    return bool(hit) and hit[0].extends == "rest" and hit[0].where == "tail"


def _is_substantial(piece: Piece) -> bool:
    """Long enough and ending a sentence once furniture atoms at either end are set aside; a paragraph
    cut short by one ellipsis is another article's teaser (…有包括太子站伤者在内的46人因参…), not the article."""
    if piece.role or _TEASER_END.search(piece.text):
        return False
    whole = first_cue(piece.text, region=None)
    if whole and whole[0].span == "line":
        return False  # a paragraph a cue takes whole (a ticker item, a caption with its credit)
    if _only_furniture_sentences(piece):
        return False
    atoms = _atoms(piece)
    hits = [first_cue(piece.text[s:e], region=None) for s, e in atoms]
    if _takes_paragraph(hits[0], piece):
        return False  # a paragraph a cue on its first sentence takes whole (尊敬的读者：… opening a survey)
    while atoms and hits[0]:
        atoms, hits = atoms[1:], hits[1:]
    while atoms and hits[-1]:
        atoms, hits = atoms[:-1], hits[:-1]
    if not atoms:
        return False
    middle = piece.text[atoms[0][0]:atoms[-1][1]]
    return len(middle) >= SUBSTANTIAL_CHARS and any(ch in middle for ch in SENTENCE_END)


# A page saved in a legacy encoding loses the middle dot of a foreign name to an ASCII ? (巴兹?奥尔德林, fresh8
# 324): between two Han characters, after no question particle or question word, it ends no sentence.
_DOT_LOST_AS_QUESTION_MARK = re.compile(r"(?<=[\u4e00-\u9fff])(?<![吗嗎呢吧么麼啊呀嘛谁誰哪几幾何否])\?(?=[\u4e00-\u9fff])")


def _only_furniture_sentences(piece: Piece) -> bool:
    """Whether a cue takes every sentence of a piece whose emphasis runs cut them apart (** 本文**经**财经天下WEEKLY**授权
    **转载，不代表FBIF立场。原文标题《**…**》，转载请联系出处。*, fresh23 740): no cue takes the runs' ends alone (本文, 》),
    so trimmed by its runs the piece would keep a middle of furniture and pass for text."""
    sentences = split_sentences(piece.text) if piece.bold_spans else []
    return bool(sentences) and all(first_cue(piece.text[start:end], region=None) for start, end in sentences)


def _atoms(piece: Piece) -> list[tuple[int, int]]:
    """Sentences and emphasis runs of the piece, as (start, end) spans covering all of it."""
    cuts = {0, len(piece.text)}
    cuts.update(end for _, end in split_sentences(piece.text) if not _DOT_LOST_AS_QUESTION_MARK.match(piece.text, end - 1))
    for start, end in piece.bold_spans:
        cuts.update((start, end))
    ordered = sorted(cut for cut in cuts if 0 <= cut <= len(piece.text))
    spans = [(a, b) for a, b in zip(ordered, ordered[1:]) if piece.text[a:b].strip()]
    return spans or [(0, len(piece.text))]


def first_cue(text: str, region: str | None):
    """(cue, match) of the first cue that fires on ``text`` in ``region`` (None: any region); a line
    opened by a decoration mark (*题图来源于…, ▍编辑微信：…, an exporter's stray asterisk) is tried
    without it when it matches nothing as it stands (the match's offsets are then the bare line's)."""
    text = cue_text(text.strip())
    hit = _first_cue_on(text, region)
    bare = _LEADING_DECORATION.sub("", text)
    hit = hit if hit or bare == text or not bare else _first_cue_on(bare, region)
    if hit:
        return hit
    # Most cues are written in simplified characters; a Taiwan or Hong Kong page's furniture (推薦閱讀,
    # 版權所有，禁止…轉貼, 張老師專線) is tried again as its simplified copy, which keeps every offset. Only
    # the cues that capture nothing: a name read off the copy would reach meta.json in the wrong script.
    plain = bare or text
    simplified = to_simplified(plain)
    return _first_capture_free_cue(simplified, region) if simplified != plain else None


def _first_capture_free_cue(text: str, region: str | None):
    """(cue, match) of the first cue without named groups that fires on ``text`` in ``region``, else None."""
    return _first_of(text, _capture_free_cues_for(region), _capture_free_answers(region))


def _first_cue_on(text: str, region: str | None):
    return _first_of(text, _cues_for(region), _answers(region))


def _first_of(text: str, cues: _Cues, answers: dict):
    """(cue, match) of the first of ``cues`` (entries of :func:`_cues_for`) that fires on ``text``, else None;
    ``answers`` remembers it for the text."""
    if text in answers:
        return answers[text]
    hit = None
    length = len(text)
    for index in cues.candidates(text):
        cue, search, max_chars, quick = cues[index]
        if max_chars and length > max_chars:
            continue
        if quick is not None and not quick(text):
            continue  # none of the words every match holds: the cue's own search would fail
        found = search(text)
        if found:
            hit = cue, found
            break
    if len(answers) >= ANSWERS_KEPT:
        answers.clear()  # a bound on a batch worker's memory; the answers are the same when asked again
    answers[text] = hit
    return hit


# How many texts' answers _answers keeps per region.
ANSWERS_KEPT = 4096


@lexicon.cached
def _answers(region: str | None) -> dict:
    """text -> what _first_cue_on found in it, in ``region``, while the word lists stay as they are: a page's
    lines are asked about again by several rules (a third of the calls on the seen corpus repeat one)."""
    return {}


class _Cues(tuple):
    """Entries of :func:`_cues_for`, in file order, indexed by the first characters of the words each cue
    requires (:func:`~zhnews.prefilter.first_characters`): of some 400 cues a line holds the first
    character of a few dozen's words, and trying every cue's quick search on every line and sentence
    was the loader's largest cost (about 8 % of a warm worker's CPU under cProfile)."""

    def __new__(cls, entries):
        cues = super().__new__(cls, entries)
        cues.by_character, cues.unfiltered = {}, []  # unfiltered: cues that require no word, always tried
        for index, (cue, _, _, quick) in enumerate(cues):
            starts = None if quick is None else first_characters(cue.regex)
            if starts is None:
                cues.unfiltered.append(index)
            for character in starts or ():
                cues.by_character.setdefault(character, []).append(index)
        cues.characters = frozenset(cues.by_character)
        return cues

    def candidates(self, text: str) -> list[int]:
        """Indices, in file order, of the cues that may fire on ``text``: every cue but those none of
        whose required words' first characters is in it (their quick search would fail)."""
        chosen = set(self.unfiltered)
        for character in self.characters.intersection(text):
            chosen.update(self.by_character[character])
        return sorted(chosen)


@lexicon.cached
def _cues_for(region: str | None) -> _Cues:
    """(cue, its compiled search, its max_chars, its :func:`~zhnews.prefilter.quick_search`) of the
    cues that apply in ``region``, in file order: first_cue runs on every piece and sentence, so this
    is worked out once per word-list state."""
    return _Cues((cue, cue.regex.search, cue.max_chars, quick_search(cue.regex)) for cue in boilerplate_cues()
                 if region is None or _cue_applies(cue, region))


@lexicon.cached
def _capture_free_answers(region: str | None) -> dict:
    """text -> what _first_capture_free_cue found in it, in ``region`` (as :func:`_answers`)."""
    return {}


@lexicon.cached
def _capture_free_cues_for(region: str | None) -> _Cues:
    """The entries of :func:`_cues_for` whose pattern names no group: the cues a simplified copy may fire."""
    return _Cues(entry for entry in _cues_for(region) if not entry[0].regex.groupindex)


def links_elsewhere(cue: Cue, piece: Piece) -> bool:
    """A byline cue on a piece that is mostly link text: a link's date or byline (上一篇：某某分析--2019年8月19日,
    限定造景…必拍 2023-09-01 16:00, a headline with 記者 in it) belongs to another article, not to this one."""
    return piece.linked and cue.role == "byline"


def _cue_applies(cue: Cue, region: str) -> bool:
    return cue.where == "any" or cue.where == region or (cue.where == "edge" and region in ("head", "tail"))


def _peel_cues(piece: Piece, region: str, closes_core: bool = False) -> list[Piece]:
    """Split off leading and trailing atoms that are furniture; the middle stays unlabelled. A short
    line opening with a section number (1.3. 淘宝网简介, 二、背景) heads a part of the article: none of
    it is furniture, whatever its words. The last piece of the core (``closes_core``) ends where the
    tail begins: its closing sentences are read with the tail's cues too, since a crawl that lost its
    line breaks glues the tail to the last paragraph (…的新浪博客，点击阅读原文。小编注：…)."""
    if len(piece.text) <= HEADING_CHARS and _NUMBERED_HEADING.match(piece.text):
        return [piece]
    leading = _split_dateline(piece, region)
    if leading:
        rest = _peel_cues(leading[1], region, closes_core) if leading[1].text else []
        return [leading[0], *rest]
    atoms = _atoms(piece)
    glued = _glued_tail(piece, atoms) if closes_core and region == "core" else None
    if glued and glued[0] > atoms[-1][0]:
        atoms = [*atoms[:-1], (atoms[-1][0], glued[0]), (glued[0], atoms[-1][1])]
    hits = [first_cue(piece.text[s:e], region) for s, e in atoms]
    if glued:
        hits[-1] = glued[1]
    if closes_core and region == "core":
        # From the end, while the tail's cues fire, never the first sentence: the paragraph stays body.
        for i in range(len(atoms) - 1, 0, -1):
            hits[i] = hits[i] or first_cue(piece.text[atoms[i][0]:atoms[i][1]], "tail")
            if not hits[i]:
                break
    hits = [None if hit and links_elsewhere(hit[0], piece) else hit for hit in hits]
    # Matched whole when no end of it is a cue alone (— **完** —: only the middle atom is one).
    whole = None if hits[0] else _byline_naming_whole_line(piece, region, hits[-1]) if hits[-1] \
        else _whole_line_cue(piece, region)
    if whole:
        return [_labelled_by_cue(piece, *whole)]
    if hits[0] and hits[0][0].extends and len(piece.text) <= HEADING_CHARS and len(split_sentences(piece.text)) == 1:
        return [_labelled_by_cue(piece, *hits[0])]  # 前情回顾·**漏洞奖励计划动态**: one list heading
    # A cue about whole lines takes the paragraph, its captures read off the whole of it (the title
    # in 信息源自「X」：Will we be equal? Will we be free? runs past the first sentence).
    if _takes_paragraph(hits[0], piece):
        return [_labelled_by_cue(piece, hits[0][0], hits[0][0].regex.search(cue_text(piece.text)) or hits[0][1])]  # 【免责声明】…
    cited = _citation(piece, region)
    if cited:
        return [_labelled_by_cue(piece, *cited)]
    closing = hits[-1] if hits[-1] and hits[-1][0].span == "line" else _last_sentence_line_cue(piece, atoms, region)
    if closing and len(piece.text) <= (closing[0].max_chars or len(piece.text)):
        return [_labelled_by_cue(piece, closing[0], closing[1])]  # …魚目混珠。（示意圖／圖取自Unsplash圖庫）: a caption
    head = 0
    while head < len(atoms) and hits[head]:
        head += 1
    tail = len(atoms)
    while tail > head and hits[tail - 1]:
        tail -= 1
    if _credit_closes_caption(piece, atoms, hits, head, tail):
        return [piece.labelled("caption", "image_caption", "a short line closed by a picture's credit")]
    if not closes_core and _bracketed_credit_closes_sentence(piece, atoms, hits, head, tail):
        # The line goes on as body up to the caption: the caption is the credit and the one sentence it closes.
        caption_start = atoms[tail - 1][0]
        caption = piece.cut(caption_start, len(piece.text)).labelled(
            "caption", "image_caption", "a sentence closed by a picture's credit in brackets, at the end of a line")
        return [*_peel_cues(piece.cut(0, caption_start), region), caption] if caption_start else [caption]
    if not hits[0] and (captions := _opening_captions(piece, region)):
        # Each caption its own paragraph; the rest of the line is read as any line is.
        return [*(piece.cut(start, end).labelled("caption", "image_caption", "a sentence closed by a picture's credit in "
                                                 "brackets, opening a longer line") for start, end in captions),
                *_peel_cues(piece.cut(captions[-1][1], len(piece.text)), region, closes_core)]
    if tail > head and (head or tail < len(atoms)) \
            and not any(ch.isalnum() for ch in piece.text[atoms[head][0]:atoms[tail - 1][1]]):
        # Only decoration left between the cues (**\-** **FIN \-**): the line is one piece of furniture.
        return [_labelled_by_cue(piece, *hits[0 if head else tail])]
    out = [_labelled_by_cue(piece.cut(*atoms[i]), *hits[i]) for i in range(head)]
    if tail > head:
        middle = piece.cut(atoms[head][0], atoms[tail - 1][1])
        if head and region != "core" and hits[0][0].role == "boilerplate" and len(middle.text) <= REST_OF_LINE_CHARS:
            # In the head or tail, a short rest of a line that opens with furniture is furniture too
            # (the link after 详细岗位要求点击跳转：).
            cue = hits[0][0]
            out.append(middle.labelled(cue.role, cue.kind, f"rest of a line with {cue.reason}"))
        elif region != "core" and (spanning := _cue_across_atoms(middle, atoms[head][1] - atoms[head][0], region)):
            out.append(_labelled_by_cue(middle, *spanning))
        else:
            out += _cut_prompt_sentences(piece, atoms[head:tail], hits[head:tail])
    out += [_labelled_by_cue(piece.cut(*atoms[i]), *hits[i]) for i in range(tail, len(atoms))]
    return [p for p in out if p.text]


def _cue_across_atoms(middle: Piece, first_atom_chars: int, region: str):
    """(cue, match) of a head or tail cue that reads the unlabelled middle of a line from its start past its first
    sentence end: a stray mark split the cue's words into atoms no cue reads alone (本文由 全媒派? 授权 虎嗅网 发表, an
    account's emoji lost to an ASCII ?, fresh36 1026); None when no cue opens the middle or one ends inside its first atom."""
    hit = first_cue(middle.text, region)
    if not hit or hit[1].start() > len(middle.text) - len(middle.text.lstrip()) or hit[1].end() <= first_atom_chars:
        return None
    return hit


def _glued_tail(piece: Piece, atoms: list[tuple[int, int]]):
    """(where it starts, the tail cue that fired) of the page's tail glued after the closing paragraph's last sentence
    with no sentence end of its own, when a crawl or an exporter lost the line breaks but kept the spaces or the labels
    between the tail's lines: …共襄校庆盛举。点击下方小程序可选购… #往期回顾# 采写丨… 后台回复关键词即可获取…
    (a WeChat post in a CSV field, fresh19 622), …+82-64-722-8802来源：新华社、中国驻韩国大使馆 (a news agency's text
    dump, fresh16 515). The unfinished run is cut where a space ends or a credit label of header_fields.tsv (来源：,
    作者：) starts in its last GLUED_TAIL_CHARS characters, after no Han character (資料來源：美聯社 closes a fact box, fresh17
    550: 來源 there is the end of a longer word, and the box's source is no outlet of the article); the first of its segments that a tail cue names
    starts the tail, and the rest of the run goes with it. None when the paragraph is one sentence or ends one."""
    start, end = atoms[-1]
    text = piece.text
    if len(atoms) < 2 or text[start:end].rstrip()[-1:] in SENTENCE_END or first_cue(text[start:end], "tail"):
        return None  # one sentence, a finished one, or a run the tail's cues read whole ((图/张雅琦 文/蒋涛))
    cuts = {start, *(found.end() for found in _SPACE_RUN.finditer(text, start, end))}
    cuts.update(at for at in range(max(start + 1, end - GLUED_TAIL_CHARS), end) if not _HAN_CHAR.match(text[at - 1])
                and (field := header_field(text[at:])) and field[1] in _GLUED_TAIL_LABEL_FIELDS)
    # Never inside brackets: （作者：南帆，系…研究员） is one note, whatever its label.
    ordered = sorted(cut for cut in cuts if cut < end and not _unclosed_bracket(text[start:cut]))
    for cut, following in zip(ordered, [*ordered[1:], end]):
        segment = text[cut:following].strip()
        hit = first_cue(segment, "tail") if segment else None
        if hit and not links_elsewhere(hit[0], piece):
            return cut, hit
    return None


def _unclosed_bracket(text: str) -> bool:
    return sum(text.count(mark) for mark in _OPENING_BRACKETS) > sum(text.count(mark) for mark in _CLOSING_BRACKETS)


def _cut_prompt_sentences(piece: Piece, atoms, hits) -> list[Piece]:
    """The stretch of ``piece`` over ``atoms``, with every sentence a cue of span ``sentence`` matches cut out of
    it as furniture: a crawl that lost its line breaks glues a page's prompt between two body sentences
    (…陆续有游客过来参观。戳视频，看现场！拆除风波中的海花岛…, fresh12 402), where no end of the line is a cue."""
    out, start = [], atoms[0][0]
    for (a, b), hit in zip(atoms, hits):
        if hit and hit[0].span == "sentence":
            out += [piece.cut(start, a), _labelled_by_cue(piece.cut(a, b), *hit)]
            start = b
    out.append(piece.cut(start, atoms[-1][1]))
    return [p for p in out if p.text.strip()]


def _is_picture_credit(labelled) -> bool:
    """Whether a cue or a labelled piece is a picture's credit (caption / image_credit: （图片来源：互联网）, 记者黄澄峰摄)."""
    return (labelled.role, labelled.kind) == ("caption", "image_credit")


def _credit_closes_caption(piece: Piece, atoms, hits, head: int, tail: int) -> bool:
    """A short line whose last sentences are a picture's credit and nothing before them is furniture
    (放学时分，东城小学门口，治安队员正在守护学生安全。记者黄澄峰摄): one caption, credit and all, as the
    page sets it under its picture."""
    return head == 0 < tail < len(atoms) and atoms[tail - 1][1] <= CLOSED_CAPTION_CHARS \
        and all(_is_picture_credit(hit[0]) for hit in hits[tail:])


def _opening_captions(piece: Piece, region: str) -> list[tuple[int, int]]:
    """The spans of the captions opening a longer line, each a sentence of a caption's length closed by its picture's
    credit in brackets (阿根廷《自由报》…被捕画面。（图片来源：互联网）安东尼娅接受媒体采访。（图片来源：互联网）    新华网北京
    1月10日电 …, a portal's story as its record's text, fresh30 904): a text copied from a page whose pictures came
    first keeps their captions before the story, on the lead's line, as the end of a line keeps them after it
    (_bracketed_credit_closes_sentence). Empty when the line opens otherwise or holds nothing after its captions (a
    line that is one caption and its credit is the short line's rules')."""
    spans, at = [], 0
    while (found := _OPENING_CAPTION.match(piece.text, at)) and _credits_picture(found.group("credit"), region):
        spans.append((found.start("caption"), found.end()))
        at = found.end()
    return spans if spans and piece.text[at:].strip() else []


def _credits_picture(text: str, region: str) -> bool:
    """Whether a cue reads ``text`` as a picture's credit (caption/image_credit: （图片来源：互联网）, （圖／記者吳奕靖攝））."""
    hit = first_cue(text, region)
    return bool(hit) and _is_picture_credit(hit[0])


def _bracketed_credit_closes_sentence(piece: Piece, atoms, hits, head: int, tail: int) -> bool:
    """A longer line whose last atom is a picture's credit in brackets, a cue's image_credit, right after a sentence of
    a caption's length (…並無疑義。▲▼居民以厚紙板將車牌遮蔽。（圖／記者吳奕靖攝）, a Taiwanese story as plain text,
    fresh14 476): a text export that lost the picture kept its caption and credit glued to the paragraph above, as the
    one-line dumps of plaintext do (…爬山。（記者花孟璟攝）, fresh9 351). The credit is the line's only furniture and the
    paragraph keeps a sentence of its own before the caption, so a line that is one sentence and a credit is the short
    line's rule's (_credit_closes_caption) when short; a line that is one longer sentence and its credit is a caption
    too, up to twice a closed caption's length as in record texts (緬甸於週五…摧毀當地多幢建物。（美聯社）, fresh12 414;
    _credited_captions). The caller leaves out the line closing the article: a credit there names who wrote and
    photographed the whole story (…在大家热烈的掌声中结束。(图/张雅琦 文/蒋涛), a campus news item, fresh13 443), and the
    sentence before it is body."""
    if not (head == 0 and tail == len(atoms) - 1 and tail >= 1):
        return False
    credit = piece.text[atoms[-1][0]:atoms[-1][1]].strip()
    start, end = atoms[tail - 1]
    longest = CLOSED_CAPTION_CHARS if tail > 1 else 2 * CLOSED_CAPTION_CHARS
    return _is_picture_credit(hits[-1][0]) and credit[:1] in "（(" \
        and piece.text[start:end].rstrip()[-1:] in SENTENCE_END and end - start <= longest


def _last_sentence_line_cue(piece: Piece, atoms: list[tuple[int, int]], region: str):
    """A cue about whole lines on the paragraph's last sentence read whole, when emphasis cut that sentence into
    atoms none of which is the cue alone: 感兴趣的读者可以关注微信公号**（ID：missmoneytf）**，并回复关键字**“药房”**，…
    (the account's ID and the keyword in bold, a 腾讯财经 column's promo, fresh21 684). Without emphasis the atoms are the
    sentences (_atoms), so there is nothing to read again: most paragraphs are not split a second time."""
    if not piece.bold_spans:
        return None
    start, end = split_sentences(piece.text)[-1]
    if atoms[-1][0] <= start:
        return None  # the last atom is the whole last sentence, read already
    hit = first_cue(piece.text[start:end], region)
    return hit if hit and hit[0].span == "line" else None


def _takes_paragraph(hit, piece: Piece) -> bool:
    """A cue about whole lines, fired on a paragraph's first sentence, takes the paragraph unless the cue's pattern
    holds for that sentence only (it says what ends the line, and the paragraph goes on): an interview's question
    对于隐私的问题，你怎么看？ opening its answer is not the prompt to readers' comments that ends a paragraph."""
    return bool(hit) and hit[0].span == "line" and (hit[0].match != "regex" or bool(hit[0].regex.search(cue_text(piece.text))))


def _citation(piece: Piece, region: str):
    """A reference in author-date form (Leung, T. C., Tsang, K. P., & Tsui, K. K. (2022). Title.) is
    cut into sentences at every initial, so no atom of it is a cue; its cue is tried on the whole line."""
    hit = first_cue(piece.text, region)
    return hit if hit and hit[0].kind == "reference" and hit[0].span == "line" else None


def _byline_naming_whole_line(piece: Piece, region: str, last_hit):
    """A byline cue naming the writer on the whole line, when the cue its last atom fires names nobody: a bare role
    label closing the line after the name (Clara Moskowitz | **撰文**, fresh 62, whose 撰文 alone is a head cue) leaves
    the line one byline. A label opening a line (撰文：…) opens a credit block instead (_label_credit_block)."""
    if _named_author(last_hit[1]):
        return None
    whole = _whole_line_cue(piece, region)
    return whole if whole and whole[0].role == "byline" and _named_author(whole[1]) else None


def _named_author(found: re.Match) -> bool:
    return bool(found.re.groupindex.get("author") and found.group("author"))


def _whole_line_cue(piece: Piece, region: str):
    """A cue that fires on a whole one-sentence line whose emphasis cuts it into atoms neither end of
    which is a cue alone (``**文**｜**田哲**``, ``— **完** —``): the line is one piece of furniture."""
    if len(piece.text) > WHOLE_LINE_CHARS:
        return None
    hit = first_cue(piece.text, region)
    if not hit or hit[0].span == "match" or links_elsewhere(hit[0], piece):
        return None
    # A line of several sentences is one piece of furniture only for a cue about whole lines
    # (a ticker item: 最新消息 如何解决少子化？ 郭台铭：… 2023-09-01 16:06).
    return hit if hit[0].span == "line" or len(split_sentences(piece.text)) == 1 else None


def _split_dateline(piece: Piece, region: str):
    """A cue with span=match (新京报讯（记者X）) cuts only its own text off the piece start."""
    text = cue_text(piece.text)
    for cue in _dateline_cues(region):
        if links_elsewhere(cue, piece):
            continue
        found = cue.regex.match(text)
        if found and found.end() > 0:
            head = _labelled_by_cue(piece.cut(0, found.end()), cue, found)
            return head, piece.cut(found.end(), len(piece.text))
    return None


@lexicon.cached
def _dateline_cues(region: str) -> tuple[Cue, ...]:
    """The span=match cues that apply in ``region``, in file order: every piece is tried against them, and
    walking all the cues for the few of them took more time than the matching."""
    return tuple(cue for cue in boilerplate_cues() if cue.span == "match" and _cue_applies(cue, region))


def _labelled_by_cue(piece: Piece, cue: Cue, found: re.Match) -> Piece:
    captures = {k: v.strip() for k, v in found.groupdict().items() if v and v.strip()}
    return replace(piece.labelled(cue.role, cue.kind, cue.reason, captures), cue=cue)


def _extend_tail_cues(pieces: list[Piece], last_core_block: int) -> list[Piece]:
    """After a ``rest``/``all`` cue in the tail, unlabelled pieces are furniture of that cue's kind;
    anywhere, the list items right after a related-list heading (延伸阅读, 前情回顾) are related links."""
    extending = None
    listing = None
    out = []
    for piece in pieces:
        # An item is a list item, or a line that is one link (a quoted one: > [1. 《…》](https://…), an X article's list).
        if listing is not None and not piece.role and (piece.hint == "list_item" or piece.linked):
            piece = piece.labelled("boilerplate", listing.kind, f"list under {listing.text[:20]!r} ({listing.kind})")
        elif piece.cue is not None and piece.cue.extends == "rest" and piece.kind == "related":
            listing = piece
        else:
            listing = None
        if piece.block > last_core_block or (piece.role and piece.block == last_core_block):
            if piece.cue is not None and piece.cue.extends in ("rest", "all"):
                extending = piece
            elif extending is not None and not piece.role:
                piece = piece.labelled("boilerplate", extending.kind, f"after {extending.text[:20]!r} ({extending.kind})")
        out.append(piece)
    return out


def _label_captions(pieces: list[Piece], document_text: str) -> list[Piece]:
    punctuated = _is_punctuated(pieces)
    line_starts = [0] + [found.end() for found in re.finditer("\n", document_text)]
    out: list[Piece] = []
    for index, piece in enumerate(pieces):
        # An image inside a sentence (the text before it in the block runs on) has no caption.
        inside_sentence = piece.glued_to_image and out and out[-1].block == piece.block \
            and out[-1].text[-1:] not in SENTENCE_END + CLOSERS
        if piece.role or inside_sentence:
            out.append(piece)
        elif piece.hint == "image_caption":
            out.append(piece.labelled("caption", "image_caption", "figure caption element"))
        elif piece.after_image:
            # The text around the piece stands for "the article" when looking for recurring terms;
            # a bounded window keeps long inputs linear.
            start = line_starts[min(piece.source_line, len(line_starts)) - 1]
            context = document_text[max(0, start - CONTEXT_CHARS):start + CONTEXT_CHARS]
            cuts = _caption_after_image(piece, context, punctuated, _credit_follows(pieces, index))
            if len(cuts) == 1 and not cuts[0].role and (reason := _captions_a_picture(pieces, index)):
                # what captions a picture where the page kept none does so under a kept one too (…的报道截图。)
                cuts = [piece.labelled("caption", "image_caption", reason)]
            out.extend(cuts)
        elif reason := _captions_a_picture(pieces, index):
            out.append(piece.labelled("caption", "image_caption", reason))
        else:
            out.append(piece)
    return [cut for piece in out for cut in (None if piece.role else _credited_captions(piece)) or [piece]]


def _label_caption_lookalikes(pieces: list[Piece]) -> None:
    """A line right under a picture set exactly as the page sets the captions found under its other pictures (the same
    element, class, style and alignment: p.pictext align=center, <p style="text-align:center;…">), in a look no body
    paragraph of the page has, is a caption too, sentence or not (安保大队配备直升机，如遇到突发状况可以调用。); a caption's
    length, and a statement: a question under a picture is a section's heading (这是一段婚姻，还是…的利用？)."""
    captions = {_look(p) for p in pieces if (p.role, p.kind) == ("caption", "image_caption") and p.after_image} - {None}
    if not captions:
        return
    prose = {_look(p) for p in pieces if not p.role and not p.after_image}
    for piece in pieces:
        if not piece.role and piece.after_image and not piece.glued_to_image and len(piece.text) <= CLOSED_CAPTION_CHARS \
                and piece.text.rstrip()[-1:] not in "？?！!" and (look := _look(piece)) in captions and look not in prose:
            piece.role, piece.kind, piece.reason = "caption", "image_caption", "a line under a picture set as the page's other captions"


def _look(piece: Piece):
    """How an HTML page sets a piece: its element's and its parent's tag, class, style and alignment (None off HTML)."""
    element = piece.container
    if element is None or not isinstance(element.tag, str):
        return None
    parent = element.getparent()
    return tuple((e.tag, e.get("class"), e.get("style"), e.get("align")) for e in (element, parent) if e is not None)


def is_figure_label(text: str) -> bool:
    """图1. 洪水预报系统框架, 表1. …: a figure's or a table's numbered label, short as a caption is."""
    return len(text) <= CLOSED_CAPTION_CHARS and _FIGURE_LABEL.match(text.strip()) is not None


def _captions_a_picture(pieces: list[Piece], index: int) -> str | None:
    """Why a piece is a caption where the page kept no image (a web page's text, a plain text), else None:
    a short paragraph of its own ending with a word naming a picture of a named work (《…》的报道截图。), or written twice
    (an image's alt text and its caption dumped one after the other), or the short text opening a
    paragraph that ends with a photo credit (雨游黄鹤楼照样开心。城市摄影队 周斌 摄)."""
    piece = pieces[index]
    if piece.hint or len(piece.text) > 2 * CLOSED_CAPTION_CHARS:
        return None
    previous = pieces[index - 1] if index else None
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    after = pieces[index + 2] if index + 2 < len(pieces) else None
    if previous is not None and previous.block == piece.block:
        return None
    if is_figure_label(piece.text):
        return "a paragraph opened by a figure or table number (图1. …, 表1. …)"
    if following is None or following.block != piece.block:
        if piece.text.lstrip()[:1] in PICTURE_MARKS:
            return "a paragraph of its own opened by a mark pointing at the picture above (▲, △)"
        # A strip of buttons written twice (Save Save Save Save: a share widget copied twice, fresh24 787) is a toolbar.
        if _WRITTEN_TWICE.fullmatch(piece.text.strip()) and not control_groups(piece.text):
            return "a line that is one phrase written twice (an image's alt text and its caption)"
        named = piece.text.rstrip("。. ")
        # 《泰晤士报》网站题为《…》的报道截图 shows a named work; 他发了一张聊天记录的截图 is a sentence.
        if len(piece.text) <= CLOSED_CAPTION_CHARS and named.endswith(caption_cues()["closer"]) and "》" in named:
            return "a short paragraph that ends naming a picture of a named work (《…》的报道截图)"
        return None
    credit_closes = _is_picture_credit(following) \
        and (after is None or after.block != piece.block)
    return "the short text before a photo credit closing its paragraph" \
        if credit_closes and len(piece.text) <= CLOSED_CAPTION_CHARS else None


def _is_punctuated(pieces: list[Piece]) -> bool:
    """Whether the article ends its sentences with punctuation (some blogs only use spaces), so
    that an unfinished short line means something. The lines right under a picture are left out: they are the
    ones the answer is asked about (an event report's dozen captions would outvote its paragraphs). Lines count by
    their length: a price list's short rows (6 月 19 日：922 万元, fresh33 967) would outvote the paragraphs too."""
    lines = [p for p in pieces if not p.role and len(p.text) >= 15 and not p.after_image]
    return sum(len(p.text) for p in lines if any(ch in p.text for ch in SENTENCE_END)) >= 0.5 * sum(len(p.text) for p in lines)


def _credit_follows(pieces: list[Piece], index: int) -> bool:
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    return following is not None and _is_picture_credit(following)


def _caption_after_image(piece: Piece, document_text: str, punctuated: bool, credit_follows: bool) -> list[Piece]:
    text = piece.text
    bold_all = piece.n_bold >= len(text) - 1
    if text[0] in BULLETS and (bold_all or len(text) <= 2 * SHORT_CAPTION_CHARS):
        return [piece.labelled("caption", "image_caption", "bullet line right after an image")]
    if is_figure_label(text) and not piece.hint:
        # 图1. 洪水预报系统框架 under its figure is a label whether or not the article punctuates its lines.
        return [piece.labelled("caption", "image_caption", "a figure's numbered label right after it (图1. …)")]
    if credit_follows and len(text) <= SHORT_CAPTION_CHARS and not piece.hint and not piece.glued_to_image:
        # News sites end a photo caption with 。 and put the credit (图片来源：…) on the next line.
        return [piece.labelled("caption", "image_caption", "short line between an image and its credit")]
    if credited_caption().match(text.strip()) and len(text) <= 2 * CLOSED_CAPTION_CHARS and not piece.glued_to_image:
        return [piece.labelled("caption", "image_caption", "a line right after an image closed by its credit (圖／索尼影業 提供)")]
    if _BRACKETED_WHOLE.match(text) and len(text) <= 2 * CLOSED_CAPTION_CHARS and not piece.glued_to_image:
        # （2019年央视春晚，百度成为…）: a paragraph wholly in brackets under a picture describes it
        return [piece.labelled("caption", "image_caption", "a paragraph wholly in brackets right after an image")]
    if piece.set_apart and len(text) <= CLOSED_CAPTION_CHARS and not piece.hint and not piece.glued_to_image:
        # WeChat and news pages print a caption under its picture in smaller or grey type, sentence or not.
        return [piece.labelled("caption", "image_caption", "a short line in smaller or grey type right after an image")]
    # A line ending with a colon introduces what follows (a quote, a list): a sentence, no caption. A
    # line emphasised whole is a section heading under a picture (<strong>公路行驶表现</strong>).
    introduces = text.rstrip().endswith(("：", ":"))
    if punctuated and len(text) <= SHORT_CAPTION_CHARS and not any(ch in text for ch in SENTENCE_END) and not piece.hint \
            and not introduces and not bold_all:
        return [piece.labelled("caption", "image_caption", "short unfinished line right after an image")]
    # A caption on its own line was a block of its own: handled above. A link's text glued to an image
    # (a related headline behind its icon) is one headline, not a caption and a sentence.
    if not piece.glued_to_image or piece.linked:
        return [piece]
    cut = split_glued_caption(text, document_text, piece.bold_spans)
    if cut is None:
        return [piece]
    caption = piece.cut(0, cut).labelled("caption", "image_caption", "caption glued to the next sentence after an image")
    return [caption, piece.cut(cut, len(text))]


def split_glued_caption(text: str, document_text: str, bold_spans=()) -> int | None:
    """Where a caption glued to the following sentence ends, or None when there is no caption.

    A caption that visibly ends (a credit in brackets, a word naming the picture: :func:`_caption_close`)
    within CLOSED_CAPTION_CHARS ends there: ``《安家》剧照恒大危机暴露之初，…``. Otherwise,
    ``…![](url)1月20日，梁文峰参加总理座谈会量化投资的优势在于，…``: the caption is the leading run
    with no sentence end (at most GLUED_CAPTION_CHARS, at most one comma, after a short date or
    place) that stops right before a new clause. A new clause is recognised without a parser: it
    starts with an opener word (这, 目前, 事实上 ...) or with a term the article uses elsewhere
    (量化投资), and the two characters across the cut occur nowhere else (so no cut inside a word).
    The earliest cut backed by an opener or a term of 3+ characters wins.
    Text starting with a preposition or conjunction (在美国的围堵战略下，…) is a body sentence.
    """
    closed = _caption_close().search(text, 0, CLOSED_CAPTION_CHARS)
    if closed and closed.end() < len(text):
        return closed.end()
    cues = caption_cues()
    if text.startswith(cues["not_start"]):
        return None
    first_end = min((text.find(ch) for ch in SENTENCE_END if ch in text), default=len(text))
    weak = None  # a cut supported only by a two-character term, used when nothing better exists
    for cut in range(MIN_GLUED_CAPTION_CHARS, min(GLUED_CAPTION_CHARS, first_end - 6) + 1):
        left, right = text[:cut], text[cut:]
        if not _plausible_caption(left, cues) or not right[0].isalnum() or right.startswith(cues["not_resume"]):
            continue
        if any(start < cut < end for start, end in bold_spans):
            continue  # one emphasis run does not hold a caption and the next paragraph
        if document_text.count(text[cut - 1:cut + 1]) > 1:
            continue
        score = _new_clause_score(right, text, document_text, cues)
        if score >= 3:
            return cut  # the earliest well-supported cut: captions are short
        if score and weak is None:
            weak = cut
    return weak


def _plausible_caption(left: str, cues) -> bool:
    """Whether ``left`` may be a caption glued to the text after it: ending a word, with no colon, at most one comma
    after a short lead (1月20日，…), and that lead no span of time (今年 6 月以来，…, 疫情期间，…: a caption shows a
    moment; a span opens the story's own first sentence, fresh17 542)."""
    if not left[-1].isalnum() or left.endswith(cues["not_end"]) or "：" in left or ":" in left:
        return False
    commas = [i for i, ch in enumerate(left) if ch in "，,"]
    if commas and "".join(left[:commas[0]].split()).endswith(cues["not_lead"]):
        return False
    return len(commas) <= 1 and (not commas or commas[0] <= 10)


def _new_clause_score(right: str, text: str, document_text: str, cues) -> int:
    """5 for an opener word; else the length of a leading term the article uses outside ``text``."""
    if right.startswith(cues["opener"]):
        return 5
    for length in (4, 3, 2):
        term = right[:length]
        if len(term) == length and all(ch.isalnum() for ch in term) and document_text.count(term) > text.count(term):
            return length
    return 0


def _label_profile_card(pieces: list[Piece], first_core_block: int) -> None:
    """WeChat's profile card: the short line(s) above ``微信号 X`` carry the account name."""
    for index, piece in enumerate(pieces):
        if "account_id" not in piece.captures:
            continue
        names = [p for p in pieces[:index] if not p.role and p.block < first_core_block and len(p.text) <= 30]
        if names:  # the nearest line above is the nickname; the same name higher up is the header link
            account = names[-1].text
            for p in names:
                if p.text == account:
                    p.role, p.kind, p.reason = "byline", "outlet", "account name on the WeChat profile card (above 微信号)"
                    p.captures = {"outlet": account}
                elif p.text.endswith(" " + account) and " " not in p.text[:-len(account) - 1].strip():
                    # WeChat's meta line without the 原创 badge: <author> <account> (李木 黑白天实验室)
                    p.role, p.kind, p.reason = "byline", "author", "WeChat meta line: the writer before the account's name"
                    p.captures = {"author": p.text[:-len(account)].strip(), "outlet": account}
        return


def _label_repeated_title(pieces: list[Piece], last_core_block: int) -> None:
    """The title repeated anywhere (a page's second headline, a print title after a table), and the
    account name shown again under the article, are page chrome."""
    titles = [without_spaces(p.text) for p in pieces if p.role == "title"]
    accounts = {p.captures.get("outlet") or p.text for p in pieces
                if p.role == "byline" and ("outlet" in p.captures or p.kind == "outlet")}
    for piece in pieces:
        if piece.role or not titles:
            continue
        if any(_repeats(without_spaces(piece.text), title) for title in titles):
            piece.role, piece.kind, piece.reason = "boilerplate", "repeated_title", "the title repeated"
        elif piece.block > last_core_block and piece.text in accounts:
            piece.role, piece.kind, piece.reason = "boilerplate", "page_chrome", "account name repeated after the article"


# A summary's label with a colon (摘要：…, 内容提要：…, 核心提示：…).
_SUMMARY_LABEL = re.compile(r"^(?:摘要|内容提要|內容提要|核心提示)\s*[：:]\s*")


def _label_summary_repeating_the_lead(pieces: list[Piece]) -> None:
    """A labelled summary that the next paragraph opens with again (摘要：日前，特斯拉突破300美元大关… over the lead
    日前，特斯拉突破300美元大关…, a 百家号 story in a news site's SQL row, fresh27 848) is the portal's summary box, said
    again by the article; a journal's 内容提要： that the text does not repeat is the article's own abstract. With no
    label, a teaser cut short by an ellipsis that the text under it opens with, across its paragraphs (> 2014年，莫迪
    当选印度总理后，…他还… over the first two paragraphs, fresh31 925: a clipper's or a platform's excerpt) is one too,
    when at least SUBSTANTIAL_CHARS long: a short line ending in … may open the text's own first words."""
    for index, piece in enumerate(pieces[:-1]):
        text = piece.text.strip()
        label = _SUMMARY_LABEL.match(text)
        teaser = None if label else _TEASER_END.search(text)
        summary = without_spaces(text[label.end():]).rstrip("。.…") if label \
            else without_spaces(text[:teaser.start()]) if teaser else ""
        if piece.role or not summary or (teaser and len(summary) < SUBSTANTIAL_CHARS):
            continue
        following = without_spaces(pieces[index + 1].text)
        for later in pieces[index + 2:]:
            if len(following) >= len(summary):
                break
            following += without_spaces(later.text)
        if following.startswith(summary):
            piece.role, piece.kind, piece.reason = "boilerplate", "summary", \
                "a labelled summary the lead repeats" if label else "a teaser cut short that the text under it repeats"


def _label_headline_stack(pieces: list[Piece], first_core_block: int) -> None:
    """A paper's headline stack opening the text above the article (a crawl keeps the print headlines as the record's
    first lines: 龙煤集团脱困转型再出新招 / 拟超22亿元转让363处资产“补血” over the title 龙煤集团为脱困转型：欲超22亿转让363
    处资产, fresh23 764): the leading lines above the core, each a headline's length with no sentence mark before its end
    and sharing a good part of its character pairs with the title, together holding most of the title's, are the
    headlines again; a sentence with no end mark right under them, the summary the paper sets under its headlines (公司有关
    人士表示，…加快脱困转型的速度), is its standfirst (a section's heading there has no clause mark), unless a colon ends
    it: a line that opens what follows (a speech's salutation 女士们，先生们，朋友们： under its headline, fresh25 803) is
    the text's own. A kicker or a column's name alone holds too little of the title."""
    pairs = _char_pairs(next((piece.text for piece in pieces if piece.role == "title"), ""))
    head = [piece for piece in pieces if not piece.role and piece.block < first_core_block]
    stack = list(takewhile(lambda piece: _stacked_headline(without_spaces(piece.text), pairs), head))
    if not stack or len(set().union(*(_char_pairs(piece.text) for piece in stack)) & pairs) < STACK_TITLE_SHARE * len(pairs):
        return
    for piece in stack:
        piece.role, piece.kind, piece.reason = "boilerplate", "repeated_title", "a print headline of the stack over the text (the title reworded)"
    summary = head[len(stack)] if len(head) > len(stack) else None
    if summary is not None and len(summary.text.strip()) <= STACK_SUMMARY_CHARS and summary.text.strip()[-1:] not in SENTENCE_END + "”」：:" \
            and any(mark in summary.text for mark in "，,"):
        summary.role, summary.kind, summary.reason = "boilerplate", "summary", "the summary under the print headlines (no sentence ends it)"


def _stacked_headline(text: str, title_pairs: set[str]) -> bool:
    """Whether a line may be one headline of a stack reworded by the title: short, no sentence mark but a closing ？ or
    ！ (a headline ends on no 。: 今天在香港，腾讯宣布多项AI人才培养举措。 opens a text), a good share of its character
    pairs the title's."""
    pairs = _char_pairs(text)
    return 0 < len(text) <= STACK_LINE_CHARS and "。" not in text and not any(ch in text[:-1] for ch in SENTENCE_END) \
        and bool(pairs) and len(pairs & title_pairs) >= STACK_LINE_SHARE * len(pairs)


def _char_pairs(text: str) -> set[str]:
    """The pairs of neighbouring letters or digits of a text (punctuation and quotation marks left out)."""
    letters = re.sub(r"[\W_]", "", text)
    return {letters[i:i + 2] for i in range(len(letters) - 1)}


def _label_headlines_of_the_title_s_column(pieces: list[Piece]) -> None:
    """A title that opens with a name and a bar (德国之声｜人大常委全票通过…) marks that name's column; a
    short line elsewhere opening with the same name and bar (德国之声｜传国安法通过即拘黄之锋…) is another
    headline of the column, a related post's card, not a sentence of this article."""
    title = next((piece.text for piece in pieces if piece.role == "title"), "")
    column = COLUMN_PREFIX.match(title)
    if not column:
        return
    for piece in pieces:
        found = COLUMN_PREFIX.match(piece.text)
        if not piece.role and found and found.group(1) == column.group(1) and len(piece.text) <= LINK_LINE_CHARS \
                and without_spaces(piece.text) != without_spaces(title):
            piece.role, piece.kind, piece.reason = "boilerplate", "related", f"another headline of the title's column {column.group(1)!r}"


def _cut_repeated_title(pieces: list[Piece]) -> list[Piece]:
    """A title repeated inside a longer run of text (a corpus dump glues the table, the headline
    again and the dateline into one line) is cut out of it as page chrome."""
    titles = [title for p in pieces if p.role == "title" and len(title := STAMP_BEFORE_TITLE.sub("", p.text.strip())) >= 8]
    out: list[Piece] = []
    for piece in pieces:
        found = None if piece.role else next(filter(None, (_title_inside(piece.text, t) for t in titles)), None)
        if found is None:
            out.append(piece)
            continue
        start, end = found
        before, after = piece.cut(0, start), piece.cut(end, len(piece.text))
        if _is_nav_strip(before.text):
            before = before.labelled("boilerplate", "nav", "a run of words with no punctuation glued before the repeated title")
        repeated = piece.cut(start, end).labelled("boilerplate", "repeated_title", "the title repeated inside the text")
        out.extend(p for p in (before, repeated, after) if p.text)
    return out


# A headline the text shows again is broken over at most this many lines.
TITLE_LINES = 4


def _label_title_over_lines(pieces: list[Piece]) -> None:
    """A headline the text shows again broken over consecutive short lines that end no sentence (习近平总书记重要讲话 /
    引发全国广大团员青年热烈反响 under a WeChat post's title field, fresh36 1029; a page's banner setting the headline in two
    lines) is the title repeated, as one line repeating it is: the first run of unlabelled lines that, joined, is a
    title of HEADING_CHARS/5 characters or more, with the text's first line right above it when that is short and
    unfinished (铭记关爱倍感温暖 奋力拼搏不负重托, the kicker). A run that only begins the title (a lead that opens with its
    words) is no copy."""
    titles = {title for p in pieces if p.role == "title"
              if len(title := without_spaces(STAMP_BEFORE_TITLE.sub("", p.text.strip()))) >= HEADING_CHARS // 5}
    for start in range(len(pieces)):
        joined = ""
        for end in range(start, min(start + TITLE_LINES, len(pieces))):
            line = pieces[end]
            if line.role or not _short_unfinished(line):
                break
            joined += without_spaces(line.text)
            if end > start and joined in titles:
                for repeated in pieces[start:end + 1]:
                    repeated.role, repeated.kind, repeated.reason = \
                        "boilerplate", "repeated_title", "the title repeated, broken over short lines"
                kicker = pieces[start - 1] if start else None
                if kicker and not kicker.role and _short_unfinished(kicker) and all(p.role for p in pieces[:start - 1]):
                    # the text's first line right above it, short and unfinished: the headline's kicker (引题)
                    kicker.role, kicker.kind, kicker.reason = "boilerplate", "repeated_title", "the kicker over the title repeated"
                return
            if not any(title.startswith(joined) for title in titles):
                break


def _short_unfinished(piece: Piece) -> bool:
    """A line of at most HEADING_CHARS characters with no sentence end: a heading's, a headline's part."""
    return len(piece.text.strip()) <= HEADING_CHARS and not any(ch in piece.text for ch in SENTENCE_END)


# A headline set in 【】 at the start of a text (the telegraph's convention: 【标题】财联社8月20日电，…).
_BRACKETED_OPENING = re.compile(r"^\s*【([^【】]{4,})】")


def _title_inside(text: str, title: str):
    """(start, end) of a near-copy of ``title`` inside a longer ``text`` (anchored on its first and
    last four characters) that stands apart: after a sentence end or a bracket, not running on into
    a clause (a sentence that names the title, 本文研究了<title>，…, keeps it), else None. A navigation strip
    glued before it (no punctuation at all) sets it apart too. A text opening with the title in 【】 (a telegraph's
    【headline】 glued to its dateline 财联社8月20日电，…, fresh37 1043) repeats it brackets and all, however short the text."""
    bracketed = _BRACKETED_OPENING.match(text)
    if bracketed and text[bracketed.end():].strip() and _repeats(without_spaces(bracketed.group(1)), without_spaces(title)):
        return bracketed.start(), bracketed.end()
    if len(text) < LONGER_THAN_TITLE * len(title):
        return None  # a line that is mostly the title (原文来自X：<title>) is left to the cues
    start = text.find(title[:4])
    while start >= 0:
        end = text.find(title[-4:], start + 4)
        # A near-copy with a clause's comma the title has not is a sentence that begins as the headline reads (马英九访问
        # 大陆第二日，广东省委书记黄坤明周二晚…会晤。 under 马英九访问大陆第二日 会晤广东省委书记黄坤明, a GNews mirror), kept whole.
        stands_apart = (start == 0 or text[start - 1] in SENTENCE_END + CLOSERS + " \u3000" or _is_nav_strip(text[:start])) \
            and text[end + 4:end + 5] not in tuple("，、；：,;:") and not set("，,；;") & set(text[start:end + 4]) - set(title)
        if end >= 0 and stands_apart and (_repeats(text[start:end + 4], title) or (start == 0 and _print_headline(text[:end + 4], title))):
            return start, end + 4
        start = text.find(title[:4], start + 1)
    return None


def _is_nav_strip(text: str) -> bool:
    return len(text.strip()) >= NAV_STRIP_MIN_CHARS and bool(_NAV_STRIP.match(text.strip()))


def _print_headline(text: str, title: str) -> bool:
    """A longer form of the title opening a dump (a corpus record's content starts with the print headline,
    重庆上邦高球场运营７年背后：非法占地…被罚１２７３万, where the record's title is 重庆上邦高球场非法占地…被罚１２７３万):
    it begins and ends as the title does, ends no sentence inside, and is at most PRINT_HEADLINE_RATIO times as long."""
    return len(text) <= PRINT_HEADLINE_RATIO * len(title) and not any(ch in text for ch in SENTENCE_END)


def repeats_title(text: str, title: str) -> bool:
    """Whether a line of its own is the title again: a near-copy, or a print headline that begins and ends as
    the title does (a record's text opening with the paper's longer headline)."""
    text, title = without_spaces(text), without_spaces(title)
    return _repeats(text, title) or (len(title) >= 8 and text.startswith(title[:4]) and text.endswith(title[-4:])
                                     and _print_headline(text, title))


def _repeats(text: str, title: str) -> bool:
    if text == title:
        return True
    if len(text) < 8 or not 0.8 <= len(text) / max(len(title), 1) <= 1.25 or any(ch in text for ch in "。！？"):
        return False
    return difflib.SequenceMatcher(None, text, title).ratio() >= REPEATED_TITLE_RATIO


def _label_prompt_neighbours(pieces: list[Piece], first_core_block: int, last_core_block: int) -> None:
    """In the head or tail, short lines next to a follow prompt, promo or profile card are part of it:
    the slogan above 36氪旗下精选公众号, the 带你读懂网络安全 under 关注我们, the company name and slogan
    above a WeChat card's 8076篇原创内容."""
    prompts = [i for i, p in enumerate(pieces) if p.role == "boilerplate" and p.kind in PROMPT_KINDS]
    for index in prompts:
        prompt = pieces[index]
        for step in (-1, 1):
            neighbour = index + step
            # A run of such lines goes with it (a company name above a slogan above 8076篇原创内容).
            while 0 <= neighbour < len(pieces) and _prompt_neighbour(pieces[neighbour], first_core_block, last_core_block, below=step > 0):
                piece = pieces[neighbour]
                piece.role, piece.kind, piece.reason = "boilerplate", prompt.kind, f"short line beside {prompt.text[:20]!r} ({prompt.kind})"
                neighbour += step


def _prompt_neighbour(piece: Piece, first_core_block: int, last_core_block: int, below: bool) -> bool:
    """An unlabelled short line outside the core that ends no sentence; above the article, not one that
    numbers a section (一、静态页面 opens the article's first part), as a menu's items do below it. A
    short line under a picture there is the promo's too (早上好~ under an account's banner), not a caption.
    Below the article and below the prompt a slogan may shout (A better you, A bigger world! under a
    follow prompt); anywhere else a line with ！ may be the article's lede or its last words."""
    head, tail = piece.block < first_core_block, piece.block > last_core_block
    ends = "。？?" if tail and below else "。！？!?"
    short = len(piece.text) <= PROMPT_NEIGHBOUR_CHARS and not any(ch in piece.text for ch in ends)
    free = not piece.role or (piece.role, piece.kind) == ("caption", "image_caption")
    return free and (tail or (head and not _NUMBERED_LINE.match(piece.text))) and short


def _label_links_outside(pieces: list[Piece], first_core_block: int, last_core_block: int) -> None:
    """Above or below the article, a short line that is mostly link text (HTML) is a link to elsewhere:
    a related headline, a channel, a menu item. Bylines and titles are labelled before this. A linked line
    that ends with a full stop is a sentence, which a headline never is: the writer linked his own sentence
    to an earlier post (那天有读者问我人民币黄金，我回答说，…自然就懂了。 opening a WeChat commentary), unless
    the line above introduces it (可以看这篇文章：⏎[道个别。。](…): a post's title, in the account's style)."""
    for index, piece in enumerate(pieces):
        outside = piece.block < first_core_block or piece.block > last_core_block
        sentence = piece.text.rstrip().endswith("。") and not (index and pieces[index - 1].text.rstrip().endswith(("：", ":")))
        if not piece.role and piece.linked and outside and len(piece.text) <= LINK_LINE_CHARS and not sentence:
            piece.role, piece.kind, piece.reason = "boilerplate", "related", "a short link line outside the article"


def _label_link_runs(pieces: list[Piece]) -> None:
    """Anywhere, even inside the article's stretch, a run of at least LINK_RUN short lines of link text
    (an HTML link, a markdown line that is one link), each ending no sentence, with only furniture between them (the bullets of a list), is a
    list of links to elsewhere: other articles' headlines, an ad box in the main column (医疗关注--前列腺新发现
    / ★07男人--补肾新药（图）). A sentence of the article is never a whole link."""
    _label_runs(pieces, lambda piece: not piece.role and piece.linked and len(piece.text) <= LINK_LINE_CHARS
                and piece.text.strip()[-1:] not in SENTENCE_END,
                LINK_RUN, "related", "one of a run of {} short link lines (a list of links)",
                skip=lambda piece: piece.role == "boilerplate")  # a bullet or a separator between the links


def _label_record_field_runs(pieces: list[Piece]) -> None:
    """A run of at least RECORD_FIELD_RUN lines each a program's field name, a colon and its value (count : 11844 /
    description : … / img : /info/….jpg, fresh18 563: a news API's response pasted into a Javadoc comment; a debug dump,
    a YAML-like export) is the record's fields, not the article, whatever the values say: the body a field holds is on
    the lines under its key (message : / <p>…), which no key opens. Lines labelled already (status : true, a date field
    read as a byline: publishTime: 2023-12-01) keep their label and do not break the run."""
    def field(piece: Piece) -> bool:
        return _RECORD_FIELD_LINE.match(piece.text.strip()) is not None

    _label_runs(pieces, lambda piece: not piece.role and field(piece),
                RECORD_FIELD_RUN, "record_field", "one of a run of {} lines of a record's fields (key : value)",
                skip=lambda piece: piece.role == "boilerplate" or (bool(piece.role) and field(piece)))


# A source file's class, interface or enum declared (public class LogUtil {, class Artitle implements Serializable {).
_CLASS_DECLARATION = re.compile(r"^(?:(?:public|private|protected|abstract|final|static|sealed|data|open)\s+)*"
                                r"(?:class|interface|enum|record|object)\s+[A-Za-z_$][\w$]*")
# A block comment's opening and closing lines as the text reader leaves them (/**, /*; */, **/, the stars read off).
_COMMENT_OPENERS = frozenset({"/", "/*", "/**"})
_COMMENT_CLOSERS = frozenset({"/", "*/", "**/"})


def _label_class_doc_comments(pieces: list[Piece]) -> None:
    """The doc comment right above a class's declaration in a source file (/** @Author zhangdanyang02 / @Date
    2019/7/15 20:29 */ public class LogUtil {, fresh33 970; 作者：夏洪武 / 时间：2019/2/20. over a Java bean, fresh30
    902; Date 2017/5/8 / Editor Misuzu, fresh27 849; @author / @time, fresh30 905) names who wrote the code and when,
    not the story the file holds: chrome, whatever a byline or date cue read in it. A news API's record pasted there
    (title : … / ptime : … / content : <p>…, over a bean's nested class, fresh30 904) is no such comment: it stays as
    read."""
    for index, piece in enumerate(pieces[1:], start=1):
        if not _CLASS_DECLARATION.match(piece.text.strip()) or pieces[index - 1].text.strip() not in _COMMENT_CLOSERS:
            continue
        opener = next((at for at in range(index - 2, -1, -1) if pieces[at].text.strip() in _COMMENT_OPENERS), None)
        comment = pieces[opener + 1:index - 1] if opener is not None else []
        if any(inside.kind == "record_field" for inside in comment):
            continue
        for inside in comment:
            inside.role, inside.kind, inside.reason = "boilerplate", "code_doc", "the doc comment over a class: the code's author and date"
            inside.captures = {}


@lexicon.cached
def _page_controls() -> dict[str, str]:
    """data/lexicon/page_controls.tsv: a control's label (NFKC, lower case) -> its group."""
    return {unicodedata.normalize("NFKC", word).lower(): group
            for word, group in lexicon.read_rows("page_controls.tsv", ("word", "group"))}


def control_groups(text: str) -> list[str] | None:
    """The groups of the labels a line is made of when it is nothing but a page's controls and their counters
    (分享到：微信 微博 QQ空间 -> share ×4; 赞 12 评论 3 -> share, comment), else None. A size word (大 中 小) counts only
    beside a font word (字号), and counters only beside a label: 大 中 小 or 12 / 3 alone are no controls."""
    controls = _page_controls()
    groups = []
    for token in _CONTROL_SEPARATORS.split(unicodedata.normalize("NFKC", text).lower()):
        word = _CONTROL_COUNTERS.sub("", token)
        if not word:
            continue  # a separator's leftovers or a counter
        if word not in controls:
            return None
        groups.append(controls[word])
    if "size" in groups and "font" not in groups:
        return None
    return groups or None


def _label_control_strips(pieces: list[Piece], first_core_block: int, last_core_block: int, alone: bool) -> None:
    """A short line made only of a page's control labels (data/lexicon/page_controls.tsv: share, print, font size,
    comment, open-in-app, player, navigation; 分享到：微信 微博 QQ空间, 【字号 大 中 小】【打印】【关闭窗口】, 收藏 / 举报)
    is the page's toolbar, in any order and with any separators, wherever it stands: no sentence is a string of button
    labels. One label alone (返回首页, 展开全文, 小程序: the ``alone`` pass, run after the menus are found) is a toolbar
    only above or below the article: inside it, 推荐 alone may head a section; a video player's label alone (播放, 重播:
    what an export keeps of a video in the text) heads nothing, so it is the player's wherever it stands."""
    for piece in pieces:
        text = piece.text.strip()
        if piece.role or len(text) > CONTROL_STRIP_CHARS or any(mark in text for mark in "。？?"):
            continue
        groups = control_groups(text)
        outside = piece.block < first_core_block or piece.block > last_core_block
        if groups and (len(groups) == 1 and alone and (outside or groups == ["player"]) or len(groups) >= 2 and not alone):
            piece.role, piece.kind, piece.reason = "boilerplate", "page_chrome", \
                f"a line of {len(groups)} page control label(s) ({', '.join(sorted(set(groups)))})"


def _label_runs(pieces: list[Piece], member, minimum: int, kind: str, reason: str, skip=lambda piece: False) -> None:
    """Label boilerplate ``kind`` every run of at least ``minimum`` consecutive pieces that are ``member``s
    (pieces that ``skip`` passes over do not break a run); ``reason`` is formatted with the run's length."""
    run: list[Piece] = []
    for piece in [*pieces, None]:
        if piece is not None and skip(piece):
            continue
        if piece is not None and member(piece):
            run.append(piece)
            continue
        if len(run) >= minimum:
            for item in run:
                item.role, item.kind, item.reason = "boilerplate", kind, reason.format(len(run))
        run = []


def _label_stamped_teasers(pieces: list[Piece]) -> None:
    """A run of at least LINK_RUN paragraphs, each closed by a bare month-day stamp after its last sentence
    (体育9月8日上午，…新闻发布厅举行。09-08), is a channel's list of other stories' teasers, however long each is:
    an article's own paragraph never ends with a date after its full stop. Labelled before the article's
    stretch is measured, so that the list does not hold it open."""
    _label_runs(pieces, lambda piece: not piece.role and bool(_STAMPED_TEASER.search(piece.text)),
                LINK_RUN, "related", "one of a run of {} teasers each closed by a month-day stamp")


def _label_subject_resume_headings(pieces: list[Piece]) -> None:
    """A heading of a name and 简历 heads the résumé of the story's subject, with which mainland official news closes a
    story of an appointment, an investigation or a death (徐鸣简历 / 徐鸣，男，汉族，1958年1月生，… / its dated posts under
    原国家粮食局副局长徐鸣，涉嫌严重违纪违法被查, fresh26 825), when the headline names the person or the line under it is
    an official résumé's (name, sex, ethnicity: 王建国，男，汉族，…): the article's own part, not the writer's bio that the
    author_note cue of data/lexicon/boilerplate.tsv takes under a column (中岛 惠简历 / 出生于日本山梨县。…, fresh19 611,
    whose columnist the headline does not name). So does a profile (X简介) of a person the story named above it when
    the line under it opens on the name (李彦宏简介 / 李彦宏，1991年毕业于…, under an interview, fresh25 811)."""
    headline = "".join(piece.text for piece in pieces if piece.role == "title")
    for index, piece in enumerate(pieces):
        named = None if piece.role else _RESUME_HEADING.match(piece.text.strip())
        if not named:
            continue
        name = named.group(1)
        under = next((following.text.strip() for following in pieces[index + 1:] if following.text.strip()), "")
        official = OFFICIAL_RESUME_LINE.match(under)
        # 李彦宏简介 / 李彦宏，1991年毕业于北京大学，… under an interview whose lead names him (fresh25 811): a profile
        # of someone the story has named, opening on the name, is the story's; a company's self-description under a
        # repost (威努特简介) names what the story never did
        # (the name said in the text above: not in a headline, a byline or a feed's plain-text twin, judged already)
        profiled = re.match(re.escape(name) + r"\s*[，,]", under) and any(
            name in earlier.text for earlier in pieces[:index] if not earlier.role)
        resume = not piece.text.strip().rstrip("：:").endswith(("简介", "簡介"))  # a topic's 简介 under its headline is no résumé
        if resume and (name in headline or (official and official.group(1) == name)) or profiled:
            piece.role, piece.kind, piece.reason = "body", "heading", "the résumé heading of the story's subject"


def _label_second_copy(pieces: list[Piece]) -> None:
    """A file holding the article twice (a crawler wrote the page's text again under the first copy): where
    a run of pieces repeats an earlier run line for line, with at least COPY_RUN substantial paragraphs,
    the second run is no article text. Only the first such repetition counts. A first copy the reader already
    made chrome (a record's text stored twice, the copy not read as its body: 人民网's "content" list beside its
    "content_text") leaves the other copy the article."""
    seen: dict[str, int] = {}
    for index, piece in enumerate(pieces):
        key = without_spaces(piece.text)
        if len(key) < SUBSTANTIAL_CHARS or piece.role == "boilerplate":
            continue
        first = seen.setdefault(key, index)
        run = 0
        while first + run < index and index + run < len(pieces) \
                and without_spaces(pieces[first + run].text) == without_spaces(pieces[index + run].text):
            run += 1
        if sum(len(without_spaces(pieces[index + k].text)) >= SUBSTANTIAL_CHARS for k in range(run)) < COPY_RUN:
            continue
        start = index
        while start > first + run and first - (index - start) - 1 >= 0 \
                and without_spaces(pieces[start - 1].text) == without_spaces(pieces[first - (index - start) - 1].text):
            start -= 1  # the copy's short lines above its first long one (its subtitle) are part of it
        for copied in pieces[start:index + run]:
            if not copied.role:
                copied.role, copied.kind, copied.reason = "boilerplate", SECOND_COPY_KIND, "the article again, line for line, under its first copy"
        return


def _label_repeated_outside(pieces: list[Piece], first_core_block: int, last_core_block: int) -> None:
    """Above or below the article, a short line that ends no sentence and stands on the page more than
    once (a channel bar printed over every box, 天津频道|独家关注|高层动态; a label repeated by a widget) is
    the page's furniture: an article does not repeat its own short lines outside itself. A second copy of
    the whole article repeats none of them."""
    counts: dict[str, int] = {}
    for piece in pieces:
        if piece.kind != SECOND_COPY_KIND:
            counts[without_spaces(piece.text)] = counts.get(without_spaces(piece.text), 0) + 1
    furniture_above: list[str] = []
    for piece in pieces:
        if piece.role == "boilerplate" and piece.kind != SECOND_COPY_KIND:
            furniture_above.append(without_spaces(piece.text))
        outside = piece.block < first_core_block or piece.block > last_core_block
        text, key = piece.text.strip(), without_spaces(piece.text)
        if not outside or piece.role or len(text) > LINK_LINE_CHARS or text[-1:] in SENTENCE_END:
            continue
        if counts[key] > 1:
            piece.role, piece.kind, piece.reason = "boilerplate", "page_chrome", "a short line the page repeats, outside the article"
        elif len(key) >= REPEATED_PART_CHARS and any(key in line and key != line for line in furniture_above):
            # A headline's halves again on lines of their own under the note that printed it whole (新闻原标题：X　Y,
            # then X, then Y: a portal's copy of a paper's story): the page's header printed twice. A part of the
            # title is not enough: a section's heading may be half the headline (出国前后关注点大不同).
            piece.role, piece.kind, piece.reason = "boilerplate", "page_chrome", "a short line the page prints inside its furniture too"


def _label_between_furniture(pieces: list[Piece], last_core_block: int) -> None:
    """Under the article, a short line that ends no sentence with furniture right above it and
    furniture (or the end of the page) right below it is furniture too: the headline of another story
    between two channel bars, a slogan between a follow prompt and the page's footer."""
    for index, piece in enumerate(pieces):
        if piece.role or piece.block <= last_core_block or len(piece.text) > PROMPT_NEIGHBOUR_CHARS \
                or any(ch in piece.text for ch in SENTENCE_END) or not index:
            continue
        below = pieces[index + 1] if index + 1 < len(pieces) else None
        if pieces[index - 1].role == "boilerplate" and (below is None or below.role == "boilerplate"):
            piece.role, piece.kind, piece.reason = "boilerplate", pieces[index - 1].kind, "a short line between furniture under the article"


# Lines that credit people or a source (a writer, an editor, a picture, a talk's speaker, where the text came from,
# how to reach the writer).
_CREDIT_LINE_KINDS = (*_CREDIT_KINDS, "credit", "source_note", "contact")
# A credit label standing alone ends in one of these (撰文：, 封面来源｜): its value is on the next line.
_LABEL_ENDS = ("：", ":", "｜", "|")


def _label_between_credits_above(pieces: list[Piece], first_core_block: int) -> None:
    """Above the article, a short line that ends no sentence right under a credit line is one more credit when the
    credit above is a label waiting for its value (封面来源｜ over 《米小圈上学记》, fresh13 450) or another credit line
    follows it: a name the page set on a line of its own (南方周末实习生 蒋敏玉 between 文｜… and 责任编辑｜…, fresh7
    310), a note-taker's credit in no labelled form (高级笔记达人 | 天朗明月 between 分享嘉宾： and 责编 |, fresh10 361),
    a contact's label (邮箱 ｜ over the address, fresh10 360). A deck under the headline stays: the title is no credit."""
    for index in range(1, len(pieces)):
        piece, above = pieces[index], pieces[index - 1]
        below = pieces[index + 1] if index + 1 < len(pieces) else None
        if piece.role or piece.block >= first_core_block or len(piece.text) > PROMPT_NEIGHBOUR_CHARS \
                or any(ch in piece.text for ch in SENTENCE_END) or above.kind not in _CREDIT_LINE_KINDS:
            continue
        awaits_value = above.kind in _CREDIT_KINDS and above.text.strip().endswith(_LABEL_ENDS)
        if awaits_value or (below is not None and below.kind in _CREDIT_LINE_KINDS):
            piece.role, piece.kind, piece.reason = "boilerplate", "credit", "a short line in the credit block above the article"


# Above the article, the most short lines a menu's labelled items may enclose (TAIPEI TIMES / 求職 / 爆 in LTN's bar).
MENU_GAP_RUN = 3
MENU_GAP_CHARS = 12
_MENU_KINDS = ("nav", "page_chrome")


def _label_between_menu_items_above(pieces: list[Piece], first_core_block: int) -> None:
    """Above the article, a run of at most MENU_GAP_RUN short lines that end no sentence, with a menu item or a
    line the page repeats right above the run and right below it, is more of that menu: the items the page did
    not repeat (影音 between 蒐奇 and 財經, TAIPEI TIMES / 求職 / 爆 between 專區 and Search in a copied LTN page).
    A byline or the title beside the run breaks it, so a standfirst under the headline stays."""
    index = 0
    while index < len(pieces) and pieces[index].block < first_core_block:
        end = index
        while end < len(pieces) and end - index <= MENU_GAP_RUN and pieces[end].block < first_core_block \
                and _menu_gap_line(pieces[end]):
            end += 1
        run = pieces[index:end]
        if run and len(run) <= MENU_GAP_RUN and index and end < len(pieces) \
                and pieces[index - 1].role == "boilerplate" and pieces[index - 1].kind in _MENU_KINDS \
                and pieces[end].role == "boilerplate" and pieces[end].kind in _MENU_KINDS:
            for piece in run:
                piece.role, piece.kind, piece.reason = "boilerplate", "nav", "a short line between menu items above the article"
        index = max(end, index + 1)


def _menu_gap_line(piece: Piece) -> bool:
    text = piece.text.strip()
    return not piece.role and 0 < len(text) <= MENU_GAP_CHARS and not any(ch in text for ch in SENTENCE_END + "，,")


def _label_teasers(pieces: list[Piece], first_core_block: int, last_core_block: int) -> None:
    """Other articles' teasers: a paragraph right above a read-more link (【详细】) anywhere; above or
    below the article, a paragraph cut short by one ellipsis, and the short unfinished line right above
    it, its headline (a related box a page puts inside its main column: 香港警方：…谴责造谣者 /
    港铁公司…46人因参…)."""
    related = _RelatedHeading(pieces)
    for index, piece in enumerate(pieces):
        if piece.role:
            continue
        if _followed_by_read_more(pieces, index, related):
            piece.role, piece.kind, piece.reason = "boilerplate", "related", "a teaser right above a read-more link"
            continue
        outside = piece.block < first_core_block or piece.block > last_core_block
        if not outside or not _TEASER_END.search(piece.text) or not _WORD.search(piece.text):
            continue  # ......... alone closes a writer's list (假如…；假如…；), no teaser cut short
        # One paragraph ending in … could be the writer's; a teaser comes with its headline or with others.
        above = pieces[index - 1] if index else None
        below = pieces[index + 1] if index + 1 < len(pieces) else None
        headline = above is not None and not above.role and len(above.text) <= LINK_LINE_CHARS \
            and not any(ch in above.text for ch in SENTENCE_END)
        if not headline and not any(p is not None and _TEASER_END.search(p.text) for p in (above, below)):
            continue
        piece.role, piece.kind, piece.reason = "boilerplate", "related", "a teaser cut short by an ellipsis outside the article"
        if headline:
            above.role, above.kind, above.reason = "boilerplate", "related", "the headline of a teaser outside the article"


def _label_outlet_lines_below(pieces: list[Piece], last_core_block: int) -> None:
    """Below the article, a line that is only an outlet's name (环球网 under a 163 page: data/lexicon/
    outlet_cues.tsv's endings) credits a source or a picture, not a sentence of the article."""
    from zhnews.load.html import outlet_suffixes

    for piece in pieces:
        text = piece.text.strip()
        if not piece.role and piece.block > last_core_block and _OUTLET_LINE.match(text) \
                and text.endswith(outlet_suffixes()) and text not in outlet_suffixes():
            piece.role, piece.kind, piece.reason = "boilerplate", "source_note", "an outlet's name alone under the article"


def _label_account_above_swipe(pieces: list[Piece], last_core_block: int) -> None:
    """A saved or exported WeChat page ends with the account's card: 继续滑动看下一个, 轻触阅读原文,
    the account's avatar and name, perhaps the toolbar (赞 分享 在看 写留言), 向上滑动看下一个. The
    nearest short line above that last hint that no cue names as furniture is the account's name,
    the outlet (a last resort in meta: read only when nothing else names one)."""
    for index, hint in enumerate(pieces):
        if hint.block <= last_core_block or not _is_swipe_to_next(hint.text):
            continue
        above = index - 1
        while above >= 0 and pieces[above].block > last_core_block and first_cue(pieces[above].text, "tail"):
            above -= 1
        account = pieces[above] if above >= 0 else None
        text = account.text.strip() if account else ""
        if account and account.block > last_core_block and account.role != "title" \
                and 2 <= len(text) <= ACCOUNT_NAME_CHARS and not any(ch in text for ch in SENTENCE_END):
            pieces[above] = account.labelled("boilerplate", "wechat_account", "the account's name above 向上滑动看下一个", {"outlet": text})


def _is_swipe_to_next(text: str) -> bool:
    hit = first_cue(text, "tail")
    return bool(hit) and hit[0].kind == SWIPE_TO_NEXT_KIND


def _label_list_headings(pieces: list[Piece]) -> None:
    """A short Chinese line ending with a colon right above a related list of two or more items (昨日大案： over
    【头条】…, 【二条】…) is the list's heading, whatever it says (a README's ``Supabase:`` over its settings is not)."""
    for index, piece in enumerate(pieces):
        text = piece.text.strip()
        if not piece.role and all(following.kind == "related" for following in pieces[index + 1:index + 3]) \
                and index + 2 < len(pieces) and len(text) <= LIST_HEADING_MAX_CHARS and _HAN_CHAR.search(text) \
                and text.endswith(("：", ":")) and not any(mark in text for mark in SENTENCE_END):
            piece.role, piece.kind, piece.reason = "boilerplate", "related", "a short line with a colon right above a related list"


def _label_menus_outside(pieces: list[Piece], first_core_block: int, last_core_block: int) -> None:
    """Above or below the article, a run of at least MENU_RUN unlabelled one-word lines (推荐 娱乐 体育 财经,
    each at most MENU_WORD_CHARS characters and ending no sentence) is a menu, whatever its markup."""
    _label_runs(pieces, lambda piece: (piece.block < first_core_block or piece.block > last_core_block)
                and not piece.role and len(piece.text.strip()) <= MENU_WORD_CHARS
                and not any(ch in piece.text for ch in SENTENCE_END),
                MENU_RUN, "nav", "a run of {} one-word lines outside the article (a menu)")


def _is_script_line(text: str) -> bool:
    """A line of program code with no Han character in it (var adScript = document.createElement('script');, })();),
    but in its string literals that hold no sentence: a program's messages (System.out.println("無任何規則配對到");,
    log.info("文件上传成功：{}", file.getAbsoluteFile());, fresh30 908, 909, after the text a test hard-codes). A
    literal with a sentence end in it is the article's (String essay = "…草案。\\n" +)."""
    literals = _CODE_STRING.findall(text)
    if any(_SENTENCE_IN_LITERAL.search(literal) for literal in literals):
        return False
    code = _CODE_STRING.sub('""', text)
    return not _HAN_CHAR.search(code) and bool(_SCRIPT_LINE.search(code.strip()))


def _label_trailing_script(pieces: list[Piece]) -> None:
    """The script a crawler kept as text after the article's last sentence ((function(){ … })(); a widget's
    SinaPage.loadWidget({ trigger: {…} })): the unlabelled pieces at the end that read as code are no article. Only
    at the end, and not in a code block: a tutorial's code sample between its paragraphs is its body."""
    for piece in reversed(pieces):
        if piece.role:
            continue
        if piece.hint == "code" or not _is_script_line(piece.text):
            return
        piece.role, piece.kind, piece.reason = "boilerplate", "script", "program code after the article's last sentence"


def _label_template_residue(pieces: list[Piece]) -> None:
    """A line that is nothing but a template's placeholders (${PreBlog.title}, {{html}}, <%= x %>, <?php … ?>) or
    markup tags a reader left as text (a mini-program's <view class="body">, </view>, <!--datail.wxml-->) holds no
    words of an article: a page template's, not a story's. A file of nothing else is refused (no body left)."""
    for piece in pieces:
        if not piece.role and _TEMPLATE_RESIDUE.search(piece.text) and not _WORD.search(_TEMPLATE_RESIDUE.sub("", piece.text)):
            piece.role, piece.kind, piece.reason = "boilerplate", "template", "only placeholders or markup tags"


# A line of nothing but dots is the writer's own ellipsis (假如…；⏎.........⏎假如我们能做到这些, round 12's pen0 column).
_DOTS_ONLY = re.compile(r"^[.。…·．\s]+$")


def _label_wordless_blocks(pieces: list[Piece]) -> None:
    """A paragraph without a single letter, digit or Han character (∽∽∽ between sections, an exporter's [] or '}]
    left from a list it dumped) holds no sentence: an ornament or residue, never body, even where a reader took the
    short line for a subhead. Only a whole block: a sentence's closing 。 cut off by a cue stays with its paragraph;
    a code block or a table keeps its own lines."""
    per_block = Counter(piece.block for piece in pieces)
    for piece in pieces:
        if not piece.role and piece.hint in ("", "heading") and per_block[piece.block] == 1 and not _WORD.search(piece.text) \
                and not _DOTS_ONLY.match(piece.text):
            piece.role, piece.kind, piece.reason = "boilerplate", "ornament", "no letter, digit or Han character"


def _label_body(piece: Piece) -> Piece:
    if piece.hint:
        return piece.labelled("body", piece.hint, f"markup: {piece.hint}")
    text = piece.text
    if piece.n_bold >= len(text) - 1 and len(text) <= HEADING_CHARS and text[-1] not in SENTENCE_END + "，；：,;:":
        return piece.labelled("body", "heading", "short emphasised line")
    return piece.labelled("body", "text", "default")


# ----------------------------------------------------------------------------------------------
# Paragraphs


def paragraphs(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of one block with the same label merged back into one paragraph.

    An image between two body pieces joins them when it sat inside a sentence and separates them
    when the text before it ended a sentence (WeChat puts every picture in its own paragraph).
    """
    merged: list[Piece] = []
    for piece in pieces:
        prev = merged[-1] if merged else None
        if prev is not None and _continues(prev, piece):
            offset = len(prev.text)
            prev.text += piece.text
            prev.bold_spans = prev.bold_spans + [(s + offset, e + offset) for s, e in piece.bold_spans]
            prev.captures = {**piece.captures, **prev.captures}
        else:
            merged.append(replace(piece, bold_spans=list(piece.bold_spans), captures=dict(piece.captures)))
    return merged


def _continues(prev: Piece, piece: Piece) -> bool:
    if prev.block != piece.block or (prev.role, prev.kind) != (piece.role, piece.kind):
        return False
    if prev.role in ("title", "caption"):
        return False
    if piece.glued_to_image and prev.text[-1:] in SENTENCE_END + CLOSERS:
        return False
    return True
