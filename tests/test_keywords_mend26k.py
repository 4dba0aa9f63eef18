"""Keywords mends of round 25 (branch mend26k), from fresh26's top tens and the seen splits' recurring misses: the shapes
of the articles, made-up variants of each shape, and near-misses that must keep their behaviour."""

from zhnews import keywords, segment
from zhnews.text import to_simplified
from zhnews.keywords import newwords


def _install_new_words(texts):
    """The article's new words installed, as the stage does before ranking (托管服务 is one of 826's)."""
    segment.set_run_words({})
    found = newwords.discover(list(texts.values()))
    segment.set_run_words(dict(zip(found["word"], found["tag"])))


def _keys(texts, top=10, method="keyphrase", title_ids=()):
    _install_new_words(texts)
    table = keywords.article_keywords(texts, title_ids=title_ids)
    return [keywords.keyword_key(k) for k in keywords.top_keywords(table, top, method)["keyword"]]


def _candidates(texts):
    _install_new_words(texts)
    return keywords.keyphrase_candidates(texts)


# --- a time word naming a period opens a term (课后 + 服务, 暑期 + 托管服务) ---


AFTER_SCHOOL = {  # fresh26 826 (新京报 on Beijing's after-school and summer care), paragraphs as written
    0: "北京市教委：课后服务结束时间将调整到18时",
    6: "为贯彻习近平总书记在青海考察调研时的重要讲话精神，落实教育部关于支持探索开展暑期托管服务的通知要求，北京市教委结合“我为群众办实事”实践活动，开展了暑期托管服务。",
    7: "一是坚持志愿、公益原则。北京市学生暑期托管服务坚持以学生为本，帮助家庭确有需要的学生，组织开展暑期托管服务。对于参加托管服务的学生适当收取费用，对于家庭经济困难学生，托管服务费用予以减免。",
    9: "三是明确托管服务内容。暑期托管服务以看护为主。内容主要包括提供学习场所，开放图书馆、阅览室，有组织地开展体育活动等。不允许组织学科培训和集体授课。",
    10: "四是坚持家长学生自愿参加。暑期托管服务主要是帮助家庭确有需要的学生，家长和学生根据实际状况自愿选择参加托管服务。学校不能强制学生参加，更不允许动员不参加。",
    14: "为做好暑期托管服务工作，北京市教委建立了市级统筹、区级主责、学校落实的三级工作机制，从7月19日开始，至8月20日结束，分两期，每期12天进行暑期托管服务。北京市将进一步落实各项工作机制，精心组织好暑期托管服务，同时完善相关政策，探索建立长效机制。",
    16: "二、北京市开展课后服务有关情况",
    17: "北京市从2018年开始开展课后服务工作，按照“面向人人、整体设计、提高质量、突出重点”的原则，不断优化校内课后服务工作。",
    18: "一是全覆盖开展课后服务。全市所有义务教育阶段学校，每周5天都要进行课后服务。",
    19: "二是保证课后服务时长。学校每天课后服务结束时间不早于17:30，下一步调整到18:00。",
}


def test_a_period_word_and_the_noun_after_it_are_one_term():
    keys = _keys(AFTER_SCHOOL)
    assert "课后服务" in keys and "暑期托管服务" in keys


def test_made_up_terms_opened_by_a_period_word():
    found = _candidates({
        0: "夜间经济成为城市消费新亮点，夜间经济带动就业。",
        1: "多地出台政策扶持夜间经济，周末培训班报名火爆。",
        2: "家长为孩子报了周末培训班，周末培训班收费不低。",
    })
    assert found["夜间经济"].count == 3 and found["周末培训班"].count == 3


def test_a_time_word_that_says_when_opens_no_term():
    # 今年, 目前, 去年 date the sentence (news share 0.13-0.29): 今年 + 经济 is no term, however often it is said.
    found = _candidates({
        0: "今年经济增长放缓，目前经济压力较大。",
        1: "今年经济形势复杂，去年经济基数较高。",
        2: "目前经济恢复仍不稳固，今年经济工作任务重。",
    })
    assert "今年经济" not in found and "目前经济" not in found and "去年经济" not in found
    assert "经济" in found


def test_a_period_word_ends_no_phrase():
    # A time word modifies the noun after it; it is never a phrase's head (资本 + 寒冬 stays out, as before).
    found = _candidates({0: "市场进入资本寒冬。", 1: "资本寒冬之下，创业公司裁员。", 2: "资本寒冬还在持续。"})
    assert "资本寒冬" not in found


def test_a_period_word_alone_is_no_keyword():
    # 星期四, 周六, 一年期 alone took top-10 slots of the seen splits (fresh19 610, fresh10 363, fresh24 791): a time word
    # only modifies the noun after it.
    texts = {
        0: "暑期托管服务从周六开始，暑期托管服务由学校承办。",
        1: "周六的暑期托管服务以看护为主。",
    }
    _install_new_words(texts)
    found = keywords.keyphrase_weights(texts)
    assert "暑期" not in found and "周六" not in found
    assert keywords.dropped_candidates(texts)["周六"] == "time word alone"


def test_a_period_word_counts_for_the_phrases_it_opens():
    # fresh15 495 (a university hospital's testing): 夜间检测 said twice, 检测 often; the phrase's rarest part is 夜间.
    texts = {
        0: "检验科、急诊科护理人员共同承担夜间检测。",
        1: "截止到6月10日，共完成检测2000余人次，夜间检测78人次。",
        2: "学校开展核酸检测和抗体检测，检测点设在校医院，检测结果当天反馈，检测秩序良好。",
    }
    _install_new_words(texts)
    assert "夜间检测" in keywords.keyphrase_weights(texts)


def test_a_time_word_after_a_number_is_its_unit():
    # fresh22 700 (a markets brief): 10 + 年期 + 国债收益率, 年期 tagged a time word; 年期国债收益率 is a fragment.
    found = _candidates({
        0: "10年期国债收益率上行，10年期美债收益率也走高。",
        1: "市场关注10年期国债收益率走势。",
    })
    assert "年期国债收益率" not in found and "年期美债收益率" not in found
    assert "国债收益率" in found


def test_a_number_and_its_time_unit_make_no_linked_term():
    # fresh22 700: 10 + 年期 + 国债收益率 is a maturity and a yield, no type's name; 9.9 + 元 + 咖啡 still is one.
    texts = {0: "10年期国债收益率上行。", 1: "10年期国债收益率回落。", 2: "9.9元咖啡卖火了，9.9元咖啡不赚钱。"}
    segment.set_run_words({})
    found = keywords.keyphrase_candidates(texts)
    assert "10年期国债收益率" not in found
    assert "9.9元咖啡" in found
