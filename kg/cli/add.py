"""``kg add OUT FILE...``: add existing RDF files (Turtle, TriG, N-Quads, N-Triples, RDF/XML) to a build."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console, handles_errors


@app.command("add")
@handles_errors
def add_command(
    out: Path = typer.Argument(..., help="An output folder of `kg build`."),
    files: list[Path] = typer.Argument(..., help="RDF files; the format comes from the extension."),
    graph: str | None = typer.Option(
        None, "--graph", help="Named graph for the triples of a graph format (default: the file's file: IRI)."
    ),
) -> None:
    """Add RDF files to OUT, each all or nothing: the store, graph.trig and graph.ttl are updated
    together (a file that does not parse changes nothing), then graph.html is drawn again."""
    from kg.store import add_rdf, load
    from kg.view import write_html

    outputs = None
    for file in files:
        outputs = add_rdf(out, file, graph=graph)
        console.print(f"added {file}", markup=False, highlight=False)
    if outputs is None:
        return
    page = out / "graph.html"
    if page.exists():
        write_html(load(out), page)
    console.print(
        f"{outputs.quads:,} quads in {outputs.graphs:,} named graphs; store {outputs.files['store']}",
        markup=False,
        highlight=False,
    )
