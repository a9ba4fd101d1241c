/**
 * A small, lazy, guarded adapter over nodejieba.
 *
 * nodejieba costs ~1.5 s and ~270 MB to load its dictionaries, and its C++
 * core aborts the whole process (no exception to catch) when a dictionary is
 * missing, empty or has no positive frequency. So: it is loaded on first use
 * only, its dictionaries are checked before the native code opens them, it is
 * never handed an empty or invalid string, and when it cannot be loaded every
 * function here answers `null` so that callers fall back to their rules.
 * `jiebaDiagnostic()` then says why, once, for the caller to report.
 *
 * `ZHNEWS_JIEBA=off` turns it off; tests inject a loader with `setJiebaLoader`.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics.js";

/** One token with its part-of-speech tag (ICTCLAS tag set: n, nr, ns, v, m, x …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** The part of the nodejieba module this adapter uses. */
export interface JiebaBinding {
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_USER_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
  /** Opens the dictionaries (nodejieba's default ones when given none). */
  load(dicts?: Record<string, string>): unknown;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
}

/** Returns the binding, or throws why it cannot. */
export type JiebaLoader = () => JiebaBinding;

const defaultLoader: JiebaLoader = () => createRequire(import.meta.url)("nodejieba") as JiebaBinding;

let loader: JiebaLoader = defaultLoader;
let loaded: JiebaBinding | null | undefined;
let loadError: string | null = null;

/**
 * Replaces how nodejieba is loaded (tests simulate a missing addon or a bad
 * dictionary with it); `null` restores the real one. Forgets any earlier load.
 */
export function setJiebaLoader(next: JiebaLoader | null): void {
  loader = next ?? defaultLoader;
  loaded = undefined;
  loadError = null;
}

/** Why a dictionary would make the native code abort, or null when it looks sound. */
function dictionaryProblem(kind: string, path: string, needsFrequency: boolean): string | null {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return `${kind} dictionary ${path} is not a file`;
    size = info.size;
  } catch {
    return `${kind} dictionary ${path} is missing`;
  }
  if (size === 0) return `${kind} dictionary ${path} is empty`;
  if (!needsFrequency) return null;
  // cppjieba asserts that the frequencies of the main dictionary sum above zero.
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    readSync(fd, head, 0, head.length, 0);
  } catch {
    return `${kind} dictionary ${path} cannot be read`;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const lines = head.toString("utf8").split("\n");
  const counted = lines.some((line) => {
    const freq = Number(line.trim().split(/\s+/)[1]);
    return Number.isFinite(freq) && freq > 0;
  });
  return counted ? null : `${kind} dictionary ${path} has no word with a frequency`;
}

function jieba(): JiebaBinding | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  const setting = process.env.ZHNEWS_JIEBA?.toLowerCase();
  if (setting === "off" || setting === "0" || setting === "false") {
    loadError = "turned off by ZHNEWS_JIEBA";
    return null;
  }
  let binding: JiebaBinding;
  try {
    binding = loader();
  } catch (error) {
    loadError = `cannot load the native addon: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    return null;
  }
  const problem =
    dictionaryProblem("main", binding.DEFAULT_DICT, true) ??
    dictionaryProblem("HMM", binding.DEFAULT_HMM_DICT, false) ??
    dictionaryProblem("user", binding.DEFAULT_USER_DICT, false) ??
    dictionaryProblem("IDF", binding.DEFAULT_IDF_DICT, false) ??
    dictionaryProblem("stop-word", binding.DEFAULT_STOP_WORD_DICT, false);
  if (problem !== null) {
    loadError = problem;
    return null;
  }
  try {
    binding.load();
  } catch (error) {
    loadError = `cannot load its dictionaries: ${error instanceof Error ? error.message : String(error)}`;
    return null;
  }
  loaded = binding;
  return loaded;
}

/** Why nodejieba could not be loaded, or null when it loaded (or was never asked for). */
export function jiebaLoadError(): string | null {
  return loadError;
}

/** A warning for the caller to report when nodejieba was wanted and could not be loaded; else null. */
export function jiebaDiagnostic(): Diagnostic | null {
  if (loadError === null) return null;
  return {
    level: "warning",
    code: "jieba-unavailable",
    message: `nodejieba unavailable (${loadError}): word segmentation falls back to rules`,
  };
}

/** Longest text handed to the native code; longer ones are the caller's to split. */
const MAX_LENGTH = 100_000;

/** True when a string is safe to hand to the native code: non-empty, not too long, no NUL, no lone surrogate. */
export function safeForJieba(text: string): boolean {
  if (text.length === 0 || text.length > MAX_LENGTH) return false;
  if (text.includes("\u0000")) return false;
  if (text.trim().length === 0) return false;
  return text.isWellFormed();
}

/** Segments with the HMM on (keeps `80`, `4191.26`, unknown names whole); null when unavailable. */
export function cutWords(text: string): string[] | null {
  if (!safeForJieba(text)) return null;
  const j = jieba();
  if (!j) return null;
  try {
    const words = j.cut(text, true);
    return Array.isArray(words) ? words.filter((w): w is string => typeof w === "string") : null;
  } catch {
    return null;
  }
}

/** Segments and tags parts of speech; null when unavailable. */
export function tagWords(text: string): TaggedWord[] | null {
  if (!safeForJieba(text)) return null;
  const j = jieba();
  if (!j) return null;
  try {
    const words = j.tag(text);
    return Array.isArray(words) ? words.filter((w) => typeof w?.word === "string" && typeof w.tag === "string") : null;
  } catch {
    return null;
  }
}
