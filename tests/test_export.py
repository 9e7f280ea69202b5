"""kg export: every format parses back (RDF with rdflib and pyoxigraph, GraphML and GEXF with networkx)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS
from store_helpers import build_small

from kg.errors import OutputError
from kg.export import CSV_COLUMNS, EXPORT_FORMATS, export
from kg.store import open_store

KGE = "https://w3id.org/kg-dsr/entity/"
PKFOP = KGE + "project/中巴跨境光缆"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("export"))


def stored(built: Path) -> set[str]:
    """The quads of the documents' graphs (the store's default graph is their merge, not exported)."""
    quads = open_store(built)
    return {str(quad) for quad in quads if not isinstance(quad.graph_name, pyoxigraph.DefaultGraph)}


@pytest.mark.parametrize(
    ("fmt", "syntax"),
    [
        ("trig", pyoxigraph.RdfFormat.TRIG),
        ("nquads", pyoxigraph.RdfFormat.N_QUADS),
        ("jsonld", pyoxigraph.RdfFormat.JSON_LD),
    ],
)
def test_export_dataset_formats_keep_every_quad(
    built: Path, tmp_path: Path, fmt: str, syntax: pyoxigraph.RdfFormat
) -> None:
    target = tmp_path / f"graph{EXPORT_FORMATS[fmt]}"
    export(built, fmt, target)
    reloaded = pyoxigraph.Store()
    reloaded.load(path=str(target), format=syntax)
    assert {str(quad) for quad in reloaded} == stored(built)
    rdflib_view = Dataset(default_union=True)
    rdflib_view.parse(target, format={"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt])
    assert (URIRef(PKFOP), RDFS.label, Literal("中巴跨境光缆", lang="zh")) in rdflib_view


def test_export_turtle_is_the_union(built: Path) -> None:
    buffer = io.BytesIO()
    export(built, "turtle", buffer)
    graph = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="turtle")
    union = {str(pyoxigraph.Triple(*quad.triple)) for quad in open_store(built)}  # every triple, once
    assert len(graph) == len(union)
    assert (
        URIRef(PKFOP),
        RDFS.label,
        Literal("China–Pakistan cross-border optical fibre cable", lang="en"),
    ) in graph


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_formats_parse_back_with_networkx(built: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"graph.{fmt}"
    export(built, fmt, target)
    network = nx.read_graphml(target, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(target)
    assert network.number_of_nodes() == 16
    assert network.number_of_edges() == 18
    node = network.nodes[PKFOP]
    assert (node["label_zh"], node["label_en"], node["cls"]) == (
        "中巴跨境光缆",
        "China–Pakistan cross-border optical fibre cable",
        "Project",
    )
    connects = {v for _, v, data in network.out_edges(PKFOP, data=True) if data["predicate"] == "connects"}
    assert connects == {KGE + "country/cn", KGE + "country/pk"}


def read_csv(built: Path) -> list[dict[str, str]]:
    buffer = io.BytesIO()
    export(built, "csv", buffer)
    data = buffer.getvalue()
    assert data.startswith(b"\xef\xbb\xbf"), "a byte-order mark lets spreadsheets read the Chinese"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_export_csv_has_the_documented_columns(built: Path) -> None:
    rows = read_csv(built)
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 18


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "expected"),
    [
        (PKFOP, "connects", KGE + "country/pk",
         {"subject_label_zh": "中巴跨境光缆", "object_label_zh": "巴基斯坦", "object_label_en": "Pakistan",
          "subject_class": "Project", "object_class": "Country", "evidence_count": "2",
          "documents": "https://w3id.org/kg-dsr/doc/en1 https://w3id.org/kg-dsr/doc/zh1"}),
        (KGE + "peace", "landsAt", KGE + "place/marseille",
         {"subject_label_en": "PEACE cable", "object_label_en": "Marseille", "object_label_zh": "马赛",
          "object_class": "Place", "evidence_count": "1", "documents": "https://w3id.org/kg-dsr/doc/en1"}),
        (KGE + "mou", "signedWith", KGE + "country/cn",
         {"subject_label_en": "MoU on e-commerce cooperation", "subject_class": "Agreement",
          "object_label_zh": "中国", "evidence_count": "0", "documents": ""}),
    ],
)  # fmt: skip
def test_export_csv_rows_carry_labels_and_evidence(
    built: Path, subject: str, predicate: str, obj: str, expected: dict[str, str]
) -> None:
    rows = [
        row
        for row in read_csv(built)
        if (row["subject"], row["predicate"], row["object"]) == (subject, predicate, obj)
    ]
    assert len(rows) == 1
    assert {key: rows[0][key] for key in expected} == expected


def test_export_unknown_format_raises_output_error(built: Path) -> None:
    with pytest.raises(OutputError, match="unknown export format 'pdf'"):
        export(built, "pdf", io.BytesIO())


def test_export_of_a_missing_build_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="kg build"):
        export(tmp_path / "nowhere", "trig", io.BytesIO())


def test_kg_export_writes_a_file_or_standard_output(built: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    target = tmp_path / "edges.csv"
    result = CliRunner().invoke(app, ["export", str(built), "--format", "csv", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8-sig").startswith(",".join(CSV_COLUMNS))
    result = CliRunner().invoke(app, ["export", str(built), "--format", "nquads"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(stored(built))
