"""List items take the class of their known siblings (en), and list words that are no names."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc


def _classes(text: str, lexicon: Lexicon) -> dict[str, EntityClass]:
    return {m.text: m.cls for m in find_mentions(make_doc(text), lexicon) if m.source != "compound"}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (
            "Members include Orange, Vodafone, Zentara Networx and Telecom Egypt.",
            "Zentara Networx",
            EntityClass.ORGANIZATION,
        ),
        ("The landing parties are Singtel, Kelvarex and Ooredoo.", "Kelvarex", EntityClass.ORGANIZATION),
        (
            "Backers are China Mobile, Meta, MTN Blueline and Vodafone.",
            "MTN Blueline",
            EntityClass.ORGANIZATION,
        ),
        ("It reaches Kenya, the Horn Region and Djibouti.", "Horn Region", EntityClass.PLACE),
        # a route between places, listed among cables, is a cable
        (
            "The facility provides access to AAE-1, EIG, EASSy, Aden-Djibouti and Ethiopia-Djibouti.",
            "Aden-Djibouti",
            EntityClass.PROJECT,
        ),
        (
            "该中心接入AAE-1、EIG、亚丁—吉布提海缆和埃塞俄比亚—吉布提海缆。",
            "亚丁—吉布提海缆",
            EntityClass.PROJECT,
        ),
        # a plural kind of body before the list says what its unknown items are
        (
            "The founding operators backing the system are Emtel, Canal+ Telecom, SRR and ZEOP.",
            "Canal+ Telecom",
            EntityClass.ORGANIZATION,
        ),
        (
            "该系统的创始运营商包括Emtel、Canal+ Telecom、SRR和ZEOP。",
            "Canal+ Telecom",
            EntityClass.ORGANIZATION,
        ),
        (
            "The founding operators backing the system are Emtel, Canal+ Telecom, SRR and ZEOP.",
            "ZEOP",
            EntityClass.ORGANIZATION,
        ),
        ("该系统的创始运营商包括Emtel、Canal+ Telecom、SRR和ZEOP。", "ZEOP", EntityClass.ORGANIZATION),
        # a town the lexicon does not know, named by its suffix between known towns
        ("同意在常州市、营口市、崇左市、三亚市等城市设立试验区。", "营口市", EntityClass.PLACE),
        ("同意在常州市、营口市、崇左市、三亚市等城市设立试验区。", "崇左市", EntityClass.PLACE),
        (
            "Pilot zones were approved in Changzhou, Yingkou, Chongzuo and Sanya.",
            "Yingkou",
            EntityClass.PLACE,
        ),
    ],
)
def test_list_items_take_their_siblings_class(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    assert _classes(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Orange and Vodafone met Kelvarex.", "Kelvarex"),
        ("Orange, Vodafone and March were mentioned.", "March"),
        ("In Kenya, Djibouti and Egypt Operations grew.", "Egypt Operations"),
        # no kind of body before two unknown names: no list of bodies
        ("The words are Emtel and Zeopar.", "Zeopar"),
        ("这两个词是Emtel和Zeopar。", "Zeopar"),
        # a suffix alone makes no town: the item must stand next to a known place
        ("他参观了城市、超市、门市。", "超市"),
        ("He visited the city, the supermarket and the shop.", "Supermarket"),
    ],
)
def test_list_items_need_a_list_of_known_siblings(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in _classes(text, lexicon)
