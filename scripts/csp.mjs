// Prints the Content-Security-Policy for the built site and writes it to
// dist/_headers (the format Netlify and Cloudflare Pages read). Scripts come
// only from the site itself, plus the hashes of Trunk's inline module loaders;
// wasm needs 'wasm-unsafe-eval' (never 'unsafe-eval'). Styles come from the
// site's stylesheet; only style *attributes* are inline (principle colours).
// Usage: node scripts/csp.mjs dist
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function policy(dist) {
  const hashes = new Set();
  for (const page of ['index.html', 'explore.html']) {
    const html = await readFile(join(dist, page), 'utf8');
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    }
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].join(' ')}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const csp = await policy(dist);
  await writeFile(join(dist, '_headers'), `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n`);
  console.log(csp);
}
