// The reader's own texts and codebook, as a researcher uses them: in headless
// Chromium against the built site, with real files, real IndexedDB and the
// real analysis worker. Every bad input gets its message and loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSite, newPage, axeViolations, until, lens } from './harness.mjs';

const ctx = useSite();

const TEXT = 'We uphold multilateralism and the central role of the United Nations. Peace and stability in cyberspace matter to all. We oppose hegemony.\n\nData security is the basis of digital development.';

async function texts(context) {
  const page = context ? await context.newPage() : await newPage(ctx.browser);
  page.errors ??= [];
  await page.goto(`${ctx.server.url}explore.html#/texts`);
  await page.waitForSelector('.your-texts h2');
  await until(() => page.locator('[aria-busy="true"]').count(), (n) => n === 0);
  return page;
}

async function paste(page, { title, date, text = TEXT, speaker = 'A. Delegate', venue = 'Geneva' }) {
  await page.fill('#paste-text', text);
  await page.fill('#paste-title', title);
  await page.fill('#paste-speaker', speaker);
  await page.fill('#paste-date', date);
  await page.fill('#paste-venue', venue);
  await page.click('form.paste button[type="submit"]');
}

const status = (page, scope) => page.locator(`${scope} [role="status"]`).first().textContent();
const alert = (page, scope) => page.locator(`${scope} [role="alert"]`).first().textContent();

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path(), 'utf8') };
}

const file = (name, body, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(body) });

