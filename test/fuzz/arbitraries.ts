/**
 * fast-check arbitraries for newspaper-like pages: headlines, datelines,
 * bylines, figures with units, staff lines, and the breaks, blank-line runs,
 * full-width digits and Traditional characters of real e-paper dumps, mixed
 * with arbitrary Unicode.
 */
import fc from "fast-check";

const COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
const TRADITIONAL = "國際報訊記者專題經濟發展項目總投資億萬元畝開業運營樣鄉區縣為與會傳遞單據廣場體驗";
const SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔欧阳";

const pick = (chars: string) => fc.integer({ min: 0, max: chars.length - 1 }).map((i) => chars[i]!);
const han = fc.oneof({ weight: 8, arbitrary: pick(COMMON) }, { weight: 2, arbitrary: pick(TRADITIONAL) }, { weight: 1, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)) });
const words = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(""));

/** Digits ASCII or full-width (`９月２８日`). */
const digits = (n: number, wide: boolean) => (wide ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n));
const number = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 99 })).map(([n, wide, decimal, frac]) =>
  digits(n, wide) + (decimal ? `${wide ? "．" : "."}${digits(frac, wide)}` : ""),
);
const chineseNumber = fc.constantFrom("三", "十二", "二十五", "一百", "四亿五千六百四十二万零一十五", "两千", "八千万", "三点五", "〇点七", "半", "數十", "萬", "幾");

export const name = fc.tuple(pick(SURNAMES), words(1, 2)).map(([s, g]) => s + g);

/** `9月28日`, `２０２２年９月２８日`, `昨日`, `28日上午`. */
export const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.boolean()).map(([m, d, wide]) => `${digits(m, wide)}月${digits(d, wide)}日`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.constantFrom("昨日", "今天", "近日", "日前", "28日上午", "本月"),
);

/** `株洲日报讯(全媒体记者/X 通讯员/Y) `, `新华社北京9月28日电(记者 X)`. */
export const dateline = fc.oneof(
  fc.tuple(name, fc.option(name)).map(([a, b]) => `株洲日报讯(全媒体记者/${a}${b === null ? "" : ` 通讯员/${b}`}) `),
  fc.tuple(words(2, 3), date, name).map(([place, d, n]) => `新华社${place}${d}电(记者 ${n})`),
  fc.constantFrom("本报讯 ", "本報訊　", "株洲日报讯（记者 王建国）", "（全媒体记者/ 通讯员/）", "讯()"),
);

const unit = fc.constantFrom("亿元", "万元", "元", "美元", "亩", "平方米", "公顷", "%", "个百分点", "万千瓦", "千瓦时", "吨", "万吨", "公里", "米", "立方米", "人", "万人次", "个", "年", "天", "億元", "萬畝", "倍");
const subject = fc.constantFrom("总投资", "占地", "年产值", "营业收入", "同比增长", "下降", "约", "超过", "不足", "达", "共", "总面积", "");

/** `总投资约80亿元`, `3至5亿元`, `增长12.5%`, `2×100万千瓦`. */
export const figure = fc.oneof(
  fc.tuple(subject, fc.oneof(number, chineseNumber), unit).map(([s, n, u]) => `${s}${n}${u}`),
  fc.tuple(number, number, unit).map(([a, b, u]) => `${a}${["至", "-", "~", "—", "到"][a.length % 5]}${b}${u}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), number, unit).map(([k, n, u]) => `${k}×${n}${u}`),
);

const punct = fc.constantFrom("，", "。", "、", "；", "：", ",", ".", "！", "？", "“", "”", "（", "）", "…", "——", " ", "\u3000");

/** Arbitrary Unicode, some of it ill-formed: lone surrogates, controls, astral characters. */
const noise = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ unit: "binary", maxLength: 4 }),
  fc.constantFrom("\ud800", "\udc00", "😀", "𠀀", "\u0000", "\u0007", "\u001b[0m", "\u2028", "\u200b", "\ufeff", "\ufffd", "\u00a0", "\t"),
);

const sentencePiece = fc.oneof(
  { weight: 6, arbitrary: words(2, 12) },
  { weight: 3, arbitrary: figure },
  { weight: 2, arbitrary: date },
  { weight: 2, arbitrary: punct },
  { weight: 1, arbitrary: name },
  { weight: 1, arbitrary: number },
  { weight: 1, arbitrary: noise },
);

export const sentence = fc.array(sentencePiece, { minLength: 1, maxLength: 12 }).map((p) => `${p.join("")}${"。"}`);
const paragraph = fc.tuple(fc.constantFrom("", "", "　　", "  "), fc.option(dateline, { freq: 4 }), fc.array(sentence, { minLength: 1, maxLength: 5 })).map(
  ([indent, d, s]) => `${indent}${d ?? ""}${s.join("")}`,
);
const byline = fc.oneof(
  fc.tuple(name, name).map(([a, b]) => `记者 ${a} 通讯员 ${b}`),
  name.map((n) => `${n} 摄`),
  fc.tuple(name, name).map(([a, b]) => `株洲日报全媒体记者/${a}\n通讯员/${b}`),
  name.map((n) => `（${n}）`),
);
const staff = fc.tuple(name, name, name, fc.integer({ min: 1, max: 99999999 })).map(
  ([a, b, c, n]) => `${n} 责任编辑:${a} 美术编辑:${b} 校对:${c}`,
);
const headline = fc.tuple(words(3, 18), fc.option(words(2, 6)), fc.option(fc.constantFrom(" ", "——", "　"))).map(([t, k, sep]) =>
  k === null ? t : `${k}${sep ?? "\n"}${t}`,
);

const block = fc.oneof(
  { weight: 2, arbitrary: headline },
  { weight: 1, arbitrary: byline },
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: staff },
  { weight: 1, arbitrary: fc.constantFrom("同城·新媒", "要闻", "第3版", "（下转第2版）", "■", "图为项目现场。") },
  { weight: 1, arbitrary: words(2, 8) },
  { weight: 1, arbitrary: noise },
);

/** Line and page breaks: CR, CRLF, LF, blank-line runs, a break in the middle of a paragraph. */
const lineBreak = fc.constantFrom("\n", "\n", "\n\n", "\n\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\u3000\n");

/** A newspaper-like page. */
export const newspaperPage = fc.tuple(fc.array(fc.tuple(block, lineBreak), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 })).map(([blocks, cuts]) => {
  let text = blocks.map(([b, br]) => b + br).join("");
  // Column breaks cut paragraphs anywhere (even inside a surrogate pair: ill-formed text must be survived too).
  for (const c of cuts) {
    const at = c % (text.length + 1);
    text = `${text.slice(0, at)}\n\n${text.slice(at)}`;
  }
  return text;
});

/** Any string at all. */
export const anyText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary", maxLength: 300 }), fc.string({ maxLength: 300 }));
