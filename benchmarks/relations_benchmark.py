"""Relations, facts and resolution: speed (MB/s of text per core) and, on gold mentions, quality.

    python benchmarks/relations_benchmark.py [DOCS...] [--repeat 20] [--baseline TREE]
                                             [--gold GOLD] [--verbose] [--no-speed]

Speed: the documents of DOCS (default: the dev set and ``seeds/``) are read and their mentions
found before the clock starts; the corpus is then repeated ``--repeat`` times under fresh
document ids, and the stages after mention finding run over it: ``read_sentences`` and
``find_relations`` (with name decomposition), ``find_facts`` (dates and amounts) and
``resolve``. MB/s counts UTF-8 bytes of text per CPU second (``time.process_time``), with the
share of each stage, and a machine reference (a fixed Python loop) to compare runs by.

Before/after: ``--baseline TREE`` (e.g. ``git archive 63c16a3 kg | tar -x -C /tmp/before``)
measures that tree too, on the same documents and mentions, each tree in a child process,
alternately three times, keeping each one's best run.

Quality, when ``--gold`` holds the JSON annotations of DOCS (same file stems): the mentions are
built from the gold annotations (every occurrence of each gold name, longest first; one-character
countries such as 中 or 巴 only next to another inside a longer gold name, as compound forms), so
the figures measure the relation and fact layer alone, whatever the mention finder misses.
Relations are scored as ``score.py`` does (gold ids, symmetric predicates in either order), facts by recall.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType

from kg.extract.facts import find_facts
from kg.extract.mentions import find_mentions
from kg.extract.relations import find_relations, read_sentences
from kg.ingest import load_documents
from kg.lexicon import Lexicon, load_lexicon
from kg.model import DateValue, Document, EntityClass, Extraction, Mention, Span
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_OUTER = " \"'“”‘’《》〈〉「」『』()（）[]【】.,;:!?，。；：、！？·"
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def normalise(name: str) -> str:
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", name).casefold())
    text = " ".join(text.split()).strip(_OUTER).strip()
    return text[4:] if text.startswith("the ") else text


def _documents(paths: list[Path]) -> list[Document]:
    return [item for item in load_documents(paths) if isinstance(item, Document)]


def _stem(doc: Document) -> str:
    return Path(doc.origin.split("#")[0]).stem


# ----------------------------------------------------------------------------- speed

Corpus = list[tuple[Document, tuple[Mention, ...]]]


def _copies(found: Corpus, repeat: int) -> Corpus:
    """The corpus ``repeat`` times, each copy under its own document id, with its mentions."""
    corpus = []
    for copy in range(repeat):
        for doc, mentions in found:
            doc_id = f"{doc.id}-{copy}"
            corpus.append((replace(doc, id=doc_id), tuple(replace(m, doc_id=doc_id) for m in mentions)))
    return corpus


def _facts(view: object, relations: object) -> object:
    """``find_facts`` of the tree under test (older trees took the view alone)."""
    if len(inspect.signature(find_facts).parameters) > 1:
        return find_facts(view, relations)  # type: ignore[arg-type]
    return find_facts(view)  # type: ignore[arg-type]


def _machine_reference() -> float:
    """Millions of simple Python steps per CPU second: the same loop on any tree, so that runs on
    a busy or a different machine can be compared (a ratio, not a rule)."""
    best = float("inf")
    for _ in range(5):
        clock = time.process_time()
        total = 0
        for number in range(200_000):
            total += number * number % 7
        best = min(best, time.process_time() - clock)
    return 0.2 / best


def measure(found: Corpus, repeat: int) -> dict[str, float]:
    """CPU seconds per stage over the corpus repeated ``repeat`` times, and its size in bytes."""
    lexicon = load_lexicon()
    corpus = _copies(found, repeat)
    for doc, mentions in corpus[: len(found)]:  # compile the patterns and fill the caches first
        view = read_sentences(doc, mentions)
        _facts(view, find_relations(doc, mentions, lexicon, view)[0])
    seconds = {"read_sentences": 0.0, "find_relations": 0.0, "find_facts": 0.0, "resolve": 0.0}
    extractions = []
    for doc, mentions in corpus:
        clock = time.process_time()
        view = read_sentences(doc, mentions)
        seconds["read_sentences"] += time.process_time() - clock
        clock = time.process_time()
        relations, inner = find_relations(doc, mentions, lexicon, view)
        seconds["find_relations"] += time.process_time() - clock
        clock = time.process_time()
        facts = _facts(view, relations)
        seconds["find_facts"] += time.process_time() - clock
        extractions.append(Extraction(doc.id, "rules", (*mentions, *inner), relations, facts))  # type: ignore[arg-type]
    clock = time.process_time()
    resolve([doc for doc, _ in corpus], extractions, lexicon)
    seconds["resolve"] += time.process_time() - clock
    return {**seconds, "bytes": sum(len(doc.text.encode("utf-8")) for doc, _ in corpus)}


def report(label: str, measured: dict[str, float]) -> None:
    size = measured["bytes"] / 1e6
    total = sum(value for stage, value in measured.items() if stage != "bytes")
    print(f"{label}: {size:.2f} MB, {size / total:.2f} MB/s of CPU time ({total:.2f} s)")
    for stage, spent in measured.items():
        if stage != "bytes":
            print(f"    {stage:15} {spent:6.2f} s  {size / spent if spent else float('inf'):8.2f} MB/s")


def speed(docs: list[Document], repeat: int, baseline: Path | None) -> None:
    """Measure this tree and, with ``baseline`` (a source tree holding an older ``kg``), that
    tree on the same documents and mentions, in a child process, alternately."""
    lexicon = load_lexicon()
    found = [(doc, tuple(find_mentions(doc, lexicon))) for doc in docs]
    print(f"machine reference: {_machine_reference():.1f} M steps/s")
    if baseline is None:
        report("relations+facts+resolve", measure(found, repeat))
        return
    with tempfile.TemporaryDirectory() as folder:
        corpus_file = Path(folder) / "corpus.pickle"
        corpus_file.write_bytes(pickle.dumps(found))
        child = [sys.executable, __file__, "--measure", str(corpus_file), "--repeat", str(repeat)]
        best: dict[str, dict[str, float]] = {}
        for _ in range(3):  # alternate, keep each tree's best: the machine may be shared
            for label, tree in (("before", str(baseline)), ("after", str(ROOT))):
                run = subprocess.run(
                    child, env={**os.environ, "PYTHONPATH": tree}, capture_output=True, text=True, check=True
                )
                measured = json.loads(run.stdout.splitlines()[-1])
                if label not in best or sum(measured.values()) < sum(best[label].values()):
                    best[label] = measured
    for label in ("before", "after"):
        report(f"{label} ({baseline if label == 'before' else ROOT})", best[label])
    ratio = (sum(best["before"].values()) - best["before"]["bytes"]) / (
        sum(best["after"].values()) - best["after"]["bytes"]
    )
    print(f"after / before: {ratio:.2f}× faster")


# ----------------------------------------------------------------------------- quality on gold mentions


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bounded(text: str, start: int, end: int) -> bool:
    """A Latin name must not be part of a longer word ("US" in "Business")."""
    if not _WORD_CHAR.match(text[start:end][:1] or " "):
        return True
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not _WORD_CHAR.match(before or " ") and not _WORD_CHAR.match(after or " ")


def gold_mentions(doc: Document, entities: list[dict[str, object]]) -> list[Mention]:
    """Every occurrence of each gold name in ``doc``, longest first, typed and keyed by gold id."""
    names: list[tuple[str, dict[str, object]]] = []
    for entity in entities:
        written = {str(entity.get("label", "")), *(str(n) for n in entity.get("mentions", []))}  # type: ignore[attr-defined]
        names += [(name, entity) for name in written if name]
    names.sort(key=lambda item: -len(item[0]))
    singles = {name for name, entity in names if len(name) == 1 and entity["type"] == "Country"}
    taken: list[Span] = []
    mentions: list[Mention] = []
    for name, entity in names:
        compound = len(name) == 1
        start = doc.text.find(name)
        while start >= 0:
            span = Span(start, start + len(name))
            inside = any(t.contains(span) for t in taken)
            crossing = any(span.overlaps(t) and not t.contains(span) for t in taken)
            # a one-character country (中, 巴) only in a compound of such characters (中巴光缆)
            paired = (
                not compound
                or doc.text[start - 1 : start] in singles
                or doc.text[span.end : span.end + 1] in singles
            )
            if compound == inside and paired and not crossing and _bounded(doc.text, span.start, span.end):
                if not compound:
                    taken.append(span)
                mentions.append(
                    Mention(
                        doc.id,
                        span,
                        name,
                        EntityClass(str(entity["type"])),
                        doc.lang,
                        key=str(entity["id"]),
                        canonical=str(entity.get("label")) if compound else None,
                        source="compound" if compound else "pattern",
                    )
                )
            start = doc.text.find(name, start + len(name))
    return sorted(mentions, key=lambda m: (m.span.start, -len(m.span)))


@dataclass
class _Scores:
    """What the relation and fact layer produced on gold mentions, and what it should have."""

    gold_relations: set[tuple[str, str, str]] = field(default_factory=set)
    gold_facts: list[tuple[str, str, object, str]] = field(default_factory=list)
    predicted: set[tuple[str, str, str]] = field(default_factory=set)
    rules: dict[tuple[str, str, str], str] = field(default_factory=dict)
    lang_of: dict[tuple[str, str, str], str] = field(default_factory=dict)
    facts_by_entity: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _gold_id(mention: Mention, ids: set[str], by_name: dict[str, str]) -> str:
    """The gold entity a mention names: its key when it is a gold id, else by its name."""
    if mention.key in ids:
        return str(mention.key)
    for name in (mention.canonical, mention.text):
        if name and normalise(name) in by_name:
            return by_name[normalise(name)]
    return f"?{mention.text}"


def _read_gold_file(path: Path, score: ModuleType, scores: _Scores, lang: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    for rel in data.get("relations", []):  # type: ignore[attr-defined]
        triple = score.canonical(rel["s"], rel["p"], rel["o"])
        scores.gold_relations.add(triple)
        scores.lang_of[triple] = lang
    for fact in data.get("facts", []):  # type: ignore[attr-defined]
        value = score.fact_value(fact)
        if value is not None:
            scores.gold_facts.append((fact["s"], fact["attribute"], value, lang))
    return data


def _run_on_gold(
    doc: Document,
    *,
    entities: list[dict[str, object]],
    lexicon: Lexicon,
    score: ModuleType,
    scores: _Scores,
    lang: str,
) -> None:
    ids = {str(e["id"]) for e in entities}
    by_name = {
        normalise(str(name)): str(entity["id"])
        for entity in entities
        for name in [entity.get("label", ""), *entity.get("mentions", [])]  # type: ignore[misc]
        if name
    }
    mentions = gold_mentions(doc, entities)
    view = read_sentences(doc, mentions)
    relations, _ = find_relations(doc, mentions, lexicon, view)
    for relation in relations:
        subject, obj = _gold_id(relation.subject, ids, by_name), _gold_id(relation.object, ids, by_name)
        triple = score.canonical(subject, relation.predicate.value, obj)
        scores.predicted.add(triple)
        scores.lang_of.setdefault(triple, lang)
        scores.rules.setdefault(triple, relation.rule)
    for fact in find_facts(view, relations):
        value = fact.value
        literal = value.iso if isinstance(value, DateValue) else str(value.value)
        scores.facts_by_entity[_gold_id(fact.subject, ids, by_name)].append(literal)


def _found(score: ModuleType, scores: _Scores, subject: str, value: object) -> bool:
    held = scores.facts_by_entity.get(subject, [])
    return any(score.literal_matches(value, score.Literal(literal)) for literal in held)


def quality(docs: list[Document], gold: Path, scorer_path: Path, verbose: bool) -> None:
    score = _scorer(scorer_path)
    lexicon = load_lexicon()
    scores = _Scores()
    by_stem: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        by_stem[_stem(doc)].append(doc)
    for stem, group in sorted(by_stem.items()):
        path = gold / f"{stem}.json"
        if not path.is_file():
            continue
        lang = "zh" if stem.endswith("_zh") else "en" if stem.endswith("_en") else "mixed"
        entities: list[dict[str, object]] = _read_gold_file(path, score, scores, lang)["entities"]  # type: ignore[assignment]
        for doc in group:
            _run_on_gold(doc, entities=entities, lexicon=lexicon, score=score, scores=scores, lang=lang)
    for lang in ("all", "en", "zh", "mixed"):
        expected = {t for t in scores.gold_relations if lang in ("all", scores.lang_of[t])}
        got = {t for t in scores.predicted if lang in ("all", scores.lang_of[t])}
        if not expected:
            continue
        p, r, f = score.prf(len(expected & got), len(got), len(expected))
        facts = [fact for fact in scores.gold_facts if lang in ("all", fact[3])]
        found = sum(1 for s, _, value, _ in facts if _found(score, scores, s, value))
        recall = found / len(facts) if facts else 0.0
        print(
            f"gold mentions [{lang:5}] relations P={p:.3f} R={r:.3f} F1={f:.3f} "
            f"(predicted={len(got)} gold={len(expected)})  facts R={recall:.3f} ({found}/{len(facts)})"
        )
    if verbose:
        for triple in sorted(scores.gold_relations - scores.predicted, key=lambda t: (t[1], t)):
            print(f"  missed   {triple}")
        for triple in sorted(scores.predicted - scores.gold_relations, key=lambda t: (t[1], t)):
            print(f"  spurious {triple} [{scores.rules[triple]}]")
        for s, attribute, value, _ in scores.gold_facts:
            if not _found(score, scores, s, value):
                shown = value if isinstance(value, str) else sorted(value)  # type: ignore[call-overload]
                print(f"  missed fact {s} {attribute} {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("docs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--gold", type=Path, help="gold annotations of DOCS: score on gold mentions")
    parser.add_argument("--scorer", type=Path, default=DEV.parent / "score.py")
    parser.add_argument("--verbose", action="store_true", help="list missed and spurious relations and facts")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--baseline", type=Path, help="a source tree of an older kg (git archive REV kg): measure it too"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # (the child of --baseline)
    args = parser.parse_args(argv)
    if args.measure is not None:
        print(json.dumps(measure(pickle.loads(args.measure.read_bytes()), args.repeat)))
        return 0
    paths = args.docs or [DEV / "docs", ROOT / "seeds"]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"no documents at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    docs = _documents(paths)
    if not args.no_speed:
        speed(docs, args.repeat, args.baseline)
    if args.gold is not None:
        quality(docs, args.gold, args.scorer, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
