"""Named sources, round 10 (issue 12 item 9): the shapes of the seen splits' misses, each quoted from the article
it comes from (split / file), the expected source read off the sentence by hand."""

import pandas as pd

from zhnews import claims
from zhnews.claims.quantities import quantities_table


def sources_of(paragraphs: list[list[str]], meta: dict | None = None) -> list[str]:
    """The claims table's source of every sentence of ``paragraphs`` (a list of paragraphs, each a list of sentences)."""
    texts = [t for para in paragraphs for t in para]
    para_ids = [p for p, para in enumerate(paragraphs) for _ in para]
    sentences = pd.DataFrame({"sent_id": range(len(texts)), "para_id": para_ids, "role": ["body"] * len(texts),
                              "text": texts})
    sentences["text_zhs"] = sentences["text"]
    return list(claims.claims_table(sentences, quantities_table(sentences), meta)["source"])


def test_he_stands_for_the_person_not_the_university_named_with_him():
    # fresh8 322_youth_rmrbhwb_overseas_students_two_sessions.html
    got = sources_of([["无独有偶，英国剑桥大学的李博灏也有着类似的经历。",
                       "他表示，在国内读本科时，虽然关注过两会，但并不像现在这样，将关注点放在国家社会经济迫切需要解决的难题与问题上。"]])
    assert got[1] == "李博灏"


def test_he_stands_for_the_titled_person_not_the_company_in_the_title():
    # fresh7 307_sjtu_news_alumni_birthday_song.html
    got = sources_of([["中国核工业集团有限公司董事、总经理、党组副书记、上海交大1979级核动力工程专业校友顾军，是改革开放政策实施以来的第一批大学生。",
                       "他说：“我们非常荣幸，经历了改革开放的整个过程，也成为了祖国发生翻天覆地变化的亲历者、见证者和建设者。"]])
    assert got[1] == "顾军"
