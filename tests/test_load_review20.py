"""Round 20 review: an outlet named with its post's date in one source field, and front matter after blank lines.

The lines are fresh19's (seen since round 20's one scoring); expected values written by hand from the text.
"""

from conftest import load_text


def test_a_source_field_names_the_account_and_dates_the_post(tmp_path):
    # fresh19 600_wechat_haiwaidujiaoshou_langchain_long_horizon_agents.md (maxzyma/articleread): the archive writes
    # the account and the day in one 来源 field; the comma before the date is not part of the name.
    article = load_text(tmp_path, "post.md", (
        "# 红杉对话 LangChain 创始人：2026 年 AI 告别对话框，步入 Long-Horizon Agents 元年\n\n"
        "> 来源：微信公众号 海外独角兽，2026-01-27\n"
        "> 原文链接：https://mp.weixin.qq.com/s/KX-k9r5FOwz2Yu6NQOSD3g\n\n"
        "作为站在 Agent 基础设施最前沿的先行者，Harrison 揭示了为什么 Agent 正迎来其爆发的“第三个拐点”。\n\n"
        "让 LLM 在一个循环中运行并自主决策，这一直是 Agent 的核心理念。\n"))
    assert (article.meta["outlet"], article.meta["publish_date"]) == ("海外独角兽", "2026-01-27")


def test_front_matter_after_a_blank_line_is_still_front_matter(tmp_path):
    # fresh19 632_md_hexo_sina_finance_chinanews_31_provinces_gdp.md (Rock-Candy-Tea/RSSHUB-PAGE): the Hexo bot writes
    # a blank line before the opening ---; the title is the title: field, not the lines of the header run together.
    article = load_text(tmp_path, "post.md", (
        "\n---\ntitle: '中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现'\ncategories: \n - 金融\n"
        "author: 新浪财经\ncomments: false\ndate: Mon, 01 Nov 2021 02:46:58 GMT\n---\n\n"
        "中新社北京11月1日电 中国31个省份前三季度GDP数据日前已全部出炉。\n\n"
        "数据显示，共有15个省份GDP总量超过2万亿元(人民币，下同)。\n"))
    assert article.meta["title"] == "中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现"
    assert "title: '中国前三季度31省份GDP数据揭晓 多地发展韧性持续显现'" not in set(
        article.paragraphs.loc[article.paragraphs["role"] == "body", "text"])
