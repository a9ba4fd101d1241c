/**
 * A small, lazy, guarded adapter over nodejieba.
 *
 * nodejieba costs ~1.5 s and ~270 MB to load its dictionaries, and aborts the
 * process (C++ assertions) on some inputs. So: it is loaded on first use only,
 * never handed an empty or invalid string, and when it cannot be loaded every
 * function here answers `null` so callers fall back to their rules.
 */
import { createRequire } from "node:module";

/** One token with its part-of-speech tag (ICTCLAS tag set: n, nr, ns, v, m, x …). */
export interface TaggedWord {
  word: string;
  tag: string;
}

interface NodeJieba {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): TaggedWord[];
}

let loaded: NodeJieba | null | undefined;
let loadError: string | null = null;

function jieba(): NodeJieba | null {
  if (loaded !== undefined) return loaded;
  try {
    const require = createRequire(import.meta.url);
    loaded = require("nodejieba") as NodeJieba;
  } catch (error) {
    loaded = null;
    loadError = error instanceof Error ? error.message : String(error);
  }
  return loaded;
}

/** Why nodejieba could not be loaded, or null when it loaded (or was never asked for). */
export function jiebaLoadError(): string | null {
  return loadError;
}

/** True when a string is safe to hand to the native code: non-empty, no lone surrogates, no NUL. */
function safe(text: string): boolean {
  if (text.length === 0 || text.length > 100_000) return false;
  if (text.includes("\u0000")) return false;
  return text.isWellFormed();
}

/** Segments with the HMM on (keeps `80`, `4191.26`, unknown names whole); null when unavailable. */
export function cutWords(text: string): string[] | null {
  if (!safe(text)) return null;
  const j = jieba();
  if (!j) return null;
  try {
    return j.cut(text, true);
  } catch {
    return null;
  }
}

/** Segments and tags parts of speech; null when unavailable. */
export function tagWords(text: string): TaggedWord[] | null {
  if (!safe(text)) return null;
  const j = jieba();
  if (!j) return null;
  try {
    return j.tag(text);
  } catch {
    return null;
  }
}
