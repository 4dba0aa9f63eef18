"""Named sources, mend of round 10: the shapes of fresh9's source misses (a manner adverb read as the source, an
interview's speaker label after unlabelled questions, a document as the subject of a provision), each cut small
from the fresh9 article it comes from (provenance in data/eval/fresh9/SOURCES.tsv), the source read off by hand."""

from zhnews import claims
from test_claims_sources10 import sources_of


def test_a_manner_adverb_is_no_source_and_he_stands_for_the_person_before():
    # fresh9 355_csv_jiqizhixin_randy_schekman_interview.txt: 直言不讳地 (how he published) was read as the source
    # of 发表文章, and 他认为 of the next paragraph then stood for it
    got = sources_of([["Randy Schekman是2013年诺贝尔生理学或医学奖得主，获奖原因是他对细胞膜传输的研究。",
                       "他除了对待科学严谨认真之外，还直言不讳地在《卫报》上发表文章，直指《Nature》、《Science》和《Cell》三大期刊。"],
                      ["当被问到最希望对中国的年轻人以及学生学者分享和传达些什么的时候，Randy鼓励热爱科学的年轻人追求自己的梦想。",
                       "他认为，如果你拥有科学梦，那么一定要独立地去研究，而不只是完成老师交给的任务。"]])
    assert "直言不讳" not in "".join(got)
    assert got[3] == "Randy"
    # the same manner after a name: the name stays (same article, 2013年12月，Randy在《卫报》上发表了一篇文章…)
    assert claims.tag_sentence("Randy还直言不讳地在《卫报》上发表文章，直指三大期刊。").source == "Randy"


def test_an_answer_labelled_with_a_name_after_an_unlabelled_question_is_that_persons():
    # fresh9 355_csv_jiqizhixin_randy_schekman_interview.txt: the Guardian's numbered questions, each answered by
    # "Randy Schekman：" (an escaped &nbsp; before some labels), the answer going on to the next question
    got = sources_of([["2，你相信上帝吗？", "&nbsp;Randy Schekman：不。", "但我尊重其他人对上帝的信仰，尤其是他们不将自己的信仰强加于人时。",
                       "我强烈地支持政教分离。", "3，哪一本科学类书籍是人人都应该读的？"],
                      ["Randy Schekman：我妻子患有痴呆。", "所以，在帕金森病方面的突破将极大地改变我的日常生活。"]])
    assert got == ["", "Randy Schekman", "Randy Schekman", "Randy Schekman", "", "Randy Schekman", "Randy Schekman"]


def test_a_name_and_a_colon_after_no_question_is_a_profile_not_an_answer():
    # fresh5 157_wechat_jiqizhixin_cartesia_mamba_funding.md: an adviser listed with what he is, no one speaking
    texts = ["Cartesia 也有一个相当厉害的顾问团队。",
             "Tri Dao：Together AI 首席科学家、普林斯顿大学计算机科学助理教授、Flash Attention 提出者、Mamba 的另一位作者。"]
    assert [s for s, _ in claims.resolve_sources(texts, [0, 0], ["", ""])] == ["", ""]


def test_a_draft_that_provides_is_the_source_of_its_provision():
    # fresh9 352_json_udn_citizen_judges_draft_zh-hant.json: the draft as the subject of 訂定 / 規範 / 規定, and 依據草案，
    got = sources_of([["草案也訂定保密條款，若國民法官因出庭而知悉秘密、個人隱私，有守密義務。"],
                      ["草案同時規範三大類的消極資格，像褫奪公權、遭羈押或判刑、與被告是配偶關係。"],
                      ["草案規定評議過程為秘密，要判被告有罪，須「包含國民法官和職業法官在內達三分之二以上」同意。"],
                      ["依據草案，在地方法院一審應行參審案類，為最輕本刑為七年以上有期徒刑之罪、故意犯罪因而致人於死者。"]])
    assert got == ["草案"] * 4


def test_a_dash_before_a_speaker_is_no_part_of_the_name():
    # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender.md: the speaker's line set apart by a dash
    assert claims.tag_sentence("——Andrii声称，他来自 Strategy Force Solutions公司。").source == "Andrii"


def test_a_notice_given_in_full_after_its_title_is_its_issuers_words():
    # fresh9 348_xinhuanet_xi_governance_vol3_study_notice.html: 《…的通知》全文如下。 then the notice's own paragraphs
    texts = ["《中央宣传部、中央组织部关于认真组织学习〈习近平谈治国理政〉第三卷的通知》全文如下。",
             "《习近平谈治国理政》第一卷、第二卷出版后，在国内外产生了强烈反响。",
             "各级党组织要精心组织、周密安排，将《习近平谈治国理政》第三卷与第一卷、第二卷作为一个整体。"]
    got = claims.resolve_sources(texts, [0, 1, 2], ["", "", ""])
    assert [s for s, _ in got] == ["", "中央宣传部; 中央组织部", "中央宣传部; 中央组织部"]


def test_a_speaker_and_their_verb_before_a_colon_is_no_label():
    # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender.md: 最后乌军声称： was read as a label, verb and all
    assert claims.tag_sentence("最后乌军声称：这是现代战争中，首个经过确认的完全由无人平台实施的突击行动。").source == "乌军"
