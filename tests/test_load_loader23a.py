"""Round 23 (loader23a): what a page or a post writes in its text to say who ran it and who wrote it.

* A lead's dateline closed by a word of data/lexicon/dateline_words.tsv: 电, 讯, 消息 anywhere; 报道 and 客户端 only
  before a colon or a closing bracket (星島日報報道：, 【环球时报报道】, （央视新闻客户端）), or before the reporter's
  credit inside the dateline's brackets (【环球网报道 记者 张三】).
* The reporter's credit after a dateline with no brackets of its own (羊城晚报讯 记者张三、通讯员李四报道：,
  【大公報訊】記者張三報道：, the credit opening the next paragraph when the dateline stands apart).
* 丨 (U+4E28, a Han character typed as a bar) parts a role from a name like ｜ (文丨张三); GeneralNewsExtractor's
  author patterns (gne/defaults.py) list it among the byline separators too.
* A byline behind any mark of Unicode's Geometric Shapes block (◎ 记者 张三, ▲本报记者 李四), not only □ ■ ◆ ● ○.
* A source line set whole in square brackets with one name (【来源：钱江晚报】); an outlet's app credited in brackets
  closing the text ((央视新闻客户端)).
* Info lines: label：value pairs parted by bars (时间：… | 来源：… | 作者：…), a bar-separated info bar with a date and a
  known outlet's bare name, a weekday or a 12时30分 time after the date, full-width digits (２０２３－０３－０４), and a
  Taiwanese byline filed from a place with its date after it (張三／台北報導　2023/03/04), which names no outlet.

Every article below is made up (names, outlets, places and dates invented, the outlets those of outlets.tsv); the
expected values are read off the made-up text by hand. Near-misses: a sentence that opens with an outlet's name and
报道 is no dateline; 记者从…获悉 is no credit; 来源：网络 and a list of sources name no outlet; a reporter's notes
(记者手记) name no one; an editor in brackets is no writer; an unknown name in an info bar is no outlet; 3月4日 in
the lead is no publish date.
"""

import pytest

from conftest import load_text

HEADLINE = "城西新建两座口袋公园本月开放"
LEAD = "城西区新建的两座口袋公园将于本月中旬向市民开放，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
REST = ("区园林局负责人介绍，两座公园的绿化以本地树种为主，并配建了公共卫生间和直饮水点，方便周边居民使用。\n\n"
        "据了解，今年全区还将新建口袋公园六座，进一步提升居民出门见绿的便利程度，让更多市民就近享受休闲空间。")


def meta_of(tmp_path, top: str = "", bottom: str = "", lead: str = LEAD, name: str = "story.txt") -> dict:
    text = "\n\n".join(part for part in (HEADLINE, top, lead, REST, bottom) if part)
    return load_text(tmp_path, name, text).meta


# ------------------------------------------------------------------------------------ dateline words (closed ones)

@pytest.mark.parametrize("lead, outlet", [
    ("星島日報報道：" + LEAD, "星島日報"),
    ("【環球時報報道】" + LEAD, "環球時報"),
    ("【自由時報報導】" + LEAD, "自由時報"),
    ("（央视新闻客户端）" + LEAD, "央视新闻"),
    ("（上游新闻APP）" + LEAD, "上游新闻"),
    ("南方日报讯 " + LEAD, "南方日报"),  # an open word, as before
])
def test_a_lead_dateline_closed_by_its_word_names_the_outlet(tmp_path, lead, outlet):
    meta = meta_of(tmp_path, lead=lead)
    assert meta["outlet"] == outlet
    assert "dateline" in meta["outlet_source"]


@pytest.mark.parametrize("lead", [
    "人民日报报道了城西区新建口袋公园的消息，两座公园总面积约一万二千平方米，设有儿童游乐区和健身步道。",
    "新华社客户端显示，城西区新建的两座口袋公园将于本月中旬开放，总面积约一万二千平方米，设有儿童游乐区。",
])
def test_an_outlet_named_in_the_first_sentence_is_no_dateline(tmp_path, lead):
    assert meta_of(tmp_path, lead=lead)["outlet"] is None


