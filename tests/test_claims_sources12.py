"""Named sources, round 12: speakers whose names jieba cuts apart or tags as something else, each shape quoted
from the seen article it comes from (split / file), the expected source read off by hand against the article."""

from zhnews import claims
from zhnews.text import to_simplified
from test_claims_sources10 import sources_of


def source_of(sentence: str) -> str:
    """The source ``tag_sentence`` reads in one sentence (analysed in simplified script, as the claims table does)."""
    return claims.tag_sentence(to_simplified(sentence)).source


def test_a_transliterated_name_opening_a_sentence_before_shuo_is_its_source():
    # fresh10 375_csv_chinatimes_cna_european_parliament_ukraine_zh-hant.csv: jieba cuts 梅/特索/拉 (拉 a verb)
    assert sources_of([["梅特索拉說，歐洲議會將會為烏克蘭留一個發聲管道可以向全世界發送訊息，承諾歐洲議會將是烏克蘭的盟友。"]]) \
        == ["梅特索拉"]


def test_discourse_markers_and_a_pronoun_opening_with_shuo_are_no_source():
    # the opening-said shape must not read 比方说 (fresh10 374), 可以说 or a time before 我 (fresh6 260) as a speaker
    assert source_of("比方說，若能提前知道某高致災區附近都是狹小巷弄，救災時就可以派比較靈巧的小型機具去現場。") == ""
    assert source_of("可以说，这是历史上首次有俄军士兵在机器人面前投降。") == ""
    assert "上一期" not in source_of("上一期我还说，人民防疫，归根结底还是人民出钱，不是加税就是发国债，用以后的税收还。")
    # fresh10 371: 小女孩哭着说 — the manner (哭着) is not part of the name, and the token rules find no name here
    assert "哭着" not in source_of("小女孩哭着说：“叔叔，好痛啊。”")


def test_a_surname_alone_is_the_person_named_before_with_it():
    # fresh10 376_json_appledaily_hk_court_supporters_zh-hant.json: 錢志健 named first, then 錢指， and
    # 本身在對沖基金工作的錢指，(a relative clause before the surname)
    got = sources_of([["《蘋果》財經版專欄作者錢志健昨晨到庭支持，他指《蘋果》高層被捕事件會將香港「殺死」，質疑當局已不容不同聲音。"],
                      ["本身在對沖基金工作的錢指，《蘋果》是香港的指標，如果「夾硬嚟」，等於沒有一國兩制，外國投資者會要走就走。",
                       "錢指，有外國投資者已在考慮8月1日離開，「今日你搞《蘋果》，有邊個仲會做？」"]])
    assert got == ["錢志健", "錢志健", "錢志健"]


def test_a_surname_alone_takes_the_name_given_most_not_a_miscut_one():
    # fresh7 301_mingpao_gangnan_indecent_assault_trial_big5.htm: 劉 (jieba: zg) before 聲稱 is 劉定成, named three
    # times before; 劉以 is jieba's cut of 劉以菲林相機拍攝 in the sentence just before
    got = sources_of([["男藝員昨日出庭頂證被控非禮及刑事恐嚇罪的劉定成。",
                       "首被告劉定成（62歲）昨於法院否認非禮兼職模特兒A（33歲）和獲獎的「港男」B（30歲）。",
                       "B兩日後收到來電，便身穿背心與劉定成同往跑馬地一個300多呎單位拍照。",
                       "兩小時「試鏡」中，劉以菲林相機拍攝，首先拍大頭照，後來要B脫去上衣，更拿出T-back內褲。",
                       "B穿上後，劉聲稱「角度唔啱」，用手擺動並觸及B的下體。"]])
    assert got[-1] == "劉定成"


def test_the_last_character_of_a_name_jieba_reads_as_a_verb_stays_in_the_name():
    # fresh7 303_mingpao_liza_wang_mansion_price_big5.htm: 王國 (a place to jieba) + 興 (a verb) 認為
    assert source_of("對於「1元車位」合約註明因汪明荃願意支付尾數，才獲提供1元車位，王國興認為，此理由甚為牽強。") == "王国兴"
    # fresh7 309_appledaily_tw_beijing_sars_leisure_zh-hant.json: 迪里夏 + 提 (a verb) 指出
    assert source_of("疆獨組織東土發言人迪里夏提指出，新疆自治區政府至少向中國政府隱瞞了三起SARS病例。").endswith("迪里夏提")


