"""The walkthrough notebook runs from top to bottom without an error (nbclient, the venv's own kernel)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


@pytest.mark.slow
def test_walkthrough_notebook_runs_without_errors() -> None:
    nbformat = pytest.importorskip("nbformat", reason="install the dev extras: .[dev]")
    nbclient = pytest.importorskip("nbclient", reason="install the dev extras: .[dev]")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit it without outputs"
    )
    client = nbclient.NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    html = (ROOT / "out" / "walkthrough" / "graph.html").read_text(encoding="utf-8")
    assert 'id="kg-data"' in html
