"""Round 31 mend (m31a): loader shapes of fresh39 (provenance in data/eval/fresh39/SOURCES.tsv), cut small.

- 1083-1085 (网易体育 rows of a GBK SQL dump): a bare row `(id, '标题', '<摘要>', 1167882678, '英扎吉', '网易体育专稿',
  '<正文>…（英扎吉）…', …)`: the epoch seconds are the publish time, the name the body signs with is the writer, the
  source column names the outlet with the report's kind after it.
- 1080-1082 (立場新聞 markdown): front matter `author: "立場報道"` / `"立場科學"` is the outlet's desk; 1082 signs
  `文／Edward Ho` under a `來源：` list of the works it drew on; 1081 closes with `案件編號：TMCC429/2020`.
"""

import pytest

from conftest import body, load_text, role_of

STORY = ("<P>　　网易体育1月4日讯：休斯敦火箭队今天在主场以103－96击败西雅图超音速队，取得四连胜。</P>\\r\\n"
         "<P>　　麦蒂贡献全队最高的31分，穆大叔抓下12个篮板，尽管阿伦一人得到32分，还是无法阻挡火箭。</P>\\r\\n")


def _row(epoch: str, writer: str, source: str, signature: str) -> str:
    return (f"(123, '麦蒂领军豪取四连胜 火箭主场胜超音速_网易体育', '<ul><li>麦蒂贡献全队最高的31分</li></ul>', {epoch}, "
            f"'{writer}', '{source}', '{STORY}{signature}', 1, 1, 0, 0, '', '', '')")


def test_a_bare_row_s_epoch_writer_and_source_column(tmp_path):
    # fresh39 1083: the signature closes its own paragraph
    article = load_text(tmp_path, "row.sql", _row("1167882678", "英扎吉", "网易体育专稿", "<P>　　（英扎吉） </P>"))
    assert article.meta["publish_date"] == "2007-01-04"  # 03:51 UTC, 11:51 in China
    assert article.meta["author"] == "英扎吉"
    assert article.meta["outlet"] == "网易体育"
    assert role_of(article, "英扎吉")[0] == "byline"


@pytest.mark.parametrize("signature, writer, source, outlet", [
    # fresh39 1085: the signature after the last sentence, an icon's link after it
    ("<P>　　他用努力证明了自己。（长恨水） <a href=http://sports.163.com/><img src=a.gif></a></P>", "长恨水", "网易体育专稿", "网易体育"),
    ("<p>　　比赛结束。(黑山老妖)</p>", "黑山老妖", "新华社电", "新华社"),  # ASCII brackets, another outlet and report word
    ("<p>（木子）</p>", "木子", "中央社特稿", "中央社"),
])
def test_bare_row_variants(tmp_path, signature, writer, source, outlet):
    article = load_text(tmp_path, "row.sql", _row("1167913740", writer, source, signature))
    assert (article.meta["author"], article.meta["outlet"], article.meta["publish_date"]) == (writer, outlet, "2007-01-04")


def test_a_bracketed_word_inside_a_sentence_is_no_signature(tmp_path):
    # near miss: the field's word stands in brackets mid-paragraph (a gloss), so the field names no writer
    signature = "<p>　　他被称为“魔术师”（阿里纳斯）后来又得了分。</p>"
    article = load_text(tmp_path, "row.sql", _row("1167913740", "阿里纳斯", "体育频道", signature))
    assert article.meta["author"] is None
    assert article.meta["outlet"] != "体育频道"  # no known outlet before a report word


def test_a_named_come_from_column_is_the_outlet(tmp_path):
    statement = ("INSERT INTO news (id, title, content, addtime, author, come_from) VALUES "
                 f"(7, '火箭主场胜超音速', '{STORY}', 1167882678, '英扎吉', '网易体育专稿');")
    article = load_text(tmp_path, "named.sql", statement)
    assert (article.meta["author"], article.meta["outlet"], article.meta["publish_date"]) == ("英扎吉", "网易体育", "2007-01-04")


FRONT = """---
title: "牛津大學：類固醇可減重症病人死亡率"
author: "{author}"
date: "2020-06-17T12:37:00"
original_url: "thestandnews.com/健康/r-牛津大學"
---
英國牛津大學研究計劃人員周二公佈，指有超過 60 年歷史的類固醇藥物可減低重症患者死亡率近 33% 。

團隊利用隨機對照臨床測試，其中一組的 2,104 位病人獲處方地塞米松，團隊再將他們的病情與其他對照病人比較。

{tail}
"""

