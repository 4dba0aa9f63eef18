"""The notebooks are tests too: `zhnews run` executes every one on the default article.

One full run (what `make report` does) is shared by the tests below: the folder holds every table,
chart and executed notebook, no notebook printed a warning (missing glyphs above all), and its tables
are byte for byte those of a ``--tables-only`` run: the notebooks share one kernel, and that must not
change what any stage writes.
"""

import json
import subprocess
import sys

import pytest

from zhnews.paths import DEFAULT_ARTICLE, NOTEBOOKS, ROOT
from zhnews.stages import STAGES

STAGE_NOTEBOOKS = [stage.notebook for stage in STAGES]


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = subprocess.run(
        [sys.executable, "-m", "zhnews", "run", "--quiet", str(DEFAULT_ARTICLE), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    return out / "deepseek_sanlian"


def test_run_writes_the_documented_folder(seed_report):
    meta = json.loads((seed_report / "meta.json").read_text(encoding="utf-8"))
    assert meta["outlet"] == "三联生活周刊"
    for table in ("paragraphs", "sentences"):
        assert (seed_report / f"{table}.csv").exists() and (seed_report / f"{table}.parquet").exists()
    assert (seed_report / "charts" / "paragraph_map.png").stat().st_size > 5000
    assert sorted(p.name for p in (seed_report / "notebooks").glob("*.ipynb")) == STAGE_NOTEBOOKS


def test_full_run_and_tables_only_write_the_same_tables(seed_report, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "zhnews", "run", "--quiet", "--tables-only", str(DEFAULT_ARTICLE), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    tables_only = tmp_path / "deepseek_sanlian"
    expected = sorted(f"{table}.csv" for stage in STAGES for table in stage.tables)
    assert sorted(p.name for p in tables_only.glob("*.csv")) == expected
    for name in expected:
        assert (seed_report / name).read_bytes() == (tables_only / name).read_bytes(), name


def test_each_notebook_starts_from_a_fresh_namespace(seed_report):
    """The shared kernel is reset between notebooks: each counts its cells from 1."""
    for name in STAGE_NOTEBOOKS:
        notebook = json.loads((seed_report / "notebooks" / name).read_text(encoding="utf-8"))
        counts = [cell["execution_count"] for cell in notebook["cells"] if cell["cell_type"] == "code"]
        assert counts == list(range(1, len(counts) + 1)), name


@pytest.mark.parametrize("name", STAGE_NOTEBOOKS)
def test_notebook_ran_without_errors_or_warnings(seed_report, name):
    notebook = json.loads((seed_report / "notebooks" / name).read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error", name
            if output.get("name") == "stderr":
                text = "".join(output["text"])
                assert "Warning" not in text and "missing from" not in text, f"{name}: {text}"


@pytest.mark.parametrize("name", STAGE_NOTEBOOKS)
def test_notebook_outputs_name_no_build_folder_or_local_path(seed_report, name):
    """A delivered notebook is shared as it is: its outputs never show the hidden build folder the run wrote
    into (``.<slug>.XXXXXXXX.tmp``) nor where the reports live on this machine."""
    notebook = json.loads((seed_report / "notebooks" / name).read_text(encoding="utf-8"))
    outputs = json.dumps([cell.get("outputs", []) for cell in notebook["cells"]], ensure_ascii=False)
    assert ".tmp" not in outputs and str(seed_report.parent) not in outputs, name


def test_default_article_notebook_runs_with_no_parameters(tmp_path):
    """Opened in JupyterLab and run top to bottom, 00_load works on the default article."""
    import papermill

    papermill.execute_notebook(
        str(NOTEBOOKS / "00_load.ipynb"), str(tmp_path / "00_load.ipynb"),
        kernel_name="python3", progress_bar=False, cwd=str(NOTEBOOKS),
    )
    assert (ROOT / "reports" / "deepseek_sanlian" / "paragraphs.csv").exists()
