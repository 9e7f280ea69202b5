"""Resolution: mentions → entities (one per real thing, across documents and languages), relations → triples.

How names join an entity, and nothing else joins (never on guesswork):
- a lexicon name (or an acronym or compound form resolved to a lexicon entry) joins the entry's
  entity: 上合组织 = 上海合作组织 = SCO = Shanghai Cooperation Organisation;
- a discovered name joins the other discovered names of its class with the same normalised form
  (NFKC, case-folded, dashes unified, 《》 and quotes stripped, a leading "the" dropped), across
  documents, or the lexicon entry of its class that has that name;
- an acronym defined in a document joins its long form;
- a name glossed in brackets right after another of the same class ("中巴跨境光缆 (PKFOP)",
  "PCCW Global (formerly Pacific Century CyberWorks)") joins it;
- a descriptor (贯通仪式, "the inauguration ceremony") stays within its document; a project
  descriptor ("the underground cable") joins the project the document names most;
- a short form of a name in the same document, which keeps its opening and its head noun
  (中尼光缆 of 中尼陆上跨境光缆, "PEACE cable" of "PEACE submarine cable"), joins it.
Different keys never merge (the two SCOs), nor do the same names of different classes.

Every name that joined an entity is recorded as a ``MergeDecision`` with its reason.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.extract.mentions import generation_of_work
from kg.extract.names_links import link_of_work
from kg.extract.names_plants import own_facility
from kg.extract.names_sited import site_of_work
from kg.iris import slug
from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    EntityFact,
    Extraction,
    Fact,
    KnowledgeGraph,
    Mention,
    MergeDecision,
    Predicate,
    Provenance,
    Quantity,
    Relation,
    Triple,
)

if TYPE_CHECKING:
    from kg.lexicon import Lexicon, LexiconEntry

__all__ = ["name_key", "resolve"]

log = logging.getLogger(__name__)

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_SPACES = re.compile(r"[\s\u3000]+")
_OUTER = " \"'“”‘’《》〈〉「」『』()（）[]【】.,;:!?，。；：、！？·"
_QUOTES = re.compile(r"[《》“”\"「」『』]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_GLOSS_BETWEEN = re.compile(
    r"\s*[（(]\s*(?:formerly|previously|also\s+known\s+as|aka|known\s+as|or|i\.e\.|原名|原称|又称|简称|即|下称|以下简称)?\s*",
    re.IGNORECASE,
)
_GLOSS_AFTER = re.compile(r"\s*[)）]")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The normalised form under which discovered names are compared.

    >>> name_key("The China–Pakistan  Economic Corridor")
    'china-pakistan economic corridor'
    >>> name_key("《全球数据安全倡议》")
    '全球数据安全倡议'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DASHES.sub("-", text)
    text = _QUOTES.sub("", text)
    text = _SPACES.sub(" ", text).strip().strip(_OUTER).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


_SYMMETRIC = frozenset(predicate for predicate in Predicate if predicate.symmetric)


@lru_cache(maxsize=1 << 16)
def _lang_of(name: str) -> str:
    return "zh" if _HAN.search(name) else "en"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, keep: str, join: str) -> None:
        """Join ``join``'s set into ``keep``'s; a lexicon key always stays the root."""
        a, b = self.find(keep), self.find(join)
        if a == b:
            return
        if b.startswith("lex:") and not a.startswith("lex:"):
            a, b = b, a
        self.parent[b] = a


@dataclass(frozen=True, slots=True)
class _Seen:
    """One mention as the resolver reads it: the cluster it starts in and why."""

    mention: Mention
    cluster: str
    reason: str
    # names the document gives the thing beyond the mention's text ("Malaysia's Ministry of Digital")
    names: tuple[str, ...] = ()


def _cluster_of(
    mention: Mention, doc: Document, lexicon: Lexicon, network_country: str | None = None
) -> tuple[str, str]:
    """The cluster a mention starts in (before gloss merges) and the reason it is there."""
    if mention.source == "descriptor" and mention.canonical:
        # a description that a reference resolved ("the underground cable" → PKFOP) names that thing
        reason = f"description of {mention.canonical} in the document"
        if mention.key and mention.key in lexicon:
            return f"lex:{mention.key}", reason
        return f"name:{mention.cls.value.lower()}:{name_key(mention.canonical)}", reason
    if mention.key and mention.key in lexicon:
        if mention.source == "compound":
            return f"lex:{mention.key}", f"compound form {mention.text} of {mention.key}"
        if mention.source == "acronym":
            return (
                f"lex:{mention.key}",
                f"acronym defined in the document as {mention.canonical or mention.key}",
            )
        return f"lex:{mention.key}", f"lexicon name of {mention.key}"
    cls = mention.cls.value.lower()
    generation = _generation_work(mention)
    if generation is not None:
        # "its 5G network", "the 5G network", 5G网络服务: one work of the document, however described,
        # unless a clause gives it another country than the document's first network's
        if network_country is not None:
            return (
                f"desc:{cls}:{generation} network {network_country}@{doc.id}",
                f"description of the network of {network_country}",
            )
        return f"desc:{cls}:{generation} network@{doc.id}", "description of the document's network"
    link = _link_work(mention)
    if link is not None:
        # 中越两国跨境二维码支付互联互通 and, in the headline, 跨境二维码支付互联互通: one link
        return f"desc:{cls}:{link}@{doc.id}", "description of the document's payment link"
    facility = _own_facility(mention)
    if facility is not None:
        # "its second data centre" … "the data centre", 该数据中心 … 这座数据中心: one facility
        return f"desc:{cls}:{facility}@{doc.id}", "description of the document's facility"
    sited = _sited_work(mention)
    if sited is not None:
        # "the Dubai data centre", "a data centre in Dubai": one work of the document per site
        kind, site = sited
        return f"desc:{cls}:{kind} {site}@{doc.id}", "description of the document's work at its site"
    if _is_description(mention):
        described = name_key(mention.canonical if _is_described_acronym(mention) else mention.text)
        described = _SHORT_DESCRIPTIONS.get(described, described)
        return f"desc:{cls}:{described}@{doc.id}", "descriptor of this document"
    # An acronym's long form, and a discovered name's full name (a segment's "2Africa east
    # segment" for 2Africa东段海缆), name the thing in every document and language.
    named = mention.source in ("acronym", "pattern", "compound")
    name = mention.canonical if named and mention.canonical else mention.text
    ministry = _countrys_ministry(doc.text, mention, lexicon)
    if ministry is not None:
        return ministry
    for entry in lexicon.lookup(name):
        if entry.cls is mention.cls:
            return f"lex:{entry.id}", f"lexicon name of {entry.id}"
    bare = _LEGAL_FORM.sub("", name) if mention.cls is EntityClass.ORGANIZATION else name
    for entry in lexicon.lookup(bare) if bare != name else ():
        if entry.cls is mention.cls:
            return f"lex:{entry.id}", f"lexicon name of {entry.id} with its legal form"
    for variant in _serial_cable_variants(name) if mention.cls is EntityClass.PROJECT else ():
        for entry in lexicon.lookup(variant):
            if entry.cls is mention.cls:
                return f"lex:{entry.id}", f"lexicon name of {entry.id} with its serial number moved"
    reason = (
        f"acronym defined in the document as {mention.canonical}"
        if mention.source == "acronym" and mention.canonical
        else "same normalised name"
    )
    # "Malaysia Airports Holdings Bhd" and "Malaysia Airports Holdings": one company, with or
    # without its legal form
    return f"name:{cls}:{name_key(bare if len(bare) >= _SHORTEST_TAIL else name)}", reason


# "China's Ministry of Commerce", "Ethiopia's Ministry of Foreign Affairs": a name that many
# governments share, owned by the country before it.
_GOVERNMENT_BODY = re.compile(r"Ministry of\s")
_POSSESSIVE = re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+$")


def _ministry_owner(text: str, mention: Mention, lexicon: Lexicon) -> tuple[str, LexiconEntry] | None:
    """The country whose possessive a ministry's name follows ("Singapore's Ministry of Trade and
    Industry"), with the possessive as written."""
    if mention.cls is not EntityClass.ORGANIZATION or not _GOVERNMENT_BODY.match(mention.text):
        return None
    owner = _POSSESSIVE.search(text, max(0, mention.span.start - 48), mention.span.start)
    if owner is None:
        return None
    words = owner.group(1).split()
    for cut in range(len(words)):
        for entry in lexicon.lookup(" ".join(words[cut:])):
            if entry.cls is EntityClass.COUNTRY:
                return text[owner.start() : mention.span.start].strip(), entry
    return None


