"""``kg calibrate OUT --gold DIR``: measure how often relations are right, per stated confidence."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kg.calibrate import BANDS, Calibration, measure, write_calibration
from kg.cli.app import app, console, handles_errors


@app.command("calibrate")
@handles_errors
def calibrate_command(
    outs: Annotated[
        list[Path],
        typer.Argument(help="Output folders of `kg build --stated-confidence` (or their graph files)."),
    ],
    gold: Annotated[
        list[Path],
        typer.Option("--gold", "-g", help="The gold folder of each OUT, in order (one: for all of them)."),
    ],
    write: Annotated[
        Path | None,
        typer.Option("--write", "-w", help="Write the table here, for `kg build --calibration FILE`."),
    ] = None,
    classifier: Annotated[
        bool,
        typer.Option(
            "--classifier",
            help="Measure the relation classifier's relations instead of the patterns' "
            "(on documents it was not trained on), for seeds/calibration_classifier.tsv.",
        ),
    ] = False,
) -> None:
    """Per band of the confidence rules state: how many relations were right, and the calibrated figure."""
    calibration = measure(outs, gold, classifier=classifier)
    _print(calibration)
    if write is not None:
        whose = "the relation classifier's probability" if classifier else "the confidence their rule states"
        write_calibration(
            calibration,
            write,
            [
                f"Relations judged right per band of {whose},",
                f"measured by `kg calibrate{' --classifier' if classifier else ''}` on {calibration.source}.",
            ],
        )
        console.print(f"written  {escape(str(write))}")


def _print(calibration: Calibration) -> None:
    table = Table(title=f"relations of {escape(calibration.source)}", title_justify="left")
    for column in ("stated", "judged", "right", "share right", "calibrated"):
        table.add_column(column, justify="right")
    by_band = {tally.band: tally for tally in calibration.tallies}
    for band in range(BANDS):
        tally = by_band.get(band)
        share = f"{tally.correct / tally.judged:.2f}" if tally else "–"
        table.add_row(
            f"{band / BANDS:.1f}–{(band + 1) / BANDS:.1f}",
            str(tally.judged if tally else 0),
            str(tally.correct if tally else 0),
            share,
            f"{calibration.shares[band]:.2f}",
        )
    console.print(table)
