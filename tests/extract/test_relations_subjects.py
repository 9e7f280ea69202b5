"""The subject of a sentence behind a wire dateline ("PHNOM PENH (Reuters) -", 金边（路透社）-) and
behind a possessor ("Cambodia's Smart Axiata began …"): the body the sentence is about, not the
dateline's city or agency, nor the country that qualifies it.

Chinese and English rows side by side; mentions are built by hand so that these tests pin the
relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]

SUBJECTS = [
    pytest.param(
        "华为于2016年向秘鲁政府提出启动“未来种子”项目。",
        [("华为", "O"), ("秘鲁", "C"), ("未来种子", "I")],
        {("未来种子", "proposedBy", "华为")},
        {("未来种子", "proposedBy", "秘鲁")},
        id="zh-whom-a-proposal-is-made-to-does-not-make-it",
    ),
    pytest.param(
        "In 2016 Huawei proposed the Seeds for the Future programme to the Peruvian government.",
        [("Huawei", "O"), ("Seeds for the Future", "I")],
        {("Seeds for the Future", "proposedBy", "Huawei")},
        set(),
        id="en-whom-a-proposal-is-made-to-does-not-make-it",
    ),
    pytest.param(
        "PHNOM PENH (Reuters) - Smart Axiata began 5G trials in partnership with Huawei on Monday.",
        [("PHNOM PENH", "L"), ("Reuters", "O"), ("Smart Axiata", "O"), ("Huawei", "O")],
        {("Huawei", "cooperatesWith", "Smart Axiata")},
        {("Huawei", "cooperatesWith", "Reuters")},
        id="en-the-subject-after-a-wire-dateline",
    ),
    pytest.param(
        "金边（路透社）- Smart Axiata与华为合作开始5G试验。",
        [("金边", "L"), ("路透社", "O"), ("Smart Axiata", "O"), ("华为", "O")],
        {("Smart Axiata", "cooperatesWith", "华为")},
        {("路透社", "cooperatesWith", "华为")},
        id="zh-the-subject-after-a-wire-dateline",
    ),
    pytest.param(
        "Cambodia's Smart Axiata began 5G trials in partnership with Huawei on Monday.",
        [("Cambodia", "C"), ("Smart Axiata", "O"), ("Huawei", "O")],
        {("Huawei", "cooperatesWith", "Smart Axiata")},
        {("Cambodia", "cooperatesWith", "Huawei")},
        id="en-the-subject-behind-its-possessor",
    ),
    pytest.param(
        "柬埔寨的Smart Axiata与华为合作开始5G试验。",
        [("柬埔寨", "C"), ("Smart Axiata", "O"), ("华为", "O")],
        {("Smart Axiata", "cooperatesWith", "华为")},
        {("柬埔寨", "cooperatesWith", "华为")},
        id="zh-the-subject-behind-its-possessor",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SUBJECTS)
def test_find_relations_subject_behind_a_dateline_or_a_possessor(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
