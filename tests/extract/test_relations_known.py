"""Knowledge-backed relations: a place's country and a person's office, asserted only where the
text names both ends together (a title next to the name, a place and its country in one clause)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kg.extract.relations import read_sentences
from kg.extract.relations_known import known_relations
from kg.lexicon import Lexicon, LexiconEntry
from kg.model import EntityClass
from tests.extract.test_relations import Spec, build

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class _Office:
    title: str
    of: str
    relation: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class _Person:
    id: str
    cls: EntityClass
    offices: tuple[_Office, ...]
    country: str | None = None


class _Knowledge:
    """A lexicon's lookups (``get``, ``lookup``) over real place entries and people with offices."""

    def __init__(self, entries: list[LexiconEntry], people: dict[str, _Person]) -> None:
        self.lexicon = Lexicon(entries)
        self.people = people

    def get(self, entry_id: str) -> object:
        return self.people.get(entry_id) or self.lexicon.get(entry_id)

    def lookup(self, name: str) -> tuple[object, ...]:
        person = self.people.get(name)
        return (person,) if person else self.lexicon.lookup(name)


def _entry(
    entry_id: str, cls: EntityClass, zh: str, en: str, country: str | None = None, *, origin: str = "seed"
) -> LexiconEntry:
    return LexiconEntry(entry_id, cls, (("en", en), ("zh", zh)), country=country, origin=origin)


KNOWLEDGE = _Knowledge(
    [
        _entry("country/ke", EntityClass.COUNTRY, "肯尼亚", "Kenya"),
        _entry("country/tz", EntityClass.COUNTRY, "坦桑尼亚", "Tanzania"),
        _entry("place/mombasa", EntityClass.PLACE, "蒙巴萨", "Mombasa", country="country/ke"),
        _entry("place/nairobi", EntityClass.PLACE, "内罗毕", "Nairobi", country="country/ke"),
        _entry("place/arusha", EntityClass.PLACE, "阿鲁沙", "Arusha", country="country/tz"),
        _entry(
            "place/dodoma", EntityClass.PLACE, "多多马", "Dodoma", country="country/tz", origin="geonames"
        ),
        _entry("place/coast", EntityClass.PLACE, "滨海省", "Coast Province", country="country/ke"),
    ],
    {
        "person/ruto": _Person(
            "person/ruto",
            EntityClass.PERSON,
            (
                _Office("President", "country/ke", "headOf", 2022),
                _Office("Deputy President", "country/ke", "affiliatedWith", 2013, 2022),
            ),
        ),
        "person/mudavadi": _Person(
            "person/mudavadi",
            EntityClass.PERSON,
            (_Office("Foreign Minister", "country/ke", "affiliatedWith", 2023),),
        ),
        "person/scholz": _Person(
            "person/scholz", EntityClass.PERSON, (_Office("Chancellor", "country/tz", "headOf", 2021, 2025),)
        ),
        "person/blinken": _Person(
            "person/blinken",
            EntityClass.PERSON,
            (_Office("Secretary of State", "country/ke", "affiliatedWith", 2021, 2025),),
        ),
    },
)


