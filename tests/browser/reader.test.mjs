// The reader as a person uses it, in headless Chromium against the built site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, newPage, axeViolations, engineStats, until, SPEECHES, lens } from './harness.mjs';

const ctx = useSite();

async function open(path, options) {
  const page = await newPage(ctx.browser, options);
  await page.goto(ctx.server.url + path);
  return page;
}

async function reader(id, query = '', options) {
  const page = await open(`#/read/${id}${query}`, options);
  await page.waitForSelector('article.speech .s');
  return page;
}

test('the library lists the five speeches with fingerprints', async () => {
  const page = await open('');
  await page.waitForSelector('.card');
  const cards = page.locator('.card');
  assert.equal(await cards.count(), 5);
  const links = await page.locator('.card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, SPEECHES.map((id) => `#/read/${id}`));
  assert.equal(await page.locator('.card').first().locator('.fingerprint li').count(), 11);
  assert.match(await page.locator('.card').nth(4).innerText(), /date inferred/);
  assert.equal(await page.title(), 'Principle Lens — speeches');
  assert.deepEqual(page.errors, []);
});

test('each speech renders with highlights and the engine’s counts', async () => {
  const stats = engineStats();
  for (const id of SPEECHES) {
    const page = await reader(id);
    assert.ok(await page.locator('mark.cue').count() > 5, `${id} has marks`);
    assert.equal(await page.locator('article .s').count(), Number(stats[id].sentences), `${id} sentences`);
    for (const p of ['multilateralism', 'cooperation', 'data_security']) {
      const shown = await page.locator(`.count[data-principle="${p}"]`).innerText();
      assert.equal(parseInt(shown, 10), Number(stats[id][`${p}_sentences`]), `${id} ${p}`);
      assert.equal(await page.locator(`.s.coded[data-principles~="${p}"]`).count(), Number(stats[id][`${p}_sentences`]));
    }
    assert.deepEqual(page.errors, [], id);
    await page.context().close();
  }
});

test('a toggle removes and restores its marks and counts', async () => {
  const page = await reader('zhang-jun-unsc-2021');
  const marks = () => page.locator('mark.cue[data-p~="multilateralism"]').count();
  const summary = () => page.locator('#legend-summary').innerText();
  const before = await marks();
  const summaryBefore = await summary();
  assert.ok(before > 0);
  assert.match(summaryBefore, /Showing 11 of 11/);
  await page.locator('#toggle-multilateralism').click();
  await until(marks, (n) => n === 0);
  assert.match(await summary(), /Showing 10 of 11/);
  assert.match(page.url(), /p=security_development,/);
  assert.equal(await page.locator('.dispersion .strip[aria-label^="Multilateralism"]').count(), 0);
  await page.locator('#toggle-multilateralism').click();
  await until(marks, (n) => n === before);
  assert.equal(await summary(), summaryBefore);
  await page.getByRole('button', { name: 'Hide all' }).click();
  await until(() => page.locator('mark.cue').count(), (n) => n === 0);
  assert.match(await summary(), /Showing 0 of 11 principles · 0 sentences highlighted/);
  await page.getByRole('button', { name: 'Show all' }).click();
  await until(() => page.locator('mark.cue').count(), (n) => n > 0);
  assert.deepEqual(page.errors, []);
});

test('the explanation panel names the principle, the cue and the stance', async () => {
  const page = await reader('zhang-jun-unsc-2021');
  const sentence = page.locator('.s.coded', { hasText: 'oppose small circles and group politics' });
  await sentence.click();
  const panel = page.locator('aside.explain');
  await panel.locator('blockquote').waitFor();
  const reason = panel.locator('.reason[data-principle="multilateralism"]');
  assert.match(await reason.innerText(), /Multilateralism/);
  assert.match(await reason.locator('.cues').innerText(), /small circles — contra cue, naming the opposite small circle\*/);
  assert.match(await reason.locator('.cues').innerText(), /multilateralism — cue multilateralism/);
  assert.match(await reason.locator('.stance').innerText(), /Argues for this principle/);
  assert.match(page.url(), /s=\d+/);
  assert.equal(await sentence.getAttribute('aria-current'), 'true');
  await panel.getByRole('button', { name: 'Close' }).click();
  await until(() => panel.locator('blockquote').count(), (n) => n === 0);
  assert.deepEqual(page.errors, []);
});

test('focusing a highlight by keyboard explains it', async () => {
  const page = await reader('oewg-2021-substantive');
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('coded'))) break;
  }
  const id = await page.evaluate(() => document.activeElement.id);
  assert.match(id, /^s-\d+$/);
  await page.locator('aside.explain blockquote').waitFor();
  assert.equal(await page.locator(`#${id}`).getAttribute('aria-current'), 'true');
});

test('next and previous move focus, by key and by button', async () => {
  const page = await reader('wang-lei-oewg-2019');
  const coded = await page.locator('.s.coded').evaluateAll((els) => els.map((e) => e.id));
  const active = () => page.evaluate(() => document.activeElement?.id);
  const focusMoves = (id) => until(active, (now) => now === id);
  const focusOn = (principle) => until(
    () => page.evaluate(() => document.activeElement?.dataset?.principles ?? ''),
    (ps) => ps.split(' ').includes(principle),
  );
  await page.locator('h1').click();
  await page.keyboard.press('n');
  await focusMoves(coded[0]);
  await page.keyboard.press('n');
  await focusMoves(coded[1]);
  await page.keyboard.press('p');
  await focusMoves(coded[0]);
  await page.keyboard.press('p');
  await focusMoves(coded.at(-1));
  await page.getByRole('button', { name: 'Next Sovereignty and non-interference sentence' }).click();
  await focusOn('sovereignty');
  await page.locator('.dispersion .strip[aria-label^="Peace and stability"] .tick').nth(1).click();
  await focusOn('peace_stability');
  await page.keyboard.press('Escape');
  await until(() => page.url(), (url) => !/s=/.test(url));
  assert.deepEqual(page.errors, []);
});

