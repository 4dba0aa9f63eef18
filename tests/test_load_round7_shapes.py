"""Shapes of round 7's loader work: fresh5's misses (seen since its scoring), each as a short article or line of
the same shape built from the articles' own text; expected values are read off the text by hand. Beside each,
a line of similar look that must not fire.
"""

import pytest

from conftest import body, load_text, role_holding, role_of
from zhnews.load.meta import clean_names, clean_outlet, resolve
from zhnews.load.pieces import Clue, header_field
from zhnews.load.roles import first_cue

# Two paragraphs of 178 (中国经营报), reused as the body of the plain-text shapes.
FIRE_A = "一场火灾，女主人朱小贞和三个孩子永远离开人世。近日，备受舆论关注的“杭州保姆纵火案”有了新进展。"
FIRE_B = ("5月28日，浙江省杭州市中级人民法院正式立案受理“杭州保姆纵火案”受害人林生斌等三人诉绿城物业服务集团有限公司"
          "等九被告的生命权纠纷民事案件，索赔数额共计1.3亿元。")
FIRE_C = "虽然二审还未正式宣判，但其对法律表示有信心。林生斌说，民事诉讼即将开始，希望生命的代价能唤醒社会对高层住宅消防的重视。"


def test_a_topic_reader_export_s_header_block_is_meta_and_chrome(tmp_path):
    # 157: the exporter's fields under the heading, in a file whose English lines are hard-wrapped (every
    # line break inside a paragraph would otherwise be joined); 文章作者 is the account, not a writer
    text = (
        "# Mamba作者带斯坦福同学、导师创业，Cartesia获2700万美元种子轮融资\n\n"
        "文章作者: 机器之心\n发布时间: 2024-12-13 15:29\n发布地: 北京\n"
        "原文链接: http://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650947034\n\n"
        "封面图链接: https://mmbiz.qpic.cn/sz_mmbiz_jpg/KmXPKA19gW9SC6/300\n\n"
        "**编辑：Panda、佳琪**\n\n"
        "Mamba 这种状态空间模型（SSM）被认为是 Transformer 架构的有力挑战者。近段时间，相关研究成果接连不断。而就在不久前，Mamba 作者\n"
        "Albert Gu 与 Karan Goel、Chris Ré、Arjun Desai、Brandon Yang 一起共同创立的 Cartesia 获得\n"
        "2700 万美元种子轮融资。\n\n"
        "Cartesia 创立于 2023\n年。该团队在相关博客中写到，他们的使命是「构建具有长记忆能力的实时智能，无论你身在何处都能运行。」\n"
    )
    article = load_text(tmp_path, "export.md", text)
    assert (article.meta["outlet"], article.meta["publish_date"], article.meta["author"]) == ("机器之心", "2024-12-13", None)
    assert article.meta["outlet_source"] == "header field: 文章作者: 机器之心"
    for line in ("文章作者: 机器之心", "发布时间: 2024-12-13 15:29", "发布地: 北京", "原文链接:", "封面图链接:"):
        assert role_of(article, line)[0] in ("byline", "boilerplate"), line
    assert role_holding(article, "Mamba 这种状态空间模型")[0] == "body"
    assert role_holding(article, "Albert Gu 与 Karan Goel")[0] == "body"  # the wrapped lines are joined still


def test_one_header_like_line_is_no_header_block(tmp_path):
    # a single 发布时间: line between paragraphs is left to the cues: a run needs two fields, one a line, unless
    # the label is one only an exporter writes (文章作者)
    text = f"# 标题在这里的一篇文章\n\n{FIRE_A}\n\n发布时间: 2018-05-30\n\n{FIRE_B}\n\n{FIRE_C}\n"
    article = load_text(tmp_path, "one.md", text)
    assert role_of(article, "发布时间: 2018-05-30")[1] != "header_field"
    assert header_field("标题:保姆纵火案") == ("标题", "title", 3, False)
    assert header_field("**來源：** 大公報")[:2] == ("來源", "outlet")  # 151: markdown's emphasis around the label
    assert header_field("标题党的说法并不新鲜") is None
    alone = load_text(tmp_path, "alone.md", f"# 标题在这里的一篇文章\n\n文章作者: 机器之心\n\n{FIRE_A}\n\n{FIRE_B}\n\n{FIRE_C}\n")
    assert (alone.meta["outlet"], role_of(alone, "文章作者: 机器之心")[1]) == ("机器之心", "header_field")


