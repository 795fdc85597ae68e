// The exploration views (explore.html) as a researcher uses them, in headless
// Chromium against the built site, checked against the engine's own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite, newPage, axeViolations, engineStats, lens } from './harness.mjs';

const ctx = useSite();

async function explore(fragment, options) {
  const page = await newPage(ctx.browser, options);
  await page.goto(`${ctx.server.url}explore.html${fragment}`);
  await page.waitForSelector('main h1');
  return page;
}

const records = () => lens('annotate', '--corpus').trim().split('\n').map((l) => JSON.parse(l));
const has = (r, id) => r.principles.some((p) => p.id === id);

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

test('the compare matrix equals the engine’s statistics, sorts, and opens the reader', async () => {
  const stats = engineStats();
  const page = await explore('#/compare');
  const cells = await page.locator('.chart-svg .cell').evaluateAll((els) => els.map((e) => ({
    speech: e.dataset.speech, principle: e.dataset.principle,
    density: Number(e.querySelector('.density').textContent), sentences: e.querySelector('.sentences').textContent,
  })));
  assert.equal(cells.length, 5 * 11);
  for (const c of cells) {
    const row = stats[c.speech];
    assert.ok(Math.abs(c.density - Number(row[`${c.principle}_per_1000_words`])) <= 0.0501, `${c.speech} ${c.principle}`);
    assert.equal(c.sentences, `(${row[`${c.principle}_sentences`]})`);
  }
  await page.selectOption('#compare-sort', 'cooperation');
  await page.waitForURL(/sort=cooperation/);
  const first = await page.locator('.chart-svg .cell[data-principle="cooperation"]').first().getAttribute('data-speech');
  const densest = Object.entries(stats).sort((a, b) => b[1].cooperation_per_1000_words - a[1].cooperation_per_1000_words)[0][0];
  assert.equal(first, densest);

  await page.locator('.cell[data-speech="wang-yi-data-security-2020"][data-principle="data_security"]').click();
  await page.waitForSelector('.s.coded[aria-current="true"]');
  assert.match(page.url(), /\/explore\.html#\/read\/wang-yi-data-security-2020\?p=data_security&s=\d+$/, "the reader opens in place, no reload");
  const firstWith = records().find((r) => r.doc === 'wang-yi-data-security-2020' && has(r, 'data_security')).n;
  assert.equal(await page.locator('.s.coded[aria-current="true"]').getAttribute('id'), `s-${firstWith}`);
  assert.deepEqual(page.errors, []);
});

test('co-occurrence counts equal the engine’s, and a cell lists its sentences', async () => {
  const recs = records();
  const both = (a, b, doc) => recs.filter((r) => (!doc || r.doc === doc) && has(r, a) && has(r, b));
  const page = await explore('#/cooccur');
  const count = (a, b) => page.locator(`.cell[data-a="${a}"][data-b="${b}"] .count`).textContent();
  assert.equal(Number(await count('multilateralism', 'cooperation')), both('multilateralism', 'cooperation').length);
  assert.equal(Number(await count('peace_stability', 'peace_stability')), both('peace_stability', 'peace_stability').length);
  await page.locator('.cell[data-a="multilateralism"][data-b="cooperation"]').click();
  await page.waitForSelector('.listing');
  const items = page.locator('.listing li');
  assert.equal(await items.count(), both('multilateralism', 'cooperation').length);
  await page.selectOption('#cooccur-scope', 'zhang-jun-unsc-2021');
  await page.waitForURL(/in=zhang-jun-unsc-2021/);
  assert.equal(Number(await count('multilateralism', 'cooperation')), both('multilateralism', 'cooperation', 'zhang-jun-unsc-2021').length);
  await page.locator('.cell[data-a="multilateralism"][data-b="rules_norms"]').click();
  await page.locator('.listing li a').first().click();
  await page.waitForSelector('.s.coded[aria-current="true"]');
  const principles = await page.locator('.s.coded[aria-current="true"]').getAttribute('data-principles');
  assert.match(principles, /multilateralism/);
  assert.match(principles, /rules_norms/);
  assert.deepEqual(page.errors, []);
});

test('the axis over time places each speech where the engine does', async () => {
  const stats = engineStats();
  const page = await explore('#/axis');
  const dots = await page.locator('.speech-dot').evaluateAll((els) => els.map((e) => [e.dataset.speech, e.dataset.position]));
  assert.equal(dots.length, 5);
  for (const [id, position] of dots) assert.equal(position, stats[id].axis_position, id);
  assert.ok(await page.locator('.paragraphs circle').count() > 30);
  assert.deepEqual(page.errors, []);
});

test('a known search returns its known counts, sorts, filters, and lands on its sentence', async () => {
  const page = await explore('#/search');
  await page.fill('#q', 'small circles');
  await page.press('#q', 'Enter');
  await page.waitForURL(/q=small%20circles/);
  assert.match(await page.locator('.summary').innerText(), /^2 hits for “small circles”/);
  const perSpeech = Object.fromEntries(await page.locator('.per-speech tbody tr').evaluateAll((rows) => rows.map((r) => [r.dataset.speech, Number(r.querySelector('.n').textContent)])));
  assert.deepEqual(perSpeech, { 'wang-lei-oewg-2019': 0, 'liu-zhenmin-desa-2020': 0, 'wang-yi-data-security-2020': 0, 'zhang-jun-unsc-2021': 1, 'oewg-2021-substantive': 1 });

  const texts = records().map((r) => r.text).join('\n');
  const expected = (texts.match(/\bmultilateral\w*/gi) ?? []).length;
  await page.goto(`${ctx.server.url}explore.html#/search?q=multilateral*`);
  await page.waitForSelector('.kwic');
  assert.equal(await page.locator('.kwic tbody tr').count(), expected);
  await page.selectOption('#kwic-sort', 'right');
  await page.waitForURL(/sort=right/);
  const rights = await page.locator('.kwic td.right').allInnerTexts();
  const keys = rights.map((t) => t.toLowerCase().replace(/[^a-z0-9 ]/g, '').trim());
  assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => k), 'sorted by right context');
  await page.selectOption('#kwic-speech', 'wang-lei-oewg-2019');
  await page.waitForURL(/doc=wang-lei-oewg-2019/);
  assert.equal(await page.locator('.kwic tbody tr').count(), Number(await page.locator('.per-speech tr[data-speech="wang-lei-oewg-2019"] .n').textContent()));
  await page.reload();
  await page.waitForSelector('.kwic');
  assert.equal(await page.inputValue('#q'), 'multilateral*');
  assert.equal(await page.inputValue('#kwic-sort'), 'right');

  const hit = page.locator('.kwic tbody tr').first();
  const keyword = await hit.locator('.kw a').innerText();
  await hit.locator('.kw a').click();
  await page.waitForSelector('[aria-current="true"].s, .s[aria-current="true"]');
  assert.ok((await page.locator('.s[aria-current="true"]').innerText()).includes(keyword));
  assert.deepEqual(page.errors, []);
});

