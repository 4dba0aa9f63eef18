"""Mend after fresh13's scoring (mend14a): loader failures of fresh13, each fixed by class. Provenance of the
articles in data/eval/fresh13/SOURCES.tsv; expected values read off the files by hand.
"""

from conftest import load_text, role_holding, role_of

# fresh13 443 (hongtaiFan/test 新闻.txt @80c3d05): a scraper's plain-text dump of a college news page in GBK, the body
# hard-wrapped every 50 CHARACTERS (so a line with Latin digits is narrower on screen), the related links glued to
# their names by a colon. Whole file but the last two related links.
COLLEGE_NEWS = """标题：【新能源?活动】“大学之道”主题启蒙讲座顺利举行
时间：：2018年11月19日 
内容：
11月17日晚上19：00，由新能源学院学生会主办的“大学之道”主题启蒙讲座于M105室成功举办。本次
讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。在观看暖场视频后，主持
人高玉杰宣布讲座开始。第一位主讲人李培伦以“学习之道”为主题，结合真实案例与自己的经验对大学学习中
经常遇到的问题进行了分析，并解答了同学们提出的问题，为同学们提供了宝贵的学习经验。接下来，闫成真围
绕“创新之道”主题，针对三个问题——“为什么做科创？怎么做科创？如何加入科创？”做出了详细解答。闫
成真根据自身的科创经验，提出了以提高大学生工程素养为目的的科创理念，并提醒大家应平衡好学习与科创的
时间。随后，崔钦原从志愿服务的角度，对大学中的“志服之道”进行了深入解释。他以自身的志愿服务经验为
例，提醒大家在大学生涯中不要轻言放弃，并在自由提问环节对同学们提出的问题进行了详尽的解答。接下来，
李昀昊以学生工作为主题，提出了“亲热而不卑不亢，诚恳却有所保留”的“学生工作之道”。他用三个真实的
例子告诉同学们，做学生工作应始于热情，终于责任，始终以真诚的心为同学们服务。最后，胡颜冬老师对本次
讲座做出了总结，并表达了对四位主讲人的感谢以及对同学们的期望与祝愿，本次活动在大家热烈的掌声中结束
。(图/张雅琦 文/蒋涛)
图片：
新闻1.jpg：http://today.hitwh.edu.cn/_upload/article/images/b5/9d/4cb756a24acebe5c63fa91e29cff/51b618d0-8332-4c2f-af0e-3bbde18baec3.jpg
新闻2.jpg：http://today.hitwh.edu.cn/_upload/article/images/b5/9d/4cb756a24acebe5c63fa91e29cff/9f296ab0-45c6-4066-adb8-32051247c0da.jpg
新闻：
【材料·党建】材料学院召开党风廉政警示教育大会:http://today.hitwh.edu.cn/2019/0425/c1026a106005/page.htm
【新能源·航天日】新能源学院“中国航天日”主题微党课顺利开展:http://today.hitwh.edu.cn/2019/0424/c1026a105895/page.htm
"""


