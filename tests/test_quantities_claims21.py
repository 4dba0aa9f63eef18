"""Round 21 (claims21): figure kinds, measure words missing from data/lexicon/units.tsv."""

from zhnews.claims import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


def test_measure_words_of_trees_fish_pages_and_train_runs_count():
    # fresh16 513 (guangmingwang): gold 6棵 count 6 棵
    assert ("6棵", "count", "6", "棵") in _figures("油松、矮紫杉、红瑞木、碧桃、楸树、西府海棠……习近平接连种下6棵树苗。")
    # fresh13 441 (pengpai): gold 10尾 count 10 尾
    assert ("10尾", "count", "10", "尾") in _figures("截至11月20日，科考调查组通过声纳监测，仅监测到10尾左右从大海洄游长江的中华鲟。")
    # fresh14 465 (kuaikeji): gold 177页 count 177 页
    assert ("177页", "count", "177", "页") in _figures("专研长达10年，论文足足177页。")
    # fresh13 432 (Shenzhen metro open day): gold 129965车次 count
    assert any(f[0] == "129965车次" and f[1] == "count" for f in _figures("疫情期间，深圳地铁加大列车消杀消毒频次，累计开行129965车次。"))
    # 九尾狐 is a name: a one-character numeral before 尾 counts nothing
    assert _figures("九尾狐的传说流传很广。") == []
