"""Chinese names that the lexicon does not know, found by their head word and a left boundary.

A Chinese proper name usually ends with a word that says what it is (…光缆 a cable, …公司 a
company, …倡议 an initiative, 《…》 a document) and starts after a verb, a preposition, a
particle or a punctuation mark: 推进|中俄跨境光缆|的勘测. Finding the head is a regex; finding
the start is a walk leftwards over words, where a word and its part of speech come from
backward maximum matching against jieba's dictionary (read once per process). That is
hundreds of times faster than jieba's segmenter and enough for this job, because lexicon
names (中国电信, 上海合作组织) are kept whole and never split.

A walk stops at verbs (推进, 开发), prepositions and conjunctions (从, 与, 和), particles (的),
adverbs (将), pronouns and determiners (该, 其他, 相关), numbers that are not ordinals, and
punctuation; it goes through nouns, adjectives, place and person names, lexicon names,
ordinals (第二十五次), quotes (“小而美”), short brackets (中国移动（新疆）数据中心) and dashes
between names (中国—缅甸, 海尔－鲁巴). The name found must hold a proper word (a lexicon name,
a place or person name, a quote, a dash compound) or be long enough not to be a common noun
phrase (大中型数据中心 is not a name; 重要信息系统异地灾难备份中心 is).
"""

from __future__ import annotations

import functools
import importlib.util
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.cache import cache_path, read_cache, write_cache
from kg.extract.mentions_candidate import Candidate
from kg.extract.names_acronyms import SHORT_NAME_MARKERS, is_short_form
from kg.extract.names_en import head_classes
from kg.model import EntityClass

ORG = EntityClass.ORGANIZATION
PROJECT = EntityClass.PROJECT
INITIATIVE = EntityClass.INITIATIVE
AGREEMENT = EntityClass.AGREEMENT
EVENT = EntityClass.EVENT
PLACE = EntityClass.PLACE
PERSON = EntityClass.PERSON

# Head words: class, and how much of a name must come before it when no proper word does.
# "strong" heads make institutions of two words (通信企业协会), "facility" heads make
# infrastructure of two words (新国际机场), the rest need three.
_STRONG, _FACILITY, _WEAK = 2, 2, 3
# A head that makes a name only with a proper word before it: 中国—中亚元首会晤机制, not 协调机制.
_PROPER_ONLY = 99
_FACTORY = "工厂"
_HEADS: dict[str, tuple[EntityClass, int]] = {
    # Projects: cables, data and computing centres, zones, parks, transport, power.
    "跨境光缆": (PROJECT, _FACILITY),
    "光缆": (PROJECT, _FACILITY),
    "海缆": (PROJECT, _FACILITY),
    "海缆系统": (PROJECT, _FACILITY),
    "光缆系统": (PROJECT, _FACILITY),
    "陆缆": (PROJECT, _FACILITY),
    "项目": (PROJECT, _WEAK),
    "工程": (PROJECT, _WEAK),
    "数据中心": (PROJECT, _FACILITY),
    "工坊": (PROJECT, _FACILITY),
    "网关": (PROJECT, _FACILITY),
    "互联网城": (PROJECT, _FACILITY),
    "计算中心": (PROJECT, _FACILITY),
    "超算中心": (PROJECT, _FACILITY),
    "备份中心": (PROJECT, _WEAK),
    "中心": (PROJECT, _WEAK),
    "基地": (PROJECT, _WEAK),
    "试验区": (PROJECT, _WEAK),
    "综试区": (PROJECT, _WEAK),
    "示范区": (PROJECT, _WEAK),
    "先行区": (PROJECT, _WEAK),
    "合作区": (PROJECT, _WEAK),
    "开发区": (PROJECT, _WEAK),
    "经济区": (PROJECT, _WEAK),
    "保税区": (PROJECT, _WEAK),
    "自由贸易试验区": (PROJECT, _WEAK),
    "园区": (PROJECT, _FACILITY),
    "产业园区": (PROJECT, _FACILITY),
    "工业园区": (PROJECT, _FACILITY),
    "科技园区": (PROJECT, _FACILITY),
    "物流园区": (PROJECT, _FACILITY),
    "产业园": (PROJECT, _FACILITY),
    "测试平台": (PROJECT, _FACILITY),
    "测试床": (PROJECT, _FACILITY),
    "试验床": (PROJECT, _FACILITY),
    "软件园": (PROJECT, _FACILITY),
    "科技园": (PROJECT, _FACILITY),
    "工业园": (PROJECT, _FACILITY),
    "物流园": (PROJECT, _FACILITY),
    "信息港": (PROJECT, _FACILITY),
    # national and regional backbones (中部非洲通信骨干网, TASIM光纤骨干网)
    "骨干网": (PROJECT, _WEAK),
    "出入口局": (PROJECT, _FACILITY),
    "公路": (PROJECT, _FACILITY),
    "高速公路": (PROJECT, _FACILITY),
    "快速路": (PROJECT, _FACILITY),
    "高速路": (PROJECT, _FACILITY),
    "铁路": (PROJECT, _FACILITY),
    "高铁": (PROJECT, _FACILITY),
    "机场": (PROJECT, _FACILITY),
    "码头": (PROJECT, _FACILITY),
    "大桥": (PROJECT, _FACILITY),
    "隧道": (PROJECT, _FACILITY),
    "水电站": (PROJECT, _FACILITY),
    "电站": (PROJECT, _FACILITY),
    "电厂": (PROJECT, _FACILITY),
    "管道": (PROJECT, _FACILITY),
    # a factory named by its owner or its place (比亚迪巴西乘用车工厂, 图林根工厂), not 合资工厂
    _FACTORY: (PROJECT, _PROPER_ONLY),
    "卫星": (PROJECT, _PROPER_ONLY),
    "地面站": (PROJECT, _PROPER_ONLY),
    "地球站": (PROJECT, _PROPER_ONLY),
    "接收站": (PROJECT, _PROPER_ONLY),
    # Organisations.
    "组织": (ORG, _WEAK),
    "有限公司": (ORG, _STRONG),
    "控股有限公司": (ORG, _STRONG),
    "集团有限公司": (ORG, _STRONG),
    "控股集团": (ORG, _STRONG),
    "控股公司": (ORG, _STRONG),
    "控股": (ORG, _STRONG),
    "公司": (ORG, _STRONG),
    "集团": (ORG, _STRONG),
    "银行": (ORG, _STRONG),
    # 布达佩斯证券交易所, 上海石油天然气交易所: a market is a body
    "交易所": (ORG, _STRONG),
    "基金会": (ORG, _STRONG),
    "基金": (ORG, _WEAK),
    "协会": (ORG, _STRONG),
    "学会": (ORG, _STRONG),
    "联合会": (ORG, _STRONG),
    "商会": (ORG, _STRONG),
    "联盟": (ORG, _WEAK),
    "机制": (ORG, _PROPER_ONLY),
    "委员会": (ORG, _STRONG),
    "理事会": (ORG, _STRONG),
    # an advisory body named by its field and rank (人工智能高级别咨询机构)
    "咨询机构": (ORG, _STRONG),
    # regional economic communities (东非共同体, 中部非洲国家经济和货币共同体)
    "共同体": (ORG, _WEAK),
    "秘书处": (ORG, _STRONG),
    "研究院": (ORG, _STRONG),
    "研究所": (ORG, _STRONG),
    "研究中心": (ORG, _STRONG),
    "合作中心": (ORG, _WEAK),
    "大学": (ORG, _STRONG),
    "学院": (ORG, _STRONG),
    "学校": (ORG, _PROPER_ONLY),
    "海关": (ORG, _STRONG),
    # a hospital, a procuratorate, a people's political consultative conference (广西壮族自治区政协)
    "医院": (ORG, _STRONG),
    "检察院": (ORG, _STRONG),
    "政协": (ORG, _STRONG),
    "分行": (ORG, _STRONG),
    "支行": (ORG, _STRONG),
    "商报": (ORG, _STRONG),
    "时报": (ORG, _STRONG),
    "晚报": (ORG, _STRONG),
    "通讯社": (ORG, _STRONG),
    "新闻社": (ORG, _STRONG),
    "电视台": (ORG, _STRONG),
    # a broadcaster's regional station and its channels (央视非洲分台, 中央电视台英语新闻频道)
    "分台": (ORG, _STRONG),
    "频道": (ORG, _PROPER_ONLY),
    "日报": (ORG, _STRONG),
    "政府": (ORG, _STRONG),
    "大使馆": (ORG, _STRONG),
    "委": (ORG, _STRONG),
    "办": (ORG, _STRONG),
    "厅": (ORG, _STRONG),
    "部": (ORG, _STRONG),
    "局": (ORG, _STRONG),
    "署": (ORG, _STRONG),
    # Initiatives.
    "倡议": (INITIATIVE, _WEAK),
    "战略": (INITIATIVE, _WEAK),
    "规划": (INITIATIVE, _WEAK),
    "行动计划": (INITIATIVE, _WEAK),
    "方案": (INITIATIVE, _WEAK),
    "纲要": (INITIATIVE, _WEAK),
    "愿景": (INITIATIVE, _WEAK),
    "经济走廊": (INITIATIVE, _FACILITY),
    "走廊": (INITIATIVE, _WEAK),
    "经济带": (INITIATIVE, _WEAK),
    "命运共同体": (INITIATIVE, _WEAK),
    # a named diplomatic process (广岛人工智能进程, 布达佩斯进程)
    "进程": (INITIATIVE, _PROPER_ONLY),
    # Named years of cooperation (中国—东盟数字经济合作年, 中柬友好年).
    "合作年": (INITIATIVE, _FACILITY),
    "交流年": (INITIATIVE, _FACILITY),
    "友好年": (INITIATIVE, _FACILITY),
    "创新年": (INITIATIVE, _FACILITY),
    "旅游年": (INITIATIVE, _FACILITY),
    "文化年": (INITIATIVE, _FACILITY),
    "艺术年": (INITIATIVE, _FACILITY),
    # Named programmes of partners (中非数字创新伙伴计划): the partnership names the plan.
    "伙伴计划": (INITIATIVE, _FACILITY),
    "友谊年": (INITIATIVE, _FACILITY),
    "发展年": (INITIATIVE, _FACILITY),
    # Agreements.
    "协定": (AGREEMENT, _WEAK),
    "协议": (AGREEMENT, _WEAK),
    "合同": (AGREEMENT, _WEAK),
    "谅解备忘录": (AGREEMENT, _FACILITY),
    "备忘录": (AGREEMENT, _WEAK),
    "联合声明": (AGREEMENT, _WEAK),
    "声明": (AGREEMENT, _WEAK),
    "公报": (AGREEMENT, _WEAK),
    "宣言": (AGREEMENT, _WEAK),
    "条约": (AGREEMENT, _WEAK),
    "公约": (AGREEMENT, _WEAK),
    "宪章": (AGREEMENT, _WEAK),
    # soft-law texts bodies adopt (人工智能伦理问题建议书, 广岛进程国际行为准则)
    "建议书": (AGREEMENT, _WEAK),
    "行为准则": (AGREEMENT, _WEAK),
    "指导原则": (AGREEMENT, _WEAK),
    "自由贸易区": (AGREEMENT, _WEAK),
    "成果清单": (AGREEMENT, _WEAK),
    "自贸区": (AGREEMENT, _WEAK),
    # Events.
    "会议": (EVENT, _WEAK),
    "峰会": (EVENT, _WEAK),
    "论坛": (EVENT, _WEAK),
    "分论坛": (EVENT, _WEAK),
    "大会": (EVENT, _WEAK),
    "博览会": (EVENT, _WEAK),
    # games a city hosts (北京奥运会, 广州亚运会)
    "奥运会": (EVENT, _STRONG),
    "冬奥会": (EVENT, _STRONG),
    "亚运会": (EVENT, _STRONG),
    "展览会": (EVENT, _WEAK),
    "会晤": (EVENT, _WEAK),
    "研讨会": (EVENT, _WEAK),
    "座谈会": (EVENT, _WEAK),
    "年会": (EVENT, _WEAK),
    "培训班": (EVENT, _WEAK),
    "研修班": (EVENT, _WEAK),
    "研讨班": (EVENT, _WEAK),
    "足球赛": (EVENT, _WEAK),
    "锦标赛": (EVENT, _WEAK),
    "交易会": (EVENT, _WEAK),
    "洽谈会": (EVENT, _WEAK),
    "推介会": (EVENT, _WEAK),
    "对话会": (EVENT, _WEAK),
    "开幕式": (EVENT, _WEAK),
    "启动会": (EVENT, _WEAK),
    "发布会": (EVENT, _WEAK),
    "推进会": (EVENT, _WEAK),
    "对接会": (EVENT, _WEAK),
    "交流会": (EVENT, _WEAK),
    "成果展": (EVENT, _WEAK),
    "展览": (EVENT, _WEAK),
    "展会": (EVENT, _WEAK),
    # a trade fair named by its trade (2023年赞比亚农业技术展, 非洲通信展)
    "技术展": (EVENT, _WEAK),
    "科技展": (EVENT, _WEAK),
    "通信展": (EVENT, _WEAK),
    "电子展": (EVENT, _WEAK),
    "农机展": (EVENT, _WEAK),
    "航展": (EVENT, _WEAK),
    "典礼": (EVENT, _WEAK),
    # a themed week is held as a meeting is (中国—东盟教育交流周)
    "交流周": (EVENT, _WEAK),
    "活动周": (EVENT, _WEAK),
    # Places.
    "港": (PLACE, _FACILITY),
    "口岸": (PLACE, _FACILITY),
    "自治区": (PLACE, _STRONG),
    "自治州": (PLACE, _STRONG),
    "地区": (PLACE, _WEAK),
    "新区": (PLACE, _STRONG),
    # An operator named after its country (尼泊尔电信, 巴基斯坦移动): only right after one.
    "电信": (ORG, _STRONG),
    "移动": (ORG, _STRONG),
    "联通": (ORG, _STRONG),
}
_OPERATOR_HEADS = frozenset(("电信", "移动", "联通"))
_PROCESS = "进程"
# what a named diplomatic process is named after: its field or the place it opened in
_NAMES_A_PROCESS = frozenset((EntityClass.TECHNOLOGY, PLACE))
# What a generic word after an operator head makes of it (电信运营商 "telecom operators").
_OPERATOR_CONTINUATIONS = frozenset(
    (
        "运营",
        "设备",
        "市场",
        "行业",
        "领域",
        "服务",
        "基础",
        "网络",
        "业务",
        "产业",
        "技术",
        "企业",
        "通信",
        "互联",
    )
)
# A longer dictionary word that starts with a head and still ends the name (公司总部 "the
# company's headquarters").
_AFTER_HEAD_WORDS = ("总部", "大楼", "旗下")
_HEAD = re.compile("|".join(sorted(map(re.escape, _HEADS), key=len, reverse=True)))
_ONE_CHAR_HEADS = {head for head in _HEADS if len(head) == 1}
# Two-character words ending in a one-character head that are no names (东部 "the east",
# 干部 "cadre", 格局 "pattern").
_NOT_A_HEAD = {
    "东部",
    "西部",
    "南部",
    "北部",
    "中部",
    "内部",
    "外部",
    "全部",
    "局部",
    "部分",
    "干部",
    "本部",
    "总部",
    "大部",
    "一部",
    "当局",
    "格局",
    "布局",
    "大局",
    "全局",
    "结局",
    "开局",
    "举办",
    "主办",
    "承办",
    "创办",
    "开办",
    "兴办",
    "合办",
    "总署",
    "签署",
    "部署",
    "公署",
    "学院派",
    # rooms of a building, not a government's department (服务中心|大厅, 展厅, 餐厅)
    "大厅",
    "展厅",
    "餐厅",
    "客厅",
    "门厅",
}
# Names that a document title carries in 《》, by the head that ends them.
_TITLE_HEADS: dict[str, EntityClass] = {
    "协定": AGREEMENT,
    "协议": AGREEMENT,
    "备忘录": AGREEMENT,
    "声明": AGREEMENT,
    "公报": AGREEMENT,
    "宣言": AGREEMENT,
    "条约": AGREEMENT,
    "公约": AGREEMENT,
    "宪章": AGREEMENT,
    "合同": AGREEMENT,
    "倡议": INITIATIVE,
    "方案": INITIATIVE,
    "规划": INITIATIVE,
    "战略": INITIATIVE,
    "计划": INITIATIVE,
    "纲要": INITIATIVE,
    "意见": INITIATIVE,
    "路线图": INITIATIVE,
    "行动计划": INITIATIVE,
    "愿景": INITIATIVE,
    "2025": INITIATIVE,
    "清单": AGREEMENT,
    "白皮书": AGREEMENT,
    # a law or a code, which the contract files with agreements: 《中华人民共和国对外贸易法》,
    # 《欧洲芯片法案》, 《通用数据保护条例》, 《无线电规则》
    "法": AGREEMENT,
    "法案": AGREEMENT,
    "条例": AGREEMENT,
    "规则": AGREEMENT,
    "准则": AGREEMENT,
}
_BOOK_TITLE = re.compile(r"《([^《》\n]{2,40})》")
# Words that end a walk whatever jieba calls them: function words, determiners, time words,
# and verbs the dictionary files as nouns (部署, 会见, 途经).
_STOP_WORDS = {
    "等",
    "的",
    "和",
    "与",
    "及",
    "以及",
    "或",
    "将",
    "在",
    "对",
    "从",
    # 距胶东国际机场约10公里: a distance from a place
    "距",
    "距离",
    "向",
    "为",
    "由",
    "把",
    "被",
    "是",
    "于",
    "以",
    "并",
    "也",
    "还",
    "已",
    "其",
    "该",
    "这",
    "那",
    "各",
    "每",
    "本",
    "此",
    "即",
    "相关",
    "有关",
    "其他",
    "其它",
    "重点",
    "重大",
    "建设",
    "主要",
    "一批",
    "多个",
    "旗下",
    "所属",  # 集团所属研究院: the group's institute, two names
    "启动",  # (a verb the dictionary files as a noun: 启动|中非数字创新伙伴计划)
    # verbs jieba files as nouns or names before a name: 利用|巴伊亚州科技园, 中标|巴西Oi公司,
    # 充分发挥|中巴信息技术产业联合工作组机制, 通达|瓜达尔港 (not 经, which opens 经信委 too)
    "部分",  # 东非|部分地区: part of a region is no region's name
    "利用",
    "中标",
    "发挥",
    "充分发挥",
    "通达",
    "直达",
    "始于",
    "依托",
    "借助",
    "运营",
    "下属",
    "首个",
    "一个",
    "这一",
    "我国",
    "我区",
    "我省",
    "我市",
    "当地",
    "今年",
    "明年",
    "去年",
    "目前",
    "同时",
    "此外",
    "未来",
    "部署",
    "铺设",
    "会见",
    "途经",
    "惠及",
    "计划",
    "评价",
    "消息",
    "据",
    "代表",
    "两国",
    "双方",
    "包括",
    "成为",
    "作为",
    "通过",
    "位于",
    "地处",
    "记者",
    "获悉",
    "据悉",
    "报道",
    "新建",
    "在建",
    "共同",
    "积极",
    "正式",
    "首座",
    "首条",
    "一条",
    "一座",
    "所有",
    "全国",
    "全球",
    "国内",
    "境外",
    "新一代",
    "大中型",
    "大型",
    "中型",
    "小型",
    "沿线",
    "周边",
    "区域",
    # What a company is to another, said before its name: 全资子公司|中国联通（巴西）公司.
    "子公司",
    "全资子公司",
    "控股子公司",
    "母公司",
    "合资公司",
    "合资企业",
    "运营商",
    # verbs that jieba's dictionary tags as nouns or attributes: 发改委|核准|…工程, …|主办|的论坛
    "核准",
    "设置",
    "资助",
    "主办",
    "承办",
    "协办",
    "上线",  # 中国|上线|跨境二维码统一网关: a work going online
    "下线",
    # verbs of where a route leads that the dictionary tags as adverbs (经Mobily网络|通往|海湾地区)
    "通往",
    "通向",
    "前往",
}
_STOP_TAGS = {
    "v",
    "vd",
    "vi",
    "vq",
    "p",
    "c",
    "u",
    "uj",
    "ul",
    "uv",
    "uz",
    "ud",
    "ug",
    "d",
    "r",
    "rr",
    "rz",
    "y",
    "e",
    "o",
    "t",
    "tg",
    "f",
    "q",
    "mq",
    "k",
    "h",
    "zg",
}
# Single characters whose dictionary tag says little (信 "letter", 经 "through") unless they
# are one of these function words.
FUNCTION_CHARS = frozenset(
    "的了在和与及或将对从向为由把被是于以并也还已其该这那各每本此即等据所之而但就都又才再很最更着过个座条项家批种只台位名时"
    # 暨 ("and, held together with") joins two names and starts none (the dictionary files it as a name)
    "暨"
)
# Verbs that end an idiom or a compound the dictionary files as a name (积极争取, 联合开发).
_GOVERNING_VERBS = {
    "争取",
    "推进",
    "实施",
    "开展",
    "开发",
    "推动",
    "加快",
    "加强",
    "支持",
    "参与",
    "打造",
    "完善",
    "落实",
}
# (项目总承包单位|中国空间技术研究院, 承建单位|…: a body's role in a work, said before its name; 单位
# "unit" is how Chinese news calls any body by its role)
_GOVERNING_ENDINGS = (*_GOVERNING_VERBS, "单位")
# Adverbs that modify a clause's verb and stand in no name: 中华电信|随后|联系国际海缆, 研究|更新|中墨投资协定
# (jieba files 更新 "update" as an adverb).
_CLAUSE_ADVERBS = frozenset(
    (
        *("随后", "随即", "已经", "已于", "共同", "分别", "一同", "首先", "再次", "仍然", "依然", "即将"),
        *("不断", "一直", "曾经", "率先", "最终", "终于", "逐步", "陆续", "相继", "纷纷", "进一步", "立即"),
        *("尽快", "同步", "更新"),
    )
)
_TIME_WORD = re.compile(r"[年月日时今昨明]|目前|当前|近期|以来|之前|之后|期间")
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nt", "nz", "j", "eng", "LEX", "Q", "BR", "ORD", "DASH"}
_ADJECTIVE_TAGS = {"a", "ad", "an", "ag", "b", "z"}
# Verbs after which an initiative's or agreement's name may itself start with a verb:
# 提出|促进数字时代互联互通倡议.
_PROPOSING = {"提出", "发起", "发布", "宣布", "倡导", "推出", "启动", "签署", "通过", "倡议"}
_PUNCTUATION = set("，。、；：！？,.;:!?…\n\t 　·「」『』【】[]{}<>《》|（(“‘")
_OPEN_QUOTES = {"”": "“", '"': '"', "’": "‘", "」": "「"}
_CLOSE_BRACKETS = {"）": "（", ")": "("}
_DASHES = set("—－-–‐/")
_ROUTE_WORDS = {"至", "到"}
_ORDINAL = re.compile(
    r"第[零〇一二三四五六七八九十百千两\d]+(?:次|届|轮|期)|首(?:届|次|期|轮)|\d+世纪|[一二三四五六七八九十]+期"
)
_ORDINAL_ENDS = frozenset("次届轮期纪")
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&+-]*$")
# A power line's or a substation's voltage is part of its name, the grid tells its lines apart by it:
# 中老500千伏联网工程, 默蒂亚里—拉合尔±660千伏直流输电工程.
_VOLTAGE = re.compile(r"±?\d+(?:\.\d+)?(?:千伏|kV|KV)$")
_PHASE = re.compile(r"(?:升级改造|改扩建|扩建|改造|升级)?[一二三四五六七八九十\d]+期(?:工程|项目)?")
_ROUTE = re.compile(r"(?<=[(（从、])([\u4e00-\u9fff]{2,5}?)至([\u4e00-\u9fff]{2,5}?)(?=段|[)）])")
_METRO_LINE = re.compile(r"轨道交通[^\s，。、；（(]{1,4}?线")
# Persons: a title next to a name (总统侯赛因, 侯赛因总统), or a name before a verb of saying.
_TITLES = (
    "国家主席",
    "主席",
    "副总统",
    "总统",
    "副总理",
    "总理",
    "首相",
    "国王",
    # 沙特王储穆罕默德·本·萨勒曼, 卡塔尔埃米尔塔米姆: a crown prince and an emir
    "王储",
    "埃米尔",
    "大使",
    "副董事长",
    "董事长",
    "总经理",
    "副总裁",
    "总裁",
    "首席执行官",
    "首席行政官",
    "副部长",
    # a minister in Cambodia, Thailand, Japan or the UK (柬埔寨内政大臣萨肯)
    "大臣",
    # 全国人大常委会副委员长蔡达峰; 防疫署第一副署长博特祖拉巴耶维奇; 教科文组织总干事阿祖莱
    "副委员长",
    "委员长",
    "副署长",
    "署长",
    "副总干事",
    "总干事",
    "团长",
    # a commander (巴格达行动司令部司令鲁拜伊)
    "司令员",
    "司令",
    "领队",
    "组长",
    "科长",
    # an academician (中国科学院院士杨元喜), a province's executive councillor (执委姆申古), an
    # aide (总统外事助理波赫)
    "院士",
    "执委",
    "助理",
    "部长助理",
    "部长",
    # a vice-minister in Arab, African and Latin-American governments (苏丹投资部次长艾哈迈德·沙瓦尔)
    "副次长",
    "次长",
    "外长",
    # 日本外相茂木敏充, 美国国务卿蓬佩奥, 澳大利亚防长马尔斯: foreign and defence ministers as the press
    # names them
    "外相",
    "副国务卿",
    "国务卿",
    "防长",
    "副秘书长",
    "秘书长",
    # the head of Hong Kong's or Macao's government (行政长官李家超, 行政长官林郑月娥)
    "行政长官",
    "主任",
    "局长",
    "厅长",
    "省长",
    "市长",
    "书记",
    "教授",
    "院长",
    "校长",
    "发言人",
    "行长",
    "理事长",
    "会长",
    "大法官",
    "首席代表",
    "代表",
    "经理",
    "国务秘书",
    # a ministry's permanent secretary (经济关系局常秘卡齐·绍夫伊克·阿扎姆)
    "常务秘书",
    "常秘",
    "秘书",
    "参赞",
    "总领事",
    "领事",
    "特使",
    "司长",
    "处长",
    "董事",
    "总监",
    "首席运营官",
    "首席技术官",
    "创始人",
    "议长",
    "州长",
    "总督",
    "副主任",
    "副主席",
    "轮值董事长",
    "轮值主席",
    "记者",
    "临时代办",
    "总设计师",
    "总指挥",
    "总工程师",
    "总经济师",
    "总会计师",
    "首席经济学家",
    # a live-stream or programme host (主播黄钰婷)
    "主播",
    "主持人",
    "研究员",
    "负责人",
    "CEO",
    "CFO",
    "CTO",
    "COO",
    # Malaysian honorifics, written before the name like a title (特使拿督林万锋)
    "拿督斯里",
    "丹斯里",
    "拿督",
    "拿汀",
)
_TITLE = re.compile("|".join(sorted(_TITLES, key=len, reverse=True)))
_TITLE_END = re.compile("(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + ")$")
_SAYING = re.compile(r"表示|指出|强调|介绍说|介绍|认为|透露|说")
# What people do in the news, after their name with no title beside it: 张云明出席, 东姑扎夫鲁分别代表.
_ACTING = re.compile(
    r"(?:并|还|也|随后|先后|共同|分别|亲自)?(?:出席|会见|会晤|主持|致辞|签署|参加|访问|宣布|会谈|见证|代表|率团|率队|带队|陪同|宣读)"
)
_ADVERBS_BEFORE_SAYING = frozenset("则也还亦又却更")
# a general's rank is written after the name: 贾利勒·鲁拜伊中将
_RANK_AFTER_NAME = re.compile(r"[上中少准]将|[大上中少]校")
# Adverbs that follow a name before what the person does (张梦伊|仍在办公室加班)
_ADVERBS_AFTER_NAME = frozenset("仍正亦再刚才")
_SHORTEST_FOREIGN, _LONGEST_FOREIGN = 4, 6
_OPENS_AN_ACTOR = frozenset("，。；：、与和及 ")
_NAME_BREAKS = set("了和与及、于在对的是向为由，。；：")
# Function words that follow a name and never end one: 刘鹤|以视频方式出席, 诺罗夫|等, 贺信|并致辞.
_AFTER_NAME = _NAME_BREAKS | set("以并等也将已曾就均都还则却又便即同从自率用")
_AND_OTHERS = "等"
# A noun and a postposition after 在/于 is a place in a text, not a name: 在|贺信中|指出.
_POSTPOSITIONS = frozenset("中时上里后前内")
_LOCATIVE_PREPOSITIONS = frozenset("在于从")
# The most common Chinese surnames: a two- or three-character run that starts with one of
# them and that the dictionary does not know is a person's name next to a title or a verb of
# saying (尚冰表示, 董事长尚冰).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# Two-character surnames: a name that opens with one may have four characters (欧阳自远).
_COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "令狐",
        "夏侯",
        "端木",
    )
)
_WINDOW = 32


