import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, projectionCaughtUp, meetingRequest, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

async function cohortWith(people: readonly string[]): Promise<string> {
  const program = await app.request('POST', '/v1/programs', { token: admin(), body: { name: 'After an erasure' } });
  const cohort = await app.request('POST', '/v1/cohorts', {
    token: admin(),
    body: { programId: idOf(program.body.streamId), name: 'Erasure cohort', startsOn: '2026-03-02', endsOn: '2026-06-26', goals: [] },
  });
  const cohortId = idOf(cohort.body.streamId);
  for (const personId of people) {
    expect((await app.request('POST', `/v1/cohorts/${cohortId}/participants`, { token: admin(), body: { personId } })).status).toBe(201);
  }
  return cohortId;
}

describe('an erased person', () => {
  it('is gone from the people list and from their cohorts at once, and reading or erasing them again says they were erased', async () => {
    const [ana, zoe] = (await registerPeople(app, admin(), 2, { department: 'Erasure' })) as [string, string];
    const cohortId = await cohortWith([ana, zoe]);
    const participants = () => app.request('GET', `/v1/cohorts/${cohortId}`, { token: admin() });
    const listed = async () => {
      const r = await app.request('GET', '/v1/people?department=Erasure&limit=500', { token: admin() });
      return r.body.items.map((p: { personId: string }) => p.personId).sort();
    };
    // The people's registrations are other streams than the cohort's: wait for all of them.
    await projectionCaughtUp(app, admin());
    await eventually(participants, (r) => r.body.participants?.length === 2);
    expect(await listed()).toEqual([ana, zoe].sort());

    expect((await app.request('DELETE', `/v1/people/${zoe}`, { token: admin() })).status).toBe(200);

    // No wait for the projection: the erasure is recorded with the event, and every list reads it.
    expect(await listed()).toEqual([ana]);
    expect((await participants()).body.participants.map((p: { personId: string }) => p.personId)).toEqual([ana]);
    const cohorts = await app.request('GET', '/v1/cohorts?limit=100', { token: admin() });
    expect(cohorts.body.items.find((c: { cohortId: string }) => c.cohortId === cohortId).participantCount).toBe(1);

    const read = await app.request('GET', `/v1/people/${zoe}`, { token: admin() });
    const erasedAgain = await app.request('DELETE', `/v1/people/${zoe}`, { token: admin() });
    for (const answer of [read, erasedAgain]) {
      expect(answer.status).toBe(410);
      expect(answer.body).toMatchObject({ type: 'https://rapport.dev/problems/person-erased', title: 'This person has been erased' });
      expect(answer.body.detail).toContain('has been erased');
    }
    expect(read.body.displayName).toBeUndefined();

    // Someone who never existed is another answer, the same for both.
    const nobody = randomUUID();
    expect((await app.request('GET', `/v1/people/${nobody}`, { token: admin() })).status).toBe(404);
    expect((await app.request('DELETE', `/v1/people/${nobody}`, { token: admin() })).status).toBe(404);
  });

  it('cannot be named by any command, as in an interaction: not targeted, not enrolled; a target list can still let them go', async () => {
    const [ana, zoe, max] = (await registerPeople(app, admin(), 3, { department: 'Erasure' })) as [string, string, string];
    const anaT = await app.token('participant', ana);
    expect((await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: zoe } })).status).toBe(201);
    for (const erased of [zoe, max]) expect((await app.request('DELETE', `/v1/people/${erased}`, { token: admin() })).status).toBe(200);

    const logging = await app.request('POST', '/v1/interactions', { token: anaT, body: meetingRequest(ana, [ana, max]) });
    const targeting = await app.request('POST', `/v1/people/${ana}/targets`, { token: anaT, body: { targetId: max } });
    const enrolling = await app.request('POST', `/v1/cohorts/${await cohortWith([ana])}/participants`, {
      token: admin(),
      body: { personId: max },
    });
    expect(logging.status).toBe(422);
    for (const refused of [targeting, enrolling]) {
      expect(refused.status).toBe(logging.status);
      expect(refused.body.type).toBe(logging.body.type);
    }
    expect((await app.request('DELETE', `/v1/people/${ana}/targets/${zoe}`, { token: anaT })).status).toBe(200);
  });
});
