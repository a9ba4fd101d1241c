/**
 * The lead of an article on small pages written for each case: a line that
 * is all lead (its body on the lines below), a credit set off by spaces
 * after the dateline, a wire's closing desk credit, and the event date.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const read = (lines: string[], issueDate?: string) =>
  articles(extract(lines.join("\n"), issueDate === undefined ? {} : { issueDate }).records);
const reporter = (name: string, label: string) => ({ name, role: "reporter", label, photo: false });

describe("lead lines", () => {
  it("a Xinhua feature: dateline with the title restated, the reporters on the next line, then the body", () => {
    const page = [
      "草原上的新课堂",
      "",
      "　　新华社呼和浩特6月2日电　题：草原上的新课堂",
      "　　新华社记者　赵刚　钱丽",
      "　　清晨，牧区学校的孩子们骑马赶来上课。",
      "　　校长说，今年新建了两间教室。",
    ];
    const list = read(page, "2023-06-03");
    expect(list).toHaveLength(1);
    const [a] = list;
    expect(a!.headline.title).toBe("草原上的新课堂");
    expect(a!.dateline).toEqual({ text: "新华社呼和浩特6月2日电", agency: "新华社", place: "呼和浩特", date: "2023-06-02" });
    expect(a!.bylines).toEqual([reporter("赵刚", "新华社记者"), reporter("钱丽", "新华社记者")]);
    expect(a!.paragraphs).toEqual(["清晨，牧区学校的孩子们骑马赶来上课。", "校长说，今年新建了两间教室。"]);
  });

  it("a dateline and its credit alone on a line open the article below the headline", () => {
    const page = ["社区食堂开张", "", "　　本报讯（记者 孙伟）", "　　城南社区的老年食堂昨天开张，首日接待老人两百余人次。"];
    const [a, ...rest] = read(page);
    expect(rest).toEqual([]);
    expect(a!.headline.title).toBe("社区食堂开张");
    expect(a!.dateline?.text).toBe("本报讯");
    expect(a!.bylines).toEqual([reporter("孙伟", "记者")]);
    expect(a!.paragraphs).toEqual(["城南社区的老年食堂昨天开张，首日接待老人两百余人次。"]);
  });

  it("an undated outlet-like line with nothing after it stays a headline", () => {
    const page = ["中国网友来电", "", "　　不少读者打来电话，反映小区停车难。"];
    const [a] = read(page);
    expect(a!.headline.title).toBe("中国网友来电");
    expect(a!.dateline).toBeNull();
  });

  it("a credit set off by spaces after the dateline is read, and the body starts after it", () => {
    const page = ["夜市重新开张", "", "　　本报讯 记者 张三 通讯员 李四 昨天，城北夜市重新开张。"];
    const [a] = read(page, "2023-09-29");
    expect(a!.bylines.map((b) => [b.name, b.role])).toEqual([
      ["张三", "reporter"],
      ["李四", "correspondent"],
    ]);
    expect(a!.paragraphs).toEqual(["昨天，城北夜市重新开张。"]);
    expect(a!.date).toBe("2023-09-28");
  });

  it("a wire's desk credit and date code are cut off the last paragraph", () => {
    const page = ["央行維持利率不變", "", "（中央社記者張三台北28日電）中央銀行今天決議維持利率不變。", "總裁表示，將持續關注物價走勢。（譯者：李四/核稿：王五）1120928"];
    const [a] = read(page, "2023-09-29");
    expect(a!.dateline?.date).toBe("2023-09-28");
    expect(a!.paragraphs.at(-1)).toBe("總裁表示，將持續關注物價走勢。");
    expect(a!.bylines.map((b) => [b.name, b.role, b.label])).toEqual([
      ["張三", "reporter", "中央社記者"],
      ["李四", "editor", "譯者"],
      ["王五", "editor", "核稿"],
    ]);
  });

  it("a relative word in quoted speech does not date the event", () => {
    const page = ["手续办得真快", "", "　　本报讯 “今天在窗口就把手续办好了。”11月20日，市民刘先生说。"];
    const [a] = read(page, "2023-11-22");
    expect(a!.date).toBe("2023-11-20");
  });
});