SOURCES = """來源：  
Nature, [Coronavirus breakthrough: dexamethasone is first drug shown to save lives](https://www.nature.com/articles/d41586), 16 June 2020  
New York Times, [Common Drug Reduces Coronavirus Deaths, Scientists Report](https://www.nytimes.com/2020/06/16/x.html), 16 June 2020

文／Edward Ho"""


@pytest.mark.parametrize("desk", ["立場報道", "立場科學"])
def test_a_desk_of_the_outlet_is_no_author(tmp_path, desk):
    article = load_text(tmp_path, "desk.md", FRONT.format(author=desk, tail="（完）"))
    assert article.meta["outlet"] == "立場新聞"
    assert article.meta["author"] is None


def test_the_writer_under_a_desk_credit_and_the_source_list(tmp_path):
    # fresh39 1082
    article = load_text(tmp_path, "desk.md", FRONT.format(author="立場科學", tail=SOURCES))
    assert article.meta["author"] == "Edward Ho"
    assert not any("16 June 2020" in text for text in body(article))
    assert role_of(article, "來源：") == ("boilerplate", "reference")


def test_a_person_whose_surname_opens_the_outlet_s_name_stays(tmp_path):
    # near miss: 立 is a surname; 立小明 is a person, not 立場新聞's desk
    article = load_text(tmp_path, "person.md", FRONT.format(author="立小明", tail="（完）"))
    assert article.meta["author"] == "立小明"


def test_a_source_note_naming_its_source_stays_a_source_note(tmp_path):
    # near miss: 來源：新華社 is the source note (the outlet clue), not a list heading
    article = load_text(tmp_path, "note.md", FRONT.format(author="立場報道", tail="來源：新華社"))
    assert role_of(article, "來源：新華社")[1] == "source_note"


@pytest.mark.parametrize("line", ["案件編號：TMCC429/2020", "案件编号：DCCC 123/2021", "案号：(2020)京01刑初12号"])
def test_a_case_number_line_closing_a_court_report(tmp_path, line):
    # fresh39 1081 and the same line as other courts number their cases
    article = load_text(tmp_path, "court.md", FRONT.format(author="立場報道", tail=line))
    assert role_of(article, line)[0] == "boilerplate"


def test_a_sentence_about_a_case_number_stays_body(tmp_path):
    line = "案件編號：法院表示，該案將於下月再訊，被告須親身出席。"
    article = load_text(tmp_path, "court.md", FRONT.format(author="立場報道", tail=line))
    assert any("該案將於下月再訊" in text for text in body(article))


PAGE = """<html><head><title>{site}</title><meta name="author" content="{maker}"></head><body>
<div class="post"><h1>三巨头73分 热火4-1篮网晋级</h1>
<p class="meta"><i class="fa fa-bookmark"></i> {category} 2014-05-13 23:35:01</p>
<p>热火队在主场以96比94击败篮网队，总比分4比1晋级东部决赛，詹姆斯得到29分，韦德和波什也都有出色发挥。</p>
<p>篮网队的皮尔斯和加内特在最后时刻努力追分，但热火队顶住压力，把胜利保持到了终场。</p>
</div></body></html>"""


@pytest.mark.parametrize("maker", ["ResponsiveWebInc", "ThemeForestStudio"])
def test_a_theme_maker_s_handle_is_no_author(tmp_path, maker):
    # fresh39 1086: <meta name="author" content="ResponsiveWebInc"> is the blog template's maker
    article = load_text(tmp_path, "page.html", PAGE.format(site="某某博客", maker=maker, category="新闻"))
    assert article.meta["author"] is None


def test_a_person_s_latin_name_in_the_author_field_stays(tmp_path):
    article = load_text(tmp_path, "page.html", PAGE.format(site="某某博客", maker="David Sanger", category="新闻"))
    assert article.meta["author"] == "David Sanger"


@pytest.mark.parametrize("category", ["新闻", "新聞", "网站"])  # (财经 alone is 《财经》, a known magazine)
def test_a_bare_outlet_ending_before_the_date_is_no_outlet(tmp_path, category):
    # fresh39 1086: 新闻 2014-05-13 23:35:01 is the theme's category slot
    article = load_text(tmp_path, "page.html", PAGE.format(site="某某博客", maker="admin", category=category))
    assert article.meta["outlet"] != category


def test_a_named_outlet_before_the_date_stays(tmp_path):
    article = load_text(tmp_path, "page.html", PAGE.format(site="某某博客", maker="admin", category="中国新闻网"))
    assert article.meta["outlet"] == "中国新闻网"
