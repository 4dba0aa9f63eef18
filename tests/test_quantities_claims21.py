"""Round 21 (claims21): figure kinds, measure words missing from data/lexicon/units.tsv."""

from zhnews.claims.quantities import find_quantities


def _figures(text, roles=False):
    return [(text[q.start:q.end], q.kind, q.value, q.unit) + ((q.role,) if roles else ()) for q in find_quantities(text)]


def test_measure_words_of_trees_fish_pages_and_train_runs_count():
    # fresh16 513 (guangmingwang): gold 6棵 count 6 棵
    assert ("6棵", "count", "6", "棵") in _figures("油松、矮紫杉、红瑞木、碧桃、楸树、西府海棠……习近平接连种下6棵树苗。")
    # fresh13 441 (pengpai): gold 10尾 count 10 尾
    assert ("10尾", "count", "10", "尾") in _figures("截至11月20日，科考调查组通过声纳监测，仅监测到10尾左右从大海洄游长江的中华鲟。")
    # fresh14 465 (kuaikeji): gold 177页 count 177 页
    assert ("177页", "count", "177", "页") in _figures("专研长达10年，论文足足177页。")
    # fresh13 432 (Shenzhen metro open day): gold 129965车次 count
    assert any(f[0] == "129965车次" and f[1] == "count" for f in _figures("疫情期间，深圳地铁加大列车消杀消毒频次，累计开行129965车次。"))
    # 九尾狐 is a name: a one-character numeral before 尾 counts nothing
    assert _figures("九尾狐的传说流传很广。") == []


def test_members_of_a_list_written_with_ge_share_the_percentage_points_after_the_last():
    # fresh15 490 (jingjiribao R&D communiqué): gold 0.9个, 2个 and 10.7个百分点 are all percent, unit pp
    text = "2017年，我国企业、政府属研究机构和高等学校R&D经费增速分别较上年提高0.9个、2个和10.7个百分点。"
    got = {f[0]: (f[1], f[3]) for f in _figures(text)}
    assert got["0.9个"] == ("percent", "pp") and got["2个"] == ("percent", "pp") and got["10.7个百分点"] == ("percent", "pp")
    # a count of 个 before a list member with its own measure word stays a count
    assert ("3个", "count", "3", "个") in _figures("新建3个和5家。")
    # the percents after them are shares of a contribution, no rates of the list the rate noun 增速 opened (gold: no role)
    roles = {f[0]: f[4] for f in _figures(text[:-1] + "，对全社会R&D经费增长的贡献率分别为78.6%、9.1%和10%。", roles=True)}
    assert roles["0.9个"] == "change_up" and roles["78.6%"] == "" and roles["10%"] == ""


def test_a_year_written_without_nian_before_the_words_it_dates_is_a_date():
    # fresh13 441 (pengpai): gold 1997 date
    assert ("1997", "date", "1997", "") in _figures("1989年中华鲟被列为国家一级重点保护野生动物，1997被列入濒危野生动植物种国际贸易公约。")
    # fresh6 272 (a PTT copy of TVBS, simplified as the pipeline reads it): gold 2022 date
    assert ("2022", "date", "2022", "") in _figures("2022选战即将开打，民众也对六都市长的施政表现打了分数。")
    # fresh7 307 (sjtu news): gold 2019 date
    assert ("2019", "date", "2019", "") in _figures("同为祖国唱起生日祝福的，还有位于云南、广西、西昌等地的交大人和2019入伍新兵。")
    # a name the year begins stays no figure; an amount with 多 stays a number
    assert _figures("刚刚，在阿里2019云栖大会上，阿里巴巴集团发布了芯片。") == []
    assert ("2000多", "number", "2000", "") in _figures("卖2000多")


def test_a_year_glossed_in_brackets_inside_its_nian_is_a_date():
    # fresh13 430 (Taiwan presidential office): gold 今（2017）年 date 2017
    assert ("2017", "date", "2017", "") in _figures("特别是今（2017）年有7位同学是第二次获奖，大家不论在哪一个领域都很努力。")
    # fresh2 83 (huashangbao briefing): gold 戊戌（2018）年 date 2018
    assert ("2018", "date", "2018", "") in _figures("4月5日上午9时50分许，戊戌（2018）年清明公祭轩辕黄帝典礼在黄陵举行。")
