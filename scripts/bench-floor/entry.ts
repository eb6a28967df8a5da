import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

// The floors of the benches, in a page that holds nothing but DuckDB-wasm (the same eh build the app
// ships). Without parameters (the first-view bench): start the engine and run SELECT 1; the time is the
// page's own, from navigation. With `?f=<file>&d=<delimiter>` (repeatable) and `runs=<n>` (the scale
// bench): fetch each file from the same server, register its bytes, and time DuckDB's own
// `CREATE TABLE … AS SELECT * FROM read_csv(…)` of it, every column as text, `runs` times; the engine
// start is not part of that floor. Results go to data attributes of <body>.

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The header's column names: the first line, without a byte-order mark, split at the delimiter. */
function headerOf(bytes: Uint8Array, delim: string): string[] {
  const end = bytes.indexOf(10);
  const line = new TextDecoder().decode(bytes.subarray(0, end < 0 ? bytes.length : end)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  return line.split(delim).map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
}

async function readCsvFloor(db: AsyncDuckDB, conn: AsyncDuckDBConnection, params: URLSearchParams): Promise<void> {
  const files = params.getAll('f');
  const delims = params.getAll('d');
  const runs = Math.max(1, Number(params.get('runs') ?? 1));
  const out: Record<string, { ms: number[]; rows: number; bytes: number }> = {};
  for (const [i, name] of files.entries()) {
    const delim = delims[i] ?? ',';
    const response = await fetch(name);
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const columns = headerOf(bytes, delim).map((h) => `${quote(h)}: 'VARCHAR'`).join(', ');
    const size = bytes.length;
    const file = `floor-${i}.csv`;
    await db.registerFileBuffer(file, bytes); // detaches `bytes`
    const sql = `CREATE OR REPLACE TABLE floor_${i} AS SELECT * FROM read_csv(${quote(file)}, header=true, auto_detect=false, delim=${quote(delim)}, columns={${columns}})`;
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await conn.query(sql);
      ms.push(performance.now() - t0);
    }
    const counted = await conn.query(`SELECT count(*)::INTEGER AS n FROM floor_${i}`);
    out[name] = { ms, rows: Number(counted.getChildAt(0)?.get(0)), bytes: size };
    await conn.query(`DROP TABLE floor_${i}`);
    await db.dropFile(file);
  }
  document.body.dataset.readCsv = JSON.stringify(out);
}

async function main(): Promise<void> {
  const worker = new Worker('duckdb-browser-eh.worker.js');
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate('duckdb-eh.wasm');
  const conn = await db.connect();
  await conn.query('SELECT 1');
  document.body.dataset.ready = String(performance.now());
  const params = new URLSearchParams(location.search);
  if (params.has('f')) {
    // Offline, DuckDB would try to fetch extensions on first use; read_csv needs none.
    await conn.query('SET autoload_known_extensions=false');
    await conn.query('SET autoinstall_known_extensions=false');
    await readCsvFloor(db, conn, params);
  }
}

main().catch((error: unknown) => { document.body.dataset.error = String(error); });
