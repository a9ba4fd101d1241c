/**
 * `zhnews figures`: one row per figure, for spreadsheets (CSV, TSV), scripts
 * (JSON Lines) or a look at the terminal (an aligned table).
 */
import { Chalk } from "chalk";
import { Command, InvalidArgumentError, Option } from "commander";
import { figureKinds, type ArticleRecord, type Figure, type FigureKind, type NewsRecord } from "../../schema.js";
import { BOM, csvRow, defuseFormula, tsvRow } from "../csv.js";
import { groupedNumber, plainNumber } from "../highlight.js";
import { closeOutput, openOutput } from "../output.js";
import { addJobsOption, addReadOptions, AUTO_FORMAT_HELP, collectInputs, processInputs, type ReadFlags } from "../process.js";
import { createProgress } from "../progress.js";
import { addMessageOptions, type CliIO, colourLevel, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, Reporter } from "../shared.js";
import { formatTable, type Column } from "../table.js";
import { parseWidth } from "./inspect.js";

export type FiguresFormat = "csv" | "tsv" | "jsonl" | "table";

export interface FiguresFlags extends ReadFlags {
  output?: string;
  format?: FiguresFormat;
  kind?: FigureKind[];
  bom?: boolean;
  escapeFormulas?: boolean;
  width?: number;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/** The columns, in order, as named in the CSV heading and the JSON Lines keys. */
export const FIGURE_COLUMNS = ["article", "title", "subject", "kind", "value", "max", "unit", "qualifier", "change", "text"] as const;

/** One row: the figure's fields with its article's id and headline. */
export interface FigureRow {
  article: string;
  title: string | null;
  subject: string | null;
  kind: FigureKind;
  value: number;
  max: number | null;
  unit: string;
  qualifier: Figure["qualifier"];
  change: Figure["change"];
  text: string;
}

function isKind(value: string): value is FigureKind {
  return (figureKinds as readonly string[]).includes(value);
}

/** commander parser for `--kind money,area` (repeatable); an unknown kind is a usage error. */
export function parseKinds(value: string, previous: FigureKind[] | undefined): FigureKind[] {
  const kinds = [...(previous ?? [])];
  for (const part of value.split(",").map((s) => s.trim())) {
    if (part === "") continue;
    if (!isKind(part)) throw new InvalidArgumentError(`unknown kind '${part}' (kinds: ${figureKinds.join(", ")})`);
    if (!kinds.includes(part)) kinds.push(part);
  }
  if (kinds.length === 0) throw new InvalidArgumentError(`name at least one kind (${figureKinds.join(", ")})`);
  return kinds;
}

function rowsOf(record: ArticleRecord, kinds: readonly FigureKind[] | undefined): FigureRow[] {
  return record.figures
    .filter((f) => kinds === undefined || kinds.includes(f.kind))
    .map((f) => ({
      article: record.id,
      title: record.headline.title,
      subject: f.subject,
      kind: f.kind,
      value: f.value,
      max: f.max,
      unit: f.unit,
      qualifier: f.qualifier,
      change: f.change,
      text: f.text,
    }));
}

/** Which of `fields`' cells are numbers: never defused (`-2.5` is a value, not a formula). */
const NUMBER_CELLS = new Set([FIGURE_COLUMNS.indexOf("value"), FIGURE_COLUMNS.indexOf("max")]);

/** `fields` with every text cell passed through `defuseFormula`. */
function defusedFields(row: FigureRow): string[] {
  return fields(row).map((cell, i) => (NUMBER_CELLS.has(i) ? cell : defuseFormula(cell)));
}

/** The row as text fields: numbers plainly (`8000000000`, `4191.26`), null as empty. */
function fields(row: FigureRow): string[] {
  return [
    row.article,
    row.title ?? "",
    row.subject ?? "",
    row.kind,
    plainNumber(row.value),
    row.max === null ? "" : plainNumber(row.max),
    row.unit,
    row.qualifier ?? "",
    row.change ?? "",
    row.text,
  ];
}

const TABLE_COLUMNS: Column[] = FIGURE_COLUMNS.map((heading) => ({
  heading,
  align: heading === "value" || heading === "max" ? "right" : "left",
  flexible: heading === "title" || heading === "subject" || heading === "text",
}));

function tableCells(row: FigureRow): string[] {
  const cells = fields(row);
  cells[4] = groupedNumber(row.value);
  cells[5] = row.max === null ? "" : groupedNumber(row.max);
  return cells;
}

/** The format when `--format` is not given: by `-o`'s extension, else table on a terminal and CSV elsewhere. */
export function defaultFormat(flags: FiguresFlags, io: CliIO): FiguresFormat {
  if (flags.bom) return "csv";
  if (flags.output !== undefined) {
    if (/\.tsv$/i.test(flags.output)) return "tsv";
    if (/\.jsonl$/i.test(flags.output)) return "jsonl";
    return "csv";
  }
  return io.stdout.isTTY ? "table" : "csv";
}

async function runFigures(args: string[], flags: FiguresFlags, io: CliIO): Promise<number> {
  const format = flags.format ?? defaultFormat(flags, io);
  const chalk = new Chalk({ level: colourLevel(io.stderr, io.env, flags.color) });
  for (const [set, flag] of [[flags.bom, "--bom"], [flags.escapeFormulas, "--escape-formulas"]] as const) {
    if (set && format !== "csv" && format !== "tsv") {
      io.stderr.write(`${chalk.red("zhnews: error:")} ${flag} is for csv and tsv output, not ${format}\n`);
      return EXIT_USAGE;
    }
  }
  const cells = flags.escapeFormulas ? defusedFields : fields;
  const progress = createProgress(io, { quiet: Boolean(flags.quiet), toStdout: flags.output === undefined });
  const reporter = new Reporter(progress.io, chalk, Boolean(flags.quiet), Boolean(flags.verbose));
  const inputs = await collectInputs(args, flags, io, reporter, flags.output);

  const sink = openOutput(flags.output, { io, reporter });
  if (sink === null) return EXIT_INPUT_FAILED;

  const table: FigureRow[] = [];
  const prefix = flags.bom ? BOM : "";
  if (format === "csv") await sink.write(prefix + csvRow(FIGURE_COLUMNS));
  if (format === "tsv") await sink.write(prefix + tsvRow(FIGURE_COLUMNS));
  const emit = async (record: NewsRecord) => {
    if (record.type !== "article") return;
    const rows = rowsOf(record, flags.kind);
    if (format === "table") {
      table.push(...rows);
      return;
    }
    let chunk = "";
    for (const row of rows) {
      if (format === "csv") chunk += csvRow(cells(row));
      else if (format === "tsv") chunk += tsvRow(cells(row));
      else chunk += `${JSON.stringify(row)}\n`;
    }
    if (chunk !== "") await sink.write(chunk);
  };

  try {
    await processInputs(inputs, flags, io, reporter, emit, progress.events, () => sink.broken);
  } finally {
    progress.stop();
  }
  if (format === "table") {
    const width = flags.width ?? (flags.output === undefined && io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined);
    const lines = formatTable(TABLE_COLUMNS, table.map(tableCells), width);
    await sink.write(`${lines.join("\n")}\n`);
  }
  await closeOutput(sink, flags.output, { io, reporter });
  return reporter.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

const FIGURES_HELP = `
Columns: ${FIGURE_COLUMNS.join(", ")}.
"article" is the article's record id, "title" its headline; value and max are
in unit (max only for ranges), written as plain digits (8000000000, 4191.26);
an empty field is null.

Formats: csv (RFC 4180: CRLF line ends, fields with commas, quotes or line
breaks quoted, quotes doubled), tsv (tab, LF; \\t \\n \\r \\\\ escaped), jsonl
(one object per figure) and table (aligned for the terminal). Without
--format: by the extension of -o (.tsv, .jsonl, else csv); else table on a
terminal and csv when piped or redirected. --bom starts csv/tsv with a UTF-8
byte order mark, which Excel needs to read Chinese text correctly.
--escape-formulas puts a ' before any text cell that starts with = + - @, a
tab or CR, so that a spreadsheet shows it as text instead of running it as a
formula (crawled text can hold anything); value and max stay numbers.
${AUTO_FORMAT_HELP}

Examples:
  $ zhnews figures seeds/*.txt
  $ zhnews figures seeds/*.txt --format csv --bom --escape-formulas -o figures.csv
  $ zhnews figures --kind money,area 'archive/**/*.txt' --format tsv > money-area.tsv`;

/** Adds `figures` to the program; `done` receives the exit code. */
export function registerFigures(program: Command, io: CliIO, done: (code: number) => void): void {
  const command = program
    .command("figures")
    .description("list every figure (money, area, percent, …) as a CSV, TSV, JSON Lines or terminal table")
    .argument("[inputs...]", "files, directories, globs, or - for standard input")
    .option("-o, --output <file>", "write to FILE (replaced whole, only on success) instead of standard output")
    .addOption(new Option("--format <format>", "csv, tsv, jsonl or table (default: see below)").choices(["csv", "tsv", "jsonl", "table"]))
    .option("--kind <kinds>", `only these kinds, comma-separated (${figureKinds.join(", ")})`, parseKinds)
    .option("--bom", "start CSV/TSV output with a UTF-8 byte order mark (for spreadsheet programs)")
    .option("--escape-formulas", "prefix ' to text cells a spreadsheet would run as a formula (= + - @)")
    .option("--width <columns>", "cut the table's text columns to fit this width (default: the terminal's)", parseWidth);
  addMessageOptions(addJobsOption(addReadOptions(command)))
    .addHelpText("after", FIGURES_HELP)
    .action(async (inputs: string[], flags: FiguresFlags) => {
      done(await runFigures(inputs, flags, io));
    });
}
