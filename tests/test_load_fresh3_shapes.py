"""Shapes of the round-4 held-out misses (fresh3, scored once and seen since), one realistic line or
short article each, written by hand after the shapes of data/eval/fresh3/RESULTS.md; expected values are
read off the text by hand.
"""

import pytest

from conftest import body, load_text, role_of
from zhnews.load.meta import clean_names
from zhnews.load.roles import first_cue

WECHAT_PAGE = """<html><head><title>军人的“六个钱包”不鼓，耐心点儿？</title></head><body>
<div id="img-content">
<h2 class="rich_media_title" id="activity-name">
<script type="text/javascript">
if(/(iPhone|iPad|iPod|iOS)/i.test(navigator.userAgent)){
    document.write("<span class='rich_media_title_ios'>六个钱包凑首付，年轻人难不难？</span>");
}else{
    document.write("六个钱包凑首付，年轻人难不难？");
}
</script>六个钱包凑首付，年轻人难不难？
</h2>
<div id="meta_content"><span class="rich_media_meta rich_media_meta_text">王明</span>
<a id="js_name">某某公众号</a></div>
<div id="js_content">
<p>近来房价又成了饭桌上的话题，朋友聚会三句话不离首付和月供，谁家买了房、谁家还在租房，大家都说得清清楚楚。</p>
<p><img src="a.jpg"></p>
<p>一位经济学者在电视节目中建议：</p>
<blockquote><p>年轻夫妇可以用双方父母、祖父母一共六个钱包，合起来支付房子首付。</p></blockquote>
<p>这番话随即引发热议，批评的声音占了大多数，不少网友说自家的六个钱包加起来也凑不出一个首付。</p>
</div></body></html>
"""


def test_script_in_a_wechat_title_is_never_read(tmp_path):
    # 102: the title heading holds a document.write script before the title it writes again
    article = load_text(tmp_path, "wechat_page.html", WECHAT_PAGE)
    assert article.meta["title"] == "六个钱包凑首付，年轻人难不难？"
    assert not any("document.write" in text for text in article.paragraphs["text"])
    assert article.meta["coverage"] == 1.0


def test_a_line_ending_with_a_colon_after_an_image_is_no_caption(tmp_path):
    # 102: 近期在一档电视节目中，有经济砖家建议： right after an image introduces a quote block
    article = load_text(tmp_path, "wechat_page.html", WECHAT_PAGE)
    rows = article.paragraphs[article.paragraphs["text"] == "一位经济学者在电视节目中建议："]
    assert rows["role"].tolist() == ["body"]


def test_original_title_and_source_on_a_plain_text_title_line(tmp_path):
    # 105: a portal repost copied as plain text starts 原标题：<headline> 来源：<outlet>
    text = ("原标题：暴雨致多趟列车停运 铁路部门：已退票旅客可免费改签 来源：某某晚报\n"
            "记者昨日从铁路部门获悉，受持续强降雨影响，途经本省的多趟旅客列车临时停运，铁路部门已开通退改签绿色通道。\n"
            "已购票旅客可在开车前后三十日内办理退票，不收取退票费，车站增派人手引导旅客有序办理。\n")
    article = load_text(tmp_path, "repost.txt", text)
    assert article.meta["title"] == "暴雨致多趟列车停运 铁路部门：已退票旅客可免费改签"
    assert article.meta["outlet"] == "某某晚报"
    assert article.meta["coverage"] == 1.0


@pytest.mark.parametrize("line, author, rest", [
    # 104 (自由時報): several reporters in one dateline glued to the first sentence
    ("〔記者王大明、李小華、陳美玲／台北報導〕立法院昨天三讀通過食品安全衛生管理法修正案，違規業者最高可罰五千萬元。",
     "王大明、李小華、陳美玲", "立法院昨天三讀通過食品安全衛生管理法修正案，違規業者最高可罰五千萬元。"),
    # 聯合報 / 中時: the same dateline without brackets
    ("記者林志豪／綜合報導颱風逐漸接近，中央氣象局今天上午發布海上警報，東部沿海民眾須嚴加防範。",
     "林志豪", "颱風逐漸接近，中央氣象局今天上午發布海上警報，東部沿海民眾須嚴加防範。"),
    # 100 (a WeChat export): 文｜<name> glued to the first sentence
    ("文｜谢九在短短两年时间里，某地产公司虚增收入五千多亿元，创下了财务造假的纪录。",
     "谢九", "在短短两年时间里，某地产公司虚增收入五千多亿元，创下了财务造假的纪录。"),
])
def test_byline_glued_to_the_first_sentence(tmp_path, line, author, rest):
    text = ("# 一篇报道的标题\n\n" + line + "\n\n"
            "这是报道的第二段，记录了事件经过以及有关部门的回应，内容足够长，可以算作正文的一段完整文字。\n")
    article = load_text(tmp_path, "glued.md", text)
    assert article.meta["author"] == author
    assert rest in body(article)


