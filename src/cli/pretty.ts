/**
 * The `pretty` output: a short human summary of each record, coloured with
 * chalk where the caller allows it. Never used for JSON output.
 */
import type { ChalkInstance } from "chalk";
import type { NewsRecord } from "../schema.js";
import { groupedNumber } from "./highlight.js";

export function formatPretty(record: NewsRecord, chalk: ChalkInstance): string {
  const lines: string[] = [];
  const where = chalk.dim(`${record.id}  lines ${record.source.lineStart}–${record.source.lineEnd}`);
  if (record.type === "page") {
    lines.push(`${chalk.dim("── page furniture")} ${where}`);
    if (record.section) lines.push(`  section  ${record.section}`);
    for (const s of record.staff) lines.push(`  ${s.role.padEnd(12)} ${s.name}`);
    return `${lines.join("\n")}\n\n`;
  }
  const h = record.headline;
  lines.push(`${chalk.bold.cyan("■")} ${chalk.bold(h.title ?? "(continued from an earlier page)")}  ${chalk.magenta(record.genre)}  ${where}`);
  if (h.kicker) lines.push(`  kicker   ${h.kicker}`);
  if (h.subtitle) lines.push(`  subtitle ${h.subtitle}`);
  if (record.dateline) lines.push(`  dateline ${record.dateline.text}${record.dateline.date ? ` (${record.dateline.date})` : ""}`);
  if (record.date) lines.push(`  date     ${record.date}`);
  if (record.bylines.length > 0) {
    const credits = record.bylines.map((b) => `${b.name} ${chalk.dim(`${b.role}${b.photo ? ", photo" : ""}`)}`);
    lines.push(`  bylines  ${credits.join(" · ")}`);
  }
  for (const s of record.subheads) lines.push(`  subhead  ${chalk.underline(s)}`);
  lines.push(`  ${record.paragraphs.length} paragraph(s), ${record.paragraphs.reduce((n, p) => n + p.length, 0)} characters`);
  for (const f of record.figures) {
    const range = f.max !== null ? `–${groupedNumber(f.max)}` : "";
    const q = f.qualifier ? ` ${f.qualifier}` : "";
    const subject = f.subject ? chalk.dim(` · ${f.subject}`) : "";
    lines.push(`  ${chalk.green(f.kind.padEnd(8))} ${groupedNumber(f.value)}${range} ${f.unit}${q}${subject}  ${chalk.dim(f.text)}`);
  }
  return `${lines.join("\n")}\n\n`;
}
