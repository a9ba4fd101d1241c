/// <reference lib="dom" />
/**
 * The HTML report in a real browser: headless Chromium driven by
 * playwright-core. Skipped, with the reason printed, only where no browser
 * can be had; CI installs Chromium (see .ci/run).
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { jsonLines, runCli } from "../helpers/cli.js";

const SEED = join(import.meta.dirname, "../../seeds/000_7cd392f51c3f8d00.txt");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

type Playwright = typeof import("playwright-core");

async function loadPlaywright(): Promise<Playwright | null> {
  try {
    return await import("playwright-core");
  } catch {
    return null;
  }
}

const playwright = await loadPlaywright();

/** The browser to drive: $CHROMIUM, /usr/bin/chromium, or one that playwright installed. */
function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  try {
    if (playwright) candidates.push(playwright.chromium.executablePath());
  } catch {
    // playwright knows of no browser of its own.
  }
  return candidates.find((p): p is string => p !== undefined && p !== "" && existsSync(p)) ?? null;
}

const executablePath = chromiumPath();
const skipReason =
  playwright === null
    ? "playwright-core is not installed (npm install)"
    : executablePath === null
      ? "no Chromium found: install it (apt-get install -y chromium) or set CHROMIUM=/path/to/chromium"
      : null;
if (skipReason !== null) console.warn(`[report browser test] skipped: ${skipReason}`);

// The <svg onload> sets a global if it ever runs; the <video> would fetch from the network.
// (An <img> or a <script> is no test: the input cleaning removes it as an HTML remnant before the report sees it.)
const EVIL = [
  "渌口新区<svg onload=\"window.__pwned = 1\">开工",
  "",
  "本报记者 王建国",
  "",
  "本报讯 9月28日,渌口区一项目开工<svg onload=\"window.__pwned = 2\">。该项目总投资约80亿元,占地120亩。",
  "",
  "<video src=\"http://example.com/x.mp4\" onerror=\"window.__pwned = 3\">二期投资5亿元。",
  "",
].join("\n");

describe.skipIf(skipReason !== null)(`zhnews report in headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let browser: Browser;
  let dir: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    // Every request is recorded; any that is not file:// is refused.
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith("file://")) await route.continue();
      else await route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zhnews-browser-"));
    writeFileSync(join(dir, "evil.txt"), EVIL);
    const seed = await runCli(["report", SEED, "-o", join(dir, "seed.html")]);
    expect(seed.code).toBe(0);
    const evil = await runCli(["report", "evil.txt", "-o", "evil.html"], { cwd: dir });
    expect(evil.code).toBe(0);
    if (playwright === null || executablePath === null) throw new Error("unreachable: skipped");
    browser = await playwright.chromium.launch({ executablePath, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders one <article> per article record of the seed page (10)", async () => {
    const extracted = await runCli(["extract", SEED]);
    const articles = jsonLines(extracted.stdout).filter((r) => r.type === "article").length;
    expect(articles).toBe(10);
    const page = await open(join(dir, "seed.html"));
    expect(await page.evaluate(() => document.querySelectorAll("article").length)).toBe(articles);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh");
    expect(await page.evaluate(() => document.characterSet)).toBe("UTF-8");
    await page.close();
  });

  it("shows the figure 总投资约80亿元 highlighted as money, with its value", async () => {
    const page = await open(join(dir, "seed.html"));
    const mark = page.locator("mark.fig", { hasText: /^总投资约80亿元$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.getAttribute("data-kind")).toBe("money");
    const box = await mark.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    // The highlight is a visible colour, not transparent.
    const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    const value = await mark.evaluate((el) => el.nextElementSibling?.textContent ?? "");
    expect(value).toBe("8,000,000,000 CNY ≈");
    // The summary's charts are drawn.
    expect(await page.locator("figure.chart svg rect").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("runs nothing from the input and fetches nothing", async () => {
    const page = await open(join(dir, "evil.html"));
    expect(await page.evaluate(() => Reflect.get(window, "__pwned"))).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll("script, img, video, svg[onload]").length)).toBe(0);
    // The markup is shown as text.
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('渌口新区<svg onload="window.__pwned = 1">开工');
    expect(text).toContain('<svg onload="window.__pwned = 2">');
    expect(text).toContain('<video src="http://example.com/x.mp4"');
    await page.close();
  });

  it("no request left the machine: only file:// URLs were asked for", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith("file://"))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
