"""English names that the lexicon does not know: capitalised phrases typed by their head noun,
people next to their titles, datelines, numbered meetings, and descriptions of this document's
events and agreements ("the inauguration ceremony").

A capitalised phrase is a run of capitalised words, joined by "of", "for", "and", "&" (and
"the" after "of"/"for"): "Framework for Negotiating DEFA", "ASEAN DEFA Negotiating Committee".
Its class comes from its head, the last word ("… Committee" → Organization) or the first one
when "of"/"for" follows ("Ministry of Commerce"). A phrase with no head is no name, unless a
title or an apposition makes it a person. Sentence-initial capitals ("Speaking at …"), titles
("Executive Vice President of …") and headline-style sentences, where every word is
capitalised, are not read as names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from kg.extract.dates import ENGLISH_CALENDAR_WORDS
from kg.extract.mentions_candidate import Candidate
from kg.extract.names_people_en import TITLES, Word, is_role_word, people_in_run, retired_mark_end, words_of
from kg.lexicon import Lexicon
from kg.lexicon.folding import has_cjk
from kg.model import EntityClass

ORG = EntityClass.ORGANIZATION
PROJECT = EntityClass.PROJECT
INITIATIVE = EntityClass.INITIATIVE
AGREEMENT = EntityClass.AGREEMENT
EVENT = EntityClass.EVENT
PLACE = EntityClass.PLACE
PERSON = EntityClass.PERSON

# A company's legal form ends its name ("… Co., Ltd.", "True Corporation").
_COMPANY_FORMS = (
    "company",
    "corporation",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "co",
    "co.",
    "limited",
)
# An investor's name ends with what it invests (IDG Capital, GSR Ventures, Bertelsmann Asia
# Investments), never after "and" or "of" (the European Capital of Culture).
_INVESTOR_HEADS = ("capital", "ventures", "investments")
_HEADS: dict[str, EntityClass] = {
    **dict.fromkeys(
        [
            "organization",
            "organisation",
            *_COMPANY_FORMS,
            "plc",
            # a Thai public company limited: "Gulf Energy Development Pcl"
            "pcl",
            "llc",
            "pte",
            "bhd",
            "berhad",
            "gmbh",
            "kft",
            "zrt",
            "ltda",
            "llp",
            "pty",
            "ooo",
            "sarl",
            "jsc",
            "pjsc",
            "tbk",
            "newswire",
            "embassy",
            "consulate",
            "group",
            "holdings",
            *_INVESTOR_HEADS,
            "ministry",
            "department",
            "council",
            "committee",
            "commission",
            "agency",
            "administration",
            "authority",
            "bureau",
            "division",
            "directorate",
            # a military or a police command: "the Baghdad Operations Command"
            "command",
            # "the High-level Advisory Body on AI", "the TRAINS Taskforce", "the High-Level Panel on
            # Digital Cooperation"
            "body",
            "taskforce",
            "panel",
            "bank",
            # a market is a body: the Budapest Stock Exchange, the Dubai Gold and Commodities Exchange
            "exchange",
            "fund",
            "foundation",
            "university",
            "institute",
            "college",
            # a hospital is a body (the Chinese PLA General Hospital, Siriraj Hospital)
            "hospital",
            "academy",
            "association",
            "federation",
            "union",
            "alliance",
            "consortium",
            "mechanism",
            "secretariat",
            "parliament",
            "assembly",
            "court",
            "news",
            "telecom",
            "telecommunications",
            "communications",
            "networks",
            "technologies",
            "international",
            "global",
            "media",
            "press",
            "times",
            "post",
            "daily",
            "office",
            "board",
            "chamber",
            "society",
            "centre",
            "center",
            "laboratory",
            "lab",
            "observatory",
        ],
        ORG,
    ),
    **dict.fromkeys(
        [
            "initiative",
            "strategy",
            "plan",
            "programme",
            "program",
            "vision",
            "policy",
            "agenda",
            "masterplan",
            "blueprint",
            # "Electronic World Trade Platform", "Digital Silk Road Platform"
            "platform",
            # a government's programme: "the India Semiconductor Mission", "the Digital India Mission"
            "mission",
        ],
        INITIATIVE,
    ),
    **dict.fromkeys(
        [
            "project",
            "cable",
            "zone",
            "park",
            "highway",
            "motorway",
            "expressway",
            "railway",
            "railroad",
            "bridge",
            "tunnel",
            "airport",
            "dam",
            "plant",
            "station",
            "hub",
            "pipeline",
            # "the Celtic Interconnector", "the EuroAsia Interconnector": a power link between grids
            "interconnector",
            "gateway",
            "backbone",
            # "African Internet Exchange System", "Trans-Asia-Europe Cable System", "Bayport Terminal"
            "system",
            "terminal",
            # "the UAE-US AI Campus", "the Bengaluru R&D Campus": a site of buildings
            "campus",
            # "the Zamengoe Datacentre": the one-word spelling of a data centre
            "datacentre",
            "datacenter",
            # a chip factory: "Newport Wafer Fab"
            "fab",
        ],
        PROJECT,
    ),
    **dict.fromkeys(
        [
            "agreement",
            "treaty",
            "convention",
            "accord",
            "memorandum",
            "mou",
            "protocol",
            "declaration",
            "statement",
            "communique",
            "communiqué",
            "charter",
            "partnership",
            "framework",
            "pact",
            "compact",
            "contract",
            # a law is a document the contract files with agreements: "the European Chips Act", "the
            # General Data Protection Regulation"
            "act",
            "regulation",
        ],
        AGREEMENT,
    ),
    **dict.fromkeys(
        [
            "summit",
            "forum",
            "conference",
            "meeting",
            "expo",
            "exhibition",
            "congress",
            "dialogue",
            "session",
            "ceremony",
            "visit",
            "fair",
            "symposium",
            "seminar",
            "workshop",
            "roundtable",
            # "Singapore International Cyber Week", "China-ASEAN Education Week"
            "week",
        ],
        EVENT,
    ),
    **dict.fromkeys(
        [
            "province",
            "region",
            "prefecture",
            "county",
            "district",
            "ocean",
            "sea",
            "gulf",
            "bay",
            "beach",
            "strait",
            "pass",
            "island",
            "islands",
            "peninsula",
            "valley",
            "river",
            "lake",
            "mountains",
            "desert",
            "plateau",
            "port",
            "camp",
            "hotel",
            "spa",
            "resort",
            "palace",
            "volcano",
            "road",
            "street",
            "avenue",
        ],
        PLACE,
    ),
}
# Words that make a place of the name they open: Cape D'Aguilar, Mount Everest, Lake Victoria.
_FIRST_WORD_PLACES = frozenset(("cape", "mount", "mt", "lake", "fort"))
# Lower-case nouns after a capitalised name that say what it is: "the Pak-China OFC project",
# "Cape D'Aguilar station", "its Pangu AI model".
_LOWER_HEAD = re.compile(
    # (a cable's make may stand between: "the Trans-Caspian fibre-optic cable")
    r"(?P<make>\s+(?:fib(?:re|er)[- ]optic|optical|submarine|undersea|subsea|terrestrial))?"
    r"\s+(?P<head>cable landing station|landing station|cable system|data cent(?:re|er)|project|cable|"
    r"station|hub|park|zone|corridor|model|initiative|agreement|summit|forum|expo|conference|ministry|headquarters|"
    r"volcano|company|plant|fab|"
    r"(?:provincial |state |regional |municipal |city )?government)(?![\w-])"
)
_LOWER_HEAD_CLASSES = {
    "cable landing station": PLACE,
    "landing station": PLACE,
    "station": PLACE,
    "cable system": PROJECT,
    "data centre": PROJECT,
    "data center": PROJECT,
    "project": PROJECT,
    "cable": PROJECT,
    "hub": PROJECT,
    "park": PROJECT,
    "zone": PROJECT,
    "corridor": INITIATIVE,
    "model": EntityClass.TECHNOLOGY,
    "initiative": INITIATIVE,
    "agreement": AGREEMENT,
    "summit": EVENT,
    "forum": EVENT,
    "expo": EVENT,
    "conference": EVENT,
    "ministry": ORG,
    "headquarters": ORG,
    "volcano": PLACE,
    "company": ORG,
    "plant": PROJECT,
    "fab": PROJECT,
    **{
        f"{level}government": ORG
        for level in ("", "provincial ", "state ", "regional ", "municipal ", "city ")
    },
}
# A run that ends as a modifier ("ERC-funded", "China-led", "IP-based") describes the noun after
# it, it does not name it.
_MODIFIER_END = re.compile(r"-[a-z]+$")
_MODIFIER_WORD = re.compile(
    r"(?:[a-z]|\.)-(?:headquartered|owned|backed|built|funded|led|run|operated|made|designed|financed|listed|"
    r"controlled|supplied|based)$"
    # "Thailand's 45-billion-U.S.-dollar Eastern Economic Corridor": what the thing is worth
    r"|[A-Za-z.]-(?:dollar|yuan|renminbi|euro|rupee|ringgit|baht|naira|shilling|pound|yen|taka|riel|kip)s?$"
)
# A quantity before a head says how big the thing is, it does not name it: "the 20Tbps cable",
# "the 15,000km cable".
_QUANTITY = re.compile(r"\d[\d,.]*\s?(?:[kKMGT]?(?:bps|bit/s|B)|km|m|MW|GW|[MG]Hz|kg|t)$")
# Lexicon names a lower-case head may follow without making a new name of them ("Huawei
# project" is Huawei's project, not a project called Huawei).
_NO_LOWER_HEAD = frozenset((EntityClass.ORGANIZATION, EntityClass.COUNTRY, EntityClass.PLACE, PERSON))
# Lower-case nouns before a name that say it is an organisation: "research consultancy
# Canalys", "operator Zong", "tech giant Huawei".
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:consultancy|consultancies|firm|company|operator|carrier|provider|start-?up|vendor|maker|"
    r"manufacturer|developer|lender|insurer|broadcaster|newspaper|agency|regulator|watchdog|giant|"
    r"conglomerate|think[ -]tank|contractor|integrator|subsidiary|portal|website|outlet|publisher|platform|"
    r"retailer|marketplace|investor|brand|fintech|bank|group|rival|competitor|utility|airline|studio|streamer|"
    r"(?:streaming|music|video|messaging|payments?) service|"
    r"(?:subsidiary|unit|arm|affiliate|division|parent|owner) of)\s+$"
)
# A year after an event's name is part of it: "Huawei Cloud Summit Saudi Arabia 2023".
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d{2}(?![\w-])")
# The years after a plan's name are part of it: "Kenya's Digital Economy Strategy 2021", "the
# National Space Program 2047", "the Pacific Aid for Trade Strategy 2020-2025".
_YEARS_AFTER = re.compile(r"\s+(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?(?![\w-])")
# "in Chinar Bagh, Gilgit": a name before a known place, after a locative preposition, is a place.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|link|linking|connect|connecting|links|connects|between|via)\s+$"
)
_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|$)")
# Two-word heads that say more than their last word.
_TWO_WORD_HEADS: dict[str, EntityClass] = {
    "economic corridor": INITIATIVE,
    "cable system": PROJECT,
    "data centre": PROJECT,
    "data center": PROJECT,
    "pilot zone": PROJECT,
    # a park of one industry a city builds ("Dubai Internet City", "Kuala Lumpur Internet City")
    "internet city": PROJECT,
    # a vocational school China builds abroad, named for its host ("the Cambodia Luban Workshop")
    "luban workshop": PROJECT,
    # games a city hosts ("the 2008 Beijing Olympics", "the Guangzhou Asian Games")
    "olympic games": EVENT,
    "asian games": EVENT,
    "media city": PROJECT,
    "cyber city": PROJECT,
    "research centre": ORG,
    "research center": ORG,
    "news agency": ORG,
    "white paper": AGREEMENT,
    "new area": PLACE,
    "task force": ORG,
    # "the National Backbone Optic Fibre Link" (a link alone may be a company: Kovira Link)
    "fibre link": PROJECT,
    "fiber link": PROJECT,
    "optic link": PROJECT,
    "cable link": PROJECT,
    "backbone link": PROJECT,
}
_CONNECTORS = {"of", "for", "and", "&", "the", "de", "la", "du", "do", "da", "dos", "das", "del"}
# Heads that name something only with a field after "of": "the China-ASEAN Year of Innovation"
# (but "Chinese New Year" names no initiative).
_OF_HEADS: dict[str, EntityClass] = {"year": INITIATIVE, "government": ORG}
# Words that join a text's or a meeting's head to its topic, and the heads they follow.
_TOPIC_CONNECTORS = frozenset(("on", "against"))
_TOPIC_HEADS = frozenset(
    (
        "convention",
        "treaty",
        "agreement",
        "declaration",
        "protocol",
        "charter",
        "memorandum",
        "conference",
        "forum",
        "summit",
        "dialogue",
        "symposium",
        "workshop",
        "seminar",
        "meeting",
        "commission",
        "committee",
        "body",
        "panel",
        "taskforce",
        "council",
        "initiative",
    )
)
_INNER_CONNECTORS = frozenset(("of", "for", *_TOPIC_CONNECTORS))
# A company's legal form: nothing after it and "of" / "for" belongs to the name.
_LEGAL_HEADS = frozenset((*_COMPANY_FORMS, "holdings", "group"))
# ", Ltd." after "Co.": the run of capitalised words stops at the comma.
_LEGAL_TAIL = re.compile(r",?\s*(?:Ltd\.?|Limited|LTD\.?)(?![\w])")
# Bodies named with the country they are in: "the Chinese Chamber of Commerce in Cambodia", "the
# Embassy of China in Laos".
_ABROAD_HEADS = frozenset(
    ("chamber", "embassy", "consulate", "mission", "association", "office", "delegation")
)
# A year before an event's name is part of it: "the 2024 China-Africa Internet Development and
# Cooperation Forum".
_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:19|20)\d{2}\s+$")
_LEADING_WORDS = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "our",
    "its",
    "their",
    "his",
    "her",
    "what",
    "who",
    "how",
    "why",
    "when",
    "where",
    "it",
    "we",
    "they",
    "he",
    "she",
    "and",
    "but",
    "if",
    "as",
    "for",
    "from",
    "with",
    "by",
    "to",
    "since",
    "after",
    "before",
    "during",
    "while",
    "besides",
    "under",
    "over",
    "through",
    "according",
    "speaking",
    "both",
    "all",
    "some",
    "many",
    "most",
    "other",
    "every",
    "each",
    "first",
    "last",
    "new",
    "negotiations",
    "construction",
    "launch",
    "group",
    "core",
    # people of a body opening a sentence: "Officials of the … Center attended"
    "officials",
    "representatives",
    "delegates",
    "members",
    "experts",
    "leaders",
    "executives",
    "employees",
    "staff",
    "engineers",
    "technicians",
    "teachers",
    "students",
    "participants",
    "researchers",
    "scholars",
    "journalists",
    "guests",
}
# Role words (a title before a name is not part of it), and words that only qualify a role here.
_TITLE_WORDS = TITLES | {
    "acting",
    "analyst",
    "correspondent",
    "dr.",
    "editor",
    "fellow",
    "foreign",
    "former",
    "general",
    "interim",
    "lead",
    "mr.",
    "mrs.",
    "ms.",
    "partner",
    "prof.",
    "researcher",
    "senior",
    "state",
}
_MONTHS = ENGLISH_CALENDAR_WORDS
_FIRST_WORD = re.compile(r"[A-Za-z0-9]")
# "al-Rubaie": an Arabic surname keeps its lower-case article; "Pan-African e-Network Project"
_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|at|az|ul|e)-[A-Z][\w'’.&-]*|[A-Z][\w'’.&-]*|\d+[A-Za-z][\w-]*)"
# A run of capitalised words, joined by the connectors a name may hold; _chunks splits it. It
# does not open inside a word ("eWTP", "mBridge").
# (the capitalised heads a topic follows: fixed-width lookbehinds, one per head)
_AFTER_TOPIC_HEAD = "|".join(f"(?<={word.capitalize()})" for word in sorted(_TOPIC_HEADS))
_RUN = re.compile(
    rf"(?<![A-Za-z]){_NAME_WORD}(?:\s+(?:(?:of|for|and|&|de|la|du|do|das|del|bin|ben|binti|ibn|al|ul|van|von|der|da|di|dos)\s+"
    rf"(?:the\s+)?)?{_NAME_WORD}|(?:{_AFTER_TOPIC_HEAD})\s+(?:{'|'.join(sorted(_TOPIC_CONNECTORS))})\s+"
    rf"(?:the\s+)?{_NAME_WORD})*"
)
_HEADLINE_FUNCTION_WORDS = frozenset(
    ["of", "for", "and", "the", "to", "in", "on", "at", "a", "an", "or", "de", "la", "du"]
)
# "ISLAMABAD, July 13 (Xinhua) --", "NAIROBI, Kenya —", "WELLINGTON/SYDNEY, Jan 18 (Reuters) -",
# "HONG KONG, Nov. 12, 2025 /PRNewswire/ --": one or two cities in capitals, then a country, a
# date and an agency, each optional, then a dash.
_CAPITALS = r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}"
_DATELINE = re.compile(
    rf"^({_CAPITALS})(?:/({_CAPITALS}))?(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?=\s*[-–—,(/]))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\(([^()\n]{2,40})\)|/([^/\n]{2,40})/)?\s*(?:--|[-–—])\s",
    re.MULTILINE,
)
_ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "inaugural",
    ]
)
_ORDINAL_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
_ORDINAL_EVENT = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
    r"Twelfth|Inaugural)\s+"
    r"((?:[A-Z][\w'’&/-]*)(?:\s+(?:of|for|and|&|the|on)?\s*[A-Z][\w'’&/-]*)*)"
    r"(\s*\([A-Z][A-Za-z0-9&-]{1,10}\))?"
    r"(\s+(?:ministerial meeting|meeting|summit|session|forum|conference|plenary|congress|expo|retreat|"
    r"dialogue|symposium|seminar|workshop|training course|exhibition))?"
)
_DESCRIPTOR = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+("
    # (a visit is named with where it goes: "a state visit to Malaysia", "an official visit to Beijing")
    r"(?:(?:[a-z][a-z-]+)\s+){0,2}?(?:ceremony|(?:state|official|working|bilateral) visit"
    r"(?:\s+to\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?)"
    r"|(?:kick-?off|launch|inaugural|handover|signing|commissioning) (?:meeting|event)"
    r"|(?:(?:first|second|third|latest|[a-z0-9][\w-]*)\s+){0,2}?(?:(?:spectrum|licen[cs]e|frequency)\s+)?auction"
    # ("the memorandum was signed", "in the spirit of the memorandum": the paper a report is about)
    r"|joint statement|joint communiqu[eé]|joint declaration|memorandum(?: of understanding)?|(?-i:MoU|MOU)"
    r"|letter of intent|(?-i:LoI|LOI))\b"
)
# "signed the construction and maintenance agreement": what a document says was signed.
_SIGNED_DESCRIPTOR = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|conclud(?:ed|es|ing)|finali[sz](?:ed|es|ing))\s+"
    r"(?:the|a|an|its|their|this)\s+((?:(?!with\b|on\b|in\b|for\b|of\b|to\b)[a-z][a-z-]+\s+(?:and\s+)?){0,4}?"
    r"(?:agreement|contract|deal))\b"
)
# "the consortium's construction and maintenance agreement": a contract named by what it covers.
_CONTRACT_DESCRIPTOR = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|\w+['’]s?)\s+((?:(?:construction|maintenance|supply|purchase|loan|"
    r"financing|landing|capacity|interconnection|operation|operations|service|services|consortium)\s+"
    r"(?:and\s+)?){1,3}(?:agreement|contract))\b"
)
# "signed an agreement on satellite navigation", "the signing of a memorandum of understanding on
# the Belt and Road Initiative": an agreement its subject names, though "a" introduces it
_SUBJECT_STOPS = (
    r"with|at|during|between|which|that|when|after|before|by|for|to|both|will|would|was|were|is|are|has|have|"
    r"aimed|today|signed|under|among|along"
)
# "signed an MoU on e-commerce cooperation", "under the MoU on the digital economy", "a memorandum of
# understanding (MoU) on digital telecommunications cooperation": an agreement named by its subject
# (the subject goes on through "in the Digital Economy" and "cooperation in the processing
# industry", not through "in Beijing" or "and an MoU …")
_SUBJECT_DESCRIPTOR = re.compile(
    r"\b(?:(?:sign(?:ed|s|ing)?(?:\s+of)?|ink(?:ed|s|ing)?|conclud(?:ed|es|ing))\s+)?(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+"
    r"((?:agreement|(?i:memorandum(?:\s+of\s+understanding)?)(?:\s+\((?:MoU|MOU)\))?|MoU|MOU|treaty|protocol|accord)"
    r"\s+on\s+(?:the\s+|an?\s+)?[\w-]+"
    r"(?:\s+(?!(?:"
    + _SUBJECT_STOPS
    + r")\b|in\s+(?!the\s+[A-Z])(?<!cooperation\sin\s)|(?<=cooperation\sin\s)[A-Z]"
    r"|and\s+(?:an?|the|two|three|other|\d+)\b)[\w-]+)"
    r"{0,7}?)"
    r"(?=\s*[,.;:)\"”]|\s*$|\s+(?:" + _SUBJECT_STOPS + r")\b|(?<!cooperation)\s+in\s+(?!the\s+[A-Z])"
    r"|\s+in\s+(?=[A-Z])|\s+and\s+(?:an?|the|two|three|other|\d+)\b)"
)
_INDEFINITE = re.compile(r"\b[Aa]n?\s")
# "Sri Lanka and India signed a memorandum of understanding": the paper the parties signed is
# one of the report, with what it is about and who signed it, named or not
_SIGNING_BEFORE = re.compile(r"\b(?:signed|inked|concluded|sealed|sign|signing)\s+an?\s+$")
_DESCRIPTOR_WORDS = (
    "MoU",
    "MOU",
    "letter of intent",
    "LoI",
    "LOI",
    "auction",
    "ceremony",
    "visit",
    "joint",
    "memorandum",
    "sign",
    "ink",
    "conclud",
    "finali",
    "meeting",
    "event",
    "agreement",
    "contract",
)
_EVENT_WORDS = ("ceremony", "visit", "meeting", "event", "auction")
# "Equinix GN1, a newly built carrier-neutral data centre": a name and what it is.
_APPOSITIVE_HEAD = re.compile(
    r",\s+(?:a|an|the|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(data cent(?:re|er)|cable landing station|landing station|cable system|submarine cable|subsea cable|"
    r"company|operator|carrier|provider|firm|consortium|subsidiary|joint venture|unit|arm|affiliate|"
    r"bank|lender|start-?up|retailer|marketplace|maker|manufacturer|giant|conglomerate|investor|brand|"
    r"city|town|port|village)(?![\w-])"
    r"(?=\s*[,.;:)]|\s*$|\s+\d+(?:\.\d+)?\s?(?:%|per\s?cent)\s+owned\b|"
    r"\s+(?:in|of|that|which|with|based|owned|run|operated|located|headquartered|from|at|on|"
    r"for|and|under|by|to|since|near|serving|providing|offering|founded|set|established|whose|linking|connecting|"
    r"backed|valued|listed|controlled|known|led|speciali[sz]ing|focused)\b)"
)
_APPOSITIVE_CLASSES = {
    "data centre": PROJECT,
    "data center": PROJECT,
    "cable landing station": PROJECT,
    "landing station": PROJECT,
    "cable system": PROJECT,
    "submarine cable": PROJECT,
    "subsea cable": PROJECT,
    "company": ORG,
    "operator": ORG,
    "carrier": ORG,
    "provider": ORG,
    "firm": ORG,
    "consortium": ORG,
    "subsidiary": ORG,
    # "CSquared Woezon, a joint venture 56% owned by …", "Viettel Solutions, a unit of Viettel"
    "joint venture": ORG,
    "unit": ORG,
    "arm": ORG,
    "affiliate": ORG,
    # "Nubank, the Brazilian digital bank backed by Tencent", "Flipkart, India's largest online retailer"
    "bank": ORG,
    "lender": ORG,
    "startup": ORG,
    "start-up": ORG,
    "retailer": ORG,
    "marketplace": ORG,
    "maker": ORG,
    "manufacturer": ORG,
    "giant": ORG,
    "conglomerate": ORG,
    "investor": ORG,
    "brand": ORG,
    "city": PLACE,
    "town": PLACE,
    "port": PLACE,
    "village": PLACE,
}
_BASED = "-based "
_CONSORTIUM = " consortium"


_TRAILING = ".,;:!?\"'”’)"


def _is_headline(sentence: str) -> bool:
    """A sentence in headline style: most of its content words (acronyms aside) are capitalised.
    A list of people and their titles separated by semicolons is no headline, however capitalised."""
    if ";" in sentence:
        return False
    capitalised = content = 0
    for written in sentence.split():
        token = written.strip("\"'“”‘’([{")
        if len(token) >= 2 and "A" <= token[0] <= "Z" and "a" <= token[1] <= "z":
            capitalised += 1
            content += 1
        elif token and "a" <= token[0] <= "z" and token.rstrip(_TRAILING) not in _HEADLINE_FUNCTION_WORDS:
            content += 1
    return content >= 5 and capitalised / content >= 0.9


# Heads that "and" may extend inside one name: "Nyali Sun Africa Beach Hotel and Spa".
_HEADS_JOINED = frozenset(("hotel", "resort"))
# A rating before a kind of facility is no name: "Tier III data centre standards".
_RATING = re.compile(r"Tier\s+(?:[IVX]{1,3}|\d)$")


def _chunks(words: Sequence[Word]) -> list[list[Word]]:
    """Runs of capitalised words joined by connectors.

    A possessive ends a run (Pakistan's | Special Communication Organization), and so does
    "and" after a complete name (… Organization | and | China Telecom).
    """
    chunks: list[list[Word]] = []
    current: list[Word] = []
    pending: list[Word] = []
    for word in words:
        if word.capitalised:
            if (
                current
                and pending
                and (not _connectors_ok(current, pending, word) or _another_name_after(current, pending))
            ):
                chunks.append(current)
                current = []
            current += pending if current else []
            current.append(word)
            pending = []
            if word.possessive:
                chunks += _owner_after_and(current)
                current = []
        elif (
            current
            and (word.lower in _CONNECTORS or (word.lower in _TOPIC_CONNECTORS and not pending))
            and len(pending) < 2
        ):
            if (
                word.lower in ("and", "&")
                and current[-1].lower in _HEADS
                and current[-1].lower not in _HEADS_JOINED
                and not _opens_with_head(current)
            ):
                chunks.append(current)
                current, pending = [], []
                continue
            pending.append(word)
        else:
            if current:
                chunks.append(current)
            current, pending = [], []
    if current:
        chunks.append(current)
    return chunks


def _owner_after_and(run: list[Word]) -> list[list[Word]]:
    """A run that ends with a possessive: the owner after the last "and" is no part of the name
    before it ("China's Ministry of Commerce and | Singapore's Ministry of Trade and Industry",
    "… and | South Africa's …"), unless a head stands among the owner's words."""
    for index in range(len(run) - 2, 0, -1):
        if run[index].lower in ("and", "&"):
            owner = run[index + 1 :]
            if any(word.lower in _HEADS or not word.capitalised for word in owner):
                return [run]
            return [run[:index], owner]
    return [run]


def _opens_with_head(chunk: Sequence[Word]) -> bool:
    """ "Ministry of …", "Bank for …": a head that names its field after it, which "and" may extend."""
    return (
        len(chunk) >= 3
        and chunk[0].lower in _HEADS
        and (
            chunk[1].lower in ("of", "for")
            or (chunk[1].lower in _TOPIC_CONNECTORS and chunk[0].lower in _TOPIC_HEADS)
        )
    )


def _another_name_after(current: Sequence[Word], pending: Sequence[Word]) -> bool:
    """ "the Ministry of Health and Family Welfare | and the | University Grants Commission": after
    a name that opens with its head, "and the" starts the next name of a list."""
    return [word.lower for word in pending] == ["and", "the"] and _opens_with_head(current)


def _connectors_ok(current: Sequence[Word], pending: Sequence[Word], after: Word) -> bool:
    joined = " ".join(word.lower for word in pending)
    if pending[0].lower in _TOPIC_CONNECTORS:
        # "the Framework Convention on Artificial Intelligence", "the Convention against
        # Cybercrime": what a text or a meeting is about names it (not "the summit on Tuesday")
        return (
            current[-1].lower in _TOPIC_HEADS
            and [word.lower for word in pending[1:]] in ([], ["the"])
            and after.lower not in _MONTHS
        )
    return joined in (
        "of",
        "for",
        "and",
        "&",
        "of the",
        "for the",
        "de",
        "la",
        "du",
        "and the",
        "do",
        "da",
        "dos",
        "das",
        "del",
    )


# Bodies named in French, Spanish or Portuguese put their head first, whatever follows it
# ("Société d'Infrastructures Numériques", "Colegio de Muntinlupa", "Banco Bocom BBM")
_FOREIGN_FIRST_HEADS = frozenset(
    (
        "société",
        "agence",
        "banque",
        "institut",
        "université",
        "ministère",
        "fondation",
        "banco",
        "instituto",
        "grupo",
        "empresa",
        "colegio",
        "universidad",
        "universidade",
        "ministerio",
        "ministério",
        "fundación",
        "fundação",
        "compañía",
        "companhia",
    )
)


def _head(chunk: Sequence[Word]) -> tuple[EntityClass, str] | None:
    """The class and position ("last" or "first") of the chunk's head noun."""
    if len(chunk) >= 3 and chunk[1].lower in ("of", "for") and _HEADS.get(chunk[0].lower) is EVENT:
        return EVENT, "first"  # "Summit of the Shanghai Cooperation Organisation": a meeting of a body
    if len(chunk) >= 2:
        two = f"{chunk[-2].lower} {chunk[-1].lower}"
        if two in _TWO_WORD_HEADS:
            return _TWO_WORD_HEADS[two], "last"
    last = chunk[-1].lower
    if last in _INVESTOR_HEADS and any(word.lower in ("and", "&", "of", "for") for word in chunk):
        return None  # "SCO Cultural and Tourism Capital" is a title a city holds, not a fund
    if last in _HEADS:
        return _HEADS[last], "last"
    if _opens_with_head(chunk):
        return _HEADS[chunk[0].lower], "first"
    if chunk[0].lower in _FIRST_WORD_PLACES and len(chunk) >= 2:
        return PLACE, "first"
    if chunk[0].lower in _FOREIGN_FIRST_HEADS and len(chunk) >= 2:
        return ORG, "first"
    inner = _inner_head(chunk)
    if inner is not None and chunk[inner].lower not in _LEGAL_HEADS:
        return _OF_HEADS.get(chunk[inner].lower) or _HEADS[chunk[inner].lower], "first"
    return None


def _without_name_after_country(chunk: Sequence[Word], known: _Known) -> Sequence[Word]:
    """ "Director of the Cyberspace Administration of China Zhuang Rongwen": a body named by its
    head and its country ends with the country; two or three words after it are a person's name."""
    for index, word in enumerate(chunk[1:], start=1):
        country_end = known.countries.get(word.start)
        if country_end is None or chunk[index - 1].lower not in ("of", "for"):
            continue
        last = max(i for i, w in enumerate(chunk) if w.end <= country_end)
        rest = chunk[last + 1 :]
        if 2 <= len(rest) <= 3 and all(
            w.text[:1].isupper() and w.lower not in _HEADS and w.lower not in _CONNECTORS for w in rest
        ):
            return chunk[: last + 1]
    return chunk


def _without_titled_person(chunk: list[Word]) -> list[Word]:
    """ "Council of Europe Secretary General Marija Pejčinović Burić": a title after a body's name
    opens the name of the person who holds it, no part of the body's."""
    for index in range(2, len(chunk) - 1):
        if _is_title_word(chunk[index].lower) and chunk[index - 1].lower not in _CONNECTORS:
            return chunk[:index]
    return chunk


def _inner_head(chunk: Sequence[Word]) -> int | None:
    """ "China Academy of Launch Vehicle Technology", "China-ASEAN Year of Innovation": the index
    of a head that names its field after "of" / "for" inside the chunk (the last one)."""
    if len(chunk) < 3 or not any(word.lower in _INNER_CONNECTORS for word in chunk):
        return None
    for index in range(len(chunk) - 3, -1, -1):
        word = chunk[index].lower
        after = chunk[index + 1].lower
        if after in _TOPIC_CONNECTORS and word in _TOPIC_HEADS:
            return index  # "Framework Convention on Artificial Intelligence"
        if after not in ("of", "for"):
            continue
        if word in _OF_HEADS or (index > 0 and word in _HEADS):
            return index
    return None


def _legal_prefix(chunk: Sequence[Word], known: _Known) -> list[Word] | None:
    """ "China Great Wall Industry Corporation for SUPARCO": a company's legal head before "for" /
    "of" ends its name; what follows is whom it works for. A country or a place alone after "of"
    is part of the name: "the National Grid Corporation of the Philippines", "the National
    Payments Corporation of India"."""
    inner = _inner_head(chunk)
    if inner is None or chunk[inner].lower not in _LEGAL_HEADS:
        return None
    rest = [word for word in chunk[inner + 2 :] if word.lower != "the"]
    if chunk[inner + 1].lower == "of" and rest and _one_known_place(rest, known):
        return list(chunk)
    return list(chunk[: inner + 1])


def _one_known_place(words: Sequence[Word], known: _Known) -> bool:
    return known.places.get(words[0].start) == words[-1].end


def _trim(chunk: list[Word], initial: bool) -> list[Word]:
    """Drop a capitalised sentence opener ("Speaking", "The"), a modifier that says who built or
    owns the thing ("Hong Kong-headquartered China Telecom Global", "Huawei-built Kumul cable")
    and dangling connectors."""
    modifier = max((i for i, word in enumerate(chunk[:-1]) if _MODIFIER_WORD.search(word.text)), default=-1)
    if modifier >= 0:
        chunk, initial = chunk[modifier + 1 :], False
    # "Economic and Commercial Counsellor of the Chinese Embassy": a title names its body after "of"
    title = max(
        (i for i, word in enumerate(chunk[:-2]) if word.lower in TITLES and chunk[i + 1].lower == "of"),
        default=-1,
    )
    if title >= 0:
        chunk, initial = chunk[title + 2 :], False
    while chunk and (
        chunk[0].lower in _CONNECTORS
        or chunk[0].lower in ("a", "an")
        or (initial and chunk[0].lower in _LEADING_WORDS)
    ):
        initial = initial and chunk[0].lower not in _CONNECTORS
        chunk = chunk[1:]
    while chunk and chunk[-1].lower in _CONNECTORS:
        chunk = chunk[:-1]
    return chunk


class EnglishNames(NamedTuple):
    """What one pass over the capitalised runs of a text finds.

    ``runs`` are the runs themselves (offsets, a capitalised sentence opener dropped): the
    items a list of names is made of, for ``kg.extract.names_lists``.
    """

    candidates: list[Candidate]
    runs: list[tuple[int, int]]


_AFFILIATIONS = (EntityClass.COUNTRY, EntityClass.ORGANIZATION)
_WHERE = (EntityClass.COUNTRY, PLACE)


class _Known(NamedTuple):
    """The lexicon's names of the text, as the patterns here need them.

    ``places`` maps the start of each country or place name to its end (``countries`` of each
    country name), ``classes`` each lexicon span to its class, ``organisations`` holds the starts
    of organisation names.
    """

    places: dict[int, int]
    classes: dict[tuple[int, int], EntityClass]
    organisations: frozenset[int]
    countries: dict[int, int]
    nested: frozenset[int]


def _known(protected: Sequence[Candidate]) -> _Known:
    return _Known(
        {span.start: span.end for span in protected if span.cls in _WHERE},
        {(span.start, span.end): span.cls for span in protected},
        frozenset(span.start for span in protected if span.cls is ORG),
        {span.start: span.end for span in protected if span.cls is EntityClass.COUNTRY},
        _nested_starts(protected),
    )


def _nested_starts(protected: Sequence[Candidate]) -> frozenset[int]:
    """Starts of lexicon names inside longer ones (Egypt in Telecom Egypt)."""
    nested = set()
    longest_end = -1
    for span in sorted(protected, key=lambda c: (c.start, -c.end)):
        if span.end <= longest_end:
            nested.add(span.start)
        longest_end = max(longest_end, span.end)
    return frozenset(nested)


# A title of someone posted to a country, then the country, then the name: "Pakistan's Ambassador
# to China Khalil Hashmi", "China's Ambassador to Serbia Chen Bo"
_POSTED_TITLES = frozenset(("ambassador", "envoy", "consul", "consul-general", "representative", "attaché"))
_POSTED_TO = re.compile(r" to (?=[A-Z])")


def find_names_en(
    text: str, spans: Sequence[tuple[int, int]], protected: Sequence[Candidate] = ()
) -> EnglishNames:
    """Capitalised names with a head noun, people, datelines and numbered meetings.

    One regular-expression pass over the capitalised runs of each sentence; everything else
    is read around the runs. ``protected`` are the lexicon candidates of the text.
    """
    affiliations = {span.start for span in protected if span.cls in _AFFILIATIONS}
    countries = {span.start for span in protected if span.cls is EntityClass.COUNTRY}
    known = _known(protected)
    found: list[Candidate] = []
    runs: list[tuple[int, int]] = []
    stop_words = _NOT_IN_NAMES
    for sentence_start, sentence_end in spans:
        first = _FIRST_WORD.search(text, sentence_start, sentence_end)
        if first is None:
            continue
        headline: bool | None = None
        role_ends_at = -1
        for match in _RUN.finditer(text, sentence_start, sentence_end):
            run_start, run_end = match.span()
            group = match.group()
            multi = len(group.split(maxsplit=1)) == 2
            after_role = run_start == role_ends_at
            if not (multi or after_role or "-" in group):
                runs.append((run_start, _item_end(text, run_start, run_end)))
                found += _around(text, run_start, run_end, group, known)
                continue
            words = words_of(text, run_start, run_end)
            if not words:
                continue
            initial = run_start == first.start()
            items = _list_items(
                text, words[1].start if initial and words[0].lower in _LEADING_WORDS else run_start, run_end
            )
            runs += items
            for item_start, item_end in items[1:]:
                if " " not in text[item_start:item_end]:
                    # "… Western Province and Taro in Choiseul Province": a word joined by "and"
                    found += _around(text, item_start, item_end, text[item_start:item_end], known)
            found += people_in_run(
                text,
                words,
                after_role=after_role,
                affiliations=affiliations,
                countries=countries,
                stop_words=stop_words,
            )
            if is_role_word(words[-1]):
                role_ends_at = retired_mark_end(text, run_end)
                posted = _POSTED_TO.match(text, run_end)
                if posted is not None and words[-1].lower in _POSTED_TITLES:
                    role_ends_at = posted.end()  # "Ambassador to China | Khalil Hashmi"
            if words[0].lower in _ORDINALS or _ORDINAL_NUMBER.match(words[0].text):
                found += _ordinal_event(text, run_start, sentence_end)
            if not multi:
                found += _around(text, run_start, run_end, group, known)
                continue
            if headline is None:
                headline = _is_headline(text[sentence_start:sentence_end])
            if headline:
                continue
            headed = _headed_names(text, words, initial, known)
            found += headed
            found += _based(words)
            trimmed = _trim(list(words), initial)
            if trimmed and headed:
                # (the head after a list names its last item: "Telkom Kenya and the PEACE Cable company")
                last_item = max(_after_owner(text, trimmed[0].start, run_end), items[-1][0])
                found += _lower_headed(text, last_item, run_end, known)
            elif trimmed and not _head(trimmed):
                start = _after_owner(text, trimmed[0].start, run_end)
                whole = _around(text, start, run_end, group, known)
                if len(items) == 1 or items[0][1] <= start or any(c.end > run_end for c in whole):
                    # (a head after the run names all of it: "Mauritius and Rodrigues Submarine cable")
                    found += whole
                else:
                    # "Fliggy and the RDB", "America and Oceania": without a head, "and" joins two
                    # names, each read on its own (the one-word items after the first already are)
                    found += _around(text, start, items[0][1], group, known)
                    found += [
                        candidate
                        for item_start, item_end in items[1:]
                        if " " in text[item_start:item_end]
                        for candidate in _around(text, item_start, item_end, text[item_start:item_end], known)
                    ]
    found += _datelines(text, known)
    found += _prefixed_projects(text, spans)
    found += _quoted_names(text, spans)
    found += _events_of_bodies(text, protected)
    found += _summits_of_parties(text, protected)
    found += _phases(text, protected)
    found += _editions(text, protected)
    found += _company_facilities(text, protected)
    found += _bodies_before_titles(text, spans, protected)
    found += _people_of_national_bodies(text, protected)
    found += _numbered_meetings_of_bodies(text, [*protected, *found])
    return EnglishNames(found, runs)


# "Olugbenga Agboola of Nigeria's Flutterwave": two or three name words, "of", a country's
# possessive, and the body's capitalised name
_PERSON_OF = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+of\s+$")
# (a capitalised word right before the name words makes them part of a longer name)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_BODY_AFTER_OWNER = re.compile(r"['’]s\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})(?=[,;.]|\s+and\b|\s*$)")


def _people_of_national_bodies(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    """ "Participants included Olugbenga Agboola of Nigeria's Flutterwave, Alloys Meshack of
    Kenya's Sendy": someone of a country's body, named as reports list founders and officials;
    the name words are a person and the words after the possessive a body."""
    found = []
    for country in protected:
        if country.cls is not EntityClass.COUNTRY:
            continue
        body = _BODY_AFTER_OWNER.match(text, country.end)
        person = _PERSON_OF.search(text, max(0, country.start - 50), country.start) if body else None
        if (
            body is None
            or person is None
            or _CAPITALISED_BEFORE.search(text, max(0, person.start() - 30), person.start())
        ):
            continue
        words = person.group(1).split()
        if any(w.lower() in _HEADS or w.lower() in TITLES or w.lower() in _CONNECTORS for w in words):
            continue  # ("Ministry of …", "President of …": no one's name)
        found.append(Candidate(person.start(1), person.end(1), PERSON, "pattern", 0.7, "en-person-of-body"))
        found.append(Candidate(body.start(1), body.end(1), ORG, "pattern", 0.65, "en-body-of-country"))
    return found


# "the ninth ministerial meeting of the China-Arab States Cooperation Forum": a numbered meeting
# of a body the lexicon knows is an event, though its words are lower-case
_NUMBERED_MEETING_OF = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|"
    r"\d{1,3}(?:st|nd|rd|th))\s+(?:[a-z-]+\s+){0,2}?(?:meeting|summit|conference|dialogue)"
    r"\s+of\s+(?:the\s+)?$"
)
# (the body's members who meet: "the first meeting of BRICS communications ministers")
_WHO_MEET = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:ministers|leaders|officials|heads of state|heads of government)\b"
)


