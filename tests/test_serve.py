"""The SPARQL 1.1 Protocol endpoint, started for real (uvicorn in a thread) and queried over HTTP."""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.results.csvresults import CSVResultParser
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser
from store_helpers import build_small, small_quads

from kg.errors import OutputError
from kg.serve import accepted, create_app, negotiate
from kg.store import default_prefixes, write_outputs

KGE = "https://w3id.org/kg-dsr/entity/"
PAKISTAN = URIRef(KGE + "country/pk")
LABELS_OF_PAKISTAN = f"SELECT ?label WHERE {{ <{PAKISTAN}> rdfs:label ?label }}"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TIMEOUT = 1.5
LIMIT = 40


@pytest.fixture(scope="module")
def served_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = build_small(tmp_path_factory.mktemp("served"))
    (out / "graph.html").write_text("<!doctype html><title>中巴跨境光缆</title>", encoding="utf-8")
    (out / "lib").mkdir()
    (out / "lib" / "view.js").write_text("console.log('offline');", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def endpoint(served_out: Path) -> Iterator[str]:
    """The base URL of a real uvicorn server over ``served_out``, on a free port, in a thread."""
    app = create_app(served_out, timeout=TIMEOUT, limit=LIMIT, workers=1)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="kg-serve-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(30)


@pytest.fixture
def client(endpoint: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=endpoint, timeout=60) as http:
        yield http


def labels_from_json(response: httpx.Response) -> set[Literal]:
    parsed = JSONResultParser().parse(io.StringIO(response.text))
    return {row[Variable("label")] for row in parsed.bindings}


EXPECTED_LABELS = {Literal("Pakistan", lang="en"), Literal("巴基斯坦", lang="zh")}


def test_endpoint_answers_get(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert labels_from_json(response) == EXPECTED_LABELS


def test_endpoint_answers_post_form(client: httpx.Client) -> None:
    response = client.post("/sparql", data={"query": LABELS_OF_PAKISTAN})
    assert response.status_code == 200
    assert labels_from_json(response) == EXPECTED_LABELS


def test_endpoint_answers_post_sparql_query(client: httpx.Client) -> None:
    response = client.post(
        "/sparql",
        content=LABELS_OF_PAKISTAN.encode("utf-8"),
        headers={"content-type": "application/sparql-query"},
    )
    assert response.status_code == 200
    assert labels_from_json(response) == EXPECTED_LABELS


@pytest.mark.parametrize(
    ("accept", "media", "parser"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", JSONResultParser),
        ("application/sparql-results+xml", "application/sparql-results+xml", XMLResultParser),
        ("text/csv", "text/csv", CSVResultParser),
        ("text/tab-separated-values", "text/tab-separated-values", TSVResultParser),
        ("text/html, application/xml;q=0.9, */*;q=0.8", "application/sparql-results+xml", XMLResultParser),
        ("text/csv;q=0.2, application/json", "application/sparql-results+json", JSONResultParser),
    ],
)
def test_endpoint_negotiates_result_formats(
    client: httpx.Client, accept: str, media: str, parser: type
) -> None:
    response = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN}, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    source = io.BytesIO(response.content) if parser is XMLResultParser else io.StringIO(response.text)
    labels = {str(row[Variable("label")]) for row in parser().parse(source).bindings}
    assert labels == {"Pakistan", "巴基斯坦"}


CONSTRUCT = f"CONSTRUCT {{ ?s rdfs:label ?o }} WHERE {{ ?s rdfs:label ?o . FILTER(?s = <{PAKISTAN}>) }}"


@pytest.mark.parametrize(
    ("accept", "media", "syntax"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("*/*", "text/turtle", "turtle"),
    ],
)
def test_endpoint_negotiates_graph_formats(
    client: httpx.Client, accept: str, media: str, syntax: str
) -> None:
    response = client.post("/sparql", data={"query": CONSTRUCT}, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    graph = Graph().parse(data=response.text, format=syntax)
    assert set(graph.objects(PAKISTAN, None)) == EXPECTED_LABELS


def test_endpoint_format_parameter_overrides_accept(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "label"


def test_endpoint_refuses_an_unacceptable_media_type(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("POST", {"content": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                  "headers": {"content-type": "application/sparql-update"}}),
        ("POST", {"data": {"update": "DELETE WHERE { ?s ?p ?o }"}}),
        ("GET", {"params": {"query": "INSERT DATA { <urn:a> <urn:b> \"中文\" }"}}),
        ("GET", {"params": {"query": "PREFIX ex: <http://example.org/>\nDROP ALL"}}),
    ],
)  # fmt: skip
def test_endpoint_refuses_updates(client: httpx.Client, method: str, kwargs: dict[str, object]) -> None:
    response = client.request(method, "/sparql", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 403
    assert "read-only" in response.text
    after = client.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> ?c }"})
    assert json.loads(after.text)["boolean"] is False


def test_endpoint_explains_a_syntax_error(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE {\n  ?x rdfs:label\n}"})
    assert response.status_code == 400
    assert "line 2, column 3" in response.text
    assert "  ?x rdfs:label" in response.text


def test_endpoint_stops_a_runaway_query_and_keeps_answering(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": RUNAWAY})
    assert response.status_code == 503
    assert f"time limit of {TIMEOUT:g} s" in response.text
    after = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN})
    assert after.status_code == 200
    assert labels_from_json(after) == EXPECTED_LABELS


def test_endpoint_cuts_results_at_the_limit(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 200
    assert len(json.loads(response.text)["results"]["bindings"]) == LIMIT
    assert response.headers["x-kg-truncated"] == "true"
    small = client.get("/sparql", params={"query": LABELS_OF_PAKISTAN})
    assert "x-kg-truncated" not in small.headers


def test_endpoint_describes_itself(client: httpx.Client, endpoint: str) -> None:
    response = client.get("/sparql")
    assert response.status_code == 200
    description = Graph().parse(data=response.text, format="turtle")
    assert (
        None,
        URIRef("http://www.w3.org/ns/sparql-service-description#endpoint"),
        URIRef(endpoint + "/sparql"),
    ) in description


@pytest.mark.parametrize(
    ("kwargs", "status", "says"),
    [
        (
            {"content": b"SELECT * {}", "headers": {"content-type": "text/plain"}},
            415,
            "unsupported content type",
        ),
        (
            {"data": {"query": "ASK {}", "default-graph-uri": "urn:g"}},
            400,
            "default-graph-uri is not supported",
        ),
        ({"data": {"query": ["ASK {}", "ASK {}"]}}, 400, "exactly one query"),
        ({"data": {"query": "ASK {}", "format": "pdf"}}, 400, "unknown format 'pdf'"),
    ],
)
def test_endpoint_rejects_malformed_requests(
    client: httpx.Client, kwargs: dict[str, object], status: int, says: str
) -> None:
    response = client.post("/sparql", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    assert says in response.text


def test_endpoint_serves_the_html_view_and_the_files_beside_it(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "中巴跨境光缆" in page.text
    assert client.get("/lib/view.js").text == "console.log('offline');"
    assert client.get("/graph.ttl").status_code == 200


@pytest.mark.parametrize("path", ["/store", "/store/CURRENT", "/../../etc/passwd"])
def test_endpoint_hides_the_store_files(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_endpoint_reads_a_rebuilt_store(tmp_path: Path) -> None:
    out = build_small(tmp_path)
    app = create_app(out, timeout=30, limit=None, workers=1)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive()
        time.sleep(0.05)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    ask = {"query": "ASK { ?p kgo:operatedBy ?o }"}
    try:
        assert httpx.get(base + "/sparql", params=ask, timeout=60).json()["boolean"] is True
        english_only = [quad for quad in small_quads() if str(quad[3]).endswith("/en1")]
        write_outputs(english_only, out, prefixes=default_prefixes())
        assert httpx.get(base + "/sparql", params=ask, timeout=60).json()["boolean"] is False
    finally:
        server.should_exit = True
        thread.join(30)


def test_create_app_without_a_store_raises_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="kg build"):
        create_app(tmp_path)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, ["*/*"]),
        ("text/csv;q=0.5, application/sparql-results+xml", ["application/sparql-results+xml", "text/csv"]),
        ("a/b;q=0, c/d", ["c/d"]),
        ("text/turtle;charset=utf-8, application/ld+json;q=0.9", ["text/turtle", "application/ld+json"]),
    ],
)
def test_accepted_orders_media_types_by_quality(header: str | None, expected: list[str]) -> None:
    assert accepted(header) == expected


@pytest.mark.parametrize(
    ("header", "graph", "override", "expected"),
    [
        (None, False, None, ("json", "application/sparql-results+json")),
        (None, True, None, ("turtle", "text/turtle")),
        ("text/*", False, None, ("csv", "text/csv")),
        ("application/json", True, None, ("jsonld", "application/ld+json")),
        ("image/png", False, None, None),
        ("image/png", False, "tsv", ("tsv", "text/tab-separated-values")),
        (None, True, "csv", None),
    ],
)
def test_negotiate_picks_a_format(
    header: str | None, graph: bool, override: str | None, expected: tuple[str, str] | None
) -> None:
    assert negotiate(header, graph=graph, override=override) == expected
