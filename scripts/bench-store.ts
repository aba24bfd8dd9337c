/**
 * Measures the store on this machine: open time (with migrations), RSS after opening, and claimDelivery
 * throughput, one claim at a time and 50 at once, new keys and repeated keys. Embedded (a fresh file) always;
 * PostgreSQL too when BENCH_DATABASE_URL (or TEST_DATABASE_URL, as scripts/with-postgres.sh sets) is given:
 *   npm run bench:store
 *   scripts/with-postgres.sh npm run bench:store
 * A separate process per back end keeps one's memory out of the other's RSS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.js';

const CLAIMS = 2000;
const CONCURRENCY = 50;

async function measure(kind: 'embedded' | 'postgres', target: string): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const store = await openStore(
    kind === 'embedded' ? { databaseUrl: null, storePath: target } : { databaseUrl: target, storePath: '' },
  );
  const openMs = performance.now() - t0;
  const rssMb = process.memoryUsage().rss / 1e6;
  const prefix = `bench-${Date.now()}`;

  const t1 = performance.now();
  for (let i = 0; i < CLAIMS; i++) await store.claimDelivery(`${prefix}-s${i}`, 600_000);
  const serial = CLAIMS / ((performance.now() - t1) / 1000);

  const t2 = performance.now();
  for (let i = 0; i < CLAIMS; i += CONCURRENCY) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, (_, j) => store.claimDelivery(`${prefix}-c${i + j}`, 600_000)),
    );
  }
  const concurrent = CLAIMS / ((performance.now() - t2) / 1000);

  const t3 = performance.now();
  for (let i = 0; i < CLAIMS; i++) await store.claimDelivery(`${prefix}-s${i}`, 600_000);
  const repeated = CLAIMS / ((performance.now() - t3) / 1000);
  await store.close();
  process.stdout.write(
    `${JSON.stringify({
      store: kind,
      openMs: Math.round(openMs),
      rssMb: Math.round(rssMb),
      rssAddedByOpenMb: Math.round(rssMb - rssBefore / 1e6),
      newClaimsPerSecSerial: Math.round(serial),
      newClaimsPerSecAt50: Math.round(concurrent),
      repeatedClaimsPerSecSerial: Math.round(repeated),
    })}\n`,
  );
}

const [, , role, kind, target] = process.argv;
if (role === '--child' && (kind === 'embedded' || kind === 'postgres') && target !== undefined) {
  await measure(kind, target);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'reportdesk-bench-store-'));
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const runs: [string, string][] = [
    ['embedded', join(dir, 'store.db')],
    ...(url === undefined ? [] : [['postgres', url] as [string, string]]),
  ];
  try {
    for (const [runKind, runTarget] of runs) {
      const script = new URL(import.meta.url).pathname;
      process.stdout.write(
        execFileSync(process.execPath, ['--import', 'tsx', script, '--child', runKind, runTarget], {
          encoding: 'utf8',
        }),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
