import { describe, expect, it } from "vitest";
import { documentCues, type Cues } from "../../src/segment/cues.js";
import { creditCues } from "../../src/recognise/cues.js";

/** `creditCues`, counting how often each cue is computed. */
function counting(): { cues: Cues; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = (name: string): void => void calls.set(name, (calls.get(name) ?? 0) + 1);
  const cues: Cues = {
    ...creditCues,
    creditLine: (line, norm) => (count("creditLine"), creditCues.creditLine(line, norm)),
    staffLine: (line) => (count("staffLine"), creditCues.staffLine(line)),
    lead: (paragraph, issueDate, norm) => (count("lead"), creditCues.lead(paragraph, issueDate, norm)),
  };
  return { cues, calls };
}

describe("documentCues", () => {
  const lines = [
    "株洲日报全媒体记者/邹怡敏",
    "22206803 责任编辑:刘琪琪 美术编辑:许 辛 校对:张 武",
    "株洲日报讯(全媒体记者/言静) 9月28日,项目开工。",
    "渌口区：“三个聚焦”抓项目",
  ];

  it("answers as the cues it keeps answers for", () => {
    const kept = documentCues(creditCues);
    for (const line of lines) {
      expect(kept.creditLine(line)).toEqual(creditCues.creditLine(line));
      expect(kept.staffLine(line)).toEqual(creditCues.staffLine(line));
      expect(kept.lead(line, "2022-09-29")).toEqual(creditCues.lead(line, "2022-09-29"));
    }
  });

  it("computes each answer once per text, null answers too", () => {
    const { cues, calls } = counting();
    const kept = documentCues(cues);
    for (let round = 0; round < 3; round++) {
      for (const line of lines) {
        kept.creditLine(line);
        kept.staffLine(line);
        kept.lead(line, "2022-09-29");
      }
    }
    expect(Object.fromEntries(calls)).toEqual({ creditLine: 4, staffLine: 4, lead: 4 });
  });

  it("reads a lead again for another issue date", () => {
    const { cues, calls } = counting();
    const kept = documentCues(cues);
    const lead = "新华社北京9月28日电（记者张三）";
    expect(kept.lead(lead, "2022-09-29")?.dateline?.date).toBe("2022-09-28");
    expect(kept.lead(lead)?.dateline?.date).toBe("--09-28");
    expect(calls.get("lead")).toBe(2);
  });

  it("keeps nothing between documents", () => {
    const { cues, calls } = counting();
    documentCues(cues).creditLine(lines[0]!);
    documentCues(cues).creditLine(lines[0]!);
    expect(calls.get("creditLine")).toBe(2);
  });
});
