"""``kg stats OUT``: what is in a graph, and what stands out (counts, centrality, communities)."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape
from rich.table import Table

from kg.cli.app import app, console, handles_errors


class StatsFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"


def _counts(title: str, counts: dict[str, int]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("name")
    table.add_column("count", justify="right")
    for name, count in counts.items():
        table.add_row(escape(name), str(count))
    return table


def _ranking(title: str, rows: list[dict[str, Any]], integer: bool = False) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("#", "entity", "中文", "class"):
        table.add_column(column)
    table.add_column("score", justify="right")
    for rank, row in enumerate(rows, 1):
        score = str(int(row["score"])) if integer else f"{row['score']:.4f}"
        table.add_row(str(rank), escape(row["label"]), escape(row["label_zh"]), row["cls"], score)
    return table


@app.command("stats")
@handles_errors
def stats_command(
    out: Path = typer.Argument(..., help="An output folder of kg build."),
    top: int = typer.Option(10, "--top", "-n", min=1, help="How many entities and communities to list."),
    output_format: StatsFormat = typer.Option(StatsFormat.TABLE, "--format", help="table or json."),
    seed: int = typer.Option(0, "--seed", help="Seed of the community detection and sampled betweenness."),
) -> None:
    """Counts by class and predicate, the top entities by degree, PageRank and betweenness, communities."""
    from kg.analytics import summarize, to_networkx
    from kg.store import load

    summary = summarize(to_networkx(load(out)), top=top, seed=seed)
    if output_format is StatsFormat.JSON:
        console.print_json(json.dumps(summary, ensure_ascii=False))
        return
    console.print(
        f"[bold]{summary['entities']}[/bold] entities, [bold]{summary['relations']}[/bold] relations, "
        f"[bold]{summary['documents']}[/bold] documents"
    )
    console.print(_counts("Entities by class", summary["by_class"]))
    console.print(_counts("Relations by predicate", summary["by_predicate"]))
    console.print(_ranking("Top by degree", summary["top_degree"], integer=True))
    console.print(_ranking("Top by PageRank", summary["top_pagerank"]))
    console.print(_ranking("Top by betweenness", summary["top_betweenness"]))
    found = summary["communities"]
    table = Table(
        title=f"Communities (Louvain): {found['count']}, modularity {found['modularity']}",
        title_justify="left",
    )
    table.add_column("#")
    table.add_column("size", justify="right")
    table.add_column("best connected members")
    for rank, community in enumerate(found["largest"], 1):
        table.add_row(str(rank), str(community["size"]), escape(" · ".join(community["members"])))
    console.print(table)
    parts = summary["components"]
    largest = parts["sizes"][0] if parts["sizes"] else 0
    console.print(f"Connected components: {parts['count']} (largest {largest}, {parts['isolated']} isolated)")
