"""What a lexicon holds: entries (one real-world thing, its names in both languages) and hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from kg.model import EntityClass

ORIGINS = ("seed", "learned", "cldr", "geonames", "user")
"""Where an entry came from, most trusted first: the curated seeds files, the names learned from
the annotated sets (``seeds/lexicon/learned.yaml``), CLDR country and region names, the GeoNames
gazetteer, a user's ``--lexicon`` file."""

SMALL_TOWN_POPULATION = 100_000
"""A place smaller than this is named in the news far less often than the words its name is made
of (义和 inside 主义和, Lubań inside "Luban Workshop")."""

KINDS = ("intergovernmental", "central_bank", "scope")
"""What kind of thing an entry is, when the pipeline must know it: a body of states (ASEAN, the UN
and its agencies, the SCO and its organs) has no country of its own; a country's central bank or
monetary authority is in the country it names; a scope is a region the news names only as the
reach of a body, a market or a meeting (亚太地区, "the Asia-Pacific region"): its names are read,
so that they bound other names, but it is no entity."""


class Office(NamedTuple):
    """An office a person holds or held: ``title`` of the entry ``of`` (a country or an organisation).

    ``relation`` is the predicate the office states between the person and ``of``: ``headOf``
    for a head of state, government or organisation, ``affiliatedWith`` for a minister, an envoy
    or an officer; ``start`` and ``end`` are years (``end`` None while in office).
    """

    title: str
    of: str
    relation: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One real-world thing and every name it goes by.

    ``id`` is stable and becomes the entity IRI (``country/cn``, ``org/sco``). ``labels`` holds
    the preferred name per language, ``aliases`` every other name (acronyms included), both as
    ``(lang, name)`` pairs. ``compound_zh`` lists the one-character forms used in compounds
    (巴 in 中巴); ``context`` the words that support an ambiguous alias such as SCO;
    ``country`` the id of the country an organisation or place belongs to; ``offices`` the
    offices a person holds or held; ``kind`` what kind of body an organisation is (one of
    ``KINDS``), when it matters.
    """

    id: str
    cls: EntityClass
    labels: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...] = ()
    wikidata: str | None = None
    compound_zh: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    country: str | None = None
    origin: str = "seed"
    population: int | None = None
    offices: tuple[Office, ...] = ()
    kind: str | None = None

    def __reduce__(self) -> tuple[type[LexiconEntry], tuple[object, ...]]:
        # Rebuilding through __init__ is several times faster than the generic state
        # restore of a slotted dataclass, and the generated lexicon is cached by pickling.
        return (
            LexiconEntry,
            (
                self.id,
                self.cls,
                self.labels,
                self.aliases,
                self.wikidata,
                self.compound_zh,
                self.context,
                self.country,
                self.origin,
                self.population,
                self.offices,
                self.kind,
            ),
        )

    def label(self, lang: str = "en") -> str:
        """The preferred name in ``lang``, else in the other language, else the id."""
        by_lang = dict(self.labels)
        return by_lang.get(lang) or next(iter(by_lang.values()), self.id)

    def names(self) -> tuple[tuple[str, str], ...]:
        """Labels then aliases, as ``(lang, name)`` pairs."""
        return self.labels + self.aliases


class LexiconHit(NamedTuple):
    """A lexicon name found in a text: offsets into the text, the surface, every entry it names.

    A named tuple: a scan makes one per hit, and a tuple is several times cheaper than a
    frozen dataclass.
    """

    start: int
    end: int
    surface: str
    entry_ids: tuple[str, ...]
