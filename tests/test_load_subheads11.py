"""Round 11 (sentences11): subheads a flattened text keeps apart from its sentences by white space alone are
paragraphs of their own (kind heading), not the opening of the sentence after them (issues 11 and 12: a glued
subhead made one sentence that was neither heading nor body, flagged check-worthy)."""

from conftest import body, load_text, role_of
from zhnews.text import sentences_table

# test 59 (dev_corpus/59_thucnews_land_market_line.txt): a THUCNews line, its subheads between a space after a
# sentence's end and a space before the next sentence. Cut after the first subhead's sentence (420 characters:
# still one long line, read as a dump).
THUCNEWS_LINE = (
    "房产\t开发商频频拿地 市场复苏谨防再起炒作风10日，经过50次举牌，广州市城市建设有限公司以总价34500万元夺得广州天河区"
    "珠江新城一地块，折合楼面地价15324元/平方米，而此前珠江新城最高楼面地价为11912元/平方米。 今年2月份以来，随着楼市"
    "“小阳春”的到来，沉寂了多个月的土地交易市场再起波澜，开发商们在土地收储上的集体爆发引人关注。再露繁荣景象的土地市场反映"
    "出房地产企业充足的资本和对后市的信心，同时，随之高涨的地价、房价也让人们担心，新一轮炒地提价的闸门是否已经悄然打开。 "
    "信心加资本撬动土地市场全面复苏 从绿地集团(企业专区,旗下楼盘)分别以9.57亿元和12亿元的价格接连拿下上海松江区辰花路15号"
    "B地块和徐汇区斜土街道107街坊，创今年上海土地出让价格的新高，到富力地产(企业专区,旗下楼盘)10.22亿元拿下北京广渠门外10号"
    "地，再到中洲宝城26.1亿元拿下深圳3宗捆绑商住地块，雅戈尔10.28亿元拿下宁波“地王”。"
)

# fresh9 353 (alex-the-man/apple-daily-corpus, corpus/20020301.csv @ 4c2ab989, data/eval/fresh9/SOURCES.tsv): a
# header-less corpus row; its subheads stand between blanks, one (女友為前藝員) with a paragraph gap on both sides, one
# (賣汽車收藏品) a single space after the last sentence of a long paragraph. Headline and first sentence as in the row,
# then the text from the first subhead to the sentence after the second, as in the file.
APPLE_DAILY_ROW = (
    "20020301-0,20020301,0,自轟右太陽穴\u3000子彈卡左眼角人財兩失\u3000警長吞槍亡,"
    "自轟右太陽穴\u3000子彈卡左眼角 人財兩失\u3000警長吞槍亡 【本報訊】荃灣警署發生警長吞槍自殺事件，一名警長近期傳出"
    "金錢拮据，以及與同居的前電視藝員女友感情出現問題，疑他不堪人財兩失刺激，昨在警署休息室內吞槍自殺，用佩槍自轟右邊"
    "太陽穴，子彈卡在左邊眼角骨內當場斃命。     女友為前藝員   "
    "自殺警長王善豪（五十一歲），一九六九年加入警隊，一九七七年升至警長，在四十五歲退休後再以合約形式（俗稱翻閹）聘用，"
    "今年已是第三度續約。他生前曾先後駐守青衣、沙田及荃灣等警區，去年底才由荃灣警署控制室（電台）調往巡邏隊擔任第二小隊"
    "隊長。  據悉，王善豪綽號吉叔，因他入學堂時編號為一○八二七，而八二七與百事吉諧音而得「百事吉」綽號，隨年紀漸長而改稱"
    "吉叔。  有消息稱，吉叔經已離婚，有一名二十一歲女兒。他六、七年前認識在荃灣經營建材生意的姓邱前女藝員，自此二人交往"
    "甚密。他於一九九八年與妻子離婚後遷出綠楊新邨警察宿舍，與姓邱女友購入深井麗都花園一個單位同居，他再將六十萬退休金注資"
    "入女友在沙嘴道經營的建材公司，由女友及其前夫所生的二十七歲姓余兒子打理。惜經濟衰退，建材生意下滑，建材公司兩年前結業"
    "並將舖位頂讓，以家中作寫字樓繼續營商。 賣汽車收藏品   據王善豪同袍指出，吉叔為人隨和，「翻閹」時異常風光，感覺他經濟"
    "頗為充裕，擁有兩輛房車代步。\n"
)


def _sentences(article) -> list[str]:
    return sentences_table(article.paragraphs)["text"].tolist()


def test_a_subhead_between_spaces_in_a_one_line_text_is_a_heading_of_its_own(tmp_path):
    article = load_text(tmp_path, "59_thucnews_line.txt", THUCNEWS_LINE)
    assert role_of(article, "信心加资本撬动土地市场全面复苏") == ("body", "heading")
    assert "信心加资本撬动土地市场全面复苏" in _sentences(article)
    assert any(text.startswith("从绿地集团") for text in body(article))
    assert article.coverage.ratio == 1.0


def test_subheads_set_apart_by_blanks_in_a_corpus_row_are_headings_of_their_own(tmp_path):
    article = load_text(tmp_path, "20020301.csv", APPLE_DAILY_ROW)
    assert role_of(article, "女友為前藝員") == ("body", "heading")
    assert role_of(article, "賣汽車收藏品") == ("body", "heading")
    sentences = _sentences(article)
    assert "賣汽車收藏品" in sentences
    assert "據王善豪同袍指出，吉叔為人隨和，「翻閹」時異常風光，感覺他經濟頗為充裕，擁有兩輛房車代步。" in sentences
    assert body(article)[-3].endswith("以家中作寫字樓繼續營商。")
    assert article.coverage.ratio == 1.0


def test_latin_words_a_space_apart_after_a_sentence_are_no_subhead(tmp_path):
    # The same THUCNews line with the subhead's sentence opening on two Latin words instead (a name: Randy Schekman
    # 自1991年以来…, the shape of fresh9 355's text): the space inside a name sets nothing apart.
    line = THUCNEWS_LINE.replace("信心加资本撬动土地市场全面复苏 从绿地集团", "Randy Schekman自1991年以来一直是研究员，从绿地集团")
    article = load_text(tmp_path, "59_thucnews_line.txt", line)
    assert "heading" not in set(article.paragraphs["kind"])
    assert any("Randy Schekman自1991年以来一直是研究员，从绿地集团" in text for text in body(article))
