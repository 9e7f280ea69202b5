"""Amounts and quantities in Chinese and English: money, lengths, capacities, power and energy, areas, counts.

Pure functions over text. The value is the full decimal number (4400万 → 44000000), the unit is
normalised (公里/千米/km → ``km``, Tbps → ``Tbit/s``), money carries an ISO 4217 currency, and
"近"/"more than"-style hedges set ``approximate``. A count keeps the noun it counts as its unit
(95个深水码头 → 95 ``深水码头``; "ten member states" → 10 ``member states``).

>>> [(a.text, str(a.value.value), a.value.currency) for a in find_amounts("总投资为5000万美元")]
[('5000万美元', '50000000', 'USD')]
>>> a = find_amounts("全长近1500公里")[0]
>>> (str(a.value.value), a.value.unit, a.value.approximate, a.kind)
('1500', 'km', True, 'length')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kg.model import Quantity, Span

__all__ = ["AmountMention", "find_amounts"]


@dataclass(frozen=True, slots=True)
class AmountMention:
    """An amount found in a text.

    ``kind`` says what it measures (money, length, capacity, area, power, percent, population,
    count, duration, anniversary, position: a satellite's longitude); ``noun`` is the thing counted
    or measured when the text names it.
    """

    span: Span
    text: str
    value: Quantity
    kind: str
    noun: str | None = None


_SCALES = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    "crore": Decimal(10) ** 7,
    "lakh": Decimal(10) ** 5,
}
_CURRENCIES = {
    "美元": "USD",
    "美金": "USD",
    "元": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "人民币元": "CNY",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "港元": "HKD",
    "卢比": "PKR",
    "澳元": "AUD",
    "新加坡元": "SGD",
    "卢布": "RUB",
    "林吉特": "MYR",
    "泰铢": "THB",
    "挪威克朗": "NOK",
    "瑞典克朗": "SEK",
    "丹麦克朗": "DKK",
    "坦先令": "TZS",
    "肯尼亚先令": "KES",
    "乌干达先令": "UGX",
    "坦桑尼亚先令": "TZS",
    "奈拉": "NGN",
    "尼日利亚奈拉": "NGN",
    "印尼盾": "IDR",
    "越南盾": "VND",
    "印度卢比": "INR",
    "巴基斯坦卢比": "PKR",
    "菲律宾比索": "PHP",
    "雷亚尔": "BRL",
    "巴西雷亚尔": "BRL",
    "兰特": "ZAR",
    "南非兰特": "ZAR",
    "迪拉姆": "AED",
    "沙特里亚尔": "SAR",
    "坚戈": "KZT",
    "韩元": "KRW",
    "新台币": "TWD",
    "瑞士法郎": "CHF",
    "加元": "CAD",
    "埃及镑": "EGP",
    "比尔": "ETB",
    "塞地": "GHS",
    "土耳其里拉": "TRY",
    "rm": "MYR",
    "rp": "IDR",
    "r$": "BRL",
    "hk$": "HKD",
    "s$": "SGD",
    "₦": "NGN",
    "₹": "INR",
    "₱": "PHP",
    "₩": "KRW",
    "norwegian kroner": "NOK",
    "swedish kronor": "SEK",
    "danish kroner": "DKK",
    "rand": "ZAR",
    "reais": "BRL",
    "dirhams": "AED",
    "riyals": "SAR",
    "saudi riyals": "SAR",
    "tenge": "KZT",
    "birr": "ETB",
    "cedis": "GHS",
    "aud": "AUD",
    "a$": "AUD",
    "tk": "BDT",
    "tk.": "BDT",
    "taka": "BDT",
    "ringgit": "MYR",
    "baht": "THB",
    "roubles": "RUB",
    "rubles": "RUB",
    "yen": "JPY",
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "rmb": "CNY",
    "yuan": "CNY",
    "cny": "CNY",
    "¥": "CNY",
    "€": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "kenyan shillings": "KES",
    "kenya shillings": "KES",
    "ksh": "KES",
    "kes": "KES",
    "tanzanian shillings": "TZS",
    "ugandan shillings": "UGX",
    "pakistani rupees": "PKR",
    "pakistan rupees": "PKR",
    "pkr": "PKR",
    "indian rupees": "INR",
    "inr": "INR",
    "sri lankan rupees": "LKR",
    "lkr": "LKR",
    "nepalese rupees": "NPR",
    "nepali rupees": "NPR",
    "naira": "NGN",
    "rupiah": "IDR",
    "riel": "KHR",
    "kip": "LAK",
}
# Money named by a word several countries use (shillings, rupees, 先令): an amount of money whose
# currency the word alone does not tell, kept with the word as its unit rather than a guessed code
_UNSPECIFIED_CURRENCIES = {
    "shillings": "shillings",
    "shilling": "shillings",
    "先令": "shillings",
    "rupees": "rupees",
    "rupee": "rupees",
    "rs": "rupees",
    "rs.": "rupees",
    "sh": "shillings",
    "sh.": "shillings",
    "pesos": "pesos",
    "比索": "pesos",
    "kroner": "kroner",
    "克朗": "kroner",
}
_UNITS = {
    "公里": ("km", "length"),
    "千米": ("km", "length"),
    "km": ("km", "length"),
    "kilometers": ("km", "length"),
    "kilometres": ("km", "length"),
    "kilometer": ("km", "length"),
    "kilometre": ("km", "length"),
    "米": ("m", "length"),
    "metres": ("m", "length"),
    "meters": ("m", "length"),
    "metre": ("m", "length"),
    "meter": ("m", "length"),
    "英里": ("mi", "length"),
    "miles": ("mi", "length"),
    "mile": ("mi", "length"),
    "tbit/s": ("Tbit/s", "capacity"),
    "tbps": ("Tbit/s", "capacity"),
    "tb/s": ("Tbit/s", "capacity"),
    "terabits per second": ("Tbit/s", "capacity"),
    "terabits-per-second": ("Tbit/s", "capacity"),
    "gigabits per second": ("Gbit/s", "capacity"),
    "gigabits-per-second": ("Gbit/s", "capacity"),
    "gbit/s": ("Gbit/s", "capacity"),
    "gbps": ("Gbit/s", "capacity"),
    "gb/s": ("Gbit/s", "capacity"),
    "g": ("G", "capacity"),
    "t": ("T", "capacity"),
    "mw": ("MW", "power"),
    "gw": ("GW", "power"),
    "megawatts": ("MW", "power"),
    "megawatt": ("MW", "power"),
    "gigawatts": ("GW", "power"),
    "兆瓦": ("MW", "power"),
    "千瓦": ("kW", "power"),
    # what a plant makes or a battery stores over time, not its power
    "kwh": ("kWh", "energy"),
    "mwh": ("MWh", "energy"),
    "gwh": ("GWh", "energy"),
    "twh": ("TWh", "energy"),
    "千瓦时": ("kWh", "energy"),
    "兆瓦时": ("MWh", "energy"),
    "亩": ("mu", "area"),
    "平方公里": ("km2", "area"),
    "平方米": ("m2", "area"),
    "square metres": ("m2", "area"),
    "square meters": ("m2", "area"),
    "square kilometres": ("km2", "area"),
    "square kilometers": ("km2", "area"),
    "hectares": ("ha", "area"),
    "hectare": ("ha", "area"),
    "公顷": ("ha", "area"),
    "acres": ("acre", "area"),
    "毫秒": ("ms", "latency"),
    "ms": ("ms", "latency"),
    "milliseconds": ("ms", "latency"),
    "millisecond": ("ms", "latency"),
    "%": ("%", "percent"),
    "％": ("%", "percent"),
    "percent": ("%", "percent"),
    "per cent": ("%", "percent"),
    "mhz": ("MHz", "spectrum"),
    "ghz": ("GHz", "spectrum"),
    "兆赫": ("MHz", "spectrum"),
    "纤对": ("fibre pairs", "count"),
    "太比特": ("Tbit/s", "capacity"),
    "吉比特": ("Gbit/s", "capacity"),
    "公斤": ("kg", "mass"),
    "千克": ("kg", "mass"),
    "吨": ("t", "mass"),
    "kg": ("kg", "mass"),
    "kilograms": ("kg", "mass"),
    "kilogrammes": ("kg", "mass"),
    "kilogram": ("kg", "mass"),
    "kilogramme": ("kg", "mass"),
    "tonnes": ("t", "mass"),
    "tonne": ("t", "mass"),
    "tons": ("t", "mass"),
    "ton": ("t", "mass"),
    "metric tons": ("t", "mass"),
}
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "dozens of": 24,
    "a dozen": 12,
    "dozen": 12,
}
_APPROX_ZH = r"(?P<approx>近|约|大约|约合|将近|超过|逾|超|多达|接近|上|突破)?"
_APPROX_EN = (
    r"(?P<approx>(?:about|around|approximately|nearly|almost|roughly|some|over|more than|"
    r"less than|fewer than|up to|at least|close to|an estimated|upwards of)\s+)?"
)
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_ZH_SCALE = r"(?P<scale>万亿|千万|百万|亿|万|千(?![米瓦]))?"
_EN_SCALE = r"(?:\s*(?P<scale>trillion|billion|million|thousand|crore|lakh|bn|mn)\b)?"
_ZH_CLASSIFIERS = "个座家条项名所台套颗艘架处位批户根口份场国件笔路只辆张枚"
_EN_STOP = frozenset(
    [
        "and",
        "or",
        "of",
        "in",
        "to",
        "with",
        "the",
        "a",
        "an",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "will",
        "be",
        "by",
        "for",
        "on",
        "at",
        "from",
        "as",
        "than",
        "into",
        "per",
        "each",
        "its",
        "their",
        "this",
        "these",
        "those",
        "has",
        "have",
        "had",
        "would",
        "could",
        "should",
        "may",
        "can",
        "it",
        "they",
        "we",
        "he",
        "she",
        "you",
        "i",
        "there",
    ]
)
_EN_TIME_NOUNS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "day",
        "days",
        "week",
        "weeks",
        "hour",
        "hours",
        "minute",
        "minutes",
        "times",
        "time",
        "percent",
        "per",
        "cent",
    ]
)
_NOT_DIGIT_BEFORE = r"(?<![\d.,])"
_EN_UNITS = (
    "square kilometres|square kilometers|square metres|square meters|terabits per second|terabits-per-second|"
    "gigabits per second|gigabits-per-second|kilometers|kilometres|kilometer|kilometre|km|"
    "miles|mile|metres|meters|metre|meter|Tbit/s|Tbps|Tb/s|Gbit/s|Gbps|Gb/s|megawatts|megawatt|gigawatts|"
    "kWh|MWh|GWh|TWh|MW|GW|"
    "hectares|hectare|acres|percent|per cent|%|"
    "milliseconds|millisecond|ms|MHz|GHz|kilogrammes|kilograms|kilogramme|kilogram|kg|"
    "metric tons|tonnes|tonne|tons|ton|G|T"
)

Builder = Callable[["re.Match[str]"], tuple[Quantity, str, str | None] | None]


def _number(match: re.Match[str]) -> Decimal | None:
    text = match["num"]
    if text is None:
        return None
    word = _NUMBER_WORDS.get(text.casefold())
    try:
        number = Decimal(word) if word is not None else Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None
    scale = match.groupdict().get("scale")
    if scale:
        number *= _SCALES[scale.casefold()]
    if number == number.to_integral_value():
        try:
            number = number.quantize(Decimal(1))
        except InvalidOperation:
            # more digits than a decimal holds (9999999999999999999999亿): no amount any news
            # reports, and no reason to lose the rest of the document
            return None
    return number


def _approximate(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return bool(groups.get("approx") or groups.get("more"))


def _money(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    word = re.sub(r"\s+", " ", (match["cur"] or match.groupdict().get("cur2") or "").casefold().strip())
    currency = _CURRENCIES.get(word)
    if number is None:
        return None
    if currency is None:
        unit = _UNSPECIFIED_CURRENCIES.get(word)
        if unit is None:
            return None
        return Quantity(number, unit=unit, approximate=_approximate(match)), "money", None
    return Quantity(number, currency=currency, approximate=_approximate(match)), "money", None


def _measure(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    unit, kind = _UNITS.get(match["unit"].casefold(), (None, ""))
    if number is None or unit is None:
        return None
    if number < 10 and (unit == "G" or (unit == "T" and number == number.to_integral_value())):
        return None  # 4G, 5G, 5.5G are technologies, not capacities (6.4T is one)
    return Quantity(number, unit=unit, approximate=_approximate(match)), kind, None


def _channels(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    if number is None:
        return None
    return Quantity(number, unit=f"×{match['per']}{match['unit']}"), "capacity", None


def _orbital_slot(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """东经42.5度, "42.5 degrees East", 38°E: a geostationary satellite's longitude."""
    number = _number(match)
    if number is None or number > 180:
        return None
    east = match["side"][0] in "东Ee"
    return Quantity(number, unit="°E" if east else "°W"), "position", None


_QUOTES = re.compile(r"[“”\"'「」『』‘’]")


def _clean_noun(noun: str) -> str:
    return _QUOTES.sub("", noun).strip()


_ZH_NOUN_STOP = re.compile(
    r"[的和与及等、在将并或是为了对从向于到已也都还]|共(?=[\d一二两三四五六七八九十]|$)|出席|参加|参会|参与|来自|签署|表示|举行|共同|分别|组成|构成|运营(?!商)|拥有|设有|建成"
)


def _zh_count(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    if number is None:
        return None
    noun = _clean_noun(_zh_noun(match["noun"] or "")) or None
    approximate = _approximate(match) or bool(match["more"])
    if match["cls"] in "人口" or noun in ("人口", "人"):
        return Quantity(number, unit="people", approximate=approximate), "population", noun
    if match["cls"] == "国":  # 连接30多国: countries, whatever follows
        return Quantity(number, unit="countries", approximate=approximate), "count", "countries"
    return Quantity(number, unit=noun or match["cls"], approximate=approximate), "count", noun


def _zh_noun(text: str) -> str:
    """The counted noun: the words after the classifier up to a function word."""
    stop = _ZH_NOUN_STOP.search(text)
    return text[: stop.start()] if stop else text


_ZH_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}


def _zh_numeral(text: str) -> int | None:
    """五 → 5, 十 → 10, 二十三 → 23, 一百零五 → 105; None for anything else."""
    total, digit = 0, None
    for char in text:
        if char in _ZH_NUMERALS:
            digit = _ZH_NUMERALS[char]
        elif char == "零":
            digit = None
        elif char in _ZH_NUMERAL_UNITS:
            total += (digit if digit is not None else 1) * _ZH_NUMERAL_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0) or None


