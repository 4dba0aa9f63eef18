"""Round 16 (loader16b): shapes from the round's mini-gold sweep of new files, and the escaped line breaks of an export.

The sweep's files (tests/data/sweep16/, each named with repository, path and commit in tests/data/SOURCES.tsv)
are a GNews mirror's reposts (a back-link heading above the headline, a time stamp and the repost link on one line,
wiki links [[zh:X]] in the text), a CEC corpus text whose plate numbers are masked with asterisks, a WeChat page
saved while the site showed its verification wall, and X articles clipped to markdown that close with the
original's credit, an escaped link or a list of sources, or open with a "推荐阅读" list of quoted links. Every
expected value was read off the file by hand.
"""

import json
from pathlib import Path

import pytest

from conftest import body, role_holding
from zhnews.errors import ArticleError
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep16"


def test_a_mirror_back_link_heading_is_navigation_and_the_headline_below_it_the_title():
    # ###  [:house:返回](README.md) ⏎ --- ⏎ ## 马英九访问大陆第二日 会晤广东省委书记黄坤明
    article = load_article(SWEEP / "gnews_ma_ying_jeou_guangdong.md")
    assert role_holding(article, ":house:返回") == ("boilerplate", "nav")
    assert article.meta["title"] == "马英九访问大陆第二日 会晤广东省委书记黄坤明"
    assert article.coverage.ratio == 1.0


def test_a_time_stamp_and_the_repost_link_on_one_line_is_no_body():
    # `4/2/2024 1:10 PM UTC ` [轉載自GNews](https://gnews.org/articles/2444354)
    article = load_article(SWEEP / "gnews_ma_ying_jeou_guangdong.md")
    assert not any("轉載自GNews" in text for text in body(article))
    assert body(article)[0].startswith("【Now新闻台】国民党前主席马英九访问大陆第二日，参观了比亚迪总部")


def test_wiki_links_read_as_the_words_they_show():
    # [[zh:马英九]]这次访问行程共11日，预计周三在[[zh:广州]]会与[[zh:中山]]大学师生交流，…
    article = load_article(SWEEP / "gnews_ma_ying_jeou_guangdong.md")
    assert not any("[[" in text or "zh:" in text for text in body(article))
    assert body(article)[-1].startswith("马英九这次访问行程共11日，预计周三在广州会与中山大学师生交流")


def test_a_sentence_that_begins_as_the_headline_reads_is_not_cut_as_a_repeated_title():
    # Headline 马英九访问大陆第二日 会晤广东省委书记黄坤明; the second paragraph opens with the same words in a
    # sentence (…第二日，广东省委书记黄坤明周二晚…会晤。): the whole sentence is body.
    article = load_article(SWEEP / "gnews_ma_ying_jeou_guangdong.md")
    assert any(text.startswith("马英九访问大陆第二日，广东省委书记黄坤明周二晚在广州白天鹅宾馆与他会晤。") for text in body(article))


def test_asterisks_that_mask_a_plate_number_do_not_make_a_text_markdown():
    # 2013年12月1日08:18 ⏎ 厦门网-厦门日报讯(记者…)…驾驶厦门锕伟建材有限公司的闽D/**308重型大货车…碰撞闽C/**W26小轿车
    article = load_article(SWEEP / "cec_xiamen_truck_crash.txt")
    assert article.meta["format"] == "text"
    assert role_holding(article, "2013年12月1日08:18") == ("byline", "publish_date")
    # the site-and-paper dateline is cut off the lead since round 23 (mend24a), as 新京报讯（记者…） always was
    assert role_holding(article, "厦门网-厦门日报讯(记者应洁曾嫣艳通讯员厦公宣)") == ("byline", "dateline")
    assert body(article)[0].startswith("11月30日14时21分许")
    assert any("闽D/**308重型大货车" in text for text in body(article))


def test_a_saved_verification_wall_is_refused_with_its_reason():
    # Weixin Official Accounts Platform / 环境异常 / 当前环境异常，完成验证后即可继续访问。 / 去验证
    with pytest.raises(ArticleError, match="verification"):
        load_article(SWEEP / "wechat_verification_wall.html")


