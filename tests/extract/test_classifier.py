"""The sparse logistic regression behind the learned layers: it learns, it is deterministic, and its
file round-trips and is checked when read."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ExtractorError
from kg.extract.classifier import Instance, load_model, log_loss, train

# Cue words decide the label; the rest is noise shared by every label. Chinese and English rows
# side by side, as the relation features are.
EXAMPLES = [
    Instance(("between:签署", "types:CO", "noise:a"), "signedWith>"),
    Instance(("between:signed", "types:CO", "noise:b"), "signedWith>"),
    Instance(("between:连接", "types:PC", "noise:a"), "connects>"),
    Instance(("between:linking", "types:PC", "noise:b"), "connects>"),
    Instance(("between:的", "types:PC", "noise:a"), "none"),
    Instance(("between:of", "types:PC", "noise:b"), "none"),
] * 3


def test_learns_the_cues() -> None:
    model = train(EXAMPLES, steps=150)
    for features, label in [
        (("between:签署", "types:CO"), "signedWith>"),
        (("between:signed", "types:CO"), "signedWith>"),
        (("between:连接", "types:PC"), "connects>"),
        (("between:linking", "types:PC"), "connects>"),
        (("between:的", "types:PC"), "none"),
    ]:
        assert model.best(features)[0] == label
    assert log_loss(model, EXAMPLES) < 0.2
    probabilities = model.probabilities(("between:signed",))
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_training_is_deterministic_and_drops_rare_features() -> None:
    first, second = train(EXAMPLES, steps=50), train(EXAMPLES, steps=50)
    assert first.to_json() == second.to_json()
    rare = train([*EXAMPLES, Instance(("once-only",), "none")], steps=10, min_count=2)
    assert "once-only" not in rare.vocabulary


def test_unknown_features_leave_only_the_bias() -> None:
    model = train(EXAMPLES, steps=50)
    assert model.probabilities(("never-seen",)) == model.probabilities(())


def test_file_round_trip(tmp_path: Path) -> None:
    model = train(EXAMPLES, steps=100, trained_on=["dev", "A"], notes={"examples": len(EXAMPLES)})
    path = tmp_path / "model.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.trained_on == ("dev", "A")
    assert again.notes == {"examples": len(EXAMPLES)}
    for instance in EXAMPLES:
        expected = model.probabilities(instance.features)
        for label, value in again.probabilities(instance.features).items():
            assert value == pytest.approx(expected[label], abs=1e-3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{not json", "cannot read the model", id="broken-json"),
        pytest.param('{"format": "other"}', "is not a kg-linear-model/1 file", id="wrong-format"),
        pytest.param('{"format": "kg-linear-model/1", "labels": ["a"]}', "malformed model", id="no-weights"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ExtractorError, match=message) as caught:
        load_model(path)
    assert str(path) in str(caught.value) and "scripts/train" in str(caught.value)


def test_no_instances_is_an_error() -> None:
    with pytest.raises(ExtractorError, match="no training instances"):
        train([])