def _zh_numeral_count(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """东盟十国 → 10 countries, 五大合作平台 → 5 合作平台, 三个项目 → 3 项目 (two and fewer are not counted:
    两国 and 一个 are ways of speaking, not figures)."""
    number = _zh_numeral(match["zhnum"])
    if number is None or number < 3:
        return None
    if match["cls"] == "国":
        return Quantity(Decimal(number), unit="countries"), "count", "countries"
    if match["cls"] == "个" and (match["noun"] or "").startswith(("月", "星期")):
        return None  # 三个月内: a time, no count of things
    noun = _clean_noun(_zh_noun(match["noun"] or "")) or None
    return (
        Quantity(Decimal(number), unit=noun or match["cls"], approximate=bool(match["more"])),
        "count",
        noun,
    )


def _zh_people(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    if number is None:
        return None
    return Quantity(number, unit="people", approximate=_approximate(match)), "population", match["noun"]


def _zh_users(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """2.6亿网民, 3000万用户: people counted by what they are, without a classifier."""
    number = _number(match)
    if number is None:
        return None
    noun = match["noun"]
    return Quantity(number, unit=noun, approximate=_approximate(match)), "count", noun


_USER_NOUNS = ("用户", "网民", "订户")
_USERS_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<={noun}{tail})" for noun in _USER_NOUNS for tail in ("", "数", "达", "为", "数达", "数为")
    )
    + ")"
)


