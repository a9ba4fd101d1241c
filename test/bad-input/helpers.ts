/**
 * Shared by the bad-input suites: a scratch directory per suite, the program
 * built for spawning as a real process, and the checks every output must pass.
 */
import { spawn, type SpawnOptions } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";
import { expect } from "vitest";
import { recordSchema, type NewsRecord } from "../../src/schema.js";

export const REPO = join(import.meta.dirname, "../..");
export const SEED = join(REPO, "seeds/000_7cd392f51c3f8d00.txt");

/** A fresh directory under the system's temporary directory. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `zhnews-${name}-`));
}

/** Writes files (text or bytes) under `dir`, making folders as needed. */
export function files(dir: string, contents: Record<string, string | Uint8Array>): void {
  for (const [name, body] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

let built: Promise<string> | null = null;

/**
 * The command built from the current sources into a temporary copy of the
 * package layout (`bin/zhnews.js`, `dist/`, `package.json`, `node_modules`),
 * so that a spawned process runs what the tests see, whatever state `dist/` is in.
 */
export function builtBin(): Promise<string> {
  built ??= (async () => {
    const root = scratch("bin");
    // Readable by all: a test runs it as another user.
    chmodSync(root, 0o755);
    const entryPoints = sourceFiles(join(REPO, "src"));
    await build({ entryPoints, outdir: join(root, "dist"), outbase: join(REPO, "src"), format: "esm", platform: "node", target: "node20", logLevel: "silent" });
    mkdirSync(join(root, "bin"));
    copyFileSync(join(REPO, "bin/zhnews.js"), join(root, "bin/zhnews.js"));
    copyFileSync(join(REPO, "package.json"), join(root, "package.json"));
    symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
    return join(root, "bin/zhnews.js");
  })();
  return built;
}

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <built bin> ...args` as a real process. */
export async function spawnCli(args: string[], options: SpawnOptions & { input?: string } = {}): Promise<Spawned> {
  const bin = await builtBin();
  return spawnCommand(process.execPath, [bin, ...args], options);
}

export function spawnCommand(command: string, args: string[], options: SpawnOptions & { input?: string } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (c: Buffer) => out.push(c));
    child.stderr!.on("data", (c: Buffer) => err.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
    child.stdin!.end(options.input ?? "");
  });
}

/** Parses JSON Lines output: every line must be JSON and a valid record. */
export function records(stdout: string): NewsRecord[] {
  const lines = stdout.split("\n");
  expect(lines.pop()).toBe("");
  return lines.map((line) => {
    const parsed: unknown = JSON.parse(line);
    const result = recordSchema.safeParse(parsed);
    if (!result.success) throw new Error(`invalid record: ${result.error.message}\n${line.slice(0, 500)}`);
    return result.data;
  });
}

/** Every figure's span slices back to its text, and spans never cut a surrogate pair. */
export function checkSpans(list: NewsRecord[]): void {
  for (const r of list) {
    if (r.type !== "article") continue;
    for (const f of r.figures) {
      const paragraph = r.paragraphs[f.paragraph];
      expect(paragraph, `figure ${f.text} points at paragraph ${f.paragraph}`).toBeDefined();
      expect(paragraph!.slice(f.span[0], f.span[1])).toBe(f.text);
      expect(splitsPair(paragraph!, f.span[0]) || splitsPair(paragraph!, f.span[1])).toBe(false);
    }
  }
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Source paths of the records, in order, once each. */
export function sources(list: NewsRecord[]): string[] {
  return [...new Set(list.map((r) => r.source.path))];
}

export function rel(dir: string, path: string): string {
  return relative(dir, path);
}

/** True when this process runs as root, where file permissions do not stop reading. */
export const isRoot = process.getuid?.() === 0;

/** A two-byte legacy code: its decoder's first pair for each character it has. */
function pairTable(encoding: string, leads: [number, number], trails: readonly number[]): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const trail of trails) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // Not a character.
      }
    }
  }
  return table;
}

/** Encodes text with a pair table (ASCII as itself); `name` is the encoding's, for the error. */
function encodePairs(text: string, table: Map<string, number[]>, name: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (pair === undefined) throw new Error(`no two-byte ${name} code for ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

let gbTable: Map<string, number[]> | null = null;

/** Encodes text as GB18030 (two-byte characters and ASCII only: what newspaper text needs). */
export function gb18030(text: string): Uint8Array {
  gbTable ??= pairTable("gb18030", [0x81, 0xfe], range(0x40, 0xfe).filter((t) => t !== 0x7f));
  return encodePairs(text, gbTable, "GB18030");
}

/** Encodes text as UTF-16 in either byte order, with or without a BOM. */
export function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = (bom ? "\ufeff" : "") + text;
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    out[2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[2 * i + 1] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A small newspaper page: one article with a dateline, a byline and figures. */
export function page(title: string): string {
  return [
    title,
    "",
    "株洲日报讯(全媒体记者/王建国 通讯员/刘芳) 9月28日,项目总投资约80亿元,占地229亩,年产值可达12.5亿元。",
    "",
    "稳投资,关键在项目。各地要以钉钉子精神抓落实。",
    "",
  ].join("\n");
}

let big5Table: Map<string, number[]> | null = null;

/** Encodes text as Big5 (the decoder's pairs, first one for each character; ASCII as itself). */
export function big5(text: string): Uint8Array {
  // Leads from 0xA1: below are the HKSCS extensions, which a plain Big5 file does not use.
  big5Table ??= pairTable("big5", [0xa1, 0xfe], [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]);
  return encodePairs(text, big5Table, "Big5");
}
