/**
 * The command-line program: a thin layer over the library. Each command
 * lives in `src/cli/commands/`; this file assembles them. The program
 * *returns* an exit code (0 all well, 1 some input failed, 2 usage error);
 * only `bin/zhnews.js` hands it to the process.
 */
import { Command, CommanderError } from "commander";
import { recordJsonSchema } from "./schema.js";
import { EXIT_OK, EXIT_USAGE, packageVersion, type CliIO } from "./cli/shared.js";
import { registerExtract } from "./cli/commands/extract.js";
import { registerInspect } from "./cli/commands/inspect.js";
import { registerFigures } from "./cli/commands/figures.js";
import { registerReport } from "./cli/commands/report.js";

export { EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from "./cli/shared.js";


/** Builds the program on a given `Command` (tests pass one with exitOverride); `done` receives the exit code. */
export function buildProgram(program: Command, io: CliIO, done: (code: number) => void): Command {
  program
    .name("zhnews")
    .description("Chinese newspaper text → structured JSON records (articles, bylines, figures, page furniture).")
    .version(packageVersion(), "-V, --version")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText(
      "after",
      `
Examples:
  $ zhnews extract seeds/*.txt                  one JSON record per line
  $ zhnews extract --issue-date 2022-09-29 page.txt -o page.jsonl
  $ zhnews inspect page.txt                     see how the page was read
  $ zhnews figures 'archive/**/*.txt' --format csv > figures.csv
  $ zhnews report pages/ -o report.html         a page to check a batch by eye
  $ zhnews schema > records.schema.json

Run 'zhnews <command> --help' for a command's options.`,
    );

  registerExtract(program, io, done);
  registerInspect(program, io, done);
  registerFigures(program, io, done);
  registerReport(program, io, done);

  program
    .command("schema")
    .description("print the JSON Schema of the output records (generated from the zod schemas)")
    .addHelpText("after", "\nExample:\n  $ zhnews schema > records.schema.json")
    .action(() => {
      io.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
      done(EXIT_OK);
    });

  return program;
}

/** Runs the program on `argv` (without `node` and the script) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code = EXIT_OK;
  // Help, the version and the schema are written straight to standard output:
  // a reader that goes away (`--help | head -1`) must end them quietly, not with
  // an unhandled 'error' and a stack trace. Record output watches its own errors.
  io.stdout.on("error", () => {});
  // exitOverride before the commands are added, so that they inherit it.
  const program = buildProgram(new Command().exitOverride(), io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK;
      if (error.code === "zhnews.bad-date") io.stderr.write(`${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return code;
}