@pytest.mark.parametrize("headline, site, outlet", [
    ("保姆纵火案绿城物业等单位被索赔1.3亿 杭州中院已受理", " - 中经快讯 - 中国经营网", "中国经营网"),
    ("榆林产妇坠楼事件续：家属及当地卫计委征寻目击者", "-西部网 陕西新闻网", "西部网 陕西新闻网"),
])
def test_a_crawler_s_header_gives_the_headline_without_the_site_and_the_body_after_its_label(tmp_path, headline, site, outlet):
    # 178, 179: 标题:/发布时间:/正文: on top; the site after the headline is the platform that ran the page
    text = f"标题:{headline}{site}\n发布时间:2018-05-30 16:04:05\n正文:本报记者刘颂辉上海报道\n{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n"
    article = load_text(tmp_path, "crawl.txt", text)
    assert article.meta["title"] == headline
    assert (article.meta["outlet"], article.meta["author"], article.meta["publish_date"]) == (outlet, "刘颂辉", "2018-05-30")
    assert role_of(article, "标题:") == ("boilerplate", "header_field")
    assert role_of(article, "正文:") == ("boilerplate", "header_field")
    assert role_of(article, "本报记者刘颂辉上海报道")[0] == "byline"
    assert body(article)[0] == FIRE_A


def test_the_text_s_outlet_beats_the_site_after_a_crawled_headline(tmp_path):
    text = (f"标题:保姆纵火案绿城物业等单位被索赔1.3亿 杭州中院已受理 - 中经快讯 - 中国经营网\n发布时间:2018-05-30 16:04:05\n"
            f"正文:{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n来源：中国经营报\n")
    assert load_text(tmp_path, "crawl.txt", text).meta["outlet"] == "中国经营报"


def test_an_archive_s_bold_metadata_block_below_the_lede(tmp_path):
    # 163: 中国数字时代's block (no heading in the file) below the lede, which stays the article's
    lede = "河北省涿州市三面临水。从北边北京市房山区南下的小清河在涿州东北处与琉璃河、北拒马河及白沟河相会。"
    text = (
        f"{lede}\n\n这一带也是海河流域的重要蓄滞洪区——小清河分洪区的所在。\n\n"
        "**标题：** 涿州，京津冀水灾的新战场\n**作者：** 南方人物周刊\n**发表日期：** 2023.8.3\n"
        "**来源：** 微信公众号“南方人物周刊”\n**主题归类：** 洪灾\n"
        "**版权说明：** 该作品版权归原作者所有。中国数字时代仅对原作进行存档，以对抗中国的网络审查。\n\n"
        "受台风“杜苏芮”影响，河北省多地自7月29日以来遭遇强降雨。在上游行洪及强降雨的双重压力下，涿州市于7月31日晚启动红色预警。\n\n"
        "目前仍有一部分涿州群众受困。网络传播的一份“涿州区域救援登记”显示，不少受困人员急需干粮饮水，并且有不少人急需用药。\n"
    )
    article = load_text(tmp_path, "cdt.md", text)
    assert article.meta["title"] == "涿州，京津冀水灾的新战场"
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("南方人物周刊", "2023-08-03")
    assert article.meta["author"] is None  # 作者： names the account, no person
    assert role_holding(article, "河北省涿州市三面临水")[0] == "body"
    for line in ("作者： 南方人物周刊", "主题归类： 洪灾"):
        assert role_of(article, line)[0] != "body", line
    assert role_holding(article, "该作品版权归原作者所有")[0] == "boilerplate"


