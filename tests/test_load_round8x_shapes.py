"""Round 8, loader second pass: outlet and author shapes from fresh6, tune and the lead's sweep, on real text."""
from conftest import load_text
from test_load_records import CSV_ROW

from zhnews.load.meta import clean_names
from zhnews.load.pieces import outlet_of_url


def test_a_public_body_named_by_its_domain_stays_the_outlet_when_its_headline_repeats_the_name(tmp_path):
    # 279_cstc: the bureau's own budget note; its headline starts with the bureau's name, and the row's address
    # is the bureau's site, so the name is the outlet, not a headline taken for a site name.
    article = load_text(tmp_path, "cstc.csv", CSV_ROW, encoding="gbk")
    assert article.meta["outlet"] == "重庆市科学技术局"
    assert "cstc.gov.cn" in article.meta["outlet_source"]


def test_news_and_government_domains_name_their_outlets():
    # addresses from tune 292/293 (参考消息网), fresh6 270 (TDM) and 273 (報導者)
    assert outlet_of_url("http://www.cankaoxiaoxi.com/china/20201202/2425976.shtml") == "参考消息网"
    assert outlet_of_url("https://www.tdm.com.mo/zh-hant/news-detail/1022019") == "澳廣視"
    assert outlet_of_url("https://www.twreporter.org/a/exhuma-burial-law") == "報導者"
    assert outlet_of_url("http://www.stats.gov.cn/tjsj/zxfb/") == "国家统计局"


def test_the_place_a_report_was_filed_from_ends_the_byline_until_the_next_role_word():
    # 274_cts: the RSS <author> field: three reporters, the filing place, then the CMS's location field again
    assert clean_names("蔡孟峻 許利森 許文男 高雄報導 / 高雄市") == "蔡孟峻、許利森、許文男"
    # a second credit after the first filing place still counts
    assert clean_names("記者王小明 台北報導 記者李大華 高雄報導") == "王小明、李大華"
