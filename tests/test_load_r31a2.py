"""Round 30 (r31a2): the loader's misses on the seen splits that recur across articles.

* A desk's credits a one-line export runs together with no blank (WeChat posts saved as a CSV row whose content lost
  its line breaks: ``…的屏障。”审核|卢长银编辑|吴锦校对|徐璐明了解《环球时报》的三观请长按下方二维码关注我们…``, fresh33
  964-969; ``采写丨余忠亮摄影丨吴建国制图丨余逸欣 执行编辑丨…``, fresh19 622): where two bar credits follow each other, each
  starts a line of its own, so the credit and source cues read them (``来源|观察者网`` names the outlet, ``采写丨X`` the
  writer); the last credit keeps the account's footer glued after it, chrome under the text.
* A news API's record pasted into a Javadoc comment (``* title : …`` / ``* time : 1438141088000``, fresh18 563, fresh30
  902): a later run of key : value lines is the same record, resumed after a text field's many lines, unless it repeats
  a key the record had (a related story's ``id``, ``title``); a date field in Unix time (seconds or milliseconds) is
  the day it names in China.
* The doc comment right above a class's declaration (``/** @Author … @Date 2019/7/15 20:29 */ public class LogUtil {``,
  fresh33 970; ``作者：… 时间：…``, fresh30 902; ``Date 2017/5/8 Editor …``, fresh27 849) names the code's author and day:
  chrome, no byline or date of the story the file holds.
* A program's messages in string literals with no sentence (``System.out.println("無任何規則配對到");``, fresh30 908,
  909) are code, chrome after the text a test hard-codes.
* A bare ``编辑|X`` credit names the writer of a first-person piece only where it is the text's one credit line: beside
  a desk's other credits (审核, 校对) it is the desk's editor (a paper's editorial says 我们 too, fresh33 969).

The quoted lines are the articles' as written (cut small); the other texts are made up in the same shapes (outlets,
names, figures invented or moved), with near-misses that must not change.
"""

from conftest import body, load_text, role_of

FIRST = "日本农林水产省日前发布的数据显示，2024年上半年，日本农林水产品和其他食品出口额出现4年来首次下滑，同比降低1.8%，总出口额为7013亿日元。"
SECOND = "其中，对中国大陆出口额骤降43.8%，仅为784亿日元，海鲜出口额下降92.3%，仅35亿日元，日本政府原计划到2025年将食品出口总额提升到2万亿日元。"
# a sentence in the first person plural, as an editorial or a quoted minister says it
THIRD = "日本农林水产大臣坂本哲志说：“我们希望尽一切政策努力改善此情况。”据他透露，日政府还希望向中国等国家和地区寻求取消对日相关进口禁令。"
TEXT = FIRST + SECOND + THIRD


def csv_row(content: str) -> str:
    """A WeChat post saved as a CSV row whose content field lost its line breaks (fresh33 964-969, fresh19 622)."""
    return f"title,time,content\n日本对华食品出口断崖式下降,2024-08-06 19:28:42,\"{content}\"\n"


# ------------------------------------------------------------------- a desk's credits run together


def test_credits_run_together_after_the_last_sentence_are_each_a_line_of_chrome(tmp_path):
    # fresh33 964: …维护食品安全和公众健康。（青桂）审核|卢长银编辑|吴锦校对|徐璐明了解《环球时报》的三观请长按下方二维码关注我们
    # or回到文章顶部，点击环球时报（微信公众号ID：hqsbwx）
    footer = "校对|徐璐明了解《环球时报》的三观请长按下方二维码关注我们or回到文章顶部，点击环球时报（微信公众号ID：hqsbwx）"
    article = load_text(tmp_path, "post.csv", csv_row(f"{TEXT}（青桂）审核|卢长银编辑|吴锦{footer}"))
    assert body(article) == [TEXT]
    assert role_of(article, "审核|卢长银") == ("boilerplate", "editor_credit")
    assert role_of(article, "编辑|吴锦") == ("boilerplate", "editor_credit")
    assert role_of(article, footer)[0] == "boilerplate"
    assert article.meta["outlet"] == "环球时报"