test('a bad search says so and keeps what was typed', async () => {
  const page = await explore('#/search');
  await page.fill('#q', '* *');
  await page.press('#q', 'Enter');
  await page.waitForSelector('.error');
  assert.match(await page.locator('.error').innerText(), /at least one letter/);
  assert.equal(await page.inputValue('#q'), '* *');
});

test('exports are real downloads, equal to the command-line tool’s output', async () => {
  const page = await explore('#/export');
  const button = (name) => () => page.getByRole('button', { name }).click();
  const csv = await download(page, button('Annotations (CSV)'));
  assert.equal(csv.name, 'principle-lens-annotations.csv');
  assert.equal(csv.body.toString('utf8'), lens('annotate', '--format', 'csv', '--corpus'));
  const jsonl = await download(page, button('Annotations (JSON Lines)'));
  assert.equal(jsonl.body.toString('utf8'), lens('annotate', '--corpus'));
  const matrix = await download(page, button('Matrix (CSV)'));
  assert.equal(matrix.body.toString('utf8'), lens('stats', '--corpus'));
  const yaml = (await download(page, button('Codebook (quanteda YAML)'))).body.toString('utf8');
  assert.equal(yaml.split('\n').filter((l) => /^[a-z_]+:$/.test(l)).length, 11);
  const bib = (await download(page, button('Citations (BibTeX)'))).body.toString('utf8');
  assert.equal((bib.match(/^@misc\{/gm) ?? []).length, 5);
  const codebook = JSON.parse((await download(page, button('Codebook (JSON)'))).body.toString('utf8'));
  assert.equal(codebook.principles.length, 11);

  await page.goto(`${ctx.server.url}explore.html#/compare`);
  await page.waitForSelector('.chart-svg svg');
  const svg = (await download(page, button('Download SVG'))).body.toString('utf8');
  assert.match(svg, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /<title id="compare-t">Principles by speech/);
  assert.match(svg, /Multilateralism<\/text>/, 'the legend travels with the chart');
  const png = await download(page, button('Download PNG'));
  assert.equal(png.name, 'principle-lens-compare.png');
  assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual(page.errors, []);
});

test('the exploration views are keyboard operable and axe-clean', async () => {
  const views = ['#/compare', '#/cooccur?a=multilateralism&b=cooperation', '#/axis', '#/search?q=data%20secur*', '#/export', '#/reliability'];
  for (const options of [{ viewport: { width: 1280, height: 900 }, colorScheme: 'light' }, { viewport: { width: 360, height: 740 }, colorScheme: 'dark' }]) {
    for (const view of views) {
      const page = await explore(view, options);
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      assert.deepEqual(await axeViolations(page), [], `${view} ${options.colorScheme}`);
      assert.deepEqual(page.errors, [], view);
      await page.context().close();
    }
  }
  const page = await explore('#/compare');
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('cell'));
  }
  assert.ok(reached, 'a heatmap cell takes focus');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.s.coded[aria-current="true"]');
  assert.match(page.url(), /#\/read\//);
});

