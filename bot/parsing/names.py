"""New customers as written: 张总 / 刘经理 (surname + title), Chinese person names,
companies (…公司, …集团, …科技, 华为), English names and companies (Jane Doe, Acme Corp).

Never the rep: 我, I, me are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.parsing import segment

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝萧区"
)
_COMPOUND = ("欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|司徒|夏侯|尉迟|公孙|宇文|"
             "(?<![店厂校院行局部社队所站场园馆组班科处])长孙")  # 院长|孙姐, not 长孙
TITLES = (
    "总经理|总监|总裁|董事长|经理|老师|主任|老板|处长|科长|课长|部长|院长|校长|厂长|行长|局长|医生|"
    "律师|先生|女士|小姐|博士|教授|主管|助理|秘书|师傅|阿姨|大妈|大姐|大哥|老板娘|太太|副总经理|副总|副经理|"
    "副院长|副校长|副理|协理|襄理|团长|支书|书记|队长|所长|站长|店长|场长|园长|馆长|理事长|秘书长|会长|社长|村长|组长|护士长|"
    "大夫|主席|导演|教练|会计|出纳|专员|总工|药师|护士|兽医|技师|工程师|总编|主编|编辑|医师|伯伯|叔叔|奶奶|爷爷|婆婆|妈妈|"
    "调度|主厨|班长|设计师|建筑师|讲师|姑娘|"
    "总|董|工|姐|导(?![购游师航入出致体电])|"
    "哥|生|太"
)
TITLE_WORDS = frozenset(TITLES.split("|"))
# 20张工位, 三张桌: a measure word after a number, not a surname
_SURNAME_TITLE = re.compile(
    rf"(?<![0-9零一二两三四五六七八九十百千几])(?P<s>{_COMPOUND}|[{SURNAMES}])(?P<t>{TITLES})")
# 周总结, 周工作, 王生产, 这周太忙: a word, not a person (陈生, 陈太: Cantonese Mr, Mrs)
_NOT_AFTER = {"总": "结共部额计体量价算数值", "工": "作厂资具程艺期业人位服装单地",
              "生": "产活意日成物态长效病气命存",
              "太": "忙贵高低多少好快慢大小长短累难差远近晚早久阳空平原极"}
BRANDS = (
    "华为云|阿里云|腾讯云|徐工|盒马鲜生|盒马|钱大妈|来伊份|锦江之星|如家|汉庭|全季|亚朵|华住|海底捞|"
    "西贝|喜茶|奈雪|瑞幸|星巴克|肯德基|麦当劳|必胜客|永辉|物美|华润万家|大润发|沃尔玛|家乐福|苏宁|国美|"
    "链家|贝壳|京东物流|德邦|中通|圆通|韵达|申通|蜜雪冰城|屈臣氏|名创优品|安踏|李宁|农夫山泉|娃哈哈|"
    "伊利|蒙牛|光明|康师傅|三只松鼠|良品铺子|华为|阿里巴巴|阿里|腾讯|小米|京东|百度|字节跳动|字节|美团|拼多多|网易|联想|格力|美的|海尔|"
    "比亚迪|中兴|滴滴|顺丰|万科|平安|招商银行|工商银行|建设银行|中国银行|农业银行|中石化|中石油|"
    "国家电网|中国移动|中国联通|中国电信|大疆|蔚来|小鹏|理想汽车|携程|快手|抖音|海康|宁德时代|茅台"
)
_BRAND = re.compile(BRANDS)
# What a Chinese organisation's name ends with: its legal form or its trade (华兴纺织, 德邦快运,
# 仁爱口腔门诊, 欣欣幼儿园, 恒达五金厂) — unless a department follows (信息部, 工程处)
_ORG_ENDINGS = (
    "科技有限公司 有限责任公司 股份有限公司 有限公司 公司 集团 科技 实业 银行 医院 工厂 研究院 "
    "律师事务所 会计师事务所 "
    "研究所 事务所 律所 大学 学院 中学 小学 幼儿园 学校 商贸 贸易 工贸 电子 网络 物流 快运 快递 "
    "速运 货代 冷链 供应链 传媒 制药 药业 医药 医疗 器械 口腔 门诊 门诊部 诊所 养老院 敬老院 "
    "纺织 机械 机电 电机 制造 建材 食品 乳业 调味品 粮油 水产 餐饮 酒楼 饭店 餐厅 酒家 酒店 "
    "宾馆 化工 能源 汽车 汽配 地产 置业 家具 家居 装饰 教育 培训 咨询 服饰 服装 鞋业 电器 电气 "
    "五金 五金厂 塑料 塑胶 钢铁 包装 印刷 农业 农场 牧场 生物 软件 通信 环保 控股 保险 保险经纪 "
    "证券 超市 商场 商行 药店 药房 工作室 物业 设计院 文具 陶瓷 光电 模具 精密 重工 纸业 "
    "建工 园林 茶业 酒业 旅行社 车行 4S店 厂 合作社 农资 书院 印务 国际 书店 书城 资本 种业 养车 "
    "数据 智能 数码 新能源 新材料 家电 照明 灯饰 母婴 宠物 影视 广告 健康 美容 健身 "
    "眼镜 茶叶 光伏 储能 半导体 自动化 信息技术 布艺 职校 建工 保健院 卫生院 "
    "实验室 会所 月子会所 月子中心 体检中心 检测中心 培训中心 商城 眼镜城 家具城 建材城 "
    "包装材料 建筑材料 装饰材料 复合材料 时代 连锁 驾校 茶庄 茶行 婚庆 影楼 专卖店 旗舰店 便利店 "
    "经营部 批发部 门市部 出版社 杂志社 报社 咖啡 "
    # trades a short name ends with (清源净水, 金麦烘焙, 宏运车队, 瑞达人力)
    "净水 水处理 寝具 家纺 翻译 车队 租车 人力 人力资源 劳务 猎头 烘焙 面包房 西点 蛋糕店 "
    "饼家 饼店 气体 工业气体 植保 厨房设备 电梯 铝业 铜业 皮革 园艺 农机 渔业 肉业 果业 果蔬 "
    "茶饮 面馆 影城 影院 水族馆 博物馆 图书馆 体育馆 美术馆 科技馆 游泳馆 茶馆 饭馆 酒馆 菜馆 "
    "球馆 展馆 舞蹈 舞蹈学校 体育 体育用品 "
    "剧院 美发 美甲 医美 养生 足浴 泵业 管业 锂电 石化 塑业 橡胶 钣金 紧固件 路桥 幕墙 进出口 "
    "外贸 电商 托育 驾培 琴行 画室 彩印 图文 快印 会展 礼仪 汽贸 车业 货运 起重 财税 代账 "
    "民宿 客栈 度假村 乐园 票务 船务 报关 冷库 米业 油脂 纸品 印染 袜业 日化 孕婴 水族 花艺 牙科 "
    "服务 管理 摄影 珠宝 汽修 孕婴童 服务式住宅 服务式公寓 酒店式公寓 管委会 物流园 "
    # shops named by what they sell (苏州贝贝佳玩具店, 东莞水立方汽车美容店)
    "玩具店 美容店 美容院 花店 水果店 服装店 五金店 家具店 宠物店 烟酒店 粮油店 杂货店 建材店 "
    "手机店 洗车店 汽修店 维修店 文具店 鞋店 眼镜店 母婴店 商店 奶茶店 火锅店 面包店 茶叶店 "
    "零食店 渔具店 渔具 体育中心 健身中心 服务中心 物流中心 购物中心 会展中心 活动中心 研发中心 "
    "建设 农资店 优选 严选 童品 棋牌室 棋牌 麻将馆 联盟 "
    "一局 二局 三局 四局 五局 六局 七局 八局 九局 十局 十一局 十四局"
)
ORG_WORDS = frozenset(_ORG_ENDINGS.split())
# what a company does, said before its legal form (星河展览服务有限公司, 华建技术开发公司):
# part of its name, though jieba tags it a verb
_TRADE_WORDS = frozenset((
    "服务", "展览", "会展", "开发", "管理", "设计", "发展", "投资", "经营", "销售", "运输", "租赁",
    "工程", "安装", "维修", "清洁", "营销", "策划", "检测", "建设", "传播", "加工", "配送", "仓储",
    "代理", "技术", "信息", "文化", "广告", "商务", "实验", "照明", "装修", "建筑", "包装",
    "印刷", "物流", "贸易", "电子", "机械", "化工", "建材", "环保", "能源", "制造"))
_COMPANY_SUFFIX = re.compile(
    "(?:" + "|".join(sorted(_ORG_ENDINGS.split(), key=len, reverse=True)) + ")"
    r"(?![部科处室组])(?!(?<=厂)长)(?<!保险(?=[箱柜丝杠]))(?<!快递(?=[给到]))(?<!包装(?=[给到好]))(?<!印刷(?=[给到好]))"
)
_NOT_NAME_PART = {
    "谁", "谁有", "有没有", "哪个", "哪家", "想给", "紧急", "应急", "私人",
    "了", "的", "去", "给", "和", "跟", "与", "在", "到", "把", "对", "向", "找", "约", "见",
    "拜访", "联系", "回访", "他们", "我们", "你们", "她们", "他", "她", "我", "你", "这家",
    "那家", "这个", "那个", "一家", "客户", "新", "老", "家", "说", "是", "有", "请", "帮",
    "趟", "一趟", "一下", "跟进", "去了", "来", "来了", "到了", "走访", "参观", "考察", "拜会",
    "开会", "汇报", "演示", "送", "寄", "发", "打", "问", "催", "签", "谈", "聊", "见了",
    "从", "为", "被", "让", "叫", "替", "同", "及", "或", "还", "再", "又", "也", "都", "就",
    "要", "想", "会", "能", "准备", "安排", "确认", "回复", "报价", "讨论", "沟通", "对接",
    "约了", "见面", "电话", "打电话", "微信", "邮件", "提醒", "记得", "下午", "上午", "晚上",
    "中午", "早上", "明天", "今天", "后天", "昨天", "前天", "周", "点", "号", "月", "年",
    "新客户", "老客户", "潜在", "一个", "这", "那", "其", "该", "某", "位于", "做", "搞",
    "拿", "接", "等", "先", "后", "前", "里", "上", "下", "中", "内", "外", "边", "那边",
    "这边", "方面", "关于", "给了", "陪", "带", "随", "几", "些", "所有", "每", "各",
    "问下", "问问",
    "去过", "来过", "到过", "见过", "找过", "拜访过", "联系过", "跟进过", "去趟", "跑了", "跑",
    "全县", "全市", "全省", "全区", "全国", "参加",
}
# Words a company's name holds (Acme Corp, Pinecrest Medical Group, Bayside Deli): a known
# customer or a new name with one is a company, not a person.
_EN_BUSINESS_WORDS = (
    "Corp Corporation Inc Ltd LLC Co Group Industries Enterprises Holdings Hub "
    "Technologies Tech Labs Systems Partners Company GmbH AG PLC Bank Capital "
    "Dynamics Solutions Pte Limited Logistics Trading Traders Foods Food Clinic "
    "Clinics Hospital Hotels Hotel Motors Electronics Pharma Medical Software "
    "Consulting Ventures Studios Studio Manufacturing Mfg Furniture Insurance "
    "Supply Supplies Distribution Retail Energy Networks Media Dental Brokers "
    "Associates Agency Farms Farm Market Markets Bakery Cafe Restaurants "
    "Pharmacy Schools School Academy University College Realty Elementary "
    "Builders Construction Interiors Designs Health Healthcare Biotech Robotics "
    "Analytics Cloud Security Packaging Apparel Textiles Steel Metals Plastics "
    "Chemicals Fitness Gyms Gym Resorts Resort Properties Estates Estate Legal "
    "Law Bros Brothers Precision Deli Bistro Catering Fabrication Components Travel "
    "Freight Seafood Eats Tools Diagnostics Living Care Services Works Airlines Air "
    "Foundry Mills Mill Marine Shipping Express Transport Automotive Auto Wholesale "
    "Imports Exports Outfitters Kitchens Kitchen Grill Bar Brewery Brewing Coffee "
    "Tea Dairy Produce Grocers Grocer Grocery Mart Store Stores Shop Boutique Salon "
    "Spa Gallery Press Publishing Printing Digital Data Cyber Web Apps Semiconductor "
    "Semi Devices Instruments Equipment Machinery Engineering Architects Finance "
    "Financial Investments Advisors Advisory Fund Trust Credit Lending Mortgage Homes "
    "Housing Development Developers Hospitality Inn Lodge Suites Venues Venue "
    "Events Entertainment Games Gaming Sports Outdoor Home Office Workspace Coworking "
    "Campus Center Centre Institute Foundation Council Authority Ministry Department "
    "Dept Clinicians Therapeutics Biosciences Bio Genomics Laboratories Lab "
    "Diagnostic Imaging Optical Vision Surgical Orthopedics Pediatrics Veterinary Vet "
    "Nursing Senior Rehab Wellness Nutrition Organics Organic Naturals Natural "
    "Provisions Meats Meat Poultry Bakeries Beverages Beverage Drinks "
    "Wines Wine Spirits Hardware Lumber Timber Paper Glass Ceramics Rubber Polymers "
    "Composites Fasteners Bearings Castings Forge Forging Molding Moulding Tooling "
    "Automation Controls Electric Electrical Power Solar Wind Oil Gas Petroleum "
    "Mining Resources Materials Industrial Manufacturers Makers Workshop Factory "
    "Plant Warehouse Storage Movers Couriers Courier Cargo Telecom Communications "
    "Wireless Mobile Broadband Hosting Platforms Platform Staffing Recruiting "
    "Talent Marketing Advertising Creative Consultants Venture Solicitors Lawyers Chambers "
    "Co-working Coworking Chain Eats Port District Council Board Trattoria Ristorante Osteria "
    # trades a firm's name ends with (Thornbury Accounting, Harbour Laundry, Kestrel Pumps)
    "Accounting Accountants Bookkeeping Payroll Recruitment Recruiters Translations Translation "
    "Laundry Laundromat Plumbers Painting Painters Cleaners Funeral Funerals Mortuary Glazing "
    "Workwear Linen Linens Haulage Removals Scaffolding Demolition Excavation Drilling Welding "
    "Pumps Valves Hydraulics Pneumatics Compressors Generators Furnishings Mattresses "
    "Locksmiths Surveyors Valuers Auctioneers Lettings Conveyancing Notaries Chemists Opticians "
    "Kennels Aquatics Bakers Fisheries Distillery Vineyards Orchards Weddings Photography "
    "Tutors Tutoring Childcare Hospice Dentistry Prosthetics Dentures Audiology Drugstore Agro "
    "Agri Agriculture Aviation Yachts Garages Panelbeaters Carwash Haulers Trucking Towing "
    "Warehousing Karaoke KTV Cinema Prototyping Tattoo Apiaries Apiary Saddlery Stables Turf "
    "Orchard Irrigation Pastoral Honey Tyre Tire Detailing Motel Hostel Cabinetry "
    "Fencing Decking Paving Batteries Acoustics Lighting Juice Juicery Coding Surveying "
    "Cooling HVAC Refrigeration Aircon Fertiliser Fertilizer Seeds Feeds Feed Livestock "
    "Hatchery Lounge Parish Church Chapel Temple Mosque Collective Co-op Coop Cooperative "
    "Society Association Assoc Jewellery Jewelry Jewellers Bridal Tailoring Optics Watches "
    "Timepieces Furnishing Decor Homeware Ironmongery Toys Books Bookshop Stationery Petcare "
    "Grooming Barbershop Nails Fashion Garments Textile Fabrics Leather Footwear Shoes Bags "
    "Sportswear Camping Boats Yachting Diving Golf Tennis Cricket Football Rugby Athletics "
    "Music Audio Pianos Guitars Arts Framing Crafts Graphics Design Architecture Surveys "
    "Mapping Geospatial Drones Sensors Chargers Scooters Bicycles Parts Spares Wheels "
    "Apartments Apartment Condos Condo Condominium Residences Dormitory "
    "Brasserie Pizzeria Taqueria Cantina Cafe Café Bakehouse Diner Tavern Pub Winery Cellars "
    "Wok Brew Roasters Roastery Kettle Noodle Noodles Dumplings Ramen Sushi Teahouse Patisserie "
    "Creamery Butchery Butchers Machining Orthodontics Daycare Montessori Preschool Nursery "
    "Kindergarten Metalworks Lanes Cinemas Theatre Theater Barbers Florist Florists Garage "
    "Palace House Villas Lofts Fleet Charters Bureau Chamber Outlet Resale Sands Republic "
    "Precast Aerospace Strata Grammar Equine Motorsport Motorsports Cycles Cycle Basket "
    "World Boba Smiles Derm Kopi Laksa Memorial Cabinets Signs Signage Uniforms Rentals "
    "Rental Hire Landscaping Landscapes Gardens Nurseries Vending Coaches Tours Marina "
    "Pizza Burgers Burger Tacos BBQ Barbecue Wings Donuts Bagels Kebab Eatery Canteen Cafeteria "
    "Tyres Tires Paints Flooring Roofing Plumbing Cleaning Landscaping Joinery Carpentry "
    "Upholstery Tailors Optometry Optometrists Physio Physiotherapy Chiropractic Aesthetics "
    "Cosmetics Beauty Skincare Jewellers Jewelers Club Forwarding Forwarders Cheese Chocolate "
    "Bhd Sdn Pty Pvt Berhad High Primary Secondary "
    "Chocolates Confectionery Flowers Pets Taxis Taxi Cabs Limo Buses Bikes Valets "
    "Dorms Dormitory Dormitories Hostel Hostels Crematorium Cemetery Quarry Quarries "
    "Aquarium Vineyard Vineyards Ranch Dockyard Shipyard Sawmill Refinery Restaurant "
    "Casino Racecourse Stadium Museum Laboratory Laboratories Dealership Cattery"
)
# Words a place's name ends with (Pine St, Holland Village, Kerry Residence): neither a
# person nor a company
_EN_PLACE_WORDS = (
    "st street rd road ave avenue village square plaza tower towers mall building lane drive "
    "boulevard blvd quay wharf terminal airport residence residences apartments condo flat "
    "estate station south north east west central hq headquarters office highlands heights "
    "valley island"
)
_EN_PLACE = frozenset(_EN_PLACE_WORDS.split())
_EN_BUSINESS = frozenset(w.lower() for w in _EN_BUSINESS_WORDS.split())
# business words that open a name: Trattoria Roma, Hotel Jen, Bank of China
_EN_LEADING = frozenset(("trattoria", "ristorante", "osteria", "cafe", "café", "hotel", "bank",
                         "pizzeria", "club", "studio", "clinic", "hospital", "university",
                         "college", "school", "academy", "institute"))
_BUSINESS_ALT = "|".join(sorted(_EN_BUSINESS_WORDS.split(), key=len, reverse=True))
_EN_COMPANY = re.compile(
    r"(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])(?P<name>(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&'.-]*\s+(?:&\s+)?){0,3}"
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9&'.-]*\s+"
    rf"(?:{_BUSINESS_ALT})(?:\s*&\s*(?:[A-Z][A-Za-z'-]*\s+)?(?:{_BUSINESS_ALT}))?"
    r"(?:\s+(?:PTA|PTO|PTSA))?)(?![A-Za-z])\.?"
)  # Harbor Freight & Logistics: a second trade after '&' is the same name; a school's PTA


def business_word(word: str) -> bool:
    """Whether an English word names a trade or a legal form (Forwarding, Dental, Ltd)."""
    low = word.lower().strip(" .,")
    return low in _EN_BUSINESS or low.removesuffix("s") in _EN_BUSINESS


# codes a company's name ends with: its place or its trade (Aurora Derm HK, Halcyon HR)
_CODES_IN_NAMES = frozenset(("HK", "SG", "MY", "CN", "UK", "US", "USA", "NZ", "AU", "EU", "UAE",
                             "KL", "HR", "IT", "PR", "AV", "MCST", "HOA", "JMB"))


def en_company(name: str) -> bool:
    """Whether an English name is a company's (Acme Corp, Bayside Deli, HubSpot, Straits
    Cold Chain), not a person's (Jane Doe, Kim Ji-ho): a business word in it, a capital
    inside a word, or probablepeople's model reading it as a corporation."""
    words = [w.strip(".,&'") for w in name.split()]
    if any(business_word(w) for w in words[1:] if w) \
            or (len(words) > 1 and words[0].lower() in _EN_LEADING):
        return True
    if any(re.search(r"[a-z][A-Z]", w) for w in words) or "&" in name:
        return True
    if len(words) > 1 and (any(w in _CODES_IN_NAMES for w in words[1:])
                           or en_place(words[-1])):
        return True  # Aurora Derm HK, Halcyon HR, Komatsu China, Jabil Wuxi
    if roman_surname(words[0]) or roman_surname(words[-1]) \
            or words[0].lower() in _HONORIFIC_WORDS:
        return False  # Engr. Santos: a title's; Tan Boon Huat, Wei Ling Tan: the model
        # knows Western names best
    return len(words) > 1 and not en_place(name) and _model_kind(name) == "Corporation"


