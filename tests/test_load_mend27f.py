"""Loader mends of mend27f: fresh27's containers (WiseNews 慧科 export pages, …)."""

import json

import pytest

from conftest import load_text, role_holding

_WISENEWS_HEADER = """<a name="body.201905140164540.222"></a>
<table bgcolor="#FFFFFF" width="100%" border="0" cellspacing="0" cellpadding="3">
<tbody><tr>
<td><font size="2"><nowrap>222 .{paper} | 發行量/接觸人次: 200,000 | 2019-05-14
<br>報章 |
09 |鎂刻地產{writer}</nowrap>
<br>字數: 1104 words
</font></td>
</tr>
</tbody></table>
<table bgcolor="#FFFFFF" width="100%" border="0" cellspacing="0" cellpadding="3">
<tbody><tr><td><hr></td></tr>
<tr>
<td><font size="5"><b><font class="highlight">深圳</font>二手房單月成交8000套 樓市已到牛熊分界線？</b></font>
<br>
</td>
</tr>
<tr><td>&nbsp;</td></tr>
</tbody></table>
"""
_WISENEWS_ARTICLE = """<table bgcolor="#FFFFFF" width="100%" border="0" cellspacing="0" cellpadding="5">
<tbody><tr>
<td>
<p>    進入5月以來，<font class="highlight">深圳</font>樓市雖然實際成交量較4月略有下滑，但多名中介人士告訴記者，一些新開盤的項目能明顯體驗到“搶房”的氛圍。</p><p>     此外，受此前新版徵信“五一”後將上線傳言、首套房貸利率普遍下調、粵港澳大灣區規劃等影響，近期二手房成交量明顯提升，單月一度接近8000套。</p><p>     不過業內人士分析認為，經歷了3、4月的成交高峰之後，市場會在5~8月份進入一個靜淡市。</p>
</td>
</tr>
</tbody></table>
"""
_WISENEWS_FOOTER = """<table bgcolor="#FFFFFF" width="100%" border="0" cellspacing="0" cellpadding="3">
<tbody><tr>
<td><font size="2">文章編號: 201905140164540 </font></td>
</tr>
<tr><td><a href="#toc.201905140164540.222">返回主菜單</a></td></tr>
</tbody></table>
<table bgcolor="#FFFFFF" width="100%" border="0" cellspacing="0" cellpadding="3">
<tbody><tr><td><hr></td></tr>
<tr>
<td><font size="1" face="Arial, Helvetica, sans-serif">
本內容經慧科的電子服務提供。以上內容、商標和標記屬慧科、相關機構或版權擁有人所有，並保留一切權利。使用者提供的任何內容由使用者自行負責，慧科不會對該等內容、版權許可或由此引起的任何損害 / 損失承擔責任。
</font></td>
</tr>
</tbody></table>
<table width="100%" border="0">
<tbody><tr>
<td align="center"><h4>---------- 222 ----------</h4></td>
</tr>
</tbody></table>
"""


def _wisenews_page(paper="每日經濟新聞", writer=" |By 甄素靜", footer=_WISENEWS_FOOTER):
    """fresh27 845's shape: a WiseNews export page of one article (its text cut short)."""
    return _WISENEWS_HEADER.format(paper=paper, writer=writer) + _WISENEWS_ARTICLE + footer


def test_a_wisenews_page_gives_headline_paper_date_and_writer(tmp_path):
    article = load_text(tmp_path, "845.html", _wisenews_page())
    assert article.meta["title"] == "深圳二手房單月成交8000套 樓市已到牛熊分界線？"
    assert article.meta["outlet"] == "每日經濟新聞"
    assert article.meta["author"] == "甄素靜"
    assert article.meta["publish_date"] == "2019-05-14"
    for furniture in ("文章編號: 201905140164540", "返回主菜單", "本內容經慧科的電子服務提供", "報章 |", "字數: 1104"):
        assert role_holding(article, furniture)[0] == "boilerplate"
    assert role_holding(article, "進入5月以來")[0] == "body"


