"""Round 25 (mend25f): the loader's misses on fresh24's 新浪 crawl records (780, 784-787).

* A record whose text is its paragraphs joined by single spaces opens with the portal's ``原标题：X`` note, a space,
  then the story's first sentence (原标题：政解|河北河南出台会议费新规：一类会议每人每天600元 住房应以标间为主
  新京报快讯（记者沙璐）近日，…标准。): the note ends at the last space outside brackets before that sentence's end;
  the sentence is body and the dateline opening it (新京报快讯（记者沙璐）, 大众网菏泽12月20日讯（记者 孔祥申）) is read as a
  dateline, giving the author. A site's ``国际在线报道：`` lead-in before the first sentence is a dateline too.
* A paper's role line (□东方今报·猛犸新闻记者) over a names line that names a second writer's role and what they made
  (田林 见习记者 王士伟/文图): that line is the byline.
* ``Save Save`` after the last sentence (a share widget's buttons) is page chrome; ``编者按：`` alone on its line is a
  label, no text.

The first lines are fresh24 784-787's as written (the records' text cut short); the other articles are made up
(names, places invented) in the same shapes. Near-misses: a 原标题 note that names its source, a first sentence with
no space before it, 据新华社报道： inside the text, a names line under no role line, 编者按：with its text, a
sentence ending in the word Save.
"""

import json

import pytest
from conftest import load_text, role_of


SECOND = "接到举报后，记者调查发现，该副所长还把附近的社区警务室变成了“售楼部”。"
FILLER = ("针对举报，12月15日上午，记者来到项城市展开调查。从项城市湖滨路北段尽头向西500米，看到路北有16套两联别墅矗立在麦田中，"
          "工人正在粉刷外墙。路南边是刚建起一层的工地，工人正在施工。那么，在建设的这些别墅属于哪个村的地呢？记者来到邵庄村，"
          "该村一名不愿透露姓名的村民说，路北的两联别墅占的是范庄村的地，已经卖出去13套了。"
          "随后，记者来到南北别墅群向西500米处的生态园，生态园的一名餐饮服务员介绍，老板是派出所的副所长，是跟一个合伙人干的。"
          "而生态园距离附近的大棚有800米左右，这一片的地都包了，村民们对此议论纷纷，希望有关部门尽快调查处理。")
# A record's text is read as a flattened dump when it runs past plaintext.LONG_LINE_CHARS (400), as the real ones do.
FILLER += (" 12月15日下午，记者再次来到社区警务室，看到墙上挂着别墅的效果图和户型图，桌上摆着购房合同，几名工作人员正在向前来咨询的"
           "村民介绍别墅的价格和付款方式。一名工作人员称，别墅最低58万元一套，可以分期付款，手续由他们负责办理。")
CLOSING = "那么，这块别墅群该谁来管？本报将继续关注。"


def sina_record(tmp_path, text: str, name: str = "record.json"):
    record = {"source": "\n映象网", "url": "http://news.sina.com.cn/s/wh/2016-12-20/doc-ifxytqaw0046546.shtml",
              "editor": "吴颜 ", "artile": text, "title": "官员被曝租耕地60亩建别墅 社区警务室成售楼部",
              "time": "2016年12月20日13:56"}
    return load_text(tmp_path, name, json.dumps(record, ensure_ascii=False))


def body_texts(article) -> list[str]:
    table = article.paragraphs
    return list(table.loc[table["role"] == "body", "text"])


def holding(article, text):
    """The (role, kind) of every paragraph holding ``text``."""
    table = article.paragraphs
    rows = table[table["text"].str.contains(text, regex=False)]
    assert len(rows), f"no paragraph holds {text!r}"
    return list(zip(rows["role"], rows["kind"]))


# --------------------------------------------------------------- 原标题 note, a space, the first sentence

# (the note, what opens the first sentence, the sentence, the author then) — 784-787 as written, then made up: a
# headline holding spaces, a space inside the reporter's bracket (787), a site's 报道： lead-in (786).
NOTE_CASES = [
    ("原标题：项城派出所副所长租耕地建别墅 警务室成“售楼部”", "", "周口项城一派出所副所长，租用村民耕地60余亩，建设联体带院别墅。", None),
    ("原标题：政解|河北河南出台会议费新规：一类会议每人每天600元 住房应以标间为主", "新京报快讯（记者沙璐）",
     "近日，河北和河南相继出台了省级机关会议费管理办法，各类会议费用均低于国家标准。", "沙璐"),
    ("原标题：社科院： 预计2017年全年GDP增长6.5左右", "国际在线报道：", "中国社科院19日召开2017年《经济蓝皮书》发布暨中国经济形势报告会。", None),
    ("原标题：朋友圈传雾霾产生病菌实为谣言 雾霾会对人体造成危害", "大众网菏泽12月20日讯（记者 孔祥申）",
     "连日来，菏泽遭遇“十面霾伏”，19日AQI（空气质量指数）达到严重污染。", "孔祥申"),
    ("原标题：西江 口袋公园 今年再添六座", "本报讯（记者 王立新）", "西江市今年将新建口袋公园六座，总面积约一万二千平方米。", "王立新"),
]


