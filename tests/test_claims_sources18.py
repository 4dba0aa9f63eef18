"""Named sources, round 18: the body an unnamed person speaks for when jieba has never seen its name, and a person's
name jieba has never seen right after their role. Each expected source read off the article by hand."""

from pathlib import Path

from article_sources import source_of, sources_in_file, sources_in_text

DATA = Path(__file__).parent / "data"


def test_the_owner_of_a_farm_jieba_has_never_seen_speaks_for_the_farm(tmp_path):
    # fresh11 397_jsonrecord_ettoday_calla_lily_yangmingshan: 老闆娘 is an unnamed person (round 17), but she is the
    # owner of a named farm, 財福海芋田 (財福 is no word of jieba's dictionary: a name): the convention gives the farm
    # first (fresh6 276, fresh8 327: an unnamed member of a named body → the body); she stays recorded as unnamed
    article = ("陽明山海芋季\n\n頂湖社區的財福海芋田老闆娘表示，今年的海芋大約在2月底就有開放摘採，目前大約花開3成，"
               "而為了讓每個來採海芋的遊客都能摘到花況最好的海芋，因此都需提前預約，目前到4月底都已約滿。\n")
    got = source_of(sources_in_text(tmp_path, article, "2023-03-20"), "頂湖社區").split("; ")
    assert "頂湖社區的財福海芋田" in got
    assert any(name.startswith("(unnamed") for name in got)


def test_a_shop_named_by_its_trade_stays_unnamed(tmp_path):
    # fresh16 522's street interview shape (粮油铺老板娘告诉记者): 粮油铺 is a trade, no name, so no body is given
    article = "菜价调查\n\n粮油铺老板娘告诉记者，这几天菜籽油每桶涨了5元。\n"
    got = source_of(sources_in_text(tmp_path, article, "2023-03-20"), "粮油铺")
    assert got.startswith("(unnamed") and "; " not in got


def test_a_name_jieba_has_never_seen_after_a_role_is_a_person():
    # chardet/chardet tests/GB2312/acnnewswire.net.xml (tests/data/sweep18, an ADB press release): jieba tags 关印虹 an
    # organisation; it opens with the surname 关 and follows the role 负责人, so 一位 does not make the speaker unnamed,
    # and the quotation paragraph's second sentence is still his
    got = sources_in_file(DATA / "sweep18" / "acnnewswire_adb_henan_loan.md", "2005-12-12")
    assert source_of(got, "“项目将减少").endswith("负责人关印虹")
    assert source_of(got, "“改善环境卫生").endswith("负责人关印虹")
