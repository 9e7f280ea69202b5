"""The benchmarks still run: each at a tiny size, as CI would never run them at full size.

These are not timings (speed is measured by running the benchmarks on demand); they catch a
benchmark that no longer matches the code it measures, and check that each prints its
figures against a baseline measured in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.eval_set import DEV, SCORER

ROOT = Path(__file__).resolve().parents[1]


def run_benchmark(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "args", "printed"),
    [
        (
            "store_benchmark.py",
            ("--triples", "3000", "--repeat", "1", "--cap", "60"),
            ("load a file: ours vs rdflib", "queries (geo. mean): ours vs rdflib", "rows per query"),
        ),
        (
            "build_benchmark.py",
            ("--mb", "0.05", "--jobs", "1"),
            ("MB/s per core", "peak memory", "str.find loop"),
        ),
        ("rdf_benchmark.py", ("--documents", "10"), ("peak memory",)),
        ("ingest_benchmark.py", ("--mb", "0.05"), ("MB/s",)),
        (
            "mentions_benchmark.py",
            (str(DEV / "docs"), str(ROOT / "seeds"), "--gold", str(DEV / "gold"), "--repeat", "1"),
            ("name recall",),
        ),
        (
            "long_document_benchmark.py",
            (str(DEV / "docs"), "--chars", "20000", "--steps", "2"),
            ("baseline", "one document of", "× the baseline"),
        ),
        (
            "relations_benchmark.py",
            (str(DEV / "docs"), "--scorer", str(SCORER), "--repeat", "1"),
            ("MB/s",),
        ),
        ("startup_benchmark.py", ("--rounds", "1"), ("templates", "cold/warm", "the baseline")),
    ],
)
def test_benchmark_runs_and_prints_its_figures(
    script: str, args: tuple[str, ...], printed: tuple[str, ...]
) -> None:
    output = run_benchmark(script, *args)
    for line in printed:
        assert line in output, f"{script} no longer prints {line!r}"
    assert "ENGINES DISAGREE" not in output  # every engine answered each question with the same rows


@pytest.mark.slow
@pytest.mark.browser
def test_view_benchmark_draws_ours_pyvis_and_the_static_page() -> None:
    output = run_benchmark("view_benchmark.py", "--sizes", "50", "--cap", "30", "--repeat", "1")
    assert "View benchmark" in output
