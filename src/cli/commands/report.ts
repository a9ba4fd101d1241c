/**
 * `zhnews report`: a batch of pages as one self-contained HTML file, for
 * checking by eye how zhnews read them.
 */
import { Chalk } from "chalk";
import { Command } from "commander";
import type { NewsRecord } from "../../schema.js";
import { CollectingReporter } from "../collect.js";
import { renderReport } from "../html.js";
import { closeOutput, openOutput } from "../output.js";
import { addJobsOption, addReadOptions, AUTO_FORMAT_HELP, collectInputs, processInputs, type ReadFlags } from "../process.js";
import { createProgress } from "../progress.js";
import { addMessageOptions, type CliIO, colourLevel, EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, packageVersion } from "../shared.js";

export interface ReportFlags extends ReadFlags {
  output?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
}


async function runReport(args: string[], flags: ReportFlags, io: CliIO): Promise<number> {
  const chalk = new Chalk({ level: colourLevel(io.stderr, io.env, flags.color) });
  if (flags.output === undefined && io.stdout.isTTY) {
    io.stderr.write(`${chalk.red("zhnews: error:")} the report is an HTML file: name it with -o report.html (or redirect standard output)\n`);
    return EXIT_USAGE;
  }
  const progress = createProgress(io, { quiet: Boolean(flags.quiet), toStdout: flags.output === undefined });
  const reporter = new CollectingReporter(progress.io, chalk, {
    quiet: Boolean(flags.quiet),
    verbose: Boolean(flags.verbose),
    forward: "all",
  });
  const inputs = await collectInputs(args, flags, io, reporter, flags.output);

  const records: NewsRecord[] = [];
  try {
    await processInputs(inputs, flags, io, reporter, async (record) => {
      records.push(record);
    }, progress.events);
  } finally {
    progress.stop();
  }

  const sink = openOutput(flags.output, { io, reporter });
  if (sink === null) return EXIT_INPUT_FAILED;
  await sink.write(renderReport({ records, diagnostics: reporter.collected, generated: null, version: packageVersion() }));
  await closeOutput(sink, flags.output, { io, reporter });
  return reporter.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

const REPORT_HELP = `
The report is one HTML file that needs nothing else (no network, no script):
a summary of figures by kind with sums of money and area per unit, bar charts
of the largest money and area figures, then every article with its headline
parts, dateline and bylines, and its body with each figure highlighted by kind
(hover it for its reading), page furniture, and the diagnostics.
${AUTO_FORMAT_HELP}

Examples:
  $ zhnews report seeds/*.txt -o report.html
  $ zhnews report --issue-date 2022-09-29 'archive/2022-09-29/*.txt' -o 0929.html
  $ zhnews report pages/ > report.html`;

/** Adds `report` to the program; `done` receives the exit code. */
export function registerReport(program: Command, io: CliIO, done: (code: number) => void): void {
  const command = program
    .command("report")
    .description("write a self-contained HTML report of articles with highlighted figures, a summary and charts")
    .argument("[inputs...]", "files, directories, globs, or - for standard input")
    .option("-o, --output <file>", "write the HTML to FILE (replaced whole, only on success) instead of standard output");
  addMessageOptions(addJobsOption(addReadOptions(command)))
    .addHelpText("after", REPORT_HELP)
    .action(async (inputs: string[], flags: ReportFlags) => {
      done(await runReport(inputs, flags, io));
    });
}
