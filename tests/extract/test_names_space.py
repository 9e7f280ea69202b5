"""Satellites and launch vehicles: a series or a family and a number (LaoSat-1, 长征三号乙运载火箭)."""

from __future__ import annotations

import pytest

from kg.extract.names_space import find_space_names
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc, names_found

PROJECT = EntityClass.PROJECT
TECHNOLOGY = EntityClass.TECHNOLOGY


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("风云四号B星于昨日成功发射。", "风云四号B星", PROJECT),
        ("The Fengyun-4B satellite reached orbit yesterday.", "Fengyun-4B", PROJECT),
        ("高分七号卫星传回首批影像。", "高分七号卫星", PROJECT),
        ("Gaofen-7 sent back its first images after the launch.", "Gaofen-7", PROJECT),
        ("中星16号卫星为偏远地区提供宽带。", "中星16号卫星", PROJECT),
        ("ChinaSat-16 brings broadband to remote areas.", "ChinaSat-16", PROJECT),
        ("该国的埃塞俄比亚一号卫星由中国研制。", "埃塞俄比亚一号卫星", PROJECT),
        ("The VietSat-2 satellite was built in China.", "VietSat-2", PROJECT),
        ("我国成功发射白俄罗斯通信卫星一号。", "白俄罗斯通信卫星一号", PROJECT),
        ("China launched the Belintersat-1 satellite.", "Belintersat-1", PROJECT),
        ("委内瑞拉遥感卫星二号于10月发射。", "委内瑞拉遥感卫星二号", PROJECT),
        ("The NovaSat-5B reached orbit after the launch.", "NovaSat-5B", PROJECT),
        ("卫星由长征二号丁运载火箭送入轨道。", "长征二号丁运载火箭", TECHNOLOGY),
        (
            "It was carried into orbit by a Long March 2D carrier rocket.",
            "Long March 2D carrier rocket",
            TECHNOLOGY,
        ),
        ("长征五号B首飞成功。", "长征五号B", TECHNOLOGY),
        ("The Long March-5B flew for the first time.", "Long March-5B", TECHNOLOGY),
        ("快舟一号甲火箭发射了两颗卫星。", "快舟一号甲火箭", TECHNOLOGY),
        # the satellite ends at its number, before the launch centre it flew from
        ("风云三号在酒泉卫星发射中心发射升空。", "风云三号", PROJECT),
        ("Fengyun-3 lifted off from the Jiuquan Satellite Launch Center.", "Fengyun-3", PROJECT),
        ("A Kuaizhou-1A rocket launched two satellites.", "Kuaizhou-1A", TECHNOLOGY),
        # a designation with no "sat" in a sentence about satellites; letters beyond ASCII
        ("阿根廷的“CubeBug-1”立方体卫星同时入轨。", "CubeBug-1", PROJECT),
        ("Kenya's Taifa-1 was among dozens of payloads on the rocket.", "Taifa-1", PROJECT),
        ("秘鲁首颗对地观测卫星PerúSAT-1发射升空。", "PerúSAT-1", PROJECT),
        ("Peru's first Earth observation satellite, PerúSAT-1, reached orbit.", "PerúSAT-1", PROJECT),
        ("ÑuSat-1 and ÑuSat-2 were launched as secondary payloads.", "ÑuSat-2", PROJECT),
        # (卫星 after a Latin designation is part of its name)
        ("柬埔寨订购了KhmerSat-2卫星。", "KhmerSat-2卫星", PROJECT),
        ("Cambodia ordered the KhmerSat-2 satellite.", "KhmerSat-2", PROJECT),
    ],
)
def test_space_names_found_with_class(text: str, name: str, cls: EntityClass, lexicon: Lexicon) -> None:
    assert names_found(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    "text",
    [
        "海洋2024年度报告发布。",
        "吉林省的产业园区已经建成。",
        "The COVID-19 pandemic slowed the works.",
        "The AAE-1 cable was repaired last year.",
        "The ASEAN-5 economies grew fast.",
        "中国新长征路上的科技创新。",
        # a mixed-case designation needs a spacecraft in its sentence, and a launch is none
        "Microsoft will launch Windows-12 next year.",
        "The Sentinel-2 images were published. Satellites were not mentioned.",
    ],
)
def test_space_names_not_found_without_a_designation(text: str) -> None:
    doc = make_doc(text)
    spans = [(s.span.start, s.span.end) for s in doc.sentences]
    zh = spans if doc.lang.value == "zh" else []
    en = spans if doc.lang.value == "en" else []
    assert find_space_names(text, zh, en, []) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("巴基斯坦卫星3颗已经入轨。", "巴基斯坦卫星3"),
        ("老挝卫星两颗已经入轨。", "老挝卫星两"),
    ],
)
def test_space_names_a_count_of_satellites_is_no_designation(
    text: str, counted: str, lexicon: Lexicon
) -> None:
    assert counted not in names_found(text, lexicon)
