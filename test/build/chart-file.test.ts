import { describe, expect, it } from 'vitest';
import { CHARTS_META, chartFile } from '../../scripts/vite-chart-file';

type Chunk = { type: 'chunk'; name: string; isDynamicEntry: boolean; fileName: string };
const chunk = (name: string, fileName: string, isDynamicEntry = true): Chunk => ({ type: 'chunk', name, isDynamicEntry, fileName });

// The hooks as Vite calls them: a bundle of output chunks (only the fields the plugin reads).
const plugin = chartFile();
const transform = plugin.transformIndexHtml as { order: string; handler: (html: string, ctx: { bundle?: Record<string, Chunk> }) => unknown };

describe('the charts file named in index.html (scripts/vite-chart-file.ts)', () => {
  it('writes the built name of the charts file into a meta tag the page reads', () => {
    const bundle = { a: chunk('index', 'assets/index-1.js', false), b: chunk('charts', 'assets/charts-Ab12.js'), c: chunk('browser', 'assets/browser-9.js') };
    expect(plugin.apply).toBe('build');
    expect(transform.order).toBe('post');
    expect(transform.handler('<html></html>', { bundle })).toEqual([
      { tag: 'meta', attrs: { name: CHARTS_META, content: 'assets/charts-Ab12.js' }, injectTo: 'head' },
    ]);
  });

  it('stops the build when the charts file is missing, instead of a page that never preloads it', () => {
    expect(() => transform.handler('<html></html>', { bundle: { a: chunk('index', 'assets/index-1.js', false) } })).toThrow(/no charts file/);
    // A static import (not loaded on demand) is not the lazily loaded file.
    expect(() => transform.handler('', { bundle: { b: chunk('charts', 'assets/charts-1.js', false) } })).toThrow(/no charts file/);
  });

});
