import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

describe('projection rebuild and status', () => {
  it('rebuilds beside the live read models, switches over, and answers the same afterwards', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    for (const [a, b] of [
      [ana, ben],
      [ben, cat],
      [cat, ana],
    ] as const) {
      await app.request('POST', '/v1/interactions', {
        token: admin(),
        body: {
          initiatorId: a,
          participantIds: [a, b],
          occurredAt: '2026-03-01T10:00:00Z',
          channel: 'video',
          durationMinutes: 45,
          kind: 'coffee',
        },
      });
    }
    await app.request('POST', '/v1/help', {
      token: admin(),
      body: { giverId: ana, receiverId: cat, kind: 'advice', occurredAt: '2026-03-02T10:00:00Z' },
    });
    const ties = () => app.request('GET', `/v1/people/${ana}/relationships?asOf=2026-03-05T00:00:00Z`, { token: admin() });
    // The interaction and the help are streams of their own, projected in no fixed order: wait for both.
    await projectionCaughtUp(app, admin());
    const before = await eventually(ties, (r) => r.body.items?.length === 2 && r.body.items[0].explanation.valueExchanged.helpGiven === 1);

    const requested = await app.request('POST', '/v1/projections/rebuild', { token: admin(), body: { reason: 'test' } });
    expect(requested.status).toBe(202);
    expect(requested.body).toMatchObject({ state: 'requested', reason: 'test' });
    const status = await eventually(
      () => app.request('GET', '/v1/projections/status', { token: admin() }),
      (r) => r.body.rebuild?.rebuildId === requested.body.rebuildId && r.body.rebuild.state === 'switched',
      30_000,
    );
    expect(status.body.rebuild).toMatchObject({ percent: 100, processed: status.body.lag.eventsInStore, error: null });
    expect(status.body.liveVersion).toBe(status.body.codeVersion);
    expect(status.body.lag.eventsProjected).toBe(status.body.lag.eventsInStore);
    expect(status.body.lastProjected).toMatchObject({ eventId: expect.any(String), globalPosition: expect.stringMatching(/^\d+$/) });
    expect((await ties()).body).toEqual(before.body);
  });

  it('keeps projecting new events after the switch', async () => {
    const [dan, eve] = (await registerPeople(app, admin(), 2)) as [string, string];
    await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: { initiatorId: dan, participantIds: [dan, eve], occurredAt: '2026-03-01T10:00:00Z', channel: 'call', kind: 'other' },
    });
    const r = await eventually(
      () => app.request('GET', `/v1/people/${dan}/relationships?asOf=2026-03-01T10:00:00Z`, { token: admin() }),
      (res) => res.body.items?.length === 1,
    );
    expect(r.body.items[0].counterpartId).toBe(eve);
  });

  it('is for admins only', async () => {
    const [ana] = await registerPeople(app, admin(), 1);
    const participant = await app.token('participant', ana);
    expect((await app.request('POST', '/v1/projections/rebuild', { token: participant, body: {} })).status).toBe(403);
    expect((await app.request('GET', '/v1/projections/status', { token: participant })).status).toBe(403);
  });
});