# Asian surnames as romanised in Singapore, Hong Kong, Korea, Vietnam and Japan, beside
# the pinyin of SURNAMES
_ROMAN_SURNAME_WORDS = (
    "tan lim lee ng goh wong chan cheung lau yip kwok teo koh ong chua yeo low sim toh tay "
    "chong leong chew foo heng khoo kwan lai loh mok poh quek seah soh tse woo yap yong "
    "chin choo chia kok lam leung mak ngai siu tsang tsui fung hui kim park choi jung "
    "nguyen tran pham hoang vu dang bui ngo duong ly sato suzuki takahashi tanaka watanabe "
    "ito yamamoto nakamura kobayashi kato yoshida yamada sasaki matsumoto inoue kimura "
    "hayashi shimizu ho yeung chow tang tam fong lo au poon pang shum tsoi yuen chu cheng "
    "kong ku lui man tong yau yim"
)
_ROMAN_SURNAMES = frozenset(_ROMAN_SURNAME_WORDS.split())


@lru_cache(maxsize=1)
def _pinyin_surnames() -> frozenset[str]:
    from pypinyin import lazy_pinyin  # noqa: PLC0415 - the same library customers.py uses

    return frozenset(lazy_pinyin(ch)[0] for ch in SURNAMES)


def roman_surname(word: str) -> bool:
    """Whether a word is an Asian surname as romanised (Tan, Lau, Nguyen, pinyin Wang)."""
    low = word.lower()
    return low in _ROMAN_SURNAMES or low in _pinyin_surnames()


