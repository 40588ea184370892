import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { embeddedDenseBenchmark } from './embedded-dense.bench';
import { freshnessBenchmark } from './freshness.bench';
import { createCohorts, managersWithTeams, sampleOfManagers } from './groups';
import { ingestBenchmark, registerPeople } from './ingest.bench';
import { machineDescription } from './machine';
import { projectionBenchmark, rebuildBenchmark } from './projection.bench';
import { firstPass, queryBenchmark, waitForCohortProjected } from './queries.bench';
import { rawReadBenchmark } from './raw-read';
import { historyGrowthBenchmark } from './history-growth.bench';
import { cpuText, markdown, writeReport, type ScaleResult } from './report';
import { peakRssMiB, startStack } from './stack';
import { structureJobBenchmark } from './structure-job.bench';
import { companyWorkload, workload, type Workload } from './workload';

/**
 * `pnpm bench [--scales 1,10,100] [--freshness-seconds 30] [--query-seconds 10] [--no-write] [--only ingest,projection,freshness] [--queries network,relationships,cohorts,managers] [--no-history-growth] [--no-embedded-dense] [--keep-database] [--company]`
 * Runs every benchmark at each scale against Rapport in its production shape and
 * writes the results to docs/performance.md; then measures how a "now" query's cost
 * changes as the same organisation's history doubles, and how the embedded default does with a
 * dense organisation (`--scales none` runs only those two). `--only` runs the named parts alone and
 * writes nothing: ingest always runs (it fills the topic the others read), freshness
 * runs after the projection has caught up (`--only freshness` implies projection). `--queries`
 * runs only the query rows whose path holds one of the words given (and writes nothing).
 * `--keep-database` leaves each scale's database in place, for EXPLAIN and the like afterwards.
 * `--company` adds the company row after the scales: 100,000 people and a year of sparse
 * activity (about 1,000,000 interactions), 50 managers' dashboards (the head first), and
 * the structural job timed.
 */
const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    'freshness-seconds': { type: 'string', default: '30' },
    'query-seconds': { type: 'string', default: '10' },
    'no-write': { type: 'boolean', default: false },
    only: { type: 'string' },
    queries: { type: 'string' },
    'no-history-growth': { type: 'boolean', default: false },
    'no-embedded-dense': { type: 'boolean', default: false },
    'keep-database': { type: 'boolean', default: false },
    company: { type: 'boolean', default: false },
  },
});

const scales = values.scales === 'none' ? [] : values.scales.split(',').map(Number);
const only = values.only?.split(',').map((part) => part.trim()) ?? null;
const queryWords = values.queries?.split(',').map((word) => word.trim()) ?? null;
const runs = (part: 'projection' | 'freshness') =>
  only === null || only.includes(part) || (part === 'projection' && only.includes('freshness'));
const machine = machineDescription();
const date = new Date().toISOString().slice(0, 10);
const results: ScaleResult[] = [];
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/**
 * One row: the workload registered, ingested and projected, freshness, the raw read limit
 * and every query row, the structural job when asked, and a rebuild. Null when `--only`
 * or `--queries` cut it short.
 */
