import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

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
    // Events of other streams are projected in no fixed order: wait for all of them.
    await projectionCaughtUp(app, admin());
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

  it('forgets a question its person dismissed, for good; only they (or an admin) dismiss it, once; an unknown interaction stores nothing', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const [anaT, benT, catT] = (await Promise.all([ana, ben, cat].map((p) => app.token('participant', p)))) as [string, string, string];
    const log = async (occurredAt: string) =>
      (
        await app.request('POST', '/v1/interactions', {
          token: admin(),
          body: { initiatorId: ana, participantIds: [ana, ben, cat], occurredAt, channel: 'video', durationMinutes: 30, kind: 'group' },
        })
      ).body.interactionId as string;
    const first = await log(daysAgo(1));
    const second = await log(daysAgo(5));
    const waitingFor = async (person: string, token: string, ids: string[]) =>
      (
        await eventually(
          () => app.request('GET', `/v1/people/${person}/feedback-requests`, { token }),
          (res) => JSON.stringify(res.body.items?.map((i: { interactionId: string }) => i.interactionId)) === JSON.stringify(ids),
        )
      ).body.items.map((i: { interactionId: string }) => i.interactionId) as string[];
    const dismiss = (person: string, interactionId: string, token: string) =>
      app.request('POST', `/v1/people/${person}/feedback-requests/${interactionId}/dismiss`, { token, body: {} });
    expect(await waitingFor(ben, benT, [first, second])).toEqual([first, second]);

    // Ben dismisses the first: recorded on his person stream, and it leaves his list.
    const dismissed = await dismiss(ben, first, benT);
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ streamId: `person-${ben}`, eventIds: [expect.any(String)] });
    expect(await waitingFor(ben, benT, [second])).toEqual([second]);
    // Still gone when the list is read again (a reload), and only for Ben: Cat is still asked.
    const again = await app.request('GET', `/v1/people/${ben}/feedback-requests`, { token: benT });
    expect(again.body.items.map((i: { interactionId: string }) => i.interactionId)).toEqual([second]);
    expect(await waitingFor(cat, catT, [first, second])).toEqual([first, second]);

    // Someone else cannot dismiss Ben's question; the initiator is never asked, so has nothing to dismiss.
    expect((await dismiss(ben, second, catT)).status).toBe(403);
    const initiator = await dismiss(ana, first, anaT);
    expect(initiator.status).toBe(404);
    expect(initiator.headers.get('content-type')).toContain('application/problem+json');
    // An interaction that was never logged: a 404 naming it, and nothing stored.
    const unknown = await dismiss(ben, '0190d8c4-0000-7000-8000-00000000dead', benT);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('0190d8c4-0000-7000-8000-00000000dead');
    // Dismissing twice records nothing: no event, and Ben's stream is where the first dismissal left it.
    const twice = await dismiss(ben, first, benT);
    expect(twice.status).toBe(200);
    expect(twice.body).toEqual({ streamId: `person-${ben}`, streamVersion: dismissed.body.streamVersion, eventIds: [] });

    // An admin dismisses for Cat.
    expect((await dismiss(cat, second, admin())).status).toBe(200);
    expect(await waitingFor(cat, catT, [first])).toEqual([first]);
  });
});
