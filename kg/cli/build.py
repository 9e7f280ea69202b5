"""``kg build DOCS... --out OUT``: documents in, RDF, store and HTML view out."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from kg.calibrate import default_calibration_path, read_calibration, with_classifier_table
from kg.cli.app import app, console, handles_errors
from kg.pipeline import BuildReport, build, default_jobs

_STAGES = {
    "read": "Reading documents",
    "extract": "Extracting",
    "resolve": "Resolving entities",
    "write": "Writing RDF and store",
    "validate": "Validating (SHACL)",
    "view": "Drawing the graph",
}


@app.command("build")
@handles_errors
def build_command(
    docs: list[Path] = typer.Argument(..., help="Files and folders: .txt, .md, .html, .jsonl, news digests."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder."),
    lexicon: list[Path] = typer.Option([], "--lexicon", "-l", help="An extra lexicon file (repeatable)."),
    extractor: str = typer.Option(
        "rules",
        "--extractor",
        help="Extractor backend: rules (patterns and the two classifiers) or patterns (no classifier).",
    ),
    jobs: int = typer.Option(0, "--jobs", "-j", help="Worker processes for extraction (0: one per core)."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Run the SHACL shapes."),
    html: bool = typer.Option(True, "--html/--no-html", help="Write the interactive graph.html."),
    calibration: Path | None = typer.Option(
        None,
        "--calibration",
        help="A table from `kg calibrate` for the relations' confidences (default: the shipped one).",
    ),
    stated_confidence: bool = typer.Option(
        False,
        "--stated-confidence",
        help="Keep the confidences the rules state, uncalibrated (what `kg calibrate` measures).",
    ),
) -> None:
    """Build the knowledge graph of DOCS into OUT: graph.ttl, graph.trig, store/, graph.html."""
    if stated_confidence and calibration is not None:
        raise typer.BadParameter("give either --calibration or --stated-confidence, not both")
    table = (
        None
        if stated_confidence
        else with_classifier_table(read_calibration(calibration or default_calibration_path()))
    )
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def progress(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(_STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        report = build(
            docs,
            out,
            lexicons=lexicon,
            extractor=extractor,
            jobs=jobs or default_jobs(),
            validate=validate,
            html=html,
            calibration=table,
            progress=progress,
        )
    _print_summary(report)


def _print_summary(report: BuildReport) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_row("documents", str(report.documents))
    table.add_row("entities", str(report.entities))
    table.add_row("relations", str(report.triples))
    table.add_row("facts", str(report.facts))
    table.add_row("RDF quads", str(report.quads))
    if report.validation:
        conforms = report.validation.get("conforms")
        table.add_row(
            "SHACL", "conforms" if conforms else f"{report.validation.get('violations')} violations"
        )
    table.add_row(
        "confidences",
        f"calibrated ({escape(report.calibration)})" if report.calibration else "as the rules state them",
    )
    table.add_row("time", f"{report.seconds:.1f} s")
    console.print(table)
    for skipped in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {escape(skipped.origin)}: {escape(skipped.reason)}")
    for name, path in report.files.items():
        console.print(f"{name:>7}  {escape(path)}")
