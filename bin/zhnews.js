#!/usr/bin/env node
// The zhnews command: all of it lives in dist/cli.js (built from src/cli.ts).
import { run } from "../dist/cli.js";

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
