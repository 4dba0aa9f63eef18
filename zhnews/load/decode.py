"""Raw bytes of an article -> text, with the encoding it was written in.

Chinese articles arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16. Encoding
detectors (charset-normalizer included) misjudge short Chinese texts, and declared charsets lie
(an HTML page may say gb2312 and be UTF-8), so the declared charset is never read. Instead:

0. containers of bytes are opened first: a run of NUL bytes padding the end of a text (fixed-size
   corpus records) is dropped, and a file that is one Python bytes literal (b'...', a crawler's
   str(response.content)) is replaced by the bytes it stands for;
1. a byte-order mark decides (UTF-8-sig, UTF-16/32 LE/BE);
2. other NUL bytes without a BOM: UTF-16 in whichever byte order reads as text, else binary;
3. strict decoding in the order UTF-8 -> GB18030 -> Big5 (or Big5-HKSCS, its Hong Kong superset,
   when plain Big5 fails). Big5 bytes are almost always *valid* GB18030 too (as nonsense), so when
   both succeed the one whose Han characters are more often among the common characters of GB2312
   level 1 or Big5 level 1 wins; when only GB18030 reads the bytes whole, Big5 with a stray bad byte or
   two (as in 4.) competes the same way;
4. a text that no codec reads whole but one reads with a stray bad byte or two (MIN_BAD_BYTES, or
   MAX_BAD_BYTES_SHARE of a long text, each replaced by U+FFFD): that codec;
5. only then charset-normalizer, and only if it names a Chinese or Unicode codec.

Private-use code points are removed from the text, but for the Sogou corpora's line break (see _PRIVATE_USE). Anything else is refused with an ArticleError naming the file, as are missing paths, folders,
empty or blank files, files over MAX_BYTES = 5 MB (refused from the file size, before reading, so
a 20 MB text fails in milliseconds) and text that is mostly control characters.
"""

from __future__ import annotations

import ast
import codecs
import re
from pathlib import Path

from zhnews.errors import ArticleError

# Largest article accepted. A long feature is ~100 KB of text and a saved news page with all its
# scripts 0.3-1 MB. Measured: ~1 s per MB of markdown, plain text or HTML, so the largest accepted
# input loads in about 5 s; bigger files are refused from their size, unread.
MAX_BYTES = 5 * 1024 * 1024
# Undecodable bytes (then U+FFFD) a text may hold when no codec reads it whole: this share of its
# characters, or this many in a short one. A text in another encoding fails on far more.
MAX_BAD_BYTES_SHARE = 0.001
MIN_BAD_BYTES = 2
# A text stored one character a line has at least this many such lines, and this share of its non-blank lines hold one
# character (the rest are the ends of the field around them: a CSV row's other cells).
CHAR_LINES_MIN = 40
CHAR_LINES_SHARE = 0.95

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Private-use code points (U+E000–U+F8FF) have no agreed meaning (scraped data is littered with them)
# and the readers use a few internally as markers, so they are removed on decoding.
# One of them has a meaning: the Sogou news corpora (SogouCA/CS) put U+E40C where they dropped a line break, and
# it is the only mark of a paragraph's end in their one-line records, so it becomes the line break it stands for.
_PRIVATE_USE = {**dict.fromkeys(range(0xE000, 0xF900)), 0xE40C: "\n"}
_PRIVATE_USE_CHAR = re.compile("[\ue000-\uf8ff]")
# Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) but for the line break, tab and form feed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")
_ACCEPTED_DETECTIONS = {
    "utf_8", "gb18030", "gbk", "gb2312", "hz", "big5", "big5hkscs", "cp950", "utf_16", "utf_16_le",
    "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
}


