/**
 * Delimited text for spreadsheets: CSV as RFC 4180 has it, and TSV.
 */

/** UTF-8 byte order mark, which tells spreadsheet programs the file is UTF-8. */
export const BOM = "\uFEFF";

/**
 * One CSV field: quoted when it holds a comma, a double quote, CR or LF, with
 * double quotes doubled inside (`他说"好"` → `"他说""好"""`). Line breaks stay
 * as they are, inside the quotes.
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet program would run as a formula (`=HYPERLINK(…)`,
 * `+1`, `-2`, `@SUM(…)`, or one opening with a tab or CR) gets a leading `'`,
 * which makes it text: crawled pages carry whatever their source held. Other
 * values are returned as they are. For text fields only: a number written by
 * zhnews (`-2.5`) is data, not a formula.
 */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV record, ended by CRLF as RFC 4180 asks. */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/**
 * One TSV field. TSV has no quoting, so a backslash, tab, LF and CR are
 * written `\\`, `\t`, `\n`, `\r` (the convention of PostgreSQL's text format
 * and of most TSV readers).
 */
export function tsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** One TSV record, ended by LF. */
export function tsvRow(fields: readonly string[]): string {
  return `${fields.map(tsvField).join("\t")}\n`;
}
