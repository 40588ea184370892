import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, registerPeople } from './people-fixture';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

let app: EventServiceTestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp(eventService);
  admin = await app.token('admin');
});
afterAll(() => app?.close());

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

interface RequestView {
  requestId: string;
  requesterId: string;
  requesterName: string;
  introducerName: string;
  targetId: string;
  targetName: string;
  note: string | null;
  status: 'open' | 'made' | 'declined';
  answeredAt: string | null;
  why: { strengthToRequester: number; strengthToTarget: number; sentence: string } | null;
}
interface Lists {
  waitingForMe: RequestView[];
  myRequests: RequestView[];
}

const eventCount = async () => Number((await app.runtime.db.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0]!.n);

/** Ana knows Ben well; Ben knows Cat; Ana and Cat have never met. Dan is someone else. */
async function organisation() {
  const [ana, ben, cat, dan] = (await registerPeople(app, admin, 4)) as [string, string, string, string];
  const [anaT, benT, catT, danT] = (await Promise.all([ana, ben, cat, dan].map((p) => app.token('participant', p)))) as [
    string,
    string,
    string,
    string,
  ];
  const meet = async (a: string, b: string, times: number) => {
    for (let i = 0; i < times; i++) {
      const body = {
        initiatorId: i % 2 ? b : a,
        participantIds: [a, b],
        occurredAt: daysAgo(3 + i),
        channel: 'in_person',
        durationMinutes: 60,
        kind: 'one_on_one',
      };
      expect((await app.request('POST', '/v1/interactions', { token: admin, body })).status).toBe(201);
    }
  };
  await meet(ana, ben, 4);
  await meet(ben, cat, 2);
  return { ana, ben, cat, dan, anaT, benT, catT, danT };
}

const listsOf = (person: string, token: string, until: (lists: Lists) => boolean) =>
  eventually(
    () => app.request('GET', `/v1/people/${person}/introduction-requests`, { token }),
    (res) => res.status === 200 && until(res.body as Lists),
  ).then((res) => res.body as Lists);

const ask = (token: string, body: Record<string, unknown>) => app.request('POST', '/v1/introduction-requests', { token, body });
const answer = (token: string, requestId: string, answer: string) =>
  app.request('POST', `/v1/introduction-requests/${requestId}/answer`, { token, body: { answer } });

