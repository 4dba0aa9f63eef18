"""Round 19 (loader19a): meta fields the text gives only in its own sentences. Seen articles are quoted (split/file)
in the shapes they were written in; the expected values were written by hand from the text.
"""

from conftest import load_text

# fresh13 441 (mrvgao/FindOpinion, a plain text of 澎湃新闻 with no source line): the people in it speak to the
# outlet by its bare name, three times.
STURGEON = (
    "担任此次科考活动技术组组长的中国水产科学研究院长江水产研究所研究员危起伟告诉澎湃新闻（www.thepaper.cn），"
    "虽然有确凿证据表明，2014年中华鲟在长江内已经自然繁殖产卵，但产卵场已经迁移，能否找到还是未知数。\n\n"
    "11月19日，危起伟告诉澎湃新闻，上个世纪80年代之前，洄游于长江的中华鲟估计有2000余尾，它们沿长江溯源而上3000公里，"
    "至金沙江产卵繁育幼鲟。\n\n"
    "湖北宜昌市渔政管理处副处长、宜昌中华鲟自然保护区管理处副主任卢林从事中华鲟保护30年，他告诉澎湃新闻，目前，"
    "主要通过声纳探测、水下视频监控、捕捞中华鲟鱼卵、解剖食卵鱼等方式，寻找中华鲟在宜昌段的产卵场。\n"
)

# fresh7 310 (Project-Gutenberg/Pincong-data, a WeChat export of 南方周末): its reporters are named bare, 记者 after.
RUILI = (
    "戴荣里本人则十分低调，他告诉南方周末记者，“这篇文章真是很平淡的，出于本心写的，也不要做过多的解读。”\n\n"
    "戴荣里的公众号文章下，有许多自称是瑞丽当地人的留言。\n\n"
    "10月29日，戴荣里接受了南方周末记者采访，以下为采访实录。\n"
)

# fresh6 267 (FT中文网): one sentence in which someone told another paper something.
FIGARO = "阿尔斯通的波帕-拉法基周二告诉《费加罗报》(Le Figaro)，不会第二次尝试合并，两家公司今后将各走各的路。\n"


def test_an_outlet_the_people_in_the_text_speak_to_by_its_bare_name_is_the_outlet(tmp_path):
    article = load_text(tmp_path, "sturgeon.txt", STURGEON)
    assert article.meta["outlet"] == "澎湃新闻"
    assert article.meta["outlet_source"].startswith("the paper whose reporters the people in the text speak to")


def test_a_paper_named_bare_before_its_reporters_is_the_outlet(tmp_path):
    article = load_text(tmp_path, "ruili.md", "# 《瑞丽需要祖国的关爱》作者戴荣里：发声是我应尽之责\n\n" + RUILI)
    assert article.meta["outlet"] == "南方周末"


def test_one_sentence_told_to_a_paper_names_no_outlet(tmp_path):
    # one mention quotes another paper's interview as often as it names the article's own
    article = load_text(tmp_path, "figaro.txt", FIGARO + "\n" + STURGEON.split("\n\n")[0].replace("告诉澎湃新闻（www.thepaper.cn）", "表示") + "\n")
    assert article.meta["outlet"] is None


def test_two_papers_spoken_to_name_no_outlet(tmp_path):
    # the text quotes a second paper as well: which one ran it cannot be told
    article = load_text(tmp_path, "two.txt", STURGEON + "\n" + FIGARO + "\n" + FIGARO.replace("周二", "周三"))
    assert article.meta["outlet"] is None


def test_a_public_body_spoken_to_twice_is_no_outlet(tmp_path):
    # fresh5 181: 中兴通讯提出向商务部提供更多信息的要求: a ministry is no newsroom, whatever outlets.tsv lists it as
    text = STURGEON.replace("告诉澎湃新闻（www.thepaper.cn）", "向商务部表示").replace("告诉澎湃新闻", "向商务部表示")
    article = load_text(tmp_path, "ministry.txt", text)
    assert article.meta["outlet"] is None
