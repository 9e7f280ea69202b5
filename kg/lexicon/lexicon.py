"""The lexicon: entries by id, and one Aho–Corasick automaton over every name of every entry.

Matching rules (what ``Lexicon.scan`` guarantees):

- one pass of the automaton over a length-preserving folded copy of the text (lower case,
  narrow, dash-unified), so offsets index the original text; the automaton is Rust's
  ``aho-corasick`` DFA (through ``ahocorasick_rs``), which hands back every match of a text in
  one call, and it is built when the lexicon first scans (it is not pickled with the lexicon);
- ALL-CAPS and mixed-case words of a name match with their case ("SCO" not "sco", "EASSy"),
  a one-word capitalised name needs its capital ("Orange", not "orange"), other names match
  whatever their case ("big data", "Big Data");
- Latin names match whole words only ("US" not inside "USB", no "Orange" in "Oranges"), and a
  short all-caps name is no name before "$" ("US$2 trillion") or after a number ("5 GB").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from kg.lexicon.entry import ORIGINS, LexiconEntry, LexiconHit
from kg.lexicon.folding import LATIN_WORD_CHARS as _LATIN_WORD_CHARS
from kg.lexicon.folding import fold, is_latin_word_char, narrow

# Parts of a name whose case is checked one by one: words, and the pieces of a hyphenated
# word (China-Pakistan is two capitalised words, SEA-ME-WE three acronyms).
_PART = re.compile(r"[^\s-]+")
_DIGIT_BEFORE = re.compile(r"\d\s?$")

if TYPE_CHECKING:
    import ahocorasick_rs


class _Key(NamedTuple):
    """A folded name in the automaton: its variants, and what a hit of it must be checked for.

    ``plain_ids`` is set when no check applies (one variant, no case rule, no Latin letter at
    either end): a hit of the key is then a hit of these entries, with no more work.
    """

    length: int
    variants: tuple[_Variant, ...]
    latin_start: bool
    latin_end: bool
    plain_ids: tuple[str, ...] | None


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
        self._keys: list[str] = []
        self._key_info: list[_Key] = []
        self._names: dict[str, tuple[str, ...]] = {}
        for key, variants in by_key.items():
            built = []
            for name, ids in variants.items():
                written = narrow(name)
                strict, capital, short_caps = _case_rules(written)
                built.append(_Variant(written, strict, capital, short_caps, tuple(ids)))
            latin_start, latin_end = is_latin_word_char(key[0]), is_latin_word_char(key[-1])
            checked = latin_start or latin_end or len(built) > 1
            checked = checked or any(v.strict or v.capital or v.short_caps for v in built)
            plain_ids = None if checked else built[0].entry_ids
            self._keys.append(key)
            self._key_info.append(_Key(len(key), tuple(built), latin_start, latin_end, plain_ids))
            ids_of_key = (entry_id for variant in built for entry_id in variant.entry_ids)
            self._names[key] = tuple(dict.fromkeys(ids_of_key))
        self._matcher: ahocorasick_rs.AhoCorasick | None = None
        compounds: dict[str, list[LexiconEntry]] = {}
        for entry in self._entries.values():
            for char in entry.compound_zh:
                compounds.setdefault(char, []).append(entry)
        self._compounds = {char: tuple(found) for char, found in compounds.items()}
        self._compound_chars = frozenset(self._compounds)

    def __getstate__(self) -> dict[str, object]:
        # The Rust automaton cannot be pickled; it is rebuilt from the keys on first use.
        state = dict(self.__dict__)
        state["_matcher"] = None
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def _automaton(self) -> ahocorasick_rs.AhoCorasick:
        if self._matcher is None:
            import ahocorasick_rs

            standard = ahocorasick_rs.MatchKind.Standard
            self._matcher = ahocorasick_rs.AhoCorasick(self._keys, matchkind=standard)
        return self._matcher

    def entry(self, entry_id: str) -> LexiconEntry:
        """The entry with this id; ``KeyError`` if there is none."""
        return self._entries[entry_id]

    def get(self, entry_id: str) -> LexiconEntry | None:
        return self._entries.get(entry_id)

    def names_a_scope(self, entry_id: str | None) -> bool:
        """Whether ``entry_id`` is a region the news names only as a reach (亚太地区, "the
        Asia-Pacific region", kind ``scope``): read to mark where names end, never an entity."""
        entry = self._entries.get(entry_id) if entry_id is not None else None
        return entry is not None and entry.kind == "scope"

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
        if not self._keys:
            return
        folded = fold(text)
        narrowed: str | None = None
        info = self._key_info
        hits: list[LexiconHit] = []
        for index, start, end in self._automaton().find_matches_as_indexes(folded, overlapping=True):
            key = info[index]
            if key.plain_ids is not None:
                hits.append(LexiconHit(start, end, text[start:end], key.plain_ids))
                continue
            if (key.latin_start and start > 0 and folded[start - 1] in _LATIN_WORD_CHARS) or (
                key.latin_end and end < len(folded) and folded[end] in _LATIN_WORD_CHARS
            ):
                continue
            ids: list[str] = []
            for variant in key.variants:
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
