"""Extraction of one long document against the same text as many short ones: does a report scale?

    python benchmarks/long_document_benchmark.py [DOCS...] [--chars 600000] [--steps 3]

News articles are short, but users also feed reports, books and transcripts of hundreds of
thousands of characters. Extraction should cost the same per character either way; a step of
it that compares every name with every other name, or every name with every sentence, costs
nothing on an article and minutes on a report.

For each language, the documents of DOCS (by default the dev set and the seed digest) are
joined, repeated up to ``--chars`` characters, and extracted as one document at ``--steps``
sizes (a quarter, a half, the whole, for 3). The baseline, measured in the same run, is the
same text extracted as the separate documents it was joined from. The script prints CPU
seconds per million characters for both and their ratio: near 1 at every size is linear; a
ratio that grows with the size is a quadratic step, and the profile (``--profile``) names it.

Last, the smallest size again with every sentence end and line break turned into a comma: one
"sentence" as long as the text, the shape of a table or a list flattened into one line by a
converter. Sentence splitting cuts a run longer than ``LONGEST_SENTENCE`` characters into pieces
of at most ``RUN_PIECE``; without that cut, reading one 28,000-character run took a minute, and
with pieces of 1,000 characters a Chinese one cost 8.6 times the time per character of articles.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from pathlib import Path

from kg.extract import get_extractor
from kg.ingest import load_documents
from kg.ingest.document import read_document
from kg.lexicon import load_lexicon
from kg.model import Document, Lang

ROOT = Path(__file__).resolve().parents[1]
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"
# a sentence end (not the period of 3.7 or U.S.) or a line break, with the space after it
_SENTENCE_ENDS = re.compile(r"(?:(?:[。！？；]|[.!?;](?=\s)|\n)\s*)+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs", nargs="*", type=Path, help="documents or folders (default: dev, seeds)")
    parser.add_argument("--chars", type=int, default=600_000, help="characters of the longest document")
    parser.add_argument("--steps", type=int, default=3, help="sizes measured, each twice the one before")
    parser.add_argument("--profile", action="store_true", help="print the slowest functions at the top size")
    args = parser.parse_args()

    sources = args.docs or [p for p in (DEV_DOCS, ROOT / "seeds") if p.exists()]
    documents = [item for item in load_documents(sources) if isinstance(item, Document)]
    if not documents:
        sys.exit(f"no documents in {', '.join(map(str, sources))}")
    extractor = get_extractor("rules", load_lexicon())
    for doc in documents:  # what is loaded once per process (jieba, the automaton, compiled rules)
        extractor.extract(doc)

    print(f"Long documents: {len(documents)} documents, up to {args.chars:,} characters in one")
    for lang in (Lang.EN, Lang.ZH):
        articles = [doc for doc in documents if doc.lang is lang]
        if not articles:
            continue
        joined = "\n\n".join(doc.text for doc in articles)
        copies = -(-args.chars // len(joined))
        started = time.process_time()
        for _ in range(copies):
            for doc in articles:
                extractor.extract(doc)
        separate = (time.process_time() - started) / (len(joined) * copies) * 1e6
        count = len(articles) * copies
        print(f"\n{lang.value}: baseline, {count} separate documents: {separate:.1f} s per M chars")
        for step in range(args.steps - 1, -1, -1):
            size = args.chars >> step
            text = ("\n\n".join([joined] * copies))[:size]
            long_doc = read_document(text, origin=f"long-{lang.value}.txt")
            profile = cProfile.Profile() if args.profile and step == 0 else None
            started = time.process_time()
            if profile:
                profile.enable()
            extractor.extract(long_doc)
            if profile:
                profile.disable()
            seconds = time.process_time() - started
            per_million = seconds / len(text) * 1e6
            print(
                f"  one document of {len(text):>9,} chars: {seconds:6.1f} s, "
                f"{per_million:5.1f} s per M chars, {per_million / separate:4.1f}× the baseline"
            )
            if profile:
                pstats.Stats(profile).sort_stats("tottime").print_stats(12)
        size = args.chars >> (args.steps - 1)
        comma = "，" if lang is Lang.ZH else ", "
        one_line = _SENTENCE_ENDS.sub(comma, ("\n\n".join([joined] * copies))[:size])
        flat = read_document(one_line, origin=f"one-line-{lang.value}.txt")
        started = time.process_time()
        extractor.extract(flat)
        seconds = time.process_time() - started
        per_million = seconds / len(one_line) * 1e6
        print(
            f"  one line without sentence ends, {len(one_line):>9,} chars: {seconds:6.1f} s, "
            f"{per_million:5.1f} s per M chars, {per_million / separate:4.1f}× the baseline "
            f"(split into {len(flat.sentences)} pieces)"
        )


if __name__ == "__main__":
    main()
