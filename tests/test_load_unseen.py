"""Hand-written articles in the style of outlets the loader was not built on (tests/data/unseen/).

Each test asserts what a reading of the file gives: meta, the role of the furniture a journalist
would strip, a body sentence kept whole, and complete coverage.
"""

from pathlib import Path

import pytest

from conftest import body
from zhnews.load import load_article

UNSEEN = Path(__file__).parent / "data" / "unseen"


@pytest.fixture(scope="module")
def loaded():
    cache = {}

    def load(name):
        if name not in cache:
            cache[name] = load_article(UNSEEN / name)
        return cache[name]

    return load


def labels(article) -> dict:
    """text -> (role, kind) for every paragraph."""
    table = article.paragraphs
    return dict(zip(table["text"], zip(table["role"], table["kind"])))


def meta_of(article, *keys):
    return tuple(article.meta[key] for key in keys)


@pytest.mark.parametrize("name", sorted(p.name for p in UNSEEN.iterdir()))
def test_complete_coverage(loaded, name):
    article = loaded(name)
    assert article.coverage.ratio == 1.0, article.coverage.missing[:5]
    assert article.coverage.n_paragraph_chars == article.coverage.n_content_chars


def test_news_page_with_reporter_line_caption_and_credits(loaded):
    article = loaded("thepaper_news.html")
    assert meta_of(article, "title", "author", "outlet", "publish_date") == (
        "长三角铁路今年将新开通五条线路", "陈晓明", "澎湃新闻", "2024-03-12")  # not '澎湃新闻-The Paper'
    kinds = labels(article)
    assert kinds["澎湃新闻记者 陈晓明"] == ("byline", "author")
    assert kinds["2024-03-12 18:42 来源：澎湃新闻"] == ("byline", "publish_date")
    assert kinds["正在进行联调联试的沪苏湖铁路。"] == ("caption", "image_caption")  # ends in 。, credit below
    assert kinds["图片来源：上海局集团"] == ("caption", "image_credit")
    assert kinds["（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"] == ("boilerplate", "source_note")
    assert kinds["责任编辑：王丽 图片编辑：金潇"] == kinds["校对：刘威"] == ("boilerplate", "editor_credit")
    assert kinds["沪苏湖铁路进入联调联试阶段"] == ("boilerplate", "related")
    assert len(body(article)) == 4
    assert body(article)[-1] == "该负责人还提到，今年春运期间，长三角铁路累计发送旅客超过1.2亿人次，同比增长约两成，客流恢复情况好于预期。"


def test_peoples_daily_wire_text(loaded):
    article = loaded("people_daily_wire.txt")
    assert meta_of(article, "title", "author", "outlet", "publish_date") == (
        "我国科技企业研发投入持续增长", "刘志强", "人民日报", "2024-03-05")
    kinds = labels(article)
    assert kinds["《人民日报》（2024年03月05日　第 01 版）"] == ("byline", "edition")
    assert kinds["本报记者　刘志强"] == ("byline", "author")
    assert kinds["新华社北京3月4日电"] == ("byline", "dateline")  # cut off the first sentence
    assert kinds["（责任编辑：张晓、李明）"] == ("boilerplate", "editor_credit")
    assert body(article)[0].startswith("记者从国家统计局获悉，2023年我国全社会研究与试验发展经费投入达33278亿元，")


def test_wechat_markdown_from_another_exporter(loaded):
    article = loaded("wechat_export.md")
    assert meta_of(article, "title", "author", "outlet", "publish_date") == (
        "城市更新：老小区加装电梯的三道难题", "林小舟", "城市观察室", "2024-03-01")
    kinds = labels(article)
    assert kinds["原创 林小舟 城市观察室 2024-03-01 08:00 发表于北京"][0] == "boilerplate"
    assert kinds["点击上方蓝字关注我们"] == ("boilerplate", "cta")
    assert kinds["素材来源：北京日报、新京报"] == ("boilerplate", "source_note")
    assert kinds["1. 《关于老旧小区加装电梯的指导意见》"] == ("boilerplate", "reference")  # the number is kept
    assert kinds["- END -"] == ("boilerplate", "page_chrome")  # a decoration, not a list item
    assert kinds["老城区停车难，有解吗？"] == ("boilerplate", "related")
    assert kinds["长按识别二维码关注我们"] == ("boilerplate", "cta")
    assert kinds["北京某小区新装的电梯"] == ("caption", "image_caption")
    assert kinds["二、怎么分"] == ("body", "heading")
    assert kinds["一楼住户通常不分摊费用，但会担心采光和噪音受到影响。"] == ("body", "list_item")
    assert body(article)[-1] == "城市更新不是简单的“拆旧建新”，而是要在尊重居民意愿的基础上，找到各方利益的平衡点。"


