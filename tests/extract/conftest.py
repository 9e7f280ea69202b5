"""Shared fixtures of the extraction tests."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    """The default lexicon (seeds/lexicon and the generated country and place entries), loaded once."""
    return load_lexicon()
