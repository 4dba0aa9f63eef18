"""Mend after fresh16's scoring (mend17a): loader meta failures of fresh16, each fixed by class.
Provenance of the articles in data/eval/fresh16/SOURCES.tsv; expected values read off the files by hand.
"""

import json

from conftest import load_text

# fresh16 514 (IAAR-Shanghai/CRUD_RAG data/80000_docs/documents_dup_part_1_part_1): a crawl's record, one line, its
# date and a 正文 label glued before the wire's dateline (the opening of the file as written).
_DATED_WIRE = ("2023-08-05，正文：中新社北京8月4日电 (记者 张素)记者从中国最高人民法院获悉，8月4日，浙江省宁波市中级人民法院"
               "公开宣判十三届全国政协原常委、社会和法制委员会原主任沈德咏受贿一案，以受贿罪判处被告人沈德咏有期徒刑十五年，"
               "并处罚金人民币六百万元。")


def test_the_date_before_a_text_label_is_the_publishing_date_and_the_dateline_after_it_names_outlet_and_writer(tmp_path):
    article = load_text(tmp_path, "514.txt", _DATED_WIRE)
    assert article.meta["publish_date"].startswith("2023-08-05")
    assert article.meta["outlet"] == "中新社"
    assert article.meta["author"] == "张素"


def test_a_date_and_time_before_the_text_label(tmp_path):
    # fresh16 515 (same crawl): 2023-08-06  14:08，正文：当地时间2023年8月4日，… (two spaces before the time)
    article = load_text(tmp_path, "515.txt", "2023-08-06  14:08，正文：当地时间2023年8月4日，韩国城南市，警察在周四的袭击后于"
                        "Ori地铁站巡逻。在韩国接连发生3起持凶器伤人案件后，该国网络上频现宣称要在人员密集场所发动类似袭击的帖子。")
    assert article.meta["publish_date"].startswith("2023-08-06")


def test_a_text_that_only_mentions_a_date_and_a_label_later_gets_no_date_from_it(tmp_path):
    article = load_text(tmp_path, "later.txt", "法院认为，被告人的行为已构成受贿罪。据2023-08-05，正文：所载，此案另有隐情。")
    assert not (article.meta["publish_date"] or "").startswith("2023-08-05")


