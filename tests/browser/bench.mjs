// Speed in headless Chromium, as figures: time from navigation to the first
// highlighted speech on screen, and the time to re-render after toggling a
// principle on the longest speech. Prints; asserts nothing.
import { launch, site, newPage, SPEECHES } from './harness.mjs';

const RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

// Records when the first cue mark is in the DOM, in the page's own clock
// (milliseconds since navigation started).
const FIRST_MARK = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('mark.cue')) { window.__firstMark = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

const server = await site();
const browser = await launch();

const longest = await (async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.card');
  const counts = await page.locator('.card .words').evaluateAll((els) => els.map((e) => Number(e.dataset.words)));
  await page.context().close();
  return SPEECHES[counts.indexOf(Math.max(...counts))];
})();

const firstPaint = [];
for (let i = 0; i < RUNS; i++) {
  const page = await newPage(browser);
  await page.addInitScript(FIRST_MARK);
  await page.goto(`${server.url}#/read/${longest}`);
  await page.waitForFunction(() => window.__firstMark !== undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  firstPaint.push(await page.evaluate(() => window.__firstMark));
  await page.context().close();
}

const page = await newPage(browser);
await page.goto(`${server.url}#/read/${longest}`);
await page.waitForSelector('mark.cue');
const toggles = await page.evaluate(async (runs) => {
  const box = document.querySelector('#toggle-cooperation');
  const times = [];
  for (let i = 0; i < runs * 2; i++) {
    let last = 0;
    const observer = new MutationObserver(() => { last = performance.now(); });
    observer.observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true, characterData: true });
    const start = performance.now();
    box.click();
    await new Promise((r) => setTimeout(r, 150));
    observer.disconnect();
    times.push(last - start);
  }
  return times;
}, RUNS);
await page.context().close();

// What a first and a repeat visit take from the network (this test server
// does not compress; scripts/size.sh gives gzip figures). Responses the
// service worker answers from its cache are not network transfers.
async function visit(page, go) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const fromWorker = new Set();
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (e) => { if (e.response.fromServiceWorker) fromWorker.add(e.requestId); });
  cdp.on('Network.loadingFinished', (e) => {
    if (!fromWorker.has(e.requestId)) { bytes += e.encodedDataLength; requests += 1; }
  });
  await go();
  await page.waitForSelector('.card');
  await page.waitForTimeout(300);
  await cdp.detach();
  return { bytes, requests };
}
const visitor = await newPage(browser);
const first = await visit(visitor, () => visitor.goto(server.url));
await visitor.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
const repeat = await visit(visitor, () => visitor.reload());
await visitor.context().close();

console.log(`browser: Chromium headless, longest speech ${longest}`);
console.log(`  first visit: ${first.requests} requests, ${(first.bytes / 1000).toFixed(1)} kB uncompressed from the network (then the service worker precaches the exploration page in the background)`);
console.log(`  repeat visit: ${repeat.requests} requests, ${(repeat.bytes / 1000).toFixed(1)} kB from the network (the rest from the service worker's cache)`);
console.log(`  navigation → first highlighted speech: median ${ms(median(firstPaint))} (runs: ${firstPaint.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  toggle a principle → re-rendered: median ${ms(median(toggles))}, worst ${ms(Math.max(...toggles))} (aim: one frame, 16 ms)`);
await browser.close();
await server.close();
