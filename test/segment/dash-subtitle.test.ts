/**
 * A headline stack closed by a subtitle that opens on a dash (`——…摘要`):
 * the dash line is the stack's last line, never a title, and the short
 * headings under it that recur in the text are the article's subheads.
 * Each page is invented.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ArticleRecord, NewsRecord } from "../../src/schema.js";

const articles = (records: NewsRecord[]) => records.filter((r): r is ArticleRecord => r.type === "article");
const run = (lines: string[]) => articles(extract(lines.join("\n"), { issueDate: "2025-01-20" }).records);

const HEAD = ["稳字当头　进中求新", "绘就高质量发展新画卷", "——县政府工作报告摘要"];
const HEADLINE = { kicker: "稳字当头　进中求新", title: "绘就高质量发展新画卷", subtitle: "——县政府工作报告摘要" };
const FIRST = "　　过去一年，全县地区生产总值达到612.4亿元，增长5.1%。";
const SECOND = "　　全县地区生产总值增长5%左右。";

describe("a headline closed by a dash subtitle", () => {
  it.each([
    ["indented headings, a blank line under the headline", ["", "　　过去一年工作回顾", FIRST, "　　今年发展目标", SECOND]],
    ["the first heading at the margin", ["", "过去一年工作回顾", FIRST, "　　今年发展目标", SECOND]],
    ["no blank line under the headline", ["　　过去一年工作回顾", FIRST, "　　今年发展目标", SECOND]],
  ])("%s: one article, the headings its subheads", (_, rest) => {
    const list = run([...HEAD, ...rest]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual(HEADLINE);
    expect(list[0]!.subheads).toEqual(["过去一年工作回顾", "今年发展目标"]);
    expect(list[0]!.paragraphs).toEqual([FIRST.trim(), SECOND.trim()]);
  });

  it("with no heading under it, the text is the article's", () => {
    const list = run([...HEAD, "", FIRST]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual(HEADLINE);
    expect(list[0]!.subheads).toEqual([]);
  });

  it("a heading under the dash subtitle with no other heading in the text is no subhead", () => {
    const list = run([...HEAD, "", "过去一年工作回顾", FIRST, "　　全县新增市场主体1.2万户。"]);
    expect(list.flatMap((a) => a.subheads)).toEqual([]);
    expect(list.some((a) => a.headline.title === "——县政府工作报告摘要")).toBe(false);
  });

  it("a heading under the dash subtitle over a dateline heads an article of its own", () => {
    const list = run([...HEAD, "", "代表热议报告", "　　本报讯（记者 孙立）1月19日，代表们分组审议报告。", "　　大家认为目标务实。"]);
    expect(list.flatMap((a) => a.subheads)).toEqual([]);
    expect(list.at(-1)!.headline).toEqual({ kicker: null, title: "代表热议报告", subtitle: null });
    expect(list.some((a) => a.headline.title === "——县政府工作报告摘要")).toBe(false);
  });
});

describe("a quoted title over a dash subtitle with 、 or a comma", () => {
  const STACK = ["守望山村四十年", "“只要村里还有一个病人，我就不走”", "——访全国优秀乡村医生、东坡村卫生室医生陈立新"];
  const STACKED = { kicker: "守望山村四十年", title: "“只要村里还有一个病人，我就不走”", subtitle: "——访全国优秀乡村医生、东坡村卫生室医生陈立新" };
  const TEXT = ["　　东坡村离镇上有二十多公里山路，村卫生室就设在村委会旁边。", "　　1984年，19岁的陈立新从卫校毕业，回到村里当了医生。"];

  it("over a credit and a portrait's caption: one article, the caption out of the body, its credit a source", () => {
    const list = run([...STACK, "", "本报记者　方小雨", "", "　　陈立新近照。　受访者供图", "", ...TEXT]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual(STACKED);
    expect(list[0]!.paragraphs).toEqual(TEXT.map((t) => t.trim()));
    expect(list[0]!.bylines).toEqual([
      { name: "方小雨", role: "reporter", label: "本报记者", photo: false },
      { name: "受访者", role: "source", label: null, photo: true },
    ]);
  });

  it("with no caption: the dash line is the subtitle, not glued to the title", () => {
    const list = run([...STACK, "", "本报记者　方小雨", "", ...TEXT]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual(STACKED);
  });

  it("a subtitle with a comma under a plain title", () => {
    const list = run(["河湾里的守护者", "——记市水文站站长，连续二十年坚守汛期的周海", "", ...TEXT]);
    expect(list).toHaveLength(1);
    expect(list[0]!.headline).toEqual({ kicker: null, title: "河湾里的守护者", subtitle: "——记市水文站站长，连续二十年坚守汛期的周海" });
  });
});
