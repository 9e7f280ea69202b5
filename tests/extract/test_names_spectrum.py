"""Spectrum bands: a frequency the text calls a band, one entity in every language."""

from __future__ import annotations

import pytest

from kg.extract.names_spectrum import spectrum_bands
from kg.model import EntityClass


def _bands(text: str) -> dict[str, str | None]:
    whole = [(0, len(text))]
    chinese = any("\u4e00" <= char <= "\u9fff" for char in text)
    found = spectrum_bands(text, whole if chinese else [], [] if chinese else whole)
    assert all(c.cls is EntityClass.TECHNOLOGY for c in found)
    return {text[c.start : c.end]: c.canonical for c in found}


@pytest.mark.parametrize(
    ("text", "bands"),
    [
        (
            "Airwaves in the prized 700 MHz band were sold in all circles.",
            {"700 MHz band": "700 MHz band"},
        ),
        ("各电信运营商竞购700兆赫频段的频谱。", {"700兆赫频段": "700 MHz band"}),
        # every item of a list the band word ends, an item without a unit taking the next one's
        (
            "The auction covered the 700, 1800 MHz and 26 GHz bands.",
            {"700": "700 MHz band", "1800 MHz": "1800 MHz band", "26 GHz": "26 GHz band"},
        ),
        (
            "此次拍卖涉及700兆赫、1800兆赫和26吉赫三个频段。",
            {"700兆赫": "700 MHz band", "1800兆赫": "1800 MHz band", "26吉赫": "26 GHz band"},
        ),
        # a range with thousands separators is one band
        (
            "The consortium won the 3,600-3,700 MHz band.",
            {"3,600-3,700 MHz band": "3600-3700 MHz band"},
        ),
        ("该联合体获得3600-3700兆赫频段。", {"3600-3700兆赫频段": "3600-3700 MHz band"}),
        ("Jio bought 3.5GHz spectrum across India.", {"3.5GHz spectrum": "3.5 GHz band"}),
        ("3.5吉赫频段最受关注。", {"3.5吉赫频段": "3.5 GHz band"}),
    ],
)
def test_spectrum_bands_are_named_by_their_frequency(text: str, bands: dict[str, str]) -> None:
    assert _bands(text) == bands


@pytest.mark.parametrize(
    "text",
    [
        # an amount of spectrum, a channel width and a clock are no bands
        "Adani Data Networks won 400 MHz for 2.12 billion rupees.",
        "阿达尼数据网络公司竞得400兆赫频谱资源。",
        "The carrier aggregates 100 MHz channels.",
        "该芯片主频为3.2吉赫。",
    ],
)
def test_spectrum_an_amount_of_spectrum_is_no_band(text: str) -> None:
    assert _bands(text) == {}
