"""Named sources, mend29s: the misses fresh31 revealed (scored once at round 28's start: named 26/35), each cut small
from the article, then made-up variants of the same shape and near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- an unnamed official of a named ministry speaks for it (fresh31 920; SOURCES_CONVENTION.md, round 18) -------------

def test_an_official_of_a_ministry_jieba_cut_apart():
    # fresh31 920: 住建部 (jieba: 住/v 建部/n) before 有关负责人
    assert "住建部" in one("住建部有关负责人说，将通过立法，明确租赁当事人的权利义务。").split("; ")
    # made up: the other ministries jieba cuts (工信/vn 部, 应急/vn 管理部), with or without the unnamed official
    assert "工信部" in one("工信部相关负责人表示，将加快5G建设。").split("; ")
    assert one("应急管理部表示，将加强防汛。") == "应急管理部"


def test_an_unnamed_officials_modifier_between_the_body_and_the_role():
    # made up: 审计署 (jieba: v) with 有关 before 负责人, and with the staff word right after it
    assert "审计署" in one("审计署有关负责人介绍，今年审计发现问题资金100亿元。").split("; ")
    assert "审计署" in one("审计署工作人员表示，审计仍在进行。").split("; ")


def test_a_clause_that_opens_with_a_verb_still_names_no_speaker():
    # near-miss (made up): 听说 + 有关负责人 is hearsay told by the writer, not a body speaking
    assert one("听说有关负责人说，将通过立法。") == ""


def test_ministries_jointly_saying_keep_their_list():
    # made up: 住建部等9部门近日联合(表示): 联合 says how they spoke, as 研究 or 分析 do (``saying_manner``)
    assert one("住建部等9部门近日联合表示，将加快发展住房租赁市场。") == "住建部等9部门"
    # near-miss: 联合国 opens with 联合 and stays whole
    assert one("联合国表示，将加快援助。") == "联合国"


# --- a notice referred back to, and its quotation (fresh31 923) -----------------------------------------------------

FRESH31_923 = [
    ["8月21日晚间，上海市浦东新区市场监督管理局官方微博发布消息称，浦东市场监管局对辖区内的某峰会进行突击检查。",
     "这是ICO众筹领域遭遇的第一波公开检查，但平台方维优元界宣称并不存在问题。"],
    ["当天这一消息在部分交易平台上引发了相关代币近200%幅度的震荡。"],
    ["维优元界办峰会被查，涉嫌虚假宣传"],
    ["上述公告称，近日浦东市场监管局对辖区内疑似虚假宣传的某全球区块链峰会进行突击检查。"],
    ["“经查，现场有35家企业设置展台推销科技金融产品，参会人员近2000人。", "执法人员责令立即停止会议进程，并约谈当事人。",
     "目前，该公司相关涉嫌违法情况正在进一步调查中。”", "公告表示。"],
]


def test_the_notice_referred_back_to_is_its_publisher_not_the_last_speaker():
    got = sources_of(FRESH31_923)
    assert got[0] == "上海市浦东新区市场监督管理局"  # a body's official account is the body
    assert got[1] == "平台方维优元界"
    assert got[4] == "上海市浦东新区市场监督管理局"  # 上述公告称: who published, past 维优元界's claim


def test_a_quotation_tagged_by_the_notice_after_it():
    got = sources_of(FRESH31_923)
    assert got[5:9] == ["上海市浦东新区市场监督管理局"] * 4  # “经查，…”  ⏎ 公告表示。


def test_a_bare_notice_word_stands_for_its_publisher():
    # made up, the shape of fresh12 386 (通报称，…) and fresh20 660 (公告称，…): the notice of the body named before
    got = sources_of([["丽江市旅游局发布通报称，已对涉事导游立案调查。"], ["通报表示，涉事旅行社被责令整改。"]])
    assert got == ["丽江市旅游局", "丽江市旅游局"]
    # a report on a notice with no publisher named before stays the notice
    assert one("公告称，营口沿海银行及其所属各营业网点运行正常。") == "公告"


def test_a_company_that_announces_in_its_own_sentence_keeps_the_company():
    # near-miss: 公告 after the company in one clause is the act of announcing, the company speaks
    assert one("京东集团在港交所公告称，收入增长20%。") == "京东集团"
    assert one("中兴通讯通过官微表示，已获悉美国商务部的决定。") == "中兴通讯"


# --- a name, then who that is, then the words (fresh31 924) ---------------------------------------------------------

def test_a_latin_name_followed_by_an_appositive_lists_data():
    # fresh31 924
    assert one("Or Hiltch，Openwork 的另一位核心开发者，列出了一组让 Anthropic 尴尬的数据：得益于 Sawyer Hood 开发的 "
               "`dev-browser`，Openwork 在执行任务时的速度是官方 Claude for Chrome 的 4 倍。") == "Or Hiltch"
    # made up: the same shape with a say-verb, and a Chinese name with a title
    assert one("Sam Altman，OpenAI 的首席执行官，表示，新模型下月上线。") == "Sam Altman"
    assert one("张伟，北京大学的教授，认为房价将企稳。") == "张伟"


def test_an_appositive_that_describes_no_person_names_no_speaker():
    # near-miss (made up): a place or a company described names no one who speaks for it in this shape
    assert one("北京，中国的首都，表示欢迎。") == ""


def test_data_listed_by_a_named_body():
    # made up: X给出了一组数据： is X's data; the writer's own 我们来看一组数据： is no one's
    assert one("阿里云给出了一组数据：用户增长了40%。") == "阿里云"
    assert one("我们来看一组数据：用户增长了40%。") == ""
    assert one("汉密尔顿列举了几乎当时所有的制造业门类。") == ""  # an act told, no colon (fresh14 462: gold none)


# --- a body issues a text of rules, then what it lays down (fresh31 920, fresh21 681) ---------------------------------

def test_what_an_issued_notice_requires_is_the_issuers():
    # fresh31 920: 要求 with no comma after it, right after the issued text's title
    assert one("住建部等9部门近日联合印发《关于在人口净流入的大中城市加快发展住房租赁市场的通知》，要求人口净流入的大中城市要支持"
               "相关国有企业转型为住房租赁企业。") == "住建部"
    # fresh21 681: a document number in brackets after the title
    assert one("2020 年 9 月底，国务院办公厅印发《关于加快推进政务服务 “跨省通办” 的指导意见》（国办发〔2020〕35 号），要求实现"
               "个人住房公积金缴存贷款等信息查询。") == "国务院办公厅"
    # made up: 下发 and an opinion's title (the title rule may name the text itself, which fresh21 681's gold accepts too)
    assert one("教育部日前下发《关于加强中小学生手机管理工作的意见》，要求中小学生原则上不得将手机带入校园。") in (
        "教育部", "《关于加强中小学生手机管理工作的意见》")


def test_a_requirement_that_is_no_issued_text_stays_unattributed():
    # near-misses (made up): 要求 + object after a plain act, or after a title that was read, not issued
    assert one("住建部近日召开会议，要求各地加快发展住房租赁市场。") == ""
    assert one("记者查阅了《通知》，要求各地加快发展住房租赁市场的内容并不多。") != "记者"


def test_a_bodys_website_or_account_is_the_body():
    # made up, the shape of tune 250 (财政部官网) and fresh30 902 (百度官微, gold 百度 or 百度官微)
    assert one("财政部官网显示，今年赤字率为3%。") == "财政部"
    assert one("百度官微表示，将于下月上线新功能。") == "百度"
    # near-miss: a website with no owner named stays no one in particular
    assert one("官网显示，今年赤字率为3%。") == ""


def test_a_notice_mentioned_just_before_is_the_notice_not_an_earlier_publisher():
    # fresh20 660: the police's account published a notice; then the outlet noticed a second text, the city's 公告, and
    # 公告称 is that one (gold 营口市人民政府 | 营口市政府 | 公告), not the police's
    got = sources_of([["6日下午，营口市经济技术开发区公安局官方微博发布通报称，有人散布谣言，导致储户集中兑现。"],
                      ["澎湃新闻注意到，在警方发布该通报的同时，附带一份盖有营口市人民政府公章的公告。",
                       "公告称，营口沿海银行及其所属各营业网点，是依法设立的合法金融机构。"]])
    assert got[0] == "营口市经济技术开发区公安局"
    assert got[2] == "公告"
