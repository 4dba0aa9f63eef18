"""Shapes of round 10's mend of the meta fields (outlet, author, date) after fresh9's scoring: each miss as a short
article or a line of the same shape built from the article's own text (data/eval/fresh9/, provenance in
data/eval/fresh9/SOURCES.tsv); expected values are read off the text by hand. Beside each, a text of similar look
that must not fire.
"""

from conftest import load_text, role_of

# Two sentences of 342 (a Jekyll archive of WeChat posts, lijiaocn/wechat _posts/2015-07-21-WebNotes-1491.md).
WANG_LIN = ("财经作家吴晓波在公众账号发文章称《跟王林合影是多糗的事》，拉拉杂杂给他的「精英人士」朋友们写了一大堆辩护词，"
            "总结下来吴就是想说一句话：跟王林合影的人不该被嘲笑。\n\n"
            "至于张宝胜，更是一个著名的虚假特异功能大师，一个骗子，吴晓波难道也不知道这件事?\n")


def test_a_wechat_archive_front_matter_names_the_account_and_date_under_its_own_keys(tmp_path):
    # 341, 342: channel_name: is the account, createtime: the posting in the archiver's UTC clock (the day as
    # written), Python-yaml type tags before values; description: and channel_desc: name no meta field
    text = ("---\ncategories: !!python/unicode 'WebNotes'\n"
            "channel_desc: 请不要被「小道消息」这个名字误导.在这里,我只想努力为读者呈现一幅中国互联网的清明上河图.\n"
            "channel_id: !!python/unicode 'WebNotes'\nchannel_name: 小道消息\n"
            "createtime: 2015-07-21 06:11:59+00:00\n"
            "description: 跟王林合影就是一件很糗的事，出了糗事老老实实承认，以后别再做糗事就是了。\n"
            "keywords: !!python/str '小道消息,WebNotes'\nlayout: 1_0_post\n"
            "title: 给吴晓波们：跟王林合影是很糗的事\n---\n" + WANG_LIN)
    meta = load_text(tmp_path, "2015-07-21-WebNotes-1491.md", text).meta
    assert (meta["title"], meta["outlet"], meta["publish_date"], meta["author"]) == (
        "给吴晓波们：跟王林合影是很糗的事", "小道消息", "2015-07-21", None)
    assert (meta["outlet_source"], meta["publish_date_source"]) == ("front matter channel_name:", "front matter createtime:")


def test_a_late_utc_createtime_keeps_the_day_written(tmp_path):
    # the same archive's clock late in the UTC day: China's next day is a date neither article nor archive shows
    text = "---\nchannel_name: 小道消息\ncreatetime: 2015-07-21 20:11:59+00:00\ntitle: 标题\n---\n" + WANG_LIN
    assert load_text(tmp_path, "late.md", text).meta["publish_date"] == "2015-07-21"


def test_an_unlisted_or_clipping_key_names_no_field(tmp_path):
    # channel_id: is the account's handle and created: Obsidian's clipping day (343): neither is a meta field
    text = "---\nchannel_id: WebNotes\ncreated: 2025-07-28\ntitle: 标题\n---\n" + WANG_LIN
    meta = load_text(tmp_path, "clip.md", text).meta
    assert meta["outlet"] is None
    assert meta["publish_date_source"] != "front matter created:"


# 343 (an Obsidian clipping of a 量子位 post, akan/obsidian_repo Clippings/): the byline under the account card.
QBITAI_BYLINE = "金磊 发自 WAIC量子位 | 公众号 QbitAI"
ACCOUNT_CARD = "Original 关注前沿科技 [量子位](https://mp.weixin.qq.com/) *2025年07月28日 13:35*"
AI_FLOW = ("有点意思，能 **让香农和图灵又握上一次手** 的，竟然是一家 **央企** 。\n\n他们俩握手是什么意思呢？\n\n"
           "这两位大师，一位定义了“信息”如何高效、准确地传递，另一位则开启了“智能”如何被创造和模拟的探索。\n\n"
           "而二人的握手，则是信息技术和通信技术的一次融合。\n\n"
           "例如当你身处浩瀚的海洋之上，这里是传统通信的“死亡地带”，卫星信号微弱且昂贵，别说视频通话，"
           "连发一张清晰的图片都可能要耗费半天。\n\n"
           "然而现在，正因为他俩的“握手”，在海上流畅地打视频电话已经变成一种现实：\n\n"
           "这背后，并非是电信公司发射了什么超级卫星，或者铺设了跨洋光缆。实际上，船员的手机与外界交换的数据量，"
           "仅仅是传统视频通话的百分之一，甚至千分之一。\n")


