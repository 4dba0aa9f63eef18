"""Named sources, mend28s2 (round 27, second wave): the families that recur in the seen splits' "source wrong" lists,
each cut small from the article, then made-up variants of the same shape and near-misses that must not change."""

from test_claims_sources10 import sources_of


def one(sentence: str) -> str:
    return sources_of([[sentence]])[0]


# --- a body's officer written by title alone speaks for the body (fresh27 844, 846) ---------------------------------

def test_an_officer_by_title_alone_is_the_body():
    assert one("香港置業行政總裁表示，近期樓市反彈上升，普遍準買家對後市抱正面心態。") == "香港置業"  # fresh27 844
    assert one("瑞為技術公司銷售總監表示，深圳擁有複雜的供應鏈。") == "瑞為技術公司"  # fresh27 846: 銷售 goes with the title


def test_the_body_goes_on_in_the_paragraph():
    # fresh27 844: 他續說 after the officer is the same body
    got = sources_of([["香港置業行政總裁表示，近期樓市反彈上升，入市意欲高漲。", "他續說，與此同時，發展商加大去貨力度。"]])
    assert got == ["香港置業", "香港置業"]


def test_made_up_officers_of_a_body():
    assert one("万科集团总裁表示，楼市已经回暖。") == "万科集团"
    assert one("万科副总裁表示，楼市已经回暖。") == "万科"
    assert one("苹果公司CEO表示，新机销量超过预期。") == "苹果公司"
    assert one("招商银行零售业务总监指出，信用卡坏账率有所上升。") == "招商银行"


def test_a_named_officer_keeps_the_name():
    # near-misses: the officer is named, before or after the title
    assert one("万科总裁郁亮表示，楼市已经回暖。") == "万科总裁郁亮"
    assert one("郁亮总裁表示，楼市已经回暖。") == "郁亮总裁"


def test_a_spokesperson_a_body_referred_to_or_a_suffix_alone_is_unchanged():
    assert one("涿州公安网络发言人表示，水位已经回落。") == "涿州公安网络发言人"  # 发言人: the gold keeps the role
    assert one("该公司总裁表示，楼市已经回暖。") != "该公司"  # a body referred to back, not named here
    assert one("公司总裁表示，楼市已经回暖。") != "公司"  # no body named


def test_an_officer_named_after_the_title_is_the_person():
    # near-miss (fresh22 723): the title before a person's name stays with the person, the body does not replace it
    assert one("由於矽晶圓恐出現缺貨問題，環球晶董事長徐秀蘭表示，今年產能全線滿載。") == "環球晶董事長徐秀蘭"
    assert one("万科集团总裁郁亮表示，楼市已经回暖。") == "万科集团总裁郁亮"


# --- a foreign body named in Latin before its unnamed staff (fresh15 501, FT中文网) ----------------------------------

def test_the_staff_of_a_body_glossed_in_latin_speak_for_the_body():
    assert one("摩根士丹利 (Morgan Stanley) 的经济学家表示，最有可能的应对措施将是财政刺激。").endswith("; 摩根士丹利")
    assert one("咨询公司 Pantheon Macroeconomics 的分析师指出，尽管这些债务在中国总债务中所占比例并不高。").endswith(
        "; 咨询公司 Pantheon Macroeconomics")


def test_made_up_bodies_glossed_in_latin():
    assert one("高盛集团（Goldman Sachs）的分析师指出，油价还会上涨。").endswith("; 高盛集团")
    assert one("英国智库 Chatham House 的研究员认为，谈判仍有空间。").endswith("; 英国智库 Chatham House")


def test_a_long_clause_with_de_still_keeps_its_head_noun():
    # near-miss: a long Chinese clause before 的 is still a clause, its head noun after the last 的 is the source
    assert one("在昨天举行的全市经济工作会议上作报告的市发改委的负责人表示，今年投资增长较快。") == "(unnamed: 负责人)"
