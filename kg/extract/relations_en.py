"""English relation patterns over sentence skeletons (see ``kg.extract.relations`` for the notation).

``~N`` is a gap of at most N characters that may cross other names, ``~N/XY`` one that crosses
no name of class X or Y outside an apposition between commas (so that the nearest such name is
the subject: "the alliance, a group backed by the World Bank" is the one backed), ``_N`` a gap of plain
words (no name, no comma). Patterns are matched case-insensitively; slot tokens carry the classes.
"""

from __future__ import annotations

import re

from kg.extract.relations import Pattern
from kg.model import Lang
from kg.model import Predicate as Pred

__all__ = ["EN_PATTERNS", "HEAD_TITLES"]

# a deputy, or the head of one region or unit of a body ("the company's regional president"), does not head it
_NOT_DEPUTY = (
    r"(?<!vice )(?<!vice-)(?<!deputy )(?<!assistant )(?<!associate )"
    r"(?<!co-)(?<!senior )(?<!regional )(?<!country )(?<!area )(?<!local )"
    r"(?<!division )(?<!divisional )(?<!unit )"
)
HEAD_TITLES = (
    rf"(?:{_NOT_DEPUTY}president(?:\s+and\s+ceo)?|{_NOT_DEPUTY}prime\s+minister|premier|{_NOT_DEPUTY}chairman|"
    rf"chairwoman|chairperson|{_NOT_DEPUTY}chair|{_NOT_DEPUTY}ceo|chief\s+executive(?:\s+officer)?|"
    rf"{_NOT_DEPUTY}secretary[- ]general|"
    rf"{_NOT_DEPUTY}director[- ]general|managing\s+director|general\s+manager|{_NOT_DEPUTY}director|"
    rf"king|queen|emperor|"
    # (a university's vice-chancellor is its head, as its 校长 is)
    rf"vice[- ]chancellor|chancellor|{_NOT_DEPUTY}governor|{_NOT_DEPUTY}chief\s+minister|mayor|emir|sultan|"
    rf"head\s+of\s+state|leader|{_NOT_DEPUTY}head|{_NOT_DEPUTY}commander|commandant)"
)
_AFFILIATION_TITLES = (
    r"(?:(?:executive|senior|first)?\s*vice[- ]president|vice[- ]chair(?:man|woman)?|"
    r"(?:regional|country|area|local|division(?:al)?|unit)\s+(?:president|head|director|chief|ceo|chairman|manager)|"
    r"deputy\s+[a-z-]+(?:\s+[a-z-]+)?|assistant\s+[a-z-]+|ambassador|envoy|consul(?:[- ]general)?|"
    r"vice[- ]premier|high\s+commissioner|"
    r"spokes(?:man|woman|person)|reporter|correspondent|professor|researcher|analyst|engineer|official|"
    r"representative|adviser|advisor|(?:(?!prime\b|chief\b)[a-z]+\s+)?(?<!prime )(?<!chief )minister|"
    r"secretary|counsell?or|(?:co-)?founder|co-chair(?:man|woman|person)?|"
    # "senior director", "senior special assistant": a rank, not the head of the body
    r"senior\s+(?:[a-z]+\s+){0,2}?(?:director|manager|executive|official|assistant|adviser|advisor|partner|fellow)|"
    r"(?<!general )manager|economist|scientist|lawyer|diplomat|chief\s+(?!executive\b)[a-z]+\s+officer|"
    # "marketing and sales director"
    r"(?:(?:sales|marketing|technical|commercial|operations?|programme|program|project|communications|finance|business|"
    r"research|engineering|product|network)\s+(?:and\s+|&\s+)?)+(?:director|manager|head|chief))"
)
# How an apposition between commas opens: ", a subsidiary of …,", ", which …,", ", formerly …,"
_APPOSITION_OPENERS = r"(?:an?|the|its|their|which|who|whose|formerly|once|now|also|one|part|home)"
_HONORIFIC = (
    r"(?:(?:dr|mr|mrs|ms|prof|h\.e\.|sir|madam|engr)\.?\s+)?"
    # military ranks before a name, and the mark of a retired officer: "Maj Gen (retd) Amir Azeem Bajwa"
    r"(?:(?:maj|lt|brig|gen|col|capt|adm|cdr|major|lieutenant|general|colonel|brigadier|admiral|commodore)\.?\s+){0,3}"
    r"(?:\((?:retd?|r|retired)\.?\)\s+)?"
)
_QUALIFIER = (
    r"(?:(?:interim|acting|former|current|then|new|incoming|outgoing|caretaker|late|incumbent|"
    r"first|deputy|executive)\s+)?"
    # "Alibaba Group founder and executive chairman Jack Ma": a founder who also holds the head's office
    r"(?:(?:co-)?founder(?:\s+and|,)\s+(?:executive\s+)?)?"
)

# A body's unit in a country or a region is not the body: the head of "Huawei in Serbia", of "Huawei
# Cloud's West European region" or the company's "president for the Southern Africa Region" heads
# the unit (R 345, O 282, S 362). The first is a lookahead before the body's slot, the second after
# the title.
# a body's or a country's unit: "Huawei's West European region", "Israel's diplomatic mission"
_UNIT_WORDS = (
    r"(?:region|unit|division|operations|arm|subsidiary|branch|mission|delegation|embassy|office|team|department|"
    r"business|bureau)\b"
)
_NOT_A_UNIT = (
    rf"(?!⟨[CO]\d+⟩(?:\s+in\s+(?:the\s+)?⟨C\d+⟩|['’]s\s+(?:(?:[a-z-]+|⟨[CL]\d+⟩)\s+){{0,3}}?{_UNIT_WORDS}))"
)
_FOR_A_REGION = r"(?!\s+(?:for|in)\s+(?:the\s+)?(?:(?:[a-z-]+|⟨[CL]\d+⟩)\s+){0,3}?(?:⟨[CL]\d+⟩|region\b))"


# "conceived in 2017 by", "launched last year by": when the deed was done, between the verb and its agent
_WHEN = (
    r"(?:\s+(?:in|on|since)\s+(?:[a-z]+\s+){0,2}?\d{4}"
    r"|\s+(?:last|this|next)\s+(?:year|month|week)|\s+jointly)?"
)


# a lookahead: a list of three names or more ("A, B and C", "A, B, C")
_THREE_OR_MORE = r"(?=⟨[A-Z]\d+⟩\s*,\s*⟨[A-Z]\d+⟩\s*(?:,|and\b))"


# "a cable", "an undersea ⟨T⟩", "no inland link": a work without a name, not the document's
_UNNAMED_DETERMINERS = ("a ", "an ", "another ", "no ")
_UNNAMED_MODIFIERS = (
    "",
    "new ",
    "second ",
    "third ",
    "domestic ",
    "regional ",
    "undersea ",
    "subsea ",
    "inland ",
)
_UNNAMED_BEFORE = "".join(
    f"(?<!{det}{modifier})" for det in _UNNAMED_DETERMINERS for modifier in _UNNAMED_MODIFIERS
)
# ... right before a verb ("a submarine cable connecting A and B")
_NOT_AFTER_UNNAMED_WORK = "".join(
    f"(?<!{det}{modifier}{head} )"
    for det in _UNNAMED_DETERMINERS
    for modifier in _UNNAMED_MODIFIERS
    for head in ("cable", "link", "line", "system", r"⟨T\d⟩", r"⟨T\d\d⟩")
)


# the kind of a place named "of": "the municipality of Chongqing", "the province of Chon Buri"
# the sites a body keeps in a place ("runs plants in Tamil Nadu", "its offices in Islamabad")
_SITES = (
    r"(?:⟨T\d+⟩|data\s+cent(?:re|er)s|offices?|regions|facilities|branch(?:es)?|subsidiaries|campuses|"
    r"(?:research|R&D|research\s+and\s+development)\s+cent(?:re|er)s|plants|factories|points\s+of\s+presence|"
    r"manufacturing\s+(?:sites|bases|hubs))"
)
_PLACE_KIND = (
    r"municipality|city|province|region|autonomous\s+region|county|prefecture|state|capital|port\s+city|town"
)


def _expand(template: str) -> str:
    # ~N/XY: a gap that crosses no name of classes X, Y (the nearest one is the subject), except
    # inside an apposition between commas ("X, a subsidiary of China's Y, owns …")
    template = re.sub(
        r"~(\d+)/([A-Z]+)",
        r"(?:,\\s+(?:(?:{APPOSITION})\\b|⟨[A-Z]\\d+⟩['’]s\\s)[^,;!?]{0,80}?,|(?!⟨[\2]\\d+⟩)[^;!?]){0,\1}?",
        template,
    )
    template = re.sub(r"~(\d+)", r"[^;!?]{0,\1}?", template)
    template = re.sub(r"_(\d+)", r"[^;!?,⟨⟩]{0,\1}?", template)
    return (
        template.replace("{APPOSITION}", _APPOSITION_OPENERS)
        .replace("{HEAD}", HEAD_TITLES)
        .replace("{AFFIL}", _AFFILIATION_TITLES)
        .replace("{HON}", _HONORIFIC)
        .replace("{QUAL}", _QUALIFIER)
        .replace("{WHEN}", _WHEN)
        .replace("{MANY}", _THREE_OR_MORE)
        .replace("{PLACE_KIND}", _PLACE_KIND)
        .replace("{SITES}", _SITES)
        .replace("{UNIT_WORDS}", _UNIT_WORDS)
        .replace("{NOT_A_UNIT}", _NOT_A_UNIT)
        .replace("{FOR_A_REGION}", _FOR_A_REGION)
    )


def _p(rule: str, template: str, emits: tuple[tuple[str, Pred, str], ...], confidence: float) -> Pattern:
    return Pattern(rule, _expand(template), emits, confidence).compile(Lang.EN)


