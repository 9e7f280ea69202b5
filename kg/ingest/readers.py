"""One reader per file format: the bytes of one file → its documents, or why a part was skipped.

A reader yields ``Document``s and, for a part that cannot be read (a JSON line, a digest
article), ``Skipped`` with the part's origin (``path:LINE``, ``path#N``); a problem with the
whole file is raised as an ``InputError`` and reported by the loader.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kg.errors import DocumentFormatError, KGError
from kg.ingest.digest import split_digest
from kg.ingest.document import read_document
from kg.ingest.encoding import decode_bytes
from kg.ingest.markdown import parse_markdown
from kg.ingest.normalize import unify_line_ends
from kg.ingest.webpage import declared_charset, extract_web_page
from kg.model import Document, Skipped

log = logging.getLogger(__name__)

Reader = Callable[[bytes, str], Iterator[Document | Skipped]]
"""``reader(data, origin)``: the documents of one file's bytes."""

METADATA_FIELDS = ("title", "source", "date", "language", "publisher")
_LINE_PREFIX = re.compile(r"(:\d+)?: ")


def read_text(data: bytes, origin: str) -> Iterator[Document | Skipped]:
    """A ``.txt`` file: one document, or one per article when it is a news digest."""
    text = unify_line_ends(decode_bytes(data, origin=origin))
    articles = split_digest(text, origin=origin)
    if articles is None:
        yield read_document(text, origin=origin)
        return
    for article in articles:
        article_origin = f"{origin}#{article.number}"
        if not article.body:
            yield Skipped(
                article_origin,
                f"article {article.title!r} (line {article.line}) has no text after its publisher "
                "line; add its body or remove its title and publisher lines",
            )
            continue
        header = {"title": article.title, "publisher": article.publisher, "date": article.date}
        yield _read_part(article_origin, f"{article.byline}\n\n{article.body}", header)


def read_markdown(data: bytes, origin: str) -> Iterator[Document | Skipped]:
    """A ``.md`` file: YAML front matter (title, source, date, language, publisher), then the body."""
    text = unify_line_ends(decode_bytes(data, origin=origin))
    parsed = parse_markdown(text, origin=origin)
    metadata = _known_fields(parsed.metadata, origin)
    if metadata.get("title") is None and parsed.heading:
        metadata["title"] = parsed.heading
    yield read_document(parsed.body, origin=origin, **_document_fields(metadata))


def read_html(data: bytes, origin: str) -> Iterator[Document | Skipped]:
    """An ``.html`` page: its main text, with title, date, URL and site name from its metadata."""
    html = decode_bytes(data, origin=origin, declared=declared_charset(data))
    page = extract_web_page(html, origin=origin)
    yield read_document(
        page.text,
        origin=origin,
        title=page.title,
        source=page.source,
        date=page.date,
        publisher=page.publisher,
        lang=page.language,
    )


def read_jsonl(data: bytes, origin: str) -> Iterator[Document | Skipped]:
    """A ``.jsonl`` file: one document per line, ``{"text": …}`` with optional metadata fields."""
    text = unify_line_ends(decode_bytes(data, origin=origin))
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(
                line_origin,
                f"invalid JSON ({error.msg} at column {error.colno}); fix the line or remove it",
            )
            continue
        except RecursionError:
            yield Skipped(line_origin, "the JSON is nested too deeply to read; flatten the record")
            continue
        if not isinstance(record, dict):
            yield Skipped(
                line_origin,
                f"the line is a JSON {type(record).__name__}, not an object; "
                'write each line as {"text": "…", "title": "…"}',
            )
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skipped(
                line_origin,
                'the object has no "text" string; add the document text as "text"',
            )
            continue
        yield _read_part(line_origin, body, record)


def _read_part(origin: str, body: str, record: Mapping[str, Any]) -> Document | Skipped:
    """One document of a many-document file; a failure skips this part only."""
    try:
        metadata = _known_fields(record, origin, ignore=("text",))
        return read_document(body, origin=origin, **_document_fields(metadata))
    except KGError as error:
        return skipped_from(origin, error)


def skipped_from(origin: str, error: KGError) -> Skipped:
    """The Skipped for ``error``; a message that starts with ``origin`` (and ``:LINE``) gives its place."""
    message = str(error)
    if message.startswith(origin):
        prefix = _LINE_PREFIX.match(message, len(origin))
        if prefix:
            return Skipped(origin + (prefix.group(1) or ""), message[prefix.end() :])
    return Skipped(origin, message)


def _known_fields(record: Mapping[str, Any], origin: str, ignore: tuple[str, ...] = ()) -> dict[str, Any]:
    unknown = sorted(set(record) - set(METADATA_FIELDS) - set(ignore))
    if unknown:
        log.debug("%s: ignored metadata fields %s", origin, ", ".join(unknown))
    fields = {name: record[name] for name in METADATA_FIELDS if record.get(name) not in (None, "")}
    for name in ("title", "source", "publisher"):
        value = fields.get(name)
        if value is not None and not isinstance(value, str | int | float):
            raise DocumentFormatError(
                f"{origin}: {name} is a {type(value).__name__}, not text; write it as a string"
            )
    return fields


def _document_fields(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Metadata under the names of ``read_document``'s parameters."""
    fields = {name: metadata.get(name) for name in ("source", "date", "publisher")}
    title = metadata.get("title")
    fields["title"] = None if title is None else str(title)
    fields["lang"] = metadata.get("language")
    return fields


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
}
"""File suffix (lower case) → reader."""
