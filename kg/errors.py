"""The errors a user of ``kg`` can meet, and fix. Every message says what failed, where, and how to fix it.

KGError
├── InputError                 a document or file cannot be read
│   ├── DecodingError          its bytes are in no encoding we can detect
│   └── DocumentFormatError    its structure is broken (front matter, JSON line, digest)
├── LexiconError               a lexicon file is malformed
├── ExtractorError             an extractor backend is unknown or returned invalid output
├── OutputError                an output folder is missing, incomplete or not writable
├── StoreError                 the RDF store cannot be opened, written or committed
├── QueryError                 a SPARQL query is invalid or failed
│   └── QueryTimeoutError      a SPARQL query ran past its time limit
├── ValidationError            SHACL shapes or the data graph cannot be loaded
└── EvaluationError            a gold annotation file is malformed
"""

from __future__ import annotations


class KGError(Exception):
    """The root of every error ``kg`` raises on purpose."""


class InputError(KGError):
    """A document or input file cannot be read."""


class DecodingError(InputError):
    """The bytes of a file are in no encoding we can detect."""


class DocumentFormatError(InputError):
    """The structure of a document is broken: front matter, a JSON line, a digest article."""


class LexiconError(KGError):
    """A lexicon file is malformed."""


class ExtractorError(KGError):
    """An extractor backend is unknown or returned invalid output."""


class OutputError(KGError):
    """An output folder is missing, incomplete or not writable."""


class StoreError(KGError):
    """The RDF store cannot be opened, written or committed."""


class QueryError(KGError):
    """A SPARQL query is invalid or failed."""


class QueryTimeoutError(QueryError):
    """A SPARQL query ran past its time limit."""


class ValidationError(KGError):
    """The SHACL shapes or the data graph cannot be loaded."""


class EvaluationError(KGError):
    """A gold annotation file is malformed."""


class CalibrationError(KGError):
    """A calibration table is missing or malformed, or was measured on calibrated confidences."""
