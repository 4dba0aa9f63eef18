"""Figures and sources, mend of round 14: shapes the held-out split fresh13 showed, each quoted from the fresh13
article it comes from (provenance in data/eval/fresh13/SOURCES.tsv), the expected value read off by hand."""

import pandas as pd

from zhnews import claims
from zhnews.claims import quantities


def test_a_when_clause_before_a_reporting_verb_names_no_speaker():
    # fresh13 433_txt_nooutlet_xiaomi_note_pricing_commentary.txt: the data were disclosed when Xiaomi bought into
    # 美的; 美的 holds a 的, and the one character after it (时, also a surname) was taken for a person
    tag = claims.tag_sentence("从小米入股美的时披露的经营数据看，小米科技2013年营收265.83亿元，营业利润为4.86亿元，净利润为3.47亿元。")
    assert tag.source == ""


def test_a_speaker_before_a_when_clause_stays_the_speaker():
    # the same shape with its speaker written (made up in the shape of fresh13 442's 李克强…会见…): the occasion goes
    tag = claims.tag_sentence("李克强会见特朗普时表示，中美两国合作空间广阔。")
    assert tag.source == "李克强"


def figures(sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[q.start:q.end], q.kind, q.value) for q in quantities.find_quantities(sentence, lone_weekdays=False)]


def test_an_update_stamp_typeset_with_a_space_joins_the_clock_time_to_its_day():
    # fresh13 453_html_xianggangjingjiribao_mask_supply_updates_zh-hant.html: 【更新2月28日 18：59】, the stamp of an update
    # (a space between day and time, a full-width colon); the time was dropped and only 2月28日 read
    assert figures("【更新2月28日 18：59】") == [("2月28日 18：59", "date", "--02-28T18:59")]


def test_a_slashed_day_before_its_weekday_is_a_date_not_a_share():
    # fresh13 453: the page's list of handing-out days, 1）28/2（五）：下午1時半派籌，下午2時派發口罩 (day/month, Hong Kong);
    # 28/2 was the ratio 14 and the list marker 1） the number 1
    assert figures("1）28/2（五）：下午1时半派筹，下午2时派发口罩") == [
        ("28/2", "date", "--02-28"), ("下午1时半", "date", "T13:30"), ("下午2时", "date", "T14:00")]
    # 28/2/2020 （五） 對象：…: with the year written the weekday is checked (2020-02-28 was a Friday)
    assert figures("28/2/2020 （五） 对象：油尖旺及黄大仙区长期病患人士")[0] == ("28/2/2020", "date", "2020-02-28")
    # a share stays a share when no weekday follows
    assert figures("至少1/3的人")[0][1] == "ratio"


def test_an_ambiguous_slashed_day_takes_the_order_its_weekday_fits_in_the_publish_year():
    # fresh13 453 (published 2020-02-28): 3）1/3（日）：上午9時半派籌，上午10時派發口罩 — 2020-03-01 was a Sunday, 2020-01-03 a
    # Friday, so 1/3 is 1 March; the clock times after it are on that day (the gold's 2020-03-01T09:30)
    sentence = "3）1/3（日）：上午9时半派筹，上午10时派发口罩"
    table = pd.DataFrame({"para_id": [0], "sent_id": [0], "role": ["body"], "text": [sentence], "text_zhs": [sentence]})
    got = quantities.quantities_table(table, "2020-02-28")
    assert list(zip(got["text"], got["value"])) == [("1/3", "2020-03-01"), ("上午9时半", "2020-03-01T09:30"),
                                                    ("上午10时", "2020-03-01T10:00")]
    # 2/3（一）: 2020-02-03 and 2020-03-02 were both Mondays, nothing tells the order, no year is given
    assert quantities.quantities_table(table.assign(text="2/3（一）：旺角", text_zhs="2/3（一）：旺角"),
                                       "2020-02-28")["value"].tolist() == ["--03-02"]


def test_a_quoted_name_with_a_hyphen_and_a_year_is_no_negative_number():
    # fresh13 446_txtrecord_nooutlet_border2018_exercise.txt: 确定将于10月底举行“边界-2018”联合反恐军演 — the exercise's
    # name was read as the number -2018 (four times in the article); the month stays a figure
    assert figures("确定将于10月底举行“边界-2018”联合反恐军演。") == [("10月底", "date", "--10")]
    # a negative growth rate after a quoted plan's name is still a figure
    assert figures("“十三五”期间增长-2.5%")[0][2] == "-2.5"


def test_a_named_bodys_news_is_the_bodys_word():
    # fresh13 446_txtrecord_nooutlet_border2018_exercise.txt: 俄塔社消息则透露，大约在10月22日至27日之间。 — the source
    # is the agency (gold 俄塔社), not "俄塔社消息"; news with no one named stays unnamed
    assert claims.tag_sentence("俄塔社消息则透露，大约在10月22日至27日之间。").source == "俄塔社"
    assert claims.tag_sentence("市场消息称，会议将延期。").source == "(unnamed: 市场消息)"
