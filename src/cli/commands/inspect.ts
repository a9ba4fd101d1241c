/**
 * `zhnews inspect`: the page as zhnews read it, for a person at a terminal.
 * Each article is framed with its headline parts, dateline, bylines and
 * subheads, then its body with every figure highlighted and followed by its
 * normalised value; page furniture is dimmed; diagnostics come at the end.
 */
import { Chalk, type ChalkInstance } from "chalk";
import { Command, InvalidArgumentError } from "commander";
import type { ArticleRecord, FigureKind, NewsRecord, PageRecord } from "../../schema.js";
import { CollectingReporter, type CollectedDiagnostic } from "../collect.js";
import { describeFigure, splitParagraph } from "../highlight.js";
import { streamSink } from "../output.js";
import { addReadOptions, AUTO_FORMAT_HELP, collectInputs, processInputs, type ReadFlags } from "../process.js";
import { colourLevel, EXIT_INPUT_FAILED, EXIT_OK, type CliIO } from "../shared.js";
import { displayWidth, wrapStyled, type StyledText } from "../width.js";

export interface InspectFlags extends ReadFlags {
  width?: number;
  color?: boolean;
}

/** Narrowest layout `--width` accepts. */
const MIN_WIDTH = 30;
/** Width when standard output is not a terminal and `--width` is not given. */
const DEFAULT_WIDTH = 80;
/** Width of the label column (`dateline  `). */
const LABEL = 10;

/** commander parser for `--width`. */
export function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < MIN_WIDTH) {
    throw new InvalidArgumentError(`a whole number of columns, at least ${MIN_WIDTH}`);
  }
  return n;
}

/** The colour a figure kind is highlighted in. */
export function kindStyle(chalk: ChalkInstance, kind: FigureKind): (text: string) => string {
  switch (kind) {
    case "money":
      return (s) => chalk.green.bold.underline(s);
    case "area":
      return (s) => chalk.yellow.bold.underline(s);
    case "percent":
      return (s) => chalk.cyan.bold.underline(s);
    case "energy":
    case "power":
      return (s) => chalk.magenta.bold.underline(s);
    case "mass":
    case "length":
    case "volume":
      return (s) => chalk.blue.bold.underline(s);
    case "duration":
      return (s) => chalk.red.bold.underline(s);
    case "count":
      return (s) => chalk.bold.underline(s);
  }
}

/** Lays out one record (or a file heading, or the diagnostics) as terminal lines. */
class Layout {
  private readonly frame: (s: string) => string;

  constructor(
    private readonly chalk: ChalkInstance,
    private readonly width: number,
  ) {
    this.frame = (s) => chalk.dim(s);
  }

  /** `┌─ header ───…`, filled to the width; a header too long for one line goes on inside the frame. */
  private top(header: StyledText[]): string[] {
    const lead = "┌─ ";
    const [first = "", ...rest] = wrapStyled(header, this.width - displayWidth(lead) - 2);
    const fill = this.width - displayWidth(lead) - displayWidth(first) - 1;
    return [`${this.frame(lead)}${first} ${this.frame("─".repeat(fill))}`, ...rest.map((line) => `${this.frame("│")}    ${line}`)];
  }

  private bottom(): string {
    return this.frame(`└${"─".repeat(this.width - 1)}`);
  }

  /** Runs wrapped inside the frame, the first line after `first`, the others after `rest` (same width). */
  private framed(runs: StyledText[], first = "", rest = ""): string[] {
    const inner = this.width - 2 - displayWidth(first);
    return wrapStyled(runs, inner).map((line, i) => `${this.frame("│")} ${i === 0 ? first : rest}${line}`);
  }

  /** A labelled field: `dateline  株洲日报讯 …`, continuation lines under the value. */
  private field(label: string, runs: StyledText[]): string[] {
    const padded = label.padEnd(LABEL);
    return this.framed(runs, this.chalk.dim(padded), " ".repeat(LABEL));
  }

  private blank(): string {
    return this.frame("│");
  }

  file(path: string): string[] {
    return ["", ...this.plain([{ text: `=== ${path} ===`, style: (s) => this.chalk.bold(s) }]), ""];
  }

  /** Runs wrapped to the width, outside any frame. */
  plain(runs: StyledText[]): string[] {
    return wrapStyled(runs, this.width);
  }

