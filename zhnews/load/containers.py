"""Record-like data written in a language's syntax rather than as strict JSON: the value a record's bytes hold.

Read by :mod:`zhnews.load.records`, which decides what each value is. Four shapes besides strict JSON:

* a JavaScript (or Dart) literal, alone or assigned (``var news = {…}``, ``export default [{…}]``, a mock data
  file): keys without quotes, strings in single quotes, ``//`` and ``/* */`` comments, a comma after the last item,
  and a record cut out of a list with the list's comma after it (``{…},``);
* JSON Lines: one object a line (a dataset's sample: ``{"summarization": …}`` then ``{"article": …}``);
* an object copied from a browser's console (``key: "value"`` a line, arrays as ``(3) ['…', …]``), at the end of a
  text it was pasted into;
* an SQL dump's row: ``INSERT INTO `article` VALUES ('6', '标题', '<p>…</p>', …);``, its column names from the
  statement's own list or the table's ``CREATE TABLE`` in the same file (a column's ``COMMENT '标题'`` included).

Each reader returns None for text that is not of its shape, so the caller tries the next; data that holds many
records (a list of articles, many rows) is returned whole and the caller refuses it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

# What may stand before a literal: an assignment (var/let/const x =, window.x =, module.exports =) or an export.
_ASSIGNMENT = re.compile(r"\A\s*(?:(?:(?:var|let|const|final)\s+(?:[\w$<>,\s]+\s+)?)?[\w$]+(?:\.[\w$]+)*\s*=(?!=)|export\s+default)?\s*(?=[\[{])")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_KEY_AFTER = re.compile(r"\s*:")
# What follows a value: the next item or the bracket closing its list or object.
_VALUE_END = re.compile(r"\s*[,}\]]")
# A comma with only blanks and comments before the bracket that closes its list or object.
_TRAILING_COMMA = re.compile(r",(?=(?:\s|//[^\n]*|/\*.*?\*/)*[}\]])", re.S)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Code after a literal (module.exports = {articles}, export default news;) holds no words of the article.
MAX_TRAILER_CHARS = 300


def _literal_end(text: str, start: int) -> int | None:
    """The index after the bracket closing the one at ``text[start]``, strings and comments passed over; None when
    it never closes."""
    closing = {"{": "}", "[": "]"}
    stack: list[str] = []
    position = start
    while position < len(text):
        char = text[position]
        if char in "\"'`":
            position = _string_end(text, position)
            if position is None:
                return None
            continue
        if text.startswith("//", position):
            position = text.find("\n", position)
            if position < 0:
                return None
            continue
        if text.startswith("/*", position):
            position = text.find("*/", position + 2)
            if position < 0:
                return None
            position += 2
            continue
        if char in closing:
            stack.append(closing[char])
        elif char in "}]":
            if not stack or char != stack.pop():
                return None
            if not stack:
                return position + 1
        position += 1
    return None


def _string_end(text: str, start: int) -> int | None:
    """The index after the string literal opened at ``text[start]``."""
    quote, position = text[start], start + 1
    while position < len(text):
        if text[position] == "\\":
            position += 2
            continue
        if text[position] == quote:
            return position + 1
        position += 1
    return None


def _as_json(literal: str) -> str | None:
    """A JavaScript literal rewritten as JSON (keys and single-quoted strings double-quoted, comments and trailing
    commas out, undefined and a bare variable as null); None when it holds code (a call, an expression) rather than
    data."""
    out: list[str] = []
    position = 0
    while position < len(literal):
        char = literal[position]
        if char == '"':
            end = _string_end(literal, position)
            out.append(literal[position:end])
            position = end
        elif char in "'`":
            end = _string_end(literal, position)
            inner = literal[position + 1:end - 1]
            inner = re.sub(r"\\(.)", lambda m: m.group(1) if m.group(1) in "'`" else m.group(0), inner, flags=re.S)
            out.append('"' + re.sub(r'(?<!\\)"', '\\"', inner) + '"')
            position = end
        elif literal.startswith("//", position):
            end = literal.find("\n", position)
            position = len(literal) if end < 0 else end
        elif literal.startswith("/*", position):
            end = literal.find("*/", position)
            position = len(literal) if end < 0 else end + 2
        elif _TRAILING_COMMA.match(literal, position):
            position += 1
        elif char.isdigit() or (char in "-." and _NUMBER.match(literal, position)):
            number = _NUMBER.match(literal, position)
            out.append(number.group())
            position = number.end()
        elif _IDENTIFIER.match(literal, position):
            word = _IDENTIFIER.match(literal, position)
            name = word.group()
            if _KEY_AFTER.match(literal, word.end()):
                out.append(json.dumps(name))
            elif name in ("true", "false", "null"):
                out.append(name)
            elif name == "undefined" or _VALUE_END.match(literal, word.end()):
                # undefined, or a variable standing for a value the program defines elsewhere (a mock data file's
                # title: pid4Title): no text here.
                out.append("null")
            else:
                return None
            position = word.end()
        else:
            out.append(char)
            position += 1
    return "".join(out)


def starts_literal(head: str) -> bool:
    """Whether a text's start is a literal's (alone, assigned or exported): worth :func:`literal_value`."""
    return bool(_ASSIGNMENT.match(head.lstrip("\ufeff")))


@lru_cache(maxsize=8)
def literal_value(text: str):
    """The dict or list a text holds as a JSON or JavaScript literal (alone, assigned, or cut from a list with its
    comma), else None."""
    found = _ASSIGNMENT.match(text.lstrip("\ufeff"))
    if not found:
        return None
    body = text.lstrip("\ufeff")
    end = _literal_end(body, found.end())
    if end is None:
        return None
    trailer = body[end:].strip().lstrip(",;").strip()
    if len(trailer) > MAX_TRAILER_CHARS or _HAN.search(trailer):
        return None
    literal = body[found.end():end]
    try:
        return json.loads(literal, strict=False)
    except ValueError:
        pass
    converted = _as_json(literal)
    if converted is None:
        return None
    try:
        return json.loads(converted, strict=False)
    except ValueError:
        return None


@lru_cache(maxsize=8)
def json_lines(text: str) -> list[dict] | None:
    """The objects of a JSON Lines text (at least two lines, each one object), else None."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    if len(lines) < 2 or not all(line.startswith("{") and line.endswith("}") for line in lines):
        return None
    try:
        values = [json.loads(line, strict=False) for line in lines]
    except ValueError:
        return None
    return values if all(isinstance(value, dict) for value in values) else None