def en_place(name: str) -> bool:
    """Whether an English name is a place's (Pine St, Holland Village, Kerry Residence,
    Shanghai) or a day's (Prime Day, Open Day)."""
    words = name.lower().split()
    if len(words) == 1:
        return words[0] in _EN_CITIES
    return " ".join(words) in _EN_CITIES_OF_WORDS or words[-1].strip(".") in _EN_PLACE \
        or words[-1] == "day" or (len(words) == 2 and words[0] in (
            "lake", "mount", "mt", "cape", "port", "fort"))


# cities reps name beside their customers (Visited 圣贝拉 Shanghai flagship): no one's name
_EN_CITY_WORDS = (
    "shanghai beijing shenzhen guangzhou hangzhou suzhou nanjing wuhan chengdu xiamen "
    "dongguan foshan ningbo qingdao tianjin chongqing singapore london dublin manchester "
    "sydney melbourne brisbane perth toronto vancouver chicago boston seattle dubai "
    "croydon durban joburg johannesburg pretoria auckland wellington christchurch adelaide "
    "canberra hobart calgary montreal ottawa houston dallas austin denver phoenix atlanta "
    "miami orlando plano leeds liverpool birmingham bristol glasgow edinburgh cardiff belfast "
    "cork galway limerick mumbai delhi bangalore bengaluru chennai pune hyderabad kolkata penang "
    "ipoh johor macau taipei kaohsiung manila cebu jakarta bangkok hanoi saigon")
_EN_CITIES = frozenset(_EN_CITY_WORDS.split())
_EN_CITIES_OF_WORDS = frozenset((
    "hong kong", "kuala lumpur", "cape town", "port klang", "lower hutt", "new york",
    "los angeles", "san francisco", "san diego", "las vegas", "tiong bahru", "gold coast",
    "new delhi", "abu dhabi", "petaling jaya", "shah alam", "johor bahru", "ho chi minh"))


@lru_cache(maxsize=1 << 14)
def _model_kind(name: str) -> str:
    """probablepeople's reading of a name: Person, Corporation or Household (datamade's CRF,
    trained on US names and companies; loaded on first use, a tenth of a second)."""
    import probablepeople  # noqa: PLC0415

    try:
        return str(probablepeople.tag(name)[1])
    except Exception:  # its RepeatedLabelError on odd strings: no reading
        return ""


_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
# a run of capitalised words (Jane Doe, Hans Müller); a possessive ends it (Straits Cold
# Chain's Tuas warehouse -> Straits Cold Chain)
# the small words inside a name: Kusina ni Lola, Pieter van der Merwe, Casa de Campo
_PARTICLE = r"(?:de|del|della|di|da|dos|das|du|la|le|van|von|der|den|ni|bin|binti|al|el)"
_EN_CAPS = re.compile(
    rf"(?<![{_LATIN}0-9'])[A-ZÀ-ÖØ-Þ](?:[{_LATIN}&-]|'(?![sS]\b|\s))*(?:'[sS]\b|'(?=\s))?"
    # a title inside a run starts another name (Acme Corp Mrs Chua), unless after & (Mr & Mrs)
    rf"(?:(?<!'s)(?<!'S)(?<!')[ \t]+(?!(?<!&[ \t])(?:Mr|Mrs|Ms|Dr|Mdm|Prof)\.?[ \t]+[A-Z])"
    rf"(?:[A-ZÀ-ÖØ-Þ](?:[{_LATIN}&-]|'(?![sS]\b|\s))*"
    rf"(?:'[sS]\b|'(?=\s))?|&|(?:{_PARTICLE}[ \t]+)+[A-ZÀ-ÖØ-Þ](?:[{_LATIN}&-])*))*")
_EN_STOP_WORDS = (
    "i me my we us our you he she they it the a an this that call ping email mail send self "
    "sent remind follow meet met meeting visit demo lunch dinner breakfast coffee check "
    "get got proposal contract quote quarterly renewal kickoff invoice golf deliver "
    "close reach team sync spoke talk talked asked ask tell told need needs wants want "
    "review update reply text message schedule book confirm discuss prepare pay paid "
    "sign signed ceo cto cfo coo vp nda sow rfp rfq po eod eow asap ok okay fyi re fwd "
    "note todo urgent important monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thurs fri sat sun january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct "
    "nov dec today tomorrow tonight yesterday tmrw next last end early mid by in on at for with "
    "from to and or but new p1 p2 p3 p4 usd eur cny rmb hi hello dear thanks please let "
    "lets don't do does did is are was were has have had will would can could should "
    "also just still again back zoom teams skype webex slack wechat whatsapp telegram "
    "finance procurement purchasing accounts accounting legal sales marketing hr ops "
    "operations engineering eng support it mid-autumn christmas easter thanksgiving diwali "
    "ramadan xmas cny "
    "signal line meet facetime people i'm i'll i've i'd whatsapped whatsapp'd wechatted "
    "zoomed facetimed try retry "
    # languages and nationalities, and the apps said short: their Spanish forms, our Insta
    "spanish german italian chinese mandarin cantonese japanese korean thai malay arabic "
    "russian portuguese dutch polish swedish vietnamese filipino tagalog hindi indonesian "
    "insta ig fb "
    "vs versus customers clients job "  # SALES UP 18% VS LAST YEAR, GREAT JOB; Customers keep…
)
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
EN_STOP = _EN_STOP  # words a name never starts or ends with, for other modules


@dataclass(frozen=True)
class NameHit:
    """A name found in the memo, with where it is and what kind of name it is."""

    name: str
    start: int
    kind: str  # title / person / company / brand / en


# characters that are no part of a name when jieba glues them to one: 方晓雯发, 黄婷换了
GLUED = frozenset("发说打来去给在要的和跟与问约见聊谈送寄签催讲找对把也都还就通换又再已将会能"
                  "想需请带陪拿买卖用做看听确定订交提报回续讨商反")

# 小吴, 老王, 阿陈: a surname with a familiar prefix is a person (小于5%, 小米 are no one;
# 同事小李 is our own colleague), also before how or when we talk (小陈微信聊了)
_FAMILIAR = re.compile(
    rf"(?<!同事)(?<!我们)(?:(?:小|老|阿)[{SURNAMES}]|阿[强明华伟杰东龙辉军文亮豪荣坤斌勇峰芳珍玲娟]|"
    rf"[{SURNAMES}](?:哥|姐))(?=$|[^\u4e00-\u9fff\d%]|[{''.join(GLUED)}吃喝那这认让带是刚已]|"
    r"[整做发送问说要想找约见聊谈签催报讲看]|"
    r"微信|电话|短信|邮件|视频|语音|当面|上午|下午|晚上|中午|今天|明天|昨天)")
_MIXED_TITLE = re.compile(rf"(?<![A-Za-z])(?P<t>Mr|Mrs|Ms|Miss|Dr)\.?\s*(?P<s>[{SURNAMES}])")
_EN_TITLE_ZH = {"mr": "先生", "mrs": "太太", "ms": "女士", "miss": "小姐", "dr": "医生"}
_MIXED_TITLE_ANY_CASE = re.compile(_MIXED_TITLE.pattern, re.IGNORECASE)


def mixed_title_span(text: str, name: str) -> tuple[int, int] | None:
    """Where a name read as 黄先生 was written with an English title (Mr 黄, MR 黄), so that
    it can be given back as written."""
    for match in _MIXED_TITLE_ANY_CASE.finditer(text):
        if match.group("s") == name[:1] and _EN_TITLE_ZH[match.group("t").lower()] == name[1:]:
            return match.span()
    return None
_NOT_FAMILIAR = frozenset(("小于", "小米", "小康", "小白", "老成", "老实", "小时", "阿里", "老板",
                           "小区", "老师", "老乡", "老家"))  # 老师: a teacher, no one named 师


def zh_names(text: str) -> list[NameHit]:
    """Names in a Chinese memo, in text order."""
    hits = [NameHit(m.group(0), m.start(), "title") for m in _SURNAME_TITLE.finditer(text)
            if (text[m.end():m.end() + 1] not in _NOT_AFTER.get(m.group("t"), "")
                or m.end() == len(text))
            and not (len(m.group(0)) == 2 and segment.word_frequency(m.group(0)) > _A_WORD)
            and not _surname_ends_a_word(text, m.start(), m.group("s"))]
    hits += [NameHit(m.group(0), m.start(), "familiar") for m in _FAMILIAR.finditer(text)
             if m.group(0) not in _NOT_FAMILIAR]
    hits += [NameHit(m.group("s") + _EN_TITLE_ZH[m.group("t").lower()], m.start(), "title")
             for m in _MIXED_TITLE.finditer(text)]  # Mr. 黄 reads as 黄先生
    hits += [NameHit(m.group(0) + _suffix_at(text, m.end()), m.start(), "brand")
             for m in _BRAND.finditer(text)]  # 徐工集团, 华为技术有限公司
    hits += _zh_companies(text)
    taken = [(h.start, h.start + len(h.name)) for h in hits]
    hits += [h for h in _zh_orgs_of_people(text) if not _overlaps(h, taken)]
    taken = [(h.start, h.start + len(h.name)) for h in hits]
    hits += [h for h in _zh_people(text) if not _overlaps(h, taken)]
    return sorted(hits, key=lambda h: (h.start, -len(h.name)))


def _surname_ends_a_word(text: str, start: int, surname: str) -> bool:
    """铝合金导轨, 黄金周: the surname ends a common word with the character before it (not
    when that character ends a word of its own: 宏远营造|林工)."""
    before = text[start - 1:start] if start > 0 else ""
    return len(surname) == 1 and bool(before) and before not in "老小阿" \
        and segment.word_frequency(before + surname) >= _WORD_BEFORE \
        and (start < 2 or segment.word_frequency(text[start - 2:start]) < _WORD_BEFORE)


_WORD_BEFORE = 500  # how often 合金 must be said to be read as a word (老王: 190)


def _suffix_at(text: str, pos: int) -> str:
    """The trade and legal words after a brand, all of them (康师傅|餐饮|管理|公司)."""
    end = pos
    while (match := _COMPANY_SUFFIX.match(text, end)) is not None and match.end() > end:
        end = match.end()
    return text[pos:end]


def _overlaps(hit: NameHit, spans: list[tuple[int, int]]) -> bool:
    end = hit.start + len(hit.name)
    return any(hit.start < b and a < end for a, b in spans)