def test_a_closing_credit_names_the_paper_and_the_writer_not_the_chart_maker(tmp_path):
    # 180: the only place the outlet and the writer are named
    text = f"{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n北京商报记者石飞月/文宋媛媛/制表"
    article = load_text(tmp_path, "credit.txt", text)
    assert (article.meta["outlet"], article.meta["author"]) == ("北京商报", "石飞月")
    assert role_of(article, "北京商报记者石飞月/文宋媛媛/制表")[0] == "byline"
    hit = first_cue("实习记者王明/文", "tail")
    assert not hit or hit[1].groupdict().get("outlet") is None  # a rank is no paper


def test_a_repost_note_names_the_original_and_its_writer(tmp_path):
    # 181: the first line; the platform's app plea under the story is chrome
    text = f"本文编选自“第一财经”，作者周佳。\n{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n（更多最新最全港股资讯，请点击下载智通财经App）"
    article = load_text(tmp_path, "repost.txt", text)
    assert (article.meta["outlet"], article.meta["author"]) == ("第一财经", "周佳")
    assert role_of(article, "本文编选自“第一财经”，作者周佳。")[0] == "boilerplate"
    assert role_of(article, "（更多最新最全港股资讯，请点击下载智通财经App）")[0] == "boilerplate"


def test_a_source_glued_to_a_one_line_dump_s_last_sentence(tmp_path):
    # 170: the whole story on one line, the credit glued after its last full stop
    text = (FIRE_A + FIRE_B + FIRE_C) * 3 + "面对一线城市就业空间的紧张，到新一线城市则成了不少应届毕业生的不二选择。来源：工人日报"
    article = load_text(tmp_path, "dump.txt", text)
    assert article.meta["outlet"] == "工人日报"
    assert role_of(article, "来源：工人日报")[0] == "boilerplate"
    assert body(article)[-1].endswith("不二选择。")


@pytest.mark.parametrize("value, outlet", [
    ("四川日报实习编辑：吴明玲", "四川日报"),   # 173: the editor's label glued to the source
    ("四川日报", "四川日报"),
    ("新华社记者：王明", "新华社"),
])
def test_a_source_value_ends_where_a_glued_label_starts(value, outlet):
    assert clean_outlet(value) == outlet


def test_a_print_headline_and_byline_glued_into_a_record_s_content(tmp_path):
    # 167: the content opens with the print headline (a longer form of <contenttitle>) and the byline
    content = ("重庆上邦高球场运营７年背后：非法占地７６４亩被罚１２７３万每经记者\u3000刘林鹏\u3000发自成都未经批准非法占地７６４亩，"
               "重庆上邦高尔夫球场的开发商——重庆腾翔实业有限公司（以下简称腾翔实业）付出了１２７３万元的代价。"
               + FIRE_B * 4)
    text = ("<doc>\n<url>http://biz.cn.yahoo.com/ypen/20120615/1113760.html</url>\n<docno>ed03a93195e7bc78</docno>\n"
            f"<contenttitle>重庆上邦高球场非法占地７６４亩被罚１２７３万</contenttitle>\n<content>{content}</content>\n</doc>\n")
    article = load_text(tmp_path, "record.txt", text)
    assert article.meta["title"] == "重庆上邦高球场非法占地７６４亩被罚１２７３万"
    assert article.meta["author"] == "刘林鹏"
    assert role_of(article, "重庆上邦高球场运营７年背后：非法占地７６４亩被罚１２７３万") == ("boilerplate", "repeated_title")
    assert body(article)[0].startswith("未经批准非法占地７６４亩")


def test_an_outlet_and_a_month_day_stamp_under_the_headline(tmp_path):
    # 156: no year, so no date; the outlet is named
    text = f"什么样的招聘系统，才能为公司留下优秀人才\n界面新闻07-3112:29\n\n{FIRE_A}\n\n{FIRE_B}\n\n{FIRE_C}\n"
    article = load_text(tmp_path, "jiemian.txt", text)
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("界面新闻", None)
    assert role_of(article, "界面新闻07-3112:29")[0] == "byline"