def _numbered_meetings_of_bodies(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    if not any(f"{noun} of" in text for noun in ("meeting", "summit", "conference", "dialogue")):
        return []  # (the nouns of _NUMBERED_MEETING_OF)
    found = []
    for body in protected:
        if body.cls is not ORG:
            continue
        match = _NUMBERED_MEETING_OF.search(text, max(0, body.start - 60), body.start)
        if match is not None:
            members = _WHO_MEET.match(text, body.end)
            end = members.end() if members else body.end
            found.append(Candidate(match.start(), end, EVENT, "pattern", 0.7, "en-numbered-meeting-of-body"))
    return found


# "said Emtel CEO Kresh Goomany", "SUBCO founder Bevan Slattery", "Stellantis Chief Executive
# Carlos Tavares", "WeRide founder and CEO Tony Han": a capitalised name before a company officer's
# title and a person's name is the company
_OFFICER = (
    r"(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Ff]ounder|[Cc]o-founder|[Cc]hairman|[Cc]hairwoman|"
    r"[Mm]anaging [Dd]irector|[Cc]hief [Tt]echnology [Oo]fficer|CTO|[Cc]hief [Oo]perating [Oo]fficer|COO|"
    r"[Cc]hief [Ff]inancial [Oo]fficer|CFO|[Gg]eneral [Mm]anager|[Ee]xecutive [Dd]irector)"
)
_BODY_BEFORE_TITLE = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w&'’+.-]*\s+){0,2}[A-Z][\w&'’+.-]*)\s+"
    rf"(?:(?:[Ff]ounder|[Cc]o-founder|[Pp]resident|[Cc]hairman),? and )?{_OFFICER}\s+(?=[A-Z][a-z]+\s+[A-Z])"
)
_NOT_BODIES = frozenset(
    (
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "his",
        "her",
        "former",
        "acting",
        "deputy",
        "senior",
        "group",
        "company",
        "said",
        "and",
        "but",
        "then",
        "while",
        "when",
        "as",
        "interim",
        "new",
        "joint",
        "global",
        "regional",
        "country",
    )
)


