"""Roles on small articles written for the purpose: captions, images in sentences, cue positions, formats."""

from pathlib import Path

import pytest

from conftest import load_text
from zhnews.load import load_article
from zhnews.load.roles import split_glued_caption

LONG_A = "公司今年的营收继续增长，管理层在年报中表示，新业务的贡献超过了三成，市场对此反应积极，股价连续上涨。"
LONG_B = "分析人士认为，这一增长主要来自海外市场，尤其是东南亚地区的订单大幅增加，带动了整体业绩的提升。"
LONG_C = "不过也有专家提醒，原材料价格波动和汇率变化仍可能给公司带来压力，投资者需要保持谨慎的态度。"


def rows(article, role, kind=None):
    table = article.paragraphs
    mask = table.role == role
    if kind:
        mask &= table.kind == kind
    return table[mask].text.tolist()


# ---- captions -------------------------------------------------------------------------------


def test_glued_caption_is_split_from_the_next_sentence(tmp_path):
    text = (
        "# 特斯拉发布会\n\n"
        f"{LONG_A}特斯拉的股价今年以来波动很大。![](https://img.example.com/a.jpg)"
        "马斯克在发布会现场特斯拉的股价随后上涨了百分之五，创下年内新高。\n"
        f"{LONG_B}\n"
    )
    article = load_text(tmp_path, "glued.md", text)
    assert rows(article, "caption") == ["马斯克在发布会现场"]
    assert any(t.startswith("特斯拉的股价随后上涨了百分之五") for t in rows(article, "body"))


@pytest.mark.parametrize(
    "after_image, caption",
    [
        ("北京冬奥会开幕式现场这场开幕式吸引了全球观众的目光。", "北京冬奥会开幕式现场"),
        ("在美国的围堵战略下，中国经济的未来可能面临两种路径。", None),  # a body sentence, no caption
        ("此外，随着黑客技术的不断迭代、创新，网络攻击的招数五花八门。", None),
        ("2015年，毕业于浙江大学的梁文峰创办了幻方量化基金公司。", None),
    ],
)
def test_split_glued_caption_cases(after_image, caption):
    document = after_image + "梁文峰。幻方量化。美国的围堵。网络攻击。中国经济。"
    cut = split_glued_caption(after_image, document)
    assert (after_image[:cut] if cut else None) == caption


def test_image_inside_a_sentence_keeps_the_sentence_whole(tmp_path):
    text = f"{LONG_A}\n今年的营收![](https://img.example.com/b.png)增长了三成，超出了市场此前的普遍预期。\n{LONG_B}\n"
    article = load_text(tmp_path, "inline.md", text)
    assert "今年的营收增长了三成，超出了市场此前的普遍预期。" in rows(article, "body")
    assert rows(article, "caption") == []


def test_short_line_after_an_image_and_credit_lines_are_captions(tmp_path):
    text = (
        f"{LONG_A}\n\n![](https://img.example.com/c.jpg)\n\n工厂的新生产线\n\n{LONG_B}\n\n"
        f"![](https://img.example.com/d.jpg)\n\n图片来源：视觉中国\n\n{LONG_C}\n\n"
        "<figure><figcaption>二〇二三年的年度报告封面</figcaption></figure>\n"
    )
    article = load_text(tmp_path, "captions.md", text)
    assert rows(article, "caption", "image_caption") == ["工厂的新生产线", "二〇二三年的年度报告封面"]
    assert rows(article, "caption", "image_credit") == ["图片来源：视觉中国"]


@pytest.mark.parametrize("after_image, caption", [
    # a credit in brackets closes the caption, even after a sentence end (fresh3 100's shape)
    ("2019年3月26日，香港，集团董事长出席新闻发布会。（图｜视觉中国）有了漂亮的业绩做基础，公司就可以大幅融资。",
     "2019年3月26日，香港，集团董事长出席新闻发布会。（图｜视觉中国）"),
    ("处罚决定书（图源：证监会官网）这种激进的确认收入的方式，终究还是纸包不住火。", "处罚决定书（图源：证监会官网）"),
    ("《安家》剧照危机暴露之初，人们更多认为是因为市场大环境变差。", "《安家》剧照"),  # a word naming the picture
    ("截图显示，公司去年的营收下降了三成。", None),  # 截图 opening a sentence closes no caption
])
def test_glued_caption_with_a_visible_end(after_image, caption):
    cut = split_glued_caption(after_image, after_image)
    assert (after_image[:cut] if cut else None) == caption


