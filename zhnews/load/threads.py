"""A forum thread copied whole (a Discuz! board archived as a post, as text or markdown): the first floor's post is
the article, everything else is the board's.

A thread shows its floors as lines ``1楼 大 中 小 发表于 2010-1-27 20:44 只看该作者`` (the floor, the font-size
buttons, the posting time), each under the poster's name and rank. The pieces are labelled by that structure,
not by their words, so the readers call :func:`label_floors` on their pieces:

* the floor lines, and above the first one what the board prints about the thread and its poster (a move
  note ``本主题由 … 移动``, the poster's name and rank) between the title and the post, are chrome;
* the first post ends at the board's edit stamp (``[ 本帖最后由 becom 于 2010-1-27 20:45 编辑 ]``) or at a rule
  line (``---``: the archive's footer under the post), else at the next floor's poster above its floor line;
* from there on everything (signatures, the archive's footer, every reply, quotes of the article inside replies,
  the pager) is chrome.

A text with no floor line is left as it is.
"""

from __future__ import annotations

import re

from zhnews.load.pieces import Piece

# N楼 (or N#), up to a few words (大 中 小, 楼主), 发表于 and a date.
FLOOR_LINE = re.compile(r"^\s*\d{1,5}\s*(?:楼|樓|#)(?:\s+\S{1,6}){0,6}?\s+(?:发表于|發表於)\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
_EDIT_STAMP = re.compile(r"^\[\s*(?:本帖最后由|本帖最後由).{1,40}(?:编辑|編輯)\s*\]$")
_RULE_LINE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
# The poster's name and rank printed above a floor line.
POSTER_LINES = 2


def label_floors(pieces: list[Piece], lines: list[str]) -> None:
    """Label a thread's pieces as the module says; ``lines`` are the source lines (for the rule lines, which leave
    no piece)."""
    floors = [i for i, piece in enumerate(pieces) if not piece.role and FLOOR_LINE.match(piece.text)]
    if not floors:
        return
    first = floors[0]
    following = floors[1] if len(floors) > 1 else len(pieces)
    end = _post_end(pieces, lines, first, following)
    for index, piece in enumerate(pieces):
        if piece.role:
            continue
        if index in floors:
            pieces[index] = piece.labelled("boilerplate", "floor", "a forum thread's floor line")
        elif index < first and _above_title(pieces, index):
            continue
        elif index < first:
            pieces[index] = piece.labelled("boilerplate", "poster", "the board's lines about the thread and its poster, above the first floor")
        elif index >= end:
            pieces[index] = piece.labelled("boilerplate", "reply", "after the thread's first post (signatures, replies)")


def _post_end(pieces: list[Piece], lines: list[str], first: int, following: int) -> int:
    """Index of the first piece after the first floor's post."""
    for index in range(first + 1, following):
        if _EDIT_STAMP.match(pieces[index].text.strip()):
            return index
        between = lines[pieces[index - 1].source_line:pieces[index].source_line - 1]
        if index > first + 1 and any(_RULE_LINE.match(line) for line in between):
            return index
    return max(first + 1, following - POSTER_LINES) if following < len(pieces) else following


def _above_title(pieces: list[Piece], index: int) -> bool:
    """Whether a piece stands above the title (or is it): what precedes the thread's title is not the board's."""
    return any(piece.role == "title" for piece in pieces[index:]) or pieces[index].hint == "heading"
