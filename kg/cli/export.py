"""``kg export OUT --format …``: a build's graph as Turtle, TriG, N-Quads, JSON-LD, GraphML, GEXF or CSV."""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import typer
from rich.markup import escape

from kg.cli.app import app, err_console, handles_errors


class ExportFormat(enum.StrEnum):
    TURTLE = "turtle"
    TRIG = "trig"
    NQUADS = "nquads"
    JSONLD = "jsonld"
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"


@app.command("export")
@handles_errors
def export_command(
    out: Path = typer.Argument(..., help="An output folder of kg build."),
    export_format: ExportFormat = typer.Option(
        ..., "--format", help="The format (see kg.export for the columns of csv)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file instead of standard output."
    ),
) -> None:
    """Write the graph of OUT in another format: RDF (turtle, trig, nquads, jsonld), Gephi/Cytoscape
    (graphml, gexf) or a spreadsheet edge list (csv: subject, predicate, object with labels)."""
    from kg.export import export

    if output is None:
        export(out, export_format.value, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    export(out, export_format.value, output)
    err_console.print(f"wrote {escape(str(output))} ({output.stat().st_size:,} bytes)")
