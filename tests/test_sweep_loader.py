"""bench/sweep_loader.py: one TSV row per file of a folder, what the loader decided, a refused file's reason."""

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # a bench script, not a module of the package

import sweep_loader  # noqa: E402


def test_a_sweep_writes_one_row_per_file_with_fields_roles_and_a_refusal(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.md").write_text(
        "# 沪郊楼盘推买楼送车\n\n本报记者康健发自上海\n\n"
        "上海宝山的招商雍和府日前推出新楼盘促销活动，9月在该项目中买房可获得宝马品牌汽车一辆，市场反应平平。\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "sweep.tsv"
    assert sweep_loader.main([str(folder), "--out", str(out)]) == 0
    rows = {row["file"]: row for row in csv.DictReader(out.open(encoding="utf-8"), delimiter="\t")}
    assert list(rows) == ["a.md", "empty.txt"]
    article = rows["a.md"]
    assert (article["title"], article["author"], article["reader"]) == ("沪郊楼盘推买楼送车", "康健", "markdown")
    assert article["first_body"].startswith("上海宝山的招商雍和府")
    assert (article["n_title"], article["n_byline"], article["n_body"], article["coverage"]) == ("1", "1", "1", "1.0000")
    assert "empty.txt" in rows["empty.txt"]["error"] and not rows["empty.txt"]["title"]