@pytest.mark.parametrize(("note", "dateline", "lead", "author"), NOTE_CASES)
def test_original_title_note_ends_where_the_first_sentence_starts(tmp_path, note, dateline, lead, author):
    article = sina_record(tmp_path, f"{note} {dateline}{lead}{SECOND} {FILLER} {CLOSING}")
    assert role_of(article, note) == ("boilerplate", "original_title")
    assert holding(article, lead) == [("body", "text")]
    if dateline:
        assert role_of(article, dateline)[0] == "byline"
    if author:
        assert article.meta["author"] == author


def test_near_miss_note_naming_its_source_keeps_its_reading(tmp_path):
    """原标题：X 来源：Y is the older shape: its headline is the title of an untitled dump, as before."""
    text = f"原标题：西江口袋公园今年再添六座 来源：西江日报 西江市今年将新建口袋公园六座。{FILLER} {CLOSING}"
    article = load_text(tmp_path, "dump.txt", text)
    assert article.meta["title"] == "西江口袋公园今年再添六座"


def test_near_miss_reports_lead_in_after_据_stays_body(tmp_path):
    sentence = "据新华社报道：西江市今年将新建口袋公园六座，总面积约一万二千平方米，设有儿童游乐区和健身步道。"
    article = sina_record(tmp_path, f"原标题：西江口袋公园今年再添六座 {sentence} {FILLER} {CLOSING}")
    assert holding(article, sentence) == [("body", "text")]


# --------------------------------------------------------------- a byline split over two lines

def test_names_line_with_a_second_role_under_a_role_line_784(tmp_path):
    lead = "周口项城一派出所副所长，租用村民耕地60余亩，建设联体带院别墅。"
    article = sina_record(tmp_path, f"原标题：项城派出所副所长租耕地建别墅 警务室成“售楼部” {lead}{SECOND} "
                                    f"□东方今报·猛犸新闻记者 田林 见习记者 王士伟/文图 [举报]打着美丽乡村建设旗号 派出所副所长租地建别墅？ "
                                    f"{FILLER} {CLOSING}")
    assert role_of(article, "田林 见习记者 王士伟/文图") == ("byline", "author")
    assert set(article.meta["author"].split("、")) == {"田林", "王士伟"}


def test_made_up_names_line_with_an_intern_under_a_bulleted_role_line(tmp_path):
    text = f"■西江晚报全媒体记者\n林锐新 实习生 张洋银/文\n{FILLER}\n{CLOSING}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert role_of(article, "林锐新 实习生 张洋银/文") == ("byline", "author")


def test_near_miss_subhead_under_a_role_line_names_no_one(tmp_path):
    """A line under the role line that is more than names and role words (a subhead) is not its names."""
    text = f"■西江晚报全媒体记者\n警务室 变成售楼部\n{FILLER}\n{CLOSING}\n"
    article = load_text(tmp_path, "story.txt", text)
    assert role_of(article, "警务室 变成售楼部")[0] != "byline"
    assert not article.meta["author"]


# --------------------------------------------------------------- Save Save, 编者按：

def test_share_widget_save_labels_after_the_last_sentence_784_787(tmp_path):
    for count, name in ((2, "a.json"), (4, "b.json")):
        labels = " ".join(["Save"] * count)
        article = sina_record(tmp_path, f"原标题：西江口袋公园今年再添六座 西江市今年将新建口袋公园六座。 {FILLER} {CLOSING}{labels}", name)
        assert role_of(article, labels) == ("boilerplate", "page_chrome")
        assert holding(article, CLOSING) == [("body", "text")]


def test_near_miss_one_word_save_closing_a_line_is_no_toolbar(tmp_path):
    article = sina_record(tmp_path, f"原标题：西江口袋公园今年再添六座 西江市今年将新建口袋公园六座。 {FILLER} {CLOSING}Save")
    assert all(role == "body" for role, _ in holding(article, "本报将继续关注"))


def test_editor_note_label_alone_780(tmp_path):
    note = "近年来，围绕着办理准生证、落户、买车、购房等问题，“假结婚”“假离婚”现象增多，甚至已经形成一条产业链。"
    article = load_text(tmp_path, "story.txt", f"编者按：\n{note}\n{FILLER}\n{CLOSING}\n")
    assert role_of(article, "编者按：")[0] == "boilerplate"
    assert role_of(article, note)[0] == "body"


def test_made_up_editor_note_labels_alone(tmp_path):
    for label in ("编者的话", "編者按："):
        article = load_text(tmp_path, "story.txt", f"{FILLER}\n{label}\n{CLOSING}\n")
        assert role_of(article, label)[0] == "boilerplate"


def test_near_miss_editor_note_with_its_text_on_the_line_is_not_the_label_cue(tmp_path):
    line = "编者按：近年来，“假结婚”“假离婚”现象增多，甚至已经形成一条产业链。"
    article = load_text(tmp_path, "story.txt", f"{line}\n{FILLER}\n{CLOSING}\n")
    table = article.paragraphs
    assert not (table["kind"] == "section_label").any()
