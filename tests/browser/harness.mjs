// Shared set-up of the browser tests: the built site served on loopback, Debian's
// Chromium driven by playwright-core, console errors collected, axe-core checks.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.LENS_DIST ?? join(here, '../../dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Without the networking flags Chromium keeps calling hosts this network refuses.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
}

/** Chromium with a persistent profile in `dir` (what installability needs). */
export async function launchPersistent(dir) {
  return chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: FLAGS });
}

export async function site(options) {
  return serve(DIST, options);
}

/** A new page that records console errors, page errors and failed requests in `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.errors.push(`page: ${e.message}`));
  // A request aborted because the page navigated away is not an error.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') page.errors.push(`request: ${r.url()} ${r.failure()?.errorText}`);
  });
  return page;
}

/** Runs axe-core on the page and returns its violations, summarised. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export const SPEECHES = [
  'wang-lei-oewg-2019', 'liu-zhenmin-desa-2020', 'wang-yi-data-security-2020', 'zhang-jun-unsc-2021', 'oewg-2021-substantive',
];

/** Serves the site and launches Chromium around a test file; read `.server` and `.browser` in tests. */
export function useSite() {
  const ctx = {};
  before(async () => {
    ctx.server = await site();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** Output of the engine's command-line tool (built by scripts/test.sh). */
export function lens(...args) {
  return execFileSync(process.env.LENS_BIN ?? join(here, '../../target/release/lens'), args, { encoding: 'utf8' });
}

/** `lens stats --corpus` as { speech id: { column: value } }: the counts the app must show. */
export function engineStats() {
  const [header, ...rows] = lens('stats', '--corpus').trim().split('\n').map((l) => l.split(','));
  return Object.fromEntries(rows.map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
}

/**
 * Polls `read()` until `accept(value)` holds, then returns the value; fails with
 * the last value after `ms`. Yew renders asynchronously, so a test waits for
 * the state it expects instead of reading the DOM right after an action.
 */
export async function until(read, accept, ms = 5000) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    value = await read();
  }
  if (!accept(value)) throw new Error(`gave up waiting; last value: ${JSON.stringify(value)}`);
  return value;
}
