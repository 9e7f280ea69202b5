"""A person named again by the last part of the name is the same person."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc

PERSON = EntityClass.PERSON


def _people(text: str, lexicon: Lexicon) -> dict[str, str | None]:
    return {m.text: m.canonical for m in find_mentions(make_doc(text), lexicon) if m.cls is PERSON}


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        ("孟加拉国邮电部长穆斯塔法·贾巴尔出席仪式。\n贾巴尔表示，合作很好。", "贾巴尔", "穆斯塔法·贾巴尔"),
        (
            "Bangladesh's Posts Minister Mustafa Jabbar attended.\nJabbar said the link was good.",
            "Jabbar",
            "Mustafa Jabbar",
        ),
        # a hyphenated family name the rules read alone is tied to the full name too
        (
            "Aiyaz Sayed-Khaiyum, Fiji's Attorney-General, wrote on Twitter.\nSayed-Khaiyum told FBC so.",
            "Sayed-Khaiyum",
            "Aiyaz Sayed-Khaiyum",
        ),
        (
            "斐济总理弗兰克·姆拜尼马拉马出席仪式。\n他在会上感谢中方。\n姆拜尼马拉马说，合作很好。",
            "姆拜尼马拉马",
            "弗兰克·姆拜尼马拉马",
        ),
        # an Arabic family name keeps its lower-case article
        (
            "said Lieutenant General Jalil al-Rubaie, commander of the BOC.\n"
            "The cameras track faces, al-Rubaie added.",
            "al-Rubaie",
            "Jalil al-Rubaie",
        ),
        (
            "巴格达行动司令部司令贾利勒·鲁拜伊出席仪式。\n鲁拜伊表示，摄像头能识别人脸。",
            "鲁拜伊",
            "贾利勒·鲁拜伊",
        ),
        # a double-barrelled last part, of which a rule read only the end (霍根表示)
        (
            "蓝海电信首席执行官保罗·布兰奇-霍根介绍了海缆。\n布兰奇-霍根表示，海缆还将与其他系统相连。",
            "布兰奇-霍根",
            "保罗·布兰奇-霍根",
        ),
        (
            "Blue Sea Telecom chief executive Paul Blanche-Horgan presented the cable.\n"
            "Blanche-Horgan said it would link to other systems.",
            "Blanche-Horgan",
            "Paul Blanche-Horgan",
        ),
    ],
)
def test_a_family_name_after_the_full_name_is_the_same_person(
    lexicon: Lexicon, text: str, surname: str, full: str
) -> None:
    people = _people(text, lexicon)
    assert full in people, people
    assert people.get(surname) == full, people


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # two people share the family name: it names neither
        ("部长穆斯塔法·贾巴尔和顾问阿里·贾巴尔出席。\n贾巴尔表示欢迎。", "贾巴尔"),
        ("Minister Mustafa Jabbar and adviser Ali Jabbar attended.\nJabbar welcomed it.", "Jabbar"),
        # a short English family name alone is too often another word or person
        ("Chairman Jack Ma spoke first.\nMa said little.", "Ma"),
        # inside a longer transliteration it is no name
        ("部长文森特·范·罗伊出席。\n罗伊斯顿表示欢迎。", "罗伊"),
    ],
)
def test_an_ambiguous_or_embedded_family_name_is_tied_to_nobody(
    lexicon: Lexicon, text: str, surname: str
) -> None:
    people = _people(text, lexicon)
    assert people.get(surname) is None, people  # not read, or read as a name of its own