def test_big5_traditional_agency_text(loaded):
    article = loaded("cna_big5.txt")
    assert meta_of(article, "encoding", "language", "title", "author", "outlet") == (
        "big5", "zh-Hant", "颱風季前夕 北市啟動防汛演練", "林怡君", "中央社")
    kinds = labels(article)
    assert kinds["〔記者林怡君／台北報導〕"] == ("byline", "author")
    assert kinds["中央社記者陳家豪台北1日電"] == ("byline", "dateline")
    assert kinds["（編輯：張瑞芬）1130601"] == ("boilerplate", "editor_credit")
    assert body(article)[0].startswith("颱風季即將到來，台北市政府今天上午在大直橋下舉行年度防汛演練")
    assert body(article)[-1].endswith("並隨時留意氣象局發布的最新警特報資訊。")


def test_utf16_text_with_local_dateline(loaded):
    article = loaded("notice_utf16.txt")
    assert meta_of(article, "encoding", "title", "author", "outlet") == (
        "utf-16-le", "教育部发布义务教育课程新方案", "王芳", "中国教育报")  # from 来源：, not from 本报
    kinds = labels(article)
    assert kinds["本报讯（记者王芳）"] == ("byline", "dateline")
    assert kinds["来源：中国教育报"] == ("boilerplate", "source_note")
    assert body(article)[0] == "教育部近日发布新修订的义务教育课程方案，将劳动课从综合实践活动中独立出来，要求每周不少于一课时。"


def test_markdown_numbered_headings_lists_and_quote(loaded):
    article = loaded("explainer.md")
    assert meta_of(article, "title", "author", "publish_date") == ("一文读懂个人养老金新政", "周子衡", "2024-12-15")
    kinds = labels(article)
    assert kinds["2. 每年能存多少"] == ("body", "heading")
    assert kinds["投资环节：账户内的投资收益暂不征税。"] == ("body", "list_item")
    assert kinds["提示：个人养老金账户资金原则上要到退休时才能领取，参加人应根据自身情况合理安排。"] == ("body", "quote")
    assert kinds["（编辑：孙悦）"] == ("boilerplate", "editor_credit")


def test_page_title_differs_from_heading(loaded):
    article = loaded("title_vs_h1.html")
    assert meta_of(article, "title", "author", "outlet", "publish_date") == (
        "一季度新能源车交付量排名：比亚迪领跑，新势力分化加剧", "赵一鸣", "界面新闻", "2024-04-02")
    kinds = labels(article)
    assert kinds["界面新闻记者 | 赵一鸣 界面新闻编辑 | 钱晨 2024/04/02 09:30"] == ("byline", "author")
    assert kinds["Copyright © 2024 界面新闻 All Rights Reserved"] == ("boilerplate", "copyright")
    assert len(body(article)) == 3
    assert body(article)[0].startswith("4月1日，多家新能源车企公布了一季度交付数据。比亚迪一季度累计销量超过62万辆")


def test_figcaption_captions(loaded):
    article = loaded("figcaption_feature.html")
    assert meta_of(article, "title", "author") == ("敦煌壁画数字化：让千年艺术“活”起来", "李想")
    kinds = labels(article)
    assert kinds["文/李想 摄影/王川"] == ("byline", "author")
    assert kinds["工作人员在莫高窟内采集壁画图像。"] == ("caption", "image_caption")
    assert kinds["“数字敦煌”平台展示的第220窟壁画局部 图/敦煌研究院"] == ("caption", "image_caption")
    assert kinds["本站所有内容未经授权不得转载"] == ("boilerplate", "copyright")
    assert len(body(article)) == 3


def test_comments_stay_comments(loaded):
    article = loaded("comments_page.html")
    assert meta_of(article, "title", "author", "outlet", "publish_date") == (
        "年轻人为何爱上“特种兵式旅游”", "吴静", "新民晚报", "2023-05-08")  # the source line names the original, not the host 新民网
    kinds = labels(article)
    assert kinds["2023-05-08 10:15:32 来源：新民晚报 作者：吴静"] == ("byline", "publish_date")
    for text in ("网友评论", "年轻就是资本，我上个月也去了三座城市！", "2023-05-08 12:30", "查看更多评论"):
        assert kinds[text] == ("boilerplate", "comment")  # a comment's timestamp is no byline
    assert len(body(article)) == 4
    assert body(article)[0].startswith("“两天打卡五个景点，晚上坐夜车赶往下一座城市。”刚过去的五一假期")


def test_one_paragraph_text_with_title_line(loaded):
    article = loaded("one_paragraph.txt")
    assert article.meta["title"] == "国产大飞机C919开通第三条商业航线"
    assert article.paragraphs["role"].tolist() == ["title", "body"]
    assert body(article)[0].endswith("年内有望覆盖更多国内主要城市。")


def test_reporter_titles_are_no_account(tmp_path):
    path = tmp_path / "reporters.txt"
    path.write_text(
        "一条测试新闻的标题\n\n特约记者 张三\n\n实习记者 李四 王五\n\n"
        "公司今年的营收继续增长，管理层在年报中表示，新业务的贡献超过了三成，市场对此反应积极，股价连续上涨。\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert meta_of(article, "author", "outlet") == ("张三", None)  # not account '特约'
    assert labels(article)["实习记者 李四 王五"] == ("byline", "author")
