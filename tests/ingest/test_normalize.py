"""Text normalisation: BOM, line ends, NFC, and CJK wrap artefacts."""

from __future__ import annotations

import pytest

from kg.ingest.normalize import normalize_line, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("在上海合 作组织框架下", "在上海合作组织框架下", id="zh-space-inside-word"),
        pytest.param("深化数\n字合作", "深化数字合作", id="zh-line-wrap-inside-word"),
        pytest.param("深化数 \n\u3000字合作", "深化数字合作", id="zh-wrap-with-indent"),
        pytest.param('实施100个"小而 美"民生项目', '实施100个"小而美"民生项目', id="zh-wrap-in-quotes"),
        pytest.param("惠及民生, 提出倡议", "惠及民生,提出倡议", id="zh-space-after-half-width-comma"),
        pytest.param("数字合作。\n\n第二段", "数字合作。\n\n第二段", id="zh-paragraph-break-kept"),
        pytest.param("数字合作。\n第二段", "数字合作。\n第二段", id="zh-line-after-terminator-kept"),
        pytest.param("中国 China 巴基斯坦", "中国 China 巴基斯坦", id="mixed-spaces-next-to-latin-kept"),
        pytest.param("Digital  Silk\nRoad", "Digital  Silk\nRoad", id="en-whitespace-kept"),
        pytest.param("提出 “一带一路” 倡议", "提出“一带一路”倡议", id="zh-space-around-curly-quotes"),
        pytest.param(
            "He said “yes” “no”\n“again” … · end",
            "He said “yes” “no”\n“again” … · end",
            id="en-curly-quotes-kept",
        ),
        pytest.param(
            "合作，\uff08DEFA\uff09：", "合作，\uff08DEFA\uff09：", id="zh-full-width-punctuation-kept"
        ),
        pytest.param(
            "\ufeffline one\r\nline two\rthree", "line one\nline two\nthree", id="bom-and-line-ends"
        ),
        pytest.param("Re\u0301union", "Réunion", id="en-nfc-composes"),
        pytest.param("５Ｇ网络，ＤＥＦＡ", "５Ｇ网络，ＤＥＦＡ", id="nfc-not-nfkc"),
    ],
)
def test_normalize_text_rewrites_only_artefacts(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "协同推进硬联通、软联通、心联通  打造数字合作的“上合样板”",
            "协同推进硬联通、软联通、心联通 打造数字合作的“上合样板”",
            id="zh-headline-pause-kept",
        ),
        pytest.param(
            "挪威Telenor出售缅甸业务 黎巴嫩M1集团接盘",
            "挪威Telenor出售缅甸业务 黎巴嫩M1集团接盘",
            id="zh-headline-pause-before-a-name",
        ),
        pytest.param("提出 “一带一路” 倡议\n", "提出“一带一路”倡议", id="zh-space-by-quotes-closed"),
        pytest.param("  PEACE cable\n lands   in Marseille ", "PEACE cable lands in Marseille", id="en"),
    ],
)
def test_normalize_line_collapses_whitespace(raw: str, expected: str) -> None:
    assert normalize_line(raw) == expected