def test_captions_where_the_page_kept_no_image(tmp_path):
    text = (
        f"{LONG_A}\n\n英国某报网站题为《武汉再次充满欢声笑语》的报道截图。\n\n{LONG_B}\n\n"
        "余振东被遣返回国后被判处12年有期徒刑。余振东被遣返回国后被判处12年有期徒刑。\n\n"
        f"{LONG_C}\n\n雨游黄鹤楼照样开心。城市摄影队 周斌 摄\n\n{LONG_A}\n\n"
        "他在微博上发了一张聊天记录的截图。\n\n"  # a sentence ending 截图 in a paragraph of its own
        f"{LONG_B}\n"
    )
    article = load_text(tmp_path, "no_images.txt", text)
    assert rows(article, "caption", "image_caption") == [
        "英国某报网站题为《武汉再次充满欢声笑语》的报道截图。",
        "余振东被遣返回国后被判处12年有期徒刑。余振东被遣返回国后被判处12年有期徒刑。",
        "雨游黄鹤楼照样开心。城市摄影队 周斌 摄",  # the credit closing its caption: one caption, as the gold has them
    ]


def test_indented_paragraph_after_an_image_still_follows_it(tmp_path):
    # 　　 (full-width indent) before a caption under <center><img></center>, as on cjn.cn (fresh 64)
    page = ("<html><body><div><p>" + LONG_A + "</p><center><img src='a.jpg'></center>"
            "<p>\u3000\u3000工人们在新生产线上忙碌</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div></body></html>")
    article = load_text(tmp_path, "indent.html", page)
    assert rows(article, "caption", "image_caption") == ["工人们在新生产线上忙碌"]


# ---- cue positions --------------------------------------------------------------------------


def test_source_cue_counts_only_at_the_edges(tmp_path):
    text = (
        f"{LONG_A}\n\n来源：不同渠道的数据显示，该公司的海外订单在过去一年里翻了一番，成为增长最快的业务。\n\n"
        f"{LONG_B}\n\n{LONG_C}\n\n来源：新华社\n\n编辑：王五\n"
    )
    article = load_text(tmp_path, "cues.md", text)
    assert any(t.startswith("来源：不同渠道的数据显示") for t in rows(article, "body"))
    assert rows(article, "boilerplate", "source_note") == ["来源：新华社"]
    assert rows(article, "boilerplate", "editor_credit") == ["编辑：王五"]


def test_tail_after_related_list_is_boilerplate(tmp_path):
    text = (
        f"{LONG_A}\n\n{LONG_B}\n\n**往期推荐**\n\n[一篇旧文章的标题](https://mp.weixin.qq.com/s/1)\n\n"
        "[另一篇旧文章](https://mp.weixin.qq.com/s/2)\n"
    )
    article = load_text(tmp_path, "related.md", text)
    assert rows(article, "boilerplate", "related") == ["往期推荐", "一篇旧文章的标题", "另一篇旧文章"]
    assert rows(article, "body") == [LONG_A, LONG_B]


def test_glued_call_to_share_is_split_off(tmp_path):
    text = f"{LONG_A}\n{LONG_B}“点赞”“在看”，让更多人看到\n"
    article = load_text(tmp_path, "cta.md", text)
    assert rows(article, "body")[-1] == LONG_B
    assert rows(article, "boilerplate", "cta") == ["“点赞”“在看”，让更多人看到"]


# ---- markdown syntax ------------------------------------------------------------------------


def test_markdown_markup_is_removed(tmp_path):
    text = (
        "---\ntitle: 测试文章\ndate: 2021-3-5\n---\n\n"
        "[ 某某号 ](javascript:void\\(0\\);)\n\n"
        f"[![](https://img.example.com/e.jpg)](https://example.com/x)![]()\n\n"
        f"~~删除线里的文字~~仍然是文字，AT&amp;T&nbsp;公司**也**在其中。{LONG_A}\n\n"
        "![](https://mmbiz.qpic.cn/abc/640?wx_fmt=jpeg&from;=appmsg&wx;_lazy=1)\n"
    )
    article = load_text(tmp_path, "syntax.md", text)
    assert article.meta["title"] == "测试文章" and article.meta["publish_date"] == "2021-03-05"
    body = rows(article, "body")
    assert body[-1].startswith("删除线里的文字仍然是文字，AT&T 公司也在其中。")
    assert not any(ch in "".join(body) for ch in "*~[]()!&;") or "AT&T" in "".join(body)
    assert article.coverage.ratio == 1.0


