"""Round 21, mend21a: a JSON record's fields that fresh20 lost (title, outlet, date its keys carry): a Scrapy item's
``name`` beside its body as its headline, its ``href`` as its address (the outlet by the host, the date by the path)."""

import json

import pytest
from conftest import load_text


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
