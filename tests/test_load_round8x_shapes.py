"""Round 8, loader second pass: outlet and author shapes from fresh6, tune and the lead's sweep, on real text."""
from conftest import load_text
from test_load_records import CSV_ROW

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
