/**
 * `zhnews extract`: newspaper text in, JSON Lines records out.
 */
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { Chalk } from "chalk";
import { Command, Option } from "commander";
import { extract, type ExtractOptions } from "../../extract.js";
import type { NewsRecord } from "../../schema.js";
import type { Encoding } from "../../decode/decode.js";
import type { InputFormat } from "../../input/formats.js";
import { describeFsError, resolveInputs, type InputRef } from "../inputs.js";
import { fileSink, streamSink, type Sink } from "../output.js";
import { formatPretty } from "../pretty.js";
import { colourLevel, EXIT_INPUT_FAILED, EXIT_OK, parseIssueDate, readAll, Reporter, type CliIO } from "../shared.js";

export interface ExtractFlags {
  output?: string;
  issueDate?: string;
  format: "jsonl" | "json" | "pretty";
  encoding: Encoding;
  inputFormat: InputFormat | "auto";
  filesFrom?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

async function readPathList(source: string, io: CliIO): Promise<string[]> {
  const bytes = source === "-" ? await readAll(io.stdin) : await readFile(source.startsWith("/") ? source : `${io.cwd}/${source}`);
  return Buffer.from(bytes)
    .toString("utf8")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith("#"));
}

async function runExtract(args: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const chalk = new Chalk({ level: colourLevel(io.stderr, io.env, flags.color) });
  const reporter = new Reporter(io, chalk, Boolean(flags.quiet), Boolean(flags.verbose));
  let names = args;
  if (flags.filesFrom !== undefined) {
    try {
      names = [...names, ...(await readPathList(flags.filesFrom, io))];
    } catch (error) {
      reporter.error(flags.filesFrom, `cannot read the list of files: ${describeFsError(error)}`);
      return EXIT_INPUT_FAILED;
    }
  }
  const resolved = await resolveInputs(names, io.cwd);
  for (const e of resolved.errors) reporter.error(e.path, e.message);

  let sink: Sink;
  try {
    sink = flags.output !== undefined ? fileSink(flags.output.startsWith("/") ? flags.output : `${io.cwd}/${flags.output}`) : streamSink(io.stdout);
  } catch (error) {
    reporter.error(flags.output ?? "-", `cannot write output: ${describeFsError(error)}`);
    return EXIT_INPUT_FAILED;
  }
  const prettyChalk = new Chalk({ level: flags.format === "pretty" ? colourLevel(io.stdout, io.env, flags.color) : 0 });
  let first = true;
  if (flags.format === "json") await sink.write("[");
  const emit = async (record: NewsRecord) => {
    if (flags.format === "pretty") return sink.write(formatPretty(record, prettyChalk));
    const json = JSON.stringify(record);
    if (flags.format === "json") {
      await sink.write(`${first ? "\n" : ",\n"}${json}`);
      first = false;
      return;
    }
    return sink.write(`${json}\n`);
  };

  for (const input of resolved.inputs) {
    if (sink.broken) break;
    await processInput(input, flags, io, reporter, emit);
  }
  if (flags.format === "json") await sink.write(first ? "]\n" : "\n]\n");
  try {
    await sink.close(true);
  } catch (error) {
    reporter.error(flags.output ?? "-", `cannot write output: ${describeFsError(error)}`);
  }
  return reporter.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

async function processInput(
  input: InputRef,
  flags: ExtractFlags,
  io: CliIO,
  reporter: Reporter,
  emit: (record: NewsRecord) => Promise<void>,
): Promise<void> {
  const label = input.kind === "stdin" ? "-" : input.path;
  let bytes: Uint8Array;
  try {
    bytes = input.kind === "stdin" ? await readAll(io.stdin) : await readFile(label.startsWith("/") ? label : `${io.cwd}/${label}`);
  } catch (error) {
    reporter.error(label, describeFsError(error));
    return;
  }
  const options: ExtractOptions = { source: label, encoding: flags.encoding, format: flags.inputFormat };
  if (flags.issueDate !== undefined) options.issueDate = flags.issueDate;
  let result: ReturnType<typeof extract>;
  try {
    result = extract(bytes, options);
  } catch (error) {
    // A bug in zhnews: report it against the file and go on with the others.
    reporter.error(label, `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`);
    return;
  }
  for (const d of result.diagnostics) reporter.diagnostic(label, d);
  for (const record of result.records) await emit(record);
}

const EXTRACT_HELP = `
Inputs are files, directories (searched for *.txt, *.jsonl, *.xml), globs
(quote them: 'pages/**/*.txt'), or - for standard input (the default).

Examples:
  $ zhnews extract seeds/*.txt
  $ zhnews extract --issue-date 2022-09-29 page.txt -o page.jsonl
  $ cat page.txt | zhnews extract --format pretty
  $ zhnews extract --input-format sogou news_sohusite_xml.dat

Exit codes: 0 all inputs read, 1 some input failed (the others are still
written), 2 usage error.`;


/** Adds `extract` to the program; `done` receives the exit code. */
export function registerExtract(program: Command, io: CliIO, done: (code: number) => void): void {
  program
    .command("extract")
    .description("extract article and page records from newspaper text, as JSON Lines")
    .argument("[inputs...]", "files, directories, globs, or - for standard input")
    .option("-o, --output <file>", "write to FILE (replaced whole, only on success) instead of standard output")
    .option("--issue-date <YYYY-MM-DD>", "the date the paper came out: dates without a year resolve against it", parseIssueDate)
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "json", "pretty"]).default("jsonl"))
    .addOption(
      new Option("--encoding <encoding>", "input encoding").choices(["auto", "utf8", "utf16le", "utf16be", "gb18030"]).default("auto"),
    )
    .addOption(
      new Option("--input-format <format>", "text: a newspaper dump; jsonl: {id,text,issueDate} per line; sogou: SogouCS XML")
        .choices(["auto", "text", "jsonl", "sogou"])
        .default("auto"),
    )
    .option("--files-from <file>", "read input paths from FILE, one per line (- for standard input)")
    .option("-q, --quiet", "print only errors on standard error")
    .option("-v, --verbose", "also print notes about uncertain decisions")
    .option("--color", "colour the pretty format even when not on a terminal")
    .option("--no-color", "never colour")
    .addHelpText("after", EXTRACT_HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      done(await runExtract(inputs, flags, io));
    });
}
