"""Round 26 (mend27a): the loader's misses on fresh28 (860-867).

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

The quoted lines are the articles' as written; the other texts are made up (names, places, dates invented) in the
same shapes, with near-misses that must not change.
"""

import json

from conftest import body, load_text, role_holding, role_of

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