def test_blog_template_tags_and_a_repost_note_in_a_hexo_post(tmp_path):
    # 106: a Hexo post reposting a WeChat article keeps the theme's {% blockquote %} tags around the note
    text = ("---\ntitle: 上海\ncategories:\n\t- \"城市\"\n---\n\n"
            "{% blockquote %}\n文章转载于微信公众号:城市地理志\n{% endblockquote %}\n\n"
            "上海位于长江入海口，东临东海，是中国最大的经济中心城市之一，也是一座历史悠久的港口城市。\n\n"
            "一百多年前，这里还只是一个普通的县城，开埠之后才逐渐成长为远东最繁华的都市。\n")
    article = load_text(tmp_path, "hexo_post.md", text)
    assert article.meta["outlet"] == "城市地理志"
    assert role_of(article, "{% blockquote %}") == ("boilerplate", "markup")
    assert role_of(article, "{% endblockquote %}") == ("boilerplate", "markup")
    assert not any("{%" in line or "转载" in line for line in body(article))


def test_account_name_on_the_card_at_the_end_of_a_wechat_export(tmp_path):
    # 107 (and 112, 61): the saved page ends 继续滑动看下一个 / <account> / 向上滑动看下一个
    text = ("---\ntitle: \"城市夜跑的人越来越多了\"\nauthor: \"李想\"\n---\n\n"
            "下班以后，越来越多的年轻人换上跑鞋，沿着河边的步道跑上五公里，再去街角的小店吃一碗面，"
            "然后把当天的路线和配速发到朋友圈里，互相点赞，也互相督促第二天接着跑。\n\n"
            "跑团的组织者说，今年报名的人比去年多了一倍，其中不少是刚参加工作的大学毕业生，"
            "他们白天在写字楼里坐上十个小时，晚上最想做的事情就是出门出一身汗。\n\n"
            "继续滑动看下一个\n\n轻触阅读原文\n\n![](http://mmbiz.qpic.cn/a.png)\n\n城市慢生活\n\n向上滑动看下一个\n")
    article = load_text(tmp_path, "wechat_export.md", text)
    assert article.meta["outlet"] == "城市慢生活"
    assert role_of(article, "城市慢生活") == ("boilerplate", "wechat_account")


@pytest.mark.parametrize("line, region, kind", [
    ("2026-05-25T21:37:50.026Z", "head", "export_stamp"),  # 107: SimpRead's save time as a # heading
    ("2024-03-07T08:15:00+08:00", "head", "export_stamp"),
    ("本文英文原文发表于《纽约客》2025年3月。", "core", "translation_note"),  # 107
    ("关于作者：", "tail", "author_note"),  # 107: the bio under the essay follows
    ("城市与生活 · 目录", "tail", "page_chrome"),  # 107: a WeChat album link
])
def test_export_and_translation_furniture(line, region, kind):
    hit = first_cue(line, region)
    assert hit is not None and hit[0].role == "boilerplate" and hit[0].kind == kind


def test_a_date_sentence_is_no_export_stamp():
    assert first_cue("2024-03-07，公司发布了年度财报。", "core") is None


@pytest.mark.parametrize("value, names", [
    ("曹思颀编辑", "曹思颀"),  # 112: **作者 | 曹思颀****编辑**| 郑玄 lost the gap between two bold fields
    ("王小明 编辑 李四", "王小明"),
    ("界面新闻编辑", None),  # a desk before the stop word is no name
])
def test_a_name_glued_to_the_next_field_label(value, names):
    assert clean_names(value) == names


