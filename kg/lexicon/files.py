"""Reading lexicon files: the curated YAML files in ``seeds/lexicon/`` and users' ``--lexicon`` files.

The format is documented in ``seeds/lexicon/README.md``. A malformed file raises
``LexiconError`` naming the file, the entry and the field, and saying how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.errors import LexiconError
from kg.lexicon.entry import KINDS, Office
from kg.model import EntityClass

LANGS = ("en", "zh")
_ENTRY_FIELDS = {
    "id",
    "class",
    "en",
    "zh",
    "aliases",
    "wikidata",
    "context",
    "country",
    "compound_zh",
    "offices",
    "kind",
}
_OFFICE_FIELDS = {"title", "of", "relation", "from", "to"}
OFFICE_RELATIONS = ("headOf", "affiliatedWith")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_ID = re.compile(r"^\S+$")


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """An entry as a file states it.

    ``cls`` is the entry's class, or the file's default class, or None; ``cls_explicit`` says
    whether the entry itself states it (an entry that extends an existing id may leave it out).
    """

    id: str
    cls: EntityClass | None
    cls_explicit: bool
    labels: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...]
    wikidata: str | None
    context: tuple[str, ...]
    country: str | None
    compound_zh: tuple[str, ...]
    where: str
    offices: tuple[Office, ...] = ()
    kind: str | None = None


def _fail(path: Path, where: str, message: str) -> LexiconError:
    return LexiconError(f"lexicon file {path}: {where}: {message}")


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise LexiconError(
            f"lexicon file {path} does not exist; check the path given to --lexicon"
        ) from error
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"lexicon file {path} cannot be read ({error}); save it as UTF-8") from error
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f"line {mark.line + 1}" if mark is not None else "somewhere"
        raise LexiconError(
            f"lexicon file {path}: {line}: not valid YAML ({getattr(error, 'problem', error)}); "
            "fix the syntax (see seeds/lexicon/README.md for the format)"
        ) from error


def _strings(value: Any, path: Path, where: str, field: str) -> tuple[str, ...]:
    """A string or a list of strings, as a tuple of non-empty stripped strings."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise _fail(path, where, f"field '{field}' must be a string or a list of strings")
    cleaned = tuple(item.strip() for item in items)
    if any(not item for item in cleaned):
        raise _fail(path, where, f"field '{field}' holds an empty name; remove it")
    return cleaned


def _aliases(value: Any, path: Path, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, Mapping):
        raise _fail(path, where, "field 'aliases' must map a language (en, zh) to a list of names")
    pairs: list[tuple[str, str]] = []
    for lang, names in value.items():
        if lang not in LANGS:
            raise _fail(path, where, f"field 'aliases' has language {lang!r}; use one of {', '.join(LANGS)}")
        pairs += [(lang, name) for name in _strings(names, path, where, f"aliases.{lang}")]
    return tuple(pairs)


def _year(value: Any, path: Path, where: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1800 <= value <= 2100:
        raise _fail(path, where, f"field 'offices.{field}' is {value!r}; write a year such as 2013")
    return value


def _offices(value: Any, path: Path, where: str) -> tuple[Office, ...]:
    """``offices: [{title: Prime Minister, of: country/pk, relation: headOf, from: 2013, to: 2017}]``."""
    if not isinstance(value, list):
        raise _fail(path, where, "field 'offices' must be a list of {title, of, relation, from, to} mappings")
    offices = []
    for raw in value:
        if not isinstance(raw, Mapping):
            raise _fail(
                path, where, "each office must be a mapping such as {title: Prime Minister, of: country/pk}"
            )
        unknown = sorted(set(map(str, raw)) - _OFFICE_FIELDS)
        if unknown:
            known = ", ".join(sorted(_OFFICE_FIELDS))
            raise _fail(path, where, f"an office has unknown field(s) {', '.join(unknown)}; known: {known}")
        title, of = raw.get("title"), raw.get("of")
        if not isinstance(title, str) or not title.strip():
            raise _fail(path, where, "an office needs a 'title' such as Prime Minister")
        if not isinstance(of, str) or not _ID.match(of):
            raise _fail(path, where, "an office needs 'of': the id of a country or organisation entry")
        relation = raw.get("relation", "affiliatedWith")
        if relation not in OFFICE_RELATIONS:
            raise _fail(
                path,
                where,
                f"an office's 'relation' is {relation!r}; use one of {', '.join(OFFICE_RELATIONS)}",
            )
        start, end = _year(raw.get("from"), path, where, "from"), _year(raw.get("to"), path, where, "to")
        offices.append(Office(title.strip(), of, relation, start, end))
    return tuple(offices)


# What a company's name ends with; alone, it names nothing. A YAML flow list splits an unquoted
# "X Co., Ltd." into "X Co." and "Ltd.".
_LEGAL_FORMS = frozenset(
    ("ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "co", "co.", "corp", "corp.")
)


def _draft(raw: Any, path: Path, index: int, default_cls: EntityClass | None) -> EntryDraft:
    where = f"entry {index + 1}"
    if not isinstance(raw, Mapping):
        raise _fail(path, where, "an entry must be a mapping with at least 'id' and a name (en or zh)")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        raise _fail(path, where, "field 'id' is missing or not a single word such as org/sco")
    where = f"entry {index + 1} ({entry_id})"
    unknown = sorted(set(map(str, raw)) - _ENTRY_FIELDS)
    if unknown:
        raise _fail(
            path, where, f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(_ENTRY_FIELDS))}"
        )
    cls = default_cls
    if "class" in raw:
        try:
            cls = EntityClass(raw["class"])
        except ValueError:
            known = ", ".join(member.value for member in EntityClass)
            raise _fail(path, where, f"field 'class' is {raw['class']!r}; use one of {known}") from None
    labels: list[tuple[str, str]] = []
    for lang in LANGS:
        if lang in raw:
            names = _strings(raw[lang], path, where, lang)
            if len(names) != 1:
                raise _fail(path, where, f"field '{lang}' must be one preferred name; put others in aliases")
            labels.append((lang, names[0]))
    aliases = _aliases(raw["aliases"], path, where) if "aliases" in raw else ()
    for _, name in (*labels, *aliases):
        if name.strip().casefold() in _LEGAL_FORMS:
            raise _fail(
                path,
                where,
                f"the name {name!r} is only a legal form; a name with a comma inside a YAML list "
                'must be quoted: ["Lao Asia Pacific Satellite Co., Ltd."]',
            )
    wikidata = raw.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _WIKIDATA.match(wikidata)):
        raise _fail(path, where, f"field 'wikidata' is {wikidata!r}; write a verified item id such as Q148")
    country = raw.get("country")
    if country is not None and (not isinstance(country, str) or not _ID.match(country)):
        raise _fail(path, where, "field 'country' must be the id of a country entry, such as country/pk")
    kind = raw.get("kind")
    if kind is not None and kind not in KINDS:
        raise _fail(path, where, f"field 'kind' is {kind!r}; use one of {', '.join(KINDS)}, or leave it out")
    compound = _strings(raw.get("compound_zh", []), path, where, "compound_zh")
    if any(len(char) != 1 for char in compound):
        raise _fail(path, where, "field 'compound_zh' must list single characters, such as 巴")
    return EntryDraft(
        id=entry_id,
        cls=cls,
        cls_explicit="class" in raw,
        labels=tuple(labels),
        aliases=aliases,
        wikidata=wikidata,
        context=_strings(raw.get("context", []), path, where, "context"),
        country=country,
        compound_zh=compound,
        where=f"{path}: {where}",
        offices=_offices(raw["offices"], path, where) if "offices" in raw else (),
        kind=kind,
    )


