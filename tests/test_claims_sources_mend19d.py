"""Named sources, round 19 mend (mend19d): the speaker's address or interview told right between the speaker and
the say-verb (總統致詞表示, 謝楠楨教授致辭說, 吳宗憲12日晚間受訪時回應) is no part of the speaker.
Each expected source read off the article by hand; the articles' provenance is in data/eval/<split>/SOURCES.tsv."""

from article_sources import source_of, sources_in_text


def test_an_address_or_interview_before_the_say_verb_is_not_the_speaker(tmp_path):
    article = ("校慶與頒獎\n\n"
               # fresh13 430_txt_zongtongfu_presidential_education_award_big5 (seen split)
               "總統致詞表示，面對人生中的課題，總統教育獎獲獎同學們繳出了最好的成績，也成為其他人學習的對象。\n\n"
               # fresh18 562_schoolnews_beihu_74th_anniversary_buildings
               "前任校長謝楠楨教授致辭說：「將以北護大終生校友的身份，終生為北護奉獻服務。」\n\n"
               # fresh18 571_html_shangbao_wu_zongxian_depression
               "針對言論引起廣大輿論抨擊，吳宗憲12日晚間受訪時回應：「你們有看過整集節目嗎？」\n")
    got = sources_in_text(tmp_path, article, "2021-10-23")
    assert source_of(got, "總統致詞表示") == "總統"
    assert source_of(got, "前任校長謝楠楨教授致辭說") == "前任校長謝楠楨"
    assert source_of(got, "針對言論引起廣大輿論抨擊") == "吳宗憲"


def test_an_address_told_with_its_occasion_keeps_the_speaker(tmp_path):
    # fresh 66_shanxi_gov_brazil_trade: 在致辞中 was already cut; it stays so
    article = ("巴西经贸\n\n中国驻圣保罗总领馆副总领事孙仁安在致辞中说，圣保罗是巴西乃至南美最大的经济、贸易、商业、金融、物流和交通中心。\n")
    got = sources_in_text(tmp_path, article, "2019-05-20")
    assert source_of(got, "中国驻圣保罗") == "中国驻圣保罗总领馆副总领事孙仁安"