def test_split_wechat_header_and_a_reader_prompt(tmp_path):
    # 112: WeChat's header 原创 / <author> / <account> one field per line, and 极客一问 with its question below
    text = ("---\ntitle: 电动车降价潮还会持续多久？\n---\n\n# 电动车降价潮还会持续多久？\n\n原创\n\n某某科技汽车组\n\n某某科技\n\n"
            "**作者 | 王小明****编辑**| 李四****\n\n"
            "今年开年以来，多家车企宣布下调旗下车型售价，最高降幅超过三万元，价格战从新势力蔓延到了传统车企，"
            "经销商的库存压力也随之加大，不少门店打出了限时优惠的横幅。\n\n"
            "分析人士认为，降价能在短期内拉动销量，但也会压缩车企本就微薄的利润，行业洗牌可能因此加速，"
            "资金实力不足的品牌将首先面临生存压力。\n\n"
            "**某某一问**\n\n**你怎么看**\n\n**这一轮降价潮？**\n")
    article = load_text(tmp_path, "wechat_export.md", text)
    assert article.meta["outlet"] == "某某科技"
    assert article.meta["author"] == "王小明"
    for line in ("原创", "某某科技汽车组", "某某科技", "某某一问", "你怎么看", "这一轮降价潮？"):
        assert role_of(article, line)[0] != "body", line


def test_setext_title_of_a_clipper_export(tmp_path):
    # 113: a Cubox export writes the headline underlined with ==== and the site's domain under it
    text = ("春节档票房破纪录，谁是最大赢家？\n==========================\n\n"
            "[mp.weixin.qq.com](https://mp.weixin.qq.com/s/abc)\n\n"
            "今日，春节档热门电影之一上映八天，截止至今日下午，这部电影累计票房超过三十亿元，单日票房也已突破三亿，"
            "排片占比高达百分之四十一。\n\n"
            "根据专业平台给出的预测数据，这部电影最终票房将超过五十亿元，极有可能成为今年春节档的票房冠军。\n")
    article = load_text(tmp_path, "cubox.md", text)
    assert article.meta["title"] == "春节档票房破纪录，谁是最大赢家？"
    assert role_of(article, "mp.weixin.qq.com")[0] == "boilerplate"
    assert article.meta["coverage"] == 1.0


@pytest.mark.parametrize("line, region, kind", [
    ("（ 见本报昨天 6版相关报道 ）", "tail", "cross_reference"),  # 114 (钱江晚报 via BlogChina)
    ("（详见本报3月5日A2版）", "core", "cross_reference"),
    ("你可以使用这个链接引用该篇文章 http://publishblog.blogchina.com/blog/tb.b?diaryID=123", "tail", "trackback"),  # 114
    ("某某新闻网版权咨询电话：0351-1234567。如您在本站发现错误，请发贴至论坛告知。感谢您的关注！", "tail", "copyright"),  # 110
    ("作者为互联网资深观察家，解读行业发展大势，为职业与人生解疑答惑。", "tail", "author_note"),  # 108: names no one
    ("万一哪天某某君不见了，还可以到小某某找找。", "tail", "cta"),  # 102: the backup account plea
    ("Powered by 某某", "tail", "credit"),  # 102
    ("关注科技 关注未来", "head", "slogan"),  # 102: 关注军旅 关注人生 above the article
    ("小明自动备份，仅供查阅学习", "head", "crawl_note"),  # 100: a backup archive's note
    ("本文仅供学习交流。", "tail", "crawl_note"),
])
def test_portal_blog_and_account_furniture(line, region, kind):
    hit = first_cue(line, region)
    assert hit is not None and hit[0].role == "boilerplate" and hit[0].kind == kind


def test_a_sentence_about_the_author_inside_the_story_is_body():
    assert first_cue("作者为此走访了十几家门店，发现价格差距很大。", "core") is None


def test_info_line_with_an_update_mark():
    # 115 (Yahoo China): the visible date line marks its time 更新
    cue, found = first_cue("2005-04-27 14:32更新 来源：千龙新闻网", "head")
    assert cue.role == "byline"
    assert found.group("date") == "2005-04-27" and found.group("outlet") == "千龙新闻网"


@pytest.mark.parametrize("line", ["記者︰陳大文", "記者﹕陳大文"])
def test_a_hong_kong_byline_with_the_colon_presentation_form(line):
    # 116 (晴報): the byline's colon is ︰ (U+FE30), as many Hong Kong and Taiwan pages write it
    cue, found = first_cue(line, "head")
    assert cue.role == "byline" and clean_names(found.group("author")) == "陳大文"


