"""Named sources, round 11: a source carried into the sentences after it by the written convention
(data/eval/SOURCES_CONVENTION.md), each shape quoted from the seen article it comes from (split / file), the
expected source read off by hand."""

from zhnews import claims
from test_claims_sources10 import sources_of


def test_a_country_as_a_side_goes_on_with_the_person_speaking_for_it():
    # fresh9 357_txt_xinhua_rmrb_nyusi_yang_jiechi_maputo.txt: 中方… after 杨洁篪说, 莫方… after 纽西表示, each in the
    # speaker's paragraph (convention (d): the speaker's side as subject is no new actor); 纽西总统 makes 纽西 (a place to
    # jieba) a person
    got = sources_of([["当地时间7月4日，莫桑比克总统纽西在马普托会见中共中央政治局委员、中央外事工作委员会办公室主任杨洁篪。"],
                      ["杨洁篪转达习近平主席对纽西总统的亲切问候。",
                       "杨洁篪说，中莫在反帝反殖斗争中结下了深厚传统友谊。",
                       "中方愿继续支持莫方抗击自然灾害和新冠疫情，进一步开展文化交流。"],
                      ["纽西请杨洁篪转达对习近平主席的诚挚问候，祝贺中国共产党成立101周年。",
                       "纽西表示，莫中两党两国传统友好，合作富有成效，是彼此信赖的好伙伴。",
                       "莫方衷心感谢中方长期以来积极支持莫经济社会发展，全力支持莫方抗击疫情。"]])
    assert got[:4] == ["", "杨洁篪", "杨洁篪", "杨洁篪"]
    assert got[5:] == ["纽西", "纽西"]


def test_a_side_with_no_one_speaking_in_its_paragraph_has_no_source():
    # the same article's sentence set after a narrated meeting (no speech verb in the paragraph): the writer's
    got = sources_of([["当地时间7月4日，莫桑比克总统纽西在马普托会见杨洁篪。",
                       "中方愿继续支持莫方抗击自然灾害和新冠疫情，进一步开展文化交流。"]])
    assert got == ["", ""]


def after_lead_in(texts: list[str], para_ids: list[int], speaker: str) -> list[tuple[str, str]]:
    """(source, how) of each sentence when only the first, the lead-in ending in a colon, names ``speaker``."""
    return claims.resolve_sources(texts, para_ids, [speaker] + [""] * (len(texts) - 1))


def test_a_lead_in_colon_carries_over_the_paragraphs_it_introduces():
    # fresh6 262_ruanyifeng_xinwen_mine_flood.rst: a netizen's comment introduced by 披露了一些当地的内幕： runs over two
    # paragraphs without quotation marks (convention (c)); gold (unnamed) for all of them
    got = after_lead_in(["另一位网友则留言披露了一些当地的内幕：",
                         "我知道新矿集团的每一个矿长正当的公开的收入每年都在百万以上。",
                         "新矿的一般下井一线回采工人收入在1800到2000左右。",
                         "整个新矿集团就是这样，撑死当官的，饿死下井的。"], [0, 1, 2, 2], "(unnamed: 另一位网友)")
    assert [s for s, _ in got] == ["(unnamed: 另一位网友)"] * 4
    assert got[2][1] == "source:lead-in carried"


def test_a_lead_in_stops_at_a_heading_or_the_writers_exclamation():
    # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender.md: the brigade's statement after 表示：, then the outlet's
    # own exclamation in the next paragraph (gold: no source), then a subhead
    got = after_lead_in(["7月9日，乌军第三独立突击旅通过名为「电报」的通讯软件表示：",
                         "在哈尔科夫地区，他们首次成功让俄军士兵在仅遭遇无人机和陆基自杀式平台的情况下投降。",
                         "有史以来，这是第一次，人类在机器面前「举起双手」投降，太过于科幻了吧！",
                         "杀人机器：AI驱动的FPV无人机"], [0, 1, 2, 3], "乌军第三独立突击旅")
    assert [s for s, _ in got] == ["乌军第三独立突击旅", "乌军第三独立突击旅", "", ""]


def test_a_quoted_channel_name_does_not_cut_the_speaker_off():
    # fresh9 340_wechat_xinzhiyuan_ukraine_robot_surrender.md: 「电报」 named by 名为 inside the clause; the brigade, not
    # the messaging app (通讯软件), said it, and it carries into the next paragraph after the colon
    got = sources_of([["7月9日，乌军第三独立突击旅通过名为「电报」的通讯软件表示："],
                      ["在哈尔科夫地区，他们首次成功让俄军士兵在仅遭遇无人机和陆基自杀式平台的情况下投降。"]])
    assert got == ["乌军第三独立突击旅", "乌军第三独立突击旅"]


def test_protesters_and_staff_are_unnamed_sources():
    # fresh9 349_qq_zongxiang_serbia_curfew_protests.html and 350_rss_rthk_blood_test_kit_zh-hant.md: gold (unnamed)
    assert claims.tag_sentence("抗议者认为，武契奇政府应该为新冠病毒感染人数的上升负责。").source == "(unnamed: 抗议者)"
    got = sources_of([["職員指，產品是由鍾南山團隊的廠房研究出來，屬「crossover合作」。"]])
    assert got == ["(unnamed: 职员)"]  # the marker is written in simplified script, as every "(unnamed: …)"
