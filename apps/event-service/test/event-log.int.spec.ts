import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '@rapport/contracts';
import { createTestDatabase, type TestDatabase, startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';
import { registerPeople } from './people-fixture';

/**
 * The admin's event log read newest first (GET /v1/events?order=desc), paging back with
 * `before`, filtered by type or stream, beside the oldest-first reading it always had.
 */
describe.each(['PGlite', 'PostgreSQL'] as const)('event log newest first on %s', (backend) => {
  let app: EventServiceTestApp;
  let database: TestDatabase | null;
  let admin: string;
  let everything: Array<{ globalPosition: string; type: string; streamId: string; data: any }>;

  const log = async (query: string) => {
    const r = await app.request('GET', `/v1/events${query}`, { token: admin });
    if (r.status !== 200) throw new Error(`${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { items: typeof everything; nextAfter: string | null; nextBefore: string | null };
  };
  const positions = (items: typeof everything) => items.map((e) => e.globalPosition);

  beforeAll(async () => {
    database = backend === 'PostgreSQL' ? await createTestDatabase('rapport_event_log') : null;
    app = await startTestApp(eventService, database ? { databaseUrl: database.url } : {});
    admin = await app.token('admin');
    const [ana, ben] = (await registerPeople(app, admin, 2)) as [string, string];
    for (let day = 1; day <= 4; day++) {
      const body = {
        initiatorId: ana,
        participantIds: [ana, ben],
        occurredAt: `2026-03-0${day}T09:00:00Z`,
        channel: 'call',
        kind: 'one_on_one',
        ...(day === 4 ? { note: 'between us' } : {}),
      };
      expect((await app.request('POST', '/v1/interactions', { token: admin, body })).status).toBe(201);
    }
    everything = (await log('?limit=500')).items;
    expect(everything).toHaveLength(6);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('shows the latest event first and pages back to the first, each event once', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page = await log(`?order=desc&limit=4${before ? `&before=${before}` : ''}`);
      expect(page.nextAfter).toBeNull();
      seen.push(...positions(page.items));
      before = page.nextBefore;
      if (!before) break;
    }
    expect(seen).toEqual(positions(everything).reverse());
  });

  it('reads newest first within one type or one stream', async () => {
    const interactions = await log('?order=desc&type=InteractionLogged&limit=2');
    const oldestFirst = everything.filter((e) => e.type === 'InteractionLogged');
    expect(positions(interactions.items)).toEqual(positions(oldestFirst).reverse().slice(0, 2));
    const older = await log(`?order=desc&type=InteractionLogged&before=${interactions.nextBefore}`);
    expect(positions(older.items)).toEqual(positions(oldestFirst).reverse().slice(2));
    expect(older.nextBefore).toBeNull();

    const stream = oldestFirst[0]!.streamId;
    expect((await log(`?order=desc&streamId=${encodeURIComponent(stream)}`)).items.map((e) => e.streamId)).toEqual([stream]);
  });

  it('reads oldest first between two positions, as it always did after one', async () => {
    const middle = await log(`?after=${everything[0]!.globalPosition}&before=${everything[4]!.globalPosition}&limit=2`);
    expect(positions(middle.items)).toEqual(positions(everything.slice(1, 3)));
    expect(middle.nextAfter).toBe(everything[2]!.globalPosition);
    expect(middle.nextBefore).toBeNull();
  });

  it('withholds private notes newest first too', async () => {
    const latest = await log('?order=desc&limit=1');
    expect(latest.items[0]!.data.note).toBe('(private)');
  });

  it('names an order it does not know and a position that is not one', async () => {
    const r = await app.request('GET', '/v1/events?order=sideways&before=yesterday', { token: admin });
    expect(r.status).toBe(400);
    expect(r.body.type).toBe(problemTypes.validation);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['before', 'order']);
  });
});
