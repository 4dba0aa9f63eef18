"""Round 30 (brief r29r), loader: records and statistical bulletins.

R1: a WordPress REST post object (fresh34 985, 987: /wp-json/wp/v2/posts/<id> as a scraper saves it) holds its title,
content and excerpt as {"rendered": "…"} objects and its site's name in Yoast SEO's "yoast_head_json" ->
"og_site_name". The rendered value is its container's field (content: the body, read as HTML); a key ending in a
name that names a field of its own keeps its name inside a container that names none.
"""
import json

from conftest import body, load_text, role_holding

LEAD = "（中央社記者黃巧雯台北24日電）"
FIRST = "台灣職籃P. LEAGUE+台鋼獵鷹今天前3節幾乎一路領先，但在第4節崩盤，台北富邦勇士靠賴廷恩末節獨攬9分，以91比79逆轉勝出。"
SECOND = "獵鷹有5人得分雙位數，白薩15分最多，鉑金14分次之。"
# made up: a city paper's WordPress site, its post as the REST API returns it
OTHER_FIRST = "市政府昨日召开新闻发布会，宣布今年将新建和改扩建中小学二十所，新增学位两万余个，以缓解城区入学压力。"
OTHER_SECOND = "教育局负责人表示，新建学校将优先安排在人口导入较快的新城片区，预计明年秋季全部投入使用。"


def wordpress_post(title: str, content: str, excerpt: str, site: str) -> dict:
    return {
        "id": 37571, "date": "2025-04-24T22:10:00", "date_gmt": "2025-04-24T14:10:00",
        "guid": {"rendered": "https://example.org/?p=37571"},
        "slug": "%e5%8b%87%e5%a3%ab", "status": "publish", "type": "post",
        "link": "https://example.org/%e5%8b%87%e5%a3%ab/",
        "title": {"rendered": title},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": excerpt, "protected": False},
        "author": 8, "featured_media": 71584, "categories": [22], "tags": [352, 351],
        "yoast_head_json": {"title": f"{title} - {site}", "og_locale": "zh_TW", "og_type": "article",
                            "og_title": f"{title} - {site}", "og_site_name": site,
                            "schema": {"@graph": [{"@type": "Article", "author": {"name": "", "@id": ""}, "headline": title}]}},
    }


def test_a_wordpress_rest_post_is_read_by_its_rendered_fields(tmp_path):
    # fresh34 985: the content's HTML was a chrome field named "rendered", the body lost whole
    content = f"\n<p>{LEAD}{FIRST}</p>\n\n\n\n<p></p>\n\n<p>{SECOND}（編輯：管中維）1140424</p>\n"
    post = wordpress_post("PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷", content, f"<p>{FIRST[:40]} [&hellip;]</p>\n", "TSG WingStars")
    article = load_text(tmp_path, "post.json", json.dumps(post, ensure_ascii=False))
    assert article.meta["title"] == "PLG勇士逆轉擊敗獵鷹 季後賽首戰告捷"
    assert FIRST in "".join(body(article)) and SECOND in "".join(body(article))
    # the dateline the body now shows names the wire and its reporter
    assert article.meta["author"] == "黃巧雯"
    assert article.meta["outlet"] == "中央社"
    assert role_holding(article, FIRST[:40] + " [")[0] == "boilerplate"


def test_a_made_up_wordpress_post_of_another_site(tmp_path):
    content = (f'<p>{OTHER_FIRST}</p>\n<figure class="wp-block-image"><img src="a.jpg"/>'
               f'<figcaption class="wp-element-caption">新建的实验小学教学楼</figcaption></figure>\n<p>{OTHER_SECOND}</p>')
    post = wordpress_post("今年新建改扩建中小学二十所", content, f"<p>{OTHER_FIRST[:30]}&hellip;</p>", "江城日报")
    article = load_text(tmp_path, "post.json", json.dumps(post, ensure_ascii=False))
    assert article.meta["title"] == "今年新建改扩建中小学二十所"
    assert article.meta["outlet"] == "江城日报"
    assert body(article) == [OTHER_FIRST, OTHER_SECOND]
    assert role_holding(article, "新建的实验小学教学楼")[0] == "caption"
    assert role_holding(article, "https://example.org/?p=37571")[0] == "boilerplate"


def test_a_site_name_inside_a_page_object_is_the_outlet(tmp_path):
    # made up: a crawler's item with the page's Open Graph fields in an object of their own
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "page_meta": {"og_site_name": "江城日报", "og_type": "article"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["outlet"] == "江城日报"


def test_an_authors_name_key_is_still_its_containers_value(tmp_path):
    # near miss: {"author": {"author_name": …}} names the author, as before; a user's name (a key naming no field)
    # stays its container's, chrome
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "author": {"author_name": "王小明", "id": 7}, "user": {"user_name": "江城网友"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert article.meta["author"] == "王小明"
    assert role_holding(article, "江城网友")[0] == "boilerplate"


def test_a_value_keyed_rendered_outside_wordpress_keeps_its_place(tmp_path):
    # near miss: a record whose body is a plain string and whose "rendered" object is a preview card's stays as it was
    record = {"title": "今年新建改扩建中小学二十所", "content": OTHER_FIRST + OTHER_SECOND,
              "share_card": {"rendered": "<p>江城日报客户端</p>"}}
    article = load_text(tmp_path, "item.json", json.dumps(record, ensure_ascii=False))
    assert body(article) == [OTHER_FIRST + OTHER_SECOND]
