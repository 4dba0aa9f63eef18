"""Named sources, round 13: the person test (zhnews.claims.persons) and the shapes it and the round's rules read,
each shape quoted from the seen article it comes from (split / file), the expected source read off by hand."""

from pathlib import Path

from zhnews import claims
from zhnews.claims import persons
from zhnews.text import to_simplified
from test_claims_sources10 import sources_of

EXTRA = Path(__file__).parent / "data" / "extra"


def people_in(sentence: str) -> list[str]:
    """The persons the test finds in one sentence, with the claims stage's own lexicons."""
    tokens = claims.cues.tokens_with_offsets(to_simplified(sentence))
    return [name for _, name in persons.person_names(tokens, claims.cues.is_person_title,
                                                      frozenset(e.cue for e in claims.cues.entries("say_verb")),
                                                      claims.cue_words("organisation_suffix"))]


def source_of(sentence: str) -> str:
    return claims.tag_sentence(to_simplified(sentence)).source


def test_a_transliterated_name_jieba_cuts_in_pieces_is_one_person():
    # fresh11 382_json_guanchazhewang_ukraine_melnyk_china_mediation.json: jieba reads 梅尔/nr 尼克/nrt
    assert people_in("此外，梅尔尼克还提到了乌方的“底线”。") == ["梅尔尼克"]
    # fresh11 384_md_shangwubu_nexperia_netherlands_minister_response.md: 卡/n 雷曼/nr 斯/nr
    assert "卡雷曼斯" in people_in("荷兰经济大臣卡雷曼斯11月13日接受英国《卫报》采访")
    # fresh8 335_sogouc_us_japan_korea_triangle_alliance_gb18030.txt: 伯韦尔/nr ·/x 贝尔/nr, joined by the dot
    assert "伯韦尔·贝尔" in people_in("在同一场合作证的驻韩美军司令伯韦尔·贝尔透露出同样的信息。")


def test_a_country_before_a_title_is_not_glued_to_the_name_after_it():
    assert people_in("乌克兰副外长梅尔尼克") == ["乌克兰", "梅尔尼克"]  # 乌克兰 is jieba's own nr, left as it was


def test_a_surname_and_a_given_name_jieba_cuts_apart_is_one_person():
    # fresh11 380_json_renminribao_black_soil_variable_fertilization.json: 李/nr 克东/ns 是…
    assert people_in("李克东是隆源农业服务有限公司农机部门负责人。") == ["李克东"]


def test_a_name_at_the_head_of_an_organisation_is_no_person():
    # fresh11 380: 隆源/nr opens 隆源农业服务有限公司 and comes back alone in 是隆源农业流转后管理的田块
    found = people_in("李克东是隆源农业服务有限公司农机部门负责人，眼前这片试验田，是隆源农业流转后管理的田块。")
    assert "隆源" not in found and "李克东" in found


def test_a_pronoun_after_a_cut_foreign_name_is_the_whole_name():
    # fresh11 382: 梅尔尼克 (cut 梅尔/尼克) speaks, then 他表示 — the source was "梅尔"
    got = sources_of([["“中国虽然有其自身利益所在，”梅尔尼克称，他确信，对整个世界秩序而言，公正的解决方案更符合中国的利益。"],
                      ["此外，梅尔尼克还提到了乌方的“底线”。",
                       "他表示，对乌克兰来说，从被占领土撤出全部俄罗斯军队是一个必要条件。"]])
    assert got[1:] == ["梅尔尼克", "梅尔尼克"]


def test_the_short_name_of_an_organisation_does_not_speak_a_quote():
    # fresh11 380: a whole-sentence quote after 记者来到隆源农业的农机库 was given to "隆源" (a person to jieba)
    got = sources_of([["李克东是隆源农业服务有限公司农机部门负责人，眼前这片试验田，是隆源农业流转后管理的田块。"],
                      ["记者来到隆源农业的农机库，在大农机上找到了答案。"],
                      ["“通过专属软件实时传输，‘处方图’可一键发送至农机上。”"]])
    assert "隆源" not in got[2]


def test_mentioning_verbs_with_le_still_report_words():
    # fresh11 382 and fresh8 335_sogouc_us_japan_korea_triangle_alliance_gb18030.txt: 提到了 + what was mentioned
    assert source_of("此外，梅尔尼克还提到了乌方的“底线”。") == "梅尔尼克"
    assert source_of("贝尔在听证会上提到了三边军事合作的一些动向。") == "贝尔"
    # an act with 了 stays no attribution (宣布了, 公布了 are not in mention_verb)
    assert source_of("龙湖集团公布了2019年中期业绩报告。") == ""


def test_a_surname_and_a_title_jieba_tags_as_a_verb_stay_in_the_source():
    # fresh11 387_qqnews_xinanwanbao_lixin_iou.html: 胡/nr 镇长/v — the source was cut to "宋书记和胡"
    assert source_of("宋书记和胡镇长都表示，他们上任时间虽不长，但已经了解到镇政府存在大量“陈年白条”。").endswith("胡镇长")
    assert source_of("宋书记和胡镇长介绍，每届镇政府都努力结算一批拖欠的政府接待费，但都不能根本结清。").endswith("胡镇长")