def test_html2text_hard_wrap_is_rejoined_with_a_space(tmp_path):
    text = (
        "# 标题\n\n据悉，Security\nCopilot将目前最强大的语言模型内置在产品中，并与微软的安全模型库相结合。\n\n"
        f"{LONG_A}\n"
    )
    article = load_text(tmp_path, "wrapped.md", text)
    assert rows(article, "body")[0].startswith("据悉，Security Copilot将目前最强大的语言模型")


# ---- HTML -----------------------------------------------------------------------------------


def test_wechat_html_meta_and_body(tmp_path):
    page = (
        "<html><head><title>标题</title><script>var ct = \"1577808000\"; var nickname = \"某某公众号\";</script>"
        "<style>.x{}</style></head><body><div id=\"js_article\">"
        "<h2 class=\"rich_media_title\" id=\"activity-name\">一篇公众号文章</h2>"
        "<div id=\"js_content\"><section><p>" + LONG_A + "</p><p><img src=\"a.jpg\"></p>"
        "<p>现场图片</p><p>" + LONG_B + "<!-- 编辑备注 --></p><noscript>请开启脚本</noscript></section></div>"
        "<div class=\"rich_media_tool\"><div>阅读</div><div>写留言</div></div></div></body></html>"
    )
    article = load_text(tmp_path, "wechat.html", page)
    meta = article.meta
    assert meta["title"] == "一篇公众号文章" and meta["outlet"] == "某某公众号"
    assert meta["publish_date"] == "2020-01-01"  # 1577808000 is 2020-01-01 00:00 in Beijing
    assert rows(article, "body") == [LONG_A, LONG_B]
    assert rows(article, "caption") == ["现场图片"]
    everything = "".join(article.paragraphs.text)
    assert "var ct" not in everything and "编辑备注" not in everything and "请开启脚本" not in everything
    assert rows(article, "boilerplate") == ["阅读", "写留言"]


def test_news_html_keeps_outside_text_as_boilerplate(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>新闻标题_新闻_某某网</title></head><body>"
        "<ul class=\"nav\"><li><a>首页</a></li><li><a>新闻</a></li><li><a>体育</a></li></ul>"
        "<div class=\"article\"><h1>新闻标题</h1><p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_C + "</p></div>"
        "<div id=\"comments\"><p>网友甲：写得很好，支持一下作者！</p></div>"
        "<div class=\"footer\">Copyright © 2024 某某网 版权所有</div></body></html>"
    )
    article = load_text(tmp_path, "news.html", page)
    assert article.meta["title"] == "新闻标题" and article.meta["outlet"] == "某某网"
    assert rows(article, "title") == ["新闻标题"]
    assert rows(article, "body") == [LONG_A, LONG_B, LONG_C]
    assert rows(article, "boilerplate", "nav") == ["首页", "新闻", "体育"]
    assert rows(article, "boilerplate", "comment") == ["网友甲：写得很好，支持一下作者！"]
    assert rows(article, "boilerplate", "copyright") == ["Copyright © 2024 某某网 版权所有"]
    assert article.coverage.ratio == 1.0


# ---- plain text -----------------------------------------------------------------------------


def test_one_line_text_is_split_into_whole_sentence_paragraphs(tmp_path):
    text = "［提要］" + LONG_A + "［我来说两句］［相关新闻］" + (LONG_B + LONG_C) * 5 + "［详细］"
    article = load_text(tmp_path, "oneline.txt", text)
    body = rows(article, "body", "text")
    assert len(body) >= 3 and all(t.endswith("。") for t in body)
    assert rows(article, "body", "heading") == ["［提要］"]
    assert rows(article, "boilerplate", "nav") == ["［我来说两句］［相关新闻］"]
    assert rows(article, "boilerplate", "read_more") == ["［详细］"]
    assert article.coverage.ratio == 1.0


def test_plain_text_first_short_line_is_the_title(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "上海发布新规：外卖平台须公示抽成比例\n\n"
        "记者今天从上海市市场监管局获悉，新规将于明年1月1日起施行。平台抽成比例须在显著位置公示。\n\n"
        "业内人士认为，此举有助于保护商户权益。\n",
        encoding="utf-8",
    )
    loaded = load_article(article)
    assert loaded.meta["title"] == "上海发布新规：外卖平台须公示抽成比例"
    assert loaded.paragraphs["role"].tolist() == ["title", "body", "body"]


