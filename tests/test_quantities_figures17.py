"""Round 17 figure shapes (issue 12, figures17): a calendar year before 半导体, N日起 after a name, a rank right after
排名 without 第, 第N种子, N度 + a verb as "N times", a bare 千 after a bound word before 点, 礼拜 as a week, and a law's
article number glued to its text. Each sentence is quoted from its source (named at each case: the figures17 sweep's
records, /work/sweeps17/figures17/files.tsv, or a seen split); every expected value was read off the text by hand."""

import pandas as pd
import pytest

from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs)]


@pytest.mark.parametrize("text, expected", [
    # ruanyf/sina-news rss.json (commit 001c40b2), item 1977154: 2020年 is the year, 半 begins 半导体 (no 2020.5 years)
    ("【2020年半导体行业股权投资金额超1400亿元】岫资本发布数据显示，2020年半导体行业股权投资案例达413起。",
     [("2020年", "date", "2020", ""), ("1400亿元", "money", "140000000000", "CNY"),
      ("2020年", "date", "2020", ""), ("413起", "count", "413", "起")]),
    # nail1021734/Taiwan_news_dataset ftv article 1.json item 4 (commit 3e249261): 世界排名37 is a rank,
    # 兩人 the pair (count, as the seen gold labels 两人), 2度交鋒 two meetings (count), 3 of 3盤 stays a number
    ("她首役將遭遇世界排名37的哈薩克女將普汀塞娃(Yulia Putintseva),兩人過去2度交鋒,都是打滿3盤才分出勝負,謝淑薇都是贏家。",
     [("37", "rank", "37", ""), ("兩人", "count", "2", "人"), ("2度", "count", "2", "度"), ("3", "number", "3", "")]),
    # the same item: 第7種子 is the seventh seed, not 7 kinds
    ("名列女雙第7種子的詹家姊妹,首輪將碰上喬治亞的卡拉珊尼克芙(Oksana Kalashnikova)與日本女將加藤未唯。",
     [("第7", "rank", "7", "")]),
    # fresh11 396_jsonrecord_ettoday_veteran_family_search (gold: 2度 count): N度 before 返回 is N times
    ("萬德友來台之後另組家庭，但他始終不放棄尋找在大陸的家人，經過多次嘗試，約在30年前首次聯繫上在對岸的親戚，"
     "且幾乎每個月一次來往書信，還曾2度返回在山東省濰坊萬家莊的家鄉探親。",
     [("30年", "duration", "30", "year"), ("2度", "count", "2", "度")]),
    # ftv article 1.json item 3: 逾千點 is over a thousand (index) points
    ("美股大漲逾千點,刺激台股開盤上漲逾180點,期待各國央行祭出救市政策。",
     [("千點", "count", "1000", "点"), ("180點", "count", "180", "点")]),
    # ftv article 3.json item 1: 一個禮拜 is a week
    ("5月17日理賠件數475件,一個禮拜就增加至631件,平均每天理賠22件。",
     [("5月17日", "date", "--05-17", ""), ("475件", "count", "475", "件"), ("一個禮拜", "duration", "1", "week"),
      ("631件", "count", "631", "件"), ("22件", "count", "22", "件")]),
])
def test_round17_shapes(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    # 《中华人民共和国网络安全法》 typeset with each article number glued to its text, as a public repository's law
    # fixture holds it (a find_string hit), and a rules text's 第三条 in a note of another: no rank 3
    "第三条国家坚持网络安全与信息化发展并重，遵循积极利用、科学发展、依法管理、确保安全的方针。",
    "第三条国家互联网信息办公室负责全国互联网群组信息服务的监督管理执法工作。",
])
def test_a_law_article_opening_its_text_is_no_rank(text):
    assert figures(text) == []


def test_the_second_line_inside_a_sentence_stays_a_rank():
    # tune 1 (claims/figures_tune.tsv: 第二 rank): 第二条 after 的 is the second assembly line, not an article
    assert figures("空客在中国投资建设的第二条A320系列飞机总装线将落户天津。")[0][:3] == ("第二", "rank", "2")


def test_a_day_something_starts_from_is_this_month_when_just_ahead():
    # sina-news item 1977153 of 2021-01-17: 18日起放宽 in the headline is the next day, not last month's 18th
    text = "【韩国18日起放宽对部分设施的防疫措施】据韩国中央灾难安全本部17日消息，现行防疫响应举措再延长两周。"
    sentences = pd.DataFrame([{"sent_id": 0, "para_id": 0, "role": "body", "text": text, "text_zhs": to_simplified(text)}])
    table = quantities_table(sentences, "2021-01-17")
    dates = table[table["kind"] == "date"]
    assert list(zip(dates["text"], dates["value"])) == [("18日", "2021-01-18"), ("17日", "2021-01-17")]


def test_a_range_of_two_percents_in_words_is_one_figure():
    # fresh14 460_txt_xinhua_nbs_april_1990_economy (gold: one percent 4.2..21.2)
    text = ("能源、钢材、有色金属、烧碱、纯碱、化肥、农药等产品分别增长百分之四点二到百分之二十一点二，"
            "部分轻纺产品生产有所回升。")
    [q] = find_quantities(to_simplified(text))
    assert (text[q.start:q.end], q.kind, q.value, q.value_high) == ("百分之四点二到百分之二十一点二", "percent", "4.2", "21.2")


def test_a_rank_in_a_league_named_between_the_verb_and_its_number():
    # fresh14 473_html_toutiao_zizuijinmi_magic_johnson_clarkson_nance_trade (gold: 第十一 rank)
    text = "在交易完成之后的采访中，魔术师称：他们两个非常有潜力，但是我对湖人排名西部第十一不是很满意。"
    assert ("第十一", "rank", "11", "") in figures(text)
