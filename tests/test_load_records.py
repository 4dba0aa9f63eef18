"""The record reader (zhnews/load/records.py): one article stored as named fields, as fresh6 and dev6 brought them.

Each test is a short excerpt of a real file (named beside it, in ../shared/fresh6 or ../shared/dev6), cut to a
few paragraphs; expected values are read off the excerpt by hand. Beside the shapes, texts of similar look that
are no record and must read as before.
"""

import json

import pytest

from conftest import body, load_text, role_holding, role_of
from zhnews.load import records
from zhnews.load.readers import reader_for

RTHK_A = "新一份財政預算案提出檢討交通違例事項的定額罰款。消息指，政府計劃提高違例泊車的定額罰款金額，由320元加至400元。"
RTHK_B = ("運輸及物流局在社交專頁解釋，與其他國際城市相比，香港的交通違例罰款水平明顯偏低，以違例泊車為例，新加坡、倫敦和澳洲新南威爾斯州"
          "的罰款水平，最高達香港水平的10倍；而超速駕駛罰款水平最高達香港水平的22倍。")

# 271_rthk_parking_fines_rise_zh-hant.xml: one RSS <item> cut out of a feed bot's feed, the body HTML in CDATA.
RSS_ITEM = f"""<item>
   <title>
    消息：違例泊車罰款擬增至400元　超速等罰款增加約五成
   </title>
   <link>
    https://news.rthk.hk/rthk/ch/component/k2/1800635-20250416.htm
   </link>
   <description>
    <![CDATA[<div>
<div class="itemFullText">
 {RTHK_A}
 <br>
  <br>
  {RTHK_B}
  <br>
</div>
</div>]]>
   </description>
   <pubDate>
    Wed, 16 Apr 2025 15:16:00 +0800
   </pubDate>
  </item>
"""


def test_an_rss_item_gives_title_date_and_its_html_body(tmp_path):
    article = load_text(tmp_path, "rthk.xml", RSS_ITEM)
    meta = article.meta
    assert meta["format"] == "record"
    assert meta["title"] == "消息：違例泊車罰款擬增至400元 超速等罰款增加約五成"  # U+3000 as a space, as meta writes titles
    assert meta["title_source"] == "xml record <title>"
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2025-04-16", "xml record <pubDate>")
    assert meta["outlet"] == "香港電台"  # the <link>'s host, rthk.hk in outlet_cues.tsv
    assert role_of(article, "Wed, 16 Apr 2025 15:16:00 +0800")[0] == "boilerplate"
    assert role_of(article, "https://news.rthk.hk/rthk/ch/component/k2/1800635-20250416.htm")[0] == "boilerplate"
    assert role_holding(article, "新一份財政預算案提出檢討交通違例事項的定額罰款。")[0] == "body"
    assert role_holding(article, "最高達香港水平的22倍。")[0] == "body"
    assert article.coverage.ratio == 1.0


# 270_tdm_macau_zone_d_reclamation_zh-hant.xml: one Atom <entry>; <updated> is when the feed was written.
ATOM_ENTRY = """<entry>
    <id>1022019</id>
    <title>新城D區填海短期內啟動</title>
    <updated>2024-10-26T09:52:29.070424+00:00</updated>
    <content type="CDATA"><![CDATA[<p>(澳門電台消息) 公共建設局表示，新城 D區填海的前期工作已全面展開，包括重新測量填海位置水深、淤泥取樣試驗。</p>

<p>在國家部委的大力支持下，開挖臨時碼頭及航道的疏濬物亦將透過疏濬物跨區傾倒合作機制運往內地傾倒。</p>]]></content>
    <link href="https://www.tdm.com.mo/zh-hant/sharelink/news/1022019"/>
    <published>2024-10-22T17:52:00+07:34</published>
</entry>
"""


def test_an_atom_entry_is_dated_by_published_not_by_updated(tmp_path):
    article = load_text(tmp_path, "tdm.xml", ATOM_ENTRY)
    assert article.meta["title"] == "新城D區填海短期內啟動"
    # 17:52 at +07:34 is 18:18 in China, the same day; <updated> (26 Oct) is the feed's regeneration
    assert (article.meta["publish_date"], article.meta["publish_date_source"]) == ("2024-10-22", "xml record <published>")
    assert role_of(article, "1022019")[0] == "boilerplate"
    assert role_of(article, "2024-10-26T09:52:29.070424+00:00")[0] == "boilerplate"
    assert role_holding(article, "開挖臨時碼頭及航道的疏濬物亦將透過疏濬物跨區傾倒合作機制運往內地傾倒。")[0] == "body"
    assert article.coverage.ratio == 1.0


# 273_twreporter_exhuma_burial_law_column_zh-hant.xml: a full-text proxy's item, the page in <content:encoded>
# escaped as entities, a teaser in <description>.
ESCAPED_ITEM = """<item>
   <title>
    王子榮／逝者已矣？談司法判決中的《破墓》二三事
   </title>
   <description>
    <![CDATA[韓片《破墓》在台韓都創下驚人票房和口碑。其實關於身後事，往往一個處理不慎就成為司法衙門內的事。]]>
   </description>
   <link>
    https://www.twreporter.org/a/saturday-features-legal-profession-exhuma
   </link>
   <pubDate>
    Fri, 24 May 2024 16:00:00 GMT
   </pubDate>
   <content:encoded>
    &lt;div&gt;&lt;p&gt;&lt;a href="https://zh.wikipedia.org/wiki/x"&gt;《破墓》&lt;/a&gt;打著可以和韓國靈異驚悚類電影的天花板《哭聲》相提並論，以及挾著在韓國上映不到數週就拿下驚人票房的口碑，在台灣上映後也引起廣泛討論。&lt;/p&gt;&lt;p&gt;韓國的電影常常承載了歷史的痕跡，提醒觀眾要做個有記憶的人。劇中祖墳所埋葬的先人，代表著韓國過去被殖民的歷史。&lt;/p&gt;&lt;p&gt;當然，更深層的思考是動用刑罰去保護先人遺族的情感，這在現代的法治思潮下，是否還能禁得起檢驗？其實不無疑問。&lt;/p&gt;&lt;/div&gt;
   </content:encoded>
  </item>
"""


