import type { Plugin } from 'vite';

/** The name of the meta tag that tells the page where the trend's code is (components/charts/lazy.tsx). */
export const CHARTS_META = 'charts-file';

/**
 * Writes the built name of the charts file (the trend's Recharts code, loaded on demand) into
 * index.html as `<meta name="charts-file" content="assets/charts-….js">`, so that the page can fetch
 * it into the cache once its own script runs, while the link is idle (components/charts/lazy.tsx):
 * a link in the HTML itself would share the link with the page's script and data instead, and the
 * file's hashed name is known only here. The dev server writes nothing: the page then asks for the
 * file when it needs it.
 */
export function chartFile(): Plugin {
  return {
    name: 'chart-file',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'charts');
        if (!chunk) throw new Error('The build has no charts file (src/components/charts/charts.ts, loaded by lazy.tsx).');
        return [{ tag: 'meta', attrs: { name: CHARTS_META, content: chunk.fileName }, injectTo: 'head' as const }];
      },
    },
  };
}
