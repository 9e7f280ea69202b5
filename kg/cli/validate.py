"""``kg validate OUT``: check a built graph against the SHACL shapes; exit 1 when it has violations."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console, handles_errors
from kg.validate import DEFAULT_MAX_TRIPLES, validate


@app.command("validate")
@handles_errors
def validate_command(
    out: Path = typer.Argument(..., help="An output folder of `kg build`."),
    max_triples: int = typer.Option(
        DEFAULT_MAX_TRIPLES,
        "--max-triples",
        help="Above this many triples, check a sample of whole documents (0: check everything).",
    ),
    examples: int = typer.Option(3, "--examples", "-n", help="Violations shown per shape."),
) -> None:
    """Check OUT against the SHACL shapes: classes, labels, domains and ranges, evidence, typed values."""
    from kg.store import load

    report = validate(load(out), max_triples=max_triples or None)
    console.print(report.summary(examples), markup=False, highlight=False)
    if not report.conforms:
        raise typer.Exit(1)
