import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionStream, personStream, toLatest } from '@rapport/contracts';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore, migrate, openPostgres, type Database, type StoredEvent } from '@rapport/event-store';
import { liveProjectionVersion, migrateReadModels, projectEvents, PROJECTION_VERSION, readModelChecksum } from '@rapport/read-models';
import { createTestDatabase, type TestDatabase } from '@rapport/test-support';
import { rebuildReadModels } from '../rebuild';
import { rebuildBesideLive } from './rebuild-beside-live';
import { newTestEvent } from '../test-store';

const p = defaultStrengthParameters;
let database: TestDatabase;
let db: Database;
let store: EventStore;

const event = newTestEvent;

const people = Array.from({ length: 8 }, () => randomUUID());
let day = 0;
/** Appends one interaction (sometimes corrected or retracted) and one help event. */
async function appendSome(): Promise<StoredEvent[]> {
  day++;
  const at = new Date(Date.UTC(2026, 0, 1 + (day % 200))).toISOString();
  const [a, b] = [people[day % 8]!, people[(day * 3 + 1) % 8]!];
  const pair = a === b ? [a, people[(day + 1) % 8]!] : [a, b];
  const interactionId = randomUUID();
  const logged = {
    interactionId,
    initiatorId: pair[0],
    participantIds: pair,
    occurredAt: at,
    channel: 'video',
    kind: 'coffee',
    durationMinutes: 10 + (day % 90),
  };
  const interactionEvents = [event('InteractionLogged', at, logged)];
  if (day % 3 === 0) interactionEvents.push(event('InteractionCorrected', at, { ...logged, channel: 'in_person' }));
  if (day % 5 === 0) interactionEvents.push(event('InteractionRetracted', at, { interactionId, reason: 'x' }));
  const results = await store.append([
    { streamId: interactionStream(interactionId), expectedVersion: 'no_stream', events: interactionEvents },
    {
      streamId: personStream(pair[1]!),
      expectedVersion: 'any',
      events: [event('HelpGiven', at, { giverId: pair[1], receiverId: pair[0], kind: 'advice', occurredAt: at })],
    },
  ]);
  return results.flatMap((r) => r.events);
}

const projectLive = (events: readonly StoredEvent[]) => db.transaction((tx) => projectEvents(tx, events.map(toLatest), p));

/** Every projected table's rows as a fingerprint (caches of computed figures left out; pair sums at single precision). */
const snapshot = async (): Promise<string> => (await readModelChecksum(db)).checksum;

const contributionCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM rm_tie_contributions')).rows[0]!.n);

beforeAll(async () => {
  database = await createTestDatabase('rapport_versioning');
  db = openPostgres(database.url);
  await migrate(db);
  await migrateReadModels(db);
  store = new EventStore(db);
  await store.append(
    people.map((personId, i) => ({
      streamId: personStream(personId),
      expectedVersion: 'no_stream' as const,
      events: [
        event('PersonRegistered', '2025-12-01T00:00:00Z', {
          personId,
          displayName: `P${i}`,
          email: `p${i}@example.com`,
          department: 'D',
          function: 'F',
          location: 'L',
          seniority: 2,
          expertise: [],
        }),
      ],
    })),
  );
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('rebuild beside the live read models (PostgreSQL)', () => {
  it('switches to a complete rebuild while live projection goes on, and queries never see a half-built model', async () => {
    await projectLive(await store.readAll({ limit: 1000 }));
    for (let i = 0; i < 60; i++) await projectLive(await appendSome());
    const liveBefore = await contributionCount();

    // A live worker keeps appending and projecting while the rebuild runs.
    let rebuilding = true;
    const liveWorker = (async () => {
      while (rebuilding) await projectLive(await appendSome());
    })();
    const progress: Array<[number, number]> = [];
    const seenDuring: number[] = [];
    const result = await rebuildBesideLive({
      db,
      store,
      strength: p,
      projectionVersion: PROJECTION_VERSION + 1,
      pageSize: 25,
      onProgress: async (processed, total) => {
        progress.push([processed, total]);
        seenDuring.push(await contributionCount());
      },
    });
    rebuilding = false;
    await liveWorker;

    expect(progress.length).toBeGreaterThan(4);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((x, y) => x - y));
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    // While building, queries read the live tables: never fewer ties than before the rebuild began.
    for (const n of seenDuring) expect(n).toBeGreaterThanOrEqual(liveBefore);
    expect(result.tables).toEqual(expect.arrayContaining(['rm_people', 'rm_tie_contributions', 'rm_interactions', 'rm_processed_events']));
    expect(await liveProjectionVersion(db)).toBe(PROJECTION_VERSION + 1);
    const { rows: schemas } = await db.query(`SELECT 1 FROM pg_namespace WHERE nspname IN ('rm_rebuild', 'rm_retired')`);
    expect(schemas).toEqual([]);

    // Every event in the store is in the switched read models, and they equal a clean rebuild.
    const { rows } = await db.query<{ missing: string }>(
      `SELECT count(*) AS missing FROM events e WHERE NOT EXISTS (SELECT 1 FROM rm_processed_events r WHERE r.event_id = e.event_id)`,
    );
    expect(Number(rows[0]!.missing)).toBe(0);
    const switched = await snapshot();
    await rebuildReadModels({ db, store, strength: p });
    expect(await snapshot()).toBe(switched);
  });
});
