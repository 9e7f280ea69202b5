"""Every relation pattern of both languages compiles (they compile lazily, on first use)."""

from __future__ import annotations

import pytest

from kg.extract.relations import _patterns_for
from kg.model import Lang


@pytest.mark.parametrize("lang", [Lang.ZH, Lang.EN])
def test_every_relation_pattern_compiles_with_its_slot_groups(lang: Lang) -> None:
    patterns = _patterns_for(lang)
    assert patterns
    for pattern in patterns:
        named = {name for name in pattern.regex.groupindex}
        assert set(pattern.groups) == named, pattern.rule
        for subject, _, obj in pattern.emits:
            for group in (subject, obj):
                if ":" not in group:  # topic:, subject:, here: and all: groups are not slot groups
                    assert group in pattern.groups, f"{pattern.rule}: {group} is not a slot group"
