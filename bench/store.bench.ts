import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createStore } from '../main/host/store/store.js';
import { tempDir } from '../test/helpers/temp-dir.js';

/** Sample writes and chart reads on a real SQLite file: what a busy wall asks of the store. */
export async function run() {
  const tmp = tempDir('ioc-wall-bench-');
  const store = createStore({ file: join(tmp.dir, 'bench.sqlite'), secretKey: randomBytes(32) });
  const series = Array.from({ length: 200 }, (_, i) => ({ id: `bench.s${i}`, name: `S${i}`, unit: '', source: 'bench', labels: {} }));
  store.samples.putSeries(series);
  const batches = 500;
  const t0 = 1_700_000_000_000;
  const startWrite = performance.now();
  for (let b = 0; b < batches; b++) {
    store.samples.append(series.map((s, i) => ({ seriesId: s.id, t: t0 + b * 2000, v: Math.sin(b + i) * 50 + 50 })));
  }
  const writeMs = performance.now() - startWrite;
  const startRead = performance.now();
  const reads = 200;
  for (let r = 0; r < reads; r++) store.samples.query(series.slice(r % 190, (r % 190) + 6).map((s) => s.id), t0 + 100 * 2000, 1000);
  const readMs = performance.now() - startRead;
  store.close();
  tmp.cleanup();
  return {
    samplesWritten: batches * series.length,
    samplesPerSecond: Math.round((batches * series.length) / (writeMs / 1000)),
    batchOf200Ms: +(writeMs / batches).toFixed(3),
    chartQueryOf6SeriesMs: +(readMs / reads).toFixed(3),
    target: 'one 200-sample batch < 5 ms; a 6-series chart query < 10 ms',
  };
}
