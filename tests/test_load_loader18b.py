"""Round 18 (loader18b): chrome and caption classes of the seen splits and the mini-gold sweep's tune half, each
holding on files of at least three repositories. Seen articles are quoted (split/file); swept files are copied to
tests/data (tests/data/SOURCES.tsv).
"""

from conftest import load_text


def _roles(article):
    return {text: role for text, role in zip(article.paragraphs["text"], article.paragraphs["role"])}


def test_a_paragraph_of_its_own_opened_by_a_picture_mark_is_a_caption_where_no_image_is_known(tmp_path):
    # fresh6 278 (a college's JSON dump, gdhsc): the pictures are gone, their captions stay as ▲ lines
    text = ("转插本考试在我院顺利举行\n\n"
            "3月14日，全省普通高校专升本考试在我院考点顺利举行，4700多名考生参加考试。\n\n"
            "▲4700多名考生自信地步入华商学院考场\n\n"
            "考前，我院召开考务协调会，对考务工作进行部署。\n\n"
            "▲召开考务协调会落实工作方案\n")
    roles = _roles(load_text(tmp_path, "278.txt", text))
    assert roles["▲4700多名考生自信地步入华商学院考场"] == "caption"
    assert roles["▲召开考务协调会落实工作方案"] == "caption"
    assert roles["考前，我院召开考务协调会，对考务工作进行部署。"] == "body"
    # fresh14 482 (a 生物谷 story as plain text) and 465 (a 快科技 story in markdown): a credit inside or after the mark
    text = ("艾尔建抗生素获批治疗医院获得性肺炎\n\n"
            "近日，艾尔建宣布，美国FDA已批准其抗生素Avycaz的补充新药申请，用于治疗医院获得性细菌性肺炎。\n\n"
            "▲Allergan首席研发官David Nicholson博士（图片来源：Allergan官方网站）\n\n"
            "△图源：Quanta Magazine\n\n"
            "该药此前已获批治疗复杂性腹腔内感染和复杂性尿路感染。\n")
    roles = _roles(load_text(tmp_path, "482.txt", text))
    assert roles["▲Allergan首席研发官David Nicholson博士（图片来源：Allergan官方网站）"] == "caption"
    assert roles["△图源：Quanta Magazine"] == "caption"
    assert roles["该药此前已获批治疗复杂性腹腔内感染和复杂性尿路感染。"] == "body"
