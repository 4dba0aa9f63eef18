"""Round 17 (loader17b): chrome shapes from the round's mini-gold sweep of new files.

The sweep's files (tests/data/sweep17/, each named with repository, path and commit in tests/data/SOURCES.tsv)
are records of the SogouCS news sample (搜狐公益 copies of papers' stories: an original-title note with the
headline's halves printed again under it, a page's credit line closing the story) and a community site's
security notice closing with a roster of the project's addresses. Every expected value was read off the file
by hand.
"""

from pathlib import Path

from conftest import body, role_holding
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep17"


def test_an_original_title_note_and_the_headline_halves_printed_again_under_it_are_no_body():
    # 新闻原标题：１１岁女孩下水勇救小弟弟　幸好路人及时出手救了两孩子 ⏎ 学校：… ⏎ 本报记者　黄轶涵／文　黄昕／漫画
    # ⏎ １１岁女孩下水勇救小弟弟 ⏎ 幸好路人及时出手救了两孩子 ⏎ 学校：… ⏎ 本报记者… ⏎ 尽管事情已经过去１０多天了，…
    article = load_article(SWEEP / "sohu_gongyi_girl_rescue.xml")
    assert role_holding(article, "新闻原标题：１１岁女孩下水勇救小弟弟") == ("boilerplate", "original_title")
    texts = body(article)
    assert "１１岁女孩下水勇救小弟弟" not in texts and "幸好路人及时出手救了两孩子" not in texts
    assert texts[0] == "尽管事情已经过去１０多天了，但莹莹的爸爸，还心有余悸。"
    assert texts[-1].endswith("所有学校的老师们，都应该给学生们，好好讲一讲。")
    assert article.coverage.ratio == 1.0


def test_a_short_line_that_only_shares_words_with_the_furniture_above_stays_body():
    # The sub-heading 要表扬但是绝对不提倡 further down is printed in no furniture line: it keeps its place.
    article = load_article(SWEEP / "sohu_gongyi_girl_rescue.xml")
    assert role_holding(article, "要表扬但是绝对不提倡")[0] == "body"
    assert role_holding(article, "小学四年级女生救５岁男孩")[0] == "body"


def test_a_page_s_writing_and_photo_credit_closing_the_story_is_its_byline():
    # … 向“７－２１”暴雨遇难者，默哀三分钟。 ⏎ 本版采写／新京报记者　王瑞锋　摄影／新京报记者　尹亚飞
    article = load_article(SWEEP / "sohu_gongyi_expressway_thanks.xml")
    assert role_holding(article, "本版采写／新京报记者　王瑞锋") == ("byline", "author")
    assert body(article)[-1].endswith("默哀三分钟。")


def test_a_roster_of_the_project_s_addresses_under_the_article_is_furniture():
    # WebSite ：https://… ⏎ MailList ：dev@dolphinscheduler@apache.org ⏎ Twitter ：@DolphinSchedule ⏎
    # YouTube ：https://… ⏎ Slack ：https://… ⏎ Contributor Guide：https://dolphinscheduler.apache.org/zh-cn/community
    article = load_article(SWEEP / "dolphinscheduler_vulnerability_notice.md")
    for line in ("MailList ：dev@dolphinscheduler@apache.org", "Twitter ：@DolphinSchedule",
                 "Contributor Guide：https://dolphinscheduler.apache.org/zh-cn/community"):
        assert role_holding(article, line)[0] == "boilerplate", line
    assert body(article)[0].startswith("Apache DolphinScheduler 社区邮件列表最近通告了 1 个漏洞")
    assert any(text.startswith("十分感谢广大用户选择 Apache DolphinScheduler") for text in body(article))
    assert article.coverage.ratio == 1.0
