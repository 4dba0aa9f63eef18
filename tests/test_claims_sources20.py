"""Named sources, round 20 (sources20): a verb of finding (发现, 注意到, 观察到, 查明) with a comma or colon after it
tells what its named subject found, and that subject is the sentence's source; a thing found (在现场发现大量毒品) is
an act and names no source.
Each expected source read off the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

from article_sources import source_of, sources_in_text


def test_a_named_finder_is_the_source(tmp_path):
    article = ("标题\n\n"
               # fresh12 400_json_pengpai_netease_missing_little_jack_ma
               "这几年，范家发也发现，儿子“好像不会长“，身高跟从前一样，一米二三左右。\n\n"
               # fresh12 421_wechat_zhengjingshe_huxiu_kangmei_ma_xingtian_damages
               "正经社分析师注意到，本次一审判决最值得关注的，是法院对各被告责任的划分。\n\n"
               # fresh14 465_md_kuaikeji_euler_equation_singularity
               "但在这个过程中，Thomas Hou发现，他们不得不再借助计算机的力量，因为有太多的精度要确认。\n\n"
               # fresh6 269_crossing_cw_napoleon_costume_column (Traditional script)
               "值得一提的是，大衛克羅斯曼在研究過程中注意到：拿破崙的雙角帽是橫著戴的。\n")
    got = sources_in_text(tmp_path, article, "2020-11-27")
    assert source_of(got, "这几年，范家发也发现") == "范家发"
    assert source_of(got, "正经社分析师注意到") == "正经社分析师"
    assert source_of(got, "但在这个过程中，Thomas Hou发现") == "Thomas Hou"
    assert source_of(got, "值得一提的是，大衛克羅斯曼") == "大衛克羅斯曼"


def test_a_thing_found_is_no_finding_told(tmp_path):
    # fresh6 262_ruanyifeng_xinwen_mine_flood: 发现透水后 dates what follows; no one is quoted
    article = ("标题\n\n发现透水后，不少工人区段曾打电话上报，但是井上当时无法判断事态趋势，未立即要求工人上井。\n\n"
               # made up in the shape of a police report: the object found, not a statement
               "民警张明在现场发现大量毒品。\n")
    got = sources_in_text(tmp_path, article, "2021-01-20")
    assert source_of(got, "发现透水后") == ""
    assert source_of(got, "民警张明在现场发现") == ""


def test_the_outlet_finding_for_itself_is_its_own_reporting(tmp_path):
    # fresh6 276_hexoblog_redstar_luoyonghao_shangwei (a 红星新闻 article): the outlet's own finding names no source,
    # as 记者了解到 does not (SOURCES_CONVENTION.md, self_source); its analyst (正经社分析师, fresh12 421) is still named
    article = ("---\ntitle: 罗永浩\noutlet: 红星新闻\n---\n\n"
               "红星新闻注意到，罗永浩在坚果手机的创业失败后，曾在多个行业兜兜转转，但效果都不太理想。\n")
    got = sources_in_text(tmp_path, article, "2020-10-28", name="article.md")
    assert source_of(got, "红星新闻注意到") == ""


def test_a_group_named_by_what_its_people_are_is_unnamed(tmp_path):
    article = ("标题\n\n"
               # fresh15 501_md_ftchinese_neist_rmb_devaluation
               "尽管中国央行周二已采取措施稳定人民币，但投资者担心，中国当局可能会寻求通过允许人民币更大幅度地贬值。\n\n"
               # fresh10 367_sohu_bjchenbao_nobel_chemistry_gpcr_gbk
               "这以前，科学界推测，细胞表面包含某种激素“受体”。\n\n"
               # fresh7 318_duowei_hu_angang_guoshi
               "胡此前公开发表“中国全面超美论”，在政商两界引发广泛争论，批评者指其奇谈怪论“贻笑大方”。\n")
    got = sources_in_text(tmp_path, article, "2019-08-06")
    assert source_of(got, "尽管中国央行") == "(unnamed: 投资者)"
    assert source_of(got, "这以前，科学界推测") == "(unnamed: 科学界)"
    assert source_of(got, "胡此前公开发表") == "(unnamed: 批评者)"
