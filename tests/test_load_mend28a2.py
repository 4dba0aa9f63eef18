"""Round 27, second wave (mend28a2): a picture's caption and its credit in brackets glued to the end of a longer line.

A text export that lost the picture keeps the caption and its credit at the end of the paragraph above
(``…並無疑義。▲▼居民以厚紙板將車牌遮蔽。（圖／記者吳奕靖攝）``, a Taiwanese story as plain text, fresh14 476): the
credit and the one sentence it closes are a caption paragraph, and the sentences before them stay body. Near-misses
that must not change: a line that is one sentence and its credit (a caption whole, the short line's rule), a credit
after a sentence too long to be a caption, a bracketed note that is no picture's credit, and the article's closing credit.
A line that is one longer sentence and its credit is a caption too (``…摧毀當地多幢建物。（美聯社）``, fresh12 414): a foreign
wire agency or a paper's file-photo label alone in brackets (（美聯社）, （資料圖片）, HK01 fresh19 614) credits a picture,
no writer; a domestic agency that signs stories (（中央社）) and a name in brackets stay what they were.

The quoted line is the article's as written; the other texts are made up (names, places, dates invented) in the same
shape.
"""

from conftest import body, load_text, role_holding, role_of

TITLE = "檢舉達人狂拍違停 高雄住戶以紙板遮車牌"
LEAD = "高雄十全二路一帶9月份開始出現檢舉達人，當地多名店家與住戶陸續接到罰單，少則3、5張，多則10多張。"
MIDDLE = ("警方表示，依《道路交通管理處罰條例》規定，人行道以禁止停車為原則，開放機車停車為例外，"
          "故停放車輛遭民眾於7日內檢舉違停，警方亦依規定舉發並無疑義。")
CLOSING = "一名林姓住戶說，從9月中到10月初就已經接到將近30張罰單，只能當成捐錢給政府，心裡相當無奈。"


def plain(tmp_path, *lines: str):
    return load_text(tmp_path, "story.txt", "\n\n".join([TITLE, LEAD, *lines, CLOSING]) + "\n")


def test_caption_and_credit_glued_to_a_longer_line_real_shape(tmp_path):
    caption = "▲▼居民以厚紙板將車牌遮蔽。（圖／記者吳奕靖攝）"
    article = plain(tmp_path, MIDDLE + caption)
    assert role_of(article, caption) == ("caption", "image_caption")
    assert MIDDLE in body(article)


def test_caption_without_a_picture_mark_and_other_credit_forms(tmp_path):
    for credit in ("（圖／記者王大同攝）", "（攝影：陳小玲）", "（图片来源：视觉中国）"):
        caption = "民眾在路口排隊等候領取防災物資。" + credit
        article = plain(tmp_path, MIDDLE + caption)
        assert role_of(article, caption) == ("caption", "image_caption"), credit
        assert MIDDLE in body(article)


def test_simplified_caption_after_two_sentences(tmp_path):
    first = "市气象台昨日下午发布暴雨橙色预警信号，受强降雨影响，全市中小学及幼儿园停课一天，部分公交线路临时停运。"
    second = "据统计，全市共转移安置群众3200余人，未有人员伤亡报告。"
    caption = "▲消防员在积水路段转移被困群众。（图/记者李明 摄）"
    article = plain(tmp_path, first + second + caption)
    assert role_of(article, caption) == ("caption", "image_caption")
    assert first + second in body(article)


def test_near_miss_one_sentence_and_its_credit_is_one_caption(tmp_path):
    line = "居民以厚紙板將車牌遮蔽，避免再被檢舉達人拍照。（圖／記者吳奕靖攝）"
    assert role_of(plain(tmp_path, line), line) == ("caption", "image_caption")


def test_near_miss_sentence_too_long_for_a_caption_stays_body(tmp_path):
    long_sentence = ("居民表示，自從檢舉達人出現以後，這條路上的店家與住戶幾乎每天都接到罰單，不論白天或夜晚都有人拍照，"
                     "大家只好輪流在店門口看守車輛，也有人乾脆把車停到兩條街以外的收費停車場。")
    article = plain(tmp_path, MIDDLE + long_sentence + "（圖／記者吳奕靖攝）")
    assert role_holding(article, long_sentence)[0] == "body"
    assert MIDDLE in "".join(body(article))


def test_near_miss_bracketed_note_that_is_no_credit_stays_body(tmp_path):
    line = MIDDLE + "民眾若有疑問可洽詢交通大隊。（交通大隊電話：07-1234567）"
    article = plain(tmp_path, line)
    assert role_holding(article, "民眾若有疑問可洽詢交通大隊。")[0] == "body"
    assert role_holding(article, MIDDLE)[0] == "body"


def test_near_miss_the_article_s_closing_credit_leaves_the_last_sentence_body(tmp_path):
    last = "最后，主持人对本次讲座做出了总结，并表达了对四位主讲人的感谢，本次活动在大家热烈的掌声中结束。"
    article = load_text(tmp_path, "story.txt", "\n\n".join([TITLE, LEAD, MIDDLE, CLOSING + last + "(图/张小琦 文/蒋大涛)"]) + "\n")
    assert role_holding(article, last)[0] == "body"


QUAKE = ("緬甸於週五中午12時50分發生芮氏規模7.7、震源深度僅10公里的劇烈強震，緊接著12分鐘又發生芮氏規模6.7、"
         "震源深度同樣只有10公里的餘震，兩起極淺層地震摧毀當地多幢建物。")


def test_one_long_sentence_closed_by_a_wire_agency_is_a_caption_real_shape(tmp_path):
    caption = QUAKE + "（美聯社）"
    assert role_of(plain(tmp_path, caption, MIDDLE), caption) == ("caption", "image_caption")


def test_other_agencies_and_file_photo_labels(tmp_path):
    sentence = "大批市民昨日在港島東區的商場外排隊，等候入場參加週年誌慶的限時優惠活動，場面相當熱鬧，不少人更是一早便到場霸位。"
    for credit in ("（法新社）", "（路透社）", "（資料圖片）", "(资料图片)"):
        caption = sentence + credit
        assert role_of(plain(tmp_path, caption, MIDDLE), caption) == ("caption", "image_caption"), credit


def test_near_miss_domestic_agency_or_a_name_in_brackets_is_no_picture_credit(tmp_path):
    for signature in ("（中央社）", "（王小明）"):
        article = plain(tmp_path, QUAKE + signature, MIDDLE)
        assert role_holding(article, QUAKE)[0] == "body", signature
