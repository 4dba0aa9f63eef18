"""Round 20 mend (mend20c): the change/level role of figures, from fresh19's role errors, each shape also seen outside
fresh19 (the file is named at each case). Every expected value was written by hand from the quoted sentence.

* a percent named by a rate of change (增速, 增幅, 增长率 …) a few words before it, not right after it, is that change:
  fresh17 551 (gold change_up ×6: 增速最高的是山西，达到了15.82%，贵州、陕西、安徽分别为15.39%…; 增速也很高，均在13%以上)
  and fresh19 632 (增速来看，…分别是：北京10.7%、浙江10.6%…; 增速位居全国第一，达到38.7%). A figure of another
  quantity in between (相差8个百分点, 占…) keeps no role;
* 加快 and 放缓 are change words: 比上月加快0.4个百分点 (fresh19 633, gold change_up), 增速比9月加快18.1个百分点 (tune's
  dev6 293, unlabelled), 增速放缓至4.9% (fresh19 633, gold level: the rate a slowing lands on).
"""

import pytest

from zhnews.claims.quantities import find_quantities
from zhnews.text import to_simplified


def roles(text):
    text = to_simplified(text)
    return [(text[q.start:q.end], q.role) for q in find_quantities(text) if q.kind == "percent"]


@pytest.mark.parametrize("text, expected", [
    # fresh17 551_txt_21jingji_sina_resource_provinces_nominal_growth.txt (gold: all six change_up)
    ("比如2017年名义GDP增速最高的是山西，达到了15.82%，贵州、陕西、安徽分别为15.39%、14.26%、14.1%，西藏和新疆的名义GDP增速分别为13.96%和13.55%。",
     [("15.82%", "change_up"), ("15.39%", "change_up"), ("14.26%", "change_up"), ("14.1%", "change_up"),
      ("13.96%", "change_up"), ("13.55%", "change_up")]),
    # fresh17 551 (gold: 13% change_up, lower_bound)
    ("新疆、河北等资源大省（区），2017年名义增速也很高，均在13%以上。", [("13%", "change_up")]),
    # fresh17 551 (gold: 7% change_up; 8个百分点 a gap between two rates, no role)
    ("但是有些地区名义经济增速与实际增速（去掉物价）的差距很大，比如山西实际增速为7%，实际增速和名义增速相差8个百分点以上。",
     [("7%", "change_up"), ("8个百分点", "")]),
    # fresh19 632_md_hexo_sina_finance_chinanews_31_provinces_gdp.md (gold: every rate change_up)
    ("从前三季度GDP增速来看，其余“十强”选手分别是：北京10.7%、浙江10.6%、山西10.5%、江西10.2%。",
     [("10.7%", "change_up"), ("10.6%", "change_up"), ("10.5%", "change_up"), ("10.2%", "change_up")]),
    # fresh19 632: a share after 占 names another quantity (gold level, see FIGURES_CONVENTION: a plain share has no role)
    ("前三季度江苏高新技术产业产值同比增长25%，占规模以上工业的48.1%。", [("25%", "change_up"), ("48.1%", "")]),
])
def test_a_rate_named_before_its_figure_is_a_change(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # tune, dev6 293_cankaoxiaoxi_foreign_media_china_pmi_recovery.xml (unlabelled sentence)
    ("从单月数据来看，规模以上工业企业利润在10月同比增长28.2%，增速比9月加快18.1个百分点，也是近年来单月增速的新高。",
     [("28.2%", "change_up"), ("18.1个百分点", "change_up")]),
    # fresh19 633_md_hexo_sina_finance_nbs_q3_gdp_9_8_percent.md (gold: both 个百分点 change_up)
    ("同期，服务业生产指数同比增长5.2%，比上月加快0.4个百分点；两年平均增长5.3%，加快0.9个百分点。",
     [("5.2%", "change_up"), ("0.4个百分点", "change_up"), ("5.3%", "change_up"), ("0.9个百分点", "change_up")]),
    # fresh19 633 (a subhead; gold: 4.9% level)
    ("三季度GDP增速放缓至4.9%", [("4.9%", "level")]),
])
def test_speeding_up_and_slowing_down_are_changes(text, expected):
    assert roles(text) == expected


def figures(text):
    text = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value) for q in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    # fresh13 444_txt_changanjiezhishi_yang_liwei_deputy_designer.txt (gold: 第一代 rank 1)
    ("杨利伟是中国培养的第一代航天员。", [("第一", "rank", "1")]),
    # fresh19 611_html_nikkei_cn_yokohama_chinatown_huaqiao.html (gold: 第4代, 第5代 rank)
    ("最早来到横滨的老华侨据称是约100年前来到这里，其子孙已是第4代或第5代。",
     [("第4", "rank", "4"), ("第5", "rank", "5")]),
    # fresh3 112_wechat_geekpark_nio_annual_loss.md: a product's generation (gold: 第四代 NOT), left alone
    ("这些新建的第四代换电站，将可以同时服务于蔚来主品牌、第二品牌 ALPS 以及合作车企的换电车型。", []),
])
def test_a_generation_of_people_is_a_rank(text, expected):
    assert [f for f in figures(text) if f[1] in ("rank", "number")] == expected  # 约100年 (a duration) aside


@pytest.mark.parametrize("text, flagged", [
    # fresh19 611_html_nikkei_cn_yokohama_chinatown_huaqiao.html (gold: no, a definition; was 0.85 for its date)
    ("老华侨是指1978年改革开放之前就在日本生活的华侨及其子孙。", False),
    # fresh6 276_hexoblog_redstar_luoyonghao_shangwei.md: “交个朋友”是指… goes on to state who owns it (gold: yes)
    ("其中，“交个朋友”是指成都交个朋友科技有限公司，而该公司的唯一股东就是星空野望，持股100%。", True),
    # fresh3 117_textrank4zh_us_corrupt_officials_prosecution.txt: …指的是美国联邦法律 goes on to say who caught them (gold: yes)
    ("这里的美国法律主要指的是美国联邦法律，而不是州法律，所以这些贪官也是被联邦警察给抓获的。", True),
])
def test_a_definition_is_not_check_worthy(text, flagged):
    from zhnews.claims import tag_sentence
    assert tag_sentence(to_simplified(text)).checkworthy is flagged
