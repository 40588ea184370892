import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, personRequest } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);
const ids: Record<string, string> = {};

const meeting = (initiator: string, other: string, occurredAt: string, minutes: number, note?: string) => ({
  initiatorId: ids[initiator],
  participantIds: [ids[initiator], ids[other]],
  occurredAt,
  channel: 'in_person',
  durationMinutes: minutes,
  kind: 'one_on_one',
  ...(note ? { note } : {}),
});

beforeAll(async () => {
  for (const name of ['Zoe', 'Ada', 'Mia', 'Bob', 'Lou']) {
    const body = personRequest({ displayName: name });
    ids[name] = body.personId;
    expect((await app.request('POST', '/v1/people', { token: admin(), body })).status).toBe(201);
  }
  // Zoe meets Ada often and long ago, Mia once recently, Bob briefly in between.
  const interactions = [
    meeting('Zoe', 'Ada', '2026-01-05T09:00:00Z', 60, 'talked about the reorg'),
    meeting('Ada', 'Zoe', '2026-01-12T09:00:00Z', 60),
    meeting('Zoe', 'Ada', '2026-01-19T09:00:00Z', 60),
    meeting('Zoe', 'Mia', '2026-03-01T09:00:00Z', 30),
    meeting('Bob', 'Zoe', '2026-02-01T09:00:00Z', 15),
  ];
  expect((await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions } })).status).toBe(201);
  // Each interaction and each person is a stream of its own, projected in no fixed order: wait for all of them.
  await projectionCaughtUp(app, admin());
  await eventually(
    () => app.request('GET', `/v1/people/${ids.Zoe}/relationships`, { token: admin() }),
    (r) => r.body.items?.length === 3,
  );
});

const asOf = '2026-03-02T00:00:00Z';
const namesOf = (body: any) => body.items.map((i: any) => i.counterpartName);
const relationships = async (query: string) =>
  (await app.request('GET', `/v1/people/${ids.Zoe}/relationships?asOf=${asOf}&${query}`, { token: admin() })).body;

describe('GET /v1/people/{id}/relationships sorting', () => {
  it('lists strongest first by default', async () => {
    expect(namesOf(await relationships(''))).toEqual(['Ada', 'Mia', 'Bob']);
  });

  it('sorts by last contact, most recent first, or oldest first when asked', async () => {
    expect(namesOf(await relationships('sort=lastContact'))).toEqual(['Mia', 'Bob', 'Ada']);
    expect(namesOf(await relationships('sort=lastContact&order=asc'))).toEqual(['Ada', 'Bob', 'Mia']);
  });

  it('sorts by name A–Z, and pages through the sorted list', async () => {
    const first = await relationships('sort=name&limit=2');
    expect(namesOf(first)).toEqual(['Ada', 'Bob']);
    const second = await relationships(`sort=name&limit=2&cursor=${first.nextCursor}`);
    expect(namesOf(second)).toEqual(['Mia']);
    expect(second.nextCursor).toBeNull();
    expect(namesOf(await relationships('sort=name&order=desc'))).toEqual(['Mia', 'Bob', 'Ada']);
  });

  it('rejects an unknown sort key naming the field', async () => {
    const r = await app.request('GET', `/v1/people/${ids.Zoe}/relationships?sort=age`, { token: admin() });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].field).toBe('sort');
  });
});

describe('GET /v1/people/{id}/relationships/{otherId}', () => {
  it('explains one tie, the same as in the list', async () => {
    const listed = (await relationships('')).items[0];
    const r = await app.request('GET', `/v1/people/${ids.Zoe}/relationships/${ids.Ada}?asOf=${asOf}`, { token: admin() });
    expect(r.status).toBe(200);
    expect(r.body.strength).toBe(listed.strength);
    expect(r.body.explanation).toEqual(listed.explanation);
    expect(r.body.explanation.interactionCount).toBe(3);
  });

  it('answers strength 0 for two people who never met, and 404 for an unknown person', async () => {
    const never = await app.request('GET', `/v1/people/${ids.Zoe}/relationships/${ids.Lou}`, { token: admin() });
    expect(never.body).toMatchObject({ strength: 0, tier: 'inactive', counterpartName: 'Lou' });
    const unknown = await app.request('GET', `/v1/people/${ids.Zoe}/relationships/00000000-0000-4000-8000-000000000999`, {
      token: admin(),
    });
    expect(unknown.status).toBe(404);
  });

  it('lets a participant read only their own ties', async () => {
    const ada = await app.token('participant', ids.Ada);
    expect((await app.request('GET', `/v1/people/${ids.Zoe}/relationships/${ids.Ada}`, { token: ada })).status).toBe(403);
    expect((await app.request('GET', `/v1/people/${ids.Ada}/relationships/${ids.Zoe}`, { token: ada })).status).toBe(200);
  });
});