def _zh_users_before(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """用户约1100万: people counted by what they are, named before the number."""
    number = _number(match)
    before = match.string[max(0, match.start() - 4) : match.start()]
    noun = next((n for n in _USER_NOUNS if n in before), None)
    if number is None or noun is None:
        return None
    return Quantity(number, unit=noun, approximate=_approximate(match)), "count", None


def _en_count(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    number = _number(match)
    if number is None or number < 2:
        return None
    words = match["noun"].split()
    noun_words: list[str] = []
    for word in words:
        if word.casefold() in _EN_STOP or word.casefold() in _NUMBER_WORDS:
            break  # ("2021 it added four branches": a year, then a sentence)
        noun_words.append(word)
    if not noun_words:
        return None
    plural = [i for i, word in enumerate(noun_words) if word.endswith("s") and not word.endswith("ss")]
    noun = " ".join(noun_words[: plural[0] + 1] if plural else noun_words[:1])
    if noun.split()[-1].casefold() in _EN_TIME_NOUNS or noun.split()[0].casefold() in _EN_TIME_NOUNS:
        return None
    if noun.casefold() in _SCALES:  # "5 million" with nothing counted after it
        return None
    if noun.casefold() in ("people", "persons", "inhabitants", "residents", "population"):
        return Quantity(number, unit="people", approximate=_approximate(match)), "population", noun
    return Quantity(number, unit=noun, approximate=_approximate(match)), "count", noun


# What a number of years is the length of: a design life, a term, a concession (寿命25年, "a design
# life of 25 years"); a bare "25 years" or 25年 is no measure of anything named.
_DURATION_BEFORE = re.compile(
    r"(?:寿命|使用期|年限|期限|周期|工期|有效期|合同期|运营期|经营期|为期|历时|持续|耗时)[为是达约近超过逾长]{0,3}$"
    r"|\b(?:lasts?|lasted|lasting|spanning|for|within|over|takes?|took|taking)\s+(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:life|lifetime|life-?span|term|period|duration|concession)\s+(?:of\s+)?(?:is\s+|was\s+)?"
    r"(?:(?:has\s+been\s+|is\s+|was\s+)?set\s+at\s+)?(?:about\s+|around\s+|some\s+)?$"
    r"|\b(?:expected|designed|built|meant)\s+to\s+last\s+(?:for\s+)?(?:at\s+least\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)


def _duration(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """成立20周年 → an anniversary of 20 years; 设计使用寿命25年, "a design life of 25 years" → a
    duration of 25 years."""
    written = match.groupdict().get("zhnum")
    number = Decimal(_zh_numeral(written) or 0) if written else _number(match)
    if not number:
        return None
    if match["unit"] == "周年":
        return Quantity(number, unit="years"), "anniversary", None
    if _DURATION_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) is None:
        return None
    return Quantity(number, unit="years", approximate=_approximate(match)), "duration", None


_PERIOD_UNITS = {"个月": "months", "天": "days", "周": "weeks", "个星期": "weeks"}
_ADJECTIVE_PERIOD = re.compile(r"-(?:day|week|month)\b", re.IGNORECASE)


def _period(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """建设周期36个月, 论坛为期两天, "a two-day forum", "for 36 months" → a duration in months,
    days or weeks; a bare "two days" or 两天 (两天后, "two days later") measures nothing named."""
    number = _zh_numeral(match["zhnum"]) if match.groupdict().get("zhnum") else _number(match)
    if number is None:
        return None
    unit = match["unit"].casefold()
    unit = _PERIOD_UNITS.get(unit) or (unit if unit.endswith("s") else unit + "s")
    adjective = _ADJECTIVE_PERIOD.match(match.string, match.start("unit") - 1) is not None
    if (
        not adjective
        and _DURATION_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) is None
    ):
        return None
    return Quantity(Decimal(number), unit=unit, approximate=_approximate(match)), "duration", None


_MEMBERS = {
    "member": "members",
    "nation": "countries",
    "country": "countries",
    "party": "parties",
    "company": "companies",
    "operator": "operators",
}


def _membership(match: re.Match[str]) -> tuple[Quantity, str, str | None] | None:
    """ "an eight-member consortium", "the 10-nation bloc": a count of the members of what follows."""
    number = _number(match)
    if number is None or number < 2:
        return None
    unit = _MEMBERS[match["unit"].casefold()]
    return Quantity(number, unit=unit), "count", unit


# every Chinese currency word the tables know, the longest first (元人民币 before 元)
_ZH_CURRENCY = "(?P<cur>{})".format(
    "|".join(
        sorted(
            (word for word in (*_CURRENCIES, *_UNSPECIFIED_CURRENCIES) if "\u4e00" <= word[0] <= "\u9fff"),
            key=len,
            reverse=True,
        )
    )
)
_EN_CURRENCY_PREFIX = (
    r"(?P<cur>US\$|HK\$|S\$|R\$|USD\s?|RMB\s?|CNY\s?|EUR\s?|AUD\s?|A\$|Tk\.?\s?|KSh\.?\s?|Ksh\.?\s?|KES\s?|PKR\s?|INR\s?|"
    r"LKR\s?|Rs\.?\s?|Sh\.?\s?|RM\s?|Rp\.?\s?|\$|¥|€|£|₦|₹|₱|₩)"
)
_EN_CURRENCY_SUFFIX = (
    r"(?P<cur2>US dollars|U\.S\. dollars|dollars|USD|RMB|yuan|CNY|euros?|EUR|pounds|AUD|taka|ringgit|baht|"
    r"roubles|rubles|yen|(?:Kenyan?|Tanzanian|Ugandan)\s+shillings|(?:Pakistani?|Indian|Sri\s+Lankan|Nepalese|Nepali)\s+rupees|"
    r"Norwegian\s+kroner|Swedish\s+kronor|Danish\s+kroner|kroner|Saudi\s+riyals|riyals|dirhams|reais|rand|tenge|birr|cedis|"
    r"pesos|shillings?|rupees?|naira|rupiah|riel|kip|KES|PKR|INR|LKR)"
)
_EN_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))

# Longer, more specific readings first; overlaps are resolved longest-first.
_PATTERNS: tuple[tuple[re.Pattern[str], Builder], ...] = tuple(
    (re.compile(pattern, flags), builder)
    for pattern, flags, builder in (
        (rf"{_APPROX_ZH}(?:人民币)?{_NOT_DIGIT_BEFORE}{_NUM}\s*{_ZH_SCALE}\s*{_ZH_CURRENCY}", 0, _money),
        (
            rf"{_APPROX_EN}{_EN_CURRENCY_PREFIX}\s?{_NUM}{_EN_SCALE}(?P<cur2>)",
            re.IGNORECASE,
            _money,
        ),
        (
            rf"{_APPROX_EN}{_NOT_DIGIT_BEFORE}{_NUM}{_EN_SCALE}\s*(?P<cur>){_EN_CURRENCY_SUFFIX}\b",
            re.IGNORECASE,
            _money,
        ),
        (
            rf"{_NOT_DIGIT_BEFORE}{_NUM}\s*[×xX*]\s*(?P<per>\d+)\s*(?P<unit>G|T|Gbit/s|Gbps|Tbit/s|Tbps)(?![A-Za-z])",
            0,
            _channels,
        ),
        (rf"(?<=(?P<side>[东西])经){_NUM}\s*(?:度|°)", 0, _orbital_slot),
        (
            rf"{_NOT_DIGIT_BEFORE}{_NUM}\s*(?:degrees?\s+|°\s*)(?P<side>East|West|east|west|E|W)\b",
            0,
            _orbital_slot,
        ),
        (
            rf"{_APPROX_ZH}{_NOT_DIGIT_BEFORE}{_NUM}\s*{_ZH_SCALE}\s*(?P<more>多|余)?\s*(?P<unit>平方公里|平方米|公里|千米|英里|毫秒|米|兆瓦时|千瓦时|兆瓦|千瓦|兆赫|亩|公顷|纤对|公斤|千克|吨|太比特|吉比特|%|％)",
            0,
            _measure,
        ),
        (
            rf"{_APPROX_EN}{_NOT_DIGIT_BEFORE}{_NUM}(?:\s*|-)(?P<unit>{_EN_UNITS})(?![A-Za-z/])",
            0,
            _measure,
        ),
        (
            rf"{_APPROX_ZH}(?:{_NOT_DIGIT_BEFORE}(?P<num>\d{{1,3}})|(?<![第〇零一二两三四五六七八九十])(?P<zhnum>[一二两三四五六七八九十]{{1,3}}))"
            r"\s*(?P<more>多|余)?\s*(?P<unit>周年|年)(?![\d月度代级底初末中内前])",
            0,
            _duration,
        ),
        (
            rf"{_APPROX_EN}{_NOT_DIGIT_BEFORE}(?P<num>\d{{1,3}}|{_EN_NUMBER_WORD})(?:\s+|-)(?P<unit>years?)\b",
            re.IGNORECASE,
            _duration,
        ),
        (
            rf"{_APPROX_ZH}(?:{_NOT_DIGIT_BEFORE}(?P<num>\d{{1,3}})|(?P<zhnum>[一二两三四五六七八九十]{{1,3}}))"
            r"\s*(?P<unit>个月|天|周|个星期)",
            0,
            _period,
        ),
        (
            rf"{_APPROX_EN}{_NOT_DIGIT_BEFORE}(?P<num>\d{{1,3}}|{_EN_NUMBER_WORD})(?:\s+|-)(?P<unit>days?|weeks?|months?)\b",
            re.IGNORECASE,
            _period,
        ),
        (
            rf"(?<![\w$€£¥.,])(?P<num>\d{{1,3}}|{_EN_NUMBER_WORD})\s+(?-i:[A-Z][A-Za-z&-]+)\s+"
            r"(?P<noun>members|member\s+states|member\s+countries|member\s+nations)\b",
            re.IGNORECASE,
            _en_count,
        ),
        (
            rf"(?<![\w-])(?P<num>\d{{1,3}}|{_EN_NUMBER_WORD})-(?P<unit>member|nation|country|party|company|operator)(?=\s+[a-z]+\b)",
            re.IGNORECASE,
            _membership,
        ),
        (
            rf"{_APPROX_ZH}{_NOT_DIGIT_BEFORE}{_NUM}\s*{_ZH_SCALE}\s*(?P<more>多|余)?\s*"
            r"(?P<noun>网民|互联网用户|移动用户|手机用户|用户|订户|居民|游客|学员|学生)",
            0,
            _zh_users,
        ),
        (
            # 用户约1100万, 网民数达2.6亿: the people counted before their number
            rf"{_USERS_BEFORE}{_APPROX_ZH}{_NOT_DIGIT_BEFORE}{_NUM}\s*(?P<scale>万亿|千万|百万|亿|万)(?P<more>多|余)?"
            r"(?![\d.]|\s*[个名人户位家元美欧英日港%％])",
            0,
            _zh_users_before,
        ),
        (
            rf"{_APPROX_ZH}{_NOT_DIGIT_BEFORE}{_NUM}\s*{_ZH_SCALE}\s*(?P<more>多|余)?\s*(?P<noun>人口|人次|名?人)",
            0,
            _zh_people,
        ),
        (
            rf"{_APPROX_ZH}{_NOT_DIGIT_BEFORE}{_NUM}\s*{_ZH_SCALE}\s*(?P<more>多|余)?\s*(?P<cls>[{_ZH_CLASSIFIERS}])"
            # (a figure opens the noun only at its start, 100个5G基站: 24个地域运营75个可用区 is two counts)
            r"(?P<noun>(?:[A-Za-z0-9]+)?[\u4e00-\u9fffA-Za-z“”\"「」『』]{0,10})",
            0,
            _zh_count,
        ),
        (
            # (两千多名学生: "more than" between the figure and its classifier)
            r"(?<![第每])(?P<zhnum>[一二两三四五六七八九十百千零]{1,5})(?P<more>(?<=[十百千])[多余])?"
            r"(?P<cls>个|大|国|家|条|项|座|所|名|位|艘|架|批|份|场)"
            r"(?P<noun>(?:(?<!国)[\u4e00-\u9fff]{1,8})?)",
            0,
            _zh_numeral_count,
        ),
        (
            rf"{_APPROX_EN}(?<![\w$€£¥.,])(?P<num>\d+\.\d+(?=\s+(?:million|billion|thousand)\b)|\d{{1,3}}(?:,\d{{3}})+|\d+|"
            rf"{_EN_NUMBER_WORD})"
            # (a mobile generation may qualify what is counted: "35 active 5G sites")
            r"(?:\s+(?P<scale>million|billion|thousand))?\s+(?P<noun>(?-i:(?:(?:[a-z][a-z-]*|[3-5]G)\s+){0,3}[a-z][a-z-]*))",
            re.IGNORECASE,
            _en_count,
        ),
    )
)


# Where an amount can start: a number, a number word, a Chinese numeral before a classifier. Each
# scan opens with a character class or literal words, so the regex engine skips to its
# candidates; the patterns are then tried there (anchored), or just before it when an
# approximation or a currency leads in ("about $44 million", 约209亿元).
_NUMBER_WORDS_ANY_CASE = sorted(
    {w for word in _NUMBER_WORDS for w in (word, word.capitalize())}, key=len, reverse=True
)
_NUMBER_SCANS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("digit", re.compile(r"\d+")),
    (
        "zhnum",
        re.compile(
            r"[一二两三四五六七八九十百千][一二两三四五六七八九十百千零]{0,4}(?=(?:(?<=[十百千])[多余])?(?:个|大|国|家|条|项|座|所|名|位|艘|架|批|份|场|天|周|年))"
        ),
    ),
    ("word", re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS_ANY_CASE) + r")\b")),
)
_APPROX_WORDS = (
    *("about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more than"),
    *("less than", "fewer than", "up to", "at least", "close to", "an estimated", "upwards of"),
)
_APPROX_ZH_WORDS = ("大约", "约合", "将近", "超过", "多达", "接近", "突破", "近", "约", "逾", "超", "上")
_CURRENCY_PREFIXES = (
    "人民币",
    "KSh.",
    "KSh",
    "Ksh.",
    "Ksh",
    "KES",
    "PKR",
    "INR",
    "LKR",
    "Rs.",
    "Rs",
    "Sh.",
    "Sh",
    "US$",
    "USD",
    "RMB",
    "CNY",
    "EUR",
    "AUD",
    "A$",
    "Tk.",
    "Tk",
    "RM",
    "Rp.",
    "Rp",
    "HK$",
    "S$",
    "R$",
    "₦",
    "₹",
    "₱",
    "₩",
    "$",
    "¥",
    "€",
    "£",
)


