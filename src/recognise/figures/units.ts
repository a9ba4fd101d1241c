/**
 * The unit table: one row per unit word, Simplified spelling only (the text is
 * normalised first, so 億元 arrives as 亿元, 公噸 as 公吨, 日圓 as 日圆). Each row
 * says what kind of figure the word makes, its canonical unit, and the power of
 * ten that converts to it (兆瓦 → kW is +3, 克 → kg is −3).
 */
import type { FigureKind } from "../../schema.js";

/** Conditions a unit word needs beyond standing after a number. */
export type UnitCondition =
  | "electricity" // 度 is kWh only where the text is about electricity (用电量, 发电量)
  | "chinese-digit" // 三成 = 30 %, 9成 = 90 % (Arabic only up to 10: 一成不变 is an idiom)
  | "day-of-month" // 28日 is a date unless a duration word governs it (为期15日)
  | "written-amount" // 30万方, 3000字: Arabic digits or a place word (三方 are parties, 八字 a horoscope)
  | "watt-sign" // 600W is watts only near a power word (功率, 充电): 阅读量10W+, 月薪3W are 万 in web slang
  | "order-word" // 单 counts orders only where orders are named before it (订单12.7万单, 接单30单)
  | "country-currency"; // 比索, 卢比, 克朗, 法郎: several countries' money; the country named before says which

/** One unit word. */
export interface UnitEntry {
  /** The word in normalised text. */
  readonly word: string;
  readonly kind: FigureKind;
  /**
   * Canonical unit: ISO 4217, mu/m2/ha/km2, %/pp, kWh, kW, t/kg, km/m, m3, day/workday/month/year/hour.
   * `null` for 元/块钱 (the currency is the caller's or the sentence's) and for counts
   * (the measure word as written is the unit).
   */
  readonly unit: string | null;
  /** Multiply the number by 10^exponent to get `unit`. */
  readonly exponent: number;
  /**
   * Then by `numerator / denominator`, for units the spec does not list: a week is 7 days
   * (2周 → 14 day), a minute 1/60 hour (30分钟 → 0.5 hour; 20分钟 → the nearest double to 1/3).
   */
  readonly ratio?: readonly [numerator: number, denominator: number];
  /** A lookahead that must fail after the word (`吨` not before `级`: 2000吨级 is a class). */
  readonly notBefore?: string;
  readonly condition?: UnitCondition;
}

/**
 * What makes a mass or head count turnover (货物周转量1520亿吨公里 · 旅客周转量362亿人公里 ·
 * 换算吨公里 · 车公里): tonne- or passenger-kilometres, not a mass nor a count of people.
 */
const TURNOVER = "级|·?(?:公里|千米|km)";

/** 周 is a week only as a measure: not 周年, 周岁, 周边, 周末, 周一, 周长… */
const WEEK_NOT_BEFORE = "年|岁|边|末|期|围|刊|转|报|到|[一二三四五六日天]|长|知|全|密|旋|游|济|折|身|遭|详|正|波|薪";

const money = (word: string, unit: string | null, notBefore?: string): UnitEntry =>
  notBefore === undefined
    ? { word, kind: "money", unit, exponent: 0 }
    : { word, kind: "money", unit, exponent: 0, notBefore };

/** A unit that measures (not a count); `grade` words such as 吨级 are excluded by `notBefore`. */
const measure = (kind: FigureKind, word: string, unit: string, exponent = 0, notBefore = "级"): UnitEntry => ({
  word, kind, unit, exponent, notBefore,
});

/** Measure words of counts; `notBefore` keeps out compounds (项目, 部门, 人民). */
const count = (word: string, notBefore?: string): UnitEntry =>
  notBefore === undefined
    ? { word, kind: "count", unit: null, exponent: 0 }
    : { word, kind: "count", unit: null, exponent: 0, notBefore };

/**
 * The dots of a unit written as a product (千瓦·时, kW·h, kW.h, kW⋅h). Normalisation turns ・, •
 * and ‧ into · and the full-width ． into `.`; ⋅ and ∙ (dot operators) arrive as written.
 */
const PRODUCT_DOTS = ["·", ".", "⋅", "∙"] as const;

/**
 * Energy written as power times hours, one row per dot: 3600万千瓦·时, 8.2亿kW.h, 50兆瓦·时
 * (the spelling of the Chinese standard of units). Without these rows the power word is
 * read alone and the energy passes for power (kW).
 */
const dotted = (power: string, hour: string, exponent: number, notBefore?: string): UnitEntry[] =>
  PRODUCT_DOTS.map((dot) => measure("energy", `${power}${dot}${hour}`, "kWh", exponent, notBefore));

