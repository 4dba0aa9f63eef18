"""Round 21 mend (mend21b) after fresh20's scoring: the front matter of WeChat posts that clippers save as markdown.

* A "wechat-monitor" clipper writes its record twice, two YAML blocks one under the other: the first with
  ``publish_date: ""`` and ``source: "wechat-monitor"``, the second with the post's ``publish_date: "… 10:00:00"`` and
  ``source: "wechat"`` (fresh20 640, 641; the same shape in another clipped post of another account, quoted below).
  Both blocks are front matter, the later one fills what the first left empty, and neither is text.
* ``publish_date:`` is a record key naming the publication date (fresh20 642), ``saved_date:`` the clip day (fresh3
  107, fresh20 640-642), never the post's date.
* A platform or a clipper's own name (wechat, wechat-monitor, Weixin, in any case) is never an outlet.
* On a post whose front matter gives its address on mp.weixin.qq.com, an ``author:`` that is no person's name is
  the account the clipper copied there: the outlet (fresh20 640-642; fresh4 121, whose author: "极客之家" the text's
  公众号: 极客之家 confirms), and so no writer; a person's name (诺亚·霍利, fresh3 107) stays the author.
Expected values written by hand from the files.
"""

from conftest import load_text

from zhnews.load import markdown

# A post of the account AI大模型观察站 clipped by the same kind of clipper as fresh20 640/641 (public repository
# hsy358/obsidian-vault, 一步步教你用 Streamlit + Pydantic AI 搭建深度研究智能体应用.md): its front matter as
# written, the H1 and its first paragraph.
STACKED = (
    '---\ntitle: "一步步教你用 Streamlit + Pydantic AI 搭建深度研究智能体应用"\nauthor: "AI大模型观察站"\n'
    'publish_date: ""\nsaved_date: "2026-06-26"\nsource: "wechat-monitor"\n'
    'url: "https://mp.weixin.qq.com/s/fThH4Xu-_mDdb9VIIz0hlA"\n---\n\n'
    '---\ntitle: "一步步教你用 Streamlit + Pydantic AI 搭建深度研究智能体应用"\nauthor: "AI大模型观察站"\n'
    'publish_date: "2025-09-03 08:18:00"\nsaved_date: "2026-06-26"\nsource: "wechat"\n'
    'url: "https://mp.weixin.qq.com/s/fThH4Xu-_mDdb9VIIz0hlA"\n---\n'
    "# 一步步教你用 Streamlit + Pydantic AI 搭建深度研究智能体应用\n\n"
    "如果你曾经好奇如何通过结合智能的后端 Agent 和流畅的交互式前端来释放人工智能的真正力量，那你来对地方了！"
    "今天，我们将把你的知识提升到一个新高度，通过将强大的 Pydantic AI 研究 Agent 作为后端，与动态的 Streamlit 界面作为前端进行整合。\n"
)

# fresh20 642 (hsy358/obsidian-vault): its one block and its first paragraph.
ONE_BLOCK = (
    '---\ntitle: "谷歌突然放大招！Gemini API免费配额涨到100万Token，还不用绑卡"\nauthor: "无痕哥"\n'
    'publish_date: "2026-07-03 19:00:00"\nsaved_date: "2026-07-03"\nsource: "wechat"\n'
    'url: "https://mp.weixin.qq.com/s/tnELi7EPofIZ-D_yzFdC7A"\n---\n'
    "# 谷歌突然放大招！Gemini API免费配额涨到100万Token，还不用绑卡\n\n"
    "说起来有点意外。昨天打开AI Studio，发现我的Gemini API配额突然变了——每分钟Token数从25万直接跳到了100万。\n"
)

