"""What a name finder proposes before the mention finder chooses: a span, a class, a source."""

from __future__ import annotations

from typing import NamedTuple

from kg.model import EntityClass

SOURCES = ("lexicon", "acronym", "pattern", "descriptor", "compound")
"""``Mention.source`` values; on the same span the earlier one wins."""


class Candidate(NamedTuple):
    """A proposed mention: offsets into the document text, its class and where it comes from.

    ``rule`` names the pattern that found it (for tests and debugging); ``key`` and
    ``canonical`` are as in ``Mention``. A named tuple, not a dataclass: a document yields
    hundreds of candidates, and a tuple is several times cheaper to make.
    """

    start: int
    end: int
    cls: EntityClass
    source: str
    confidence: float
    rule: str
    key: str | None = None
    canonical: str | None = None
