"""Helpers the keyword mend tests share: an article's paragraphs as the stage reads them, its keyphrase weights and
its top keywords (as keys), each computed with no new words of an earlier test installed."""

import pandas as pd

from zhnews import keywords, segment


def paragraph_texts(*paragraphs):
    frame = pd.DataFrame({"para_id": range(len(paragraphs)), "text_zhs": paragraphs})
    return keywords.paragraph_texts(frame)


def phrase_weights(texts, title_ids=()):
    segment.set_run_words({})
    return keywords.keyphrase_weights(texts, title_ids)


def top_keys(texts, top=10, method="combined", title_ids=()):
    segment.set_run_words({})
    table = keywords.article_keywords(texts, title_ids=title_ids)
    return [keywords.tokens.keyword_key(k) for k in keywords.top_keywords(table, top, method)["keyword"]]
