import { describe, expect, it } from "vitest";
import { documentCurrency, traditionalShare } from "../../src/recognise/region.js";
import { normaliseString } from "../../src/normalise/normalise.js";

const currency = (text: string) => documentCurrency(text, normaliseString(text));

describe("documentCurrency", () => {
  it.each([
    ["项目总投资约80亿元,建成后年产值50亿元。", "CNY"],
    ["政府昨日公布新一輪紓困措施，本港涉及金額約300億元。", "HKD"],
    ["市區重建局表示，香港仍有大量舊樓等待重建，涉及約48億元。", "HKD"],
    ["台積電宣布在台南投資3000億元，中央社報導。", "TWD"],
    // Macau copy also writes 特區 and names Hong Kong: its own words decide.
    ["本澳特區政府昨日公布，氹仔新社區投資約40億元。", "MOP"],
    ["澳門旅遊局表示，本澳上月接待旅客較香港為多。", "MOP"],
    // Traditional without any regional word: no guess beyond the default.
    ["這個項目總投資約80億元。", "CNY"],
    // Simplified text that mentions Hong Kong is still mainland copy.
    ["香港特区政府宣布投资50亿元。", "CNY"],
    // Singapore and Malaysian copy is Simplified: their own words decide, where no word of
    // mainland government copy outnumbers them.
    ["建屋发展局昨天宣布，新加坡明年推出的组屋售价约138万8000元。", "SGD"],
    ["狮城房价上涨，本地一套组屋售价80万元。", "SGD"],
    ["马来西亚政府宣布，柔佛新建住房的价格为50万元。", "MYR"],
    ["大马首相表示，柔佛将获拨款30亿令吉。", "MYR"],
    ["據新加坡建屋發展局公布，組屋轉售價格上漲。", "SGD"],
    // One mention is not a page from there; nor is a mainland page about them.
    ["新加坡企业在我市投资5亿元。", "CNY"],
    ["省委书记会见新加坡客人，双方在新加坡和我省的合作项目投资5亿元。", "CNY"],
    ["叙利亚首都大马士革，大马士革重建。", "CNY"],
    // A mainland report that names the country and its money: 元 stays renminbi.
    ["合作社纯收入超过120万元。合作社与新加坡一家公司签约，合同金额为18万新元。户均增收约2万元。", "CNY"],
    ["一箱猫山王榴莲在马来西亚当地售价约300令吉，国内电商平台售价约1200元。", "CNY"],
    // A Hong Kong page that names Singapore twice is still a Hong Kong page.
    ["香港特區政府與新加坡簽約，本港立法會通過，新加坡代表出席，港府撥款。", "HKD"],
  ])("%s → %s", (text, expected) => {
    expect(currency(text)).toBe(expected);
  });

  it("measures the share of Traditional characters", () => {
    expect(traditionalShare("萬億", normaliseString("萬億"))).toBe(1);
    expect(traditionalShare("万亿", normaliseString("万亿"))).toBe(0);
    expect(traditionalShare("2022", "2022")).toBe(0);
  });
});
