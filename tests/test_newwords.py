"""New-word discovery on the seed, on sentences written for the test, and on corpus articles."""

import pytest

from zhnews import io, load, segment
from zhnews.keywords import newwords
from zhnews.keywords import analysed
from zhnews.stages import context


def _discover(paragraphs):
    segment.set_run_words({})
    return newwords.discover(list(analysed(paragraphs)["text_zhs"]))


@pytest.fixture(scope="module")
def seed_words(seed_out):
    return _discover(io.read_table(seed_out, "paragraphs")).set_index("word")


def test_seed_actors_are_discovered_with_their_kind(seed_words):
    # 梁文峰创办了幻方量化 / 基金公司——幻方量化 / 成立了“深度求索” (read in the article)
    assert seed_words.loc["梁文峰", "tag"] == "nr"
    assert seed_words.loc["梁文峰", "freq"] == 8
    assert seed_words.loc["幻方量化", "tag"] == "nt"
    assert seed_words.loc["深度求索", "type"] == "organisation"
    assert seed_words.loc["梁文峰", "was_cut_as"] == "梁 文峰"


def test_seed_discovers_no_fragments_or_phrases(seed_words):
    assert not {"文峰", "伟达", "幻方", "求索", "多多", "中国经济", "量化投资"} & set(seed_words.index)


def test_table_columns_and_methods(seed_words):
    assert list(seed_words.reset_index().columns) == newwords.COLUMNS
    assert set(seed_words["method"]) <= set(newwords.METHOD_STRENGTH)


def test_quoted_pattern_and_statistical_evidence():
    texts = [
        "新京报讯（记者韩宇明）国务院日前批转规划纲要。",
        "他们把这家店叫作“犇骉记”，据说很有名。",
        "我们去了犇骉酒店。犇骉的菜很好。住在犇骉很舒服，犇骉，再见。",
    ]
    segment.set_run_words({})
    found = newwords.discover(texts).set_index("word")
    assert found.loc["韩宇明", "method"] == "pattern" and found.loc["韩宇明", "tag"] == "nr"
    assert found.loc["犇骉记", "method"] == "quoted"
    assert found.loc["犇骉", "method"] == "pmi_entropy"
    assert "酒店" not in found.index  # a dictionary word needs no adding


def test_a_quoted_name_with_a_numeral_counts_when_repeated():
    # 66_shanxi_gov_brazil_trade: “一带一路” three times; 63_huanqiu_buyidao_eight_nations: “八国联盟”.
    segment.set_run_words({})
    found = newwords.discover([
        "是我省贯彻落实习近平总书记视察山西重要讲话精神、积极主动融入“一带一路”建设的具体举措。",
        "山西作为传统文化大省和资源大省，大力推动绿色转型，积极融入“一带一路”，全面加强合作共赢。",
        "据统计，“八国联盟”目前一共找着18个人。在“八国联盟”中，英国人是最活跃的力量之一。",
        "美国寻找“反华同志”的范围日益从G7缩小到“五眼联盟”。",
    ])
    assert {"一带一路", "八国联盟"} <= set(found["word"])
    assert "五眼联盟" not in set(found["word"])  # quoted once: a numeral may be a slogan's count


def test_quoted_idioms_and_phrases_are_not_added():
    segment.set_run_words({})
    found = newwords.discover(["公司“不务正业”。", "这是“AI届的拼多多”。", "美国“恰到好处”地开始。"])
    assert found.empty


@pytest.mark.parametrize(
    "name, expected",
    [
        ("04_daxianggonghui_pork_price.md", {"猪周期"}),  # 「猪周期」, six times
        ("10_freebuf_hotpot_data_fine.md", {"超级管理员"}),  # “超级管理员”
        # 医保关系转移接续办法 / 实现转移接续, over and over (新农合 is once in the body: its second use is in the
        # 延伸阅读 block, chrome since the Sogou line breaks U+E40C cut it off)
        ("21_sogou_xinjingbao_medical_insurance.txt", {"转移接续"}),
        ("19_pixnet_blog_zh-hant.html", {"美树"}),  # "美樹", discovered on the simplified copy
    ],
)
def test_corpus_articles_need_no_dictionary_edits(corpus_dir, tmp_path, name, expected):
    load.run(context(tmp_path, corpus_dir / name))
    assert expected <= set(_discover(io.read_table(tmp_path, "paragraphs"))["word"])


