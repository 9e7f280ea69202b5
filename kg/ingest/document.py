"""One ``Document`` from a text and its metadata: the step every reader ends with.

The text is normalised (see ``normalize``); a title given apart from the body is put first,
on its own line and followed by a blank line, because titles name entities too and the
extractor must see them. The document's language is decided on the body (an English article
with a Chinese title is English) unless valid metadata names it. The id is a content hash of
the normalised text, so the same text has the same id wherever it is read from.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from kg.errors import DocumentFormatError
from kg.ingest.dates import normalize_date
from kg.ingest.language import detect_language, parse_lang
from kg.ingest.normalize import normalize_line, normalize_text
from kg.ingest.sentences import split_sentences
from kg.model import Document, Lang

ID_BYTES = 8
"""blake2b digest size: 8 bytes, 16 hex characters."""


def read_document(
    text: str,
    *,
    origin: str,
    title: str | None = None,
    source: str | None = None,
    date: str | dt.date | None = None,
    publisher: str | None = None,
    lang: Lang | str | None = None,
) -> Document:
    """Build the Document of ``text`` read from ``origin``, with its metadata.

    Raises ``DocumentFormatError`` when neither the text nor the title has any content.

    >>> doc = read_document("China and Pakistan opened the cable.", origin="x.txt", title="中巴光缆开通")
    >>> doc.text, doc.lang.value, len(doc.sentences)
    ('中巴光缆开通\\n\\nChina and Pakistan opened the cable.', 'en', 2)
    """
    body = normalize_text(text).strip()
    clean_title = normalize_line(title) if title else None
    if not body:
        if not clean_title:
            raise DocumentFormatError(f"{origin}: the document has no text; add its text or remove it")
        body = clean_title
    full_text, body_start = _with_title(clean_title, body)
    body_text = full_text[body_start:] or full_text
    doc_lang = parse_lang(lang, origin=origin) or detect_language(body_text)
    return Document(
        id=content_id(full_text),
        text=full_text,
        lang=doc_lang,
        sentences=split_sentences(full_text, fallback=doc_lang),
        origin=origin,
        title=clean_title or None,
        source=_clean_field(source),
        date=normalize_date(date, origin=origin),
        publisher=_clean_field(publisher),
    )


def content_id(text: str) -> str:
    """The stable id of a normalised text: 16 hex characters of its blake2b hash."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=ID_BYTES).hexdigest()


def _with_title(title: str | None, body: str) -> tuple[str, int]:
    """The text with the title as its own first paragraph, and where the body starts in it."""
    if not title:
        return body, 0
    if body == title:
        return body, len(body)
    if body.startswith(title) and body[len(title)] == "\n":
        rest = body[len(title) :].lstrip()
        return f"{title}\n\n{rest}", len(title) + 2
    return f"{title}\n\n{body}", len(title) + 2


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = normalize_line(str(value))
    return text or None
