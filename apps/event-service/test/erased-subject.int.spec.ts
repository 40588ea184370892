import { describe, expect, it } from 'vitest';
import { NOT_ERASED_FOR_MS } from '../src/auth/erased-subjects';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

describe('a token whose person has been erased', () => {
  it('reads and writes nothing once the erasure is recorded, whatever the token still says', async () => {
    const [erased, colleague] = await registerPeople(app, admin(), 2);
    const own = await app.token('participant', erased);
    const asAdmin = await app.token('admin', erased); // an admin who is also a person
    expect((await app.request('GET', `/v1/people/${erased}`, { token: own })).status).toBe(200);
    expect((await app.request('GET', `/v1/people/${erased}/network`, { token: own })).status).toBe(200);
    expect((await app.request('GET', '/v1/people?limit=1', { token: asAdmin })).status).toBe(200);

    expect((await app.request('DELETE', `/v1/people/${erased}`, { token: admin() })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, NOT_ERASED_FOR_MS + 100));

    for (const [token, method, path] of [
      [own, 'GET', `/v1/people/${erased}`],
      [own, 'GET', `/v1/people/${erased}/network`],
      [own, 'GET', `/v1/people/${erased}/scorecard`],
      [own, 'GET', `/v1/people/${erased}/relationships`],
      [asAdmin, 'GET', '/v1/people?limit=1'],
      [own, 'POST', '/v1/interactions'],
    ] as const) {
      const body =
        method === 'POST'
          ? {
              initiatorId: erased,
              participantIds: [erased, colleague],
              occurredAt: new Date().toISOString(),
              channel: 'call',
              kind: 'other',
            }
          : undefined;
      const r = await app.request(method, path, { token, body });
      expect([path, r.status]).toEqual([path, 401]);
      expect(r.body.detail).toMatch(/erased/);
    }
    // Everyone else goes on as before.
    expect((await app.request('GET', `/v1/people/${colleague}`, { token: await app.token('participant', colleague) })).status).toBe(200);
  });
});
