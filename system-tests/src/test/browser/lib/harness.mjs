// What every browser test needs: the machine's Chromium through playwright-core with a fresh profile, the gateway's
// API for checking what the page shows, the generated sales file with its known totals, and screenshots.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

export const GATEWAY = process.env.DATASAGE_GATEWAY_URL || "http://localhost:8080";
export const CHROMIUM = process.env.DATASAGE_CHROMIUM || "/usr/bin/chromium";
export const SHOTS = process.env.DATASAGE_SCREENSHOTS || "target/screenshots";

const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * A browser with a fresh profile directory (a new --user-data-dir, deleted at close) at the given viewport; every
 * console error and uncaught exception of its pages is collected in `errors`.
 */
export async function openBrowser(viewport) {
  const profile = mkdtempSync(join(tmpdir(), "datasage-chromium-"));
  const phone = viewport.width < 600;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: 1,
    acceptDownloads: true,
    permissions: ["clipboard-read", "clipboard-write"],
    timeout: 60_000,
  });
  context.setDefaultTimeout(30_000);
  const errors = [];
  const watch = (page) => {
    page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  const page = context.pages()[0] || (await context.newPage());
  return {
    context,
    page,
    errors,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under the screenshot folder and returns its path. */
export async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page; returns the violations as readable lines. */
export async function accessibilityViolations(page) {
  const require = createRequire(import.meta.url);
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return violations;
}

/** The page fits its width: nothing scrolls sideways (the whole-page check of a responsive layout). */
export async function assertNoSidewaysScroll(page, where) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width + 1, `${where}: the page is ${scroll} px wide in a ${width} px window`);
}

/** A call to the gateway as the signed-in user, to compare what the page shows with what the API says. */
export async function apiCall(token, path, options = {}) {
  const response = await fetch(GATEWAY + path, {
    method: options.method || "GET",
    headers: Object.assign({ Authorization: `Bearer ${token}`, Accept: "application/json" },
      options.json ? { "Content-Type": "application/json" } : {}),
    body: options.json ? JSON.stringify(options.json) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The token the page keeps for the signed-in user. */
export async function tokenOf(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem("datasage.session")).token);
}

/** Waits until fn() is true in the page. */
export function until(page, fn, arg, timeout = 30_000) {
  return page.waitForFunction(fn, arg, { timeout, polling: 100 });
}

// ------------------------------------------------------------------------------------------ the sales file

const REGIONS = ["North", "South", "East", "West"];
const PRODUCTS = ["Laptop", "Phone", "Tablet", "Monitor", "Printer", "Camera"];

/** A deterministic sales CSV and its exact totals of sales per region, overall and for 2024. */
export function salesCsv(rows = 6000, seed = 42) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines = ["order_id,order_date,region,product,customer,quantity,unit_price,sales"];
  const cents = { all: {}, y2024: {} };
  const start = Date.UTC(2023, 0, 1);
  for (let i = 1; i <= rows; i++) {
    const date = new Date(start + Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    const region = REGIONS[Math.floor(random() * REGIONS.length)];
    const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
    const customer = `Customer ${String(1 + Math.floor(random() * 40)).padStart(2, "0")}`;
    const quantity = 1 + Math.floor(random() * 20);
    const priceCents = 500 + Math.floor(random() * 99_500);
    const salesCents = quantity * priceCents;
    lines.push(`${i},${date},${region},${product},${customer},${quantity},${(priceCents / 100).toFixed(2)},${(salesCents / 100).toFixed(2)}`);
    cents.all[region] = (cents.all[region] || 0) + salesCents;
    if (date.startsWith("2024")) cents.y2024[region] = (cents.y2024[region] || 0) + salesCents;
  }
  const euros = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v / 100]));
  return { csv: lines.join("\n") + "\n", rows, columns: 8, salesByRegion: euros(cents.all), salesByRegion2024: euros(cents.y2024) };
}

/** Asserts that the bars (labels to values) are the expected totals, to the cent. */
export function assertTotals(actual, expected, what) {
  assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${what}: the bars are not one per region`);
  for (const [k, v] of Object.entries(expected)) {
    assert.ok(Math.abs(actual[k] - v) < 0.01, `${what}: ${k} shows ${actual[k]}, the file sums to ${v}`);
  }
}
