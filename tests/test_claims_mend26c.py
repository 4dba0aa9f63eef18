"""mend26c: figure kinds and check-worthiness shapes fresh26 (scored once at round 25's start) and the seen splits
missed or flagged wrongly. Each test holds the real shape, made-up variants of it and near-misses that must not change."""

from zhnews.claims import quantities


def kinds(sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[q.start:q.end], q.kind, q.unit) for q in quantities.find_quantities(sentence)]


def test_books_counted_by_ben_are_a_count():
    # fresh26 823 (gold count 10 本, lower bound): 本 counts books and volumes
    assert ("数十本", "count", "本") in kinds("香港康文署去年7月至今以《香港国安法》为由将数十本书从公共图书馆中下架。")
    assert kinds("他去年读了30本书。") == [("30本", "count", "本")]  # made up
    assert kinds("出版社先后出版了几十本译著。") == [("几十本", "count", "本")]  # made up


def test_words_that_begin_with_ben_and_one_numeral_tiers_stay_no_count():
    assert kinds("她考上了二本以上的大学。") == []  # a university tier
    assert kinds("公司偿还100万本金。")[0][1] != "count"  # 本金: the principal
    assert kinds("2019本科招生计划公布。")[0][1] == "date"
    assert kinds("他把这本书读了三遍。") == []  # 这本: this book
