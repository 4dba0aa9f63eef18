"""Named sources, round 20 mend (mend20d): a source string never carries what the clause reader did not take for a
break: an ASCII double quote left open before the speech tag (…职业，"他写道), an escaped line break or space (\\n,
\\u3000, doubled when a notebook's JSON held a scraper's string). Each expected source read off the article by hand;
the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

from article_sources import source_of, sources_in_text

from zhnews.claims import clean_source, tag_sentence


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