@pytest.mark.parametrize("paper, writer, outlet, author", [
    # fresh27 846: a role word and a slash before the name; the paper's edition in brackets
    ("經濟日報(臺灣)", " |By 編譯／趙榮琳", "經濟日報", "趙榮琳"),
    # fresh27 850: a page with no writer in the header
    ("南方都市報(全國版)", "", "南方都市報", None),
    # made up: a simplified-script paper, a column's section before the writer
    ("香港文汇报", " |投資理財 |By 宋清辉", "香港文汇报", "宋清辉"),
])
def test_wisenews_header_variants(tmp_path, paper, writer, outlet, author):
    article = load_text(tmp_path, "wisenews.html", _wisenews_page(paper, writer))
    assert article.meta["outlet"] == outlet
    assert article.meta["author"] == author


def test_a_paper_named_in_latin_letters_yields_to_the_dateline(tmp_path):
    """fresh27 844 (the English interface): Hong Kong Commercial Daily is only a page clue; 【香港商報訊】 names it."""
    page = _wisenews_page("Hong Kong Commercial Daily", "").replace("<p>    進入", "<p>【香港商報訊】記者鄭珊珊報道：進入", 1)
    article = load_text(tmp_path, "844.html", page)
    assert article.meta["outlet"] == "香港商報"


def test_a_page_without_the_link_back_to_the_contents_is_no_wisenews_export(tmp_path):
    """Near miss: the same tables without the export's link back (#toc.…) are an ordinary page, read as before."""
    page = _wisenews_page(footer=_WISENEWS_FOOTER.replace('href="#toc.201905140164540.222"', 'href="/index.html"'))
    article = load_text(tmp_path, "plain.html", page)
    assert article.meta["author"] != "甄素靜" or article.meta["outlet"] != "每日經濟新聞"


_STORY = ("出道不到两年的少年组合TFBOYS，是当前微博真正的大V——转发量平均20万左右，个人近期单条转发峰值接近2000万。"
          "他们的人气盖过微博上大多数公共话题，一些娱乐圈前辈直面现状时，也发出了尴尬的感慨。\n\n"
          "朴树的歌曲《平凡之路》就是一个对比。为配合电影宣传，由韩寒在微博发布，目前转发数为38万余，和TFBOYS一般单曲效果类似。")


def _crawled_post(title: str, user: str, key: str = "post_user") -> str:
    """fresh27 840-842's shape: a crawled WeChat post, its account in a field no listed name explains."""
    return json.dumps({"post_date": "2015-05-09", "post_content": _STORY, key: user, "post_title": title}, ensure_ascii=False)


@pytest.mark.parametrize("title, user, key", [
    ("TFBOYS为什么这样红 | 大象公会", "大象公会", "post_user"),  # fresh27 840
    ("体育与阶层\u00a0| 大象公会", "大象公会", "post_user"),  # fresh27 841: a no-break space before the bar
    ("TFBOYS为什么这样红丨新世相", "新世相", "poster"),  # made up: another bar, another key
    ("TFBOYS为什么这样红 - 吴晓波频道", "吴晓波频道", "wx_user"),  # made up: a dash
])
def test_a_field_the_title_ends_with_names_the_outlet(tmp_path, title, user, key):
    article = load_text(tmp_path, "post.json", _crawled_post(title, user, key))
    assert article.meta["outlet"] == user
    assert article.meta["title"] == title[:title.rindex(user)].rstrip(" \u00a0|丨-")


@pytest.mark.parametrize("title, user", [
    ("TFBOYS为什么这样红", "大象公会"),  # the title names no one after a bar: the field stays unread
    ("大象公会", "大象公会"),  # the title is the name itself, no headline before a bar
])
def test_a_field_the_title_does_not_end_with_names_no_outlet(tmp_path, title, user):
    article = load_text(tmp_path, "post.json", _crawled_post(title, user))
    assert article.meta["outlet"] is None
    assert article.meta["title"] == title


_COLUMN = ("深圳能否成為「地球中心」，我覺得毫無討論的意義。沒有一所像樣的大學，這恐怕是深圳的最大短板。\n\n"
           "深圳的優勢在於創新的氛圍與市場化的環境，這些是其他城市一時難以複製的，也是它吸引年輕人的根本原因。\n\n")


