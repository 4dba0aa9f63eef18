"""Mend after fresh15's scoring (mend16a): loader meta failures of fresh15, each fixed by class. The meta of the kiosk
file (494/495) and the video record (492) is tested in test_load_mend16b.py, beside their chrome, on one copy of each.
Provenance of the articles in data/eval/fresh15/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text

# fresh15 501 (NodeBE4/oped2 _posts/2019-10-17-人民币贬值对中国经济不是好事.md @17cab52): a repost bot's Jekyll post, its
# one category and the host of its from: address the site it copied (front matter as written; one paragraph of the text).
def _repost(author: str, category: str, address: str) -> str:
    return (f'---\nlayout: post\ntitle: "人民币贬值对中国经济不是好事"\ndate: 2019-10-17T08:12:40+01:00\nauthor: {author}\n'
            f'from: {address}\ntags: [ {category} ]\ncategories: [ {category} ]\n---\n\n'
            "自今年8月以来，人民币已下跌约4%，并在周一跌破了1美元兑7元人民币的心理关口。"
            "不过，分析人士认为，人民币贬值对中国经济的帮助可能不如过去那么大。\n")


def test_a_repost_s_author_that_is_its_source_site_is_no_writer(tmp_path):
    article = load_text(tmp_path, "501.md", _repost("Nei.st", "Nei.st", "https://nei.st/medium/ft/chinas-economy-faces-currency-devaluation-drag"))
    assert article.meta["author"] is None


def test_a_repost_s_category_named_by_its_from_address_is_the_outlet(tmp_path):
    # fresh15 500 (same bot, a Matters post): author: 張潔平, categories: [ Matters ], from: https://matters.news/@az/…
    article = load_text(tmp_path, "500.md", _repost("張潔平", "Matters", "https://matters.news/@az/zdpuApH9pC1eAMbZ"))
    assert article.meta["outlet"] == "Matters"
    assert article.meta["author"] == "張潔平"
    # a category the address does not name (a topic) says nothing of the site
    topic = load_text(tmp_path, "topic.md", _repost("張潔平", "香港", "https://matters.news/@az/zdpuApH9pC1eAMbZ"))
    assert topic.meta["outlet"] != "香港"