def _zh_companies(text: str) -> list[NameHit]:
    hits: list[NameHit] = []
    for match in _COMPANY_SUFFIX.finditer(text):
        head = re.search(r"[\u4e00-\u9fffA-Za-z0-9]{1,12}$", text[:match.start()])
        if head is None or _A_DEPARTMENT.match(text, match.end()) \
                or _A_SHOW_AFTER.match(text, match.end()):
            continue  # 宏图集团人力资源部: a department's name; 医疗器械展: a show; no firm
        said = re.sub(r"^[a-z]+(?=[\u4e00-\u9fff])", "", head.group(0))  # visited张伟工厂
        name = _company_head(_head_words(said, match.group(0)))
        if (name in ORG_WORDS or name in _TRADE_WORDS) and name != "实验":
            name = ""  # 宠物|医院: a kind of firm, no firm's name (实验小学 is a school's)
        titled = list(_SURNAME_TITLE.finditer(name))
        if titled and all(ch in GLUED for ch in name[titled[-1].end():]):
            name = ""  # 胡总来公司: a person came to (our) company; 金太阳书店 is a name
        if len(name) >= 4 and name[0] in "和跟与同" and segment.word_frequency(name[:2]) == 0 \
                and _MET_AFTER.match(text, match.end()):
            name = name[1:]  # 和益丰大药房谈了: 和 opens the clause, the name follows it
        start = match.start() - len(name)
        place = _PLACE_BEFORE.search(text, max(0, start - 6), start) if len(name) >= 2 else None
        if place is not None and not _PLACE_BEFORE.match(name + " "):
            name = place.group(0) + name  # 乌鲁木齐|恒信达商贸有限公司: the city is the name's
        if len(name) >= 2 and name not in _MADE_IN:
            legal = _LEGAL_AFTER_TRADE.match(text, match.end())  # 天韵婚庆公司
            hits.append(NameHit(name + match.group(0) + (legal.group(0) if legal else ""),
                                match.start() - len(name), "company"))
    return _merged(hits, text)


_A_DEPARTMENT = re.compile(r"(?:资源)?部(?!长|分|门)")


# where goods come from, said before their trade: 想用德国五金, 进口五金 (goods, not a firm)
_MADE_IN_WORDS = ("德国 日本 美国 意大利 法国 英国 韩国 瑞士 瑞典 丹麦 荷兰 西班牙 澳洲 "
                  "德國 義大利 韓國 進口 进口 国产 國產")
_MADE_IN = frozenset(_MADE_IN_WORDS.split())


_LEGAL_AFTER_TRADE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团)")


def _merged(hits: list[NameHit], text: str) -> list[NameHit]:
    """Company names that overlap, as one: 宏利达机械 and 机械设备有限公司 are
    宏利达机械设备有限公司."""
    merged: list[NameHit] = []
    for hit in sorted(hits, key=lambda h: h.start):
        last = merged[-1] if merged else None
        if last is not None and hit.start < last.start + len(last.name) \
                and hit.start + len(hit.name) > last.start + len(last.name):
            merged[-1] = NameHit(text[last.start:hit.start + len(hit.name)], last.start, "company")
        else:
            merged.append(hit)
    return merged


# a meeting said right after a company's name: (和益丰大药房)谈了, (跟华鑫科技)开会
_MET_AFTER = re.compile(
    r"[^，。,.;；!！?？]{0,6}?(?:谈|聊|开会|签|沟通|见面|吃饭|合作|对接|碰|通了|确认|对账)")


def _head_words(head: str, ending: str) -> list[tuple[str, str]]:
    """jieba's tagged words of the text before a company's ending, cut with the ending in
    place (跟进华鑫科技 cuts 跟进|华鑫, where 跟进华鑫 alone cuts 跟|进华鑫)."""
    words: list[tuple[str, str]] = []
    size = 0
    for token, flag in segment.tagged(head + ending):
        if size >= len(head):
            break
        if size + len(token) > len(head):  # a word across the ending: its head, a noun
            words.append((token[:len(head) - size], "n"))
        else:
            words.append((token, flag))
        size += len(token)
    return words


_JOINERS = frozenset("的了在给到")
# what jieba glues onto a name's first character: 帮|顺发, 给|宏远, 跟|鑫达
_PREPOSED = frozenset("帮给跟和去到找约替向为与同")
# prefecture-level cities, provinces and the districts of Hong Kong and Taiwan reps name
_MORE_PLACES = (
    "天津 重庆 山西 辽宁 吉林 黑龙江 安徽 江西 海南 贵州 云南 陕西 甘肃 青海 "
    "台湾 内蒙古 广西 西藏 宁夏 新疆 秦皇岛 邯郸 邢台 张家口 承德 沧州 衡水 "
    "阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁 呼和浩特 包头 乌海 赤峰 "
    "通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 鞍山 抚顺 本溪 丹东 锦州 营口 "
    "阜新 辽阳 盘锦 铁岭 葫芦岛 四平 辽源 通化 松原 白城 延边 齐齐哈尔 鸡西 "
    "鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 绥化 连云港 宿迁 衢州 舟山 "
    "丽水 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
    "莆田 南平 龙岩 景德镇 萍乡 新余 鹰潭 吉安 宜春 抚州 上饶 淄博 枣庄 东营 "
    "济宁 泰安 威海 日照 德州 聊城 滨州 菏泽 开封 平顶山 安阳 鹤壁 新乡 焦作 "
    "濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 黄石 十堰 鄂州 荆门 "
    "孝感 荆州 黄冈 咸宁 随州 恩施 湘潭 衡阳 邵阳 常德 张家界 益阳 郴州 永州 "
    "怀化 娄底 湘西 韶关 湛江 茂名 肇庆 梅州 汕尾 河源 阳江 清远 潮州 揭阳 "
    "云浮 梧州 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 儋州 自贡 攀枝花 "
    "泸州 德阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "阿坝 甘孜 凉山 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南 曲靖 玉溪 "
    "保山 昭通 丽江 临沧 大理 楚雄 西双版纳 拉萨 日喀则 林芝 铜川 宝鸡 咸阳 "
    "渭南 延安 汉中 榆林 商洛 嘉峪关 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 "
    "临夏 西宁 银川 石嘴山 吴忠 固原 乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 阿克苏 "
    "喀什 和田 伊犁 塔城 阿勒泰 石河子 新北 桃园 台中 台南 高雄 基隆 新竹 "
    "嘉义 花莲 台东 宜兰 屏东 彰化 南投 云林 苗栗 九龙 新界 湾仔 铜锣湾 旺角 "
    "尖沙咀 沙田 荃湾 观塘 将军澳 屯门 元朗 葵涌 九龙湾 红磡 深水埗 北仑 萧山 "
    "余杭 鄞州 南海 龙岗 宝安 浦东 徐汇 静安 闵行 嘉定 松江 青浦 奉贤 杨浦 虹口 "
    "普陀 海淀 东城 西城 丰台 石景山 顺义 昌平 大兴 房山 天河 越秀 荔湾 花都 "
    "福田 罗湖 龙华 坪山 拱墅 滨江 武侯 成华 九龙城 油麻地 长沙湾 土瓜湾 黄大仙 "
    "西贡 上水 粉岭 大埔 东涌 香港仔 筲箕湾 跑马地 板桥 新庄 中和 永和 三重 "
    "淡水 信义 琼海 博鳌 乌市 从化 增城 南沙 黄埔 白云 江宁 浦口 栖霞 六合 溧水 "
    "寿光 慈溪 余姚 诸暨 海宁 桐乡 平湖 瑞安 乐清 永康 东阳 太仓 宜兴 溧阳 丹阳 靖江 "
    "如皋 海门 启东 邳州 胶州 即墨 平度 莱州 龙口 荣成 石狮 南安 福清 普宁 台山 开平 "
)
# cities and provinces a company's name may be said after (嘉兴恒丰纺织: 恒丰纺织, in 嘉兴)
ZH_PLACES = (
    "北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|武汉|成都|西安|东莞|佛山|宁波|青岛|厦门|长沙|郑州|合肥|"
    "无锡|昆明|大连|沈阳|济南|福州|香港|澳门|台北|中国|广东|浙江|江苏|山东|福建|湖北|湖南|四川|河南|河北|"
    "嘉兴|绍兴|温州|金华|台州|湖州|常州|南通|扬州|徐州|烟台|潍坊|临沂|泉州|漳州|珠海|中山|惠州|江门|汕头|"
    "南宁|贵阳|南昌|太原|石家庄|哈尔滨|长春|兰州|海口|三亚|昆山|义乌|张家港|江阴|常熟|晋江|顺德|番禺|"
    "宁德|芜湖|洛阳|保定|唐山|廊坊|柳州|桂林|绵阳|宜昌|襄阳|岳阳|株洲|赣州|九江|盐城|镇江|泰州|淮安|"
    + "|".join(sorted(set(_MORE_PLACES.split()), key=len, reverse=True)))


_PLACE_BEFORE = re.compile(rf"(?:{ZH_PLACES})(?:市|省)?$")
_A_PLACE = re.compile(rf"(?:{ZH_PLACES})(?:市|省|区|县)?")


def _verb_slip(tagged: list[tuple[str, str]], index: int) -> bool:
    """Whether the word right before a company's ending is its name though jieba tagged it a
    verb: 启明|书店, 远航|物流, and 去天|润|乳业 (the verb glued to the name before)."""
    token, flag = tagged[index]
    if index != len(tagged) - 1 or not flag.startswith("v") or token in _NOT_NAME_PART:
        return False
    if len(token) == 2:
        return token[0] not in GLUED
    before = tagged[index - 1][0] if index > 0 else ""
    return len(token) == 1 and token not in GLUED and len(before) == 2 and before[0] in GLUED


def _named_before_verb(tagged: list[tuple[str, str]], index: int, kept: list[str]) -> bool:
    """Whether the one-character verb at `index` ends a 字号 jieba cut before it, with the word
    before: 鑫|达|土石方工程公司, 宏盛|达|建筑公司 (a name, then its trade)."""
    token, flag = tagged[index]
    before, before_flag = tagged[index - 1] if index > 0 else ("", "")
    if not kept or len(token) != 1 or not flag.startswith("v") or token not in _NAME_ENDS \
            or before in _NOT_NAME_PART or before in GLUED | _JOINERS:
        return False
    trades_only = all(k in ORG_WORDS or k in _TRADE_WORDS for k in kept)
    return (1 <= len(before) <= 2 and before_flag in ("nr", "nz")) or (
        trades_only and len(before) == 2 and before_flag in ("n", "nr", "ns", "nz"))


def _preposed(tagged: list[tuple[str, str]], index: int) -> bool:
    """Whether the one-character word at `index` ends a name whose first character jieba
    glued onto the preposition before it (帮顺|发|物流)."""
    token = tagged[index][0]
    return len(token) == 1 and index > 0 and len(tagged[index - 1][0]) == 2 \
        and tagged[index - 1][0][0] in _PREPOSED


# characters a business name often ends with that jieba may tag a verb (宏利达, 永兴, 顺发)
_NAME_ENDS = frozenset("达发通兴成盛顺昌隆旺泰安鑫源丰利华祥和润")


_RARE_ADVERB = 1000  # how often a word may be said and still be read as a name (大同: 563)
_ASPECT = frozenset("过了着")  # 跟过|宁波骑乐: the verb's aspect, no part of the name


