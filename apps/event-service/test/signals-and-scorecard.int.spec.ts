import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);
const storedEvents = () => app.runtime.store.count();

const day = (d: number) => new Date(Date.UTC(2026, 4, 1) + d * 86_400_000).toISOString();

describe('help, introductions and thank-you notes', () => {
  it('lets a participant record only signals they are part of, and refuses bad fields naming them, storing nothing', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const benT = await app.token('participant', ben);
    const before = await storedEvents();
    expect(
      (await app.request('POST', '/v1/help', { token: benT, body: { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: day(0) } }))
        .status,
    ).toBe(403);
    expect(
      (
        await app.request('POST', '/v1/introductions', {
          token: benT,
          body: { introducerId: ana, personAId: ben, personBId: cat, occurredAt: day(0) },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await app.request('POST', '/v1/thank-you-notes', {
          token: benT,
          body: { fromId: ana, toId: ben, handwritten: true, occurredAt: day(0) },
        })
      ).status,
    ).toBe(403);
    const bad = await app.request('POST', '/v1/help', {
      token: admin(),
      body: { giverId: ana, receiverId: 'x', kind: 'bribe', occurredAt: 'yesterday' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'occurredAt', 'receiverId']);
    const unknown = await app.request('POST', '/v1/introductions', {
      token: admin(),
      body: { introducerId: ana, personAId: ben, personBId: randomUUID(), occurredAt: day(0) },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'personBId' })]);
    expect(await storedEvents()).toBe(before);
  });

  it('records help on the giver’s stream, strengthens the tie by 1.5, and keeps profile updates working', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const anaT = await app.token('participant', ana);
    const r = await app.request('POST', '/v1/help', {
      token: anaT,
      body: { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: day(0) },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ streamId: `person-${ana}`, streamVersion: 2 });
    // I = 1.5, R = 0: S = 100·(1 − e^(−0.5))·0.7 = 27.5.
    const ties = await eventually(
      () => app.request('GET', `/v1/people/${ana}/relationships?asOf=${day(0)}`, { token: admin() }),
      (res) => res.body.items?.length === 1,
    );
    expect(ties.body.items[0]).toMatchObject({ counterpartId: ben, strength: 27.5 });
    const person = await eventually(
      () => app.request('GET', `/v1/people/${ana}`, { token: admin() }),
      (res) => res.body.version === 2,
    );
    const patch = await app.request('PATCH', `/v1/people/${ana}`, {
      token: admin(),
      body: { expectedVersion: person.body.version, location: 'Porto' },
    });
    expect(patch.status).toBe(200);
  });
});

describe('networking targets', () => {
  it('refuses an erased person as a target, and an erased person’s own list, storing nothing', async () => {
    const [ana, zed] = (await registerPeople(app, admin(), 2)) as [string, string];
    const anaT = await app.token('participant', ana);
    const zedT = await app.token('participant', zed);
    expect((await app.request('DELETE', `/v1/people/${zed}`, { token: admin() })).status).toBe(200);
    const before = await storedEvents();
    const asTarget = await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: zed } });
    expect(asTarget.status).toBe(422);
    expect(asTarget.body.errors).toEqual([expect.objectContaining({ field: 'targetId' })]);
    expect(
      (await app.request('POST', `/v1/people/${zed}/targets`, { token: zedT, body: { targetId: ana } })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(await storedEvents()).toBe(before);
  });

  it('adds and removes targets for oneself only; a duplicate is a 409', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const anaT = await app.token('participant', ana);
    expect((await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: ben } })).status).toBe(201);
    expect((await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: ben } })).status).toBe(409);
    expect((await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: ana } })).status).toBe(400);
    expect((await app.request('POST', `/v1/people/${cat}/targets`, { token: anaT, body: { targetId: ben } })).status).toBe(403);
    expect((await app.request('DELETE', `/v1/people/${ana}/targets/${cat}`, { token: anaT })).status).toBe(404);
    expect((await app.request('DELETE', `/v1/people/${ana}/targets/${ben}`, { token: anaT })).status).toBe(200);
  });
});

