"""Round 30 (r31k2): a fenced div's marker filling a cell of a pandoc grid table is markup, as on a line of its own
(fresh37 1050: a table of four cases, each cell a ``::: section`` div). Its words (section) otherwise reached the
keywords stage. Made-up variants of the same shape and near-misses whose colons are text."""

from conftest import load_text

LEAD = "全市六部门联合印发通知，进一步优化住房公积金提取和个人住房信贷政策，支持居民合理住房需求。"
THIRD = "业内人士认为，新政有助于稳定市场预期，对改善性需求的释放将起到积极作用。"


def _table_text(tmp_path, *rows):
    article = load_text(tmp_path, "post.md", "# 一个标题\n\n" + LEAD + "\n\n" + "\n".join(rows) + "\n\n" + THIRD + "\n")
    assert article.coverage.ratio == 1.0
    return "\n".join(article.paragraphs["text"])


def test_div_fences_in_grid_table_cells_are_markup(tmp_path):
    # fresh37 1050, cut small (two columns of four): the header row of the table of cases
    text = _table_text(
        tmp_path,
        "+-----------------+-----------------+",
        "| ::: section     | ::: section     |",
        '| [谁]{leaf=""}   | [备注]{leaf=""} |',
        "| :::             | :::             |",
        "+=================+=================+",
    )
    assert ":::" not in text and "section" not in text
    assert "谁" in text and "备注" in text


def test_div_fences_with_attributes_or_other_classes_in_cells_are_markup_too(tmp_path):
    # Made up: a div with attributes in a cell (::: {.note lang=zh}), another class beside it (::: callout)
    text = _table_text(
        tmp_path,
        "+----------------------+----------------+",
        "| ::: {.note lang=zh}  | ::: callout    |",
        "| 旧改资金             | 城市更新       |",
        "| :::                  | :::            |",
        "+----------------------+----------------+",
    )
    assert "note" not in text and "callout" not in text and "旧改资金" in text and "城市更新" in text


def test_colons_written_in_a_table_cell_stay(tmp_path):
    # Near-misses: a score with colons, a cell of text that holds three colons among its words
    text = _table_text(
        tmp_path,
        "| 比赛     | 比分       |",
        "|----------|------------|",
        "| 决赛     | 3:1:2      |",
        "| 备注     | 注意:::此处 |",
    )
    assert "3:1:2" in text and "注意:::此处" in text