def _company_head(tagged: list[tuple[str, str]]) -> str:
    """The name before a company's ending, read back word by word from jieba's tags:
    nouns and names stay, verbs and function words end it (跟进一下深圳腾达 -> 深圳腾达)."""
    head = _read_back(tagged)
    glued = _ADVERB_THEN_PREPOSITION.match(head)
    return head[glued.end():] if glued and len(head) - glued.end() >= 2 else head


# an adverb and a preposition jieba glued onto a name (刚和博|研|生物: 博研生物)
_ADVERB_THEN_PREPOSITION = re.compile(r"(?:刚刚|刚才|已经|刚|才|又|也|就|还)[和跟与同给找帮去到]")


def _first_of_two(token: str, flag: str, before: str, before_flag: str,
                  more: bool) -> str | None:
    """The first character of a two-character name jieba cut before its last, which it read
    as a verb: 去过|鑫|达|机械 (each a word, the name's end), 拜访|了速|达|国际物流 (the aspect
    glued onto it). `more`: words of the name come after it."""
    if len(token) != 1 or not flag.startswith("v") or token not in _NAME_ENDS:
        return None
    if not more and len(before) == 1 and before_flag in ("n", "nr", "ns", "nz") \
            and before not in GLUED | _JOINERS:
        return before
    if len(before) == 2 and before[0] in _ASPECT and before[1] not in GLUED | _JOINERS | _PREPOSED:
        return before[1]
    return None


def _read_back(tagged: list[tuple[str, str]]) -> str:  # noqa: C901, PLR0912 - a rule each
    """`_company_head`'s words, read back from the company's ending."""
    kept: list[str] = []
    for index in range(len(tagged) - 1, -1, -1):
        token, flag = tagged[index]
        if kept and token + kept[0] in ORG_WORDS:
            kept[0] = token + kept[0]  # 包装|材料: one trade, cut in two
            continue
        named = (flag not in segment.NOT_IN_NAMES and (flag != "vn" or token in ORG_WORDS)) \
            or (token in _TRADE_WORDS and all(k in ORG_WORDS or k in _TRADE_WORDS for k in kept))
        if len(token) >= 3 and ((token[0] in "和与跟及同" and flag.startswith("nr")) or (
                kept and token[0] in _PREPOSED and token[1] not in GLUED
                and segment.word_frequency(token) == 0)):
            kept.insert(0, token[1:])  # 华美达酒店|和永辉|超市: the 和 joins two names;
            break  # 去盾安|门窗|科技: jieba glued the verb onto the name
        if not kept and _verb_slip(tagged, index):
            kept.insert(0, token)
            continue
        if not kept and len(token) == 2 and flag == "d" and token not in _NOT_NAME_PART \
                and segment.word_frequency(token) < _RARE_ADVERB:
            kept.insert(0, token)  # 大同|出版社: a name jieba took for a rare adverb
            continue
        before, before_flag = tagged[index - 1] if index > 0 else ("", "")
        if not kept and len(token) == 1 and flag.startswith("v") and len(before) == 2 \
                and before_flag in ("n", "nr", "ns", "nz") and before not in _NOT_NAME_PART \
                and token in _NAME_ENDS:
            kept[:0] = [before, token]  # 宏利|达|机械: a name jieba cut before a verb
            break
        first = _first_of_two(token, flag, before, before_flag, bool(kept))
        if first:
            kept[:0] = [first, token]
            break
        if _named_before_verb(tagged, index, kept):
            kept[:0] = [before, token]
            break
        if not kept and _preposed(tagged, index):
            kept.insert(0, tagged[index - 1][0][1] + token)  # 帮顺|发|物流: 顺发物流
            break
        if kept and all(k in ORG_WORDS or k in _TRADE_WORDS for k in kept):
            # 远航|物流公司, 鑫|达|物流公司, 佳|和|食品公司: a trade alone is no name; the word
            # before it is, whatever jieba tagged it
            if len(token) == 2 and token not in _NOT_NAME_PART and not token.isdigit() \
                    and token[0] not in GLUED:
                kept.insert(0, token)
                continue
            if len(token) == 1 and len(before) == 1 and token not in _JOINERS \
                    and before not in _NOT_NAME_PART and before not in GLUED \
                    and not before.isdigit():  # 6|家|宠物医院: how many, no name
                kept[:0] = [before, token]
                break
        if token in _NOT_NAME_PART or len("".join(kept)) >= 10 or token.isdigit() \
                or (kept and _LEGAL_AFTER_TRADE.fullmatch(token)) \
                or (token.isascii() and token.islower() and kept) \
                or _SURNAME_TITLE.fullmatch(token) or token in TITLE_WORDS \
                or (not named and (len(token) > 1 or flag == "v")) or token[-1] in "给到向":
            if kept and len(token) == 1 and index > 0 and tagged[index - 1][0] in _PREPOSED \
                    and token not in GLUED | _JOINERS and token not in _NOT_NAME_PART \
                    and not token.isascii():
                kept.insert(0, token)  # 给|申|江水|务|集团: a name's first character cut off
                break
            glued = len(token) == 2 and token[0] in _PREPOSED \
                and token[1] not in GLUED | _PREPOSED | _JOINERS | _ASPECT \
                and segment.word_frequency(token) == 0
            if len(token) == 2 and kept and token[0] in GLUED and (flag in ("t", "d") or glued):
                kept.insert(0, token[1:])  # 去天|润乳业, 跟益|丰大药房: jieba glued the verb
            elif len(kept) == 1 and len(kept[0]) == 1 and len(token) == 2 \
                    and flag in ("m", "a") and not re.search(r"[\d一二三两几]", token) \
                    and token not in _NOT_NAME_PART:
                kept.insert(0, token)  # 万家|福|超市: jieba read a numeral in the name
            elif len(kept) == 1 and len(kept[0]) == 1 and len(token) == 1 \
                    and token not in GLUED | {"的", "了", "和", "与", "跟", "在"}:
                kept.insert(0, token)  # 新越集团: a one-character head takes one more
            break
        kept.insert(0, token)
    return "".join(kept)



# who follows "X的" when X is an organisation: its people by role or title (万达影城的采购小何,
# 海天味业的陈工, 远大机械的销售总监孔明, 恒瑞的人说)
_ROLE_WORDS = (r"(?:[\u4e00-\u9fff]{1,2}(?:部|科|处))?(?:[\u4e00-\u9fff]{0,2}(?:经理|总监|"
               r"主管|主任|负责人|工程师|助理|厂长|店长)|采购|财务|老板娘|老板|老总|前台|会计|出纳)?")
_PERSON_OF_ORG = re.compile(
    rf"的\s*(?:{_ROLE_WORDS}\s*(?:(?:小|老|阿)[{SURNAMES}]|[{SURNAMES}](?:{TITLES})|"
    rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}(?=[{''.join(GLUED)}，,。 ]))|"
    r"(?:采购|老板|老总|负责人|人)(?=说|讲|表示|反馈|回复|问|答应|同意))")
_NOT_ORG = frozenset((
    "客户", "老客户", "新客户", "我们", "他们", "她们", "你们", "对方", "公司", "这家", "那家",
    "同事", "朋友", "家里", "孩子", "我", "他", "她", "这边", "那边", "自己", "隔壁", "上次",
    "之前", "去年", "今年", "项目", "业主", "甲方", "乙方", "大家", "别人", "其他", "本地"))
_ORG_FLAGS = frozenset(("nz", "n", "ns", "nt", "j", "b", "eng", "nrt"))


def _zh_orgs_of_people(text: str) -> list[NameHit]:
    """An organisation named by the people it has (万达影城的采购小何 -> 万达影城): the
    words right before 的, nouns and names back to a verb or a particle."""
    hits: list[NameHit] = []
    for match in _PERSON_OF_ORG.finditer(text):
        head = re.search(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}$", text[:match.start()])
        if head is None:
            continue
        kept: list[str] = []
        flags: list[str] = []
        for token, flag in reversed(segment.tagged(head.group(0))):
            if flag not in _ORG_FLAGS or token in _NOT_NAME_PART or token in _NOT_ORG \
                    or _SURNAME_TITLE.fullmatch(token) or token in TITLE_WORDS:
                break
            kept.insert(0, token)
            flags.insert(0, flag)
        while kept and kept[-1][-1] in "部科处室组":
            kept.pop()  # 联通政企部的卢经理: the company is 联通
            flags.pop()
        name = "".join(kept)
        if not 2 <= len(name) <= 8 or name in _NOT_ORG or _looks_like_person(name) \
                or flags == ["n"] or all(f.startswith("nr") for f in flags) \
                or _A_PLACE.fullmatch(name):  # 潮州的吴伟明: where he is, no firm
            continue
        hits.append(NameHit(name, match.start() - len(name), "company"))
    return hits


# characters a given name often ends with, never a word of their own after a name
_GIVEN_NAME_ENDS = frozenset(
    "萱婷娜伟强磊军洋勇艳杰娟涛超霞刚丽敏静芳玲燕鹏辉斌宇浩凯俊帆琳雪琪晨欣怡悦彤妍菲蕾莉萍颖倩璐瑶"
    "佳昊轩涵睿瑞鑫毅峰岩楠航晖霖珊薇婕媛露慧茜雯")


_GOODS_BEFORE = re.compile(r"[那这一每][台辆套部件款个只]$")


_MET_BEFORE_NAME = frozenset(("了", "拜访", "回访", "见", "约", "联系", "给", "跟", "和", "客户",
                              "带", "陪", "请", "找", "通知"))
_HEADS_OF = frozenset("店厂校院行局部社队所站场园馆组班科处")  # 店长|孙磊, not 长孙


def _name_cut_in_two(tagged: list[tuple[str, str]], index: int, text: str,
                     start: int) -> tuple[str, int]:
    """The name at jieba's word `index` (starting at `start`), joined with the word after it
    where jieba cut a name in two; and where the name starts."""
    token, flag = tagged[index]
    name = token
    following = tagged[index + 1] if index + 1 < len(tagged) else ("", "")
    if len(token) == 1 and token in SURNAMES and flag.startswith("nr") \
            and 1 <= len(following[0]) <= 2 and following[0] not in TITLE_WORDS \
            and ((following[1].startswith("nr") and _ROLE_THEN_NAME.search(text, 0, start))
                 or (following[1] in ("nr", "ns", "nz") and len(following[0]) == 2
                     and text.count(token + following[0]) > 1)):
        # 人事部的李|秀英, 李|大山也在。李|大山当场下单: jieba cut the name in two
        name = token + following[0]
    elif len(token) == 1 and token in SURNAMES and flag.startswith("nr") \
            and len(following[0]) == 2 and following[1] in ("n", "a", "nr", "nz") \
            and index > 0 and tagged[index - 1][0] in _MET_BEFORE_NAME \
            and (index + 2 >= len(tagged) or not tagged[index + 2][0][:1].isalnum()
                 or tagged[index + 2][0][:1] in GLUED or tagged[index + 2][1] == "v"):
        name = token + following[0]  # 回访了赵|文静，, 跟张|国华|吃: a name after the verb
    if token in COMPOUND_SURNAMES and 1 <= len(following[0]) <= 2 \
            and following[1] not in segment.NOT_IN_NAMES and following[0] not in GLUED \
            and not (token[0] == "长" and start > 0 and text[start - 1] in _HEADS_OF):
        name = token + following[0]  # 司马|南, 欧阳|娜娜: jieba cut the surname off
    elif token in ("长孙",) and start > 0 and text[start - 1] in _HEADS_OF \
            and 1 <= len(following[0]) <= 2 and following[0] not in GLUED:
        name, start = token[1] + following[0], start + 1  # 店长|孙磊
    after = tagged[index + 2][0][:1] if index + 2 < len(tagged) else ""
    if len(token) == 2 and flag == "nr" and token[0] in SURNAMES \
            and len(following[0]) == 1 and following[0] in _GIVEN_NAME_ENDS \
            and (not after or after in GLUED or not after.isalnum()):
        name = token + following[0]  # 新娘林雨|萱，: jieba left the name's last character
    elif len(token) == 2 and flag == "nr" and token[0] in SURNAMES and len(following[0]) == 2 \
            and following[0][1] in _VERB_AFTER_NAME and following[0][0] not in GLUED \
            and segment.word_frequency(following[0]) == 0:
        name = token + following[0][0]  # 吴伟|明聊|完: the name's last character, then 聊
    return name, start


