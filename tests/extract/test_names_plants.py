"""The document's own plant, described and not named."""

from __future__ import annotations

import pytest

from kg.extract.names_plants import find_own_plants
from kg.model import EntityClass


def _plants(text: str) -> list[str]:
    zh = any("\u4e00" <= char <= "\u9fff" for char in text)
    spans = [(0, len(text))]
    found = find_own_plants(text, spans if zh else [], [] if zh else spans)
    assert all(c.cls is EntityClass.PROJECT and c.source == "descriptor" for c in found)
    return [text[c.start : c.end] for c in found]


@pytest.mark.parametrize(
    ("text", "plants"),
    [
        ("Hengtong will expand its fibre optic cable plant in Egypt.", ["fibre optic cable plant"]),
        ("两家集团合资建设的光纤光缆工厂6日正式投产。", ["光纤光缆工厂"]),
        (
            "The plant sits in the zone. The existing factory covers 5,904 square metres.",
            ["plant", "existing factory"],
        ),
        ("据介绍，该合资工厂位于开罗近郊。亨通还计划把新技术引入该厂。", ["该合资工厂", "该厂"]),
        ("FiberHome will build a fibre optic cable factory in Egypt.", ["fibre optic cable factory"]),
        ("合资工厂的建立将助推埃及加快发展。", ["合资工厂"]),
    ],
)
def test_find_own_plants_described_by_kind_or_pointed_back_to(text: str, plants: list[str]) -> None:
    assert _plants(text) == plants


@pytest.mark.parametrize(
    "text",
    [
        "A plant opened nearby, and the solar power plant grew.",
        "Two cable plants closed; the plant-based diet spread.",
        "亨通光纤光缆工厂投产。",  # the kind after a name is part of the name
        "该厂长表示。",  # the plant's director, no plant
    ],
)
def test_find_own_plants_some_plant_or_a_named_one_is_no_description(text: str) -> None:
    assert _plants(text) == []


@pytest.mark.parametrize(
    ("text", "centres"),
    [
        ("Alibaba Cloud launched its second data centre in Dubai.", ["second data centre"]),
        ("据介绍，该数据中心将为哈萨克斯坦数字经济打下基础。", ["该数据中心"]),
        ("The data centre will host the state's data.", ["data centre"]),
        ("这座数据中心已投入运营。", ["这座数据中心"]),
        ("No financial details of the new facility were disclosed.", ["new facility"]),
    ],
)
def test_find_own_plants_data_centre_pointed_back_to(text: str, centres: list[str]) -> None:
    assert _plants(text) == centres


@pytest.mark.parametrize(
    "text",
    [
        "Data centres and a data centre market grew.",  # no pointer: some centres
        "中国企业建设数据中心。",  # a bare 数据中心 is the technology
        "该数据中心项目于今年开工。",  # the kind before 项目 is part of the work's own description
        "A new facility opened; facilities grew.",  # an indefinite facility is some facility
    ],
)
def test_find_own_plants_data_centre_unpointed_is_no_description(text: str) -> None:
    assert _plants(text) == []


@pytest.mark.parametrize(
    ("text", "facilities"),
    [
        (
            "Modi inaugurated a Samsung Electronics mobile phone manufacturing facility in Noida.",
            ["mobile phone manufacturing facility"],
        ),
        ("华为计划在圣保罗州投资8亿美元建设一座新工厂。华为正为建设新厂做准备。", ["新工厂", "新厂"]),
        (
            "Lenovo will open its research and development centre in Riyadh.",
            ["research and development centre"],
        ),
        ("三星电子为其新建的研发中心举行落成仪式。该研发中心位于河内。", ["研发中心", "该研发中心"]),
        ("TikTok will establish its first European data centre in Ireland.", ["first European data centre"]),
        (
            "The firm opened its PC and server manufacturing facility.",
            ["PC and server manufacturing facility"],
        ),
    ],
)
def test_find_own_plants_a_facility_said_by_what_it_makes_or_a_research_centre(
    text: str, facilities: list[str]
) -> None:
    assert _plants(text) == facilities


@pytest.mark.parametrize(
    "text",
    [
        # in a list of projects, a facility introduced with "a" and no company is some facility
        "The DFC funds an industrial-scale multi-vaccine manufacturing facility in Senegal.",
        "华为印度研发中心位于班加罗尔。",  # the kind after a name is part of the name
        "研发中心大楼已封顶。",  # a building of the centre, not the centre
    ],
)
def test_find_own_plants_some_facility_or_a_named_one_is_no_description(text: str) -> None:
    assert _plants(text) == []
