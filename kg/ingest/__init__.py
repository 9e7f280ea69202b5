"""Ingestion: files → ``Document``s with normalised text, metadata, language and sentences.

    >>> from kg.ingest import load_documents
    >>> for item in load_documents(["seeds"]):      # doctest: +SKIP
    ...     print(item.origin)

Formats: ``.txt`` (a news digest is split into its articles), ``.md`` with YAML front matter,
``.html``/``.htm`` (main text through trafilatura), ``.jsonl`` (one document per line).
Encodings: UTF-8 (with or without BOM), UTF-16, GB18030/GBK. Whatever cannot be read is
yielded as ``Skipped(origin, reason)`` and the iteration goes on.
"""

from __future__ import annotations

from kg.ingest.document import content_id, read_document
from kg.ingest.language import detect_language
from kg.ingest.loader import load_documents
from kg.ingest.normalize import normalize_text
from kg.ingest.sentences import split_sentences

__all__ = [
    "content_id",
    "detect_language",
    "load_documents",
    "normalize_text",
    "read_document",
    "split_sentences",
]
