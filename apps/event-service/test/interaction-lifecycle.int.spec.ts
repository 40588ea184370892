import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { problemTypes } from '@rapport/contracts';
import { eventually, meetingRequest, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

const storedEvents = () => app.runtime.store.count();

const meeting = meetingRequest;

async function logged(initiatorId: string, participantIds: string[], overrides: Record<string, unknown> = {}): Promise<string> {
  const interactionId = randomUUID();
  const r = await app.request('POST', '/v1/interactions', {
    token: admin(),
    body: { interactionId, ...meeting(initiatorId, participantIds, overrides) },
  });
  expect(r.status).toBe(201);
  return interactionId;
}

const strengthBetween = (a: string, b: string) =>
  app
    .request('GET', `/v1/people/${a}/relationships?asOf=2026-03-10T09:00:00Z`, { token: admin() })
    // Until the person's registration is projected the answer is a 404 without items: not yet, rather than a failure.
    .then(
      (r) =>
        (r.body.items as Array<{ counterpartId: string; strength: number }> | undefined)?.find((t) => t.counterpartId === b)?.strength ??
        null,
    );

describe('corrections', () => {
  it('changes every read model as if the interaction had been logged in its corrected form', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const id = await logged(ana, [ana, ben]);
    await eventually(
      () => strengthBetween(ana, ben),
      (s) => s === 23.9,
    );
    const anaToken = await app.token('participant', ana);
    // Corrected: a 30-minute video call → w = 0.8, S = 100·(1 − e^(−0.8/3))·0.7 = 16.4.
    const r = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: anaToken,
      body: { ...meeting(ana, [ana, ben], { channel: 'video', location: 'remote' }), expectedVersion: 1 },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ interactionId: id, streamVersion: 2 });
    expect(
      await eventually(
        () => strengthBetween(ana, ben),
        (s) => s === 16.4,
      ),
    ).toBe(16.4);
    const ties = await app.request('GET', `/v1/people/${ana}/relationships?asOf=2026-03-10T09:00:00Z`, { token: admin() });
    expect(ties.body.items[0].explanation).toMatchObject({ interactionCount: 1, channelMix: { video: 1 } });
  });

  it('refuses a counterpart correcting (403), a stale expectedVersion (409) and invalid fields (400), storing nothing', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const id = await logged(ana, [ana, ben]);
    const before = await storedEvents();
    const benToken = await app.token('participant', ben);
    const byCounterpart = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: benToken,
      body: { ...meeting(ana, [ana, ben]), expectedVersion: 1 },
    });
    expect(byCounterpart.status).toBe(403);
    const stale = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: admin(),
      body: { ...meeting(ana, [ana, ben]), expectedVersion: 7 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe(problemTypes.concurrencyConflict);
    const invalid = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: admin(),
      body: { ...meeting(ana, [ana, randomUUID()], { channel: 'pigeon' }) },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['channel', 'expectedVersion']);
    const unknown = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: admin(),
      body: { ...meeting(ana, [ana, randomUUID()]), expectedVersion: 1 },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'participantIds.1' })]);
    const missing = await app.request('POST', `/v1/interactions/${randomUUID()}/corrections`, {
      token: admin(),
      body: { ...meeting(ana, [ana, ben]), expectedVersion: 1 },
    });
    expect(missing.status).toBe(404);
    expect(await storedEvents()).toBe(before);
  });
});

describe('retractions', () => {
  it('removes the interaction from every read model; nothing can change it afterwards', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const id = await logged(ana, [ana, ben]);
    await eventually(
      () => strengthBetween(ana, ben),
      (s) => s === 23.9,
    );
    const benToken = await app.token('participant', ben);
    expect((await app.request('POST', `/v1/interactions/${id}/retraction`, { token: benToken, body: { reason: 'not mine' } })).status).toBe(
      403,
    );
    const anaToken = await app.token('participant', ana);
    const r = await app.request('POST', `/v1/interactions/${id}/retraction`, {
      token: anaToken,
      body: { reason: 'logged twice', expectedVersion: 1 },
    });
    expect(r.status).toBe(201);
    expect(
      await eventually(
        () => strengthBetween(ana, ben),
        (s) => s === null,
      ),
    ).toBeNull();
    const again = await app.request('POST', `/v1/interactions/${id}/corrections`, {
      token: admin(),
      body: { ...meeting(ana, [ana, ben]), expectedVersion: 2 },
    });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe(problemTypes.invalidState);
    expect((await app.request('POST', `/v1/interactions/${id}/retraction`, { token: admin(), body: {} })).body.errors).toEqual([
      expect.objectContaining({ field: 'reason' }),
    ]);
  });
});

describe('confirmations, disputes and feedback', () => {
  it('lets only a counterpart confirm or dispute, once each way', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const id = await logged(ana, [ana, ben]);
    const [anaT, benT, catT] = await Promise.all([ana, ben, cat].map((p) => app.token('participant', p)));
    expect((await app.request('POST', `/v1/interactions/${id}/confirmation`, { token: anaT, body: {} })).status).toBe(403);
    expect((await app.request('POST', `/v1/interactions/${id}/confirmation`, { token: catT, body: {} })).status).toBe(403);
    expect((await app.request('POST', `/v1/interactions/${id}/confirmation`, { token: admin(), body: {} })).status).toBe(403);
    expect((await app.request('POST', `/v1/interactions/${id}/confirmation`, { token: benT, body: {} })).status).toBe(201);
    expect((await app.request('POST', `/v1/interactions/${id}/confirmation`, { token: benT, body: {} })).status).toBe(409);
    const dispute = await app.request('POST', `/v1/interactions/${id}/dispute`, { token: benT, body: { reason: 'it was a call' } });
    expect(dispute.status).toBe(201);
    expect(dispute.body.streamVersion).toBe(3);
  });

  it('takes a counterpart’s felt-heard rating once, 1–5', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const id = await logged(ana, [ana, ben]);
    const benT = await app.token('participant', ben);
    const out = await app.request('POST', `/v1/interactions/${id}/feedback`, { token: benT, body: { feltHeard: 6 } });
    expect(out.status).toBe(400);
    expect(out.body.errors).toEqual([expect.objectContaining({ field: 'feltHeard' })]);
    expect((await app.request('POST', `/v1/interactions/${id}/feedback`, { token: benT, body: { feltHeard: 4 } })).status).toBe(201);
    expect((await app.request('POST', `/v1/interactions/${id}/feedback`, { token: benT, body: { feltHeard: 5 } })).status).toBe(409);
    const anaT = await app.token('participant', ana);
    expect((await app.request('POST', `/v1/interactions/${id}/feedback`, { token: anaT, body: { feltHeard: 5 } })).status).toBe(403);
  });
});
