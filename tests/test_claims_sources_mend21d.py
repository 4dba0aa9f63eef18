"""Named sources, round 21 mend (mend21d), from fresh20's failures: a branch's staff speak for the branch whatever tag
jieba gives the city opening its name; the outlet that learnt something 从…处 has it from them; a warning given
(提醒，/提示，) is words said. Each expected source read off the article by hand; the articles' provenance is in
data/eval/<split>/SOURCES.tsv."""

from article_sources import source_of, sources_in_text

from zhnews.claims import tag_sentence


def test_the_staff_of_a_bank_branch_speak_for_the_branch():
    # fresh20 660_json_sina_pengpai_yingkou_bank_run: jieba tags 营口 a verb (vn) and 支行 a verb, so the clause
    # "opened with a verb" and had no speaker; the gold gives the branch
    got = tag_sentence("营口沿海银行开发区支行工作人员表示，银行要求各网点24小时正常开展业务，储户随时可以来取款，"
                       "目前仍有部分储户在办理取款业务，都是正常办理。").source
    assert "营口沿海银行开发区支行" in got.split("; ")
    got = tag_sentence("11月6日晚，营口沿海银行盖州支行工作人员向澎湃新闻表示，目前该行所有网点在正常办理业务，"
                       "仍有大量顾客前来取款，但银行现金是充足的。").source
    assert "营口沿海银行盖州支行" in got.split("; ")
    # three branches' staff speak for the bank, not for "three branches" (the same article)
    got = tag_sentence("前述营口沿海银行三家支行的工作人员均向澎湃新闻证实，该公告属实。").source
    assert "前述营口沿海银行" in got.split("; ")


def test_what_the_outlet_learnt_from_someone_is_theirs():
    # fresh20 660: the source was the whole clause 澎湃新闻（www.thepaper.cn）11月6日晚从…处 (junk)
    got = tag_sentence("澎湃新闻（www.thepaper.cn）11月6日晚从营口沿海银行多个支行工作人员处获悉，目前银行所有网点都在正常办理业务，"
                       "虽然银行现金充足，但为避免引起恐慌，目前已开始24小时营业。").source
    assert "营口沿海银行多个支行" in got.split("; ")
    # fresh20 661_json_sina_bjqnb_national_day_pickpockets: the outlet's reporter (no source) took the 从 clause in
    assert tag_sentence("北京青年报记者从机动侦查总队了解到，李某、王某为北京反扒民警在国庆周抓获的第一贼。").source == "机动侦查总队"
    # fresh5 173_sina_scrb_navy_pilot_gaokao (unchanged): 记者从…了解到
    assert tag_sentence("记者从省教育考试院了解到，明年四川高考将有4个变化。").source == "省教育考试院"


def test_a_warning_given_is_words_said():
    # fresh20 661: 北京警方提示，…
    assert tag_sentence("北京警方提示，节假日期间出行人员较多，请大家一定要提高安全防范意识，在乘坐公共交通工具、"
                        "商市场购物、景区旅游等人多场所，要留意好自身财物。").source == "北京警方"
    # fresh13 445_txt_nooutlet_taichung_mayor_shrine_remarks (gold 黄智贤)
    assert tag_sentence("黄智贤提醒，民进党执了政，可也请想一想自己的祖宗先人，想一想台湾人的尊严、台湾人的骨气。").source == "黄智贤"
    # fresh16 515_txt_xinhuashe_korea_knife_attack_threats (gold 中国驻韩国大使馆): whom it warns, then a colon
    assert tag_sentence("中国驻韩国大使馆提醒广大在韩中国公民：密切关注周边安全形势，提高自我安全防范意识。").source == "中国驻韩国大使馆"


def test_a_warning_told_as_an_act_or_a_label_is_no_source():
    # tune 30_caixin_virus_sequencing_origin (gold: no source): 提醒他们… tells what the centre did
    assert tag_sentence("上海公卫中心当日立即向上海市卫健委和国家卫健委等主管部门报告，提醒他们新病毒与SARS同源，"
                        "应是经呼吸道传播。").source == ""
    # fresh 65_toutiao_cold_wave: 温馨提醒： is a label (jieba tags 温馨 a name)
    assert tag_sentence("温馨提醒：本周全国不少地区气温持续低迷，大家注意保暖。").source == ""


def test_a_country_as_a_side_speaks():
    # fresh20 662_json_sina_trudeau_pork_beef_exports_resume (gold 加方): jieba tags 加方 a conjunction
    assert tag_sentence("加方认为，该事件系刑事犯罪。").source == "加方"
    # fresh12 420_md_dw_xi_jinping_north_korea_visit (gold 中方): jieba tags 中方 a direction word, 仅 an adverb
    assert tag_sentence("但中方仅表示，二人就朝鲜半岛核问题进行了磋商。").source == "中方"


def test_a_side_in_an_answer_is_the_answer_s_speaker(tmp_path):
    # fresh11 384_md_shangwubu_nexperia_netherlands_minister_response (gold 商务部 throughout the answer): the
    # ministry answers as 中方; its side speaking is not someone else it reports
    article = ("商务部新闻发言人就荷兰经济大臣近期涉安世半导体问题言论答记者问\n\n"
               "有记者问：荷兰经济大臣卡雷曼斯11月13日接受英国《卫报》采访，谈及安世半导体问题，称“即使事后来看，仍会作出同样的决定”、"
               "“这给各国领导人都是一个警示”。请问商务部对此有何评论？\n\n"
               "答：中方注意到荷兰经济大臣卡雷曼斯近日接受媒体采访的相关言论。中方对这种混淆是非、颠倒黑白、一意孤行的言论表示极度失望和强烈不满。"
               "这场半导体供应链危机带给全世界的深刻教训是，不能强行用行政手段不当干预企业经营。\n")
    got = sources_in_text(tmp_path, article, "2025-11-20", "article.md")
    assert source_of(got, "中方对这种") == "商务部"
    assert source_of(got, "这场半导体") == "商务部"
