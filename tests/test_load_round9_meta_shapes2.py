"""Shapes of round 9's second pass on the meta fields (title, outlet, author, date): the seen splits' last misses
and the lead's second sweep of unlabelled files (/tmp/sweep9, each with its repository, path and commit), as a short
article or a line of the same shape built from the file's own text; expected values are read off the text by hand.
Beside each, a text of similar look that must not fire.
"""

from pathlib import Path

from conftest import load_text, role_of
from zhnews.load import load_article

# dev6 294: a university news site's record of a paper's story, the paper before a colon, the section after --.
SCAVENGER_RECORD = ("<?xml version='1.0' encoding='utf-8'?>\n<doc><id>8426</id>"
                    "<url>http://news.nankai.edu.cn/mtnk/system/2012/09/06/000084634.shtml</url>"
                    "<title>每日新报：5年“拾荒”考入南大 义务助学乡村子弟--媒体南开</title>"
                    "<datetime>2012-09-06 00:00:00</datetime><body>2011年的夏天，站在校园里的这名22岁青年，带着温厚的笑容。\n\n"
                    "闫建军出生在宝坻区一个贫困的农民家庭，家里的四亩地种着小麦和玉米。\n\n"
                    "当曾经的阴云散去，灿烂的阳光下站着一位充满理想的青年，而此时山花盛开。新报记者 万力闻 摄影 吴迪</body></doc>")

# sweep9 10: TairanHe/EE208-Stock_news_data_analysis text_clustering/5.txt (60d3428aa71ff408b6566c277e787a7106885700),
# a list of sina 财经头条 headlines, each with the site after a doubled underscore and its address under it.
HEADLINES = ("10月13日上市公司重要公告集锦：*ST康达自10月15日撤销退市风险警示__财经头条\n"
             "http://cj.sina.com.cn/articles/view/2311077472/89c03e6002700z8ly?source=cj&dv=1\n"
             "早间必读公告：上市公司超级利好公告一览！__财经头条\n"
             "http://cj.sina.com.cn/articles/view/2619203540/9c1ddfd400100jg5u?source=cj&dv=1\n")


def test_the_section_after_a_doubled_dash_is_no_headline_and_the_paper_before_the_colon_names_the_outlet(tmp_path):
    article = load_text(tmp_path, "record.xml", SCAVENGER_RECORD)
    assert article.meta["title"] == "每日新报：5年“拾荒”考入南大 义务助学乡村子弟"
    # the byline's 新报记者 gives the paper's short name; the title gives its full one
    assert article.meta["outlet"] == "每日新报"
    assert article.meta["author"] == "万力闻"


def test_a_paper_before_the_colon_does_not_replace_an_outlet_it_does_not_end_with(tmp_path):
    record = SCAVENGER_RECORD.replace("每日新报：", "人民日报：")
    assert load_text(tmp_path, "record.xml", record).meta["outlet"] == "新报"


def test_the_site_after_a_doubled_underscore_is_dropped_from_the_title_and_names_the_outlet(tmp_path):
    article = load_text(tmp_path, "list.txt", HEADLINES)
    assert article.meta["title"] == "10月13日上市公司重要公告集锦：*ST康达自10月15日撤销退市风险警示"
    assert article.meta["outlet"] == "财经头条"
    assert article.meta["outlet_source"].startswith("the site after a doubled separator")


def test_a_headline_with_a_chinese_dash_keeps_it(tmp_path):
    # —— joins a headline's two halves; only a doubled ASCII separator sets a site's name apart
    text = HEADLINES.replace("__财经头条", "——财经头条", 1)
    assert load_text(tmp_path, "list.txt", text).meta["title"] == \
        "10月13日上市公司重要公告集锦：*ST康达自10月15日撤销退市风险警示——财经头条"


# sweep9 06: Yazooliu/Ai_Lab_NLP data/Database/SogouC/Sample/C000024/12.txt (ae70523143ce74d89a60879a920d7eddac761468),
# a Sogou corpus story whose first line is its byline: two writers, then a correspondent after his role.
DRILL = ("\n\u3000\u3000周维华\u3000田宁\u3000本报特约通讯员\u3000侯国荣\n"
         "\u3000\u30004月16日凌晨，一阵急促的报警铃声骤然响起。刚刚在上级组织的军事训练考核中夺得桂冠、被誉为“陆地铁拳”的"
         "兰州军区某装甲团，组织千人百车挺进腾格里沙漠腹地，拉开了综合演练的帷幕。\n"
         "\u3000\u3000紧急出动风驰电掣\n"
         "\u3000\u3000［演练实录］作战时间4月16日凌晨4时50分。上级命令装甲团务必于当日13时前到达预定作战地域。\n")


