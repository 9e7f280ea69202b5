"""Clauses that state a relation away from the verb's usual place: a maker named before the work
("Developed by NPCI, UPI is …"), funders who join others, a line's two ends (东起…西至…), a body's
sites listed after what it keeps there, an event held as part of another, a deputy who shares the
country of the title before him (肯尼亚总统肯雅塔和副总统鲁托), and a company's title after a country
("Lyra France CEO") that heads no country.

Chinese and English rows side by side; mentions are built by hand with ``build`` so that the rows
pin the relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec
from tests.extract.test_relations_families import Triple, check_relations

FRONTED_MAKERS = [
    pytest.param(
        "Developed by the National Payments Corporation of India (NPCI), UPI is an instant payment system.",
        [("National Payments Corporation of India", "O"), ("NPCI", "O"), ("UPI", "P")],
        {("UPI", "builtBy", "National Payments Corporation of India")},
        set(),
        id="en-a-clause-opening-with-its-maker-names-the-work-after-it",
    ),
    pytest.param(
        "Funded by the Asian Development Bank, the Palau cable spur was completed in 2017.",
        [("Asian Development Bank", "O"), ("Palau cable spur", "P")],
        {("Palau cable spur", "fundedBy", "Asian Development Bank")},
        set(),
        id="en-a-clause-opening-with-its-funder-names-the-work-after-it",
    ),
    pytest.param(
        "Built by Lockheed Martin on an upgraded A2100 platform, the roughly 6,000-kilogram Arabsat-6A "
        "will serve the Middle East.",
        [("Lockheed Martin", "O"), ("Arabsat-6A", "P"), ("Middle East", "L")],
        {("Arabsat-6A", "builtBy", "Lockheed Martin")},
        set(),
        id="en-a-maker-with-its-platform-and-a-work-with-its-weight",
    ),
    pytest.param(
        "阿拉伯卫星6A由洛克希德·马丁公司基于A2100平台建造，重约6000公斤。",
        [("阿拉伯卫星6A", "P"), ("洛克希德·马丁公司", "O")],
        {("阿拉伯卫星6A", "builtBy", "洛克希德·马丁公司")},
        set(),
        id="zh-a-satellite-built-by-a-company-on-a-platform",
    ),
    pytest.param(
        "In 2007 Indosat ordered the Palapa-D satellite from Thales Alenia Space.",
        [("Indosat", "O"), ("Palapa-D", "P"), ("Thales Alenia Space", "O")],
        {("Palapa-D", "builtBy", "Thales Alenia Space")},
        {("Palapa-D", "builtBy", "Indosat")},
        id="en-who-a-work-is-ordered-from-builds-it",
    ),
    pytest.param(
        "2007年，印尼卫星公司向泰雷兹·阿莱尼亚宇航公司订购了PALAPA-D卫星。",
        [("印尼卫星公司", "O"), ("泰雷兹·阿莱尼亚宇航公司", "O"), ("PALAPA-D卫星", "P"), ("PALAPA-D", "P")],
        {("PALAPA-D卫星", "builtBy", "泰雷兹·阿莱尼亚宇航公司")},
        {("PALAPA-D卫星", "partOf", "PALAPA-D"), ("PALAPA-D卫星", "builtBy", "印尼卫星公司")},
        id="zh-who-a-work-is-ordered-from-builds-it-and-a-satellite-is-its-designation",
    ),
    pytest.param(
        "Huawei said the network, developed by ZTE, was ready.",
        [("Huawei", "O"), ("ZTE", "O")],
        set(),
        set(),
        id="en-a-maker-in-mid-sentence-is-no-fronted-clause",
    ),
    pytest.param(
        "巴孔系统由柬埔寨国家银行与日本公司Soramitsu合作开发。",
        [("巴孔系统", "P"), ("柬埔寨国家银行", "O"), ("Soramitsu", "O")],
        {("巴孔系统", "builtBy", "柬埔寨国家银行")},
        set(),
        id="zh-a-system-developed-by-a-bank",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), FRONTED_MAKERS)
def test_relations_makers_and_funders_named_first(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


FUNDERS_AND_ENDS = [
    pytest.param(
        "Australia joined Japan and the United States in financing the East Micronesia Cable.",
        [("Australia", "C"), ("Japan", "C"), ("United States", "C"), ("East Micronesia Cable", "P")],
        {
            ("East Micronesia Cable", "fundedBy", "Australia"),
            ("East Micronesia Cable", "fundedBy", "Japan"),
            ("East Micronesia Cable", "fundedBy", "United States"),
        },
        set(),
        id="en-a-funder-joins-others-in-financing-a-work",
    ),
    pytest.param(
        "Australia joined Japan in the talks on the East Micronesia Cable.",
        [("Australia", "C"), ("Japan", "C"), ("East Micronesia Cable", "P")],
        set(),
        {("East Micronesia Cable", "fundedBy", "Japan")},
        id="en-joining-talks-funds-nothing",
    ),
    pytest.param(
        "蒙内铁路东起东非第一大港蒙巴萨，西至首都内罗毕。",
        [("蒙内铁路", "P"), ("东非", "L"), ("蒙巴萨", "L"), ("内罗毕", "L")],
        {("蒙内铁路", "connects", "蒙巴萨"), ("蒙内铁路", "connects", "内罗毕")},
        {("蒙内铁路", "connects", "东非")},
        id="zh-a-line-runs-from-one-described-end-to-the-other",
    ),
    pytest.param(
        "中老铁路北起中国昆明，南至老挝万象。",
        [("中老铁路", "P"), ("中国", "C"), ("昆明", "L"), ("老挝", "C"), ("万象", "L")],
        {("中老铁路", "connects", "昆明"), ("中老铁路", "connects", "万象")},
        set(),
        id="zh-a-line-from-north-to-south-ends-at-the-cities",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), FUNDERS_AND_ENDS)
def test_relations_joined_funders_and_the_ends_of_a_line(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


SITES = [
    pytest.param(
        "GDS develops and operates data centres in China's primary economic hubs, including Shanghai, "
        "Beijing and Shenzhen.",
        [
            ("GDS", "O"),
            ("data centres", "T"),
            ("China", "C"),
            ("Shanghai", "L"),
            ("Beijing", "L"),
            ("Shenzhen", "L"),
        ],
        {("GDS", "locatedIn", "Shanghai"), ("GDS", "locatedIn", "Beijing"), ("GDS", "locatedIn", "Shenzhen")},
        set(),
        id="en-a-body-keeps-its-data-centres-in-the-cities-listed",
    ),
    pytest.param(
        "Huawei has offices in Nairobi and Lagos.",
        [("Huawei", "O"), ("Nairobi", "L"), ("Lagos", "L")],
        {("Huawei", "locatedIn", "Nairobi"), ("Huawei", "locatedIn", "Lagos")},
        set(),
        id="en-a-body-has-offices-in-two-cities",
    ),
    pytest.param(
        "亚马逊云科技在亚洲已设有新加坡、首尔和东京等区域。",
        [("亚马逊云科技", "O"), ("亚洲", "L"), ("新加坡", "C"), ("首尔", "L"), ("东京", "L")],
        {("亚马逊云科技", "locatedIn", "首尔"), ("亚马逊云科技", "locatedIn", "东京")},
        {("亚马逊云科技", "locatedIn", "亚洲")},
        id="zh-a-body-keeps-regions-in-the-cities-listed",
    ),
    pytest.param(
        "华为在肯尼亚设立了研发中心。",
        [("华为", "O"), ("肯尼亚", "C")],
        {("华为", "locatedIn", "肯尼亚")},
        set(),
        id="zh-a-body-sets-up-a-research-centre-in-a-country",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SITES)
def test_relations_a_body_is_where_it_keeps_its_sites(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTS_AND_TITLES = [
    pytest.param(
        "They met at the U.S.-Africa Business Forum, held as part of the U.S.-Africa Leaders Summit.",
        [("U.S.-Africa Business Forum", "E"), ("U.S.-Africa Leaders Summit", "E")],
        {("U.S.-Africa Business Forum", "partOf", "U.S.-Africa Leaders Summit")},
        set(),
        id="en-an-event-held-as-part-of-another",
    ),
    pytest.param(
        "The ministers met at the Business Forum, held before the Leaders Summit.",
        [("Business Forum", "E"), ("Leaders Summit", "E")],
        set(),
        {("Business Forum", "partOf", "Leaders Summit")},
        id="en-an-event-held-before-another-is-no-part-of-it",
    ),
    pytest.param(
        "肯尼亚总统肯雅塔和副总统鲁托等出席通车仪式。",
        [("肯尼亚", "C"), ("肯雅塔", "H"), ("鲁托", "H"), ("通车仪式", "E")],
        {("肯雅塔", "headOf", "肯尼亚"), ("鲁托", "affiliatedWith", "肯尼亚")},
        {("鲁托", "headOf", "肯尼亚")},
        id="zh-a-deputy-shares-the-country-of-the-title-before-him",
    ),
    pytest.param(
        "英伟达首席执行官黄仁勋、苹果首席执行官库克也先后到访东南亚。",
        [("英伟达", "O"), ("黄仁勋", "H"), ("库克", "H"), ("东南亚", "L")],
        {("黄仁勋", "headOf", "英伟达")},
        {("库克", "headOf", "英伟达")},
        id="zh-a-second-title-of-an-unknown-body-is-not-the-first-body-s",
    ),
    pytest.param(
        "Lyra France CEO Christophe Mariette said the service was live.",
        [("France", "C"), ("Christophe Mariette", "H")],
        set(),
        {("Christophe Mariette", "headOf", "France")},
        id="en-a-companys-title-after-a-country-heads-no-country",
    ),
    pytest.param(
        "Kenyan President Uhuru Kenyatta and Deputy President William Ruto attended the ceremony.",
        [("Kenyan", "C"), ("Uhuru Kenyatta", "H"), ("William Ruto", "H")],
        {("Uhuru Kenyatta", "headOf", "Kenyan")},
        {("William Ruto", "headOf", "Kenyan")},
        id="en-a-deputy-is-no-head",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTS_AND_TITLES)
def test_relations_parts_of_events_and_titles(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
