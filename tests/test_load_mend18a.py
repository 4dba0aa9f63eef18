"""Mend after fresh17's scoring (mend18a): loader failures of fresh17, each fixed by class with a seen split's
instance of the same shape. Provenance of fresh17's articles in data/eval/fresh17/SOURCES.tsv (550:
Chunshan-Theta/TextRank doc/waitfortrain/151.txt, 552: the same crawl's 180.txt); expected values read off the files.
"""

from conftest import load_text, role_of

# fresh17 550: an Apple Daily (Taiwan) text on one line, its sidebar (a dated timeline) glued after the last body
# sentence and closed by the sidebar's data credit 資料來源：美聯社 (the file's last characters, as written).
_TIMELINE_TAIL = ("【簡竹君╱綜合外電報導】美國前國家安全顧問弗林，前天在華府遭起訴並認罪，承認在「通俄門」調查中，對聯邦調查局（FBI）"
                  "說謊作偽證，並承諾配合調查。2017/01/20弗林就職國家安全顧問2017/01/24弗林向FBI供稱未與基斯利亞克討論聯合國議案及"
                  "美國制裁俄國案2017/03/07弗林被爆曾與基斯利亞克通話，被迫辭職2017/12/01弗林承認對FBI作出不實陳述資料來源：美聯社")


def test_a_data_credit_closing_the_text_names_no_outlet(tmp_path):
    article = load_text(tmp_path, "550.txt", _TIMELINE_TAIL)
    assert article.meta["outlet"] is None
    assert article.meta["author"] == "簡竹君"


def test_a_source_label_closing_the_text_still_names_the_outlet(tmp_path):
    # The 来源 label fresh16 515 glued to its last sentence (tests/test_load_mend17a.py) keeps naming the outlet.
    article = load_text(tmp_path, "515.txt", _TIMELINE_TAIL.replace("資料來源：美聯社", "來源：美聯社"))
    assert article.meta["outlet"] == "美聯社"


def test_a_data_credit_line_is_furniture_and_names_no_outlet(tmp_path):
    # fresh17 552 closes with 資料來源：《蘋果》採訪整理 under a list of older cases (here on a line of its own, as a
    # page prints it); 資料來源 credits data, as （资料来源：参考消息、海外网等） under a 长江网 story (fresh 64) and
    # 資料來源：《KEYPO大數據關鍵引擎》 in a 中時新聞網 one (fresh10 379) do.
    text = ("台中昨晚驚傳改運糾紛引發兇殺案！無前科的吳姓男子持木工刀，闖入大雅區陳姓友人住處刺殺，造成陳男不治、陳妻輕傷。\n"
            "●2016/01新北李姓油漆工騙一名孕婦遭「很厲害、有溫度」惡鬼糾纏，假借作法驅邪趁機性侵得逞\n"
            "資料來源：《蘋果》採訪整理\n")
    article = load_text(tmp_path, "552.txt", text)
    assert role_of(article, "資料來源：《蘋果》採訪整理") == ("boilerplate", "source_note")
    assert not article.meta["outlet"]
