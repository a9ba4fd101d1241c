/**
 * Region: which currency a bare 元 means in a document.
 *
 * Mainland papers write 元 for renminbi; Hong Kong papers for Hong Kong
 * dollars, Macau papers for patacas and Taiwan papers for New Taiwan dollars.
 * All of those write
 * Traditional characters, and each names its own places and institutions.
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

export type Currency = "CNY" | "HKD" | "TWD" | "MOP";

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
 * Hong Kong, Macau or Taiwan.
 */
export function documentCurrency(text: string, norm: string): Currency {
  if (traditionalShare(text, norm) < 0.03) return "CNY";
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  const taiwan = sample.match(TAIWAN)?.length ?? 0;
  const hongKong = sample.match(HONG_KONG)?.length ?? 0;
  const macau = sample.match(MACAU)?.length ?? 0;
  if (macau > 0 && macau >= hongKong && macau >= taiwan) return "MOP";
  if (taiwan > hongKong) return "TWD";
  if (hongKong > 0) return "HKD";
  return "CNY";
}
