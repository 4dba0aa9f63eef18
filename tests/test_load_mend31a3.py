"""Round 31 mend, third wave (m31a3): the loader's leftovers of fresh36/fresh37 (issue 11).

- fresh36 1026 (a Huxiu page reposting a WeChat post): the closing licence line ``本文由 全媒派? 授权 虎嗅网 发表，并经虎嗅网编辑。
  转载此文章须经作者同意，并请附上出处(虎嗅网)及本页链接。`` was read as body, and with it the repost note above it (本文来自微信
  公众号：…) stood inside the core. The licence cue (本文由 X 授权 Y 发布) now allows the spaces a portal sets around the
  linked names and the verb 发表; a reprint condition (转载此文章须经作者同意) is a copyright line; and in the head or tail a
  cue whose words a stray sentence mark split apart (the account's emoji lost to an ASCII ?) reads the joined line.
- fresh36 1030: a WeChat crawler's item keeps the account's id (gqthbgcjsxywyh) under account and its name under a bare
  name key; the id was the outlet. A lowercase id of WeChat's shape beside a Han name field gives way to the name.
- fresh34 985, 987 and fresh36 1025 (coverage below 1): a WordPress post's yoast_head field (head markup, nothing visible)
  was kept as written, its attributes text the coverage reference rightly leaves out, so the in-order matching lost its
  place; a JavaScript literal's single-quoted strings were missing from the reference (it read only JSON's double quotes).
- fresh36 1029: the headline broken over two short lines under a kicker, at the top of the post's content, was body.
- fresh36 1023: a translated wire's closing credit with the date code (（譯者：洪啓原/核稿：陳彥鈞）1140309) was body.
"""

from conftest import load_text, role_holding, role_of

# fresh36 1026, cut small: the article's last paragraph, the repost note, the licence line and its link.
HUXIU_TAIL = """<html><head><title>内容生产者启示录：现代人，有逃避阅读新闻的10000种理由-虎嗅网</title></head><body>
<h1>内容生产者启示录：现代人，有逃避阅读新闻的10000种理由</h1>
<p>在这个数字时代，人们接受的信息要比以往任何一个时代都多。无论何时何地，你都可以快速便捷地获得大量免费信息。</p>
<p>新闻阅读曾是我们生活中的重要仪式，从晨报到晚报，它陪伴人们更好地理解和应对我们所处的世界。现在，过载的新闻资讯带给我们压力。</p>
<p>本文来自微信公众号：全媒派（ID：quanmeipai），作者： 腾讯传媒，标题图来自视觉中国</p>
<p>本文由 <a href="/member/1870946.html">全媒派?</a> 授权 <a href="/">虎嗅网</a> 发表，并经虎嗅网编辑。转载此文章须经作者同意，并请附上出处(虎嗅网)及本页链接。</p>
</body></html>
"""


def test_huxiu_licence_line_and_repost_note_are_furniture(tmp_path):
    article = load_text(tmp_path, "1026.html", HUXIU_TAIL)
    assert role_holding(article, "本文由 全媒派? 授权 虎嗅网 发表")[0] == "boilerplate"
    assert role_holding(article, "转载此文章须经作者同意")[0] == "boilerplate"
    assert role_holding(article, "本文来自微信公众号：全媒派")[0] == "boilerplate"
    assert role_holding(article, "新闻阅读曾是我们生活中的重要仪式")[0] == "body"


def _closing_line(line: str) -> str:
    return ("<html><body><h1>某市出台新规 支持小微企业发展</h1>"
            "<p>某市近日出台新规，从融资、税费、用工等方面支持小微企业发展，预计惠及全市十余万家企业。</p>"
            "<p>新规明确，对首次贷款的小微企业给予贴息支持，并简化审批流程，最快三个工作日即可放款。</p>"
            f"<p>{line}</p></body></html>")


def test_licence_lines_of_other_portals(tmp_path):
    # made-up variants: a writer licensing a portal column, spaced as a page sets links; a Traditional reprint condition
    spaced = load_text(tmp_path, "a.html", _closing_line("本文由 李明 授权 钛媒体 发布，转载须经作者同意。"))
    assert role_holding(spaced, "本文由 李明 授权 钛媒体 发布")[0] == "boilerplate"
    glued = load_text(tmp_path, "b.html", _closing_line("本文由王小二授权界面新闻发表。"))
    assert role_holding(glued, "本文由王小二授权界面新闻发表")[0] == "boilerplate"
    condition = load_text(tmp_path, "c.html", _closing_line("轉載本文須經作者同意，並請註明出處。"))
    assert role_holding(condition, "轉載本文須經作者同意")[0] == "boilerplate"


