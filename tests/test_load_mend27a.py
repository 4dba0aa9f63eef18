"""Round 26 (mend27a): the loader's misses on fresh28 (860-867) and the seen families beside them.

* A reprint's source line may say 摘自 (excerpted from), 选自, 节选自 as well as 来源, and cite a print source with its
  issue's date or number and then the writer's name (``摘自：《东进》通讯 2012.4.5第八期  肖茂修``, a memorial site's
  reprint, 861): the outlet is the title in 《》 with its kind after it, the name after the issue the writer.
* WeChat's author field (``#js_author_name``, ``var author``) holds what the writer typed as their name: a pen name
  that no person name's shape fits (家熙Panda, 865) is taken as written, and a name inside the account's own (元霸 of
  波元霸, fresh13 451) is still the writer's.
* A column's name before a bar (``全球媒体聚焦｜…`` on 网易, 866; 政能亮丨…) stays in the headline as the page shows
  it; only the outlet's own name there goes (后生价值 | … reposted by 中国数字时代).
* A self-media post's plea ``关注我，…点赞关注，…`` (今日头条, 867) is a call to action, not the story.
* A paragraph set inside a figure's caption (``<figcaption><p>…（图：X/Benarasiyaa）</p>``, 8world, 864) is the caption.
* A picture's credit ``（圖／記者陳筱惠攝）`` closing an ETtoday caption (fresh25 805-807) credits the photo, not the
  story's writer: the line is a caption.
* A writer's name and the date alone closing the text (``刺猬偷腥`` / ``2018年10月24日``, fresh25 800, 802) sign it:
  byline, not body, and the date is still read off them.
* A link to an episode of the outlet's show (``《地產詹哥老實說》EP251／…``, fresh25 805, 807) is no sentence of the story.
* 图文 credits who wrote the text and took the pictures: ``圖文／鏡週刊`` (fresh25 808) names the outlet, no writer.
* A company group's copyright line names its own news page's publisher (``Copyright © 娲石集团``, fresh16 530, 531).

The quoted lines are the articles' as written; the other texts are made up (names, places, dates invented) in the
same shapes, with near-misses that must not change.
"""

import json

from conftest import body, load_text, role_holding, role_of

from zhnews.load.meta import clean_names

LEAD = "4月2日，市作家协会在南京举行长篇纪实文学《江南春早》首发式，百余位读者和评论家参加了活动。"
SECOND = "该书作者介绍了创作的经过，三年间她走访了二十多位亲历者，查阅了大量档案资料，力求还原历史原貌。"
THIRD = "与会专家认为，这部作品史料翔实、文字生动，为读者了解那段历史提供了一个新的视角，值得推荐。"
TEXT = [LEAD, SECOND, THIRD]


def memorial_page(source_line: str, headline: str = "长篇纪实文学《江南春早》首发式在南京举行") -> str:
    # the layout of benxiaohai1212/zhclsy's news pages (fresh28 860-862): the site's name as <title>, a breadcrumb,
    # the h1, the source line in div.parameters, the text, 上一篇
    return ("<html><head><meta charset='utf-8'><title>仲弘春兰书苑</title></head><body>"
            "<div class='nav'><a href='/'>最新新闻</a> &gt; <a href='/old'>往年回顾</a> &gt; " + headline + "</div>"
            "<div class='side'>最新动态</div>"
            f"<h1>{headline}</h1><div class='parameters'>{source_line}</div>"
            "<div class='content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT) + "</div>"
            "<div class='pager'><a href='/p'>上一篇</a></div></body></html>")


# ------------------------------------------------------------------- 摘自： and a print source's citation


def test_an_excerpt_line_citing_a_newsletter_s_issue_names_the_outlet_and_the_writer(tmp_path):
    article = load_text(tmp_path, "861.php", memorial_page("摘自：《东进》通讯 2012.4.5第八期  肖茂修"))  # fresh28 861
    assert article.meta["outlet"] == "《东进》通讯"
    assert article.meta["author"] == "肖茂修"
    assert body(article) == TEXT


def test_a_source_line_citing_a_journal_s_year_and_number_then_the_writer(tmp_path):
    article = load_text(tmp_path, "a.php", memorial_page("选自：《文史月刊》 2019年第6期  王立群"))
    assert article.meta["outlet"] == "文史月刊"
    assert article.meta["author"] == "王立群"


def test_a_source_line_with_the_paper_s_date_and_no_name_names_no_writer(tmp_path):
    # fresh28 860: 来源：《人民日报》 2012年9月11日 - the paper and its date, no one signs
    article = load_text(tmp_path, "860.php", memorial_page("来源：《人民日报》  2012年9月11日"))
    assert article.meta["outlet"] == "人民日报"
    assert article.meta["author"] is None
    assert article.meta["publish_date"] == "2012-09-11"


