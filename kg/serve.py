"""``kg serve OUT``: a read-only W3C SPARQL 1.1 Protocol endpoint over a build, and its HTML view.

    GET  /sparql?query=…                       (results negotiated with the Accept header)
    POST /sparql   application/x-www-form-urlencoded  query=…
    POST /sparql   application/sparql-query           the query as the body
    GET  /sparql                               the service description (Turtle)
    GET  /                                     OUT/graph.html, and the files beside it

SELECT and ASK answer in SPARQL JSON (the default), XML, CSV or TSV; CONSTRUCT and DESCRIBE in
Turtle (the default), JSON-LD or N-Triples: chosen by the ``Accept`` header, or by a
``format=json|xml|csv|tsv|turtle|jsonld|ntriples`` parameter for a browser's address bar. An
update (the ``update`` parameter, ``application/sparql-update``, or INSERT/DELETE/… as the
query) gets 403. A query that runs past the time limit gets 503: it ran in a worker process,
which is killed and replaced. Results beyond the row limit are cut, with the header
``X-KG-Truncated: true``.

Why Starlette and uvicorn: the endpoint is a handful of routes, content negotiation and static
files; Starlette gives exactly these (routing, ``Request``/``Response``, ``StaticFiles``,
lifespan) with no framework to learn, and uvicorn is the standard ASGI server to run it. The
timeout needs no framework at all: pyoxigraph cannot interrupt a query, so queries run in a
small pool of worker processes that each open the store read-only, and a runaway is stopped by
killing its process.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import anyio
from anyio import to_thread
from rdflib import Dataset
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KGError, QueryError
from kg.sparql import GRAPH_FORMATS, RESULT_FORMATS, format_result, is_update, run_query
from kg.store import STORE_DIR, load, store_path

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_LIMIT = 10_000
DEFAULT_WORKERS = 2
_STARTUP_SECONDS = 120.0
_TEXT = "text/plain; charset=utf-8"

RESULT_MEDIA_TYPES: dict[str, str] = {
    **{media: fmt for fmt, media in RESULT_FORMATS.items()},
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_MEDIA_TYPES: dict[str, str] = {
    **{media: fmt for fmt, media in GRAPH_FORMATS.items()},
    "application/x-turtle": "turtle",
    "application/json": "jsonld",
    "text/plain": "ntriples",
}

SERVICE_DESCRIPTION = """\
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix formats: <http://www.w3.org/ns/formats/> .

[] a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
        formats:SPARQL_Results_TSV, formats:Turtle, formats:JSON-LD, formats:N-Triples ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


@dataclass(frozen=True)
class Answer:
    """An HTTP answer built in a worker process (picklable, so it can cross the pipe)."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, _TEXT, (message.rstrip("\n") + "\n").encode("utf-8"))

    def response(self) -> Response:
        return Response(self.body, status_code=self.status, media_type=self.media_type, headers=self.headers)


# --------------------------------------------------------------------------- content negotiation


def accepted(header: str | None) -> list[str]:
    """The media types of an ``Accept`` header, most wanted first (q=0 dropped, ties in order)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "*/*").split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                with contextlib.suppress(ValueError):
                    quality = float(value)
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(header: str | None, *, graph: bool, override: str | None = None) -> tuple[str, str] | None:
    """The format and media type to answer with, or None when nothing acceptable is on offer.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False)
    ('xml', 'application/sparql-results+xml')
    >>> negotiate("text/html, */*;q=0.8", graph=True)
    ('turtle', 'text/turtle')
    """
    formats = GRAPH_FORMATS if graph else RESULT_FORMATS
    if override:
        return (override, formats[override]) if override in formats else None
    table = GRAPH_MEDIA_TYPES if graph else RESULT_MEDIA_TYPES
    default = next(iter(formats))
    for media in accepted(header):
        if media in table:
            fmt = table[media]
            return fmt, formats[fmt]
        if media in ("*/*", "application/*", "text/*"):
            fmt = default if media != "text/*" else ("turtle" if graph else "csv")
            return fmt, formats[fmt]
    return None