def test_sentences_about_licences_stay_body(tmp_path):
    # near misses: a body sentence on licensing in the core, and one that only mentions a consent needed to reprint
    article = load_text(tmp_path, "d.html", _closing_line(
        "据了解，该企业已授权当地媒体发布相关数据，并表示将继续配合调查，后续进展本报将持续关注。"))
    assert role_holding(article, "该企业已授权当地媒体发布相关数据")[0] == "body"
    mid = load_text(tmp_path, "e.html", "<html><body><h1>出版社回应转载争议</h1>"
                    "<p>记者了解到，按照行业惯例，转载文章须经作者同意，这一点在合同中写得很清楚，出版社方面表示会依法处理此事。</p>"
                    "<p>该出版社负责人表示，目前已与作者取得联系，双方正在协商后续的处理方案，预计本月内会有结果。</p></body></html>")
    assert role_holding(mid, "转载文章须经作者同意")[0] == "body"


# fresh36 1030, cut small: a WeChat crawler's JSON line, the account's id and its name side by side.
WECHAT_ITEM = ('{"content": "“叔叔，市里是什么样的？我想去看看。”\\n在国家级贫困县赞皇县许亭乡阳光小学，有这样一群特殊的儿童，'
               '他们的爸爸妈妈常年外出打工，只能跟着年迈的爷爷奶奶生活。\\n早晨6点半，我们的志愿者爱心人士早早地到了集合地点，'
               '等待孩子们的到来。", "account": "gqthbgcjsxywyh", "name": "&nbsp;共青团河北工程技术学院委员会", '
               '"title": "“带山里孩子进城”圆梦行动"}\n')


def _item(account: str, name: str) -> str:
    return ('{"title": "社区开展垃圾分类宣传活动", "content": "本周六上午，社区志愿者在小区广场开展垃圾分类宣传活动，向居民发放宣传册五百余份。'
            f'现场还设置了有奖问答环节，吸引了不少居民参与。", "account": "{account}", "name": "{name}"}}\n')


def test_wechat_account_name_beside_its_id_is_the_outlet(tmp_path):
    assert load_text(tmp_path, "1030.json", WECHAT_ITEM).meta["outlet"] == "共青团河北工程技术学院委员会"
    # made-up variants: another account's id with digits and an underscore, a Traditional account name
    assert load_text(tmp_path, "a.json", _item("sh_minhang2015", "上海闵行")).meta["outlet"] == "上海闵行"
    assert load_text(tmp_path, "b.json", _item("tpe-city-news", "臺北市政府")).meta["outlet"] == "臺北市政府"


def test_an_outlet_field_that_is_no_id_keeps_its_value(tmp_path):
    # near misses: a Han outlet name beside a name field, and a capitalised Latin name (a brand, not an id)
    assert load_text(tmp_path, "c.json", _item("人民日报", "王小明")).meta["outlet"] == "人民日报"
    assert load_text(tmp_path, "d.json", _item("Reuters", "路透中文")).meta["outlet"] == "Reuters"
    # an id with no Han name beside it stays what the record says
    assert load_text(tmp_path, "e.json", _item("gqthbgcjsxywyh", "")).meta["outlet"] == "gqthbgcjsxywyh"


