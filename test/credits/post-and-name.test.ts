/**
 * A line of a list of people by post (`副主任　李　明`): the post, a space and
 * a likely name; anything else that splits at a space is not one.
 */
import { describe, expect, it } from "vitest";
import { isPostAndName } from "../../src/recognise/credits/index.js";

describe("isPostAndName", () => {
  it.each([
    ["主任　王志刚", true],
    ["副主任　李　明", true],
    ["秘书长　赵国强", true],
    ["委员 张伟", true],
    ["主　席　周建华", true], // a two-character post padded to the list's width
    ["委　员　张　伟", true],
    ["春　光　明媚", false], // 明媚 is no name
    ["市委常委、副市长　刘红梅", false], // 、 is no Han character: a post with a list in it is not read
    ["百名专家　齐聚", false], // a post that counts a group
    ["聚焦审批 提速", false], // 提速 is no name
    ["服务企业 精准发力", false], // four characters after the space
    ["主任王志刚", false], // no space
    ["主任　王志刚　李明", false], // two names
    ["全市律师　齐聚一堂", false],
    ["2024 我们一起走过", false],
  ])("%s → %s", (line, expected) => {
    expect(isPostAndName(line)).toBe(expected);
  });
});
