"""Where the evaluation set is: ``../shared/eval`` beside the project when it is there (the
shared, authoritative copy), else the copy vendored in ``tests/data/eval`` so that CI on a lone
clone still runs the end-to-end score tests. ``KG_EVAL`` overrides both."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SHARED = ROOT.parent / "shared" / "eval"
_VENDORED = Path(__file__).resolve().parent / "data" / "eval"

EVAL = (
    Path(os.environ["KG_EVAL"]) if "KG_EVAL" in os.environ else (_SHARED if _SHARED.is_dir() else _VENDORED)
)
DEV = EVAL / "dev"
DEV_DOCS = DEV / "docs"
DEV_GOLD = DEV / "gold"
SCORER = EVAL / "score.py"
