"""Shapes found by running the loader over unlabelled pages of the mirrored archives (round 6): a
reporter's desk read as the outlet, a digest's excerpt note read as the writer, and a CMS's
<meta name=author> holding the editor the info line credits. Lines written by hand after those
shapes; expected values read off the text by hand.
"""

from conftest import body, load_text

HK_PAGE = """<html><head><title>黃之鋒申覆核獲許可 官擇日頒判詞 | 星島日報</title>
<meta property="og:site_name" content="星島日報"></head><body>
<h1>黃之鋒申覆核獲許可 官擇日頒判詞</h1>
<p>{byline}</p>
<p>黃之鋒去年參選區議會被取消資格，其後申請司法覆核，高等法院今日批出許可，法官表示將擇日頒下書面判詞。</p>
<p>黃之鋒的代表律師在庭上指出，選舉主任的決定欠缺法律依據，要求法庭推翻有關決定，案件押後再訊。</p>
{tail}</body></html>"""


def test_a_desk_before_the_reporter_is_no_outlet(tmp_path):
    # 法庭記者 (a Hong Kong paper's court reporter): 法庭 is the beat; the page names its paper
    article = load_text(tmp_path, "court.html", HK_PAGE.format(byline="法庭記者：劉曉曦", tail=""))
    assert article.meta["author"] == "劉曉曦"
    assert article.meta["outlet"] == "星島日報"


def test_an_excerpt_note_names_no_writer(tmp_path):
    # （節錄） closes a paper's digest of another paper's story: an excerpt, nobody's byline
    article = load_text(tmp_path, "digest.html", HK_PAGE.format(byline="", tail="<p>（節錄）</p>"))
    assert not article.meta.get("author")


PORTAL_PAGE = """<html><head><title>八人网上发布盗版电影被公诉</title><meta name="author" content="包永婷"></head><body>
<h1>八人网上发布盗版电影被公诉</h1>
{info}
<p>上海市检察院第三分院日前对八名被告人提起公诉，他们涉嫌在网上发布多部盗版电影，涉案金额达1250万元。</p>
<p>检察官介绍，被告人通过境外服务器搭建网站，以会员费和广告费牟利，案件正在进一步审理中。</p></body></html>"""


def test_the_editor_in_meta_author_gives_way_to_the_credited_writer(tmp_path):
    # the CMS put the editor who picked the story (选稿) in <meta name=author>; the info line names the writer
    article = load_text(tmp_path, "portal.html",
                        PORTAL_PAGE.format(info="<p>2019-10-12 18:09:13</p><p>来源:东方网 作者:刘理 选稿:包永婷</p>"))
    assert article.meta["author"] == "刘理"
    assert article.meta["outlet"] == "东方网"
    assert "选稿" not in " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])


def test_an_info_line_closed_by_the_editor_is_no_body(tmp_path):
    article = load_text(tmp_path, "portal2.html",
                        PORTAL_PAGE.format(info="<p>2019-10-12 10:20 来源:东方网 作者:刘理 选稿:包永婷</p>"))
    info = article.paragraphs.loc[article.paragraphs["text"].str.contains("选稿"), "role"]
    assert list(info) == ["byline"]
    assert (article.meta["author"], article.meta["outlet"], article.meta["publish_date"]) == ("刘理", "东方网", "2019-10-12")


REPOSTED_TEXT = """（原标题：习近平同代表委员共商国是纪实）
“十三五”，开局！全面建成小康社会进入倒计时。

3月的北京，亿万中华儿女的智慧和力量又一次在这里汇聚。

连日来，习近平分别参加十二届全国人大四次会议上海、黑龙江、湖南、青海、解放军代表团审议，同代表们共商国是。
"""


def test_a_bracketed_original_title_heads_a_plain_text(tmp_path):
    # a portal's copy opens with the print headline in brackets: the headline is the title, the brackets furniture
    article = load_text(tmp_path, "reposted.txt", REPOSTED_TEXT)
    assert article.meta["title"] == "习近平同代表委员共商国是纪实"
    assert "）" not in body(article)
    assert body(article)[0] == "“十三五”，开局！全面建成小康社会进入倒计时。"
    assert article.meta["coverage"] == 1.0
