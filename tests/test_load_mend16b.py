"""Mend after fresh15's scoring (mend16b): loader chrome of fresh15, fixed by class. Provenance of the articles in
data/eval/fresh15/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text, role_of

# fresh15 495 (jryx0/HHO data/news/news37.txt @567ba2e, GBK, lines 1-11 with the long paragraphs cut to their first
# sentence): a campus kiosk program's news file. Its comment header (//) explains the program's line markup: # big
# centred title, #+ subtitle, #- a rule; an #i line names an image file by its DOS path.
KIOSK_NEWS = """//格式说明
// #大字体 居中显示
// #+ 副标题小号字居中
// #- 画线
// 注释
#【别样毕业季】校医院为毕业生返校保驾护航
#+发布时间： 2020-06-16 11:50:25 
#-
新闻网讯（通讯员 叶天响）为帮助学生安全返校，校医院认真落实疫情防控工作方案和应急处置预案，周密部署，把问题隐患想在前、准备工作干在前，全力做好学生返校前后各项防控工作。
6月8日至15日，由于学生可能在24小时的任一时段返校，为到校即检、不漏一人，校医院与学工部、研工部等多部门联动，在保障正常医疗秩序的同时，全院党员干部带头，取消一切休假，加班加点进行返校学生核酸及抗体检测。
#i c:\\hho\\data\\news\\news37.565
本次毕业生返校设置检测点多、检测时间长、条件艰苦，但校医院医务人员以积极的心态、饱满的热情坚守工作岗位，为毕业生返校保驾护航。
"""


def test_a_texts_comment_header_and_its_line_markup_are_furniture(tmp_path):
    article = load_text(tmp_path, "495.txt", KIOSK_NEWS, encoding="gb18030")
    for comment in ("//格式说明", "// #大字体 居中显示", "// #- 画线", "// 注释"):
        assert role_of(article, comment)[0] == "boilerplate"
    assert role_of(article, "#i c:\\hho\\data\\news\\news37.565")[0] == "boilerplate"
    assert role_of(article, "#-")[0] == "boilerplate"
    assert article.meta["title"] == "【别样毕业季】校医院为毕业生返校保驾护航"
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert "本次毕业生返校设置检测点多、检测时间长、条件艰苦" in body and "//" not in body and "#" not in body
    assert article.coverage.ratio == 1.0


def test_a_double_slash_subhead_inside_a_text_is_no_comment(tmp_path):
    # fresh15 496 (AOMJ2PMP/ar-wechat-archive @0f02a69, lines 12 and 18-20, text only) writes its subheads as //… lines
    # inside the text: only the lines opening the file are comments.
    article = load_text(tmp_path, "496.txt", "今天在香港，腾讯宣布多项AI人才培养举措。\n\n//腾讯青少年人工智能教育平台港澳 AIGC 版发布\n\n"
                        "新版本重点强化 AIGC 创作能力。\n")
    assert role_of(article, "//腾讯青少年人工智能教育平台港澳 AIGC 版发布")[0] != "boilerplate"