def _reversed_alternation(words: Sequence[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word[::-1]).replace("\\ ", r"\s+") for word in ordered)


# What may lead in to a number (an approximation, then a currency), read backwards from the number
# on the reversed text, so that one anchored match finds it.
_LEAD_IN_REVERSED = re.compile(
    # (a currency's letters start a word: not the "rs" of "users 5 million")
    rf"(?:\s?(?:{_reversed_alternation(_CURRENCY_PREFIXES)})(?![A-Za-z]))?"
    rf"(?:\s+(?:{_reversed_alternation(_APPROX_WORDS)})(?![a-z])|\s*(?:{_reversed_alternation(_APPROX_ZH_WORDS)}))?",
    re.IGNORECASE,
)


_BY_SCAN: dict[str, tuple[tuple[re.Pattern[str], Builder], ...]] = {
    "digit": tuple(item for item in _PATTERNS if item[1] is not _zh_numeral_count),
    "zhnum": tuple(item for item in _PATTERNS if item[1] in (_zh_numeral_count, _period, _duration)),
    "word": tuple(item for item in _PATTERNS if item[1] in (_en_count, _period, _duration, _membership)),
}


# Words one of which a text must hold for a pattern to be worth trying, by pattern.
_NEEDS: dict[str, tuple[str, ...]] = {
    rx.pattern: needs
    for (rx, _), needs in zip(
        _PATTERNS,
        (
            (
                *("元", "币", "美金", "英镑", "卢比", "卢布", "林吉特", "泰铢", "先令", "克朗", "奈拉", "盾"),
                *("比索", "雷亚尔", "兰特", "迪拉姆", "里亚尔", "坚戈", "法郎", "镑", "比尔", "塞地", "里拉"),
            ),
            (
                *("$", "€", "£", "¥", "USD", "RMB", "CNY", "EUR", "usd", "rmb", "Usd", "Rmb", "AUD", "Tk"),
                *("KSh", "Ksh", "KES", "PKR", "INR", "LKR", "Rs", "Sh", "RM", "Rp", "₦", "₹", "₱", "₩"),
            ),
            (
                *("ollar", "OLLAR", "USD", "RMB", "uan", "UAN", "CNY", "uro", "EUR", "ound", "OUND", "usd"),
                *("rmb", "AUD", "taka", "inggit", "baht", "ouble", "uble", "yen", "hilling", "upee", "naira"),
                *("rupiah", "riel", "kip", "KES", "PKR", "INR", "LKR", "kron", "iyal", "irham", "reais"),
                *("rand", "tenge", "birr", "cedi", "peso"),
            ),
            ("×", "x", "X", "*"),
            ("东经", "西经"),
            ("degree", "°"),
            (
                "公里",
                "千米",
                "英里",
                "米",
                "毫秒",
                "兆瓦",
                "千瓦",
                "兆赫",
                "亩",
                "公顷",
                "纤对",
                "公斤",
                "千克",
                "吨",
                "比特",
                "%",
                "％",
            ),
            (),
            ("年",),
            ("year",),
            ("个月", "天", "周", "个星期"),
            ("day", "week", "month", "Day", "Week", "Month"),
            ("member", "Member"),
            (
                "-member",
                "-nation",
                "-country",
                "-party",
                "-company",
                "-operator",
                "-Member",
                "-Nation",
                "-Country",
            ),
            ("网民", "用户", "订户", "居民", "游客", "学员", "学生"),
            ("网民", "用户", "订户"),
            ("人",),
            tuple(_ZH_CLASSIFIERS),
            ("个", "大", "国", "家", "条", "项", "座", "所", "名", "位", "艘", "架", "批", "份", "场"),
            (),
        ),
        strict=True,
    )
    if needs
}


