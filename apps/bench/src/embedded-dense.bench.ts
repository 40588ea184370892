import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitFor } from '@rapport/test-support';
import { syntheticOrganisation, type SyntheticInteraction } from '@rapport/synthetic-organisation';
import { everyEventProjected } from '@rapport/contracts';
import { get, post } from './http';
import { queryBenchmark, type QueryResult } from './queries.bench';
import { peakRssMiB } from './stack';
import { chunks, inParallel } from './workload';

export interface EmbeddedDenseResult {
  readonly people: number;
  readonly interactions: number;
  /** Shares of the interactions that are e-mails and that have more than two people. */
  readonly emailShare: number;
  readonly groupShare: number;
  /** Contribution rows the interactions make (every ordered pair of their participants). */
  readonly pairRows: number;
  /** Seconds until every interaction was accepted, and until the last one was projected too. */
  readonly importSeconds: number;
  readonly projectedSeconds: number;
  readonly queries: readonly QueryResult[];
  readonly serviceRssMiB: number | null;
}

const PEOPLE = 1_000;
const INTERACTIONS = 200_000;
const DAYS = 365;

/**
 * The embedded default as `pnpm start` runs it (PGlite in a data directory, the worker in
 * the same process), fed a dense, mail-heavy organisation of 1,000 people and 200,000
 * interactions through the import API, as `rapport seed --profile dense` or `rapport
 * import` would post them; then person queries at 50 connections, "now" and a past instant.
 */
export async function embeddedDenseBenchmark(seconds: number, log: (message: string) => void): Promise<EmbeddedDenseResult> {
  const until = Date.now();
  const org = syntheticOrganisation({
    people: PEOPLE,
    days: DAYS,
    seed: 7,
    start: new Date(until - (DAYS + 1) * 86_400_000).toISOString().slice(0, 10),
    profile: 'dense',
  });
  const interactions: SyntheticInteraction[] = [];
  for (const day of org.days()) for (const i of day.interactions) if (interactions.length < INTERACTIONS) interactions.push(i);

  const dir = await mkdtemp(join(tmpdir(), 'rapport-dense-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess(
    'embedded',
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      RAPPORT_DATA_DIR: dir,
      RAPPORT_SEED_DEMO: 'false',
      AUTH_MODE: 'dev',
      RATE_LIMIT_PER_MINUTE: '0',
      STRUCTURE_INTERVAL_SECONDS: '86400',
      LOG_LEVEL: 'warn',
    },
    { bundled: true },
  );
  try {
    await waitFor(
      async () => (await fetch(`${url}/health/ready`).catch(() => null))?.ok === true,
      'the embedded service answering',
      120_000,
      service.output,
      service.process,
    );
    const { token } = (await post(url, '', '/v1/auth/dev-token', { role: 'admin' })) as { token: string };

    const started = performance.now();
    for (const batch of chunks(org.people, 1000)) await post(url, token, '/v1/people/batch', { people: batch });
    await inParallel(chunks(interactions, 1000), 2, async (batch) => {
      await post(url, token, '/v1/interactions/batch', { interactions: batch });
    });
    const importSeconds = (performance.now() - started) / 1000;
    log(`embedded dense: ${interactions.length} interactions accepted in ${importSeconds.toFixed(1)} s`);
    for (;;) {
      const status = await get(url, token, '/v1/projections/status');
      if (everyEventProjected(status.lag)) break;
      // Once a second: the status counts every stored and projected event, work the single-threaded engine shares.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const projectedSeconds = (performance.now() - started) / 1000;
    log(`embedded dense: imported and projected in ${projectedSeconds.toFixed(1)} s`);

    const stack = { url, token };
    const ids = org.people.map((p) => p.personId);
    const now = new Date().toISOString();
    const past = new Date(Date.now() - 31.5 * 86_400_000).toISOString();
    const queries: QueryResult[] = [];
    for (const [path, when] of [
      [`/v1/people/{id}/network?asOf=${now}`, 'now'],
      [`/v1/people/{id}/network?asOf=${past}`, 'past'],
      [`/v1/people/{id}/relationships?asOf=${now}`, 'now'],
      [`/v1/people/{id}/relationships?asOf=${past}`, 'past'],
    ] as const) {
      // The network's structural run for the instant is computed by its first request, untimed (as in the main rows).
      const firstPassSeconds = path.includes('/network') ? await timed(() => get(url, token, path.replace('{id}', ids[0]!))) : undefined;
      const q = await queryBenchmark(stack, path, ids, seconds, service.process.pid);
      log(`embedded dense ${path}: p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms, ${q.perSecond.toFixed(0)} req/s, ${q.non2xx + q.failed} errors`);
      queries.push({
        ...q,
        endpoint: path.replace(/\?asOf=.*/, `?asOf=${when === 'now' ? 'now' : '4½ weeks ago'}`),
        ids: ids.length,
        ...(firstPassSeconds !== undefined ? { firstPassSeconds } : {}),
      });
    }
    const n = (share: (i: SyntheticInteraction) => boolean) => interactions.filter(share).length / interactions.length;
    return {
      people: org.people.length,
      interactions: interactions.length,
      emailShare: n((i) => i.channel === 'email'),
      groupShare: n((i) => i.participantIds.length > 2),
      pairRows: interactions.reduce((sum, i) => sum + i.participantIds.length * (i.participantIds.length - 1), 0),
      importSeconds,
      projectedSeconds,
      queries,
      serviceRssMiB: peakRssMiB(service.process.pid),
    };
  } finally {
    await service.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return (performance.now() - started) / 1000;
}