def test_no_word_across_a_split_the_dictionary_is_sure_of():
    # 线 and 坐 are common words on their own: three repeats in one sentence are chance, not a word.
    segment.set_run_words({})
    found = newwords.discover(["沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站，你会到达哪个站？"])
    assert "线坐" not in set(found["word"])


def test_a_recurring_name_of_common_words_becomes_one_token():
    # 华远 + 制药 (as jieba's dictionary cuts it) recurs twelve times with varied neighbours, and 华远
    # never stands alone: one name. 新能源 also stands alone (新能源的 …), so 新能源汽车 stays a phrase.
    openings = "今天 昨日 据悉 随后 此前 目前 日前 近日 去年 今年 同时 另外".split()
    verbs = "发布 公布 披露 宣布 回应 否认 表示 称 透露 确认 提交 撤回".split()
    texts = [f"{opening}，华远制药{verb}了一份公告，新能源汽车销量上升。" for opening, verb in zip(openings, verbs)]
    texts += [f"新能源是第{n}个热点。" for n in range(12)]
    segment.set_run_words({})
    found = newwords.discover(texts).set_index("word")
    assert found.loc["华远制药", "method"] == "compound"
    assert found.loc["华远制药", "freq"] == 12
    assert found.loc["华远制药", "was_cut_as"] == "华远 制药"
    assert "新能源汽车" not in found.index


def test_a_phrase_seen_a_few_times_is_not_a_new_word():
    # 量化投资 (five times in the seed, 量化 + 投资) is a phrase for the keywords, not a token for every stage.
    texts = ["他做量化投资。", "量化投资很难。", "说到量化投资，", "量化投资的人，", "这是量化投资。"]
    segment.set_run_words({})
    assert "量化投资" not in set(newwords.discover(texts)["word"])


def test_a_measure_word_after_numbers_starts_no_new_word():
    # 243_wechat_jingsuanwu_actuary_count: N人持有 after numbers looked free on its left (a digit
    # is no Han neighbour), so 人持有 was taken for a word; 人 is the count's measure word.
    texts = ["北美精算师协会有300人持有证书，英国有120人持有证书。", "另有50人持有执照，大陆约80人持有，9人拿到。"]
    segment.set_run_words({})
    assert newwords._mostly_after_numbers(texts, "人持有")
    assert not newwords._mostly_after_numbers(texts, "精算师")


def test_a_name_cut_one_character_short_is_completed():
    # 316_wangyi_tiyu_japan_locker_room (fresh7): the HMM cuts the captain 吉田麻也 into 吉田麻/nr + 也/d in all nine
    # occurrences, followed by varied characters (是, 在, 主, 也, 的, 赛 ...); gold tag 吉田麻也, the top 10 had 队长吉田麻.
    segment.set_run_words({})
    found = newwords.discover([
        "比赛结束后，日本队长吉田麻也是伤心落泪，他的儿女们第一时间向前安慰。作为日本队的队长，吉田麻也在第43分钟利用角球机会助攻前田大然取得进球。",
        "比赛结束后，吉田麻也也是眼含泪水，期间更是单膝跪地。其中一个女儿更是伸手去擦拭吉田麻也的眼泪。",
    ]).set_index("word")
    assert found.loc["吉田麻也", "method"] == "name_tail" and found.loc["吉田麻也", "tag"] == "nr"
    # 349_qq_zongxiang_serbia_curfew_protests (fresh9): the police chief 雷比奇, twice, cut 雷比/nrt + 奇/ag (gold tag).
    segment.set_run_words({})
    found = newwords.discover([
        "塞尔维亚警察局长雷比奇对国家电视台表示，部分示威者被拘留，有警察受伤，但并未透露具体人数。",
        "”雷比奇说。",
    ]).set_index("word")
    assert found.loc["雷比奇", "method"] == "name_tail"


