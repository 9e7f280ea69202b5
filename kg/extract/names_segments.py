"""Segments of a named cable or line: "the SEA-H2X Hong Kong segment", 2Africa东段海缆.

A segment is a project of its own (it is built, landed and lit on its own dates) and part of
the whole it belongs to. It is named by the whole (the host, a project the lexicon knows) and
by a place or a compass direction:

- English: "<host> <place|direction> segment", "<place|direction> segment of (the) <host>",
  and "the <place> segment" after the host was named earlier in the document;
- Chinese: <host><place|direction>段, optionally followed by 海缆 / 光缆 (2Africa东段海缆,
  亚欧海缆巴基斯坦段).

Each segment carries a canonical English name built from the host's and the place's lexicon
names ("2Africa east segment"), so the Chinese and the English mentions of one segment name
the same thing. "Its Pakistan-Egypt segment" and "the 3,200-km Mediterranean segment" only
describe a stretch of the host: no name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.lexicon import Lexicon
from kg.model import EntityClass

__all__ = ["find_segments"]

_PLACES = (EntityClass.PLACE, EntityClass.COUNTRY)
_DIRECTIONS_EN = {
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    "north": "north",
    "northern": "north",
    "south": "south",
    "southern": "south",
}
_DIRECTIONS_ZH = {
    "东": "east",
    "西": "west",
    "南": "south",
    "北": "north",
    "东南": "south-east",
    "西南": "south-west",
    "东北": "north-east",
    "西北": "north-west",
}
_DIRECTION_EN = re.compile(r" ((?i:east|eastern|west|western|north|northern|south|southern)) segment\b")
_DIRECTION_BEFORE_EN = re.compile(
    r"(?<![\w-])((?i:east|eastern|west|western|north|northern|south|southern)) segment of (?:the )?$"
)
_SEGMENT_ZH = re.compile(r"段(?:海缆|光缆|海底光缆)?")
_DIRECTION_ZH = re.compile(r"(东南|西南|东北|西北|东|西|南|北)段(?:海缆|光缆|海底光缆)?")
_CONFIDENCE = 0.9  # over a name pattern on the same span (…海缆), which knows no host


def find_segments(
    text: str,
    zh_spans: Sequence[tuple[int, int]],
    en_spans: Sequence[tuple[int, int]],
    known: Sequence[Candidate],
    lexicon: Lexicon,
) -> list[Candidate]:
    """Segments of the lexicon's projects named in ``text``; ``known`` are its lexicon candidates."""
    if "segment" not in text and "段" not in text:
        return []
    hosts = sorted((c for c in known if c.cls is EntityClass.PROJECT and c.key), key=lambda c: c.start)
    if not hosts:
        return []
    places = {c.start: c for c in known if c.cls in _PLACES and c.key}
    found: list[Candidate] = []
    if en_spans and "segment" in text:
        found += _english(text, hosts, places, lexicon)
    if zh_spans and "段" in text:
        found += _chinese(text, hosts, places, lexicon)
    return found


def _english_name(lexicon: Lexicon, key: str) -> str:
    """The shortest English name of an entry: "Hong Kong", not "Hong Kong SAR China"."""
    names = [name for lang, name in lexicon.entry(key).names() if lang == "en"]
    return min(names, key=len) if names else lexicon.entry(key).label("en")


def _host_name(text: str, host: Candidate, lexicon: Lexicon) -> str:
    assert host.key is not None
    return lexicon.entry(host.key).label("en") if host.key in lexicon else text[host.start : host.end]


def _segment(start: int, end: int, host_name: str, part: str, rule: str) -> Candidate:
    return Candidate(
        start, end, EntityClass.PROJECT, "pattern", _CONFIDENCE, rule, None, f"{host_name} {part} segment"
    )


def _english(
    text: str, hosts: Sequence[Candidate], places: dict[int, Candidate], lexicon: Lexicon
) -> list[Candidate]:
    found = []
    for host in hosts:
        name = _host_name(text, host, lexicon)
        direction = _DIRECTION_EN.match(text, host.end)
        if direction:
            part = _DIRECTIONS_EN[direction.group(1).lower()]
            found.append(_segment(host.start, direction.end(), name, part, "en-segment-after-host"))
            continue
        place = places.get(host.end + 1) if text.startswith(" ", host.end) else None
        if place is not None and place.key and text.startswith(" segment", place.end):
            part = _english_name(lexicon, place.key)
            found.append(_segment(host.start, place.end + 8, name, part, "en-segment-after-host"))
            continue
        before = text[max(0, host.start - 40) : host.start]
        direction = _DIRECTION_BEFORE_EN.search(before)
        if direction:
            start = host.start - len(before) + direction.start(1)
            part = _DIRECTIONS_EN[direction.group(1).lower()]
            found.append(
                _segment(start, start + len(direction.group(1)) + 8, name, part, "en-segment-of-host")
            )
    found += _place_segments(text, hosts, places, lexicon)
    return found


_SEGMENT_WORD = re.compile(r"(?<= )segment\b")
_OF = re.compile(r" of (?:the )?")


def _place_segments(
    text: str, hosts: Sequence[Candidate], places: dict[int, Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """ "Hong Kong segment of SEA-H2X", "the Hong Kong segment" (of the cable named before)."""
    by_end = {place.end: place for place in places.values()}
    by_start = {host.start: host for host in hosts}
    host_starts = [host.start for host in hosts]
    found = []
    for match in _SEGMENT_WORD.finditer(text):
        place = by_end.get(match.start() - 1)
        if place is None or place.key is None:
            continue
        of = _OF.match(text, match.end())
        host: Candidate | None = None
        if of is not None:
            host = by_start.get(of.end())
        elif text.endswith("the ", max(0, place.start - 4), place.start):
            index = bisect_left(host_starts, place.start) - 1
            host = hosts[index] if index >= 0 else None
        if host is None or host.end == place.start - 1:
            continue  # (the host's own "<host> <place> segment" is read above)
        part = _english_name(lexicon, place.key)
        found.append(
            _segment(place.start, match.end(), _host_name(text, host, lexicon), part, "en-segment-of-host")
        )
    return found


def _chinese(
    text: str, hosts: Sequence[Candidate], places: dict[int, Candidate], lexicon: Lexicon
) -> list[Candidate]:
    found = []
    for host in hosts:
        name = _host_name(text, host, lexicon)
        direction = _DIRECTION_ZH.match(text, host.end)
        if direction:
            found.append(
                _segment(host.start, direction.end(), name, _DIRECTIONS_ZH[direction.group(1)], "zh-segment")
            )
            continue
        place = places.get(host.end)
        if place is None or place.key is None:
            continue
        tail = _SEGMENT_ZH.match(text, place.end)
        if tail:
            found.append(
                _segment(host.start, tail.end(), name, _english_name(lexicon, place.key), "zh-segment")
            )
    return found