def _bodies_before_titles(
    text: str, spans: Sequence[tuple[int, int]], protected: Sequence[Candidate]
) -> list[Candidate]:
    # (the titles' words without their first letter, which may be a capital: "Chief", "chief")
    if not any(
        officer in text
        for officer in ("CEO", "hief", "ounder", "hair", "irector", "anager", "CTO", "COO", "CFO")
    ):
        return []
    known = [(c.start, c.end) for c in protected]
    bodies = [c for c in protected if c.cls is ORG and c.key is not None]
    found = []
    for start, end in spans:
        for match in _BODY_BEFORE_TITLE.finditer(text, start, end):
            words = match.group(1).split()
            while words and words[0].lower() in _NOT_BODIES:
                words = words[1:]
            if not words or any(word.lower() in _NOT_BODIES for word in words):
                continue
            body_start = match.end(1) - len(" ".join(words))
            if any(k_start < match.end(1) and body_start < k_end for k_start, k_end in known):
                continue  # (a name the lexicon knows: "Huawei CEO", "Kenya's CEO")
            name = text[body_start : match.end(1)]
            # "Telkom chief executive" in a report on Telkom Kenya: the short form of a body it names
            longer = next((c for c in bodies if text.startswith(name + " ", c.start)), None)
            key = longer.key if longer is not None else None
            found.append(
                Candidate(body_start, match.end(1), ORG, "pattern", 0.65, "en-body-before-title", key)
            )
    return found


