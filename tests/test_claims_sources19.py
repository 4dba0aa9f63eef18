"""Named sources, round 19 (sources19): a name that ends in a word the source trimming cuts (所, 中) keeps it when jieba
reads that word as part of the name; a named body's news or calculation (X消息显示, 来自X的消息显示, 根据X的计算) names
the body.
Each expected source read off the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

import pytest

from article_sources import source_of, sources_in_text
from zhnews import claims


@pytest.mark.parametrize("raw, source", [
    ("港交所", "港交所"),  # fresh12 405: 港交所信息显示，赵薇夫妇是在去年12月20日…购入的
    ("美國地質研究所（USGS）", "美國地質研究所"),  # fresh12 414: 根據美國地質研究所（USGS）…
    ("王德中", "王德中"),  # fresh14 470: 在王德中看来，这在美国并不是个别现象
])
def test_a_tail_word_inside_a_name_is_part_of_the_name(raw, source):
    assert claims.cues.clean_source(raw) == source


def test_a_tail_word_after_a_name_is_still_cut():
    # tune 48: 正如习近平主席在中法欧领导人三方会晤时所指出 (jieba reads 时所 as one short word: still the 所 of 所指出)
    assert claims.cues.clean_source("正如习近平主席在中法欧领导人三方会晤时所") == "习近平主席"
    assert claims.cues.clean_source("他所") == "他"


def test_a_named_bodys_news_or_calculation_names_the_body(tmp_path):
    article = ("赵薇减持阿里影业\n\n"
               # fresh12 405_sql_sina_zhao_wei_alibaba_pictures_stake
               "港交所消息显示，4月29日和30日，赵薇夫妇在3.9港元的价位分别减持1.92亿股、6400万股，共计套现近10亿港元。\n\n"
               # fresh13 440_txt_yangguangwang_change5_orbit_correction
               "来自航天科技集团一院的消息显示，本次任务中，由于24日凌晨长征五号遥五运载火箭发射嫦娥五号探测器入轨精度较高，因此，24日晚的轨道修正量很小。\n\n"
               # fresh10 374_json_twreporter_taipei_earthquake_simulation
               "根據日本地震調查委員會的計算，未來30年，南海發生大規模地震的機率高達8成。\n")
    got = sources_in_text(tmp_path, article, "2020-11-30")
    assert source_of(got, "港交所消息显示") == "港交所"
    assert source_of(got, "来自航天科技集团一院") == "航天科技集团一院"
    assert source_of(got, "根據日本地震調查委員會") == "日本地震調查委員會"


def test_news_of_no_one_stays_unnamed(tmp_path):
    # fresh12 405's sentence with its owner left out: news no one is named for is an unnamed source
    got = sources_in_text(tmp_path, "标题\n\n消息显示，4月29日和30日，赵薇夫妇在3.9港元的价位分别减持1.92亿股、6400万股。\n",
                          "2020-05-01")
    assert source_of(got, "消息显示") == "(unnamed: 消息)"


def test_what_a_figure_is_calculated_from_is_no_source(tmp_path):
    # tune 42_sina_rmb_fixing_market: the rate the bounds are worked out from says nothing (only X的计算 is X's)
    got = sources_in_text(tmp_path, "标题\n\n据中间价计算，今日交易波幅上限为6.4379，下限为6.7007，美元/人民币一个月隐含波动率跌0.5个基点，"
                          "报4.28%。\n", "2016-09-01")
    assert source_of(got, "据中间价计算") == ""


def test_a_group_told_by_what_its_people_are_is_unnamed(tmp_path):
    # fresh14 465_md_kuaikeji_euler_equation_singularity: 们 (jieba: k) before the say-verb no longer hides the speaker
    article = "标题\n\n但数学家们认为，欧拉方程在某个“奇点”上便会开始输出没有意义的数值，也就是无法再做精准预测。\n"
    got = sources_in_text(tmp_path, article, "2022-10-01")
    assert source_of(got, "但数学家们认为") == "(unnamed: 数学家们)"
    # fresh12 412_sql_newsdb_xian_kindergarten_antiviral_drug: 根据家长们的介绍
    assert claims.cues.clean_source("家长们") == "(unnamed: 家长们)"


def test_a_pronoun_group_is_not_an_unnamed_group():
    assert claims.cues.clean_source("他们") == "他们"  # kept for the pronoun to be resolved, not "(unnamed: 他们)"
