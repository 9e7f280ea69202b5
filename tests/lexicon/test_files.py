"""Lexicon files: the YAML format, every error it reports, and how user files extend entries."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.errors import LexiconError
from kg.lexicon import build_lexicon, load_lexicon
from kg.lexicon import load as load_module
from kg.lexicon.entry import LexiconEntry, Office
from kg.lexicon.files import read_entries
from kg.model import EntityClass


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("entries: [", ["line", "not valid YAML"]),
        ("- just a list", ["top level", "'entries' list"]),
        ("entries:\n  - plain string", ["entry 1", "mapping"]),
        ("entries:\n  - {en: No id}", ["entry 1", "'id'"]),
        ("entries:\n  - {id: org/x, class: Company, en: X}", ["entry 1 (org/x)", "'class'", "Organization"]),
        ("entries:\n  - {id: org/x, class: Organization, en: X, colour: red}", ["unknown field", "colour"]),
        ("entries:\n  - {id: org/x, class: Organization, en: X, aliases: {fr: [Y]}}", ["aliases", "'fr'"]),
        ("entries:\n  - {id: org/x, class: Organization, en: X, aliases: [Y]}", ["aliases", "language"]),
        ("entries:\n  - {id: org/x, class: Organization, en: X, wikidata: 123}", ["wikidata", "Q148"]),
        ("entries:\n  - {id: org/x, class: Organization, en: [X, Y]}", ["'en'", "one preferred name"]),
        ("entries:\n  - {id: org/x, class: Organization, zh: ''}", ["empty name"]),
        (
            "entries:\n  - {id: org/x, class: Organization, en: X, compound_zh: [中国]}",
            ["compound_zh", "single"],
        ),
        (
            "class: Organization\nentries:\n  - {id: org/x, en: X}\n  - {id: org/x, en: Y}",
            ["entry 2 (org/x)", "twice"],
        ),
        ("class: Thing\nentries: []", ["top-level 'class'"]),
        (
            "entries:\n  - {id: org/x, class: Organization, en: X, aliases: {en: [X Satellite Co., Ltd.]}}",
            ["entry 1 (org/x)", "'Ltd.'", "legal form", "quoted"],
        ),
        (
            "entries:\n  - {id: org/x, class: Organization, zh: 某公司, aliases: {en: [Limited]}}",
            ["entry 1 (org/x)", "legal form"],
        ),
        (
            "entries:\n  - {id: org/x, class: Organization, en: X Telecom, kind: company}",
            ["entry 1 (org/x)", "'kind'", "'company'", "intergovernmental, central_bank"],
        ),
        (
            "entries:\n  - {id: org/x, class: Organization, zh: 某国央行, kind: 央行}",
            ["entry 1 (org/x)", "'kind'", "'央行'", "intergovernmental, central_bank"],
        ),
    ],
)
def test_read_entries_reports_file_entry_and_field(tmp_path: Path, text: str, fragments: list[str]) -> None:
    path = _write(tmp_path, "bad.yaml", text)
    with pytest.raises(LexiconError) as error:
        read_entries(path)
    message = str(error.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


def test_read_entries_reads_names_in_both_languages(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "ok.yaml",
        "class: Project\nentries:\n"
        "  - id: project/x\n    en: X Cable\n    zh: X光缆\n    aliases: {en: [XC], zh: [X海缆]}\n"
        "    wikidata: Q1\n    context: [cable]\n",
    )
    [draft] = read_entries(path)
    assert draft.cls is EntityClass.PROJECT
    assert draft.labels == (("en", "X Cable"), ("zh", "X光缆"))
    assert draft.aliases == (("en", "XC"), ("zh", "X海缆"))


def test_read_entries_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="does not exist"):
        read_entries(tmp_path / "nowhere.yaml")


def test_load_lexicon_without_seeds_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_SEEDS", str(tmp_path))
    with pytest.raises(LexiconError) as error:
        load_lexicon()
    assert str(tmp_path / "lexicon") in str(error.value)
    assert "KG_SEEDS" in str(error.value)


@pytest.fixture
def small_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A seeds folder of two countries and one organisation, without the gazetteer."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    _write(folder, "country_wikidata.tsv", "CN\tQ148\tcountry\tChina\nPK\tQ843\tcountry\tPakistan\n")
    _write(folder, "compounds.yaml", "compounds:\n  中: {id: country/cn, side: true}\n  巴: country/pk\n")
    _write(
        folder,
        "orgs.yaml",
        "class: Organization\nentries:\n  - {id: org/a, en: Alpha Telecom, zh: 阿尔法电信}\n",
    )
    generated = [
        LexiconEntry("country/cn", EntityClass.COUNTRY, (("en", "China"), ("zh", "中国")), origin="cldr"),
        LexiconEntry(
            "country/pk", EntityClass.COUNTRY, (("en", "Pakistan"), ("zh", "巴基斯坦")), origin="cldr"
        ),
    ]
    monkeypatch.setattr(load_module, "generated_entries", lambda table: list(generated))
    return folder


def test_build_lexicon_user_file_extends_and_adds_entries(small_seeds: Path, tmp_path: Path) -> None:
    user = _write(
        tmp_path,
        "mine.yaml",
        "entries:\n  - {id: org/a, aliases: {en: [AT]}}\n"
        "  - {id: project/b, class: Project, en: Beta Cable, country: country/pk}\n",
    )
    lexicon = build_lexicon(small_seeds, [user])
    assert {hit.entry_ids for hit in lexicon.scan("AT and Beta Cable")} == {("org/a",), ("project/b",)}
    assert lexicon.entry("org/a").origin == "seed"
    assert lexicon.entry("project/b").origin == "user"
    assert ("zh", "中方") in lexicon.entry("country/cn").aliases
    assert [entry.id for entry in lexicon.by_compound_char("巴")] == ["country/pk"]


def test_build_lexicon_a_curated_country_overrides_a_generated_one(
    small_seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated = [
        *load_module.generated_entries(small_seeds / "country_wikidata.tsv"),
        LexiconEntry(
            "place/gwadar", EntityClass.PLACE, (("en", "Gwadar"),), origin="geonames", country="country/cn"
        ),
    ]
    monkeypatch.setattr(load_module, "generated_entries", lambda table: list(generated))
    user = _write(
        tmp_path, "mine.yaml", "entries:\n  - {id: place/gwadar, zh: 瓜达尔, country: country/pk}\n"
    )
    assert build_lexicon(small_seeds).entry("place/gwadar").country == "country/cn"
    assert build_lexicon(small_seeds, [user]).entry("place/gwadar").country == "country/pk"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("entries:\n  - {id: org/a, class: Project}", "already a Organization"),
        ("entries:\n  - {id: org/z}", "'class' is missing"),
        ("entries:\n  - {id: org/z, class: Organization}", "no name"),
        ("entries:\n  - {id: org/z, class: Organization, en: Z, country: country/xx}", "country/xx"),
    ],
)
def test_build_lexicon_reports_conflicts_with_the_entry(
    small_seeds: Path, tmp_path: Path, text: str, fragment: str
) -> None:
    user = _write(tmp_path, "mine.yaml", text)
    with pytest.raises(LexiconError, match=fragment):
        build_lexicon(small_seeds, [user])


@pytest.mark.parametrize(
    ("text", "entry_id", "kind"),
    [
        ("  - {id: org/b, en: Gulf Union, kind: intergovernmental}\n", "org/b", "intergovernmental"),
        ("  - {id: org/b, zh: 海湾联盟, kind: intergovernmental}\n", "org/b", "intergovernmental"),
        (
            "  - {id: org/b, en: Bank of Pakistan, country: country/pk, kind: central_bank}\n",
            "org/b",
            "central_bank",
        ),
        (
            "  - {id: org/b, zh: 巴基斯坦央行, country: country/pk, kind: central_bank}\n",
            "org/b",
            "central_bank",
        ),
        ("  - {id: org/a, kind: central_bank}\n", "org/a", "central_bank"),
        ("  - {id: org/b, en: Beta Telecom}\n", "org/b", None),
    ],
)
def test_build_lexicon_carries_an_organisations_kind(
    small_seeds: Path, tmp_path: Path, text: str, entry_id: str, kind: str | None
) -> None:
    user = _write(tmp_path, "mine.yaml", "class: Organization\nentries:\n" + text)
    entry = build_lexicon(small_seeds, [user]).entry(entry_id)
    assert entry.kind == kind
    assert pickle.loads(pickle.dumps(entry)) == entry


def test_build_lexicon_compound_naming_an_unknown_entry_fails(small_seeds: Path) -> None:
    _write(small_seeds, "compounds.yaml", "compounds:\n  俄: country/ru\n")
    with pytest.raises(LexiconError, match="country/ru"):
        build_lexicon(small_seeds)


def test_build_lexicon_missing_user_file_fails(small_seeds: Path, tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="--lexicon"):
        build_lexicon(small_seeds, [tmp_path / "absent.yaml"])


def test_read_entries_reads_offices_with_their_years(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "people.yaml",
        "class: Person\nentries:\n"
        "  - {id: person/a, en: Ann Example, zh: 安例, offices: [{title: Prime Minister, of: country/pk,"
        " relation: headOf, from: 2013, to: 2017}, {title: Envoy, of: org/x}]}\n",
    )
    (draft,) = read_entries(path)
    assert draft.offices == (
        Office("Prime Minister", "country/pk", "headOf", 2013, 2017),
        Office("Envoy", "org/x", "affiliatedWith", None, None),
    )


@pytest.mark.parametrize(
    ("offices", "fragment"),
    [
        ("{title: PM, of: country/pk}", "a list"),
        ("[PM]", "mapping"),
        ("[{of: country/pk}]", "'title'"),
        ("[{title: PM}]", "'of'"),
        ("[{title: PM, of: country/pk, relation: leads}]", "headOf"),
        ("[{title: PM, of: country/pk, from: last year}]", "year"),
        ("[{title: PM, of: country/pk, since: 2013}]", "since"),
    ],
)
def test_read_entries_reports_malformed_offices(tmp_path: Path, offices: str, fragment: str) -> None:
    path = _write(
        tmp_path, "bad.yaml", f"entries:\n  - {{id: person/a, class: Person, en: A, offices: {offices}}}\n"
    )
    with pytest.raises(LexiconError) as error:
        read_entries(path)
    assert "entry 1 (person/a)" in str(error.value)
    assert fragment in str(error.value)


def test_build_lexicon_office_of_an_unknown_entry_fails(small_seeds: Path, tmp_path: Path) -> None:
    user = _write(
        tmp_path,
        "mine.yaml",
        "entries:\n  - {id: person/a, class: Person, en: A, offices: [{title: PM, of: org/nowhere}]}\n",
    )
    with pytest.raises(LexiconError, match="org/nowhere"):
        build_lexicon(small_seeds, [user])


def test_build_lexicon_adds_the_other_spelling_and_hyphenated_technologies(
    small_seeds: Path, tmp_path: Path
) -> None:
    user = _write(
        tmp_path,
        "mine.yaml",
        "entries:\n  - {id: project/f, class: Project, en: Indus Fibre Optic Cable}\n"
        "  - {id: tech/f, class: Technology, en: fiber to the office}\n",
    )
    lexicon = build_lexicon(small_seeds, [user])
    assert [entry.id for entry in lexicon.lookup("Indus Fiber Optic Cable")] == ["project/f"]
    assert [entry.id for entry in lexicon.lookup("fibre-to-the-office")] == ["tech/f"]
