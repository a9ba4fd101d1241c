/**
 * Credits and genre of a SogouCS document (its title from `<contenttitle>`)
 * read as a printed page's are: a bare signature opening the content signs an
 * opinion piece; a credit for the text and the pictures (`文/图`) over a
 * report of several paragraphs is news, over one short caption photo news;
 * a desk credit run on at the end of the last paragraph, with a padded name
 * (`(责任编辑：李　明)`), is cut off and credits the editor.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
/** One SogouCS document. The corpus marks a paragraph break with U+E40C and an indent (`BREAK`), or runs paragraphs together after a sentence end with the indent alone. */
const sogou = (title: string, content: string) =>
  `<doc>\n<url>http://example.com/a.shtml</url>\n<docno>d1</docno>\n<contenttitle>${title}</contenttitle>\n<content>${content}</content>\n</doc>\n`;
const runSogou = (title: string, content: string) => articles(extract(sogou(title, content), { format: "sogou", issueDate: "2013-04-10" }).records);
const runPage = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2013-04-10" }).records);

const BREAK = "\ue40c　　";
const OPINION = ["近来，一些小区的快递柜开始按时收费，引来不少议论。", "便民设施收费本无可厚非，关键是收费要公开透明，给居民留出选择的余地。"];
const REPORT = [
  "4月9日上午，城北新区的樱花大道游人如织，两千多株樱花进入盛花期。",
  "“每年这个时候都要来拍一拍。”市民周先生举着相机说，今年的花比往年开得早。",
  "据园林部门介绍，赏花期将持续到本月中旬，周末将增派管理人员。",
];

describe("a SogouCS document's credits and genre", () => {
  it("a bare signature opening the content signs an opinion piece, as under a printed headline", () => {
    const [doc] = runSogou("快递柜收费要讲规矩", `□ 孟　秋${BREAK}${OPINION.join("　　")}`);
    const [page] = runPage(["快递柜收费要讲规矩", "□ 孟　秋", ...OPINION.map((p) => `　　${p}`)]);
    for (const a of [doc!, page!]) {
      expect(a.genre).toBe("commentary");
      expect(a.bylines).toEqual([{ name: "孟秋", role: "author", label: null, photo: false }]);
      expect(a.paragraphs).toEqual(OPINION);
    }
  });

  it("a reporter's credit opening the content signs no opinion: the report stays news", () => {
    const [a] = runSogou("快递柜收费引热议", `本报记者 孟　秋${BREAK}${OPINION.join("　　")}`);
    expect(a!.genre).toBe("news");
    expect(a!.bylines).toEqual([{ name: "孟秋", role: "reporter", label: "本报记者", photo: false }]);
  });

  it("a credit for the text and the pictures over a report of three paragraphs is news", () => {
    const [a] = runSogou("城北樱花进入盛花期", `本报记者 韩　露 文/图${BREAK}${REPORT.join("　　")}`);
    expect(a!.genre).toBe("news");
    expect(a!.bylines).toEqual([{ name: "韩露", role: "reporter", label: "本报记者", photo: true }]);
    expect(a!.paragraphs).toEqual(REPORT);
  });

  it.each([
    ["文/图", "本报记者 韩　露 文/图"],
    ["文/摄", "本报记者 韩　露 文/摄"],
  ])("a %s credit under one short caption on a page is photo news", (_marker, credit) => {
    const [a] = runPage(["樱花盛开", credit, "", "4月9日，市民在城北新区的樱花大道赏花拍照。"]);
    expect(a!.genre).toBe("photo");
    expect(a!.bylines).toEqual([{ name: "韩露", role: "reporter", label: "本报记者", photo: true }]);
  });

  it("a desk credit with a padded name, run on at the end of the last paragraph, is cut off and credits the editor", () => {
    const [a] = runSogou("城北新区新增三条公交线路", "　　本报讯（记者 韩　露）记者9日从市交通局获悉，城北新区新增三条公交线路。　　新线路全长四十六公里。(责任编辑：许　辛)");
    expect(a!.paragraphs).toEqual(["记者9日从市交通局获悉，城北新区新增三条公交线路。", "新线路全长四十六公里。"]);
    expect(a!.bylines).toEqual([
      { name: "韩露", role: "reporter", label: "记者", photo: false },
      { name: "许辛", role: "editor", label: "责任编辑", photo: false },
    ]);
  });
});
