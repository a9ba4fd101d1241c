/** Loads a JSON table from `fixtures/credits/`. */
import { readFileSync } from "node:fs";

export interface Case<I = string, E = unknown> {
  input: I;
  options?: { issueDate?: string };
  expected: E;
  fn?: string;
}

export function loadCases<I = string, E = unknown>(name: string): Array<Case<I, E>> {
  const url = new URL(`../../fixtures/credits/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Array<Case<I, E>>;
}

/** A short test title for a case. */
export function title(input: unknown): string {
  const s = typeof input === "string" ? input : JSON.stringify(input);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s || "(empty)";
}
