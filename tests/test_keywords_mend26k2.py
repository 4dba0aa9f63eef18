"""Keywords mends of round 25's second wave (branch mend26k2): verbs that jieba's dictionary tags as places (上市 3199 ns,
上马, 新建) are read as verbs. The shapes of fresh26's articles, made-up variants of each shape, and near-misses that must
keep their behaviour."""

import pandas as pd

from zhnews import keywords, segment
from zhnews.keywords import newwords


def _install_new_words(texts):
    """The article's new words installed, as the stage does before ranking."""
    segment.set_run_words({})
    found = newwords.discover(list(texts.values()))
    segment.set_run_words(dict(zip(found["word"], found["tag"])))


def _candidates(texts):
    _install_new_words(texts)
    return keywords.keyphrase_candidates(texts)


LISTING = {  # fresh26 824 (联合早报 on Chinese listings in the US), the sentences of 人人网's and 滴滴's listings
    0: "下午察：限制科企赴美上市 中国监管层拯救“美国韭菜”？",
    1: "中国监管层限制互联网公司赴美上市，反倒避免了美国股民被近年来蜂拥上市、良莠不齐的中概股“割韭菜”。",
    2: "号称“中国版Facebook”的“人人网”，10年前打着“中国版Facebook”旗号上市时，估值达到上千亿美元。",
    3: "人人网10年前打着“中国版Facebook”旗号上市，也被质疑过抄袭Facebook。滴滴在美国上市后即遭中国审查。",
}


def test_listing_is_a_verb_not_a_place():
    tags = dict(segment.cut_pos("多家中国企业已暂缓或取消赴美上市的计划，项目仓促上马，北京新建商品住宅成交"))
    assert tags["上市"] == tags["上马"] == tags["新建"] == "v"


def test_a_listing_takes_no_name_boost():
    # 上市 as a place was a name said in several paragraphs (NAME_BOOST), and 旗号 + 上市 a name phrase (824's tenth tag).
    found = _candidates(LISTING)
    assert not keywords.is_name_like(found["上市"]) and not keywords.is_name_like(found["旗号上市"])
    assert "赴美上市" in found  # 赴美 + 上市: two verbs, still one term


def test_a_place_before_a_new_building_is_no_name():
    # 北京 + 新建 + 商品住宅 (fresh26 820) was a place phrase; 新建 is a verb between two nouns, so only 新建商品住宅 is formed.
    found = _candidates({
        0: "上半年北京新建商品住宅成交量同比上升，北京新建商品住宅均价持平。",
        1: "分析人士说，北京新建商品住宅供应偏紧。",
    })
    assert "北京新建商品住宅" not in found and found["新建商品住宅"].count == 3


def test_listing_is_no_place_of_the_entities_table():
    paragraphs = {0: "滴滴在美国上市后即遭中国审查，美国投资者损失惨重。蘑菇街在纽交所挂牌上市，上市两年半后股价下跌。"}
    _install_new_words(paragraphs)
    table = pd.DataFrame({"para_id": [0], "text": [paragraphs[0]], "text_zhs": [paragraphs[0]]})
    found = keywords.entities(table, pd.DataFrame(columns=["word", "method"]))
    assert "上市" not in set(found["entity"])
    assert "美国" in set(found.loc[found["type"] == "place", "entity"])


def test_places_keep_their_tag():
    # Near-misses: real places stay places.
    tags = dict(segment.cut_pos("他在上海和重庆工作，后来回到新加坡。"))
    assert tags["上海"] == tags["重庆"] == tags["新加坡"] == "ns"


def test_listed_companies_stay_one_term():
    # 上市公司 is a dictionary word of its own: the verb's tag does not cut it.
    assert "上市公司" in [word for word, _ in segment.cut_pos("归属于上市公司股东的净利润")]
