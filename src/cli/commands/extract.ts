/**
 * `zhnews extract`: newspaper text in, JSON Lines records out.
 */
import { Chalk } from "chalk";
import { Command, InvalidArgumentError, Option } from "commander";
import type { NewsRecord } from "../../schema.js";
import { closeOutput, openOutput } from "../output.js";
import { formatPretty } from "../pretty.js";
import { addJobsOption, addReadOptions, AUTO_FORMAT_HELP, collectInputs, processInputs, type Emit, type ReadFlags } from "../process.js";
import { createProgress } from "../progress.js";
import { addMessageOptions, type CliIO, colourLevel, EXIT_INPUT_FAILED, EXIT_OK, Reporter } from "../shared.js";

export interface ExtractFlags extends ReadFlags {
  output?: string;
  format: "jsonl" | "json" | "pretty";
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}

/** Bytes of output gathered before a write. */
const BATCH = 1 << 16;
const OPEN_ELEMENT = Buffer.from("\n");
/** Pieces written as they are in one go (writev) at most; more are joined into one buffer first. */
const MAX_PIECES = 64;
const NEXT_ELEMENT = Buffer.from(",\n");

async function runExtract(args: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const chalk = new Chalk({ level: colourLevel(io.stderr, io.env, flags.color) });
  const progress = createProgress(io, { quiet: Boolean(flags.quiet), toStdout: flags.output === undefined });
  const reporter = new Reporter(progress.io, chalk, Boolean(flags.quiet), Boolean(flags.verbose));
  const inputs = await collectInputs(args, flags, io, reporter, flags.output);

  const sink = openOutput(flags.output, { io, reporter });
  if (sink === null) return EXIT_INPUT_FAILED;
  const prettyChalk = new Chalk({ level: flags.format === "pretty" ? colourLevel(io.stdout, io.env, flags.color) : 0 });
  // Records are written in batches of about 64 KB: one write per record cost
  // more than the JSON itself. Whatever is pending goes out at the end.
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  /** Called once the pending pieces are written out: their buffers may be filled again. */
  let releases: (() => void)[] = [];
  const add = (piece: Uint8Array | string): void => {
    const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
    pending.push(bytes);
    pendingBytes += bytes.length;
  };
  const flush = async () => {
    if (pendingBytes === 0) return;
    const done = releases;
    releases = [];
    // Many small pieces (JSON array elements, pretty records) are joined: the
    // copy is cheap and their buffers are free at once. A page's few large
    // pieces go out as they are, in one writev.
    const joined = pending.length > MAX_PIECES;
    const chunk = joined ? Buffer.concat(pending, pendingBytes) : pending.slice();
    pending.length = 0;
    pendingBytes = 0;
    const written = () => {
      for (const release of done) release();
    };
    if (joined) written();
    await sink.write(chunk, joined ? undefined : written);
  };
  if (flags.format === "json") add("[");
  let first = true;
  // JSON output is made where the records are (in the workers, with --jobs):
  // lines of JSON come here ready to write, as UTF-8.
  const emit: Emit =
    flags.format === "pretty"
      ? async (record: NewsRecord) => {
          add(formatPretty(record, prettyChalk));
          if (pendingBytes >= BATCH) await flush();
        }
      : {
          jsonLines: async (pieces: readonly Uint8Array[], release: () => void) => {
            if (flags.format === "jsonl") for (const piece of pieces) add(piece);
            else {
              // Each line becomes an element of the array: a comma before all but the first.
              const lines = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
              let start = 0;
              for (let end = lines.indexOf(0x0a); end !== -1; end = lines.indexOf(0x0a, start)) {
                if (end > start) {
                  add(first ? OPEN_ELEMENT : NEXT_ELEMENT);
                  add(lines.subarray(start, end));
                  first = false;
                }
                start = end + 1;
              }
            }
            releases.push(release);
            if (pendingBytes >= BATCH) await flush();
          },
        };

  try {
    await processInputs(inputs, flags, io, reporter, emit, progress.events, () => sink.broken);
  } finally {
    progress.stop();
  }
  if (flags.format === "json") add(first ? "]\n" : "\n]\n");
  await flush();
  await closeOutput(sink, flags.output, { io, reporter });
  return reporter.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

const FORMATS = ["jsonl", "json", "pretty"] as const;

/**
 * commander parser for `--format`: one of `FORMATS`. Figures as a table are
 * another command's output: asking for csv or tsv here says which.
 */
function parseFormat(value: string): ExtractFlags["format"] {
  if ((FORMATS as readonly string[]).includes(value)) return value as ExtractFlags["format"];
  const hint = /^(?:csv|tsv)$/i.test(value) ? ` (figures as ${value.toLowerCase()}: zhnews figures --format ${value.toLowerCase()})` : "";
  throw new InvalidArgumentError(`Allowed choices are ${FORMATS.join(", ")}.${hint}`);
}

const EXTRACT_HELP = `
Inputs are files, directories (searched for *.txt, *.jsonl, *.xml, and *.dat
files that hold SogouCS <doc>s), globs (quote them: 'pages/**/*.txt'), or -
for standard input (the default). The -o file is never read as an input.
${AUTO_FORMAT_HELP}

Examples:
  $ zhnews extract seeds/*.txt
  $ zhnews extract --issue-date 2022-09-29 page.txt -o page.jsonl
  $ cat page.txt | zhnews extract --format pretty
  $ zhnews extract --input-format sogou news_sohusite_xml.dat

Exit codes: 0 all inputs read, 1 some input failed (the others are still
written), 2 usage error.`;


/** Adds `extract` to the program; `done` receives the exit code. */
export function registerExtract(program: Command, io: CliIO, done: (code: number) => void): void {
  const command = program
    .command("extract")
    .description("extract article and page records from newspaper text, as JSON Lines")
    .argument("[inputs...]", "files, directories, globs, or - for standard input")
    .option("-o, --output <file>", "write to FILE (replaced whole, only on success) instead of standard output")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).argParser(parseFormat).default("jsonl"));
  addMessageOptions(addJobsOption(addReadOptions(command)), "the pretty format")
    .addHelpText("after", EXTRACT_HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      done(await runExtract(inputs, flags, io));
    });
}
