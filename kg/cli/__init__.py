"""The ``kg`` command line: one module per command, each a thin wrapper over a library function."""

from kg.cli import add as add
from kg.cli import build as build
from kg.cli import calibrate as calibrate
from kg.cli import evaluate as evaluate
from kg.cli import export as export
from kg.cli import query as query
from kg.cli import serve as serve
from kg.cli import stats as stats
from kg.cli import validate as validate
from kg.cli import view as view
from kg.cli.app import app

__all__ = ["app"]
