import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.fuzz.test.ts", "node_modules/**"],
    testTimeout: 30_000,
    // nodejieba is a native addon: forks keep each test file in its own process.
    pool: "forks",
  },
});
