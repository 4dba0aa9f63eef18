"""Round 28 (mend29c): a thing likened to "a" something (就像一条鲶鱼, 宛如一场宇宙大爆炸) is the writer's metaphor and stays
under the threshold when no source carries it: the seen gold's sentences of the shape are no, 6 of 6 in 5 repositories.
A bare 就像 or 仿佛 also opens a real example or a quoted speaker's comparison, which keeps its score."""

import pytest

from zhnews import claims
from zhnews.text import to_simplified


def flagged(text):
    return claims.tag_sentence(to_simplified(text)).checkworthy


@pytest.mark.parametrize("text", [
    "Openwork 就像一条鲶鱼，搅动了原本沉闷的定价体系。",  # fresh31 924_md_wechat_xinzhiyuan_openwork_cowork
    "它就像一个封存了文明信息的时间胶囊，只要山水留存，这个时间胶囊终将随着研究进步，释放更多认知价值。",  # fresh11
    # made-up variants of the shape
    "这家公司就像一头闯进瓷器店的公牛，打乱了整个行业的节奏。",
    "新政策犹如一场及时雨，缓解了企业的资金压力。",
])
def test_a_metaphor_in_the_writers_voice_is_not_checkworthy(text):
    assert not flagged(text)


@pytest.mark.parametrize("text", [
    # fresh14 (gold yes): a named speaker's comparison, and a real habit told with 就像
    "孫敬閔說，穿山甲一天只排泄一次，而且就像貓一樣習慣將糞便埋起來，隱藏自己的行蹤，常常在野外找半天都採不到糞便。",
    # fresh6 (gold yes): a named speaker likens, and says a figure
    "他说，目前众多数据显示，感染过一次奥密克戎后，一年内再次感染比例非常小，感染一次就像打了一次疫苗。",
])
def test_a_comparison_a_named_speaker_makes_keeps_its_flag(text):
    assert flagged(text)
