import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '@rapport/contracts';
import { eventually, personRequest, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);
let ana: string;
let ben: string;
let cat: string;

const storedEvents = () => app.runtime.store.count();

beforeAll(async () => {
  [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
});

const coffee = (overrides: Record<string, unknown> = {}) => ({
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: '2026-03-02T09:00:00Z',
  channel: 'in_person',
  durationMinutes: 30,
  location: 'their_office',
  kind: 'one_on_one',
  ...overrides,
});

describe('authentication', () => {
  it('refuses a request without a token with 401 problem+json', async () => {
    const r = await app.request('GET', `/v1/people/${ana}/relationships`);
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.body.type).toBe(problemTypes.unauthenticated);
  });

  it('refuses a forged token with 401', async () => {
    const r = await app.request('GET', `/v1/people/${ana}/relationships`, { token: `${admin().slice(0, -4)}AAAA` });
    expect(r.status).toBe(401);
  });

  it('lets a participant read only their own relationships', async () => {
    const own = await app.token('participant', ana);
    expect((await app.request('GET', `/v1/people/${ana}/relationships`, { token: own })).status).toBe(200);
    const other = await app.request('GET', `/v1/people/${ben}/relationships`, { token: own });
    expect(other.status).toBe(403);
    expect(other.body.type).toBe(problemTypes.forbidden);
  });

  it('refuses a participant logging an interaction they were not part of, storing nothing', async () => {
    const before = await storedEvents();
    const outsider = await app.token('participant', cat);
    const r = await app.request('POST', '/v1/interactions', { token: outsider, body: coffee() });
    expect(r.status).toBe(403);
    expect(await storedEvents()).toBe(before);
  });

  it('refuses a manager reading individual relationships', async () => {
    const manager = await app.token('manager', cat);
    expect((await app.request('GET', `/v1/people/${ana}/relationships`, { token: manager })).status).toBe(403);
  });
});

describe('validation', () => {
  it('answers an invalid body with 400 naming every invalid field, and stores nothing', async () => {
    const before = await storedEvents();
    const r = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: { initiatorId: 'not-a-uuid', participantIds: [ana], channel: 'pigeon', kind: 'coffee', extra: 1 },
    });
    expect(r.status).toBe(400);
    expect(r.body.type).toBe(problemTypes.validation);
    const fields = r.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['initiatorId', 'participantIds', 'occurredAt', 'channel', '(root)']));
    expect(await storedEvents()).toBe(before);
  });

  it('names the refused part of a request in words, and each field in plain words', async () => {
    const params = await app.request('GET', '/v1/people/not-an-id', { token: admin() });
    expect(params.status).toBe(400);
    expect(params.body.title).toBe('The path parameters are invalid');
    expect(params.body.errors).toEqual([{ field: 'id', message: 'must be an id (a UUID, such as 0190d8c4-5e1a-7000-8000-000000000001)' }]);
    const query = await app.request('GET', '/v1/people?limit=0', { token: admin() });
    expect(query.status).toBe(400);
    expect(query.body.title).toBe('The query parameters are invalid');
    expect(query.body.errors[0].message).toBe('must be at least 1');
  });

  it('answers malformed JSON with 400 malformed-json', async () => {
    const before = await storedEvents();
    const r = await app.request('POST', '/v1/interactions', { token: admin(), rawBody: '{"initiatorId": ' });
    expect(r.status).toBe(400);
    expect(r.body.type).toBe(problemTypes.malformedJson);
    expect(await storedEvents()).toBe(before);
  });

  it('takes ids written in capitals as the same ids: an interaction with an upper-case id still makes its tie', async () => {
    const [dee, eli] = (await registerPeople(app, admin(), 2)) as [string, string];
    const interactionId = randomUUID().toUpperCase();
    const logged = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: coffee({ interactionId, initiatorId: dee.toUpperCase(), participantIds: [dee.toUpperCase(), eli] }),
    });
    expect(logged.status).toBe(201);
    expect(logged.body.interactionId).toBe(interactionId.toLowerCase());
    const ties = await eventually(
      () => app.request('GET', `/v1/people/${dee}/relationships`, { token: admin() }),
      (res) => res.body.items?.length === 1,
    );
    expect(ties.body.items[0]).toMatchObject({ counterpartId: eli, explanation: { interactionCount: 1 } });
    expect(ties.body.items[0].strength).toBeGreaterThan(0);
  });

  it('refuses unknown participants with 422 naming the index, storing nothing', async () => {
    const before = await storedEvents();
    const r = await app.request('POST', '/v1/interactions', { token: admin(), body: coffee({ participantIds: [ana, randomUUID()] }) });
    expect(r.status).toBe(422);
    expect(r.body.type).toBe(problemTypes.unknownPerson);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'participantIds.1' })]);
    expect(await storedEvents()).toBe(before);
  });

  it('refuses a whole batch when one interaction is invalid, naming it, storing nothing', async () => {
    const before = await storedEvents();
    const interactions = [coffee(), coffee({ participantIds: [ben, cat], initiatorId: ben }), coffee({ initiatorId: cat }), coffee()];
    const r = await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions } });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'interactions.2.initiatorId' })]);
    expect(await storedEvents()).toBe(before);
  });

  it('refuses an empty batch and a batch over 1,000', async () => {
    expect((await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions: [] } })).status).toBe(400);
    const tooMany = Array.from({ length: 1001 }, () => coffee());
    expect((await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions: tooMany } })).status).toBe(400);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const r = await app.request('GET', '/v1/nothing-here', { token: admin() });
    expect(r.status).toBe(404);
    expect(r.body.type).toBe(problemTypes.notFound);
  });
});