test('a pasted text is stored, analysed by the worker, and opens in the reader, compare and concordance', async () => {
  const page = await texts();
  await paste(page, { title: 'My statement', date: '2022-03-01' });
  await until(() => status(page, '.add-texts'), (s) => s.includes('Added one text'));
  await page.waitForSelector('.your-texts a[href="#/read/own-my-statement"]', { timeout: 20000 });
  assert.equal(await page.inputValue('#paste-text'), '', 'the form empties once stored');

  await page.click('.your-texts a[href="#/read/own-my-statement"]');
  await page.waitForSelector('article.speech');
  assert.match(await page.locator('main h1').textContent(), /My statement/);
  assert.ok(await page.locator('article.speech mark.cue').count() > 0, 'highlights');

  await page.goto(`${ctx.server.url}explore.html#/`);
  await until(() => page.locator('.card h2').allTextContents(), (t) => t.includes('My statement'));

  await page.goto(`${ctx.server.url}explore.html#/compare`);
  await until(() => page.locator('.chart-svg .cell[data-speech="own-my-statement"]').count(), (n) => n > 0, 10000);

  // Over time: the axis reaches its date (March 2022, past the bundled speeches).
  await page.goto(`${ctx.server.url}explore.html#/axis`);
  const dot = page.locator('.chart-svg .speech-dot[data-speech="own-my-statement"] circle');
  await dot.waitFor({ timeout: 10000 });
  const ticks = await page.locator('.chart-svg text').allTextContents();
  assert.ok(ticks.includes('Jul 2022') && ticks.includes('Jul 2019'), ticks.join(' | '));
  const xs = await page.locator('.chart-svg .speech-dot circle').evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
  assert.equal(Math.max(...xs), Number(await dot.getAttribute('cx')), 'the latest text is rightmost');
  assert.ok(xs.every((x) => x >= 118 && x <= 610), `inside the plot: ${xs}`);
  assert.match(await page.locator('main h1 + p + figure, main').first().textContent(), /2019–2022/);

  await page.goto(`${ctx.server.url}explore.html#/search?q=hegemony`);
  await until(() => page.locator('main').textContent(), (t) => t.includes('My statement') || t.includes('own-my-statement'), 10000);

  // Kept across a reload, and the reader page hands over to the workspace.
  await page.goto(`${ctx.server.url}#/read/own-my-statement`);
  await page.waitForURL(/explore\.html#\/read\/own-my-statement/);
  await page.waitForSelector('article.speech', { timeout: 20000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('files: .txt and .html are added (scripts ignored); bad files each get a message naming them; nothing is lost', async () => {
  const page = await texts();
  await paste(page, { title: 'Kept text', date: '2021' });
  await page.waitForSelector('.your-texts a[href="#/read/own-kept-text"]', { timeout: 20000 });

  const big = Buffer.alloc(16_000_001, 'a');
  await page.setInputFiles('#file-input', [
    file('speech.txt', 'Sovereignty in cyberspace must be respected by all states.'),
    file('page.html', '<html><head><style>p{color:red}</style><script>document.title="pwned"</script></head><body><p>We call for fairness and justice in digital governance.</p></body></html>', 'text/html'),
    file('image.png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'image/png'),
    file('empty.txt', '   \n'),
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: big },
  ]);
  await until(() => page.locator('.pending li').count(), (n) => n === 2, 10000);
  const problems = await until(() => alert(page, '.add-texts'), (t) => ['image.png', 'empty.txt', 'latin1.txt', 'huge.txt'].every((f) => t.includes(f)), 10000);
  assert.match(problems, /image\.png” looks like a binary file/);
  assert.match(problems, /empty\.txt” is empty/);
  assert.match(problems, /latin1\.txt” is not UTF-8/);
  assert.match(problems, /huge\.txt” is 17 MB, over the 16 MB limit/);

  // Each waiting file needs a date; one without is kept, with the reason.
  await page.fill('#pending-0-date', '2020-05');
  await page.click('.pending > button');
  await until(() => page.locator('.pending li').count(), (n) => n === 1);
  assert.match(await alert(page, '.add-texts'), /page\.html”: give its date/);
  await page.fill('#pending-0-date', '2020-06-01');
  await page.click('.pending > button');
  await until(() => page.locator('.pending li').count(), (n) => n === 0);
  await page.waitForSelector('.your-texts a[href="#/read/own-page"]', { timeout: 20000 });
  await page.click('.your-texts a[href="#/read/own-page"]');
  await page.waitForSelector('article.speech');
  const body = await page.locator('article.speech').textContent();
  assert.match(body, /fairness and justice/);
  assert.doesNotMatch(body, /pwned|color:red/);
  assert.notEqual(await page.title(), 'pwned');

  // A duplicate (same words, other spacing) is refused, naming both.
  await page.goto(`${ctx.server.url}explore.html#/texts`);
  await page.setInputFiles('#file-input', [file('again.txt', 'Sovereignty  in cyberspace\nmust be respected by all states.')]);
  await until(() => page.locator('.pending li').count(), (n) => n === 1);
  await page.fill('#pending-0-date', '2020');
  await page.click('.pending > button');
  assert.match(await until(() => alert(page, '.add-texts'), (t) => t.includes('again.txt')), /“again\.txt” is the same text as “speech”/);
  assert.equal(await page.locator('.your-texts tbody tr').count(), 3, 'nothing stored was lost');

  // Drop works like choosing.
  const drop = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Peace and stability are what we seek.'], 'dropped.md', { type: 'text/markdown' }));
    return dt;
  });
  await page.dispatchEvent('.files', 'drop', { dataTransfer: drop });
  await until(() => page.locator('.pending legend').allTextContents(), (t) => t.some((l) => l.includes('dropped.md')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('rename, delete, and a workspace file that exports and imports; a broken one changes nothing', async () => {
  const page = await texts();
  await paste(page, { title: 'Alpha', date: '2021-01' });
  await page.waitForSelector('.your-texts a[href="#/read/own-alpha"]', { timeout: 20000 });
  await paste(page, { title: 'Beta', date: '2021-02', text: 'A second text about openness and supply chains.' });
  await page.waitForSelector('.your-texts a[href="#/read/own-beta"]', { timeout: 20000 });

  await page.click('button:has-text("Rename “Alpha”")');
  await page.fill('#rename-own-alpha', 'Alpha, renamed');
  await page.click('button:has-text("Save title")');
  await until(() => status(page, '.your-texts'), (s) => s.includes('Renamed “Alpha” to “Alpha, renamed”'));

  const exported = await download(page, () => page.click('button:has-text("Export workspace")'));
  const ws = JSON.parse(exported.body);
  assert.deepEqual(ws.texts.map((t) => t.title), ['Alpha, renamed', 'Beta']);

  await page.click('button:has-text("Delete “Beta”")');
  await page.click('button:has-text("Confirm: delete “Beta”")');
  await until(() => page.locator('.your-texts tbody tr').count(), (n) => n === 1);
  await page.reload();
  await until(() => page.locator('.your-texts tbody tr').count(), (n) => n === 1, 10000);

  // A broken file: the line is named, nothing changes.
  await page.setInputFiles('#workspace-import', [file('broken.lens-workspace.json', '{\n  "version": 1,\n  "texts": [ nope ]\n}', 'application/json')]);
  assert.match(await until(() => alert(page, '.workspace-file'), (t) => t.includes('broken')), /line 3/);
  assert.equal(await page.locator('.your-texts tbody tr').count(), 1);

  await page.setInputFiles('#workspace-import', [file('backup.lens-workspace.json', exported.body, 'application/json')]);
  assert.match(await until(() => status(page, '.workspace-file'), (t) => t.includes('Imported')), /added 1 text; skipped 1 already in your library/);
  await until(() => page.locator('.your-texts tbody tr').count(), (n) => n === 2);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a long text keeps a window of paragraphs on the page: it grows by keyboard or scrolling, and moves to a jump', async () => {
  const page = await texts();
  const body = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1}. We uphold multilateralism in cyberspace, and we call on all states to work together on it.`);
  body.push('Peace and stability are the last word of this text.');
  await page.setInputFiles('#file-input', [file('long.txt', body.join('\n\n'))]);
  await page.fill('#pending-0-date', '2023-05');
  await page.click('.pending > button');
  await page.click('.your-texts a[href="#/read/own-long"]', { timeout: 20000 });
  await page.waitForSelector('article.speech mark.cue');
  const paras = () => page.locator('article.speech .para').count();
  assert.equal(await paras(), 60);
  const more = page.locator('article.speech button.more', { hasText: 'Show more text (paragraphs 61–120)' });
  assert.match(await page.locator('article.speech .window-note').textContent(), /Paragraphs 1–60 of 401 are shown/);

  // Where each principle falls: a long text's strip has a mark per stretch of sentences.
  const strip = page.locator('.dispersion .strip').first();
  const marks = await strip.locator('.tick').count();
  assert.ok(marks > 1 && marks <= 60, `${marks} marks`);
  assert.match(await strip.locator('.tick').first().getAttribute('aria-label'), /^Sentences 1–\d+ of [\d,]+: \d+ with this principle$/);

  // By keyboard: the button adds the next paragraphs and keeps those there.
  await page.evaluate(() => { document.getElementById('s-0').dataset.kept = 'yes'; });
  await more.focus();
  await page.keyboard.press('Enter');
  await until(paras, (n) => n >= 120);
  assert.equal(await page.locator('#s-0').getAttribute('data-kept'), 'yes', 'the first paragraphs were not rendered again');

  // A jump far ahead ("p" from nothing selected: the last highlight) moves the window there.
  await page.keyboard.press('Escape');
  await page.locator('main h1').click();
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.activeElement?.textContent.includes('Peace and stability are the last word'));
  const earlier = page.locator('article.speech button.more', { hasText: 'Show earlier text' });
  await earlier.waitFor();
  assert.ok(await paras() <= 8 * 60, 'the window stays bounded');
  await page.waitForTimeout(500);
  const top = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < await page.evaluate(() => innerHeight), `the focused sentence stays in view (${top})`);

  // Scrolling up towards the start brings earlier paragraphs in.
  const before = await paras();
  for (let i = 0; i < 20 && (await paras()) === before; i++) {
    await page.mouse.wheel(0, -1500);
    await page.waitForTimeout(100);
  }
  assert.ok(await paras() > before, 'earlier paragraphs came in');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a full storage quota: a clear message, nothing stored is lost or half-written', async () => {
  const page = await texts();
  // Room for what the site stores already (its offline copy) and 300 KB more.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(ctx.server.url).origin, quotaSize: usage + 300_000 });
  await paste(page, { title: 'Small one', date: '2021' });
  await page.waitForSelector('.your-texts a[href="#/read/own-small-one"]', { timeout: 20000 });
  await paste(page, { title: 'Too big to keep', date: '2021', text: 'Peace in cyberspace. '.repeat(100_000) });
  assert.match(await until(() => alert(page, '.add-texts'), (t) => t.length > 0, 10000), /storage for this site is full, so “Too big to keep” was not saved/);
  assert.equal(await page.inputValue('#paste-title'), 'Too big to keep', 'what was typed stays');
  await page.reload();
  await until(() => page.locator('.your-texts tbody tr th').allTextContents(), (t) => t.length === 1 && t[0].includes('Small one'), 10000);
  await page.context().close();
});

test('the codebook: edit live, diagnostics, invalid edits kept but not applied, marked everywhere, reset, import and export', async () => {
  const page = await newPage(ctx.browser);
  await page.goto(`${ctx.server.url}explore.html#/codebook`);
  await page.waitForSelector('.principle-editor');
  assert.equal(await page.locator('.principle-editor').count(), 11);
  assert.match(await page.locator('.diagnostics').textContent(), /Never matched/);

  // A new cue for multilateralism that occurs in the corpus: counts follow.
  await page.locator('.principle-editor').first().locator('summary').click();
  const cues = page.locator('#p0-Cues');
  await cues.fill(`${await cues.inputValue()}\ncyberspace`);
  await page.waitForSelector('.codebook-note', { timeout: 10000 });
  assert.match(await page.locator('.codebook-note').textContent(), /edited, [0-9a-f]{8}/);
  const row = page.locator('.diagnostic').first();
  await until(() => row.textContent(), (t) => /cyberspace \(\d+\)/.test(t), 10000);

  // An invalid cue: kept as typed, not applied, the reason shown.
  await cues.fill(`${await cues.inputValue()}\n*bad`);
  assert.match(await until(() => alert(page, 'main'), (t) => t.includes('Not applied')), /principles\[0\]\.cues/);
  assert.match(await cues.inputValue(), /\*bad$/);
  await cues.fill((await cues.inputValue()).replace('\n*bad', ''));
  await until(() => alert(page, 'main'), (t) => t.trim() === '');

  // Marked in exports.
  await page.goto(`${ctx.server.url}explore.html#/export`);
  const csv = await download(page, () => page.click('button:has-text("Matrix (CSV)")'));
  assert.match(csv.body.split('\n')[0], /,codebook$/);
  assert.match(csv.body.split("\n")[1], /\(edited, [0-9a-f]{8}\)"?$/);
  const jsonl = await download(page, () => page.click('button:has-text("Annotations (JSON Lines)")'));
  assert.match(JSON.parse(jsonl.body.split('\n')[0]).codebook, /edited/);

  // Export YAML, import a broken YAML (line named, nothing changed), reset.
  await page.goto(`${ctx.server.url}explore.html#/codebook`);
  await page.waitForSelector('.principle-editor');
  const yaml = await download(page, () => page.click('button:has-text("Export codebook (quanteda YAML)")'));
  assert.match(yaml.body, /- "cyberspace"/);
  await page.setInputFiles('#codebook-import', [file('bad.yml', 'peace:\n  - fine\n  - "*broken"\n')]);
  assert.match(await until(() => alert(page, 'main'), (t) => t.includes('bad.yml')), /line 3/);
  assert.equal(await page.locator('.principle-editor').count(), 11);
  await page.setInputFiles('#codebook-import', [file('small.yml', 'trust:\n  - confidence building\n')]);
  await until(() => page.locator('.principle-editor').count(), (n) => n === 1);
  await page.click('button:has-text("Reset to default")');
  await until(() => page.locator('.principle-editor').count(), (n) => n === 11);
  await until(() => page.locator('.codebook-note').count(), (n) => n === 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a pasted text gets the classifier’s labels as the command-line tool gives them, each explained', async () => {
  // The opening of a General Debate speech, which the codebook was not written for.
  const raw = await readFile(new URL('../data/dev-gold/texts/CHN_75_2020.txt', import.meta.url), 'utf8');
  const text = raw.split('\n\n').slice(0, 6).join('\n\n');
  const dir = await mkdtemp(join(tmpdir(), 'lens-'));
  await writeFile(join(dir, 'speech.txt'), text);
  const records = lens('annotate', join(dir, 'speech.txt')).trim().split('\n').map((l) => JSON.parse(l));
  const byModel = records.filter((r) => r.principles.some((p) => p.source === 'model'));
  assert.ok(byModel.length > 0, 'the classifier finds something the codebook does not');

  const page = await texts();
  await paste(page, { title: 'Classifier check', date: '2020-09-22', text });
  await page.waitForSelector('.your-texts a[href="#/read/own-classifier-check"]', { timeout: 20000 });
  await page.click('.your-texts a[href="#/read/own-classifier-check"]');
  await page.waitForSelector('article.speech');
  const tagged = await page.locator('.s.coded:has(.model-tag)').evaluateAll((els) => els.map((e) => Number(e.id.slice(2))));
  assert.deepEqual(tagged, byModel.map((r) => r.n), 'the same sentences carry classifier-only labels');
  await page.locator(`#s-${byModel[0].n}`).click();
  const note = page.locator('.explain .source[data-source="model"]').first();
  assert.match(await note.textContent(), /^Found by the classifier alone \(confidence \d+%\)/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});
