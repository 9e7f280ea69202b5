"""Names learned from the annotated sets: a gazetteer in which every name was measured first.

``python -m kg.lexicon.harvest [--sets dev A B …] [--out FILE]`` (or ``scripts/harvest``) reads
each set's documents and gold files and takes every name an annotator marked (a mention as the
document writes it, never a gold label) that the curated lexicon does not know. The lexicon
matcher then looks for each such name in every training document, with the case rules the build
uses. A name is kept for the entity annotators marked it as when they did so in at least
``MIN_PRECISION`` of the documents where the matcher finds it: "center3" or "Cybernet" are marked
wherever they occur, "logistics" or "the trial" in few of the documents that hold them.

Kept names become entries of ``seeds/lexicon/learned.yaml``, which the lexicon reads after every
curated file: a name of an entity the lexicon already has (an alias of the same class) extends
that entry, so the new name resolves to the same node; any other entity gets an entry of its own,
with no Wikidata id (one is never guessed). Countries are left out: CLDR names them all.

The result depends only on the sets, the curated lexicon and this code.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import AnnotatedSet, annotated_documents, gold_names, vendored_sets
from kg.lexicon.entry import LexiconEntry
from kg.lexicon.folding import has_cjk
from kg.lexicon.lexicon import Lexicon
from kg.lexicon.load import LEARNED, lexicon_dir, load_lexicon
from kg.model import Document, EntityClass

__all__ = ["MIN_PRECISION", "LearnedEntry", "LearnedName", "harvest", "learned_yaml"]

log = logging.getLogger(__name__)

MIN_PRECISION = 0.5
_PREFIXES = {
    EntityClass.ORGANIZATION: "org",
    EntityClass.INITIATIVE: "initiative",
    EntityClass.PROJECT: "project",
    EntityClass.AGREEMENT: "agreement",
    EntityClass.TECHNOLOGY: "tech",
    EntityClass.PERSON: "person",
    EntityClass.PLACE: "place",
    EntityClass.EVENT: "event",
}


@dataclass(frozen=True)
class AnnotatedDocument:
    """A document and the entities its gold file marks in it."""

    key: str
    document: Document
    entities: tuple[tuple[str, EntityClass, tuple[str, ...]], ...]


@dataclass(frozen=True)
class LearnedName:
    """A name, the documents where annotators marked it as the entity and where the matcher finds it."""

    name: str
    marked: int
    found: int

    @property
    def precision(self) -> float:
        return self.marked / self.found if self.found else 0.0


@dataclass(frozen=True)
class LearnedEntry:
    """The learned names of one entity: a new lexicon entry, or new aliases of ``id`` when it exists."""

    id: str
    cls: EntityClass
    names: tuple[LearnedName, ...]
    gold_id: str
    extends: bool


def read_annotated(sets: Sequence[AnnotatedSet]) -> list[AnnotatedDocument]:
    """Every document of ``sets`` that has a gold file, with the entities that file marks."""
    return [
        AnnotatedDocument(
            f"{annotated.name}/{gold_file.stem}",
            document,
            tuple((entity.id, EntityClass(entity.type), entity.mentions) for entity in gold_names(gold_file)),
        )
        for annotated in sets
        for document, gold_file in annotated_documents(annotated)
    ]


# 该海缆系统, "this cable": a reference names whatever the document spoke of last, no one thing
_REFERENCE = re.compile(r"^(?:该|本|此|这|其|上述|(?:this|that|these|those|its|their)\s)", re.IGNORECASE)


# a title or a quoted name: 《…》, “万村通”项目
_ZH_PROPER_MARK = re.compile(r"[《“「『]")
# an edition: 第四届全球数字贸易博览会, "the 3rd ASEAN Digital Ministers' Meeting"
_EDITION = re.compile(r"第[一二三四五六七八九十百千\d]+[届次期]|\b\d+(?:st|nd|rd|th)\b|\b(?:19|20)\d\d\b")
_PARTIES = frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION, EntityClass.PERSON, EntityClass.PLACE})
# 数字发展部, 公安厅, 特区政府: an office every government has, whose name says not whose
_ZH_OFFICE = re.compile(
    r"(?:部|厅|局|署|处|办|政府|议会|法院|大臣|委员会|工作组|联合体|部长会议|内阁|国务院|中央银行)$"
)
# "Ministry of Education", "Department of Foreign Affairs", "Senate": the same offices in English,
# named by their head and their field alone
_EN_OFFICE = re.compile(
    r"(?:(?:Ministry|Department|Office|Bureau|Directorate|Secretariat|Commission|Agency|Authority)"
    r"(?: (?:of|for) .+)?|Senate|Parliament|Cabinet|Government|National Assembly|House of Representatives|"
    r"Council of Ministers|Council of State|State Council|Supreme Court|Central Bank)"
)


def _usable(name: str) -> bool:
    """A name worth looking for: two characters or more, with a letter, no reference word."""
    stripped = name.strip()
    return (
        len(stripped) >= 2
        and stripped == name
        and any(char.isalpha() for char in stripped)
        and _REFERENCE.match(stripped) is None
    )


def _names_one_thing(name: str, cls: EntityClass, lexicon: Lexicon) -> bool:
    """Whether a name can be trusted to name the same thing in a document nobody annotated.

    A technology is a kind of thing, named alike everywhere ("digital identity"); people and
    places go by proper names, though an English surname alone ("Fu") is many people's. A
    project, a body or an initiative named in words only ("domestic cable", 光纤网络) was the
    annotated document's one and is another one elsewhere: learning it would merge different
    things across documents. These need a proper name: a capital or a digit in English, Latin
    letters or digits in Chinese (neither a technology's, "5G test bed" and 5G服务, nor an opening
    article's, "The plant"), a title in 《》 or quotation marks, a country, body, person
    or place the curated lexicon knows inside it (中远海运港口阿布扎比码头; a technology inside
    makes no name: 新数据中心, 跨境光缆系统), the one-character forms of two countries at its
    start (泰中记者协会), or, for a body, a name of its own that is no government's office
    (赛博网公司, but not 数字发展部: every government has one). Agreements and events are titled
    alike whoever signs or meets ("MoU on the Digital Economy", 《合作备忘录》, 开工仪式): their
    names need a party or a place the curated lexicon knows (Nepal–China Digital Economy MoU,
    中柬数字经济合作谅解备忘录), or, for an event, its edition (第四届全球数字贸易博览会).
    """
    if cls is EntityClass.PERSON:
        return has_cjk(name) or len(name.split()) > 1
    if has_cjk(name) and _ZH_CLAUSE.search(name):
        return False  # 对中国进行国事访问, 在吉布提建设的鲁班工坊: a clause that described it there
    if cls is EntityClass.EVENT and not has_cjk(name) and name[:1].islower() and " " in name:
        return False  # "state visit to China": a description, whoever visits
    if cls in (EntityClass.TECHNOLOGY, EntityClass.PLACE):
        return True
    compound = len(name) > 2 and name[0] in lexicon.compound_chars and name[1] in lexicon.compound_chars
    if compound or _names_a_party(name, lexicon):
        return True
    if cls is EntityClass.EVENT:
        return _EDITION.search(name) is not None
    if cls is EntityClass.AGREEMENT:
        return False
    # the capitals and digits of a technology's name, or of an article opening a sentence, are no
    # proper name's: "5G test bed", 5G服务, "The country's first 5G service" are any operator's
    bare = _LEADING_ARTICLE.sub("", _without_technologies(name, lexicon))
    if not has_cjk(name):
        if cls is EntityClass.ORGANIZATION and _EN_OFFICE.fullmatch(bare):
            return False  # "Ministry of Education", "Senate": every government has one
        return any(char.isupper() or char.isdigit() for char in bare)
    if _ZH_PROPER_MARK.search(name) or any(char.isascii() and char.isalnum() for char in bare):
        return True
    return cls is EntityClass.ORGANIZATION and len(name) >= 3 and _ZH_OFFICE.search(name) is None


# A Chinese phrase that opens with a preposition (对 but not 对外, 在, 于, 向, 由) or holds 进行 is
# a clause, not a name
_ZH_CLAUSE = re.compile(r"^(?:在|于|向|由|对(?!外))|进行")
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An|This|These|Its|Their)\s")


def _without_technologies(name: str, lexicon: Lexicon) -> str:
    """``name`` with the curated technologies named inside it blanked out."""
    chars = list(name)
    for hit in lexicon.scan(name):
        if any(
            (entry := lexicon.get(entry_id)) is not None and entry.cls is EntityClass.TECHNOLOGY
            for entry_id in hit.entry_ids
        ):
            chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return "".join(chars)


def _names_a_party(name: str, lexicon: Lexicon) -> bool:
    """Whether a curated country, body, person or place is named inside ``name``."""
    for hit in lexicon.scan(name):
        if hit.end - hit.start < 2:
            continue
        for entry_id in hit.entry_ids:
            entry = lexicon.get(entry_id)
            if entry is not None and entry.cls in _PARTIES:
                return True
    return False


# A place, a person or a technology found by the lexicon is never read for the names inside it
# (a work's, an agreement's or a body's name is: kg.extract.relations.decompose_names).
_UNREAD_CLASSES = frozenset({EntityClass.PLACE, EntityClass.PERSON, EntityClass.TECHNOLOGY})


def _holds_a_marked_part(name: str, entity_id: str, doc: AnnotatedDocument) -> bool:
    """Whether annotators marked, in the same document, another entity named inside ``name``
    (吉隆 and 热索瓦 inside 吉隆-热索瓦口岸): as one lexicon name it would hide them."""
    return any(
        other != entity_id and mention != name and len(mention) >= 2 and mention in name
        for other, _, mentions in doc.entities
        for mention in mentions
    )


def harvest(documents: Sequence[AnnotatedDocument], lexicon: Lexicon) -> list[LearnedEntry]:
    """The entries to learn from ``documents``, given the curated ``lexicon`` (without learned names)."""
    marked: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # name → entity → docs
    classes: dict[str, Counter[EntityClass]] = defaultdict(Counter)
    all_names: dict[str, set[str]] = defaultdict(set)
    holding_parts: set[str] = set()
    for doc in documents:
        for entity_id, cls, mentions in doc.entities:
            classes[entity_id][cls] += 1
            all_names[entity_id].update(mentions)
            for mention in mentions:
                if cls is not EntityClass.COUNTRY and _usable(mention) and not lexicon.lookup(mention):
                    marked[mention][entity_id].add(doc.key)
                if cls in _UNREAD_CLASSES and _holds_a_marked_part(mention, entity_id, doc):
                    holding_parts.add(mention)
    class_of = {entity_id: counts.most_common(1)[0][0] for entity_id, counts in classes.items()}
    candidates = sorted(name for name in marked if name not in holding_parts)
    found = _documents_finding(candidates, documents)
    learned: dict[str, list[LearnedName]] = defaultdict(list)
    for name in candidates:
        entity_id, docs = max(marked[name].items(), key=lambda item: (len(item[1]), item[0]))
        record = LearnedName(name, len(docs), len(found[name] | docs))
        if record.precision >= MIN_PRECISION and _names_one_thing(name, class_of[entity_id], lexicon):
            learned[entity_id].append(record)
    entries: dict[str, LearnedEntry] = {}
    for entity_id in sorted(learned):
        cls = class_of[entity_id]
        target = _target(entity_id, cls, all_names[entity_id], lexicon)
        if target is None:
            continue
        names = tuple(sorted(learned[entity_id], key=lambda record: (-record.marked, record.name)))
        gold_ids = entity_id
        if target in entries:  # two annotated ids, one curated entry (mtn, mtn_group → org/mtn)
            earlier = entries[target]
            names = earlier.names + tuple(r for r in names if r.name not in {e.name for e in earlier.names})
            gold_ids = f"{earlier.gold_id}, {entity_id}"
        entries[target] = LearnedEntry(target, cls, names, gold_ids, lexicon.get(target) is not None)
    return list(entries.values())


def _target(entity_id: str, cls: EntityClass, names: set[str], lexicon: Lexicon) -> str | None:
    """The lexicon id the names of an annotated entity go to; None when that is not clear.

    The curated entry that already has one of its names, or else the one with its id under the
    class's prefix (annotators and curators name ids alike: abae, org/abae); a new id otherwise.
    """
    sharing = {entry.id for name in names for entry in lexicon.lookup(name) if entry.cls is cls}
    existing = {entry_id for entry_id in sharing if not _a_branch_of(entry_id, names, lexicon)}
    if len(existing) > 1:
        log.info("%s: its names are those of %s; left out", entity_id, ", ".join(sorted(existing)))
        return None
    if existing:
        return existing.pop()
    target = f"{_PREFIXES[cls]}/{entity_id}"
    same_id = lexicon.get(target)
    if same_id is None or same_id.cls is cls:
        return target
    return f"{target}_learned"


def _a_branch_of(entry_id: str, names: set[str], lexicon: Lexicon) -> bool:
    """Whether the annotated entity is a branch of the curated entry, named by it and a country or
    a place other than its own ("MTN Zambia", 华为马来西亚): an article calls the branch by its
    parent's short name ("MTN"), and the branch is still another company (中国国家开发银行 is
    国家开发银行 with its own country)."""
    parent = lexicon.get(entry_id)
    home = parent.country if parent is not None else None
    entry_names = {name for name in names if any(entry.id == entry_id for entry in lexicon.lookup(name))}
    for name in names:
        for short in entry_names:
            if short == name or short not in name:
                continue
            rest = name.replace(short, "", 1).strip(" -–—")
            if rest and any(entry.cls in _SEATS and entry.id != home for entry in lexicon.lookup(rest)):
                return True
    return False


_SEATS = frozenset({EntityClass.COUNTRY, EntityClass.PLACE})


def _documents_finding(names: Sequence[str], documents: Sequence[AnnotatedDocument]) -> dict[str, set[str]]:
    """For each name, the documents where the lexicon matcher finds it (its case rules included)."""
    probe = Lexicon(
        LexiconEntry(
            id=f"probe/{index}",
            cls=EntityClass.ORGANIZATION,
            labels=(("zh" if has_cjk(name) else "en", name),),
        )
        for index, name in enumerate(names)
    )
    found: dict[str, set[str]] = {name: set() for name in names}
    for doc in documents:
        for hit in probe.scan(doc.document.text):
            for entry_id in hit.entry_ids:
                found[names[int(entry_id.partition("/")[2])]].add(doc.key)
    return found


def learned_yaml(entries: Sequence[LearnedEntry], sets: Sequence[str]) -> str:
    """The lexicon file of ``entries``: one flow mapping per entry, with what each name was measured at."""
    lines = [
        f"# Generated by scripts/harvest from the annotated sets {', '.join(sets)}; do not edit by hand.",
        "# Names annotators marked that the curated lexicon lacks, kept when they were marked as the",
        f"# entity in at least {MIN_PRECISION:.0%} of the training documents where the matcher finds them",
        "# (kg/lexicon/harvest.py). An entry whose id the curated lexicon has adds aliases to it.",
        "entries:",
    ]
    for entry in entries:
        by_lang: dict[str, list[str]] = {"en": [], "zh": []}
        for record in entry.names:
            by_lang["zh" if has_cjk(record.name) else "en"].append(record.name)
        fields: dict[str, object] = {"id": entry.id, "class": entry.cls.value}
        for lang in ("en", "zh"):
            if by_lang[lang] and not entry.extends:
                fields[lang] = by_lang[lang].pop(0)
        aliases = {lang: names for lang, names in by_lang.items() if names}
        if aliases:
            fields["aliases"] = aliases
        measured = "; ".join(f"{r.name} {r.marked}/{r.found}" for r in entry.names)
        lines.append(f"  # {entry.gold_id}: marked in / found in: {measured}")
        lines.append(f"  - {json.dumps(fields, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    from kg.extract.training import DEFAULT_SETS

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    project = Path(__file__).resolve().parents[2]
    parser.add_argument("--eval", type=Path, default=project / "tests" / "data" / "eval")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--out", type=Path, default=lexicon_dir() / LEARNED)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sets = vendored_sets(args.eval, args.sets)
    documents = read_annotated(sets)
    entries = harvest(documents, load_lexicon(learned=False))
    args.out.write_text(learned_yaml(entries, [annotated.name for annotated in sets]), encoding="utf-8")
    names = sum(len(entry.names) for entry in entries)
    extended = sum(1 for entry in entries if entry.extends)
    print(f"{args.out}: {names} names of {len(entries)} entities ({extended} extend a curated entry)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
