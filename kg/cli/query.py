"""``kg query OUT 'SELECT …'``: ask a built graph a SPARQL question, or one of the saved ones.

kg query out 'SELECT ?p WHERE { ?p kgo:connects ?c }'
kg query out -f question.rq --format csv
kg query out --saved which_projects_connect_country --param country=巴基斯坦
kg query --list
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rdflib import URIRef
from rdflib.term import Node
from rich.markup import escape
from rich.table import Table

from kg.cli.app import app, console, handles_errors
from kg.errors import QueryError

if TYPE_CHECKING:
    from kg.sparql import QueryResult


class QueryFormat(enum.StrEnum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    XML = "xml"
    TURTLE = "turtle"
    JSONLD = "jsonld"
    NTRIPLES = "ntriples"


@app.command("query")
@handles_errors
def query_command(
    out: Path | None = typer.Argument(None, help="An output folder of kg build."),
    text: str | None = typer.Argument(
        None, help="A SPARQL query; the usual prefixes (kgo:, kge:, rdfs:, …) are bound."
    ),
    file: Path | None = typer.Option(None, "--file", "-f", help="Read the query from this .rq file."),
    saved: str | None = typer.Option(None, "--saved", "-s", help="Answer a saved question (see --list)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="NAME=VALUE, bound to ?NAME (repeatable); <…> makes the value an IRI."
    ),
    list_saved: bool = typer.Option(False, "--list", help="List the saved questions with their parameters."),
    output_format: QueryFormat = typer.Option(
        QueryFormat.TABLE,
        "--format",
        help="table, csv, tsv, json, xml (SELECT, ASK); turtle, jsonld, ntriples (CONSTRUCT, DESCRIBE).",
    ),
    timeout: float | None = typer.Option(
        None, "--timeout", min=0.001, help="Give up after this many seconds."
    ),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Show at most this many rows."),
) -> None:
    """Run a SPARQL query over the store of OUT and print the answer."""
    from kg.sparql import run_query, run_saved, saved_query
    from kg.store import load

    if list_saved:
        _print_saved_queries()
        return
    sources = [name for name, given in (("QUERY", text), ("--file", file), ("--saved", saved)) if given]
    if out is None or len(sources) != 1:
        raise typer.BadParameter(
            "give an output folder and exactly one of QUERY, --file or --saved"
            + (f" (got {', '.join(sources)})" if len(sources) > 1 else ""),
            param_hint="OUT QUERY",
        )
    values = _parameters(param)
    dataset = load(out)
    if saved:
        question = saved_query(saved)
        result = run_saved(dataset, saved, values, timeout=timeout, limit=limit)
        title = question.question
    else:
        query_text = text if text is not None else _read_query(file)
        bindings: dict[str, Node | str] = {
            name: URIRef(value[1:-1]) if value.startswith("<") and value.endswith(">") else value
            for name, value in values.items()
        }
        try:
            result = run_query(dataset, query_text, bindings, timeout=timeout, limit=limit)
        except QueryError as error:
            raise QueryError(f"{file}: {error}" if file else str(error)) from error
        title = None
    _print_result(result, output_format, title)


def _parameters(pairs: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        values[name.strip().lstrip("?")] = value
    return values


def _read_query(file: Path | None) -> str:
    assert file is not None
    try:
        return file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise QueryError(f"cannot read the query file {file}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise QueryError(f"{file} is not UTF-8 text: {error.reason} at byte {error.start}") from error


def _print_result(result: QueryResult, output_format: QueryFormat, title: str | None) -> None:
    from kg.sparql import compact, format_result

    if output_format is not QueryFormat.TABLE:
        typer.echo(format_result(result, output_format.value), nl=False)
        return
    if result.graph is not None:
        typer.echo(format_result(result, QueryFormat.TURTLE.value), nl=False)
        return
    if result.answer is not None:
        console.print("yes" if result.answer else "no")
        return
    table = Table(title=escape(title) if title else None, title_justify="left")
    for variable in result.variables:
        table.add_column(variable, overflow="fold")
    for row in result.rows:
        table.add_row(*(escape(compact(term)) for term in row))
    console.print(table)
    count = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    console.print(f"[dim]{count}{' (cut at --limit)' if result.truncated else ''}[/dim]")


def _print_saved_queries() -> None:
    from kg.sparql import saved_queries

    table = Table(title="Saved questions: kg query OUT --saved NAME --param NAME=VALUE", title_justify="left")
    table.add_column("name", no_wrap=True)
    table.add_column("question")
    table.add_column("parameters")
    for name, saved in saved_queries().items():
        params = "\n".join(
            f"[bold]{p.name}[/bold] ({'required' if p.required else 'optional'}): {escape(p.description)}"
            for p in saved.parameters
        )
        table.add_row(
            name, f"{escape(saved.question)}\n[dim]{escape(saved.description)}[/dim]", params or "none"
        )
    console.print(table)