def test_a_name_followed_twice_by_the_same_adverb_is_left_alone():
    # The same captain's sentences with the name said twice: 吉田麻 + 也 twice is too little to join an adverb
    # (MIN_NAME_TAIL_ADVERB_COUNT), as 张三也 twice would be chance.
    segment.set_run_words({})
    found = newwords.discover([
        "比赛结束后，日本队长吉田麻也是伤心落泪，他的儿女们第一时间向前安慰。",
        "作为日本队的队长，吉田麻也在第43分钟利用角球机会助攻前田大然取得进球。",
    ])
    assert "吉田麻也" not in set(found["word"])


def test_the_texts_said_to_hold_a_word_hold_every_occurrence(seed_out):
    # discover counts each candidate only in the paragraphs _TextsHolding names (a long article made the
    # counts over every paragraph quadratic): on the default article, every n-gram the statistics count
    # twice or more, and every single character of the title, occurs in those paragraphs, in order, as often
    # as in all of them.
    texts = [t for t in analysed(io.read_table(seed_out, "paragraphs"))["text_zhs"] if t]
    holding = newwords._TextsHolding(texts)
    words = [gram for gram, count in newwords._NgramStats(texts).counts.items() if count >= 2]
    assert "梁文峰" in words
    for word in words + list(texts[0]):
        assert [t for t in holding(word) if word in t] == [t for t in texts if word in t]
        assert sum(t.count(word) for t in holding(word)) == sum(t.count(word) for t in texts)


def test_a_subject_and_the_adverb_of_its_predicate_are_no_new_word():
    # fresh17 551_txt_21jingji_sina_resource_provinces_nominal_growth: 增速 + 均 twice, with varied neighbours, looked
    # like a cohesive free word; 均 (an adverb) opens the predicate 保持在 / 在30%以上. fresh19 632 (增速均低于9.8%) and
    # 614 (寒冬終會過去) have the same shape; the new word 增速均 took a top-10 keyword slot in 632.
    texts = [
        "战略性新兴产业和高新技术产业增长较快，全年增加值增速均保持在两位数以上，高于规模以上工业。",
        "河北2017年新能源汽车、工业机器人、太阳能电池、锂离子电池等新产品产量增速均在30%以上。",
    ]
    segment.set_run_words({})
    assert "增速均" not in set(newwords.discover(texts)["word"])
    # A name is not cut into a word and an adverb: 张继先 (tune 30) is three single characters to the dictionary.
    assert not newwords._ends_in_an_adverb("张继先")



def test_ngram_tables_counted_by_hand():
    # Three runs of Han text, 甲乙丙 | 乙丙丁 | 乙丙丁乙丙 (the comma splits the second text), counted by hand.
    stats = newwords._NgramStats(["甲乙丙", "乙丙丁，乙丙丁乙丙"])
    assert stats.total == 3 + 3 + 5
    assert stats.counts["乙丙"] == 4 and stats.counts["乙"] == 4 and stats.counts["乙丙丁"] == 2
    assert stats.counts["丙丁乙丙"] == 1
    assert "甲乙丙丁" not in stats.counts and "乙丙丁乙丙" not in stats.counts  # across runs; over MAX_LEN
    # 乙丙's neighbours: 甲 before it, then 丁 (text order, which orders _entropy's sum); 丁 after it twice.
    assert list(stats.left["乙丙"].items()) == [("甲", 1), ("丁", 1)]
    assert list(stats.right["乙丙"].items()) == [("丁", 2)]
    # It starts two runs and ends two.
    assert stats.edges_left["乙丙"] == 2 and stats.edges_right["乙丙"] == 2
    assert stats.edges_left["乙丙丁"] == 2 and stats.edges_right["丁乙丙"] == 1
    # A run exactly a gram long is both its edges, and has no neighbours.
    assert stats.edges_left["甲乙丙"] == 1 and stats.edges_right["甲乙丙"] == 1 and "甲乙丙" not in stats.left
    # Single characters are counted, but below MIN_LEN they get no neighbours or edges.
    assert "乙" not in stats.left and "乙" not in stats.right and "乙" not in stats.edges_left