def test_a_source_credit_in_the_run_names_the_outlet(tmp_path):
    # fresh33 965: …服刑20年的处罚。来源|观察者网审核|郝珺石编辑|徐铉校对|郭炜桐了解《环球时报》的三观…
    article = load_text(tmp_path, "post.csv", csv_row(f"{TEXT}来源|观察者网审核|郝珺石编辑|徐铉校对|郭炜桐了解《环球时报》的三观请长按下方二维码关注我们"))
    assert role_of(article, "来源|观察者网") == ("boilerplate", "source_note")
    assert article.meta["outlet"] == "观察者网"
    assert body(article) == [TEXT]


def test_another_account_s_run_with_full_width_bars(tmp_path):
    # made up: an evening paper's account, 丨 between label and name, its own footer glued to the last credit
    article = load_text(tmp_path, "post.csv", csv_row(f"{TEXT}来源丨江城晚报编辑丨张三审核丨李四校对丨王五请扫描下方二维码关注我们"))
    assert role_of(article, "来源丨江城晚报") == ("boilerplate", "source_note")
    assert role_of(article, "审核丨李四") == ("boilerplate", "editor_credit")
    assert article.meta["outlet"] == "江城晚报"
    assert article.meta["author"] is None  # the editor beside a reviewer is the desk's, whatever the text says of 我们
    assert body(article) == [TEXT]


def test_a_university_account_s_credits_name_the_writer(tmp_path):
    # fresh19 622: 采写丨余忠亮摄影丨吴建国制图丨余逸欣 执行编辑丨余逸欣 张昕 张柔责任编辑丨…; made up: other names, ｜ bars
    article = load_text(tmp_path, "post.csv", csv_row(f"{FIRST}{SECOND}采写｜王小明摄影｜李华执行编辑｜赵六 钱七责任编辑｜孙八"))
    assert article.meta["author"] == "王小明"
    assert body(article) == [FIRST + SECOND]


def test_a_lone_bar_after_a_label_word_in_a_sentence_cuts_nothing(tmp_path):
    # near-miss: a menu's 文件|编辑|视图 quoted in a sentence; 编辑 is no credit where no name and next label follow
    sentence = "软件菜单栏里的“文件|编辑|视图”三项仍保留原有布局。"
    article = load_text(tmp_path, "post.csv", csv_row(FIRST + sentence + SECOND))
    assert body(article) == [FIRST + sentence + SECOND]


# ------------------------------------------------------------------- a bare editor's credit and the first person

FIRST_PERSON = ("我上周去看了这部电影，我觉得它比我想象的好看。我身边的朋友也说，我们这一代人很少在影院里哭。"
                "我回来以后又看了一遍，我还是在同一个地方掉了眼泪。")


def test_a_bare_editor_credit_alone_under_a_first_person_piece_names_the_writer(tmp_path):
    # fresh10 362's shape (编辑 | 摸鱼暴龙兽 the only credit under a piece that says 我): made up, another nickname
    article = load_text(tmp_path, "post.md", f"# 一部让我哭了两次的电影\n\n{FIRST_PERSON}\n\n{FIRST_PERSON}\n\n编辑 | 爆米花小熊\n")
    assert article.meta["author"] == "爆米花小熊"


def test_a_bare_editor_credit_beside_the_desk_s_other_credits_names_no_writer(tmp_path):
    # fresh33 969's shape (审核|卢长银 编辑|向歆悦 校对|于泽淼 under an editorial): made up, the same piece and names
    article = load_text(tmp_path, "post.md",
                        f"# 一部让我哭了两次的电影\n\n{FIRST_PERSON}\n\n{FIRST_PERSON}\n\n审核 | 周大海\n\n编辑 | 爆米花小熊\n")
    assert article.meta["author"] is None


# ------------------------------------------------------------------- a news API's record in a Javadoc comment

PARAGRAPHS = [
    "兰州自来水苯超标污染事件发生后，5位居民以消费者身份向兰州市城关区人民法院提起诉讼，要求水厂赔偿损失。",
    "这已经是5位居民的起诉第二次被法院拒绝，法院表示此案应由市中级人民法院受理，居民随后再次提交了材料。",
    "为此，中国青年报记者采访了多位法律专家，专家们认为，违约之诉和侵权之诉各有不同的举证要求。",
]