test('the reader and the exploration views link to each other, and a route on the wrong page is sent on', async () => {
  const page = await newPage(ctx.browser);
  await page.goto(ctx.server.url);
  await page.waitForSelector('.card');
  await page.getByRole('link', { name: 'Compare' }).click();
  await page.waitForSelector('.chart-svg');
  assert.match(page.url(), /explore\.html#\/compare$/);
  await page.getByRole('link', { name: 'Speeches' }).click();
  await page.waitForSelector('.card');
  await page.goto(`${ctx.server.url}#/search?q=peace`);
  await page.waitForSelector('.kwic');
  assert.match(page.url(), /explore\.html#\/search\?q=peace$/);
  assert.deepEqual(page.errors, []);
});

test('the reliability page shows what lens eval measures, per principle and overall', async () => {
  const gold = new URL('../data/dev-gold/gold.jsonl', import.meta.url).pathname;
  const cv = JSON.parse(lens('eval', '--json', '--cv', '5', gold));
  const alone = JSON.parse(lens('eval', '--json', '--no-model', gold));
  const page = await explore('#/reliability');
  assert.equal(await page.locator('h1').textContent(), 'How reliable is this?');
  const two = (x) => x.toFixed(2);
  for (const [i, p] of cv.principles.entries()) {
    const row = page.locator(`tr[data-principle="${p.id}"]`);
    const cell = (k) => row.locator(`[data-figure="${k}"]`).textContent();
    assert.equal(await cell('precision'), two(p.precision), `${p.id} precision`);
    assert.equal(await cell('recall'), two(p.recall), `${p.id} recall`);
    assert.equal(await cell('f1'), two(p.f1), `${p.id} F1`);
    assert.equal(await cell('codebook-f1'), two(alone.principles[i].f1), `${p.id} codebook F1`);
  }
  const overall = page.locator('tr[data-summary="cv"]');
  assert.equal(await overall.locator('[data-figure="micro-f1"]').textContent(), two(cv.micro_f1));
  assert.equal(await overall.locator('[data-figure="axis-accuracy"]').textContent(), two(cv.axis_accuracy));
  assert.deepEqual(page.errors, []);
});
