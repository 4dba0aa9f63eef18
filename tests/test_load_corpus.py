"""Every corpus article (../shared/corpus, see SOURCES.tsv) loads completely, with facts read off each file."""

import re

import pytest

from conftest import load
from zhnews.load import load_article

CORPUS = [
    "04_daxianggonghui_pork_price.md",
    "10_freebuf_hotpot_data_fine.md",
    "11_aigc_security_copilot.md",
    "16_qq_tech_deepmind.html",
    "19_pixnet_blog_zh-hant.html",
    "20_wechat_qzfb_folic_acid.html",
    "21_sogou_xinjingbao_medical_insurance.txt",
    "22_fudan_shenzhen_stats_1998_gbk.txt",
]
MARKUP = re.compile(r"https?:|www\.|!\[|\]\(|\*\*|__|&from|&wx|&nbsp|<[a-z/]|%>|javascript|function\s*\(")

def rows(article, role=None, kind=None):
    table = article.paragraphs
    mask = (table.role == role) if role else (table.role != "")
    if kind:
        mask &= table.kind == kind
    return table[mask].text.tolist()


@pytest.mark.parametrize("name", CORPUS)
def test_loads_with_complete_coverage_and_no_duplication(corpus_dir, name):
    article = load(corpus_dir, name)
    assert article.coverage.ratio == 1.0, article.coverage.missing[:5]
    assert article.coverage.n_paragraph_chars == article.coverage.n_content_chars
    assert article.meta["coverage"] == 1.0
    assert rows(article, "body")


@pytest.mark.parametrize("name", CORPUS)
def test_no_markup_or_urls_in_body_and_captions(corpus_dir, name):
    article = load(corpus_dir, name)
    for text in rows(article, "body") + rows(article, "caption") + rows(article, "title"):
        assert not MARKUP.search(text), text


@pytest.mark.parametrize("name", CORPUS)
def test_deterministic(corpus_dir, name):
    first = load(corpus_dir, name)
    again = load_article(corpus_dir / name)
    assert again.paragraphs.equals(first.paragraphs) and again.meta == first.meta


def test_04_jekyll_daxianggonghui(corpus_dir):
    article = load(corpus_dir, "04_daxianggonghui_pork_price.md")
    meta = article.meta
    assert meta["title"] == "猪肉最贵的时代到来了吗"  # the account name after ｜ is a site suffix (data/eval/loader/GUIDE.md)
    assert meta["publish_date"] == "2019-09-07"
    assert meta["outlet"] == "大象公会" and meta["author"] == "狸花猫"
    captions = rows(article, "caption")
    assert "· 河姆渡遗址出土的陶猪模型，距今约 7000 年" in captions
    assert "·「肥猪赛大象，就是鼻子短；全社杀一口，足够吃半年」" in captions
    assert any(c.startswith("· 2006 年～2019 年 7 月猪肉零售价格走势") for c in captions)
    assert not any(t.startswith("·") for t in rows(article, "body"))
    assert rows(article, "boilerplate", "source_note")[0].startswith("原文来自公众号「大象公会」")
    assert rows(article, "body")[-1].endswith("也许我们正在创造历史。")
    references = rows(article, "boilerplate", "reference")
    assert references[0] == "参考文献和资料来源" and len(references) == 15
    assert "短缺时代：买不起，也买不到" in rows(article, "body", "heading")


def test_10_freebuf_wechat_chrome(corpus_dir):
    article = load(corpus_dir, "10_freebuf_hotpot_data_fine.md")
    assert article.meta["title"] == "1.5亿条会员信息“裸奔”，知名火锅品牌被罚"
    assert article.meta["outlet"] == "FreeBuf"
    assert rows(article, "boilerplate", "source_note") == ["来源：澎湃新闻"]
    chrome = rows(article, "boilerplate", "page_chrome")
    for line in ("预览时标签不可点", "微信扫一扫", "关注该公众号", "左右滑动查看更多", "赞 分享 在看 写留言", "知道了"):
        assert line in chrome
    assert "1.5亿条会员信息“裸奔”，知名火锅品牌被罚" in chrome  # the title repeated under the article
    assert any("交流群" in t for t in rows(article, "boilerplate", "recruit"))
    table = article.paragraphs
    tail = table[table.para_id > table[table.text == "预览时标签不可点"].para_id.iloc[0]]
    assert set(tail.role) == {"boilerplate"}
    body = rows(article, "body")
    assert body[0] == "在嗨吃火锅的时候，作为会员的你要注意，你的手机号码等个人信息正在“裸奔”中。"
    assert body[-1].startswith("上海市网信办还提醒消费者")
    assert "“裸奔”的会员信息" in rows(article, "body", "heading")


