"""``kg serve OUT``: the SPARQL 1.1 Protocol endpoint of a build, and its HTML view, over HTTP."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape

from kg.cli.app import app, console, handles_errors


@app.command("serve")
@handles_errors
def serve_command(
    out: Path = typer.Argument(..., help="An output folder of kg build."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0: every one)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.001, help="Stop a query after this many seconds."),
    limit: int = typer.Option(10_000, "--limit", min=0, help="Rows per answer at most (0: no limit)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Queries answered at the same time."),
) -> None:
    """Serve OUT: SPARQL at /sparql (read-only; GET and POST), the graph view at /."""
    from kg.serve import serve

    base = escape(f"http://{host}:{port}")
    console.print(f"SPARQL endpoint  {base}/sparql\ngraph view       {base}/\n[dim]Ctrl-C stops[/dim]")
    serve(out, host=host, port=port, timeout=timeout, limit=limit or None, workers=workers)
