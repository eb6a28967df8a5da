import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

// The page's Content-Security-Policy, written into dist/index.html as a <meta> tag so that every host
// gets it, even one whose headers nobody can change. Everything comes from the page's own origin:
// - script-src 'wasm-unsafe-eval': DuckDB compiles its .wasm (nothing else is eval'd);
// - worker-src 'self': the DuckDB and file-reader workers are files of the build;
// - img-src data: blob:: the favicon is a data: URL and the PNG export draws the chart from a blob: SVG;
// - style-src 'unsafe-inline': the file:// note's inline <style> and style attributes of charts;
// - connect-src 'self': the published data and the wasm are fetched from the site itself.
// frame-ancestors is ignored in a <meta> tag; a host that can set headers adds it (docs/hosting.md).
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** 'sha256-…' of every inline script, so one added to index.html keeps running under the policy. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => m[1].trim() !== '')
    .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}

/** The policy for this HTML; `header` adds what only a response header can carry. */
export function contentSecurityPolicy(html = '', { header = false } = {}): string {
  const directives: Record<string, readonly string[]> = { ...CSP_DIRECTIVES };
  directives['script-src'] = [...directives['script-src'], ...inlineScriptHashes(html)];
  if (header) directives['frame-ancestors'] = ["'none'"];
  return Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Writes the policy as the first tag after <meta charset>, before any script or stylesheet it governs. */
export function withCspMeta(html: string): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) throw new Error('index.html already has a Content-Security-Policy meta tag');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  const at = charset ? charset.index + charset[0].length : html.search(/<head[^>]*>/i) + (/<head[^>]*>/i.exec(html)?.[0].length ?? 0);
  if (!charset && at <= 0) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** Vite plugin, build only: the dev server needs its HMR client script and websocket. */
export function csp(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // 'post': after Vite has written its script and stylesheet tags, so every inline script is seen.
    transformIndexHtml: { order: 'post', handler: (html) => withCspMeta(html) },
  };
}