const ROWS: readonly UnitEntry[] = [
  // money: 80亿元 · 85元人民币 · 5亿日圆 · 9.87亿新台币 · 2.3亿港元
  money("元人民币", "CNY"),
  money("人民币", "CNY"),
  money("美元", "USD"),
  money("美金", "USD"),
  money("港元", "HKD"),
  money("港币", "HKD"),
  money("新台币", "TWD"),
  money("台币", "TWD"),
  money("欧元", "EUR"),
  money("日元", "JPY"),
  money("日圆", "JPY"),
  money("英镑", "GBP"),
  // 英磅: a common misprint of 英镑 (磅 alone is the pound weight, a mass below)
  money("英磅", "GBP"),
  money("韩元", "KRW"),
  money("澳元", "AUD"),
  money("加元", "CAD"),
  money("卢布", "RUB"),
  money("澳门元", "MOP"),
  money("澳门币", "MOP"),
  money("葡币", "MOP"),
  money("新加坡元", "SGD"),
  // Singapore and Malaysia: 3000万新元 · 100新币 · 30亿令吉 · 500马币 · 5亿林吉特
  money("新元", "SGD", "素|旦|宵"),
  money("新币", "SGD"),
  money("令吉", "MYR"),
  money("马币", "MYR"),
  money("林吉特", "MYR"),
  // Asia: 1260亿泰铢 · 800亿印度卢比 · 9万亿越南盾 · 5万亿印尼盾 · 3000万菲律宾比索 · 2亿缅元 (Myanmar's kyat)
  money("泰铢", "THB"),
  money("印度卢比", "INR"),
  money("巴基斯坦卢比", "PKR"),
  money("斯里兰卡卢比", "LKR"),
  money("尼泊尔卢比", "NPR"),
  money("越南盾", "VND"),
  money("印尼盾", "IDR"),
  money("印度尼西亚盾", "IDR"),
  money("菲律宾比索", "PHP"),
  money("菲律宾披索", "PHP"),
  money("缅元", "MMK"),
  // Europe: 8亿瑞士法郎 · 20亿瑞典克朗 · 300亿土耳其里拉 (Italy's lira is gone: 里拉 alone is Turkey's)
  money("瑞士法郎", "CHF"),
  money("瑞典克朗", "SEK"),
  money("挪威克朗", "NOK"),
  money("丹麦克朗", "DKK"),
  money("捷克克朗", "CZK"),
  money("土耳其里拉", "TRY"),
  money("里拉", "TRY"),
  money("兹罗提", "PLN"),
  money("福林", "HUF"),
  money("格里夫纳", "UAH"),
  // the Americas, Africa, Oceania and the Gulf: 50亿雷亚尔 · 12亿墨西哥比索 · 30亿南非兰特 · 5亿新西兰元 (纽元)
  money("雷亚尔", "BRL"),
  money("巴西雷亚尔", "BRL"),
  money("墨西哥比索", "MXN"),
  money("阿根廷比索", "ARS"),
  money("智利比索", "CLP"),
  money("哥伦比亚比索", "COP"),
  money("兰特", "ZAR"),
  money("南非兰特", "ZAR"),
  money("埃及镑", "EGP"),
  money("新西兰元", "NZD"),
  money("纽元", "NZD"),
  money("沙特里亚尔", "SAR"),
  money("阿联酋迪拉姆", "AED"),
  // 卢比, 比索, 克朗, 法郎 alone: the country named before them in the sentence says whose (`SHARED_CURRENCIES`)
  { word: "卢比", kind: "money", unit: null, exponent: 0, condition: "country-currency" },
  { word: "比索", kind: "money", unit: null, exponent: 0, condition: "country-currency" },
  { word: "披索", kind: "money", unit: null, exponent: 0, condition: "country-currency" },
  { word: "克朗", kind: "money", unit: null, exponent: 0, condition: "country-currency" },
  { word: "法郎", kind: "money", unit: null, exponent: 0, condition: "country-currency" },
  money("元", null, "素|旦|首|宵|年|月|老|帅|件|化|论|钱"),
  // hundredths of a currency: 上涨6美分 · 每升降价3欧分 · 每股派息5港仙 · 售价99便士 (not 美分 in 欧美分别)
  { word: "美分", kind: "money", unit: "USD", exponent: -2, notBefore: "别|布|析|开|散|裂" },
  { word: "欧分", kind: "money", unit: "EUR", exponent: -2, notBefore: "别|布|析|开|散|裂" },
  { word: "港仙", kind: "money", unit: "HKD", exponent: -2 },
  { word: "便士", kind: "money", unit: "GBP", exponent: -2 },
  // 三元钱 · 五元钱: 钱 after 元 is part of the unit, as in 块钱 (元 alone is barred before 钱)
  money("元钱", null),
  money("块钱", null),
  // 3毛钱 · 5角钱: tenths of the currency (colloquial)
  { word: "毛钱", kind: "money", unit: null, exponent: -1 },
  { word: "角钱", kind: "money", unit: null, exponent: -1 },
  // 高出3分钱: hundredths (a bare 分 is a minute or a score, 3分之1 a fraction: only with 钱)
  { word: "分钱", kind: "money", unit: null, exponent: -2 },
  // area: 4191.26亩 · 6000多平方米 · 3公顷 · 5平方公里
  measure("area", "平方公里", "km2"),
  measure("area", "平方千米", "km2"),
  measure("area", "平方公尺", "m2"),
  measure("area", "km²", "km2"),
  measure("area", "平方米", "m2"),
  measure("area", "平米", "m2"),
  measure("area", "㎡", "m2"),
  measure("area", "m²", "m2"),
  // technical copy writes the square with a plain digit: 面积360m2 · 勘查区12km2 (km2 wins over km,
  // longest first); not before another letter or digit (5m2s, 12km20 are no areas)
  measure("area", "km2", "km2", 0, "[A-Za-z0-9]"),
  measure("area", "m2", "m2", 0, "[A-Za-z0-9]"),
  // the hectare as the standard of units writes it: 造林3.2万hm² · 复垦800hm2
  measure("area", "hm²", "ha"),
  measure("area", "hm2", "ha", 0, "[A-Za-z0-9]"),
  measure("area", "公顷", "ha"),
  measure("area", "亩", "mu", 0, "级|产|均"),
  // Taiwan and Hong Kong: 30坪 (3.305785 m²) · 500平方呎 · 实用面积500呎 (a square foot, 0.09290304 m²)
  { ...measure("area", "坪", "m2", 0, "级|山|地|坝|上|子|村|镇|价|数|效"), ratio: [3305785, 1000000] },
  { ...measure("area", "平方呎", "m2"), ratio: [9290304, 100000000] },
  // foreign news: 住宅面积2000平方英尺 (0.09290304 m²) · 农场5000英亩 (an acre, 0.40468564224 ha)
  { ...measure("area", "平方英尺", "m2"), ratio: [9290304, 100000000] },
  { ...measure("area", "英亩", "ha"), ratio: [40468564224, 100000000000] },
  // 实用面积约302方呎: Hong Kong property copy shortens 平方呎 to 方呎 (not 方 = m³ and 呎)
  { ...measure("area", "方呎", "m2"), ratio: [9290304, 100000000] },
  { ...measure("area", "呎", "m2", 0, "级|价|高|长|深|宽"), ratio: [9290304, 100000000] },
  // percent: 97.67% · 0.9个百分点 · 三成 · 16.98‰ · 25个基点
  measure("percent", "%", "%"),
  measure("percent", "‰", "%", -1),
  measure("percent", "个百分点", "pp"),
  measure("percent", "百分点", "pp"),
  // 下调25个基点 · 下行2.5个基点: a basis point is a hundredth of a percentage point
  measure("percent", "个基点", "pp", -2),
  measure("percent", "基点", "pp", -2),
  // 下降15BP · 下行20bp · 下降10个bp: basis points as market copy writes them (not BPO, bps of bandwidth)
  measure("percent", "个BP", "pp", -2, "[A-Za-z]"),
  measure("percent", "个bp", "pp", -2, "[A-Za-z]"),
  measure("percent", "BP", "pp", -2, "[A-Za-z]"),
  measure("percent", "bp", "pp", -2, "[A-Za-z]"),
  measure("percent", "个千分点", "pp", -1),
  measure("percent", "千分点", "pp", -1),
  // 成 opening a word is no tenth: 成立, 成本, 成交, 成员, 成都, 成熟, 成绩, 成效; 成语 (a riddle's
  // hint `（打一成语）`, `猜一成语`). 成分/成因 are let through: `三成分析师认为` is 30 %.
  { word: "成", kind: "percent", unit: "%", exponent: 1, condition: "chinese-digit",
    notBefore: "立|本|功|果|交|员|都|就|熟|长|绩|型|品|效|不变|色|年|片|群|套|批|个|人|行|语" },
  // energy: 90亿千瓦时 · 1560亿千瓦时 · 30万度 (electricity only)
  measure("energy", "千瓦时", "kWh"),
  measure("energy", "千瓦小时", "kWh"),
  measure("energy", "瓩时", "kWh"),
  measure("energy", "kWh", "kWh"),
  measure("energy", "kwh", "kWh"),
  measure("energy", "KWh", "kWh", 0, "[A-Za-z]"),
  measure("energy", "兆瓦时", "kWh", 3),
  measure("energy", "兆瓦小时", "kWh", 3),
  measure("energy", "MWh", "kWh", 3),
  // 储能容量2吉瓦时 · 电池产能40GWh: a gigawatt-hour (GW alone is power)
  measure("energy", "吉瓦时", "kWh", 6),
  measure("energy", "GWh", "kWh", 6, "[A-Za-z]"),
  // 全年用电量1.1太瓦时 · 发电量30TWh: a terawatt hour is a billion kWh
  measure("energy", "太瓦时", "kWh", 9),
  measure("energy", "TWh", "kWh", 9, "[A-Za-z]"),
  // 电池容量500瓦时 · 充电宝容量99Wh: watt hours (a thousandth of a kWh)
  measure("energy", "瓦时", "kWh", -3),
  measure("energy", "瓦特时", "kWh", -3),
  { ...measure("energy", "Wh", "kWh", -3, "[A-Za-z0-9]"), condition: "watt-sign" },
  // 年发电量3600万千瓦·时 · 8.2亿kW.h · 120kW·h · 50兆瓦·时 · 2GW·h
  ...dotted("千瓦", "时", 0),
  ...dotted("兆瓦", "时", 3),
  ...dotted("吉瓦", "时", 6),
  ...dotted("kW", "h", 0, "[A-Za-z]"),
  ...dotted("kw", "h", 0, "[A-Za-z]"),
  ...dotted("KW", "h", 0, "[A-Za-z]"),
  ...dotted("MW", "h", 3, "[A-Za-z]"),
  ...dotted("GW", "h", 6, "[A-Za-z]"),
  // heat as utilities state it: 新增供热量86万吉焦 · 年供热量1200万GJ · 热值30兆焦 (MJ): in kWh, as the
  // spec's one energy unit (a gigajoule is 10⁹ J / 3.6×10⁶ J = 2500/9 kWh; a megajoule 5/18 kWh)
  { ...measure("energy", "吉焦", "kWh"), ratio: [2500, 9] },
  { ...measure("energy", "吉焦耳", "kWh"), ratio: [2500, 9] },
  { ...measure("energy", "GJ", "kWh", 0, "[A-Za-z]"), ratio: [2500, 9] },
  { ...measure("energy", "兆焦", "kWh"), ratio: [5, 18] },
  { ...measure("energy", "兆焦耳", "kWh"), ratio: [5, 18] },
  { ...measure("energy", "MJ", "kWh", 0, "[A-Za-z]"), ratio: [5, 18] },
  { word: "度", kind: "energy", unit: "kWh", exponent: 0, condition: "electricity" },
  // power: 2×100万千瓦 · 860万千瓦 · 50兆瓦
  measure("power", "千瓦", "kW"),
  measure("power", "瓩", "kW"), // Taiwan: 瓩 = 千瓦
  measure("power", "kW", "kW", 0, "[A-Za-z]"),
  measure("power", "kw", "kW", 0, "[A-Za-z]"),
  measure("power", "兆瓦", "kW", 3),
  measure("power", "MW", "kW", 3, "[A-Za-z]"),
  measure("power", "吉瓦", "kW", 6),
  measure("power", "GW", "kW", 6, "[A-Za-z]"),
  measure("power", "太瓦", "kW", 9),
  measure("power", "TW", "kW", 9, "[A-Za-z0-9]"),
  // 输出功率逾650瓦 · 单机功率600W · 1500瓦特: watts. Not the words 瓦 begins after a numeral
  // (三瓦两舍, 瓦片, 瓦房, 瓦斯, 瓦解, 瓦砾, 瓦当, 瓦罐, 瓦数), nor W before a letter or digit
  // (5WiFi, 5W1H: a code, not a unit), and only near a power word (\`watt-sign\`). Upper-case W
  // only: a lower-case w is 万 in web slang.
  measure("power", "瓦特", "kW", -3),
  measure("power", "瓦", "kW", -3, "级|片|房|屋|舍|顶|面|斯|解|砾|砌|当|罐|缸|盆|窑|匠|工|楞|垄|蓝|松|两|数"),
  { ...measure("power", "W", "kW", -3, "[A-Za-z0-9+]"), condition: "watt-sign" },
  // mass: 450万吨 · 2.5万公斤 · 近1800吨 · 400余克
  measure("mass", "公吨", "t"),
  // not 吨公里, 吨·公里, 吨千米: freight turnover (tonne-kilometres), no mass
  measure("mass", "吨", "t", 0, TURNOVER),
  measure("mass", "公斤", "kg"),
  measure("mass", "千克", "kg"),
  measure("mass", "kg", "kg", 0, "[A-Za-z]"),
  // tonnes as technical copy writes them: 原油785万t · 精矿45kt · 储量2.3Mt. Not before a letter or
  // digit (5th, 3tb, 2t2r are no masses), nor 吨公里-like turnover (`TURNOVER`); upper-case T is tesla
  measure("mass", "t", "t", 0, "[A-Za-z0-9·]|公里|千米"),
  measure("mass", "kt", "t", 3, "[A-Za-z0-9]"),
  measure("mass", "Mt", "t", 6, "[A-Za-z0-9]"),
  measure("mass", "克", "kg", -3, "级|拉|隆|服|星|制"),
  // doses and nutrients: 每日2.5毫克 · 维生素D 10微克
  measure("mass", "毫克", "kg", -6),
  measure("mass", "微克", "kg", -9),
  // 12万斤 · 500市斤: a jin is half a kilogram (not 千斤顶, 斤斤计较)
  { ...measure("mass", "市斤", "kg"), ratio: [1, 2] },
  { ...measure("mass", "斤", "kg", 0, "级|斤|两|顶"), ratio: [1, 2] },
  // 黄金储备2000万盎司: the troy ounce (31.1034768 g) in which gold, silver and platinum are weighed,
  // the ounce the papers write of (2400美元/盎司 and 每盎司2400美元 are prices: the 盎司 is the measure
  // a price is given per, no mass of its own); 常衡盎司 is the avoirdupois ounce (28.349523125 g)
  { ...measure("mass", "金衡盎司", "kg", -3), ratio: [311034768, 10000000] },
  { ...measure("mass", "常衡盎司", "kg", -3), ratio: [28349523125, 1000000000] },
  { ...measure("mass", "盎司", "kg", -3), ratio: [311034768, 10000000] },
  // 载有约4万磅牛肉: the pound weight, exactly 0.45359237 kg (not 磅礴, 磅秤, 磅单, 磅房; the
  // currency is 英镑, or its misprint 英磅, a row of its own that the longest match prefers)
  { ...measure("mass", "磅", "kg", 0, "级|礴|秤|单|房"), ratio: [45359237, 100000000] },
  // length: 12公里 · 100米 · 5厘米
  measure("length", "公里", "km"),
  measure("length", "千米", "km"),
  measure("length", "km", "km", 0, "[A-Za-z]"),
  measure("length", "厘米", "m", -2),
  measure("length", "毫米", "m", -3),
  measure("length", "米", "m", 0, "级|粮|饭|面|酒|线"),
  measure("length", "公尺", "m"), // Taiwan
  // 航程3000海里: a nautical mile is 1852 m (not 海里 as "in the sea": 在海里 has no number before it)
  { ...measure("length", "海里", "km"), ratio: [1852, 1000] },
  { ...measure("length", "浬", "km"), ratio: [1852, 1000] }, // Taiwan and Hong Kong: 12浬
  // foreign news: 以北约60英里 (a statute mile, exactly 1.609344 km) · 海拔1万英尺 (0.3048 m)
  { ...measure("length", "英里", "km"), ratio: [1609344, 1000000] },
  { ...measure("length", "英尺", "m"), ratio: [3048, 10000] },
  // volume: 3万立方米
  measure("volume", "立方米", "m3"),
  measure("volume", "立方公尺", "m3"), // Taiwan: 3万立方公尺
  measure("volume", "立方", "m3"),
  measure("volume", "m³", "m3"),
  // 清淤30万方: 方 for cubic metres, only after Arabic digits or a place word (三方 are parties)
  { ...measure("volume", "方", "m3", 0,
    "面|案|式|向|法|便|针|位|阵|言|圆|才|可|能|舱|格|块|程|正|形|队|略|剂|志|舟|兴|丈|寸|框|桌|糖|米|地|协|会|签|合|共|联|参|达|代|当|对"),
    condition: "written-amount" },
  // 5升 · 3千升 · 500毫升 · 2公升: a litre is a thousandth of a cubic metre (not 升至, 升级)
  measure("volume", "千升", "m3"),
  measure("volume", "毫升", "m3", -6),
  measure("volume", "公升", "m3", -3),
  // 消耗汽油约150亿加仑: the US gallon, exactly 3.785411784 litres
  { ...measure("volume", "加仑", "m3", -3), ratio: [3785411784, 1000000000] },
  measure("volume", "升", "m3", -3, "至|到|为|级|高|温|幅|格|学|职|任|值|华|起|旗|空|降|入|档|位|序|了|上|破|过|超|逾|近|后|前|息|跌|势|速"),
  // durations: 35天 · 4个工作日 · 2至3个月 · 30多年 · 3小时
  measure("duration", "个工作日", "workday"),
  measure("duration", "工作日", "workday"),
  // a works contract's term: 计划工期540日历天 · 180个日历天 · 30个日历日 (calendar days: days)
  measure("duration", "个日历天", "day"),
  measure("duration", "日历天", "day"),
  measure("duration", "个日历日", "day"),
  measure("duration", "日历日", "day"),
  measure("duration", "天", "day", 0, "然|津|空|坛|使|堂|地|价|文|际|线|生|花|猫"),
  { word: "日", kind: "duration", unit: "day", exponent: 0, condition: "day-of-month" },
  measure("duration", "个月", "month"),
  measure("duration", "个年头", "year"),
  measure("duration", "年", "year", 0, "级|代|度|底|初|末|份|产|均|销|薪|货|报|会|轻|龄|纪|鉴|历书|夜|画|糕|终"),
  measure("duration", "个小时", "hour"),
  measure("duration", "小时", "hour"),
  measure("duration", "个钟头", "hour"),
  measure("duration", "钟头", "hour"),
  // weeks and minutes, in the spec's units: 两周 → 14 day · 3个星期 → 21 day · 45分钟 → 0.75 hour
  { ...measure("duration", "个星期", "day", 0, "[一二三四五六日天]"), ratio: [7, 1] },
  { ...measure("duration", "星期", "day", 0, "[一二三四五六日天]"), ratio: [7, 1] },
  { ...measure("duration", "个礼拜", "day", 0, "[一二三四五六日天堂]"), ratio: [7, 1] },
  { ...measure("duration", "周", "day", 0, WEEK_NOT_BEFORE), ratio: [7, 1] },
  { ...measure("duration", "分钟", "hour"), ratio: [1, 60] },
  // quarters, in months (the spec has no quarter): 三个季度 → 9 month · 两个多季度. Not 三季度,
  // 一季度 without 个: the name of a quarter of the year (the third, the first), not an amount.
  { ...measure("duration", "个季度", "month"), ratio: [3, 1] },
  // counts: 118栋 · 1000万套 · 20余个 · 13名 · 9亿人次
  count("人次"),
  // 辆次, 架次: trips and sorties counted, not vehicles
  count("辆次"), count("架次"), count("场次"), count("班次"), count("家次"), count("艘次"), count("台次"), count("户次"),
  // doses, train runs, batches, voyages, cases counted: 46万剂次 · 86车次 · 152列次 · 3批次 · 12航次 · 30趟次 · 500例次 · 80件次
  count("剂次"), count("车次"), count("列次"), count("批次"), count("航次"), count("趟次"), count("例次"), count("件次"),
  // towers of a power line counted, and tower inspections: 新建铁塔3012基 · 巡检2.6万基次. Only
  // after Arabic digits or a place word (两基, 三基 are policy terms); not the words 基 begins
  // (基金, 基地, 基础, 基点 — basis points, a unit of its own —, 基站, 基层…)
  count("基次"),
  { ...count("基", "金|地|础|本|层|数|因|点|站|准|于|建|调|石|督|业|色|线|期|座|坑|质|酸|价|尼|辅|薪|米|肥|源|坐|n|N"),
    condition: "written-amount" },
  count("标准箱"), count("标箱"), count("TEU", "[A-Za-z]"),
  count("根", "据|本|源|治|基|深|除|系|部|茎|植|雕|须|底|性|由|号|脉"),
  count("盏"),
  // pictures and plots of land, doses of a vaccine or medicine: 作品120余幅 · 出让2幅地块 ·
  // 流感疫苗18.6万剂 (not 幅度, 幅员, 幅面; not 剂量, 剂型; 剂次 is a row of its own)
  count("幅", "度|员|面"),
  count("剂", "量|型"),
  // goods and produce counted by their container or piece: 30多盒药品 · 500箱 · 2万瓶 · 50罐 ·
  // 1000颗 · 3000粒 · 20串 · 100捆 · 80筐; fish fry by the tail (约300尾鱼苗), mushroom logs by
  // the stick (120万棒). Not the words they begin: 盒子, 箱体, 瓶颈, 罐头, 颗粒, 串联, 捆绑, 尾气,
  // 棒球. 桶 is the measure word as written, of oil as of cooking oil (日产原油13.8万桶, 200桶
  // 食用油; a barrel's volume differs by trade, and the papers count in it): not 桶装, 桶底, 桶里.
  count("盒", "子|饭|装|马|式"),
  // food and drink served by the bowl, the cup or the plate: 一天能卖300多碗 · 售出2000杯 · 50盘
  // (not 碗筷, 碗里, 杯子, 杯赛, 盘子, 盘点, 盘活, 盘中: 杯 and 盘 also name cups and trading days)
  count("碗", "筷|里|中|底|口|碟|柜|装|面"),
  count("杯", "子|赛|中|里|底|口|装|水|垫"),
  count("盘", "子|点|活|中|面|整|查|踞|旋|山|古|问|算|根|锦|后|前|口|里"),
  count("箱", "子|体|包|涵|式|梁|变|型|装|内"),
  count("瓶", "子|颈|装|盖|身|底|罐"),
  count("罐", "子|装|头|车|体"),
  count("颗", "粒"),
  count("粒", "子|径|度"),
  count("串", "联|门|通|起|烧|味|场|并"),
  count("捆", "绑|扎"),
  count("筐", "子"),
  count("桶", "装|子|底|身|盖|面|壁|里|内|口|状"),
  count("尾", "气|声|款|巴|部|数|货|号|随|矿|水|盘|端|灯|翼|牙|页|期|段|座|箱|矢|椎"),
  count("棒", "球|子|槌|棒|冰|糖"),
  count("口", "气|径|号|岸|罩|碑|头|感|味|语|述|服|令|才|子|红|吻|舌|中|角|袋|腔|水|粮|算|诀|音|试|吃|咬|供|播|风"),
  count("袋", "鼠|子|装"),
  count("块", "钱|头|儿|状|面|板|茎|根|料|链"),
  count("款", "项|式|额|待|物|子|号|型|到"),
  count("羽", "毛|绒|球|翼|化|冠"),
  count("列", "车|入|为|出|表|举|席|队|岛|强|位|支|于|国|宁|传|明|示|管|居|名"),
  count("趟"),
  count("伙", "伴|食|计|同|房"),
  count("本", "地|土|市|省|县|区|报|次|届|年|月|轮|期|身|质|来|着|科|金|息|钱|领|部|色|能|源|末|事|单|位|案|版|刊|子|人|台|周|世|国|村|镇|乡|网|站|职|意|该|应|就|是|溪|港|岛|州|文|题|场|级|项"),
  { word: "字", kind: "count", unit: null, exponent: 0, condition: "written-amount",
    notBefore: "号|母|样|幕|体|画|典|句|条|据|迹|眼|段|节|符|库|第|头|里|辈|路|架|会|绣|军|形|型|街|口|坡|镐" },
  count("个", "性|体|别|案|税|位数"),
  // shares and lots traded: 成交5.62亿股 · 回购2000万股 · 成交8.6亿手 (a lot is 100 shares). Only
  // after Arabic digits or a place word: 三股力量, 一股劲, 二手房 are no share counts; not the
  // nouns they begin (股东, 股份, 股票, 手机, 手续, 手段…)
  { ...count("股", "东|份|票|权|市|价|本|民|息|指|改|金|灾|骨|比|利|盘|评|神|友|性|长|道|分|数|子"),
    condition: "written-amount" },
  { ...count("手", "机|续|术|段|艺|工|册|表|套|指|臂|法|中|里|上|下|写|动|稿|柄|枪|链|环|游|把|绘|球|掌|心|脚|足|握|提|头|车|房|货|资|信|笔|印|持|语|势|感|腕|背|边|电|雷|铐|拉|办"),
    condition: "written-amount" },
  count("栋"), count("幢"), count("套", "餐|路|房"), count("只", "有|是|要|能|会|在"),
  // people counted as a population: 可满足约80万人口的用水需求 · 服务人口3万人口 (the measure as written)
  count("人口"),
  count("人", "公里|·公里|千米|民|员|才|大|工|口|均|气|们|家|物|选|力|事|生|类|权|格|文|心|身|手|情|间|造"),
  count("名", "单|字|义|称|列|额|次|牌|片|誉|校|胜|号|下|气|言|录"),
  count("位", "于|置|数|列|居|次|子|移|点|序|图|处"),
  // 家 of 家用/家用电器 is no measure word; before 用人单位/用工企业/用户单位 it is (412家用人单位)
  count("家", "庭|乡|属|长|园|居|具|电|门|用(?![人工户])|族|境|政|务|里|常|访|教|当"),
  count("起", "来|步|点|诉|源|到|草|飞|身|初|止|码|始|跑|重|床|价|见|航|落|伏"),
  count("项", "目|链"),
  count("户", "籍|外|型|口|主|头|内"),
  count("种", "植|子|类|养|业|苗|田|地|群|族"),
  // machines counted by the set, a machine and its implements as one (农机1200余台套 · 设备300台套)
  count("台套"),
  count("台", "湾|风|阶|北|南|商|胞|资|州|山|上|下|前|词|账|港|海|独|面|球"),
  // pairs: 上下匝道14对 · 乐队8对 · 500对新人. Only after Arabic digits or a place word (一对一,
  // 三对三 are match formats); not a score (3对5), nor 对 as a preposition or the words it begins
  // after a number (2对此表示, 3对外, 5对比): 对此, 对于, 对外, 对比, 对象, 对话, 对手, 对接 …
  { ...count("对", "[0-9一二三四五六七八九十两]|此|于|外|比|象|话|手|接|应|待|照|方|称|抗|策|标|口|立|决|付|齐|岸|面|联|冲|视|焦|账|峙|调|症|号|折|半|换|阵|垒|弈|流|路|头|错|门|白|偶|不|是|其|我|你|他|她|它|这|那|该|本|各|每|着|过|了|的"),
    condition: "written-amount" },
  // orders, waybills, policies: 订单12.7万单 · 日均揽收快递50万单 · 骑手每天接单40单. Only where the
  // sentence names them before (`order-word`): elsewhere 单 after a number opens a word — 3单位,
  // 5单价, 2单日 (单位, 单价, 单产, 单日, 单元, 单项, 单次, 单品, 单身, 单独, 单车…)
  { ...count("单", "位|价|产|日|元|项|次|品|身|独|车|间|向|边|程|词|曲|句|杠|机|板|张|笔|场|纯|调|薄|亲|列|打|据|号|量|个|一|人|月|年|周|季"),
    condition: "order-word" },
  count("辆", "次|公里|千米"),
  count("场", "所|景|地|馆|面|合|内|外|上|长|次|主"),
  // not 三次产业 (the three sectors of an economy: a term, as 第三产业 is)
  // not 九次全会, 二次全体会议 (the session of a term, as 会议 after it is)
  // not the words a numeral and 次 make: 二次包装, 二次供水, 一次性, 二次元, 三次创业, 二次开发, 二次污染
  count("次", "日|年|月|会|数|要|序|生|级|贷|产业|全会|全体|性|元|方|包装|供水|创业|开发|利用|加工|分配|污染|装修|创伤|函数"),
  count("所", "有|在|以|得|属|谓|需|长|述|说|见|做|为|能|获"),
  count("条", "件|例|款|约|线|目|理|形|幅|码|状"),
  count("批", "准|评|示|复|发|次|量|判"),
  count("座", "谈|位|右|次"),
  count("间", "隔|接|断|歇|距|谍"),
  count("处", "理|于|置|长|罚|分|境|方|室|事"),
  count("份", "额|子|量"),
  count("件", "事"),
  count("张", "贴|扬|力|口|家"),
  count("双", "方|向|边|重|语|创|随|百|赢|亲|胞|休|手|节|眼|十|一"),
  count("架", "构|设|子|次"),
  count("艘", "次"),
  count("篇", "章|幅"),
  count("册"),
  count("棵"),
  count("株", "洲"),
  count("头", "部|条|脑|号|发|等|羊|顶"),
  count("匹", "配"),
  count("例", "如|外|会|行|子"),
  count("宗", "教|旨|族|师"),
  count("笔", "者|记|试|墨|画"),
  count("层", "次|面|级|楼"),
  count("组", "织|成|建|合|团|委|长|数|图|别|网|件|员|装|屋"), // 百万组屋: Singapore public flats, a noun
  count("支", "持|出|付|撑|援|部|柱|点|行|线|票"),
  count("部", "分|署|长|队|门|委|落|位|件|属|门"),
  count("门", "户|槛|口|类|店|诊|前|面|票|下|道|市"),
  count("枚", "举"),
  // rounds and shots: 消耗弹药8.6万发, 发射炮弹60余发, 打出10发子弹. Only where the clause ends
  // after it (a mark, the text's end, 左右/以上) or the ammunition is named: after a number
  // 发 mostly opens a verb (10发10中, 十发展, 3月发布 are no rounds).
  count("发", `(?![,。;:!?、()“”"'…—\\s]|$|左右|以上|上下|之多|[子炮导]弹|火箭弹|礼炮|弹药)`),
  count("届", "满|时"),
  // episodes: 该剧共36集 · 40集电视连续剧 · 纪录片6集 (not the nouns 集 begins after a number:
  // 集团, 集中, 集体, 集市, 集聚, 集合, 集成, 集结, 集资, 集约, 集装箱, 集散, 集训, 集会, 集邮)
  count("集", "团|中|体|市|聚|合|成|结|资|约|装|散|训|会|邮|锦|萃|控|采|群|镇|美|思|齐|纳|权|束|注|句|刊|子|落|英"),
  count("轮", "流|换|胎|椅|廓|番"),
  // provinces, cities and counties counted: 来自3省5市 · 京津冀三省市 · 全国20省份 (not 省级, 市场,
  // 市民, 县城; not the old measures 市斤, 市尺, 市亩). A city only after Arabic digits or a place
  // word: 沪深两市 are the two stock markets.
  count("省区市"), count("省市区"), count("省市"), count("省区"), count("省份"), count("市县"), count("县市"), count("县区"),
  count("省", "级|委|政|长|会|内|外|直|属|际|界|道|城|钱|力|事|时|心|略|去|下|得|电|油|部|厅|吾"), // 三省吾身: an idiom
  { ...count("市", "场|民|值|级|委|政|长|区|州|内|外|中|里|属|直|辖|容|面|价|况|井|招|郊|镇|盈|销|营|售|斤|尺|亩|寸|两|丈|制|貌|花|府|情|县"),
    condition: "written-amount" },
  count("县", "级|委|政|长|域|城|里|内|外|乡|志|令|衙|府|区|市|官"),
];

