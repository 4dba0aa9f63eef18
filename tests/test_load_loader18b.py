"""Round 18 (loader18b): chrome and caption classes of the seen splits and the mini-gold sweep's tune half, each
holding on files of at least three repositories. Seen articles are quoted (split/file); swept files are copied to
tests/data (tests/data/SOURCES.tsv).
"""

import pytest
from conftest import load_text


def _roles(article):
    return {text: role for text, role in zip(article.paragraphs["text"], article.paragraphs["role"])}


# (file, text, its ▲/△ captions, a body paragraph beside them)
MARKED_CAPTIONS = [
    # fresh6 278 (a college's JSON dump, gdhsc): the pictures are gone, their captions stay as ▲ lines
    ("278.txt",
     "转插本考试在我院顺利举行\n\n3月14日，全省普通高校专升本考试在我院考点顺利举行，4700多名考生参加考试。\n\n"
     "▲4700多名考生自信地步入华商学院考场\n\n考前，我院召开考务协调会，对考务工作进行部署。\n\n▲召开考务协调会落实工作方案\n",
     ["▲4700多名考生自信地步入华商学院考场", "▲召开考务协调会落实工作方案"], "考前，我院召开考务协调会，对考务工作进行部署。"),
    # fresh14 482 (a 生物谷 story as plain text) and 465 (a 快科技 story in markdown): a credit inside or after the mark
    ("482.txt",
     "艾尔建抗生素获批治疗医院获得性肺炎\n\n近日，艾尔建宣布，美国FDA已批准其抗生素Avycaz的补充新药申请，用于治疗医院获得性细菌性肺炎。\n\n"
     "▲Allergan首席研发官David Nicholson博士（图片来源：Allergan官方网站）\n\n△图源：Quanta Magazine\n\n"
     "该药此前已获批治疗复杂性腹腔内感染和复杂性尿路感染。\n",
     ["▲Allergan首席研发官David Nicholson博士（图片来源：Allergan官方网站）", "△图源：Quanta Magazine"],
     "该药此前已获批治疗复杂性腹腔内感染和复杂性尿路感染。"),
]


@pytest.mark.parametrize("name, text, captions, body", MARKED_CAPTIONS)
def test_a_paragraph_of_its_own_opened_by_a_picture_mark_is_a_caption_where_no_image_is_known(tmp_path, name, text,
                                                                                               captions, body):
    roles = _roles(load_text(tmp_path, name, text))
    assert [roles[caption] for caption in captions] == ["caption"] * len(captions)
    assert roles[body] == "body"


def _labelled(tmp_path, name, paragraphs):
    """Roles of a plain text of these paragraphs, one blank line apart."""
    return _roles(load_text(tmp_path, name, "\n\n".join(paragraphs) + "\n"))


def test_numbered_entries_under_a_reference_heading_are_no_body_however_long(tmp_path):
    # fresh13 450 (新周刊 on WeChat, saved page): the cited works under 参考资料, one a headline ending with its question mark
    last = "我们能做的，就是多想点事，多读点书，多问几句“是什么”“为什么”“凭什么”，让语言重新长出血肉。"
    long_entry = "2．《“包的”“那咋了”，杭州妈妈被14岁儿子的流行语整破防：不会好好说话了？》，潮新闻"
    roles = _labelled(tmp_path, "450.txt", [
        "比小学生说烂梗更可怕的，是大人也说",
        "语言的贫瘠本质上是思想的贫瘠。哲学家维特根斯坦的论断在今天显得尤为警醒：我的语言的界限意味着我的世界的界限。",
        last, "参考资料", "1.《刷梗的隐喻：玩梗青年的社交货币与情感载体》，青年记者，魏宝涛 曲奕同", long_entry,
        "3. 《岂能让“烂梗”窄化认知？学者剖析“梗文化”流行背后的隐忧》，文汇报", "4. 《当“梗”吃掉了我们的语言》，澎湃人物"])
    assert (roles["参考资料"], roles[long_entry], roles[last]) == ("boilerplate", "boilerplate", "body")
    # a numbered paragraph of the article itself, with no reference heading above it, stays body
    point = "2. 研发人员占员工总数的比例也在上升，今年首次超过三成，其中博士学历的人数翻了一番。"
    roles = _labelled(tmp_path, "numbered.txt", [
        "他总结了三点。", "1. 企业的研发投入连续三年增长，去年已经超过营业收入的百分之十五，远高于行业平均水平。", point])
    assert roles[point] == "body"


def test_a_paragraph_without_a_letter_digit_or_han_character_is_no_body(tmp_path):
    # fresh13 451 (博远8 on WeChat): ∽∽∽ between the commentary's sections; fresh14 475/476 (plain texts) and fresh3 162
    # (a WeChat markdown export): an exporter's [] and '}] left from the list it dumped
    second = "从波浪结构看，本轮调整仍属于第四浪的延续，后市还有一次向下试探的过程。"
    roles = _labelled(tmp_path, "451.txt", [
        "指数的波浪结构", "本周上证指数在三千点附近反复震荡，成交量较上周明显萎缩，市场观望情绪浓厚。", "∽∽∽", second, "[]"])
    assert (roles["∽∽∽"], roles["[]"], roles[second]) == ("boilerplate", "boilerplate", "body")