# ------------------------------------------------------------------------ the credit after a dateline, unbracketed

@pytest.mark.parametrize("lead, outlet, author", [
    ("羊城晚报讯 记者张三、通讯员李四报道：" + LEAD, "羊城晚报", "张三"),  # the reporter wrote it, the correspondent helped
    ("齐鲁晚报讯 记者 王小明 赵雪 报道 " + LEAD, "齐鲁晚报", "王小明、赵雪"),
    ("【大公報訊】記者陳家明報道：" + LEAD, "大公報", "陳家明"),
    ("【环球网报道 记者 刘一凡】" + LEAD, "环球网", "刘一凡"),
    ("【環球時報報道 記者 林海】" + LEAD, "環球時報", "林海"),
])
def test_a_reporters_credit_after_the_dateline(tmp_path, lead, outlet, author):
    meta = meta_of(tmp_path, lead=lead)
    assert (meta["outlet"], meta["author"]) == (outlet, author)


def test_a_credit_opening_the_paragraph_after_a_dateline_set_apart(tmp_path):
    meta = meta_of(tmp_path, top="【文匯報訊】", lead="記者周子健報道：" + LEAD)
    assert (meta["outlet"], meta["author"]) == ("文匯報", "周子健")


def test_a_reporter_who_learnt_something_is_no_credit(tmp_path):
    meta = meta_of(tmp_path, lead="红星新闻讯 记者从城西区园林局获悉：两座口袋公园将于本月中旬开放，总面积约一万二千平方米。")
    assert (meta["outlet"], meta["author"]) == ("红星新闻", None)


# ------------------------------------------------------------------------------------------- separators and marks

@pytest.mark.parametrize("byline, author", [
    ("文丨张三", "张三"),  # 丨, the Han character typed as a bar
    ("作者丨欧阳明 许晴", "欧阳明、许晴"),
    ("记者丨陈思远", "陈思远"),
    ("文 丨 黄立", "黄立"),
    ("文│张三", "张三"),  # the box-drawing bar
    ("作者∣李梅", "李梅"),  # the maths bar
    ("◎ 记者 张三", "张三"),  # marks of the Geometric Shapes block
    ("◎本报记者 赵敏", "赵敏"),
    ("▲ 记者 孙立 实习生 周一", "孙立、周一"),
    ("◆ 記者 黃雅文", "黃雅文"),
])
def test_a_byline_behind_a_mark_or_parted_by_a_bar(tmp_path, byline, author):
    assert meta_of(tmp_path, top=byline)["author"] == author


def test_a_reporters_notes_behind_a_mark_name_no_one(tmp_path):
    assert meta_of(tmp_path, top="◎ 记者手记")["author"] is None


# ------------------------------------------------------------------------------------- source lines in brackets

@pytest.mark.parametrize("bottom, outlet", [
    ("【来源：钱江晚报】", "钱江晚报"),
    ("[來源：自由時報]", "自由時報"),
    ("【稿源：封面新闻】", "封面新闻"),
    ("（央视新闻客户端）", "央视新闻"),
    ("（极目新闻APP）", "极目新闻"),
])
def test_a_bracketed_source_under_the_text(tmp_path, bottom, outlet):
    assert meta_of(tmp_path, bottom=bottom)["outlet"] == outlet


@pytest.mark.parametrize("bottom", ["【来源：网络】", "【来源：新华社、人民日报】", "【编辑：李四】", "（责任编辑：王五）"])
def test_a_bracketed_line_that_names_no_outlet(tmp_path, bottom):
    meta = meta_of(tmp_path, bottom=bottom)
    assert (meta["outlet"], meta["author"]) == (None, None)


# ------------------------------------------------------------------------------------------ info lines and dates

