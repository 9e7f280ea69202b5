"""The on-disk store and the output files: round trip, named graphs, transactions, errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest

# (XSD through its module: pytest looks up attributes of a test module's names when it collects,
# and rdflib warns on every name XSD does not define)
from rdflib import BNode, Dataset, Graph, Literal, URIRef, namespace
from store_helpers import SMALL_TRIG, build_small, small_quads
from typer.testing import CliRunner

import kg.store
from kg.cli import app
from kg.errors import OutputError, StoreError
from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    EntityFact,
    KnowledgeGraph,
    Lang,
    MergeDecision,
    Predicate,
    Provenance,
    Quantity,
    Sentence,
    Span,
    Triple,
)
from kg.store import (
    STORE_DIR,
    TRIG_FILE,
    TURTLE_FILE,
    Quad,
    TextTerms,
    add_rdf,
    default_prefixes,
    load,
    load_rdf,
    memory_dataset,
    ntriples_term,
    open_store,
    write_graph,
    write_outputs,
)

KGD = "https://w3id.org/kg-dsr/doc/"
KGE = "https://w3id.org/kg-dsr/entity/"
PKFOP = URIRef(KGE + "project/中巴跨境光缆")


def oxigraph_quads(store: pyoxigraph.Store) -> set[str]:
    """The quads of the named graphs as N-Quads lines: one canonical form whatever their store."""
    return {str(quad) for quad in store if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph)}


def merged_triples(store: pyoxigraph.Store) -> list[str]:
    """The triples of the default graph, which the store keeps as the merge of the named graphs."""
    return [
        str(pyoxigraph.Triple(*q.triple))
        for q in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
    ]


def fixture_quads() -> set[str]:
    store = pyoxigraph.Store()
    store.load(path=str(SMALL_TRIG), format=pyoxigraph.RdfFormat.TRIG)
    return oxigraph_quads(store)


def snapshot(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` with its bytes, to prove a failed build changed nothing."""
    return {
        str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("built"))


def test_write_outputs_round_trip_keeps_every_quad(built: Path) -> None:
    assert oxigraph_quads(open_store(built)) == fixture_quads()


def test_write_outputs_reports_what_it_wrote(tmp_path: Path) -> None:
    outputs = write_outputs(small_quads(), tmp_path, prefixes=default_prefixes())
    assert outputs.quads == len(small_quads())
    assert outputs.graphs == 2
    assert outputs.files == {
        "store": tmp_path / STORE_DIR,
        "trig": tmp_path / TRIG_FILE,
        "turtle": tmp_path / TURTLE_FILE,
    }
    assert all(path.exists() for path in outputs.files.values())


def test_write_outputs_merges_the_named_graphs_into_the_default_graph(built: Path) -> None:
    source = pyoxigraph.Store()
    source.load(path=str(SMALL_TRIG), format=pyoxigraph.RdfFormat.TRIG)
    union = {str(pyoxigraph.Triple(*quad.triple)) for quad in source}
    merged = merged_triples(open_store(built))
    assert len(merged) == len(set(merged)) == len(union) < len(source)
    assert set(merged) == union


def test_load_counts_a_triple_stated_by_two_documents_once(built: Path) -> None:
    text = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?country rdfs:label ?label . FILTER(?country = kge:country\\/pk) }"
    )
    assert [int(row[0]) for row in load(built).query(text)] == [2]  # type: ignore[index]


def test_write_outputs_keeps_one_named_graph_per_document(built: Path) -> None:
    graphs = {str(graph) for graph in open_store(built).named_graphs()}
    assert graphs == {f"<{KGD}zh1>", f"<{KGD}en1>"}
    trig = Dataset()
    trig.parse(built / TRIG_FILE, format="trig")
    named = {str(graph.identifier): len(graph) for graph in trig.graphs() if len(graph)}
    assert set(named) == {KGD + "zh1", KGD + "en1"}


