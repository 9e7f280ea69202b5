"""Chinese relation patterns over sentence skeletons (see ``kg.extract.relations`` for the notation).

``~N`` is a gap of at most N characters that may cross other names and commas, ``^N`` one that
may cross names but not commas, ``_N`` a gap of plain words only (no name, no comma). Each
pattern names a trigger structure of news Chinese (连接, 途经, 从…出发, 终点为, 登陆, 运营, 承建,
出资, 签署, 提出, 在…上宣布, 总理, 大使, 成员国, 加入 …).
"""

from __future__ import annotations

import re

from kg.extract.relations import Pattern
from kg.model import Lang
from kg.model import Predicate as Pred

__all__ = ["ZH_PATTERNS"]

_HEAD_TITLES = (
    r"(?<!副)(?:国家|政府|临时|代理|前任|现任|新任|时任|看守)?"
    r"(?:主席|总统|总理|首相|国王|元首|董事长|总裁|首席执行官|CEO|总经理|秘书长|总干事|行长|会长|理事长|院长|校长|书记|党委书记|主任|"
    r"省长|州长|市长|首席部长|司令员|司令)"
)
_ORG_HEAD_TITLES = r"(?<!副)(?:部长|局长|署长|厅长|司长|主任|社长|台长)"
_AFFILIATION_TITLES = (
    r"(?:副[\u4e00-\u9fff]{1,4}|大使|特使|公使|参赞|临时代办|代办|领事|总领事|发言人|记者|特派记者|代表|教授|研究员|专家|"
    r"工程师|官员|经理|主管|总监|顾问|首席(?!部长)[\u4e00-\u9fff]{2,4}|高级[\u4e00-\u9fff]{2,4}|部长助理|外长|外交部长|[\u4e00-\u9fff]{0,4}部长|"
    r"(?:国务)?秘书(?!长)|议员|委员(?!长)|(?:联合)?创始人)"
)


# a title that follows a department's name (…通讯司司长, …研究部主任) is the department's, not the body's (a
# board, 董事局, is no department)
_NOT_UNIT = r"(?<![司处部厅室科])"


# What a body keeps in a place (在亚洲已设有…等区域, 在肯尼亚设立了研发中心, 在泰米尔纳德邦设有工厂)
_SITES = "区域|数据中心|办事处|分支机构|分公司|子公司|研发中心|云区域|可用区|代表处|工厂|生产基地|制造基地"


# Leading list items that are not names: 连接万象和昆明, 与自治区发改委、网信办…
_SKIP_ITEMS = r"(?:[^、，,。；;⟨⟩]{1,8}?(?:、|和|与|及|以及))*"
# 华为和中兴通讯与乌兹别克斯坦签订…合同 (R 351): a 和 followed by 与 or 同 before a name, ahead of the
# verb, joins co-subjects; they sign with the party after 与, not with each other (all of them sign
# the paper, when it is named: zh-sign-with-list reads the whole list)
_CO_SUBJECT = r"(?!(?:(?!签署|签订|缔结)[^，。；！？])*?(?:与|同)⟨)"


# …领域共同打造“智慧丝绸之路”和“数字丝绸之路”平台: the works built in the fields just listed
_BUILT_THERE = (
    r"[^。；！？，,⟨⟩]{0,6}?(?:共同|携手|联合)?(?:打造|建设|构建|搭建|建立|推进|推动)(?:了)?[“\"「《]?<s:IP*>"
)


def _expand(template: str) -> str:
    template = re.sub(r"~(\d+)", r"[^。；！？]{0,\1}?", template)
    template = re.sub(r"_(\d+)", r"[^。；！？，,⟨⟩]{0,\1}?", template)
    template = re.sub(r"\^(\d+)", r"[^。；！？，,]{0,\1}?", template)
    return (
        template.replace("{HEAD}", _HEAD_TITLES)
        .replace("{ORGHEAD}", _ORG_HEAD_TITLES)
        .replace("{AFFIL}", _AFFILIATION_TITLES)
        .replace("{SKIP}", _SKIP_ITEMS)
        .replace("{SITES}", _SITES)
        .replace("{NOT_UNIT}", _NOT_UNIT)
        .replace("{NOT_BUILT_THERE}", "(?!" + _BUILT_THERE.replace("<s:IP*>", "<:IP>") + ")")
        .replace("{BUILT_THERE}", _BUILT_THERE)
    )


def _p(rule: str, template: str, emits: tuple[tuple[str, Pred, str], ...], confidence: float) -> Pattern:
    return Pattern(rule, _expand(template), emits, confidence).compile(Lang.ZH)