def test_plain_text_opening_with_prose_has_no_title(tmp_path):
    article = tmp_path / "prose.txt"
    article.write_text("记者今天获悉，新规将于明年施行。\n\n业内人士认为，此举有助于保护商户权益。\n", encoding="utf-8")
    loaded = load_article(article)
    assert loaded.meta["title"] is None
    assert set(loaded.paragraphs["role"]) == {"body"}


def test_modern_wechat_page(tmp_path):
    """A hand-written page in today's WeChat markup: meta line, script variables, furniture at the end."""
    loaded = load_article(Path(__file__).parent / "data" / "wechat_modern.html")
    meta = loaded.meta
    assert (meta["title"], meta["author"], meta["outlet"]) == ("央行宣布降准0.5个百分点", "王明", "财经早餐")
    assert meta["publish_date"] == "2024-09-30"  # var ct = 1727661600, 10:00 in Beijing
    table = loaded.paragraphs
    kinds = dict(zip(table["text"], zip(table["role"], table["kind"])))
    assert kinds["图片来源：视觉中国"] == ("caption", "image_credit")
    assert kinds["编辑：李华 审核：张强"] == ("boilerplate", "editor_credit")
    assert kinds["点击“在看”，让更多人看到"] == ("boilerplate", "cta")
    body = " ".join(table.loc[table["role"] == "body", "text"])
    assert "分析人士认为，此次降准超出市场预期，有助于稳定经济增长。" in body
    assert "console.log" not in " ".join(table["text"]) and ".x{color" not in " ".join(table["text"])
    assert loaded.coverage.ratio == 1.0


def test_news_portal_page_in_gbk(tmp_path):
    """A hand-written portal page, saved as GBK: nav, dateline, photo caption and credit, related list."""
    page = tmp_path / "news_portal.html"
    page.write_bytes((Path(__file__).parent / "data" / "news_portal.html").read_text(encoding="utf-8").encode("gbk"))
    loaded = load_article(page)
    meta = loaded.meta
    assert (meta["title"], meta["author"], meta["publish_date"]) == ("多地出台措施促进消费", "张三", "2024-05-12")
    assert meta["encoding"] == "gb18030"
    table = loaded.paragraphs
    kinds = dict(zip(table["text"], zip(table["role"], table["kind"])))
    assert kinds["图为北京某商场内的消费者。"] == ("caption", "image_caption")
    assert kinds["新华社记者 王五 摄"] == ("caption", "image_credit")
    assert kinds["本报北京5月11日电（记者张三）"][0] == "byline"
    assert kinds["（责任编辑：赵六）"] == ("boilerplate", "editor_credit")
    assert table["role"].iloc[0] == "boilerplate" and table["kind"].iloc[0] == "nav"
    body = table.loc[table["role"] == "body", "text"].tolist()
    assert body[0].startswith("近日，北京、上海、广州等多地相继出台措施")
    assert "据商务部统计，一季度全国社会消费品零售总额达12.03万亿元，同比增长4.7%。" in body[0]
    assert all(role == "boilerplate" for role in table.loc[table["text"].isin(["相关新闻", "一季度经济数据发布"]), "role"])
    assert loaded.coverage.ratio == 1.0


def test_markdown_underscores_between_han_characters_are_text_and_link_targets_may_hold_brackets(tmp_path):
    text = ("# AI Agent发展简史_澎湃号·湃客_澎湃新闻\n\n[王吉伟](javascript:void(0);)\n\n"
            "见[系统神经科学](https://www.cell.com/fulltext/S1364-6613/(23/x)00099-2)中的问题，这是一个很长的句子，"
            "用来确定文章的主体从这里开始，而且它以句号结尾。\n")
    article = load_text(tmp_path, "underscore.md", text)
    assert rows(article, "title", "headline") == ["AI Agent发展简史_澎湃号·湃客_澎湃新闻"]
    # The page title's site (澎湃新闻, after the column 澎湃号·湃客) is no part of the headline, whichever outlet wins.
    assert article.meta["title"] == "AI Agent发展简史"
    assert rows(article, "byline", "outlet") == ["王吉伟"]
    assert any(t.startswith("见系统神经科学中的问题") for t in rows(article, "body"))
    assert article.coverage.ratio == 1.0


def test_a_run_of_one_word_lines_under_the_article_is_a_menu(tmp_path):
    body = "美国至少有19个州已经下令要求民众在公共场合佩戴口罩，佛罗里达州坦帕市市长在接受电视采访时表示将严格执行。"
    text = "# 美国新冠肺炎确诊病例超278万例\n\n" + "\n\n".join([body] * 3) + "\n\n- 推荐\n- 娱乐\n- 体育\n- 财经\n"
    article = load_text(tmp_path, "menu.md", text)
    assert rows(article, "boilerplate", "nav") == ["推荐", "娱乐", "体育", "财经"]
    assert rows(article, "body") == [body] * 3


