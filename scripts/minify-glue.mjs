// Minifies each page's wasm-bindgen glue script, which Trunk copies as it is,
// and updates the integrity hash its page gives it (what the browser checks
// before running it). About 2 KB of the reader's first load. Run by the Trunk
// hook on release builds, before the CSP and the service worker are written.
// Usage: node scripts/minify-glue.mjs DIR
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2] ?? 'dist';
for (const page of ['index.html', 'explore.html']) {
  let html = await readFile(join(dir, page), 'utf8');
  for (const [tag] of html.matchAll(/<link[^>]*modulepreload[^>]*>/g)) {
    const file = tag.match(/href="?\.\/([\w.-]+\.js)/)?.[1];
    const integrity = tag.match(/integrity="?(sha384-[A-Za-z0-9+/=]+)/)?.[1];
    if (!file || !integrity) continue;
    const source = await readFile(join(dir, file), 'utf8');
    const { code } = await minify(source, { module: true, compress: true, mangle: true });
    await writeFile(join(dir, file), code);
    const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replaceAll(integrity, hash);
    console.log(`${file}: ${source.length} → ${code.length} bytes`);
  }
  await writeFile(join(dir, page), html);
}
