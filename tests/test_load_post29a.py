"""Round 29 (post29a): the loader's misses on fresh32 (940-949, SIGHAN 2005 test texts: 人民日报 reports in GB2312,
one paragraph per line, headline lines first).

* A 人民日报 lead glued to the first sentence names its reporter: ``本报北京1月2日讯记者田俊荣报道：…`` (945; fresh14
  461's ``本报北京７月１５日讯  记者李新彦、黄振中报道：``) is cut off whole and its reporters are the author, a
  通讯员 is not; ``本报讯记者胡果从国家民委获悉，…`` (943) loses only ``本报讯`` (the sentence goes on with its
  reporter, body as the gold has it) and 胡果 is the author. A dateline with no reporter after it
  (``本报3月6日讯 说起李阳…``, fresh10 372) and a sentence naming no reporter (``记者今天从…获悉``) stay as they are.
* ``（本报加拉加斯电）`` glued after the last sentence (944) is chrome: the paper's dateline closing the story.
* An editor's note on the line it opens, above the dateline (``编者按：…``, 945, three sentences; fresh2 85) is chrome
  whole; one quoted further down the story stays body.

The quoted lines are the articles' as written; the other texts are made up in the same shapes, with near-misses that
must not change.
"""

from conftest import body, load_text, role_holding, role_of

HEADLINE = "政策性经营性目标实现双赢开行不良资产下降三分之二"
DECK = "人均利润列国内各银行之首"
FIRST = "国家开发银行行长陈元透露，为了迎接加入WTO的挑战，开发银行最近提出了与国际接轨的8条标准。"
SECOND = "这是开发银行在积极支持经济增长的同时，不断改善经营状况的一个缩影。"
THIRD = "近两年来，国家开发银行在积极完成政策性金融业务的同时，明确了政策性银行的市场定位。"
NOTE = ("编者按：1994年，我国成立了三家政策性银行：国家开发银行、中国农业发展银行和中国进出口银行，"
        "分别承担国家重点建设项目融资、粮棉收购贷款和进出口贸易政策性融资的任务。"
        "政策性银行在运营过程中，普遍遇到这样的问题：如何在贯彻国家政策意图的同时，注重经营效益。"
        "在这一方面，国家开发银行的成功经验值得借鉴。")


def rmrb(tmp_path, lines, name="rmrb.txt"):
    """One article as the SIGHAN 2005 pku_test slices have it: GBK, a line a paragraph, the headline first."""
    return load_text(tmp_path, name, "\n".join(lines) + "\n", encoding="gbk")


# ------------------------------------------------------------------- the lead that names the reporter


def test_a_dated_lead_with_reporter_and_baodao_is_cut_off_and_names_the_author(tmp_path):
    # fresh32 945 as written
    lead = "本报北京1月2日讯记者田俊荣报道："
    article = rmrb(tmp_path, [HEADLINE, DECK, lead + FIRST, SECOND, THIRD])
    assert role_of(article, lead)[0] == "byline"
    assert article.meta["author"] == "田俊荣"
    assert body(article)[0] == FIRST


def test_two_reporters_in_the_lead_are_both_authors_a_correspondent_is_not(tmp_path):
    # fresh14 461's shape (full-width digits, two names); the 通讯员 variant is made up
    article = rmrb(tmp_path, [HEADLINE, "本报北京７月１５日讯  记者李新彦、黄振中报道：" + FIRST, SECOND, THIRD])
    assert article.meta["author"] == "李新彦、黄振中"
    article = rmrb(tmp_path, [HEADLINE, "本报杭州3月2日讯 记者王海明 通讯员李强报道：" + FIRST, SECOND, THIRD], "b.txt")
    assert article.meta["author"] == "王海明"
    assert body(article)[0] == FIRST


def test_a_correspondent_alone_in_the_lead_is_cut_off_and_names_no_author(tmp_path):
    article = rmrb(tmp_path, [HEADLINE, "本报讯 通讯员李强报道：" + FIRST, SECOND, THIRD])
    assert article.meta["author"] is None
    assert body(article)[0] == FIRST


