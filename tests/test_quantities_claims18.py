"""Round 18 figure shape (issue 12, claims18): N代 counts generations of people. The seen gold labels 三代 a count of
3 (unit 代) when people follow it or 老中青 names the generations (fresh6 273 twreporter, fresh7 307 SJTU news, fresh15
492 新闻联播 JSON: three repositories) and NOT for a technology's generation (tune 30 二代测序), a dynasty (fresh 70 五代)
and the set phrase 祖孫三代 (fresh12 411). Each sentence is quoted from the seen split named at its case; every expected
value was read off the text by hand."""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def generations(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs) if q.unit == "代"]


@pytest.mark.parametrize("text, expected", [
    # fresh6 273_twreporter_exhuma_burial_law_column_zh-hant (gold: 三代 count 3, "老中青三代, counts the generations")
    ("光是演員組成就展現了韓國演員老中青三代沒有斷層的硬實力。", [("三代", "count", "3", "代")]),
    # fresh7 307_sjtu_news_alumni_birthday_song (gold: 三代 count 3; ”交三代“ in quotes is a nickname, NOT)
    ("此次献声的还有2019级新生”交三代“张博涵，他的家三代人中此前共有8位毕业于上海交大。",
     [("三代", "count", "3", "代")]),
    # fresh15 492_json_xinwenlianbo_saihanba_forest_farm (gold: 三代 count 3 in both)
    ("如今这里的森林覆盖率达到82%，这凝结着塞罕坝林场三代建设者艰苦创业的心血。", [("三代", "count", "3", "代")]),
    ("他强调，塞罕坝林场建设史是一部可歌可泣的艰苦奋斗史，林场三代职工用实际行动铸就了牢记使命、艰苦创业、绿色发展的塞罕坝精神。",
     [("三代", "count", "3", "代")]),
    # tune 30_caixin_virus_sequencing_origin (gold: 二代 NOT, a technology's generation)
    ("希望利用其基于宏基因组学的二代高通量基因测序技术（mNGS），找出病原体。", []),
    # fresh 70_fudan_kejiribao_climate_shifts_gb2312 (gold: 五代 NOT, the Five Dynasties)
    ("朱熹统计，有史以来黄河大决１６次，其中五代半个世纪内，就占了９次，至北宋尤甚。", []),
    # fresh12 411_gov_taipei_lantern_festival_visitors (gold: 祖孫三代 NOT, a set phrase)
    ("現場也湧現許多親子家庭與祖孫三代一同前來，民眾拿著柯博文小提燈與燈組合影留念。", []),
])
def test_generations_of_people_are_counted(text, expected):
    assert generations(text) == expected


def test_a_generation_of_technology_is_no_count_of_people():
    # 人工 begins 人工智能: the generation of a technology, not of people (and 一代 alone is never a count)
    assert generations("两代人工智能芯片已经量产。") == []
    assert generations("新一代人工智能发展规划") == []