ZH_PATTERNS: tuple[Pattern, ...] = (
    # connects
    _p(
        # 汤加至斐济的827公里光缆: a cable described by its ends is the document's work
        "zh-ends-of-described-cable",
        r"<a:CL>(?:至|到)<b:CL>(?:之间)?的_12(?:光缆|海缆|海底光缆|海底电缆|光纤|线路)",
        (("topic:P", Pred.CONNECTS, "a"), ("topic:P", Pred.CONNECTS, "b")),
        0.65,
    ),
    _p(
        # 蒙内铁路东起东非第一大港蒙巴萨，西至首都内罗毕: a line's two ends, each after its description
        "zh-route-from-to",
        r"<s:P>_8(?:[东西南北]起|起于|起自|始于)(?:[^，,。；⟨⟩]|⟨[CL]\d+⟩){0,10}?<a:CL>[，,]?_6"
        r"(?:[东西南北](?:至|到|抵)|止于|终至|终于|至|到)(?:[^，,。；⟨⟩]|⟨[CL]\d+⟩){0,10}?<b:CL>",
        (("s", Pred.CONNECTS, "a"), ("s", Pred.CONNECTS, "b")),
        0.8,
    ),
    _p(
        "zh-connect-verb",
        r"<s:P>~15(?:连接|联通|连通|串联|打通|联结|直连)(?:了|起)?{SKIP}<o:CLP*>",
        (("s", Pred.CONNECTS, "o"),),
        0.85,
    ),
    _p(
        "zh-connect-topic",
        # (连接泰国、马来西亚和柬埔寨的一条海底光缆 is another cable, not the topic)
        r"(?:直接|首次)?(?:连接|(?<!互)联通|连通|直连|串联)(?:了|起)?{SKIP}<o:CL*>(?![^，。；！？,]{0,30}?的(?:一|另一|第[一二三四五]|两|三|新)[条根])",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        # SAIL是继WACS、ACE和SAT-3之后登陆喀麦隆的第四条海缆: each cable listed reached the country first
        "zh-after-works-reach",
        r"继<s:P*>(?:之后|以后|后)_6(?:登陆|连接|接入|抵达|进入|连通)<o:CL>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        "zh-connect-via",
        r"(?:途经|经过|经由|穿越|横跨|跨越){SKIP}<o:CL*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.8,
    ),
    _p(
        "zh-connect-through-to",
        r"<s:P>(?:途经|经过|经由|经)_12<o:CL>(?:(?:—|－|-|至|到|和|、)<o2:CL>)?_8(?:连接|联通|连通|通往|进入|抵达|接入|直达)",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.8,
    ),
    _p(
        "zh-connect-from", r"(?:从|自|由)<o:CL>(?:出发|起始|起|始发)", (("topic:P", Pred.CONNECTS, "o"),), 0.8
    ),
    _p(
        "zh-connect-from-to",
        r"(?:从|自)<o:CL>(?:到|至|直达|延伸至|延伸到|通往)<o2:CL>",
        (("topic:P", Pred.CONNECTS, "o"), ("topic:P", Pred.CONNECTS, "o2")),
        0.8,
    ),
    _p(
        "zh-connect-from-via-to",
        r"(?:从|自)<o:CL>(?:经由|经过|途经|经)<o2:CL*>^16(?:到达|抵达|直达|延伸至|延伸到|通往|至|到)<o3:CL*>",
        (("topic:P", Pred.CONNECTS, "o"), ("topic:P", Pred.CONNECTS, "o2"), ("topic:P", Pred.CONNECTS, "o3")),
        0.8,
    ),
    _p(
        "zh-connect-between",
        r"在<o:CL*>之间_12(?:光缆|海缆|线路|干线|系统|链路|通道|网络|电缆)",
        (("here:P", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        # the work named before its head noun: 在中国新疆喀什和巴基斯坦苏斯特之间建设首条
        # 中巴跨境陆缆传输系统 (N 270), as 在中国黑龙江省黑河市和俄罗斯布拉格维申斯克市之间
        # 新建跨境光缆系统 (D 67) leaves it unnamed
        "zh-connect-between",
        r"在<o:CL*>之间_12<s:P>_4(?:光缆|海缆|线路|干线|系统|链路|通道|网络|电缆)",
        (("s", Pred.CONNECTS, "o"),),
        0.75,
    ),
    _p(
        "zh-connect-link-up",
        r"将<o:CL*>(?:与|和|同)_10<o2:CL*>_4(?:连接|联通|连通|相连|串联|连)(?:起来|在一起)?",
        (("topic:P", Pred.CONNECTS, "o"), ("topic:P", Pred.CONNECTS, "o2")),
        0.75,
    ),
    _p(
        "zh-connect-end",
        r"(?:终点|起点|止于|延伸至|延伸到|通达|抵达|通往)(?:为|是|在|至|到)?~16<o:CL>(?=\s*[，。；、,]|$)",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.8,
    ),
    _p(
        # “乌莫贾”光缆以肯尼亚为起点: where a line starts or ends
        "zh-connect-start-at",
        r"以<o:CL>(?:为|作为)(?:起点|终点|起点站|终点站|起始点)",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.8,
    ),
    _p(
        "zh-connect-section",
        r"<s:P>[（(]<o:CL>(?:至|到|－|—|-)<o2:CL>段?[）)]",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.85,
    ),
    _p(
        "zh-connect-countries-open",
        # (the two countries open it in one clause: 西班牙成为继瑞士、英国之后，又一个开通5G网络的国家 lists
        # countries that each opened their own)
        r"(?<!继)<o:C>(?:和|与|及|、)<o2:C>(?:两国|双方)?_12(?:开通|贯通|建成|启用|开通了|建成了)~12<s:P>",
        (("s", Pred.CONNECTS, "o"), ("s", Pred.CONNECTS, "o2")),
        0.75,
    ),
    # landsAt
    # (在塞拉莱和吉达登陆: each place of a list)
    _p("zh-land-at", r"<s:P>~20在<o:CL*>(?:成功)?(?:登陆|上岸)", (("s", Pred.LANDS_AT, "o"),), 0.85),
    _p("zh-land-verb", r"<s:P>~20登陆(?:了)?<o:CL*>", (("s", Pred.LANDS_AT, "o"),), 0.85),
    _p(
        "zh-landing-point",
        r"登陆(?:点|站)(?:为|是|位于|包括|在|设在)<o:CL*>",
        (("topic:P", Pred.LANDS_AT, "o"),),
        0.8,
    ),
    _p("zh-land-topic", r"在<o:L>(?:成功)?登陆", (("topic:P", Pred.LANDS_AT, "o"),), 0.7),
    # operatedBy
    _p(
        "zh-operated-by",
        r"<s:P>~20由<o:O*>(?:负责|独家|共同|联合)?(?:(?:建设|投资|建造|承建)(?:和|与|并)?)?(?:运营|运维|经营)(?![商方])",
        (("s", Pred.OPERATED_BY, "o"),),
        0.85,
    ),
    _p(
        "zh-operates",
        r"<o:O*>(?:负责)?(?:运营|运维)(?![商方])(?:的)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.8,
    ),
    _p(
        "zh-operator-is",
        r"<s:P>~10(?:运营商|运营方|运营主体)(?:为|是)<o:O*>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.85,
    ),
    _p(
        "zh-org-opens-service",
        # (腾讯在雅加达开设数据中心: who opens a facility runs it)
        r"<o:O>~40(?:开通|推出|上线|开设|启用)(?:了)?_6<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.65,
    ),
    _p(
        # 干线连接香港和新加坡，并有支线延伸至菲律宾、文莱: a work's branches reach places too
        "zh-branches-to",
        r"(?:分支|支线)(?:线路)?(?:分别)?(?:延伸|通往|连接|通达|登陆)(?:至|到)?{SKIP}<o:CL*>",
        (("topic:P", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        # 5G基站已覆盖北京、上海、广州等城市: where a network's sites are, it is
        "zh-sites-cover",
        r"(?:基站|站点|网络)(?:已|已经|目前)?(?:覆盖|遍布|分布在|分布于)(?:了)?<o:CL*>",
        (("topic:P", Pred.LOCATED_IN, "o"),),
        0.65,
    ),
    _p(
        # 沃达丰在西班牙马德里、巴塞罗那等15个城市正式启动商用5G网络: a service opened in places is there
        "zh-opened-in-places",
        r"在<o:CL*>(?:等[\d一二三四五六七八九十]+个(?:城市|国家|地区|省份|省市))?_6(?:正式)?(?:启动|开通|推出|上线|部署|启用)"
        r"(?:了)?_8<s:P>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 迪拜数据中心与Meraas公司合作运营: who a work is run or built with is its partner
        "zh-work-run-with",
        r"<s:P>_10(?:与|同|和)<o:OC*>(?:共同|联合|合作)(?:运营|建设|运行|管理|开发)",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # 沃达丰旗下的5G网络, 中国移动自有的海缆: a body's own work is one it runs ("the company's cable")
        "zh-own-work",
        r"<o:O>(?:旗下|自有|自营|自建)(?:的)?<s:P>",
        (("s", Pred.OPERATED_BY, "o"),),
        0.65,
    ),
    # builtBy
    _p(
        # 华为是其主要设备供应商之一: the supplier of the work the sentence names
        "zh-supplier-of-work",
        r"<o:O>(?:是|为|成为)(?:其|该网络|该项目)(?:的)?[^，。；⟨⟩]{0,6}?(?:设备)?(?:供应商|承建商)",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.65,
    ),
    _p(
        # 华为海洋被选为系统供应商, 中标成为该项目总承包商: who is awarded the place of a work's supplier
        # builds the work the document is about
        "zh-awarded-as-supplier",
        r"<o:O>_6(?:被选为|被选定为|获选为|中标成为|中标为|担任)(?:了)?(?:<:P>|(?:项目|工程|海缆|光缆))?(?:的)?"
        r"(?:系统|设备)?(?:供应商|承建商|总承包商)",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.65,
    ),
    _p(
        # (a satellite is built by who develops it: 尼日利亚通信卫星一号由中国空间技术研究院研制; makers
        # named respectively, 卫星和运载火箭分别由A和B研制, are each one's, not both the work's)
        "zh-built-by",
        r"<s:P>~20(?<!分别)由<o:O*>(?:负责|承担|牵头|共同|联合|合作)?"
        # (由洛克希德·马丁公司基于A2100平台建造: the platform or the technology it built on)
        r"(?:(?:基于|采用|利用|以)[^，。；⟨⟩]{1,12}?(?:平台|技术|标准|方案))?"
        r"(?:承建|建设|修建|铺设|施工|建造|总承包|设计建设|设计施工|研制|研发|开发)(?!的)",
        (("s", Pred.BUILT_BY, "o"),),
        0.85,
    ),
    _p(
        # 对地观测卫星高分一号, 遥感卫星“高分六号”: the field of a work named after the kind it is
        "zh-field-kind-named",
        r"<o:T>(?:卫星|航天器|光缆|海缆|网络|系统|平台|星座)[“”\"]?<s:P>",
        (("s", Pred.ABOUT, "o"),),
        0.65,
    ),
    _p(
        # 印尼卫星公司向泰雷兹·阿莱尼亚宇航公司订购了帕拉帕D卫星: who builds what is bought
        "zh-ordered-from",
        r"向<o:O>(?:订购|采购|购买|定制)(?:了)?(?:[^，。；⟨⟩]{0,6}?)<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.75,
    ),
    _p(
        # 这颗卫星由中国空间技术研究院研制 (L 227), 卫星和运载火箭均由中国航天科技集团公司
        # 负责研制 (L 229), …属于巴基斯坦，由巴基斯坦空间和高层大气研究委员会（SUPARCO）研制 (N 269),
        # 多哥电子政务系中多合作项目，由华为公司实施 (M 251): who develops or carries out the work the
        # report is about (a rocket's maker, 运载火箭由…研制, and a split of makers, 分别由…, are not its)
        "zh-developed-by-topic",
        r"(?:^|(?<=[，,；;])|(?:这颗|该|此)?卫星(?:和运载火箭)?|该星)(?:均|并|将|已)?由<o:O*>(?:负责|共同|联合)?"
        r"(?:研制|实施)(?!的)",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.7,
    ),
    _p(
        # 该光缆…连接两国，由中国电信与尼泊尔电信共同建设运营: a clause opening with 由 leaves
        # its work implicit (the topic)
        "zh-built-by-topic",
        r"(?:^|(?<=[，,；;]))(?:并|将|已|均)?由<o:O*>(?:负责|承担|牵头|共同|联合|合作)?"
        r"(?:承建|建设|修建|铺设|施工|建造|总承包|设计建设|设计施工)",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.7,
    ),
    _p(
        "zh-operated-by-topic",
        r"(?:^|(?<=[，,；;]))(?:并|将|已|均)?由<o:O*>(?:负责|独家|共同|联合)?(?:(?:建设|投资|建造|承建)(?:和|与|并)?)?"
        r"(?:运营|运维|经营)(?![商方])",
        (("topic:P", Pred.OPERATED_BY, "o"),),
        0.7,
    ),
    _p(
        "zh-builds",
        r"<o:O*>(?:承建|铺设|修建|建造|施工|总承包|参与建设)(?:了|的)?<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        # 亨通集团正牵头…财团，在印度洋和地中海铺设巴基斯坦至东非并连接欧洲的PEACE海缆: who lays a work
        # described before its name is the verb's agent (or the sentence's subject)
        "zh-agent-lays",
        # (not a passive: 由X承建的Y names its builder in the 由 phrase)
        r"(?:^|(?<=[，,；;]))(?:(?!由)(?:[^。；！？，,⟨⟩]|⟨[A-Z]\d+⟩)){0,30}?(?:铺设|敷设|承建|修建|建造)(?:了)?(?:[^。；！？，,⟨⟩]|⟨[CLT]\d+⟩){0,40}?的<s:P>",
        (("s", Pred.BUILT_BY, "agent:O"),),
        0.7,
    ),
    _p(
        # 在印度洋和地中海铺设…的PEACE海缆: the seas a cable is laid in are on its route
        "zh-lay-in-sea",
        r"在<o:L*>(?:海域|海底)?(?:铺设|敷设)(?:了)?(?:[^。；！？，,⟨⟩]|⟨[CLT]\d+⟩){0,40}?的<s:P>",
        (("s", Pred.CONNECTS, "o"),),
        0.7,
    ),
    _p(
        "zh-win-bid",
        r"<o:O*>_6(?:中标|承揽|承接|签约承建)(?:了)?_6<s:P>",
        (("s", Pred.BUILT_BY, "o"),),
        0.8,
    ),
    _p(
        "zh-builder-is",
        r"<s:P>~10(?:承建商|承建方|施工方|总承包商|建设方)(?:为|是)<o:O*>",
        (("s", Pred.BUILT_BY, "o"),),
        0.85,
    ),
    # fundedBy
    _p(
        "zh-funded-by",
        # (由中国政府提供援外优惠贷款: the kind of loan between the verb and the noun)
        r"<s:PIO>~20由<o:OC*>(?:共同|联合)?(?:出资|资助|投资|融资|提供(?:[\u4e00-\u9fff]{0,6}?)(?:贷款|资金|融资))",
        (("s", Pred.FUNDED_BY, "o"),),
        0.85,
    ),
    _p(
        # “海峡光缆1号”工程以中国联通为主，联合中国移动、中国电信等…共同投资建设: the lead investor and
        # those it brought in all fund the work
        "zh-led-joint-investment",
        r"<s:P>_6以<x:O>为主[，,]?(?:联合|携手|会同|联手|协同)<y:O*>[^。；！？]{0,40}?(?:共同|联合)?(?:出资|投资)",
        (("s", Pred.FUNDED_BY, "x"), ("s", Pred.FUNDED_BY, "y")),
        0.75,
    ),
    _p(
        "zh-funds",
        r"<o:OC*>_6(?:出资|资助|投资|注资|入股|参股)(?:了)?<s:PO>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # 华为计划未来三年在圣保罗州投资8亿美元建设一座新工厂: who invests to build a work funds it (the
        # sets mark such a builder as its funder 33 times, as its builder 5)
        "zh-invests-to-build",
        r"<o:OC*>_12(?:在<:CL>_10)?投资(?:[^，。；！？⟨⟩]){0,16}?(?:建设|兴建|建造|新建|设立)(?:了)?"
        r"(?:[^，。；！？⟨⟩]){0,4}?<s:P>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.75,
    ),
    _p(
        # 腾讯向Nubank投资1.8亿美元, 阿里巴巴向Lazada注资: money given to a company or a work
        "zh-invests-into",
        r"<o:OC*>_6向<s:PO>(?:追加)?(?:投资|注资|增资)",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # 传音控股领投PalmPay的融资: who leads or joins a funding round funds the company
        "zh-leads-a-round",
        r"<o:OC*>_6(?:领投|跟投)(?:了)?<s:O>",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # PalmPay获得4000万美元融资，由传音控股领投
        "zh-round-led-by",
        r"<s:O>[^。；！？⟨]{0,30}?(?:融资|投资)[，,]?由<o:OC*>(?:领投|跟投)",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        "zh-financed-by-topic",
        r"由<o:OC*>(?:共同|联合)?(?:出资|资助|提供(?:[\u4e00-\u9fff]{0,6}?)(?:贷款|资金|融资|投资))",
        (("topic:P", Pred.FUNDED_BY, "o"),),
        0.7,
    ),
    _p(
        # 该国政府的五角战略, 政府提出的数字经济政策: the plan of the country the sentence names
        "zh-government-s-plan",
        r"(?<![\u4e00-\u9fff⟩])(?:该国|本国)?政府(?:的|提出的|制定的|推出的)[“《]?<s:I>",
        (("s", Pred.PROPOSED_BY, "here:C"),),
        0.6,
    ),
    _p(
        # 中方将为安哥拉国家宽带网络项目提供融资支持: a funder providing money for a work it names
        "zh-finances-for",
        r"<o:OC*>(?:将|已|还|也|愿)?(?:为|向)<s:P*>提供(?:[^，。；！？⟨⟩]{0,10}?)(?:融资|贷款|资金|资助)",
        (("s", Pred.FUNDED_BY, "o"),),
        0.8,
    ),
    _p(
        # 中国进出口银行将提供约2.49亿美元融资: a funder of the work the sentence is about
        "zh-provides-financing",
        r"<o:O>(?:将|已|还|也)?提供(?:[^，。；！？⟨⟩]{0,12}?)(?:融资|贷款)(?!协议|框架)",
        (("topic:P", Pred.FUNDED_BY, "o"),),
        0.65,
    ),
    _p("zh-fund-used-for", r"将<o:O>(?:资金)?用于<s:PI>", (("s", Pred.FUNDED_BY, "o"),), 0.8),
    # partner and cooperation
    _p(
        # 玻利维亚首颗人造卫星“图帕克·卡塔里” (L 229), 中国测绘卫星高分七号: a satellite its country's kind
        # names is that country's (en-country-satellite, J 182, P 302)
        "zh-country-satellite",
        r"<o:C>(?:的)?(?:首颗|第[一二三四五六七八九十]颗)?(?:(?:(?!发射|研制|建造|制造|交付|赠送|为)[\u4e00-\u9fff]){0,4}|<:T>)"
        r"(?:小|微小|纳)?卫星[“\"]?<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # 巴基斯坦发射了两颗遥感卫星…, "Saudi Arabia launched two … satellites, SaudiSat-5A and SaudiSat-5B"
        # (P 301, L 221): the country that launches its own satellites owns them
        "zh-country-launched-its-satellites",
        r"<o:C>_10发射(?:了)?(?:其|自己的|两颗|三颗|四颗)(?:(?:(?!为)[\u4e00-\u9fff]){0,4}|<:T>)卫星[：:，,“\"]?<s:P*>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        "zh-jointly-develop",
        r"<a:OC>~30(?:与|同|和)<b:OC*>(?:等[\u4e00-\u9fff]{0,4})?(?:联合|共同|合作)(?:开发|建设|投资|实施|推进|运营|打造|承建)<s:P>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "b"), ("a", Pred.COOPERATES_WITH, "b")),
        0.8,
    ),
    _p(
        "zh-joint-by",
        r"<s:P>~20由<o:OC*>(?:共同|联合)(?:投资(?=建设|兴建|开发|运营)|建设|开发|发起|实施|承建)",
        (("s", Pred.PARTNER, "o"), ("o", Pred.COOPERATES_WITH, "o")),
        0.8,
    ),
    _p(
        "zh-jointly",
        r"<o:OC*>(?:两国|双方|三方|各方)?(?:共同|联合|合作)(?:投资|建设|开发|实施|运营|发起|建造|打造|研制|研发)(?:了|的)?_6<s:P>",
        (("s", Pred.PARTNER, "o"), ("o", Pred.COOPERATES_WITH, "o")),
        0.75,
    ),
    _p(
        # 中国电信使用的APCN2、SMW3等5条海底光缆 (L 232), 中国联通现有的跨太平洋直达海缆、中美海缆 (P 310):
        # the works a company uses or already holds are works it has a share in
        "zh-works-a-company-uses",
        r"<o:O>(?:所|目前|正在)?(?:使用|现有)的<s:P*>",
        (("s", Pred.PARTNER, "o"),),
        0.65,
    ),
    _p(
        "zh-jointly-advance",
        r"<o:OC*>_8(?:共同|联合|携手)(?:推进|推动|打造|建设|实施)<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # 银联国际与NAPAS、中国工商银行…联合宣布签署合作协议，共同推进中越跨境二维码支付互联互通: who sign
        # a paper to advance a work together are its partners
        "zh-sign-to-jointly-advance",
        r"<o:OC*>_16(?:签署|签订|达成)(?:了)?(?:<:A>|[^，。；⟨⟩]{1,12}?)[，,](?:将|并|以)?(?:共同|联合|携手)"
        r"(?:推进|推动|打造|建设|实施|运营)<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        "zh-is-joint-work",
        r"<s:P>_4(?:是|为|系)<o:OC*>(?:两国|双方|三方|各方)?(?:共同|联合|合作)(?:研制|研发|建设|开发|投资|建造|打造|实施)",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        "zh-work-with-partner",
        r"<s:P>_12(?:与|同)<o:O*>_4(?:合作|携手)",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p("zh-participate", r"<o:CO>_12参与(?:了)?[“\"《「]?<s:IP>", (("s", Pred.PARTNER, "o"),), 0.75),
    _p(
        # 由A、B、C等组成的联合体/财团: the members of a consortium are the partners of the work it builds
        "zh-consortium-formed-by",
        r"由<o:OC*>(?:等)?(?:[\u4e00-\u9fff]{0,8}?)(?:共同)?(?:组成|构成|组建|成立)的(?:国际)?(?:联合体|财团|联营体|企业联盟)",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # 联合体成员包括A、B和C
        "zh-consortium-members",
        r"(?:联合体|财团|联营体)(?:的)?(?:成员|成员单位|成员企业)(?:包括|为|有|是)<o:OC*>",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        # 肯尼亚电信和PEACE海缆公司周二在蒙巴萨登陆了一条新海缆: the landing parties are partners
        "zh-parties-landed-cable",
        r"<o:O*>(?:共同|联合)?^16(?:登陆|完成登陆|完成了登陆)(?:了)?_8(?:海缆|光缆|海底光缆|<:T>)",
        (("near:P", Pred.PARTNER, "o"),),
        0.65,
    ),
    _p(
        # 负责海缆在上海和香港的两个登陆站: the cities of a work's landing stations
        "zh-landing-stations-in",
        r"在<o:CL*>(?:的)?(?:[\d一二三四五六七八九十两]+个)?(?:海缆)?登陆(?:站|点)",
        (("near:P", Pred.LANDS_AT, "o"),),
        0.7,
    ),
    _p(
        # 执行机构为柬埔寨邮电部: the executing agency of a work is its partner
        "zh-executing-agency",
        r"(?:执行机构|执行单位|实施机构|实施单位|项目业主)(?:为|是)<o:OC>",
        (("near:P", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # 老挝亚太卫星有限公司负责卫星的商业运营: who is responsible for running a work operates it
        "zh-responsible-for-operation",
        r"<o:O>_6负责_12(?:商业)?(?:运营|运维|运行|经营)",
        (("near:P", Pred.OPERATED_BY, "o"),),
        0.7,
    ),
    _p(
        # 位于杭州的阿里巴巴总部, 阿里巴巴杭州总部: where a company's headquarters are
        "zh-headquarters-in",
        r"(?:位于|地处)<o:CL>(?:的)?<s:O>(?:的)?(?:全球|集团)?总部|<s2:O>(?:的)?<o2:L>(?:全球)?总部",
        (("s", Pred.LOCATED_IN, "o"), ("s2", Pred.LOCATED_IN, "o2")),
        0.75,
    ),
    _p(
        # 其他成员包括沙特的Mobily、阿联酋的e&和G42: the rest of the consortium of the document's work
        "zh-the-other-members",
        r"^(?:[^，。⟨⟩]{0,8}[，,])?(?:财团|联合体)?(?:的)?(?:其他|其余|另外(?:的)?(?:[一二三四五六七八九十\d]+家)?)"
        r"(?:成员|成员单位|成员企业|合作伙伴|股东|投资方)(?:还)?(?:包括|为|有|是)[^；。！？]*",
        (("topic:P", Pred.PARTNER, "all:O"),),
        0.65,
    ),
    _p(
        # 除中国电信外，亚欧海缆财团成员还包括A、B和C: the members of a work's consortium, those named
        # before it too, are the work's partners
        "zh-work-consortium-members",
        r"(?:除(?:了)?<a:OC*>(?:之外|以外|外)?[，,]\s*)?<c:OPI>(?:的)?(?:成员|成员单位|成员企业|成员方)?(?:还|也)?"
        r"(?:包括|包含|由|有)<o:OC*>",
        (("work:c", Pred.PARTNER, "o"), ("work:c", Pred.PARTNER, "a")),
        0.75,
    ),
    _p(
        # 中国和老挝合作的“老挝一号”通信卫星, 中巴两国联合研制的卫星: a work two parties make together
        # has both as partners
        "zh-work-made-together",
        r"<o:CO*>(?:两国|双方)?(?:共同|联合)?(?:合作|联合|携手)(?:研制|建设|建造|打造|开发|发射)?的_6<s:P>",
        (("s", Pred.PARTNER, "o"),),
        0.7,
    ),
    _p(
        # 中国为埃塞俄比亚研制的微小卫星, 援建柬埔寨的光缆: a work one country makes for another has
        # both as partners
        "zh-work-for-country",
        r"(?:为|给)<o:C>(?:研制|建造|建设|发射|援建|打造)(?:的)?_6<s:P>",
        (("s", Pred.PARTNER, "o"), ("s", Pred.PARTNER, "agent:C")),
        0.7,
    ),
    _p(
        "zh-work-given-to-country",
        r"(?:援建|赠送|赠予|捐赠|赠)<o:C>(?:的)?_6<s:P>",
        (("s", Pred.PARTNER, "o"), ("s", Pred.PARTNER, "agent:C")),
        0.7,
    ),
    _p(
        "zh-partners-are",
        r"<s:PI>~10(?:合作方|合作伙伴|参与方|成员|投资方)(?:包括|为|有|是)<o:OC*>",
        (("s", Pred.PARTNER, "o"),),
        0.8,
    ),
    _p(
        # 肯尼亚电信是子午线海缆的合作伙伴之一
        "zh-is-partner-of",
        r"<o:OC*>_4(?:是|为|作为|成为)<s:PI>(?:项目)?(?:的)?(?:合作伙伴|合作方|参与方|股东|投资方|成员)",
        (("s", Pred.PARTNER, "o"),),
        0.75,
    ),
    _p(
        "zh-participant-role",
        r"<o:OC>(?:作为|是|为)(?:该项目的|项目的|其)?(?:重要|主要|核心|关键|首要)?(?:参与方|合作伙伴|合作方|投资方|股东|参与者)",
        (("topic:PI", Pred.PARTNER, "o"),),
        0.65,
    ),
    _p(
        "zh-listed-members",
        r"<g:O>(?:的)?(?:\d+家|[一二三四五六七八九十]+家)?(?:成员|成员单位|成员企业|运营商|股东)(?:包括|有|为|是)<m:OC*>",
        (("m", Pred.MEMBER_OF, "g"), ("topic:PI", Pred.PARTNER, "m")),
        0.75,
    ),
    _p(
        "zh-cooperate",
        # (signing a paper makes the parties its signatories, not partners in general: zh-sign-unnamed)
        r"<a:COL>(?:将|也|还|愿|要|已|正|都|则)?(?:与|同|和)<b:COL*>(?:(?!签署|签订)[^。；！？，,⟨⟩]){0,12}?"
        # (分别签署了卫星导航监测评估、教育培训、产业合作等3份合作协议, 签署了项目交付文件:
        # papers too, and a paper named after its work: 签署SAIL建设合同 (B 32), 签署尼星1R卫星合同
        # (L 230), 签署中巴国际陆缆建设维护协议 (N 270))
        # (与吉尔吉斯斯坦、塔吉克斯坦、阿富汗三国合作伙伴完成…签署 (R 347), 与两岸合作伙伴共同推进 (H 152):
        # partners as a noun are whom a deed is done with, said by the verb after them; 是…合作伙伴 says it)
        r"(?:合作(?!协议|协定|备忘录|意向书|合同|伙伴(?!关系))|(?:是|成为)[^，。；！？⟨⟩]{0,8}?合作伙伴|签署(?!(?:了)?(?:[^，。；！？⟨⟩]|<:TPI>){0,32}?"
        r"(?:协议|协定|备忘录|意向书|合同|文件|⟨A))|建立|开展|加强|深化|共建|携手|共同推进|共同推动)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        # 中国人民银行与印尼央行9月11日共同启动…, 在中国央行与越南国家银行指导下: two bodies that act
        # together, or jointly guide others, cooperate
        "zh-act-jointly",
        # (co-hosts of a meeting take part in it and no more: 由上海合作组织睦邻友好合作委员会和福建省人民政府
        # 共同主办, O 286, O 287, as the co-hosts of C 51, G 131, J 187 are annotated)
        r"<a:CO>(?:与|同|和)<b:CO>_8(?:共同|联合)(?:启动|发起|推出|推动|发布|宣布|指导|制定|打造)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        "zh-jointly-guided",
        r"在<a:CO>(?:与|和|同)<b:CO>(?:相关部门)?(?:的)?(?:共同)?指导下",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # 与KDDI、住友商事联盟合作的缅甸邮电公司, 与中兴合作的Ooredoo: a body described by whom it works with
        "zh-cooperating-with-relative",
        r"(?:与|同|和)<b:CO*>(?:等)?[^，。；！？⟨⟩]{0,10}?(?:合作|携手|联手|结盟)的(?:[^，。；！？⟨⟩]{0,8}?)<a:CO>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # 瑞士电信运营商Sunrise携手华为推出…: who goes hand in hand with another cooperates with it
        "zh-hand-in-hand",
        r"<a:CO>(?:将|也|还|已|正)?(?:携手|联手|牵手)<b:CO*>",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # 塞尔维亚与华为商定于2019年启动该中心: two parties agreeing together cooperate
        "zh-agreed-together",
        r"<a:COL>(?:与|和|同)<b:COL>(?:已|还|也)?(?:商定|议定|同意|决定|约定)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # 中国与东盟将在智慧城市、大数据等领域举办活动: two parties acting together in fields cooperate
        "zh-together-in-fields",
        r"<a:COL>(?:将|也|还|愿|要|已|正|都)?(?:与|同|和)<b:COL*>(?:将|要|愿|还|也|已|正)?(?:共同|携手|一道)?在~40(?:领域|方面)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    _p(
        # 双方同意…打造…合作伙伴关系 (G 129), 双方决定进一步深化…全面战略伙伴关系 (C 52), 中尼双方正就…
        # 卫星项目的再度合作进行准备 (L 230), 中委双方在航天领域合作 (L 228): the two sides agreeing to,
        # or working on, their cooperation cooperate (a paper they sign makes them its signatories)
        "zh-both-sides-cooperate",
        # (from the first of the sides: the last two of three are not a pair of their own)
        r"(?<![、和与及同])<x:CO*>(?:两国|双方)?(?:将|正|已|还|也|均|都|一致)?(?:同意|决定|愿意?|希望|正就|就|在)^24"
        r"(?:合作(?![协备意合])|伙伴关系)",
        (("x", Pred.COOPERATES_WITH, "x"),),
        0.7,
    ),
    _p(
        # 中柬两国政府合作架构, 中老双方的务实合作: the two countries named together cooperate
        "zh-two-countries-cooperation",
        # (是中菲之间又一项…重大通信合作: what the two do between them is cooperation too)
        r"<a:C*>(?:(?:两国|双方)(?:政府)?(?:之间|间)?(?:的)?(?:全面|战略|务实|友好|互利)?(?:合作)"
        r"|(?:两国|双方)?之间(?:的)?(?:又一(?:项|个|次))?[^，。；！？⟨⟩]{0,20}?合作(?![协备意])"
        r")",
        (("a", Pred.COOPERATES_WITH, "a"),),
        0.7,
    ),
    _p(
        # 南非是中国的重要合作伙伴之一: two bodies or countries that are partners
        "zh-is-partner-of-body",
        r"<a:CO>(?:是|为|已成为)<b:CO>(?:的|在[^，。；⟨⟩]{1,8}的)?[^，。；⟨⟩]{0,6}?(?:合作伙伴|伙伴|盟友)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        # 中方愿与非洲各国一道落实“中非数字创新伙伴计划”: who carries out a plan together is its partner
        "zh-together-implement",
        r"<a:CO>(?:将|也|还|愿|要|已)?(?:与|同|和)<b:COL*>(?:各国|等)?(?:一道|一起|携手|共同)[，,]?_6"
        r"(?:落实|实施|推进|推动|共建|建设)(?:好)?[“\"《]?<s:PI>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "b")),
        0.7,
    ),
    _p(
        # 中方愿与金砖伙伴一道，持续深化数字领域合作
        "zh-together-with-deepen",
        r"<a:COL>(?:将|也|还|愿|要|已)?(?:与|同|和)<b:COL*>(?:一道|一起|携手)[，,]?_20(?:合作|伙伴关系)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        # 华为将进一步加强同塞尔维亚在数字领域的合作, 深化与老挝的合作
        "zh-deepen-cooperation-with",
        r"<a:CO>_12(?:深化|加强|拓展|扩大|推进|推动|深入|密切)(?:与|同)<b:COL*>_16(?:合作|伙伴关系)",
        (("a", Pred.COOPERATES_WITH, "b"),),
        0.75,
    ),
    _p(
        "zh-cooperate-for-project",
        r"<a:CO>(?:将|也|还|愿|要)?(?:与|同|和){SKIP}<b:CO*>_12合作[，,]\s*(?:使|让|推动|把|将|共同|携手)<s:PI>",
        (("s", Pred.PARTNER, "a"), ("s", Pred.PARTNER, "b")),
        0.7,
    ),
    _p(
        "zh-cooperate-implicit",
        r"(?:与|同){SKIP}<b:COL*>(?:等[\u4e00-\u9fff]{0,4})?_8(?:建立|开展|加强|深化)"
        r"_10(?:合作|机制|关系)",
        (("subject:COL", Pred.COOPERATES_WITH, "b"),),
        0.7,
    ),
    # signedWith
    _p(
        "zh-sign-agreement",
        # (在安首都罗安达签署: where, with the country's short form before its capital; 签署了在伦敦建立
        # 人民币清算安排的合作备忘录: a place inside what the paper is about)
        r"<x:CO*>(?:两国|双方|三方)?_20(?:在[^，。；⟨⟩]{0,4}?<:CL>_6)?(?:签署|签订|发表|缔结|达成)(?:了)?(?:的)?"
        r"(?:[^。；！？，,⟨⟩]|<:L>){0,16}?<a:A>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.85,
    ),
    _p(
        # 中国已与17个国家签署…，与30个国家签署电子商务合作谅解备忘录: a clause with no subject of its own
        "zh-sign-with-unnamed-parties",
        r"(?:^|(?<=[，,；;]))(?:并|还|也|已|先后|已经)?(?:与|同|和)[^，。；⟨⟩]{1,12}?(?:签署|签订|缔结)(?:了)?_12<a:A>",
        (("a", Pred.SIGNED_WITH, "subject:CO"),),
        0.7,
    ),
    _p(
        # 中国—东盟自贸区是双方对外商谈建立的第一个自贸区
        "zh-agreement-is-the-parties",
        r"<a:A>_4(?:是|为)<x:CO*>_12(?:商谈|谈判|签署|签订|缔结|共同建立)",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.7,
    ),
    _p(
        "zh-agreement-signed-by",
        r"<a:A>_10由<x:CO*>(?:共同)?(?:签署|签订)",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.85,
    ),
    _p(
        # 中国已与马来西亚、新加坡等东盟国家签署关于…的谅解备忘录: the paper's parties are the subject
        # and those it was signed with, however long what it is about
        "zh-sign-with-list",
        r"<x:CO>(?:已|还|也|先后|分别|已经|均)*(?:与|同|和)<y:CO*>"
        r"(?:等[^，。；⟨⟩]{0,4}?(?:<:O>)?[^，。；⟨⟩]{0,4}?)?"
        r"(?:已|先后|分别|共同)?(?:签署|签订|缔结)(?:了)?(?:[^，。；！？⟨⟩]|<:TL>){0,30}?<a:A>",
        (("a", Pred.SIGNED_WITH, "x"), ("a", Pred.SIGNED_WITH, "y")),
        0.75,
    ),
    _p(
        # 该部与A签署了…协议，与B签署了…协议，并与C签署了…: each later clause with no subject of its own
        # signs with the sentence's subject ("inked agreements with A on …, with B on …")
        "zh-sign-unnamed-series",
        r"(?<=[，,；;])(?:并|还|也|另)?(?:与|同|和)<y:CO*>_10(?:签署|签订|缔结)(?:了)?"
        r"(?:<:A>|_16(?:协议|协定|备忘录|合同|文件))",
        (("subject:CO", Pred.SIGNED_WITH, "y"),),
        0.7,
    ),
    _p(
        "zh-sign-unnamed",
        # (one paper or papers of no count: 签署了包括渔业合作在内的七项合作协定 (O 289) are papers the
        # report names as such, signed by the parties, as "signed two agreements" (S 361, M 241))
        # (a body right after 与 is a counterpart, and so is the body listed with it: 埃塞政府将在数周内
        # 与华为和中兴签署 (T 391): Huawei and ZTE do not sign with each other)
        rf"(?<![与同])<x:CO>(?:与|同|和{_CO_SUBJECT})<y:CO*>_10(?:在<:CL>_6)?(?:签署|签订|缔结)(?:了)?"
        r"(?![^，。；！？⟨⟩]{0,16}?(?:[两二三四五六七八九十几多数]|十一|\d+)(?:项|份))_16(?:协议|协定|备忘录|合同|文件|声明)",
        (("x", Pred.SIGNED_WITH, "y"),),
        0.75,
    ),
    # proposedBy
    _p(
        "zh-propose",
        r"(?<![向对给])<o:CHO>_25(?:提出|发起|倡议|首倡|倡导|推出|启动)(?:了)?_20<s:IPA*>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.8,
    ),
    _p(
        # 《马拉博公约》由非洲联盟大会于2014年6月通过: a text an assembly adopts is the assembly's (as
        # en-adopted-by-body)
        "zh-adopted-by-body",
        r"<s:IA>[》”]?_6由<o:O>_16(?:通过|审议通过|批准通过)",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.8,
    ),
    _p(
        # “丝路电商”是商务部按照…推出的重要举措: a plan described as what a body launched
        "zh-is-launched-by",
        r"<s:IP>[”」》\"]?(?:是|为)<o:CO>[^，。；！？⟨⟩]{0,4}?(?:(?:按照|根据|依托|围绕)(?:[^，。；！？⟨⟩]|<:I>){0,16}?)?"
        r"(?:推出|提出|发起|启动|倡导|首创)的",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        # 柬埔寨“四角战略”, 中国“一带一路”倡议: a country's plan named in marks is the country's
        "zh-country-quoted-initiative",
        r"<o:C>(?:政府)?(?:的)?[“\"「]<s:I>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.65,
    ),
    _p(
        "zh-issue-initiative",
        r"<o:CO*>(?:两国|双方|三方|各方)?(?:共同|联合)(?:发表|发布|提出|发起)(?:了)?[《“\"]?<s:I>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.8,
    ),
    _p(
        "zh-propose-subject",
        r"(?:提出|发起|首倡|倡导|推出)(?:了)?_20<s:IPA*>",
        (("s", Pred.PROPOSED_BY, "agent:CHO"),),
        0.7,
    ),
    _p(
        "zh-proposed-by",
        r"<s:IPA>_6由<o:CHO*>(?:(?:联合|牵头)_12)?(?:共同)?(?:提出|发起|倡议|首倡|推出)",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.85,
    ),
    _p(
        # 乌方关于宣布2023年为中国同中亚国家人民文化艺术年的倡议: whose proposal names the year
        "zh-proposal-of",
        r"<o:CHO>_4(?:关于|有关)[^，。；！？⟨⟩]{0,12}?[“\"「《]?<s:I>[”\"」》]?的(?:倡议|提议|建议|主张)",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        "zh-proposal-about",
        r"<o:CHO>_4(?:关于|有关)[“\"「《]?<s:I>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        "zh-establish",
        r"<o:CO>(?:设立|创立|创建|组建|发起设立)(?:了)?<s:OP>",
        (("s", Pred.PROPOSED_BY, "o"),),
        0.75,
    ),
    _p(
        "zh-draft-plan",
        r"(?:编制|制定|出台|印发|发布)(?:了)?[《“\"]?<s:IA>",
        (("s", Pred.PROPOSED_BY, "subject:CLHO"),),
        0.7,
    ),
    # announcedAt
    _p(
        # 论坛上，“中国—上海合作组织大数据合作中心”正式启用: what is opened at an event
        "zh-opened-at-event",
        r"<e:E>(?:上|期间)[，,]\s*[“\"「《]?<s:IPA>[”\"」》]?(?:也|还)?(?:正式)?(?:启用|揭牌|开通|发布|启动|成立|上线|亮相)",
        (("s", Pred.ANNOUNCED_AT, "e"),),
        0.7,
    ),
    _p(
        # 第22次中国—东盟领导人会议将2020年确定为中国—东盟数字经济合作年: a meeting names a year
        "zh-meeting-designates",
        r"<e:E>(?:上|期间)?[，,]?(?:正式|共同)?(?:将|把)_12(?:确定为|确立为|定为|列为|宣布为|命名为)[“\"《]?<s:IPA>",
        (("s", Pred.ANNOUNCED_AT, "e"),),
        0.75,
    ),
    _p(
        "zh-announce-at-event",
        r"在<o:E>(?:上|期间|中|之际)~40(?:提出|宣布|发布|发表|发起|通过|签署|启动|公布)~20<s:IPA*>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.8,
    ),
    _p(
        "zh-at-event-clause",
        r"<o:E>(?:上|期间)[，,]~40(?:提出|宣布|发布|发表|发起|通过|签署|签订|启动|公布|达成|确立|批准)(?:了)?~20<s:IPA*>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.75,
    ),
    _p(
        "zh-event-adopts",
        r"(?:^|[，,。；])<o:E>_4(?:通过|发表|发布|签署|批准|确立|达成|宣布|启动)(?:了)?_6<s:IPA*>",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.7,
    ),
    _p(
        "zh-announced-at-event",
        r"<s:IPA>~30(?:于|在)~20<o:E>(?:上|期间)(?:正式|首次|共同|联合)?(?:提出|宣布|发布|启动|签署|通过|亮相|揭牌|开通)",
        (("s", Pred.ANNOUNCED_AT, "o"),),
        0.8,
    ),
    _p(
        # 签署仪式在第47届东盟峰会期间举行: the agreement signed was announced at that event
        "zh-signing-held-at-event",
        r"(?:签署|签约|签字)(?:仪式|活动)?(?:在|于)<o:E>(?:期间|上|框架下|前夕)?(?:举行|进行|举办)",
        (("topic:A", Pred.ANNOUNCED_AT, "o"),),
        0.7,
    ),
    _p("zh-hold-ceremony", r"<s:P>^40举行(?:了)?<o:E>", (("s", Pred.ANNOUNCED_AT, "o"),), 0.75),
    _p(
        "zh-unveil-for",
        r"为<s:PA>(?:正式)?(?:揭牌|剪彩|奠基|开通|启动)",
        (("s", Pred.ANNOUNCED_AT, "topic:E"),),
        0.7,
    ),
    # locatedIn
    _p(
        "zh-work-completed-in",
        r"<s:P>_12在{SKIP}<o:CL*>_4(?:正式|顺利|成功)?(?:竣工|落成|开工|建成|投产|投入使用|交接|揭牌|启用|奠基)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        "zh-located",
        r"<s:LOEP>_10(?:位于|地处|坐落于|设在|总部设在|总部位于|总部所在地(?:为|是)?)<o:CL>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.85,
    ),
    _p(
        # 总部位于拉各斯的支付初创企业PalmPay: a company's seat before what it is and its name
        "zh-seated-de",
        r"总部(?:位于|设在|在)<o:CL>的[\u4e00-\u9fff]{0,10}?<s:O>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        # PalmPay在尼日利亚正式运营, 该公司在印尼、马来西亚等六国运营电商平台: a body is where it operates
        "zh-operates-in",
        r"<s:O>_6在<o:CL*>(?:等地|等国|[一二三四五六七八九十\d]+国)?(?:正式|全面|开始|已)?(?:运营|开展业务|提供服务)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.75,
    ),
    _p(
        # 亚马逊云科技在亚洲已设有新加坡、雅加达、首尔、东京、大阪和香港等区域: a body is where it keeps
        # its sites
        "zh-has-sites-in",
        r"<s:O>_4在(?:<:CL>)?(?:已|还|先后|共)?(?:设有|设立了?|建有|拥有|开设了?|建立了?)(?:了)?<o:CL*>"
        r"(?:等地|等)?(?:的)?_4(?:{SITES})",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 华为在肯尼亚设立了研发中心: the place after 在 when the sites follow the verb unnamed
        "zh-sets-up-site-in",
        r"<s:O>_4在<o:CL*>(?:已|还|先后|共)?(?:设有|设立|建有|开设|建立)(?:了)?_6"
        r"(?:{SITES}|创新中心|培训中心)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        "zh-located-de",
        r"(?:位于|地处|坐落于|坐落在|设在)<o:CL>的<s:LOEP>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        # Telstra，澳大利亚最大的电信公司，…: the country's body in apposition after its name
        "zh-national-body-apposition",
        r"<s:O>[，,]<o:C>(?:最大的|领先的|主要的|第一大|国有)?(?:(?![和与及、在向为对由将已是把被从])[\u4e00-\u9fff]){0,6}?"
        r"(?:运营商|企业|公司|集团|银行|厂商|制造商|供应商|服务商|<:O>)[，,。]",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 越南电信企业包括VNPT、Viettel和FPT: each body listed is of the country the kind is named for
        "zh-national-bodies-including",
        r"<o:C>(?:的)?(?:(?![和与及、])[\u4e00-\u9fff]){0,8}?(?:企业|公司|运营商|集团|银行|厂商|供应商|服务商|提供商)"
        r"[，,：:]?(?:包括|例如|比如|如|有|主要有|分别是|即)[：:]?<s:O*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 中国电信、中国联通等中国企业, 阿里巴巴等中国企业: the bodies listed before the kind are of
        # its country
        "zh-bodies-national-kind",
        r"<s:O*>等(?:[\u4e00-\u9fff]{0,4}?)?<o:C>(?:的)?(?:(?![和与及、])[\u4e00-\u9fff]){0,4}?"
        r"(?:企业|公司|运营商|集团|银行|厂商|供应商|服务商|科技公司|电信公司)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 柬三大电信运营商Cellcard、Metfone和Smart, 越南电信运营商Viettel: the country's bodies named
        # after their kind, however the kind is described (马来西亚第二张5G网络运营商U Mobile J 192,
        # 南非移动数据网络运营商Rain R 350); a longer description holds no verb or preposition that
        # would make the country the object of a deed
        "zh-national-kind-bodies",
        r"<o:C>(?:的)?(?:[一二三四五六七八九十两几多]+(?:大|家))?"
        r"(?:(?:(?![和与及、的])[\u4e00-\u9fff]){0,4}?"
        r"|(?:(?![和与及、的在向为对由将已是把被从建设助帮推签支投选开启收购售制批准加入])[\u4e00-\u9fff0-9A-Za-z]|<:T>){1,8}?)"
        r"(?:运营商|企业|公司|集团|银行|央行|厂商|供应商|服务商)"
        # (…Dhiraagu和斯里兰卡电信运营商Dialog Axiata: the list ends where another country's kind begins)
        r"(?![^。；，,]*?⟨C\d+⟩[^。；，,⟨⟩]{0,8}?(?:运营商|企业|公司|集团|银行|厂商|供应商|服务商))<s:O*>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 阿布扎比科技集团G42, 深圳电信巨头华为: a city's body named after its kind, as a country's is
        "zh-city-kind-body",
        r"<o:L>(?:的)?(?:(?![和与及、的在向为对由将已是把被从])[\u4e00-\u9fff]){0,4}?"
        r"(?:运营商|企业|公司|集团|银行|厂商|供应商|服务商|巨头|基金)<s:O>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.7,
    ),
    _p(
        # 巴基斯坦政府已批准当地互联网服务提供商Cybernet: a local body is of the country the sentence names
        "zh-local-body",
        r"当地(?:的)?(?:(?![和与及、其])[\u4e00-\u9fff]){0,10}?(?:运营商|服务提供商|提供商|制造商|公司|企业|集团|银行|媒体)<s:O>",
        (("s", Pred.LOCATED_IN, "here:C"),),
        0.65,
    ),
    _p(
        "zh-event-held-in",
        r"<s:E*>(?:(?!⟨E)[^。；！？]){0,30}?在(?:位于)?{SKIP}<o:CL*>(?:的<:O>(?:总部|大厦|大楼|会议中心)?)?(?:两地|三地|等地)?"
        r"(?:同步|同时|隆重|正式)?(?:举行|进行|召开|举办|开幕|闭幕|揭牌|开通|启动|落成)(?!了?⟨E)",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p(
        "zh-held-in-event",
        r"在(?:位于)?<o:CL>(?:的<:O>(?:总部|大厦|大楼|会议中心)?)?(?:隆重|正式)?(?:举行|召开|举办)(?:了|的)?<s:E>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.8,
    ),
    _p("zh-visit-country", r"对<o:C>(?:进行|开展)(?:了)?_4<s:E>", (("s", Pred.LOCATED_IN, "o"),), 0.75),
    _p(
        "zh-region-builds",
        r"<o:L>(?:将|还将|正|正在|已)?(?:推进|建设|打造|启动|建成|规划)_4<s:P>",
        (("s", Pred.LOCATED_IN, "o"),),
        0.6,
    ),
    # headOf and affiliatedWith
    _p(
        "zh-title-head",
        # (东盟数字部长会议主席: a meeting that is a standing body has a chair too)
        # (阿里巴巴集团创始人、董事局主席马云: a founder who also holds the head's office)
        # (阿拉伯国家联盟秘书处通讯司司长, 研究所…研究部主任: who heads a unit the text does not name
        # as a body is of the body, zh-unit-head-affiliation)
        # (肯尼亚总统肯雅塔和副总统鲁托: the body before the first title is the deputy's too)
        # (英伟达首席执行官黄仁勋、苹果首席执行官库克: a second title's body may be a name the text does not
        # know, so only a qualifier may stand before that title)
        r"<o:COE>(?:(?:联合)?创始人(?:兼|、|和|及)?)?_4{NOT_UNIT}{HEAD}<s:H>"
        r"(?:(?:和|、|及|与)(?:前任|现任|时任|新任|代理|常务|该公司|其)?{HEAD}<s2:H>)*"
        r"(?:(?:和|、|及|与)(?:副[\u4e00-\u9fff]{1,4})<s3:H>)?",
        (("s", Pred.HEAD_OF, "o"), ("s2", Pred.HEAD_OF, "o"), ("s3", Pred.AFFILIATED_WITH, "o")),
        0.85,
    ),
    _p(
        # Humain的首席执行官为塔里克·阿明: the body's head named after 为 or 是
        "zh-head-is",
        r"<o:CO>(?:的)?{HEAD}(?:为|是)<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.85,
    ),
    _p(
        # Humain由…全资拥有，首席执行官为塔里克·阿明: a clause with no body of its own is the subject's
        "zh-head-is-of-the-subject",
        r"(?<=[，,；;])(?:其|该公司)?{HEAD}(?:为|是)<s:H>",
        (("s", Pred.HEAD_OF, "subject:O"),),
        0.75,
    ),
    _p(
        # 东盟数字部长会议主席、老挝邮电部部长坦沙迈·贡玛西: titles chained before one name are all his
        "zh-chained-title-head",
        r"<o:OE>(?:的)?{HEAD}、(?:[\u4e00-\u9fff]{1,8}?)?<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.75,
    ),
    _p(
        # 福建省省长赵龙 heads the provincial government the document names (福建省人民政府)
        "zh-governor-heads-government",
        r"<g:L>[省市州]?(?:的)?(?:代理|常务)?(?<!副)(?:省长|市长|州长|区长|首席部长|自治区主席)<s:H>",
        (("s", Pred.HEAD_OF, "government:g"),),
        0.75,
    ),
    _p(
        "zh-title-org-head",
        # (马来西亚通讯部长法米, 尼日利亚通信部长潘塔米: the minister's title shares the ministry's last
        # character, and the name ends at 部; J 192, M 251, M 252, Q 327, Q 332)
        r"<o:O>(?:_4{NOT_UNIT}{ORGHEAD}|长)<s:H>",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        # 阿拉伯国家联盟秘书处通讯司司长哈立德·瓦利, 中国商务部部长: the head of a department of a body
        # (or of a country) is one of its people, not its head
        "zh-unit-head-affiliation",
        r"<o:CO>_4[司处部厅室科](?:{ORGHEAD}|{HEAD})<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        "zh-head-is",
        r"<s:H>(?:是|为|担任|出任|任)<o:CO>_4{HEAD}",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-chair",
        r"<s:CHO>(?:将)?(?:担任|出任|接任)<o:OE>_8(?:轮值)?主席(?:国)?",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        # 科摩罗是非盟轮值主席国 (G 128): a country that is a body's rotating chair heads it, as "Colombia
        # currently holds the rotating presidency of CELAC" (M 242)
        "zh-is-rotating-chair",
        r"<s:C>(?:目前|现在|现)?(?:是|为|作为)<o:O>(?:的)?(?:本届|本年度|新一任|现任)?轮值主席国",
        (("s", Pred.HEAD_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-chair-country",
        r"(?:轮值)?主席国<s:C>",
        (("s", Pred.HEAD_OF, "topic:O"),),
        0.65,
    ),
    _p(
        "zh-title-chain",
        r"<o:CO>_4{AFFIL}、(?:<:CO>_4[^、，,。⟨⟩]{1,8}、)*<:CO>_6(?:{AFFIL}|{HEAD}|{ORGHEAD})<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    _p(
        "zh-title-affiliation",
        r"<o:CO>(?:驻<:CL>)?_10{AFFIL}<s:H>",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        "zh-represent",
        # (分别代表中方和东盟方: each person for one party, in order, not every pair)
        r"<s:H>_4(?<!分别)代表<o:CO>(?:政府|方面|一方)?",
        (("s", Pred.AFFILIATED_WITH, "o"),),
        0.75,
    ),
    # participatedIn
    _p(
        # 洪玛奈在对中国进行国事访问期间会见了习近平: who is on a visit takes part in it
        "zh-during-event",
        r"<s:H>_4在(?:对<:CL>)?(?:进行|出席|参加)?_6<o:E>(?:期间|之际|时)",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        "zh-attend",
        r"<s:HOC*>_10(?:出席|参加|参与|列席|亲临|见证|主持)(?:召开|举行)?(?:了)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.85,
    ),
    _p(
        "zh-at-event-person",
        r"在(?:[^，。⟨⟩]{0,12}?的)?<o:E>(?:上|期间)[，,]?_6<s:H>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.8,
    ),
    _p(
        # 华为在世界移动通信大会上展示了5G解决方案: a body that shows or signs at an event took part in it
        "zh-body-at-event",
        r"<s:OC>_6在<o:E>(?:上|期间)_4(?:发布|展示|签署|宣布|推出|亮相|发表|介绍|展出|举办|签约)",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.7,
    ),
    _p(
        "zh-person-at-event",
        r"<s:H>_6在<o:E>(?:上|期间|中)",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.8,
    ),
    _p(
        # 阿赫桑·伊克巴尔代表巴基斯坦出席北斗峰会: who represents a country at an event
        "zh-represent-at",
        r"<s:H>_20代表<c:CO>(?:政府)?_6(?:出席|参加|列席)(?:了)?<e:E>",
        (("s", Pred.AFFILIATED_WITH, "c"), ("s", Pred.PARTICIPATED_IN, "e")),
        0.75,
    ),
    _p(
        # 国务委员兼外长王毅与约旦外交与侨务大臣萨法迪共同主持会议: both chairs take part, whatever
        # titles stand between them
        "zh-co-chair",
        r"<a:H>[^，。；]{0,30}?(?:与|和|同)[^，。；]{0,24}?<b:H>(?:[^，。；⟨⟩]){0,3}?(?:共同|联合)主持",
        (("a", Pred.PARTICIPATED_IN, "topic:E"), ("b", Pred.PARTICIPATED_IN, "topic:E")),
        0.7,
    ),
    _p(
        "zh-speak",
        r"<s:H*>(?:(?![并的信])[^。；！？，,⟨⟩]){0,6}?(?:出席并|到会并)?(?:致辞|讲话|致贺词|发表(?:了)?(?:主旨|主题|重要|视频)?(?:演讲|讲话|致辞)|"
        r"作(?:了)?(?:主旨|主题|重要)?(?:演讲|报告|发言)|主持(?:了)?(?:会议|开幕式|仪式)?(?=[，。；,并]))",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        "zh-attend-topic",
        # (张云明、中国国际经济交流中心总经济师陈文玲出席: a titled person without a name closes the list)
        r"<s:H*>(?:、(?:⟨[COLP]\d+⟩)?[\u4e00-\u9fff·]{2,12}?)*(?:等)?(?:以[^，。⟨⟩]{1,12}?方式|在<:L>|通过视频)?_4"
        r"(?:出席|参加|列席|亲临)(?:了)?"
        r"(?:[\u4e00-\u9fff]{0,4}?(?:开幕式|闭幕式|仪式|会议|论坛|峰会|活动|典礼))?(?=[并，。；,])",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        # 中国贸促会副会长卢鹏起，外交部亚洲司代表陈俊杰，…郭传维等出席开幕式并致辞 (K 210, J 191, Q 327,
        # Q 328): each titled person of a list set off by commas attends the report's event
        "zh-attend-titled-list",
        r"<s:H>(?:[，,、](?:[^。；，,⟨⟩]|⟨[COLE]\d+⟩){0,30}?⟨H\d+⟩){1,8}(?:等)?(?:嘉宾)?(?:出席|参加)(?:了)?"
        r"(?:[\u4e00-\u9fff]{0,4}?(?:开幕式|闭幕式|仪式|会议|论坛|峰会|活动|典礼))?(?=并(?:致辞|讲话|发言|致欢迎辞))",
        (("all:H", Pred.PARTICIPATED_IN, "topic:E"),),
        0.65,
    ),
    _p(
        "zh-hosted-by",
        r"<s:E>_10由(?:[\u4e00-\u9fff]{0,6}?)<o:HOC*>(?:共同|联合)?(?:主办|承办|举办|主持)",
        (("o", Pred.PARTICIPATED_IN, "s"),),
        0.75,
    ),
    _p(
        # 由国家互联网信息办公室和福建省人民政府主办的论坛: the hosts of an event take part in it
        "zh-hosted-event",
        # (a list that ends in 等 too: 云南省贸促会、昆明市人民政府等承办的…博览会)
        r"由<o:HOC*>(?:等)?(?:共同|联合)?(?:主办|承办|举办|联合主办|共同主办)的_10<e:E>",
        (("o", Pred.PARTICIPATED_IN, "e"),),
        0.75,
    ),
    _p(
        # 论坛以“创新·合作”为主题，由中国卫星导航系统管理办公室、中国国家航天局…等共同主办: the hosts
        # of the event the report is about, named after the clause that names it (a unit written after
        # the last host, 非盟委员会教育科技创新司, is stepped over)
        "zh-hosts-of-the-event",
        r"由<o:HOC*>(?:[\u4e00-\u9fff]{0,8}?等)?(?:共同|联合)?主办(?![^，,。；]{0,4}?的)",
        (("o", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        # 苗圩宣读李克强总理贺信并作主旨发言: who reads out a letter at the event is at it
        "zh-read-letter",
        r"<s:H*>(?:代表<:CO>)?宣读(?:了)?^16(?:贺信|贺词|致辞|书面致辞|讲话|信函)",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        # 习近平…进行国事访问，并出席在撒马尔罕举行的…第二十二次会议: the subject attends too
        "zh-and-attend",
        r"[，,]\s*(?:并|随后|还|同时)(?:将)?(?:出席|参加)(?:了)?~30<e:E>",
        (("subject:H", Pred.PARTICIPATED_IN, "e"),),
        0.7,
    ),
    _p(
        "zh-host",
        r"<s:HOC*>_10(?:联合|共同)?(?:举办|主办|承办|举行|主持召开|召开|主持举行)(?:了)?<o:E>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.75,
    ),
    _p(
        "zh-witness",
        r"在<s:H*>(?:等)?^30(?:共同)?见证下",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p(
        # 来自中国、埃及、沙特等十余个国家的300多位嘉宾: the countries and bodies whose delegates came
        "zh-delegates-from",
        # (a first country the name finder missed is stepped over: 来自阿联酋、卢旺达…)
        r"来自{SKIP}<s:CO*>(?:等)?[^。；⟨⟩]{0,24}?的[^。；⟨⟩]{0,30}?(?:代表|嘉宾|官员|人士|专家|学者|企业家|负责人)",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.6,
    ),
    _p(
        # 上海合作组织秘书处等机构代表, 乌干达、埃及等国的代表: the bodies and countries whose people came
        "zh-delegates-of-bodies",
        r"<s:CO*>等(?:国|国家|机构|单位|企业|部门|组织)(?:驻华使馆|政府)?(?:的)?(?:代表|嘉宾|官员|负责人)",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.6,
    ),
    _p(
        # 本次论坛由工信部主办，乌干达、埃及等国的代表，外交部、商务部以及有关企业代表约150人参加:
        # every country and body whose people a meeting's list of attendees names
        "zh-attendee-list",
        r"<e:E>[^。；]*?(?:代表|负责人|嘉宾|官员)[^。；，,⟨⟩]{0,12}?(?:参加|出席|与会)(?:了)?"
        r"(?:会议|论坛|活动|开幕式)?(?=[。；]|$)",
        (("all:COH", Pred.PARTICIPATED_IN, "e"),),
        0.6,
    ),
    _p(
        "zh-attendee-of",
        r"(?:出席|参加)(?:了)?<o:E>的_10<s:H*>",
        (("s", Pred.PARTICIPATED_IN, "o"),),
        0.8,
    ),
    _p(
        "zh-dateline-reporter",
        # (中新社北京4月15日电 (记者 夏宾): a space may stand around the bracket and the title; every
        # reporter of the byline, named with a space between (记者张小军 张硕, N 267; 记者王沛 党琦,
        # O 288) or without the title (新华社西昌12月11日电（李国利、赵金龙）, F 107;
        # 新华社甘肃酒泉…电(李国利、赵金龙), L 228))
        r"<o:O>(?:<:L>)?[^，。⟨⟩]{0,12}?电\s*[（(]\s*(?:(?:记者|特派记者|实习记者|通讯员)\s*)?<:H>"
        r"(?:\s*(?:[、，,]\s*)?(?:记者\s*)?<:H>)*",
        (("all:H", Pred.AFFILIATED_WITH, "o"),),
        0.8,
    ),
    _p(
        "zh-cohost-clause",
        r"(?:^|[，,；;])<s:HOC*>(?:等)?(?:共同|联合)?(?:承办|协办|主办|支持举办)(?=[。，；,！]|$)",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.7,
    ),
    _p("zh-visit", r"<s:H>^20对<:C>(?:进行|开展)(?:了)?_4<o:E>", (("s", Pred.PARTICIPATED_IN, "o"),), 0.8),
    # memberOf
    _p(
        "zh-member",
        r"<s:CO*>(?:等)?(?:均|都)?_8(?:是|为|作为|成为)<o:OA>(?:的)?(?:正式|创始)?成员(?:国)?",
        (("s", Pred.MEMBER_OF, "o"),),
        0.85,
    ),
    _p("zh-join", r"<s:CO*>_6(?:正式)?(?:加入|加入了)<o:O>", (("s", Pred.MEMBER_OF, "o"),), 0.8),
    _p(
        # a state that ratifies a treaty or accedes to it is its party as a signatory is (毛里塔尼亚
        # 批准了《马拉博公约》, 韩国正式加入《数字经济伙伴关系协定》); one that applies to join is not yet
        "zh-ratify",
        r"<x:CO*>_6(?<!申请)(?<!寻求)(?<!考虑)(?:正式|已经|已|先后)?(?:批准|加入|核准)(?:了)?《?<a:A>",
        (("a", Pred.SIGNED_WITH, "x"),),
        0.8,
    ),
    _p(
        # 峰会正式接收印度、巴基斯坦为成员国, 本届峰会接收老挝为上合组织伙伴: an organization's meeting admits
        # its new members (of the organization it names, else the one the report is about)
        "zh-admit-as-member",
        r"(?:接收|接纳|吸收)<x:C*>(?:为|成为)(?:<o:O>)?(?:的)?(?:正式)?(?:成员国|成员|伙伴|观察员国|观察员|对话伙伴)",
        (("x", Pred.MEMBER_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-admit-as-member-of-topic",
        r"(?:接收|接纳|吸收)<x:C*>(?:为|成为)(?:正式)?(?:成员国|观察员国|对话伙伴)",
        (("x", Pred.MEMBER_OF, "topic:O"),),
        0.7,
    ),
    _p(
        "zh-with-other-members",
        r"<s:C*>(?:愿|将|也|还|要)?(?:同|与|和)(?:其他|各|其它|所有|各个)成员国",
        (("s", Pred.MEMBER_OF, "topic:O"),),
        0.7,
    ),
    _p(
        # 老挝、柬埔寨等东盟成员国; 马来西亚、新加坡等东盟国家 (a body's countries are its members)
        "zh-listed-members-of",
        r"<s:C*>等(?:[\d一二三四五六七八九十]+个)?<o:O>(?:成员国|成员|国家)",
        (("s", Pred.MEMBER_OF, "o"),),
        0.8,
    ),
    _p(
        # 金砖五国——巴西、俄罗斯、印度、中国和南非; 东盟十国：… (the countries after a body's count of them)
        "zh-member-countries-listed",
        r"<o:O>(?:[一二三四五六七八九十]+国|(?:[\d一二三四五六七八九十]+个)?(?:成员国|国家))(?:——|—|：|:|，即|即)<s:C*>",
        (("s", Pred.MEMBER_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-members-are",
        r"<o:O>(?:的)?(?:成员国|成员)(?:包括|有|为)?<s:CO*>",
        (("s", Pred.MEMBER_OF, "o"),),
        0.85,
    ),
    # partOf
    _p(
        "zh-part-of",
        # (a clause may stand between the subject and its verb: 澜湄合作机制由澜湄六国共同发起，是…; and the
        # plan behind the kind: 是商务部按照共建“一带一路”总体部署推出的深化经贸合作重要举措)
        r"<s:PIO>(?:_8|[^，。⟨⟩]{0,16}[，,])(?:是|为|作为|被视为|被誉为|列为|成为|属于|体现了|体现|彰显了|彰显|展现了|展现)"
        r"~24<o:I*>(?:的|下的)?~20"
        r"(?:组成部分|重要部分|一部分|重点项目|重大项目|旗舰项目|标志性项目|早期收获|示范项目|项目|工程|成果|举措|成就|"
        r"里程碑|枢纽|节点|支点|平台|门户|窗口|桥梁|纽带|样板|典范|亮点|先行区|示范区)",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # 该论坛是第七届中国—中亚合作论坛的活动之一 (J 188); 作为2019中国国际智能产业博览会的主要活动之一，
        # 数字丝绸之路国际合作会议…举办 (G 132): an event held as one of a larger one's is part of it
        "zh-event-of-event",
        r"<s:E>_8(?:是|为|系)(?:本届|本次)?<o:E>(?:的)?(?:主要|重要|系列|配套|专题)?(?:活动|分论坛|平行论坛)之一",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-event-of-event",
        r"作为<o:E>(?:的)?(?:主要|重要|系列|配套|专题)?(?:活动|分论坛|平行论坛)之一[，,]_20<s:E>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-build-into",
        r"将<s:PI>打造成(?:为)?<o:I*>(?:倡议)?(?:的)?_6(?:重大|重点|旗舰|示范|标志性)?(?:项目|工程)",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-as-sub-project",
        r"作为<o:PI>[”\"」]?(?:的)?_4(?:子项目|分项目|组成部分|重点项目|重要项目|项目)(?:之一)?[，,]_20<s:PI>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-first-of-apposition",
        r"<o:PI>(?:的)?(?:首个|首座|第一个|第一座|唯一)[\u4e00-\u9fff]{0,6}(?:——|—|：|:)<s:P>",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        # 本次论坛是上合组织框架下的重要活动, 在上合组织框架下举办的论坛
        "zh-event-under-framework",
        r"<s:E>_8(?:是|为|作为|系)_12<o:OI>(?:框架下|框架内|机制下)(?:的)?_8(?:活动|会议|论坛|峰会|成果|举措|机制)",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-held-under-framework",
        r"在<o:OI>(?:框架下|框架内|机制下)(?:举办|举行|召开|主办)的<s:E>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        # “一带一路”即丝绸之路经济带和21世纪海上丝绸之路, 由…组成
        "zh-initiative-comprises",
        r"<o:I>[”」]?(?:倡议)?(?:即|包括|包含|涵盖|由)[“「]?<s:I*>[”」]?(?:两部分|两大部分)?(?:组成|构成)?",
        (("s", Pred.PART_OF, "o"),),
        0.7,
    ),
    _p(
        "zh-initiatives-make-up",
        r"<s:I*>[”」]?(?:共同)?(?:构成|组成)(?:了)?[“「]?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p("zh-under-framework", r"<o:I>(?:框架下|框架内)(?:的)?_8<s:P*>", (("s", Pred.PART_OF, "o"),), 0.75),
    _p(
        "zh-parent-company",
        r"<s:O>(?:的)?(?:母公司|控股公司|控股股东|总公司|上级单位|主管单位)(?:是|为)?<o:O>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-unit-of-body",
        r"<o:O>的_6(?:部门|机构|单位|分支|分支机构|子公司|下属机构)<s:O>",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-event-within-event",
        r"<o:E>(?:上|期间|同期)?[，,]?(?:还|也|同时)?(?:首次)?(?:举行|举办|召开)(?:了)?<s:E>",
        (("s", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        # 阿里巴巴旗下云计算公司阿里云
        "zh-subsidiary",
        # (中国航天科技集团公司所属中国运载火箭技术研究院)
        r"<o:O>(?:旗下|下属|所属)(?:的)?(?:[\u4e00-\u9fff]{0,6}?(?:公司|企业|子公司|部门|机构|品牌|平台))?<s:O*>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # 其云计算子公司阿里云 (其: the previous subject), 阿里巴巴云计算子公司阿里云: a unit by its field
        "zh-field-unit-name",
        r"<o:O>(?:全资|控股)?(?:<:T>|(?![与和及、的])[\u4e00-\u9fff]){0,4}?(?:子公司|分公司|业务部门|下属公司|下属企业)[，,]?<s:O>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        # 其云计算子公司阿里云: the unit works in the field its kind names
        "zh-field-unit-about",
        r"<:O>(?:全资|控股)?<t:T>(?:子公司|分公司|业务部门|部门|公司)(?:的)?[，,]?<s:O>",
        (("s", Pred.ABOUT, "t"),),
        0.7,
    ),
    _p(
        "zh-and-its-subsidiary",
        r"<o:O>(?:及|和|与|以及)?其(?:全资|控股|下属)?(?:子公司|下属公司|分公司|下属企业|下属机构)<s:O>",
        (("s", Pred.PART_OF, "o"),),
        0.85,
    ),
    _p(
        "zh-joint-venture",
        r"<s:O>(?:是|为|系)<o:O*>(?:的|共同|联合)?(?:成立|组建|设立|投资|出资)?(?:的)?合资(?:企业|公司)",
        (("s", Pred.PART_OF, "o"),),
        0.75,
    ),
    _p(
        "zh-under-body",
        r"<s:O>_4(?:隶属于|隶属|直属于|归属于)<o:O>",
        (("s", Pred.PART_OF, "o"),),
        0.8,
    ),
    _p(
        "zh-is-subsidiary",
        r"<s:O>(?:是|为)<o:O>(?:的)?(?:全资)?(?:子公司|下属企业|下属公司|分公司|控股子公司)",
        (("s", Pred.PART_OF, "o"),),
        0.85,
    ),
    # about
    _p(
        # 《西安宣言》提出，加快数字基础设施和绿色基础设施联通: what an agreement calls for is its field
        "zh-text-calls-for",
        r"<s:AI>[》”]?(?:还|也|进一步)?(?:提出|呼吁|主张)[，,]?(?:要)?_30<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-about",
        r"<s:IAPOE>^20(?:聚焦|围绕|涉及|涵盖|覆盖|着眼于|着力|重点发展|重点推进|包括|推进|推动|发展)_6<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # 论坛以“人工智能赋能数字经济”为主题, 设置人工智能、网络安全等分论坛
        "zh-event-theme",
        r"以(?:[“\"「『][^”\"」』。；]{0,40}[”\"」』]|<:T*>)为(?:主题|题)",
        (("near:E", Pred.ABOUT, "all:T"),),
        0.6,
    ),
    _p(
        "zh-event-sub-forums",
        r"(?:设置|设立|设有|设|举办|举行)(?:了)?(?:[^、，,。；;⟨⟩]{1,8}?(?:、|和))*<o:T*>(?:(?:、|和)[^、，,。；;⟨⟩]{1,8}?)*(?:等)?"
        r"(?:\d+|[一二三四五六七八九十]+)?(?:个|场)?(?:分论坛|专题论坛|平行论坛|专题会议|板块|展区)",
        (("topic:E", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # 该项目已纳入“经济复苏与增长计划”: a work taken into a national plan is part of it
        "zh-work-taken-into-plan",
        r"<s:P>~20(?:纳入|列入)(?:了)?_8[“\"《]?<o:I>",
        (("s", Pred.PART_OF, "o"),),
        0.6,
    ),
    _p(
        # 该项目符合“经济复苏与增长计划”框架下的国家战略 (符合…的共同目标 is only in line with goals)
        "zh-work-within-plan-framework",
        r"<s:P>~20(?:符合|契合)~20[“\"《]?<o:I>[”\"》]?(?:框架|规划)(?:下|内)",
        (("s", Pred.PART_OF, "o"),),
        0.6,
    ),
    _p(
        # 该中心…将进一步助推“数字丝绸之路”建设: a work that advances an initiative's building is part of it
        "zh-work-advances-initiative",
        r"<s:P>~30(?:助推|推动|推进|助力|服务于|融入|对接)(?:了)?[“\"]?<o:I>[”\"]?(?:的)?(?:建设|发展)",
        (("s", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        # 鲁班工坊…将为肯尼亚青年培训云计算和信息安全人才: what a work trains people in is its field
        "zh-work-trains-in",
        r"<s:P>_20(?:培训|培养)(?:了)?_6<o:T*>(?:等)?(?:领域|方面|专业)?(?:的)?(?:人才|技术人员|专业人才|学生|青年|技能)",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-work-uses",
        # (该口岸正式投用后，将基于卫星导航和5G技术: a time clause may stand between the work and its verb)
        r"<s:P>_10(?:后[，,](?:将|还|也|并)?)?(?:采用|基于|使用|应用|运用|搭载|依托|配备|提供|承载)(?:了)?(?:<:O>(?:的)?)?_12"
        r"<o:T*>",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-according-to-agreement",
        r"(?:根据|按照|依据)~30<s:A>[，,]~30(?:推进|实施|建设|开展|落实)<o:PT*>",
        (("s", Pred.ABOUT, "o"),),
        0.75,
    ),
    _p(
        # 在人工智能、大数据等领域共同打造“智慧丝绸之路”平台: what is built in the fields is about them
        "zh-built-in-fields",
        r"在_8<o:T*>(?:(?:、|和|及|以及)[^、，,。；;⟨⟩]{1,10}?)*(?:等)?_10(?:领域|方面){BUILT_THERE}",
        (("s", Pred.ABOUT, "o"), ("near:A", Pred.ABOUT, "s")),
        0.6,
    ),
    _p(
        # “老挝一号”将为老挝及周边国家提供卫星通信、卫星电视直播和无线宽带等服务: the services a work provides
        "zh-work-provides-services",
        r"<s:P>[”」》]?~24(?:提供|输出)(?:了)?_6<o:T*>(?:(?:、|和|及|以及)[^、，,。；;⟨⟩]{1,10}?)*(?:等)?_8(?:服务|业务|能力)",
        (("s", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # 该星将主要服务于阿尔及利亚的广播电视、远程教育、电子政务…等领域 (F 107); 主要用于尼日利亚的通信、
        # 广播、远程教育、宽带多媒体和导航服务等 (L 230): the fields a satellite or a work is for
        "zh-work-mainly-for",
        r"主要(?:用于|服务于|应用于)(?:<:CL>的?)?(?:[^，,。；;⟨⟩]|<:T>){0,60}?(?:等(?:领域|行业|服务|方面)?|领域)",
        (("topic:P", Pred.ABOUT, "all:T"),),
        0.6,
    ),
    _p(
        # 通过大数据和物联网等技术帮助中小企业: the technologies a work works through
        "zh-through-technologies",
        r"(?:通过|利用|借助|依托)<o:T*>(?:等)?(?:先进|新兴|数字|前沿)?(?:技术|手段)",
        (("here:AEIP", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-about-field",
        r"(?:聚焦|围绕|涉及|涵盖|覆盖|着眼于|包括|就|在|关于|以)_4<o:T*>(?:等)?_10(?:领域|议题|话题|主题|方面|问题|方向|为主题|为重点|技术上)"
        r"{NOT_BUILT_THERE}",
        (("here:AEIP", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-fields-listed",
        # (items that are no names may close the list: 数字经济、绿色经济、供应链互联互通、中小微企业5个领域)
        r"<o:T*>(?:(?:、|和|及|以及)[^、，,。；;⟨⟩]{1,10}?)*(?:等)?(?:[\d一二三四五六七八九十]+个)?(?:新兴|重点|新增)?领域"
        r"{NOT_BUILT_THERE}",
        (("lead:AEIP", Pred.ABOUT, "o"),),
        0.55,
    ),
    _p(
        # 这是上合组织首次举行以数字经济为主题的高级别论坛: a body's own forum is part of it
        "zh-body-holds-its-forum",
        r"这(?:是|也是)<o:O>_4(?:首次|第一次)?(?:围绕[“\"「]?<:ITP>[”\"」]?)?_4(?:举行|举办|召开)(?:的)?"
        r"(?:以[^。；，,]{1,16}?为主题的)?_12(?:论坛|峰会|大会|会议)",
        (("topic:E", Pred.PART_OF, "o"),),
        0.65,
    ),
    _p(
        # 首次围绕“数字丝路”举办专题性论坛: the theme a forum is held around
        "zh-forum-held-around",
        r"围绕[“\"「]?<o:ITP*>[”\"」]?_4(?:举办|举行|召开|开展)(?:了)?_8(?:论坛|峰会|会议|研讨会|大会|活动|<:E>)",
        (("topic:E", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        "zh-about-discussed",
        r"(?:围绕|就)_4<o:T*>(?:等)?_10(?:进行|开展|展开)?(?:了)?(?:深入|广泛)?(?:交流|讨论|探讨|研讨|对话|磋商)",
        (("topic:E", Pred.ABOUT, "o"),),
        0.6,
    ),
    _p(
        # 关于共建“一带一路”的谅解备忘录: an agreement on an initiative too
        "zh-agreement-on",
        r"(?:关于|有关)(?:共建|共同建设|推进|加强|深化)?[“\"「]?<o:TPAI>[”\"」]?_6(?:的)?<s:A>",
        (("s", Pred.ABOUT, "o"),),
        0.7,
    ),
)