# fresh34 985/987, cut small: a WordPress REST post whose yoast_head field is the page head's markup, nothing a reader sees.
WORDPRESS_POST = """{"id": 37571, "date": "2025-05-31T10:06:47",
"title": {"rendered": "PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷"},
"content": {"rendered": "<p>（中央社記者黃巧雯台北24日電）台灣職籃P. LEAGUE+台鋼獵鷹今天前3節幾乎一路領先，但在第4節崩盤，台北富邦勇士逆轉勝出。</p>\\n<p>曾在PLG締造3連霸的勇士，上季無緣季後賽，本季重返季後賽行列，首輪對戰獵鷹。</p>"},
"yoast_head": "<!-- This site is optimized with the Yoast SEO plugin -->\\n<title>PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷 - TSG WingStars</title>\\n<meta name=\\"description\\" content=\\"在台鋼天鷹職業排球隊首辦測試會，總教練翰米頓表示\\" />\\n<meta property=\\"og:url\\" content=\\"https://61.218.209.209/%e5%8f%b0%e9%8b%bc/\\" />\\n<script type=\\"application/ld+json\\">{\\"@context\\":\\"https://schema.org\\",\\"@graph\\":[{\\"@type\\":\\"Article\\",\\"headline\\":\\"PLG勇士逆轉擊敗獵鷹\\"}]}</script>",
"_links": {"self": [{"href": "https://61.218.209.209/wp-json/wp/v2/posts/37571"}], "collection": [{"href": "https://61.218.209.209/wp-json/wp/v2/posts"}]}}
"""


def test_a_field_of_head_markup_holds_no_paragraph(tmp_path):
    article = load_text(tmp_path, "985.json", WORDPRESS_POST)
    assert article.coverage.ratio == 1.0
    assert not article.paragraphs["text"].str.contains("<meta", regex=False).any()
    assert role_holding(article, "https://61.218.209.209/wp-json/wp/v2/posts/37571")[0] == "boilerplate"
    # near miss: a chrome field with visible text in its markup still shows that text
    teaser = load_text(tmp_path, "t.json", WORDPRESS_POST.replace('"_links"', '"excerpt": {"rendered": "<p>勇士逆轉擊敗獵鷹</p>"}, "_links"'))
    assert role_holding(teaser, "勇士逆轉擊敗獵鷹")[0] in ("boilerplate", "title")


# fresh36 1025, cut small: a monitoring system's export as a JavaScript object literal, its strings single-quoted.
JS_OBJECT = """{
  _id: 'ab2544cd-b4a8-4fd4-aa96-06d7ebc66c43',
  alexa_pv: 2319056956,
  author: '融中财经',
  body: '近日，深圳市矩阵多元科技有限公司宣布完成亿元B2轮融资，由中车资本、智慧互联产业基金联合投资。\\n矩阵多元科技目前聚焦于半导体先进封装的薄膜沉积工艺，已掌握磁控溅射PVD设备关键技术。',
  negative_words: [
    {
      freq: 1,
      score: 2,
      word: '逼近'
    }
  ],
  title: '矩阵多元科技完成亿元B2轮融资'
}
"""


def test_coverage_reads_a_javascript_literal_s_single_quoted_strings(tmp_path):
    article = load_text(tmp_path, "1025.js", JS_OBJECT)
    assert article.coverage.ratio == 1.0
    assert article.coverage.n_content_chars == article.coverage.n_paragraph_chars
    # near miss: a JSON record's apostrophe inside a double-quoted string opens no single-quoted one
    quoted = load_text(tmp_path, "q.json", '{"title": "獵鷹開賽 De\'Mon Brooks 領軍", "content": "獵鷹開賽靠翟蒙（De\'Mon Brooks）、白薩聯手拉出1波20比6攻勢，'
                       '反觀主場作戰的勇士進攻當機，前9分鐘僅得6分。勇士次節展現禁區優勢，追成34比39。", "source": "中央社"}\n')
    assert quoted.coverage.ratio == 1.0


# fresh36 1029, cut small: the post's content opens with its kicker and the headline broken over two lines.
SPLIT_HEADLINE = ('{"content": "铭记关爱倍感温暖 奋力拼搏不负重托\\n习近平总书记重要讲话\\n引发全国广大团员青年热烈反响\\n'
                  '中青在线讯（中国青年报·中青在线记者 章正）吃完晚饭，在北京一家国企上班的胡希打开手机微信看见朋友圈里大学同学转来的信息，'
                  '她兴奋地点开浏览，并迅速留言：“总书记讲到年轻人的心里了”。\\n在一千多公里之外的安徽，有幸参加座谈会之后，'
                  '潜山县黄浦镇鲍岭村党支部第一书记邢翠翠一直无法“淡定”。", "account": "gqthbgcjsxywyh", '
                  '"name": "&nbsp;共青团河北工程技术学院委员会", "title": "习近平总书记重要讲话引发全国广大团员青年热烈反响"}\n')


