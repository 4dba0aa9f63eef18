"""Round 13 (loader13a): knowing the outlets (data/lexicon/outlets.tsv) where articles name them. Each class is a real
shape quoted from the seen split it comes from (data/eval/<split>/, provenance in that split's SOURCES.tsv); the
expected values were read off the article by hand.
"""

import json

from conftest import load, load_text, shared_or_skip

from zhnews.load.outlets import known_outlet, names_original, outlet_named_in, outlet_of_url, republishes


def test_the_lexicon_knows_names_in_either_script_and_which_outlets_only_republish():
    assert known_outlet("中新網").name == "中国新闻网"  # a short form in Traditional script
    assert known_outlet("ETtoday").name == "ETtoday新聞雲"
    assert known_outlet("晚点 LatePost").name == "晚点LatePost"  # spaces do not matter
    assert outlet_of_url("https://finance.sina.cn/2023-05-02/detail-imyskmit7892786.d.html?vt=4") == "新浪网"
    assert outlet_of_url("https://mp.weixin.qq.com/s/abc") == ""  # a platform of accounts names no outlet
    assert republishes("新浪网") and republishes("腾讯网") and not republishes("红星新闻")
    assert names_original("红星新闻") and not names_original("某某生活号")
    # a line naming two different outlets names none of them for sure
    assert outlet_named_in("新华社北京电 据中新网报道") is None


# fresh11 383: a scraper's record of a 新浪 page, the story's own source in a field named "src".
BANQUET = ["“社区办公楼连个人影都没有，大门还紧锁着，值班人员都去哪儿了？”4月29日，“五一”假期第一天，江苏省徐州市鼓楼区纪委监委党风政风监督检查组来到万楼社区开展检查。",
           "该社区是城中涉农社区，风景秀美，民宿、公园较多，是周边游客常去的地方。眼前空无一人的办公楼让检查组有些惊讶。"]


def test_a_record_field_holding_a_known_outlet_beats_the_portal_that_reposted_it(tmp_path):
    record = {"title": "干部在包间喝酒划拳，推门进来了检查组", "time": "2023-05-02", "src": "红星新闻", "category": "finance",
              "url": "https://finance.sina.cn/2023-05-02/detail-imyskmit7892786.d.html?vt=4&pos=108",
              "content": "".join(f"<p>{text}</p>" for text in BANQUET)}
    meta = load_text(tmp_path, "383.json", json.dumps(record, ensure_ascii=False)).meta
    assert meta["outlet"] == "红星新闻"  # not 新浪网, whose address the record keeps
    assert "re-published" in meta["outlet_source"]


# fresh11 386: a 腾讯 page of a 中国新闻网 story; the line under the headline links the outlet's 微博 as "[微博]", and the
# lead's dateline credits the reporter in brackets with no 记者.
TOUR_GUIDE_PAGE = """<html><head><title>丽江称“骂游客不买东西比卖淫可耻”导游系黑导</title></head><body>
<div class="hd"><h1>丽江称“骂游客不买东西比卖淫可耻”导游系黑导</h1>
<div class="tit-bar"><span><a href="http://news.qq.com/newssh/shwx/shehuiwanxiang.htm">社会万象</a></span>
<span><a href="http://www.chinanews.com/sh/2014/01-03/5696612.shtml">中国新闻网</a></span>
<span>[<a href="http://t.qq.com/chinanews">微博</a>]</span><span class="article-time">2014-01-04 08:07</span></div></div>
<p>　　中新网昆明1月3日电 (王艳龙)云南省丽江市旅游局3日通报，该局已对网上曝出的导游辱骂游客“不买东西比卖淫可耻”事件依法立案调查，并将及时对外公布调查结果。</p>
<p>　　当日，网上曝出一段2分多钟视频。视频中，有一男子口出狂言，称游客不买东西比卖淫更可耻。</p>
</body></html>"""


def test_a_platform_link_on_the_date_line_gives_way_to_the_known_outlet_and_the_dateline_credits_the_writer(tmp_path):
    meta = load_text(tmp_path, "386.html", TOUR_GUIDE_PAGE).meta
    assert meta["outlet"] in ("中国新闻网", "中新网")  # never "[微博]"
    assert meta["author"] == "王艳龙"


def test_a_known_outlets_credit_closing_the_text_names_the_writers(tmp_path):
    # fresh11 387: a 腾讯 repost of 新安晚报, its last paragraph closing with the paper and its two reporters.
    text = ("# 安徽利辛调查“吃喝白条” 政府承诺逐步结算\n\n"
            "“今天我看到新闻了，才知道孙玉芳的事情，她估计都是找前几任政府要的钱。”宋书记介绍。\n\n"
            "记者昨晚了解到，程家集镇政府工作人员与孙玉芳家属连夜会面，商量结算政府欠条事宜。(新安晚报 焦雪、向凯)\n")
    assert load_text(tmp_path, "387.md", text).meta["author"] == "焦雪、向凯"