# One "key": value pair a line, as hand-edited mock data holds an object: a string value runs to its line's last
# quote, so a value whose inner quotes were never escaped (<p class="\"art_t\"">) is still one value.
_KEY_VALUE_LINE = re.compile(r'^\s*"([^"\n]{1,40})"\s*:\s*(?:"(.*)"|(-?\d[\d.]*|true|false|null))\s*,?\s*$')
# A line that only opens or closes an object or a list ("list": [, }, ], ...) between the pairs.
_STRUCTURE_LINE = re.compile(r'^\s*(?:"[^"\n]{1,40}"\s*:\s*)?[\[{\]}]*\s*,?\s*$')
MIN_KEY_VALUE_LINES = 3


@lru_cache(maxsize=8)
def key_value_lines(text: str) -> dict | None:
    """The pairs of an object written one "key": value a line that no JSON parser reads (a string's inner quotes
    unescaped), each string as its line writes it (escapes read later, as for any JSON string), nested objects'
    pairs with the rest. None unless every line is a pair or a bracket, with at least MIN_KEY_VALUE_LINES pairs
    and no key twice (a list of items that each have a title is many articles, not one)."""
    pairs = {}
    for line in text.lstrip("\ufeff").splitlines():
        found = _KEY_VALUE_LINE.match(line)
        if found is None:
            if not _STRUCTURE_LINE.match(line):
                return None
            continue
        key = found.group(1)
        if key in pairs:
            return None
        pairs[key] = found.group(2) if found.group(2) is not None else found.group(3)
    return pairs if len(pairs) >= MIN_KEY_VALUE_LINES else None


