import { defineConfig } from "vitest/config";

/**
 * `npm run fuzz`: the long property runs (FUZZ_RUNS pages, 10 000 by default)
 * and the slow bad-input cases (a 50 MB line, 100 000 files), kept out of
 * `npm test` by its exclude of `*.fuzz.test.ts`.
 */
export default defineConfig({
  test: {
    include: ["test/**/*.fuzz.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 15 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: "forks",
  },
});