def test_a_source_line_giving_only_an_address_names_the_outlet_whose_address_it_is(tmp_path):
    # fresh11 384: an archiving agent's markdown frame, the 商务部 page's host under a Source label.
    text = ("- **Source**: exportcontrol.mofcom.gov.cn\n- **Date**: 2025-11-20\n\n"
            "# 商务部新闻发言人就荷兰经济大臣有关言论答记者问\n\n"
            "有记者问：荷兰经济大臣卡雷曼斯11月13日接受英国《卫报》采访，谈及安世半导体问题。请问商务部对此有何评论？\n\n"
            "答：中方注意到荷兰经济大臣卡雷曼斯近日接受媒体采访的相关言论。\n")
    assert load_text(tmp_path, "384.md", text).meta["outlet"] == "商务部"


def test_an_outlet_quoted_in_the_body_is_not_the_articles(tmp_path):
    # The lead-dateline rule looks at the top only: 据路透社报道 deep in a text quotes another outlet. The dateline
    # shape is a wire's (新华社北京1月27日电（记者李忠发、潘洁）, as portals repost 新华社 copy).
    paragraphs = [f"第{n}段叙述港口今年的装卸情况，码头工人说订单比去年多。" for n in range(1, 6)]
    quoted = "# 某地港口吞吐量创新高\n\n" + "\n\n".join([*paragraphs, "据路透社报道，该港口今年的吞吐量将继续增长。"]) + "\n"
    assert load_text(tmp_path, "quoted.md", quoted).meta["outlet"] is None
    wire = quoted.replace(paragraphs[0], "新华社北京1月27日电（记者李忠发、潘洁）" + paragraphs[0])
    meta = load_text(tmp_path, "wire.md", wire).meta
    assert (meta["outlet"], meta["author"]) == ("新华社", "李忠发、潘洁")


def test_known_outlets_under_the_text_and_in_a_papers_app_name():
    folder = shared_or_skip("dev_corpus", "python bench/restore_shared.py dev_corpus")
    # dev_corpus 34: a 晚点LatePost article whose only naming of its outlet is the note under the text
    # (《晚点 LatePost》推出周末版，希望把视线扩展到各种各样的创造者。…)
    assert load(folder, "34_latepost_black_swan_investors.md").meta["outlet"] == "晚点LatePost"
    dev5 = shared_or_skip("dev5", "python bench/restore_shared.py dev5")
    # dev5 248: the byline 整合 新华日报·交汇点记者 徐睿翔 names the paper's app, whole, not cut at its dot
    assert load(dev5, "248_yangtse_party_secretaries_week.html").meta["outlet"] == "新华日报·交汇点"


def test_a_two_character_outlet_opening_the_lead_is_read_at_the_start_only(tmp_path):
    # fresh11 394: a 明報 story whose only naming of its outlet is the lead's 【明報專訊】. A short name (明報) is looked
    # for where a dateline opens the text, never inside prose.
    lead = "【明報專訊】日前，加拿大溫州同鄉總會在社交媒體上發起了為卑詩省洪水災民募捐活動。"
    rest = "短短48小時就募集到來自溫州同鄉的8000多元加幣善款。這些捐款來自加拿大境內外不同城市的溫州人。"
    text = f"# 溫州同鄉會為卑詩省洪災募捐\n\n{lead}\n\n{rest}\n"
    assert load_text(tmp_path, "394.md", text).meta["outlet"] == "明報"
    prose = f"# 溫州同鄉會為卑詩省洪災募捐\n\n他說明報的讀者也捐了款。{rest}\n"
    assert load_text(tmp_path, "prose.md", prose).meta["outlet"] is None


def test_outlet_values_from_the_round13_sweep_are_cleaned_to_the_known_name():
    # Lines of unlabelled pages (tests/data/SOURCES.tsv, rows "inline excerpt"): the values the cues caught there.
    from zhnews.load.meta import clean_names, clean_outlet

    assert clean_outlet("AUTO.SOHU.COM") == "搜狐"  # date line 'AUTO.SOHU.COM  2005年05月13日14:15' of a 搜狐汽车 page
    assert clean_outlet("据新华社拉萨") == "新华社"  # dateline '据新华社拉萨电（记者 格桑边觉）' of a paper reprinting 新华社
    assert clean_outlet("楼主") is None  # a forum post's date line '2005-09-11 18:04:42 楼主'
    assert clean_names("未知 责任") is None  # '作者：未知 责任编辑：棒棒不是糖' under a 游民星空 story
