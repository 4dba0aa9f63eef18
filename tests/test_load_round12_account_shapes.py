"""Round 12 (loader12b): the lines in which a WeChat account names itself, credit and contact lines, and two
guards against a wrong field. Shapes from an unlabelled sweep of round 12 (excerpts in tests/data/extra/sweep12_*,
provenance in tests/data/SOURCES.tsv) and from fresh10's chrome misses (data/eval/fresh10/, provenance in
data/eval/fresh10/SOURCES.tsv); expected values read off the text by hand.
"""

from pathlib import Path

from conftest import load_text, role_holding, role_of

from zhnews.load import load_article

EXTRA = Path(__file__).parent / "data" / "extra"


def test_the_reprint_rule_names_the_account_and_the_closing_prompts_are_chrome():
    # 九边 (cysk003/Lazy13source.github.io gzh/backup/九边/…): the post names its account only in
    # 如果转载本文， 文末 务必注明：“ 转自微信公众号： 九边 ”。, between a like prompt and a list of older posts
    article = load_article(EXTRA / "sweep12_jiubian_closing_lines.md")
    assert article.meta["outlet"] == "九边"
    assert article.meta["outlet_source"].startswith("account's note on itself")
    assert role_holding(article, "转自微信公众号")[0] == "boilerplate"
    assert role_holding(article, "全文完，如果觉得写得不错")[0] == "boilerplate"
    assert role_of(article, "往期阅读：") == ("boilerplate", "related")
    assert role_holding(article, "4、他人即地狱")[0] == "body"


def test_a_post_count_names_the_account_and_the_byline_still_names_the_writer():
    # 刘润 (…/gzh/backup/刘润/…): 作者 / 刘润 over 这是 刘润公众号 的 第2123篇 原创文章; the account is named after
    # its writer, which says nothing against the byline
    article = load_article(EXTRA / "sweep12_liurun_post_count.md")
    assert (article.meta["outlet"], article.meta["author"]) == ("刘润", "刘润")
    assert role_of(article, "这是 刘润公众号 的 第2123篇 原创文章") == ("boilerplate", "account_note")


def test_a_post_count_under_a_nickname_names_no_outlet():
    # 达叔天演论 (…/gzh/backup/达叔天演论/…): 这是达叔的第1572篇原创 was read as the outlet 这是达叔的第1572篇
    article = load_article(EXTRA / "sweep12_dashu_post_count.md")
    assert article.meta["outlet"] is None
    assert role_of(article, "这是达叔的第1572篇原创")[0] == "boilerplate"


def test_a_reader_credit_names_the_reader_and_the_submission_address_is_chrome():
    # 三联生活周刊 (…/gzh/backup/三联生活周刊/…): 本文系读者投稿，来稿请投至： then the address alone on a line,
    # then 文 | 读者：曌曌 (读者 is the writer's role, not a name)
    article = load_article(EXTRA / "sweep12_lifeweek_reader_submission.md")
    assert (article.meta["author"], article.meta["outlet"]) == ("曌曌", "三联生活周刊")
    assert role_of(article, "本文系读者投稿，来稿请投至：")[0] == "boilerplate"
    assert role_of(article, "zhuangao2@lifeweek.com.cn") == ("boilerplate", "contact")


def test_a_press_conference_in_a_subheading_is_no_reporters_byline():
    # 獨媒 via agorahub/pen0: #### 控方問公民黨記者會內容 辯方指趙無出席 … read as a byline naming 會內容
    article = load_article(EXTRA / "sweep12_inmedia_press_conference_heading.md")
    assert article.meta["author"] is None
    assert role_of(article, "控方問公民黨記者會內容 辯方指趙無出席 趙指望了解其思想狀態")[0] == "body"
    assert article.meta["outlet"] == "獨媒"


def test_the_writer_speaking_of_himself_is_no_outlet():
    # 哔哩哔哩 column (immortal-autumn/Chinese-Web-Content-Extraction-Dataset): 本文为我原创 gave the outlet 我
    article = load_article(EXTRA / "sweep12_bilibili_column_footer.html")
    assert article.meta["outlet"] is None


