"""Branches of a work named by the work and the place they reach."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import names_found

PROJECT = EntityClass.PROJECT


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("中国电信签署了关于中国香港美国海缆系统菲律宾分支的合作意向书。", "中国香港美国海缆系统菲律宾分支"),
        (
            "China Telecom signed a letter on the Philippines branch of the Hong Kong-Americas cable.",
            "Philippines branch of the Hong Kong-Americas cable",
        ),
        ("中国电信将投资建设亚非欧1号海缆吉布提支线。", "亚非欧1号海缆吉布提支线"),
        ("China Telecom will fund the AAE-1 cable's Djibouti branch.", "AAE-1 cable's Djibouti branch"),
    ],
)
def test_work_branches_a_trunk_and_a_site_name_a_branch(lexicon: Lexicon, text: str, branch: str) -> None:
    assert names_found(text, lexicon).get(branch) is PROJECT


@pytest.mark.parametrize(
    ("text", "not_a_branch"),
    [
        ("华为菲律宾分支机构开业。", "华为菲律宾分支"),
        (
            "Huawei opened the Philippines branch of Huawei Technologies.",
            "Philippines branch of Huawei Technologies",
        ),
    ],
)
def test_work_branches_a_companys_branch_is_no_work(lexicon: Lexicon, text: str, not_a_branch: str) -> None:
    assert not_a_branch not in names_found(text, lexicon)
