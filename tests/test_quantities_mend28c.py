"""Round 27 figure shapes (mend28c): a figure after a label's colon (年龄：27岁), doses counted and ranked (350萬劑,
第一劑), ranks after 道 and 级, equal parts (五等份), a law's or a document's article after its name (《公報》第九条),
a share before 为 (近九成为), a table's or a figure's label ((详见表1)), the currencies of Asian neighbours (1萬緬元) and
a bare amount of living costs (月开销都要1万). Real sentences name their file; the others are made-up variants of the
same shape, and near-misses that must not change."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs)]


@pytest.mark.parametrize("text, expected", [
    # fresh29 883_md_matters_kmnese_shangguan_hongqiao_stranded: a label, its colon, its figure
    ("姓名：李瑞 年龄：27岁 职业：程序员", ("27岁", "count", "27", "岁")),
    # fresh13 453_html_xianggangjingjiribao_mask_supply: 名额：1,000人
    ("名额：1,000人，每个会员帐户只可换领1份", ("1,000人", "count", "1000", "人")),
    ("价格：30元", ("30元", "money", "30", "CNY")),
    ("死亡人数：12人", ("12人", "count", "12", "人")),
    # fresh29 886_md_matters_reprily_myanmar_doctors_cdm: doses counted, and the dose's place in the course
    ("緬甸從印度政府收到350萬劑疫苗，截至今年1月27日的第一劑接種目標日", ("350萬劑", "count", "3500000", "剂")),
    ("緬甸從印度政府收到350萬劑疫苗，截至今年1月27日的第一劑接種目標日", ("第一", "rank", "1", "")),
    ("但完整接受第二劑施打僅4萬人", ("第二", "rank", "2", "")),
    # fresh25 803_json_xinhua_xi_ciie_2021_speech
    ("中国向国际社会提供了超过16亿剂疫苗", ("16亿剂", "count", "1600000000", "剂")),
    ("已接种3剂疫苗的人", ("3剂", "count", "3", "剂")),
    # fresh29 883: the third of a row of checkpoints; fresh29 884: a level of a listed scale; equal parts of a whole
    ("一 他被挡在第三道关卡外，看着高铁离开", ("第三", "rank", "3", "")),
    ("相当于以下四个收入等级中第二级所展现的状况", ("第二", "rank", "2", "")),
    ("按全国居民五等份收入分组", ("五等份", "count", "5", "等份")),
    # fresh29 881_md_matters_labourchina_pneumoconiosis_reemployment: 近 says 成 is a share, 为 the verb after it
    ("4. 婚姻状况：近九成为已婚者，占比89.1%。", ("九成", "percent", "90", "%")),
    ("失眠重度患者超六成为女性", ("六成", "percent", "60", "%")),
    # fresh29 882_md_matters_reprily_myanmar_coup_anniversary and other Asian currencies
    ("所以我必須付給檢查哨1萬緬元", ("1萬緬元", "money", "10000", "MMK")),
    ("一晚房价约120令吉", ("120令吉", "money", "120", "MYR")),
    ("月薪约2万披索", ("2万披索", "money", "20000", "比索")),
    ("一碗面卖50盧比", ("50盧比", "money", "50", "卢比")),
    ("换了100万印尼卢比", ("100万印尼卢比", "money", "1000000", "IDR")),
    # fresh29 883: a bare 万 amount of living costs
    ("住酒店的日开销至少350元，月开销都要1万了", ("1万", "money", "10000", "CNY")),
    ("他每月房租两万", ("两万", "money", "20000", "CNY")),
])
def test_mend28c_shapes(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, not_expected", [
    # fresh29 880_md_matters_labourchina_guizhou_covid_labour_survey, fresh19 623: labels of tables and figures
    ("從就業狀況來看，僅有9位受訪對象目前處於失業的境况（詳見表1）。", "1"),
    ("根據表2，在在業者中，80%的受訪對象在貴州的省會城市貴陽工作", "2"),
    ("该预报包含淹没深度(图2)和水流流速，并与观测数据进行了对比(表1)。", "2"),
    # fresh29 884_md_matters_plancedu_600m_people_1000_yuan, fresh18 563: an article of a document or a law
    ("全年全国居民人均可支配收入30733元，《公報》第九条还提到：", "第九"),
    ("不應受到《民事訴訟法》第55條的限制。", "第55"),
    ("涉及加州刑法第242条（攻击罪）", "第242"),
    # fresh8 325: a company's code after a label's colon stays no figure; so does a list's number after a colon
    ("黑龙江北大荒农业股份有限公司（下称“北大荒”，公司代码:600598）9月29日发布公告称", "600598"),
    ("以下是《卫报》采访Randy Schekman所问的10个问题：1，目前最令人兴奋的科研领域是什么？", "1"),
    ("剂量太大", "剂"),
])
def test_mend28c_not_figures(text, not_expected):
    assert all(found[0] != not_expected for found in figures(text))


@pytest.mark.parametrize("text, expected", [
    # near-misses that keep their reading
    ("这代表4130万菲律宾人就业", ("4130万", "number", "41300000", "")),  # fresh7 302: 代表, no table
    ("他发表3篇论文", ("3篇", "count", "3", "篇")),
    ("空客在中国投资建设的第二条A320系列飞机总装线将于2016年投产", ("第二", "rank", "2", "")),  # tune 45: a line, no article
    ("比分2:1", ("2:1", "ratio", "2", "")),  # a ratio's colon, digits before it
    ("九成为已婚者", None),  # no bound: 成为 may be the verb, left alone as before
])
def test_mend28c_near_misses(text, expected):
    found = figures(text)
    if expected is None:
        assert not found
    else:
        assert expected in found
