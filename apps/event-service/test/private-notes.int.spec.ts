import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPeople } from './people-fixture';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

let app: EventServiceTestApp;

beforeAll(async () => {
  app = await startTestApp(eventService);
});
afterAll(() => app?.close());

describe('private notes', () => {
  it('are read back by their author only: not the counterpart, not an admin, not in the event log or the store', async () => {
    const admin = await app.token('admin');
    const [author, counterpart] = (await registerPeople(app, admin, 2)) as [string, string];
    const note = 'Asked about her move to Singapore — follow up in March';
    const logged = await app.request('POST', '/v1/interactions', {
      token: await app.token('participant', author),
      body: {
        initiatorId: author,
        participantIds: [author, counterpart],
        occurredAt: '2026-02-03T10:00:00Z',
        channel: 'in_person',
        kind: 'coffee',
        note,
      },
    });
    expect(logged.status).toBe(201);
    const path = `/v1/interactions/${logged.body.interactionId}/note`;

    const mine = await app.request('GET', path, { token: await app.token('participant', author) });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ interactionId: logged.body.interactionId, note });

    expect((await app.request('GET', path, { token: await app.token('participant', counterpart) })).status).toBe(404);
    expect((await app.request('GET', path, { token: admin })).status).toBe(403);
    // Signed in as a manager, the counterpart is still not the author: the same answer as a participant gets.
    expect((await app.request('GET', path, { token: await app.token('manager', counterpart) })).status).toBe(404);
    expect((await app.request('GET', path, { token: await app.token('manager', author) })).status).toBe(200);

    const log = await app.request('GET', '/v1/events?limit=500', { token: admin });
    expect(JSON.stringify(log.body)).not.toContain('Singapore');
    const { rows } = await app.runtime.db.query<{ data: unknown }>(`SELECT data FROM events WHERE type = 'InteractionLogged'`);
    expect(JSON.stringify(rows)).not.toContain('Singapore');
  });
});