def test_11_aigc_hard_wraps_and_tail(corpus_dir):
    article = load(corpus_dir, "11_aigc_security_copilot.md")
    assert article.meta["outlet"] == "AIGC开放社区"
    body = " ".join(rows(article, "body"))
    assert "据悉，Security Copilot将目前最强大语言模型GPT-4内置在产品中" in body
    assert "Security\n" not in body and "SecurityCopilot" not in body
    assert "Microsoft Security Copilot产品介绍" in rows(article, "caption")
    assert "END" in rows(article, "boilerplate", "page_chrome")
    recruit = rows(article, "boilerplate", "recruit")
    assert any("13331022201" in t for t in recruit)
    assert "#ChatGPT 133 个" in rows(article, "boilerplate", "tags")
    assert rows(article, "body")[-1].endswith("目前该产品处于测试阶段。")


def test_16_qq_news_page(corpus_dir):
    article = load(corpus_dir, "16_qq_tech_deepmind.html")
    meta = article.meta
    assert meta["title"] == "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"
    # the dateline "TNW中文站 10月14日报道" names the original outlet; the host 腾讯网 only hosts it
    assert meta["publish_date"] == "2016-10-14" and meta["outlet"] == "TNW中文站"
    body = rows(article, "body")
    assert 6 <= len(body) <= 12
    assert body[0].startswith("谷歌(微博) 在2014年收购的人工智能公司DeepMind")
    assert body[-1].endswith("DeepMind已将其研究结果发表在科学刊物《自然》（Nature）上。")
    assert "（编译/林靖东）" in rows(article, "boilerplate", "editor_credit")
    assert "首页" in rows(article, "boilerplate", "nav")


def test_19_pixnet_traditional(corpus_dir):
    article = load(corpus_dir, "19_pixnet_blog_zh-hant.html")
    assert article.meta["language"] == "zh-Hant"
    assert article.meta["title"] == "新竹尖石_美樹營地賞楓 (2)"
    table = article.paragraphs
    first = table[table.text.str.startswith("一波波接續性低溫寒流報到")].iloc[0]
    assert first.role == "body"
    assert first.text_zhs.startswith("一波波接续性低温寒流报到")
    assert len(first.text_zhs) == len(first.text)
    assert "comment" in set(table.kind)
    assert not any("回覆" in t for t in rows(article, "body"))


def test_20_wechat_page_in_jsp(corpus_dir):
    article = load(corpus_dir, "20_wechat_qzfb_folic_acid.html")
    meta = article.meta
    assert meta["title"] == "备孕，别忘了补充叶酸"
    assert meta["outlet"] == "衢州妇保" and meta["publish_date"] == "2016-07-01"
    body = rows(article, "body")
    assert body[0].startswith("全面二孩政策落地，一大批高龄女性加入备孕大军。")
    assert any("25%～50%" in t for t in body)
    assert not any("taglib" in t or "page language" in t for t in rows(article))


def test_21_one_line_text(corpus_dir):
    article = load(corpus_dir, "21_sogou_xinjingbao_medical_insurance.txt")
    assert article.meta["outlet"] == "新京报" and article.meta["author"] == "韩宇明"
    body = rows(article, "body")
    assert len(body) >= 5
    assert any("２０１１年７月正式实施的社保法" in t for t in body)  # full-width digits kept
    assert "新京报讯　（记者韩宇明）" in rows(article, "byline", "dateline")
    assert "［我来说两句］［谈及公务员养老保险办法］" in rows(article, "boilerplate", "nav")
    assert rows(article, "boilerplate", "read_more").count("［详细］") == 2  # a read-more link, its own kind


def test_22_gbk_fixed_width(corpus_dir):
    article = load(corpus_dir, "22_fudan_shenzhen_stats_1998_gbk.txt")
    meta = article.meta
    assert meta["encoding"] == "gb18030"
    assert meta["title"] == "深圳市统计信息局关于1998年深圳市国民经济和社会发展的统计公报（1999年3月31日）"
    assert meta["outlet"] == "深圳特区报" and meta["publish_date"] == "1999-04-07"
    body = rows(article, "body")
    assert any("使得以外向型为主要特征的深圳国民经济继续保持了快速健康的发展势头" in t for t in body)
    assert any(t.startswith("高新技术产业发展迅速") and t.endswith("第三产业比重下降0.2个百分点。") for t in body)
    tables = rows(article, "body", "table")
    assert len(tables) == 4 and tables[0].split("\n")[1] == "肉猪出栏量 万头 59.3 9.0"
    assert ["一、综合", "二、农业"] == rows(article, "body", "heading")[:2]
    # The fixed width cut “三资”企业1273.59亿元 after "1273.5": the number is rejoined whole.
    assert any("“三资”企业1273.59亿元，增长10.9%" in t for t in body)
