// Embedding: the example host page (examples/host.html), served from another
// origin, embeds the reader and drives it through the embed API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, site, axeViolations } from './harness.mjs';
import { serve } from './server.mjs';

let app;
let browser;
const hosts = [];

before(async () => {
  app = await site();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await app?.close();
  for (const h of hosts) {
    await h.server.close();
    await rm(h.dir, { recursive: true });
  }
});

/** The example host page, on its own origin, embedding the app (with `frameQuery` added to the frame's URL). */
async function hostPage(frameQuery = '') {
  const dir = await mkdtemp(join(tmpdir(), 'lens-host-'));
  let html = (await readFile(new URL('../../examples/host.html', import.meta.url), 'utf8')).replaceAll('APP_URL', app.url);
  html = html.replace('?embed=1"', `?embed=1${frameQuery}"`);
  await writeFile(join(dir, 'index.html'), html);
  const server = await serve(dir);
  hosts.push({ server, dir });
  const page = await newPage(browser);
  await page.goto(server.url);
  const frame = page.frameLocator('#lens');
  await frame.locator('mark.cue').first().waitFor();
  return { page, frame, origin: new URL(server.url).origin };
}

test('the embedded reader loads from another origin and the frame fits its content', async () => {
  const { page, frame } = await hostPage();
  assert.notEqual(new URL(app.url).origin, new URL(page.url()).origin);
  await page.waitForFunction(() => document.getElementById('lens').getBoundingClientRect().height > 400);
  const inner = await frame.locator('body').evaluate((b) => b.offsetHeight);
  const outer = await page.locator('#lens').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 2, `frame ${outer}px for content ${inner}px`);
  assert.equal(await frame.locator('header.site').count(), 0, 'no site chrome');
  const full = frame.getByRole('link', { name: /Open in Principle Lens/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.doesNotMatch(await full.getAttribute('href'), /embed/);
  assert.match(await page.locator('#log').innerText(), /ready/);
  const inside = page.frames().find((f) => f.url().startsWith(app.url));
  assert.deepEqual(await axeViolations(inside), []);
  assert.deepEqual(page.errors, []);
});

test('the host switches speech and principles by postMessage', async () => {
  const { page, frame } = await hostPage();
  await page.locator('#show-zhang').click();
  await frame.locator('h1', { hasText: 'Zhang Jun' }).waitFor();
  const principles = await frame.locator('mark.cue').evaluateAll((ms) => [...new Set(ms.flatMap((m) => m.dataset.p.split(' ')))]);
  assert.deepEqual(principles, ['multilateralism']);
  assert.deepEqual(page.errors, []);
});

test('an invalid command gets an error and changes nothing', async () => {
  const { page, frame } = await hostPage();
  await page.locator('#show-bad').click();
  await page.locator('#log', { hasText: 'Principle Lens says' }).waitFor();
  assert.match(await page.locator('#log').innerText(), /no speech "no-such-speech"/);
  assert.match(await frame.locator('h1').innerText(), /General Debate/);
});

test('a frame told to trust another origin ignores this host', async () => {
  const { page, frame } = await hostPage('&host=https%3A%2F%2Fportal.example.org');
  await page.locator('#show-zhang').click();
  await page.waitForTimeout(500);
  assert.match(await frame.locator('h1').innerText(), /General Debate/);
  assert.doesNotMatch(await page.locator('#log').innerText(), /says/);
});

test('the reader writes the embed code for the current view', async () => {
  const page = await newPage(browser);
  await page.goto(`${app.url}#/read/zhang-jun-unsc-2021?p=multilateralism,sovereignty`);
  await page.waitForSelector('mark.cue');
  await page.locator('summary', { hasText: 'Embed this view' }).click();
  const code = await page.inputValue('#embed-code-text');
  assert.ok(code.includes(`<iframe src="${app.url}#/read/zhang-jun-unsc-2021?p=multilateralism,sovereignty&amp;embed=1"`), code);
  for (const part of ['title="Principle Lens: Remarks by Amb. Zhang Jun', 'loading="lazy"', 'sandbox="allow-scripts allow-same-origin', `<script src="${app.url}embed.js"`]) {
    assert.ok(code.includes(part), part);
  }
});