def _post(headline: str, lines: list[str]) -> str:
    """A Markdown export of a post: its headline, the given lines, two body paragraphs."""
    return "\n\n".join([f"# {headline}", *lines,
                        "记者从市交通运输局获悉，新开通的线路全长约二十公里，沿途设站十二座，预计每日可服务乘客三万人次。",
                        "据介绍，该线路采用新能源公交车运营，票价两元，首末班时间分别为早六点和晚十点，市民可通过手机查询实时到站信息。"]) + "\n"


def test_a_headline_broken_over_lines_is_the_title_repeated(tmp_path):
    article = load_text(tmp_path, "1029.json", SPLIT_HEADLINE)
    for line in ("铭记关爱倍感温暖 奋力拼搏不负重托", "习近平总书记重要讲话", "引发全国广大团员青年热烈反响"):
        assert role_holding(article, line) == ("boilerplate", "repeated_title")
    assert role_holding(article, "吃完晚饭")[0] == "body"
    # made-up variants: an export repeating its headline in three lines, one with a kicker above a two-line headline
    banner = load_text(tmp_path, "b.md", _post("城东至高铁站快速公交线路今日正式开通运营", ["城东至高铁站", "快速公交线路", "今日正式开通运营"]))
    assert role_of(banner, "快速公交线路") == ("boilerplate", "repeated_title")
    kicker = load_text(tmp_path, "k.md", _post("快速公交线路今日正式开通运营", ["城东至高铁站", "快速公交线路", "今日正式开通运营"]))
    assert role_of(kicker, "城东至高铁站") == ("boilerplate", "repeated_title")


def test_lines_that_only_begin_the_headline_stay_body(tmp_path):
    # near misses: a heading that is the headline's first words only, and a short line above a broken title that the
    # text's own lines precede (no kicker)
    opening = load_text(tmp_path, "o.md", _post("城东至高铁站快速公交线路今日正式开通运营", ["城东至高铁站", "沿线居民出行更方便"]))
    assert role_of(opening, "城东至高铁站")[0] == "body"
    assert role_of(opening, "沿线居民出行更方便")[0] == "body"
    late = load_text(tmp_path, "l.md", _post("快速公交线路今日正式开通运营", [
        "市民期待已久的新线路终于来了。", "城东至高铁站", "快速公交线路", "今日正式开通运营"]))
    assert role_of(late, "城东至高铁站")[0] == "body"
    assert role_of(late, "快速公交线路") == ("boilerplate", "repeated_title")


def _wire(closing: str) -> str:
    return ("（中央社北京9日綜合外電報導）英國「金融時報」報導，中國富裕投資人透過特殊目的工具投資馬斯克旗下公司，"
            "相關安排引發監管關注。\n\n報導指出，這些投資多半透過海外架構進行，投資人身分並未公開揭露，"
            f"外界難以追查資金來源與實際持有比例。{closing}\n")


def test_a_translated_wire_s_credit_with_its_date_code_is_furniture(tmp_path):
    # fresh36 1023, cut small: the credit glued after the last sentence, as the CMS stored it
    real = load_text(tmp_path, "1023.txt", _wire("\n\n（譯者：洪啓原/核稿：陳彥鈞）1140309"))
    assert role_holding(real, "譯者：洪啓原")[0] == "boilerplate"
    assert real.meta["author"] is None  # a translator and a reviewer are no authors
    # made-up variants: a Simplified translator's credit, one with an editor as the second credit
    simplified = load_text(tmp_path, "a.txt", _wire("\n\n（译者：王小明/核稿：李大同）"))
    assert role_holding(simplified, "译者：王小明")[0] == "boilerplate"
    editor = load_text(tmp_path, "b.txt", _wire("\n\n（譯者：張三豐/編輯：林美玲）1130601"))
    assert role_holding(editor, "譯者：張三豐")[0] == "boilerplate"


def test_a_translator_s_note_stays_text(tmp_path):
    # near miss: a translator's note in brackets on a line of its own speaks about the text
    note = load_text(tmp_path, "n.txt", _wire("\n\n（譯者注：特殊目的工具即SPV）"))
    assert role_holding(note, "譯者注")[0] != "boilerplate"