def javadoc(*lines: str) -> str:
    """A record's lines as GsonFormat pastes them into the Javadoc over a Java bean (fresh18 563, fresh30 902)."""
    return "/**\n" + "".join(f"     * {line}\n" for line in lines) + "     */\n"


def test_the_record_resumed_after_its_text_field_gives_the_title_and_the_unix_time_date(tmp_path):
    # fresh18 563: count / description / fcount / id / img / infoclass / keywords / message : <p> … (45 lines of the
    # text) / rcount / status / time : 1438141088000 / title : 兰州五居民要求水厂赔偿损失、精神抚慰金 / url : …
    message = "\n".join(f"     <p> 　　{line} </p>" for line in PARAGRAPHS[1:])
    text = (javadoc("count : 11844", "fcount : 0", "id : 10", "img : /info/150729/edd3b5b2.jpg", "infoclass : 6",
                    f"message : <p> 　　{PARAGRAPHS[0]} </p>")[:-len("     */\n")]
            + message + "\n" + javadoc("rcount : 0", "status : true", "time : 1438141088000",
                                       "title : 兰州五居民要求水厂赔偿损失、精神抚慰金", "url : http://www.tngou.net/info/show/10")[4:])
    article = load_text(tmp_path, "News.txt", text)
    assert article.meta["title"] == "兰州五居民要求水厂赔偿损失、精神抚慰金"
    assert article.meta["publish_date"] == "2015-07-29"


def test_a_bean_s_release_time_in_unix_seconds_dates_the_story(tmp_path):
    # fresh30 902's shape (releaseTime : 1539048304000 among comment / content / id / source / title); made up: another
    # app's bean, other fields, seconds instead of milliseconds
    content = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    text = ("package com.example.news.bean;\n\n" + javadoc("comment : 3", f"content : {content}", "id : 7",
                                                         "releaseTime : 1452412209", "source : 江城晚报",
                                                         "title : 居民起诉水厂再遭拒绝")
            + "public class NewsBean {\n    private int comment;\n    private String content;\n}\n")
    article = load_text(tmp_path, "NewsBean.java", text)
    assert article.meta["title"] == "居民起诉水厂再遭拒绝"
    assert article.meta["publish_date"] == "2016-01-10"


def test_a_related_story_s_record_that_repeats_the_keys_gives_nothing(tmp_path):
    # near-miss (fresh30 902's informationList bean further down): a later run with id and title again is another
    # story; its release time does not date this one, which has none
    text = ("package com.example.news.bean;\n\n"
            + javadoc("comment : 3", "id : 7", "praise : 0", "source : 江城晚报", "title : 居民起诉水厂再遭拒绝",
                      "content : " + "".join(f"<p>{line}</p>" for line in PARAGRAPHS))
            + "public class NewsBean {\n    private int comment;\n\n"
            + javadoc("id : 52", "releaseTime : 1539586683000", "title : 另一条新闻的标题在这里") + "    public static class Info {\n    }\n}\n")
    article = load_text(tmp_path, "NewsBean.java", text)
    assert article.meta["title"] == "居民起诉水厂再遭拒绝"
    assert article.meta["publish_date"] is None


# ------------------------------------------------------------------- a program's messages after the text it hard-codes

ESSAY = ["〔記者王小明／台北報導〕立法院今日三讀通過某某條例修正草案，未來將增設專責法庭。",
         "司法院表示，草案參考日本法制，由法官與調解委員共同組成委員會，促成兩造解決紛爭。",
         "司法院指出，為了減少勞工的訴訟障礙，勞工得於勞務提供地法院起訴，並減徵裁判費。"]


def java_test(*code: str) -> str:
    """A Java controller that hard-codes a report as a string (fresh30 908, 909) and works on it below."""
    literal = " +\n".join(f'                "{line}\\n"' for line in ESSAY)
    return ("package demo.controller;\n\nimport java.util.List;\n\npublic class EssayController {\n"
            "    public String analysis(){\n        String essay =\n" + literal + ";\n"
            + "".join(f"        {line}\n" for line in code) + "        return \"ok\";\n    }\n}\n")


