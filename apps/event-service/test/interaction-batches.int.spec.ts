import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';
import { personRequest } from './people-fixture';

/**
 * Logging interactions remembers who is registered instead of reading every
 * participant's person stream on each batch. Two instances over one PostgreSQL store
 * show what must still hold: people registered through another instance are found,
 * an unknown person is not remembered as unknown, and erasure counts at once.
 */
describe('POST /v1/interactions/batch across instances', () => {
  let database: TestDatabase;
  let logging: EventServiceTestApp;
  let other: EventServiceTestApp;
  let loggingAdmin: string;
  let otherAdmin: string;
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const meeting = (a: string, b: string) => ({
    initiatorId: a,
    participantIds: [a, b],
    occurredAt: at,
    channel: 'in_person',
    durationMinutes: 30,
    kind: 'coffee',
  });
  const logBatch = (...interactions: unknown[]) =>
    logging.request('POST', '/v1/interactions/batch', { token: loggingAdmin, body: { interactions } });
  const register = async (app: EventServiceTestApp, token: string, ...people: Array<ReturnType<typeof personRequest>>) => {
    expect((await app.request('POST', '/v1/people/batch', { token, body: { people } })).status).toBe(201);
  };

  beforeAll(async () => {
    database = await createTestDatabase('rapport_interaction_batches');
    logging = await startTestApp(eventService, { databaseUrl: database.url });
    other = await startTestApp(eventService, { databaseUrl: database.url });
    loggingAdmin = await logging.token('admin');
    otherAdmin = await other.token('admin');
  }, 120_000);
  afterAll(async () => {
    await logging?.close();
    await other?.close();
    await database?.drop();
  });

  it('finds people registered elsewhere, forgets nobody unknown, and refuses the erased at once', async () => {
    const [ana, ben, cat, dan] = [personRequest(), personRequest(), personRequest(), personRequest()];
    await register(logging, loggingAdmin, ana, ben);
    expect((await logBatch(meeting(ana.personId, ben.personId), meeting(ben.personId, ana.personId))).status).toBe(201);

    // Registered through the other instance after this one confirmed ana and ben.
    await register(other, otherAdmin, cat);
    expect((await logBatch(meeting(ana.personId, cat.personId))).status).toBe(201);

    // Unknown first, registered later: the refusal is not remembered.
    const unknown = await logBatch(meeting(ana.personId, ben.personId), meeting(ana.personId, dan.personId));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['interactions.1.participantIds.1']);
    await register(other, otherAdmin, dan);
    expect((await logBatch(meeting(dan.personId, ana.personId))).status).toBe(201);

    // Erased through the other instance: refused here although ben was confirmed registered.
    expect((await other.request('DELETE', `/v1/people/${ben.personId}`, { token: otherAdmin })).status).toBe(200);
    const erased = await logBatch(meeting(ana.personId, cat.personId), meeting(ben.personId, ana.personId));
    expect(erased.status).toBe(422);
    expect(erased.body.errors.map((e: { field: string }) => e.field)).toEqual(['interactions.1.participantIds.0']);

    const { rows } = await logging.runtime.db.query<{ n: string }>(`SELECT count(*) AS n FROM events WHERE type = 'InteractionLogged'`);
    expect(Number(rows[0]!.n)).toBe(4);
  }, 60_000);
});
