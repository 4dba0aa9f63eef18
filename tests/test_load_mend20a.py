"""Round 20, loader20a: article meta of issue 11 (schema.org article types other than NewsArticle; the 原创-badge
author as a field of its clue)."""

import pytest
from conftest import load_text
from lxml import html as lxml_html

from zhnews.load.html import _json_ld_clues

# fresh14 481 (sgInnora/alipay-deeplink-research, the web mirror of a deleted WeChat post): its JSON-LD as the page has it.
TECH_ARTICLE = """{
  "@context": "https://schema.org",
  "@type": "TechArticle",
  "headline": "支付宝位置被秒偷！36个安全发现揭示10亿人App的风险 | Innora AI",
  "datePublished": "2026-03-11T00:00:00+08:00",
  "dateModified": "2026-03-25T00:00:00+08:00",
  "author": {"@type": "Person", "name": "Jiqiang Feng"},
  "publisher": {"@type": "Organization", "name": "Innora AI Security Research", "url": "https://innora.ai"}
}"""
BODY = ("<p>这是一份针对支付宝的安全分析，揭示其位置追踪、剪贴板监控和过度数据收集等36项安全风险。</p>"
        "<p>研究团队在多个版本的客户端上复现了这些问题，并在报告中给出了可以在线验证的演示。</p>")


def _page(json_ld: str) -> str:
    return (f"<html><head><title>支付宝位置被秒偷！36个安全发现揭示10亿人App的风险 | Innora AI</title>"
            f"<script type=\"application/ld+json\">{json_ld}</script></head><body>{BODY}</body></html>")


def test_a_tech_article_s_structured_data_gives_its_author_and_date(tmp_path):
    article = load_text(tmp_path, "481.html", _page(TECH_ARTICLE))
    assert article.meta["author"] == "Jiqiang Feng"
    assert article.meta["author_source"] == "JSON-LD TechArticle"
    assert article.meta["publish_date"] == "2026-03-11"  # datePublished, not dateModified


@pytest.mark.parametrize("kind, is_article", [
    ("TechArticle", True), ("ScholarlyArticle", True), ("BlogPosting", True), ("LiveBlogPosting", True),
    ("ReportageNewsArticle", True), ("Report", True),
    ("WebPage", False), ("BreadcrumbList", False), ("Organization", False), ("ImageObject", False),
])
def test_which_schema_org_types_are_the_article(kind, is_article):
    root = lxml_html.fromstring(_page(TECH_ARTICLE.replace('"TechArticle"', f'"{kind}"')))
    assert any(clue.key == "author" for clue in _json_ld_clues(root)) is is_article
