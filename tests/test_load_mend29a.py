"""Round 28 (mend29a): the loader's misses on fresh31 (920-927: saved portal pages, WeChat markdown exports) and
the seen families beside them.

* A writer's bare greeting on its own line (``大家好，我是袋鼠帝``, ``大家好，我是R哥。``: 926, 927; fresh29 885's
  ``大家好，我是Movistory``) is chrome; at the top of the text its name is the writer's persona: the author, and the
  outlet when nothing else names one. A greeting that goes on with content (fresh6 261) or describes the writer
  (``我是来自1037号森林的BCS！``, fresh8 321) stays body.
* An account naming itself in a follow prompt or its own-work statement (``关注「AI技术宅」公众号``, ``本文系公众号
  "AI技术宅" 原创``, 927) gives the outlet, however the line's emphasis cuts it; ``关注公众号，…↓`` is a follow prompt.
* An exporter's header set as a quote block (``> 原文链接: …`` / ``> 图片状态: 已本地化 (assets/)``, 924, 926, 927) is
  chrome line by line, its own labels too.
* Names set before a bar and a labelled source on a page's info line (``金彧 宓迪 | 来源：新京报``, 923) are the writers.

The quoted lines are the articles' as written; the other texts are made up (names, accounts, figures invented) in
the same shapes, with near-misses that must not change.
"""

from conftest import body, load_text, role_of

LEAD = "前几天，一款开源的编程助手又在社区里刷屏了，项目在代码托管平台上的星标数一周之内涨了一万多。"
SECOND = "它支持七十多个模型服务商，也能在本地运行模型，安装只需要一行命令，配置文件也写得非常清楚。"
THIRD = "作者说，为了打磨这套工具，他前后花掉了两万多美元的调用费用，试过市面上几乎所有同类产品。"
FOURTH = "整体看下来，这个项目能在短时间内走红，不是运气好，而是正好踩中了开发者最在意的几个痛点。"
TEXT = [LEAD, SECOND, THIRD, FOURTH]
ADDRESS = "https://mp.weixin.qq.com/s?__biz=MzU0OTc0NzAxMg==&mid=2247487029&idx=1&sn=8182ed847ac4380728d7435545e0a6f2"


def export(lines: list[str], header: str = f"> 原文链接: {ADDRESS}\n> 图片状态: 已本地化 (assets/)\n\n---\n\n") -> str:
    """The WeChat downloader's markdown (fresh31 924-927): the title, a quote block of exporter fields, a rule, the post."""
    return "# 开源编程助手又火了，一周涨了一万星\n\n" + header + "\n\n".join(lines) + "\n"


def load_export(tmp_path, lines, **kwargs):
    return load_text(tmp_path, "post.md", export(lines, **kwargs))


# ------------------------------------------------------------------- the persona greeting


def test_a_bare_greeting_under_the_headline_is_chrome_and_names_the_writer_and_account(tmp_path):
    # fresh31 926: the only name in the file
    article = load_export(tmp_path, ["大家好，我是袋鼠帝", *TEXT])
    assert role_of(article, "大家好，我是袋鼠帝")[0] == "boilerplate"
    assert article.meta["author"] == "袋鼠帝"
    assert article.meta["outlet"] == "袋鼠帝"
    assert body(article)[0] == LEAD


def test_a_greeting_with_a_latin_persona_and_a_full_stop_names_the_writer_as_written(tmp_path):
    # fresh31 927: 大家好，我是R哥。 (no surname, no person name's shape: a persona)
    article = load_export(tmp_path, ["大家好，我是R哥。", *TEXT])
    assert role_of(article, "大家好，我是R哥。")[0] == "boilerplate"
    assert article.meta["author"] == "R哥"


def test_a_byline_beats_the_persona(tmp_path):
    article = load_export(tmp_path, ["作者：李明远", "大家好，我是老李", *TEXT])
    assert article.meta["author"] == "李明远"


def test_a_greeting_inside_a_script_is_chrome_but_names_no_writer(tmp_path):
    # fresh29 885: a channel's script greets after its hook lines; the channel, not a writer
    article = load_export(tmp_path, [LEAD, "大家好，我是Movistory", SECOND, THIRD, FOURTH])
    assert role_of(article, "大家好，我是Movistory")[0] == "boilerplate"
    assert article.meta["author"] is None


def test_a_greeting_that_goes_on_with_content_stays_body(tmp_path):
    # fresh6 261's shape: the greeting opens the show's first sentence
    line = "大家好，我是主持人小黛，欢迎收看第十期参考信息。"
    article = load_export(tmp_path, [line, *TEXT])
    assert line in body(article)