_VERB_AFTER_NAME = frozenset("聊说讲要问发打谈约")


def _zh_people(text: str) -> list[NameHit]:
    hits: list[NameHit] = []
    offset = 0
    tagged = segment.tagged(text)
    for index, (token, flag) in enumerate(tagged):
        start, offset = offset, offset + len(token)
        name, start = _name_cut_in_two(tagged, index, text, start)
        if len(token) in (3, 4) and token[-1] in GLUED and _looks_like_person(token[:-1]):
            name = token[:-1]  # jieba's HMM glued the next verb on: 方晓雯发
        if len(name) == 3 and text[start + 3:start + 4] in ("信", "话") \
                and name[-1] in "微电" and _looks_like_person(name[:2]):
            name = name[:2]  # 方琳|微信: the name, then how we talked
        # a person's name jieba tags as one (nr), or a word it has never seen that is not
        # a common noun's shape (孔位, 冷库 are nouns: no one's name)
        if _GOODS_BEFORE.search(text, max(0, start - 3), start) \
                or _COUNTED_BEFORE.search(text, max(0, start - 3), start) \
                or _A_SHOW_AFTER.match(text, start + len(name)):
            continue  # 要的那台雷沃拖拉机, 30张酒红色台布: goods; 卫浴展: a show, no one's name
        if len(name) == 3 and name[-1] in "刚才又也就都还" and _looks_like_person(name[:2]):
            name = name[:2]  # 唐丽|刚微信说: the name, then "just"
        if _looks_like_person(name) and (flag.startswith("nr") or flag in ("x", "eng")
                                         or (flag not in ("n", "v", "vn", "a", "q", "m")
                                             and segment.word_frequency(name) == 0)):
            hits.append(NameHit(name, start, "person"))
        elif 2 <= len(name) <= 3 and name[0] in SURNAMES and flag.startswith("nr") \
                and _ROLE_THEN_NAME.search(text, 0, start):
            # 销售总监孔明, 联系人刘洋: named with a role, a person however common the name
            hits.append(NameHit(name, start, "person"))
    return hits


_A_SHOW_AFTER = re.compile(r"展(?![示开现])|博览会|交易会|展销会")
# a count right before: 30张酒红色台布 (张 counts the tablecloths)
_COUNTED_BEFORE = re.compile(r"[\d一二两三四五六七八九十几百千]$|"
                             r"\d\s*[箱台套件瓶包袋盒桶吨斤支条双张份辆部罐卷]$")  # 50箱安佳黄油
# a surname and a one-character title that jieba has seen this often is a word (卫生)
_A_WORD = 1000
# nouns a measure word like 张, 份, 批 counts: 张单 is an order, not Mr 张
_MEASURED = frozenset("单票桌床图纸表个度")  # 边个, 边度: Cantonese who, where
_ROLE_THEN_NAME = re.compile(
    r"(?:经理|总监|主管|负责人|联系人|对接人|采购|老板|店长|厂长|主任|(?:部|科|处|办)的)\s*$")


# two-character surnames: 欧阳娜娜, 司马南, 诸葛亮
# (not 东方, 南宫, 西门: as often a place's or an estate's name, 东方名苑)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "皇甫", "令狐", "慕容", "夏侯",
                     "尉迟", "长孙", "宇文", "公孙", "端木", "独孤", "呼延")


_THINGS_LIKE_NAMES = frozenset(("车厘子", "车厘", "冷却塔", "柏油路", "卫浴", "柯基", "明前"))


def _looks_like_person(token: str) -> bool:
    if len(token) in (3, 4) and token.startswith(COMPOUND_SURNAMES) \
            and all("\u4e00" <= ch <= "\u9fff" for ch in token) \
            and not re.search(TITLES, token[2:]):
        return True
    if not 2 <= len(token) <= 3 or token[0] not in SURNAMES:
        return False
    if (len(token) == 3 and token[-1] in "镇村县市区省乡路街巷港塔机器库箱柜泵阀炉罐仪树") \
            or token in _THINGS_LIKE_NAMES or _A_PLACE.fullmatch(token):
        return False  # 石桥镇: a place; 冷却塔: a machine; 车厘子: cherries
    if len(token) == 2 and (token[1] in _MEASURED or token[1] in "氏比"):
        return False  # 张单, 一张单: a measure word and its noun, not 张 someone; 蒙氏教具,
        # 李氏: a clan or a brand; PPR管比我们便宜: a comparison
    if any(not "\u4e00" <= ch <= "\u9fff" for ch in token) or re.search(TITLES, token[1:]):
        return False
    return segment.word_frequency(token) < 50  # an unseen or rare word: a name


# Words that start a memo's sentence in capitals without being anyone's name: "Good first
# call with Mark Chen", "Weekly stats: ...", "Walked into Redwood Capital Inc".
_STARTERS = frozenset([
    "balance", "damage", "heads", "estimated", "approx", "dept", "department", "ring", "txt",
    "spec", "specs", "open",
    "msg", "nudge", "swing", "escalate", "wish", "statement", "invoice", "out",
    "make", "ensure", "submit", "lock", "pencil", "upload", "forward", "find", "quiet",
    "order", "payment", "deposit", "samples", "sample", "shipment", "delivery", "goods",
    "package", "parcel", "documents", "docs", "paperwork",
    "good", "great", "nice", "bad", "quick", "brief", "short", "long", "intro", "first",
    "second", "third", "final", "initial", "new", "old", "big", "small", "huge", "weekly",
    "daily", "monthly", "quarterly", "annual", "yearly", "customer", "client", "prospect",
    "lead", "model", "product", "update", "status", "notes", "reminder", "todo", "followup",
    "meeting", "visit", "lunch", "dinner", "coffee", "call", "calls", "spoke", "just",
    "already", "still", "also", "another", "some", "most", "many", "several", "all", "no",
    "not", "only", "per", "re", "fwd", "fw", "hey", "hi", "dear", "thanks", "thank", "sorry",
    "happy", "interested", "keen", "positive", "negative", "tough", "hard", "easy",
    "productive", "useful", "busy", "lost", "won", "hot", "warm", "cold", "price", "pricing",
    "budget", "deal", "deals", "order", "orders", "payment", "invoice", "quote", "proposal",
    "contract", "renewal", "agreement", "sample", "samples", "shipment", "delivery",
    "install", "installation", "training", "support", "service", "issue", "issues", "problem",
    "complaint", "feedback", "question", "request", "site", "office", "warehouse", "factory",
    "team", "manager", "director", "procurement", "purchasing", "finance", "head", "owner",
    "boss", "their", "his", "her", "its", "our", "your", "after", "before", "during", "since",
    "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "there",
    "here", "then", "once", "maybe", "probably", "definitely", "overall", "total", "sales",
    "revenue", "pipeline", "forecast", "demo", "trial", "pilot", "kickoff", "kick",
    "onboarding", "presentation", "prepared", "reviewed", "finalized", "finalised", "drafted",
    "stats", "stat", "summary", "report", "recap", "agenda", "minutes", "action", "next",
    "plan", "planning", "goal", "target", "targets", "account", "accounts", "contact",
    "contacts", "people", "person", "someone", "everyone", "nobody", "nothing", "something",
    "anything", "both", "either", "neither", "each", "every", "few", "more", "less", "much",
    "very", "really", "super", "pretty", "quite", "still", "yet", "even", "almost", "about",
    "around", "over", "under", "left", "right", "top", "bottom", "front", "back", "morning",
    "afternoon", "evening", "night", "week", "month", "year", "quarter", "day", "days",
    "weeks", "months", "years", "wrap-up", "follow-up", "check-in", "kick-off", "catch-up",
    "sign-off", "heads-", "up", "touch-base", "popped", "resend", "remind", "resent", "chase",
    "grab", "arrange", "organise", "organize", "need", "pls", "plz", "asap", "eod", "dr",
    "mr", "mrs", "ms", "miss", "prof", "mx", "asked", "wants", "wanted", "needs", "needed",
    "said", "says", "told", "shared", "sent", "called", "emailed", "met", "visited", "closed",
    "signed", "got", "had", "went", "came", "saw", "heard", "made", "took", "gave", "found",
    "left", "walked", "cleaned", "finished", "completed", "checked", "dropped", "stopped",
    "received", "discussed", "presented", "delivered", "shipped", "followed", "reached",
    "talked", "pitched", "demoed", "booked", "confirmed", "updated", "spoke", "following",
    "pending", "meeting", "checking", "waiting", "really", "finally", "apparently",
    "hopefully", "unfortunately", "luckily", "basically", "currently", "recently",
    "good-news", "bad-news", "fyi", "note", "reminder", "waiting", "pending", "done",
    "finished", "competitor", "competitors", "trade", "rival", "ops", "rates", "rate",
    "vendor", "supplier", "partner", "distributor", "reseller", "internal", "personal",
    "spent", "spoke", "went", "did", "saw", "sent", "took", "ran", "came", "brought", "built",
    "sold", "bought", "paid", "made", "gave", "kept", "wrote", "drove", "flew", "caught",
    "admin", "misc", "to-do", "reminders", "fwiw", "btw", "parent", "parents", "student",
    "students", "patient", "patients", "candidate", "candidates", "homeowner", "tenant",
    "landlord", "kickoff", "make-up", "makeup", "mid-autumn", "christmas", "easter",
    "thanksgiving", "diwali", "ramadan", "xmas", "cny", "onsite", "on-site", "swung", "sat",
    "grabbed", "phoned", "texted", "messaged", "pinged", "lunched", "toured", "hosted",
    "interviewed", "caught", "touched", "showed", "walked", "rang", "renew", "renewing", "prep",
    "draft", "finalize", "finalise", "ship", "reorder", "collect", "pick", "drop", "invite",
    "congratulate", "introduce", "pitch", "present", "repair", "replace", "upgrade", "verify",
    "push", "loop", "cancel", "reschedule", "postpone", "move", "fix", "sort", "set", "give",
    "take", "bring", "post", "print", "charge", "refund", "offer", "propose", "negotiate",
    "show", "train", "onboard", "welcome", "greet", "see", "walk-in", "huge", "massive",
    "major", "minor", "complete", "absolute", "real", "possible", "potential", "likely",
    "survey", "inspection", "audit", "fitting", "viewing", "tasting", "consultation",
    "stock", "inventory", "parking", "traffic", "weather", "pipeline", "forecast", "targets",
    "walkthrough", "livestream", "booth", "load-in",
    "numbers", "stats", "expenses", "mileage", "admin", "housekeeping",
])
# where leads and messages come from, no customer's name
_PLATFORMS = frozenset((
    "linkedin", "facebook", "instagram", "google", "yelp", "tiktok", "twitter", "youtube",
    "xiaohongshu", "douyin", "taobao", "tmall", "shopee", "lazada", "gumtree", "craigslist",
    "google ads", "facebook marketplace", "linkedin sales navigator", "trustpilot",
    "m-pesa", "mpesa", "paypal", "venmo", "zelle", "stripe", "alipay", "wechat pay", "paynow",
    "grabpay", "apple pay", "google pay", "interac", "e-transfer"))
