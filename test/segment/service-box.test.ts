/**
 * A service box under a report (`■警方提醒`, `提醒`, `【公众参与】`, `温馨提醒`):
 * a label naming a kind of box, with its text under it, after the report's
 * last paragraph, is an article of its own titled by the label (without its
 * bullet or brackets), not a subhead of the report. Each page is invented;
 * negatives are a report's own 小标题 series, an expert's warning (a stock
 * section of the report) and body sentences that say 提醒.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-03-18" }).records);

const report = ["冒充客服骗走养老钱", "", "晚报讯（记者 林可欣）近日，家住城北的周阿姨接到自称快递客服的电话，被骗走积蓄12.4万元。", ""];
const boxText = "凡是自称客服要求共享屏幕、转账验证的，一律是诈骗。";

describe("a service box under a report", () => {
  it.each(["■警方提醒", "■ 警方提醒", "提醒", "■提醒", "【公众参与】", "温馨提醒", "【消费提醒】"])("%s opens a box of its own", (label) => {
    const got = run([...report, label, boxText]);
    expect(got).toHaveLength(2);
    expect(got[0]!.subheads).toEqual([]);
    expect(got[0]!.paragraphs).toEqual([report[2]!.slice(report[2]!.indexOf("）") + 1)]);
    expect(got[1]!.headline.title).toBe(label.replace(/^■\s*/, "").replace(/^【(.*)】$/, "$1"));
    expect(got[1]!.paragraphs).toEqual([boxText]);
  });

  it("a box's figure is the box's, not the report's", () => {
    const got = run([...report, "【公众参与】", "发现电信诈骗线索，可拨打举报电话，经查证属实的最高奖励2000元。"]);
    expect(got).toHaveLength(2);
    expect(got[0]!.figures.map((f) => f.text).join("|")).not.toContain("2000");
    expect(got[1]!.figures.map((f) => f.text).join("|")).toContain("2000");
  });
});

describe("not a service box", () => {
  it("a report's own bulleted 小标题 series stays its subheads", () => {
    const got = run([
      ...report,
      "■追踪",
      "民警调取转账记录后发现，资金已被分散转入多个账户。",
      "",
      "■专家提醒",
      "反诈中心工作人员表示，老年人是此类骗局的主要目标。",
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]!.subheads).toEqual(["■追踪", "■专家提醒"]);
    expect(got[0]!.paragraphs).toHaveLength(3);
  });

  it.each(["警方提醒市民，切勿向陌生账户转账。", "民警提醒：接到此类电话请立即挂断。", "提醒大家注意防范，谨防上当。"])("%s stays in the report", (line) => {
    const got = run([...report, line]);
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs).toHaveLength(2);
  });
});
