"""SPARQL: saved questions, parameter binding, syntax-error messages, limits, timeouts, result formats."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.results.csvresults import CSVResultParser
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser
from store_helpers import build_small, small_memory_dataset

from kg.errors import QueryError, QueryTimeoutError
from kg.sparql import (
    GRAPH_FORMATS,
    QueryResult,
    SavedQuery,
    compact,
    format_result,
    is_update,
    query,
    run_query,
    run_saved,
    saved_queries,
    saved_query,
)
from kg.store import load

KGE = "https://w3id.org/kg-dsr/entity/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("sparql"))


@pytest.fixture(params=["oxigraph", "rdflib-memory"], scope="module")
def dataset(request: pytest.FixtureRequest, built: Path) -> Dataset:
    """The same graph in our on-disk store and in rdflib's Memory store: answers must agree."""
    return load(built) if request.param == "oxigraph" else small_memory_dataset()


def values(result: QueryResult, *columns: str) -> set[tuple[str | None, ...]]:
    rows = result.as_dicts()
    return {tuple(None if row[c] is None else str(row[c]) for c in columns) for row in rows}


PKFOP_EN = "China–Pakistan cross-border optical fibre cable"
MOU_EN = "MoU on e-commerce cooperation"


@pytest.mark.parametrize(
    ("name", "params", "columns", "expected"),
    [
        ("which_projects_connect_country", {"country": "巴基斯坦"}, ("project_en", "via_en"),
         {(PKFOP_EN, None), ("PEACE cable", None)}),
        ("which_projects_connect_country", {"country": "Pakistan"}, ("project_zh", "via_en"),
         {("中巴跨境光缆", None), ("和平海缆", None)}),
        ("which_projects_connect_country", {"country": "巴"}, ("project_zh",),
         {("中巴跨境光缆",), ("和平海缆",)}),
        ("which_projects_connect_country", {"country": "法国"}, ("project_en", "via_zh"),
         {("PEACE cable", "马赛")}),
        ("which_projects_connect_country", {"country": "France"}, ("project_en", "via_en"),
         {("PEACE cable", "Marseille")}),
        ("which_projects_connect_country", {"country": "中国"}, ("project_en",), {(PKFOP_EN,)}),
        ("which_projects_connect_country", {"country": "Atlantis"}, ("project_en",), set()),
        ("who_built_or_operates_project", {"project": "中巴跨境光缆"}, ("role", "organization_zh"),
         {("built by", "华为"), ("operated by", "特别通信组织")}),
        ("who_built_or_operates_project", {"project": "PKFOP"}, ("role", "organization_en"),
         {("built by", "Huawei"), ("operated by", "Special Communications Organization")}),
        ("who_built_or_operates_project", {"project": "和平海缆"}, ("role", "organization_zh"),
         {("built by", "华海通信")}),
        ("who_built_or_operates_project", {"project": "peace cable"}, ("role", "organization_en"),
         {("built by", "HMN Tech")}),
        ("who_signed_what_with_whom", {}, ("who_en", "what_en", "whom_en"),
         {("China", MOU_EN, "Pakistan"), ("ASEAN", None, "China")}),
        ("who_signed_what_with_whom", {"party": "巴基斯坦"}, ("who_zh", "what_zh", "whom_zh"),
         {("巴基斯坦", "电子商务合作谅解备忘录", "中国")}),
        ("who_signed_what_with_whom", {"party": "China"}, ("who_en", "what_en", "whom_en"),
         {("China", MOU_EN, "Pakistan"), ("China", None, "ASEAN")}),
        ("technologies_of_initiative", {"initiative": "数字丝绸之路"}, ("technology_zh", "via_zh"),
         {("5G", None), ("大数据", None), ("光纤", "中巴跨境光缆")}),
        ("technologies_of_initiative", {"initiative": "Digital Silk Road"}, ("technology_en", "via_en"),
         {("5G", None), ("big data", None), ("optical fibre", PKFOP_EN)}),
        ("technologies_of_initiative", {"initiative": "中巴经济走廊"}, ("technology_en",),
         {("optical fibre",)}),
        ("evidence_for_triple", {"subject": "中巴跨境光缆", "predicate": "connects", "object": "巴基斯坦"},
         ("sentence", "title"),
         {("中巴跨境光缆项目全长820千米，连接中国和巴基斯坦。", "中巴跨境光缆项目正式开通"),
          ("The China–Pakistan cable opened on 13 July 2018.", "PEACE cable lands in Marseille")}),
        ("evidence_for_triple", {"subject": "PEACE cable", "object": "Marseille"},
         ("relation", "date", "start"), {("landsAt", "2022-03-01", "0")}),
        ("evidence_for_triple", {"subject": "PKFOP", "predicate": "builtBy"}, ("object_en", "date"),
         {("Huawei", "2018-07-14")}),
        ("evidence_for_triple", {"subject": "中巴跨境光缆", "predicate": "builtBy"}, ("rule", "confidence"),
         {("built-by", "0.8")}),
    ],
)  # fmt: skip
def test_saved_query_answers_on_a_known_graph(
    dataset: Dataset,
    name: str,
    params: dict[str, str],
    columns: tuple[str, ...],
    expected: set[tuple[str, ...]],
) -> None:
    assert values(run_saved(dataset, name, params), *columns) == expected


