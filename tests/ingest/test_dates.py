"""Metadata dates → YYYY-MM-DD, or YYYY-MM / YYYY when the metadata names only a month or a year."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from kg.ingest.dates import normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2018年7月14日", "2018-07-14", id="zh-full"),
        pytest.param("2018-07-14", "2018-07-14", id="iso"),
        pytest.param("2018年07月14号", "2018-07-14", id="zh-hao"),
        pytest.param("2018/7/14", "2018-07-14", id="slashes"),
        pytest.param("2018.7.14", "2018-07-14", id="dots"),
        pytest.param("20180714", "2018-07-14", id="compact"),
        pytest.param("2025-11-10 22:48", "2025-11-10", id="with-time"),
        pytest.param("2021-10-21T08:00:00+00:00", "2021-10-21", id="iso-datetime"),
        pytest.param("July 14, 2018", "2018-07-14", id="en-month-first"),
        pytest.param("14 Jul 2018", "2018-07-14", id="en-day-first"),
        pytest.param("Saturday, 14 July 2018", "2018-07-14", id="en-weekday"),
        pytest.param(dt.date(2018, 7, 14), "2018-07-14", id="yaml-date"),
        pytest.param(dt.datetime(2018, 7, 14, 9, 30), "2018-07-14", id="yaml-datetime"),
        pytest.param(None, None, id="missing"),
    ],
)
def test_normalize_date_reads_common_forms(value: object, expected: str | None) -> None:
    assert normalize_date(value, origin="a.md") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2018年7月", "2018-07", id="zh-month"),
        pytest.param("July 2018", "2018-07", id="en-month"),
        pytest.param("2018-07", "2018-07", id="iso-month"),
        pytest.param("Sept. 2018", "2018-09", id="en-month-abbreviated"),
        pytest.param("2018/7", "2018-07", id="slash-month"),
        pytest.param("2018年", "2018", id="zh-year"),
        pytest.param("2018", "2018", id="year"),
        pytest.param(2018, "2018", id="yaml-year-integer"),
    ],
)
def test_normalize_date_keeps_a_month_or_a_year_at_its_precision(
    value: object, expected: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert normalize_date(value, origin="a.md") == expected
    assert not caplog.text


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("2018年13月40日", id="zh-impossible"),
        pytest.param("2018-02-30", id="iso-impossible"),
        pytest.param("sometime soon", id="en-words"),
        pytest.param("2018年13月", id="zh-month-impossible"),
        pytest.param("Smarch 2018", id="en-month-unknown"),
        pytest.param("18", id="two-digits"),
        pytest.param("0999年", id="zh-year-only-out-of-range"),
        pytest.param("0999年1月1日", id="zh-year-out-of-range"),
        pytest.param("0999-01-01", id="iso-year-out-of-range"),
        pytest.param(dt.date(999, 1, 1), id="yaml-date-out-of-range"),
        pytest.param(dt.datetime(3021, 7, 14, 9, 30), id="yaml-datetime-out-of-range"),
    ],
)
def test_normalize_date_drops_non_dates_with_warning(value: object, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert normalize_date(value, origin="corpus/a.md") is None
    assert "corpus/a.md" in caplog.text