def test_names_under_a_lone_byline_label_are_the_byline(tmp_path):
    body = "广东人Jenny从未想过巴以冲突会和自己产生什么关联，她在广州一家外贸公司上班，最熟悉的航线是红海航线。"
    text = "# 巴以冲突，困住中国外贸人\n\n" + "\n\n".join([body] * 3) + "\n\n**作者**\n\n王之言 高孜然\n\n编辑 周褶褶 ｜ 排版 魏蔚\n"
    article = load_text(tmp_path, "byline.md", text)
    assert article.meta["author"] == "王之言、高孜然"
    assert rows(article, "body") == [body] * 3


def test_an_outlet_name_alone_under_the_article_is_a_credit(tmp_path):
    body = "未来科学大奖开设四年以来，王小云是首位女性获奖者，这位女性科学家背后有着什么样的故事，值得我们细细了解。"
    article = load_text(tmp_path, "credit.md", "# 奖金711万元\n\n" + "\n\n".join([body] * 3) + "\n\n环球网\n")
    assert rows(article, "boilerplate", "source_note") == ["环球网"]
    assert rows(article, "body") == [body] * 3


def test_glued_caption_never_ends_before_a_particle():
    # 新鲜|的是 would cut a word: 的 ties to the word before it (a sina food page, unlabelled sweep)
    after_image = "湘菜粤菜兵分两路，新鲜的是，湘菜浓妆淡抹，粤菜却是明艳照人。"
    document = after_image + "最重要的是口味。湘菜。粤菜。"
    assert split_glued_caption(after_image, document) is None


HTML_PAGE = """<html><head><meta charset="utf-8"><title>两款小车对比测评</title></head><body>
<h1>两款小车对比测评</h1>
<p>　　{a}</p>
<p align=center><img src="http://img.example.com/1.jpg"></p>
<p>　<strong>　公路行驶表现</strong></p>
<p>　　{b}</p>
<p align=center><img src="http://img.example.com/2.jpg"></p>
<p>　　{c}</p>
</body></html>"""


def test_an_emphasised_heading_under_a_picture_is_no_caption(tmp_path):
    # an indented <strong> line right after an image opens a section (a car test page, unlabelled sweep)
    path = tmp_path / "test_drive.html"
    path.write_text(HTML_PAGE.format(a=LONG_A, b=LONG_B, c=LONG_C), encoding="utf-8")
    article = load_article(path)
    assert "公路行驶表现" in rows(article, "body")
    assert rows(article, "caption") == []


def test_a_link_glued_to_its_icon_is_no_caption(tmp_path):
    # a related headline behind a bullet icon: the link text is not cut into a caption and a body sentence
    page = HTML_PAGE.replace('<p>　<strong>　公路行驶表现</strong></p>',
                             '<p><img src="http://img.example.com/dot.gif"><a href="/news/2.html">2.2005年韩国最新电影【绿色椅子】【DVD-RMVB/431MB】【中文字幕】</a></p>')
    path = tmp_path / "related.html"
    path.write_text(page.format(a=LONG_A, b=LONG_B, c=LONG_C), encoding="utf-8")
    article = load_article(path)
    pieces = article.paragraphs.text.tolist()
    assert "2.2005年韩国最新电影【绿色椅子】【DVD-RMVB/431MB】【中文字幕】" in pieces
    assert not any("绿色椅子" in text and not text.startswith("2.2005年") for text in pieces)


def test_squeeze_folds_whitespace_runs_and_drops_zero_width_characters():
    from zhnews.load.pieces import squeeze

    text = "第一\u200b句 \t\u3000\n第二句\ufeff "
    assert squeeze(list(text), [False] * len(text)) == ("第一句 第二句 ", [])
    # With emphasis the spans follow the squeezed text: **第二句** after the folded run.
    flags = [False] * 8 + [True] * 3 + [False, False]
    assert squeeze(list(text), flags) == ("第一句 第二句 ", [(4, 7)])


def test_cue_text_reads_the_colon_and_slash_forms_as_the_lexicon_writes_them():
    from zhnews.load.roles import cue_text

    assert cue_text("記者︰王小明﹕台北") == "記者：王小明：台北"
    assert cue_text("【聯合報╱本報記者王小明】") == "【聯合報／本報記者王小明】"
    assert cue_text("记者：王小明") == "记者：王小明"