def test_text_wrapped_at_a_count_of_characters_joins_back_into_whole_sentences(tmp_path):
    article = load_text(tmp_path, "443.txt", COLLEGE_NEWS, encoding="gbk")
    body = " ".join(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    for sentence in ("本次讲座的嘉宾是新能源学院的胡颜冬老师，主讲人是李培伦、闫成真、崔钦原、李昀昊。",
                     "闫成真根据自身的科创经验，提出了以提高大学生工程素养为目的的科创理念，并提醒大家应平衡好学习与科创的时间。",
                     "他用三个真实的例子告诉同学们，做学生工作应始于热情，终于责任，始终以真诚的心为同学们服务。"):
        assert sentence in body
    assert article.coverage.ratio == 1.0


def test_empty_field_labels_and_links_glued_to_their_names_are_not_body(tmp_path):
    article = load_text(tmp_path, "443.txt", COLLEGE_NEWS, encoding="gbk")
    assert role_of(article, "内容：")[0] == "boilerplate"
    assert role_of(article, "新闻：")[0] == "boilerplate"
    assert role_holding(article, "新闻1.jpg：http://today.hitwh.edu.cn/_upload/")[0] == "boilerplate"
    assert role_holding(article, "材料学院召开党风廉政警示教育大会:http://today.hitwh.edu.cn/")[0] == "boilerplate"


# fresh13 452 (a saved page of 纽约时报中文网): the writer, 报道 and the date on one line under the headline.
NYT_DATE_LINE = """德州茶党支持者有望出任参议员

ERIK ECKHOLM 报道 2012年08月02日

德克萨斯州休斯顿——周二，在德克萨斯州共和党参议员候选人的决胜选举中，受到茶党支持的特德·克鲁兹击败了得到州长支持的戴维·迪赫斯特，这是茶党又一次在共和党内的胜利。

克鲁兹曾任德克萨斯州的副检察长，在此次选举中获得了超过一半的选票。
"""


def test_a_filing_or_role_word_is_never_an_outlet(tmp_path):
    from zhnews.load.meta import clean_outlet

    for word in ("报道", "報導", "报导", "记者", "编辑", "发自", "可能"):
        assert clean_outlet(word) is None, word
    article = load_text(tmp_path, "452.txt", NYT_DATE_LINE)
    assert article.meta["outlet"] is None
    assert article.meta["publish_date"] == "2012-08-02"


# fresh13 431 and 444: one-line scrapes (no newline at all) whose headline is glued to the text. 431 (first 869 characters,
# to a sentence's end): a headline with a quoted word, glued to 近日，; 444 (first 574 characters): a portal reprint
# flattened with its headline only as 原标题 and the source field glued after it.
DRONE_SURVEY = '绿地测绘安上“天眼” 江北区率先引进无人机航测开展城区绿地测绘近日，江北区新三江口公园内的公共绿地上，停了两架特别制作的航拍机，工作人员稍作调试后，两架机器稳步起飞，开始进行场地“巡逻”。为精准辖区内绿地面积，摸清辖区绿地家底，促进数字城近日，江北区新三江口公园内的公共绿地上，停了两架特别制作的航拍机，工作人员稍作调试后，两架机器稳步起飞，开始进行场地“巡逻”。为精准辖区内绿地面积，摸清辖区绿地家底，促进数字城市建设及城市管理精细化，1月底起，江北区率先在全市内引进无人机航测开展绿地测绘工作。别看小小两家机器，用处可不小。我们发现这两台航拍机上共设置了三个摄像装置，像三个“天眼”，据宁波数绘信息科技有限公司生产总监陈斌介绍，无人机航测具有机动灵活、高效快速、精细准确、作业成本低、适用范围广、生产周期短等特点，在小区域和飞行困难地区高分辨率影像快速获取方面具有明显优势。仅用了短短一个小时，航拍机已经完成对新三江口公园部分绿地的图像素材搜集作业，而在工作人员的操控平台上，已经新增了大量的区域航拍图，而这仅仅是绿地测绘工作的第一步。原来，通过“人机”组合模式生成相片组之后，技术人员将会把搜集起来的图片数据导入特定的系统，生成三维正射影像图、三维景观模型、三维地表模型等二维等一系列素材，通过一定量的智能处理和人工筛选，提取所需数据。据介绍，相比卫星和有人机测绘，可做到短时间内快速完成，大大提高绿化普查的效率，且成本较低。比如相比传统的人工测绘，无人机航测20分钟续航内测量面积可达0.4平方公里，之前一年的工作时间将能压缩到两个月内。与此同时无人机航测改变了原来“纸上笔下”的记录方式，可以大大避免出现因为笔误、计算错误带来的测量差错。</span>而智能化的数据存贮模式，更方便后期的存档和检查，“该系统携带的数码相机、数字彩色航摄相机等设备可快速获取地表信息，获取超高分辨率数字影像和高精度定位数据，可以说甚至在十年或者二十年后，也能实现如今的江北绿化场景的重现，便于进行后期各类环境下应用系统的开发和应用。”陈斌介绍说。'
YANG_LIWEI = '原标题：杨利伟再出山！新职务新使命来源：长安街知事卸任中国载人航天工程办公室主任1年后，“中国飞天第一人”杨利伟少将，于近日再获新职——载人航天工程副总设计师。长安街知事（微信ID：Capitalnews）注意到，今年初曾有人造谣诽谤“航天英雄”，受到官方的强烈谴责。10月15日下午，载人航天工程总设计师、空间科学首席专家首次聘任仪式在京举行。中国工程院院士周建平获聘总设计师，中国科学院院士顾逸东获聘空间科学首席专家，王忠贵、杨利伟、陈善广、周雁飞、刘晋、邓一兵、唐一华、张柏楠等8人获聘副总设计师。上世纪90年代，载人航天工程立项之初，就建立起“总指挥和总设计师”两条线的工程管理模式，在我国载人航天工程第一步、第二步任务中发挥了重要作用。随着我国载人航天进入“空间站时代”，创新选拔任用模式、充实总设计师队伍，成为工程建设发展的一项重大改革。经充分调研论证，载人航天工程总设计师、副总设计师由任命制改为聘任结合，来源涵盖工程总体以及航天员、空间站、飞船、运载火箭、空间应用、发射场、测控通信等各大系统，有利于更好发挥工程总体“龙头”作用。目前，我国空间站研制建设正稳步推进，工程全线积极备战高密度飞行任务，计划2020年执行长征五号B运载火箭发射场区合练及首飞任务，瞄准2022年前后建成中国人自己的空间站。杨利伟是中国培养的第一代航天员。'


def test_a_headline_with_a_quoted_word_glued_to_jinri_is_the_title(tmp_path):
    article = load_text(tmp_path, "431.txt", DRONE_SURVEY)
    assert article.meta["title"] == "绿地测绘安上“天眼” 江北区率先引进无人机航测开展城区绿地测绘"
    assert role_holding(article, "近日，江北区新三江口公园内的公共绿地上")[0] == "body"


def test_an_original_title_before_a_glued_source_field_is_the_title(tmp_path):
    article = load_text(tmp_path, "444.txt", YANG_LIWEI)
    assert article.meta["title"] == "杨利伟再出山！新职务新使命"
    assert role_of(article, "原标题：")[0] == "boilerplate"
    assert role_holding(article, "卸任中国载人航天工程办公室主任1年后")[0] == "body"


# fresh13 430 (a 總統府 news release saved as Big5 plain text): the date under the headline in the Republic of China's
# calendar. Headline, date line and the first paragraph.
PRESIDENT_RELEASE = """總統出席2017總統教育獎頒獎典禮
中華民國106年07月07日
蔡英文總統今（7）日下午出席2017總統教育獎頒獎典禮，除肯定獲獎同學是臺灣社會最珍貴的正面能量，也期勉渠等持續懷抱熱情，追求生命的美好。
總統說，此次共有56位同學獲獎，每一位的表現有目共睹。特別是今（2017）年有7位同學是第二次獲獎，大家不論在哪一個學習階段，都是持續奮戰、發光發亮。
"""


def test_a_minguo_date_line_is_the_publish_date_plus_1911(tmp_path):
    from zhnews.load.pieces import iso_date

    assert iso_date("中華民國106年07月07日") == "2017-07-07"
    assert iso_date("民国38年10月1日") == "1949-10-01"
    article = load_text(tmp_path, "430.txt", PRESIDENT_RELEASE, encoding="big5")
    assert article.meta["publish_date"] == "2017-07-07"
    assert role_of(article, "中華民國106年07月07日")[0] == "byline"


def test_a_capital_acronym_glued_to_an_outlet_name_is_dropped_a_mixed_case_brand_kept():
    from zhnews.load.meta import clean_outlet

    assert clean_outlet("香港經濟日報HKET") == "香港經濟日報"  # fresh13 453's JSON-LD publisher name
    assert clean_outlet("晚点LatePost") == "晚点LatePost"  # tune 34: the brand as the account writes it



# fresh13 436 (a crawl record, one line): the headline, a column tag in 【】 and the paper's dateline glued together
# (first 673 characters, to a sentence's end).
GANG_CRACKDOWN = '山西警方扫黑除恶行动集中收网打掉涉黑涉恶犯罪组织和团伙54个【消息】 本报太原2月14日讯（记者 雷清明）2月13日，山西省公安厅对外发布消息称，扫黑除恶专项行动启动以来，全省各级公安机关迅速对一大批在侦在办的涉黑涉恶案件实施了集中收网。截至目前，全省公安机关共打掉涉黑涉恶犯罪组织和团伙54个，其中，打掉涉嫌黑社会性质组织4个，打掉恶势力犯罪组织50个。在54个涉黑涉恶犯罪组织和团伙中，打掉“村霸”恶势力犯罪团伙7个、“行霸”恶势力犯罪团伙5个、“路霸”恶势力犯罪团伙5个、操纵“黄赌毒”犯罪团伙10个、暴力讨债团伙5个、强揽工程团伙3个、其他类型团伙19个；抓获犯罪嫌疑人573人，破获各类刑事案件473起，缴获枪支14支，查封、扣押、冻结涉案资产440.4万元，房产163套、车辆18辆。 在发布会上，警方还公布了数起扫黑除恶的典型案件。 太原警方成功打掉以任某军为首的涉嫌黑社会性质组织犯罪团伙。2017年5月27日，太原市公安机关接到群众举报，称其经营的机动车清洗中心被他人强占，在房屋电源被切断后，对方还纠集他人多次对其实施殴打，因此多处受伤。在公安机关前期调查中，办案民警发现，该团伙具有较十分明显的涉黑涉恶犯罪特点。 对此，太原市公安局立即成立专案组立案侦查，循线深挖，并且逐渐查明了“5.27”寻衅滋事案幕后的真相，并带破多起由该犯罪团伙实施的敲诈勒索、故意伤害等刑事案件。在掌握犯罪嫌疑人真实身份和活动轨迹后，2018年2月10日，专案组兵分多路，在海南三亚市和我省太原、临汾、吕梁三地市，对违法犯罪嫌疑人实施集中收网抓捕。'


def test_a_tag_in_brackets_after_a_glued_headline_ends_the_title_and_is_no_text(tmp_path):
    article = load_text(tmp_path, "436.txt", GANG_CRACKDOWN)
    assert article.meta["title"] == "山西警方扫黑除恶行动集中收网打掉涉黑涉恶犯罪组织和团伙54个"
    assert role_of(article, "【消息】")[0] == "boilerplate"
    assert article.meta["author"] == "雷清明"
