"""Country, territory and world-region entries generated from data, not typed by hand.

- Names: CLDR through Babel (``Locale("en"|"zh").territories``), ISO 3166 names through
  pycountry (name, common and official names such as "Islamic Republic of Pakistan"), and the
  alternative spellings and demonyms of ``countryinfo`` ("USA", "UK", "Chinese", "French").
- Sovereign or not, and the Wikidata id: ``seeds/lexicon/country_wikidata.tsv``. A territory
  that is not a sovereign state (Réunion, Mayotte, Hong Kong) is a Place; a code the table
  does not know is treated as a territory.
- World regions (CLDR's UN M49 codes: 非洲/Africa, 东南亚/Southeast Asia …) are Places with ids
  ``place/<slug of the English name>``; the curated ``places.yaml`` adds everyday aliases
  ("East Africa") to them by id.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping

from kg.lexicon.entry import LexiconEntry
from kg.lexicon.folding import has_cjk
from kg.model import EntityClass

# CLDR codes that are no country nor territory: the EU and UN are organisations (in the seeds),
# the rest are groupings or placeholders.
_NOT_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}
# CLDR regions whose names are everyday words ("世界" is "world").
_NOT_PLACES = {"001"}
# CLDR's Chinese region names that news reads as China and a continent: 中非 (Middle Africa) is
# China–Africa in 中非合作论坛, 中非关系; the seeds name the region 中部非洲.
_CHINA_AND_A_CONTINENT = {"中非"}
# CLDR names the State of Palestine by its territories (巴勒斯坦领土); the press writes 巴勒斯坦.
_TERRITORIES_SUFFIX = "领土"
_PAREN = re.compile(r"^(.*?)\s*\((.*)\)$")
_FUNCTION_WORDS = {"of", "the", "and", "da", "de", "du"}


def _territories(locale: str) -> dict[str, str]:
    """CLDR's territory names in ``locale``, by code (ISO alpha-2 or UN M49)."""
    import babel

    return {str(code): str(name) for code, name in babel.Locale(locale).territories.items()}


def region_id(name: str) -> str:
    """``place/<name>``: lower case, spaces to '_' (the same rule as ``kg.iris.slug`` for ASCII)."""
    return "place/" + "_".join(name.casefold().split())


def _split_parenthesis(name: str) -> list[str]:
    """'Myanmar (Burma)' → ['Myanmar', 'Burma']."""
    match = _PAREN.match(name)
    return [match.group(1), match.group(2)] if match else [name]


def _uninvert(name: str) -> str | None:
    """ISO's 'Korea, Republic of' → 'Republic of Korea'; other comma forms are dropped."""
    head, _, tail = name.partition(", ")
    if not tail:
        return name
    if tail.endswith(" of") or tail in ("Republic of", "The"):
        return f"{tail} {head}"
    return None


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word.lower() not in _FUNCTION_WORDS).upper()


def _initialism_is_a_name(
    spelling: str, cldr_initials: set[str], initials: set[str], population: int, is_iso_code: bool
) -> bool:
    """Whether a short all-caps spelling is used as a name in the news, not a code or a word.

    "IN", "IT", "FR", "NC", "CV" are words or abbreviations; an initialism is a name when it
    spells one of the country's names and the country is large enough for journalists to use
    it: two letters for the CLDR name of a country of 50 million or more ("US"), three for
    any of its names and 5 million or more ("USA", "UAE", "DRC").
    """
    if len(spelling) == 2:
        return spelling in cldr_initials and population >= 50_000_000
    if is_iso_code and spelling not in initials:
        return False
    return population >= 5_000_000


def _names_a_feature(spelling: str, own_words: set[str], territories_using: Counter[str]) -> bool:
    """Whether a one-word alternative spelling is a geographic common noun rather than a name.

    countryinfo spells Iceland "Island" (Icelandic Ísland): a word that other territories'
    names use as a common noun (Norfolk Island, Christmas Island) and that the country's own
    CLDR name does not hold; read as a name, "Pacific Island Countries" would hold Iceland.
    """
    # the country's own words are left out first, so any count left is other territories'
    return " " not in spelling and spelling not in own_words and territories_using[spelling] > 0


def _is_code_like(name: str) -> bool:
    return name.isascii() and name.isupper() and len(name) <= 5 and " " not in name


def _countryinfo_records() -> dict[str, dict[str, object]]:
    """``alpha-2 → countryinfo record`` (alternative spellings, demonym, native name)."""
    from countryinfo import all_countries

    records: dict[str, dict[str, object]] = {}
    for country in all_countries():
        info: dict[str, object] = dict(country.info())
        iso = info.get("ISO") or {}
        code = iso.get("alpha2") if isinstance(iso, Mapping) else None
        if isinstance(code, str) and code not in records:
            records[code] = info
    return records


