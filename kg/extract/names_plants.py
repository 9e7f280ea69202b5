"""The document's own plant, described and not named: "its fibre optic cable plant in Egypt",
"the existing factory", "The plant", 光纤光缆工厂, 该合资工厂, 该厂, 新工厂, "a Samsung mobile phone
manufacturing facility"; its research centre ("its research and development centre", 其新建的
研发中心); and its data centre pointed back to: "its second data centre", "its first European data
centre", "the data centre", 该数据中心, "the new facility".

A report on a factory (Hengtong's and FiberHome's cable plants in Egypt) names it by its kind
and points back to it; the description is the project the report's investments, capacities
and dates are about. Only a factory of cables or fibre, a joint venture's, a new one, one said by
what it makes after its company's name or a pointer, or one pointed back to ("the plant", 该厂) is
read: "a power plant" is some plant, "an industrial-scale vaccine manufacturing facility" in a
list of projects is some facility, and "plants" are many. A data centre is the document's only
when pointed back to (a bare 数据中心 is the technology).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["describes_a_plant", "find_own_plants", "own_facility"]

_EN_CABLE_KIND = r"(?:fib(?:re|er)[- ]optic(?:\s+cable)?|optical\s+fib(?:re|er)(?:\s+cable)?|cable)\s+"
# what a facility makes, before its kind: "mobile phone manufacturing facility", "PC and server
# manufacturing facility", "world-class manufacturing hub"
_EN_MADE = (
    r"(?:(?!(?:an?|the|for|to|of|in|on|with|by|at|its|their|from|as)\s)(?:[a-z][a-z-]*|[A-Z]{2,})\s+(?:and\s+)?){0,4}?"
    r"(?:manufacturing|assembly|production)\s+(?:facility|plant|hub|base|site)"
)
_EN_RESEARCH = r"(?:new\s+)?(?:research\s+and\s+development|R&D)\s+cent(?:re|er)"
_ZH_CABLE_KIND = r"光纤光缆|光缆|光纤|电缆"
_EN_PLANT = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+"
    rf"(?P<plant>(?:(?:existing|new|joint[- ]venture)\s+)?(?:{_EN_CABLE_KIND})?(?:plant|factory))"
    # (a plant introduced with "a" is the document's when its kind is said: "a fibre optic cable factory")
    rf"|[Aa]n?\s+(?P<kind>(?:new\s+)?{_EN_CABLE_KIND}(?:plant|factory)))\b(?![-'’]|s\b)"
)
# a facility said by what it makes, or a research centre, after the company that opens it ("a
# Samsung Electronics mobile phone manufacturing facility", "its research and development centre")
# (after "a", only with the company's name before it: "an industrial-scale vaccine manufacturing
# facility" in a list of projects is some facility, not the report's)
_EN_FACILITY = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:(?:[A-Z][\w&.-]*|of)\s+){0,4}?|[Aa]n?\s+(?:[A-Z][\w&.-]*\s+){1,4}?)"
    rf"(?:(?P<made>{_EN_MADE})|(?P<research>{_EN_RESEARCH}))\b(?![-'’]|s\b)"
)
_ZH_PLANT = re.compile(
    rf"(?P<kind>(?:{_ZH_CABLE_KIND}|合资)工厂)|(?P<new>新工厂|新厂(?![长房区商家]))"
    r"|(?P<back>[该此这](?:合资)?(?:工厂|厂))(?![长房区商家])"
)
# ("its first European data centre", "a new regional data centre": what the centre is of the company's)
_EN_CENTRE_ORDER = r"(?:(?:first|new|second|third|regional|[A-Z][a-z]+an)\s+){0,2}"
_EN_DATA_CENTRE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+"
    rf"(?P<centre>{_EN_CENTRE_ORDER}data\s+cent(?:re|er)|new\s+facility)\b(?![-'’]|s\b)"
)
_ZH_DATA_CENTRE = re.compile(r"[该此这]座?数据中心(?![项工园])")
# 为其新建的研发中心举行落成仪式, 该研发中心: the document's research centre, said by its kind
_ZH_RESEARCH = re.compile(r"(?:[该此这]|(?<=[的其，。；：]))研发中心(?![项工园大楼])")
# What may stand right before a described kind: a clause's start, 的, or a word pointing back.
_ZH_OPENERS = frozenset("的该这此，。；：、")


# Every description above, as the resolver reads it (case-folded): one plant of the document.
_PLANT_DESCRIPTION = re.compile(
    rf"(?:existing |new |joint[- ]venture )?(?:{_EN_CABLE_KIND})?(?:plant|factory)"
    rf"|[该此这]?(?:合资)?(?:{_ZH_CABLE_KIND})?(?:工厂|厂)|新工厂|新厂"
    rf"|{_EN_MADE}"
)
_RESEARCH_DESCRIPTION = re.compile(
    r"(?:new )?(?:research and development|r&d) cent(?:re|er)|[该此这]?研发中心"
)


_DATA_CENTRE_DESCRIPTION = re.compile(
    r"(?:(?:first|new|second|third|regional|[a-z]+an) ){0,2}data cent(?:re|er)|[该此这]座?数据中心"
)


def describes_a_plant(description: str) -> bool:
    """Whether a (case-folded) description is one of the plant's: "the existing factory", 该厂."""
    return _PLANT_DESCRIPTION.fullmatch(description) is not None


def own_facility(description: str) -> str | None:
    """The kind of the document's facility a (case-folded) description points back to ("plant",
    "data centre"), or None: "the existing factory" and 该厂 are one plant, 该数据中心 one centre."""
    if describes_a_plant(description):
        return "plant"
    if _DATA_CENTRE_DESCRIPTION.fullmatch(description):
        return "data centre"
    if _RESEARCH_DESCRIPTION.fullmatch(description):
        return "research centre"
    if description == "new facility":
        return "facility"  # "the new facility": the document's one work, of whatever kind
    return None


def _descriptor(start: int, end: int, rule: str) -> Candidate:
    return Candidate(start, end, EntityClass.PROJECT, "descriptor", 0.6, rule)


def find_own_plants(
    text: str, zh_spans: Sequence[tuple[int, int]], en_spans: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """Descriptions of the document's plant, as project descriptors."""
    found = []
    for start, end in en_spans:
        for match in _EN_PLANT.finditer(text, start, end):
            group = "plant" if match["plant"] else "kind"
            found.append(_descriptor(match.start(group), match.end(group), "en-own-plant"))
    for start, end in zh_spans:
        for match in _ZH_PLANT.finditer(text, start, end):
            if match["kind"] and match.start() > start and text[match.start() - 1] not in _ZH_OPENERS:
                continue  # 亨通光纤光缆工厂: the kind after a name is part of the name
            found.append(_descriptor(match.start(), match.end(), "zh-own-plant"))
        found += [
            _descriptor(m.start(), m.end(), "zh-own-centre")
            for m in _ZH_DATA_CENTRE.finditer(text, start, end)
        ]
        found += [
            _descriptor(m.start(), m.end(), "zh-own-research")
            for m in _ZH_RESEARCH.finditer(text, start, end)
        ]
    for start, end in en_spans:
        for match in _EN_FACILITY.finditer(text, start, end):
            group, rule = ("made", "en-own-plant") if match["made"] else ("research", "en-own-research")
            found.append(_descriptor(match.start(group), match.end(group), rule))
        for match in _EN_DATA_CENTRE.finditer(text, start, end):
            found.append(_descriptor(match.start("centre"), match.end("centre"), "en-own-centre"))
    return found
