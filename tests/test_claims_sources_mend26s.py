"""Named sources, mend26s: the misses fresh26 revealed (scored once at round 25's start: named 21/47), each cut small
from the article, then made-up variants of the same shape and near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- 据<outlet>报道，… <someone> 表示: the relayed speaker (fresh26 820, 821, 823; fresh12 420, fresh8 335, fresh20 662) ---

def test_the_speaker_an_outlets_report_relays_is_the_source():
    # fresh26 823_jsonrss_zaobao_hk_book_fair_nsl.json, 821_jsonrss_zaobao_pboc_rrr_cut_prices.json
    assert one("据香港电台网站报道，参展商之一的香港次文化堂社长彭志铭表示，在防疫要求下，今年所有参展商的工作人员需实名登记。") \
        == "参展商之一的香港次文化堂社长彭志铭"
    assert one("据彭博社报道，中国央行货币政策司司长孙国锋周二在国新办的发布会上说，此次降准是货币政策回归常态后的常规流动性操作。") \
        == "中国央行货币政策司司长孙国锋"
    # fresh12 420, fresh8 335 (the gold gives the speaker first, the outlet as a variant)
    assert one("据中国央视报道，习近平在会晤中表示，中方愿扩大在贸易、农业、建筑、科技等广泛领域的合作。") == "习近平"
    assert one("据日本共同社报道，法伦表示，为了更好地应对挑战，美国正在把它们发展成为一个三边的军事合作机制。") == "法伦"
    # made up: a body relayed, a wire's 消息
    assert one("据新华社消息，国家统计局新闻发言人付凌晖表示，上半年经济运行稳中加固。") == "国家统计局新闻发言人付凌晖"


def test_an_outlets_report_with_no_one_named_speaking_in_it_stays_the_outlet():
    # fresh14 483 (gold 美国广播公司): the experts are not named, the outlet's report is the source
    assert one("据美国广播公司2月1日报道，健康专家们发出警告称，越来越多乳腺癌疗法可能会产生副作用。") == "美国广播公司"
    assert one("据新浪新闻报道，《中国互联网发展报告（2021）》7月13日于中国互联网大会上发布。") == "新浪新闻"  # fresh26 822
    # near-miss: a frame that is no outlet's report (据了解) keeps the speaker as before
    assert one("据了解，王凯表示，工程已经完工。") == "王凯"
    # near-misses from the seen gold (fresh5 179, fresh13 446: gold 新华社, 塔吉克斯坦新闻网): a body's act of publishing that
    # the report tells, and a second frame inside it, are no relayed words; the outlet stays with them, as before
    assert one("据新华社消息，8日凌晨，榆林市卫计局等单位公布《关于榆林市第一医院绥德院区产妇坠楼事件的调查结果》。") \
        .startswith("新华社")
    assert one("据塔吉克斯坦新闻网报道，四国武装力量代表团9日举行第二轮会谈，各方根据会谈结果签署了相关文件，确定将于10月底举行联合军演。") \
        .startswith("塔吉克斯坦新闻网")


def test_the_relayed_speaker_goes_on_in_the_paragraph_not_the_outlet():
    # fresh26 823: the sentence after the relayed speaker's words is his (gold 彭志铭), not the outlet's
    got = sources_of([["据香港电台网站报道，参展商之一的香港次文化堂社长彭志铭表示，在防疫要求下，今年所有参展商的工作人员需实名登记，"
                       "之前要接受检测，并提供阴性检测结果。",
                       "因场内不能进食，要安排工作人员前往固定地点进食，七天的饭盒供应等也要通过主办单位预订。"]])
    assert got == ["参展商之一的香港次文化堂社长彭志铭"] * 2


# --- a titled speaker who analyses (分析认为) and speaks later by name alone (fresh26 820) ---------------------------

FRESH26_820 = [
    ["据中新社报道，关于今年上半年北京新房交易量攀升的原因，易居研究院智库中心研究总监严跃进分析认为，受疫情因素影响，"
     "去年上半年北京新房交易量出现下滑。",
     "而当前北京房地产市场正在步入周期性反弹的通道，促使今年上半年北京新房交易指标同比大增。"],
    ["新建商品住宅交易量攀升的同时，价格总体保持了平稳波动的态势。"],
    ["严跃进分析说，今年上半年北京新建商品住宅价格总体保持平稳的态势，均价控制在5万元以下的水平。",
     "当然从实际观察来看，一些优质学区住房依然存在炒作的行为。",
     "稳定房价、稳定预期的工作需要常抓不懈。"],
    ["严跃进分析认为，受新房市场回升影响，今年上半年北京二手房市场升温明显。",
     "而一些优质学区房源、地段较好的二手住宅交易表现不错。"],
    ["针对下半年北京新房、二手房市场走势，严跃进认为，随着房企后续推盘节奏加快，势必增加新房房源供应。",
     "因各类虚高挂牌的房源将面临相关部门的督查，二手房市场将回归理性。"],
]


def test_a_titled_speaker_who_analyses_then_speaks_by_name_alone_is_the_person():
    # fresh26 820_jsonrss_zaobao_beijing_new_homes_h1.json: jieba cuts 严跃进 as 严/a 跃进/v, so only the article's
    # titled mention (研究总监严跃进) tells it is a name; 分析 is how he came to say it, no part of him
    got = sources_of(FRESH26_820)
    titled = "易居研究院智库中心研究总监严跃进"
    assert got[:2] == [titled, titled]  # the relay's speaker, carried past the 据…报道 and the topic (关于…的原因，)
    assert got[2] == ""
    assert got[3:] == ["严跃进"] * 7


def test_a_manner_word_between_a_titled_name_and_the_say_verb_is_no_part_of_the_name():
    # made up: 研究, 总结 as 分析 (saying_manner in claim_cues.tsv)
    assert one("北京大学经济学院教授张维迎研究认为，企业家精神是经济增长的源泉。") == "北京大学经济学院教授张维迎"
    assert one("严跃进分析说，今年上半年北京新建商品住宅价格总体保持平稳的态势。") == "严跃进"
    assert one("王清华分析称，市场将回暖。") == "王清华"  # as before (the token rule)
    # fresh12 420 (gold 易斯利 | 梨花女子大学的专家易斯利): a body's unnamed title before the name is no unnamed source
    assert one("梨花女子大学的专家易斯利分析说：“中国官员采取的立场是，不公开谈及朝鲜半岛无核化。”") == "梨花女子大学的专家易斯利"
    # near-miss: no title before, a common word opening the clause is no name (严/a 格/…)
    assert one("严格分析认为，市场将回暖。") == ""


def test_a_name_cited_with_a_title_elsewhere_speaks_alone_however_jieba_cuts_it():
    got = sources_of([["中原地产首席分析师张大伟表示，楼市成交量回升。"],
                      ["张大伟认为，下半年房价将保持平稳。"]])
    assert got == ["中原地产首席分析师张大伟", "张大伟"]
    # near-miss: the same characters with no titled mention in the article stay no one (严/a 跃进/v 认为)
    assert one("严跃进认为，下半年房价将保持平稳。") == ""


def test_a_speaker_after_a_topic_clause_opens_the_paragraphs_words():
    # made up after fresh26 820: 针对…，/ 关于…， before the speaker, then the speaker's words go on in the paragraph
    got = sources_of([["针对近期楼市走势，中原地产首席分析师张大伟表示，成交量将继续回升。",
                       "房价则会保持平稳。"]])
    assert got == ["中原地产首席分析师张大伟"] * 2
    # near-miss: a speaker named deep in a long narrated clause still does not open the paragraph's words
    got = sources_of([["在今年上半年北京新房交易量大幅攀升、二手房市场也同步升温、学区房炒作再度抬头的背景下，中原地产首席分析师张大伟表示，成交量将继续回升。",
                       "北京市住建委随后发布了新的调控措施。"]])
    assert got[1] == ""


# --- 报告显示 after an outlet that reported on the document (fresh26 822) -------------------------------------------

FRESH26_822 = [
    ["据新浪新闻报道，《中国互联网发展报告（2021）》7月13日于中国互联网大会上发布。",
     "2020年，中国云计算整体市场规模达到1781.8亿元，增速为33.6%。"],
    ["报告显示，2020年中国大数据产业规模达到718.7亿元，同比增长16.0%。",
     "此外，中国2020年人工智能产业规模为3031亿元，同比增长15%。",
     "中国人工智能企业共计1454家，居全球第二位，仅次于美国的2257家。"],
]


def test_a_report_after_an_outlet_reporting_on_it_is_the_document_not_the_outlet():
    # fresh26 822_jsonrss_zaobao_internet_report_2021.json: 报告 stands for the document the outlet's sentence names,
    # and the report opening its paragraph goes on through the paragraph (gold 报告 | the title)
    got = sources_of(FRESH26_822)
    assert got[:2] == ["新浪新闻"] * 2  # the outlet's own paragraph, as before
    assert got[2:] == ["《中国互联网发展报告（2021）》"] * 3


def test_a_report_after_a_body_that_speaks_is_still_the_body():
    # near-miss: a body cited before (no outlet) is what 报告 stands for, as before (民航西南局…披露 ⏎ 报告认定…)
    got = sources_of([["国家统计局表示，《中国统计年鉴》已经出版。"],
                      ["报告显示，全国人口总量保持增长。"]])
    assert got[1] == "国家统计局"


def test_a_report_named_by_an_outlet_in_a_paragraph_that_does_not_open_with_it_does_not_go_on():
    # near-miss: 报告显示 in the middle of a paragraph is carried no further than before
    got = sources_of([["据新浪新闻报道，《中国互联网发展报告（2021）》7月13日于中国互联网大会上发布。"],
                      ["不过，受疫情影响，网络出行市场交易规模首次出现负增长。",
                       "报告显示，2020年，中国网络出行市场交易规模约为2886亿元。",
                       "网络出行服务支出占居民交通支出的比重为11.3%。"]])
    assert got[1:] == ["", "《中国互联网发展报告（2021）》", ""]


# --- 据官方简历，… (fresh26 825) ---------------------------------------------------------------------------------

def test_an_official_resume_is_a_document_that_goes_on_through_its_paragraph():
    # fresh26 825_jsonrss_bjnews_xu_ming_investigation.json
    got = sources_of([["据官方简历，徐鸣生于1958年1月，历任国家经贸委对外经济协调司副司长、商务部市场体系建设司副司长等职。",
                       "2005年，徐鸣任商务部市场体系建设司司长，后同时担任商务部政策研究室主任。"]])
    assert got == ["官方简历"] * 2
    # made up: 履历
    assert one("根据公开履历，张三曾任某市副市长。") == "履历"  # (公开 is a source_trim word)
    # near-miss: a résumé handed in is no source
    assert one("求职者需要提交简历，然后参加面试。") == ""


# --- 上周的国常会要求，… (fresh26 821; fresh8 333) ----------------------------------------------------------------

def test_a_meeting_or_a_text_that_demands_before_a_clause_is_the_source():
    # fresh26 821 (gold 国常会 | 上周的国常会 | 国务院常务会议)
    assert one("上周的国常会要求，针对大宗商品价格上涨对企业生产经营的影响，要保持货币政策稳定性、增强有效性。") == "上周的国常会"
    # made up: a meeting, a person, a body
    assert one("会议要求，各地要压实防汛责任。") == "会议"
    assert one("黄仁勋经常要求，员工要把每一天当作公司的最后一天。") == "黄仁勋"
    assert one("国务院要求，各地要做好防汛救灾工作。") == "国务院"


def test_a_demand_as_a_noun_or_an_act_is_no_source():
    assert one("期待各地各部门能按照国常会的要求，做好稳价保供工作。") == ""
    assert one("严格落实疫情防控各项要求，做好开学准备。") == ""
    assert one("他要求员工周末加班。") == ""  # no clause mark: an act told
    assert one("这次会议要求很高，各地要做好准备。") == ""
    # seen shapes (fresh12 402, fresh23 764, a budget notice of the sweep): a demand named after a verb, a preposition
    # or a negation is a noun, no one's words
    assert one("但恒大海花岛公司未落实关联要求，违规建设4条涵管桥。") == ""
    assert one("近日，按照黑龙江省政府专题会议要求，龙煤集团推出一批非经营性资产集中进行公开处置。") == ""
    assert one("主要原因是政府采购多为零星办公用品，未达到市财政局关于政府采购额度要求，故金额为零。") == ""


def test_a_government_or_a_text_that_lays_down_a_rule_before_a_clause_is_the_source():
    # fresh19 611_html_nikkei_cn_yokohama_chinatown, fresh24 785_json_sina_bjnews_hebei_henan_meeting_fees (gold 日本政府,
    # 河北省, 两省的文件): 规定 read as 要求 is
    assert one("日本政府规定，餐饮店的垃圾必须与一般家庭垃圾区别开，但有些店不遵守这一规定。") == "日本政府"
    assert one("不过，河北省规定，“标准是会议费开支的上限，各单位应在综合定额标准以内结算报销。”") == "河北省"
    assert one("此外，两省的文件中还规定，各单位应当严格执行会议用房标准，住宿用房以标准间为主。") == "两省的文件"
    # as before: a text of rules that opens the sentence (fresh19 630), a rule followed, a rule broken
    assert one("办法规定，今后省司法厅纪检监察部门对于违背道德规范的，要及时进行预警告诫。") == "办法"
    assert one("根据“国四条”规定，由核安全局来牵头做核安全规划。") == ""
    assert one("江阴法院经审理认为，被告人苏某某违反国家规定，获取国家事务的数据。") == "江阴法院"
    assert one("主要原因是市科技局坚决贯彻中央八项规定，严格控制各项费用报销。") == ""
    # near-miss (fresh5 150's shape, test_claims.py): a rule laid down before someone's words is what the words are about
    assert one("市政府规定，商户必须登记，但商户协会指出，登记手续过于繁琐。") == "商户协会"


def test_an_address_given_before_the_say_verb_is_no_part_of_the_speaker():
    # fresh24 786_json_sina_cri_cass_bluebook_gdp_2017.json (gold 娄峰): 做主题发言时, as 发表演讲时
    assert one("中国社会科学院数量经济与技术经济研究所经济模型室主任娄峰做主题发言时表示，近年来我国的宏观经济总体平稳。") \
        == "中国社会科学院数量经济与技术经济研究所经济模型室主任娄峰"
    assert one("外长16日发表演讲时声称，两国关系良好。") == "外长"


def test_a_report_meeting_is_not_the_report_a_pronoun_stands_for():
    # fresh24 786: 报告会 is a meeting; 报告 after it is left as written (gold 经济蓝皮书, not yet found)
    got = sources_of([["中国社科院19日召开2017年《经济蓝皮书》发布暨中国经济形势报告会。",
                       "报告预测，2016年经济增速在6.7左右。"]])
    assert got[1] == "报告"


def test_a_title_after_a_latin_full_name_is_no_part_of_the_name():
    # fresh14 482_txt_shengwugu_allergan_avycaz_fda_pneumonia (gold David Nicholson, Jose Vazquez)
    assert one("Allergan首席研发官David Nicholson博士表示，这是一个新的治疗选择。") == "Allergan首席研发官David Nicholson"
    assert one("Georgia/Augusta大学医学院教授兼传染病处处长Jose Vazquez博士说，我们很高兴能有新的方法。") \
        == "Georgia/Augusta大学医学院教授兼传染病处处长Jose Vazquez"
    # near-miss: one Latin word before the title is a company, its lawyer is unnamed (as before)
    assert one("Google律师表示，这是一个新的选择。") == "(unnamed: Google律师); Google"
