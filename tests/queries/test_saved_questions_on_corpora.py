"""The saved questions on graphs built by the whole pipeline: the seeds corpus, and the dev set.

Rows are checked by containment (what the texts state must be found), so that a better extractor
adding true rows does not break these tests. The dev set is ../shared/eval/dev, or the copy in
tests/data/eval where that is absent (see tests/eval_set.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import build
from kg.sparql import run_saved, saved_queries
from kg.store import load
from tests.eval_set import DEV_DOCS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    built = {"seeds": tmp_path_factory.mktemp("seeds")}
    build([SEEDS], built["seeds"], validate=False, html=False)
    built["dev"] = tmp_path_factory.mktemp("dev")
    build([DEV_DOCS], built["dev"], validate=False, html=False)
    return built


CONNECTS = "which_projects_connect_country"
BUILDERS = "who_built_or_operates_project"
EVIDENCE_ZH = {"subject": "中巴跨境光缆", "predicate": "connects", "object": "巴基斯坦"}
EVIDENCE_EN = {"subject": "China-Pakistan cross-border optical fibre cable", "object": "Pakistan"}


@pytest.mark.parametrize(
    ("corpus", "question", "column", "expected"),
    [
        ("seeds", (CONNECTS, {"country": "巴基斯坦"}), "project_zh", {"中巴跨境光缆"}),
        ("seeds", (CONNECTS, {"country": "Pakistan"}), "project_zh", {"中巴跨境光缆"}),
        ("seeds", (CONNECTS, {"country": "中国"}), "project_zh", {"中巴跨境光缆"}),
        ("seeds", ("technologies_of_initiative", {"initiative": "数字丝绸之路"}), "technology_zh",
         {"5G", "大数据", "云计算", "人工智能"}),
        ("seeds", ("technologies_of_initiative", {"initiative": "Digital Silk Road"}), "technology_en",
         {"5G", "big data", "cloud computing", "artificial intelligence"}),
        ("seeds", ("timeline_of_project", {"project": "数字丝绸之路"}), "date", {"2017", "2023"}),
        ("seeds", ("evidence_for_triple", EVIDENCE_ZH), "title", {"数字丝绸之路对合作共赢的价值"}),
        ("seeds", ("evidence_for_triple", EVIDENCE_EN), "relation", {"connects"}),
        ("dev", (BUILDERS, {"project": "PEACE cable"}), "organization_en",
         {"Orange Marine"}),
        ("dev", (BUILDERS, {"project": "和平海缆"}), "role", {"built by"}),
        ("dev", (BUILDERS, {"project": "中科曙光乌鲁木齐云计算中心"}), "organization_zh",
         {"中科曙光"}),
        ("dev", ("who_signed_what_with_whom", {"party": "巴基斯坦"}), "whom_zh", {"中国"}),
        ("dev", ("who_signed_what_with_whom", {"party": "China"}), "whom_en", {"Pakistan"}),
        ("dev", ("timeline_of_project", {"project": "中巴跨境光缆"}), "date", {"2007-04", "2018-07-13"}),
        ("dev", (CONNECTS, {"country": "Pakistan"}), "project_zh", {"中巴跨境光缆"}),
    ],
)  # fmt: skip
def test_saved_question_finds_what_the_corpus_states(
    corpora: dict[str, Path],
    corpus: str,
    question: tuple[str, dict[str, str]],
    column: str,
    expected: set[str],
) -> None:
    name, params = question
    result = run_saved(load(corpora[corpus]), name, params)
    assert expected <= {str(value) for value in result.column(column) if value is not None}


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_every_saved_question_runs_on_a_built_corpus(corpora: dict[str, Path], corpus: str) -> None:
    dataset = load(corpora[corpus])
    examples = {
        "country": "中国",
        "project": "中巴跨境光缆",
        "initiative": "数字丝绸之路",
        "subject": "中巴跨境光缆",
    }
    for name, saved in saved_queries().items():
        params = {p.name: examples[p.name] for p in saved.parameters if p.required}
        result = run_saved(dataset, name, params, timeout=60)
        assert all(len(row) == len(result.variables) for row in result.rows), name


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_timeline_is_in_date_order(corpora: dict[str, Path], corpus: str) -> None:
    project = "数字丝绸之路" if corpus == "seeds" else "中巴跨境光缆"
    dates = [
        str(date)
        for date in run_saved(load(corpora[corpus]), "timeline_of_project", {"project": project}).column(
            "date"
        )
    ]
    assert dates and dates == sorted(dates)