describe('GET /v1/events (admin event log)', () => {
  it('pages through the log in global order with a position to continue after', async () => {
    const first = await app.request('GET', '/v1/events?limit=4', { token: admin() });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(4);
    const second = await app.request('GET', `/v1/events?limit=100&after=${first.body.nextAfter}`, { token: admin() });
    const positions = [...first.body.items, ...second.body.items].map((e: any) => BigInt(e.globalPosition));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(positions).toHaveLength(10);
    expect(second.body.nextAfter).toBeNull();
  });

  it('filters by type and by stream', async () => {
    const logged = await app.request('GET', '/v1/events?type=InteractionLogged', { token: admin() });
    expect(logged.body.items).toHaveLength(5);
    const stream = logged.body.items[0].streamId;
    const one = await app.request('GET', `/v1/events?streamId=${encodeURIComponent(stream)}`, { token: admin() });
    expect(one.body.items.map((e: any) => e.streamId)).toEqual([stream]);
  });

  it('withholds private interaction notes', async () => {
    const logged = await app.request('GET', '/v1/events?type=InteractionLogged', { token: admin() });
    const notes = logged.body.items.map((e: any) => e.data.note).filter(Boolean);
    expect(notes).toEqual(['(private)']);
  });

  it('is for admins only', async () => {
    const zoe = await app.token('participant', ids.Zoe);
    expect((await app.request('GET', '/v1/events', { token: zoe })).status).toBe(403);
  });
});

describe('structural runs behind the network endpoints', () => {
  it('computes on demand for a new as-of instant, then reuses it until something new is projected', async () => {
    const first = (await app.request('GET', `/v1/people/${ids.Zoe}/network?asOf=${asOf}`, { token: admin() })).body;
    expect(first.structureRun.trigger).toBe('on_demand');
    expect(first.structure.degree).toBe(2); // Ada and Mia; Bob's 15-minute meeting stays below 10
    const again = (await app.request('GET', `/v1/people/${ids.Zoe}/network?asOf=${asOf}`, { token: admin() })).body;
    expect(again.structureRun.computedAt).toBe(first.structureRun.computedAt);

    const late = meeting('Lou', 'Zoe', '2026-02-20T09:00:00Z', 90);
    expect((await app.request('POST', '/v1/interactions', { token: admin(), body: late })).status).toBe(201);
    const after = await eventually(
      async () => (await app.request('GET', `/v1/people/${ids.Zoe}/network?asOf=${asOf}`, { token: admin() })).body,
      (body) => body.structure?.degree === 3,
    );
    expect(Date.parse(after.structureRun.computedAt)).toBeGreaterThanOrEqual(Date.parse(first.structureRun.computedAt));
  });

  it('serves the latest run without an as-of instant and says when it was computed', async () => {
    const r = await app.request('GET', `/v1/people/${ids.Zoe}/network`, { token: admin() });
    expect(r.status).toBe(200);
    expect(r.body.structureRun.computedAt).toEqual(expect.any(String));
    expect(r.body.structureRun.people).toBe(5);
  });

  it('reports the last current run without computing one, and computes one on demand', async () => {
    const computed = await app.request('POST', '/v1/org/structure/runs', { token: admin(), body: {} });
    expect(computed.status).toBe(201);
    expect(computed.body).toMatchObject({ trigger: 'on_demand', people: 5 });
    const status = await app.request('GET', '/v1/org/structure', { token: admin() });
    expect(status.body).toEqual({ lastRun: computed.body, intervalSeconds: 900 });
    const historical = await app.request('POST', '/v1/org/structure/runs', { token: admin(), body: { asOf } });
    expect(historical.body.asOf).toBe(new Date(asOf).toISOString());
    // A run for a past instant is not the current one.
    expect((await app.request('GET', '/v1/org/structure', { token: admin() })).body.lastRun).toEqual(computed.body);
  });

  it('lets a participant see their own recommendations only', async () => {
    const zoe = await app.token('participant', ids.Zoe);
    expect((await app.request('GET', `/v1/people/${ids.Zoe}/recommendations`, { token: zoe })).status).toBe(200);
    expect((await app.request('GET', `/v1/people/${ids.Ada}/recommendations`, { token: zoe })).status).toBe(403);
    expect((await app.request('GET', '/v1/org/graph', { token: zoe })).status).toBe(403);
  });
});
