"""``kg evaluate OUT --gold DIR``: score a built graph against your own gold annotations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kg.cli.app import app, console, handles_errors
from kg.evaluate import Evaluation, Miss, Score, evaluate_output


@app.command("evaluate")
@handles_errors
def evaluate_command(
    out: Annotated[Path, typer.Argument(help="An output folder of `kg build` (or a graph file).")],
    gold: Annotated[
        list[Path], typer.Option("--gold", "-g", help="A folder of gold *.json files, or files.")
    ],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also list spurious entities and relations.")
    ] = False,
) -> None:
    """Print P/R/F1 per class and per predicate, fact recall, and what was missed and why."""
    result = evaluate_output(out, gold)
    _print(result, verbose=verbose)


def _row(table: Table, name: str, score: Score) -> None:
    table.add_row(
        name,
        f"{score.precision:.3f}",
        f"{score.recall:.3f}",
        f"{score.f1:.3f}",
        str(score.predicted),
        str(score.expected),
    )


def _table(title: str, first: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for column in ("P", "R", "F1", "predicted", "gold"):
        table.add_column(column, justify="right")
    return table


def _why(miss: Miss) -> str:
    return escape(f"{miss.reason}: {miss.detail}" if miss.detail else str(miss.reason))


def _print(result: Evaluation, *, verbose: bool) -> None:
    overall = _table(f"{len(result.gold_files)} gold files", "")
    _row(overall, "entities", result.entities)
    _row(overall, "entities (typed)", result.typed_entities)
    _row(overall, "relations", result.relations)
    console.print(overall)
    console.print(
        f"facts: recall {result.fact_recall:.3f} ({result.facts.correct} of {result.facts.expected})"
    )
    by_class = _table("per class (typed)", "class")
    for name, score in result.per_class.items():
        _row(by_class, name, score)
    console.print(by_class)
    by_predicate = _table("per predicate", "predicate")
    for name, score in result.per_predicate.items():
        _row(by_predicate, name, score)
    console.print(by_predicate)
    for what, misses in (("relations", result.relation_misses), ("facts", result.fact_misses)):
        if misses:
            tally = Counter(miss.reason for miss in misses)
            console.print(
                f"why {what} were missed: " + " · ".join(f"{n} {reason}" for reason, n in tally.most_common())
            )
    for item in result.missed_entities:
        console.print(f"  missed entity     {escape(item)}")
    for miss in result.relation_misses:
        console.print(f"  missed relation   {escape(miss.item)} — {_why(miss)}")
    for miss in result.fact_misses:
        console.print(f"  missed fact       {escape(miss.item)} — {_why(miss)}")
    if verbose:
        for item in result.spurious_entities:
            console.print(f"  spurious entity   {escape(item)}")
        for relation in result.spurious_relations:
            console.print(f"  spurious relation {escape(' '.join(relation))}")
    console.print(result.summary_line(), highlight=False)
