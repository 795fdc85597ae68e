// A 10 MB text of the reader's own, in headless Chromium: the time from
// choosing the file to its analysis being done (by the analysis worker), the
// time to the first highlight in the reader, and the longest main-thread task
// meanwhile (aim: none over 100 ms), then scrolling through it and jumping to
// its end in the reader. Prints; asserts nothing.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, site, newPage } from './harness.mjs';

const corpus = join(fileURLToPath(new URL('.', import.meta.url)), '../../assets/corpus');
const files = (await readdir(corpus)).filter((f) => f.endsWith('.txt')).sort();
const one = (await Promise.all(files.map((f) => readFile(join(corpus, f), 'utf8')))).join('\n\n');
const SIZE = 10_000_000;
const text = one.repeat(Math.ceil(SIZE / Buffer.byteLength(one))).slice(0, SIZE);
// Chosen from disk, as a reader would: a file handed over as a buffer would be
// decoded on the page's main thread by the test driver, not by the app.
const dir = await mkdtemp(join(tmpdir(), 'lens-bench-'));
const path = join(dir, 'ten-megabytes.txt');
await writeFile(path, text);

// Every long task (over 50 ms) on the page's main thread, in page time.
const LONG_TASKS = `
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;
const longest = (tasks, from, to) => Math.max(0, ...tasks.filter(([s, d]) => s + d >= from && s <= to).map(([, d]) => d));
const ms = (x) => `${x.toFixed(0)} ms`;

const server = await site();
const browser = await launch();
const page = await newPage(browser);
await page.addInitScript(LONG_TASKS);
await page.goto(`${server.url}explore.html#/texts`);
await page.waitForSelector('#file-input');
await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

// A 100-sentence text, pasted: from Add until the worker's analysis (codebook
// and classifier) is done, the worker's first start included.
const hundred = one.split(/(?<=\. )/).slice(0, 100).join('');
await page.fill('#paste-text', hundred);
await page.fill('#paste-title', 'Hundred sentences');
await page.fill('#paste-speaker', 'A. Delegate');
await page.fill('#paste-date', '2021-01-01');
await page.fill('#paste-venue', 'Geneva');
const h0 = await page.evaluate(() => performance.now());
await page.click('form.paste button[type="submit"]');
await page.waitForSelector('.your-texts a[href="#/read/own-hundred-sentences"]', { timeout: 60_000 });
const h1 = await page.evaluate(() => performance.now());
console.log(`a 100-sentence text, pasted, analysed with the classifier by the worker (its first start included): ${ms(h1 - h0)}`);

const t0 = await page.evaluate(() => performance.now());
await page.setInputFiles('#file-input', path);
await page.waitForSelector('#pending-0-date');
await page.fill('#pending-0-date', '2024');
const t1 = await page.evaluate(() => performance.now());
await page.click('.pending > button');
await page.waitForSelector('.your-texts a[href="#/read/own-ten-megabytes"]', { timeout: 300_000 });
const t2 = await page.evaluate(() => performance.now());
await page.click('.your-texts a[href="#/read/own-ten-megabytes"]');
await page.waitForSelector('article.speech mark.cue');
const t3 = await page.evaluate(() => performance.now());

// Scroll down through the text as a reader would, a screenful at a time; the
// window of paragraphs on the page follows.
const shown = () => page.evaluate(() => document.querySelectorAll('article.speech .para').length);
const t4 = await page.evaluate(() => performance.now());
for (let i = 0; i < 60; i++) {
  await page.mouse.wheel(0, 900);
  await page.waitForTimeout(50);
}
await page.waitForTimeout(500);
const t5 = await page.evaluate(() => performance.now());
const note = await page.locator('article.speech .window-note').last().textContent().catch(() => '');
const onPage = await shown();

// Jump to the last highlighted sentence ("p" with nothing selected), far past the window.
await page.keyboard.press('p');
await page.waitForFunction(() => document.activeElement?.classList.contains('coded'));
const t6 = await page.evaluate(() => performance.now());
const jumped = await page.evaluate(() => document.activeElement.id);
await page.waitForTimeout(1000);
const tasks = await page.evaluate(() => window.__long);

console.log(`10 MB own text (${(SIZE / 1e6).toFixed(0)} MB, the corpus repeated), analysed by the worker in headless Chromium`);
console.log(`  read and checked, until its details form shows   ${ms(t1 - t0)}   longest main-thread task ${ms(longest(tasks, t0, t1))}`);
console.log(`  add pressed, until analysed (worker)             ${ms(t2 - t1)}   longest main-thread task meanwhile ${ms(longest(tasks, t1, t2))}`);
console.log(`  reader opened, until the first highlight         ${ms(t3 - t2)}   longest main-thread task ${ms(longest(tasks, t2, t3))}`);
console.log(`  scrolled down 60 screenfuls                      ${ms(t5 - t4)}   longest main-thread task ${ms(longest(tasks, t4, t5))}`);
console.log(`    paragraphs on the page then: ${onPage} (${note.trim().replace(/ Show.*$/, '')})`);
console.log(`  "p": jump to the last highlight (${jumped})       ${ms(t6 - t5)}   longest main-thread task ${ms(longest(tasks, t5, t6 + 1000))}`);
console.log(`  long tasks (>50 ms) over the whole run: ${tasks.length}; longest ${ms(longest(tasks, 0, Infinity))}`);
if (process.env.LONG_TASKS) for (const [start, d] of tasks) console.log(`    at ${ms(start - t1)} after add: ${ms(d)}`);
await browser.close();
await server.close();
await rm(dir, { recursive: true });
