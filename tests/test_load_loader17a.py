"""Round 17 (loader17a): outlet shapes of the mini-gold sweep's tune half and the seen splits, each on two sources or
plainly general. Seen articles are quoted (split/file); swept files are copied to tests/data (tests/data/SOURCES.tsv).
"""

from pathlib import Path

from conftest import load_text

from zhnews.load import load_article
from zhnews.load.meta import clean_outlet

DATA = Path(__file__).parent / "data"


def test_a_desk_that_compiled_the_story_is_named_without_its_compiling_word(tmp_path):
    # fresh14 470 (a 北晚新视觉 story reposted as plain text), its closing lines as written
    text = ("被问“从中国回来，感觉美国很赞吧”，这个美国小哥一顿白眼\n\n"
            "“如果只是听信西方媒体，真的是看不到中国全貌的。”发出如此感慨的，是一位在中国生活了十年的美国小伙王德中。\n"
            "（原标题：被问“从中国回来，感觉美国很赞吧”，美国小哥一顿白眼）\n来源：北晚新视觉综合\n")
    assert load_text(tmp_path, "470.txt", text).meta["outlet"] == "北晚新视觉"
    assert clean_outlet("新华社综合报道") == "新华社"
    assert clean_outlet("新闻综合") == "新闻综合"  # too short a name to be a desk's: left as written


def test_the_issue_a_print_source_cites_is_no_part_of_the_magazine_s_name():
    # dev_corpus 49 (banyuetan.org, adbar/trafilatura): （刊于《半月谈》2019年第24期）
    assert clean_outlet("《半月谈》2019年第24期") == "半月谈"
    # a 财新周刊 issue page (tests/data/caixin_weekly_issue_page.html): the line as the page shows it
    page = (DATA / "caixin_weekly_issue_page.html").read_text(encoding="utf-8")
    line = next(line for line in page.splitlines() if "本文来源于" in line)
    cited = line.split("本文来源于", 1)[1].split("<", 1)[0]
    assert cited == "《财新周刊》 2026年第37期 出版日期：2026-09-21"
    assert clean_outlet(cited) == "财新周刊"
    assert clean_outlet("第一财经日报") == "第一财经日报"  # 第 opening a name is no issue


def test_a_field_s_value_ends_with_its_sentence():
    # 公众号：可以叫我才哥。本文资料由才哥AGI整理。 (tests/data/caige_browserskill_readme.md): the account, not the next statement
    article = load_article(DATA / "caige_browserskill_readme.md")
    assert article.meta["outlet"] == "可以叫我才哥"
    assert article.meta["title"] == "BrowserSkill 安装与实操配套资料"


def test_an_account_named_with_its_wechat_id_in_the_text_is_the_outlet_when_nothing_else_names_one(tmp_path):
    # fresh13 444, a one-line dump of a 长安街知事 post (part of the line as written): the account names itself with its
    # ID where a sentence starts; the third mention, glued to a caption (返回舱长安街知事（微信ID…), is no start
    text = ("卸任中国载人航天工程办公室主任1年后，“中国飞天第一人”杨利伟少将，于近日再获新职——载人航天工程副总设计师。"
            "长安街知事（微信ID：Capitalnews）注意到，今年初曾有人造谣诽谤“航天英雄”，受到官方的强烈谴责。"
            "杨利伟在神舟五号返回舱长安街知事（微信ID：Capitalnews）注意到，至今，杨利伟每周都按时参加训练，也会定期接受考核。\n")
    article = load_text(tmp_path, "444.txt", text)
    assert article.meta["outlet"] == "长安街知事"
    assert article.meta["outlet_source"].startswith("account named with its ID")
    # 据某某（ID：…）报道 cites another account: no outlet of this text
    cited = load_text(tmp_path, "cited.txt", "据新潮沉思录（ID：xinchaochensi）报道，耶伦近日在广州表示，中国的产业政策造成了产能过剩。\n")
    assert cited.meta["outlet"] != "新潮沉思录"