# fresh4 121's front matter as written (its body's 公众号: 极客之家 header left out) and its first paragraph.
GEEK_HOME = (
    '---\ntitle: "9.1k Star 的一站式 AI 后端神器：认证、存储、支付、部署，Agent 全包了！"\nauthor: "极客之家"\n'
    'date: "2026-05-09 10:05:00"\nsource: "https://mp.weixin.qq.com/s/4izUCuUyL5b16EPjlzXIvA"\n---\n\n'
    "用 Claude Code 或者 Cursor 写项目，最让人头疼的不是业务逻辑，是后端。\n"
)

# fresh3 107's front matter (a clipper whose author: is WeChat's writer field) and its first paragraph.
WRITER_FIELD = (
    '---\nsaved_date: 2026-05-25T21:37:50.026Z\ntitle: "我在贝索斯私人派对中所学到的一切"\n'
    'url: "https://mp.weixin.qq.com/s/hDZwK4tosnrKkMFbNymOzA?ref=newsletter.newslab.info"\nauthor: "诺亚·霍利"\n---\n\n'
    "对于地球上最富有的人来说，一切都是免费，一切都不重要。本文英文原文发表于《大西洋》2026年5月。\n"
)


def test_stacked_front_matter_blocks_are_all_front_matter(tmp_path):
    article = load_text(tmp_path, "2026-06-26 - 一步步教你用 Streamlit.md", STACKED)
    assert article.meta["publish_date"] == "2025-09-03"  # the second block fills the first's empty publish_date
    texts = list(article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
    assert not any("publish_date" in text or "source:" in text or "wechat" in text for text in texts)
    assert texts[0].startswith("如果你曾经好奇")


def test_a_thematic_break_around_text_after_the_front_matter_is_no_second_block():
    lines = ['---', 'title: "标题"', '---', '', '---', '', '如果你曾经好奇如何通过结合智能的后端 Agent 来释放人工智能的力量。', '', '---', '']
    front, body_start = markdown._front_matter(lines)
    assert (front["title"], body_start) == ("标题", 3)


def test_publish_date_with_a_time_dates_the_post(tmp_path):
    meta = load_text(tmp_path, "2026-07-03 - 谷歌突然放大招.md", ONE_BLOCK).meta
    assert (meta["publish_date"], meta["publish_date_source"]) == ("2026-07-03", "front matter publish_date:")


def test_a_saved_date_before_it_drops_a_later_publish_date():
    lines = ['---', 'title: "标题"', 'date: "2026-07-03 19:00:00"', 'saved_date: "2026-06-26"', '---', '']
    assert "publish_date" not in markdown._front_matter(lines)[0]


def test_platform_and_clipper_names_are_no_outlet(tmp_path):
    meta = load_text(tmp_path, "2026-07-03 - 谷歌突然放大招.md", ONE_BLOCK).meta
    assert meta["outlet"] not in ("wechat", "wechat-monitor")
    stacked = load_text(tmp_path, "2026-06-26 - 一步步教你用 Streamlit.md", STACKED).meta
    assert stacked["outlet"] != "wechat-monitor"


def test_a_wechat_clippers_author_field_that_is_no_person_is_the_account(tmp_path):
    meta = load_text(tmp_path, "2026-07-03 - 谷歌突然放大招.md", ONE_BLOCK).meta
    assert (meta["outlet"], meta["author"]) == ("无痕哥", None)
    assert load_text(tmp_path, "2026-06-26 - 一步步教你用 Streamlit.md", STACKED).meta["outlet"] == "AI大模型观察站"


def test_the_account_in_the_author_field_of_a_post_addressed_under_source(tmp_path):
    _, clues = markdown.parse(GEEK_HOME)
    assert "极客之家" in [clue.value for clue in clues if clue.key == "outlet"]
    meta = load_text(tmp_path, "121.md", GEEK_HOME).meta
    assert (meta["outlet"], meta["author"]) == ("极客之家", None)


def test_a_persons_name_in_a_wechat_clippers_author_field_stays_the_writer(tmp_path):
    meta = load_text(tmp_path, "107.md", WRITER_FIELD).meta
    assert meta["author"] == "诺亚·霍利"
    assert meta.get("outlet") != "诺亚·霍利"
