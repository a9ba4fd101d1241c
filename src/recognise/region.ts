/**
 * Region: which currency a bare 元 means in a document.
 *
 * Mainland papers write 元 for renminbi; Hong Kong papers for Hong Kong
 * dollars, Macau papers for patacas and Taiwan papers for New Taiwan dollars.
 * All of those write
 * Traditional characters, and each names its own places and institutions.
 * Singapore and Malaysian papers write Simplified characters, as the mainland
 * does, for Singapore dollars and ringgit: their own places and institutions
 * tell them, where no word of mainland government copy stands beside them.
 * The document is read once: its share of Traditional characters (the
 * characters that normalisation changed), then words that only one of the
 * regions uses.
 */

// Words of Taiwan copy: its places, institutions, agency and currency; 報導 (HK writes 報道).
const TAIWAN = /台灣|臺灣|台北|臺北|高雄|台中|台南|新北|桃園|新竹|中央社|立法院|行政院|新台幣|新臺幣|報導/g;
// Words of Hong Kong copy.
const HONG_KONG = /香港|本港|港元|港幣|港府|特區|立法會|九龍|新界|港島|報道|專訊|綜援/g;
// Words of Macau copy: its places (澳門, 氹仔, 路環), 本澳 ("this Macau") and its currency.
// Macau copy also writes 特區 and names Hong Kong, so it wins ties with Hong Kong words.
const MACAU = /澳門|澳门|氹仔|路環|本澳|葡幣/g;

// Words of Singapore copy, read in the normalised (Simplified) text: its name and nickname, its
// public flats (组屋) and their board (建屋发展局, 建屋局), its dollar (新元, 新币).
const SINGAPORE = ["新加坡", "狮城", "组屋", "建屋发展局", "建屋局", "新元", "新币"];
// Words of Malaysian copy: its name (大马, not 大马士革), capital, states and ringgit.
const MALAYSIA = ["马来西亚", "大马(?!士)", "吉隆坡", "柔佛", "槟城", "砂拉越", "马六甲", "令吉", "马币"];
const SOUTH_EAST = new RegExp(`(${SINGAPORE.join("|")})|${MALAYSIA.join("|")}`, "g");
/**
 * Words one of which a Singapore or Malaysian document holds (its name, its flats or its
 * money; 吉隆坡 and 柔佛 come with 马来西亚 or 大马): a few `includes` that pass
 * over a mainland page faster than one run of `SOUTH_EAST`.
 */
const SOUTH_EAST_GATE = ["新加坡", "组屋", "新元", "马来西亚", "大马", "令吉"];
// Words of mainland government copy, which Singapore and Malaysian papers do not use of themselves.
const MAINLAND = /人民币|中共|党委|省委|市委|县委|区委|党组|全省|我省|新华社|国务院|总书记|自治区|乡镇|人民政府/g;
/** Words of its own a Singapore or Malaysian document holds at least. */
const SOUTH_EAST_MIN = 2;
/**
 * Words a Singapore or Malaysian paper writes of itself and a mainland paper
 * writing about them hardly does: the public flats (组屋) and their board,
 * Singapore's nickname (狮城), 大马 and Malaysian states. A country's name and
 * its money (新加坡, 新元; 马来西亚, 令吉) are also in any mainland report on
 * trade with it, so they decide only in numbers (`SOUTH_EAST_MANY`).
 */
const SOUTH_EAST_DOMESTIC = /组屋|建屋发展局|建屋局|狮城|大马(?!士)|柔佛|槟城|砂拉越/;
/** Own words that make a page from there without a domestic one. */
const SOUTH_EAST_MANY = 5;

export type Currency = "CNY" | "HKD" | "TWD" | "MOP" | "SGD" | "MYR";

/** Counts of Singapore and Malaysian words in `sample` (normalised text). */
function southEast(sample: string): { singapore: number; malaysia: number } {
  let singapore = 0;
  let malaysia = 0;
  if (!SOUTH_EAST_GATE.some((word) => sample.includes(word))) return { singapore, malaysia };
  SOUTH_EAST.lastIndex = 0;
  for (let m = SOUTH_EAST.exec(sample); m !== null; m = SOUTH_EAST.exec(sample)) {
    if (m[1] !== undefined) singapore++;
    else malaysia++;
  }
  return { singapore, malaysia };
}

/** Share of Han characters written in Traditional form, from a text and its normalised copy. */
export function traditionalShare(text: string, norm: string): number {
  let han = 0;
  let changed = 0;
  // A sample is enough to tell a Traditional text from a Simplified one.
  const n = Math.min(text.length, norm.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (c !== norm.charCodeAt(i)) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/**
 * The currency of a bare 元 in this document: CNY unless it is Traditional copy from
 * Hong Kong, Macau or Taiwan, or copy from Singapore or Malaysia (`SOUTH_EAST_MIN` of their
 * words, more than of any other region's).
 */
export function documentCurrency(text: string, norm: string): Currency {
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const normSample = norm.length > 50_000 ? norm.slice(0, 50_000) : norm;
  const { singapore, malaysia } = southEast(normSample);
  const own = Math.max(singapore, malaysia);
  const southEastCode: Currency = singapore >= malaysia ? "SGD" : "MYR";
  if (traditionalShare(text, norm) < 0.03) {
    if (own < SOUTH_EAST_MIN || (own < SOUTH_EAST_MANY && !SOUTH_EAST_DOMESTIC.test(normSample))) return "CNY";
    return own > (normSample.match(MAINLAND)?.length ?? 0) ? southEastCode : "CNY";
  }
  const taiwan = sample.match(TAIWAN)?.length ?? 0;
  const hongKong = sample.match(HONG_KONG)?.length ?? 0;
  const macau = sample.match(MACAU)?.length ?? 0;
  if (own >= SOUTH_EAST_MIN && own > taiwan && own > hongKong && own > macau) return southEastCode;
  if (macau > 0 && macau >= hongKong && macau >= taiwan) return "MOP";
  if (taiwan > hongKong) return "TWD";
  if (hongKong > 0) return "HKD";
  return "CNY";
}
