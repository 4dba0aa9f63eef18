"""Round 12 mend (mend12a) after fresh11's scoring: each miss as a short article built from the article's own lines
(data/eval/fresh11/, provenance in data/eval/fresh11/SOURCES.tsv); expected values read off the text by hand.
"""

import json

from conftest import load_text

# Three paragraphs of 380 (a scraper's JSON dump of a 人民网 page, the text stored twice: as "content", a list of
# paragraphs, and as "content_text", the same paragraphs joined by line breaks).
BLACK_SOIL = ["午后，齐北松和李克东行走在吉林省长春市农安县田间，察看玉米新苗长势。",
              "一张张“处方图”，如何应用到实际耕作中？记者来到隆源农业的农机库，在大农机上找到了答案。",
              "系统画像、给出处方、精准施肥，锚定节肥增效目标，通过全链条一体化的技术体系，不同地块得到精细照料。",
              "目前，变量施肥技术体系在吉林、黑龙江等地累计核心示范面积34万亩，辐射推广超300万亩。",
              "《 人民日报 》（ 2026年06月12日   06 版）"]
RECORD = {"title": "给黑土地做体检，施肥更精细（经济聚焦·农田里的新鲜事）",
          "url": "http://finance.people.com.cn/n1/2026/0612/c1004-40738768.html",
          "publish_time": "2026-06-12 06:06", "source": "人民网－人民日报", "reporter": "孟海鹰", "channel": "财经要闻"}


def _body(article) -> str:
    table = article.paragraphs
    return "".join(table.loc[table["role"] == "body", "text"])


def test_a_record_holding_its_text_twice_keeps_one_copy_as_body(tmp_path):
    # 380, 381: the copy read as the body came after the other copy, made chrome by the reader, and was taken
    # for "the article again, under its first copy": no body was left and the file was refused.
    record = {**RECORD, "content": BLACK_SOIL, "content_text": "\n".join(BLACK_SOIL), "word_count": 2171}
    article = load_text(tmp_path, "380.json", json.dumps(record, ensure_ascii=False, indent=2))
    body = _body(article)
    assert all(paragraph in body for paragraph in BLACK_SOIL[:4])
    assert body.count("午后，齐北松") == 1 and "人民日报 》" not in body
    assert (article.meta["title"], article.meta["author"]) == (RECORD["title"], "孟海鹰")
    assert article.coverage.ratio == 1.0


def test_a_text_stored_as_a_list_of_paragraphs_is_read_whole(tmp_path):
    # 380 without its "content_text": the body was the list's longest paragraph alone, the others chrome.
    record = {**RECORD, "content": BLACK_SOIL}
    body = _body(load_text(tmp_path, "380.json", json.dumps(record, ensure_ascii=False, indent=2)))
    assert all(paragraph in body for paragraph in BLACK_SOIL[:4])


# 394 and 395 (a Vancouver association's site, its articles as JavaScript data files): the record's category fields,
# then the article, its body a list of blocks, each a paragraph's text or a picture, one level deeper.
ASSOCIATION_JS = '''{{
    id: {id},
    categoryClass: "information",
    subCategoryClass: "placeholder",
    parentDirectory: "info",
    category: "信息资讯",
    subcategory: "家乡协会",
    subDirectory: "/info/association",
    article: {{
      title: {title},
      date: {date},
      content: [
        {{
          paragraph: {{
            text: "{first}",
          }},
        }},
        {{
          image: {{
            imageSRC: "/images/article/1639682959345627.jpeg",
          }},
        }},
        {{
          paragraph: {{
            text: "溫州同鄉會會長朱建國指出，獻愛心，不分年齡；捐善款，不論多少。在加拿大生活的每一位華人都是這個國家的一份子。",
          }},
        }},
        {{
          space: {{}},
        }},
        {{
          paragraph: {{
            text: "在加拿大出生的林瑜涵小朋友今年10岁，目前在中國學習中文。她將20元壓歲錢拿出來，捐給災區小朋友。",
          }},
        }},
      ],
    }},
  }}'''
FLOOD = "【明報專訊】日前，加拿大溫州同鄉總會在社交媒體上發起了為卑詩省洪水災民募捐活動。短短48小時就募集到來自溫州同鄉的8000仟多元加币善款。"
CHROME = ("information", "placeholder", "信息资讯", "家乡协会", "/info/association", "/images/article/1639682959345627.jpeg")


def test_a_js_data_file_whose_values_name_variables_is_a_record_read_whole(tmp_path):
    # 394: id: pid4, title: pid4Title, date: pid4Date (values the site's code defines elsewhere): the literal was
    # no JSON, the file was read as plain text and every field's value (information, 信息资讯 …) was body.
    text = ASSOCIATION_JS.format(id="pid4", title="pid4Title", date="pid4Date", first=FLOOD)
    article = load_text(tmp_path, "394.js", text)
    body = _body(article)
    assert not any(value in body for value in CHROME)
    assert "日前，加拿大溫州同鄉總會" in body and "溫州同鄉會會長朱建國指出" in body and "林瑜涵小朋友" in body
    # the wire tag opens the first paragraph: the outlet, no header field 【明報專訊】 holding the paragraph
    assert "【明報專訊】" not in body and article.meta["outlet"] == "明報"
    assert article.coverage.ratio == 1.0


def test_a_body_of_nested_paragraph_blocks_is_read_whole_and_the_sites_own_tag_is_chrome(tmp_path):
    # 395: the same file shape with literal values; the body was the longest paragraph alone (4 of 5 gold
    # sentences lost), and its lead （本网讯） names the site itself, no outlet.
    first = "（本网讯）2023年1月15日晚，癸卯玉兔向我们奔跑而来，居住在大温哥华地区的温州籍乡亲们在皇廷酒家齐聚一堂共迎新春。"
    text = ASSOCIATION_JS.format(id="100095", title='"加拿大温州同乡总会鸿兔大展盛宴迎春 "', date='"2023-01-15"', first=first)
    article = load_text(tmp_path, "395.js", text)
    body = _body(article)
    assert "2023年1月15日晚，癸卯玉兔" in body and "溫州同鄉會會長朱建國指出" in body and "林瑜涵小朋友" in body
    assert "本网讯" not in body and not any(value in body for value in CHROME)
    assert (article.meta["title"], article.meta["publish_date"]) == ("加拿大温州同乡总会鸿兔大展盛宴迎春", "2023-01-15")
