/**
 * Headings of runs of listed items at one level (a classifieds page:
 * `房屋租售` / `▲…` / `▲…` / `店铺转让` / `▲…`) are handled alike: each opens
 * an article, though their words echo one another. Negatives: a heading over
 * bulleted items inside an article whose text opens in sentences stays a
 * subhead. Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2024-05-01" }).records);

describe("headings of runs of listed items", () => {
  it("each opens an article, in order", () => {
    const got = run([
      "房屋出租",
      "",
      "▲江滨路临街店面出租，面积80平方米，租金每月6000元。电话：13812345678",
      "",
      "▲城南花园住宅出租，两室一厅，租金每月2200元。电话：13987654321",
      "",
      "店面转租",
      "",
      "▲解放路奶茶店转租，面积40平方米，转让费3万元。电话：13711112222",
      "",
      "车辆转让",
      "",
      "▲九成新面包车转让，行驶3万公里，售价4万元。电话：13600001111",
    ]);
    expect(got.map((a) => a.headline.title)).toEqual(["房屋出租", "店面转租", "车辆转让"]);
    expect(got.map((a) => a.paragraphs.length)).toEqual([2, 1, 1]);
    expect(got.every((a) => a.subheads.length === 0)).toBe(true);
  });

  it("under an article whose text opens in sentences, a heading over bulleted items stays a subhead", () => {
    const got = run([
      "城南花园物业服务提示",
      "",
      "近期天气转热，小区物业服务中心提醒业主注意用电安全，共同维护小区环境。",
      "",
      "用电安全",
      "",
      "▲电动车请到指定充电桩充电，严禁飞线充电。",
      "",
      "▲空调外机请定期检修，防止滴水扰邻。",
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual(["用电安全"]);
  });
});