def _ministry_names(text: str, mention: Mention, lexicon: Lexicon) -> tuple[str, ...]:
    """What a ministry named after its country's possessive is called in full: the possessive
    name as written ("Malaysia's Ministry of Digital") and the ministry of the country ("Ministry
    of Digital of Malaysia"), which the bare name shared by governments is not."""
    owned = _ministry_owner(text, mention, lexicon)
    if owned is None:
        return ()
    possessive, country = owned
    possessive = re.sub(r"^(?:[a-z]\w*\s+)+", "", possessive)  # "and Singapore's" → "Singapore's"
    return (f"{possessive} {mention.text}", f"{mention.text} of {country.label('en')}")


def _countrys_ministry(text: str, mention: Mention, lexicon: Lexicon) -> tuple[str, str] | None:
    """The cluster of a ministry named after its country's possessive: the country's lexicon
    ministry of that name ("Ministry of Commerce of China"), else that country's own one, never
    another country's ministry of the same name."""
    owned = _ministry_owner(text, mention, lexicon)
    if owned is None:
        return None
    country = owned[1]
    for _, country_name in (pair for pair in country.names() if pair[0] == "en"):
        for form in (f"{mention.text} of {country_name}", f"{country_name} {mention.text}"):
            for entry in lexicon.lookup(form):
                if entry.cls is EntityClass.ORGANIZATION and entry.country == country.id:
                    return f"lex:{entry.id}", f"lexicon name of {entry.id}, the ministry of {country.id}"
    own_name = f"{mention.text} of {country.label('en')}"
    return f"name:organization:{name_key(own_name)}", f"same name as {own_name}"


_SHORT_FORM_CLASSES = frozenset(
    {
        EntityClass.PROJECT,
        EntityClass.EVENT,
        EntityClass.AGREEMENT,
        EntityClass.INITIATIVE,
        EntityClass.ORGANIZATION,
    }
)
_SHORTEST_TAIL = 3
# 亚太光缆2号 (like 海峡光缆1号): the carriers write a cable's serial number after its head; the
# lexicon may know it with the number before (亚太2号海底光缆, 亚太2号海缆)
_SERIAL_CABLE = re.compile(r"(.+?)(光缆|海缆)([0-9一二三四五六七八九十]{1,2}号)")
_CABLE_HEADS = ("海底光缆", "海缆", "光缆")


