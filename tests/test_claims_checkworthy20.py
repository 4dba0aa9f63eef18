"""Round 20 (claims20): a named actor's finding (X发现，/ X注意到：/ X观察到，) is check-worthy, as the reporter's own
finding (记者注意到，) is; a study or a vague group as the finder is not. Sentences quoted from seen articles, the expected
label written by hand from data/eval/CHECKWORTHY_CONVENTION.md (a finding reported, named: yes)."""

import pytest

from zhnews import claims


@pytest.mark.parametrize("text", [
    # fresh6 276_hexoblog_redstar_luoyonghao_shangwei.md (yakeing/HexoBlog): the outlet names itself as the finder
    "同时，红星新闻注意到：罗永浩在抖音直播的认证为“交个朋友科技首席推荐官”。",
    # fresh12 421_wechat_zhengjingshe_huxiu_kangmei_ma_xingtian_damages.md (enxpower/cn-news-hub)
    "正经社分析师注意到，本次一审判决最值得关注的，是法院对各方责任的清晰划分。",
    # fresh14 465_md_kuaikeji_euler_equation_singularity.md (ustczzh/MyClippings)
    "但在这个过程中，Thomas Hou发现，他们不得不再借助计算机的力量，因为有太多的精度要确定，计算量简直大到惊人的程度。",
    # fresh8 324_gmw_netease_scientist_astronauts_alcohol.html (go-shiori/go-readability)
    "研究人员发现，“酒精和海拔高度对酒精测定仪读数或完成任务的表现情况没有交互作用”。",
    # tune 242_wechat_jiemian_salmon_pulled.md (duty-machine/chinadigitaltimes): what the outlet saw on its visit
    "界面新闻在北京丰台区万达广场走访看到，已经有相关部门人员在所有可能出售三文鱼等冷鲜产品的餐饮门店排查。",
    # fresh18 582_md_zhongqingbao_university_info_disclosure.md (quoted in mend19c-century's test): once the century
    # in the institute's name is no date, the finding keeps the sentence
    "21世纪教育研究院副院长熊丙奇观察到，这几年，推进高校信息公开前进的主要力量，不是师生和普通民众，而是政府部门对公开的要求。",
])
def test_a_named_actors_finding_is_checkworthy(text):
    tag = claims.tag_sentence(text)
    assert tag.shape.reporter_finding
    assert tag.checkworthy


@pytest.mark.parametrize("text", [
    # fresh 61_huxiu_coffee_prices.md (gold no): a vague group's impression
    "消费者们发现，手中的那杯咖啡正变得越来越“昂贵”。",
    # fresh2 92_fnlp_kexueshibao_back_pain_methylene_blue.txt (gold no): an unnamed study, no actor
    "长期以来人们一直认为，腰椎间盘突出是腰痛的主要原因，近来研究发现，腰痛主要来源于腰椎间盘内部，即椎间盘源性腰痛。",
])
def test_a_vague_or_documentary_finder_is_no_finding(text):
    tag = claims.tag_sentence(text)
    assert not tag.shape.reporter_finding
    assert not tag.checkworthy