# "a Huawei Technologies 5G test bed", "the ZTE cloud innovation centre": a company's facility named
# by its field and kind (a field is needed: "the Huawei project" is only Huawei's project)
_FIELD_AND_FACILITY = re.compile(
    r"\s+((?:(?:5G|4G|6G|AI|cloud|R&D|IoT|big data|smart city|digital)\s+)+"
    r"(?:test[ -]?bed|test site|data cent(?:re|er)|lab(?:oratory)?|innovation cent(?:re|er)|"
    r"training cent(?:re|er)|research cent(?:re|er)|experience cent(?:re|er)|open lab))(?![\w-])"
)


def _company_facilities(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    found = []
    for company in protected:
        if company.cls is not ORG or company.source == "compound":
            continue
        match = _FIELD_AND_FACILITY.match(text, company.end)
        if match:
            found.append(
                Candidate(company.start, match.end(1), PROJECT, "pattern", 0.7, "en-company-facility")
            )
    return found


# "the second Belt and Road Forum": one edition of a recurring event is an event of its own.
_EDITION_BEFORE = re.compile(
    r"(?<![\w-])((?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|"
    r"[Ii]naugural|\d{1,2}(?:st|nd|rd|th))\s+)$"
)


def _editions(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    found = []
    for event in protected:
        if event.cls is not EVENT or event.source == "compound":
            continue
        match = _EDITION_BEFORE.search(text, max(0, event.start - 12), event.start)
        if match:
            found.append(Candidate(match.start(1), event.end, EVENT, "pattern", 0.75, "en-edition"))
    return found


# "Pentagonal Strategy Phase 1", "PEACE Cable Phase II": a numbered phase of a known undertaking.
_PHASE_AFTER = re.compile(r" Phase (?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four)(?![\w-])")
_PHASED = (INITIATIVE, PROJECT)


# "Laem Chabang Port Phase 3": capitalised words before a numbered phase name a work of their own
_PHASED_RUN = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,5}?)Phase (?:\d{1,2}|[IVX]{1,4}|One|Two|Three|Four)(?![\w-])"
)


