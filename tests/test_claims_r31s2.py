"""Sources, r31s2: an unnamed analyst whose trade jieba tags a verb (分析/vn 人士, 统计/v 专家) and a bare 分析 opening
the sentence speak unnamed; a name that stands only inside a title in 《》 is no one a later 他 stands for; a name
jieba cuts at its interpunct (史蒂夫/nr · 耶格/nr) is one person. Each real shape cut small from its article, made-up
variants of other outlets, and near-misses that must not change."""

from test_claims_sources10 import sources_of

from zhnews import claims


# --- an unnamed analyst whose trade opens the clause as a verb --------------------------------------------------------

def test_analysts_point_out_unnamed():
    # seen fresh31 942 (人民日报, Big5): 分析人士指出，美聯儲加息既可以抑制通貨膨脹，…
    assert sources_of([["分析人士指出，美聯儲加息既可以抑制通貨膨脹，又不會對經濟增長產生負面效果。"]]) == ["(unnamed: 分析人士)"]
    # made up: other outlets' analysts and observers
    assert sources_of([["分析人士认为，油价短期内仍将承压。"]]) == ["(unnamed: 分析人士)"]
    assert sources_of([["观察人士指出，这次选举的投票率明显偏低。"]]) == ["(unnamed: 观察人士)"]


def test_statistics_experts_think_unnamed():
    # seen fresh13 460 (新华社 1990 wire): 统计专家认为，目前经济工作重点应当放在加快结构调整…
    assert sources_of([["统计专家认为，目前经济工作重点应当放在加快结构调整上。"]]) == ["(unnamed: 统计专家)"]
    assert sources_of([["研究人员表示，这种材料的耐热性远超预期。"]]) == ["(unnamed: 研究人员)"]


def test_bare_analysis_opening_the_sentence_is_unnamed():
    # seen fresh19 632 (新浪财经): 分析认为，一方面，山西作为煤炭资源大省…; fresh29 909: 分析预计，或将有23万亿美元…
    assert sources_of([["分析认为，一方面，山西作为煤炭资源大省，需求上涨、价格上升。"]]) == ["(unnamed: 分析)"]
    assert sources_of([["分析预计，或将有23万亿美元的全球资金陆续从美国市场撤离。"]]) == ["(unnamed: 分析)"]
    assert sources_of([["分析指出，楼市成交量已连续三个月回升。"]]) == ["(unnamed: 分析)"]


def test_unnamed_analysis_stays_an_unnamed_view_under_the_threshold():
    # convention 3: an unnamed commentator's view is no; the bare 分析 weighs as 分析人士 does
    assert not claims.tag_sentence("分析认为，一方面，山西作为煤炭资源大省，需求上涨。").checkworthy


def test_near_misses_keep_their_reading():
    # a named analyst, an act of analysing before the verb, a head alone jieba tags a verb (组织, fresh28 863)
    assert sources_of([["王某分析认为，这是一次误判。"]]) == ["王某"]
    assert sources_of([["听到消息说，他已经离开了。"]]) == [""]
    assert sources_of([["今年至今，有4300人登记，组织希望年底达到5500人的目标。"]]) == [""]


# --- a name inside a title is no antecedent --------------------------------------------------------------------------

def test_he_skips_a_name_inside_a_film_title():
    # fresh37 1048 (阮一峰's weekly): …他就指挥 AI 写… ⏎ 这个名字来自电影《疯狂麦克斯》… ⏎ 他说，…: not 麦克斯
    got = sources_of([["到这里还没完，前面说了，史蒂夫·耶格本人已经到了第8级。"],
                      ["于是，他就指挥 AI 写，并将这个工具起名为“煤气镇”。", "这个名字来自电影《疯狂麦克斯》第四部，是里面大反派老乔的老巢。",
                       "那里到处都是二手零件组成的燃气机，能正常工作，但是看上去摇摇欲坠。"],
                      ["他说，“煤气镇”的开发就是东拼西凑，能用就加上去。"]])
    assert got[-1] == "史蒂夫·耶格"


def test_he_skips_a_name_inside_a_book_title():
    # made up: a novel's hero named in 《》 between the speaker and his 他
    got = sources_of([["作家李明去年出版了新书。", "书名借自小说《基督山伯爵》，讲的是复仇。"],
                      ["他表示，下一部作品会转向科幻。"]])
    assert got[-1] == "李明"


def test_near_miss_a_person_named_outside_the_title_still_stands():
    got = sources_of([["导演乔治·米勒拍摄了电影《疯狂麦克斯》。"], ["他表示，续集已在筹备。"]])
    assert got[-1] == "乔治·米勒"


# --- a name the interpunct joins ---------------------------------------------------------------------------------------

def test_interpunct_joins_a_name_jieba_cut():
    # fresh37 1048: 史蒂夫·耶格（Steve Yegge）是一个著名的美国程序员。(史 is no transliteration character)
    assert claims.tag_sentence("史蒂夫·耶格（Steve Yegge）是一个著名的美国程序员。").actors == ("史蒂夫·耶格",)
    assert sources_of([["史蒂夫·耶格表示，AI 编程有8个级别。"]]) == ["史蒂夫·耶格"]


def test_unnamed_analysts_opinion_stays_under_the_threshold():
    # seen fresh32 942 (simplified here): once 分析人士 is read as the source, its view's +0.1 must not lift the writer's
    # opinion word (无疑) over the threshold: an unnamed commentator's opinion is no (convention 3)
    tag = claims.tag_sentence("分析人士指出，美联储加息既可以抑制通货膨胀，又不会对美国国内经济增长产生立竿见影的负面效果，"
                              "而总统大选还要等到11月，这对争取连任的布什来说无疑是个好消息。")
    assert tag.source == "(unnamed: 分析人士)" and not tag.checkworthy
    # near-misses: a count in the view, an informant's 透露 (a fact told), both stay flagged
    assert claims.tag_sentence("分析人士指出，今年前5个月该市房价无疑上涨了12%。").checkworthy
    assert claims.tag_sentence("业内人士透露，苹果公司将于9月召开发布会。").checkworthy