def test_write_outputs_turtle_is_the_union_once(built: Path) -> None:
    # Compared through pyoxigraph stores, which keep typed literals by value ("820.0" = "820").
    turtle = list(pyoxigraph.parse(path=str(built / TURTLE_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(turtle) == len({str(triple) for triple in turtle}), "a triple is repeated"
    written = pyoxigraph.Store()
    written.extend(pyoxigraph.Quad(*triple) for triple in turtle)
    source = pyoxigraph.Store()
    source.load(path=str(SMALL_TRIG), format=pyoxigraph.RdfFormat.TRIG)
    union = {str(pyoxigraph.Triple(*quad.triple)) for quad in source}
    assert {str(pyoxigraph.Triple(*quad.triple)) for quad in written} == union
    assert len(Graph().parse(built / TURTLE_FILE, format="turtle")) == len(union)
    text = (built / TURTLE_FILE).read_text(encoding="utf-8")
    assert "@prefix kge: <https://w3id.org/kg-dsr/entity/> ." in text


@pytest.mark.parametrize(
    ("subject", "label"),
    [
        (PKFOP, Literal("中巴跨境光缆", lang="zh")),
        (PKFOP, Literal("China–Pakistan cross-border optical fibre cable", lang="en")),
        (URIRef(KGE + "country/pk"), Literal("巴基斯坦", lang="zh")),
        (URIRef(KGE + "country/pk"), Literal("Pakistan", lang="en")),
    ],
)
def test_load_keeps_chinese_and_english_labels_and_iris(built: Path, subject: URIRef, label: Literal) -> None:
    dataset = load(built)
    assert (subject, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), label) in dataset


def test_load_sees_the_union_of_named_graphs(built: Path) -> None:
    rows = load(built).query("SELECT DISTINCT ?o WHERE { kge:project\\/中巴跨境光缆 kgo:connects ?o }")
    assert {str(row[0]) for row in rows} == {KGE + "country/cn", KGE + "country/pk"}  # type: ignore[index]


def test_load_is_read_only(built: Path) -> None:
    dataset = load(built)
    with pytest.raises(RuntimeError, match="read-write"):
        dataset.add((URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c")))


def test_load_in_memory_copies_into_a_writable_store(built: Path) -> None:
    before = oxigraph_quads(open_store(built))
    copy = load(built, in_memory=True)
    triple = (URIRef("http://example.org/a"), URIRef("http://example.org/b"), Literal("c"))
    copy.add(triple)
    assert triple in copy
    assert oxigraph_quads(open_store(built)) == before


def test_memory_dataset_offers_the_same_queries() -> None:
    dataset = memory_dataset(small_quads())
    rows = dataset.query("SELECT DISTINCT ?p WHERE { ?p kgo:landsAt ?place }")
    assert [str(row[0]) for row in rows] == [KGE + "peace"]  # type: ignore[index]


def failing_after(quads: list[Quad], count: int) -> Iterator[Quad]:
    yield from quads[:count]
    raise RuntimeError("extractor crashed mid-build")


def test_write_outputs_rolls_back_when_the_build_fails(tmp_path: Path) -> None:
    build_small(tmp_path)
    (tmp_path / "graph.html").write_text("<html>previous view</html>", encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(RuntimeError, match="mid-build"):
        write_outputs(failing_after(small_quads()[:50], 40), tmp_path, prefixes=default_prefixes())
    assert snapshot(tmp_path) == before
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".kg-staging")]
    assert oxigraph_quads(open_store(tmp_path)) == fixture_quads()


def test_write_outputs_replaces_the_previous_build(tmp_path: Path) -> None:
    build_small(tmp_path)
    subset = [quad for quad in small_quads() if str(quad[3]) == KGD + "en1"]
    write_outputs(subset, tmp_path, prefixes=default_prefixes())
    assert {str(graph) for graph in open_store(tmp_path).named_graphs()} == {f"<{KGD}en1>"}
    assert "中巴跨境光缆项目全长" not in (tmp_path / TRIG_FILE).read_text(encoding="utf-8")


KILLED_BUILD = textwrap.dedent(
    """
    import os, signal, sys
    sys.path[:0] = [{tests!r}, {root!r}]
    from store_helpers import small_quads
    from kg.store import default_prefixes, write_outputs

    def quads():
        for number, quad in enumerate(small_quads()):
            if number == 60:
                os.kill(os.getpid(), signal.SIGKILL)
            yield quad

    write_outputs(quads(), {out!r}, prefixes=default_prefixes())
    """
)


def test_write_outputs_survives_a_killed_build(tmp_path: Path) -> None:
    build_small(tmp_path)
    before = snapshot(tmp_path)
    script = KILLED_BUILD.format(
        tests=str(Path(__file__).parent), root=str(Path(__file__).parents[1]), out=str(tmp_path)
    )
    process = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert process.returncode == -9, process.stderr
    leftovers = [path for path in tmp_path.iterdir() if path.name.startswith(".kg-staging")]
    assert leftovers, "the killed build should have left its staging folder behind"
    assert {
        key: value for key, value in snapshot(tmp_path).items() if not key.startswith(".kg-staging")
    } == before
    assert oxigraph_quads(open_store(tmp_path)) == fixture_quads()
    build_small(tmp_path)
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".kg-staging")]


def test_write_outputs_into_a_file_path_raises_output_error(tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("occupied", encoding="utf-8")
    with pytest.raises(OutputError, match="not-a-folder"):
        write_outputs(small_quads(), target, prefixes=default_prefixes())


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        ("nothing", "does not exist"),
        ("empty folder", "store/ is missing"),
        ("store without CURRENT", "store is incomplete"),
    ],
)
def test_load_missing_or_incomplete_output_raises_output_error(
    tmp_path: Path, prepare: str, message: str
) -> None:
    out = tmp_path / "out"
    if prepare != "nothing":
        out.mkdir()
    if prepare == "store without CURRENT":
        (out / STORE_DIR).mkdir()
    with pytest.raises(OutputError, match=message) as caught:
        load(out)
    assert "kg build" in str(caught.value)