@pytest.mark.parametrize("closing", [
    "作者為著名經濟學家，著有《強國提速：一本書讀懂中國經濟熱點》。",  # fresh27 847 (文匯報 via WiseNews)
    "作者为社会学家，现任某大学教授。",  # made up: another 学家, simplified script
])
def test_an_author_note_naming_a_scholar_under_the_column_is_chrome(tmp_path, closing):
    article = load_text(tmp_path, "column.txt", _COLUMN + closing + "\n")
    assert role_holding(article, closing)[0] == "boilerplate"


@pytest.mark.parametrize("closing", [
    "本欄逢周一刊出",  # fresh27 847
    "本栏每周二刊登。",  # made up
    "本專欄隔週刊出",  # made up
])
def test_a_column_schedule_closing_the_column_is_chrome(tmp_path, closing):
    article = load_text(tmp_path, "column.txt", _COLUMN + closing + "\n")
    assert role_holding(article, closing) == ("boilerplate", "column_note")


@pytest.mark.parametrize("closing", [
    "06-08版 統籌：南都記者 郭銳川",  # fresh27 850 (南方都市報 via WiseNews)
    "A12版 策划：本报记者 张三",  # made up
])
def test_a_page_runs_credit_under_the_story_is_chrome(tmp_path, closing):
    article = load_text(tmp_path, "page.txt", _COLUMN + closing + "\n")
    assert role_holding(article, closing) == ("boilerplate", "desk_credit")


@pytest.mark.parametrize("sentence", [
    # near misses: sentences of the text that start alike stay body
    "本栏逢周一刊出的文章，常常引起读者热烈讨论，编辑部每周都会收到大量来信。",
    "06-08版的内容，统筹了记者们一个月的采访，呈现深圳各区的经济版图。",
])
def test_sentences_that_start_like_those_notes_stay_body(tmp_path, sentence):
    article = load_text(tmp_path, "near.txt", _COLUMN + sentence + "\n\n" + _COLUMN.split("\n\n")[1] + "\n")
    assert role_holding(article, sentence)[0] == "body"


_LEAD = "日前，特斯拉突破300美元大关，让该公司总市值达到527亿美元，高于通用汽车496亿美元的市值，进而成为全美市值第一汽车制造商。"
_STORY_HTML = (f"<h1>虚远大于实：不要把特斯拉市值超越通用汽车当回事儿</h1>\\r\\n\\r\\n<p>孙永杰 2017-04-06 08:00 阅读：7644</p>\\r\\n\\r\\n"
               f"<p>{{summary}}</p>\\r\\n\\r\\n<p>{_LEAD}对此不仅业内欢欣鼓舞，认为以特斯拉为代表的新型科技企业已经战胜了老牌的传统汽车企业。</p>"
               "\\r\\n\\r\\n<p>其实业内知道，市值这个东西虽然有一定的参考性，但其瞬息万变的特性更多是资本市场的一种不确定性的反映。</p>")


def _sql_row(summary: str = "摘要：" + _LEAD, stored: str = "2017-10-31 15:17:00") -> str:
    """fresh27 848's shape: a headerless SQL row (id, title, content, a stored time, counters)."""
    return (f"INSERT INTO `new` VALUES ('9cfd9888-f7d7-4f5f-8a87-adf2ac412b26', '虚远大于实：不要把特斯拉市值超越通用汽车当回事儿', "
            f"'{_STORY_HTML.format(summary=summary)}', '{stored}', '1', '0', '0', '/upload/Tulips.jpg');\n")


def test_a_headerless_rows_date_yields_to_the_date_under_the_headline(tmp_path):
    article = load_text(tmp_path, "848.sql", _sql_row())
    assert article.meta["publish_date"] == "2017-04-06"


def test_a_headerless_rows_date_stands_when_the_text_shows_none(tmp_path):
    row = _sql_row().replace("孙永杰 2017-04-06 08:00 阅读：7644", "孙永杰 阅读：7644")
    article = load_text(tmp_path, "undated.sql", row)
    assert article.meta["publish_date"] == "2017-10-31"


@pytest.mark.parametrize("summary", [
    "摘要：" + _LEAD,  # fresh27 848
    "内容提要：" + _LEAD[:-1],  # made up: another label, no full stop
    "核心提示: " + _LEAD[:20],  # made up: a Latin colon, the lead's opening only
])
def test_a_labelled_summary_the_lead_repeats_is_chrome(tmp_path, summary):
    article = load_text(tmp_path, "848.sql", _sql_row(summary))
    assert role_holding(article, summary)[0] == "boilerplate"
    assert role_holding(article, _LEAD + "对此")[0] == "body"


