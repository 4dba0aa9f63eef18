"""Round 21 mend (mend21b) after fresh20's scoring: a school-news page of an education portal (fresh20 644,
LucyXia123/First enso/webapp/yxcf/sq/03.jsp, provenance in data/eval/fresh20/SOURCES.tsv) sets its info line as one
element per pair: ``学校: 商丘市第一高级中学``, a ``|``, ``日期: 2017年11月15日下午``.

* A date line's date may be followed by the part of the day (下午): still the date line.
* 学校: names the school that posted the item, the outlet (data/lexicon/header_fields.tsv, beside 发布单位/供稿单位).
* Pairs set one per element, next to each other between the headline and the text, are one info line.
Expected values written by hand from the page.
"""

from conftest import load_text

# 644's article header as written (its nav, scripts and related list left out) and its first two paragraphs.
PAGE = """<html><head><meta charset="UTF-8"><title>同方教育在线&middot;校园采风</title></head><body id="news">
<div class="container"><div class="article">
<div class="article-header">
  <h1 class="t-c" id="js-title">震撼！我校助阵商丘市五运会开幕式</h1>
  <h2 class="t-c">千人太极拳表演惊艳全场</h2>
  <div class="article-metas">
    <div>学校: <span id="js-school">商丘市第一高级中学</span></div><span>|</span>
    <div>日期: <span id="js-date">{date}</span></div>
  </div>
</div>
<div class="article-body"><article id="js-content">
<h2 class="t-c">华商之源古都城，通达商丘新五运</h2>
<p>商丘市第五届运动会暨全民健身大会由商丘市政府主办，商丘市教育体育局承办，是商丘市规格最高、规模最大、水平最高的综合性运动会。出席开幕式的领导有：河南省体育局局长李俊峰，市委书记王战营，市委副书记、市五运会组委会主任、市长张建慧，市五运会组委会执行主任、副市长岳爱云等。</p>
<p>“华商之源古都城，通达商丘新五运。”11月15日下午，商丘市第五届运动会暨全民健身大会在商丘职业技术学院体育场盛大开幕。</p>
<p>本届运动会设青少年组和成年组共27个大项，参加运动员近5000人，是历届参加运动员最多的一次。报名参加开幕式的单位有近百家，也是历届运动会参与面最广的一次体育盛会！</p>
</article></div></div></div></body></html>
"""


def test_a_date_with_the_part_of_the_day_after_it_dates_the_page(tmp_path):
    meta = load_text(tmp_path, "03.jsp", PAGE.format(date="2017年11月15日下午")).meta
    assert meta["publish_date"] == "2017-11-15"


def test_the_school_field_of_a_pair_per_element_info_line_is_the_outlet(tmp_path):
    meta = load_text(tmp_path, "03.jsp", PAGE.format(date="2017年11月15日下午")).meta
    assert meta["outlet"] == "商丘市第一高级中学"
    assert meta["author"] is None


# Another school's page on the same portal (its article header and text as written, nav and footer left out;
# found in a public repository by its 日期: <span id="js-date"> line): 开封第十四中学's item, dated with a time.
OTHER_SCHOOL = """<html><head><meta charset="UTF-8"><title>同方教育在线&middot;校园采风</title></head><body id="news">
<div class="container"><div class="article">
<div class="article-header">
  <h1 class="t-c" id="js-title">不忘初心跟党走</h1>
  <h2 class="t-c">感恩母亲，让青春更美绽放</h2>
  <h3 class="t-c">——开封十四中2017年十四岁集体生日暨离队入团仪式活动</h3>
  <div class="article-metas">
    <div>学校: <span id="js-school">开封第十四中学</span></div><span>|</span>
    <div>日期: <span id="js-date">2017年09月29日 09:22</span></div>
  </div>
</div>
<div class="article-body"><article id="js-content">
<p>5月14日上午开封市第十四中学在校多功能教室隆重举行了校团委精心策划组织的“不忘初心跟党走，感恩母亲，让青春更美绽放?2018届十四岁集体生日暨离队入团仪式活动”。校长吕中伟、书记杜强、德育副校长李瑞全、教学副校长杨凯、办公室主任周贵勤，政教处主任万建平，八年级主任向虹出席本次活动。</p>
</article></div></div></div></body></html>
"""


def test_another_schools_page_of_the_portal_names_its_school(tmp_path):
    meta = load_text(tmp_path, "school-news.jsp", OTHER_SCHOOL).meta
    assert (meta["outlet"], meta["publish_date"]) == ("开封第十四中学", "2017-09-29")
