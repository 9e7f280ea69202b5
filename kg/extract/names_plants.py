"""The document's own plant, described and not named: "its fibre optic cable plant in Egypt",
"the existing factory", "The plant", 光纤光缆工厂, 该合资工厂, 该厂; and its data centre pointed
back to: "its second data centre", "the data centre", 该数据中心, "the new facility".

A report on a factory (Hengtong's and FiberHome's cable plants in Egypt) names it by its kind
and points back to it; the description is the project the report's investments, capacities
and dates are about. Only a factory of cables or fibre, a joint venture's, or one pointed back
to ("the plant", 该厂) is read: "a power plant" is some plant, and "plants" are many. A data
centre is the document's only when pointed back to (a bare 数据中心 is the technology).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["describes_a_plant", "find_own_plants", "own_facility"]

_EN_CABLE_KIND = r"(?:fib(?:re|er)[- ]optic(?:\s+cable)?|optical\s+fib(?:re|er)(?:\s+cable)?|cable)\s+"
_ZH_CABLE_KIND = r"光纤光缆|光缆|光纤|电缆"
_EN_PLANT = re.compile(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+"
    rf"(?P<plant>(?:(?:existing|new|joint[- ]venture)\s+)?(?:{_EN_CABLE_KIND})?(?:plant|factory))"
    # (a plant introduced with "a" is the document's when its kind is said: "a fibre optic cable factory")
    rf"|[Aa]n?\s+(?P<kind>(?:new\s+)?{_EN_CABLE_KIND}(?:plant|factory)))\b(?![-'’]|s\b)"
)
_ZH_PLANT = re.compile(
    rf"(?P<kind>(?:{_ZH_CABLE_KIND}|合资)工厂)"
    r"|(?P<back>[该此这](?:合资)?(?:工厂|厂))(?![长房区商家])"
)
_EN_DATA_CENTRE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+"
    r"(?P<centre>(?:(?:new|second|third)\s+)?data\s+cent(?:re|er)|new\s+facility)\b(?![-'’]|s\b)"
)
_ZH_DATA_CENTRE = re.compile(r"[该此这]座?数据中心(?![项工园])")
# What may stand right before a described kind: a clause's start, 的, or a word pointing back.
_ZH_OPENERS = frozenset("的该这此，。；：、")


# Every description above, as the resolver reads it (case-folded): one plant of the document.
_PLANT_DESCRIPTION = re.compile(
    rf"(?:existing |new |joint[- ]venture )?(?:{_EN_CABLE_KIND})?(?:plant|factory)"
    rf"|[该此这]?(?:合资)?(?:{_ZH_CABLE_KIND})?(?:工厂|厂)"
)


_DATA_CENTRE_DESCRIPTION = re.compile(r"(?:(?:new|second|third) )?data cent(?:re|er)|[该此这]座?数据中心")


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
    if description == "new facility":
        return "facility"  # "the new facility": the document's one work, of whatever kind
    return None


def find_own_plants(
    text: str, zh_spans: Sequence[tuple[int, int]], en_spans: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """Descriptions of the document's plant, as project descriptors."""
    found = []
    for start, end in en_spans:
        for match in _EN_PLANT.finditer(text, start, end):
            group = "plant" if match["plant"] else "kind"
            found.append(
                Candidate(
                    match.start(group),
                    match.end(group),
                    EntityClass.PROJECT,
                    "descriptor",
                    0.6,
                    "en-own-plant",
                )
            )
    for start, end in zh_spans:
        for match in _ZH_PLANT.finditer(text, start, end):
            if match["kind"] and match.start() > start and text[match.start() - 1] not in _ZH_OPENERS:
                continue  # 亨通光纤光缆工厂: the kind after a name is part of the name
            found.append(
                Candidate(match.start(), match.end(), EntityClass.PROJECT, "descriptor", 0.6, "zh-own-plant")
            )
        for match in _ZH_DATA_CENTRE.finditer(text, start, end):
            found.append(
                Candidate(match.start(), match.end(), EntityClass.PROJECT, "descriptor", 0.6, "zh-own-centre")
            )
    for start, end in en_spans:
        for match in _EN_DATA_CENTRE.finditer(text, start, end):
            found.append(
                Candidate(
                    match.start("centre"),
                    match.end("centre"),
                    EntityClass.PROJECT,
                    "descriptor",
                    0.6,
                    "en-own-centre",
                )
            )
    return found