def test_a_first_line_of_names_and_a_reporters_role_is_the_byline_not_the_title(tmp_path):
    article = load_text(tmp_path, "story.txt", DRILL)
    assert article.meta["title"] is None  # the story has no headline line: empty, not a guess
    assert article.meta["author"] == "周维华、田宁、侯国荣"
    assert article.meta["coverage"] == 1.0


def test_a_first_line_of_names_without_a_role_may_still_be_a_title(tmp_path):
    # two names alone could be a headline's subject (a column of portraits): no role word, no byline
    article = load_text(tmp_path, "story.txt", DRILL.replace("\u3000本报特约通讯员\u3000侯国荣", ""))
    assert article.meta["title"] == "周维华 田宁"


# sweep9 28: liuhuanyong/ImportantEventExtractor important_doc.txt (fa8d44df3773cdb9f43481d1da4e69c90e9b24a1),
# a ranking of a corpus's files: each line a date, @, the file's name and a score.
RANKING = ("2018-04-29 09:47:00@中兴一石激千浪中国公司担忧的还有另一个“定时炸弹”.txt 1.0\n"
           "2018-04-21 12:32@10分钟的新闻发布会，中兴透露出一件大事情.txt 0.9930902016486721\n"
           "2018-04-23 15:38:30@青年力：由中兴开始的2018中美芯片战.txt 0.9866428387088916\n")


def test_a_line_naming_a_file_is_no_title(tmp_path):
    article = load_text(tmp_path, "ranking.txt", RANKING)
    assert article.meta["title"] is None
    assert article.meta["publish_date"] is None  # nor is the date before the file's name the article's


def test_a_headline_naming_a_file_format_mid_line_keeps_it(tmp_path):
    # the extension closes the line only in a file's name; a headline may name one inside (.pdf 文件)
    text = "央行发布2023年支付体系运行报告.pdf 全文可下载\n" + DRILL.split("\n", 2)[2]
    assert load_text(tmp_path, "story.txt", text).meta["title"] == "央行发布2023年支付体系运行报告.pdf 全文可下载"


# fresh6 269 (換日線, a column page): the writer's pen name and the column's, linked above the date under the headline.
COLUMN_PAGE = """<html><head><meta charset="utf-8">
<title>解析《拿破崙》服裝密碼：叱吒歐洲時尚的「權力夫婦」，如何靠衣著牽動山河？｜涵柳／vintage vibe 時尚簡史｜換日線</title>
<meta property="og:site_name" content="換日線 Crossing"></head><body>
<section class="article-titlebar"><div class="title"><h1>解析《拿破崙》服裝密碼：叱吒歐洲時尚的「權力夫婦」，如何靠衣著牽動山河？</h1></div>
<div class="info"><div class="info__author"><a href="https://crossing.cw.com.tw/author/1838">{byline}</a></div>
<div class="info__date">2023/12/02</div></div></section>
<div class="article-box"><article>
<p>政治與時尚的密切交織，體現於仕紳淑女日常生活中的所穿所戴，皆是歷史的縮影。本文將從史詩電影《拿破崙》出發，解析拿破崙與約瑟芬的服裝密碼。</p>
<p>約瑟芬出身於法屬殖民地馬提尼克島，在大革命後的巴黎以一襲白色薄紗長裙成為時尚的代言人，影響了整個歐洲的穿衣風格。</p>
<p>拿破崙則深知服裝的政治意涵，他在加冕典禮上身穿華麗的紅色天鵝絨長袍，以此宣示帝國的權威與正統。</p>
</article></div></body></html>"""


def test_a_pen_name_before_a_slash_and_the_column_under_the_headline_is_the_writer(tmp_path):
    article = load_text(tmp_path, "column.html", COLUMN_PAGE.replace("{byline}", "涵柳／vintage vibe 時尚簡史"))
    assert article.meta["author"] == "涵柳"
    assert article.meta["author_source"].startswith("a column's byline under the headline")


def test_a_breadcrumb_under_the_headline_names_no_writer(tmp_path):
    article = load_text(tmp_path, "column.html", COLUMN_PAGE.replace("{byline}", "首頁／專欄／時尚簡史"))
    assert article.meta["author"] is None


# sweep8 60: a 中時電子報 home page in Big5 (tests/data/extra/chinatimes_home_big5.html, provenance in
# tests/data/SOURCES.tsv): the site's logo in the <h1>, then each section's top story, a linked <h3> over its lede.
def test_the_top_storys_heading_kept_as_the_articles_first_line_is_the_title_not_the_logo():
    article = load_article(Path(__file__).parent / "data" / "extra" / "chinatimes_home_big5.html")
    assert article.meta["title"] == "天氣》外圍雲系影響 中北部有雷陣雨"
    assert role_of(article, "中時電子報")[0] == "boilerplate"
