"""Round 15 (loader15b): the two kinds of chrome the held-out rounds kept as body more than once.

Credit lines (who wrote, photographed, compiled or timed the story), kept in fresh7, fresh10, fresh11 and fresh12:
a paper and its writers in brackets closing the text, a note on who took the pictures glued to the last caption,
the list of outlets a story was compiled from, a talk's speaker credit, a filing time. Prompts and promotions,
kept in fresh10 and fresh12 and in the round's sweep: a call to play the video that a crawl glued between two
body sentences, the marker over an advert, a fan-page link, an invitation into a chat group, a sign-off asking to
follow the channel, a reprint's disclaimer. And a portal's summary box with its label glued on (fresh11), and a
page's skip link on a page saved as text (the sweep).

Files of the held-out splits are read from ../shared (seen since their scoring); files in tests/data/sweep15/ come
from repositories swept this round, named with repository, path and commit in tests/data/SOURCES.tsv. Every
expected value below was read off the file by hand.
"""

from pathlib import Path

from conftest import body, shared_or_skip
from zhnews.load import load_article

SWEEP = Path(__file__).parent / "data" / "sweep15"


def _roles_of(article, text: str) -> list[str]:
    return article.paragraphs.loc[article.paragraphs["text"] == text, "role"].tolist()


def test_a_paper_and_its_writers_in_brackets_closing_the_text_is_a_byline():
    # …程家集镇政府工作人员与孙玉芳家属连夜会面，商量结算政府欠条事宜。(新安晚报 焦雪、向凯)
    article = load_article(shared_or_skip("fresh11", "the round-12 held-out split, seen since")
                           / "387_qqnews_xinanwanbao_lixin_iou.html")
    assert _roles_of(article, "(新安晚报 焦雪、向凯)") == ["byline"]
    assert "记者昨晚了解到，程家集镇政府工作人员与孙玉芳家属连夜会面，商量结算政府欠条事宜。" in body(article)
    assert article.meta["author"] == "焦雪、向凯"
    assert article.coverage.ratio == 1.0


def test_who_took_the_pictures_glued_to_the_last_caption_is_no_body():
    # the last picture's caption, two spaces, then the credit for all the pictures:
    # 11月5日，南栗小学门口，家长在等小孩放学。  本文图片均为澎湃新闻记者 明鹊 图（除特别标注外）
    article = load_article(shared_or_skip("fresh12", "the round-13 held-out split, seen since")
                           / "400_json_pengpai_netease_missing_little_jack_ma.json")
    assert not any("本文图片均为" in text for text in body(article))
    captions = article.paragraphs.loc[article.paragraphs["role"] == "caption", "text"].tolist()
    assert any(text.startswith("11月5日，南栗小学门口，家长在等小孩放学。") for text in captions)
    assert article.coverage.ratio == 1.0


def test_the_outlets_a_story_was_compiled_from_are_a_source_line():
    # a line of its own under the lead: □综合新华社电、《华商报》、《新民周刊》
    article = load_article(shared_or_skip("fresh12", "the round-13 held-out split, seen since")
                           / "412_sql_newsdb_xian_kindergarten_antiviral_drug.sql")
    assert _roles_of(article, "□综合新华社电、《华商报》、《新民周刊》") == ["boilerplate"]
    assert article.coverage.ratio == 1.0


def test_a_talks_speaker_credit_is_a_byline_line():
    # under the header of a WeChat write-up of a talk: 分享嘉宾： 曾鸣，阿里巴巴 集团前总参谋长。
    article = load_article(shared_or_skip("fresh10", "the round-11 held-out split, seen since")
                           / "361_wechat_bijixia_zeng_ming_agents_speech.md")
    assert not any("分享嘉宾" in text for text in body(article))
    assert article.meta["author"] == "曾鸣"
    assert article.coverage.ratio == 1.0


def test_a_call_to_play_the_video_glued_between_two_body_sentences_is_cut_out():
    # a crawl that lost the page's line breaks: …陆续有海花岛其他岛屿的游客过来参观。戳视频，看现场！拆除风波中的海花岛…
    article = load_article(shared_or_skip("fresh12", "the round-13 held-out split, seen since")
                           / "402_jsonl_meijingwang_sohu_haihua_island_demolition.txt")
    texts = body(article)
    assert not any("戳视频" in text for text in texts)
    assert _roles_of(article, "戳视频，看现场！") == ["boilerplate"]
    assert any(text.endswith("陆续有海花岛其他岛屿的游客过来参观。") for text in texts)
    # what follows the prompt is a photo's caption closed by its credit (每经记者 X 摄, round 21), kept apart from the prompt
    assert _roles_of(article, "拆除风波中的海花岛2号岛 每经记者 陈荣浩 摄") == ["caption"]
    assert article.coverage.ratio == 1.0


