// Offline, installable, hostable anywhere, under a strict CSP: the built site
// served as a host would serve it, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, launchPersistent, newPage, site, until, DIST } from './harness.mjs';
import { policy } from '../../scripts/csp.mjs';

/** Resolves once the page is controlled by an activated service worker. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

// Reports CSP violations into window.__csp before any of the page's code runs.
const WATCH_CSP = `window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`;

test('after one visit the app opens and works with the network off', async () => {
  const server = await site();
  const browser = await launch();
  const page = await newPage(browser);
  await page.goto(`${server.url}#/read/wang-lei-oewg-2019`);
  await page.waitForSelector('mark.cue');
  await controlled(page);
  await page.context().setOffline(true);
  await page.reload();
  await page.waitForSelector('mark.cue');
  await page.locator('#toggle-peace_stability').click();
  await until(() => page.locator('mark.cue[data-p~="peace_stability"]').count(), (n) => n === 0);
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.waitForSelector('.chart-svg .cell');
  await page.goto(`${server.url}#/read/oewg-2021-substantive?s=10`);
  await page.waitForSelector('#s-10[aria-current="true"]');
  assert.deepEqual(page.errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await browser.close();
  await server.close();
});

test('a new build is offered as an update, and old caches are removed', async () => {
  const next = await mkdtemp(join(tmpdir(), 'lens-next-'));
  await cp(DIST, next, { recursive: true });
  const css = (await readFile(join(DIST, 'index.html'), 'utf8')).match(/app-[0-9a-f]+\.css/)[0];
  await writeFile(join(next, css), (await readFile(join(next, css), 'utf8')) + '\n/* next build */\n');
  execFileSync('node', [new URL('../../scripts/make-sw.mjs', import.meta.url).pathname, next]);

  const server = await site();
  const browser = await launch();
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.card');
  await controlled(page);
  server.setRoot(next);
  await page.reload();
  await page.waitForSelector('#update-banner', { timeout: 20_000 });
  assert.match(await page.locator('#update-banner').innerText(), /new version/);
  await Promise.all([page.waitForEvent('load'), page.locator('#update-banner button').click()]);
  await page.waitForSelector('.card');
  const css_now = await page.evaluate(async (name) => (await fetch(name).then((r) => r.text())).includes('/* next build */'), css);
  assert.ok(css_now, 'the page now runs on the new build');
  assert.equal((await page.evaluate(() => caches.keys())).length, 1, 'one build cached');
  await browser.close();
  await server.close();
  await rm(next, { recursive: true });
});

test('the same build works under a subpath, with no rebuild', async () => {
  const server = await site({ base: '/institution/tools/principle-lens/' });
  const browser = await launch();
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.card');
  await page.locator('.card a').first().click();
  await page.waitForSelector('mark.cue');
  await page.getByRole('link', { name: 'Concordance' }).click();
  await page.waitForSelector('#q');
  assert.match(page.url(), /\/institution\/tools\/principle-lens\/explore\.html#\/search/);
  await controlled(page);
  assert.deepEqual(page.errors, []);
  await browser.close();
  await server.close();
});

test('Chromium finds the app installable', async () => {
  const server = await site();
  // Installability is never granted to an incognito profile: use a real one.
  const profile = await mkdtemp(join(tmpdir(), 'lens-profile-'));
  const context = await launchPersistent(profile);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.card');
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = JSON.parse(await (await fetch(`${server.url}manifest.webmanifest`)).text());
  assert.equal(manifest.start_url, './');
  await context.close();
  await server.close();
  await rm(profile, { recursive: true });
});

test('a strict Content-Security-Policy reports no violation', async () => {
  const csp = await policy(DIST);
  assert.doesNotMatch(csp, /'unsafe-eval'/);
  const server = await site({ headers: { 'content-security-policy': csp } });
  const browser = await launch();
  const page = await newPage(browser);
  await page.addInitScript(WATCH_CSP);
  await page.goto(`${server.url}#/read/zhang-jun-unsc-2021?s=22`);
  await page.waitForSelector('aside.explain blockquote');
  await page.locator('#toggle-cooperation').click();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await page.goto(`${server.url}explore.html#/compare`);
  await page.waitForSelector('.chart-svg .cell');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  assert.equal(download.suggestedFilename(), 'principle-lens-compare.png');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(page.errors, []);
  await browser.close();
  await server.close();
});
