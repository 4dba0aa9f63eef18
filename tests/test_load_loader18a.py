"""Round 18 (loader18a): meta fields a human finds in a page's or a file's general structure, each class on three
sources. Seen articles are quoted (split/file) in the shapes they were written in.
"""

from conftest import load_text

from zhnews.load.html import masthead_outlet


def _page(title: str, masthead: str, headline: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header>{masthead}</header><article><h1>{headline}</h1>"
            "<p>这是正文的第一段，讲述了事件的来龙去脉，以及各方对此事的看法和回应。</p>"
            "<p>这是正文的第二段，补充了更多的细节和背景，帮助读者理解事件的意义。</p></article></body></html>")


def test_a_title_suffix_that_the_masthead_repeats_is_the_site(tmp_path):
    # fresh13 452 (纽约时报中文网): <title>德州茶党支持者有望出任参议员 - 纽约时报中文网 国际纵览</title> and the home
    # link <a href="/" title="纽约时报中文网 国际纵览">纽约时报中文网 国际纵览</a>
    nyt = _page("德州茶党支持者有望出任参议员 - 纽约时报中文网 国际纵览",
                '<a href="/" title="纽约时报中文网 国际纵览">纽约时报中文网 国际纵览</a>', "德州茶党支持者有望出任参议员")
    meta = load_text(tmp_path, "452.html", nyt).meta
    assert (meta["outlet"], meta["outlet_source"]) == ("纽约时报中文网", "<title> suffix that the page's masthead names again")
    # fresh14 481 (Innora AI): <title>支付宝位置被秒偷！… | Innora AI</title> and the brand link
    # <a class="brand" href="/zfb/"><span class="zh">Innora AI — 支付宝安全研究</span>…
    innora = _page("支付宝位置被秒偷！36个安全发现揭示10亿人App的风险 | Innora AI",
                   '<a class="brand" href="/zfb/"><span class="zh">Innora AI — 支付宝安全研究</span></a>',
                   "支付宝位置被秒偷！36个安全发现揭示10亿人App的风险")
    assert load_text(tmp_path, "481.html", innora).meta["outlet"] == "Innora AI"
    # fresh10 362 (an archive of the 24帧 account): <title>国庆档十四年之变从百花齐放到中国特色 - 24帧公众号存档</title>
    # and <span class="site-name">🎬 24帧公众号存档</span>
    archive = _page("国庆档十四年之变从百花齐放到中国特色 - 24帧公众号存档",
                    '<span class="site-name">🎬 24帧公众号存档</span>', "国庆档十四年之变从百花齐放到中国特色")
    assert load_text(tmp_path, "362.html", archive).meta["outlet"] == "24帧"


def test_a_title_suffix_no_masthead_repeats_names_no_site(tmp_path):
    # the same page with a masthead that names something else: the suffix alone, not ending like an outlet, is no site
    page = _page("德州茶党支持者有望出任参议员 - 国际纵览", '<a href="/">首页</a>', "德州茶党支持者有望出任参议员")
    assert not load_text(tmp_path, "other.html", page).meta["outlet"]


def test_a_masthead_name_gives_its_outlet():
    assert masthead_outlet("纽约时报中文网 国际纵览") == "纽约时报中文网"
    assert masthead_outlet("24帧公众号存档") == "24帧"
    assert masthead_outlet("Innora AI") == "Innora AI"  # a name in two words, the first not ending like an outlet's


def test_a_front_matter_address_names_the_site_when_nothing_else_names_an_outlet(tmp_path):
    # fresh14 463 (a web clipper's copy of a 虎嗅 post): the front matter as written, then a text naming no outlet
    clipped = ("---\ntitle: 让患病孩子的妈妈陪睡才放捐款，是交易还是性侵？\ndate: 2024-08-13T01:50:49.907Z\ncategories:\n"
               "  - webclip\ntags:\n  - webclip\norigin_url: 'https://www.huxiu.com/article/3349293.html'\n---\n\n"
               "近日有网友发帖称，某慈善机构项目志愿者雷某哄骗患病孩子妈妈“陪睡”才给捐款一事，引发持续关注。\n")
    meta = load_text(tmp_path, "463.md", clipped).meta
    assert (meta["outlet"], meta["outlet_source"]) == ("虎嗅网", "front matter origin_url: https://www.huxiu.com/article/3349293.html")
    # fresh12 420 (sourceUrl:) and fresh15 502 (from:) carry the same kind of key; an address outlets.tsv does not
    # know (a WeChat link, fresh3 107's url: https://mp.weixin.qq.com/s/…) names no outlet
    unknown = clipped.replace("https://www.huxiu.com/article/3349293.html", "https://mp.weixin.qq.com/s/hDZwK4tosnrKkMFbNymOzA")
    assert not load_text(tmp_path, "107.md", unknown).meta["outlet"]
    dw = clipped.replace("origin_url: 'https://www.huxiu.com/article/3349293.html'", 'sourceUrl: "https://www.dw.com/zh/a-77474318"')
    assert load_text(tmp_path, "420.md", dw).meta["outlet"] in ("德國之聲", "德国之声")


def test_one_account_id_label_for_the_account_s_clue_and_for_its_cleaned_name(tmp_path):
    # fresh13 444 (长安街知事（微信ID：Capitalnews）注意到，… in a one-line dump) and round 10's ◎智谷趋势（ID：zgtrend）:
    # each label that names an account's ID both finds the account in a text and is cut from the account's name
    from zhnews.load.meta import clean_outlet

    for label in ("微信ID", "公众号ID", "微信号", "ID", "id"):
        assert clean_outlet(f"长安街知事（{label}：Capitalnews）") == "长安街知事"
        text = (f"杨利伟再出山！新职务新使命\n\n长安街知事（{label}：Capitalnews）注意到，今年初曾有人造谣诽谤“航天英雄”，"
                "受到官方的强烈谴责。10月15日下午，载人航天工程总设计师、空间科学首席专家首次聘任仪式在京举行。\n")
        assert load_text(tmp_path, "444.txt", text).meta["outlet"] == "长安街知事"
    assert clean_outlet("某某(IDEA实验室)") != "某某"  # a word that starts with ID is no ID label