async function measureRow(load: Workload, name: string, managers: readonly string[], structureJob: boolean): Promise<ScaleResult | null> {
  const stack = await startStack(name, values['keep-database']);
  if (values['keep-database']) log(`keeping database ${stack.env.DATABASE_URL}`);
  try {
    await registerPeople(stack, load);
    const ingest = await ingestBenchmark(stack, load);
    log(`ingest ${ingest.rapportPerSecond.toFixed(0)}/s vs raw ${ingest.rawPerSecond.toFixed(0)}/s (ratio ${ingest.ratio.toFixed(2)})`);
    if (!runs('projection')) return null;
    const events = load.people.length + load.interactions.length;
    const projection = await projectionBenchmark(stack, events);
    log(
      `projection ${projection.rapportPerSecond.toFixed(0)}/s vs raw ${projection.rawPerSecond.toFixed(0)}/s (ratio ${projection.ratio.toFixed(2)})`,
    );
    const ids = load.people.map((p) => p.personId);
    if (!runs('freshness')) return null;
    const freshness = await freshnessBenchmark(stack, ids, Number(values['freshness-seconds']));
    log(`freshness p50 ${freshness.p50Ms.toFixed(0)} ms, p99 ${freshness.p99Ms.toFixed(0)} ms`);
    if (only !== null) return null;
    const cohortIds = await createCohorts(stack, load.cohorts);
    await waitForCohortProjected(stack, cohortIds);
    const now = new Date().toISOString();
    // A past instant: four weeks and a half ago, so every person has ties in contact since.
    const past = new Date(Date.now() - 31.5 * 86_400_000).toISOString();
    const seconds = Number(values['query-seconds']);
    // The structural job as the worker's schedule runs it, before the queries: above 10,000 people a network
    // answer reads the latest stored run at or before its instant (it is computed on demand only below that).
    const structure = structureJob ? await structureJobBenchmark(stack, Date.parse(now)) : undefined;
    if (structure)
      log(
        `structural job: ${structure.seconds.toFixed(1)} s (${structure.cpuSeconds.toFixed(1)} s CPU), ${structure.people} people, ${structure.ties} active ties, at most ${structure.memoryMiB} MiB`,
      );
    const rawRead = await rawReadBenchmark(stack, ids, seconds);
    log(`raw read: p50 ${rawRead.p50Ms} ms, p99 ${rawRead.p99Ms} ms, ${rawRead.perSecond.toFixed(0)} req/s${cpuText(rawRead.cpu)}`);
    const queries = [];
    const endpoints: ReadonlyArray<readonly [string, readonly string[], string]> = [
      // The floor under every answer: the token checked, the request logged and counted, headers, JSON; no database.
      ['/v1/auth/me', [''], 'now'],
      [`/v1/people/{id}/network?asOf=${now}`, ids, 'now'],
      // With the structural job timed (the company row) the only stored run is now's: a past network would
      // compute one on demand for 100,000 people, which the worker's schedule does in production.
      ...(structureJob ? [] : [[`/v1/people/{id}/network?asOf=${past}`, ids, 'past'] as const]),
      [`/v1/people/{id}/relationships?asOf=${now}`, ids, 'now'],
      [`/v1/people/{id}/relationships?asOf=${past}`, ids, 'past'],
      [`/v1/cohorts/{id}/summary?asOf=${now}`, cohortIds, 'now'],
      [`/v1/cohorts/{id}/series?asOf=${now}`, cohortIds, 'now'],
      [`/v1/managers/{id}/dashboard?asOf=${now}`, managers, 'now'],
    ];
    for (const [endpoint, endpointIds, when] of endpoints) {
      if (queryWords && !queryWords.some((word) => endpoint.includes(`/${word}`))) continue;
      // Untimed first passes, reported beside the run: dashboards read kept figures, which the worker's week
      // figures job computes once a week and after back-dated events, so every dashboard is asked once first;
      // a cohort's answer at a named instant is kept by its first request until the next projected event;
      // a network at an instant reads the structural run for that instant, computed by its first request.
      const everyId = endpoint.includes('/managers/') || endpoint.includes('/cohorts/');
      const warmUpIds = everyId ? endpointIds : endpoint.includes('/network') ? endpointIds.slice(0, 1) : null;
      const warmUp = warmUpIds ? await firstPass(stack, endpoint, warmUpIds) : undefined;
      if (warmUp !== undefined) log(`${endpoint}: first pass over ${warmUpIds!.length} ids in ${warmUp.toFixed(1)} s`);
      const q = {
        ...(await queryBenchmark(stack, endpoint, endpointIds, seconds, stack.service.process.pid)),
        ...(warmUp !== undefined ? { firstPassSeconds: warmUp } : {}),
      };
      log(
        `${endpoint}: p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms, ${q.perSecond.toFixed(0)} req/s over ${endpointIds.length} ids${cpuText(q.cpu)}`,
      );
      const shown = endpoint.includes('?asOf=')
        ? endpoint.replace(/\?asOf=.*/, `?asOf=${when === 'now' ? 'now' : '4½ weeks ago'}`)
        : endpoint;
      queries.push({ ...q, endpoint: shown, ...(endpoint.includes('{id}') ? { ids: endpointIds.length } : {}) });
    }
    if (queryWords !== null) return null;
    const serviceRssMiB = peakRssMiB(stack.service.process.pid);
    const workerRssMiB = peakRssMiB(stack.worker?.process.pid);
    await stack.worker?.stop();
    stack.worker = null;
    const rebuild = await rebuildBenchmark(stack);
    log(`rebuild ${rebuild.events} events in ${rebuild.seconds.toFixed(1)} s`);
    return {
      scale: load.scale,
      label: name === 'company' ? 'company' : `${load.scale}×`,
      people: load.people.length,
      events,
      ingest,
      projection,
      freshness,
      rawRead,
      queries,
      rebuild,
      serviceRssMiB,
      workerRssMiB,
      ...(structure ? { structure } : {}),
    };
  } finally {
    await stack.close();
  }
}

for (const scale of scales) {
  const load = workload(scale, Date.now());
  log(`${scale}×: ${load.people.length} people, ${load.interactions.length} interactions`);
  const result = await measureRow(load, `s${scale}`, managersWithTeams(load.people), false);
  if (result) results.push(result);
}
if (values.company) {
  const load = companyWorkload(Date.now());
  log(`company: ${load.people.length} people, ${load.interactions.length} interactions over a year`);
  const result = await measureRow(load, 'company', sampleOfManagers(load.people, 50), true);
  if (result) results.push(result);
}

if (only !== null || queryWords !== null) process.exit(0);
const growth = !values['no-history-growth'] ? await historyGrowthBenchmark(Number(values['query-seconds']), log) : null;
const dense = !values['no-embedded-dense'] ? await embeddedDenseBenchmark(Number(values['query-seconds']), log) : null;
const section = markdown(results, machine, date, growth, dense);
console.log(`\n${section}`);
if (!values['no-write']) {
  writeReport(fileURLToPath(new URL('../../../docs/performance.md', import.meta.url)), section);
  log('wrote docs/performance.md');
}
process.exit(0);
