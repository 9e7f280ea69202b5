"""A gold file with one fact, shared by the tests of the fact-holder classifier and its training:
the year 2019 belongs to the Lao backbone project, not to Huawei, its supplier."""

from __future__ import annotations

FACT_SENTENCES = {
    "zh": "华为2019年为老挝国家光纤骨干网项目提供设备。",
    "en": "In 2019 Huawei supplied the Laos National Fibre Backbone project.",
}

FACT_GOLD: dict[str, list[dict[str, object]]] = {
    "entities": [
        {"id": "huawei", "label": "Huawei", "type": "Organization", "mentions": ["华为", "Huawei"]},
        {
            "id": "nfb",
            "label": "Laos National Fibre Backbone project",
            "type": "Project",
            "mentions": ["老挝国家光纤骨干网项目", "Laos National Fibre Backbone project"],
        },
    ],
    "relations": [],
    "facts": [
        {"s": "nfb", "attribute": "date", "value": "2019年", "unit": None, "normalized": "2019"},
    ],
}
