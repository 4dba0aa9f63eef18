"""Round 14 (loader14b): page furniture the round's sweep found kept as body. WeChat exports (chainreactors/picker):
the header's display name and account under the repeated title when no 原创 badge stands there, the card of the
account a post is shared from (以下文章来源于… / the name / . / the signature), WeChat's 编者荐语： label and the
calls for submissions under the article; saved Taiwanese pages (virus-warnning/twnews): the suicide-prevention
notice, a copyright line and a related-list heading written in Traditional characters, which the simplified cues
now read too; menu items a copied portal page did not repeat between the ones it did. And from fresh12 (seen since
its scoring): a reporter's and an editor's credit glued to the lead in a crawl that lost its line breaks.

Files in tests/data/sweep14/ come from repositories swept this round, named with repository, path and commit in
tests/data/SOURCES.tsv; every expected value below was read off the file by hand.
"""

from pathlib import Path

import pytest

from conftest import body, shared_or_skip
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep14"


def _role_of(article, text: str) -> str:
    rows = article.paragraphs.loc[article.paragraphs["text"] == text, "role"].tolist()
    assert rows, f"no paragraph reads {text!r}"
    return rows[0]


def test_wechat_header_without_the_original_badge_is_byline_not_body():
    # # 微软紧急提醒开发人员更新 .NET 安装程序，以免遭供应链攻击
    # Bill Toulas
    # 代码卫士
    # ![](…gif)
    # **编译：代码卫士**
    # **微软正在强制 .NET 开发人员快速更新他们的应用程序…
    article = load_article(SWEEP / "picker_daimaweishi_header_without_badge.md")
    assert _role_of(article, "Bill Toulas") == "byline"
    assert _role_of(article, "代码卫士") != "body"
    assert body(article)[0] != "Bill Toulas"
    assert any(text.startswith("微软正在强制 .NET 开发人员快速更新他们的应用程序") for text in body(article))
    assert body(article)[-1].startswith("微软暂时还未就 .NET 域名迁移的问题作出答复")
    assert article.coverage.ratio == 1.0


def test_the_card_of_a_shared_post_is_furniture_and_the_sharers_note_stays():
    # 编者荐语：
    # 美国政府相关部门已经开始部署并实施一系列针对软件供应链安全的措施，…
    # 以下文章来源于中国信息安全
    # ，作者李彦峰等
    # ![](http://wx.qlogo.cn/mmhead/…)
    # **中国信息安全**
    # .
    # 《中国信息安全》杂志，介绍国内外最新网络安全动态，深度解读网络安全事件，…
    # 文 | 中国电子技术标准化研究院 李彦峰 张卫博 赵新强 王惠莅 张东举
    article = load_article(SWEEP / "picker_anquanneican_shared_post_card.md")
    texts = body(article)
    assert "编者荐语：" not in texts
    assert not any(text.startswith("以下文章来源于") for text in texts)
    assert "中国信息安全" not in texts and "." not in texts
    assert not any(text.startswith("《中国信息安全》杂志，介绍国内外最新网络安全动态") for text in texts)
    assert any(text.startswith("美国政府相关部门已经开始部署并实施一系列针对软件供应链安全的措施") for text in texts)
    assert any(text.startswith("软件供应链是基于供应关系的网链系统") for text in texts)
    assert article.coverage.ratio == 1.0


def test_a_cards_short_signature_is_furniture_and_the_article_under_it_body():
    # 以下文章来源于天空卫士SkyGuard / ，作者天空卫士 / ![](…) / **天空卫士SkyGuard** / . / 以人为本的数据安全 /
    # 在新春佳节前夕，2025年1月15日，天空卫士在香港九龙香格里拉酒店隆重举办…
    article = load_article(SWEEP / "picker_shushizixun_shared_post_card.md")
    texts = body(article)
    assert not {"天空卫士SkyGuard", ".", "以人为本的数据安全"} & set(texts)
    assert texts[0].startswith("在新春佳节前夕，2025年1月15日，天空卫士在香港九龙香格里拉酒店隆重举办")
    assert article.coverage.ratio == 1.0