@pytest.mark.parametrize("project", ["中巴跨境光缆", "PKFOP"])
def test_timeline_of_project_lists_dated_facts_in_order(dataset: Dataset, project: str) -> None:
    result = run_saved(dataset, "timeline_of_project", {"project": project})
    assert [str(date) for date in result.column("date")] == ["2015", "2016-05", "2018-07-13"]
    assert [str(a) for a in result.column("attribute")] == ["agreed", "started", "opened"]
    assert str(result.column("sentence")[2]) == "The China–Pakistan cable opened on 13 July 2018."


def test_run_saved_leaves_out_the_parameter_columns(dataset: Dataset) -> None:
    result = run_saved(dataset, "which_projects_connect_country", {"country": "Pakistan"})
    assert "country" not in result.variables
    assert result.variables[:3] == ("project", "project_en", "project_zh")


def test_every_saved_query_states_its_question_and_projects_its_parameters() -> None:
    queries = saved_queries()
    assert {
        "which_projects_connect_country",
        "who_built_or_operates_project",
        "who_signed_what_with_whom",
        "technologies_of_initiative",
        "timeline_of_project",
        "evidence_for_triple",
    } <= set(queries)
    for saved in queries.values():
        assert saved.question.endswith("?"), saved.name
        assert saved.description, saved.name
        select = re.search(r"SELECT(.*?)WHERE", saved.text, re.DOTALL | re.IGNORECASE)
        assert select is not None, saved.name
        for param in saved.parameters:
            assert f"?{param.name}" in select.group(1).split(), (saved.name, param.name)
            assert param.description, (saved.name, param.name)