def _starts(text: str) -> Iterator[tuple[str, tuple[int, ...]]]:
    """For each number of ``text``: its kind and where an amount holding it may start."""
    for kind, scan in _NUMBER_SCANS:
        for match in scan.finditer(text):
            start = match.start()
            lead = _LEAD_IN_REVERSED.match(text[max(0, start - 24) : start][::-1])
            length = lead.end() if lead is not None else 0
            yield kind, ((start - length, start) if length else (start,))


def find_amounts(text: str) -> tuple[AmountMention, ...]:
    """Every amount of ``text``, sorted and non-overlapping (the longest reading wins)."""
    found: list[tuple[int, int, tuple[Quantity, str, str | None]]] = []
    # a pattern whose words the text does not hold is never tried (a speed-up, not a rule)
    present = {needs: any(map(text.__contains__, needs)) for needs in _NEEDS.values()}
    by_scan = {
        kind: [(rx, build) for rx, build in patterns if present.get(_NEEDS.get(rx.pattern, ()), True)]
        for kind, patterns in _BY_SCAN.items()
    }
    for kind, starts in _starts(text):
        for pattern, build in by_scan[kind]:
            for start in starts:
                match = pattern.match(text, start)
                if match is None:
                    continue
                built = build(match)
                if built is not None:
                    end = match.end()
                    if built[1] in ("count", "population") and built[2] and "noun" in match.groupdict():
                        noun_text = match["noun"]
                        kept = _zh_noun(noun_text) if pattern.flags & re.IGNORECASE == 0 else built[2]
                        end = match.start("noun") + len(kept)
                    found.append((start, end, built))
                break
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    result: list[AmountMention] = []
    last_end = -1
    for start, end, (quantity, kind, noun) in found:
        if start < last_end:
            continue
        result.append(AmountMention(Span(start, end), text[start:end], quantity, kind, noun))
        last_end = end
    return tuple(result)
