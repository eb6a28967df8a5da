import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, csp, withCspMeta } from '../../scripts/vite-csp';

const PAGE = `<!doctype html>
<html><head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head><body><div id="root"></div></body></html>`;

describe('Content-Security-Policy of the built page', () => {
  it('goes right after <meta charset>, before any script or stylesheet it must govern', () => {
    const html = withCspMeta(PAGE);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${contentSecurityPolicy(PAGE)}"`);
  });

  it('allows only this origin, the wasm compiler and what the page draws with', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; "
      + "img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'none'");
    expect(contentSecurityPolicy('', { header: true })).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it('lets an inline script run by its sha256, and only that one', () => {
    const code = "if (location.protocol === 'file:') document.documentElement.classList.add('from-file');";
    const hash = createHash('sha256').update(code).digest('base64');
    const policy = contentSecurityPolicy(PAGE.replace('</head>', `<script>${code}</script><script src="x.js"></script></head>`));
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
  });

  it('refuses a page that already has a policy, and is a build-only, post-order index.html transform', () => {
    expect(() => withCspMeta(withCspMeta(PAGE))).toThrow(/already has/);
    const plugin = csp();
    expect(plugin.apply).toBe('build');
    expect(plugin.transformIndexHtml).toMatchObject({ order: 'post' });
  });
});