# jieba's dictionary keeps words it saw only a few times (徐步 4 "slowly", 拉出 3 "pull out"); right
# after a title such a word is far more often a name it happens to spell (大使徐步, 总统皮涅拉出席).
_RARE_WORD_COUNT = 10


@functools.cache
def _jieba_dictionary() -> tuple[dict[str, str], frozenset[str]]:
    """jieba's dictionary read once per process: word → part-of-speech tag, and the words of two
    or three characters it counts fewer than ``_RARE_WORD_COUNT`` times (from the disk cache when
    it holds them: reading the 350,000 lines takes a second)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return {}, frozenset()
    dictionary = Path(spec.origin).parent / "dict.txt"
    try:
        stat = dictionary.stat()
    except OSError:
        return {}, frozenset()
    cached_path = cache_path(
        "jieba-words",
        [str(dictionary), str(stat.st_size), str(stat.st_mtime_ns), str(_RARE_WORD_COUNT), "verb-pairs"],
    )
    cached = read_cache(cached_path)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached[0], cached[1]
    read = _read_jieba_dictionary(dictionary)
    write_cache(cached_path, read)
    return read


def _read_jieba_dictionary(dictionary: Path) -> tuple[dict[str, str], frozenset[str]]:
    words: dict[str, str] = {}
    rare: set[str] = set()
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 3 and len(parts[0]) <= 8:
                words[parts[0]] = parts[2]
            counted = len(parts) >= 2 and parts[1].isdigit()
            if counted and 2 <= len(parts[0]) <= 3 and int(parts[1]) < _RARE_WORD_COUNT:
                rare.add(parts[0])
    # jieba tags some phrases of two verbs as person names (应邀出席, 应邀参加, 宣布独立: each opens
    # with a surname's character); read as names, they would join a name before a head
    # (他应邀出席|发布会). Two verbs make a verb.
    for word, tag in words.items():
        if (
            tag == "nr"
            and len(word) == 4
            and words.get(word[:2], "").startswith("v")
            and words.get(word[2:], "").startswith("v")
        ):
            words[word] = "v"
    return words, frozenset(rare)


def chinese_words() -> dict[str, str]:
    """Word → part-of-speech tag, from jieba's dictionary (read once per process)."""
    return _jieba_dictionary()[0]


def rare_chinese_words() -> frozenset[str]:
    """Words of two or three characters that jieba's dictionary counts fewer than ten times."""
    return _jieba_dictionary()[1]


@dataclass(frozen=True, slots=True)
class Protected:
    """A span that the walk keeps whole: a lexicon name, with its class."""

    start: int
    end: int
    cls: EntityClass


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    tag: str
    cls: EntityClass | None = None

    def text(self, text: str) -> str:
        return text[self.start : self.end]


