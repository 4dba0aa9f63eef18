"""A link is an article: fetch a web page once, save it, and analyse the saved copy.

    raw = fetch(url)                 # RawArticle(name, data, origin=url); ArticleError on any failure
    path = save(raw, fetched_at)     # data/articles/<slug>.html plus <slug>.source.json
    path = fetch_to_file(url)        # both, as ``zhnews run URL`` does

Fetching is deliberately narrow: http and https only, a browser-like user agent (WeChat and many
news sites serve an empty shell to unknown clients), at most :data:`MAX_REDIRECTS` redirects, each
to http(s) again, a time limit per read and for the whole download, and the loader's own size cap
(:data:`zhnews.load.decode.MAX_BYTES`) enforced while reading, so a 2 GB body is cut off after
5 MB. A page the server declares as something other than HTML (a PDF, an image, JSON) is refused.
Every failure is an :class:`~zhnews.errors.ArticleError` with a one-line reason naming the URL.

The page is checked with the loader before it is saved: a page with no article text, or a site's
notice in its place (a verification wall, a deleted post: data/lexicon/page_refusals.tsv), is
refused and leaves no file. It is then saved byte for byte as ``<slug>.html``, the slug taken from the article's
title, else from the URL. A different page never overwrites an existing file: it gets ``_2``,
``_3`` … instead; the same page fetched again reuses its file. Beside it ``<slug>.source.json``
records the URL and the fetch time; the loader copies them into ``meta.json`` (``source_url``,
``fetched_at``), so a later run of the saved file, offline, still says where it came from.

``ZHNEWS_ARTICLES_DIR`` overrides where pages are saved (default ``data/articles/``); the tests use
it so that nothing is written into the repository.
"""

from __future__ import annotations

import json
import os
import re
import socket
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from zhnews.errors import ArticleError
from zhnews.load.decode import MAX_BYTES
from zhnews.load.readers import RawArticle
from zhnews.paths import DATA, slug_for

TIMEOUT = 20.0  # seconds per read, and twice that for the whole download
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
SCHEMES = ("http", "https")
# A current desktop Chrome: WeChat answers other clients with a "please open in WeChat" shell.
USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36"
)
PROVENANCE_SUFFIX = ".source.json"
NOTICE_CHARS = 300  # body text below which a page may be a site's notice rather than an article
_CHUNK = 64 * 1024


def is_url(text) -> bool:
    """Whether a command-line argument is a link rather than a path.

    Any scheme counts, so ftp://… is refused with a reason rather than reported as "no such file".
    """
    return "://" in str(text) and urlsplit(str(text)).scheme.isalpha()