def _unique_demonyms(
    records: Mapping[str, Mapping[str, object]],
    names: Mapping[str, set[str]],
    sovereign: set[str],
) -> dict[str, str]:
    """Demonyms that name one sovereign country (Chinese: China, not Hong Kong), or one territory."""
    holders: dict[str, list[str]] = {}
    for code, info in records.items():
        demonym = str(info.get("demonym") or "").strip()
        if demonym and demonym.isascii() and demonym not in names.get(code, set()):
            holders.setdefault(demonym, []).append(code)
    result: dict[str, str] = {}
    for demonym, codes in holders.items():
        states = [code for code in codes if code in sovereign]
        if len(states) == 1 or (not states and len(codes) == 1):
            result[states[0] if states else codes[0]] = demonym
    return result


def country_entries(
    wikidata: Mapping[str, tuple[str, str]], to_simplified: Callable[[str], str]
) -> list[LexiconEntry]:
    """One entry per CLDR territory with an ISO alpha-2 code: Country if sovereign, else Place."""
    import pycountry

    en_names = _territories("en")
    zh_names = _territories("zh")
    records = _countryinfo_records()
    codes = {code for code in en_names if len(code) == 2 and code.isalpha() and code not in _NOT_TERRITORIES}
    iso_codes = {country.alpha_2 for country in pycountry.countries} | {
        country.alpha_3 for country in pycountry.countries
    }

    words_of_names = {code: set(en_names[code].replace("-", " ").split()) for code in codes}
    territories_using = Counter(word for words in words_of_names.values() for word in words)
    en_by_code: dict[str, list[str]] = {}
    for code in codes:
        names = _split_parenthesis(en_names[code])
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None)
                plain = _uninvert(value) if isinstance(value, str) else None
                if plain:
                    names.append(plain)
        info = records.get(code, {})
        if isinstance(info.get("name"), str):
            names.append(str(info["name"]))
        cldr_initials = {_initials(name) for name in _split_parenthesis(en_names[code])}
        initials = {_initials(name) for name in names}
        population = info.get("population")
        size = population if isinstance(population, int) else 0
        spellings = info.get("altSpellings")
        for spelling in spellings if isinstance(spellings, list) else []:
            if not isinstance(spelling, str) or not spelling.isascii() or "," in spelling:
                continue
            if _names_a_feature(spelling, words_of_names[code], territories_using):
                continue
            if _is_code_like(spelling) and not _initialism_is_a_name(
                spelling, cldr_initials, initials, size, spelling in iso_codes
            ):
                continue
            names.append(spelling)
        en_by_code[code] = list(dict.fromkeys(name.strip() for name in names if name.strip()))

    sovereign = {code for code, (_, kind) in wikidata.items() if kind == "country"}
    demonyms = _unique_demonyms(
        {code: info for code, info in records.items() if code in codes},
        {code: set(names) for code, names in en_by_code.items()},
        sovereign,
    )
    entries: list[LexiconEntry] = []
    for code in sorted(codes):
        qid, kind = wikidata.get(code, ("", "territory"))
        en = en_by_code[code]
        for name in list(en):
            if _is_code_like(name) and len(name) <= 3 and "." not in name:
                en.append(".".join(name) + ".")
        if code in demonyms:
            en.append(demonyms[code])
        zh = [zh_names[code]] if code in zh_names else []
        if zh and zh[0].endswith(_TERRITORIES_SUFFIX) and kind == "country":
            zh.append(zh[0].removesuffix(_TERRITORIES_SUFFIX))
        info = records.get(code, {})
        native = info.get("nativeName")
        spellings = info.get("altSpellings")
        for name in [native, *(spellings if isinstance(spellings, list) else [])]:
            if isinstance(name, str) and has_cjk(name):
                zh.append(to_simplified(name))
        zh = list(dict.fromkeys(zh))
        labels = (("en", en[0]),) + ((("zh", zh[0]),) if zh else ())
        aliases = tuple(("en", name) for name in en[1:]) + tuple(("zh", name) for name in zh[1:])
        entries.append(
            LexiconEntry(
                id=f"country/{code.lower()}",
                cls=EntityClass.COUNTRY if kind == "country" else EntityClass.PLACE,
                labels=labels,
                aliases=aliases,
                wikidata=qid or None,
                origin="cldr",
            )
        )
    return entries


def region_entries() -> list[LexiconEntry]:
    """World regions and continents from CLDR's UN M49 codes, as Places."""
    en_names = _territories("en")
    zh_names = _territories("zh")
    entries = []
    for code in sorted(en_names):
        if not code.isdigit() or code in _NOT_PLACES:
            continue
        labels = [("en", en_names[code])]
        if code in zh_names and zh_names[code] not in _CHINA_AND_A_CONTINENT:
            labels.append(("zh", zh_names[code]))
        entries.append(
            LexiconEntry(
                id=region_id(en_names[code]),
                cls=EntityClass.PLACE,
                labels=tuple(labels),
                origin="cldr",
            )
        )
    return entries
