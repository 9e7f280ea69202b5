"""Branches of a work named by the work and the place they reach, and a company's branch named
by the company and its country (华为泰国, "Huawei Thailand")."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import names_found

PROJECT = EntityClass.PROJECT
ORGANIZATION = EntityClass.ORGANIZATION


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


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        ("华为泰国首席执行官邓飞表示，数据中心已投入使用。", "华为泰国"),
        ("Huawei Thailand CEO Abel Deng said the data centre was in use.", "Huawei Thailand"),
        ("微软印尼将与当地企业合作。", "微软印尼"),
        ("Microsoft Indonesia will work with local firms.", "Microsoft Indonesia"),
        ("中兴巴基斯坦与巴基斯坦电信签约。", "中兴巴基斯坦"),
        # a world region, a foreign country in brackets, an office named with its word
        ("华为中东表示将加大投入。", "华为中东"),
        ("Huawei Middle East said it would invest more.", "Huawei Middle East"),
        ("华为突尼斯代表处代表张乾说，合作顺利。", "华为突尼斯代表处"),
        ("On October 12, 2020, Huawei (Mauritius) held the opening ceremony.", "Huawei (Mauritius)"),
    ],
)
def test_national_branches_a_company_and_its_country(lexicon: Lexicon, text: str, branch: str) -> None:
    assert names_found(text, lexicon).get(branch) is ORGANIZATION


@pytest.mark.parametrize(
    ("text", "not_a_branch"),
    [
        # the country qualifies the work after it, and a ministry beside a country is no company
        ("华为泰国数据中心于2018年投入使用。", "华为泰国"),
        ("华为印尼业务增长迅速。", "华为印尼"),
        ("中国商务部泰国司官员出席。", "中国商务部泰国"),
    ],
)
def test_national_branches_a_country_before_a_noun_is_no_branch(
    lexicon: Lexicon, text: str, not_a_branch: str
) -> None:
    found = names_found(text, lexicon)
    assert found.get(not_a_branch) is not ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "华为（中国）发布了报告。",
        "Huawei (China) published the report.",
    ],
)
def test_national_branches_a_companys_home_country_in_brackets_names_no_branch(
    lexicon: Lexicon, text: str
) -> None:
    found = names_found(text, lexicon)
    assert not any(name.startswith(("Huawei (", "华为（")) for name in found), found
