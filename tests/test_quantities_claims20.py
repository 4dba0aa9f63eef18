"""Round 20 (claims20): a bare large amount after a verb of paying, losing or fining, or after a unit price, is money
(money_context.txt: 买, 损失, 罚, 单价), as after 资金 or 罚款. Sentences quoted from seen articles of four repositories; kinds
written by hand."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def kind_of(text, figure):
    text = to_simplified(text)
    at = text.index(to_simplified(figure))
    return next(q.kind for q in find_quantities(text) if q.start <= at < q.end)


@pytest.mark.parametrize("text, figure", [
    # fresh6 260_bedtimenews_li_wenliang_death.md (bedtimenews/bedtimenews-archive-contents): bonds bought
    ("现在财政部主导化解地方债务，中央担保了很多30年的地方政府债券，愿意捐款的去买几万，可以大大缓解国家的财政压力。", "几万"),
    # fresh6 262_ruanyifeng_xinwen_mine_flood.rst (me115/read): what a mine's manager lost
    ("他们每个人可能损失了几百万，矿长可能损失了上千万！！！", "上千万"),
    # fresh9 352_json_udn_citizen_judges_draft_zh-hant.json (TaiwanStat/Taiwan-news-crawlers): a fine
    ("均有擔任國民法官之權利與義務，否則最高得裁罰三萬，而任職公司必須給予公假。", "三萬"),
    # fresh12 400_json_pengpai_netease_missing_little_jack_ma.json (NIL-zhuang/cloud-computing-netease-news): a unit price
    ("他住在学校附近单价两万多一平方米的小区，是城中村周边最贵的社区。", "两万多"),
])
def test_a_bare_amount_paid_lost_or_fined_is_money(text, figure):
    assert kind_of(text, figure) == "money"


def test_people_counted_after_a_money_verb_stay_people():
    # a unit after the amount (人) still decides its kind, whatever money verb (买) stands before it
    assert kind_of("去年买房的人数达到三万人。", "三万") == "count"
