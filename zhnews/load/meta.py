"""The article's meta: title, outlet, author and date, each with where it came from; and the fingerprint.

Every place an article puts its metadata gives *clues* (:class:`~zhnews.load.pieces.Clue`):

* the format states it (``format``): Jekyll front matter, a Jina export's ``Title:`` line, the
  WeChat page's fields and script variables (``var ct``), a corpus record's ``<contenttitle>``;
* the text says it: byline, repost and source lines (来源：X, 原文来自X, 本文转载自X, WeChat's
  ``原创 张三 某某号 2023-05-12``), datelines; the cue lexicon (data/lexicon/boilerplate.tsv) captures
  them in named groups as it labels the lines;
  an info line of label：value pairs framing the article (2019.05.29 来源：某某学院, 發布機關：某某局, 文：张三 图：李四)
  that no cue caught;
* the page hints at it (``page``): HTML ``<meta>`` tags and ``<time>``, the page title's suffix, the
  page's address and logo; last of all (``footer``) the outlet a copyright line names (版权所有：中国政府网).

Each field takes the first clue in its own order of trust, and ``<field>_source`` in meta.json says
which (``"outlet_source": "repost line: 原文来自财新网：…"``), so a wrong field can be traced:

==========  ================================================================
title       format, then the title paragraph, then the page; a repost line's link text replaces a
            longer title that contains it (``独家|X （财新网报道）`` -> ``X``), and the outlet's name
            after a separator is dropped (``X｜大象公会``), and so are the outlet's name before a bar
            (``后生价值 | X``; a column's stays: ``政能亮丨X``) and a column's tag after a spaced one (``X | Founder 100``); a page title's
            site after a spaced separator goes when the page shows the headline alone (``X - 智源社区``),
            and the sites after a record's headline when they name the outlet (``X｜蘋果新聞網｜蘋果日報``);
            never a web address
outlet      the text (a repost or source line names the original), then format, then the page (a
            dump's address line among them), then the site after the headline in the title (``X｜蘋果日報``),
            then a copyright or 主办： line (an outlet's or an institution's name), the outlet a byline names for its reporter (《中国企业家》记者 林涛) or the site
            after a crawled headline (… - 中经快讯 - 中国经营网), then a column's name before the title's bar
            (后生价值 | …) when it does not end like an outlet's, then a series tag with its issue number
            opening the title that the text names too (【睡前消息74】…)
author      format, then the text, then the page, then a columnist's name before the title's colon
            that the text never mentions (叶檀：…); every candidate is cleaned to person names with
            data/lexicon/byline_roles.tsv, and one that leaves no name, names the site or only the
            editors the page credits, is skipped; last of all the persona a bare greeting under the headline names
            (大家好，我是R哥。), taken as written (a nickname: no outlet)

A value is never markup, a web address, a date or a bare role word (来源：<a href=… names no outlet "a"), nor
a bracketed word of doubt ((很可能)): such a clue is skipped and the next one tried.
date        format, then a date the text shows under a 发布日期/发布时间 label (a CMS rewrites its <meta>
            date on every edit), then the page, then the text, then trafilatura's guess or the day in the path of
            the article's address the text gives (原文链接：…, a crawl's address line under the text) or a wire's date
            code after its closing editor credit (（編輯：張瑞芬）1130601), then a date in the title, then in the file name
==========  ================================================================

Last of all for the outlet, where an exporter of WeChat articles saved the file: ``<account>/<date>_<title>.md``
(``"outlet_source": "folder: …"``, unless the folder's name is generic: data/lexicon/generic_folders.txt) or
``[<account>]-<date>-<title>.md`` (``"outlet_source": "file name: […]"``).

A field no clue gives stays empty (None): never a guess from a random line.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from datetime import date
from pathlib import PurePath

import pandas as pd

import zhnews
from zhnews import lexicon
from zhnews.load.coverage import Coverage
from zhnews.load.fetch import provenance
from zhnews.load.html import HEADLINE_SECOND_LINE, WECHAT_SOURCE, headline_of_page_title, outlet_suffixes, site_from_title
from zhnews.load.outlets import (REPUBLISHING_KINDS, domain_outlets, full_name, known_outlet, names_original, outlet_named_in, outlet_of_url,
                                  outlet_opening, outlets_written_in, platform_names, republishes)
from zhnews.load.pieces import (BRACKET_PAIRS, Clue, copyright_holders, date_in_url, dateline_words, header_labels, iso_date,
                                 minguo_date_code, without_spaces)
from zhnews.load.records import epoch_date, field_of_key, names_a_field
from zhnews.load.roles import COLUMN_PREFIX, PERSONA_GREETING_KIND, SIGNATURE, SIGNATURE_DATE, STAMP_BEFORE_TITLE, account_self_named
from zhnews.text import to_simplified, traditional_share

# Share of Han characters that simplification changes above which the article is zh-Hant.
TRADITIONAL_SHARE = 0.1
FIELDS = ("title", "outlet", "author", "publish_date")
# What a line of each kind is called in a <field>_source label (others: "<kind> line").
_LINE_NAMES = {"source_note": "repost or source line", "author": "byline", "original_statement": "original statement",
               "publish_date": "date line", "account_intro": "account intro", "outlet": "account line",
               "info_line": "info line", "wechat_account": "account card line",
               "header_field": "header field", "site_suffix": "site after the headline",
               "account_note": "account's note on itself", "account_signature": "byline"}
# Lines whose author is a name standing with no 作者/记者 label (a date line: 张三 2023-05-12 21:40; a
# name and the place of filing: 李立達／台北): taken only when it reads as a person's.
_UNLABELLED_NAME_KINDS = ("publish_date", "place_byline")
# 编辑 | 摸鱼暴龙兽: a bare editor's credit, one name (no 责任编辑: a news desk's), a writer's credit when it is the
# only one under a first-person piece (FIRST_PERSON_PER_MILLE 我 per thousand characters of body at least).
_BARE_EDITOR_CREDIT = re.compile(r"^(?:编辑|編輯)\s*[|｜丨:：]\s*([^\s|｜丨:：、，,]{2,12})$")
FIRST_PERSON_PER_MILLE = 3
# Words in brackets closing a paragraph with no label (（王景亮）, （杨欢 渠鸿儒）): writers only when one of them
# reads as a person's name (a rarer surname such as 渠 is not listed), else a gesture or a gloss (（飞吻）).
_BARE_BRACKETED = re.compile(r"^[（(][\u4e00-\u9fff\s、，,]+[)）]$")
# How much of a captured line the source label quotes.
SOURCE_QUOTE_CHARS = 30
_HAN = re.compile(r"[\u3400-\u9fff]")
_NAME_AFTER_DATE = re.compile(r"(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+([\u4e00-\u9fff]{2,16})$")
# A date a widget shows in pieces under the headline (2020 / 07/08): the year alone, then month and day alone,
# within this many lines of the headline.
SPLIT_DATE_LINES = 3
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")
_MONTH_DAY_ALONE = re.compile(r"^(\d{1,2})\s*[/.\-月]\s*(\d{1,2})日?$")
# A name glued or spaced before the date of a date line (谢若含2017-03-01 14:27:02, 中国网 2019-11-25 10:37:31).
_NAME_BEFORE_DATE = re.compile(r"^([\u4e00-\u9fff]{2,16}?)\s*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}")
# A weekday after the date (2010年7月20日 星期二): no name.
_WEEKDAY = re.compile(r"^(?:星期|禮拜|礼拜|周|週)[一二三四五六日天]$")
_ABOUT_LINK = re.compile(r"^(?:关于|關於)([\u4e00-\u9fff]{2,8})$")
_ABOUT_NOBODY = frozenset({"我们", "我們", "本站", "本网", "本網", "作者", "本刊", "本报", "本報", "网站", "網站"})
_TRAILING_SEPARATORS = re.compile(r"(?:\s*[-_|｜])+\s*$")
_HAN_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
# A headline has at least this many letters (Han characters, Latin letters; digits and marks not counted):
# a blog post may be titled 北京.
MIN_TITLE_LETTERS = 2
_TITLE_LETTERS = re.compile(r"[^\W\d_]")
# A badge glued before a headline (原创, 独家) is at most this many characters.
BADGE_CHARS = 2
# Two to four Han characters; longer only with the middle dot of a transcribed name (阿不都·热合曼).
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,6}[·•][\u3400-\u9fff·•]{1,12}$")
_NUMBERED_NAME = re.compile(r"^\d{1,4}[\u4e00-\u9fff]{2,4}$")
# The label of the date a page's CMS shows as its publishing date (发布时间：, 發表日期：, 发稿时间：).
_PUBLISHED_WORDS = r"(?:发布|發布|发表|發表|发稿|發稿)(?:日期|时间|時間)\s*[:：]\s*"
# A page's publishing-date line: the label, then the date (发稿时间：2021/6/9 【 字体：大 中 小 】).
_DATE_LINE_LABEL = re.compile(rf"^{_PUBLISHED_WORDS}(?:19|20)\d{{2}}[-年/.]\d{{1,2}}[-月/.]\d{{1,2}}")
# A headline line: 4 to 80 characters, no label's colon, no sentence mark inside (a closing ！ or ？ may end it).
_HEADLINE_ABOVE = re.compile(r"^[^:：。；;]{4,80}$")
_PUBLISHED_LABEL = re.compile(rf"{_PUBLISHED_WORDS}$")
# A byline's outlet before the reporter's role: in book-title marks (《财经》记者 X, 《中国企业家》特约撰稿人 X),
# or a short name opening the byline (采写：南都记者 X Y); not a rank or desk word (本报, 实习, 首席, 驻京).
_REPORTER_OF = re.compile(r"《([^《》]{2,12})》\s*(?:特约|特約|驻\S{1,4}|駐\S{1,4})?(?:记者|記者|撰稿人|撰稿|评论员|評論員)"
                          r"|^(?!本|实习|實習|见习|見習|特约|特約|首席|资深|資深|驻|駐)([\u4e00-\u9fff]{2,6}?)(?<!特约)(?<!特約)(?:记者|記者)\s")
# An exporter's file name: a date, a separator, the title (2023-05-12_标题, 20230512-标题).
_EXPORTED_FILE = re.compile(r"^(?:19|20)\d{2}(?:[-_.]\d{1,2}|\d{2}){2}(?:[-_ ]\d{2}[-_.:]?\d{2}(?:[-_.:]?\d{2})?)?[-_ ]+(?=.*[\u4e00-\u9fff])")
# An exporter's file name with the account in brackets before the date: [某某安全]-2023-6-16-标题.
_BRACKETED_ACCOUNT = re.compile(r"^[\[【]([^\]】]{2,30})[\]】]\s*[-_ ]\s*(?:19|20)\d{2}[-_.]\d{1,2}[-_.]\d{1,2}")
# Institutions a writer's affiliation names (北京大学经济学院教授, 中国社科院研究员).
_AFFILIATION = re.compile(r"大学|大學|学院|學院|研究院|研究所|党校|黨校|科学院|科學院|社科院|医院|醫院|研究中心")
_SIGNED_NAME = re.compile(r"^([\u4e00-\u9fff]{2,3})[A-Za-z]{2,12}$")
# A site's or a theme maker's handle in a page's author field: lowercase (chinanews, admin), or capitalised words glued
# into one (ResponsiveWebInc: the template's maker, fresh39 1086); a person's Latin name keeps its space (David Sanger).
_SITE_HANDLE = re.compile(r"^(?:[a-z0-9._-]+|(?:[A-Z][a-z0-9]+){3,})$")
# A name a writer signs with: letters, digits and a few joining marks, no sentence (纯洁的微笑, 家熙Panda, 元霸).
_PEN_NAME = re.compile(r"^[^\W_][\w·・. -]{0,19}$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z.'\- ]{1,40}$")
# A pen name before a slash and a column's name (涵柳／vintage vibe 時尚簡史): the column's name is longer than this
# unless the pen name starts with a common surname.
PEN_NAME_COLUMN_CHARS = 4
_COLUMN_BYLINE = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*[／/]\s*(?=\S)")
# Where the reporters filed from, after a slash and before 報導 (陳冠勳 張梓嘉 溫正衡／新北 台南報導): places, not names.
_FILED_FROM = re.compile(r"[／/╱]\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*(?:報導|报道|報道|报导).*$")
# Where a paper's reporters are posted, before their role (本报驻美国、韩国、日本特约记者, 驻韩国特派记者):
# places, listed with 、 as names are, not names.
_POSTED_AT = re.compile(r"[驻駐][\u4e00-\u9fff、，,]{1,20}?(?=(?:特约|特約|特派|首席|常驻|常駐)?(?:记者|記者))")
# A credit set wholly in one pair of lenticular brackets (【張薷、洪浩軒／連線報導】).
_WRAPPED_CREDIT = re.compile(r"^\s*【([^【】]+)】\s*$")
_BRACKETED = re.compile(r"《[^》]*》|【[^】]*】|〔[^〕]*〕|[（(][^）)]*[）)]")
# Spaces part Han names but not the words of a Latin one (DAVID E. SANGER). 丨 (U+4E28) is a Han character that
# editors type as a bar (文丨张三): a separator, never part of a name.
_NAME_SEPARATORS = re.compile(r"(?<![A-Za-z.])\s+|\s+(?![A-Za-z])|[、，,/／|｜丨;；&＆:：✎✍]+")
# Two to four Han characters between separators of an editor credit line (责任编辑：孔德明).
_EDITOR_NAME = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff])")
# An editor's credit inside a page's info line (来源:东方网 作者:刘理 选稿:包永婷): the labelled name.
_INLINE_EDITOR = re.compile(r"(?:选稿|選稿|责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
# A file's name, perhaps with a score after it (2018-04-29 09:47:00@标题.txt 1.0): never a headline.
_FILE_NAME_LINE = re.compile(r"\S\.(?:txt|md|html?|xml|json|docx?|pdf)(?:\s+\d+(?:\.\d+)?)?$", re.I)
# A value that is only a web address: never a headline.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A page title with nothing before its separator and the site's name: '-公視新聞網', '| 某某网'.
_EMPTY_HEADLINE = re.compile(r"^[-|｜_–—]\s*\S{1,20}$")
# A page title: the headline (at least 4 characters), a spaced separator, a short site name with no clause mark.
_SITE_AFTER_SEPARATOR = re.compile(r"^(.{4,}?)\s+[-|｜_–—]\s+[^，,。：:！？!?]{2,20}$")
_ISSUE_DATE = re.compile(r"^(?:19|20)\d{2}(?:-\d{2})?$")
# A headline after a column's name and a bar (狐度工作室 | 检察官称受贿不办事…) has at least this many characters.
MIN_HEADLINE_AFTER_BAR = 4
# Where a record's field was found (records._source): "json record field title", "xml record <title>", "headerless csv row: …".
_RECORD_SOURCE = re.compile(r"^(?:\w+ record\b|headerless \w+ row\b)")
# A paper's full name and a colon opening a headline (每日新报：…), as a reposting page writes it.
_OUTLET_BEFORE_COLON = re.compile(r"^([\u4e00-\u9fff]{3,12})[：:]")
# 标题__财经头条, 标题--媒体南开: a site's name, or its section's, after a doubled ASCII separator, which no
# headline writes (a headline's own dash is a single one or the Chinese ——).
# After the site more such parts may follow, its slogan (…“奇点”--快科技--科技改变未来, fresh14 465): the site is the
# part next to the headline.
_SITE_PART = r"[^\s，,。：:！？!?_-]{2,12}"
_SITE_AFTER_DOUBLED = re.compile(rf"^(.{{4,}}?)\s*(?:__|--)\s*({_SITE_PART})(?:\s*(?:__|--)\s*{_SITE_PART})*$")
# A column's name that does not end like an outlet's (后生价值 | …) has this many letters; two (独家 |, 两会 |) is a badge.
MIN_COLUMN_NAME_CHARS, COLUMN_NAME_CHARS = 3, 6
_LETTERS_ONLY = re.compile(r"^[^\W\d_]+$")
# A column's tag after a spaced bar closing the headline (… | Founder 100): short, no sentence or clause mark.
COLUMN_TAG_CHARS = 12
_COLUMN_TAG = re.compile(rf"^(.{{8,}}?)\s+[|｜丨]\s+([^|｜丨。！？!?，,：:]{{1,{COLUMN_TAG_CHARS}}})$")
# A programme's or newsletter's name and its issue number in brackets opening the headline (【睡前消息74】,
# 【参考信息10】): the series that published it, when its text names it too (欢迎收看睡前消息74期); a topic tag
# (【资讯汇总】, 【中国稳健前行】) carries no number.
_SERIES_TAG = re.compile(r"^[【\[]([\u4e00-\u9fff]{2,8})\s*(?:第\s*)?\d{1,4}\s*(?:期|号|號)?[】\]]")
# A bracketed tag opening the headline (【安全圈】团伙利用游戏漏洞…): an account's or a column's own name.
_TITLE_TAG = re.compile(r"^[【\[]([^】\]]{2,12})[】\]]")
_TITLE_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:专栏|專欄)?([：:]|[／/])")
_SOURCE_LABEL = re.compile(r"^(?:来源|來源|稿件来源|本文来源|文章来源|出处|出處)\s*[:：]\s*")
_BYLINE_LABEL = re.compile(r"^(?:文|图|圖|撰文|作者|文字)\s*[丨｜|/／]\s*(?=\S)")
# A bare address (www.example.com), not 政见CNPolitics.org nor a site's name written in capitals (CSDN.NET).
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9.-]+\.[a-z]{2,}$|^www\.", re.I)
_CAPITALISED = re.compile(r"[A-Z]{2}")
# A permission note after the outlet's name: 某某文章已获授权, 某某（已获授权转载）.
_GRANTED = re.compile(r"[，,。\s]*[（(]?(?:本文|文章|内容)?(?:已获|已經|已经|经)?(?:授权|授權)(?:转载|轉載|发布|發布|使用)?[)）]?$")
# A Latin acronym in capitals glued after the outlet's Chinese name (香港經濟日報HKET in a page's JSON-LD, fresh13 453):
# the Chinese name alone. A brand in mixed case is part of the name (晚点LatePost, tune 34).
_LATIN_TWIN = re.compile(r"(?<=[\u4e00-\u9fff]{2})[A-Z]{2,8}$")
_COMPILED_FROM = re.compile(r"^(?:内容|本文|文章)?(?:(?:编译|編譯|整理|摘编|摘編)自|(?:综合|綜合)自?)\s*|[，,。]\s*(?:谢谢|感谢|謝謝)[。!！]?$")
# 原由上觀新聞發表，由入口網站轉載 (a reposter's 來源： field, fresh29 883), 最初由某报刊发: the field tells who first
# published the piece in a sentence; the outlet is the name between 由 and the publishing verb, not the sentence.
_FIRST_PUBLISHED_BY = re.compile(r"^(?:原|原本|原先|最初|最早|首先)?(?:由|於|于|在)\s*(?P<name>[^，,。；;\s]{2,20}?)\s*"
                                 r"(?:首发|首發|发表|發表|发布|發布|發佈|刊发|刊發|刊登|刊出|刊载|刊載)")
# 北晚新视觉综合 (来源：北晚新视觉综合, fresh14 470): the desk that compiled the story from others, named with it
_COMPILED_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:综合|綜合)(?:报道|報導|报导|整理|消息)?$")
# 《半月谈》2019年第24期 (dev_corpus 49), 本文来源于《财新周刊》 2026年第37期 出版日期：… (a magazine's issue page): the
# issue a print source cites after the magazine's name is no part of it
_ISSUE_CITATION = re.compile(r"\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:总|總)?第\s*\d{1,4}\s*(?:期|号|號|卷)(?:\s|[，,（(：:]|$).*$")
# The label of an account's WeChat ID in brackets after its name: （微信ID：Capitalnews）, （ID：zgtrend）, (微信号: x),
# （公众号ID：…）. Longer labels first, so that 微信ID is read whole before 微信.
_ACCOUNT_ID_LABEL = r"(?:微信ID|公众号ID|公眾號ID|微信号|微信號|微信|公众号|公眾號|ID|id)(?!\w)"
# 长安街知事（微信ID：Capitalnews）, 新周刊（ID：new-weekly）: an account named with its WeChat ID after a sentence's end,
# a line's start, a label or a bracket (:func:`_account_with_id_clues`); 据某某（ID：…）报道 cites another account
_ACCOUNT_WITH_ID = re.compile(r"(?:^|(?<=[。！？!?：:\s\[【「“]))((?!据|據)[\u4e00-\u9fffA-Za-z0-9]{2,12})\s*[（(]\s*"
                              + _ACCOUNT_ID_LABEL + r"\s*[：:]\s*[A-Za-z][\w-]{2,29}\s*[)）]")
# 公众号：可以叫我才哥。本文资料由才哥AGI整理。: a field's value ends with its sentence; what follows is another statement
_SENTENCE_END = re.compile(r"[。！？]\s*(?=\S)")
# A byline by the paper's own reporter (本报记者 X, 本刊记者 X), and a reporter named by the paper's name in the text.
_OWN_REPORTER = re.compile(r"本(?:报|報|刊)(?:特约|特約|驻\S{1,4}|駐\S{1,4})?(?:记者|記者)")
_IN_BOOK_TITLE = re.compile(r"《([^《》\s]{2,16})》")
_REPORTER_AFTER = re.compile(r"^(?:特约|特約)?(?:记者|記者)")
# 告诉澎湃新闻, 接受了南方周末记者采访, 聯絡《ETtoday新聞雲》: someone in the text tells, gives an interview to or contacts
# the outlet; 向财新《新世纪》记者证实, 对上游新闻记者说: speaks to its reporter. 向/对 an outlet with no 记者 after it is
# as often about the outlet (对《纽约时报》的报道表示不满).
_SPOKEN_TO = r"(?:告诉|告訴|接受|联系|聯繫|联络|聯絡)"
_ADDRESSED = re.compile(rf"{_SPOKEN_TO}了?$")
_ADDRESSED_REPORTER = re.compile(rf"(?:{_SPOKEN_TO}|向|对|對)了?$")
# Known outlets whose bare name in the text is no newsroom spoken to: a public body (向商务部申请), a portal or platform.
_NOT_SPOKEN_TO_KINDS = (*REPUBLISHING_KINDS, "government")
ADDRESSED_REPORTERS = 2
FINDING_REACH = 40  # how far after 记者 a reporter_finding cue's verb may stand (its regex allows 30 characters before it)
HOUSE_CHARS = 4  # a magazine's house before its 《》 (财新《新世纪》): a known outlet's name of up to four characters
# The body a site's footer names as its sponsor (主办：X, 主办单位：X).
_SPONSOR = re.compile(r"(?:主办|主辦)(?:单位|單位)?\s*[:：]\s*([\u4e00-\u9fff]{2,20})")
# A blog feed's copyright line: © <poster> for <site> (WordPress's Better Feed: © NMSLESE for 中国数字时代).
_POSTED_FOR = re.compile(r"^(?:©|\(c\)|copyright)\s*[^,，|]{1,30}?\s+for\s+([\u4e00-\u9fff][^,，|]{1,29}?)\s*(?:[,，|]|$)", re.I)
# A decoration before a name (◎, ▍, ★) and an account's ID note after it (（ID：zgtrend）, (微信号: x)).
_LEADING_MARKS = re.compile(r"^[^\w《「“『【\[(（]+")
# A bureau's place in brackets after a paper's name, perhaps cut off by the line's end: 经济观察报(北京), IT之家(青岛.
_BUREAU_PLACE = re.compile(r"(?<=[\u4e00-\u9fff]{2})\s*[（(][\u4e00-\u9fff]{2,4}(?:[）)]|$)$")
_ACCOUNT_ID_NOTE = re.compile(r"\s*[（(]\s*" + _ACCOUNT_ID_LABEL + ".*$")
_TRAILING_DATE = re.compile(r"\s*(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?.*$")
# Between the parts of an outlet line: a spaced dash or bar, a full-width one, or a bare hyphen
# between Han characters (人民网-文化频道, 光明网-《光明日报》), a middle dot (澎湃新闻·澎湃号·政务), the 、 of
# several sources (综合抖音黑板报、南方都市报); the first part in Chinese is the outlet.
_OUTLET_PARTS = re.compile(r"\s+[-|｜–—]\s+|\s*[－—｜|·、]\s*|(?<=[\u4e00-\u9fff》」])-(?=[\u4e00-\u9fff《「])")
_COPYRIGHT = re.compile(r"版权所有|版權所有|copyright|©", re.I)
_ADDRESS = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./-]*)?", re.I)
_NOT_AN_OUTLET = re.compile(r"版权|版權|copyright|©|all rights", re.I)
# Markup and addresses a cue can catch from a page copied with its source (来源：<a href="https://…">,
# 来源：[链接](https://…)): a tag (perhaps cut off), a web address, an entity; a link keeps its text.
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)?")
_MARKUP = re.compile(r"<[^<>]*>?|\S*(?:https?://|www\.)\S*|&[A-Za-z]+;|&#\w+;", re.I)
# A value that is only a date or a time, digits and their separators (2023-05-12, 10:37): no name.
_DATE_ONLY = re.compile(r"^[\d\s年月日号號时時分秒:：/.\-]+$")
# An empty 来源： field followed by the next field of the page's info line (来源： 访问量：199 发布日期：…,
# 来源： 作者： 浏览次数：12): a label with its colon, not a name.
_NEXT_FIELD = re.compile(r"^(?:作者|编辑|責任編輯|责任编辑|发布时间|發布時間|发布日期|發布日期|日期|时间|時間|字号|字號|"
                         r"(?:浏览|瀏覽|点击|點擊|访问|訪問|阅读|閱讀)(?:次数|次數|量|数|數)?)\s*[:：]")
# A credit's label glued to the outlet before it, with no gap (四川日报实习编辑：吴明玲): the label and what follows.
_GLUED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:实习|實習|见习|見習)?(?:责任编辑|責任編輯|编辑|編輯|责编|責編|校对|校對|审核|審核|作者|记者|記者)\s*[:：].*$")
# Two outlets joined by 及/和/与 (长江日报及新华社): the first one, when it ends like an outlet's name.
_JOINED_OUTLETS = re.compile(r"^([\u4e00-\u9fff]{2,16}?)(?:以及|及|和|与|與)[\u4e00-\u9fff《]")
# An emoticon or ASCII punctuation after a name (小众软件;), 某某号~): no part of it.
# A value that is only a web address, with or without its scheme (exportcontrol.mofcom.gov.cn, http://…/1200.html).
_BARE_ADDRESS = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:/\S*)?", re.I)
# What may stand between a dateline's outlet and its word: a place and a date (新华社北京1月27日电), no sentence mark and
# none of the particles a clause has (人民日报报道了…的消息，: a sentence about the outlet, no dateline).
_BEFORE_DATELINE_WORD = r"^[^，,。！？!?：:了的]{0,16}?"
# A dateline word of data/lexicon/dateline_words.tsv marked closed ends a dateline only before a colon, a closing
# bracket or the line's end, or before the reporter's credit inside the dateline's brackets (【环球网报道 记者 张三】)
# or set apart after it (环球网报道 实习记者 王博雅琪, fresh36 1028; glued, 报道记者在现场 is a sentence's words).
_CLOSED_DATELINE_END = (r"(?=\s*(?:[：:】\]）)〕]|$|(?:记者|記者)[^【】\[\]（）()〔〕]{2,30}[】\]）)〕])"
                        r"|[ \t\u3000]+(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者)[ \t\u3000]*[\u4e00-\u9fff])")
# The outlet's collective signature opening a commentary (光明网评论员：最近几日，…), a dateline of its own kind.
_SIGNED_BY_OUTLET = r"^(?:特约|特約)?(?:评论员|評論員)\s*[：:]"
# The longest outlet name a dateline is searched for.
MAX_OUTLET_CHARS = 16
# A source value listing this many names or more between 、 is a list of the sources a digest drew on.
LISTED_SOURCES = 3
_LISTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,}、(?=[\u4e00-\u9fff]{2,})")
# A line giving the article's address under a source or link label (Source: example.com, 原文链接：https://…).
_SOURCE_ADDRESS = re.compile(r"^[-*\s]*\**(?:source|url|link|original|来源|來源|原文链接|原文鏈接|原文地址|原文網址|原文网址|出处|出處)\**\s*[:：]\s*\**\s*"
                             r"((?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)$", re.I)
# A web address alone on a line (a crawl's note of where the text came from, under it).
_LONE_ADDRESS = re.compile(r"(https?://\S+)")
# A credit in brackets right after a lead's dateline, and one closing the text; or, unbracketed, a reporter's credit
# ending in 报道 and a colon, in a colon (羊城晚报讯 记者张三、通讯员李四报道：, 【大公報訊】記者張三報道：), or in the
# dateline's closing bracket (【环球网报道 记者 张三】), after the closing bracket of a dateline set in brackets.
_DATELINE_CLOSING_MARKS = " \u3000】]）)〕"
_CREDIT_AFTER_DATELINE = re.compile(rf"^[{re.escape(_DATELINE_CLOSING_MARKS)}]*(?:[（(]([^（）()]{{2,30}})[)）]"
                                    r"|((?:本报|本報)?(?:特约|特約|实习|實習|见习|見習)?(?:记者|記者)[^，,。！？!?：:（）()]{2,30}?)"
                                    r"\s*(?:(?:报道|報道|報導|报导)\s*[：:]?|[：:]|(?=[】\]）)〕])))")
# 来源：新华社 glued to the end of the text, not inside a sentence (消息来源 is a sentence's word). 资料来源/数据来源
# credits the data of a sidebar, table or chart, not the article: （资料来源：参考消息、海外网等） under a 长江网 story
# (fresh 64), 資料來源：《KEYPO大數據關鍵引擎》 in a 中時新聞網 one (fresh10 379), 資料來源：美聯社 closing an Apple Daily
# sidebar (fresh17 550).
_CLOSING_SOURCE_LABEL = re.compile(r"(?<!消息)(?<!信息)(?<!资料)(?<!資料)(?<!数据)(?<!數據)(?:来源|來源)\s*[：:]\s*([^\s，,。；;！？!?：:（）()]{2,30})\s*$")
# The label of a reprint's note of the original headline (data/lexicon/boilerplate.tsv's original_title cue), and an
# opening bracket before it (group 1).
_ORIGINAL_TITLE_LABEL = re.compile(r"^([（(])?(?:本文|新闻|新聞)?原(?:标题|標題|题|題)\s*[：:为為]\s*")
# How many short lines a headline standing over its byline may run to (a headline and its second line).
HEADLINE_LINES_OVER_BYLINE = 3
# A line of a headline: 2 to 80 characters, no sentence mark (a colon may part a speaker from the words: 大郅：北京这次最难忘).
_HEADLINE_PART = re.compile(r"^[^。；;]{2,80}$")
_CLOSING_BRACKETS = re.compile(r"[（(]([^（）()]{4,30})[)）]\s*$")
# A source relayed right after a lead's dateline (新京报快讯 据教育部网站消息，…): 据, the source, 消息 or 报道, a comma or colon.
_RELAY_AFTER_DATELINE = re.compile(r"^[\s\u3000]*[据據]([^，,。！？!?：:\s]{2,20}?)(?:消息|报道|報道|報導|报导)\s*[，,：:]")
# 据 (according to) before the outlet of a paper's reprinted wire story (据新华社拉萨电).
_REPORTED_BY = re.compile(r"^[据據]")
_CRUMB_SEPARATOR = re.compile(r"(?:>|＞|»|›)+")  # 网易娱乐 > 明星俱乐部, 首页>>人物聚焦: a breadcrumb's steps
# A note that opens by naming the article (本文经“谷雨实验室-腾讯新闻”授权转载, 以下文章来源于…) is about the article
# wherever it stands, even right under a picture, where a bare 来源：X credits the picture.
_ABOUT_THE_ARTICLE = re.compile(r"^[（(]?(?:本文|本篇|此文|文章|以下文章|原文)")
_BOOK_TITLE = re.compile(r"《([^《》]{2,20})》")
_OPENING_MARKS = "（(【[〔 \u3000"
# A dateline's day (财联社8月20日电, 金融界6月29日消息) has no year; the text's full dates within this many days of it give
# one (自2026年8月21日起施行 under 8月20日电, fresh37 1043), when they agree; else the dateline dates nothing.
DATELINE_YEAR_DAYS = 10
_DATELINE_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_FULL_DATE_IN_TEXT = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
# A lead that names the WeChat account whose post it relays (“上海一中法院”微信公众号消息，…, fresh37 1046, a court's release
# reposted on a portal; 据X微信公众号消息，…): the account's name in quotes, or after 据, then 公众号 and a comma or colon.
_ACCOUNT_LEAD = re.compile(r"^(?:[据據]\s*[“「\"]?(?P<after>[^，,。：:“”「」\"\s]{2,20}?)[”」\"]?|[“「\"](?P<quoted>[^，,。：:“”「」\"\s]{2,20})[”」\"])"
                           r"\s*(?:官方)?(?:微信)?(?:公众号|公眾號)(?:消息|报道|報道|報導|发布|發布)?\s*[，,：:]\s*")
# The day a lead opens with right after its source (…公众号消息，2022年12月30日上午，…): the dateline's day in full.
_LEAD_DAY = re.compile(r"^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:上午|下午|中午|晚间|晚上|晚|早间|早上|凌晨|傍晚)?\s*[，,]")
# How many paragraphs after the headline a lead's dateline may open (a byline and a summary may stand before it).
LEAD_PARAGRAPHS = 3
_GLUED_LEAD_CREDIT = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:记者|記者)\s*[：:]\s*([\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})*?)"
                                r"\s+[\u4e00-\u9fff]{0,6}(?:编辑|編輯|责编|責編)\s*[：:]")
# An info line (date, 来源：, 文：) under the text stands among the first lines of chrome after it, not in the footer.
INFO_LINES_UNDER_TEXT = 3
_INFO_SEPARATORS = re.compile(r"[\s|｜丨]+")
_INFO_BAR = re.compile(r"[|｜丨]")
_INFO_LABEL = re.compile(r"^([^\s:：]{1,6})[:：](.*)$")
# Names of two or three Han characters, spaced, before a bar: an info line's writers when labelled values follow.
_NAMES_BEFORE_BAR = re.compile(r"^([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3}){0,3})\s*[|｜丨]\s*(?=\S)")
_INFO_DATE = re.compile(r"(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}日?")
_INFO_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_TRAILING_MARKS = re.compile(r"(?<=[\u4e00-\u9fff》A-Za-z0-9])[\s;:)(!?~^_.,*<>=-]+$")
# A date closing a source line right after the source's name (来源：微信公众号 某某，2026-01-27), perhaps in brackets.
_DATE_AFTER_SOURCE = re.compile(rf"[，,\s]\s*({_INFO_DATE.pattern})(?:\s+{_INFO_TIME.pattern})?\s*[)）]?\s*$")
# The platform an account posts on, before the account's name in a source field (微信公众号“某某”, 微信公众号 - 某某).
_PLATFORM_PREFIX = re.compile(r"^(?:微信)?(?:公众号|订阅号|服务号|公號|公眾號)\s*(?:[:：]\s*|\s+[-–—|｜丨]\s+|(?=[“「《\s]))?\s*")
# Closing brackets and their opening twins (pieces.BRACKET_PAIRS the other way round).
_CLOSING_BRACKETS_OF = {closing: opening for opening, closing in BRACKET_PAIRS.items()}


def article_meta(raw, encoding: str, fmt: str, table: pd.DataFrame, paragraphs, clues: list[Clue],
                 measured: Coverage) -> dict:
    """meta.json for a loaded article (``raw`` is its :class:`~zhnews.load.readers.RawArticle`)."""
    body_text = "".join(table.loc[table["role"] == "body", "text"])
    chosen = resolve([*clues, *_record_run_clues(paragraphs)], _text_clues(paragraphs), _title_paragraph(table) or _headline_above_date_line(table)
                     or _headline_over_byline(table) or _original_title_above_text(table), raw.name, body_text,
                     _account_in_path(raw.origin), frozenset(table["text"].str.strip()), _breadcrumb_roots(table))
    meta: dict = {}
    for key in FIELDS:
        value, source = chosen.get(key, (None, None))
        meta[key], meta[f"{key}_source"] = value, source
    return {
        **meta,
        # The file name only: meta.json and report.html go to editors, local folders are nobody's business.
        "source_path": raw.name,
        **provenance(raw.origin),  # source_url, fetched_at: only for a page saved by `zhnews run URL`
        "sha256": hashlib.sha256(raw.data).hexdigest(),
        "encoding": encoding,
        "format": fmt,
        "language": "zh-Hant" if traditional_share(body_text) >= TRADITIONAL_SHARE else "zh-Hans",
        "n_paragraphs": int(len(table)),
        "coverage": measured.ratio,
        "zhnews_version": zhnews.__version__,
    }


def meta_table(meta: dict) -> pd.DataFrame:
    """title, outlet, author, publish_date as rows (field, value, source): why the loader thinks so."""
    return pd.DataFrame(
        [{"field": key, "value": meta.get(key), "source": meta.get(f"{key}_source")} for key in FIELDS],
        columns=["field", "value", "source"],
    )


def resolve(clues: list[Clue], text_clues: list[Clue], title_paragraph: Clue | None, file_name: str,
            body_text: str = "", account_in_path: tuple[str, str] | None = None, page_lines: frozenset = frozenset(),
            breadcrumb_roots: frozenset = frozenset()) -> dict:
    """field -> (value, source) from the clues, each field in its own order of trust (module docstring);
    ``page_lines``: the text of every paragraph, whatever its role; ``breadcrumb_roots``: the first item of
    each breadcrumb line of the page (:func:`_breadcrumb_roots`)."""
    def ranked(key, *strengths):
        # a guess is the reader's (trafilatura's date) or the text's (the date in a source address's path)
        pools = {"format": clues, "page": clues, "guess": [*clues, *text_clues], "text": text_clues, "footer": text_clues, "label": text_clues,
                 "persona": text_clues, "title paragraph": [title_paragraph] if title_paragraph else []}
        return [clue for strength in strengths for clue in pools[strength]
                if clue.key == key and (strength == "title paragraph" or clue.strength == strength)]

    chosen = {}
    # <title>网易娱乐</title> over 网易娱乐 > 明星俱乐部 > 明星话题 (a forum post saved from a portal): a title that is
    # the root of the page's breadcrumb names the site or its channel, never the story; no title beats it.
    titles = [clue for clue in ranked("title", "format", "title paragraph", "page")
              if without_spaces(clue.value) not in breadcrumb_roots]
    # 周维华 田宁 本报特约通讯员 侯国荣: a first line of names and a reporter's role is the byline, never the title
    byline = next((names for clue in titles[:1] if (names := _byline_line_names(clue.value))), None)
    dated_title = _first([clue for clue in titles if not byline or not _byline_line_names(clue.value)], clean_title)
    # An archive's export heads each article with its date (2025-04-30 - 标题), a news roll with the time (12:48:48｜标题):
    # the stamp is no part of it.
    title = (STAMP_BEFORE_TITLE.sub("", dated_title[0]), dated_title[1]) if dated_title else None
    if title:
        chosen["title"] = _without_badge(_shortened_by_repost_title(title, ranked("title", "text")), ranked("title", "page"))
    # A headline caught by an outlet cue (a related link: 标题 2014-12-08 06:30) names no outlet.
    in_path = [Clue("outlet", *account_in_path, "page")] if account_in_path else []
    prefix, outlet_like = _column_before_headline(title[0]) if title else (None, False)
    # A record is the site's own row, so the name before its title's bar is the site's column (深一度｜…), no outlet
    # unless it ends like one; a repost's heading names the account it copied (后生价值 | … at 中国数字时代).
    column_only = prefix and not outlet_like and _RECORD_SOURCE.match(title[1])
    in_title = [Clue("outlet", prefix, "title prefix before a bar (a studio's, column's or account's name)", "page")] \
        if prefix and not column_only else []
    own_piece = _outlet_opening_headline(title[0]) if title else None
    in_own_headline = [Clue("outlet", own_piece, f"an outlet's name opening its own headline: {title[0][:SOURCE_QUOTE_CHARS]}", "page")] \
        if own_piece else []
    series = _SERIES_TAG.match(title[0]) if title else None
    in_series = [Clue("outlet", series.group(1), f"series tag before the headline, named in the text: {series.group()}", "page")] \
        if series and series.group(1) in body_text else []
    # A name that ends like an outlet's is one; any other column's name is the last resort.
    named = [*in_title, *ranked("outlet", "footer"), *in_path] if outlet_like else [*ranked("outlet", "footer"), *in_path, *in_title]
    named += in_series + in_own_headline
    # A record's or a page's headline field that keeps the site's name after it (…｜蘋果新聞網｜蘋果日報).
    site = site_from_title(title[0]) if title else ""
    in_suffix = [Clue("outlet", site, f"the site after the headline in the title: {site}", "page")] if site else []
    doubled = _SITE_AFTER_DOUBLED.match(title[0]) if title else None
    if doubled:  # the site's name, or its section's (媒体南开): the outlet only when nothing else names one
        named.append(Clue("outlet", doubled.group(2), f"the site after a doubled separator in the title: {doubled.group(2)}", "page"))
        chosen["title"] = (doubled.group(1), f"{chosen['title'][1]}, the site after the doubled separator dropped")
    candidates = [*ranked("outlet", "text", "format", "page"), *in_suffix, *named]
    outlet = _original_over_platform(_first_outlet(candidates, title), candidates)
    if outlet:
        chosen["outlet"] = _full_name_before_colon(outlet, title[0] if title else "")
    if title and in_suffix:
        # The site after the headline is no part of it, whichever outlet the article names (a repost under an
        # account's name keeps the page title of the site it copied: … - IT之家, fresh14 464).
        chosen["title"] = (headline_of_page_title(chosen["title"][0]), f"{chosen['title'][1]}, the site after it dropped")
    elif title:
        chosen["title"] = _shown_headline(_without_outlet_suffix(chosen["title"], outlet[0]) if outlet else chosen["title"], page_lines)
    if prefix and clean_outlet(prefix) == chosen.get("outlet", (None,))[0]:
        # The account's name before the bar (后生价值 | … reposted by 中国数字时代) goes as the site after the headline
        # does; a column's (全球媒体聚焦｜… on 网易, fresh28 866; 政能亮丨…, 书记市长这一周｜…) is part of the headline as shown
        headline = chosen["title"][0][chosen["title"][0].index(prefix) + len(prefix):].lstrip(" |｜丨")
        chosen["title"] = (headline, f"{chosen['title'][1]}, the name before the bar dropped")
    if title:
        chosen["title"] = _without_column_tag(chosen["title"])
    # An account that names itself after its writer (这是刘润公众号的第N篇原创文章) says nothing against 作者 / 刘润.
    self_named = _LINE_NAMES["account_note"]
    outlets = [clean_outlet(clue.value) for clue in [*clues, *text_clues]
               if clue.key == "outlet" and not clue.source.startswith(self_named)]
    authors = [clue for clue in ranked("author", "format", "text", "page") if not _piece_of_the_text(clue, body_text)]
    if byline:
        authors.append(Clue("author", byline, f"a byline where the title stands: {titles[0].value}", "page"))
    if title:
        authors.append(Clue("author", _columnist_in_title(title[0], body_text) or "", "title prefix (a columnist's name)", "page"))
    editors = {clue.value for clue in text_clues if clue.key == "editor"}
    account = _account_named_after_writer(ranked("author", "format"), ranked("author", "text"))
    if account:
        authors = [clue for clue in authors if clue.value != account[2]]
        chosen.setdefault("outlet", account[:2])
    author = next(filter(None, (_author_of(clue, outlets, editors) for clue in authors)), None)
    sole_editors = ranked("author", "footer")
    if not author and len(sole_editors) == 1 and _first_person(body_text):
        # 编辑 | 摸鱼暴龙兽, the only credit under a piece that says 我 throughout (fresh10 362): the writer who
        # put it up, on an account whose posts name no one else; a nickname, so taken as written
        author = sole_editors[0].value, f"{sole_editors[0].source} (the only credit of a first-person piece)"
    persona = ranked("author", "persona")
    if not author and persona:
        # the name a writer greets readers with (大家好，我是R哥。): a persona, taken as written
        author = persona[0].value, persona[0].source
    if author:
        chosen["author"] = author
    dated = ranked("publish_date", "format", "label", "page", "text", "guess")
    if dated_title:  # 某某早报2023年3月14日星期二, 2025-04-30 - 标题
        dated.append(Clue("publish_date", dated_title[0], "date in the title", "page"))
    dated.append(Clue("publish_date", _date_in_file_name(file_name) or "", "file name", "page"))
    date = _first(dated, _full_or_issue_date)
    if date:
        chosen["publish_date"] = date
    return chosen


def _original_over_platform(outlet: tuple[str, str] | None, candidates: list[Clue]) -> tuple[str, str] | None:
    """A portal or a platform that only re-published the story (新浪网 from a record's url, 腾讯网 from a page
    title: data/lexicon/outlets.tsv) is the second half of "original | platform": when another clue names a
    known outlet that writes its own stories (红星新闻 in a record's source field), that one is the outlet, by its
    full name (每经记者 under a 雅虎财经 record: 每日经济新闻)."""
    if not outlet or not republishes(outlet[0]):
        return outlet
    original = next(((full_name(value), clue.source) for clue in candidates if names_original(value := clean_outlet(clue.value))), None)
    return (original[0], f"{original[1]} ({outlet[0]} re-published it)") if original else outlet


def _full_name_before_colon(outlet: tuple[str, str], title: str) -> tuple[str, str]:
    """新报 (a byline's 新报记者) -> 每日新报 when the title opens with the full name and a colon (每日新报：headline,
    as a university's media-coverage page reposts a paper's story): a paper's short name is the end of its full one."""
    found = _OUTLET_BEFORE_COLON.match(title)
    full = found.group(1) if found else ""
    if full != outlet[0] and full.endswith(outlet[0]) and _names_an_outlet(full):
        return full, f"{outlet[1]}, its full name from the title: {found.group()}"
    return outlet


def _first_outlet(candidates: list[Clue], title: tuple[str, str] | None) -> tuple[str, str] | None:
    """(outlet, source) of the first candidate naming one. A WeChat page's account field (#js_name) is the account's
    own name, never a headline mistaken for a site name: a school's or a bureau's account reporting its own activity
    names itself in the headline (记上海大学附属学校小学英语组主题研修活动 under 上海大学附属学校, fresh33 963)."""
    for clue in candidates:
        value = clean_outlet(clue.value)
        if value and not clue.source.startswith(WECHAT_SOURCE):
            value = _unless_title(value, title)
        if value:
            return value, clue.source
    return None


def _unless_title(outlet: str | None, title: tuple[str, str] | None) -> str | None:
    """None for a long outlet the headline contains (a headline mistaken for a site name), unless an address of
    data/lexicon/outlets.tsv names it: a public body's own notice repeats its name in the headline
    (重庆市科学技术局…2019年部门预算情况说明)."""
    in_title = outlet and title and without_spaces(outlet) in without_spaces(title[0]) and len(outlet) >= 8
    # A half of a two-part headline (林義雄宣布停止禁食 願再為台奮鬥): the headline repeated over its date, read as a
    # name and an outlet before the date; a site's name stands after the headline, never between its words.
    in_headline = outlet and title and outlet in headline_of_page_title(title[0]).split()[1:]
    return None if (in_title or in_headline) and outlet not in domain_outlets() else outlet


def _byline_line_names(value: str) -> str | None:
    """The names of a line made only of people's names and reporters' roles (周维华 田宁 本报特约通讯员 侯国荣: a role
    word of data/lexicon/byline_roles.tsv longer than one character, every other word a name with a common
    surname), else None."""
    roles = [role for role in _byline_words()["role"] if len(role) > 1]
    words = (value or "").split()
    names = (clean_names(value) or "").split("、")
    with_role = [word for word in words if any(role in word for role in roles)]
    if with_role and len(words) > len(with_role) and all(word in names and has_surname(word) for word in words if word not in with_role):
        return "、".join(names)
    return None


def _piece_of_the_text(clue: Clue, body_text: str) -> bool:
    """A record's author field holding a stretch of the article's own sentence, its punctuation inside
    (reporter: 了解到，在年货运 out of 记者了解到，在年货运量1亿吨的情况下: a crawler's byline pattern run past
    the role word, fresh11 381): no names."""
    value = clue.value.strip()
    return clue.strength == "format" and any(mark in value for mark in "，。；") and value in body_text


def _author_of(clue: Clue, outlets: list, editors: set) -> tuple[str, str] | None:
    """(names, source) of an author clue, unless the names are the site's name (<meta author> 网易
    on 网易财经) or the editors the page credits (<meta author> 孔德明 next to 责任编辑：孔德明).

    A byline in the text (作者：刘胜军) names a person even when the account is named after him
    (刘胜军经济学大局观); only the format's and the page's author fields are checked against the outlet.
    A byline that is the outlet's name itself (本文来自微信公众号：图数室，作者：图数室) names no one,
    nor does a lowercase Latin word in a page's author field (<meta author> chinanews, admin): a site's
    handle, where a person's Latin name is capitalised (David Sanger).
    """
    names = clean_names(clue.value)
    signature = clue.value.strip()
    if clue.signed and names and signature not in outlets:
        # the writer's own field names the writer even inside the account's name (元霸 of 波元霸, fresh13 451)
        return names, clue.source
    if clue.signed and _PEN_NAME.match(signature):
        # WeChat's author span after 原创： holding the account's name (纯洁的微笑, a pen name longer than a person's
        # name, fresh18 580), 今日头条's one name after 原创 (紫醉金迷, fresh14 472): the writer signs with it; WeChat's
        # author field holding a pen name no person name's shape fits (家熙Panda, fresh28 865)
        return signature, clue.source
    if not names or (clue.strength != "text" and _SITE_HANDLE.match(names)):
        return None
    names_the_site = any(outlet and (names in outlet or outlet in names) for outlet in outlets) \
        or all(any(outlet and name in outlet for outlet in outlets) for name in names.split("、")) \
        or _names_a_desk(names, outlets)  # ETtoday、新聞雲
    if (names_the_site and clue.strength != "text") or names in outlets or set(names.split("、")) <= editors:
        return None
    return names, clue.source


def _names_a_desk(names: str, outlets: list) -> bool:
    """Whether an author field names one of the outlet's desks or columns: the outlet's name's first two Han characters
    and a word of its own after them, no person's name (立場報道, 立場科學 on 立場新聞's posts, fresh39 1080-1082;
    新华视点 on 新华社's). A person whose name opens as the outlet's does (立 is a surname) still reads as one."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{3,8}", names)) and not _names_a_person(names) \
        and any(outlet and len(outlet) >= 3 and _HAN.match(outlet[:2]) and names[:2] == outlet[:2] and names != outlet
                for outlet in outlets)


def _account_named_after_writer(fields: list[Clue], bylines: list[Clue]) -> tuple[str, str, str] | None:
    """(account, source, the field's value) of an archive's author field that holds the account named after the
    writer a byline in the text names (front matter author: 大何崛起 over 文|大 何, a WeChat archive): the outlet,
    and the byline's writer the author. A field that is itself a credit of the byline's writer (记者：李雨凝 编辑：陈晓舒,
    a feed's author field, fresh26 827) names the writer, no account."""
    writers = _writer_names(bylines)
    for clue in fields:
        account = clean_outlet(clue.value)
        credited = set((clean_names(clue.value) or "").split("、")) - {""}
        if account and account not in writers and not (credited and credited <= writers) \
                and any(len(name) >= 2 and name in account for name in writers):
            return account, f"{clue.source} the account, named after the byline's writer", clue.value
    return None


def _writer_names(clues: list[Clue]) -> set[str]:
    """Each person the author clues name (王兆洋 of 作者｜王兆洋; 张三 and 李四 of 张三、李四)."""
    return {name for clue in clues if clue.key == "author" for name in (clean_names(clue.value) or "").split("、") if name}


def _columnist_in_title(title: str, body_text: str) -> str | None:
    """叶檀 in '叶檀：央行降息是倒逼的结果': a short name with a common surname before the
    headline's colon that the text never mentions, or a three-character one before a slash (王子榮／…). A place or an institution before the colon
    (益阳：, 外交部：) is what the article is about, so the text names it again; a column's name
    (补壹刀：) has no surname."""
    found = _TITLE_PREFIX.match(title)
    words = _byline_words()
    if not found or found.group(1) in words["not_name"] or found.group(1).endswith(words["suffix"]):
        return None
    if found.group(2) in "／/":
        # 王子榮／逝者已矣？…: a columnist's byline before a slash (Taiwan's column pages), where the column's
        # blurb may name the writer in the text too; a tag (快訊／, 影／) is shorter than a full name.
        return found.group(1) if len(found.group(1)) == 3 and has_surname(found.group(1)) else None
    return found.group(1) if has_surname(found.group(1)) and found.group(1) not in body_text else None


def has_surname(name: str) -> bool:
    """A Chinese name: a common surname (data/lexicon/surnames.txt) and one or two given characters."""
    name = to_simplified(name)
    return any(name.startswith(surname) and 1 <= len(name) - len(surname) <= 2 for surname in lexicon.surnames())


def _names_a_person(value: str) -> bool:
    """Whether a name captured with no label (张三 2023-05-12) reads as a person's: Han names start
    with a common surname (强图打榜 2024-05-22 under a photo list does not)."""
    names = clean_names(value)
    return bool(names) and all(has_surname(name) for name in names.split("、") if _HAN.match(name))


def _credited_after_role(names: str, text: str) -> bool:
    """Whether ``text`` sets the names apart after a byline role word of data/lexicon/byline_roles.tsv of two characters
    or more (（央视记者 奚丹霓）, （本报记者 仉小明 亓华）): a credit, whatever the surnames. Glued to the role word the
    names may be its object (（接受记者采访）: 采访 is no writer)."""
    roles = [role for role in _byline_words()["role"] if len(role) > 1]
    first = next((token for token in re.split(r"[\s、，,]+", names.strip()) if token and token not in roles), "")
    return bool(first and roles) and re.search(rf"(?:{'|'.join(map(re.escape, roles))})\s+{re.escape(first)}", text) is not None


def _any_surname(value: str) -> bool:
    """Whether any name in a byline starts with a common surname."""
    return any(map(has_surname, (clean_names(value) or "").split("、")))


def _names_an_institution(value: str) -> bool:
    """A Han name ending like an institution's or a public body's (大学, 中心, 人民政府: data/lexicon/outlet_cues.tsv)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{4,20}", value)) and value.endswith((*outlet_suffixes("institution"), *outlet_suffixes("issuer")))


def _names_an_outlet(value: str) -> bool:
    """A short Han name ending like an outlet's (网, 报, 新闻: data/lexicon/outlet_cues.tsv), not a bare suffix."""
    value = value.strip()
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,16}", value)) and value.endswith(outlet_suffixes()) \
        and value not in outlet_suffixes()


# A periodical's issue heading its headline: the name, the issue's number in brackets, a colon (科技爱好者周刊（第 383 期）：…).
_ISSUE_HEADLINE = re.compile(r"^([\u4e00-\u9fff]{2,16})\s*[（(]\s*第\s*\d{1,4}\s*[期号號]\s*[)）]\s*[：:]")


def _outlet_opening_headline(title: str) -> str | None:
    """The known outlet (data/lexicon/outlets.tsv) whose name opens a headline that is its own: before one of its
    commentary columns and a colon (新京报社论：…, fresh37 1040, a paper's editorial reposted on a portal;
    data/lexicon/outlet_cues.tsv, type own_column), or before the day of its dated roundup (财联社6月26日早间新闻精选,
    fresh37 1044), else None; or a name ending like an outlet's (周刊, 日报: data/lexicon/outlet_cues.tsv) before its issue's
    number and a colon (科技爱好者周刊（第 383 期）：…, fresh37 1048, a weekly's issue on its blog). A headline that only
    speaks of an outlet (新京报记者探访…, 人民日报发文称…) names none."""
    issue = _ISSUE_HEADLINE.match(title)
    if issue and _names_an_outlet(issue.group(1)):
        return issue.group(1)
    named = outlet_opening(title, MAX_OUTLET_CHARS)
    if not named:
        return None
    rest = title[len(named):]
    columns = "|".join(map(re.escape, outlet_suffixes("own_column")))
    return named if re.match(rf"(?:{columns})\s*[：:]|\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?!电|電|讯|訊)", rest) else None


def _column_before_headline(title: str) -> tuple[str | None, bool]:
    """(name, whether it ends like an outlet's) of a column's or account's name before a bar and the headline:
    狐度工作室 in '狐度工作室 | 检察官称…' (ending like an outlet's or a studio's: 网, 报, 工作室 in
    data/lexicon/outlet_cues.tsv), 后生价值 in '后生价值 | 一审不判离：十万份判决书…' (a name of COLUMN_NAME_CHARS
    letters at most, the headline at least twice as long); (None, False) for a badge or a topic (独家 |, 两会 |)
    and for a headline of two halves (拉人进群被跨省传唤｜律师：可提起行政复议或诉讼)."""
    found = COLUMN_PREFIX.match(title)
    if not found or len(title) - found.end() < MIN_HEADLINE_AFTER_BAR:
        return None, False
    name, rest = found.group(1), title[found.end():]
    if _names_an_outlet(name):
        return name, True
    short = MIN_COLUMN_NAME_CHARS <= len(name) <= COLUMN_NAME_CHARS and _LETTERS_ONLY.match(name)
    return (name, False) if short and len(rest) >= 2 * len(name) else (None, False)


def _without_column_tag(title: tuple[str, str]) -> tuple[str, str]:
    """'星河动力 刘百奇：商业航天不必照搬 SpaceX | Founder 100' -> the headline: a column's tag after a spaced bar,
    at most COLUMN_TAG_CHARS characters with no sentence or clause mark, the headline at least twice as long."""
    value, source = title
    found = _COLUMN_TAG.match(value)
    if found and len(found.group(1)) >= 2 * len(found.group(2)):
        return found.group(1), f"{source}, the column's tag after the bar dropped"
    return title


def _without_outlet_suffix(title: tuple[str, str], outlet: str) -> tuple[str, str]:
    """'猪肉最贵的时代到来了吗｜大象公会' -> '猪肉最贵的时代到来了吗' when 大象公会 is the outlet; also when the
    suffix is the outlet and the words outlet names end with (标题 - 台視新聞 where the page's site name is
    台視: outlet_cues.tsv's suffixes)."""
    value, source = title
    site_words = "|".join(map(re.escape, outlet_suffixes()))
    found = re.match(rf"^(.{{4,}}?)\s*[|｜丨_—–-]+\s*{re.escape(outlet)}(?:{site_words})*$", value)
    return (found.group(1), f"{source}, outlet suffix dropped") if found else title


def _shown_headline(title: tuple[str, str], page_lines: frozenset) -> tuple[str, str]:
    """'颜水成加入昆仑万维，… - 智源社区' (a page title, the site after a spaced separator) -> the headline when the
    page shows the part before the separator as a line of its own (its <h1>), whatever the site's name."""
    value, source = title
    found = _SITE_AFTER_SEPARATOR.match(value)
    if found and found.group(1) in page_lines:
        return found.group(1), f"{source}, the site after the separator dropped (the page shows the headline alone)"
    return title


def _full_or_issue_date(value: str) -> str | None:
    """A full date (iso_date), or a journal issue's year or year-month as the reader captured it."""
    return value if _ISSUE_DATE.match(value or "") else iso_date(value)


def _first(clues: list[Clue], clean):
    """(clean value, source) of the first clue whose value survives ``clean``, else None."""
    for clue in clues:
        value = clean(clue.value)
        if value:
            return value, clue.source
    return None


def _without_badge(title: tuple[str, str], page_titles: list[Clue]) -> tuple[str, str]:
    """'原创最不愁吃肉的国家：…' -> '最不愁吃肉的国家：…' when the page's own title is the headline without the
    short badge glued in front of it (原创, 独家: at most BADGE_CHARS Han characters, no separator)."""
    value, source = title
    for clue in page_titles:
        shorter = clean_title(clue.value)
        badge = value[:-len(shorter)] if shorter and value.endswith(shorter) else ""
        if 0 < len(badge) <= BADGE_CHARS and _HAN_ONLY.match(badge):
            return shorter, f"{clue.source} (within {source}, a badge before it)"
    return title


def _shortened_by_repost_title(title: tuple[str, str], repost_titles: list[Clue]) -> tuple[str, str]:
    """A repost line's link text is the original headline: it replaces a longer title holding it."""
    value, source = title
    for clue in repost_titles:
        original = clean_title(clue.value)
        if original and original != value and original in value:
            return original, f"{clue.source} (within {source})"
    return title


def _text_clues(paragraphs) -> list[Clue]:
    """Clues the cue lexicon captured from lines of the text: those below the title first, in reading
    order, then those above it (a byline stands under its headline; a dated line above the headline is
    more often a sidebar's)."""
    title_at = next((index for index, paragraph in enumerate(paragraphs) if paragraph.role == "title"), 0)
    title_tag = _TITLE_TAG.match(paragraphs[title_at].text.strip()) if paragraphs else None
    # A bare 编辑 credit may be the writer's only where it is the text's one credit line: beside a desk's other
    # credits (审核|卢长银 编辑|向歆悦, a paper's editorial that says 我们, fresh33 969) it names the desk's editor.
    credit_lines = sum(paragraph.kind == "editor_credit" for paragraph in paragraphs)
    below, above = [], []
    for index, paragraph in enumerate(paragraphs):
        clues = above if index < title_at else below
        quote = paragraph.text[:SOURCE_QUOTE_CHARS] + ("…" if len(paragraph.text) > SOURCE_QUOTE_CHARS else "")
        source = f"{_LINE_NAMES.get(paragraph.kind, paragraph.kind.replace('_', ' ') + ' line')}: {quote}"
        for key, value in _outlet_before_reporter(paragraph).items():
            key = "publish_date" if key == "date" else key
            if paragraph.kind == PERSONA_GREETING_KIND:
                # 大家好，我是袋鼠帝 on its own under the headline (fresh31 926, 927): the writer's persona, a nickname that
                # names no outlet (大家好，我是达叔。 over 这是达叔的第1572篇原创, round 12's sweep); a greeting further down (a
                # video script's, after its hook: fresh29 885) speaks for a channel the file names otherwise, no writer;
                # a self-introduction signing off under the text (我是宇龙，一个用 AI 搞副业的打工人。, fresh37 1049) is the writer's
                if not any(other.role == "body" for other in paragraphs[title_at:index]) \
                        or not any(other.role == "body" for other in paragraphs[index + 1:]):
                    clues.append(Clue("author", value, source, "persona"))
                continue
            if key == "outlet" and paragraph.kind == "source_note" and paragraph.after_image \
                    and not _ABOUT_THE_ARTICLE.match(paragraph.text.strip()):
                continue  # 来源：视觉中国 under a picture credits the picture; 本文经…授权转载 there still speaks of the article
            if key == "author" and _BARE_BRACKETED.match(paragraph.text.strip()) and not _any_surname(value) \
                    and not _credited_after_role(value, paragraph.text) and paragraph.kind != "signature":
                # （飞吻）, （否决权） closing a paragraph: a gesture or a gloss, not the writers (王景亮); a reporter's
                # credit says so (（央视记者 奚丹霓）, fresh23 760: 奚 is a surname the common list lacks), and so does a
                # signature naming the writer's institution (（慕阳子 中国现代国际关系研究院欧洲所）, fresh34 980)
                continue
            if key == "author" and paragraph.kind in _UNLABELLED_NAME_KINDS \
                    and (not _names_a_person(value) or (title_tag and title_tag.group(1) == value.strip())):
                # 安全圈 2022-10-24 19:00 under 【安全圈】团伙利用…: the name the headline wears as its tag is the
                # account that tags all its posts so, not a writer, though it starts like a surname (安)
                if paragraph.kind == "publish_date" and "outlet" not in paragraph.captures \
                        and (_names_an_outlet(value) or paragraph.role == "byline"):
                    # 中国网 2019-11-25 10:37:31 under a portal's headline, 星阑科技 2022-06-16 12:06 under a
                    # WeChat export's: a name that is no person's on the date line names the source,
                    # unless the line names its outlet too (安全内参编译 安全内参 2023-03-02 11:19)
                    clues.append(Clue("outlet", value, source, "text"))
                continue
            if key == "outlet" and paragraph.kind in ("wechat_account", "site_suffix", "account_note", "masthead"):
                # the account card at the very end of a WeChat page, the site a crawler's headline field names
                # after the headline (the platform that ran the story), an account naming itself in a follow
                # prompt or a post count (点击上方蓝字某某, 这是某某公众号的第N篇原创文章), its masthead above the
                # article (知识分子 / The Intellectual): only when nothing else
                # names one, since a repost carries the first account's prompts
                clues.append(Clue("outlet", value, source, "footer"))
                continue
            if key == "author" and (writes_for := _WRITES_FOR.search(value)):
                clues.append(Clue("outlet", writes_for.group(1), f"{source} (the outlet after the writer's @)", "text"))
            if key == "author" and (reporter_of := _REPORTER_OF.search(value) or _REPORTER_OF.search(paragraph.text.lstrip("（(【[ "))):
                # 作者：《中国企业家》记者 林涛, 采写：南都记者 余毅菁, （四川日报记者 江芸涵） at the end: the reporter's
                # outlet, a last resort when nothing else names one
                clues.append(Clue("outlet", reporter_of.group(1) or reporter_of.group(2), source, "footer"))
            if key == "outlet" and (not clean_outlet(value) or republishes(clean_outlet(value))) \
                    and (named := outlet_named_in(paragraph.text)):
                # 社会万象中国新闻网 [微博] 2014-01-04 (fresh11 386): the cue caught a platform's link, and the line
                # writes a known outlet's name (data/lexicon/outlets.tsv) as well: that outlet ran the story
                clues.append(Clue("outlet", named, f"{source} (the known outlet the line names)", "text"))
                continue
            if key == "outlet" and paragraph.kind == "header_field" and (dated := _TRAILING_DATE.search(value)) \
                    and iso_date(dated.group()):
                # 来源：微信公众号 海外独角兽，2026-01-27 (fresh19 600, 602, 603): the source field dates the post it names
                clues.append(Clue("publish_date", dated.group().strip(), source, "label"))
            elif key == "outlet" and paragraph.kind == "source_note" and (dated := _DATE_AFTER_SOURCE.search(paragraph.text)) \
                    and value in paragraph.text[:dated.start()] and iso_date(dated.group(1)):
                # 来源：微信公众号 某某，2026-01-27 standing alone (no header block around it): the same date
                clues.append(Clue("publish_date", dated.group(1), source, "text"))
            if key == "publish_date" and paragraph.kind == "header_field" and not iso_date(value) and iso_date(paragraph.text):
                value = paragraph.text  # 發布日期：110-10-23: a year of three digits is the Republic's only beside its label
            if key in FIELDS:
                # A date the page shows under a 发布日期 label beats a <meta> tag a CMS rewrites on every edit.
                labelled = key == "publish_date" and _PUBLISHED_LABEL.search(paragraph.text.split(value)[0])
                clues.append(Clue(key, value, source, "label" if labelled else "text"))
        if paragraph.role == "boilerplate" and "outlet" not in paragraph.captures and (account := account_self_named(paragraph.text)):
            # 关注「AI技术宅」公众号… and 本文系公众号 "AI技术宅" 原创 (fresh31 927) in lines another cue labelled (a follow
            # prompt, a copyright note): the account naming itself, only when nothing else names one
            clues.append(Clue("outlet", account, f"{_LINE_NAMES['account_note']}: {quote}", "footer"))
        if paragraph.role == "byline" and paragraph.kind == "publish_date":
            clues.append(Clue("publish_date", paragraph.text, source, "text"))
            clues += _names_beside_date(paragraph, source)
        # The article's address under a label (Source: exportcontrol.mofcom.gov.cn, an agent's archive, fresh11 384;
        # 原文链接：https://…), or alone on the text's last line, where a crawl notes where it took the text from
        # (http://finance.sina.com.cn/roll/2018-02-28/doc-….shtml, fresh17 551): the outlet of its host, a last resort, and
        # the day its path is filed under, the weakest date clue.
        address = (_SOURCE_ADDRESS.match(paragraph.text.strip())
                   or (index == len(paragraphs) - 1 and _LONE_ADDRESS.fullmatch(paragraph.text.strip()))) \
            if paragraph.role == "boilerplate" else None
        if address and (site := outlet_of_url(address.group(1))):
            clues.append(Clue("outlet", site, f"{source} (the address's outlet)", "footer"))
        if address and (day := date_in_url(address.group(1))):
            clues.append(Clue("publish_date", day, f"{source} (the address's date)", "guess"))
        if paragraph.role == "boilerplate":
            holder = copyright_holder(paragraph.text)
            if holder:
                clues.append(Clue("outlet", holder, f"copyright line: {quote}", "footer"))
        if paragraph.kind == "editor_credit":
            for name in _EDITOR_NAME.findall(paragraph.text):
                clues.append(Clue("editor", name, source, "text"))
            if day := minguo_date_code(paragraph.text):
                # （編輯：張瑞芬）1130601, （譯者：洪啓原/核稿：陳彥鈞）1140309 closing a 中央社 wire: the day the agency
                # filed it (its dateline writes the day alone: 台北9日電); a reposting site's own date field, when the
                # page has one, is what its reader sees, so the code stands in only where nothing else dates the text
                clues.append(Clue("publish_date", day, f"{source} (the wire's date code)", "guess"))
            if credit_lines == 1 and (sole := _BARE_EDITOR_CREDIT.match(paragraph.text.strip())):
                clues.append(Clue("author", sole.group(1), source, "footer"))
        elif paragraph.role in ("byline", "boilerplate"):
            # A CMS fills <meta name=author> with whoever published the page: the editor the info line credits.
            for name in _INLINE_EDITOR.findall(paragraph.text):
                clues.append(Clue("editor", name, source, "text"))
    dateline, relayed = _lead_dateline_clues(paragraphs, title_at)
    if relayed:
        # 新京报快讯 据教育部网站消息，… over the text, 来源：教育部网站 under it (fresh26 826): the source line names the text
        # the outlet relays, the dateline the outlet that ran it
        below = [clue for clue in below if not (clue.key == "outlet" and clean_outlet(clue.value) == relayed)]
    clues = below + _info_line_clues(paragraphs, title_at) + _lead_credit_clues(paragraphs, title_at) \
        + dateline + _account_lead_clues(paragraphs, title_at) + _closing_credit_clues(paragraphs) + _closing_source_label_clues(paragraphs) + _outlet_under_text_clues(paragraphs) + _column_byline_clues(paragraphs, title_at) \
        + _split_date_clues(paragraphs, title_at) + above + _about_link_clues(paragraphs) + _own_paper_clues(paragraphs) \
        + _account_with_id_clues(paragraphs) + _signature_date_clues(paragraphs)
    # 原创 王兆洋 over 作者｜王兆洋 (fresh10 360): the one name after WeChat's 原创 badge is the writer's or the
    # account's; when a byline gives it as the writer, it is the writer's.
    writers = _writer_names(clues)
    badge = _LINE_NAMES["original_statement"]
    return [clue for clue in clues if not (clue.key == "outlet" and clue.source.startswith(badge) and clue.value.strip() in writers)]


def _record_run_clues(paragraphs) -> list[Clue]:
    """The meta fields of the first run of a record's key : value lines (roles' record_field: a news API's response
    pasted into a Javadoc comment over the code that shows it, title : … / source : 新华网 / ptime : 2016-08-16 07:58,
    fresh30 904, 905; fresh18 563): the record of the story the file holds, named by data/lexicon/record_fields.tsv.
    A hint as a page's <meta> tags are, under what the text itself says; later runs are the records of related
    stories (relative_sys, informationList), told by a key the record had already (id, title). A run with none of
    them is the same record, resumed after a text field's many lines (message : <p>… over 45 lines, then time : … /
    title : …, fresh18 563). A date written as Unix time (time : 1438141088000, releaseTime : 1539048304000, fresh18
    563, fresh30 902: a Java API's milliseconds) is the day it names in China, as in a record."""
    runs: list[list] = []
    for paragraph, before in zip(paragraphs, [None, *paragraphs[:-1]]):
        if paragraph.kind == "record_field":
            if before is None or before.kind != "record_field":
                runs.append([])
            runs[-1].append(paragraph)
    keys: set[str] = set()
    clues = []
    for run in runs:
        run_keys = {paragraph.text.partition(":")[0].strip() for paragraph in run}
        if keys & run_keys:
            break
        keys |= run_keys
        for paragraph in run:
            key, _, value = paragraph.text.partition(":")
            field, value = field_of_key(key.strip()), value.strip()
            if field == "publish_date":
                value = epoch_date(value) or value
            if field in FIELDS and value:
                clues.append(Clue(field, value, f"a record's field in the text: {paragraph.text.strip()[:40]}", "page"))
    return clues


def _signature_date_clues(paragraphs) -> list[Clue]:
    """The date a notice, a statement or a letter is signed with where its text ends (国家新一代人工智能治理专业委员会 /
    2021 年 9 月 25 日 closing a committee's code, fresh22 703; a government notice's 落款, an open letter's), the lines
    roles labels as the signature (roles.SIGNATURE). The day it was issued, the last of the text's dates (any other
    date clue comes first)."""
    signed = [paragraph.text.strip() for paragraph in paragraphs if paragraph.kind == SIGNATURE]
    dated = SIGNATURE_DATE.search(signed[-1]) if signed else None
    if not dated or not iso_date(dated.group()):
        return []
    return [Clue("publish_date", dated.group(), f"signature date closing the text: {' '.join(signed)}", "text")]


def _account_with_id_clues(paragraphs) -> list[Clue]:
    """The first account the text names with its WeChat ID where a sentence or a line starts (长安街知事（微信ID：
    Capitalnews）注意到 in a one-line dump, fresh13 444; 新周刊（ID：new-weekly） on a line of its own, fresh13 450;
    [新潮沉思录（ID：xinchaochensi）] in a repost note, fresh14 462): the account that speaks, the last outlet clue, taken
    only when nothing else names one. A name glued to the words before it (返回舱长安街知事（微信ID…) is no start."""
    for paragraph in paragraphs:
        if account := _ACCOUNT_WITH_ID.search(paragraph.text):
            quote = account.group()[:SOURCE_QUOTE_CHARS]
            return [Clue("outlet", account.group(1), f"account named with its ID: {quote}", "footer")]
    return []


def _info_line_clues(paragraphs, title_at: int) -> list[Clue]:
    """Clues of an info line framing the article that no cue caught: a line of chrome between the headline and the
    text, or in the run of chrome right under the text (INFO_LINES_UNDER_TEXT), made only of ``label：value`` pairs
    and dates, at least two of them (2026.01.29 發布機關：臺北市政府秘書處媒體事務組 on a city government's press
    release, fresh12 410; 2019.05.29 来源：安信工计算机学院和大数据学院 and 文：陈威 图：徐涛 编辑：王谢贵 under a
    college's news item, fresh12 413). The labels are those of data/lexicon/header_fields.tsv (发布机关 and 主办单位,
    the publisher of an institution's own news) and the role words of data/lexicon/byline_roles.tsv (文 names the
    writer; 图, 编辑, 校对 other credits); a pair the cues read already is not read again."""
    body = [index for index, paragraph in enumerate(paragraphs) if paragraph.role == "body"]
    if not body:
        return []
    under = list(range(body[-1] + 1, min(len(paragraphs), body[-1] + 1 + INFO_LINES_UNDER_TEXT)))
    under = under[:next((at for at, index in enumerate(under) if paragraphs[index].role == "body"), len(under))]
    clues = []
    for indices in [*_info_runs(paragraphs, range(title_at + 1, body[0])), *([index] for index in under)]:
        text = " ".join(paragraphs[index].text for index in indices)
        pairs = _info_line_pairs(text) if all(paragraphs[index].role in ("byline", "boilerplate") for index in indices) else None
        source = f"info line: {text[:SOURCE_QUOTE_CHARS]}" + ("…" if len(text) > SOURCE_QUOTE_CHARS else "")
        for field, value in pairs or ():
            if field in ("outlet", "author", "publish_date") \
                    and not any(paragraphs[index].captures.get("date" if field == "publish_date" else field) for index in indices):
                clues.append(Clue(field, value, source, "text"))
    return clues


def _info_runs(paragraphs, indices) -> list[list[int]]:
    """The chrome lines between the headline and the text, each alone, except that a run of lines each made only of
    labelled values and dates (one at least) or of a separator stands as one info line: a page that sets each pair
    in an element of its own (学校: 商丘市第一高级中学 / | / 日期: 2017年11月15日下午, a school portal's page,
    fresh20 644) shows them on one line."""
    runs: list[list[int]] = []
    joining = False
    for index in indices:  # consecutive lines
        text = paragraphs[index].text.strip()
        part = paragraphs[index].role in ("byline", "boilerplate") \
            and (not _INFO_SEPARATORS.sub("", text) or _info_line_pairs(text, least=1) is not None)
        if part and joining:
            runs[-1].append(index)
        else:
            runs.append([index])
        joining = part
    return runs


def _info_line_pairs(text: str, least: int = 2) -> list[tuple[str, str]] | None:
    """[(field, value)] of a line made only of labelled values, dates and, between bars, known outlets' names
    (data/lexicon/outlets.tsv) (2019.05.29 来源：X, 文：X 图：Y, 作者：张三 | 2023-03-04 | 某某晚报), ``least``
    (two) at least; a date stands as ("publish_date", date), a credit other than the writer's as ("none", value); else
    None. With ``least`` 1, a line of one pair that names no one (日期: …) counts too."""
    writers = _NAMES_BEFORE_BAR.match(text.strip())
    if writers and _any_surname(writers.group(1)):
        # 金彧 宓迪 | 来源：新京报 (fresh31 923, a 未央网 page's line under the headline): the names a page sets before
        # the bar and a labelled source, with no label of their own, are the writers
        labelled = _info_line_pairs(text.strip()[writers.end():], least=1)
        if labelled and any(field == "outlet" for field, _ in labelled):
            return [("author", writers.group(1)), *labelled]
    tokens = [token for token in _INFO_SEPARATORS.split(text.strip()) if token]
    barred = bool(_INFO_BAR.search(text))
    labels = _info_labels()
    pairs, at = [], 0
    while at < len(tokens):
        token = tokens[at]
        labelled = _INFO_LABEL.match(token)
        if _INFO_DATE.fullmatch(token) and (date := iso_date(token)):
            pairs.append(("publish_date", date))
        elif _INFO_TIME.fullmatch(token):
            pass
        elif labelled and labelled.group(1) in labels:
            value = labelled.group(2)
            if not value and at + 1 < len(tokens) and not _INFO_LABEL.match(tokens[at + 1]):
                at += 1
                value = tokens[at]
            pairs.append((labels[labelled.group(1)], value))
        elif not labelled and barred and known_outlet(token):
            # 作者：张三 | 2023-03-04 | 某某晚报: between bars a known outlet needs no label (2023-05-02 红星新闻, a
            # record's fields the reader set on one line, leaves the outlet to the record's own field)
            pairs.append(("outlet", token))
        else:
            return None
        at += 1
    named = [(field, value) for field, value in pairs if value and field in ("outlet", "author")]
    return pairs if len(pairs) >= least and (named or least < 2) else None


@lexicon.cached
def _info_labels() -> dict[str, str]:
    """label -> meta field of an info line's pairs: header_fields.tsv's labels, byline_roles.tsv's role words as the
    writer's (文, 记者) and its stop words as other credits (图, 编辑, 校对)."""
    roles = {word: "author" for word in _byline_words()["role"]} | {word: "none" for word in _byline_words()["stop"]}
    return roles | header_labels()


def _first_under_title(paragraphs, title_at: int) -> int:
    """Where the text under the headline starts: right below the title paragraph, or at the top when the text has
    none (a plain text that opens with its lead, 光明网评论员：最近几日，…, the headline only in the file's name)."""
    return title_at + 1 if paragraphs and paragraphs[title_at].role == "title" else 0


def _lead(paragraphs, title_at: int):
    """The first body paragraph under the headline (see :func:`_first_under_title`), None when there is none."""
    return next((paragraph for paragraph in paragraphs[_first_under_title(paragraphs, title_at):] if paragraph.role == "body"), None)


def _lead_credit_clues(paragraphs, title_at: int) -> list[Clue]:
    """The writers a credit glued to the start of the lead names, the reporter's label and then an editor's
    (每经记者：陈荣浩 每经编辑：陈梦妤近日，…, a crawl that flattened the page, fresh12 402): the names between the
    reporter's colon and the editor's label; the editor's label is what tells a credit from a sentence."""
    lead = _lead(paragraphs, title_at)
    found = _GLUED_LEAD_CREDIT.match(lead.text) if lead else None
    if not found:
        return []
    return _credited_names(found.group(1), f"credit glued to the lead: {lead.text[:SOURCE_QUOTE_CHARS]}…")


def _lead_dateline_clues(paragraphs, title_at: int) -> tuple[list[Clue], str | None]:
    """The outlet a lead's dateline names (新华社北京1月27日电, （观察者网讯）, 【明報專訊】, 央视网消息：, （中央社記者…電）,
    光明网评论员：, a commentary signed by the outlet, no person):
    a known outlet's name (data/lexicon/outlets.tsv) opening one of the first LEAD_PARAGRAPHS body or byline
    paragraphs under the headline, a dateline's word (data/lexicon/dateline_words.tsv: 电, 讯, 消息; 报道 and 客户端 before
    a colon or a closing bracket: 星島日報報道：, （央视新闻客户端）) after it with no sentence mark between. Only at
    the top: 据路透社报道 in the sixth paragraph quotes another outlet, it does not name this one.
    With the clues, the source the lead relays right after its dateline (教育部网站 of 新京报快讯 据教育部网站消息，…;
    中国网5月13日讯 据呼和浩特市人民政府网站消息，…), cleaned as an outlet, or None."""
    below = [index for index in range(_first_under_title(paragraphs, title_at), len(paragraphs))
             if paragraphs[index].role in ("body", "byline")]
    for index in below[:LEAD_PARAGRAPHS]:
        text = paragraphs[index].text.lstrip(_OPENING_MARKS)
        named = outlet_opening(text, MAX_OUTLET_CHARS)
        dateline = _dateline_after_name().match(text[len(named):]) if named else None
        if dateline:
            source = f"a known outlet's dateline opening the lead: {paragraphs[index].text[:SOURCE_QUOTE_CHARS]}"
            # 中新网昆明1月3日电 (王艳龙) (fresh11 386): the wire's reporters in brackets after the dateline, 记者 or not,
            # perhaps opening the next paragraph when the page set the dateline apart
            rest = text[len(named) + dateline.end():]
            if not rest.strip(_DATELINE_CLOSING_MARKS) and index + 1 < len(paragraphs):  # 【大公報訊】 set apart
                rest = paragraphs[index + 1].text
            credit = _CREDIT_AFTER_DATELINE.match(rest)
            relay = _RELAY_AFTER_DATELINE.match(rest[credit.end():] if credit else rest)
            day = _DATELINE_DAY.search(text[len(named):len(named) + dateline.end()])
            dated = _day_in_the_text_s_year(int(day.group(1)), int(day.group(2)), _body_text(paragraphs)) if day else None
            return [Clue("outlet", named, source, "text"),
                    *([Clue("publish_date", dated, f"{source} (the year from a full date near its day)", "text")] if dated else []),
                    *_credited_names(next(filter(None, credit.groups()), "") if credit else "", source)], \
                clean_outlet(relay.group(1)) if relay else None
    return [], None


def _body_text(paragraphs) -> str:
    return "\n".join(paragraph.text for paragraph in paragraphs if paragraph.role == "body")


def _day_in_the_text_s_year(month: int, day: int, text: str) -> str | None:
    """'YYYY-MM-DD' of a dateline's month and day in the year the text's own full dates give: each full date within
    DATELINE_YEAR_DAYS of the day (either side, across a new year: 12月30日电 and 2027年1月2日) names a year; one year
    only, else None. A text dated by nothing but its dateline keeps no date: the year is never a guess."""
    years = set()
    for stated_year, stated_month, stated_day in _FULL_DATE_IN_TEXT.findall(text):
        try:
            stated = date(int(stated_year), int(stated_month), int(stated_day))
        except ValueError:
            continue
        for year in (stated.year - 1, stated.year, stated.year + 1):
            try:
                if abs((stated - date(year, month, day)).days) <= DATELINE_YEAR_DAYS:
                    years.add(year)
            except ValueError:  # 2月29日 outside a leap year
                continue
    return date(years.pop(), month, day).isoformat() if len(years) == 1 else None


def _account_lead_clues(paragraphs, title_at: int) -> list[Clue]:
    """The account a lead says it relays (“上海一中法院”微信公众号消息，…; 据X微信公众号消息，…) in the first body paragraph
    under the headline: the outlet, as a dateline names it; and the full day that opens the lead right after it
    (2022年12月30日上午，…, the day of what the account announced: a guess, under any date the page states)."""
    lead = _lead(paragraphs, title_at)
    found = _ACCOUNT_LEAD.match(lead.text.strip()) if lead else None
    if not found:
        return []
    source = f"a lead relaying an account: {found.group()[:SOURCE_QUOTE_CHARS]}"
    day = _LEAD_DAY.match(lead.text.strip()[found.end():])
    return [Clue("outlet", found.group("after") or found.group("quoted"), source, "text"),
            *([Clue("publish_date", day.group(1), f"{source} (the day opening the lead after it)", "guess")] if day else [])]


@lexicon.cached
def _dateline_after_name():
    """What follows a known outlet's name in a lead's dateline, up to the dateline's word (data/lexicon/dateline_words.tsv:
    电, 讯, 消息 anywhere; 报道, 客户端 only before a colon or a closing bracket), or the outlet's signature (评论员：)."""
    words = dateline_words()
    open_words, closed_words = ("|".join(map(re.escape, words[end])) for end in ("open", "closed"))
    return re.compile(rf"{_BEFORE_DATELINE_WORD}(?:{open_words}|(?:{closed_words}){_CLOSED_DATELINE_END})|{_SIGNED_BY_OUTLET}")


def _closing_credit_clues(paragraphs) -> list[Clue]:
    """The writers a known outlet's credit in brackets closing the text names (…商量结算政府欠条事宜。(新安晚报
    焦雪、向凯), fresh11 387: a paper's story as a portal reposts it): the outlet's name (data/lexicon/outlets.tsv)
    opening the brackets, then names only."""
    body = [paragraph for paragraph in paragraphs if paragraph.role == "body"]
    found = _CLOSING_BRACKETS.search(body[-1].text) if body else None
    if not found:
        return []
    content = found.group(1).strip()
    named = outlet_opening(content, MAX_OUTLET_CHARS)
    if not named:
        return []
    return _credited_names(content[len(named):], f"a known outlet's credit closing the text: {found.group()}")


def _headline_over_byline(table: pd.DataFrame) -> Clue | None:
    """A text with no title paragraph whose first lines are short and end no sentence, right over its byline: the
    headline and its second line, as a page shows them (joined by a space). 北京、莫斯科、美国 三次看升旗感受不同 /
    大郅：北京这次最难忘 / 《体育天地·mvp》记者朱冲报道 (fresh16 521, a SogouC text whose lines the reader parts at their
    indents); a headline over a byline is how papers print a story."""
    roles = list(table["role"])
    byline = next((position for position, role in enumerate(roles[:HEADLINE_LINES_OVER_BYLINE + 1]) if role == "byline"), None)
    if not byline:
        return None
    lines = [text.strip() for text in table["text"].iloc[:byline]]
    if not all(role == "body" for role in roles[:byline]) or not all(_HEADLINE_PART.match(line) for line in lines):
        return None
    return Clue("title", " ".join(lines), f"the lines over the byline: {table['text'].iloc[byline].strip()[:SOURCE_QUOTE_CHARS]}", "text")


def _original_title_above_text(table: pd.DataFrame) -> Clue | None:
    """A text with no headline of its own whose reprint note of the original headline (原标题：…, （原标题：《…》）) stands
    above the first body paragraph (fresh21 680, a SimpRead clip of a 新浪 page: banner, 原标题：…, picture, text): the
    headline the story ran under, the last title clue. A 原标题 note further down belongs to a quoted or listed story."""
    first_body = next((position for position, role in enumerate(table["role"]) if role == "body"), len(table))
    for kind, text in zip(table["kind"].iloc[:first_body], table["text"].iloc[:first_body]):
        if kind == "original_title" and (label := _ORIGINAL_TITLE_LABEL.match(text.strip())):
            headline = text.strip()[label.end():]
            if label.group(1):  # （原标题：…） in brackets: the closing one is no part of the headline
                headline = re.sub(r"[）)]$", "", headline)
            headline = re.sub(r"^《(.+)》$", r"\1", headline.strip())
            return Clue("title", headline, f"the original headline above the text: {text.strip()[:SOURCE_QUOTE_CHARS]}", "text") \
                if headline else None
    return None


def _closing_source_label_clues(paragraphs) -> list[Clue]:
    """The source a 来源： label glued to the end of the last body paragraph names (…+82-64-722-8802来源：新华社、中国驻
    韩国大使馆, fresh16 515: a crawl that joined the page's lines): the outlet when nothing else names one."""
    body = [paragraph for paragraph in paragraphs if paragraph.role == "body"]
    found = _CLOSING_SOURCE_LABEL.search(body[-1].text) if body else None
    if not found:
        return []
    return [Clue("outlet", found.group(1), f"a 来源 label closing the text: {found.group().strip()}", "footer")]


def _outlet_under_text_clues(paragraphs) -> list[Clue]:
    """A known outlet (data/lexicon/outlets.tsv) in book-title marks on a line of chrome under the text (《晚点
    LatePost》推出周末版…, the account's note on itself, dev_corpus 34): the outlet by its full name, a last resort
    (footer), when the lines under the text name one outlet so; a body's 《X》 quotes what it cites and is not looked at."""
    last_body = max((index for index, paragraph in enumerate(paragraphs) if paragraph.role == "body"), default=len(paragraphs))
    named = {known_outlet(found).name: (full_name(found), paragraph.text) for paragraph in paragraphs[last_body + 1:]
             if paragraph.role == "boilerplate" for found in _BOOK_TITLE.findall(paragraph.text) if known_outlet(found)}
    if len(named) != 1:
        return []
    (name, line), = named.values()
    return [Clue("outlet", name, f"a known outlet named in 《》 under the text: {line[:SOURCE_QUOTE_CHARS]}", "footer")]


def _credited_names(text: str, source: str) -> list[Clue]:
    """An author clue of a credit's names (记者 李忠发、潘洁; 王艳龙), when every name reads as a person's."""
    names = clean_names(text) if text.strip() else None
    return [Clue("author", names, source, "text")] if names and _names_a_person(names) else []


def _first_person(body_text: str) -> bool:
    """Whether the body speaks in the first person: at least FIRST_PERSON_PER_MILLE 我 per thousand characters."""
    return bool(body_text) and body_text.count("我") * 1000 >= FIRST_PERSON_PER_MILLE * len(body_text)


def _column_byline_clues(paragraphs, title_at: int) -> list[Clue]:
    """The writer of a column's line between the headline and its date line (涵柳／vintage vibe 時尚簡史 over
    2023/12/02): a name of two to four Han characters before a slash and the column's name (more than
    PEN_NAME_COLUMN_CHARS characters unless the name starts with a common surname), or a person's name standing
    alone there (祝华新 over 中青在线－中国青年报 2010-05-08: a paper's e-edition), whatever role the page's
    layout gave the line (a linked author box reads as chrome)."""
    if not 0 < title_at + 2 < len(paragraphs) or paragraphs[title_at].role != "title":
        return []
    line, dated = paragraphs[title_at + 1], paragraphs[title_at + 2]
    alone = line.text.strip()
    if dated.kind == "publish_date" and _HAN_NAME.match(alone) and has_surname(alone) \
            and alone not in _byline_words()["not_name"]:
        return [Clue("author", alone, f"a name alone between the headline and its date line: {alone}", "text")]
    found = _COLUMN_BYLINE.match(line.text.strip())
    # One slash only: 首页／专栏／正文 is a breadcrumb. A pen name (涵柳) need not start with a common surname when
    # a column's name follows it; two words (國際／台灣) are a section's path.
    column = line.text.strip()[found.end():] if found else ""
    if found and dated.kind == "publish_date" and len(re.findall(r"[／/]", line.text)) == 1 \
            and found.group(1) not in _byline_words()["not_name"] \
            and (_names_a_person(found.group(1)) or len(column) > PEN_NAME_COLUMN_CHARS):
        return [Clue("author", found.group(1), f"a column's byline under the headline: {line.text.strip()[:SOURCE_QUOTE_CHARS]}", "text")]
    return []


def _split_date_clues(paragraphs, title_at: int) -> list[Clue]:
    """A date a page's widget shows in pieces right under the headline, the year on its own line and the month
    and day on the next (2020 / 07/08 / 16:37, a portal's date stuck to the left of the article): that date."""
    if not paragraphs or paragraphs[title_at].role != "title":
        return []
    below = paragraphs[title_at + 1:title_at + 1 + SPLIT_DATE_LINES]
    for year, month_day in zip(below, below[1:]):
        found_year, found_day = _YEAR_ALONE.match(year.text.strip()), _MONTH_DAY_ALONE.match(month_day.text.strip())
        if found_year and found_day:
            value = f"{found_year.group()}-{int(found_day.group(1)):02d}-{int(found_day.group(2)):02d}"
            if iso_date(value):
                return [Clue("publish_date", value, f"a date shown in pieces under the headline: {year.text.strip()} {month_day.text.strip()}", "text")]
    return []


def _names_beside_date(paragraph, source: str) -> list[Clue]:
    """Clues of a name standing before or after the date of a byline's date line with no label: a person's
    (谢若含2017-03-01 14:27:02: a common surname) is the writer; any other name after the date is the outlet
    that ran the story (2003-7-24 钱江晚报, 2015.09.05 名医主刀), unless the line names its outlet under a label
    already; before the date it is as often a channel and column (金融市场棱镜2019-09-23 07:48), left to the
    line's cue. A weekday (星期二), the words data/lexicon/byline_roles.tsv calls no name (分享, 原创) and a run its
    stop words open (发表于浙江, WeChat's place of posting) are neither."""
    clues = []
    for found, outlet_too in ((_NAME_BEFORE_DATE.match(paragraph.text), False), (_NAME_AFTER_DATE.search(paragraph.text), True)):
        name = found.group(1) if found else None
        if not name or _WEEKDAY.match(name) or name in _byline_words()["not_name"] \
                or any(name.startswith(word) for word in _byline_words()["stop"] if len(word) > 1):
            continue  # 发表于浙江 (WeChat's place of posting), 来源… : a label's word opens it, no name
        if _names_a_person(name):
            clues.append(Clue("author", name, source, "text"))
        elif outlet_too and "outlet" not in paragraph.captures:
            clues.append(Clue("outlet", name, source, "text"))
    return clues


def _own_paper_clues(paragraphs) -> list[Clue]:
    """The paper whose reporters the text names, or that the people in it speak to (宋一欣律师告诉《上海证券报》记者, 危起伟
    告诉澎湃新闻): a last resort (footer) when nothing else names an outlet, when the text names one such paper only
    and either the byline is signed 本报记者 (its own reporter) and the name ends like an outlet's, or the people in
    it speak to that paper or its reporters (告诉/向/接受/联系 …) or its reporters find something out (X记者了解到)
    at least ADDRESSED_REPORTERS times: a feature
    reprinted with no credit (前述人士告诉财新《新世纪》记者, three times in fresh12 423; 告诉澎湃新闻（www.thepaper.cn）,
    three times in a plain text, fresh13 441; 他告诉南方周末记者 … 接受了南方周末记者采访 in a WeChat export, fresh7 310).
    One mention is no evidence: 告诉《费加罗报》 (fresh6 267) and 接受英国《卫报》采访 (fresh11 384) quote another outlet's
    interview. A magazine is named with its house as the text writes it (财新《新世纪》: a known outlet's name right
    before the 《》, data/lexicon/outlets.tsv)."""
    own_byline = any(paragraph.role == "byline" and _OWN_REPORTER.search(paragraph.text) for paragraph in paragraphs)
    named = [mention for paragraph in paragraphs if paragraph.role == "body" for mention in _papers_spoken_to(paragraph.text)]
    if len({known_outlet(name).name if known_outlet(name) else name for name, _, _ in named}) != 1:
        return []  # no paper, or two papers: the text quotes another paper as well
    name, quote, _ = named[0]
    if own_byline and _names_an_outlet(name):
        return [Clue("outlet", name, f"本报 byline, the paper's reporter named in the text: {quote}", "footer")]
    if sum(addressed for _, _, addressed in named) >= ADDRESSED_REPORTERS:
        return [Clue("outlet", name, f"the paper whose reporters the people in the text speak to: {quote}", "footer")]
    return []


def _papers_spoken_to(text: str) -> list[tuple[str, str, bool]]:
    """(name, quote, whether someone speaks to it) of each outlet a body paragraph names as its reporters' paper
    (《财经》记者, 南方周末记者) or as the one spoken to or contacted (告诉澎湃新闻, 接受《大公報》采访): a name in 《》 that
    ends like an outlet's or is a known one, perhaps after its house (财新《新世纪》), or a known outlet's bare name
    (data/lexicon/outlets.tsv) that is no public body, portal or platform."""
    found = []
    for title in _IN_BOOK_TITLE.finditer(text):
        before = text[:title.start()]
        house = next((before[-size:] for size in range(HOUSE_CHARS, 1, -1) if known_outlet(before[-size:])), "")
        if not house and not (_names_an_outlet(title.group(1)) or known_outlet(title.group(1))):
            continue
        reporter, addressed = _addressing(before[:len(before) - len(house)], text[title.end():])
        if reporter or addressed:
            written = f"{house}《{title.group(1)}》" if house else title.group(1)
            found.append((written, house + title.group() + reporter, addressed))
    for match, outlet in outlets_written_in(text):
        if outlet.kind in _NOT_SPOKEN_TO_KINDS or text[match.start() - 1:match.start()] == "《":
            continue
        reporter, addressed = _addressing(text[:match.start()], text[match.end():])
        if reporter or addressed:
            found.append((match.group(), match.group() + reporter, addressed))
    return found


def _addressing(before: str, after: str) -> tuple[str, bool]:
    """How the text around an outlet's name (``before`` and ``after`` it) turns to the outlet: the reporter word after
    it (记者, 特约记者; "" when there is none) and whether someone speaks to it (告诉 …, or 向/对 … when 记者 follows) or its
    reporter finds something out (中国青年报记者了解到, 深圳商报记者从…获悉: the paper's own reporting, as claim_cues.tsv's
    reporter_finding rows read it), as a paper writes of its own newsroom."""
    reporter = _REPORTER_AFTER.match(after)
    addressed = bool((_ADDRESSED_REPORTER if reporter else _ADDRESSED).search(before))
    # the cues are written simplified and span the reporter word and at most 30 characters to the verb
    finding = to_simplified(after[reporter.end() - len("记者"):reporter.end() + FINDING_REACH]) if reporter else ""
    finds_out = any(cue.match(finding) for cue in _reporter_finding()) if finding else False
    return (reporter.group() if reporter else ""), addressed or finds_out


@lexicon.cached
def _reporter_finding() -> tuple[re.Pattern, ...]:
    """claim_cues.tsv's reporter_finding rows that open with the reporter (记者…了解到, 记者…获悉): the outlet's reporter
    found it out. Rows of other finders (笔者, 警方) and of 据…调查 name no reporter of the outlet before them."""
    return tuple(re.compile(cue) for kind, cue, match in lexicon.read_rows("claim_cues.tsv", ("type", "cue", "match"))
                 if kind == "reporter_finding" and match == "regex" and cue.startswith("记者"))


# A date line's name part written as the outlet (or its desk: 上報快訊) and the writer after a full-width slash.
_DESK_AND_WRITER = re.compile(r"^([\u4e00-\u9fffA-Za-z]{2,12}?)\s*[／╱/]\s*([\u4e00-\u9fff]{2,4})$")


def _outlet_before_reporter(paragraph) -> dict:
    """The captures of a line, the writer and the outlet swapped on a date line that names the outlet
    first: WeChat writes ``张三 某某号 2023-05-12``, a Taiwanese paper ``中廣 溫蘭魁 2013年06月29日 18:24``;
    when the first name is no person's and the second one is, the paper comes first."""
    captures = paragraph.captures
    author, outlet = captures.get("author"), captures.get("outlet")
    if paragraph.kind == "account_signature" and outlet:
        # 凹非寺量子位, WAIC量子位 before | 公众号 QbitAI: where the writer filed from runs into the account's name, so
        # the account is the longest known outlet (data/lexicon/outlets.tsv) ending the run; no known one, no outlet
        account = next((outlet[start:] for start in range(len(outlet) - 1) if known_outlet(outlet[start:])), None)
        return {**{key: value for key, value in captures.items() if key != "outlet"}, **({"outlet": account} if account else {})}
    if paragraph.kind in _UNLABELLED_NAME_KINDS and not author and outlet \
            and (desk := _DESK_AND_WRITER.match(outlet.strip())) and _names_a_person(desk.group(2)) \
            and not _names_a_person(desk.group(1)):
        # 上報快訊／范姜佳鈺 2020年03月12日 20:19:00 (fresh18 571, upmedia.mg): the outlet or its desk, then the writer
        # after the slash, as 聯合報／ 記者謝守真／綜合報導 (dev_corpus 54, udn.com) writes the paper before its reporters
        return {**captures, "outlet": desk.group(1), "author": desk.group(2)}
    if paragraph.kind in _UNLABELLED_NAME_KINDS and author and outlet \
            and not _names_a_person(author) and _names_a_person(outlet):
        return {**captures, "author": outlet, "outlet": author}
    return captures


def _about_link_clues(paragraphs) -> list[Clue]:
    """A company's newsroom names itself only in its menus: 关于百度 in the menu, and 百度 again in the
    copyright line (© Baidu 使用百度前必读) make 百度 the outlet, a last resort (footer)."""
    footer = " ".join(paragraph.text for paragraph in paragraphs if paragraph.kind == "copyright")
    names = [found.group(1) for paragraph in paragraphs if paragraph.role == "boilerplate"
             and (found := _ABOUT_LINK.match(paragraph.text.strip())) and found.group(1) not in _ABOUT_NOBODY]
    return [Clue("outlet", name, f"menu link 关于{name} that the copyright line repeats", "footer")
            for name in dict.fromkeys(names) if name in footer]


def copyright_holder(text: str) -> str | None:
    """The outlet a page's copyright line names (版权所有：中国政府网, Copyright©和讯网, © 2023 中央通訊社版權所有),
    or its 主办： line, when the name ends like an outlet's or an institution's, whose own site it is (© 2020 版权所有
    南京大学信息化建设管理服务中心, 主办：某某市人民政府办公厅: data/lexicon/outlet_cues.tsv) or is a known outlet's
    (未经万得书面授权: data/lexicon/outlets.tsv); a company (网易公司,
    臺灣電視事業股份有限公司) owns a site without being its name, so it is none; else the outlet of a web address on
    the line (data/lexicon/outlet_cues.tsv)."""
    posted_for = _POSTED_FOR.search(text)
    if posted_for:
        return posted_for.group(1)  # © NMSLESE for 中国数字时代: a feed's poster, then the site
    named = next((name for name in [*copyright_holders(text), *_SPONSOR.findall(text)]
                  if _names_an_outlet(name) or _names_an_institution(name) or known_outlet(name)), None)
    if named or not _COPYRIGHT.search(text):
        return named
    # © 2019 今日头条 www.toutiao.com, Copyright © 1997-2019 by www.people.com.cn: the site's address
    return next(filter(None, map(outlet_of_url, _ADDRESS.findall(text))), None)


def _breadcrumb_roots(table: pd.DataFrame) -> frozenset:
    """The first item of each breadcrumb among the page's navigation lines (网易娱乐 > 明星俱乐部 > 明星话题,
    首页>>人物聚焦>>2005人物), spaces removed: the site's or the channel's name."""
    roots = set()
    for text in table.loc[table["kind"] == "nav", "text"]:
        items = [item for item in _CRUMB_SEPARATOR.split(without_spaces(text)) if item]
        if len(items) >= 2:
            roots.add(items[0])
    return frozenset(roots)


def _title_paragraph(table: pd.DataFrame) -> Clue | None:
    """The first title paragraph, with its second line when the page prints the headline on two
    (joined by a space, as the page shows them)."""
    titles = table.loc[table["role"] == "title"]
    if not len(titles):
        return None
    text = titles["text"].iloc[0]
    following = table.loc[titles.index[0] + 1] if titles.index[0] + 1 in table.index else None
    if following is not None and following["kind"] == HEADLINE_SECOND_LINE:
        text = f"{text} {following['text']}"
    return Clue("title", text, f"title paragraph ({titles['reason'].iloc[0]})", "text")


def _headline_above_date_line(table: pd.DataFrame) -> Clue | None:
    """A page with no title paragraph: the line right above its labelled publishing date (…在武汉举行！ over
    发稿时间：2021/6/9 【 字体：大 中 小 】, fresh16 530, 531: a company site's CMS, whatever role the line got),
    no body paragraph above it; the headline stands over the date line in the CMS pages of public bodies and
    companies alike. A line that is a sentence of the text or a label's is no headline."""
    first_body = next((position for position, role in enumerate(table["role"]) if role == "body"), len(table))
    texts = [text.strip() for text in table["text"].iloc[:first_body + 2]]
    for above, line in zip(texts, texts[1:]):
        if _DATE_LINE_LABEL.match(line) and _HEADLINE_ABOVE.match(above):
            return Clue("title", above, f"the line above the date line: {line[:SOURCE_QUOTE_CHARS]}", "text")
    return None


# ----------------------------------------------------------------------------------------------
# Cleaning a candidate value


def clean_title(value: str | None) -> str | None:
    """The title with spaces squeezed; None when empty, when it opens with the separator before a site's
    name (<meta og:title> '-公視新聞網': a page title whose headline part is empty), or when it has fewer
    than MIN_TITLE_LETTERS letters (a page titled '1' or '-': a template's placeholder, no headline), or when it
    is a web address (a crawler's dump opening with the page's address) or a file's name, perhaps with a score
    after it (2018-04-29 09:47:00@标题.txt 1.0: a line of a corpus's file listing)."""
    # &nbsp;中国人为啥没有西方人高?: a text copied from a page's source keeps its entities; the title reads as shown
    value = re.sub(r"\s+", " ", html.unescape(value or "")).strip()
    if _EMPTY_HEADLINE.match(value) or len(_TITLE_LETTERS.findall(value)) < MIN_TITLE_LETTERS or _WEB_ADDRESS.fullmatch(value) \
            or _FILE_NAME_LINE.search(value):
        return None
    # 标题- - : a blog template's empty category slot after the headline (BlogDriver, BlogChina)
    return _TRAILING_SEPARATORS.sub("", value) or value or None


def clean_outlet(value: str | None) -> str | None:
    """An outlet's name: a 来源： label, a trailing date, a channel after a dash and brackets dropped;
    domains, copyright lines and platform names (微信公众平台) refused.

    ``RFI - 法國國際廣播電台`` keeps the part in Chinese; a bare web address (Source: exportcontrol.mofcom.gov.cn)
    is the outlet whose address it is (data/lexicon/outlets.tsv).
    """
    address = (value or "").strip()
    if _BARE_ADDRESS.fullmatch(address) and (site := outlet_of_url(address)):
        return site  # AUTO.SOHU.COM 2005年05月13日 on a date line: 搜狐's address, written in capitals
    value = _without_markup(value)  # 来源：<a href=…: the cue caught the link's markup, not the name it shows
    value = re.split(r"\u3000+", (value or "").strip())[0]  # 風傳媒　一個有國際觀…: the name before its slogan
    value = re.sub(r"\s+", " ", value).strip(" ：:，,。")
    value = _SENTENCE_END.split(value, maxsplit=1)[0]
    value = _SOURCE_LABEL.sub("", value)
    value = _ACCOUNT_ID_NOTE.sub("", _LEADING_MARKS.sub("", value))  # ◎智谷趋势（ID：zgtrend）: the name alone
    value = _BUREAU_PLACE.sub("", value)  # 经济观察报(北京): the paper, not the bureau it filed from
    value = _BYLINE_LABEL.sub("", value)  # 文丨新京报 (记者 …): the label of the byline the outlet was read from
    if _NEXT_FIELD.match(value):
        return None
    value = _GLUED_LABEL.sub("", value)  # 来源：四川日报实习编辑：吴明玲: the next label starts the next field
    # 来源：人民日报2024-05-13; 来源：微信公众号 海外独角兽，2026-01-27 (fresh19 600, 602, 603): the comma before the date goes too
    value = _TRAILING_DATE.sub("", value).rstrip(" ：:，,、")
    value = _ISSUE_CITATION.sub("", value)
    value = _COMPILED_TAIL.sub("", _COMPILED_FROM.sub("", value))  # 来源：内容编译自fortune，谢谢
    if first_published := _FIRST_PUBLISHED_BY.match(value):
        value = first_published.group("name")
    value = _LATIN_TWIN.sub("", value)  # 香港經濟日報HKET
    leader = _JOINED_OUTLETS.match(value)
    if len(_LISTED_NAME.findall(value)) >= LISTED_SOURCES - 1 and not (leader and _names_an_outlet(leader.group(1))):
        # 来源 | 央视新闻、国家卫健委官网、陕西日报、新华社…: a digest's sources name no one outlet (fresh12 403); 长江日报及
        # 新华社、人民日报… names its own paper first and the others it drew on after 及
        return None
    if known_outlet(value) and value.casefold() not in _platform_site_names():
        return value  # 新华日报·交汇点 (a paper's app, data/lexicon/outlets.tsv): a known name is not cut at its dot
    # 来源：微信公众号“某某”, 来源：微信公众号 - 某某 (an agent's note on a clipped post): the platform, then the account;
    # dropped before the parts are split, or the dash would leave the platform as the first part
    value = _PLATFORM_PREFIX.sub("", value)
    parts = [part.strip() for part in _OUTLET_PARTS.split(value) if part.strip()]
    named = [part for part in parts if _HAN.search(part)]
    value = (named or parts or [""])[0]
    value = _GRANTED.sub("", value)  # 来源：某某文章已获授权: the account, not its permission note
    # 上報快訊, 星島日報網頁: the outlet's news-flash desk or web edition (its app, 央视新闻客户端, is an edition word)
    value = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:快讯|快訊|网页|網頁)$", "", value)
    value = _without_edition(value)
    joined = _JOINED_OUTLETS.match(value)
    if joined and _names_an_outlet(joined.group(1)):
        value = joined.group(1)
    reported_by = _REPORTED_BY.match(value)
    named = outlet_opening(value[reported_by.end():], MAX_OUTLET_CHARS) if reported_by else None
    if named:
        value = named  # 据新华社拉萨: a reprinted wire's dateline, its place no part of the outlet's name
    value = _TRAILING_MARKS.sub("", value).strip("《》「」“”【】『』[]\"' ")  # [微博]: a link's brackets
    if value.count("《") > value.count("》"):
        value += "》"  # 财新《新世纪》: a magazine named with its house keeps its closing mark
    elif value.count("》") > value.count("《"):
        value = "《" + value  # 《东进》通讯 (fresh28 861): a title named with its kind after it keeps its opening mark
    value = _without_loose_marks(value)
    if not any(char.isalnum() for char in value) or (_DOMAIN.match(value) and not _CAPITALISED.search(value.split(".")[0])) \
            or _NOT_AN_OUTLET.search(value) \
            or len(value) > 30 or value.casefold() in _platforms() or _DATE_ONLY.match(value) or value in _not_outlet_words() \
            or names_a_field(value) or value in outlet_suffixes():
        # a site's address, a copyright line, a platform, a date, a bare role or label word (记者, 编辑): no outlet; nor a
        # record's field name in Latin letters (@time 2016/8/16 19:04, a doc comment's tag read as a name before a date);
        # nor an outlet's ending alone (新闻 2014-05-13 23:35:01: a blog theme's category before its date, fresh39 1086)
        return None
    return value


def _without_edition(value: str) -> str:
    """A paper's name without the edition word after it (新乡日报全媒体记者 → 新乡日报, 克拉玛依日报数字报 → 克拉玛依日报,
    央视新闻客户端 → 央视新闻: its newsroom across media, its e-paper, its app; data/lexicon/outlet_cues.tsv, type edition)
    when what is left ends like an outlet's name or is a known one; a name that is only such a word, or ends otherwise
    (大河全媒体; 人民日报健康客户端, fresh37 1047: the app's own name), stays whole."""
    for edition in outlet_suffixes("edition"):
        paper = value[:-len(edition)]
        if value.endswith(edition) and (paper.endswith(outlet_suffixes()) or known_outlet(paper)) and paper not in outlet_suffixes():
            return paper
    return value


def _without_loose_marks(value: str) -> str:
    """An outlet's name never opens or ends with punctuation: a mark at either end is dropped unless it is a bracket
    whose twin is inside the name ((臺)中央社CNA, 财新《新世纪》). 来源：国家统计局； (a chart's source line, tune 04)
    keeps its semicolon, （来源：某某） cut off by the line its opening bracket: loose marks, no part of the name."""
    while value:
        first, last = value[0], value[-1]
        if _loose_mark(first) and not (first in BRACKET_PAIRS and BRACKET_PAIRS[first] in value[1:]):
            value = value[1:].strip()
        elif _loose_mark(last) and not (last in _CLOSING_BRACKETS_OF and _CLOSING_BRACKETS_OF[last] in value[:-1]):
            value = value[:-1].strip()
        else:
            return value
    return value


def _loose_mark(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


@lexicon.cached
def _platforms() -> frozenset:
    """Names a platform puts where the site name goes (微信公众平台): data/lexicon/outlet_cues.tsv, and the
    platforms of data/lexicon/outlets.tsv (微博), in lower case (a clipper's source: "wechat", fresh20 642)."""
    return _platform_site_names() | frozenset(name.casefold() for name in platform_names())


@lexicon.cached
def _platform_site_names() -> frozenset:
    """The names a platform gives itself where the site name goes (微信公众平台, og:site_name of every WeChat page:
    data/lexicon/outlet_cues.tsv, type not_outlet), in lower case: never the outlet, though outlets.tsv knows the
    platform by that name too."""
    return frozenset(cue.casefold() for cue, kind in lexicon.read_rows("outlet_cues.tsv", ("cue", "type")) if kind == "not_outlet")


def _without_markup(value: str | None) -> str:
    """The text of a value as a page shows it: tags, web addresses and entities blanked, a link's text kept."""
    return _MARKUP.sub(" ", _MARKDOWN_LINK.sub(r"\1", value or ""))


@lexicon.cached
def _not_outlet_words() -> frozenset:
    """A byline's role, label and filing words (记者, 编辑, 来源, 报道, 发自, 可能): alone, no outlet's name, wherever
    a cue found it (ERIK ECKHOLM 报道 2012年08月02日 took 报道 for the account between writer and date, fresh13 452).
    (Its non-names are not all such: 百家号 is no writer but names a platform.) An exporter's placeholder for a missing
    value (unknown, None, NaN) names no outlet either."""
    words = _byline_words()
    return frozenset((*words["role"], *words["stop"], *words["filed"], *words["from"], *words["hedge"], *words["placeholder"]))


@lexicon.cached
def _byline_words() -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {"role": [], "not_name": [], "suffix": [], "from": [], "stop": [], "hedge": [], "filed": [],
                                   "helper": [], "placeholder": []}
    for word, kind in lexicon.read_rows("byline_roles.tsv", ("word", "type")):
        words[kind].append(word)
    words["role"] += words["helper"]  # before any writer's name a helper's credit is a role like 记者
    words["not_name"] += words["placeholder"]  # author: unknown (an exporter's empty slot) names no one
    return {kind: tuple(sorted(found, key=len, reverse=True)) for kind, found in words.items()}


def byline_role_words() -> tuple[str, ...]:
    """The job titles of data/lexicon/byline_roles.tsv (记者, 见习记者, 实习生), helpers' among them."""
    return _byline_words()["role"]


@lexicon.cached
def _glued_helper_credit(roles: tuple[str, ...], helpers: tuple[str, ...]) -> re.Pattern:
    writers = [role for role in roles if role not in helpers and len(role) > 1]
    return re.compile(rf"((?:{'|'.join(map(re.escape, writers))})[\u4e00-\u9fff]{{2,9}}?)(?=(?:{'|'.join(map(re.escape, helpers))}))")


def _helper_credit_apart(text: str, words: dict[str, tuple[str, ...]]) -> str:
    """记者应洁曾嫣艳通讯员厦公宣 (a dateline's credit with no gaps, round-16 sweep's 厦门日报 story): the helper's credit set
    apart from the writers' names before it, so that the token is not cut at its last role word, which would keep
    only the helper's name."""
    return _glued_helper_credit(words["role"], words["helper"]).sub(r"\1 ", text)


# A writer's credit with the outlet they write for after a spaced @ (作者：Mark Sullivan @ Fast Company, fresh37 1051, a
# translated feature): the name before it, the outlet after. A handle (作者：@某某) has no name before its @.
_WRITES_FOR = re.compile(r"(?<=\S)\s+[@＠]\s*([^\s@＠].*?)\s*$")


def clean_names(value: str | None) -> str | None:
    """Person names in a byline, joined by 、 in reading order; None when it names no person.

    Outlets in 《》 and bracketed notes are dropped, every token is cut after its last role word
    (``本报记者王明`` -> ``王明``), tokens that are roles, desks or non-names are dropped, and single
    characters padded apart (``方  敏``) are joined back.
    """
    words = _byline_words()
    # 【張薷、洪浩軒、許哲瑗／連線報導】 (a Taiwan paper's author field, fresh16 525, 526): the whole credit set in
    # brackets is the byline itself, not a note beside it
    wrapped = _WRAPPED_CREDIT.match(value or "")
    value = wrapped.group(1) if wrapped else value
    value = _WRITES_FOR.sub("", value or "")
    text = _helper_credit_apart(_POSTED_AT.sub("", _FILED_FROM.sub("", _BRACKETED.sub(" ", _without_markup(value)))), words)
    for word in words["from"]:  # 整理自 凹非寺: the place after it is no name
        text = re.sub(rf"{re.escape(word)}\s*\S*", " ", text)
    names: list[str] = []
    pending = ""  # single Han characters of a padded name
    filed = False  # after 高雄報導: the place again (/ 高雄市) until a role word starts the next credit
    credited = False  # a writer's role word (记者) seen: a helper's credit after a name ends the writers
    for token in _NAME_SEPARATORS.split(text):
        token = token.strip(" ·•\u3000").rstrip("0123456789*＊")  # 张三1: a footnote mark
        if _NUMBERED_NAME.match(token) and has_surname(token.lstrip("0123456789")):
            token = token.lstrip("0123456789")  # 58沈剑: a display name's number before a person's name
        stop = next((word for word in words["stop"] if word == token or (len(word) > 1 and word in token)), None)
        if not stop and credited and (names or pending):
            # 记者陈翔 通讯员罗裕秋: the names after a helper's credit helped the writer credited before it (周维华
            # 田宁 本报特约通讯员 侯国荣, names with no role before the credit, are the byline's names all three)
            stop = next((word for word in words["helper"] if word in token), None)
        if stop:
            # The byline names no more writers, but a name may stand glued before the stop word
            # (作者 | 曹思颀编辑| 郑玄: the export lost the gap between two bold fields).
            before = token[:token.index(stop)]
            if has_surname(before) and _HAN_NAME.match(before):
                names += [pending, before] if pending else [before]
                pending = ""
            break
        for role in words["role"]:
            # A one-character role (文, 图) is a role only on its own: 王乐文 is a name.
            if role == token or (len(role) > 1 and role in token):
                token = token[token.rindex(role) + len(role):]
                filed = False
                credited = credited or role not in words["helper"]
        token = token.strip(" ·•")
        if token.endswith(words["filed"]) or filed:
            filed = True
            continue
        if len(token) == 1 and _HAN.match(token):
            pending += token
            continue
        if pending:
            names.append(pending)
            pending = ""
        if not token or token in words["not_name"] or token.endswith(words["suffix"]) \
                or any(word in token for word in words["hedge"]):
            continue  # （很可能）: a word of doubt in brackets, no name
        glued = _glued_names(token)
        if glued:
            names += glued
            continue
        token = _name_before_affiliation(token) or token
        if _HAN_NAME.match(token) or (_LATIN_NAME.match(token) and not _HAN.search(token)) or _signed_name(token):
            names.append(token)
    if pending:
        names.append(pending)
    names = [name for name in dict.fromkeys(names) if len(name) >= 2]
    return "、".join(names) or None


def _glued_names(token: str) -> list[str] | None:
    """[李馨, 郭超] for 李馨郭超, two reporters' names the page printed with no gap (记者李馨郭超): Han
    characters only, four to six, with exactly one cut into two names of two or three characters that
    each start with a common surname; None for one person's name (欧阳娜娜: a compound surname)."""
    if not 4 <= len(token) <= 6 or not _HAN_ONLY.match(token) or has_surname(token):
        return None
    cuts = [n for n in (2, 3) if 2 <= len(token) - n <= 3 and has_surname(token[:n]) and has_surname(token[n:])]
    return [token[:cuts[0]], token[cuts[0]:]] if len(cuts) == 1 else None


def _name_before_affiliation(token: str) -> str | None:
    """方敏 in 作者：方敏北京大学经济学院教授, a name glued to the writer's university or institute: cut
    where a two- or three-character name with a common surname is followed by a dictionary word
    (北京, 中国: jieba's dictionary), and only when exactly one such cut exists."""
    if len(token) <= 4 or not _HAN_ONLY.match(token) or not _AFFILIATION.search(token[2:]):
        return None
    from zhnews.segment import tokenizer  # jieba's dictionary, loaded only for such a byline

    words = tokenizer().FREQ
    cuts = [n for n in (2, 3) if has_surname(token[:n]) and any(words.get(token[n:n + k]) for k in (2, 3))]
    return token[:cuts[0]] if len(cuts) == 1 else None


def _signed_name(token: str) -> bool:
    """A writer's pen name of a Han name and a Latin one glued (方伟Rey, 王磊Leo): the Han part has a surname."""
    found = _SIGNED_NAME.match(token)
    return bool(found) and has_surname(found.group(1))


def _account_in_path(origin: str) -> tuple[str, str] | None:
    """(account, source) from where an exporter of WeChat articles saved the file, else None:

    * ``[某某安全]-2023-6-16-标题.md``: the account in brackets before the date of the file's name;
    * ``某某财经/2023-05-12_标题.md`` or ``某某财经/html/2023-05-12_标题.html``: the nearest folder above
      a ``<date>_<title>`` file that holds a Han character (a format folder such as html or md is
      passed over), when it is not a generic name (文章, 导出, 下载: data/lexicon/generic_folders.txt).
      When the folder above that one is such a name as well (``某某医生/某某专栏/…``: an account and
      one of its albums), which of the two is the account cannot be told, and none is taken."""
    path = PurePath(origin)
    bracketed = _BRACKETED_ACCOUNT.match(path.stem)
    if bracketed:
        return bracketed.group(1).strip(), f"file name: [{bracketed.group(1).strip()}]"
    if not _EXPORTED_FILE.match(path.stem):
        return None
    folders = [part.strip() for part in reversed(path.parent.parts)]
    # The nearest folder with a Han character; those below it (html, md) have none.
    nearest = next((index for index, folder in enumerate(folders) if _HAN.search(folder)), None)
    if nearest is None or not _names_a_folder_owner(folders[nearest]):
        return None
    if nearest + 1 < len(folders) and _names_a_folder_owner(folders[nearest + 1]):
        return None  # <account>/<album>/<file>: two names, and no telling which is the account
    return folders[nearest], f"folder: {folders[nearest]}"


def _names_a_folder_owner(folder: str) -> bool:
    return bool(_HAN.search(folder)) and to_simplified(folder) not in _generic_folders()


@lexicon.cached
def _generic_folders() -> frozenset:
    return frozenset(to_simplified(name) for name in lexicon.read_lines("generic_folders.txt"))


def _date_in_file_name(name: str) -> str | None:
    """A date written with separators in the file name ([FreeBuf]-2024-1-31-…), else None."""
    found = re.search(r"(?:19|20)\d{2}[-_.年]\d{1,2}[-_.月]\d{1,2}", name)
    return found.group().replace("_", "-") if found else None
