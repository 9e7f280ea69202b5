"""Names a text gives after a word of naming, with the class of the noun they name."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import names_found


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        pytest.param(
            "China Mobile said the addressable audience for the new MVNO service, called CMLink, could grow.",
            "CMLink",
            EntityClass.PROJECT,
            id="en-a-service-called",
        ),
        pytest.param(
            "双方将共同研制一颗名为“丝路之光”的卫星。",
            "丝路之光",
            EntityClass.PROJECT,
            id="zh-a-satellite-named",
        ),
        pytest.param(
            "The two firms set up a joint venture called YVOLV to run the site.",
            "YVOLV",
            EntityClass.ORGANIZATION,
            id="en-a-venture-called",
        ),
        pytest.param(
            "两家企业成立了一家合资公司，取名为“云途科技”。",
            "云途科技",
            EntityClass.ORGANIZATION,
            id="zh-a-company-named",
        ),
    ],
)
def test_called_names_found_with_the_class_of_their_noun(
    text: str, name: str, cls: EntityClass, lexicon: Lexicon
) -> None:
    assert names_found(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        pytest.param("He met a man called John at the port.", "John", id="en-a-person-is-no-work"),
        pytest.param("这个问题被称为“数字鸿沟”。", "数字鸿沟", id="zh-a-term-is-no-work"),
    ],
)
def test_called_names_need_a_noun_of_a_thing(text: str, not_a_name: str, lexicon: Lexicon) -> None:
    assert not_a_name not in names_found(text, lexicon)