def test_open_store_of_a_corrupt_store_raises_store_error(tmp_path: Path) -> None:
    (tmp_path / STORE_DIR).mkdir()
    (tmp_path / STORE_DIR / "CURRENT").write_text("MANIFEST-000404\n", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(tmp_path)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (Literal("巴基斯坦", lang="zh"), '"巴基斯坦"@zh'),
        (Literal("Pakistan", lang="en"), '"Pakistan"@en'),
        (Literal('中巴"光缆"\n开通'), '"中巴\\"光缆\\"\\n开通"'),
        (Literal('the "PEACE" cable\\'), '"the \\"PEACE\\" cable\\\\"'),
        (Literal("820", datatype=namespace.XSD.decimal), '"820"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        (Literal("plain", datatype=namespace.XSD.string), '"plain"'),
        (URIRef(KGE + "project/中巴跨境光缆"), f"<{KGE}project/中巴跨境光缆>"),
        (URIRef("http://example.org/a b"), "<http://example.org/a%20b>"),
        (BNode("b0"), "_:b0"),
    ],
)
def test_ntriples_term_encodes_terms(term: URIRef | Literal | BNode, expected: str) -> None:
    assert ntriples_term(term) == expected


def test_ntriples_term_output_parses_back() -> None:
    terms = [Literal('中巴"光缆"\n\r开通\\', lang="zh"), Literal("x\ty", datatype=namespace.XSD.string)]
    line = " ".join(
        [ntriples_term(URIRef("http://example.org/s")), ntriples_term(URIRef("http://example.org/p"))]
    )
    for term in terms:
        parsed = list(
            pyoxigraph.parse(f"{line} {ntriples_term(term)} .\n", format=pyoxigraph.RdfFormat.N_TRIPLES)
        )
        assert parsed[0].object.value == str(term)


