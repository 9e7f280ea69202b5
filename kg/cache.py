"""The disk cache: values that take seconds to build, kept between runs under a key of what they
are built from.

The folder is ``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``. A file is named
``<kind>-<24 hex digits>.pickle``; a new version of the code or the data writes a new file under a
new key, and only the most recently used files of each kind stay (``CACHES_KEPT``), so that the
folder does not grow with every edit. A file that cannot be read or written is a miss, never an
error: the value is built again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["CACHES_KEPT", "cache_dir", "cache_path", "cached", "read_cache", "write_cache"]

log = logging.getLogger(__name__)

CACHES_KEPT = 3
"""Cache files kept per kind: other checkouts of kg that share the folder at most rebuild theirs."""
_CACHE_NAME = re.compile(r"(?P<kind>[a-z][a-z-]*)-[0-9a-f]{24}\.pickle")

T = TypeVar("T")


def cache_dir() -> Path:
    override = os.environ.get("KG_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "kg"


def cache_path(kind: str, built_from: Iterable[bytes | str]) -> Path:
    """The cache file of ``kind`` for a value built from ``built_from`` (versions, file contents,
    sources): any change of one of them gives another file."""
    digest = hashlib.blake2b(digest_size=12)
    for part in built_from:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))  # (so that parts never run into each other)
        digest.update(data)
    return cache_dir() / f"{kind}-{digest.hexdigest()}.pickle"


def read_cache(path: Path) -> object | None:
    """The value cached in ``path``, or None when there is none or it cannot be read."""
    collecting = gc.isenabled()
    # Unpickling the lexicon makes some 300,000 container objects, none of them garbage: with the
    # collector on, six full collections ran during the load and took half of its second.
    gc.disable()
    try:
        with path.open("rb") as cached:
            value: object = pickle.load(cached)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError, ValueError):
        return None
    finally:
        if collecting:
            gc.enable()
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: the last to be pruned
    return value


def cached(path: Path, expected: type[T], build: Callable[[], T]) -> T:
    """The value of type ``expected`` cached in ``path``; on a miss (no file, an unreadable one or
    another type), ``build()``, written there for the next process."""
    value = read_cache(path)
    if isinstance(value, expected):
        return value
    built = build()
    write_cache(path, built)
    return built


def write_cache(path: Path, value: object) -> None:
    """Cache ``value`` in ``path`` (atomically: a reader never sees half a file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError as error:
        log.debug("could not write the cache file %s: %s", path, error)
        return
    _prune_cache(path)


def _prune_cache(written: Path) -> None:
    """Remove the least recently used cache files of ``written``'s kind beyond ``CACHES_KEPT``."""
    kind = _CACHE_NAME.fullmatch(written.name)
    if kind is None:
        return
    siblings = []
    for path in written.parent.iterdir():
        match = _CACHE_NAME.fullmatch(path.name)
        if match is not None and match["kind"] == kind["kind"] and path != written:
            with contextlib.suppress(OSError):
                siblings.append((path.stat().st_mtime, path))
    for _, path in sorted(siblings, reverse=True)[CACHES_KEPT - 1 :]:
        try:
            path.unlink()
        except OSError as error:
            log.debug("could not remove the stale cache file %s: %s", path, error)
