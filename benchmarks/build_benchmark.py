"""End-to-end build speed: ingest → extraction → resolution → RDF, on a corpus of at least 20 MB.

    .venv/bin/python benchmarks/build_benchmark.py [--mb 20] [--jobs 2] [--keep DIR]

The corpus is the dev documents and the seed digest repeated with varied ids (each copy gets a
numbered line, so its content hash differs), written as JSONL and Markdown files. The script
prints MB/s of text per core (text MB over the CPU seconds of this process and its workers),
wall-clock MB/s, the time per stage and the peak memory, and, as a baseline measured in the same
run, the lexicon scan of the whole corpus by a loop of ``str.find`` against the Aho–Corasick
automaton that the extractor uses. It also prints the quads written per MB of text and the
resident memory of the main process at the end of each stage (peaks between stage ends are in
the overall peak).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
GOAL_MB_PER_CORE = 1.0


def make_corpus(target_mb: float, folder: Path) -> tuple[int, int]:
    """Write copies of the dev and seed documents into ``folder``; return (documents, bytes of text)."""
    from kg.ingest import load_documents
    from kg.model import Document

    sources = [ROOT / "seeds", DEV_DOCS] if DEV_DOCS.exists() else [ROOT / "seeds"]
    # once each: the seed digest's articles are dev documents too, and a build reads a text once
    originals = list(
        {item.id: item for item in load_documents(sources) if isinstance(item, Document)}.values()
    )
    if not originals:
        sys.exit("no documents to copy: seeds/ and ../shared/eval/dev/docs are empty")
    folder.mkdir(parents=True, exist_ok=True)
    written = documents = copy = 0
    target = int(target_mb * 1_000_000)
    shard = None
    while written < target:
        if copy % 200 == 0:
            if shard:
                shard.close()
            shard = (folder / f"corpus-{copy // 200:04d}.jsonl").open("w", encoding="utf-8")
        for doc in originals:
            text = f"{doc.text}\n\n(Copy {copy}.)"
            record = {"text": text, "title": doc.title, "source": doc.source, "date": doc.date}
            assert shard is not None
            shard.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += len(text.encode("utf-8"))
            documents += 1
        copy += 1
    if shard:
        shard.close()
    return documents, written


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of the largest worker, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def resident_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * resource.getpagesize() / 1e6


def lexicon_baseline(folder: Path, sample_chars: int) -> tuple[float, float]:
    """Seconds per MB of text: a loop of ``str.find`` over every lexicon name vs the automaton."""
    from kg.lexicon import load_lexicon

    lexicon = load_lexicon()
    text = ""
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            text += json.loads(line)["text"]
            if len(text) >= sample_chars:
                break
        if len(text) >= sample_chars:
            break
    names = sorted({name for entry in lexicon for _, name in (*entry.labels, *entry.aliases)})
    megabytes = len(text.encode("utf-8")) / 1_000_000
    started = time.perf_counter()
    found = 0
    for name in names:
        start = text.find(name)
        while start != -1:
            found += 1
            start = text.find(name, start + 1)
    naive = (time.perf_counter() - started) / megabytes
    started = time.perf_counter()
    hits = sum(1 for _ in lexicon.scan(text))
    automaton = (time.perf_counter() - started) / megabytes
    print(f"  lexicon: {len(names)} names; str.find loop found {found}, automaton {hits} hits")
    return naive, automaton


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of text (default 20)")
    parser.add_argument("--jobs", type=int, default=0, help="extraction workers (default: one per core)")
    parser.add_argument("--keep", type=Path, help="keep the corpus and the output in this folder")
    args = parser.parse_args()

    from kg.calibrate import default_calibration_path, read_calibration
    from kg.pipeline import build, default_jobs

    jobs = args.jobs or default_jobs()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus, out = work / "corpus", work / "out"
    print(f"corpus: writing {args.mb:g} MB into {corpus}")
    documents, size = make_corpus(args.mb, corpus)
    megabytes = size / 1_000_000
    print(f"corpus: {documents} documents, {megabytes:.1f} MB of text (UTF-8)")

    stages: dict[str, float] = {}
    resident: dict[str, float] = {}
    current: dict[str, str | float] = {"stage": "", "since": time.perf_counter()}

    def progress(stage: str, done: int, total: int | None) -> None:
        now = time.perf_counter()
        if stage != current["stage"]:
            if current["stage"]:
                stages[str(current["stage"])] = (
                    stages.get(str(current["stage"]), 0.0) + now - float(current["since"])
                )
                resident[str(current["stage"])] = resident_mb()
            current["stage"], current["since"] = stage, now

    cpu_before = cpu_seconds()
    started = time.perf_counter()
    calibration = read_calibration(default_calibration_path())  # as `kg build` does by default
    report = build(
        [corpus], out, jobs=jobs, validate=False, html=False, calibration=calibration, progress=progress
    )
    wall = time.perf_counter() - started
    stages[str(current["stage"])] = (
        stages.get(str(current["stage"]), 0.0) + time.perf_counter() - float(current["since"])
    )
    resident[str(current["stage"])] = resident_mb()
    cpu = cpu_seconds() - cpu_before
    own_peak, worker_peak = peak_memory_mb()

    print(
        f"\nbuild: {report.documents} documents, {report.entities} entities, {report.triples} relations, "
        f"{report.facts} facts, {report.quads} quads"
    )
    print(f"  wall {wall:.1f} s with {jobs} extraction workers; CPU {cpu:.1f} s")
    for stage, seconds in stages.items():
        print(f"  {stage:<10} {seconds:7.1f} s   resident at its end {resident.get(stage, 0):6.0f} MB")
    print(f"  quads: {report.quads / megabytes:,.0f} per MB of text")
    per_core = megabytes / cpu
    print(
        f"  throughput: {megabytes / wall:.2f} MB/s wall, {per_core:.2f} MB/s per core "
        f"(goal ≥ {GOAL_MB_PER_CORE:g}: {'met' if per_core >= GOAL_MB_PER_CORE else 'NOT met'})"
    )
    print(f"  peak memory: main process {own_peak:.0f} MB, largest worker {worker_peak:.0f} MB")

    print("\nbaseline (same run): lexicon scan of a 2 MB sample")
    naive, automaton = lexicon_baseline(corpus, 2_000_000)
    print(
        f"  str.find loop {naive:.2f} s/MB, automaton {automaton:.3f} s/MB: {naive / automaton:.0f}× faster"
    )
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
