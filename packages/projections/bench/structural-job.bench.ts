/**
 * Benchmark of the structural job (SPEC §6.3) on a synthetic organisation.
 *   pnpm --filter @rapport/projections bench:structure [people] [days] [--job-only]
 * Creates a throw-away PostgreSQL database, projects the synthetic organisation's people
 * and interactions into the read models, then times one structural run and its parts
 * (`--job-only`: the run end to end alone, as the worker's job computes it).
 * Not a test: timings on a shared machine are noisy; record them in docs/performance.md.
 */
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import {
  activeTieGraph,
  defaultStrengthParameters as strength,
  isActiveTie,
  organisationStructure,
  structuralHoles,
  weightedAdjacency,
} from '@rapport/domain';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { computeStructureRun, migrateReadModels, organisationProfiles, pairStrengthsAt, projectEvents } from '@rapport/read-models';
import { syntheticOrganisation } from '@rapport/synthetic-organisation';
import { betweennessThreads } from '../src/structure/betweenness-threads';
import { benchEvent } from './bench-events';
import { createTestDatabase } from '@rapport/test-support';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const peopleCount = Number(args[0] ?? 10_000);
const days = Number(args[1] ?? 90);
const jobOnly = process.argv.includes('--job-only');
const start = '2026-01-05';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Wall time and CPU time of this process (CPU time is steadier when other work shares the cores). */
async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; wall: string; cpu: string }> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, wall: seconds(performance.now() - wall), cpu: seconds((used.user + used.system) / 1000) };
}

/** Reading, constraint alone and every metric on one thread, each timed (skipped with --job-only). */
async function structureParts(db: Database, asOf: number): Promise<void> {
  const t = performance.now();
  const profiles = await organisationProfiles(db, asOf, null);
  const pairs = await pairStrengthsAt(db, asOf, strength);
  const readMs = performance.now() - t;
  const active = pairs.filter((p) => isActiveTie(p.strength));
  console.log(`read ${profiles.size} people and ${pairs.length} scored pairs (${active.length} active ties) in ${seconds(readMs)}`);
  const holes = await timed(() => structuralHoles(weightedAdjacency(activeTieGraph(profiles.keys(), active))));
  console.log(`constraint and effective size alone: ${holes.wall} wall, ${holes.cpu} CPU`);
  const all = await timed(() => organisationStructure(profiles.keys(), active));
  console.log(`every structural metric (betweenness, PageRank, holes, reach, clustering, roles): ${all.wall} wall, ${all.cpu} CPU`);
  const roles: Record<string, number> = {};
  for (const person of all.value.people.values()) for (const role of person.roles) roles[role] = (roles[role] ?? 0) + 1;
  console.log(`roles: ${JSON.stringify(roles)}`);
}

async function main(): Promise<void> {
  const database = await createTestDatabase('rapport_bench');
  const db = openPostgres(database.url);
  try {
    await migrate(db);
    await migrateReadModels(db);
    const org = syntheticOrganisation({ people: peopleCount, days, seed: 42, start });

    const t = performance.now();
    const registered = org.people.map((p) =>
      benchEvent('PersonRegistered', `${start}T00:00:00.000Z`, { ...p, managerId: p.managerId ?? undefined }),
    );
    for (let i = 0; i < registered.length; i += 2000)
      await db.transaction((tx) => projectEvents(tx, registered.slice(i, i + 2000), strength));
    let interactions = 0;
    let lastDay = start;
    for (const day of org.days()) {
      const events = day.interactions.map((x) => benchEvent('InteractionLogged', x.occurredAt, x));
      interactions += events.length;
      lastDay = day.date;
      for (let i = 0; i < events.length; i += 2000) await db.transaction((tx) => projectEvents(tx, events.slice(i, i + 2000), strength));
    }
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_tie_contributions');
    console.log(
      `projected ${org.people.length} people and ${interactions} interactions (${rows[0]!.n} contribution rows) in ${seconds(performance.now() - t)}`,
    );

    const asOf = Date.parse(`${lastDay}T23:59:59.000Z`);
    if (!jobOnly) await structureParts(db, asOf);

    const threads = betweennessThreads();
    const job = await timed(() =>
      computeStructureRun(db, asOf, 'on_demand', { strength, now: () => Date.now(), betweenness: threads.estimate }).finally(() =>
        threads.close(),
      ),
    );
    console.log(
      `structural job end to end (read, compute, store): ${job.wall} wall, ${job.cpu} CPU in this process — ${job.value.people} people, ${job.value.ties} active ties`,
    );
    console.log(
      `load average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
  } finally {
    await db.close();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