def test_saved_query_parse_reads_the_header() -> None:
    text = (
        "# Which cables land in a city?\n#\n# Landing sites of cables.\n"
        "# @param city (required): a city, 马赛 or Marseille\n# @param year: optional year\n"
        "SELECT ?cable ?city ?year WHERE { ?cable kgo:landsAt ?c }\n"
    )
    saved = SavedQuery.parse("cables_landing_in_city", text)
    assert saved.question == "Which cables land in a city?"
    assert saved.description == "Landing sites of cables."
    assert [(p.name, p.required) for p in saved.parameters] == [("city", True), ("year", False)]
    assert saved.parameters[0].description == "a city, 马赛 or Marseille"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "needs --param country="),
        ({"country": ""}, "needs --param country="),
        ({"country": "巴基斯坦", "colour": "red"}, "has no parameter colour; it accepts: country"),
    ],
)
def test_saved_query_checks_its_parameters(dataset: Dataset, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_saved(dataset, "which_projects_connect_country", params)


def test_saved_query_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(QueryError, match=r"no saved query named 'nope'.*timeline_of_project"):
        saved_query("nope")


@pytest.mark.parametrize(
    "hostile",
    [
        '巴基斯坦") } SELECT * WHERE { ?s ?p ?o } #',
        "Pakistan' . ?x ?y ?z } #",
        '"""\n}} DROP ALL',
    ],
)
def test_run_query_binds_values_without_pasting_them(dataset: Dataset, hostile: str) -> None:
    result = run_saved(dataset, "which_projects_connect_country", {"country": hostile})
    assert result.rows == ()


def test_run_query_binds_iris_and_literals(dataset: Dataset) -> None:
    text = "SELECT DISTINCT ?label ?entity WHERE { ?entity rdfs:label ?label . FILTER(LANG(?label) = 'zh') }"
    result = run_query(dataset, text, {"entity": URIRef(KGE + "country/pk")})
    assert [str(label) for label in result.column("label")] == ["巴基斯坦"]
    result = run_query(
        dataset, "SELECT ?x ?label WHERE { ?x rdfs:label ?label }", {"label": Literal("马赛", lang="zh")}
    )
    assert {str(x) for x in result.column("x")} == {KGE + "place/marseille"}


def test_run_query_parameter_must_be_selected(dataset: Dataset) -> None:
    if "oxigraph" not in type(dataset.store).__name__.lower():
        pytest.skip("only Oxigraph requires a bound variable to be projected")
    with pytest.raises(QueryError, match=r"parameter \?country must be a variable of the SELECT clause"):
        run_query(dataset, "SELECT ?p WHERE { ?p kgo:connects ?country }", {"country": "Pakistan"})


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        (
            "SELECT ?x WHERE {\n  ?x kgo:connects ?z .\n  ?x rdfs:label\n}",
            3,
            3,
            "cannot parse the query from '?' onwards",
        ),
        ('SELECT ?x WHERE {\n  ?x rdfs:label "巴基斯坦"@zh ; ?p ?o .\n  FILTER(?o = )\n}', 3, 3, "'FILTER'"),
        ('SELECT ?x WHERE {\n  ?x rdfs:label "Pakistan"@en', 2, 30, "the query ends too early"),
        ("SELEC ?x WHERE { ?x ?y ?z }", 1, 1, "'SELEC'"),
        (
            'SELECT ?x WHERE {\n  ?x foo:bar "中国"@zh\n}',
            2,
            6,
            "unknown prefix 'foo:'; declare it with PREFIX foo:",
        ),
    ],
)
def test_run_query_syntax_error_says_where(
    dataset: Dataset, text: str, line: int, column: int, says: str
) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(dataset, text)
    message = str(caught.value)
    assert f"line {line}, column {column}" in message
    assert says in message
    source_line, caret_line = message.splitlines()[-2:]
    assert source_line.endswith(text.split("\n")[line - 1])
    offending = text.split("\n")[line - 1][: column - 1]
    width = sum(2 if "\u4e00" <= ch <= "\u9fff" else 1 for ch in offending)
    assert caret_line.index("^") - caret_line.index("|") - 2 == width


def test_run_query_syntax_error_from_oxigraph_says_what_was_expected(built: Path) -> None:
    with pytest.raises(QueryError, match=r"expected one of .*\"\.\".*\"}\""):
        run_query(load(built), "SELECT ?x WHERE { ?x ?y ?z")