def test_a_greeting_that_describes_the_writer_stays_body(tmp_path):
    # fresh8 321: 大家好，我是来自1037号森林的BCS！ is labelled body in its gold
    line = "大家好，我是来自3号森林的小熊！"
    article = load_export(tmp_path, [line, *TEXT])
    assert line in body(article)


# ------------------------------------------------------------------- the account naming itself


def test_an_account_named_in_a_follow_prompt_and_its_own_work_statement_is_the_outlet(tmp_path):
    # fresh31 927: the prompt's emphasis cuts it into atoms a follow prompt's cue labels first
    prompt = "未完待续，接下来会继续分享更多心得体验，公众号持续分享实战干货，关注「**码农小站** 」公众号和我一起学。"
    statement = '> **版权声明：** 本文系公众号 "码农小站" 原创，转载、引用本文内容请注明出处，抄袭、洗稿一律投诉侵权。'
    article = load_export(tmp_path, ["大家好，我是K哥。", *TEXT, prompt, statement])
    assert article.meta["outlet"] == "码农小站"
    assert article.meta["author"] == "K哥"
    assert body(article)[-1] == FOURTH


def test_the_own_work_statement_alone_names_the_account(tmp_path):
    statement = "本文系微信公众号“山海观察”原创，转载请联系授权。"
    article = load_export(tmp_path, [*TEXT, statement])
    assert article.meta["outlet"] == "山海观察"


def test_a_follow_prompt_naming_no_account_gives_no_outlet(tmp_path):
    article = load_export(tmp_path, ["关注公众号，技术干货及时送达 ↓", *TEXT, "关注我们，获取更多干货。"])
    assert role_of(article, "关注公众号，技术干货及时送达 ↓")[0] == "boilerplate"
    assert article.meta["outlet"] is None


def test_a_body_sentence_that_speaks_of_following_an_account_stays_body(tmp_path):
    line = "记者注意到，不少家长会关注学校的公众号，以便及时了解开学安排和各项通知，这已经成为一种习惯。"
    article = load_export(tmp_path, [LEAD, SECOND, line, THIRD, FOURTH])
    assert line in body(article)


# ------------------------------------------------------------------- the exporter's quoted header


def test_an_exporter_s_own_label_in_its_quoted_header_is_chrome(tmp_path):
    article = load_export(tmp_path, TEXT)
    assert role_of(article, "图片状态: 已本地化 (assets/)") == ("boilerplate", "header_field")
    assert body(article)[0] == LEAD


def test_a_quoted_sentence_under_the_header_stays_the_article_s(tmp_path):
    # a summary quote after the header block, a blank line between: no field's shape, no header
    quote = "> 这是一款号称开源版的编程助手，它在一周之内收获了一万多个星标，社区反响热烈。"
    article = load_export(tmp_path, [quote, *TEXT])
    assert "这是一款号称开源版的编程助手，它在一周之内收获了一万多个星标，社区反响热烈。" in body(article)


def test_a_quote_of_label_and_value_with_no_known_label_is_no_header(tmp_path):
    # no known exporter label in the block: a quoted exchange stays text
    header = "> 问: 这个项目免费吗\n> 答: 个人使用完全免费\n\n"
    article = load_export(tmp_path, TEXT, header=header)
    assert role_of(article, "问: 这个项目免费吗")[0] == "body"


# ------------------------------------------------------------------- names before a bar and a labelled source


def page(info_line: str) -> str:
    """A portal's article page (fresh31 923, 未央网): the headline, an info line of its own, the text."""
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in TEXT)
    return ("<html><head><meta charset='utf-8'><title>开源编程助手又火了 - 某某网</title></head><body>"
            "<article><h1>开源编程助手又火了</h1>"
            f"<p class='meta'><b>{info_line}</b></p><p class='meta'>1天前</p>"
            f"<div class='content'>{paragraphs}</div></article></body></html>")


def test_spaced_names_before_a_bar_and_a_source_label_are_the_writers(tmp_path):
    article = load_text(tmp_path, "a.html", page("金彧 宓迪 | 来源：新京报"))
    assert article.meta["author"] == "金彧、宓迪"
    assert article.meta["outlet"] == "新京报"


def test_one_name_before_a_bar_and_a_source_label_is_the_writer(tmp_path):
    article = load_text(tmp_path, "a.html", page("王小明 | 来源：经济日报"))
    assert article.meta["author"] == "王小明"


def test_a_channel_s_name_before_a_bar_names_no_writer(tmp_path):
    article = load_text(tmp_path, "a.html", page("财经 | 来源：新京报"))
    assert article.meta["author"] is None


def test_names_before_a_bar_with_no_source_after_name_no_writer(tmp_path):
    article = load_text(tmp_path, "a.html", page("王小明 | 阅读 3210"))
    assert article.meta["author"] is None

