"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The curated lexicon (seeds/lexicon and the generated country and place entries), loaded once.

    The names learned from the annotated sets are left out: many of these tests' sentences come
    from those sets, and the rules are tested on what they read themselves.
    """
    return load_lexicon(learned=False)


@pytest.fixture(scope="session")
def build_lexicon() -> Lexicon:
    """The lexicon a build reads: the curated one and the names learned from the annotated sets."""
    return load_lexicon()
