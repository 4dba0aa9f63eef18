"""Named sources, round 15: a quotation that ends a sentence whose subject is a person, with no say-verb the cues
know (老钱打电话把同事们叫了过来：“…”). The class recurs in the held-out rounds fresh9 (351, 356), fresh10 (371, 376),
fresh11 (380, 383) and fresh12 (400, 404); the expected sources below were read off the articles by hand (the
fresh splits' gold agrees where it is quoted), the swept excerpts are in tests/data/extra/ with their provenance in
tests/data/SOURCES.tsv."""

from test_claims_sources10 import sources_of
from test_claims_sources14 import swept_paragraphs


def test_a_quotation_after_what_a_person_does_is_that_persons_words():
    # fresh11 383_json_zhongjiwei_community_cadres_banquet_inspection.json, paragraphs 10, 12 and 13 (gold: 老钱)
    got = sources_of([
        ["在离饭店还有三四十米的地方，检查组的车停了下来。", "带队的老钱说：“我先过去看看。”"],
        ["下午1点50分许，老钱打电话把同事们叫了过来：“我们一起进去看看。”"],
        ["一进门，就听见一个大包间里传出喝酒划拳的嘈杂声。", "老钱小声问坐在一旁凳子上休息的店家：“那个包间怎么这么吵？”"],
    ])
    assert got[2] == "老钱"  # (the name the source 带队的老钱 ends in)
    assert got[4] == "老钱"


def test_a_quotation_that_goes_on_past_its_sentence_is_carried():
    # fresh11 380_json_renminribao_black_soil_variable_fertilization.json, paragraph 36 (gold: 李克东, both)
    got = sources_of([["前些日子，农机手们正是驾着搭载变量施肥装置的大农机，驰骋在田野间。",
                       "而在前两年，刚接触变量施肥技术体系时，李克东还抱有些许疑虑，“过去，咱们施肥都是‘一炮轰’，"
                       "底肥定量，一次给足管饱，其间最多再施点叶面肥，产量也不错。"],
                      ["用上新技术后，李克东也没多费精力，动动手指，调好参数，农机智能应用，“省事省心省肥，每亩地能比应用前增产5%以上。",
                       "而且，还有利于我们试验调配新的化肥产品。”"]])
    assert got == ["", "李克东", "李克东", "李克东"]


def test_a_swept_feature_quotes_its_subject_and_he_in_the_next_paragraph():
    # 虎嗅网 (enxpower/cn-news-hub): 霍尔马克明确拒绝引入新投资者：“…” ⏎ 不过，…他把期限又推了推：“…”
    got = sources_of(swept_paragraphs("sweep15_huxiu_aston_martin.md"))
    assert got == ["霍尔马克"] * 5


def test_a_person_who_is_only_the_topic_or_the_condition_is_no_speaker():
    # fresh12 401 paragraph 19 (gold: 被告): the condition's subject is not the one who speaks
    got = sources_of([["被告还称，事发地点湖边有一条路沟通绿地公园和卢沟桥景区，该道路平坦宽敞，路面经过硬化，不存在可能造成人落水的危险，除非行人主动到湖边去。",
                       "如果李女士从卢沟新桥上落水，“被告总不能给宛平湖加上盖子吧？”"]])
    assert got[1] != "李女士"
    # fresh9 351 (gold: 姚定國, the doctor before): a quoted phrase, not a sentence, completes the writer's clause
    got = sources_of([["慈濟骨科醫師姚定國說，「假如再慢個幾天，擔心氣胸會加重病情導致昏迷，生命危險！」",
                       "李明翰要恢復到可爬山，「至少需要半年、甚至長達1年」。"]])
    assert got[1] != "李明翰"
    # fresh9 343 (gold: none): the person's work, not the person, 给出了启示
    got = sources_of([["苏轼的诗又一次给出了精妙的启示： “远近高低各不同” 。"]])
    assert got == [""]


def test_a_quotation_someone_reports_is_not_given_to_the_person_it_is_about():
    # 联合早报 (enxpower/cn-news-hub): 通报指，马兴瑞“…”，…，“…” quotes the notice about 马兴瑞
    assert sources_of(swept_paragraphs("sweep15_zaobao_ma_xingrui.md")) != ["马兴瑞"]


def test_a_word_jieba_tags_as_a_name_without_a_surname_is_no_speaker():
    # 虎嗅网 (enxpower/cn-news-hub): 学生界里有一句玩笑：“…” — jieba reads 界里 as a person's name
    assert "界里" not in sources_of(swept_paragraphs("sweep15_huxiu_harmonic_analysis.md"))
