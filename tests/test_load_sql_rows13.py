"""Round 13 mend (mend13a): an SQL dump's rows are counted outside its strings, and a bare row tuple cut out of a
dump is one record.

Shapes from fresh12 (provenance in data/eval/fresh12/SOURCES.tsv), shortened to the part that matters:
- 412_sql_newsdb_xian_kindergarten_antiviral_drug.sql: ONE `INSERT INTO newsdb.news (…) VALUES (…);` whose HTML
  body quotes 'INSERT INTO t_news VALUES(10mg/kg)' in a sentence; it was refused as "2 rows of table news".
- 404_sql_xinjingbao_sina_li_keqiang_makers_letter.sql: ONE row tuple `(1,'标题','2019-10-21 00:00:00','<div …>…',0,NULL,…)`
  with no INSERT around it; it was read as a headerless CSV row (title "'李克强回信…'" in its SQL quotes, coverage 2.8%).
"""

import pytest

from conftest import body
from zhnews.errors import ArticleError
from zhnews.load import load_article

QUOTED_STATEMENT = (
    "INSERT INTO newsdb.news (news_id, title, context, author, type_id, publish_date) VALUES "
    "(102, '西安幼儿园被指近3年都给孩子吃过药', '<p>西安一家幼儿园被曝在未告知家长的情况下，长期给园内幼儿集体服用抗病毒药物。</p>\n\n"
    "<p>经专家讨论认为:一是枫韵幼儿园使用的病毒灵为国药准字号药物，有儿童服用剂量说明INSERT INTO t_news VALUES(10mg/kg)，为处方用药。</p>\n"
    "<p>园长说:&ldquo;我们(1),(2)都试过&rdquo;，家长\\'不信\\'，也有人说''不可能''。</p>\n', '飞飞', 4, '2019-03-01 23:00:11');"
)

BARE_ROW = (
    "(1,'李克强回信清华创客：将出更多积极政策','2019-10-21 00:00:00','<div class=\\\"img_wrapper\\\"><img src=\\\"http://i0.sinaimg.cn/a.jpg\\\" "
    "alt=\\\"李克强回信。清华大学新闻中心\\\"/><span class=\\\"img_descr\\\">李克强回信。清华大学新闻中心</span></div>"
    "<p>　　新京报讯 (记者许路阳) 清华大学学生“创客”们收到一份特殊的五四青年节礼物，总理给他们回信了。</p>"
    "<p>　　昨日下午3时许，在清华学生创客的“大本营”，基础工业训练中心，学生代表拿到了总理的回信。</p>"
    "<p class=\\\"article-editor\\\">编辑：SN182</p>',0,NULL,0,0,4,5,0)"
)


def _written(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_statement_quoted_inside_a_string_is_no_second_row(tmp_path):
    article = load_article(_written(tmp_path, "quoted_insert.sql", QUOTED_STATEMENT))
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "西安幼儿园被指近3年都给孩子吃过药"
    assert any("有儿童服用剂量说明INSERT INTO t_news VALUES(10mg/kg)，为处方用药" in text for text in body(article))
    assert any("也有人说'不可能'" in text for text in body(article))  # '' and \' are quotes inside the string
    assert article.coverage.ratio == 1.0


def test_rows_outside_strings_are_still_counted(tmp_path):
    two_rows = QUOTED_STATEMENT[:-1] + ",\n(103, '另一条新闻', '<p>另一条新闻的正文，写了一整句话。</p>', '飞飞', 4, '2019-03-02 10:00:00');"
    with pytest.raises(ArticleError, match=r"two_rows\.sql: cannot be read as record: 2 rows of table news, not one article"):
        load_article(_written(tmp_path, "two_rows.sql", two_rows))
    two_statements = QUOTED_STATEMENT + "\n" + QUOTED_STATEMENT.replace("102", "103")
    with pytest.raises(ArticleError, match=r"2 rows of table news"):
        load_article(_written(tmp_path, "two_statements.sql", two_statements))


def test_a_bare_row_tuple_is_one_record_read_whole(tmp_path):
    article = load_article(_written(tmp_path, "bare_row.sql", BARE_ROW))
    assert article.meta["format"] == "record"
    assert article.meta["title"] == "李克强回信清华创客：将出更多积极政策"  # no SQL quotes left on it
    assert article.meta["author"] == "许路阳"
    assert any(text.startswith("昨日下午3时许，在清华学生创客的“大本营”") for text in body(article))
    assert article.coverage.ratio == 1.0


def test_bare_row_tuples_of_a_dump_are_refused(tmp_path):
    with pytest.raises(ArticleError, match=r"cannot be read as record: 2 rows of an SQL table, not one article"):
        load_article(_written(tmp_path, "bare_rows.sql", BARE_ROW + ",\r\n" + BARE_ROW.replace("(1,", "(2,", 1) + ";"))


def test_a_text_opening_with_a_numbered_bracket_is_no_row(tmp_path):
    text = "(1) 西安一家幼儿园被曝长期给幼儿服用抗病毒药物，家长强烈不满。\n\n(2) 西安市相关部门已开始调查并进行紧急处置。\n"
    article = load_article(_written(tmp_path, "numbered.txt", text))
    assert article.meta["format"] != "record"
    assert article.coverage.ratio == 1.0


def test_a_contribution_credit_with_a_pseudonym_note_is_chrome_and_names_no_author(tmp_path):
    # fresh12 400_json_pengpai_netease_missing_little_jack_ma.json, the last line of the 澎湃 story: the credit was read
    # as a byline, its author '文中、李静、张丽' (文中 is "in the text"; the others are pseudonyms, gold has no author).
    credit = "（澎湃新闻记者宋江云对此文亦有贡献，文中李静、张丽、李小华以及范小勤同学为化名）"
    text = ("范小勤的父亲范家发说，孩子已经很久没有回家了，他也不知道孩子现在在哪里。\n\n"
            "如今三年过去，喧嚣尚未平息，范小勤和这个家庭的未来似乎变得更加飘渺了。\n\n" + credit + "\n")
    article = load_article(_written(tmp_path, "credit.txt", text))
    assert credit not in body(article)
    assert not article.meta.get("author")
    assert article.coverage.ratio == 1.0


def test_a_producing_outlet_glued_to_the_last_sentence_is_the_outlet(tmp_path):
    # fresh12 421_wechat_zhengjingshe_huxiu_kangmei_ma_xingtian_damages.md: 虎嗅 reposts a WeChat account's piece whose
    # first line is '本文来自微信公众号： 正经社 ，作者：智者正叔' (a space before the comma) and whose last sentence
    # ends in the account's mark '【《正经社》出品】'.
    text = ("本文来自微信公众号： 正经社 ，作者：智者正叔\n\n"
            "7月20日，康美药业公告，广州市中级人民法院就公司诉马兴田、许冬瑾、邱锡伟追偿权纠纷一案作出一审判决。\n\n"
            "资本市场传递了一个清晰的信号：造假可以一时得逞，但代价终将算到每一个参与造假的人头上。【《正经社》出品】\n")
    article = load_article(_written(tmp_path, "repost.txt", text))
    assert article.meta["author"] == "智者正叔"
    assert article.meta["outlet"] == "正经社"
    assert "资本市场传递了一个清晰的信号：造假可以一时得逞，但代价终将算到每一个参与造假的人头上。" in body(article)
    assert article.coverage.ratio == 1.0