def test_a_name_after_the_outlet_without_an_issue_is_no_writer(tmp_path):
    # near-miss: a second word after the outlet with no date or issue between is not read as a writer
    article = load_text(tmp_path, "b.php", memorial_page("摘自：江南晚报 文化周刊"))
    assert article.meta["author"] is None


# ------------------------------------------------------------------- WeChat's author field


def wechat_page(author_field: str, nickname: str, badge: str = "Original") -> str:
    # a browser-saved mp.weixin.qq.com page in the English interface (fresh28 865): the meta line reads
    # Original 家熙Panda 崔家熙Panda; the author is also in var author
    return ("<!DOCTYPE html><html><head><title></title></head><body><div id='img-content'>"
            "<h1 class='rich_media_title' id='activity-name'>生意和事业的区别</h1>"
            "<div id='meta_content' class='rich_media_meta_list'>"
            f"<span class='rich_media_meta rich_media_meta_text meta_tag_text'>{badge}</span>"
            f"<span class='rich_media_meta rich_media_meta_text'><a id='js_author_name'>{author_field}</a></span>"
            f"<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>{nickname}</a></span></div>"
            "<div class='rich_media_content' id='js_content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT)
            + f"</div></div><script>var nickname = htmlDecode(\"{nickname}\"); var author = \"{author_field}\";</script>"
            "</body></html>")


def test_wechat_s_author_field_holding_a_pen_name_is_taken_as_written(tmp_path):
    article = load_text(tmp_path, "865.html", wechat_page("家熙Panda", "崔家熙Panda"))  # fresh28 865
    assert article.meta["outlet"] == "崔家熙Panda"
    assert article.meta["author"] == "家熙Panda"


def test_wechat_s_author_field_naming_the_writer_inside_the_account_s_name(tmp_path):
    # fresh13 451: var author = "元霸" on the account 波元霸
    article = load_text(tmp_path, "451.html", wechat_page("元霸", "波元霸"))
    assert article.meta["author"] == "元霸"


def test_wechat_s_author_field_with_a_credit_is_cleaned_to_the_name(tmp_path):
    # near-miss: a credit in the field (文/张三) is still cleaned to the person it names
    article = load_text(tmp_path, "c.html", wechat_page("文/张明远", "江城晚报"))
    assert article.meta["author"] == "张明远"


def test_wechat_s_author_read_from_the_script_variable_alone(tmp_path):
    page = wechat_page("陈小溪", "湖畔读书会").replace("<a id='js_author_name'>陈小溪</a>", "")
    article = load_text(tmp_path, "d.html", page)
    assert article.meta["author"] == "陈小溪"


# ------------------------------------------------------------------- a column's name before the headline's bar


