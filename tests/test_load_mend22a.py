"""Round 22, mend22a: what fresh21 lost in the loader, by shape.

* A web clipper's note that quotes the original's address above the text (SimpRead: ``> 本文由 [简悦 SimpRead](…) 转码，
  原文地址 [host](url)``): the address's host names the outlet, its path the day (fresh21 680, 681).
* A text with no headline of its own whose reprint note of the original headline (原标题：…) stands above it: that is
  the headline (fresh21 680).
* 稿源 (a portal's word for 来源) in a closing source credit: ``(稿源：红网)`` (fresh21 685).
* A promo that asks the reader to follow an account named by its WeChat ID and reply a keyword, its ID and keyword in
  bold, closing a short paragraph after a teaser (fresh21 684).
"""

import pytest
from conftest import load_text, role_holding, role_of

BANNER = "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/) 转码， 原文地址 [{host}]({address})\n\n"
# fresh21 680's text under its banner, cut to its first paragraphs.
SINA_ADDRESS = "https://finance.sina.com.cn/tech/2021-01-26/doc-ikftssap1156546.shtml"
SINA_TEXT = ("原标题：在上海办 “长三角的事”，沪苏常“一网通办” 实现跨省互通\n\n"
             "![](http://n.sinaimg.cn/sinakd2021126s/298/w700h398/20210126/71a4-kicwvzq7734135.jpg)图片来源：图虫\n\n"
             "常州市民何小姐最近入职一家上海文化策划公司，公司请她提供之前公积金的缴存情况。原本准备买火车票回常州办理的她，"
             "听说黄浦区行政服务中心就有常州政务服务自助终端，特地来试试看能否调取公积金记录。\n\n"
             "这台服务自助终端的出现，为她省去了两地奔波的麻烦。\n\n"
             "1 月 26 日下午，长三角政务服务 “一网通办” 互通共融启动仪式在黄浦区行政服务中心举行，正式启动了三地政务服务互通共融，"
             "并通过云签约完成了政务服务互通共融框架协议签署。\n")
# fresh21 681's first paragraph (a 中国江苏网 page, no headline line at all).
JSCHINA_ADDRESS = "http://jsnews.jschina.com.cn/cz/a/202101/t20210112_2708498.shtml"
JSCHINA_TEXT = ("2020 年 12 月 28 日起，常州市住房公积金管理中心采取全程网办、代收代办、两地联办等方式，开通了 3 项业务的 “跨省通办”，"
                "即个人住房公积金缴存贷款等信息查询、出具贷款职工住房公积金缴存使用证明、正常退休提取住房公积金。\n\n"
                "目前，中心柜面服务大厅开设了 “跨省通办” 服务专窗，排队系统增加了 “跨省通办” 取号类型。同时，有办理需求的职工可以拨打 "
                "12329 服务热线咨询相关信息。 （瞿枫 盛栖）\n")


def _clip(address: str, text: str, host: str = "") -> str:
    return BANNER.format(host=host or address.split("/")[2], address=address) + text


def test_a_simpread_clip_s_address_gives_its_outlet_and_date_and_its_original_headline_the_title(tmp_path):
    meta = load_text(tmp_path, "680.md", _clip(SINA_ADDRESS, SINA_TEXT)).meta
    assert meta["outlet"] == "新浪财经"  # finance.sina.com.cn in data/lexicon/outlets.tsv
    assert meta["publish_date"] == "2021-01-26"  # /tech/2021-01-26/ in the path
    assert meta["title"] == "在上海办 “长三角的事”，沪苏常“一网通办” 实现跨省互通"


def test_a_trs_address_in_the_banner_gives_the_day_of_its_file_name(tmp_path):
    meta = load_text(tmp_path, "681.md", _clip(JSCHINA_ADDRESS, JSCHINA_TEXT)).meta
    assert (meta["outlet"], meta["publish_date"]) == ("中国江苏网", "2021-01-12")
    assert meta["title"] is None  # the file shows no headline: none is made up