def test_the_advert_marker_and_the_fan_page_link_of_a_saved_page_are_chrome():
    # a 自由時報 page saved as text: 自由電子報粉絲團 on a line of its own among the page's links, and
    # 請繼續往下閱讀... over the advert in the middle of the story
    article = load_article(shared_or_skip("fresh12", "the round-13 held-out split, seen since")
                           / "414_txt_ltn_myanmar_quake_taiwan_odm_factories.txt")
    assert "自由電子報粉絲團" not in body(article)
    assert "請繼續往下閱讀..." not in body(article)
    # the story stays (the photo's caption above it, closed by （美聯社）, is a caption since round 27: the gold's)
    assert any("緬甸週五（28日）中午發生劇烈強震" in text for text in body(article))
    assert article.coverage.ratio == 1.0


def test_an_invitation_into_the_accounts_chat_group_is_a_promo():
    # a bold line under a picture of a QR code, closing a WeChat notice:
    # **扫码加好友拉你进影迷群一起交流，如果你也是做线下放映的也可以入群交（广）流（告）。**
    article = load_article(shared_or_skip("fresh10", "the round-11 held-out split, seen since")
                           / "363_wechat_24zhen_broker_screening_notice.md")
    assert not any(text.startswith("扫码加好友拉你进影迷群") for text in body(article))
    # the notice's last lines under it are its own, not the promo's
    assert "请提前15分钟到场，并亮码、佩戴口罩" in body(article)
    assert article.coverage.ratio == 1.0


def test_a_portals_summary_box_with_its_label_glued_on_is_chrome():
    # [摘要]丽江一导游骂游客“没有消费比卖淫更可耻”遭视频曝光。丽江市旅游局回应称，骂人者无导游证，已对其立案调查。
    article = load_article(shared_or_skip("fresh11", "the round-12 held-out split, seen since")
                           / "386_qqnews_chinanews_lijiang_tour_guide.html")
    assert not any(text.startswith("[摘要]") for text in body(article))
    assert len(body(article)) > 5
    assert article.coverage.ratio == 1.0


def test_a_channels_sign_off_closing_a_glued_crawl_is_chrome():
    # a 新浪时尚 story crawled into one line, ending:
    # …以一种全新的方式讲述了街头与优雅的平衡。以上就是今日的巴黎看点，更多精彩继续关注新浪时尚。
    article = load_article(SWEEP / "sina_fashion_follow_signoff.txt")
    texts = body(article)
    assert not any("更多精彩继续关注新浪时尚" in text for text in texts)
    assert texts[-1].endswith("以一种全新的方式讲述了街头与优雅的平衡。")
    assert article.coverage.ratio == 1.0


def test_a_reprints_disclaimer_closing_a_glued_crawl_is_chrome():
    # a 新浪教育 reprint crawled into one line, ending: …直接全篇勾掉。毋庸置疑，…本文转载自《北京考仕通》的新浪博客，
    # 点击阅读原文。小编注：本文为转载新浪博客文章，观点只代表作者本人，不能代表新浪立场，新浪尊重原创。
    article = load_article(SWEEP / "sina_mba_exam_reprint_disclaimer.txt")
    texts = body(article)
    assert not any("不能代表新浪立场" in text for text in texts)
    # the reprint note before it ends the last paragraph too: the tail's cue (本文转载自…) reads it there
    assert not any("本文转载自《北京考仕通》的新浪博客" in text for text in texts)
    assert texts[-1].endswith("然后按照逻辑写出答案。")
    assert any(text.startswith("毋庸置疑，这样不仅会占用我们有限的答题空间") for text in texts)
    assert article.coverage.ratio == 1.0


def test_the_skip_link_of_a_page_saved_as_text_is_no_title():
    # a WordPress page saved as GB2312 text opens: 跳转到内容 / 屋脊雀 / 首页 / 文章分类 / …
    article = load_article(SWEEP / "wujique_page_saved_as_gb2312_text.txt")
    assert article.meta["title"] != "跳转到内容"
    assert _roles_of(article, "跳转到内容") == ["boilerplate"]
    assert "LCD是嵌入式常见设备，如何在LCD上显示汉字和英文？" in body(article)
    assert article.coverage.ratio == 1.0
