"""Names of spacecraft and launch vehicles, which a number completes: LaoSat-1, 老挝一号通信卫星,
CBERS-04A, 中巴地球资源卫星04A星, Long March-3B, 长征三号乙运载火箭.

A satellite is a Project (it has a builder, an operator and a launch date); a launch vehicle is
a Technology. A satellite's designation is a series name and a number; it is a name when the
series is one the news knows (ChinaSat, APSTAR, 风云, 高分), when "satellite" / 卫星 / 星 follows,
or, in English, when the sentence speaks of satellites, launches or orbits. A Chinese series
may also be a lexicon name (老挝|一号, 中巴地球资源卫星|04A星). A launch vehicle is named by its
family (Long March, 长征, Kuaizhou, 快舟) and a model number.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.extract.names_zh import FUNCTION_CHARS
from kg.model import EntityClass

PROJECT = EntityClass.PROJECT
TECHNOLOGY = EntityClass.TECHNOLOGY

# Launch vehicle families: English and Chinese names.
_ROCKETS_EN = (
    "Long March",
    "Kuaizhou",
    "Smart Dragon",
    "Jielong",
    "Ceres",
    "Zhuque",
    "Tianlong",
    "Kinetica",
    "Lijian",
    "Hyperbola",
    "Gravity",
)
_ROCKETS_ZH = ("长征", "快舟", "捷龙", "谷神星", "朱雀", "天龙", "力箭", "双曲线", "引力", "开拓者")
# Satellite series whose numbered members are satellites wherever they are named.
_SERIES_EN = (
    "ChinaSat",
    "Chinasat",
    "ZhongXing",
    "Zhongxing",
    "APSTAR",
    "Apstar",
    "AsiaSat",
    "CBERS",
    "Fengyun",
    "FY",
    "Gaofen",
    "GF",
    "Yaogan",
    "Shijian",
    "Tianlian",
    "Tiantong",
    "Jilin",
    "Haiyang",
    "Ziyuan",
    "BeiDou",
    "Beidou",
    "Compass",
    "Shenzhou",
    "Tianzhou",
    "Chang'e",
    "Chang’e",
    "Tianwen",
    "LaoSat",
    "Laosat",
    "PAKSAT",
    "PakSat",
    "Paksat",
    "PRSS",
    "NigComSat",
    "NIGCOMSAT",
    "VeneSat",
    "VENESAT",
    "Alcomsat",
    "ALCOMSAT",
    "SupremeSat",
    "TKSat",
    "ETRSS",
    "SRSS",
    "SudanSat",
    "Belintersat",
    "BelinterSat",
    "MEASAT",
    "Thaicom",
    "THAICOM",
    "VINASAT",
    "KazSat",
    "Turksat",
    "Arabsat",
    "Nilesat",
    "Amazonas",
)
_SERIES_ZH = (
    "中星",
    "亚太",
    "风云",
    "高分",
    "遥感",
    "实践",
    "天链",
    "天通",
    "吉林",
    "海洋",
    "资源",
    "北斗",
    "神舟",
    "天舟",
    "嫦娥",
    "天问",
    "鹊桥",
    "天宫",
    "中巴地球资源卫星",
    "巴基斯坦遥感卫星",
)
_EN_NUMBER = r"(?:[- ]?(?:\d{1,3}[A-Z]{0,2}|[A-Z]{1,3}\d{1,2}[A-Z]?)|-[A-Z]{1,2})"
# Latin letters and digits: a designation may touch Chinese characters (卫星PerúSAT-1发射).
_LATIN = "0-9A-Za-zÀ-ÖØ-öø-ÿ_"
_SATELLITE_EN = re.compile(
    rf"(?<![{_LATIN}-])((?:" + "|".join(re.escape(s) for s in _SERIES_EN) + r")" + _EN_NUMBER + ")"
    rf"(?![{_LATIN}-])"
    rf"|(?<![{_LATIN}-])([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]{{1,12}}-(?:\d{{1,3}}[A-Z]{{0,2}}|[A-Z]{{1,3}}\d{{1,2}}[A-Z]?))"
    rf"(?![{_LATIN}-])"
)
_SATELLITE_AFTER_EN = re.compile(r"\s+(?:[a-z-]+\s+){0,2}satellites?\b")
_SPACE_WORDS_EN = re.compile(
    r"\b(?:satellites?|spacecraft|orbit|launch(?:ed|es|ing)?|lift(?:ed)? off|payload)\b"
)
# Words that make a mixed-case designation in the same sentence a spacecraft though it holds no
# "sat" (Taifa-1, CubeBug-1, Gokturk-2): "launch" alone does not (a "Windows-11 launch").
_CRAFT_WORDS_EN = re.compile(
    r"(?i)\b(?:(?:nano|micro|cube|small\s)?satellites?|cubesats?|spacecraft|payloads?|probe|"
    r"(?:earth[- ])?observation|into (?:orbit|space)|orbits?)\b"
)
_ROCKET_EN = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(r) for r in _ROCKETS_EN) + r")"
    r"(?:[- ]?(?:\d{1,2}[A-Z]?(?:\s?Pro|\s?Heavy)?|[A-Z]\d?)(?![\w-])"
    r"(?:\s+(?:carrier rocket|launch vehicle))?"
    r"|\s+(?:carrier rocket|launch vehicle|rocket))"
)
_CN_NUMERAL = "一二三四五六七八九十"
_ZH_MODEL = (
    rf"(?:[{_CN_NUMERAL}]{{1,3}}号|\d{{1,2}}(?!\d)号?|-\d{{1,2}})"
    rf"(?:[甲乙丙丁]|[A-Z]{{1,2}})?(?:改|远征[{_CN_NUMERAL}]号)?"
)
_ROCKET_ZH = re.compile(
    r"(?:" + "|".join(map(re.escape, _ROCKETS_ZH)) + r")" + _ZH_MODEL + r"(?:系列)?(?:运载火箭|火箭)?"
)
# the kind between a number and 卫星 (一号|通信卫星) holds none of the characters that end a Chinese
# name's walk: 一号|在酒泉卫星发射中心 is the satellite and the launch centre it flew from
_SATELLITE_ZH_KIND = rf"(?:(?![{''.join(sorted(FUNCTION_CHARS))}])[\u4e00-\u9fff])"
_SATELLITE_ZH_TAIL = (
    rf"(?:{_SATELLITE_ZH_KIND}{{0,4}}?卫星|[A-Z]?星(?![\u4e00-\u9fff]{{0,1}}(?:座|球|空|际|期)))"
)
_SATELLITE_ZH_NUMBER = rf"(?:[{_CN_NUMERAL}零〇]{{1,3}}号|\d{{1,3}}(?!\d)号?|0\d[A-Z]?|\d[A-Z]{{1,2}})[A-Z]?"
_SATELLITE_ZH_SERIES = re.compile(
    r"(?:"
    + "|".join(map(re.escape, sorted(_SERIES_ZH, key=len, reverse=True)))
    + r")"
    + _SATELLITE_ZH_NUMBER
    + "(?:"
    + _SATELLITE_ZH_TAIL
    + ")?"
)
_SATELLITE_ZH_TAILED = re.compile(_SATELLITE_ZH_NUMBER + _SATELLITE_ZH_TAIL)
# A satellite named by its country and its kind, numbered after 卫星 (白俄罗斯|通信卫星一号,
# 委内瑞拉|遥感卫星二号, 尼日利亚|通信卫星1R): the number is what makes a name of the kind
# ("两颗卫星", "卫星3颗" count satellites, they do not number one).
_SATELLITE_ZH_KIND_NUMBERED = re.compile(
    rf"[\u4e00-\u9fff]{{0,4}}?卫星(?:[{_CN_NUMERAL}]{{1,3}}号|\d{{1,2}}(?:[A-Z]{{1,2}}|号))(?![颗枚个])"
)


def find_space_names(
    text: str,
    zh_spans: Sequence[tuple[int, int]],
    en_spans: Sequence[tuple[int, int]],
    lexicon_spans: Sequence[Candidate],
) -> list[Candidate]:
    """Satellites and launch vehicles in the given sentence spans (Chinese, English) of a text
    that speaks of satellites, rockets, launches or orbits.

    ``lexicon_spans`` are the lexicon's names of the text: a Chinese designation may follow one
    (老挝|一号通信卫星).
    """
    found: list[Candidate] = []
    if en_spans and any(hint in text for hint in _SPACE_HINTS_EN):
        for start, end in en_spans:
            found += _english(text, start, end)
    if zh_spans and any(hint in text for hint in _SPACE_HINTS_ZH):
        # (the longest name ending at a place: 白俄罗斯, not the 俄罗斯 inside it)
        by_start = sorted((c for c in lexicon_spans if c.source != "compound"), key=lambda c: -c.start)
        ending_at = _NamesByEnd({c.end: c for c in by_start})
        for start, end in zh_spans:
            found += _chinese(text, start, end, ending_at)
    return found


# Words without which a text names no spacecraft: a cheap test before the patterns run.
_SPACE_HINTS_EN = ("atellite", "Sat", "SAT", "STAR", "Star", "March", "rocket", "aunch", "orbit", "pacecraft")
_SPACE_HINTS_ZH = ("星", "火箭", "长征", "快舟", "捷龙", "朱雀", "力箭", "天龙", "引力", "开拓者", "双曲线")


def _english(text: str, start: int, end: int) -> list[Candidate]:
    found = []
    rockets = []
    for match in _ROCKET_EN.finditer(text, start, end):
        name_end = match.end()
        if match.group().endswith(" rocket") and not re.search(r"\d", match.group()):
            name_end = match.start() + len(match.group()) - len(" rocket")  # "Long March rockets": the family
        rockets.append((match.start(), match.end()))
        found.append(Candidate(match.start(), name_end, TECHNOLOGY, "pattern", 0.85, "space-rocket"))
    spacey: bool | None = None
    for match in _SATELLITE_EN.finditer(text, start, end):
        if any(r_start <= match.start() < r_end for r_start, r_end in rockets):
            continue
        if match.group(1):
            found.append(
                Candidate(match.start(1), match.end(1), PROJECT, "pattern", 0.8, "space-satellite-series")
            )
            continue
        if _SATELLITE_AFTER_EN.match(text, match.end()):
            found.append(Candidate(match.start(2), match.end(2), PROJECT, "pattern", 0.75, "space-satellite"))
            continue
        if not re.search(r"[a-zà-ÿ]", match.group(2)):
            continue
        if re.search(r"(?i)sat|star", match.group(2)):
            if spacey is None:
                spacey = _SPACE_WORDS_EN.search(text, start, end) is not None
            if spacey:
                found.append(
                    Candidate(match.start(2), match.end(2), PROJECT, "pattern", 0.7, "space-satellite-named")
                )
        elif _CRAFT_WORDS_EN.search(_sentence_around(text, match.start(), match.end())):
            found.append(
                Candidate(match.start(2), match.end(2), PROJECT, "pattern", 0.65, "space-craft-named")
            )
    return found


_SENTENCE_END = re.compile(r"\.\s|[。！？!?\n]")


def _sentence_around(text: str, start: int, end: int) -> str:
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    return text[opening : closing.start() if closing else len(text)]


_LATIN_TAIL_ZH = re.compile(r"(?:卫星|号卫星|星)(?![\u4e00-\u9fff]{0,1}(?:座|球|空|际|期|发射中心))")
# In Chinese text, a Latin designation ("CubeBug-1"立方体卫星) is a spacecraft beside these words.
_CRAFT_WORDS_ZH = re.compile(r"卫星|立方星|航天器|飞船|探测器|载荷")


class _NamesByEnd:
    """The lexicon's names by the offset they end at, and those ending within a sentence found by
    bisection (in the mapping's order): a long report has thousands of names and of sentences."""

    def __init__(self, by_end: dict[int, Candidate]) -> None:
        self.by_end = by_end
        self._ends = sorted(by_end)
        self._rank = {position: rank for rank, position in enumerate(by_end)}

    def get(self, position: int) -> Candidate | None:
        return self.by_end.get(position)

    def within(self, start: int, end: int) -> list[tuple[int, Candidate]]:
        ends = self._ends[bisect_left(self._ends, start) : bisect_left(self._ends, end)]
        return [(position, self.by_end[position]) for position in sorted(ends, key=self._rank.__getitem__)]


def _chinese(text: str, start: int, end: int, ending_at: _NamesByEnd) -> list[Candidate]:
    found = []
    for match in _ROCKET_ZH.finditer(text, start, end):
        found.append(Candidate(match.start(), match.end(), TECHNOLOGY, "pattern", 0.85, "space-rocket"))
    covered = {position for c in found for position in range(c.start, c.end)}
    for match in _SATELLITE_ZH_SERIES.finditer(text, start, end):
        if match.start() in covered:
            continue
        found.append(Candidate(match.start(), match.end(), PROJECT, "pattern", 0.8, "space-satellite-series"))
        covered.update(range(match.start(), match.end()))
    for match in _SATELLITE_EN.finditer(text, start, end):
        if match.start() in covered:
            continue
        if match.group(1) or _CRAFT_WORDS_ZH.search(_sentence_around(text, match.start(), match.end())):
            group = 1 if match.group(1) else 2
            rule = "space-satellite-series" if match.group(1) else "space-craft-named"
            tail = _LATIN_TAIL_ZH.match(text, match.end(group))  # (PALAPA-D|卫星: one name)
            name_end = tail.end() if tail else match.end(group)
            found.append(Candidate(match.start(group), name_end, PROJECT, "pattern", 0.7, rule))
            covered.update(range(match.start(), match.end()))
    for match in _SATELLITE_ZH_TAILED.finditer(text, start, end):
        series = ending_at.get(match.start())
        if series is None or match.start() in covered or series.cls not in _SERIES_CLASSES:
            continue
        found.append(Candidate(series.start, match.end(), PROJECT, "pattern", 0.8, "space-satellite-of-name"))
        covered.update(range(series.start, match.end()))
    for named_end, named in ending_at.within(start, end):
        if named_end in covered or named.cls not in _SERIES_CLASSES:
            continue
        numbered = _SATELLITE_ZH_KIND_NUMBERED.match(text, named_end, end)
        if numbered is not None:
            rule = "space-satellite-kind-numbered"
            found.append(Candidate(named.start, numbered.end(), PROJECT, "pattern", 0.8, rule))
    return found


# What a satellite may be named after: its country (老挝一号) or its programme (中巴地球资源卫星04A星).
_SERIES_CLASSES = frozenset(
    (EntityClass.COUNTRY, EntityClass.PROJECT, EntityClass.PLACE, EntityClass.ORGANIZATION)
)