describe('habit scorecard', () => {
  async function firstMeeting(ana: string, other: string, d: number) {
    const r = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: {
        initiatorId: ana,
        participantIds: [ana, other],
        occurredAt: day(d),
        channel: 'in_person',
        durationMinutes: 30,
        location: 'their_office',
        kind: 'one_on_one',
        questionsAsked: 3,
        storiesTold: 1,
      },
    });
    expect(r.status).toBe(201);
    return r.body.interactionId as string;
  }

  it('counts a thank-you note 6 days after a first meeting and not one 8 days after, with the handwritten share', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    await firstMeeting(ana, ben, 0);
    await firstMeeting(ana, cat, 0);
    const anaT = await app.token('participant', ana);
    expect(
      (
        await app.request('POST', '/v1/thank-you-notes', {
          token: anaT,
          body: { fromId: ana, toId: ben, handwritten: true, occurredAt: day(6) },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await app.request('POST', '/v1/thank-you-notes', {
          token: anaT,
          body: { fromId: ana, toId: cat, handwritten: false, occurredAt: day(8) },
        })
      ).status,
    ).toBe(201);
    // The notes are in Ana's stream, the meetings in their own: wait for all of them.
    await projectionCaughtUp(app, admin());
    const card = await eventually(
      () => app.request('GET', `/v1/people/${ana}/scorecard?asOf=${day(10)}`, { token: anaT }),
      (res) => res.body.habits?.thankYou.firstMeetings === 2,
    );
    expect(card.status).toBe(200);
    expect(card.body.habits.thankYou).toMatchObject({
      score: 50,
      firstMeetings: 2,
      followedByNote: 1,
      handwritten: 1,
      handwrittenShare: 100,
      withinDays: 7,
    });
    expect(card.body.habits.theirOffice).toEqual({ score: 100, inPersonOneOnOnes: 2, atTheirOffice: 2 });
    expect(card.body.habits.probing).toEqual({ score: 75, interactions: 2, questions: 6, stories: 2 });
    expect(card.body.window).toEqual({ from: new Date(Date.parse(day(10)) - 90 * 86_400_000).toISOString(), to: day(10), days: 90 });
  });

  it('scores felt heard, targets and value from feedback, target list and help; only for oneself or an admin', async () => {
    const [ana, ben, cat, dan] = (await registerPeople(app, admin(), 4)) as [string, string, string, string];
    const [benT, catT, danT, anaT] = await Promise.all([ben, cat, dan, ana].map((p) => app.token('participant', p)));
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    const group = await app.request('POST', '/v1/interactions', {
      token: admin(),
      body: {
        initiatorId: ana,
        participantIds: [ana, ben, cat, dan],
        occurredAt: daysAgo(5),
        channel: 'video',
        durationMinutes: 60,
        kind: 'group',
      },
    });
    const id = group.body.interactionId as string;
    for (const [token, rating] of [
      [benT, 5],
      [catT, 4],
      [danT, 3],
    ] as const) {
      expect((await app.request('POST', `/v1/interactions/${id}/feedback`, { token, body: { feltHeard: rating } })).status).toBe(201);
    }
    await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: ben } });
    await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: dan } });
    await app.request('POST', '/v1/help', { token: anaT, body: { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: daysAgo(3) } });
    await app.request('POST', '/v1/introductions', {
      token: anaT,
      body: { introducerId: ana, personAId: ben, personBId: cat, occurredAt: daysAgo(3) },
    });
    await app.request('POST', '/v1/help', {
      token: catT,
      body: { giverId: cat, receiverId: ana, kind: 'resource', occurredAt: daysAgo(2) },
    });
    // The events are in different streams, projected in no fixed order across partitions:
    // wait until all of them are, not only the ones the card is checked for below.
    await projectionCaughtUp(app, admin());
    const card = await eventually(
      () => app.request('GET', `/v1/people/${ana}/scorecard?asOf=${new Date(Date.now() + 1000).toISOString()}`, { token: admin() }),
      (res) =>
        res.body.habits?.feltHeard.ratings === 3 &&
        res.body.habits.value.helpReceived === 1 &&
        res.body.habits.value.introductionsMade === 1 &&
        res.body.habits.targets.targets === 2,
    );
    expect(card.body.habits.feltHeard).toMatchObject({ score: 80, ratings: 3, meanRating: 4 });
    expect(card.body.habits.value).toEqual({ score: 66.7, helpGiven: 1, introductionsMade: 1, helpReceived: 1 });
    // ben: group video (0.8·2/3) + help 1.5 + introduction 0.5 → S ≈ 39.7 ≥ 30; dan: the group video only → S ≈ 11.4.
    expect(card.body.habits.targets).toMatchObject({ score: 50, targets: 2, reached: 1, threshold: 30 });
    expect(card.body.habits.targets.list.map((t: { targetId: string }) => t.targetId)).toEqual([ben, dan]);
    expect(card.body.habits.targets.list[0].strength).toBeGreaterThanOrEqual(30);
    expect(card.body.habits.targets.list[1].strength).toBeLessThan(30);
    expect((await app.request('GET', `/v1/people/${ana}/scorecard`, { token: benT })).status).toBe(403);
    expect((await app.request('GET', `/v1/people/${randomUUID()}/scorecard`, { token: admin() })).status).toBe(404);
  });
});
