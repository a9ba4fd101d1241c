/**
 * A small page shared by the CLI tests, whose figures are known by reading
 * it: 约80亿元 = 8,000,000,000 CNY about; 120亩; 超过30亿元 over; 5亿元;
 * 30.5亩; 2至3个月 a range; 不足500人 under. Money adds up to 115亿元 =
 * 11,500,000,000 CNY, area to 150.5 mu. The headline holds an ASCII comma
 * and double quotes, which CSV must quote.
 */
import { join } from "node:path";

export const SEED = join(import.meta.dirname, "../../seeds/000_7cd392f51c3f8d00.txt");

export const SAMPLE_PAGE = [
  "渌口新区,\"智造\"项目开工",
  "",
  "本报记者 王建国",
  "",
  "本报讯 9月28日,渌口区一项目开工。该项目总投资约80亿元,占地120亩,建成后年产值超过30亿元。",
  "",
  "二期投资5亿元,占地30.5亩,工期2至3个月,就业人数不足500人。",
  "",
].join("\n");

/**
 * A page that gives a note with -v: on a page of unsigned articles, a heading
 * with no byline, dateline or echo under it is taken for a new article, and
 * said to be uncertain (line 5).
 */
export const NOTED_PAGE = ["老旧小区改造提速", "", "全市已有三十个小区完成改造。", "", "居民生活更舒心", "", "改造后的小区环境整洁,设施齐全。", ""].join("\n");