def read_article_bytes(path) -> bytes:
    """The file's bytes, after the checks that need no decoding."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(
            path, f"file is {size / 2**20:.1f} MB, over the {MAX_BYTES // 2**20} MB limit for one article"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise ArticleError(path, "file is empty" if not raw else "file holds only whitespace")
    return raw


def decode(raw: bytes, path) -> tuple[str, str]:
    """(text, encoding name) for the bytes of ``path``; line ends normalised to ``\\n``."""
    raw = _unwrap_bytes_literal(_without_nul_padding(raw))
    text, encoding = (_decode_by_bom(raw) or _decode_utf16_by_nuls(raw, path) or _decode_strict(raw)
                      or _decode_with_few_errors(raw) or _detect(raw, path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _PRIVATE_USE_CHAR.search(text):  # translate looks up every character: only when there is one to drop
        text = text.translate(_PRIVATE_USE)
    text = _rejoined_char_lines(text)
    if not text.strip():
        raise ArticleError(path, "file holds only whitespace")
    if _control_share(text) > 0.05:
        raise ArticleError(path, "looks binary (mostly control characters), not an article")
    return text, encoding


def _rejoined_char_lines(text: str) -> str:
    """A text stored one character a line, as a scraper writes a string it took for a list of its characters (a
    WeChat crawl's CSV whose content field runs down the file a character at a time): the characters concatenated,
    a run of blank lines one line break. A field on either end of such a run (the row's other cells on its first and
    last lines) joins it as it was written. Any other text is returned as it is: a poem, a list or a table has lines
    of several characters."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    single = sum(len(line) == 1 for line in filled)
    if single < CHAR_LINES_MIN or single < CHAR_LINES_SHARE * len(filled):
        return text
    return re.sub(r"\n{2,}", "\n", "".join(line or "\n" for line in lines)).strip("\n")


def _without_nul_padding(raw: bytes) -> bytes:
    """The bytes without a run of NULs at their end when the text before it has none.

    Corpora of fixed-size records (SogouC) pad a short text with NUL bytes up to the record's size:
    padding, not content, and no reason to refuse the text as binary. A NUL inside the text still is
    (UTF-16 without a BOM, a binary file), so then nothing is stripped.
    """
    text = raw.rstrip(b"\x00")
    return raw if b"\x00" in text else text


# A file that is one Python bytes literal, as a crawler writes str(response.content): b'...' or b"...",
# printable ASCII and escapes only (every other byte is written as \xNN).
_BYTES_LITERAL = re.compile(rb"b('|\")[\x20-\x7e]*\1")


def _unwrap_bytes_literal(raw: bytes) -> bytes:
    """The bytes a Python bytes literal stands for, when the whole file is one; else ``raw`` as it is."""
    stripped = raw.strip()
    if not _BYTES_LITERAL.fullmatch(stripped):
        return raw
    try:
        value = ast.literal_eval(stripped.decode("ascii"))
    except (SyntaxError, ValueError):  # the quote occurs unescaped inside: not one literal
        return raw
    return value


def _decode_by_bom(raw: bytes):
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf16_by_nuls(raw: bytes, path):
    """BOM-less UTF-16: of the two byte orders, the one that reads as Chinese/ASCII text wins.

    NUL bytes come from ASCII characters (newlines, digits) and from Han characters such as 一
    (U+4E00), so their positions alone do not tell the byte order; the decoded text does.
    """
    if b"\x00" not in raw:
        return None
    candidates = []
    if len(raw) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            candidates.append((_text_likeness(text), text, encoding))
    if candidates:
        likeness, text, encoding = max(candidates)
        if likeness >= 0.8:
            return text, encoding
    raise ArticleError(path, "looks binary (contains NUL bytes), not a text article")


def _text_likeness(text: str) -> float:
    """Share of characters a Chinese article is made of: ASCII text, CJK punctuation, common Han."""
    sample = text[:5000]
    if not sample:
        return 0.0
    return sum(
        (ch.isascii() and (ch.isprintable() or ch in "\n\t")) or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef" or _is_common_han(ch)
        for ch in sample
    ) / len(sample)


def _decode_strict(raw: bytes):
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    # Big5-HKSCS adds Hong Kong characters (and their bytes) to Big5: a Hong Kong page that uses one
    # fails plain Big5, so HKSCS is tried when Big5 fails. GB18030 would accept those bytes as nonsense.
    for family in (("gb18030",), ("big5", "big5hkscs")):
        for encoding in family:
            try:
                candidates.append((raw.decode(encoding), encoding))
                break
            except UnicodeDecodeError:
                continue
    if not candidates:
        return None
    if all(encoding == "gb18030" for _, encoding in candidates):
        # A Big5 page with a stray bad byte (a Taiwanese news page cut mid-character) fails Big5 but
        # reads as nonsense GB18030: Big5 with its few bad bytes replaced competes on common characters.
        text = raw.decode("big5hkscs", errors="replace")
        if text.count("\ufffd") <= _bad_bytes_allowed(text):
            candidates.append((text, "big5hkscs"))
    # max() keeps the first of equal scores, so GB18030 wins ties (it is the more common one).
    return max(candidates, key=lambda pair: _common_han_share(pair[0]))


def _decode_with_few_errors(raw: bytes):
    """A text with a stray bad byte or two (a corpus file cut mid-character): the codec of
    _decode_strict's order that leaves the fewest undecodable bytes, when they are few (MIN_BAD_BYTES,
    or MAX_BAD_BYTES_SHARE of a long text); each becomes U+FFFD, the rest is read as written."""
    candidates = []
    for encoding in ("utf-8", "gb18030", "big5hkscs"):
        text = raw.decode(encoding, errors="replace")
        candidates.append((text.count("\ufffd"), -_common_han_share(text), encoding, text))
    bad, _, encoding, text = min(candidates)
    if bad <= _bad_bytes_allowed(text):
        return text, encoding
    return None


def _bad_bytes_allowed(text: str) -> float:
    return max(MIN_BAD_BYTES, MAX_BAD_BYTES_SHARE * len(text))


def _common_han_share(text: str) -> float:
    """Share of Han characters among the ~3,800 (GB2312 level 1) / ~5,400 (Big5 level 1) common ones."""
    han = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return sum(_is_common_han(ch) for ch in han) / len(han)


def _is_common_han(ch: str) -> bool:
    for encoding, low, high in (("gb2312", 0xB0A1, 0xD7FE), ("big5", 0xA440, 0xC67E)):
        try:
            code = int.from_bytes(ch.encode(encoding), "big")
        except UnicodeEncodeError:
            continue
        if low <= code <= high:
            return True
    return False


def _detect(raw: bytes, path):
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding not in _ACCEPTED_DETECTIONS:
        raise ArticleError(path, "unknown encoding (not UTF-8, UTF-16, GB18030 or Big5)")
    return str(best), best.encoding.replace("_", "-")


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    replacements = sample.count("\ufffd")
    return (controls + replacements) / len(sample)
