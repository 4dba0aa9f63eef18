"""Word segmentation shared by every stage: one jieba tokenizer per process, with our dictionary.

How it works
------------
* :func:`tokenizer` builds one ``jieba.Tokenizer`` per process from jieba's own dictionary plus
  ``data/lexicon/userdict.txt`` (ours: words jieba's 2013 dictionary cuts apart or mis-tags, such as
  算力, 英伟达, 华为 as an organisation rather than a person). :func:`pos_tokenizer` wraps the same
  tokenizer for part-of-speech tags.
* jieba's ``POSTokenizer`` keeps its own word→tag table beside the tokenizer's word→frequency table,
  so every word we add goes into both; otherwise ``cut_pos`` would keep a new word whole but tag it
  ``x`` and filters that select nouns would drop it.
* :func:`add_words` adds words for the rest of the process (a user's own additions in a notebook).
* Words discovered in one article (:mod:`zhnews.keywords.newwords`, table ``new_words``) form a separate *run
  layer*: :func:`use_run_words` installs the run folder's words and first undoes the previous run's,
  so analysing article B after article A in the same process segments B exactly as a fresh process
  would. :func:`zhnews.stages.context` calls ``use_run_words(out_dir)`` before every stage, so names
  such as 梁文峰 stay whole in the later stages too. Re-installing the same words is a no-op.
* Every piece of text jieba segments on its own (a run of Chinese, Latin letters and digits) is cut
  once until a word or tag changes (:func:`_memoised`): the stages cut the same paragraphs and
  sentences many times, and jieba is most of their cost.
* Latin-script words are words: jieba already keeps ``DeepSeek`` whole; :func:`fold` maps case
  variants (chatGPT, ChatGPT) to one key.
* jieba caches its dictionary in a per-user folder (:func:`cache_dir`), not in the shared temp
  folder where another user could plant the file or hold it, so the dump fails.
* :func:`stopwords` reads ``data/lexicon/stopwords.txt`` (ours); it and the tokenizers are built again
  when a word list changes on disk (:func:`zhnews.lexicon.cached`).
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import tempfile
from math import log
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path


def _import_jieba() -> None:
    """Import jieba without ``pkg_resources``, a third of a second of every cold start.

    jieba imports ``pkg_resources`` only to open its own ``dict.txt`` (and, on Jython, its model
    pickles) beside its modules, and opens the same file by path when the import fails. Nothing else
    the package runs imports it, so it is kept out while jieba is imported and left importable after.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # an import of it raises ImportError
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


_import_jieba()

import jieba  # noqa: E402
import jieba.posseg  # noqa: E402

from . import io, lexicon  # noqa: E402

USER_DICT = "userdict.txt"
STOPWORDS = "stopwords.txt"

# Tag given to discovered words whose kind is unknown: jieba's "other proper noun".
DEFAULT_NEW_WORD_TAG = "nz"
# jieba tags that name an entity, and the entity type each stands for. ``nw`` (work/product) comes
# from jieba's paddle tag set; our user dictionary uses it for products such as ChatGPT.
ENTITY_TYPES = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nt": "organisation",
    "nw": "product",
    "nz": "other",
}

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9.+#&\-]*")

jieba.setLogLevel(logging.WARNING)


def _user_entries() -> list[tuple[str, int | None, str | None]]:
    """(word, frequency or None, tag or None) for each line ``word [freq] [tag]`` of userdict.txt."""
    entries = []
    for line in lexicon.read_lines(USER_DICT):
        word, *rest = line.split()
        freq = int(rest[0]) if rest and rest[0].isdigit() else None
        tag = rest[-1] if rest and not rest[-1].isdigit() else None
        entries.append((word, freq, tag))
    return entries


@lexicon.cached
def dictionary_words() -> frozenset[str]:
    """The words of our user dictionary (data/lexicon/userdict.txt)."""
    return frozenset(word for word, _, _ in _user_entries())


