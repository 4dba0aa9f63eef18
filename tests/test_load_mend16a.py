"""Mend after fresh15's scoring (mend16a): loader meta failures of fresh15, each fixed by class. Provenance of the
articles in data/eval/fresh15/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text, role_of

# fresh15 495 (jryx0/HHO data/news/news37.txt @567ba2e, GBK): a campus hospital kiosk's news file in the program's own
# line markup: a // comment header explaining it, the headline as a '#' line, '#+' the date, '#-' a rule (first lines).
KIOSK_NEWS = """//格式说明
// #大字体 居中显示
// #+ 副标题小号字居中
// #- 画线
// 注释
#【别样毕业季】校医院为毕业生返校保驾护航
#+发布时间： 2020-06-16 11:50:25
#-
新闻网讯（通讯员 叶天响）为帮助学生安全返校，校医院认真落实疫情防控工作方案和应急处置预案，周密部署，把问题隐患想在前、准备工作干在前，全力做好学生返校前后各项防控工作。
本次毕业生返校设置检测点多、检测时间长、条件艰苦，但校医院医务人员以积极的心态、饱满的热情坚守工作岗位，为毕业生返校保驾护航。
"""


def test_a_markup_comment_header_is_no_title_and_the_hash_line_under_it_is(tmp_path):
    article = load_text(tmp_path, "495.txt", KIOSK_NEWS, "gb18030")
    assert article.meta["title"] == "【别样毕业季】校医院为毕业生返校保驾护航"
    assert article.meta["publish_date"] == "2020-06-16"
    assert role_of(article, "//格式说明")[0] == "boilerplate"
    assert role_of(article, "// #+ 副标题小号字居中")[0] == "boilerplate"


def test_a_hashtag_line_keeps_its_hashes_and_a_first_sentence_stays_body(tmp_path):
    # A Weibo-style topic line (#话题#) is no markup's heading sign; prose under a comment line is no title.
    article = load_text(tmp_path, "tag.txt", "#别样毕业季#\n" + KIOSK_NEWS.split("#-\n")[1])
    assert not (article.meta["title"] or "").startswith("别样毕业季")
    prose = load_text(tmp_path, "prose.txt", "// 注释\n" + KIOSK_NEWS.split("#-\n")[1])
    assert prose.meta["title"] is None