def test_a_program_s_messages_after_the_text_are_code(tmp_path):
    # fresh30 908: System.out.println("Stanford Parser："); … System.out.println("無任何規則配對到");
    article = load_text(tmp_path, "EssayController.java", java_test(
        'System.out.println("Stanford Parser：");', "if(matchList.size()>0){", 'System.out.println("有比對到");',
        "}else{", 'System.out.println("無任何規則配對到");', "}"))
    assert role_of(article, 'System.out.println("無任何規則配對到");')[0] == "boilerplate"
    assert role_of(article, 'System.out.println("Stanford Parser：");')[0] == "boilerplate"


def test_a_logger_s_messages_with_placeholders_are_code(tmp_path):
    # fresh30 909: log.info("文件上传成功：{}", file.getAbsoluteFile()); made up: a logger's warning and a format call
    article = load_text(tmp_path, "FileOperation.java", java_test(
        'log.warn("上传文件不存在:{}", file.getAbsoluteFile());', 'String tip = String.format("共处理%d条", count);'))
    assert role_of(article, 'log.warn("上传文件不存在:{}", file.getAbsoluteFile());')[0] == "boilerplate"
    assert role_of(article, 'String tip = String.format("共处理%d条", count);')[0] == "boilerplate"


def test_a_literal_holding_sentences_is_the_article_not_code(tmp_path):
    # near-miss: the report's own literal lines end with " + or "; as code does, but hold sentences
    article = load_text(tmp_path, "EssayController.java", java_test('System.out.println("完成");'))
    assert role_of(article, 'System.out.println("完成");')[0] == "boilerplate"
    assert any(ESSAY[2] in text for text in body(article))


# ------------------------------------------------------------------- the doc comment over a class


def test_the_doc_comment_over_a_class_names_the_code_s_author_and_day_not_the_story_s(tmp_path):
    # fresh33 970: /** @Description 日志工具类 @Author zhangdanyang02 @Date 2019/7/15 20:29 **/ public class LogUtil {
    article = load_text(tmp_path, "LogUtil.java", "package common;\n\nimport com.alibaba.fastjson.JSON;\n\n/**\n"
                        " * @Description 日志工具类\n * @Author zhangdanyang02\n * @Date 2019/7/15 20:29\n **/\n"
                        + java_test()[java_test().index("public class"):])
    assert role_of(article, "@Date 2019/7/15 20:29") == ("boilerplate", "code_doc")
    assert article.meta["outlet"] is None
    assert article.meta["publish_date"] is None


def test_a_bean_s_header_in_chinese_or_without_tags_is_the_code_s(tmp_path):
    # fresh30 902 (作者：夏洪武 / 时间：2019/2/20.) and fresh27 849 (Date   2017/5/8 / Editor  Misuzu); made up: other names
    for header in (" * 作者：李明\n * 时间：2019/2/20.\n * 邮箱：\n", " * Date   2017/5/8\n * Editor  Misuzu\n * 新闻详情页\n"):
        article = load_text(tmp_path, "NewsBean.java", f"package com.example.news;\n\n/**\n{header} */\n"
                            + java_test()[java_test().index("public class"):])
        assert article.meta["author"] is None
        assert article.meta["publish_date"] is None


def test_a_record_over_a_nested_class_keeps_its_fields(tmp_path):
    # near-miss (fresh30 904's shape: the API's record in the Javadoc over public static class DataBean {): its fields
    # still name the story
    text = ("package com.example.news;\n\npublic class NewsBean {\n\n"
            + javadoc("news_id : 5628", "title : 居民起诉水厂再遭拒绝", "source : 江城晚报", "ptime : 2016-01-10 15:50:09",
                      "content : " + "".join(f"<p>{line}</p>" for line in PARAGRAPHS))
            + "    public static class DataBean {\n        private String title;\n    }\n}\n")
    article = load_text(tmp_path, "NewsBean.java", text)
    assert article.meta["title"] == "居民起诉水厂再遭拒绝"
    assert article.meta["publish_date"] == "2016-01-10"