@pytest.mark.parametrize("note, outlet, date", [
    # another clipper's wording, another outlet: a colon after the label, the link text the whole address
    ("> 原文链接：[https://www.thepaper.cn/newsDetail_forward_123456](https://www.thepaper.cn/newsDetail_forward_123456)\n\n",
     "澎湃新闻", None),
    ("原文地址：[人民网](http://society.people.com.cn/n1/2019/0312/c1008-30971234.html)\n\n", "人民网", "2019-03-12"),
    ("> Source: [rednet.cn](https://hn.rednet.cn/content/2022/05/09/11234567.html)\n\n", "红网", "2022-05-09"),
])
def test_other_clippers_notes_give_the_address_s_outlet_and_date(tmp_path, note, outlet, date):
    meta = load_text(tmp_path, "clip.md", note + JSCHINA_TEXT).meta
    assert (meta["outlet"], meta["publish_date"]) == (outlet, date)


def test_an_address_note_under_the_text_says_nothing(tmp_path):
    # near-miss: a link the text's end points to (a related story's address) is no note about this article
    text = JSCHINA_TEXT + "\n原文链接：[相关报道](http://society.people.com.cn/n1/2019/0312/c1008-30971234.html)\n"
    meta = load_text(tmp_path, "clip.md", text).meta
    assert meta["outlet"] != "人民网" and meta["publish_date"] != "2019-03-12"


def test_a_link_above_the_text_with_no_address_label_is_no_original(tmp_path):
    # near-miss: a plain link above the text (the clipper's own home page) is not the article's address
    text = "> 本文由 [简悦 SimpRead](http://ksria.com/simpread/2020/01/02/a.html) 转码\n\n" + JSCHINA_TEXT
    meta = load_text(tmp_path, "clip.md", text).meta
    assert meta["publish_date"] != "2020-01-02"


@pytest.mark.parametrize("note, title", [
    ("（原标题：多地开通公积金“跨省通办”）", "多地开通公积金“跨省通办”"),
    ("原标题：《杭州地铁三期规划获批》", "杭州地铁三期规划获批"),
    ("原題：臺中捷運綠線今通車", "臺中捷運綠線今通車"),
])
def test_an_original_headline_note_above_a_text_with_no_headline_is_its_title(tmp_path, note, title):
    meta = load_text(tmp_path, "clip.md", _clip(JSCHINA_ADDRESS, note + "\n\n" + JSCHINA_TEXT)).meta
    assert meta["title"] == title


def test_an_original_headline_note_gives_way_to_the_headline(tmp_path):
    # near-miss: a clip with its own heading keeps it; the 原标题 note is the paper's headline, chrome
    text = _clip(SINA_ADDRESS, "# 沪苏常政务服务“一网通办”互通共融\n\n" + SINA_TEXT)
    meta = load_text(tmp_path, "680.md", text).meta
    assert meta["title"] == "沪苏常政务服务“一网通办”互通共融"


def test_an_original_headline_note_under_the_first_paragraph_is_no_title(tmp_path):
    # near-miss: a 原标题 note below text belongs to a quoted or listed story
    text = _clip(JSCHINA_ADDRESS, JSCHINA_TEXT + "\n原标题：另一篇报道的标题\n")
    assert load_text(tmp_path, "681.md", text).meta["title"] is None


# fresh21 685 (a SogouC text of 红网): the closing credits under the sidebar.
REDNET_TEXT = ("　　　红网5月9日讯(潇湘晨报记者 谢功梅 实习生 沈丽娜) 已经进入5月，而目前我省电价并没有任何动静，传言终于不攻自破。"
               "9日，省电力公司财务部相关负责人表示：“这纯属假消息。”\n"
               "　　据介绍，煤电联动政策始于2004年年底。当时国家规定，以不少于6个月为一个煤电价格联动周期。\n"
               "　　{closing}\n"
               "　　(作者：谢功梅 沈丽娜)\n")