class _Tokenizer:
    """Backward maximum matching over a text, keeping lexicon names, quotes and brackets whole."""

    def __init__(self, text: str, protected: Sequence[Protected]) -> None:
        self.text = text
        self.words = chinese_words()
        self.by_end: dict[int, Protected] = {}
        self.starts: set[int] = set()
        self.inside: set[int] = set()
        self.mask = bytearray(len(text) + 1)
        self.start_cls: dict[int, EntityClass] = {}
        for span in protected:
            self.starts.add(span.start)
            self.start_cls.setdefault(span.start, span.cls)
            previous = self.by_end.get(span.end)
            if previous is None or span.start < previous.start:
                self.by_end[span.end] = span
            self.inside.update(range(span.start + 1, span.end))
            self.mask[span.start + 1 : span.end] = b"\x01" * (span.end - span.start - 1)
        self._cache: dict[tuple[int, int], _Token | None] = {}

    def longest_name_end(self, start: int) -> int | None:
        """Where the longest lexicon name of two to six characters that starts at ``start`` ends."""
        for end in range(start + 6, start + 1, -1):
            span = self.by_end.get(end)
            if span is not None and span.start == start:
                return end
        return None

    def covers(self, start: int, end: int) -> bool:
        """Whether a lexicon name goes on inside ``[start, end)`` (past its first character)."""
        return self.mask.find(1, start, end) >= 0

    def token_before(self, end: int, floor: int) -> _Token | None:
        """The token that ends at ``end`` and starts at ``floor`` or later (remembered: walks overlap)."""
        key = (end, floor)
        cached = self._cache.get(key, self)
        if cached is not self:
            return cached  # type: ignore[return-value]
        token = self._token_before(end, floor)
        self._cache[key] = token
        return token

    def _token_before(self, end: int, floor: int) -> _Token | None:
        if end <= floor:
            return None
        text = self.text
        span = self.by_end.get(end)
        if span is not None and span.start >= floor:
            return _Token(span.start, span.end, "LEX", span.cls)
        char = text[end - 1]
        if char in _OPEN_QUOTES:
            opening = text.rfind(_OPEN_QUOTES[char], max(floor, end - 14), end - 1)
            if opening >= 0:
                return _Token(opening, end, "Q")
        if char in _CLOSE_BRACKETS:
            opening = text.rfind(_CLOSE_BRACKETS[char], max(floor, end - 12), end - 1)
            inner = text[opening + 1 : end - 1] if opening >= 0 else ""
            if opening >= 0 and inner and not any(c in _PUNCTUATION for c in inner):
                return _Token(opening, end, "BR")
            return _Token(end - 1, end, "w")
        if char in _DASHES:
            return _Token(end - 1, end, "DASH")
        if char in _PUNCTUATION or char.isspace():
            return _Token(end - 1, end, "w")
        if char in "伏V":
            voltage = _VOLTAGE.search(text, max(floor, end - 10), end)
            if voltage is not None:
                return _Token(voltage.start(), end, "VOLT")
        if char.isascii() and char.isalnum():
            match = _LATIN.search(text, max(floor, end - 20), end)
            start = match.start() if match else end - 1
            tag = "m" if text[start:end].isdigit() else "eng"
            return _Token(start, end, tag)
        ordinal = self._ordinal_before(end, floor)
        if ordinal is not None:
            return ordinal
        transliterated = self._transliteration_before_dash(end, floor)
        if transliterated is not None:
            return transliterated
        for length in range(min(6, end - floor), 1, -1):
            start = end - length
            if self.mask.find(1, start, end) >= 0:
                continue
            known = self.words.get(text[start:end])
            if known is not None:
                return _Token(start, end, known)
        return _Token(end - 1, end, self.words.get(char, "x"))

    def _transliteration_before_dash(self, end: int, floor: int) -> _Token | None:
        """默蒂亚里|—拉合尔: a foreign town the dictionary lacks, spelled in the characters of
        transliteration, before the dash of a route is a place; its last character alone (里) would
        end the walk."""
        text = self.text
        if end >= len(text) or text[end] not in _DASHES:
            return None
        start = end
        while start > max(floor, end - 6) and text[start - 1] in TRANSLITERATION and start not in self.by_end:
            start -= 1
        word = text[start:end]
        if end - start < 3 or self.mask.find(1, start, end) >= 0 or word in self.words:
            return None
        return _Token(start, end, "ns")

    def _ordinal_before(self, end: int, floor: int) -> _Token | None:
        if self.text[end - 1] not in _ORDINAL_ENDS:
            return None
        for match in _ORDINAL.finditer(self.text, max(floor, end - 10), end):
            if match.end() == end:
                return _Token(match.start(), end, "ORD")
        return None


def _is_proper(token: _Token) -> bool:
    if token.tag == "LEX":
        return token.cls is not EntityClass.TECHNOLOGY
    return token.tag in _PROPER_TAGS


def _latin_between(text: str, space: int, after: int, floor: int) -> bool:
    """A space between two capitalised Latin words inside a name."""
    return (
        after == space + 1
        and space > floor
        and text[after : after + 1].isascii()
        and text[after : after + 1].isupper()
        and text[space - 1].isascii()
        and text[space - 1].isalnum()
    )


def _latin_start(token: _Token, text: str) -> bool:
    """The token is a name in Latin letters (Ooredoo, Dialog Axiata), from the lexicon or not."""
    first = text[token.start : token.start + 1]
    return first.isascii() and first.isalpha()


def _technology(token: _Token) -> bool:
    return token.tag == "LEX" and token.cls is EntityClass.TECHNOLOGY


def _joins(before: _Token, after: _Token) -> bool:
    """A dash or slash between two names: proper words or lexicon names of any class (北斗/GNSS)."""
    return (_is_proper(before) or before.tag == "LEX") and (_is_proper(after) or after.tag == "LEX")


def _stops(token: _Token, text: str) -> bool:
    word = token.text(text)
    if token.tag in ("w", "m") or word in _STOP_WORDS:
        return True
    if token.tag in ("LEX", "Q", "BR", "ORD", "DASH", "VOLT"):
        return False
    if len(word) == 1:
        if token.tag == "f" and word in _PLACE_WORDS and not _online(text, token.start):
            # 塔马诺在|线上|发布会: "at", "in", "after" end a clause and name nothing (线上, "online",
            # the dictionary lacks: 中国—东盟线上博览会)
            return True
        # (按合资公司: a preposition; 至 and 到 join a route's ends, 同 the parties of a year)
        return (
            word in FUNCTION_CHARS
            or token.tag.startswith("v")
            or (token.tag == "p" and word not in _ROUTE_WORDS and word != "同")
        )
    if token.tag == "d":
        # (jieba files 首都 and 高速 as adverbs: only the adverbs of a clause end the walk)
        return word in _CLAUSE_ADVERBS
    if token.tag == "t":
        return bool(_TIME_WORD.search(word))
    if word.endswith(_GOVERNING_ENDINGS):
        return True
    return token.tag in _STOP_TAGS


_PLACE_WORDS = frozenset("上下内外前后里间旁")


def _online(text: str, position: int) -> bool:
    """线|上 "online" (线下 "offline") at ``position``, not 在线|上 "at … on"."""
    return text[position - 1 : position] == "线" and text[position - 2 : position - 1] != "在"


_HEADED_BY_CHIEF = frozenset(("部", "局", "厅", "署"))
# Bodies whose chief may be called 部长 (秘书处|部长); 政府 and 电信 name fields of ministries too
# (房屋及地方政府部|长, 贸易、旅游和电信部|副部长).
_BODY_HEADS = ("秘书处", "办公室", "办事处", "委员会")
# (科技局|局长: the dictionary's 局局长 does not hide the bureau before its chief)
_CHIEF_AFTER = re.compile(r"长|副?[部局厅署]长")


# Common nouns that go on after a head and that the dictionary lacks: 骨干网|络 "backbone networks".
_COMMON_NOUNS_OVER_HEADS = frozenset(("骨干网络",))


def _head_is_word_end(text: str, start: int, end: int, words: dict[str, str]) -> bool:
    """A head ends a word: 部 in 外交部 does, 部 in 部门 does not, nor 中心 in 中心城市."""
    if text.startswith(_AFTER_HEAD_WORDS, end):
        return True
    if text[start:end] in _HEADED_BY_CHIEF and _CHIEF_AFTER.match(text, end):
        # 数字经济部|长, 工贸部|副部长: the body whose chief is named (not the 部 of 部长 itself,
        # nor 秘书处|部长: the minister of a body another head ends)
        return text[start - 1 : start] not in _HEADED_BY_CHIEF | {"", "副"} and not text.endswith(
            _BODY_HEADS, max(0, start - 4), start
        )
    if end - start >= 2 and _TITLE.match(text, end):
        return True  # 交流协会|会长刘利民: a body's chief after it (the dictionary's 协会会长 aside)
    for extra in (1, 2):
        longer = text[start : end + extra]
        if end + extra <= len(text) and (longer in words or longer in _COMMON_NOUNS_OVER_HEADS):
            return False
    if end - start == 1 and start > 0:
        pair = text[start - 1 : end]
        if pair in _NOT_A_HEAD or words.get(pair, "n") in _STOP_TAGS | {"m", "a"}:
            return False
    return True


def _head_word(
    text: str, head_start: int, head_end: int, floor: int, tokenizer: _Tokenizer
) -> tuple[int, bool]:
    """Where the head's word starts: 发改委 and 公安厅 are words that end with a head.

    Returns the start and whether the head is a whole dictionary word of its own (公安厅 may
    stand alone as a name; 委员会 may not); a start of -1 when the head is inside a lexicon
    name that goes on after it.
    """
    lexicon_name = tokenizer.by_end.get(head_end)
    if lexicon_name is not None and lexicon_name.start <= head_start:
        return lexicon_name.start, False
    if head_start in tokenizer.inside:
        return -1, False
    if text.startswith(_ORGANISE, head_start) and text.endswith(_ORGANISERS, floor, head_start):
        return -1, False  # 菲律宾国家电信委员会|组织的竞标: a body organises, 组织 is no second head
    words = tokenizer.words
    for length in range(min(6, head_end - floor), head_end - head_start, -1):
        start = head_end - length
        word = text[start:head_end]
        tag = words.get(word)
        if tag is None or tokenizer.covers(start, head_end):
            continue
        if word in _NOT_A_HEAD or tag in _STOP_TAGS or word in _STOP_WORDS:
            return -1, False
        if words.get(word[:2], "").startswith("v") and words.get(word[:2]) != "vn":
            return -1, False  # 发表声明 "issue a statement": a verb and its object, no name
        if any(word.startswith(stop) for stop in _STOP_WORDS if len(stop) >= 2):
            return -1, False  # 重大项目, 相关部门: a determiner and a head, no name
        return start, tag in ("n", "nt", "j", "nz") and length >= 3
    return head_start, False


# What a contract is for, between a project's name and 合同/协议: SAIL|建设|合同.
_CONTRACT_NOUNS = frozenset(("建设", "运营", "维护", "采购", "供货", "融资", "贷款", "投资", "施工", "承建"))


# 援 and 援助: the verb of an aid project, whose donor its name says (中国援老挝…, 中国援助所罗门群岛…)
_AID = frozenset(("援", "援助"))
# Words that say what a company is (电信运营商, 设备制造商) and end before its name.
_KINDS_OF_COMPANY = ("制造商", "运营商", "供应商", "服务商", "开发商", "厂商", "巨头", "企业", "承包商")
# Nouns of a field that 与/和/及 may join inside a name (发展与合作, 科技和创新).
_FIELD_TAGS = frozenset(("vn", "n"))
_NUMERAL_CHARS = frozenset("一二三四五六七八九十百千万")
# A meeting's parts, however they are joined, name no meeting: 开幕式暨主论坛, 主论坛和分论坛.
_EVENT_PARTS = re.compile(
    r"(?:(?:开幕式|闭幕式|欢迎宴会|主论坛|分论坛|平行论坛|主题论坛|专题论坛|圆桌会议|全体会议|主旨演讲)(?:暨|和|与|及|、)?)+"
)
_ACROSS = "跨"
_ROUTE_QUALIFIERS = frozenset(("直达", "直连"))
_OPENING_SESSION = re.compile(
    r"(?:论坛|会议|峰会|大会|博览会|年会)(?:开幕式)?暨(?:主论坛|全体会议|主旨论坛)$"
)
# 建设 "building" ends a name after a verb (加快|建设|数据中心) and a work's name (两国|建设|…光缆); in a
# meeting's or a body's name after a noun it is part of it (能力建设, 基础设施建设: a field)
_BUILDING = frozenset(("建设",))
# Heads that open with a field another may be joined to (发展与|合作中心).
_FIELD_HEADS = ("合作", "发展", "创新", "研究", "交流")


# The last words of a body's name, which no field of a longer name ends with
_BODY_ENDINGS = tuple(head for head, (cls, _) in _HEADS.items() if cls is ORG and len(head) >= 2)
# the one-character heads of a ministry or a bureau: a field word ending with one is a body's name
_MINISTRY_ENDINGS = frozenset("部局委厅署")
_ORGANISE = "组织"
_ORGANISERS = (*_BODY_ENDINGS, "中心")


def _field(token: _Token) -> bool:
    """A field a name is of: a noun (发展, 通信) or a technology the lexicon knows (数字经济)."""
    return (
        token.tag in _FIELD_TAGS
        or token.tag == "j"
        or (token.tag == "LEX" and token.cls is EntityClass.TECHNOLOGY)
    )


# Tags jieba gives words that name a ministry's field only inside a list (教育、创新、青年、体育、
# 艺术与文化部: 创新 is a verb, 青年 a time word to it)
_LISTED_FIELD_TAGS = frozenset(("v", "t", "a", "an"))


def _listed_field(token: _Token, text: str) -> bool:
    return token.tag in _LISTED_FIELD_TAGS and token.end - token.start == 2 and text[token.end] == "、"


def _opens_with_place(text: str, start: int) -> bool:
    """The name at ``start`` opens with a word the dictionary files as a place (美国贸易发展署)."""
    words = chinese_words()
    return any(words.get(text[start : start + length]) == "ns" for length in (2, 3, 4))


