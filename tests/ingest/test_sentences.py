"""Sentence splitting: terminators, abbreviations, numbers, paragraphs, and languages."""

from __future__ import annotations

import itertools

import pytest

from kg.ingest.sentences import LONGEST_SENTENCE, RUN_PIECE, split_sentences
from kg.model import Lang


def sentence_texts(text: str) -> list[str]:
    return [text[s.span.start : s.span.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "中巴跨境光缆正式开通。该光缆全长820公里！是否延伸至瓜达尔？",
            ["中巴跨境光缆正式开通。", "该光缆全长820公里！", "是否延伸至瓜达尔？"],
            id="zh-terminators",
        ),
        pytest.param(
            "China and Pakistan opened the cable. It is 820 km long! Will it reach Gwadar? Yes.",
            ["China and Pakistan opened the cable.", "It is 820 km long!", "Will it reach Gwadar?", "Yes."],
            id="en-terminators",
        ),
        pytest.param(
            "他说：“光缆已经开通。”随后双方签署了协议。",
            ["他说：“光缆已经开通。”", "随后双方签署了协议。"],
            id="zh-closing-quote-stays",
        ),
        pytest.param(
            'He said: "The cable is open." Then they signed.',
            ['He said: "The cable is open."', "Then they signed."],
            id="en-closing-quote-stays",
        ),
        pytest.param(
            "推进中俄跨境光缆的勘测；推进中巴跨境光缆的对接。",
            ["推进中俄跨境光缆的勘测；", "推进中巴跨境光缆的对接。"],
            id="zh-semicolon",
        ),
        pytest.param(
            "The cable runs from Rawalpindi; it ends at Khunjerab.",
            ["The cable runs from Rawalpindi; it ends at Khunjerab."],
            id="en-semicolon-does-not-end",
        ),
        pytest.param(
            "项目（于2011年发起。）线路从瑞丽出发。",
            ["项目（于2011年发起。）", "线路从瑞丽出发。"],
            id="zh-closing-bracket-stays",
        ),
        pytest.param(
            "The U.S. and China agreed. The U.K. Government objected.",
            ["The U.S. and China agreed.", "The U.K. Government objected."],
            id="en-initialisms",
        ),
        pytest.param(
            "Dr. Kao Kim Hourn met Mr. Li and Prof. Smith. They spoke.",
            ["Dr. Kao Kim Hourn met Mr. Li and Prof. Smith.", "They spoke."],
            id="en-titles",
        ),
        pytest.param(
            "It grew 3.7 trillion RMB to US$2.5 trillion. See digisilk.eu for details.",
            ["It grew 3.7 trillion RMB to US$2.5 trillion.", "See digisilk.eu for details."],
            id="en-decimals-and-urls",
        ),
        pytest.param(
            "总投资为5000.5万美元。详见www.xinhuanet.com网站。",
            ["总投资为5000.5万美元。", "详见www.xinhuanet.com网站。"],
            id="zh-decimals-and-urls",
        ),
        pytest.param(
            "Huawei Marine Co. Ltd. built it, e.g. The PEACE cable. Talks began on Jan. 5 in St. Petersburg.",
            [
                "Huawei Marine Co. Ltd. built it, e.g. The PEACE cable.",
                "Talks began on Jan. 5 in St. Petersburg.",
            ],
            id="en-company-and-month-abbreviations",
        ),
        pytest.param(
            "J. Smith wrote it with No. 5 in mind. It was signed in the U.S. The talks ended.",
            ["J. Smith wrote it with No. 5 in mind.", "It was signed in the U.S.", "The talks ended."],
            id="en-initial-number-and-sentence-after-abbreviation",
        ),
        pytest.param(
            "Orange is involved in more than 40 submarine cables, etc. They also build them.",
            ["Orange is involved in more than 40 submarine cables, etc.", "They also build them."],
            id="en-etc-ends-before-sentence-opening",
        ),
        pytest.param(
            "The cable was built. 中巴跨境光缆于2018年开通。",
            ["The cable was built.", "中巴跨境光缆于2018年开通。"],
            id="en-then-zh",
        ),
    ],
)
def test_split_sentences_at_terminators(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "数字丝绸之路\n\n中国提出数字丝绸之路倡议",
            ["数字丝绸之路", "中国提出数字丝绸之路倡议"],
            id="zh-title-line",
        ),
        pytest.param(
            "PEACE cable lands\n\nThe cable has landed",
            ["PEACE cable lands", "The cable has landed"],
            id="en-title-line",
        ),
        pytest.param(
            "第一段：光缆开通\n- 全长820公里\n- 连接红其拉甫",
            ["第一段：光缆开通", "- 全长820公里", "- 连接红其拉甫"],
            id="zh-list-lines",
        ),
        pytest.param(
            "Group 1: Growth\n- The economy grew\n- Trade grew",
            ["Group 1: Growth", "- The economy grew", "- Trade grew"],
            id="en-list-lines",
        ),
        pytest.param(
            "The cable connects the two countries and\nimproves the region's telecommunication.",
            ["The cable connects the two countries and\nimproves the region's telecommunication."],
            id="en-wrapped-line-goes-on-in-lowercase",
        ),
        pytest.param(
            "1. China signed the agreement.\n2. Pakistan approved it.",
            ["1. China signed the agreement.", "2. Pakistan approved it."],
            id="en-numbered-lines",
        ),
    ],
)
def test_split_sentences_at_paragraph_breaks(text: str, expected: list[str]) -> None:
    assert sentence_texts(text) == expected


