// Renders assets/icons/icon.svg to the PNG sizes the web app manifest names,
// with headless Chromium. Run once after changing the icon:
//   (cd tests/browser && node ../../scripts/make-icons.mjs)
import { launch } from '../tests/browser/harness.mjs';
import { readFile } from 'node:fs/promises';

const svg = await readFile(new URL('../assets/icons/icon.svg', import.meta.url), 'utf8');
const browser = await launch();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../assets/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();
