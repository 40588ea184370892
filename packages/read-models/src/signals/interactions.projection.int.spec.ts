import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toLatest, type RapportEvent } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import { migrate, openPostgres, type Database } from '@rapport/event-store';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { migrateReadModels } from '../migrate-read-models';
import { projectEvents } from '../project-events';
import { readModelTables } from '../schema';

const p = defaultStrengthParameters;
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase('rapport_interaction_races');
  db = openPostgres(database.url);
  await migrate(db);
  await migrateReadModels(db);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});
beforeEach(() => db.query(`TRUNCATE ${readModelTables.join(', ')}`));

const interactionId = '00000000-0000-4000-a000-000000000001';
const [ana, ben, cleo] = ['a', 'b', 'c'].map((x) => `00000000-0000-4000-8000-00000000000${x}`) as [string, string, string];

const eventIdOf = (version: number) => `00000000-0000-7000-8000-00000000000${version}`;

/** Version 1 is the logged interaction; later versions correct who took part. */
const change = (version: number, participantIds: string[]): RapportEvent =>
  toLatest({
    eventId: eventIdOf(version),
    type: version === 1 ? 'InteractionLogged' : 'InteractionCorrected',
    schemaVersion: 2,
    streamId: `interaction-${interactionId}`,
    streamVersion: version,
    occurredAt: '2026-03-02T09:00:00.000Z',
    recordedAt: '2026-03-02T09:00:00.000Z',
    actorId: 'test',
    correlationId: 'test',
    causationId: null,
    data: { interactionId, initiatorId: ana, participantIds, occurredAt: '2026-03-02T09:00:00.000Z', channel: 'video', kind: 'group' },
  });

/** Projects in a transaction that stays open until `release` is called. */
function heldOpen(events: RapportEvent[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let projected!: () => void;
  const hasProjected = new Promise<void>((resolve) => (projected = resolve));
  const done = db.transaction(async (tx) => {
    await projectEvents(tx, events, p);
    projected();
    await released;
  });
  return { hasProjected, release, done };
}

async function someoneWaitsForALock(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (Number(rows[0]!.n) > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('no transaction ever waited for the other');
}

const contributions = async () =>
  (
    await db.query<{ event_id: string; person_id: string; counterpart_id: string }>(
      `SELECT event_id::text, person_id::text, counterpart_id::text FROM rm_tie_contributions ORDER BY 1, 2, 3`,
    )
  ).rows;

describe('interactions changed by two workers at once (PostgreSQL)', () => {
  it('replace the contributions of the correction committed first when a later one waits for it', async () => {
    await db.transaction((tx) => projectEvents(tx, [change(1, [ana, ben])], p));
    const first = heldOpen([change(2, [ana, cleo])]);
    await first.hasProjected;
    const second = db.transaction((tx) => projectEvents(tx, [change(3, [ben, cleo])], p));
    await someoneWaitsForALock();
    first.release();
    await Promise.all([first.done, second]);

    const v3 = eventIdOf(3);
    expect(await contributions()).toEqual([
      { event_id: v3, person_id: ben, counterpart_id: cleo },
      { event_id: v3, person_id: cleo, counterpart_id: ben },
    ]);
    const { rows } = await db.query<{ version: number; event_id: string }>('SELECT version, event_id::text FROM rm_interactions');
    expect(rows).toEqual([{ version: 3, event_id: v3 }]);
  });

  it('keep the newer form when an older one is logged by another worker at the same time', async () => {
    const newer = heldOpen([change(2, [ana, cleo])]);
    await newer.hasProjected;
    const older = db.transaction((tx) => projectEvents(tx, [change(1, [ana, ben])], p));
    await someoneWaitsForALock();
    newer.release();
    await Promise.all([newer.done, older]);

    const v2 = eventIdOf(2);
    expect(await contributions()).toEqual([
      { event_id: v2, person_id: ana, counterpart_id: cleo },
      { event_id: v2, person_id: cleo, counterpart_id: ana },
    ]);
  });
});
