"""Branches of a work named by the work and the place they reach: 中国香港美国海缆系统菲律宾分支,
"the Philippines branch of the HKA cable", "the HKA cable's Philippines branch".

A cable or a network extended to one more country is a work of its own (built, funded and
landed on its own terms), named by its trunk and its site. The trunk is a work the document
names; the site a country or a place the lexicon knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["work_branches"]

_WORK = EntityClass.PROJECT
_SITES = (EntityClass.PLACE, EntityClass.COUNTRY)
_ZH_BRANCH = ("分支", "支线")
# "the Philippines branch of the HKA cable": the words between the site and the trunk's name
_EN_BRANCH_OF = re.compile(r"\s+(?:branch|spur|extension)\s+of\s+(?:the\s+)?")
# "the HKA cable's Philippines branch": the trunk's possessive before the site
_EN_POSSESSIVE = re.compile(r"(?:\s+(?:cable|cable\s+system|system|network))?['’]s\s+")
_EN_BRANCH = re.compile(r"\s+(?:branch|spur|extension)\b")
# (the trunk's kind when its name leaves it out: "the HKA cable")
_EN_KIND = re.compile(r"\s+(?:submarine\s+)?(?:cable\s+system|cable|system|network)\b")


def work_branches(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Branch works named by a work of ``candidates`` and a site right beside it."""
    sites = {c.start: c for c in candidates if c.cls in _SITES}
    works = {c.start: c for c in candidates if c.cls is _WORK}
    found: list[Candidate] = []
    for work in works.values():
        site = sites.get(work.end)
        if site is not None and text.startswith(_ZH_BRANCH, site.end):
            found.append(Candidate(work.start, site.end + 2, _WORK, "pattern", 0.8, "zh-work-branch"))
            continue
        possessive = _EN_POSSESSIVE.match(text, work.end)
        site = sites.get(possessive.end()) if possessive is not None else None
        branch = _EN_BRANCH.match(text, site.end) if site is not None else None
        if branch is not None:
            found.append(Candidate(work.start, branch.end(), _WORK, "pattern", 0.75, "en-work-branch"))
    for site in sites.values():
        between = _EN_BRANCH_OF.match(text, site.end)
        trunk = works.get(between.end()) if between is not None else None
        if trunk is None:
            continue
        kind = _EN_KIND.match(text, trunk.end)
        end = kind.end() if kind is not None else trunk.end
        found.append(Candidate(site.start, end, _WORK, "pattern", 0.75, "en-work-branch"))
    return found