EN_PATTERNS: tuple[Pattern, ...] = (
    # connects
    _p(
        "en-connect-verb",
        r"<s:P>~60/P\b(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|join(?:s|ed|ing)?|interconnect(?:s|ed|ing)?)\s+"
        r"(?:(?:\d+|[a-z]+)\s+(?:countries|nations|cities|markets|regions)\s+(?:in|across|of)\s+)?<o:CLP*>(?:\s+(?:to|with|and)\s+<o2:CLP*>)?(?:\s*,?\s+(?:via|through)\s+<o3:CLP*>)?",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2"), ("s", Pred.CONNECTS, "o3")),
        0.85,
    ),
    _p(
        # "Togo is already served by the West Africa Cable System (WACS)" (J 181), "Bangladesh is
        # currently connected to SEA-ME-WE 4" (J 186), "Bangladesh was connected to the cable" (D 65)
        "en-place-served-by",
        r"<c:CL>\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:currently\s+|already\s+|now\s+|also\s+)?"
        r"(?:connected\s+to|served\s+by|linked\s+to)\s+(?:the\s+)?<s:P*>",
        (("s", Pred.CONNECTS, "c"),),
        0.75,
    ),
    _p(
        "en-connect-topic",
        # ("a submarine cable connecting A and B" is a cable without a name, not the topic)
        rf"\b(?=connect|link|interconnect){_NOT_AFTER_UNNAMED_WORK}"
        r"(?:connect(?:s|ed|ing)?|link(?:s|ed|ing)?|interconnect(?:s|ed|ing)?)\s+"
        r"(?:(?:\d[\d,]*|[a-z]+)\s+(?:[a-z-]+\s+){0,3}?(?:countries|nations|cities|markets|regions|locations|stations|sites)"
        r"\s+(?:in|across|of)\s+){0,2}"
        r"<o:CLP*>(?:\s+(?:to|with|and)\s+<o2:CLP*>)?(?:\s*,?\s+(?:via|through)\s+<o3:CLP*>)?",
        (("topic:P", Pred.CONNECTS, "o"), ("topic:P", Pred.CONNECTS, "o2"), ("topic:P", Pred.CONNECTS, "o3")),
        0.75,
    ),
    _p(
        # "Tonga's critical 827-km fibre-optic link to Fiji": the document's work joins both countries
        "en-country-link-to-country",
        r"<a:C>['’]s?\s+(?:[\w.()-]+\s+){0,6}?(?:link|cable|connection)\s+(?:to|with)\s+<b:CL>",
        (("topic:P", Pred.CONNECTS, "a"), ("topic:P", Pred.CONNECTS, "b")),
        0.65,
    ),
    _p(
        "en-reach",
        r"\b(?:reach(?:es|ed|ing)?|branch(?:es|ed|ing)?\s+(?:out\s+)?to|extend(?:s|ed|ing)?\s+to|spurs?\s+to)\s+<o:CL*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        "en-route-from-to",
        # ("there was no inland link from Kuakata to Dhaka" is a link without a name, not the topic)
        r"\b(?:run\w*|stretch\w*|extend\w*|span\w*|go(?:es|ing)?|travel\w*|rout\w*|lie[sd]?|lying|connect\w*|"
        rf"branch\w*|{_UNNAMED_BEFORE}(?:connectivity|link\w*|segment|section|extension|cable|line|system))"
        r"\b_30\bfrom\s+<o:CL>\s+"
        r"(?:to|through|via|with)\s+<o2:CL*>",
        (("topic:P", Pred.CONNECTS, "o"), ("topic:P", Pred.CONNECTS, "o2")),
        0.75,
    ),
    _p(
        "en-run-from-to",
        r"<s:P>~60/P\b(?:run(?:s|ning)?|stretch(?:es|ing)?|extend(?:s|ing)?|span(?:s|ning)?|go(?:es)?|travel(?:s)?|"
        r"route[sd]?|lie[sd]?|will\s+run|will\s+stretch)\s+(?:[a-z]+\s+){0,2}?from\s+<o:CL>\s+(?:to|through|via)\s+<o2:CL*>",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.85,
    ),
    _p(
        # "a trunk connecting A, B and C and branches into D and E": a work's branches reach places too
        "en-branches-into",
        r"\b(?:branch(?:es)?|branching|spurs?|extensions?)\s+(?:in)?to\s+(?:the\s+)?<o:CL*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        "en-between",
        # (a partnership, a venture or an agreement between two countries connects nothing)
        r"<s:P>_40(?<!partnership )(?<!cooperation )(?<!collaboration )(?<!agreement )(?<!deal )(?<!venture )"
        r"(?<!ties )(?<!relations )(?<!trade )(?<!friendship )(?<!project )\bbetween\s+<o:CL*>",
        (("s", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        # "The AAE-1 cable, a 25,000-kilometre fibre-optic link between Asia and Europe": the work an
        # apposition describes as a link between places
        "en-apposition-link-between",
        r"<s:P>(?:\s*[(][^()]*[)])?(?:\s+(?:cable|system|line))?,\s+(?:an?|the)\s+(?:[\w,.-]+\s+){0,5}?"
        r"(?:link|cable|system|connection|route|line)\s+(?:between|linking|connecting|joining)\s+<o:CL*>",
        (("s", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        # "the first submarine cable between Mauritius and Rodrigues Island" (L 223), "The submarine cable
        # system between the Hong Kong SAR and South China's Hainan Province" (H 141), "on a segment
        # between Egypt and Italy" (H 146): the document's cable, described by the places it joins
        "en-cable-between",
        # (a field is no cable: "cooperation in the digital economy between China and ASEAN")
        r"\b(?:(?<!\bin )(?<!\bon )(?<!\bof )(?<!\bfor )(?<!\bto )(?:the|this|its)\s+(?:[\w,.-]+\s+){0,3}?"
        r"(?:<:T>|cable)(?:\s+system)?|(?:the|an?)\s+(?:segment|section))"
        r"\s+between\s+(?:the\s+)?<o:CL*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        "en-work-from-to",
        r"<s:P>\s+(?:(?:running|stretching|extending|linking|connecting|going|laid)\s+)?from\s+<o:CL>\s+"
        r"(?:to|through|via)\s+<o2:CL*>",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.8,
    ),
    _p(
        "en-connected-to-work",
        r"<o:CL*>\s+(?:was|is|were|are|has\s+been|have\s+been|will\s+be|got|became|becomes)\s+(?:[a-z]+\s+)?connected\s+"
        r"(?:to|with)\s+(?:the\s+)?<s:P>",
        (("s", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        # "PEACE follows DARE1, SEACOM and TEAMS into Kenya": each cable listed reaches the place
        "en-follows-into",
        r"\bfollow(?:s|ed|ing)?\s+<s:PO*>\s+(?:in)?to\s+<o:CL>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        # "the fourth cable to land in Cameroon after WACS, ACE and SAT-3"
        "en-after-works-reach",
        r"\b(?:to\s+(?:land|arrive)\s+(?:in|at)|to\s+(?:reach|connect|serve))\s+<o:CL>\s*,?\s+(?:after|following)\s+<s:PO*>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        # "reaches Mombasa through an Indian Ocean route"
        "en-route-through-sea",
        r"\b(?:through|via|along|across)\s+(?:an?\s+|the\s+)?<o:L*>\s+(?:route|corridor|path|passage)\b",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.65,
    ),
    _p(
        "en-under-sea",
        r"\b(?:runs?|running|stretch(?:es|ing)?|lies|laid|cross(?:es|ing)?|spans?|spanning|travers(?:es|ing))\s+"
        r"(?:[\d,.]+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?(?:under|across|beneath|through)\s+(?:the\s+)?<o:L*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.65,
    ),
    _p(
        # "the Seacom, EIG and AAE-1 cables in the Red Sea" (J 185); "three subsea telecommunications
        # cables in the Red Sea", the report's cable among them (F 102)
        "en-cables-in-sea",
        r"<s:P*>\s+(?:submarine\s+|subsea\s+|undersea\s+)?cables\s+in\s+the\s+<o:L>",
        (("s", Pred.CONNECTS, "o"),),
        0.65,
    ),
    _p(
        "en-cables-in-sea",
        r"\b(?:two|three|four|five|several|many|the)\s+(?:[a-z]+\s+){0,2}?cables\s+in\s+the\s+<o:L>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.6,
    ),
    _p(
        "en-country-runs-through-cables",
        r"\b(?:runs?|goes|passes|flows|relies|depends|rely|depend)\s+(?:mostly\s+|mainly\s+|largely\s+|chiefly\s+)?"
        r"(?:on|through|via)\s+(?:[a-z-]+\s+){0,3}?(?:<:T>|(?:submarine\s+|undersea\s+)?cables?)\s*[:,]\s*<s:P*>",
        (("s", Pred.CONNECTS, "topic:C"),),
        0.65,
    ),
    _p(
        "en-its-cable",
        r"\b(?:its|their)\s+(?:first|second|third|fourth|new|only|main|latest)\s+(?:international\s+)?(?:<:T>|"
        r"(?:submarine\s+|undersea\s+)?cable),?\s+<s:P>",
        (("s", Pred.CONNECTS, "subject:C"),),
        0.7,
    ),
    _p(
        "en-via",
        r"<s:P>~40/P\b(?:via|passing\s+through|passes\s+through)\s+<o:CL*>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        # "The Umoja cable starts in Kenya", "the route will end in Australia": where a line starts
        "en-starts-in",
        r"<s:P>~30/P\b(?:starts?|starting|begins?|beginning|originates?|originating|ends?|ending|terminates?)"
        r"\s+(?:in|at)\s+<o:CL*>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        "en-countries-inaugurate-link",
        r"<o:C>\s+and\s+<o2:C>~40\b(?:inaugurated|launched|opened|completed|commissioned|unveiled)\s+their~50<s:P>",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.75,
    ),
    # landsAt
    _p(
        "en-lands",
        r"<s:P>~80/P\b(?:land(?:s|ed|ing)?|come(?:s)?\s+ashore|came\s+ashore|arrived|arrives|was\s+brought\s+ashore)\s+"
        r"(?:[a-z]+\s+){0,2}?(?:in|at)\s+<o:CL*>",
        (("s", Pred.LANDS_AT, "o"),),
        0.85,
    ),
    _p(
        "en-landing-station",
        r"\blanding\s+(?:station|point|site)s?\s+(?:in|at|of)\s+<o:CL*>",
        (("topic:P", Pred.LANDS_AT, "o"),),
        0.75,
    ),
    _p(
        # "two of its landing stations, in Shanghai and Hong Kong"
        "en-landing-stations-in",
        r"\blanding\s+(?:stations?|points?|sites?)\s*,?\s+(?:in|at)\s+<o:CL*>",
        (("near:P", Pred.LANDS_AT, "o"),),
        0.7,
    ),
    _p(
        # "the executing agency is Cambodia's Ministry of Posts", "the project owner is Galaxy Backbone"
        "en-executing-agency",
        r"\b(?:executing|implementing)\s+(?:agency|body|entity)\s+(?:is|was|will\s+be)\s+(?:the\s+)?<o:OC>",
        (("near:P", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "Lao Asia Pacific Satellite is responsible for the satellite's commercial operation"
        "en-responsible-for-operation",
        # ("the satellite's" is a reference to the work: a slot of its own)
        r"<o:O>\s+(?:is|was|will\s+be|are)\s+(?:solely\s+)?responsible\s+for\s+(?:the\s+)?(?:<:P>['’]s\s+)?"
        r"(?:[a-z'’-]+\s+){0,2}?"
        r"(?:commercial\s+)?(?:operation|operations|running|management)\b",
        (("near:P", Pred.OPERATED_BY, "o"),),
        0.7,
    ),
    _p(
        "en-landings-at",
        r"\b(?:landings?|(?:connecting|landing|branching)\s+points?|landing\s+stations?)\s+(?:at|in)\s+<o:CL*>",
        (("topic:P", Pred.LANDS_AT, "o"),),
        0.75,
    ),
    _p(
        # "the first landing of the 2Africa subsea cable, in Genoa", "an agreement for the landing of
        # the 2Africa Cable System in Barka and Salalah": the landing of a work names where it lands
        "en-landing-of-work",
        r"\blanding\s+of\s+(?:the\s+)?<s:P>(?:\s+[a-z-]+){0,2}?,?\s+(?:at|in)\s+<o:CL*>",
        (("s", Pred.LANDS_AT, "o"),),
        0.8,
    ),
    _p(
        "en-org-lands-work",
        r"<o:O>\s+(?:lands|landed|will\s+land|is\s+landing|has\s+landed)\s+(?:the\s+)?<s:P>\s+(?:at|in)\s+"
        r"(?:its\s+|their\s+|<:OP>\s+)?<l:LC*>",
        (("s", Pred.LANDS_AT, "l"),),
        0.8,
    ),
    _p("en-place-landing", r"<o:L>\s+landing\b", (("topic:P", Pred.LANDS_AT, "o"),), 0.7),
    # operatedBy
    _p(
        "en-operated-by",
        r"<s:P>~60/P\b(?:operated|run|managed){WHEN}\s+by\s+<o:O*>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.85,
    ),
    _p(
        "en-operates",
        r"<o:O*>\s+(?:operates|runs|will\s+operate|operated|manages|will\s+manage)\s+(?:the\s+)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.8,
    ),
    _p(
        "en-opens-facility",
        # ("Tencent unveiled a data centre in Jakarta": who unveils a facility runs it)
        r"<o:O>~30/O\b(?:has\s+|have\s+|had\s+|will\s+)?(?:opened|opens|open|unveiled|unveils|inaugurated|inaugurates)\s+"
        r"(?:an?|the|its|their)\s+"
        r"(?:[a-z-]+\s+){0,3}?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.7,
    ),
    _p(
        # "the company's FALCON cable", "Safaricom's new 5G network": a body's own work is one it runs
        "en-possessive-work",
        r"<o:O>['’]s\s+(?:(?:new|own|first|latest|flagship)\s+){0,2}<s:P>(?!\s+(?:project|contract|deal|bid|tender)\b)",
        (("s", Pred.OPERATED_BY, "o"),),
        0.6,
    ),
    _p(
        "en-owns",
        r"<o:O>~60/O\b(?:owns|own|owned|will\s+own|co-owns)\s+(?:the\s+)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-owned-by",
        # (owned by many is a partnership: "co-owned by", "owned by 19 companies", "owned by a consortium")
        r"<s:P>~60/P(?<!formerly )(?<!previously )(?<!co-)\b(?:owned|controlled)\s+by\s+(?!\d|a\s+consortium)"
        r"<o:O*>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-operator-of",
        r"<o:O>,?\s+(?:the\s+|an?\s+)?_30\boperator\s+of\s+(?:the\s+)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.8,
    ),
    # builtBy
    _p(
        "en-built-by",
        r"<s:P>~60/P\b(?:built|constructed|laid|installed|supplied|deployed|engineered|manufactured|developed|carried\s+out|"
        r"implemented|executed|undertaken|rolled\s+out){WHEN}\s+by\s+(?!{MANY})<o:O*>",
        (("s", Pred.BUILT_BY, "o"),),
        0.85,
    ),
    _p(
        "en-builds",
        r"<o:O*>\s+(?:has\s+|have\s+|will\s+|would\s+|is\s+|are\s+|plans?\s+to\s+|agreed\s+to\s+|"
        r"(?:is|are|was)\s+(?:also\s+)?(?:set|due|expected|poised|scheduled)\s+to\s+)?"
        # (a verb joined before the building one: "ASN is manufacturing and laying the cable" T 384, "CAST,
        # which designed and built the satellite" J 182)
        r"(?:(?:design|manufactur|engineer|produc)(?:e|es|ed|ing)?\s+and\s+)?(?:built|"
        r"constructed|laid|installed|supplied|deployed|building|build|lay|laying|supply|supplying|install|deploy|"
        r"construct|develop|developed|developing|roll(?:s|ed|ing)?\s+out)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,3}?<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        "en-built-with",
        r"<s:P>~60/P\bbuilt\s+(?:with|alongside)\s+(?:the\s+help\s+of\s+)?(?:<:C>\s+(?:[a-z-]+\s+){0,2}?)?<o:O*>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    _p(
        "en-performed-works",
        r"<o:O>\s+(?:has\s+|have\s+|had\s+)?(?:managed|handled|performed|carried\s+out|completed|conducted|undertook|"
        r"will\s+manage|will\s+handle)"
        r"\s+the\s+(?:[a-z-]+\s+){0,2}(?:landing|installation|construction|laying|deployment|works?)\b",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.7,
    ),
    _p(
        "en-selected-to-build",
        r"<o:O>~40/O\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:selected|chosen|contracted|hired|picked|"
        r"appointed|tapped|commissioned)\s+(?:as\s+(?:the\s+)?(?:[a-z-]+\s+){1,3}?)?to\s+(?:build|construct|lay|supply|"
        r"install|deploy|manufacture|design|engineer)\s+<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        # "The project … was awarded to Australia's Vocus Group in June"
        "en-work-awarded-to",
        r"<s:P>~80/P\b(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+)?awarded\s+to\s+<o:O*>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    _p(
        # "The AUD137 million project, which will connect …, was awarded to Vocus Group"
        "en-project-awarded-to",
        r"\b(?:project|contract|tender|deal)\b[^;!?⟨⟩]{0,40}?,[^;!?]{0,100}?,\s+(?:was|were|has\s+been)\s+awarded\s+to\s+"
        r"<o:O*>",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.65,
    ),
    _p(
        # "Vocus enlisted Nokia's Alcatel Submarine Networks unit to build the 20Tbps cable"
        "en-enlisted-to-build",
        r"\b(?:enlisted|hired|contracted|selected|chose|appointed|tapped|commissioned|engaged)\s+<o:O*>(?:\s+unit)?\s+to\s+"
        r"(?:build|construct|lay|supply|install|deploy|manufacture)\s+(?:the\s+|an?\s+)?(?:[\w.-]+\s+){0,2}?<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    _p(
        # "Indosat ordered the Palapa-D satellite from Thales Alenia Space": who builds what is bought
        "en-ordered-from",
        r"\b(?:ordered|bought|purchased|procured|commissioned)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w.-]+\s+){0,2}?<s:P>"
        r"(?:\s+[a-z]+){0,2}?\s+from\s+(?:the\s+)?<o:O>",
        (("s", Pred.BUILT_BY, "o"),),
        0.7,
    ),
    _p(
        # "HMN Tech was awarded the contract as system supplier": the builder of the document's work
        "en-awarded-as-supplier",
        r"<o:O>~40/O\b(?:won|was\s+awarded|has\s+been\s+awarded|had\s+been\s+awarded|was\s+selected|was\s+chosen|"
        r"has\s+been\s+selected)\s+(?:(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?contract\s+)?as\s+(?:the\s+)?"
        r"(?:system\s+|main\s+|equipment\s+|turnkey\s+)?(?:supplier|contractor|builder|vendor)\b",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.65,
    ),
    _p(
        "en-won-contract",
        r"<o:O>~40/O\b(?:won|wins|secured|secures|bagged|landed|was\s+awarded|has\s+been\s+awarded)\s+(?:an?\s+|the\s+)?"
        r"(?:[a-z-]+\s+){0,2}?(?:contract|deal|tender|bid|order)\s+(?:to\s+(?:build|construct|lay|supply|install)|for)\s+<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        "en-supply-contract",
        r"<o:O>['’]s\s+(?:[a-z-]+\s+)?(?:supply|construction|installation|turnkey|build)\s+(?:contract|deal)\s+"
        r"(?:for|on)\s+<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    _p(
        # "HMN Technologies is the supply contractor": the builder of the work the document is about
        "en-is-the-contractor",
        r"<o:O>\s+(?:is|was|will\s+be|has\s+been|became)\s+(?:the|its)\s+(?:main\s+|principal\s+|lead\s+)?"
        r"(?:supply\s+|construction\s+|turnkey\s+|installation\s+|epc\s+|system\s+)?(?:contractor|builder)\b",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.7,
    ),
    _p(
        # "China Mobile, the leading initiator and investor in the SEA-H2X cable", "As the project's
        # largest investor, China Mobile"
        "en-investor-in",
        r"<o:OC>,\s+(?:the|an?|one\s+of\s+the)\s+(?:[a-z-]+\s+){0,4}?(?:investors?|funders?|backers?|financiers?)\s+"
        r"(?:in|of|behind|for)\s+(?:the\s+)?<s:PI>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-as-the-investor",
        r"\bas\s+(?:the\s+|an?\s+|one\s+of\s+the\s+)?<s:PI>['’]s\s+(?:[a-z-]+\s+){0,2}?(?:investors?|funders?|backers?|"
        r"financiers?)\s*,\s+<o:OC>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-initiator-of",
        r"<o:OC>,\s+(?:the|an?|one\s+of\s+the)\s+(?:[a-z-]+\s+){0,2}?(?:initiators?|proposers?|originators?)\b"
        r"(?:\s+and\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+(?:in|of|behind|for)\s+(?:the\s+)?<s:PI>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        # "Developed by the National Payments Corporation of India (NPCI), UPI is …": a clause opening
        # with its maker names the work that follows
        "en-fronted-built-by",
        r"^(?:(?:originally|jointly|first)\s+)?(?:developed|built|designed|created|constructed|engineered)"
        r"(?:\s+(?:in|on)\s+[^,⟨⟩]{1,20})?\s+by\s+(?:the\s+)?<o:O*>(?:\s*\(<:O>\))?"
        # ("Built by Lockheed Martin on an upgraded A2100 platform, the roughly 6,000-kilogram Arabsat-6A")
        r"(?:\s+(?:on|with|using|at|for)\s+[^,⟨⟩]{1,40})?,\s+(?:the\s+)?(?:[\w.-]+(?:,\d{3})*[\w-]*\s+){0,3}?<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        "en-fronted-operated-by",
        r"^(?:operated|run|managed)\s+by\s+(?:the\s+)?<o:O*>(?:\s*\(<:O>\))?,\s+(?:the\s+)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.8,
    ),
    _p(
        "en-fronted-funded-by",
        r"^(?:funded|financed|backed|co-financed|co-funded)\s+by\s+(?:the\s+)?<o:OC*>(?:\s*\(<:O>\))?,\s+"
        r"(?:the\s+)?<s:POI>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        "en-contractor",
        r"<s:P>~40/P\b(?:contractors?|suppliers?|builders?)\s+(?:is|are|was|were|include|including)\s+<o:O*>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    # fundedBy
    _p(
        "en-funded-by",
        r"<s:POI>~60/POIE\b(?:funded|financed|backed|sponsored|bankrolled|co-financed|co-funded){WHEN}\s+by\s+"
        r"(?:an?\s+consortium\s+(?:including|of|comprising|made\s+up\s+of)\s+)?<o:OC*>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.85,
    ),
    _p(
        "en-funded-through-partnership",
        r"<s:POI>~60/POIE\b(?:funded|financed|backed){WHEN}\s+(?:by|through|under)\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?"
        r"(?:partnership|consortium|arrangement|scheme|deal)\s+(?:involving|including|of|between|with|comprising)\s+<o:OC*>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # "thanked the people of China for funding the project"
        "en-for-funding",
        r"<o:OC>[^;!?,⟨⟩]{0,12}?\bfor\s+(?:funding|financing|bankrolling|co-funding|co-financing|sponsoring)\s+"
        r"(?:the\s+|its\s+|their\s+)?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # "Australia joined Japan and the United States in financing the East Micronesia Cable"
        "en-joined-in-financing",
        r"<o:OC*>_20\bjoined\s+<o2:OC*>\s+in\s+(?:funding|financing|co-financing|co-funding|bankrolling)\s+"
        r"(?:the\s+)?<s:P>",
        (("s", Pred.FUNDED_BY, "o"), ("s", Pred.FUNDED_BY, "o2")),
        0.75,
    ),
    _p(
        "en-agreed-to-fund",
        r"<o:OC*>_40\bto\s+(?:fund|finance|bankroll|co-finance|co-fund)\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?(?:the\s+)?"
        r"(?:[\d,.]+\s*-?\s*(?:km|kilomet(?:re|er)s?)\s+)?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.7,
    ),
    _p(
        "en-financing-construction",
        r"<o:OC*>~30/OC\b(?:is\s+|are\s+|will\s+be\s+|was\s+)?(?:financing|funding|bankrolling)\s+(?:the\s+)?"
        r"(?:construction|building|development|expansion|rollout)\s+of\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,4}?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # "with the facility provided by the Export-Import Bank of China", "a loan extended by the CDB"
        "en-facility-provided-by",
        # ("with the facility provided by": the facility is read as a reference to a work)
        r"(?:\b(?:loan|loans|credit|financing|funding|funds|grant|concessional\s+loan)|\bwith\s+(?:the\s+|a\s+)?<:P>)\s+(?:was\s+|is\s+|were\s+|being\s+)?"
        r"(?:provided|extended|granted|offered|arranged)\s+by\s+(?:the\s+)?<o:OC*>",
        (("near:PI", Pred.FUNDED_BY, "o"),),
        0.7,
    ),
    _p(
        "en-x-funded",
        r"<s:PO>\s+(?:is|was|are|were)\s+(?:an?\s+)?<o:OC>-(?:funded|financed|backed|sponsored)",
        (("s", Pred.FUNDED_BY, "o"),),
        0.85,
    ),
    _p(
        "en-x-funded-project",
        r"<o:OC>-(?:funded|financed|backed|sponsored)\s+<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.85,
    ),
    _p(
        "en-funds",
        # ("will provide financing for", "provided about $249 million in loans to": the sum may stand between)
        r"<o:OC*>\s+(?:has\s+|have\s+|will\s+)?(?:funded|financed|invested\s+in|fund|funds|finances|"
        r"(?:provide[sd]?|providing)\s+(?:an?\s+)?(?:[^,;⟨⟩]{1,30}?\s+in\s+)?(?:[a-z-]+\s+)?(?:loans?|financing|funding)\s+"
        r"(?:for|to))\s+(?:the\s+)?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # "The Export-Import Bank of China will provide about $249 million in financing.": a funder
        # of the work the sentence is about
        "en-provides-financing",
        r"<o:O>\s+(?:has\s+|will\s+|would\s+|is\s+to\s+)?(?:provide[sd]?|providing|extend(?:s|ed)?)\s+"
        r"(?:an?\s+)?(?:[^,;⟨⟩]{1,30}?\s+in\s+)?(?:[a-z-]+\s+)?(?:loans?|financing|funding)\b(?!\s+(?:agreement|deal))",
        (("topic:P", Pred.FUNDED_BY, "o"),),
        0.65,
    ),
    _p(
        "en-invest-in",
        r"<o:OC*>\s+(?:[a-z]+\s+){0,3}?(?:invest(?:s|ed|ing)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?)\b_40"
        r"\b(?:in|into)\s+(?:the\s+|its\s+)?<s:PO>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # "Huawei will invest 200 million euros to build a factory": who invests to build a work funds it
        # (as zh-invests-to-build)
        "en-invests-to-build",
        r"<o:OC*>\s+(?:[a-z]+\s+){0,3}?invest(?:s|ed|ing)?\s+[^;⟨⟩]{1,40}?\s+to\s+(?:build|set\s+up|establish|"
        r"construct|open)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,3}?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # "a $40 million round for Lagos-based payments startup PalmPay, led by China's Transsion"
        "en-round-for-led-by",
        r"\b(?:round|funding|financing)\s+(?:for|in)\s+(?:[^\s,;]+\s+){0,4}?<s:O>\s*,?\s+led\s+by\s+<o:OC*>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # "Nubank raised $150 million in a round led by DST Global"
        "en-raised-round-led-by",
        r"<s:O>~50/O\b(?:raised|secured|closed|received|completed|announced)\s+[^;!?⟨⟩]{0,60}?"
        r"\b(?:round|funding|financing|investment)\s+(?:was\s+)?led\s+by\s+<o:OC*>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    # partner
    _p(
        # "jointly built by Huawei and Safaricom", "jointly built by the consortium of A, B and C"
        "en-jointly-by",
        r"\bjointly\s+(?:[a-z]+\s+)?by\s+(?:an?\s+|the\s+)?(?:(?:[a-z-]+\s+)?(?:consortium|group|alliance)\s+"
        r"(?:of|comprising|including|consisting\s+of|made\s+up\s+of)\s+)?<o:OC*>",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.8,
    ),
    _p(
        # "the satellite China built for Ethiopia", "a cable donated to Tonga": a work one country makes
        # for another has both as partners
        "en-work-for-country",
        r"<s:P>\s+(?:that\s+|which\s+)?<a:C>\s+(?:has\s+|had\s+)?(?:built|developed|launched|made|designed|donated|"
        r"gifted|financed|funded)\s+(?:for|to)\s+(?:the\s+(?:government\s+|people\s+)?of\s+)?<o:C>",
        (("s", Pred.PARTNER, "o"), ("s", Pred.PARTNER, "a")),
        0.7,
    ),
    _p(
        "en-agreement-signed-by-parties",
        r"<s:P>\s*(?:agreement|contract|mou|memorandum)\s+(?:was|were)\s+signed~40\bby\s+<o:OC*>",
        (("s", Pred.PARTNER, "o"), ("o", Pred.SIGNED_WITH, "o")),
        0.8,
    ),
    _p(
        # "China Mobile and MTN are among the partners in the 2Africa cable", "X is a member of the
        # consortium building the PEACE cable", "X joined the consortium of the cable"
        "en-partners-in",
        r"<o:OC*>\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:among\s+)?(?:the\s+|an?\s+|one\s+of\s+the\s+)?"
        r"(?:[a-z-]+\s+){0,2}?(?:partners?|members?|parties|participants?|shareholders?|co-owners?)\s+(?:in|of|to|behind)\s+"
        r"|(?:has\s+|have\s+)?(?:joined|joins|entered)\s+)(?:the\s+|a\s+)?(?:consortium\s+(?:building|behind|of|for|that\s+(?:is\s+)?"
        r"(?:built|building|owns|operates))\s+(?:the\s+)?)?<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # "the Chinese mapping satellite Gaofen-7" (P 302), "Pakistan's lunar nanosatellite iCube-Qamar"
        # (L 221), "Ethiopian satellite ETRSS-1" (J 182): a satellite its country's kind names is that
        # country's, as one named after it is (name-states-owner)
        "en-country-satellite",
        r"<o:C>(?:['’]s)?\s+(?:(?:(?!(?:an?|the|its|their|and|or|to|for|of|with|by|on|in|at|from|has|have|had|was|"
        # (words between are the satellite's kind, never a verb: "China launched a satellite, X, for Egypt")
        r"were|is|are|will|would|can)\b)(?![a-z-]+ed\b)[a-z-]+|<:T>)\s+){0,3}?(?:nano|micro)?satellites?,?\s+<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "Saudi Arabia on Friday launched two high-resolution Earth observation satellites, SaudiSat-5A
        # and SaudiSat-5B" (P 301), "Pakistan on Thursday launched its Multi-Mission Communication
        # Satellite PAKSAT MM1" (L 221): the country that launches its own satellites owns them
        "en-country-launched-its-satellites",
        r"<o:C>_30\blaunched\s+(?:its|their|two|three|four)\s+(?:(?:[a-z-]+|<:T>)\s+){0,4}?satellites?,?\s+<s:P*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "The cable is owned by 19 companies from 16 countries including Bangladesh"
        "en-owned-by-many",
        r"<s:PI>~60/PI\bowned\s+by\s+(?:[\d,]+|several|many|multiple|dozens\s+of)\s+(?:[a-z-]+\s+){0,2}?(?:companies|operators|"
        r"carriers|firms|parties|members|countries)\b[^;!?⟨⟩]{0,60}?\b(?:including|such\s+as|like|among\s+them|namely)\s+"
        r"<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        "en-co-owned-by",
        r"<s:PI>~60/PI\b(?:co-owned|jointly\s+owned|co-developed|co-financed|co-funded|jointly\s+developed|"
        r"owned\s+by\s+a\s+consortium\s+(?:of|including|comprising))\s+(?:by\s+)?<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # "The Meridian Cable is being developed in partnership with Safaricom and Airtel"
        "en-work-in-partnership-with",
        r"<s:PI>~60/PI\b(?:in\s+(?:partnership|cooperation|collaboration|conjunction)|together|jointly)\s+with\s+"
        r"(?:the\s+)?<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "The Dubai data centre is run with Meraas Holdings": who a work is run or built with is its partner
        "en-work-run-with",
        r"<s:P>~30/P\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:run|operated|built|developed|managed)\s+"
        r"(?:jointly\s+)?with\s+(?:the\s+)?<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "Safaricom partnered with Airtel on the Meridian Cable", "teamed up with Airtel to build it"
        "en-partnered-on-work",
        r"<a:OC>~30/OC\b(?:partnered|teamed\s+up|joined\s+(?:forces|hands)|cooperated|collaborated|worked|"
        r"signed\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:agreement|deal|mou|contract))\s+with\s+(?:the\s+)?<b:OC*>\s+"
        r"(?:on|for|over|to\s+(?:jointly\s+)?(?:build|develop|deploy|lay|construct|co-invest\s+in|invest\s+in|fund))\s+"
        r"(?:the\s+)?<s:PI>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "b")),
        0.7,
    ),
    _p(
        # "China will work with African countries to implement the Digital Innovation Partnership Plan"
        "en-work-with-to-implement",
        r"<a:CO>_30\b(?:work|worked|works|join\s+hands|joined\s+hands|team\s+up)\s+(?:together\s+)?with\s+"
        r"(?:the\s+)?<b:COL*>(?:\s+countries)?\s+to\s+(?:jointly\s+)?(?:implement|advance|carry\s+out|build|promote)\s+"
        r"(?:the\s+)?<s:PI>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "b")),
        0.7,
    ),
    _p(
        # "UnionPay International, NAPAS and ICBC signed an agreement to jointly advance the QR code
        # payment link": who sign a paper to advance a work together are its partners
        "en-sign-to-jointly-advance",
        r"<o:OC*>_30\b(?:signed|inked|reached|concluded)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?"
        r"(?:agreements?|deals?|mous?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|<:A>)\s+to\s+"
        r"(?:jointly\s+|together\s+)(?:advance|promote|build|develop|implement|operate|launch)\s+(?:the\s+)?<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "Safaricom and Airtel are jointly developing the Meridian Cable", "agreed to build the cable"
        "en-jointly-develop",
        r"<o:OC*>\s+(?:(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+)?(?:(?:jointly|together)\s+|"
        r"(?:agreed|pledged|decided)\s+to\s+(?:jointly\s+)?)(?:develop|build|construct|fund|finance|own|operate|deploy|lay)"
        r"(?:s|ed|ing)?\s+(?:the\s+)?<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "Safaricom holds a stake in the cable", "will take a 20% stake in it"
        "en-stake-in",
        r"<o:OC*>_40\b(?:holds?|held|has|have|owns?|owned|took|takes?|take|acquired|acquires?|bought|buys?)\s+"
        r"(?:an?\s+|the\s+|its\s+)?(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+)?(?:[a-z-]+\s+)?(?:stake|share|interest|equity)\s+"
        r"in\s+(?:the\s+)?<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # "The AAE-1 consortium, which runs the cable and also counts China Unicom and Mobily among its
        # members": each member is in the consortium and a partner of its work
        "en-counts-among-members",
        r"<c:OPI>(?:,\s+(?:which|that)\s[^;!?]{0,100}?|\s+(?:also\s+)?)\bcounts\s+<o:OC*>\s+among\s+(?:its|their|<:OPI>)\s+(?:[a-z-]+\s+)?"
        r"(?:members|shareholders|owners|partners)\b",
        (("work:c", Pred.PARTNER, "o"), ("o", Pred.MEMBER_OF, "c")),
        0.75,
    ),
    _p(
        # "PTCL is part of an eight-company global consortium behind Africa-1"
        "en-part-of-consortium-behind",
        r"<o:OC*>\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?part\s+of\s+(?:an?|the)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:consortium|group|alliance)\s+(?:behind|building|of|for|that\s+(?:built|owns|runs))\s+"
        r"(?:the\s+)?<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # "The other members are Saudi Arabia's Mobily, the UAE's e& and G42": the rest of the
        # consortium of the document's work, which the sentence before named
        "en-the-other-members",
        r"^(?:the\s+)?(?:other|remaining)\s+(?:consortium\s+)?(?:members|partners|shareholders|investors)\s+"
        r"(?:are|were|include|included)\s[^;!?]*",
        (("topic:P", Pred.PARTNER, "all:O"),),
        0.65,
    ),
    _p(
        "en-consortium",
        r"<s:PI>~40\b(?:consortium|partners?|members?)\s+(?:(?:that|which)\s+)?(?:includes?|included|including|comprises?|"
        r"comprising|are|of)\s+<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.8,
    ),
    _p(
        "en-the-consortium",
        r"\bconsortium\s+(?:(?:behind|for|building|of)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:cable|system|project|network)|"
        r"<:P>)\s+)?"
        r"(?:also\s+)?(?:led\s+by|includes?|including|comprises?|comprising|(?:is\s+|was\s+)?made\s+up\s+of|of|"
        r"consisting\s+of|composed\s+of|(?:formed|set\s+up|created)\s+by|members\s+(?:are|include)|"
        r"(?:whose|with)\s+members\s+(?:are|include|including)?)\s+<o:OC*>",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # "Apart from CMI and Singtel, the SJC2 consortium comprises A, B and C": the members of a
        # work's consortium, those named before it too, are the work's partners
        "en-work-consortium-comprises",
        r"(?:\b(?:in\s+addition\s+to|apart\s+from|aside\s+from|besides|alongside|along\s+with)\s+<a:OC*>\s*,\s+)?"
        r"(?:the\s+)?<c:OPI>\s+(?:also\s+)?(?:comprises|comprised|includes|included|consists\s+of|consisted\s+of|"
        r"(?:is|was)\s+(?:made\s+up|composed)\s+of|counts|members\s+(?:are|include))\s+<o:OC*>",
        (("work:c", Pred.PARTNER, "o"), ("work:c", Pred.PARTNER, "a")),
        0.75,
    ),
    _p(
        # "In addition to Viettel, the cable has been developed by SoftBank, Singtel and PLDT"
        "en-besides-developers",
        r"\b(?:in\s+addition\s+to|apart\s+from|aside\s+from|besides|alongside|along\s+with)\s+<a:OC*>\s*,\s+"
        r"<s:PI>~40/PI\b(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+being\s+|are\s+being\s+)?(?:jointly\s+|co-)?"
        r"(?:developed|built|owned|funded|financed|backed|invested\s+in)\s+by\s+<o:OC*>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "o")),
        0.75,
    ),
    _p(
        # "the cable was developed by SoftBank, China Unicom and Singtel": three or more developers
        # of one work are its consortium, not its contractor
        "en-developed-by-many",
        r"<s:PI>~60/PI\b(?:developed|built|owned|backed){WHEN}\s+by\s+{MANY}<o:O*>",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        "en-owner-works",
        r"<o:O>['’]s\s+(?:[a-z-]+\s+){0,2}?(?:systems|cables|cable\s+systems|assets|investments|networks)\s*,?\s+"
        r"(?:such\s+as|including|like|namely)\s+<s:P*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        "en-invested-including",
        r"\b(?:companies|operators|carriers|firms|groups)\s+(?:have\s+|has\s+|had\s+)?(?:invested|participated|taken\s+part)"
        r"\s+in\s+(?:the\s+)?<s:P>\s*,\s+including\s[^;!?]*",
        (("s", Pred.PARTNER, "all:O"),),
        0.7,
    ),
    _p(
        # "the five BRICS countries - Brazil, Russia, India, China and South Africa": the countries
        # listed after a body's member countries are its members
        "en-member-countries-listed",
        r"<g:O>\s+(?:member\s+)?(?:countries|states|nations|economies|member\s+states)\s*(?:[-–—:(]|,?\s+"
        r"(?:namely|including|such\s+as|i\.e\.,?))\s*<m:C*>",
        (("m", Pred.MEMBER_OF, "g"),),
        0.75,
    ),
    _p(
        "en-listed-members",
        r"<g:OP>['’]s\s+(?:[\d,]+\s+|[a-z]+\s+){0,2}?(?:members?|carriers|operators|partners|parties|shareholders|"
        r"investors|owners|companies|firms)\s*,?\s+(?:including|include|includes|such\s+as|namely|are|comprising|:)\s+<m:OC*>",
        (("m", Pred.MEMBER_OF, "g"), ("g", Pred.PARTNER, "m"), ("topic:PI", Pred.PARTNER, "m")),
        0.75,
    ),
    _p(
        "en-participant-apposition",
        r"<o:OC>,\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:participant|partner|investor|shareholder|backer|"
        r"stakeholder|co-owner)s?\b",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.65,
    ),
    _p(
        "en-led-by",
        r"<s:PI>~40/PI\b(?:is\s+|are\s+|was\s+|were\s+|being\s+)?(?:led|spearheaded|backed)\s+by\s+<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        "en-comprising-members",
        # ("The 2Africa consortium consists of Bayobab, center3, …" J 184, "The 2Africa Consortium groups
        # China Mobile International, Meta, …" T 384: the finite verb as the participle of A 22)
        r"<c:O>,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|whose\s+members\s+(?:are|include)|"
        r"(?:also\s+)?(?:consists\s+of|comprises|groups|brings\s+together|(?:is|was)\s+made\s+up\s+of))\s+<m:OC*>",
        (("m", Pred.MEMBER_OF, "c"), ("topic:PI", Pred.PARTNER, "m")),
        0.75,
    ),
    _p(
        # "is backed by a global consortium of eight partners that includes China Mobile International, Meta
        # and Vodafone" (N 261), "The group is made up of China Telecom Global Limited (CTG) of China, …"
        # (H 142; 'The 2Africa consortium consists of …', J 184, names its consortium): the members of the
        # consortium behind the report's work are its partners
        "en-consortium-includes",
        r"\b(?:the|this|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:consortium|group)\s+(?:of\s+(?:[a-z\d-]+\s+){0,2}?"
        r"(?:partners|companies|members|operators|firms)\s+)?(?:(?:that|which)\s+)?(?:is\s+made\s+up\s+of|"
        r"comprises|consists\s+of|includes)\s+<m:OC*>",
        (("topic:P", Pred.PARTNER, "m"),),
        0.7,
    ),
    _p(
        "en-is-partner",
        r"<o:OC>\s+(?:is|was|are|were|will\s+be|has\s+been|became|becomes)\s+<s:PI>\s+(?:[a-z-]+\s+){0,3}?partners?\b",
        (("s", Pred.PARTNER, "o"),),
        0.8,
    ),
    _p(
        # "South Africa is one of China's important partners": two bodies or countries that are partners
        "en-is-partner-of-body",
        r"<a:CO>\s+(?:is|was|has\s+been|remains|became)\s+(?:one\s+of\s+)?<b:CO>['’]s?\s+(?:[a-z-]+\s+){0,3}?"
        r"(?:partners?|allies|ally)\b",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        "en-is-partner-of",
        r"<o:OC>\s+(?:is|was|are|were|will\s+be|has\s+been|became|becomes)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?"
        r"partners?\s+(?:of|for|in|on)\s+<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.8,
    ),
    _p(
        "en-partnered-to",
        r"<a:OC>~40\bpartner(?:ed|s|ing)?\s+with\s+<b:OC*>\s+to\s+(?:[a-z-]+\s+){1,4}?<s:P>",
        (("s", Pred.PARTNER, "b"), ("s", Pred.PARTNER, "a")),
        0.75,
    ),
    _p(
        "en-involved-in",
        r"<o:OC>~60/OC\b(?:remained|remains|remain|is|are|was|were|become|became|been|be|get|got|stays?|stayed)\s+"
        r"(?:actively\s+|directly\s+|deeply\s+|also\s+)?involved\s+in\s+<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        "en-involved-with-investment",
        r"<o:OC>~60/OC\binvolved\s+in\s+<s:PI>(?:\s+(?:[a-z-]+\s+)?(?:project|cable|system|network|initiative))?"
        r"\s+with\s+(?:an?\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(?:investment|stake|funding|financing)",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-take-part",
        r"<o:OC*>\s+(?:will\s+|has\s+|have\s+)?(?:join|joined|take\s+part\s+in|took\s+part\s+in|participate\s+in|"
        r"participated\s+in|participates\s+in)\s+(?:the\s+)?<s:PI>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    # signedWith
    _p(
        "en-sign-agreement",
        # (the nearest party before the verb signs: "PHNOM PENH (Xinhua) -- Cambodia and China on Friday
        # signed", not the agency of the dateline; O 283, M 245)
        r"<x:CO*>~30/CO\b(?:signed|inked|concluded|sealed|signs)\s+(?:an?\s+|the\s+)?~40<a:A>(?:\s+with\s+<y:CO*>)?",
        (("a", Pred.SIGNED_WITH, "x"), ("a", Pred.SIGNED_WITH, "y")),
        0.8,
    ),
    _p(
        "en-agreement-signed-by",
        r"<a:A>~60/A\b(?:was|were|is|has\s+been)\s+signed~40\b(?:by|between)\s+<x:CO*>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.85,
    ),
    _p(
        # a state that ratifies a treaty or accedes to it is its party as a signatory is ("South Korea
        # has acceded to the Digital Economy Partnership Agreement", "Mauritania became the 15th state
        # to ratify it")
        "en-ratify",
        r"<x:CO*>~30/CO\b(?:has\s+|have\s+|had\s+)?(?:formally\s+|officially\s+|also\s+)?(?:ratified|ratifies|"
        r"acceded\s+to|accedes\s+to|joined|became\s+(?:a\s+)?(?:party|parties)\s+to|became\s+the\s+[\w-]+\s+"
        r"(?:state|country|nation|member(?:\s+state)?)\s+to\s+(?:ratify|accede\s+to|sign\s+and\s+ratify))\s+<a:A>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.8,
    ),
    _p(
        # "The other states that have ratified the convention are Benin, Cape Verde, …"
        "en-ratified-by-list",
        r"\b(?:states|countries|nations|members|parties)\s+(?:that|which)\s+(?:have\s+|had\s+)?(?:already\s+)?"
        r"(?:ratified|signed|acceded\s+to|joined)\s+<a:A>\s+(?:are|include|were|included)\s+<x:CO*>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.8,
    ),
    _p(
        "en-agreement-ratified-by",
        r"<a:A>~60/A\b(?:was|were|has\s+been|had\s+been)\s+(?:already\s+)?ratified~30\bby\s+<x:CO*>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.8,
    ),
    _p(
        # ("signed an MoU on digital industry cooperation with X": what the paper is about may come
        # before its counterpart)
        "en-sign-unnamed",
        r"<x:CO>_20\b(?:signed|inked|concluded|sealed)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,5}?"
        r"(?:agreements?|deals?|memorand(?:um|a|ums)(?:\s+of\s+understanding)?|mous?|contracts?|accords?)"
        r"(?:\s+(?:on|for|about|covering|to)(?:\s+[a-z-]+){1,6}?)?\s+with\s+<y:CO*>"
        # ("inked agreements with X on …, with Y on … and with Z on …": each counterpart of the series)
        r"(?:(?:\s+(?:on|for|about|covering|to|in)(?:\s+(?:[a-z-]+|<:T>)){1,8}?)?,?\s+(?:and\s+)?with\s+<y2:CO*>)?"
        r"(?:(?:\s+(?:on|for|about|covering|to|in)(?:\s+(?:[a-z-]+|<:T>)){1,8}?)?,?\s+(?:and\s+)?with\s+<y3:CO*>)?"
        r"(?:(?:\s+(?:on|for|about|covering|to|in)(?:\s+(?:[a-z-]+|<:T>)){1,8}?)?,?\s+(?:and\s+)?with\s+<y4:CO*>)?",
        (
            ("x", Pred.SIGNED_WITH, "y"),
            ("x", Pred.SIGNED_WITH, "y2"),
            ("x", Pred.SIGNED_WITH, "y3"),
            ("x", Pred.SIGNED_WITH, "y4"),
        ),
        0.8,
    ),
    _p(
        "en-parties-sign-unnamed",
        # (one paper only: "two agreements" (S 361), "a number of agreements" (M 241) are papers the
        # report names as such, signed by the parties, not a bond between them)
        r"<x:CO*>_20\b(?:signed|inked|concluded|sealed)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,5}?(?:agreement|deal|"
        r"memorandum|mou|contract|accord)\b",
        (("x", Pred.SIGNED_WITH, "x"),),
        0.75,
    ),
    _p(
        # papers that the report calls bilateral, and does not name one by one, are a bond between
        # their two parties ("Kyrgyzstan and China signed a series of bilateral agreements" U 403, "the
        # signing of several bilateral agreements between Nigeria and China" K 206); one paper ("a
        # bilateral currency swap agreement") is a paper of its own, signed by each
        "en-bilateral-agreements",
        r"<x:CO*>_20\b(?:signed|sign|inked|concluded)\s+(?:[a-z-]+\s+){0,4}?bilateral\s+(?:cooperation\s+)?"
        r"(?:agreements|documents|deals|accords|memoranda|memorandums|mous)\b",
        (("x", Pred.SIGNED_WITH, "x"),),
        0.75,
    ),
    _p(
        "en-bilateral-agreements-between",
        r"\bbilateral\s+(?:cooperation\s+)?(?:agreements|documents|deals|accords|memoranda|memorandums|mous)\s+"
        r"between\s+<x:CO>\s+and\s+<y:CO>",
        (("x", Pred.SIGNED_WITH, "y"),),
        0.75,
    ),
    _p(
        "en-agreement-signed-by-parties-unnamed",
        r"\b(?:agreement|contract|mou|memorandum|deal|accord)\s+(?:was|were)\s+signed~40\bby\s+<x:CO*>",
        (("x", Pred.SIGNED_WITH, "x"),),
        0.75,
    ),
    _p(
        "en-signed-between",
        r"\b(?:agreement|deal|memorandum|mou|contract|accord)\s+(?:was\s+)?signed\s+between\s+<x:CO>\s+and\s+<y:CO>",
        (("x", Pred.SIGNED_WITH, "y"),),
        0.8,
    ),
    # proposedBy
    _p(
        "en-launch",
        r"<o:CHO*>_30\b(?:first\s+)?(?:launched|proposed|initiated|unveiled|put\s+forward|introduced|pioneered|"
        # ("China launched its second Luban Workshop in Africa": the one of a series it launched)
        r"conceived|founded|set\s+up|established|started|kicked\s+off)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:(?:first|second|third|fourth|fifth|new|latest|\d+(?:st|nd|rd|th))\s+)?<s:IPA>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.8,
    ),
    _p(
        "en-launched-by",
        r"<s:IPA>~40/IPA\b(?:was\s+|were\s+)?(?:first\s+)?(?:launched|proposed|initiated|unveiled|put\s+forward|"
        r"introduced|conceived|founded|started|initiated){WHEN}\s+by\s+<o:CHO*>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.85,
    ),
    _p(
        # a text adopted by an assembly is the assembly's ("The Convention was adopted by the Assembly of
        # the African Union"); countries that adopt a platform are its partners, not its authors ("It has
        # so far been adopted by China, Malaysia and Rwanda")
        "en-adopted-by-body",
        r"<s:IA>~40/IA\b(?:was\s+|were\s+)?adopted{WHEN}\s+by\s+(?:the\s+)?<o:O*>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.8,
    ),
    _p(
        "en-subject-announced",
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:announced|launched|unveiled|initiated|proposed)\s+<s:IPA>",
        (("s", Pred.PROPOSED_BY, "agent:CHO"),),
        0.7,
    ),
    _p(
        "en-initiator-apposition",
        r"<o:CO>,\s+(?:the|a|an|its|one)\s+(?:[a-z-]+\s+){0,2}?(?:initiator|founder|proposer|originator|architect)"
        r"(?:\s+and\s+(?:[a-z-]+\s+)?[a-z]+)?\s+(?:of|in|behind)\s+(?:the\s+)?<s:IPA>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        "en-investor-apposition",
        r"<o:CO>,\s+(?:the|a|an|its|one)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+\s+and\s+)?(?:investor|funder|financier|backer)s?"
        r"\s+(?:of|in|behind)\s+(?:the\s+)?<s:PI>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p("en-possessive-initiative", r"<o:CO>['’]s\s+<s:I>", (("s", Pred.PROPOSED_BY, "o"),), 0.6),
    _p(
        # "the Belt and Road Initiative, which Xi proposed in 2013 to build the Silk Road Economic Belt and …"
        "en-which-proposed",
        r"<s:IA>,\s+which\s+(?:[a-z-]+\s+)?<o:CHO>\s+(?:first\s+)?(?:proposed|launched|unveiled|put\s+forward|initiated|"
        r"announced)(?:\s+(?:in|on)\s+(?:[a-z]+\s+)?\d{4})?(?:\s+to\s+(?:build|create|develop|jointly\s+build)\s+<p:I*>)?",
        (("tail:s", Pred.PROPOSED_BY, "o"), ("p", Pred.PART_OF, "tail:s")),
        0.75,
    ),
    _p(
        # (the same, when the proposer is a bare surname the names did not keep: "which Xi proposed")
        "en-which-proposed-to-build",
        r"<s:IA>,\s+which\s+(?:[a-z-]+\s+){1,3}?(?:first\s+)?(?:proposed|launched|unveiled|put\s+forward|initiated)"
        r"(?:\s+(?:in|on)\s+(?:[a-z]+\s+)?\d{4})?\s+to\s+(?:build|create|develop|jointly\s+build)\s+<p:I*>",
        (("p", Pred.PART_OF, "tail:s"),),
        0.7,
    ),
    _p(
        # "Uzbekistan's proposal to declare 2023 the Year of Culture and Arts"
        "en-proposal-to-declare",
        r"<o:CHO>['’]s?\s+(?:proposal|initiative|suggestion)\s+(?:to|for|on)\s+(?:[a-z\d-]+\s+){0,6}?(?:the\s+)?<s:I>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.7,
    ),
    _p(
        # "the Sihanoukville zone, the brainchild of China and Cambodia"
        "en-brainchild-of",
        r"<s:IPA>,?\s+(?:(?:is|was)\s+)?(?:the|a)\s+(?:joint\s+)?(?:brainchild|idea|initiative)\s+of\s+(?:the\s+)?<o:CHO*>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        # "For Cambodia, … the government's Pentagonal Strategy": the plan of the country the sentence names
        "en-government-s-plan",
        r"\b(?:the|its)\s+(?:royal\s+|national\s+|federal\s+)?government['’]s\s+(?:[a-z-]+\s+){0,2}?<s:I>",
        (("s", Pred.PROPOSED_BY, "here:C"),),
        0.6,
    ),
    # announcedAt
    _p(
        # "the 22nd ASEAN-China Summit designated 2020 as the ASEAN-China Year of Digital Economy Cooperation"
        "en-meeting-designates",
        r"<e:E>\s+(?:in\s+\d{4}\s+)?(?:designated|declared|named|proclaimed|designates|declares)\s+(?:\d{4}|the\s+year\s+\d{4}|next\s+year)\s+"
        r"(?:as\s+)?(?:the\s+)?<s:IPA>",
        (("s", Pred.ANNOUNCED_AT, "e"),),
        0.75,
    ),
    _p(
        "en-announced-at",
        r"<s:IPA>~80/IPA\b(?:launched|announced|unveiled|adopted|inaugurated|signed|endorsed|released|introduced|proposed)"
        r"~40\b(?:at|on\s+the\s+sidelines\s+of|during|on\s+the\s+margins?\s+of)\s+(?:the\s+|an?\s+)?<o:E>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.8,
    ),
    _p(
        "en-at-event-announce",
        r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?<o:E>,?~40\b(?:launched|announced|unveiled|adopted|"
        r"signed|proposed|put\s+forward)\s+(?:the\s+)?<s:IPA*>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.8,
    ),
    _p(
        # "The meeting adopted the Joint Declaration and the White Paper"
        "en-event-adopted",
        r"<o:E>\s+(?:has\s+|have\s+)?(?:adopted|issued|approved|endorsed|released|published)\s+(?:the\s+)?<s:IA*>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.75,
    ),
    _p(
        "en-at-event-passive",
        r"\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?<o:E>,\s+(?:the\s+)?<s:IPA*>\s+(?:was|were)\s+"
        r"(?:officially\s+|formally\s+|jointly\s+)?(?:launched|unveiled|announced|signed|inaugurated|adopted|released|"
        r"established|opened)",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.75,
    ),
    _p(
        # "The signing took place on the sidelines of the ASEAN Summit": the agreement was announced there
        "en-signing-held-at-event",
        r"\bsigning(?:\s+ceremony)?\s+(?:took\s+place|was\s+held|was\s+staged|happened)\s+(?:[a-z]+\s+){0,2}?"
        r"(?:on\s+the\s+(?:sidelines|margins)\s+of|during|at|in\s+the\s+course\s+of)\s+(?:the\s+)?<o:E>",
        (("topic:A", Pred.ANNOUNCED_AT, "o"),),
        0.7,
    ),
    # locatedIn
    _p(
        # "Digicel Pacific operates in Papua New Guinea, Fiji, Samoa, Tonga, Vanuatu and Nauru": a body
        # is where it operates
        "en-operates-in",
        r"<s:O>,?\s+(?:(?:which|that)\s+)?(?:also\s+|now\s+|currently\s+|already\s+)?(?:operates|has\s+operations|"
        r"is\s+present|provides\s+services)\s+in\s+(?:[\w-]+\s+(?:countries|markets)\s*,?\s+(?:including|such\s+as|"
        r"namely|:)\s+)?<o:CL*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        # "GDS develops and operates data centres in China's primary economic hubs, including Shanghai,
        # Beijing, Shenzhen and Guangzhou": a body is where it keeps its sites
        "en-has-sites-in",
        r"<s:O>~30/O\b(?:has|have|had|operates|operate|runs|run|opened|develops\s+and\s+operates|"
        r"owns\s+and\s+operates|maintains)\s+(?:[\w-]+\s+){0,3}?{SITES}\s+in\s+"
        r"(?:(?:[^;⟨⟩]|⟨C\d+⟩){0,40}?\b(?:including|such\s+as)\s+)?<o:CL*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "SUPARCO's offices in Islamabad and Karachi", "via Emtel's points of presence in Johannesburg"
        "en-possessive-sites-in",
        r"<s:O>['’]s?\s+(?:[\w-]+\s+){0,2}?{SITES}\s+in\s+<o:CL*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        "en-located",
        r"<s:LOEP>,?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:located|based|headquartered|situated|sited)\s+in\s+<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.85,
    ),
    _p(
        # "CMI has held the opening ceremony of its South Africa office in Durban": who holds an event
        # somewhere holds it there
        "en-held-event-in",
        r"\b(?:held|hosted|staged|organi[sz]ed|convened)\s+(?:the\s+|an?\s+|its\s+|their\s+)?<s:E>"
        r"(?:\s+(?:of|for|on)\s+(?:[^,;!?⟨⟩]|⟨[A-Z]\d+⟩){0,40}?)?\s+in\s+(?:the\s+)?<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-event-held-in",
        # ("took place at the Sheraton Hotel in Phnom Penh": at the venue, which is in the city)
        r"<s:E>_40\b(?:held|took\s+place|taking\s+place|was\s+held|convened|opened|opens|kicked\s+off|kicks\s+off|"
        r"got\s+under\s*way|closed|concluded)\s+(?:in|at)\s+<o:CL*>(?!\s+(?:{PLACE_KIND})\s+of\b)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        # "was held in the southwestern Chinese municipality of Chongqing": in the city of the country
        "en-event-held-in-kind-of",
        r"<s:E>_40\b(?:held|took\s+place|taking\s+place|convened|opened|opens|kicked\s+off|closed|concluded)\s+"
        r"(?:in|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:<c:C>\s+)?(?:{PLACE_KIND})\s+of\s+<o:L>",
        (("s", Pred.LOCATED_IN, "o"), ("o", Pred.LOCATED_IN, "c")),
        0.8,
    ),
    _p(
        # "the Chinese municipality of Chongqing", "Thailand's eastern province of Chon Buri"
        "en-country-kind-of-place",
        r"<c:C>(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:{PLACE_KIND})\s+of\s+<o:L>",
        (("o", Pred.LOCATED_IN, "c"),),
        0.75,
    ),
    _p(
        # "PHNOM PENH, Nov. 4 (Xinhua) -- The forum was held here": here is the dateline's place
        "en-event-held-here",
        r"<s:E>_40\b(?:held|opened|took\s+place|kicked\s+off|convened|staged|inaugurated|launched)\s+here\b",
        (("s", Pred.LOCATED_IN, "here:L"),),
        0.7,
    ),
    _p("en-event-in", r"<s:E>\s+(?:in|at)\s+<o:CL>", (("s", Pred.LOCATED_IN, "o"),), 0.7),
    _p(
        "en-national-operator",
        r"<s:O>(?:\s+[(][^()]*[)])?,\s+(?:an?\s+|the\s+)(?:[a-z-]+\s+){0,2}?<o:C>\s+(?:[a-z-]+\s+){0,2}?(?:operator|"
        r"company|firm|carrier|group|provider|giant|vendor|manufacturer|bank|telecom|agency|builder|maker|supplier|"
        r"contractor|developer|player|conglomerate|enterprise|start-?up|regulator|arm|subsidiary|unit|branch|affiliate|"
        r"portal|outlet|newspaper|broadcaster)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        # "Telstra, Australia's biggest telecommunications company": the country's body in apposition
        "en-national-operator-possessive",
        r"<s:O>(?:\s+[(][^()]*[)])?,\s+<o:C>['’]s\s+(?:[a-z-]+\s+){0,3}?(?:operator|company|firm|carrier|group|"
        r"provider|giant|vendor|manufacturer|bank|telecom|builder|maker|supplier|conglomerate|enterprise|start-?up)\b",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-possessive-apposition",
        r"<o:C>['’]s\s+(?:[a-z-]+\s+){0,4}?(?:groups?|compan(?:y|ies)|firms?|operators?|carriers?|giants?|players?|"
        r"providers?|makers?|vendors?|banks?|telecoms|enterprises|conglomerates?|builders?|suppliers?)\s*,\s*<s:O*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-apposition-in",
        r"<s:OP>,\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,5}?(?:data\s+cent(?:re|er)s?|cent(?:re|er)|station|facility|campus|hub|"
        r"park|plant|office|headquarters|company|firm|operator|port|zone)\s+(?:in|at)\s+<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-in-country-places",
        r"\b(?:in|at)\s+<o:C>,\s+<s:L*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        "en-national-name",
        # ("Britain's biggest mobile operator EE": the possessive says it as the adjective does)
        r"<o:C>(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:operator|company|firm|carrier|group|provider|giant|vendor|manufacturer|bank|"
        r"telecom|agency|builder|maker|supplier|contractor|developer|conglomerate|regulator|portal|outlet|newspaper|"
        r"broadcaster|daily)\s+<s:O>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        # "Abu Dhabi technology group G42", "Shenzhen telecom giant Huawei": a city's body, said as a
        # country's is
        "en-city-name",
        r"<o:L>\s+(?:[a-z-]+\s+){0,2}?(?:operator|company|firm|carrier|group|provider|giant|vendor|manufacturer|bank|"
        r"telecom|builder|maker|supplier|contractor|developer|conglomerate|investor|start-?up)\s+<s:O>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "Vietnamese telecom companies have invested in it, including VNPT, the military-run Viettel and
        # two private groups, FPT Telecom and CMC Telecom": each body listed is of that country, up to
        # a name with a country or a place of its own
        "en-national-bodies-including",
        r"<o:C>\s+(?:[a-z-]+\s+){0,2}?(?:companies|firms|operators|carriers|groups|providers|giants|vendors|"
        r"manufacturers|banks|telecoms|telcos|agencies|builders|makers|suppliers|contractors|developers|enterprises|"
        r"businesses|lenders|investors|conglomerates)\b(?:(?!⟨[CLO]\d)[^;!?]){0,80}?(?:,\s*|\s)(?:including|such\s+as|like|"
        r"namely|among\s+them)\s(?:(?!⟨[CL]\d)[^;!?])*",
        (("all:O", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "Pakistan's government approved local internet provider Cybernet"
        "en-local-body",
        r"\blocal\s+(?:[a-z-]+\s+){0,2}?(?:operator|company|firm|carrier|provider|isp|bank|telco|partner|newspaper|"
        r"broadcaster|contractor|developer|manufacturer)s?,?\s+<s:O*>",
        (("s", Pred.LOCATED_IN, "here:C"),),
        0.65,
    ),
    _p(
        "en-joint-venture",
        r"<s:P>,?\s+(?:an?|the)\s+(?:[a-z-]+\s+)?joint\s+venture\s+(?:between|of|by)\s+[^;!?,]{0,80}",
        (("s", Pred.PARTNER, "all:O"),),
        0.7,
    ),
    _p(
        # "Alibaba's headquarters in Hangzhou", "a stopover in Hangzhou to visit Alibaba's headquarters"
        "en-headquarters-in",
        r"<s:O>['’]s?\s+(?:global\s+|regional\s+|main\s+)?(?:headquarters|head\s+office|home\s+base)\s+in\s+<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-visit-headquarters-in",
        r"\bin\s+<o:CL>\s+to\s+visit\s+(?:the\s+)?<s:O>['’]s?\s+(?:global\s+)?(?:headquarters|head\s+office)\b",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    # ("Norwegian-owned Telenor": a body of that country's lineage, as 挪威系的 says)
    _p("en-based", r"<o:CL>-(?:based|headquartered|owned)\s+<s:O>", (("s", Pred.LOCATED_IN, "o"),), 0.8),
    _p(
        # "Lagos-based payments startup PalmPay": what the company is may stand between
        "en-based-kind",
        # ("Singapore-based data centre developer and operator DayOne": a technology may name the trade)
        r"<o:CL>-(?:based|headquartered)\s+(?:(?!(?:with|of|for|by|to|in|on|at|from|its|their|the|an?)\s)"
        r"(?:[a-z][\w-]*|⟨T\d+⟩)\s+){1,5}<s:O>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-place-capital-of",
        # ("Gwadar, a port city in Balochistan")
        r"<s:L>,\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?(?:capital|largest\s+city|port\s+city|city|town|province|region|"
        r"state|island|district)\s+(?:of|in)\s+(?:the\s+)?<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        # "Hanoi, Vietnam's capital", "Guangzhou, China's southern port city"
        "en-place-possessive-capital",
        r"<s:L>,\s+<o:CL>['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:capital|city|port|town|province|region|state|hub)\b",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        # "Phnom Penh, the Cambodian capital", "Mombasa, the Kenyan port city"
        "en-place-national-capital",
        r"<s:L>,\s+(?:the\s+)?<o:C>\s+(?:[a-z-]+\s+)?(?:capital|city|port|town|province|region|state)\b",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p("en-place-of-country", r"<s:L>\s*[(]<o:C>[)]", (("s", Pred.LOCATED_IN, "o"),), 0.75),
    _p(
        "en-work-started-in-places",
        r"<s:P>~40/P\b(?:started|launched|built|installed|implemented|rolled\s+out|set\s+up|expanded|extended|replicated)"
        r"\s+in\s+(?:[a-z-]+\s+){0,3}?(?:cities|towns|provinces|districts|regions|countries)\s*[-–—:,]\s*<o:CL*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "Vodafone launched 5G services in Rome, Milan and three other cities": a service opened in places
        # (a list of them: "launched the zone in Kuala Lumpur" may say where the launch was held)
        "en-opened-in-places",
        r"\b(?:launched|rolled\s+out|switched\s+on|introduced|opened|activated|deployed)\s+(?:its\s+|the\s+)?<s:P>\s+in\s+"
        r"(?:(?:[\d,]+|[a-z]+)\s+(?:cities|countries|markets|regions)\s*,?\s*(?:including|such\s+as|like)\s+)?(?:the\s+)?"
        r"(?=⟨[CL]\d+⟩(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨[CL]\d+⟩)<o:CL*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "Huawei is its main equipment supplier": the supplier of the work the sentence names
        "en-supplier-of-work",
        r"<o:O>\s+(?:is|was|will\s+be|became)\s+(?:one\s+of\s+)?(?:its|the\s+network's|the\s+project's)\s+(?:[a-z-]+\s+){0,3}?"
        r"(?:suppliers?|vendors?|contractors?)\b",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.65,
    ),
    _p(
        # "35 active 5G sites spread across Nairobi, Kisumu and Mombasa": where a network's sites are, it is
        "en-sites-across",
        r"\b(?:sites|base\s+stations|towers|cell\s+sites|coverage)\s+(?:(?:spread|located|deployed)\s+)?(?:across|in|covering)\s+"
        r"(?:the\s+)?(?=⟨[CL]\d+⟩(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?⟨[CL]\d+⟩)<o:CL*>",
        (("topic:P", Pred.LOCATED_IN, "o"),),
        0.65,
    ),
    _p("en-is-based", r"<s:O>,\s+(?:an?|the)\s+<o:CL>-based", (("s", Pred.LOCATED_IN, "o"),), 0.8),
    _p("en-visit-to", r"<s:E>\s+to\s+<o:C>", (("s", Pred.LOCATED_IN, "o"),), 0.7),
    # cooperatesWith
    _p(
        "en-cooperation-between",
        r"\b(?:cooperation|partnership|collaboration|ties|relations)\s+between\s+<a:CO>\s+and\s+<b:CO>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.8,
    ),
    _p(
        "en-cooperate-with",
        r"<a:CO>~40/CO\b(?:cooperates?|cooperated|cooperating|partners?|partnered|collaborates?|collaborated|"
        r"teamed\s+up|work(?:s|ed|ing)?(?:\s+together|\s+closely)?)\s+with\s+(?:its\s+|their\s+|the\s+)?<b:CO*>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.8,
    ),
    _p(
        "en-ties-with",
        # (a paper signed with a named party makes them its signatories, not partners in general:
        # en-sign-unnamed; "signed memorandums with over 30 countries, particularly with ASEAN" stays
        # cooperation; an amount or a count before the paper keeps it one: "signed a $328 million loan
        # agreement with China" C 45, "signed three cooperation documents with Brazilian departments" O 284)
        r"<a:CO>_20\b(?:has\s+|have\s+)?(?:signed(?!\s+(?:an?\s+|the\s+)?(?:[a-z$\d.,-]+\s+){0,5}?(?:agreements?|deals?|"
        r"memorand(?:um|a|ums)(?:\s+of\s+understanding)?|mous?|contracts?|accords?|documents?|<:A>)(?:\s+(?:on|for|about|covering|to)"
        r"(?:\s+[a-z-]+){1,6}?)?\s+with\s+(?:the\s+)?⟨)|established|deepened|strengthened|enhanced|expanded|boosted)"
        r"~160\bwith\s+(?:[a-z-]+\s+){0,2}?<b:CO*>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.65,
    ),
    _p(
        # "Huawei will deepen its cooperation with Serbia", "X, which has expanded its ties with Y"
        "en-deepen-cooperation-with",
        r"<a:CO>~60/CO\b(?:deepen|strengthen|expand|enhance|boost|broaden|step\s+up|promote|advance|intensify)"
        r"(?:s|ed|ing)?\s+(?:its\s+|their\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:cooperation|partnership|collaboration|ties|"
        r"relations)\s+with\s+(?:the\s+)?<b:CO*>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        "en-agree-to-cooperate",
        # (two parties that sign papers are their signatories, not partners in general: "Bangladesh and China
        # today signed 21 cooperation documents" M 244, "signed a number of agreements covering cooperation"
        # M 241, "signed a letter of intent to collaborate" M 243; as zh-cooperate)
        r"<a:CO>\s+and\s+<b:CO>_40\b(?:agreed|pledged|vowed|decided|committed|will)\b_40"
        r"\b(?:cooperat\w*|partnership|collaborat\w*|ties)\b",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        # "the central banks of A and B jointly launched …", "under the guidance of A and B": two bodies that
        # act together, or jointly guide others, cooperate
        "en-act-jointly",
        r"<a:CO>\s+and\s+<b:CO>\s+(?:have\s+|had\s+|also\s+)?jointly\s+(?:launched|initiated|hosted|organi[sz]ed|"
        r"unveiled|announced|issued|guided|released|set\s+up)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        "en-jointly-guided",
        r"\bunder\s+the\s+(?:joint\s+)?guidance\s+of\s+(?:the\s+)?<a:CO>\s+and\s+(?:the\s+)?<b:CO>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # "Serbia and Huawei agreed on the launch of the hub": two parties agreeing together cooperate
        "en-agreed-together",
        r"<a:COL>\s+and\s+<b:COL>\s+(?:have\s+|had\s+|also\s+)?(?:agreed|decided|pledged|vowed)\s+(?:on|to)\b",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # "Huawei's long-time partner Safaricom", "Ooredoo, which partners with ZTE": a body described by
        # whom it works with
        "en-partner-described",
        r"<a:CO>['’]s\s+(?:[a-z-]+\s+){0,2}?partner,?\s+<b:CO>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        "en-in-cooperation-with",
        r"\bin\s+(?:cooperation|partnership|collaboration)\s+with\s+<b:CO*>",
        (("subject:CO", Pred.COOPERATES_WITH, "b"),),
        0.65,
    ),
    # headOf and affiliatedWith
    _p(
        "en-possessive-head",
        r"<o:CO>['’]s\s+{QUAL}(?:[a-z-]+\s+)?{HEAD}\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        # "Humain, whose chief executive is Tareq Amin", "Humain's chief executive is Tareq Amin"
        "en-head-is",
        r"<o:CO>(?:,\s+whose|['’]s)\s+{HEAD}\s+(?:is|was|will\s+be)\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        # "…, and its chief executive is Tareq Amin": a clause with no body of its own is the subject's
        "en-its-head-is",
        r"\bits\s+{HEAD}\s+(?:is|was|will\s+be)\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "subject:O"),),
        0.75,
    ),
    _p(
        "en-possessive-affiliate",
        r"<o:CO>['’]s\s+{QUAL}(?:[a-z-]+\s+|<:T>\s+){0,2}?{AFFIL}\s+{HON}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        "en-head-of-name",
        r"\b{HEAD}\s+of\s+(?:the\s+)?<o:CO>,?\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        "en-affiliate-of-name",
        r"\b{AFFIL}\s+(?:of|at)\s+(?:the\s+)?<o:CO>,?\s+{HON}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        "en-national-minister",
        r"(?<!⟩\s)(?<!['’]s\s)\b(?:federal\s+|state\s+|union\s+|cabinet\s+)?(?:[a-z]+\s+|<:T>\s+){0,2}?"
        r"(?<!prime )(?<!chief )minister(?:\s+(?:of|for)(?:\s+(?:[a-z&]+|<:T>)){1,3}?)?\s+{HON}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "topic:C"),),
        0.6,
    ),
    _p(
        # "China's Deputy Minister of Industry and Information Technology, Zhang Yunming" (M 245), "South
        # Africa's Minister of Communications and Digital Technologies, Stella Ndabeni-Abrahams" (K 204),
        # "Ethiopia's Ambassador to China, Teshome Toga" (J 182): a country's minister or envoy, the
        # name after a comma
        "en-possessive-minister",
        r"<o:C>['’]s?\s+{QUAL}(?:(?:deputy|vice|assistant|state)[\s-]+)?(?<!prime )"
        # ("Mauritania's ambassador to Ethiopia and Permanent Representative to the AU, Khadija Mbarek
        # Fall": a second post after "and")
        r"(?:minister|ambassador|envoy)(?:\s+(?:of|for|to)(?:\s+(?:[a-z&-]+|<:TC>)){1,6}?"
        r"(?:\s+and\s+(?:[a-z-]+\s+){1,3}?(?:to|of|at)\s+(?:the\s+)?<:CO>)?)?,?\s+{HON}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    # ("ASEAN Digital Ministers' Meeting chair X": a meeting that is a standing body has a chair too)
    # ("Kazakhtelecom Management Board Chairman X" (R 342) heads the company, as U Mobile董事会主席
    # does (J 192))
    _p(
        "en-adjective-head",
        r"<o:OE>\s+{QUAL}(?:(?<!deputy\s)(?<!vice\s)(?:(?:management|supervisory)\s+)?board\s+(?:of\s+directors\s+)?)?"
        r"{HEAD}\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        # ("Lyra France CEO Christophe Mariette": a company's title after a country heads the company
        # the text does not know, not the country)
        "en-adjective-head-of-state",
        r"<o:C>\s+{QUAL}(?!ceo\b|chief\s+executive|managing\s+director|general\s+manager|chairman\b|chairwoman\b)"
        r"{HEAD}\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        "en-adjective-affiliate",
        # "Philippine presidential spokesman Harry Roque": an office of the government between them
        r"<o:CO>\s+{QUAL}(?:(?:presidential|government|state|royal|palace|cabinet|federal|foreign\s+ministry)\s+)?"
        # ("the EU Ambassador to the Dominican Republic, Katja Afheldt": a comma after the envoy's post)
        r"{AFFIL}(?:\s+to\s+(?:the\s+)?<:CO>,?)?\s+{HON}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        "en-apposition-head",
        # ("head of cable infrastructure at CMI" heads a field of the company, not the company; "general
        # manager of Huawei in Serbia" (R 345) and "president of Huawei Cloud's West European region"
        # (O 282) head its unit in a country or a region)
        r"<s:H>,\s+(?:the\s+|an?\s+)?{QUAL}(?:[a-z-]+\s+){0,2}?{HEAD}\s+(?:of|at)\s+(?:the\s+)?"
        r"(?:(?!at\b)[a-z][\w&-]*\s+){0,4}?(?:of\s+)?(?:the\s+)?{NOT_A_UNIT}<o:CO>",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        # "David Govrin, head of Israel's diplomatic mission in Rabat": the head of a country's or a
        # body's unit works for it
        "en-apposition-head-of-unit",
        r"<s:H>,\s+(?:the\s+|an?\s+)?{QUAL}(?:[a-z-]+\s+){0,2}?{HEAD}\s+of\s+(?:the\s+)?<o:CO>['’]s\s+"
        r"(?:(?:[a-z-]+|<:CL>)\s+){0,3}?{UNIT_WORDS}",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        "en-apposition-affiliate",
        r"<s:H>,\s+(?:the\s+|an?\s+)?{QUAL}(?:[a-z-]+\s+){0,2}?{AFFIL}\s+(?:of|at|to|for)\s+(?:the\s+)?"
        r"(?:[a-z][\w&-]*\s+){0,4}?(?:(?:of|at)\s+)?(?:the\s+)?<o:CO>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        # "Herbert Xiong, head of submarine cable infrastructure at CMI": the head of a field works there
        "en-head-of-field-at",
        r"<s:H>,\s+(?:the\s+|an?\s+)?{QUAL}(?:global\s+|regional\s+)?(?:head|director|chief|manager|lead)\s+of\s+"
        r"(?:(?!at\b)[a-z][\w&-]*\s+|<:T>\s+){1,5}?(?:at|with)\s+(?:the\s+)?<o:CO>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        # "A, senior director of Singtel, and B, head of … at CMI, co-chair the SJC2 Management Committee"
        "en-co-chair",
        r"<a:H>~160\b(?:co-chair(?:s|ed)?|jointly\s+(?:chair|head|lead)(?:s|ed)?)\s+(?:the\s+)?<o:OE>",
        (("all:H", Pred.HEAD_OF, "o"),),
        0.7,
    ),
    _p(
        # "Fujian Governor Zhao Long", "Punjab Chief Minister X": the head of the place's government
        "en-governor-heads-government",
        r"<g:L>(?:['’]s)?\s+(?:provincial\s+|state\s+)?{QUAL}(?<!vice )(?<!deputy )"
        r"(?:governor|mayor|chief\s+minister)\s+{HON}<s:H>",
        (("s", Pred.HEAD_OF, "government:g"),),
        0.75,
    ),
    _p(
        # "Li Qiang, the governor of China's Zhejiang province", "Sadiq Khan, mayor of London"
        "en-governor-of-place",
        r"<s:H>,\s+(?:the\s+)?{QUAL}(?<!vice )(?<!deputy )(?:governor|mayor|chief\s+minister)\s+of\s+"
        r"(?:the\s+)?(?:<c:C>['’]s\s+)?<g:L>",
        (("s", Pred.HEAD_OF, "government:g"),),
        0.75,
    ),
    _p(
        # "Ahsan Iqbal on Wednesday represented Pakistan at the BeiDou Summit"
        "en-represented-at",
        r"<s:H>_40\brepresent(?:ed|s|ing)\s+(?:the\s+)?<c:CO>(?:\s+(?:government|delegation))?"
        r"(?:\s+at\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?<e:E>)?",
        (("s", Pred.AFFILIATED_WITH, "c"), ("s", Pred.PARTICIPATED_IN, "e")),
        0.75,
    ),
    _p(
        "en-name-possessive-head",
        # ("Leo Chen, the company's president for the Southern Africa Region" heads a unit: S 362)
        r"<s:H>,\s+<o:CO>['’]s\s+{QUAL}(?:[a-z-]+\s+(?:and\s+)?)?{HEAD}\b{FOR_A_REGION}",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "en-name-possessive-affiliate",
        r"<s:H>,\s+(?:the\s+)?<o:CO>(?:\s+(?:company|group|firm|corporation))?['’]s\s+{QUAL}(?:[a-z-]+\s+)?{AFFIL}\b",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        "en-title-name-of",
        r"\b{HEAD}\s+{HON}<s:H>\s+of\s+(?:the\s+)?<o:CO>",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "en-title-name-of-affiliate",
        r"\b{AFFIL}\s+{HON}<s:H>\s+of\s+(?:the\s+)?<o:CO>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        "en-headed-by",
        # (a body's delegation is led by one of its people, who heads the body only when the text
        # titles him so: "a Huawei delegation led by its Chief Executive Officer Ethen Sun" (O 281),
        # not "a Huawei delegation led by Leo Chen, the company's president for the … Region" (S 362))
        r"<o:CO>~60/CO\b(?:(?<!delegation\s)(?:headed|led|chaired)\s+by\s+(?:(?:its|their)\s+)?(?:{HEAD}\s+)?"
        r"|(?:headed|led)\s+by\s+(?:(?:its|their)\s+)?{HEAD}\s+){HON}<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.75,
    ),
    _p(
        "en-became-head",
        r"<s:H>_30\b(?:became|becomes|is|was|served\s+as|serves\s+as|elected|sworn\s+in\s+as|appointed)\s+(?:as\s+)?"
        r"(?:the\s+)?<o:CO>['’]s\s+(?:[a-z-]+\s+){0,2}?{HEAD}",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "en-elected-head-of",
        r"<s:H>_30\b(?:became|becomes|is|was|served\s+as|serves\s+as|elected|sworn\s+in\s+as|appointed)\s+(?:as\s+)?"
        r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?{HEAD}\s+of\s+(?:the\s+)?<o:CO>",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "en-chair",
        r"<s:CHO>\s+(?:will\s+|to\s+|would\s+)?(?:chair|chairs|chaired|chairing|head|heads|headed|lead|leads|led|"
        r"preside\s+over|presides\s+over|presided\s+over)\s+(?:the\s+)?<o:OE>",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "en-country-chairs-body",
        # ("Colombia currently holds the rotating presidency of CELAC" M 242)
        r"<s:C>,?\s+(?:(?:which|that)\s+)?(?:currently\s+|now\s+|also\s+)?(?:holds|held|hold|assumed|assumes|took\s+over|takes\s+over|will\s+hold|"
        r"the|as)\s+(?:the\s+)?(?:current\s+|rotating\s+|annual\s+)*(?:chair(?:manship)?|presidency|president)\s+"
        r"(?:country\s+)?of\s+(?:the\s+)?<o:OE>",
        (("s", Pred.HEAD_OF, "o"),),
        0.75,
    ),
    # participatedIn
    _p(
        # "During his state visit to China, Hun Manet met Xi Jinping", "Hun Manet, during his visit, …"
        "en-during-his-event",
        r"\bduring\s+(?:his|her)\s+<o:E>(?:\s+to\s+<:CL>)?\s*,\s+(?:[a-z-]+\s+){0,3}?{HON}<s:H>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-event-of-his",
        r"<s:H>,?\s+(?:[a-z-]+\s+){0,2}?(?:during|on|at)\s+(?:his|her)\s+<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.7,
    ),
    _p(
        # "Miao Wei read out a congratulatory letter from Premier Li Keqiang": the reader is at the event
        "en-read-letter",
        r"<s:H*>_30\bread\s+(?:out\s+)?(?:a\s+|the\s+)?(?:congratulatory\s+|written\s+)?(?:letter|message|speech|statement)\b",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.65,
    ),
    _p(
        # "Xi paid a state visit to Uzbekistan and attended the SCO Summit": the subject attends too
        "en-and-attended",
        r"\b(?:and|before|then)\s+(?:also\s+)?(?:attended|attends|took\s+part\s+in|takes\s+part\s+in)\s+(?:the\s+)?"
        r"(?:[a-z\d-]+\s+){0,3}?<e:E>",
        (("subject:H", Pred.PARTICIPATED_IN, "e"),),
        0.7,
    ),
    _p(
        # "Ministers X, Y and Z attended the launch of the bidding process": the document's event
        "en-attend-unnamed",
        # (each person brings a title: "Finance Minister X, Information Minister Y and IT Minister Z")
        r"<s:H>[^;!?.⟨⟩]{0,40}(?:⟨H\d+⟩[^;!?.⟨⟩]{0,40}?){0,6}\b(?:attended|attends|attending)\s+"
        r"(?:the\s+)?(?:official\s+)?(?:launch|opening|start|kick-?off|ceremony|inauguration|unveiling|handover)\b"
        r"(?!\s+of\s+(?:the\s+)?<:E>)",
        (("all:H", Pred.PARTICIPATED_IN, "topic:E"),),
        0.65,
    ),
    _p(
        # "Telkom Kenya and the PEACE Cable company on Tuesday landed a new submarine cable": the
        # landing parties of a work are its partners
        "en-landed-the-cable",
        r"<o:O*>\s+(?:on\s+[a-z]+\s+)?(?:have\s+|has\s+|jointly\s+)?(?:landed|brought\s+ashore)\s+(?:a|the)\s+"
        r"(?:new\s+)?(?:[a-z-]+\s+){0,4}?(?:cable|system|<:T>)",
        (("near:P", Pred.PARTNER, "o"),),
        0.65,
    ),
    _p(
        "en-attend",
        r"<s:HOC*>_30\b(?:attended|attends|attending|joined|took\s+part\s+in|participated\s+in|spoke\s+at|addressed|told|"
        r"was\s+present\s+at|were\s+present\s+at|visited|toured|opened|inaugurated|co-chaired)\s+(?:the\s+)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.8,
    ),
    _p(
        "en-speaking-at",
        r"\b(?:speaking|addressing|opening|attending|hosting|chairing|speaking\s+at|speaking\s+during)\s+(?:at\s+|to\s+|during\s+)?"
        r"(?:the\s+)?<o:E>,\s+~90<s:H>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.8,
    ),
    _p(
        "en-held-meeting",
        r"<s:HOC*>~40/HOC\b(?:held|hosted|convened|co-hosted|organi[sz]ed|chaired)\s+~30<o:E>(?:\s+with\s+~50<s2:H>)?",
        (("s", Pred.PARTICIPATED_IN, "o"), ("s2", Pred.PARTICIPATED_IN, "o")),
        0.75,
    ),
    _p(
        "en-at-event-people",
        r"^(?:[^,;⟨⟩]{0,40},\s*)?(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?<o:E>(?:\s+in\s+<:L>(?:,\s+<:L>)?)?"
        r",[^;!?]*",
        (("all:H", Pred.PARTICIPATED_IN, "o"),),
        0.7,
    ),
    _p(
        "en-foundation-stone",
        r"\b(?:laid|lays|laying|lay)\s+(?:the\s+)?foundation\s+stones?\s+(?:of|for)\s+<s:P*>",
        (("s", Pred.ANNOUNCED_AT, "topic:E"),),
        0.7,
    ),
    _p(
        "en-event-hosted-by",
        r"<s:E>~40/E\b(?:sponsored|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|convened|co-sponsored)\s+by\s+<o:HOC*>",
        (("o", Pred.PARTICIPATED_IN, "s"),),
        0.75,
    ),
    _p(
        "en-event-attended-by",
        r"<s:E>~40/E\b(?:was\s+|were\s+)?(?:attended|addressed|opened|chaired|co-chaired|presided\s+over)\s+by\s+"
        r"<o:HOC*>",
        (("o", Pred.PARTICIPATED_IN, "s"),),
        0.75,
    ),
    _p(
        "en-delegation",
        r"\bdelegation\s+(?:[a-z-]+\s+){0,2}?(?:comprised|comprising|included|including|consisted\s+of|"
        r"was\s+made\s+up\s+of|made\s+up\s+of|led\s+by|headed\s+by)\s[^;!?]*",
        (("all:H", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        # "A, Vice Minister of …; B, CEO of …; and C, Director of …, attended the ceremony": people listed
        # with their titles between semicolons, all of them the subject of one attending verb
        "en-titled-attendees",
        r"(?:^|(?<=--\s)|(?<=:\s))(?:(?:and\s+)?(?:the\s+)?<:H>,\s[^;!?]{0,160}?;\s+)+(?:and\s+)?<:H>,\s[^;!?]{0,160}?,\s+"
        r"(?:also\s+)?(?:attended|were\s+present\s+at|took\s+part\s+in|participated\s+in|joined)\s+(?:the\s+)?<e:E>",
        (("all:H", Pred.PARTICIPATED_IN, "e"),),
        0.7,
    ),
    _p(
        # "delegates from Egypt, Saudi Arabia and the UAE", "officials of ASEAN member states": whose
        # people came to the document's meeting took part in it
        "en-delegates-from",
        r"\b(?:delegates|delegations?|representatives|officials|participants|guests|ministers|envoys|diplomats)\s+"
        r"(?:from|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?<s:CO*>",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.6,
    ),
    _p(
        "en-in-presence",
        r"<o:E>~80\bin\s+the\s+presence\s+of~60<s:H*>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        "en-said-at",
        r"<s:H>~40\b(?:said|told|stated|noted|announced|remarked)~20\b(?:at|during)\s+(?:the\s+)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        # "Li Qiang delivered a keynote speech at the opening ceremony"
        "en-speech-at",
        r"<s:H>_40\b(?:delivered|gave|made|presented|give|deliver)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(?:speech|address|remarks|presentation|keynote|talk)\s+(?:at|during|to|before)\s+(?:the\s+)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        # "Huawei showcased its 5G solutions at MWC Shanghai": who shows or signs at an event took part
        "en-body-at-event",
        r"<s:OC*>~40/OC\b(?:showcased|unveiled|exhibited|demonstrated|displayed|presented|launched|announced|signed|"
        r"introduced|released)\b(?:[^;!?⟨⟩]|⟨[TPA]\d+⟩){0,60}?\b(?:at|during)\s+(?:the\s+)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.65,
    ),
    # memberOf
    _p(
        "en-member-of",
        r"<s:CO*>\s+(?:is|are|was|were|became|become|has\s+been|have\s+been)\s+(?:an?\s+|the\s+)?(?:founding\s+|full\s+|"
        r"new\s+|permanent\s+)?members?\s+(?:states?\s+|countries\s+)?of\s+(?:the\s+)?<o:OA>",
        (("s", Pred.MEMBER_OF, "o"),),
        0.85,
    ),
    _p(
        "en-join-body",
        # (who joins a treaty is its party: en-ratify)
        r"<s:CO*>\s+(?:joined|joins|will\s+join|acceded\s+to|has\s+joined)\s+(?:the\s+)?<o:O>",
        (("s", Pred.MEMBER_OF, "o"),),
        0.75,
    ),
    _p(
        # "the summit admitted India and Pakistan as full members of the SCO": a body's meeting admits
        # members of the body it names, else of the body the report is about
        "en-admitted-as-members",
        r"\b(?:admitted|admits|accepted|accepts|welcomed|welcomes)\s+<s:C*>\s+as\s+(?:an?\s+)?(?:(?:new|full|formal)\s+)*"
        r"(?:members?|member\s+states?|dialogue\s+partners?|partners?|observers?)(?:\s+(?:of|to)\s+(?:the\s+)?<o:O>)?",
        (("s", Pred.MEMBER_OF, "o"),),
        0.75,
    ),
    _p(
        "en-admitted-as-members-of-topic",
        r"\b(?:admitted|admits|accepted|accepts)\s+<s:C*>\s+as\s+(?:an?\s+)?(?:(?:new|full|formal)\s+)*"
        r"(?:members?|member\s+states?|observers?)(?!\s+(?:of|to)\b)",
        (("s", Pred.MEMBER_OF, "topic:O"),),
        0.7,
    ),
    _p(
        "en-members-include",
        # ("ASEAN member states Laos and Cambodia")
        # ("ASEAN countries such as Malaysia and Singapore": a body's countries are its members, when named
        # after a word that introduces them)
        r"<o:O>(?:['’]s)?\s+(?:[a-z]+\s+)?(?:member\s+states|members|member\s+countries|(?=(?:countries|nations)\s*,?\s*"
        r"(?:including|such\s+as|namely|like)\b)(?:countries|nations))\s*[,:]?\s*(?:(?:including|such\s+as|"
        r"namely|include|are|like)\s+)?<s:CO*>",
        (("s", Pred.MEMBER_OF, "o"),),
        0.8,
    ),
    _p(
        # "Malaysia, Singapore and other ASEAN countries"
        "en-and-other-members-of",
        r"<s:C*>,?\s+and\s+(?:the\s+|all\s+)?other\s+<o:O>\s+(?:member\s+states|members|member\s+countries|countries|"
        r"nations)\b",
        (("s", Pred.MEMBER_OF, "o"),),
        0.75,
    ),
    _p(
        "en-and-other-members",
        r"<s:C*>\s+and\s+(?:the\s+|all\s+)?other\s+(?:[a-z]+\s+)?(?:member\s+states|members|member\s+countries)\b",
        (("s", Pred.MEMBER_OF, "topic:O"),),
        0.7,
    ),
    # partOf
    _p(
        # "the U.S.-Africa Business Forum, held as part of the U.S.-Africa Leaders Summit"
        "en-event-held-as-part-of",
        r"<s:E>,?\s+(?:which\s+(?:was|is|will\s+be)\s+|was\s+|is\s+|will\s+be\s+)?(?:held|organi[sz]ed|convened|"
        r"hosted|staged)\s+as\s+(?:a\s+|one\s+)?part\s+of\s+(?:the\s+)?<o:E>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "en-part-of-is",
        r"\bpart\s+of\s+(?:the\s+)?<o:IPO>\s+(?:is|are|was)\s+(?:the\s+)?<s:IPO>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # "The Belt and Road comprises the Silk Road Economic Belt and the Maritime Silk Road"
        "en-initiative-comprises",
        r"<o:I>\s+(?:comprises|comprised|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|is\s+composed\s+of|"
        r"includes|refers\s+to)\s+(?:both\s+)?(?:the\s+)?<s:I*>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-initiatives-make-up",
        r"<s:I*>\s+(?:together\s+)?(?:make\s+up|made\s+up|form|formed|constitute|constituted|compose|composed)\s+"
        r"(?:the\s+)?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-is-part-of",
        r"<s:IPO>\s+(?:is|was|are|,)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:part|component|pillar|element|subset|"
        r"branch|extension)\s+of\s+(?:the\s+)?<o:IO>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "en-part-of-efforts",
        r"<s:IPO>\s+(?:is|was|are|were|forms?|formed)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?part\s+of\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:efforts?|drive|push|plans?|programmes?|programs?|campaign|"
        r"strategy|work|construction|development|cooperation|framework)\b~150<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        "en-under-initiative-clause",
        r"\bunder\s+(?:the\s+)?(?:(?:framework|umbrella|banner|auspices)\s+of\s+(?:the\s+)?)?<o:I>\s*,~80<s:P>",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        # "the centre will further boost the construction of the Digital Silk Road": a work that
        # advances an initiative's building is part of it
        "en-work-advances-initiative",
        r"<s:P>~60/P\b(?:will\s+|would\s+|is\s+set\s+to\s+)?(?:further\s+)?(?:boost|advance|promote|contribute\s+to|"
        r"boosts|advances|promotes|contributes\s+to|boosted|advanced|promoted|contributed\s+to)\s+(?:the\s+)?"
        r"(?:construction|building|development)\s+of\s+(?:the\s+)?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        # "the facility was consistent with the commitment to … national strategic planning under the
        # Economic Recovery and Growth Plan": a work placed under a national plan further on
        "en-work-consistent-with-plan",
        r"<s:P>~40/P\b(?:is|was|are|were)\s+(?:consistent|in\s+line|aligned)\s+with~100/PI\bunder\s+(?:the\s+)?"
        r"(?:(?:country|nation|government)['’]s\s+|national\s+)?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.6,
    ),
    _p(
        "en-work-under-initiative",
        r"<s:P*>,?\s+(?:[a-z-]+\s+){0,2}?under\s+(?:the\s+)?(?:(?:framework|umbrella|banner)\s+of\s+(?:the\s+)?)?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        "en-works-under",
        r"<s:O>,?\s+(?:(?:which|that)\s+)?(?:works|operates|functions|comes|falls|is|was|serves|reports)\s+"
        r"(?:directly\s+)?(?:under|to)\s+(?:the\s+)?(?:(?:administrative\s+)?(?:control|auspices|umbrella|supervision|"
        r"administration)\s+of\s+(?:the\s+)?)?<o:O>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-joint-venture-of",
        r"<s:O>,?\s+(?:is\s+|was\s+)?(?:an?|the)\s+(?:[a-z-]+\s+)?joint\s+venture\s+(?:between|of|by|formed\s+by)\s+<o:O*>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-named-subsidiary",
        r"<s:O>,\s+(?:an?|the)\s+<o:O>\s+(?:subsidiary|unit|affiliate|arm|division|company)\b",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "en-described-as-part",
        r"<s:IPO>~80/IP\b(?:is|are|was|were|be|being|been)\s+(?:widely\s+|often\s+|also\s+|now\s+|increasingly\s+|"
        r"generally\s+)?(?:described|seen|regarded|considered|viewed|billed|touted|cited|hailed|labell?ed|promoted)\s+as\s+"
        r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?(?:part|component|pillar|example|flagship|project|showcase|element)\s+"
        r"(?:of|under)\s+<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "en-extension-called",
        r"\b(?:extension|branch|segment|spur|section|phase|leg)\s+(?:called|named|known\s+as|dubbed)\s+<s:P>",
        (("s", Pred.PART_OF, "topic:P"),),
        0.75,
    ),
    _p(
        "en-owned-by-parent",
        r"<s:O>~60(?<!formerly )(?<!previously )(?<!once )\b(?:owned|controlled|acquired)\s+by\s+<o:O>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-achievement-of",
        r"<s:P>~50/P\b(?:project|achievement|example|flagship|showcase|highlight|milestone)\s+(?:[a-z]+\s+)?(?:of|under)"
        r"\s+(?:the\s+)?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        # "The Gwadar port project is one of the CPEC projects", "The cable is a key CPEC project"
        "en-is-an-initiative-project",
        r"<s:P>\s+(?:is|was|has\s+been|became|remains)\s+(?:one\s+of\s+the\s+|an?\s+|the\s+)(?:[a-z-]+\s+){0,2}?<o:I>\s+"
        r"(?:flagship|projects?|programmes?|programs?|components?|pillars?|schemes?|undertakings?)\b",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        # "The forum was held under the framework of the SCO", "the forum, held under the SCO framework"
        "en-event-under-framework",
        r"<s:E>~40/E\b(?:held|organi[sz]ed|convened|hosted|launched|staged|took\s+place)\s+(?:under|within)\s+(?:the\s+)?"
        r"(?:(?:framework|auspices|umbrella|aegis)\s+of\s+(?:the\s+)?<o:OI>|<o2:OI>\s+(?:framework|umbrella|mechanism))",
        (("s", Pred.PART_OF, "o"), ("s", Pred.PART_OF, "o2")),
        0.75,
    ),
    _p(
        "en-apposition-flagship",
        r"<s:P>,\s+(?:an?|the|one)\s+(?:of\s+the\s+)?<o:I>\s+(?:flagship|project|programme|program|component|pillar|"
        r"initiative)s?\b",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "en-under-include",
        r"\bunder\s+(?:the\s+)?<o:I>~100(?:include|includes|including|such\s+as|exemplified\s+by|like)~100<s:P*>",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        "en-affiliate-name",
        # "Alibaba's cloud computing arm Alibaba Cloud", "Its cloud computing arm, Alibaba Cloud, said"
        # ("Its" is a reference slot followed by the unit's field, as a possessive name is)
        r"<o:O>(?:['’]s)?\s+(?:(?!(?:a|an|the|and|or|with|to|of|for|has|had|have|is|was|said|set|sold|its)\b)[a-z-]+\s+"
        r"|<:T>\s+){0,3}?(?:affiliate|subsidiary|unit|arm|division),?\s+<s:O>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # "Its cloud computing arm, Alibaba Cloud": the unit works in the field its kind names
        "en-field-affiliate-name",
        r"<:O>(?:['’]s)?\s+<t:T>\s+(?:affiliate|subsidiary|unit|arm|division),?\s+<s:O>",
        (("s", Pred.ABOUT, "t"),),
        0.7,
    ),
    _p(
        # "Cainiao, Alibaba's logistics arm, …": the parent's unit in an apposition
        "en-apposition-possessive-unit",
        r"<s:O>(?:\s+[(][^()]*[)])?,\s+<o:O>['’]s?\s+(?:[a-z-]+\s+|<:T>\s+){0,3}?(?:affiliate|subsidiary|unit|arm|division)\b",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # "Alibaba's Lazada", "Telenor's Digi", "America Movil's Claro": a company named right after
        # another's possessive is that company's (13 such pairs in the sets are annotated so)
        "en-possessive-company",
        r"<o:O>['’]s?\s+<s:O>(?!['’])",
        (("s", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        "en-possessive-unit",
        r"<o:O>['’]s?\s+<s:O>\s+(?:unit|subsidiary|arm|division|affiliate)\b",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # "Alibaba Cloud, the cloud computing arm of Alibaba Group": a unit of its parent, in its field
        "en-field-arm-of",
        r"<s:O>(?:\s+[(][^()]*[)])?,\s+(?:an?\s+|the\s+|its\s+)?(?:[a-z-]+\s+)?<t:T*>\s+(?:and\s+[a-z-]+\s+)?"
        r"(?:arm|unit|subsidiary|division|affiliate|business)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?<o:O>",
        (("s", Pred.PART_OF, "o"), ("s", Pred.ABOUT, "t")),
        0.8,
    ),
    _p(
        "en-subsidiary-of",
        r"<s:O>(?:\s+[(][^()]*[)])?,\s+(?:an?\s+|the\s+)?(?:<:C>\s+|[a-z-]+\s+){0,3}?(?:subsidiary|affiliate|unit|arm|division)\s+of\s+"
        r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?<o:O>",
        (("s", Pred.PART_OF, "o"),),
        0.85,
    ),
    # about
    _p(
        # "The Xi'an Declaration calls for faster connectivity of digital infrastructure"
        "en-text-calls-for",
        r"<s:AI>~30/AI\b(?:calls?\s+for|called\s+for|urges?|urged|proposes?|proposed)\b_60<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # "the Luban Workshop …, a facility that will train Kenyan youths in cloud computing and
        # information security": what a work trains people in is its field
        "en-work-trains-in",
        r"<s:P>~80/P\b(?:train|trains|trained|will\s+train|is\s+training|offers?\s+training)\s+(?:[a-z-]+\s+){0,4}?"
        r"in\s+(?:the\s+fields?\s+of\s+)?<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "en-focus",
        # (a body is not what its focus is about: "CAICT said the think tank will focus on 5G" Q 326, "the
        # operator would first focus on 5G" T 381, "conceived by … Huawei, covers …" E, the China-CELAC
        # Forum's plan "with focus on … AI" M 242; the body's work or its words are)
        r"<s:IAPE>~60/IAPOE\b(?:focus(?:es|ed|ing)?\s+on|cover(?:s|ed|ing)?|emphasi[sz](?:es|ed|ing)|extend(?:s|ing)?\s+"
        r"(?:cooperation\s+)?(?:into|to)|discuss(?:es|ed|ing)?|explor(?:es|ed|ing)|showcas(?:es|ed|ing)|"
        r"(?:is\s+|was\s+)?themed\s+(?:on|around)|revolv(?:es|ed|ing)\s+around|areas?\s+(?:such\s+as|including|like)|fields?\s+of|in\s+the\s+(?:fields?|areas?)\s+of|"
        r"dedicated\s+to|centred\s+on|centered\s+on|targets?)~40<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.65,
    ),
    _p(
        # "It was the first high-level forum the SCO has held on the digital economy": the body's own forum
        "en-body-holds-its-forum",
        # ("the first high-level forum" is read as a reference to the document's forum)
        r"<e:E>\s+(?:that\s+)?(?:the\s+)?<o:O>\s+(?:has\s+|had\s+)?(?:ever\s+)?(?:held|hosted|organi[sz]ed|convened)\b",
        (("e", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        # "the forum focused on the Digital Silk Road", "a summit themed on the Global Development Initiative"
        "en-focus-initiative",
        r"<s:IAPOE>~60/IAPOE\b(?:focus(?:es|ed|ing)?\s+on|(?:is\s+|was\s+)?themed\s+(?:on|around)|centred\s+on|"
        r"centered\s+on|dedicated\s+to)\s+(?:the\s+)?<o:I>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # "The Digital Silk Road promotes 5G networks, smart cities and e-commerce"
        "en-promotes-fields",
        r"<s:IA>~60/IA\b(?:promot(?:es|ed|ing|e)|advanc(?:es|ed|ing|e)|boost(?:s|ed|ing)?|foster(?:s|ed|ing)?|"
        r"encompass(?:es|ed|ing)?|spans?|prioriti[sz](?:es|ed|ing|e)|aims?\s+to\s+(?:develop|promote|boost|advance))\s+"
        r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # "Participants discussed AI and cybersecurity", "the forum brought together experts on AI"
        "en-event-discussed",
        r"\b(?:participants|delegates|attendees|experts|speakers|guests|panellists|panelists|officials)\s+(?:[a-z]+\s+){0,2}?"
        r"(?:discussed|explored|debated|exchanged\s+views\s+on|focused\s+on|on|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?<o:T*>",
        (("topic:E", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # "the forum set up sub-forums on the digital economy, cybersecurity and AI"
        "en-event-sub-forums",
        r"\b(?:set\s+up|held|hosted|featured|features|includes?|included|has|had)\s+(?:[a-z\d-]+\s+)?"
        r"(?:sub-forums?|sub-sessions?|parallel\s+(?:sessions|forums)|breakout\s+sessions|panels|sessions)\s+on\s+"
        r"(?:the\s+)?<o:T*>",
        (("topic:E", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # "under the theme 'AI for Good'", "themed 'Digital Economy and AI'"
        "en-event-theme",
        r"\b(?:under\s+the\s+theme|with\s+the\s+theme|themed)\s+(?:of\s+)?[\"'“‘][^\"'”’;!?]{0,80}[\"'”’]",
        (("topic:E", Pred.ABOUT, "all:T"),),
        0.6,
    ),
    _p(
        # "Peru's first Earth observation satellite, PerúSAT-1", "the remote sensing satellite
        # Gaofen-6": the field of a work named right after the kind of work it is
        "en-field-kind-named",
        r"<o:T>[ -](?:satellite|spacecraft|cable|network|system|platform|constellation)"
        r"\s*,?\s+(?:the\s+)?<s:P>",
        (("s", Pred.ABOUT, "o"),),
        0.65,
    ),
    _p(
        "en-work-uses",
        r"<s:P>~60/P\b(?:us(?:e|es|ed|ing)|based\s+on|adopt(?:s|ed|ing)?|employ(?:s|ed|ing)?|allow(?:s|ed)?\s+for|"
        r"enabl(?:es|ed|ing)|support(?:s|ed|ing)?|powered\s+by|relies\s+on|rely\s+on|built\s+on|equipped\s+with|"
        r"provid(?:es|ed|ing|e)|offer(?:s|ed|ing)?|deliver(?:s|ed|ing)?|host(?:s|ed|ing)?)\s+"
        r"(?:the\s+|an?\s+|its\s+)?(?:[a-z-]+\s+){0,2}?<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "en-using-then-work",
        r"\b(?:using|based\s+on|adopting|employing|with)\s+(?:[\w.-]+\s+){0,2}?<o:T*>[^,;⟨⟩]{0,30},\s+<s:P>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "en-is-a-field-agreement",
        r"<s:IAPOE>\s+(?:is|was|would\s+be|will\s+be|are)\s+(?:the\s+|an?\s+)~40<o:T>\s+(?:agreement|initiative|"
        r"project|programme|program|pact|framework|deal|cooperation|partnership)",
        (("s", Pred.ABOUT, "o"),),
        0.7,
    ),
    _p(
        "en-studies",
        r"<s:IAPOE>\s+(?:studies|study|studied|researches|examines|investigates|analy[sz]es)\s+(?:the\s+)?"
        r"(?:[a-z]+\s+){0,2}?(?:of\s+)?(?:the\s+)?<o:IPAT>",
        (("s", Pred.ABOUT, "o"),),
        0.7,
    ),
    _p(
        "en-cooperation-in-fields",
        r"\b(?:cooperation|collaboration|partnership|exchanges?|talks|discussions?|dialogue)\s+(?:in|on|covering|around)\s+"
        r"(?:the\s+)?(?:(?:fields?|areas?|sectors?|domains?)\s+(?:of|such\s+as|including|like)\s+)?<o:T*>",
        (("here:AEI", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "en-fields-such-as",
        r"\b(?:areas?|fields?|sectors?|topics?|issues?|themes?|domains?|technologies)\s+(?:such\s+as|including|like|"
        r"ranging\s+from)\s+"
        r"<o:T*>",
        (("here:AEIP", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "en-agreement-on-cooperation",
        r"<s:A>\s+(?:on|concerning|regarding|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:cooperation|collaboration|"
        r"partnership|development)\s+(?:in|on|of)\s+(?:the\s+)?(?:(?:fields?|areas?)\s+of\s+)?<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.65,
    ),
    _p(
        "en-agreement-on",
        r"<s:A>\s+(?:on|concerning|regarding)\s+(?:the\s+)?<o:TPI*>",
        (("s", Pred.ABOUT, "o"),),
        0.65,
    ),
)
