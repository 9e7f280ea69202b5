"""Mention finding: speed (MB/s of text per core) and, with gold annotations, name recall.

    python benchmarks/mentions_benchmark.py [DOCS...] [--gold GOLD] [--repeat 20]

Speed: every document of DOCS (by default the dev set and the seed digest) is read once,
then ``find_mentions`` runs over them once to load what it loads once per process (the
lexicon's automaton, jieba's dictionary), then ``--repeat`` times on the clock. MB/s is
measured on CPU time (one process, one core) and on the wall clock; the one-time loads are
printed apart.

Recall, when ``--gold`` holds the JSON annotations of DOCS (same file stems): for each gold
entity of a document, whether one of its names (label or mentions, normalised: NFKC, case,
dashes, spaces, outer punctuation, a leading "the") is the text or the canonical name of a
mention of that document; and which mentions name no gold entity of the document. The dev
set lives in ``../shared/eval/dev`` beside the project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from kg.extract.mentions import find_mentions
from kg.ingest import load_documents
from kg.lexicon import load_lexicon
from kg.model import Document

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_OUTER = " \"'“”‘’《》〈〉「」『』()（）[]【】.,;:!?，。；：、！？·"


def normalise(name: str) -> str:
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", name).casefold())
    text = " ".join(text.split()).strip(_OUTER).strip()
    return text[4:] if text.startswith("the ") else text


def _documents(paths: list[Path]) -> list[Document]:
    return [item for item in load_documents(paths) if isinstance(item, Document)]


def _stem(doc: Document) -> str:
    return Path(doc.origin.split("#")[0]).stem


def speed(docs: list[Document], repeat: int) -> None:
    started = time.perf_counter()
    lexicon = load_lexicon()
    built = time.perf_counter() - started
    for doc in docs:
        find_mentions(doc, lexicon)
    loaded = time.perf_counter() - started
    size = sum(len(doc.text.encode("utf-8")) for doc in docs) * repeat
    wall, cpu = time.perf_counter(), time.process_time()
    count = 0
    for _ in range(repeat):
        for doc in docs:
            count += len(find_mentions(doc, lexicon))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"lexicon: {len(lexicon)} entries, loaded in {built:.2f} s (with the first pass {loaded:.2f} s)")
    print(
        f"mentions: {size / 1e6:.2f} MB, {size / 1e6 / cpu:.2f} MB/s of CPU time on one core "
        f"({size / 1e6 / wall:.2f} MB/s wall clock; {count} mentions, {len(docs) * repeat} documents)"
    )


def recall(docs: list[Document], gold: Path) -> None:
    lexicon = load_lexicon()
    found_total = expected_total = 0
    by_stem: dict[str, list[Document]] = {}
    for doc in docs:
        by_stem.setdefault(_stem(doc), []).append(doc)
    for stem, group in sorted(by_stem.items()):
        path = gold / f"{stem}.json"
        if not path.is_file():
            continue
        entities = json.loads(path.read_text(encoding="utf-8"))["entities"]
        names: set[str] = set()
        for doc in group:
            for mention in find_mentions(doc, lexicon):
                names.add(normalise(mention.text))
                if mention.canonical:
                    names.add(normalise(mention.canonical))
        gold_names = set()
        missed = []
        for entity in entities:
            written = [entity.get("label", ""), *entity.get("mentions", [])]
            forms = {normalise(name) for name in written if name}
            gold_names |= forms
            if forms & names:
                found_total += 1
            else:
                missed.append(f"{entity['id']} ({entity['type']})")
        expected_total += len(entities)
        extra = sorted(name for name in names if name not in gold_names)
        print(f"{stem}: {len(entities) - len(missed)}/{len(entities)} gold entities named")
        for item in missed:
            print(f"    missed  {item}")
        print(f"    not in this document's gold: {', '.join(extra[:40])}")
    if expected_total:
        print(f"name recall: {found_total}/{expected_total} = {found_total / expected_total:.3f}")


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    seeds = Path(__file__).resolve().parents[1] / "seeds" / "digital-silk-road-digest.txt"
    parser.add_argument("docs", nargs="*", type=Path, default=[default / "docs", seeds])
    parser.add_argument("--gold", type=Path, default=default / "gold")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    missing = [path for path in args.docs if not path.exists()]
    if missing:
        print(f"no documents at {missing[0]}; pass folders or files of documents", file=sys.stderr)
        return 2
    docs = _documents(args.docs)
    speed(docs, args.repeat)
    if args.gold.is_dir():
        recall(docs, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