@pytest.mark.parametrize("name, contact, last_body", [
    # the last paragraph, then 原文来源：E安全 and the call for submissions set in quotes
    ("picker_cert_quoted_submission_contact.md", "“投稿联系方式：010-82992251 sunzhonghao@cert.org.cn”",
     "至于 0x80070643 错误，如果您无法调整 WinRE 分区的大小"),
    # 渠道合作咨询 田先生 15611262709 / 稿件合作 微信:shushu12121 under the article
    ("picker_winicssec_manuscript_contact.md", "稿件合作 微信:shushu12121", "通过标准协同赋能，威努特持续助力工业企业优化安全体系"),
])
def test_a_call_for_submissions_under_the_article_is_no_body(name, contact, last_body):
    article = load_article(SWEEP / name)
    assert _role_of(article, contact) == "boilerplate"
    assert body(article)[-1].startswith(last_body)


def test_a_taiwanese_pages_care_notice_and_copyright_in_traditional_characters_are_no_body():
    # 台中市凌晨發生一起墜樓案，… / 今晨3時許，… / 自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。 / 再給自己一次機會 /
    # 自殺防治諮詢安心專線：0800-788995（24小時） / 生命線協談專線：1995 / 張老師專線：1980 / >>加入蘋果日報粉絲團94即時94狂！ /
    # 本新聞文字、照片、影片專供蘋果《好蘋友》壹會員閱覽，版權所有，禁止任何媒體、社群網站、論壇，…轉貼分享，違者必究。
    article = load_article(SWEEP / "twnews_appledaily.html")
    texts = body(article)
    assert len(texts) == 2
    assert texts[0].startswith("台中市凌晨發生一起墜樓案，一名賴姓女子酒後與男友發生口角")
    assert texts[1].startswith("今晨3時許，位在文心路的一棟住宅大樓突然傳出3聲巨響")
    assert article.coverage.ratio == 1.0


def test_a_font_size_widget_a_care_notice_and_a_related_heading_around_a_taiwanese_story_are_no_body():
    # 字級設定：小中大特 / 北市士林區葫蘆街一處民宅，… / ★中時電子報關心您：再給自己一次機會 / 自殺諮詢專線：… / 生命線：1995 /
    # 張老師專線：1980 / (中時 ) / … / 也許您會感興趣 / 推薦閱讀
    article = load_article(SWEEP / "twnews_chinatimes.html")
    texts = body(article)
    for chrome in ("字級設定：小中大特", "★中時電子報關心您：再給自己一次機會", "張老師專線：1980", "推薦閱讀"):
        assert chrome not in texts
    assert any(text.startswith("北市士林區葫蘆街一處民宅，16日下午1時48分驚傳一對97歲母親和75歲的兒子") for text in texts)
    assert article.coverage.ratio == 1.0


def test_credits_glued_to_the_lead_split_off_and_the_lead_stays_body():
    # fresh12 402 (a Sohu JSON-lines record whose content lost its line breaks): the content field opens
    # 每经记者：陈荣浩 每经编辑：陈梦妤近日，儋州市海花岛2号岛39栋楼被确定为违法建筑，要求相关开发商在10日内自行拆除。…
    folder = shared_or_skip("fresh12", "the round-13 held-out split, seen since")
    article = load_article(folder / "402_jsonl_meijingwang_sohu_haihua_island_demolition.txt")
    paragraphs = article.paragraphs
    credit = paragraphs.loc[paragraphs["text"] == "每经记者：陈荣浩 每经编辑：陈梦妤", "role"].tolist()
    assert credit == ["byline"]
    assert any(text.startswith("近日，儋州市海花岛2号岛39栋楼被确定为违法建筑") for text in body(article))
    assert article.meta["author"] == "陈荣浩"
    assert article.coverage.ratio == 1.0


def test_menu_items_the_page_did_not_repeat_are_menu_too():
    # fresh12 414 (a Liberty Times page copied as plain text): its bar 地產 / 專區 / TAIPEI TIMES / 求職 / 爆 / Search,
    # and 蒐奇 / 影音 / 財經 higher up; the lines the page repeats were chrome, the others read as body.
    folder = shared_or_skip("fresh12", "the round-13 held-out split, seen since")
    article = load_article(folder / "414_txt_ltn_myanmar_quake_taiwan_odm_factories.txt")
    for item in ("影音", "TAIPEI TIMES", "求職", "爆"):
        assert item not in body(article)
    assert article.coverage.ratio == 1.0