describe('introductions on request (habit 2)', () => {
  it('asks Ben for an introduction to Cat; Ben sees it with why he can make it, makes it, and is credited with the introduction', async () => {
    const { ana, ben, cat, anaT, benT } = await organisation();
    const asked = await ask(anaT, { introducerId: ben, targetId: cat, note: 'We both work on pricing' });
    expect(asked.status).toBe(201);
    const { requestId } = asked.body as { requestId: string };
    expect(asked.body.streamId).toBe(`introduction-request-${requestId}`);

    // Ben sees it waiting for him, with both ties of the path in words, and Ana's note.
    // The interactions behind the path are other streams, projected in no fixed order: wait for all of them.
    await projectionCaughtUp(app, admin);
    const forBen = await listsOf(ben, benT, (l) => l.waitingForMe.length === 1);
    const waiting = forBen.waitingForMe[0]!;
    expect(waiting).toMatchObject({
      requestId,
      requesterId: ana,
      targetId: cat,
      status: 'open',
      note: 'We both work on pricing',
      answeredAt: null,
    });
    expect(waiting.requesterName).not.toBe('');
    expect(waiting.why!.strengthToRequester).toBeGreaterThan(waiting.why!.strengthToTarget);
    expect(waiting.why!.strengthToTarget).toBeGreaterThan(0);
    expect(waiting.why!.sentence).toMatch(
      new RegExp(`^you and ${waiting.requesterName}: \\w+ tie, \\d+; you and ${waiting.targetName}: \\w+ tie, \\d+$`),
    );
    // Ana sees her own request, open; the admin sees it too, without the note (it is between Ana and Ben).
    expect((await listsOf(ana, anaT, (l) => l.myRequests.length === 1)).myRequests[0]).toMatchObject({
      requestId,
      status: 'open',
      why: null,
    });
    expect((await listsOf(ana, admin, (l) => l.myRequests.length === 1)).myRequests[0]!.note).toBeNull();

    // Ben makes the introduction: the answer and IntroductionMade (Ben introduced Ana and Cat) are recorded together.
    const made = await answer(benT, requestId, 'made');
    expect(made.status).toBe(201);
    const introductions = await app.request('GET', `/v1/events?streamId=person-${ben}&type=IntroductionMade`, { token: admin });
    expect(introductions.body.items.map((e: { data: unknown }) => e.data)).toEqual([
      expect.objectContaining({ introducerId: ben, personAId: ana, personBId: cat }),
    ]);
    const answered = await app.request('GET', `/v1/events?streamId=introduction-request-${requestId}`, { token: admin });
    expect(answered.body.items.map((e: { type: string; data: { answer?: string } }) => [e.type, e.data.answer])).toEqual([
      ['IntroductionRequested', undefined],
      ['IntroductionRequestAnswered', 'made'],
    ]);
    expect((await listsOf(ana, anaT, (l) => l.myRequests[0]?.status === 'made')).myRequests[0]!.answeredAt).not.toBeNull();
    expect((await listsOf(ben, benT, (l) => l.waitingForMe.length === 0)).waitingForMe).toEqual([]);

    // Ben is credited: an introduction made counts as value given in his scorecard; Ana and Cat now have a tie.
    const card = await eventually(
      () => app.request('GET', `/v1/people/${ben}/scorecard`, { token: benT }),
      (res) => res.body.habits?.value.introductionsMade === 1,
    );
    expect(card.body.habits.value).toMatchObject({ introductionsMade: 1, score: 100 });
    const anaTies = await eventually(
      () => app.request('GET', `/v1/people/${ana}/relationships`, { token: anaT }),
      (res) => JSON.stringify(res.body).includes(cat),
    );
    expect(anaTies.status).toBe(200);
  });

  it('records a decline without crediting anyone, and refuses a second answer', async () => {
    const { ben, cat, dan, danT, benT } = await organisation();
    const { requestId } = (await ask(danT, { introducerId: ben, targetId: cat })).body as { requestId: string };
    await listsOf(ben, benT, (l) => l.waitingForMe.some((r) => r.requestId === requestId));
    expect((await answer(benT, requestId, 'declined')).status).toBe(201);
    const mine = await listsOf(dan, danT, (l) => l.myRequests[0]?.status === 'declined');
    expect(mine.myRequests[0]!.note).toBeNull();

    const again = await answer(benT, requestId, 'made');
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already answered/);
    const card = await app.request('GET', `/v1/people/${ben}/scorecard`, { token: benT });
    expect(card.body.habits.value.introductionsMade).toBe(0);
  });

  it('refuses unknown and erased people, the wrong introducer, duplicates and bad input, storing nothing', async () => {
    const { ana, ben, cat, dan, anaT, benT, catT } = await organisation();
    const before = await eventCount();
    const refused = async (token: string, body: Record<string, unknown>, status: number, fields?: string[]) => {
      const res = await ask(token, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      if (fields) expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    };
    const stranger = '00000000-0000-4000-8000-0000000000ee';
    await refused(anaT, { introducerId: ben, targetId: stranger }, 422, ['targetId']);
    await refused(anaT, { introducerId: ana, targetId: ana }, 400, ['introducerId', 'targetId']);
    await refused(anaT, { introducerId: ben, targetId: ben }, 400, ['targetId']);
    await refused(anaT, { introducerId: ben, targetId: cat, note: 'x'.repeat(501) }, 400, ['note']);
    await refused(anaT, { introducerId: ben, targetId: cat, extra: true }, 400);
    await refused(anaT, { introducerId: 'not-an-id', targetId: cat }, 400, ['introducerId']);
    // A participant asks only as themselves; an admin must say on whose behalf.
    await refused(catT, { requesterId: ana, introducerId: ben, targetId: dan }, 403);
    await refused(admin, { introducerId: ben, targetId: cat }, 400, ['requesterId']);
    expect((await answer(benT, stranger, 'made')).status).toBe(404);
    expect((await answer(benT, stranger, 'maybe')).status).toBe(400);
    expect(await eventCount()).toBe(before);

    // The admin asks on Ana's behalf; asking the same again while it waits is refused; only Ben answers.
    const { requestId } = (await ask(admin, { requesterId: ana, introducerId: ben, targetId: cat })).body as { requestId: string };
    await listsOf(ana, anaT, (l) => l.myRequests.length === 1);
    await refused(anaT, { introducerId: ben, targetId: cat }, 409);
    expect((await answer(anaT, requestId, 'made')).status).toBe(403);
    expect((await answer(catT, requestId, 'declined')).status).toBe(403);
    const manager = await app.token('manager', dan);
    expect((await answer(manager, requestId, 'declined')).status).toBe(403);

    // Once Cat is erased: she can no longer be asked for, the waiting request leaves Ben's list and cannot be made.
    expect((await app.request('DELETE', `/v1/people/${cat}`, { token: admin })).status).toBe(200);
    await refused(anaT, { introducerId: ben, targetId: cat }, 422, ['targetId']);
    await listsOf(ben, benT, (l) => l.waitingForMe.length === 0);
    const afterErasure = await answer(benT, requestId, 'made');
    expect(afterErasure.status).toBe(422);
    expect((await listsOf(ana, anaT, (l) => l.myRequests.length === 1)).myRequests[0]!.targetName).toBe('Erased person');
  });

  it('hides the note of a request once someone in it is erased', async () => {
    const { ana, ben, cat, anaT } = await organisation();
    const { requestId } = (await ask(anaT, { introducerId: ben, targetId: cat, note: 'About the Lisbon office' })).body as {
      requestId: string;
    };
    await listsOf(ana, anaT, (l) => l.myRequests[0]?.note === 'About the Lisbon office');
    // At rest the note is sealed with Ana's key, in the event and in the read model.
    const stored = await app.runtime.db.query<{ note: string; data: unknown }>(
      `SELECT r.note, e.data FROM rm_introduction_requests r, events e WHERE r.request_id = $1 AND e.type = 'IntroductionRequested' AND e.data->>'requestId' = $1::text`,
      [requestId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(JSON.stringify(stored.rows[0])).not.toContain('Lisbon');
    expect((await app.request('DELETE', `/v1/people/${ben}`, { token: admin })).status).toBe(200);
    // Once Ben is erased, the answer no longer shows the note to anyone.
    expect((await listsOf(ana, anaT, (l) => l.myRequests[0]?.note === null)).myRequests[0]).toMatchObject({
      note: null,
      introducerName: 'Erased person',
    });
  });

  it('lists a person’s introductions for themselves or an admin only', async () => {
    const { ana, benT, anaT } = await organisation();
    expect((await app.request('GET', `/v1/people/${ana}/introduction-requests`, { token: benT })).status).toBe(403);
    expect((await app.request('GET', `/v1/people/${ana}/introduction-requests`, { token: anaT })).status).toBe(200);
    expect(
      (await app.request('GET', `/v1/people/00000000-0000-4000-8000-0000000000ee/introduction-requests`, { token: admin })).status,
    ).toBe(404);
  });
});