def _serial_cable_variants(name: str) -> tuple[str, ...]:
    """亚太光缆2号 → 亚太2号海底光缆, 亚太2号海缆, 亚太2号光缆: the other order of its serial number."""
    match = _SERIAL_CABLE.fullmatch(name)
    if match is None:
        return ()
    return tuple(match.group(1) + match.group(3) + head for head in _CABLE_HEADS)


# A company's legal form after its name: "… Network Co. Ltd" is the "… Network" of the lexicon.
_LEGAL_FORM = re.compile(
    r"(?:[,\s]+(?:Co\.?,?\s*)?(?:Ltd\.?|Limited|Inc\.?|LLC|PLC|Corp\.?|Pvt\.?\s*Ltd\.?|(?:Sdn\.?\s+)?Bhd\.?|Berhad|Tbk\.?|GmbH)"
    r"|(?:股份)?有限(?:责任)?公司)$",
    re.IGNORECASE,
)
_GENERIC_TAILS = frozenset(
    ("项目", "工程", "建设项目", "主体工程", "project", "system", "programme", "program", "main works")
)
_LIST_MARK = re.compile(r"[、,，/和与及]|\band\b|[A-Z]")


def _title_cased_form(short: str, full: str, cut: int) -> bool:
    """ "Kumul cable" of "Kumul Domestic Cable": a headline's lower-case head and the title-cased
    name it shortens, the words dropped being the name's own capitalised words."""
    folded_short, folded_full = short.casefold(), full.casefold()
    if not (folded_full.startswith(folded_short[:cut]) and folded_full.endswith(folded_short[cut:])):
        return False
    dropped = full[cut : len(full) - len(short) + cut]
    return full.endswith(short[cut:].title()) and not _LIST_MARK.search(dropped.casefold())


def _another_countrys(short: Mention, owner: str, countries: Mapping[str, str], lexicon: Lexicon) -> bool:
    """Whether ``owner`` is a country other than the one the lexicon ties ``short`` to: a Chinese
    report's bare 商务部 is China's, and 柬埔寨商务部 is Cambodia's ministry, not its long form."""
    entry = lexicon.get(short.key) if short.key else None
    owner_country = countries.get(owner)
    return entry is not None and owner_country is not None and owner_country != entry.country


def _subsidiarys_country(short: Mention, dropped: str, countries: Mapping[str, str]) -> bool:
    """Whether the words a company's short form drops name a country: 华为肯尼亚公司 is Huawei's
    Kenyan subsidiary, not the 华为公司 the document also names. A short form that names a
    country of its own is no parent company's name."""
    # (a one-character form of a compound, 中 of 中巴, is no country's name inside another word)
    names = [country for country in countries if len(country) > 1]
    return (
        short.cls is EntityClass.ORGANIZATION
        and any(country in dropped for country in names)
        and not any(country in short.text for country in names)
    )


def _short_forms(mentions: Sequence[Mention], lexicon: Lexicon) -> list[tuple[Mention, Mention]]:
    """(short, full) names of one thing in a document: the short form keeps the full name's
    opening and its head noun and drops words between (中尼光缆 of 中尼陆上跨境光缆, 中国—东盟信息港
    基地 of …南宁核心基地, "PEACE cable" of "PEACE submarine cable"), or drops an opening that names
    its owner, another name of the document (西安宣言 of 中国—中亚峰会西安宣言), unless the owner is
    a country other than the short name's own (柬埔寨商务部 is no 商务部 of China). A name that only
    opens the other one names a larger whole (中老光缆 of 中老光缆万象节点), and dropped words
    holding a list or a capitalised name (2Africa Pearls cable) name another thing.
    """
    by_class: dict[EntityClass, dict[str, Mention]] = defaultdict(dict)
    for mention in mentions:
        if mention.cls in _SHORT_FORM_CLASSES and mention.source not in ("compound", "descriptor"):
            by_class[mention.cls].setdefault(mention.text, mention)
    owners = {m.text for m in mentions if m.cls is not EntityClass.TECHNOLOGY}
    countries = {m.text: m.key for m in mentions if m.cls is EntityClass.COUNTRY and m.key}
    named = Counter(name_key(m.text) for m in mentions if m.source != "compound")
    pairs = []
    for names in by_class.values():
        for short, short_mention in names.items():
            owned: list[Mention] = []
            for full, full_mention in names.items():
                if len(short) >= len(full) or (short_mention.key and full_mention.key):
                    continue
                if full.startswith(short) and full[len(short) :].strip().lower() in _GENERIC_TAILS:
                    # …海缆 of …海缆项目, "X cable" of "X cable project"
                    pairs.append((short_mention, full_mention))
                    continue
                owner = full[: -len(short)].rstrip(" 的").removesuffix("'s").removesuffix("’s")
                if len(short) >= _SHORTEST_TAIL and full.endswith(short) and owner in owners:
                    if not _another_countrys(short_mention, owner, countries, lexicon):
                        owned.append(full_mention)  # 西安宣言 of 中国—中亚峰会|西安宣言
                    continue
                for cut in range(2, len(short) - 1):
                    if full.startswith(short[:cut]) and full.endswith(short[cut:]):
                        dropped = full[cut : len(full) - len(short) + cut]
                        if not _LIST_MARK.search(dropped) and not _subsidiarys_country(
                            short_mention, dropped, countries
                        ):
                            pairs.append((short_mention, full_mention))
                        break
                    if short[cut - 1] == " " and _title_cased_form(short, full, cut):
                        pairs.append((short_mention, full_mention))
                        break
            if owned:
                pairs += _most_named(short_mention, owned, named)
    return pairs