describe('commands', () => {
  it('logs a batch in one go and answers every id', async () => {
    const before = await storedEvents();
    const interactions = [
      coffee({ occurredAt: '2026-02-01T10:00:00Z' }),
      coffee({ initiatorId: ben, participantIds: [ben, cat], occurredAt: '2026-02-02T10:00:00Z' }),
    ];
    const r = await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions } });
    expect(r.status).toBe(201);
    expect(r.body.interactions).toHaveLength(2);
    expect(await storedEvents()).toBe(before + 2);
  });

  it('answers a stale expectedVersion with 409 and stores nothing', async () => {
    const first = await app.request('PATCH', `/v1/people/${cat}`, { token: admin(), body: { expectedVersion: 1, location: 'London' } });
    expect(first.status).toBe(200);
    expect(first.body.streamVersion).toBe(2);
    const before = await storedEvents();
    const stale = await app.request('PATCH', `/v1/people/${cat}`, { token: admin(), body: { expectedVersion: 1, location: 'Paris' } });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe(problemTypes.concurrencyConflict);
    expect(await storedEvents()).toBe(before);
  });

  it('replays the same response for a retried Idempotency-Key and records one event', async () => {
    const before = await storedEvents();
    const key = randomUUID();
    const body = coffee({ occurredAt: '2026-01-05T08:00:00Z' });
    const first = await app.request('POST', '/v1/interactions', { token: admin(), body, headers: { 'Idempotency-Key': key } });
    const retry = await app.request('POST', '/v1/interactions', { token: admin(), body, headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await storedEvents()).toBe(before + 1);
    const reused = await app.request('POST', '/v1/interactions', { token: admin(), body: coffee(), headers: { 'Idempotency-Key': key } });
    expect(reused.status).toBe(422);
    expect(reused.body.type).toBe(problemTypes.idempotencyKeyReused);
  });

  it('refuses registering the same person id twice with 409', async () => {
    const r = await app.request('POST', '/v1/people', { token: admin(), body: personRequest({ personId: ana }) });
    expect(r.status).toBe(409);
  });
});

describe('relationships', () => {
  it('shows a 30-minute in-person 1:1 at the counterpart’s office as 23.9, weak, as of when it happened', async () => {
    const [dan, eve] = await registerPeople(app, admin(), 2);
    const occurredAt = '2026-03-10T09:00:00.000Z';
    const logged = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: coffee({ initiatorId: dan, participantIds: [dan, eve], occurredAt }),
    });
    expect(logged.status).toBe(201);
    const r = await eventually(
      () => app.request('GET', `/v1/people/${dan}/relationships?asOf=${occurredAt}`, { token: admin() }),
      (res) => res.body.items?.length === 1,
    );
    expect(r.body.items[0]).toMatchObject({ counterpartId: eve, strength: 23.9, tier: 'weak' });
    expect(r.body.items[0].explanation).toMatchObject({ interactionCount: 1, lastContact: occurredAt });
    const network = await app.request('GET', `/v1/people/${dan}/network?asOf=${occurredAt}`, { token: admin() });
    expect(network.body).toMatchObject({ size: 1, strongTies: 0, supportSystem: 0 });
    const before = await app.request('GET', `/v1/people/${dan}/relationships?asOf=2026-03-09T00:00:00Z`, { token: admin() });
    expect(before.body.items).toEqual([]);
  });

  it('pages through relationships with a cursor', async () => {
    const [hub, ...others] = await registerPeople(app, admin(), 4);
    for (const other of others) {
      await app.request('POST', '/v1/interactions', { token: admin(), body: coffee({ initiatorId: hub, participantIds: [hub, other] }) });
    }
    const firstPage = await eventually(
      () => app.request('GET', `/v1/people/${hub}/relationships?limit=2`, { token: admin() }),
      (res) => res.body.items?.length === 2 && res.body.nextCursor !== null,
    );
    const second = await app.request('GET', `/v1/people/${hub}/relationships?limit=2&cursor=${firstPage.body.nextCursor}`, {
      token: admin(),
    });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 404 for a person who is not registered', async () => {
    const r = await app.request('GET', `/v1/people/${randomUUID()}/network`, { token: admin() });
    expect(r.status).toBe(404);
  });
});