test('a permalink restores the view on reload, and back and forward work', async () => {
  const page = await reader('zhang-jun-unsc-2021', '?p=multilateralism,sovereignty&s=22');
  const check = async () => {
    assert.equal(await page.locator('#toggle-multilateralism').isChecked(), true);
    assert.equal(await page.locator('#toggle-sovereignty').isChecked(), true);
    assert.equal(await page.locator('#toggle-peace_stability').isChecked(), false);
    assert.equal(await page.locator('#s-22').getAttribute('aria-current'), 'true');
    assert.match(await page.locator('#explain-title').innerText(), /sentence 23/);
    const principles = await page.locator('mark.cue').evaluateAll((ms) => [...new Set(ms.flatMap((m) => m.dataset.p.split(' ')))]);
    assert.deepEqual(principles.sort(), ['multilateralism', 'sovereignty']);
  };
  await check();
  await page.reload();
  await page.waitForSelector('article.speech .s');
  await check();

  await page.locator('#s-12').click();
  await until(() => page.url(), (url) => /s=12/.test(url));
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#s-22')?.getAttribute('aria-current') === 'true');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#s-12')?.getAttribute('aria-current') === 'true');
  await page.locator('.crumbs a').click();
  await page.waitForSelector('.card');
  await page.goBack();
  await page.waitForSelector('#s-12[aria-current="true"]');
  assert.deepEqual(page.errors, []);
});

test('an unknown speech gets a clear message', async () => {
  const page = await open('#/read/not-a-speech');
  await page.waitForSelector('main.notice');
  assert.match(await page.locator('main').innerText(), /not in this corpus/);
});

test('axe-core finds no violations, in light and dark, at 360 px and on a desktop', async () => {
  const views = [
    { name: 'library', path: '' , wait: '.card' },
    { name: 'reader', path: '#/read/wang-yi-data-security-2020', wait: 'mark.cue' },
    { name: 'reader with explanation', path: '#/read/wang-yi-data-security-2020?s=20', wait: 'aside.explain blockquote' },
  ];
  for (const options of [
    { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    { viewport: { width: 360, height: 740 }, colorScheme: 'dark' },
  ]) {
    for (const view of views) {
      const page = await open(view.path, options);
      await page.waitForSelector(view.wait);
      await page.locator('details.about').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      assert.deepEqual(await axeViolations(page), [], `${view.name} ${JSON.stringify(options)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view.name}: no sideways scrolling (${overflow}px)`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('nothing is requested from another origin', async () => {
  const page = await newPage(ctx.browser);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(ctx.server.url + '#/read/zhang-jun-unsc-2021');
  await page.waitForSelector('mark.cue');
  assert.deepEqual([...origins], [new URL(ctx.server.url).origin]);
});

test('printing keeps the highlighted speech and its legend, without the controls', async () => {
  const page = await reader('wang-lei-oewg-2019', '?p=multilateralism,peace_stability&s=13');
  await page.emulateMedia({ media: 'print' });
  const visible = (selector) => page.locator(selector).first().isVisible();
  assert.equal(await visible('.legend'), true);
  assert.equal(await visible('mark.cue'), true);
  assert.equal(await visible('.legend-item:not(.off)'), true);
  assert.equal(await visible('.legend-item.off'), false, 'hidden principles leave the printed legend');
  for (const gone of ['header.site', '.dispersion', 'aside.explain', '.legend-all', '.steps']) {
    assert.equal(await visible(gone), false, gone);
  }
  const pdf = await page.pdf();
  assert.ok(pdf.length > 10_000 && pdf.subarray(0, 4).toString() === '%PDF');
});

test('the explanation says what found each principle, with the classifier’s confidence, as the tool does', async () => {
  const records = lens('annotate', '--corpus').trim().split('\n').map((l) => JSON.parse(l))
    .filter((r) => r.doc === 'zhang-jun-unsc-2021');
  const page = await reader('zhang-jun-unsc-2021', '?s=22');
  await page.waitForSelector('.explain.open .reason');
  const shown = await page.locator('.explain .reason').evaluateAll((els) => els.map((e) => ({
    id: e.dataset.principle, source: e.querySelector('.source').dataset.source, note: e.querySelector('.source').textContent,
  })));
  const want = records[22].principles;
  assert.deepEqual(shown.map((r) => [r.id, r.source]), want.map((p) => [p.id, p.source]));
  for (const [i, p] of want.entries()) {
    assert.ok(shown[i].note.includes(`confidence ${Math.floor((Math.round(p.score * 1000) + 5) / 10)}%`), shown[i].note);
  }
  // Sentences the classifier alone labels carry a dashed tag with the letters.
  const byModel = records.filter((r) => r.principles.some((p) => p.source === 'model')).map((r) => r.n);
  const tagged = await page.locator('.s.coded:has(.model-tag)').evaluateAll((els) => els.map((e) => Number(e.id.slice(2))));
  assert.deepEqual(tagged, byModel);
  assert.deepEqual(page.errors, []);
});