def _known(text: str, specs: list[Spec], date: str | None = "2024-05-01") -> set[Triple]:
    doc, mentions = build(text, specs, date)
    view = read_sentences(doc, mentions)
    return {(r.subject.text, r.predicate.value, r.object.text) for r in known_relations(view, KNOWLEDGE)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "海缆在肯尼亚港口蒙巴萨登陆。",
            [("海缆", "P"), ("肯尼亚", "C", "country/ke"), ("蒙巴萨", "L", "place/mombasa")],
            {("蒙巴萨", "locatedIn", "肯尼亚")},
            set(),
            id="zh-a-place-and-its-country-in-one-clause",
        ),
        pytest.param(
            "The cable lands at the Kenyan port of Mombasa.",
            [("cable", "P"), ("Kenyan", "C", "country/ke"), ("Mombasa", "L", "place/mombasa")],
            {("Mombasa", "locatedIn", "Kenyan")},
            set(),
            id="en-a-place-and-its-country-in-one-clause",
        ),
        pytest.param(
            "The cable links Kenya with Arusha.",
            [("cable", "P"), ("Kenya", "C", "country/ke"), ("Arusha", "L", "place/arusha")],
            set(),
            {("Arusha", "locatedIn", "Kenya")},
            id="en-a-place-of-another-country",
        ),
        pytest.param(
            "肯尼亚表示欢迎，项目位于蒙巴萨。",
            [("肯尼亚", "C", "country/ke"), ("项目", "P"), ("蒙巴萨", "L", "place/mombasa")],
            set(),
            {("蒙巴萨", "locatedIn", "肯尼亚")},
            id="zh-a-place-in-another-clause",
        ),
        pytest.param(
            "The hub opened in Kenya's Coast Province city of Mombasa.",
            [
                ("hub", "P"),
                ("Kenya", "C", "country/ke"),
                ("Coast Province", "L", "place/coast"),
                ("Mombasa", "L", "place/mombasa"),
            ],
            {("Coast Province", "locatedIn", "Kenya")},
            {("Mombasa", "locatedIn", "Kenya")},
            id="en-the-place-between-holds-the-city",
        ),
        pytest.param(
            "新华社电 肯尼亚在蒙巴萨卫星发射中心成功发射卫星。",
            [("肯尼亚", "C", "country/ke"), ("蒙巴萨", "L", "place/mombasa")],
            set(),
            {("蒙巴萨", "locatedIn", "肯尼亚")},
            id="zh-a-country-that-acts-at-a-place",
        ),
        pytest.param(
            "肯尼亚日前在蒙巴萨举办展会。",
            [("肯尼亚", "C", "country/ke"), ("蒙巴萨", "L", "place/mombasa")],
            set(),
            {("蒙巴萨", "locatedIn", "肯尼亚")},
            id="zh-a-country-that-acts-at-a-place-on-a-day",
        ),
        pytest.param(
            "Kenya launched the satellite from Mombasa.",
            [("Kenya", "C", "country/ke"), ("Mombasa", "L", "place/mombasa")],
            {("Mombasa", "locatedIn", "Kenya")},
            set(),
            id="en-a-country-and-its-place-in-one-clause",
        ),
        # a gazetteer city the text calls the capital is the country's, wherever the country is named
        pytest.param(
            "坦桑尼亚总统哈桑日前在首都多多马表示欢迎。",
            [("坦桑尼亚", "C", "country/tz"), ("哈桑", "H"), ("多多马", "L", "place/dodoma")],
            {("多多马", "locatedIn", "坦桑尼亚")},
            set(),
            id="zh-a-capital-and-its-country-named-before",
        ),
        pytest.param(
            "Tanzania's president said in the capital Dodoma that the cable was welcome.",
            [("Tanzania", "C", "country/tz"), ("Dodoma", "L", "place/dodoma")],
            {("Dodoma", "locatedIn", "Tanzania")},
            set(),
            id="en-a-capital-and-its-country-named-before",
        ),
        pytest.param(
            "Tanzania's president said in Dodoma that the cable was welcome.",
            [("Tanzania", "C", "country/tz"), ("Dodoma", "L", "place/dodoma")],
            set(),
            {("Dodoma", "locatedIn", "Tanzania")},
            id="en-a-gazetteer-city-not-called-the-capital",
        ),
    ],
)
def test_known_relations_place_a_city_in_its_country_named_beside_it(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    found = _known(text, specs)
    assert found >= expected
    assert not found & unexpected


@pytest.mark.parametrize(
    ("text", "specs", "date", "expected"),
    [
        pytest.param(
            "肯尼亚愿深化合作。国家主席鲁托向论坛致贺信。",
            [("肯尼亚", "C", "country/ke"), ("鲁托", "H", "person/ruto")],
            "2024-05-01",
            {("鲁托", "headOf", "肯尼亚")},
            id="zh-a-title-before-the-name",
        ),
        pytest.param(
            "肯尼亚愿深化合作。鲁托总统向论坛致贺信。",
            [("肯尼亚", "C", "country/ke"), ("鲁托", "H", "person/ruto")],
            "2024-05-01",
            {("鲁托", "headOf", "肯尼亚")},
            id="zh-a-title-after-the-name",
        ),
        pytest.param(
            "Kenya wants closer ties. President William Ruto sent a letter to the forum.",
            [("Kenya", "C", "country/ke"), ("William Ruto", "H", "person/ruto")],
            "2024-05-01",
            {("William Ruto", "headOf", "Kenya")},
            id="en-a-title-before-the-name",
        ),
        pytest.param(
            "Kenya wants closer ties. Deputy President William Ruto sent a letter.",
            [("Kenya", "C", "country/ke"), ("William Ruto", "H", "person/ruto")],
            "2019-05-01",
            {("William Ruto", "affiliatedWith", "Kenya")},
            id="en-the-office-held-at-the-date-of-the-document",
        ),
        pytest.param(
            "Kenya wants closer ties. William Ruto sent a letter.",
            [("Kenya", "C", "country/ke"), ("William Ruto", "H", "person/ruto")],
            "2024-05-01",
            set(),
            id="en-no-title-no-office",
        ),
        pytest.param(
            "肯尼亚愿深化合作。外长穆达瓦迪出席。",
            [("肯尼亚", "C", "country/ke"), ("穆达瓦迪", "H", "person/mudavadi")],
            "2024-05-01",
            {("穆达瓦迪", "affiliatedWith", "肯尼亚")},
            id="zh-a-minister-serves-the-country",
        ),
        pytest.param(
            "Tanzania wants closer ties. Chancellor Olaf Scholz sent a letter.",
            [("Tanzania", "C", "country/tz"), ("Olaf Scholz", "H", "person/scholz")],
            "2024-05-01",
            {("Olaf Scholz", "headOf", "Tanzania")},
            id="en-a-chancellor-heads-the-country",
        ),
        pytest.param(
            "坦桑尼亚愿深化合作。总理朔尔茨出席。",
            [("坦桑尼亚", "C", "country/tz"), ("朔尔茨", "H", "person/scholz")],
            "2024-05-01",
            {("朔尔茨", "headOf", "坦桑尼亚")},
            id="zh-a-chancellor-heads-the-country",
        ),
        pytest.param(
            "Kenya wants closer ties. Secretary of State Antony Blinken attended.",
            [("Kenya", "C", "country/ke"), ("Antony Blinken", "H", "person/blinken")],
            "2024-05-01",
            {("Antony Blinken", "affiliatedWith", "Kenya")},
            id="en-a-secretary-of-state-serves-the-country",
        ),
        pytest.param(
            "肯尼亚愿深化合作。国务卿布林肯出席。",
            [("肯尼亚", "C", "country/ke"), ("布林肯", "H", "person/blinken")],
            "2024-05-01",
            {("布林肯", "affiliatedWith", "肯尼亚")},
            id="zh-a-secretary-of-state-serves-the-country",
        ),
        pytest.param(
            "国家主席鲁托向论坛致贺信。",
            [("鲁托", "H", "person/ruto")],
            "2024-05-01",
            set(),
            id="zh-the-body-must-be-named-in-the-document",
        ),
    ],
)
def test_known_relations_read_an_office_from_a_title_next_to_the_name(
    text: str, specs: list[Spec], date: str, expected: set[Triple]
) -> None:
    assert _known(text, specs, date) == expected
