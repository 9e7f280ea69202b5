"""``kg view OUT``: the interactive HTML graph of a build, whole or cut down to a question."""

from __future__ import annotations

import enum
from pathlib import Path

import typer
from rich.markup import escape

from kg.cli.app import app, console, handles_errors
from kg.errors import InputError


class ViewLang(enum.StrEnum):
    AUTO = "auto"
    ZH = "zh"
    EN = "en"


class ColorBy(enum.StrEnum):
    CLASS = "class"
    COMMUNITY = "community"


class SizeBy(enum.StrEnum):
    DEGREE = "degree"
    PAGERANK = "pagerank"


@app.command("view")
@handles_errors
def view_command(
    out: Path = typer.Argument(..., help="An output folder of kg build."),
    *,
    query: Path | None = typer.Option(
        None, "--query", "-q", help="A .rq file: a CONSTRUCT, or a SELECT of entities."
    ),
    focus: str | None = typer.Option(
        None, "--focus", "-f", help="Draw only around this entity (a zh or en name)."
    ),
    hops: int = typer.Option(2, "--hops", min=0, help="With --focus: how many relations away to go."),
    lang: ViewLang = typer.Option(
        ViewLang.AUTO, "--lang", help="Labels: each entity's document language, or all zh/en."
    ),
    color_by: ColorBy = typer.Option(
        ColorBy.CLASS, "--color-by", help="Colour nodes by class or by community."
    ),
    size_by: SizeBy = typer.Option(SizeBy.DEGREE, "--size-by", help="Size nodes by degree or PageRank."),
    output: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        help="The page to write (default OUT/graph.html, or OUT/view.html for a subgraph).",
    ),
) -> None:
    """Write the interactive graph of OUT as one offline HTML page and print where it is."""
    from kg.analytics import to_networkx
    from kg.store import load
    from kg.view import focus_subgraph, query_subgraph, write_html

    dataset = load(out)
    graph = to_networkx(dataset)
    title = "Knowledge graph · 知识图谱"
    if query is not None:
        try:
            text = query.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"cannot read the query file {query}: {error.strerror or error}") from error
        graph = query_subgraph(dataset, text, graph)
        title = f"{query.name} · {title}"
    if focus is not None:
        graph = focus_subgraph(graph, focus, hops)
        title = f"{focus} · {title}"
    target = output or out / ("view.html" if query is not None or focus is not None else "graph.html")
    page = write_html(
        graph, target, lang=lang.value, color_by=color_by.value, size_by=size_by.value, title=title
    )
    console.print(
        f"{graph.number_of_nodes()} entities, {graph.number_of_edges()} relations → {escape(str(page))}",
        highlight=False,
    )