def test_a_bare_title_before_a_name_is_part_of_the_named_source():
    # fresh7 303: 律師黃國桐亦表示 was "(unnamed: 律师)黄国桐", a marker glued to a name
    assert source_of("律師黃國桐亦表示，這種做法或有扭曲樓價之嫌，奈何法例暫無法規管這類行為，屬灰色地帶。") == "律师黄国桐"


def test_a_manner_word_between_the_speaker_and_the_verb_is_not_the_speaker():
    # fresh9 355_csv_jiqizhixin_randy_schekman_interview.txt: 这么 (and 却不) before 认为
    assert source_of("然而，Randy却不这么认为。") == "Randy"
    # fresh9 342_wechat_xiaodaoxiaoxi_wang_lin_wu_xiaobo.md: 自己 after the surname
    assert source_of("吴的父亲当年就曾搞过「气功研究」，后来变成个练气功的，吴自己说「因这一段渊源，我对气功之事，从来怀有敬畏。」") == "吴"


def test_praise_threat_and_description_verbs_name_their_speaker():
    # fresh7 302_ifeng_guancha_duterte_chinese_work_ethic.html (称赞), tune 231_singtao_us_tariff_25pct_zh-hant.html
    # (威脅), fresh6 267_ftchinese_siemens_alstom_merger_veto.html (形容)
    assert source_of("在菲律宾就业不足率下降至十多年来的最低点后，菲总统杜特尔特10日称赞中国的经济发展和中国人民的工作态度。") \
        .endswith("杜特尔特")
    assert source_of("特朗普曾威脅向兩千億美元中國商品，加徵一成關稅。") == "特朗普"
    assert source_of("布鲁诺•勒梅尔(Bruno Le Maire)形容维斯特格的决定“是一个错误”。") == "布鲁诺•勒梅尔"
    # the nouns are no attribution
    assert source_of("这构成严重威胁。") == "" and source_of("这种情况难以形容。") == ""


def test_an_adverb_after_a_bare_title_is_no_name():
    # fresh8 335_sogouc_us_japan_korea_triangle_alliance_gb18030.txt: 公开 starts with a surname (公) but is the manner
    # of 表示; the expert stays unnamed
    assert source_of("日前有消息传出，韩国正在考虑购买俄罗斯的武器，有韩国军事专家公开表示，此举有防范日本之意。") \
        == "(unnamed: 有韩国军事专家)"


def test_a_handle_in_quotes_after_its_kind_is_the_speaker():
    # fresh9 346_cyol_cyd_zhuhuaxin_rumors_commentary_gb2312.html: 网友“叶子飞扬”惊呼： — the quotes hold the name
    assert source_of("网友“叶子飞扬”惊呼：山寨局长真是一个“天才”骗子，他抓住了中国社会最有效的潜规则。") == "网友“叶子飞扬”"
    assert source_of("另一位网友“高知阳”提出：利用信息技术，监管为官者，让违反政纪党纪的遁地无门。").endswith("网友“高知阳”")


def test_an_abbreviated_body_names_someone():
    # fresh7 315_mohu_chinaworker_hkptu_collapse.html: 中共 (jieba: j, an abbreviation) before 指控, a verb that needs
    # an actor
    assert source_of("运用典型的“境外势力煽动”宣传，中共指控教协煽动其会员和香港学生反抗独裁统治。") == "中共"


def test_in_whose_words_is_the_person_not_the_clause_before():
    # fresh9 342_wechat_xiaodaoxiaoxi_wang_lin_wu_xiaobo.md: 这些人组成了吴口中的「精英人士」 — 吴 (the surname alone,
    # resolved to 吴晓波 in the article), not "这些人组成了吴"; (他口中的…) inside brackets is 他, not the words before
    assert source_of("落马的贪腐官员、文化程度不高知名度高的演艺明星，求神拜佛的互联网首富们，这些人组成了吴口中的「精英人士」。") == "吴"
    assert source_of("这样的价值观，传递给「巴久灵」(他口中的 80、90 群体)的读者，是不是有些拧巴?") == "他"


def test_having_ones_own_view_before_a_quote_is_the_persons():
    # fresh8 322_youth_rmrbhwb_overseas_students_two_sessions.html: 卢宇有着自己的看法，“…” — 卢宇, not 卢宇有着
    assert source_of("对此提案，卢宇有着自己的看法，“百花齐放的局面固然可喜，但也不能一哄而上，国家应该提高行业准入门槛。”") == "卢宇"
