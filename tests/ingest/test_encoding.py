"""Bytes → text for every supported encoding, and refusal of binary data."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from kg.errors import DecodingError
from kg.ingest.encoding import decode_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"

ZH = "中巴跨境光缆项目于2018年7月13日正式开通，全长820公里。\n上海合作组织成员国加强数字合作。\n"
EN = "The PEACE cable landed in Marseille in October 2021.\nIt connects Pakistan to Europe.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(ZH.encode("utf-8"), ZH, id="zh-utf8"),
        pytest.param(EN.encode("utf-8"), EN, id="en-utf8"),
        pytest.param(codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH, id="zh-utf8-bom"),
        pytest.param(codecs.BOM_UTF8 + EN.encode("utf-8"), EN, id="en-utf8-bom"),
        pytest.param(ZH.encode("gb18030"), ZH, id="zh-gb18030"),
        pytest.param(ZH.encode("gbk"), ZH, id="zh-gbk"),
        pytest.param(ZH.encode("utf-16"), ZH, id="zh-utf16-bom"),
        pytest.param(EN.encode("utf-16"), EN, id="en-utf16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), ZH, id="zh-utf16be-bom"),
        pytest.param(ZH.encode("utf-16-le"), ZH, id="zh-utf16le-no-bom"),
        pytest.param(ZH.encode("utf-16-be"), ZH, id="zh-utf16be-no-bom"),
        pytest.param(EN.encode("utf-16-le"), EN, id="en-utf16le-no-bom"),
        pytest.param(EN.encode("utf-16-be"), EN, id="en-utf16be-no-bom"),
        pytest.param(ZH.encode("utf-32"), ZH, id="zh-utf32-bom"),
    ],
)
def test_decode_bytes_reads_each_encoding(data: bytes, expected: str) -> None:
    assert decode_bytes(data, origin="a.txt") == expected


@pytest.mark.parametrize(
    ("name", "starts_with"),
    [
        pytest.param("gb18030_zh.txt", "中巴跨境光缆项目", id="zh-gb18030"),
        pytest.param("utf16le_bom_zh.txt", "数字丝绸之路", id="zh-utf16le-bom"),
        pytest.param("utf16be_no_bom_en.txt", "The PEACE cable", id="en-utf16be-no-bom"),
        pytest.param("utf8_bom_crlf.md", "---\r\ntitle:", id="zh-utf8-bom"),
    ],
)
def test_decode_bytes_reads_fixture_files(name: str, starts_with: str) -> None:
    assert decode_bytes((DATA / name).read_bytes(), origin=name).startswith(starts_with)


def test_decode_bytes_keeps_characters_beyond_gbk() -> None:
    assert "𠮷" in decode_bytes((DATA / "gb18030_zh.txt").read_bytes(), origin="gb18030_zh.txt")


def test_decode_bytes_prefers_a_declared_charset() -> None:
    big5 = "數位絲綢之路".encode("big5")
    assert decode_bytes(big5, origin="page.html", declared="big5") == "數位絲綢之路"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param((DATA / "binary.txt").read_bytes(), id="png-like"),
        pytest.param(bytes(range(256)) * 16, id="all-bytes"),
        pytest.param(b"\x00\x01\x02\x03" * 200, id="control-bytes"),
    ],
)
def test_decode_bytes_refuses_binary_data(data: bytes) -> None:
    with pytest.raises(DecodingError, match=r"bin\.dat: cannot decode .*save it as UTF-8"):
        decode_bytes(data, origin="bin.dat")


def test_decode_bytes_reports_a_broken_bom_file() -> None:
    with pytest.raises(DecodingError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd", origin="bad.txt")