def read_entries(path: Path) -> list[EntryDraft]:
    """The entries of one lexicon file, checked field by field."""
    data = _read_yaml(path)
    if not isinstance(data, Mapping) or not isinstance(data.get("entries"), list):
        raise LexiconError(
            f"lexicon file {path}: the top level must be a mapping with an 'entries' list "
            "(see seeds/lexicon/README.md for the format)"
        )
    default_cls: EntityClass | None = None
    if "class" in data:
        try:
            default_cls = EntityClass(data["class"])
        except ValueError:
            known = ", ".join(member.value for member in EntityClass)
            raise LexiconError(
                f"lexicon file {path}: top-level 'class' is {data['class']!r}; use one of {known}"
            ) from None
    drafts: list[EntryDraft] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["entries"]):
        draft = _draft(raw, path, index, default_cls)
        if draft.id in seen:
            where = f"entry {index + 1} ({draft.id})"
            raise _fail(path, where, "the id appears twice in this file; merge the two entries")
        seen.add(draft.id)
        drafts.append(draft)
    return drafts


@dataclass(frozen=True, slots=True)
class CompoundForm:
    """A one-character form of an entry used in Chinese compounds (巴 in 中巴)."""

    char: str
    entry_id: str
    side: bool


def read_compounds(path: Path) -> list[CompoundForm]:
    """The compound characters file: ``compounds: {char: id}`` or ``{char: {id:, side:}}``."""
    data = _read_yaml(path)
    table = data.get("compounds") if isinstance(data, Mapping) else None
    if not isinstance(table, Mapping):
        raise LexiconError(
            f"compound file {path}: the top level must be a mapping with a 'compounds' mapping"
        )
    forms: list[CompoundForm] = []
    for char, value in table.items():
        where = f"compound {char!r}"
        if not isinstance(char, str) or len(char) != 1:
            raise _fail(path, where, "each key must be one Chinese character")
        if isinstance(value, str):
            forms.append(CompoundForm(char, value, side=False))
            continue
        if not isinstance(value, Mapping) or not isinstance(value.get("id"), str):
            raise _fail(path, where, "the value must be an entry id or a mapping with 'id' (and 'side')")
        side = value.get("side", False)
        if not isinstance(side, bool):
            raise _fail(path, where, "field 'side' must be true or false")
        forms.append(CompoundForm(char, value["id"], side=side))
    return forms


def read_country_wikidata(path: Path) -> dict[str, tuple[str, str]]:
    """``alpha-2 → (wikidata id, kind)`` from a tab-separated file; kind is country or territory."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise LexiconError(f"country table {path} cannot be read ({error})") from error
    table: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not _WIKIDATA.match(fields[1]) or fields[2] not in ("country", "territory"):
            raise LexiconError(
                f"country table {path}: line {number}: expected 'alpha2<TAB>Q…<TAB>country|territory'"
            )
        table[fields[0]] = (fields[1], fields[2])
    return table


def check_paths(paths: Sequence[Path]) -> None:
    """Fail early, with the path, when a user lexicon is missing."""
    for path in paths:
        if not path.is_file():
            raise LexiconError(f"lexicon file {path} does not exist; check the path given to --lexicon")
