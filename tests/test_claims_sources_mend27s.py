"""Named sources, mend27s: the misses fresh28 revealed (scored once at round 26's start: named 34/51, unnamed 5/11) and
their shapes in the seen splits, each cut small from the article, then made-up variants of the same shape and
near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- 报道称 / 报道指出: the report of the outlet the article named before (fresh28 866, fresh19 613, fresh20 662) ---

FRESH28_866 = [
    ["目前，美国联邦政府停摆已超过半个月，短期内仍未看到停摆结束的迹象。",
     "英国广播公司当地时间15日对此报道称，通常情况下，美国政府关门对经济的影响是暂时且有限的。"],
    ["报道称，随着联邦政府各部门数百万工作人员本周开始领不到工资，许多人开始通过削减开支来应对当前困境。"],
    ["加莱特利的遭遇不是个例，报道称，联邦政府在美国各地雇佣员工，几乎没有哪个地区能免受其害。",
     "报道称，美国政府威胁采取前所未有的行动，包括拒绝向工人支付补发工资和永久解雇工人，这些措施已开始实施。"],
    ["报道指出，已有迹象表明，企业和消费者信心已经下降，而这可能导致未来经济疲软。"],
]


def test_the_report_is_the_outlet_that_reported_in_an_earlier_sentence():
    # fresh28 866: 英国广播公司 is in no outlet list; it reports (…报道称), so 报道称 after it is its report
    got = sources_of(FRESH28_866)
    assert got[1:] == ["英国广播公司"] * 5


def test_a_report_opening_the_sentence_holds_it_unless_a_relayed_speaker_gives_words():
    # fresh28 866: 美国政府威胁采取…行动 is what the report tells, no words 美国政府 gives
    got = sources_of([FRESH28_866[0], ["报道称，美国政府威胁采取前所未有的行动，这些措施已开始实施。"]])
    assert got[2] == "英国广播公司"
    # made up: a relayed speaker who gives words is the source, as after 据…报道 (round 25)
    got = sources_of([FRESH28_866[0], ["报道称，美国总统特朗普表示，谈判将继续进行。"]])
    assert got[2] == "美国总统特朗普"


def test_the_outlet_of_an_opening_relay_that_gave_way_to_its_speaker():
    # fresh20 662: sentence 1's source is the relayed 特鲁多, yet 报道称 is the outlet's report
    got = sources_of([["据加拿大环球新闻网报道，当地时间11月5日，加拿大总理特鲁多表示，中国将恢复进口加拿大牛肉和猪肉。"],
                      ["报道称，中国是加拿大猪肉的第二大出口市场、牛肉的第五大出口市场。"]])
    assert got == ["加拿大总理特鲁多", "加拿大环球新闻网"]


def test_a_report_read_back_to_its_outlet_goes_on_being_that_outlet():
    # fresh19 613 (Traditional): 報導稱 took 華爾街日報; the 報導也指出 after it, past the reach of the first relay
    got = sources_of([["另據華爾街日報報導，奇虎360科技正成為最新一家尋求從美國退市的中國互聯網企業。"],
                      ["奇虎為客戶提供一系列網路安全產品。", "近期，奇虎收到了一個財團發出全面收購提議。",
                       "今年以來，已有10幾家在美上市中資企業尋求將公司私有化。"],
                      ["回歸時機 要會抓得準"],
                      ["奇虎目前基於2015年預期利潤的本益比為24倍，算不上特別低。", "然而，同行的本益比卻高達113倍。"],
                      ["報導稱，這就難怪一些在美國上市的中資互聯網企業今年紛紛尋求回歸。"],
                      ["然而，報導也指出，回歸的確誘人，但回歸之路終究將是一個漫長的過程。"]])
    assert got[-2:] == ["華爾街日報", "華爾街日報"]


def test_a_report_with_no_outlet_or_several_far_back_stays_unnamed():
    # near-misses: 报道称 with nothing reported before stays unnamed, as before
    assert one("报道称，随着联邦政府各部门工作人员领不到工资，许多人开始削减开支。") == "(unnamed: 报道)"
    assert one("报道指出，已有迹象表明，企业和消费者信心已经下降。") == "(unnamed: 报道)"
    # an unnamed report nearer (据报道) keeps 报道称 unnamed (fresh14 483)
    got = sources_of([["英国广播公司报道称，停摆影响扩大。"], ["据报道，多个部门已经停工。", "报道称，工人开始削减开支。"]])
    assert got[2] == "(unnamed: 报道)"
    # an outlet reporting as an act of its own (央视报道称) keeps its name, 报道 is its act
    assert one("央视报道称，已有迹象表明，企业信心已经下降。") == "央视"


def test_a_verb_noun_inside_a_quote_is_no_report_referred_back():
    # fresh2 83 (near-miss): 报道为不实报道 inside the body's reply: the last 报道 is a verb's object, not the report speaking
    assert one("对此，港珠澳大桥管理局回应称“相关防波堤为特殊设计，报道为不实报道。”") == "港珠澳大桥管理局"


# --- a name set off by spaces before its say-verb (fresh28 863, 联合早报) -------------------------------------------

def test_a_spaced_name_before_the_occasion_of_its_words_speaks():
    # fresh28 863: the space after 迪内希 is typesetting, 致辞时 tells when he spoke; 他 after him is him
    got = sources_of([["人力部兼文化、社区及青年部政务部长迪内希 致辞时说，骨髓捐赠计划年均收到500份医院的骨髓配型要求。"],
                      ["他呼吁更多公众登记捐髓，建设“我们为先”（We First）的社会愿景。"]])
    assert got == ["人力部兼文化、社区及青年部政务部长迪内希"] * 2
    # made up: a person's name jieba knows, the occasion with 在…上
    assert one("卫生部长王乙康 在会上表示，明年起津贴将覆盖所有病患。") == "卫生部长王乙康"


def test_a_heading_run_into_its_paragraph_stays_apart_from_the_speaker():
    # fresh (谷文胜, the shape _cjk_gap was written for): the speaker comes after the space, the heading is no one
    assert one("警惕泡沫出现 谷文胜表示，楼市总体平稳。") == "谷文胜"
    # a space after a place or a common noun is still a break (no name before it)
    assert one("楼市降温 随后表示，成交量回落。") == ""


# --- a negation in the speaker's clause: words not given (fresh28 864) ---------------------------------------------

def test_a_say_verb_negated_in_its_clause_gives_no_source():
    # fresh28 864: 宾客 did not wait for the staff's instruction; nobody's words, no junk source 宾客未等工作人员
    assert one("但宾客未等工作人员指示，便蜂拥冲向发放点，争抢薯片等零食。") == ""
    # made up: the same shape with 没有
    assert one("村民没有等村委会通知，便自行离开了。") == ""


def test_a_negation_describing_the_speaker_or_in_an_earlier_clause_changes_nothing():
    assert one("不愿具名的知情人士透露，交易已完成。") == "(unnamed: 不愿具名的知情人士)"
    assert one("一位不愿透露姓名的官员表示，交易已完成。") == "(unnamed: 一位不愿透露姓名的官员)"
    assert one("公司并未回复，但李明表示，将继续跟进。") == "李明"


# --- unnamed witnesses, netizens and footage (fresh28 864, fresh10 371) ----------------------------------------------

def test_witnesses_netizens_and_footage_with_no_author_are_unnamed():
    # fresh28 864 (gold (unnamed) for all three), fresh10 371 (视频显示, gold (unnamed))
    assert one("目击者表示，现场没有任何活动主办方人员或保安进行指挥，秩序迅速失控。") == "(unnamed: 目击者)"
    assert one("视频显示，人群推挤激烈，宾客不仅当场打开大纸箱抢食。") == "(unnamed: 视频)"
    assert one("有网民指出，集体婚礼原意是帮助贫困家庭减轻婚礼负担。") == "(unnamed: 有网民)"
    # made up: the same heads with a modifier
    assert one("多名目击者说，火是从二楼烧起来的。") == "(unnamed: 多名目击者)"
    assert one("网民表示，这样的婚礼毫无尊严。") == "(unnamed: 网民)"


def test_footage_a_named_body_published_is_that_body():
    # near-misses (tune 43, fresh5 179: gold 明报, 榆林一院): footage whose publisher the sentence names
    assert one("香港《明报》曝光的现场视频显示，龙湖的房子漏水。") == "明报"
    assert one("榆林一院在其官方微博上公布的监控视频显示，产妇两次下跪。") == "榆林一院"


def test_a_negated_view_is_still_the_speakers():
    # fresh9 355 (near-miss): 却不这么认为 negates the view, Randy holds it
    assert one("然而，Randy却不这么认为。") == "Randy"


# --- a head's title ending in 长 before a name jieba does not read as a person (fresh28 863) --------------------------

def test_a_name_after_a_heads_title_is_a_person_whose_words_go_on():
    # fresh28 863: 迪内希 (jieba: ns) after 部长 is a person, so the quotation after 他呼吁 in his paragraph is his
    got = sources_of([["人力部兼文化、社区及青年部政务部长迪内希 致辞时说，骨髓捐赠计划年均收到500份医院的骨髓配型要求。"],
                      ["他呼吁更多公众登记捐髓。", "“每名病患都有生存的机会，我们须给予他们一切可能的机会去实现。”"]])
    assert got == ["人力部兼文化、社区及青年部政务部长迪内希"] * 3
    # made up: 局长 and the name alone later
    got = sources_of([["卫生局局长迪内希表示，明年起津贴将覆盖所有病患。"], ["迪内希说，更多公众要登记捐髓。", "“病患都有生存的机会。”"]])
    assert got == ["卫生局局长迪内希", "迪内希", "迪内希"]


def test_a_place_after_a_word_in_chang_that_is_no_title_is_no_person():
    # near-miss: 增长 ends in 长 but is no title; the place after it names no one who speaks on
    got = sources_of([["经济增长广州表示，一季度经济平稳。"], ["广州说，工业产值上升。", "“消费回暖。”"]])
    assert got[2] == ""


# --- a digest's lead naming the outlets it combines (fresh28 864) ---------------------------------------------------

def test_the_outlets_a_digest_combines_are_the_source_of_its_paragraph():
    # fresh28 864: gold 新德里电视台 | NDTV | Bhaskar English, carried into the next sentence of the paragraph
    got = sources_of([["印度一场政府主导的大型集体婚礼出现严重混乱与踩踏事件。"],
                      ["综合印度媒体新德里电视台（ NDTV ）、 Bhaskar English 等报道，事故发生在上周二（ 11 月 25 日）的集体婚礼。",
                       "当日，共有 383 对来自弱势家庭的新人参加，其中 380 对是印度教新人， 3 对为回教新人。"],
                      ["婚礼仪式结束后，当地开始供应餐点。"]])
    assert got == ["", "新德里电视台; Bhaskar English", "新德里电视台", ""]
    # made up: two wires
    assert one("综合新华社、中新社报道，国务院周二召开常务会议。") == "新华社; 中新社"


def test_a_digest_of_the_unnamed_press_or_with_a_speaker_keeps_its_reading():
    assert one("综合媒体报道，事故造成三人死亡。") == ""
    assert one("综合外电报道，事故造成三人死亡。") == ""
    # the relayed speaker who gives words is the source, as after 据…报道
    assert one("综合新华社、中新社报道，外交部发言人毛宁表示，中方欢迎。") == "外交部发言人毛宁"
    assert one("综合来看，经济运行平稳。") == ""