_PRODUCT_WORDS = frozenset([
    "model", "version", "series", "plan", "package", "edition", "tier", "type", "v", "mk",
    "gen", "generation", "unit", "bluetooth", "wifi", "wi-fi",
])
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n。！？；：]\s*|\s[-*•]\s*)$")


def _starts_sentence(text: str, start: int) -> bool:
    if _HONORIFIC_BEFORE.search(text, max(0, start - 6), start):
        return False  # Mrs. Lee: the full stop is the title's
    return _SENTENCE_START.search(text[max(0, start - 3):start]) is not None or start == 0


_HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.\s*$")


def common_word(word: str) -> bool:
    """Whether an English word is never a name (a stop word, a word that opens sentences,
    a product word): quote, call, renewal, team…"""
    lowered = word.lower().replace("’", "'")
    return bool(lowered in _STARTERS or lowered in _EN_STOP or lowered in _PRODUCT_WORDS
                or _PRONOUN_CONTRACTED.fullmatch(lowered))


# He'll confirm…, They're keen, I've sent…: a pronoun, not a name
_PRONOUN_CONTRACTED = re.compile(r"(?:i|you|he|she|it|we|they|that|there)'(?:ll|s|re|ve|d|m)")


# a sentence's first word followed by one of these is a verb, not a name: "Resend the
# quote", "Popped into Sablewood", "Chase their finance team" (names take verbs: "Priya asked")
# the departments people are said to be in: Beverly in purchasing, Tom from accounts
DEPARTMENTS = (r"(?:purchasing|procurement|accounts(?:\s+payable)?|finance|HR|admin|operations|"
               r"ops|maintenance|facilities|IT|marketing|billing|payroll|engineering|logistics|"
               r"reception|housekeeping|kitchen|legal|compliance|QA|QC|receiving|front\s+desk|"
               r"stores|dispatch|AP|AR|safety|security|production|prod|HSE|QHSE|EHS|site)")
_AFTER_VERB = re.compile(
    r"\s+(?:the|a|an|to|into|up|out|off|back|over|in(?!\s+their\b)(?!\s+" + DEPARTMENTS
    + r"\b)(?!\s+(?-i:[A-Z])(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)[a-z]+(?:'s|\s+(?-i:[A-Z])))|on|for|by|with|her|him|"
    r"them|his|their|our|my|your|its|it|this|that|these|those|some|all|any|both|me|us|you|down|through|"
    r"across|around|about|mr|mrs|ms|dr|miss|prof)\b", re.IGNORECASE)
# Encik Rahman, Alhaji Mahama: Malay, Hausa and Hindi forms too
_HONORIFIC_WORDS = frozenset((
    "dr", "dra", "arch", "mr", "mrs", "ms", "miss", "prof", "mx", "mdm", "madam", "encik", "puan",
    "cik", "datuk", "dato", "datin", "alhaji", "hajiya", "shri", "smt", "engr", "atty", "hon",
    "fr", "sir", "maam", "chief", "pastor", "capt"))
HONORIFIC = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(sorted((w.capitalize() for w in _HONORIFIC_WORDS), key=len, reverse=True))
    + r")\.?\s+")


def _verb_form(words: list[str], text: str, start: int) -> bool:
    """A sentence's first word that is a verb's form, not a name: Quoted Farrow Seafood,
    Rostering app pilot (-ed before more names, -ing before a lower-case word)."""
    word = words[0]
    low = word.lower()
    if len(words) > 1 and len(word) >= 5 and low.endswith("ed") and low not in _NAMES_IN_ED:
        return True
    if len(words) > 1 and len(word) >= 6 and low.endswith("ing") and low not in _NAMES_IN_ING:
        return True  # Sending Pete out at 2, Calling Dana Ruiz back
    following = text[start + len(word):start + len(word) + 2]
    return len(words) == 1 and len(word) >= 6 and low.endswith("ing") \
        and bool(re.match(r"\s[a-z]", following))


# stop words that are also given names, when a surname follows: Jun Bautista, May Wong,
# Jan Botha
_GIVEN_NAME_STOPS = frozenset(("jan", "jun", "may", "june", "april", "august", "sun", "will",
                               "mark", "bill", "pat", "sat", "art"))
def _given_name_first(words: list[str]) -> bool:
    return len(words) > 1 and words[0].lower() in _GIVEN_NAME_STOPS \
        and words[1].lower() not in _EN_STOP and words[1][:1].isupper()


_NAMES_IN_ING = frozenset(("sterling", "irving", "fleming", "browning", "manning", "harding",
                           "golding", "spalding", "redding", "reading", "darling", "ewing",
                           "keating", "whiting", "gehring", "pershing", "epping", "kettering",
                           "worthing", "woking", "ealing", "tooting", "beijing"))
_NAMES_IN_ED = frozenset(("mohammed", "muhammed", "ahmed", "mahmoud", "reed", "alfred",
                          "manfred", "winifred", "siegfried", "mildred", "edwarded"))
# A person's role written before their name (GM Carlos Mendez, their CFO Jane Doe, head of
# ops Nora Quinn, 采购 Mike, QC 经理 Kevin): the name is a person, the role no part of it.
_EN_ROLE_WORDS = (
    "ceo cto cfo coo cmo cio cso cpo chro cro cco cdo vp svp evp avp gm md pi chef controller "
    "director manager mgr dir pm qs hrbp purchasing procurement tech technician buyer owner "
    "founder landlord landlady "
    "co-founder cofounder "
    "president chairman chairwoman chairperson chair principal super trustee "
    "partner engineer architect designer superintendent supervisor coordinator officer "
    "counsellor counselor "
    "nurse pharmacist agent broker accountant treasurer secretary head chief lead admin "
    "administrator rep representative consultant counsel attorney lawyer doctor surgeon "
    "professor teacher coach captain foreman receptionist assistant pa ea registrar curator "
    "concierge caretaker dispatcher clerk headteacher planner estimator surveyor inspector "
    "bookkeeper brewmaster brewer guy gal contact hod producer roaster sommelier editor bursar "
    "matron warden groundsman groundskeeper steward janitor custodian"
)
EN_ROLES = frozenset(_EN_ROLE_WORDS.split())
ROLE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:" + "|".join(sorted(EN_ROLES, key=len, reverse=True))
    + r")(?:\s+of\s+[\w&-]+)?(?:\s*的)?"  # 麦香坊 purchasing 的 Jenny
    r"|(?:经理|总监|主管|老板娘|老板|负责人|采购|财务|老总|主任|总|工程师|助理|秘书|厂长|店长|院长|主厨|"
    r"护士长|科长|组长|队长|站长|馆长|所长|处长|部长|局长|行长|"
    r"厨师长|校长|园长|教导主任|行政|人事|前台|会计|律师|医生|HRBP|HR|QS|PM|工务|商务|运营|品控|质检|仓管|客服|设计师)"
    r"|[\u4e00-\u9fff]{1,4}(?:部|科|处|办)的?)"
    r"\s*[:：,，]?\s*$", re.IGNORECASE)


def _verb_first(text: str, start: int, word: str) -> bool:
    after = start + len(word)
    if (_PERSON_PLACED.match(text, after) or _THE_ROLE.match(text, after)) \
            and not re.search(r"(?:ed|ing)$", word):
        return False  # Jane over at Acme Corp, Jane in accounts at Acme: a person, placed
    return _starts_sentence(text, start) and bool(
        _AFTER_VERB.match(text, start + len(word)))


# a name, then the role it holds: Jane the buyer, Ken the owner
_THE_ROLE = re.compile(r"\s+the\s+(?:buyer|owner|manager|gm|ceo|cfo|director|boss|chef|"
                       r"head|lead|founder|accountant|principal)\b", re.IGNORECASE)
_PERSON_PLACED = re.compile(r"\s+(?:over\s+at|(?:in|from)\s+[a-z]+\s+at)\s+[A-Z]")


# a count and its measure word: what follows is goods (2 台 DJI Mavic, 三箱 Lavazza)
_COUNTED = re.compile(
    r"[\d一二两三四五六七八九十几百千]\s*[台个套件箱部辆只张瓶包盒袋片条块支双桶吨罐把]\s*$")


# a count before a brand and its goods after: 2 Massey tractors, 40 x Bosch drills
_EN_COUNT = re.compile(r"(?<![\d.,$€£¥!！])\b\d{1,4}\s*(?:x\s*)?$")
_GOODS_NOUN = re.compile(
    r"\s+(?!(?:needs|wants|says|asks|has|is|was|likes|loves|gets|thinks|agrees|calls)\b)[a-z]+s\b")
_MODEL_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)\s+$")


_HOLIDAY_NAME = re.compile(r"\b[A-Z][a-z]+['’]s\s+Day\b|\b(?:Boxing|Labou?r|Memorial|Anzac|"
                           r"Independence|Thanksgiving|Christmas|Canada|Australia)\s+Day\b")


# a count of goods after a name, not a model number: send Marcus 30部 gaming chairs
_COUNT_AFTER = re.compile(r"\s?\d+\s?[\u4e00-\u9fff]")


