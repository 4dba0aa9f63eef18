"""Word segmentation shared by every stage: one jieba tokenizer per process, with our dictionary.

The tokenizer loads jieba's dictionary plus data/lexicon/userdict.txt once; words discovered in the
article at hand are added with :func:`add_words` so later stages see names such as 梁文峰 whole.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

from .paths import LEXICON

USER_DICT = LEXICON / "userdict.txt"

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    tk = jieba.Tokenizer()
    tk.initialize()
    if USER_DICT.exists():
        tk.load_userdict(str(USER_DICT))
    return tk


@lru_cache(maxsize=1)
def pos_tokenizer() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(tokenizer())


def add_words(words, tag: str | None = None) -> None:
    """Make ``words`` single tokens for the rest of the process (e.g. names found in the article)."""
    tk = tokenizer()
    for word in words:
        tk.add_word(word, tag=tag)


def cut(text: str) -> list[str]:
    return tokenizer().lcut(text, HMM=True)


def cut_pos(text: str) -> list[tuple[str, str]]:
    return [(pair.word, pair.flag) for pair in pos_tokenizer().lcut(text, HMM=True)]
