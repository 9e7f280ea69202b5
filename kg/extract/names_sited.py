"""Works named by their site: "the Dubai data centre", "a data centre in Jakarta", "the Luban
Workshop at Meru University", 在吉布提建设的鲁班工坊.

News names a company's data centre, cloud region or a programme's school by the place or the
host it stands at, not by a name of its own; each such work is one thing of its document, and
two of them at two sites are two things ("Alibaba Cloud's Dubai data centre" and "the Sydney
data centre"). The kinds are facilities built one site at a time (data centres, cloud regions)
and the sited branches of a programme (Luban Workshops, Confucius Institutes). The site is a
place or a country the lexicon knows, or an organisation named in the document; it is also
kept as a mention of its own inside the description. A plural ("data centres in Asia") or a
kind used as a modifier ("the Dubai data centre market") names no single work.

``site_of_work(description)`` reads a description back into (kind, site), which is how the
resolver keeps one node per work and site within the document.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["site_of_work", "sited_works"]

_SITES = (EntityClass.PLACE, EntityClass.COUNTRY)
_HOSTS = (EntityClass.PLACE, EntityClass.COUNTRY, EntityClass.ORGANIZATION)
# kind as written → the kind a description is keyed by (one per language pair)
_KINDS = {
    "data centre": "data centre",
    "data center": "data centre",
    "cloud data centre": "data centre",
    "cloud data center": "data centre",
    "cloud region": "cloud region",
    "luban workshop": "luban workshop",
    "confucius institute": "confucius institute",
    "confucius classroom": "confucius classroom",
    "数据中心": "data centre",
    "云数据中心": "data centre",
    "鲁班工坊": "luban workshop",
    "孔子学院": "confucius institute",
    "孔子课堂": "confucius classroom",
}
_KIND_EN = (
    r"(?:(?:cloud |Cloud (?=Data))?[Dd]ata [Cc]ent(?:re|er)|[Cc]loud [Rr]egion"
    r"|Luban Workshop|Confucius (?:Institute|Classroom))"
)
_KIND_ZH = r"(?:云?数据中心|鲁班工坊|孔子学院|孔子课堂)"
# "the Dubai data centre market": the kind only qualifies the noun after it
_MODIFIED_NOUN = re.compile(
    r"\s+(?:markets?|industry|sector|business|operators?|providers?|capacity|services?|space|"
    r"companies|company|firms?|campus(?:es)?|investments?|construction|demand|clusters?)\b",
    re.IGNORECASE,
)
_SITE_KIND_EN = re.compile(rf"\s(?P<kind>{_KIND_EN})(?!s\b|\w)")
_KIND_AT_SITE_EN = re.compile(rf"(?P<kind>{_KIND_EN}) (?P<link>in|at|of) (?:the )?$")
# Which of a company's works at a site, said before the kind: "its third data centre in Malaysia",
# "its second European data center in Frankfurt", "the State Data Center in Kragujevac" (and the
# City Data Center there, another work at the same site).
_ORDINAL_EN = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_DETERMINERS = r"(?:The|A|An|Its|Their|This|That|These|Our|His|Her|Each|Every|Another|New)"
_QUALIFIER_EN = rf"(?!{_DETERMINERS}\s)[A-Z][a-z]+(?:-[A-Za-z]+)?"
_QUALIFIED_KIND_EN = re.compile(
    rf"(?:(?<![\w-]){_ORDINAL_EN}\s+)?(?:(?<![\w-])(?P<qualifier>{_QUALIFIER_EN})\s+)?$"
)
# 在吉布提建设的鲁班工坊: where it was built, before the work
_BUILT = r"(?:建设|建立|设立|建成|开设|启用|运营|落成|揭牌)"
_BUILT_AT_ZH = re.compile(rf"^{_BUILT}的[“\"]?(?P<kind>{_KIND_ZH})[”\"]?")
_SITE_KIND_ZH = re.compile(rf"^(?:共和国|王国)?的?[“\"]?(?P<kind>{_KIND_ZH})[”\"]?")
_CONFIDENCE = 0.6
_FINER_SITE_AFTER = re.compile(r" at ")
# 南非、埃及、肯尼亚的鲁班工坊: the last of listed sites, whose works are several
_LISTED_BEFORE = frozenset("、和与及")


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans`` (sorted, disjoint sentence spans): a
    bisection, since a long report has thousands of sentences and of names to place in them."""
    index = bisect_right(spans, (position, math.inf)) - 1
    return index >= 0 and position < spans[index][1]


