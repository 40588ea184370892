import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '@rapport/contracts';
import { accessOf } from '../src/openapi/access-table';
import { eventually, projectionCaughtUp, meetingRequest, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

/**
 * A manager is a participant too (SPEC §2): signed in as a manager they read their own
 * network, relationships, recommendations and scorecard, and keep their own target list,
 * exactly as when signed in as a participant; never a report's or anyone else's.
 */
const { app, admin } = useTestApp(eventService);
let manager: string;
let boss: string;
let report: string;
let stranger: string;

const asOf = '2026-03-20T00:00:00Z';
const ownReads = (id: string) => [
  `/v1/people/${id}`,
  `/v1/people/${id}/relationships?asOf=${asOf}`,
  `/v1/people/${id}/network?asOf=${asOf}`,
  `/v1/people/${id}/recommendations?asOf=${asOf}`,
  `/v1/people/${id}/scorecard?asOf=${asOf}`,
];

beforeAll(async () => {
  [boss, stranger] = (await registerPeople(app, admin(), 2)) as [string, string];
  [report] = (await registerPeople(app, admin(), 5, { managerId: boss, department: 'Legal' })) as [string];
  const meetings = [meetingRequest(boss, [boss, report]), meetingRequest(report, [report, boss], { occurredAt: '2026-03-12T09:00:00Z' })];
  expect((await app.request('POST', '/v1/interactions/batch', { token: admin(), body: { interactions: meetings } })).status).toBe(201);
  // Each interaction and each person is a stream of its own, projected in no fixed order: wait for all of them.
  await projectionCaughtUp(app, admin());
  await eventually(
    () => app.request('GET', `/v1/people/${boss}/relationships?asOf=${asOf}`, { token: admin() }),
    (r) => r.body.items?.length === 1,
  );
  manager = await app.token('manager', boss);
});

describe('a manager’s own person routes', () => {
  it('are "own only" for a manager in the route × role table, as for a participant', () => {
    for (const name of ['getPerson', 'relationships', 'relationship', 'network', 'recommendations', 'scorecard'] as const) {
      expect(accessOf(routes[name], 'manager'), name).toBe('own only');
      expect(accessOf(routes[name], 'participant'), name).toBe('own only');
    }
  });

  it('answer a manager about themselves exactly as they answer the same person signed in as a participant', async () => {
    const participant = await app.token('participant', boss);
    for (const path of ownReads(boss)) {
      const asManager = await app.request('GET', path, { token: manager });
      const asParticipant = await app.request('GET', path, { token: participant });
      expect(asManager.status, path).toBe(200);
      expect(asManager.body, path).toEqual(asParticipant.body);
    }
    const ties = (await app.request('GET', `/v1/people/${boss}/relationships?asOf=${asOf}`, { token: manager })).body;
    expect(ties.items.map((t: { counterpartId: string }) => t.counterpartId)).toEqual([report]);
    const tie = await app.request('GET', `/v1/people/${boss}/relationships/${report}?asOf=${asOf}`, { token: manager });
    expect(tie.status).toBe(200);
    expect(tie.body.explanation.reciprocity).toMatchObject({ initiatedByPerson: 1, initiatedByCounterpart: 1 });
  });

  it('let a manager keep their own networking target list', async () => {
    const added = await app.request('POST', `/v1/people/${boss}/targets`, { token: manager, body: { targetId: stranger } });
    expect(added.status).toBe(201);
    const scorecard = await eventually(
      () => app.request('GET', `/v1/people/${boss}/scorecard`, { token: manager }),
      (r) => r.body.habits?.targets.targets === 1,
    );
    expect(scorecard.status).toBe(200);
    expect((await app.request('DELETE', `/v1/people/${boss}/targets/${stranger}`, { token: manager })).status).toBe(200);
  });

  it('refuse a manager any report’s or anyone else’s person page, and a manager token that names no person', async () => {
    const nobody = await app.token('manager');
    for (const id of [report, stranger]) {
      for (const path of [...ownReads(id), `/v1/people/${id}/relationships/${boss}`]) {
        const r = await app.request('GET', path, { token: manager });
        expect(r.status, path).toBe(403);
        expect(r.body.detail, path).toBe('a manager can only see their own data');
      }
      const target = await app.request('POST', `/v1/people/${id}/targets`, { token: manager, body: { targetId: boss } });
      expect(target.status).toBe(403);
    }
    for (const path of ownReads(boss)) expect((await app.request('GET', path, { token: nobody })).status, path).toBe(403);
  });
});
