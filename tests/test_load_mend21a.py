"""Round 21, mend21a: a JSON record's fields that fresh20 lost (title, outlet, date its keys carry): a Scrapy item's
``name`` beside its body as its headline, its ``href`` as its address (the outlet by the host, the date by the path),
a dataset's ``timestamp`` in Unix seconds written as a float, and a TRS publishing system's t20210112_ file name."""

import json

import pytest
from conftest import load_text

from zhnews.load.pieces import date_in_url
from zhnews.load.records import epoch_date

# fresh20 663 (cs327259852/sinanews-scrapy): {"details": <article HTML>, "name": <headline>, "href": <url>}, the body
# cut to its first two paragraphs.
SINA_DETAILS = ("<div class=\"article\" id=\"article\">\n<p>　　原标题：澳大利亚发布马航MH370最终搜寻报告 澳方搜寻工作正式终结</p>\n"
                "<p>　　10月3日，在历经三年的搜寻工作后，澳大利亚运输安全局在悉尼发布有关马航MH370搜寻的最终总结性报告。"
                "报告虽然没有解释马航MH370航班失踪的原因，但提及失事客机可能被找到的范围缩小到2.5万平方公里。 </p>\n"
                "<p>　　澳大利亚运输安全局发布的这份报告总计400多页，详细记录了各方为搜寻马航MH370所做的努力，"
                "特别是澳大利亚主导的水下搜索，包括如何确定搜索区域以及实施搜索的具体情况。  </p>\n</div>")
SINA_NAME = "MH370最终搜寻报告:花1.6亿美元 仅找到3块残片"
SINA_HREF = "http://news.sina.com.cn/w/zx/2017-10-05/doc-ifymmiwm5492566.shtml"


def _sina_item(**changed) -> str:
    return json.dumps({"details": SINA_DETAILS, "name": SINA_NAME, "href": SINA_HREF, **changed}, ensure_ascii=False)


def test_a_scrapy_item_s_name_and_href_give_its_title_outlet_and_date(tmp_path):
    meta = load_text(tmp_path, "663.json", _sina_item()).meta
    assert meta["title"] == "MH370最终搜寻报告:花1.6亿美元 仅找到3块残片"
    assert meta["title_source"] == "json record field name"
    assert meta["outlet"] == "新浪新闻"  # news.sina.com.cn in data/lexicon/outlets.tsv
    assert meta["publish_date"] == "2017-10-05"  # /w/zx/2017-10-05/ in the path


def test_a_record_s_name_is_no_title_beside_a_title_field(tmp_path):
    # the same item with a title of its own (fresh10 374's twreporter records carry both): the title field wins
    meta = load_text(tmp_path, "663.json", _sina_item(title="澳大利亚发布马航MH370最终搜寻报告 澳方搜寻工作正式终结")).meta
    assert meta["title"] == "澳大利亚发布马航MH370最终搜寻报告 澳方搜寻工作正式终结"


@pytest.mark.parametrize("name", [
    "王亚南",  # a person's name (the editor 660 credits: 责任编辑：王亚南)
    "北京青年报",  # a known outlet's name (661's 来源：北京青年报)
    "sina",  # the spider's name
])
def test_a_name_that_is_no_headline_is_no_title(tmp_path, name):
    meta = load_text(tmp_path, "663.json", _sina_item(name=name)).meta
    assert meta["title"] != name


# fresh20 656 (nail1021734/Taiwan_news_dataset, the 民視 parser's test case): the body's first sentence.
FTV_ARTICLE = ("為維護臺南市空氣品質,環保局不定期於市區主要道路進行機車攔檢工作,平均每月攔檢267台,其中不合格約129台,不合格率達48%。"
               "環保局表示,為加強管制,減少老舊機車排放廢氣造成污染,攔檢不合格即依法告發處1500~6000元不等罰鍰,若屬二行程機車,裁處前完成報廢則免罰。")


@pytest.mark.parametrize("stamp", [1590969600.0, "1590969600.0", 1590969600, "1590969600000"])
def test_a_record_s_timestamp_in_unix_seconds_is_its_date_in_china(tmp_path, stamp):
    record = {"idx": 0, "article": FTV_ARTICLE, "category": "一般", "company_id": 4, "reporter": "",
              "timestamp": stamp, "title": "維護空氣品質 南市機車攔檢不合格依法開罰", "url_pattern": "2020601W3140"}
    meta = load_text(tmp_path, "656.json", json.dumps(record, ensure_ascii=False, indent=8)).meta
    assert meta["publish_date"] == "2020-06-01"  # 2020-06-01 08:00 in Asia/Shanghai (00:00 UTC)
    assert meta["publish_date_source"] == "json record field timestamp"


def test_a_float_s_zero_fraction_is_still_unix_time():
    assert epoch_date("1590969600.0") == "2020-06-01"
    assert epoch_date("1624128762000.0") == "2021-06-20"
    assert epoch_date("1590969600.5") == ""  # a fraction of a second: no such record seen


def test_a_crawl_timestamp_is_no_date(tmp_path):
    record = {"article": FTV_ARTICLE, "crawl_timestamp": 1590969600.0, "title": "維護空氣品質 南市機車攔檢不合格依法開罰"}
    assert load_text(tmp_path, "656.json", json.dumps(record, ensure_ascii=False)).meta["publish_date"] is None


@pytest.mark.parametrize("url, date", [
    # fresh 66: the 山西省人民政府 page's own address (gold date 2019-09-18), a month folder above the TRS file name
    ("http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml", "2019-09-18"),
    # fresh8 322's related links (中国青年网)
    ("http://news.youth.cn/gj/201607/t20160714_8284254.htm", "2016-07-14"),
    ("https://news.sina.com.cn/o/2019-11-07/doc-iicezzrr7761289.shtml", "2019-11-07"),  # fresh20 660
    ("//n.sinaimg.cn/translate/588/w1076h1912/20191107/0533-ihyxcrq0806886.jpg", "2019-11-07"),  # 660's picture
])
def test_a_date_in_an_address(url, date):
    assert date_in_url(url) == date


def test_a_record_s_href_on_a_trs_site_gives_outlet_and_date(tmp_path):
    # fresh8 322 (中国青年网, from 人民日报海外版): its headline and a sentence of its body, and for the href the address of
    # a story the same page links to (the page's own address is not in the saved file)
    record = {"title": "海外留学生看两会：出国前后关注点大不同",
              "href": "http://news.youth.cn/gj/201607/t20160714_8284254.htm",
              "content": "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。但是，随着年龄和阅历的增长，"
                         "学子对两会的关注点在出国前后发生了很大的变化。"}
    meta = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False)).meta
    assert meta["outlet"] == "中国青年网"
    assert meta["outlet_source"].startswith("json record field href")
    assert meta["publish_date"] == "2016-07-14"  # t20160714_ of the TRS file name
