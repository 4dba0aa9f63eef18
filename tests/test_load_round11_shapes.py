"""Round 11 (loader11), shapes of unseen articles by class, on real text cut small.

Provenance of each fresh9 source in data/eval/fresh9/SOURCES.tsv."""

from conftest import body, load_text, role_of

# fresh9 353 (alex-the-man/apple-daily-corpus, corpus/20020301.csv @ 4c2ab989): one row of a corpus day file cut
# without its header (key,date,article_daily_id,title,text): an id, a date, a counter, the headline, the text with
# the reporters' credit kept between two sentences, set off by blanks only. Cut after the credit's next sentence.
HEADERLESS_ROW = (
    "20020301-0,20020301,0,自轟右太陽穴\u3000子彈卡左眼角人財兩失\u3000警長吞槍亡,"
    "自轟右太陽穴\u3000子彈卡左眼角 人財兩失\u3000警長吞槍亡 【本報訊】荃灣警署發生警長吞槍自殺事件，一名警長近期傳出"
    "金錢拮据，以及與同居的前電視藝員女友感情出現問題，疑他不堪人財兩失刺激，昨在警署休息室內吞槍自殺，用佩槍自轟右邊"
    "太陽穴，子彈卡在左邊眼角骨內當場斃命。今次是四日內第二宗警員自殺案件。\u3000記者：李家傑、黎志偉、江寶龍 "
    "警務處處長曾蔭培對於再有警員自殺表示難過，他呼籲警員要積極面對逆境、面對人生。\n"
)


def test_a_headerless_rows_counter_is_no_title_and_the_headline_is(tmp_path):
    article = load_text(tmp_path, "20020301.csv", HEADERLESS_ROW)
    assert article.meta["title"] == "自轟右太陽穴 子彈卡左眼角人財兩失 警長吞槍亡"
    assert article.meta["title_source"].startswith("headerless csv row")
    assert role_of(article, "0") == ("boilerplate", "metadata")
    assert article.meta["publish_date"] == "2002-03-01"
    assert article.coverage.ratio == 1.0


def test_a_credit_between_two_sentences_of_a_flattened_text_is_the_byline(tmp_path):
    article = load_text(tmp_path, "20020301.csv", HEADERLESS_ROW)
    assert article.meta["author"] == "李家傑、黎志偉、江寶龍"
    assert role_of(article, "記者：李家傑、黎志偉、江寶龍")[0] == "byline"
    assert not any("記者" in text for text in body(article))
    assert body(article)[-1] == "警務處處長曾蔭培對於再有警員自殺表示難過，他呼籲警員要積極面對逆境、面對人生。"

