"""Round 18 mend (fresh17's figures, seen from this mend): 首名 / 首位 / 首任 as rank 1, and the number inside an
outlet's name. Each class was found in a seen split before fresh17; the cases quote the seen articles' text (split and
file named) and fresh17's (data/eval/fresh17/SOURCES.tsv gives the provenance). Expected values were checked by hand
against the articles and the seen gold."""
import pytest

from zhnews.claims.quantities import find_quantities


def _figures(text):
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text, first", [
    # seen gold, rank 1
    ("溫州同鄉會新生代會員蔣凌表示，加拿大首名華裔省督林思齊是華裔移民學習的榜樣", "首名"),  # fresh11 394
    ("美国首任财长、耶伦的大前辈汉密尔顿就是这一理论最早的提出者和实践者。", "首任"),  # fresh14 462
    ("我国拥有位居世界首位的地下管网规模", "首位"),  # fresh11 393
    ("也是川普政府中首名認罪前官員，這顯示通俄調查已升級", "首名"),  # fresh17 550 (蘋果日報, Flynn)
])
def test_a_first_written_with_shou_is_rank_one(text, first):
    assert (first, "rank", "1") in _figures(text)


@pytest.mark.parametrize("text", [
    "这并非菲律宾官员首次点赞中国经济和中国人民的工作态度。",  # fresh7 302: a set phrase after a denial, NOT
    "1999年，厦大派出了首届援宁支教队",  # fresh16 512: an edition, NOT
    "国家元首位置",  # 元首 + 位置: no 首位
    # 首次 / 首个: the seen gold leaves them unlabelled 31 times (tune … fresh15) against 8 rank rows: not read
    "第三次年度亏损超过百亿元，也是首次突破 200 亿。",  # fresh3
    "站，近日并网运行成功，属于国内首个，一天可以储能发电",  # fresh4
])
def test_no_rank_for_shou_in_a_denial_an_edition_another_word_or_first_time(text):
    assert not any("首" in span for span, _, _ in _figures(text))


@pytest.mark.parametrize("text", [
    "【21世纪经济报道】联合国全球城市经济竞争力20强：深圳第四！",  # claims tune 250 (21世纪 NOT)
    "海航集团时任财务总监赵权接受《21 世纪经济报道》记者采访时",  # claims test 32
    "21世纪经济报道记者了解到，2017年地区生产总值（GDP）名义增速最快的地区是山西",  # fresh17 551, unbracketed
    "36氪获悉，该公司完成融资",
])
def test_the_number_in_an_outlets_name_is_no_figure(text):
    assert not any(span.startswith(("21", "36")) for span, _, _ in _figures(text))


def test_a_century_outside_an_outlets_name_stays_a_date():
    assert _figures("21世纪经济发展")[0][:2] == ("21世纪", "date")
