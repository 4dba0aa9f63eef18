"""Round 28 figure shapes (mend29c), from fresh31's misses read against the seen gold: a race time in minutes, seconds
and hundredths (7分48秒87) is one duration in seconds; titles in a row (四连冠) are a streak counted as 3连胜 is; 头名 is
first place; a verb of entering or leaving a ranking before a bare 前N (掉出前三) makes it a top N. Real sentences name
their file; the others are made-up variants of the same shape, and near-misses that must not change."""

import pytest

from test_quantities import _sentences
from zhnews.claims.quantities import find_quantities, quantities_table
from zhnews.text import to_simplified


def figures(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.kind, q.value, q.unit) for q in find_quantities(zhs)]


@pytest.mark.parametrize("text, expected", [
    # fresh31 922_html_sina_huanqiu_wechat_sunyang_800m: a swimmer's finishing times
    ("中国选手孙杨以7分48秒87的成绩获得了第五名，无缘这个项目的四连冠。", ("7分48秒87", "duration", "468.87", "second")),
    ("但他还是游出了7分49秒28的成绩，力压意大利名将德蒂获得小组头名", ("7分49秒28", "duration", "469.28", "second")),
    ("但他还是游出了7分49秒28的成绩，力压意大利名将德蒂获得小组头名", ("头名", "rank", "1", "")),
    ("中国选手孙杨以7分48秒87的成绩获得了第五名，无缘这个项目的四连冠。", ("四连冠", "count", "4", "")),
    # fresh31 922: 掉出前三
    ("100米时，孙杨掉出前三，第七道的德蒂排名第一。", ("前三", "rank", "3", "")),
    # made-up variants: a sprint, a marathon, a time without hundredths, a title streak in digits, other ranking verbs
    ("博尔特以9秒58打破世界纪录", ("9秒58", "duration", "9.58", "second")),
    ("他以2小时8分30秒的成绩夺冠", ("2小时8分30秒", "duration", "7710", "second")),
    ("她用时1分30秒完成比赛", ("1分30秒", "duration", "90", "second")),
    ("中国女排取得3连冠", ("3连冠", "count", "3", "")),
    ("这支球队本赛季首次挤进前八。", ("前八", "rank", "8", "")),
])
def test_sports_results_are_read(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, unexpected", [
    # a clock time's minutes and seconds stay a time and the seconds a plain unit
    ("上午9点30分15秒", "30分15秒"),
    ("17时48分30秒", "48分30秒"),
    # a period after 进入前三: 前三季度 is three quarters, no top three
    ("经济首次进入前三季度的高位", "前三"),
])
def test_clock_times_and_periods_are_no_race_times_or_top_n(text, unexpected):
    assert all(not (written == unexpected and kind in ("duration", "rank")) for written, kind, _, _ in figures(text))


def test_seconds_alone_keep_their_unit():
    assert ("30秒", "duration", "30", "second") in figures("每隔30秒刷新一次")


@pytest.mark.parametrize("text, expected", [
    # fresh31 926_md_wechat_daishudi_opencode_50k_stars
    ("今天我要介绍的主角，就是在GitHub上狂揽50.2K Star 的新晋开源编程神器：OpenCode 。", ("50.2K Star", "count", "50200", "Star")),
    ("在Github也有9.2K Star了", ("9.2K Star", "count", "9200", "Star")),
    # fresh4 121_wechat_jikezhijia_insforge_backend (outside its labelled stretch) and fresh31 927's title
    ("GitHub 上已有 9.1k stars，Apache 2.0 协议", ("9.1k stars", "count", "9100", "Star")),
    ("开源版 Claude Code 杀疯了，怒斩 70k+ Star！！", ("70k+ Star", "count", "70000", "Star")),
])
def test_a_thousand_stars_on_a_code_host(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh4 123_wechat_chaping_xpeng: a K glued to a metric unit stays its prefix
    ("车子已经跑了 1073km ，我们也发现了很多之前没注意到的问题", ("1073km", "measure", "1073", "公里")),
    ("承重只有 35kg ，用的时候还是要小心一点。", ("35kg", "measure", "35", "千克")),
])
def test_a_metric_k_is_no_thousand(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh31 920_html_huanqiu_xinhua_rental_housing, 925_md_gzh_commentary_india_hsr_modi
    ("实际上，过去8年间，棚户区改造已经使8000多万居民“出棚进楼”", ("8000多万", "count", "80000000", "人")),
    ("至今为止，印度仍有4亿农民没有一寸土地！", ("4亿", "count", "400000000", "人")),
    # fresh23 764, fresh28 866 (seen gold count rows)
    ("据了解，龙煤集团拥有19.5万员工，与全国煤炭企业相比", ("19.5万", "count", "195000", "人")),
    ("随着联邦政府各部门数百万工作人员本周开始领不到工资", ("数百万", "count", "1000000", "人")),
    # made-up variants
    ("全市约有120万学生参加考试", ("120万", "count", "1200000", "人")),
    ("该平台已吸引3亿用户注册", ("3亿", "count", "300000000", "人")),
])
def test_a_bare_large_number_before_people_counts_them(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh7 315_mohu_chinaworker: members stay a number (seen gold number)
    ("退出国际教育协会这个拥有3200万会员的国际教师工会组织", ("3200万", "number", "32000000", "")),
    # money before the people: still money
    ("公司向员工发放奖金3000万元", ("3000万元", "money", "30000000", "CNY")),
])
def test_a_population_members_and_money_are_no_count_of_people(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text, expected", [
    # fresh2 85_chinanews_qiushi_domestic_demand, fresh18 580: a population is a number, 人 no unit before 口
    ("正是因为我们这样一个拥有14亿人口的大国内需宽广深厚", ("14亿", "number", "1400000000", "")),
    ("绘制出了涉及中国8亿人口的多维度数据。", ("8亿", "number", "800000000", "")),
    # near-misses: people and visits keep their units
    ("我国仅处于义务教育阶段的在校生就达1.5亿人", ("1.5亿人", "count", "150000000", "人")),
    ("全年完成的营业性客运量高达176亿人次。", ("176亿人次", "count", "17600000000", "人次")),
])
def test_a_population_is_a_number(text, expected):
    assert expected in figures(text)


