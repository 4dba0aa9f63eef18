"""Named sources, round 22 (sources22), by construction:
* a say-verb that opens a later clause of the sentence with no subject of its own (…，并表示 / …，称 / …，认为) is said
  by the subject of the clause before it, also when that subject is a titled person (新发地宣传部部长詹家宝), a person
  or body referred to by 他/她 (resolved as any speaking pronoun) or a place that acts (榆林市就…发布…，表示);
* an occasion told as 在…后 between the speaker and the verb (Tristan Buckmaster在看完这项工作后说) is no part of the
  speaker;
* a head of government's or a diplomat's title (总理, 总统, 首相, 大臣, 大使) before a name keeps the name whole
  where jieba cuts it (国务院副总理刘国中: 刘国/中).
The real sentences come from the seen splits (provenance in data/eval/<split>/SOURCES.tsv); the others are made-up
variants of the same shapes (other names, bodies, verbs and word order) and near-misses the rules must leave alone."""

from article_sources import source_of, sources_in_text


def test_a_say_verb_opening_a_later_clause_is_said_by_the_subject_of_the_clause_before(tmp_path):
    article = ("标题\n\n"
               # tune 242_wechat_jiemian_salmon_pulled
               "新发地宣传部部长詹家宝对界面新闻确认了此事，并在6月13日上午8点左右表示，目前参加三文鱼销售的商户检测结果为阴性。\n\n"
               # fresh13 445_txt_nooutlet_huangzhixian_taiwan_history
               "台湾政治评论家黄智贤2月3日在脸书发文，表示台湾有部份人士得了历史认知上的“骨质疏松症与失忆症”。\n\n"
               # fresh5 179_cnwest_bjyouth_yulin_maternal_death
               "9月8日凌晨，榆林市就马茸茸坠楼一事发布初步调查结果，表示榆林一院符合诊疗规范，但存在监护不到位等问题。\n\n"
               # made-up variants: another title and verb, a transliterated name with its dot, another city and verb
               "浙江大学经济学院院长黄先海上午出席了论坛，随后强调，民营经济要坚持创新。\n\n"
               "英国外交大臣凯米·贝德诺克昨日会见了来访的代表团，并强调双方合作前景广阔。\n\n"
               "深圳市就此事发布通报，称涉事企业已被责令停业整顿。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "新发地宣传部部长詹家宝") == "新发地宣传部部长詹家宝"
    assert source_of(got, "台湾政治评论家黄智贤") == "台湾政治评论家黄智贤"
    assert source_of(got, "9月8日凌晨，榆林市") == "榆林市"
    assert source_of(got, "浙江大学经济学院院长黄先海") == "浙江大学经济学院院长黄先海"
    assert source_of(got, "英国外交大臣凯米·贝德诺克") == "英国外交大臣凯米·贝德诺克"
    assert source_of(got, "深圳市就此事") == "深圳市"


def test_a_pronoun_that_opens_the_clause_before_speaks_as_its_antecedent(tmp_path):
    article = ("标题\n\n"
               "张伟是一名电力工程师。他检查了整个线路，随后解释说，故障出在变压器。\n\n"
               "周敏在社区工作了十年。她走访了每一户居民，并且表示，今年的改造会先从老楼开始。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "他检查了整个线路") == "张伟"
    assert source_of(got, "她走访了每一户居民") == "周敏"


def test_the_clause_before_names_no_speaker(tmp_path):
    # near-misses: a place that qualifies a noun (北京市民) is no place that acts; a pronoun before 的 is whose, not who
    article = ("标题\n\n"
               "北京市民纷纷排队购买，表示价格很实惠。\n\n"
               "李红是一名护士。她的丈夫刚刚下班，认为医院太忙。\n\n"
               "王明走进了会场，大家都在讨论这个问题。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "北京市民") != "北京"
    assert source_of(got, "她的丈夫") not in ("李红", "她")
    assert source_of(got, "王明走进了会场") == ""


def test_an_occasion_after_the_speaker_is_no_part_of_the_speaker(tmp_path):
    article = ("标题\n\n"
               # fresh14 465_md_kuaikeji_navier_stokes_singularity
               "马里兰大学数学家Tristan Buckmaster在看完这项工作后说：“这是一个重大突破。”\n\n"
               # made-up variants: 在…之后, a name jieba knows, a listener after the occasion
               "刘德华在看完首映之后说，这部电影很感人。\n\n"
               "市民张先生在列车之旅体验结束后向记者介绍道，车厢很舒适。\n\n"
               # near-miss: an occasion that opens the sentence and names no one
               "在看完首映后，观众们纷纷离场。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "马里兰大学数学家") == "马里兰大学数学家Tristan Buckmaster"
    assert source_of(got, "刘德华在看完首映之后说") == "刘德华"
    assert source_of(got, "市民张先生") == "市民张先生"
    assert source_of(got, "在看完首映后") == ""


def test_a_head_of_government_before_a_name_keeps_the_name_whole(tmp_path):
    article = ("标题\n\n"
               "国务院副总理刘国中表示，要加快推进农业现代化。\n\n"
               "日本首相石破茂说，将加强防卫合作。\n\n"
               "中国驻美大使谢锋表示，双方应加强沟通。\n\n"
               # near-miss: the office itself (府) is a body, not a title before a name
               "美国总统府称，将继续谈判。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "国务院副总理") == "国务院副总理刘国中"
    assert source_of(got, "日本首相") == "日本首相石破茂"
    assert source_of(got, "中国驻美大使") == "中国驻美大使谢锋"
    assert source_of(got, "美国总统府") == "美国总统府"


def test_no_speaker_is_read_into_a_clause_that_names_none(tmp_path):
    article = ("标题\n\n"
               # fresh13 444_txt_changanjiezhishi_yang_liwei_deputy_designer: a street in an account's name is no
               # government; fresh5 162_wechat_houshengjiazhi_divorce_judgments: jieba's 若想/nr is no name
               "长安街知事（微信ID：Capitalnews）注意到，今年初曾有人造谣诽谤“航天英雄”。\n\n"
               "反之，丈夫若想离婚，则可以通过类似公告离婚的手段，更为轻松地获得他想要的结果。\n\n"
               # fresh5 156_jiemian_recruiting_system_medium: a group's 他们 is left alone; made-up: 他 heading a relative
               # clause (他所…) is no subject either
               "他们要么立即与那些能让他们感同身受的人产生共鸣，要么认为那些与他们无关的人是不合适的。\n\n"
               "陈刚是一名厨师。他所追求的品质之一是新鲜，即食材必须当天采购。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "长安街知事") != "长安街"
    assert source_of(got, "反之，丈夫若想离婚") == ""
    assert source_of(got, "他们要么") == ""
    assert source_of(got, "他所追求的") == ""