def articles_dir() -> Path:
    return Path(os.environ.get("ZHNEWS_ARTICLES_DIR") or DATA / "articles")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in SCHEMES:
            raise ArticleError(req.full_url, f"redirected to a non-web address ({newurl[:80]})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener():
    return urllib.request.build_opener(_LimitedRedirects())


def fetch(url: str, timeout: float = TIMEOUT) -> RawArticle:
    """The page's bytes as a RawArticle (origin = the URL asked for); ArticleError with one line on failure."""
    url = url.strip()
    if urlsplit(url).scheme.lower() not in SCHEMES:
        raise ArticleError(url, "only http:// and https:// links can be fetched")
    if not urlsplit(url).hostname:
        raise ArticleError(url, "the link has no host name")
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5",
    })
    try:
        with _opener().open(request, timeout=timeout) as response:
            _check_content_type(url, response.headers.get("Content-Type"))
            data = _read_capped(url, response, deadline=time.monotonic() + 2 * timeout, timeout=timeout)
    except ArticleError as err:  # raised while redirected: name the link the user gave
        raise ArticleError(url, err.reason) from None
    except urllib.error.HTTPError as err:
        if err.code in (301, 302, 303, 307, 308):
            raise ArticleError(url, f"more than {MAX_REDIRECTS} redirects") from None
        raise ArticleError(url, f"the server answered {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, (socket.timeout, TimeoutError)):
            raise ArticleError(url, f"no answer within {timeout:g} s") from None
        raise ArticleError(url, f"could not connect ({err.reason})") from None
    except (socket.timeout, TimeoutError):
        raise ArticleError(url, f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:  # connection reset, malformed reply, bad port ...
        raise ArticleError(url, f"could not be fetched ({type(err).__name__}: {err})") from None
    if not data.strip():
        raise ArticleError(url, "the server sent an empty page")
    return RawArticle(name=_name_from_url(url), data=data, origin=url)


def _check_content_type(url: str, content_type: str | None) -> None:
    """Refuse what the server says is not HTML; no Content-Type at all is left to the loader's sniffing."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        raise ArticleError(url, f"is {kind}, not an HTML page")


def _read_capped(url: str, response, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
        raise ArticleError(url, f"page is {int(declared) / 2**20:.1f} MB, over the {MAX_BYTES // 2**20} MB limit")
    chunks, size = [], 0
    while chunk := response.read(_CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_BYTES:
            raise ArticleError(url, f"page is over the {MAX_BYTES // 2**20} MB limit")
        if time.monotonic() > deadline:  # a server trickling bytes never trips the per-read timeout
            raise ArticleError(url, f"download took longer than {2 * timeout:g} s")
    return b"".join(chunks)


def _name_from_url(url: str) -> str:
    """A file-like name for messages and the slug fallback: host plus the last path segment."""
    parts = urlsplit(url)
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    return f"{parts.hostname}_{last}" if last else parts.hostname or "page"


def site_notice(text: str) -> str | None:
    """The reason from data/lexicon/page_refusals.tsv whose marker the page shows, if any."""
    from zhnews import lexicon

    return next((f"{reason} ({marker})" for marker, reason in lexicon.read_rows("page_refusals.tsv", ("marker", "reason"))
                 if marker in text), None)


def _refusal(raw: RawArticle) -> str | None:
    return site_notice(raw.data.decode("utf-8", errors="ignore"))


def _title(raw: RawArticle) -> str | None:
    """Load the page as the run will (so a page with no article is refused before it is saved); its title.

    A notice in place of the article (a verification wall, a deleted post) is refused with its reason
    rather than analysed or reported as "no body text".
    """
    from zhnews.load import load_raw

    try:
        loaded = load_raw(raw)
    except ArticleError as err:
        raise ArticleError(raw.origin, _refusal(raw) or err.reason) from None
    paragraphs = loaded.paragraphs
    if paragraphs.loc[paragraphs["role"] == "body", "n_chars"].sum() < NOTICE_CHARS and (reason := _refusal(raw)):
        raise ArticleError(raw.origin, reason)
    return loaded.meta.get("title")


def _slug(raw: RawArticle) -> str:
    """The article's title when the loader finds one, else the URL's name."""
    # slug_for reads its argument as a path: a slash in a title must not cut it.
    return slug_for(re.sub(r"[\\/]", "_", (_title(raw) or raw.name)[:60]) + ".html")


def save(raw: RawArticle, fetched_at: str, folder=None) -> Path:
    """Write the page as ``<slug>.html`` (never over a different page) and its provenance beside it."""
    folder = Path(folder) if folder else articles_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _slug(raw)
    for n in range(1, 1000):
        path = folder / (f"{stem}.html" if n == 1 else f"{stem}_{n}.html")
        if not path.exists() or path.read_bytes() == raw.data:
            break
    else:
        raise ArticleError(raw.origin, f"{folder} already holds 999 pages named {stem}")
    if not path.exists():
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_bytes(raw.data)
        temporary.replace(path)
    _provenance_path(path).write_text(
        json.dumps({"source_url": raw.origin, "fetched_at": fetched_at}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return path


def fetch_to_file(url: str, folder=None, timeout: float = TIMEOUT) -> Path:
    """Fetch ``url`` and save it (see :func:`save`); the path of the saved page."""
    raw = fetch(url, timeout=timeout)
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return save(raw, fetched_at, folder)


def _provenance_path(page: Path) -> Path:
    return page.with_name(page.stem + PROVENANCE_SUFFIX)


def provenance(origin) -> dict:
    """``{source_url, fetched_at}`` for a page saved by :func:`save`; {} for any other article."""
    try:
        sidecar = _provenance_path(Path(origin))
        if not sidecar.is_file():
            return {}
        recorded = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {key: recorded[key] for key in ("source_url", "fetched_at") if isinstance(recorded.get(key), str)}
