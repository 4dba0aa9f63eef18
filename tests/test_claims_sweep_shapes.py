"""Source shapes found by running the claims stage over unlabelled articles of the mirrored archives
(round 6): where and on what occasion the words were said (在卡塔尔, 在港交所, 接受眾新聞專訪時, 发表演讲时) stood
inside the source. Sentences written by hand
after those shapes; the expected source read off each sentence by hand.
"""

import pytest

from zhnews.claims import find_cues


def sources(sentence: str) -> list[str]:
    return [cue.source for cue in find_cues(sentence) if cue.type == "attributed"]


@pytest.mark.parametrize("sentence, source", [
    ("叙利亚的反对派活动家在卡塔尔表示，海外商人已经提供了3亿美元的基金。", "叙利亚的反对派活动家"),
    ("京东集团在港交所公告称，于8月21日耗资约3.9亿美元回购其股票。", "京东集团"),
    ("拜登在德拉瓦州度假时对记者表示，他对此感到失望。", "拜登"),
    # the occasion of the words, in either script
    ("彭定康今天接受眾新聞專訪時表示，回歸頭十年中方的政策仍維持開放。", "彭定康"),
    ("菲律宾外长德尔罗萨里奥16日发表演讲时声称，菲愿意将黄岩岛事件抛诸脑后。", "菲律宾外长德尔罗萨里奥"),
])
def test_the_place_of_the_words_is_not_the_speaker(sentence, source):
    assert sources(sentence) == [source]


def test_a_figure_in_a_place_phrase_names_no_one():
    # 预期 here is a noun (预期收入); what stands before 在 is an amount, not someone who expects
    assert sources("这500亿美元在英伟达2025年全年预期收入中占比多少呢？") == []
