"""Names learned from annotated sets: measured on the documents, kept only when they name one thing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import AnnotatedSet, vendored_sets
from kg.extract.training import DEFAULT_SETS
from kg.lexicon import Lexicon, build_lexicon, lexicon_dir, load_lexicon
from kg.lexicon.files import read_entries
from kg.lexicon.harvest import AnnotatedDocument, harvest, learned_yaml, read_annotated
from kg.lexicon.load import LEARNED
from kg.model import Document, EntityClass

VENDORED = Path(__file__).resolve().parents[1] / "data" / "eval"


@pytest.fixture(scope="module")
def curated() -> Lexicon:
    return load_lexicon(learned=False)


Entities = list[dict[str, object]]


def _documents(tmp_path: Path, docs: list[tuple[str, str, Entities]]) -> list[AnnotatedDocument]:
    """Write ``(name, text, gold entities)`` as a set and read it back as the harvester does."""
    (tmp_path / "docs").mkdir(parents=True)
    (tmp_path / "gold").mkdir()
    for name, text, entities in docs:
        (tmp_path / "docs" / f"{name}.md").write_text(f"---\ntitle: t\n---\n{text}\n", encoding="utf-8")
        gold = json.dumps({"entities": entities, "relations": [], "facts": []}, ensure_ascii=False)
        (tmp_path / "gold" / f"{name}.json").write_text(gold, encoding="utf-8")
    return read_annotated([AnnotatedSet("T", tmp_path / "docs", tmp_path / "gold")])


def _entity(entity_id: str, cls: str, *mentions: str) -> dict[str, object]:
    return {"id": entity_id, "label": mentions[0], "type": cls, "mentions": list(mentions)}


def _learned(entries: list) -> dict[str, set[str]]:
    return {entry.id: {record.name for record in entry.names} for entry in entries}


@pytest.mark.parametrize(
    ("marked_text", "unmarked_text", "name"),
    [
        ("Cybernet will run the link.", "Cybernet signed a deal.", "Cybernet"),
        ("泰中记者协会主办论坛。", "泰中记者协会发表声明。", "泰中记者协会"),
    ],
)
def test_a_name_found_where_annotators_left_it_unmarked_is_measured_at_that(
    curated: Lexicon, tmp_path: Path, marked_text: str, unmarked_text: str, name: str
) -> None:
    """Marked in one of three documents that hold it: 33% < 50%, not learned; in two of three: kept."""
    body = _entity("x_body", "Organization", name)
    one_of_three = [("1", marked_text, [body]), ("2", unmarked_text, []), ("3", unmarked_text + " ", [])]
    assert harvest(_documents(tmp_path / "a", one_of_three), curated) == []
    two_of_three = _documents(
        tmp_path / "b",
        [("1", marked_text, [body]), ("2", unmarked_text, [body]), ("3", unmarked_text + " ", [])],
    )
    (entry,) = harvest(two_of_three, curated)
    assert entry.id == "org/x_body" and not entry.extends
    (record,) = entry.names
    assert (record.name, record.marked, record.found) == (name, 2, 3)


@pytest.mark.parametrize(
    ("text", "entity", "learned"),
    [
        # kinds of things and proper names are learned
        (
            "Digital sovereignty matters.",
            _entity("digital_sovereignty", "Technology", "Digital sovereignty"),
            True,
        ),
        ("数字主权很重要。", _entity("digital_sovereignty", "Technology", "数字主权"), True),
        ("Amr Talaat spoke.", _entity("amr_talaat", "Person", "Amr Talaat"), True),
        ("基莫尼奥大使出席。", _entity("kimonyo", "Person", "基莫尼奥"), True),
        ("MTN GlobalConnect joined.", _entity("mtn_gc", "Organization", "MTN GlobalConnect"), True),
        ("中远海运港口阿布扎比码头启用。", _entity("csp_ad", "Project", "中远海运港口阿布扎比码头"), True),
        ("2Africa东段点亮。", _entity("east", "Project", "2Africa东段"), True),
        ("“万村通”项目启动。", _entity("10k_villages", "Project", "“万村通”项目"), True),
        ("第四届全球数字贸易博览会开幕。", _entity("gdte_4", "Event", "第四届全球数字贸易博览会"), True),
        ("赛博网公司将运营。", _entity("cybernet", "Organization", "赛博网公司"), True),
        # a work, a deal or a body named in words only is that document's one
        ("The domestic cable opened.", _entity("tonga_domestic", "Project", "domestic cable"), False),
        ("双方签署议定书。", _entity("fta_protocol", "Agreement", "议定书"), False),
        ("新的光纤网络建成。", _entity("uz_network", "Project", "光纤网络"), False),
        ("华为在智利建设新数据中心。", _entity("hw_cl_dc3", "Project", "新数据中心"), False),
        ("开工仪式举行。", _entity("groundbreaking", "Event", "开工仪式"), False),
        # a technology's capitals and digits, or an article's, make no proper name
        ("The 5G test bed opened.", _entity("testbed", "Project", "5G test bed"), False),
        ("5G服务正式上线。", _entity("vodafone_5g", "Project", "5G服务"), False),
        ("The plant opened in 2023.", _entity("factory", "Project", "The plant"), False),
        ("Air Fiber 5G launched.", _entity("globe_5g", "Project", "Air Fiber 5G"), True),
        ("Humboldt海缆登陆。", _entity("humboldt", "Project", "Humboldt海缆"), True),
        # agreements and meetings are titled alike whoever signs or meets: a party makes them one
        (
            "They signed a MoU on the Digital Economy.",
            _entity("mou", "Agreement", "MoU on the Digital Economy"),
            False,
        ),
        ("双方签署《合作备忘录》。", _entity("mou", "Agreement", "《合作备忘录》"), False),
        (
            "The Nepal-China Digital Economy MoU took effect.",
            _entity("np_cn_mou", "Agreement", "Nepal-China Digital Economy MoU"),
            True,
        ),
        (
            "中柬数字经济合作谅解备忘录生效。",
            _entity("cn_kh_mou", "Agreement", "中柬数字经济合作谅解备忘录"),
            True,
        ),
        ("数字发展部表示。", _entity("kz_digital_ministry", "Organization", "数字发展部"), False),
        # so are an office's English names that say not whose it is; its country makes them one
        (
            "The Ministry of Education said so.",
            _entity("ghana_moe", "Organization", "Ministry of Education"),
            False,
        ),
        ("The Senate approved it.", _entity("ph_senate", "Organization", "Senate"), False),
        (
            "The Council of Ministers approved it.",
            _entity("kh_com", "Organization", "Council of Ministers"),
            False,
        ),
        ("部长会议批准了该项目。", _entity("kh_com", "Organization", "部长会议"), False),
        ("加纳教育部表示。", _entity("ghana_moe", "Organization", "加纳教育部"), True),
        (
            "The Ministry of Education of Ghana said so.",
            _entity("ghana_moe", "Organization", "Ministry of Education of Ghana"),
            True,
        ),
        # an English surname alone is many people's; a reference is whatever came last
        ("Fu said so.", _entity("fu_liang", "Person", "Fu"), False),
        ("The cable opened. 该海缆系统投产。", _entity("cable", "Project", "该海缆系统"), False),
        # a clause that described the thing in its document names nothing elsewhere
        ("总统对中国进行国事访问。", _entity("visit", "Event", "对中国进行国事访问"), False),
        (
            "The president paid a state visit to China.",
            _entity("visit", "Event", "state visit to China"),
            False,
        ),
        ("对外经济贸易大学主办。", _entity("uibe", "Organization", "对外经济贸易大学"), True),
        (
            "The University of International Business and Economics hosted it.",
            _entity("uibe", "Organization", "University of International Business and Economics"),
            True,
        ),
    ],
)
def test_only_names_that_name_one_thing_everywhere_are_learned(
    curated: Lexicon, tmp_path: Path, text: str, entity: dict[str, object], learned: bool
) -> None:
    documents = _documents(tmp_path, [("1", text, [entity])])
    assert bool(harvest(documents, curated)) is learned


@pytest.mark.parametrize(
    ("text", "entity", "curated_id"),
    [
        (
            "Hengtong Group Co., Ltd. laid it.",
            _entity("hengtong", "Organization", "Hengtong Group Co., Ltd.", "Hengtong"),
            "org/hengtong",
        ),
        (
            "华为海洋网络公司承建。",
            _entity("hmn", "Organization", "华为海洋网络公司", "华为海洋"),
            "org/hmn_tech",
        ),
        (
            "中国国家开发银行提供贷款。",
            _entity("cdb", "Organization", "中国国家开发银行", "国家开发银行"),
            "org/cdb",
        ),
    ],
)
def test_a_new_name_of_a_curated_entity_extends_that_entry(
    curated: Lexicon, tmp_path: Path, text: str, entity: dict[str, object], curated_id: str
) -> None:
    (entry,) = harvest(_documents(tmp_path, [("1", text, [entity])]), curated)
    assert entry.id == curated_id and entry.extends
    assert [record.name for record in entry.names] == [entity["label"]]


@pytest.mark.parametrize(
    ("text", "entity", "parent_id"),
    [
        (
            "Huawei Kenya built the network. Huawei said it was ready.",
            _entity("huawei_kenya", "Organization", "Huawei Kenya", "Huawei"),
            "org/huawei",
        ),
        (
            "华为马来西亚负责建设。华为表示网络已经就绪。",
            _entity("huawei_my", "Organization", "华为马来西亚", "华为"),
            "org/huawei",
        ),
    ],
)
def test_a_branch_named_by_its_parent_and_a_country_is_its_own_entry(
    curated: Lexicon, tmp_path: Path, text: str, entity: dict[str, object], parent_id: str
) -> None:
    (entry,) = harvest(_documents(tmp_path, [("1", text, [entity])]), curated)
    assert entry.id == f"org/{entity['id']}" and not entry.extends
    assert entry.id != parent_id


def test_countries_and_known_names_are_never_learned(curated: Lexicon, tmp_path: Path) -> None:
    entities = [_entity("pakistan", "Country", "巴铁"), _entity("hw", "Organization", "Huawei")]
    documents = _documents(tmp_path, [("1", "巴铁和中国签署协议。Huawei too.", entities)])
    assert harvest(documents, curated) == []


def test_the_written_file_is_a_lexicon_file_that_resolves_both_languages_to_one_entry(
    curated: Lexicon, tmp_path: Path
) -> None:
    documents = _documents(
        tmp_path / "set",
        [
            ("1_en", "Cybernet will run the link.", [_entity("cybernet", "Organization", "Cybernet")]),
            ("2_zh", "赛博网公司将运营该线路。", [_entity("cybernet", "Organization", "赛博网公司")]),
        ],
    )
    path = tmp_path / "learned.yaml"
    path.write_text(learned_yaml(harvest(documents, curated), ["T"]), encoding="utf-8")
    (draft,) = read_entries(path)
    assert draft.id == "org/cybernet" and draft.cls is EntityClass.ORGANIZATION
    assert dict(draft.labels) == {"en": "Cybernet", "zh": "赛博网公司"}
    seeds = tmp_path / "seeds"
    (seeds / "lexicon").mkdir(parents=True)
    for source in lexicon_dir().iterdir():
        if source.name != LEARNED:
            (seeds / "lexicon" / source.name).symlink_to(source)
    (seeds / "lexicon" / LEARNED).symlink_to(path)
    lexicon = build_lexicon(seeds / "lexicon")
    assert [entry.id for entry in lexicon.lookup("赛博网公司")] == ["org/cybernet"]
    assert lexicon.entry("org/cybernet").origin == "learned"
    assert build_lexicon(seeds / "lexicon", learned=False).get("org/cybernet") is None


def test_read_annotated_skips_documents_without_a_gold_file(tmp_path: Path) -> None:
    documents = _documents(tmp_path, [("1", "Cybernet.", [_entity("c", "Organization", "Cybernet")])])
    (tmp_path / "docs" / "2.md").write_text("---\ntitle: t\n---\nno gold\n", encoding="utf-8")
    again = read_annotated([AnnotatedSet("T", tmp_path / "docs", tmp_path / "gold")])
    assert [doc.key for doc in again] == [doc.key for doc in documents] == ["T/1"]
    assert all(isinstance(doc.document, Document) for doc in again)


@pytest.mark.slow
def test_the_shipped_learned_names_are_what_harvesting_makes_now(curated: Lexicon) -> None:
    """Fails when the curated lexicon, the sets or the harvester changed: run ``scripts/harvest``
    (then ``scripts/train``: the relation classifier reads the names the lexicon finds)."""
    sets = vendored_sets(VENDORED, DEFAULT_SETS)
    documents = read_annotated(sets)
    fresh = learned_yaml(harvest(documents, curated), [s.name for s in sets])
    assert (lexicon_dir() / LEARNED).read_text(encoding="utf-8") == fresh, "run scripts/harvest"


@pytest.mark.parametrize(
    ("text", "entities", "learned"),
    [
        (
            "吉隆-热索瓦口岸恢复通关，吉隆和热索瓦两地相连。",
            [
                _entity("kerung_port", "Place", "吉隆-热索瓦口岸"),
                _entity("kerung", "Place", "吉隆"),
                _entity("rasuwa", "Place", "热索瓦"),
            ],
            {"place/kerung", "place/rasuwa"},
        ),
        (
            "The Kerung-Rasuwa Port reopened; Kerung and Rasuwa are linked.",
            [
                _entity("kerung_port", "Place", "Kerung-Rasuwa Port"),
                _entity("kerung", "Place", "Kerung"),
                _entity("rasuwa", "Place", "Rasuwa"),
            ],
            {"place/kerung", "place/rasuwa"},
        ),
    ],
)
def test_a_place_whose_parts_annotators_marked_is_not_learned_as_one_name(
    curated: Lexicon, tmp_path: Path, text: str, entities: Entities, learned: set[str]
) -> None:
    """The lexicon reads a place's name whole: learned, it would hide the places inside it."""
    found = harvest(_documents(tmp_path, [("1", text, entities)]), curated)
    assert {entry.id for entry in found} <= learned
    assert not any("口岸" in r.name or "Port" in r.name for entry in found for r in entry.names)