@pytest.mark.parametrize(
    "text",
    [
        'INSERT DATA { kge:x rdfs:label "x" }',
        "PREFIX ex: <http://example.org/>\n# a comment\ndelete where { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_run_query_refuses_updates(dataset: Dataset, text: str) -> None:
    assert is_update(text)
    with pytest.raises(QueryError, match="SPARQL Update"):
        run_query(dataset, text)


@pytest.mark.parametrize(
    "text", ["SELECT * WHERE { ?s ?p ?o }", "PREFIX insert: <http://x/> ASK { ?s insert:a ?o }"]
)
def test_is_update_lets_queries_through(text: str) -> None:
    assert not is_update(text)


def test_run_query_limit_truncates(dataset: Dataset) -> None:
    text = "SELECT DISTINCT ?entity WHERE { ?entity rdfs:label ?label } ORDER BY ?entity"
    everything = run_query(dataset, text)
    cut = run_query(dataset, text, limit=3)
    assert cut.rows == everything.rows[:3]
    assert cut.truncated and not everything.truncated
    assert not run_query(dataset, text, limit=len(everything.rows)).truncated


def test_run_query_limit_truncates_graphs(dataset: Dataset) -> None:
    result = run_query(dataset, "CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s rdfs:label ?o }", limit=5)
    assert result.is_graph and len(result) == 5 and result.truncated


def test_run_query_timeout_abandons_a_runaway_query(built: Path) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryTimeoutError, match=r"time limit of 0\.2 s"):
        run_query(load(built), runaway, timeout=0.2)


def test_run_query_describe_answers_with_a_graph(dataset: Dataset) -> None:
    result = run_query(dataset, f"DESCRIBE <{KGE}place/marseille>")
    assert result.kind == "DESCRIBE"
    assert result.graph is not None
    assert (URIRef(KGE + "place/marseille"), None, Literal("马赛", lang="zh")) in result.graph


def test_run_query_within_timeout_answers(dataset: Dataset) -> None:
    result = run_query(dataset, "ASK { ?p kgo:landsAt ?place }", timeout=30)
    assert result.kind == "ASK" and result.answer is True


def test_query_opens_an_output_folder(built: Path) -> None:
    result = query(built, "SELECT DISTINCT ?c WHERE { ?c a kgo:Country } ORDER BY ?c")
    assert [compact(c) for c in result.column("c")] == ["kge:country/cn", "kge:country/fr", "kge:country/pk"]


LABELS = (
    "SELECT DISTINCT ?entity ?label ?none "
    f"WHERE {{ ?entity rdfs:label ?label . FILTER(?entity = <{KGE}country/pk>) }}"
)


def parse_back(fmt: str, text: str) -> set[tuple[str, ...]]:
    parser = {
        "json": JSONResultParser,
        "xml": XMLResultParser,
        "csv": CSVResultParser,
        "tsv": TSVResultParser,
    }[fmt]
    parsed = parser().parse(io.StringIO(text) if fmt != "xml" else io.BytesIO(text.encode()))
    return {
        tuple(repr(row.get(Variable(var))) for var in ("entity", "label", "none")) for row in parsed.bindings
    }


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_format_result_writes_standard_results_that_parse_back(dataset: Dataset, fmt: str) -> None:
    result = run_query(dataset, LABELS)
    entity = URIRef(KGE + "country/pk")
    expected = {
        (repr(entity), repr(Literal("巴基斯坦", lang="zh")), "None"),
        (repr(entity), repr(Literal("Pakistan", lang="en")), "None"),
    }
    assert parse_back(fmt, format_result(result, fmt)) == expected


def test_format_result_csv_writes_plain_values(dataset: Dataset) -> None:
    text = format_result(run_query(dataset, LABELS + " ORDER BY ?label"), "csv")
    assert text.startswith("entity,label,none\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1:] == [[KGE + "country/pk", "Pakistan", ""], [KGE + "country/pk", "巴基斯坦", ""]]


def test_format_result_json_is_the_w3c_format(dataset: Dataset) -> None:
    document = json.loads(format_result(run_query(dataset, LABELS + " ORDER BY ?label"), "json"))
    assert document["head"]["vars"] == ["entity", "label", "none"]
    assert document["results"]["bindings"][1] == {
        "entity": {"type": "uri", "value": KGE + "country/pk"},
        "label": {"type": "literal", "value": "巴基斯坦", "xml:lang": "zh"},
    }


@pytest.mark.parametrize(
    ("fmt", "expected"), [("json", '"boolean": true'), ("xml", "<boolean>true</boolean>")]
)
def test_format_result_writes_ask_answers(dataset: Dataset, fmt: str, expected: str) -> None:
    assert expected in format_result(run_query(dataset, "ASK { ?x rdfs:label '马赛'@zh }"), fmt)


@pytest.mark.parametrize("fmt", sorted(GRAPH_FORMATS))
def test_format_result_writes_graphs_that_parse_back(dataset: Dataset, fmt: str) -> None:
    text = "CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s rdfs:label ?o . FILTER(LANG(?o) = 'zh') }"
    result = run_query(dataset, text)
    graph = Graph().parse(
        data=format_result(result, fmt), format={"jsonld": "json-ld", "ntriples": "nt"}.get(fmt, fmt)
    )
    assert set(graph) == set(result.graph or ())
    assert (URIRef(KGE + "project/中巴跨境光缆"), None, Literal("中巴跨境光缆", lang="zh")) in graph


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "turtle", "choose a results format"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "csv", "choose a graph format"),
    ],
)
def test_format_result_rejects_a_format_of_the_other_kind(
    dataset: Dataset, text: str, fmt: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        format_result(run_query(dataset, text), fmt)


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (URIRef(KGE + "project/中巴跨境光缆"), "kge:project/中巴跨境光缆"),
        (URIRef("https://w3id.org/kg-dsr/ontology#connects"), "kgo:connects"),
        (URIRef("http://example.org/elsewhere"), "http://example.org/elsewhere"),
        (Literal("巴基斯坦", lang="zh"), "巴基斯坦"),
        (None, ""),
    ],
)
def test_compact_shortens_iris_with_known_prefixes(term: URIRef | Literal | None, expected: str) -> None:
    assert compact(term) == expected