@pytest.mark.parametrize("closing", ["(稿源：红网)", "（稿源：新华网）", "（稿件来源：人民网）", "稿源：湖南日报"])
def test_a_closing_source_credit_labelled_gao_yuan_is_chrome(tmp_path, closing):
    article = load_text(tmp_path, "685.txt", REDNET_TEXT.format(closing=closing))
    assert role_of(article, closing) == ("boilerplate", "source_note")


def test_gao_yuan_inside_a_sentence_stays_body(tmp_path):
    # near-miss: the word in a sentence of the text (稿源 as a subject) is no credit
    sentence = "稿源紧张的问题一直困扰着这家县级报社，编辑部每天都要四处约稿。"
    article = load_text(tmp_path, "685.txt", REDNET_TEXT.format(closing=sentence))
    assert role_of(article, sentence)[0] == "body"


# fresh21 684 (a 腾讯财经 column page): the promo paragraph closing the text, its ID and keyword in bold.
PAGE = ("<html><head><meta charset=\"utf-8\"><title>57位富豪如何掌控了印度70%的财富？_腾讯财经_腾讯网</title></head><body>"
        "<div class=\"main\"><h1>57位富豪如何掌控了印度70%的财富？</h1>"
        "<p>根据牛津乐施会最近在世界经济论坛上发布的报告显示，印度是世界上经济发展最不平衡的国家。乐施会印度首席执行官Nisha Agrawal表示，"
        "印度突然宣布废除旧版大额纸币的行为加剧了印度的贫富差距。</p>"
        "<p>印度的一些避税天堂应该关闭，同时增加在医疗卫生和国民教育方面的支出，提高国民的教育水平和技术水平。这不仅有利于提高印度国民的收入水平，"
        "提高他们的福利，还能够促进印度的经济发展。</p>"
        "<p>印度应该改进税制，此前印度的税收主要依赖间接的税制，未来印度需要增加对财富或者基金的收入的税收。</p>"
        "<p>{promo}</p></div></body></html>")
REAL_PROMO = ("<span><strong>【涨知识：医药出口额只有德国1/3的印度为啥成了“世界药房”？</strong></span>】印度为何有“世界药房”之称？"
              "感兴趣的读者可以关注微信公号<span><strong>（ID：missmoneytf）</strong></span>，并回复关键字<span><strong>“药房”</strong>"
              "</span>，小M马上给你讲解！")


def _shown(promo: str) -> str:
    import re
    return re.sub(r"<[^>]+>", "", promo)


@pytest.mark.parametrize("promo", [
    REAL_PROMO,
    # another column, another account, its reply word written 回覆 and the ID unbolded
    "<strong>【读懂财报：一家银行的利润从哪里来？】</strong>想知道答案吗？欢迎大家關注我們的公眾號（微信號：bank_talk），然後回覆“利润”，我们为你解答！",
    # the prompt alone, 发送 for 回复
    "喜欢这篇文章的朋友可以关注订阅号<b>（ID：caijing2018）</b>，发送<b>“基金”</b>获取完整报告。",
])
def test_a_follow_and_reply_promo_closing_the_text_is_chrome(tmp_path, promo):
    article = load_text(tmp_path, "684.html", PAGE.format(promo=promo))
    assert role_holding(article, _shown(promo)[-12:])[0] == "boilerplate"


def test_a_service_story_s_follow_and_reply_sentence_stays_body(tmp_path):
    # near-miss: a story telling citizens which account to follow names it by its name, not by its ID
    sentence = "市民可关注“常州发布”微信公众号，回复<strong>“社保”</strong>即可查询缴费记录，也可拨打12333咨询。"
    article = load_text(tmp_path, "684.html", PAGE.format(promo=sentence))
    assert role_holding(article, "即可查询缴费记录")[0] == "body"
