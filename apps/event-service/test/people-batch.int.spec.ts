import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, personRequest } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

describe('POST /v1/people/batch and GET /v1/people?email=', () => {
  const { app, admin } = useTestApp(eventService);

  const registered = async () =>
    (await app.runtime.db.query<{ n: string }>(`SELECT count(*) AS n FROM events WHERE type = 'PersonRegistered'`)).rows[0]!.n;

  it('registers a manager and their report in one batch', async () => {
    const manager = personRequest({ email: 'Maria.Lopez@example.com' });
    const report = personRequest({ managerId: manager.personId });
    const r = await app.request('POST', '/v1/people/batch', { token: admin(), body: { people: [report, manager] } });
    expect(r.status).toBe(201);
    expect(r.body.people.map((p: { personId: string }) => p.personId)).toEqual([report.personId, manager.personId]);
    const found = await eventually(
      () => app.request('GET', '/v1/people?email=maria.lopez@EXAMPLE.com', { token: admin() }),
      (res) => res.body.items.length === 1,
    );
    expect(found.body.items[0].personId).toBe(manager.personId);
  });

  it('stores nobody when one person is invalid, and names every broken field by index', async () => {
    const before = await registered();
    const good = personRequest();
    const r = await app.request('POST', '/v1/people/batch', {
      token: admin(),
      body: { people: [good, personRequest({ managerId: randomUUID() }), personRequest({ email: good.email.toUpperCase() })] },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['people.1.managerId', 'people.2.email']);
    expect(await registered()).toBe(before);
  });

  it('answers 409 naming each person already registered', async () => {
    const person = personRequest();
    expect((await app.request('POST', '/v1/people/batch', { token: admin(), body: { people: [person] } })).status).toBe(201);
    const r = await app.request('POST', '/v1/people/batch', { token: admin(), body: { people: [personRequest(), person] } });
    expect(r.status).toBe(409);
    expect(r.body.errors).toEqual([{ field: 'people.1.personId', message: 'a person with this id is already registered' }]);
  });

  it('is for admins only and takes 1 to 1,000 people', async () => {
    const participant = await app.token('participant', randomUUID());
    expect((await app.request('POST', '/v1/people/batch', { token: participant, body: { people: [personRequest()] } })).status).toBe(403);
    expect((await app.request('POST', '/v1/people/batch', { token: admin(), body: { people: [] } })).status).toBe(400);
  });
});