def test_a_byline_filed_from_a_place_with_the_account_handle_glued_after_it(tmp_path):
    # name + 发自 + the place glued to the account's name, then | 公众号 and the account's handle: the byline
    article = load_text(tmp_path, "clip.md", f"# 万万没想到\n\n{ACCOUNT_CARD}\n\n##### {QBITAI_BYLINE}\n\n{AI_FLOW}")
    assert (article.meta["author"], article.meta["author_source"]) == ("金磊", f"byline: {QBITAI_BYLINE}")
    assert role_of(article, QBITAI_BYLINE)[0] == "byline"
    # an account handle is Latin letters (WeChat IDs): a clause after the bar is no handle
    article = load_text(tmp_path, "felt.md", f"# 万万没想到\n\n{ACCOUNT_CARD}\n\n大家 发自 内心 | 公众号 也转了\n\n{AI_FLOW}")
    assert article.meta["author"] is None


def _page(title: str, head: str, paragraphs: list[str]) -> str:
    """A page of the old portals' shape: the <title>, the headline in <h1>, the lines under it, the article."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div id='content-main'><h1>{title}</h1>{head}<div>{text}</div></div></body></html>")


# 346 (a 中国青年报 e-edition page of 2010, cnshot/CNShot test/data/cyol.html): the writer alone under the headline,
# then the site and paper with the date and the page's tools.
RUMORS_TITLE = "如果政府失语和媒体缺位，只会助长谣言"
RUMORS = ["5月3日晚在湖北随州，5月4日在四川成都，相继出现上万只青蛙爬上乡村道路，浩浩荡荡前行。村民惊恐，地震局专家解释说，"
          "幼年青蛙离开水塘、集体迁移是正常现象，与自然灾害没有联系。",
          "有关新闻跟帖，免不了借机给地震局专家来一番调侃。搜狐上海网友说：“我不是进来看青蛙的，我是来看专家的。”",
          "其实，中国人大多接受现阶段地震不可预测的观点，对地震预报如此苛求，内心深处是不满于专家缺乏独立品格和政府缺乏公信力。",
          "遭遇突发事件，地方政府救死扶伤，竭力平息事态，用心良苦，但在传统的行政力量和人民币强力维稳之外，还需要做到信息公开透明。"
          "在互联网时代，网络传言与官方消息在赛跑，政府失语和媒体缺位只会给谣言让路。"]
RUMORS_HEAD = ("<div>{name}</div><div><hr></div><form><div>中青在线－中国青年报 2010-05-08 "
               "[<a href='javascript:window.print()'>打印</a>] [<a href='javascript:window.close();'>关闭</a>] email推荐: "
               "<input type='text' name='emailaddress'/></div></form>")


def test_a_writer_alone_over_the_papers_date_line_with_the_page_tools(tmp_path):
    page = _page(RUMORS_TITLE, RUMORS_HEAD.format(name="祝华新"), RUMORS)
    meta = load_text(tmp_path, "cyol.html", page).meta
    assert (meta["author"], meta["outlet"], meta["publish_date"]) == ("祝华新", "中青在线", "2010-05-08")
    assert meta["author_source"] == "a name alone between the headline and its date line: 祝华新"
    # a section's word there (评论) starts with no surname: no writer
    meta = load_text(tmp_path, "section.html", _page(RUMORS_TITLE, RUMORS_HEAD.format(name="评论"), RUMORS)).meta
    assert meta["author"] is None


# 345 (a 腾讯新闻 page of 2010 carrying 广州日报, cnshot/CNShot test/data/tencent.html): the info bar, and the
# dateline's reporter before the correspondents.
PANYU_TITLE = "广州番禺成立1700人护校大队 装备警用直升机"
PANYU = ["本报讯 （记者陈翔 通讯员罗裕秋、廖胜权、张勇）昨天，广州番禺正式成立校园安全保卫大队。警方建立派出所、"
         "校园处置突发事件应急联动工作机制。如出现紧急事件，番禺区分局必要时将出动警用直升机和特警队员。",
         "番禺警方介绍，1700名专职保安进驻全区639间公校、民校及幼儿园，其中有寄宿生或全托服务的幼儿园，每间配置4名保安，"
         "其他学校配2名保安。",
         "番禺区公安分局还和区教育局联合对全区学校和幼儿园进行交通、消防、安全大检查工作，指导具备条件的学校、幼儿园在大门、"
         "围墙、学生宿舍等部位安装监控、报警设备，并组织学校保安和部分老师进行突发事件处置培训。",
         "据悉，番禺区将陆续再招募600名校园安保队员，届时番禺校园安保大队将扩充至2300名。"]
PANYU_INFO = ("<div class='info'>2010年05月25日04:31<span class='infoCol'><span class='where'><a href='#'>大洋网-广州日报</a>"
              "</span><span class='auth'>陈翔</span></span><a href='#'>我要评论<span>(<em>0</em>)</span></a></div>")


def test_a_portal_info_bar_dates_the_page_and_the_reporter_comes_before_the_correspondents(tmp_path):
    meta = load_text(tmp_path, "tencent.html", _page(PANYU_TITLE, PANYU_INFO, PANYU)).meta
    assert (meta["author"], meta["publish_date"]) == ("陈翔", "2010-05-25")
    assert meta["publish_date_source"].startswith("date line: 2010年05月25日04:31")


def test_correspondents_alone_or_names_before_their_credit_stay_writers():
    from zhnews.load.meta import clean_names
    assert clean_names("记者陈翔 通讯员罗裕秋、廖胜权、张勇") == "陈翔"
    assert clean_names("职工通讯员 李琴雯 刘会") == "李琴雯、刘会"  # no reporter: the correspondents wrote it
    assert clean_names("周维华 田宁 本报特约通讯员 侯国荣") == "周维华、田宁、侯国荣"  # no role before the names


# 349 (a 腾讯新闻 企鹅号 page of 2020, jshemas/openGraphScraperPages qq.html): the date stuck to the left of the
# article in three pieces, the year, the month and day, the time.
SERBIA_TITLE = "烧警车、闯议会、要求总统辞职，塞尔维亚宵禁引发十年最大规模抗议"
SERBIA = ["今日俄罗斯评价称，此次抗议游行是塞尔维亚十年来规模最大的一次。报道称，2000年的“颜色革命”以来，"
          "塞尔维亚人始终对组织大规模抗议活动持谨慎态度。",
          "据报道，塞尔维亚总统武契奇7日宣布，首都贝尔格莱德将从10日起实施宵禁，以应对新冠肺炎疫情反弹。",
          "消息传出后，数千名民众当晚聚集在议会大楼前抗议，部分示威者冲入议会大楼，与警方发生冲突。",
          "警方使用催泪瓦斯驱散人群，多辆警车被点燃，数十人在冲突中受伤。"]
SERBIA_WIDGET = ("<div class='left-stick-wp'><div class='year through'><span>{year}</span></div>"
                 "<div class='md'>07/08</div><div class='time'>16:37</div><div><a class='author'>纵相新闻</a></div></div>")


def test_a_date_shown_in_pieces_under_the_headline(tmp_path):
    page = _page(SERBIA_TITLE, SERBIA_WIDGET.format(year="2020"), SERBIA)
    meta = load_text(tmp_path, "qq.html", page).meta
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2020-07-08", "a date shown in pieces under the headline: 2020 07/08")
    # a number that is no year (3020 readers) over 07/08 dates nothing
    page = _page(SERBIA_TITLE, SERBIA_WIDGET.format(year="3020"), SERBIA)
    assert load_text(tmp_path, "count.html", page).meta["publish_date"] != "2020-07-08"