  article(record: ArticleRecord, ordinal: number): string[] {
    const c = this.chalk;
    const lines: string[] = [];
    const where = `${record.id} · lines ${record.source.lineStart}–${record.source.lineEnd}`;
    lines.push(
      ...this.top([
        { text: `#${ordinal}`, style: (s) => c.bold(s) },
        { text: " " },
        { text: record.genre, style: (s) => c.magenta(s) },
        { text: ` · ${where}`, style: (s) => c.dim(s) },
      ]),
    );
    const h = record.headline;
    if (h.kicker !== null) lines.push(...this.field("kicker", [{ text: h.kicker }]));
    lines.push(
      ...this.field("title", [
        h.title !== null ? { text: h.title, style: (s) => c.bold(s) } : { text: "(none: continues an article from an earlier page)", style: (s) => c.dim(s) },
      ]),
    );
    if (h.subtitle !== null) lines.push(...this.field("subtitle", [{ text: h.subtitle }]));
    if (record.dateline !== null) {
      const d = record.dateline;
      const facts = [`agency ${d.agency ?? "–"}`, `place ${d.place ?? "–"}`, `date ${d.date ?? "–"}`].join(" · ");
      lines.push(...this.field("dateline", [{ text: d.text }, { text: `  ${facts}`, style: (s) => c.dim(s) }]));
    }
    lines.push(...this.field("date", [{ text: record.date ?? "–" }]));
    record.bylines.forEach((b, i) => {
      const role = [b.role, b.label, b.photo ? "photo" : null].filter((x) => x !== null && x !== "").join(" · ");
      lines.push(...this.field(i === 0 ? "bylines" : "", [{ text: b.name }, { text: `  ${role}`, style: (s) => c.dim(s) }]));
    });
    if (record.bylines.length === 0) lines.push(...this.field("bylines", [{ text: "–" }]));
    if (record.subheads.length > 0) {
      lines.push(...this.field("subheads", [{ text: "(the record keeps no position for them: listed here, not in the body)", style: (s) => c.dim(s) }]));
      for (const s of record.subheads) lines.push(...this.field("", [{ text: "## ", style: (x) => c.cyan(x) }, { text: s, style: (x) => c.cyan.bold(x) }]));
    }
    lines.push(this.blank());
    const digits = String(Math.max(0, record.paragraphs.length - 1)).length;
    record.paragraphs.forEach((paragraph, index) => {
      if (index > 0) lines.push(this.blank());
      const label = `[${String(index).padStart(digits)}] `;
      lines.push(...this.framed(this.paragraphRuns(paragraph, index, record), c.dim(label), " ".repeat(label.length)));
    });
    if (record.paragraphs.length === 0) lines.push(...this.framed([{ text: "(no body text)", style: (s) => c.dim(s) }]));
    lines.push(this.blank());
    const n = record.figures.length;
    lines.push(...this.framed([{ text: `${record.paragraphs.length} paragraph(s), ${n} figure${n === 1 ? "" : "s"}`, style: (s) => c.dim(s) }]));
    lines.push(this.bottom(), "");
    return lines;
  }

  private paragraphRuns(paragraph: string, index: number, record: ArticleRecord): StyledText[] {
    const c = this.chalk;
    const plain = c.level === 0;
    const runs: StyledText[] = [];
    for (const piece of splitParagraph(paragraph, index, record.figures)) {
      if (piece.type === "text") {
        runs.push({ text: piece.text });
        continue;
      }
      const [figure] = piece.figures;
      // Without colour, brackets show where the figure begins and ends.
      runs.push({ text: plain ? `⟦${piece.text}⟧` : piece.text, style: kindStyle(c, figure.kind) });
      runs.push({ text: ` ⟨${piece.figures.map(describeFigure).join(" | ")}⟩`, style: (s) => c.dim(s) });
    }
    return runs;
  }

  page(record: PageRecord): string[] {
    const c = this.chalk;
    const d = (s: string) => c.dim(s);
    const lines: string[] = [];
    lines.push(...this.top([{ text: `page furniture · ${record.id} · lines ${record.source.lineStart}–${record.source.lineEnd}`, style: d }]));
    if (record.section !== null) lines.push(...this.field("section", [{ text: record.section, style: d }]));
    record.staff.forEach((s, i) => {
      lines.push(...this.field(i === 0 ? "staff" : "", [{ text: `${s.name}  ${s.role}${s.label ? ` · ${s.label}` : ""}`, style: d }]));
    });
    for (const [i, text] of record.text.split("\n").entries()) lines.push(...this.field(i === 0 ? "text" : "", [{ text, style: d }]));
    lines.push(this.bottom(), "");
    return lines;
  }