/**
 * 呎 as a foot (0.3048 m), not in the table: 呎 after a number is a square foot (实用面积500呎);
 * the recogniser puts this row in its place after a length noun (高约180呎, 身高5呎).
 */
export const FOOT: UnitEntry = {
  word: "呎", kind: "length", unit: "m", exponent: 0, notBefore: undefined, condition: undefined, ratio: [3048, 10000],
};

/**
 * The unit table. Every row has the same fields in the same order (absent ones
 * `undefined`), so property reads on rows stay monomorphic in V8.
 */
export const UNITS: readonly UnitEntry[] = ROWS.map((u) => ({
  word: u.word, kind: u.kind, unit: u.unit, exponent: u.exponent, notBefore: u.notBefore, condition: u.condition,
  ratio: u.ratio,
}));

/** Longest word first, so 千瓦时 wins over 千瓦 and 个月 over 个. */
const BY_LENGTH = [...UNITS].sort((a, b) => b.word.length - a.word.length);

/** What must not follow a row's word: literal words (most are one character), or a regex. */
type NotBefore = { readonly chars: ReadonlySet<number>; readonly words: readonly string[] } | RegExp | null;
/** A row and what must not follow its word. */
type Candidate = readonly [entry: UnitEntry, notBefore: NotBefore];

