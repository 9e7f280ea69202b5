"""Language of texts and metadata values."""

from __future__ import annotations

import logging

import pytest

from kg.ingest.language import detect_language, parse_lang
from kg.model import Lang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("中巴跨境光缆全长820公里。", Lang.ZH, id="zh"),
        pytest.param("The cross-border cable is 820 km long.", Lang.EN, id="en"),
        pytest.param(
            "华为海洋（Huawei Marine）承建的PEACE海缆已在马赛登陆。", Lang.ZH, id="zh-with-latin-names"
        ),
        pytest.param(
            "The Chinese term 数字丝绸之路 means Digital Silk Road.", Lang.EN, id="en-with-han-term"
        ),
        pytest.param("中国电信 China Telecom", Lang.MIXED, id="mixed-gloss"),
        pytest.param("数字丝绸之路 Digital Silk Road", Lang.MIXED, id="mixed-gloss-2"),
        pytest.param("La Réunion et Mayotte", Lang.EN, id="latin-accents-count-as-latin"),
        pytest.param("2023 — 820", Lang.MIXED, id="no-letters"),
    ],
)
def test_detect_language_by_script_share(text: str, expected: Lang) -> None:
    assert detect_language(text) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("zh", Lang.ZH, id="zh"),
        pytest.param("en", Lang.EN, id="en"),
        pytest.param("zh-CN", Lang.ZH, id="zh-region"),
        pytest.param("en_US", Lang.EN, id="en-region"),
        pytest.param("Chinese", Lang.ZH, id="zh-name"),
        pytest.param("English", Lang.EN, id="en-name"),
        pytest.param("mixed", Lang.MIXED, id="mixed"),
        pytest.param(None, None, id="missing"),
    ],
)
def test_parse_lang_accepts_codes_and_names(value: str | None, expected: Lang | None) -> None:
    assert parse_lang(value, origin="a.md") is expected


def test_parse_lang_warns_on_unknown_value(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_lang("klingon", origin="notes/a.md") is None
    assert "notes/a.md" in caplog.text
    assert "klingon" in caplog.text
