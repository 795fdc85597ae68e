// Writes dist/sw.js: a service worker that precaches every file of this build.
// Its version is a hash of the files' contents, so a new build is a new worker,
// and its cache is named after that version: a page is always served by one
// build's files, never a mix. Usage: node scripts/make-sw.mjs dist
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const files = (await readdir(dist)).filter((f) => f !== 'sw.js' && f !== '_headers').sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(await readFile(join(dist, f)));
}
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('../assets/offline/sw-template.js', import.meta.url), 'utf8');
const worker = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files]));
await writeFile(join(dist, 'sw.js'), worker);
console.log(`sw.js: version ${version}, ${files.length + 1} URLs precached`);