# "the Blue Sea Cable 2", "Asia Pacific Gateway Cable 3.": a serial number after a cable's head, where
# a clause goes on or ends (not a length or a count: "Cable 2 km", "Cable 2,000")
_NUMBERED_CABLE = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+){1,4}Cable)\s+\d{1,2}(?=[.;:)]\s|[.;:)]$|,\s|\s+(?:cable|system|project|is|was|will|and|which|that|to|in|on)\b)"
)


def _phases(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    found = []
    for name in protected:
        if name.cls in _PHASED and name.source != "compound":
            phase = _PHASE_AFTER.match(text, name.end)
            if phase:
                found.append(Candidate(name.start, phase.end(), name.cls, "pattern", 0.8, "en-phase"))
    for numbered in _NUMBERED_CABLE.finditer(text):
        start = _first_name_word(text, numbered.start(1), numbered.end(1))
        found.append(Candidate(start, numbered.end(), PROJECT, "pattern", 0.7, "en-numbered-cable"))
    if " Phase " not in text:
        return found
    for run in _PHASED_RUN.finditer(text):
        start = _first_name_word(text, run.start(1), run.end(1))
        if start < run.end(1):
            found.append(Candidate(start, run.end(), PROJECT, "pattern", 0.7, "en-phased-work"))
    return found


# "the Beijing Summit of the Forum on China-Africa Cooperation": a meeting of a known body.
_MEETING_OF = re.compile(
    r"((?:(?:19|20)\d{2}\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?"
    r"(?:Summit|Meeting|Ministerial Meeting|Ministerial Conference|Session|Conference|Forum|Dialogue|"
    r"Congress|Plenary|Retreat|Expo))\s+of\s+(?:the\s+)?$"
)
_MEETING_HOSTS = (ORG, EVENT, INITIATIVE)
_WORD_SPAN = re.compile(r"\S+")


def _first_name_word(text: str, start: int, end: int) -> int:
    """Where the first word of ``text[start:end]`` that may open a name starts ("the", "during" may
    not); ``end`` when none may."""
    for word in _WORD_SPAN.finditer(text, start, end):
        if word.group().lower() not in _LEADING_WORDS:
            return word.start()
    return end


def _events_of_bodies(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    found = []
    for body in protected:
        if (
            body.cls not in _MEETING_HOSTS
            or body.source == "compound"
            or not text.endswith(("of ", "of the "), max(0, body.start - 7), body.start)
        ):
            continue
        before = text[max(0, body.start - 80) : body.start]
        match = _MEETING_OF.search(before)
        if match is None:
            continue
        start = _first_name_word(text, body.start - len(before) + match.start(1), body.start)
        if start < body.start:
            found.append(Candidate(start, body.end, EVENT, "pattern", 0.75, "en-meeting-of-body"))
    return found


# "the SCO summit", "the Forum on China-Africa Cooperation (FOCAC) summit", "the Central
# Asia–China summit": a body's, or two regions', summit is a meeting of its own.
_SUMMIT_AFTER = re.compile(r"(?: \((?P<acronym>[A-Z][A-Za-z&-]{1,11})\))? summit(?![\w-])")
_PAIR_DASHES = "-–—"
_PARTIES = (EntityClass.COUNTRY, PLACE)


def _summits_of_parties(text: str, protected: Sequence[Candidate]) -> list[Candidate]:
    party_ends = {span.start: span.end for span in protected if span.cls in _PARTIES}
    found = []
    for body in protected:
        if body.source == "compound":
            continue
        end = body.end
        if body.cls in _PARTIES and text[end : end + 1] in _PAIR_DASHES and end + 1 in party_ends:
            end = party_ends[end + 1]
        elif body.cls is not ORG:
            continue
        summit = _SUMMIT_AFTER.match(text, end)
        if summit is None:
            continue
        # (named by its acronym, it is the same summit as "the FOCAC summit")
        canonical = f"{summit.group('acronym')} summit" if summit.group("acronym") else None
        found.append(
            Candidate(
                body.start, summit.end(), EVENT, "pattern", 0.7, "en-summit-of-parties", None, canonical
            )
        )
    return found


# A country named by its adjective ("Chinese", "Kenyan", "Thai") qualifies the noun after it;
# another name of it ("Turkey" for Türkiye, "UAE") names the country
_ADJECTIVE = re.compile(r"(?:ese|an|ish|i|ch)$")
# "Huawei Ireland CEO Tony Yangxu": a title after the branch's name starts someone's name
_TITLE_AFTER = re.compile(r" ([A-Z][A-Za-z-]*)\b(?=\s+[A-Z])")


def _title_follows(text: str, end: int) -> bool:
    title = _TITLE_AFTER.match(text, end)
    return title is not None and title.group(1).lower() in TITLES


def national_branches(text: str, protected: Sequence[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """ "Huawei Thailand", "Telenor Pakistan", "Huawei Middle East": a company and the name of a
    country or of a world region after it name the company's branch there, an organisation of its
    own (in English or Chinese text: 马尔代夫电信运营商Ooredoo Maldives).

    ``protected`` are the lexicon candidates of the text; ``lexicon`` tells a world region (a place
    of no country) from a town, and a company's home country from a foreign one.
    """
    countries = {
        c.start: c
        for c in protected
        if c.cls is EntityClass.COUNTRY
        and (c.canonical is None or not _ADJECTIVE.search(text, c.start, c.end))
    }
    regions = {c.start: c.end for c in protected if c.cls is PLACE}
    world_regions = {c.start: c for c in protected if c.cls is PLACE and _world_region(c, lexicon)}
    found = []
    for company in protected:
        if company.cls is ORG and company.source != "compound":
            found += _regional_branch(text, company, regions)
            found += _regional_unit(text, company, regions)
            found += _bracketed_national_branch(text, company, countries, lexicon)
        if company.cls is not ORG or company.source == "compound" or not text.startswith(" ", company.end):
            continue
        country = countries.get(company.end + 1) or world_regions.get(company.end + 1)
        if country is None or _GOVERNMENT_WORD.search(text, company.start, company.end):
            continue
        after = text[country.end : country.end + 2]
        if after[:1].isalnum() or (
            after[:1] == " " and after[1:2].isupper() and not _title_follows(text, country.end)
        ):
            continue  # "Huawei Pakistan Technical Centre": a longer name ("Huawei Ireland CEO …" is not)
        found.append(Candidate(company.start, country.end, ORG, "pattern", 0.75, "en-national-branch"))
    return found + _chinese_national_branches(text, protected, countries, world_regions)


def _world_region(place: Candidate, lexicon: Lexicon) -> bool:
    """Whether a place is a region of the world ("Middle East", 南部非洲), in no one country."""
    entry = lexicon.get(place.key) if place.key else None
    return entry is not None and entry.country is None and entry.origin == "seed"


def _home_country(company: Candidate, lexicon: Lexicon) -> str | None:
    entry = lexicon.get(company.key) if company.key else None
    return entry.country if entry is not None else None


_COUNTRY_IN_BRACKETS = re.compile(r" ?[(（]")


def _bracketed_national_branch(
    text: str, company: Candidate, countries: dict[int, Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """ "Huawei (Mauritius)", "Huawei Technologies (Thailand)": a company and a foreign country in
    brackets name its branch there ("Huawei (China)" only says where Huawei is from)."""
    opening = _COUNTRY_IN_BRACKETS.match(text, company.end)
    country = countries.get(opening.end()) if opening is not None else None
    if (
        country is None
        or not text.startswith((")", "）"), country.end)
        or country.key is None
        or country.key == _home_country(company, lexicon)
    ):
        return []
    return [Candidate(company.start, country.end + 1, ORG, "pattern", 0.75, "en-bracketed-branch")]


# 华为泰国首席执行官邓飞, 微软印尼将…: in Chinese the branch's name has no space, so what follows the
# country must end the name (a title, a verb, a stop), or it qualifies a work (华为泰国数据中心)
_ZH_AFTER_BRANCH = re.compile(
    r"(?:首席[\u4e00-\u9fff]{1,3}官|CEO|总裁|副总裁|总经理|副总经理|董事长|负责人|高管|发言人|"
    r"[，。、；：）)]|表示|称|宣布|将|已|与|和|同|在|是|也|还|正|负责|承建|签署|推出|发布)"
)
# a public body followed by a country is a body and its partner (中国商务部泰国…), not a branch
_ZH_BODY_END = re.compile(
    r"(?:部|局|署|委员会|委|政府|组织|联盟|论坛|使馆|协会|联合会|议会|秘书处|中心|银行|基金)$"
)


def _chinese_national_branches(
    text: str,
    protected: Sequence[Candidate],
    countries: dict[int, Candidate],
    world_regions: dict[int, Candidate],
) -> list[Candidate]:
    longer = {(c.start, c.end) for c in protected if c.cls is ORG}
    found = []
    for company in protected:
        if company.cls is not ORG or company.source == "compound" or company.end - company.start < 2:
            continue
        name = text[company.start : company.end]
        if not has_cjk(name[-1]) or _ZH_BODY_END.search(name):
            continue
        country = countries.get(company.end) or world_regions.get(company.end)
        if (
            country is None
            or country.end - country.start < 2
            or not has_cjk(text[country.start])
            or any(start == country.start and end > country.end for start, end in longer)
        ):
            continue
        office = _ZH_OFFICE.match(text, country.end)
        if office is not None:
            # 华为突尼斯代表处, 华为南部非洲地区部: the office is the branch, named with its word
            found.append(Candidate(company.start, office.end(), ORG, "pattern", 0.7, "zh-national-office"))
        elif _ZH_AFTER_BRANCH.match(text, country.end) is not None:
            found.append(Candidate(company.start, country.end, ORG, "pattern", 0.7, "zh-national-branch"))
    return found


# the words for a company's office in a country or a region
_ZH_OFFICE = re.compile(r"(?:代表处|办事处|地区部)")


_REGION_IN_BRACKETS = re.compile(r" ?[(（](?:the )?")
_REGION_JOINT = re.compile(r" and (?:the )?|, (?:the )?|[和与及、]")


def _regional_branch(text: str, company: Candidate, regions: dict[int, int]) -> list[Candidate]:
    """ "China Telecom (Africa and Middle East)": a company and the regions it covers in brackets
    name its regional branch ("Huawei (China)" only says where Huawei is from)."""
    opening = _REGION_IN_BRACKETS.match(text, company.end)
    if opening is None:
        return []
    position = opening.end()
    while position in regions:
        position = regions[position]
        joint = _REGION_JOINT.match(text, position)
        if joint is None:
            break
        position = joint.end()
    if position == opening.end() or not text.startswith((")", "）"), position):
        return []
    return [Candidate(company.start, position + 1, ORG, "pattern", 0.75, "en-regional-branch")]


_UNIT_OWNER = re.compile(r"(?:['’]s|[^.;:!?⟨⟩]{0,60}?\bits) ")
_UNIT_WORD = re.compile(r" (?:unit|division|branch|arm|subsidiary)\b")


def _regional_unit(text: str, company: Candidate, regions: dict[int, int]) -> list[Candidate]:
    """ "China Telecom's Africa and Middle East unit", "China Telecom established its Africa and
    Middle East unit": the regions and the kind of unit name the company's regional branch, the
    one "China Telecom (Africa and Middle East)" names (its canonical name)."""
    owner = _UNIT_OWNER.match(text, company.end)
    if owner is None:
        return []
    start = position = owner.end()
    while position in regions:
        regions_end = position = regions[position]
        joint = _REGION_JOINT.match(text, position)
        if joint is None:
            break
        position = joint.end()
    if position == start:
        return []
    unit = _UNIT_WORD.match(text, regions_end)
    if unit is None:
        return []
    canonical = f"{text[company.start : company.end]} ({text[start:regions_end]})"
    return [Candidate(start, unit.end(), ORG, "pattern", 0.7, "en-regional-unit", canonical=canonical)]


# A title of a field before a name: what follows is the field, no body of its own.
_TITLE_OF_FIELD_BEFORE = re.compile(
    r"\b(?:Minister|Ministers|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?$"
)


# A diplomatic mission is a body, whatever title comes before it ("Minister of the Embassy of
# Malaysia in China")
_MISSIONS = frozenset(("embassy", "consulate", "consulate-general", "delegation"))


def _from_mission(chunk: list[Word]) -> list[Word]:
    """The chunk from its diplomatic mission on, when titles open it: "Minister of the Embassy of
    Malaysia in China" names the embassy."""
    for index, word in enumerate(chunk):
        if word.lower in _MISSIONS:
            return chunk[index:] if index and _is_title_word(chunk[0].lower) else chunk
    return chunk


def _is_title_word(word: str) -> bool:
    return word in TITLES or any(part in TITLES for part in word.split("-"))


_GOVERNMENT_WORD = re.compile(
    r"\b(?:Ministry|Department|Government|Council|Commission|Authority|Agency|Embassy|Organi[sz]ation|"
    r"Association|Union|League|Bank|Fund|Forum|Secretariat|Parliament)\b"
)


def _headed_names(text: str, words: Sequence[Word], initial: bool, known: _Known) -> list[Candidate]:
    found = []
    for run in _joined_fields(words, _chunks(words), known):
        first_of_sentence = initial and run[0].start == words[0].start
        for whole in _coordinated(_trim(run, first_of_sentence), known):
            chunk = _from_mission(whole)
            if len(chunk) < 2 or chunk[0].lower in _TITLE_WORDS or chunk[0].lower in _MONTHS:
                continue
            if (
                _TITLE_OF_FIELD_BEFORE.search(text, max(0, chunk[0].start - 30), chunk[0].start)
                and not any(word.lower in _MISSIONS for word in chunk)
            ) or any(
                _is_title_word(word.lower) and following.lower in ("of", "for")
                for word, following in itertools.pairwise(chunk)
            ):
                continue  # "Minister of Digital Technologies", "Attorney-General and Minister for Economy"
            chunk = _after_country_of(_after_someone_of(chunk, known), known)
            if len(chunk) < 2:
                continue
            head = _head(chunk) or _head_before_places(chunk, known)
            if head is None:
                legal = _legal_prefix(chunk, known)
                if legal is None:
                    continue
                chunk, head = legal, (ORG, "last")
            if not (
                any(word.lower not in _HEADS and word.lower not in _CONNECTORS for word in chunk)
                or _opens_with_head(chunk)
            ):
                continue
            cls = head[0]
            if cls is ORG and _someone_of_a_company(chunk, known):
                continue
            if head[1] == "first":
                chunk = _without_titled_person(list(_without_name_after_country(chunk, known)))
            if cls is PLACE and chunk[-1].lower == "road" and any(word.lower == "silk" for word in chunk):
                continue  # "the Polar Silk Road": an initiative, not a street
            if (
                cls is PLACE
                and chunk[-1].lower in ("region", "zone")
                and chunk[0].start in known.organisations
            ):
                cls = PROJECT  # "Huawei Cloud Riyadh Region": a company's region is a facility of it
            start, end = chunk[0].start, chunk[-1].end
            if cls is EVENT:
                year = _YEAR_AFTER.match(text, end)
                end = year.end() if year else end
                year = _YEAR_BEFORE.search(text, max(0, start - 8), start)
                start = year.start() if year else start
            if cls is INITIATIVE:
                years = _YEARS_AFTER.match(text, end)
                end = years.end() if years else end
            if chunk[-1].lower in ("co.", "co", "company"):
                form = _LEGAL_TAIL.match(text, end)
                end = form.end() if form else end
            if (
                cls is ORG
                and text.startswith(" in ", end)
                and any(word.lower in _ABROAD_HEADS for word in chunk)
            ):
                country_end = known.countries.get(end + 4)
                end = country_end if country_end is not None else end
            if len(chunk) >= 3 and chunk[1].lower in ("and", "&") and start == chunk[0].start:
                start = _serial_start(text, start, known)
            if _opens_with_head(chunk) and end == chunk[-1].end:
                end = _serial_end(text, end, known)
            confidence = 0.65 if first_of_sentence and chunk[0].start == run[0].start else 0.8
            found.append(
                Candidate(
                    start, end, cls, "pattern", confidence, "en-head", None, _after_acronym(text, start, end)
                )
            )
            if cls is ORG:
                found += _body_of_body(chunk, end, known)
    return found


def _after_country_of(chunk: list[Word], known: _Known) -> list[Word]:
    """ "the first hub outside China of the Electronic World Trade Platform": no name opens with
    a country and "of"; the name is what follows."""
    country_end = known.countries.get(chunk[0].start)
    if country_end is None:
        return chunk
    rest = [word for word in chunk if word.start >= country_end]
    if len(rest) < 2 or rest[0].lower != "of":
        return chunk
    return rest[2:] if rest[1].lower == "the" else rest[1:]


# "Integrated Command, Control and Communication Centre": words listed with commas before the
# "and" of a headed name are part of it.
_SERIAL_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:,\s[A-Z][\w'’-]*)*),\s$")


# "Pakistan & East Africa Connecting Europe (PEACE) Cable International Network Co. Ltd": a
# company named with its acronym in the middle, right after the acronym's definition.
_ACRONYM_BEFORE = re.compile(r"\(([A-Z][A-Za-z0-9&-]{1,11})\) $")


def _after_acronym(text: str, start: int, end: int) -> str | None:
    """The full name of a name that goes on from a bracketed acronym, else None."""
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 16), start)
    return f"{acronym.group(1)} {text[start:end]}" if acronym else None


# "Ministry of Information, Communications and the Digital Economy": the fields a ministry is
# named by, listed with commas.
_SERIAL_AFTER = re.compile(
    r"(?:,\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)+,?\s(?:and|&)\s(?:the\s)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?![\w'’-])"
)


def _serial_end(text: str, end: int, known: _Known) -> int:
    """Where a name opened by its head ("Ministry of …") ends when its fields go on in a comma
    list; not over other bodies or places ("the Ministry of Commerce, China Mobile and Huawei")."""
    match = _SERIAL_AFTER.match(text, end)
    if match is None:
        return end
    if any(
        start < match.end() and known.classes[(start, stop)] is not EntityClass.TECHNOLOGY
        for start, stop in known.classes
        if end <= start
    ):
        return end
    return match.end()


_WORD_IN_NAME = re.compile(r"[\w'’-]+")


def _serial_start(text: str, start: int, known: _Known) -> int:
    """Where a name whose opening word ends a comma list ("Command, Control and …") begins.

    Not after known names ("in Lahore, Control and …"), nor after one capitalised word alone
    ("However, Control and …").
    """
    before = text[max(0, start - 80) : start]
    match = _SERIAL_BEFORE.search(before)
    if match is None:
        return start
    if any(
        word.group().lower() in _TITLE_WORDS
        for word in itertools.islice(_WORD_IN_NAME.finditer(text, start), 5)
    ):
        return start  # "Zhao Zhongyi, Economic and Commercial Counsellor of …": a person and a title
    serial_start = start - len(before) + match.start(1)
    if any(
        position in known.places or position in known.organisations for position in range(serial_start, start)
    ):
        return start
    words = list(re.finditer(r"[\w'’-]+", text[serial_start:start]))
    while words and words[0].group().lower() in _LEADING_WORDS:
        words = words[1:]
    return serial_start + words[0].start() if len(words) >= 2 else start


_OF_A_FIELD = frozenset(("ministry", "ministries", "department"))


def _body_of_body(chunk: Sequence[Word], end: int, known: _Known) -> list[Candidate]:
    """ "the Digital Economy Professional Association of the Chinese Chamber of Commerce in
    Cambodia": a body of another body names that one too (a name inside the name), unless the
    "of" is inside a known name ("the Council of Europe Committee of Ministers")."""
    for index in range(1, len(chunk) - 2):
        if chunk[index].lower != "of" or _HEADS.get(chunk[index - 1].lower) is not ORG:
            continue
        if (chunk[0].start, chunk[index + 1].end) in known.classes:
            continue
        if chunk[index - 1].lower in _OF_A_FIELD:
            continue  # "Ministry of Digital Technologies": a ministry is of a field, not of a company
        inner = list(chunk[index + 2 :] if chunk[index + 1].lower == "the" else chunk[index + 1 :])
        head = _head(inner) if len(inner) >= 2 else None
        if (
            head is not None
            and head[0] is ORG
            and inner[0].lower not in _CONNECTORS
            and not _fields_joined(inner)
        ):
            return [Candidate(inner[0].start, end, ORG, "compound", 0.7, "en-body-of-body")]
    return []


def _fields_joined(chunk: Sequence[Word]) -> bool:
    """ "Digital Development and Innovative Technologies": fields joined before the first head
    of a name after "Ministry of" are that ministry's fields, no body of their own."""
    first_head = next((index for index, word in enumerate(chunk) if word.lower in _HEADS), len(chunk))
    return any(word.lower in ("and", "&") for word in chunk[:first_head])


def _coordinated(chunk: list[Word], known: _Known) -> list[list[Word]]:
    """ "SCO Data Center Gilgit and the SCO IT Park", "the SCO and the Aga Khan Foundation": two
    names joined by "and" are two when both have heads, the first is a known name, or the second
    opens with its head ("… Research and Innovation and the Ministry of Labor").

    "Ministry of Planning and Development" stays one: only one side has a head.
    """
    for index, word in enumerate(chunk):
        if word.lower not in ("and", "&") or index == 0:
            continue
        left = _trim(chunk[:index], False)
        right = _trim(chunk[index + 1 :], False)
        if len(right) < 2 or not _has_head(right) or not left or _fields_of_one_head(left, right, known):
            continue
        if chunk[index + 1].lower != "the" and _fields_after_opening_head(left, right, known):
            joined = next((i for i, w in enumerate(right) if w.lower in ("and", "&")), None)
            if joined is None:
                return [chunk]
            rest = right[joined + 1 :]
            return [_trim(chunk[: chunk.index(right[joined])], False), *_coordinated(rest, known)]
        if (
            (len(left) >= 2 and _has_head(left))
            or (left[0].start, left[-1].end) in known.classes
            or _opens_with_head(right)
            # "Omidyar Network and the AI Safety Fund": "and the" opens a second headed name
            or chunk[index + 1].lower == "the"
        ):
            return [left, *_coordinated(right, known)]
    return [chunk]


def _fields_after_opening_head(left: Sequence[Word], right: Sequence[Word], known: _Known) -> bool:
    """ "Ministry of Digital Development and Innovative Technologies (of Kyrgyzstan)", "Office of
    the National Digital Economy and Society Commission": after a head that names its field
    after "of", a right side that is no known name and ends with a head (and the country it
    is of) is the last field of the same name, not a second body. So is a right side with no head
    before a second "and" that opens the next body ("Ministry of Digital Development and Transport
    | and Ministry of Science and Education")."""
    if not _opens_with_head(left) or left[-1].lower in _HEADS or _opens_with_head(right):
        return False
    starts = {start for start, _ in known.classes}
    if (left[0].start, left[-1].end) in known.classes or right[0].start in starts:
        return False
    joined = next((index for index, word in enumerate(right) if word.lower in ("and", "&")), len(right))
    body = list(right[:joined])
    if body and not _has_head(body) and _opens_with_head(_trim(list(right[joined + 1 :]), False)):
        return True
    of = next((index for index, word in enumerate(body) if word.lower == "of"), None)
    if of is not None:
        if of + 1 >= len(body) or known.countries.get(body[of + 1].start) != body[-1].end:
            return False
        body = body[:of]
    return len(body) >= 2 and body[-1].lower in _HEADS


def _joined_fields(words: Sequence[Word], chunks: list[list[Word]], known: _Known) -> list[list[Word]]:
    """Chunks that "and" split between two fields of one head, joined again."""
    if len(chunks) < 2:
        return chunks
    index = {word.start: position for position, word in enumerate(words)}
    joined: list[list[Word]] = []
    for chunk in chunks:
        if joined:
            last = index[joined[-1][-1].start]
            if (
                last + 2 < len(words)
                and words[last + 1].lower == "and"
                and words[last + 2].start == chunk[0].start
                and _fields_of_one_head(joined[-1], chunk, known)
            ):
                joined[-1] = list(words[index[joined[-1][0].start] : index[chunk[-1].start] + 1])
                continue
        joined.append(chunk)
    return joined


def _fields_of_one_head(left: Sequence[Word], right: Sequence[Word], known: _Known) -> bool:
    """ "Konza Data Centre and Smart Cities Project": two fields joined before one head."""
    tech = EntityClass.TECHNOLOGY
    if len(right) < 2 or known.classes.get((right[0].start, right[-2].end)) is not tech:
        return False
    return any(known.classes.get((word.start, left[-1].end)) is tech for word in left[1:])


def _has_head(chunk: Sequence[Word]) -> bool:
    return any(word.lower in _HEADS for word in chunk) or any(
        f"{a.lower} {b.lower}" in _TWO_WORD_HEADS for a, b in itertools.pairwise(chunk)
    )


def _after_someone_of(chunk: list[Word], known: _Known) -> list[Word]:
    """ "Liang Hongwei of the China Primary Health Care Foundation": two or three words with no head
    and no title before "of" and a headed name after it are someone of that body, which the words
    after "of" name alone ("Bank of China", "Ministry of Commerce" have their head first)."""
    of = next((index for index, word in enumerate(chunk) if word.lower == "of"), None)
    if of is None or not 2 <= of <= 3 or chunk[0].start in known.countries:
        return chunk  # (the Democratic Republic of the Congo … opens with a country's name)
    if any(
        word.lower in _HEADS
        or _is_title_word(word.lower)
        or word.lower in _CONNECTORS
        or not word.capitalised
        for word in chunk[:of]
    ):
        return chunk
    body = chunk[of + 1 :]
    body = body[1:] if body and body[0].lower == "the" else body
    return body if len(body) >= 2 and _head(body) is not None else chunk


def _someone_of_a_company(chunk: Sequence[Word], known: _Known) -> bool:
    """ "Chang Weiguo of China Telecom": a name with no head of its own before "of" and a known
    company after it is someone (or something) of the company, not a company's name, unlike
    "Bank of China" or "Ministry of Commerce"."""
    for index, word in enumerate(chunk):
        if word.lower != "of" or index == 0 or index == len(chunk) - 1:
            continue
        after = chunk[index + 1]
        if known.classes.get((after.start, chunk[-1].end)) is not ORG:
            continue
        return not any(w.lower in _HEADS or w.lower in _TITLE_WORDS for w in chunk[:index])
    return False


def _head_before_places(chunk: Sequence[Word], known: _Known) -> tuple[EntityClass, str] | None:
    """ "Huawei Cloud Summit Saudi Arabia", "SCO Data Center Gilgit": an event's or a facility's
    head followed only by the places it is in."""
    end = chunk[-1].end
    for index in range(len(chunk) - 1, 0, -1):
        word = chunk[index]
        place_end = known.places.get(word.start)
        if place_end is None or place_end > end or word.start in known.nested:
            continue
        if not all(known.places.get(w.start, -1) >= 0 or w.end <= place_end for w in chunk[index:]):
            continue
        head = _head(chunk[:index])
        if head is None or head[1] != "last":
            continue
        if head[0] in (EVENT, PROJECT):
            return head
        if (
            head[0] is ORG
            and index == len(chunk) - 1
            and known.countries.get(word.start) == place_end
            and not any(w.lower in ("and", "&") for w in chunk[:index])
        ):
            return head  # "Aga Khan Foundation Pakistan": an organisation's national branch
    return None


def _around(text: str, start: int, end: int, group: str, known: _Known) -> list[Candidate]:
    """A name that its neighbours type: "Karachi-based Cybernet", "Equinix GN1, a … data centre",
    "the Pak-China OFC project", "research consultancy Canalys", "in Chinar Bagh, Gilgit"."""
    end = _item_end(text, start, end)
    group = text[start:end]
    if end <= start or group.lower() in _NOT_IN_NAMES or group.lower() in _LEADING_WORDS:
        return []
    if text.startswith(_CONSORTIUM, end):
        return [Candidate(start, end + len(_CONSORTIUM), ORG, "pattern", 0.7, "en-consortium")]
    lower_headed = _lower_headed(text, start, end, known) or _governed(text, start, end, known)
    if lower_headed:
        return lower_headed
    if (start, end) in known.classes:
        return []
    if text.endswith(_BASED, max(0, start - len(_BASED)), start) and _based_on_a_place(text, start):
        return [Candidate(start, end, ORG, "pattern", 0.7, "en-based")]
    before = text[max(0, start - 30) : start]
    if _ORG_NOUN_BEFORE.search(before):
        return [Candidate(start, end, ORG, "pattern", 0.65, "en-org-noun")]
    if text.startswith(",", end):
        match = _APPOSITIVE_HEAD.match(text, end)
        if match:
            cls = _APPOSITIVE_CLASSES[match.group(1)]
            return [Candidate(start, end, cls, "pattern", 0.7, "en-apposition-head")]
    if _between_places(text, start, end, before, known):
        return [Candidate(start, end, PLACE, "pattern", 0.6, "en-locative-pair")]
    if _LANDS_AT.search(before):
        return [Candidate(start, end, PLACE, "pattern", 0.65, "en-landing-place")]
    if _KIND_OF_PLACE.search(before):
        return [Candidate(start, end, PLACE, "pattern", 0.65, "en-kind-of-place")]
    return []


# "the Maldivian island of Hulhukumalé", "the port city of Kuakata": a place after its kind.
_KIND_OF_PLACE = re.compile(r"\b(?:island|city|town|village|port|atoll|district|county) of\s+$")


# "The cable lands at Sopu near the capital": where a cable lands is a place.
_LANDS_AT = re.compile(r"\b(?:lands|landed|land|landing|(?:comes|came|come|coming) ashore)\s+(?:at|in)\s+$")


_DEMONYM = re.compile(r"(?:ese|ian|ish|ean|i)$")


# a factory is named by its town alone (annotators mark 4 of the 5 "<town> plant" in the sets)
_PLACE_ONLY_HEADS = frozenset(("plant", "fab"))


def _place_named_work(text: str, start: int, end: int, head: str, known: _Known) -> bool:
    """ "its Western Balkans headquarters": an office named by its region; "the Tonga cable": the
    cable named by its country ("the Chinese cable" is any cable China made)."""
    if known.classes.get((start, end)) not in (PLACE, EntityClass.COUNTRY):
        return False
    if head == "headquarters":
        return True
    return (
        head == "cable"
        and text.endswith("the ", max(0, start - 4), start)
        and not _DEMONYM.search(text, start, end)
        and " " not in text[start:end]
    )


# "the Senegal Horn of Africa Regional Express (SHARE) submarine cable", "The Asia Pacific Gateway
# (APG) undersea cable": a name, the acronym it defines, then what it is.
_DEFINED_ACRONYM = re.compile(r"\s+\((?P<acronym>[A-Z][A-Z0-9-]{1,9})\)(?=\s)")
_WORKS_OF_ACRONYMS = frozenset(("cable", "cable system", "project", "data centre", "data center"))


def _acronym_headed(text: str, start: int, end: int) -> list[Candidate]:
    """A name of several words whose initials its acronym spells, followed by a work's head after
    the acronym: the name of that work (the acronym then names it too)."""
    defined = _DEFINED_ACRONYM.match(text, end)
    if defined is None:
        return []
    lower_head = _LOWER_HEAD.match(text, defined.end())
    if lower_head is None or lower_head.group("head") not in _WORKS_OF_ACRONYMS:
        return []
    words = [w for w in re.split(r"[\s-]+", text[start:end]) if w and w[0].isupper()]
    initials = "".join(w[0] for w in words)
    letters = "".join(c for c in defined.group("acronym") if c.isalpha())
    if len(words) < 2 or not letters or not _spells(letters, initials):
        return []
    cls = _LOWER_HEAD_CLASSES[lower_head.group("head")]
    return [Candidate(start, end, cls, "pattern", 0.7, "en-acronym-head")]


def _spells(letters: str, initials: str) -> bool:
    """Whether the acronym's letters are the name's initials, in order (PEACE: Pakistan and East
    Africa Connecting Europe; SHARE: Senegal Horn of Africa Regional Express)."""
    position = 0
    for letter in letters:
        position = initials.find(letter, position) + 1
        if position == 0:
            return False
    return initials.startswith(letters[0]) and len(letters) >= len(initials) - 1


def _lower_headed(text: str, start: int, end: int, known: _Known) -> list[Candidate]:
    """ "the Indo-Gulf OFC project", "Cape Moreton station": a lower-case head after a name."""
    end = _item_end(text, start, end)
    if (start, end) not in known.classes:
        acronym_headed = _acronym_headed(text, start, end)
        if acronym_headed:
            return acronym_headed
    lower_head = _LOWER_HEAD.match(text, end)
    if (
        lower_head is None
        or _QUANTITY.match(text, start, end)
        or _RATING.match(text, start, end)
        or text[start - 1 : start] in (",", ".")
        or _MODIFIER_END.search(text, start, end)
    ):
        return []
    head = lower_head.group("head")
    if lower_head.group("make") and (
        known.classes.get((start, end)) is not None or "-" not in text[start:end]
    ):
        return []  # "SJC2 submarine cable" is SJC2, "Faulty undersea cable" no name: only "Trans-Caspian"
    place_end = known.places.get(start)
    if place_end is not None and text.startswith(" for ", place_end):
        return []  # "picks Malaysia for South-East Asian data centre": the place is chosen for it
    if head in _PLACE_ONLY_HEADS:
        if known.classes.get((start, end)) is not PLACE:
            return []  # "the Rayong plant", "the Kulim fab" are works; "an EV plant", "the Huawei plant" not
    elif known.classes.get((start, end)) in _NO_LOWER_HEAD and not _place_named_work(
        text, start, end, head, known
    ):
        return []  # "Huawei project" is Huawei's; "its Western Balkans headquarters" is an office
    if head == "company" and not (
        known.classes.get((start, end)) is PROJECT
        or _HEADS.get(text[start:end].rsplit(None, 1)[-1].lower()) is PROJECT
    ):
        return []  # "the PEACE Cable company" runs the cable; "the Huawei company" is Huawei
    if head == "ministry" and not (
        known.classes.get((start, end)) is EntityClass.TECHNOLOGY or text[start:end].isupper()
    ):
        return []  # "Kenya's ICT ministry" names a ministry by its field; "the Chinese ministry" does not
    return [Candidate(start, lower_head.end(), _LOWER_HEAD_CLASSES[head], "pattern", 0.65, "en-lower-head")]


def _governed(text: str, start: int, end: int, known: _Known) -> list[Candidate]:
    """ "the Punjab government", "the Sindh provincial government": a place's government."""
    if text.find("government", end, end + 22) < 0:
        return []
    lower_head = _LOWER_HEAD.match(text, end)
    if lower_head is None or not lower_head.group("head").endswith("government"):
        return []
    if known.classes.get((start, end)) not in (PLACE, EntityClass.COUNTRY):
        return []
    return [Candidate(start, lower_head.end(), ORG, "pattern", 0.7, "en-place-government")]


# "to link Auki in Malaita Province, Noro in Western Province and Taro in …": a name placed in a
# province or region, itself listed or after a locative, is a place.
_IN_REGION = re.compile(
    r" in (?:the )?(?:[A-Z][\w'’-]*\s){1,3}"
    r"(?:Province|Region|District|County|State|Prefecture|Island|Islands|Atoll)\b"
)
_LISTED = (", ", " and ")


def _between_places(text: str, start: int, end: int, before: str, known: _Known) -> bool:
    """ "in Chinar Bagh, Gilgit", "Nasirabad, Hunza.": a name paired with a known place by a comma."""
    if _IN_REGION.match(text, end) and (_LOCATIVE_BEFORE.search(before) or before.endswith(_LISTED)):
        return True
    after = end + 2
    if _LOCATIVE_BEFORE.search(before) and text.startswith(", ", end) and after in known.places:
        return True
    if _LOCATIVE_BEFORE.search(before) and text.startswith(" in ", end) and end + 4 in known.places:
        return True  # "linking Abu Talat in Egypt to Marseille"
    comma = start - 2
    if comma <= 0 or text[comma:start] != ", " or not _CLAUSE_END.match(text, end):
        return False
    return any(place_end == comma for place_end in known.places.values())


def _based_on_a_place(text: str, start: int) -> bool:
    """ "Karachi-based Cybernet", not "IP-based VSAT": a place's name is capitalised, not an acronym."""
    prefix = text[max(0, start - len(_BASED) - 24) : start - len(_BASED)].rsplit(None, 1)[-1:]
    word = prefix[0] if prefix else ""
    return word[:1].isupper() and any(char.islower() for char in word)


_ITEM_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run split where "and" or "&" joins two names, after "X-based", without a final dot or
    possessive: the items of a list."""
    based = text.rfind(_BASED, start, end)
    if based >= 0:
        start = based + len(_BASED)
    items = []
    for join in _ITEM_JOIN.finditer(text, start, end):
        items.append((start, join.start()))
        start = join.end()
    items.append((start, end))
    return [
        (_after_owner(text, item_start, item_end), _item_end(text, item_start, item_end))
        for item_start, item_end in items
    ]


_OWNER = re.compile(r"(?:'s|’s|'|’)\s+(?=[A-Z0-9])")


def _after_owner(text: str, start: int, end: int) -> int:
    """ "Malaysia's PPTEL SEA H2X": the item is what its owner owns."""
    owners = list(_OWNER.finditer(text, start, end))
    return owners[-1].end() if owners else start


def _item_end(text: str, start: int, end: int) -> int:
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    return end


def not_names() -> frozenset[str]:
    """Lower-case words that are no name on their own: head nouns, months, titles, openers."""
    return _NOT_IN_NAMES | frozenset(_LEADING_WORDS)


def _based(words: Sequence[Word]) -> list[Candidate]:
    """ "Karachi-based Cybernet": the words after "-based" name an organisation."""
    for index, word in enumerate(words[:-1]):
        if word.lower.endswith("-based") and any(char.islower() for char in word.text[: -len("-based")]):
            rest = [w for w in words[index + 1 :] if w.text[0].isalnum()]
            if rest and len(rest) <= 4 and rest[0].lower not in _NOT_IN_NAMES:
                return [Candidate(rest[0].start, rest[-1].end, ORG, "pattern", 0.7, "en-based")]
    return []


def _ordinal_event(text: str, start: int, end: int) -> list[Candidate]:
    match = _ORDINAL_EVENT.match(text, start, end)
    if match is None:
        return []
    last_word = match.group(1).split()[-1].lower()
    if match.group(3) or _HEADS.get(last_word) is EVENT:
        return [Candidate(match.start(), match.end(), EVENT, "pattern", 0.8, "en-ordinal-event")]
    return []


# "Project Inthanon-LionRock", "Project LionRock": a code name after the word Project.
_PREFIXED_PROJECT = re.compile(r"\bProject\s+(?P<name>[A-Z][\w]+(?:-[A-Z][\w]+)*)\b(?!-)")


def _prefixed_projects(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Projects named by a code name after the word Project; a title or a head ("Project
    Manager", "Project Finance") is no code name."""
    return [
        Candidate(match.start(), match.end(), PROJECT, "pattern", 0.75, "en-prefixed-project")
        for start, end in spans
        for match in _PREFIXED_PROJECT.finditer(text, start, end)
        if match["name"].casefold() not in _NOT_IN_NAMES and match["name"].casefold() not in _PROJECT_WORDS
    ]


_PROJECT_WORDS = frozenset(("finance", "financing", "management", "manager", "director", "office", "team"))

# The "Access to Satellite TV for 10,000 African Villages" project, the "Seeds for the Future"
# programme: a quoted title before the noun of a work or a plan is its name (as “万村通”项目 is).
_QUOTED_NAME = re.compile(
    r"[\"“](?P<name>[A-Z0-9][^\"“”\n]{1,90}?)(?<![,.;:!?])[\"”]\s+"
    r"(?P<head>project|programme|program|initiative|policy|strategy|platform|plan|scheme|campaign)s?\b"
)
_QUOTED_HEAD_CLASSES = {"project": PROJECT, "platform": PROJECT}


def _quoted_names(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Quoted titles named by the head noun after them."""
    return [
        Candidate(
            match.start("name"),
            match.end("name"),
            _QUOTED_HEAD_CLASSES.get(match["head"], INITIATIVE),
            "pattern",
            0.7,
            "en-quoted-name",
        )
        for start, end in spans
        for match in _QUOTED_NAME.finditer(text, start, end)
    ]


def _datelines(text: str, known: _Known) -> list[Candidate]:
    """ISLAMABAD, July 13 (Xinhua) -- : the city is a place, the agency an organisation."""
    found = []
    for match in _DATELINE.finditer(text):
        if known.classes.get(match.span(1), PLACE) not in _WHERE:
            continue  # "PEACE - the cable …": a known name of another kind opens the line
        for city in (1, 2):
            if match.group(city) and len(match.group(city)) >= 3:
                found.append(
                    Candidate(match.start(city), match.end(city), PLACE, "pattern", 0.75, "en-dateline-city")
                )
        for agency in (3, 4):
            if match.group(agency):
                found.append(
                    Candidate(
                        match.start(agency), match.end(agency), ORG, "pattern", 0.8, "en-dateline-agency"
                    )
                )
    return found


def _names_an_event(phrase: str) -> bool:
    return phrase.endswith(_EVENT_WORDS) or " visit to " in phrase


def find_descriptors_en(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """'the inauguration ceremony', 'the joint statement': this document's own event or agreement."""
    if not any(word in text for word in _DESCRIPTOR_WORDS):
        return []
    found = []
    # "signed a memorandum of understanding": some agreement, not a named one, unless the
    # document speaks of it again as its own ("… the MoU with Huawei covers only …")
    definite_agreements = [
        match.start()
        for start, end in spans
        for match in _DESCRIPTOR.finditer(text, start, end)
        if not _INDEFINITE.match(match.group()) and not _names_an_event(match.group(1))
    ]
    for sentence_start, sentence_end in spans:
        for match in _DESCRIPTOR.finditer(text, sentence_start, sentence_end):
            phrase = match.group(1)
            cls = EVENT if _names_an_event(phrase) else AGREEMENT
            if (
                cls is AGREEMENT
                and _INDEFINITE.match(match.group())
                and not any(start > match.end() for start in definite_agreements)
                and not _SIGNING_BEFORE.search(text, max(sentence_start, match.start() - 30), match.start(1))
            ):
                continue
            found.append(Candidate(match.start(1), match.end(1), cls, "descriptor", 0.6, "en-descriptor"))
        for match in _SUBJECT_DESCRIPTOR.finditer(text, sentence_start, sentence_end):
            found.append(
                Candidate(match.start(1), match.end(1), AGREEMENT, "descriptor", 0.6, "en-subject-descriptor")
            )
        for match in _CONTRACT_DESCRIPTOR.finditer(text, sentence_start, sentence_end):
            found.append(
                Candidate(
                    match.start(1), match.end(1), AGREEMENT, "descriptor", 0.6, "en-contract-descriptor"
                )
            )
        for match in _SIGNED_DESCRIPTOR.finditer(text, sentence_start, sentence_end):
            found.append(
                Candidate(match.start(1), match.end(1), AGREEMENT, "descriptor", 0.6, "en-signed-descriptor")
            )
    return found


def head_classes() -> dict[str, EntityClass]:
    """Head noun (lower case) → class: what a long form ending in that noun names."""
    return dict(_HEADS)


_NOT_IN_NAMES = frozenset(_HEADS) | frozenset(_MONTHS) | frozenset(_TITLE_WORDS)