def test_an_article_after_a_title_and_a_say_verb_is_no_rank():
    # fresh31 920_html_huanqiu_xinhua_rental_housing (gold NOT)
    text = "他拿出今年5月公开征求意见的《住房租赁和销售管理条例（征求意见稿）》说，第十四条明确规定“除住房租赁合同约定的情况外，出租人不得扣留押金。"
    assert not [f for f in figures(text) if f[1] == "rank"]
    # made-up variant; a near-miss: a rank in a sentence with no title before it
    assert not [f for f in figures("《劳动合同法》中，第三条规定了订立合同的原则。") if f[1] == "rank"]
    assert ("第三", "rank", "3", "") in figures("他在比赛中排名第三，创造了个人最好成绩。")


def roles(text):
    zhs = to_simplified(text)
    return [(text[q.start:q.end], q.role) for q in find_quantities(zhs)]


@pytest.mark.parametrize("text, expected", [
    # fresh31 921_html_qq_cctv_cee_trade: levels each in its own clause, then their changes after 分别
    ("中欧班列开行1236列，运送货物11.9万标准箱，同比分别增长24％和33％，保持了稳中有进的发展势头。",
     [("1236列", "level"), ("11.9万标准箱", "level"), ("24％", "change_up"), ("33％", "change_up")]),
    # test 59_thucnews_land_market_line, fresh6 275_daqing_stats_bulletin_2012
    ("上述公告显示，5月份万科实现销售面积69.7万平方米，销售金额64.1亿元，同比分别增长19.3%和19.7%。",
     [("5月份", ""), ("69.7万平方米", "level"), ("64.1亿元", "level"), ("19.3%", "change_up"), ("19.7%", "change_up")]),
    # made-up variant: a fall
    ("全年实现营收12亿元，净利润3亿元，同比分别下降5%和8%。",
     [("12亿元", "level"), ("3亿元", "level"), ("5%", "change_down"), ("8%", "change_down")]),
    # near-misses, fresh25 801 and fresh26 822 (gold no role): a list after one verb, or joined by 、
    ("1-7月，新能源汽车产销量分别为50.4万辆和49.6万辆，同比分别增长85.0%和97.1%。",
     [("1-7月", ""), ("50.4万辆", ""), ("49.6万辆", ""), ("85.0%", "change_up"), ("97.1%", "change_up")]),
    # fresh31 925_md_gzh_commentary_india_hsr_modi, fresh10 360: two spans from one to the other
    ("该网建成后，从北部新德里到南部钦奈时间会从原先的28小时，缩短成6.5小时。", [("28小时", "level"), ("6.5小时", "level")]),
    ("他们用Meshy把概念设计到基础网格再到游戏的过程，从4个小时缩短到4分钟。", [("4个小时", "level"), ("4分钟", "level")]),
    # near-miss: a span with no second one stays without a role
    ("项目从启动到完成用了28小时。", [("28小时", "")]),
])
def test_levels_before_their_changes_and_spans_from_one_to_another(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fresh13 440_txt_yangguangwang_change5, fresh14 464_wechat_zhinengchecankao, fresh16 531_page_wushijituan,
    # fresh19 623_md_wechat_hemlab_flood_forecast, fresh6 262_ruanyifeng_xinwen_mine_flood
    ("另一方面，据介绍，这次修正过程中还将在轨验证探测器上3000N主发动机的性能。", ("3000N", "measure", "3000", "N")),
    ("在使用三元电芯的情况下，麒麟电池能量密度可达 255Wh/kg；", ("255Wh/kg", "measure", "255", "Wh/kg")),
    ("市长吴锦宣布重大项目暨娲石6200t/d新型绿色智能化熟料生产线开工", ("6200t/d", "measure", "6200", "t/d")),
    ("成功验证了其提前34小时发布10m精度的精确洪水淹没预报的能力", ("10m", "measure", "10", "米")),
    ("能卖40KG猪肉的价钱", ("40KG", "measure", "40", "千克")),
    # containers counted (fresh31 921)
    ("中欧班列开行1236列，运送货物11.9万标准箱", ("11.9万标准箱", "count", "119000", "标准箱")),
])
def test_latin_units_and_containers(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text", [
    "手机搭载骁龙810处理器、4G内存",  # a network generation or memory size, no metre or newton
    "车机可不可以玩 3A 游戏",  # fresh4 123: 3A games (gold NOT)
    "华为Mate 60发布",
])
def test_latin_letters_that_are_no_si_unit(text):
    assert not [f for f in figures(text) if f[3] in ("米", "N")]