def answer_query(
    dataset: Dataset, text: str, accept: str | None, override: str | None, limit: int | None
) -> Answer:
    """Run ``text`` and write its answer in the negotiated format (what a worker does per request)."""
    try:
        result = run_query(dataset, text, limit=limit)
    except QueryError as error:
        return Answer.text(400, str(error))
    choice = negotiate(accept, graph=result.graph is not None, override=override)
    if choice is None:
        offered = ", ".join((GRAPH_FORMATS if result.graph is not None else RESULT_FORMATS).values())
        message = f"no accepted media type ({accept}) is on offer for a {result.kind} query; try: {offered}"
        return Answer.text(406, message)
    fmt, media = choice
    headers = {"X-KG-Truncated": "true"} if result.truncated else {}
    charset = "" if fmt in ("json", "jsonld") else "; charset=utf-8"
    return Answer(200, media + charset, format_result(result, fmt).encode("utf-8"), headers)


# --------------------------------------------------------------------------- worker processes


class _OpenedStore:
    """The store of OUT in a worker, reopened when a new build has swapped it in."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.identity = (-1, -1)
        self._dataset: Any = None

    def dataset(self) -> Any:
        status = store_path(self.out).stat()
        identity = (status.st_dev, status.st_ino)
        if identity != self.identity:
            self._dataset = load(self.out)
            self.identity = identity
        return self._dataset


def _worker_main(conn: Connection, out: str, limit: int | None) -> None:
    """A worker: open the store, say ready, then answer requests until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops us
    try:
        opened = _OpenedStore(Path(out))
        opened.dataset()
    except KGError as error:
        conn.send(Answer.text(500, f"the query worker cannot open {out}: {error}"))
        return
    conn.send("ready")
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        text, accept, override = request
        try:
            answer = answer_query(opened.dataset(), text, accept, override, limit)
        except KGError as error:
            answer = Answer.text(500, str(error))
        conn.send(answer)


class _Worker:
    def __init__(self, context: Any, out: Path, limit: int | None) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, str(out), limit), name="kg-sparql-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def ask(self, request: tuple[str, str | None, str | None], timeout: float) -> Answer | None:
        """The answer, or None when ``timeout`` passed first (blocking: run it in a thread)."""
        if not self.ready:
            if not self.conn.poll(_STARTUP_SECONDS):
                return Answer.text(500, "the query worker did not start; see the server log")
            hello = self.conn.recv()
            if isinstance(hello, Answer):
                return hello
            self.ready = True
        self.conn.send(request)
        if not self.conn.poll(timeout):
            return None
        answer = self.conn.recv()
        assert isinstance(answer, Answer)
        return answer

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError, EOFError):
                self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class QueryWorkers:
    """A pool of worker processes that answer queries; a query past its time is killed with its worker."""

    def __init__(self, out: Path, *, size: int = DEFAULT_WORKERS, timeout: float, limit: int | None) -> None:
        self.out = out
        self.size = max(1, size)
        self.timeout = timeout
        self.limit = limit
        self._context = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._available = anyio.Semaphore(self.size)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.out, self.limit)
        self._all.add(worker)
        return worker

    def start(self) -> None:
        self._idle = [self._spawn() for _ in range(self.size)]

    def close(self) -> None:
        for worker in list(self._all):
            worker.stop(kill=False)
        self._all.clear()
        self._idle.clear()

    async def run(self, text: str, accept: str | None, override: str | None) -> Answer:
        async with self._available:
            worker = self._idle.pop()
            try:
                answer = await to_thread.run_sync(worker.ask, (text, accept, override), self.timeout)
            except (EOFError, OSError) as error:
                log.warning("a query worker died (%s); starting a new one", error)
                answer = Answer.text(
                    500, "the query worker died while answering; try again or narrow the query"
                )
                worker = self._replace(worker)
            if answer is None:
                log.warning("query stopped after %g s (the time limit): %.200s", self.timeout, text)
                worker = self._replace(worker)
                answer = Answer.text(
                    503,
                    f"the query ran past the time limit of {self.timeout:g} s and was stopped; narrow it "
                    "(more specific patterns, a LIMIT) or restart kg serve with a larger --timeout",
                )
            self._idle.append(worker)
            return answer

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        self._all.discard(worker)
        return self._spawn()


