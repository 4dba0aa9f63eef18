"""Round 31 mend, fourth wave (m31a4): shapes the third wave grouped among the seen misses (issue 11).

- fresh36 1023 (a CMS record of a 中央社 wire, no date field but an edit's time): the wire's date code after its closing
  credit (（譯者：洪啓原/核稿：陳彥鈞）1140309 = 民國114年3月9日) is the day it was filed, the only publish date the text
  gives; the same code closes every 中央社 story (（編輯：張瑞芬）1130601, fresh30 907, fresh34 985).
"""

import json

from conftest import load_text

from zhnews.load.pieces import minguo_date_code

_WIRE_LEAD = ("（中央社北京9日綜合外電報導）英國「金融時報」報導，中國富裕投資者已透過特殊目的公司，悄悄投資美國億萬富豪馬斯克掌控的"
              "太空探索科技公司等未上市企業，金額超過3000萬美元。")
_WIRE_END = "馬斯克、SpaceX、xAI以及Neuralink的代表，都尚未回覆金融時報的多次置評請求。"


def _record(content: str) -> str:
    # fresh36 1023, cut small: a CMS export's item with a placeholder title and no publish date field
    return json.dumps({"id": "tWqTTQ6R3b5hLffpUHXq", "title": "新增訊息", "content": content}, ensure_ascii=False)


def test_the_date_code_after_a_wire_s_closing_credit_dates_it(tmp_path):
    real = load_text(tmp_path, "1023.json", _record(f"{_WIRE_LEAD}<br><br>{_WIRE_END}（譯者：洪啓原/核稿：陳彥鈞）1140309"))
    assert real.meta["publish_date"] == "2025-03-09"
    # made-up variants: an editor's credit as 中央社 signs most stories, reposted as Markdown; a Simplified repost
    markdown = load_text(tmp_path, "a.md", "# 台北商圈認證 寧夏西門獲3星\n\n（中央社記者戴雅真台北29日電）台北市政府今天公布星級商圈分級認證，"
                                           "寧夏商圈和西門商圈獲得3星級最高殊榮。\n\n西湖商圈、朝陽服飾材料商圈則是獲得潛力獎。\n\n（編輯：張瑞芬）1021029\n")
    assert markdown.meta["publish_date"] == "2013-10-29"
    simplified = load_text(tmp_path, "b.txt", "（中央社台北1日电）台湾今天起调整电价，住宅用户平均涨幅约3%。\n\n"
                                              "经济部表示，调整后仍低于多数邻近国家水准。（编辑：林克伦）1130601\n")
    assert simplified.meta["publish_date"] == "2024-06-01"


def test_a_date_field_beats_the_code(tmp_path):
    # fresh34 985's shape: a reposting site's own date field is the date its reader sees
    dated = json.loads(_record(f"{_WIRE_LEAD}<br><br>{_WIRE_END}（編輯：管中維）1140424"))
    dated["date"] = "2025-05-31T10:06:47"
    article = load_text(tmp_path, "985.json", json.dumps(dated, ensure_ascii=False))
    assert article.meta["publish_date"] == "2025-05-31"


def test_seven_digits_that_are_no_date_code_date_nothing(tmp_path):
    # near misses: a phone number after a service line, an editor's credit followed by digits that cannot be a date
    phone = load_text(tmp_path, "p.txt", f"{_WIRE_LEAD}\n\n{_WIRE_END}\n\n（服務專線：2345678）\n")
    assert phone.meta["publish_date"] is None
    assert minguo_date_code("（編輯：王小明）1134567") is None  # month 45
    assert minguo_date_code("（編輯：王小明）0990601") is None  # no 民國 year under 100 has a seven-digit code
    assert minguo_date_code("身分證字號末七碼1130601號") is None  # the code closes the line
    assert minguo_date_code("（編輯：張瑞芬）1130601") == "2024-06-01"
