"""Reports on meetings: who speaks in a report on a held meeting took part in it, whose delegates
came took part, and "this forum" (本次论坛) is the meeting reported, not one named in passing.

Chinese and English rows side by side; mentions are built by hand so that these tests pin the
relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]

MEETINGS = [
    pytest.param(
        "首届中非北斗合作论坛在北京举行。论坛以“创新·合作·开放·共享”为主题，由中国卫星导航系统管理办公室、"
        "中国国家航天局、非盟委员会教育科技创新司等共同主办。",
        [
            ("首届中非北斗合作论坛", "E"),
            ("北京", "L"),
            ("中国卫星导航系统管理办公室", "O"),
            ("中国国家航天局", "O"),
            ("非盟委员会", "O"),
        ],
        {
            ("中国卫星导航系统管理办公室", "participatedIn", "首届中非北斗合作论坛"),
            ("中国国家航天局", "participatedIn", "首届中非北斗合作论坛"),
            ("非盟委员会", "participatedIn", "首届中非北斗合作论坛"),
        },
        set(),
        id="zh-the-hosts-of-the-reported-event-named-after-its-theme",
    ),
    pytest.param(
        "数字论坛在北京举行。奖学金由中国电信主办的基金会资助。",
        [("数字论坛", "E"), ("北京", "L"), ("中国电信", "O")],
        set(),
        {("中国电信", "participatedIn", "数字论坛")},
        id="zh-a-host-of-something-named-after-it-is-no-host-of-the-event",
    ),
    pytest.param(
        "The first China-Africa BeiDou Cooperation Forum was held in Beijing. The forum was co-hosted "
        "by the China Satellite Navigation Office and the China National Space Administration.",
        [
            ("first China-Africa BeiDou Cooperation Forum", "E"),
            ("Beijing", "L"),
            ("China Satellite Navigation Office", "O"),
            ("China National Space Administration", "O"),
        ],
        {
            (
                "China Satellite Navigation Office",
                "participatedIn",
                "first China-Africa BeiDou Cooperation Forum",
            ),
            (
                "China National Space Administration",
                "participatedIn",
                "first China-Africa BeiDou Cooperation Forum",
            ),
        },
        set(),
        id="en-the-hosts-of-the-reported-event",
    ),
    pytest.param(
        "数字经济论坛12日在天津开幕。金壮龙表示，合作潜力巨大。中国移动董事长杨杰介绍，中国移动打造了零碳码头。",
        [("数字经济论坛", "E"), ("天津", "L"), ("金壮龙", "H"), ("中国移动", "O"), ("杨杰", "H")],
        {("金壮龙", "participatedIn", "数字经济论坛")},
        {("杨杰", "participatedIn", "数字经济论坛")},
        id="zh-one-who-briefs-on-his-own-work-is-no-speaker-at-the-meeting",
    ),
    pytest.param(
        "The Digital Economy Forum opened in Tianjin on Monday. Jin Zhuanglong said the potential was "
        "great. Yang Jie, chairman of China Mobile, briefed reporters on a zero-carbon terminal.",
        [
            ("Digital Economy Forum", "E"),
            ("Tianjin", "L"),
            ("Jin Zhuanglong", "H"),
            ("Yang Jie", "H"),
            ("China Mobile", "O"),
        ],
        {("Jin Zhuanglong", "participatedIn", "Digital Economy Forum")},
        {("Yang Jie", "participatedIn", "Digital Economy Forum")},
        id="en-one-who-briefs-on-his-own-work-is-no-speaker-at-the-meeting",
    ),
    pytest.param(
        "东盟数字部长会议12日在雅加达召开。林玉辉表示，东盟愿深化合作。",
        [("东盟数字部长会议", "E"), ("雅加达", "L"), ("林玉辉", "H"), ("东盟", "O")],
        {("林玉辉", "participatedIn", "东盟数字部长会议")},
        set(),
        id="zh-a-speaker-in-a-report-on-a-held-meeting",
    ),
    pytest.param(
        "The ASEAN Digital Ministers' Meeting was held in Jakarta on Friday. Lim Jock Hoi, the "
        "secretary-general of ASEAN, said the region would deepen cooperation.",
        [("ASEAN Digital Ministers' Meeting", "E"), ("Jakarta", "L"), ("Lim Jock Hoi", "H"), ("ASEAN", "O")],
        {("Lim Jock Hoi", "participatedIn", "ASEAN Digital Ministers' Meeting")},
        set(),
        id="en-a-speaker-with-an-apposition-in-a-report-on-a-held-meeting",
    ),
    pytest.param(
        "The Digital Cooperation Forum opened in Nairobi on Monday. "
        "Trade is growing fast, said Paula Ingabire.",
        [("Digital Cooperation Forum", "E"), ("Nairobi", "L"), ("Paula Ingabire", "H")],
        {("Paula Ingabire", "participatedIn", "Digital Cooperation Forum")},
        set(),
        id="en-a-speaker-named-after-said",
    ),
    pytest.param(
        "华为发布了新一代基站。林玉辉表示，东盟愿深化合作。东盟数字部长会议将于明年举行。",
        [("华为", "O"), ("东盟数字部长会议", "E"), ("林玉辉", "H"), ("东盟", "O")],
        set(),
        {("林玉辉", "participatedIn", "东盟数字部长会议")},
        id="zh-a-meeting-not-held-in-the-lead-has-no-speakers",
    ),
    pytest.param(
        "Huawei unveiled a new base station. Lim Jock Hoi said the region would deepen cooperation. "
        "The ASEAN Digital Ministers' Meeting will be held next year.",
        [("Huawei", "O"), ("ASEAN Digital Ministers' Meeting", "E"), ("Lim Jock Hoi", "H")],
        set(),
        {("Lim Jock Hoi", "participatedIn", "ASEAN Digital Ministers' Meeting")},
        id="en-a-meeting-not-held-in-the-lead-has-no-speakers",
    ),
    pytest.param(
        "中国—东盟数字经济论坛在南宁开幕，来自中国、泰国、老挝等国的200多位嘉宾出席。",
        [("中国—东盟数字经济论坛", "E"), ("南宁", "L"), ("中国", "C"), ("泰国", "C"), ("老挝", "C")],
        {
            ("泰国", "participatedIn", "中国—东盟数字经济论坛"),
            ("老挝", "participatedIn", "中国—东盟数字经济论坛"),
        },
        set(),
        id="zh-countries-whose-guests-came",
    ),
    pytest.param(
        "The China-ASEAN Digital Economy Forum opened in Nanning, with delegates from Thailand, Laos and "
        "Huawei in the hall.",
        [
            ("China-ASEAN Digital Economy Forum", "E"),
            ("Nanning", "L"),
            ("Thailand", "C"),
            ("Laos", "C"),
            ("Huawei", "O"),
        ],
        {
            ("Thailand", "participatedIn", "China-ASEAN Digital Economy Forum"),
            ("Laos", "participatedIn", "China-ASEAN Digital Economy Forum"),
            ("Huawei", "participatedIn", "China-ASEAN Digital Economy Forum"),
        },
        set(),
        id="en-countries-and-bodies-whose-delegates-came",
    ),
    pytest.param(
        "中国—东盟数字经济论坛10日在南宁召开。与会者建议明年举办东盟数字论坛。"
        "本次论坛由广西壮族自治区人民政府主办，泰国、老挝等国主管部门负责人，中国外交部、商务部等单位代表约200人参加。",
        [
            ("中国—东盟数字经济论坛", "E"),
            ("东盟数字论坛", "E"),
            ("南宁", "L"),
            ("广西壮族自治区人民政府", "O"),
            ("泰国", "C"),
            ("老挝", "C"),
            ("中国外交部", "O"),
            ("商务部", "O"),
        ],
        {
            ("广西壮族自治区人民政府", "participatedIn", "中国—东盟数字经济论坛"),
            ("泰国", "participatedIn", "中国—东盟数字经济论坛"),
            ("中国外交部", "participatedIn", "中国—东盟数字经济论坛"),
            ("商务部", "participatedIn", "中国—东盟数字经济论坛"),
        },
        {("商务部", "participatedIn", "东盟数字论坛"), ("泰国", "participatedIn", "东盟数字论坛")},
        id="zh-this-forum-is-the-one-reported-and-its-list-of-attendees",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), MEETINGS)
def test_find_relations_people_and_parties_at_a_reported_meeting(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