def test_the_original_s_credit_and_link_closing_a_translation_are_no_body():
    # 原文：Jakob Nielsen，Ph.D. —— Jakob Nielsen on UX，2026年3月26日 ⏎
    # 链接：[https://jakobnielsenphd.substack.com/p/intent-ux?utm\_source=publication-search](…)
    article = load_article(SWEEP / "xclip_intent_ux.md")
    assert body(article)[-1] == '设计这种"委托而非放弃"的微妙关系，是未来十年最大的 UX 挑战。'
    assert not any("_source=" in text for text in article.paragraphs["text"])
    assert article.coverage.ratio == 1.0


def test_a_long_list_of_sources_on_one_line_closing_the_text_is_a_reference_list():
    # 参考来源：Anthropic Engineering Blog（Building Effective Agents, …）；Google Developers Blog（…）: 403 characters
    article = load_article(SWEEP / "xclip_multi_agent_illusion.md")
    assert body(article)[-1] == "等你发现问题的时候，流水线已经很长了。"


def test_quoted_link_lines_under_a_recommended_reading_label_are_related_links():
    # **推荐阅读：** ⏎ > [1\. 《我的 OpenClaw 到 Hermes 无痛迁移实录》](https://x.com/…) ⏎ > [2\. 《一文理清！…》](…)
    article = load_article(SWEEP / "xclip_hermes_multi_agent.md")
    assert not any("无痛迁移实录" in text or "全部高阶工具配置" in text for text in body(article))
    assert any(text.startswith("现在单拎一个Agent都已经足够强大了") for text in body(article))


# The escaped line breaks: fresh14 483 was a text file whose paragraphs an export joined with the two characters
# \ and n (…表示。\n\n美国心脏协会…, as the claims stage's _MARKUP_PREFIX comment records it); a crawler that
# encodes its JSON twice leaves the same in a record's text. The sentences below are made up in that shape.
_PARAGRAPHS = ["6月1日，某地举行防汛应急演练。", "演练模拟了强降雨引发山洪的场景，200余人参加。", "市应急管理局负责人表示，演练检验了预案的可操作性。"]


def test_a_record_whose_text_holds_escaped_line_breaks_has_its_paragraphs(tmp_path):
    record = {"title": "某地举行防汛演练", "source": "某某日报", "pub_time": "2023-06-01", "content": "\\n\\n".join(_PARAGRAPHS)}
    path = tmp_path / "escaped.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    article = load_article(path)
    assert body(article) == _PARAGRAPHS
    assert article.coverage.ratio == 1.0


def test_a_one_line_text_with_escaped_line_breaks_has_its_paragraphs(tmp_path):
    path = tmp_path / "escaped.txt"
    path.write_text("某地举行防汛演练\\n\\n" + "\\n\\n".join(_PARAGRAPHS) + "\n", encoding="utf-8")
    article = load_article(path)
    assert body(article) == _PARAGRAPHS
    assert article.coverage.ratio == 1.0


def test_an_escape_quoted_in_an_article_of_many_lines_stays_as_written(tmp_path):
    path = tmp_path / "code.md"
    path.write_text('# 一个C语言例子\n\n下面的程序打印一行：\n\nprintf("你好\\n");\n\n运行后屏幕上出现“你好”。\n', encoding="utf-8")
    assert 'printf("你好\\n");' in body(load_article(path))


def test_a_code_block_s_fences_are_no_text_of_its_paragraphs():
    # ```bash ⏎ # 直接和 agent 说 ⏎ 帮我部署 https://github.com/EKKOLearnAI/hermes-web-ui ⏎ ```
    article = load_article(SWEEP / "xclip_hermes_multi_agent.md")
    assert not any("```" in text or text.startswith("bash") for text in article.paragraphs["text"])
    assert "帮我部署" in body(article)
    assert article.coverage.ratio == 1.0