def _walk(
    tokenizer: _Tokenizer, head_start: int, floor: int, cls: EntityClass, *, government: bool = False
) -> list[_Token]:
    """The tokens of the name that ends where the head starts, left to right (``government``: the
    head is a government body's)."""
    text = tokenizer.text
    tokens: list[_Token] = []
    end = head_start
    while end > floor and end - head_start > -_WINDOW:
        token = tokenizer.token_before(end, floor)
        if token is None:
            break
        word = token.text(text)
        if word == " " and tokens and _latin_between(text, token.start, tokens[0].start, floor):
            tokens.insert(0, _Token(token.start, token.end, "DASH"))  # Intra| |Asia海缆: a Latin name's space
            end = token.start
            continue
        if token.tag == "DASH" or word in _ROUTE_WORDS:
            before = tokenizer.token_before(token.start, floor)
            if word in _ROUTE_WORDS and cls is PLACE:
                break  # 从蒙特港|到|威廉斯港: a route joins two places, it names no place
            if tokens and before is not None and _joins(before, tokens[0]):
                tokens.insert(0, _Token(token.start, token.end, "DASH"))
                end = token.start
                continue
            break
        if word in _AID and cls is PROJECT and tokens:
            before = tokenizer.token_before(token.start, floor)
            if before is not None and before.tag == "LEX" and before.cls is EntityClass.COUNTRY:
                tokens[:0] = [before, token]  # 中国|援|老挝…项目: an aid project names its donor
                break
        if cls is ORG and (tokens or head_start in tokenizer.starts) and word.endswith(_KINDS_OF_COMPANY):
            break  # 电缆制造商|亨通集团: what the company is, said before its name
        if (
            word in _MINISTRY_JOINS
            and cls in (EVENT, ORG)
            and not tokens
            and text.startswith(_FIELD_HEADS, head_start)
        ):
            before = tokenizer.token_before(token.start, floor)
            if before is not None and before.tag in _FIELD_TAGS:
                tokens.insert(0, token)  # 人工智能发展|与|合作中心: a field joined to the head's own
                end = token.start
                continue
        if (
            word == "、"
            and cls is ORG
            and tokens
            and (_field(tokens[0]) or _listed_field(tokens[0], text))
            # the join is among the fields walked, or right after them when the last field and
            # the head are one word (投资|、|贸易|及|工业部: the walk starts at 及)
            and (any(t.text(text) in _MINISTRY_JOINS for t in tokens) or text[head_start] in _MINISTRY_JOINS)
        ):
            before = tokenizer.token_before(token.start, floor)
            if before is not None and _listed_field(before, text):
                tokens[:0] = [before, token]
                end = before.start
                continue
            if before is not None and _field(before):
                # 贸易|、|旅游和电信部: the fields listed before the last one's 和, a field that is a
                # stop word elsewhere included (乍得计划|、|经济和国际合作部: 计划 "plans to")
                tokens[:0] = [before, token]
                end = before.start
                continue
        if word in _MINISTRY_JOINS and cls in (EVENT, ORG) and tokens and _field(tokens[0]):
            before = tokenizer.token_before(token.start, floor)
            # (…技术学院|和|中资企业天唐集团: a body's name ends before 和, no field of the next)
            if (
                before is not None
                and _field(before)
                and not before.text(text).endswith(_BODY_ENDINGS)
                # (联邦经济和能源部|与|联邦交通…部: a ministry's name ends before 与)
                and before.text(text)[-1] not in _MINISTRY_ENDINGS
            ):
                # 互联网发展|与|合作论坛, 信息通信|和|数字经济部: two fields joined inside a name
                tokens.insert(0, token)
                end = token.start
                continue
        if word in _MINISTRY_JOINS and cls is PROJECT and tokens and _technology(tokens[0]):
            before = tokenizer.token_before(token.start, floor)
            owner = tokenizer.token_before(before.start, floor) if before is not None else None
            if before is not None and _technology(before) and owner is not None and _is_proper(owner):
                tokens.insert(0, token)  # 孔扎数据中心|和|智慧城市项目: two fields of one named project
                end = token.start
                continue
        if cls is AGREEMENT and word in _CONTRACT_NOUNS:
            before = tokenizer.token_before(token.start, floor)
            if before is not None and _is_proper(before):
                tokens.insert(0, token)
                end = token.start
                continue
        if token.tag == "m" and word in _NUMERAL_CHARS and tokens and tokens[0].tag not in ("q", "m"):
            before = tokenizer.token_before(token.start, floor)
            if before is not None and before.tag == "LEX" and before.cls in (PLACE, EntityClass.COUNTRY):
                tokens.insert(0, token)  # 南宁|五象新区: a numeral opens a place's name after its city
                break
        if (
            not tokens
            and cls is ORG
            and word in _BUSINESSES
            and text.startswith(_COMPANY_HEAD_TUPLE, head_start)
        ):
            # 中铁|建设|集团, 中国交通|建设|股份有限公司: a company named by its trade
            tokens.insert(0, token)
            end = token.start
            continue
        if not tokens and cls is ORG and word in _HEADS and _HEADS[word][0] is EVENT:
            tokens.insert(0, token)  # 元首|会晤|机制, 论坛|秘书处: the meeting a body runs
            end = token.start
            continue
        if word in _FIELD_HEADS and token.tag.startswith("v"):
            before = tokenizer.token_before(token.start, floor)
            if before is not None and (
                before.tag in _FIELD_TAGS or _is_proper(before) or _technology(before)
            ):
                # 数字|创新|伙伴计划, 人工智能|创新|合作中心: a field inside a name, after the noun it is of
                tokens.insert(0, token)
                end = token.start
                continue
        if cls is PROJECT and (
            (word == _ACROSS and tokens and tokens[0].tag == "LEX") or word in _ROUTE_QUALIFIERS
        ):
            tokens.insert(0, token)  # 跨|里海|海底光缆, 跨太平洋|直达|光缆: how a work runs
            end = token.start
            continue
        if word in _BUILDING and (tokens or cls is EVENT) and cls in (EVENT, ORG):
            before = tokenizer.token_before(token.start, floor)
            if before is not None and before.tag in ("n", "vn", "nz"):
                # 数字能力|建设|合作论坛, 能力|建设|研讨班: capacity building is a field
                tokens.insert(0, token)
                end = token.start
                continue
        if (
            government
            and len(word) > 1
            and not _is_proper(token)
            and (
                (tokens and tokens[0].tag == "LEX" and tokens[0].cls is EntityClass.COUNTRY)
                or (not tokens and head_start in tokenizer.starts and _opens_with_place(text, head_start))
            )
        ):
            break  # 证实|美国贸易发展署: a government body's name opens with its country
        if tokens and _latin_start(tokens[0], text) and word.endswith(_LATIN_NAME_KINDS):
            break  # 卡塔尔系企业|Ooredoo缅甸公司: the kind a Latin name is said to be is no part of it
        if len(word) == 1 and (token.tag == "c" or word == "同"):
            before = tokenizer.token_before(token.start, floor)
            if (
                cls is PLACE
                or (before is not None and before.tag == "LEX" and before.cls is ORG)
                or (cls is ORG and tokenizer.start_cls.get(token.end) is ORG)
            ):
                # 昆明|同|亚太地区, 中国—东盟中心|同|深圳市人民政府, 新闻中心|同|上合组织: 同 or a
                # conjunction joins two names, in neither of them (中国|同|中亚国家人民文化艺术年 is one
                # name; any other preposition ends the walk in _stops)
                break
        if word == _WORLDWIDE and cls in (ORG, EVENT, INITIATIVE) and tokens:
            # 全球|能源互联网发展合作组织, 全球|数字贸易博览会: a world body's or meeting's name opens with
            # it (all 35 such names in the sets); before a field alone it says where (全球|数字经济)
            tokens.insert(0, token)
            end = token.start
            continue
        if _stops(token, text):
            if cls in (INITIATIVE, AGREEMENT) and token.tag == "v" and tokens:
                before = tokenizer.token_before(token.start, floor)
                if before is not None and before.text(text) in _PROPOSING:
                    tokens.insert(0, token)
            break
        tokens.insert(0, token)
        end = token.start
    while tokens and tokens[0].tag in ("BR", "DASH"):
        tokens.pop(0)
    return tokens


_WORLDWIDE = "全球"
# Heads of a government's bodies: the country before them is part of the name (巴基斯坦外交部,
# 老挝技术部), even when the rest is a name of its own (外交部 alone is China's).
_GOVERNMENT_HEADS = frozenset(("部", "局", "委", "署", "厅", "办", "委员会", "政府", "大使馆", "秘书处"))
# Heads of a company's name: a foreign country before them says where the company comes from
# (英国|环球海事公司, 美国|思科公司), unless the rest is a bare industry word that the country's
# operator is named with (喀麦隆电信公司, 俄罗斯国家石油公司). Chinese companies are named 中国….
_COMPANY_HEADS = frozenset(("公司", "有限公司", "集团", "集团有限公司"))
_COMPANY_HEAD_TUPLE = ("公司", "有限公司", "股份有限公司", "集团", "集团有限公司", "控股")
_LONGEST_COMPANY_HEADS_FIRST = tuple(sorted(_COMPANY_HEAD_TUPLE, key=len, reverse=True))
# Trades a company's name may end with before its head, though they are verbs elsewhere.
_BUSINESSES = frozenset(
    (
        "建设",
        "投资",
        "发展",
        "工程",
        "建工",
        "开发",
        "设计",
        "通信",
        "科技",
        "咨询",
        "输电",
        "输配电",
        "配电",
        "发电",
        "供电",
    )
)
_INDUSTRY_WORDS = frozenset(
    (
        "电信",
        "移动",
        "通信",
        "邮电",
        "邮政",
        "电力",
        "航空",
        "铁路",
        "电网",
        "石油",
        "天然气",
        "广播",
        "电视",
        "卫星",
        "国家",
        # (汤加电缆公司 is Tonga Cable Ltd, 塞舌尔海缆系统公司 Seychelles Cable Systems)
        "电缆",
        "光缆",
        "海缆",
    )
)
_HOME_COUNTRY = "中国"
# Parts of speech of common words: a country's company named by what it does keeps the country
# (沙特机电服务公司, 埃及输电公司, 美国海底通信公司); one with a name of its own is that name
# (瑞典|爱立信公司, 南非|MTN集团). In the annotated sets the country stays in 82 such names and goes
# in 24.
_COMMON_WORD_TAGS = frozenset(("n", "vn", "v", "s", "b"))


def _says_what_it_does(token: _Token, text: str) -> bool:
    word = token.text(text)
    return word in _INDUSTRY_WORDS or (len(word) >= 2 and token.tag in _COMMON_WORD_TAGS)


# a figure and a classifier of bodies right before a name of one (47家, 十余所, 3个)
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[多余]?[家所个]$")
# Societies, institutes and chambers keep their country in their name (中国初级保健基金会,
# 葡萄牙中华总商会, 中国空间技术研究院): the sets write it so in 51 of 52 names.
_SOCIETY_HEADS = frozenset(("基金会", "商会", "协会", "学会", "联合会", "研究院", "研究所", "联盟"))
_CHINAS_REGIONS = frozenset(("香港", "澳门", "台湾"))


def _holds_a_body(text: str, tokens: Sequence[_Token]) -> bool:
    """Whether a body's name is among ``tokens``: one the lexicon knows or one with a body's head."""
    return any(
        token.cls is ORG
        or (token.tag != "LEX" and _HEADS.get(token.text(text), (None,))[0] is ORG)
        or token.text(text).endswith(("大学", "学院"))
        for token in tokens
    )


def _names_a_factory(text: str, tokens: Sequence[_Token], head_start: int) -> bool:
    """A factory's name opens with its owner or its place, after its country if at all (比亚迪巴西乘用车
    工厂, 德国图林根工厂): not with a verb nor holding one (富士康|出售|印度iPhone工厂), not with a
    country alone (华为在中国工厂生产) or before a common word (中国手机品牌传音孟加拉国新工厂), and
    代工厂 is a contract maker's plant (苹果代工厂)."""
    owner_or_place = tokens[1:2] if tokens and tokens[0].cls is EntityClass.COUNTRY else tokens[:1]
    return (
        bool(owner_or_place)
        and owner_or_place[0].tag == "LEX"
        and owner_or_place[0].cls in (ORG, PLACE)
        and not any(token.tag.startswith("v") for token in tokens)
        and "代工" not in text[head_start - 1 : head_start + 2]
    )


def _strip_leading_country(text: str, tokens: list[_Token], head_is_name: bool, head: str) -> list[_Token]:
    """巴基斯坦|卡洛特水电站: a country before a name of its own is where the thing is, not its name."""
    if not tokens or tokens[0].tag != "LEX" or tokens[0].cls is not EntityClass.COUNTRY:
        return tokens
    rest = tokens[1:]
    if (rest and rest[0].tag in ("DASH", "BR")) or head in _GOVERNMENT_HEADS:
        return tokens  # (中国（阿拉山口）跨境电商综合试验区: the bracket names where in the country)
    if head in _SOCIETY_HEADS and not _holds_a_body(text, rest):
        return tokens  # (新加坡|南洋理工大学拉惹勒南国际研究院: the university's institute)
    if head in _COMPANY_HEADS and rest and tokens[0].text(text) != _HOME_COUNTRY:
        return tokens if _says_what_it_does(rest[0], text) else rest
    if head in _COMPANY_HEADS and rest and rest[0].tag == "LEX" and rest[0].cls is EntityClass.PLACE:
        return tokens  # 中国亚太移动通信卫星有限责任公司: a region names no company of its own
    if tokens[0].text(text) == _HOME_COUNTRY and rest and rest[0].text(text) in _CHINAS_REGIONS:
        return tokens  # 中国香港美国海缆系统: "Hong Kong, China" is one name
    if rest and rest[0].text(text) == "同":
        return tokens  # 中国|同|中亚国家人民文化艺术年: the first of the parties, not the setting
    if rest and rest[0].text(text) in _AID:
        return tokens  # 中国援老挝…项目: the donor names the aid project
    if head_is_name or any(_is_proper(token) and token.tag != "j" for token in rest):
        return rest  # (an abbreviation such as 邮电 is no name of its own: 老挝邮电技术学院)
    return tokens


# Nouns an initiative head may qualify (战略合作 "strategic cooperation", 战略伙伴关系).
_QUALIFIED_NOUNS = (
    "合作",
    "伙伴",
    "互信",
    "对接",
    "沟通",
    "协作",
    "关系",
    "目标",
    "意义",
    "高度",
    "布局",
    "支点",
    "机遇",
)
# Initiative heads that a country alone before them does not make a name of (中国方案 "China's
# solution", 中国战略): the country's plan in general, not a named one.
_GENERIC_INITIATIVE_HEADS = frozenset(("方案", "战略", "规划", "愿景", "纲要", "倡议"))
# Words between a country and a generic head that still name no initiative: 柬埔寨|政府|规划.
_GENERIC_OWNERS = frozenset(("政府", "国家", "官方"))
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d{2}年?$")


def _names_no_initiative(text: str, tokens: Sequence[_Token], cls: EntityClass, head: str) -> bool:
    """中方倡议, 柬埔寨政府规划: a country's (or its government's) plan in general, no named one."""
    return (
        cls is INITIATIVE
        and head in _GENERIC_INITIATIVE_HEADS
        and 1 <= len(tokens) <= 2
        and tokens[0].tag == "LEX"
        and tokens[0].cls is EntityClass.COUNTRY
        and all(token.text(text) in _GENERIC_OWNERS for token in tokens[1:])
    )


# Words that make a government a kind of one, not a named body (非洲国家政府, 数字政府, 地方政府).
_KINDS_OF_GOVERNMENT = frozenset(
    ("国家", "各国", "数字", "电子", "地方", "当地", "成员国", "有关", "相关", "智慧")
)


def _names_no_government(text: str, tokens: Sequence[_Token], head: str, head_end: int) -> bool:
    """非洲国家政府 "the governments of African countries", 柬埔寨数字政府 "Cambodia's digital
    government": a kind of government (of a place), no body of its own."""
    if head != "政府" or not tokens:
        return False
    owner_end = tokens[0].end if tokens[0].tag == "LEX" else tokens[0].start
    kind = text[owner_end : head_end - len(head)]
    return any(word in kind for word in _KINDS_OF_GOVERNMENT)


def _with_year(text: str, start: int, floor: int, cls: EntityClass) -> int:
    """2021|中国国际智能产业博览会, 2024年|中非互联网发展与合作论坛: a year written right before an
    event's name is part of it (the name of one edition)."""
    if cls is not EVENT or text.startswith(("第", "首届"), start):
        return start  # 2019年|第22次中国—东盟领导人会议: the ordinal names the edition already
    match = _YEAR_BEFORE.search(text, max(floor, start - 5), start)
    return match.start() if match else start


def _accepts(tokens: Sequence[_Token], minimum: int, facility: bool, event: bool = False) -> bool:
    if any(_is_proper(token) for token in tokens):
        return True
    content = [token for token in tokens if token.tag not in ("w",)]
    if (_words_in(content) if event else len(content)) < minimum:
        return False
    return facility or not (len(content) < 4 and content[0].tag in _ADJECTIVE_TAGS)