# Two paragraphs of fresh10 361's body (a WeChat post of 笔记侠 exported to markdown).
NOTES = ("AI到底带来了什么价值？\n\n"
         "波士顿咨询（ BCG ）在《未来已来：AI组织进化论》中指出，AI不仅是一场技术革命，更将彻底颠覆传统组织的管理逻辑。\n\n")


def test_a_letter_spaced_editor_credit_and_a_post_length_line_are_chrome(tmp_path):
    # 361: **责** **编** | 柒 **排版** | 沐言 and ********第 8917** **篇深度好文：7402******** ****字 | 25 分钟**** ****阅读****
    text = ("# 曾鸣：智能体时代\n\n**责** **编** | 柒 **排版** | 沐言\n\n"
            "********第 8917** **篇深度好文：7402******** ****字 | 25 分钟**** ****阅读****\n\n" + NOTES)
    article = load_text(tmp_path, "notes.md", text)
    assert role_holding(article, "柒 排版")[0] == "boilerplate"
    assert role_holding(article, "25 分钟")[0] == "boilerplate"
    assert role_holding(article, "AI到底带来了什么价值")[0] == "body"


def test_a_contact_label_with_a_bar_before_an_address_is_chrome(tmp_path):
    # 360: 邮箱 *｜* wangzhaoyang@pingwest.com under 作者 *｜* 王兆洋
    text = "# 对话Meshy胡渊鸣\n\n作者 *｜* 王兆洋  \n邮箱 *｜* wangzhaoyang@pingwest.com\n\n" + NOTES
    article = load_text(tmp_path, "clip.md", text)
    assert role_holding(article, "wangzhaoyang@pingwest.com")[0] != "body"
    assert article.meta["author"] == "王兆洋"


COMMENTARY = ("<html><head><title>社评：蓟县大火</title></head><body><article><h1>社评：蓟县大火</h1>"
              "<p>天津市有关部门和蓟县联合工作组昨天公布了“6·30”大火事故的10名遇难者名单，与此同时，网络上质疑蓟县莱德商厦"
              "大火死亡人数的声音没有减少。</p>{tail}</article></body></html>")


def test_the_writers_note_after_an_end_mark_is_chrome(tmp_path):
    # 370 (环球时报 via 腾讯): the last paragraph ends 希望…有益的反思。▲（作者是《环球时报》评论员）
    tail = "<p>希望这次蓟县“6·30”大火给政府和社会都带来有益的反思。▲（作者是《环球时报》评论员）</p>"
    article = load_text(tmp_path, "huanqiu.html", COMMENTARY.format(tail=tail))
    assert role_holding(article, "（作者是《环球时报》评论员）")[0] == "boilerplate"
    assert role_holding(article, "希望这次蓟县")[0] == "body"


PACKAGE = ("<html><head><title>李阳疯狂英语长沙校区关张</title></head><body><article><h1>李阳疯狂英语长沙校区关张</h1>"
           "<p>学校关张后，总裁秘书韩雅彬来长处理教师和学生的投诉事宜。</p>"
           "<p>昨天，李杏等多名老师已经向长沙市芙蓉区政府申请劳动仲裁，并表示会用法律武器维护自身的合法权益。</p>"
           "<p>■三湘华声全媒体记者</p><p>林锐新 王为薇</p><p>{interns}</p>"
           "<p>长沙市教育局民办教育处处长刘凯希说，“李阳疯狂英语并未在教育部门备案，不是一所具有资质的学校。”</p>"
           "</article></body></html>")


def test_the_interns_credited_under_a_mid_package_byline_are_chrome(tmp_path):
    # 372 (三湘都市报 via 新浪): 实习生&nbsp;&nbsp;张洋银&nbsp;&nbsp;周笑雨 under the byline between two sections
    article = load_text(tmp_path, "package.html", PACKAGE.format(interns="实习生&nbsp;&nbsp;张洋银&nbsp;&nbsp;周笑雨"))
    assert role_holding(article, "张洋银")[0] == "boilerplate"
    assert role_holding(article, "刘凯希说")[0] == "body"


