"""Names a text gives as names: "the new MVNO service, called CMLink", 名为“丝路之光”的卫星.

News introduces a new service, network, platform or venture by what it is and then the name it
goes by ("called", "named", "dubbed", "branded", "known as"; 名为, 命名为, 取名为). The name is of
the class its noun says: a service, a network, a platform or a satellite is a work, a company or
a venture an organisation, a programme an initiative. A name that a word of naming gives needs
no head noun of its own (CMLink, 丝路之光), which is why no other pattern reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["called_names"]

_CLASS_OF_NOUN = {
    "service": EntityClass.PROJECT,
    "network": EntityClass.PROJECT,
    "platform": EntityClass.PROJECT,
    "app": EntityClass.PROJECT,
    "system": EntityClass.PROJECT,
    "satellite": EntityClass.PROJECT,
    "cable": EntityClass.PROJECT,
    "project": EntityClass.PROJECT,
    "park": EntityClass.PROJECT,
    "hub": EntityClass.PROJECT,
    "company": EntityClass.ORGANIZATION,
    "firm": EntityClass.ORGANIZATION,
    "venture": EntityClass.ORGANIZATION,
    "joint venture": EntityClass.ORGANIZATION,
    "subsidiary": EntityClass.ORGANIZATION,
    "programme": EntityClass.INITIATIVE,
    "program": EntityClass.INITIATIVE,
    "initiative": EntityClass.INITIATIVE,
    "服务": EntityClass.PROJECT,
    "网络": EntityClass.PROJECT,
    "平台": EntityClass.PROJECT,
    "系统": EntityClass.PROJECT,
    "卫星": EntityClass.PROJECT,
    "光缆": EntityClass.PROJECT,
    "海缆": EntityClass.PROJECT,
    "项目": EntityClass.PROJECT,
    "公司": EntityClass.ORGANIZATION,
    "合资公司": EntityClass.ORGANIZATION,
    "计划": EntityClass.INITIATIVE,
}
_NOUNS_EN = "|".join(sorted((n for n in _CLASS_OF_NOUN if n.isascii()), key=len, reverse=True))
_NOUNS_ZH = "|".join(sorted((n for n in _CLASS_OF_NOUN if not n.isascii()), key=len, reverse=True))
_CALLED_EN = re.compile(
    rf"\b(?P<noun>{_NOUNS_EN}),?\s+(?:called|named|dubbed|branded|known\s+as)\s+(?:the\s+)?[\"“]?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:[A-Z0-9][\w&-]*|of|for|and))*)"
)
_CALLED_ZH = re.compile(
    rf"(?:名为|命名为|取名为|称为)[“\"](?P<name>[^”\"，。、]{{2,20}})[”\"]的?(?P<noun>{_NOUNS_ZH})"
    rf"|(?P<noun2>{_NOUNS_ZH})[，,]?(?:名为|命名为|取名为|被命名为)[“\"](?P<name2>[^”\"，。、]{{2,20}})[”\"]"
)
# the name ends before a joining word left over at its end ("CMLink and …")
_TRAILING_JOINER = re.compile(r"(?:\s+(?:of|for|and))+$")
_CONFIDENCE = 0.7


def called_names(
    text: str, zh_spans: Sequence[tuple[int, int]], en_spans: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """Names given after a word of naming (source ``pattern``), with the class of their noun."""
    found: list[Candidate] = []
    for start, end in en_spans:
        for match in _CALLED_EN.finditer(text, start, end):
            name = _TRAILING_JOINER.sub("", match["name"])
            cls = _CLASS_OF_NOUN[match["noun"].casefold()]
            found.append(
                Candidate(
                    match.start("name"),
                    match.start("name") + len(name),
                    cls,
                    "pattern",
                    _CONFIDENCE,
                    "en-called",
                )
            )
    for start, end in zh_spans:
        for match in _CALLED_ZH.finditer(text, start, end):
            group, noun = ("name", match["noun"]) if match["name"] else ("name2", match["noun2"])
            found.append(
                Candidate(
                    match.start(group),
                    match.end(group),
                    _CLASS_OF_NOUN[noun],
                    "pattern",
                    _CONFIDENCE,
                    "zh-called",
                )
            )
    return found
