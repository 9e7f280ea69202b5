"""Paths → documents: files and folders in any mix, each file read by the reader of its format.

Folders are read recursively in sorted order (so a build is deterministic); inside a folder,
hidden entries, files of unsupported formats and the folder's own documentation (README,
LICENSE, CHANGELOG, e.g. ``seeds/lexicon/README.md``) are passed over; named explicitly, a
README is read like any file. Nothing here raises for bad
input: a missing path, an unsupported file named explicitly, an unreadable or undecodable file
becomes a ``Skipped`` that says where and how to fix it, and the iteration goes on.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import KGError
from kg.ingest.readers import READERS, skipped_from
from kg.model import Document, Skipped

log = logging.getLogger(__name__)

SUPPORTED = ", ".join(sorted(READERS))
FOLDER_DOCUMENTATION = ("readme", "license", "licence", "changelog")
"""Stems of files that describe a folder rather than belong to its corpus (compared in lower case)."""


def load_documents(paths: Iterable[Path | str]) -> Iterator[Document | Skipped]:
    """Every document in ``paths`` (files and folders), or a ``Skipped`` for what cannot be read."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files, unreadable = _files_in(path)
            yield from unreadable
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            if path.suffix.lower() not in READERS:
                yield Skipped(
                    str(path),
                    f"unsupported file type {path.suffix or '(no suffix)'!r}; "
                    f"convert it to one of {SUPPORTED}",
                )
                continue
            yield from _read_file(path)
        elif path.exists():
            yield Skipped(str(path), "not a regular file or folder; give a file or a folder")
        else:
            yield Skipped(str(path), "no such file or folder; check the path")


def _files_in(folder: Path) -> tuple[list[Path], list[Skipped]]:
    """The files to read under ``folder``, sorted by their path inside it, and the folders not listed."""
    found: list[Path] = []
    unreadable: list[Skipped] = []

    def skip_folder(error: OSError) -> None:
        reason = f"cannot list the folder ({error.strerror}); check its permissions"
        unreadable.append(Skipped(str(error.filename), reason))

    for root, dirs, files in os.walk(folder, onerror=skip_folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            file = Path(root, name)
            if name.startswith("."):
                log.debug("%s: hidden file passed over", file)
            elif file.stem.lower() in FOLDER_DOCUMENTATION:
                log.debug("%s: the folder's documentation, not part of the corpus, passed over", file)
            elif file.suffix.lower() not in READERS:
                log.debug("%s: unsupported file type passed over (reading %s)", file, SUPPORTED)
            else:
                found.append(file)
    return sorted(found, key=lambda file: file.relative_to(folder).parts), unreadable


def _read_file(path: Path) -> Iterator[Document | Skipped]:
    origin = str(path)
    reader = READERS[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = f"cannot read the file ({error.strerror}); check that it exists and is readable"
        yield Skipped(origin, reason)
        return
    if not data.strip():
        yield Skipped(origin, "the file is empty; add text or remove it")
        return
    try:
        yield from reader(data, origin)
    except KGError as error:
        yield skipped_from(origin, error)