def test_a_press_qa_answer_is_the_body_the_question_asks():
    # fresh11 384: 有记者问：… 请问商务部对此有何评论？ ⏎ 答：… — every sentence of the answer is 商务部's
    got = sources_of([["有记者问：荷兰经济大臣卡雷曼斯11月13日接受英国《卫报》采访，谈及安世半导体问题。",
                       "请问商务部对此有何评论？"],
                      ["答：中方注意到荷兰经济大臣卡雷曼斯近日接受媒体采访的相关言论。",
                       "中方对这种混淆是非、颠倒黑白、一意孤行的言论表示极度失望和强烈不满。"],
                      ["中方的立场和态度是一贯的。"]])
    assert got[2:] == ["商务部", "商务部", "商务部"]


def test_a_speech_told_in_the_first_person_goes_on_with_its_speaker():
    # fresh11 395_jsdata_wenzhouren_association_lunar_new_year_gala.js: the president's speech, told without quotes
    # in the first person over two paragraphs; its bodies (同乡总会) are the speech's, no new actor
    got = sources_of([["加拿大温州同乡总会会长朱建国首先致词热烈欢迎嘉宾和乡亲们的到来，他说，今天，我们在温哥华欢聚一堂，"
                       "喜迎2023年新春佳节。",
                       "加拿大是我们的第二故乡。",
                       "我们同乡总会的职责就是尽我们所能服务同乡，让身居加拿大的温州人在有需要、有困难的时候有来自同乡的关怀和互助。",
                       "希望大家多回家坐坐，多参与各种活动。"],
                      ["今天大家欢聚一堂，共度新春，共叙乡情，我心里感到格外的高兴和温暖。",
                       "加拿大温州同乡总会已经走过22个春秋，在历任会长、副会长、理事和老乡的共同努力下，不断发展壮大。"]])
    assert got == ["朱建国"] * 6


def test_a_new_paragraph_in_the_writers_voice_stops_the_speakers_words():
    # the speech carry needs the new paragraph to speak as 我/我们: the writer's narration after it is no one's
    got = sources_of([["加拿大温州同乡总会会长朱建国首先致词热烈欢迎嘉宾和乡亲们的到来，他说，今天，我们在温哥华欢聚一堂，"
                       "喜迎2023年新春佳节。",
                       "加拿大是我们的第二故乡。"],
                      ["晚会开始，全场起立齐唱加中两国国歌。"]])
    assert got[2] == ""


def _swept_sentence(name: str, opening: str) -> str:
    """The sentence of a swept excerpt (tests/data/extra/, provenance in tests/data/SOURCES.tsv) that holds ``opening``."""
    line = (EXTRA / name).read_text(encoding="utf-8")
    start = line.rfind("。", 0, line.index(opening)) + 1
    return line[start:line.index("。", line.index(opening)) + 1].strip()


def test_when_clauses_and_statements_issued_are_no_part_of_the_speaker():
    # round-13 sweep of hkarchivist/hkcnews-article-archive: 陳離開法院時表示 (a when-clause), 政府發聲明指 (the act of
    # issuing a statement), 據聞政府認為 (據聞, "reportedly") stood between the speaker and the verb
    assert source_of(_swept_sentence("sweep13_hkcnews_leaving_court.md", "陳離開法院時")) == "陈"
    assert source_of(_swept_sentence("sweep13_hkcnews_statement_issued.md", "政府發聲明指")) == "政府"
    assert source_of(_swept_sentence("sweep13_hkcnews_reportedly.md", "據聞政府認為")) == "政府"


def test_a_name_with_a_glued_adverb_is_the_name_the_article_writes_alone():
    # fresh10 371_infzm_nanfangzhoumo_yibin_bus_fire.html: jieba reads 李新正 (nrfg) in 李新正这么想 ("李新 was just
    # thinking so"); the article also writes 李新 alone (李新看到一个小女孩…), so the speaker is 李新
    got = sources_of([["此时在车厢外，51岁的建筑工人李新正好路过。"],
                      ["“糟了，车门坏了。”", "李新正这么想，咔一声，门开了。"],
                      ["乘客一个劲往外冲，空气中散发着浓重的汽油味，李新看到一个小女孩用手摸着自己的胳膊。"]])
    assert "李新正" not in got and got[1] == "李新"


def test_a_commentary_question_after_a_person_named_is_the_writers_not_a_speech():
    # fresh9 342_wechat_xiaodaoxiaoxi_wang_lin_wu_xiaobo.md: the commentator names 「巴久灵」 (the person a 他 is read
    # as), then opens the next paragraph with a question in 我们: the writer's argument, no speech carried
    got = sources_of([["吴的文章里传递出一种非常糟糕的价值观。",
                       "这样的价值观，传递给「巴久灵」(他口中的 80、90 群体)的读者，是不是有些拧巴?",
                       "你还是去给企业家也文章算了。"],
                      ["为什么我们应该警惕一些「精英人士」的反智行为?",
                       "因为这些人给社会带来的极坏的示范作用。"]])
    assert got[3:] == ["", ""]
