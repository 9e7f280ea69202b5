"""Where a discovered name starts and ends, in both languages.

People's names stop at the function word after them (刘鹤|以视频方式, "Ali Sadpara|,"); a
descriptor or a foreign country before a company's name stays outside it (全资子公司|…公司,
英国|…公司, "the SCO and | the … Foundation"); a government body keeps its country (巴基斯坦外交部,
"Ministry of Communications and Information Technology"); an event keeps its year and the
places after its head (2021中国国际智能产业博览会, "… Summit Saudi Arabia 2023"); two names joined
by "and" stay two. Every sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import names_found

ORG = EntityClass.ORGANIZATION
PERSON = EntityClass.PERSON
PLACE = EntityClass.PLACE
PROJECT = EntityClass.PROJECT
EVENT = EntityClass.EVENT
AGREEMENT = EntityClass.AGREEMENT
TECH = EntityClass.TECHNOLOGY
INITIATIVE = EntityClass.INITIATIVE


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a person's name ends before the function word or the title after it
        ("交通部副部长林晓岚以视频方式出席论坛。", "林晓岚", PERSON),
        ("Deputy Minister Lin Xiaolan attended the forum by video link.", "Lin Xiaolan", PERSON),
        ("联盟秘书长卡莫罗夫等以线上方式出席会议。", "卡莫罗夫", PERSON),
        ("The trail is named after mountaineer Karim Baltoro, who died there.", "Karim Baltoro", PERSON),
        # an adverb between a name and a verb of saying (则, 也, 还) is no part of the name
        ("蓝海银行特约研究员王明远则指出，合作前景广阔。", "王明远", PERSON),
        ("蓝海大学研究员王明远也表示，合作前景广阔。", "王明远", PERSON),
        (
            "Wang Mingyuan, a researcher at Blue Sea Bank, for his part noted that it would grow.",
            "Wang Mingyuan",
            PERSON,
        ),
        # the kind of body a Latin name is said to be (企业, 运营商) is no part of the name after it
        ("中兴宣布与卡塔尔系企业Zentel老挝公司签署备忘录。", "Zentel老挝公司", ORG),
        ("中兴宣布与卡塔尔系企业Ooredoo缅甸公司签署备忘录。", "Ooredoo缅甸公司", ORG),
        ("ZTE signed a memorandum with the Qatari-owned company Zentel Laos.", "Zentel Laos", ORG),
        # a cable system keeps 系统 ("cable system"), and 中国香港 ("Hong Kong, China") is one name
        ("两国将扩建中国香港美国海缆系统。", "中国香港美国海缆系统", PROJECT),
        (
            "The two will extend the Hong Kong-Americas cable system.",
            "Hong Kong-Americas cable system",
            PROJECT,
        ),
        # a descriptor or a foreign country before a company's name is not part of it
        ("该项目由中远电信及其全资子公司中远电信（智利）公司共同投资。", "中远电信（智利）公司", ORG),
        ("该公司是英国蓝海工程公司的合资企业。", "蓝海工程公司", ORG),
        (
            "The network was built by the SCO and the Hunza Valley Foundation Pakistan last year.",
            "Hunza Valley Foundation Pakistan",
            ORG,
        ),
        # but an operator named after its country keeps it, and so does a government body
        ("喀麦隆电信公司与中远电信签署协议。", "喀麦隆电信公司", ORG),
        ("蒙古国外交部发表声明。", "蒙古国外交部", ORG),
        (
            "The hub was sponsored by the Ministry of Communications and Digital Infrastructure.",
            "Ministry of Communications and Digital Infrastructure",
            ORG,
        ),
        # a plan keeps the years it covers
        (
            "Zentalia's Digital Skills Strategy 2021 calls for more engineers.",
            "Digital Skills Strategy 2021",
            INITIATIVE,
        ),
        (
            "The paper aligns with the Coral Sea Aid for Trade Strategy 2020-2025 and others.",
            "Coral Sea Aid for Trade Strategy 2020-2025",
            INITIATIVE,
        ),
        ("《蓝海合作五年行动计划（2018-2022）》成功实施。", "蓝海合作五年行动计划（2018-2022）", INITIATIVE),
        ("双方推动与《蓝海互联互通总体规划2025》的对接。", "蓝海互联互通总体规划2025", INITIATIVE),
        # an event keeps its year and the places named after its head
        ("2024中国国际数字产业博览会在重庆开幕。", "2024中国国际数字产业博览会", EVENT),
        (
            "It was unveiled at the Zentel Cloud Summit Oman 2024, an annual event.",
            "Zentel Cloud Summit Oman 2024",
            EVENT,
        ),
        ("Work began on the Karot Data Center Gilgit last spring.", "Karot Data Center Gilgit", PROJECT),
        # a contract named after its project; a lower-case head after an unknown name
        ("双方在上海签署PEARL建设合同。", "PEARL建设合同", AGREEMENT),
        (
            "Work started on Phase II of the Indo-Gulf OFC project last week.",
            "Phase II of the Indo-Gulf OFC project",
            PROJECT,
        ),
        ("The cable lands at the Cape Moreton station near the port.", "Cape Moreton station", PLACE),
        # a transliterated name after its country is a place in it
        ("海缆连接喀麦隆克坦比和巴西马拉卡。", "克坦比", PLACE),
        ("The segment links Ras Abu Sultan in Egypt to Marseille.", "Ras Abu Sultan", PLACE),
        ("The ceremony took place in Sher Bagh, Gilgit, on Friday.", "Sher Bagh", PLACE),
        # an outlet's undated dateline (…网讯, …社讯) ends before the name after it
        ("华南财经网讯 蓝海工程公司日前宣布新线开通。", "蓝海工程公司", ORG),
        (
            "Blue Sea Engineering Company opened the line, Southern Finance Net reported.",
            "Blue Sea Engineering Company",
            ORG,
        ),
        # a possessive inside a name ("the People's …") does not split it
        ("该行由中国人民银行数字货币研究所指导。", "中国人民银行数字货币研究所", ORG),
        (
            "It is guided by the Digital Currency Institute of the People's Bank of China.",
            "Digital Currency Institute of the People's Bank of China",
            ORG,
        ),
        # the people of a body opening a sentence, and where the body is based, are not its name
        ("吉安外包服务研究中心官员出席了会议。", "吉安外包服务研究中心", ORG),
        (
            "Officials of the Ji'an Outsourcing Service Research Center attended.",
            "Ji'an Outsourcing Service Research Center",
            ORG,
        ),
        ("Kenya-based Blue Sea Networks built the line.", "Blue Sea Networks", ORG),
        # a transliterated name runs over a country's name inside it (卡|马里|迪尼); a surname and an
        # adjective after a title are a name (高亢 "resonant"); an apposition's occupation marks one
        ("科摩罗邮电部长卡马里迪尼·索伊出席论坛。", "卡马里迪尼·索伊", PERSON),
        ("俄罗斯总统弗拉基米尔·普京出席论坛。", "弗拉基米尔·普京", PERSON),
        ("中国人民银行副行长高亢表示，合作前景广阔。", "高亢", PERSON),
        ("Qiu Xiaoqi, the special representative, met officials.", "Qiu Xiaoqi", PERSON),
        ("San Veasna, a teacher at the workshop, spoke to reporters.", "San Veasna", PERSON),
        # a verb that the dictionary tags as a noun (核准 "approve") ends a name
        ("国家发展改革委核准亚欧陆地光缆工程。", "亚欧陆地光缆工程", PROJECT),
        (
            "The forum hosted by the China Institute of Communications opened.",
            "China Institute of Communications",
            ORG,
        ),
        # 建设 after a noun is a field of the name (capacity building), after a verb it ends it
        ("东盟基础设施建设合作论坛开幕。", "东盟基础设施建设合作论坛", EVENT),
        (
            "The ASEAN Digital Capacity Building Cooperation Forum opened.",
            "ASEAN Digital Capacity Building Cooperation Forum",
            EVENT,
        ),
        ("中国将推进建设蓝海合作论坛。", "蓝海合作论坛", EVENT),
        # a work across a sea keeps its 跨 / Trans-, and a cable's make stands before its head
        ("两国将铺设跨里海海底光缆。", "跨里海海底光缆", PROJECT),
        (
            "The Trans-Caspian fibre-optic cable will link the two countries.",
            "Trans-Caspian fibre-optic cable",
            PROJECT,
        ),
        ("It is the Indo-Gulf submarine cable.", "Indo-Gulf submarine cable", PROJECT),
        # a cable's route words are part of its name (跨太平洋直达光缆); a quoted work's name is the
        # quoted words; a title names its body after "of"
        ("据新华社22日电 中美跨太平洋直达光缆开工。", "中美跨太平洋直达光缆", PROJECT),
        ("横跨海峡的“蓝海光缆1号”工程6日开工。", "蓝海光缆1号", PROJECT),
        ("Zhao Ming, Economic Counsellor of the Blue Sea Embassy in Kenya, spoke.", "Zhao Ming", PERSON),
        ("The Director of the Blue Sea Institute said so.", "Blue Sea Institute", ORG),
        ("U.K.-based Blue Sea Telecom owns the cable.", "Blue Sea Telecom", ORG),
        # a ground station is a facility named by its place
        ("喀什国际卫星地面站已投入使用。", "喀什国际卫星地面站", PROJECT),
        # 等 "and others" ends a transliterated name; a bureau keeps the fields joined before its own
        # (also before its chief's title, which the dictionary joins to it: 科技局|局长)
        ("蓝海大学校长查·理丹等嘉宾出席开幕式。", "查·理丹", PERSON),
        ("论坛由蓝海集团主办、创新科技及工业局协办。", "创新科技及工业局", ORG),
        ("特区政府创新及科技局局长出席论坛。", "创新及科技局", ORG),
        (
            "Zentel announced a partnership with the Ministry of Higher Education, Science, "
            "Research and Innovation and the Ministry of Labor.",
            "Ministry of Labor",
            ORG,
        ),
        # a known place's region is the place; "and" / 同 join two places, in neither name
        ("来自东盟国家和香港、澳门地区的代表出席会议。", "澳门", PLACE),
        ("中国电信决定在昆明同亚太地区国家建设光缆。", "昆明", PLACE),
        ("论坛由中国—东盟中心同蓝海市人民政府共同主办。", "蓝海市人民政府", ORG),
        ("The firm plans cables connecting with Eastern Europe, America and Oceania.", "Oceania", PLACE),
        ("Alibaba's travel platform Zentara and the RDB will promote Rwanda.", "Zentara", ORG),
        # a name after a title ends before what people do (共同主持, 分别致辞); 行政长官 is a title
        ("交流会由大会秘书长任明良共同主持。", "任明良", PERSON),
        ("The session was co-chaired by Secretary-General Ren Mingliang.", "Ren Mingliang", PERSON),
        ("香港特区行政长官李家明，蓝海办公室主任出席论坛。", "李家明", PERSON),
        ("Hong Kong Chief Executive Li Jiaming attended the forum.", "Li Jiaming", PERSON),
        # a cable's serial number after its head is part of its name
        ("中国电信签署了建设蓝海光缆2号的谅解备忘录。", "蓝海光缆2号", PROJECT),
        ("China Telecom signed a memorandum to build the Blue Sea Cable 2.", "Blue Sea Cable 2", PROJECT),
        # a name after a title is not cut by a word the dictionary barely knows (拉出 "pull out",
        # 徐步 "slowly"); 涅 transliterates
        ("智利总统皮涅拉出席了庆祝仪式。", "皮涅拉", PERSON),
        ("Chilean President Sebastian Pinera attended the ceremony.", "Sebastian Pinera", PERSON),
        ("中国驻智利大使徐步在结业典礼上说，合作前景广阔。", "徐步", PERSON),
        ("Chinese Ambassador to Chile Xu Bu said at the ceremony.", "Xu Bu", PERSON),
        # but 同 inside a name of another class stays ("China with Central Asia" year)
        ("宣布2023年为中国同中亚国家人民文化艺术年。", "中国同中亚国家人民文化艺术年", INITIATIVE),
        # a name after a title ends before a time word or an adverb (当天, 共同)
        ("蓝海电信集团总裁黎明勇当天在接受采访时表示，合作前景广阔。", "黎明勇", PERSON),
        ("Blue Sea Telecom president Li Mingyong said that day the outlook was good.", "Li Mingyong", PERSON),
        ("蓝海电信公司总裁梅拉·阿雷维奇当天介绍说，服务将分批开通。", "梅拉·阿雷维奇", PERSON),
        ("蓝海商会会长陈明丰共同为海缆启用揭幕。", "陈明丰", PERSON),
        ("Blue Sea chamber president Chen Mingfeng jointly unveiled the cable.", "Chen Mingfeng", PERSON),
        # a minister of a body another head ends (秘书处|部长); a ministry named after a field (政府)
        ("蓝海国总统府机构关系秘书处部长亚历山大·帕迪亚说。", "蓝海国总统府机构关系秘书处", ORG),
        ("蓝海国总统府机构关系秘书处部长亚历山大·帕迪亚说，合作前景广阔。", "亚历山大·帕迪亚", PERSON),
        (
            "Blue Sea's Minister of Institutional Relations Alexandre Padia said the outlook was good.",
            "Alexandre Padia",
            PERSON,
        ),
        ("蓝海国房屋及地方政府部长倪明敏今天表示，合作前景广阔。", "蓝海国房屋及地方政府部", ORG),
        # a transliterated given name the dictionary knows (彼得) opens a dotted name; a place's
        # name inside a transliterated part (德瓦, Deva) is part of it
        ("蓝海通信首席执行官彼得·恩德瓦在声明中说，合作前景广阔。", "彼得·恩德瓦", PERSON),
        ("Blue Sea Telecom chief executive Peter Ndegwa said in a statement.", "Peter Ndegwa", PERSON),
        ("蓝海国投资局局长约翰·姆温德瓦表示，合作前景广阔。", "约翰·姆温德瓦", PERSON),
        ("Blue Sea Investment Authority director John Mwendwa said so.", "John Mwendwa", PERSON),
        # a ministry the lexicon knows may end inside its chief's title (国防部|长); 大臣 is a title
        ("德国国防部长皮斯托留斯19日在布鲁塞尔表示，合作前景广阔。", "皮斯托留斯", PERSON),
        ("German Defence Minister Boris Pistorius said in Brussels on the 19th.", "Boris Pistorius", PERSON),
        ("柬埔寨内政大臣萨肯和商会会长陈明丰出席仪式。", "萨肯", PERSON),
        ("Cambodian Interior Minister Sar Kheng attended the ceremony.", "Sar Kheng", PERSON),
        # a diplomatic mission after a title "of" is a body, in a list of people by semicolons too
        (
            "Ali Rahman, Deputy Chief of Mission and Minister of the Embassy of Zentalia in China; "
            "and Emmanuel Ang, Counsellor of the Royal Thai Embassy in China, attended.",
            "Embassy of Zentalia in China",
            ORG,
        ),
        (
            "Ali Rahman, Deputy Chief of Mission and Minister of the Embassy of Zentalia in China; "
            "and Emmanuel Ang, Counsellor of the Royal Thai Embassy in China, attended.",
            "Royal Thai Embassy in China",
            ORG,
        ),
        ("泰国驻华大使馆公使阿里·拉赫曼出席。", "泰国驻华大使馆", ORG),
        # a line's voltage is part of its name; a town the dictionary lacks opens a route
        ("2月5日，中老500千伏联网工程输电导线完成连接。", "中老500千伏联网工程", PROJECT),
        (
            "国家电网投资的巴基斯坦默蒂亚里—拉合尔±660千伏直流输电工程投运。",
            "默蒂亚里—拉合尔±660千伏直流输电工程",
            PROJECT,
        ),
        (
            "State Grid built the Matiari-Lahore HVDC Transmission Project in Pakistan.",
            "Matiari-Lahore HVDC Transmission Project",
            PROJECT,
        ),
        ("EirGrid signed the agreements for the Celtic Interconnector.", "Celtic Interconnector", PROJECT),
        # a country's company named by what it does keeps the country; one with a name does not
        ("日立ABB电网公司与沙特机电服务公司组成联合体。", "沙特机电服务公司", ORG),
        (
            "The consortium of Hitachi ABB and the Saudi Electro Mechanical Services Company was formed.",
            "Saudi Electro Mechanical Services Company",
            ORG,
        ),
        ("该项目由瑞典泽尼卡公司承建。", "泽尼卡公司", ORG),
        ("The project is built by the Swedish company Zenica.", "Zenica", ORG),
        # a world body's or meeting's name may open with 全球; a field after it is no name
        ("2016全球能源互联网大会30日在北京召开。", "2016全球能源互联网大会", EVENT),
        (
            "The 2016 Global Energy Interconnection Conference opened in Beijing.",
            "2016 Global Energy Interconnection Conference",
            EVENT,
        ),
        ("这是全球最大的数据中心。", "全球最大的数据中心", None),
        ("It is the largest data centre in the world.", "largest data centre", None),
        # a country alone after a corporation's "of" is part of its name; whom it works for is not
        (
            "The National Grid Corporation of the Philippines said.",
            "National Grid Corporation of the Philippines",
            ORG,
        ),
        (
            "It signed with China Great Wall Industry Corporation for SUPARCO.",
            "China Great Wall Industry Corporation",
            ORG,
        ),
        ("菲律宾国家输电公司表示。", "菲律宾国家输电公司", ORG),
        # a body's role in a work, said before its name; a body that organises is no second body
        ("仪式上，项目总承包单位中国空间技术研究院签署了交付协议。", "中国空间技术研究院", ORG),
        (
            "At the ceremony, general contractor China Academy of Space Technology signed.",
            "China Academy of Space Technology",
            ORG,
        ),
        ("该联合体在菲律宾国家电信委员会组织的竞标中胜出。", "菲律宾国家电信委员会", ORG),
        (
            "It won the auction held by the National Telecommunications Commission.",
            "National Telecommunications Commission",
            ORG,
        ),
        (
            "Besides government representatives, the summit brought together experts.",
            "Besides government",
            None,
        ),
        ("除政府代表外，峰会还汇集了专家。", "除政府", None),
        # "at … on" ends a clause, "online" is part of a meeting's name
        ("DITO首席行政官阿德尔·塔马诺在线上发布会上表示，服务覆盖宿务。", "阿德尔·塔马诺", PERSON),
        (
            "DITO Chief Administrative Officer Adel Tamano said at the online launch that it covers Cebu.",
            "Adel Tamano",
            PERSON,
        ),
        (
            "DITO首席行政官阿德尔·塔马诺在线上发布会上表示，服务覆盖宿务。",
            "DITO首席行政官阿德尔·塔马诺在线上发布会",
            None,
        ),
        ("第二届中国—东盟线上博览会开幕。", "第二届中国—东盟线上博览会", EVENT),
        ("The second China-ASEAN Online Expo opened.", "second China-ASEAN Online Expo", EVENT),
        # a trade fair named by its trade
        ("4月20日，2023年赞比亚农业技术展在卢萨卡举行。", "2023年赞比亚农业技术展", EVENT),
        (
            "The 2023 Zambia Agricultural Technology Expo opened in Lusaka.",
            "2023 Zambia Agricultural Technology Expo",
            EVENT,
        ),
        ("公司展示了技术展示成果。", "技术展", None),
        # a broadcaster's channel is named after a proper name only
        ("节目在中央电视台英语新闻频道播出。", "中央电视台英语新闻频道", ORG),
        ("节目在新闻频道播出。", "新闻频道", None),
        ("The programme aired on the news channel.", "news channel", None),
        # a quoted title before the noun of a work or a plan
        (
            'He proposed the "Access to Satellite TV for 10,000 African Villages" project.',
            "Access to Satellite TV for 10,000 African Villages",
            PROJECT,
        ),
        ("他提出了“万村通”项目。", "万村通", PROJECT),
        # a verb or a preposition the dictionary files as a noun opens no name
        ("公司将运营哈里发港二期集装箱码头。", "哈里发港二期集装箱码头", PROJECT),
        (
            "The company will operate the Khalifa Port Container Terminal.",
            "Khalifa Port Container Terminal",
            PROJECT,
        ),
    ],
)
def test_names_boundaries_start_and_end(lexicon: Lexicon, text: str, name: str, cls: EntityClass) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("交通部副部长林晓岚以视频方式出席论坛。", "林晓岚以视"),
        # verbs and a word of part the dictionary files as nouns open no name
        ("海缆故障影响东非部分地区的网络。", "东非部分地区"),
        ("公司将运营哈里发港二期集装箱码头。", "运营哈里发港二期集装箱码头"),
        ("联盟秘书长卡莫罗夫等以线上方式出席会议。", "卡莫罗夫等"),
        ("习近平在贺电中指出，合作潜力巨大。", "贺电中"),
        ("他宣读习近平主席贺信并致辞。", "贺信"),
        ("该项目由中远电信及其全资子公司中远电信（智利）公司共同投资。", "全资子公司中远电信（智利）公司"),
        ("该公司是英国蓝海工程公司的合资企业。", "英国蓝海工程公司"),
        (
            "The network was built by the SCO and the Hunza Valley Foundation Pakistan.",
            "SCO and the Hunza Valley Foundation Pakistan",
        ),
        (
            "Work began on the Karot Data Center Gilgit and the Karot IT Park.",
            "Karot Data Center Gilgit and the Karot IT Park",
        ),
        # a head used as a verb or as a modifier makes no name
        ("他在出席峰会时倡议，明年举办论坛。", "峰会时倡议"),
        ("声明体现了中阿战略合作的高水平。", "中阿战略"),
        ("这为全球治理贡献了中国方案。", "中国方案"),
        ("巴基斯坦外交部发表声明。", "巴基斯坦外交部发表声明"),
        ("The grant funds an ERC-funded project on ports.", "ERC-funded project"),
        ("They offer applications in Arabic, a company official told reporters.", "Arabic"),
        ("It runs an IP-based VSAT hub for remote areas.", "VSAT"),
        ("华南财经网讯 蓝海工程公司日前宣布新线开通。", "华南财经网讯 蓝海工程公司"),
        ("华南财经网讯蓝海工程公司日前宣布新线开通。", "华南财经网讯蓝海工程公司"),
        (
            "Officials of the Ji'an Outsourcing Service Research Center attended.",
            "Officials of the Ji'an Outsourcing Service Research Center",
        ),
        ("Kenya-based Blue Sea Networks built the line.", "Kenya-based Blue Sea Networks"),
        ("一座卫星地面站已投入使用。", "卫星地面站"),
        ("科摩罗邮电部长卡马里迪尼·索伊出席论坛。", "马里"),
        ("部长强调，合作前景广阔。", "强调"),
        ("中国将推进建设蓝海合作论坛。", "建设蓝海合作论坛"),
        ("两国将在蓝海方向建设新型海底光缆。", "蓝海方向建设新型海底光缆"),
        ("SJC2海底光缆登陆。", "SJC2海底光缆登陆"),
        ("The SJC2 submarine cable landed.", "SJC2 submarine cable"),
        ("Faulty undersea cable slows internet.", "Faulty undersea cable"),
        # a meeting's parts name no meeting
        ("本届论坛设置开幕式暨主论坛和4场分论坛。", "开幕式暨主论坛"),
        ("本届论坛设置开幕式暨主论坛和4场分论坛。", "论坛设置开幕式暨主论坛"),
        ("蓝海数字论坛开幕式暨主论坛在天津举行。", "蓝海数字论坛开幕式暨主论坛"),
        ("The forum features an opening ceremony and a main forum.", "opening ceremony and a main forum"),
        ("国家发展改革委核准亚欧陆地光缆工程。", "国家发展改革委核准亚欧陆地光缆工程"),
        ("国家发展改革委核准亚欧陆地光缆工程。", "核准亚欧陆地光缆工程"),
        ("据新华社22日电 中美跨太平洋直达光缆开工。", "据新华社"),
        ("横跨海峡的“蓝海光缆1号”工程6日开工。", "“蓝海光缆1号”工程"),
        (
            "Zhao Ming, Economic Counsellor of the Blue Sea Embassy in Kenya, spoke.",
            "Zhao Ming, Economic Counsellor of the Blue Sea Embassy in Kenya",
        ),
        ("U.K.-based Blue Sea Telecom owns the cable.", "U.K.-based Blue Sea Telecom"),
        ("中兴宣布与卡塔尔系企业Zentel老挝公司签署备忘录。", "企业Zentel老挝公司"),
        ("蓝海银行特约研究员王明远则指出，合作前景广阔。", "王明远则"),
        # a room of a building (大厅 "hall") is no government department (厅)
        ("蓝海物流区航运服务中心大厅内灯火通明。", "蓝海物流区航运服务中心大厅"),
        ("The hall of the Blue Sea Shipping Service Centre was brightly lit.", "hall of the Blue Sea"),
        # a compass word before a country's name or adjective makes a region of it
        ("拉美国家加入了倡议。", "美国"),
        ("Latin American and Caribbean countries joined.", "American"),
        ("North American carriers joined the consortium.", "American"),
        # what a name is called for short (简称) is not part of it
        ("连接两地的蓝海光缆系统（简称BSC海缆）突然中断。", "蓝海光缆系统（简称BSC海缆）"),
        # a name runs across no conjunction that joins two names, nor over 等 or a place's 地区
        ("蓝海大学校长查·理丹等嘉宾出席开幕式。", "查·理丹等嘉宾"),
        ("中国电信决定在昆明同亚太地区国家建设光缆。", "昆明同亚太地区"),
        ("论坛由中国—东盟中心同蓝海市人民政府共同主办。", "中国—东盟中心同蓝海市人民政府"),
        # a country's possessive after "and" opens the next name (its owner), not part of the first
        ("备忘录由中国商务部和蓝海国贸易工业部签署。", "中国商务部和蓝海国贸易工业部"),
        (
            "It was signed by China's Ministry of Commerce and Zentalia's Ministry of Trade and Industry.",
            "Ministry of Commerce and Zentalia",
        ),
        (
            "It was inked by China's Ministry of Commerce and South Zentalia's Ministry for Innovation.",
            "Ministry of Commerce and South Zentalia",
        ),
        (
            "The forum was co-hosted by the ASEAN-China Centre with the Blue Sea Municipal Government.",
            "ASEAN-China Centre with the Blue Sea Municipal Government",
        ),
        ("来自东盟国家和香港、澳门地区的代表出席会议。", "澳门地区"),
        ("论坛由蓝海集团主办、创新科技及工业局协办。", "工业局"),
        ("The firm plans cables connecting with Eastern Europe, America and Oceania.", "America and Oceania"),
        ("Alibaba's travel platform Zentara and the RDB will promote Rwanda.", "Zentara and the RDB"),
        # "Chief of Mission" is a title, not the city of Mission
        ("Ali Rahman, Deputy Chief of Mission of the Embassy of Zentalia, attended.", "Mission"),
        ("蓝海国驻华使馆副馆长阿里·拉赫曼出席。", "副馆长阿里·拉赫曼"),
        # a clause's adverb, a preposition or 地处 "lies in" ends the walk back from a head
        ("蓝海电信随后联系国际海缆维运组织安排维修。", "蓝海电信随后联系国际海缆"),
        ("Blue Sea Telecom then contacted the cable maintenance body.", "Blue Sea Telecom then"),
        ("双方同意研究更新中墨投资协定。", "研究更新中墨投资协定"),
        ("蓝海电信将按合资公司中的持股比例分享利润。", "按合资公司"),
        ("蓝城地处中亚中心，是开放前沿。", "蓝城地处中亚中心"),
        # a Chinese headline's pause is a space: no name runs across it
        ("挪威蓝海电信出售缅甸业务 黎巴嫩M9集团接盘", "出售缅甸业务 黎巴嫩M9集团"),
        ("挪威蓝海电信出售缅甸业务 黎巴嫩M9集团接盘", "出售缅甸业务黎巴嫩M9集团"),
        (
            "Zentel announced a partnership with the Ministry of Higher Education, Science, "
            "Research and Innovation and the Ministry of Labor.",
            "Higher Education, Science, Research and Innovation and the Ministry of Labor",
        ),
    ],
)
def test_names_boundaries_no_name_across_them(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Work began on the Karot Data Center Gilgit and the Karot IT Park.",
            "Karot Data Center Gilgit",
            "Karot IT Park",
        ),
        (
            "The network was built by the SCO and the Hunza Valley Foundation Pakistan.",
            "SCO",
            "Hunza Valley Foundation Pakistan",
        ),
        ("中远电信公司和蓝海工程公司签署协议。", "中远电信公司", "蓝海工程公司"),
    ],
)
def test_names_boundaries_coordinated_names_stay_two(
    lexicon: Lexicon, text: str, first: str, second: str
) -> None:
    names = names_found(text, lexicon)
    assert first in names and second in names, names


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The market grew, according to research consultancy Marketwise.", "Marketwise", ORG),
        ("The contract went to operator Zentara last year.", "Zentara", ORG),
        ("French media group Zentalis announced an offer on Monday.", "Zentalis", ORG),
        ("It competes with Chinese rival Korvix in the region.", "Korvix", ORG),
        ("It also runs the music streaming service Zoomi.", "Zoomi", ORG),
        ("法国传媒集团Zentalis周一宣布收购要约。", "Zentalis", ORG),
        ("The Zentel Cloud Muscat Region opened on Monday.", "Zentel Cloud Muscat Region", PLACE),
        ("The Huawei Cloud Muscat Region opened on Monday.", "Huawei Cloud Muscat Region", PROJECT),
        ("SHENZHEN, China, Sept 4 (Reuters) - The firm opened an office.", "Sept", None),
        ("The network now reaches K9 Base Camp in the north.", "K9 Base Camp", PLACE),
        (
            "The carriers signed the supply and maintenance agreement in Doha.",
            "supply and maintenance agreement",
            AGREEMENT,
        ),
    ],
)
def test_names_boundaries_typed_by_neighbours(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass | None
) -> None:
    assert names_found(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    ("text", "name", "cls", "not_a_name"),
    [
        # a title ends before a word that opens the name after it (司长|文森特: 长文 is a word)
        ("质量保障司司长文森特·范·罗伊在验收会上致辞。", "文森特·范·罗伊", PERSON, "森特·范·罗伊"),
        (
            "Director Vincent van Rooi spoke at the acceptance ceremony.",
            "Vincent van Rooi",
            PERSON,
            "Director",
        ),
        # how a speaker took part ends the name (线上), and so does an adverb after a given name
        (
            "协会第一书记德鲁卡连科·谢尔盖·彼得罗维奇线上致辞。",
            "德鲁卡连科·谢尔盖·彼得罗维奇",
            PERSON,
            "彼得罗维奇线",
        ),
        ("中心经理张梦伊仍在办公室加班。", "张梦伊", PERSON, "张梦伊仍"),
        ("Centre manager Zhang Mengyi was still at the office.", "Zhang Mengyi", PERSON, "Zhang Mengyi was"),
        # a government body's name opens with its country, not with the verb before it
        ("声明证实美国贸易发展署将提供资金。", "美国贸易发展署", ORG, "证实美国贸易发展署"),
        (
            "The statement confirmed the U.S. Trade and Development Agency would fund it.",
            "U.S. Trade and Development Agency",
            ORG,
            "confirmed",
        ),
        # a ministry of many listed fields is one name, whatever jieba tags the fields
        (
            "纳米比亚教育、创新、青年、体育、艺术与文化部表示感谢。",
            "纳米比亚教育、创新、青年、体育、艺术与文化部",
            ORG,
            "艺术与文化部",
        ),
        # a route's verb is no part of the region it leads to
        ("向东经网络通往海湾地区。", "海湾地区", PLACE, "经网络通往海湾地区"),
        # a transliterated name before a company's head is the company's
        (
            "运营商（埃提哈德·埃蒂萨拉特公司）发表声明。",
            "埃提哈德·埃蒂萨拉特公司",
            ORG,
            "埃提哈德·埃蒂萨拉特公",
        ),
        (
            "The operator (Etihad Etisalat Company) issued a statement.",
            "Etihad Etisalat Company",
            ORG,
            "Etihad",
        ),
        # a country and a place of it in brackets open the name of what is there
        (
            "中国（阿拉山口）跨境电商综合试验区建设取得进展。",
            "中国（阿拉山口）跨境电商综合试验区",
            PROJECT,
            "（阿拉山口）跨境电商综合试验区",
        ),
        (
            "The China (Alashankou) Cross-border E-commerce Comprehensive Pilot Zone opened.",
            "China (Alashankou) Cross-border E-commerce Comprehensive Pilot Zone",
            PROJECT,
            "Cross-border E-commerce Comprehensive Pilot Zone",
        ),
    ],
)
def test_names_boundaries_of_titles_verbs_and_transliterations(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass, not_a_name: str
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names
    assert not_a_name not in names, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a title of a field is no body, nor a body inside it
        ("乌兹别克斯坦数字技术部部长舍尔佐德·舍尔马托夫出席。", "数字技术部部长舍尔佐德"),
        (
            "Sherzod Shermatov, Minister of Digital Technologies of Uzbekistan, attended.",
            "Digital Technologies of Uzbekistan",
        ),
        ("斐济总检察长兼经济和通信部长赛义德-海尤姆表示。", "经济和通信部长赛义德"),
        (
            "Fiji's Attorney-General and Minister for Economy and Communications said so.",
            "Attorney-General and Minister for Economy and Communications",
        ),
        (
            "According to Uzbekistan's Ministry of Digital Technologies, it opens soon.",
            "Digital Technologies",
        ),
        # a body named with its country ends there; the name after it is a person's
        (
            "Director of the Cyberspace Administration of China Zhuang Rongwen spoke.",
            "Cyberspace Administration of China Zhuang Rongwen",
        ),
        ("国家互联网信息办公室主任庄荣文致辞。", "国家互联网信息办公室主任庄荣文"),
    ],
)
def test_names_boundaries_titles_of_fields_name_no_body(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)