@pytest.mark.parametrize("title, headline, outlet", [
    ("后生价值 | 一审不判离：十万份判决书，勾勒出离婚自由的末路", "一审不判离：十万份判决书，勾勒出离婚自由的末路", "后生价值"),
    ("星河动力 刘百奇：商业航天不必照搬 SpaceX | Founder 100", "星河动力 刘百奇：商业航天不必照搬 SpaceX", None),
    ("拉人进群被跨省传唤｜律师：可提起行政复议或诉讼", "拉人进群被跨省传唤｜律师：可提起行政复议或诉讼", None),  # two halves
    ("独家专访 | 刘百奇：商业航天不必照搬 SpaceX", "刘百奇：商业航天不必照搬 SpaceX", None),  # a badge is no outlet
])
def test_a_column_s_name_or_tag_around_the_bar_leaves_the_title(title, headline, outlet):
    chosen = resolve([Clue("title", title, "first heading (#)")], [], None, "a.md")
    assert chosen["title"][0] == headline
    assert chosen.get("outlet", (None,))[0] == outlet


def test_an_outlet_named_elsewhere_beats_a_column_s_name_before_the_bar():
    chosen = resolve([Clue("title", "后生价值 | 一审不判离：十万份判决书", "first heading (#)"),
                      Clue("outlet", "中国数字时代", "feed", "page")], [], None, "a.md")
    assert chosen["outlet"][0] == "中国数字时代"


def test_a_channel_s_teasers_closed_by_month_day_stamps(tmp_path):
    # 179: under the story, a run of other stories' teasers, each a channel word, a sentence and its date
    teasers = ["体育9月8日上午，第十三届全运会闭幕前新闻发布会在全运会主新闻中心2楼新闻发布厅举行。09-08",
               "财经1—6月，全社会用电量累计32291亿千瓦时，同比增长9.4%。07-15",
               "美食黄瓜是我们日常餐桌上极为常见的蔬菜之一。黄瓜中富含维生素B1，所以对改善大脑和神经系统功能有利，能安神定志。07-12"]
    text = "\n\n".join(["榆林产妇坠楼事件续：家属及当地卫计委征寻目击者", FIRE_A, FIRE_B, FIRE_C,
                       "打开微信，点击 “ 发现 ” ，使用 “ 扫一扫 ” 即可将网页分享至朋友圈。", *teasers]) + "\n"
    article = load_text(tmp_path, "cnwest.txt", text)
    for teaser in teasers:
        assert role_of(article, teaser) == ("boilerplate", "related"), teaser
    assert role_holding(article, "即可将网页分享至朋友圈")[0] == "boilerplate"
    assert body(article)[-1] == FIRE_C
    # two such lines are not a run: an article may end a paragraph with a date once
    two = load_text(tmp_path, "two.txt", "\n\n".join(["一个标题在这里", FIRE_A, FIRE_B, teasers[0], FIRE_C, teasers[1]]) + "\n")
    assert role_of(two, teasers[0])[0] == "body"


def test_a_disclaimer_about_all_above_closes_the_article(tmp_path):
    # 158: the guests' bios and the podcast promo under 以上嘉宾观点不代表…立场 are furniture
    bio = "博士，星河动力创始人，国家科技奖获得者，中关村高端领军人才。曾先后就职于北航、航天一院、军科委创新特区。"
    text = (f"# 星河动力 刘百奇：商业航天不必照搬 SpaceX\n\n{FIRE_A}\n\n{FIRE_B}\n\n{FIRE_C}\n\n"
            f"以上嘉宾观点不代表 Founder Park 立场，也不构成任何投资建议。\n\n![](a.jpg)\n\n{bio}\n\n"
            "更多科技创业者的采访，欢迎在**小宇宙** 或者**苹果播客** 收听我们的播客节目「创业真人秀」。\n")
    article = load_text(tmp_path, "fp.md", text)
    assert role_holding(article, "以上嘉宾观点不代表")[0] == "boilerplate"
    assert role_of(article, bio)[0] == "boilerplate"
    assert role_holding(article, "收听我们的播客节目")[0] == "boilerplate"
    assert body(article)[-1] == FIRE_C