function notBeforeOf(pattern: string | undefined): NotBefore {
  if (pattern === undefined) return null;
  const words = pattern.split("|");
  if (words.some((w) => /[\\[\](){}.*+?^$]/.test(w) || w === "")) return new RegExp(pattern, "y");
  return {
    chars: new Set(words.filter((w) => w.length === 1).map((w) => w.charCodeAt(0))),
    words: words.filter((w) => w.length > 1),
  };
}

/** True when what stands at `at` is barred by `notBefore`. */
function barred(notBefore: NotBefore, text: string, at: number): boolean {
  if (notBefore === null) return false;
  if (notBefore instanceof RegExp) {
    notBefore.lastIndex = at;
    return notBefore.test(text);
  }
  if (notBefore.chars.has(text.charCodeAt(at) | 0)) return true;
  for (const w of notBefore.words) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * The rows by the code of their first character, longest word first (so 千瓦时 wins over
 * 千瓦): the few candidates at a position, not 150 regex alternatives tried at every number.
 */
const BY_FIRST: ReadonlyMap<number, readonly Candidate[]> = (() => {
  const byFirst = new Map<number, Candidate[]>();
  for (const u of BY_LENGTH) {
    const first = u.word.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push([u, notBeforeOf(u.notBefore)]);
    byFirst.set(first, list);
  }
  return byFirst;
})();
/**
 * `BY_FIRST` by table: `CANDIDATE_LISTS[FIRST_INDEX[code]]` (0: no unit begins with the
 * character). `unitAt` runs after nearly every number; one typed-array load costs less
 * than hashing the code into the map.
 */
const CANDIDATE_LISTS: ReadonlyArray<readonly Candidate[]> = [[], ...BY_FIRST.values()];
const FIRST_INDEX = new Uint16Array(0x10000);
{
  let k = 1;
  for (const first of BY_FIRST.keys()) FIRST_INDEX[first] = k++;
}

/** The row of the longest unit word at `at` whose `notBefore` does not follow it, or null. */
export function unitAt(text: string, at: number): UnitEntry | null {
  const index = FIRST_INDEX[text.charCodeAt(at) | 0] ?? 0;
  if (index === 0) return null;
  const candidates = CANDIDATE_LISTS[index];
  if (candidates === undefined) return null;
  for (const [entry, notBefore] of candidates) {
    if (text.startsWith(entry.word, at) && !barred(notBefore, text, at + entry.word.length)) return entry;
  }
  return null;
}

/** First characters of all unit words: a cheap test before the sticky regex. */
export const UNIT_FIRST_CHARS: ReadonlySet<string> = new Set(UNITS.map((u) => u.word[0] ?? ""));

const BY_WORD = new Map(UNITS.map((u) => [u.word, u]));

/** The row of a unit word. */
export function unitOf(word: string): UnitEntry | undefined {
  return BY_WORD.get(word);
}

/** A currency sign or code written before the number: its row (`word` is the sign as written). */
const sign = (word: string, unit: string | null): UnitEntry => ({
  word, kind: "money", unit, exponent: 0, notBefore: undefined, condition: undefined, ratio: undefined,
});

/**
 * Currency signs written before the number: NT$500 · HK$1,200万 · US$3.5亿 · MOP$80 · S$20 · A$50.
 * A bare `$` (撥款$2.5億, $510) names no country: its row has no code, and the refiners give it
 * the page's dollar (`dollarCurrency`). Longer signs first: they are tried in order.
 */
export const DOLLAR_SIGNS: ReadonlyMap<string, UnitEntry> = new Map(
  ([["MOP$", "MOP"], ["NT$", "TWD"], ["HK$", "HKD"], ["US$", "USD"], ["S$", "SGD"], ["A$", "AUD"], ["$", null]] as const).map(
    ([word, unit]): [string, UnitEntry] => [word, sign(word, unit)],
  ),
);

/** A bare `$` (`DOLLAR_SIGNS`): the refiners read its currency off the page. */
export const BARE_DOLLAR = DOLLAR_SIGNS.get("$");

/**
 * ISO codes and the Malaysian RM written before the number, glued or after one space:
 * RM500 · RM10亿 · MOP 25亿 · HKD 3亿 · USD 5,000 · RMB 80万 (RMB and NTD as the papers write them).
 */
export const CODE_SIGNS: ReadonlyMap<string, UnitEntry> = new Map(
  (
    [
      ["RM", "MYR"], ["MYR", "MYR"], ["MOP", "MOP"], ["HKD", "HKD"], ["USD", "USD"], ["SGD", "SGD"], ["TWD", "TWD"],
      ["NTD", "TWD"], ["RMB", "CNY"], ["CNY", "CNY"], ["EUR", "EUR"], ["JPY", "JPY"], ["GBP", "GBP"], ["AUD", "AUD"],
      ["CAD", "CAD"], ["KRW", "KRW"],
    ] as const
  ).map(([word, unit]): [string, UnitEntry] => [word, sign(word, unit)]),
);

/**
 * Currency words that say nothing of a bare 元 near them, though they are units after a
 * number: 新元 and 新币 are also new coins and the end of 创新 (创新元素); 福林 is a given
 * name (王福林) and 兰特 part of others (布兰特); 元人民币 is read as 人民币.
 */
const NOT_CONTEXT_WORDS = new Set(["新元", "新币", "福林", "兰特", "元人民币"]);

/**
 * Explicit currency words, for telling what a bare 元 is in a sentence that names one
 * (以泰铢计, 印度卢比兑美元): the table's currencies written in Chinese, by their full names,
 * longest first (新台币 before 台币), less `NOT_CONTEXT_WORDS`.
 */
export const CURRENCY_WORDS = new RegExp(
  UNITS.filter((u) => u.kind === "money" && u.unit !== null && /^\p{Script=Han}+$/u.test(u.word) && !NOT_CONTEXT_WORDS.has(u.word))
    .map((u) => u.word)
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

export const CURRENCY_CODE: Readonly<Record<string, string>> = Object.fromEntries(
  UNITS.filter((u) => u.kind === "money" && u.unit !== null).map((u) => [u.word, u.unit ?? ""]),
);

/** Where a currency word several countries use is read: its countries' names, and its code when none is named. */
interface SharedCurrency {
  /** A country's name and its currency's ISO code. */
  readonly countries: ReadonlyArray<readonly [country: string, code: string]>;
  /** The code when no country is named, or null: the word alone names no currency. */
  readonly fallback: string | null;
}

/** 披索 is another spelling of 比索: its countries are those of 比索's rows. */
const SHARED_SPELLING: Readonly<Record<string, string>> = { 披索: "比索" };
/** 卢比 alone is India's (as the papers mostly mean it); the other words alone name no currency. */
const SHARED_FALLBACK: Readonly<Record<string, string>> = { 卢比: "INR" };

/**
 * The words of the `country-currency` rows: 巴基斯坦…300亿卢比 is PKR, 墨西哥…12亿比索 MXN.
 * Their countries are read off the table's rows that name a country before the word
 * (巴基斯坦卢比 → 巴基斯坦, PKR). 比索, 克朗 and 法郎 alone name no currency (Latin America
 * has six pesos, Scandinavia three crowns, Africa two CFA francs), and the amount is left
 * out rather than given a guessed code.
 */
const SHARED_CURRENCIES: ReadonlyMap<string, SharedCurrency> = new Map(
  UNITS.filter((u) => u.condition === "country-currency").map((shared): [string, SharedCurrency] => {
    const word = SHARED_SPELLING[shared.word] ?? shared.word;
    const countries = UNITS.filter((u) => u.kind === "money" && u.unit !== null && u.word.length > word.length && u.word.endsWith(word)).map(
      (u) => [u.word.slice(0, -word.length), u.unit ?? ""] as const,
    );
    return [shared.word, { countries, fallback: SHARED_FALLBACK[shared.word] ?? null }];
  }),
);

/**
 * The code of a `country-currency` word given the words before it (its sentence): the
 * country named last wins (越南…菲律宾投入500亿比索 → PHP); else the word's fallback.
 */
export function sharedCurrencyCode(word: string, before: string): string | null {
  const shared = SHARED_CURRENCIES.get(word);
  if (shared === undefined) return null;
  let best: string | null = null;
  let at = -1;
  for (const [country, code] of shared.countries) {
    const i = before.lastIndexOf(country);
    if (i > at) {
      at = i;
      best = code;
    }
  }
  return best ?? shared.fallback;
}

/**
 * A currency the table does not know, right after a bare 万/亿 (8亿第纳尔, 5亿文莱元, 3万比特币):
 * the amount is in it, not in yuan, and is left out. The distinctive names of foreign money,
 * or up to three characters before 元/币/镑 (a country's dollar, a coin's name), not the
 * nouns that end so (单元, 公元, 纪元, 货币 …).
 */
export const UNKNOWN_CURRENCY =
  /(?:第纳尔|里亚尔|迪拉姆|先令|坚戈|索姆|列伊|列弗|奈拉|塞地|基普|瑞尔|塔卡|马纳特|(?![单公纪次多货硬])\p{Script=Han}{1,3}?(?<![单公纪次多货硬])(?:元|币|镑|盾|铢))/uy;
