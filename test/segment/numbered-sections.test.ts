/**
 * Numbered headings under a sentence ending on a colon (`现将有关事项公告如下：`):
 * a heading over lines of its own section (a table's rows, a line of text)
 * heads it, as the headings of its series below do; a run of numbered items
 * with nothing else between them is a list, the text of its paragraph. Each
 * page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-04-01" }).records);

describe("numbered headings of one series", () => {
  it("the first heading over a table's rows is a subhead like the ones after it", () => {
    const [a, ...rest] = run([
      "青禾县2025年公开选调教师公告",
      "　　为优化教师队伍结构，决定面向全县选调教师18名。现将有关事项公告如下：",
      "　　一、选调学校及人数",
      "学校名称　　　学科　　人数",
      "青禾县第一中学　数学　　4",
      "青禾县第二中学　英语　　3",
      "　　二、选调对象",
      "　　全县在编在岗的中小学教师，年龄在40周岁以下。",
      "　　三、选调程序",
      "　　选调工作按照报名、资格审查、考核、公示的程序进行。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual(["一、选调学校及人数", "二、选调对象", "三、选调程序"]);
    expect(a!.paragraphs).toHaveLength(6);
  });

  it("a run of numbered items only is the list a colon introduces", () => {
    const [a, ...rest] = run([
      "青禾县城区部分路段临时交通管制",
      "　　因道路施工需要，4月5日起实行临时交通管制。管制路段如下：",
      "　　一、人民路东段",
      "　　二、建设路北段",
      "　　三、滨江路全段",
      "　　请过往车辆提前绕行。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual([]);
    expect(a!.paragraphs).toHaveLength(5);
  });

  it("items that open on a count word (一是…) are no numbered headings", () => {
    const [a, ...rest] = run([
      "青禾县推进老旧小区改造",
      "　　今年以来，县里老旧小区改造进展顺利。主要做法有：",
      "　　一是统筹资金保障",
      "　　二是坚持居民自治",
      "　　三是强化质量监督",
      "　　目前，全县已完成改造小区12个。",
    ]);
    expect(rest).toEqual([]);
    expect(a!.subheads).toEqual([]);
  });
});
