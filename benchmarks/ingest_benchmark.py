"""Ingestion speed: files → Documents, per format, against reading the same files raw.

    .venv/bin/python benchmarks/ingest_benchmark.py [--mb 10]

The corpus is the dev documents and the seed digest, copied (each copy numbered, so its
content hash differs) into JSONL, Markdown and digest ``.txt`` files of about ``--mb`` MB of
text each. For each format the script prints MB/s of text per core for ``load_documents``
and, as a baseline measured in the same run, for reading the files and decoding them (plus
``json.loads`` for JSONL) without building any document: the ratio is what ingestion adds.
Each figure is the best of three runs, since other processes may share the cores.
The whole pipeline must do at least 1 MB/s per core, so ingestion should be far above that.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from kg.ingest import load_documents
from kg.model import Document

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
PIPELINE_GOAL_MB_PER_CORE = 1.0


def make_corpus(target_mb: float, folder: Path) -> dict[str, tuple[Path, int]]:
    """One folder per format, each holding about ``target_mb`` MB of text: format → (folder, bytes)."""
    sources = [ROOT / "seeds", DEV_DOCS] if DEV_DOCS.exists() else [ROOT / "seeds"]
    originals = [item for item in load_documents(sources) if isinstance(item, Document)]
    target = int(target_mb * 1_000_000)
    sizes: dict[str, tuple[Path, int]] = {}
    for kind in ("jsonl", "md", "digest"):
        out = folder / kind
        out.mkdir(parents=True)
        written = copy = 0
        while written < target:
            if kind == "jsonl":
                lines = []
                for doc in originals:
                    text = f"{doc.text}\n\n(Copy {copy}.)"
                    record = {"text": text, "title": doc.title, "date": doc.date}
                    lines.append(json.dumps(record, ensure_ascii=False))
                    written += len(text.encode("utf-8"))
                (out / f"part-{copy:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
            elif kind == "md":
                for number, doc in enumerate(originals):
                    body = f"{doc.text}\n\n(Copy {copy}.)"
                    front = f"---\ntitle: {json.dumps(doc.title or 'Untitled', ensure_ascii=False)}\n"
                    front += f"date: {doc.date or '2020-01-01'}\n---\n\n"
                    (out / f"doc-{copy:05d}-{number:02d}.md").write_text(front + body, encoding="utf-8")
                    written += len(body.encode("utf-8"))
            else:
                articles = []
                for doc in originals:
                    body = doc.text.split("\n\n", 1)[-1]
                    articles.append(f"{doc.title or 'Untitled'} {copy}\nXinhua · 2020-01-01 08:00\n{body}")
                    written += len(body.encode("utf-8"))
                text = "跨境光缆\nSearch documents\n" + "\n".join(articles) + "\n"
                (out / f"digest-{copy:05d}.txt").write_text(text, encoding="utf-8")
            copy += 1
        sizes[kind] = (out, written)
    return sizes


def timed(work: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """The fewest CPU seconds ``work`` takes in ``repeat`` runs (others share the cores), and its result."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        result = work()
        best = min(best, time.process_time() - started)
    return best, result


def count_documents(folder: Path) -> int:
    return sum(1 for item in load_documents([folder]) if isinstance(item, Document))


def raw_read(folder: Path, kind: str) -> None:
    """The baseline: read and decode every file (and parse every JSON line), build nothing."""
    for path in sorted(folder.iterdir()):
        text = path.read_bytes().decode("utf-8")
        if kind == "jsonl":
            for line in text.split("\n"):
                if line:
                    json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text per format (default 10)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-ingest-bench-"))
    try:
        corpus = make_corpus(args.mb, work)
        print(f"{'format':<8} {'MB':>6} {'docs':>7} {'ingest MB/s':>12} {'raw read MB/s':>14} {'ratio':>6}")
        for kind, (folder, size) in corpus.items():
            megabytes = size / 1_000_000
            ingest, documents = timed(partial(count_documents, folder))
            baseline, _ = timed(partial(raw_read, folder, kind))
            print(
                f"{kind:<8} {megabytes:6.1f} {documents:7d} {megabytes / ingest:12.1f} "
                f"{megabytes / baseline:14.1f} {ingest / baseline:5.1f}×"
            )
        print(f"(the whole pipeline must do ≥ {PIPELINE_GOAL_MB_PER_CORE:g} MB/s per core)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
