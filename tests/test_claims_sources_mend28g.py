"""Round 27 (mend28g): named sources on fresh30's misses. A relative time between a source and its verb (上周, 周一,
三周前, 数周前) and a post it published (发布博文) are no part of the source; a regex cue whose window of characters opens
inside a name takes the name whole; 东 and 治 spell foreign names (安东尼娅, 乔治). Real shapes from fresh30 (seen since
round 27), made-up variants, and near-misses that must not change."""

import pytest

from zhnews.claims import tag_sentence
from zhnews.claims.cues import clean_source, find_cues
from zhnews.claims.checkworthy import _antecedent_actors
from zhnews.claims.cues import tokens_with_offsets


def _sources(text: str) -> list[str]:
    return [c.source for c in find_cues(text) if c.type == "attributed" and c.source]


@pytest.mark.parametrize("raw, source", [
    ("《华尔街日报》上周", "《华尔街日报》"),  # fresh30 909: 据《华尔街日报》上周报道
    ("彭博社三周前", "彭博社"),  # fresh30 909: 彭博社三周前援引…
    ("谷歌周一发布博文", "谷歌"),  # fresh30 902: 谷歌周一发布博文称
    ("BWC中文网三周前就独家", "BWC中文网"),  # fresh30 909
    ("路透社两周前", "路透社"),  # made up
    ("《纽约时报》日前", "《纽约时报》"),  # made up
    ("特斯拉周三发布推文", "特斯拉"),  # made up
    ("新华社日前", "新华社"),  # near-miss: already so before
])
def test_relative_time_and_post_are_no_part_of_the_source(raw, source):
    assert clean_source(raw) == source


@pytest.mark.parametrize("raw", [
    "《三周前》",  # near-miss: a time inside a title is the title's
    "国务院",  # near-miss: a bare name
])
def test_titles_and_names_stay_whole(raw):
    assert clean_source(raw) == raw


@pytest.mark.parametrize("text, source", [
    ("雪上加霜的是，据《华尔街日报》上周报道，截至7月底，美国约有12.1%的成年人家里没有足够的食物。", "《华尔街日报》"),  # fresh30 909
    ("谷歌周一发布博文称，该公司今年3月就已发现这个漏洞并推出补丁加以修复。", "谷歌"),  # fresh30 902
    ("微软周二发表声明称，该漏洞已经修复。", "微软"),  # made up
    ("而另一位华尔街金融大鳄乔治·索罗斯数周前发出警告说，美国市场可能会走进大萧条。", "乔治·索罗斯"),  # fresh30 909
    ("世卫组织上周发出警告称，疫情可能在冬季反弹。", "世卫组织"),  # made up
    ("国际货币基金组织（IMF）也对印度发出警告称，贫富差距的拉大让印度面临巨大的社会危机。", "国际货币基金组织"),  # near-miss: fresh21 684, as before
    ("习近平周一称，两国应以此为契机加强合作。", "习近平"),  # near-miss: fresh12 420, as before
])
def test_sentence_sources(text, source):
    assert _sources(text)[0].endswith(source)


def test_regex_window_opening_inside_a_name_takes_it_whole():
    # fresh30 909: the 数据显示 cue's 25-character window opened at 博 of 彭博社
    text = "而彭博社三周前援引美国人口普查局最新的每周家庭脉搏调查数据显示，当时一周就有近3000万美国人饿了肚子。"
    assert _sources(text)[0].startswith("彭博社;")


def test_short_clause_regex_source_unchanged():
    # near-miss: a window that opens at the clause start is as before
    assert _sources("国家统计局数据显示，全国居民收入增长5%。")[0] == "国家统计局"


@pytest.mark.parametrize("text, name", [
    ("近日，安东尼娅终于成功逃脱父亲并向有关部门求助。", "安东尼娅"),  # fresh30 904: a later 她 is 安东尼娅
    ("安东尼娅自9岁起开始遭到父亲的性侵犯。", "安东尼娅"),  # fresh30 904
])
def test_transliterated_name_is_whole(text, name):
    assert name in _antecedent_actors(text, tokens_with_offsets(text))


def test_chinese_name_with_dong_is_not_joined():
    # near-miss: a Chinese name with 东 stays as jieba reads it
    text = "刘强东表示，京东将继续投入物流。"
    assert tag_sentence(text).source == "刘强东"
