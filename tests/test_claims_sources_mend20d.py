"""Named sources, round 20 mend (mend20d): a source string never carries what the clause reader did not take for a
break: an ASCII double quote left open before the speech tag (…职业，"他写道), an escaped line break or space (\\n,
\\u3000, doubled when a notebook's JSON held a scraper's string). Each expected source read off the article by hand;
the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

from article_sources import source_of, sources_in_text

from zhnews.claims.cues import clean_source
from zhnews.claims import tag_sentence


def test_an_ascii_quote_closing_before_the_speech_tag_is_no_part_of_the_speaker():
    # fresh19 602_wechat_infoq_karpathy_claude_coding (maxzyma/articleread): the quote closes with ASCII ",
    # then 他写道; the source was '"他' (junk), it is the pronoun
    assert tag_sentence('每个人都得自己摸索该怎么握住它、怎么操作它，而与此同时，一场 9 级地震正在撼动整个职业，"他写道。').source == "他"
    assert clean_source('"他') == "他"
    # a quoted name keeps its pair of quotes
    assert clean_source('"一带一路"研究院') == '"一带一路"研究院'


def test_the_pronoun_after_an_ascii_quote_is_the_speaker_named_before(tmp_path):
    # A FreeBuf article, 《CISO面临的首要网络攻击目标与新兴风险载体》 (2026-02-11, a WeChat post archived as Markdown
    # from Doonsec's feed): every quotation is in ASCII quotes, the speaker after it
    article = ("CISO面临的首要网络攻击目标与新兴风险载体\n\n"
               '"开发者经常从公共注册表拉取代码、安装第三方依赖项、授予自动化广泛权限，并发布下游系统绝对信任的构件，"'
               "应用安全公司Black Duck的高级研发经理Christopher Jess表示。\n\n"
               '"攻击者正通过左移到开发者工具链来利用这一现实——污染开源软件包、注册拼写错误的流行库、向IDE市场发布恶意扩展，'
               '以及瞄准构建系统，在那里一个被入侵的流水线可能影响每个环境，"他补充道。\n\n'
               '"恶意软件包可能被植入隐蔽后门，然后通过伪造维护者消息、紧急安全修复拉取请求或冒充可信协作者等令人信服的方式加速传播，"'
               "Jess解释道。\n")
    got = sources_in_text(tmp_path, article, "2026-02-11", "article.md")
    assert source_of(got, '"恶意软件包可能') == "Jess"  # was '"Jess'
    # (他补充道 is no longer '"他'; which name it stands for is left to the pronoun reader, which does not yet read
    # ASCII quotes as a quotation and may take a word inside it)
    assert not any('"' in source for source in got.values())


def test_escaped_line_breaks_and_spaces_inside_a_clause_are_breaks():
    # fresh19 614_ipynb_hk01_gyukaku_receipt_consumption_winter (wkchiuea/NewsAggregatorHK-python): the notebook's
    # JSON holds a scraper's string, so paragraphs are joined by \\n (backslash, backslash, n) and a subhead's
    # two halves by \\u3000; the subhead runs into the paragraph after it
    assert tag_sentence(r"\\n\\n黃傑龍在《香港01》電話訪問中表示，現時香港進入消費寒冬，收到客人消費4萬多元的單據已讓他感到雀躍。").source == "黃傑龍"
    assert tag_sentence(r"\\n3、4月為餐飲業淡季\\u3000黃傑龍料結業潮持續一段時間\\n黃傑龍指出，即使疫情已過，"
                        r"但香港飲食零售業的消費力仍「好疲弱」。").source == "黃傑龍"
    assert clean_source(r"為餐飲業淡季\u3000黃傑龍") == "黃傑龍"
    # fresh14 483 (seen split): the single escape opening a paragraph is still dropped
    assert tag_sentence(r"\n\n美国心脏协会在当日发表的第一份声明中表示，女性应仔细考虑任何可能伤害心脏的疗法。").source == "美国心脏协会"


def test_a_text_of_rules_named_by_its_kind_alone_opening_the_sentence_is_the_source(tmp_path):
    # fresh19 630_html_gb2312_people_anhui_sifating_xunjie_yujing (人民网): after 《领导干部廉洁自律预警告诫工作暂行办法》
    # the article says 办法提出 / 办法规定 / 办法同时明确了; 办法 was read as a rule followed (按照…办法), no one's words
    article = ("安徽省司法厅出台领导干部廉洁自律预警告诫办法\n\n"
               "安徽省司法厅日前出台《领导干部廉洁自律预警告诫工作暂行办法》，以加强对司法行政系统领导干部的监督管理，完善惩治和预防腐败体系。\n\n"
               "办法提出，开展领导干部廉洁自律预警告诫工作，旨在对反映领导干部廉洁自律问题的来信来访、社会舆论和群众意见澄清情况；"
               "对发现苗头性、倾向性问题的领导干部，及时警示提醒、训诫纠错，逐步建立起集提醒防范、动态监督和保护挽救于一体的干部监督机制。\n\n"
               "办法规定，今后省司法厅纪检监察部门对于违背道德规范、群众反映强烈或搞华而不实的形象工程、用人失察失误或不严格执行党风廉政建设责任制，"
               "单位考核为差档次、个人考核为不满意等9种情形，将进行训诫纠错。诫勉纠错对象在整改期限内不得评优评先，并暂缓提拔使用。\n\n"
               "办法同时明确了包括信访举报、案件查办、巡视、干部考核、行政监察、警务督察、审计、执法监督、新闻媒体披露等渠道在内的多种线索来源。\n")
    got = sources_in_text(tmp_path, article, "2013-01-01")
    assert source_of(got, "办法提出") == "办法"
    # a clause inside the provision (…群众反映强烈) is its content, not the speaker
    assert source_of(got, "办法规定") == "办法"
    assert source_of(got, "诫勉纠错对象") == "办法"  # the provision after it in its paragraph (_carry_provisions)
    assert source_of(got, "办法同时明确了") == "办法"


def test_a_programme_named_by_its_kind_alone_is_the_source():
    # tune 21_sogou_xinjingbao_medical_insurance (新京报 via 搜狗, seen split): after 《关于批转社会保障“十二五”规划纲要的通知》
    assert tag_sentence("纲要还提出“十二五”期间，我国将研究弹性延迟领取养老金年龄的政策。").source == "纲要"
    # after 按照 the same kind of word is a rule followed, no one's words
    assert tag_sentence("按照办法，开展领导干部廉洁自律预警告诫工作。").source in ("", "(unnamed: 办法)")
