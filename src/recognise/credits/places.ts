/**
 * Place words a dateline may name without a date (`新华社北京电`,
 * `华中在线荆州讯`). With a date the date says where the place ends
 * (`新华社长沙3月15日电`); without one, two characters between an outlet and
 * its 讯 may as well be the rest of the outlet's name: `红网时刻讯` is the
 * outlet 红网时刻 (an app), not 红网 filing from a place 时刻. So a
 * two-character place there must be a known place word: a province-level
 * name, a city the papers often file from, or a word ending in a mark of a
 * place (荆州, 滨海县, 城南区).
 *
 * The places a letter's writer signs from (`合肥市蜀山区　刘海燕`) end in the
 * same marks (`isWriterPlace`).
 */
import { isCityName } from "./names.js";

/**
 * Two-character places with no mark of a place at their end: province-level
 * names, provincial capitals and other large cities, and the foreign capitals
 * wires file from most.
 */
const PLACES: ReadonlySet<string> = new Set(
  (
    // Province-level names.
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 " +
    "云南 陕西 甘肃 青海 台湾 广西 西藏 宁夏 新疆 香港 澳门 " +
    // Provincial capitals and other large cities.
    "长沙 南京 成都 西安 深圳 厦门 青岛 大连 宁波 昆明 南昌 合肥 太原 济南 长春 贵阳 南宁 拉萨 银川 西宁 海口 " +
    "三亚 珠海 汕头 佛山 东莞 无锡 烟台 潍坊 洛阳 开封 襄阳 宜昌 湘潭 九江 遵义 大理 丽江 桂林 北海 延安 宝鸡 " +
    "敦煌 酒泉 包头 大庆 台北 台中 台南 " +
    // Foreign capitals and cities of two characters.
    "东京 伦敦 巴黎 纽约 首尔 柏林 罗马 悉尼 开罗 曼谷 河内 万象 金边 仰光 达卡 德里 孟买 迪拜 多哈 华沙 " +
    "基辅 雅典"
  ).split(/\s+/),
);

/** The one-character marks that end a place's name as a unit of government: 省, 市, 县, 镇 … */
const PLACE_MARKS = "州市县区省镇乡村旗盟";

/** The last character of a two-character place word: 荆州, 滨海县, 城南区, 黄岩岛, 长江港. */
const PLACE_END = new RegExp(`[${PLACE_MARKS}岛港]$`, "u");

/**
 * The place a letter's writer writes from (folded): a city, district,
 * county, town, village or neighbourhood by its ending (`合肥市蜀山区`,
 * `岳阳县`, `城关镇`, `幸福里社区`).
 */
const WRITER_PLACE = new RegExp(String.raw`^\p{Script=Han}{1,14}(?:[${PLACE_MARKS}]|街道|社区)$`, "u");

/**
 * True when `place` (folded), named in a dateline with no date, is a place:
 * a run of three or more characters (`华盛顿`, `联合国`, `呼和浩特`), or a
 * known two-character place word (`北京`, `武汉`, `荆州`). `时刻`, `头条`,
 * `视频` are not.
 */
export function isUndatedPlace(place: string): boolean {
  if (place.length !== 2) return true;
  return isListedPlace(place) || PLACE_END.test(place);
}

/** True when `s` (folded) is one of the listed two-character places (`北京`, `南通`, `东京`). */
export function isListedPlace(s: string): boolean {
  return PLACES.has(s) || isCityName(s);
}

/**
 * True when `s` (folded), glued between a name and 报道 (`李小明北京报道`,
 * `林子健澳门报道`), is a place word: a listed place (`isListedPlace`) or one
 * ending in a mark of a place (`荆州`, `城南区`). Anything else there is the
 * rest of the name: `索朗琼达报道` is 索朗琼达 reporting, not 索朗 from 琼达.
 */
export function isGluedPlace(s: string): boolean {
  return isListedPlace(s) || PLACE_END.test(s);
}

/** True when `place` (folded) is a place a letter's writer writes from (`WRITER_PLACE`), or a city with a name's shape (`武汉`: `isCityName`). */
export function isWriterPlace(place: string): boolean {
  return WRITER_PLACE.test(place) || isCityName(place);
}
