"""Round 21 mend (mend21c): figure kinds and ranks from fresh20's failures, each shape also seen outside fresh20 (the file
is named at each case). Every expected value was written by hand from the quoted sentence.

* a number right before Token / tokens counts tokens, as 10个 counts things (fresh20 642, gold count Token ×12; the same
  shape in fresh18 561, another outlet: 每天处理接近2000亿Token); 百万级 token stays the round magnitude, a number
  (fresh5 157, gold number);
* 第N个 after the scope it ranks in (a year, a region, a group, 里 of a set) is a rank (fresh10 362 ×2, fresh16 512,
  fresh18 560, fresh20 643: gold rank); without one it names an item or a step (NOT in tune 30, fresh6 266, fresh9 343).
"""

import pytest

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # fresh20 642_md_wechat_wuhenge_gemini_api_free_quota.md (gold: 25万 count 250000 Token)
    ("以前用Gemini API，免费版每分钟只能处理25万Token，写个长文档经常卡额度。", ("25万Token", "count", "250000", "Token")),
    # fresh20 642 (gold: 10万 count 100000 Token, approximate)
    ("举个例子：我每天用它写3篇文章（每篇约5000字），再处理10个文档总结，一天下来也就消耗10万Token左右。",
     ("10万Token", "count", "100000", "Token")),
    # fresh18 561_wechat_liangziwei_ppio_agent_infra.md (unlabelled sentence of another outlet; by hand: count 2000亿 Token)
    ("2024年推出分布式推理引擎，并托管近百个开源与社区模型，每天处理接近2000亿Token，为模型提供推理加速、降本和性能增强，是支撑开源模型落地的重要基础。",
     ("2000亿Token", "count", "200000000000", "Token")),
])
def test_a_number_before_token_counts_tokens(text, expected):
    assert expected in _figures(text)


def test_a_magnitude_before_token_stays_a_number():
    # fresh5 157_wechat_jiqizhixin_cartesia_mamba_funding.md (gold: 百万级 number 1000000)
    text = "Mamba 通过引入「SSM」，成功将计算量增长从平方级降至线性，不仅能处理百万级 token 的长序列，还实现了 5 倍的推理吞吐量提升。"
    assert ("百万级", "number", "1000000", "") in _figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh10 362 (gold: 第一个 rank 1)
    ("国庆档成为了当年第一个大型档期，加上国庆+中秋双节。", "第一"),
    # fresh10 362 (gold: 第一个 rank 1)
    ("去年是自疫情发生以来的第一个完整自然年，全国零星散发疫情不断。", "第一"),
    # fresh16 512 (gold: 第一个 rank 1)
    ("厦门大学最具标志性的建筑之一——囊萤楼是福建省第一个党组织诞生地。", "第一"),
    # fresh18 560 (gold: 第一个 rank 1)
    ("成立1年后，他们就推出了旗下第一个AI模型。", "第一"),
    # fresh20 643_json_huxiu_yanlimin_comeback_record.json (gold: 第一个 rank 1)
    ("有人说，阎利珉一定不是中国互联网大公司里第一个受贿的总经理，却是第一个被警方立案拘捕的总经理。", "第一"),
])
def test_first_of_a_scope_is_a_rank(text, expected):
    assert (expected, "rank", "1", "") in _figures(text)


@pytest.mark.parametrize("text", [
    "我潜意识里的第一个想法就是‘这病毒具有传染性’。",  # tune 30 (gold NOT)
    "在进行了第一个环节的问题测试之后，",  # fresh6 266 (gold NOT)
    "智传网的第一个基石，是信容律。",  # fresh9 343 (gold NOT)
    "“两个一百年”奋斗目标中第一个一百年奋斗目标、全面建成小康社会。",  # fresh7 300 (gold NOT)
])
def test_first_item_without_a_scope_is_no_rank(text):
    assert not any(f[1] == "rank" for f in _figures(text))


@pytest.mark.parametrize("text, expected", [
    # fresh20 642 (gold: 几百到几千 count 100..1000 Token, approximate, one row)
    ("正常聊天，一轮对话大概消耗几百到几千Token。", [("几百到几千Token", "count", "100", "1000", "Token")]),
    # fresh12 400_json_pengpai_netease_missing_little_jack_ma.json (unlabelled; by hand: one range, 10000..100000)
    # made-up variants: the other marks a range is written with, an en dash and typesetting spaces among them
    ("每场比赛吸引几千至几万名观众。", [("几千至几万名", "count", "1000", "10000", "名")]),
    ("一轮对话大概消耗几百–几千Token。", [("几百–几千Token", "count", "100", "1000", "Token")]),
    ("一轮对话大概消耗几百 ~ 几千Token。", [("几百 ~ 几千Token", "count", "100", "1000", "Token")]),
    ("光是在抖音上，就有4个相关账号，分别为“小马总美食”“小马云保姆”“小马云生活记录”和“小马云总裁”，粉丝从几万到几十万不等，内容多为王云辉陪伴范小勤吃饭、理发、逛街等。", [("4个", "count", "4", "", "个"), ("几万到几十万", "number", "10000", "100000", "")]),
])
def test_two_orders_of_magnitude_joined_by_dao_are_one_range(text, expected):
    assert [(text[q.start:q.end], q.kind, q.value, q.value_high, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", [
    # fresh20 644_jsp_schoolnews_shangqiu_yigao_taiji_games.jsp (gold: 27个 and 近5000人 only)
    "本届运动会设青少年组和成年组共27个大项，参加运动员近5000人，是历届参加运动员最多的一次。",
    # fresh9 349 (gold: no row on 一次)
    "今日俄罗斯评价称，此次抗议游行是塞尔维亚十年来规模最大的一次。",
])
def test_the_most_of_all_times_is_no_count_of_one(text):
    assert not any(text[q.start:q.end] == "一次" for q in find_quantities(text))


def test_a_verb_done_once_still_counts():
    # tune's shape in the comment of _ONCE: 测一次，… (a verb done once, 一次 closing its clause)
    assert ("一次", "count", "1", "次") in _figures("培训半个月举办一次。")


def test_a_fee_of_a_few_thousand_to_hundreds_of_thousands_is_one_range():
    # fresh8 338_pointsmedia_hk_fire_bid_rigging_study_zh-hant.html (gold: 幾千到數十萬 1000..100000, approximate)
    from zhnews.text import to_simplified
    text = to_simplified("加上收取顧問費僅幾千到數十萬，就如《傳真社》當年報道一樣，顧問公司需要向承建商收取回佣。")
    got = [(text[q.start:q.end], q.value, q.value_high) for q in find_quantities(text) if q.value == "1000"]
    assert got == [("几千到数十万", "1000", "100000")]