def test_split_sentences_joins_lines_of_a_hard_wrapped_text() -> None:
    lines = [
        "The Pakistan and East Africa Connecting Europe submarine cable has",
        "landed in Marseille, a milestone toward completing the construction of",
        "the system. First announced in 2019, PEACE will connect Europe to Asia",
        "via East Africa and is due to be commissioned in 2022. The landing was",
        "jointly announced by Orange, PCCW Global and PEACE Cable International",
        "after the Special Communications Organization of Pakistan joined them.",
    ]
    text = "\n".join(lines)
    assert [sentence.split(maxsplit=1)[0] for sentence in sentence_texts(text)] == ["The", "First", "The"]
    assert sentence_texts(text)[-1].endswith("joined them.")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("  中巴跨境光缆正式开通。\n\n  该光缆全长820公里。  ", id="zh"),
        pytest.param("  The cable opened. \n\n It is 820 km long.  \n", id="en"),
    ],
)
def test_split_sentences_spans_exclude_whitespace_and_do_not_overlap(text: str) -> None:
    sentences = split_sentences(text)
    for previous, current in itertools.pairwise(sentences):
        assert previous.span.end <= current.span.start
    covered: set[int] = set()
    for sentence in sentences:
        excerpt = text[sentence.span.start : sentence.span.end]
        assert excerpt
        assert excerpt == excerpt.strip()
        covered.update(range(sentence.span.start, sentence.span.end))
    assert {index for index, char in enumerate(text) if not char.isspace()} <= covered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "中巴跨境光缆正式开通。The cable is 820 km long. 中国电信 China Telecom",
            [Lang.ZH, Lang.EN, Lang.MIXED],
            id="zh-en-mixed",
        ),
        pytest.param(
            "The Digital Silk Road was proposed in 2015. 数字丝绸之路是一带一路的一部分。",
            [Lang.EN, Lang.ZH],
            id="en-zh",
        ),
    ],
)
def test_split_sentences_gives_each_sentence_its_language(text: str, expected: list[Lang]) -> None:
    assert [s.lang for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("fallback", "expected"),
    [pytest.param(Lang.ZH, Lang.ZH, id="zh"), pytest.param(Lang.EN, Lang.EN, id="en")],
)
def test_split_sentences_gives_sentences_without_letters_the_fallback(fallback: Lang, expected: Lang) -> None:
    sentences = split_sentences("2018.\n\n820", fallback=fallback)
    assert [s.lang for s in sentences] == [expected, expected]


def test_split_sentences_of_empty_text_is_empty() -> None:
    assert split_sentences("  \n ") == ()


@pytest.mark.parametrize(
    ("text", "piece_ends_with"),
    [
        pytest.param("，".join(["中国与巴基斯坦签署协议"] * 300) + "。", "协议，", id="zh-cut-after-a-comma"),
        pytest.param(
            ", ".join(["China and Pakistan signed a deal"] * 300) + ".", "deal,", id="en-cut-after-a-comma"
        ),
        pytest.param(
            "与".join(["中国", "巴基斯坦", "老挝"] * 500) + "签署协议。",
            None,
            id="zh-no-break-cut-at-the-limit",
        ),
        pytest.param(
            " and ".join(["China", "Pakistan", "Laos"] * 500) + " signed.", None, id="en-cut-at-a-space"
        ),
    ],
)
def test_split_sentences_cuts_a_run_longer_than_the_longest_sentence(
    text: str, piece_ends_with: str | None
) -> None:
    sentences = split_sentences(text)
    assert len(sentences) > 1
    # (pieces about as long as a long real sentence: every pair of names in a piece is weighed)
    assert all(s.span.end - s.span.start <= RUN_PIECE for s in sentences)
    assert "".join(text[s.span.start : s.span.end] for s in sentences).replace(" ", "") == text.replace(
        " ", ""
    )
    if piece_ends_with is not None:
        assert all(text[s.span.start : s.span.end].endswith(piece_ends_with) for s in sentences[:-1])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("，".join(["中巴跨境光缆全长820公里"] * 40) + "。", id="zh"),
        pytest.param(", ".join(["the cable is 820 km long"] * 35) + ".", id="en"),
    ],
)
def test_split_sentences_keeps_a_long_sentence_under_the_limit_whole(text: str) -> None:
    assert len(text) <= LONGEST_SENTENCE
    assert sentence_texts(text) == [text]