def test_write_outputs_removes_staging_left_by_a_dead_process(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    stale = tmp_path / f".kg-staging-{dead.stdout.strip()}-abc"
    stale.mkdir()
    (stale / "quads.nq").write_text("half a build", encoding="utf-8")
    build_small(tmp_path)
    assert not stale.exists()


def test_write_outputs_keeps_staging_of_a_live_process(tmp_path: Path) -> None:
    live = tmp_path / f".kg-staging-{os.getppid()}-abc"
    live.mkdir()
    build_small(tmp_path)
    assert live.exists()


# --------------------------------------------------------------------------- write_graph

ZH_TEXT = "中巴跨境光缆全长820公里，连接中国和巴基斯坦。该项目由华为承建。"
EN_TEXT = 'The "PEACE" cable lands in Gwadar.\nIt connects Pakistan and France.'


def document(doc_id: str, text: str, lang: Lang, ends: tuple[int, ...]) -> Document:
    starts = (0, *ends[:-1])
    sentences = tuple(Sentence(Span(a, b), lang) for a, b in zip(starts, ends, strict=True))
    return Document(
        doc_id, text, lang, sentences, f"docs/{doc_id}.md", title=f"{doc_id} 标题", date="2018-07-14"
    )


ZH_DOC = document("zh1", ZH_TEXT, Lang.ZH, (ZH_TEXT.index("。") + 1, len(ZH_TEXT)))
EN_DOC = document("en1", EN_TEXT, Lang.EN, (EN_TEXT.index("\n") + 1, len(EN_TEXT)))


def evidence(doc: Document, index: int, rule: str) -> Provenance:
    span = doc.sentences[index].span
    return Provenance(doc.id, doc.excerpt(span), span, "rules", rule, 0.9)


def small_graph() -> KnowledgeGraph:
    """A Chinese and an English document sharing an entity, a relation and a merge decision."""
    both = ("zh1", "en1")
    entities = (
        Entity(
            "project/中巴跨境光缆",
            EntityClass.PROJECT,
            (("zh", "中巴跨境光缆"),),
            (("en", "PKFOP"),),
            None,
            ("zh1",),
        ),
        Entity("project/peace", EntityClass.PROJECT, (("en", "PEACE cable"),), (), "Q1", ("en1",)),
        Entity("country/pk", EntityClass.COUNTRY, (("en", "Pakistan"), ("zh", "巴基斯坦")), (), "Q843", both),
        Entity("country/cn", EntityClass.COUNTRY, (("en", "China"), ("zh", "中国")), (), "Q148", ("zh1",)),
        Entity("place/gwadar", EntityClass.PLACE, (("en", "Gwadar"),), (), None, ("en1",)),
        Entity("org/huawei", EntityClass.ORGANIZATION, (("zh", "华为"),), (), None, ("zh1",)),
    )
    triples = (
        Triple("project/中巴跨境光缆", Predicate.CONNECTS, "country/pk", (evidence(ZH_DOC, 0, "name-ends"),)),
        Triple("project/peace", Predicate.CONNECTS, "country/pk", (evidence(EN_DOC, 1, "x-connects-y"),)),
        Triple("project/peace", Predicate.LANDS_AT, "place/gwadar", (evidence(EN_DOC, 0, "lands-in"),)),
        Triple("project/中巴跨境光缆", Predicate.BUILT_BY, "org/huawei", (evidence(ZH_DOC, 1, "built-by"),)),
    )
    facts = (
        EntityFact(
            "project/中巴跨境光缆",
            "length",
            Quantity(Decimal("820"), unit="公里"),
            (evidence(ZH_DOC, 0, "len"),),
        ),
        EntityFact("project/peace", "opened", DateValue("2018-07", "month"), (evidence(EN_DOC, 0, "date"),)),
    )
    merges = tuple(
        MergeDecision("country/pk", name, lang, "lexicon name of country/pk", doc)
        for name, lang, doc in (("巴基斯坦", "zh", "zh1"), ("Pakistan", "en", "en1"))
    )
    return KnowledgeGraph((ZH_DOC, EN_DOC), entities, triples, facts, merges)


def canonical(quads: Iterator[pyoxigraph.Quad]) -> set[str]:
    """Quads as N-Quads lines after a trip through a store, which keeps typed literals by value."""
    store = pyoxigraph.Store()
    store.extend(quads)
    return {str(quad) for quad in store}


@pytest.fixture(scope="module")
def graph_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("graph")
    write_graph(small_graph(), out)
    return out


def test_write_graph_trig_holds_the_named_graphs_of_the_store(graph_out: Path) -> None:
    trig = pyoxigraph.parse(path=str(graph_out / TRIG_FILE), format=pyoxigraph.RdfFormat.TRIG)
    assert canonical(trig) == oxigraph_quads(open_store(graph_out))
    parsed = Dataset()
    parsed.parse(graph_out / TRIG_FILE, format="trig")
    assert {str(g.identifier) for g in parsed.graphs() if len(g)} == {KGD + "zh1", KGD + "en1"}


def test_write_graph_turtle_is_the_default_graph_each_triple_once(graph_out: Path) -> None:
    triples = list(pyoxigraph.parse(path=str(graph_out / TURTLE_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len({str(triple) for triple in triples})
    merged = {
        str(q) for q in open_store(graph_out).quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
    }
    assert canonical(pyoxigraph.Quad(*triple) for triple in triples) == merged
    union = {str(pyoxigraph.Triple(*quad.triple)) for quad in open_store(graph_out)}
    assert {
        str(pyoxigraph.Triple(*quad.triple))
        for quad in open_store(graph_out).quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
    } == union
    assert len(Graph().parse(graph_out / TURTLE_FILE, format="turtle")) == len(triples)


@pytest.mark.parametrize(
    ("text", "turtle"),
    [
        ("kge:project\\/中巴跨境光缆 a kgo:Project", "a Chinese entity, a prefixed name with '/' escaped"),
        ("kge:project\\/peace a kgo:Project", "an English one"),
        ('"The \\"PEACE\\" cable lands in Gwadar.\\n"@en', "an English sentence, quotes and newline escaped"),
        ('"中巴跨境光缆全长820公里，连接中国和巴基斯坦。"@zh', "a Chinese sentence"),
        ("schema:value 820.0", "a decimal as a number"),
        ('kgo:date "2018-07"^^xsd:gYearMonth', "a date typed by prefix"),
    ],
)
def test_write_graph_trig_is_readable(graph_out: Path, text: str, turtle: str) -> None:
    assert text in (graph_out / TRIG_FILE).read_text(encoding="utf-8"), turtle


def test_write_graph_loads_every_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, graph_out: Path
) -> None:
    monkeypatch.setattr(kg.store, "CHUNK_LINES", 7)
    outputs = write_graph(small_graph(), tmp_path)
    assert oxigraph_quads(open_store(tmp_path)) == oxigraph_quads(open_store(graph_out))
    assert merged_triples(open_store(tmp_path)) and set(merged_triples(open_store(tmp_path))) == set(
        merged_triples(open_store(graph_out))
    )
    assert outputs.quads == len(oxigraph_quads(open_store(tmp_path))) and outputs.graphs == 2


def test_write_graph_keeps_the_previous_build_when_the_store_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_small(tmp_path)
    before = snapshot(tmp_path)
    monkeypatch.setattr(kg.store, "_N_QUADS", pyoxigraph.RdfFormat.N_TRIPLES)  # quads are no triples
    with pytest.raises(StoreError, match="cannot build the store"):
        write_graph(small_graph(), tmp_path)
    assert snapshot(tmp_path) == before
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".kg-staging")]


def test_write_outputs_replaces_lone_surrogates_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    g = URIRef(KGD + "zh1")
    quads = [
        (URIRef(KGE + "x"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("a\ud800b"), g)
    ]
    write_outputs(quads, tmp_path, prefixes=default_prefixes())
    assert "U+FFFD" in caplog.text
    [label] = [
        quad.object.value for quad in open_store(tmp_path) if quad.graph_name == pyoxigraph.NamedNode(g)
    ]
    assert label == "a\ufffdb"


# --------------------------------------------------------------------------- terms as text

PREFIXED = TextTerms(default_prefixes())


@pytest.mark.parametrize(
    ("iri", "turtle"),
    [
        (KGE + "project/中巴跨境光缆", "kge:project\\/中巴跨境光缆"),
        (KGE + "country/pk", "kge:country\\/pk"),
        (KGE + "event/国事访问@a0f044bd", "kge:event\\/国事访问\\@a0f044bd"),
        (KGE + "org/china_(cmi)", "kge:org\\/china_\\(cmi\\)"),
        (KGE + "project/china–pakistan", f"<{KGE}project/china–pakistan>"),  # '–' may not be in a name
        (KGE + "org/a%20b", "kge:org\\/a%20b"),
        (KGD + "0e1f", "kgd:0e1f"),
        ("http://www.w3.org/2001/XMLSchema#date", "xsd:date"),
        ("http://example.org/elsewhere", "<http://example.org/elsewhere>"),
    ],
)
def test_text_terms_abbreviate_iris_under_a_prefix(iri: str, turtle: str) -> None:
    assert PREFIXED.iri(iri) == (f"<{iri}>", turtle)


@pytest.mark.parametrize(
    ("text", "lang", "datatype", "turtle"),
    [
        ("巴基斯坦", "zh", None, '"巴基斯坦"@zh'),
        ("Pakistan", "en", None, '"Pakistan"@en'),
        ("48", None, str(namespace.XSD.integer), "48"),
        ("0.9", None, str(namespace.XSD.decimal), "0.9"),
        ("820", None, str(namespace.XSD.decimal), '"820"^^xsd:decimal'),  # not a Turtle decimal as it stands
        ("true", None, str(namespace.XSD.boolean), "true"),
        ("2018-07-13", None, str(namespace.XSD.date), '"2018-07-13"^^xsd:date'),
        ("x", None, "http://example.org/type", '"x"^^<http://example.org/type>'),
    ],
)
def test_text_terms_write_literals_in_both_syntaxes(
    text: str, lang: str | None, datatype: str | None, turtle: str
) -> None:
    line, short = PREFIXED.literal(text, lang=lang, datatype=datatype)
    assert short == turtle
    term = Literal(text, lang=lang, datatype=URIRef(datatype) if datatype else None)
    assert line == ntriples_term(term)
    parsed = list(
        pyoxigraph.parse(
            f"@prefix xsd: <{namespace.XSD}> .\n<s:s> <p:p> {short} .", format=pyoxigraph.RdfFormat.TURTLE
        )
    )
    assert parsed[0].object.value == text or parsed[0].object.value == str(Decimal(text))


# --------------------------------------------------------------------------- RDF files

TURTLE_EXTRA = f"""@prefix kge: <{KGE}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kge:country\\/pk rdfs:label "Pakistan"@en, "巴铁"@zh .
"""
NQUADS_EXTRA = (
    f'<{KGE}country/pk> <http://www.w3.org/2000/01/rdf-schema#label> "Pakistan"@en <{KGD}x1> .\n'
    f'<{KGE}country/pk> <http://www.w3.org/2000/01/rdf-schema#label> "Pakistan"@en <{KGD}x2> .\n'
    f'<{KGE}country/fr> <http://www.w3.org/2000/01/rdf-schema#label> "法国"@zh <{KGD}x2> .\n'
)


@pytest.mark.parametrize(
    ("name", "content", "graphs", "new_triples"),
    [
        ("extra.ttl", TURTLE_EXTRA, {"file"}, {'"巴铁"@zh'}),
        ("extra.nq", NQUADS_EXTRA, {KGD + "x1", KGD + "x2"}, {'"法国"@zh'}),
    ],
)
def test_load_rdf_adds_named_graphs_and_merges_their_triples(
    tmp_path: Path, name: str, content: str, graphs: set[str], new_triples: set[str]
) -> None:
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    store = pyoxigraph.Store()
    load_rdf(store, source)
    named = {g.value for g in store.named_graphs()}
    assert named == {source.resolve().as_uri() if g == "file" else g for g in graphs}
    merged = [str(q.object) for q in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())]
    assert len(merged) == len(set(merged)) and new_triples <= set(merged)


def test_add_rdf_adds_a_file_to_a_build(tmp_path: Path) -> None:
    build_small(tmp_path)
    source = tmp_path / "extra.nq"
    source.write_text(NQUADS_EXTRA, encoding="utf-8")
    before = oxigraph_quads(open_store(tmp_path))
    outputs = add_rdf(tmp_path, source)
    after = oxigraph_quads(open_store(tmp_path))
    assert before < after and outputs.quads == len(after) and outputs.graphs == 4
    rows = load(tmp_path).query('SELECT ?c WHERE { ?c rdfs:label "法国"@zh }')
    assert [str(row[0]) for row in rows] == [KGE + "country/fr"]  # type: ignore[index]
    trig = pyoxigraph.parse(path=str(tmp_path / TRIG_FILE), format=pyoxigraph.RdfFormat.TRIG)
    assert canonical(trig) == after
    assert "法国" in (tmp_path / TURTLE_FILE).read_text(encoding="utf-8")


def test_add_rdf_of_a_broken_file_changes_nothing(tmp_path: Path) -> None:
    build_small(tmp_path)
    before = snapshot(tmp_path)
    source = tmp_path / "broken.ttl"
    source.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match=r"broken\.ttl.*not valid"):
        add_rdf(tmp_path, source)
    assert {key: value for key, value in snapshot(tmp_path).items() if key != "broken.ttl"} == {
        key: value for key, value in before.items() if key != "broken.ttl"
    }


def test_cli_add_adds_files_and_draws_the_view_again(tmp_path: Path) -> None:
    build_small(tmp_path)
    (tmp_path / "graph.html").write_text("<html>old</html>", encoding="utf-8")
    source = tmp_path / "extra.nq"
    source.write_text(NQUADS_EXTRA, encoding="utf-8")
    result = CliRunner().invoke(app, ["add", str(tmp_path), str(source)])
    assert result.exit_code == 0, result.output
    assert "added" in result.output and "named graphs" in result.output
    rows = load(tmp_path).query('SELECT ?c WHERE { ?c rdfs:label "法国"@zh }')
    assert [str(row[0]) for row in rows] == [KGE + "country/fr"]  # type: ignore[index]
    assert "法国" in (tmp_path / "graph.html").read_text(encoding="utf-8")


def test_cli_add_of_a_broken_file_says_which_and_exits_1(tmp_path: Path) -> None:
    build_small(tmp_path)
    source = tmp_path / "broken.ttl"
    source.write_text("<a> <b> .", encoding="utf-8")
    result = CliRunner().invoke(app, ["add", str(tmp_path), str(source)])
    assert result.exit_code == 1
    assert "broken.ttl" in result.output and "not valid" in result.output
