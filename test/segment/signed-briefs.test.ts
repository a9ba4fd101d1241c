/**
 * A column of bulleted briefs each closed by its writer's bracketed name
 * (`短讯` / `●…。（周　涛）` / `●…。（陈　曦）`): every item's signature signs
 * the column, not only the first, and the bullet that marks where a signed
 * brief starts is no text, filled or hollow (`●`, `■`, `▲`, `△`, `◇`, `☆`, `▶`).
 * Unsigned bullets, and a bracketed word closing an
 * item of a report that a credit signs already, stay as they were.
 * Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-06-20" }).records);
const names = (a: ArticleRecord | undefined) => a?.bylines.map((b) => `${b.name}/${b.role}`);

describe("a column of signed bulleted briefs", () => {
  it.each([
    ["●", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["■ ", "(许亮)", "(孙悦)", "(郑小川)"],
    ["▲", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["◆", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["△", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["◇ ", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["▶", "（许　亮）", "（孙　悦）", "（郑小川）"],
    ["►", "(许亮)", "(孙悦)", "(郑小川)"],
    ["☆", "（许　亮）", "（孙　悦）", "（郑小川）"],
  ])("items opening %s each signed: every signer credited, no bullet or signature in the text", (bullet, s1, s2, s3) => {
    const [a, ...rest] = run([
      "简讯",
      `　　${bullet}6月18日，城北街道举办夏季消防演练，300余名居民参加。${s1}`,
      `　　${bullet}近日，桂花村新建的冷库投入使用，可储存果蔬500吨。${s2}`,
      `　　${bullet}截至6月中旬，全区新增城镇就业2100人。${s3}`,
    ]);
    expect(rest).toEqual([]);
    expect(names(a)).toEqual(["许亮/author", "孙悦/author", "郑小川/author"]);
    expect(a!.paragraphs).toEqual([
      "6月18日，城北街道举办夏季消防演练，300余名居民参加。",
      "近日，桂花村新建的冷库投入使用，可储存果蔬500吨。",
      "截至6月中旬，全区新增城镇就业2100人。",
    ]);
  });

  it.each(["●", "▲", "■", "◆", "△"])("unsigned items opening %s keep their bullets", (bullet) => {
    const [a] = run(["公司简讯", `${bullet}甲乙股份公告，公司中标一项输电工程。`, `${bullet}丙丁科技公告，公司拟回购股份。`]);
    expect(a!.bylines).toEqual([]);
    expect(a!.paragraphs).toEqual([`${bullet}甲乙股份公告，公司中标一项输电工程。`, `${bullet}丙丁科技公告，公司拟回购股份。`]);
  });

  it("a bracketed word closing a listed item of a report its reporter signed stays in the text", () => {
    const [a] = run([
      "夏粮收购有序推进",
      "　　本报讯（记者 王芳）全省夏粮收购有序推进。各地收购点如下：",
      "　　●城东粮站开秤收购。（武汉）",
      "　　●城西粮站开秤收购。（周一）",
    ]);
    expect(names(a)).toEqual(["王芳/reporter"]);
    expect(a!.paragraphs.slice(1)).toEqual(["●城东粮站开秤收购。（武汉）", "●城西粮站开秤收购。（周一）"]);
  });
});
