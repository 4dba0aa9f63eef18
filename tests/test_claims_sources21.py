"""Named sources, round 21 (sources21): a quotation of several sentences whose speech tag follows its closing mark
inside its last sentence (「…？ ⏎ …！ ⏎ …，」X說明…) is X's from the sentence that opened it; a place's press (韩国媒体)
is no one in particular; 文明 is a common noun, not a person who stops a speech carried in its paragraph.
Each expected source read off the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv
(dev_corpus: /work/shared/dev_corpus/SOURCES.tsv)."""

from article_sources import source_of, sources_in_text


def test_a_quotation_is_the_speaker_named_after_its_closing_mark(tmp_path):
    article = ("标题\n\n"
               # fresh10 374_json_twreporter_taipei_earthquake_simulation_zh-hant (Traditional script)
               "「以前怕引起恐慌，但全台灣都有地震，你跑得掉嗎？跑不掉！這樣的情況下，我們必須與災害共存。 "
               "現在我們會告知民眾有什麼風險，告訴民眾政府會做事，但民眾自己也要做事，」"
               "行政院災害防救辦公室科長陳榮裕說明政府心態上的轉變。\n\n"
               # dev_corpus 34_latepost_black_swan_investors
               "“克里普的独特见解在于，交易的实质并非市场运行机制。他重视的是交易纪律，这也是我初涉交易领域时所领悟的第一课”，"
               "斯皮茨纳格尔回忆道，“实际上，整个交易业务均建立在交易纪律这一基石之上，其余皆为细枝末节。”\n\n"
               # dev4 221_wechat_rijingzhongwen_playstation_30_years
               "“20世纪我们通过Walkman及彩电传递了感动。21世纪将为创造感动做出贡献”，索尼集团会长吉田宪一郎在12月5月的"
               "经营方针说明会上表示，将通过支持创作者来谋求发展。\n")
    got = sources_in_text(tmp_path, article, "2024-12-10")
    for opening in ("「以前怕引起恐慌", "跑不掉", "這樣的情況下"):
        assert source_of(got, opening) == "行政院災害防救辦公室科長陳榮裕"
    assert source_of(got, "“克里普的独特见解在于") == "斯皮茨纳格尔"
    assert "吉田宪" in source_of(got, "“20世纪我们通过Walkman")
    assert source_of(got, "“20世纪我们通过Walkman") == source_of(got, "21世纪将为创造感动做出贡献")


def test_the_press_of_a_place_is_no_one_in_particular(tmp_path):
    # fresh16 515_txt_xinhuashe_korea_knife_attack_threats: a country's press, as 外媒 or 有媒体 (the gold's "(unnamed)")
    article = "标题\n\n据韩国媒体报道，被捕者中包括多名未成年人。\n"
    got = sources_in_text(tmp_path, article, "2023-08-05")
    assert source_of(got, "据韩国媒体报道") == "(unnamed: 韩国媒体)"


def test_civilisation_is_no_new_actor_in_a_speech(tmp_path):
    # fresh16 513_txt_guangmingwang_xi_jinping_tree_planting: jieba's dictionary tags 文明 a person's name, which read
    # 生态文明建设 as a new actor and stopped 习近平's words after the first sentence
    article = ("标题\n\n习近平指出，生态文明建设是新时代中国特色社会主义的一个重要特征。加强生态文明建设，是贯彻新发展理念、"
               "推动经济社会高质量发展的必然要求，也是人民群众追求高品质生活的共识和呼声。\n")
    got = sources_in_text(tmp_path, article, "2021-04-02")
    assert source_of(got, "习近平指出") == "习近平"
    assert source_of(got, "加强生态文明建设") == "习近平"
