"""A person named again by the last part of the name: 穆斯塔法·贾巴尔 … 贾巴尔表示, "Bagdat Mussin
… Mussin proposed".

News names a foreign person in full once, then by the family name. That later name is the same
person: it takes the full name as its canonical name (so the resolver makes one node of both), and
where no rule read it as a name, each use of it in the document is a mention. A last part shared by
two people of the document names neither; an English one shorter than three letters (Ma, Li) is
too often another word or another person to be read alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.extract.names_people_en import GENERATIONS
from kg.extract.names_zh import TRANSLITERATION
from kg.model import EntityClass

__all__ = ["surname_references"]

PERSON = EntityClass.PERSON
_DOTS = re.compile(r"[·•‧・]")
_SHORTEST_ENGLISH = 3
_SHORTEST_CHINESE = 2
_CJK = re.compile(r"[\u4e00-\u9fff]")
# "Alvarez-Pallete", "O'Neill", and "al-Rubaie" with its Arabic article
_LATIN_SURNAME = re.compile(
    r"(?:(?:al|el|ad|ar|as|ash|at|az|ul)-)?[A-Z](?:['’][A-Z])?[a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)*"
)


def _last_part(name: str) -> str | None:
    """贾巴尔 of 穆斯塔法·贾巴尔, "Mussin" of "Bagdat Mussin"; None for a name in one part."""
    if _DOTS.search(name):
        last = _DOTS.split(name)[-1]
        return last if len(last) >= _SHORTEST_CHINESE and _CJK.match(last) else None
    words = [word for word in name.split() if word.lower() not in GENERATIONS]
    if len(words) < 2 or _CJK.search(name):
        return None
    last = words[-1]
    return last if len(last) >= _SHORTEST_ENGLISH and _LATIN_SURNAME.fullmatch(last) else None


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The last part is a word of its own here: not inside a longer Latin word, not the end of
    another dotted name (…·贾巴尔), not before more of a name (贾巴尔·…), not inside a longer
    transliteration (罗伊 in 罗伊斯)."""
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    if _CJK.match(text[start]):
        return not any(char and (_DOTS.match(char) or char in TRANSLITERATION) for char in (before, after))
    return not (before.isalnum() or before in "-'’" or after.isalnum() or after in "-")


def surname_references(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """``chosen`` with each person named by the last part of one full name of the document tied
    to that full name, and that part's other uses added as mentions of the person."""
    full_names: dict[str, set[str]] = {}
    for candidate in chosen:
        if candidate.cls is not PERSON:
            continue
        name = candidate.canonical or text[candidate.start : candidate.end]
        last = _last_part(name)
        if last is not None:
            full_names.setdefault(last, set()).add(name)
    surnames = {last: next(iter(names)) for last, names in full_names.items() if len(names) == 1}
    if not surnames:
        return list(chosen)
    pattern = re.compile("|".join(sorted(map(re.escape, surnames), key=len, reverse=True)))
    uses = [match.span() for match in pattern.finditer(text)]
    chosen = [candidate for candidate in chosen if not _inside_a_use(candidate, uses)]
    taken = bytearray(len(text) + 1)
    result = []
    for candidate in chosen:
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        surface = text[candidate.start : candidate.end]
        if candidate.cls is PERSON and surface in surnames and candidate.canonical is None:
            candidate = candidate._replace(canonical=surnames[surface])  # noqa: PLW2901
        result.append(candidate)
    for start, end in uses:
        if any(taken[start:end]) or not _stands_alone(text, start, end):
            continue
        taken[start:end] = b"\x01" * (end - start)
        result.append(
            Candidate(start, end, PERSON, "pattern", 0.7, "person-surname", None, surnames[text[start:end]])
        )
    return sorted(result, key=lambda c: (c.start, -c.end))


def _inside_a_use(candidate: Candidate, uses: Sequence[tuple[int, int]]) -> bool:
    """A discovered person's name that is only the end of a longer last part used there: 霍根 of
    布兰奇-霍根表示, where 保罗·布兰奇-霍根 was named before."""
    return (
        candidate.cls is PERSON
        and candidate.key is None
        and any(
            start <= candidate.start
            and candidate.end <= end
            and end - start > candidate.end - candidate.start
            for start, end in uses
        )
    )