def test_a_sentence_about_interns_stays_body(tmp_path):
    text = "实习生张洋银和周笑雨也参加了这次调查，她们走访了五所培训学校。"
    article = load_text(tmp_path, "package.html", PACKAGE.format(interns=text))
    assert role_of(article, text)[0] == "body"


def test_a_follow_prompt_that_quotes_the_account_names_it():
    # 九边 (…/gzh/backup/九边/人工智能是“玩”出来的？.md): ******戳蓝字 **“九边”** 关注我。****** above the text
    article = load_article(EXTRA / "sweep12_jiubian_follow_prompt.md")
    assert article.meta["outlet"] == "九边"
    assert role_of(article, "戳蓝字 “九边” 关注我。") == ("boilerplate", "account_note")


def test_a_follow_prompt_that_names_no_account_gives_no_outlet(tmp_path):
    text = "# 显卡与人工智能\n\n点击上方蓝字 关注我们\n\n" + NOTES
    article = load_text(tmp_path, "post.md", text)
    assert article.meta["outlet"] is None
    assert role_of(article, "点击上方蓝字 关注我们")[0] == "boilerplate"


def test_a_line_of_dots_closing_a_writers_list_is_no_teaser():
    # agorahub/pen0 column: 假如，我们的文明程度能超过日本；⏎假如，我们在全世界的受欢迎程度能超过日本人；⏎.........⏎假如我们能做到
    # 这些，…: the last item and the dots were taken for a teaser and its headline (body lost)
    article = load_article(EXTRA / "sweep12_pen0_parallel_list_ellipsis.md")
    assert role_of(article, "假如，我们在全世界的受欢迎程度能超过日本人；")[0] == "body"
    assert role_of(article, ".........")[0] == "body"


def test_a_section_heading_that_starts_like_a_name_is_no_byline():
    # 懒人搜索 (…/gzh/backup/懒人搜索/问就是快，很快！.md): ## 解压缩 (decompression tools) heads the first section,
    # under a few short lines; 解 is a surname, so the heading was read as the byline 解压缩
    article = load_article(EXTRA / "sweep12_lazy_search_section_heading.md")
    assert article.meta["author"] is None
    assert role_of(article, "解压缩")[0] == "body"


def test_a_bare_reference_heading_takes_the_list_under_it(tmp_path):
    # fresh10 362 (24帧's archive): <p>参考：</p> then an earlier post credited with its account and date
    reference = "十年国庆档回顾：跨低谷，越高山，前路几何？，一起拍电影，2022-09-23 13:30"
    article = load_text(tmp_path, "box.md", "# 国庆档十四年之变\n\n" + NOTES + "参考：\n\n" + reference + "\n")
    assert [role_of(article, line)[0] for line in ("参考：", reference)] == ["boilerplate", "boilerplate"]



def test_a_planner_and_writer_credit_names_the_writer_not_the_anonymous_one():
    # KnowYourself (…/gzh/backup/KnowYourself/…): **策划、撰文 / Ivan、匿名 ‍‍‍‍‍‍** **编辑 / KY主创们** over the text
    article = load_article(EXTRA / "sweep12_knowyourself_planner_writer_credit.md")
    assert article.meta["author"] == "Ivan"


def test_a_linked_sentence_of_the_writer_is_body():
    # 记忆承载3 (…/gzh/backup/记忆承载3/专门回答人民币黄金.md) opens with its own sentence linked to an earlier post:
    # [那天有读者问我人民币黄金，我回答说，汇率部分你看懂了，这个问题自然就懂了。](http://mp.weixin.qq.com/…)
    article = load_article(EXTRA / "sweep12_jiyichengzai_linked_sentence.md")
    assert role_holding(article, "那天有读者问我人民币黄金")[0] == "body"


def test_a_linked_post_title_that_a_line_introduces_stays_a_link():
    # 达叔天演论 (…/gzh/backup/达叔天演论/达叔业务介绍.md): 可以看这篇文章：⏎[道个别。。](http://mp.weixin.qq.com/…)
    article = load_article(EXTRA / "sweep12_dashu_linked_post_title.md")
    assert role_of(article, "道个别。。") == ("boilerplate", "related")