# --------------------------------------------------------------------------- the application


def create_app(
    out: Path | str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int | None = DEFAULT_LIMIT,
    workers: int = DEFAULT_WORKERS,
) -> Starlette:
    """The ASGI application serving the build in ``out`` (its store must exist: ``OutputError`` else)."""
    folder = Path(out).resolve()
    store_path(folder)
    pool = QueryWorkers(folder, size=workers, timeout=timeout, limit=limit)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    async def sparql(request: Request) -> Response:
        parsed = await _protocol_request(request)
        if isinstance(parsed, Answer):
            return parsed.response()
        text, override = parsed
        if text is None:
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
        if is_update(text):
            return _read_only().response()
        if override is not None and override not in RESULT_FORMATS and override not in GRAPH_FORMATS:
            known = ", ".join([*RESULT_FORMATS, *GRAPH_FORMATS])
            return Answer.text(400, f"unknown format {override!r}; use one of {known}").response()
        answer = await pool.run(text, request.headers.get("accept"), override)
        return answer.response()

    async def home(request: Request) -> Response:
        page = folder / "graph.html"
        if not page.is_file():
            return PlainTextResponse(
                f"no graph.html in {folder}: write it with `kg build` (without --no-html) or `kg view`; "
                "the SPARQL endpoint is at /sparql",
                status_code=404,
            )
        return FileResponse(page, media_type="text/html; charset=utf-8")

    async def hidden(request: Request) -> Response:
        return PlainTextResponse("not served: the store is read through /sparql", status_code=404)

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", home),
        Route(f"/{STORE_DIR}", hidden),
        Route(f"/{STORE_DIR}/{{rest:path}}", hidden),
        Mount("/", StaticFiles(directory=folder), name="files"),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


def _read_only() -> Answer:
    return Answer.text(
        403,
        "this endpoint is read-only: SPARQL Update is refused; change the documents and run `kg build` again",
    )


async def _protocol_request(request: Request) -> tuple[str | None, str | None] | Answer:
    """The query text and format override of a SPARQL Protocol request, or an error answer."""
    params: Mapping[str, list[str]] = {key: request.query_params.getlist(key) for key in request.query_params}
    text: str | None = None
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            body = (await request.body()).decode("utf-8")
        except UnicodeDecodeError:
            return Answer.text(400, "the request body is not UTF-8 text")
        if media == "application/sparql-update":
            return _read_only()
        if media == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body, keep_blank_values=True)}
        elif media == "application/sparql-query":
            text = body
        else:
            return Answer.text(
                415,
                f"unsupported content type {media or '(none)'!r}: POST a query as "
                "application/sparql-query or as the query= field of application/x-www-form-urlencoded",
            )
    if "update" in params:
        return _read_only()
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in params:
            return Answer.text(
                400,
                f"{name} is not supported: the default graph is the union of every document's graph; "
                "use GRAPH <document IRI> { … } in the query to read one",
            )
    queries = params.get("query", [])
    if len(queries) > 1 or (queries and text is not None):
        return Answer.text(400, "give exactly one query")
    if queries:
        text = queries[0]
    overrides = params.get("format", [])
    return text, overrides[0] if overrides else None


def serve(
    out: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    timeout: float = DEFAULT_TIMEOUT,
    limit: int | None = DEFAULT_LIMIT,
    workers: int = DEFAULT_WORKERS,
) -> None:
    """Serve ``out`` until interrupted (Ctrl-C)."""
    import uvicorn

    app = create_app(out, timeout=timeout, limit=limit, workers=workers)
    log.info("serving %s at http://%s:%d/ (pid %d)", out, host, port, os.getpid())
    uvicorn.run(app, host=host, port=port, log_level="warning")
