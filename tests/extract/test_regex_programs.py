"""Compiled regex programs kept on disk: the same patterns as ``re.compile``, without compiling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import regex_programs
from kg.extract.regex_programs import RegexPrograms, load_programs

SOURCES = [
    r"(?P<s>⟨P\d+⟩)由(?P<o>⟨O\d+⟩)(?:承建|研制)(?:[^。；⟨⟩]|[\u4e00-\u9fff]){0,6}",
    r"(?P<s>⟨P\d+⟩)(?:\s+\w+){0,3}\s+(?:was|is)\s+built\s+by\s+(?P<o>⟨O\d+⟩)(?!\s+and)",
]
TEXTS = [
    ("zh", "⟨P1⟩由⟨O2⟩研制，设计寿命15年。"),
    ("en", "⟨P1⟩ in the south was built by ⟨O2⟩ in 2019."),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_pattern_from_its_program_is_the_pattern_re_compiles(cache: Path, lang: str, text: str) -> None:
    programs = load_programs("test", SOURCES)
    for source in SOURCES:
        rebuilt, compiled = programs.compile(source), re.compile(source)
        assert (rebuilt.pattern, rebuilt.flags, rebuilt.groups) == (
            compiled.pattern,
            compiled.flags,
            compiled.groups,
        )
        assert rebuilt.groupindex == compiled.groupindex
        found, expected = rebuilt.search(text), compiled.search(text)
        assert (found and found.groupdict(), found and found.span()) == (
            expected and expected.groupdict(),
            expected and expected.span(),
        )
    assert any(programs.compile(source).search(text) for source in SOURCES), lang


def test_the_second_load_reads_the_programs_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_programs("test", SOURCES)
    assert len(list(cache.glob("regex-test-*.pickle"))) == 1

    def not_again(source: str) -> None:
        raise AssertionError(f"compiled again: {source}")

    monkeypatch.setattr(regex_programs, "_program", not_again)
    programs = load_programs("test", reversed(SOURCES))  # (the order of the sources does not matter)
    assert set(programs.programs) == set(SOURCES)


def test_other_sources_are_cached_under_another_key(cache: Path) -> None:
    load_programs("test", SOURCES)
    load_programs("test", SOURCES[:1])
    assert len(list(cache.glob("regex-test-*.pickle"))) == 2


def test_a_program_the_engine_refuses_is_compiled_as_usual(cache: Path) -> None:
    source = SOURCES[0]
    broken = RegexPrograms({source: (0, [999999], 0, {}, ())})
    assert broken.compile(source).search(TEXTS[0][1]) is not None


def test_a_source_without_a_program_is_compiled_as_usual(cache: Path) -> None:
    assert RegexPrograms().compile(r"\d+年").search("2019年") is not None


def test_without_the_engines_internals_nothing_is_cached(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_internals(source: str) -> None:
        raise AttributeError("module 're' has no attribute '_compiler'")

    monkeypatch.setattr(regex_programs, "_program", no_internals)
    programs = load_programs("test", SOURCES)
    assert programs.programs == {}
    assert programs.compile(SOURCES[1]).search(TEXTS[1][1]) is not None
    assert not list(cache.glob("regex-test-*.pickle"))
