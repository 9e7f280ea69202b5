"""Compiled regular expressions kept on disk between runs.

Python's ``re`` compiles a character class that spans the CJK block one character at a time, and
the relation templates hold hundreds of such classes: compiling all of them takes 5–10 seconds, in
every process that reads news. The compiled form of a pattern (the program the regex engine runs)
is a list of integers; this module keeps the programs of a set of patterns in the disk cache
(``kg.cache``), under a key made of the Python build, the regex engine's version and the patterns'
sources, and rebuilds each pattern from its program in microseconds.

It relies on the engine's internals (``re._parser``, ``re._compiler``, ``_sre.compile``), which a
new Python may change: the engine's version is part of the key, and whenever a program cannot be
made or used the pattern is compiled as usual. The result is the same pattern either way.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import logging
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.cache import cache_path, read_cache, write_cache

__all__ = ["RegexPrograms", "load_programs"]

log = logging.getLogger(__name__)

# flags, program, number of groups, group index by name, name by group index
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def _program(source: str) -> Program:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, 0)
    code = [int(op) for op in _compiler._code(parsed, 0)]
    by_name = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in by_name.items():
        by_index[index] = name
    return (int(parsed.state.flags), code, parsed.state.groups - 1, by_name, tuple(by_index))


@dataclass(frozen=True)
class RegexPrograms:
    """The programs of a set of pattern sources; ``compile`` gives the pattern of any source."""

    programs: dict[str, Program] = field(default_factory=dict)

    def compile(self, source: str) -> re.Pattern[str]:
        program = self.programs.get(source)
        if program is not None:
            try:
                pattern: re.Pattern[str] = _sre.compile(source, *program)
                return pattern
            except (TypeError, ValueError, RuntimeError) as error:
                log.debug("the cached program of a pattern could not be used (%s); compiling it", error)
        return re.compile(source)


def load_programs(name: str, sources: Iterable[str]) -> RegexPrograms:
    """The programs of ``sources`` from the cache file of ``name``; on a miss, every source is
    compiled once (the seconds this module saves later) and the file is written."""
    ordered = sorted(set(sources))
    engine = f"{sys.version};{_sre.MAGIC};{_sre.CODESIZE};{sys.maxunicode}"
    path = cache_path(f"regex-{name}", [engine, *ordered])
    cached = read_cache(path)
    if isinstance(cached, dict) and all(source in cached for source in ordered):
        return RegexPrograms(cached)
    try:
        programs = {source: _program(source) for source in ordered}
    except (AttributeError, ImportError, TypeError, ValueError, re.error) as error:
        log.debug("this Python's regex engine gives no programs to cache (%s)", error)
        return RegexPrograms()
    write_cache(path, programs)
    return RegexPrograms(programs)
