import { describe, expect, it } from 'vitest';
import { eventually, registerPeople } from './people-fixture';
import { useTestApp } from './use-test-app';

const { app, admin } = useTestApp();

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describe('"did you feel heard?" waiting for a counterpart (habit 1)', () => {
  it('asks each counterpart of an interaction someone else started in the last 30 days, until they answer or dispute it; only themselves or an admin', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const [anaT, benT, catT] = (await Promise.all([ana, ben, cat].map((p) => app.token('participant', p)))) as [string, string, string];
    const log = async (occurredAt: string, initiatorId = ana) =>
      (
        await app.request('POST', '/v1/interactions', {
          token: admin(),
          body: { initiatorId, participantIds: [ana, ben, cat], occurredAt, channel: 'in_person', durationMinutes: 30, kind: 'group' },
        })
      ).body.interactionId as string;
    const recent = await log(daysAgo(2));
    const older = await log(daysAgo(12));
    await log(daysAgo(40)); // past the 30 days
    const byBen = await log(daysAgo(1), ben);
    const retracted = await log(daysAgo(3));
    expect(
      (await app.request('POST', `/v1/interactions/${retracted}/retraction`, { token: admin(), body: { reason: 'logged twice' } })).status,
    ).toBe(201);

    const waitingFor = async (person: string, token: string, count: number) =>
      (
        await eventually(
          () => app.request('GET', `/v1/people/${person}/feedback-requests`, { token }),
          (res) => res.body.items?.length === count,
        )
      ).body as { items: { interactionId: string; initiatorId: string; confirmed: boolean }[]; withinDays: number };

    // Ben is asked about Ana's two recent interactions, newest first; not about his own, the old one or the retracted one.
    const forBen = await waitingFor(ben, benT, 2);
    expect(forBen.items.map((i) => i.interactionId)).toEqual([recent, older]);
    expect(forBen.items.every((i) => i.initiatorId === ana && !i.confirmed)).toBe(true);
    expect(forBen.withinDays).toBe(30);
    // Ana started those: she is asked only about Ben's.
    expect((await waitingFor(ana, anaT, 1)).items.map((i) => i.interactionId)).toEqual([byBen]);

    // Answering removes one; disputing removes another; confirming keeps it, marked confirmed.
    expect((await app.request('POST', `/v1/interactions/${recent}/feedback`, { token: benT, body: { feltHeard: 4 } })).status).toBe(201);
    expect(
      (await app.request('POST', `/v1/interactions/${older}/dispute`, { token: benT, body: { reason: 'it was a call' } })).status,
    ).toBe(201);
    await waitingFor(ben, benT, 0);
    expect((await app.request('POST', `/v1/interactions/${recent}/confirmation`, { token: catT, body: {} })).status).toBe(201);
    const forCat = await eventually(
      () => app.request('GET', `/v1/people/${cat}/feedback-requests`, { token: catT }),
      (res) => res.body.items?.find((i: { interactionId: string }) => i.interactionId === recent)?.confirmed === true,
    );
    expect(forCat.body.items.map((i: { interactionId: string }) => i.interactionId)).toEqual([byBen, recent, older]);

    // Someone else's questions are theirs alone.
    expect((await app.request('GET', `/v1/people/${cat}/feedback-requests`, { token: benT })).status).toBe(403);
    expect((await app.request('GET', `/v1/people/${cat}/feedback-requests`, { token: admin() })).status).toBe(200);
  });
});