def test_a_feed_archiver_s_wrapper_around_the_content(tmp_path):
    # 162: the byline right after the wrapper's opening is read; the wrapper's close is not glued to the last sentence
    text = ("# 后生价值 | 一审不判离：十万份判决书，勾勒出离婚自由的末路\n\n2021-02-23\n\n"
            "[{'type': 'text/html', 'language': None, 'base': 'https://chinadigitaltimes.net/chinese/feed', 'value': '作者：鲁莱\n\n"
            "编辑： 苗硕、陆召袂\n\n1984年，在中国政府正式签署并批准了《消除对妇女一切形式歧视公约》（CEDAW）的四年后，中方代表向联合国提交了国别报告。\n\n"
            "婚姻自由是此次报告的核心议题之一。这也是各国对中方报告的主要质问领域。\n\n"
            "「对法官来说，婚姻的维持比婚姻的解体更好吗？」'}]\n")
    article = load_text(tmp_path, "cdt.md", text)
    assert (article.meta["author"], article.meta["outlet"]) == ("鲁莱", "后生价值")
    assert article.meta["title"] == "一审不判离：十万份判决书，勾勒出离婚自由的末路"
    assert role_of(article, "'}]") == ("boilerplate", "markup")
    assert body(article)[-1] == "「对法官来说，婚姻的维持比婚姻的解体更好吗？」"


def test_an_explicit_line_break_ends_a_caption_joined_to_its_picture(tmp_path):
    # 157: image, italic caption with two trailing spaces, then the sentence, in a hard-wrapped export
    text = ("# 标题：Cartesia 的团队\n\nMamba 这种状态空间模型被认为是 Transformer\n架构的有力挑战者。近段时间，相关研究成果接连不断，而且还在继续增加。\n\n"
            "除了以上的联合创始团队，Cartesia 还吸纳了另一些研究者和开发者的加入。  \n"
            "![](https://mmbiz.qpic.cn/a.png)\n_Cartesia 的技术团队_  \nCartesia 也有一个相当厉害的顾问团队。  \n")
    article = load_text(tmp_path, "wrap.md", text)
    assert role_of(article, "Cartesia 的技术团队") == ("caption", "image_caption")
    assert role_of(article, "Cartesia 也有一个相当厉害的顾问团队。")[0] == "body"


@pytest.mark.parametrize("byline, names", [
    ("陳冠勳 張梓嘉 溫正衡／新北 台南報導 發布時間：2023-08-24 12:31", "陳冠勳、張梓嘉、溫正衡"),  # 172's <meta author>
    ("記者林怡君／台北報導", "林怡君"),
    ("王明／文 李华／摄", "王明、李华"),  # roles after the slash, no place: both names stay
])
def test_the_places_a_byline_files_from_are_no_names(byline, names):
    assert clean_names(byline) == names


def test_teasers_stamped_with_a_full_date_and_time(tmp_path):
    teasers = ["财经今年上半年，全行业累计完成快递业务量预计达220.8亿件。2018-07-15 10:22",
               "文化会议传达中央和我省有关会议精神，通报2017年度全省文化产业专项考核情况。2018-07-13 09:01",
               "旅游西安威斯汀大酒店花样小课堂，就是要让你的暑假嗨起来。2018-07-12 18:40"]
    article = load_text(tmp_path, "list.txt", "\n\n".join(["一个标题在这里", FIRE_A, FIRE_B, FIRE_C, *teasers]) + "\n")
    assert [role_of(article, teaser)[0] for teaser in teasers] == ["boilerplate"] * 3
    assert body(article)[-1] == FIRE_C


