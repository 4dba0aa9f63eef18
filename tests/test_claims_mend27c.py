"""Round 26 (mend27c): check-worthiness and figure kinds after fresh28's one scoring.

* A speech given at an event (发言, 致辞, 发表讲话) is an act of the meeting class (event_predicates.tsv), as 出席 is:
  温家宝在礼堂向师生们发表讲话 (fresh28 860), …袁振威少将在会上发言 (fresh28 861), 习近平…并发表重要讲话 (fresh7, gold yes).
* 将 closing a title jieba cuts right after a person's name (袁振威少将在…) is no future; 高铁上将不再…, 竞争中将会… are.
* 集 counts episodes (6集文献纪录片, 四十集电视连续剧); 十分积极 is "very", no 10 points; 第三代还朗诵… is a generation of
  people acting, a rank.
Each real shape with made-up variants, and near-misses that must not change."""

import pytest

from zhnews.claims import tag_sentence
from zhnews.claims.quantities import find_quantities


def flagged(text: str) -> bool:
    return tag_sentence(text).checkworthy


def figures(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.value, text[q.start:q.end]) for q in find_quantities(text)]


@pytest.mark.parametrize("text", [
    "温家宝在礼堂向师生们发表讲话。",  # fresh28 860, gold yes
    "著名军史家丁星、《大江南北》杂志总编唐功儒，书中女主人公凌奔的学生余志远，新四军政治部主任袁国平之子袁振威少将在会上发言。",  # fresh28 861
    "中共中央总书记、国家主席、中央军委主席习近平向国家勋章和国家荣誉称号获得者分别授予“共和国勋章”“友谊勋章”和国家荣誉称号奖章并发表重要讲话。",  # fresh7
    "市长李明在开幕式上致辞。",  # made up
    "王建国在论坛上发言。",  # made up
])
def test_a_named_persons_speech_at_an_event_is_checkworthy(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    "知识分子愿意对一些问题发表自己的见解。",  # fresh7, gold no: 愿意 before it, no act done
    "全体员工认真学习讲话内容。",  # 讲话 is a noun here, no act
    "我们将在会上发言。",  # a plan
])
def test_a_speech_not_given_stays_under(text):
    assert not flagged(text)


def test_a_title_after_a_name_is_no_future():
    assert "predictive" not in tag_sentence("新四军政治部主任袁国平之子袁振威少将在会上发言。").types


@pytest.mark.parametrize("text", [
    "在其自身的市场竞争中将会逐渐完成价格的调整。",  # tune, jieba glues 中将
    "未来高铁上将不再有信号盲区。",  # fresh9, jieba glues 上将
    "张三将在明天发言。",
])
def test_jiang_after_a_noun_or_a_name_stays_the_future(text):
    assert "predictive" in tag_sentence(text).types


@pytest.mark.parametrize("text, figure", [
    ("这三位女兵的传奇故事曾被拍成6集文献纪录片《新四军女兵》在中央电视台播出。", ("count", "6", "6集")),  # fresh28 861
    ("一些人钟情于四十集电视连续剧。", ("count", "40", "四十集")),
    ("该剧共30集。", ("count", "30", "30集")),
])
def test_episodes_are_counted(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize("text", ["陆军第6集团军", "三集中", "他是5集装箱的主人"])
def test_words_that_begin_with_ji_are_no_episodes(text):
    assert all(unit != "集" for unit in (q.unit for q in find_quantities(text)))


def test_shifen_before_jiji_says_very():
    assert figures("无疑有着十分积极的意义。") == []  # fresh28 861, gold: no figure


def test_points_after_ji_stay_points():
    assert ("count", "49", "49分") in figures("14胜7平8负积49分")


@pytest.mark.parametrize("text", ["张茜同志的第三代还朗诵了她的诗作《花环歌赞》。", "他们的第三代也已经成家。"])
def test_a_generation_that_acts_is_a_rank(text):
    assert [k for k, _, _ in figures(text)] == ["rank"]


@pytest.mark.parametrize("text", ["一些新建的第四代换电站，", "第二代身份证"])
def test_a_products_generation_is_left_alone(text):
    assert figures(text) == []  # fresh3 112: 第四代换电站 NOT


@pytest.mark.parametrize("text, written", [
    ("因为即使大麻合法化，实施的第一阶段只准许吸食大麻，其他大麻产品要到第二阶段才合法化。", ["第一", "第二"]),  # fresh21
    ("项目第一阶段工程已经完工。", ["第一"]),  # made up
])
def test_a_stage_is_a_rank(text, written):
    found = [(q.kind, text[q.start:q.end]) for q in find_quantities(text)]
    assert [w for _, w in found] == written and all(k in ("rank", "date") for k, _ in found)


@pytest.mark.parametrize("text", ["阶段性成果", "当时被称为“基因测序第一股”。"])
def test_no_rank_without_an_ordinal_stage(text):  # tune 30: 第一股 NOT
    assert all(q.kind != "rank" for q in find_quantities(text))


@pytest.mark.parametrize("text", [
    "中国中共文献研究会副会长陈小津，江苏省委宣传部副部长周琪，江苏省教育厅厅长沈健到会祝贺。",  # fresh28 861, gold yes
    "全国人大常委会委员、南京军区原司令员、中国新四军研究会会长朱文泉上将，江苏省人大常委会副主任、省新四军研究会副会长柏苏宁到会讲话。",
    "上海市副市长张伟到会指导。",  # made up
])
def test_came_to_the_meeting_is_no_future(text):
    assert flagged(text)


def test_hui_after_other_words_stays_the_future():
    assert not tag_sentence("没想到会这样。").shape.plain_voice


def test_an_act_describing_a_noun_tells_no_act():
    assert not flagged("这就是最近发表在《疼痛》杂志上的试验结果。")  # fresh2, gold no


@pytest.mark.parametrize("text", [
    "这一初步治疗结果发表于2007年的《欧洲脊柱杂志》上，引起学术界轰动。",  # fresh2, gold yes: 的 after a date
    "该研究发表在《自然》杂志上。",  # made up: no 的, the act
])
def test_an_act_told_where_it_happened_stays_an_act(text):
    assert tag_sentence(text).shape.event