def _words_in(tokens: Sequence[_Token]) -> int:
    """How many words the tokens hold: a technology the lexicon knows counts as the words it is
    made of (数字|教育, 人工|智能). A meeting is named by its field (2024世界数字教育大会,
    2022国际数字经济博览会): learning the field as a technology must not unmake its name."""
    return sum(max(1, (token.end - token.start) // 2) if _technology(token) else 1 for token in tokens)


def _class_of_zone(name: str, cls: EntityClass) -> EntityClass:
    """A free-trade area between parties (中国—东盟自贸区) is an agreement; a pilot zone a project."""
    if cls is AGREEMENT and name.endswith(("自由贸易区", "自贸区")):
        return AGREEMENT if any(dash in name for dash in _DASHES) else PROJECT
    return cls


def find_names_zh(
    text: str,
    spans: Sequence[tuple[int, int]],
    protected: Sequence[Protected],
) -> list[Candidate]:
    """Names ended by a head word, titles in 《》, people next to titles, in the given spans.

    ``protected`` are the lexicon names of the text, kept whole by the walk.
    """
    tokenizer = _Tokenizer(text, protected)
    words = tokenizer.words
    found, boundaries = _datelines(text)
    place_ends = {p.start: p.end for p in protected if p.cls in (PLACE, EntityClass.COUNTRY)}
    found = [
        _after_a_known_place(c, place_ends) if c.rule == "zh-dateline-place" else c
        for c in found
        if c.rule != "zh-dateline-place" or not _known_places_in_a_row(c, place_ends)
    ]
    latin_names: list[Candidate] = []
    for sentence_start, sentence_end in spans:
        sentence = text[sentence_start:sentence_end]
        for match in _HEAD.finditer(sentence):
            head_start, head_end = sentence_start + match.start(), sentence_start + match.end()
            if head_end not in tokenizer.by_end and not _head_is_word_end(text, head_start, head_end, words):
                continue  # a lexicon name that ends with the head (外交部|发表) ends a word
            group = match.group()
            while head_start in tokenizer.inside and len(group) > 1 and head_end not in tokenizer.by_end:
                # 计算中心 starts inside 云计算: the head is the 中心 after the lexicon name.
                group, head_start = group[1:], head_start + 1
            if group not in _HEADS:
                continue
            known = tokenizer.by_end.get(head_end)
            if len(group) == 1 and known is not None and known.start < head_start and known.cls in _HOSTS:
                continue  # 联合国总部 is a place the lexicon knows, not a body headed by 部
            cls, minimum = _HEADS[group]
            if cls is INITIATIVE and text.startswith(_QUALIFIED_NOUNS, head_end):
                continue  # 中阿战略|合作: the head qualifies a noun
            head_start, whole_word = _head_word(text, head_start, head_end, sentence_start, tokenizer)
            if head_start < 0:
                continue
            floor = max(sentence_start, head_start - _WINDOW, _boundary_before(boundaries, head_start))
            quoted = _quoted_name(text, head_start, floor, cls)
            if quoted is not None:
                found.append(Candidate(quoted[0], quoted[1], cls, "pattern", 0.9, "zh-quoted-name"))
                continue
            head_is_name = head_start in tokenizer.starts
            walked = _walk(tokenizer, head_start, floor, cls, government=group in _GOVERNMENT_HEADS)
            if group in _OPERATOR_HEADS and not _names_operator(text, walked, head_end):
                continue
            tokens = _strip_leading_country(text, walked, head_is_name, group)
            if group == _REGION and tokens and all(_known_place(token) for token in tokens):
                continue  # 澳门|地区, 大洋洲|地区: a known place's region is the place itself
            if group == _REGION and tokens and tokens[0].tag == "LEX" and tokens[0].cls is ORG:
                continue  # 上合组织|地区|反恐怖机构: a body's regional office, not a place
            if _names_no_initiative(text, tokens, cls, group) or _names_no_government(
                text, tokens, group, head_end
            ):
                continue
            if minimum == _PROPER_ONLY and not any(token.tag == "LEX" for token in tokens):
                continue  # 建立健全会晤机制: a mechanism is named by the parties it joins
            if group == _FACTORY and not _names_a_factory(text, tokens, head_start):
                continue
            if group == _PROCESS and (not tokens or tokens[-1].cls not in _NAMES_A_PROCESS):
                continue  # 广岛|人工智能|进程 is named; 非洲|数字化|进程 is Africa's going digital
            if not tokens and whole_word and cls is ORG:
                start = head_start
                if text[start - 1 : start] in _MINISTRY_JOINS:
                    start = _ministry_start(tokenizer, start, floor, cls)
                found.append(Candidate(start, head_end, cls, "pattern", 0.6, "zh-head-word"))
                continue
            if not tokens and head_is_name:
                extended = _extend_right(text, head_start, head_end, sentence_end)
                dated = _with_year(text, head_start, floor, cls)
                if extended > head_end or dated < head_start:
                    found.append(Candidate(dated, extended, cls, "pattern", 0.8, "zh-name-phase"))
                continue
            facility = minimum == _FACILITY and cls is not ORG
            if not tokens or not _accepts(tokens, minimum - whole_word, facility, event=cls is EVENT):
                continue
            if not head_is_name and all(token.tag == "ORD" for token in tokens):
                continue  # 首届会议, 第二次会议: which meeting, not whose
            if cls is EVENT and _EVENT_PARTS.fullmatch(text, tokens[0].start, head_end):
                continue  # 开幕式暨主论坛: the parts of a meeting, not its name
            start = tokens[0].start
            if (
                cls is ORG
                and text[start - 1 : start] in _MINISTRY_JOINS
                and not any(_is_proper(token) for token in walked)
                # (联邦经济和能源部|与|联邦交通和数字基础设施部: a body's name ends before 与)
                and text[start - 2 : start - 1] not in _MINISTRY_ENDINGS
            ):
                start = _ministry_start(tokenizer, start, floor, cls)
            start = _with_year(text, start, floor, cls)
            if text[start - 1 : start] in ("（", "("):
                # （现华海通信技术有限公司）: the body's name after the note word
                start += next((len(note) for note in _BRACKET_NOTES if text.startswith(note, start)), 0)
            end = _extend_right(text, start, head_end, sentence_end)
            serial = _SERIAL_NUMBER.match(text, end) if group in _NUMBERED_HEADS and end == head_end else None
            end = serial.end() if serial else end
            name = text[start:end]
            if cls is ORG and _COUNTED_BEFORE.search(text, max(floor, start - 8), start):
                continue  # 47家|突尼斯大学: bodies of a kind counted, none named
            if cls is EVENT and _OPENING_SESSION.search(name):
                continue  # …论坛|开幕式暨主论坛: the forum's opening session; the forum is named alone
            confidence = 0.85 if any(_is_proper(token) for token in tokens) else 0.7
            # 热索瓦口岸 is the border post at 热索瓦: the place's own name names it too
            canonical = name[: -len(group)] if group in _PLACE_KIND_HEADS and end == head_end else None
            found.append(
                Candidate(
                    start, end, _class_of_zone(name, cls), "pattern", confidence, "zh-head", None, canonical
                )
            )
        found += _route_ends(text, sentence_start, sentence, tokenizer)
        found += _prc_laws(sentence_start, sentence)
        found += _book_titles(text, sentence_start, sentence)
        found += _metro_lines(text, sentence_start, sentence, tokenizer)
        found += _persons(text, sentence_start, sentence_end, tokenizer)
        found += _dot_names(text, sentence_start, sentence_end, tokenizer)
        found += _outlets(text, sentence_start, sentence_end)
        latin = _latin_after_kind(text, sentence_start, sentence_end)
        latin_names += latin
        found += latin
        found += _missions(text, sentence_start, sentence_end, tokenizer)
        found += _places_after_kind(text, sentence_start, sentence_end, tokenizer)
        found += _glossed_places(text, sentence_start, sentence_end, tokenizer)
        found += _quoted_buildings(text, sentence_start, sentence_end)
        if "登陆" in sentence or "上岸" in sentence:
            found += _landing_places(text, sentence_start, sentence_end, tokenizer)
        if "岛" in sentence:
            found += _islands(text, sentence_start, sentence_end, tokenizer)
    found = _without_kinds_before_latin_names(text, found, latin_names)
    found += _named_ceremonies(text, spans, [*protected, *found])
    found += _places_after_countries(text, spans, tokenizer)
    found += _ministry_departments(text, spans, protected)
    found += _bodies_opening_names(text, found)
    found += _glossed_quotes(text, spans)
    return found


# “沃特沃斯计划”（Project Waterworth）, “非洲连接”（Africa Connect）: a quoted Chinese name glossed
# with the foreign name in brackets; both are names of the thing, which the English head (or
# else the Chinese one) classes
_GLOSSED_QUOTE = re.compile(
    r"“([^“”，。；\n]{2,20})”\s*[（(]((?:[A-Z][A-Za-z0-9.&'’-]*)(?:\s+[A-Za-z0-9.&'’-]+){0,5})[)）]"
)


def _glossed_quotes(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    english = head_classes()
    found = []
    for start, end in spans:
        for match in _GLOSSED_QUOTE.finditer(text, start, end):
            words = match.group(2).lower().split()
            if len(words) < 2:
                continue  # (“乌莫贾”（Umoja）: a bare name says not what it is)
            cls = english.get(words[-1]) or english.get(words[0])
            if cls is None:
                chinese_head = next((head for head in _HEADS if match.group(1).endswith(head)), None)
                cls = _HEADS[chinese_head][0] if chinese_head else None
            if cls is None or cls in (PLACE, EntityClass.COUNTRY, PERSON):
                continue
            for group in (1, 2):
                found.append(
                    Candidate(
                        match.start(group),
                        match.end(group),
                        cls,
                        "pattern",
                        0.75,
                        "zh-glossed-quote",
                        None,
                        match.group(2),
                    )
                )
    return found


# What may follow a company's head inside one longer company name (中国电信集团|有限公司).
_LEGAL_CONTINUATIONS = ("有限", "股份", "控股", "公司", "集团")
_MEMBERS = ("常委", "委员")


def _bodies_opening_names(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """上海财经大学|电子商务研究中心, 白俄罗斯经济部|创新事业经济局: a body whose name opens the
    name of a unit of it is named too, inside the longer one, as in English "the …
    Association of the Chinese Chamber of Commerce"."""
    ends_by_start: dict[int, list[int]] = {}
    for candidate in found:
        if candidate.source == "pattern" and candidate.cls is ORG:
            ends_by_start.setdefault(candidate.start, []).append(candidate.end)
    bodies = []
    for body in found:
        if body.cls is not ORG or body.rule != "zh-head" or body.end - body.start < 4:
            continue
        if text.endswith(tuple(_OPERATOR_HEADS), body.start, body.end) or text.startswith(_MEMBERS, body.end):
            continue  # 南宁市委|常委: a member of the body, no unit of it
        longer = [end for end in ends_by_start.get(body.start, ()) if end > body.end + 1]
        if not longer or text.startswith(_LEGAL_CONTINUATIONS, body.end):
            continue
        start = body.start + 1 if text[body.start] in _OPEN_QUOTES else body.start  # ”|乌兹别克斯坦…
        bodies.append(body._replace(start=start, source="compound", rule="zh-body-opening-name"))
    return bodies


# A department of a ministry or a commission, named after it: 外交部|亚洲司, 工信部|国际合作司,
# 商务部|电子商务和信息化司, 非盟委员会|教育科技创新司 (a 司 that is no 公司 and starts no 司长)
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,9}?(?<!公)司(?!长|法|机|令)")
_MINISTRY_ENDS = ("部", "委", "委员会")


_REGION = "地区"


def _known_place(token: _Token) -> bool:
    return token.tag == "LEX" and token.cls in (PLACE, EntityClass.COUNTRY)


def _ministry_departments(
    text: str, spans: Sequence[tuple[int, int]], protected: Sequence[Protected]
) -> list[Candidate]:
    found = []
    for ministry in protected:
        if ministry.cls is not ORG or not text.endswith(_MINISTRY_ENDS, ministry.start, ministry.end):
            continue
        if not any(start <= ministry.end < end for start, end in spans):
            continue
        department = _DEPARTMENT.match(text, ministry.end)
        if department is not None:
            rule = "zh-ministry-department"
            found.append(Candidate(ministry.start, department.end(), ORG, "pattern", 0.75, rule))
    return found


_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:本报|本网|本台|据)?"
    r"((?:新华社|中新社|中新网|人民网|新华网|央视网|国际在线|[\u4e00-\u9fff]{2,6}(?:社|报|网|电视台|财经))?)"
    r"([\u4e00-\u9fff]{2,8}?)?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)"
)


# 中国证券网讯（记者 …）, 本报讯: an outlet's dateline without a place or a date
_UNDATED_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:本报|本网|([\u4e00-\u9fff]{2,6}(?:社|报|网|电视台)))讯(?:[（(][^（()）\n]{0,24}[)）])?"
)


def _datelines(text: str) -> tuple[list[Candidate], list[int]]:
    """新华社加德满都1月12日电: the agency, the place, and where the dateline ends (no name goes
    on across it: not 日电中尼陆上跨境光缆, not 网讯国家发展和改革委员会)."""
    found: list[Candidate] = []
    ends: list[int] = []
    for match in _DATELINE.finditer(text):
        if match.group(1):
            found.append(Candidate(match.start(1), match.end(1), ORG, "pattern", 0.75, "zh-dateline-agency"))
            ends.append(match.end(1))  # (新华社|越南岘港: no place's name takes in the agency)
        if match.group(2):  # (据新华社22日电: the agency's report, no place)
            found.append(Candidate(match.start(2), match.end(2), PLACE, "pattern", 0.7, "zh-dateline-place"))
        ends.append(match.end())
    for match in _UNDATED_DATELINE.finditer(text):
        if match.group(1):
            found.append(Candidate(match.start(1), match.end(1), ORG, "pattern", 0.75, "zh-dateline-agency"))
        ends.append(match.end())
    for end in ends:
        found += _byline_without_title(text, end)
    found += _closing_byline(text)
    return found, sorted(ends)


# 新华社西昌12月11日电（李国利、赵金龙）: the bracket right after a dateline holds the reporters'
# names even without 记者 before them, each opening with a surname
_UNTITLED_BYLINE = re.compile(r"\s?[（(]([\u4e00-\u9fff]{2,3}(?:[、 ][\u4e00-\u9fff]{2,3}){0,3})[）)]")


def _byline_without_title(text: str, dateline_end: int) -> list[Candidate]:
    match = _UNTITLED_BYLINE.match(text, dateline_end)
    if match is None:
        fused = _FUSED_BYLINE.match(text, dateline_end)
        # (张素 宗兆盾 once the space between them is gone: two names, each opening with a surname)
        return _two_names(text, fused.start(1), fused.end(1) + 1) if fused else []
    names = list(re.finditer(r"[\u4e00-\u9fff]+", match.group(1)))
    if not all(name.group()[0] in _SURNAMES for name in names):
        return []
    offset = match.start(1)
    return [
        Candidate(offset + name.start(), offset + name.end(), PERSON, "pattern", 0.7, "zh-byline-names")
        for name in names
    ]


_FUSED_BYLINE = re.compile(r"\s?[（(]([\u4e00-\u9fff]{4,6})[）)]")
# "…表示歉意。(韩枝)", a news report's last line "（李芳）": the name of who wrote or edited it
_CLOSING_BYLINE = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[）)]\s*$")


def _closing_byline(text: str) -> list[Candidate]:
    match = _CLOSING_BYLINE.search(text, max(0, len(text) - 12))
    if match is None or match.group(1)[0] not in _SURNAMES or match.group(1) in chinese_words():
        return []
    return [Candidate(match.start(1), match.end(1), PERSON, "pattern", 0.65, "zh-closing-byline")]


def _known_places_in_a_row(candidate: Candidate, ends: dict[int, int]) -> bool:
    """新疆克拉玛依: a region and a place in it that the lexicon knows, each a name of its own
    (``ends``: where each known place or country starting at an offset ends)."""
    position, pieces = candidate.start, 0
    while position in ends and position < candidate.end:
        position, pieces = ends[position], pieces + 1
    return position == candidate.end and pieces >= 2


def _after_a_known_place(candidate: Candidate, ends: dict[int, int]) -> Candidate:
    """越南岘港: a dateline's place after the country it is in is the town alone (the country is
    a name of its own)."""
    known_end = ends.get(candidate.start)
    if known_end is None or candidate.end - known_end < 2:
        return candidate
    return candidate._replace(start=known_end)


def _boundary_before(boundaries: Sequence[int], position: int) -> int:
    """The last dateline end at or before ``position`` (0 if none)."""
    index = bisect_right(boundaries, position)
    return boundaries[index - 1] if index else 0


_CLOSING_QUOTES = {"”": "“", "」": "「", "’": "‘"}


_GENERIC_WORK_HEADS = ("工程", "项目")


def _quoted_name(text: str, head_start: int, floor: int, cls: EntityClass) -> tuple[int, int] | None:
    """“研究北斗卫星导航系统落地阿拉伯项目”倡议: the quoted words are the initiative's name, and
    “海峡光缆1号”工程 the work's (工程, 项目 after the quotes only say it is a work)."""
    quoted_work = cls is PROJECT and text.startswith(_GENERIC_WORK_HEADS, head_start)
    if (cls not in (INITIATIVE, AGREEMENT) and not quoted_work) or head_start == 0:
        return None
    opening = _CLOSING_QUOTES.get(text[head_start - 1])
    if opening is None:
        return None
    start = text.rfind(opening, max(0, floor - 8, head_start - 48), head_start - 1)
    inner = text[start + 1 : head_start - 1] if start >= 0 else ""
    if len(inner) < 2 or any(char in "，。；：！？\n" for char in inner):
        return None
    return start + 1, head_start - 1


def _names_operator(text: str, tokens: Sequence[_Token], head_end: int) -> bool:
    """尼泊尔电信: an operator head names a company only right after a country or place."""
    if not tokens or len(tokens) > 2 or text.startswith(_OPERATOR_CONTINUATION_TUPLE, head_end):
        return False
    return all(token.tag == "LEX" and token.cls in (EntityClass.COUNTRY, PLACE) for token in tokens)


