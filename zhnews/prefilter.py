"""A cheap test that tells when a regex cannot match a text, so the regex need not be run.

The loader tries some three hundred boilerplate cues on every paragraph and sentence, and claims tries
its regex cues on every sentence; nearly all of them fail, yet each search costs a scan of the text
(many cues open with a lookahead that reads the whole line). Most patterns contain a word that any
match must contain (作者, 来源, ICP备, 仅供参考 …): :func:`required_words` finds such a set of
alternatives from the pattern's parse tree, and :func:`quick_search` looks for them, a fraction of
the pattern's own search. When no word is required (a pattern made of character classes),
the regex is always run, so the answer never changes: the test only skips searches that would
have found nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+: the parser re.compile uses; sre_parse (deprecated) is the same module before it
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT) + ((_c.POSSESSIVE_REPEAT,) if hasattr(_c, "POSSESSIVE_REPEAT") else ())


@lru_cache(maxsize=None)
def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` (and every text it matches in) contains at least
    one; None when the pattern requires none that can be told (case-insensitive, all classes …).
    Once per pattern: :func:`quick_search` and :func:`first_characters` both ask."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        words = _required(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # a construct this reading does not know: no filter, the regex decides
        return None
    return tuple(sorted(words)) if words else None


@lru_cache(maxsize=None)
def quick_search(pattern: re.Pattern):
    """A search for the words :func:`required_words` finds (one compiled alternation), or None when
    there are none: where it finds nothing, ``pattern`` cannot match either. Once per pattern: a
    pattern's words never change, and the loader asks for each cue's in every region."""
    words = required_words(pattern)
    return None if words is None else re.compile("|".join(re.escape(word) for word in words)).search


@lru_cache(maxsize=None)
def first_characters(pattern: re.Pattern) -> frozenset[str] | None:
    """The first characters of :func:`required_words`, or None when there are none: a text holding none of
    them cannot hold a required word, so a table of many patterns can rule most of them out for a text
    with one set intersection (its characters against these) instead of one quick search each."""
    words = required_words(pattern)
    return None if words is None else frozenset(word[0] for word in words)


def _required(sequence) -> frozenset[str] | None:
    """The best set of alternatives one of which every match of ``sequence`` contains: from a run of
    literal characters, a branch whose every arm requires one, a group, a repeat taken at least once
    or a positive lookaround (its text lies in the searched string too)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(sequence) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = None
        if op is _c.BRANCH:
            arms = [_required(arm) for arm in av[1]]
            if arms and all(arms):
                found = frozenset().union(*arms)
        elif op is _c.SUBPATTERN:
            add_flags = av[1]
            if not add_flags & _c.SRE_FLAG_IGNORECASE:
                found = _required(av[3])
        elif op in _REPEATS:
            if av[0] >= 1:
                found = _required(av[2])
        elif op is _c.ASSERT:
            found = _required(av[1])
        elif op is _c.IN:
            if all(item_op is _c.LITERAL for item_op, _ in av):
                found = frozenset(chr(code) for _, code in av)
        if found:
            candidates.append(found)
    if not candidates:
        return None
    # The most selective: longest shortest alternative, then fewest alternatives.
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))