def cache_dir() -> Path:
    """This user's folder for jieba's dictionary cache: ``$XDG_CACHE_HOME/zhnews`` or ``~/.cache/zhnews``.

    Made ``0700``. Without a writable home, a private temporary folder for this process.
    """
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "zhnews"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder
    except OSError:
        return Path(tempfile.mkdtemp(prefix="zhnews-jieba-"))


# Pieces whose route _RouteSharingTokenizer keeps at most (a few hundred an article; about 10 MB when full).
ROUTE_MEMORY = 50_000
# Texts whose cut _memoised keeps whole at most (a few hundred an article), for the same reason.
TEXT_MEMORY = 20_000


class _RouteSharingTokenizer(jieba.Tokenizer):
    """jieba's tokenizer, searching a string's best route through the dictionary once per dictionary state.

    Both cuts of a piece, plain (:func:`cut`) and tagged (:func:`cut_pos`), begin with the same search:
    the graph of the dictionary words in the string (``get_DAG``) and the best route through it
    (``calc``), about 40 % of a tagged cut and most of a plain one. Where the route's words end is kept
    (a few small integers per piece, not the graph), and the second cut of the piece walks those words
    without searching again. jieba's cuts read only each step's end from the route, never its score.
    Forgotten whenever the dictionary changes: ``add_word`` here, and :func:`_clear_run_layer`, and when
    ROUTE_MEMORY pieces are kept: a worker reading thousands of articles with no new words between them
    would otherwise keep every piece it ever cut.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.routes: dict[str, tuple[int, ...]] = {}  # string → the last character of each word of its best route

    def add_word(self, *args, **kwargs):
        self.routes.clear()
        super().add_word(*args, **kwargs)

    def get_DAG(self, sentence):
        ends = self.routes.get(sentence)
        return self.graph(sentence) if ends is None else _KnownRoute(self, sentence, ends)

    def graph(self, sentence: str) -> dict[int, list[int]]:
        """jieba's ``get_DAG``, the same graph (where each dictionary word starting at a position ends),
        reading each fragment's frequency once: jieba asks the table twice a fragment, and this search
        is most of a plain cut. The table's values are integers, never None (0 marks a word's prefix)."""
        self.check_initialized()
        frequency = self.FREQ.get
        n = len(sentence)
        graph = {}
        for start in range(n):
            ends = []
            at, fragment = start, sentence[start]
            while True:
                count = frequency(fragment)
                if count is None:
                    break
                if count:
                    ends.append(at)
                at += 1
                if at >= n:
                    break
                fragment = sentence[start:at + 1]
            graph[start] = ends or [start]
        return graph

    def calc(self, sentence, DAG, route):
        if isinstance(DAG, _KnownRoute):
            route.update(zip((0, *(end + 1 for end in DAG.ends[:-1])), ((0, end) for end in DAG.ends)))
            return
        # jieba's calc, the same sums in the same order, without a generator of tuples per position:
        # of equal scores the later end wins, as jieba's max over (score, end) pairs picks it (the
        # graph lists a position's ends in increasing order).
        frequency = self.FREQ.get
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        for start in range(n - 1, -1, -1):
            best = None
            for end in DAG[start]:
                score = log(frequency(sentence[start:end + 1]) or 1) - logtotal + route[end + 1][0]
                if best is None or score >= best[0]:
                    best = (score, end)
            route[start] = best
        ends, at = [], 0
        while at < len(sentence):
            ends.append(route[at][1])
            at = ends[-1] + 1
        if len(self.routes) >= ROUTE_MEMORY:
            self.routes.clear()
        self.routes[sentence] = tuple(ends)


class _KnownRoute:
    """What ``get_DAG`` gives for a string whose route is known: ``calc`` takes the route from it; any other
    reader (jieba's cut_all) gets the real graph, built on first use."""

    def __init__(self, tokenizer: _RouteSharingTokenizer, sentence: str, ends: tuple[int, ...]):
        self.tokenizer, self.sentence, self.ends = tokenizer, sentence, ends

    @cached_property
    def graph(self) -> dict:
        return self.tokenizer.graph(self.sentence)

    def __getitem__(self, position):
        return self.graph[position]

    def items(self):
        return self.graph.items()


@lexicon.cached
def tokenizer() -> jieba.Tokenizer:
    """The process's jieba tokenizer: jieba's dictionary plus ours (built again when userdict.txt changes)."""
    tk = _RouteSharingTokenizer()
    tk.tmp_dir = str(cache_dir())
    tk.initialize()
    # Our own reader instead of jieba's load_userdict: it allows comment lines in the file.
    for word, freq, tag in _user_entries():
        tk.add_word(word, freq=freq, tag=tag)
    # A new tokenizer holds none of the run's words: the next use_run_words installs them again.
    _run_layer.__init__()
    _tags_changed()
    return tk


@lexicon.cached
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    # POSTokenizer(tk) would parse jieba's 349k-line dictionary for its tags a second time (about a
    # second); jieba.posseg's own tokenizer already parsed it on import, so start from a copy of its table.
    tk, default = tokenizer(), jieba.posseg.dt
    if default.tokenizer.dictionary != tk.dictionary:
        raise RuntimeError("jieba.posseg's own tokenizer no longer reads the dictionary ours is built on")
    pos = _FastPOSTokenizer.__new__(_FastPOSTokenizer)
    pos.tokenizer = tk
    pos.word_tag_tab = dict(default.word_tag_tab)
    pos.makesure_userdict_loaded()  # copies the user dictionary's tags into the POS table now
    pos.latin_spellings_as_built = (len(pos.word_tag_tab), _spellings_by_fold(pos.word_tag_tab, {}))
    return pos


class _FastPOSTokenizer(jieba.posseg.POSTokenizer):
    """jieba's POS tokenizer with its HMM (the tagging of characters no dictionary word covers) run by
    :func:`_tag_states`: the same states as jieba's ``viterbi``, found faster and once per string."""

    def _POSTokenizer__cut(self, sentence):  # jieba's private __cut, same output
        states = _tag_states(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            position, tag = states[i]
            if position == "B":
                begin = i
            elif position == "E":
                yield jieba.posseg.pair(sentence[begin:i + 1], tag)
                nexti = i + 1
            elif position == "S":
                yield jieba.posseg.pair(char, tag)
                nexti = i + 1
        if nexti < len(sentence):
            yield jieba.posseg.pair(sentence[nexti:], states[nexti][1])


_MIN_FLOAT, _MIN_INF = -3.14e100, float("-inf")  # jieba.posseg.viterbi's floor and impossible transition


@lru_cache(maxsize=1 << 16)
def _tag_states(sentence: str) -> tuple:
    """The (position, tag) state of each character of ``sentence``: jieba.posseg's Viterbi decoding.

    The HMM's tables never change, so a string is decoded once per process, whatever the dictionary
    state. Exactly jieba's result: the same sums in the same order ((score + transition) + emission),
    and of equal scores the greatest state wins, as jieba's ``max`` over (score, state) pairs does. What
    is faster: no generator of tuples per transition, and the states that may follow a set of states
    (:func:`_next_states`) worked out once per set and character instead of once per character.
    """
    from jieba.posseg import emit_P, start_P

    first = sentence[0]
    scores = {y: start_P[y] + emit_P[y].get(first, _MIN_FLOAT) for y in _first_states(first)}
    back = []
    for char in sentence[1:]:
        previous, rows, following = _next_states(frozenset(scores), char)
        previous_scores = [scores[y0] for y0 in previous]
        new_scores, pointers = {}, {}
        for y in following:
            emit = emit_P[y].get(char, _MIN_FLOAT)
            sums = [score + row.get(y, _MIN_INF) + emit for score, row in zip(previous_scores, rows)]
            best = max(sums)
            # ``previous`` is sorted, so the last of the equal best scores is the greatest state.
            at = len(sums) - 1 - sums[::-1].index(best)
            new_scores[y], pointers[y] = best, previous[at]
        scores = new_scores
        back.append(pointers)
    _, state = max((score, y) for y, score in scores.items())
    route = [state]
    for pointers in reversed(back):
        state = pointers[state]
        route.append(state)
    return tuple(reversed(route))


@lru_cache(maxsize=None)
def _first_states(char: str) -> tuple:
    from jieba.posseg import char_state_tab_P, trans_P

    return tuple(char_state_tab_P.get(char, trans_P.keys()))


@lru_cache(maxsize=1 << 14)
def _next_states(states: frozenset, char: str) -> tuple[tuple, tuple, tuple]:
    """After ``states``, reading ``char``: the states that lead on (sorted), their transitions, and the
    states ``char`` may be in."""
    from jieba.posseg import char_state_tab_P, trans_P

    previous = tuple(sorted(x for x in states if trans_P[x]))
    expected = {y for x in previous for y in trans_P[x]}
    following = set(char_state_tab_P.get(char, trans_P.keys())) & expected
    if not following:
        following = expected or set(trans_P.keys())
    return previous, tuple(trans_P[x] for x in previous), tuple(following)


@dataclass
class _RunLayer:
    """The words installed for the current run and what they replaced, so they can be undone."""

    words: dict[str, str] = field(default_factory=dict)
    saved_freq: dict[str, int | None] = field(default_factory=dict)
    saved_tags: dict[str, str | None] = field(default_factory=dict)
    saved_total: int | None = None


_run_layer = _RunLayer()
# Bumped whenever a tag changes, so the Latin-casing index below is rebuilt only when needed.
_tag_version = 0


def _install(word: str, tag: str, layer: _RunLayer | None = None) -> None:
    """Make ``word`` one token tagged ``tag`` in both of jieba's tables, remembering the old state."""
    tk, pos = tokenizer(), pos_tokenizer()
    if layer is not None:
        if layer.saved_total is None:
            layer.saved_total = tk.total
        # add_word also registers every prefix of the word (frequency 0) for the DAG search.
        for end in range(1, len(word) + 1):
            layer.saved_freq.setdefault(word[:end], tk.FREQ.get(word[:end]))
        layer.saved_tags.setdefault(word, pos.word_tag_tab.get(word))
    if not tk.FREQ.get(word):
        tk.add_word(word, freq=tk.suggest_freq(word, tune=False))
    pos.word_tag_tab[word] = tag
    _tags_changed()


def _tags_changed() -> None:
    global _tag_version
    _tag_version += 1


def add_words(words, tag: str | None = None) -> None:
    """Make ``words`` single tokens for the rest of the process (e.g. names a user adds in a notebook).

    To keep a word for every article, add it to data/lexicon/userdict.txt instead.
    """
    for word in words:
        if word in _run_layer.words:
            # Undoing the run layer would remove it again: make the word permanent by forgetting it there.
            _run_layer.saved_freq.pop(word, None)
            _run_layer.saved_tags.pop(word, None)
        _install(word, tag or DEFAULT_NEW_WORD_TAG)


def _clear_run_layer() -> None:
    tk, pos = tokenizer(), pos_tokenizer()
    for key, freq in _run_layer.saved_freq.items():
        if freq is None:
            tk.FREQ.pop(key, None)
        else:
            tk.FREQ[key] = freq
    for word, tag in _run_layer.saved_tags.items():
        if tag is None:
            pos.word_tag_tab.pop(word, None)
        else:
            pos.word_tag_tab[word] = tag
    if _run_layer.saved_total is not None:
        tk.total = _run_layer.saved_total
    tk.routes.clear()
    _run_layer.__init__()
    _tags_changed()


def set_run_words(words: dict[str, str]) -> None:
    """Replace the run layer by ``words`` (word → jieba tag); ``{}`` returns to the base dictionary.

    Words are installed in sorted order, so the suggested frequencies, and hence the segmentation,
    do not depend on the order they were discovered in.
    """
    if words == _run_layer.words:
        return
    _clear_run_layer()
    for word in sorted(words):
        _install(word, words[word], _run_layer)
    _run_layer.words = dict(words)


def use_run_words(out_dir) -> dict[str, str]:
    """Segment like the keywords stage did for this run: install the run folder's ``new_words``.

    :func:`zhnews.stages.context` calls it before every stage. Without a ``new_words`` table
    (keywords not run yet) the base dictionary is used. Returns the installed words (word → tag).
    """
    try:
        words = dict(_run_words(io.file_version((Path(out_dir) / "new_words.parquet").resolve())))
    except FileNotFoundError:
        words = {}
    set_run_words(words)
    return words


@lru_cache(maxsize=1)
def _run_words(version: tuple) -> dict[str, str]:
    """word → tag of the new_words table at ``version`` (:func:`zhnews.io.file_version`): read once per
    file version, since every stage after keywords asks for the same table."""
    table = io.read_table(Path(version[0]).parent, "new_words")
    return dict(zip(table["word"], table["tag"]))


def cut(text: str) -> list[str]:
    return _memoised(_cut_piece, jieba.re_han_default, text)


def cut_pos(text: str) -> list[tuple[str, str]]:
    return _memoised(_cut_pos_piece, jieba.posseg.re_han_internal, text)


def _cut_piece(piece: str) -> tuple[str, ...]:
    return tuple(word for word, _ in _merge_latin_runs((w, "") for w in tokenizer().cut(piece, HMM=True)))


def _cut_pos_piece(piece: str) -> tuple[tuple[str, str], ...]:
    pairs = _merge_latin_runs((pair.word, pair.flag) for pair in pos_tokenizer().cut(piece, HMM=True))
    # jieba tags Latin words it does not know exactly as 'eng'; our dictionary may know another casing.
    return tuple((word, (known_tag(word) or tag) if tag == "eng" else tag) for word, tag in pairs)


# The pieces cut under the current dictionary state, by function and piece, and the texts cut, by
# function and text. The stages cut the same text many times (tokens, TF-IDF, TextRank, entities on
# paragraphs; claims, SnowNLP and the lexicon on their sentences: about three cuts of each distinct
# text), and jieba is most of their cost. Emptied whenever a word or tag changes.
_memo: dict = {}
_text_memo: dict = {}
_memo_version = [None]


def _memoised(cut_piece, blocks: re.Pattern, text: str) -> list:
    """``cut_piece`` over ``text`` piece by piece, each distinct piece cut once per dictionary state.

    ``blocks`` is the pattern jieba itself splits a text with before segmenting (runs of Chinese,
    Latin letters and digits; everything else is cut one character at a time). jieba never joins
    tokens across those pieces, and neither does :func:`_merge_latin_runs` (a non-alphanumeric token
    always lies between two runs), so the cut of a text is exactly the cuts of its pieces one after
    another, and a sentence reuses the pieces its paragraph was cut into. A text cut before is looked
    up whole (a new list each time: callers may change what they are given).
    """
    tokenizer(), pos_tokenizer()  # rebuilt here first if a word list changed on disk
    if _memo_version[0] != _tag_version:
        _memo.clear()
        _text_memo.clear()
        _memo_version[0] = _tag_version
    known = _text_memo.get((cut_piece, text))
    if known is not None:
        return list(known)
    pieces = _memo.setdefault(cut_piece, {})
    tokens = []
    for piece in blocks.split(text):
        if piece:
            cut_before = pieces.get(piece)
            if cut_before is None:
                cut_before = pieces[piece] = cut_piece(piece)
            tokens.extend(cut_before)
    if len(_text_memo) >= TEXT_MEMORY:
        _text_memo.clear()
    _text_memo[(cut_piece, text)] = tuple(tokens)
    return tokens


def memoised_per_dictionary(function):
    """Memoise ``function`` (by its arguments) while jieba's words and tags stay as they are.

    For what reads jieba's tags besides the text it is given, as :func:`zhnews.claims.quantities.find_quantities`
    does, and is asked the same text again and again. A word list edited on disk rebuilds the tokenizer, a
    new article's words change the run layer: either empties the memo, as it does :func:`_memoised`'s.
    The answer is kept as a tuple and given as a new list each time (callers may change what they are given).
    """
    memo: dict = {}
    memo_version = [None]

    @functools.wraps(function)
    def wrapper(*args, **options):
        tokenizer()  # rebuilt here first if a word list changed on disk
        if memo_version[0] != _tag_version:
            memo.clear()
            memo_version[0] = _tag_version
        key = (args, tuple(options.items()))
        known = memo.get(key)
        if known is None:
            if len(memo) >= TEXT_MEMORY:
                memo.clear()
            known = memo[key] = tuple(function(*args, **options))
        return list(known)

    return wrapper


def _merge_latin_runs(tokens) -> list[tuple[str, str]]:
    """Glue back a run of Latin letters and digits that jieba split at a dictionary word.

    jieba's DAG search finds dictionary words inside longer Latin words (chatGPT → chat/GPT,
    Metaverse → Meta/verse); an unbroken run of ASCII letters and digits in the text is one word.
    """
    merged: list[tuple[str, str]] = []
    for word, tag in tokens:
        if merged and _is_ascii_alnum(word) and _is_ascii_alnum(merged[-1][0]):
            glued = merged[-1][0] + word
            merged[-1] = (glued, (known_tag(glued) or "eng") if tag else "")
        else:
            merged.append((word, tag))
    return merged


def _is_ascii_alnum(word: str) -> bool:
    """Only ASCII letters and digits, at least one (the test runs on every token the stages cut)."""
    return word.isascii() and word.isalnum()


# Distinct words whose is_latin and fold answers are kept (the words of a few dozen articles): the stages
# ask both of every token they count, a hundred thousand times over the nine bench articles, mostly of
# words asked before.
WORD_MEMORY = 1 << 16


@lru_cache(maxsize=WORD_MEMORY)
def is_latin(word: str) -> bool:
    # Most words are Chinese: an ASCII letter first is tested before the pattern.
    first = word[:1]
    return first.isascii() and first.isalpha() and bool(_LATIN.fullmatch(word))


@lru_cache(maxsize=WORD_MEMORY)
def fold(word: str) -> str:
    """The key two spellings of one word share: Latin case folded (chatGPT = ChatGPT), Chinese as is."""
    return word.casefold() if is_latin(word) else word


def known_tag(word: str) -> str | None:
    """The dictionary's tag for ``word`` (any Latin casing), None when the word is not in it."""
    table = pos_tokenizer().word_tag_tab
    if word in table:
        return table[word]
    if is_latin(word):
        spelling = _latin_spellings(_tag_version).get(word.casefold())
        return None if spelling is None else table[spelling]
    return None


def _spellings_by_fold(words, into: dict[str, str]) -> dict[str, str]:
    """Each Latin word under its folded key; of several spellings the later one wins."""
    for word in words:
        if word.isascii() and is_latin(word):
            into[word.casefold()] = word
    return into


@lru_cache(maxsize=1)
def _latin_spellings(version: int) -> dict[str, str]:
    """The POS table's Latin words by folded spelling, the last entry winning (``version`` keys the cache).

    Words added later only ever go after the entries the table was built with (a word already there is
    re-tagged in place, and only added words are removed again), so the index of the built table is
    made once, in :func:`pos_tokenizer`, and each dictionary state adds the words after it.
    """
    pos = pos_tokenizer()
    built, base = pos.latin_spellings_as_built
    # The entries after the first ``built``, read from the end: skipping the built ones from the start
    # walked all of jieba's 349k words for every article's words.
    added = list(islice(reversed(pos.word_tag_tab), max(len(pos.word_tag_tab) - built, 0)))
    return _spellings_by_fold(reversed(added), dict(base))


@lexicon.cached
def stopwords() -> frozenset[str]:
    """Our stopword list (case-folded): function words, pronouns and news filler (see its header)."""
    return frozenset(fold(word) for line in lexicon.read_lines(STOPWORDS) for word in line.split())
