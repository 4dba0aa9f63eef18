"""Speed changes of round 25 that must change no answer: memos that forget what they should, a regex's guard."""

from zhnews import segment
from zhnews.claims import quantities


def test_a_memo_per_dictionary_answers_again_when_the_run_words_change():
    asked = []

    @segment.memoised_per_dictionary
    def words(text):
        asked.append(text)
        return [word for word, _ in segment.cut_pos(text)]

    try:
        segment.set_run_words({})
        first = words("梁文峰昨天表示")
        first.append("changed by the caller")
        assert words("梁文峰昨天表示") == first[:-1]  # a new list each time, from the memo
        assert asked == ["梁文峰昨天表示"]
        segment.set_run_words({"梁文峰": "nr"})  # the next article's new words
        assert words("梁文峰昨天表示")[0] == "梁文峰"
        assert asked == ["梁文峰昨天表示"] * 2
    finally:
        segment.set_run_words({})


def test_find_quantities_from_its_memo_is_what_it_found():
    text = "人社部相关负责人2018年3月5日表示，全国共有3.2万家企业参加"
    found = quantities.find_quantities(text)
    assert quantities.find_quantities(text) == found
    assert quantities.find_quantities(text, lone_weekdays=False) == quantities.find_quantities(text, False)
    assert [q.kind for q in found] == ["date", "count"]