def en_names(text: str) -> list[NameHit]:
    """Names and companies written in Latin letters, in text order (English memos, and the
    English names inside Chinese ones: 新客户Jane Doe, Acme Corp发邮件询价)."""
    hits = [_trim_company(NameHit(m.group("name"), m.start(), "company"), text)
            for m in _EN_COMPANY.finditer(text)]
    taken = [(h.start, h.start + len(h.name)) for h in hits]
    holidays = [m.span() for m in _HOLIDAY_NAME.finditer(text)]
    for match in _EN_CAPS.finditer(text):
        if any(a < match.end() and match.start() < b for a, b in holidays) \
                or re.search(r"[A-Za-z0-9]-$", text[max(0, match.start() - 2):match.start()]):
            continue  # Mother's Day orders: a day; ALL-SEASON SETS, 5-MICRON: a word's end
        words, start = _name_words(match, text)
        if not words or words[0].lower() in _PRODUCT_WORDS \
                or " ".join(words).lower() in _PLATFORMS:
            continue  # a lead from LinkedIn: where it came from, no one's name
        after = text[match.end():match.end() + 2]
        if (len(words) == 1 and re.match(r"\s?\d", after) and words[0] == match.group(0)
                and not _COUNT_AFTER.match(text, match.end())) \
                or re.match(r"[A-Z]?\d", after):
            continue  # Model X200, Series 5, Yamaha U1: a product
        if _COUNTED.search(text, max(0, match.start() - 8), match.start()) \
                or _MODEL_YEAR.search(text, max(0, match.start() - 6), match.start()) \
                or (_EN_COUNT.search(text, max(0, match.start() - 8), match.start())
                    and _GOODS_NOUN.match(text, match.end())):
            continue  # 租 2 台 DJI Mavic 3, 50 箱 Lavazza, a 2019 Honda Vezel: goods
        name = " ".join(words).removesuffix("'s").removesuffix("’s").rstrip("'’ &")
        if _said_as_no_name(name, text, match.start(), text.find(words[0], start)):
            continue
        if name and not name.isupper() and not any(ch.isdigit() for ch in name):
            first = text.index(words[0], start)
            honorific = HONORIFIC.search(text, max(0, first - 6), first)
            if honorific is not None and honorific.end() == first:  # Dr. Patel, Mr Osei
                name, first = text[honorific.start():first] + name, honorific.start()
            hit = NameHit(name, first, "en")
            if not _overlaps(hit, taken):
                hits.append(hit)
    return sorted(hits, key=lambda h: h.start)


def _said_as_no_name(name: str, text: str, start: int, first: int) -> bool:
    """Load-out done, Follow-up call: a hyphened noun opening a sentence; Entrapment at …:
    an abstract noun opening one; Marcus Reyes (VP Leasing): the field of a title. No one's
    name either way."""
    return bool(((_HYPHENED_NOUN.fullmatch(name) or _ABSTRACT_NOUN.fullmatch(name))
                 and _starts_sentence(text, start))
                or _TITLE_OF.search(text, max(0, first - 16), max(first, 0))
                or _SPEC_BEFORE.search(text, max(0, first - 24), max(first, 0))
                or (" " not in name and _ROLE_OF.search(text, max(0, first - 16), max(first, 0))
                    is not None and not re.match(r"\s+[A-Z]", text[first + len(name):]))
                or _HOLIDAY_NAME.fullmatch(name)
                or _VESSEL.search(text, max(0, first - 5), max(first, 0)) is not None
                or _VESSEL.match(name) is not None)


# MV Kota Raya, M/V Star Pearl, MT Ocean Glory: a ship's name (Ms Tan is a person's)
_VESSEL = re.compile(r"(?:\bM/?[VT]|\bMY|\bSS)\.?\s+(?:$|(?=[A-Z]))")


_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:ment|tion|sion)")


# the field of a role: Director of Care, Head of Sales (a name would follow: Head of Sales
# Jo Tan)
_ROLE_OF = re.compile(r"\b(?:director|head|vp|manager|chief|dean|officer)\s+of\s+$",
                      re.IGNORECASE)
# a machine's make after its spec: the 2-group La Marzocco, a 3-door Liebherr
_SPEC_BEFORE = re.compile(r"\b(?:the|a|an|our|their)\s+\d+(?:\.\d+)?-[a-z]+\s+$")


# a holiday or a season's name: Golden Week, Chinese New Year, Black Friday
_HOLIDAY_NAME = re.compile(
    r"(?:Golden\s+Week|(?:Chinese\s+|Lunar\s+)?New\s+Year(?:'s)?(?:\s+(?:Eve|Day))?|National\s+Day|"
    r"Mid-?Autumn(?:\s+Festival)?|Spring\s+Festival|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|"
    r"Black\s+Friday|Cyber\s+Monday|Labou?r\s+Day|Easter(?:\s+Monday)?|Good\s+Friday|"
    r"Dragon\s+Boat(?:\s+Festival)?|Hari\s+Raya|Thanksgiving|Diwali|Ramadan|"
    r"(?:Mother|Father|Valentine|Women|Teacher)['’]?s\s+Day|Valentine['’]s)",
    re.IGNORECASE)


_HYPHENED_NOUN = re.compile(r"[A-Z][a-z]+-(?:[a-z]+)?")
_TITLE_OF = re.compile(r"\(\s*(?:VP|SVP|EVP|AVP|Head\s+of|Dir(?:ector)?\s+of|Director,?|GM)\s+$",
                       re.IGNORECASE)
# roles people are called by, before a single name: Chef Wei, Coach Daniels, Principal Tan
ADDRESSED_BY_ROLE = frozenset(("chef", "coach", "pastor", "father", "sister", "captain",
                                "capt", "principal", "professor", "nurse", "officer", "judge"))


def _name_words(match: re.Match[str], text: str) -> tuple[list[str], int]:
    """The words of a capitalised run that are a name, and where they start: no stop words
    at either end, no role before it (Talent Director Sandra), no honorific after it (Ring
    Mrs. Okafor), no word that only opens the sentence (Good, Quoted, Ring)."""
    words = match.group(0).split()
    start = match.start()
    if len(words) == 1 and _one_word_name(words[0], text, start):
        return words, start
    while words and (words[-1].lower() in _EN_STOP
                     or words[-1].lower().rstrip(".") in _HONORIFIC_WORDS) \
            and not _titled_surname(words):
        words.pop()  # "Ring Mrs. Okafor": the honorific goes with the name after it (Ms Sun)
    if all(w.lower() in EN_ROLES or w.lower() in _EN_STOP for w in words):
        return [], start  # Procurement Manager: a role, no one's name
    roles = [i for i, w in enumerate(words[:-1]) if w.lower() in EN_ROLES]
    if roles:  # Talent Director Sandra, Head Chef Kenny Wong: the name after the role
        cut = roles[-1] + 1
        if cut == len(words) - 1 and words[cut - 1].lower() in ADDRESSED_BY_ROLE \
                and (cut == 1 or words[cut - 2].lower() in _EN_STOP):
            cut -= 1  # Chef Wei, Coach Daniels: called by the role, which stays with the name
        if cut > 0:  # (Captain Ho opening the memo: nothing before the name to cut)
            start = text.index(words[cut - 1], start) + len(words[cut - 1])
            words = words[cut:]
    opening = _starts_sentence(text, start) or _AFTER_OPENING_ADVERB.search(
        text, max(0, start - 12), start) is not None
    while words and not _given_name_first(words) \
            and (words[0].lower().strip("'s") in _EN_STOP
                     or (len(words) > 1 and words[0].lower() in EN_ROLES
                         and not (len(words) == 2 and words[0].lower() in ADDRESSED_BY_ROLE))
                     or (opening
                         and (common_word(words[0].removesuffix("'s"))
                              or _verb_form(words, text, start)
                              or (len(words) == 1 and _verb_first(text, start, words[0]))))):
        heading = opening and start == match.start() and words[0].lower() in _HEADING_WORDS
        # JUST FINISHED WALKTHROUGH AT …: the verb after an opening adverb opens the sentence
        opening = opening and words[0].lower() in _OPENING_ADVERBS
        start = text.index(words[0], start) + len(words[0])
        words.pop(0)
        if heading and len(words) == 1 and words[0].lower() not in _EN_BUSINESS:
            return [], start  # Pricing Committee meets, Team Offsite in Napa: a heading
    while words and words[-1].lower() in _EN_STOP and not _titled_surname(words):
        words.pop()
    return words, start


def _one_word_name(word: str, text: str, start: int) -> bool:
    """A capitalised word that is a name whatever else it is: a surname after a title (Dr.
    Sun, Mr. May), a given name after a role (their ops head Jun asked)."""
    if not word[:1].isupper():
        return False
    if (len(word) >= 3 or roman_surname(word)) and HONORIFIC.search(text, max(0, start - 6),
                                                                      start):
        return True
    return word.lower() in _GIVEN_NAME_STOPS \
        and ROLE_BEFORE.search(text, max(0, start - 30), start) is not None \
        and not re.match(r"\s*\d", text[start + len(word):])


_OPENING_ADVERBS = frozenset(("just", "already", "finally", "also", "then", "quickly"))
_AFTER_OPENING_ADVERB = re.compile(
    r"(?:^|[.!?:;\n。！？；：]\s*)(?i:" + "|".join(_OPENING_ADVERBS) + r")\s+$")


def _titled_surname(words: list[str]) -> bool:
    """Ms Sun, Mr May: a capitalised surname after an honorific, whatever else it is."""
    return len(words) > 1 and words[-2].lower().rstrip(".") in _HONORIFIC_WORDS \
        and words[-1][:1].isupper()


# words that open a Title Case heading, not a name: Quarterly Business Review, Team Offsite
_HEADING_WORDS = frozenset((
    "pricing", "quarterly", "team", "black", "annual", "expense", "trade", "weekly", "monthly",
    "daily", "new", "q1", "q2", "q3", "q4", "sales", "marketing", "product", "board",
    "budget", "pipeline", "holiday", "christmas", "company", "staff", "office", "year"))


_NAME_GOES_ON = re.compile(
    r"[ \t]+([A-Z][a-z][A-Za-z'-]*|(?:LLP|LLC|PLC|GmbH|Pty|Pte|Sdn\s+Bhd|Bhd|"
    + "|".join(sorted(_CODES_IN_NAMES)) + r")(?![A-Za-z]))")


# a word that names what follows it: 跟 Sun Power HK Ltd, with Sun Power HK Ltd (Sun no day)
_NAMED_AFTER = re.compile(r"(?:[跟和与给找]|\b(?i:with|from|at|for))\s*$")


def _trim_company(hit: NameHit, text: str) -> NameHit:
    """Walked into Redwood Capital Inc -> Redwood Capital Inc: leading common words out;
    Jinqiao Tech Park: a capitalised word after the business word is still the name."""
    words = hit.name.split()
    start = hit.start
    end = start + len(hit.name)
    more = _NAME_GOES_ON.match(text, end) if text[end:end + 1] != "." else None
    if more and not common_word(more.group(1)) and more.group(1).lower() not in EN_ROLES:
        words.append(more.group(1))  # (Call Vision Hub: the name goes on, then Call is cut)
        legal = _LEGAL_AFTER.match(text, more.end())
        if legal is not None:  # Coldchain Express Mozambique Lda: a place, then a legal form
            words.append(legal.group(1))
    while len(words) > 2 and not _NAMED_AFTER.search(text, max(0, start - 8), start) and (
            common_word(words[0]) or words[0].lower() in _EN_STOP
            or (_starts_sentence(text, start) and _verb_form(words, text, start))):
        start = text.index(words[1], start + len(words[0]))
        words.pop(0)
    return NameHit(" ".join(words), start, hit.kind)


_LEGAL_AFTER = re.compile(r"[ \t]+(Lda|Ltda|SA|SARL|SAS|BV|NV|AG|Oy|AB|SpA|Srl|Ltd|LLC|Inc|"
                          r"Pty|Pte|PLC|GmbH)\b\.?")