@pytest.mark.parametrize("line, outlet, author, date", [
    ("时间：2023年03月04日 08:00 | 来源：钱江晚报 | 作者：张三", "钱江晚报", "张三", "2023-03-04"),
    ("来源：齐鲁晚报｜作者：李明｜发布时间：2022-11-30 17:45", "齐鲁晚报", "李明", "2022-11-30"),
    ("钱江晚报 | 2023-03-04 | 作者：张三", "钱江晚报", "张三", "2023-03-04"),
    ("作者：赵雪 | 2021-07-15 | 封面新闻", "封面新闻", "赵雪", "2021-07-15"),
    ("2023年3月4日 星期六 来源：红星新闻", "红星新闻", None, "2023-03-04"),
    ("2022年12月1日 9时05分 来源：南方日报", "南方日报", None, "2022-12-01"),
    ("２０２３－０３－０４　来源：钱江晚报", "钱江晚报", None, "2023-03-04"),
    ("发布时间：２０２２年１１月３０日", None, None, "2022-11-30"),
])
def test_an_info_line_above_the_text(tmp_path, line, outlet, author, date):
    meta = meta_of(tmp_path, top=line)
    assert (meta["outlet"], meta["author"], meta["publish_date"]) == (outlet, author, date)


def test_an_info_bar_field_that_is_no_known_outlet_names_none(tmp_path):
    # 城西发布 is in no list: a bare name beside the date is not taken for the outlet, nor for the writer
    meta = meta_of(tmp_path, top="作者：张三 | 2023-03-04 | 城西发布")
    assert (meta["outlet"], meta["author"]) == (None, "张三")


@pytest.mark.parametrize("line, author, date", [
    ("張三／台北報導　2023/03/04", "張三", "2023-03-04"),
    ("林志明、陳雅婷／高雄報導 2022-10-05 10:20", "林志明、陳雅婷", "2022-10-05"),
    ("王小明/北京报道 2021年6月1日", "王小明", "2021-06-01"),
])
def test_a_filed_byline_with_its_date_is_no_outlet(tmp_path, line, author, date):
    meta = meta_of(tmp_path, top=line)
    assert (meta["outlet"], meta["author"], meta["publish_date"]) == (None, author, date)


def test_a_date_in_the_text_is_not_the_publish_date(tmp_path):
    meta = meta_of(tmp_path, lead="3月4日上午，" + LEAD)
    assert meta["publish_date"] is None


# ------------------------------------------------------------------------ WeChat's header, source separators, notes

@pytest.mark.parametrize("line, outlet, author", [
    ("原创 张三 李四 城西发布 2023-03-04 08:00 浙江", "城西发布", "张三、李四"),  # two writers before the account
    ("原創 陳美玲 港島觀察 2022-08-01 21:15", "港島觀察", "陳美玲"),  # the Traditional badge
    ("原创 王强 南湖视点 2021-05-20 07:30", "南湖视点", "王强"),
])
def test_wechats_header_line(tmp_path, line, outlet, author):
    meta = meta_of(tmp_path, top=line)
    assert (meta["outlet"], meta["author"]) == (outlet, author)


def test_wechats_place_of_posting_is_no_outlet(tmp_path):
    meta = meta_of(tmp_path, top="城西发布 2023-03-04 08:00 发表于浙江")
    assert (meta["outlet"], meta["publish_date"]) == (None, "2023-03-04")


@pytest.mark.parametrize("bottom, outlet", [
    ("来源丨钱江晚报", "钱江晚报"),
    ("来源 / 齐鲁晚报", "齐鲁晚报"),
    ("稿源丨红星新闻", "红星新闻"),
])
def test_a_source_line_parted_by_a_bar_or_a_slash(tmp_path, bottom, outlet):
    assert meta_of(tmp_path, bottom=bottom)["outlet"] == outlet


@pytest.mark.parametrize("bottom, author", [
    ("（本文作者张三，系浙江大学教授）", "张三"),
    ("（作者李明，系某某研究院研究员）", "李明"),
    ("（作者单位：浙江大学经济学院）", None),  # the writer's institution, no name
    ("（作者简介：长期关注城市规划）", None),
])
def test_a_note_on_the_writer_under_the_text(tmp_path, bottom, author):
    assert meta_of(tmp_path, bottom=bottom)["author"] == author