def portal_page(headline: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>" + headline + "|美国联邦政府_网易政务</title></head><body>"
            f"<h1>{headline}</h1><div class='post_info'>2025-10-16 20:02:18 来源: 总台环球资讯广播</div>"
            "<div class='post_body'>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT) + "</div></body></html>")


def test_a_column_s_name_before_the_bar_stays_in_the_headline(tmp_path):
    title = "全球媒体聚焦｜美国政府停摆将对整个经济系统产生冲击"  # fresh28 866
    article = load_text(tmp_path, "866.html", portal_page(title))
    assert article.meta["title"] == title
    assert article.meta["outlet"] == "总台环球资讯广播"


def test_another_column_s_name_stays_too(tmp_path):
    title = "政能亮丨城市更新要守住烟火气"
    assert load_text(tmp_path, "e.html", portal_page(title)).meta["title"] == title


def test_the_outlet_s_own_name_before_the_bar_still_goes(tmp_path):
    # fresh5 162's shape: a repost archive's heading names the account it copied before the bar
    text = ("---\ntitle: 后生价值 | 一审不判离：十万份判决书里的婚姻\n---\n\n" + "\n\n".join(TEXT) + "\n")
    article = load_text(tmp_path, "f.md", text)
    assert article.meta["outlet"] == "后生价值"
    assert article.meta["title"] == "一审不判离：十万份判决书里的婚姻"


# ------------------------------------------------------------------- self-media pleas


def toutiao_page(first_line: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>老人守候三十年 - 今日头条</title></head><body>"
            "<h1>老人守候三十年</h1><div class='article-meta'>2024-08-18 15:54·雨打芭蕉</div>"
            f"<article><p>{first_line}</p>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT)
            + "</article></body></html>")


def test_a_follow_me_plea_opening_a_self_media_post_is_a_call_to_action(tmp_path):
    plea = "关注我，带你解锁财富密码，开启好运buff！点赞关注，让你财运一路飙升，好运挡都挡不住！"  # fresh28 867
    article = load_text(tmp_path, "867.html", toutiao_page(plea))
    assert role_of(article, plea) == ("boilerplate", "cta")
    assert body(article) == TEXT


def test_a_like_and_share_clause_on_its_own_is_a_plea(tmp_path):
    plea = "喜欢的话，点赞转发，让更多朋友看到这个故事！"
    article = load_text(tmp_path, "g.html", toutiao_page(plea))
    assert role_holding(article, plea)[0] == "boilerplate"


def test_likes_and_shares_reported_inside_a_sentence_stay_body(tmp_path):
    line = "这段视频发布后迅速走红，获得网友点赞转发超过十万次，不少人留言称被老人的坚持打动。"
    article = load_text(tmp_path, "h.html", toutiao_page(line))
    assert body(article)[0] == line


def test_a_sentence_about_following_someone_stays_body(tmp_path):
    line = "关注我们的不只是本地读者，还有许多在外地工作的老乡，他们常常在深夜留言讲述自己的故事。"
    article = load_text(tmp_path, "i.html", toutiao_page(line))
    assert body(article)[0] == line


# ------------------------------------------------------------------- a paragraph inside a figure's caption


def figure_page(figcaption: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>集体婚礼酿踩踏 - 8world</title></head><body>"
            "<h1>集体婚礼酿踩踏</h1><figure><div class='article-image'></div>"
            f"<figcaption>{figcaption}</figcaption></figure>"
            "<div class='text'>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT) + "</div></body></html>")


def test_a_paragraph_inside_a_figcaption_is_the_caption(tmp_path):
    caption = "印度一场政府主导的大型集体婚礼出现严重混乱与踩踏事件。（图：X/Benarasiyaa）"  # fresh28 864
    article = load_text(tmp_path, "864.html", figure_page(f"<p>{caption}</p>"))
    assert role_of(article, caption) == ("caption", "image_caption")
    assert body(article) == TEXT


def test_a_figcaption_s_text_without_a_paragraph_is_the_caption_as_before(tmp_path):
    caption = "新人们在会场外排队等候入场。"
    article = load_text(tmp_path, "j.html", figure_page(caption))
    assert role_of(article, caption) == ("caption", "image_caption")


def test_a_paragraph_outside_any_figure_stays_body(tmp_path):
    article = load_text(tmp_path, "k.html", figure_page("<p>现场图片</p>"))
    assert body(article) == TEXT


# ------------------------------------------------------------------- a picture's credit closing a caption


def ettoday_record(content: str) -> str:
    return json.dumps({"title": "話題品牌進駐美村路手搖一條街", "url": "https://house.ettoday.net/news/2942908",
                       "date": "2025-04-14 16:13", "content": content}, ensure_ascii=False)


CAPTION = "▲號稱排3小時也要喝到的話題飲料UG進軍台中，一次展2間店面。（圖／記者陳筱惠攝）"  # fresh25 805
TW_LEAD = "號稱排3小時也要喝到的話題飲料UG進軍台中，近日宣布正式進軍中台灣，首間門市搶進逢甲商圈，開幕首日人潮爆滿。"
TW_SECOND = "信義房屋專家分析，美村路店面汰舊換新速度極快，月月都有新品牌插旗，目前租金行情約在4.5萬元到5.5萬元之間。"
TW_THIRD = "業者指出，手搖飲看重的點位是商圈人流，美村路商圈具備集客效應，周邊也有不少租屋與購屋的剛需人口。"


def test_a_reporter_s_photo_credit_closing_a_caption_makes_the_line_a_caption(tmp_path):
    content = "\n".join([CAPTION, "記者陳筱惠／台中報導", TW_LEAD, TW_SECOND, TW_THIRD])
    article = load_text(tmp_path, "805.json", ettoday_record(content))
    assert role_of(article, CAPTION) == ("caption", "image_caption")
    assert article.meta["author"] == "陳筱惠"


def test_a_reporter_s_credit_in_brackets_closing_the_text_still_names_the_writer(tmp_path):
    # near-miss: （经济日报·中国经济网记者 林火灿） under the text (fresh15 490) is the writer's credit, not a photo's
    content = "\n".join([TW_LEAD, TW_SECOND, TW_THIRD, "（经济日报·中国经济网记者 林火灿）"])
    article = load_text(tmp_path, "l.json", ettoday_record(content))
    assert article.meta["author"] == "林火灿"


# ------------------------------------------------------------------- a signature closing the text


def jekyll_post(closing: str) -> str:
    return ("---\ntitle: 读某公司三季报有感\nlayout: post\nauthor: 刺猬偷腥\n---\n"
            + "\n\n".join(TEXT) + "\n" + closing)


def test_a_writer_s_name_and_the_date_closing_the_text_sign_it(tmp_path):
    article = load_text(tmp_path, "800.md", jekyll_post("<br><br>\n刺猬偷腥<br>\n2018年10月24日"))  # fresh25 800
    assert role_of(article, "刺猬偷腥") == ("byline", "signature")
    assert role_of(article, "2018年10月24日") == ("byline", "signature")
    assert body(article) == TEXT
    assert article.meta["publish_date"] == "2018-10-24"


def test_a_committee_s_signature_under_its_code(tmp_path):
    # fresh22 703's shape: the issuing committee's name, then the day, as the last lines
    article = load_text(tmp_path, "m.md", jekyll_post("\n市文化遗产保护专家委员会\n\n2021 年 9 月 25 日\n"))
    assert role_of(article, "市文化遗产保护专家委员会")[0] == "byline"
    assert article.meta["publish_date"] == "2021-09-25"


def test_a_closing_sentence_before_a_date_is_no_signature(tmp_path):
    # near-miss: the line above the date is a sentence of the text
    closing = "\n活动将持续到月底，欢迎市民前往参观。\n\n2021年9月25日\n"
    article = load_text(tmp_path, "n.md", jekyll_post(closing))
    assert "活动将持续到月底，欢迎市民前往参观。" in body(article)


def test_a_short_line_not_followed_by_a_date_is_no_signature(tmp_path):
    article = load_text(tmp_path, "o.md", jekyll_post("\n刺猬偷腥\n"))
    assert role_of(article, "刺猬偷腥")[1] != "signature"


# ------------------------------------------------------------------- a link to an episode of the outlet's show


def test_a_link_to_an_episode_of_the_outlet_s_show_is_furniture(tmp_path):
    promo = "《地產詹哥老實說》EP251／別再亂看實價登錄！\u30005大錯誤用法當心「買貴賣便宜」"  # fresh25 805, 807
    content = "\n".join([TW_LEAD, promo, TW_SECOND, TW_THIRD])
    article = load_text(tmp_path, "807.json", ettoday_record(content))
    assert role_of(article, promo) == ("boilerplate", "related")
    assert body(article) == [TW_LEAD, TW_SECOND, TW_THIRD]


def test_a_sentence_quoting_a_show_s_title_stays_body(tmp_path):
    line = "《地產詹哥老實說》節目主持人表示，今年第二季台中房市交易量明顯回溫，買方觀望氣氛逐漸消退。"
    content = "\n".join([TW_LEAD, line, TW_SECOND, TW_THIRD])
    article = load_text(tmp_path, "p.json", ettoday_record(content))
    assert line in body(article)


# ------------------------------------------------------------------- 图文 and a group's copyright line


def test_a_text_and_pictures_credit_naming_an_outlet_names_no_writer(tmp_path):
    content = "\n".join(["圖文／鏡週刊", TW_LEAD, TW_SECOND, TW_THIRD])  # fresh25 808
    article = load_text(tmp_path, "808.json", ettoday_record(content))
    assert article.meta["author"] is None
    assert article.meta["outlet"] == "鏡週刊"


def test_a_text_and_pictures_credit_naming_a_person_is_cleaned_to_the_name():
    assert clean_names("图文／林美君") == "林美君"
    assert clean_names("圖文／鏡週刊") is None


def company_page(footer: str) -> str:
    # fresh16 530's layout: an empty <title>, the headline in div.newst, the date line, the text, the footer
    return ("<html><head><meta charset='utf-8'><title></title></head><body><div class='newst'>集团召开安全生产工作会议</div>"
            "<div class='newsd'>发布时间：2021/6/9</div><div id='content'>" + "".join(f"<p>{paragraph}</p>" for paragraph in TEXT)
            + f"</div><div class='footer'><p>{footer}</p></div></body></html>")


def test_a_company_group_s_copyright_line_names_its_news_page_s_publisher(tmp_path):
    article = load_text(tmp_path, "530.html", company_page("Copyright &copy; 娲石集团&nbsp;&nbsp;All Rights Reserved."))
    assert article.meta["outlet"] == "娲石集团"


def test_a_company_s_copyright_line_still_names_no_outlet(tmp_path):
    article = load_text(tmp_path, "r.html", company_page("Copyright &copy; 江城科技有限公司 All Rights Reserved."))
    assert article.meta["outlet"] is None
