"""Amounts: money with ISO currencies, lengths, capacities, populations and counts, in 万/亿 and words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "currency", "approximate", "kind"),
    [
        pytest.param(
            "总投资为4400万美元", "4400万美元", "44000000", None, "USD", False, "money", id="zh-usd-wan"
        ),
        pytest.param(
            "a cost of $44 million.",
            "$44 million",
            "44000000",
            None,
            "USD",
            False,
            "money",
            id="en-usd-million",
        ),
        pytest.param(
            "达到53.9万亿元", "53.9万亿元", "53900000000000", None, "CNY", False, "money", id="zh-cny-wanyi"
        ),
        pytest.param(
            "年输送清洁电能约30亿千瓦时",
            "约30亿千瓦时",
            "3000000000",
            "kWh",
            None,
            True,
            "energy",
            id="zh-energy-kwh",
        ),
        pytest.param(
            "a battery system of up to 1,300MWh",
            "up to 1,300MWh",
            "1300",
            "MWh",
            None,
            True,
            "energy",
            id="en-energy-mwh",
        ),
        pytest.param(
            "安装1000万只智能电表",
            "1000万只智能电表",
            "10000000",
            "智能电表",
            None,
            False,
            "count",
            id="zh-count-zhi",
        ),
        pytest.param(
            "to install 10 million smart meters",
            "10 million smart meters",
            "10000000",
            "smart meters",
            None,
            False,
            "count",
            id="en-count-meters",
        ),
        pytest.param(
            "reached 53.9 trillion RMB in",
            "53.9 trillion RMB",
            "53900000000000",
            None,
            "CNY",
            False,
            "money",
            id="en-rmb",
        ),
        pytest.param(
            "to US$2 trillion by",
            "US$2 trillion",
            "2000000000000",
            None,
            "USD",
            False,
            "money",
            id="en-us-dollar",
        ),
        pytest.param("全长820千米", "820千米", "820", "km", None, False, "length", id="zh-km"),
        pytest.param(
            "The 820-km underground cable", "820-km", "820", "km", None, False, "length", id="en-km-hyphen"
        ),
        pytest.param("全长近1500公里", "近1500公里", "1500", "km", None, True, "length", id="zh-approximate"),
        pytest.param(
            "about 1,500 kilometres long",
            "about 1,500 kilometres",
            "1500",
            "km",
            None,
            True,
            "length",
            id="en-approximate",
        ),
        pytest.param("容量为60 Tbit/s", "60 Tbit/s", "60", "Tbit/s", None, False, "capacity", id="zh-tbits"),
        pytest.param("a 40G link", "40G", "40", "G", None, False, "capacity", id="en-40g"),
        pytest.param("建设80×10G传输系统", "80×10G", "80", "×10G", None, False, "capacity", id="zh-channels"),
        pytest.param(
            "惠及19亿人口",
            "19亿人口",
            "1900000000",
            "people",
            None,
            False,
            "population",
            id="zh-population-yi",
        ),
        pytest.param(
            "serves 2 million people",
            "2 million people",
            "2000000",
            "people",
            None,
            False,
            "population",
            id="en-population",
        ),
        pytest.param(
            "还有95个深水码头，", "95个深水码头", "95", "深水码头", None, False, "count", id="zh-count-noun"
        ),
        pytest.param(
            "more than 40 submarine cables.",
            "more than 40 submarine cables",
            "40",
            "submarine cables",
            None,
            True,
            "count",
            id="en-count-approximate",
        ),
        pytest.param(
            "ASEAN's ten member states reach",
            "ten member states",
            "10",
            "member states",
            None,
            False,
            "count",
            id="en-number-word",
        ),
        pytest.param(
            "星上装有30路转发器，",
            "30路转发器",
            "30",
            "转发器",
            None,
            False,
            "count",
            id="zh-count-transponders",
        ),
        pytest.param(
            "The satellite carries 30 transponders.",
            "30 transponders",
            "30",
            "transponders",
            None,
            False,
            "count",
            id="en-count-transponders",
        ),
        pytest.param(
            "四个频段共", "四个频段", "4", "频段", None, False, "count", id="zh-count-ends-before-a-total"
        ),
        pytest.param(
            "将定点于东经42.5度地球同步轨道",
            "42.5度",
            "42.5",
            "°E",
            None,
            False,
            "position",
            id="zh-orbital-slot",
        ),
        pytest.param(
            "positioned at 52 degrees east longitude",
            "52 degrees east",
            "52",
            "°E",
            None,
            False,
            "position",
            id="en-orbital-slot",
        ),
        pytest.param("位于西经75度", "75度", "75", "°W", None, False, "position", id="zh-orbital-slot-west"),
        pytest.param("at 38°E", "38°E", "38", "°E", None, False, "position", id="en-orbital-slot-sign"),
        pytest.param("获租2000亩土地", "2000亩", "2000", "mu", None, False, "area", id="zh-area"),
        pytest.param("拍卖了200兆赫频谱", "200兆赫", "200", "MHz", None, False, "spectrum", id="zh-spectrum"),
        pytest.param(
            "licences for 480 MHz of spectrum",
            "480 MHz",
            "480",
            "MHz",
            None,
            False,
            "spectrum",
            id="en-spectrum",
        ),
        pytest.param(
            "项目耗资约30亿卢布", "约30亿卢布", "3000000000", None, "RUB", True, "money", id="zh-roubles"
        ),
        pytest.param(
            "built at a cost of Tk 660 crore",
            "Tk 660 crore",
            "6600000000",
            None,
            "BDT",
            False,
            "money",
            id="en-taka-in-crore",
        ),
        pytest.param(
            "The AUD137 million project",
            "AUD137 million",
            "137000000",
            None,
            "AUD",
            False,
            "money",
            id="en-aud",
        ),
        pytest.param(
            "The cable's lifespan has been set at 20 years",
            "20 years",
            "20",
            "years",
            None,
            False,
            "duration",
            id="en-lifespan-set-at",
        ),
        pytest.param("时延降至约45毫秒", "约45毫秒", "45", "ms", None, True, "latency", id="zh-latency"),
        pytest.param("a latency of 45 ms", "45 ms", "45", "ms", None, False, "latency", id="en-latency"),
        pytest.param(
            "与东盟十国代表会谈", "十国", "10", "countries", None, False, "count", id="zh-numeral-countries"
        ),
        pytest.param(
            "海缆设计使用寿命25年", "25年", "25", "years", None, False, "duration", id="zh-design-life"
        ),
        pytest.param(
            "a design life of 25 years",
            "25 years",
            "25",
            "years",
            None,
            False,
            "duration",
            id="en-design-life",
        ),
        pytest.param(
            "庆祝上合组织成立20周年", "20周年", "20", "years", None, False, "anniversary", id="zh-anniversary"
        ),
        pytest.param(
            "共建三大数据平台。", "三大数据平台", "3", "数据平台", None, False, "count", id="zh-numeral-count"
        ),
        pytest.param(
            "培养了两千多名学生。",
            "两千多名学生",
            "2000",
            "学生",
            None,
            True,
            "count",
            id="zh-numeral-more-than",
        ),
        pytest.param(
            "trained more than 2,000 students.",
            "more than 2,000 students",
            "2000",
            "students",
            None,
            True,
            "count",
            id="en-count-more-than",
        ),
        pytest.param(
            "融资300亿先令",
            "300亿先令",
            "30000000000",
            "shillings",
            None,
            False,
            "money",
            id="zh-unspecified-currency",
        ),
        pytest.param(
            "secured 226 billion shillings in",
            "226 billion shillings",
            "226000000000",
            "shillings",
            None,
            False,
            "money",
            id="en-unspecified-currency",
        ),
        pytest.param(
            "a cost of Rs 2.4 billion",
            "Rs 2.4 billion",
            "2400000000",
            "rupees",
            None,
            False,
            "money",
            id="en-rs",
        ),
        pytest.param(
            "worth 5 billion Pakistani rupees",
            "5 billion Pakistani rupees",
            "5000000000",
            None,
            "PKR",
            False,
            "money",
            id="en-national-currency",
        ),
        pytest.param(
            "KSh 51 billion", "KSh 51 billion", "51000000000", None, "KES", False, "money", id="en-ksh"
        ),
        pytest.param(
            "达成6份双多边文件",
            "6份双多边文件",
            "6",
            "双多边文件",
            None,
            False,
            "count",
            id="zh-count-of-documents",
        ),
        pytest.param(
            "包括近150场活动", "近150场活动", "150", "活动", None, True, "count", id="zh-count-of-events"
        ),
        pytest.param(
            "连接30多国", "30多国", "30", "countries", None, True, "count", id="zh-count-of-countries"
        ),
        pytest.param(
            "adds 150 events", "150 events", "150", "events", None, False, "count", id="en-count-of-events"
        ),
        pytest.param(
            "About 105,000 people are served by it",
            "About 105,000 people",
            "105000",
            "people",
            None,
            True,
            "population",
            id="en-population-ends-with-its-noun",
        ),
        pytest.param(
            "约10.5万人口受其服务",
            "约10.5万人口",
            "105000",
            "people",
            None,
            True,
            "population",
            id="zh-population",
        ),
        pytest.param(
            "MSC海缆是4纤对系统", "4纤对", "4", "fibre pairs", None, False, "count", id="zh-fibre-pairs"
        ),
        pytest.param(
            "valued at Sh44 billion",
            "Sh44 billion",
            "44000000000",
            "shillings",
            None,
            False,
            "money",
            id="en-sh",
        ),
        pytest.param(
            "2021年8月，它新增了4条分支。",
            "4条分支",
            "4",
            "分支",
            None,
            False,
            "count",
            id="zh-count-after-a-year",
        ),
        pytest.param(
            "In August 2021 it added four branches to the Seychelles",
            "four branches",
            "4",
            "branches",
            None,
            False,
            "count",
            id="en-count-after-a-year",
        ),
        pytest.param(
            "建设周期36个月", "36个月", "36", "months", None, False, "duration", id="zh-period-in-months"
        ),
        pytest.param(
            "construction will take 36 months",
            "36 months",
            "36",
            "months",
            None,
            False,
            "duration",
            id="en-period-in-months",
        ),
        pytest.param(
            "论坛为期两天", "两天", "2", "days", None, False, "duration", id="zh-period-in-written-days"
        ),
        pytest.param(
            "the two-day forum", "two-day", "2", "days", None, False, "duration", id="en-period-as-adjective"
        ),
        pytest.param(
            "东盟拥有2.6亿网民",
            "2.6亿网民",
            "260000000",
            "网民",
            None,
            False,
            "count",
            id="zh-internet-users",
        ),
        pytest.param(
            "the bloc has 260 million internet users",
            "260 million internet users",
            "260000000",
            "internet users",
            None,
            False,
            "count",
            id="en-internet-users",
        ),
        pytest.param(
            "传输能力最高可达每秒400太比特",
            "400太比特",
            "400",
            "Tbit/s",
            None,
            False,
            "capacity",
            id="zh-terabits",
        ),
        pytest.param(
            "a capacity of up to 400 terabits per second",
            "up to 400 terabits per second",
            "400",
            "Tbit/s",
            None,
            True,
            "capacity",
            id="en-terabits",
        ),
        pytest.param(
            "卫星重1200公斤", "1200公斤", "1200", "kg", None, False, "mass", id="zh-mass-in-kilograms"
        ),
        pytest.param(
            "the 1,200kg satellite", "1,200kg", "1200", "kg", None, False, "mass", id="en-mass-in-kilograms"
        ),
        pytest.param("起飞质量约5吨", "约5吨", "5", "t", None, True, "mass", id="zh-mass-in-tonnes"),
        pytest.param(
            "weighing about 5 tonnes", "about 5 tonnes", "5", "t", None, True, "mass", id="en-mass-in-tonnes"
        ),
        pytest.param("重4.5吨的卫星", "4.5吨", "4.5", "t", None, False, "mass", id="zh-mass-of-a-satellite"),
        pytest.param(
            "the 4.5-tonne satellite",
            "4.5-tonne",
            "4.5",
            "t",
            None,
            False,
            "mass",
            id="en-mass-as-an-adjective",
        ),
        pytest.param(
            "the roughly 6,000-kilogram Arabsat-6A",
            "roughly 6,000-kilogram",
            "6000",
            "kg",
            None,
            True,
            "mass",
            id="en-mass-in-a-singular-unit",
        ),
        pytest.param(
            "设计寿命八年",
            "八年",
            "8",
            "years",
            None,
            False,
            "duration",
            id="zh-design-life-in-written-years",
        ),
        pytest.param(
            "has a design life of three years",
            "three years",
            "3",
            "years",
            None,
            False,
            "duration",
            id="en-design-life-in-written-years",
        ),
        pytest.param(
            "由八家成员组成的联盟", "八家成员", "8", "成员", None, False, "count", id="zh-members-counted"
        ),
        pytest.param(
            "built by an eight-member consortium",
            "eight-member",
            "8",
            "members",
            None,
            False,
            "count",
            id="en-members-counted-as-an-adjective",
        ),
        pytest.param(
            "the operator has 35 active 5G sites",
            "35 active 5G sites",
            "35",
            "active 5G sites",
            None,
            False,
            "count",
            id="en-sites-of-a-generation",
        ),
        pytest.param(
            "已建成35个5G站点",
            "35个5G站点",
            "35",
            "5G站点",
            None,
            False,
            "count",
            id="zh-sites-of-a-generation",
        ),
        pytest.param(
            "累计交易198.1万笔",
            "198.1万笔",
            "1981000",
            "笔",
            None,
            False,
            "count",
            id="zh-transactions-counted",
        ),
        pytest.param(
            "a total of 1.98 million transactions",
            "1.98 million transactions",
            "1980000",
            "transactions",
            None,
            False,
            "count",
            id="en-transactions-counted",
        ),
        pytest.param(
            "一期设计容量高达6.4T", "6.4T", "6.4", "T", None, False, "capacity", id="zh-terabits-as-t"
        ),
        pytest.param(
            "a design capacity of 6.4 Tbps",
            "6.4 Tbps",
            "6.4",
            "Tbit/s",
            None,
            False,
            "capacity",
            id="en-terabits",
        ),
        pytest.param(
            "目前在缅用户约1100万",
            "约1100万",
            "11000000",
            "用户",
            None,
            True,
            "count",
            id="zh-users-before-their-number",
        ),
        pytest.param(
            "it has about 11 million subscribers",
            "about 11 million subscribers",
            "11000000",
            "subscribers",
            None,
            True,
            "count",
            id="en-subscribers-after-their-number",
        ),
        # the currencies of the markets the news follows, by name, code or sign
        pytest.param(
            "计提65亿挪威克朗的损失", "65亿挪威克朗", "6500000000", None, "NOK", False, "money", id="zh-nok"
        ),
        pytest.param(
            "a loss of 6.5 billion Norwegian kroner",
            "6.5 billion Norwegian kroner",
            "6500000000",
            None,
            "NOK",
            False,
            "money",
            id="en-nok",
        ),
        pytest.param(
            "合同金额约110亿林吉特", "约110亿林吉特", "11000000000", None, "MYR", True, "money", id="zh-myr"
        ),
        pytest.param(
            "a contract worth RM11 billion",
            "RM11 billion",
            "11000000000",
            None,
            "MYR",
            False,
            "money",
            id="en-myr-rm",
        ),
        pytest.param(
            "投资3.5亿巴西雷亚尔", "3.5亿巴西雷亚尔", "350000000", None, "BRL", False, "money", id="zh-brl"
        ),
        pytest.param(
            "paid ₦100 billion", "₦100 billion", "100000000000", None, "NGN", False, "money", id="en-ngn"
        ),
        pytest.param(
            "融资1.5万亿印尼盾", "1.5万亿印尼盾", "1500000000000", None, "IDR", False, "money", id="zh-idr"
        ),
        pytest.param(
            "a Rp 1.5 trillion loan",
            "Rp 1.5 trillion",
            "1500000000000",
            None,
            "IDR",
            False,
            "money",
            id="en-idr",
        ),
        # a hyphenated unit and a spelled-out rate
        pytest.param("修建805.5米岸线", "805.5米", "805.5", "m", None, False, "length", id="zh-metres"),
        pytest.param(
            "a 805.5-metre shoreline", "805.5-metre", "805.5", "m", None, False, "length", id="en-metre"
        ),
        pytest.param(
            "速率达9.5吉比特", "9.5吉比特", "9.5", "Gbit/s", None, False, "capacity", id="zh-gigabits"
        ),
        pytest.param(
            "a throughput of 9.5 gigabits-per-second",
            "9.5 gigabits-per-second",
            "9.5",
            "Gbit/s",
            None,
            False,
            "capacity",
            id="en-gigabits-per-second",
        ),
    ],
)
def test_find_amounts_reads_each_form(  # noqa: PLR0917 (one parameter per table column)
    text: str, surface: str, value: str, unit: str | None, currency: str | None, approximate: bool, kind: str
) -> None:
    found = find_amounts(text)
    assert len(found) == 1
    amount = found[0]
    assert (amount.text, amount.value.value, amount.value.unit, amount.value.currency) == (
        surface,
        Decimal(value),
        unit,
        currency,
    )
    assert (amount.value.approximate, amount.kind) == (approximate, kind)
    assert text[amount.span.start : amount.span.end] == surface


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("率先开通4G无线宽带服务和5G网络", id="zh-generations-are-technologies"),
        pytest.param("4G and 5G networks", id="en-generations-are-technologies"),
        pytest.param("运营商部署5.5G技术", id="zh-a-half-generation-is-a-technology"),
        pytest.param("In 2013 China launched", id="en-year-is-not-a-count"),
        pytest.param("两国元首见证第一个项目和一个重要协议", id="zh-two-and-one-are-not-counted"),
        pytest.param("合作已有25年", id="zh-bare-years-measure-nothing-named"),
        pytest.param("over the past 25 years", id="en-bare-years-measure-nothing-named"),
        pytest.param("three years later", id="en-bare-written-years-measure-nothing-named"),
        pytest.param("a member of the 10-member", id="en-members-of-nothing-named"),
        pytest.param("两天后双方再次会谈", id="zh-bare-days-measure-nothing-named"),
        pytest.param("two days later the sides met again", id="en-bare-days-measure-nothing-named"),
        pytest.param("三个月内完成", id="zh-months-are-no-count"),
        pytest.param("增加到5 million用户", id="zh-a-scale-counts-nothing"),
        pytest.param("its users 5 million", id="en-a-scale-counts-nothing-and-users-is-no-rupee"),
        pytest.param("金额为9999999999999999999999亿美元", id="zh-more-digits-than-a-decimal-holds"),
        pytest.param("worth $99999999999999999999999999 billion", id="en-more-digits-than-a-decimal-holds"),
    ],
)
def test_find_amounts_ignores_names_and_years(text: str) -> None:
    assert find_amounts(text) == ()


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a figure after the first count's noun opens a second count, not part of the first noun
        ("阿里云在全球24个地域运营75个可用区", [("24", "地域"), ("75", "可用区")]),
        (
            "Alibaba Cloud runs 75 availability zones in 24 regions",
            [("75", "availability zones"), ("24", "regions")],
        ),
        # a figure at the noun's start is the noun's
        ("已建成35个5G站点", [("35", "5G站点")]),
    ],
)
def test_find_amounts_two_counts_in_a_row(text: str, counts: list[tuple[str, str]]) -> None:
    assert [(str(a.value.value), a.value.unit) for a in find_amounts(text)] == counts