def test_an_author_field_wholly_in_brackets_is_the_byline(tmp_path):
    # fresh16 525 (shengyenlin/Introduction-to-information-retrieval-and-text-mining-Final-Fall-2020 crawl/news.json):
    # a Taiwan paper's record, "author": "【張薷、洪浩軒、許哲瑗／連線報導】"
    record = {"title": "高雄全面升級 2.0 受好評", "author": "【張薷、洪浩軒、許哲瑗／連線報導】",
              "content": "  全台掀YouBike之亂，北市府拍板2年內將YouBike1.0全面升級2.0，但因系統不相容，轉換期間新舊車無法互通。\n"
                         "  北市交通局表示，北市2018年招標合約書即加入升級條款，得標廠商再次由YouBike拿下。\n"}
    article = load_text(tmp_path, "525.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["author"] == "張薷、洪浩軒、許哲瑗"


# fresh16 530 (eidors/checkResourcesFiles checkFolder/hb-ws/detail-474.html): a company site's CMS page, gb2312, an
# empty <title> (written here as gb18030, which gb2312 decoders read the same), the headline in a div right above the 发稿时间 line (markup as written, the text cut short).
_COMPANY_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title></title></head><body>
<div id="main">
  <div class="logo"><img src="static/picture/logo.png"></div>
  <div class="newst">2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！</div>
  <div class="newsd"> 发稿时间：2021/6/9
  <span>【 字体：<a href="javascript:doZoom(16);">大</a> <a href="javascript:doZoom(14);">中</a> <a href="javascript:doZoom(12);">小</a> 】</span></div>
  <div id="content-fontsize"><p>6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行，吸引了来自省内外的近两百名客商代表参加。
  武汉市委常委、政法委书记曹裕江，黄石市委副书记、市长吴锦出席会议并讲话。</p>
  <p>推介会主题为“同心同梦·同城共进”，由中共黄石市委、黄石市人民政府主办，黄石市招商服务中心承办。</p></div>
</div></body></html>
"""


def test_the_line_above_a_labelled_date_line_is_the_headline_of_a_page_with_no_title(tmp_path):
    article = load_text(tmp_path, "530.html", _COMPANY_PAGE, encoding="gb18030")
    assert article.meta["title"].rstrip("！") == "2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行"
    assert article.meta["publish_date"].startswith("2021-06-09")


def test_a_sentence_above_a_date_line_is_no_headline(tmp_path):
    page = _COMPANY_PAGE.replace("2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！", "本站消息：欢迎访问。")
    article = load_text(tmp_path, "sentence.html", page, encoding="gb18030")
    assert article.meta["title"] != "本站消息：欢迎访问。"


def test_a_source_label_glued_to_the_end_of_the_text_names_the_outlet(tmp_path):
    # fresh16 515 (IAAR-Shanghai/CRUD_RAG, as above): the record's text ends 驻济州总领事馆领事保护与协助电话：
    # +82-64-722-8802来源：新华社、中国驻韩国大使馆 (the crawl joined the page's lines)
    text = ("2023-08-06  14:08，正文：在韩国接连发生3起持凶器伤人案件后，该国网络上频现宣称要在人员密集场所发动类似袭击的帖子。"
            "韩国警方加大调查力度，截至5日中午已逮捕18名涉嫌发布这类消息者。"
            "驻济州总领事馆领事保护与协助电话：+82-64-722-8802来源：新华社、中国驻韩国大使馆")
    article = load_text(tmp_path, "515.txt", text)
    assert article.meta["outlet"].startswith("新华社")


def test_a_source_named_inside_the_closing_sentence_is_no_label(tmp_path):
    text = "警方表示，案件仍在调查中。据了解，这一说法的消息来源：知情人士"
    article = load_text(tmp_path, "sentence.txt", text)
    assert article.meta["outlet"] != "知情人士"


# fresh16 521 (Jack-Cherish/Machine-Learning Naive Bayes/SogouC/Sample/C000014/14.txt): a SogouC text whose line breaks
# were lost, each line's indent (two ideographic spaces) kept; its first five paragraphs as written (a dump's line
# over LONG_LINE_CHARS, which the plain-text reader parts at its indents).
_SOGOU_TEXT = ("\u3000\u3000北京、莫斯科、美国 三次看升旗感受不同\u3000\u3000大郅：北京这次最难忘\u3000\u3000《体育天地·mvp》记者朱冲报道\u3000\u3000“起来，不愿做奴隶的人们……”5月"
               "8日凌晨5点，王治郅随中国男篮一起在天安门广场参加了升旗仪式。当国歌响起的时候，王治郅两眼紧盯五星红旗，轻声唱着国歌。这是王治郅四年以来第一"
               "次在自己祖国的土地上听到国歌响起，看到国旗升起。所以，王治郅说：“这是我最难忘的一次看升旗。”\u3000\u3000国旗让我感到责任\u3000\u3000在谈到升旗的感受时，王"
               "治郅说：“所有热爱祖国的人在看到五星红旗冉冉升起的时候都会有同一种感受，那就是作为一名中国人的骄傲和自豪。我一共在天安门广场参加过两次升旗，"
               "第一次是上初中的时候，虽然时间过去十几年了，但这种感情是不变的，而且只会继续加深。”\u3000\u3000的确，这一次升旗对于王治郅来说很特别，因为这是他在经"
               "历了“滞美不归”事件之后第一次看到升旗，这是他四年以来第一次回到自己的祖国看到升旗。“四年来祖国的发展日新月异，升旗的时候，我脑子里想了很多"
               "，浮现了很多场景。我想起了回国后我父母带我逛漂亮的四环、五环路，想起了看到的雄伟建筑，想起了随处可见的‘新北京、新奥运、同一个世界、同一个梦"
               "想’的宣传牌。”王治郅严肃地说，“当时我就感受到一种责任，我希望在2008年的北京奥运会上站在领奖台上再次看到国旗升起，听到国歌响起。”")


def test_the_short_lines_over_a_paper_s_byline_are_the_headline(tmp_path):
    article = load_text(tmp_path, "521.txt", _SOGOU_TEXT)
    assert article.meta["outlet"] in ("体育天地·mvp", "体育天地")
    assert article.meta["author"] == "朱冲"
    assert article.meta["title"] == "北京、莫斯科、美国 三次看升旗感受不同 大郅：北京这次最难忘"


def test_sentences_over_a_byline_are_no_headline(tmp_path):
    # the same opening with the headline's lines turned into sentences: text, not a headline
    text = _SOGOU_TEXT.replace("感受不同\u3000", "感受不同。\u3000").replace("最难忘\u3000", "最难忘。\u3000")
    article = load_text(tmp_path, "521.txt", text)
    assert article.meta["author"] == "朱冲"
    assert not (article.meta["title"] or "").startswith("北京、莫斯科")