def _english(text: str, en_spans: Sequence[tuple[int, int]], names: Sequence[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    site_ends = {c.end for c in names if c.cls in _SITES and c.source != "compound"}
    all_ends = {c.end for c in names}
    for site in names:
        if site.source == "compound" or not _inside(site.start, en_spans):
            continue
        after = _SITE_KIND_EN.match(text, site.end) if site.cls in _SITES else None
        if after is not None and not _MODIFIED_NOUN.match(text, after.end()):
            found.append(
                Candidate(
                    site.start, after.end(), EntityClass.PROJECT, "descriptor", _CONFIDENCE, "en-site-work"
                )
            )
            found.append(site._replace(source="compound"))
            continue
        if site.cls not in _HOSTS:
            continue
        before = _KIND_AT_SITE_EN.search(text, max(0, site.start - 40), site.start)
        if before is None or (before["link"] == "of" and site.cls is not EntityClass.ORGANIZATION):
            continue
        if _FINER_SITE_AFTER.match(text, site.end):
            continue  # "its second Luban Workshop in Africa at Machakos University": the region of a site
        if before.start("kind") - 1 in site_ends:
            continue  # "the Cambodia Luban Workshop in Phnom Penh": the work is named by its first site
        start = before.start("kind")
        qualified = _QUALIFIED_KIND_EN.search(text, max(0, start - 30), start)
        if qualified is not None and not (
            qualified["qualifier"] is not None and qualified.end("qualifier") in all_ends
        ):
            start = qualified.start()  # a name before the kind is a site of its own, not a qualifier
        found.append(
            Candidate(start, site.end, EntityClass.PROJECT, "descriptor", _CONFIDENCE, "en-work-at-site")
        )
        found.append(site._replace(source="compound"))
    return found


def _chinese(text: str, zh_spans: Sequence[tuple[int, int]], names: Sequence[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for site in names:
        if site.cls not in _SITES or site.source == "compound" or not _inside(site.start, zh_spans):
            continue
        built = _BUILT_AT_ZH.match(text[site.end : site.end + 12])
        if built is not None and text[site.start - 1 : site.start] == "在":
            end = site.end + built.end()
            found.append(
                Candidate(
                    site.start - 1, end, EntityClass.PROJECT, "descriptor", _CONFIDENCE, "zh-work-built-at"
                )
            )
            found.append(site._replace(source="compound"))
            continue
        sited = _SITE_KIND_ZH.match(text[site.end : site.end + 12])
        if sited is not None and text[site.start - 1 : site.start] not in _LISTED_BEFORE:
            end = site.end + sited.end()
            found.append(
                Candidate(site.start, end, EntityClass.PROJECT, "descriptor", _CONFIDENCE, "zh-site-work")
            )
            found.append(site._replace(source="compound"))
    return found


def sited_works(
    text: str,
    zh_spans: Sequence[tuple[int, int]],
    en_spans: Sequence[tuple[int, int]],
    names: Sequence[Candidate],
    headline_end: int = 0,
) -> list[Candidate]:
    """Descriptions of works by their site (class Project, source ``descriptor``), each with its
    site again as a ``compound`` candidate; ``names`` are the lexicon and discovered candidates.

    A headline (the text before ``headline_end``) describes no work: it drops the articles that
    tell one work from a kind ("China launches Luban Workshop in Kenya")."""
    names = [c for c in names if c.start >= headline_end]
    found = _english(text, en_spans, names) if en_spans else []
    if zh_spans:
        found += _chinese(text, zh_spans, names)
    return sorted(c for c in found if c.start >= headline_end)


_SITE_FIRST_EN = re.compile(rf"(?:the\s+)?(?P<site>.+?)\s+(?P<kind>{_KIND_EN})", re.IGNORECASE)
_KIND_FIRST_EN = re.compile(
    rf"(?:{_ORDINAL_EN}\s+)?(?:(?P<qualifier>{_QUALIFIER_EN})\s+)?"
    rf"(?P<kind>{_KIND_EN})\s+(?:in|at|of)\s+(?:the\s+)?(?P<site>.+)"
)
_BUILT_AT_FULL_ZH = re.compile(rf"在(?P<site>.+?){_BUILT}的[“\"]?(?P<kind>{_KIND_ZH})[”\"]?")
_SITE_FIRST_ZH = re.compile(rf"(?P<site>.+?)(?:共和国|王国)?的?[“\"]?(?P<kind>{_KIND_ZH})[”\"]?")


def site_of_work(description: str) -> tuple[str, str] | None:
    """(kind, site) of a description ``sited_works`` finds: ("data centre", "dubai") of "the
    Dubai data centre" and of "a data centre in Dubai"; None for any other text."""
    for pattern in (_KIND_FIRST_EN, _SITE_FIRST_EN, _BUILT_AT_FULL_ZH, _SITE_FIRST_ZH):
        match = pattern.fullmatch(description.strip())
        if match is not None:
            kind = _KINDS.get(re.sub(r"\s+", " ", match["kind"]).casefold())
            if kind is not None:
                qualifier = match.groupdict().get("qualifier")
                # the State and the City Data Center in one town are two works
                kind = f"{qualifier.casefold()} {kind}" if qualifier else kind
                return kind, re.sub(r"\s+", " ", match["site"]).casefold()
    return None
