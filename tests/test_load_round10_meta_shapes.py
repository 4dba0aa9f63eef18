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