def _most_named(
    short: Mention, fulls: Sequence[Mention], named: Counter[str]
) -> list[tuple[Mention, Mention]]:
    """The full name a tail stands for: the only one, or the one the document names most often
    ("Safe City Project" of the Punjab Safe City Project named twice, not of Islamabad's named
    once); none when two are named as often."""
    by_name = {name_key(full.text): full for full in fulls}
    counts = sorted(((named[key], full) for key, full in by_name.items()), key=lambda item: -item[0])
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return []
    return [(short, counts[0][1])]


# Who paid for a work, before its name: 中国援|老挝邮电技术学院|项目, "the China-aided | … | project".
_AID_OPENING = re.compile(
    r"^(?:(?:中国|中方)?援建?(?:助)?|(?:the\s+)?(?:China|Chinese)[-\s](?:aided|funded|assisted|built)\s+)",
    re.IGNORECASE,
)
_FACILITY_CLASSES = frozenset({EntityClass.ORGANIZATION, EntityClass.PROJECT})
_WORK_TAILS = ("建设项目", "项目", "工程", "project")  # longest first


def _works_for_facilities(mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(facility, project) pairs of one document: a project named for the one facility it builds
    (中国援老挝邮电技术学院项目 and 老挝邮电技术学院, "the China-aided Lao Institute of Posts and
    Telecommunications project" and "the Lao Institute …") is that facility, whatever class the
    bare name was read as. The bare name must be a named organisation or work, never a country
    or place: 援老挝项目 is aid to Laos, not Laos.
    """
    names: dict[str, Mention] = {}
    for mention in mentions:
        if mention.cls in _FACILITY_CLASSES and mention.source not in ("compound", "descriptor"):
            names.setdefault(name_key(mention.text), mention)
    pairs = []
    for project in mentions:
        if project.cls is not EntityClass.PROJECT or project.source in ("compound", "descriptor"):
            continue
        opening = _AID_OPENING.match(project.text)
        body = project.text[opening.end() :] if opening else project.text
        for tail in _WORK_TAILS:
            if body.lower().endswith(tail) and len(body) > len(tail):
                facility = names.get(name_key(body[: -len(tail)]))
                if facility is not None and (opening or facility.cls is not EntityClass.PROJECT):
                    pairs.append((facility, project))
                break
    return pairs


# A name that is only a description (《联合声明》, "the Joint Statement"): the document's own one.
_BARE_DESCRIPTION = re.compile(
    r"(?:联合|共同|合作)?(?:声明|公报|宣言)|(?:合作)?谅解备忘录|合作备忘录|框架协议|合作协议"
    r"|joint (?:statement|communiqu[eé]|declaration)|memorandum of understanding"
)


# An agreement named by its subject: "memorandum of understanding (mou) on e-commerce cooperation"
_SUBJECT_NAMED = re.compile(r"(?P<kind>.+?)(?: \([^)]*\))? on \S")


def _subject_named_kind(mention: Mention) -> str | None:
    """The kind of paper a description named by its subject is ("memorandum of understanding")."""
    named = _SUBJECT_NAMED.match(name_key(mention.text))
    return named.group("kind") if named is not None else None


# a description's short form and its long one describe one thing of their document ("a
# memorandum of understanding" … "the MoU")
_SHORT_DESCRIPTIONS = {
    "mou": "memorandum of understanding",
    # "signed a memorandum of understanding (MOU) … The memorandum is aimed at": one paper
    "memorandum": "memorandum of understanding",
    "loi": "letter of intent",
    "合作意向书": "意向书",
    # 签署的协议 … 这一协议, 签署合同 … 该合同: what the report points back to is what was signed
    "这一协议": "协议",
    "该协议": "协议",
    "此协议": "协议",
    "这一合同": "合同",
    "该合同": "合同",
    "此合同": "合同",
}


def _generation_work(mention: Mention) -> str | None:
    """The generation of an operator's network only described ("its 5G network"), else None."""
    if mention.source != "descriptor" or mention.cls is not EntityClass.PROJECT or mention.canonical:
        return None

    return generation_of_work(mention.text)


_CLAUSE_MARKS = re.compile(r"[，。；！？;!?]|[.,](?=\s)")


def _networks_of_other_countries(
    doc: Document, mentions: Sequence[Mention]
) -> dict[tuple[str, int, int, EntityClass], str]:
    """The generation networks of one document that a clause gives to another country than the
    first network's (沃达丰在西班牙…启动商用5G网络 … 意大利正式启用首个商用5G网络): their country."""
    countries = sorted(
        (m for m in mentions if m.cls is EntityClass.COUNTRY and m.key), key=lambda m: m.span.start
    )
    found: dict[tuple[str, int, int, EntityClass], str] = {}
    first: str | None = None
    seen_first = False
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if _generation_work(mention) is None:
            continue
        marks = [m.end() for m in _CLAUSE_MARKS.finditer(doc.text, 0, mention.span.start)]
        clause_start = marks[-1] if marks else 0
        country = next(
            (c.key for c in countries if clause_start <= c.span.start and c.span.end <= mention.span.start),
            None,
        )
        if not seen_first:
            seen_first = True
            first = country or _country_of_sentence(doc.text, mention, countries)
            if first is None:
                return found  # (a first network of no known country: no other is told from it)
        elif country is not None and country != first:
            found[_mention_index(mention)] = country
    return found


def _country_of_sentence(text: str, mention: Mention, countries: Sequence[Mention]) -> str | None:
    """The first country the sentence of ``mention`` names ("launched its 5G network in Spain")."""
    start = max(text.rfind(mark, 0, mention.span.start) for mark in "。！？.!?\n") + 1
    ends = [end for mark in "。！？.!?\n" if (end := text.find(mark, mention.span.end)) != -1]
    end = min(ends) if ends else len(text)
    return next((c.key for c in countries if start <= c.span.start and c.span.end <= end), None)


def _own_facility(mention: Mention) -> str | None:
    """The kind of the document's facility a description points back to ("data centre"), else None."""
    if mention.source != "descriptor" or mention.cls is not EntityClass.PROJECT or mention.canonical:
        return None
    return own_facility(" ".join(mention.text.casefold().split()))


# The words a named facility of each kind ends with ("South-East Asian data centre", 亨通埃及工厂).
_FACILITY_HEADS = {
    "data centre": ("data centre", "data center", "数据中心"),
    "plant": ("plant", "factory", "工厂"),
    "research centre": ("research and development centre", "r&d centre", "r&d center", "研发中心"),
}


def _facility_kind_of_work(mention: Mention) -> tuple[str, str] | None:
    """(kind, which one) of a work the document sites or names with a facility's head word."""
    if _own_facility(mention) is not None:
        return None  # "the planned data centre" points back to the work, it is no other one
    sited = _sited_work(mention)
    if sited is not None:
        return sited
    if mention.cls is not EntityClass.PROJECT or mention.source in ("descriptor", "compound"):
        return None
    text = " ".join(mention.text.casefold().split())
    kind = next((k for k, heads in _FACILITY_HEADS.items() if text.endswith(heads)), None)
    return None if kind is None else (kind, mention.key or text)


def _sited_facilities(mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(description, work) pairs of one document: "the data centre" and "the planned data centre"
    are the "South-East Asian data centre" the document sites or names, when it has only one
    work of that kind."""
    works: dict[str, set[str]] = {}
    first_work: dict[str, Mention] = {}
    for mention in mentions:
        found = _facility_kind_of_work(mention)
        if found is not None:
            works.setdefault(found[0], set()).add(found[1])
            first_work.setdefault(found[0], mention)
    # "the new facility" is the document's one work of any kind
    works["facility"] = {f"{kind} {which}" for kind, found in works.items() for which in found}
    if first_work:
        first_work["facility"] = next(iter(first_work.values()))
    return [
        (mention, first_work[kind])
        for mention in mentions
        if (kind := _own_facility(mention)) is not None and len(works.get(kind, ())) == 1
    ]


def _sited_work(mention: Mention) -> tuple[str, str] | None:
    """(kind, site) of a work only described by its site ("a data centre in Jakarta"), else None."""
    if mention.source != "descriptor" or mention.cls is not EntityClass.PROJECT or mention.canonical:
        return None
    return site_of_work(mention.text)


def _link_work(mention: Mention) -> str | None:
    """What payment link a description names ("the cross-border payment platform"), else None."""
    if mention.source != "descriptor" or mention.cls is not EntityClass.PROJECT or mention.canonical:
        return None
    return link_of_work(mention.text)


def _named_sited_works(mentions: Sequence[Mention], lexicon: Lexicon) -> list[tuple[Mention, Mention]]:
    """(description, name) pairs of one document: "the cloud data centre in Riyadh" is the
    "Huawei Cloud Riyadh Region" the document names, the one named work that holds its site; a
    work described at a country ("the Saudi Arabia cloud region") is the one named work of its
    kind there (a name ending with the kind's head word)."""
    named = [
        m
        for m in mentions
        if m.cls is EntityClass.PROJECT
        and m.source not in ("descriptor", "compound")
        and not _is_description(m)
    ]
    pairs = []
    for mention in mentions:
        sited = _sited_work(mention)
        if sited is None:
            continue
        kind, site = sited
        holders = {name_key(m.text): m for m in named if name_key(site) in name_key(m.text)}
        if not holders and any(e.cls is EntityClass.COUNTRY for e in lexicon.lookup(site)):
            head = kind.split()[-1]
            holders = {name_key(m.text): m for m in named if name_key(m.text).endswith(head)}
        if len(holders) == 1:
            pairs.append((mention, next(iter(holders.values()))))
    return pairs


def _is_description(mention: Mention) -> bool:
    return (
        mention.source == "descriptor"
        or _is_described_acronym(mention)
        or (
            mention.source == "pattern"
            and mention.canonical is None
            and mention.cls in (EntityClass.AGREEMENT, EntityClass.EVENT)
            and _BARE_DESCRIPTION.fullmatch(name_key(mention.text)) is not None
        )
    )


def _is_described_acronym(mention: Mention) -> bool:
    """An acronym the document defines as a kind of paper, not as a name: "a memorandum of
    understanding (MoU)" is this document's MoU, and another document's MoU is another paper."""
    if mention.source != "acronym" or mention.canonical is None:
        return False
    long_form = name_key(mention.canonical)
    return _BARE_DESCRIPTION.fullmatch(long_form) is not None or long_form in _SHORT_DESCRIPTIONS.values()


def _parties(name: Mention, mentions: Sequence[Mention]) -> frozenset[str]:
    """The countries a name is made of (中 and 乌 of 中乌联合声明, 中华人民共和国 and 乌兹别克斯坦 of
    中华人民共和国和乌兹别克斯坦共和国联合声明)."""
    return frozenset(
        m.key
        for m in mentions
        if m.source == "compound" and m.cls is EntityClass.COUNTRY and m.key and name.span.contains(m.span)
    )


def _named_descriptions(mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(description, name) pairs of one document: 联合声明 and "the joint statement" of the 中巴联合声明
    or the China-Pakistan Joint Statement it names, when it names one thing so and only one (names
    made of the same parties, 中乌联合声明 and 中华人民共和国和乌兹别克斯坦共和国联合声明, are one thing)."""
    pairs = []
    for description in mentions:
        if not _is_description(description) or description.canonical:
            continue
        tail = name_key(description.text)
        named = {
            name_key(m.text): m
            for m in mentions
            if m.cls is description.cls
            and m.source not in ("descriptor", "compound")
            and not _is_description(m)
            and (name_key(m.text).endswith(tail) or name_key(m.text).startswith(tail + " "))
            and name_key(m.text) != tail
        }
        # "the closing ceremony … The ceremony", 颁奖暨启航仪式……仪式: the longer description
        named.update(
            (name_key(m.text), m)
            for m in mentions
            if m.cls is description.cls
            and m.source == "descriptor"
            and not m.canonical
            and name_key(m.text).endswith(tail)
            and name_key(m.text) != tail
        )
        # "the MoU" of a document that signed "a memorandum of understanding (MoU) on e-commerce
        # cooperation": the paper its subject names
        kinds = (tail, _SHORT_DESCRIPTIONS.get(tail, tail))
        named.update(
            (name_key(m.text), m)
            for m in mentions
            if m.cls is description.cls and m.source == "descriptor" and _subject_named_kind(m) in kinds
        )
        parties = {_parties(m, mentions) for m in named.values()}
        if len(named) == 1 or (len(parties) == 1 and len(next(iter(parties))) >= 2):
            for name in named.values():
                pairs.append((description, name))
    return pairs


def _glosses(doc: Document, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs (name, gloss) where the gloss is bracketed right after the name, same class."""
    pairs = []
    ordered = sorted((m for m in mentions if m.source != "compound"), key=lambda m: m.span.start)
    for first, second in pairwise(ordered):
        if first.cls is not second.cls or second.source == "descriptor" or first.source == "descriptor":
            continue
        between = _GLOSS_BETWEEN.fullmatch(doc.text[first.span.end : second.span.start])
        after = _GLOSS_AFTER.match(doc.text, second.span.end)
        if between and after and not (first.key and second.key and first.key != second.key):
            pairs.append((first, second))
    return pairs


def _join_project_descriptors(
    mentions: Sequence[Mention],
    cluster_of_mention: dict[tuple[str, int, int, EntityClass], str],
    seen_by_cluster: dict[str, list[_Seen]],
    union: _UnionFind,
) -> None:
    """A project descriptor ("the underground cable", 该光缆工程) is the document's main project.

    News articles describe one project by name and then by description; when the document
    names a project, its most mentioned one absorbs the descriptors of class Project.
    """
    counts: Counter[str] = Counter(
        cluster_of_mention[_mention_index(m)]
        for m in mentions
        if m.cls is EntityClass.PROJECT and m.source not in ("descriptor", "compound")
    )
    if not counts:
        return
    main = min(counts, key=lambda cluster: (-counts[cluster], cluster))
    main_name = next((item.mention.text for item in seen_by_cluster[main]), main)
    for mention in mentions:
        if mention.cls is not EntityClass.PROJECT or mention.source != "descriptor" or mention.canonical:
            continue  # (a description a reference resolved already names the thing it refers to)
        if (
            _generation_work(mention) is not None
            or _sited_work(mention) is not None
            or _link_work(mention) is not None
        ):
            continue  # an operator's 5G network, a data centre in a city, a payment link: no part of a cable
        cluster = cluster_of_mention[_mention_index(mention)]
        if union.find(cluster) == union.find(main):
            continue
        union.union(main, cluster)
        seen_by_cluster[cluster] = [
            _Seen(item.mention, cluster, f"descriptor of the document's main project {main_name}", item.names)
            for item in seen_by_cluster[cluster]
        ]


def _entity_id(root: str, members: Sequence[str]) -> str:
    if root.startswith("lex:"):
        return root[4:]
    if root.startswith("desc:"):
        _, cls, rest = root.split(":", 2)
        name, _, doc_id = rest.rpartition("@")
        return f"{cls}/{slug(name)}@{doc_id[:8]}"
    # Discovered names: the longest normalised name of the set names it, so the id does not
    # depend on the order in which documents were read.
    names = sorted((m.split(":", 2)[2] for m in members if m.startswith("name:")), key=lambda n: (-len(n), n))
    cls = root.split(":", 2)[1]
    return f"{cls}/{slug(names[0])}"


def _labels(
    seen: Sequence[_Seen], entry_labels: Sequence[tuple[str, str]], entry_aliases: Sequence[tuple[str, str]]
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """Preferred name per language (lexicon first, else the most frequent surface) and the rest."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    # a thing named only inside longer names (上合组织至2025年发展战略 in …的行动计划) is labelled by them
    named_alone = [item for item in seen if item.mention.source != "compound"] or seen
    for item in named_alone:
        surface = item.mention.text.strip()
        counts[_lang_of(surface)][surface] += 1
        if item.mention.source == "acronym" and item.mention.canonical and not item.mention.key:
            counts[_lang_of(item.mention.canonical)][item.mention.canonical] += 1
    labels: dict[str, str] = {}
    for lang, name in entry_labels:
        labels.setdefault(lang, name)
    for lang, counter in sorted(counts.items()):
        if lang not in labels:
            labels[lang] = min(counter.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]
    label_keys = {name_key(name) for name in labels.values()}
    aliases: dict[str, tuple[str, str]] = {}
    candidates = [
        *entry_aliases,
        *((_lang_of(item.mention.text), item.mention.text.strip()) for item in seen),
    ]
    candidates += [
        (_lang_of(item.mention.canonical), item.mention.canonical)
        for item in seen
        if item.mention.canonical and item.mention.source in ("acronym", "pattern", "compound")
    ]
    candidates += [(_lang_of(name), name) for item in seen for name in item.names]
    candidates += [(_lang_of(core), core) for item in seen if (core := _latin_core(item.mention.text))]
    candidates += [("en", head) for item in seen if (head := _description_without_site(item.mention))]
    for lang, name in candidates:
        key = name_key(name)
        if key and key not in label_keys and key not in aliases:
            aliases[key] = (lang, name)
    return tuple(sorted(labels.items())), tuple(sorted(aliases.values()))


# Somtel公司, Medusa海缆, SEA-ME-WE 4海缆: a Chinese text names a foreign thing by its own name and
# what kind it is; the name alone is what other texts call it
_LATIN_AND_KIND = re.compile(
    r"([A-Za-z][A-Za-z0-9&.'’ -]*[A-Za-z0-9])\s*"
    r"(?:公司|集团|海缆|光缆|海底光缆|海缆系统|光缆系统|项目|卫星|平台)"
)


# "first European data centre in Ireland", "four-day state visit to India": a description and the
# place it is sited in or bound for
_SITED_DESCRIPTION = re.compile(r"(?P<head>[a-z][\w&-]*(?:\s+[\w&-]+)+?)\s+(?:in|to|at)\s+(?:the\s+)?[A-Z].*")


def _description_without_site(mention: Mention) -> str | None:
    """What a described work or event is without its place ("four-day state visit" of "four-day
    state visit to India"), the name a text gives it where the place is said apart; else None."""
    if mention.source != "descriptor" or mention.canonical:
        return None
    match = _SITED_DESCRIPTION.fullmatch(mention.text.strip())
    return match["head"] if match else None


def _latin_core(name: str) -> str | None:
    """The foreign name a Chinese name is made of with its kind (Somtel of Somtel公司), or None."""
    match = _LATIN_AND_KIND.fullmatch(name.strip())
    return match.group(1) if match else None


_Evidence = dict[tuple[object, ...], Provenance]


def _mention_index(mention: Mention) -> tuple[str, int, int, EntityClass]:
    span = mention.span
    return (mention.doc_id, span.start, span.end, mention.cls)


def _without_scopes(extraction: Extraction, lexicon: Lexicon) -> Extraction:
    """亚太地区, "the Asia-Pacific region": a region named as a reach is no entity, whichever stage
    read it (a relation's inner name too), so nothing is said of it."""
    scope = lexicon.names_a_scope
    if not any(scope(m.key) for m in extraction.mentions):
        return extraction
    return replace(
        extraction,
        mentions=tuple(m for m in extraction.mentions if not scope(m.key)),
        relations=tuple(
            r for r in extraction.relations if not scope(r.subject.key) and not scope(r.object.key)
        ),
        facts=tuple(f for f in extraction.facts if not scope(f.subject.key)),
    )


def resolve(
    documents: Sequence[Document], extractions: Sequence[Extraction], lexicon: Lexicon
) -> KnowledgeGraph:
    """One entity per real thing, triples with all their evidence, facts, and why names merged."""
    docs = {doc.id: doc for doc in documents}
    union = _UnionFind()
    seen_by_cluster: dict[str, list[_Seen]] = defaultdict(list)
    cluster_of_mention: dict[tuple[str, int, int, EntityClass], str] = {}
    works: set[str] = set()  # clusters of projects named for the facility they build
    usable = [_without_scopes(x, lexicon) for x in extractions if x.doc_id in docs]
    for dropped in (x for x in extractions if x.doc_id not in docs):
        log.warning(
            "extraction for unknown document %s dropped: pass its Document to resolve()", dropped.doc_id
        )

    network_countries: dict[tuple[str, int, int, EntityClass], str] = {}

    def register(mention: Mention) -> str:
        index = _mention_index(mention)
        known = cluster_of_mention.get(index)
        if known is not None:
            return known
        doc = docs[mention.doc_id]
        cluster, reason = _cluster_of(mention, doc, lexicon, network_countries.get(index))
        union.find(cluster)
        cluster_of_mention[index] = cluster
        seen_by_cluster[cluster].append(
            _Seen(mention, cluster, reason, _ministry_names(doc.text, mention, lexicon))
        )
        return cluster

    def join_in_document(name: Mention, other: Mention, reason: str) -> None:
        """``other`` names what ``name`` names, in their document (never two lexicon entries);
        its mentions there record why."""
        first, second = register(name), register(other)
        if union.find(first) == union.find(second) or (
            union.find(first).startswith("lex:") and union.find(second).startswith("lex:")
        ):
            return
        union.union(first, second)
        seen_by_cluster[second] = [
            _Seen(item.mention, second, reason, item.names)
            if item.mention.doc_id == other.doc_id and item.mention.text == other.text
            else item
            for item in seen_by_cluster[second]
        ]

    for extraction in usable:
        doc = docs[extraction.doc_id]
        network_countries.update(_networks_of_other_countries(doc, extraction.mentions))
        for mention in extraction.mentions:
            register(mention)
        for relation in extraction.relations:
            register(relation.subject)
            register(relation.object)
        for fact in extraction.facts:
            register(fact.subject)
        _join_project_descriptors(extraction.mentions, cluster_of_mention, seen_by_cluster, union)
        for description, named in _named_descriptions(extraction.mentions):
            first, second = register(named), register(description)
            if union.find(first) == union.find(second):
                continue
            union.union(first, second)
            seen_by_cluster[second] = [
                _Seen(item.mention, second, f"description of {named.text} in the document", item.names)
                for item in seen_by_cluster[second]
            ]
        for short, full in _short_forms(extraction.mentions, lexicon):
            join_in_document(full, short, f"shorter form of {full.text} in the document")
        for work, named in _named_sited_works(extraction.mentions, lexicon):
            join_in_document(named, work, f"the work {named.text} names at its site, in the document")
        for facility, sited_work in _sited_facilities(extraction.mentions):
            join_in_document(sited_work, facility, f"the facility {sited_work.text} of the document")
        for facility, project in _works_for_facilities(extraction.mentions):
            works.add(register(project))
            join_in_document(project, facility, f"facility that {project.text} builds, in the document")
        for name, gloss in _glosses(doc, extraction.mentions):
            first, second = register(name), register(gloss)
            if union.find(first) == union.find(second) or (
                first.startswith("lex:") and second.startswith("lex:")
            ):
                continue
            union.union(first, second)
            for item in seen_by_cluster[second]:
                if item.mention.doc_id == doc.id and item.mention.span == gloss.span:
                    seen_by_cluster[second].remove(item)
                    seen_by_cluster[second].append(
                        _Seen(
                            item.mention,
                            second,
                            f"bracketed gloss of {name.text} in the document",
                            item.names,
                        )
                    )
                    break

    members: dict[str, list[str]] = defaultdict(list)
    for cluster in seen_by_cluster:
        members[union.find(cluster)].append(cluster)
    entity_of_cluster: dict[str, str] = {}
    entities: list[Entity] = []
    merges: list[MergeDecision] = []
    for root, clusters in sorted(members.items()):
        entity_id = _entity_id(root, clusters)
        seen = [item for cluster in sorted(clusters) for item in seen_by_cluster[cluster]]
        entry = lexicon.get(entity_id) if root.startswith("lex:") else None
        cls = entry.cls if entry else Counter(item.mention.cls for item in seen).most_common(1)[0][0]
        if entry is None and works.intersection(clusters):
            cls = EntityClass.PROJECT  # the facility a project builds is that work
        labels, aliases = _labels(seen, entry.labels if entry else (), entry.aliases if entry else ())
        for cluster in clusters:
            entity_of_cluster[cluster] = entity_id
        entities.append(
            Entity(
                id=entity_id,
                cls=cls,
                labels=labels,
                aliases=aliases,
                wikidata=entry.wikidata if entry else None,
                doc_ids=tuple(sorted({item.mention.doc_id for item in seen})),
            )
        )
        recorded: set[tuple[str, str]] = set()
        for item in seen:
            surface = item.mention.text.strip()
            if (surface, item.mention.doc_id) in recorded:
                continue
            recorded.add((surface, item.mention.doc_id))
            merges.append(
                MergeDecision(entity_id, surface, _lang_of(surface), item.reason, item.mention.doc_id)
            )

    def entity_of(mention: Mention) -> str:
        return entity_of_cluster[cluster_of_mention[_mention_index(mention)]]

    # each statement's evidence, once per (document, sentence, extractor, rule, confidence)
    triples: dict[tuple[str, Predicate, str], _Evidence] = defaultdict(dict)
    facts: dict[tuple[str, str, DateValue | Quantity], _Evidence] = defaultdict(dict)

    def add(evidence_of: _Evidence, doc: Document, extractor: str, found: Relation | Fact) -> None:
        span = found.evidence
        key = (doc.id, span.start, span.end, extractor, found.rule, found.confidence)
        if key not in evidence_of:
            sentence = doc.text[span.start : span.end]
            evidence_of[key] = Provenance(doc.id, sentence, span, extractor, found.rule, found.confidence)

    for extraction in usable:
        doc = docs[extraction.doc_id]
        for relation in extraction.relations:
            subject, obj = entity_of(relation.subject), entity_of(relation.object)
            if subject == obj:
                continue
            if relation.predicate in _SYMMETRIC and obj < subject:
                subject, obj = obj, subject
            add(triples[(subject, relation.predicate, obj)], doc, extraction.extractor, relation)
        for fact in extraction.facts:
            add(facts[(entity_of(fact.subject), fact.attribute, fact.value)], doc, extraction.extractor, fact)

    return KnowledgeGraph(
        documents=tuple(documents),
        entities=tuple(sorted(entities, key=lambda e: e.id)),
        triples=tuple(
            Triple(subject, Predicate(predicate), obj, tuple(provenance.values()))
            for (subject, predicate, obj), provenance in sorted(triples.items())
        ),
        facts=tuple(
            EntityFact(entity, attribute, value, tuple(provenance.values()))
            for (entity, attribute, value), provenance in sorted(
                facts.items(), key=lambda item: repr(item[0])
            )
        ),
        merges=tuple(merges),
    )