# ----------------------------------------------------------------------------------------------
# An object as a browser's console shows it

# One property a line as DevTools prints an expanded object (and as it is copied from there): the key bare, a string
# in double quotes with its escapes (\n) kept, an array as (N) ['…', …], a number or a literal.
_CONSOLE_PAIR = re.compile(r'^([A-Za-z_$][\w$]{0,40}):\s+(?:"((?:[^"\\]|\\.)*)"|(\(\d+\)\s*\[.*\])|(-?\d[\d.]*|true|false|null))\s*$')
MIN_CONSOLE_PAIRS = 5


@dataclass
class ConsolePair:
    key: str
    value: str  # a string as written between its quotes (escapes unread), an array or a number as written
    line: int  # 1-based


@lru_cache(maxsize=8)
def console_object(text: str) -> tuple[int, list[ConsolePair]] | None:
    """The object a text ends with when it was pasted from a browser's console: at least MIN_CONSOLE_PAIRS lines of
    ``key: "value"`` (blank lines between them allowed) running to the end, no key twice; (the 1-based line the object
    starts on, its pairs). What stands above it (a README the object was pasted into) is the caller's to read."""
    lines = text.lstrip("\ufeff").rstrip().splitlines()
    pairs: list[ConsolePair] = []
    start = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        found = _CONSOLE_PAIR.match(lines[index])
        if found is None:
            break
        value = next(group for group in found.groups()[1:] if group is not None)
        pairs.insert(0, ConsolePair(found.group(1), value, index + 1))
        start = index + 1
    keys = [pair.key for pair in pairs]
    if len(pairs) < MIN_CONSOLE_PAIRS or len(set(keys)) < len(keys):
        return None
    return start, pairs


# ----------------------------------------------------------------------------------------------
# SQL dumps

# A dump opens with comments (--, #, /* */; mysqldump's /*!40101 SET … */; end with a semicolon), then a statement.
# Atomic: a comment ends at its first */ and is never taken back, so a text that is no dump fails at once (a lazy
# /*.*?*/ under a repeat tried every later */ as the end of every comment: minutes on a mysqldump header).
_SQL_START = re.compile(r"\A(?>\s*(?:--[^\n]*|#[^\n]*|/\*(?:[^*]|\*(?!/))*\*/;?))*+\s*"
                        r"(?:INSERT\s+INTO|CREATE\s+(?:TABLE|DATABASE|SCHEMA)|DROP\s+TABLE|SET\s|LOCK\s+TABLES|USE\s)", re.I)
_INSERT = re.compile(r"INSERT\s+(?:IGNORE\s+)?INTO\s+([`\"\[]?[\w.]+[`\"\]]?)\s*(\([^()]*\))?\s*VALUES\s*", re.I)
# The statements are found outside quoted strings and comments, each skipped whole: an article's text may quote
# "INSERT INTO t_news VALUES(10mg/kg)" (fresh12 412), which is no second statement.
_INSERT_OUTSIDE_STRINGS = re.compile(r"'(?:[^'\\]|\\.|'')*+'|\"(?:[^\"\\]|\\.)*+\"|(?:--|#)[^\n]*|/\*(?:[^*]|\*(?!/))*+\*/|"
                                     + _INSERT.pattern, re.I | re.S)
