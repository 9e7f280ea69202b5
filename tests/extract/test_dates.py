"""Dates: absolute and relative forms in Chinese and English, ranges, quarters, ISO values."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates
from kg.model import DateValue


@pytest.mark.parametrize(
    ("text", "reference", "surface", "value"),
    [
        pytest.param(
            "项目于2018年7月13日开通", None, "2018年7月13日", DateValue("2018-07-13", "day"), id="zh-full-day"
        ),
        pytest.param(
            "inaugurated on 13 July 2018.",
            None,
            "13 July 2018",
            DateValue("2018-07-13", "day"),
            id="en-full-day",
        ),
        pytest.param(
            "人民网北京7月13日电",
            "2018-07-14",
            "7月13日",
            DateValue("2018-07-13", "day"),
            id="zh-day-doc-year",
        ),
        pytest.param(
            "ISLAMABAD, July 13 (Xinhua)",
            "2018-07-14",
            "July 13",
            DateValue("2018-07-13", "day"),
            id="en-day-doc-year",
        ),
        pytest.param("项目于2011年发起", None, "2011年", DateValue("2011", "year"), id="zh-year"),
        pytest.param("was approved in 2010.", None, "2010", DateValue("2010", "year"), id="en-year"),
        pytest.param("2007年4月签署", None, "2007年4月", DateValue("2007-04", "month"), id="zh-month"),
        pytest.param(
            "signed in April 2007 by", None, "April 2007", DateValue("2007-04", "month"), id="en-month"
        ),
        pytest.param(
            "预计2019年第四季度完工", None, "2019年第四季度", DateValue("2019-10", "quarter"), id="zh-quarter"
        ),
        pytest.param(
            "in the fourth quarter of 2019",
            None,
            "the fourth quarter of 2019",
            DateValue("2019-10", "quarter"),
            id="en-quarter",
        ),
        pytest.param(
            "年内完成对接", "2017-03-01", "年内", DateValue("2017", "year"), id="zh-within-the-year"
        ),
        pytest.param(
            "later this year", "2017-03-01", "later this year", DateValue("2017", "year"), id="en-this-year"
        ),
        pytest.param("今年将推进", "2016-05-02", "今年", DateValue("2016", "year"), id="zh-this-year"),
        pytest.param(
            "于4月20日至21日对巴基斯坦进行国事访问",
            "2015-09-09",
            "4月20日至21日",
            DateValue("2015-04-20", "day", "2015-04-21"),
            id="zh-day-range",
        ),
        pytest.param(
            "on April 20-21, 2015 in Islamabad",
            None,
            "April 20-21, 2015",
            DateValue("2015-04-20", "day", "2015-04-21"),
            id="en-day-range",
        ),
        pytest.param("dated 2014-11-14 in", None, "2014-11-14", DateValue("2014-11-14", "day"), id="iso"),
        pytest.param(
            "二〇一八年建成", None, "二〇一八年", DateValue("2018", "year"), id="zh-year-in-numerals"
        ),
    ],
)
def test_find_dates_reads_each_form(text: str, reference: str | None, surface: str, value: DateValue) -> None:
    found = find_dates(text, reference=reference)
    assert [(d.text, d.value) for d in found] == [(surface, value)]
    assert text[found[0].span.start : found[0].span.end] == surface


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("人民网北京7月13日电", id="zh-day-without-document-date"),
        pytest.param("ISLAMABAD, July 13 (Xinhua)", id="en-day-without-document-date"),
        pytest.param("今年将推进", id="zh-this-year-without-document-date"),
    ],
)
def test_find_dates_skips_relative_forms_without_a_reference(text: str) -> None:
    assert find_dates(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("获租2000亩土地，为期43年，共有3个月", id="zh-numbers-not-years"),
        pytest.param("a 1500 km cable with 2000 employees", id="en-numbers-not-years"),
        pytest.param("the 13th Five-Year Plan may be late", id="en-may-is-a-verb"),
    ],
)
def test_find_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, reference="2020-01-01") == ()


def test_find_dates_prefers_the_longest_reading() -> None:
    found = find_dates("2014年11月14日举行贯通仪式，3 September 2023 and September 2023")
    assert [d.text for d in found] == ["2014年11月14日", "3 September 2023", "September 2023"]