  diagnostics(list: readonly CollectedDiagnostic[]): string[] {
    const c = this.chalk;
    if (list.length === 0) return [c.dim("diagnostics: none")];
    const lines = [c.bold(`diagnostics (${list.length})`)];
    for (const d of list) {
      const level = d.level === "error" ? c.red(d.level) : d.level === "warning" ? c.yellow(d.level) : c.dim("note");
      const where = `${d.path}${d.line !== null ? `:${d.line}` : ""}`;
      const runs: StyledText[] = [{ text: `${where}: ${d.message}` }];
      if (d.code !== null) runs.push({ text: ` (${d.code})`, style: (s) => c.dim(s) });
      const prefix = `  ${level} `;
      const indent = " ".repeat(displayWidth(prefix));
      wrapStyled(runs, this.width - displayWidth(prefix)).forEach((line, i) => lines.push(`${i === 0 ? prefix : indent}${line}`));
    }
    return lines;
  }
}

async function runInspect(args: string[], flags: InspectFlags, io: CliIO): Promise<number> {
  const errChalk = new Chalk({ level: colourLevel(io.stderr, io.env, flags.color) });
  // Errors go to standard error as well (scripts see them); everything is listed at the end.
  const reporter = new CollectingReporter(io, errChalk, { quiet: false, verbose: true, forward: "errors" });
  const chalk = new Chalk({ level: colourLevel(io.stdout, io.env, flags.color) });
  const width = flags.width ?? (io.stdout.isTTY && io.stdout.columns ? Math.max(MIN_WIDTH, io.stdout.columns) : DEFAULT_WIDTH);
  const layout = new Layout(chalk, width);
  const sink = streamSink(io.stdout);
  const inputs = await collectInputs(args, flags, io, reporter);

  let path: string | null = null;
  let ordinal = 0;
  const counts = { articles: 0, pages: 0, figures: 0 };
  const emit = async (record: NewsRecord) => {
    const lines: string[] = [];
    if (record.source.path !== path) {
      path = record.source.path;
      ordinal = 0;
      lines.push(...layout.file(path));
    }
    if (record.type === "article") {
      ordinal += 1;
      counts.articles += 1;
      counts.figures += record.figures.length;
      lines.push(...layout.article(record, ordinal));
    } else {
      counts.pages += 1;
      lines.push(...layout.page(record));
    }
    await sink.write(`${lines.join("\n")}\n`);
  };
  await processInputs(inputs, flags, io, reporter, emit, {}, () => sink.broken);

  const summary = `${counts.articles} article(s), ${counts.pages} page furniture block(s), ${counts.figures} figure(s)`;
  const tail = [...layout.plain([{ text: summary, style: (s) => chalk.dim(s) }]), ...layout.diagnostics(reporter.collected)];
  await sink.write(`${tail.join("\n")}\n`);
  await sink.close(true);
  return reporter.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

const INSPECT_HELP = `
Figures are highlighted by kind and followed by their value:
  总投资约80亿元 ⟨money 8,000,000,000 CNY ≈ · subject 总投资⟩
(≈ about, > over, < under; 2–3 month a range). Without colour the figure's
words are bracketed: ⟦总投资约80亿元⟧. Subheads are listed under the headline
because records do not say where in the body they stand. Colour follows the
terminal; NO_COLOR turns it off, --color/--no-color decide.
${AUTO_FORMAT_HELP}

Examples:
  $ zhnews inspect seeds/000_7cd392f51c3f8d00.txt
  $ zhnews inspect --issue-date 2022-09-29 page.txt --width 100 | less -R
  $ zhnews inspect --no-color page.txt > page.read.txt`;

/** Adds `inspect` to the program; `done` receives the exit code. */
export function registerInspect(program: Command, io: CliIO, done: (code: number) => void): void {
  const command = program
    .command("inspect")
    .description("show a page as zhnews read it: articles framed, figures highlighted with their values, diagnostics")
    .argument("[inputs...]", "files, directories, globs, or - for standard input");
  addReadOptions(command)
    .option("--width <columns>", `wrap to this many columns (default: the terminal's width, else ${DEFAULT_WIDTH})`, parseWidth)
    .option("--color", "colour even when not on a terminal")
    .option("--no-color", "never colour")
    .addHelpText("after", INSPECT_HELP)
    .action(async (inputs: string[], flags: InspectFlags) => {
      done(await runInspect(inputs, flags, io));
    });
}