@pytest.mark.parametrize("text, expected", [
    ("台南市林姓市民上個月13日到安平區東東宴會式場，席開36桌舉辦女兒歸寧宴。", ("36桌", "count", "36", "桌")),  # fresh18 574
    ("曹方和大班音乐工作室仅邀请80席嘉宾参加", ("80席", "count", "80", "席")),  # fresh19 631
    ("犯罪嫌疑人任某军等8名团伙成员已悉数落网，缴获枪支5把。", ("5把", "count", "5", "把")),  # fresh13 436
    ("其中 i9-9900K首次采用8核16线程设计，主频3.6GHz", ("16线程", "count", "16", "线程")),  # fresh30 902
    ("英特尔同时还发布了全新的至强W-3175X处理器，拥有28核心56线程", ("28核心", "count", "28", "核")),
    ("草案分为总则、勞動調解程序、附則等5章，合計53條條文", ("5章", "count", "5", "章")),  # fresh30 908
])
def test_measure_words_counted_after_digits(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize("text", [
    "全队这场能踢的中前场甚至凑不齐一桌麻将。",  # fresh18 564: unlabelled
    "将汇率作为工具是一把双刃剑",  # fresh15 501: unlabelled
    "完成3核酸检测",  # made-up: 核 begins another word
])
def test_figures_of_speech_and_other_words_are_no_count(text):
    assert not [f for f in figures(text) if f[3] in ("桌", "把", "核")]


def test_a_years_boundary_anchors_no_date_without_a_publish_date():
    """fresh30 909 (no publish date): 至少在2027年之前 is how long a forecast holds; 8月20日 later in its paragraph is no
    day of 2027."""
    table = quantities_table(_sentences(
        (0, "报告同时预测，至少在2027年之前，W-2申报数量都将低于先前估计水平。"),
        (0, "而据美国媒体8月20日报道，失业人数继续上升。"),
    ), publish_date=None)
    assert not dict(zip(table.text, table.value))["8月20日"].startswith("2027")
    # near-miss: a year told as the time of an event still dates the day after it
    table = quantities_table(_sentences(
        (0, "2019年，该公司开始裁员。"),
        (0, "8月20日，公司宣布关闭工厂。"),
    ), publish_date=None)
    assert dict(zip(table.text, table.value))["8月20日"] == "2019-08-20"


def test_a_decade_dates_no_month_in_its_passage():
    """fresh30 909: 上世纪三十年代初 names an era; 二季度 in the same paragraph is no quarter of 1930."""
    table = quantities_table(_sentences(
        (0, "要知道，上世纪三十年代初，美国大萧条时期，黄金价格被人为固定。"),
        (0, "例如，股神巴菲特二季度买入了黄金矿业股。"),
    ), publish_date=None)
    assert not dict(zip(table.text, table.value))["二季度"].startswith("1930")


def test_two_people_quarrelling_are_still_two_people():
    # fresh17 552_txt_appledaily_tw_taichung_fortune_dispute_killing (gold count 2 twice)
    text = "昨天他帶刀要去質問對方為什麼要這樣做，對方否認，兩人口角他憤而行兇"
    assert ("兩人", "count", "2", "人") in figures(text)


def test_a_product_of_dimensions_with_a_latin_unit_is_one_measure():
    # fresh19 623_md_wechat_hemlab_flood_forecast_wrr (gold: 10m×10m, one measure)
    assert figures("通过多GPU加速技术实现全流域2500万（10m×10m）网格级别的二维水动力学洪水模拟")[1:] == [
        ("10m×10m", "measure", "10", "米")]
    # near-misses: the unit after the product, and a screen's resolution glued to Latin
    assert ("20×12×3.2厘米", "measure", "20", "厘米") in figures("20×12×3.2厘米的箱子")
    assert not figures("分辨率1920x1080p")
