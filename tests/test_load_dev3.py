"""Round-4 development articles of ../shared/dev3 (outlets in no other split): the shapes they failed on.

Expected values are the hand-labelled gold of data/eval/loader/meta.tsv and lines.tsv (articles 200-214,
labelled from the files before zhnews ran on them; GUIDE.md there).
"""

import pytest

from conftest import load, role_holding, shared_or_skip


@pytest.fixture(scope="module")
def dev3_dir():
    return shared_or_skip("dev3", "run bench/restore_shared.py dev3 (needs the mirrored repositories)")


def test_content_farm_repost_names_the_reporters_outlet_and_drops_a_teaser(dev3_dir):
    # 采写：南都记者 余毅菁 向雪妮 closes the story; under it a related box (责任编辑：, a headline, a teaser cut by …)
    article = load(dev3_dir, "207_fuda_nandu_jiangmen_phone_scam.html")
    assert article.meta["author"] == "余毅菁、向雪妮"
    assert article.meta["outlet"] == "南都"
    assert role_holding(article, "采写：南都记者 余毅菁 向雪妮") == ("byline", "author")
    assert role_holding(article, "香港警方：8.31示威行动未发生致命事件，谴责造谣者")[0] == "boilerplate"
    assert role_holding(article, "有包括太子站伤者在内的46人因参")[0] == "boilerplate"
    assert role_holding(article, "拿不准时可拨打110求证。")[0] == "body"


def test_info_line_with_the_author_glued_to_the_source(dev3_dir):
    article = load(dev3_dir, "202_stcn_noon_announcements.html")
    assert (article.meta["author"], article.meta["outlet"], article.meta["publish_date"]) == ("李在山", "证券时报网", "2019-09-26")


def test_reporter_credit_after_the_story_and_photo_captions_closed_by_a_supplier(dev3_dir):
    article = load(dev3_dir, "209_youth_cyol_elderly_care_major.html")
    assert (article.meta["author"], article.meta["outlet"]) == ("魏其濛", "中国青年报")
    assert role_holding(article, "毕业生就业双选会现场。山东女子学院供图") == ("caption", "image_caption")


def test_recommended_teasers_above_read_more_links_are_not_the_article(dev3_dir):
    article = load(dev3_dir, "203_people_culture_fathers_day_poems.html")
    assert role_holding(article, "致敬改革开放四十年，文化大家讲述亲历")[0] == "boilerplate"
    assert role_holding(article, "字里行间都是对儿子的爱。")[0] == "body"


def test_an_editorial_signed_as_such_names_no_author(dev3_dir):
    article = load(dev3_dir, "213_wechat_pengpaipinglun_designated_residence.md")
    assert article.meta["author"] is None and article.meta["outlet"] == "澎湃新闻评论"


def test_office_signature_closing_a_government_item_is_split_off(dev3_dir):
    article = load(dev3_dir, "206_zjfgw_deqing_investment.html")
    assert role_holding(article, "（德清县发改局）")[0] == "boilerplate"
    assert role_holding(article, "总体全县投资结构趋稳趋优。")[0] == "body"


def test_account_link_with_brackets_in_its_target_is_the_account_line(dev3_dir):
    # [经视直播](javascript:void(0);) alone above the article: no ";)" left over, a byline naming the account
    article = load(dev3_dir, "212_wechat_jingshizhibo_voice_collection.md")
    table = article.paragraphs
    assert not table["text"].str.contains(";)", regex=False).any()
    assert table.loc[table["text"] == "经视直播", ["role", "kind"]].values.tolist() == [["byline", "outlet"]]
    assert (article.meta["outlet"], article.meta["author"]) == ("经视直播", "承畴")
