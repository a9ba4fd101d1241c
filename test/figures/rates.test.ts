/**
 * 每 and a verb before a round amount (每烘干一吨稻谷, 每行驶100公里): the amount is what a rate
 * is given for, not a quantity the text states. Only which figures come out is checked here (kind,
 * value, unit): the words before the rate's own amount are the subject finder's business, and the
 * full records of such sentences are in fixtures/figures/mass-length-volume.json.
 */
import { describe, expect, it } from "vitest";
import { parseFigures, traceFigures } from "../../src/recognise/figures/index.js";

const table: Array<[input: string, figures: Array<[kind: string, value: number, unit: string]>]> = [
  // the round amount after 每 and a verb goes; the rate's own amount stays
  ["农户每烘干一吨稻谷可减少损失约120元。", [["money", 120, "CNY"]]],
  ["汽车每行驶100公里耗油8升。", [["volume", 0.008, "m3"]]],
  ["每发1千瓦时电可获补贴0.42元。", [["money", 0.42, "CNY"]]],
  ["每处理1万吨污水，需投入药剂3吨。", [["mass", 3, "t"]]],
  // 每 right before the amount: the rule of 每500克 (unchanged)
  ["猪肉每500克17.8元。", [["money", 17.8, "CNY"]]],
  // a measure or a time after 每: the amount per each is a quantity
  ["每亩施肥25千克，增产100公斤。", [["mass", 25, "kg"], ["mass", 100, "kg"]]],
  ["每年减排1万吨。", [["mass", 10000, "t"]]],
  ["每天处理1000吨垃圾，发电40万千瓦时。", [["mass", 1000, "t"], ["energy", 400000, "kWh"]]],
  // no amount after it in the sentence: what each one takes, a quantity
  ["每车装1吨。", [["mass", 1, "t"]]],
  ["每车装1吨。全年运输3000吨。", [["mass", 1, "t"], ["mass", 3000, "t"]]],
  // not a round amount: a quantity (每 and a noun used as a measure: 每车, 每船)
  ["每船运5000吨，全年运输50万吨。", [["mass", 5000, "t"], ["mass", 500000, "t"]]],
  // a verb of three characters is past the reach: read as before
  ["每新建成1公里道路，补助50万元。", [["length", 1, "km"], ["money", 500000, "CNY"]]],
];

describe("每 and a verb before a round amount", () => {
  it.each(table)("%s", (input, expected) => {
    const found = parseFigures(input).map((f) => [f.kind, f.value, f.unit]);
    expect(found, `trace:\n  ${traceFigures(input).join("\n  ")}`).toEqual(expected);
  });
});

/**
 * 一 and a measure opening a clause, with the rate's own amount after it (一亩地能多收入1500多元):
 * the measure is what the rate is given for, as after 每; an area or a mass inside a clause is stated.
 */
const perOne: Array<[input: string, figures: Array<[kind: string, value: number, unit: string]>]> = [
  ["一亩地能多收入1500多元。", [["money", 1500, "CNY"]]],
  ["按现在的行情，一亩纯收入能有600多元。", [["money", 600, "CNY"]]],
  ["一公顷能增产300公斤。", [["mass", 300, "kg"]]],
  ["“稻田里养鱼，一亩地能多收入1500多元。”", [["money", 1500, "CNY"]]],
  ["一吨水泥涨了50元。", [["money", 50, "CNY"]]],
  // inside the clause, or with no amount after it: a stated measure
  ["种植面积一亩。", [["area", 1, "mu"]]],
  ["他家仅有一亩地。", [["area", 1, "mu"]]],
  ["合作社流转土地一亩，年租金800元。", [["area", 1, "mu"], ["money", 800, "CNY"]]],
  ["一亩地种上了一些茶树。", [["area", 1, "mu"]]],
  // not 一: an amount
  ["两亩地能多收入3000元。", [["area", 2, "mu"], ["money", 3000, "CNY"]]],
];

describe("一 and a measure opening a clause before the rate's amount", () => {
  it.each(perOne)("%s", (input, expected) => {
    const found = parseFigures(input).map((f) => [f.kind, f.value, f.unit]);
    expect(found, `trace:\n  ${traceFigures(input).join("\n  ")}`).toEqual(expected);
  });
});

/**
 * A slash between a power and an energy is a storage plant's pair, two figures; a mass per an area
 * and a mass, volume or energy per a period state their amount; a price per an amount of a measure
 * is the price; other slashes make rates.
 */
const slashes: Array<[input: string, figures: Array<[kind: string, value: number, unit: string]>]> = [
  ["储能规模合计2800兆瓦/5600兆瓦时。", [["power", 2800000, "kW"], ["energy", 5600000, "kWh"]]],
  ["规模为100MW/200MWh。", [["power", 100000, "kW"], ["energy", 200000, "kWh"]]],
  ["建设5万千瓦/10万千瓦时储能电站。", [["power", 50000, "kW"], ["energy", 100000, "kWh"]]],
  ["价格为3000元/吨。", [["money", 3000, "CNY"]]],
  ["售价120元/平方米。", [["money", 120, "CNY"]]],
  ["时速120公里/小时。", []],
  ["检测值为128毫克/100毫升。", []],
  ["亩均施肥15千克/亩。", [["mass", 15, "kg"]]],
  ["亩产1200斤/亩。", [["mass", 600, "kg"]]],
  ["年产能100万吨/年。", [["mass", 1000000, "t"]]],
  ["日供水20万立方米/日。", [["volume", 200000, "m3"]]],
  ["鸡蛋4.2元/500g，菠菜6元/500克。", [["money", 4.2, "CNY"], ["money", 6, "CNY"]]],
  ["排放浓度低于35毫克/立方米。", []],
  ["河水流量为1200立方米/秒。", []],
  ["耗电量为20千瓦时/100公里。", []],
];

describe("a slash between two quantities", () => {
  it.each(slashes)("%s", (input, expected) => {
    const found = parseFigures(input).map((f) => [f.kind, f.value, f.unit]);
    expect(found, `trace:\n  ${traceFigures(input).join("\n  ")}`).toEqual(expected);
  });
});