def test_the_bare_dateline_before_a_reporter_who_learnt_the_news_is_cut_off_and_names_him(tmp_path):
    # fresh32 943 as written: only 本报讯 is chrome, the sentence with its reporter is body
    sentence = "记者胡果从国家民委获悉，2000年是“九五”最后一年，民族地区各项经济建设事业蓬勃兴旺。"
    article = rmrb(tmp_path, ["民族地区经济发展事业兴旺", "去年GDP同比增长百分之八点五，继续高于全国增速",
                              "本报讯" + sentence, SECOND, THIRD])
    assert role_of(article, "本报讯")[0] == "byline"
    assert article.meta["author"] == "胡果"
    assert body(article)[0] == sentence


def test_a_dated_dateline_and_a_three_character_reporter_who_learnt_it_from_somewhere(tmp_path):
    sentence = "记者王海明从省统计局了解到，今年前三季度全省工业增加值同比增长百分之九。"
    article = rmrb(tmp_path, [HEADLINE, "本报南京10月8日讯 " + sentence, SECOND, THIRD])
    assert article.meta["author"] == "王海明"
    assert body(article)[0] == sentence


def test_near_misses_a_dateline_naming_no_reporter_stays_whole(tmp_path):
    # fresh10 372's 本报3月6日讯 说起李阳… (body in its gold); 记者今天从…获悉 names no one
    for i, lead in enumerate(["本报3月6日讯 说起李阳，耳畔似乎就会响起他那口纯正的英语。",
                              "本报讯 记者今天从市公安局获悉，全市上半年刑事案件同比下降一成。",
                              "本报讯 记者从市公安局获悉，全市上半年刑事案件同比下降一成。"]):
        article = rmrb(tmp_path, [HEADLINE, lead, SECOND, THIRD], f"n{i}.txt")
        assert article.meta["author"] is None
        assert body(article)[0] == lead


# ------------------------------------------------------------------- the closing dateline


def test_a_bracketed_dateline_glued_after_the_last_sentence_is_chrome(tmp_path):
    # fresh32 944: …运河的扩建和现代化等。（本报加拉加斯电）
    last = "会带动经济增长，如将建设运河上的第二座大桥、运河的扩建和现代化等。"
    article = rmrb(tmp_path, ["巴拿马经济喜中有忧", FIRST, SECOND, THIRD, last + "（本报加拉加斯电）"])
    assert role_holding(article, "（本报加拉加斯电）")[0] != "body"
    assert body(article)[-1] == last
    assert article.meta["outlet"] is None and article.meta["author"] is None


def test_a_dated_closing_dateline_is_chrome_a_bracket_naming_more_is_not_this_rule(tmp_path):
    last = "这些措施预计明年见效。"
    article = rmrb(tmp_path, [HEADLINE, FIRST, SECOND, THIRD, last + "（本报东京5月3日电）"])
    assert body(article)[-1] == last
    # near-miss: a bracketed aside in the last sentence that is no dateline stays body
    aside = "这些措施预计明年见效（本报将继续关注）。"
    article = rmrb(tmp_path, [HEADLINE, FIRST, SECOND, THIRD, aside], "b.txt")
    assert body(article)[-1] == aside


# ------------------------------------------------------------------- the editor's note


def test_an_editors_note_line_above_the_dateline_is_chrome_whole(tmp_path):
    # fresh32 945 as written: three sentences on the line 编者按： opens
    article = rmrb(tmp_path, [HEADLINE, DECK, NOTE, "本报北京1月2日讯记者田俊荣报道：" + FIRST, SECOND, THIRD])
    assert role_of(article, NOTE)[0] == "boilerplate"
    assert body(article) == [FIRST, SECOND, THIRD]
    assert article.meta["title"] == HEADLINE


def test_an_editors_note_in_traditional_script_and_a_short_one_are_chrome(tmp_path):
    note = "編者按：本報今起推出系列報道，探討本港樓市走向，敬請讀者垂注。"
    lines = ["本港一手新盤昨日開售，首批單位半日內售出八成。", "發展商表示，下周將再推出一百個單位。",
             "業界預期，明年樓價仍會溫和上升，升幅約為百分之五。"]
    article = load_text(tmp_path, "hk.txt", "\n".join(["樓市新盤開售", note, *lines]) + "\n", encoding="big5hkscs")
    assert role_of(article, note)[0] == "boilerplate"
    assert body(article)[0] == lines[0]


def test_near_miss_an_editors_note_quoted_inside_the_story_stays_body(tmp_path):
    quoted = "该报在编者按中写道，这组报道历时三个月完成。"
    article = rmrb(tmp_path, [HEADLINE, FIRST, SECOND, quoted, THIRD])
    assert quoted in body(article)
