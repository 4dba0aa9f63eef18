"""Round 19 (claims19): the convention decision of data/eval/CHECKWORTHY_CONVENTION.md, "Round 19". Rounds 17 and 18
found four shapes the seen gold labels check-worthy more often than not while convention 3 read them as "only a wish,
feeling or exhortation" (no) and a later split's labels said no: a named speaker's reported wish or feeling, a leader's
or a document's exhortation (要…, 必须…) after a say verb, an abstract achievement told with 了 by a named actor, and a
sentence whose only figures are small counts in Chinese numerals. The decision follows the seen gold's majority: all
four are check-worthy (that the person said it, that the actor did it, can be checked). These tests pin the rules to
it. Every sentence is quoted from a seen split's gold, labelled yes there (split and file named at each case)."""

import pytest

from zhnews.claims import tag_sentence
from zhnews.text import to_simplified


def flagged(text: str) -> bool:
    return tag_sentence(to_simplified(text)).checkworthy


@pytest.mark.parametrize("text", [
    # fresh5 178_cbnet_hangzhou_nanny_arson_lawsuit.txt
    "林生斌说，民事诉讼即将开始，希望生命的代价能唤醒社会对高层住宅消防的重视。",
    # fresh12 404_sql_xinjingbao_sina_li_keqiang_makers_letter.sql
    "李克强勉励学生创客，希望他们不断丰富创客文化，把创客种子在更大范围播撒开来。",
    # fresh2 90_appledaily_tw_home_care_zh-hant.html
    "蕭麗珍表示，為解決屏東地區弱勢民眾的生活照顧及醫療，今年3月屏基捐助成立畢嘉士基金會，期待連結社會資源，以擴大服務。",
    # fresh5 181_zhitong_yicai_zte_settlement_boeing.txt
    "17日，中国商务部回应称，希望美方依法依规，妥善处理。",
])
def test_a_named_speakers_wish_or_feeling_is_checkworthy(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    # fresh2 85_chinanews_qiushi_domestic_demand.html
    "2020年《政府工作报告》提出，要实施扩大内需战略。",
    # fresh5 170_sina_workercn_campus_hiring_new_tier1.txt
    "2018年9月26日，国务院印发的《关于推动创新创业高质量发展打造“双创”升级版的意见》提出，要着力优化创新创业环境，"
    "降低创新创业成本，打造“双创”升级版。",
    # fresh7 319_joongang_chinese_trump_denuclearization.md
    "蓬佩奥国务卿也表示，“要严格管制所有逃避制裁的行为”，并举出安理会决议全面禁止的朝鲜海上煤炭走私的例子。",
])
def test_an_exhortation_reported_from_a_named_source_is_checkworthy(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    # fresh12 421_wechat_zhengjingshe_huxiu_kangmei_ma_xingtian_damages.md
    "康美药业追偿案通过对内分割连带责任，实现了“谁造假、谁担责”。",
    # fresh10 367_sohu_bjchenbao_nobel_chemistry_gpcr_gbk.html
    "在包含浩瀚信息的人体基因组中，科比尔卡以创新方式实现了这一目标。",
    # fresh4 122_wechat_ruanyifeng_weekly_pay_twice.md
    "本周，雷池 WAF 进行了 重大升级 ，发布了 语义引擎3.0版 ，加强了 AI 语义分析能力。",
])
def test_an_achievement_a_named_actor_made_is_checkworthy(text):
    assert flagged(text)


@pytest.mark.parametrize("text", [
    # fresh5 178_cbnet_hangzhou_nanny_arson_lawsuit.txt
    "一场火灾，女主人朱小贞和三个孩子永远离开人世。",
    # fresh3 114_blogchina_qjwb_demolition_safety_gbk.html
    "经过消防官兵近两个小时的紧张营救，到13时23分获救。",
    # fresh6 274_cts_kaohsiung_dragon_boat_festival_zh-hant.xml
    "市長和小安兩個人，在台上一起享用小鴨水果冰，也一同挑戰空氣划槳，增加趣味。",
    # fresh 61_huxiu_coffee_prices.md
    "近一年来，全球主要咖啡产区频繁遭遇极端天气。",
])
def test_a_small_count_in_chinese_numerals_carries_the_flag(text):
    assert flagged(text)
