"""The lexicon: entries by id, and one Aho–Corasick automaton over every name of every entry.

Matching rules (what ``Lexicon.scan`` guarantees):

- one pass of the automaton over a length-preserving folded copy of the text (lower case,
  narrow, dash-unified), so offsets index the original text;
- ALL-CAPS and mixed-case words of a name match with their case ("SCO" not "sco", "EASSy"),
  a one-word capitalised name needs its capital ("Orange", not "orange"), other names match
  whatever their case ("big data", "Big Data");
- Latin names match whole words only ("US" not inside "USB", no "Orange" in "Oranges"), and a
  short all-caps name is no name before "$" ("US$2 trillion") or after a number ("5 GB").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import ahocorasick

from kg.lexicon.entry import ORIGINS, LexiconEntry, LexiconHit
from kg.lexicon.folding import fold, is_latin_word_char, narrow

# Parts of a name whose case is checked one by one: words, and the pieces of a hyphenated
# word (China-Pakistan is two capitalised words, SEA-ME-WE three acronyms).
_PART = re.compile(r"[^\s-]+")
_DIGIT_BEFORE = re.compile(r"\d\s?$")


class _Variant(NamedTuple):
    """One way of writing a folded key, with what the text must keep of its case."""

    name: str
    strict: tuple[tuple[int, int], ...]  # (offset, length) of words whose case must match
    capital: bool  # a one-word capitalised name: the text needs the capital letter
    short_caps: bool  # a short all-caps name (≤ 3 letters)
    entry_ids: tuple[str, ...]


def _case_rules(name: str) -> tuple[tuple[tuple[int, int], ...], bool, bool]:
    if name.lower() == name:
        return (), False, False
    if " " not in name and name[1:].lower() == name[1:]:
        return (), True, False
    strict: list[tuple[int, int]] = []
    for part in _PART.finditer(name):
        token = part.group()
        letters = [char for char in token if char.isalpha()]
        uppers = [char for char in letters if char.isupper()]
        all_caps = len(uppers) >= 2 and len(uppers) == len(letters)
        inner_capital = any(char.isupper() for char in token[1:]) and not all_caps and len(letters) > 1
        if all_caps or inner_capital:
            strict.append((part.start(), len(token)))
    words = name.split()
    capital = len(words) == 1 and name[:1].isupper() and not strict
    letters = [char for char in name if char.isalpha()]
    short_caps = bool(strict) and len(name) <= 3 and all(char.isupper() for char in letters)
    return tuple(strict), capital, short_caps


class Lexicon:
    """Entries by id, names in an Aho–Corasick automaton, and the compound characters of Chinese."""

    def __init__(self, entries: Iterable[LexiconEntry]) -> None:
        self._entries: dict[str, LexiconEntry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        rank = {origin: index for index, origin in enumerate(ORIGINS)}
        by_key: dict[str, dict[str, list[str]]] = {}
        for entry in sorted(self._entries.values(), key=lambda item: (rank.get(item.origin, 9), item.id)):
            for _, name in entry.names():
                key = fold(name)
                ids = by_key.setdefault(key, {}).setdefault(name, [])
                if entry.id not in ids:
                    ids.append(entry.id)
        self._automaton = ahocorasick.Automaton()
        self._names: dict[str, tuple[str, ...]] = {}
        for key, variants in by_key.items():
            built = []
            for name, ids in variants.items():
                written = narrow(name)
                strict, capital, short_caps = _case_rules(written)
                built.append(_Variant(written, strict, capital, short_caps, tuple(ids)))
            self._automaton.add_word(key, (len(key), tuple(built)))
            ids_of_key = (entry_id for variant in built for entry_id in variant.entry_ids)
            self._names[key] = tuple(dict.fromkeys(ids_of_key))
        if len(self._automaton):
            self._automaton.make_automaton()
        compounds: dict[str, list[LexiconEntry]] = {}
        for entry in self._entries.values():
            for char in entry.compound_zh:
                compounds.setdefault(char, []).append(entry)
        self._compounds = {char: tuple(found) for char, found in compounds.items()}
        self._compound_chars = frozenset(self._compounds)

    def entry(self, entry_id: str) -> LexiconEntry:
        """The entry with this id; ``KeyError`` if there is none."""
        return self._entries[entry_id]

    def get(self, entry_id: str) -> LexiconEntry | None:
        return self._entries.get(entry_id)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self._entries.values())

    def lookup(self, name: str) -> tuple[LexiconEntry, ...]:
        """The entries that have ``name`` (folded: case, width and dashes ignored) as a name."""
        return tuple(self._entries[entry_id] for entry_id in self._names.get(fold(name.strip()), ()))

    def by_compound_char(self, char: str) -> tuple[LexiconEntry, ...]:
        """The entries a one-character compound form stands for: 巴 → Pakistan."""
        return self._compounds.get(char, ())

    @property
    def compound_chars(self) -> frozenset[str]:
        """Every character that stands for an entry in compounds (中, 巴, 俄 …)."""
        return self._compound_chars

    def scan(self, text: str) -> Iterator[LexiconHit]:
        """Every lexicon name in ``text``, overlapping ones included, by start then longest first."""
        if not len(self._automaton):
            return
        folded = fold(text)
        narrowed: str | None = None
        hits: list[LexiconHit] = []
        for last, (length, variants) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if not self._whole_word(folded, start, end):
                continue
            ids: list[str] = []
            for variant in variants:
                if variant.strict or variant.capital:
                    if narrowed is None:
                        narrowed = narrow(text)
                    if not self._case_matches(narrowed, start, variant):
                        continue
                if variant.short_caps and self._looks_like_unit_or_currency(folded, start, end):
                    continue
                ids += [entry_id for entry_id in variant.entry_ids if entry_id not in ids]
            if ids:
                hits.append(LexiconHit(start, end, text[start:end], tuple(ids)))
        hits.sort(key=lambda hit: (hit.start, -hit.end))
        yield from hits

    @staticmethod
    def _whole_word(folded: str, start: int, end: int) -> bool:
        if is_latin_word_char(folded[start]) and start > 0 and is_latin_word_char(folded[start - 1]):
            return False
        return not (
            is_latin_word_char(folded[end - 1]) and end < len(folded) and is_latin_word_char(folded[end])
        )

    @staticmethod
    def _case_matches(narrowed: str, start: int, variant: _Variant) -> bool:
        if variant.capital and not narrowed[start].isupper():
            return False
        return all(
            narrowed[start + offset : start + offset + length] == variant.name[offset : offset + length]
            for offset, length in variant.strict
        )

    @staticmethod
    def _looks_like_unit_or_currency(folded: str, start: int, end: int) -> bool:
        return folded[end : end + 1] == "$" or bool(_DIGIT_BEFORE.search(folded[max(0, start - 2) : start]))
