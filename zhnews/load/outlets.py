"""The outlets a Chinese-language reader meets (data/lexicon/outlets.tsv): their names and the ways they are written,
their kind (an agency, a paper, a portal that only re-publishes, a platform of accounts) and their web addresses.

The loader asks three things of it:

* whose is this address (:func:`outlet_of_url`): a record's url, a page's canonical link;
* is this value an outlet's name (:func:`known_outlet`): a known name read where articles name their outlet wins
  over a guess, and a portal (新浪网, 腾讯网) that only re-published the story is the platform, not the original;
* which known outlet does this line name (:func:`outlet_named_in`): a date line ``社会万象中国新闻网 [微博]`` whose
  captured name is a platform's still names 中国新闻网.

Names are compared in NFKC, without spaces, in Simplified script, so a row need not list every script of a name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from zhnews import lexicon
from zhnews.load.pieces import without_spaces
from zhnews.text import to_simplified

# Kinds whose name is not the original outlet of a story: a portal re-publishes others' copy, a platform hosts
# accounts that name themselves.
REPUBLISHING_KINDS = ("portal", "platform")
# A variant shorter than this many characters is matched only as a whole value, never inside a line (央视 in
# 央视网 would be found twice, 中廣 inside a sentence): a line is searched for longer names only.
MIN_NAME_IN_LINE = 3


class Outlet(NamedTuple):
    name: str
    kind: str
    region: str


def _key(value: str) -> str:
    """How a name is compared: NFKC, no spaces, Simplified script."""
    return to_simplified(without_spaces(unicodedata.normalize("NFKC", value or "")))


@lexicon.cached
def _rows() -> tuple[tuple[Outlet, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for name, variants, kind, region, domains in lexicon.read_rows("outlets.tsv", ("name", "variants", "kind", "region", "domains")):
        written = (name, *filter(None, (v.strip() for v in variants.split(";"))))
        rows.append((Outlet(name, kind, region), written, tuple(filter(None, (d.strip().lower() for d in domains.split(";"))))))
    return tuple(rows)


def written_forms() -> tuple[tuple[str, ...], ...]:
    """Each known outlet's written forms, its name first and then its variants: one tuple per row of outlets.tsv."""
    return tuple(written for _, written, _ in _rows())


@lexicon.cached
def _by_name() -> dict[str, Outlet]:
    """Every written form (compared by _key) -> its outlet; the first row that writes a form wins."""
    names: dict[str, Outlet] = {}
    for outlet, written, _ in _rows():
        for form in written:
            names.setdefault(_key(form), outlet)
    return names


def known_outlet(value: str | None) -> Outlet | None:
    """The outlet a whole value names (新華社, 中新网, ETtoday), else None."""
    return _by_name().get(_key(value or "")) if value else None


def full_name(written: str) -> str:
    """A known outlet's name in full for a short form (每经 -> 每日经济新闻, 晚点 -> 晚点LatePost); a form that is the
    name in another script (信报 for 信報) stays as written, since two outlets may share it (Beijing's 信报 and Hong
    Kong's 信報)."""
    outlet = known_outlet(written)
    return outlet.name if outlet and _key(outlet.name) != _key(written) else written


def republishes(value: str | None) -> bool:
    """Whether a value names a portal or a platform (新浪网, 腾讯新闻, 今日头条): the site a story was read on."""
    outlet = known_outlet(value)
    return bool(outlet) and outlet.kind in REPUBLISHING_KINDS


def names_original(value: str | None) -> bool:
    """Whether a value names a known outlet that writes its own stories (an agency, a paper, a broadcaster …)."""
    outlet = known_outlet(value)
    return bool(outlet) and outlet.kind not in REPUBLISHING_KINDS


@lexicon.cached
def _names_in_line() -> re.Pattern:
    """Every written form of MIN_NAME_IN_LINE characters or more, longest first, as one alternation."""
    forms = {form for _, written, _ in _rows() for form in written if len(form) >= MIN_NAME_IN_LINE}
    return re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True))), re.I)


def outlets_written_in(line: str) -> list[tuple[re.Match, Outlet]]:
    """Every known outlet's name a line writes (MIN_NAME_IN_LINE characters or more), the longest form at each place,
    with where it stands and the outlet it names."""
    return [(match, outlet) for match in _names_in_line().finditer(line or "") if (outlet := known_outlet(match.group()))]


def outlet_named_in(line: str, *, originals_only: bool = True) -> str | None:
    """The one known outlet a line writes (as the line writes it), the longest form at each place; None when it
    writes none or two different ones. ``originals_only``: portals and platforms are passed over."""
    found = [(outlet.name, match.group()) for match, outlet in outlets_written_in(line)
             if not (originals_only and outlet.kind in REPUBLISHING_KINDS)]
    names = {name for name, _ in found}
    return found[0][1] if len(names) == 1 else None


def outlet_opening(text: str, longest: int = 16) -> str | None:
    """The longest known outlet's name (as written) that ``text`` opens with, two characters or more (明報 of
    【明報專訊】 after its bracket, 新华社 of 新华社北京1月27日电), else None: at a line's start a short name is no word of
    prose."""
    for end in range(min(len(text or ""), longest), 1, -1):
        if not text[end - 1].isspace() and known_outlet(text[:end]):
            return text[:end]
    return None


@lexicon.cached
def _domains() -> tuple[tuple[str, str], ...]:
    """(domain, outlet) longest domain first; a platform's domains name no outlet ('')."""
    rows = [(domain, "" if outlet.kind == "platform" else outlet.name) for outlet, _, domains in _rows() for domain in domains]
    return tuple(sorted(rows, key=lambda row: len(row[0]), reverse=True))


def outlet_of_url(url: str) -> str:
    """The outlet whose domain the URL's host ends with, longest first; '' for an address of no listed outlet
    or of a platform. A domain may carry a path (bbc.com/zhongwen)."""
    address = re.sub(r"^(?:[a-z]+:)?//", "", (url or "").strip().lower())
    host, _, path = address.partition("/")
    host = host.split(":")[0]
    for domain, outlet in _domains():
        domain_host, _, domain_path = domain.partition("/")
        if (host == domain_host or host.endswith("." + domain_host)) and path.startswith(domain_path):
            return outlet
    return ""


def domain_outlets() -> frozenset:
    """Every outlet an address names: names known to be outlets."""
    return frozenset(outlet for _, outlet in _domains() if outlet)


@lexicon.cached
def platform_names() -> frozenset:
    """The written forms of every platform (微博, 微信): never an outlet's name."""
    return frozenset(form for outlet, written, _ in _rows() if outlet.kind == "platform" for form in written)