def test_a_labelled_summary_the_lead_does_not_repeat_stays_body(tmp_path):
    """Near miss: a summary of its own (a journal's 内容提要, test_load_meta_rules) is the article's abstract."""
    summary = "内容提要：本文梳理了特斯拉市值超越通用汽车的原因，认为其中虚的成分远大于实。"
    article = load_text(tmp_path, "848.sql", _sql_row(summary))
    assert role_holding(article, summary)[0] == "body"


def test_a_summary_label_inside_the_text_stays_body(tmp_path):
    """Near miss: a paragraph of the text that quotes a paper's 摘要： after the lead is the article's."""
    text = (_COLUMN + "摘要：该论文指出，深圳的创新能力在全国城市中排名第一，研发投入占GDP比重超过百分之四。\n\n"
            + _COLUMN.split("\n\n")[1] + "\n")
    article = load_text(tmp_path, "paper.txt", text)
    assert role_holding(article, "该论文指出")[0] == "body"


_NEWS = ("“双11”未到，战争却已打响，一边是时尚潮流品牌及明星大咖助阵；一边是家电品牌大佬的集体会面，同时与互联网企业结盟组团迎战。\n\n"
         "而迎战“双11”不可回避的话题就是平台之争，值得注意的是，今年既是新零售概念提出满周年后的“双11”。\n")


@pytest.mark.parametrize("line, outlet, date", [
    # fresh27 851 (金融界 in an SQL row): a comment count first, a promo link last
    ("0评论 2017-10-31 13:35:11 来源：每日经济新闻 作者：每经记者 涨停板，就要这样抓", "每日经济新闻", "2017-10-31"),
    # made up: more comments, traditional script, no promo
    ("12評論 2018-03-02 09:10 來源：經濟日報 作者：記者", "經濟日報", "2018-03-02"),
])
def test_a_stamp_line_opened_by_a_comment_count_gives_outlet_and_date(tmp_path, line, outlet, date):
    article = load_text(tmp_path, "stamp.txt", "双11前阿里和京东在忙啥？\n\n" + line + "\n\n" + _NEWS)
    assert role_holding(article, line)[0] == "byline"
    assert article.meta["outlet"] == outlet
    assert article.meta["publish_date"] == date


def test_a_sentence_opening_with_a_count_of_comments_stays_body(tmp_path):
    """Near miss: a sentence of the text that starts with a count of comments and a date is the article's."""
    sentence = "300评论 2017-10-31 发出后，网友纷纷表示，今年的促销规则比往年更复杂，也更难让人看懂。"
    article = load_text(tmp_path, "near.txt", "双11前阿里和京东在忙啥？\n\n" + _NEWS + "\n" + sentence + "\n\n" + _NEWS)
    assert role_holding(article, "网友纷纷表示")[0] == "body"


@pytest.mark.parametrize("card", [
    # fresh27 841 (大象公会, a crawled WeChat post): the account's name, motto and channels glued on one line
    "大象公会：知识、见识、见闻微信：idxgh2013微博：@大象公会投稿：letters@idaxiang.org商务合作：bd@idaxiang.org 举报 微信扫一扫获得更多内容",
    # made up: spaces between the channels, another account
    "新世相 微信号：thefair2  微博：@新世相  商务合作：bd@thefair.net.cn",
])
def test_an_accounts_card_of_channels_closing_the_post_is_chrome(tmp_path, card):
    article = load_text(tmp_path, "post.txt", _STORY + "\n\n" + card + "\n")
    assert role_holding(article, card)[0] == "boilerplate"


def test_a_sentence_naming_one_channel_stays_body(tmp_path):
    """Near miss: the text naming the account's WeChat id once, in a sentence, is the article's."""
    sentence = "读者可以关注微信：idxgh2013，也可以在网站上阅读往期文章，了解更多关于大象公会的故事。"
    article = load_text(tmp_path, "post.txt", _STORY + "\n\n" + sentence + "\n")
    assert role_holding(article, sentence)[0] == "body"