# --------------------------------------------------------------------------- kg query


def kg(*args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("country", "expected"), [("巴基斯坦", "中巴跨境光缆"), ("Pakistan", "PEACE cable")])
def test_kg_query_answers_a_saved_question(built: Path, country: str, expected: str) -> None:
    code, out, _ = kg(
        "query", str(built), "--saved", "which_projects_connect_country", "--param", f"country={country}"
    )
    assert code == 0
    assert "Which projects connect a given country?" in out
    assert expected in out and "2 rows" in out


def test_kg_query_writes_csv(built: Path) -> None:
    text = f"SELECT ?label WHERE {{ <{KGE}place/marseille> rdfs:label ?label }} ORDER BY ?label"
    code, out, _ = kg("query", str(built), text, "--format", "csv")
    assert code == 0
    assert out.splitlines() == ["label", "Marseille", "马赛"]


def test_kg_query_reads_a_query_file_with_parameters(built: Path, tmp_path: Path) -> None:
    question = tmp_path / "question.rq"
    text = "SELECT DISTINCT ?project ?name WHERE { ?project rdfs:label ?label . FILTER(STR(?label) = ?name) }"
    question.write_text(text, encoding="utf-8")
    code, out, _ = kg("query", str(built), "-f", str(question), "-p", "name=和平海缆", "--format", "tsv")
    assert code == 0
    assert out.splitlines()[1] == f'<{KGE}peace>\t"和平海缆"'


def test_kg_query_lists_the_saved_questions() -> None:
    code, out, _ = kg("query", "--list")
    assert code == 0
    for name in saved_queries():
        assert name in out
    assert "country (required)" in out


def test_kg_query_reports_a_syntax_error_in_a_file(built: Path, tmp_path: Path) -> None:
    question = tmp_path / "broken.rq"
    question.write_text("SELECT ?x WHERE {\n  ?x rdfs:label\n}\n", encoding="utf-8")
    code, _, err = kg("query", str(built), "-f", str(question))
    assert code == 1
    unwrapped = err.replace("\n", "")  # the error console wraps long lines at its width
    assert "broken.rq" in unwrapped and "line 2, column 3" in unwrapped


@pytest.mark.parametrize(
    "args",
    [
        ["query"],
        ["query", "OUT"],
        ["query", "OUT", "ASK {}", "--saved", "timeline_of_project"],
        ["query", "OUT", "ASK {}", "--param", "no-equals-sign"],
    ],
)
def test_kg_query_usage_errors_exit_2(built: Path, args: list[str]) -> None:
    code, _, _ = kg(*[str(built) if arg == "OUT" else arg for arg in args])
    assert code == 2


def test_kg_query_on_a_missing_output_says_to_build(tmp_path: Path) -> None:
    code, _, err = kg("query", str(tmp_path / "nowhere"), "ASK {}")
    assert code == 1
    assert "kg build" in err
