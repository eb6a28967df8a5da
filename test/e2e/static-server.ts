import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

// A plain static server, as a host would have: the build is served from a sub-path, nothing else.
// Like nginx with brotli_static/gzip_static, it sends `<file>.br` or `<file>.gz` when the browser
// accepts that encoding and the build wrote one. It can also play a slow link for benchmarks.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.csv': 'text/csv', '.tsv': 'text/tab-separated-values', '.txt': 'text/plain',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json', '.arrow': 'application/vnd.apache.arrow.stream',
};

export interface ServeOptions {
  /** Where the build is served; ends with a slash. */
  readonly subPath?: string;
  /** Send the build's .br/.gz copies when the browser accepts them (default true). */
  readonly precompressed?: boolean;
  /** One link shared by every request (page and workers alike), e.g. 20e6 / 8 for 20 Mbit/s. */
  readonly bytesPerSecond?: number;
  /** Wait before each response starts, like a round trip. */
  readonly latencyMs?: number;
}

export interface ServedFile {
  readonly path: string; // the URL path asked for
  readonly encoding: string | null; // the Content-Encoding sent
  readonly bytes: number; // bytes sent in the body
}

export interface StaticServer {
  readonly url: string; // ends with the sub-path and a slash
  /** Every file sent, in order: what a test can check the browser really got. */
  readonly served: readonly ServedFile[];
  close(): Promise<void>;
}

/** The encodings the request accepts with a non-zero q, e.g. "gzip, deflate, br;q=0.9". */
function accepted(req: IncomingMessage): Set<string> {
  const header = String(req.headers['accept-encoding'] ?? '');
  const names = header.split(',').map((part) => part.trim().split(';')).filter(([name, q]) => name && !/^\s*q=0(\.0*)?\s*$/.test(q ?? ''));
  return new Set(names.map(([name]) => name.toLowerCase()));
}

/** A link of fixed bandwidth: each chunk waits until the chunks before it, from any request, have passed. */
function sharedLink(bytesPerSecond: number): () => Transform {
  let freeAt = 0;
  return () => new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const now = performance.now();
      freeAt = Math.max(freeAt, now) + (chunk.length / bytesPerSecond) * 1000;
      setTimeout(() => done(null, chunk), freeAt - now);
    },
  });
}

export async function serveStatic(root: string, options: string | ServeOptions = {}): Promise<StaticServer> {
  const { subPath = '/dashboard/demo/', precompressed = true, bytesPerSecond, latencyMs = 0 } =
    typeof options === 'string' ? { subPath: options } : options;
  const base = resolve(root);
  const link = bytesPerSecond ? sharedLink(bytesPerSecond) : null;
  const served: ServedFile[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    if (!path.startsWith(subPath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(subPath.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string | number> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    let body = file;
    let encoding: string | null = null;
    if (precompressed) {
      const variants = [['br', '.br'], ['gzip', '.gz']].filter(([, suffix]) => existsSync(file + suffix));
      // The answer depends on Accept-Encoding whenever a copy exists, so caches must keep them apart.
      if (variants.length > 0) headers.Vary = 'Accept-Encoding';
      const ok = accepted(req);
      const chosen = variants.find(([name]) => ok.has(name));
      if (chosen) {
        [encoding] = chosen;
        body = file + chosen[1];
        headers['Content-Encoding'] = encoding;
      }
    }
    // Validators as a host's server sends them (nginx: ETag and Last-Modified), and a year's freshness
    // for the build's hashed assets: a repeat visit asks again only for what may have changed.
    const stat = statSync(body);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
    headers.ETag = etag;
    headers['Last-Modified'] = stat.mtime.toUTCString();
    headers['Cache-Control'] = path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (req.headers['if-none-match'] === etag) {
      served.push({ path, encoding, bytes: 0 });
      res.writeHead(304, { ETag: etag, 'Cache-Control': headers['Cache-Control'] as string }).end();
      return;
    }
    headers['Content-Length'] = stat.size;
    served.push({ path, encoding, bytes: stat.size });
    const send = () => {
      res.writeHead(200, headers);
      // Small pieces only where a throttled link meters them; otherwise large reads, as a server sends.
      const stream = createReadStream(body, { highWaterMark: link ? 16 * 1024 : 1024 * 1024 });
      // A browser that stops reading (navigation, aborted fetch) ends the pipeline; nothing to report.
      (link ? pipeline(stream, link(), res) : pipeline(stream, res)).catch(() => undefined);
    };
    if (latencyMs > 0) setTimeout(send, latencyMs);
    else send();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    served,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
