/**
 * How fast the projection writes a dense organisation into the embedded engine, by batch size.
 *   pnpm --filter @rapport/projections bench:batches [people] [days] [batch sizes, comma-separated]
 * Projects the dense synthetic organisation (people, then interactions) into a fresh
 * in-memory PGlite for each batch size and prints events per second and rows written.
 * Not a test: timings on a shared machine are noisy.
 */
import { performance } from 'node:perf_hooks';
import { defaultStrengthParameters as strength } from '@rapport/domain';
import { migrate, openPglite } from '@rapport/event-store';
import { migrateReadModels, projectEvents } from '@rapport/read-models';
import { syntheticOrganisation } from '@rapport/synthetic-organisation';
import { benchEvent } from './bench-events';

const peopleCount = Number(process.argv[2] ?? 1000);
const days = Number(process.argv[3] ?? 60);
const sizes = (process.argv[4] ?? '500,2000').split(',').map(Number);
const start = '2026-01-05';

const org = syntheticOrganisation({ people: peopleCount, days, seed: 7, start, profile: 'dense' });
const people = org.people.map((p) =>
  benchEvent('PersonRegistered', `${start}T00:00:00.000Z`, { ...p, managerId: p.managerId ?? undefined }),
);
const interactions = [...org.days()].flatMap((day) => day.interactions.map((x) => benchEvent('InteractionLogged', x.occurredAt, x)));

for (const size of sizes) {
  const db = await openPglite();
  await migrate(db);
  await migrateReadModels(db);
  const started = performance.now();
  for (const events of [people, interactions]) {
    for (let i = 0; i < events.length; i += size) await db.transaction((tx) => projectEvents(tx, events.slice(i, i + size), strength));
  }
  const seconds = (performance.now() - started) / 1000;
  const count = async (table: string) => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  console.log(
    `batches of ${size}: ${interactions.length} interactions in ${seconds.toFixed(1)} s (${Math.round(interactions.length / seconds)} /s); ` +
      `rows: ${await count('rm_tie_contributions')} contributions, ${await count('rm_pair_summaries')} pair summaries, ${await count('rm_pair_weeks')} pair weeks`,
  );
  await db.close();
}
