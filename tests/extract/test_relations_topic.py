"""Relations of the report's work that a sentence states without naming it.

Chinese and English rows side by side; mentions are built by hand (``build``) so that the tests pin
the relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]


TOPIC = [
    pytest.param(
        "MisrSat-2 launched. MisrSat-2 is Egypt's satellite. Designed and built by Aerospace Dongfanghong, "
        "the satellite weighs 300 kg.",
        [("MisrSat-2", "P"), ("Egypt", "C"), ("Aerospace Dongfanghong", "O")],
        {("MisrSat-2", "builtBy", "Aerospace Dongfanghong")},
        set(),
        id="en-passive-builder-with-no-subject",
    ),
    pytest.param(
        "Lion opened. Lion spans 6,000km. It was built by Alcatel, NEC and HMN Tech.",
        [("Lion", "P"), ("Alcatel", "O"), ("NEC", "O"), ("HMN Tech", "O")],
        set(),
        {("Lion", "builtBy", "NEC"), ("Lion", "builtBy", "Alcatel")},
        id="en-three-builders-are-a-consortium-not-the-builders",
    ),
    pytest.param(
        "玻利维亚通信卫星发射成功。玻利维亚通信卫星由长征火箭发射。卫星和运载火箭均由中国航天科技集团公司负责研制。",
        [("玻利维亚通信卫星", "P"), ("中国航天科技集团公司", "O")],
        {("玻利维亚通信卫星", "builtBy", "中国航天科技集团公司")},
        set(),
        id="zh-passive-builder-of-the-satellite",
    ),
    pytest.param(
        "SEA-ME-WE 6 approved. SEA-ME-WE 6 will cost Tk 693 crore. The consortium has chosen US company "
        "SubCom to supply, install and commission the cable system.",
        [("SEA-ME-WE 6", "P"), ("SubCom", "O")],
        {("SEA-ME-WE 6", "builtBy", "SubCom")},
        set(),
        id="en-chosen-to-supply-the-work",
    ),
    pytest.param(
        "2Africa lands in Oman. 2Africa spans 45,000km. Alcatel Submarine Networks is handling the "
        "manufacturing and installation of the cable.",
        [("2Africa", "P"), ("Oman", "C"), ("Alcatel Submarine Networks", "O")],
        {("2Africa", "builtBy", "Alcatel Submarine Networks")},
        set(),
        id="en-handles-the-installation",
    ),
    pytest.param(
        "委内瑞拉遥感卫星二号发射。委内瑞拉遥感卫星二号入轨。运载火箭由上海航天技术研究院研制。",
        [("委内瑞拉遥感卫星二号", "P"), ("上海航天技术研究院", "O")],
        set(),
        {("委内瑞拉遥感卫星二号", "builtBy", "上海航天技术研究院")},
        id="zh-the-rocket-is-not-the-satellite",
    ),
    pytest.param(
        "Equiano lands in Togo. Equiano is Google's cable. Its construction was entrusted to Alcatel "
        "Submarine Networks.",
        [("Equiano", "P"), ("Togo", "C"), ("Google", "O"), ("Alcatel Submarine Networks", "O")],
        {("Equiano", "builtBy", "Alcatel Submarine Networks")},
        set(),
        id="en-construction-entrusted",
    ),
    pytest.param(
        "图帕克卫星发射。图帕克卫星入轨。国家开发银行为该项目提供了商业贷款支持。",
        [("图帕克卫星", "P"), ("国家开发银行", "O")],
        {("图帕克卫星", "fundedBy", "国家开发银行")},
        set(),
        id="zh-loan-for-the-project",
    ),
    pytest.param(
        "Equiano lands in Togo. Equiano is Google's cable. The WACS cable was built by Alcatel Submarine "
        "Networks.",
        [
            ("Equiano", "P"),
            ("WACS cable", "P"),
            ("Togo", "C"),
            ("Google", "O"),
            ("Alcatel Submarine Networks", "O"),
        ],
        {("WACS cable", "builtBy", "Alcatel Submarine Networks")},
        {("Equiano", "builtBy", "Alcatel Submarine Networks")},
        id="en-another-work-named-in-the-sentence",
    ),
    pytest.param(
        "华为与中兴签约。卫星由中国空间技术研究院研制。",
        [("华为", "O"), ("中兴", "O"), ("中国空间技术研究院", "O")],
        set(),
        {("华为", "builtBy", "中国空间技术研究院")},
        id="zh-no-topic-no-relation",
    ),
]


ATTENDED = [
    pytest.param(
        "第三届中非经贸博览会在长沙开幕。贝宁、马拉维等8个非洲国家担任主宾国。非盟等12个国际组织以及1700余家中非企业参会。",
        [
            ("第三届中非经贸博览会", "E"),
            ("长沙", "L"),
            ("贝宁", "C"),
            ("马拉维", "C"),
            ("非洲", "L"),
            ("非盟", "O"),
            ("中", "C"),
            ("非", "L"),
        ],
        {
            ("贝宁", "participatedIn", "第三届中非经贸博览会"),
            ("马拉维", "participatedIn", "第三届中非经贸博览会"),
            ("非盟", "participatedIn", "第三届中非经贸博览会"),
        },
        {
            ("中", "participatedIn", "第三届中非经贸博览会"),
            ("非洲", "participatedIn", "第三届中非经贸博览会"),
        },
        id="zh-guests-of-honour-and-attendees-of-the-reports-expo",
    ),
    pytest.param(
        "The 16th BRICS Summit opened in Kazan. UN Secretary-General Antonio Guterres also attended.",
        [("16th BRICS Summit", "E"), ("Kazan", "L"), ("UN", "O"), ("Antonio Guterres", "H")],
        {("Antonio Guterres", "participatedIn", "16th BRICS Summit")},
        set(),
        id="en-who-also-attended-the-reports-summit",
    ),
    pytest.param(
        "The China-Central Asia trade ministers' meeting was held. The session was attended by Wang "
        "Wentao and Serik Zhumangarin.",
        [
            ("China-Central Asia trade ministers' meeting", "E"),
            ("Wang Wentao", "H"),
            ("Serik Zhumangarin", "H"),
        ],
        {
            ("Wang Wentao", "participatedIn", "China-Central Asia trade ministers' meeting"),
            ("Serik Zhumangarin", "participatedIn", "China-Central Asia trade ministers' meeting"),
        },
        set(),
        id="en-the-session-was-attended-by",
    ),
    pytest.param(
        "华为与中兴签约。中国港湾通过线上方式参加活动。",
        [("华为", "O"), ("中兴", "O"), ("中国港湾", "O")],
        set(),
        {("中国港湾", "participatedIn", "华为")},
        id="zh-no-meeting-no-participation",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ATTENDED)
def test_find_who_attended_the_reports_meeting(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), TOPIC)
def test_find_relations_of_the_topic_in_sentences_that_do_not_name_it(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
