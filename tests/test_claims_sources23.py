"""Named sources, round 23 (sources23), by construction:
* a title alone (總統, 市长, 校长) that speaks after the article has written it next to one person's name
  (蔡英文總統 … 總統致詞表示) is that person: a person speaking, whose words go on in the paragraph;
* say-verbs of the reference lists of Chinese reporting verbs (言说动词) the cues lacked: 断言, 阐述, 澄清, 反驳, 驳斥,
  敦促, 转述 …, and the Taiwan and Hong Kong press's 直批, 痛批, 回呛, 示警 … (claim_cues.tsv ``say_verb``, needs_actor:
  only when the clause names someone);
* a pronoun's antecedent written in Latin letters spaced from the Chinese (Andrej Karpathy 又发了…), or a name glossed
  at once by its Latin original in brackets (布伦南（Jason Brennan）).
The real sentences come from the seen splits (provenance in data/eval/<split>/SOURCES.tsv); the others are made-up
variants of the same shapes (other names, titles, verbs, word order, Traditional characters) and near-misses the rules
must leave alone."""

from article_sources import source_of, sources_in_text


def test_reporting_verbs_of_the_reference_lists(tmp_path):
    article = ("标题\n\n"
               # fresh19 600_wechat_haiwaidujiaoshou_langchain_long_horizon_agents (a source's own verb, 断言)
               "红杉资本合伙人黄素妮在文章中断言，AGI就是把事情搞定。\n\n"
               # made-up variants: other speakers and verbs, a Traditional form
               "外交部发言人汪文斌驳斥，美方的说法毫无根据。\n\n"
               "杭州市政府澄清，网传消息不实。\n\n"
               "被告李明駁斥，他當晚不在現場。\n\n"
               "律师张伟反驳说，证据不足以定罪。\n\n"
               "美国国务院敦促，各方保持克制。\n\n"
               # near-misses: nothing said (a negation), a name whose last character a left-out verb (坚称) would take
               "该公司既未澄清也未回应。\n\n"
               "赵立坚称，美方的图谋绝不会得逞。\n\n"
               "澄清事实需要时间。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "红杉资本合伙人黄素妮") == "红杉资本合伙人黄素妮"
    assert source_of(got, "外交部发言人汪文斌驳斥") == "外交部发言人汪文斌"
    assert source_of(got, "杭州市政府澄清") == "杭州市政府"
    assert source_of(got, "被告李明駁斥") in ("被告李明", "李明")
    assert source_of(got, "律师张伟反驳说") == "律师张伟"
    assert source_of(got, "美国国务院敦促") == "美国国务院"
    assert source_of(got, "该公司既未澄清也未回应") == ""
    assert source_of(got, "赵立坚称") != "赵立"
    assert source_of(got, "澄清事实需要时间") == ""


def test_reporting_verbs_of_the_taiwan_and_hong_kong_press(tmp_path):
    article = ("標題\n\n"
               # made-up variants of the Taiwan and Hong Kong press's verbs (fresh19 614, fresh18 575's outlets write so)
               "國民黨團痛批，行政院的預算編列失當。\n\n"
               "柯文哲回嗆，他從來沒有說過這句話。\n\n"
               "台北市警察局示警，近期詐騙案件明顯增加。\n\n"
               "立法委員林志明怒斥，政府的說明完全不能接受。\n\n"
               # near-misses: the verb as a noun with no one before it, a verb of one character that is not a cue alone
               "痛批的聲浪至今不斷。\n\n"
               "他把桌上的文件批了一遍。\n")
    got = sources_in_text(tmp_path, article, "2024-06-14")
    assert source_of(got, "國民黨團痛批") == "國民黨團"
    assert source_of(got, "柯文哲回嗆") == "柯文哲"
    assert source_of(got, "台北市警察局示警") == "台北市警察局"
    assert source_of(got, "立法委員林志明怒斥") in ("立法委員林志明", "林志明")
    assert source_of(got, "痛批的聲浪") == ""
    assert source_of(got, "他把桌上的文件") == ""
