"""The disk cache: stale versions are pruned, the ones in use stay."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg import cache


def _key(number: int) -> str:
    return f"{number:024x}"


def _age(path: Path, seconds_ago: int) -> None:
    stamp = path.stat().st_mtime - seconds_ago
    os.utime(path, (stamp, stamp))


@pytest.mark.parametrize("kind", ["lexicon", "lexicon-generated", "regex-relation-templates"])
def test_write_cache_keeps_only_the_most_recently_used_files_of_its_kind(tmp_path: Path, kind: str) -> None:
    other_kind = "lexicon-generated" if kind == "lexicon" else "lexicon"
    other = tmp_path / f"{other_kind}-{_key(99)}.pickle"
    unrelated = tmp_path / "notes.txt"
    other.write_bytes(b"x")
    unrelated.write_text("kept")
    written = []
    for number in range(6):
        path = tmp_path / f"{kind}-{_key(number)}.pickle"
        cache.write_cache(path, {"version": number})
        _age(path, 100 - number)  # the later a file was written, the more recent
        written.append(path)

    kept = sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(f"{kind}-0"))
    assert kept == [path.name for path in written[-cache.CACHES_KEPT :]]
    assert other.exists() and unrelated.exists()
    assert cache.read_cache(written[-1]) == {"version": 5}


def test_read_cache_marks_a_file_as_used_so_it_outlives_newer_ones(tmp_path: Path) -> None:
    old = tmp_path / f"lexicon-{_key(1)}.pickle"
    cache.write_cache(old, "in use")
    _age(old, 1000)
    assert cache.read_cache(old) == "in use"  # touched: now the most recently used
    for number in range(2, 2 + cache.CACHES_KEPT):
        newer = tmp_path / f"lexicon-{_key(number)}.pickle"
        cache.write_cache(newer, number)
        _age(newer, 500 - number)

    assert old.exists()
    assert len(list(tmp_path.glob("lexicon-*.pickle"))) == cache.CACHES_KEPT


def test_read_cache_of_a_damaged_file_is_a_miss(tmp_path: Path) -> None:
    damaged = tmp_path / f"lexicon-{_key(7)}.pickle"
    damaged.write_bytes(b"not a pickle")
    assert cache.read_cache(damaged) is None


@pytest.mark.parametrize(
    ("built_from", "other"),
    [
        (["数字丝绸之路", b"\x00\x01"], ["数字丝绸之", "路", b"\x00\x01"]),
        (["Digital Silk Road", "v1"], ["Digital Silk Road", "v2"]),
    ],
)
def test_cache_path_names_a_file_by_its_kind_and_what_it_is_built_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_from: list[bytes | str], other: list[bytes | str]
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    path = cache.cache_path("regex-test", built_from)
    assert path == cache.cache_path("regex-test", list(built_from))
    assert path != cache.cache_path("regex-test", other)  # (parts never run into each other)
    assert path.parent == tmp_path and path.name.startswith("regex-test-")
    for number in range(cache.CACHES_KEPT + 2):  # the name is one the pruning recognises
        cache.write_cache(cache.cache_path("regex-test", [str(number)]), number)
    assert len(list(tmp_path.glob("regex-test-*.pickle"))) == cache.CACHES_KEPT


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (None, "built"),  # no file
        ("上海合作组织", "上海合作组织"),  # a value of the expected type
        (["SCO"], "built"),  # a value of another type
    ],
)
def test_cached_reads_a_value_of_its_type_else_builds_and_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stored: object, expected: str
) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    path = cache.cache_path("names", ["seeds"])
    if stored is not None:
        cache.write_cache(path, stored)
    builds: list[str] = []

    def build() -> str:
        builds.append("built")
        return "built"

    assert cache.cached(path, str, build) == expected
    assert builds == ([] if expected != "built" else ["built"])
    assert cache.read_cache(path) == expected