def test_licence_statement_names_writer_and_outlet():
    # 108 (网易财经《亦观察》): the writer who licensed the column and the outlet that ran it
    cue, found = first_cue("本文为张小刀授权某某财经《观察》专栏发布，转载须注明出处。", "tail")
    assert cue.role == "boilerplate"
    assert found.group("author") == "张小刀" and found.group("outlet") == "某某财经"


BLOG_PAGE = """<html><body>
<div id="header"><h1 class="title"><a href="index.html">someone的博客</a></h1></div>
<div class="entity">
<h2 class="diaryTitle">老小区加装电梯难在哪里？- -</h2>
<p><b>老小区加装电梯难在哪里？</b></p>
<p>本报记者 王小明</p>
<p>2021-5-12 某某晚报</p>
<p>家住六楼的李阿姨今年七十八岁，每天上下楼都要歇上好几回，她盼着小区能早日装上电梯，可是一楼的住户始终不同意。</p>
<p>记者走访了城区多个老小区，发现加装电梯的难点主要集中在费用分摊和低层住户的意见上，不少小区的方案一拖就是好几年。</p>
<p>街道工作人员表示，下一步将组织居民协商，争取在年底前让更多小区的方案落地，让老人出行不再犯难。</p>
</div></body></html>
"""


def test_a_blog_banner_linking_home_is_no_title(tmp_path):
    # 114 (BlogChina): the blog's name in an h1 linking to index.html; the post title ends with BlogDriver's '- -'
    article = load_text(tmp_path, "blog.html", BLOG_PAGE)
    assert article.meta["title"] == "老小区加装电梯难在哪里？"
    assert article.meta["outlet"] == "某某晚报"  # the paper on the date line of the reposted story


NEWSROOM_PAGE = """<html><head><title>新闻动态</title></head><body>
<ul class="nav"><li><a href="/about">关于某某科技</a></li><li><a href="/news">新闻动态</a></li></ul>
<div class="news-title">某某科技与某某电视台达成战略合作 共建智能媒体实验室</div>
<div class="date-box"><span>18</span><h3>07月 2019</h3></div>
<div class="news-date">2019-07-18</div>
<div class="news-content">
<p>7月17日，某某科技与某某电视台在北京签署战略合作协议，双方将共建智能媒体实验室，在内容生产、智能审核和视频分析等方面展开合作。</p>
<p>某某科技副总裁表示，人工智能技术已经能够以前所未有的方式改变媒体内容的制作和传播，此次合作将让双方的优势得到充分发挥。</p>
<p>根据协议，双方还将联合打造面向媒体行业的软硬件产品，并在大型活动的直播报道中率先试用相关技术。</p>
</div>
<div class="footer">© Moumou 使用某某科技前必读 京ICP证000000号</div></body></html>
"""


def test_a_date_box_is_no_headline(tmp_path):
    # 103 (a company newsroom): the month and year of the date box sit in a heading right above the date line
    article = load_text(tmp_path, "newsroom.html", NEWSROOM_PAGE)
    assert article.meta["title"] == "某某科技与某某电视台达成战略合作 共建智能媒体实验室"
    assert article.meta["publish_date"] == "2019-07-18"


def test_a_company_newsroom_names_itself_in_its_menu_and_footer(tmp_path):
    # 103: 关于百度 in the menu and 使用百度前必读 in the copyright line; the text names no outlet
    article = load_text(tmp_path, "newsroom.html", NEWSROOM_PAGE)
    assert article.meta["outlet"] == "某某科技"


def test_script_in_a_markdown_export_is_never_text(tmp_path):
    # 102's shape saved as markdown: the title heading keeps the page's document.write script
    text = ("# <script>\nif(/(iPhone|iPad)/i.test(navigator.userAgent)){\n    document.write(\"六个钱包凑首付？\");\n}\n</script>六个钱包凑首付？\n\n"
            "近来房价又成了饭桌上的话题，朋友聚会三句话不离首付和月供，谁家买了房、谁家还在租房，大家都说得清清楚楚。\n\n"
            "这番话随即引发热议，批评的声音占了大多数，不少网友说自家的六个钱包加起来也凑不出一个首付。\n")
    article = load_text(tmp_path, "saved_page.md", text)
    assert not any("document.write" in line or "navigator" in line for line in article.paragraphs["text"])
    assert article.meta["coverage"] == 1.0