def test_an_escaped_full_text_is_the_body_and_the_teaser_is_chrome(tmp_path):
    article = load_text(tmp_path, "twreporter.xml", ESCAPED_ITEM)
    # 16:00 GMT on the 24th is midnight of the 25th in Taipei and Beijing
    assert article.meta["publish_date"] == "2024-05-25"
    assert role_holding(article, "韓國的電影常常承載了歷史的痕跡，提醒觀眾要做個有記憶的人。")[0] == "body"
    assert role_holding(article, "在台灣上映後也引起廣泛討論。")[0] == "body"
    assert role_holding(article, "其實關於身後事，往往一個處理不慎就成為司法衙門內的事。")[0] == "boilerplate"
    assert not any("&lt;" in text or "<p>" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


# 290_chinanews_inewsweek_yu_yongding_expansionary_policy.xml: a crawler's <doc> with field elements.
CRAWLER_DOC = """<?xml version='1.0' encoding='utf-8'?>
<doc><id>1670</id><url>http://www.chinanews.com/sh/2020/04-02/9145083.shtml</url><title>余永定：应当采取更具扩张性的经济政策</title><datetime>2020-4-2 10:08:00</datetime><body>	应当采取更具扩张性的经济政策
	当2003年春季暴发的SARS疫情冲击中国经济时，所有人都对其引发的潜在经济影响感到悲观，然而经济在疫情得到遏制后便迅速反弹，并最终在当年实现了10%的增长。
	政策制定者应该以三种方式应对当前的危机：首要措施必须是不惜一切代价彻底遏制疫情并严防反弹。
	其次，政府应制定出协助企业尤其是中小型服务类企业渡过危机的各项手段。
【编辑:叶攀】
</body></doc>
"""


def test_a_crawler_record_s_fields_give_the_meta(tmp_path):
    article = load_text(tmp_path, "chinanews.xml", CRAWLER_DOC)
    meta = article.meta
    assert (meta["title"], meta["publish_date"]) == ("余永定：应当采取更具扩张性的经济政策", "2020-04-02")
    assert meta["publish_date_source"] == "xml record <datetime>"
    assert meta["outlet"] == "中国新闻网"  # the <url>'s host
    assert role_of(article, "1670")[0] == "boilerplate"
    assert role_holding(article, "首要措施必须是不惜一切代价彻底遏制疫情并严防反弹。")[0] == "body"
    assert role_of(article, "【编辑:叶攀】")[0] == "boilerplate"
    assert article.coverage.ratio == 1.0


# 278_gdhsc_jsondump_transfer_exam_site.json: one Scrapy item; the paragraphs flattened to runs of blanks.
JSON_ITEM = ('{"university_name": "广州华商学院", "city_name": "广州市", "title": "华商学院考点顺利完成2018年本科插班生招生考试工作！", '
             '"source": "文章来源：华商学院招办", "date": "2018-03-19", "content": "▲木棉花开，温馨祝愿 \\u00a0 \\u00a0 \\u00a0 '
             '3月17-18日，为期两天的广东省2018年普通高校本科插班生招生考试在全省12个考点举行。 \\u00a0 \\u00a0 \\u00a0 '
             '据了解，华商学院考点共有158个考场，全院共有442名教职员工参加考试工作。", '
             '"url": "https://zs.gdhsc.edu.cn/info/1023/1242.htm", "crawl_time": "2024-06-20 14:13:13", '
             '"crawler_task_id": null, "crawler_name": "gdhsc_spider"}')


def test_a_json_object_in_a_txt_file_is_a_record(tmp_path):
    article = load_text(tmp_path, "dump.txt", JSON_ITEM)  # the content decides, not the suffix
    meta = article.meta
    assert meta["format"] == "record"
    assert meta["title"] == "华商学院考点顺利完成2018年本科插班生招生考试工作！"
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2018-03-19", "json record field date")  # not crawl_time
    assert role_of(article, "2024-06-20 14:13:13")[0] == "boilerplate"
    assert role_of(article, "gdhsc_spider")[0] == "boilerplate"
    assert "3月17-18日，为期两天的广东省2018年普通高校本科插班生招生考试在全省12个考点举行。" in body(article)
    assert not any("crawl_time" in text or "university_name" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


# 279_cstc_gbk_csv_budget_2019.csv: one GBK row with no header (post_time,title,url,content), written unquoted,
# so the content's own ASCII commas cut it; its paragraphs apart by 　　.
CSV_ROW = ("2019-03-11,重庆市科学技术局（原重庆市科学技术委员会）2019年部门预算情况说明,http://www.cstc.gov.cn/View.aspx?id=25983,"
           "一、单位基本情况\u3000\u3000（一）职能职责。\u3000\u3000市科技局作为市政府组成部门，主管全市科技行政管理工作。"
           "以提升科技创新能力为核心,引导全社会加大R&D 投入，积极构建区域科技创新体系。\u3000\u3000"
           "2019年“三公”经费预算433.8万元，比2018年减少2万元。其中：公务用车购置费0万元,与上年持平。")


def test_a_headerless_csv_row_is_read_by_the_shape_of_its_fields(tmp_path):
    article = load_text(tmp_path, "cstc.csv", CSV_ROW, encoding="gbk")
    meta = article.meta
    assert meta["title"] == "重庆市科学技术局（原重庆市科学技术委员会）2019年部门预算情况说明"
    assert meta["publish_date"] == "2019-03-11"
    assert role_of(article, "http://www.cstc.gov.cn/View.aspx?id=25983")[0] == "boilerplate"
    assert body(article)[:2] == ["一、单位基本情况", "（一）职能职责。"]  # 　　 stands for a paragraph break
    # the separators inside the text do not cut it
    assert role_holding(article, "以提升科技创新能力为核心,引导全社会加大R&D 投入")[0] == "body"
    assert role_holding(article, "公务用车购置费0万元,与上年持平。")[0] == "body"
    assert article.coverage.ratio == 1.0


def test_a_csv_with_a_header_row_and_one_record_is_one_article(tmp_path):
    text = "post_time,title,url,content\n" + CSV_ROW + "\n"
    article = load_text(tmp_path, "cstc.csv", text)
    assert article.meta["title"] == "重庆市科学技术局（原重庆市科学技术委员会）2019年部门预算情况说明"
    assert article.meta["title_source"] == "csv record field title"
    assert article.meta["publish_date"] == "2019-03-11"
    assert role_holding(article, "公务用车购置费0万元,与上年持平。")[0] == "body"
    assert article.coverage.ratio == 1.0


# 272_ptt_tvbs_six_mayors_poll_big5.txt: a raw PTT post, Big5, ANSI colours, the board's repost template.
PTT_POST = ("作者: cheinshin (那就這樣吧) 看板: Gossiping\r\n標題: [新聞] TVBS六都民調 侯奪冠、盧升第四、柯墊底\r\n"
            "時間: Mon Dec 21 19:45:20 2020\r\n\r\n\r\n1.媒體來源:\r\n\r\nTVBS\r\n\r\n2.記者署名:\r\n\r\n韋家齊\r\n\r\n"
            "3.完整新聞標題:\r\n\r\nTVBS六都民調 侯奪冠、盧升第四、柯墊底\r\n\r\n4.完整新聞內文:\r\n\r\n\r\n"
            "2022選戰即將開打，民眾也對六都市長的施政表現打了分數，根據TVBS最新民調顯示，台\r\n"
            "中市長盧秀燕突襲AIT處長表達反萊豬立場後，人氣上升，六都排名第四。\r\n\r\n"
            "台中市長盧秀燕：「不希望我們解禁有關於，含有萊克多巴胺，或瘦肉精的豬肉進口。」\r\n\r\n\r\n"
            "5.完整新聞連結 (或短網址):\r\n\r\nhttps://reurl.cc/8nK7eo\r\n\r\n6.備註:\r\n\r\n草包滾了 柯果然墊底\r\n\r\n\r\n--\r\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 49.216.65.39 (臺灣)\r\n"
            "※ 文章網址: https://www.ptt.cc/bbs/Gossiping/M.1608551127.A.91E.html\r\n"
            "\x1b[1;31m→ \x1b[33ms555666\x1b[0;33m: 柯糞崩潰啦                                             \x1b[37m12/21 19:46\r\n"
            "\x1b[1;37m推 \x1b[33mgreensaru\x1b[0;33m: 還好啦！又不是第一次墊底了，習慣了啦！               \x1b[37m12/21 19:47\r\n"
            "\r\ntest123123\r\n\r\n")


def test_a_ptt_post_s_template_header_and_comments(tmp_path):
    article = load_text(tmp_path, "ptt.txt", PTT_POST, encoding="big5")
    meta = article.meta
    assert meta["title"] == "TVBS六都民調 侯奪冠、盧升第四、柯墊底"  # the story's headline, not the post's subject
    assert (meta["outlet"], meta["author"]) == ("TVBS", "韋家齊")  # the poster's id is no author
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2020-12-21", "bbs record field 時間")
    assert role_of(article, "作者: cheinshin (那就這樣吧) 看板: Gossiping")[0] == "boilerplate"
    assert role_of(article, "5.完整新聞連結 (或短網址):")[0] == "boilerplate"
    assert role_holding(article, "草包滾了 柯果然墊底")[0] == "boilerplate"  # the poster's note
    assert role_holding(article, "2022選戰即將開打，民眾也對六都市長的施政表現打了分數")[0] == "body"
    assert role_holding(article, "還好啦！又不是第一次墊底了") == ("boilerplate", "comment")
    assert role_of(article, "test123123")[0] == "boilerplate"  # the poster's line among the comments
    assert role_holding(article, "※ 發信站: 批踢踢實業坊(ptt.cc)")[0] == "boilerplate"
    assert not any("\x1b" in text or "[1;31m" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


# 288_sogouca_dzdaily_jiaonan_culture_circle.txt: a Sogou record whose only line breaks are U+E40C.
SOGOU_DOC = ("<doc>\n<url>http://news.sohu.com/20120606/n344833606.shtml</url>\n<docno>e3736c5949da2142-69713306c0bb3300</docno>\n"
             "<contenttitle>“十分钟”传导“三公里”</contenttitle>\n<content>本报记者\u3000张忠德\ue40c本报通讯员\u3000张艳\u3000苏婧\ue40c"
             "城区“十分钟”\ue40c从５月中旬开始，在胶南市珠海街道办事处的烟台东社区大舞台上，一台台京剧演出点燃了附近居民的热情。"
             "２０１２年，胶南市继续对现有公共文化服务设施实施提升工程。\ue40c\u3000（来源：大众日报）</content>\n</doc>\n")


def test_a_sogou_record_s_private_line_breaks_separate_byline_and_subhead(tmp_path):
    article = load_text(tmp_path, "sogou.txt", SOGOU_DOC)
    meta = article.meta
    assert (meta["title"], meta["publish_date"]) == ("“十分钟”传导“三公里”", "2012-06-06")
    assert (meta["outlet"], meta["author"]) == ("大众日报", "张忠德")
    assert role_of(article, "本报记者\u3000张忠德")[0] == "byline"
    assert body(article)[-1] == "从５月中旬开始，在胶南市珠海街道办事处的烟台东社区大舞台上，一台台京剧演出点燃了附近居民的热情。" \
        "２０１２年，胶南市继续对现有公共文化服务设施实施提升工程。"
    assert article.coverage.ratio == 1.0


@pytest.mark.parametrize("name, text", [
    ("broken.json", JSON_ITEM[:-1]),  # the closing brace cut off: no JSON, and not one to parse
    ("broken.json", JSON_ITEM.replace('"city_name":', '"city_name"')),  # a missing colon
    ("stray.xml", CRAWLER_DOC.replace("<title>", "附注 <title>")),  # text between the fields
])
def test_a_malformed_record_reads_as_plain_text(tmp_path, name, text):
    article = load_text(tmp_path, name, text)
    assert article.meta["format"] in ("record", "text")
    assert article.coverage.ratio == 1.0
    assert any("考点" in t or "疫情" in t for t in body(article))


@pytest.mark.parametrize("text, is_record", [
    ('<text id="http://bjreader.blogchina.com/2756656.html" title="谁来为无序拆房“埋单”？">\n<html><body><p>正文</p></body></html>\n</text>',
     False),  # 114: a saved page wrapped in <text>: its first child is a page's element, no field
    ("<div><p>一段正文。</p></div>", False),  # an element of HTML's own
    ("北京，上海，广州，深圳都在其列。\n", False),  # commas are no CSV
    ("据统计,今年,全市,共有,三千家企业参与。\n", False),  # nor are ASCII ones without a date, an address or field names
    ("2019-03-11,重庆,说明\n", True),  # a date field and two more: a headerless row
    ("<news><id>6</id><title>标题</title></news>", True),
    ("作者：张三\n标题：某某\n发布时间：2024-12-13\n\n正文第一段。\n", False),  # a crawler's header: 作者 is the writer
])
def test_sniffing_by_content(text, is_record):
    assert (reader_for(text, "a.txt").NAME == "record") is is_record


def test_sniffing_looks_at_the_ends_only():
    # a few checks of the first and last characters: a long text costs no more than a short one
    assert records.sniff("<item><title>标题</title>" + "<description>正文</description>" * 50000 + "</item>", "a.txt")


# 282_forum_1984bbs_jinghua_pku_student_rape_case.md: a board's thread archived as a Jekyll post; the first floor
# reposts a 京华时报 report, the edit stamp closes it, the archive's footer and the replies follow.
FORUM_THREAD = """---
layout: default

date: 2010-1-27

title: 北大男生下催情药强奸前女友

---

# 北大男生下催情药强奸前女友

becom

“抢救运动”办公室借调人员、同萌会资深会员

1楼 大 中 小 发表于 2010-1-27 20:44  只看该作者

2010-01-27    来源：京华时报   记者：穆奕  

       本报讯 （记者穆奕）北大学生陈某以了结恋情为由，将前女友北航学生肖琴（化名）带到宾馆，诱骗对方喝下催情药并强奸肖琴两次。  

    去年5月3日10时左右，陈某拨通前女友肖琴的电话称，要再见面一次，和肖琴了结这段感情。  

    据了解，此案将于近日开庭。  

[ 本帖最后由 becom 于 2010-1-27 20:45 编辑 ]  

---

[Terminusbot](https://github.com/TerminusBot) 整理，讨论请前往 [2049bbs.xyz](http://2049bbs.xyz/)

---

江南的雨季

My Blog:Jitler.Com Twitter:@yxzjn

2楼 大 中 小 发表于 2010-1-27 21:14  只看该作者

这女的有病吧

50楼 大 中 小 发表于 2010-1-30 11:19  只看该作者

药在哪买的，求购
"""


def test_a_forum_thread_s_first_post_is_the_article(tmp_path):
    article = load_text(tmp_path, "thread.md", FORUM_THREAD)
    assert (article.meta["outlet"], article.meta["author"]) == ("京华时报", "穆奕")
    assert role_of(article, "1楼 大 中 小 发表于 2010-1-27 20:44 只看该作者") == ("boilerplate", "floor")
    assert role_of(article, "“抢救运动”办公室借调人员、同萌会资深会员")[0] == "boilerplate"  # the poster's rank
    assert body(article)[-1] == "据了解，此案将于近日开庭。"
    for line in ("[ 本帖最后由 becom 于 2010-1-27 20:45 编辑 ]", "My Blog:Jitler.Com Twitter:@yxzjn", "这女的有病吧", "药在哪买的，求购"):
        assert role_holding(article, line)[0] == "boilerplate"
    assert role_holding(article, "Terminusbot 整理")[0] == "boilerplate"
    assert article.coverage.ratio == 1.0


def test_a_floor_number_in_a_sentence_is_no_thread(tmp_path):
    text = "# 高楼起火\n\n记者了解到，起火的是12楼，居民称火是在发表于网上的视频里看到的。\n\n消防部门到场后很快扑灭了明火。\n"
    article = load_text(tmp_path, "fire.md", text)
    assert body(article) == ["记者了解到，起火的是12楼，居民称火是在发表于网上的视频里看到的。", "消防部门到场后很快扑灭了明火。"]


# 262_ruanyifeng_xinwen_mine_flood.rst: a blog post's Sphinx source.
RST_POST = """.. _200708_172_disappeared_miners:

长眠矿底的172名矿工
======================================

`ruanyifeng.com <http://www.ruanyifeng.com/blog/2007/08/172_disappeared_miners.html>`__

2007年8月15日夜间，山东新汶华源煤矿发生溃水事故，洪水涌入矿井，井下172名矿工被\\ `淹死 <http://news.sina.com.cn/c/p/2007-08-21/020612418150s.shtml>`__\\ 。

    矿上的职工太可怜了，做人没有尊严，人与人之间严重不平等。我老家在新汶，每每回家听到矿上的亲戚谈起所谓
    的军事化管理，感到的是悲哀。

    | 谁说生命是一片树叶 凋谢了,树林依然充满生机
    |  谁说生命是一朵浪花

（完）

.. note::
    原文地址: http://www.ruanyifeng.com/blog/2007/08/172_disappeared_miners.html 
    作者: 阮一峰 

    编辑: 木书架 http://www.me115.com
"""


def test_a_restructuredtext_post(tmp_path):
    article = load_text(tmp_path, "post.rst", RST_POST)
    assert article.meta["format"] == "rst"
    assert article.meta["title"] == "长眠矿底的172名矿工"  # the line over the ==== underline
    assert article.meta["author"] == "阮一峰"  # 作者: in the note; 木书架 is the 编辑
    # the escaped spaces and the link markup around 淹死 leave the sentence whole
    assert "2007年8月15日夜间，山东新汶华源煤矿发生溃水事故，洪水涌入矿井，井下172名矿工被淹死。" in body(article)
    # an indented block quote's two lines are one paragraph
    assert role_holding(article, "谈起所谓的军事化管理，感到的是悲哀。") == ("body", "quote")
    assert role_of(article, "谁说生命是一朵浪花")[0] == "body"  # a line block: a line each
    assert not any("disappeared_miners:" in text or "====" in text for text in article.paragraphs["text"])
    assert role_of(article, "（完）")[0] == "boilerplate"
    assert article.coverage.ratio == 1.0


# 261_bedtimenews_cankao_xinxi_10.md: a Wiki.js page's export.
WIKIJS_PAGE = """---
title: 【参考信息10】支柱产业；英国护士罢工
description: 2022-12-17  还是忍不住要吸一口。另外周末祝大家身体健康，争取错峰感染。
published: true
date: 2023-09-04T14:49:13.726Z
tags: 
editor: markdown
dateCreated: 2022-12-23T02:50:21.272Z
---

## Tabs {.tabset}
### B站
<iframe src="//player.bilibili.com/player.html?bvid=BV1xx" allowfullscreen="true"></iframe>

### YouTube
> 本期视频已被删除，此处列出的视频是其它用户上传的版本。
{.is-warning}

### 播客
<div class="podcast-player"></div>

## 

大家好，我是翠花饲养员小黛，欢迎收看第十期参考信息。

## 1. 中央：促进房地产居住消费健康发展 刘鹤重申房地产支柱地位

首先看一下最新的房地产政策。近日，中央印发2022到2035年扩大内需战略规划纲要。
"""


def test_a_wiki_js_page_s_tab_set_and_creation_date(tmp_path):
    article = load_text(tmp_path, "wiki.md", WIKIJS_PAGE)
    # date: is the page's last edit; dateCreated: its creation
    assert (article.meta["publish_date"], article.meta["publish_date_source"]) == ("2022-12-23", "front matter dateCreated:")
    for tab in ("B站", "YouTube", "播客", "本期视频已被删除，此处列出的视频是其它用户上传的版本。"):
        assert role_of(article, tab) == ("boilerplate", "tabs")
    assert body(article)[0] == "大家好，我是翠花饲养员小黛，欢迎收看第十期参考信息。"
    assert role_of(article, "1. 中央：促进房地产居住消费健康发展 刘鹤重申房地产支柱地位")[0] == "body"  # after the tab set
    assert article.coverage.ratio == 1.0


# 264_myzd_dazhong_daily_partnership.php: a PHP view template of a company's press page.
PHP_TEMPLATE = """<?php
$baseUrlImage = Yii::app()->theme->baseUrl . "/images/";
?>
<div class="news-content">
    <div style="text-align:center;"><strong>互联网医疗+纸媒，迈出联姻第一步</strong></div>
    <div>针对我省医疗资源分布不均、群众看病难的问题，名医主刀与大众日报社正式签约，双方将在健康传播领域展开合作。</div>
    <div>作为我省深化医改的关键一步，此次合作将把省内外名医资源与纸媒的传播力结合起来，让群众少跑腿。</div>
    <div class="news-menu">
            <?php $this->renderPartial('//news/pages/_newsmenu', $data = 'publicdaily'); ?>
    </div>
</div>
"""


def test_a_php_template_s_code_is_no_text(tmp_path):
    article = load_text(tmp_path, "news.php", PHP_TEMPLATE)
    texts = " ".join(article.paragraphs["text"])
    assert "renderPartial" not in texts and "baseUrl" not in texts
    assert role_holding(article, "名医主刀与大众日报社正式签约")[0] == "body"
    assert article.coverage.ratio == 1.0


# 268_baai_hub_jiqizhixin_yan_shuicheng_kunlun.html: a community hub re-posting a WeChat article keeps its
# #js_content body but prints the headline in its own h1 (og:title adds " - 智源社区").
HUB_PAGE = """<!DOCTYPE html><html><head><title>颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长 - 智源社区</title>
<meta property="og:title" content="颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长 - 智源社区"></head>
<body><nav><a href="/">首页</a><a href="/events">活动</a></nav>
<h1 id="post-title">颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长</h1>
<div class="meta">深度学习技术前沿 2023-09-04 14:20 分享</div>
<div id="js_content"><p>人工智能领域传来重磅转会消息。</p>
<p>本周五晚间，昆仑万维正式宣布计算机视觉、机器学习领域国际顶级专家颜水成教授加盟。</p>
<p>颜水成的研究领域包括计算机视觉、机器学习和多模态分析等。</p></div>
</body></html>
"""


def test_a_hub_s_h1_over_a_wechat_body_is_the_title(tmp_path):
    article = load_text(tmp_path, "hub.html", HUB_PAGE)
    assert article.meta["title"] == "颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长"
    assert role_of(article, "颜水成加入昆仑万维，任天工智能联席CEO、2050全球研究院院长")[0] == "title"
    assert body(article)[0] == "人工智能领域传来重磅转会消息。"


# fresh7 309 (jimmy93029/appledaily_warc_file_scrawler, dataset/2003-05-02.json @ a5e3a998, one record cut short here):
# an IPTC ninjs record as Python's json.dump writes it, every Chinese character a \uXXXX escape, the text nested in
# lists of {"role", "value"} objects. Read as plain text before, its escapes were the body and the coverage check,
# which decodes them, found 19% of the content.
NINJS_ITEM = json.dumps({
    "uri": "https://www.appledaily.com.tw/international/20030502/EBFNAFXDM6VA73RY7ROAO7OBAQ/",
    "standard": {"name": "ninjs", "version": "2.1"},
    "firstcreated": "2003-05-02", "versioncreated": "2022-09-29", "contentcreated": "2024-02-17",
    "headlines": [{"role": "main", "value": "北京休閒活動全中斷｜蘋果新聞網｜蘋果日報"}],
    "bodies": [{"role": "main", "value": "北京市因SARS隔離人口已達一萬二千多名，加上近一周來每日增加百名以上SARS確診人數，"
                                          "北京市為防範SARS疫情持續擴大，繼暫停一切娛樂活動後，北京市民的休閒活動幾近中斷。"}],
    "by": "苗珮瑩", "located": "綜合外電報導",
}, indent=4)


def test_a_nested_ascii_escaped_news_agency_record(tmp_path):
    article = load_text(tmp_path, "2003-05-02.json", NINJS_ITEM)
    meta = article.meta
    assert (meta["author"], meta["publish_date"]) == ("苗珮瑩", "2003-05-02")  # firstcreated, not a later edit
    assert meta["title"].startswith("北京休閒活動全中斷")
    assert "北京市民的休閒活動幾近中斷。" in "".join(body(article))
    assert not any("\\u" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


# fresh7 305 (duty-machine/wechatscope, files/gh_62913c457c3a_2020-10-07_….html @ 319de3f1): a WeChat page saved as
# one file opens with a comment holding the page's facts as JSON, commas and all; it was read as a CSV row.
SINGLE_FILE_PAGE = ('<!-- {"url":"mp.weixin.qq.com/s?__biz=MzA4ODIzNzExNw==&mid=2653497418","title":"你放假 我在岗丨305路公交车司机'
                    '黄丹蕾：尽最大努力 为市民提供出行便利","author":"","date":"2020-10-07"} -->\n<!DOCTYPE html><html><head>'
                    '<meta charset="utf-8"><title></title></head><body><h2 id="activity-name">你放假 我在岗丨305路公交车司机黄丹蕾：'
                    '尽最大努力 为市民提供出行便利</h2><div id="js_content"><p>国庆中秋双节期间，当大多数人享受着假期时，'
                    '顺德的公交车司机们仍坚守在岗位上，为市民出行提供便利。</p><p>10月3日早上6点，305路公交车司机黄丹蕾'
                    '已经开始了一天的工作。</p></div></body></html>')


def test_a_page_saved_with_a_json_comment_header_is_html_not_a_record(tmp_path):
    assert not records.sniff(SINGLE_FILE_PAGE, "page.html")
    article = load_text(tmp_path, "page.html", SINGLE_FILE_PAGE)
    assert article.meta["format"] == "html"
    assert article.meta["title"] == "你放假 我在岗丨305路公交车司机黄丹蕾：尽最大努力 为市民提供出行便利"
    assert "10月3日早上6点，305路公交车司机黄丹蕾已经开始了一天的工作。" in "".join(body(article))


# Records of an API whose body is no plain string (fresh10, scored in round 11: the body was read as one of its
# blocks, or not at all). Each excerpt keeps the record's structure and real strings, with fewer blocks and fields.

QUAKE_A = "20XX年的冬天，日本南海發生規模9的大地震。"
QUAKE_B = "這場地震，在愛知最大震度七級、大阪六級；三重縣的志摩海嘯最大高度23公尺，靜岡縣的下田更高達31公尺。"
QUAKE_CAPTION = "國家地震工程研究中心。(攝影/林佑恩)"
SCI_BLOCK = ("對照研究「成果」指標，依科技部公開的統計資料顯示，台灣期刊影響指數指標之一<!--__ANNOTATION__={\"text\":\"SCI\","
             "\"annotation\":\"<div>Science Citation Index，科學引文索引。</div>\",\"pureAnnotationText\":\"Science Citation "
             "Index，科學引文索引。\"}--><!--SCI-->論文發表篇數，從2005年的5,298篇增加到2014年的9,515篇，10年內增加了約1.8倍。")

# fresh10 374 (twreporter/twreporter-react, static/mock-data/fullposts.json @ 119bbf7d, one post of records[]): the
# body twice, as content.html and as draft.js blocks content.api_data (unstyled / header-two / image with its caption
# in content[0].description / an empty block); the writer in writters[].name, the date in published_date. The
# annotation block is fresh10 378's (the same dump), cut short.
TWREPORTER_POST = json.dumps({
    "id": "5abc87d834eb611b008e38e3", "slug": "earthquake-simulation", "name": "earthquake-simulation",
    "title": "台北大地震？「大規模地震模擬」如何讓政府防災動起來",
    "brief": {"html": "<p>別以為不可能！根據台灣地震模型團隊的資料，台北未來50年發生規模6.6地震的機率有20%。</p>",
              "api_data": [{"alignment": "center", "content": ["別以為不可能！根據台灣地震模型團隊的資料，台北未來50年發生規模6.6地震的機率有20%。"],
                            "id": "5ulem", "styles": {}, "type": "unstyled"}]},
    "categories": [{"id": "5951db9b507c6a0d00ab063d", "sort_order": 0, "name": "環境．教育"}],
    "writters": [{"id": "571de7bcdae62379576d7f45", "job_title": "", "name": "林韋萱"}],
    "photographers": [{"id": "5733e89d8c0c261000b3f6f3", "job_title": "", "name": "林佑恩"}],
    "content": {
        "html": f"<p>{QUAKE_A}</p><p>{QUAKE_B}</p><h2><strong>從生灰塵到願意公開</strong></h2><p>{SCI_BLOCK}</p>",
        "api_data": [
            {"alignment": "center", "content": [QUAKE_A], "id": "bkn5p", "styles": {}, "type": "unstyled"},
            {"alignment": "center", "content": [QUAKE_B], "id": "6t7cu", "styles": {}, "type": "unstyled"},
            {"alignment": "center", "content": ["<strong>從生灰塵到願意公開</strong>"], "id": "470c3", "styles": {}, "type": "header-two"},
            {"alignment": "center", "content": [""], "id": "32hhf", "styles": {}, "type": "unstyled"},
            {"alignment": "center", "content": [{"description": QUAKE_CAPTION, "id": "5abdc2e234eb611b008e38f9",
                                                 "keywords": "地震、地震模擬、國震中心",
                                                 "tiny": {"height": 100, "url": "https://storage.googleapis.com/twreporter-multimedia/images/20180330125354-af6dfb5f1900e4ce1f1597d591824756-tiny.jpg", "width": 150}}],
             "id": "uo45", "styles": {}, "type": "image"},
            {"alignment": "center", "content": [SCI_BLOCK], "id": "1luql", "styles": {}, "type": "annotation"},
        ]},
    "relateds": [{"id": "5a839ba9de3a991700ecd362", "title": "你是強震的高風險族群嗎？", "published_date": "2018-02-14T00:00:00Z"}],
    "published_date": "2018-03-30T00:00:00Z", "updated_at": "2018-04-17T10:52:41.628Z",
}, ensure_ascii=False, indent=2)


def test_a_body_stored_as_html_and_as_blocks_is_read_once(tmp_path):
    article = load_text(tmp_path, "post.json", TWREPORTER_POST)
    meta = article.meta
    assert meta["title"] == "台北大地震？「大規模地震模擬」如何讓政府防災動起來"
    assert (meta["author"], meta["publish_date"]) == ("林韋萱", "2018-03-30")  # not the photographer, not the edit
    texts = body(article)
    for sentence in (QUAKE_A, QUAKE_B, "10年內增加了約1.8倍。"):
        assert sum(sentence in text for text in texts) == 1  # one copy is the body, the other chrome
    assert not any("ANNOTATION" in text for text in texts)
    assert role_holding(article, QUAKE_CAPTION)[0] == "caption"  # only the blocks hold the captions
    assert article.coverage.ratio == 1.0


# fresh10 376 (collection-news/appledaily-archive-directory, samples/article_detail.json @ 6baa46b2): Arc XP's
# article API: contentBlocks [{content, photos: [{caption …}], subHead}], a video's own title in mediaGroup before
# the article's title (which keeps a <br/>), Unix-second dates, related articles with their own titles and dates.
APPLE_BLOCK_A = ("【本報訊】壹傳媒行政總裁張劍虹、《蘋果日報》總編輯羅偉光被國安處控以「串謀勾結外國勢力危害國家安全」，昨於西九龍"
                 "裁判法院提堂，逾百名市民到場打氣聲援，社民連成員亦於法庭外抗議。")
APPLE_BLOCK_B = ("昨早近8時，法院外已有逾百市民排隊輪候公眾席旁聽，現場至少三部警車、兩隊軍裝藍帽子戒備。")
APPLE_CAPTION = "■逾百人昨到法院外排隊輪候旁聽，聲援提堂的兩名壹傳媒及《蘋果》高層。"
ARC_ARTICLE = json.dumps({"state": "success", "content": {
    "_id": "JJ7CDZSXAVE55LYPHUOGV4RFRY",
    "contentBlocks": [
        {"content": APPLE_BLOCK_A, "photos": [], "subHead": ""},
        {"content": APPLE_BLOCK_B, "photos": [{"caption": APPLE_CAPTION, "expireDate": "", "height": "563",
                                               "imagePath": "https://hk.appledaily.com/resizer/asafu24kAgfMOeKYnHIjae0vP3I=/512x0/GBPGK2LXMVBXRF4ZP6RGSKKMFQ.jpg",
                                               "ml_intro_photo": False}], "subHead": "王婆婆叫口號遭警抬走"},
    ],
    "mediaGroup": [{"type": "videos", "videoId": "dbc77997-fd96-4f3b-845c-40f38f2ea6b4",
                    "title": "國安控蘋果︱近百市民聲援被捕高層 王婆婆遭警強行抬離法院", "quality": "360p"}],
    "brandName": "appledaily", "displayTime": 1624125600, "issueId": "20210620", "pubDate": "1624128762",
    "title": "百人烈日下排隊：一齊撐\u3000<br/>財金界指兩制已扭曲\u3000外資擬撤走",
    "relatedNews": [{"title": "市民續買報支持「冀記住歷史」", "pubDate": "1624128639", "contentBlocks": []}],
}}, ensure_ascii=False, indent=2)


def test_a_body_in_content_blocks_with_photos(tmp_path):
    article = load_text(tmp_path, "article_detail.json", ARC_ARTICLE)
    meta = article.meta
    # The article's title (not the video's), its markup out (meta writes the ideographic spaces as spaces).
    assert meta["title"] == "百人烈日下排隊：一齊撐 財金界指兩制已扭曲 外資擬撤走"
    assert meta["publish_date"] == "2021-06-20"  # 1624128762 is 02:52 in Hong Kong, 18:52 UTC the day before
    texts = "".join(body(article))
    assert "逾百名市民到場打氣聲援" in texts and APPLE_BLOCK_B in texts  # every block, not the longest alone
    assert role_holding(article, APPLE_CAPTION)[0] == "caption"
    assert article.coverage.ratio == 1.0


# fresh19 622_csv_wechat_scnu_xiaoqing_donation_2407wan.csv (bansky-cl/scnu_wechat_articles_spider, content_pp_2024.csv):
# a header row and one record whose tags field is a Python list, quoted because it holds the comma; the text shortened.
QUOTED_TAGS_RECORD = ("title,time,tags,content\n"
                      "2407万元！华师获多项捐赠！,2023-07-02,\"['90周年校庆', '华师头条']\","
                      "6月30日上午，在距离90周年校庆还有128天之际，华师举行90周年校庆捐赠仪式。\n")


def test_a_quoted_field_holding_the_separator_is_one_field(tmp_path):
    article = load_text(tmp_path, "scnu.csv", QUOTED_TAGS_RECORD)
    assert (article.meta["title"], article.meta["publish_date"]) == ("2407万元！华师获多项捐赠！", "2023-07-02")
    assert role_of(article, "['90周年校庆', '华师头条']")[0] == "boilerplate"
    assert body(article) == ["6月30日上午，在距离90周年校庆还有128天之际，华师举行90周年校庆捐赠仪式。"]


# fresh13 435_csvrecord_newtalk_second_thomas_shoal_resupply.csv: a headerless record, the text quoted (it holds
# commas and line breaks) after an unquoted section name; the text shortened to its first two paragraphs.
QUOTED_TEXT_ROW = ("2023-08-22,2023-08-22 10:15:16,菲4艦硬闖仁愛礁補給！中國海警：偵獲非法行為 已做「臨時性特殊安排」,"
                   "https://newtalk.tw/news/view/2023-08-22/885224,World,\"中、菲於南海的對峙態勢越演越烈。中國海警局下午發佈消息，"
                   "稱偵獲菲船隻「未經允許」侵闖仁愛礁，但出於人道主義，已做出「臨時性特殊安排」。\n\n"
                   "據「中國海警」微博今天下午發布消息，中國海警局新聞發言人劉德軍表示，菲律賓 2 艘運補船、2 艘海警船未經中國政府允許，"
                   "擅自進入仁愛礁鄰近海域。\"\n")


def test_a_headerless_row_s_quoted_text_starts_after_its_quote(tmp_path):
    article = load_text(tmp_path, "newtalk.csv", QUOTED_TEXT_ROW)
    assert role_of(article, "World")[0] == "boilerplate"
    assert body(article)[0].startswith("中、菲於南海的對峙態勢越演越烈。")


# fresh18 574_csv_pingguo_ribao_tainan_banquet_food_poisoning.csv: the crawler wrote the row's four fields again at
# the head of the quoted text (Big5 in the file; the text shortened).
REPEATED_FIELDS_ROW = ("【更新】歸寧宴食物中毒\u3000180人上吐下瀉,2016年04月05日22:45,生活,16681,"
                       "\"【更新】歸寧宴食物中毒\u3000180人上吐下瀉,2016年04月05日22:45,生活,16681,"
                       "台南市林姓市民上個月13日到安平區東東宴會式場，席開36桌舉辦女兒歸寧宴。林姓市民說，業者事發後的態度還算誠懇。\"\n")


def test_the_fields_a_crawler_repeats_before_the_text_are_not_the_text(tmp_path):
    article = load_text(tmp_path, "appledaily.csv", REPEATED_FIELDS_ROW, encoding="big5")
    assert body(article)[0].startswith("台南市林姓市民上個月13日")
    assert not any("16681" in text for text in body(article))