_OPERATOR_CONTINUATION_TUPLE = tuple(_OPERATOR_CONTINUATIONS)
_OPERATOR_HEAD_TUPLE = tuple(_OPERATOR_HEADS)
# The nouns after an operator head that make it the name of a sector, not of a company: the
# kinds of company (运营商, 运营企业) and the sector itself (行业, 市场).
_SECTOR_NOUNS = ("运营商", "运营企业", "企业", "行业", "产业", "市场", "领域", "设备商", "服务商")


def operator_head_in_sector(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` ends with an operator head (电信, 移动, 联通) that the
    next words make a sector's: 斯里兰卡电信|运营商Dialog Axiata is a Sri Lankan telecom operator,
    not Sri Lanka Telecom; 中国电信|市场 is China's telecom market."""
    return text[start:end].endswith(_OPERATOR_HEAD_TUPLE) and text.startswith(_SECTOR_NOUNS, end)


_MINISTRY_JOINS = frozenset("与和及")


def _ministry_start(tokenizer: _Tokenizer, start: int, floor: int, cls: EntityClass) -> int:
    """尼泊尔信息与通信部: a foreign ministry's name may join two fields with 与 after its country;
    without a country, the fields joined are the name's start."""
    before = _walk(tokenizer, start - 1, floor, cls)
    country_first = bool(before) and before[0].tag == "LEX" and before[0].cls is EntityClass.COUNTRY
    if country_first and not any(_is_proper(token) for token in before[1:]):
        return before[0].start
    # 创新|及|科技局, 创新科技|及|工业局 (Hong Kong's bureaus): the fields joined before the head's own
    fields_start = start - 1
    while (field := tokenizer.token_before(fields_start, floor)) is not None and (
        _field(field) or field.text(tokenizer.text) in _FIELD_HEADS
    ):
        fields_start = field.start
    return fields_start if fields_start < start - 1 else start


_CEREMONY = re.compile("仪式")
_CEREMONY_VERBS = re.compile(
    r"开通|启动|揭牌|签约|签字|开工|竣工|落成|奠基|商用|投产|通车|贯通|上线|启用|开幕|闭幕|交接|交付|移交|点亮|通电|开播|剪彩|建成|运营"
)
_NOT_IN_CEREMONY_NAMES = re.compile(r"举行|举办|出席|参加|主持|在|的|于|将|了")
_CEREMONY_HOSTS = frozenset((PROJECT, ORG, AGREEMENT, INITIATIVE, EVENT))


def _named_ceremonies(
    text: str, spans: Sequence[tuple[int, int]], names: Sequence[Protected | Candidate]
) -> list[Candidate]:
    """中尼陆上跨境光缆开通暨商用化仪式: a name, what happens to it, 仪式 — one event."""
    ends = {name.end: name for name in names if name.cls in _CEREMONY_HOSTS}
    found = []
    for span_start, span_end in spans:
        for match in _CEREMONY.finditer(text, span_start, span_end):
            position = match.start()
            for end in range(position - 1, max(span_start, position - 12), -1):
                name = ends.get(end)
                if name is None:
                    continue
                between = text[end:position]
                if (
                    all(_is_cjk(char) for char in between)
                    and _CEREMONY_VERBS.search(between)
                    and not _NOT_IN_CEREMONY_NAMES.search(between)
                ):
                    found.append(
                        Candidate(name.start, match.end(), EVENT, "pattern", 0.75, "zh-named-ceremony")
                    )
                    if isinstance(name, Candidate):
                        # The name inside stays a mention of its own thing (the cable).
                        found.append(name._replace(source="compound", rule="zh-ceremony-name"))
                break
    return found


# 弗拉基米尔·普京, 马克西米利安·比特纳: the part before the first dot is up to six characters
_LONGEST_GIVEN_NAME = 6
# A person's name in Latin letters: two or three capitalised words (Derrick Sun, Jean-Pierre Lacroix),
# with a particle before one of them (Noraizah bt Mohamad)
_LATIN_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_LATIN_PERSON = re.compile(
    rf"{_LATIN_NAME_WORD}(?: (?:(?:bin|binti|bt|bte|van|von|de|da|al|el) )?{_LATIN_NAME_WORD}){{1,2}}"
    r"(?![A-Za-z0-9.])"
)
_LONGEST_TITLE = max(len(title) for title in _TITLES)


def _word_before_transliteration(text: str, position: int, words: dict[str, str]) -> bool:
    """The character at ``position`` ends a dictionary word (村民, 郡长, 顾问: jieba tags the last a
    name) and no transliteration writes it: the name after it starts there."""
    if text[position] in TRANSLITERATION or position == 0:
        return False
    if _TITLE_END.search(text, max(0, position - _LONGEST_TITLE), position):
        return False  # 司长|文森特: a title ends before the word (长文), the name starts after it
    tag = words.get(text[position - 1 : position + 1])
    # (穆罕|默德: a name's word that opens with a transliterating character goes on)
    return tag is not None and (text[position - 1] not in TRANSLITERATION or not tag.startswith("nr"))


# 彼得罗维奇|线上致辞: how a speaker took part, after the name (the dictionary lacks 线上)
_WAYS_OF_SPEAKING = ("线上", "线下", "视频", "书面", "现场", "远程")
# (a part holds no particle or conjunction: 穆斯塔法·贾巴尔|和|顾问阿里·贾巴尔 are two names)
_DOT_NAME_PART = "(?:(?![" + "".join(sorted(_NAME_BREAKS - set("，。；：、"))) + r"])[\u4e00-\u9fff]){1,8}"
# (a double-barrelled last part is joined by a hyphen: 保罗·布兰奇-霍根)
_DOT_NAME = re.compile(rf"{_DOT_NAME_PART}(?:[·•‧・]{_DOT_NAME_PART})+(?:-{_DOT_NAME_PART})?")
_DOTS = re.compile(r"[·•‧・]")


def _dot_names(text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer) -> list[Candidate]:
    """卡米妮·拉杰班达里, 穆罕默德·本·阿莫: a name transliterated in parts joined by middle dots."""
    found = []
    words = tokenizer.words
    for match in _DOT_NAME.finditer(text, sentence_start, sentence_end):
        start, end = match.span()
        first = _DOTS.search(text, start, end)
        last = max(dot.end() for dot in _DOTS.finditer(text, start, end))
        if first is None:
            continue
        cut = max(start, first.start() - _LONGEST_GIVEN_NAME)
        position = first.start() - 1
        while position >= cut:
            inside = _country_inside_transliteration(text, tokenizer.by_end.get(position + 1), cut)
            if inside is not None:
                position = inside  # 卡|马里|迪尼·索伊: a country's name inside the transliteration
                continue
            given = _given_name_before_dot(text, position, cut, words)
            if given is not None:
                position = given - 1  # 部长|亚历山大·帕迪利亚: 山 and 大 transliterate only here
                continue
            if (
                text[position] in _NAME_BREAKS
                # (a person or a place the lexicon knows by a first part, 穆斯塔法|·贾巴尔, 戴维|·贝莱斯,
                # is read on)
                or (
                    position + 1 in tokenizer.by_end
                    and tokenizer.by_end[position + 1].cls not in (PERSON, PLACE)
                )
                # (首席执行官|扎夫鲁尔·阿齐兹: the title may open before the run the pattern matched)
                or _TITLE_END.search(text, max(0, position + 1 - _LONGEST_TITLE), position + 1)
                # (村民|杰拉尔德·基奥克, 副郡长|保罗: a word that no transliteration writes ends there)
                or _word_before_transliteration(text, position, words)
            ):
                cut = position + 1
                break
            position -= 1
        stop = last
        while stop < end and stop - last < 6:
            # (阿索韦·布|表示: a verb of saying after a one-syllable last part ends it too)
            if stop > last and text.startswith(_COMPANY_HEAD_TUPLE, stop):
                break
            if stop > last and (
                _ends_dot_name(text, stop, words)
                or _SAYING.match(text, stop)
                or _ACTING.match(text, stop)
                or _RANK_AFTER_NAME.match(text, stop)
            ):
                # 索海尔·汗|在论坛上, 亨·蓬马占|曾表示, 彼得·奥尼尔|会见, 贾利勒·鲁拜伊|中将: a one-syllable
                # or a full last part, then what the person does or the rank written after the name
                break
            if stop >= last + 2 and text[stop] in _AFTER_NAME:
                break  # 穆斯塔法·贾巴尔|以视频连线方式: a function word after a full last part
            if stop > last + 1 and (
                text[stop] in _NAME_BREAKS
                or _SAYING.match(text, stop)
                or _TITLE.match(text, stop)
                or _starts_function_word(text, stop, words)
                or text.startswith(_WAYS_OF_SPEAKING, stop)
                or (stop in tokenizer.starts and not _place_inside_transliteration(text, stop, tokenizer))
            ):
                break
            stop += 1
        if first.start() - cut < 1 or stop - last < 1:
            continue
        company = next((head for head in _LONGEST_COMPANY_HEADS_FIRST if text.startswith(head, stop)), None)
        if company is not None:
            # 埃提哈德·埃蒂萨拉特|公司: a company's transliterated name
            found.append(Candidate(cut, stop + len(company), ORG, "pattern", 0.8, "zh-dot-company"))
            continue
        parts = _DOTS.split(text[cut:stop])
        common = [
            part for part in parts if len(part) > 1 and words.get(part, "nr")[:2] not in ("nr", "ns", "nz")
        ]
        if len(common) >= 2 or common == parts:
            continue  # 合作·互利·共赢: a slogan, not a name
        if any(len(part) >= 2 and not any(char in TRANSLITERATION for char in part) for part in parts):
            continue  # 互联互通·共享共治: a part no transliteration writes is a slogan's word
        found.append(Candidate(cut, stop, PERSON, "pattern", 0.8, "zh-dot-name"))
    return found


def _given_name_before_dot(text: str, position: int, floor: int, words: dict[str, str]) -> int | None:
    """The start of a transliterated given name the dictionary knows (亚历山大, 亚历克斯, 彼得) that
    ends at ``position``, right before the first dot (彼得|·恩德瓦): three or four characters opening
    with a transliterating one, filed as a person's or a place's name, three or four that jieba files
    as a transliterated name (路易斯), or two filed as a person's
    (further left a dictionary name is a title's word as often: 顾问 is jieba's nr too)."""
    if not _DOTS.match(text, position + 1):
        return None
    for length in (4, 3, 2):
        start = position + 1 - length
        word = text[start : position + 1]
        tag = words.get(word, "")
        if (
            start >= floor
            and word not in _TITLES
            and (
                (word[0] in TRANSLITERATION and tag[:2] in ("nr", "ns"))
                or (length == 2 and tag == "nr")
                # (市长|路易斯·卡洛斯: jieba files 路易斯 as a transliterated name, though 路 opens words)
                or (length >= 3 and tag == "nrt")
            )
        ):
            return start
    return None


def _place_inside_transliteration(text: str, start: int, tokenizer: _Tokenizer) -> bool:
    """A place's name the lexicon knows that starts inside a transliterated part and is written
    only in transliterating characters: 姆温|德瓦 (Deva) in 约翰·姆温德瓦."""
    if tokenizer.start_cls.get(start) not in (EntityClass.COUNTRY, PLACE):
        return False
    end = tokenizer.longest_name_end(start)
    return end is not None and all(char in TRANSLITERATION for char in text[start:end])


def _country_inside_transliteration(text: str, name: Protected | None, floor: int) -> int | None:
    """Where to go on reading a dotted name leftwards past a country or place whose name sits
    inside it (卡马里迪尼: 马里 between transliterating characters), or None."""
    if name is None or name.cls not in (EntityClass.COUNTRY, EntityClass.PLACE) or name.start <= floor:
        return None
    before = text[name.start - 1]
    if before not in TRANSLITERATION or _TITLE_END.search(text, floor, name.start):
        return None
    return name.start - 1


# What may follow a place named right after its country: a list, a clause, a route (喀麦隆克里比|和).
_AFTER_PLACE = frozenset("和与及、，。；：至到的")
_PLACE_SUFFIXES = ("市", "港", "省", "州", "岛")
_LONGEST_PLACE = 6


def _places_after_countries(
    text: str, spans: Sequence[tuple[int, int]], tokenizer: _Tokenizer
) -> list[Candidate]:
    """喀麦隆|克里比, 巴西|福塔莱萨: a transliterated name right after its country is a place in it."""
    found = []
    ends = [span_end for _, span_end in spans]
    for start, span in tokenizer.by_end.items():
        if span.cls is not EntityClass.COUNTRY or start in tokenizer.starts:
            continue  # another name follows the country: 俄罗斯|普京
        index = bisect_right(ends, start)
        if index == len(spans) or not spans[index][0] <= start:
            continue
        sentence_end = ends[index]
        end = start
        while end < sentence_end and end - start < _LONGEST_PLACE and text[end] in TRANSLITERATION:
            if end > start and _another_name_starts(tokenizer, end):
                break
            end += 1
        if end - start < 2:
            continue
        if text.startswith(_PLACE_SUFFIXES, end):
            end += 1
        if end < sentence_end and text[end] not in _AFTER_PLACE and not _TITLE.match(text, end):
            continue  # (巴西|巴伊亚州|州长: the place's own officer may follow it)
        found.append(Candidate(start, end, PLACE, "pattern", 0.6, "zh-place-after-country"))
    return found


# Heads that say what kind of place a name is, the name alone naming it as well.
_PLACE_KIND_HEADS = frozenset(("口岸",))
# What a place is, said right before its transliterated name: 西部城市|蒙特拉维尼亚, 岛屿|胡鲁马累.
_PLACE_KIND = re.compile(r"(?:城市|城镇|小镇|岛屿|小岛|海岛|港口|港市|首都|首府|村庄)")
_SHORTEST_KIND_NAME = 3


def _places_after_kind(
    text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer
) -> list[Candidate]:
    """西部城市蒙特拉维尼亚: a transliterated name after the kind of place it is, when no lexicon
    name starts there."""
    found = []
    for match in _PLACE_KIND.finditer(text, sentence_start, sentence_end):
        start = end = match.end()
        if start in tokenizer.starts:
            continue
        while end < sentence_end and end - start < _LONGEST_PLACE + 2 and text[end] in TRANSLITERATION:
            if end > start and _another_name_starts(tokenizer, end):
                break
            end += 1
        if end - start >= _SHORTEST_KIND_NAME and (end == sentence_end or text[end] not in TRANSLITERATION):
            gloss = _LATIN_GLOSS.match(text, end)  # 城市贝马尔（Bémal）: the name it renders
            canonical = gloss.group(1) if gloss else None
            found.append(
                Candidate(start, end, PLACE, "pattern", 0.65, "zh-place-after-kind", None, canonical)
            )
    return found


# 多巴（Doba）, 科梅（Komé）: a transliteration glossed with the Latin name it renders.
_LATIN_GLOSS = re.compile(r"[（(]([A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3})[)）]")
# What comes before or after a place on a route: 从|多巴, 至|贝马尔, 在|X (not a list: 迪东（Didon）、
# 汉尼拔（Hannibal）和…三条海缆 are cables).
_ROUTE_BEFORE = frozenset("从至到经在")
_ROUTE_AFTER = frozenset("至到")


def _glossed_places(
    text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer
) -> list[Candidate]:
    """从多巴（Doba）向南延伸, 乍得科梅（Komé）至…: a transliterated name glossed in Latin letters is
    a place where a route word or a known place stands before it, or a route word after it."""
    if text.find("（", sentence_start, sentence_end) < 0 and text.find("(", sentence_start, sentence_end) < 0:
        return []
    found = []
    for match in _LATIN_GLOSS.finditer(text, sentence_start, sentence_end):
        end = match.start()
        start = end
        while start > sentence_start and end - start < _LONGEST_PLACE and text[start - 1] in TRANSLITERATION:
            if tokenizer.by_end.get(start) is not None:
                break
            start -= 1
        if end - start < 2 or end in tokenizer.by_end or start in tokenizer.inside:
            continue
        known_before = tokenizer.by_end.get(start)
        after = text[match.end() : match.end() + 1]
        if not (
            (known_before is not None and known_before.cls in _HOSTS)
            or text[start - 1 : start] in _ROUTE_BEFORE
            or after in _ROUTE_AFTER
        ):
            continue
        found.append(Candidate(start, end, PLACE, "pattern", 0.7, "zh-glossed-place", None, match.group(1)))
    return found


def _another_name_starts(tokenizer: _Tokenizer, position: int) -> bool:
    """A lexicon name starts inside a transliteration: another name (喀麦隆|克里比), unless it is
    a place's transliteration the longer one holds (胡鲁库|马累 is Hulhumalé, not Malé)."""
    return position in tokenizer.starts and tokenizer.start_cls.get(position) is not PLACE


def _extend_right(text: str, start: int, end: int, limit: int) -> int:
    """喀喇昆仑公路|升级改造二期; 乌鲁木齐软件园|（云计算基地）: a phase or a bracketed second name.

    Not a short form of the name (商务部国际贸易经济合作研究院（商务部研究院）): that is another name
    of it, which the acronym definitions bind."""
    phase = _PHASE.match(text, end, limit)
    if phase:
        return phase.end()
    if end < limit and text[end] == "（":
        closing = text.find("）", end, min(limit, end + 14))
        inner = text[end + 1 : closing] if closing > 0 else ""
        if (
            inner
            and _HEAD.search(inner)
            and inner.endswith(tuple(_HEADS))
            and not inner.startswith(_ALIAS)
            and not inner.startswith(_BRACKET_NOTES)
            # (香港金融管理局（金管局）: the short form may leave out the place or the country the name
            # opens with: 巴基斯坦默蒂亚里—拉合尔…工程（默拉直流项目）)
            and not any(is_short_form(inner, text[first:end]) for first in range(start, min(start + 8, end)))
        ):
            return closing + 1
    return end


# 光缆系统（简称TPE海缆）: what the name is called for short is another name, not a part of it
_ALIAS = SHORT_NAME_MARKERS
# 华为海洋网络有限公司（现华海通信技术有限公司）, 塞舌尔政府（通过信息通信技术部）: a bracket that says
# what the body is now, was, or acts through is a note on the name, not a part of it
_BRACKET_NOTES = ("现", "原", "前身", "即", "通过", "经由", "由", "隶属", "下属", "旗下", "包括")
# 亚太光缆|2号: a cable's serial number after its head is part of its name
_SERIAL_NUMBER = re.compile(r"[0-9一二三四五六七八九十]{1,2}号(?![线楼院])")
_NUMBERED_HEADS = frozenset(("光缆", "海缆", "海底光缆", "光缆系统", "海缆系统"))


def _route_ends(text: str, offset: int, sentence: str, tokenizer: _Tokenizer) -> list[Candidate]:
    """(塔科特至哈维连段), 从瑞丽至仰光: the two ends of a route are places."""
    found = []
    for match in _ROUTE.finditer(sentence):
        for group in (1, 2):
            start, end = offset + match.start(group), offset + match.end(group)
            if start in tokenizer.starts or tokenizer.covers(start, end):
                continue
            word = tokenizer.words.get(text[start:end])
            if word is None or word.startswith(("ns", "nr")):
                found.append(Candidate(start, end, PLACE, "pattern", 0.6, "zh-route-end"))
    return found


# 中华人民共和国出口管制法 without its brackets: a law of the People's Republic is named in full
# (法 then 律, 规, 院, 国, 语… opens another word: 中华人民共和国政府和法国政府 names no law)
_PRC_LAW = re.compile(r"(?<!《)中华人民共和国[\u4e00-\u9fff]{2,12}?法(?:案)?(?![律规院典国语官人制式兰》])")


def _prc_laws(offset: int, sentence: str) -> list[Candidate]:
    return [
        Candidate(offset + law.start(), offset + law.end(), AGREEMENT, "pattern", 0.8, "zh-prc-law")
        for law in _PRC_LAW.finditer(sentence)
    ]


def _book_titles(text: str, offset: int, sentence: str) -> list[Candidate]:
    found = []
    for match in _BOOK_TITLE.finditer(sentence):
        inner = match.group(1)
        cls = _title_class(inner)
        if cls is not None:
            start = offset + match.start(1)
            found.append(Candidate(start, start + len(inner), cls, "pattern", 0.85, "zh-book-title"))
            found += _titled_inside(start, inner)
    return found


# The years a document covers, after its kind: 《澜湄合作五年行动计划（2018-2022）》,
# 《东盟互联互通总体规划2025》.
_TITLE_YEARS = re.compile(
    r"(?:[（(](?:19|20)\d{2}年?(?:\s*[-—–~至]\s*(?:19|20)\d{2}年?)?[)）]"
    r"|(?:19|20)\d{2}年?(?:\s*[-—–~至]\s*(?:19|20)\d{2}年?)?)$"
)


def _title_class(name: str) -> EntityClass | None:
    kind_end = _TITLE_YEARS.search(name)
    named = name[: kind_end.start()] if kind_end else name
    for head, cls in sorted(_TITLE_HEADS.items(), key=lambda item: -len(item[0])):
        if named.endswith(head):
            return cls
    return None


# 《落实|上合组织至2025年发展战略|的行动计划》: what a document implements or is about.
_TITLE_VERBS = re.compile(r"^(?:关于|落实|推进|实施|执行|深化|贯彻|推动|加强|共建)")


# A quoted building's name: 首相府“和平宫”, “国际会议中心” is no building's name (generic).
_QUOTED_BUILDING = re.compile(r"[“「]([\u4e00-\u9fff]{1,8}(?:宫|大厦|大楼|酒店|宾馆|饭店|会堂|广场))[”」]")


# 海缆在索普登陆: where a cable lands is a place, a transliterated name the dictionary lacks.
_LANDING = re.compile(r"(?<=[在的])((?:(?![在的])[\u4e00-\u9fff]){2,6}?)(?=登陆|上岸)")


# 在艾图塔基岛登陆, 在鲁塔基村登陆: the kind of place may close a landing site's name
_LANDING_SITE_KINDS = ("岛", "村", "镇", "湾", "市", "港")


def _landing_places(
    text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer
) -> list[Candidate]:
    found = []
    for match in _LANDING.finditer(text, sentence_start, sentence_end):
        name = match.group(1)
        body = name[:-1] if name.endswith(_LANDING_SITE_KINDS) and len(name) > 2 else name
        if all(char in TRANSLITERATION for char in body) and match.start(1) not in tokenizer.starts:
            found.append(Candidate(match.start(1), match.end(1), PLACE, "pattern", 0.65, "zh-landing-place"))
    return found


# 塔希提岛, 波拉波拉岛, 拉罗汤加岛: a transliterated name and 岛 "island" is an island, even when a
# country's name sits inside the transliteration (汤加 in 拉罗汤加岛)
@functools.cache
def _island_pattern() -> re.Pattern[str]:
    transliterating = "".join(sorted(TRANSLITERATION))
    return re.compile(f"(?<![{transliterating}])([{transliterating}]{{2,6}}岛)(?![屿国礁链])")


def _islands(text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer) -> list[Candidate]:
    found = []
    for match in _island_pattern().finditer(text, sentence_start, sentence_end):
        start, end = match.span(1)
        known = tokenizer.by_end.get(end)
        if start in tokenizer.inside or (known is not None and known.start <= start):
            continue  # inside a lexicon name, or one the lexicon knows whole (塔希提岛 once learned)
        found.append(Candidate(start, end, PLACE, "pattern", 0.65, "zh-island"))
    return found


def _quoted_buildings(text: str, sentence_start: int, sentence_end: int) -> list[Candidate]:
    return [
        Candidate(match.start(1), match.end(1), PLACE, "pattern", 0.75, "zh-quoted-building")
        for match in _QUOTED_BUILDING.finditer(text, sentence_start, sentence_end)
    ]


def _titled_inside(start: int, title: str) -> list[Candidate]:
    """A document titled after another one (…的行动计划) names that one too."""
    of = title.rfind("的")
    if of < 0:
        return []
    opening = _TITLE_VERBS.match(title)
    inner_start = opening.end() if opening else 0
    inner = title[inner_start:of]
    cls = _title_class(inner)
    if cls is None or len(inner) < 4:
        return []
    return [Candidate(start + inner_start, start + of, cls, "compound", 0.8, "zh-title-inside-title")]


def _metro_lines(text: str, offset: int, sentence: str, tokenizer: _Tokenizer) -> list[Candidate]:
    found = []
    for match in _METRO_LINE.finditer(sentence):
        start = offset + match.start()
        before = tokenizer.token_before(start, max(offset, start - 8))
        if before is not None and _is_proper(before):
            start = before.start
        found.append(Candidate(start, offset + match.end(), PROJECT, "pattern", 0.75, "zh-metro-line"))
    return found


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _holds_a_common_word(name: str, words: dict[str, str]) -> bool:
    """Whether two or more characters of ``name`` make a dictionary word that is no person's name."""
    return any(
        (tag := words.get(name[i:j])) is not None and not tag.startswith("nr")
        for i in range(len(name))
        for j in range(i + 2, len(name) + 1)
    )


def _is_person_name(name: str, words: dict[str, str], after_title: bool = False) -> bool:
    """侯赛因, 尚冰, 刘起涛: a dictionary person name, or a surname and no dictionary word inside.

    Right after a title a surname and one or two characters make a name even when they hold a
    word (总经理|李雄伟: 雄伟 is "grand"; 记者|李国利), unless the whole is a word of its own.
    """
    if not all(_is_cjk(char) for char in name):
        return False
    if not 2 <= len(name) <= 4:
        return 4 < len(name) <= _LONGEST_TITLED_FOREIGN and all(char in TRANSLITERATION for char in name)
    tag = words.get(name)
    if tag is not None:
        # 副行长|高亢: after a title, a surname and an adjective (高亢 "resonant") are a name, and
        # so are a surname and a word the dictionary barely knows (大使|徐步, 徐步 "slowly")
        return (
            tag.startswith("nr")
            or (after_title and tag == "a" and name[0] in _SURNAMES)
            or (after_title and name[0] in _SURNAMES and name in rare_chinese_words())
        )
    if all(char in TRANSLITERATION for char in name):
        return True
    if after_title and len(name) <= 3 and name[0] in _SURNAMES:
        return True
    if _holds_a_common_word(name, words):
        return False
    # 部长|怀进鹏, 部长|鄂竟平: after a title, three characters that hold no word are a name even
    # when the surname is too rare for the list
    return name[0] in _SURNAMES or (after_title and len(name) == 3)


# Characters that transliterate foreign names (巴斯内特, 谢姆, 阿米里): a run of only these next
# to a title is a name even without a Chinese surname.
TRANSLITERATION = frozenset(
    "阿埃艾安昂奥巴拜班邦保贝本比宾波伯博布查达戴丹德登迪蒂丁东杜敦多厄恩尔法范菲费芬丰夫福弗盖甘冈"
    "戈格贡古瓜圭哈海汉豪赫亨洪胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷里利连琳隆卢鲁伦"
    "罗洛迈曼梅蒙米敏莫默姆穆纳内尼努诺帕潘佩蓬皮普奇齐乔切丘萨塞桑森沙什舍施舒斯松苏索塔泰坦汤特图托"
    "瓦旺威韦维温沃乌西希锡谢辛休亚扬耶伊因英尤约泽扎詹兹祖佐妮莎娜娅丽蒂赛瑟玛占蓬万通宋申姑马累涅季列"
    "彼留珀纽瑞"
)


def _ends_dot_name(text: str, position: int, words: dict[str, str]) -> bool:
    """A transliterated name ends before a particle (汗|在, 汗|的), 等 "and others" (马赫达维|等出席,
    查·理丹|等嘉宾; no transliteration writes 等) or an adverb before a verb (占|曾表示)."""
    char = text[position]
    if char in _NAME_BREAKS or char == _AND_OTHERS or _starts_time_or_adverb(text, position, words):
        return True
    return char in _AFTER_NAME and (
        _SAYING.match(text, position + 1) is not None or _starts_verb(text, position + 1, words)
    )


def _starts_function_word(text: str, position: int, words: dict[str, str]) -> bool:
    """A verb, preposition, adverb or conjunction starts at ``position`` (分别, 表示, 在)."""
    return any(words.get(text[position : position + length], "x")[0] in "vpdcu" for length in (2, 3))


_TIME_OR_ADVERB_TAGS = frozenset(("t", "d"))


def _starts_time_or_adverb(text: str, position: int, words: dict[str, str]) -> bool:
    """A common time word or adverb of two characters starts at ``position``: 黎登勇|当天在,
    陈丰明|共同为 (no given name ends in 当 or 共)."""
    word = text[position : position + 2]
    return words.get(word) in _TIME_OR_ADVERB_TAGS and word not in rare_chinese_words()


def _starts_verb(text: str, position: int, words: dict[str, str]) -> bool:
    return any(words.get(text[position : position + length], "").startswith(("v", "p")) for length in (2, 3))


def _starts_common_verb(text: str, position: int, words: dict[str, str]) -> bool:
    """A verb the dictionary knows well starts at ``position``: 皮涅拉|出席, not 皮涅|拉出 (拉出 is rare)."""
    rare = rare_chinese_words()
    return any(
        words.get(word, "").startswith(("v", "p")) and word not in rare
        for word in (text[position : position + length] for length in (2, 3))
    )


def _given_name_reads_as_verb(text: str, start: int, end: int, words: dict[str, str]) -> bool:
    """参赞陈|善意|等: a surname, then two characters the dictionary reads as a verb, then a stop or
    the name's own verb: they are the given name (a name's verb right after a surname, 李强调,
    is written 李强强调)."""
    after = end + 2
    return (
        end - start == 1
        and text[start] in _SURNAMES
        and after <= len(text)
        and (
            text[after : after + 1] in _AFTER_NAME
            or text[after : after + 1] in _PUNCTUATION
            or _starts_common_verb(text, after, words)
            or _SAYING.match(text, after) is not None
        )
    )


def follows_a_title(text: str, position: int) -> bool:
    """Whether a person's title (部长, 大使, 助理) ends at ``position``."""
    return _TITLE_END.search(text, max(0, position - _LONGEST_TITLE), position) is not None


def _verb_straddles_name_end(text: str, start: int, end: int, words: dict[str, str]) -> bool:
    """会长蔡文|显出|席: a Chinese surname and one character, then a verb (显出) whose second
    character opens the verb the name does (出席): the name has its third character, when the
    two before the verb are no word of the dictionary (部长|全力|协调|和: 全力 is one)."""
    return (
        end - start == 2
        and text[start] in _SURNAMES
        and text[start:end] not in _COMPOUND_SURNAMES
        and words.get(text[start:end], "nr").startswith("nr")
        and _starts_common_verb(text, end + 1, words)
    )


# 阿曼格尔季耶夫 (Amangeldiev) after 部长, 博特祖拉巴耶维奇 after 署长: a transliterated name after a
# title may be this long
_LONGEST_TITLED_FOREIGN = 9


def _country_opens_transliteration(text: str, start: int, tokenizer: _Tokenizer) -> bool:
    """部长|阿曼格尔季耶夫: a country's name (阿曼, Oman) opens the transliterated name after a title
    when transliterating characters go on after it, with no other name there."""
    if tokenizer.start_cls.get(start) is not EntityClass.COUNTRY:
        return False
    after = tokenizer.longest_name_end(start)
    if after is None:
        return False
    return (
        after + 1 < len(text)
        and after not in tokenizer.starts
        and text[after] in TRANSLITERATION
        and text[after + 1] in TRANSLITERATION
    )


def _name_after(text: str, start: int, limit: int, tokenizer: _Tokenizer) -> int | None:
    """The end of a person's name that starts right after a title (总统|侯赛因|和)."""
    end = start
    country_opens = _country_opens_transliteration(text, start, tokenizer)
    while (
        end < limit
        and end - start < 4
        and _is_cjk(text[end])
        and (
            end not in tokenizer.starts
            or tokenizer.start_cls.get(end) is PLACE
            or (end == start and country_opens)
        )
    ):
        if end > start and (
            text[end] in _AFTER_NAME
            or _SAYING.match(text, end)
            or _TITLE.match(text, end)
            or (
                _starts_common_verb(text, end, tokenizer.words)
                and not _verb_straddles_name_end(text, start, end, tokenizer.words)
                and not _given_name_reads_as_verb(text, start, end, tokenizer.words)
            )
            or _ACTING.match(text, end)  # 任贤良|共同主持, 阮春福|分别致辞: an adverb and what people do
            or (end - start >= 2 and _starts_time_or_adverb(text, end, tokenizer.words))
        ):
            break
        end += 1
    if (
        end - start == 4
        and text[start] in _SURNAMES
        and text[start : start + 2] not in _COMPOUND_SURNAMES
        and text[start + 3] in _ADVERBS_AFTER_NAME
    ):
        return start + 3  # 经理张梦伊|仍在: one surname, a given name of two, an adverb
    if end - start == 4 and all(char in TRANSLITERATION for char in text[start:end]):
        while (
            end < limit
            and end - start < _LONGEST_TITLED_FOREIGN
            and text[end] in TRANSLITERATION
            and not _SAYING.match(text, end)
        ):
            end += 1  # 卡鲁纳拉特纳: a transliterated name may be longer than a Chinese one
    return end if end - start >= 2 else None


def _persons(text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer) -> list[Candidate]:
    found = []
    words = tokenizer.words
    sentence = text[sentence_start:sentence_end]
    for match in _TITLE.finditer(sentence):
        title_start, title_end = sentence_start + match.start(), sentence_start + match.end()
        if title_start in tokenizer.inside and not any(
            end in tokenizer.by_end for end in range(title_start + 1, title_end)
        ):
            continue  # (国防部|长皮斯托留斯: a ministry the lexicon knows may end inside its chief's title)
        named = tokenizer.by_end.get(title_start)
        if named is not None and named.cls is PERSON:
            continue  # 习近平主席|贺信: the title is the name's before it, nothing after is a name
        pair = _byline_pair(text, match.group(), title_end, sentence_end)
        if pair:
            found += pair
            continue
        latin = _LATIN_PERSON.match(text, title_end, sentence_end)
        if latin is not None and title_end not in tokenizer.starts:
            # 首席执行官Derrick Sun: a name in Latin letters after a Chinese title
            found.append(Candidate(title_end, latin.end(), PERSON, "pattern", 0.75, "zh-title-latin-name"))
            continue
        end = _name_after(text, title_end, sentence_end, tokenizer)
        if end is not None:
            end = _name_before_word(text, title_end, end, words)
        if end is not None and (
            _is_person_name(text[title_end:end], words, after_title=True)
            or _four_character_name(text, title_end, end, words)
            or _byline_name(text, match.group(), title_end, end, words)
        ):
            found.append(Candidate(title_end, end, PERSON, "pattern", 0.8, "zh-title-name"))
            found += _coordinated_names(text, end, sentence_end, tokenizer)
            continue
        before = _name_before(text, title_start, sentence_start, tokenizer)
        if text[title_start - 1 : title_start] == match.group()[0] and match.group()[0] in _PLACE_SUFFIXES:
            continue  # 胡胡伊省|省长, 巴伊亚州|州长: the place a governor heads, not his name
        if (
            before is not None
            and _is_person_name(text[before:title_start], words)
            # (王储兼|首相: two titles joined by 兼 name nobody)
            and not _TITLE.match(text, before)
            and text[title_start - 1] != "兼"
        ):
            found.append(Candidate(before, title_start, PERSON, "pattern", 0.75, "zh-name-title"))
    for match in _SAYING.finditer(sentence):
        verb_start = sentence_start + match.start()
        if verb_start - 1 > sentence_start and text[verb_start - 1] in _ADVERBS_BEFORE_SAYING:
            verb_start -= 1  # 高政扬|则指出, 李明|也表示: the adverb before the verb ends the name
        before = _name_before(text, verb_start, sentence_start, tokenizer)
        name = text[before:verb_start] if before is not None else ""
        if before is not None and _in_a_text(text, before, verb_start):
            continue
        if before is not None and name[0] in _SURNAMES and _is_person_name(name, words):
            found.append(Candidate(before, verb_start, PERSON, "pattern", 0.6, "zh-name-says"))
    for match in _ACTING.finditer(sentence):
        verb_start = sentence_start + match.start()
        before = _foreign_name_before(text, verb_start, sentence_start, tokenizer)
        if before is None:
            before = _name_before(text, verb_start, sentence_start, tokenizer)
            if before is None or text[before] not in _SURNAMES:
                continue
        name = text[before:verb_start]
        if name[-1] in _AFTER_NAME or tokenizer.covers(before, verb_start):
            continue  # 郭海燕在|致辞, 贺信并|致辞: a function word ends no name
        if before > sentence_start and text[before - 1] not in _OPENS_AN_ACTOR:
            continue  # 主席|贺信|并致辞: only a clause's first word or a listed one acts
        if not _in_a_text(text, before, verb_start) and _is_person_name(name, words):
            found.append(Candidate(before, verb_start, PERSON, "pattern", 0.6, "zh-name-acts"))
    return found


def _four_character_name(text: str, start: int, end: int, words: dict[str, str]) -> bool:
    """外相|茂木敏充|将: four characters after a title that hold no word of the dictionary, which a
    function character or a stop ends (not the length cap: 特使|拿督林万|锋), are a Japanese name."""
    name = text[start:end]
    if len(name) != 4 or not all(_is_cjk(char) for char in name) or text[end : end + 1] not in _AFTER_NAME:
        return False
    return not _holds_a_common_word(name, words)


def _name_before_word(text: str, start: int, end: int, words: dict[str, str]) -> int:
    """外长|佩恩|一道, 国务卿|蓬佩奥|一道: a transliterated name after a title ends before a
    dictionary word that a character foreign to transliterations opens, inside the run or across
    its end."""
    whole = _is_person_name(text[start:end], words, after_title=True)
    for cut in range(start + 2, end):
        if (
            text[cut] in TRANSLITERATION
            or any(char not in TRANSLITERATION for char in text[start:cut])
            or not _is_person_name(text[start:cut], words, after_title=True)
        ):
            continue  # (代表|齐聚|一堂: a surname's run is cut by the walk, not here)
        for stop in range(end + 1 if whole else cut + 2, min(cut + 4, len(text)) + 1):
            tag = words.get(text[cut:stop])
            if tag is not None and not tag.startswith("nr"):
                return cut
    return end


def _foreign_name_before(text: str, end: int, floor: int, tokenizer: _Tokenizer) -> int | None:
    """东姑扎夫鲁|分别代表: four to six transliterating characters after a break, no lexicon name."""
    start = end
    while start > floor and end - start < _LONGEST_FOREIGN and text[start - 1] in TRANSLITERATION:
        start -= 1
    if end - start < _SHORTEST_FOREIGN or tokenizer.covers(start, end) or start in tokenizer.starts:
        return None
    if start > floor and (text[start - 1] not in _NAME_BREAKS and _is_cjk(text[start - 1])):
        return None
    return start


_BYLINE_TITLES = frozenset(("记者", "通讯员", "摄影", "特约记者", "见习记者"))


def _byline_name(text: str, title: str, start: int, end: int, words: dict[str, str]) -> bool:
    """（记者由荟圆）: a byline's bracket holds only names, whatever the surname."""
    return (
        title in _BYLINE_TITLES
        and 2 <= end - start <= 3
        and text[end : end + 1] in ("）", ")", "、", " ")
        and all(_is_cjk(char) for char in text[start:end])
        and text[start:end] not in words
    )


def _byline_pair(text: str, title: str, start: int, limit: int) -> list[Candidate]:
    """（记者孟昭丽 林凯）: two reporters' names with only a space between them (gone from the
    text), four to six characters before the bracket closes, each opening with a surname."""
    if title not in _BYLINE_TITLES:
        return []
    return _two_names(text, start, limit)


def _two_names(text: str, start: int, limit: int) -> list[Candidate]:
    """Two names written together up to a closing bracket, each opening with a surname."""
    end = start
    while end < limit and _is_cjk(text[end]):
        end += 1
    if not 4 <= end - start <= 6 or text[end : end + 1] not in ("）", ")"):
        return []
    for first in (3, 2) if end - start == 5 else ((end - start) // 2,):
        cut = start + first
        # four characters are two given names of two: the second's surname may be a rare one (刘天 战艳)
        second_opens = text[cut] in _SURNAMES or (
            end - start == 4 and text[start : start + 2] not in _COMPOUND_SURNAMES
        )
        if text[start] in _SURNAMES and second_opens and 2 <= end - cut <= 3:
            return [
                Candidate(start, cut, PERSON, "pattern", 0.7, "zh-byline-names"),
                Candidate(cut, end, PERSON, "pattern", 0.7, "zh-byline-names"),
            ]
    return []


def _coordinated_names(text: str, end: int, limit: int, tokenizer: _Tokenizer) -> list[Candidate]:
    """记者张泉、李国利: names listed with 、 after a title's name share the title."""
    found = []
    while end < limit and text[end] == "、":
        start = end + 1
        name_end = _name_after(text, start, limit, tokenizer)
        if name_end is None or text[name_end : name_end + 1] not in ("、", "）", ")", "，", "等"):
            break
        if not _is_person_name(text[start:name_end], tokenizer.words, after_title=True):
            break
        found.append(Candidate(start, name_end, PERSON, "pattern", 0.7, "zh-title-names"))
        end = name_end
    return found


# A name in Latin letters after the kind of body it is: 数据门户网站Statista, 电信运营商Dialog Axiata.
_LATIN_NAME_KINDS = (
    "公司",
    "网站",
    "运营商",
    "集团",
    "机构",
    "平台",
    "媒体",
    "企业",
    "门户",
    "厂商",
    "供应商",
    "制造商",
    "开发商",
    "服务商",
    # 数字银行Kudimoney, 零售商Tesco, 手机品牌Infinix, 投资基金Monashees
    "银行",
    "零售商",
    "电商",
    "品牌",
    "基金",
    "独角兽",
)
_LATIN_NAME = r"[A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3}"
_LATIN_AFTER_KIND = re.compile(rf"(?:{'|'.join(_LATIN_NAME_KINDS)})({_LATIN_NAME})")
# Moniepoint是一家尼日利亚金融科技公司: a Latin name that the clause then says is a company
_LATIN_IS_A_KIND = re.compile(
    rf"(?:^|(?<=[，。；：！？\s]))({_LATIN_NAME})(?:是|为|作为)一家[^，。；！？]{{0,20}}?"
    rf"(?:{'|'.join(_LATIN_NAME_KINDS)})"
)


def _without_kinds_before_latin_names(
    text: str, found: list[Candidate], latin: Sequence[Candidate]
) -> list[Candidate]:
    """尼日利亚数字银行|Kudimoney: what a company is, said right before its Latin name, is no name."""
    described = {c.start for c in latin if c.rule == "zh-latin-after-kind"}
    if not described:
        return found
    return [
        c
        for c in found
        if not (c.cls is ORG and c.end in described and text.endswith(_LATIN_NAME_KINDS, c.start, c.end))
    ]


def _latin_after_kind(text: str, sentence_start: int, sentence_end: int) -> list[Candidate]:
    return [
        Candidate(match.start(1), match.end(1), ORG, "pattern", 0.7, "zh-latin-after-kind")
        for match in _LATIN_AFTER_KIND.finditer(text, sentence_start, sentence_end)
    ] + [
        Candidate(match.start(1), match.end(1), ORG, "pattern", 0.7, "zh-latin-is-a-kind")
        for match in _LATIN_IS_A_KIND.finditer(text, sentence_start, sentence_end)
    ]


# A country's mission in another: 中国驻老挝使馆, 巴基斯坦驻华大使馆.
_MISSION = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(大使馆|使馆|总领事馆|领事馆|代表处|办事处|使团)")
_SENDERS = frozenset((EntityClass.COUNTRY, ORG))
# (驻乍得经商参处), 中国驻孟使馆经商处: an embassy's economic and commercial office, which signs
# the reports China's commerce ministry publishes; its kind names it, whatever the host is called
_COMMERCIAL_OFFICE = re.compile(
    r"驻[\u4e00-\u9fff]{1,8}?(?:大?使馆)?(?:经济商务参赞处|经济商务处|经商参处|经商处)"
)
_HOSTS = frozenset((EntityClass.COUNTRY, PLACE))


def _missions(text: str, sentence_start: int, sentence_end: int, tokenizer: _Tokenizer) -> list[Candidate]:
    if text.find("驻", sentence_start, sentence_end) < 0:
        return []
    found = []
    for match in _MISSION.finditer(text, sentence_start, sentence_end):
        sender = tokenizer.by_end.get(match.start())
        host = tokenizer.by_end.get(match.end(1))
        if sender is None or sender.cls not in _SENDERS:
            continue
        if match.group(1) != "华" and (
            host is None or host.start != match.start(1) or host.cls not in _HOSTS
        ):
            continue
        found.append(Candidate(sender.start, match.end(), ORG, "pattern", 0.85, "zh-mission"))
    for match in _COMMERCIAL_OFFICE.finditer(text, sentence_start, sentence_end):
        sender = tokenizer.by_end.get(match.start())
        start = sender.start if sender is not None and sender.cls in _SENDERS else match.start()
        found.append(Candidate(start, match.end(), ORG, "pattern", 0.8, "zh-commercial-office"))
    return found


# A news site named as the source: 据东南网报道, 来源：见道网, 东南网记者.
_OUTLET = re.compile(
    r"(?:(?<=据)|(?<=来源：)|(?<=来源:)|(?<=转自)|(?<=来自))([\u4e00-\u9fffA-Za-z0-9]{1,6}?网)"
    r"(?=报道|消息|称|援引|记者|讯|[\s，。、；）)]|$)"
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,4}?网)(?=记者|讯|报道称)"
)
# Words ending in 网 that name no outlet: 互联网, 物联网, 电网.
_NOT_OUTLETS = (
    "互联网",
    "物联网",
    "电网",
    "光网",
    "宽带网",
    "骨干网",
    "局域网",
    "广域网",
    "卫星网",
    "因特网",
    "上网",
    "入网",
    "联网",
    "组网",
)


def _outlets(text: str, sentence_start: int, sentence_end: int) -> list[Candidate]:
    if text.find("网", sentence_start, sentence_end) < 0:
        return []
    found = []
    for match in _OUTLET.finditer(text, sentence_start, sentence_end):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        if len(name) < 2 or name.endswith(_NOT_OUTLETS):
            continue
        found.append(Candidate(match.start(group), match.end(group), ORG, "pattern", 0.75, "zh-outlet"))
    return found


def _in_a_text(text: str, start: int, end: int) -> bool:
    """在|贺信中|指出: a word and a postposition after 在 says where something was said."""
    return (
        end - start >= 3
        and text[end - 1] in _POSTPOSITIONS
        and start > 0
        and text[start - 1] in _LOCATIVE_PREPOSITIONS
    )


def _name_before(text: str, end: int, floor: int, tokenizer: _Tokenizer) -> int | None:
    """The start of a 2–4 character name that ends at ``end``, after a delimiter or a function word."""
    if end in tokenizer.by_end or (end - 1) in tokenizer.inside:
        return None
    for length in (3, 2, 4):
        start = end - length
        if start < floor or tokenizer.covers(start, end):
            continue
        if start in tokenizer.starts:
            continue
        if start == floor or not _is_cjk(text[start - 1]) or text[start - 1] in _NAME_BREAKS:
            return start
        if start in tokenizer.by_end or _TITLE_END.search(text, max(floor, start - 6), start):
            return start
        previous = tokenizer.token_before(start, max(floor, start - 6))
        if previous is not None and (previous.tag in _STOP_TAGS or previous.text(text) in _STOP_WORDS):
            return start
    return None


def elliptical_compounds(
    text: str, candidates: Sequence[Candidate], compound_chars: frozenset[str]
) -> list[Candidate]:
    """中吉、中塔光缆: the first pair names a cable too (中吉光缆), its head left to the second."""
    found = []
    for candidate in candidates:
        name = text[candidate.start : candidate.end]
        run = _compound_run(name, compound_chars)
        if run < 2 or candidate.start < run + 1 or text[candidate.start - 1] not in "、和与及":
            continue
        before_end = candidate.start - 1
        before_start = before_end
        while before_start > 0 and text[before_start - 1] in compound_chars and before_end - before_start < 4:
            before_start -= 1
        if before_end - before_start < 2 or (before_start > 0 and text[before_start - 1] in compound_chars):
            continue
        canonical = text[before_start:before_end] + name[run:]
        found.append(
            Candidate(
                before_start,
                before_end,
                candidate.cls,
                "pattern",
                0.6,
                "zh-elliptical-compound",
                candidate.key,
                canonical,
            )
        )
    return found


def _compound_run(name: str, compound_chars: frozenset[str]) -> int:
    length = 0
    while length < len(name) and name[length] in compound_chars:
        length += 1
    return length