# A bare row tuple, the VALUES of an INSERT cut out with no statement: (1,'标题','2019-10-21 00:00:00','<p>…</p>',0,NULL).
_BARE_ROW = re.compile(r"\A\s*\(\s*(?:'|-?\d|NULL\b)", re.I)
_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\"\[]?[\w.]+[`\"\]]?)\s*\(", re.I)
# A column's definition in CREATE TABLE: its name first, a COMMENT '…' perhaps later on the line.
_COLUMN = re.compile(r"^\s*[`\"\[]?(\w+)[`\"\]]?\s+\w+[^\n]*?(?:COMMENT\s+'((?:[^'\\]|\\.|'')*)')?\s*,?\s*$", re.I | re.M)
_NOT_COLUMN = re.compile(r"^\s*(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|CHECK)\b", re.I)
_SQL_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "", "Z": "", "b": ""}
_SQL_TOKEN = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|(-?[\d.]+(?:[eE][+-]?\d+)?)|(\w+\([^()]*\)))\s*(,|\))", re.I | re.S)


@dataclass
class SqlRow:
    table: str
    columns: list[tuple[str, str]]  # (name, its COMMENT) per value, ("", "") when the dump names no columns
    values: list[str]  # each value as text, escapes read; NULL as ""
    rows: int  # how many rows the file's INSERT statements hold


def _unquoted(name: str) -> str:
    return name.strip("`\"[]").split(".")[-1]


def _sql_string(raw: str) -> str:
    raw = raw.replace("''", "'")
    return re.sub(r"\\(.)", lambda m: _SQL_ESCAPES.get(m.group(1), m.group(1)), raw, flags=re.S)


def _row_at(text: str, start: int) -> tuple[list[str], int] | None:
    """The values of the row tuple opening at ``text[start]`` ('(') and the index after it."""
    values, position = [], start + 1
    while True:
        token = _SQL_TOKEN.match(text, position)
        if not token:
            return None
        quoted, null, number, call, end = token.groups()
        values.append(_sql_string(quoted) if quoted is not None else "" if null else number or call)
        position = token.end()
        if end == ")":
            return values, position


_ROW_SEPARATOR = re.compile(r"\s*,\s*")


@lru_cache(maxsize=8)
def sql_row(text: str) -> SqlRow | None:
    """The first row an SQL dump inserts, with its columns' names, and how many rows the dump holds; None for a text
    that is no SQL dump or whose INSERT cannot be read."""
    text = text.lstrip("\ufeff")
    if _SQL_START.match(text):
        statements = [(found.group(1), found.group(2), found.end())
                      for found in _INSERT_OUTSIDE_STRINGS.finditer(text) if found.group(1)]
    elif _BARE_ROW.match(text):
        statements = [("", None, text.index("("))]  # no table, no columns: each field is known by its shape
    else:
        return None
    rows, first, position = 0, None, 0
    for table, column_list, position in statements:
        while position < len(text) and text[position] == "(":
            row = _row_at(text, position)
            if row is None and first is None:
                return None
            rows += 1
            if row is None:
                break  # a later row this reader cannot parse is still a row: the dump is many, whatever it holds
            if first is None:
                first = (table, column_list, row[0])
            position = row[1]
            separator = _ROW_SEPARATOR.match(text, position)  # matched in place: a slice a row would copy the dump
            position = separator.end() if separator else position
    if first is None or (not first[0] and text[position:].strip(" \t\r\n;")):
        return None  # a bare tuple is a row only when it is the whole text: a plain text may open with "(1) …"
    table, column_list, values = first
    table = _unquoted(table)
    if column_list:
        columns = [(_unquoted(name.strip()), "") for name in column_list[1:-1].split(",")]
    else:
        columns = _create_columns(text, table)
    if len(columns) != len(values):
        columns = [("", "")] * len(values)
    return SqlRow(table, columns, values, rows)


def _create_columns(text: str, table: str) -> list[tuple[str, str]]:
    """(name, comment) of each column of ``table`` as the file's CREATE TABLE defines it, [] when it does not."""
    for create in _CREATE.finditer(text):
        if _unquoted(create.group(1)) != table:
            continue
        end = text.find("\n)", create.end())
        block = text[create.end():end if end > 0 else len(text)]
        return [(found.group(1), _sql_string(found.group(2) or "")) for found in _COLUMN.finditer(block)
                if not _NOT_COLUMN.match(found.group(0))]
    return []
