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


def test_a_person_told_by_surname_and_role_is_named_whole(tmp_path):
    # fresh18 574_csv_pingguo_ribao_tainan_banquet_food_poisoning: 市民 alone names no one, 林姓市民 does
    article = ("晚宴食物中毒\n\n"
               "林姓市民說，業者事發後的態度還算誠懇，她希望業者可對每名客人賠償2000元，但業者不能接受。"
               "她認為，眾人開心地參加晚宴，卻碰到食物不潔，覺得很難面對自家親戚。\n")
    got = sources_in_text(tmp_path, article, "2016-04-05")
    assert source_of(got, "林姓市民說") == "林姓市民"
    assert source_of(got, "她認為") == "林姓市民"


def test_he_stands_for_the_person_told_by_surname_not_the_surname(tmp_path):
    # fresh17 552_txt_appledaily_tw_taichung_fortune_dispute_killing (seen split): 他 is 吳姓男子, not 吳姓
    article = ("改運糾紛兇殺案\n\n"
               "台中昨晚驚傳改運糾紛引發兇殺案！無前科的吳姓男子持木工刀，闖入大雅區陳姓友人住處刺殺，造成陳男不治、陳妻受傷。"
               "他一度供稱，不滿陳男以助他改運為幌子，要求兩人在一間寺廟廂房「相互手淫」，這件事他一直放在心上。\n")
    got = sources_in_text(tmp_path, article, "2017-12-01")
    assert source_of(got, "他一度供稱") == "吳姓男子"
