"""Round 19 (mend19a): chrome lines fresh18 kept as body, fixed as classes. Real text is quoted (split/file);
the expected roles were written by hand.
"""

from conftest import load_text, role_of

# fresh18 574 (蘋果日報 csv, Big5): the end of the story, its byline, then the published and updated times glued on
# one line with no date.
BANQUET_END = (
    "她說，集團最後決定只要林姓市民拿出就醫證明，集團支付2000元慰問金，林姓市民拿出的40張單據，只有2張醫院證明，"
    "其他都是掛號單據，資料不齊全，廳將請消保官仲裁。\n\n"
    "（辛啟松／台南報導）\n\n"
)
BANQUET_BODY = (
    "林姓市民說，業者事發後的態度還算誠懇，她希望業者可對每名客人賠償2000元，但業者不能接受。她認為，眾人開心地參加晚宴，"
    "卻碰到食物不潔，有人上吐下瀉，有人到醫院吊點滴，如今又碰到業者爛，覺得很難面對自家親戚。\n\n"
)


def test_published_and_updated_times_glued_on_one_line_are_chrome(tmp_path):
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + BANQUET_END + "出版時間：19:05更新時間：22:45\n")
    assert role_of(article, "出版時間：19:05更新時間：22:45") == ("boilerplate", "timestamp")


def test_a_last_updated_time_alone_is_chrome(tmp_path):
    # fresh8 332 (bastillepost) stamps 最後更新: 17:26 after its date; written on a line of its own here
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + BANQUET_END + "最後更新: 17:26\n")
    assert role_of(article, "最後更新: 17:26") == ("boilerplate", "timestamp")


def test_a_body_sentence_naming_an_update_time_stays_body(tmp_path):
    line = "市府表示，最新的停班停課訊息，更新時間為晚上10:00，請民眾留意。"
    article = load_text(tmp_path, "banquet.txt", BANQUET_BODY + line + "\n\n" + BANQUET_END)
    assert role_of(article, line)[0] == "body"
