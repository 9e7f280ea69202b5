"""The Typer application and the conventions every command shares.

Exit codes: 0 ok, 1 a ``KGError`` (one line; the traceback only with ``--verbose``), 2 a usage error.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.markup import escape

from kg.errors import KGError

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="kg",
    help="Build a bilingual (Chinese/English) knowledge graph from news documents, then query and view it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)
_state = {"verbose": False}


@app.callback()
def main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details and show tracebacks."),
) -> None:
    _state["verbose"] = verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False, show_time=False)],
        force=True,
    )


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a ``KGError`` into one red line and exit code 1; ``--verbose`` keeps the traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except KGError as error:
            if _state["verbose"]:
                err_console.print_exception()
            else:
                err_console.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from error

    return wrapper