def test_a_guests_bio_heading_under_the_article_closes_it(tmp_path):
    bio = "航空爱好者，科普作家，科学松鼠会成员，纪录片《舌尖上的中国》和科学综艺节目《加油向未来》的科学顾问。"
    text = f"# 商业航天不必照搬 SpaceX\n\n{FIRE_A}\n\n{FIRE_B}\n\n{FIRE_C}\n\n**嘉宾简介**\n\n{bio}\n"
    article = load_text(tmp_path, "guests.md", text)
    assert role_of(article, bio)[0] == "boilerplate"
    assert body(article)[-1] == FIRE_C


def test_an_exporter_s_account_field_names_the_outlet(tmp_path):
    text = f"# 一个标题在这里的文章\n\n公众号: 数据吐槽中心\n发布时间: 2023-02-01 08:00\n\n{FIRE_A}\n\n{FIRE_B}\n\n{FIRE_C}\n"
    article = load_text(tmp_path, "acct.md", text)
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("数据吐槽中心", "2023-02-01")


def test_a_caption_opened_by_a_triangle_is_not_glued_to_the_sentence_under_it(tmp_path):
    # 163: no blank line between the caption and the next paragraph
    caption = "▲河北涿州水尚仁佳小区地库塌方，楼房被洪水围困 图/视频截图"
    text = (f"# 涿州，京津冀水灾的新战场\n\n{FIRE_A}\n\n![image](https://example.org/a.png)\n\n\n{caption}\n"
            "自7月31日被困后，谢勇一干人曾见到过三批救援队员驾驶冲锋舟路过小区。谢勇等人向他们求救。\n\n"
            f"{FIRE_B}\n\n{FIRE_C}\n")
    article = load_text(tmp_path, "cdt.md", text)
    assert role_of(article, caption)[0] == "caption"
    assert role_of(article, "自7月31日被困后，谢勇一干人曾见到过三批救援队员驾驶冲锋舟路过小区。谢勇等人向他们求救。")[0] == "body"


def test_a_bracketed_reporter_credit_at_the_end_names_the_paper(tmp_path):
    # 173's shape: （四川日报记者 江芸涵） closing the story, no 来源 line
    article = load_text(tmp_path, "scrb.txt", f"{FIRE_A}\n{FIRE_B}\n{FIRE_C}（四川日报记者 江芸涵）")
    assert (article.meta["outlet"], article.meta["author"]) == ("四川日报", "江芸涵")
    mine = load_text(tmp_path, "own.txt", f"{FIRE_A}\n{FIRE_B}\n{FIRE_C}（本报记者 江芸涵）")
    assert (mine.meta["outlet"], mine.meta["author"]) == (None, "江芸涵")  # 本报 names no paper


def test_a_repost_note_on_the_first_line_is_no_title(tmp_path):
    article = load_text(tmp_path, "repost.txt", f"转自：新京报\n{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n")
    assert (article.meta["title"], article.meta["outlet"]) == (None, "新京报")
    headline = load_text(tmp_path, "title.txt", f"保姆纵火案被索赔1.3亿\n{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n")
    assert headline.meta["title"] == "保姆纵火案被索赔1.3亿"


def test_a_lone_crawled_title_field_loses_its_label_and_the_site(tmp_path):
    article = load_text(tmp_path, "crawl.txt", f"标题：保姆纵火案被索赔1.3亿_新闻频道_央视网\n{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n")
    assert (article.meta["title"], article.meta["outlet"]) == ("保姆纵火案被索赔1.3亿", "央视网")
    assert role_of(article, "标题：") == ("boilerplate", "header_field")


def test_a_crawled_headline_with_a_hyphen_and_no_site_keeps_it(tmp_path):
    text = f"标题:中国-东盟博览会在南宁开幕\n发布时间:2018-09-12 10:00:00\n正文:{FIRE_A}\n{FIRE_B}\n{FIRE_C}\n"
    article = load_text(tmp_path, "crawl.txt", text)
    assert (article.meta["title"], article.meta["outlet"]) == ("中国-东盟博览会在南宁开幕", None)
