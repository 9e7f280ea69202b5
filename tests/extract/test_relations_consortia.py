"""Consortium members and routes told in passing: a consortium that "counts" bodies among its
members, a body "part of the consortium behind" a work, "the other members" listed after the
sentence that named the work (其他成员包括…), and a work an apposition describes as a link between
places ("SMW6, a 20,000-km link between Asia and Europe").

Chinese and English rows side by side; mentions are built by hand so that these tests pin the
relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]

CONSORTIA = [
    pytest.param(
        "The SMW6 consortium, which runs the cable and also counts Singtel and Bharti Airtel among its "
        "members, said repairs were done.",
        [
            ("SMW6 consortium", "O"),
            ("SMW6", "P", None, "compound"),
            ("Singtel", "O"),
            ("Bharti Airtel", "O"),
        ],
        {
            ("SMW6", "partner", "Singtel"),
            ("SMW6", "partner", "Bharti Airtel"),
            ("Singtel", "memberOf", "SMW6 consortium"),
        },
        set(),
        id="en-a-consortium-counts-bodies-among-its-members",
    ),
    pytest.param(
        "SMW6财团成员包括新加坡电信和印度巴蒂电信。",
        [
            ("SMW6财团", "O"),
            ("SMW6", "P", None, "compound"),
            ("新加坡电信", "O"),
            ("印度巴蒂电信", "O"),
        ],
        {("SMW6", "partner", "新加坡电信"), ("SMW6", "partner", "印度巴蒂电信")},
        set(),
        id="zh-a-consortiums-members-listed",
    ),
    pytest.param(
        "Telkom is part of a six-company consortium behind PEACE.",
        [("Telkom", "O"), ("PEACE", "P")],
        {("PEACE", "partner", "Telkom")},
        set(),
        id="en-part-of-the-consortium-behind-a-work",
    ),
    pytest.param(
        "Telkom is part of the Kenyan government's digital plan for PEACE.",
        [("Telkom", "O"), ("PEACE", "P")],
        set(),
        {("PEACE", "partner", "Telkom")},
        id="en-part-of-something-else-is-no-partnership",
    ),
    pytest.param(
        "PTCL has joined the consortium behind the Africa-1 cable. The other members are Egypt's Telecom "
        "Egypt, the UAE's e& and G42.",
        [
            ("PTCL", "O"),
            ("Africa-1", "P"),
            ("Egypt", "C"),
            ("Telecom Egypt", "O"),
            ("UAE", "C"),
            ("e&", "O"),
            ("G42", "O"),
        ],
        {
            ("Africa-1", "partner", "Telecom Egypt"),
            ("Africa-1", "partner", "e&"),
            ("Africa-1", "partner", "G42"),
        },
        set(),
        id="en-the-other-members-of-the-works-consortium",
    ),
    pytest.param(
        "巴基斯坦电信是建设非洲一号海缆的八家公司之一。其他成员包括埃及电信、阿联酋的e&和G42。",
        [
            ("巴基斯坦电信", "O"),
            ("非洲一号海缆", "P"),
            ("埃及电信", "O"),
            ("阿联酋", "C"),
            ("e&", "O"),
            ("G42", "O"),
        ],
        {("非洲一号海缆", "partner", "埃及电信"), ("非洲一号海缆", "partner", "G42")},
        set(),
        id="zh-the-other-members-of-the-works-consortium",
    ),
    pytest.param(
        "The 2Africa cable landed. The 2Africa consortium consists of Bayobab, Meta and WIOCC.",
        [
            ("2Africa cable", "P"),
            ("2Africa consortium", "O"),
            ("Bayobab", "O"),
            ("Meta", "O"),
            ("WIOCC", "O"),
        ],
        {("Bayobab", "memberOf", "2Africa consortium"), ("WIOCC", "memberOf", "2Africa consortium")},
        set(),
        id="en-a-named-consortium-consists-of-its-members",
    ),
    pytest.param(
        "The 2Africa cable landed. The 2Africa Consortium groups Meta, Orange and WIOCC.",
        [("2Africa cable", "P"), ("2Africa Consortium", "O"), ("Meta", "O"), ("Orange", "O"), ("WIOCC", "O")],
        {("Meta", "memberOf", "2Africa Consortium"), ("Orange", "memberOf", "2Africa Consortium")},
        set(),
        id="en-a-named-consortium-groups-its-members",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), CONSORTIA)
def test_find_relations_consortium_members_told_in_passing(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


ROUTES = [
    pytest.param(
        "The SMW6 cable, a 20,000-kilometre fibre-optic link between Singapore and France, was repaired.",
        [("SMW6", "P"), ("Singapore", "C"), ("France", "C")],
        {("SMW6", "connects", "Singapore"), ("SMW6", "connects", "France")},
        set(),
        id="en-an-apposition-describes-the-work-as-a-link-between-places",
    ),
    pytest.param(
        "SMW6海缆是一条连接新加坡和法国的两万公里光缆，目前已修复。",
        [("SMW6海缆", "P"), ("新加坡", "C"), ("法国", "C")],
        {("SMW6海缆", "connects", "新加坡"), ("SMW6海缆", "connects", "法国")},
        set(),
        id="zh-the-work-is-a-link-between-places",
    ),
    pytest.param(
        "Huawei, a company with a link between its labs in Shenzhen and Paris, built SMW6.",
        [("Huawei", "O"), ("Shenzhen", "L"), ("Paris", "L"), ("SMW6", "P")],
        set(),
        {("SMW6", "connects", "Shenzhen")},
        id="en-an-apposition-of-a-body-is-no-route",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ROUTES)
def test_find_relations_routes_told_in_an_apposition(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
