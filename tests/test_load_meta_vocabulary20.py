"""General vocabulary and format facts of Chinese news read as meta: a 发稿日期/發稿時間 label over the publish date,
dates of the Republic of China's calendar, and the verb frames of a repost note naming the story's first publisher.

Real lines are quoted from seen articles (file named in each case); the other samples are written by hand in the
documented shape. Expected values are read off the text by hand.
"""

import pytest

from conftest import load_text
from zhnews.load.pieces import header_field, iso_date
from zhnews.load.roles import first_cue


@pytest.mark.parametrize("line, label", [
    ("发稿时间：2024-05-13 06:03:00", "发稿时间"),  # dev3 209_youth_cyol_elderly_care_major.html
    ("發稿日期：110/10/23", "發稿日期"),
    ("发布时间: 2024-12-13 15:29", "发布时间"),  # fresh5 157_wechat_jiqizhixin_cartesia_mamba_funding.md
])
def test_a_time_or_filing_label_names_the_publish_date(line, label):
    found = header_field(line)
    assert found is not None and found[:2] == (label, "publish_date")


@pytest.mark.parametrize("line", [
    "服务时间：每天（8：00-19：00）",  # fresh7 311_nju_itsc_party_platform_training.md: a service's hours, no label
    "取貨時間：2月29日下午1時至晚上8時",  # fresh13 453_html_xianggangjingjiribao_mask_supply_updates_zh-hant.html
    # A bare 時間 is no label: fresh13 453 lists each day's mask sale as 日期：3月2日（星期一） / 時間：中午12時, figures of
    # the body; read as a header run they left it (round 20 review: fresh13 figures found 279 -> 277).
    "時間：中午12時",
])
def test_a_word_ending_in_time_is_no_date_label(line):
    assert header_field(line) is None


@pytest.mark.parametrize("text, date", [
    ("中華民國106年07月07日", "2017-07-07"),  # fresh13 430_txt_zongtongfu_presidential_education_award_big5.txt
    ("民國110年10月23日", "2021-10-23"),
    ("民国110/10/23", "2021-10-23"),
    ("民國110.10.23 14:30", "2021-10-23"),
    ("發布日期：110-10-23", "2021-10-23"),
    ("發稿日期： 110/10/23 12:00", "2021-10-23"),
    ("日期：110年10月23日", "2021-10-23"),
    ("发布时间：2024-12-13 15:29", "2024-12-13"),  # a Gregorian date under the same label is read as before
    # dev_corpus 53_cna_fake_mutton_zh-hant.html: a year of the Republic alone, the start of a span, is no date
    ("過去國內也曾發生羊肉混充案件，林金富表示，民國109年以來共抽驗55件", None),
    ("110年10月23日", None),  # a three-digit year with no 民國 and no date label: not read
    ("110-10-23", None),
    ("共110年10月", None),
])
def test_dates_of_the_republic_calendar(text, date):
    assert iso_date(text) == date


def test_a_republic_date_under_a_filing_label_is_the_publish_date(tmp_path):
    article = load_text(tmp_path, "roc.txt", (
        "標題：臺中市推動綠能公車計畫\n發稿日期：110/10/23\n來源：臺中市政府新聞局\n\n"
        "臺中市政府今日宣布，將於明年起擴大綠能公車路線，預計新增電動公車一百輛，提供市民更便利的大眾運輸服務。\n\n"
        "市府表示，相關經費已編列於明年度預算中，將分階段汰換老舊柴油公車。\n"))
    assert (article.meta["title"], article.meta["outlet"], article.meta["publish_date"]) == \
        ("臺中市推動綠能公車計畫", "臺中市政府新聞局", "2021-10-23")


@pytest.mark.parametrize("line, outlet", [
    ("本文来源于国家统计局", "国家统计局"),  # dev_corpus 47_caijing_cpi_april_2024.html
    ("本文转载自新京报", "新京报"),
    ("本篇来源于新京报", "新京报"),
    ("本篇转载自澎湃新闻。", "澎湃新闻"),
    ("本文的来源是新京报", "新京报"),
    ("本篇的来源是网易新闻转载新京报", "新京报"),  # the platform X reposted Y's story: Y ran it first
    ("（本篇的來源是聯合新聞網轉載中央社）", "中央社"),
])
def test_a_repost_note_names_the_first_publisher(line, outlet):
    hit = first_cue(line, "tail")
    assert hit is not None and hit[0].kind == "source_note"
    assert hit[1].group("outlet") == outlet
